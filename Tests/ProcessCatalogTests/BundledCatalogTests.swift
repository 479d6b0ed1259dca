import Localization
import ProcessCatalog
import Testing
import WorkspaceFiles

/// The catalog crmkit ships, `apqc-pcf.yaml`, loaded the way the tool loads it.
@Suite struct BundledCatalogTests {
    let catalog: APQCCatalog

    init() throws {
        catalog = try BundledCatalog.load()
    }

    private func id(_ text: String) throws -> HierarchyID {
        try #require(HierarchyID(text))
    }

    @Test func followsPCFRelease74() {
        #expect(catalog.metadata.version == "7.4")
        #expect(catalog.metadata.formerVersion == "7.2.1")
        #expect(catalog.categories.map(\.hierarchyID.description) == ["3.0", "6.0"])
    }

    @Test func holdsTheCountsTheFileDeclares() {
        let counts = (1...4).map { catalog.elements(atLevel: $0).count }
        #expect(counts == [2, 10, 57, 196])
        #expect(catalog.metadata.declaredCounts == [1: 2, 2: 10, 3: 57, 4: 196])
        #expect(catalog.elements.count == 265)
    }

    @Test func findsKnownElements() throws {
        let leads = try #require(catalog.element(hierarchyID: id("3.5.1")))
        #expect(leads.elementID == 10182)
        #expect(leads.name.en == "Manage leads/opportunities")
        #expect(leads.name.fa == "مدیریت رهبری/ فرصت‌ها")
        #expect(leads.persianMatch == .loose)
        #expect(catalog.element(elementID: 10182) == leads)
        #expect(catalog.element(reference: "10182") == leads)
        #expect(catalog.element(reference: "۱۰۱۸۲") == leads)
        #expect(catalog.element(reference: "3.5.1") == leads)
        #expect(catalog.element(reference: "۳.۵.۱") == leads)

        let complaints = try #require(catalog.element(hierarchyID: id("6.2.3")))
        #expect(complaints.level == 3)
        #expect(complaints.elementID == 10389)
        #expect(complaints.name == LocalizedText(fa: "مدیریت شکایات مشتریان", en: "Manage customer complaints"))

        let warranty = try #require(catalog.element(hierarchyID: id("6.1.6")))
        #expect(warranty.elementID == 20089)
        #expect(warranty.persianMatch == .olderName)
        #expect(warranty.formerName == "Define warranty offering")

        let material = try #require(catalog.element(elementID: 16629))
        #expect(material.hierarchyID == (try id("3.3.9")))
        #expect(material.formerHierarchyID == (try id("3.3.8")))

        #expect(catalog.element(reference: "3")?.hierarchyID == (try id("3.0")))
        #expect(catalog.element(elementID: 20085)?.hierarchyID == (try id("6.0")))
        #expect(catalog.element(reference: "3.5.99") == nil)
        #expect(catalog.element(reference: "99999") == nil)
        #expect(catalog.element(reference: "leads") == nil)
    }

    @Test func identifiersAreUnique() {
        #expect(Set(catalog.elements.map(\.hierarchyID)).count == catalog.elements.count)
        #expect(Set(catalog.elements.map(\.elementID)).count == catalog.elements.count)
    }

    @Test func elementsAreInHierarchyOrder() {
        let ids = catalog.elements.map(\.hierarchyID)
        #expect(ids == ids.sorted())
    }

    @Test func childrenSitOneLevelBelowTheirParent() {
        for element in catalog.elements {
            for child in element.children {
                #expect(child.level == element.level + 1, "\(child.hierarchyID) under \(element.hierarchyID)")
                #expect(child.hierarchyID.parent == element.hierarchyID)
            }
            #expect(element.level < 4 || element.children.isEmpty)
            #expect(element.processLevel != nil)
        }
    }

    @Test func everyProcessAboveActivitiesHasAPersianNameExceptTheFiveListed() throws {
        let listed = try ["3.3.8", "3.5.6", "3.5.7", "3.5.8", "6.3.1"].map(id)
        #expect(catalog.metadata.levelThreeWithoutPersianName == listed)
        let withoutPersian = catalog.elements.filter { $0.level <= 3 && $0.name.exactly(.fa) == nil }
        #expect(withoutPersian.map(\.hierarchyID) == listed)
        for element in catalog.elements {
            #expect(element.name.exactly(.en) != nil, "\(element.hierarchyID) has no English name")
            if element.level == 4 { #expect(element.name.fa == nil) }
            // A Persian name comes with a note on how it matches; no match without a Persian name.
            #expect(
                (element.name.fa != nil) == (element.persianMatch != nil) || element.level == 1,
                "\(element.hierarchyID)")
        }
    }

    @Test func carriesAPQCsNotice() {
        #expect(catalog.notice.hasPrefix("TERMS OF USE / ATTRIBUTION"))
        #expect(catalog.notice.contains("APQC"))
        #expect(catalog.notice.contains("©2024 APQC"))
        #expect(catalog.notice.contains("www.apqc.org/pcf"))
        #expect(!catalog.notice.contains("\n#"))
        #expect(catalog.copyrightLine == "©2024 APQC. ALL RIGHTS RESERVED.")
        #expect(catalog.attribution.contains("7.4"))
    }

    @Test func walksThePathAndChildren() throws {
        #expect(catalog.path(to: try id("3.5.1.2")).map(\.hierarchyID.description) == ["3.0", "3.5", "3.5.1"])
        #expect(catalog.path(to: try id("6.0")).isEmpty)
        #expect(
            catalog.children(of: try id("6.0")).map(\.hierarchyID.description) == ["6.1", "6.2", "6.3", "6.4", "6.5"])
        #expect(catalog.children(of: try id("3.3.8")).isEmpty)
        #expect(catalog.children(of: try id("9.9")).isEmpty)
        let underSix = catalog.descendants(of: try id("6.2"))
        #expect(!underSix.isEmpty && underSix.allSatisfy { $0.hierarchyID.description.hasPrefix("6.2.") })
    }

    @Test func filtersByLevelAncestorAndText() throws {
        let query = CatalogQuery(level: 3, under: try id("6.2"))
        #expect(
            catalog.elements(matching: query).map(\.hierarchyID.description) == [
                "6.2.1", "6.2.2", "6.2.3", "6.2.4", "6.2.5",
            ])
        let warranty = catalog.elements(matching: CatalogQuery(level: 3, text: "WARRANTY"))
        #expect(warranty.map(\.hierarchyID.description) == ["6.1.6", "6.3.2", "6.5.4"])
    }

    @Test(arguments: [
        ("manage LEADS", "3.5.1"),
        ("مدیریت رهبری", "3.5.1"),
        ("مديريت رهبري", "3.5.1"),  // Arabic yeh
        ("تجزیه وتحلیل بینش", "3.1.1"),  // space instead of a zero-width non-joiner
        ("تجزیه‌وتحلیل بینش", "3.1.1"),
    ])
    func searchesBothLanguages(text: String, expected: String) {
        #expect(catalog.search(text).map(\.hierarchyID.description).contains(expected))
    }

    @Test func emptySearchFindsNothing() {
        #expect(catalog.search("  ").isEmpty)
        #expect(catalog.search("no such process anywhere").isEmpty)
    }

    @Test func suggestsNearbyElements() {
        #expect(catalog.suggestions(for: "3.5.9").map(\.hierarchyID.description) == ["3.5", "3.5.8", "3.5.7"])
        #expect(catalog.suggestions(for: "10183").first?.elementID == 10183)
        #expect(catalog.suggestions(for: "10184").map(\.elementID).contains(10185))
        #expect(catalog.suggestions(for: "99999").count == 3)
        #expect(catalog.suggestions(for: "9.1").map(\.hierarchyID.description) == ["6.0", "3.0"])
        #expect(catalog.suggestions(for: "leads", limit: 1).map(\.hierarchyID.description) == ["3.5.1"])
    }

    @Test func keepsTheUnmatchedPersianName() {
        let unmatched = catalog.unmatchedPersianNames
        #expect(unmatched.count == 1)
        #expect(unmatched.first?.elementID == 20109)
        #expect(catalog.element(elementID: 20109) == nil)
    }

    @Test func loadsOnce() throws {
        let again = try BundledCatalog.load()
        #expect(again.elements == catalog.elements)
    }
}
