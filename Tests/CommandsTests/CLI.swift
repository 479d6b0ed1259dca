import Foundation

/// Runs the `crmkit` executable that `swift build` put beside this test bundle.
enum CLI {
    struct Output: Sendable {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    struct NotBuilt: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "No crmkit executable found (looked in \(searched.joined(separator: ", "))); run `swift build` first."
        }
    }

    /// Runs the built `crmkit` with `arguments`, no standard input, in `workingDirectory` when given.
    static func run(_ arguments: [String], in workingDirectory: URL? = nil) async throws -> Output {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("crmkit-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // Files rather than pipes: nothing can block on a full pipe buffer.
        let outURL = directory.appendingPathComponent("stdout")
        let errURL = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        try outHandle.close()
        try errHandle.close()
        return Output(
            status: status,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    static func executable() throws -> URL {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            Bundle.main.bundleURL,  // Linux: the folder holding the test executable, .build/debug
            Bundle.main.bundleURL.deletingLastPathComponent(),  // macOS: the folder holding the .xctest bundle
            packageRoot.appendingPathComponent(".build/debug"),
        ].map { $0.appendingPathComponent("crmkit") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw NotBuilt(searched: candidates.map(\.path))
        }
        return found
    }
}
