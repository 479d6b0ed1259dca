import Localization
import Testing

@testable import SelectionWorkshop

/// Steps 1 to 4: the core team's leads, the project's languages, the shortlist and its knock-out checks.
@Suite struct ProjectAndShortlistRulesTests {
    @Test func twoLeadsInOneBusinessUnit() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.project?.coreTeam[1].lead = true
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["two-leads@project.yaml:core_team[1].lead"])
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.message.en?.contains("maryam, reza") == true)
    }

    @Test func noLeadInABusinessUnitIsAWarning() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.project?.coreTeam[0].lead = false
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["no-lead@project.yaml:business_units[0]"])
        #expect(diagnostics.first?.severity == .warning)
    }

    @Test func noLeadIsNotReportedBeforeTheCoreTeamIsWritten() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.project?.coreTeam = []
        // Without a core team, the people the other files name are unknown; the units are not blamed.
        #expect(diagnose(workspace).with(rule: "no-lead").isEmpty)
    }

    @Test func languagesMissingOrRepeated() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.project?.project.languages = []
        #expect(diagnose(workspace).summary == ["no-language@project.yaml:project.languages"])
        workspace.project?.project.languages = [.fa, .en, .fa]
        #expect(diagnose(workspace).summary == ["repeated-language@project.yaml:project.languages"])
    }

    @Test func aVendorOutOfTheShortlistWithoutAReason() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.shortlist.vendors[1].reason = nil
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["out-without-reason@shortlist.yaml:vendors[1].status"])
        #expect(diagnostics.first?.message.en?.contains("globex") == true)
    }

    @Test func aShortlistedVendorFailingAKnockOutCheckIsAWarningAtTheCheck() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.shortlist.vendors[0].checks?.currencies = ["USD"]
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["knock-out-failed@shortlist.yaml:vendors[0].checks.currencies"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.message.en?.contains("missing IRR") == true)
    }

    @Test func aVendorAlreadyOutIsNotCheckedAgain() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.shortlist.vendors[0].checks?.currencies = ["USD"]
        workspace.shortlist.vendors[0].status = .out
        workspace.shortlist.vendors[0].reason = bilingual("No rials")
        workspace.scoreSheets = []
        #expect(diagnose(workspace).isEmpty)
    }

    @Test func costsInAnotherCurrencyAreAWarning() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.vendors[0].interview?.costs?.training = Money(amountMinorUnits: 500_00, currency: .usd)
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["cost-currency@vendors/acme.yaml:interview.costs.training"])
        #expect(diagnostics.first?.severity == .warning)
    }
}
