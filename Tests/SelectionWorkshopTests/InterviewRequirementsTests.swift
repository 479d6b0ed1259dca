import Localization
import Testing

@testable import SelectionWorkshop

@Suite struct RequirementNumberingTests {
    @Test(arguments: [
        ([], 2, ["R-001", "R-002"]),
        (["R-001", "R-020", "R-007"], 2, ["R-021", "R-022"]),
        // The most used prefix wins; its widest number sets the padding.
        (["REQ-7", "R-001", "R-002", "R-010", "REQ-12"], 1, ["R-011"]),
        // On a tie, the prefix used last.
        (["R-001", "REQ-7"], 1, ["REQ-8"]),
        (["FR-9", "FR-10"], 1, ["FR-11"]),
        (["R-099"], 2, ["R-100", "R-101"]),
        // Ids without a number are left alone; a taken id is skipped.
        (["intro", "R-1", "R-02"], 1, ["R-03"]),
        (["12", "13"], 1, ["14"]),
    ])
    func next(_ existing: [String], _ count: Int, _ expected: [String]) {
        #expect(RequirementNumbering.next(count, after: existing.map { Requirement.ID($0) }).map(\.rawValue) == expected)
    }
}

@Suite struct InterviewRequirementsTests {
    static func workspace(linked: [Requirement.ID] = [], requirements: [Requirement] = []) -> Workspace {
        var workspace = Workspace()
        var interview = Interview(
            origin: .at("stakeholders.yaml", .key("interviews"), .index(0)), id: "interview-maryam", stakeholder: "maryam")
        interview.reportsMissing = [LocalizedText(fa: "سودآوری هر مشتری"), LocalizedText(en: "Churn by region")]
        interview.dataNeeded = [LocalizedText(fa: "سابقه خرید قطعات"), LocalizedText(fa: "سودآوری  هر مشتری")]
        interview.requirements = linked
        workspace.stakeholders.interviews = [interview]
        workspace.requirements.requirements = requirements
        return workspace
    }

    static func requirement(_ id: Requirement.ID, title: LocalizedText, sources: [Stakeholder.ID] = []) -> Requirement {
        var requirement = Requirement(
            origin: .at("requirements.yaml", .key("requirements"), .index(0)), id: id, title: title, priority: .must,
            category: .reports)
        requirement.sources = sources
        return requirement
    }

    @Test func everyItemOnceMissingReportsFirst() {
        let drafts = InterviewRequirements.drafts(for: "maryam", in: Self.workspace())
        #expect(drafts.map(\.source) == [.reportsMissing, .reportsMissing, .dataNeeded])
        #expect(drafts.map { $0.text.text(in: .fa) } == ["سودآوری هر مشتری", "Churn by region", "سابقه خرید قطعات"])
        #expect(InterviewRequirements.drafts(for: "someone-else", in: Self.workspace()).isEmpty)
    }

    @Test func coveredByALinkedRequirementOrOneThePersonAskedFor() {
        // Arabic letter forms and a half-space typed differently still match.
        let linked = Self.requirement("R-001", title: LocalizedText(fa: "سودآوري هر مشتري"))
        let asked = Self.requirement(
            "R-002", title: LocalizedText(en: "Parts purchases"), sources: ["maryam"])
        var withDescription = asked
        withDescription.description = LocalizedText(fa: "سابقه\u{200C}خرید قطعات")
        let unrelated = Self.requirement("R-003", title: LocalizedText(en: "Churn by region"))
        let drafts = InterviewRequirements.drafts(
            for: "maryam", in: Self.workspace(linked: ["R-001"], requirements: [linked, withDescription, unrelated]))
        #expect(drafts.map { $0.text.text(in: .en) } == ["Churn by region"])
    }

    @Test func theReasonNamesEachFailedCheckInTheWorkspaceLanguage() {
        var checks = KnockOutCheckTests.everythingMet
        checks.currencies = ["USD"]
        checks.architecture = .clientServer
        let failures = KnockOutCheck.failures(of: checks, against: KnockOutCheckTests.needs)
        #expect(
            KnockOutCheck.reason(for: failures, in: .en)
                == "failed the knock-out checks: currencies (missing IRR); architecture (client-server is not acceptable)")
        #expect(
            KnockOutCheck.reason(for: failures, in: .fa)
                == "بررسی‌های حذفی را رد کرد: ارزها (ندارد: IRR)؛ معماری (client-server پذیرفتنی نیست)")
    }
}
