import Foundation
import ProcessCatalog
import Yams

/// The APQC process catalog that ships with crmkit, read from `apqc-pcf.yaml` in ProcessCatalog's resources.
public enum BundledCatalog {
    /// The bundled catalog. The file is read and checked once per process; later calls return the same
    /// catalog (or the same error).
    /// - Throws: `BundledCatalogError` when the file is missing, is not valid YAML, or breaks a catalog rule.
    public static func load() throws -> APQCCatalog {
        try loaded.get()
    }

    /// The catalog in a catalog file's text (`apqc-pcf.yaml` or a file of the same shape). `source` names
    /// the file in error messages.
    /// - Throws: `BundledCatalogError.malformed` or `.invalid`.
    public static func catalog(fromYAML text: String, source: String) throws(BundledCatalogError) -> APQCCatalog {
        let notice: String
        do throws(APQCCatalogError) {
            notice = try APQCDocument.licenceNotice(inHeaderOf: text)
        } catch {
            throw .invalid(file: source, error)
        }
        let document: APQCDocument
        do {
            document = try YAMLDecoder().decode(APQCDocument.self, from: text)
        } catch {
            throw .malformed(file: source, reason: describe(error))
        }
        do throws(APQCCatalogError) {
            return try APQCCatalog(document: document, notice: notice)
        } catch {
            throw .invalid(file: source, error)
        }
    }

    /// `static let` initialization runs once and is thread-safe; the value is immutable afterwards.
    private static let loaded: Result<APQCCatalog, BundledCatalogError> = Result { () throws(BundledCatalogError) in
        let url: URL
        do throws(APQCCatalogError) {
            url = try BundledCatalogFile.url()
        } catch {
            throw .missing(error)
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(file: url.path, reason: error.localizedDescription)
        }
        return try catalog(fromYAML: text, source: url.path)
    }

    private static func describe(_ error: any Error) -> String {
        guard let decodingError = error as? DecodingError else { return String(describing: error) }
        func place(_ path: [any CodingKey]) -> String {
            let keys = path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
            return keys.isEmpty ? "the top level" : String(keys.drop { $0 == "." })
        }
        switch decodingError {
        case .keyNotFound(let key, let context):
            return "\(place(context.codingPath)) has no '\(key.stringValue)'"
        case .typeMismatch(let type, let context):
            return "\(place(context.codingPath)) is not a \(type): \(context.debugDescription)"
        case .valueNotFound(let type, let context):
            return "\(place(context.codingPath)) is empty; expected a \(type)"
        case .dataCorrupted(let context):
            return "\(place(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return String(describing: decodingError)
        }
    }
}

/// Why the bundled APQC catalog could not be loaded; each description says what to do.
public enum BundledCatalogError: Error, LocalizedError, Sendable, Hashable {
    /// The catalog file is not installed beside crmkit.
    case missing(APQCCatalogError)
    /// The file exists but could not be read as UTF-8 text.
    case unreadable(file: String, reason: String)
    /// The file is not YAML of the catalog's shape.
    case malformed(file: String, reason: String)
    /// The file's content breaks a catalog rule (duplicate ID, wrong level, missing licence notice, …).
    case invalid(file: String, APQCCatalogError)

    /// The English explanation, then one Persian line: these errors mean a damaged install, and either way
    /// the remedy is the same.
    public var errorDescription: String? {
        (englishDescription ?? "") + "\n"
            + "کاتالوگ APQC همراه crmkit پیدا یا خوانده نشد یا آسیب دیده است؛ crmkit را دوباره بسازید یا نصب کنید."
    }

    private var englishDescription: String? {
        switch self {
        case .missing(let error):
            error.errorDescription
        case .unreadable(let file, let reason):
            "Could not read the APQC catalog \(file): \(reason). Check the file's permissions, or reinstall crmkit."
        case .malformed(let file, let reason):
            "The APQC catalog \(file) is not in the expected shape: \(reason). Restore it from the crmkit sources."
        case .invalid(let file, let error):
            "The APQC catalog \(file) is inconsistent: \(error.errorDescription ?? "\(error)")"
        }
    }
}
