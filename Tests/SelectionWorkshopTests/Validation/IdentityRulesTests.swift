import Localization
import Testing

@testable import SelectionWorkshop

/// Ids used twice, references to ids that do not exist, and files named after the wrong id.
@Suite struct IdentityRulesTests {
    struct Change: Sendable, CustomTestStringConvertible {
        let name: String
        /// Where the diagnostic must point.
        let origin: String
        let apply: @Sendable (inout Workspace) -> Void
        var testDescription: String { name }
    }

    struct Duplicate: Sendable, CustomTestStringConvertible {
        let name: String
        let firstUse: String
        /// Where the diagnostic must point: the id of the second use.
        let secondUse: String
        let apply: @Sendable (inout Workspace) -> Void
        var testDescription: String { name }
    }

    @Test(arguments: [
        Duplicate(
            name: "business unit", firstUse: "project.yaml:business_units[0]", secondUse: "project.yaml:business_units[1].id"
        ) {
            $0.project?.businessUnits.append(
                BusinessUnit(
                    origin: .at("project.yaml", .key("business_units"), .index(1)), id: "sales", name: bilingual("Sales 2")))
        },
        Duplicate(
            name: "stakeholder", firstUse: "stakeholders.yaml:stakeholders[1]", secondUse: "stakeholders.yaml:stakeholders[2].id"
        ) {
            $0.stakeholders.stakeholders.append(
                Stakeholder(
                    origin: .at("stakeholders.yaml", .key("stakeholders"), .index(2)), id: "ali", name: bilingual("Ali"),
                    group: .systemUsers))
        },
        Duplicate(
            name: "requirement", firstUse: "requirements.yaml:requirements[0]", secondUse: "requirements.yaml:requirements[1].id"
        ) {
            $0.requirements.requirements[1].id = "lead-capture"
        },
        Duplicate(name: "vendor", firstUse: "shortlist.yaml:vendors[0]", secondUse: "shortlist.yaml:vendors[1].id") {
            $0.shortlist.vendors[1].id = "acme"
        },
        Duplicate(name: "plan task", firstUse: "plan.yaml:tasks[0]", secondUse: "plan.yaml:tasks[1].id") {
            $0.plan.tasks[1].id = "kickoff-meeting"
            $0.plan.tasks[1].dependsOn = []
        },
        Duplicate(
            name: "criterion", firstUse: "scorecard.yaml:criteria[0].children[0]", secondUse: "scorecard.yaml:criteria[1].id"
        ) {
            $0.scorecard?.criteria[1].id = "sales-features"
        },
        Duplicate(
            name: "funnel stage", firstUse: "crm-setup.yaml:sales_funnel.stages[0]",
            secondUse: "crm-setup.yaml:sales_funnel.stages[2].id"
        ) {
            $0.crmSetup?.salesFunnel?.stages[2].id = "qualified"
        },
    ])
    func anIdUsedTwiceIsReportedAtTheSecondUse(_ duplicate: Duplicate) throws {
        var workspace = try SampleWorkspace.clean()
        duplicate.apply(&workspace)
        let duplicates = diagnose(workspace).with(rule: "duplicate-id")
        #expect(duplicates.map(\.origin.description) == [duplicate.secondUse])
        #expect(duplicates.first?.severity == .error)
        // The message names the first use, so the user can choose which one to rename.
        #expect(
            duplicates.first?.message.en?.contains("(\(duplicate.firstUse))") == true, "\(duplicates.first?.message.en ?? "")")
        #expect(duplicates.first?.message.fa?.contains("(\(duplicate.firstUse))") == true)
    }

    @Test func twoChartersWithOneId() throws {
        var workspace = try SampleWorkspace.clean()
        var copy = workspace.charters[0]
        copy.origin = .at("charters/lead-handling.yml")
        workspace.charters.append(copy)
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["duplicate-id@charters/lead-handling.yml:id"])
        #expect(diagnostics.first?.message.en?.contains("charters/lead-handling.yaml") == true)
    }

    @Test func aMistypedSourceGetsADidYouMean() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.requirements.requirements[0].sources = ["maryam", "sara"]
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["unknown-reference@requirements.yaml:requirements[0].sources[1]"])
        let unknown = try #require(diagnostics.first)
        #expect(unknown.origin.file == "requirements.yaml")
        #expect(unknown.origin.keyPath == "requirements[0].sources[1]")
        #expect(unknown.severity == .error)
        #expect(unknown.message.en?.contains("\"sara\"") == true)
        #expect(unknown.fix.en?.contains(#"did you mean "sarah"?"#) == true, "\(unknown.fix.en ?? "")")
        #expect(unknown.fix.fa?.contains("«sarah»") == true, "\(unknown.fix.fa ?? "")")
    }

    @Test func aFarOffReferenceGetsNoDidYouMean() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.requirements.requirements[1].sources = ["zoroaster"]
        let unknown = try #require(diagnose(workspace).with(rule: "unknown-reference").first)
        #expect(unknown.origin.description == "requirements.yaml:requirements[1].sources[0]")
        #expect(unknown.fix.en?.contains("did you mean") == false)
    }

    @Test(arguments: [
        Change(name: "interview stakeholder", origin: "stakeholders.yaml:interviews[0].stakeholder") {
            $0.stakeholders.interviews[0].stakeholder = "maryam"  // a core-team member, not a stakeholder
        },
        Change(name: "interview requirement", origin: "stakeholders.yaml:interviews[0].requirements[0]") {
            $0.stakeholders.interviews[0].requirements = ["lead-captur"]
        },
        Change(name: "core team business unit", origin: "project.yaml:core_team[1].business_unit") {
            $0.project?.coreTeam[1].businessUnit = "marketing"
        },
        Change(name: "consultant vendor", origin: "consultants.yaml:candidates[0].vendor") {
            $0.consultants.candidates[0].vendor = "initech"
        },
        Change(name: "consultant choice", origin: "consultants.yaml:choice.candidate") {
            $0.consultants.choice?.candidate = "parsa"
        },
        Change(name: "vendor interviewer", origin: "vendors/acme.yaml:interview.interviewers[1]") {
            $0.vendors[0].interview?.interviewers[1] = "sahar"
        },
        Change(name: "coverage requirement", origin: "vendors/acme.yaml:coverage[0].requirement") {
            $0.vendors[0].coverage[0].requirement = "web-forms"
        },
        Change(name: "task dependency", origin: "plan.yaml:tasks[1].depends_on[0]") {
            $0.plan.tasks[1].dependsOn = ["kickof-meeting"]
        },
        Change(name: "plan contact", origin: "plan.yaml:contact") {
            $0.plan.contact = "sarah"  // a stakeholder, but not on the core team
        },
        Change(name: "call type skill", origin: "crm-setup.yaml:call_center.call_types[0].skill") {
            $0.crmSetup?.callCenter?.callTypes[0].skill = "support-skill"
        },
        Change(name: "IVR call type", origin: "crm-setup.yaml:call_center.ivr[0].call_type") {
            $0.crmSetup?.callCenter?.ivr[0].callType = "complaint"
        },
    ])
    func aReferenceToNothingIsReportedWhereItIsWritten(_ change: Change) throws {
        var workspace = try SampleWorkspace.clean()
        change.apply(&workspace)
        #expect(diagnose(workspace).summary == ["unknown-reference@\(change.origin)"])
    }

    @Test func aVendorFileNamedAfterAnotherVendor() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.vendors[0].vendor = "acme2"
        let diagnostics = diagnose(workspace)
        #expect(
            diagnostics.summary == ["file-name-mismatch@vendors/acme.yaml:vendor", "unknown-reference@vendors/acme.yaml:vendor"])
        let mismatch = try #require(diagnostics.with(rule: "file-name-mismatch").first)
        #expect(mismatch.origin.file == "vendors/acme.yaml")
        #expect(mismatch.origin.keyPath == "vendor")
        #expect(mismatch.fix.en == "rename the file to acme2.yaml or set vendor: acme")
    }

    @Test func aYmlFileIsNamedByItsStemToo() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.vendors[0].origin = .at("vendors/acme.yml")
        #expect(diagnose(workspace).isEmpty)
    }

    @Test func aScoreSheetAndACharterNamedAfterAnotherId() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.scoreSheets[0].origin = .at("scores/sara.yaml")
        workspace.charters[0].origin = .at("charters/leads.yaml")
        #expect(
            diagnose(workspace).summary == [
                "file-name-mismatch@charters/leads.yaml:id", "file-name-mismatch@scores/sara.yaml:evaluator",
            ])
    }

    @Test func twoFilesForOneVendor() throws {
        var workspace = try SampleWorkspace.clean()
        var copy = workspace.vendors[0]
        copy.origin = .at("vendors/acme.yml")
        workspace.vendors.append(copy)
        #expect(diagnose(workspace).summary == ["duplicate-vendor-file@vendors/acme.yml:vendor"])
    }
}
