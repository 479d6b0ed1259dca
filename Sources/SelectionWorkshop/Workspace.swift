/// A whole selection project, as read from its folder. Files that do not exist yet are empty values.
public struct Workspace: Sendable, Hashable {
    public var project: ProjectFile?
    public var stakeholders = StakeholderFile()
    public var consultants = ConsultantFile()
    public var shortlist = ShortlistFile()
    public var requirements = RequirementFile()
    public var vendors: [VendorFile] = []
    public var scorecard: Scorecard?
    public var scoreSheets: [ScoreSheet] = []
    public var plan = ImplementationPlan()
    public var charters: [CharterFile] = []
    public var crmSetup: CRMSetup?
    /// Parts that could not be read (a file with a syntax error, a scorecard without its scale). Checks
    /// that compare against them are skipped, so one broken file does not surface as errors everywhere.
    public var unreadable: Set<Part> = []

    public init() {}

    /// What other files refer to, for `unreadable`.
    public enum Part: Sendable, Hashable {
        /// The core team (`project.yaml`) or the stakeholders (`stakeholders.yaml`).
        case people
        /// The vendors of `shortlist.yaml`.
        case vendors
        case requirements
        /// The scale of `scorecard.yaml`.
        case scoreScale
    }

    /// The fixed file names of a workspace, by step.
    public enum FileName {
        public static let project = "project.yaml"
        public static let stakeholders = "stakeholders.yaml"
        public static let consultants = "consultants.yaml"
        public static let shortlist = "shortlist.yaml"
        public static let requirements = "requirements.yaml"
        public static let scorecard = "scorecard.yaml"
        public static let plan = "plan.yaml"
        public static let crmSetup = "crm-setup.yaml"
        public static let vendorsFolder = "vendors"
        public static let scoresFolder = "scores"
        public static let chartersFolder = "charters"
    }
}
