import Foundation
import Localization
import SelectionWorkshop

/// Which questions the workshop has asked in a workspace, answered or skipped, so that running it again
/// carries on where it stopped instead of asking every skipped question again. It lives in
/// `.crmkit/workshop.yaml`, beside the workspace files (the loader ignores dot-folders); deleting it makes
/// the workshop ask every empty field again, and `crmkit workshop --revisit` ignores it.
public enum WorkshopJournal {
    public static let path = ".crmkit/workshop.yaml"

    public struct Unreadable: BilingualError {
        public let file: String
        public let location: SourceLocation

        public var message: LocalizedText {
            LocalizedText(
                fa:
                    "\(file):\(location.line):\(location.column): فهرست پرسش‌های پرسیده‌شده خوانا نیست (شاید پس از ادغام در git)؛ آن را درست کنید، یا پاکش کنید تا همه فیلدهای خالی دوباره پرسیده شوند",
                en:
                    "\(file):\(location.line):\(location.column): the list of questions asked cannot be read (a git merge, perhaps); repair it, or delete it to be asked every empty field again"
            )
        }
    }

    /// Why the journal cannot be used, when it exists but is broken: the workshop stops rather than
    /// overwrite it.
    public static func problem(in directory: URL, shownAs folder: String? = nil) -> Unreadable? {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(path).path) else {
            return nil
        }
        let file =
            folder.map { $0 == "." ? path : ($0.hasSuffix("/") ? $0 : $0 + "/") + path }
            ?? directory.appendingPathComponent(path).path
        let (root, issues) = YAMLReader.read(data)
        if let issue = issues.first { return Unreadable(file: file, location: issue.location) }
        guard case .mapping(let pairs) = root?.content,
            let asked = pairs.first(where: { $0.key.scalarText == "asked" })?.value,
            case .sequence(let items) = asked.content, items.allSatisfy({ $0.scalarText != nil })
        else { return Unreadable(file: file, location: root?.location ?? SourceLocation(line: 1, column: 1)) }
        return nil
    }

    static func read(from directory: URL) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(path).path),
            case .mapping(let pairs) = YAMLReader.read(data).root?.content,
            case .sequence(let items) = pairs.first(where: { $0.key.scalarText == "asked" })?.value.content
        else { return [] }
        return Set(items.compactMap(\.scalarText))
    }

    /// Writes the journal atomically, sorted, so the same questions asked give the same file.
    static func write(_ asked: Set<String>, to directory: URL) {
        var text = """
            # The questions crmkit workshop has asked here (answered or skipped); it does not ask them again.
            # Delete this file to be asked every empty field again, or run crmkit workshop --revisit.
            version: 1
            asked:

            """
        for id in asked.sorted() { text += "  - \(YAMLTextEdit.scalar(id, inFlow: false))\n" }
        let url = directory.appendingPathComponent(path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: url, options: .atomic)
    }
}
