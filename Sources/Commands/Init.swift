import ArgumentParser
import Foundation
import Localization
import WorkspaceFiles

extension CRMKit {
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Scaffold a new CRM selection workspace from the questionnaires and a scorecard template.",
            discussion: """
                Creates DIR with one YAML file per part of the six-step selection (project.yaml, \
                stakeholders.yaml, consultants.yaml, shortlist.yaml, requirements.yaml, scorecard.yaml, \
                plan.yaml, crm-setup.yaml) and the folders vendors/, scores/ and charters/. Each file opens with \
                the questions of its step, in the workspace language. The scorecard is copied from a template \
                (see --template). An existing workspace is never overwritten.

                Examples:
                  crmkit init sepehr-crm --lang fa
                  crmkit init contact-center --lang en --template call-center

                یک فضای کار تازه برای انتخاب CRM می‌سازد؛ هیچ فضای کار موجودی بازنویسی نمی‌شود.
                """)

        @Argument(help: "The folder to create (it may exist if it holds none of the workspace's files).", completion: .directory)
        var directory: String

        @Option(help: "The workspace language: fa (Persian, Jalali dates) or en.")
        var lang: Language = .fa

        @Option(help: "The scorecard template: general-crm or call-center.")
        var template: String = "general-crm"

        @Option(help: "The currency amounts are compared in, as an ISO 4217 code.")
        var currency: String = "IRR"

        @Option(help: "The project's name, shown on reports (default: the folder's name).")
        var name: String?

        @Option(help: "table for people, json for scripts.")
        var format: OutputFormat = .table

        func run() async throws {
            let url = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
            guard (try? Currency(code: currency)) != nil else {
                Console.error(
                    lang == .fa
                        ? "‏--currency \(currency) کد ارز ISO 4217 نیست؛ سه حرف بزرگ لاتین بنویسید، مثلاً IRR یا USD"
                        : "--currency \(currency) is not an ISO 4217 code; use three capital letters such as IRR or USD")
                throw ExitCode(64)
            }
            let options = ScaffoldOptions(
                language: lang, template: template, projectName: name ?? url.lastPathComponent, currency: currency)
            let files: [String]
            do {
                files = try WorkspaceScaffold.create(at: url, options: options)
            } catch {
                Console.error(error.description(in: lang))
                throw ExitCode(1)
            }
            switch format {
            case .json:
                struct Created: Encodable {
                    var workspace: String
                    var language: String
                    var template: String
                    var files: [String]
                }
                try Console.json(Created(workspace: directory, language: lang.rawValue, template: template, files: files))
            case .table:
                Console.out(nextSteps(files: files))
            }
        }

        private func nextSteps(files: [String]) -> String {
            switch lang {
            case .en:
                """
                Created the workspace \(directory) (\(files.count) files, scorecard template \(template)).

                Next:
                  1. Fill project.yaml with the core team, goals and the review of current processes (step 1).
                  2. List stakeholders in the five groups in stakeholders.yaml (step 2).
                  3. Check your edits at any time:  crmkit validate \(directory)
                  4. Keep the folder in git so the team reviews every change:  git init \(directory)
                """
            case .fa:
                """
                فضای کار \(directory) ساخته شد (\(PersianDigits.toPersian(String(files.count))) فایل، الگوی کارت امتیاز \(template)).

                گام‌های بعد:
                  ۱. project.yaml را با تیم اصلی، اهداف و بررسی فرآیندهای فعلی پر کنید (گام اول).
                  ۲. ذی‌نفعان را در پنج گروه در stakeholders.yaml بنویسید (گام دوم).
                  ۳. هر زمان ویرایش‌ها را بررسی کنید:  crmkit validate \(directory)
                  ۴. پوشه را در git نگه دارید تا تیم هر تغییر را مرور کند:  git init \(directory)
                """
            }
        }
    }
}
