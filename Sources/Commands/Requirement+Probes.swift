import ArgumentParser
import Foundation
import Localization
import SelectionWorkshop
import WorkspaceFiles

extension CRMKit.Requirement {
    struct Probes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the probes the reference CRM knows, with the parameters each takes.",
            discussion: """
                A requirement names its probe in requirements.yaml:

                  verify:
                    probe: call-logged
                    with: {calls: 5, include_abandoned: yes}

                crmkit validate warns about a probe or parameter that is not in this list. The list ships with \
                crmkit as reference-crm/probes.yaml; a new probe is added there.

                پروب‌هایی که CRM مرجع می‌شناسد، با پارامترهای هر یک.
                """)
        @Argument(help: "Only this probe.") var probe: String?
        @Option(help: "table for people, json for scripts.") var format: OutputFormat = .table
        @Option(help: "Language of the output.") var lang: Language = .en

        func run() async throws {
            let catalog: ProbeCatalog
            do {
                catalog = try BundledProbes.load()
            } catch {
                Console.error(error.description(in: lang))
                throw ExitCode(1)
            }
            var probes = catalog.probes
            if let probe {
                guard let found = catalog.probe(Probe.ID(probe)) else {
                    throw WorkspaceAccess.unknown(
                        LocalizedText(fa: "پروب", en: "probe"), probe, among: probes.map(\.id.rawValue),
                        in: BundledProbes.sourcePath, language: lang)
                }
                probes = [found]
            }
            switch format {
            case .json:
                struct Parameter: Encodable {
                    var name, type, description: String
                }
                struct Row: Encodable {
                    var name, description: String
                    var parameters: [Parameter]
                }
                try Console.json(
                    probes.map { probe in
                        Row(
                            name: probe.id.rawValue, description: probe.description.text(in: lang),
                            parameters: probe.parameters.map {
                                Parameter(name: $0.name, type: $0.kind.rawValue, description: $0.description.text(in: lang))
                            })
                    })
            case .table:
                var lines: [String] = []
                for probe in probes {
                    lines.append("\(probe.id)\t\(probe.description.text(in: lang))")
                    for parameter in probe.parameters {
                        lines.append(
                            "    \(parameter.name) (\(parameter.kind.rawValue))\t\(parameter.description.text(in: lang))")
                    }
                }
                Console.out(lines.joined(separator: "\n"))
                Console.error(
                    lang == .fa
                        ? "\(PersianDigits.toPersian(String(probes.count))) پروب؛ فهرست در \(BundledProbes.sourcePath)"
                        : "\(probes.count) probe\(probes.count == 1 ? "" : "s"); the list is \(BundledProbes.sourcePath)")
            }
        }
    }
}
