import Localization

/// Step 3 — whether a consultant is needed, the candidates, and the choice (`consultants.yaml`).
public struct ConsultantFile: Sendable, Hashable {
    public var needed: Bool?
    public var rolesNeeded: [ConsultantRole] = []
    public var candidates: [ConsultantCandidate] = []
    public var choice: ConsultantChoice?

    public init() {}
}

/// What a consultant (or a vendor acting as one) does for the project.
public enum ConsultantRole: String, Sendable, Hashable, CaseIterable {
    case needsAssessment = "needs-assessment"
    case recommendation
    case installation
    case training
    case implementation
    case strategy
    case processManagement = "process-management"
    case technologyImplementation = "technology-implementation"
}

public struct ConsultantCandidate: Sendable, Hashable {
    public typealias ID = Identifier<ConsultantCandidate>
    public var origin: FieldOrigin
    public var id: ID
    public var name: LocalizedText
    /// Set when a shortlisted vendor itself offers consulting.
    public var vendor: Vendor.ID?
    public var roles: [ConsultantRole] = []
    public var dailyRate: Money?
    public var references: [LocalizedText] = []
    public var notes: LocalizedText?

    public init(origin: FieldOrigin, id: ID, name: LocalizedText) {
        self.origin = origin
        self.id = id
        self.name = name
    }
}

public struct ConsultantChoice: Sendable, Hashable {
    public var origin: FieldOrigin
    public var candidate: ConsultantCandidate.ID
    public var reason: LocalizedText?
    public var decided: LocalDate?

    public init(origin: FieldOrigin, candidate: ConsultantCandidate.ID) {
        self.origin = origin
        self.candidate = candidate
    }
}
