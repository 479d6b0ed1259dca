import PropertyBased
import Testing

@testable import Scoring

@Suite struct CostOfOwnershipTests {
    /// One-time 1,000,000 + 200,000 + 300,000 + 100,000 + 400,000 = 2,000,000 at t = 0.
    /// Recurring, escalator 10 % from year 2:
    ///   year 1: support 500,000; subscription 1,000 × 10 users × 12 = 120,000  → 620,000
    ///   year 2: 500,000 × 1.1 = 550,000; 120,000 × 1.1 = 132,000               → 682,000
    ///   year 3: 550,000 × 1.1 = 605,000; 132,000 × 1.1 = 145,200               → 750,200
    /// TCO = 2,000,000 + 620,000 + 682,000 + 750,200 = 4,052,200.
    /// PV at r = 20 %:
    ///   t = 0: 2,000,000 (not discounted)
    ///   t = 1: 620,000 / 1.2   = 516,666.67 → 516,667
    ///   t = 2: 682,000 / 1.44  = 473,611.11 → 473,611
    ///   t = 3: 750,200 / 1.728 = 434,143.52 → 434,144
    /// PV = 2,000,000 + 516,667 + 473,611 + 434,144 = 3,424,422.
    @Test func handCheckedTotalAndPresentValue() throws {
        let costs = VendorCosts(
            licence: 1_000_000, customization: 200_000, implementation: 300_000, training: 100_000,
            backOfficeIntegration: 400_000, annualSupport: 500_000, subscriptionPerUserMonth: 1_000, users: 10,
            escalator: try YearlyRate(0.1))
        let tco = try CostOfOwnership(costs, horizonYears: 3, discountRate: YearlyRate(0.2))
        #expect(tco.total == 4_052_200)
        #expect(tco.presentValue == 3_424_422)
        #expect(tco.years.map(\.year) == [0, 1, 2, 3])
        #expect(tco.years.map(\.oneTime) == [2_000_000, 0, 0, 0])
        #expect(tco.years.map(\.support) == [0, 500_000, 550_000, 605_000])
        #expect(tco.years.map(\.subscription) == [0, 120_000, 132_000, 145_200])
        #expect(tco.years.map(\.cost) == [2_000_000, 620_000, 682_000, 750_200])
        #expect(tco.years.map(\.cumulativeCost) == [2_000_000, 2_620_000, 3_302_000, 4_052_200])
        #expect(tco.years.map(\.presentValue) == [2_000_000, 516_667, 473_611, 434_144])
        #expect(tco.years.map(\.cumulativePresentValue) == [2_000_000, 2_516_667, 2_990_278, 3_424_422])
    }

    @Test func oneTimeCostsAreNotDiscounted() throws {
        // Only a licence, at t = 0: at 50 % it is still worth 1,000 today.
        let tco = try CostOfOwnership(VendorCosts(licence: 1_000), horizonYears: 5, discountRate: YearlyRate(0.5))
        #expect(tco.total == 1_000)
        #expect(tco.presentValue == 1_000)
    }

    @Test func theEscalatorStartsInYearTwo() throws {
        // 100 a year at 50 %: year 1 pays the quote (100), year 2 150, year 3 225.
        let costs = VendorCosts(annualSupport: 100, escalator: try YearlyRate(0.5))
        let tco = try CostOfOwnership(costs, horizonYears: 3, discountRate: .zero)
        #expect(tco.years.map(\.support) == [0, 100, 150, 225])
        #expect(tco.total == 475)
    }

    @Test func theEscalatorRoundsHalfToEvenEveryYear() throws {
        // 15 × 1.1 = 16.5 → 16 (down to even); 16 × 1.1 = 17.6 → 18; 18 × 1.1 = 19.8 → 20.
        let down = try CostOfOwnership(
            VendorCosts(annualSupport: 15, escalator: YearlyRate(0.1)), horizonYears: 4, discountRate: .zero)
        #expect(down.years.map(\.support) == [0, 15, 16, 18, 20])
        // 25 × 1.1 = 27.5 → 28 (up to even); 28 × 1.1 = 30.8 → 31; 31 × 1.1 = 34.1 → 34.
        let up = try CostOfOwnership(
            VendorCosts(annualSupport: 25, escalator: YearlyRate(0.1)), horizonYears: 4, discountRate: .zero)
        #expect(up.years.map(\.support) == [0, 25, 28, 31, 34])
        // Each recurring item is escalated and rounded on its own: subscription 5 × 3 users × 12 = 180;
        // 180 × 1.1 = 198 exactly; support 15 → 16.5 → 16; year 2 = 198 + 16 = 214.
        let both = try CostOfOwnership(
            VendorCosts(annualSupport: 15, subscriptionPerUserMonth: 5, users: 3, escalator: YearlyRate(0.1)),
            horizonYears: 2, discountRate: .zero)
        #expect(both.years.map(\.cost) == [0, 195, 214])
    }

    @Test func aPriceCutEscalatorLowersTheRecurringCost() throws {
        // −10 %: 1,000 → 900 → 810.
        let tco = try CostOfOwnership(
            VendorCosts(annualSupport: 1_000, escalator: YearlyRate(-0.1)), horizonYears: 3, discountRate: .zero)
        #expect(tco.years.map(\.support) == [0, 1_000, 900, 810])
    }

    @Test func eachDiscountedYearRoundsHalfToEven() throws {
        // 9 / 1.2 = 7.5 → 8 (up to even); 3 / 1.2 = 2.5 → 2 (down to even).
        let up = try CostOfOwnership(VendorCosts(annualSupport: 9), horizonYears: 1, discountRate: YearlyRate(0.2))
        #expect(up.presentValue == 8)
        let down = try CostOfOwnership(VendorCosts(annualSupport: 3), horizonYears: 1, discountRate: YearlyRate(0.2))
        #expect(down.presentValue == 2)
        // Year 2: 18 / 1.44 = 12.5 → 12; year 1: 18 / 1.2 = 15. PV = 27.
        let twoYears = try CostOfOwnership(
            VendorCosts(annualSupport: 18), horizonYears: 2, discountRate: YearlyRate(0.2))
        #expect(twoYears.years.map(\.presentValue) == [0, 15, 12])
        #expect(twoYears.presentValue == 27)
    }

    @Test func ratesKeepSixDecimalPlaces() throws {
        #expect(try YearlyRate(0.2).millionths == 200_000)
        #expect(try YearlyRate(0.07).millionths == 70_000)
        #expect(try YearlyRate(0.123_456_4).millionths == 123_456)
        #expect(try YearlyRate(-0.05).millionths == -50_000)
        #expect(try YearlyRate(0.2) == YearlyRate(millionths: 200_000))
        #expect(throws: CostOfOwnershipError.rateOutOfRange(-1)) { try YearlyRate(-1) }
        #expect(throws: CostOfOwnershipError.self) { try YearlyRate(.nan) }
        #expect(throws: CostOfOwnershipError.self) { try YearlyRate(.infinity) }
    }

    @Test func wrongInputsAreRefused() {
        #expect(throws: CostOfOwnershipError.horizonOutOfRange(0)) {
            try CostOfOwnership(VendorCosts(), horizonYears: 0, discountRate: .zero)
        }
        #expect(throws: CostOfOwnershipError.negativeAmount(.training)) {
            try CostOfOwnership(VendorCosts(training: -1), horizonYears: 1, discountRate: .zero)
        }
        #expect(throws: CostOfOwnershipError.negativeUsers(-2)) {
            try CostOfOwnership(VendorCosts(users: -2), horizonYears: 1, discountRate: .zero)
        }
        #expect(throws: CostOfOwnershipError.overflow) {
            try CostOfOwnership(VendorCosts(licence: .max, training: 1), horizonYears: 1, discountRate: .zero)
        }
        #expect(throws: CostOfOwnershipError.overflow) {
            try CostOfOwnership(
                VendorCosts(subscriptionPerUserMonth: .max / 10, users: 2), horizonYears: 1, discountRate: .zero)
        }
        #expect(throws: CostOfOwnershipError.overflow) {
            try CostOfOwnership(
                VendorCosts(annualSupport: .max / 2, escalator: YearlyRate(1)), horizonYears: 3, discountRate: .zero)
        }
    }

    static let amounts = Gen.int64(in: 0...1_000_000_000_000).array(of: 7)

    @Test func presentValueNeverExceedsTheTotalForNonNegativeRates() async {
        await propertyCheck(
            count: 300, input: Self.amounts, Gen.int64(in: 0...10_000), Gen.int64(in: -200_000...200_000),
            Gen.int(in: 1...50), Gen.int64(in: 0...999_999)
        ) { amounts, users, escalator, years, rate throws in
            let costs = try Self.costs(amounts, users: users, escalator: escalator)
            let tco = try CostOfOwnership(costs, horizonYears: years, discountRate: YearlyRate(millionths: rate))
            #expect(tco.presentValue <= tco.total)
            #expect(tco.years.count == years + 1)
            #expect(tco.years.allSatisfy { $0.presentValue <= $0.cost })
            #expect(tco.total == tco.years.reduce(0) { $0 + $1.cost })
            #expect(tco.presentValue == tco.years.reduce(0) { $0 + $1.presentValue })
        }
    }

    @Test func presentValueEqualsTheTotalAtRateZero() async {
        await propertyCheck(
            count: 300, input: Self.amounts, Gen.int64(in: 0...10_000), Gen.int64(in: -200_000...200_000),
            Gen.int(in: 1...50)
        ) { amounts, users, escalator, years throws in
            let costs = try Self.costs(amounts, users: users, escalator: escalator)
            let tco = try CostOfOwnership(costs, horizonYears: years, discountRate: .zero)
            #expect(tco.presentValue == tco.total)
        }
    }

    private static func costs(_ amounts: [Int64], users: Int64, escalator: Int64) throws -> VendorCosts {
        VendorCosts(
            licence: amounts[0], customization: amounts[1], implementation: amounts[2], training: amounts[3],
            backOfficeIntegration: amounts[4], annualSupport: amounts[5],
            subscriptionPerUserMonth: amounts[6] / 1_000_000, users: users,
            escalator: try YearlyRate(millionths: escalator))
    }
}

@Suite struct CostBandsTests {
    /// The templates' bands against a budget of 1,000: under 600 → 0, 600–799 → 1, 800–949 → 2,
    /// 950–1,049 → 3, 1,050–1,249 → 4, 1,250 and over → 5 (each band includes its lower bound).
    @Test(
        arguments: [
            (0, 0), (599, 0), (600, 1), (799, 1), (800, 2), (949, 2), (950, 3), (1_049, 3), (1_050, 4), (1_249, 4),
            (1_250, 5), (9_999, 5),
        ] as [(Int64, Int)])
    func templateBands(cost: Int64, band: Int) {
        #expect(CostBands.templates.band(cost: cost, budget: 1_000) == band)
        #expect(CostBands.templates.score(cost: cost, budget: 1_000) == Double(band))
    }

    @Test func bandsSpreadOverAnotherScale() {
        // Band 2 of 5 on 1…10: 1 + 2 × 9 / 5 = 4.6.
        #expect(abs(CostBands.templates.score(cost: 800, budget: 1_000, scale: 1...10) - 4.6) < 1e-12)
    }

    @Test func aZeroBudget() {
        #expect(CostBands.templates.band(cost: 0, budget: 0) == 0)
        #expect(CostBands.templates.band(cost: 1, budget: 0) == 5)
    }

    @Test func bandsMustAscend() throws {
        #expect(try CostBands(thresholdPercents: [50, 100]).band(cost: 100, budget: 100) == 2)
        #expect(throws: CostBandsError.self) { try CostBands(thresholdPercents: [80, 60]) }
        #expect(throws: CostBandsError.self) { try CostBands(thresholdPercents: []) }
    }
}

@Suite struct ValueForMoneyTests {
    /// A (4.0, 100) and D (4.0, 100) tie and are both efficient; B (3.0, 80) is the cheapest;
    /// C (3.5, 120) is dominated by A and D (more benefit for less); E (2.0, 80) by B (same cost, less benefit).
    @Test func frontierAndDomination() {
        let value = ValueForMoney([
            (vendor: "A", benefit: 4.0, cost: 100), (vendor: "B", benefit: 3.0, cost: 80),
            (vendor: "C", benefit: 3.5, cost: 120), (vendor: "D", benefit: 4.0, cost: 100),
            (vendor: "E", benefit: 2.0, cost: 80),
        ])
        #expect(value.frontier == ["B", "A", "D"])
        #expect(value.options.map(\.dominatedBy) == [[], [], ["A", "D"], [], ["B"]])
        #expect(value.options[0].benefitPerCost == 0.04)
        #expect(value.options[0].costPerBenefit == 25)
    }

    @Test func zeroCostOrBenefitHasNoRatio() {
        let value = ValueForMoney([(vendor: "free", benefit: 2.0, cost: 0), (vendor: "useless", benefit: 0, cost: 50)])
        #expect(value.options[0].benefitPerCost == nil)
        #expect(value.options[1].costPerBenefit == nil)
        #expect(value.frontier == ["free"])
    }

    @Test func frontierDoesNotDependOnTheOrderOfVendors() async {
        let options = zip(Gen.int(in: 0...10).array(of: 6), Gen.int64(in: 1...5).array(of: 6), Gen.int(in: 0...1000).array(of: 6))
        await propertyCheck(count: 300, input: options) { benefits, costs, keys in
            let vendors = (0..<6).map { (vendor: $0, benefit: Double(benefits[$0]) / 2, cost: costs[$0]) }
            let shuffled = vendors.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { vendors[$0] }
            let a = ValueForMoney(vendors)
            let b = ValueForMoney(shuffled)
            #expect(Set(a.frontier) == Set(b.frontier))
            for option in a.options {
                let other = b.options.first { $0.vendor == option.vendor }
                #expect(Set(option.dominatedBy) == Set(other?.dominatedBy ?? [-1]))
                // Nobody on the frontier is dominated; everyone off it is.
                #expect(option.isEfficient == a.frontier.contains(option.vendor))
            }
        }
    }
}
