import Foundation
import PropertyBased
import Scoring
import Testing

@Suite("Competition ranks and rank agreement")
struct RankingTests {
    @Test func tiesShareACompetitionRank() {
        let ranking = Ranking(scores: [0.9, 0.7, 0.7, 0.5])
        #expect(ranking.ranks == [1, 2, 2, 4])
        #expect(ranking.order == [0, 1, 2, 3])
        #expect(ranking.midRanks == [1, 2.5, 2.5, 4])
    }

    @Test func tiesAreEqualTo12SignificantDigits() {
        // 0.1 + 0.2 is 0.30000000000000004 in binary: the same score to 12 digits.
        let ranking = Ranking(scores: [0.3, 0.1 + 0.2, 0.2999999999])
        #expect(ranking.ranks == [1, 1, 3])
        #expect(Ranking.ties(1234.56789012345, 1234.56789012349))
        #expect(!Ranking.ties(1234.5678901, 1234.5678902))
        #expect(Ranking.ties(0, -0.0))
    }

    /// The tie key is `x` printed with 12 significant digits and read back: the same as going through
    /// Foundation's `String(format:)`, for doubles of every size and sign, and exact on hand-picked ones.
    @Test func tieKeysAreTheTwelveDigitRounding() async {
        #expect(Ranking.tieKey(2.0 / 3) == 0.666666666667)
        #expect(Ranking.tieKey(-1234.56789012345) == -1234.56789012)
        #expect(Ranking.tieKey(1e-300 / 3) == 3.33333333333e-301)
        #expect(Ranking.tieKey(.infinity) == .infinity)
        #expect(Ranking.tieKey(-0.0) == 0)
        await propertyCheck(count: 500, input: Gen.double(in: -1e6...1e6), Gen.int(in: -300...300)) { mantissa, exponent in
            let x = mantissa * pow(10, Double(exponent))
            guard x.isFinite, x != 0 else { return }
            #expect(Ranking.tieKey(x) == Double(String(format: "%.11e", x)))
        }
    }

    @Test func tiedAlternativesKeepTheOrderOfTheFile() {
        let ranking = Ranking(scores: [0.2, 0.8, 0.2, 0.8])
        #expect(ranking.ranks == [3, 1, 3, 1])
        #expect(ranking.order == [1, 3, 0, 2])
        #expect(ranking.top == [1, 3])
    }

    @Test func agreementOfIdenticalAndReversedRankings() {
        let a = Ranking(scores: [4, 3, 2, 1])
        let same = RankAgreement(a, Ranking(scores: [40, 30, 20, 10]))
        #expect(same.spearmanRho == 1)
        #expect(same.kendallTauB == 1)
        let reversed = RankAgreement(a, Ranking(scores: [1, 2, 3, 4]))
        #expect(reversed.spearmanRho == -1)
        #expect(reversed.kendallTauB == -1)
    }

    /// Hand-computed: x = 1, 2, 3, 4, 5 against y = 1, 3, 2, 5, 4 has C = 8, D = 2: τ = 0.6; Σd² = 4, so
    /// ρ = 1 − 6·4/(5·24) = 0.8.
    @Test func agreementWithoutTies() {
        let agreement = RankAgreement(Ranking(scores: [5, 4, 3, 2, 1]), Ranking(scores: [5, 3, 4, 1, 2]))
        #expect(abs((agreement.kendallTauB ?? 0) - 0.6) < 1e-12)
        #expect(abs((agreement.spearmanRho ?? 0) - 0.8) < 1e-12)
    }

    /// Hand-computed τ-b with ties: x ranks 1, 2, 2, 4 and y ranks 1, 2, 3, 4. Pairs: (1,2) C, (1,3) C, (1,4) C,
    /// (2,3) tied in x only, (2,4) C, (3,4) C: C = 5, D = 0, Tx = 1, Ty = 0 → 5/√(6·5) = 0.912870929.
    @Test func kendallTauBCorrectsForTies() {
        let agreement = RankAgreement(Ranking(scores: [4, 3, 3, 1]), Ranking(scores: [4, 3, 2, 1]))
        #expect(abs((agreement.kendallTauB ?? 0) - 5 / 30.0.squareRoot()) < 1e-12)
    }

    @Test func allTiedHasNothingToCorrelate() {
        let agreement = RankAgreement(Ranking(scores: [1, 1, 1]), Ranking(scores: [3, 2, 1]))
        #expect(agreement.spearmanRho == nil)
        #expect(agreement.kendallTauB == nil)
    }
}
