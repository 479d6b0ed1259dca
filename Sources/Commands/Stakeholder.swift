import ArgumentParser
import Foundation
import Localization
import SelectionWorkshop
import WorkspaceFiles

extension CRMKit {
    struct Stakeholder: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stakeholder",
            abstract: "The people of step 2, in the five stakeholder groups: add one, list them.",
            discussion: """
                Groups: system-users (front-line staff), system-managers (supervisors, trainers), \
                system-integrators (IT), system-customers (everyone who consumes the system's reports — \
                interview them), system-sponsors (the final decision makers).

                Examples:
                  crmkit stakeholder add maryam --name "مریم احمدی" --group system-customers --evaluator -w my-selection
                  crmkit stakeholder list --group system-customers -w my-selection

                ذی‌نفعان گام دوم را در پنج گروه می‌افزاید و فهرست می‌کند.
                """,
            subcommands: [Add.self, List.self])

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add a person to stakeholders.yaml.")
            @Argument(help: "A short Latin id, e.g. maryam.") var id: String
            @Option(help: "Full name.") var name: String
            @Option(help: "system-users | system-managers | system-integrators | system-customers | system-sponsors.")
            var group: String
            @Option(help: "Job title.") var role: String?
            @Option(help: "Department or business unit.") var unit: String?
            @Flag(help: "An outsider (a system customer outside the organization).") var external = false
            @Flag(help: "Scores vendors in step 5.") var evaluator = false
            @Option(help: "basic | intermediate | advanced — for the training plan.") var skill: String?
            @Option(name: [.customShort("w"), .long], help: "The workspace folder.") var workspace: String = "."
            @Option(help: "Language of the messages (default: the workspace language).") var lang: Language?

            func run() async throws {
                let fields: [(String, WorkspaceEditor.Field?)] = [
                    ("id", .word(id)), ("name", .text(name)), ("group", .word(group)), ("role", role.map { .text($0) }),
                    ("unit", unit.map { .text($0) }), ("internal", external ? .flag(false) : nil),
                    ("evaluator", evaluator ? .flag(true) : nil), ("computer_skill", skill.map { .word($0) }),
                ]
                try WorkspaceAccess.append(
                    fields, toList: "stakeholders", in: Workspace.FileName.stakeholders, workspace: workspace, lang: lang)
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the stakeholders, by group.")
            @Option(help: "Only this group.") var group: StakeholderGroup?
            @Option(name: [.customShort("w"), .long], help: "The workspace folder.") var workspace: String = "."
            @Option(help: "table for people, json for scripts.") var format: OutputFormat = .table
            @Option(help: "Language of the output (default: the workspace language).") var lang: Language?

            func run() async throws {
                let (opened, language) = try WorkspaceAccess.load(workspace, lang: lang)
                let loaded = opened.workspace
                let interviewed = Set(loaded.stakeholders.interviews.map(\.stakeholder))
                let people = loaded.stakeholders.stakeholders.filter { group == nil || $0.group == group }
                switch format {
                case .json:
                    struct Row: Encodable {
                        var id: String
                        var name: String
                        var group: String
                        var evaluator: Bool
                        var interviewed: Bool
                    }
                    try Console.json(
                        people.map {
                            Row(
                                id: $0.id.rawValue, name: $0.name.text(in: language), group: $0.group.rawValue,
                                evaluator: $0.evaluator, interviewed: interviewed.contains($0.id))
                        })
                case .table:
                    for group in StakeholderGroup.allCases {
                        let members = people.filter { $0.group == group }
                        guard !members.isEmpty else { continue }
                        Console.out(
                            "\(group.name.text(in: language)) (\(PersianDigits.digits(String(members.count), for: language)))")
                        for person in members {
                            var marks: [String] = []
                            if person.evaluator { marks.append(language == .fa ? "ارزیاب" : "evaluator") }
                            if group == .systemCustomers, !interviewed.contains(person.id) {
                                marks.append(language == .fa ? "بدون مصاحبه" : "not interviewed")
                            }
                            Console.out(
                                "  \(person.id)\t\(person.name.text(in: language))"
                                    + (marks.isEmpty ? "" : "\t[\(marks.joined(separator: ", "))]"))
                        }
                    }
                }
            }
        }
    }
}

extension StakeholderGroup: ExpressibleByArgument {}
