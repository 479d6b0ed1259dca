import Foundation
import Testing

@Suite("crmkit interview and crmkit score")
struct InterviewAndScoreCommandTests {
    static let example = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/example-workspace")

    /// A copy of the example workspace without abrak's interview and without Arash's score sheet.
    func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crmkit-interview-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.example, to: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("vendors/abrak.yaml"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("scores/arash.yaml"))
        return folder
    }

    func write(_ text: String, near folder: URL) throws -> URL {
        let url = folder.appendingPathExtension("answers.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("interview walks one vendor's costs, answers and a coverage claim per requirement into vendors/VENDOR.yaml")
    func interview() async throws {
        let folder = try workspace()
        let answers = try write(
            """
            version: 1
            answers:
              vendors:
                abrak:
                  s5.interview.date: 1405-09-08
                  s5.interview.interviewers: [leila, kaveh]
                  s5.cost.licence: 0 IRR
                  s5.cost.customization: 3,600,000,000 IRR
                  s5.cost.implementation-months: ۳
                  s5.answer.reports: Ready-made sales reports
                  s5.coverage:
                    R-001: {s5.coverage.claim: full, s5.coverage.note: With the partner's cloud PBX}
                    R-002: {s5.coverage.claim: "2"}

            """, near: folder)
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: answers)
        }
        let run = try await CLI.run(["interview", "abrak", folder.path, "--answers", answers.path, "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("vendors/abrak.yaml"), encoding: .utf8)
        #expect(text.hasPrefix("version: 1\nvendor: abrak\ninterview:\n  date: 1405-09-08\n  interviewers: [leila, kaveh]\n"))
        #expect(text.contains("    implementation_months: 3\n"), "Persian digits become a number")
        #expect(text.contains("  - requirement: R-001\n    claim: full\n    note: With the partner's cloud PBX\n"))
        // A choice may be given by its number: the second of full, partial, … is partial.
        #expect(text.contains("  - requirement: R-002\n    claim: partial\n"))
        let validate = try await CLI.run(["validate", folder.path])
        #expect(!validate.stdout.contains("vendors/abrak.yaml"), "\(validate.stdout)")

        let unknown = try await CLI.run(["interview", "nobody", folder.path, "--answers", answers.path, "--lang", "en"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("\"nobody\" is not a shortlisted vendor"))
    }

    @Test("score fills one evaluator's own sheet; a score off the scale is refused")
    func score() async throws {
        let folder = try workspace()
        let answers = try write(
            """
            version: 1
            answers:
              scores:
                arash:
                  abrak: {call-center: 3, sales-funnel: 4, reports: 2}
                  nilgoon: {call-center: 5}

            """, near: folder)
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: answers)
        }
        let run = try await CLI.run([
            "score", folder.path, "--evaluator", "arash", "--vendor", "abrak", "--answers", answers.path, "--lang", "en",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("scores/arash.yaml"), encoding: .utf8)
        #expect(
            text == "version: 1\nevaluator: arash\nscores:\n  abrak:\n    call-center: 3\n    sales-funnel: 4\n    reports: 2\n")

        let offScale = try write("version: 1\nanswers:\n  scores:\n    arash:\n      nilgoon: {call-center: 7}\n", near: folder)
        let refused = try await CLI.run([
            "score", folder.path, "--evaluator", "arash", "--vendor", "nilgoon", "--answers", offScale.path, "--lang", "en",
        ])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains("answers.yaml:5:30: the answer scores › arash › nilgoon › call-center was refused"),
            "\(refused.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("scores/arash.yaml"), encoding: .utf8) == text)

        let stranger = try await CLI.run([
            "score", folder.path, "--evaluator", "mahnaz", "--answers", answers.path, "--lang", "en",
        ])
        #expect(stranger.status == 1)
        #expect(stranger.stderr.contains("\"mahnaz\" is not an evaluator"))
    }

    @Test("at a terminal, score shows each level's anchor and asks for the keyboard to change hands")
    func scoreAtTerminal() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let terminal = try PseudoTerminal(["score", folder.path, "--evaluator", "arash", "--vendor", "abrak", "--lang", "en"])
        let handOver = try #require(try terminal.read(until: "> "))
        #expect(handOver.contains("Hand the keyboard to evaluator arash"))
        terminal.type("")
        let prompt = try #require(try terminal.read(until: "> "))
        #expect(prompt.contains("\u{1B}[2J"), "the screen is cleared before the first score")
        #expect(prompt.contains("1) Poor — Only through costly custom development or a manual workaround."))
        #expect(!prompt.contains("shirin"), "no other evaluator's sheet is shown")
        terminal.type("Good")
        _ = try #require(try terminal.read(until: "> "))
        terminal.type(":quit")
        #expect(try terminal.wait() == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("scores/arash.yaml"), encoding: .utf8)
        #expect(text.contains("  abrak:\n    call-center: 4\n"))
    }
}
