import ArgumentParser
import Localization

/// How a command prints its result: `table` for people, `json` for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table
    case json
}

extension Language: ExpressibleByArgument {}

/// The workspace a command works on: a positional folder that defaults to the current directory.
struct WorkspaceOptions: ParsableArguments {
    @Argument(help: "The workspace folder (default: the current directory).", completion: .directory)
    var directory: String = "."
}

/// `[DIR] ID`: a workspace folder (default: the current directory) before the id a command works on.
/// ArgumentParser fills positional arguments from the left, so the command declares a required first word and
/// an optional second one; with one word it is the id, with two the folder comes first.
enum FolderAndID {
    static func split(_ first: String, _ second: String?) -> (folder: String, id: String) {
        if let second { (first, second) } else { (".", first) }
    }
}

/// How the scoring commands print a result: `table` for people, `json` for scripts (keys documented in
/// docs/cli-json.md), `csv` for spreadsheets, `md` for reports.
enum ResultFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table
    case json
    case csv
    case md
}
