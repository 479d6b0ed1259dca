import Localization
import ProcessCatalog
import Testing

@testable import SelectionWorkshop

/// The answers that configure the reference CRM (`crm-setup.yaml`).
@Suite struct CRMSetupRulesTests {
    @Test func aDefaultLocaleThatIsNotALocale() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.crmSetup?.locales = [.fa]
        workspace.crmSetup?.defaultLocale = .en
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["default-locale@crm-setup.yaml:default_locale"])
        #expect(diagnostics.first?.fix.en == "add en to locales")
    }

    @Test func aBaseCurrencyThatIsNotAccepted() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.crmSetup?.acceptedCurrencies = ["USD"]
        #expect(diagnose(workspace).summary == ["base-currency@crm-setup.yaml:base_currency"])
    }

    @Test(arguments: [8 * 60, 7 * 60])
    func workingHoursThatEndBeforeTheyStart(end: Int) throws {
        var workspace = try SampleWorkspace.clean()
        workspace.crmSetup?.workingHours?.end = end
        #expect(diagnose(workspace).summary == ["working-hours@crm-setup.yaml:working_hours.end"])
    }

    @Test(arguments: ["12", "a", "", "۱", "**"])
    func anIVRKeyThatIsNotAPhoneKey(key: String) throws {
        var workspace = try SampleWorkspace.clean()
        workspace.crmSetup?.callCenter?.ivr.append(SampleWorkspace.ivrOption(key, at: 2))
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["ivr-key@crm-setup.yaml:call_center.ivr[2].key"])
        #expect(diagnostics.first?.message.en?.contains("is not a phone key") == true)
    }

    @Test func anIVRKeyUsedTwice() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.crmSetup?.callCenter?.ivr += [SampleWorkspace.ivrOption("0", at: 2), SampleWorkspace.ivrOption("1", at: 3)]
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["ivr-key@crm-setup.yaml:call_center.ivr[3].key"])
        #expect(diagnostics.first?.message.en?.contains("used twice") == true)
    }

    @Test func everyPhoneKeyIsAccepted() throws {
        var workspace = try SampleWorkspace.clean()
        let keys = ["0", "2", "3", "4", "5", "6", "7", "8", "9", "*"]
        workspace.crmSetup?.callCenter?.ivr += keys.enumerated().map { SampleWorkspace.ivrOption($0.element, at: $0.offset + 2) }
        #expect(diagnose(workspace).isEmpty)
    }

    @Test func aFirstResponseLaterThanTheResolution() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.crmSetup?.casePriorities[0].firstResponse = DurationRange(minutes: 2 * 1440)
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["sla-order@crm-setup.yaml:case_priorities[0].first_response"])
        #expect(diagnostics.first?.message.en?.contains("(2d) later than the resolution (4h-1d)") == true)
    }

    @Test func aFirstResponseAsLateAsTheResolutionIsAllowed() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.crmSetup?.casePriorities[0].firstResponse = DurationRange(minimumMinutes: 60, maximumMinutes: 1440)
        #expect(diagnose(workspace).isEmpty)
    }

    @Test func aFunnelStageLessLikelyThanTheOneBeforeIsAWarning() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.crmSetup?.salesFunnel?.stages[2].probability = 0.4
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["funnel-probability@crm-setup.yaml:sales_funnel.stages[2].probability"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.message.en?.contains("\"negotiation\"") == true)
        #expect(diagnostics.first?.message.en?.contains("(proposal)") == true)
    }

    @Test func stagesOfEqualProbabilityAreFine() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.crmSetup?.salesFunnel?.stages[2].probability = 0.5
        #expect(diagnose(workspace).isEmpty)
    }
}
