import Localization

/// One element of the APQC Process Classification Framework — a category, process group, process or
/// activity — with its Persian name where our source has one, and its children.
public struct ProcessElement: Sendable, Hashable {
    /// Where the element sits in the PCF release this catalog follows, e.g. `3.5.1`.
    public var hierarchyID: HierarchyID
    /// APQC's element ID ("PCF ID"), e.g. `10183`: stable across releases while the meaning stays the same.
    public var elementID: Int
    /// `en` is APQC's exact English name; `fa` the Persian name from our source, `nil` where it has none
    /// (every activity, and the five processes listed in the catalog file's header).
    public var name: LocalizedText
    /// How the Persian name relates to the English one, when there is a Persian name.
    public var persianMatch: PersianMatch?
    /// Why the Persian name is not a plain translation (in English).
    public var persianNote: String?
    /// Anything else worth knowing about the element (in English), e.g. how it changed between releases.
    public var note: String?
    /// The element's hierarchy ID in the older release the catalog compares with (PCF 7.2.1), where it differs.
    public var formerHierarchyID: HierarchyID?
    /// The element's English name in the older release the catalog compares with (PCF 7.2.1), where it differs.
    public var formerName: String?
    /// How many level-5 tasks APQC lists under this element that the catalog leaves out.
    public var omittedTaskCount: Int
    /// The elements one level down, in hierarchy order.
    public var children: [ProcessElement]

    public init(
        hierarchyID: HierarchyID, elementID: Int, name: LocalizedText, persianMatch: PersianMatch? = nil,
        persianNote: String? = nil, note: String? = nil, formerHierarchyID: HierarchyID? = nil,
        formerName: String? = nil, omittedTaskCount: Int = 0, children: [ProcessElement] = []
    ) {
        self.hierarchyID = hierarchyID
        self.elementID = elementID
        self.name = name
        self.persianMatch = persianMatch
        self.persianNote = persianNote
        self.note = note
        self.formerHierarchyID = formerHierarchyID
        self.formerName = formerName
        self.omittedTaskCount = omittedTaskCount
        self.children = children
    }

    /// 1 (category) to 4 (activity); the depth of the hierarchy ID.
    public var level: Int { hierarchyID.level }

    /// APQC's word for the element's level, when it is one of the four the catalog holds.
    public var processLevel: ProcessLevel? { ProcessLevel(rawValue: level) }
}

/// APQC's names for the levels of the framework.
public enum ProcessLevel: Int, Sendable, Hashable, CaseIterable {
    case category = 1
    case processGroup = 2
    case process = 3
    case activity = 4

    /// The level's name, e.g. "Process group" / "گروه فرآیند".
    public var name: LocalizedText {
        switch self {
        case .category: LocalizedText(fa: "دسته", en: "Category")
        case .processGroup: LocalizedText(fa: "گروه فرآیند", en: "Process group")
        case .process: LocalizedText(fa: "فرآیند", en: "Process")
        case .activity: LocalizedText(fa: "فعالیت", en: "Activity")
        }
    }
}

/// How a Persian process name from our source maps onto APQC's English element (the file's `persian_match`).
public enum PersianMatch: String, Sendable, Hashable, CaseIterable, Codable {
    /// One Persian line, same meaning.
    case direct
    /// The Persian follows an English name from before PCF 7.4.
    case olderName = "older_name"
    /// Matched by position and meaning, but the translation is loose or wrong.
    case loose
    /// One Persian line covers two PCF elements.
    case shared
    /// The name was recovered from a flattened line of the source table.
    case reconstructed

    /// A one-line explanation for people reading the catalog.
    public var explanation: LocalizedText {
        switch self {
        case .direct:
            LocalizedText(fa: "ترجمهٔ مستقیم، هم‌معنا", en: "direct translation, same meaning")
        case .olderName:
            LocalizedText(fa: "برگرفته از نام پیش از نسخهٔ ۷٫۴", en: "follows the name used before PCF 7.4")
        case .loose:
            LocalizedText(
                fa: "هم‌جایگاه و هم‌معنا، ولی ترجمه آزاد یا نادرست است",
                en: "same position and meaning, but a loose or wrong translation")
        case .shared:
            LocalizedText(fa: "یک سطر فارسی برای دو عنصر", en: "one Persian line covers two elements")
        case .reconstructed:
            LocalizedText(fa: "بازسازی‌شده از سطری درهم‌ریخته", en: "recovered from a flattened source line")
        }
    }
}
