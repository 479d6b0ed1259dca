import Foundation
import Localization
import SelectionWorkshop

/// What `crmkit init` needs to know to lay out a new workspace.
public struct ScaffoldOptions: Sendable {
    public var language: Language
    public var template: String
    public var projectName: String
    public var currency: String
    public var today: Date

    public init(language: Language, template: String, projectName: String, currency: String, today: Date = Date()) {
        self.language = language
        self.template = template
        self.projectName = projectName
        self.currency = currency
        self.today = today
    }
}

public enum ScaffoldError: BilingualError {
    case existingWorkspace(String)
    case wouldOverwrite(String, files: [String])
    case template(TemplateError)
    case notAFolder(String)
    case writeFailed(String, reason: String)

    public var message: LocalizedText {
        switch self {
        case .existingWorkspace(let path):
            LocalizedText(
                fa: "«\(path)» از پیش یک فضای کار است؛ چیزی بازنویسی نشد. برای بررسی آن: crmkit validate \(path)",
                en: "\"\(path)\" is already a workspace; nothing was overwritten. To check it: crmkit validate \(path)")
        case .wouldOverwrite(let path, let files):
            LocalizedText(
                fa:
                    "در «\(path)» این فایل‌ها از پیش هستند و بازنویسی نمی‌شوند: \(files.joined(separator: "، ")). پوشه‌ای دیگر برگزینید.",
                en:
                    "\"\(path)\" already holds \(files.joined(separator: ", ")), which init would overwrite; choose another folder"
            )
        case .template(let error):
            error.message
        case .notAFolder(let path):
            LocalizedText(
                fa: "«\(path)» یک فایل است، نه پوشه؛ برای فضای کار نام دیگری برگزینید",
                en: "\"\(path)\" is a file, not a folder; choose another name for the workspace")
        case .writeFailed(let path, let reason):
            LocalizedText(
                fa: "نوشتن فضای کار در «\(path)» ممکن نشد: \(reason). چیزی نیمه‌کاره باقی نماند.",
                en: "cannot write the workspace to \"\(path)\": \(reason). Nothing was left half-written.")
        }
    }
}

public enum WorkspaceScaffold {
    /// The files of a new workspace, by path relative to its folder, in the order they are listed.
    public static func files(
        _ options: ScaffoldOptions, questionnaires: [Questionnaire], scorecardTemplate: String
    ) -> [(path: String, contents: String)] {
        let writer = SkeletonWriter(options: options, questionnaires: questionnaires)
        return [
            (Workspace.FileName.project, writer.project()),
            (Workspace.FileName.stakeholders, writer.stakeholders()),
            (Workspace.FileName.consultants, writer.consultants()),
            (Workspace.FileName.shortlist, writer.shortlist()),
            (Workspace.FileName.requirements, writer.requirements()),
            (Workspace.FileName.scorecard, scorecardTemplate),
            (Workspace.FileName.plan, writer.plan()),
            (Workspace.FileName.crmSetup, writer.crmSetup()),
            ("\(Workspace.FileName.vendorsFolder)/README.md", writer.folderNote(.vendors)),
            ("\(Workspace.FileName.scoresFolder)/README.md", writer.folderNote(.scores)),
            ("\(Workspace.FileName.chartersFolder)/README.md", writer.folderNote(.charters)),
        ]
    }

    /// Creates a workspace in `directory`, which must not exist yet or hold none of the files a workspace
    /// has. Everything is written to a temporary folder beside it first and then moved into place, so an
    /// interrupted or failed init leaves nothing half-written. Returns the files created.
    @discardableResult
    public static func create(at directory: URL, options: ScaffoldOptions) throws(ScaffoldError) -> [String] {
        let fileManager = FileManager.default
        let questionnaires: [Questionnaire]
        let template: String
        do {
            questionnaires = try BundledTemplates.questionnaires()
            template = try BundledTemplates.scorecardTemplate(named: options.template)
        } catch {
            throw .template(error)
        }
        let files = files(options, questionnaires: questionnaires, scorecardTemplate: template)

        var isDirectory: ObjCBool = false
        let exists = fileManager.fileExists(atPath: directory.path, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else { throw .notAFolder(directory.path) }
            if fileManager.fileExists(atPath: directory.appendingPathComponent(Workspace.FileName.project).path) {
                throw .existingWorkspace(directory.path)
            }
            let topLevel = Set(files.map { String($0.path.split(separator: "/")[0]) })
            let clashes = topLevel.filter { fileManager.fileExists(atPath: directory.appendingPathComponent($0).path) }.sorted()
            if !clashes.isEmpty { throw .wouldOverwrite(directory.path, files: clashes) }
        }

        // A new folder is written beside its final place and renamed into it in one step. An existing folder
        // gets its files from a staging folder inside it, project.yaml last: until project.yaml is there the
        // folder does not count as a workspace, so an interrupted init can simply be run again.
        let staging =
            exists
            ? directory.appendingPathComponent(".crmkit-init-\(UUID().uuidString.prefix(8))")
            : directory.deletingLastPathComponent()
                .appendingPathComponent(".\(directory.lastPathComponent).crmkit-init-\(UUID().uuidString.prefix(8))")
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url, options: .atomic)
            }
            if exists {
                let names = try fileManager.contentsOfDirectory(atPath: staging.path).sorted {
                    ($0 == Workspace.FileName.project ? 1 : 0, $0) < ($1 == Workspace.FileName.project ? 1 : 0, $1)
                }
                var moved: [URL] = []
                do {
                    for name in names {
                        let target = directory.appendingPathComponent(name)
                        try fileManager.moveItem(at: staging.appendingPathComponent(name), to: target)
                        moved.append(target)
                    }
                } catch {
                    for url in moved { try? fileManager.removeItem(at: url) }
                    throw error
                }
                try fileManager.removeItem(at: staging)
            } else {
                try fileManager.moveItem(at: staging, to: directory)
            }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw .writeFailed(directory.path, reason: error.localizedDescription)
        }
        return files.map(\.path)
    }
}

/// Writes the skeleton of each workspace file: valid YAML with empty lists, headed by the questions of the
/// step that the file answers, in the team's language.
private struct SkeletonWriter {
    let options: ScaffoldOptions
    let questionnaires: [Questionnaire]

    var language: Language { options.language }
    var other: Language { language == .fa ? .en : .fa }
    var calendar: CalendarKind { language == .fa ? .jalali : .gregorian }

    enum Folder { case vendors, scores, charters }

    /// The comment block that heads a file: its step and the questions whose answers go into it.
    func header(for file: String, step: Int) -> String {
        var lines: [String] = []
        if let questionnaire = questionnaires.first(where: { $0.step == step }) {
            lines.append("# \(line(questionnaire.title.text(in: language)))")
        }
        lines.append(
            language == .fa
                ? "# فضای کار انتخاب CRM، گام \(PersianDigits.toPersian(String(step))) — قالب: docs/workspace-format.md؛ بررسی: crmkit validate"
                : "# crmkit selection workspace, step \(step) — format: docs/workspace-format.md; check with: crmkit validate")
        let questions = questionnaires.flatMap(\.questions).filter { $0.fills.names(file: file) }
        if !questions.isEmpty {
            lines.append(language == .fa ? "#\n# پرسش‌هایی که پاسخشان در این فایل می‌آید:" : "#\n# Questions this file answers:")
            for question in questions {
                let path = question.fills.keys.map { $0.name + ($0.eachItem ? "[]" : "") }.joined(separator: ".")
                lines.append("#   - \(line(question.text.text(in: language)))  → \(path)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A text on one comment line.
    func line(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }

    func project() -> String {
        let today = LocalDate(options.today, kind: calendar)
        var text = header(for: Workspace.FileName.project, step: 1)
        text += """
            version: 1
            project:
              name: \(YAMLText.quoted(options.projectName))
              languages: [\(language.rawValue), \(other.rawValue)]
              currency: \(options.currency)
              calendar: \(calendar.rawValue)
              started: \(today.description.replacingOccurrences(of: "/", with: "-"))
            business_units: []
            core_team: []
            goals: []
            current_processes: []
            diagnostics:

            """
        for question in DiagnosticQuestion.allCases {
            if let asked = questionnaires.flatMap(\.questions).first(where: {
                $0.fills.file == Workspace.FileName.project && $0.fills.keys.map(\.name) == ["diagnostics", question.rawValue]
            }) {
                text += "  # \(line(asked.text.text(in: language)))\n"
            }
            text += "  \(question.rawValue):\n"
        }
        text += "intangible_benefits: []\n"
        return text
    }

    func stakeholders() -> String {
        header(for: Workspace.FileName.stakeholders, step: 2) + """
            version: 1
            stakeholders: []
            interviews: []

            """
    }

    func consultants() -> String {
        header(for: Workspace.FileName.consultants, step: 3) + """
            version: 1
            roles_needed: []
            candidates: []

            """
    }

    func shortlist() -> String {
        header(for: Workspace.FileName.shortlist, step: 4) + """
            version: 1
            needs:
              reachable_anywhere: true
              back_office_integration: true
              integrations: []
              countries: []
              currencies: [\(options.currency)]
              languages: [\(language.rawValue)]
              architectures: [web]
              deployments: [cloud, packaged, on-premises-custom]
            vendors: []

            """
    }

    func requirements() -> String {
        header(for: Workspace.FileName.requirements, step: 5) + """
            version: 1
            requirements: []

            """
    }

    func plan() -> String {
        header(for: Workspace.FileName.plan, step: 6) + """
            version: 1
            tasks: []
            training: []
            tests: []
            data_migration: []
            evaluation: []

            """
    }

    /// Sensible starting values for the reference CRM: the four-stage funnel of the source article and
    /// three case priorities, to be adjusted in the workshop.
    func crmSetup() -> String {
        header(for: Workspace.FileName.crmSetup, step: 6) + """
            version: 1
            locales: [\(language.rawValue), \(other.rawValue)]
            default_locale: \(language.rawValue)
            calendar: \(calendar.rawValue)
            base_currency: \(options.currency)
            accepted_currencies: [\(options.currency)]
            sales_funnel:
              stages:
                - {id: awareness, name: {fa: آگاهی, en: Awareness}, probability: 0.1}
                - {id: interest, name: {fa: علاقه, en: Interest}, probability: 0.25}
                - {id: decision, name: {fa: تصمیم, en: Decision}, probability: 0.5}
                - {id: action, name: {fa: اقدام, en: Action}, probability: 0.9}
              loss_reasons: [no-budget, no-need, wrong-contact]
            cases:
              priorities:
                - {id: urgent, name: {fa: فوری, en: Urgent}, first_response: 1h, resolution: 8h}
                - {id: normal, name: {fa: عادی, en: Normal}, first_response: 4h, resolution: 3d}
                - {id: low, name: {fa: کم, en: Low}, first_response: 1d, resolution: 1w}

            """
    }

    func folderNote(_ folder: Folder) -> String {
        switch folder {
        case .vendors:
            """
            # vendors/

            One file per shortlisted vendor, named after its id in `shortlist.yaml` (e.g. `acme.yaml`): its
            profile, the vendor-interview answers and costs, and its coverage claim for each requirement.

            برای هر تأمین‌کننده فهرست کوتاه یک فایل به نام شناسه‌اش: معرفی، پاسخ‌های مصاحبه، هزینه‌ها و پوشش نیازمندی‌ها.

            """
        case .scores:
            """
            # scores/

            One file per evaluator, named after their id (e.g. `maryam.yaml`): a score per vendor and scorecard
            criterion. Each evaluator edits only their own file.

            برای هر ارزیاب یک فایل به نام شناسه‌اش: امتیاز هر تأمین‌کننده در هر معیار. هر ارزیاب فقط فایل خودش را ویرایش می‌کند.

            """
        case .charters:
            """
            # charters/

            One process charter (شناسنامه فرآیند) per file, named after its id: the eleven fields — title, goal,
            performance indicators, owner, executors, scope, rules and regulations, information systems,
            distribution of copies, record keeping, approximate duration.

            هر شناسنامه فرآیند در یک فایل به نام شناسه‌اش، با یازده بخش: عنوان، هدف، شاخص‌های عملکرد، مالک،
            مجریان، دامنه، قوانین و مقررات، سیستم‌های اطلاعاتی، توزیع نسخه‌ها، نگهداری سوابق و مدت تقریبی.

            """
        }
    }
}
