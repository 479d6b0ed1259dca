import Foundation
import Testing

@Suite("crmkit charter and crmkit plan")
struct CharterAndPlanCommandTests {
    static var example: String { WorkspaceCommandTests.example.path }

    @Test("list names the example's charters with their APQC process")
    func list() async throws {
        let result = try await CLI.run(["charter", "list", "-w", Self.example, "--format", "json", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.compactMap { $0["id"] as? String } == ["complaint-handling", "roadside-assistance"])
        #expect(rows.last?["apqc"] as? String == "6.3.4")
        #expect((rows.last?["missing"] as? [String])?.isEmpty == true)
    }

    @Test("export writes the roadside-assistance charter as HTML (RTL in Persian), Markdown and BPMN")
    func export() async throws {
        try await WorkspaceCommandTests.withTemporaryFolder { folder in
            for (format, language) in [("html", "fa"), ("md", "en"), ("bpmn", "fa")] {
                let out = folder.appendingPathComponent("charter.\(format)")
                let result = try await CLI.run([
                    "charter", "export", "roadside-assistance", "-w", Self.example, "--format", format, "--lang", language,
                    "--out", out.path,
                ])
                #expect(result.status == 0, "\(result.stderr)")
                #expect(result.stdout.isEmpty)
                let text = try String(contentsOf: out, encoding: .utf8)
                switch format {
                case "html": #expect(text.contains("dir=\"rtl\"") && text.contains("امداد"))
                case "md": #expect(text.hasPrefix("# "))
                default:
                    #expect(text.contains("http://www.omg.org/spec/BPMN/20100524/MODEL") && text.contains("bpmndi:BPMNShape"))
                }
            }
        }
    }

    @Test("an unknown charter id exits 1 with a suggestion")
    func unknown() async throws {
        let result = try await CLI.run(["charter", "show", "roadside-asistance", "-w", Self.example, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("did you mean \"roadside-assistance\""))
    }

    @Test("new starts a charter that validate then asks to complete, and never overwrites")
    func new() async throws {
        try await WorkspaceCommandTests.withTemporaryFolder { folder in
            _ = try await CLI.run(["init", "w", "--lang", "en"], in: folder)
            let created = try await CLI.run(
                ["charter", "new", "onboarding", "-w", "w", "--title", "Customer onboarding", "--apqc", "6.2.1"], in: folder)
            #expect(created.status == 0, "\(created.stderr)")
            #expect(created.stdout.contains("charters/onboarding.yaml"))
            let check = try await CLI.run(["validate", "w", "--format", "json"], in: folder)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
            let rules = (document["diagnostics"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? []
            // Ten fields to fill in (the title was given), nothing else wrong.
            #expect(rules == Array(repeating: "charter-missing-field", count: 10), "\(rules)")
            let again = try await CLI.run(["charter", "new", "onboarding", "-w", "w", "--lang", "en"], in: folder)
            #expect(again.status == 1)
            #expect(again.stderr.contains("already exists"))
        }
    }

    @Test("plan export --format ics writes the plan's dates as an iCalendar file")
    func ics() async throws {
        let result = try await CLI.run(["plan", "export", Self.example, "--format", "ics"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(result.stdout.components(separatedBy: "BEGIN:VEVENT").count > 3)
        #expect(result.stdout.hasSuffix("END:VCALENDAR\r\n"))
    }
}
