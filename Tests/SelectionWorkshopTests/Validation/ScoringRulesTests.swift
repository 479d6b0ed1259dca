import Localization
import Testing

@testable import SelectionWorkshop

/// Step 5: the scorecard's scale and direct weights, and the evaluators' score sheets.
@Suite struct ScoringRulesTests {
    @Test(arguments: [7.0, 2.5, -1, 5.5])
    func aScoreOffTheScale(value: Double) throws {
        var workspace = try SampleWorkspace.clean()
        workspace.scoreSheets[0].scores[1].value = value
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["score-off-scale@scores/sarah.yaml:scores.acme.service-features"])
        #expect(diagnostics.first?.severity == .error)
    }

    @Test func aScoreOnAParentCriterion() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.scoreSheets[0].scores.append(SampleWorkspace.score("acme", "functionality", 4))
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["score-on-parent@scores/sarah.yaml:scores.acme.functionality"])
        #expect(diagnostics.first?.message.en?.contains("functionality") == true)
    }

    @Test func aScoreForAnUnknownCriterion() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.scoreSheets[0].scores.append(SampleWorkspace.score("acme", "sales-feature", 4))
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["unknown-reference@scores/sarah.yaml:scores.acme.sales-feature"])
        #expect(diagnostics.first?.fix.en?.contains(#"did you mean "sales-features"?"#) == true)
    }

    /// The validator skips the lookup of a criterion that was a leaf at the same place for the vendor before;
    /// an unknown one at that place, or a leaf after an unknown one, is still looked up and reported each time.
    @Test func criteriaAreCheckedForEveryVendorWhateverTheOrder() throws {
        var workspace = try SampleWorkspace.clean()
        let sheet = workspace.scoreSheets[0]
        let rows = ["sales-features", "sales-feature", "cost"]
        workspace.scoreSheets[0].scores =
            rows.map { SampleWorkspace.score("acme", $0, 3) }
            + ["cost", "sales-feature", "sales-features"].map {
                SampleWorkspace.score("abrak", $0, 3)
            } + rows.map { SampleWorkspace.score("zarin", $0, 3) }
        workspace.shortlist.vendors += ["abrak", "zarin"].map { id in
            var vendor = workspace.shortlist.vendors[0]
            vendor.id = Vendor.ID(id)
            return vendor
        }
        let unknown = diagnose(workspace).summary.filter { $0.hasPrefix("unknown-reference") }
        #expect(
            unknown == ["abrak", "acme", "zarin"].map { "unknown-reference@\(sheet.origin.file):scores.\($0).sales-feature" })
    }

    @Test func scoresForAnUnknownVendorAreReportedOnceAtTheVendor() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.scoreSheets[0].scores += [
            SampleWorkspace.score("initech", "sales-features", 4), SampleWorkspace.score("initech", "cost", 2),
        ]
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["unknown-reference@scores/sarah.yaml:scores.initech"])
        #expect(diagnostics.first?.message.en?.contains("\"initech\"") == true)
    }

    @Test func scoresForAVendorOutOfTheShortlistAreAWarning() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.scoreSheets[0].scores += [
            SampleWorkspace.score("globex", "sales-features", 4), SampleWorkspace.score("globex", "cost", 1),
        ]
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["score-for-excluded-vendor@scores/sarah.yaml:scores.globex"])
        #expect(diagnostics.first?.severity == .warning)
    }

    @Test func twoScoreSheetsForOneEvaluator() throws {
        var workspace = try SampleWorkspace.clean()
        var copy = workspace.scoreSheets[0]
        copy.origin = .at("scores/sarah.yml")
        workspace.scoreSheets.append(copy)
        #expect(diagnose(workspace).summary == ["duplicate-score-sheet@scores/sarah.yml:evaluator"])
    }

    @Test(arguments: [0.0, -0.4, .nan, .infinity])
    func aWeightThatIsNotPositive(weight: Double) throws {
        var workspace = try SampleWorkspace.clean()
        workspace.scorecard?.criteria[1].weight = weight
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["weight-not-positive@scorecard.yaml:criteria[1].weight"])
        #expect(diagnostics.first?.message.en?.contains("\"cost\"") == true)
    }

    @Test func aWeightMissingAmongWeightedSiblings() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.scorecard?.criteria[1].weight = nil
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["missing-weight@scorecard.yaml:criteria[1].id"])
        #expect(diagnostics.first?.message.en?.contains("the top level") == true)
    }

    @Test func weightsMissingUnderAParentNameTheParent() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.scorecard?.criteria[0].children[1].weight = 2
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["missing-weight@scorecard.yaml:criteria[0].children[0].id"])
        #expect(diagnostics.first?.message.en?.contains("\"functionality\"") == true)
    }

    @Test func noWeightsAtAllMeanEqualWeights() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.scorecard?.criteria[0].weight = nil
        workspace.scorecard?.criteria[1].weight = nil
        #expect(diagnose(workspace).isEmpty)
    }

    @Test func aScaleWithoutRoomOrStep() throws {
        var workspace = try SampleWorkspace.clean()
        workspace.scorecard?.scale.maximum = 0
        workspace.scorecard?.scale.step = 0
        workspace.scoreSheets = []
        #expect(diagnose(workspace).summary == ["scale-range@scorecard.yaml:scale.max", "scale-step@scorecard.yaml:scale.step"])
    }

    @Test func scaleLevelsOffTheScaleOrTwice() throws {
        var workspace = try SampleWorkspace.clean()
        let level = { (value: Double, index: Int) in
            ScoreScale.Level(
                origin: .at("scorecard.yaml", .key("scale"), .key("levels"), .index(index)), value: value,
                label: bilingual("\(value)"),
                anchor: nil)
        }
        workspace.scorecard?.scale.levels = [level(0, 0), level(2.5, 1), level(5, 2), level(5, 3)]
        #expect(
            diagnose(workspace).summary == [
                "duplicate-level@scorecard.yaml:scale.levels[3].value", "level-off-scale@scorecard.yaml:scale.levels[1].value",
            ])
    }
}
