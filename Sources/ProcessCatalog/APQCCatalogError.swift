import Foundation

/// Why an APQC catalog could not be built: the catalog file is missing, or its content breaks a rule the
/// catalog relies on. The descriptions name the element and say what to fix in the file.
public enum APQCCatalogError: Error, LocalizedError, Sendable, Hashable {
    /// The catalog file is not where the build put it; `searched` lists the places looked at.
    case fileMissing(searched: [String])
    /// The file's header comment has no "TERMS OF USE / ATTRIBUTION" section to show users.
    case noticeMissing
    /// A `hierarchy_id` that is not of the form `3.0`, `3.5` or `3.5.1`.
    case invalidHierarchyID(String, elementID: Int?)
    /// An element ID that is not a positive number.
    case invalidElementID(Int, hierarchyID: HierarchyID)
    /// The `level` field disagrees with the depth of the hierarchy ID.
    case levelMismatch(HierarchyID, declaredLevel: Int)
    /// A `persian_match` value other than those `PersianMatch` knows.
    case unknownPersianMatch(String, HierarchyID)
    /// An element outside levels 1 to 4.
    case levelOutOfRange(HierarchyID)
    /// An element filed under a parent whose ID is not its own parent ID (or a non-category at the top).
    case misplacedElement(HierarchyID, parent: HierarchyID?)
    /// Two elements with the same hierarchy ID.
    case duplicateHierarchyID(HierarchyID)
    /// Two elements with the same APQC element ID.
    case duplicateElementID(Int, first: HierarchyID, second: HierarchyID)

    public var errorDescription: String? {
        switch self {
        case .fileMissing(let searched):
            "The APQC catalog file apqc-pcf.yaml is missing; looked in: \(searched.joined(separator: ", ")). "
                + "Reinstall crmkit together with its crmkit_ProcessCatalog resources folder."
        case .noticeMissing:
            "The APQC catalog file has no 'TERMS OF USE / ATTRIBUTION' section in its header comment; "
                + "APQC's licence requires that notice with every copy. Restore the header of apqc-pcf.yaml."
        case .invalidHierarchyID(let text, let elementID):
            "'\(text)'\(elementID.map { " (element \($0))" } ?? "") is not an APQC hierarchy ID; "
                + "write it like 3.0, 3.5 or 3.5.1."
        case .invalidElementID(let elementID, let hierarchyID):
            "Element \(hierarchyID) has element ID \(elementID); APQC element IDs are positive numbers."
        case .levelMismatch(let hierarchyID, let declaredLevel):
            "Element \(hierarchyID) says level \(declaredLevel) but its hierarchy ID is at level "
                + "\(hierarchyID.level); fix one of the two."
        case .unknownPersianMatch(let text, let hierarchyID):
            "Element \(hierarchyID) has persian_match '\(text)'; use one of "
                + PersianMatch.allCases.map(\.rawValue).joined(separator: ", ") + "."
        case .levelOutOfRange(let hierarchyID):
            "Element \(hierarchyID) is at level \(hierarchyID.level); the catalog holds levels 1 to 4 only."
        case .misplacedElement(let hierarchyID, let parent):
            if let parent {
                "Element \(hierarchyID) is listed under \(parent); move it under "
                    + "\(hierarchyID.parent?.description ?? "categories")."
            } else {
                "Element \(hierarchyID) is listed as a category; only level-1 IDs such as 3.0 belong there."
            }
        case .duplicateHierarchyID(let hierarchyID):
            "Hierarchy ID \(hierarchyID) appears more than once; each element needs its own."
        case .duplicateElementID(let elementID, let first, let second):
            "Element ID \(elementID) is used by both \(first) and \(second); each element needs its own."
        }
    }
}
