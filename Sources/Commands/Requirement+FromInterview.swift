import ArgumentParser
import Foundation
import Localization
import SelectionWorkshop
import WorkspaceFiles

extension CRMKit.Requirement {
    struct FromInterview: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "from-interview",
            abstract: "Turn a stakeholder's interview into requirements: one per missing report or needed data item.",
            discussion: """
                Reads the interviews with STAKEHOLDER in stakeholders.yaml (usually a system customer) and adds to \
                requirements.yaml one requirement per item of reports_missing and data_needed that has none yet, \
                with the item as its title and sources: [STAKEHOLDER], numbered after the last id (R-020 → R-021). \
                Each new id is added to the interview's requirements: list, so running the command again adds \
                nothing. An item counts as done when a requirement linked from the interview, or asked for by the \
                same person, has it as its title or description.

                Both files are written in one edit: if the change would break either, neither is written.

                Exit status: 0 when the requirements were added (or there was nothing new), 1 when the stakeholder \
                or an interview is missing or the edit was refused, 2 when the folder is not a workspace.

                گزارش‌های ناموجود و داده‌های لازمِ مصاحبه یک ذی‌نفع را به نیازمندی تبدیل و به مصاحبه پیوند می‌دهد.
                """)
        @Argument(help: "The workspace folder, or the stakeholder's id when the workspace is the current directory.")
        var dirOrStakeholder: String
        @Argument(help: "The stakeholder's id, after the workspace folder.") var stakeholder: String?
        @Option(help: "The id of the new requirement, when the interview gives exactly one (default: the next free id).")
        var id: String?
        @Option(help: "must | should | could | wont — for every new requirement; review them afterwards.")
        var priority: MoSCoWPriority = .should
        @Option(help: "The category of every new requirement (default: reports for a missing report, other for data).")
        var category: RequirementCategory?
        @Option(help: "table for people, json for scripts.") var format: OutputFormat = .table
        @Option(help: "Language of the messages (default: the workspace language).") var lang: Language?

        func run() async throws {
            let (folder, person) = FolderAndID.split(dirOrStakeholder, stakeholder)
            let (opened, language) = try WorkspaceAccess.load(folder, lang: lang)
            let workspace = opened.workspace
            let fa = language == .fa
            let stakeholders = workspace.stakeholders.stakeholders
            guard let interviewee = stakeholders.first(where: { $0.id.rawValue == person }) else {
                throw WorkspaceAccess.unknown(
                    LocalizedText(fa: "ذی‌نفع", en: "stakeholder"), person, among: stakeholders.map(\.id.rawValue),
                    in: Workspace.FileName.stakeholders, language: language)
            }
            guard workspace.stakeholders.interviews.contains(where: { $0.stakeholder == interviewee.id }) else {
                Console.error(
                    fa
                        ? "در stakeholders.yaml مصاحبه‌ای با \(person) نیست؛ نخست آن را زیر interviews: ثبت کنید (stakeholder: \(person)، reports_missing، data_needed)"
                        : "stakeholders.yaml has no interview with \(person); record it under interviews: first (stakeholder: \(person), reports_missing, data_needed)"
                )
                throw ExitCode(1)
            }
            let drafts = InterviewRequirements.drafts(for: interviewee.id, in: workspace)
            let existing = workspace.requirements.requirements.map(\.id)
            let ids: [SelectionWorkshop.Requirement.ID]
            if let id {
                guard drafts.count == 1 else {
                    let numbered = RequirementNumbering.next(max(drafts.count, 1), after: existing).map(\.rawValue)
                    Console.error(
                        fa
                            ? "--id یک نیازمندی را نام می‌برد اما مصاحبه \(PersianDigits.toPersian(String(drafts.count))) مورد تازه دارد؛ --id را حذف کنید تا شماره‌ها خودکار باشند (\(numbered.joined(separator: "، ")))"
                            : "--id names one requirement but the interview gives \(drafts.count) new items; leave --id out to number them \(numbered.joined(separator: ", "))"
                    )
                    throw ExitCode(1)
                }
                guard !existing.contains(SelectionWorkshop.Requirement.ID(id)) else {
                    let free = RequirementNumbering.next(1, after: existing)[0]
                    Console.error(
                        fa
                            ? "نیازمندی \(id) در requirements.yaml هست؛ شناسه دیگری بدهید یا --id را حذف کنید (شناسه آزاد بعدی: \(free))"
                            : "requirement \(id) already exists in requirements.yaml; choose another id or leave --id out (the next free one is \(free))"
                    )
                    throw ExitCode(1)
                }
                ids = [SelectionWorkshop.Requirement.ID(id)]
            } else {
                ids = RequirementNumbering.next(drafts.count, after: existing)
            }

            let workspaceLanguage = workspace.project?.project.language ?? .en
            let requirements = zip(ids, drafts).map { id, draft in
                WorkspaceEditor.NewRequirement(
                    id: id, title: draft.text, description: Self.provenance(of: draft, by: interviewee, in: workspaceLanguage),
                    priority: priority, category: category ?? (draft.source == .reportsMissing ? .reports : .other), step: 2,
                    sources: [interviewee.id], interview: draft.interview)
            }
            if !requirements.isEmpty {
                try WorkspaceAccess.edit(in: folder, language: language) { () throws(WorkspaceEditor.Failure) in
                    try WorkspaceEditor.add(
                        requirements, language: workspaceLanguage, at: URL(fileURLWithPath: folder, isDirectory: true))
                }
            }
            switch format {
            case .json:
                struct Added: Encodable {
                    var id, title, priority, category, interview, from: String
                }
                struct Report: Encodable {
                    var stakeholder: String
                    var added: [Added]
                }
                try Console.json(
                    Report(
                        stakeholder: person,
                        added: zip(requirements, drafts).map { requirement, draft in
                            Added(
                                id: requirement.id.rawValue, title: requirement.title.text(in: language),
                                priority: requirement.priority.rawValue, category: requirement.category.rawValue,
                                interview: draft.interview.id.rawValue, from: draft.source.rawValue)
                        }))
            case .table:
                guard !requirements.isEmpty else {
                    Console.out(
                        fa
                            ? "چیز تازه‌ای نیست: هر گزارش ناموجود و داده لازمِ مصاحبه با \(person) پیش‌تر نیازمندی دارد."
                            : "Nothing new: every missing report and needed data item of the interview with \(person) already has a requirement."
                    )
                    return
                }
                for requirement in requirements {
                    Console.out(
                        "\(requirement.id)\t\(requirement.priority.rawValue)\t\(requirement.category.rawValue)\t\(requirement.title.text(in: language))"
                    )
                }
                let count = PersianDigits.digits(String(requirements.count), for: language)
                Console.out(
                    fa
                        ? "\(count) نیازمندی به requirements.yaml افزوده و به مصاحبه در stakeholders.yaml پیوند شد؛ اولویت و دسته آن‌ها را بازبینی کنید."
                        : "Added \(count) requirement\(requirements.count == 1 ? "" : "s") to requirements.yaml and linked them from the interview in stakeholders.yaml; review their priority and category."
                )
            }
        }

        /// Where a drafted requirement came from, in the workspace language, for its description.
        static func provenance(
            of draft: InterviewRequirements.Draft, by stakeholder: SelectionWorkshop.Stakeholder, in language: Language
        ) -> LocalizedText {
            let name = stakeholder.name.text(in: language)
            let date = draft.interview.date.map { " (\($0.formatted(in: language)))" } ?? ""
            switch (draft.source, language) {
            case (.reportsMissing, .fa):
                return LocalizedText(fa: "در مصاحبه با \(name)\(date) گزارشی خواسته شد که امروز تهیه نمی‌شود.")
            case (.dataNeeded, .fa):
                return LocalizedText(fa: "در مصاحبه با \(name)\(date) داده‌ای خواسته شد که امروز در دسترس نیست.")
            case (.reportsMissing, .en):
                return LocalizedText(
                    en: "From the interview with \(name)\(date): a report that is needed and cannot be produced today.")
            case (.dataNeeded, .en):
                return LocalizedText(en: "From the interview with \(name)\(date): data that is needed and missing today.")
            }
        }
    }
}
