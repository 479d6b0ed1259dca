import ArgumentParser
import Foundation
import Localization
import ProcessCatalog
import Reports
import SelectionWorkshop
import WorkspaceFiles

// `charter` and its subcommands share the workspace lookup and printing, so they live in one file.

extension CRMKit {
    struct Charter: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "charter",
            abstract: "Process charters (شناسنامه فرآیند): list, show, export to Markdown, HTML or BPMN, start a new one.",
            discussion: """
                A process charter is the one-page identity card of a business process: title, goal, performance \
                indicators, owner, executors, scope, rules and regulations, information systems, distribution of \
                copies, record keeping and approximate duration, plus optional description, inputs, outputs, \
                documents and ordered steps. Charters live in the workspace's charters/ folder, one file each.

                Examples:
                  crmkit charter list -w docs/example-workspace
                  crmkit charter show roadside-assistance -w docs/example-workspace --lang en
                  crmkit charter export roadside-assistance -w docs/example-workspace --format html --out charter.html
                  crmkit charter export roadside-assistance -w docs/example-workspace --format bpmn --out charter.bpmn
                  crmkit charter new complaint-handling --title "Complaint handling"

                شناسنامه‌های فرآیند را فهرست، نمایش و به Markdown، HTML یا BPMN صادر می‌کند.
                """,
            subcommands: [List.self, Show.self, Export.self, New.self])

        struct Options: ParsableArguments {
            @Option(name: [.customShort("w"), .long], help: "The workspace folder.", completion: .directory)
            var workspace: String = "."

            @Option(help: "Language of the output: fa or en (default: the workspace language).")
            var lang: Language?
        }

        /// The workspace's charters, stopping with a clear message when the workspace has errors in them.
        static func charters(_ options: Options) throws -> (charters: [CharterFile], language: Language) {
            let (loaded, language) = try WorkspaceAccess.load(options.workspace, lang: options.lang)
            return (loaded.workspace.charters, language)
        }

        /// The printable document of a charter, with its APQC process named from the bundled catalog.
        static func document(_ file: CharterFile, _ language: Language) -> CharterDocument {
            let name = file.charter.apqcProcess.flatMap { try? BundledCatalog.load().element(reference: $0) }?.name
            return CharterDocument(charter: file.charter, language: language, apqcName: name?.text(in: language))
        }

        static func charter(_ id: String, _ options: Options) throws -> (CharterFile, Language) {
            let (charters, language) = try charters(options)
            guard let found = charters.first(where: { $0.charter.id.rawValue == id }) else {
                let known = charters.map(\.charter.id.rawValue)
                let hint = Suggestion.closest(to: id, among: known)
                Console.error(
                    language == .fa
                        ? "شناسنامه‌ای با شناسه «\(id)» در charters/ نیست"
                            + (hint.map { "؛ منظورتان «\($0)» بود؟" } ?? "؛ شناسه‌های موجود: \(known.joined(separator: "، "))")
                        : "there is no charter \"\(id)\" in charters/"
                            + (hint.map { "; did you mean \"\($0)\"?" } ?? "; the charters are: \(known.joined(separator: ", "))")
                )
                throw ExitCode(1)
            }
            return (found, language)
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the workspace's process charters.")
            @OptionGroup var options: Options
            @Option(help: "table for people, json for scripts.") var format: OutputFormat = .table

            func run() async throws {
                let (charters, language) = try Charter.charters(options)
                switch format {
                case .json:
                    struct Row: Encodable {
                        var id: String
                        var title: String
                        var apqc: String?
                        var steps: Int
                        var missing: [String]
                    }
                    let rows = charters.map {
                        Row(
                            id: $0.charter.id.rawValue, title: $0.charter.title.text(in: language), apqc: $0.charter.apqcProcess,
                            steps: $0.charter.steps.count, missing: $0.missingFields)
                    }
                    try Console.json(rows)
                case .table:
                    if charters.isEmpty {
                        Console.out(
                            language == .fa
                                ? "هنوز شناسنامه‌ای نیست: crmkit charter new ID" : "No charters yet: crmkit charter new ID")
                    }
                    for file in charters {
                        let charter = file.charter
                        let steps = PersianDigits.digits(String(charter.steps.count), for: language)
                        let state =
                            file.missingFields.isEmpty
                            ? (language == .fa ? "\(steps) گام" : "\(steps) steps")
                            : (language == .fa ? "ناقص" : "incomplete")
                        Console.out("\(charter.id)\t\(charter.apqcProcess ?? "-")\t\(charter.title.text(in: language))\t\(state)")
                    }
                }
            }
        }

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show one charter, every field, in the chosen language.")
            @Argument(help: "The charter's id (its file name in charters/).") var id: String
            @OptionGroup var options: Options

            func run() async throws {
                let (file, language) = try Charter.charter(id, options)
                Console.out(Charter.document(file, language).markdown)
            }
        }

        struct Export: AsyncParsableCommand {
            enum Format: String, ExpressibleByArgument, CaseIterable {
                case md, html, bpmn
            }

            static let configuration = CommandConfiguration(
                abstract: "Export a charter as a printable page (md, html) or a BPMN 2.0 process with its diagram (bpmn).")
            @Argument(help: "The charter's id (its file name in charters/).") var id: String
            @OptionGroup var options: Options
            @Option(help: "md, html (a one-page printable document, right to left in Persian) or bpmn.") var format: Format = .md
            @Option(help: "Write to this file instead of standard output.") var out: String?

            func run() async throws {
                let (file, language) = try Charter.charter(id, options)
                let text: String
                switch format {
                case .md: text = Charter.document(file, language).markdown
                case .html: text = Charter.document(file, language).html
                case .bpmn: text = BPMNExport.document(for: file.charter, in: language)
                }
                try WorkspaceAccess.write(text.hasSuffix("\n") ? text : text + "\n", to: out, language: language)
            }
        }

        struct New: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Start a new charter file in charters/ with the eleven fields to fill in.")
            @Argument(help: "The new charter's id, e.g. complaint-handling.") var id: String
            @OptionGroup var options: Options
            @Option(help: "The charter's title.") var title: String?
            @Option(help: "The APQC process it details, e.g. 6.2.3.") var apqc: String?

            func run() async throws {
                let (_, language) = try WorkspaceAccess.load(options.workspace, lang: options.lang)
                guard IdentifierSyntax.isValid(id) else {
                    Console.error(
                        language == .fa
                            ? "«\(id)» شناسه معتبری نیست؛ از حروف لاتین، رقم و «-» استفاده کنید، مثلاً complaint-handling"
                            : "\"\(id)\" is not a valid id; use Latin letters, digits and '-', e.g. complaint-handling")
                    throw ExitCode(64)
                }
                let directory = URL(fileURLWithPath: options.workspace, isDirectory: true)
                do {
                    let path = try CharterScaffold.create(
                        id: id, title: title, apqc: apqc, in: directory, language: language)
                    Console.out(path)
                    Console.error(
                        language == .fa
                            ? "بخش‌های شناسنامه را پر کنید و سپس: crmkit validate \(options.workspace)"
                            : "Fill in the charter's fields, then: crmkit validate \(options.workspace)")
                } catch {
                    Console.error(error.description(in: language))
                    throw ExitCode(1)
                }
            }
        }
    }
}
