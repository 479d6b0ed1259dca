import Foundation
import Localization
import SelectionWorkshop
import Testing

@testable import WorkspaceFiles

/// Several values set as one edit: checked together, written all or not at all.
@Suite("Setting several values as one edit")
struct WorkspaceEditorChangeTests {
    /// A scaffolded workspace with two vendors, one written in block style and one in flow style.
    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crmkit-change-\(UUID().uuidString)")
        try WorkspaceScaffold.create(
            at: folder, options: ScaffoldOptions(language: .en, template: "general-crm", projectName: "x", currency: "USD"))
        let shortlist = folder.appendingPathComponent(Workspace.FileName.shortlist)
        let text = try String(contentsOf: shortlist, encoding: .utf8)
            .replacingOccurrences(
                of: "vendors: []\n",
                with: """
                    vendors:
                      # the incumbent
                      - id: acme
                        name: Acme
                        status: shortlisted   # for now
                        checks:
                          languages: [en]
                      - {id: beta, name: Beta, status: long-list}

                    """)
        try Data(text.utf8).write(to: shortlist)
        return folder
    }

    static func vendors(_ folder: URL) throws -> [Vendor] {
        try WorkspaceLoader.load(from: folder).workspace.shortlist.vendors
    }

    @Test("markOut writes reason and status together, in block and flow records, keeping comments")
    func markOut() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let vendors = try Self.vendors(folder)
        try WorkspaceEditor.markOut([(vendors[0], "no Persian"), (vendors[1], "too small: 3 staff")], at: folder)
        let text = try String(contentsOf: folder.appendingPathComponent("shortlist.yaml"), encoding: .utf8)
        #expect(
            text.contains(
                """
                  # the incumbent
                  - id: acme
                    name: Acme
                    status: out   # for now
                    reason: no Persian
                    checks:
                """))
        #expect(text.contains(#"  - {id: beta, name: Beta, status: out, reason: "too small: 3 staff"}"#))
        let read = try Self.vendors(folder)
        #expect(read.map(\.status) == [.out, .out])
        #expect(read.map { $0.reason?.text(in: .en) } == ["no Persian", "too small: 3 staff"])
        #expect(try WorkspaceValidation.check(folder, catalog: nil).isValid)
    }

    @Test("a set of changes that would break the file is refused as a whole")
    func refusedTogether() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("shortlist.yaml")
        let before = try Data(contentsOf: file)
        let path: [YAMLPathStep] = [.key("vendors"), .index(0)]
        // A status of out without its reason is an error, even when another change is fine.
        #expect {
            try WorkspaceEditor.set(
                [
                    .init(.text("Acme CRM"), at: path + [.key("name")], in: "shortlist.yaml"),
                    .init(.text("out"), at: path + [.key("status")], in: "shortlist.yaml"),
                ], at: folder)
        } throws: { error in
            guard case WorkspaceEditor.Failure.wouldBreak(_, let problems) = error else { return false }
            return problems.map(\.rule) == ["out-without-reason"]
        }
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("when a later file cannot be written, the files already written get their old text back")
    func rollback() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("shortlist.yaml")
        let before = try Data(contentsOf: file)
        // A plain file where the vendors/ folder should be: vendors/gamma.yaml cannot be written.
        let vendorsFolder = folder.appendingPathComponent("vendors")
        try? FileManager.default.removeItem(at: vendorsFolder)
        try Data("not a folder".utf8).write(to: vendorsFolder)
        #expect {
            try WorkspaceEditor.set(
                [
                    .init(
                        .mapping([
                            YAMLEntry("id", .text("gamma")), YAMLEntry("name", .text("Gamma")),
                            YAMLEntry("status", .text("long-list")),
                        ]),
                        at: [.key("vendors"), .append], in: "shortlist.yaml"),
                    .init(.text("gamma"), at: [.key("vendor")], in: "vendors/gamma.yaml"),
                ], at: folder)
        } throws: { error in
            if case WorkspaceEditor.Failure.writeFailed = error { true } else { false }
        }
        #expect(try Data(contentsOf: file) == before)
    }
}
