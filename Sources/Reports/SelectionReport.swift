import Foundation
import Localization
import SelectionWorkshop

/// The selection report for the steering committee: the six steps of a workspace — goals, stakeholders,
/// consultant, shortlist, vendor interviews and scorecard, implementation plan and process charters — with
/// step 5's numbers (`ScorecardAnalysis`), the costs, the sensitivity of the winner and the recommendation, as
/// one printable document in Markdown or HTML (right to left in Persian, with inline SVG charts in HTML).
///
/// The content is built once, as sections of blocks (`ReportSection`); the Markdown and HTML renderers only
/// lay the blocks out, so both formats say the same. HTML adds the charts, whose numbers the tables beside
/// them carry too. Dates are written in the workspace's calendar (Jalali when `project.calendar` says so),
/// numbers in the digits of the report's language, IRR amounts in tomans in Persian and rials in English.
public struct SelectionReport: Sendable {
    /// What the report needs besides the workspace and its analysis.
    public struct Context: Sendable {
        /// The bundled questionnaires: the six diagnostic questions are written as they were asked, and choice
        /// values (benefits, roles, skills, claims, priorities) by their labels. Without them, keys are shown.
        public var questionnaires: [Questionnaire]
        /// APQC process names by hierarchy id (`6.3.4`), for the current processes and the charters.
        public var apqcNames: [String: LocalizedText]
        /// The day the report is made, shown under its title; `nil` leaves it out (reproducible output).
        public var date: LocalDate?

        public init(questionnaires: [Questionnaire] = [], apqcNames: [String: LocalizedText] = [:], date: LocalDate? = nil) {
            self.questionnaires = questionnaires
            self.apqcNames = apqcNames
            self.date = date
        }
    }

    public let workspace: Workspace
    public let analysis: ScorecardAnalysis
    public let language: Language
    public let context: Context
    /// The questionnaires' questions by the field they fill (`project.yaml:diagnostics.cost_of_mistakes`).
    let questions: [String: Question]

    public init(workspace: Workspace, analysis: ScorecardAnalysis, language: Language, context: Context = Context()) {
        self.workspace = workspace
        self.analysis = analysis
        self.language = language
        self.context = context
        self.questions = Dictionary(
            context.questionnaires.flatMap(\.questions).map { ($0.fills.description, $0) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The report's title: the project's name.
    public var title: String {
        text(workspace.project?.project.name).nonEmpty ?? word("CRM selection", "انتخاب CRM")
    }

    /// The line above the title that says what the document is.
    var kind: String {
        word("CRM selection report for the steering committee", "گزارش انتخاب CRM برای کمیته راهبری")
    }

    /// The project's facts under the title.
    var coverFacts: [ReportFact] {
        let project = workspace.project?.project
        var facts: [ReportFact] = []
        if let organization = project?.organization.map(text)?.nonEmpty {
            facts.append(ReportFact(word("Organization", "سازمان"), organization))
        }
        if let industry = project?.industry.map(text)?.nonEmpty { facts.append(ReportFact(word("Industry", "صنعت"), industry)) }
        if project?.started != nil { facts.append(ReportFact(word("Selection started", "آغاز انتخاب"), date(project?.started))) }
        if let budget = project?.budget { facts.append(ReportFact(word("Budget", "بودجه"), money(budget))) }
        if let horizon = project?.horizonYears {
            facts.append(
                ReportFact(
                    word("Horizon", "افق"),
                    fa ? "\(integer(horizon)) سال" : "\(integer(horizon)) year" + (horizon == 1 ? "" : "s")))
        }
        if let day = context.date { facts.append(ReportFact(word("Report date", "تاریخ گزارش"), date(day))) }
        return facts
    }

    var contentsTitle: String { word("Contents", "فهرست") }

    func sectionHeading(_ section: ReportSection, number: Int) -> String {
        integer(number) + ". " + section.title
    }

    func stepLabel(_ step: Int) -> String {
        fa ? "گام \(integer(step)) از ۶" : "Step \(integer(step)) of 6"
    }

    /// The numbered sections, in the order of the selection's steps.
    var sections: [ReportSection] {
        [
            goalsSection, stakeholdersSection, consultantSection, shortlistSection, interviewsSection,
            scorecardSection, costsSection, sensitivitySection, recommendationSection, planSection, chartersSection,
        ]
    }
}

// MARK: - The document's structure

/// One numbered section of the report: a major part that starts a new printed page.
struct ReportSection {
    /// The anchor of the section (`goals`), for the table of contents.
    var id: String
    /// The step of the selection it reports on, if it is one step's.
    var step: Int?
    var title: String
    var blocks: [ReportBlock]
}

/// One piece of a section's content.
indirect enum ReportBlock {
    /// A heading inside a section: level 3 for a part, 4 for a part of a part.
    case heading(String, level: Int)
    case paragraph([ReportInline])
    /// What the workspace does not hold yet, or a remark on the numbers: set apart in italics.
    case note(String)
    case list([[ReportInline]])
    /// Label and value pairs.
    case facts([ReportFact])
    case table(ReportTable)
    /// An inline SVG chart and its caption; HTML only — the tables around it carry the same numbers.
    case chart(svg: String, caption: String)
    /// Blocks set apart in a box: the recommendation.
    case callout([ReportBlock])

    static func text(_ text: String) -> ReportBlock { .paragraph([.text(text)]) }
}

/// A run of text inside a paragraph, a list item or a fact.
enum ReportInline {
    case text(String)
    case strong(String)
}

struct ReportFact {
    var label: String
    var value: [ReportInline]

    init(_ label: String, _ value: String) {
        self.label = label
        self.value = [.text(value)]
    }

    init(_ label: String, inline value: [ReportInline]) {
        self.label = label
        self.value = value
    }
}

struct ReportTable {
    /// How a row stands out: the recommended vendor, or a vendor out of the running.
    enum RowStyle {
        case plain
        case recommended
        case out
    }

    struct Row {
        var cells: [String]
        var style: RowStyle = .plain
    }

    var headers: [String]
    /// The columns that hold numbers: aligned to the end of the cell.
    var numericColumns: Set<Int> = []
    var rows: [Row]

    init(headers: [String], numericColumns: Set<Int> = [], rows: [Row]) {
        self.headers = headers
        self.numericColumns = numericColumns
        self.rows = rows
    }

    init(headers: [String], numericColumns: Set<Int> = [], cells: [[String]]) {
        self.init(headers: headers, numericColumns: numericColumns, rows: cells.map { Row(cells: $0) })
    }
}

extension String {
    /// `nil` for an empty or blank string, so `?? fallback` can stand in for it.
    var nonEmpty: String? { allSatisfy(\.isWhitespace) ? nil : self }
}
