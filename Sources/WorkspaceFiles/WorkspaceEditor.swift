import Foundation
import Localization
import ProcessCatalog
import SelectionWorkshop

/// Adds records to a workspace's YAML files the way a person would: a new item at the end of a top-level
/// list, keeping every comment and line the team wrote. An edit is checked before it is written — if the
/// file would read with more problems than before, nothing is written — and is written atomically. An edit
/// that adds or changes records returns the new warnings at them, which `crmkit validate` would give.
public enum WorkspaceEditor {
    public enum Failure: BilingualError {
        case notAWorkspace(String)
        case wouldBreak(file: String, problems: [Diagnostic])
        case writeFailed(String, reason: String)
        case cannotEdit(YAMLTextEdit.Failure)

        public var message: LocalizedText { message(filePrefix: "") }

        /// The message with `filePrefix` (the workspace folder as the user gave it, ending in `/`) before
        /// each file name, so that `FILE:LINE:COLUMN` opens from where the command was run.
        public func message(filePrefix: String) -> LocalizedText {
            switch self {
            case .notAWorkspace(let path):
                WorkspaceLoadError.notAWorkspace(path).message
            case .wouldBreak(let file, let problems):
                LocalizedText(
                    fa: "\(file) تغییر نکرد، چون این تغییر مشکل تازه می‌ساخت:\n"
                        + problems.map { $0.formatted(in: .fa, filePrefix: filePrefix) }.joined(separator: "\n"),
                    en: "\(file) was not changed: the change would bring new problems:\n"
                        + problems.map { $0.formatted(in: .en, filePrefix: filePrefix) }.joined(separator: "\n"))
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
    /// order given; fields without a value are left out. Returns the new warnings at the added item.
    @discardableResult
    public static func append(
        _ fields: [(String, Field?)], toList listKey: String, in file: String, at directory: URL
    ) throws(Failure) -> [Diagnostic] {
        try requireWorkspace(directory)
        let original = read(file, at: directory)
        let text = original ?? "version: \(WorkspaceFormat.currentVersion)\n"
        let added = FieldOrigin(
            file: file, path: [.key(listKey), .index(YAMLTextEdit.count(at: [.key(listKey)], in: text))])
        let edit = Edit(file: file, original: original, edited: appending(item(fields), toList: listKey, in: text))
        return try commit([edit], at: directory, guard: .file, records: [added])
    }

    /// Which new problems stop an edit.
    public enum Guard: Sendable {
        /// Any new error in the edited file (or files).
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

    /// One value to set in one workspace file, for `set(_:at:guard:keyOrder:)`.
    public struct Change: Sendable {
        public var file: String
        public var path: [YAMLPathStep]
        public var value: YAMLValue

        public init(_ value: YAMLValue, at path: [YAMLPathStep], in file: String) {
            self.file = file
            self.path = path
            self.value = value
        }
    }

    /// Sets every value of `changes`, in order and possibly in several files, as one edit: the workspace is
    /// checked once with all of them (see `Guard`, which then covers every file changed), and either every
    /// changed file is written or none is. Returns the new text of each changed file.
    @discardableResult
    public static func set(
        _ changes: [Change], at directory: URL, guard check: Guard = .file,
        keyOrder: @escaping @Sendable (_ file: String, _ path: [YAMLPathStep]) -> [String] = { _, _ in [] }
    ) throws(Failure) -> [String: String] {
        try apply(changes, at: directory, guard: check, keyOrder: keyOrder).texts
    }

    /// `set(_:at:guard:keyOrder:)`, also returning the new warnings at the records the changes are in.
    static func apply(
        _ changes: [Change], at directory: URL, guard check: Guard = .file,
        keyOrder: @escaping @Sendable (_ file: String, _ path: [YAMLPathStep]) -> [String] = { _, _ in [] }
    ) throws(Failure) -> (texts: [String: String], warnings: [Diagnostic]) {
        try requireWorkspace(directory)
        var files: [String] = []
        var originals: [String: String?] = [:]
        var texts: [String: String] = [:]
        var records: [FieldOrigin] = []
        for change in changes {
            if originals[change.file] == nil {
                files.append(change.file)
                let original = read(change.file, at: directory)
                originals[change.file] = .some(original)
                texts[change.file] = original ?? "version: \(WorkspaceFormat.currentVersion)\n"
            }
            let before = texts[change.file] ?? ""
            records.append(record(of: change, in: before))
            do throws(YAMLTextEdit.Failure) {
                var after = try YAMLTextEdit.setting(
                    change.value, at: change.path, in: before, file: change.file, keyOrder: { keyOrder(change.file, $0) })
                if let append = change.path.firstIndex(of: .append) {
                    after = keepingItemSpacing(of: Array(change.path[..<append]), from: before, in: after)
                }
                texts[change.file] = after
            } catch {
                throw .cannotEdit(error)
            }
        }
        let edits = files.compactMap { file -> Edit? in
            guard let text = texts[file], let original = originals[file] else { return nil }
            return Edit(file: file, original: original, edited: text)
        }
        let warnings = try commit(edits, at: directory, guard: check, records: records)
        return (texts, warnings)
    }

    /// The record `change` adds to or changes in `text`: the innermost list item on its path (for
    /// `.append`, the item it adds), or the value it sets when no list is on the way.
    static func record(of change: Change, in text: String) -> FieldOrigin {
        var path: [FieldOrigin.Component] = []
        var itemEnd: Int?
        for (position, step) in change.path.enumerated() {
            switch step {
            case .key(let key):
                path.append(.key(key))
            case .index(let index):
                path.append(.index(index))
                itemEnd = path.count
            case .append:
                path.append(.index(YAMLTextEdit.count(at: Array(change.path[..<position]), in: text)))
                itemEnd = path.count
            }
        }
        return FieldOrigin(file: change.file, path: Array(path.prefix(itemEnd ?? path.count)))
    }

    /// Writes `change(original text)` to `file` atomically, unless it brings new errors (see `Guard`).
    @discardableResult
    static func edit(
        _ file: String, at directory: URL, guard check: Guard = .file, _ change: (String?) throws(Failure) -> String
    ) throws(Failure) -> String {
        try requireWorkspace(directory)
        let original = read(file, at: directory)
        let edited = try change(original)
        try commit([Edit(file: file, original: original, edited: edited)], at: directory, guard: check)
        return edited
    }

    /// A file's text before and after an edit (`original` is `nil` when the file does not exist yet).
    struct Edit {
        var file: String
        var original: String?
        var edited: String
    }

    static func requireWorkspace(_ directory: URL) throws(Failure) {
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent(Workspace.FileName.project).path)
        else { throw .notAWorkspace(directory.path) }
    }

    static func read(_ file: String, at directory: URL) -> String? {
        FileManager.default.contents(atPath: directory.appendingPathComponent(file).path).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// Checks the workspace with and without `edits` — only new problems stop them — then writes each changed
    /// file atomically; when one write fails, the files already written get their old text back. Returns the
    /// new warnings at or inside `records`, located in the written text.
    @discardableResult
    static func commit(
        _ edits: [Edit], at directory: URL, guard check: Guard, records: [FieldOrigin] = []
    ) throws(Failure) -> [Diagnostic] {
        let changed = edits.filter { $0.edited != $0.original }
        guard let first = changed.first else { return [] }
        var files = workspaceFiles(at: directory)
        let catalog = try? BundledCatalog.load()
        let probes = try? BundledProbes.load()
        let before = WorkspaceValidation.check(files: files, catalog: catalog, probes: probes)
        for edit in changed { files[edit.file] = Data(edit.edited.utf8) }
        let after = WorkspaceValidation.check(files: files, catalog: catalog, probes: probes)
        let names = Set(changed.map(\.file))
        let relevant: (Diagnostic) -> Bool =
            switch check {
            case .file: { names.contains($0.origin.file) }
            case .field(let field): { $0.origin.file == field.file && $0.origin.path.starts(with: field.path) }
            }
        let key: (Diagnostic) -> String = { "\($0.rule) \($0.origin) \($0.message.text(in: .en))" }
        let known = Set(before.diagnostics.map(key))
        let new = after.diagnostics.filter { !known.contains(key($0)) }
        let errors = new.filter { $0.severity == .error && relevant($0) }
        guard errors.isEmpty else {
            throw .wouldBreak(
                file: names.count == 1 ? first.file : changed.map(\.file).joined(separator: ", "), problems: errors)
        }
        var written: [Edit] = []
        for edit in changed {
            do {
                try write(edit.edited, to: edit.file, at: directory)
                written.append(edit)
            } catch {
                // Best effort: put back what was already written, so the workspace is as it was.
                for done in written.reversed() {
                    if let original = done.original {
                        try? write(original, to: done.file, at: directory)
                    } else {
                        try? FileManager.default.removeItem(at: directory.appendingPathComponent(done.file))
                    }
                }
                throw .writeFailed(directory.appendingPathComponent(edit.file).path, reason: error.localizedDescription)
            }
        }
        return new.filter { warning in
            warning.severity == .warning
                && records.contains { $0.file == warning.origin.file && warning.origin.path.starts(with: $0.path) }
        }
    }

    private static func write(_ text: String, to file: String, at directory: URL) throws {
        let url = directory.appendingPathComponent(file)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
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
        let spaced = itemsAreSpaced(at: [.key(key)], in: text)
        lines.insert(contentsOf: (spaced ? [""] : []) + ["\(indent)- \(item)"], at: lastItemLine + 1)
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
