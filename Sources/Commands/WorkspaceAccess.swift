import ArgumentParser
import Foundation
import Localization
import SelectionWorkshop
import WorkspaceFiles

/// What the workspace commands share: opening the workspace, appending a record, writing an output file —
/// each failing with a clear message in the user's language and the documented exit status.
enum WorkspaceAccess {
    /// The workspace in `folder` and the language to speak (`lang`, else the workspace's); exit 2 when the
    /// folder is not a workspace.
    static func load(_ folder: String, lang: Language?) throws -> (LoadedWorkspace, Language) {
        do {
            let loaded = try WorkspaceLoader.load(from: URL(fileURLWithPath: folder, isDirectory: true))
            return (loaded, lang ?? loaded.workspace.project?.project.language ?? .en)
        } catch {
            Console.error(error.description(in: lang ?? .en))
            throw ExitCode(2)
        }
    }

    /// Appends an item to the list `list` of `file`, saying so on standard output and any new warnings at the
    /// item on standard error (see `edit(in:language:_:)`); the workspace must exist (exit 2 otherwise).
    /// The workspace in `folder`, checked: exit 1 with the number of errors and where to see them when it is
    /// not valid (`refusal` says what was not done, e.g. "no report was written"), exit 2 when it is not a
    /// workspace. Commands that compute from a workspace use it, so none computes from a broken one.
    static func loadValid(_ folder: String, lang: Language?, refusal: LocalizedText? = nil) throws -> (
        LoadedWorkspace, Language
    ) {
        let (loaded, language) = try load(folder, lang: lang)
        let report = WorkspaceValidation.check(loaded, catalog: try? BundledCatalog.load())
        guard report.isValid else {
            let count = report.errorCount
            // "…has 1 error; no report was written. Run …", or "…has 1 error. Run …".
            let done = refusal.map { "؛ " + $0.text(in: language) + "." } ?? "."
            let englishDone = refusal.map { "; " + $0.text(in: language) + "." } ?? "."
            Console.error(
                language == .fa
                    ? "فضای کار \(PersianDigits.digits(String(count), for: .fa)) خطا دارد\(done) نخست crmkit validate \(folder) را اجرا کنید."
                    : "the workspace has \(count) error\(count == 1 ? "" : "s")\(englishDone) Run crmkit validate \(folder) first."
            )
            throw ExitCode(1)
        }
        return (loaded, language)
    }

    static func append(
        _ fields: [(String, WorkspaceEditor.Field?)], toList list: String, in file: String, workspace: String,
        lang: Language?
    ) throws {
        let (_, language) = try load(workspace, lang: lang)
        try edit(in: workspace, language: language) { () throws(WorkspaceEditor.Failure) in
            try WorkspaceEditor.append(fields, toList: list, in: file, at: URL(fileURLWithPath: workspace, isDirectory: true))
        }
        Console.out(language == .fa ? "به \(file) افزوده شد." : "Added to \(file).")
    }

    /// Runs an edit of the workspace in `folder` and prints the warnings it returns — the new ones at the
    /// records it added or changed — on standard error, as `crmkit validate` prints them. A refused or failed
    /// edit (nothing written) is explained in `language`, with file names as seen from where the command was
    /// run, and exits 1.
    static func edit(
        in folder: String, language: Language, _ body: () throws(WorkspaceEditor.Failure) -> [Diagnostic]
    ) throws {
        let warnings: [Diagnostic]
        do {
            warnings = try body()
        } catch {
            Console.error(error.message(filePrefix: filePrefix(folder)).text(in: language))
            throw ExitCode(1)
        }
        if !warnings.isEmpty {
            Console.error(warnings.map { $0.formatted(in: language, filePrefix: filePrefix(folder)) }.joined(separator: "\n"))
        }
    }

    /// What goes before a workspace file's name to name it from the current directory: nothing for `.`.
    static func filePrefix(_ folder: String) -> String {
        folder == "." ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// Says that `file` has no `kind` named `id`, with the closest known id as a hint; the caller throws the
    /// returned exit status 1.
    static func unknown(
        _ kind: LocalizedText, _ id: String, among known: [String], in file: String, language: Language
    ) -> ExitCode {
        let hint = Suggestion.closest(to: id, among: known)
        let (fa, en): (String, String) =
            if let hint {
                ("منظورتان «\(hint)» بود؟", "did you mean \"\(hint)\"?")
            } else if known.isEmpty {
                ("هنوز موردی ندارد", "it has none yet")
            } else {
                ("شناسه‌ها: \(known.joined(separator: "، "))", "the ids are: \(known.joined(separator: ", "))")
            }
        Console.error(
            language == .fa
                ? "در \(file) \(kind.text(in: .fa)) «\(id)» نیست؛ \(fa)"
                : "there is no \(kind.text(in: .en)) \"\(id)\" in \(file); \(en)")
        return ExitCode(1)
    }

    /// `text` to standard output, or atomically to the file `out` (saying so on standard error).
    static func write(_ text: String, to out: String?, language: Language) throws {
        guard let out else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            Console.error(
                language == .fa
                    ? "نوشتن «\(out)» ممکن نشد: \(error.localizedDescription)"
                    : "cannot write \"\(out)\": \(error.localizedDescription)")
            throw ExitCode(1)
        }
        Console.error(language == .fa ? "نوشته شد: \(out)" : "wrote \(out)")
    }
}

extension Console {
    /// JSON for scripts: pretty, with sorted keys, as every `--format json` prints it.
    static func jsonText(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func json(_ value: some Encodable) throws {
        out(try jsonText(value))
    }
}

/// An input file a command reads (a decision matrix, a pairwise matrix): its bytes, and its problems printed.
enum InputFile {
    /// The file's contents; exit 2, with a message in `language`, when it cannot be read.
    static func contents(_ path: String, language: Language) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.error(
                language == .fa
                    ? "خواندن «\(path)» ممکن نشد؛ نشانی و دسترسی فایل را بررسی کنید"
                    : "cannot read \"\(path)\"; check the path and the file's permissions")
            throw ExitCode(2)
        }
        return data
    }

    /// Every problem on standard error, in the order of the file.
    static func report(_ diagnostics: [Diagnostic], language: Language) {
        guard !diagnostics.isEmpty else { return }
        let sorted = diagnostics.sorted {
            ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0)
        }
        Console.error(sorted.map { $0.formatted(in: language) }.joined(separator: "\n"))
    }
}
