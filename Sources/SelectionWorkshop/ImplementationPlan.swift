import Localization
import ProcessCatalog

/// Step 6 — the implementation plan (`plan.yaml`), following the seven implementation guidelines.
public struct ImplementationPlan: Sendable, Hashable {
    public var kickoff: Kickoff?
    /// The one core-team person who answers the consultants' questions.
    public var contact: Stakeholder.ID?
    public var contactOrigin: FieldOrigin?
    public var goLive: LocalDate?
    public var modificationBudget: Money?
    public var tasks: [PlanTask] = []
    public var communication: LocalizedText?
    public var reviewMeetings: DurationRange?
    public var training: [TrainingPlan] = []
    public var tests: [PreLaunchTest] = []
    public var dataMigration: [DataMigration] = []
    public var evaluation: [EvaluationCheckpoint] = []

    public init() {}

    public struct Kickoff: Sendable, Hashable {
        public var origin: FieldOrigin
        public var date: LocalDate?
        public var attendees: [Stakeholder.ID] = []

        public init(origin: FieldOrigin) { self.origin = origin }
    }
}

public struct PlanTask: Sendable, Hashable {
    public typealias ID = Identifier<PlanTask>
    public var origin: FieldOrigin
    public var id: ID
    public var title: LocalizedText
    public var owner: Stakeholder.ID?
    public var start: LocalDate?
    public var due: LocalDate?
    public var dependsOn: [ID] = []
    public var milestone: Bool = false

    public init(origin: FieldOrigin, id: ID, title: LocalizedText) {
        self.origin = origin
        self.id = id
        self.title = title
    }
}

/// Training fitted to one computer-skill level.
public struct TrainingPlan: Sendable, Hashable {
    public var origin: FieldOrigin
    public var level: ComputerSkill
    /// Stakeholder groups or stakeholder ids, as written.
    public var audience: [String] = []
    public var method: LocalizedText?
    public var hours: Double?

    public init(origin: FieldOrigin, level: ComputerSkill) {
        self.origin = origin
        self.level = level
    }
}

/// A test of one component before launch, usually with fictitious customer data.
public struct PreLaunchTest: Sendable, Hashable {
    public typealias ID = Identifier<PreLaunchTest>
    public var origin: FieldOrigin
    public var id: ID
    public var component: LocalizedText
    public var fictitiousData: Bool = false
    public var description: LocalizedText?

    public init(origin: FieldOrigin, id: ID, component: LocalizedText) {
        self.origin = origin
        self.id = id
        self.component = component
    }
}

/// A source of data to migrate (back-office accounting, earlier interaction databases) and its owner.
public struct DataMigration: Sendable, Hashable {
    public typealias ID = Identifier<DataMigration>
    public var origin: FieldOrigin
    public var id: ID
    public var source: LocalizedText
    public var owner: Stakeholder.ID?
    public var data: [String] = []
    public var testedBeforeGoLive: Bool = false

    public init(origin: FieldOrigin, id: ID, source: LocalizedText) {
        self.origin = origin
        self.id = id
        self.source = source
    }
}

/// A checkpoint of the continuous evaluation after go-live.
public struct EvaluationCheckpoint: Sendable, Hashable {
    public typealias ID = Identifier<EvaluationCheckpoint>
    public var origin: FieldOrigin
    public var id: ID
    public var afterGoLive: DurationRange?
    public var date: LocalDate?
    public var criteria: [LocalizedText] = []
    public var inform: [String] = []

    public init(origin: FieldOrigin, id: ID) {
        self.origin = origin
        self.id = id
    }
}

/// A process charter as it sits in the workspace (`charters/ID.yaml`).
public struct CharterFile: Sendable, Hashable {
    public var origin: FieldOrigin
    public var charter: ProcessCharter
    /// The required fields the file leaves empty, by their file key — a charter needs all eleven.
    public var missingFields: [String]

    public init(origin: FieldOrigin, charter: ProcessCharter, missingFields: [String] = []) {
        self.origin = origin
        self.charter = charter
        self.missingFields = missingFields
    }

    /// The eleven fields every charter must have, by their key in the file.
    public static let requiredFields = [
        "title", "goal", "performance_indicators", "owner", "executors", "scope", "rules_and_regulations",
        "information_systems", "distribution", "record_keeping", "approximate_duration",
    ]
}
