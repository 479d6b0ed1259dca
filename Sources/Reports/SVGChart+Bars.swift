import Foundation
import Localization

extension SVGChart {
    /// Horizontal bars, one per vendor: the vendors' totals, the recommended one emphasised, knocked-out ones
    /// hatched with the reason as their tooltip. Bars grow from zero (rightwards, or leftwards in Persian);
    /// negative values grow the other way.
    public struct Bars: Sendable, Hashable {
        /// One vendor's bar.
        public struct Bar: Sendable, Hashable {
            /// What the bar says beyond its value.
            public enum State: Sendable, Hashable {
                case plain
                /// The vendor the report recommends: darker, outlined, its label bold and tagged.
                case recommended
                /// A vendor out of the running: hatched, tagged, the reason shown as a tooltip.
                case knockedOut(reason: String)
            }

            public var label: String
            /// The total; `nil` draws no bar (a knocked-out vendor that was never totalled), only its tag.
            public var value: Double?
            public var state: State

            public init(label: String, value: Double?, state: State = .plain) {
                self.label = label
                self.value = value
                self.state = state
            }
        }

        /// The chart's accessible name, in `language`; the report's caption usually says the same.
        public var title: String
        /// A sentence put before the data in the chart's `<desc>`.
        public var summary: String?
        /// The bars, top to bottom, in the order given.
        public var bars: [Bar]
        /// Where the axis ends (the scorecard's maximum, 100 for percentages); `nil` rounds the largest value
        /// up. A value beyond it stretches the axis rather than overflowing.
        public var scaleMax: Double?
        /// Digits after the decimal separator in the value labels.
        public var fractionDigits: Int
        public var language: Language

        public init(
            title: String, summary: String? = nil, bars: [Bar], scaleMax: Double? = nil, fractionDigits: Int = 2,
            language: Language
        ) {
            self.title = title
            self.summary = summary
            self.bars = bars
            self.scaleMax = scaleMax
            self.fractionDigits = fractionDigits
            self.language = language
        }

        /// The chart as an `<svg>` element.
        public var svg: String {
            var canvas = SVGCanvas(kind: "bars", content: String(describing: self), language: language)
            let pad = 12.0
            let rowHeight = 28.0
            let barHeight = 16.0
            let top = 8.0
            guard !bars.isEmpty else {
                return SVGChart.empty(&canvas, kind: "bars", title: title, summary: summary)
            }

            let values = bars.compactMap { $0.value.flatMap { $0.isFinite ? $0 : nil } }
            let lowest = min(values.min() ?? 0, 0)
            let highest = max(values.max() ?? 0, scaleMax.flatMap { $0.isFinite ? $0 : nil } ?? 0, 0)
            // A given maximum ends the axis exactly (unless a value passes it); the minimum is 0 or a round
            // value below the lowest total.
            let scale =
                if let scaleMax, scaleMax.isFinite, scaleMax > 0, scaleMax >= (values.max() ?? 0) {
                    SVGScale(fixed: lowest < 0 ? SVGScale(covering: lowest, 0).lower : 0, scaleMax)
                } else {
                    SVGScale(covering: lowest, highest)
                }

            let labelWidth = min(max(bars.map { SVGTextMetrics.width(SVGMarkup.singleLine($0.label)) }.max() ?? 0, 40), 180)
            let valueTexts = bars.map(valueText)
            let valueRoom = min((valueTexts.map { SVGTextMetrics.width($0) }.max() ?? 0) + 10, 170)
            let plotLeft = pad + labelWidth + 10 + (scale.lower < 0 ? valueRoom : 0)
            let plotRight = SVGChart.width - pad - valueRoom
            let position = { (value: Double) in plotLeft + scale.fraction(value) * (plotRight - plotLeft) }
            let plotBottom = top + Double(bars.count) * rowHeight

            // The grid and the axis under the bars.
            let tickDigits = scale.fractionDigits
            for tick in scale.ticks {
                let x = position(tick)
                canvas.line(
                    from: SVGPoint(x, top), to: SVGPoint(x, plotBottom),
                    [("class", "grid"), ("stroke", "#d9d9d9"), ("stroke-width", "0.8")])
                canvas.text(
                    SVGChart.number(tick, fractionDigits: tickDigits, in: language), at: SVGPoint(x, plotBottom + 16),
                    anchor: .middle, size: 10, [("class", "tick-label"), ("fill", "#555555")])
            }

            let hatch = canvas.hatch("knocked-out")
            for (index, bar) in bars.enumerated() {
                let middle = top + Double(index) * rowHeight + rowHeight / 2
                let isRecommended = bar.state == .recommended
                canvas.text(
                    bar.label, at: SVGPoint(pad + labelWidth, middle + 4), anchor: .end, maxWidth: labelWidth,
                    [("class", "category-label"), ("font-weight", isRecommended ? "bold" : nil)])
                let value = bar.value.flatMap { $0.isFinite ? $0 : nil }
                let zero = position(0)
                let end = value.map(position) ?? zero
                if value != nil {
                    let attributes: SVGCanvas.Attributes =
                        switch bar.state {
                        case .plain: [("class", "bar"), ("fill", "#7f9fc0")]
                        case .recommended:
                            [("class", "bar recommended"), ("fill", "#1f4e79"), ("stroke", "#000000"), ("stroke-width", "1.5")]
                        case .knockedOut:
                            [("class", "bar knocked-out"), ("fill", hatch), ("stroke", "#444444"), ("stroke-width", "1")]
                        }
                    canvas.rect(
                        x: zero, y: middle - barHeight / 2, width: end - zero, height: barHeight, attributes,
                        title: tooltip(bar))
                }
                let outwards = (value ?? 0) >= 0
                canvas.text(
                    valueTexts[index], at: SVGPoint(end + (outwards ? 5 : -5), middle + 4), anchor: outwards ? .start : .end,
                    [("class", "value-label"), ("font-weight", isRecommended ? "bold" : nil)], title: tooltip(bar))
            }
            canvas.line(
                from: SVGPoint(position(0), top - 2), to: SVGPoint(position(0), plotBottom + 2),
                [("class", "zero-line"), ("stroke", "#333333"), ("stroke-width", "1.2")])

            var legend: [SVGLegendEntry] = []
            if bars.contains(where: { $0.state == .recommended }) {
                legend.append(
                    SVGLegendEntry(
                        symbol: .swatch(fill: "#1f4e79", stroke: "#000000", strokeWidth: "1.5"),
                        label: SVGChart.word("Recommended", "پیشنهادی", in: language)))
            }
            if bars.contains(where: \.isKnockedOut) {
                legend.append(
                    SVGLegendEntry(
                        symbol: .swatch(fill: hatch, stroke: "#444444", strokeWidth: "1"),
                        label: SVGChart.word("Knocked out", "حذف‌شده", in: language)))
            }
            let bottom = canvas.legend(legend, top: plotBottom + 26, left: pad, right: SVGChart.width - pad)
            return canvas.svg(
                kind: "bars", height: bottom + pad, title: title,
                description: SVGChart.description(summary: summary, data: dataDescription))
        }

        private func valueText(_ bar: Bar) -> String {
            let number = bar.value.flatMap { $0.isFinite ? $0 : nil }.map {
                SVGChart.number($0, fractionDigits: fractionDigits, in: language)
            }
            let tag: String? =
                switch bar.state {
                case .plain: nil
                case .recommended: SVGChart.word("recommended", "پیشنهادی", in: language)
                case .knockedOut: SVGChart.word("knocked out", "حذف‌شده", in: language)
                }
            return [number ?? "—", tag.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        }

        private func tooltip(_ bar: Bar) -> String? {
            guard case .knockedOut(let reason) = bar.state else { return nil }
            let knockedOut = SVGChart.word("Knocked out", "حذف‌شده", in: language)
            return reason.isEmpty ? knockedOut : "\(knockedOut): \(reason)"
        }

        private var dataDescription: String {
            let items = bars.map { bar -> String in
                let number = bar.value.flatMap { $0.isFinite ? $0 : nil }.map {
                    SVGChart.number($0, fractionDigits: fractionDigits, in: language)
                }
                let state: String? =
                    switch bar.state {
                    case .plain: nil
                    case .recommended: SVGChart.word("recommended", "پیشنهادی", in: language)
                    case .knockedOut(let reason):
                        SVGChart.word("knocked out", "حذف‌شده", in: language) + (reason.isEmpty ? "" : ": \(reason)")
                    }
                let parts = [number, state.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
                return "\(SVGMarkup.singleLine(bar.label)): \(parts.isEmpty ? "—" : parts)"
            }
            return SVGChart.list(items, in: language) + "."
        }
    }
}

extension SVGChart.Bars.Bar {
    var isKnockedOut: Bool {
        if case .knockedOut = state { return true }
        return false
    }
}

extension SVGChart {
    /// A chart with nothing to draw: its title, its summary, and "No data" in the middle.
    static func empty(_ canvas: inout SVGCanvas, kind: String, title: String, summary: String?) -> String {
        let noData = word("No data", "داده‌ای نیست", in: canvas.language)
        canvas.text(
            noData, at: SVGPoint(canvas.width / 2, 44), anchor: .middle, [("class", "no-data"), ("fill", "#555555")])
        return canvas.svg(
            kind: kind, height: 72, title: title, description: description(summary: summary, data: noData + "."))
    }
}
