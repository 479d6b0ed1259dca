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

    @Test("new speaks the workspace language unless --lang says otherwise", arguments: ["en", "fa"])
    func newInWorkspaceLanguage(_ language: String) async throws {
        try await WorkspaceCommandTests.withTemporaryFolder { folder in
            _ = try await CLI.run(["init", "w", "--lang", language], in: folder)
            let hints = ["en": "Fill in the charter's fields", "fa": "بخش‌های شناسنامه را پر کنید"]
            let other = language == "en" ? "fa" : "en"
            let created = try await CLI.run(["charter", "new", "onboarding", "-w", "w"], in: folder)
            #expect(created.status == 0, "\(created.stderr)")
            #expect(created.stderr.contains(hints[language] ?? "?") && !created.stderr.contains(hints[other] ?? "?"))
            let chosen = try await CLI.run(["charter", "new", "intake", "-w", "w", "--lang", other], in: folder)
            #expect(chosen.status == 0 && chosen.stderr.contains(hints[other] ?? "?"), "\(chosen.stderr)")
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

@Suite("crmkit stakeholder and crmkit requirement")
struct StakeholderAndRequirementCommandTests {
    @Test("add, list with filters, show; a broken addition is refused with the reason")
    func addListShow() async throws {
        try await WorkspaceCommandTests.withTemporaryFolder { folder in
            _ = try await CLI.run(["init", "w", "--lang", "en"], in: folder)
            for arguments in [
                [
                    "stakeholder", "add", "maryam", "--name", "Maryam Ahmadi", "--group", "system-customers", "--evaluator", "-w",
                    "w",
                ],
                ["stakeholder", "add", "reza", "--name", "Reza Karimi", "--group", "system-sponsors", "-w", "w"],
                [
                    "requirement", "add", "R-001", "--title", "Every call logged", "--priority", "must", "--category",
                    "call-center",
                    "--source", "maryam", "--apqc", "6.2.2", "--probe", "call-logged", "-w", "w",
                ],
                [
                    "requirement", "add", "R-002", "--title", "Funnel report", "--priority", "should", "--category", "sales",
                    "-w", "w",
                ],
            ] {
                let result = try await CLI.run(arguments, in: folder)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
            }
            let check = try await CLI.run(["validate", "w", "--lang", "en"], in: folder)
            #expect(check.status == 0, "\(check.stderr)")

            let customers = try await CLI.run(
                ["stakeholder", "list", "--group", "system-customers", "-w", "w", "--format", "json"], in: folder)
            let people = try #require(try JSONSerialization.jsonObject(with: Data(customers.stdout.utf8)) as? [[String: Any]])
            #expect(people.map { $0["id"] as? String } == ["maryam"])
            #expect(people.first?["interviewed"] as? Bool == false)

            let musts = try await CLI.run(
                ["requirement", "list", "--priority", "must", "-w", "w", "--format", "json"], in: folder)
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(musts.stdout.utf8)) as? [[String: Any]])
            #expect(rows.map { $0["id"] as? String } == ["R-001"])
            #expect(rows.first?["probe"] as? String == "call-logged")
            let bySource = try await CLI.run(["requirement", "list", "--stakeholder", "maryam", "-w", "w"], in: folder)
            #expect(bySource.stdout.contains("R-001") && !bySource.stdout.contains("R-002"))

            let shown = try await CLI.run(["requirement", "show", "R-001", "-w", "w", "--lang", "en"], in: folder)
            #expect(shown.stdout.contains("asked by: maryam (Maryam Ahmadi)"))

            let before = try String(contentsOf: folder.appendingPathComponent("w/requirements.yaml"), encoding: .utf8)
            let broken = try await CLI.run(
                [
                    "requirement", "add", "R-003", "--title", "x", "--priority", "could", "--category", "other", "--source",
                    "nobody", "-w", "w",
                ],
                in: folder)
            #expect(broken.status == 1)
            #expect(broken.stderr.contains("\"nobody\" is not a person"))
            #expect(try String(contentsOf: folder.appendingPathComponent("w/requirements.yaml"), encoding: .utf8) == before)
        }
    }

    @Test("an addition with an unknown probe is written, and warned about as validate warns")
    func addWarns() async throws {
        try await WorkspaceCommandTests.withTemporaryFolder { folder in
            _ = try await CLI.run(["init", "w", "--lang", "en"], in: folder)
            let added = try await CLI.run(
                [
                    "requirement", "add", "R-001", "--title", "Every call logged", "--priority", "must", "--category",
                    "call-center", "--probe", "cal-logged", "-w", "w",
                ],
                in: folder)
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stdout == "Added to requirements.yaml.\n")
            let text = try String(contentsOf: folder.appendingPathComponent("w/requirements.yaml"), encoding: .utf8)
            #expect(
                text.contains(
                    "  - {id: R-001, title: \"Every call logged\", priority: must, category: call-center, verify: {probe: \"cal-logged\"}}\n"
                ))
            let warning =
                "w/requirements.yaml:15:100: warning: \"cal-logged\" is not a probe the reference CRM knows — did you mean \"call-logged\"? Otherwise use a known probe (crmkit requirement probes) or add it to reference-crm/probes.yaml"
            #expect(added.stderr == warning + "\n")
            let validated = try await CLI.run(["validate", "w"], in: folder)
            #expect(validated.status == 0 && validated.stderr == added.stderr, "\(validated.stderr)")

            // In the language asked for; an addition without a warning says nothing on standard error.
            let persian = try await CLI.run(
                [
                    "requirement", "add", "R-002", "--title", "Funnel report", "--priority", "should", "--category", "sales",
                    "--probe", "funel-report", "-w", "w", "--lang", "fa",
                ],
                in: folder)
            #expect(persian.status == 0, "\(persian.stderr)")
            #expect(
                persian.stderr.hasPrefix("w/requirements.yaml:16:")
                    && persian.stderr.contains(": هشدار: «funel-report» پروبی نیست"))
            #expect(!persian.stderr.contains("cal-logged"), "only the warnings of the new requirement")
            let plain = try await CLI.run(
                ["stakeholder", "add", "reza", "--name", "Reza Karimi", "--group", "system-sponsors", "-w", "w"], in: folder)
            #expect(plain.status == 0 && plain.stderr.isEmpty, "\(plain.stderr)")
        }
    }
}
