import Foundation
import Testing

/// `crmkit init` and `crmkit validate` as a user runs them: the real executable, its exit status, and what
/// it prints on standard output and standard error.
@Suite("crmkit init and validate")
struct WorkspaceCommandTests {
    static let example = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/example-workspace")

    /// A fresh temporary folder, removed when `body` ends.
    static func withTemporaryFolder<T>(_ body: (URL) async throws -> T) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crmkit-cmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try await body(folder)
    }

    @Test("init --lang fa makes a workspace that validate accepts")
    func initThenValidate() async throws {
        try await Self.withTemporaryFolder { folder in
            let created = try await CLI.run(["init", "selection", "--lang", "fa"], in: folder)
            #expect(created.status == 0, "\(created.stderr)")
            #expect(created.stdout.contains("crmkit validate selection"))
            #expect(created.stdout.contains("گام"))
            let checked = try await CLI.run(["validate", "selection"], in: folder)
            #expect(checked.status == 0, "\(checked.stderr)")
            #expect(checked.stderr.isEmpty)
            #expect(checked.stdout.contains("۰ خطا"))
        }
    }

    @Test("init refuses to overwrite an existing workspace and changes nothing in it")
    func initRefusesExisting() async throws {
        try await Self.withTemporaryFolder { folder in
            _ = try await CLI.run(["init", "selection", "--lang", "en"], in: folder)
            let project = folder.appendingPathComponent("selection/project.yaml")
            try Data("version: 1\nproject: {name: Ours, languages: [en], currency: USD}\n".utf8).write(to: project)
            let before = try Data(contentsOf: project)
            let again = try await CLI.run(["init", "selection", "--lang", "en"], in: folder)
            #expect(again.status == 1)
            #expect(again.stderr.contains("already a workspace"))
            #expect(again.stdout.isEmpty)
            #expect(try Data(contentsOf: project) == before)
        }
    }

    @Test("init with an unknown template names the ones that exist")
    func unknownTemplate() async throws {
        try await Self.withTemporaryFolder { folder in
            let result = try await CLI.run(["init", "x", "--lang", "en", "--template", "erp"], in: folder)
            #expect(result.status == 1)
            #expect(result.stderr.contains("general-crm") && result.stderr.contains("call-center"))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x").path))
        }
    }

    @Test("validate exits 1 and names each problem with file, line and column")
    func brokenWorkspace() async throws {
        try await Self.withTemporaryFolder { folder in
            let workspace = folder.appendingPathComponent("broken")
            try FileManager.default.copyItem(at: Self.example, to: workspace)
            try Self.edit(workspace, "project.yaml", "horizon_years: 5", "horizon_years: many")
            try Self.edit(workspace, "requirements.yaml", "sources: [hamid, shirin, farhad]", "sources: [hamid, sara, farhad]")
            try Self.edit(workspace, "scorecard.yaml", "      - [\"1/2\", 1, 2, 1, 1]", "      - [\"1/3\", 1, 2, 1, 1]")
            try Self.edit(workspace, "charters/complaint-handling.yaml", "owner: مدیر مرکز تماس\n", "")

            let result = try await CLI.run(["validate", "broken", "--lang", "en"], in: folder)
            #expect(result.status == 1)
            #expect(result.stdout.contains("4 errors"))
            let lines = result.stderr.split(separator: "\n").map(String.init)
            #expect(lines.count == 4, "\(lines)")
            for (file, words) in [
                ("broken/project.yaml:", "horizon_years"), ("broken/requirements.yaml:", "\"sara\""),
                ("broken/scorecard.yaml:", "not reciprocal"), ("broken/charters/complaint-handling.yaml:", "owner"),
            ] {
                let line = try #require(lines.first { $0.hasPrefix(file) }, "no line for \(file)")
                #expect(line.contains(words))
                #expect(line.contains(" — "), "a fix follows the problem")
                // file:line:column
                let position = line.dropFirst(file.count).split(separator: ":")
                #expect(Int(position[0]) != nil && Int(position[1]) != nil, "\(line)")
            }
        }
    }

    @Test("validate --format json is one parseable document on stdout")
    func json() async throws {
        try await Self.withTemporaryFolder { folder in
            let workspace = folder.appendingPathComponent("ws")
            try FileManager.default.copyItem(at: Self.example, to: workspace)
            try Self.edit(workspace, "requirements.yaml", "priority: must", "priority: urgent")
            let result = try await CLI.run(["validate", "ws", "--format", "json", "--lang", "fa"], in: folder)
            #expect(result.status == 1)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(document["valid"] as? Bool == false)
            #expect(document["errors"] as? Int == 1)
            #expect(document["files"] as? Int == 16)
            let diagnostic = try #require((document["diagnostics"] as? [[String: Any]])?.first)
            #expect(diagnostic["file"] as? String == "ws/requirements.yaml")
            #expect(diagnostic["rule"] as? String == "invalid-value")
            #expect(diagnostic["severity"] as? String == "error")
            #expect((diagnostic["line"] as? Int ?? 0) > 1)
            #expect((diagnostic["message"] as? String)?.contains("urgent") == true)
            #expect((diagnostic["fix"] as? String)?.contains("must | should | could | wont") == true)
        }
    }

    @Test("validate exits 2 on a folder that is not a workspace and says how to make one")
    func notAWorkspace() async throws {
        try await Self.withTemporaryFolder { folder in
            let result = try await CLI.run(["validate", ".", "--lang", "en"], in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.contains("crmkit init"))
            #expect(result.stdout.isEmpty)
        }
    }

    @Test("the bundled example validates clean from the command line")
    func exampleIsClean() async throws {
        let result = try await CLI.run(["validate", Self.example.path, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("0 errors, 0 warnings in 16 files"))
    }

    /// Replaces the first occurrence of `target` in one file of `workspace`.
    static func edit(_ workspace: URL, _ file: String, _ target: String, _ replacement: String) throws {
        let url = workspace.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: target) else { throw CocoaError(.fileReadCorruptFile) }
        try text.replacingCharacters(in: range, with: replacement).write(to: url, atomically: true, encoding: .utf8)
    }
}

@Suite("crmkit status")
struct StatusCommandTests {
    @Test("the complete example: six steps complete, exit 0, JSON for scripts")
    func complete() async throws {
        let result = try await CLI.run(["status", WorkspaceCommandTests.example.path, "--format", "json", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["complete"] as? Int == 6)
        #expect(document["valid"] as? Bool == true)
        #expect(document["next"] == nil || document["next"] is NSNull)
        let steps = try #require(document["steps"] as? [[String: Any]])
        #expect(steps.count == 6)
        #expect(steps.allSatisfy { $0["complete"] as? Bool == true })
    }

    @Test("a new workspace: nothing complete, exit 1, the next step and file named")
    func fresh() async throws {
        try await WorkspaceCommandTests.withTemporaryFolder { folder in
            _ = try await CLI.run(["init", "w", "--lang", "fa"], in: folder)
            let result = try await CLI.run(["status", "w"], in: folder)
            #expect(result.status == 1)
            #expect(result.stdout.contains("۰ گام از ۶ کامل است"))
            #expect(result.stdout.contains("project.yaml"))
            let english = try await CLI.run(["status", "w", "--lang", "en"], in: folder)
            #expect(english.stdout.contains("0 of 6 steps complete"))
            #expect(english.stdout.contains("Next: step 1"))
        }
    }
}
