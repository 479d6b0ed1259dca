import Foundation
import Localization
import SelectionWorkshop
import Testing

@testable import WorkspaceFiles

@Suite("The bundled scorecard templates")
struct ScorecardTemplateTests {
    static let names = (try? BundledTemplates.scorecardTemplateNames()) ?? []

    /// The template, as the scorecard of the example workspace with its score sheets left out (they score
    /// the example's own criteria).
    static func load(_ name: String) throws -> (Scorecard?, ValidationReport) {
        var example = try ExampleWorkspace()
        example.files = example.files.filter { !$0.key.hasPrefix("scores/") }
        example.files["scorecard.yaml"] = Data(try BundledTemplates.scorecardTemplate(named: name).utf8)
        return (WorkspaceLoader.load(files: example.files).workspace.scorecard, try example.validate())
    }

    @Test("there is a general template and a call-center variant")
    func templatesExist() {
        #expect(Self.names.contains("general-crm"))
        #expect(Self.names.contains("call-center"))
    }

    @Test("each template is a valid scorecard", arguments: names)
    func valid(_ name: String) throws {
        let (scorecard, report) = try Self.load(name)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { $0.formatted(in: .en) })")
        let card = try #require(scorecard)
        #expect(card.template == name)
        #expect(card.weighting == .direct)
        // A 0–5 scale whose every level is anchored in both languages.
        #expect(card.scale.minimum == 0 && card.scale.maximum == 5 && card.scale.step == 1)
        #expect(card.scale.levels.map(\.value) == [0, 1, 2, 3, 4, 5])
        for level in card.scale.levels {
            #expect(level.label.isBilingual && level.anchor?.isBilingual == true, "level \(level.value)")
        }
        for criterion in card.allCriteria {
            #expect(criterion.name.isBilingual, "\(criterion.id)")
            #expect(criterion.description?.isBilingual == true, "\(criterion.id)")
            #expect((criterion.weight ?? 0) > 0, "\(criterion.id)")
        }
    }

    @Test("each template covers the functional, technical, vendor, usability and cost criteria", arguments: names)
    func coverage(_ name: String) throws {
        let card = try #require(try Self.load(name).0)
        let ids = Set(card.allCriteria.map(\.id.rawValue))
        #expect(card.criteria.map(\.id.rawValue) == ["functional", "technical", "vendor", "usability", "cost"])
        for id in [
            "call-center", "sales-funnel", "service-cases", "marketing", "process-workflow", "reports", "architecture",
            "integration", "security", "global-reach", "viability", "support", "services", "growth",
        ] {
            #expect(ids.contains(id), "\(name) lacks \(id)")
        }
        #expect(card.criteria.first { $0.id.rawValue == "cost" }?.direction == .cost)
    }

    /// The share of the total weight that a top-level criterion has.
    static func share(of id: String, in card: Scorecard) -> Double {
        let total = card.criteria.compactMap(\.weight).reduce(0, +)
        return (card.criteria.first { $0.id.rawValue == id }?.weight ?? 0) / total
    }

    @Test("the call-center variant weighs the call center more and details it")
    func callCenterEmphasis() throws {
        let general = try #require(try Self.load("general-crm").0)
        let callCenter = try #require(try Self.load("call-center").0)
        #expect(Self.share(of: "functional", in: callCenter) > Self.share(of: "functional", in: general))
        let detailed = try #require(callCenter.allCriteria.first { $0.id.rawValue == "call-center" })
        #expect(detailed.children.count >= 5)
        #expect(detailed.children.contains { $0.id.rawValue == "ivr" })
    }
}
