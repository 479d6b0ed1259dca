import Foundation
import Localization
import ProcessCatalog
import SelectionWorkshop

/// The smoke-test probes that ship with crmkit: `reference-crm/probes.yaml`, a resource of this target.
public enum BundledProbes {
    /// The file's name in the resource bundle, and where it lives in the sources.
    public static let fileName = "probes.yaml"
    public static let sourcePath = "reference-crm/probes.yaml"

    /// The shipped probes, read and checked once per process.
    /// - Throws: `ProbeCatalogError` when the file is missing or does not read cleanly.
    public static func load() throws(ProbeCatalogError) -> ProbeCatalog {
        try loaded.get()
    }

    private static let loaded: Result<ProbeCatalog, ProbeCatalogError> = Result { () throws(ProbeCatalogError) in
        let bundle = ResourceBundle.bundleName(ofTarget: "WorkspaceFiles")
        let url: URL
        switch ResourceBundle.url(forResource: "probes", withExtension: "yaml", inBundleNamed: bundle) {
        case .success(let found): url = found
        case .failure(let missing): throw .missing(searched: missing.searched)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .missing(searched: [url.path]) }
        let (catalog, diagnostics) = ProbeCatalogReader.read(data, file: sourcePath)
        if let catalog, !diagnostics.contains(where: { $0.severity == .error }) { return catalog }
        throw .broken(diagnostics.filter { $0.severity == .error })
    }
}

/// Reads a probe list (`reference-crm/probes.yaml` or a file of the same shape), with every problem found.
public enum ProbeCatalogReader {
    public static func read(_ data: Data, file: String) -> (ProbeCatalog?, [Diagnostic]) {
        let (root, issues) = YAMLReader.read(data)
        var diagnostics = issues.map { $0.diagnostic(in: file) }
        guard let root else { return (nil, diagnostics) }
        let reader = FileReader(file: file, language: .en, currency: nil)
        let catalog = reader.decodeProbeCatalog(reader.root(root))
        diagnostics += reader.diagnostics
        return (catalog, diagnostics)
    }
}

/// Why the shipped probe list cannot be used; both mean a damaged install or a broken edit of the file.
public enum ProbeCatalogError: BilingualError {
    case missing(searched: [String])
    case broken([Diagnostic])

    public var message: LocalizedText {
        switch self {
        case .missing(let searched):
            LocalizedText(
                fa:
                    "فهرست پروب‌ها (\(BundledProbes.fileName)) همراه crmkit نصب نشده است؛ crmkit را دوباره بسازید (swift build). جاهای جست‌وجوشده: \(searched.joined(separator: "، "))",
                en:
                    "the probe list (\(BundledProbes.fileName)) was not installed with crmkit; rebuild it (swift build). Looked in: \(searched.joined(separator: ", "))"
            )
        case .broken(let problems):
            LocalizedText(
                fa: "فهرست پروب‌ها خراب است؛ \(BundledProbes.sourcePath) را درست کنید و crmkit را دوباره بسازید:\n"
                    + problems.map { $0.formatted(in: .fa) }.joined(separator: "\n"),
                en: "the probe list is broken; correct \(BundledProbes.sourcePath) and rebuild crmkit:\n"
                    + problems.map { $0.formatted(in: .en) }.joined(separator: "\n"))
        }
    }
}

extension FileReader {
    func decodeProbeCatalog(_ root: Value) -> ProbeCatalog? {
        guard let file = root.mapping() else { return nil }
        defer { file.finish() }
        readVersion(file)
        let probes =
            file.required("probes")?.list { item -> Probe? in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let id = m.required("name")?.id(Probe.self)
                let description = m.required("description")?.bilingualText()
                var parameters: [Probe.Parameter] = []
                if let byName = m.optional("parameters")?.mapping() {
                    for name in byName.keys {
                        guard let value = byName.optional(name), let p = value.mapping() else { continue }
                        let kind = p.required("type")?.choice(Probe.Parameter.Kind.self)
                        let text = p.required("description")?.bilingualText()
                        p.finish()
                        if !IdentifierSyntax.isValid(name) {
                            error(
                                "invalid-id", at: value, en: "\"\(InputText.shown(name))\" is not a valid parameter name",
                                fa: "«\(InputText.shown(name))» نام معتبری برای پارامتر نیست",
                                fixEn: "use lower-case Latin letters, digits and '_', e.g. max_age_seconds",
                                fixFa: "از حروف کوچک لاتین، رقم و «_» استفاده کنید، مثلاً max_age_seconds")
                        }
                        if let kind, let text { parameters.append(.init(name: name, kind: kind, description: text)) }
                    }
                    byName.finish()
                }
                guard let id, let description else { return nil }
                return Probe(origin: item.origin, id: id, description: description, parameters: parameters)
            } ?? []
        var seen: [Probe.ID: FieldOrigin] = [:]
        for probe in probes {
            if let first = seen[probe.id] {
                report(
                    .error(
                        "duplicate-id", at: probe.origin.appending("name"), location: locations[probe.origin.appending("name")],
                        en: "probe \"\(probe.id)\" is already listed (\(first.description))",
                        fa: "پروب «\(probe.id)» پیش‌تر آمده است (\(first.description))",
                        fixEn: "keep one entry per probe", fixFa: "برای هر پروب یک مدخل نگه دارید"))
            }
            seen[probe.id] = seen[probe.id] ?? probe.origin
        }
        return ProbeCatalog(probes: probes)
    }
}

extension Value {
    /// A text in both languages, `{fa: …, en: …}`: what crmkit ships is bilingual.
    func bilingualText() -> LocalizedText? {
        guard let text = text() else { return nil }
        guard text.isBilingual else {
            reader.error(
                "missing-language", at: self, en: "\"\(fieldName)\" needs both languages",
                fa: "«\(fieldName)» باید به هر دو زبان باشد",
                fixEn: "write {fa: …, en: …}", fixFa: "به شکل {fa: …, en: …} بنویسید")
            return nil
        }
        return text
    }
}
