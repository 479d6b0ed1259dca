import Foundation
import Localization
import Reports
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An SVG read back with Foundation's SAX parser: every element in document order, its attributes, its own
/// text (not its children's) and its parent. Parsing at all proves the chart is well-formed XML.
struct ParsedSVG {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
        var parent: Int?
        var classes: Set<String> { Set((attributes["class"] ?? "").split(separator: " ").map(String.init)) }
        func number(_ key: String) -> Double { Double(attributes[key] ?? "") ?? .nan }
    }

    var elements: [Element] = []

    init(_ svg: String) throws {
        let reader = Reader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        guard parser.parse() else {
            throw ParseError(message: parser.parserError.map { "\($0)" } ?? "unknown", svg: svg)
        }
        elements = reader.elements
    }

    struct ParseError: Error, CustomStringConvertible {
        var message: String
        var svg: String
        var description: String { "not well-formed: \(message)\n\(svg)" }
    }

    var root: Element? { elements.first }
    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }
    func all(_ name: String, withClass className: String) -> [Element] {
        elements.filter { $0.name == name && $0.classes.contains(className) }
    }
    /// The `<text>` elements' own text.
    var texts: [String] { all("text").map(\.text) }
    /// The elements directly inside the element at `index`.
    func children(of index: Int) -> [Element] { elements.filter { $0.parent == index } }

    private final class Reader: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var open: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append(Element(name: name, attributes: attributes, parent: open.last))
            open.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let current = open.last { elements[current].text += string }
        }
    }
}

@Suite("SVG charts")
struct SVGChartTests {
    static let hostile = "<script>alert(\"x\")</script> & 'quoted'"

    static func bars(_ language: Language, labels: [String] = ["Alpha", "Beta", "Gamma"]) -> SVGChart.Bars {
        let values = [3.0, 4.25, 1.5]
        let states: [SVGChart.Bars.Bar.State] = [.plain, .recommended, .knockedOut(reason: "No Persian UI")]
        return SVGChart.Bars(
            title: language == .fa ? "امتیاز کل فروشندگان" : "Vendors' totals",
            bars: labels.indices.map { SVGChart.Bars.Bar(label: labels[$0], value: values[$0 % 3], state: states[$0 % 3]) },
            scaleMax: 5, language: language)
    }

    static func radar(_ language: Language, vendors: [String] = ["Alpha", "Beta"]) -> SVGChart.Radar {
        SVGChart.Radar(
            title: "Profiles", criteria: ["Usability", "Integration", "Cost", "Support", "Reporting"],
            series: vendors.enumerated().map { index, name in
                SVGChart.Radar.Series(label: name, values: [4, 3.5, Double(index + 1), nil, 2.25])
            }, scale: 0...5, language: language)
    }

    static func tornado(_ language: Language, labels: [String] = ["Usability", "Cost", "Support", "Security"])
        -> SVGChart.Tornado
    {
        let ends: [(Double?, Double?)] = [(0.10, 0.20), (-0.05, 0.40), (0.15, 0.15), (0.02, 0.18)]
        return SVGChart.Tornado(
            title: "Sensitivity",
            rows: labels.enumerated().map { SVGChart.Tornado.Row(label: $1, atLow: ends[$0 % 4].0, atHigh: ends[$0 % 4].1) },
            centre: 0.15, reference: .init(value: 0, label: "winner changes"), language: language)
    }

    static func heatMap(_ language: Language, rows: [String] = ["Usability", "Cost", "Support"]) -> SVGChart.HeatMap {
        SVGChart.HeatMap(
            title: "Evaluator spread", rowLabels: rows, columnLabels: ["Alpha", "Beta"],
            values: [[0.2, 1.8], [nil, 0.9], [1.2]], threshold: 1.0, range: 0...2, language: language)
    }

    static func cost(_ language: Language, vendors: [String] = ["Alpha", "Beta", "Gamma"]) -> SVGChart.CostOverYears {
        SVGChart.CostOverYears(
            title: "Cost of ownership",
            series: vendors.enumerated().map { index, name in
                SVGChart.CostOverYears.Series(
                    label: name, cumulativeCosts: (0...5).map { Double(100 + 40 * index) + Double($0 * (30 - 5 * index)) })
            }, budget: 250, language: language, formatMoney: { "M" + PersianDigits.digits(String(Int($0)), for: language) })
    }

    /// Every chart, in a language, with its usual data.
    static func all(_ language: Language) -> [String] {
        [bars(language).svg, radar(language).svg, tornado(language).svg, heatMap(language).svg, cost(language).svg]
    }

    /// Every chart with nothing to show.
    static func empties(_ language: Language) -> [String] {
        [
            SVGChart.Bars(title: "t", bars: [], language: language).svg,
            SVGChart.Radar(title: "t", criteria: [], series: [], scale: 0...5, language: language).svg,
            SVGChart.Radar(title: "t", criteria: ["a"], series: [], scale: 0...5, language: language).svg,
            SVGChart.Tornado(title: "t", rows: [], centre: 0, language: language).svg,
            SVGChart.HeatMap(title: "t", rowLabels: [], columnLabels: [], values: [], language: language).svg,
            SVGChart.CostOverYears(title: "t", series: [], language: language, formatMoney: { "\($0)" }).svg,
            SVGChart.CostOverYears(
                title: "t", series: [.init(label: "a", cumulativeCosts: [])], language: language, formatMoney: { "\($0)" }
            ).svg,
        ]
    }

    // MARK: Every chart

    @Test("every chart is well-formed, an accessible image with a title and a description", arguments: Language.allCases)
    func accessible(_ language: Language) throws {
        for svg in Self.all(language) + Self.empties(language) {
            let parsed = try ParsedSVG(svg)
            let root = try #require(parsed.root)
            #expect(root.name == "svg")
            #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
            #expect(root.attributes["role"] == "img")
            #expect(root.attributes["aria-label"]?.isEmpty == false)
            #expect(root.attributes["lang"] == language.rawValue)
            #expect(root.attributes["viewBox"]?.hasPrefix("0 0 ") == true)
            #expect(root.attributes["width"] == nil, "sizes live in the viewBox only")
            let children = parsed.children(of: 0)
            #expect(children.first?.name == "title")
            #expect(children.first?.text == root.attributes["aria-label"])
            let description = try #require(children.first { $0.name == "desc" })
            #expect(!description.text.isEmpty)
            #expect(root.attributes["aria-describedby"] == description.attributes["id"])
            // Self-contained: nothing fetched, no script.
            #expect(parsed.all("script").isEmpty && parsed.all("image").isEmpty && parsed.all("style").isEmpty)
            #expect(!svg.contains("href") && !svg.contains("@import") && !svg.contains("url(http"))
            // Every text says which way it reads.
            #expect(parsed.all("text").allSatisfy { $0.attributes["direction"] == language.direction })
            // Every url(#…) reference points at something the chart defines.
            let ids = Set(parsed.elements.compactMap { $0.attributes["id"] })
            for reference in parsed.elements.compactMap({ $0.attributes["fill"] }) where reference.hasPrefix("url(#") {
                #expect(ids.contains(String(reference.dropFirst(5).dropLast())))
            }
        }
    }

    @Test("numbers use Persian digits and «٫» in Persian, Latin digits in English")
    func digits() throws {
        let latin = Set("0123456789")
        let persian = Set("۰۱۲۳۴۵۶۷۸۹")
        for svg in Self.all(.fa) {
            let texts = try ParsedSVG(svg).texts.joined()
            #expect(!texts.contains { latin.contains($0) }, "Latin digit in \(texts)")
            #expect(texts.contains { persian.contains($0) })
        }
        for svg in Self.all(.en) {
            let texts = try ParsedSVG(svg).texts.joined()
            #expect(!texts.contains { persian.contains($0) })
            #expect(texts.contains { latin.contains($0) })
        }
        #expect(try ParsedSVG(Self.bars(.fa).svg).texts.contains("۴٫۲۵ (پیشنهادی)"))
        #expect(try ParsedSVG(Self.bars(.en).svg).texts.contains("4.25 (recommended)"))
    }

    @Test("a hostile label is escaped everywhere and reads back unchanged", arguments: Language.allCases)
    func escaping(_ language: Language) throws {
        let label = Self.hostile
        let charts = [
            Self.bars(language, labels: [label, "b", "c"]).svg, Self.radar(language, vendors: [label]).svg,
            Self.tornado(language, labels: [label]).svg, Self.heatMap(language, rows: [label]).svg,
            Self.cost(language, vendors: [label]).svg,
            SVGChart.Bars(title: label, summary: label, bars: [.init(label: "a", value: 1)], language: language).svg,
        ]
        for svg in charts {
            #expect(!svg.contains("<script"))
            #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;"))
            let parsed = try ParsedSVG(svg)
            #expect(parsed.all("script").isEmpty)
            let readBack = parsed.elements.flatMap { [$0.text] + Array($0.attributes.values) }
            #expect(readBack.contains { $0.contains(label) })
        }
    }

    @Test("characters XML cannot carry are dropped, line breaks become spaces")
    func controlCharacters() throws {
        let svg = SVGChart.Bars(title: "a\u{0}b\nc", bars: [.init(label: "x\u{1B}y", value: 1)], language: .en).svg
        let parsed = try ParsedSVG(svg)
        #expect(parsed.root?.attributes["aria-label"] == "ab c")
        #expect(parsed.texts.contains("xy"))
    }

    @Test("two charts on one page get distinct ids")
    func distinctIDs() throws {
        let ids = try (Self.all(.en) + Self.all(.fa)).map { try ParsedSVG($0).root?.attributes["id"] ?? "" }
        #expect(Set(ids).count == ids.count)
        #expect(Self.bars(.en).svg == Self.bars(.en).svg, "the output is reproducible")
    }

    @Test("empty inputs draw a 'no data' chart", arguments: Language.allCases)
    func empty(_ language: Language) throws {
        for svg in Self.empties(language) {
            let texts = try ParsedSVG(svg).texts
            #expect(texts == [language == .fa ? "داده‌ای نیست" : "No data"])
        }
    }

    // MARK: Bars

    @Test("bars: one per total, the recommended one outlined, the knocked-out one hatched with its reason")
    func bars() throws {
        let parsed = try ParsedSVG(Self.bars(.en).svg)
        let bars = parsed.all("rect", withClass: "bar")
        #expect(bars.count == 3)
        #expect(bars[1].classes.contains("recommended") && bars[1].attributes["stroke"] != nil)
        let knockedOut = try #require(bars.first { $0.classes.contains("knocked-out") })
        #expect(knockedOut.attributes["fill"]?.hasPrefix("url(#") == true)
        let index = try #require(parsed.elements.firstIndex { $0.classes.contains("knocked-out") && $0.name == "rect" })
        #expect(parsed.children(of: index).first { $0.name == "title" }?.text == "Knocked out: No Persian UI")
        #expect(parsed.all("pattern").count == 1)
        #expect(parsed.texts.contains("1.50 (knocked out)"))
        #expect(parsed.texts.contains("3.00"))
        // The axis runs to the scale's maximum.
        #expect(parsed.texts.contains("5") && !parsed.texts.contains("6"))
        let description = try #require(parsed.all("desc").first).text
        #expect(description == "Alpha: 3.00; Beta: 4.25 (recommended); Gamma: 1.50 (knocked out: No Persian UI).")
    }

    @Test("bars grow rightwards in English and leftwards in Persian, labels on the other side")
    func barsMirrored() throws {
        func geometry(_ language: Language) throws -> (bars: [ParsedSVG.Element], labels: [ParsedSVG.Element]) {
            let chart = SVGChart.Bars(
                title: "t", bars: [1, 2, 3].map { (value: Double) in SVGChart.Bars.Bar(label: "v\(Int(value))", value: value) },
                language: language)
            let parsed = try ParsedSVG(chart.svg)
            return (parsed.all("rect", withClass: "bar"), parsed.all("text", withClass: "category-label"))
        }
        let english = try geometry(.en)
        #expect(Set(english.bars.map { $0.number("x") }).count == 1, "all bars start at zero")
        #expect(english.bars.map { $0.number("width") } == english.bars.map { $0.number("width") }.sorted())
        #expect(english.labels.allSatisfy { $0.number("x") < english.bars[0].number("x") })
        #expect(english.labels.allSatisfy { $0.attributes["text-anchor"] == "end" })

        let persian = try geometry(.fa)
        let xs = persian.bars.map { $0.number("x") }
        #expect(zip(xs, xs.dropFirst()).allSatisfy { $0 > $1 }, "bigger bars reach further left: \(xs)")
        let rightEdges = persian.bars.map { $0.number("x") + $0.number("width") }
        #expect(Set(rightEdges).count == 1, "all bars start at the zero line on the right")
        #expect(persian.labels.allSatisfy { $0.number("x") > rightEdges[0] })
        // Mirrored exactly: the same widths, the same distance from the other edge.
        #expect(persian.bars.map { $0.number("width") } == english.bars.map { $0.number("width") })
        #expect(abs((640 - rightEdges[0]) - english.bars[0].number("x")) < 0.01)
    }

    @Test("a zero value draws an empty bar, a negative one grows the other way", arguments: Language.allCases)
    func barsZeroAndNegative(_ language: Language) throws {
        let chart = SVGChart.Bars(
            title: "t", bars: [.init(label: "zero", value: 0), .init(label: "minus", value: -2), .init(label: "plus", value: 3)],
            language: language)
        let parsed = try ParsedSVG(chart.svg)
        let bars = parsed.all("rect", withClass: "bar")
        let zeroLine = try #require(parsed.all("line", withClass: "zero-line").first).number("x1")
        #expect(bars[0].number("width") == 0)
        let negativeOnLeft = bars[1].number("x") + bars[1].number("width") <= zeroLine + 0.01
        let positiveOnRight = bars[2].number("x") >= zeroLine - 0.01
        #expect(negativeOnLeft == (language == .en))
        #expect(positiveOnRight == (language == .en))
        #expect(parsed.texts.contains(language == .fa ? "‎−۲٫۰۰" : "-2.00"))
    }

    @Test("a single bar, and a bar without a value")
    func singleBar() throws {
        let one = try ParsedSVG(SVGChart.Bars(title: "t", bars: [.init(label: "only", value: 2)], language: .en).svg)
        #expect(one.all("rect", withClass: "bar").count == 1)
        let none = try ParsedSVG(
            SVGChart.Bars(title: "t", bars: [.init(label: "out", value: nil, state: .knockedOut(reason: ""))], language: .en)
                .svg)
        #expect(none.all("rect", withClass: "bar").isEmpty)
        #expect(none.texts.contains("— (knocked out)"))
    }

    // MARK: Radar

    @Test("radar: one polygon per vendor, one label per criterion, a legend entry per vendor")
    func radar() throws {
        let parsed = try ParsedSVG(Self.radar(.en, vendors: ["Alpha", "Beta", "Gamma"]).svg)
        let series = parsed.all("polygon", withClass: "series")
        #expect(series.count == 3)
        #expect(series.allSatisfy { $0.attributes["points"]?.split(separator: " ").count == 5 })
        #expect(
            parsed.all("text", withClass: "axis-label").map(\.text) == [
                "Usability", "Integration", "Cost", "Support", "Reporting",
            ])
        #expect(parsed.all("text", withClass: "legend-label").map(\.text) == ["Alpha", "Beta", "Gamma"])
        // Four scores each (one is missing), each with a marker; the legend adds one per vendor.
        let markers = parsed.elements.filter { $0.classes.contains("marker") }
        #expect(markers.count == 3 * 4 + 3)
        // Told apart without colour: distinct dash patterns.
        #expect(Set(series.map { $0.attributes["stroke-dasharray"] ?? "solid" }).count == 3)
        let description = try #require(parsed.all("desc").first).text
        #expect(description.contains("Alpha: Usability 4.0, Integration 3.5, Cost 1.0, Support no score, Reporting 2.3"))
    }

    @Test("radar axes go clockwise in English and counter-clockwise in Persian")
    func radarMirrored() throws {
        func secondLabelX(_ language: Language) throws -> Double {
            try ParsedSVG(Self.radar(language).svg).all("text", withClass: "axis-label")[1].number("x")
        }
        #expect(try secondLabelX(.en) > 320)
        #expect(try secondLabelX(.fa) < 320)
        #expect(abs(try secondLabelX(.en) - 320 - (320 - secondLabelX(.fa))) < 0.01)
    }

    @Test("radar with one or two criteria and one vendor still draws", arguments: [1, 2])
    func radarFewCriteria(_ count: Int) throws {
        let chart = SVGChart.Radar(
            title: "t", criteria: Array(["a", "b"].prefix(count)), series: [.init(label: "v", values: [-1, 9])],
            scale: 0...5, language: .fa)
        let parsed = try ParsedSVG(chart.svg)
        #expect(parsed.all("polygon", withClass: "series").count == 1)
        #expect(!parsed.all("circle", withClass: "grid").isEmpty)
    }

    // MARK: Tornado

    @Test("tornado: widest first, both ends labelled, the row that cannot move marked last")
    func tornado() throws {
        let parsed = try ParsedSVG(Self.tornado(.en).svg)
        #expect(parsed.all("text", withClass: "category-label").map(\.text) == ["Cost", "Security", "Usability", "Support"])
        #expect(parsed.all("rect", withClass: "low").count == 3)
        #expect(parsed.all("rect", withClass: "high").count == 3)
        #expect(parsed.all("text", withClass: "no-change").map(\.text) == ["no change possible"])
        #expect(parsed.all("text", withClass: "end-label").count == 6)
        #expect(parsed.all("text", withClass: "end-label").map(\.text).prefix(2) == ["-0.05", "0.40"])
        #expect(parsed.all("line", withClass: "centre-line").count == 1)
        #expect(parsed.all("line", withClass: "reference-line").count == 1)
        #expect(parsed.texts.contains("today: 0.15"))
        #expect(parsed.texts.contains("winner changes"))
    }

    @Test("tornado end labels do not run into each other when both ends lie on one side")
    func tornadoOneSide() throws {
        let chart = SVGChart.Tornado(title: "t", rows: [.init(label: "c", atLow: 0.101, atHigh: 0.1)], centre: 0, language: .en)
        let labels = try ParsedSVG(chart.svg).all("text", withClass: "end-label")
        #expect(labels.count == 2)
        #expect(abs(labels[0].number("x") - labels[1].number("x")) > 20)
    }

    @Test("tornado: the raised-weight end lies right of the centre in English, left in Persian")
    func tornadoMirrored() throws {
        for language in Language.allCases {
            let parsed = try ParsedSVG(Self.tornado(language).svg)
            let centre = try #require(parsed.all("line", withClass: "centre-line").first).number("x1")
            let high = parsed.all("rect", withClass: "high")[0]
            let low = parsed.all("rect", withClass: "low")[0]
            if language == .en {
                #expect(high.number("x") >= centre - 0.01 && low.number("x") + low.number("width") <= centre + 0.01)
            } else {
                #expect(high.number("x") + high.number("width") <= centre + 0.01 && low.number("x") >= centre - 0.01)
            }
        }
    }

    @Test("tornado rows without values are marked as unable to move")
    func tornadoWithoutValues() throws {
        let chart = SVGChart.Tornado(title: "t", rows: [.init(label: "only", atLow: nil, atHigh: nil)], centre: 0, language: .fa)
        let parsed = try ParsedSVG(chart.svg)
        #expect(parsed.all("rect", withClass: "bar").isEmpty)
        #expect(parsed.all("text", withClass: "no-change").map(\.text) == ["تغییری ممکن نیست"])
    }

    // MARK: Heat map

    @Test("heat map: a cell per row and column, numbers written, high ones outlined, missing ones empty")
    func heatMap() throws {
        let parsed = try ParsedSVG(Self.heatMap(.en).svg)
        let cells = parsed.all("rect", withClass: "cell")
        #expect(cells.count == 3 * 2)
        #expect(parsed.all("rect", withClass: "missing").count == 2)
        let outlined = parsed.all("rect", withClass: "above-threshold")
        #expect(outlined.count == 2)
        #expect(outlined.allSatisfy { $0.attributes["stroke"] == "#000000" })
        #expect(parsed.all("text", withClass: "cell-value").map(\.text) == ["0.20", "1.80", "0.90", "1.20"])
        #expect(parsed.all("text", withClass: "column-label").map(\.text) == ["Alpha", "Beta"])
        #expect(parsed.texts.contains("above 1.00"))
    }

    @Test("heat map shades darken with the value, in grey too, and dark cells get white numbers")
    func heatMapPalette() throws {
        let values: [Double] = [0, 0.5, 1, 1.5, 2]
        let chart = SVGChart.HeatMap(
            title: "t", rowLabels: ["r"], columnLabels: values.map { "\($0)" }, values: [values.map { $0 }], language: .en)
        let parsed = try ParsedSVG(chart.svg)
        func grey(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16) ?? 0
            let (r, g, b) = (Double(value >> 16 & 0xFF), Double(value >> 8 & 0xFF), Double(value & 0xFF))
            return 0.299 * r + 0.587 * g + 0.114 * b
        }
        let greys = parsed.all("rect", withClass: "cell").map { grey($0.attributes["fill"] ?? "") }
        #expect(zip(greys, greys.dropFirst()).allSatisfy { $0 > $1 + 10 }, "\(greys)")
        let numbers = parsed.all("text", withClass: "cell-value")
        #expect(numbers.first?.attributes["fill"] == "#111111")
        #expect(numbers.last?.attributes["fill"] == "#ffffff")
    }

    @Test("heat map columns run right to left in Persian, row labels on the right")
    func heatMapMirrored() throws {
        let parsed = try ParsedSVG(Self.heatMap(.fa).svg)
        let columns = parsed.all("text", withClass: "column-label").map { $0.number("x") }
        #expect(columns[0] > columns[1])
        let cells = parsed.all("rect", withClass: "cell")
        #expect(
            parsed.all("text", withClass: "row-label").allSatisfy { label in
                cells.allSatisfy { label.number("x") > $0.number("x") + $0.number("width") }
            })
    }

    @Test("a heat map with one cell, and a negative value")
    func heatMapSingle() throws {
        let chart = SVGChart.HeatMap(title: "t", rowLabels: ["r"], columnLabels: ["c"], values: [[-0.5]], language: .fa)
        let parsed = try ParsedSVG(chart.svg)
        #expect(parsed.all("rect", withClass: "cell").count == 1)
        #expect(parsed.all("text", withClass: "cell-value").map(\.text) == ["‎−۰٫۵۰"])
    }

    // MARK: Cost over years

    @Test("cost: a line per vendor through years 0…N, the budget dashed, money written by the caller")
    func cost() throws {
        let parsed = try ParsedSVG(Self.cost(.en).svg)
        let lines = parsed.all("polyline", withClass: "series")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.attributes["points"]?.split(separator: " ").count == 6 })
        #expect(parsed.elements.filter { $0.classes.contains("marker") }.count == 3 * 6 + 3)
        let budget = try #require(parsed.all("line", withClass: "budget").first)
        #expect(budget.attributes["stroke-dasharray"] != nil)
        #expect(parsed.texts.contains("Budget: M250"))
        #expect(parsed.all("text", withClass: "tick-label").map(\.text).contains("M100"))
        #expect(parsed.all("text", withClass: "tick-label").map(\.text).suffix(6) == ["0", "1", "2", "3", "4", "5"])
        let description = try #require(parsed.all("desc").first).text
        #expect(description.contains("Alpha: year 0 M100, year 1 M130"))
        #expect(description.contains("(over budget from year 5)"))
    }

    @Test("cost: year 0 on the left in English, on the right in Persian")
    func costMirrored() throws {
        func yearXs(_ language: Language) throws -> [Double] {
            try ParsedSVG(Self.cost(language).svg).all("text", withClass: "tick-label").suffix(6).map { $0.number("x") }
        }
        let english = try yearXs(.en)
        let persian = try yearXs(.fa)
        #expect(english == english.sorted())
        #expect(persian == persian.sorted(by: >))
        let persianAxis = try ParsedSVG(Self.cost(.fa).svg).all("text", withClass: "tick-label").first
        #expect((persianAxis?.number("x") ?? 0) > persian[0], "money axis on the right")
    }

    @Test("cost with a single year, a single vendor and a negative amount")
    func costSingle() throws {
        let chart = SVGChart.CostOverYears(
            title: "t", series: [.init(label: "only", cumulativeCosts: [-40])], language: .en, formatMoney: { "\($0)" })
        let parsed = try ParsedSVG(chart.svg)
        #expect(parsed.all("polyline", withClass: "series").count == 1)
        #expect(parsed.all("line", withClass: "budget").isEmpty)
        #expect(parsed.all("line", withClass: "zero-line").count == 1)
    }
}
