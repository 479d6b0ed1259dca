import Localization
import ProcessCatalog

/// Checks a whole workspace: the rules of each file that go beyond its shape, and every cross-reference
/// between files. Reports every problem it finds; never stops at the first.
public struct WorkspaceValidator {
    let workspace: Workspace
    private let catalogSource: LazyCatalog
    let probes: ProbeCatalog?
    var diagnostics: [Diagnostic] = []
    /// "Did you mean" hints cost an edit distance per known id; past this many the rest go without, so a
    /// file full of broken references cannot make validation crawl.
    public static let suggestionBudget = 100
    var suggestionsLeft = suggestionBudget

    var catalog: APQCCatalog? { catalogSource.value }

    /// The catalog, loaded once when first asked for.
    private final class LazyCatalog {
        let load: () -> APQCCatalog?
        lazy var value: APQCCatalog? = load()

        init(_ load: @escaping () -> APQCCatalog?) { self.load = load }
    }

    /// Everyone who can be referenced as a person: core-team members and stakeholders.
    let people: Set<Identifier<Person>>
    let vendorIDs: Set<Vendor.ID>
    let requirementIDs: Set<Requirement.ID>

    /// - Parameters:
    ///   - catalog: the APQC catalog that `apqc:` references must exist in; `nil` skips that check. It is
    ///     evaluated the first time a reference needs it: a workspace without any costs no catalog parsing.
    ///   - probes: the smoke-test probes that `verify.probe` should name; `nil` skips that check.
    public init(workspace: Workspace, catalog: @escaping @autoclosure () -> APQCCatalog?, probes: ProbeCatalog? = nil) {
        self.workspace = workspace
        self.catalogSource = LazyCatalog(catalog)
        self.probes = probes
        // Computed once: every reference is checked against them.
        people = Set((workspace.project?.coreTeam ?? []).map(\.id) + workspace.stakeholders.stakeholders.map(\.id))
        vendorIDs = Set(workspace.shortlist.vendors.map(\.id))
        requirementIDs = Set(workspace.requirements.requirements.map(\.id))
    }

    public static func validate(
        _ workspace: Workspace, catalog: @escaping @autoclosure () -> APQCCatalog?, probes: ProbeCatalog? = nil
    ) -> [Diagnostic] {
        var validator = WorkspaceValidator(workspace: workspace, catalog: catalog(), probes: probes)
        validator.checkProject()
        validator.checkStakeholders()
        validator.checkConsultants()
        validator.checkShortlist()
        validator.checkRequirements()
        validator.checkVendorFiles()
        validator.checkScorecard()
        validator.checkScoreSheets()
        validator.checkPlan()
        validator.checkCharters()
        validator.checkCRMSetup()
        return validator.diagnostics
    }

    // MARK: Rules shared by every file

    /// Reports every id used twice in one list, pointing at the second use and naming the first.
    mutating func checkUnique<Kind>(
        _ records: [(id: Identifier<Kind>, origin: FieldOrigin)], kind: LocalizedText
    ) {
        var seen: [Identifier<Kind>: FieldOrigin] = [:]
        for record in records {
            if let first = seen[record.id] {
                diagnostics.append(
                    .error(
                        "duplicate-id", at: record.origin.appending("id"),
                        en: "\(kind.text(in: .en)) id \"\(record.id)\" is already used (\(first.description))",
                        fa: "شناسه «\(record.id)» برای \(kind.text(in: .fa)) پیش‌تر به کار رفته است (\(first.description))",
                        fixEn: "give each \(kind.text(in: .en)) its own id",
                        fixFa: "به هر \(kind.text(in: .fa)) شناسه‌ای جدا بدهید"))
            } else {
                seen[record.id] = record.origin
            }
        }
    }

    /// Reports a reference to a record that does not exist, with the closest existing id as a hint.
    mutating func checkReference<Kind>(
        _ id: Identifier<Kind>, at origin: FieldOrigin, among known: Set<Identifier<Kind>>,
        kind: LocalizedText, whereToAdd: String
    ) {
        guard !known.contains(id), !Self.unreadableKinds(workspace).contains(ObjectIdentifier(Kind.self)) else { return }
        var suggestion: String?
        if suggestionsLeft > 0 {
            suggestionsLeft -= 1
            suggestion = Suggestion.closest(to: id.rawValue, among: known.map(\.rawValue))
        }
        diagnostics.append(
            .error(
                "unknown-reference", at: origin,
                en: "\"\(id)\" is not a \(kind.text(in: .en)) of this workspace",
                fa: "«\(id)» در این فضای کار \(kind.text(in: .fa)) نیست",
                fixEn: "add \(id) to \(whereToAdd) or correct the id" + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""),
                fixFa: "\(id) را به \(whereToAdd) بیفزایید یا شناسه را اصلاح کنید"
                    + (suggestion.map { " (منظورتان «\($0)» بود؟)" } ?? "")))
    }

    /// The kinds of record whose file could not be read: references to them are not checked.
    static func unreadableKinds(_ workspace: Workspace) -> Set<ObjectIdentifier> {
        var kinds: Set<ObjectIdentifier> = []
        if workspace.unreadable.contains(.people) { kinds.insert(ObjectIdentifier(Person.self)) }
        if workspace.unreadable.contains(.vendors) { kinds.insert(ObjectIdentifier(Vendor.self)) }
        if workspace.unreadable.contains(.requirements) { kinds.insert(ObjectIdentifier(Requirement.self)) }
        return kinds
    }

    mutating func checkPerson(_ id: Identifier<Person>, at origin: FieldOrigin) {
        guard !workspace.unreadable.contains(.people) else { return }
        checkReference(
            id, at: origin, among: people,
            kind: LocalizedText(fa: "فرد (عضو تیم اصلی یا ذی‌نفع)", en: "person (core team member or stakeholder)"),
            whereToAdd: "stakeholders.yaml")
    }

    mutating func checkAPQC(_ reference: String?, at origin: FieldOrigin) {
        guard let reference, let catalog else { return }
        guard catalog.element(reference: reference) == nil else { return }
        var hint: [String] = []
        if suggestionsLeft > 0 {
            suggestionsLeft -= 1
            hint = catalog.suggestions(for: reference, limit: 3).map(\.hierarchyID.description)
        }
        diagnostics.append(
            .error(
                "unknown-apqc-process", at: origin,
                en: "\"\(reference)\" is not a process of the APQC catalog (categories 3.0 and 6.0)",
                fa: "«\(reference)» فرآیندی از کاتالوگ APQC (دسته‌های ۳٫۰ و ۶٫۰) نیست",
                fixEn: "use a hierarchy id such as 6.2.3; list them with crmkit catalog list"
                    + (hint.isEmpty ? "" : " (near: \(hint.joined(separator: ", ")))"),
                fixFa: "شناسه‌ای مانند 6.2.3 بنویسید؛ فهرست آن‌ها: crmkit catalog list"
                    + (hint.isEmpty ? "" : " (نزدیک‌ترین‌ها: \(hint.joined(separator: "، ")))")))
    }

    /// The file name without folder and extension: `vendors/acme.yaml` → `acme`.
    public static func stem(of file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    mutating func checkFileNamed(_ origin: FieldOrigin, key: String, id: String) {
        let stem = Self.stem(of: origin.file)
        guard stem != id else { return }
        diagnostics.append(
            .error(
                "file-name-mismatch", at: origin.appending(key),
                en: "\(key) is \"\(id)\" but the file is named \(stem)",
                fa: "مقدار \(key) برابر «\(id)» است اما نام فایل \(stem) است",
                fixEn: "rename the file to \(id).yaml or set \(key): \(stem)",
                fixFa: "نام فایل را \(id).yaml بگذارید یا \(key): \(stem) بنویسید"))
    }
}
