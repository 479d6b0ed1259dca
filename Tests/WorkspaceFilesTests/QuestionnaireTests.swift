import Foundation
import Localization
import SelectionWorkshop
import Testing

@testable import WorkspaceFiles

@Suite("The bundled questionnaires")
struct QuestionnaireTests {
    static func questionnaires() throws -> [Questionnaire] {
        let (questionnaires, diagnostics) = QuestionnaireLoader.load(folder: try BundledTemplates.questionnairesFolder())
        #expect(diagnostics.isEmpty, "\(diagnostics.map { $0.formatted(in: .en) })")
        return questionnaires
    }

    static var questions: [Question] {
        get throws { try questionnaires().flatMap(\.questions) }
    }

    @Test("one questionnaire per step, read without a problem")
    func oneFilePerStep() throws {
        let questionnaires = try Self.questionnaires()
        #expect(questionnaires.map(\.step) == [1, 2, 3, 4, 5, 6])
        for questionnaire in questionnaires {
            #expect(questionnaire.title.isBilingual && questionnaire.intro.isBilingual)
            #expect(!questionnaire.questions.isEmpty)
            for question in questionnaire.questions {
                #expect(question.id.rawValue.hasPrefix("s\(questionnaire.step)."), "\(question.id)")
                #expect(question.step == questionnaire.step)
            }
        }
    }

    @Test("every question and its help exist in Persian and English; ids are unique")
    func bilingualAndUnique() throws {
        let questions = try Self.questions
        #expect(questions.count > 150)
        #expect(Set(questions.map(\.id)).count == questions.count)
        for question in questions {
            #expect(question.text.isBilingual, "\(question.id)")
            #expect(question.help.isBilingual, "\(question.id)")
            if question.type == .choice {
                #expect(!question.choices.isEmpty, "\(question.id) has no choices")
            }
            for choice in question.choices {
                #expect(choice.label.isBilingual, "\(question.id): \(choice.value)")
            }
            // Persian text uses Persian letters, not their Arabic look-alikes.
            let persian = question.text.text(in: .fa) + question.help.text(in: .fa)
            #expect(!persian.contains("ي") && !persian.contains("ك"), "\(question.id)")
        }
    }

    /// Whether `path` names a field present in the complete example workspace: the example uses every
    /// field of the format, so a path it does not have is a typo or a field the format lacks.
    static func exists(_ path: WorkspaceFieldPath, in example: ExampleWorkspace) -> Bool {
        let files = example.files.keys.filter { path.names(file: $0) }
        return files.contains { file in
            guard let data = example.files[file], let root = YAMLReader.read(data).root else { return false }
            var nodes = [root]
            for key in path.keys {
                nodes = nodes.flatMap { node -> [YAMLNode] in
                    guard case .mapping(let pairs) = node.content,
                        let value = pairs.first(where: { $0.key.scalarText == key.name })?.value
                    else { return [] }
                    if key.eachItem {
                        guard case .sequence(let items) = value.content else { return [] }
                        return items
                    }
                    return [value]
                }
            }
            return !nodes.isEmpty
        }
    }

    @Test("every question fills a field that exists in the workspace format")
    func fillsExistingFields() throws {
        let example = try ExampleWorkspace()
        for question in try Self.questions {
            #expect(Self.exists(question.fills, in: example), "\(question.id) fills \(question.fills), which the example lacks")
        }
        // The check itself can fail:
        #expect(!Self.exists(try #require(WorkspaceFieldPath("project.yaml:project.nmae")), in: example))
        #expect(!Self.exists(try #require(WorkspaceFieldPath("vendors/*.yaml:interview.costs[].licence")), in: example))
    }

    /// The questions MISSION.md asks for, by the field they fill.
    static let requiredFields = [
        // Step 1: the core team and a lead per business unit, goals, current processes, six diagnostics, benefits.
        "project.yaml:core_team[].lead", "project.yaml:goals[].text", "project.yaml:current_processes[].works",
        "project.yaml:current_processes[].does_not_work", "project.yaml:diagnostics.cost_of_mistakes",
        "project.yaml:diagnostics.marketing_tracking", "project.yaml:diagnostics.missing_reports",
        "project.yaml:diagnostics.existing_reports", "project.yaml:diagnostics.ebusiness_integration",
        "project.yaml:diagnostics.strategic_information", "project.yaml:intangible_benefits[].benefit",
        // Step 2: the five groups and the interview guide for system customers.
        "stakeholders.yaml:stakeholders[].group", "stakeholders.yaml:interviews[].data_used",
        "stakeholders.yaml:interviews[].data_needed", "stakeholders.yaml:interviews[].reports_missing",
        // Step 3: consultant roles and the choice.
        "consultants.yaml:roles_needed", "consultants.yaml:choice.candidate",
        // Step 4: the shortlist checks.
        "shortlist.yaml:needs.reachable_anywhere", "shortlist.yaml:needs.back_office_integration",
        "shortlist.yaml:needs.integrations", "shortlist.yaml:needs.countries", "shortlist.yaml:needs.currencies",
        "shortlist.yaml:needs.languages", "shortlist.yaml:needs.architectures", "shortlist.yaml:needs.deployments",
        // Step 5: the six cost items and the vendor-interview topics, coverage claims, requirements.
        "vendors/*.yaml:interview.costs.licence", "vendors/*.yaml:interview.costs.customization",
        "vendors/*.yaml:interview.costs.implementation_months", "vendors/*.yaml:interview.costs.annual_support",
        "vendors/*.yaml:interview.costs.training", "vendors/*.yaml:interview.costs.training_method",
        "vendors/*.yaml:interview.costs.back_office_integration", "vendors/*.yaml:profile.known_in_industry",
        "vendors/*.yaml:profile.years_in_business", "vendors/*.yaml:profile.product_vision",
        "vendors/*.yaml:interview.answers.usability", "vendors/*.yaml:interview.answers.support_response_time",
        "vendors/*.yaml:interview.answers.support_hours", "vendors/*.yaml:interview.answers.support_plans",
        "vendors/*.yaml:interview.answers.customer_service", "vendors/*.yaml:interview.answers.reports",
        "vendors/*.yaml:interview.answers.customization", "vendors/*.yaml:interview.answers.ebusiness",
        "vendors/*.yaml:interview.answers.growth", "vendors/*.yaml:interview.answers.budget_fit",
        "vendors/*.yaml:coverage[].claim", "requirements.yaml:requirements[].priority",
        "requirements.yaml:requirements[].sources", "requirements.yaml:requirements[].apqc",
        // Step 6: the seven implementation guidelines.
        "plan.yaml:tasks[].title", "plan.yaml:kickoff.date", "plan.yaml:contact", "plan.yaml:modification_budget",
        "plan.yaml:communication", "plan.yaml:training[].level", "plan.yaml:review_meetings",
        "plan.yaml:tests[].fictitious_data", "plan.yaml:data_migration[].source", "plan.yaml:evaluation[].criteria",
        // Process charters: the eleven fields.
        "charters/*.yaml:title", "charters/*.yaml:goal", "charters/*.yaml:performance_indicators",
        "charters/*.yaml:owner", "charters/*.yaml:executors", "charters/*.yaml:scope",
        "charters/*.yaml:rules_and_regulations", "charters/*.yaml:information_systems",
        "charters/*.yaml:distribution[].unit", "charters/*.yaml:record_keeping", "charters/*.yaml:approximate_duration",
        // What configures the reference CRM.
        "crm-setup.yaml:call_center.call_types[].skill", "crm-setup.yaml:call_center.skills[].name",
        "crm-setup.yaml:call_center.ivr[].key", "crm-setup.yaml:call_center.service_level.percent",
        "crm-setup.yaml:call_center.service_level.within_seconds", "crm-setup.yaml:call_center.expected_calls_per_hour",
        "crm-setup.yaml:call_center.average_handle_time_seconds", "crm-setup.yaml:sales_funnel.stages[].probability",
        "crm-setup.yaml:lead_scoring.factors[].points", "crm-setup.yaml:cases.priorities[].first_response",
        "crm-setup.yaml:cases.priorities[].resolution", "crm-setup.yaml:base_currency",
        "crm-setup.yaml:accepted_currencies", "crm-setup.yaml:calendar",
    ]

    @Test("every question MISSION.md names is asked")
    func coverage() throws {
        let asked = Set(try Self.questions.map(\.fills.description))
        for field in Self.requiredFields {
            #expect(asked.contains(field), "no question fills \(field)")
        }
    }

    @Test("the interview guide is addressed to system customers")
    func interviewGuide() throws {
        let guide = try Self.questions.filter {
            $0.fills.description.hasPrefix("stakeholders.yaml:interviews[].")
                && $0.fills.keys.last?.name.hasPrefix("data") == true
        }
        #expect(!guide.isEmpty)
        #expect(guide.allSatisfy { $0.audience == .systemCustomers })
    }

    @Test("the choices offered are exactly the values the workspace accepts")
    func choicesMatchTheFormat() throws {
        let questions = try Self.questions
        func choices(_ field: String) -> Set<String>? {
            questions.first { $0.fills.description == field && !$0.choices.isEmpty }.map { Set($0.choices.map(\.value)) }
        }
        #expect(choices("stakeholders.yaml:stakeholders[].group") == Set(StakeholderGroup.allCases.map(\.rawValue)))
        #expect(choices("requirements.yaml:requirements[].priority") == Set(MoSCoWPriority.allCases.map(\.rawValue)))
        #expect(choices("requirements.yaml:requirements[].category") == Set(RequirementCategory.allCases.map(\.rawValue)))
        #expect(choices("vendors/*.yaml:coverage[].claim") == Set(CoverageClaim.Level.allCases.map(\.rawValue)))
        #expect(choices("consultants.yaml:roles_needed") == Set(ConsultantRole.allCases.map(\.rawValue)))
        #expect(choices("project.yaml:intangible_benefits[].benefit") == Set(IntangibleBenefit.Kind.allCases.map(\.rawValue)))
    }

    @Test("the stakeholder groups are named as the step-2 questionnaire names them", arguments: Language.allCases)
    func stakeholderGroupNames(_ language: Language) throws {
        let question = try #require(try Self.questions.first { $0.fills.description == "stakeholders.yaml:stakeholders[].group" })
        for choice in question.choices {
            let group = try #require(StakeholderGroup(rawValue: choice.value))
            // The label is the group's name followed by a short gloss in parentheses.
            let label = choice.label.text(in: language)
            #expect(label.hasPrefix(group.name.text(in: language) + " ("), "\(group): \(label)")
        }
    }

    @Test("crmkit status titles each step as its questionnaire does, without the step number")
    func stepTitles() throws {
        let progress = WorkshopProgress(Workspace())
        for questionnaire in try Self.questionnaires() {
            let step = try #require(progress.steps.first { $0.step == questionnaire.step })
            let digit = PersianDigits.toPersian(String(questionnaire.step))
            #expect("گام \(digit): " + step.title.text(in: .fa) == questionnaire.title.text(in: .fa))
            #expect("Step \(questionnaire.step): " + step.title.text(in: .en) == questionnaire.title.text(in: .en))
        }
    }
}
