import ArgumentParser
import Foundation
import Localization
import ProcessCatalog
import Reports
import SelectionWorkshop
import WorkspaceFiles

extension CRMKit {
    struct Report: AsyncParsableCommand {
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case md
            case html
        }

        static let configuration = CommandConfiguration(
            abstract: "Write the selection report for the steering committee: all six steps and the recommendation.",
            discussion: """
                One document covering the whole selection: the goals, current processes, diagnostic answers and \
                intangible benefits (step 1); the stakeholders in their five groups and the interviews with \
                system customers (step 2); the consultant (step 3); the shortlist with its knock-out checks \
                (step 4); each shortlisted vendor's interview, costs and requirement coverage, the scorecard \
                (weights, AHP consistency, totals, TOPSIS, evaluator agreement), the cost of ownership, value \
                for money, budget fit, the sensitivity of the winner and the recommendation with how robust it \
                is (step 5); the implementation plan and the process charters (step 6).

                The format follows --out's extension: .html is one self-contained page (inline CSS and SVG \
                charts, printable on A4, right to left in Persian); .md is the same content as Markdown tables \
                and lists, without the charts. Without --out the Markdown goes to standard output (--format \
                html prints the page instead). The file is written atomically: a failed run leaves any earlier \
                report as it was. Dates follow the workspace's calendar; numbers are written in Persian digits \
                in Persian.

                Exit status: 0 when the report is written; 1 when the workspace has errors (run crmkit validate \
                to see them) or the file cannot be written; 2 when the folder is not a workspace.

                گزارش انتخاب CRM برای کمیته راهبری: هر شش گام، کارت امتیاز، هزینه‌ها، حساسیت و پیشنهاد، در HTML یا Markdown.

                Examples:
                  crmkit report docs/example-workspace --out report.html
                  crmkit report docs/example-workspace --out report.md --lang en
                  crmkit report sepehr-crm > report.md
                """)

        @OptionGroup var workspace: WorkspaceOptions

        @Option(help: "Write the report to this file, .html or .md (default: Markdown on standard output).")
        var out: String?

        @Option(help: "md or html (default: from --out's extension, else md).")
        var format: Format?

        @Option(help: "Language of the report: fa or en (default: the workspace language).")
        var lang: Language?

        /// The format asked for: `--format`, else `--out`'s extension.
        var resolvedFormat: Format {
            get throws {
                if let format { return format }
                guard let out else { return .md }
                switch URL(fileURLWithPath: out).pathExtension.lowercased() {
                case "html", "htm": return .html
                case "md", "markdown": return .md
                default:
                    throw ValidationError("cannot tell the format from \"\(out)\": name it .html or .md, or add --format html|md")
                }
            }
        }

        func validate() throws {
            _ = try resolvedFormat
        }

        func run() async throws {
            let format = try resolvedFormat
            let (loaded, language) = try WorkspaceAccess.loadValid(
                workspace.directory, lang: lang,
                refusal: LocalizedText(fa: "گزارش نوشته نشد", en: "no report was written"))
            let catalog = try? BundledCatalog.load()
            let report = SelectionReport(
                workspace: loaded.workspace, analysis: ScorecardAnalysis(loaded.workspace), language: language,
                context: Self.context(for: loaded.workspace, catalog: catalog))
            let text =
                switch format {
                case .md: report.markdown
                case .html: report.html
                }
            try WorkspaceAccess.write(text, to: out, language: language)
        }

        /// The questionnaires' words, the APQC names the workspace refers to, and today in its calendar.
        static func context(for workspace: Workspace, catalog: APQCCatalog?) -> SelectionReport.Context {
            let references =
                (workspace.project?.currentProcesses.compactMap(\.apqc) ?? [])
                + workspace.charters.compactMap(\.charter.apqcProcess)
            var names: [String: LocalizedText] = [:]
            for reference in references {
                if let element = catalog?.element(reference: reference) { names[reference] = element.name }
            }
            let calendar = workspace.project?.project.calendar ?? .gregorian
            return SelectionReport.Context(
                questionnaires: (try? BundledTemplates.questionnaires()) ?? [], apqcNames: names,
                date: LocalDate(Date(), kind: calendar))
        }
    }
}
