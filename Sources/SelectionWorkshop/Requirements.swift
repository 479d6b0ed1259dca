import Localization

/// The requirements the team captured, with MoSCoW priorities (`requirements.yaml`).
public struct RequirementFile: Sendable, Hashable {
    public var requirements: [Requirement] = []

    public init() {}
}

public enum MoSCoWPriority: String, Sendable, Hashable, CaseIterable, Comparable {
    case must
    case should
    case could
    case wont

    /// Must first, won't last.
    public var rank: Int {
        switch self {
        case .must: 0
        case .should: 1
        case .could: 2
        case .wont: 3
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

public enum RequirementCategory: String, Sendable, Hashable, CaseIterable {
    case callCenter = "call-center"
    case sales
    case service
    case marketing
    case process
    case reports
    case architecture
    case integration
    case security
    case global
    case usability
    case dataMigration = "data-migration"
    case vendor
    case cost
    case other
}

public struct Requirement: Sendable, Hashable {
    public typealias ID = Identifier<Requirement>
    public var origin: FieldOrigin
    public var id: ID
    public var title: LocalizedText
    public var description: LocalizedText?
    public var priority: MoSCoWPriority
    public var category: RequirementCategory
    public var step: Int?
    public var sources: [Stakeholder.ID] = []
    public var apqc: String?
    public var verify: Verification?

    public init(
        origin: FieldOrigin, id: ID, title: LocalizedText, priority: MoSCoWPriority, category: RequirementCategory
    ) {
        self.origin = origin
        self.id = id
        self.title = title
        self.priority = priority
        self.category = category
    }
}

/// How the reference CRM will prove a requirement: a smoke-test probe and its parameters.
public struct Verification: Sendable, Hashable {
    public var origin: FieldOrigin
    public var probe: String
    public var parameters: [String: String] = [:]

    public init(origin: FieldOrigin, probe: String, parameters: [String: String] = [:]) {
        self.origin = origin
        self.probe = probe
        self.parameters = parameters
    }
}
