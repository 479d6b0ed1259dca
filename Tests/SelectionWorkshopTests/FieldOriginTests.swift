import Testing

@testable import SelectionWorkshop

@Suite struct FieldOriginTests {
    @Test(arguments: [
        ([FieldOrigin.Component.key("requirements"), .index(3), .key("sources"), .index(0)], "requirements[3].sources[0]"),
        ([], ""),
        ([.key("project"), .key("name")], "project.name"),
        ([.index(2)], "[2]"),
        ([.key("pairwise"), .index(0), .key("matrix"), .index(1), .index(0)], "pairwise[0].matrix[1][0]"),
        ([.key("scores"), .key("acme"), .key("cost")], "scores.acme.cost"),
    ])
    func keyPathIsWrittenAsInTheDocs(path: [FieldOrigin.Component], expected: String) {
        #expect(FieldOrigin(file: "requirements.yaml", path: path).keyPath == expected)
    }

    @Test func descriptionJoinsFileAndKeyPath() {
        let source = FieldOrigin.at("requirements.yaml").appending("requirements", 3).appending("sources", 0)
        #expect(source.path == [.key("requirements"), .index(3), .key("sources"), .index(0)])
        #expect(source.description == "requirements.yaml:requirements[3].sources[0]")
        #expect(FieldOrigin.at("project.yaml").description == "project.yaml")
        #expect(
            FieldOrigin.at("vendors/acme.yaml").appending("interview").appending("costs").description
                == "vendors/acme.yaml:interview.costs")
    }

    @Test func parentWalksUpOneComponentAtATimeToTheFileRoot() {
        let source = FieldOrigin.at("requirements.yaml", .key("requirements"), .index(3), .key("sources"), .index(0))
        #expect(source.parent?.keyPath == "requirements[3].sources")
        #expect(source.parent?.parent?.keyPath == "requirements[3]")
        var ancestors: [String] = []
        var next = source.parent
        while let origin = next {
            #expect(origin.file == "requirements.yaml")
            ancestors.append(origin.description)
            next = origin.parent
        }
        #expect(
            ancestors == [
                "requirements.yaml:requirements[3].sources", "requirements.yaml:requirements[3]",
                "requirements.yaml:requirements", "requirements.yaml",
            ])
        #expect(FieldOrigin.at("requirements.yaml").parent == nil)
    }

    @Test func ordersByFileFirst() {
        let late = FieldOrigin.at("a.yaml", .key("z"), .index(99))
        let early = FieldOrigin.at("b.yaml", .key("a"))
        #expect(late < early)
        #expect(!(early < late))
    }

    @Test func aFieldComesAfterTheRecordHoldingIt() {
        let record = FieldOrigin.at("requirements.yaml", .key("requirements"), .index(3))
        let field = record.appending("sources", 0)
        #expect(record < field)
        #expect(!(field < record))
        #expect(!(record < record))
    }

    @Test func listItemsOrderByIndexAsNumbers() {
        let second = FieldOrigin.at("requirements.yaml", .key("requirements"), .index(2))
        let eleventh = FieldOrigin.at("requirements.yaml", .key("requirements"), .index(10))
        let origins = [eleventh, second]
        #expect(second < eleventh)
        #expect(origins.sorted() == [second, eleventh])
    }
}
