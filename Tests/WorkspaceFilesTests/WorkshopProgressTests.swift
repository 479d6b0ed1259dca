import Foundation
import Localization
import SelectionWorkshop
import Testing

@testable import WorkspaceFiles

@Suite("Where the team stands")
struct WorkshopProgressTests {
    static func progress(_ example: ExampleWorkspace) -> WorkshopProgress {
        WorkshopProgress(WorkspaceLoader.load(files: example.files).workspace)
    }

    @Test("the complete example has all six steps complete")
    func exampleIsComplete() throws {
        let progress = Self.progress(try ExampleWorkspace())
        #expect(progress.steps.map(\.step) == [1, 2, 3, 4, 5, 6])
        #expect(progress.completedSteps == 6, "\(progress.steps.filter { !$0.isComplete }.map(\.step))")
        #expect(progress.nextStep == nil)
    }

    @Test("a new workspace has every step to do, starting with step 1")
    func newWorkspace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crmkit-status-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try WorkspaceScaffold.create(
            at: folder, options: ScaffoldOptions(language: .en, template: "general-crm", projectName: "x", currency: "USD"))
        let progress = WorkshopProgress(try WorkspaceLoader.load(from: folder).workspace)
        #expect(progress.completedSteps == 0)
        #expect(progress.nextStep?.step == 1)
        for step in progress.steps {
            for check in step.checks where !check.isDone {
                #expect(check.missing?.isBilingual == true, "step \(step.step): \(check.name.text(in: .en))")
            }
        }
    }

    @Test("a system customer without an interview keeps step 2 open and is named")
    func systemCustomerWithoutInterview() throws {
        var example = try ExampleWorkspace()
        let loaded = WorkspaceLoader.load(files: example.files).workspace
        let customer = try #require(loaded.stakeholders.stakeholders.first { $0.group == .systemCustomers })
        let interview = try #require(loaded.stakeholders.interviews.first { $0.stakeholder == customer.id })
        try example.replace(
            "stakeholder: \(customer.id)", with: "stakeholder: \(loaded.stakeholders.stakeholders[0].id)", in: "stakeholders.yaml"
        )
        let progress = Self.progress(example)
        let step = try #require(progress.steps.first { $0.step == 2 })
        #expect(!step.isComplete)
        #expect(step.checks.contains { $0.missing?.text(in: .en).contains(customer.id.rawValue) == true })
        #expect(progress.nextStep?.step == 2)
        #expect(interview.id.rawValue.isEmpty == false)
    }

    @Test("an evaluator who has not scored every vendor keeps step 5 open")
    func unfinishedScores() throws {
        var example = try ExampleWorkspace()
        let text = example.text("scores/arash.yaml")
        let line = try #require(text.split(separator: "\n").first { $0.contains("call-center:") })
        try example.replace(String(line) + "\n", with: "", in: "scores/arash.yaml")
        let step = try #require(Self.progress(example).steps.first { $0.step == 5 })
        #expect(!step.isComplete)
        #expect(step.checks.contains { $0.missing?.text(in: .en).contains("arash") == true })
    }

    @Test("a consultant that is needed but not chosen keeps step 3 open; one not needed closes it")
    func consultantChoice() throws {
        var example = try ExampleWorkspace()
        example.files["consultants.yaml"] = Data("version: 1\nneeded: true\ncandidates: [{id: a, name: A}]\n".utf8)
        #expect(Self.progress(example).steps[2].isComplete == false)
        example.files["consultants.yaml"] = Data("version: 1\nneeded: false\n".utf8)
        #expect(Self.progress(example).steps[2].isComplete)
    }
}
