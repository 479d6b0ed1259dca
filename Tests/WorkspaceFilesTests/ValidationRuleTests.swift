import Foundation
import Localization
import SelectionWorkshop
import Testing

@testable import WorkspaceFiles

/// Each rule, shown on the complete example workspace with one change, must be reported with its rule name
/// at the file and line of the change.
@Suite("Validation of workspace files")
struct ValidationRuleTests {
    @Test("the complete example workspace validates without a problem")
    func exampleIsClean() throws {
        let report = try ExampleWorkspace().validate()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { $0.formatted(in: .en) })")
        #expect(report.files.count == 16)
        #expect(report.language == .fa)
    }

    @Test("the example is read into the domain completely")
    func exampleContent() throws {
        let loaded = WorkspaceLoader.load(files: try ExampleWorkspace().files)
        let workspace = loaded.workspace
        #expect(workspace.project?.project.languages == [.fa, .en])
        #expect(Set(workspace.stakeholders.stakeholders.map(\.group)) == Set(StakeholderGroup.allCases))
        #expect(workspace.vendors.count == 3)
        #expect(workspace.scoreSheets.count == 3)
        #expect(workspace.charters.count == 2)
        #expect(workspace.scorecard?.weighting == .pairwise)
        #expect(workspace.project?.diagnostics.count == DiagnosticQuestion.allCases.count)
        // Jalali dates are read as such and compare in time.
        let started = try #require(workspace.project?.project.started)
        #expect(started.kind == .jalali)
        #expect(started.converted(to: .gregorian).year >= 2025)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var target: String
        var replacement: String
        var rule: String
        var severity: Diagnostic.Severity = .error
        /// A missing field has no line of its own: it is reported where its mapping starts.
        var atMappingStart = false
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "wrong type", file: "project.yaml", target: "horizon_years: 5", replacement: "horizon_years: [5]",
            rule: "wrong-type"),
        Case(
            name: "text where a number belongs", file: "project.yaml", target: "horizon_years: 5",
            replacement: "horizon_years: five", rule: "wrong-type"),
        Case(
            name: "unknown key", file: "project.yaml", target: "horizon_years: 5", replacement: "horizon_yeras: 5",
            rule: "unknown-key"),
        Case(
            name: "duplicate key", file: "project.yaml", target: "  horizon_years: 5",
            replacement: "  horizon_years: 5\n  horizon_years: 6", rule: "duplicate-key"),
        Case(
            name: "unknown stakeholder", file: "requirements.yaml", target: "sources: [hamid, shirin, farhad]",
            replacement: "sources: [hamid, shirine, farhad]", rule: "unknown-reference"),
        Case(
            name: "non-reciprocal matrix", file: "scorecard.yaml", target: "      - [\"1/2\", 1, 2, 1, 1]",
            replacement: "      - [\"1/3\", 1, 2, 1, 1]", rule: "matrix-not-reciprocal"),
        Case(
            name: "non-square matrix", file: "scorecard.yaml", target: "      - [\"1/2\", 1, 2, 1, 1]",
            replacement: "      - [\"1/2\", 1, 2, 1]", rule: "matrix-not-square"),
        Case(
            name: "charter without owner", file: "charters/complaint-handling.yaml", target: "owner: مدیر مرکز تماس",
            replacement: "owners: مدیر مرکز تماس", rule: "charter-missing-field", atMappingStart: true),
        Case(
            name: "unknown APQC process", file: "charters/complaint-handling.yaml", target: "apqc: \"6.2.3\"",
            replacement: "apqc: \"6.9.9\"", rule: "unknown-apqc-process"),
        Case(
            name: "bad MoSCoW priority", file: "requirements.yaml", target: "priority: must", replacement: "priority: mustt",
            rule: "invalid-value"),
        Case(
            name: "invalid id", file: "requirements.yaml", target: "id: R-001", replacement: "id: \"R 001\"", rule: "invalid-id"),
        Case(
            name: "invalid date", file: "project.yaml", target: "started: ", replacement: "started: 1405-13-40 #",
            rule: "invalid-date"),
        Case(
            name: "unknown version", file: "plan.yaml", target: "version: 1", replacement: "version: 7", rule: "unknown-version"),
        Case(
            name: "YAML syntax", file: "stakeholders.yaml", target: "stakeholders:", replacement: "stakeholders: [",
            rule: "yaml-syntax"),
        Case(
            name: "alias", file: "consultants.yaml", target: "version: 1", replacement: "version: &v 1\nalias: *v", rule: "alias"),
        Case(
            name: "two documents", file: "consultants.yaml", target: "version: 1", replacement: "version: 1\n---\nversion: 1",
            rule: "multiple-documents"),
    ]

    @Test("a problem is named with its rule, file and line", arguments: cases)
    func problemIsLocated(_ testCase: Case) throws {
        var example = try ExampleWorkspace()
        let line = try example.replace(testCase.target, with: testCase.replacement, in: testCase.file)
        let report = try example.validate()
        let found = report.diagnostics.filter { $0.rule == testCase.rule }
        #expect(!found.isEmpty, "expected \(testCase.rule), got \(report.diagnostics.map { $0.formatted(in: .en) })")
        let diagnostic = try #require(found.first)
        #expect(diagnostic.origin.file == testCase.file)
        #expect(diagnostic.severity == testCase.severity)
        let location = try #require(diagnostic.location)
        if testCase.atMappingStart {
            #expect(location.line == 1)
            // …and the misspelt key itself is reported on its line.
            #expect(report.diagnostics.contains { $0.rule == "unknown-key" && $0.location?.line == line })
        } else {
            // The problem is on the changed line or, for a change spanning lines, just after it.
            #expect((line...line + 2).contains(location.line), "reported at \(location.line), changed \(line)")
        }
        #expect(location.column >= 1)
        #expect(report.isValid == (testCase.severity == .warning))
        for diagnostic in report.diagnostics {
            #expect(diagnostic.message.isBilingual && diagnostic.fix.isBilingual)
        }
    }

    @Test("four different problems are all reported at once, each with its file and line")
    func allProblemsAtOnce() throws {
        var example = try ExampleWorkspace()
        let typeLine = try example.replace("horizon_years: 5", with: "horizon_years: lots", in: "project.yaml")
        let referenceLine = try example.replace(
            "sources: [hamid, shirin, farhad]", with: "sources: [hamid, sara, farhad]", in: "requirements.yaml")
        let matrixLine = try example.replace(
            "      - [\"1/2\", 1, 2, 1, 1]", with: "      - [\"1/3\", 1, 2, 1, 1]", in: "scorecard.yaml")
        let ownerLine = try example.replace("owner: مدیر مرکز تماس\n", with: "", in: "charters/complaint-handling.yaml")
        let report = try example.validate()
        #expect(!report.isValid)
        let expected: [(String, String)] = [
            ("wrong-type", "project.yaml"), ("unknown-reference", "requirements.yaml"),
            ("matrix-not-reciprocal", "scorecard.yaml"), ("charter-missing-field", "charters/complaint-handling.yaml"),
        ]
        for (rule, file) in expected {
            #expect(report.diagnostics.contains { $0.rule == rule && $0.origin.file == file }, "missing \(rule) in \(file)")
        }
        #expect(report.errorCount == 4, "\(report.diagnostics.map { $0.formatted(in: .en) })")
        let lines = Dictionary(report.diagnostics.map { ($0.rule, $0.location?.line ?? 0) }, uniquingKeysWith: { a, _ in a })
        #expect(lines["wrong-type"] == typeLine)
        #expect(lines["unknown-reference"] == referenceLine)
        #expect(lines["matrix-not-reciprocal"] == matrixLine)
        // The owner is missing, so it is reported where the charter's mapping starts, on its first line.
        #expect(ownerLine > 1)
        #expect(lines["charter-missing-field"] == 1)
        let owner = try #require(report.diagnostics.first { $0.rule == "charter-missing-field" })
        #expect(owner.message.text(in: .en).contains("owner"))
        #expect(owner.message.text(in: .fa).contains("مالک"))
    }

    @Test("an unknown reference suggests the closest id")
    func suggestion() throws {
        var example = try ExampleWorkspace()
        try example.replace("sources: [hamid, shirin, farhad]", with: "sources: [hamid, shirln, farhad]", in: "requirements.yaml")
        let diagnostic = try #require(try example.validate().diagnostics.first { $0.rule == "unknown-reference" })
        #expect(diagnostic.fix.text(in: .en).contains("\"shirin\""))
        #expect(diagnostic.origin.keyPath == "requirements[0].sources[1]")
    }

    @Test("every duplicate key of a file is reported, and reading goes on after them")
    func everyDuplicateKey() throws {
        var example = try ExampleWorkspace()
        try example.replace("  horizon_years: 5", with: "  horizon_years: 5\n  horizon_years: 6", in: "project.yaml")
        try example.replace("  currency: IRR", with: "  currency: IRR\n  currency: USD", in: "project.yaml")
        try example.replace("horizon_years: 5", with: "horizon_years: x", in: "project.yaml")
        let report = try example.validate()
        #expect(report.diagnostics.count { $0.rule == "duplicate-key" } == 2)
        #expect(report.diagnostics.contains { $0.rule == "wrong-type" })
    }

    @Test("a score off the scale and a score for an unknown criterion are errors in the evaluator's file")
    func scores() throws {
        var example = try ExampleWorkspace()
        let text = example.text("scores/arash.yaml")
        let line = try #require(
            text.split(separator: "\n", omittingEmptySubsequences: false).first { $0.contains("call-center: ") })
        let offScale = line.replacingOccurrences(of: #"call-center: \d"#, with: "call-center: 7", options: .regularExpression)
        let lineNumber = try example.replace(String(line), with: offScale, in: "scores/arash.yaml")
        let report = try example.validate()
        let diagnostic = try #require(report.diagnostics.first { $0.rule == "score-off-scale" })
        #expect(diagnostic.origin.file == "scores/arash.yaml")
        #expect(diagnostic.location?.line == lineNumber)
    }

    @Test("files written with Arabic-Indic or Persian digits and Toman amounts are read")
    func persianInput() throws {
        var example = try ExampleWorkspace()
        try example.replace("horizon_years: 5", with: "horizon_years: ۵", in: "project.yaml")
        try example.replace(
            "budget: {amount: 60000000000, currency: IRR}", with: "budget: \"6,000,000,000 toman\"", in: "project.yaml")
        let report = try example.validate()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { $0.formatted(in: .en) })")
        let loaded = WorkspaceLoader.load(files: example.files)
        #expect(loaded.workspace.project?.project.horizonYears == 5)
        #expect(loaded.workspace.project?.project.budget?.amountMinorUnits == 60_000_000_000)
    }

    @Test("a folder without project.yaml is not a workspace")
    func notAWorkspace() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("crmkit-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: WorkspaceLoadError.self) { try WorkspaceLoader.load(from: empty) }
    }

    @Test("reading from the folder gives the same result as reading from memory")
    func folderAndMemoryAgree() throws {
        let fromDisk = try WorkspaceValidation.check(ExampleWorkspace.directory, catalog: BundledCatalog.load())
        let fromMemory = try ExampleWorkspace().validate()
        #expect(fromDisk.files.sorted() == fromMemory.files.sorted())
        #expect(fromDisk.diagnostics == fromMemory.diagnostics)
    }

    @Test("a file linked into the workspace is read; a folder where a file belongs is reported")
    func linksAndFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crmkit-links-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = folder.appendingPathComponent("ws")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ExampleWorkspace.directory, to: workspace)
        let shared = folder.appendingPathComponent("shared-stakeholders.yaml")
        try FileManager.default.moveItem(at: workspace.appendingPathComponent("stakeholders.yaml"), to: shared)
        try FileManager.default.createSymbolicLink(
            at: workspace.appendingPathComponent("stakeholders.yaml"), withDestinationURL: shared)
        let linked = try WorkspaceValidation.check(workspace, catalog: BundledCatalog.load())
        #expect(linked.diagnostics.isEmpty, "\(linked.diagnostics.map { $0.formatted(in: .en) })")

        try FileManager.default.createDirectory(
            at: workspace.appendingPathComponent("vendors/ghost.yaml"), withIntermediateDirectories: true)
        let report = try WorkspaceValidation.check(workspace, catalog: BundledCatalog.load())
        #expect(report.diagnostics.map(\.rule) == ["not-a-file"])
        #expect(report.diagnostics.first?.origin.file == "vendors/ghost.yaml")
    }
}
