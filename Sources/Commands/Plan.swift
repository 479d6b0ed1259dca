import ArgumentParser
import Foundation
import Localization
import Reports
import SelectionWorkshop
import WorkspaceFiles

extension CRMKit {
    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "The implementation plan (step 6): export its dates to a calendar.",
            subcommands: [Export.self])

        struct Export: AsyncParsableCommand {
            enum Format: String, ExpressibleByArgument, CaseIterable {
                case ics
            }

            static let configuration = CommandConfiguration(
                abstract: "Write the kick-off, milestones, go-live and evaluation checkpoints as an iCalendar file.",
                discussion: """
                    Every date of plan.yaml becomes an all-day event: the kick-off call, each task marked \
                    milestone: true (on its due date), go-live, and each continuous-evaluation checkpoint (on its \
                    date, or go-live plus after_go_live). Jalali dates are converted; the file imports into any \
                    calendar program.

                    Example:  crmkit plan export docs/example-workspace --format ics --out plan.ics

                    تاریخ‌های برنامه پیاده‌سازی را به‌صورت فایل تقویم (iCalendar) صادر می‌کند.
                    """)

            @OptionGroup var workspace: WorkspaceOptions
            @Option(help: "ics (iCalendar).") var format: Format = .ics
            @Option(help: "Write to this file instead of standard output.") var out: String?
            @Option(help: "Language of the event titles: fa or en (default: the workspace language).") var lang: Language?

            func run() async throws {
                let (loaded, language) = try WorkspaceAccess.load(workspace.directory, lang: lang)
                let project = loaded.workspace.project?.project
                let calendar = PlanCalendar(
                    plan: loaded.workspace.plan, projectName: project?.name.text(in: language) ?? "crmkit",
                    language: language)
                if calendar.events.isEmpty {
                    Console.error(
                        language == .fa
                            ? "plan.yaml هیچ تاریخی ندارد (جلسه آغاز، نقطه عطف، راه‌اندازی یا ارزیابی)"
                            : "plan.yaml has no dates yet (kick-off, milestones, go-live or evaluation)")
                }
                try WorkspaceAccess.write(calendar.ics, to: out, language: language)
            }
        }
    }
}
