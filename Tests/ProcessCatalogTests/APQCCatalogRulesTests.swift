import Foundation
import Localization
import ProcessCatalog
import Testing
import WorkspaceFiles

/// The rules a catalog enforces when it is built, on small hand-made trees.
@Suite struct APQCCatalogRulesTests {
    private func element(_ id: String, _ elementID: Int, _ children: [ProcessElement] = []) throws -> ProcessElement {
        ProcessElement(
            hierarchyID: try #require(HierarchyID(id)), elementID: elementID, name: LocalizedText(en: "Element \(id)"),
            children: children)
    }

    private func catalog(_ categories: [ProcessElement]) throws(APQCCatalogError) -> APQCCatalog {
        try APQCCatalog(metadata: .init(version: "7.4"), notice: "©2024 APQC.", categories: categories)
    }

    @Test func putsChildrenInHierarchyOrder() throws {
        let built = try catalog([
            try element("6.0", 6, [try element("6.10", 610), try element("6.2", 62), try element("6.9", 69)]),
            try element("3.0", 3),
        ])
        #expect(built.elements.map(\.hierarchyID.description) == ["3.0", "6.0", "6.2", "6.9", "6.10"])
    }

    @Test func rejectsADuplicateElementID() throws {
        #expect(
            throws: APQCCatalogError.duplicateElementID(31, first: HierarchyID("3.1")!, second: HierarchyID("3.2")!)
        ) {
            try catalog([try element("3.0", 3, [try element("3.1", 31), try element("3.2", 31)])])
        }
    }

    @Test func rejectsADuplicateHierarchyID() throws {
        #expect(throws: APQCCatalogError.duplicateHierarchyID(HierarchyID("3.1")!)) {
            try catalog([try element("3.0", 3, [try element("3.1", 31), try element("3.1", 32)])])
        }
    }

    @Test func rejectsAnElementUnderTheWrongParent() throws {
        #expect(throws: APQCCatalogError.misplacedElement(HierarchyID("6.1")!, parent: HierarchyID("3.0")!)) {
            try catalog([try element("3.0", 3, [try element("6.1", 61)])])
        }
        #expect(throws: APQCCatalogError.misplacedElement(HierarchyID("3.1")!, parent: nil)) {
            try catalog([try element("3.1", 31)])
        }
    }

    @Test func rejectsLevelFive() throws {
        let task = try element("3.1.1.1.1", 5)
        let tree = try element(
            "3.0", 3, [try element("3.1", 31, [try element("3.1.1", 311, [try element("3.1.1.1", 3111, [task])])])])
        #expect(throws: APQCCatalogError.levelOutOfRange(task.hierarchyID)) { try catalog([tree]) }
    }

    @Test func rejectsALevelThatDisagreesWithTheHierarchyID() throws {
        let document = APQCDocument(
            meta: .init(pcfVersion: "7.4"),
            categories: [
                .init(
                    hierarchyID: "3.0", elementID: 3, name: "Market", level: 1,
                    children: [
                        .init(hierarchyID: "3.1", elementID: 31, name: "Understand", level: 3)
                    ])
            ])
        #expect(throws: APQCCatalogError.levelMismatch(HierarchyID("3.1")!, declaredLevel: 3)) {
            try APQCCatalog(document: document, notice: "notice")
        }
    }

    @Test func rejectsAnUnknownPersianMatch() throws {
        let document = APQCDocument(
            meta: .init(pcfVersion: "7.4"),
            categories: [.init(hierarchyID: "3.0", elementID: 3, name: "Market", level: 1, persianMatch: "exact")])
        #expect(throws: APQCCatalogError.unknownPersianMatch("exact", HierarchyID("3.0")!)) {
            try APQCCatalog(document: document, notice: "notice")
        }
    }

    @Test func errorsSayWhatToFix() {
        let error = APQCCatalogError.duplicateElementID(
            10183, first: HierarchyID("3.5.1")!, second: HierarchyID("3.5.2")!)
        #expect(error.errorDescription?.contains("10183") == true)
        #expect(error.errorDescription?.contains("3.5.2") == true)
    }
}

/// Reading a catalog file's text: the header notice and the YAML body.
@Suite struct CatalogFileTests {
    static let file = """
        # A small catalog.
        #
        # TERMS OF USE / ATTRIBUTION (keep this notice):
        #   "©2024 APQC. ALL RIGHTS RESERVED."
        #     indented line
        #
        # AFTER: not part of the notice

        meta:
          pcf_version: "7.4"
          counts: {level_1: 1, level_2: 1, level_3_without_persian: ["3.1.1"]}
        categories:
          - hierarchy_id: "3.0"
            element_id: 10004
            name: "Market and Sell Products and Services"
            persian_name: "بازاریابی و فروش محصولات و خدمات"
            level: 1
            children:
              - {hierarchy_id: "3.1", element_id: 10101, name: "Understand markets", persian_name: null, level: 2, persian_match: direct, level_5_children_omitted: 2}
        persian_unmatched:
          - persian_name: "بازیافت"
            element_id: 20109
            hierarchy_id: "4.4.2.5"
            hierarchy_id_v7_2_1: "4.4.2.6"
        """

    @Test func readsTheNoticeVerbatim() throws {
        let notice = try APQCDocument.licenceNotice(inHeaderOf: Self.file)
        #expect(
            notice == """
                TERMS OF USE / ATTRIBUTION (keep this notice):
                  "©2024 APQC. ALL RIGHTS RESERVED."
                    indented line
                """)
    }

    @Test func noticeIsRequired() {
        #expect(throws: APQCCatalogError.noticeMissing) {
            try APQCDocument.licenceNotice(
                inHeaderOf: "# no notice here\nmeta: {}\n# TERMS OF USE / ATTRIBUTION after the header\n")
        }
    }

    @Test func decodesTheYAMLBody() throws {
        let catalog = try BundledCatalog.catalog(fromYAML: Self.file, source: "small.yaml")
        #expect(catalog.metadata.version == "7.4")
        #expect(catalog.metadata.declaredCounts == [1: 1, 2: 1])
        #expect(catalog.metadata.levelThreeWithoutPersianName == [HierarchyID("3.1.1")])
        let group = try #require(catalog.element(reference: "3.1"))
        #expect(group.name == LocalizedText(fa: nil, en: "Understand markets"))
        #expect(group.persianMatch == .direct)
        #expect(group.omittedTaskCount == 2)
        #expect(catalog.attribution.contains("©2024 APQC. ALL RIGHTS RESERVED."))
        #expect(catalog.unmatchedPersianNames.first?.formerHierarchyID == HierarchyID("4.4.2.6"))
    }

    @Test func namesTheProblemInAMalformedFile() {
        let broken = Self.file.replacingOccurrences(of: "element_id: 10101", with: "element_id: ten")
        #expect {
            try BundledCatalog.catalog(fromYAML: broken, source: "small.yaml")
        } throws: { error in
            guard case .malformed(let file, let reason) = error as? BundledCatalogError else { return false }
            return file == "small.yaml" && reason.contains("categories[0].children[0].element_id")
        }
    }
}
