import Foundation
import Localization

extension SVGChart {
    /// A radar (spider) chart: one axis per criterion around a circle, one closed polygon per vendor through its
    /// scores on the scorecard's scale, and a legend. Axes run clockwise from the top, counter-clockwise in
    /// Persian.
    public struct Radar: Sendable, Hashable {
        /// One vendor's polygon.
        public struct Series: Sendable, Hashable {
            public var label: String
            /// One score per criterion, in the criteria's order; `nil` (or a missing entry) is drawn at the
            /// centre without a marker and written "no score" in the description.
            public var values: [Double?]

            public init(label: String, values: [Double?]) {
                self.label = label
                self.values = values
            }
        }

        public var title: String
        public var summary: String?
        /// The axes' labels, clockwise from the top (counter-clockwise in Persian).
        public var criteria: [String]
        public var series: [Series]
        /// The scorecard's scale: the centre is `lowerBound`, the outer ring `upperBound`; values outside are
        /// drawn at the nearer end.
        public var scale: ClosedRange<Double>
        public var fractionDigits: Int
        public var language: Language

        public init(
            title: String, summary: String? = nil, criteria: [String], series: [Series], scale: ClosedRange<Double>,
            fractionDigits: Int = 1, language: Language
        ) {
            self.title = title
            self.summary = summary
            self.criteria = criteria
            self.series = series
            self.scale = scale
            self.fractionDigits = fractionDigits
            self.language = language
        }

        public var svg: String {
            var canvas = SVGCanvas(kind: "radar", content: String(describing: self), language: language)
            guard !criteria.isEmpty, !series.isEmpty else {
                return SVGChart.empty(&canvas, kind: "radar", title: title, summary: summary)
            }
            let pad = 12.0
            let radius = 150.0
            let labelGap = 12.0
            let center = SVGPoint(SVGChart.width / 2, 8 + 28 + radius)
            let count = criteria.count
            let axis = SVGScale(fixed: scale.lowerBound, scale.upperBound)
            func angle(_ index: Int) -> Double { -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count) }
            func point(_ index: Int, _ fraction: Double) -> SVGPoint {
                SVGPoint(center.x + radius * fraction * cos(angle(index)), center.y + radius * fraction * sin(angle(index)))
            }

            // Rings at the scale's round values, and the outer ring at its maximum.
            var rings = axis.ticks.filter { $0 > axis.lower + axis.step * 1e-9 }
            if rings.last.map({ $0 < axis.upper - axis.step * 1e-9 }) ?? true { rings.append(axis.upper) }
            for ring in rings {
                let fraction = axis.fraction(ring)
                let attributes: SVGCanvas.Attributes = [
                    ("class", "grid"), ("fill", "none"), ("stroke", "#cccccc"), ("stroke-width", "0.8"),
                ]
                if count >= 3 {
                    canvas.polygon((0..<count).map { point($0, fraction) }, attributes)
                } else {
                    canvas.circle(center: center, radius: radius * fraction, attributes)
                }
            }
            for index in 0..<count {
                canvas.line(
                    from: center, to: point(index, 1), [("class", "axis"), ("stroke", "#999999"), ("stroke-width", "0.8")])
            }
            let ringDigits = max(axis.fractionDigits, SVGChart.fractionDigits(forStep: axis.upper - axis.lower))
            for ring in [axis.lower] + rings {
                canvas.text(
                    SVGChart.number(ring, fractionDigits: min(ringDigits, 2), in: language),
                    at: SVGPoint(center.x + 4, center.y - radius * axis.fraction(ring) - 2), size: 9,
                    [("class", "tick-label"), ("fill", "#666666")] + SVGChart.halo)
            }

            // Axis labels around the circle, aligned away from it.
            for (index, criterion) in criteria.enumerated() {
                let cosine = cos(angle(index))
                let sine = sin(angle(index))
                let at = SVGPoint(
                    center.x + (radius + labelGap) * cosine,
                    center.y + (radius + labelGap) * sine + (sine < -0.3 ? -2 : sine > 0.3 ? 10 : 4))
                let anchor: SVGAnchor = cosine > 0.2 ? .start : cosine < -0.2 ? .end : .middle
                let room =
                    anchor == .middle
                    ? 150 : SVGChart.width / 2 - (radius + labelGap) * abs(cosine) - pad
                canvas.text(criterion, at: at, anchor: anchor, maxWidth: room, [("class", "axis-label")])
            }

            for (index, item) in series.enumerated() {
                let style = SVGSeriesStyle.at(index)
                let values = (0..<count).map { item.values.indices.contains($0) ? item.values[$0] : nil }
                    .map { $0.flatMap { $0.isFinite ? $0 : nil } }
                let points = values.enumerated().map { point($0.offset, $0.element.map(axis.fraction) ?? 0) }
                canvas.polygon(
                    points,
                    [
                        ("class", "series"), ("fill", style.color), ("fill-opacity", "0.08"), ("stroke", style.color),
                        ("stroke-width", "2"), ("stroke-dasharray", style.dash), ("stroke-linejoin", "round"),
                    ], title: item.label)
                for (criterion, value) in values.enumerated() {
                    guard let value else { continue }
                    canvas.marker(
                        style.marker, at: points[criterion], color: style.color,
                        title: "\(item.label) — \(criteria[criterion]): \(format(value))")
                }
            }

            let legend = series.enumerated().map {
                SVGLegendEntry(symbol: .series(SVGSeriesStyle.at($0.offset)), label: $0.element.label)
            }
            let bottom = canvas.legend(
                legend, top: center.y + radius + 24, left: pad, right: SVGChart.width - pad)
            return canvas.svg(
                kind: "radar", height: bottom + pad, title: title,
                description: SVGChart.description(summary: summary, data: dataDescription))
        }

        private func format(_ value: Double) -> String {
            SVGChart.number(value, fractionDigits: fractionDigits, in: language)
        }

        private var dataDescription: String {
            let comma = SVGChart.comma(in: language)
            let range =
                SVGChart.word("Scale", "مقیاس", in: language) + " "
                + format(scale.lowerBound) + "–" + format(scale.upperBound) + "."
            let items = series.map { item -> String in
                let scores = criteria.enumerated().map { index, criterion -> String in
                    let value = item.values.indices.contains(index) ? item.values[index].flatMap { $0.isFinite ? $0 : nil } : nil
                    let score = value.map(format) ?? SVGChart.word("no score", "بدون امتیاز", in: language)
                    return "\(SVGMarkup.singleLine(criterion)) \(score)"
                }
                return "\(SVGMarkup.singleLine(item.label)): " + scores.joined(separator: comma)
            }
            return range + " " + SVGChart.list(items, in: language) + "."
        }
    }
}
