import Foundation
import Localization
import SelectionWorkshop

/// A value the tools write into a workspace file.
public indirect enum YAMLValue: Sendable, Hashable {
    /// Free text: written plain when it reads back as the same text, quoted otherwise.
    case text(String)
    /// A number or a date, written as given (`12`, `0.25`, `1405-09-08`).
    case number(String)
    case flag(Bool)
    case list([YAMLValue])
    /// Keys in the order they are written.
    case mapping([YAMLEntry])

    /// A list of texts.
    public static func texts(_ items: [String]) -> YAMLValue { .list(items.map(YAMLValue.text)) }
}

public struct YAMLEntry: Sendable, Hashable {
    public var key: String
    public var value: YAMLValue

    public init(_ key: String, _ value: YAMLValue) {
        self.key = key
        self.value = value
    }
}

/// One step of the path to a value: a key of a mapping, an item of a list, or a new item at a list's end.
public enum YAMLPathStep: Sendable, Hashable, CustomStringConvertible {
    case key(String)
    case index(Int)
    case append

    public var description: String {
        switch self {
        case .key(let key): key
        case .index(let index): "[\(index)]"
        case .append: "[+]"
        }
    }
}

/// Edits the text of a YAML file the way a person would: one value is set (replaced, or added with the keys
/// and items that lead to it) and every other character — comments, blank lines, quoting, the order of keys
/// — stays as it was. New keys go where `keyOrder` puts them among their siblings, so the same answers give
/// the same file whatever order they were given in.
public enum YAMLTextEdit {
    public enum Failure: BilingualError, Equatable {
        /// The file is not readable YAML; it must be fixed by hand first.
        case unreadable(file: String, line: Int, column: Int)
        /// A value on the way is not the kind the path needs (a text where a mapping should be).
        case conflict(file: String, path: String, line: Int, column: Int, expected: String)
        /// The path names a list item that is not there.
        case noItem(file: String, path: String)

        public var message: LocalizedText {
            switch self {
            case .unreadable(let file, let line, let column):
                LocalizedText(
                    fa: "\(file):\(line):\(column): پرونده YAML خوانا نیست؛ نخست با `crmkit validate` آن را درست کنید",
                    en: "\(file):\(line):\(column): the file is not readable YAML; fix it first (see `crmkit validate`)")
            case .conflict(let file, let path, let line, let column, let expected):
                LocalizedText(
                    fa:
                        "\(file):\(line):\(column): در \(path) باید \(expected == "mapping" ? "نگاشت (کلید: مقدار)" : "فهرست") باشد؛ آن را با دست درست کنید",
                    en: "\(file):\(line):\(column): \(path) must be a \(expected); correct it by hand")
            case .noItem(let file, let path):
                LocalizedText(fa: "\(file): مورد \(path) وجود ندارد", en: "\(file): there is no item \(path)")
            }
        }
    }

    /// `text` with `value` set at `path`. `keyOrder` gives, for the mapping at a path (list positions
    /// written as `.index(0)`), the order its keys should appear in; keys it does not name keep their place.
    public static func setting(
        _ value: YAMLValue, at path: [YAMLPathStep], in text: String, file: String = "",
        keyOrder: @escaping ([YAMLPathStep]) -> [String] = { _ in [] }
    ) throws(Failure) -> String {
        var editor = Editor(text: text, file: file, keyOrder: keyOrder)
        try editor.set(value, at: path)
        return editor.result
    }

    /// The value at `path` in `text`, as plain data (`nil` when absent, null, or the text unreadable).
    public static func value(at path: [YAMLPathStep], in text: String) -> YAMLValue? {
        value(at: path, in: YAMLReader.read(Data(text.utf8)).root)
    }

    static func value(at path: [YAMLPathStep], in root: YAMLNode?) -> YAMLValue? {
        var node = root
        for step in path {
            guard let current = node else { return nil }
            switch (step, current.content) {
            case (.key(let key), .mapping(let pairs)):
                node = pairs.first { $0.key.scalarText == key }?.value
            case (.index(let index), .sequence(let items)):
                node = items.indices.contains(index) ? items[index] : nil
            default:
                return nil
            }
        }
        return node.flatMap(plainValue)
    }

    /// The number of items of the list at `path` (0 when absent or not a list).
    public static func count(at path: [YAMLPathStep], in text: String) -> Int {
        if case .list(let items) = value(at: path, in: text) { return items.count }
        return 0
    }

    static func plainValue(_ node: YAMLNode) -> YAMLValue? {
        switch node.content {
        case .scalar(let text, _): node.isNull ? nil : .text(text)
        case .sequence(let items): .list(items.compactMap(plainValue))
        case .mapping(let pairs):
            .mapping(pairs.compactMap { pair in plainValue(pair.value).map { YAMLEntry(pair.key.scalarText ?? "", $0) } })
        }
    }

    // MARK: - Rendering

    /// `true` when the value must be written in block style (a non-empty mapping, or a list holding one).
    static func needsBlock(_ value: YAMLValue) -> Bool {
        switch value {
        case .mapping(let entries): !entries.isEmpty
        case .list(let items): items.contains { if case .mapping(let e) = $0 { !e.isEmpty } else { false } }
        default: false
        }
    }

    /// The value on one line, in flow style.
    static func inline(_ value: YAMLValue) -> String {
        switch value {
        case .text(let text): scalar(text, inFlow: true)
        case .number(let number): number
        case .flag(let flag): flag ? "true" : "false"
        case .list(let items): "[" + items.map(inline).joined(separator: ", ") + "]"
        case .mapping(let entries): "{" + entries.map { "\($0.key): \(inline($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// A value on one line where block style is allowed: the same as flow, but a text may keep `,` and
    /// brackets unquoted.
    static func inlineInBlock(_ value: YAMLValue) -> String {
        if case .text(let text) = value { return scalar(text, inFlow: false) }
        return inline(value)
    }

    /// The lines of `key: value` at `indent`, ending with a line break.
    static func block(_ key: String, _ value: YAMLValue, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        guard needsBlock(value) else { return "\(pad)\(key): \(inlineInBlock(value))\n" }
        return "\(pad)\(key):\n" + blockBody(value, indent: indent + 2)
    }

    /// A block mapping's entries or a block list's items at `indent`.
    static func blockBody(_ value: YAMLValue, indent: Int) -> String {
        switch value {
        case .mapping(let entries):
            return entries.map { block($0.key, $0.value, indent: indent) }.joined()
        case .list(let items):
            return items.map { listItem($0, indent: indent) }.joined()
        default:
            return String(repeating: " ", count: indent) + inline(value) + "\n"
        }
    }

    /// `- item` at `indent`; a mapping's first key shares the dash's line.
    static func listItem(_ value: YAMLValue, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        guard needsBlock(value), case .mapping(let entries) = value else { return "\(pad)- \(inlineInBlock(value))\n" }
        let body = blockBody(.mapping(entries), indent: indent + 2)
        return pad + "- " + body.dropFirst(indent + 2)
    }

    /// A text as a plain scalar when YAML reads it back as the same string, otherwise double-quoted.
    static func scalar(_ text: String, inFlow: Bool) -> String {
        isSafePlain(text, inFlow: inFlow) ? text : YAMLText.quoted(text)
    }

    static func isSafePlain(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " || "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\u{7F}" || $0 == "\u{FEFF}" }) { return false }
        if inFlow, text.contains(where: { ",[]{}".contains($0) }) { return false }
        // Words and numbers YAML would read as something other than text.
        let lowered = text.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(lowered) { return false }
        if text.contains(where: \.isNumber),
            text.allSatisfy({ $0.isASCII && ($0.isNumber || ".+-eE_:xXoObB".contains($0)) })
        {
            return false
        }
        if lowered.hasPrefix(".") { return false }
        return true
    }

    // MARK: - Editing

    struct Editor {
        var characters: [Unicode.Scalar]
        let file: String
        let keyOrder: ([YAMLPathStep]) -> [String]

        init(text: String, file: String, keyOrder: @escaping ([YAMLPathStep]) -> [String]) {
            characters = Array(text.unicodeScalars)
            self.file = file
            self.keyOrder = keyOrder
        }

        var result: String {
            var text = String(String.UnicodeScalarView(characters))
            if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
            return text
        }

        mutating func set(_ value: YAMLValue, at path: [YAMLPathStep]) throws(Failure) {
            let text = String(String.UnicodeScalarView(characters))
            let (root, issues) = YAMLReader.read(Data(text.utf8))
            if let issue = issues.first(where: \.isFatal) {
                throw .unreadable(file: file, line: issue.location.line, column: issue.location.column)
            }
            guard let root, !root.isNull else {
                // An empty file: the whole path is new.
                let body = Self.nested(value, path)
                if !characters.isEmpty, characters.last != "\n" { characters.append("\n") }
                characters += blockBody(body, indent: 0).unicodeScalars
                return
            }
            var node = root
            var parentIsBlock = true
            var parentIndent = 0
            var walked: [YAMLPathStep] = []
            for (position, step) in path.enumerated() {
                let rest = Array(path[(position + 1)...])
                switch (step, node.content) {
                case (.key(let key), .mapping(let pairs)):
                    if let pair = pairs.first(where: { $0.key.scalarText == key }) {
                        parentIsBlock = !node.isFlow
                        parentIndent = pair.key.location.column - 1
                        node = pair.value
                        walked.append(step)
                        continue
                    }
                    insert(key: key, value: Self.nested(value, rest), into: node, pairs: pairs, at: walked)
                    return
                case (.index(let index), .sequence(let items)):
                    guard items.indices.contains(index) else {
                        throw .noItem(file: file, path: Self.describe(walked + [step]))
                    }
                    parentIsBlock = !node.isFlow
                    parentIndent = items[index].location.column - 1
                    node = items[index]
                    walked.append(.index(index))
                case (.append, .sequence(let items)) where !items.isEmpty || !node.isFlow:
                    append(Self.nested(value, rest), to: node, items: items)
                    return
                case (_, _) where node.isNull || node.isEmptyFlow:
                    // Nothing (or `[]`, `{}`) where the path goes on: the rest is written in its place.
                    replace(node, with: Self.nested(value, [step] + rest), parentIsBlock: parentIsBlock, indent: parentIndent)
                    return
                default:
                    let expected = if case .key = step { "mapping" } else { "list" }
                    throw .conflict(
                        file: file, path: Self.describe(walked), line: node.location.line, column: node.location.column,
                        expected: expected)
                }
            }
            replace(node, with: value, parentIsBlock: parentIsBlock, indent: parentIndent)
        }

        /// The value that puts `value` at the end of `path` (`.append` and indices become one-item lists).
        static func nested(_ value: YAMLValue, _ path: [YAMLPathStep]) -> YAMLValue {
            path.reversed().reduce(value) { inner, step in
                switch step {
                case .key(let key): .mapping([YAMLEntry(key, inner)])
                case .index, .append: .list([inner])
                }
            }
        }

        static func describe(_ path: [YAMLPathStep]) -> String {
            var text = ""
            for step in path {
                if case .key(let key) = step { text += text.isEmpty ? key : ".\(key)" } else { text += step.description }
            }
            return text
        }

        /// The end of the node's own text: for a block collection, the end of its last item.
        func tightEnd(_ node: YAMLNode) -> Int {
            switch node.content {
            case .scalar:
                // A block scalar (`|`, `>`) ends after its line breaks; its text ends before them.
                var end = node.span.upperBound
                while end > node.span.lowerBound, end <= characters.count,
                    characters[end - 1] == "\n" || characters[end - 1] == " "
                {
                    end -= 1
                }
                return end
            case .sequence(let items):
                guard !node.isFlow, let last = items.last else { return node.span.upperBound }
                return tightEnd(last)
            case .mapping(let pairs):
                guard !node.isFlow, let last = pairs.last else { return node.span.upperBound }
                return tightEnd(last.value)
            }
        }

        /// The start of the line after the one holding `index` (or `index` itself at a line start).
        mutating func lineAfter(_ index: Int) -> Int {
            if index > 0, index <= characters.count, characters[index - 1] == "\n" { return index }
            var position = index
            while position < characters.count, characters[position] != "\n" { position += 1 }
            if position == characters.count {
                characters.append("\n")
                return characters.count
            }
            return position + 1
        }

        func lineStart(_ index: Int) -> Int {
            var position = min(index, characters.count)
            while position > 0, characters[position - 1] != "\n" { position -= 1 }
            return position
        }

        func isCommentLine(startingAt index: Int) -> Bool {
            var position = index
            while position < characters.count, characters[position] == " " { position += 1 }
            return position < characters.count && characters[position] == "#"
        }

        mutating func splice(_ range: Range<Int>, _ text: String) {
            characters.replaceSubrange(range, with: Array(text.unicodeScalars))
        }

        mutating func insert(key: String, value: YAMLValue, into mapping: YAMLNode, pairs: [YAMLPair], at path: [YAMLPathStep]) {
            if mapping.isFlow {
                let close = mapping.span.upperBound - 1
                let text = (pairs.isEmpty ? "" : ", ") + "\(key): \(inline(value))"
                splice(close..<close, text)
                return
            }
            let indent = (pairs.first?.key.location.column ?? 1) - 1
            let order = keyOrder(path.map { if case .index = $0 { .index(0) } else { $0 } })
            let rank = order.firstIndex(of: key)
            let next = rank.flatMap { rank in
                pairs.firstIndex { pair in (pair.key.scalarText.flatMap { order.firstIndex(of: $0) } ?? -1) > rank }
            }
            let text = block(key, value, indent: indent)
            if let next, next > 0 || isLineStart(ofKey: pairs[next].key) {
                // Before the next key in order, above the comment lines that introduce it.
                let floor = next > 0 ? lineEnd(tightEnd(pairs[next - 1].value)) : 0
                var position = lineStart(pairs[next].key.span.lowerBound)
                while position > floor, position > 0 {
                    let previous = lineStart(position - 1)
                    guard previous >= floor, isCommentLine(startingAt: previous) else { break }
                    position = previous
                }
                splice(position..<position, text)
            } else {
                let position = lineAfter(tightEnd(mapping))
                splice(position..<position, text)
            }
        }

        /// The start of the line after the one holding `index`, without changing the text.
        func lineEnd(_ index: Int) -> Int {
            if index > 0, index <= characters.count, characters[index - 1] == "\n" { return index }
            var position = index
            while position < characters.count, characters[position] != "\n" { position += 1 }
            return min(position + 1, characters.count)
        }

        /// `true` when only spaces come before the key on its line (not `- key:`).
        func isLineStart(ofKey key: YAMLNode) -> Bool {
            let start = lineStart(key.span.lowerBound)
            return characters[start..<key.span.lowerBound].allSatisfy { $0 == " " }
        }

        mutating func append(_ value: YAMLValue, to sequence: YAMLNode, items: [YAMLNode]) {
            if sequence.isFlow {
                let close = sequence.span.upperBound - 1
                splice(close..<close, ", " + inline(value))
                return
            }
            let indent = sequence.location.column - 1
            let position = lineAfter(tightEnd(sequence))
            splice(position..<position, listItem(value, indent: indent))
        }

        mutating func replace(_ node: YAMLNode, with value: YAMLValue, parentIsBlock: Bool, indent: Int) {
            let empty = node.isNull || node.isEmptyFlow
            if parentIsBlock, needsBlock(value), empty {
                // `key:` or `key: []` becomes `key:` followed by the block on the next lines.
                var lineEnd = node.span.upperBound
                while lineEnd < characters.count, characters[lineEnd] != "\n" { lineEnd += 1 }
                let trailing = String(String.UnicodeScalarView(characters[node.span.upperBound..<lineEnd]))
                let comment =
                    trailing.trimmingCharacters(in: .whitespaces).hasPrefix("#")
                    ? " " + trailing.trimmingCharacters(in: .whitespaces) : ""
                var start = node.span.lowerBound
                while start > 0, characters[start - 1] == " " { start -= 1 }
                let body = blockBody(value, indent: indent + 2)
                splice(start..<lineEnd, comment + "\n" + String(body.dropLast()))
                return
            }
            let text = parentIsBlock ? inlineInBlock(value) : inline(value)
            if node.span.isEmpty {
                splice(node.span, " " + text)
            } else {
                splice(node.span.lowerBound..<tightEnd(node), text)
            }
        }

    }
}

extension YAMLNode {
    /// `true` for `[]` and `{}`.
    var isEmptyFlow: Bool {
        guard isFlow else { return false }
        switch content {
        case .sequence(let items): return items.isEmpty
        case .mapping(let pairs): return pairs.isEmpty
        case .scalar: return false
        }
    }
}
