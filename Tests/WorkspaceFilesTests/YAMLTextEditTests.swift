import Foundation
import Testing

@testable import WorkspaceFiles

@Suite("Setting one value in a YAML file and leaving the rest as written")
struct YAMLTextEditTests {
    func set(_ value: YAMLValue, _ path: [YAMLPathStep], in text: String, order: [String] = []) throws -> String {
        try YAMLTextEdit.setting(value, at: path, in: text, keyOrder: { _ in order })
    }

    @Test("an empty value after a key (and its comment) is filled in place")
    func fillsNull() throws {
        let text =
            "version: 1\ndiagnostics:\n  # How do mistakes hurt?\n  cost_of_mistakes:\n  # And reports?\n  missing_reports:   # later\n"
        let once = try set(.text("Lost calls: repeat visits"), [.key("diagnostics"), .key("cost_of_mistakes")], in: text)
        #expect(
            once
                == "version: 1\ndiagnostics:\n  # How do mistakes hurt?\n  cost_of_mistakes: \"Lost calls: repeat visits\"\n  # And reports?\n  missing_reports:   # later\n"
        )
        let twice = try set(.text("گزارش شکایت‌ها"), [.key("diagnostics"), .key("missing_reports")], in: once)
        #expect(twice.hasSuffix("  missing_reports: گزارش شکایت‌ها   # later\n"))
    }

    @Test("a present value is replaced, whatever its style")
    func replaces() throws {
        let text =
            "project:\n  name: \"old\"  # shown on reports\n  languages: [fa]\n  budget: >-\n    a long\n    text\nnext: 1\n"
        let renamed = try set(.text("New name"), [.key("project"), .key("name")], in: text)
        #expect(renamed.hasPrefix("project:\n  name: New name  # shown on reports\n"))
        let languages = try set(.texts(["fa", "en"]), [.key("project"), .key("languages")], in: renamed)
        #expect(languages.contains("  languages: [fa, en]\n"))
        let budget = try set(.number("12"), [.key("project"), .key("budget")], in: languages)
        #expect(budget.hasSuffix("  budget: 12\nnext: 1\n"))
    }

    @Test("a missing key goes where the order puts it, above the comments of the key that follows")
    func ordersKeys() throws {
        let text = "version: 1\nproject:\n  name: x\n# the units\nbusiness_units: []\ngoals: []\n"
        let order = ["project", "business_units", "core_team", "goals"]
        let edited = try set(.list([]), [.key("core_team")], in: text, order: order)
        #expect(edited == "version: 1\nproject:\n  name: x\n# the units\nbusiness_units: []\ncore_team: []\ngoals: []\n")
        let first = try set(.text("x"), [.key("aaa")], in: "b: 1\nc: 2\n", order: ["aaa", "b"])
        #expect(first == "aaa: x\nb: 1\nc: 2\n")
        let unknown = try set(.text("why"), [.key("zzz")], in: "b: 1\nc: 2\n", order: ["b"])
        #expect(unknown == "b: 1\nc: 2\nzzz: why\n")
    }

    @Test("records are appended in block style, and their fields set one by one")
    func buildsRecords() throws {
        var text = "version: 1\nbusiness_units: []\n# goals next\ngoals: []\n"
        text = try set(.mapping([YAMLEntry("id", .text("sales"))]), [.key("business_units"), .append], in: text)
        #expect(text == "version: 1\nbusiness_units:\n  - id: sales\n# goals next\ngoals: []\n")
        text = try set(.text("Sales"), [.key("business_units"), .index(0), .key("name")], in: text, order: ["id", "name"])
        #expect(text == "version: 1\nbusiness_units:\n  - id: sales\n    name: Sales\n# goals next\ngoals: []\n")
        text = try set(.mapping([YAMLEntry("id", .text("service"))]), [.key("business_units"), .append], in: text)
        text = try set(.text("Service"), [.key("business_units"), .index(1), .key("name")], in: text, order: ["id", "name"])
        #expect(
            text
                == "version: 1\nbusiness_units:\n  - id: sales\n    name: Sales\n  - id: service\n    name: Service\n# goals next\ngoals: []\n"
        )
        #expect(YAMLTextEdit.count(at: [.key("business_units")], in: text) == 2)
        #expect(YAMLTextEdit.value(at: [.key("business_units"), .index(1), .key("name")], in: text) == .text("Service"))
    }

    @Test("flow collections written by hand take new keys and items in flow style")
    func flow() throws {
        let text = "stakeholders:\n  - {id: a, name: A}\n"
        let edited = try set(.flag(true), [.key("stakeholders"), .index(0), .key("evaluator")], in: text)
        #expect(edited == "stakeholders:\n  - {id: a, name: A, evaluator: true}\n")
        let list = try set(.text("b, c"), [.key("tags"), .append], in: "tags: [a]\n")
        #expect(list == "tags: [a, \"b, c\"]\n")
    }

    @Test("nested mappings that do not exist yet are created, in block style")
    func createsPath() throws {
        let text = "version: 1\nvendor: abrak\n"
        let edited = try set(.text("2,000 IRR"), [.key("interview"), .key("costs"), .key("licence")], in: text)
        #expect(edited == "version: 1\nvendor: abrak\ninterview:\n  costs:\n    licence: 2,000 IRR\n")
        let deeper = try set(.number("3"), [.key("interview"), .key("costs"), .key("implementation_months")], in: edited)
        #expect(deeper.hasSuffix("    licence: 2,000 IRR\n    implementation_months: 3\n"))
        #expect(try set(.text("x"), [.key("a")], in: "") == "a: x\n")
        #expect(try set(.text("x"), [.key("a")], in: "# only a comment") == "# only a comment\na: x\n")
    }

    @Test("texts are written plain only when they read back as the same text")
    func quoting() throws {
        for text in ["yes", "No", "12", "1.5e3", "- a", "a: b", "a #b", " lead", "[x]", "null", "~", "", "line\nbreak", "#tag"] {
            let edited = try set(.text(text), [.key("v")], in: "v: 0\n")
            #expect(YAMLTextEdit.value(at: [.key("v")], in: edited) == .text(text), "\(text)")
            #expect(edited.hasPrefix("v: \""), "\(text) must be quoted")
        }
        for text in ["Sales", "فروش و بازاریابی", "R-001", "call center, level 2"] {
            #expect(try set(.text(text), [.key("v")], in: "v: 0\n") == "v: \(text)\n")
        }
    }

    @Test("a path through a value of the wrong kind, or a broken file, is refused with its place")
    func refusals() throws {
        #expect(throws: YAMLTextEdit.Failure.conflict(file: "p.yaml", path: "project", line: 1, column: 10, expected: "mapping"))
        {
            try YAMLTextEdit.setting(.text("x"), at: [.key("project"), .key("name")], in: "project: a text\n", file: "p.yaml")
        }
        #expect(throws: YAMLTextEdit.Failure.unreadable(file: "p.yaml", line: 2, column: 1)) {
            try YAMLTextEdit.setting(.text("x"), at: [.key("a")], in: "a: [\n", file: "p.yaml")
        }
        #expect(throws: YAMLTextEdit.Failure.noItem(file: "p.yaml", path: "units[3]")) {
            try YAMLTextEdit.setting(.text("x"), at: [.key("units"), .index(3), .key("id")], in: "units: [a]\n", file: "p.yaml")
        }
    }
}
