import Foundation
import Localization

/// The APQC Process Classification Framework extract crmkit ships (categories 3.0 and 6.0, levels 1–4),
/// with Persian names, looked up by hierarchy ID, element ID, level or text.
///
/// Building one checks that hierarchy IDs and element IDs are unique and that every element sits under
/// its own parent, so lookups can trust the tree.
public struct APQCCatalog: Sendable {
    /// Which PCF release the catalog follows, and what its file says about itself.
    public let metadata: Metadata
    /// APQC's licence and attribution notice, verbatim. APQC's licence requires it with every copy; show it.
    public let notice: String
    /// The level-1 elements, each with its whole subtree, in hierarchy order.
    public let categories: [ProcessElement]
    /// Persian names from our source with no element in the catalog's categories (kept as data).
    public let unmatchedPersianNames: [UnmatchedPersianName]
    /// Every element, parents before children, in hierarchy order.
    public let elements: [ProcessElement]

    private let indexByHierarchyID: [HierarchyID: Int]
    private let indexByElementID: [Int: Int]

    /// Builds the catalog, putting children in hierarchy order.
    /// - Throws: `APQCCatalogError` when an element is outside levels 1–4, sits under the wrong parent, or
    ///   shares its hierarchy ID or element ID with another.
    public init(
        metadata: Metadata, notice: String, categories: [ProcessElement],
        unmatchedPersianNames: [UnmatchedPersianName] = []
    ) throws(APQCCatalogError) {
        let sorted = try categories.map { category throws(APQCCatalogError) in
            try Self.checkedSubtree(category, parent: nil)
        }.sorted { $0.hierarchyID < $1.hierarchyID }

        var elements: [ProcessElement] = []
        var indexByHierarchyID: [HierarchyID: Int] = [:]
        var indexByElementID: [Int: Int] = [:]
        var pending = sorted.reversed() as [ProcessElement]
        while let element = pending.popLast() {
            if indexByHierarchyID[element.hierarchyID] != nil {
                throw .duplicateHierarchyID(element.hierarchyID)
            }
            if let first = indexByElementID[element.elementID] {
                throw .duplicateElementID(
                    element.elementID, first: elements[first].hierarchyID, second: element.hierarchyID)
            }
            indexByHierarchyID[element.hierarchyID] = elements.count
            indexByElementID[element.elementID] = elements.count
            elements.append(element)
            pending.append(contentsOf: element.children.reversed())
        }

        self.metadata = metadata
        self.notice = notice
        self.categories = sorted
        self.unmatchedPersianNames = unmatchedPersianNames
        self.elements = elements
        self.indexByHierarchyID = indexByHierarchyID
        self.indexByElementID = indexByElementID
    }

    /// A one-line credit to print under catalog output, e.g.
    /// "APQC Process Classification Framework® (PCF) 7.4 — ©2024 APQC. ALL RIGHTS RESERVED."
    public var attribution: String {
        "APQC Process Classification Framework® (PCF) \(metadata.version) — \(copyrightLine)"
    }

    /// The notice's copyright sentence ("©2024 APQC. ALL RIGHTS RESERVED."), or "© APQC" when it has none.
    public var copyrightLine: String {
        guard let start = notice.firstIndex(of: "©") else { return "© APQC" }
        let rest = notice[start...]
        let end = rest.range(of: "RESERVED.")?.upperBound ?? rest.firstIndex(of: "\n") ?? rest.endIndex
        return String(rest[..<end]).replacingOccurrences(of: "\"", with: "")
    }

    // MARK: - Lookups

    /// The element at `hierarchyID`, if the catalog has it.
    public func element(hierarchyID: HierarchyID) -> ProcessElement? {
        indexByHierarchyID[hierarchyID].map { elements[$0] }
    }

    /// The element with APQC element ID `elementID`, if the catalog has it.
    public func element(elementID: Int) -> ProcessElement? {
        indexByElementID[elementID].map { elements[$0] }
    }

    /// The element a person means by `reference`: a hierarchy ID (`3.5.1`, `3.0`) or an APQC element ID
    /// (`10183`), in Latin or Persian digits. A bare number is an element ID first, then a category (`3`).
    public func element(reference: String) -> ProcessElement? {
        let text = PersianDigits.toLatin(reference.trimmingCharacters(in: .whitespacesAndNewlines))
        if !text.contains("."), let number = Int(text), let element = element(elementID: number) {
            return element
        }
        return HierarchyID(text).flatMap { element(hierarchyID: $0) }
    }

    /// The elements at `level` (1 category … 4 activity), in hierarchy order.
    public func elements(atLevel level: Int) -> [ProcessElement] {
        elements.filter { $0.level == level }
    }

    /// The elements that pass every condition of `query`, in hierarchy order.
    public func elements(matching query: CatalogQuery) -> [ProcessElement] {
        let key = query.text.map(SearchKey.init)
        return elements.filter { element in
            if let level = query.level, element.level != level { return false }
            if let under = query.under, !under.isAncestor(of: element.hierarchyID) { return false }
            if let key, !key.matches(element.name) { return false }
            return true
        }
    }

    /// The elements one level below `hierarchyID`, in hierarchy order; empty when it has none or is unknown.
    public func children(of hierarchyID: HierarchyID) -> [ProcessElement] {
        element(hierarchyID: hierarchyID)?.children ?? []
    }

    /// Every element below `hierarchyID`, at any depth, in hierarchy order.
    public func descendants(of hierarchyID: HierarchyID) -> [ProcessElement] {
        elements(matching: CatalogQuery(under: hierarchyID))
    }

    /// The ancestors of `hierarchyID`, category first, without the element itself; empty for a category.
    /// Ancestors missing from the catalog are skipped (a built catalog has them all).
    public func path(to hierarchyID: HierarchyID) -> [ProcessElement] {
        var ancestors: [ProcessElement] = []
        var current = hierarchyID.parent
        while let id = current {
            if let ancestor = element(hierarchyID: id) { ancestors.append(ancestor) }
            current = id.parent
        }
        return ancestors.reversed()
    }

    /// The elements whose English or Persian name contains every word of `text`, ignoring case, accents,
    /// Arabic/Persian letter variants (ي/ی, ك/ک) and zero-width non-joiners; in hierarchy order.
    /// Empty text matches nothing.
    public func search(_ text: String) -> [ProcessElement] {
        let key = SearchKey(text)
        guard !key.isEmpty else { return [] }
        return elements.filter { key.matches($0.name) }
    }

    /// Up to `limit` elements close to a `reference` that `element(reference:)` did not find, for a
    /// "did you mean" hint: the nearest existing ancestor and its children nearest in number for a
    /// hierarchy ID, the numerically nearest element IDs for a number, name matches for text.
    public func suggestions(for reference: String, limit: Int = 3) -> [ProcessElement] {
        guard limit > 0 else { return [] }
        let text = PersianDigits.toLatin(reference.trimmingCharacters(in: .whitespacesAndNewlines))
        if !text.contains("."), let number = Int(text), number >= 100 {
            let nearest = elements.sorted {
                (abs($0.elementID - number), $0.elementID) < (abs($1.elementID - number), $1.elementID)
            }
            return Array(nearest.prefix(limit))
        }
        if let id = HierarchyID(text) {
            var ancestor = id.parent
            while let candidate = ancestor, element(hierarchyID: candidate) == nil { ancestor = candidate.parent }
            let siblings = ancestor.map(children(of:)) ?? categories
            let position = id.components[(ancestor?.level ?? 0)]
            let nearest = siblings.sorted {
                let left = abs($0.hierarchyID.components[$0.level - 1] - position)
                let right = abs($1.hierarchyID.components[$1.level - 1] - position)
                return (left, $0.hierarchyID) < (right, $1.hierarchyID)
            }
            let found = (ancestor.flatMap { element(hierarchyID: $0) }.map { [$0] } ?? []) + nearest
            return Array(found.prefix(limit))
        }
        return Array(search(text).prefix(limit))
    }
}

extension APQCCatalog {
    /// What the catalog file says about itself.
    public struct Metadata: Sendable, Hashable {
        /// E.g. "APQC Process Classification Framework (PCF) - Cross-Industry".
        public var framework: String?
        /// The PCF release the hierarchy IDs, element IDs and English names follow, e.g. "7.4".
        public var version: String
        /// When APQC generated that release, as the file writes it (e.g. "2024-08-06").
        public var generatedOn: String?
        /// The release APQC's change log compares with (e.g. "7.3.1").
        public var comparedToVersion: String?
        /// The older release that `ProcessElement.formerName` and `formerHierarchyID` refer to (e.g. "7.2.1").
        public var formerVersion: String?
        /// How many elements the file says it holds at each level (level → count), to check against the tree.
        public var declaredCounts: [Int: Int]
        /// The level-3 elements the file says have no Persian name.
        public var levelThreeWithoutPersianName: [HierarchyID]

        public init(
            framework: String? = nil, version: String, generatedOn: String? = nil,
            comparedToVersion: String? = nil, formerVersion: String? = nil, declaredCounts: [Int: Int] = [:],
            levelThreeWithoutPersianName: [HierarchyID] = []
        ) {
            self.framework = framework
            self.version = version
            self.generatedOn = generatedOn
            self.comparedToVersion = comparedToVersion
            self.formerVersion = formerVersion
            self.declaredCounts = declaredCounts
            self.levelThreeWithoutPersianName = levelThreeWithoutPersianName
        }
    }

    /// Checks `element` and its subtree, returning it with children in hierarchy order.
    private static func checkedSubtree(
        _ element: ProcessElement, parent: HierarchyID?
    ) throws(APQCCatalogError) -> ProcessElement {
        guard (1...4).contains(element.level) else { throw .levelOutOfRange(element.hierarchyID) }
        guard element.hierarchyID.parent == parent else {
            throw .misplacedElement(element.hierarchyID, parent: parent)
        }
        guard element.elementID > 0 else {
            throw .invalidElementID(element.elementID, hierarchyID: element.hierarchyID)
        }
        var checked = element
        checked.children = try element.children.map { child throws(APQCCatalogError) in
            try checkedSubtree(child, parent: element.hierarchyID)
        }.sorted { $0.hierarchyID < $1.hierarchyID }
        return checked
    }
}

/// The conditions of a catalog listing; a `nil` condition lets every element through.
public struct CatalogQuery: Sendable, Hashable {
    /// Only elements at this level (1–4).
    public var level: Int?
    /// Only elements strictly below this one.
    public var under: HierarchyID?
    /// Only elements whose English or Persian name contains every word of this text (see `search`).
    public var text: String?

    public init(level: Int? = nil, under: HierarchyID? = nil, text: String? = nil) {
        self.level = level
        self.under = under
        self.text = text
    }
}

/// A Persian name from our source that matches no element of the catalog's categories (`persian_unmatched`).
public struct UnmatchedPersianName: Sendable, Hashable {
    public var persianName: String
    /// What the Persian says, in English.
    public var meaning: String?
    /// Where the line stands in the source list.
    public var positionInSource: String?
    /// The APQC element it most likely corresponds to, elsewhere in the PCF.
    public var elementID: Int?
    public var hierarchyID: HierarchyID?
    public var name: String?
    /// The element's hierarchy ID and name in the older release (`Metadata.formerVersion`).
    public var formerHierarchyID: HierarchyID?
    public var formerName: String?
    public var note: String?

    public init(
        persianName: String, meaning: String? = nil, positionInSource: String? = nil, elementID: Int? = nil,
        hierarchyID: HierarchyID? = nil, name: String? = nil, formerHierarchyID: HierarchyID? = nil,
        formerName: String? = nil, note: String? = nil
    ) {
        self.persianName = persianName
        self.meaning = meaning
        self.positionInSource = positionInSource
        self.elementID = elementID
        self.hierarchyID = hierarchyID
        self.name = name
        self.formerHierarchyID = formerHierarchyID
        self.formerName = formerName
        self.note = note
    }
}
