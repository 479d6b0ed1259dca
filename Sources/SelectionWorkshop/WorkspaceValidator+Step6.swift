import Localization
import ProcessCatalog

extension WorkspaceValidator {
    mutating func checkPlan() {
        let plan = workspace.plan
        let taskWord = LocalizedText(fa: "کار برنامه", en: "plan task")
        checkUnique(plan.tasks.map { ($0.id, $0.origin) }, kind: taskWord)
        checkUnique(plan.tests.map { ($0.id, $0.origin) }, kind: LocalizedText(fa: "آزمون", en: "test"))
        checkUnique(plan.dataMigration.map { ($0.id, $0.origin) }, kind: LocalizedText(fa: "انتقال داده", en: "data migration"))
        checkUnique(
            plan.evaluation.map { ($0.id, $0.origin) }, kind: LocalizedText(fa: "نقطه ارزیابی", en: "evaluation checkpoint"))

        if let kickoff = plan.kickoff {
            let consultants = Set(workspace.consultants.candidates.map(\.id.rawValue))
            for (index, attendee) in kickoff.attendees.enumerated() where !consultants.contains(attendee.rawValue) {
                checkPerson(attendee, at: kickoff.origin.appending("attendees", index))
            }
        }
        if let contact = plan.contact, let origin = plan.contactOrigin {
            let coreTeam = Set((workspace.project?.coreTeam ?? []).map(\.id))
            checkReference(
                contact, at: origin, among: coreTeam, kind: LocalizedText(fa: "عضو تیم اصلی", en: "core team member"),
                whereToAdd: "core_team in project.yaml")
        }
        let taskIDs = Set(plan.tasks.map(\.id))
        for task in plan.tasks {
            if let owner = task.owner { checkPerson(owner, at: task.origin.appending("owner")) }
            if let start = task.start, let due = task.due, due < start {
                diagnostics.append(
                    .error(
                        "due-before-start", at: task.origin.appending("due"),
                        en: "task \"\(task.id)\" is due (\(due)) before it starts (\(start))",
                        fa: "موعد کار «\(task.id)» (\(due)) پیش از شروع آن (\(start)) است",
                        fixEn: "move the due date after the start", fixFa: "موعد را بعد از شروع بگذارید"))
            }
            for (index, dependency) in task.dependsOn.enumerated() {
                checkReference(
                    dependency, at: task.origin.appending("depends_on", index), among: taskIDs, kind: taskWord,
                    whereToAdd: "tasks in plan.yaml")
            }
        }
        if let cycle = Self.dependencyCycle(plan.tasks) {
            diagnostics.append(
                .error(
                    "dependency-cycle", at: cycle.origin.appending("depends_on"),
                    en: "tasks depend on each other in a circle: \(cycle.path.map(\.rawValue).joined(separator: " → "))",
                    fa: "کارها به‌صورت چرخه‌ای به هم وابسته‌اند: \(cycle.path.map(\.rawValue).joined(separator: " ← "))",
                    fixEn: "remove one of these depends_on links", fixFa: "یکی از این پیوندهای depends_on را حذف کنید"))
        }
        for training in plan.training {
            let groups = Set(StakeholderGroup.allCases.map(\.rawValue))
            for (index, audience) in training.audience.enumerated() where !groups.contains(audience) {
                checkPerson(Identifier(audience), at: training.origin.appending("audience", index))
            }
        }
        for migration in plan.dataMigration {
            if let owner = migration.owner { checkPerson(owner, at: migration.origin.appending("owner")) }
        }
        for checkpoint in plan.evaluation where checkpoint.afterGoLive == nil && checkpoint.date == nil {
            diagnostics.append(
                .error(
                    "checkpoint-without-time", at: checkpoint.origin.appending("id"),
                    en: "evaluation checkpoint \"\(checkpoint.id)\" has no time",
                    fa: "نقطه ارزیابی «\(checkpoint.id)» زمان ندارد",
                    fixEn: "add after_go_live: 30d, or date:", fixFa: "after_go_live: 30d یا date: را بیفزایید"))
        }
    }

    /// The first cycle among task dependencies, found by depth-first search without recursion.
    static func dependencyCycle(_ tasks: [PlanTask]) -> (origin: FieldOrigin, path: [PlanTask.ID])? {
        let byID = Dictionary(tasks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var state: [PlanTask.ID: Int] = [:]  // 1 visiting, 2 done
        for start in tasks where state[start.id] == nil {
            var stack: [(id: PlanTask.ID, next: Int)] = [(start.id, 0)]
            state[start.id] = 1
            while let top = stack.last {
                let dependencies = byID[top.id]?.dependsOn ?? []
                if top.next < dependencies.count {
                    stack[stack.count - 1].next += 1
                    let dependency = dependencies[top.next]
                    guard byID[dependency] != nil else { continue }
                    switch state[dependency] {
                    case 1:
                        let ids = stack.map(\.id)
                        let from = ids.firstIndex(of: dependency) ?? 0
                        return (byID[top.id]?.origin ?? start.origin, Array(ids[from...]) + [dependency])
                    case nil:
                        state[dependency] = 1
                        stack.append((dependency, 0))
                    default:
                        continue
                    }
                } else {
                    state[top.id] = 2
                    stack.removeLast()
                }
            }
        }
        return nil
    }

    mutating func checkCharters() {
        var seen: [CharterID: String] = [:]
        for file in workspace.charters {
            let charter = file.charter
            checkFileNamed(file.origin, key: "id", id: charter.id.rawValue)
            if let first = seen[charter.id] {
                diagnostics.append(
                    .error(
                        "duplicate-id", at: file.origin.appending("id"),
                        en: "charter id \"\(charter.id)\" is already used by \(first)",
                        fa: "شناسه شناسنامه «\(charter.id)» را پیش‌تر \(first) به کار برده است",
                        fixEn: "give each charter its own id", fixFa: "به هر شناسنامه شناسه‌ای جدا بدهید"))
            }
            seen[charter.id] = file.origin.file
            for field in file.missingFields {
                let name = CharterField.name(of: field)
                diagnostics.append(
                    .error(
                        "charter-missing-field", at: file.origin.appending(field),
                        en: "the charter has no \(name.text(in: .en)) (\(field)); a process charter needs all eleven fields",
                        fa: "شناسنامه «\(name.text(in: .fa))» (\(field)) ندارد؛ شناسنامه فرآیند به هر یازده بخش نیاز دارد",
                        fixEn: "add \(field): to the charter", fixFa: "\(field): را به شناسنامه بیفزایید"))
            }
            checkAPQC(charter.apqcProcess, at: file.origin.appending("apqc"))
        }
    }

    mutating func checkCRMSetup() {
        guard let setup = workspace.crmSetup else { return }
        if let locale = setup.defaultLocale, !setup.locales.isEmpty, !setup.locales.contains(locale) {
            diagnostics.append(
                .error(
                    "default-locale", at: setup.origin.appending("default_locale"),
                    en: "the default locale \(locale.rawValue) is not among the locales",
                    fa: "زبان پیش‌فرض \(locale.rawValue) در فهرست زبان‌ها نیست",
                    fixEn: "add \(locale.rawValue) to locales", fixFa: "\(locale.rawValue) را به locales بیفزایید"))
        }
        if let base = setup.baseCurrency, !setup.acceptedCurrencies.isEmpty, !setup.acceptedCurrencies.contains(base) {
            diagnostics.append(
                .error(
                    "base-currency", at: setup.origin.appending("base_currency"),
                    en: "the base currency \(base) is not among the accepted currencies",
                    fa: "ارز پایه \(base) در فهرست ارزهای پذیرفته نیست",
                    fixEn: "add \(base) to accepted_currencies", fixFa: "\(base) را به accepted_currencies بیفزایید"))
        }
        if let hours = setup.workingHours, let start = hours.start, let end = hours.end, end <= start {
            diagnostics.append(
                .error(
                    "working-hours", at: hours.origin.appending("end"),
                    en: "working hours end before they start", fa: "ساعت کاری پیش از آغازش پایان می‌یابد",
                    fixEn: "make end later than start", fixFa: "پایان را دیرتر از آغاز بگذارید"))
        }
        if let center = setup.callCenter {
            let skillWord = LocalizedText(fa: "مهارت", en: "skill")
            let callTypeWord = LocalizedText(fa: "نوع تماس", en: "call type")
            checkUnique(center.skills.map { ($0.id, $0.origin) }, kind: skillWord)
            checkUnique(center.callTypes.map { ($0.id, $0.origin) }, kind: callTypeWord)
            let skills = Set(center.skills.map(\.id))
            for callType in center.callTypes {
                if let skill = callType.skill {
                    checkReference(
                        skill, at: callType.origin.appending("skill"), among: skills, kind: skillWord,
                        whereToAdd: "call_center.skills in crm-setup.yaml")
                }
            }
            let callTypes = Set(center.callTypes.map(\.id))
            var keys: Set<String> = []
            for option in center.ivr {
                let validKeys = Set(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#"])
                if !validKeys.contains(option.key) {
                    diagnostics.append(
                        .error(
                            "ivr-key", at: option.origin.appending("key"),
                            en: "\"\(option.key)\" is not a phone key", fa: "«\(option.key)» کلید تلفن نیست",
                            fixEn: "use one of 0–9, * or #, quoted", fixFa: "یکی از ۰ تا ۹، * یا # را داخل گیومه بنویسید"))
                } else if !keys.insert(option.key).inserted {
                    diagnostics.append(
                        .error(
                            "ivr-key", at: option.origin.appending("key"),
                            en: "IVR key \(option.key) is used twice", fa: "کلید \(option.key) در منوی تلفنی دو بار آمده است",
                            fixEn: "give each option its own key", fixFa: "به هر گزینه کلیدی جدا بدهید"))
                }
                if option.callType == nil, option.message == nil {
                    diagnostics.append(
                        .error(
                            "ivr-dead-end", at: option.origin.appending("key"),
                            en: "IVR key \(option.key) neither routes to a call type nor plays a message",
                            fa: "کلید \(option.key) منوی تلفنی نه به نوع تماسی می‌رود و نه پیامی پخش می‌کند",
                            fixEn: "add call_type: (an id of call_types) or message: (what the caller hears)",
                            fixFa: "call_type: (شناسه یکی از call_types) یا message: (آنچه تماس‌گیرنده می‌شنود) را بیفزایید"))
                }
                if let callType = option.callType {
                    checkReference(
                        callType, at: option.origin.appending("call_type"), among: callTypes, kind: callTypeWord,
                        whereToAdd: "call_center.call_types in crm-setup.yaml")
                }
            }
        }
        if let funnel = setup.salesFunnel {
            checkUnique(funnel.stages.map { ($0.id, $0.origin) }, kind: LocalizedText(fa: "مرحله قیف", en: "funnel stage"))
            for (previous, stage) in zip(funnel.stages, funnel.stages.dropFirst()) where stage.probability < previous.probability
            {
                diagnostics.append(
                    .warning(
                        "funnel-probability", at: stage.origin.appending("probability"),
                        en: "stage \"\(stage.id)\" has a lower win probability than the stage before it (\(previous.id))",
                        fa: "احتمال موفقیت مرحله «\(stage.id)» از مرحله پیش از آن (\(previous.id)) کمتر است",
                        fixEn: "a deal further down the funnel is usually likelier to close; check the order",
                        fixFa: "معمولاً فرصتی که جلوتر در قیف است احتمال بستن بیشتری دارد؛ ترتیب را بررسی کنید"))
            }
        }
        checkUnique(
            setup.leadScoring.map { ($0.id, $0.origin) }, kind: LocalizedText(fa: "عامل امتیاز سرنخ", en: "lead-scoring factor"))
        checkUnique(
            setup.casePriorities.map { ($0.id, $0.origin) }, kind: LocalizedText(fa: "اولویت درخواست", en: "case priority"))
        for priority in setup.casePriorities {
            if let first = priority.firstResponse, let resolution = priority.resolution,
                first.maximumMinutes > resolution.maximumMinutes
            {
                diagnostics.append(
                    .error(
                        "sla-order", at: priority.origin.appending("first_response"),
                        en:
                            "priority \"\(priority.id)\" expects a first response (\(first.canonicalText)) later than the resolution (\(resolution.canonicalText))",
                        fa:
                            "در اولویت «\(priority.id)» پاسخ نخست (\(first.canonicalText)) دیرتر از حل (\(resolution.canonicalText)) است",
                        fixEn: "the first response must come no later than the resolution",
                        fixFa: "پاسخ نخست نباید دیرتر از حل درخواست باشد"))
            }
        }
    }
}

/// The names of the charter fields, for messages and documents.
public enum CharterField {
    public static func name(of key: String) -> LocalizedText {
        switch key {
        case "title": LocalizedText(fa: "عنوان", en: "title")
        case "goal": LocalizedText(fa: "هدف", en: "goal")
        case "performance_indicators": LocalizedText(fa: "شاخص‌های عملکرد", en: "performance indicators")
        case "owner": LocalizedText(fa: "مالک فرآیند", en: "process owner")
        case "executors": LocalizedText(fa: "مجریان", en: "executors")
        case "scope": LocalizedText(fa: "دامنه", en: "scope")
        case "rules_and_regulations": LocalizedText(fa: "قوانین و مقررات", en: "rules and regulations")
        case "information_systems": LocalizedText(fa: "سیستم‌های اطلاعاتی", en: "information systems")
        case "distribution": LocalizedText(fa: "توزیع نسخه‌ها", en: "distribution of copies")
        case "record_keeping": LocalizedText(fa: "نگهداری سوابق", en: "record keeping")
        case "approximate_duration": LocalizedText(fa: "مدت تقریبی", en: "approximate duration")
        case "description": LocalizedText(fa: "شرح", en: "description")
        case "inputs": LocalizedText(fa: "ورودی‌ها", en: "inputs")
        case "outputs": LocalizedText(fa: "خروجی‌ها", en: "outputs")
        case "documents": LocalizedText(fa: "کاربرگ‌ها و مستندات", en: "worksheets and documents")
        case "steps": LocalizedText(fa: "گام‌ها", en: "steps")
        default: LocalizedText(fa: key, en: key)
        }
    }
}
