import Localization

/// Step 4 — narrowing the choice: what a vendor must offer, the long list and its knock-out checks
/// (`shortlist.yaml`).
public struct ShortlistFile: Sendable, Hashable {
    public var needs: ShortlistNeeds?
    public var vendors: [Vendor] = []

    public init() {}
}

public enum Architecture: String, Sendable, Hashable, CaseIterable {
    /// One server: a change is made once.
    case web
    /// Every client must be changed.
    case clientServer = "client-server"
}

public enum Deployment: String, Sendable, Hashable, CaseIterable {
    case onPremisesCustom = "on-premises-custom"
    case packaged
    case cloud
}

/// A knock-out check's answer.
public enum CheckAnswer: String, Sendable, Hashable, CaseIterable {
    case yes
    case no
    case unknown
}

/// What the organization needs from every vendor on the shortlist.
public struct ShortlistNeeds: Sendable, Hashable {
    public var origin: FieldOrigin
    public var reachableAnywhere: Bool?
    public var backOfficeIntegration: Bool?
    public var integrations: [String] = []
    public var countries: [String] = []
    public var currencies: [String] = []
    public var languages: [String] = []
    public var architectures: [Architecture] = []
    public var deployments: [Deployment] = []

    public init(origin: FieldOrigin) { self.origin = origin }
}

public struct Vendor: Sendable, Hashable {
    public typealias ID = Identifier<Vendor>

    public enum Status: String, Sendable, Hashable, CaseIterable {
        case longList = "long-list"
        case shortlisted
        case out
    }

    public var origin: FieldOrigin
    public var id: ID
    public var name: LocalizedText
    public var product: LocalizedText?
    public var website: String?
    public var status: Status
    public var reason: LocalizedText?
    public var checks: VendorChecks?

    public init(origin: FieldOrigin, id: ID, name: LocalizedText, status: Status) {
        self.origin = origin
        self.id = id
        self.name = name
        self.status = status
    }
}

/// What a vendor offers, compared with `ShortlistNeeds` by the knock-out checks.
public struct VendorChecks: Sendable, Hashable {
    public var origin: FieldOrigin
    public var reachableAnywhere: CheckAnswer?
    public var backOfficeIntegration: CheckAnswer?
    public var integrations: [String] = []
    public var countries: [String] = []
    public var currencies: [String] = []
    public var languages: [String] = []
    public var architecture: Architecture?
    public var deployments: [Deployment] = []

    public init(origin: FieldOrigin) { self.origin = origin }
}
