import Foundation
import Testing

/// `crmkit vendor add|list|out|check` on copies of the example workspace: what they write, what they print,
/// their exit status, and that a refused command leaves every file byte for byte as it was.
@Suite("crmkit vendor")
struct VendorCommandTests {
    /// A copy of the example workspace as `w` in a temporary folder (the working directory of `body`).
    static func withExample<T>(_ body: (URL) async throws -> T) async throws -> T {
        try await WorkspaceCommandTests.withTemporaryFolder { folder in
            try FileManager.default.copyItem(at: WorkspaceCommandTests.example, to: folder.appendingPathComponent("w"))
            return try await body(folder)
        }
    }

    static func text(_ folder: URL, _ file: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("w/\(file)"), encoding: .utf8)
    }

    static func json<T>(_ output: CLI.Output, as _: T.Type = [String: Any].self) throws -> T {
        try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? T, "\(output.stdout)")
    }

    /// Makes the shortlisted vendor abrak fail two knock-out checks: currencies and languages.
    static func breakAbrak(_ folder: URL) throws {
        try WorkspaceCommandTests.edit(
            folder.appendingPathComponent("w"), "shortlist.yaml",
            "      currencies: [IRR]\n      languages: [fa, en]\n      architecture: web\n      deployments: [cloud]",
            "      currencies: [USD]\n      languages: [fa]\n      architecture: web\n      deployments: [cloud]")
    }

    @Test("add appends to the long list, keeps every comment, and the file reads back")
    func add() async throws {
        try await Self.withExample { folder in
            let before = try Self.text(folder, "shortlist.yaml")
            let added = try await CLI.run(
                [
                    "vendor", "add", "w", "--id", "acme", "--name", "Acme CRM: Persian edition", "--product", "Acme 12",
                    "--website", "https://acme.example", "--status", "shortlisted", "--format", "json",
                ], in: folder)
            #expect(added.status == 0, "\(added.stderr)")
            let row = try Self.json(added)
            #expect(row["id"] as? String == "acme" && row["status"] as? String == "shortlisted")

            let after = try Self.text(folder, "shortlist.yaml")
            #expect(after.hasPrefix(before))
            for comment in ["# Step 4 — narrow the choice.", "# 31 provinces", "# cloud only when hosted"] {
                #expect(after.contains(comment))
            }
            let listed = try await CLI.run(["vendor", "list", "w", "--format", "json", "--lang", "en"], in: folder)
            let rows = try Self.json(listed, as: [[String: Any]].self)
            let acme = try #require(rows.first { $0["id"] as? String == "acme" })
            #expect(acme["name"] as? String == "Acme CRM: Persian edition")
            #expect(acme["website"] as? String == "https://acme.example")
            #expect(acme["checks"] as? String == "unchecked")
            let check = try await CLI.run(["validate", "w"], in: folder)
            #expect(check.status == 0, "\(check.stderr)")

            let plain = try await CLI.run(["vendor", "add", "w", "--id", "beta", "--name", "Beta", "--lang", "en"], in: folder)
            #expect(plain.status == 0 && plain.stdout.contains("Added vendor beta (long-list)"), "\(plain.stderr)")
        }
    }

    @Test(
        "add refuses a duplicate id, a bad id and --status out, and changes nothing",
        arguments: [
            (["--id", "abrak", "--name", "Another Abrak"], "vendor id \"abrak\" is already used"),
            (["--id", "no spaces", "--name", "X"], "is not a valid id"),
            (["--id", "gamma", "--name", "Gamma", "--status", "out"], "--status out needs a reason"),
        ])
    func addRefused(_ arguments: [String], _ message: String) async throws {
        try await Self.withExample { folder in
            let before = try Self.text(folder, "shortlist.yaml")
            let result = try await CLI.run(["vendor", "add", "w"] + arguments + ["--lang", "en"], in: folder)
            #expect(result.status != 0)
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(try Self.text(folder, "shortlist.yaml") == before)
        }
    }

    @Test("a refused add names the problem as FOLDER/FILE:LINE:COLUMN")
    func refusalPosition() async throws {
        try await Self.withExample { folder in
            let result = try await CLI.run(["vendor", "add", "w", "--id", "abrak", "--name", "X", "--lang", "en"], in: folder)
            #expect(result.status == 1)
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.contains { $0.hasPrefix("w/shortlist.yaml:") && $0.contains(": error: ") && $0.contains(" — ") })
        }
    }

    @Test("list shows status, knock-out result and reason, filtered by status")
    func list() async throws {
        try await Self.withExample { folder in
            let out = try await CLI.run(
                ["vendor", "list", "w", "--status", "out", "--format", "json", "--lang", "en"], in: folder)
            #expect(out.status == 0, "\(out.stderr)")
            let rows = try Self.json(out, as: [[String: Any]].self)
            #expect(rows.map { $0["id"] as? String } == ["northwind"])
            let northwind = try #require(rows.first)
            #expect(northwind["checks"] as? String == "fail")
            let failed = (northwind["failures"] as? [[String: Any]])?.compactMap { $0["check"] as? String }
            #expect(failed == ["integrations", "countries", "currencies", "languages"])
            #expect((northwind["reason"] as? String)?.contains("پشتیبانی و فروش ندارد") == true)

            let table = try await CLI.run(["vendor", "list", "w", "--lang", "en"], in: folder)
            let lines = table.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first == "id\tname\tstatus\tknock-out checks\treason")
            #expect(lines.count == 6)
            #expect(lines.contains { $0.hasPrefix("nilgoon\t") && $0.contains("\tshortlisted\tpass") })
            #expect(lines.contains { $0.hasPrefix("kavir\t") && $0.contains("fails: ") && $0.contains("architecture") })
            #expect(table.stderr.contains("5 vendors"))
        }
    }

    @Test("out writes status and reason together; the file validates and keeps its comments")
    func out() async throws {
        try await Self.withExample { folder in
            let result = try await CLI.run(
                ["vendor", "out", "w", "tarang", "--reason", "no cloud offer: hosting abroad only", "--format", "json"],
                in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let row = try Self.json(result)
            #expect(row["previousStatus"] as? String == "shortlisted" && row["status"] as? String == "out")

            let text = try Self.text(folder, "shortlist.yaml")
            #expect(text.contains("    status: out\n    reason: \"no cloud offer: hosting abroad only\"\n    checks:\n"))
            #expect(text.contains("# Step 4 — narrow the choice."))
            let listed = try await CLI.run(["vendor", "list", "w", "--status", "out", "--format", "json"], in: folder)
            let rows = try Self.json(listed, as: [[String: Any]].self)
            #expect(rows.compactMap { $0["id"] as? String } == ["tarang", "northwind"])
            #expect(rows.first?["reason"] as? String == "no cloud offer: hosting abroad only")
            let check = try await CLI.run(["validate", "w", "--format", "json"], in: folder)
            let rules = (try Self.json(check)["diagnostics"] as? [[String: Any]])?.compactMap { $0["rule"] as? String }
            // tarang is out now: its scores no longer count, which is a warning; nothing is an error.
            #expect(check.status == 0)
            #expect(rules?.allSatisfy { $0 == "score-for-excluded-vendor" } == true, "\(rules ?? [])")
        }
    }

    @Test("out works from inside the workspace, with the vendor as the only argument")
    func outInCurrentDirectory() async throws {
        try await Self.withExample { folder in
            let result = try await CLI.run(
                ["vendor", "out", "kavir", "--reason", "client-server only", "--lang", "en"],
                in: folder.appendingPathComponent("w"))
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("Vendor kavir is out of the shortlist"))
            #expect(try Self.text(folder, "shortlist.yaml").contains("    status: out\n    reason: client-server only\n"))
        }
    }

    @Test(
        "out refuses an unknown vendor and an empty reason, and changes nothing",
        arguments: [
            (["w", "nilgon", "--reason", "x"], 1, "did you mean \"nilgoon\""),
            (["w", "nilgoon", "--reason", "   "], 64, "--reason is empty"),
            (["w", "nilgoon"], 64, "--reason"),
            (["nowhere", "nilgoon", "--reason", "x"], 2, "not a CRM selection workspace"),
        ])
    func outRefused(_ arguments: [String], _ status: Int32, _ message: String) async throws {
        try await Self.withExample { folder in
            let before = try Self.text(folder, "shortlist.yaml")
            let result = try await CLI.run(["vendor", "out"] + arguments + ["--lang", "en"], in: folder)
            #expect(result.status == status, "\(result.stderr)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(try Self.text(folder, "shortlist.yaml") == before)
        }
    }

    @Test("a mistake in the command line is explained in the workspace language only")
    func mistakesInWorkspaceLanguage() async throws {
        try await Self.withExample { folder in
            let before = try Self.text(folder, "shortlist.yaml")
            let out = try await CLI.run(["vendor", "out", "w", "nilgoon", "--reason", "  "], in: folder)
            #expect(out.status == 64)
            #expect(out.stderr.contains("--reason خالی است") && !out.stderr.contains("--reason is empty"), "\(out.stderr)")
            let add = try await CLI.run(
                ["vendor", "add", "w", "--id", "gamma", "--name", "Gamma", "--status", "out"], in: folder)
            #expect(add.status == 64)
            #expect(add.stderr.contains("--status out دلیل می‌خواهد") && !add.stderr.contains("needs a reason"), "\(add.stderr)")
            #expect(try Self.text(folder, "shortlist.yaml") == before)
        }
    }

    @Test("check exits 0 on the example, whose shortlisted vendors all pass")
    func checkClean() async throws {
        let result = try await CLI.run(["vendor", "check", WorkspaceCommandTests.example.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.json(result)
        #expect(report["failing"] as? Int == 0 && report["applied"] as? Bool == false && report["needs"] as? Bool == true)
        #expect((report["vendors"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["nilgoon", "abrak", "tarang"])
    }

    @Test("check names each failed check and exits 1 without touching the file; --apply marks the vendor out")
    func checkAndApply() async throws {
        try await Self.withExample { folder in
            try Self.breakAbrak(folder)
            let before = try Self.text(folder, "shortlist.yaml")

            let checked = try await CLI.run(["vendor", "check", "w", "--lang", "en"], in: folder)
            #expect(checked.status == 1)
            #expect(checked.stdout.contains("abrak\tابرک\tfails 2 checks"))
            #expect(checked.stdout.contains("✘ currencies: missing IRR") && checked.stdout.contains("✘ languages: missing en"))
            #expect(checked.stdout.contains("1 of 3 shortlisted vendors fail"))
            #expect(try Self.text(folder, "shortlist.yaml") == before)

            let json = try await CLI.run(["vendor", "check", "w", "--format", "json", "--lang", "en"], in: folder)
            #expect(json.status == 1)
            let report = try Self.json(json)
            #expect(report["failing"] as? Int == 1)
            let abrak = try #require((report["vendors"] as? [[String: Any]])?.first { $0["id"] as? String == "abrak" })
            #expect(
                (abrak["failures"] as? [[String: Any]])?.compactMap { $0["detail"] as? String } == ["missing IRR", "missing en"])

            let applied = try await CLI.run(["vendor", "check", "w", "--apply", "--format", "json"], in: folder)
            #expect(applied.status == 0, "\(applied.stderr)")
            let after = try Self.text(folder, "shortlist.yaml")
            // The reason is in the workspace language (Persian) and names both failed checks.
            #expect(
                after.contains(
                    "    status: out\n    reason: \"بررسی‌های حذفی را رد کرد: ارزها (ندارد: IRR)؛ زبان‌ها (ندارد: en)\"\n    checks:\n"
                ))
            #expect(after.contains("# Step 4 — narrow the choice.") && after.contains("# 31 provinces"))
            let appliedReport = try Self.json(applied)
            let marked = try #require((appliedReport["vendors"] as? [[String: Any]])?.first { $0["id"] as? String == "abrak" })
            #expect(marked["status"] as? String == "out")

            let again = try await CLI.run(["vendor", "check", "w", "--lang", "en"], in: folder)
            #expect(again.status == 0, "\(again.stdout)")
            #expect(again.stdout.contains("2 shortlisted vendors checked; none fails."))
            let valid = try await CLI.run(["validate", "w"], in: folder)
            #expect(valid.status == 0, "\(valid.stderr)")
        }
    }

    @Test("check on a fresh workspace has nothing to fail")
    func checkEmpty() async throws {
        try await WorkspaceCommandTests.withTemporaryFolder { folder in
            _ = try await CLI.run(["init", "w", "--lang", "fa"], in: folder)
            let result = try await CLI.run(["vendor", "check", "w"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("هیچ تأمین‌کننده‌ای در فهرست کوتاه نیست"))
        }
    }
}
