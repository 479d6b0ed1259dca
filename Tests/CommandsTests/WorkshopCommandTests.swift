import Foundation
import Testing

@testable import WorkspaceFiles

@Suite("crmkit workshop")
struct WorkshopCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let answers = packageRoot.appendingPathComponent("docs/workshop-answers.example.yaml")

    /// A new workspace called `pardis` in a folder of its own (the folder name becomes the project name, so
    /// two workspaces made this way start byte-identical).
    func scaffold() async throws -> URL {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("crmkit-workshop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let folder = parent.appendingPathComponent("pardis")
        let made = try await CLI.run([
            "init", folder.path, "--lang", "en", "--template", "general-crm", "--currency", "IRR", "--name",
            "Pardis after-sales CRM selection",
        ])
        try #require(made.status == 0, "\(made.stderr)")
        return folder
    }

    /// Every file of a workspace, by relative path.
    func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted() {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test("an answers file runs the whole workshop: the workspace validates and all six steps are complete")
    func answersFile() async throws {
        let folder = try await scaffold()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let run = try await CLI.run(["workshop", folder.path, "--answers", Self.answers.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout.contains("\"finished\" : true"))
        let validate = try await CLI.run(["validate", folder.path])
        #expect(validate.status == 0, "\(validate.stdout)")
        let status = try await CLI.run(["status", folder.path])
        #expect(status.status == 0, "\(status.stdout)")
        #expect(status.stdout.contains("6 of 6 steps complete"))
        // Generated ids, kept comments, and the vendor's interview in its own file.
        let project = try String(contentsOf: folder.appendingPathComponent("project.yaml"), encoding: .utf8)
        #expect(project.contains("  - id: goal-1\n    text: Answer every service call within one working day\n"))
        #expect(project.contains("# How do possible mistakes"))
        let abrak = try String(contentsOf: folder.appendingPathComponent("vendors/abrak.yaml"), encoding: .utf8)
        #expect(abrak.hasPrefix("version: 1\nvendor: abrak\n"))
        #expect(abrak.contains("  - requirement: R-002\n    claim: partial\n    note: Built with the report designer\n"))

        // A second run finds nothing new to write.
        let before = try contents(of: folder)
        let again = try await CLI.run(["workshop", folder.path, "--answers", Self.answers.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.isEmpty, "\(again.stderr)")
        #expect(try contents(of: folder) == before)
        // The journal remembers what was asked, so a later run does not ask skipped questions again.
        let journal = try String(contentsOf: folder.appendingPathComponent(".crmkit/workshop.yaml"), encoding: .utf8)
        #expect(journal.contains("  - s1.project.organization\n"))
        #expect(journal.contains("  - s1.project.started\n") == false, "init's start date was never asked")
    }

    @Test("driven through a pseudo-terminal, quit half-way and resumed, it writes the same workspace as the answers file")
    func terminal() async throws {
        let scripted = try await scaffold()
        let typed = try await scaffold()
        defer {
            try? FileManager.default.removeItem(at: scripted.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: typed.deletingLastPathComponent())
        }
        let file = try WorkshopAnswersFile(contentsOf: Self.answers)

        /// Answers each prompt as the answers file would, until the program ends or `limit` answers were typed.
        func drive(_ terminal: PseudoTerminal, limit: Int, rehearse: Bool) throws -> (
            answers: Int, output: String, keys: [[String]]
        ) {
            var answers = 0
            var output = ""
            var rehearsed = false
            var keys: [[String]] = []
            while let chunk = try terminal.read(until: "> ") {
                output += chunk
                if chunk.contains("Hand the keyboard to evaluator") {
                    terminal.type("")
                    continue
                }
                let lines = chunk.replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n")
                let keyLine = try #require(lines.last { $0.hasPrefix("  key: ") }, "no key in:\n\(chunk)")
                let key = keyLine.dropFirst("  key: ".count).components(separatedBy: " › ")
                keys.append(key)
                guard answers < limit else {
                    terminal.type(":quit")
                    break
                }
                let node = file.node(key)
                if rehearse, !rehearsed, key == ["s1.project.budget"] {
                    // A wrong answer is refused with the reason and asked again.
                    terminal.type("a lot")
                    let refusal = try #require(try terminal.read(until: "> "))
                    #expect(refusal.contains("is not an amount of money"), "\(refusal)")
                    // Going back re-asks the question before, which keeps its answer when given again.
                    terminal.type(":back")
                    let previous = try #require(try terminal.read(until: "> "))
                    #expect(previous.contains("key: s1.project.industry"), "\(previous)")
                    #expect(previous.contains("default: home appliances"), "\(previous)")
                    terminal.type("")
                    _ = try #require(try terminal.read(until: "> "))
                    rehearsed = true
                }
                if let last = key.last, Int(last) != nil {
                    terminal.type(node == nil ? "n" : "y")
                    continue
                }
                guard let node else {
                    terminal.type(":skip")
                    continue
                }
                switch node.content {
                case .scalar(let text, _): terminal.type(text)
                case .sequence(let items): terminal.type(items.compactMap(\.scalarText).joined(separator: ", "))
                case .mapping: terminal.type(":skip")
                }
                answers += 1
            }
            return (answers, output, keys)
        }

        let first = try PseudoTerminal(["workshop", typed.path, "--keys"])
        let (firstAnswers, firstOutput, firstKeys) = try drive(first, limit: 60, rehearse: true)
        #expect(try first.wait() == 0)
        #expect(firstAnswers == 60)
        #expect(firstOutput.contains("Step 1: Start the selection"))
        #expect(first.transcript.contains("To carry on: crmkit workshop"))

        let second = try PseudoTerminal(["workshop", typed.path, "--keys"])
        let (secondAnswers, _, secondKeys) = try drive(second, limit: .max, rehearse: false)
        #expect(try second.wait() == 0)
        #expect(secondAnswers > 100)
        // The second run starts at the question the first one quit at: nothing skipped before is asked again.
        #expect(secondKeys.first == firstKeys.last)
        #expect(Set(secondKeys.dropFirst()).isDisjoint(with: Set(firstKeys.dropLast())))

        let scriptedRun = try await CLI.run(["workshop", scripted.path, "--answers", Self.answers.path])
        #expect(scriptedRun.status == 0, "\(scriptedRun.stderr)")
        // The workspace files are the same bytes; the journals differ only in what was skipped at the
        // keyboard (an answers file leaves unanswered questions open instead).
        let expected = try contents(of: scripted).filter { !$0.key.hasPrefix(".crmkit/") }
        let actual = try contents(of: typed).filter { !$0.key.hasPrefix(".crmkit/") }
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected {
            #expect(actual[path] == data, "\(path) differs")
        }
        let journal = { (folder: URL) in
            Set(
                try String(contentsOf: folder.appendingPathComponent(".crmkit/workshop.yaml"), encoding: .utf8)
                    .components(separatedBy: "\n").filter { $0.hasPrefix("  - ") })
        }
        #expect(try journal(scripted).isSubset(of: journal(typed)))
        let status = try await CLI.run(["status", typed.path])
        #expect(status.status == 0, "\(status.stdout)")
    }

    @Test("without a terminal and without answers it refuses at once instead of waiting")
    func noTerminal() async throws {
        let folder = try await scaffold()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let before = try contents(of: folder)
        let run = try await CLI.run(["workshop", folder.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("not a terminal"))
        #expect(run.stderr.contains("--answers FILE"))
        #expect(try contents(of: folder) == before)
    }

    @Test("a refused or misplaced answer in an answers file is reported at its line and column")
    func badAnswers() async throws {
        let folder = try await scaffold()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let bad = folder.deletingLastPathComponent().appendingPathComponent("answers.yaml")
        try "version: 1\nanswers:\n  s1.project.organization: Pardis\n  s1.project.budget: a lot\n".write(
            to: bad, atomically: true, encoding: .utf8)
        let refused = try await CLI.run(["workshop", folder.path, "--answers", bad.path, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("answers.yaml:4:22: the answer s1.project.budget was refused"), "\(refused.stderr)")
        // What came before the refused answer is kept; the refused one was not written.
        let project = try String(contentsOf: folder.appendingPathComponent("project.yaml"), encoding: .utf8)
        #expect(project.contains("organization: Pardis\n"))
        #expect(!project.contains("a lot"))

        // A misspelt question id stops the run before anything is written, with a suggestion.
        let before = try contents(of: folder)
        try "version: 1\nanswers:\n  s1.project.industry: appliances\n  s1.unit:\n    - {s1.unit.id: sales, s1.unit.nam: Sales}\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let typo = try await CLI.run(["workshop", folder.path, "--answers", bad.path, "--step", "1", "--lang", "en"])
        #expect(typo.status == 1)
        #expect(
            typo.stderr.contains("answers.yaml:5:27: there is no question \"s1.unit.nam\"; did you mean \"s1.unit.name\"?"),
            "\(typo.stderr)")
        #expect(try contents(of: folder) == before)

        // Answers for vendors when none is shortlisted fit no question of the walk.
        try "version: 1\nanswers:\n  vendors: {nobody: {s5.cost.licence: 0 IRR}}\n".write(
            to: bad, atomically: true, encoding: .utf8)
        let misplaced = try await CLI.run(["workshop", folder.path, "--answers", bad.path, "--lang", "en"])
        #expect(misplaced.status == 1)
        #expect(misplaced.stderr.contains("answers.yaml:3:3: \"vendors\" fits no question"), "\(misplaced.stderr)")
    }

    @Test("an answer for a question already answered is reported and left unused, unless --revisit")
    func revisit() async throws {
        let folder = try await scaffold()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let file = folder.deletingLastPathComponent().appendingPathComponent("answers.yaml")
        try "version: 1\nanswers:\n  s1.project.name: Pardis CRM\n".write(to: file, atomically: true, encoding: .utf8)
        let kept = try await CLI.run(["workshop", folder.path, "--answers", file.path, "--step", "1", "--lang", "en"])
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(
            kept.stderr.contains(
                "answers.yaml:3:20: warning: the answer s1.project.name was not used because the question was answered before (it keeps \"Pardis after-sales CRM selection\"); give --revisit"
            ), "\(kept.stderr)")
        let revisited = try await CLI.run([
            "workshop", folder.path, "--answers", file.path, "--step", "1", "--lang", "en", "--revisit",
        ])
        #expect(revisited.status == 0, "\(revisited.stderr)")
        #expect(revisited.stderr.isEmpty, "\(revisited.stderr)")
        let project = try String(contentsOf: folder.appendingPathComponent("project.yaml"), encoding: .utf8)
        #expect(project.contains("  name: Pardis CRM\n"))
    }

    @Test("an answers file that answers part of a step leaves the rest open for the keyboard")
    func partialAnswers() async throws {
        let folder = try await scaffold()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let file = folder.deletingLastPathComponent().appendingPathComponent("answers.yaml")
        try "version: 1\nanswers:\n  s1.project.organization: Pardis\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try await CLI.run(["workshop", folder.path, "--answers", file.path, "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        let terminal = try PseudoTerminal(["workshop", folder.path, "--keys", "--lang", "en"])
        let prompt = try #require(try terminal.read(until: "> "))
        #expect(prompt.contains("key: s1.project.industry"), "\(prompt)")
        // At the keyboard: skip the industry, say no business unit, and stop.
        terminal.type(":skip")
        while let next = try terminal.read(until: "> "), !next.contains("key: s1.unit › 0") { terminal.type(":skip") }
        terminal.type("n")
        _ = try terminal.read(until: "> ")
        terminal.type(":quit")
        #expect(try terminal.wait() == 0)

        // A later answers file still answers what the keyboard skipped and adds the records it declined;
        // an empty answer is simply no answer.
        try
            "version: 1\nanswers:\n  s1.project.industry: home appliances\n  s1.project.budget: ~\n  s1.unit:\n    - {s1.unit.id: sales, s1.unit.name: Sales}\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let later = try await CLI.run(["workshop", folder.path, "--answers", file.path, "--step", "1", "--lang", "en"])
        #expect(later.status == 0, "\(later.stderr)")
        #expect(later.stderr.isEmpty, "\(later.stderr)")
        let project = try String(contentsOf: folder.appendingPathComponent("project.yaml"), encoding: .utf8)
        #expect(project.contains("  industry: home appliances\n"))
        #expect(project.contains("business_units:\n  - id: sales\n    name: Sales\n"))

        // A journal broken by hand (or by a merge) stops the workshop instead of being overwritten.
        let journal = folder.appendingPathComponent(".crmkit/workshop.yaml")
        try "version: 1\nasked: [\n<<<<<<< HEAD\n".write(to: journal, atomically: true, encoding: .utf8)
        let broken = try await CLI.run(["workshop", folder.path, "--answers", file.path, "--lang", "en"])
        #expect(broken.status == 1)
        #expect(
            broken.stderr.hasPrefix("\(folder.path)/.crmkit/workshop.yaml:4:1: the list of questions asked cannot be read"),
            "\(broken.stderr)")
        #expect(try String(contentsOf: journal, encoding: .utf8) == "version: 1\nasked: [\n<<<<<<< HEAD\n")
    }
}
