import Foundation
import Testing

/// `crmkit requirement from-interview` and `crmkit requirement probes`, through the real executable.
@Suite("crmkit requirement from-interview and probes")
struct RequirementFromInterviewTests {
    typealias Example = VendorCommandTests

    @Test("an interview's missing report and needed data become linked requirements, once")
    func fromExample() async throws {
        try await Example.withExample { folder in
            let result = try await CLI.run(
                ["requirement", "from-interview", "w", "mahnaz", "--format", "json", "--lang", "en"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let report = try Example.json(result)
            let added = try #require(report["added"] as? [[String: Any]])
            #expect(added.compactMap { $0["id"] as? String } == ["R-021", "R-022", "R-023"])
            #expect(added.compactMap { $0["from"] as? String } == ["reports_missing", "data_needed", "data_needed"])
            #expect(added.compactMap { $0["category"] as? String } == ["reports", "other", "other"])
            #expect(added.first?["title"] as? String == "هزینه تمام‌شده هر امداد (نیرو، خودرو، یدک‌کش)")
            #expect(
                added.allSatisfy { $0["interview"] as? String == "interview-mahnaz" && $0["priority"] as? String == "should" })

            // Written as people write them, and read back: sources keep the link to the person who asked.
            let requirements = try Example.text(folder, "requirements.yaml")
            #expect(requirements.hasPrefix("version: 1\n\n# The requirements, captured in steps 1–5"))
            #expect(
                requirements.contains(
                    "  - id: R-021\n    title: هزینه تمام‌شده هر امداد (نیرو، خودرو، یدک‌کش)\n    description: در مصاحبه با مهناز رحیمی (۱۴۰۵/۰۷/۱۲) گزارشی خواسته شد که امروز تهیه نمی‌شود.\n    priority: should\n    category: reports\n    step: 2\n    sources: [mahnaz]\n"
                ))
            // The example keeps its requirements apart with a blank line; so are the new ones.
            #expect(requirements.contains("    sources: [arash, farhad, parviz]\n\n  - id: R-021\n"))
            for id in ["R-022", "R-023"] {
                #expect(requirements.contains("    sources: [mahnaz]\n\n  - id: \(id)\n"))
            }
            let stakeholders = try Example.text(folder, "stakeholders.yaml")
            #expect(stakeholders.contains("    requirements: [R-012, R-015, R-017, R-021, R-022, R-023]\n"))
            #expect(stakeholders.contains("# System customers: everyone who consumes the system's reports"))
            let listed = try await CLI.run(
                ["requirement", "list", "--stakeholder", "mahnaz", "-w", "w", "--format", "json"], in: folder)
            let rows = try Example.json(listed, as: [[String: Any]].self)
            #expect(Set(rows.compactMap { $0["id"] as? String }).isSuperset(of: ["R-021", "R-022", "R-023"]))
            let valid = try await CLI.run(["validate", "w", "--lang", "en"], in: folder)
            #expect(valid.status == 0 && valid.stdout.contains("0 errors, 0 warnings"), "\(valid.stderr)")

            // Running it again adds nothing and writes nothing.
            let again = try await CLI.run(["requirement", "from-interview", "w", "mahnaz", "--lang", "en"], in: folder)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.contains("Nothing new"))
            #expect(try Example.text(folder, "requirements.yaml") == requirements)
            #expect(try Example.text(folder, "stakeholders.yaml") == stakeholders)
        }
    }

    @Test(
        "refusals: unknown stakeholder, no interview, --id for several items, a taken --id; nothing is written",
        arguments: [
            (["omd"], "did you mean \"omid\""),
            (["hamid"], "has no interview with hamid"),
            (["omid", "--id", "R-030"], "the interview gives 3 new items; leave --id out to number them R-021, R-022, R-023"),
        ])
    func refused(_ arguments: [String], _ message: String) async throws {
        try await Example.withExample { folder in
            let requirements = try Example.text(folder, "requirements.yaml")
            let stakeholders = try Example.text(folder, "stakeholders.yaml")
            let result = try await CLI.run(["requirement", "from-interview", "w"] + arguments + ["--lang", "en"], in: folder)
            #expect(result.status == 1)
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(try Example.text(folder, "requirements.yaml") == requirements)
            #expect(try Example.text(folder, "stakeholders.yaml") == stakeholders)
        }
    }

    @Test("in a scaffolded workspace: --id for the one item, options for all, a taken id refused")
    func scaffolded() async throws {
        try await WorkspaceCommandTests.withTemporaryFolder { folder in
            _ = try await CLI.run(["init", "w", "--lang", "en"], in: folder)
            let workspace = folder.appendingPathComponent("w")
            for arguments in [
                ["stakeholder", "add", "maryam", "--name", "Maryam Ahmadi", "--group", "system-customers", "-w", "w"],
                [
                    "requirement", "add", "R-001", "--title", "Calls logged", "--priority", "must", "--category", "call-center",
                    "-w", "w",
                ],
            ] {
                let result = try await CLI.run(arguments, in: folder)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
            }
            try WorkspaceCommandTests.edit(
                workspace, "stakeholders.yaml", "interviews: []",
                "interviews:\n  - id: interview-maryam\n    stakeholder: maryam\n    reports_missing: [Profit per customer]")

            let taken = try await CLI.run(
                ["requirement", "from-interview", "w", "maryam", "--id", "R-001", "--lang", "en"], in: folder)
            #expect(taken.status == 1)
            #expect(
                taken.stderr.contains("requirement R-001 already exists") && taken.stderr.contains("R-002"), "\(taken.stderr)")

            let added = try await CLI.run(
                [
                    "requirement", "from-interview", "w", "maryam", "--id", "R-100", "--priority", "must", "--category", "sales",
                    "--lang", "en",
                ], in: folder)
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stdout.contains("R-100\tmust\tsales\tProfit per customer"))
            // One requirement before: no style to keep, so no blank line.
            #expect(try Example.text(folder, "requirements.yaml").contains("category: call-center}\n  - id: R-100\n"))
            #expect(
                try Example.text(folder, "requirements.yaml").hasSuffix(
                    "  - id: R-100\n    title: Profit per customer\n    description: \"From the interview with Maryam Ahmadi: a report that is needed and cannot be produced today.\"\n    priority: must\n    category: sales\n    step: 2\n    sources: [maryam]\n"
                ))
            #expect(
                try Example.text(folder, "stakeholders.yaml").hasSuffix(
                    "    reports_missing: [Profit per customer]\n    requirements: [R-100]\n"))
            let valid = try await CLI.run(["validate", "w"], in: folder)
            #expect(valid.status == 0, "\(valid.stderr)")
        }
    }

    @Test("probes lists every probe the example uses, with typed parameters")
    func probes() async throws {
        let listed = try await CLI.run(["requirement", "probes", "--format", "json", "--lang", "fa"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let probes = try Example.json(listed, as: [[String: Any]].self)
        let names = Set(probes.compactMap { $0["name"] as? String })
        let used = try await CLI.run(["requirement", "list", "-w", WorkspaceCommandTests.example.path, "--format", "json"])
        let usedNames = Set(try Example.json(used, as: [[String: Any]].self).compactMap { $0["probe"] as? String })
        #expect(usedNames.count == 18)
        #expect(usedNames.isSubset(of: names), "\(usedNames.subtracting(names))")
        for probe in probes {
            #expect((probe["description"] as? String)?.isEmpty == false)
            for parameter in probe["parameters"] as? [[String: Any]] ?? [] {
                #expect(["number", "yes-no", "text"].contains(parameter["type"] as? String))
            }
        }

        let one = try await CLI.run(["requirement", "probes", "call-logged", "--lang", "en"])
        #expect(one.stdout.hasPrefix("call-logged\t") && one.stdout.contains("    calls (number)\t"))
        let typo = try await CLI.run(["requirement", "probes", "call-loged", "--lang", "en"])
        #expect(typo.status == 1 && typo.stderr.contains("did you mean \"call-logged\""))
    }

    @Test("validate warns about an unknown probe and an unknown parameter, without failing")
    func validateProbes() async throws {
        try await Example.withExample { folder in
            let workspace = folder.appendingPathComponent("w")
            try WorkspaceCommandTests.edit(workspace, "requirements.yaml", "probe: call-logged", "probe: call-loged")
            try WorkspaceCommandTests.edit(workspace, "requirements.yaml", "with: {invoices: 2}", "with: {invoice: 2}")
            let result = try await CLI.run(["validate", "w", "--lang", "en"], in: folder)
            #expect(result.status == 0)
            let lines = result.stderr.split(separator: "\n").map(String.init)
            #expect(lines.count == 2, "\(lines)")
            #expect(
                lines.first
                    == "w/requirements.yaml:17:14: warning: \"call-loged\" is not a probe the reference CRM knows — did you mean \"call-logged\"? Otherwise use a known probe (crmkit requirement probes) or add it to reference-crm/probes.yaml"
            )
            #expect(
                lines.last?.contains(
                    "probe invoice-synced has no parameter \"invoice\"; it takes invoices — did you mean \"invoices\"?") == true)
        }
    }
}
