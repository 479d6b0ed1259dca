import Foundation
import Localization
import ReferenceCRM
import SelectionWorkshop
import Testing

@testable import WorkspaceFiles

@Suite("Reading crm.yaml")
struct CRMConfigurationFileTests {
    static let defaultFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("reference-crm/crm.default.yaml")
    static let base = URL(fileURLWithPath: "/srv/crm", isDirectory: true)

    static func read(_ text: String) -> (CRMConfiguration?, [Diagnostic]) {
        CRMConfigurationFile.read(Data(text.utf8), file: "crm.yaml", base: base)
    }

    static func places(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.rule) \($0.location?.line ?? 0):\($0.location?.column ?? 0)" }
    }

    /// The commented default writes out exactly the standard configuration, with each role's own name.
    @Test func theDefaultFileIsTheStandardConfiguration() throws {
        let (configuration, diagnostics) = CRMConfigurationFile.read(
            try Data(contentsOf: Self.defaultFile), file: "crm.default.yaml", base: Self.base)
        #expect(diagnostics.isEmpty, "\(diagnostics.map { $0.formatted(in: .en) })")
        var expected = CRMConfiguration.standard(relativeTo: Self.base)
        expected.roleNames = Dictionary(uniqueKeysWithValues: CRMRole.allCases.map { ($0, $0.name) })
        #expect(configuration == expected)
    }

    @Test func aSmallFileKeepsTheStandardValuesItLeavesOut() throws {
        let (configuration, diagnostics) = Self.read(
            """
            version: 1
            organization: Abrak Motors
            locales: [en, fa]
            default_locale: en
            calendar: gregorian
            currency: {base: USD, accepted: [USD, EUR]}
            modules: {call-center: no}
            database: postgres://crm@db.internal:5433/crm?sslmode=require
            listen: ":9000"
            custom_fields:
              - record: contact
                id: national_id
                name: {fa: کد ملی, en: National id}
                type: text
                required: yes
              - record: case
                id: channel
                name: Channel
                type: choice
                choices: [{id: phone, name: Phone}, {id: web, name: Web}]
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics.map { $0.formatted(in: .en) })")
        let read = try #require(configuration)
        #expect(read.organization == LocalizedText(en: "Abrak Motors"))
        #expect(read.defaultLocale == .en)
        #expect(read.calendar == .gregorian)
        #expect(read.baseCurrency == .usd)
        #expect(read.acceptedCurrencies == [.usd, .eur])
        #expect(!read.modules.contains(.callCenter))
        #expect(read.modules.contains(.cases))
        #expect(read.listen == ListenAddress(host: "0.0.0.0", port: 9000))
        #expect(read.pipeline == PipelineStage.standard)
        #expect(read.timeZone == .tehran)
        guard case .postgres(let postgres) = read.database else {
            Issue.record("not PostgreSQL")
            return
        }
        #expect(postgres.port == 5433)
        #expect(postgres.tls == .require)
        #expect(read.customFields.map(\.id) == ["national_id", "channel"])
        #expect(
            read.customFields[1].kind
                == .choice([
                    .init(id: "phone", name: LocalizedText(en: "Phone")), .init(id: "web", name: LocalizedText(en: "Web")),
                ]))
    }

    /// Each problem is an error at its line and column, with a fix, and nothing is returned.
    @Test func problemsAtTheirLines() {
        let (configuration, diagnostics) = Self.read(
            """
            version: 1
            locale: [fa]
            database: postgres://crm:secret@db/crm
            time_zone: Mars/Olympus
            pipeline:
              - id: open
                name: Open
                probability: 0.5
              - id: later
                name: Later
                probability: 0.2
              - id: won
                name: Won
                probability: 1
                outcome: won
            """)
        #expect(configuration == nil)
        #expect(
            Self.places(diagnostics).sorted() == [
                "crm-configuration 11:18", "crm-configuration 6:3", "invalid-database 3:11", "invalid-time-zone 4:12",
                "unknown-key 2:1",
            ])
        let unknown = diagnostics.first { $0.rule == "unknown-key" }
        #expect(unknown?.fix.text(in: .en).contains("locales") == true)
        let password = diagnostics.first { $0.rule == "invalid-database" }
        #expect(password?.message.text(in: .en).contains("CRM_DATABASE_PASSWORD") == true)
        #expect(diagnostics.allSatisfy { $0.message.isBilingual && $0.severity == .error })
    }

    @Test func serviceDeskHoursHolidaysAndLevels() throws {
        let (configuration, diagnostics) = Self.read(
            """
            version: 1
            time_zone: Asia/Dubai
            working_hours:
              friday: ["۰۹:۰۰-۱۲:۰۰"]
              thursday: []
            holidays: [1405-01-01, 2026-03-22]
            service_levels:
              high: {first_response: 2h, time: around-the-clock}
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics.map { $0.formatted(in: .en) })")
        let read = try #require(configuration)
        #expect(read.workingHours.timeZone.identifier == "Asia/Dubai")
        #expect(read.workingHours.openings(on: .friday) == [.hours(9, 12)])
        #expect(read.workingHours.openings(on: .thursday).isEmpty)
        #expect(read.workingHours.openings(on: .saturday) == [.hours(8, 16)])
        #expect(read.workingHours.holidays.count == 2)
        #expect(read.serviceLevels.high == ServiceLevelTarget(firstResponse: 7200, resolution: 16 * 3600, time: .aroundTheClock))
        #expect(read.serviceLevels.urgent == ServiceLevelTargets.standard.urgent)
    }

    @Test func serviceDeskProblemsAtTheirLines() {
        let (configuration, diagnostics) = Self.read(
            """
            version: 1
            working_hours:
              monday: ["08:00-12:00", "11:00-16:00"]
              tuesday: ["8 to 4"]
            service_levels:
              low: {first_response: 2d, resolution: 80h}
              normal: {first_response: 1h-2h}
              high: {first_response: 20h}
              urgent: {time: always}
            """)
        #expect(configuration == nil)
        #expect(
            Self.places(diagnostics).sorted() == [
                "invalid-opening 4:13", "invalid-service-level 6:25", "invalid-service-level 7:28",
                "invalid-service-level 8:9", "invalid-value 9:18", "invalid-working-hours 3:11",
            ])
        #expect(diagnostics.first { $0.rule == "invalid-working-hours" }?.message.text(in: .en).contains("Monday") == true)
    }

    @Test func theKeysOfProblemsBecomeOrigins() {
        #expect(
            FileReader.origin(of: "pipeline[2].probability", in: "crm.yaml")
                == FieldOrigin(file: "crm.yaml", path: [.key("pipeline"), .index(2), .key("probability")]))
        #expect(
            FileReader.origin(of: "currency.accepted", in: "crm.yaml")
                == FieldOrigin(file: "crm.yaml", path: [.key("currency"), .key("accepted")]))
    }

    @Test func anEmptyFileSaysWhereToStart() {
        let (configuration, diagnostics) = Self.read("")
        #expect(configuration == nil)
        #expect(diagnostics.first?.fix.text(in: .en).contains("crm.default.yaml") == true)
    }
}
