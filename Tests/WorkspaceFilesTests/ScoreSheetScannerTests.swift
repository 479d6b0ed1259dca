import Foundation
import Localization
import SelectionWorkshop
import Testing

@testable import WorkspaceFiles

/// `ScoreSheetScanner` may only ever be a shortcut: for every file it accepts, the ordinary reader must give
/// the same sheet, no diagnostic, and the same position for every value; everything else it must decline.
@Suite("Score sheet scanner")
struct ScoreSheetScannerTests {
    static let criteria = (1...6).map { Criterion.ID("c\($0)") } + [Criterion.ID("cost.total"), Criterion.ID("ux_2")]
    static let vendors = ["acme", "abrak", "nilgoon-2"].map { Vendor.ID($0) }
    static let vocabulary = ScoreSheetScanner.Vocabulary(criteria: criteria, vendors: vendors)
    static let file = "scores/maryam.yaml"

    /// The ordinary reader's sheet, diagnostics and positions of `text`.
    static func ordinary(_ text: String) -> (ScoreSheet?, [Diagnostic], [FieldOrigin: SelectionWorkshop.SourceLocation]) {
        let (root, issues) = YAMLReader.read(Data(text.utf8))
        var diagnostics = issues.map { $0.diagnostic(in: file) }
        guard let root else { return (nil, diagnostics, [:]) }
        let reader = FileReader(file: file, language: .fa, currency: nil)
        let sheet = reader.decodeScoreSheet(reader.root(root))
        diagnostics += reader.diagnostics
        return (sheet, diagnostics, reader.locations)
    }

    static func scanned(_ text: String, limits: YAMLReadLimits = .standard) -> ScoreSheetScanner.Result? {
        ScoreSheetScanner.scan(Data(text.utf8), file: file, vocabulary: vocabulary, limits: limits)
    }

    /// Checks that an accepted file reads the same both ways; returns whether it was accepted.
    @discardableResult
    static func expectSameAsOrdinary(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        guard let fast = scanned(text) else { return false }
        let (sheet, diagnostics, locations) = ordinary(text)
        #expect(
            diagnostics.isEmpty, "accepted a file the reader reports: \(diagnostics)\n\(text)", sourceLocation: sourceLocation)
        #expect(fast.sheet == sheet, "a different sheet from\n\(text)", sourceLocation: sourceLocation)
        #expect(fast.scoreLocations.count == fast.sheet.scores.count, sourceLocation: sourceLocation)
        for (origin, location) in fast.locations {
            #expect(locations[origin] == location, "\(origin) at \(location)\n\(text)", sourceLocation: sourceLocation)
        }
        for (score, location) in zip(fast.sheet.scores, fast.scoreLocations) {
            let origin = fast.sheet.origin(of: score)
            #expect(locations[origin] == location, "\(origin) at \(location)\n\(text)", sourceLocation: sourceLocation)
        }
        return true
    }

    static let plain = """
        version: 1
        # the scores of Maryam — امتیازهای مریم
        evaluator: maryam
        submitted: yes
        scores:
          acme:
            c1: 4
            c2: 2.5   # half a point: the demo froze once
            cost.total: 3
          abrak:
              c1: 0
              ux_2: 5

              c3: 1
        """

    @Test func readsTheCommonShapeAsTheReaderDoes() throws {
        #expect(Self.expectSameAsOrdinary(Self.plain))
        let result = try #require(Self.scanned(Self.plain))
        #expect(result.sheet.evaluator.rawValue == "maryam")
        #expect(result.sheet.submitted)
        #expect(result.sheet.scores.map(\.value) == [4, 2.5, 3, 0, 5, 1])
        #expect(result.sheet.scores.map(\.vendor.rawValue) == ["acme", "acme", "acme", "abrak", "abrak", "abrak"])
        #expect(result.scoreLocations[1] == SelectionWorkshop.SourceLocation(line: 8, column: 9))
        #expect(
            result.locations[FieldOrigin(file: Self.file, path: [.key("scores"), .key("abrak")])] == .init(line: 11, column: 7))
    }

    @Test func crlfLineBreaksAndNoScores() {
        #expect(Self.expectSameAsOrdinary(Self.plain.replacingOccurrences(of: "\n", with: "\r\n")))
        #expect(Self.expectSameAsOrdinary("evaluator: maryam\nversion: 1.0\n"))
    }

    /// Shapes outside the scanner's: each is declined, so the ordinary reader reads (and reports) it.
    @Test(arguments: [
        ("a note in a flow mapping", "    c1: {score: 4, note: خوب}"),
        ("a quoted score", "    c1: \"4\""),
        ("a tab", "\tc1: 4"),
        ("a criterion the scorecard lacks", "    c9: 4"),
        ("a criterion twice", "    c1: 4\n    c1: 5"),
        ("a score that is not a number", "    c1: four"),
        ("an infinite score", "    c1: .inf"),
        ("a null score", "    c1: ~"),
        ("a null score in words", "    c1: null"),
        ("a score without a value", "    c1:"),
        ("a value glued to a comment", "    c1: 4#x"),
        ("a key glued to its value", "    c1:4"),
        ("a continued value", "    c1: 4\n      5"),
        ("a deeper key", "    c1: 4\n      c2: 5"),
        ("a digit separator", "    c1: 1_0"),
        ("a control character in a comment", "    c1: 4 # \u{7}"),
        ("a C1 control in a comment", "    c1: 4 # \u{9B}"),
        ("a list item", "    - c1: 4"),
        ("an anchor", "    c1: &a 4"),
        ("a lone carriage return", "    c1: 4\r    c2: 3"),
        ("a next-line character in a comment", "    c1: 4 # a\u{85}c2: 3"),
        ("a line separator in a comment", "    c1: 4 # a\u{2028}c2: 3"),
        ("a key longer than an id", "    \(String(repeating: "c", count: 65)): 4"),
    ])
    func declines(_ what: String, _ line: String) {
        let text = "version: 1\nevaluator: maryam\nscores:\n  acme:\n\(line)\n"
        #expect(Self.scanned(text) == nil, "accepted \(what)")
    }

    @Test(arguments: [
        ("no version", "evaluator: maryam\nscores:\n  acme:\n    c1: 4\n"),
        ("an unknown version", "version: 2\nevaluator: maryam\n"),
        ("no evaluator", "version: 1\nscores:\n  acme:\n    c1: 4\n"),
        ("a null evaluator", "version: 1\nevaluator: null\n"),
        ("an evaluator that is not an id", "version: 1\nevaluator: -x\n"),
        ("a key twice", "version: 1\nevaluator: maryam\nevaluator: reza\n"),
        ("an unknown key", "version: 1\nevaluator: maryam\nsubmited: yes\n"),
        ("submitted that is not yes or no", "version: 1\nevaluator: maryam\nsubmitted: بله\n"),
        ("empty scores", "version: 1\nevaluator: maryam\nscores:\n"),
        ("a vendor without scores", "version: 1\nevaluator: maryam\nscores:\n  acme:\n  abrak:\n    c1: 3\n"),
        ("a vendor twice", "version: 1\nevaluator: maryam\nscores:\n  acme:\n    c1: 3\n  acme:\n    c2: 3\n"),
        ("a vendor with a value", "version: 1\nevaluator: maryam\nscores:\n  acme: 3\n"),
        ("a document marker", "---\nversion: 1\nevaluator: maryam\n"),
        ("a byte-order mark", "\u{FEFF}version: 1\nevaluator: maryam\n"),
        ("an indented root", "  version: 1\n  evaluator: maryam\n"),
        ("an empty file", "# nothing yet\n"),
        ("invalid UTF-8", "version: 1\nevaluator: maryam # \u{FFFD}\n"),
    ])
    func declinesFiles(_ what: String, _ text: String) {
        var bytes = Array(text.utf8)
        if what == "invalid UTF-8" { bytes.replaceSubrange(bytes.count - 4..<bytes.count - 1, with: [0xC3, 0x28, 0x20]) }
        let result = ScoreSheetScanner.scan(Data(bytes), file: Self.file, vocabulary: Self.vocabulary)
        #expect(result == nil, "accepted \(what)")
    }

    @Test func declinesBeyondTheReadersNodeLimit() {
        // 1 root + 2 × 6 key lines = 13 nodes.
        let text = "version: 1\nevaluator: maryam\nscores:\n  acme:\n    c1: 4\n    c2: 4\n"
        #expect(Self.scanned(text, limits: YAMLReadLimits(maximumNodes: 13)) != nil)
        #expect(Self.scanned(text, limits: YAMLReadLimits(maximumNodes: 12)) == nil)
        #expect(YAMLReader.read(Data(text.utf8), limits: YAMLReadLimits(maximumNodes: 12)).root == nil)
        #expect(YAMLReader.read(Data(text.utf8), limits: YAMLReadLimits(maximumNodes: 13)).root != nil)
    }

    // MARK: Generated sheets

    /// A sheet in the common shape, laid out at random: key order, indents, blank lines, comments (Latin and
    /// Persian, on their own lines and after values), line breaks, `submitted` spellings, whole and decimal
    /// scores.
    static func generated(_ random: inout FuzzTests.SplitMix64) -> String {
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }
        func comment() -> String { pick(["# note", "# یادداشت ارزیاب", "#", "# 50% — ok?", "# 𝔘 ‌ x"]) }
        let vendorIndent = String(repeating: " ", count: pick([1, 2, 4]))
        var lines: [String] = []
        var top = ["version: \(pick(["1", "1.0", "01"]))", "evaluator: maryam"]
        if chance(70) { top.append("submitted: \(pick(["yes", "no", "true", "False", "ON", "off"]))") }
        var scores = ["scores:" + (chance(20) ? "  " + comment() : "")]
        for vendor in vendors.shuffled(using: &random).prefix(Int(random.next() % 3) + 1) {
            scores.append(vendorIndent + vendor.rawValue + ":")
            let criterionIndent = vendorIndent + String(repeating: " ", count: pick([1, 2, 3]))
            for criterion in criteria.shuffled(using: &random).prefix(Int(random.next() % 8) + 1) {
                let value = pick(["0", "1", "2", "3", "4", "5", "2.5", "3.0", "-1", "+4", "1e0", "007", "4.25"])
                var line = criterionIndent + criterion.rawValue + ":" + String(repeating: " ", count: pick([1, 1, 3])) + value
                if chance(15) { line += String(repeating: " ", count: pick([1, 2])) + comment() }
                if chance(10) { line += "  " }
                scores.append(line)
                if chance(8) { scores.append(pick(["", "   ", vendorIndent + comment(), comment()])) }
            }
        }
        if chance(50) { top.shuffle(using: &random) }
        let at = Int(random.next() % UInt64(top.count + 1))
        lines = Array(top[..<at]) + scores + Array(top[at...])
        if chance(30) { lines.insert(comment(), at: 0) }
        let text = lines.joined(separator: "\n") + (chance(80) ? "\n" : "")
        return chance(15) ? text.replacingOccurrences(of: "\n", with: "\r\n") : text
    }

    @Test func generatedSheetsReadTheSameBothWays() {
        var random = FuzzTests.SplitMix64(state: 20_261_123)
        var accepted = 0
        for _ in 0..<400 where Self.expectSameAsOrdinary(Self.generated(&random)) { accepted += 1 }
        // Every generated sheet is in the common shape, so every one must take the shortcut.
        #expect(accepted == 400)
    }

    /// Mutated sheets (flipped bytes, inserted YAML fragments, swapped and duplicated lines): whatever the
    /// scanner still accepts, the ordinary reader reads the same and finds nothing wrong with.
    @Test func mutatedSheetsAreAcceptedOnlyWhenTheReaderAgrees() {
        var random = FuzzTests.SplitMix64(state: 77)
        var accepted = 0
        for _ in 0..<3_000 {
            var bytes = Array(Self.generated(&random).utf8)
            for _ in 0..<Int(random.next() % 3) + 1 { FuzzTests.mutate(&bytes, &random) }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                #expect(ScoreSheetScanner.scan(Data(bytes), file: Self.file, vocabulary: Self.vocabulary) == nil)
                continue
            }
            if Self.expectSameAsOrdinary(text) { accepted += 1 }
        }
        // Many mutations leave a valid sheet (a changed digit, a swapped score line): the check above ran on them.
        #expect(accepted > 150)
    }

    // MARK: In a workspace

    /// A score off the scale is reported at its line and column whether its file took the shortcut or, with a
    /// note elsewhere in it, the ordinary way.
    @Test func diagnosticsPointAtTheSameLineEitherWay() throws {
        var files = try ExampleWorkspace().files
        let sheetFile = try #require(files.keys.first { $0.hasPrefix("scores/") })
        let loaded = WorkspaceLoader.load(files: files)
        let sheet = try #require(loaded.workspace.scoreSheets.first { $0.origin.file == sheetFile })
        let leaves = try #require(loaded.workspace.scorecard?.leaves)
        let vendor = try #require(sheet.scores.first?.vendor)
        var plain = "version: 1\nevaluator: \(sheet.evaluator)\nsubmitted: true\nscores:\n  \(vendor):\n"
        for (index, leaf) in leaves.enumerated() { plain += "    \(leaf.id): \(index == 1 ? "9" : "3")\n" }
        let noted = plain.replacingOccurrences(of: "\(leaves[0].id): 3", with: "\(leaves[0].id): {score: 3, note: خوب}")

        var located: [[String]] = []
        for text in [plain, noted] {
            files[sheetFile] = Data(text.utf8)
            let report = WorkspaceValidation.check(files: files, catalog: nil)
            located.append(
                report.diagnostics.filter { $0.origin.file == sheetFile }.map {
                    "\($0.rule) \($0.location?.line ?? 0):\($0.location?.column ?? 0)"
                })
        }
        #expect(located[0].contains("score-off-scale 7:\(7 + leaves[1].id.rawValue.count)"))
        #expect(located[0] == located[1])
        #expect(ScoreSheetScanner.scan(Data(plain.utf8), file: sheetFile, vocabulary: Self.vocabulary(of: loaded)) != nil)
        #expect(ScoreSheetScanner.scan(Data(noted.utf8), file: sheetFile, vocabulary: Self.vocabulary(of: loaded)) == nil)
    }

    static func vocabulary(of loaded: LoadedWorkspace) -> ScoreSheetScanner.Vocabulary {
        .init(
            criteria: loaded.workspace.scorecard?.leaves.map(\.id) ?? [], vendors: loaded.workspace.shortlist.vendors.map(\.id))
    }
}
