import Foundation
import Localization
import ProcessCatalog
import SelectionWorkshop

/// Adds records to a workspace's YAML files the way a person would: a new item at the end of a top-level
/// list, keeping every comment and line the team wrote. An edit is checked before it is written — if the
/// file would read with more problems than before, nothing is written — and is written atomically.
public enum WorkspaceEditor {
    public enum Failure: BilingualError {
        case notAWorkspace(String)
        case wouldBreak(file: String, problems: [Diagnostic])
        case writeFailed(String, reason: String)
        case cannotEdit(YAMLTextEdit.Failure)

        public var message: LocalizedText {
            switch self {
            case .notAWorkspace(let path):
                WorkspaceLoadError.notAWorkspace(path).message
            case .wouldBreak(let file, let problems):
                LocalizedText(
                    fa: "\(file) تغییر نکرد، چون این افزودن مشکل تازه می‌ساخت:\n"
                        + problems.map { $0.formatted(in: .fa) }.joined(separator: "\n"),
                    en: "\(file) was not changed: the addition would bring new problems:\n"
                        + problems.map { $0.formatted(in: .en) }.joined(separator: "\n"))
            case .cannotEdit(let failure):
                failure.message
            case .writeFailed(let path, let reason):
                LocalizedText(fa: "نوشتن «\(path)» ممکن نشد: \(reason)", en: "cannot write \"\(path)\": \(reason)")
            }
        }
    }

    /// A YAML value for one field of a new item.
    public enum Field: Sendable {
        case text(String)
        case word(String)
        case list([String])
        case flag(Bool)
        /// A nested mapping of texts, such as `verify: {probe: call-logged}`.
        case mapping([(String, String)])
    }

    /// Appends `{key: value, …}` to the list `listKey` of `file` in the workspace at `directory`, in the
    /// order given; fields without a value are left out.
    public static func append(
        _ fields: [(String, Field?)], toList listKey: String, in file: String, at directory: URL
    ) throws(Failure) {
        try edit(file, at: directory) { original in
            appending(item(fields), toList: listKey, in: original ?? "version: \(WorkspaceFormat.currentVersion)\n")
        }
    }

    /// Which new problems stop an edit.
    public enum Guard: Sendable {
        /// Any new error in the edited file.
        case file
        /// New errors at or inside this field only — for a record filled in field by field, whose other
        /// fields are still to come.
        case field(FieldOrigin)
    }

    /// Sets `value` at `path` of `file` (created when missing) with `YAMLTextEdit`, after checking the
    /// workspace with the change; returns the new text.
    @discardableResult
    public static func set(
        _ value: YAMLValue, at path: [YAMLPathStep], in file: String, at directory: URL, guard check: Guard = .file,
        keyOrder: @escaping @Sendable ([YAMLPathStep]) -> [String] = { _ in [] }
    ) throws(Failure) -> String {
        try edit(file, at: directory, guard: check) { original throws(Failure) in
            do throws(YAMLTextEdit.Failure) {
                return try YAMLTextEdit.setting(
                    value, at: path, in: original ?? "version: \(WorkspaceFormat.currentVersion)\n", file: file,
                    keyOrder: keyOrder)
            } catch {
                throw .cannotEdit(error)
            }
        }
    }

    /// Writes `change(original text)` to `file` atomically, unless it brings new errors (see `Guard`).
    @discardableResult
    static func edit(
        _ file: String, at directory: URL, guard check: Guard = .file, _ change: (String?) throws(Failure) -> String
    ) throws(Failure) -> String {
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent(Workspace.FileName.project).path)
        else { throw .notAWorkspace(directory.path) }
        let url = directory.appendingPathComponent(file)
        let original = FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
        let edited = try change(original)
        guard edited != original else { return edited }

        // Check the workspace with and without the edit: only new problems stop it.
        var files = workspaceFiles(at: directory)
        let before = WorkspaceValidation.check(files: files, catalog: try? BundledCatalog.load())
        files[file] = Data(edited.utf8)
        let after = WorkspaceValidation.check(files: files, catalog: try? BundledCatalog.load())
        let relevant: (Diagnostic) -> Bool =
            switch check {
            case .file: { $0.origin.file == file }
            case .field(let field): { $0.origin.file == field.file && $0.origin.path.starts(with: field.path) }
            }
        let key: (Diagnostic) -> String = { "\($0.rule) \($0.origin) \($0.message.text(in: .en))" }
        let known = Set(before.diagnostics.filter(relevant).map(key))
        let new = after.diagnostics.filter { $0.severity == .error && relevant($0) && !known.contains(key($0)) }
        guard new.isEmpty else { throw .wouldBreak(file: file, problems: new) }
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(edited.utf8).write(to: url, options: .atomic)
        } catch {
            throw .writeFailed(url.path, reason: error.localizedDescription)
        }
        return edited
    }

    /// One list item as a YAML flow mapping on one line.
    static func item(_ fields: [(String, Field?)]) -> String {
        let parts = fields.compactMap { key, value -> String? in
            guard let value else { return nil }
            return
                switch value
            {
            case .text(let text): "\(key): \(YAMLText.quoted(text))"
            // An id-shaped word reads back the same without quotes, which keeps diffs tidy.
            case .word(let word): "\(key): \(IdentifierSyntax.isValid(word) ? word : YAMLText.quoted(word))"
            case .list(let items): "\(key): [\(items.map(YAMLText.quoted).joined(separator: ", "))]"
            case .flag(let flag): "\(key): \(flag ? "true" : "false")"
            case .mapping(let pairs):
                "\(key): {" + pairs.map { "\($0.0): \(YAMLText.quoted($0.1))" }.joined(separator: ", ") + "}"
            }
        }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// The text with `item` added at the end of the top-level block list `key` (made from `key: []` or
    /// created at the end of the file when needed); everything else stays as written.
    static func appending(_ item: String, toList key: String, in text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        guard let keyLine = lines.firstIndex(where: { $0.hasPrefix("\(key):") }) else {
            return (lines + ["\(key):", "  - \(item)"]).joined(separator: "\n") + "\n"
        }
        let rest = lines[keyLine].dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
        if rest.hasPrefix("[]") {
            lines[keyLine] = "\(key):" + (rest.dropFirst(2).isEmpty ? "" : " " + rest.dropFirst(2))
            lines.insert("  - \(item)", at: keyLine + 1)
            return lines.joined(separator: "\n") + "\n"
        }
        // The list ends where the next top-level key starts; the new item goes after its last line.
        var end = keyLine + 1
        var lastItemLine = keyLine
        var indent = "  "
        while end < lines.count {
            let line = lines[end]
            if let first = line.first, first != " ", first != "-", first != "#" { break }
            if !line.trimmingCharacters(in: .whitespaces).isEmpty, !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                lastItemLine = end
                if line.trimmingCharacters(in: .whitespaces).hasPrefix("- ") {
                    indent = String(line.prefix { $0 == " " })
                }
            }
            end += 1
        }
        lines.insert("\(indent)- \(item)", at: lastItemLine + 1)
        return lines.joined(separator: "\n") + "\n"
    }

    static func workspaceFiles(at directory: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: directory.path)) ?? []
        for path in paths where path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
            if let data = FileManager.default.contents(atPath: directory.appendingPathComponent(path).path) {
                files[path] = data
            }
        }
        return files
    }
}
