import Foundation
import Testing

@Suite("crmkit weights")
struct WeightsCommandTests {
    /// A fresh folder holding `files`, by name.
    func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("crmkit-weights-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    /// Saaty's house example (EJOR 1990), upper triangle only.
    static let house = """
        items: [size, transportation, neighborhood, age, yard, modern, condition, financing]
        matrix:
          - [1, 5, 3, 7, 6, 6, 1/3, 1/4]
          - [~, 1, 1/3, 5, 3, 3, 1/5, 1/7]
          - [~, ~, 1, 6, 3, 4, 6, 1/5]
          - [~, ~, ~, 1, 1/3, 1/4, 1/7, 1/8]
          - [~, ~, ~, ~, 1, 1/2, 1/5, 1/6]
          - [~, ~, ~, ~, ~, 1, 1/5, 1/6]
          - [~, ~, ~, ~, ~, ~, 1, 1/2]
          - [~, ~, ~, ~, ~, ~, ~, 1]

        """

    @Test("the table shows a bar per weight, the measures with their RI table, the verdict and what to revisit")
    func table() async throws {
        let dir = try folder(["house.yaml": Self.house])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try await CLI.run(["weights", "ahp", "house.yaml"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout.contains("AHP weights — eigenvector method, a_ij = row over column (house.yaml)"))
        #expect(run.stdout.contains("  financing       0.3332  ██████████████████████████████  33.3%"), "\(run.stdout)")
        #expect(run.stdout.contains("λmax 9.6689 · CI 0.2384 · CR 0.1691 (random index 1.41, Saaty 1980)"))
        #expect(run.stdout.contains("✘ Not consistent: CR 0.169 > 0.10"))
        #expect(run.stdout.contains("  neighborhood over condition: 6 now; the weights imply 1.13 (on the scale: 1)"))

        let persian = try await CLI.run(["weights", "ahp", "house.yaml", "--lang", "fa", "--random-index", "saaty2005"], in: dir)
        #expect(persian.status == 0)
        #expect(persian.stdout.contains("CR ۰٫۱۷۰۳ (شاخص تصادفی ۱٫۴۰ از جدول Saaty 2005)"), "\(persian.stdout)")
        #expect(persian.stdout.contains("✘ ناسازگار"))
    }

    @Test("JSON has the documented keys, weights by item and the judgments to revisit worst first")
    func json() async throws {
        let dir = try folder(["house.yaml": Self.house])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try await CLI.run(["weights", "ahp", "house.yaml", "--format", "json"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "items", "weights", "lambdaMax", "ci", "cr", "randomIndex", "consistent", "worstJudgments", "method",
                "randomIndexTable", "randomIndexSource", "threshold", "gci", "gciThreshold", "consistencyMeasure",
                "orientation", "completion", "completed",
            ])
        #expect(
            object["items"] as? [String] == [
                "size", "transportation", "neighborhood", "age", "yard", "modern", "condition", "financing",
            ])
        let weights = try #require(object["weights"] as? [String: Double])
        #expect(abs(try #require(weights["financing"]) - 0.3332) < 5e-5)
        #expect(abs((object["cr"] as? Double ?? 0) - 0.1691) < 5e-5)
        #expect(object["randomIndex"] as? Double == 1.41)
        #expect(object["randomIndexTable"] as? String == "saaty1980")
        #expect(object["consistent"] as? Bool == false)
        #expect(object["completion"] is NSNull)
        let worst = try #require((object["worstJudgments"] as? [[String: Any]])?.first)
        #expect(worst["row"] as? String == "neighborhood" && worst["column"] as? String == "condition")
        #expect(worst["current"] as? Double == 6 && worst["suggested"] as? Double == 1)
    }

    @Test("csv and md print the weights for spreadsheets and reports")
    func csvAndMarkdown() async throws {
        let dir = try folder(["c.yaml": "items: [a, \"b, c\"]\nmatrix:\n  - [1, 3]\n  - [1/3, 1]\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = try await CLI.run(["weights", "ahp", "c.yaml", "--format", "csv"], in: dir)
        #expect(csv.stdout == "item,weight\na,0.75\n\"b, c\",0.25\n")
        let md = try await CLI.run(["weights", "ahp", "c.yaml", "--format", "md"], in: dir)
        #expect(md.stdout.contains("| a | 0.7500 | 75.0% |"))
        #expect(md.stdout.contains("✔ Two items are always consistent (CR = 0)."))
    }

    @Test("missing judgments are filled and listed; disconnected groups are named")
    func incomplete() async throws {
        let dir = try folder([
            "partial.yaml":
                "items: [a, b, c, d]\nmatrix:\n  - [1, 1, 5, 2]\n  - [~, 1, 3, 4]\n  - [~, ~, 1, ~]\n  - [~, ~, ~, 1]\n",
            "split.yaml":
                "items: [a, b, c, d]\nmatrix:\n  - [1, 3, ~, ~]\n  - [~, 1, ~, ~]\n  - [~, ~, 1, 2]\n  - [~, ~, ~, 1]\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let partial = try await CLI.run(["weights", "ahp", "partial.yaml", "--random-index", "donegan-dodd"], in: dir)
        #expect(partial.status == 0, "\(partial.stderr)")
        #expect(
            partial.stdout.contains("Judgments not given were filled with the values that make λmax smallest: c over d = 0.7303"))
        #expect(partial.stdout.contains("CR 0.0372"))
        let json = try await CLI.run(["weights", "ahp", "partial.yaml", "--completion", "llsm", "--format", "json"], in: dir)
        #expect(json.stdout.contains("\"completion\" : \"llsm\""))

        let split = try await CLI.run(["weights", "ahp", "split.yaml"], in: dir)
        #expect(split.status == 1)
        #expect(split.stdout.isEmpty)
        #expect(
            split.stderr.contains(
                "split.yaml:3:3: error: the judgments never compare {a, b} with {c, d} — give at least one judgment between the groups, e.g. a over c"
            ), "\(split.stderr)")
    }

    @Test("every mistake in the file is reported at once at its line and column; an unreadable file is exit 2")
    func mistakes() async throws {
        let dir = try folder([
            "bad.yaml": "items: [a, b, c]\nmatrix:\n  - [2, 3, abc]\n  - [1/2, 1, 0]\n  - [1/5, 1/2, 1]\n",
            "short.yaml": "items: [a, b, c]\nmatrix:\n  - [1, 3, 5]\n  - [1/3, 1, 12]\n  - [1/5]\n",
            "wide.yaml": "items: [a, b, c]\nmatrix:\n  - [1, 3, 2]\n  - [1/3, 1, 12]\n  - [1/2, 1/12, 1]\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = try await CLI.run(["weights", "ahp", "bad.yaml"], in: dir)
        #expect(bad.status == 1)
        #expect(bad.stdout.isEmpty)
        let lines = bad.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "bad.yaml:3:6: error: a compared with itself must be 1, not 2 — write 1 (or ~) on the diagonal",
                "bad.yaml:3:12: error: \"abc\" is not a judgment — write a number from Saaty's scale (1–9), a fraction such as 1/3, or ~ for no judgment",
                "bad.yaml:4:6: error: b over a is 1/2, but a over b is 3; the two must be reciprocal — write 1/3 here, or ~ to take the reciprocal of the other side",
                "bad.yaml:4:14: error: b over c is 0, but a judgment must be a positive number — use Saaty's scale: 1–9, fractions such as 1/3 for the other way round, or ~ for no judgment",
            ])
        let persian = try await CLI.run(["weights", "ahp", "bad.yaml", "--lang", "fa"], in: dir)
        #expect(persian.stderr.contains("bad.yaml:3:12: خطا: «abc» یک قضاوت نیست"))

        let short = try await CLI.run(["weights", "ahp", "short.yaml"], in: dir)
        #expect(short.status == 1)
        #expect(short.stderr.contains("short.yaml:5:5: error: row 3 (c) has 1 entry, not 3"))

        // Off the scale is a warning; the result is still computed.
        let wide = try await CLI.run(["weights", "ahp", "wide.yaml"], in: dir)
        #expect(wide.status == 0)
        #expect(wide.stderr.contains("wide.yaml:4:14: warning: b over c is 12, outside Saaty's scale 1/9…9"))

        let missing = try await CLI.run(["weights", "ahp", "nowhere.yaml"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read \"nowhere.yaml\""))
    }

    @Test("--help teaches: the file format, the conventions, examples, exit codes and a Persian line")
    func help() async throws {
        // ArgumentParser wraps the discussion to the terminal's width; compare with the lines joined.
        func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let ahp = try await CLI.run(["weights", "ahp", "--help"]).flattened(flat)
        #expect(ahp.stdout.contains("a_ij says how many times the row item matters"))
        #expect(ahp.stdout.contains("Exit status: 0 when the weights are computed"))
        #expect(ahp.stdout.contains("crmkit weights ahp criteria.yaml --random-index donegan-dodd --format json"))
        #expect(ahp.stdout.contains("نسبت سازگاری"))
        let elicit = try await CLI.run(["weights", "elicit", "--help"]).flattened(flat)
        #expect(elicit.stdout.contains("Exit status: 0 when the matrix was written"))
        #expect(elicit.stdout.contains("در پایانه می‌پرسد"))
        let group = try await CLI.run(["weights", "--help"])
        #expect(group.stdout.contains("ahp") && group.stdout.contains("elicit"))
    }

    @Test("elicit refuses without a terminal, and refuses a bad --items")
    func elicitRefuses() async throws {
        let dir = try folder([:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try await CLI.run(["weights", "elicit", "--items", "a,b,c", "--out", "m.yaml"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("standard input is not a terminal"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("m.yaml").path))
        let bad = try await CLI.run(["weights", "elicit", "--items", "a,a"], in: dir)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--items must be 2 to 15 distinct names"))
    }

    @Test("elicit asks each pair once at a terminal, shows the running CR, and writes a file weights ahp reads")
    func elicitAtATerminal() async throws {
        let dir = try folder([:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("criteria.yaml").path
        let terminal = try PseudoTerminal(["weights", "elicit", "--items", "functional,technical,vendor", "--out", out])
        let first = try #require(try terminal.read(until: "> "))
        #expect(first.contains("Pairwise comparison of 3 items: 3 judgments."))
        #expect(first.contains("[1/3] functional or technical?"))
        terminal.type("2")
        let second = try #require(try terminal.read(until: "> "))
        #expect(second.contains("functional matters 2 times more than technical"))
        #expect(!second.contains("CR so far"), "not defined before every item is linked")
        #expect(second.contains("[2/3] functional or vendor?"))
        terminal.type("banana")
        #expect(try #require(try terminal.read(until: "> ")).contains("\"banana\" is not an answer"))
        terminal.type("12")
        #expect(try #require(try terminal.read(until: "> ")).contains("12 is outside the scale 1/9…9"))
        terminal.type("۵")  // Persian digits
        let third = try #require(try terminal.read(until: "> "))
        #expect(third.contains("CR so far: 0.000 ✔ (≤ 0.10)"), "\(third)")
        #expect(third.contains("[3/3] technical or vendor?"))
        terminal.type(":back")
        let again = try #require(try terminal.read(until: "> "))
        #expect(again.contains("[2/3] functional or vendor?"))
        #expect(again.contains("was: functional matters 5 times more than vendor (Enter keeps it)"))
        terminal.type("")
        _ = try #require(try terminal.read(until: "> "))
        terminal.type("vendor 3")  // named: vendor matters 3 times more than technical
        #expect(try terminal.wait() == 0)
        #expect(terminal.transcript.contains("vendor matters 3 times more than technical"))
        #expect(
            terminal.transcript.contains(
                "CR so far: 0.404 ✘ (> 0.10) — most out of line: functional over technical (you said 2; the weights imply 3.91)"),
            "\(terminal.transcript)")
        #expect(terminal.transcript.contains("wrote \(out)"))
        #expect(terminal.transcript.contains("✘ Not consistent: CR 0.404 > 0.10"))

        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(
            written.contains(
                "items: [functional, technical, vendor]\nmatrix:\n  - [1,   2, 5]\n  - [1/2, 1, 1/3]\n  - [1/5, 3, 1]\n"),
            "\(written)")
        let check = try await CLI.run(["weights", "ahp", out, "--format", "json"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("\"consistent\" : false"))
    }

    @Test("elicit in Persian; quitting writes nothing")
    func elicitQuit() async throws {
        let dir = try folder([:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("m.yaml").path
        let terminal = try PseudoTerminal(["weights", "elicit", "--items", "کارکردی,فنی,هزینه", "--lang", "fa", "--out", out])
        let first = try #require(try terminal.read(until: "> "))
        #expect(first.contains("مقایسه زوجی ۳ مورد: ۳ قضاوت."))
        #expect(first.contains("[۱/۳] کارکردی یا فنی؟"))
        terminal.type("فنی ۳")
        #expect(try #require(try terminal.read(until: "> ")).contains("فنی ۳ برابر مهم‌تر از کارکردی"))
        terminal.type(":quit")
        #expect(try terminal.wait() == 1)
        #expect(terminal.transcript.contains("چیزی نوشته نشد."))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}

extension CLI.Output {
    func flattened(_ transform: (String) -> String) -> CLI.Output {
        CLI.Output(status: status, stdout: transform(stdout), stderr: transform(stderr))
    }
}
