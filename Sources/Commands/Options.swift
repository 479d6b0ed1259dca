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
