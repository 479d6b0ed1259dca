import Localization
import Testing

@testable import SelectionWorkshop

/// Step 5: weights by pairwise comparison — one square, reciprocal matrix per parent with two or more children.
@Suite struct PairwiseRulesTests {
    static let lopsided: [(matrix: [[Double]], place: String, shape: String)] = [
        ([[1, 3], [1.0 / 3]], "matrix[1]", "[2, 1]"),  // a short row: the row is pointed at
        ([[1, 3, 1], [1.0 / 3, 1]], "matrix[0]", "[3, 2]"),
        ([[1, 3]], "matrix", "[2]"),  // a missing row: the whole matrix is
        ([[1, 3], [1.0 / 3, 1], [1, 1]], "matrix", "[2, 2, 2]"),
    ]

    @Test(arguments: lopsided)
    func aMatrixThatIsNotSquare(matrix: [[Double]], at place: String, shape: String) throws {
        var workspace = try SampleWorkspace.pairwise()
        workspace.scorecard?.pairwise[0].matrix = matrix
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["matrix-not-square@scorecard.yaml:pairwise[0].\(place)"])
        #expect(diagnostics.first?.message.en?.contains("2×2") == true)
        #expect(diagnostics.first?.message.en?.contains(shape) == true)
    }

    @Test func aMatrixThatIsNotReciprocalNamesTheValueToWrite() throws {
        var workspace = try SampleWorkspace.pairwise()
        workspace.scorecard?.pairwise[0].matrix = [[1, 3], [3, 1]]
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["matrix-not-reciprocal@scorecard.yaml:pairwise[0].matrix[1][0]"])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.fix.en == "set row cost, column functionality to 1/3")
        #expect(diagnostic.fix.fa?.contains("1/3") == true)
        #expect(diagnostic.message.en?.contains("functionality over cost is 3 but cost over functionality is 3") == true)
    }

    @Test func aFractionBelowTheDiagonalNamesTheWholeNumberToWrite() throws {
        var workspace = try SampleWorkspace.pairwise()
        workspace.scorecard?.pairwise[0].matrix = [[1, 1.0 / 5], [1.0 / 5, 1]]
        let diagnostic = try #require(diagnose(workspace).with(rule: "matrix-not-reciprocal").first)
        #expect(diagnostic.fix.en == "set row cost, column functionality to 5")
    }

    @Test func aDiagonalEntryThatIsNotOne() throws {
        var workspace = try SampleWorkspace.pairwise()
        workspace.scorecard?.pairwise[1].matrix = [[1, 2], [0.5, 2]]
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["matrix-diagonal@scorecard.yaml:pairwise[1].matrix[1][1]"])
        #expect(diagnostics.first?.message.en?.contains("\"service-features\"") == true)
    }

    @Test(arguments: [0.0, -3])
    func anEntryThatIsNotPositive(entry: Double) throws {
        var workspace = try SampleWorkspace.pairwise()
        workspace.scorecard?.pairwise[0].matrix = [[1, entry], [1.0 / 3, 1]]
        #expect(diagnose(workspace).summary == ["matrix-not-positive@scorecard.yaml:pairwise[0].matrix[0][1]"])
    }

    @Test(arguments: [
        [Criterion.ID("functionality"), "price"],
        ["functionality"],
        ["functionality", "cost", "cost"],
    ])
    func itemsThatAreNotTheParentsChildren(items: [Criterion.ID]) throws {
        var workspace = try SampleWorkspace.pairwise()
        workspace.scorecard?.pairwise[0].items = items
        workspace.scorecard?.pairwise[0].matrix = Array(repeating: Array(repeating: 1, count: items.count), count: items.count)
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["matrix-items@scorecard.yaml:pairwise[0].items"])
        #expect(diagnostics.first?.fix.en == "write items: [functionality, cost]")
    }

    @Test func aParentWithSeveralChildrenAndNoMatrix() throws {
        var workspace = try SampleWorkspace.pairwise()
        workspace.scorecard?.pairwise.removeLast()
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["missing-matrix@scorecard.yaml:criteria[0]"])
        #expect(diagnostics.first?.fix.en?.contains("parent: functionality") == true)
    }

    @Test func theTopLevelWithNoMatrix() throws {
        var workspace = try SampleWorkspace.pairwise()
        workspace.scorecard?.pairwise.removeFirst()
        #expect(diagnose(workspace).summary == ["missing-matrix@scorecard.yaml:criteria"])
    }

    @Test func aParentWithOneChildNeedsNoMatrix() throws {
        var workspace = try SampleWorkspace.pairwise()
        workspace.scorecard?.criteria[0].children.removeLast()
        workspace.scorecard?.pairwise.removeLast()
        workspace.scoreSheets[0].scores.remove(at: 1)
        #expect(diagnose(workspace).isEmpty)
    }

    @Test func twoMatricesForOneParent() throws {
        var workspace = try SampleWorkspace.pairwise()
        var copy = SampleWorkspace.rootMatrix
        copy.origin = .at("scorecard.yaml", .key("pairwise"), .index(2))
        workspace.scorecard?.pairwise.append(copy)
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["duplicate-matrix@scorecard.yaml:pairwise[2].parent"])
        #expect(diagnostics.first?.message.en?.contains("\"root\"") == true)
    }

    @Test func aMatrixForAnUnknownParent() throws {
        var workspace = try SampleWorkspace.pairwise()
        workspace.scorecard?.pairwise[1].parent = "functionalty"
        let diagnostics = diagnose(workspace)
        #expect(
            diagnostics.summary == [
                "missing-matrix@scorecard.yaml:criteria[0]", "unknown-reference@scorecard.yaml:pairwise[1].parent",
            ])
        #expect(diagnostics.with(rule: "unknown-reference").first?.fix.en?.contains(#"did you mean "functionality"?"#) == true)
    }

    @Test func matricesUnderDirectWeightingAreIgnoredWithAWarning() throws {
        var workspace = try SampleWorkspace.pairwise()
        workspace.scorecard?.weighting = .direct
        let diagnostics = diagnose(workspace)
        #expect(diagnostics.summary == ["pairwise-ignored@scorecard.yaml:pairwise[0]"])
        #expect(diagnostics.first?.severity == .warning)
    }

    @Test func aHugeEntryIsReportedNotCrashedOn() async {
        // A matrix entry such as 1e300 reads as a finite number, and the reciprocal message writes it with ratio(_:).
        await #expect(processExitsWith: .success) {
            var workspace = try SampleWorkspace.pairwise()
            workspace.scorecard?.pairwise[0].matrix = [[1, 1e300], [1, 1]]
            let rules = WorkspaceValidator.validate(workspace, catalog: nil).map(\.rule)
            #expect(Set(rules) == ["matrix-not-reciprocal", "matrix-off-scale"])
        }
    }
}
