import Foundation
import Localization

extension SVGChart {
    /// The total cost of ownership by year: one line per vendor through its cumulative cost at years 0…N, with
    /// the budget as a dashed horizontal line. Time runs right to left in Persian.
    ///
    /// Lines rather than grouped bars: a cumulative cost is one quantity growing over time, and what the
    /// committee looks for is where one vendor's line crosses another's (the year the cheaper start stops being
    /// cheaper) and the budget line; four vendors over six years would be 24 bars in which neither shows.
    /// Each line has its own dash pattern and marker shape, so a black-and-white print tells them apart.
    public struct CostOverYears: Sendable {
        /// One vendor's line.
        public struct Series: Sendable, Hashable {
            public var label: String
            /// The cumulative cost at the end of year 0 (the purchase), 1, 2, …; a series may be shorter than
            /// the others, and a value that is not finite ends it.
            public var cumulativeCosts: [Double]

            public init(label: String, cumulativeCosts: [Double]) {
                self.label = label
                self.cumulativeCosts = cumulativeCosts
            }
        }

        public var title: String
        public var summary: String?
        public var series: [Series]
        public var budget: Double?
        /// Writes an amount for the axis, the budget and the tooltips — the caller knows the currency and
        /// whether to show rials or tomans (`Money.formatted(in:unit:)`).
        public var formatMoney: @Sendable (Double) -> String
        public var language: Language

        public init(
            title: String, summary: String? = nil, series: [Series], budget: Double? = nil,
            language: Language, formatMoney: @escaping @Sendable (Double) -> String
        ) {
            self.title = title
            self.summary = summary
            self.series = series
            self.budget = budget
            self.formatMoney = formatMoney
            self.language = language
        }

        /// Each series' finite values up to its first value that is not.
        var cleanSeries: [[Double]] {
            series.map { Array($0.cumulativeCosts.prefix { $0.isFinite }) }
        }

        public var svg: String {
            let budget = self.budget.flatMap { $0.isFinite ? $0 : nil }
            let content = "\(title)|\(summary ?? "")|\(series)|\(budget.map { "\($0)" } ?? "-")"
            var canvas = SVGCanvas(kind: "cost", content: content, language: language)
            let lines = cleanSeries
            let years = (lines.map(\.count).max() ?? 0) - 1
            guard years >= 0 else {
                return SVGChart.empty(&canvas, kind: "cost", title: title, summary: summary)
            }
            let pad = 12.0
            let top = 8.0 + 14
            let plotHeight = 220.0
            let all = lines.flatMap { $0 } + [budget].compactMap { $0 }
            let scale = SVGScale(covering: min(all.min() ?? 0, 0), max(all.max() ?? 0, 0))
            let tickLabels = scale.ticks.map { formatMoney($0) }
            let axisWidth = min(
                (tickLabels.map { SVGTextMetrics.width(SVGMarkup.singleLine($0), fontSize: 10) }.max() ?? 0) + 8, 200)
            let plotLeft = pad + axisWidth + 6
            let plotRight = SVGChart.width - pad - 18
            let plotBottom = top + plotHeight
            let xAt = { (year: Int) in
                years == 0 ? (plotLeft + plotRight) / 2 : plotLeft + (plotRight - plotLeft) * Double(year) / Double(years)
            }
            let yAt = { (value: Double) in plotBottom - scale.fraction(value) * plotHeight }

            for (tick, label) in zip(scale.ticks, tickLabels) {
                canvas.line(
                    from: SVGPoint(plotLeft, yAt(tick)), to: SVGPoint(plotRight, yAt(tick)),
                    [
                        ("class", tick == 0 ? "zero-line" : "grid"), ("stroke", tick == 0 ? "#666666" : "#dddddd"),
                        ("stroke-width", "0.8"),
                    ])
                canvas.text(
                    label, at: SVGPoint(plotLeft - 6, yAt(tick) + 4), anchor: .end, size: 10, maxWidth: axisWidth,
                    [("class", "tick-label"), ("fill", "#555555")])
            }
            for year in 0...years {
                canvas.line(
                    from: SVGPoint(xAt(year), plotBottom), to: SVGPoint(xAt(year), plotBottom + 4),
                    [("class", "tick"), ("stroke", "#666666"), ("stroke-width", "0.8")])
                canvas.text(
                    SVGChart.number(Double(year), fractionDigits: 0, in: language), at: SVGPoint(xAt(year), plotBottom + 16),
                    anchor: .middle, size: 10, [("class", "tick-label"), ("fill", "#555555")])
            }
            canvas.text(
                SVGChart.word("Year", "سال", in: language), at: SVGPoint((plotLeft + plotRight) / 2, plotBottom + 32),
                anchor: .middle, size: 11, [("class", "axis-label")])

            if let budget {
                let y = yAt(budget)
                canvas.line(
                    from: SVGPoint(plotLeft, y), to: SVGPoint(plotRight, y),
                    [("class", "budget"), ("stroke", "#b00020"), ("stroke-width", "1.5"), ("stroke-dasharray", "8 4")])
                // Named at year 0, where cumulative costs are lowest and least likely to cross it.
                canvas.text(
                    budgetText(budget), at: SVGPoint(plotLeft + 4, y - 5), size: 10, maxWidth: plotRight - plotLeft,
                    [("class", "budget-label"), ("fill", "#b00020")] + SVGChart.halo)
            }

            for (index, (item, values)) in zip(series, lines).enumerated() {
                let style = SVGSeriesStyle.at(index)
                let points = values.enumerated().map { SVGPoint(xAt($0.offset), yAt($0.element)) }
                guard !points.isEmpty else { continue }
                canvas.polyline(
                    points,
                    [
                        ("class", "series"), ("fill", "none"), ("stroke", style.color), ("stroke-width", "2"),
                        ("stroke-dasharray", style.dash), ("stroke-linejoin", "round"),
                    ], title: item.label)
                for (year, point) in points.enumerated() {
                    canvas.marker(
                        style.marker, at: point, color: style.color,
                        title: "\(item.label) — \(yearText(year)): \(formatMoney(values[year]))")
                }
            }

            let legend = series.enumerated().map {
                SVGLegendEntry(symbol: .series(SVGSeriesStyle.at($0.offset)), label: $0.element.label)
            }
            let bottom = canvas.legend(legend, top: plotBottom + 40, left: pad, right: SVGChart.width - pad)
            return canvas.svg(
                kind: "cost", height: bottom + pad, title: title,
                description: SVGChart.description(summary: summary, data: dataDescription(budget: budget)))
        }

        private func yearText(_ year: Int) -> String {
            SVGChart.word("year", "سال", in: language) + " " + SVGChart.number(Double(year), fractionDigits: 0, in: language)
        }

        private func budgetText(_ budget: Double) -> String {
            SVGChart.word("Budget", "بودجه", in: language) + ": " + formatMoney(budget)
        }

        private func dataDescription(budget: Double?) -> String {
            let comma = SVGChart.comma(in: language)
            let items = zip(series, cleanSeries).map { item, values -> String in
                var text =
                    "\(SVGMarkup.singleLine(item.label)): "
                    + values.enumerated().map { "\(yearText($0.offset)) \(formatMoney($0.element))" }.joined(separator: comma)
                if let budget, let year = values.firstIndex(where: { $0 > budget }) {
                    text += " (" + SVGChart.word("over budget from ", "بیش از بودجه از ", in: language) + yearText(year) + ")"
                }
                return text
            }
            let prefix = budget.map { budgetText($0) + ". " } ?? ""
            return prefix + SVGChart.word("Cumulative cost. ", "هزینه انباشته. ", in: language)
                + SVGChart.list(items, in: language) + "."
        }
    }
}
