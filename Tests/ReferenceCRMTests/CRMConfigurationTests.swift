import Foundation
import Localization
import ReferenceCRM
import Testing

@Suite("The configuration model of crm.yaml")
struct CRMConfigurationTests {
    static let base = URL(fileURLWithPath: "/srv/crm", isDirectory: true)

    static func keys(_ configuration: CRMConfiguration) -> [String] { configuration.problems.map(\.key) }

    @Test func theStandardConfigurationRuns() {
        let standard = CRMConfiguration.standard(relativeTo: Self.base)
        #expect(standard.problems.isEmpty)
        #expect(standard.database == .sqlite(path: "/srv/crm/crm.sqlite"))
        #expect(standard.listen.host == "127.0.0.1")
        #expect(standard.defaultLocale == .fa)
        #expect(standard.calendar == .jalali)
        #expect(standard.modules == Set(CRMModule.allCases))
        // One time zone: the service desk's hours follow the configuration's.
        var moved = standard
        moved.timeZone = TimeZone(identifier: "Asia/Dubai") ?? .gmt
        #expect(moved.workingHours.timeZone == moved.timeZone)
        #expect(moved.workingHours.openings(on: .saturday) == standard.workingHours.openings(on: .saturday))
    }

    @Test func localesAndCurrencies() {
        var configuration = CRMConfiguration.standard(relativeTo: Self.base)
        configuration.locales = [.en]
        #expect(Self.keys(configuration) == ["default_locale"])
        configuration.locales = []
        #expect(Self.keys(configuration) == ["locales"])
        configuration.locales = [.fa, .fa]
        #expect(Self.keys(configuration) == ["locales"])
        configuration = CRMConfiguration.standard(relativeTo: Self.base)
        configuration.baseCurrency = .usd
        #expect(Self.keys(configuration) == ["currency.accepted"])
        configuration.sessionKeyVariable = "crm session"
        #expect(Self.keys(configuration) == ["currency.accepted", "secrets.session_key_env"])
    }

    @Test func pipelineRules() {
        var configuration = CRMConfiguration.standard(relativeTo: Self.base)
        configuration.pipeline[2].probability = 0.2  // proposal below needs-analysis (0.25)
        #expect(Self.keys(configuration) == ["pipeline[2].probability"])
        configuration.pipeline[2].probability = 1.5
        #expect(Self.keys(configuration) == ["pipeline[2].probability"])
        configuration = CRMConfiguration.standard(relativeTo: Self.base)
        configuration.pipeline[4].probability = 0.9  // won must be 1
        configuration.pipeline[1].id = "qualification"
        #expect(Self.keys(configuration) == ["pipeline[1].id", "pipeline[4].probability"])
        configuration = CRMConfiguration.standard(relativeTo: Self.base)
        configuration.pipeline.removeLast()  // no lost stage
        configuration.pipeline.append(PipelineStage(id: "late", name: LocalizedText(en: "Late"), probability: 0.9))
        #expect(Self.keys(configuration) == ["pipeline[5]", "pipeline"])
        // With opportunities off, the pipeline is not checked.
        configuration.modules.remove(.opportunities)
        #expect(Self.keys(configuration).isEmpty)
    }

    @Test func customFieldRules() {
        var configuration = CRMConfiguration.standard(relativeTo: Self.base)
        let name = LocalizedText(fa: "کد ملی", en: "National id")
        configuration.customFields = [
            CustomField(record: .contact, id: "national_id", name: name, kind: .text, required: true),
            CustomField(record: .account, id: "national_id", name: name, kind: .text),
            CustomField(record: .contact, id: "national_id", name: name, kind: .number),
            CustomField(record: .case, id: "Channel", name: name, kind: .choice([])),
            CustomField(
                record: .lead, id: "source", name: name,
                kind: .choice([.init(id: "web", name: name), .init(id: "web", name: name)])),
        ]
        configuration.modules.remove(.leads)
        #expect(
            Self.keys(configuration) == [
                "custom_fields[2].id", "custom_fields[3].id", "custom_fields[3].choices", "custom_fields[4].record",
                "custom_fields[4].choices",
            ])
    }

    @Test func everyProblemSpeaksBothLanguages() {
        var configuration = CRMConfiguration.standard(relativeTo: Self.base)
        configuration.locales = []
        configuration.pipeline = []
        for problem in configuration.problems {
            #expect(problem.message.isBilingual, "\(problem.key)")
        }
        #expect(configuration.problems.count == 4)  // locales; one won, one lost, one open stage
    }

    @Test func rolesFollowTheStakeholderGroups() {
        #expect(CRMRole.allCases.count == 5)
        #expect(CRMRole.allCases.sorted() == CRMRole.allCases)
        #expect(CRMRole.allCases.allSatisfy { $0.name.isBilingual })
    }
}
