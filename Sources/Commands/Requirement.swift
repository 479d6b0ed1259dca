import ArgumentParser
import Foundation
import Localization
import SelectionWorkshop
import WorkspaceFiles

extension CRMKit {
    struct Requirement: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "requirement",
            abstract:
                "The requirements, with MoSCoW priorities: add one, list, show, draw them from an interview; the known probes.",
            discussion: """
                Examples:
                  crmkit requirement add R-021 --title "Every call logged" --priority must --category call-center \\
                      --source maryam --apqc 6.2.2 --probe call-logged -w my-selection
                  crmkit requirement list --priority must --category call-center -w my-selection
                  crmkit requirement show R-021 -w my-selection
                  crmkit requirement from-interview my-selection maryam --priority should
                  crmkit requirement probes

                نیازمندی‌ها را با اولویت MoSCoW می‌افزاید، فهرست می‌کند و نمایش می‌دهد.
                """,
            subcommands: [Add.self, List.self, Show.self, FromInterview.self, Probes.self])

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add a requirement to requirements.yaml.")
            @Argument(help: "The requirement's id, e.g. R-021.") var id: String
            @Option(help: "A short title.") var title: String
            @Option(help: "must | should | could | wont.") var priority: MoSCoWPriority
            @Option(
                help:
                    "call-center, sales, service, marketing, process, reports, architecture, integration, security, global, usability, data-migration, vendor, cost, other."
            )
            var category: RequirementCategory
            @Option(help: "What is needed, in a sentence or two.") var description: String?
            @Option(help: "A stakeholder who asked for it (repeatable).") var source: [String] = []
            @Option(help: "The selection step where it was captured, 1–6.") var step: Int?
            @Option(help: "The APQC process it serves, e.g. 6.2.2.") var apqc: String?
            @Option(help: "The smoke-test probe that will prove it on the reference CRM.") var probe: String?
            @Option(name: [.customShort("w"), .long], help: "The workspace folder.") var workspace: String = "."
            @Option(help: "Language of the messages (default: the workspace language).") var lang: Language?

            func run() async throws {
                let fields: [(String, WorkspaceEditor.Field?)] = [
                    ("id", .word(id)), ("title", .text(title)), ("description", description.map { .text($0) }),
                    ("priority", .word(priority.rawValue)), ("category", .word(category.rawValue)),
                    ("step", step.map { .word(String($0)) }), ("sources", source.isEmpty ? nil : .list(source)),
                    ("apqc", apqc.map { .word($0) }), ("verify", probe.map { .mapping([("probe", $0)]) }),
                ]
                try WorkspaceAccess.append(
                    fields, toList: "requirements", in: Workspace.FileName.requirements, workspace: workspace, lang: lang)
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List requirements, filtered by priority, category, step or stakeholder.")
            @Option(help: "Only this priority.") var priority: MoSCoWPriority?
            @Option(help: "Only this category.") var category: RequirementCategory?
            @Option(help: "Only those captured in this step.") var step: Int?
            @Option(help: "Only those a stakeholder asked for.") var stakeholder: String?
            @Option(name: [.customShort("w"), .long], help: "The workspace folder.") var workspace: String = "."
            @Option(help: "table for people, json for scripts.") var format: OutputFormat = .table
            @Option(help: "Language of the output (default: the workspace language).") var lang: Language?

            func run() async throws {
                let (opened, language) = try WorkspaceAccess.load(workspace, lang: lang)
                let loaded = opened.workspace
                let requirements = loaded.requirements.requirements.filter {
                    (priority == nil || $0.priority == priority) && (category == nil || $0.category == category)
                        && (step == nil || $0.step == step)
                        && (stakeholder == nil || $0.sources.contains { $0.rawValue == stakeholder })
                }.sorted { ($0.priority, $0.id) < ($1.priority, $1.id) }
                switch format {
                case .json:
                    struct Row: Encodable {
                        var id, title, priority, category: String
                        var step: Int?
                        var sources: [String]
                        var apqc, probe: String?
                    }
                    try Console.json(
                        requirements.map {
                            Row(
                                id: $0.id.rawValue, title: $0.title.text(in: language), priority: $0.priority.rawValue,
                                category: $0.category.rawValue,
                                step: $0.step, sources: $0.sources.map(\.rawValue), apqc: $0.apqc, probe: $0.verify?.probe)
                        })
                case .table:
                    for requirement in requirements {
                        Console.out(
                            "\(requirement.id)\t\(requirement.priority.rawValue)\t\(requirement.category.rawValue)\t\(requirement.title.text(in: language))"
                        )
                    }
                    Console.error(
                        language == .fa
                            ? "\(PersianDigits.toPersian(String(requirements.count))) نیازمندی"
                            : "\(requirements.count) requirements")
                }
            }
        }

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Show one requirement with its sources, APQC process and verification.")
            @Argument(help: "The requirement's id.") var id: String
            @Option(name: [.customShort("w"), .long], help: "The workspace folder.") var workspace: String = "."
            @Option(help: "Language of the output (default: the workspace language).") var lang: Language?

            func run() async throws {
                let (opened, language) = try WorkspaceAccess.load(workspace, lang: lang)
                let loaded = opened.workspace
                guard let requirement = loaded.requirements.requirements.first(where: { $0.id.rawValue == id }) else {
                    let hint = Suggestion.closest(to: id, among: loaded.requirements.requirements.map(\.id.rawValue))
                    Console.error(
                        language == .fa
                            ? "نیازمندی «\(id)» نیست" + (hint.map { "؛ منظورتان «\($0)» بود؟" } ?? "")
                            : "there is no requirement \"\(id)\"" + (hint.map { "; did you mean \"\($0)\"?" } ?? ""))
                    throw ExitCode(1)
                }
                let fa = language == .fa
                let people = Dictionary(
                    loaded.stakeholders.stakeholders.map { ($0.id, $0.name.text(in: language)) }, uniquingKeysWith: { a, _ in a })
                var lines = ["\(requirement.id)  \(requirement.title.text(in: language))"]
                if let description = requirement.description { lines.append("  " + description.text(in: language)) }
                lines.append((fa ? "  اولویت: " : "  priority: ") + requirement.priority.rawValue)
                lines.append((fa ? "  دسته: " : "  category: ") + requirement.category.rawValue)
                if !requirement.sources.isEmpty {
                    lines.append(
                        (fa ? "  درخواست‌کنندگان: " : "  asked by: ")
                            + requirement.sources.map { "\($0)" + (people[$0].map { " (\($0))" } ?? "") }.joined(separator: ", "))
                }
                if let apqc = requirement.apqc { lines.append("  APQC: \(apqc)") }
                if let verify = requirement.verify {
                    let parameters = verify.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                        separator: " ")
                    lines.append(
                        (fa ? "  راستی‌آزمایی: " : "  verified by: ") + verify.probe + (parameters.isEmpty ? "" : " \(parameters)")
                    )
                }
                Console.out(lines.joined(separator: "\n"))
            }
        }
    }
}

extension MoSCoWPriority: ExpressibleByArgument {}
extension RequirementCategory: ExpressibleByArgument {}
