import ArgumentParser
import Foundation
import Localization
import SelectionWorkshop
import WorkspaceFiles

extension CRMKit {
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show where the team stands in the six steps of the selection.",
            discussion: """
                A checklist in the spirit of `git status`: for each of the six steps, whether its content is \
                complete — not merely whether its file exists — what is missing, and which file to work on \
                next. Step 2, for example, needs someone in each of the five stakeholder groups and an \
                interview with every system customer; step 5 needs every shortlisted vendor interviewed and \
                scored by every evaluator. Problems that `crmkit validate` would report are counted too.

                Exit status: 0 when all six steps are complete and the workspace is valid, 1 otherwise, 2 when \
                the folder is not a workspace.

                وضعیت شش گام انتخاب را نشان می‌دهد: چه کامل شده، چه مانده و گام بعدی کدام است.
                """)

        @OptionGroup var workspace: WorkspaceOptions

        @Option(help: "table for people, json for scripts.")
        var format: OutputFormat = .table

        @Option(help: "Language of the checklist: fa or en (default: the workspace language).")
        var lang: Language?

        func run() async throws {
            let (loaded, language) = try WorkspaceAccess.load(workspace.directory, lang: lang)
            let catalog = try BundledCatalog.load()
            let report = WorkspaceValidation.check(loaded, catalog: catalog, probes: try BundledProbes.load())
            let progress = WorkshopProgress(loaded.workspace)
            switch format {
            case .json: Console.out(try json(progress, report: report, language: language))
            case .table: Console.out(table(progress, report: report, language: language))
            }
            if progress.completedSteps < progress.steps.count || !report.isValid { throw ExitCode(1) }
        }

        private func table(_ progress: WorkshopProgress, report: ValidationReport, language: Language) -> String {
            let fa = language == .fa
            let digits = { (n: Int) in PersianDigits.digits(String(n), for: language) }
            var lines: [String] = []
            for step in progress.steps {
                let mark = step.isComplete ? "✔" : "·"
                let state = step.isComplete ? (fa ? "کامل" : "complete") : (fa ? "ناتمام" : "to do")
                lines.append("\(mark) \(digits(step.step)) \(step.title.text(in: language)) — \(state)")
                for check in step.checks where !check.isDone {
                    lines.append(
                        "      ✘ \(check.name.text(in: language))\(check.missing.map { ": \($0.text(in: language))" } ?? "")")
                }
            }
            lines.append("")
            lines.append(
                fa
                    ? "\(digits(progress.completedSteps)) گام از \(digits(progress.steps.count)) کامل است."
                    : "\(progress.completedSteps) of \(progress.steps.count) steps complete.")
            if !report.isValid {
                lines.append(
                    fa
                        ? "\(digits(report.errorCount)) خطا در فایل‌ها — برای دیدنشان: crmkit validate \(workspace.directory)"
                        : "\(report.errorCount) errors in the files — see them with: crmkit validate \(workspace.directory)")
            }
            if let next = progress.nextStep {
                lines.append(
                    fa
                        ? "گام بعد: گام \(digits(next.step)) — crmkit workshop \(workspace.directory) --step \(next.step) (یا \(next.file) را با دست تکمیل کنید)"
                        : "Next: step \(next.step) — crmkit workshop \(workspace.directory) --step \(next.step) (or complete \(next.file) by hand)"
                )
            }
            return lines.joined(separator: "\n")
        }

        private func json(_ progress: WorkshopProgress, report: ValidationReport, language: Language) throws -> String {
            struct Check: Encodable {
                var name: String
                var done: Bool
                var missing: String?
            }
            struct Step: Encodable {
                var step: Int
                var title: String
                var complete: Bool
                var file: String
                var checks: [Check]
            }
            struct Document: Encodable {
                var complete: Int
                var steps: [Step]
                var valid: Bool
                var errors: Int
                var warnings: Int
                var next: Int?
            }
            let document = Document(
                complete: progress.completedSteps,
                steps: progress.steps.map { step in
                    Step(
                        step: step.step, title: step.title.text(in: language), complete: step.isComplete, file: step.file,
                        checks: step.checks.map {
                            Check(name: $0.name.text(in: language), done: $0.isDone, missing: $0.missing?.text(in: language))
                        })
                },
                valid: report.isValid, errors: report.errorCount, warnings: report.warningCount,
                next: progress.nextStep?.step)
            return try Console.jsonText(document)
        }
    }
}
