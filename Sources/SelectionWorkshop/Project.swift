import Localization

/// Step 1 — starting the selection: the project, the organization, its core team, goals, the review of
/// current processes, the six diagnostic questions and the intangible benefits (`project.yaml`).
public struct ProjectFile: Sendable, Hashable {
    public var project: Project
    public var businessUnits: [BusinessUnit] = []
    public var coreTeam: [CoreTeamMember] = []
    public var goals: [Goal] = []
    public var currentProcesses: [CurrentProcess] = []
    public var diagnostics: [DiagnosticQuestion: LocalizedText] = [:]
    public var intangibleBenefits: [IntangibleBenefit] = []

    public init(project: Project) { self.project = project }
}

public struct Project: Sendable, Hashable {
    public var origin: FieldOrigin
    public var name: LocalizedText
    public var organization: LocalizedText?
    public var industry: LocalizedText?
    /// The first is the workspace language: plain strings in the workspace are in it.
    public var languages: [Language]
    public var currency: String
    public var calendar: CalendarKind?
    public var budget: Money?
    public var horizonYears: Int?
    public var discountRate: Double?
    /// How many people will use the CRM: the per-user subscription is multiplied by it.
    public var users: Int?
    /// The yearly rise of recurring prices (0.3 = 30% a year), applied from the second year.
    public var priceEscalation: Double?
    public var started: LocalDate?

    public init(origin: FieldOrigin, name: LocalizedText, languages: [Language], currency: String) {
        self.origin = origin
        self.name = name
        self.languages = languages
        self.currency = currency
    }

    public var language: Language { languages.first ?? .en }
}

public struct BusinessUnit: Sendable, Hashable {
    public typealias ID = Identifier<BusinessUnit>
    public var origin: FieldOrigin
    public var id: ID
    public var name: LocalizedText

    public init(origin: FieldOrigin, id: ID, name: LocalizedText) {
        self.origin = origin
        self.id = id
        self.name = name
    }
}

/// A member of the core team; `lead` marks the project lead of their business unit.
public struct CoreTeamMember: Sendable, Hashable {
    public typealias ID = Identifier<Person>
    public var origin: FieldOrigin
    public var id: ID
    public var name: LocalizedText
    public var businessUnit: BusinessUnit.ID?
    public var role: LocalizedText?
    public var lead: Bool
    public var contact: String?

    public init(origin: FieldOrigin, id: ID, name: LocalizedText, businessUnit: BusinessUnit.ID?, lead: Bool) {
        self.origin = origin
        self.id = id
        self.name = name
        self.businessUnit = businessUnit
        self.lead = lead
    }
}

/// People are referenced by one id space: core-team members and stakeholders alike.
public enum Person {}

public struct Goal: Sendable, Hashable {
    public typealias ID = Identifier<Goal>
    public var origin: FieldOrigin
    public var id: ID
    public var text: LocalizedText
    public var measure: LocalizedText?

    public init(origin: FieldOrigin, id: ID, text: LocalizedText, measure: LocalizedText? = nil) {
        self.origin = origin
        self.id = id
        self.text = text
        self.measure = measure
    }
}

/// One current process as reviewed from outside and inside: what works and what does not.
public struct CurrentProcess: Sendable, Hashable {
    public typealias ID = Identifier<CurrentProcess>
    public var origin: FieldOrigin
    public var id: ID
    public var name: LocalizedText
    public var businessUnit: BusinessUnit.ID?
    public var apqc: String?
    public var documentedBy: [CoreTeamMember.ID] = []
    public var works: [LocalizedText] = []
    public var doesNotWork: [LocalizedText] = []

    public init(origin: FieldOrigin, id: ID, name: LocalizedText) {
        self.origin = origin
        self.id = id
        self.name = name
    }
}

/// The six diagnostic questions of step 1.
public enum DiagnosticQuestion: String, Sendable, Hashable, CaseIterable {
    case costOfMistakes = "cost_of_mistakes"
    case marketingTracking = "marketing_tracking"
    case missingReports = "missing_reports"
    case existingReports = "existing_reports"
    case ebusinessIntegration = "ebusiness_integration"
    case strategicInformation = "strategic_information"
}

public struct IntangibleBenefit: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case internalEfficiency = "internal-efficiency"
        case openCommunication = "open-communication"
        case sharedInformation = "shared-information"
        case newCustomers = "new-customers"
        case retention
        case lowerMarketingCost = "lower-marketing-cost"
        case lowerSalesCost = "lower-sales-cost"
        case lowerServiceCost = "lower-service-cost"
        case other
    }

    public var origin: FieldOrigin
    public var benefit: Kind
    public var note: LocalizedText?

    public init(origin: FieldOrigin, benefit: Kind, note: LocalizedText? = nil) {
        self.origin = origin
        self.benefit = benefit
        self.note = note
    }
}
