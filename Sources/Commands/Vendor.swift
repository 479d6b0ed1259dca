import ArgumentParser
import Foundation
import Localization
import SelectionWorkshop
import WorkspaceFiles

extension CRMKit {
    struct Vendor: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "vendor",
            abstract: "The long list of step 4: add a vendor, list them, run the knock-out checks, mark one out.",
            discussion: """
                A vendor starts on the long list, is shortlisted, or is out — and a vendor that is out keeps the \
                reason why. The knock-out checks compare what each vendor offers (its checks: in shortlist.yaml) \
                with what the organization needs (needs:).

                Examples:
                  crmkit vendor add my-selection --id acme --name "Acme CRM" --website https://acme.example
                  crmkit vendor list my-selection --status shortlisted
                  crmkit vendor check my-selection            exit 1 when a shortlisted vendor fails a check
                  crmkit vendor check my-selection --apply    mark every failing vendor out, with the reason
                  crmkit vendor out my-selection acme --reason "no support in Iran"

                فهرست بلند تأمین‌کنندگان گام چهارم: افزودن، فهرست، بررسی‌های حذفی و خارج کردن تأمین‌کننده با دلیل.
                """,
            subcommands: [Add.self, List.self, Check.self, Out.self])

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add a vendor to the long list in shortlist.yaml.")
            @OptionGroup var workspace: WorkspaceOptions
            @Option(help: "A short Latin id, e.g. acme.") var id: String
            @Option(help: "The vendor's name.") var name: String
            @Option(help: "The product and version being evaluated.") var product: String?
            @Option(help: "The vendor's website.") var website: String?
            @Option(help: "long-list (default) | shortlisted. To drop a vendor, use crmkit vendor out.")
            var status: SelectionWorkshop.Vendor.Status = .longList
            @Option(help: "table for people, json for scripts.") var format: OutputFormat = .table
            @Option(help: "Language of the messages (default: the workspace language).") var lang: Language?

            func run() async throws {
                let (_, language) = try WorkspaceAccess.load(workspace.directory, lang: lang)
                // Checked here rather than in validate(), which runs before the workspace language is known.
                guard status != .out else {
                    Console.error(
                        language == .fa
                            ? "‏--status out دلیل می‌خواهد: تأمین‌کننده را بیفزایید و سپس crmkit vendor out VENDOR --reason TEXT را اجرا کنید"
                            : "--status out needs a reason: add the vendor, then run crmkit vendor out VENDOR --reason TEXT")
                    throw ExitCode(64)
                }
                let fields: [(String, WorkspaceEditor.Field?)] = [
                    ("id", .word(id)), ("name", .text(name)), ("product", product.map { .text($0) }),
                    ("website", website.map { .text($0) }), ("status", .word(status.rawValue)),
                ]
                let file = Workspace.FileName.shortlist
                try WorkspaceAccess.edit(in: workspace.directory, language: language) { () throws(WorkspaceEditor.Failure) in
                    try WorkspaceEditor.append(
                        fields, toList: "vendors", in: file, at: URL(fileURLWithPath: workspace.directory, isDirectory: true))
                }
                switch format {
                case .json:
                    struct Added: Encodable {
                        var file, id, name, status: String
                        var product, website: String?
                    }
                    try Console.json(
                        Added(file: file, id: id, name: name, status: status.rawValue, product: product, website: website))
                case .table:
                    Console.out(
                        language == .fa
                            ? "تأمین‌کننده \(id) با وضعیت \(status.rawValue) به \(file) افزوده شد."
                            : "Added vendor \(id) (\(status.rawValue)) to \(file).")
                }
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List the vendors with their status, knock-out check result and reason.")
            @OptionGroup var workspace: WorkspaceOptions
            @Option(help: "Only this status: long-list | shortlisted | out.") var status: SelectionWorkshop.Vendor.Status?
            @Option(help: "table for people, json for scripts.") var format: OutputFormat = .table
            @Option(help: "Language of the output (default: the workspace language).") var lang: Language?

            func run() async throws {
                let (opened, language) = try WorkspaceAccess.load(workspace.directory, lang: lang)
                let shortlist = opened.workspace.shortlist
                let vendors = shortlist.vendors.filter { status == nil || $0.status == status }
                let outcomes = vendors.map { KnockOutCheck.outcome(of: $0, in: shortlist) }
                let rows = zip(vendors, outcomes).map { VendorRow($0, outcome: $1, language: language) }
                switch format {
                case .json:
                    try Console.json(rows)
                case .table:
                    let fa = language == .fa
                    var lines = [fa ? "شناسه\tنام\tوضعیت\tبررسی‌های حذفی\tدلیل" : "id\tname\tstatus\tknock-out checks\treason"]
                    for (row, outcome) in zip(rows, outcomes) {
                        lines.append(
                            [row.id, row.name, row.status, outcome.summary(in: language), row.reason ?? ""].joined(
                                separator: "\t"))
                    }
                    Console.out(lines.joined(separator: "\n"))
                    Console.error(
                        fa
                            ? "\(PersianDigits.toPersian(String(rows.count))) تأمین‌کننده"
                            : "\(rows.count) vendor\(rows.count == 1 ? "" : "s")")
                }
            }
        }
    }
}

/// One vendor as `vendor list --format json` and `vendor check --format json` print it.
struct VendorRow: Encodable {
    struct Failure: Encodable {
        /// The key under `checks:` that failed.
        var check: String
        var name: String
        var detail: String
    }

    var id: String
    var name: String
    var product: String?
    var website: String?
    var status: String
    /// `pass`, `fail`, or `unchecked` (no `checks:` for the vendor, or no `needs:` in the shortlist).
    var checks: String
    var failures: [Failure]
    var reason: String?

    init(_ vendor: SelectionWorkshop.Vendor, outcome: KnockOutCheck.Outcome, language: Language) {
        id = vendor.id.rawValue
        name = vendor.name.text(in: language)
        product = vendor.product?.text(in: language)
        website = vendor.website
        status = vendor.status.rawValue
        checks = outcome.word
        failures = outcome.failures.map {
            Failure(check: $0.field, name: $0.name.text(in: language), detail: $0.detail.text(in: language))
        }
        // A folded reason may run over several lines in the file; one line reads better in a table.
        reason = vendor.reason.map { $0.text(in: language).split(whereSeparator: \.isNewline).joined(separator: " ") }
    }
}

extension KnockOutCheck.Outcome {
    /// `pass`, `fail` or `unchecked`, for scripts.
    var word: String {
        switch self {
        case .unchecked: "unchecked"
        case .passed: "pass"
        case .failed: "fail"
        }
    }

    /// The result on one line: "pass", or "fails: currencies (missing USD); …".
    func summary(in language: Language) -> String {
        switch (self, language) {
        case (.unchecked, .fa): "بررسی نشده"
        case (.unchecked, .en): "not checked"
        case (.passed, .fa): "قبول"
        case (.passed, .en): "pass"
        case (.failed(let failures), _):
            (language == .fa ? "رد: " : "fails: ")
                + failures.map { "\($0.name.text(in: language)) (\($0.detail.text(in: language)))" }.joined(
                    separator: language == .fa ? "؛ " : "; ")
        }
    }
}

extension SelectionWorkshop.Vendor.Status: ExpressibleByArgument {}
