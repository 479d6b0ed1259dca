import Localization

/// The questions of one selection step, in both languages, each saying which workspace field its answer
/// fills. The files live in `questionnaires/`; `crmkit init` writes them into the workspace as guidance and
/// the workshop asks them.
public struct Questionnaire: Sendable, Hashable {
    public var origin: FieldOrigin
    public var step: Int
    public var title: LocalizedText
    public var intro: LocalizedText
    public var questions: [Question]

    public init(origin: FieldOrigin, step: Int, title: LocalizedText, intro: LocalizedText, questions: [Question]) {
        self.origin = origin
        self.step = step
        self.title = title
        self.intro = intro
        self.questions = questions
    }
}

public struct Question: Sendable, Hashable {
    public typealias ID = Identifier<Question>

    /// The kind of answer a question takes.
    public enum AnswerType: String, Sendable, Hashable, CaseIterable {
        case text
        case choice
        case number
        case money
        case date
        case list
        case yesNo = "yes-no"
        /// A reference to a stakeholder (or core team member) by id.
        case stakeholder
        case duration
    }

    public struct Choice: Sendable, Hashable {
        public var value: String
        public var label: LocalizedText

        public init(value: String, label: LocalizedText) {
            self.value = value
            self.label = label
        }
    }

    public var origin: FieldOrigin
    public var id: ID
    /// The selection step (1–6) the question belongs to: the step of its questionnaire.
    public var step: Int
    public var type: AnswerType
    public var text: LocalizedText
    public var help: LocalizedText
    public var fills: WorkspaceFieldPath
    public var required: Bool = false
    public var choices: [Choice] = []
    /// The default answer; a list default is written with commas (`fa, en`).
    public var defaultAnswer: String?
    /// For `stakeholder` questions: `true` when the field takes several people.
    public var multiple: Bool = false
    /// For interview-guide questions: the stakeholder group they are asked of.
    public var audience: StakeholderGroup?

    public init(
        origin: FieldOrigin, id: ID, step: Int, type: AnswerType, text: LocalizedText, help: LocalizedText,
        fills: WorkspaceFieldPath
    ) {
        self.origin = origin
        self.id = id
        self.step = step
        self.type = type
        self.text = text
        self.help = help
        self.fills = fills
    }
}

/// A field of the workspace, as questionnaires name it: `FILE:key.key`, where `[]` after a key means "in
/// each item of that list" and `*` in the file stands for any file of a folder —
/// `stakeholders.yaml:interviews[].reports_missing`, `vendors/*.yaml:interview.costs.licence`.
public struct WorkspaceFieldPath: Sendable, Hashable, CustomStringConvertible {
    public struct Key: Sendable, Hashable {
        public var name: String
        /// `true` when written `name[]`: the rest of the path is inside each item of this list.
        public var eachItem: Bool
    }

    public var file: String
    public var keys: [Key]

    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        var keys: [Key] = []
        for component in parts[1].split(separator: ".", omittingEmptySubsequences: false) {
            var name = String(component)
            let eachItem = name.hasSuffix("[]")
            if eachItem { name.removeLast(2) }
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
            keys.append(Key(name: name, eachItem: eachItem))
        }
        self.file = String(parts[0])
        self.keys = keys
    }

    public var description: String {
        file + ":" + keys.map { $0.name + ($0.eachItem ? "[]" : "") }.joined(separator: ".")
    }

    /// `true` when this path's file pattern covers `file` (`vendors/*.yaml` covers `vendors/acme.yaml`).
    public func names(file other: String) -> Bool {
        guard file.contains("*") else { return file == other }
        let pieces = file.split(separator: "*", maxSplits: 1, omittingEmptySubsequences: false)
        guard pieces.count == 2 else { return false }
        return other.hasPrefix(pieces[0]) && other.hasSuffix(pieces[1]) && other.count >= file.count - 1
    }
}
