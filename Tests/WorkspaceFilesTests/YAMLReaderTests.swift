import Foundation
import SelectionWorkshop
import Testing

@testable import WorkspaceFiles

@Suite("Reading YAML with positions")
struct YAMLReaderTests {
    static func read(_ text: String) -> (YAMLNode?, [YAMLSyntaxIssue]) {
        let result = YAMLReader.read(Data(text.utf8))
        return (result.root, result.issues)
    }

    @Test("every node keeps its line and column, counted in characters")
    func positions() throws {
        let (root, issues) = Self.read("version: 1\nproject:\n  name: «امداد» و CRM\n  tags: [یک, two]\n")
        #expect(issues.isEmpty)
        guard case .mapping(let pairs) = try #require(root).content else { Issue.record("not a mapping"); return }
        let project = try #require(pairs.first { $0.key.scalarText == "project" }?.value)
        guard case .mapping(let fields) = project.content else { Issue.record("not a mapping"); return }
        let name = try #require(fields.first { $0.key.scalarText == "name" }?.value)
        #expect(name.location == SourceLocation(line: 3, column: 9))
        #expect(name.scalarText == "«امداد» و CRM")
        let tags = try #require(fields.first { $0.key.scalarText == "tags" }?.value)
        guard case .sequence(let items) = tags.content else { Issue.record("not a list"); return }
        // "  tags: [یک, " is 13 characters, so "two" starts at column 14 whatever its bytes.
        #expect(items.map(\.location.column) == [10, 14])
    }

    @Test("quoted scalars are not plain; null forms are null")
    func scalarStyles() throws {
        let (root, _) = Self.read("a: \"1\"\nb: 1\nc: ~\nd:\ne: null\n")
        guard case .mapping(let pairs) = try #require(root).content else { Issue.record("not a mapping"); return }
        let values = Dictionary(uniqueKeysWithValues: pairs.map { ($0.key.scalarText ?? "", $0.value) })
        if case .scalar(_, let plain) = values["a"]?.content { #expect(!plain) }
        if case .scalar(_, let plain) = values["b"]?.content { #expect(plain) }
        #expect(values["c"]?.isNull == true && values["d"]?.isNull == true && values["e"]?.isNull == true)
        #expect(values["a"]?.isNull == false)
    }

    @Test("duplicate keys are reported at the repeat, naming the first line, and the first value is kept")
    func duplicates() throws {
        let (root, issues) = Self.read("a: 1\nb: 2\na: 3\nb: 4\n")
        #expect(issues.count == 2)
        #expect(issues.allSatisfy { !$0.isFatal })
        #expect(issues.first?.location.line == 3)
        if case .duplicateKey(let key, let first) = issues.first?.kind {
            #expect(key == "a" && first.line == 1)
        } else {
            Issue.record("expected a duplicate key")
        }
        guard case .mapping(let pairs) = try #require(root).content else { Issue.record("not a mapping"); return }
        #expect(pairs.map { $0.value.scalarText } == ["1", "2"])
    }

    @Test("a syntax error stops reading and says where")
    func syntaxError() {
        let (root, issues) = Self.read("a: 1\nb: [1, 2\nc: 3\n")
        #expect(root == nil)
        #expect(issues.count == 1)
        #expect(issues.first?.isFatal == true)
        #expect((issues.first?.location.line ?? 0) >= 2)
    }

    @Test("an empty file has no root and no issue; limits are configurable")
    func emptyAndLimits() {
        let (root, issues) = Self.read("")
        #expect(root == nil && issues.isEmpty)
        var limits = YAMLReadLimits.standard
        limits.maximumDepth = 3
        let deep = YAMLReader.read(Data("a: {b: {c: {d: 1}}}".utf8), limits: limits)
        #expect(deep.root == nil)
        if case .tooDeep(let limit) = deep.issues.first?.kind { #expect(limit == 3) } else { Issue.record("expected too deep") }
        let shallow = YAMLReader.read(Data("a: {b: {c: 1}}".utf8), limits: limits)
        #expect(shallow.root != nil && shallow.issues.isEmpty)
    }

    @Test("Windows line endings and a byte-order mark are read like any file")
    func crlfAndBOM() throws {
        let (root, issues) = Self.read("\u{FEFF}version: 1\r\nname: x\r\n")
        #expect(issues.isEmpty)
        guard case .mapping(let pairs) = try #require(root).content else { Issue.record("not a mapping"); return }
        #expect(pairs.last?.value.location.line == 2)
        #expect(pairs.last?.value.scalarText == "x")
    }
}
