import Localization

/// Step 2 — the people involved, in the five stakeholder groups, and the interview records
/// (`stakeholders.yaml`).
public struct StakeholderFile: Sendable, Hashable {
    public var stakeholders: [Stakeholder] = []
    public var interviews: [Interview] = []

    public init() {}
}

/// The five stakeholder groups of the selection process.
public enum StakeholderGroup: String, Sendable, Hashable, CaseIterable {
    /// Front-line staff: service agents, inside sales, marketing staff.
    case systemUsers = "system-users"
    /// Supervisors who report to senior management and train users.
    case systemManagers = "system-managers"
    /// IT: implementation, integration, maintenance.
    case systemIntegrators = "system-integrators"
    /// Everyone who consumes the system's reports, inside or outside the organization.
    case systemCustomers = "system-customers"
    /// The final decision makers.
    case systemSponsors = "system-sponsors"

    public var name: LocalizedText {
        switch self {
        case .systemUsers: LocalizedText(fa: "کاربران سیستم", en: "System users")
        case .systemManagers: LocalizedText(fa: "مدیران سیستم", en: "System managers")
        case .systemIntegrators: LocalizedText(fa: "یکپارچه‌سازان سیستم", en: "System integrators")
        case .systemCustomers: LocalizedText(fa: "مشتریان سیستم", en: "System customers")
        case .systemSponsors: LocalizedText(fa: "متولیان سیستم", en: "System sponsors")
        }
    }
}

public enum ComputerSkill: String, Sendable, Hashable, CaseIterable {
    case basic
    case intermediate
    case advanced
}

public struct Stakeholder: Sendable, Hashable {
    public typealias ID = Identifier<Person>
    public var origin: FieldOrigin
    public var id: ID
    public var name: LocalizedText
    public var group: StakeholderGroup
    public var role: LocalizedText?
    public var unit: String?
    /// `false` for system customers outside the organization.
    public var isInternal: Bool = true
    public var contact: String?
    public var computerSkill: ComputerSkill?
    public var evaluator: Bool = false

    public init(origin: FieldOrigin, id: ID, name: LocalizedText, group: StakeholderGroup) {
        self.origin = origin
        self.id = id
        self.name = name
        self.group = group
    }
}

/// An interview with a stakeholder — for system customers, which data and reports they use and miss.
public struct Interview: Sendable, Hashable {
    public typealias ID = Identifier<Interview>
    public var origin: FieldOrigin
    public var id: ID
    public var stakeholder: Stakeholder.ID
    public var date: LocalDate?
    public var interviewer: Stakeholder.ID?
    public var dataUsed: [LocalizedText] = []
    public var dataNeeded: [LocalizedText] = []
    public var reportsNeeded: [LocalizedText] = []
    public var reportsMissing: [LocalizedText] = []
    public var notes: LocalizedText?
    public var requirements: [Requirement.ID] = []

    public init(origin: FieldOrigin, id: ID, stakeholder: Stakeholder.ID) {
        self.origin = origin
        self.id = id
        self.stakeholder = stakeholder
    }
}
