import ArgumentParser
import Foundation
import Localization
import SelectionWorkshop
import WorkspaceFiles

extension CRMKit {
    struct Interview: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Interview one shortlisted vendor: costs, the vendor-interview questions, and each requirement's coverage.",
            discussion: """
                Walks the step-5 vendor-interview questionnaire for VENDOR and writes the answers to \
                vendors/VENDOR.yaml: the costs (licence, customization, implementation time frame, annual support \
                and maintenance, training cost and method, back-office integration, subscription), the vendor \
                itself, usability, technical support, customer service, reports, customization, e-business and \
                growth — then, for every requirement, the vendor's coverage claim (full, partial, roadmap, custom, \
                none) with a note. Each answer is checked and saved at once; run the command again to carry on.

                Exit status: 0 when the walk ended or was quit, 1 for an unknown vendor or a refused answer in \
                an answers file, 2 when the folder is not a workspace or there is no terminal.

                مصاحبه با یک تأمین‌کننده فهرست کوتاه: هزینه‌ها، پرسش‌های مصاحبه و ادعای پوشش هر نیازمندی.

                Examples:
                  crmkit interview abrak sepehr-crm
                  crmkit interview abrak sepehr-crm --answers abrak-answers.yaml
                """)

        @Argument(help: "The vendor's id in shortlist.yaml (it must be shortlisted).")
        var vendor: String

        @OptionGroup var workspace: WorkspaceOptions

        @OptionGroup var walk: WalkOptions

        func run() async throws {
            let vendor = vendor
            try WorkshopSession(
                folder: workspace.directory, options: walk,
                command: "crmkit interview \(vendor) \(workspace.directory)"
            ).run(scope: .vendor(vendor)) { loaded, language in
                let shortlisted = loaded.workspace.shortlist.vendors.filter { $0.status == .shortlisted }.map(\.id.rawValue)
                guard shortlisted.contains(vendor) else {
                    let known =
                        shortlisted.isEmpty
                        ? (language == .fa ? "هیچ" : "none") : shortlisted.joined(separator: language == .fa ? "، " : ", ")
                    Console.error(
                        language == .fa
                            ? "«\(vendor)» تأمین‌کننده‌ای در فهرست کوتاه shortlist.yaml نیست؛ تأمین‌کنندگان فهرست کوتاه: \(known)"
                            : "\"\(vendor)\" is not a shortlisted vendor in shortlist.yaml; shortlisted: \(known)")
                    throw ExitCode(1)
                }
            }
        }
    }

    struct Score: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fill in one evaluator's score sheet, criterion by criterion, with the scale's anchors.",
            discussion: """
                Asks EVALUATOR for a score of each shortlisted vendor (or only --vendor) on every leaf \
                criterion of scorecard.yaml, showing each level of the scale with its anchored description \
                (what an evaluator must see to give that score). The scores go to scores/EVALUATOR.yaml — one \
                file per evaluator — and are saved one by one. Only this evaluator's own scores are shown: \
                nobody sees the others' until the facilitator runs the scorecard. --answers FILE takes the \
                scores from a YAML file shaped `answers: {scores: {EVALUATOR: {VENDOR: {CRITERION: SCORE}}}}`.

                Exit status: 0 when the sheet is done or the walk was quit, 1 for an unknown evaluator or \
                vendor, 2 when the folder is not a workspace or there is no terminal.

                برگه امتیاز یک ارزیاب را معیار به معیار پر می‌کند و توصیف هر سطح مقیاس را نشان می‌دهد.

                Examples:
                  crmkit score sepehr-crm --evaluator shirin
                  crmkit score sepehr-crm --evaluator shirin --vendor abrak
                """)

        @OptionGroup var workspace: WorkspaceOptions

        @Option(help: "The evaluator's stakeholder id (marked evaluator: true in stakeholders.yaml).")
        var evaluator: String

        @Option(help: "Score only this shortlisted vendor.")
        var vendor: String?

        @OptionGroup var walk: WalkOptions

        func run() async throws {
            let (evaluator, vendor) = (evaluator, vendor)
            try WorkshopSession(
                folder: workspace.directory, options: walk,
                command: "crmkit score \(workspace.directory) --evaluator \(evaluator)\(vendor.map { " --vendor \($0)" } ?? "")"
            ).run(scope: .scores(evaluator: evaluator, vendor: vendor)) { loaded, language in
                let workspace = loaded.workspace
                let evaluators = workspace.stakeholders.stakeholders.filter(\.evaluator).map(\.id.rawValue)
                guard evaluators.contains(evaluator) else {
                    Console.error(
                        language == .fa
                            ? "«\(evaluator)» ارزیاب نیست؛ در stakeholders.yaml برای او evaluator: true بنویسید. ارزیابان: \(evaluators.joined(separator: "، "))"
                            : "\"\(evaluator)\" is not an evaluator; mark them evaluator: true in stakeholders.yaml. Evaluators: \(evaluators.joined(separator: ", "))"
                    )
                    throw ExitCode(1)
                }
                let shortlisted = workspace.shortlist.vendors.filter { $0.status == .shortlisted }.map(\.id.rawValue)
                if let vendor, !shortlisted.contains(vendor) {
                    Console.error(
                        language == .fa
                            ? "«\(vendor)» در فهرست کوتاه نیست؛ تأمین‌کنندگان فهرست کوتاه: \(shortlisted.joined(separator: "، "))"
                            : "\"\(vendor)\" is not shortlisted; shortlisted: \(shortlisted.joined(separator: ", "))")
                    throw ExitCode(1)
                }
                guard workspace.scorecard != nil else {
                    Console.error(
                        language == .fa
                            ? "scorecard.yaml نیست یا خوانا نیست؛ نخست crmkit validate را ببینید"
                            : "there is no readable scorecard.yaml; see crmkit validate first")
                    throw ExitCode(1)
                }
            }
        }
    }
}
