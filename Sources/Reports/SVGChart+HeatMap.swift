import Foundation
import Localization

extension SVGChart {
    /// A heat map: rows (criteria) × columns (vendors) of a value such as the evaluators' standard deviation,
    /// shaded light to dark, the number written in each cell, cells above a threshold outlined, missing values
    /// left empty. Columns run right to left in Persian, row labels on the right.
    public struct HeatMap: Sendable, Hashable {
        public var title: String
        public var summary: String?
        public var rowLabels: [String]
        public var columnLabels: [String]
        /// `values[row][column]`; `nil`, a missing entry or a value that is not finite leaves the cell empty.
        public var values: [[Double?]]
        /// Cells whose value is above it are outlined (and said so in the description).
        public var threshold: Double?
        /// The values the palette runs between; `nil` runs from 0 (or the smallest value, if negative) to the
        /// largest. Values outside take the nearer end's shade.
        public var range: ClosedRange<Double>?
        public var fractionDigits: Int
        public var language: Language

        public init(
            title: String, summary: String? = nil, rowLabels: [String], columnLabels: [String], values: [[Double?]],
            threshold: Double? = nil, range: ClosedRange<Double>? = nil, fractionDigits: Int = 2, language: Language
        ) {
            self.title = title
            self.summary = summary
            self.rowLabels = rowLabels
            self.columnLabels = columnLabels
            self.values = values
            self.threshold = threshold
            self.range = range
            self.fractionDigits = fractionDigits
            self.language = language
        }

        /// The value of a cell, or `nil` when it is missing.
        func value(_ row: Int, _ column: Int) -> Double? {
            guard values.indices.contains(row), values[row].indices.contains(column) else { return nil }
            return values[row][column].flatMap { $0.isFinite ? $0 : nil }
        }

        func isAboveThreshold(_ value: Double) -> Bool {
            threshold.map { $0.isFinite && value > $0 } ?? false
        }

        public var svg: String {
            let pad = 12.0
            let labelWidth = min(max(rowLabels.map { SVGTextMetrics.width(SVGMarkup.singleLine($0)) }.max() ?? 0, 40), 180)
            let gridLeft = pad + labelWidth + 8
            let columns = Double(columnLabels.count)
            // Cells share the page width, but never get narrower than a written number needs.
            let cellWidth = min(max((SVGChart.width - pad - gridLeft) / max(columns, 1), 44), 110)
            let width = max(SVGChart.width, gridLeft + cellWidth * columns + pad)
            var canvas = SVGCanvas(kind: "heatmap", content: String(describing: self), language: language, width: width)
            guard !rowLabels.isEmpty, !columnLabels.isEmpty else {
                return SVGChart.empty(&canvas, kind: "heatmap", title: title, summary: summary)
            }
            let cellHeight = 26.0
            let top = 8.0 + 22
            let present = rowLabels.indices.flatMap { row in columnLabels.indices.compactMap { value(row, $0) } }
            let lower = range?.lowerBound ?? min(present.min() ?? 0, 0)
            let upper = range?.upperBound ?? max(present.max() ?? 1, lower)
            let shade = { (value: Double) in
                SVGHeatPalette.color(at: upper > lower ? min(max((value - lower) / (upper - lower), 0), 1) : 0)
            }

            for (column, label) in columnLabels.enumerated() {
                canvas.text(
                    label, at: SVGPoint(gridLeft + (Double(column) + 0.5) * cellWidth, top - 8), anchor: .middle,
                    maxWidth: cellWidth - 12, [("class", "column-label"), ("font-weight", "bold")])
            }
            let missing = SVGChart.word("no value", "بدون مقدار", in: language)
            for (row, rowLabel) in rowLabels.enumerated() {
                let y = top + Double(row) * cellHeight
                canvas.text(
                    rowLabel, at: SVGPoint(pad + labelWidth, y + cellHeight / 2 + 4), anchor: .end, maxWidth: labelWidth,
                    [("class", "row-label")])
                for (column, columnLabel) in columnLabels.enumerated() {
                    let x = gridLeft + Double(column) * cellWidth
                    let name = "\(SVGMarkup.singleLine(rowLabel)) — \(SVGMarkup.singleLine(columnLabel))"
                    guard let value = value(row, column) else {
                        canvas.rect(
                            x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2,
                            [
                                ("class", "cell missing"), ("fill", "#ffffff"), ("stroke", "#bbbbbb"), ("stroke-width", "0.8"),
                                ("stroke-dasharray", "3 2"),
                            ], title: "\(name): \(missing)")
                        continue
                    }
                    let color = shade(value)
                    let above = isAboveThreshold(value)
                    canvas.rect(
                        x: x + (above ? 2 : 1), y: y + (above ? 2 : 1), width: cellWidth - (above ? 4 : 2),
                        height: cellHeight - (above ? 4 : 2),
                        [
                            ("class", above ? "cell above-threshold" : "cell"), ("fill", color.hex),
                            ("stroke", above ? "#000000" : nil), ("stroke-width", above ? "2.5" : nil),
                        ], title: "\(name): \(format(value))")
                    canvas.text(
                        format(value), at: SVGPoint(x + cellWidth / 2, y + cellHeight / 2 + 4), anchor: .middle,
                        [
                            ("class", "cell-value"), ("fill", color.isDark ? "#ffffff" : "#111111"),
                            ("font-weight", above ? "bold" : nil),
                        ])
                }
            }

            // The legend: five shades with their values, then what an outline and an empty cell mean.
            var legend = (0...4).map { step -> SVGLegendEntry in
                let value = lower + (upper - lower) * Double(step) / 4
                return SVGLegendEntry(
                    symbol: .swatch(fill: shade(value).hex, stroke: "#999999", strokeWidth: "0.5"), label: format(value))
            }
            if let threshold, threshold.isFinite {
                legend.append(
                    SVGLegendEntry(
                        symbol: .swatch(fill: "#ffffff", stroke: "#000000", strokeWidth: "2.5"),
                        label: SVGChart.word("above ", "بیش از ", in: language) + format(threshold)))
            }
            if rowLabels.indices.contains(where: { row in columnLabels.indices.contains { value(row, $0) == nil } }) {
                legend.append(
                    SVGLegendEntry(symbol: .swatch(fill: "#ffffff", stroke: "#bbbbbb", strokeWidth: "0.8"), label: missing))
            }
            let gridBottom = top + Double(rowLabels.count) * cellHeight
            let bottom = canvas.legend(legend, top: gridBottom + 8, left: pad, right: width - pad)
            return canvas.svg(
                kind: "heatmap", height: bottom + pad, title: title,
                description: SVGChart.description(summary: summary, data: dataDescription))
        }

        private func format(_ value: Double) -> String {
            SVGChart.number(value, fractionDigits: fractionDigits, in: language)
        }

        private var dataDescription: String {
            let comma = SVGChart.comma(in: language)
            let items = rowLabels.enumerated().map { row, label -> String in
                let cells = columnLabels.enumerated().map { column, columnLabel -> String in
                    let text = value(row, column).map { value in
                        format(value)
                            + (isAboveThreshold(value)
                                ? " (" + SVGChart.word("above threshold", "بالاتر از آستانه", in: language) + ")" : "")
                    }
                    return "\(SVGMarkup.singleLine(columnLabel)) \(text ?? "—")"
                }
                return "\(SVGMarkup.singleLine(label)): " + cells.joined(separator: comma)
            }
            let threshold = self.threshold.flatMap { $0.isFinite ? $0 : nil }.map {
                SVGChart.word("Outlined: above ", "خط‌دور: بیش از ", in: language) + format($0) + ". "
            }
            return (threshold ?? "") + SVGChart.list(items, in: language) + "."
        }
    }
}

/// A sequential palette, light to dark in one hue (ColorBrewer's "Blues"): its lightness falls steadily, so
/// the order of shades survives a grey-scale print.
enum SVGHeatPalette {
    struct Color {
        var red: Double
        var green: Double
        var blue: Double

        var hex: String {
            let channels = [red, green, blue].map { Int(($0 * 255).rounded()) }.map { min(max($0, 0), 255) }
            return "#" + channels.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }

        /// Relative luminance (WCAG) below which black text would be hard to read.
        var isDark: Bool {
            func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue) < 0.18
        }
    }

    static let stops: [UInt32] = [0xF7FBFF, 0xDEEBF7, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x4292C6, 0x2171B5, 0x08519C, 0x08306B]

    /// The shade at `fraction` (0 = lightest, 1 = darkest), interpolated between the stops.
    static func color(at fraction: Double) -> Color {
        let position = min(max(fraction.isFinite ? fraction : 0, 0), 1) * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        let t = position - Double(index)
        func channel(_ stop: UInt32, _ shift: UInt32) -> Double { Double((stop >> shift) & 0xFF) / 255 }
        let (a, b) = (stops[index], stops[index + 1])
        return Color(
            red: channel(a, 16) + (channel(b, 16) - channel(a, 16)) * t,
            green: channel(a, 8) + (channel(b, 8) - channel(a, 8)) * t,
            blue: channel(a, 0) + (channel(b, 0) - channel(a, 0)) * t)
    }
}
