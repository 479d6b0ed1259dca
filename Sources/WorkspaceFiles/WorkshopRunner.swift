import Foundation
import Localization
import SelectionWorkshop

/// What the person (or the answers file) said to one slot of the walk.
public enum WorkshopResponse: Sendable, Equatable {
    case answer(WorkshopAnswer)
    /// A decision to leave the question: it is not asked again (the journal keeps it).
    case skip
    /// No answer at hand (an answers file without this key): the question stays open for a later run, and
    /// "another …?" is taken as no for now.
    case pass
    case back
    case quit
}

/// An answer as given: one line of text, or several items.
public enum WorkshopAnswer: Sendable, Equatable {
    case text(String)
    case items([String])
}

/// Asks the questions of the walk: a person at a terminal, or an answers file.
public protocol WorkshopResponder {
    /// The response to `slot`; `problem` says why the previous answer to the same slot was refused.
    mutating func respond(to slot: WorkshopSlot, number: Int, of total: Int, problem: LocalizedText?) -> WorkshopResponse
    /// Something to show between questions: a step's title (with its number) or intro (`step` nil).
    mutating func show(_ text: LocalizedText, step: Int?)
    /// `true` when the responder has something to say to a slot the walk would pass by (an answers file
    /// with an answer for a question skipped earlier, or another record for a list closed earlier).
    func insists(on slot: WorkshopSlot) -> Bool
}

extension WorkshopResponder {
    public func insists(on slot: WorkshopSlot) -> Bool { false }
}

/// Runs the workshop walk: asks each open slot, checks each answer against the workspace rules, and saves
/// it at once (atomically, through `WorkspaceEditor`), so quitting at any moment loses nothing and running
/// again resumes with what is still open.
public struct WorkshopRunner {
    public enum Outcome: Sendable, Equatable {
        /// Every open question was asked.
        case finished(answered: Int)
        case quit(answered: Int)
        /// An answer could not be used and the responder cannot change it (an answers file).
        case refused(key: [String], problem: LocalizedText)
    }

    public private(set) var walk: WorkshopWalk
    /// The answer keys of every slot the walk showed (to find answers-file entries that fit nowhere).
    public private(set) var seenKeys: Set<[String]> = []

    /// The slots asked before (answered or skipped), from the workspace's journal.
    public private(set) var asked: Set<String>
    /// `true` to ask every slot again, answered or not, with its answer as the default.
    public let revisit: Bool
    /// Slots asked in this run, in order, for the "3/40" counter.
    public private(set) var askedNow: [String] = []

    public init(walk: WorkshopWalk, revisit: Bool = false) {
        self.walk = walk
        self.revisit = revisit
        self.asked = WorkshopJournal.read(from: walk.directory)
    }

    /// A slot is open when it was never asked and its field is still empty (an empty list counts as
    /// empty); with `revisit`, every slot is.
    func isOpen(_ slot: WorkshopSlot) -> Bool {
        if revisit { return true }
        let empty: Bool =
            switch slot.kind {
            case .question: slot.current == nil || slot.current == .list([])
            case .another: true
            }
        guard empty else { return false }
        return !asked.contains(slot.id) || insists(slot)
    }

    /// What the responder of the current run insists on (see `WorkshopResponder.insists(on:)`).
    private var insists: (WorkshopSlot) -> Bool = { _ in false }

    /// Remembers that `slot` was asked, in the journal too, so a later run does not ask it again.
    mutating func markAsked(_ slot: WorkshopSlot) {
        if !askedNow.contains(slot.id) { askedNow.append(slot.id) }
        guard asked.insert(slot.id).inserted else { return }
        WorkshopJournal.write(asked, to: walk.directory)
    }

    public mutating func run(with responder: inout some WorkshopResponder, maximumRefusals: Int = .max) -> Outcome {
        let insisting = responder
        insists = { insisting.insists(on: $0) }
        defer { insists = { _ in false } }
        var answered = 0
        var history: [String] = []
        var index = walk.slots.firstIndex(where: isOpen) ?? walk.slots.count
        var shownStep: Int?
        var problem: LocalizedText?
        var refusals = 0
        noteKeys()
        defer { noteKeys() }
        while index < walk.slots.count {
            let slot = walk.slots[index]
            noteKeys()
            if shownStep != slot.step, let questionnaire = walk.questionnaires.first(where: { $0.step == slot.step }) {
                shownStep = slot.step
                responder.show(questionnaire.title, step: slot.step)
                responder.show(questionnaire.intro, step: nil)
            }
            let open = walk.slots.indices.filter { $0 > index && isOpen(walk.slots[$0]) }.count
            let number = (askedNow.firstIndex(of: slot.id) ?? askedNow.count) + 1
            let response = responder.respond(
                to: slot, number: number, of: max(number, askedNow.count + (askedNow.contains(slot.id) ? 0 : 1) + open),
                problem: problem)
            problem = nil
            switch response {
            case .quit:
                return .quit(answered: answered)
            case .back:
                guard let previous = history.popLast() else {
                    problem = LocalizedText(fa: "پیش از این پرسشی نیست", en: "there is no earlier question")
                    continue
                }
                walk.refresh()
                index = walk.slots.firstIndex { $0.id == previous } ?? index
            case .skip, .pass:
                if walk.pendingRecord != nil {
                    // Skipping the first field of a new record means no new record after all.
                    walk.pendingRecord = nil
                }
                if response == .skip { markAsked(slot) }
                history.append(slot.id)
                walk.refresh()
                index = next(after: slot.id, from: index, skipping: true)
            case .answer(let answer):
                if case .another = slot.kind {
                    guard let yes = Self.yesNo(answer) else {
                        problem = LocalizedText(fa: "بله یا خیر؟", en: "yes or no?")
                        continue
                    }
                    markAsked(slot)
                    history.append(slot.id)
                    if yes {
                        walk.pendingRecord = Self.pendingKey(slot)
                        walk.refresh()
                        // The new record's first question takes the place of "another?".
                    } else {
                        walk.refresh()
                        index = next(after: slot.id, from: index, skipping: true)
                    }
                    continue
                }
                do throws(WorkshopAnswerError) {
                    try save(answer, for: slot)
                } catch {
                    problem = error.message
                    refusals += 1
                    if refusals >= maximumRefusals { return .refused(key: slot.answerKey, problem: error.message) }
                    continue
                }
                answered += 1
                walk.pendingRecord = nil
                markAsked(slot)
                history.append(slot.id)
                walk.refresh()
                index = next(after: slot.id, from: index, skipping: false)
            }
        }
        return .finished(answered: answered)
    }

    /// Adds the answer keys of the walk as it stands to `seenKeys`.
    mutating func noteKeys() {
        seenKeys.formUnion(walk.slots.map(\.answerKey))
        seenKeys.formUnion(walk.settledKeys)
    }

    /// The next open slot after the one with `id` (or after position `fallback` when that slot's id changed,
    /// as a new charter's does once its file exists).
    func next(after id: String, from fallback: Int, skipping: Bool) -> Int {
        let start: Int
        if let position = walk.slots.firstIndex(where: { $0.id == id }) {
            start = position + 1
        } else {
            start = skipping ? fallback + 1 : fallback
        }
        var index = start
        while index < walk.slots.count, !isOpen(walk.slots[index]) { index += 1 }
        return index
    }

    /// The keys a new file of a folder starts with.
    static func header(of file: String) -> [YAMLEntry] {
        let parts = file.split(separator: "/")
        guard parts.count == 2, parts[1].hasSuffix(".yaml") else { return [] }
        let id = String(parts[1].dropLast(5))
        return switch String(parts[0]) {
        case Workspace.FileName.vendorsFolder: [YAMLEntry("vendor", .text(id))]
        case Workspace.FileName.scoresFolder: [YAMLEntry("evaluator", .text(id))]
        default: []
        }
    }

    static func pendingKey(_ slot: WorkshopSlot) -> String {
        guard case .another(let group, _) = slot.kind else { return "" }
        return group == Workspace.FileName.chartersFolder ? group : "\(slot.file)#\(group)"
    }

    public static func yesNo(_ answer: WorkshopAnswer) -> Bool? {
        guard case .text(let text) = answer else { return nil }
        let word = PersianDigits.toLatin(text).trimmingCharacters(in: .whitespaces).lowercased()
        if ["y", "yes", "true", "1", "بله", "آری", "بلی", "آره", "ب"].contains(word) { return true }
        if ["n", "no", "false", "0", "خیر", "نه", "ن", "خ"].contains(word) { return false }
        return nil
    }

    // MARK: - Saving one answer

    mutating func save(_ answer: WorkshopAnswer, for slot: WorkshopSlot) throws(WorkshopAnswerError) {
        guard let question = slot.question else { return }
        let value = try Self.value(of: answer, for: question)
        let directory = walk.directory
        let order = Self.keyOrder(walk.questionnaires)
        // A new charter starts as its own file, with every field under its question.
        if slot.file.hasSuffix("/"), case .text(let id) = value {
            guard IdentifierSyntax.isValid(id) else {
                throw .invalid(
                    LocalizedText(
                        fa: "«\(id)» شناسه نیست؛ حروف کوچک لاتین، رقم و خط تیره، مثلاً roadside-assistance",
                        en: "\"\(id)\" is not an id; use lower-case letters, digits and dashes, e.g. roadside-assistance"))
            }
            do {
                try CharterScaffold.create(id: id, title: nil, apqc: nil, in: directory, language: walk.language)
            } catch {
                throw .invalid(error.message)
            }
            return
        }
        do throws(WorkspaceEditor.Failure) {
            if walk.text(of: slot.file) == nil {
                // A vendor's interview or an evaluator's sheet starts with whose it is.
                for entry in Self.header(of: slot.file) {
                    try WorkspaceEditor.set(
                        entry.value, at: [.key(entry.key)], in: slot.file, at: directory,
                        guard: .field(FieldOrigin(file: slot.file, path: [.key(entry.key)])), keyOrder: order(slot.file))
                }
            }
            var path = slot.path
            var written = value
            if let append = path.firstIndex(of: .append) {
                // A new record: its first field, and what it must carry, as one item.
                let rest = Array(path[(append + 1)...])
                let items: [YAMLValue] =
                    if case .list(let items) = walk.value(slot.file, Array(path[..<append])) { items } else { [] }
                let taken = Set(items.compactMap { WorkshopWalk.field($0, "id") })
                var entries = slot.creatingInRecord(answer: value, taken: taken)
                if case .key(let first) = rest.first {
                    entries.append(YAMLEntry(first, WorkshopWalk.Editor.nest(value, Array(rest.dropFirst()))))
                }
                written = .mapping(entries)
                path = Array(path[...append])
            }
            var origin = slot.origin
            if let append = slot.path.firstIndex(of: .append) {
                let count = YAMLTextEdit.count(
                    at: Array(slot.path[..<append]),
                    in: walk.text(of: slot.file) ?? "")
                origin.path[append] = .index(count)
            }
            try WorkspaceEditor.set(
                written, at: path, in: slot.file, at: directory, guard: .field(origin), keyOrder: order(slot.file))
        } catch {
            throw WorkshopAnswerError.invalid(error.message)
        }
    }

    /// For each file, the order keys take in each mapping: the order the questionnaires ask them in.
    static func keyOrder(_ questionnaires: [Questionnaire]) -> (String) -> @Sendable ([YAMLPathStep]) -> [String] {
        let questions = questionnaires.flatMap(\.questions)
        return { file in
            var orders: [[YAMLPathStep]: [String]] = [[]: ["version", "vendor", "evaluator", "id"]]
            for question in questions where question.fills.names(file: file) {
                var path: [YAMLPathStep] = []
                for key in question.fills.keys {
                    if !(orders[path]?.contains(key.name) ?? false) { orders[path, default: []].append(key.name) }
                    path.append(.key(key.name))
                    if key.eachItem { path.append(.index(0)) }
                }
            }
            // Records whose id the workshop generates carry it first.
            for (path, keys) in orders where path.last == .index(0) && !keys.contains("id") {
                orders[path] = ["id"] + keys
            }
            let frozen = orders
            return { path in frozen[path] ?? [] }
        }
    }

    // MARK: - Reading an answer

    /// The answer as the YAML value its question's field takes.
    static func value(of answer: WorkshopAnswer, for question: Question) throws(WorkshopAnswerError) -> YAMLValue {
        let items: [String]
        switch answer {
        case .text(let text): items = split(text, list: question.type == .list || question.multiple)
        case .items(let list): items = list.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let text = items.joined(separator: ", ")
        guard !items.isEmpty else { throw .empty }
        switch question.type {
        case .list:
            return .list(try items.map { item throws(WorkshopAnswerError) in .text(try choice(item, of: question)) })
        case .stakeholder:
            let ids = items.map { PersianDigits.toLatin($0) }
            return question.multiple ? .texts(ids) : .text(ids[0])
        case .choice:
            return .text(try choice(text, of: question))
        case .yesNo:
            guard let flag = yesNo(.text(text)) else {
                throw .invalid(LocalizedText(fa: "بله یا خیر (y/n)؟", en: "yes or no (y/n)?"))
            }
            return .flag(flag)
        case .number:
            let latin = PersianDigits.toLatin(text).replacingOccurrences(of: "٫", with: ".")
                .replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "٬", with: "")
            if let choice = question.choices.first(where: { $0.value == latin }) { return .number(choice.value) }
            // A scale level may be given by its label ("Good", «خوب»).
            if let choice = question.choices.first(where: {
                $0.label.text(in: .en).lowercased().hasPrefix(text.lowercased() + " —")
                    || $0.label.text(in: .en).lowercased() == text.lowercased()
                    || $0.label.text(in: .fa).hasPrefix(text + " —") || $0.label.text(in: .fa) == text
            }) {
                return .number(choice.value)
            }
            guard let number = Double(latin), number.isFinite else {
                throw .invalid(LocalizedText(fa: "«\(text)» عدد نیست", en: "\"\(text)\" is not a number"))
            }
            return .number(latin == String(Int(number)) || Double(Int(number)) != number ? latin : String(Int(number)))
        case .date:
            // A date reads best plain, as people write it in the files by hand.
            let latin = PersianDigits.toLatin(text)
            let isDate = latin.range(of: #"^[0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}$"#, options: .regularExpression) != nil
            return isDate ? .number(latin) : .text(text)
        case .text, .money, .duration:
            return .text(text)
        }
    }

    static func split(_ text: String, list: Bool) -> [String] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard list else { return trimmed.isEmpty ? [] : [trimmed] }
        return trimmed.split(whereSeparator: { $0 == "," || $0 == "،" || $0 == ";" || $0 == "؛" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A choice by its value, its number in the list, or its label in either language.
    static func choice(_ text: String, of question: Question) throws(WorkshopAnswerError) -> String {
        guard !question.choices.isEmpty else { return text }
        let latin = PersianDigits.toLatin(text).trimmingCharacters(in: .whitespaces)
        if let match = question.choices.first(where: { $0.value.lowercased() == latin.lowercased() }) { return match.value }
        if let number = Int(latin), question.choices.indices.contains(number - 1) { return question.choices[number - 1].value }
        if let match = question.choices.first(where: {
            $0.label.text(in: .fa) == text || $0.label.text(in: .en).lowercased() == text.lowercased()
        }) {
            return match.value
        }
        // In a list, choices are suggestions: the workspace rules say which words a field takes.
        if question.type == .list { return text }
        throw .notAChoice(text, question.choices.map(\.value))
    }
}

public enum WorkshopAnswerError: BilingualError, Equatable {
    case empty
    case notAChoice(String, [String])
    case invalid(LocalizedText)

    public var message: LocalizedText {
        switch self {
        case .empty:
            LocalizedText(fa: "پاسخی داده نشد", en: "no answer given")
        case .notAChoice(let text, let choices):
            LocalizedText(
                fa: "«\(text)» از گزینه‌ها نیست؛ یکی از \(choices.joined(separator: "، ")) یا شماره‌اش را بنویسید",
                en: "\"\(text)\" is not one of the choices; answer one of \(choices.joined(separator: ", ")) or its number")
        case .invalid(let text):
            text
        }
    }
}

extension WorkshopSlot {
    /// Lists whose records need an id that no question asks for: the workshop names them itself
    /// (`goal-1`, `task-2`); interviews are named after the person (`interview-leila`).
    static let generatedIDs: [String: String] = [
        "project.yaml:goals": "goal", "project.yaml:current_processes": "process", "plan.yaml:tasks": "task",
        "plan.yaml:tests": "test", "plan.yaml:data_migration": "migration", "plan.yaml:evaluation": "checkpoint",
        "stakeholders.yaml:interviews": "interview",
    ]

    /// Fields a new record carries beside its first answer: what the slot says (a coverage claim's
    /// requirement) and a generated id where the list needs one; `taken` are the ids already in the list.
    func creatingInRecord(answer: YAMLValue, taken: Set<String>) -> [YAMLEntry] {
        var entries = recordFields
        guard let append = path.firstIndex(of: .append) else { return entries }
        let list = file + ":" + path[..<append].compactMap { if case .key(let k) = $0 { k } else { nil } }.joined(separator: ".")
        guard let prefix = Self.generatedIDs[list], !entries.contains(where: { $0.key == "id" }) else { return entries }
        var id: String
        if prefix == "interview", case .text(let person) = answer {
            id = "interview-\(person)"
            var number = 2
            while taken.contains(id) {
                id = "interview-\(person)-\(number)"
                number += 1
            }
        } else {
            var number = taken.count + 1
            id = "\(prefix)-\(number)"
            while taken.contains(id) {
                number += 1
                id = "\(prefix)-\(number)"
            }
        }
        entries.insert(YAMLEntry("id", .text(id)), at: 0)
        return entries
    }
}

extension WorkshopWalk {
    enum Editor {
        static func nest(_ value: YAMLValue, _ keys: [YAMLPathStep]) -> YAMLValue {
            keys.reversed().reduce(value) { inner, step in
                if case .key(let key) = step { return .mapping([YAMLEntry(key, inner)]) }
                return .list([inner])
            }
        }
    }
}
