import Foundation
import Localization
import SelectionWorkshop

/// A YAML file of answers that runs the workshop without a person at the keyboard, for scripted and
/// repeatable workshops. Its shape follows the walk:
///
/// ```yaml
/// version: 1
/// answers:
///   s1.project.name: After-sales CRM selection      # one field: the question's id
///   s1.unit:                                        # a list of records: the group, one item per record
///     - {s1.unit.id: sales, s1.unit.name: Sales}
///   vendors:                                        # one file per shortlisted vendor, by its id
///     abrak:
///       s5.cost.licence: 0 IRR
///       s5.coverage:                                # one claim per requirement, by its id
///         R-001: {s5.coverage.claim: full}
///   charters:                                       # one file per process charter
///     - {s6.charter.id: complaint-handling, s6.charter.title: …}
///   scores:                                         # evaluator → vendor → criterion → score
///     maryam: {abrak: {call-center: 4}}
/// ```
public struct WorkshopAnswersFile: WorkshopResponder {
    public enum Failure: BilingualError {
        case unreadable(String, [Diagnostic])
        case refused(file: String, location: SourceLocation?, key: String, problem: LocalizedText)
        case unused(file: String, [(String, SourceLocation)])

        public var message: LocalizedText {
            switch self {
            case .unreadable(let file, let problems):
                LocalizedText(
                    fa: "پرونده پاسخ‌ها «\(file)» خوانا نیست:\n" + problems.map { $0.formatted(in: .fa) }.joined(separator: "\n"),
                    en: "the answers file \"\(file)\" cannot be read:\n"
                        + problems.map { $0.formatted(in: .en) }.joined(separator: "\n"))
            case .refused(let file, let location, let key, let problem):
                LocalizedText(
                    fa:
                        "\(file):\(location.map { "\($0.line):\($0.column)" } ?? "1:1"): پاسخ \(key) پذیرفته نشد: \(problem.text(in: .fa)) — پاسخ را در پرونده پاسخ‌ها درست کنید",
                    en:
                        "\(file):\(location.map { "\($0.line):\($0.column)" } ?? "1:1"): the answer \(key) was refused: \(problem.text(in: .en)) — correct it in the answers file"
                )
            case .unused(let file, let entries):
                LocalizedText(
                    fa: entries.map {
                        "\(file):\($0.1.line):\($0.1.column): «\($0.0)» به هیچ پرسشی نمی‌خورد؛ شناسه پرسش را از questionnaires/ بردارید"
                    }
                    .joined(separator: "\n"),
                    en: entries.map {
                        "\(file):\($0.1.line):\($0.1.column): \"\($0.0)\" fits no question; copy the question id from questionnaires/"
                    }
                    .joined(separator: "\n"))
            }
        }
    }

    let file: String
    let root: YAMLNode

    public init(contentsOf url: URL) throws(Failure) {
        let name = url.path
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .unreadable(
                name,
                [
                    .error(
                        "unreadable-file", at: FieldOrigin(file: name), en: "the file cannot be read",
                        fa: "پرونده خوانده نمی‌شود", fixEn: "check the path", fixFa: "مسیر را بررسی کنید")
                ])
        }
        let (root, issues) = YAMLReader.read(data)
        guard let root, issues.isEmpty else { throw .unreadable(name, issues.map { $0.diagnostic(in: name) }) }
        guard case .mapping(let pairs) = root.content, let answers = pairs.first(where: { $0.key.scalarText == "answers" })?.value
        else {
            throw .unreadable(
                name,
                [
                    .error(
                        "missing-field", at: FieldOrigin(file: name), en: "the file has no answers: mapping",
                        fa: "کلید answers: در پرونده نیست", fixEn: "put the answers under answers:, keyed by question id",
                        fixFa: "پاسخ‌ها را زیر answers: با شناسه پرسش بنویسید")
                ])
        }
        self.file = name
        self.root = answers
    }

    /// Where the answer at `key` is written.
    public func location(of key: [String]) -> SourceLocation? { node(key)?.location }

    /// The node at `key` (mapping keys, or list positions written as numbers).
    func node(_ key: [String]) -> YAMLNode? {
        var node: YAMLNode? = root
        for component in key {
            guard let current = node else { return nil }
            switch current.content {
            case .mapping(let pairs): node = pairs.first { $0.key.scalarText == component }?.value
            case .sequence(let items):
                guard let index = Int(component), items.indices.contains(index) else { return nil }
                node = items[index]
            case .scalar: return nil
            }
        }
        return node
    }

    public mutating func respond(to slot: WorkshopSlot, number: Int, of total: Int, problem: LocalizedText?)
        -> WorkshopResponse
    {
        // A file cannot think again: a refused answer ends the run (see `WorkshopRunner.run`).
        if problem != nil { return .quit }
        switch slot.kind {
        case .another:
            return .answer(.text(node(slot.answerKey) == nil ? "no" : "yes"))
        case .question:
            guard let answer = node(slot.answerKey), !answer.isNull else { return .skip }
            switch answer.content {
            case .scalar(let text, _): return .answer(.text(text))
            case .sequence(let items): return .answer(.items(items.compactMap(\.scalarText)))
            case .mapping: return .skip
            }
        }
    }

    public mutating func show(_ text: LocalizedText, step: Int?) {}

    /// Answers that no slot of the walk asked for: misspelt ids, records of lists that do not exist.
    public func unused(seen keys: Set<[String]>) -> [(String, SourceLocation)] {
        var prefixes: Set<[String]> = []
        for key in keys {
            for length in 1...key.count { prefixes.insert(Array(key.prefix(length))) }
        }
        var unused: [(String, SourceLocation)] = []
        // Each entry with where it is written: its key, or the item itself in a list.
        var stack: [([String], YAMLNode, SourceLocation)] = [([], root, root.location)]
        while let (path, node, location) = stack.popLast() {
            if !path.isEmpty, !prefixes.contains(path), !Self.isRecordPosition(path, in: prefixes) {
                unused.append((path.joined(separator: " › "), location))
                continue
            }
            switch node.content {
            case .mapping(let pairs):
                for pair in pairs { stack.append((path + [pair.key.scalarText ?? ""], pair.value, pair.key.location)) }
            case .sequence(let items) where !(keys.contains(path)):
                for (index, item) in items.enumerated() { stack.append((path + [String(index)], item, item.location)) }
            default:
                continue
            }
        }
        return unused.sorted { $0.1 < $1.1 }
    }

    /// Record positions beyond those the walk created are reported by their fields, not as positions.
    static func isRecordPosition(_ path: [String], in prefixes: Set<[String]>) -> Bool {
        guard let last = path.last, Int(last) != nil else { return false }
        return prefixes.contains(Array(path.dropLast()))
    }
}
