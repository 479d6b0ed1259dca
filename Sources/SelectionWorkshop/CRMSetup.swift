import Localization
import ProcessCatalog

/// The answers that configure the reference CRM (`crm-setup.yaml`): locales, calendar, currencies, working
/// hours, the call center, the sales funnel, lead scoring and case SLAs.
public struct CRMSetup: Sendable, Hashable {
    public var origin: FieldOrigin
    public var locales: [Language] = []
    public var defaultLocale: Language?
    public var calendar: CalendarKind?
    public var baseCurrency: String?
    public var acceptedCurrencies: [String] = []
    public var workingHours: WorkingHours?
    public var callCenter: CallCenterSetup?
    public var salesFunnel: SalesFunnelSetup?
    public var leadScoring: [LeadScoringFactor] = []
    public var casePriorities: [CasePriority] = []

    public init(origin: FieldOrigin) { self.origin = origin }
}

public struct WorkingHours: Sendable, Hashable {
    public enum Weekday: String, Sendable, Hashable, CaseIterable {
        case sat, sun, mon, tue, wed, thu, fri
    }

    public var origin: FieldOrigin
    public var days: [Weekday] = []
    /// Minutes after midnight.
    public var start: Int?
    public var end: Int?
    public var timeZone: String?

    public init(origin: FieldOrigin) { self.origin = origin }
}

public struct CallCenterSetup: Sendable, Hashable {
    public var skills: [Skill] = []
    public var callTypes: [CallType] = []
    public var ivr: [IVROption] = []
    public var serviceLevel: ServiceLevelTarget?
    public var expectedCallsPerHour: Double?
    public var averageHandleTimeSeconds: Double?

    public init() {}

    public struct Skill: Sendable, Hashable {
        public typealias ID = Identifier<Skill>
        public var origin: FieldOrigin
        public var id: ID
        public var name: LocalizedText

        public init(origin: FieldOrigin, id: ID, name: LocalizedText) {
            self.origin = origin
            self.id = id
            self.name = name
        }
    }

    public struct CallType: Sendable, Hashable {
        public typealias ID = Identifier<CallType>
        public var origin: FieldOrigin
        public var id: ID
        public var name: LocalizedText
        public var skill: Skill.ID?

        public init(origin: FieldOrigin, id: ID, name: LocalizedText, skill: Skill.ID?) {
            self.origin = origin
            self.id = id
            self.name = name
            self.skill = skill
        }
    }

    /// One key of the IVR menu: it routes to a call type or plays a recorded answer.
    public struct IVROption: Sendable, Hashable {
        public var origin: FieldOrigin
        public var key: String
        public var label: LocalizedText
        public var callType: CallType.ID?
        public var message: LocalizedText?

        public init(origin: FieldOrigin, key: String, label: LocalizedText) {
            self.origin = origin
            self.key = key
            self.label = label
        }
    }

    /// "80 percent of calls answered within 20 seconds".
    public struct ServiceLevelTarget: Sendable, Hashable {
        public var origin: FieldOrigin
        public var percent: Double
        public var withinSeconds: Double

        public init(origin: FieldOrigin, percent: Double, withinSeconds: Double) {
            self.origin = origin
            self.percent = percent
            self.withinSeconds = withinSeconds
        }
    }
}

public struct SalesFunnelSetup: Sendable, Hashable {
    public var stages: [Stage] = []
    public var lossReasons: [String] = []

    public init() {}

    public struct Stage: Sendable, Hashable {
        public typealias ID = Identifier<Stage>
        public var origin: FieldOrigin
        public var id: ID
        public var name: LocalizedText
        public var probability: Double

        public init(origin: FieldOrigin, id: ID, name: LocalizedText, probability: Double) {
            self.origin = origin
            self.id = id
            self.name = name
            self.probability = probability
        }
    }
}

public struct LeadScoringFactor: Sendable, Hashable {
    public typealias ID = Identifier<LeadScoringFactor>
    public var origin: FieldOrigin
    public var id: ID
    public var name: LocalizedText
    public var points: Double

    public init(origin: FieldOrigin, id: ID, name: LocalizedText, points: Double) {
        self.origin = origin
        self.id = id
        self.name = name
        self.points = points
    }
}

public struct CasePriority: Sendable, Hashable {
    public typealias ID = Identifier<CasePriority>
    public var origin: FieldOrigin
    public var id: ID
    public var name: LocalizedText
    public var firstResponse: DurationRange?
    public var resolution: DurationRange?

    public init(origin: FieldOrigin, id: ID, name: LocalizedText) {
        self.origin = origin
        self.id = id
        self.name = name
    }
}
