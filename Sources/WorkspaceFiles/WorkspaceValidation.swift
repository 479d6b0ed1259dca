import Foundation
import Localization
import ProcessCatalog
import SelectionWorkshop

/// The result of checking a workspace: every problem, each with its file, line and column, in file order.
public struct ValidationReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var files: [String]
    /// The workspace language, for messages when the user does not choose one.
    public var language: Language

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    public var isValid: Bool { errorCount == 0 }
}

public enum WorkspaceValidation {
    /// Reads the workspace in `directory` and checks every file and cross-reference. `catalog` and `probes`
    /// are what `apqc:` and `verify.probe` are checked against (`nil` skips that check).
    public static func check(
        _ directory: URL, catalog: APQCCatalog?, probes: ProbeCatalog? = nil
    ) throws(WorkspaceLoadError) -> ValidationReport {
        check(try WorkspaceLoader.load(from: directory), catalog: catalog, probes: probes)
    }

    /// Checks a workspace held in memory (see `WorkspaceLoader.load(files:)`).
    public static func check(files: [String: Data], catalog: APQCCatalog?, probes: ProbeCatalog? = nil) -> ValidationReport {
        check(WorkspaceLoader.load(files: files), catalog: catalog, probes: probes)
    }

    /// Checks a workspace already read; `catalog` is evaluated only when an `apqc:` reference needs it.
    public static func check(
        _ loaded: LoadedWorkspace, catalog: @escaping @autoclosure () -> APQCCatalog?, probes: ProbeCatalog? = nil
    ) -> ValidationReport {
        let rules = WorkspaceValidator.validate(loaded.workspace, catalog: catalog(), probes: probes)
        let located = loaded.located(loaded.diagnostics + rules)
        let sorted = located.sorted { a, b in
            (a.origin.file, a.location ?? .init(line: 0, column: 0), a.severity, a.rule)
                < (b.origin.file, b.location ?? .init(line: 0, column: 0), b.severity, b.rule)
        }
        return ValidationReport(
            diagnostics: sorted, files: loaded.files,
            language: loaded.workspace.project?.project.language ?? .en)
    }
}

extension ValidationReport {
    public func summary(in language: Language) -> String {
        switch language {
        case .en:
            "\(errorCount) error\(errorCount == 1 ? "" : "s"), \(warningCount) warning\(warningCount == 1 ? "" : "s") in \(files.count) file\(files.count == 1 ? "" : "s")"
        case .fa:
            PersianDigits.toPersian("\(errorCount) خطا و \(warningCount) هشدار در \(files.count) فایل")
        }
    }

    /// The JSON document of `crmkit validate --format json`, documented in docs/workspace-format.md.
    public func json(in language: Language, filePrefix: String) throws -> Data {
        struct Entry: Encodable {
            var file: String
            var line: Int?
            var column: Int?
            var severity: String
            var rule: String
            var path: String
            var message: String
            var fix: String
        }
        struct Document: Encodable {
            var valid: Bool
            var errors: Int
            var warnings: Int
            var files: Int
            var diagnostics: [Entry]
        }
        let document = Document(
            valid: isValid, errors: errorCount, warnings: warningCount, files: files.count,
            diagnostics: diagnostics.map {
                Entry(
                    file: filePrefix + $0.origin.file, line: $0.location?.line, column: $0.location?.column,
                    severity: $0.severity.rawValue, rule: $0.rule, path: $0.origin.keyPath,
                    message: $0.message.text(in: language), fix: $0.fix.text(in: language))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }
}
