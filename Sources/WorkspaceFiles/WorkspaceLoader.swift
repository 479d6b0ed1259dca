import Dispatch
import Foundation
import Localization
import SelectionWorkshop

/// A workspace as read from its folder, with every problem found while reading and the position of each
/// value, so later checks can point at lines too.
public struct LoadedWorkspace: Sendable {
    public var directory: URL
    public var workspace: Workspace
    /// Problems found while reading: YAML syntax, wrong types, unknown keys, missing fields.
    public var diagnostics: [Diagnostic]
    /// The files that were read, relative to the workspace folder.
    public var files: [String]
    var locations: [FieldOrigin: SourceLocation]
    /// Per score sheet read by `ScoreSheetScanner`, the position of each score, in the order of its scores.
    var scoreLocations: [String: [SourceLocation]]

    /// Gives each diagnostic the line and column of its origin, or of the nearest enclosing value that has one.
    public func located(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var scores = ScorePositions(workspace: workspace, locations: scoreLocations)
        return diagnostics.map { diagnostic in
            guard diagnostic.location == nil else { return diagnostic }
            var result = diagnostic
            result.location =
                diagnostic.origin.selfAndAncestors.lazy.compactMap { locations[$0] ?? scores.location(of: $0) }.first
                ?? SourceLocation(line: 1, column: 1)
            return result
        }
    }

    /// The positions of scores read by `ScoreSheetScanner`, looked up by origin (`scores.VENDOR.CRITERION`);
    /// a sheet's lookup table is built the first time a diagnostic points into it.
    private struct ScorePositions {
        let workspace: Workspace
        let locations: [String: [SourceLocation]]
        var tables: [String: [FieldOrigin: SourceLocation]] = [:]

        mutating func location(of origin: FieldOrigin) -> SourceLocation? {
            guard let positions = locations[origin.file], origin.path.count == 3 else { return nil }
            if tables[origin.file] == nil {
                var table: [FieldOrigin: SourceLocation] = [:]
                if let sheet = workspace.scoreSheets.first(where: { $0.origin.file == origin.file }) {
                    for (score, location) in zip(sheet.scores, positions) { table[sheet.origin(of: score)] = location }
                }
                tables[origin.file] = table
            }
            return tables[origin.file]?[origin]
        }
    }
}

/// Why a folder could not be read as a workspace at all.
public enum WorkspaceLoadError: BilingualError {
    case notAWorkspace(String)
    case unreadable(String, reason: String)

    public var message: LocalizedText {
        switch self {
        case .notAWorkspace(let path):
            LocalizedText(
                fa: "«\(path)» فضای کار انتخاب CRM نیست (project.yaml ندارد). برای ساختن یکی: crmkit init \(path)",
                en: "\"\(path)\" is not a CRM selection workspace (it has no project.yaml). To create one: crmkit init \(path)")
        case .unreadable(let path, let reason):
            LocalizedText(fa: "خواندن «\(path)» ممکن نشد: \(reason)", en: "cannot read \"\(path)\": \(reason)")
        }
    }
}

public enum WorkspaceLoader {
    /// Reads every file of the workspace in `directory`. Problems inside files become diagnostics; only a
    /// folder that is not a workspace, or cannot be listed, throws.
    public static func load(from directory: URL) throws(WorkspaceLoadError) -> LoadedWorkspace {
        let fileManager = FileManager.default
        let projectURL = directory.appendingPathComponent(Workspace.FileName.project)
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue,
            fileManager.fileExists(atPath: projectURL.path)
        else { throw .notAWorkspace(directory.path) }

        return try load(source: DirectorySource(directory: directory), directory: directory)
    }

    /// Reads a workspace held in memory, by path relative to its folder (`scores/maryam.yaml`). Used to
    /// check files before they are written, and by the fuzz tests.
    public static func load(files: [String: Data]) -> LoadedWorkspace {
        // An in-memory source never fails to list a folder.
        (try? load(source: MemorySource(files: files), directory: URL(fileURLWithPath: "/dev/null")))
            ?? LoadedWorkspace(
                directory: URL(fileURLWithPath: "/dev/null"), workspace: Workspace(), diagnostics: [], files: [], locations: [:],
                scoreLocations: [:])
    }

    private static func load(source: some WorkspaceSource, directory: URL) throws(WorkspaceLoadError) -> LoadedWorkspace {
        var session = Session(source: source)
        // project.yaml first: its languages and currency tell how to read plain text and bare amounts elsewhere.
        if let root = session.tree(Workspace.FileName.project) {
            let (language, currency) = WorkspaceSettings.peek(root)
            session.language = language
            session.currency = currency
            session.workspace.project = session.decode(Workspace.FileName.project, root) { $0.decodeProjectFile($1) }
        }
        session.read(Workspace.FileName.stakeholders, into: \.stakeholders) { $0.decodeStakeholderFile($1) }
        session.read(Workspace.FileName.consultants, into: \.consultants) { $0.decodeConsultantFile($1) }
        session.read(Workspace.FileName.shortlist, into: \.shortlist) { $0.decodeShortlistFile($1) }
        session.read(Workspace.FileName.requirements, into: \.requirements) { $0.decodeRequirementFile($1) }
        session.read(Workspace.FileName.scorecard, into: \.scorecard) { $0.decodeScorecard($1) }
        session.read(Workspace.FileName.plan, into: \.plan) { $0.decodePlan($1) }
        session.read(Workspace.FileName.crmSetup, into: \.crmSetup) { $0.decodeCRMSetup($1) }
        try session.readEach(in: Workspace.FileName.vendorsFolder, into: \.vendors) { $0.decodeVendorFile($1) }
        try session.readScoreSheets()
        try session.readEach(in: Workspace.FileName.chartersFolder, into: \.charters) { $0.decodeCharter($1) }
        session.noteUnreadableParts()
        try session.checkForStrayFiles()
        return LoadedWorkspace(
            directory: directory, workspace: session.workspace, diagnostics: session.diagnostics,
            files: session.files, locations: session.locations, scoreLocations: session.scoreLocations)
    }

    /// The state of one load: what has been read so far.
    private struct Session<Source: WorkspaceSource> {
        let source: Source
        var workspace = Workspace()
        var diagnostics: [Diagnostic] = []
        var files: [String] = []
        var locations: [FieldOrigin: SourceLocation] = [:]
        var scoreLocations: [String: [SourceLocation]] = [:]
        var language: Language = .en
        var currency: Currency?
        /// Files that exist but gave nothing: a YAML error, or not a mapping at the top.
        var unreadableFiles: Set<String> = []

        init(source: Source) { self.source = source }

        /// The YAML tree of `file`, or `nil` when the file is absent (an unstarted step) or unreadable
        /// (reported).
        mutating func tree(_ file: String) -> YAMLNode? {
            contents(of: file).flatMap { tree(file, $0) }
        }

        /// The bytes of `file`, or `nil` when it is absent, not a regular file, too large or unreadable (the last
        /// three reported). A file that is there is listed in `files`.
        mutating func contents(of file: String) -> Data? {
            let size: Int
            switch source.entry(file) {
            case .missing:
                return nil
            case .file(let bytes):
                size = bytes
            case .notAFile:
                files.append(file)
                diagnostics.append(
                    .error(
                        "not-a-file", at: FieldOrigin(file: file), location: .init(line: 1, column: 1),
                        en: "this is not a regular file (a folder, device or pipe)",
                        fa: "این یک فایل معمولی نیست (پوشه، دستگاه یا لوله است)",
                        fixEn: "replace it with a YAML file, or remove it",
                        fixFa: "آن را با یک فایل YAML جایگزین یا حذف کنید"))
                return nil
            }
            files.append(file)
            let limits = YAMLReadLimits.standard
            guard size <= limits.maximumBytes else {
                diagnostics.append(
                    YAMLSyntaxIssue(kind: .tooLarge(bytes: size, limit: limits.maximumBytes), location: .init(line: 1, column: 1))
                        .diagnostic(in: file))
                return nil
            }
            guard let data = source.contents(of: file) else {
                diagnostics.append(
                    .error(
                        "unreadable-file", at: FieldOrigin(file: file), location: .init(line: 1, column: 1),
                        en: "the file cannot be read", fa: "این فایل خوانده نمی‌شود",
                        fixEn: "check that it is a file and that you may read it",
                        fixFa: "بررسی کنید که فایل است و اجازه خواندنش را دارید"))
                return nil
            }
            return data
        }

        /// The YAML tree of `data`, read from `file`; `nil` (reported) when it has none.
        mutating func tree(_ file: String, _ data: Data) -> YAMLNode? {
            let (root, issues) = YAMLReader.read(data, limits: .standard)
            diagnostics += issues.map { $0.diagnostic(in: file) }
            if root == nil { unreadableFiles.insert(file) }
            if root == nil, issues.isEmpty {
                diagnostics.append(
                    .error(
                        "empty-file", at: FieldOrigin(file: file), location: .init(line: 1, column: 1),
                        en: "the file is empty", fa: "این فایل خالی است",
                        fixEn: "start it with version: \(WorkspaceFormat.currentVersion), or delete it",
                        fixFa: "آن را با version: \(WorkspaceFormat.currentVersion) آغاز کنید یا حذفش کنید"))
            }
            return root
        }

        /// Reads the score sheets: each by `ScoreSheetScanner` when it is in the common shape, the ordinary way
        /// (which reports every problem) when it is not. Needs the scorecard and shortlist read first.
        mutating func readScoreSheets() throws(WorkspaceLoadError) {
            let vocabulary = ScoreSheetScanner.Vocabulary(
                criteria: workspace.scorecard?.leaves.map(\.id) ?? [], vendors: workspace.shortlist.vendors.map(\.id))
            var read: [(file: String, data: Data)] = []
            for file in try folder(Workspace.FileName.scoresFolder) {
                if let data = contents(of: file) { read.append((file, data)) }
            }
            // The sheets are scanned side by side (each scan is independent), then taken in name order.
            let files = read
            var scanned = [ScoreSheetScanner.Result?](repeating: nil, count: files.count)
            scanned.withUnsafeMutableBufferPointer { results in
                nonisolated(unsafe) let results = results
                DispatchQueue.concurrentPerform(iterations: files.count) { index in
                    results[index] = ScoreSheetScanner.scan(files[index].data, file: files[index].file, vocabulary: vocabulary)
                }
            }
            for ((file, data), result) in zip(files, scanned) {
                if let result {
                    workspace.scoreSheets.append(result.sheet)
                    locations.merge(result.locations) { first, _ in first }
                    scoreLocations[file] = result.scoreLocations
                } else if let root = tree(file, data), let sheet = decode(file, root, { $0.decodeScoreSheet($1) }) {
                    workspace.scoreSheets.append(sheet)
                }
            }
        }

        /// Reads `file`, when it exists, into one part of the workspace.
        mutating func read<T>(_ file: String, into part: WritableKeyPath<Workspace, T>, _ body: (FileReader, Value) -> T) {
            if let root = tree(file) { workspace[keyPath: part] = decode(file, root, body) }
        }

        /// Reads every YAML file of `folder`, in name order, into one list of the workspace.
        mutating func readEach<T>(
            in folder: String, into part: WritableKeyPath<Workspace, [T]>, _ body: (FileReader, Value) -> T?
        ) throws(WorkspaceLoadError) {
            for file in try self.folder(folder) {
                if let root = tree(file), let value = decode(file, root, body) { workspace[keyPath: part].append(value) }
            }
        }

        mutating func decode<T>(_ file: String, _ root: YAMLNode, _ body: (FileReader, Value) -> T) -> T {
            let reader = FileReader(file: file, language: language, currency: currency)
            if case .mapping = root.content {} else { unreadableFiles.insert(file) }
            let result = body(reader, reader.root(root))
            workspace.unreadable.formUnion(reader.unreadable)
            diagnostics += reader.diagnostics
            locations.merge(reader.locations) { first, _ in first }
            return result
        }

        /// Records which parts other files refer to are missing because their file could not be read, so
        /// that references into them are not reported as unknown.
        mutating func noteUnreadableParts() {
            let parts: [(String, Workspace.Part)] = [
                (Workspace.FileName.project, .people), (Workspace.FileName.stakeholders, .people),
                (Workspace.FileName.shortlist, .vendors), (Workspace.FileName.requirements, .requirements),
            ]
            for (file, part) in parts where unreadableFiles.contains(file) { workspace.unreadable.insert(part) }
        }

        /// Warns about top-level YAML files and folders crmkit does not know, which are almost always a
        /// misnamed workspace file (`plan.yml`, `score/`) that would otherwise be silently skipped.
        mutating func checkForStrayFiles() throws(WorkspaceLoadError) {
            let knownFiles = [
                Workspace.FileName.project, Workspace.FileName.stakeholders, Workspace.FileName.consultants,
                Workspace.FileName.shortlist, Workspace.FileName.requirements, Workspace.FileName.scorecard,
                Workspace.FileName.plan, Workspace.FileName.crmSetup,
            ]
            let knownFolders = [
                Workspace.FileName.vendorsFolder, Workspace.FileName.scoresFolder, Workspace.FileName.chartersFolder,
            ]
            for name in try source.names(in: "").sorted() where !name.hasPrefix(".") {
                let origin = FieldOrigin(file: name)
                if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                    guard !knownFiles.contains(name) else { continue }
                    let stem = WorkspaceValidator.stem(of: name)
                    let suggestion =
                        knownFiles.first { WorkspaceValidator.stem(of: $0) == stem }
                        ?? Suggestion.closest(to: name, among: knownFiles)
                    files.append(name)
                    diagnostics.append(
                        .warning(
                            "unknown-file", at: origin, location: .init(line: 1, column: 1),
                            en: "\(InputText.shown(name)) is not a workspace file, so it is not checked",
                            fa: "\(InputText.shown(name)) از فایل‌های فضای کار نیست و بررسی نمی‌شود",
                            fixEn: suggestion.map { "rename it to \($0)" }
                                ?? "the files are \(knownFiles.joined(separator: ", "))",
                            fixFa: suggestion.map { "نامش را \($0) بگذارید" }
                                ?? "فایل‌ها این‌ها هستند: \(knownFiles.joined(separator: "، "))"))
                } else if !knownFolders.contains(name), source.isFolder(name),
                    let suggestion = Suggestion.closest(to: name, among: knownFolders)
                {
                    diagnostics.append(
                        .warning(
                            "unknown-file", at: origin, location: .init(line: 1, column: 1),
                            en: "the folder \(InputText.shown(name)) is not part of a workspace, so its files are not checked",
                            fa: "پوشه \(InputText.shown(name)) بخشی از فضای کار نیست و فایل‌هایش بررسی نمی‌شوند",
                            fixEn: "rename it to \(suggestion)", fixFa: "نامش را \(suggestion) بگذارید"))
                }
            }
        }

        /// The YAML files of a folder of the workspace, sorted by name; a missing folder has none.
        func folder(_ name: String) throws(WorkspaceLoadError) -> [String] {
            try source.names(in: name).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
                .map { "\(name)/\($0)" }
        }
    }
}

/// The workspace-wide settings that govern how other files are read.
enum WorkspaceSettings {
    /// The workspace language (the first of `project.languages`) and currency, read leniently: a broken
    /// value is reported by the full decoding, here it only falls back.
    static func peek(_ root: YAMLNode) -> (Language, Currency?) {
        guard case .mapping(let pairs) = root.content,
            let project = pairs.first(where: { $0.key.scalarText == "project" })?.value,
            case .mapping(let fields) = project.content
        else { return (.en, nil) }
        var language = Language.en
        if let languages = fields.first(where: { $0.key.scalarText == "languages" })?.value,
            case .sequence(let items) = languages.content, let first = items.first?.scalarText,
            let parsed = Language(rawValue: first)
        {
            language = parsed
        }
        let currency = fields.first(where: { $0.key.scalarText == "currency" })?.value.scalarText
            .flatMap { try? Currency(code: $0) }
        return (language, currency)
    }
}

extension YAMLNode {
    var scalarText: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }
}

extension YAMLSyntaxIssue {
    /// The issue as a workspace diagnostic with its bilingual message and fix.
    func diagnostic(in file: String) -> Diagnostic {
        let issue = self
        let origin = FieldOrigin(file: file)
        let at = issue.location
        switch issue.kind {
        case .syntax(let problem, let context):
            let detail = context.map { "\(problem) \($0)" } ?? problem
            return .error(
                "yaml-syntax", at: origin, location: at,
                en: "this is not valid YAML: \(detail)", fa: "این بخش YAML معتبر نیست: \(detail)",
                fixEn: "check indentation, quotes and colons on this line (tabs are not allowed for indentation)",
                fixFa: "تورفتگی، گیومه‌ها و دونقطه‌های این سطر را بررسی کنید (تب برای تورفتگی مجاز نیست)")
        case .tooLarge(let bytes, let limit):
            return .error(
                "file-too-large", at: origin, location: at,
                en: "the file is \(bytes) bytes, more than the \(limit) a workspace file may have",
                fa: "حجم فایل \(bytes) بایت است، بیش از \(limit) بایتِ مجاز برای یک فایل فضای کار",
                fixEn: "split it, or check that it is the right file",
                fixFa: "آن را چند تکه کنید یا مطمئن شوید فایل درستی است")
        case .tooDeep(let limit):
            return .error(
                "too-deep", at: origin, location: at,
                en: "values nest more than \(limit) levels deep here",
                fa: "مقدارها در این‌جا بیش از \(limit) سطح تودرتو شده‌اند",
                fixEn: "flatten the structure; no workspace file needs this depth",
                fixFa: "ساختار را ساده کنید؛ هیچ فایل فضای کاری به این عمق نیاز ندارد")
        case .tooManyNodes(let limit):
            return .error(
                "too-many-values", at: origin, location: at,
                en: "the file holds more than \(limit) values", fa: "این فایل بیش از \(limit) مقدار دارد",
                fixEn: "split it, or check that it is the right file",
                fixFa: "آن را چند تکه کنید یا مطمئن شوید فایل درستی است")
        case .alias:
            return .error(
                "alias", at: origin, location: at,
                en: "YAML aliases (*name) are not accepted in workspace files",
                fa: "ارجاع‌های YAML (‎*name) در فایل‌های فضای کار پذیرفته نیستند",
                fixEn: "write the value out in full here", fixFa: "مقدار را همین‌جا کامل بنویسید")
        case .multipleDocuments:
            return .error(
                "multiple-documents", at: origin, location: at,
                en: "a second YAML document starts here (---); a workspace file holds one",
                fa: "سند دوم YAML از این‌جا (---) آغاز می‌شود؛ هر فایل فضای کار فقط یک سند دارد",
                fixEn: "move it to its own file, or remove the ---",
                fixFa: "آن را به فایل جداگانه ببرید یا --- را حذف کنید")
        case .complexKey:
            return .error(
                "complex-key", at: origin, location: at,
                en: "a key must be a plain name, not a list or mapping",
                fa: "کلید باید یک نام ساده باشد، نه فهرست یا مجموعه",
                fixEn: "write key: value", fixFa: "به شکل key: value بنویسید")
        case .duplicateKey(let key, let first):
            return .error(
                "duplicate-key", at: origin, location: at,
                en:
                    "\"\(InputText.shown(key))\" is written twice in this mapping (first on line \(first.line)); the first is kept",
                fa: "«\(InputText.shown(key))» در این مجموعه دو بار آمده است (بار اول در سطر \(first.line))؛ اولی نگه داشته شد",
                fixEn: "keep one of the two and delete the other",
                fixFa: "یکی را نگه دارید و دیگری را حذف کنید")
        }
    }
}

/// Where a workspace's files come from: a folder on disk, or memory.
/// What stands at a path of a workspace.
enum WorkspaceEntry {
    case missing
    case file(size: Int)
    /// A folder, device, pipe or socket where a file was expected.
    case notAFile
}

protocol WorkspaceSource {
    func entry(_ file: String) -> WorkspaceEntry
    func contents(of file: String) -> Data?
    /// The names of the entries of a folder (`""` for the workspace itself); none when it does not exist.
    func names(in folder: String) throws(WorkspaceLoadError) -> [String]
    func isFolder(_ name: String) -> Bool
}

struct DirectorySource: WorkspaceSource {
    let directory: URL

    func entry(_ file: String) -> WorkspaceEntry {
        // Symbolic links are followed: a team may link a shared file into its workspace.
        let path = directory.appendingPathComponent(file).resolvingSymlinksInPath().path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return .missing }
        guard attributes[.type] as? FileAttributeType == .typeRegular else { return .notAFile }
        return .file(size: (attributes[.size] as? NSNumber)?.intValue ?? 0)
    }

    func contents(of file: String) -> Data? {
        FileManager.default.contents(atPath: directory.appendingPathComponent(file).path)
    }

    func isFolder(_ name: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    func names(in folder: String) throws(WorkspaceLoadError) -> [String] {
        let url = folder.isEmpty ? directory : directory.appendingPathComponent(folder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return []
        }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            throw .unreadable(url.path, reason: error.localizedDescription)
        }
    }
}

struct MemorySource: WorkspaceSource {
    let files: [String: Data]

    func entry(_ file: String) -> WorkspaceEntry { files[file].map { .file(size: $0.count) } ?? .missing }
    func contents(of file: String) -> Data? { files[file] }

    func isFolder(_ name: String) -> Bool { files.keys.contains { $0.hasPrefix(name + "/") } }

    func names(in folder: String) -> [String] {
        guard !folder.isEmpty else {
            return Array(Set(files.keys.compactMap { $0.split(separator: "/").first.map(String.init) }))
        }
        return files.keys.compactMap { path in
            let parts = path.split(separator: "/", maxSplits: 1)
            return parts.count == 2 && parts[0] == folder ? String(parts[1]) : nil
        }
    }
}
