import Foundation
import Localization

extension SVGChart {
    /// A tornado chart: per criterion, how far a quantity (the winner's margin) moves when the criterion's
    /// weight goes to the low and to the high end of its range, drawn as a bar around a centre line (the
    /// quantity today), widest first, each end written with its value. The low end's part is solid, the high
    /// end's part hatched; criteria whose weight cannot change the quantity are listed last and marked.
    public struct Tornado: Sendable, Hashable {
        /// One criterion.
        public struct Row: Sendable, Hashable {
            public var label: String
            /// The quantity with the weight at the low end of its range; `nil` when it cannot be computed.
            public var atLow: Double?
            /// The quantity with the weight at the high end of its range.
            public var atHigh: Double?

            public init(label: String, atLow: Double?, atHigh: Double?) {
                self.label = label
                self.atLow = atLow
                self.atHigh = atHigh
            }
        }

        /// A vertical line with a meaning of its own, such as a margin of 0 where the winner changes.
        public struct Reference: Sendable, Hashable {
            public var value: Double
            public var label: String

            public init(value: Double, label: String) {
                self.value = value
                self.label = label
            }
        }

        public var title: String
        public var summary: String?
        /// The criteria, in any order: the chart sorts them by how far the quantity moves.
        public var rows: [Row]
        /// The quantity at today's weights: the centre line.
        public var centre: Double
        /// Written above the centre line with its value; "today" when `nil`.
        public var centreLabel: String?
        public var reference: Reference?
        /// What the solid and the hatched parts mean, for the legend; "weight at its lowest / highest" when `nil`.
        public var lowLegend: String?
        public var highLegend: String?
        public var fractionDigits: Int
        public var language: Language

        public init(
            title: String, summary: String? = nil, rows: [Row], centre: Double, centreLabel: String? = nil,
            reference: Reference? = nil, lowLegend: String? = nil, highLegend: String? = nil, fractionDigits: Int = 2,
            language: Language
        ) {
            self.title = title
            self.summary = summary
            self.rows = rows
            self.centre = centre
            self.centreLabel = centreLabel
            self.reference = reference
            self.lowLegend = lowLegend
            self.highLegend = highLegend
            self.fractionDigits = fractionDigits
            self.language = language
        }

        /// How far the quantity moves across the criterion's range, counting today's value: the drawn width.
        static func extent(_ row: Row, centre: Double) -> Double {
            let ends = [row.atLow, row.atHigh].compactMap { $0 }.filter(\.isFinite)
            guard !ends.isEmpty else { return 0 }
            let all = ends + [centre]
            return (all.max() ?? centre) - (all.min() ?? centre)
        }

        /// The rows widest first (ties keep their order); rows that cannot move last.
        public var sortedRows: [Row] {
            rows.enumerated().sorted { a, b in
                let (wa, wb) = (Self.extent(a.element, centre: centre), Self.extent(b.element, centre: centre))
                return wa != wb ? wa > wb : a.offset < b.offset
            }.map(\.element)
        }

        func cannotMove(_ row: Row) -> Bool {
            Self.extent(row, centre: centre) <= 1e-12 * max(1, abs(centre))
        }

        public var svg: String {
            var canvas = SVGCanvas(kind: "tornado", content: String(describing: self), language: language)
            guard !rows.isEmpty else {
                return SVGChart.empty(&canvas, kind: "tornado", title: title, summary: summary)
            }
            let pad = 12.0
            let rowHeight = 28.0
            let barHeight = 16.0
            let header = reference == nil ? 20.0 : 34.0
            let top = 8.0 + header
            let rows = sortedRows
            let finite = { (value: Double?) in value.flatMap { $0.isFinite ? $0 : nil } }
            let centre = self.centre.isFinite ? self.centre : 0
            let values = rows.flatMap { [finite($0.atLow), finite($0.atHigh)] }.compactMap { $0 }
            let referenceValue = finite(reference?.value)
            let scale = SVGScale(
                covering: (values + [centre] + [referenceValue].compactMap { $0 }).min() ?? centre,
                (values + [centre] + [referenceValue].compactMap { $0 }).max() ?? centre)

            let labelWidth = min(max(rows.map { SVGTextMetrics.width(SVGMarkup.singleLine($0.label)) }.max() ?? 0, 40), 170)
            let endRoom = max((values.map { SVGTextMetrics.width(format($0)) }.max() ?? 0) * 2 + 14, 60)
            let plotLeft = pad + labelWidth + 10 + endRoom
            let plotRight = SVGChart.width - pad - endRoom
            let position = { (value: Double) in plotLeft + scale.fraction(value) * (plotRight - plotLeft) }
            let plotBottom = top + Double(rows.count) * rowHeight

            for tick in scale.ticks {
                let x = position(tick)
                canvas.line(
                    from: SVGPoint(x, top), to: SVGPoint(x, plotBottom),
                    [("class", "grid"), ("stroke", "#e0e0e0"), ("stroke-width", "0.8")])
                canvas.text(
                    SVGChart.number(tick, fractionDigits: scale.fractionDigits, in: language),
                    at: SVGPoint(x, plotBottom + 16), anchor: .middle, size: 10, [("class", "tick-label"), ("fill", "#555555")])
            }

            let lowFill = "#9ecae1"
            let highFill = canvas.hatch("high", color: "#08519c")
            let zeroWidth = 1e-12 * max(1, abs(centre))
            for (index, row) in rows.enumerated() {
                let middle = top + Double(index) * rowHeight + rowHeight / 2
                canvas.text(
                    row.label, at: SVGPoint(pad + labelWidth, middle + 4), anchor: .end, maxWidth: labelWidth,
                    [("class", "category-label")])
                if cannotMove(row) {
                    canvas.marker(
                        .diamond, at: SVGPoint(position(centre), middle), size: 3.5, color: "#555555",
                        title: SVGChart.word("No change possible", "تغییری ممکن نیست", in: language))
                    canvas.text(
                        SVGChart.word("no change possible", "تغییری ممکن نیست", in: language),
                        at: SVGPoint(position(centre) + 9, middle + 4), size: 10,
                        [("class", "no-change"), ("fill", "#555555"), ("font-style", "italic")])
                    continue
                }
                // Each end is a segment from the centre line; the farther one is drawn first, so both show.
                let ends = [(finite(row.atLow), true), (finite(row.atHigh), false)]
                    .compactMap { value, isLow in value.map { (value: $0, isLow: isLow) } }
                    .sorted { abs($0.value - centre) > abs($1.value - centre) }
                for end in ends {
                    let width = position(end.value) - position(centre)
                    canvas.rect(
                        x: position(centre), y: middle - barHeight / 2, width: width, height: barHeight,
                        end.isLow
                            ? [("class", "bar low"), ("fill", lowFill), ("stroke", "#3a6f96"), ("stroke-width", "0.8")]
                            : [("class", "bar high"), ("fill", highFill), ("stroke", "#08519c"), ("stroke-width", "0.8")],
                        title: "\(end.isLow ? lowText : highText): \(format(end.value))")
                }
                // End labels outside each end; one that would run into a nearer end's label moves past it.
                var reach: [Bool: Double] = [:]  // per side (true = right): how far labels already extend
                for end in ends.reversed() {
                    let other = ends.first { $0.isLow != end.isLow }
                    let onRight: Bool =
                        if abs(end.value - centre) > zeroWidth { end.value > centre } else {
                            other.map { $0.value <= centre } ?? true
                        }
                    let text = format(end.value)
                    let textWidth = SVGTextMetrics.width(text, fontSize: 10)
                    let x = position(end.value)
                    if onRight {
                        let start = max(x + 4, reach[true] ?? -.infinity)
                        canvas.text(
                            text, at: SVGPoint(start, middle + 4), size: 10, [("class", "end-label")] + SVGChart.halo)
                        reach[true] = start + textWidth + 6
                    } else {
                        let finish = min(x - 4, reach[false] ?? .infinity)
                        canvas.text(
                            text, at: SVGPoint(finish, middle + 4), anchor: .end, size: 10,
                            [("class", "end-label")] + SVGChart.halo)
                        reach[false] = finish - textWidth - 6
                    }
                }
            }

            // The centre line over the bars, and the reference line, each named above the plot.
            let centreX = position(centre)
            canvas.line(
                from: SVGPoint(centreX, top - 4), to: SVGPoint(centreX, plotBottom + 2),
                [("class", "centre-line"), ("stroke", "#111111"), ("stroke-width", "1.5")])
            canvas.text(
                (centreLabel ?? SVGChart.word("today", "اکنون", in: language)) + ": " + format(centre),
                at: SVGPoint(centreX, 8 + 12), anchor: .middle, size: 10, [("class", "centre-label")] + SVGChart.halo)
            if let reference, let value = referenceValue {
                let x = position(value)
                canvas.line(
                    from: SVGPoint(x, top - 4), to: SVGPoint(x, plotBottom + 2),
                    [
                        ("class", "reference-line"), ("stroke", "#b00020"), ("stroke-width", "1.2"),
                        ("stroke-dasharray", "5 3"),
                    ])
                canvas.text(
                    reference.label, at: SVGPoint(x, 8 + 26), anchor: .middle, size: 10, maxWidth: 260,
                    [("class", "reference-label"), ("fill", "#b00020")] + SVGChart.halo)
            }

            var legend = [
                SVGLegendEntry(symbol: .swatch(fill: lowFill, stroke: "#3a6f96", strokeWidth: "0.8"), label: lowText),
                SVGLegendEntry(symbol: .swatch(fill: highFill, stroke: "#08519c", strokeWidth: "0.8"), label: highText),
            ]
            if let reference, referenceValue != nil {
                legend.append(SVGLegendEntry(symbol: .line(color: "#b00020", dash: "5 3"), label: reference.label))
            }
            let bottom = canvas.legend(legend, top: plotBottom + 26, left: pad, right: SVGChart.width - pad)
            return canvas.svg(
                kind: "tornado", height: bottom + pad, title: title,
                description: SVGChart.description(summary: summary, data: dataDescription))
        }

        private var lowText: String {
            lowLegend ?? SVGChart.word("weight at its lowest", "کمترین وزن", in: language)
        }

        private var highText: String {
            highLegend ?? SVGChart.word("weight at its highest", "بیشترین وزن", in: language)
        }

        private func format(_ value: Double) -> String {
            SVGChart.number(value, fractionDigits: fractionDigits, in: language)
        }

        private var dataDescription: String {
            let today = (centreLabel ?? SVGChart.word("Today", "اکنون", in: language)) + ": " + format(centre) + "."
            let items = sortedRows.map { row -> String in
                let label = SVGMarkup.singleLine(row.label)
                guard !cannotMove(row) else {
                    return "\(label): " + SVGChart.word("no change possible", "تغییری ممکن نیست", in: language)
                }
                let low = row.atLow.flatMap { $0.isFinite ? $0 : nil }.map(format) ?? "—"
                let high = row.atHigh.flatMap { $0.isFinite ? $0 : nil }.map(format) ?? "—"
                return "\(label): \(lowText) \(low)\(SVGChart.comma(in: language))\(highText) \(high)"
            }
            return today + " " + SVGChart.list(items, in: language) + "."
        }
    }
}
