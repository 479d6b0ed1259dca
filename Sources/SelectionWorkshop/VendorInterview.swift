import Localization

/// Step 5 — one vendor's profile, interview answers, costs and requirement coverage (`vendors/VENDOR.yaml`).
public struct VendorFile: Sendable, Hashable {
    public var origin: FieldOrigin
    public var vendor: Vendor.ID
    public var profile: VendorProfile?
    public var interview: VendorInterview?
    public var coverage: [CoverageClaim] = []

    public init(origin: FieldOrigin, vendor: Vendor.ID) {
        self.origin = origin
        self.vendor = vendor
    }
}

public struct VendorProfile: Sendable, Hashable {
    public var knownInIndustry: LocalizedText?
    public var yearsInBusiness: Int?
    public var productVision: LocalizedText?
    public var references: [LocalizedText] = []

    public init() {}
}

public struct VendorInterview: Sendable, Hashable {
    public var date: LocalDate?
    public var interviewers: [Stakeholder.ID] = []
    public var costs: VendorCosts?
    /// Answers keyed by topic (`usability`, `support_hours`…; see `VendorInterviewTopic`).
    public var answers: [VendorInterviewTopic: LocalizedText] = [:]

    public init() {}
}

/// The six cost items of a vendor interview, and a subscription price for cloud offers.
public struct VendorCosts: Sendable, Hashable {
    public var origin: FieldOrigin
    public var licence: Money?
    public var customization: Money?
    public var implementationMonths: Double?
    public var annualSupport: Money?
    public var training: Money?
    public var trainingMethod: LocalizedText?
    public var backOfficeIntegration: Money?
    public var subscriptionPerUserMonth: Money?

    public init(origin: FieldOrigin) { self.origin = origin }

    /// Every money item with its field name, for currency checks and cost of ownership.
    public var moneyItems: [(field: String, amount: Money)] {
        let items: [(String, Money?)] = [
            ("licence", licence), ("customization", customization), ("annual_support", annualSupport),
            ("training", training), ("back_office_integration", backOfficeIntegration),
            ("subscription_per_user_month", subscriptionPerUserMonth),
        ]
        return items.compactMap { field, amount in amount.map { (field, $0) } }
    }
}

/// The vendor-interview topics besides costs.
public enum VendorInterviewTopic: String, Sendable, Hashable, CaseIterable {
    case usability
    case documentationAndTraining = "documentation_and_training"
    case supportResponseTime = "support_response_time"
    case supportHours = "support_hours"
    case supportPlans = "support_plans"
    case customerService = "customer_service"
    case reports
    case customization
    case ebusiness
    case growth
    case budgetFit = "budget_fit"
}

/// A vendor's claim of how far its product covers one requirement.
public struct CoverageClaim: Sendable, Hashable {
    public enum Level: String, Sendable, Hashable, CaseIterable {
        case full
        case partial
        case roadmap
        case custom
        case none
    }

    public var origin: FieldOrigin
    public var requirement: Requirement.ID
    public var claim: Level
    public var note: LocalizedText?
    /// What the vendor charges for this requirement alone (custom work, an add-on), counted in the
    /// vendor's customization cost; dropping the requirement saves it.
    public var cost: Money?

    public init(origin: FieldOrigin, requirement: Requirement.ID, claim: Level, note: LocalizedText? = nil) {
        self.origin = origin
        self.requirement = requirement
        self.claim = claim
        self.note = note
    }
}
