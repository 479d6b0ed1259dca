import ArgumentParser
import Foundation
import Localization
import SelectionWorkshop
import WorkspaceFiles

/// What the editing commands share: loading the workspace and appending with a clear failure.
enum Edit {
    static func load(_ workspace: String, lang: Language?) throws -> (Workspace, Language) {
        do {
            let loaded = try WorkspaceLoader.load(from: URL(fileURLWithPath: workspace, isDirectory: true))
            return (loaded.workspace, lang ?? loaded.workspace.project?.project.language ?? .en)
        } catch {
            Console.error(error.description(in: lang ?? .en))
            throw ExitCode(2)
        }
    }

    static func append(
        _ fields: [(String, WorkspaceEditor.Field?)], toList list: String, in file: String, workspace: String,
        lang: Language
    ) throws {
        do {
            try WorkspaceEditor.append(fields, toList: list, in: file, at: URL(fileURLWithPath: workspace, isDirectory: true))
        } catch {
            Console.error(error.description(in: lang))
            throw ExitCode(1)
        }
        Console.out(lang == .fa ? "به \(file) افزوده شد." : "Added to \(file).")
    }
}

extension Console {
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        out(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
