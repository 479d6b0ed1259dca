import Foundation
import Localization
import SelectionWorkshop

/// Starts a new process charter file in a workspace's `charters/` folder.
public enum CharterScaffold {
    public enum Failure: BilingualError {
        case notAWorkspace(String)
        case exists(String)
        case writeFailed(String, reason: String)

        public var message: LocalizedText {
            switch self {
            case .notAWorkspace(let path):
                WorkspaceLoadError.notAWorkspace(path).message
            case .exists(let path):
                LocalizedText(
                    fa: "«\(path)» از پیش هست و بازنویسی نمی‌شود؛ شناسه دیگری برگزینید یا همان فایل را ویرایش کنید",
                    en: "\"\(path)\" already exists and is not overwritten; choose another id or edit that file")
            case .writeFailed(let path, let reason):
                LocalizedText(fa: "نوشتن «\(path)» ممکن نشد: \(reason)", en: "cannot write \"\(path)\": \(reason)")
            }
        }
    }

    /// Writes `charters/ID.yaml` with the eleven fields to fill in, each under its question from the step-6
    /// questionnaire, and returns the file's path. Never overwrites a file.
    @discardableResult
    public static func create(
        id: String, title: String?, apqc: String?, in directory: URL, language: Language?
    ) throws(Failure) -> String {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: directory.appendingPathComponent(Workspace.FileName.project).path) else {
            throw .notAWorkspace(directory.path)
        }
        let language =
            language ?? (try? WorkspaceLoader.load(from: directory))?.workspace.project?.project.language ?? .fa
        let folder = directory.appendingPathComponent(Workspace.FileName.chartersFolder)
        let url = folder.appendingPathComponent("\(id).yaml")
        guard !fileManager.fileExists(atPath: url.path) else { throw .exists(url.path) }
        let questions = ((try? BundledTemplates.questionnaires()) ?? []).flatMap(\.questions)
            .filter { $0.fills.file == "charters/*.yaml" }
        var text = "version: 1\nid: \(id)\n"
        if let apqc { text += "apqc: \(YAMLText.quoted(apqc))\n" }
        for key in CharterFile.requiredFields {
            if let question = questions.first(where: { $0.fills.keys.first?.name == key }) {
                text += "# \(question.text.text(in: language).replacingOccurrences(of: "\n", with: " "))\n"
            }
            if key == "title", let title {
                text += "title: \(YAMLText.quoted(title))\n"
            } else {
                text += "\(key):\n"
            }
        }
        text += "steps: []\n"
        do {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            // Created exclusively: a file that appeared meanwhile is not overwritten.
            guard fileManager.createFile(atPath: url.path, contents: Data(text.utf8), attributes: nil)
            else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            throw .writeFailed(url.path, reason: error.localizedDescription)
        }
        return "\(Workspace.FileName.chartersFolder)/\(id).yaml"
    }
}
