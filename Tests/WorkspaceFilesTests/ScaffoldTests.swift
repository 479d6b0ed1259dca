import Foundation
import Localization
import SelectionWorkshop
import Testing

@testable import WorkspaceFiles

@Suite("Scaffolding a workspace")
struct ScaffoldTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crmkit-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static let combinations: [(Language, String)] = [
        (.fa, "general-crm"), (.en, "general-crm"), (.fa, "call-center"), (.en, "call-center"),
    ]

    @Test("a new workspace validates without a problem", arguments: combinations)
    func newWorkspaceIsValid(_ language: Language, _ template: String) throws {
        let parent = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let directory = parent.appendingPathComponent("selection")
        let files = try WorkspaceScaffold.create(
            at: directory,
            options: ScaffoldOptions(language: language, template: template, projectName: "Sepehr: CRM", currency: "IRR"))
        #expect(files.contains("project.yaml") && files.contains("scorecard.yaml") && files.contains("scores/README.md"))
        let report = try WorkspaceValidation.check(directory, catalog: BundledCatalog.load())
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { $0.formatted(in: .en) })")
        #expect(report.language == language)
        let loaded = try WorkspaceLoader.load(from: directory)
        #expect(loaded.workspace.project?.project.name.text(in: language) == "Sepehr: CRM")
        #expect(loaded.workspace.scorecard?.template == template)
        #expect(loaded.workspace.project?.project.calendar == (language == .fa ? .jalali : .gregorian))
        // Only the workspace is left behind: no staging folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["selection"])
    }

    @Test("each file opens with the questions of its step, in the workspace language")
    func questionsAsComments() throws {
        let options = ScaffoldOptions(language: .fa, template: "general-crm", projectName: "x", currency: "IRR")
        let files = WorkspaceScaffold.files(
            options, questionnaires: try BundledTemplates.questionnaires(),
            scorecardTemplate: try BundledTemplates.scorecardTemplate(named: "general-crm"))
        let project = try #require(files.first { $0.path == "project.yaml" }?.contents)
        let question = try #require(
            try BundledTemplates.questionnaires().first?.questions.first {
                $0.fills.description == "project.yaml:diagnostics.cost_of_mistakes"
            })
        #expect(project.contains("# \(question.text.text(in: .fa))"))
        #expect(!project.contains(question.text.text(in: .en)))
        let stakeholders = try #require(files.first { $0.path == "stakeholders.yaml" }?.contents)
        #expect(stakeholders.contains("→ interviews[].reports_missing"))
    }

    @Test("an existing workspace is refused and left as it was")
    func refusesExistingWorkspace() throws {
        let parent = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let directory = parent.appendingPathComponent("selection")
        let options = ScaffoldOptions(language: .en, template: "general-crm", projectName: "x", currency: "USD")
        try WorkspaceScaffold.create(at: directory, options: options)
        let project = directory.appendingPathComponent("project.yaml")
        try Data("version: 1\nproject: {name: mine, languages: [en], currency: USD}\n".utf8).write(to: project)
        #expect {
            try WorkspaceScaffold.create(at: directory, options: options)
        } throws: { error in
            guard case ScaffoldError.existingWorkspace = error else { return false }
            return true
        }
        #expect(try String(contentsOf: project, encoding: .utf8).contains("name: mine"))
    }

    @Test("a folder holding a file the workspace would write is refused; nothing is written")
    func refusesClash() throws {
        let parent = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let directory = parent.appendingPathComponent("selection")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: directory.appendingPathComponent("requirements.yaml"))
        let options = ScaffoldOptions(language: .fa, template: "general-crm", projectName: "x", currency: "IRR")
        #expect(throws: ScaffoldError.self) { try WorkspaceScaffold.create(at: directory, options: options) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["requirements.yaml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["selection"])
    }

    @Test("an existing empty folder becomes the workspace")
    func intoEmptyFolder() throws {
        let directory = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let options = ScaffoldOptions(language: .en, template: "call-center", projectName: "x", currency: "USD")
        let files = try WorkspaceScaffold.create(at: directory, options: options)
        #expect(try WorkspaceValidation.check(directory, catalog: nil).isValid)
        #expect(files.allSatisfy { FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).path) })
    }

    @Test("an unknown template is refused before anything is written")
    func unknownTemplate() throws {
        let parent = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let options = ScaffoldOptions(language: .en, template: "nope", projectName: "x", currency: "USD")
        #expect(throws: ScaffoldError.self) {
            try WorkspaceScaffold.create(at: parent.appendingPathComponent("w"), options: options)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
    }
}
