import Foundation
import Localization

/// The catalog file `apqc-pcf.yaml` as written: a transfer type that mirrors its YAML structure.
///
/// It is decoded at the edge (`WorkspaceFiles.BundledCatalog`, with Yams) and turned into an `APQCCatalog`
/// by `APQCCatalog(document:notice:)`; the licence notice lives in the file's header comment, which a YAML
/// decoder never sees, so `licenceNotice(inHeaderOf:)` reads it from the raw text.
public struct APQCDocument: Decodable, Sendable, Hashable {
    public var meta: Meta
    public var categories: [Element]
    public var persianUnmatched: [UnmatchedEntry]?

    public init(meta: Meta, categories: [Element], persianUnmatched: [UnmatchedEntry]? = nil) {
        self.meta = meta
        self.categories = categories
        self.persianUnmatched = persianUnmatched
    }

    enum CodingKeys: String, CodingKey {
        case meta, categories
        case persianUnmatched = "persian_unmatched"
    }

    /// `meta:` — only what the catalog uses.
    public struct Meta: Decodable, Sendable, Hashable {
        public var framework: String?
        public var pcfVersion: String
        public var pcfVersionGenerated: String?
        public var pcfVersionComparedTo: String?
        public var secondaryVersionForOldNames: String?
        public var counts: Counts?

        public init(
            framework: String? = nil, pcfVersion: String, pcfVersionGenerated: String? = nil,
            pcfVersionComparedTo: String? = nil, secondaryVersionForOldNames: String? = nil,
            counts: Counts? = nil
        ) {
            self.framework = framework
            self.pcfVersion = pcfVersion
            self.pcfVersionGenerated = pcfVersionGenerated
            self.pcfVersionComparedTo = pcfVersionComparedTo
            self.secondaryVersionForOldNames = secondaryVersionForOldNames
            self.counts = counts
        }

        enum CodingKeys: String, CodingKey {
            case framework, counts
            case pcfVersion = "pcf_version"
            case pcfVersionGenerated = "pcf_version_generated"
            case pcfVersionComparedTo = "pcf_version_compared_to"
            case secondaryVersionForOldNames = "secondary_version_for_old_names"
        }
    }

    /// `meta.counts:` — how many elements the file says it holds.
    public struct Counts: Decodable, Sendable, Hashable {
        public var level1: Int?
        public var level2: Int?
        public var level3: Int?
        public var level4: Int?
        public var level5Omitted: Int?
        public var level3WithoutPersian: [String]?

        public init(
            level1: Int? = nil, level2: Int? = nil, level3: Int? = nil, level4: Int? = nil,
            level5Omitted: Int? = nil, level3WithoutPersian: [String]? = nil
        ) {
            self.level1 = level1
            self.level2 = level2
            self.level3 = level3
            self.level4 = level4
            self.level5Omitted = level5Omitted
            self.level3WithoutPersian = level3WithoutPersian
        }

        enum CodingKeys: String, CodingKey {
            case level1 = "level_1"
            case level2 = "level_2"
            case level3 = "level_3"
            case level4 = "level_4"
            case level5Omitted = "level_5_omitted"
            case level3WithoutPersian = "level_3_without_persian"
        }
    }

    /// One node of the `categories:` tree.
    public struct Element: Decodable, Sendable, Hashable {
        public var hierarchyID: String
        public var elementID: Int
        public var name: String
        public var persianName: String?
        public var level: Int
        public var persianMatch: String?
        public var persianNote: String?
        public var hierarchyIDV721: String?
        public var nameV721: String?
        public var note: String?
        public var level5ChildrenOmitted: Int?
        public var children: [Element]?

        public init(
            hierarchyID: String, elementID: Int, name: String, persianName: String? = nil, level: Int,
            persianMatch: String? = nil, persianNote: String? = nil, hierarchyIDV721: String? = nil,
            nameV721: String? = nil, note: String? = nil, level5ChildrenOmitted: Int? = nil,
            children: [Element]? = nil
        ) {
            self.hierarchyID = hierarchyID
            self.elementID = elementID
            self.name = name
            self.persianName = persianName
            self.level = level
            self.persianMatch = persianMatch
            self.persianNote = persianNote
            self.hierarchyIDV721 = hierarchyIDV721
            self.nameV721 = nameV721
            self.note = note
            self.level5ChildrenOmitted = level5ChildrenOmitted
            self.children = children
        }

        enum CodingKeys: String, CodingKey {
            case name, level, note, children
            case hierarchyID = "hierarchy_id"
            case elementID = "element_id"
            case persianName = "persian_name"
            case persianMatch = "persian_match"
            case persianNote = "persian_note"
            case hierarchyIDV721 = "hierarchy_id_v7_2_1"
            case nameV721 = "name_v7_2_1"
            case level5ChildrenOmitted = "level_5_children_omitted"
        }
    }

    /// One entry of `persian_unmatched:`.
    public struct UnmatchedEntry: Decodable, Sendable, Hashable {
        public var persianName: String
        public var positionInSource: String?
        public var meaning: String?
        public var elementID: Int?
        public var hierarchyID: String?
        public var name: String?
        public var hierarchyIDV721: String?
        public var nameV721: String?
        public var note: String?

        public init(
            persianName: String, positionInSource: String? = nil, meaning: String? = nil,
            elementID: Int? = nil, hierarchyID: String? = nil, name: String? = nil,
            hierarchyIDV721: String? = nil, nameV721: String? = nil, note: String? = nil
        ) {
            self.persianName = persianName
            self.positionInSource = positionInSource
            self.meaning = meaning
            self.elementID = elementID
            self.hierarchyID = hierarchyID
            self.name = name
            self.hierarchyIDV721 = hierarchyIDV721
            self.nameV721 = nameV721
            self.note = note
        }

        enum CodingKeys: String, CodingKey {
            case meaning, name, note
            case persianName = "persian_name"
            case positionInSource = "position_in_source"
            case elementID = "element_id"
            case hierarchyID = "hierarchy_id"
            case hierarchyIDV721 = "hierarchy_id_v7_2_1"
            case nameV721 = "name_v7_2_1"
        }
    }
}

// MARK: - The licence notice in the header comment

extension APQCDocument {
    /// The heading that opens the notice section of the file's header comment.
    public static let noticeHeading = "TERMS OF USE / ATTRIBUTION"

    /// The "TERMS OF USE / ATTRIBUTION" section of the header comment of a catalog file, verbatim: its
    /// lines from the heading to the end of the section (a bare `#` line, or the end of the header), each
    /// without its leading `# `.
    /// - Throws: `APQCCatalogError.noticeMissing` when the header has no such section.
    public static func licenceNotice(inHeaderOf yamlText: String) throws(APQCCatalogError) -> String {
        var lines: [Substring] = []
        var inNotice = false
        for rawLine in yamlText.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            guard line.hasPrefix("#") else { break }  // the header ends at the first line that is not a comment
            let text = line.dropFirst().hasPrefix(" ") ? line.dropFirst(2) : line.dropFirst()
            if inNotice {
                if text.allSatisfy(\.isWhitespace) { break }
                lines.append(text)
            } else if text.hasPrefix(noticeHeading) {
                inNotice = true
                lines.append(text)
            }
        }
        guard !lines.isEmpty else { throw .noticeMissing }
        return lines.joined(separator: "\n")
    }
}

// MARK: - Transfer type → domain

extension APQCCatalog {
    /// The catalog a decoded catalog file describes, with `notice` taken from its header comment.
    /// - Throws: `APQCCatalogError` for a malformed hierarchy ID, a `level` that disagrees with it, or any
    ///   rule `init(metadata:notice:categories:unmatchedPersianNames:)` checks.
    public init(document: APQCDocument, notice: String) throws(APQCCatalogError) {
        let meta = document.meta
        var declaredCounts: [Int: Int] = [:]
        if let counts = meta.counts {
            for (level, count) in [(1, counts.level1), (2, counts.level2), (3, counts.level3), (4, counts.level4)] {
                if let count { declaredCounts[level] = count }
            }
        }
        let withoutPersian = try (meta.counts?.level3WithoutPersian ?? []).map { text throws(APQCCatalogError) in
            try Self.hierarchyID(text, elementID: nil)
        }
        let metadata = Metadata(
            framework: meta.framework, version: meta.pcfVersion, generatedOn: meta.pcfVersionGenerated,
            comparedToVersion: meta.pcfVersionComparedTo, formerVersion: meta.secondaryVersionForOldNames,
            declaredCounts: declaredCounts, levelThreeWithoutPersianName: withoutPersian)
        let categories = try document.categories.map { element throws(APQCCatalogError) in
            try Self.processElement(element)
        }
        let unmatched = try (document.persianUnmatched ?? []).map { entry throws(APQCCatalogError) in
            UnmatchedPersianName(
                persianName: entry.persianName, meaning: entry.meaning, positionInSource: entry.positionInSource,
                elementID: entry.elementID,
                hierarchyID: try entry.hierarchyID.map { text throws(APQCCatalogError) in
                    try Self.hierarchyID(text, elementID: entry.elementID)
                },
                name: entry.name,
                formerHierarchyID: try entry.hierarchyIDV721.map { text throws(APQCCatalogError) in
                    try Self.hierarchyID(text, elementID: entry.elementID)
                },
                formerName: entry.nameV721, note: entry.note)
        }
        try self.init(
            metadata: metadata, notice: notice, categories: categories, unmatchedPersianNames: unmatched)
    }

    private static func processElement(_ element: APQCDocument.Element) throws(APQCCatalogError) -> ProcessElement {
        let id = try hierarchyID(element.hierarchyID, elementID: element.elementID)
        guard id.level == element.level else { throw .levelMismatch(id, declaredLevel: element.level) }
        var persianMatch: PersianMatch?
        if let text = element.persianMatch {
            guard let match = PersianMatch(rawValue: text) else { throw .unknownPersianMatch(text, id) }
            persianMatch = match
        }
        return ProcessElement(
            hierarchyID: id, elementID: element.elementID,
            name: LocalizedText(fa: element.persianName, en: element.name),
            persianMatch: persianMatch,
            persianNote: element.persianNote, note: element.note,
            formerHierarchyID: try element.hierarchyIDV721.map { text throws(APQCCatalogError) in
                try hierarchyID(text, elementID: element.elementID)
            },
            formerName: element.nameV721, omittedTaskCount: element.level5ChildrenOmitted ?? 0,
            children: try (element.children ?? []).map { child throws(APQCCatalogError) in
                try processElement(child)
            })
    }

    private static func hierarchyID(_ text: String, elementID: Int?) throws(APQCCatalogError) -> HierarchyID {
        guard let id = HierarchyID(text) else { throw .invalidHierarchyID(text, elementID: elementID) }
        return id
    }
}
