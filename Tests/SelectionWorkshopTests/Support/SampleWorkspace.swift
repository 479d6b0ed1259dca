import Localization
import ProcessCatalog
import Testing

@testable import SelectionWorkshop

/// Both sides of a text, for records whose wording no rule reads.
func bilingual(_ english: String) -> LocalizedText { LocalizedText(fa: "«\(english)»", en: english) }

// Ids written as literals keep the fixtures readable; the types still keep the kinds of id apart.
extension Identifier: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}

extension CharterID: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}

extension FieldOrigin {
    /// `.at("requirements.yaml", .key("requirements"), .index(0))` — an origin written the way the docs write it.
    static func at(_ file: String, _ path: Component...) -> FieldOrigin { FieldOrigin(file: file, path: path) }
}

/// Runs every rule on `workspace` and checks what each diagnostic owes the user whatever its rule: a message
/// and a fix in Persian and in English.
func diagnose(_ workspace: Workspace, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
    let diagnostics = WorkspaceValidator.validate(workspace, catalog: nil)
    for diagnostic in diagnostics {
        for language in Language.allCases {
            #expect(
                diagnostic.message.exactly(language) != nil,
                "\(diagnostic.rule) at \(diagnostic.origin) has no \(language.rawValue) message",
                sourceLocation: sourceLocation)
            #expect(
                diagnostic.fix.exactly(language) != nil,
                "\(diagnostic.rule) at \(diagnostic.origin) has no \(language.rawValue) fix",
                sourceLocation: sourceLocation)
        }
    }
    return diagnostics
}

extension [Diagnostic] {
    func with(rule: String) -> [Diagnostic] { filter { $0.rule == rule } }

    /// `rule@file:keyPath`, sorted, for comparing a whole result at a glance.
    var summary: [String] { map { "\($0.rule)@\($0.origin)" }.sorted() }
}

/// A small workspace that breaks no rule: every test of a rule starts from it and changes one thing, so the
/// diagnostics it gets are those of that change alone.
enum SampleWorkspace {
    static func clean() throws -> Workspace {
        var workspace = Workspace()
        workspace.project = project
        workspace.stakeholders = stakeholders
        workspace.consultants = consultants
        workspace.shortlist = shortlist
        workspace.requirements = requirements
        workspace.vendors = [acmeFile]
        workspace.scorecard = directScorecard
        workspace.scoreSheets = [sarahsScores]
        workspace.plan = try plan()
        workspace.charters = [leadHandlingCharter]
        workspace.crmSetup = crmSetup
        return workspace
    }

    /// The clean workspace weighted by pairwise comparison, with a consistent matrix for each parent.
    static func pairwise() throws -> Workspace {
        var workspace = try clean()
        workspace.scorecard?.weighting = .pairwise
        workspace.scorecard?.pairwise = [rootMatrix, functionalityMatrix]
        return workspace
    }

    // MARK: Step 1 and 2 — project.yaml, stakeholders.yaml

    static let project: ProjectFile = {
        var file = ProjectFile(
            project: Project(
                origin: .at("project.yaml", .key("project")), name: bilingual("Roadside CRM"), languages: [.fa, .en],
                currency: "IRR"))
        file.businessUnits = [
            BusinessUnit(origin: .at("project.yaml", .key("business_units"), .index(0)), id: "sales", name: bilingual("Sales"))
        ]
        file.coreTeam = [
            CoreTeamMember(
                origin: .at("project.yaml", .key("core_team"), .index(0)), id: "maryam", name: bilingual("Maryam"),
                businessUnit: "sales", lead: true),
            CoreTeamMember(
                origin: .at("project.yaml", .key("core_team"), .index(1)), id: "reza", name: bilingual("Reza"),
                businessUnit: "sales", lead: false),
        ]
        file.goals = [
            Goal(origin: .at("project.yaml", .key("goals"), .index(0)), id: "faster-service", text: bilingual("Faster service"))
        ]
        return file
    }()

    static let stakeholders: StakeholderFile = {
        var file = StakeholderFile()
        var sarah = Stakeholder(
            origin: .at("stakeholders.yaml", .key("stakeholders"), .index(0)), id: "sarah", name: bilingual("Sarah"),
            group: .systemUsers)
        sarah.evaluator = true
        file.stakeholders = [
            sarah,
            Stakeholder(
                origin: .at("stakeholders.yaml", .key("stakeholders"), .index(1)), id: "ali", name: bilingual("Ali"),
                group: .systemSponsors),
        ]
        var interview = Interview(
            origin: .at("stakeholders.yaml", .key("interviews"), .index(0)), id: "interview-sarah", stakeholder: "sarah")
        interview.interviewer = "maryam"
        interview.requirements = ["lead-capture"]
        file.interviews = [interview]
        return file
    }()

    // MARK: Step 3 and 4 — consultants.yaml, shortlist.yaml

    static let consultants: ConsultantFile = {
        var file = ConsultantFile()
        var candidate = ConsultantCandidate(
            origin: .at("consultants.yaml", .key("candidates"), .index(0)), id: "parsa-consulting", name: bilingual("Parsa"))
        candidate.vendor = "acme"
        file.candidates = [candidate]
        file.choice = ConsultantChoice(origin: .at("consultants.yaml", .key("choice")), candidate: "parsa-consulting")
        return file
    }()

    static let shortlist: ShortlistFile = {
        var file = ShortlistFile()
        var needs = ShortlistNeeds(origin: .at("shortlist.yaml", .key("needs")))
        needs.reachableAnywhere = true
        needs.currencies = ["IRR"]
        needs.languages = ["fa"]
        file.needs = needs
        var acme = Vendor(
            origin: .at("shortlist.yaml", .key("vendors"), .index(0)), id: "acme", name: bilingual("Acme"), status: .shortlisted)
        var checks = VendorChecks(origin: .at("shortlist.yaml", .key("vendors"), .index(0), .key("checks")))
        checks.reachableAnywhere = .yes
        checks.currencies = ["IRR", "USD"]
        checks.languages = ["fa", "en"]
        acme.checks = checks
        var globex = Vendor(
            origin: .at("shortlist.yaml", .key("vendors"), .index(1)), id: "globex", name: bilingual("Globex"), status: .out)
        globex.reason = bilingual("No Persian interface")
        file.vendors = [acme, globex]
        return file
    }()

    // MARK: Step 5 — requirements.yaml, vendors/, scorecard.yaml, scores/

    static let requirements: RequirementFile = {
        var file = RequirementFile()
        var leadCapture = Requirement(
            origin: .at("requirements.yaml", .key("requirements"), .index(0)), id: "lead-capture",
            title: bilingual("Capture leads from the web form"), priority: .must, category: .sales)
        leadCapture.sources = ["sarah", "maryam"]
        var callRouting = Requirement(
            origin: .at("requirements.yaml", .key("requirements"), .index(1)), id: "call-routing",
            title: bilingual("Route calls by skill"), priority: .should, category: .callCenter)
        callRouting.sources = ["ali"]
        file.requirements = [leadCapture, callRouting]
        return file
    }()

    static let acmeFile: VendorFile = {
        var file = VendorFile(origin: .at("vendors/acme.yaml"), vendor: "acme")
        var interview = VendorInterview()
        interview.interviewers = ["maryam", "sarah"]
        var costs = VendorCosts(origin: .at("vendors/acme.yaml", .key("interview"), .key("costs")))
        costs.licence = .rials(2_000_000_000)
        interview.costs = costs
        file.interview = interview
        file.coverage = [
            CoverageClaim(
                origin: .at("vendors/acme.yaml", .key("coverage"), .index(0)), requirement: "lead-capture", claim: .full)
        ]
        return file
    }()

    static func criterion(_ id: String, at path: FieldOrigin.Component..., weight: Double? = nil, children: [Criterion] = [])
        -> Criterion
    {
        var criterion = Criterion(
            origin: FieldOrigin(file: "scorecard.yaml", path: path), id: Criterion.ID(id), name: bilingual(id))
        criterion.weight = weight
        criterion.children = children
        return criterion
    }

    /// functionality (sales-features, service-features) and cost, directly weighted at the top level only.
    static let directScorecard = Scorecard(
        origin: .at("scorecard.yaml"),
        scale: ScoreScale(origin: .at("scorecard.yaml", .key("scale")), minimum: 0, maximum: 5, step: 1),
        weighting: .direct,
        criteria: [
            criterion(
                "functionality", at: .key("criteria"), .index(0), weight: 0.6,
                children: [
                    criterion("sales-features", at: .key("criteria"), .index(0), .key("children"), .index(0)),
                    criterion("service-features", at: .key("criteria"), .index(0), .key("children"), .index(1)),
                ]),
            criterion("cost", at: .key("criteria"), .index(1), weight: 0.4),
        ])

    static let rootMatrix = PairwiseComparison(
        origin: .at("scorecard.yaml", .key("pairwise"), .index(0)), parent: nil, items: ["functionality", "cost"],
        matrix: [[1, 3], [1.0 / 3, 1]])

    static let functionalityMatrix = PairwiseComparison(
        origin: .at("scorecard.yaml", .key("pairwise"), .index(1)), parent: "functionality",
        items: ["sales-features", "service-features"], matrix: [[1, 2], [0.5, 1]])

    static func score(_ vendor: String, _ criterion: String, _ value: Double) -> ScoreSheet.Score {
        ScoreSheet.Score(vendor: Vendor.ID(vendor), criterion: Criterion.ID(criterion), value: value, note: nil)
    }

    static let sarahsScores: ScoreSheet = {
        var sheet = ScoreSheet(origin: .at("scores/sarah.yaml"), evaluator: "sarah")
        sheet.submitted = true
        sheet.scores = [score("acme", "sales-features", 4), score("acme", "service-features", 3), score("acme", "cost", 5)]
        return sheet
    }()

    // MARK: Step 6 — plan.yaml, charters/, crm-setup.yaml

    static func task(_ id: String, at index: Int, dependsOn: [PlanTask.ID] = []) -> PlanTask {
        var task = PlanTask(origin: .at("plan.yaml", .key("tasks"), .index(index)), id: PlanTask.ID(id), title: bilingual(id))
        task.dependsOn = dependsOn
        return task
    }

    static func plan() throws -> ImplementationPlan {
        var plan = ImplementationPlan()
        var kickoff = ImplementationPlan.Kickoff(origin: .at("plan.yaml", .key("kickoff")))
        kickoff.attendees = ["maryam", "sarah", "parsa-consulting"]
        plan.kickoff = kickoff
        plan.contact = "maryam"
        plan.contactOrigin = .at("plan.yaml", .key("contact"))
        var meeting = task("kickoff-meeting", at: 0)
        meeting.owner = "maryam"
        meeting.start = try LocalDate(year: 2024, month: 4, day: 1, kind: .gregorian)
        meeting.due = try LocalDate(year: 2024, month: 4, day: 1, kind: .gregorian)
        var configure = task("configure", at: 1, dependsOn: ["kickoff-meeting"])
        configure.owner = "reza"
        // 1403/01/20 is 2024-04-08: the two calendars mix within one plan.
        configure.start = try LocalDate(year: 1403, month: 1, day: 20, kind: .jalali)
        configure.due = try LocalDate(year: 2024, month: 5, day: 1, kind: .gregorian)
        plan.tasks = [meeting, configure]
        var training = TrainingPlan(origin: .at("plan.yaml", .key("training"), .index(0)), level: .basic)
        training.audience = ["system-users", "ali"]
        plan.training = [training]
        var firstMonth = EvaluationCheckpoint(origin: .at("plan.yaml", .key("evaluation"), .index(0)), id: "first-month")
        firstMonth.afterGoLive = DurationRange(minutes: 30 * 1440)
        plan.evaluation = [firstMonth]
        return plan
    }

    static let leadHandlingCharter = CharterFile(
        origin: .at("charters/lead-handling.yaml"),
        charter: ProcessCharter(
            id: "lead-handling", title: bilingual("Lead handling"), goal: bilingual("Answer every lead within a day"),
            performanceIndicators: [bilingual("Time to first contact")], owner: bilingual("Sales"),
            executors: [bilingual("Inside sales")], scope: bilingual("Web leads"),
            rulesAndRegulations: [bilingual("Privacy policy")],
            informationSystems: [bilingual("CRM")], distribution: [.init(unit: bilingual("Sales"))],
            recordKeeping: bilingual("CRM archive"), approximateDuration: DurationRange(minimumMinutes: 60, maximumMinutes: 180)))

    static let crmSetup: CRMSetup = {
        var setup = CRMSetup(origin: .at("crm-setup.yaml"))
        setup.locales = [.fa, .en]
        setup.defaultLocale = .fa
        setup.baseCurrency = "IRR"
        setup.acceptedCurrencies = ["IRR", "USD"]
        var hours = WorkingHours(origin: .at("crm-setup.yaml", .key("working_hours")))
        hours.start = 8 * 60
        hours.end = 17 * 60
        setup.workingHours = hours
        var center = CallCenterSetup()
        center.skills = [
            .init(
                origin: .at("crm-setup.yaml", .key("call_center"), .key("skills"), .index(0)), id: "sales-skill",
                name: bilingual("Sales"))
        ]
        center.callTypes = [
            .init(
                origin: .at("crm-setup.yaml", .key("call_center"), .key("call_types"), .index(0)), id: "new-lead",
                name: bilingual("New lead"), skill: "sales-skill")
        ]
        center.ivr = [ivrOption("1", at: 0, callType: "new-lead"), ivrOption("#", at: 1)]
        setup.callCenter = center
        var funnel = SalesFunnelSetup()
        funnel.stages = [stage("qualified", 0.1, at: 0), stage("proposal", 0.5, at: 1), stage("negotiation", 0.8, at: 2)]
        setup.salesFunnel = funnel
        var high = CasePriority(
            origin: .at("crm-setup.yaml", .key("case_priorities"), .index(0)), id: "high", name: bilingual("High"))
        high.firstResponse = DurationRange(minutes: 60)
        high.resolution = DurationRange(minimumMinutes: 240, maximumMinutes: 1440)
        setup.casePriorities = [high]
        return setup
    }()

    static func ivrOption(_ key: String, at index: Int, callType: CallCenterSetup.CallType.ID? = nil) -> CallCenterSetup.IVROption
    {
        var option = CallCenterSetup.IVROption(
            origin: .at("crm-setup.yaml", .key("call_center"), .key("ivr"), .index(index)), key: key,
            label: bilingual("Option \(key)"))
        option.callType = callType
        // An option that routes nowhere plays a recorded message.
        if callType == nil { option.message = bilingual("Recorded answer for \(key)") }
        return option
    }

    static func stage(_ id: String, _ probability: Double, at index: Int) -> SalesFunnelSetup.Stage {
        .init(
            origin: .at("crm-setup.yaml", .key("sales_funnel"), .key("stages"), .index(index)),
            id: SalesFunnelSetup.Stage.ID(id), name: bilingual(id), probability: probability)
    }
}
