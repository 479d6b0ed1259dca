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
