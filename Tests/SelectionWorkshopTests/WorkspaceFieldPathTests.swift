import PropertyBased
import Testing

@testable import SelectionWorkshop

@Suite struct WorkspaceFieldPathTests {
    @Test func plainPath() throws {
        let path = try #require(WorkspaceFieldPath("project.yaml:project.name"))
        #expect(path.file == "project.yaml")
        #expect(path.keys.map(\.name) == ["project", "name"])
        #expect(path.keys.map(\.eachItem) == [false, false])
        #expect(path.description == "project.yaml:project.name")
    }

    @Test func listMarkerMeansEachItem() throws {
        let path = try #require(WorkspaceFieldPath("stakeholders.yaml:interviews[].reports_missing"))
        #expect(path.file == "stakeholders.yaml")
        #expect(path.keys.map(\.name) == ["interviews", "reports_missing"])
        #expect(path.keys.map(\.eachItem) == [true, false])
        #expect(path.description == "stakeholders.yaml:interviews[].reports_missing")
    }

    @Test func starStandsForAnyFileOfTheFolder() throws {
        let path = try #require(WorkspaceFieldPath("vendors/*.yaml:interview.costs.licence"))
        #expect(path.file == "vendors/*.yaml")
        #expect(path.keys.map(\.name) == ["interview", "costs", "licence"])
        #expect(path.names(file: "vendors/acme.yaml"))
        #expect(path.names(file: "vendors/a.yaml"))
        #expect(!path.names(file: "scores/acme.yaml"))
        #expect(!path.names(file: "vendors/acme.yml"))
        #expect(!path.names(file: "vendors.yaml"))
        #expect(!path.names(file: "acme.yaml"))
    }

    @Test func withoutAStarOnlyTheFileItselfIsNamed() throws {
        let path = try #require(WorkspaceFieldPath("project.yaml:project.name"))
        #expect(path.names(file: "project.yaml"))
        #expect(!path.names(file: "project.yml"))
        #expect(!path.names(file: "other/project.yaml"))
    }

    @Test(arguments: [
        "no-colon",
        "a.yaml:",
        ":project.name",
        "a.yaml:x..y",
        "a.yaml:.x",
        "a.yaml:x.",
        "a.yaml:[]",
        "a.yaml:x[][]",
        "a.yaml:call-center",
        "a.yaml:x y",
        "",
    ])
    func rejectsMalformedPaths(_ text: String) {
        #expect(WorkspaceFieldPath(text) == nil)
    }

    static let key = zip(Gen.lowercaseLetter.string(of: 1...6), Gen.bool).map { name, each in name + (each ? "[]" : "") }

    @Test func descriptionParsesBackToTheSamePath() async {
        await propertyCheck(
            count: 300, input: Self.key.array(of: 1...4), Gen<String?>.element(of: ["project.yaml", "vendors/*.yaml"])
        ) {
            keys, file throws in
            let text = "\(file ?? "x.yaml"):\(keys.joined(separator: "."))"
            let path = try #require(WorkspaceFieldPath(text))
            #expect(path.description == text)
            #expect(WorkspaceFieldPath(path.description) == path)
        }
    }
}
