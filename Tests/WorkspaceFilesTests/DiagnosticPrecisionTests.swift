import Foundation
import Localization
import SelectionWorkshop
import Testing

@testable import WorkspaceFiles

/// One mistake gives one diagnostic: a broken key field, file or scale must not bury the real problem
/// under unknown keys or "unknown id" errors in other files.
@Suite("One mistake, one diagnostic")
struct DiagnosticPrecisionTests {
    static func rules(_ report: ValidationReport) -> [String] { report.diagnostics.map(\.rule) }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var target: String
        var replacement: String
        var rules: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a charter id with a space", file: "charters/complaint-handling.yaml", target: "id: complaint-handling",
            replacement: "id: \"complaint handling\"", rules: ["invalid-id"]),
        Case(
            name: "a vendor file whose vendor is not an id", file: "vendors/abrak.yaml", target: "vendor: abrak",
            replacement: "vendor: Abrak Co", rules: ["invalid-id"]),
        Case(
            name: "a score file without its evaluator", file: "scores/arash.yaml", target: "evaluator: arash",
            replacement: "evaluator:", rules: ["missing-field"]),
        Case(
            name: "a pairwise parent that is not an id", file: "scorecard.yaml", target: "parent: functional",
            replacement: "parent: \"functional area\"", rules: ["invalid-id", "missing-matrix"]),
        Case(
            name: "a tab in stakeholders.yaml", file: "stakeholders.yaml", target: "stakeholders:\n",
            replacement: "stakeholders:\n\t", rules: ["yaml-syntax"]),
        Case(
            name: "a requirements file that is a list", file: "requirements.yaml", target: "version: 1",
            replacement: "- version: 1", rules: ["yaml-syntax"]),
        Case(
            name: "the scale missing from the scorecard", file: "scorecard.yaml", target: "scale:", replacement: "scales:",
            rules: ["missing-field", "unknown-key"]),
        Case(
            name: "an IVR option going nowhere", file: "crm-setup.yaml", target: ", call_type: complaint}", replacement: "}",
            rules: ["ivr-dead-end"]),
        Case(
            name: "a service level within zero seconds", file: "crm-setup.yaml", target: "within_seconds: 20",
            replacement: "within_seconds: 0", rules: ["out-of-range"]),
        Case(
            name: "a negative cost", file: "vendors/abrak.yaml", target: "licence: {amount: 0, currency: IRR}",
            replacement: "licence: \"-3,000 IRR\"", rules: ["invalid-money"]),
        Case(
            name: "cents on a rial amount", file: "vendors/abrak.yaml", target: "licence: {amount: 0, currency: IRR}",
            replacement: "licence: {amount: 10.5, currency: IRR}", rules: ["invalid-money"]),
        Case(
            name: "a version with a stray underscore", file: "plan.yaml", target: "version: 1", replacement: "version: 1_.5",
            rules: ["wrong-type"]),
    ]

    @Test("exactly the expected diagnostics, and only in the changed file", arguments: cases)
    func onlyTheMistake(_ testCase: Case) throws {
        var example = try ExampleWorkspace()
        try example.replace(testCase.target, with: testCase.replacement, in: testCase.file)
        let report = try example.validate()
        #expect(Self.rules(report).sorted() == testCase.rules.sorted(), "\(report.diagnostics.map { $0.formatted(in: .en) })")
        #expect(report.diagnostics.allSatisfy { $0.origin.file == testCase.file })
    }

    @Test("money in the mapping form reads toman like the text form")
    func tomanMapping() throws {
        var example = try ExampleWorkspace()
        try example.replace(
            "licence: {amount: 0, currency: IRR}", with: "licence: {amount: \"1,000\", currency: toman}", in: "vendors/abrak.yaml"
        )
        #expect(try example.validate().diagnostics.isEmpty)
        let vendor = WorkspaceLoader.load(files: example.files).workspace.vendors.first { $0.vendor.rawValue == "abrak" }
        #expect(vendor?.interview?.costs?.licence?.amountMinorUnits == 10_000)
    }

    @Test("a date that does not exist says why")
    func dateReason() throws {
        var example = try ExampleWorkspace()
        let text = example.text("project.yaml")
        let line = try #require(text.split(separator: "\n").first { $0.contains("started:") })
        try example.replace(String(line), with: "  started: 2026-02-30", in: "project.yaml")
        let diagnostic = try #require(try example.validate().diagnostics.first)
        #expect(diagnostic.rule == "invalid-date")
        #expect(diagnostic.message.text(in: .en).contains("28"))
    }

    @Test("scores for a vendor still on the long list are a warning")
    func longListScores() throws {
        var example = try ExampleWorkspace()
        try example.replace("scores:\n", with: "scores:\n  kavir:\n    call-center: 3\n", in: "scores/arash.yaml")
        let report = try example.validate()
        #expect(Self.rules(report) == ["score-for-excluded-vendor"])
        #expect(report.isValid)
    }

    @Test("a value quoted in a message cannot break the one-line format")
    func escapedInput() throws {
        var example = try ExampleWorkspace()
        try example.replace(
            "horizon_years: 5", with: "horizon_years: \"five\\nrm -rf / \\u001b[31m\\u202Eevil\"", in: "project.yaml")
        let diagnostic = try #require(try example.validate().diagnostics.first)
        for language in Language.allCases {
            let line = diagnostic.formatted(in: language)
            #expect(!line.contains("\n") && !line.contains("\u{1B}") && !line.contains("\u{202E}"), "\(line)")
            #expect(line.contains("\\u{A}"))
        }
    }

    @Test("misnamed workspace files and folders are pointed out")
    func strayFiles() throws {
        var example = try ExampleWorkspace()
        example.files["plans.yml"] = example.files.removeValue(forKey: "plan.yaml")
        example.files["score/arash.yaml"] = example.files.removeValue(forKey: "scores/arash.yaml")
        let report = try example.validate()
        #expect(Self.rules(report) == ["unknown-file", "unknown-file"])
        #expect(report.isValid)
        #expect(report.diagnostics.contains { $0.origin.file == "plans.yml" && $0.fix.text(in: .en).contains("plan.yaml") })
        #expect(report.diagnostics.contains { $0.origin.file == "score" && $0.fix.text(in: .en).contains("scores") })
    }

    @Test("thousands of unknown APQC names are all reported, with bounded work for hints")
    func manyUnknownProcesses() throws {
        var example = try ExampleWorkspace()
        var requirements = "version: 1\nrequirements:\n"
        for i in 0..<3_000 {
            requirements += "  - {id: R\(i), title: T, priority: must, category: other, apqc: \"manage customer service \(i)\"}\n"
        }
        example.files["requirements.yaml"] = Data(requirements.utf8)
        example.files = example.files.filter { !$0.key.hasPrefix("vendors/") }
        let report = try example.validate()
        #expect(report.diagnostics.count { $0.rule == "unknown-apqc-process" } == 3_000)
    }
}
