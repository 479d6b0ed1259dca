import Foundation
import Localization
import ProcessCatalog
import SelectionWorkshop

@testable import WorkspaceFiles

/// The complete example workspace of `docs/example-workspace`, held in memory so tests can change one file
/// and check what the validator says.
struct ExampleWorkspace {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/example-workspace")

    var files: [String: Data]

    init() throws {
        var files: [String: Data] = [:]
        let root = Self.directory
        for name in try FileManager.default.subpathsOfDirectory(atPath: root.path)
        where name.hasSuffix(".yaml") {
            files[name] = try Data(contentsOf: root.appendingPathComponent(name))
        }
        self.files = files
    }

    func text(_ file: String) -> String {
        String(decoding: files[file] ?? Data(), as: UTF8.self)
    }

    /// Replaces the first occurrence of `target` in `file`; returns the 1-based line where it stood.
    @discardableResult
    mutating func replace(_ target: String, with replacement: String, in file: String) throws -> Int {
        let text = text(file)
        guard let range = text.range(of: target) else { throw ExampleError.notFound(target, file) }
        let line = text[..<range.lowerBound].count(where: { $0 == "\n" }) + 1
        files[file] = Data(text.replacingCharacters(in: range, with: replacement).utf8)
        return line
    }

    /// The 1-based line of the first occurrence of `target` in `file`.
    func line(of target: String, in file: String) throws -> Int {
        let text = text(file)
        guard let range = text.range(of: target) else { throw ExampleError.notFound(target, file) }
        return text[..<range.lowerBound].count(where: { $0 == "\n" }) + 1
    }

    func validate() throws -> ValidationReport {
        try WorkspaceValidation.check(files: files, catalog: BundledCatalog.load(), probes: BundledProbes.load())
    }

    enum ExampleError: Error {
        case notFound(String, String)
    }
}
