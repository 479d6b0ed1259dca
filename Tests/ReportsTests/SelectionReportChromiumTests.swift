import Foundation
import Localization
import Reports
import Testing

/// The example workspace's report, rendered by Debian's headless Chromium: it must load without a single
/// console message (the page has no script, so any message is an error — a blocked resource, a parse
/// failure), its DOM must hold the report, and its A4-sized screenshot must be a real PNG.
///
/// Chromium is required, not optional: `scripts/test` installs it (as root or with CI=true); a machine without
/// it fails here with how to install it, rather than skipping the check. `CRMKIT_CHROMIUM` names another binary.
@Suite("The selection report in headless Chromium", .serialized)
struct SelectionReportChromiumTests {
    @Test("the example report loads without console errors and screenshots on an A4 window", arguments: Language.allCases)
    func rendersInChromium(_ language: Language) async throws {
        let chromium = try Chromium.find()
        let folder = try Chromium.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try ExampleWorkspace.report(language)
        let page = folder.appendingPathComponent("report-\(language.rawValue).html")
        try Data(report.html.utf8).write(to: page)

        let screenshot = folder.appendingPathComponent("report-\(language.rawValue).png")
        let shot = try await chromium.run(
            ["--screenshot=\(screenshot.path)", "--window-size=1240,1754", page.absoluteString], in: folder)
        #expect(shot.status == 0, "chromium failed: \(shot.stderr)")
        #expect(Chromium.consoleMessages(shot.stderr).isEmpty, "console messages: \(Chromium.consoleMessages(shot.stderr))")

        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "not a PNG")
        #expect(png.count > 20_000, "a \(png.count)-byte screenshot is too small to show the report")
        // The IHDR chunk's width and height: the window asked for, 1240 × 1754 (A4 at 150 dpi).
        if png.count > 24 {
            let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == 1240 && height == 1754, "screenshot is \(width) × \(height)")
        }

        let dom = try await chromium.run(["--dump-dom", page.absoluteString], in: folder)
        #expect(dom.status == 0, "chromium failed: \(dom.stderr)")
        #expect(Chromium.consoleMessages(dom.stderr).isEmpty, "console messages: \(Chromium.consoleMessages(dom.stderr))")
        #expect(dom.stdout.contains("<html lang=\"\(language.rawValue)\" dir=\"\(language.direction)\">"))
        #expect(dom.stdout.contains("<h1>\(HTMLText.escape(report.title))</h1>"), "the DOM does not hold the report's title")
        #expect(dom.stdout.components(separatedBy: "<svg ").count - 1 == 5, "the five charts are not in the DOM")
    }

    @Test("the console check catches a page that logs an error")
    func consoleCheckWorks() async throws {
        let chromium = try Chromium.find()
        let folder = try Chromium.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("broken.html")
        try Data(
            "<!DOCTYPE html><html><body><p>x</p><script>console.error('broken'); missingFunction();</script></body></html>"
                .utf8
        ).write(to: page)
        let run = try await chromium.run(["--dump-dom", page.absoluteString], in: folder)
        let messages = Chromium.consoleMessages(run.stderr)
        #expect(messages.contains { $0.contains("broken") }, "console.error went unnoticed: \(run.stderr)")
        #expect(messages.contains { $0.contains("Uncaught") }, "an uncaught exception went unnoticed: \(run.stderr)")
    }
}

/// Debian's `chromium`, run headless with its console logged to standard error.
struct Chromium {
    struct NotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "headless Chromium is needed to check the selection report's HTML and none was found (looked for "
                + searched.joined(separator: ", ")
                + "). Install it with `apt-get install chromium` (scripts/test does so as root or with CI=true), or set "
                + "CRMKIT_CHROMIUM to a Chromium or Chrome binary."
        }
    }

    struct TimedOut: Error, CustomStringConvertible {
        let arguments: [String]
        var description: String { "chromium did not finish within 120 s: \(arguments.joined(separator: " "))" }
    }

    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    let executable: URL

    static func find() throws -> Chromium {
        let environment = ProcessInfo.processInfo.environment
        if let named = environment["CRMKIT_CHROMIUM"], !named.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: named) else { throw NotFound(searched: [named]) }
            return Chromium(executable: URL(fileURLWithPath: named))
        }
        let names = ["chromium", "chromium-browser", "google-chrome"]
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders {
                let path = folder + "/" + name
                if FileManager.default.isExecutableFile(atPath: path) { return Chromium(executable: URL(fileURLWithPath: path)) }
            }
        }
        throw NotFound(searched: names.map { "\($0) on PATH" })
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "crmkit-chromium-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The lines Chromium logs for the page's console (`…:INFO:CONSOLE:1] "message", source: …`), uncaught
    /// exceptions included.
    static func consoleMessages(_ stderr: String) -> [String] {
        stderr.split(whereSeparator: \.isNewline).map(String.init).filter {
            $0.contains(":CONSOLE") || $0.contains("Uncaught")
        }
    }

    /// Runs Chromium headless on `arguments`, with its own profile in `folder` (so parallel runs never share one)
    /// and a 120-second limit.
    func run(_ arguments: [String], in folder: URL) async throws -> Output {
        let profile = folder.appendingPathComponent("profile-\(UUID().uuidString)", isDirectory: true)
        let all =
            [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=\(profile.path)",
            ] + arguments
        let outURL = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        let errURL = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = all
        process.currentDirectoryURL = folder
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        // A watchdog ends a hung Chromium; the continuation resumes when the process ends either way.
        let watchdog = Task {
            try await Task.sleep(for: .seconds(120))
            process.terminate()
            return true
        }
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        watchdog.cancel()
        if (try? await watchdog.value) == true { throw TimedOut(arguments: all) }
        try outHandle.close()
        try errHandle.close()
        return Output(
            status: status,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
