import Foundation
import Localization
import SelectionWorkshop
import Testing

@testable import WorkspaceFiles

@Suite("Adding records to workspace files")
struct WorkspaceEditorTests {
    @Test("an item joins an empty flow list, a block list, or a new list, and nothing else moves")
    func appending() {
        let empty = "version: 1\n# people\nstakeholders: []\ninterviews: []\n"
        #expect(
            WorkspaceEditor.appending("{id: a}", toList: "stakeholders", in: empty)
                == "version: 1\n# people\nstakeholders:\n  - {id: a}\ninterviews: []\n")
        let block =
            "version: 1\nstakeholders:\n  - id: a\n    name: A\n\n  # the sponsor\n  - id: b\n    name: B\n# later\ninterviews: []\n"
        #expect(
            WorkspaceEditor.appending("{id: c}", toList: "stakeholders", in: block)
                == "version: 1\nstakeholders:\n  - id: a\n    name: A\n\n  # the sponsor\n  - id: b\n    name: B\n  - {id: c}\n# later\ninterviews: []\n"
        )
        let flush = "stakeholders:\n- id: a\ninterviews: []\n"
        #expect(
            WorkspaceEditor.appending("{id: b}", toList: "stakeholders", in: flush)
                == "stakeholders:\n- id: a\n- {id: b}\ninterviews: []\n")
        #expect(
            WorkspaceEditor.appending("{id: a}", toList: "stakeholders", in: "version: 1\n")
                == "version: 1\nstakeholders:\n  - {id: a}\n")
    }

    @Test("a list whose items are kept apart by blank lines gets its new item the same way")
    func spacedList() {
        let spaced = "version: 1\nrequirements:\n  - id: R-001\n    title: A\n\n  - id: R-002\n    title: B\n# later\n"
        #expect(WorkspaceEditor.itemsAreSpaced(at: [.key("requirements")], in: spaced))
        #expect(
            WorkspaceEditor.appending("{id: R-003}", toList: "requirements", in: spaced)
                == "version: 1\nrequirements:\n  - id: R-001\n    title: A\n\n  - id: R-002\n    title: B\n\n  - {id: R-003}\n# later\n"
        )
        let edited = try? YAMLTextEdit.setting(
            .mapping([YAMLEntry("id", .text("R-003"))]), at: [.key("requirements"), .append], in: spaced)
        #expect(
            edited.map { WorkspaceEditor.keepingItemSpacing(of: [.key("requirements")], from: spaced, in: $0) }
                == "version: 1\nrequirements:\n  - id: R-001\n    title: A\n\n  - id: R-002\n    title: B\n\n  - id: R-003\n# later\n"
        )
        // A blank line before a comment that opens a group, a single item, or a flow list is no style to keep.
        for text in [
            "stakeholders:\n  - id: a\n\n  # the sponsor\n  - id: b\n", "stakeholders:\n\n  - id: a\n",
            "stakeholders: [a, b]\n",
        ] {
            #expect(!WorkspaceEditor.itemsAreSpaced(at: [.key("stakeholders")], in: text), "\(text)")
        }
    }

    @Test("items are written so they read back exactly")
    func quoting() {
        let line = WorkspaceEditor.item([
            ("id", .word("maryam")), ("name", .text("Ma\"ry\\am: یک")), ("skip", nil), ("tags", .list(["a, b", "c"])),
            ("evaluator", .flag(true)), ("verify", .mapping([("probe", "call-logged")])),
        ])
        #expect(
            line == #"{id: maryam, name: "Ma\"ry\\am: یک", tags: ["a, b", "c"], evaluator: true, verify: {probe: "call-logged"}}"#
        )
        let (root, issues) = YAMLReader.read(Data("x: \(line)\n".utf8))
        #expect(issues.isEmpty && root != nil)
    }

    @Test("an addition that would break the file is refused and the file is left as it was")
    func refusal() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crmkit-edit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try WorkspaceScaffold.create(
            at: folder, options: ScaffoldOptions(language: .en, template: "general-crm", projectName: "x", currency: "USD"))
        try WorkspaceEditor.append(
            [("id", .word("maryam")), ("name", .text("Maryam")), ("group", .word("system-customers"))], toList: "stakeholders",
            in: "stakeholders.yaml", at: folder)
        let file = folder.appendingPathComponent("stakeholders.yaml")
        let before = try Data(contentsOf: file)
        #expect {
            try WorkspaceEditor.append(
                [("id", .word("maryam")), ("name", .text("Another")), ("group", .word("system-users"))], toList: "stakeholders",
                in: "stakeholders.yaml", at: folder)
        } throws: { error in
            guard case WorkspaceEditor.Failure.wouldBreak(_, let problems) = error else { return false }
            return problems.map(\.rule) == ["duplicate-id"]
        }
        #expect(try Data(contentsOf: file) == before)
        #expect(try WorkspaceValidation.check(folder, catalog: nil).isValid)
    }
}
