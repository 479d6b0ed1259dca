import Testing

@testable import SelectionWorkshop

@Suite struct ScoreScaleTests {
    static let wholePoints = ScoreScale(origin: .at("scorecard.yaml", .key("scale")), minimum: 0, maximum: 5, step: 1)
    static let halfPoints = ScoreScale(origin: .at("scorecard.yaml", .key("scale")), minimum: 0, maximum: 5, step: 0.5)

    @Test(arguments: [0.0, 1, 3, 5])
    func wholePointScaleAcceptsItsSteps(_ score: Double) {
        #expect(Self.wholePoints.contains(score))
    }

    @Test(arguments: [-1.0, 5.5, 6, 2.5, 0.1, .nan, .infinity, -.infinity, .greatestFiniteMagnitude])
    func wholePointScaleRejectsTheRest(_ score: Double) {
        #expect(!Self.wholePoints.contains(score))
    }

    @Test(arguments: [0.0, 0.5, 2.5, 4.5, 5])
    func halfPointScaleAcceptsHalves(_ score: Double) {
        #expect(Self.halfPoints.contains(score))
    }

    @Test(arguments: [0.25, 2.6, 5.5, -0.5])
    func halfPointScaleRejectsTheRest(_ score: Double) {
        #expect(!Self.halfPoints.contains(score))
    }

    @Test func stepsCountFromTheMinimum() {
        let oneToTen = ScoreScale(origin: .at("scorecard.yaml"), minimum: 1, maximum: 10, step: 3)
        #expect([1.0, 4, 7, 10].allSatisfy(oneToTen.contains))
        #expect(![0.0, 3, 6, 9].contains(where: oneToTen.contains))
    }

    @Test func decimalStepsSurviveFloatingPointError() {
        let tenths = ScoreScale(origin: .at("scorecard.yaml"), minimum: 0, maximum: 1, step: 0.1)
        #expect([0.1, 0.2, 0.3, 0.7, 0.1 + 0.2, 1].allSatisfy(tenths.contains))
        #expect(!tenths.contains(0.15))
    }

    @Test(arguments: [0.0, -1, .nan])
    func aScaleWithoutAPositiveStepContainsNothing(step: Double) {
        let broken = ScoreScale(origin: .at("scorecard.yaml"), minimum: 0, maximum: 5, step: step)
        #expect(!broken.contains(0))
        #expect(!broken.contains(3))
    }
}
