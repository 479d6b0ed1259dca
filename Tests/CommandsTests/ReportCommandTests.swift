import Foundation
import Testing

@Suite("crmkit report")
struct ReportCommandTests {
    static let example = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/example-workspace").path

    /// A fresh folder for one test's output, removed afterwards by the caller.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crmkit-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("--out FILE.html writes the page, --out FILE.md the Markdown, atomically, nothing on standard output")
    func writesFiles() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("report.html")
        let markdown = folder.appendingPathComponent("report.md")
        // An earlier report is replaced whole.
        try Data("old report".utf8).write(to: html)

        let page = try await CLI.run(["report", Self.example, "--out", html.path, "--lang", "fa"])
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout.isEmpty)
        #expect(page.stderr.contains("نوشته شد: \(html.path)"))
        let written = try String(contentsOf: html, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\">"))
        #expect(written.hasSuffix("</html>\n"))
        #expect(written.contains("پیشنهاد: <strong>نیلگون‌افزار</strong>"))

        let text = try await CLI.run(["report", Self.example, "--out", markdown.path, "--lang", "en"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stderr.contains("wrote \(markdown.path)"))
        let markdownText = try String(contentsOf: markdown, encoding: .utf8)
        #expect(markdownText.hasPrefix("# Sepehr Roadside Assistance — CRM and call center selection\n"))
        #expect(markdownText.contains("## 9. Recommendation"))
        #expect(!markdownText.contains("<svg"))

        // Atomic writes leave no temporary file beside the report.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["report.html", "report.md"])
    }

    @Test("without --out the Markdown goes to standard output; --format html prints the page")
    func standardOutput() async throws {
        let markdown = try await CLI.run(["report", Self.example, "--lang", "en"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.hasPrefix("# Sepehr Roadside Assistance"))
        #expect(markdown.stderr.isEmpty)
        let html = try await CLI.run(["report", Self.example, "--format", "html"])
        #expect(html.status == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\">"), "the workspace's language is fa")
    }

    @Test("a workspace with errors gets no report and exit 1; the earlier report stays as it was")
    func invalidWorkspace() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = folder.appendingPathComponent("workspace")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.example), to: workspace)
        let scores = workspace.appendingPathComponent("scores/arash.yaml")
        let text = try String(contentsOf: scores, encoding: .utf8)
        try text.replacingOccurrences(of: "call-center: 5", with: "call-center: 9").write(
            to: scores, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("report.html")
        try Data("earlier report".utf8).write(to: out)

        let run = try await CLI.run(["report", workspace.path, "--out", out.path, "--lang", "en"])
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("the workspace has 1 error; no report was written. Run crmkit validate \(workspace.path) first."))
        #expect(try String(contentsOf: out, encoding: .utf8) == "earlier report")

        let persian = try await CLI.run(["report", workspace.path, "--out", out.path])
        #expect(persian.status == 1)
        #expect(persian.stderr.contains("فضای کار ۱ خطا دارد؛ گزارش نوشته نشد. نخست crmkit validate"))
    }

    @Test(
        "exit 2 when the folder is not a workspace; 64 for an output name without a known extension; 1 when the file cannot be written"
    )
    func failures() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }

        let notWorkspace = try await CLI.run(["report", folder.path, "--out", folder.appendingPathComponent("r.html").path])
        #expect(notWorkspace.status == 2)
        #expect(!notWorkspace.stderr.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.html").path))

        let unknown = try await CLI.run(["report", Self.example, "--out", folder.appendingPathComponent("r.pdf").path])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("name it .html or .md, or add --format html|md"))

        let missingFolder = folder.appendingPathComponent("no/such/folder/report.md").path
        let unwritable = try await CLI.run(["report", Self.example, "--out", missingFolder, "--lang", "en"])
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.contains("cannot write \"\(missingFolder)\""))
    }

    @Test("--help says what the report holds, where it goes and the exit statuses")
    func help() async throws {
        let run = try await CLI.run(["report", "--help"])
        #expect(run.status == 0)
        for phrase in ["--out", "--format", "--lang", "standard output", "atomically", "Exit status", "crmkit validate"] {
            #expect(run.stdout.contains(phrase), "--help lacks \(phrase)")
        }
    }
}
