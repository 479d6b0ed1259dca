import Localization
import Testing

@testable import SelectionWorkshop

@Suite struct CleanWorkspaceTests {
    @Test func aCleanWorkspaceHasNoDiagnostics() throws {
        #expect(diagnose(try SampleWorkspace.clean()).summary == [])
    }

    @Test func aCleanPairwiseWorkspaceHasNoDiagnostics() throws {
        #expect(diagnose(try SampleWorkspace.pairwise()).summary == [])
    }

    @Test func anEmptyWorkspaceHasNoDiagnostics() {
        #expect(diagnose(Workspace()).isEmpty)
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.requirements.requirements[0].sources.append("nobody")
        workspace.shortlist.vendors[1].reason = nil
        workspace.crmSetup?.defaultLocale = .en
        workspace.crmSetup?.locales = [.fa]
        #expect(
            diagnose(workspace).summary == [
                "default-locale@crm-setup.yaml:default_locale",
                "out-without-reason@shortlist.yaml:vendors[1].status",
                "unknown-reference@requirements.yaml:requirements[0].sources[2]",
            ])
    }
}
