import CYaml
import Foundation
import SelectionWorkshop

/// A YAML node with the line and column where it starts.
///
/// crmkit reads workspace files into this small tree, built from libyaml's event stream (the copy that
/// Yams bundles), instead of through Yams' composer: the tree is built without recursion (so no nesting can
/// overflow the stack), every duplicate key is reported while reading goes on, aliases are refused before
/// they can multiply work, and every node keeps its position for error messages.
final class YAMLNode: Sendable {
    enum Content: Sendable {
        /// A scalar; `plain` is `true` for unquoted, untagged scalars (the only ones YAML reads as numbers,
        /// booleans or null).
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    let content: Content
    let location: SourceLocation
    /// Where the node's text starts and ends, in characters (Unicode scalars) from the start of the file, as
    /// libyaml counts them; `isFlow` is `true` for `[…]` and `{…}` collections. For a block collection the end
    /// is where libyaml closed it, which may lie past trailing comments — `YAMLTextEdit` uses the end of its
    /// last item instead.
    let span: Range<Int>
    let isFlow: Bool

    init(_ content: Content, at location: SourceLocation, span: Range<Int> = 0..<0, isFlow: Bool = false) {
        self.content = content
        self.location = location
        self.span = span
        self.isFlow = isFlow
    }

    /// `true` for a plain `null`, `~` or empty scalar.
    var isNull: Bool {
        if case .scalar(let text, plain: true) = content {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    /// What kind of value this is, in words for an error message.
    var kind: YAMLValueKind {
        switch content {
        case .scalar: isNull ? .null : .scalar
        case .sequence: .list
        case .mapping: .mapping
        }
    }
}

struct YAMLPair: Sendable {
    let key: YAMLNode
    let value: YAMLNode
}

enum YAMLValueKind: Sendable {
    case null, scalar, list, mapping
}

/// A problem met while reading a file's YAML syntax.
struct YAMLSyntaxIssue: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// libyaml could not read the text; reading stopped.
        case syntax(problem: String, context: String?)
        case tooLarge(bytes: Int, limit: Int)
        case tooDeep(limit: Int)
        case tooManyNodes(limit: Int)
        case alias
        case multipleDocuments
        case complexKey
        case duplicateKey(String, firstAt: SourceLocation)
    }

    var kind: Kind
    var location: SourceLocation
    /// `true` when reading stopped at this issue and the file yields no tree.
    var isFatal: Bool {
        if case .duplicateKey = kind { return false }
        return true
    }
}

/// Limits that keep a hostile or broken file from exhausting the tools.
struct YAMLReadLimits: Sendable {
    var maximumBytes = 4 * 1024 * 1024
    var maximumDepth = 64
    var maximumNodes = 500_000

    static let standard = YAMLReadLimits()
}

enum YAMLReader {
    /// Reads one YAML document. Returns the root (`nil` for an empty file or after a fatal issue) and every
    /// issue met; never throws and never recurses.
    static func read(_ data: Data, limits: YAMLReadLimits = .standard) -> (root: YAMLNode?, issues: [YAMLSyntaxIssue]) {
        guard data.count <= limits.maximumBytes else {
            return (
                nil,
                [
                    YAMLSyntaxIssue(
                        kind: .tooLarge(bytes: data.count, limit: limits.maximumBytes), location: .init(line: 1, column: 1))
                ]
            )
        }
        return data.withUnsafeBytes { buffer in
            var composer = Composer(limits: limits, data: buffer)
            return composer.run()
        }
    }

    private struct Composer {
        /// A collection being read. A class, so that items are appended in place: an enum payload would be
        /// copied on every append and make long lists quadratic.
        final class Frame {
            let start: SourceLocation
            let startIndex: Int
            let isFlow: Bool
            let isMapping: Bool
            var items: [YAMLNode] = []
            var pairs: [YAMLPair] = []
            var pendingKey: YAMLNode?
            var seen: [String: SourceLocation] = [:]

            init(start: SourceLocation, startIndex: Int, isFlow: Bool, isMapping: Bool) {
                self.start = start
                self.startIndex = startIndex
                self.isFlow = isFlow
                self.isMapping = isMapping
            }
        }

        let limits: YAMLReadLimits
        let data: UnsafeRawBufferPointer
        var stack: [Frame] = []
        var root: YAMLNode?
        var issues: [YAMLSyntaxIssue] = []
        var nodeCount = 0
        var documents = 0

        init(limits: YAMLReadLimits, data: UnsafeRawBufferPointer) {
            self.limits = limits
            self.data = data
        }

        mutating func run() -> (root: YAMLNode?, issues: [YAMLSyntaxIssue]) {
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return (nil, [fatal(.syntax(problem: "out of memory", context: nil), at: .init(line: 1, column: 1))])
            }
            defer { yaml_parser_delete(&parser) }
            let base = data.baseAddress?.assumingMemoryBound(to: UInt8.self)
            // libyaml wants a pointer even for empty input.
            var empty: UInt8 = 0
            withUnsafePointer(to: &empty) { emptyPointer in
                yaml_parser_set_input_string(&parser, base ?? emptyPointer, data.count)
                loop(&parser)
            }
            return (issues.contains(where: \.isFatal) ? nil : root, issues)
        }

        private mutating func loop(_ parser: inout yaml_parser_t) {
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    issues.append(syntaxIssue(parser))
                    return
                }
                defer { yaml_event_delete(&event) }
                let location = SourceLocation(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                let start = Int(event.start_mark.index)
                let end = max(start, Int(event.end_mark.index))
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 {
                        issues.append(fatal(.multipleDocuments, at: location))
                        return
                    }
                case YAML_ALIAS_EVENT:
                    issues.append(fatal(.alias, at: location))
                    return
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    let text =
                        scalar.value.map {
                            String(decoding: UnsafeBufferPointer(start: $0, count: Int(scalar.length)), as: UTF8.self)
                        } ?? ""
                    let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.tag == nil
                    guard add(YAMLNode(.scalar(text, plain: plain), at: location, span: start..<end)) else { return }
                case YAML_SEQUENCE_START_EVENT:
                    let flow = event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                    let frame = Frame(start: location, startIndex: start, isFlow: flow, isMapping: false)
                    guard open(frame, at: location) else { return }
                case YAML_MAPPING_START_EVENT:
                    let flow = event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                    let frame = Frame(start: location, startIndex: start, isFlow: flow, isMapping: true)
                    guard open(frame, at: location) else { return }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let frame = stack.popLast() else { return }
                    let node = YAMLNode(
                        frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items), at: frame.start,
                        span: frame.startIndex..<max(frame.startIndex, end), isFlow: frame.isFlow)
                    guard add(node) else { return }
                default:
                    continue
                }
            }
        }

        private mutating func open(_ frame: Frame, at location: SourceLocation) -> Bool {
            guard stack.count < limits.maximumDepth else {
                issues.append(fatal(.tooDeep(limit: limits.maximumDepth), at: location))
                return false
            }
            stack.append(frame)
            return true
        }

        /// Adds a finished node to its parent; `false` when reading must stop.
        private mutating func add(_ node: YAMLNode) -> Bool {
            nodeCount += 1
            guard nodeCount <= limits.maximumNodes else {
                issues.append(fatal(.tooManyNodes(limit: limits.maximumNodes), at: node.location))
                return false
            }
            guard let top = stack.last else {
                root = node
                return true
            }
            guard top.isMapping else {
                top.items.append(node)
                return true
            }
            guard let key = top.pendingKey else {
                guard case .scalar = node.content else {
                    issues.append(fatal(.complexKey, at: node.location))
                    return false
                }
                top.pendingKey = node
                return true
            }
            top.pendingKey = nil
            if case .scalar(let name, _) = key.content {
                if let first = top.seen[name] {
                    issues.append(YAMLSyntaxIssue(kind: .duplicateKey(name, firstAt: first), location: key.location))
                } else {
                    top.seen[name] = key.location
                    top.pairs.append(YAMLPair(key: key, value: node))
                }
            }
            return true
        }

        private func fatal(_ kind: YAMLSyntaxIssue.Kind, at location: SourceLocation) -> YAMLSyntaxIssue {
            YAMLSyntaxIssue(kind: kind, location: location)
        }

        private func syntaxIssue(_ parser: yaml_parser_t) -> YAMLSyntaxIssue {
            let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
            let context = parser.context.map { String(cString: $0) }
            let location: SourceLocation
            if parser.error == YAML_READER_ERROR {
                location = lineAndColumn(ofByte: Int(parser.problem_offset))
            } else {
                location = SourceLocation(
                    line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
            }
            return fatal(.syntax(problem: problem, context: context), at: location)
        }

        /// The line and column (in characters, as libyaml counts) of a byte offset, for reader errors that
        /// only report an offset.
        private func lineAndColumn(ofByte offset: Int) -> SourceLocation {
            var line = 1
            var column = 1
            var index = 0
            let end = min(offset, data.count)
            while index < end {
                let byte = data[index]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
            return SourceLocation(line: line, column: column)
        }
    }
}
