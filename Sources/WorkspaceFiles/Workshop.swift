import Foundation
import Localization
import SelectionWorkshop

/// One place in the workshop walk: a question to ask about one field (of the project, of the n-th record
/// of a list, of one vendor's file…), or the question whether a list gets another record.
public struct WorkshopSlot: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case question(Question)
        /// "Add another …?" after `count` records of a list.
        case another(group: String, count: Int)
    }

    public var kind: Kind
    /// Stable across re-computations of the walk: where the slot is, not what it holds.
    public var id: String
    public var step: Int
    public var file: String
    /// Where the answer goes in `file` (for `.another`, the list itself).
    public var path: [YAMLPathStep]
    /// Where the answer is found in an answers file: question ids, group names, record positions or keys.
    public var answerKey: [String]
    /// What the field holds now.
    public var current: YAMLValue?
    /// What the answer is about, when it is one record among several ("business unit 2", "vendor abrak").
    public var context: LocalizedText?
    /// Fields a new record carries beside its first answer (a coverage claim's `requirement:`).
    public var recordFields: [YAMLEntry] = []
    /// For score questions: the evaluator who must be at the keyboard.
    public var evaluator: String?
    /// For questions about people: who can be named (stakeholders and core team members).
    public var people: [Question.Choice] = []

    public var question: Question? {
        if case .question(let question) = kind { return question }
        return nil
    }

    public var isRequired: Bool { question?.required ?? false }

    /// The field's origin, for validation: a new item counts as the list's next position.
    public var origin: FieldOrigin {
        var components: [FieldOrigin.Component] = []
        for step in path {
            switch step {
            case .key(let key): components.append(.key(key))
            case .index(let index): components.append(.index(index))
            case .append: components.append(.index(Int.max))
            }
        }
        return FieldOrigin(file: file, path: components)
    }
}

/// The six-step walk, computed from the questionnaires and what the workspace already holds. It is computed
/// again after every answer, so records added and files created show up at once.
public struct WorkshopWalk: Sendable {
    /// Which part of the walk to take.
    public enum Scope: Sendable, Hashable {
        /// The questions of these steps.
        case steps([Int])
        /// One vendor's interview: its answers, costs and coverage claims (`crmkit interview`).
        case vendor(String)
        /// One evaluator's score sheet, for one vendor or all shortlisted ones (`crmkit score`).
        case scores(evaluator: String, vendor: String?)
    }

    public let directory: URL
    public let questionnaires: [Questionnaire]
    public let scope: Scope
    public let language: Language
    public private(set) var slots: [WorkshopSlot] = []
    private var trees: [String: YAMLNode?] = [:]
    /// Answers-file keys the walk settles without asking: the id of a charter whose file exists.
    public private(set) var settledKeys: Set<[String]> = []
    /// A list the user said gets another record, whose first question comes next.
    public var pendingRecord: String?

    public init(directory: URL, scope: Scope, questionnaires: [Questionnaire], language: Language) {
        self.directory = directory
        self.scope = scope
        self.questionnaires = questionnaires
        self.language = language
        refresh()
    }

    // MARK: - Reading the workspace

    func text(of file: String) -> String? {
        FileManager.default.contents(atPath: directory.appendingPathComponent(file).path).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    func value(_ file: String, _ path: [YAMLPathStep]) -> YAMLValue? {
        if let tree = trees[file] { return YAMLTextEdit.value(at: path, in: tree) }
        return text(of: file).flatMap { YAMLTextEdit.value(at: path, in: $0) }
    }

    /// Each workspace file read once per refresh.
    static func trees(in directory: URL) -> [String: YAMLNode?] {
        var trees: [String: YAMLNode?] = [:]
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: directory.path)) ?? []
        for path in paths where path.hasSuffix(".yaml") {
            if let data = FileManager.default.contents(atPath: directory.appendingPathComponent(path).path) {
                trees[path] = YAMLReader.read(data).root
            }
        }
        return trees
    }

    func list(_ file: String, _ path: [YAMLPathStep]) -> [YAMLValue] {
        if case .list(let items) = value(file, path) { return items }
        return []
    }

    static func field(_ value: YAMLValue?, _ key: String) -> String? {
        guard case .mapping(let entries) = value, case .text(let text) = entries.first(where: { $0.key == key })?.value
        else { return nil }
        return text
    }

    /// Everyone a question about people can name: the stakeholders, then core team members not among them.
    func people() -> [Question.Choice] {
        var seen: Set<String> = []
        var people: [Question.Choice] = []
        let records =
            list(Workspace.FileName.stakeholders, [.key("stakeholders")]) + list(Workspace.FileName.project, [.key("core_team")])
        for record in records {
            guard let id = Self.field(record, "id"), seen.insert(id).inserted else { continue }
            let name: LocalizedText =
                switch record.field("name") {
                case .text(let text): LocalizedText(fa: text, en: text)
                case .mapping:
                    LocalizedText(
                        fa: record.field("name").flatMap { Self.field($0, "fa") } ?? id,
                        en: record.field("name").flatMap { Self.field($0, "en") } ?? id)
                default: LocalizedText(fa: id, en: id)
                }
            people.append(Question.Choice(value: id, label: name))
        }
        return people
    }

    /// Files of a workspace folder, sorted.
    func files(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
    }

    // MARK: - Computing the walk

    /// Recomputes the slots from the workspace as it is now.
    public mutating func refresh() {
        trees = Self.trees(in: directory)
        var slots: [WorkshopSlot] = []
        let charterID = questionnaires.flatMap(\.questions).first {
            $0.fills.file == "charters/*.yaml" && $0.fills.keys.map(\.name) == ["id"]
        }
        let settled = Set(
            files(in: Workspace.FileName.chartersFolder).indices.compactMap { index in
                charterID.map { [Workspace.FileName.chartersFolder, String(index), $0.id.rawValue] }
            })
        let steps: [Int] =
            switch scope {
            case .steps(let steps): steps
            case .vendor, .scores: [5]
            }
        for questionnaire in questionnaires where steps.contains(questionnaire.step) {
            slots += self.slots(for: questionnaire)
        }
        settledKeys = settled
        let people = self.people()
        for index in slots.indices where slots[index].question?.type == .stakeholder {
            slots[index].people = people
        }
        switch scope {
        case .steps:
            self.slots = slots
        case .vendor(let vendor):
            self.slots = slots.filter { $0.file == "\(Workspace.FileName.vendorsFolder)/\(vendor).yaml" }
        case .scores(let evaluator, let vendor):
            self.slots = slots.filter { slot in
                slot.evaluator == evaluator && (vendor.map { slot.path.dropFirst().first == .key($0) } ?? true)
            }
        }
    }

    /// The questions of a questionnaire in runs: single fields, lists of records, and per-file groups.
    enum Run {
        case single(Question)
        case records(list: String, [Question])
        case files(pattern: String, [Question])
    }

    static func runs(_ questions: [Question]) -> [Run] {
        var runs: [Run] = []
        for question in questions {
            let fills = question.fills
            if fills.file.contains("*") {
                if case .files(let pattern, let group) = runs.last, pattern == fills.file {
                    runs[runs.count - 1] = .files(pattern: pattern, group + [question])
                } else {
                    runs.append(.files(pattern: fills.file, [question]))
                }
            } else if let list = listKey(fills) {
                if case .records(let name, let group) = runs.last, name == list {
                    runs[runs.count - 1] = .records(list: name, group + [question])
                } else {
                    runs.append(.records(list: list, [question]))
                }
            } else {
                runs.append(.single(question))
            }
        }
        return runs
    }

    /// `file:key.key` up to the first list of records, or `nil` when the field is not inside one.
    static func listKey(_ fills: WorkspaceFieldPath) -> String? {
        guard let index = fills.keys.firstIndex(where: \.eachItem) else { return nil }
        return fills.file + ":" + fills.keys[...index].map(\.name).joined(separator: ".")
    }

    /// Every name an answers file may use as a key that looks like a question id: the question ids and the
    /// names of the groups of records.
    public static func answerNames(_ questionnaires: [Questionnaire]) -> Set<String> {
        var names: Set<String> = []
        for questionnaire in questionnaires {
            names.formUnion(questionnaire.questions.map(\.id.rawValue))
            // Groups are runs of questions filling one list, within a file or within a folder's files.
            var previous: String?
            var group: [Question] = []
            for question in questionnaire.questions {
                let list = listKey(question.fills)
                if list != previous, !group.isEmpty {
                    names.insert(groupName(group))
                    group = []
                }
                if list != nil { group.append(question) }
                previous = list
            }
            if !group.isEmpty { names.insert(groupName(group)) }
        }
        return names
    }

    /// The group name used in answers files: the first question's id without its last part (`s1.unit`).
    static func groupName(_ questions: [Question]) -> String {
        let id = questions.first?.id.rawValue ?? ""
        return id.split(separator: ".").dropLast().joined(separator: ".")
    }

    func slots(for questionnaire: Questionnaire) -> [WorkshopSlot] {
        var slots: [WorkshopSlot] = []
        for run in Self.runs(questionnaire.questions) {
            switch run {
            case .single(let question):
                let path = question.fills.keys.map { YAMLPathStep.key($0.name) }
                slots.append(
                    WorkshopSlot(
                        kind: .question(question), id: question.id.rawValue, step: questionnaire.step,
                        file: question.fills.file, path: path, answerKey: [question.id.rawValue],
                        current: value(question.fills.file, path)))
            case .records(_, let questions):
                slots += recordSlots(questions, file: questions[0].fills.file, base: [], answerBase: [], step: questionnaire.step)
            case .files(let pattern, let questions):
                slots += fileSlots(pattern: pattern, questions, step: questionnaire.step)
            }
        }
        return slots
    }

    /// The slots of a list of records: the fields of each record there is, then "another?".
    func recordSlots(
        _ questions: [Question], file: String, base: [YAMLPathStep], answerBase: [String], step: Int,
        context: LocalizedText? = nil
    ) -> [WorkshopSlot] {
        let fills = questions[0].fills
        guard let listIndex = fills.keys.firstIndex(where: \.eachItem) else { return [] }
        let listPath = base + fills.keys[...listIndex].map { YAMLPathStep.key($0.name) }
        let group = Self.groupName(questions)
        let items = list(file, listPath)
        let noun = Self.noun(for: group)

        // Lists with one record per item of another list: the coverage claim of each requirement.
        if group == "s5.coverage" {
            let requirements = list(Workspace.FileName.requirements, [.key("requirements")])
                .compactMap { Self.field($0, "id") }
            var slots: [WorkshopSlot] = []
            for requirement in requirements {
                let index = items.firstIndex { Self.field($0, "requirement") == requirement }
                let title =
                    list(Workspace.FileName.requirements, [.key("requirements")])
                    .first { Self.field($0, "id") == requirement }.flatMap { Self.field($0, "title") } ?? ""
                for question in questions where question.fills.keys.last?.name != "requirement" {
                    let key = question.fills.keys.last!.name
                    let path = index.map { listPath + [.index($0), .key(key)] } ?? (listPath + [.append, .key(key)])
                    var slot = WorkshopSlot(
                        kind: .question(question), id: "\(file)#\(requirement)/\(question.id)", step: step, file: file,
                        path: path, answerKey: answerBase + [group, requirement, question.id.rawValue],
                        current: index.flatMap { items[$0].field(key) },
                        context: Self.join(
                            context, LocalizedText(fa: "\(requirement) — \(title)", en: "\(requirement) — \(title)")))
                    if index == nil { slot.recordFields = [YAMLEntry("requirement", .text(requirement))] }
                    slots.append(slot)
                }
            }
            return slots
        }

        var slots: [WorkshopSlot] = []
        let count = items.count + (pendingRecord == "\(file)#\(group)" ? 1 : 0)
        for index in 0..<count {
            let isNew = index == items.count
            for (position, question) in questions.enumerated() {
                if isNew, position > 0 { break }
                let keys = question.fills.keys[(listIndex + 1)...].map { YAMLPathStep.key($0.name) }
                let path = listPath + [isNew ? .append : .index(index)] + keys
                let slot = WorkshopSlot(
                    kind: .question(question), id: "\(file)#\(group)[\(index)]/\(question.id)", step: step, file: file,
                    path: path, answerKey: answerBase + [group, String(index), question.id.rawValue],
                    current: isNew ? nil : value(file, path),
                    context: Self.join(
                        context,
                        LocalizedText(
                            fa: "\(noun.fa) \(PersianDigits.toPersian(String(index + 1)))", en: "\(noun.en) \(index + 1)")))
                slots.append(slot)
            }
        }
        if pendingRecord != "\(file)#\(group)" {
            slots.append(
                WorkshopSlot(
                    kind: .another(group: group, count: items.count), id: "\(file)#\(group)+\(items.count)", step: step,
                    file: file, path: listPath, answerKey: answerBase + [group, String(items.count)],
                    context: Self.join(context, LocalizedText(fa: noun.fa, en: noun.en))))
        }
        return slots
    }

    /// The slots of files that come one per thing: a vendor's interview per shortlisted vendor, a charter per
    /// process, a score sheet per evaluator.
    func fileSlots(pattern: String, _ questions: [Question], step: Int) -> [WorkshopSlot] {
        let folder = String(pattern.prefix { $0 != "/" })
        var slots: [WorkshopSlot] = []
        if folder == Workspace.FileName.vendorsFolder {
            let vendors = list(Workspace.FileName.shortlist, [.key("vendors")])
                .filter { Self.field($0, "status") == "shortlisted" }.compactMap { Self.field($0, "id") }
            for vendor in vendors {
                let file = "\(folder)/\(vendor).yaml"
                let context = LocalizedText(fa: "تأمین‌کننده \(vendor)", en: "vendor \(vendor)")
                slots += groupSlots(questions, file: file, answerBase: [folder, vendor], step: step, context: context)
            }
            return slots + scoreSlots(step: step)
        }
        // Charters: one file per process, named by the charter's id.
        let existing = files(in: folder)
        let group = folder
        let idQuestion = questions.first { $0.fills.keys.map(\.name) == ["id"] }
        for (index, file) in existing.enumerated() {
            let id = value(file, [.key("id")]).flatMap { if case .text(let t) = $0 { t } else { nil } } ?? file
            slots += groupSlots(
                questions.filter { $0 != idQuestion }, file: file, answerBase: [group, String(index)], step: step,
                context: LocalizedText(fa: "شناسنامه \(id)", en: "charter \(id)"))
        }
        let pending = pendingRecord == group
        if pending, let idQuestion {
            slots.append(
                WorkshopSlot(
                    kind: .question(idQuestion), id: "\(group)[\(existing.count)]/\(idQuestion.id)", step: step,
                    file: "\(folder)/", path: [.key("id")], answerKey: [group, String(existing.count), idQuestion.id.rawValue],
                    context: LocalizedText(fa: "شناسنامه تازه", en: "new charter")))
        } else {
            slots.append(
                WorkshopSlot(
                    kind: .another(group: group, count: existing.count), id: "\(group)+\(existing.count)", step: step,
                    file: "\(folder)/", path: [], answerKey: [group, String(existing.count)],
                    context: LocalizedText(fa: "شناسنامه فرآیند", en: "process charter")))
        }
        return slots
    }

    /// The fields of one file of a group, with the lists inside it.
    func groupSlots(
        _ questions: [Question], file: String, answerBase: [String], step: Int, context: LocalizedText
    ) -> [WorkshopSlot] {
        var slots: [WorkshopSlot] = []
        for run in Self.runs(
            questions.map { question in
                var inner = question
                inner.fills.file = file
                return inner
            })
        {
            switch run {
            case .single(let question):
                let path = question.fills.keys.map { YAMLPathStep.key($0.name) }
                slots.append(
                    WorkshopSlot(
                        kind: .question(question), id: "\(file)/\(question.id)", step: step, file: file, path: path,
                        answerKey: answerBase + [question.id.rawValue], current: value(file, path), context: context))
            case .records(_, let group):
                slots += recordSlots(group, file: file, base: [], answerBase: answerBase, step: step, context: context)
            case .files:
                continue
            }
        }
        return slots
    }

    /// One score per evaluator, shortlisted vendor and scorecard criterion, in the evaluator's own file.
    func scoreSlots(step: Int) -> [WorkshopSlot] {
        guard let loaded = try? WorkspaceLoader.load(from: directory), let scorecard = loaded.workspace.scorecard else {
            return []
        }
        let workspace = loaded.workspace
        let vendors = workspace.shortlist.vendors.filter { $0.status == .shortlisted }
        var slots: [WorkshopSlot] = []
        for evaluator in workspace.stakeholders.stakeholders where evaluator.evaluator {
            let file = "\(Workspace.FileName.scoresFolder)/\(evaluator.id).yaml"
            for vendor in vendors {
                for criterion in scorecard.leaves {
                    var question = Question(
                        origin: criterion.origin, id: Question.ID(rawValue: "score.\(criterion.id)"), step: step,
                        type: .number,
                        text: LocalizedText(
                            fa: "امتیاز «\(vendor.name.text(in: .fa))» در «\(criterion.name.text(in: .fa))»؟",
                            en: "Score of \(vendor.name.text(in: .en)) on \(criterion.name.text(in: .en))?"),
                        help: criterion.description ?? LocalizedText(),
                        fills: WorkspaceFieldPath("\(file):scores")!)
                    question.choices = scorecard.scale.levels.map { level in
                        Question.Choice(
                            value: Self.number(level.value),
                            label: LocalizedText(
                                fa: level.label.text(in: .fa) + (level.anchor.map { " — " + $0.text(in: .fa) } ?? ""),
                                en: level.label.text(in: .en) + (level.anchor.map { " — " + $0.text(in: .en) } ?? "")))
                    }
                    let path: [YAMLPathStep] = [.key("scores"), .key(vendor.id.rawValue), .key(criterion.id.rawValue)]
                    var slot = WorkshopSlot(
                        kind: .question(question), id: "\(file)/\(vendor.id)/\(criterion.id)", step: step, file: file,
                        path: path, answerKey: ["scores", evaluator.id.rawValue, vendor.id.rawValue, criterion.id.rawValue],
                        current: value(file, path),
                        context: LocalizedText(
                            fa: "ارزیاب \(evaluator.name.text(in: .fa)) · \(vendor.id)",
                            en: "evaluator \(evaluator.name.text(in: .en)) · \(vendor.id)"))
                    slot.evaluator = evaluator.id.rawValue
                    slots.append(slot)
                }
            }
        }
        return slots
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func join(_ outer: LocalizedText?, _ inner: LocalizedText) -> LocalizedText {
        guard let outer else { return inner }
        return LocalizedText(
            fa: outer.text(in: .fa) + " · " + inner.text(in: .fa), en: outer.text(in: .en) + " · " + inner.text(in: .en))
    }

    /// What one record of a list is called, for "add another …?".
    static func noun(for group: String) -> (fa: String, en: String) {
        let nouns: [String: (String, String)] = [
            "s1.unit": ("واحد کسب‌وکار", "business unit"), "s1.team": ("عضو تیم اصلی", "core team member"),
            "s1.goal": ("هدف", "goal"), "s1.process": ("فرآیند فعلی", "current process"),
            "s1.benefit": ("منفعت ناملموس", "intangible benefit"), "s2.person": ("ذی‌نفع", "stakeholder"),
            "s2.interview": ("مصاحبه", "interview"), "s3.candidate": ("مشاور نامزد", "consultant candidate"),
            "s4.vendor": ("تأمین‌کننده", "vendor"), "s5.req": ("نیازمندی", "requirement"), "s6.task": ("کار", "task"),
            "s6.training": ("آموزش", "training"), "s6.test": ("آزمون", "test"), "s6.migration": ("منبع داده", "data source"),
            "s6.evaluation": ("نقطه بازبینی", "checkpoint"), "s6.charter.distribution": ("گیرنده نسخه", "copy recipient"),
            "s6.cc.skill": ("مهارت", "skill"), "s6.cc.type": ("نوع تماس", "call type"), "s6.cc.ivr": ("گزینه IVR", "IVR option"),
            "s6.funnel": ("مرحله قیف", "funnel stage"), "s6.scoring": ("عامل امتیاز سرنخ", "lead-scoring factor"),
            "s6.case": ("اولویت پرونده", "case priority"),
        ]
        let noun = nouns[group] ?? ("مورد", "item")
        return (noun.0, noun.1)
    }
}

extension YAMLValue {
    /// The value under `key` of a mapping.
    func field(_ key: String) -> YAMLValue? {
        guard case .mapping(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }
}
