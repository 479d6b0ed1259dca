import Foundation
import Testing

@Suite("crmkit scorecard")
struct ScorecardCommandTests {
    static let example = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/example-workspace").path

    struct Document: Decodable {
        struct Row: Decodable {
            var vendor: String
            var rank: Int
            var total: Double
            var topsisRank: Int?
        }
        struct Cost: Decodable {
            var vendor: String
            var tco: Int64
            var presentValue: Int64
            var byYear: [Int64]
        }
        struct Leaf: Decodable {
            var id: String
            var weight: Double
        }
        var knockOuts: [String: [String]]
        var ranking: [Row]
        var weights: [Leaf]
        var costs: [Cost]
        var recommended: String?
        var robust: Bool
    }

    @Test("the example workspace: a must-have knock-out, weights summing to 1, a ranking TOPSIS agrees with, costs")
    func example() async throws {
        let run = try await CLI.run(["scorecard", Self.example, "--format", "json", "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        let document = try JSONDecoder().decode(Document.self, from: Data(run.stdout.utf8))
        // abrak claims `none` for the must-have R-013 (AVL integration): out before any scoring.
        #expect(document.knockOuts["abrak"] == ["does not cover must-have R-013"])
        #expect(document.ranking.map(\.vendor) == ["nilgoon", "tarang"])
        #expect(document.ranking.map(\.topsisRank) == [1, 2])
        #expect(document.recommended == "nilgoon")
        #expect(abs(document.weights.reduce(0) { $0 + $1.weight } - 1) < 1e-9)
        // Keys documented as nullable are written as null, not left out.
        #expect(run.stdout.contains("\"parent\" : null"))
        #expect(run.stdout.contains("\"minChangeToFlip\" : null"))
        // Costs: present value below the undiscounted total at a 30% discount rate; cumulative by year.
        for cost in document.costs {
            #expect(cost.presentValue < cost.tco)
            #expect(cost.byYear.last == cost.tco)
            #expect(cost.byYear == cost.byYear.sorted())
        }

        let table = try await CLI.run(["scorecard", Self.example, "--lang", "fa"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("پیشنهاد: نیلگون‌افزار"))
        #expect(table.stdout.contains("۱. نیلگون‌افزار"))

        let csv = try await CLI.run(["scorecard", Self.example, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("rank,vendor,total,topsis_rank,topsis_closeness,tco,present_value\n1,nilgoon,"))
    }

    @Test("cost from the cost of ownership, and the requirements fit as a criterion")
    func options() async throws {
        let plain = try JSONDecoder().decode(
            Document.self, from: Data(try await CLI.run(["scorecard", Self.example, "--format", "json"]).stdout.utf8))
        let run = try await CLI.run([
            "scorecard", Self.example, "--format", "json", "--cost-from", "ownership", "--fit-weight", "0.2",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let document = try JSONDecoder().decode(Document.self, from: Data(run.stdout.utf8))
        // The fit joins with weight 0.2; the scorecard's own weights are scaled by 0.8 and still sum to 1.
        #expect(document.weights.last?.id == "requirements-fit")
        #expect(abs((document.weights.last?.weight ?? 0) - 0.2) < 1e-12)
        #expect(abs(document.weights.reduce(0) { $0 + $1.weight } - 1) < 1e-9)
        let before = Dictionary(plain.weights.map { ($0.id, $0.weight) }, uniquingKeysWith: { a, _ in a })
        for leaf in document.weights.dropLast() {
            #expect(abs(leaf.weight - (before[leaf.id] ?? 0) * 0.8) < 1e-12)
        }
        // The totals change (cost now from the computed cost of ownership), the knock-out does not.
        #expect(document.knockOuts == plain.knockOuts)
        #expect(document.ranking.map(\.total) != plain.ranking.map(\.total))

        let wrong = try await CLI.run(["scorecard", Self.example, "--fit-weight", "1.5", "--lang", "en"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--fit-weight must lie between 0 and 1"))
    }

    @Test("a workspace with errors is not scored")
    func invalid() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crmkit-scorecard-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.example), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scores = folder.appendingPathComponent("scores/arash.yaml")
        let text = try String(contentsOf: scores, encoding: .utf8)
        try text.replacingOccurrences(of: "call-center: 5", with: "call-center: 9").write(
            to: scores, atomically: true, encoding: .utf8)
        let run = try await CLI.run(["scorecard", folder.path, "--lang", "en"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("the workspace has 1 error. Run crmkit validate"))
        #expect(run.stdout.isEmpty)
    }
}
