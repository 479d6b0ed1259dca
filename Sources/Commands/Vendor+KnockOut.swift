import ArgumentParser
import Foundation
import Localization
import SelectionWorkshop
import WorkspaceFiles

extension CRMKit.Vendor {
    struct Out: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark a vendor out of the shortlist, keeping the reason (status: out, reason: …).",
            discussion: """
                Both fields are written in one edit of shortlist.yaml, so the file never holds a vendor that is out \
                without its reason. A vendor that is already out gets the new reason.

                تأمین‌کننده را با ثبت دلیل از فهرست کوتاه خارج می‌کند.
                """)
        @Argument(help: "The workspace folder, or the vendor's id when the workspace is the current directory.")
        var dirOrVendor: String
        @Argument(help: "The vendor's id, after the workspace folder.") var vendor: String?
        @Option(help: "Why the vendor leaves the shortlist, e.g. the check it failed.") var reason: String
        @Option(help: "table for people, json for scripts.") var format: OutputFormat = .table
        @Option(help: "Language of the messages (default: the workspace language).") var lang: Language?

        func run() async throws {
            let (folder, id) = FolderAndID.split(dirOrVendor, vendor)
            let (opened, language) = try WorkspaceAccess.load(folder, lang: lang)
            // Checked here rather than in validate(), which runs before the workspace language is known.
            guard !reason.allSatisfy(\.isWhitespace) else {
                Console.error(
                    language == .fa
                        ? "‏--reason خالی است: بنویسید چرا تأمین‌کننده از فهرست کوتاه خارج می‌شود، مثلاً --reason \"پشتیبانی در ایران ندارد\""
                        : "--reason is empty: say why the vendor leaves the shortlist, e.g. --reason \"no support in Iran\"")
                throw ExitCode(64)
            }
            let vendors = opened.workspace.shortlist.vendors
            guard let vendor = vendors.first(where: { $0.id.rawValue == id }) else {
                throw WorkspaceAccess.unknown(
                    LocalizedText(fa: "تأمین‌کننده", en: "vendor"), id, among: vendors.map(\.id.rawValue),
                    in: Workspace.FileName.shortlist, language: language)
            }
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            try WorkspaceAccess.edit(in: folder, language: language) { () throws(WorkspaceEditor.Failure) in
                try WorkspaceEditor.markOut([(vendor, reason)], at: URL(fileURLWithPath: folder, isDirectory: true))
            }
            switch format {
            case .json:
                struct Marked: Encodable {
                    var file, id, status, reason: String
                    var previousStatus: String
                }
                try Console.json(
                    Marked(
                        file: Workspace.FileName.shortlist, id: id, status: "out", reason: reason,
                        previousStatus: vendor.status.rawValue))
            case .table:
                Console.out(
                    language == .fa
                        ? "تأمین‌کننده \(id) از فهرست کوتاه خارج شد؛ دلیل در \(Workspace.FileName.shortlist) ثبت شد."
                        : "Vendor \(id) is out of the shortlist; the reason is kept in \(Workspace.FileName.shortlist).")
            }
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the knock-out checks on the shortlisted vendors; --apply marks the failing ones out.",
            discussion: """
                Compares each shortlisted vendor's checks: with the needs: of shortlist.yaml (reachable from anywhere, \
                back-office integration, integrations, countries, currencies, languages, architecture, deployment) \
                and prints which checks fail and why. With --apply, each failing vendor is marked out and its reason \
                names the failed checks, in the workspace language.

                Exit status: 0 when no shortlisted vendor fails (or after --apply), 1 when some fail, 2 when the \
                folder is not a workspace.

                بررسی‌های حذفی را روی تأمین‌کنندگان فهرست کوتاه اجرا می‌کند؛ با ‎--apply‎ ردشده‌ها را با دلیل خارج می‌کند.
                """)
        @OptionGroup var workspace: WorkspaceOptions
        @Flag(help: "Mark every failing vendor out, with the failed checks as its reason.") var apply = false
        @Option(help: "table for people, json for scripts.") var format: OutputFormat = .table
        @Option(help: "Language of the output (default: the workspace language).") var lang: Language?

        func run() async throws {
            let (opened, language) = try WorkspaceAccess.load(workspace.directory, lang: lang)
            let shortlist = opened.workspace.shortlist
            let workspaceLanguage = opened.workspace.project?.project.language ?? .en
            let shortlisted = shortlist.vendors.filter { $0.status == .shortlisted }
            let outcomes = shortlisted.map { KnockOutCheck.outcome(of: $0, in: shortlist) }
            let failing = zip(shortlisted, outcomes).filter { !$1.failures.isEmpty }.map {
                (vendor: $0, reason: KnockOutCheck.reason(for: $1.failures, in: workspaceLanguage))
            }
            if apply, !failing.isEmpty {
                try WorkspaceAccess.edit(in: workspace.directory, language: language) { () throws(WorkspaceEditor.Failure) in
                    try WorkspaceEditor.markOut(failing, at: URL(fileURLWithPath: workspace.directory, isDirectory: true))
                }
            }
            var rows = zip(shortlisted, outcomes).map { VendorRow($0, outcome: $1, language: language) }
            if apply {
                let reasons = Dictionary(failing.map { ($0.vendor.id.rawValue, $0.reason) }, uniquingKeysWith: { a, _ in a })
                for index in rows.indices {
                    guard let reason = reasons[rows[index].id] else { continue }
                    rows[index].status = SelectionWorkshop.Vendor.Status.out.rawValue
                    rows[index].reason = reason
                }
            }
            switch format {
            case .json:
                struct Report: Encodable {
                    var needs: Bool
                    var applied: Bool
                    var failing: Int
                    var vendors: [VendorRow]
                }
                try Console.json(Report(needs: shortlist.needs != nil, applied: apply, failing: failing.count, vendors: rows))
            case .table:
                Console.out(
                    table(rows, outcomes: outcomes, hasNeeds: shortlist.needs != nil, failing: failing.count, language: language))
            }
            if !apply, !failing.isEmpty { throw ExitCode(1) }
        }

        private func table(
            _ rows: [VendorRow], outcomes: [KnockOutCheck.Outcome], hasNeeds: Bool, failing: Int, language: Language
        ) -> String {
            let fa = language == .fa
            let digits = { (n: Int) in PersianDigits.digits(String(n), for: language) }
            var lines: [String] = []
            if !hasNeeds {
                lines.append(
                    fa
                        ? "shortlist.yaml کلید needs: ندارد؛ چیزی برای مقایسه نیست. نیازهای سازمان را در needs: بنویسید."
                        : "shortlist.yaml has no needs: there is nothing to compare with. Write what the organization needs under needs:."
                )
            }
            for (row, outcome) in zip(rows, outcomes) {
                let result: String =
                    switch outcome {
                    case .unchecked: fa ? "بررسی‌ای ثبت نشده (checks:)" : "no checks recorded (checks:)"
                    case .passed: fa ? "قبول" : "pass"
                    case .failed(let failures):
                        fa
                            ? "رد در \(digits(failures.count)) بررسی"
                            : "fails \(failures.count) check\(failures.count == 1 ? "" : "s")"
                    }
                lines.append("\(row.id)\t\(row.name)\t\(result)")
                for failure in row.failures {
                    lines.append("    ✘ \(failure.name): \(failure.detail)")
                }
                if apply, !row.failures.isEmpty {
                    lines.append(fa ? "    → خارج شد (status: out)" : "    → marked out (status: out)")
                }
            }
            if rows.isEmpty {
                lines.append(fa ? "هیچ تأمین‌کننده‌ای در فهرست کوتاه نیست." : "No vendor is shortlisted.")
            }
            lines.append("")
            switch (failing, apply) {
            case (0, _):
                lines.append(
                    fa
                        ? "\(digits(rows.count)) تأمین‌کننده فهرست کوتاه بررسی شد؛ هیچ‌کدام رد نشد."
                        : "\(rows.count) shortlisted vendor\(rows.count == 1 ? "" : "s") checked; none fails.")
            case (_, true):
                lines.append(
                    fa
                        ? "\(digits(failing)) تأمین‌کننده با دلیل از فهرست کوتاه خارج شد (shortlist.yaml)."
                        : "\(failing) vendor\(failing == 1 ? " is" : "s are") now out of the shortlist, with the reason kept in shortlist.yaml."
                )
            case (_, false):
                lines.append(
                    fa
                        ? "\(digits(failing)) تأمین‌کننده از \(digits(rows.count)) در بررسی‌های حذفی رد شد. با crmkit vendor check --apply آن‌ها را با دلیل خارج کنید، یا checks: را اصلاح کنید."
                        : "\(failing) of \(rows.count) shortlisted vendors fail the knock-out checks. Mark them out with crmkit vendor check --apply, or correct their checks: in shortlist.yaml."
                )
            }
            return lines.joined(separator: "\n")
        }
    }
}
