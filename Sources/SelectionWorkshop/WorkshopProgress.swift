import Localization
import ProcessCatalog

/// Where the team stands in the six steps of the selection: per step, what is done, what is missing, and
/// what to do next. A step is complete only when its content is — not when its file merely exists.
public struct WorkshopProgress: Sendable, Hashable {
    public var steps: [StepProgress]

    public var completedSteps: Int { steps.count(where: \.isComplete) }

    /// The first step that is not complete, where the team should work next.
    public var nextStep: StepProgress? { steps.first { !$0.isComplete } }

    public init(_ workspace: Workspace) {
        steps = [
            Self.start(workspace), Self.people(workspace), Self.consultant(workspace), Self.shortlist(workspace),
            Self.selection(workspace), Self.implementation(workspace),
        ]
    }
}

public struct StepProgress: Sendable, Hashable {
    /// One condition of a step, met or not, with the numbers behind it.
    public struct Check: Sendable, Hashable {
        public var name: LocalizedText
        public var isDone: Bool
        /// What is missing, when something is.
        public var missing: LocalizedText?
    }

    public var step: Int
    public var title: LocalizedText
    public var checks: [Check]
    /// The file the team edits next for this step.
    public var file: String

    public var isComplete: Bool { checks.allSatisfy(\.isDone) }
}

extension WorkshopProgress {
    static func check(_ fa: String, _ en: String, _ done: Bool, missingFa: String = "", missingEn: String = "")
        -> StepProgress.Check
    {
        StepProgress.Check(
            name: LocalizedText(fa: fa, en: en), isDone: done,
            missing: done || missingEn.isEmpty ? nil : LocalizedText(fa: missingFa, en: missingEn))
    }

    static func list(_ items: [String]) -> String { items.joined(separator: ", ") }

    static func start(_ workspace: Workspace) -> StepProgress {
        let file = workspace.project
        let units = file?.businessUnits ?? []
        let leads = Set((file?.coreTeam ?? []).filter(\.lead).compactMap(\.businessUnit))
        let unitsWithoutLead = units.map(\.id).filter { !leads.contains($0) }.map(\.rawValue)
        let unanswered = DiagnosticQuestion.allCases.filter { file?.diagnostics[$0] == nil }.map(\.rawValue)
        let reviewed = (file?.currentProcesses ?? []).filter { !$0.works.isEmpty || !$0.doesNotWork.isEmpty }
        return StepProgress(
            step: 1, title: LocalizedText(fa: "آغاز فرآیند انتخاب", en: "Start the selection"),
            checks: [
                check(
                    "تیم اصلی با یک راهبر پروژه برای هر واحد", "a core team with a lead per business unit",
                    !units.isEmpty && unitsWithoutLead.isEmpty,
                    missingFa: units.isEmpty ? "هیچ واحدی ثبت نشده" : "بدون راهبر پروژه: \(list(unitsWithoutLead))",
                    missingEn: units.isEmpty ? "no business unit yet" : "no lead: \(list(unitsWithoutLead))"),
                check(
                    "اهداف مشترک", "shared goals", !(file?.goals.isEmpty ?? true),
                    missingFa: "هیچ هدفی ثبت نشده", missingEn: "no goal yet"),
                check(
                    "بررسی فرآیندهای فعلی", "current processes reviewed", !reviewed.isEmpty,
                    missingFa: "هیچ فرآیندی با نقاط قوت و ضعف ثبت نشده", missingEn: "no process with what works and what does not"
                ),
                check(
                    "شش پرسش تشخیصی", "the six diagnostic questions", unanswered.isEmpty,
                    missingFa: "بی‌پاسخ: \(list(unanswered))", missingEn: "unanswered: \(list(unanswered))"),
                check(
                    "فایده‌های غیرملموس", "intangible benefits", !(file?.intangibleBenefits.isEmpty ?? true),
                    missingFa: "هیچ منفعتی ثبت نشده", missingEn: "none yet"),
            ],
            file: Workspace.FileName.project)
    }

    static func people(_ workspace: Workspace) -> StepProgress {
        let people = workspace.stakeholders.stakeholders
        let emptyGroups = StakeholderGroup.allCases.filter { group in !people.contains { $0.group == group } }
        let interviewed = Set(workspace.stakeholders.interviews.map(\.stakeholder))
        let notInterviewed = people.filter { $0.group == .systemCustomers && !interviewed.contains($0.id) }.map(\.id.rawValue)
        return StepProgress(
            step: 2, title: LocalizedText(fa: "درگیر کردن افراد لازم", en: "Involve the right people"),
            checks: [
                check(
                    "کسی در هر یک از پنج گروه", "someone in each of the five groups", emptyGroups.isEmpty,
                    missingFa: "گروه‌های خالی: \(emptyGroups.map { $0.name.text(in: .fa) }.joined(separator: "، "))",
                    missingEn: "empty groups: \(list(emptyGroups.map(\.rawValue)))"),
                check(
                    "مصاحبه با همه مشتریان سیستم", "an interview with every system customer",
                    notInterviewed.isEmpty && people.contains { $0.group == .systemCustomers },
                    missingFa: notInterviewed.isEmpty ? "مشتری سیستمی ثبت نشده" : "بدون مصاحبه: \(list(notInterviewed))",
                    missingEn: notInterviewed.isEmpty ? "no system customer yet" : "not interviewed: \(list(notInterviewed))"),
            ],
            file: Workspace.FileName.stakeholders)
    }

    static func consultant(_ workspace: Workspace) -> StepProgress {
        let file = workspace.consultants
        let decided = file.needed == false || (file.needed == true && file.choice != nil)
        return StepProgress(
            step: 3, title: LocalizedText(fa: "انتخاب مشاور", en: "Choose a consultant"),
            checks: [
                check(
                    "نیاز به مشاور روشن است", "whether a consultant is needed", file.needed != nil,
                    missingFa: "needed: را بنویسید", missingEn: "answer needed: yes or no"),
                check(
                    "مشاور انتخاب شده", "a consultant chosen (when one is needed)", decided,
                    missingFa: "choice: هنوز خالی است", missingEn: "no choice yet"),
            ],
            file: Workspace.FileName.consultants)
    }

    static func shortlist(_ workspace: Workspace) -> StepProgress {
        let file = workspace.shortlist
        let shortlisted = file.vendors.filter { $0.status == .shortlisted }
        let unchecked = shortlisted.filter { $0.checks == nil }.map(\.id.rawValue)
        return StepProgress(
            step: 4, title: LocalizedText(fa: "محدود کردن گزینه‌ها", en: "Narrow the choice"),
            checks: [
                check(
                    "نیازهای فهرست کوتاه", "the shortlist needs", file.needs != nil,
                    missingFa: "needs: را پر کنید", missingEn: "fill needs:"),
                check(
                    "تأمین‌کنندگان فهرست کوتاه", "vendors on the shortlist", !shortlisted.isEmpty,
                    missingFa: "هیچ تأمین‌کننده‌ای در فهرست کوتاه نیست", missingEn: "no vendor shortlisted yet"),
                check(
                    "بررسی حذفی هر تأمین‌کننده", "knock-out checks of every shortlisted vendor", unchecked.isEmpty,
                    missingFa: "بدون بررسی: \(list(unchecked))", missingEn: "not checked: \(list(unchecked))"),
            ],
            file: Workspace.FileName.shortlist)
    }

    static func selection(_ workspace: Workspace) -> StepProgress {
        let shortlisted = workspace.shortlist.vendors.filter { $0.status == .shortlisted }.map(\.id)
        let interviewed = Set(workspace.vendors.filter { $0.interview?.costs != nil }.map(\.vendor))
        let notInterviewed = shortlisted.filter { !interviewed.contains($0) }.map(\.rawValue)
        let leaves = workspace.scorecard?.leaves.map(\.id) ?? []
        let evaluators = workspace.stakeholders.stakeholders.filter(\.evaluator).map(\.id)
        let sheets = Dictionary(workspace.scoreSheets.map { ($0.evaluator, $0) }, uniquingKeysWith: { first, _ in first })
        let unfinished = evaluators.filter { evaluator in
            guard let sheet = sheets[evaluator] else { return true }
            let scored = Set(sheet.scores.map { "\($0.vendor)/\($0.criterion)" })
            return shortlisted.contains { vendor in leaves.contains { !scored.contains("\(vendor)/\($0)") } }
        }.map(\.rawValue)
        return StepProgress(
            step: 5, title: LocalizedText(fa: "انتخاب سیستم مناسب", en: "Select the system"),
            checks: [
                check(
                    "نیازمندی‌ها با اولویت", "requirements with priorities", !workspace.requirements.requirements.isEmpty,
                    missingFa: "هیچ نیازمندی ثبت نشده", missingEn: "no requirement yet"),
                check(
                    "کارت امتیاز", "a scorecard", workspace.scorecard != nil,
                    missingFa: "scorecard.yaml نیست", missingEn: "no scorecard.yaml"),
                check(
                    "مصاحبه با هر تأمین‌کننده فهرست کوتاه", "every shortlisted vendor interviewed",
                    !shortlisted.isEmpty && notInterviewed.isEmpty,
                    missingFa: shortlisted.isEmpty
                        ? "هنوز تأمین‌کننده‌ای در فهرست کوتاه نیست" : "بدون مصاحبه و هزینه: \(list(notInterviewed))",
                    missingEn: shortlisted.isEmpty
                        ? "no vendor shortlisted yet" : "no interview with costs: \(list(notInterviewed))"),
                check(
                    "امتیاز همه ارزیابان", "scored by every evaluator", !evaluators.isEmpty && unfinished.isEmpty,
                    missingFa: evaluators.isEmpty ? "هیچ ارزیابی تعیین نشده" : "ناتمام: \(list(unfinished))",
                    missingEn: evaluators.isEmpty ? "no evaluator named" : "unfinished: \(list(unfinished))"),
            ],
            file: Workspace.FileName.requirements)
    }

    static func implementation(_ workspace: Workspace) -> StepProgress {
        let plan = workspace.plan
        let parts: [(Bool, String, String)] = [
            (!plan.tasks.isEmpty, "tasks", "کارها"), (plan.kickoff?.date != nil, "kickoff", "جلسه آغاز"),
            (plan.contact != nil, "contact", "رابط"), (!plan.training.isEmpty, "training", "آموزش"),
            (!plan.tests.isEmpty, "tests", "آزمون‌ها"), (!plan.dataMigration.isEmpty, "data_migration", "انتقال داده"),
            (!plan.evaluation.isEmpty, "evaluation", "ارزیابی مستمر"),
        ]
        let missing = parts.filter { !$0.0 }
        let incompleteCharters = workspace.charters.filter { !$0.missingFields.isEmpty }.map(\.charter.id.rawValue)
        return StepProgress(
            step: 6, title: LocalizedText(fa: "اجرای سیستم", en: "Implement"),
            checks: [
                check(
                    "برنامه پیاده‌سازی", "the implementation plan", missing.isEmpty,
                    missingFa: "کم دارد: \(missing.map(\.2).joined(separator: "، "))",
                    missingEn: "missing: \(list(missing.map(\.1)))"),
                check(
                    "شناسنامه فرآیندها", "process charters", !workspace.charters.isEmpty && incompleteCharters.isEmpty,
                    missingFa: workspace.charters.isEmpty ? "هیچ شناسنامه‌ای نیست" : "ناقص: \(list(incompleteCharters))",
                    missingEn: workspace.charters.isEmpty ? "no charter yet" : "incomplete: \(list(incompleteCharters))"),
                check(
                    "پیکربندی CRM مرجع", "the reference CRM setup", workspace.crmSetup?.callCenter != nil,
                    missingFa: "بخش call_center در crm-setup.yaml خالی است", missingEn: "crm-setup.yaml has no call_center"),
            ],
            file: Workspace.FileName.plan)
    }
}
