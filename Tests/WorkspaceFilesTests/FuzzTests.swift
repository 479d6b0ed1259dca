import Foundation
import Localization
import SelectionWorkshop
import Testing

@testable import WorkspaceFiles

/// No input may crash or hang `crmkit validate`: thousands of mutated workspace files, and the classic
/// hostile shapes of YAML, go through the same loader and rules as a real workspace.
@Suite("Fuzzing the workspace reader")
struct FuzzTests {
    /// A small, seedable generator, so a failing case can be replayed from its seed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Fragments that YAML, our schema or our text handling find interesting.
    static let fragments: [String] = [
        "[", "]", "{", "}", ":", ": ", "- ", "\n", "\t", "  ", "'", "\"", "#", "&a ", "*a", "!!binary ", "---\n", "...\n",
        "? ", "|", ">", "~", "null", "yes", "1/0", "-1", "1e309", "NaN", ".inf", "0x1F", "9999999999999999999999",
        "\u{0}", "\u{FEFF}", "\u{200C}", "\u{200F}", "\u{202E}", "ي", "ك", "۱۲۳", "٣", "علی", "𝔘", "e\u{301}",
        "version: 2\n", "id: R-001\n", "- {id: x, name: y}\n", "[[[[[[[[", "{a: {b: {c: [", "\r\n",
    ]

    static func mutate(_ bytes: inout [UInt8], _ random: inout SplitMix64) {
        guard !bytes.isEmpty else {
            bytes = Array(fragments.randomElement(using: &random)!.utf8)
            return
        }
        let position = Int(random.next() % UInt64(bytes.count))
        switch random.next() % 8 {
        case 0:  // flip a byte
            bytes[position] ^= UInt8(truncatingIfNeeded: random.next() | 1)
        case 1:  // delete a range
            let end = min(bytes.count, position + Int(random.next() % 40))
            bytes.removeSubrange(position..<end)
        case 2:  // insert a fragment
            bytes.insert(contentsOf: Array(fragments.randomElement(using: &random)!.utf8), at: position)
        case 3:  // truncate
            bytes.removeSubrange(position...)
        case 4:  // duplicate a line
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            let index = Int(random.next() % UInt64(lines.count))
            var copy = lines.map(Array.init)
            copy.insert(copy[index], at: index)
            bytes = Array(copy.joined(separator: [0x0A]))
        case 5:  // swap two lines
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            let a = Int(random.next() % UInt64(lines.count))
            let b = Int(random.next() % UInt64(lines.count))
            lines.swapAt(a, b)
            bytes = Array(lines.joined(separator: [0x0A]))
        case 6:  // replace a value with a structure of another type
            if let colon = bytes[position...].firstIndex(of: 0x3A) {
                let end = bytes[colon...].firstIndex(of: 0x0A) ?? bytes.count
                let replacement = [": []", ": {}", ": ~", ": [[1, 2], {a: b}]", ": \"\"", ": 3.5", ": -"]
                bytes.replaceSubrange(colon..<end, with: Array(replacement.randomElement(using: &random)!.utf8))
            }
        default:  // shift indentation of a line
            let lineStart = (bytes[..<position].lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            if random.next() % 2 == 0 {
                bytes.insert(contentsOf: [0x20, 0x20], at: lineStart)
            } else if bytes.count > lineStart, bytes[lineStart] == 0x20 {
                bytes.remove(at: lineStart)
            }
        }
    }

    /// What every report must satisfy, whatever the input.
    static func checkInvariants(_ report: ValidationReport) {
        for diagnostic in report.diagnostics {
            #expect(diagnostic.location != nil)
            #expect((diagnostic.location?.line ?? 0) >= 1 && (diagnostic.location?.column ?? 0) >= 1)
            #expect(diagnostic.message.isBilingual && diagnostic.fix.isBilingual)
            #expect(!diagnostic.rule.isEmpty)
        }
    }

    @Test("4,000 mutated workspace files are reported on, never crash the validator")
    func mutatedWorkspaceFiles() throws {
        let example = try ExampleWorkspace()
        let catalog = try BundledCatalog.load()
        let names = example.files.keys.sorted()
        var random = SplitMix64(state: 0x00C0_FFEE)
        var withErrors = 0
        let iterations = 4_000
        for _ in 0..<iterations {
            let file = names[Int(random.next() % UInt64(names.count))]
            var bytes = Array(example.files[file] ?? Data())
            for _ in 0..<(1 + random.next() % 4) { Self.mutate(&bytes, &random) }
            var files = example.files
            files[file] = Data(bytes)
            let report = WorkspaceValidation.check(files: files, catalog: catalog)
            Self.checkInvariants(report)
            if !report.isValid { withErrors += 1 }
        }
        // The mutations must actually break files, or this test proves nothing.
        #expect(withErrors > iterations / 3, "only \(withErrors) of \(iterations) mutated workspaces had errors")
    }

    @Test("every prefix of every file (a truncated save) is reported on")
    func truncatedFiles() throws {
        let example = try ExampleWorkspace()
        let catalog = try BundledCatalog.load()
        var checked = 0
        for (file, data) in example.files {
            for length in stride(from: 0, to: data.count, by: 211) {
                var files = example.files
                files[file] = data.prefix(length)
                Self.checkInvariants(WorkspaceValidation.check(files: files, catalog: catalog))
                checked += 1
            }
        }
        #expect(checked > 200)
    }

    struct Hostile: CustomTestStringConvertible, Sendable {
        var name: String
        var text: @Sendable () -> Data
        /// The rules any one of which correctly refuses the input (libyaml itself refuses some shapes first).
        var rules: Set<String>
        var testDescription: String { name }

        init(name: String, text: @escaping @Sendable () -> Data, rule: String...) {
            self.name = name
            self.text = text
            self.rules = Set(rule)
        }
    }

    static let hostile: [Hostile] = [
        Hostile(
            name: "100,000 nested flow sequences", text: { Data(String(repeating: "[", count: 100_000).utf8) }, rule: "too-deep",
            "yaml-syntax"),
        Hostile(
            name: "50,000 nested flow mappings", text: { Data(String(repeating: "{a: ", count: 50_000).utf8) }, rule: "too-deep"),
        Hostile(
            name: "100,000 nested block sequences on one line",
            text: { Data(("version: 1\nx: " + String(repeating: "- ", count: 100_000) + "1").utf8) }, rule: "too-deep",
            "yaml-syntax"),
        Hostile(
            name: "nested block mappings by indentation",
            text: { Data((0..<2_000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n").utf8) },
            rule: "too-deep"),
        Hostile(
            name: "a billion laughs",
            text: {
                var text = "version: 1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
                for i in 1..<10 {
                    text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n"
                }
                return Data(text.utf8)
            }, rule: "alias"),
        Hostile(
            name: "five mebibytes", text: { Data(String(repeating: "# padding\n", count: 520_000).utf8) }, rule: "file-too-large"),
        Hostile(
            name: "random binary",
            text: {
                var random = SplitMix64(state: 42)
                return Data((0..<10_000).map { _ in UInt8(truncatingIfNeeded: random.next()) })
            }, rule: "yaml-syntax"),
        Hostile(name: "NUL bytes", text: { Data("version: 1\nproject:\n  name: \u{0}\u{0}\n".utf8) }, rule: "yaml-syntax"),
        Hostile(name: "invalid UTF-8", text: { Data([0x76, 0x3A, 0x20, 0xC3, 0x28, 0xFF, 0xFE, 0x0A]) }, rule: "yaml-syntax"),
        Hostile(name: "a key that is a list", text: { Data("version: 1\n[a, b]: c\n".utf8) }, rule: "complex-key"),
        Hostile(
            name: "a million-item list",
            text: { Data(("version: 1\nx: [" + String(repeating: "1,", count: 600_000) + "1]").utf8) }, rule: "too-many-values"),
    ]

    @Test("hostile YAML is refused with a clear rule, quickly and without crashing", arguments: hostile)
    func hostileInput(_ input: Hostile) throws {
        var example = try ExampleWorkspace()
        example.files["stakeholders.yaml"] = input.text()
        let report = try example.validate()
        Self.checkInvariants(report)
        #expect(
            report.diagnostics.contains { input.rules.contains($0.rule) && $0.origin.file == "stakeholders.yaml" },
            "\(report.diagnostics.prefix(3).map { $0.formatted(in: .en) })")
    }

    @Test("mixed scripts, direction marks and look-alike letters in ids are refused as ids, not crashes")
    func mixedScripts() throws {
        var example = try ExampleWorkspace()
        try example.replace("id: R-001", with: "id: R-\u{200F}٠٠١", in: "requirements.yaml")
        try example.replace("sources: [hamid, shirin, farhad]", with: "sources: [hamid, شیرین, farhad]", in: "requirements.yaml")
        let report = try example.validate()
        Self.checkInvariants(report)
        #expect(report.diagnostics.count { $0.rule == "invalid-id" } == 2)
    }

    @Test("thousands of broken references are all reported; only the first get a did-you-mean")
    func manyBrokenReferences() throws {
        var example = try ExampleWorkspace()
        var stakeholders = "version: 1\nstakeholders:\n"
        for i in 0..<1_500 { stakeholders += "  - {id: person-\(i), name: P\(i), group: system-users}\n" }
        example.files["stakeholders.yaml"] = Data(stakeholders.utf8)
        var requirements = "version: 1\nrequirements:\n"
        for i in 0..<4_000 {
            requirements += "  - {id: R\(i), title: T, priority: must, category: other, sources: [persn-\(i % 1_500)]}\n"
        }
        example.files["requirements.yaml"] = Data(requirements.utf8)
        let report = try example.validate()
        let broken = report.diagnostics.filter { $0.rule == "unknown-reference" && $0.origin.file == "requirements.yaml" }
        #expect(broken.count == 4_000)
        let hinted = broken.filter { $0.fix.text(in: .en).contains("did you mean") }
        #expect(hinted.count > 0 && hinted.count <= WorkspaceValidator.suggestionBudget)
        #expect(hinted.first?.fix.text(in: .en).contains("\"person-0\"") == true)
    }
}
