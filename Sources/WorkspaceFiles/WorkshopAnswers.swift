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
        case unknownQuestions(file: String, [(String, SourceLocation, String?)])

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
            case .unknownQuestions(let file, let entries):
                LocalizedText(
                    fa: entries.map { key, location, suggestion in
                        "\(file):\(location.line):\(location.column): پرسشی با شناسه «\(key)» نیست"
                            + (suggestion.map { "؛ منظور «\($0)» بود؟" } ?? "؛ شناسه‌ها را در questionnaires/ یا با --keys ببینید")
                            + " — هنوز چیزی نوشته نشده است"
                    }.joined(separator: "\n"),
                    en: entries.map { key, location, suggestion in
                        "\(file):\(location.line):\(location.column): there is no question \"\(key)\""
                            + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "; see the ids in questionnaires/ or with --keys")
                            + " — nothing was written"
                    }.joined(separator: "\n"))
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
    /// Called before each question with how far the walk is (for a progress line on a terminal).
    public var progress: (@Sendable (_ number: Int, _ total: Int) -> Void)?

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
        progress?(number, total)
        switch slot.kind {
        case .another:
            // No record at that position: the file does not decide, a later run may still add one.
            return node(slot.answerKey) == nil ? .pass : .answer(.text("yes"))
        case .question:
            guard let answer = node(slot.answerKey), !answer.isNull else { return .pass }
            switch answer.content {
            case .scalar(let text, _): return .answer(.text(text))
            case .sequence(let items): return .answer(.items(items.compactMap(\.scalarText)))
            case .mapping: return .pass
            }
        }
    }

    public mutating func show(_ text: LocalizedText, step: Int?) {}

    /// An answer here for a question skipped at the keyboard, or another record for a list closed there,
    /// is still taken.
    public func insists(on slot: WorkshopSlot) -> Bool {
        guard let node = node(slot.answerKey), !node.isNull else { return false }
        return true
    }

    /// Answers that no slot of the walk asked for: misspelt ids, records of lists that do not exist.
    public func unused(seen keys: Set<[String]>, in scope: WorkshopWalk.Scope) -> [(String, SourceLocation)] {
        var prefixes: Set<[String]> = []
        for key in keys {
            for length in 1...key.count { prefixes.insert(Array(key.prefix(length))) }
        }
        var unused: [(String, SourceLocation)] = []
        // Each entry with where it is written: its key, or the item itself in a list.
        var stack: [([String], YAMLNode, SourceLocation)] = [([], root, root.location)]
        while let (path, node, location) = stack.popLast() {
            if !path.isEmpty, !prefixes.contains(path), !Self.isRecordPosition(path, in: prefixes) {
                if Self.belongs(path, to: scope) { unused.append((path.joined(separator: " › "), location)) }
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

    /// Keys shaped like question ids (`s1.…` to `s6.…`) that name no question and no group of records, with
    /// a suggestion: checked before the walk, so a typo stops the run before anything is written.
    public func unknownQuestionIDs(known: Set<String>) -> [(String, SourceLocation, String?)] {
        var unknown: [(String, SourceLocation, String?)] = []
        var stack: [YAMLNode] = [root]
        let candidates = known.sorted()
        while let node = stack.popLast() {
            switch node.content {
            case .mapping(let pairs):
                for pair in pairs {
                    if let key = pair.key.scalarText, key.range(of: #"^s[1-6]\."#, options: .regularExpression) != nil,
                        !known.contains(key)
                    {
                        unknown.append((key, pair.key.location, Suggestion.closest(to: key, among: candidates)))
                    }
                    stack.append(pair.value)
                }
            case .sequence(let items): stack += items
            case .scalar: continue
            }
        }
        return unknown.sorted { $0.1 < $1.1 }
    }

    /// Answers the walk did not use because their field was answered (or asked) before, and which differ from
    /// what the field holds: key, where the answer is, and what the field keeps.
    public func ignored(by runner: WorkshopRunner) -> [(String, SourceLocation, String)] {
        let askedNow = Set(runner.askedNow)
        var ignored: [(String, SourceLocation, String)] = []
        for slot in runner.walk.slots where !askedNow.contains(slot.id) {
            guard let question = slot.question, let node = node(slot.answerKey), !node.isNull else { continue }
            let answer: WorkshopAnswer
            switch node.content {
            case .scalar(let text, _): answer = .text(text)
            case .sequence(let items): answer = .items(items.compactMap(\.scalarText))
            case .mapping: continue
            }
            let given = (try? WorkshopRunner.value(of: answer, for: question)).map(Self.words)
            let kept = slot.current.map(Self.words) ?? []
            if given != kept {
                ignored.append((slot.answerKey.joined(separator: " › "), node.location, kept.joined(separator: ", ")))
            }
        }
        return ignored.sorted { $0.1 < $1.1 }
    }

    static func words(_ value: YAMLValue) -> [String] {
        switch value {
        case .text(let text), .number(let text): [text]
        case .flag(let flag): [flag ? "true" : "false"]
        case .list(let items): items.flatMap(words)
        case .mapping(let entries): entries.flatMap { words($0.value) }
        }
    }

    /// `true` when an answer at `path` is one the walk of `scope` would ask: answers for other steps, vendors
    /// or evaluators are left alone by a partial walk.
    static func belongs(_ path: [String], to scope: WorkshopWalk.Scope) -> Bool {
        guard let top = path.first else { return false }
        switch scope {
        case .steps(let steps):
            let step: Int? =
                switch top {
                case Workspace.FileName.vendorsFolder, "scores": 5
                case Workspace.FileName.chartersFolder: 6
                default: top.count > 2 && top.hasPrefix("s") ? Int(String(top.dropFirst().prefix(1))) : nil
                }
            return step.map(steps.contains) ?? true
        case .vendor(let vendor):
            return top == Workspace.FileName.vendorsFolder && (path.count < 2 || path[1] == vendor)
        case .scores(let evaluator, let vendor):
            return top == "scores" && (path.count < 2 || path[1] == evaluator)
                && (vendor == nil || path.count < 3 || path[2] == vendor)
        }
    }

    /// Record positions beyond those the walk created are reported by their fields, not as positions.
    static func isRecordPosition(_ path: [String], in prefixes: Set<[String]>) -> Bool {
        guard let last = path.last, Int(last) != nil else { return false }
        return prefixes.contains(Array(path.dropLast()))
    }
}
