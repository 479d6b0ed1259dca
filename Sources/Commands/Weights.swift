import ArgumentParser
import Localization
import Scoring

extension CRMKit {
    /// `crmkit weights`: criteria weights from pairwise comparisons (AHP).
    struct Weights: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Derive criteria weights from pairwise comparisons (AHP), or ask for the comparisons.",
            discussion: """
                The Analytic Hierarchy Process turns judgments such as "functional fit matters 3 times more than \
                cost" into weights that sum to 1, and says how consistent the judgments were. A matrix of n items \
                needs n(n−1)/2 judgments on Saaty's scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 \
                extremely more important (2, 4, 6, 8 between; 1/3 … 1/9 the other way round). Entry a_ij always \
                says how many times the row item matters more than the column item.

                  crmkit weights elicit --items functional,technical,cost --out criteria.yaml
                  crmkit weights ahp criteria.yaml
                  crmkit weights ahp criteria.yaml --method geometric --format json

                Conventions (docs/scoring.md): eigenvector priorities by power iteration; CR = CI / RI with \
                Saaty's 1980 random index unless --random-index names another table; consistent when CR ≤ 0.10 \
                (GCI ≤ 0.31 / 0.35 / 0.37 with --method geometric); missing judgments completed optimally.

                وزن معیارها را از مقایسه‌های زوجی (AHP) به دست می‌آورد، یا مقایسه‌ها را یکی‌یکی می‌پرسد.
                """,
            subcommands: [AnalyzeAHP.self, Elicit.self]
        )
    }
}

extension PriorityMethod: ExpressibleByArgument {}
extension RandomIndexTable: ExpressibleByArgument {}
extension CompletionMethod: ExpressibleByArgument {}
