import ArgumentParser

/// The root `crmkit` command. Each subcommand lives in its own file as an extension of this type.
public struct CRMKit: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "crmkit",
        abstract: "Choose a CRM with your team, then stand up and prove a reference CRM.",
        discussion: """
            crmkit walks a project team through the six steps of a CRM selection — goals and current \
            processes, stakeholders, consultant, shortlist, vendor interviews with weighted scorecards, \
            implementation plan with process charters — kept as a folder of YAML files (a workspace) \
            that the team reviews in git.

            Start with:
              crmkit init my-selection --lang fa      scaffold a workspace in Persian
              crmkit validate my-selection            check every file and cross-reference
              crmkit catalog list --level 2           browse the APQC process catalog

            crmkit یک تیم پروژه را در شش گام انتخاب CRM همراهی می‌کند و همه‌چیز را در پوشه‌ای از فایل‌های YAML نگه می‌دارد.
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, Validate.self, Status.self, Workshop.self, Interview.self, Score.self, Stakeholder.self, Requirement.self,
            Vendor.self, Charter.self, Plan.self, Catalog.self, Rank.self, Sensitivity.self, Weights.self, Scorecard.self,
            Report.self,
        ]
    )

    public init() {}

    /// Entry point for the `crmkit` executable.
    public static func runFromCommandLine() async {
        await main()
    }
}
