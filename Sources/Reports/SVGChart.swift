import Foundation
import Localization

/// The inline SVG charts of the selection report: bars, radar, tornado, heat map and cost over years.
///
/// Each chart is a value built from plain labels and numbers (no scoring types) whose `svg` is a complete,
/// self-contained `<svg>` element: sizes live in a `viewBox` only, so the chart takes the width of whatever
/// holds it, on screen or on an A4 page; it has `role="img"`, an `aria-label`, a `<title>` and a `<desc>` that
/// spells out the data in the chart's language; meaning never rests on colour alone (hatching, outlines,
/// dash patterns, marker shapes and written numbers carry it in black and white); every text is escaped.
/// In Persian the layout is mirrored — labels on the right, bars growing leftwards, time running right to
/// left — every `<text>` carries `direction="rtl"`, and numbers are written with Persian digits and «٫».
///
/// Styling is done with presentation attributes, not a `<style>` element: a `<style>` inside an inline SVG
/// applies to the whole HTML page, so two charts on one page (or the report's own CSS) would fight over
/// class names. Elements still carry class names (`bar`, `series`, `cell`, …) as hooks for the report's print
/// CSS, which overrides presentation attributes.
public enum SVGChart {
    /// The width of every chart's `viewBox`: about the 170 mm text width of an A4 page at 96 px per inch, so
    /// that the 12-unit text prints at roughly 9 pt.
    static let width = 640.0
    static let fontSize = 12.0
    static let fontFamily = "Vazirmatn, Tahoma, 'Noto Sans Arabic', 'DejaVu Sans', sans-serif"
    /// A white outline drawn under a label's letters, so a label that crosses a line or a bar stays legible.
    static let halo: [(String, String?)] = [
        ("stroke", "#ffffff"), ("stroke-width", "3"), ("stroke-linejoin", "round"), ("paint-order", "stroke"),
    ]

    /// `value` with `fractionDigits` digits after the separator, in the digits and separators of `language`
    /// (`4.25`, `۴٫۲۵`). Values too large for the exact path are written through `%f`.
    static func number(_ value: Double, fractionDigits: Int, in language: Language) -> String {
        let digits = min(max(fractionDigits, 0), 6)
        let scaled = (value * pow(10, Double(digits))).rounded()
        guard scaled.isFinite, abs(scaled) < 9e15 else {
            let text = String(format: "%.\(digits)f", value)
            return PersianDigits.digits(language == .fa ? text.replacingOccurrences(of: ".", with: "٫") : text, for: language)
        }
        return LocalizedNumber.format(scaled: Int64(scaled), fractionDigits: digits, in: language)
    }

    /// The fewest fraction digits that write every multiple of `step` exactly (0.25 → 2, 5 → 0).
    static func fractionDigits(forStep step: Double) -> Int {
        for digits in 0...6 {
            let scaled = step * pow(10, Double(digits))
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, abs(scaled)) { return digits }
        }
        return 6
    }

    /// A stable id for a chart's root and its internal references (`<pattern>`, `<title>`), distinct for
    /// charts with distinct content, so several charts can share one HTML page.
    static func identifier(kind: String, content: String) -> String {
        "crmkit-\(kind)-\(PlanCalendar.fingerprint(content))"
    }

    /// Words the charts write themselves.
    static func word(_ english: String, _ persian: String, in language: Language) -> String {
        language == .fa ? persian : english
    }

    /// Items of a description joined the way `language` lists them.
    static func list(_ items: [String], in language: Language) -> String {
        items.joined(separator: language == .fa ? "؛ " : "; ")
    }

    static func comma(in language: Language) -> String { language == .fa ? "، " : ", " }

    /// The chart's `<desc>`: the caller's summary, then the data in words.
    static func description(summary: String?, data: String) -> String {
        [summary, data].compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: " ")
    }
}

// MARK: - Scales

/// A linear axis with round tick values ("nice numbers": 1, 2, 2.5 or 5 times a power of ten).
struct SVGScale {
    var lower: Double
    var upper: Double
    var ticks: [Double]
    var step: Double

    /// A scale whose ends are tick values and that holds `lower...upper`; about `tickCount` ticks.
    init(covering lower: Double, _ upper: Double, tickCount: Int = 5) {
        var low = lower.isFinite ? lower : 0
        var high = upper.isFinite ? upper : 1
        if high < low { swap(&low, &high) }
        if high - low < 1e-12 {
            let pad = abs(high) > 1e-12 ? abs(high) * 0.1 : 1
            if low >= 0 && high - pad < 0 { high += pad } else { (low, high) = (low - pad, high + pad) }
        }
        let step = Self.niceStep((high - low) / Double(max(tickCount, 1)))
        // A bound within rounding error of a tick is that tick, not one step further out.
        let first = (low / step + 1e-9).rounded(.down)
        let last = (high / step - 1e-9).rounded(.up)
        self.step = step
        self.lower = first * step
        self.upper = last * step
        let count = min(Int(last - first), 50)
        self.ticks = (0...max(count, 0)).map { (first + Double($0)) * step }.map { abs($0) < step * 1e-9 ? 0 : $0 }
    }

    /// A scale from `lower` to `upper` exactly (a scorecard's fixed scale), ticks at nice steps inside it.
    init(fixed lower: Double, _ upper: Double, tickCount: Int = 5) {
        let nice = SVGScale(covering: lower, upper, tickCount: tickCount)
        self.step = nice.step
        self.lower = lower
        self.upper = upper > lower ? upper : lower + 1
        let upperBound = self.upper
        self.ticks = nice.ticks.filter { $0 >= lower - nice.step * 1e-9 && $0 <= upperBound + nice.step * 1e-9 }
    }

    static func niceStep(_ rough: Double) -> Double {
        guard rough.isFinite, rough > 0 else { return 1 }
        let power = pow(10, (log10(rough)).rounded(.down))
        let fraction = rough / power
        let nice: Double =
            switch fraction {
            case ..<1.5: 1
            case ..<2.25: 2
            case ..<3.5: 2.5
            case ..<7.5: 5
            default: 10
            }
        return nice * power
    }

    /// The fraction of the way from `lower` to `upper` at which `value` lies, clamped to 0...1.
    func fraction(_ value: Double) -> Double {
        guard upper > lower else { return 0 }
        return min(max((value - lower) / (upper - lower), 0), 1)
    }

    var fractionDigits: Int { SVGChart.fractionDigits(forStep: step) }
}

// MARK: - Text metrics

/// Rough text widths, so labels can be given room and long ones shortened, without any font at hand.
enum SVGTextMetrics {
    static func width(_ text: String, fontSize: Double = SVGChart.fontSize) -> Double {
        var em = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x2E, 0x2C, 0x3A, 0x3B, 0x27, 0x7C, 0x69, 0x6C, 0x49, 0x66, 0x74, 0x6A, 0x066B, 0x066C: em += 0.3
            case 0x30...0x39, 0x0660...0x0669, 0x06F0...0x06F9: em += 0.58
            case 0x200C, 0x200D, 0x200E, 0x200F, 0x064B...0x065F, 0x0670: break
            case 0x41...0x5A, 0x6D, 0x77: em += 0.7
            case 0x0600...0x06FF, 0xFB50...0xFEFF: em += 0.5
            case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xFF00...0xFFEF: em += 1
            default: em += 0.58
            }
        }
        return em * fontSize
    }

    /// `text` shortened with "…" to fit `maxWidth`, or unchanged when it fits.
    static func fitted(_ text: String, maxWidth: Double, fontSize: Double = SVGChart.fontSize) -> String {
        guard width(text, fontSize: fontSize) > maxWidth else { return text }
        var shown = ""
        let ellipsis = width("…", fontSize: fontSize)
        for character in text {
            if width(shown + String(character), fontSize: fontSize) + ellipsis > maxWidth { break }
            shown.append(character)
        }
        return shown.trimmingCharacters(in: .whitespaces) + "…"
    }
}

// MARK: - Series styles

/// How one vendor's line or polygon is told apart: by colour on screen, and by its dash pattern and marker
/// shape on a black-and-white print.
struct SVGSeriesStyle {
    enum Marker: CaseIterable { case circle, square, triangle, diamond, cross, triangleDown }

    var color: String
    var dash: String?
    var marker: Marker

    /// Okabe and Ito's colour-blind-safe palette, without its yellow (too light on paper).
    static let colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
    static let dashes: [String?] = [nil, "7 4", "2 3", "9 3 2 3", "4 4", "12 4"]

    static func at(_ index: Int) -> SVGSeriesStyle {
        let markers = Marker.allCases
        return SVGSeriesStyle(
            color: colors[index % colors.count],
            dash: dashes[(index + index / dashes.count) % dashes.count],
            marker: markers[index % markers.count])
    }
}

// MARK: - Canvas

/// A point in the left-to-right layout, before mirroring.
struct SVGPoint {
    var x: Double
    var y: Double
    init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// Where a text's start (in its reading direction) sits: with `direction="rtl"` SVG puts the start — the
/// right edge — at `x`, so a label anchored `end` in the left-to-right layout ends up with its left edge at
/// the mirrored `x`. The anchor *values* therefore stay as laid out; it is what they mean that swaps.
enum SVGAnchor: String {
    case start, middle, end
}

/// An SVG drawing in progress. Charts lay out left to right; the canvas mirrors every horizontal position
/// for right-to-left languages, so each chart has one layout and Persian is its mirror image.
struct SVGCanvas {
    typealias Attributes = [(String, String?)]

    let width: Double
    let language: Language
    let id: String
    private var definitions: [String] = []
    private var elements: [String] = []

    init(kind: String, content: String, language: Language, width: Double = SVGChart.width) {
        self.width = width
        self.language = language
        self.id = SVGChart.identifier(kind: kind, content: "\(language.rawValue)|\(content)")
    }

    var isRightToLeft: Bool { language.isRightToLeft }

    /// A horizontal position of the left-to-right layout, mirrored for right-to-left languages.
    func x(_ x: Double) -> Double { isRightToLeft ? width - x : x }

    /// The hatching that marks something excluded (a knocked-out vendor, a lowered weight).
    mutating func hatch(_ name: String, color: String = "#444444", background: String = "#ffffff") -> String {
        let patternID = "\(id)-\(name)"
        definitions.append(
            SVGMarkup.element(
                "pattern",
                [
                    ("id", patternID), ("width", "6"), ("height", "6"), ("patternUnits", "userSpaceOnUse"),
                    ("patternTransform", "rotate(45)"),
                ],
                content: SVGMarkup.element("rect", [("width", "6"), ("height", "6"), ("fill", background)])
                    + SVGMarkup.element(
                        "line", [("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "6"), ("stroke", color), ("stroke-width", "2")])
            ))
        return "url(#\(patternID))"
    }

    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, _ attributes: Attributes, title: String? = nil
    ) {
        let left = width < 0 ? x + width : x
        let size = abs(width)
        let mirrored = isRightToLeft ? self.width - left - size : left
        elements.append(
            SVGMarkup.element(
                "rect",
                [
                    ("x", SVGMarkup.number(mirrored)), ("y", SVGMarkup.number(y)), ("width", SVGMarkup.number(size)),
                    ("height", SVGMarkup.number(max(height, 0))),
                ] + attributes, content: title.map(SVGMarkup.title)))
    }

    mutating func line(from start: SVGPoint, to end: SVGPoint, _ attributes: Attributes) {
        elements.append(
            SVGMarkup.element(
                "line",
                [
                    ("x1", SVGMarkup.number(x(start.x))), ("y1", SVGMarkup.number(start.y)),
                    ("x2", SVGMarkup.number(x(end.x))), ("y2", SVGMarkup.number(end.y)),
                ] + attributes))
    }

    mutating func polygon(_ points: [SVGPoint], _ attributes: Attributes, title: String? = nil) {
        elements.append(
            SVGMarkup.element("polygon", [("points", pointList(points))] + attributes, content: title.map(SVGMarkup.title)))
    }

    mutating func polyline(_ points: [SVGPoint], _ attributes: Attributes, title: String? = nil) {
        elements.append(
            SVGMarkup.element("polyline", [("points", pointList(points))] + attributes, content: title.map(SVGMarkup.title)))
    }

    mutating func circle(center: SVGPoint, radius: Double, _ attributes: Attributes) {
        elements.append(
            SVGMarkup.element(
                "circle",
                [
                    ("cx", SVGMarkup.number(x(center.x))), ("cy", SVGMarkup.number(center.y)),
                    ("r", SVGMarkup.number(radius)),
                ] + attributes))
    }

    /// A series marker (all shapes are symmetric about the vertical, so only the centre is mirrored).
    mutating func marker(
        _ shape: SVGSeriesStyle.Marker, at center: SVGPoint, size: Double = 4, color: String, title: String? = nil
    ) {
        let cx = x(center.x)
        let cy = center.y
        let s = size
        let points: [(Double, Double)]
        switch shape {
        case .circle:
            elements.append(
                SVGMarkup.element(
                    "circle",
                    [
                        ("class", "marker"), ("cx", SVGMarkup.number(cx)), ("cy", SVGMarkup.number(cy)),
                        ("r", SVGMarkup.number(s)), ("fill", color), ("stroke", "#ffffff"), ("stroke-width", "0.8"),
                    ], content: title.map(SVGMarkup.title)))
            return
        case .square: points = [(-s, -s), (s, -s), (s, s), (-s, s)]
        case .triangle: points = [(0, -s * 1.2), (s * 1.1, s * 0.8), (-s * 1.1, s * 0.8)]
        case .triangleDown: points = [(0, s * 1.2), (s * 1.1, -s * 0.8), (-s * 1.1, -s * 0.8)]
        case .diamond: points = [(0, -s * 1.3), (s * 1.3, 0), (0, s * 1.3), (-s * 1.3, 0)]
        case .cross:
            let t = s * 0.4
            points = [
                (-t, -s), (t, -s), (t, -t), (s, -t), (s, t), (t, t), (t, s), (-t, s), (-t, t), (-s, t), (-s, -t), (-t, -t),
            ]
        }
        let list = points.map { "\(SVGMarkup.number(cx + $0.0)),\(SVGMarkup.number(cy + $0.1))" }.joined(separator: " ")
        elements.append(
            SVGMarkup.element(
                "polygon",
                [("class", "marker"), ("points", list), ("fill", color), ("stroke", "#ffffff"), ("stroke-width", "0.8")],
                content: title.map(SVGMarkup.title)))
    }

    /// A text whose reading start is at `point` (see `SVGAnchor`); shortened to `maxWidth` with the full text
    /// kept as its tooltip.
    mutating func text(
        _ text: String, at point: SVGPoint, anchor: SVGAnchor = .start, size: Double = SVGChart.fontSize,
        maxWidth: Double? = nil, _ attributes: Attributes = [], title: String? = nil
    ) {
        let clean = SVGMarkup.singleLine(text)
        let shown = maxWidth.map { SVGTextMetrics.fitted(clean, maxWidth: $0, fontSize: size) } ?? clean
        let tooltip = title ?? (shown == clean ? nil : clean)
        var base: Attributes = [("x", SVGMarkup.number(x(point.x))), ("y", SVGMarkup.number(point.y))]
        if anchor != .start { base.append(("text-anchor", anchor.rawValue)) }
        base.append(("direction", language.direction))
        if size != SVGChart.fontSize { base.append(("font-size", SVGMarkup.number(size))) }
        elements.append(
            SVGMarkup.element(
                "text", base + attributes, content: SVGMarkup.escape(shown) + (tooltip.map(SVGMarkup.title) ?? "")))
    }

    /// The legend: one entry after another in reading order, wrapping onto new rows; returns the y below it.
    mutating func legend(_ entries: [SVGLegendEntry], top: Double, left: Double, right: Double) -> Double {
        guard !entries.isEmpty else { return top }
        let rowHeight = 20.0
        var cursor = left
        var y = top + 10
        for entry in entries {
            let label = SVGMarkup.singleLine(entry.label)
            let entryWidth = 30 + min(SVGTextMetrics.width(label), right - left - 30) + 18
            if cursor > left, cursor + entryWidth > right {
                cursor = left
                y += rowHeight
            }
            switch entry.symbol {
            case .swatch(let fill, let stroke, let strokeWidth):
                rect(
                    x: cursor + 4, y: y - 6, width: 18, height: 12,
                    [("class", "legend-swatch"), ("fill", fill), ("stroke", stroke), ("stroke-width", strokeWidth)])
            case .series(let style):
                line(
                    from: SVGPoint(cursor, y), to: SVGPoint(cursor + 24, y),
                    [("class", "legend-line"), ("stroke", style.color), ("stroke-width", "2"), ("stroke-dasharray", style.dash)])
                marker(style.marker, at: SVGPoint(cursor + 12, y), size: 3.5, color: style.color)
            case .line(let color, let dash):
                line(
                    from: SVGPoint(cursor, y), to: SVGPoint(cursor + 24, y),
                    [("class", "legend-line"), ("stroke", color), ("stroke-width", "2"), ("stroke-dasharray", dash)])
            }
            text(label, at: SVGPoint(cursor + 30, y + 4), maxWidth: right - left - 30, [("class", "legend-label")])
            cursor += entryWidth
        }
        return y + 12
    }

    /// The finished `<svg>` element.
    func svg(kind: String, height: Double, title: String, description: String) -> String {
        let titleText = SVGMarkup.singleLine(title)
        let root: Attributes = [
            ("xmlns", "http://www.w3.org/2000/svg"), ("id", id), ("class", "crmkit-chart crmkit-chart-\(kind)"),
            ("viewBox", "0 0 \(SVGMarkup.number(width)) \(SVGMarkup.number(height.rounded(.up)))"),
            ("role", "img"), ("aria-label", titleText), ("aria-describedby", "\(id)-desc"),
            ("lang", language.rawValue), ("xml:lang", language.rawValue), ("direction", language.direction),
            ("font-family", SVGChart.fontFamily), ("font-size", SVGMarkup.number(SVGChart.fontSize)), ("fill", "#111111"),
        ]
        var content = SVGMarkup.element("title", [("id", "\(id)-title")], content: SVGMarkup.escape(titleText)) + "\n"
        content += SVGMarkup.element("desc", [("id", "\(id)-desc")], content: SVGMarkup.escape(description)) + "\n"
        if !definitions.isEmpty { content += "<defs>\n" + definitions.joined(separator: "\n") + "\n</defs>\n" }
        content += elements.joined(separator: "\n") + (elements.isEmpty ? "" : "\n")
        return SVGMarkup.element("svg", root, content: "\n" + content) + "\n"
    }

    private func pointList(_ points: [SVGPoint]) -> String {
        points.map { "\(SVGMarkup.number(x($0.x))),\(SVGMarkup.number($0.y))" }.joined(separator: " ")
    }
}

/// One entry of a chart's legend.
struct SVGLegendEntry {
    enum Symbol {
        case swatch(fill: String, stroke: String?, strokeWidth: String?)
        case series(SVGSeriesStyle)
        case line(color: String, dash: String?)
    }
    var symbol: Symbol
    var label: String
}

// MARK: - Markup

/// Writing SVG elements as text, XML-safe.
enum SVGMarkup {
    /// `<name a="v" …>content</name>`, or `<name … />` without content; attributes without a value are left out.
    static func element(_ name: String, _ attributes: [(String, String?)], content: String? = nil) -> String {
        var result = "<" + name
        for (key, value) in attributes {
            guard let value else { continue }
            result += " \(key)=\"\(escape(value))\""
        }
        guard let content else { return result + "/>" }
        return result + ">" + content + "</\(name)>"
    }

    /// A tooltip: a `<title>` child of the element it describes.
    static func title(_ text: String) -> String {
        "<title>\(escape(singleLine(text)))</title>"
    }

    /// `HTMLText.escape`, after dropping the characters XML 1.0 does not allow at all (control characters
    /// other than tab, line feed and carriage return; U+FFFE and U+FFFF), which no escape can carry.
    static func escape(_ text: String) -> String {
        var allowed = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: allowed.append(scalar)
            default: continue
            }
        }
        return HTMLText.escape(String(allowed))
    }

    /// A label on one line: SVG text does not wrap, and a line break would only show as a space.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// A coordinate: at most two decimals, no trailing zeros, never `-0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "0" }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int64(rounded == 0 ? 0 : rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
