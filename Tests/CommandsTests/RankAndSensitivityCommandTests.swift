import Foundation
import Testing

@Suite("crmkit rank and crmkit sensitivity")
struct RankAndSensitivityCommandTests {
    /// Writes `text` to a fresh temporary file and returns its path.
    func file(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("crmkit-matrix-\(UUID().uuidString).yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The GeeksforGeeks mobile-phone example (see TOPSISTests): printed closeness 0.534277, 0.308368, 0.691632,
    /// 0.534737, 0.401046.
    static let phones = """
        alternatives: [M1, M2, M3, M4, M5]
        criteria:
          - {name: storage, weight: 1, type: benefit, values: [16, 16, 32, 32, 16]}
          - {name: camera, weight: 1, type: benefit, values: [12, 8, 16, 8, 16]}
          - {name: price, weight: 1, type: cost, values: [250, 200, 300, 275, 225]}
          - {name: looks, weight: 1, type: benefit, values: [5, 3, 4, 4, 2]}

        """

    /// The hand-computed case of SensitivityTests, on a 1…5 scale: A wins, c1 flips to B below 4/9.
    static let handCase = """
        alternatives: [A, B, C]
        criteria:
          - name: c1
            weight: 5
            type: benefit
            values: [0.9, 0.4, 0.3]
          - name: c2
            weight: 3
            type: benefit
            values: [0.2, 0.8, 0.5]
          - name: c3
            weight: 2
            type: benefit
            values: [0.5, 0.6, 0.9]

        """

    @Test("rank --format json gives scores, ranking and ranks, with the method, normalization and weights")
    func rankJSON() async throws {
        let path = try file(Self.phones)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try await CLI.run(["rank", path, "--method", "topsis", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let document = try json(run.stdout)
        let scores = try #require(document["scores"] as? [String: Double])
        #expect(abs((scores["M3"] ?? 0) - 0.691632) < 5e-7)
        #expect(abs((scores["M2"] ?? 0) - 0.308368) < 5e-7)
        #expect(document["ranking"] as? [String] == ["M3", "M4", "M1", "M5", "M2"])
        #expect(document["ranks"] as? [String: Int] == ["M1": 3, "M2": 5, "M3": 1, "M4": 2, "M5": 4])
        #expect(document["method"] as? String == "topsis")
        #expect(document["normalization"] as? String == "vector")
        #expect(document["weights"] as? [String: Double] == ["storage": 0.25, "camera": 0.25, "price": 0.25, "looks": 0.25])
        #expect(document["weightsRenormalized"] as? Bool == true)
        #expect(document["givenWeightSum"] as? Double == 4)
        let crossCheck = try #require(document["crossCheck"] as? [String: Any])
        #expect(crossCheck["method"] as? String == "wsm")
        #expect(crossCheck["normalization"] as? String == "vector")
        let agreement = try #require(document["agreement"] as? [String: Any])
        #expect(agreement["spearmanRho"] is Double)
        #expect(agreement["kendallTauB"] is Double)
        #expect(document["separations"] is [String: Any])
    }

    @Test("rank prints a bar per score, in either language; csv has a header; md is a table")
    func rankFormats() async throws {
        let path = try file(Self.handCase)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let table = try await CLI.run(["rank", path])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("normalization none — weights renormalized to sum 1 (given sum 10)"))
        #expect(table.stdout.contains("1     A            0.6100  ██████████████████████████████"), "\(table.stdout)")
        #expect(table.stdout.contains("Spearman's ρ"))
        let persian = try await CLI.run(["rank", path, "--lang", "fa"])
        #expect(persian.stdout.contains("۰٫۶۱۰۰"), "\(persian.stdout)")
        #expect(persian.stdout.contains("وزن‌ها به جمع ۱ بازمقیاس شده‌اند"))
        let csv = try await CLI.run(["rank", path, "--format", "csv"])
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "rank,alternative,score,cross_check_rank,cross_check_score")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("1,A,0.61"))
        let md = try await CLI.run(["rank", path, "--format", "md"])
        #expect(md.stdout.contains("| rank | alternative | score | TOPSIS rank |\n|---:|---|---:|---:|\n| 1 | A | 0.6100 |"))
    }

    @Test("a bad entry is reported at FILE:LINE:COLUMN with a fix and exit 1; an unreadable file exits 2")
    func badEntries() async throws {
        let path = try file(
            """
            alternatives: [A, B, C]
            criteria:
              - name: fit
                weight: -3
                type: benefit
                values: [1, 2]
              - name: price
                weight: 2
                type: cost
                values: [1, 2, lots]

            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        for command in ["rank", "sensitivity"] {
            let run = try await CLI.run([command, path])
            #expect(run.status == 1)
            #expect(run.stdout.isEmpty)
            #expect(
                run.stderr.contains("\(path):4:13: error: the weight of \"fit\" is -3; a weight cannot be negative — write 0"))
            #expect(
                run.stderr.contains(
                    "\(path):6:13: error: \"values\" of \"fit\" has 2 numbers but there are 3 alternatives (A, B, C)"))
            #expect(run.stderr.contains("\(path):10:20: error: \"criteria[1].values[2]\" should be a number, not \"lots\""))
        }
        let persian = try await CLI.run(["rank", path, "--lang", "fa"])
        #expect(persian.stderr.contains("\(path):4:13: خطا: وزن «fit» برابر -3 است؛ وزن نمی‌تواند منفی باشد"))

        let missing = try await CLI.run(["rank", path + ".missing"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read"))
    }

    @Test("a value the normalization cannot take is named at its place, with the way out")
    func normalizationRefusals() async throws {
        let path = try file(
            """
            alternatives: [A, B]
            criteria:
              - {name: fit, weight: 1, type: benefit, values: [3, 4]}
              - {name: price, weight: 1, type: cost, values: [100, 0]}

            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let none = try await CLI.run(["rank", path])
        #expect(none.status == 1)
        #expect(none.stderr.contains("\(path):4:5: error: normalization none adds values as written"))
        #expect(none.stderr.contains("add scale: {min: …, max: …}"))
        let max = try await CLI.run(["sensitivity", path, "--normalization", "max"])
        #expect(max.status == 1)
        #expect(
            max.stderr.contains(
                "\(path):4:56: error: normalization max divides by each value of cost criterion \"price\" (min/x), and \"B\" has 0"
            ))
        let minmax = try await CLI.run(["rank", path, "--normalization", "minmax"])
        #expect(minmax.status == 0, "\(minmax.stderr)")
    }

    @Test("sensitivity --format json gives the winner and each criterion's stability, null when robust")
    func sensitivityJSON() async throws {
        let path = try file(Self.handCase)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try await CLI.run(["sensitivity", path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let document = try json(run.stdout)
        #expect(document["winner"] as? String == "A")
        #expect(document["mostSensitive"] as? String == "c2")
        #expect(document["mostSensitiveByPercent"] as? String == "c1")
        let criteria = try #require(document["criteria"] as? [[String: Any]])
        #expect(criteria.map { $0["name"] as? String } == ["c1", "c2", "c3"])
        let c1 = criteria[0]
        #expect(abs((c1["weight"] as? Double ?? 0) - 0.5) < 1e-12)
        #expect(abs((c1["stableFrom"] as? Double ?? 0) - 4.0 / 9) < 1e-9)
        #expect(c1["stableTo"] as? Double == 1)
        #expect(abs((c1["minChangeToFlip"] as? Double ?? 0) - 1.0 / 18) < 1e-9)
        #expect(c1["newWinner"] as? String == "B")
        #expect(c1["above"] is NSNull)
        #expect(criteria[2]["newWinner"] as? String == "C")

        let robust = try file(
            """
            alternatives: [best, other]
            criteria:
              - {name: a, weight: 1, type: benefit, values: [5, 3]}
              - {name: b, weight: 1, type: benefit, values: [4, 4]}

            """)
        defer { try? FileManager.default.removeItem(atPath: robust) }
        let dominant = try json(try await CLI.run(["sensitivity", robust, "--format", "json"]).stdout)
        let items = try #require(dominant["criteria"] as? [[String: Any]])
        #expect(items.allSatisfy { $0["minChangeToFlip"] is NSNull && $0["newWinner"] is NSNull })
        #expect(dominant["mostSensitive"] is NSNull)
    }

    @Test("sensitivity prints a table and a text tornado; csv and md for spreadsheets and reports")
    func sensitivityFormats() async throws {
        let path = try file(Self.handCase)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let table = try await CLI.run(["sensitivity", path, "--swing", "20"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Winner: A (margin over the runner-up 0.0500)"))
        #expect(table.stdout.contains("c1         0.5000  0.4444 – 1.0000  0.0556 ↓    B"), "\(table.stdout)")
        #expect(table.stdout.contains("Most sensitive: c2"))
        #expect(table.stdout.contains("lowered or raised by 20 %"))
        #expect(table.stdout.contains("-0.0400 / +0.1400"))
        #expect(table.stdout.contains("░ weight lowered  █ weight raised"))
        let persian = try await CLI.run(["sensitivity", path, "--lang", "fa"])
        #expect(persian.stdout.contains("برنده: A"))
        #expect(persian.stdout.contains("نمودار گردبادی"))
        let csv = try await CLI.run(["sensitivity", path, "--format", "csv"])
        #expect(
            csv.stdout.hasPrefix(
                "criterion,weight,stable_from,stable_to,min_change_to_flip,new_winner,percent_change,low_weight,low_margin,high_weight,high_margin\nc1,0.5,"
            ))
        let md = try await CLI.run(["sensitivity", path, "--format", "md", "--method", "topsis"])
        #expect(md.stdout.contains("| criterion | weight | stable from–to | min change | new winner |"))
        let bad = try await CLI.run(["sensitivity", path, "--swing", "0"])
        #expect(bad.status == 64)
    }

    @Test("--help teaches the file, the options, the exit codes, in English and a Persian line")
    func help() async throws {
        for command in ["rank", "sensitivity"] {
            let run = try await CLI.run([command, "--help"])
            #expect(run.status == 0)
            #expect(run.stdout.contains("Exit status: 0"))
            #expect(run.stdout.contains("Examples:"))
            #expect(run.stdout.contains("--normalization"))
            #expect(run.stdout.contains("وزن"))
        }
    }
}
