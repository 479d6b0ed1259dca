import ArgumentParser
import Foundation
import Localization
import SelectionWorkshop
import WorkspaceFiles

extension CRMKit {
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every file and cross-reference of a selection workspace.",
            discussion: """
                Reads every YAML file of the workspace and reports all problems at once, one per line:

                  requirements.yaml:14:7: error: "sara" is not a person of this workspace — add sara to stakeholders.yaml …

                It checks each file's shape (types, required and unknown keys, duplicate keys, ids, dates, money) and \
                every cross-reference: stakeholders, vendors, requirements, criteria and APQC processes exist; scores \
                lie on the scale; weights are positive; pairwise matrices are square, positive and reciprocal; \
                process charters have all eleven fields; requirements name probes the reference CRM knows \
                (crmkit requirement probes).

                Exit status: 0 when there is no error (warnings allowed), 1 when there are errors, 2 when the folder \
                is not a workspace.

                همه فایل‌های فضای کار را بررسی می‌کند و همه مشکل‌ها را با نام فایل و شماره سطر گزارش می‌دهد.
                """)

        @OptionGroup var workspace: WorkspaceOptions

        @Option(help: "table for people, json for scripts.")
        var format: OutputFormat = .table

        @Option(help: "Language of the messages: fa or en (default: the workspace language).")
        var lang: Language?

        func run() async throws {
            let directory = URL(fileURLWithPath: workspace.directory, isDirectory: true)
            let catalog = try BundledCatalog.load()
            let probes = try BundledProbes.load()
            let report: ValidationReport
            do {
                report = try WorkspaceValidation.check(directory, catalog: catalog, probes: probes)
            } catch {
                Console.error(error.description(in: lang ?? .en))
                throw ExitCode(2)
            }
            let language = lang ?? report.language
            let prefix = WorkspaceAccess.filePrefix(workspace.directory)
            switch format {
            case .json:
                Console.out(String(decoding: try report.json(in: language, filePrefix: prefix), as: UTF8.self))
            case .table:
                if report.diagnostics.isEmpty {
                    Console.out(report.summary(in: language))
                } else {
                    // Problems are diagnostics (stderr); the summary is the result (stdout).
                    Console.error(
                        report.diagnostics.map { $0.formatted(in: language, filePrefix: prefix) }.joined(separator: "\n"))
                    Console.out(report.summary(in: language))
                }
            }
            if !report.isValid { throw ExitCode(1) }
        }
    }
}
