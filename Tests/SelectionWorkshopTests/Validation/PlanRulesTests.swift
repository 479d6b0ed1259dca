import Localization
import ProcessCatalog
import Testing

@testable import SelectionWorkshop

/// Step 6: the implementation plan and the process charters.
@Suite struct PlanRulesTests {
    @Test func aTaskDueBeforeItStarts() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.plan.tasks[0].start = try LocalDate(year: 2024, month: 4, day: 10, kind: .gregorian)
        workspace.plan.tasks[0].due = try LocalDate(year: 2024, month: 4, day: 9, kind: .gregorian)
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["due-before-start@plan.yaml:tasks[0].due"])
        #expect(diagnostics.first?.message.en?.contains("2024-04-09") == true)
    }

    @Test(arguments: [(19, true), (20, false), (21, false)])
    func datesInTwoCalendarsAreComparedAsDays(gregorianDay: Int, dueBeforeStart: Bool) throws {
        var workspace = try SampleWorkspace.clean()
        // 1403/01/01 is 2024-03-20.
        workspace.plan.tasks[0].start = try LocalDate(year: 1403, month: 1, day: 1, kind: .jalali)
        workspace.plan.tasks[0].due = try LocalDate(year: 2024, month: 3, day: gregorianDay, kind: .gregorian)
        #expect(diagnose(workspace).with(rule: "due-before-start").isEmpty == !dueBeforeStart)
    }

    @Test func tasksThatWaitForEachOther() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.plan.tasks[0].dependsOn = ["configure"]
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["dependency-cycle@plan.yaml:tasks[1].depends_on"])
        #expect(diagnostics.first?.message.en?.contains("kickoff-meeting → configure → kickoff-meeting") == true)
    }

    @Test func aCheckpointWithoutATime() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.plan.evaluation.append(
            EvaluationCheckpoint(origin: .at("plan.yaml", .key("evaluation"), .index(1)), id: "quarter"))
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["checkpoint-without-time@plan.yaml:evaluation[1].id"])
        #expect(diagnostics.first?.message.en?.contains("\"quarter\"") == true)
    }

    @Test func aCheckpointWithADateNeedsNoDelay() throws {
        var workspace = try SampleWorkspace.clean()
        var quarter = EvaluationCheckpoint(origin: .at("plan.yaml", .key("evaluation"), .index(1)), id: "quarter")
        quarter.date = try LocalDate(year: 1403, month: 4, day: 1, kind: .jalali)
        workspace.plan.evaluation.append(quarter)
        #expect(diagnose(workspace).isEmpty)
    }

    @Test func aTrainingAudienceIsAGroupOrAPerson() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.plan.training[0].audience = ["system-sponsors", "sarah", "system-user"]
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["unknown-reference@plan.yaml:training[0].audience[2]"])
    }

    @Test func aCharterMissingFieldsGetsOneDiagnosticPerField() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.charters[0].missingFields = ["goal", "performance_indicators", "approximate_duration"]
        let diagnostics = diagnose(workspace)
        #expect(
            diagnostics.map(\.origin.description) == [
                "charters/lead-handling.yaml:goal", "charters/lead-handling.yaml:performance_indicators",
                "charters/lead-handling.yaml:approximate_duration",
            ])
        #expect(diagnostics.allSatisfy { $0.rule == "charter-missing-field" && $0.severity == .error })
        #expect(diagnostics.first?.message.en?.contains("goal") == true)
        #expect(diagnostics.last?.message.en?.contains("approximate duration") == true)
        #expect(diagnostics.last?.fix.en == "add approximate_duration: to the charter")
    }

    @Test(arguments: CharterFile.requiredFields)
    func everyRequiredFieldHasANameInBothLanguages(field: String) throws {
        var workspace = try SampleWorkspace.clean()
        workspace.charters[0].missingFields = [field]
        let diagnostic = try #require(diagnose(workspace).first)
        #expect(diagnostic.origin.keyPath == field)
        // The field's name is translated, not the file key repeated, in the Persian text.
        #expect(diagnostic.message.fa?.contains("«\(field)»") == false)
    }
}
