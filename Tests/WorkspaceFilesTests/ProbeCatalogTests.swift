import Foundation
import Localization
import SelectionWorkshop
import Testing

@testable import WorkspaceFiles

@Suite("The probe list and the probe rules")
struct ProbeCatalogTests {
    @Test("the shipped list reads cleanly: bilingual, typed, unique names")
    func shipped() throws {
        let catalog = try BundledProbes.load()
        #expect(catalog.probes.count >= 20)
        #expect(Set(catalog.probes.map(\.id)).count == catalog.probes.count)
        for probe in catalog.probes {
            #expect(probe.description.isBilingual, "\(probe.id)")
            #expect(probe.parameters.allSatisfy { $0.description.isBilingual }, "\(probe.id)")
        }
        // The capabilities the mission names have a probe.
        for name in ["call-logged", "sla-breach-flag", "lead-score-explained", "jalali-dates", "persian-search", "import-count"] {
            #expect(catalog.probe(Probe.ID(name)) != nil, "\(name)")
        }
    }

    @Test("docs/workspace-format.md has a row for every probe of the list")
    func documented() throws {
        let docs = try String(
            contentsOf: ExampleWorkspace.directory.deletingLastPathComponent().appendingPathComponent("workspace-format.md"),
            encoding: .utf8)
        for probe in try BundledProbes.load().probes {
            #expect(docs.contains("| `\(probe.id)` |"), "\(probe.id) is not in the probe table")
        }
    }

    @Test("every probe of the example is known with the parameters it uses, so the example stays clean")
    func exampleUsesKnownProbes() throws {
        let example = try ExampleWorkspace()
        let report = try example.validate()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { $0.formatted(in: .en) })")
        let requirements = WorkspaceLoader.load(files: example.files).workspace.requirements.requirements
        #expect(requirements.compactMap(\.verify).count == 18)
    }

    @Test("an unknown probe, an unknown parameter and a value of the wrong type are warnings at their place")
    func warnings() throws {
        var example = try ExampleWorkspace()
        let probeLine = try example.replace("probe: call-logged", with: "probe: call-loged", in: "requirements.yaml")
        let withLine = try example.replace(
            "with: {records: 1000, duplicates_allowed: no}", with: "with: {records: many, duplicate_allowed: no}",
            in: "requirements.yaml")
        let report = try example.validate()
        #expect(report.isValid)
        #expect(report.diagnostics.count == 3)
        #expect(report.diagnostics.allSatisfy { $0.severity == .warning })
        func diagnostic(_ rule: String) throws -> Diagnostic {
            try #require(report.diagnostics.first { $0.rule == rule }, "no \(rule)")
        }
        let unknown = try diagnostic("unknown-probe")
        #expect(unknown.origin.keyPath == "requirements[0].verify.probe" && unknown.location?.line == probeLine)
        #expect(unknown.fix.text(in: .en).hasPrefix("did you mean \"call-logged\"?"))
        #expect(
            unknown.fix.text(in: .en).hasSuffix(
                "use a known probe (crmkit requirement probes) or add it to reference-crm/probes.yaml"))
        #expect(unknown.fix.text(in: .fa).contains("reference-crm/probes.yaml"))
        let parameter = try diagnostic("unknown-probe-parameter")
        #expect(
            parameter.origin.keyPath == "requirements[16].verify.with.duplicate_allowed" && parameter.location?.line == withLine)
        #expect(parameter.fix.text(in: .en).hasPrefix("did you mean \"duplicates_allowed\"?"))
        let type = try diagnostic("probe-parameter-type")
        #expect(type.origin.keyPath == "requirements[16].verify.with.records" && type.location?.line == withLine)
        #expect(type.message.text(in: .en) == "records of probe import-count takes a number, not \"many\"")
    }

    @Test("without a probe list, probes are not checked")
    func withoutList() throws {
        var example = try ExampleWorkspace()
        try example.replace("probe: call-logged", with: "probe: anything", in: "requirements.yaml")
        #expect(WorkspaceValidation.check(files: example.files, catalog: nil).diagnostics.isEmpty)
    }

    @Test("a broken probe list is reported with file, line and rule")
    func brokenList() {
        let text = """
            version: 1
            probes:
              - name: call-logged
                description: {fa: ثبت, en: logged}
                parameters:
                  calls: {type: integer, description: {fa: شمار, en: count}}
              - name: call-logged
                description: {fa: دوباره, en: again}
                colour: red
              - name: jalali-dates
                description: {en: English only}
            """
        let (catalog, diagnostics) = ProbeCatalogReader.read(Data(text.utf8), file: "probes.yaml")
        #expect(catalog?.probes.count == 2)
        let found = diagnostics.map { ($0.rule, $0.location?.line) }
        #expect(found.count == 4, "\(found)")
        #expect(found.contains { $0 == ("missing-language", 11) }, "\(found)")
        #expect(found.contains { $0 == ("invalid-value", 6) }, "\(found)")
        #expect(found.contains { $0 == ("unknown-key", 9) }, "\(found)")
        #expect(found.contains { $0 == ("duplicate-id", 7) }, "\(found)")
    }
}
