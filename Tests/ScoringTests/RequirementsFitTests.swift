import PropertyBased
import Testing

@testable import Scoring

@Suite struct RequirementsFitTests {
    static let requirements: [PrioritizedRequirement<String>] = [
        .init("R-001", .must), .init("R-002", .must), .init("R-003", .should), .init("R-004", .could),
        .init("R-005", .wont),
    ]

    /// Weights 3, 3, 2, 1, 0 → Σ = 9. Claims full, partial, roadmap, none, full →
    /// 3 × 1 + 3 × 0.5 + 2 × 0.25 + 1 × 0 + 0 × 1 = 5; fit = 5/9 ≈ 0.5556; on 0–5: 25/9 ≈ 2.7778.
    @Test func weightedFitWithTheDefaults() throws {
        let fit = RequirementsFit(
            requirements: Self.requirements,
            claims: ["R-001": .full, "R-002": .partial, "R-003": .roadmap, "R-004": .none, "R-005": .full])
        #expect(!fit.isKnockedOut)
        #expect(abs((fit.fraction ?? 0) - 5.0 / 9) < 1e-12)
        #expect(abs((fit.score(on: 0...5) ?? 0) - 25.0 / 9) < 1e-12)
        #expect(abs((fit.score(on: 1...5) ?? 0) - (1 + 20.0 / 9)) < 1e-12)
        #expect(fit.byPriority.map(\.priority) == [.must, .should, .could, .wont])
        #expect(fit.byPriority.map(\.requirements) == [2, 1, 1, 1])
        #expect(fit.byPriority.map(\.fraction) == [0.75, 0.25, 0, 1])
        #expect(fit.unanswered.isEmpty)
    }

    @Test func aMustClaimedNoneKnocksTheVendorOut() {
        let fit = RequirementsFit(
            requirements: Self.requirements,
            claims: ["R-001": .none, "R-002": .custom, "R-003": .full, "R-004": .full])
        #expect(fit.isKnockedOut)
        #expect(fit.knockOuts == [.init(requirement: "R-001", claim: CoverageClaim.none)])
        // Still scored, for the report: 3 × 0 + 3 × 0.5 + 2 + 1 + 0 = 4.5 of 9; R-005 unanswered (won't).
        #expect(fit.fraction == 0.5)
        #expect(fit.unanswered == ["R-005"])
    }

    @Test func anUnansweredMustCountsAsNoneAndIsNamed() {
        let fit = RequirementsFit(requirements: Self.requirements, claims: ["R-001": .full])
        #expect(fit.knockOuts == [.init(requirement: "R-002", claim: nil)])
        #expect(fit.unanswered == ["R-002", "R-003", "R-004", "R-005"])
        #expect(fit.byPriority.map(\.unanswered) == [1, 1, 1, 1])
    }

    @Test func aStricterPolicy() throws {
        // Roadmap knocks out too; unanswered counts as partial; weights 5, 3, 1, 0; roadmap worth 0.
        let policy = try RequirementsFitPolicy(
            priorityWeights: .init(must: 5, should: 3, could: 1),
            claimValues: .init(roadmap: 0), knockOutClaims: [.none, .roadmap], unansweredCountsAs: .partial)
        let fit = RequirementsFit(
            requirements: Self.requirements, claims: ["R-001": .roadmap, "R-003": .full], policy: policy)
        #expect(fit.knockOuts.map(\.requirement) == ["R-001"])
        // 5 × 0 + 5 × 0.5 (unanswered → partial) + 3 × 1 + 1 × 0.5 = 6 of 14.
        #expect(abs((fit.fraction ?? 0) - 6.0 / 14) < 1e-12)
    }

    @Test func nothingWeighedHasNoFit() {
        let fit = RequirementsFit(requirements: [.init("R-9", .wont)], claims: ["R-9": .full])
        #expect(fit.fraction == nil)
        #expect(fit.score(on: 0...5) == nil)
        #expect(RequirementsFit<String>(requirements: [], claims: [:]).fraction == nil)
    }

    @Test func policyValuesAreChecked() {
        #expect(throws: RequirementsFitError.invalidWeight(.should, -1)) {
            try RequirementsFitPolicy(priorityWeights: .init(should: -1))
        }
        #expect(throws: RequirementsFitError.invalidClaimValue(.custom, 1.5)) {
            try RequirementsFitPolicy(claimValues: .init(custom: 1.5))
        }
        #expect(RequirementsFitPolicy.standard == (try? RequirementsFitPolicy()))
    }

    @Test func fitStaysOnTheScaleAndFullCoverageIsTheTop() async {
        let claims = Gen.int(in: 0...(CoverageClaim.allCases.count)).array(of: 8)
        let priorities = Gen.int(in: 0...3).array(of: 8)
        await propertyCheck(count: 300, input: claims, priorities) { claims, priorities in
            let requirements = (0..<8).map { PrioritizedRequirement("R\($0)", RequirementPriority.allCases[priorities[$0]]) }
            var given: [String: CoverageClaim] = [:]
            for (index, claim) in claims.enumerated() where claim < CoverageClaim.allCases.count {
                given["R\(index)"] = CoverageClaim.allCases[claim]
            }
            let fit = RequirementsFit(requirements: requirements, claims: given)
            if let score = fit.score(on: 0...5) { #expect(score >= 0 && score <= 5) }
            let full = RequirementsFit(requirements: requirements, claims: given.mapValues { _ in .full })
            if let fraction = fit.fraction { #expect(fraction <= (full.fraction ?? 0) + 1e-12) }
            // Knocked out exactly when a must is claimed none or unanswered.
            let failing = requirements.filter {
                $0.priority == .must && (given[$0.requirement] ?? CoverageClaim.none) == CoverageClaim.none
            }
            #expect(fit.knockOuts.map(\.requirement) == failing.map(\.requirement))
        }
    }
}
