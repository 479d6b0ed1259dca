import Foundation
import Localization
import ReferenceCRM
import Testing

@Suite("database: and listen: in crm.yaml")
struct DatabaseLocationTests {
    static let base = URL(fileURLWithPath: "/srv/crm/deploy", isDirectory: true)

    @Test func sqlitePathsAbsoluteAndBesideTheConfiguration() throws {
        #expect(
            try DatabaseLocation(parsing: "sqlite:///var/lib/crm/crm.sqlite", relativeTo: Self.base)
                == .sqlite(path: "/var/lib/crm/crm.sqlite"))
        #expect(
            try DatabaseLocation(parsing: "sqlite://crm.sqlite", relativeTo: Self.base)
                == .sqlite(path: "/srv/crm/deploy/crm.sqlite"))
        #expect(
            try DatabaseLocation(parsing: "SQLite:data/crm.sqlite", relativeTo: Self.base)
                == .sqlite(path: "/srv/crm/deploy/data/crm.sqlite"))
        #expect(
            try DatabaseLocation(parsing: "sqlite://../shared/crm%20data.sqlite", relativeTo: Self.base)
                == .sqlite(path: "/srv/crm/shared/crm data.sqlite"))
    }

    @Test func postgresWithDefaultsAndOptions() throws {
        let plain = try DatabaseLocation(parsing: "postgres://db.example.ir/crm", relativeTo: Self.base)
        #expect(
            plain
                == .postgres(
                    .init(
                        host: "db.example.ir", port: 5432, user: "crm", database: "crm",
                        passwordVariable: "CRM_DATABASE_PASSWORD",
                        tls: .prefer)))
        let full = try DatabaseLocation(
            parsing: "postgresql://sales@10.0.0.5:6432/crm_prod?password_env=PG_PASS&sslmode=verify-full", relativeTo: Self.base)
        guard case .postgres(let location) = full else {
            Issue.record("not PostgreSQL: \(full)")
            return
        }
        #expect(location.user == "sales")
        #expect(location.port == 6432)
        #expect(location.database == "crm_prod")
        #expect(location.passwordVariable == "PG_PASS")
        #expect(location.tls == .verifyFull)
        // The URL given back names the variable, never a secret, and reads back to the same place.
        #expect(try DatabaseLocation(parsing: full.description, relativeTo: Self.base) == full)
    }

    @Test(arguments: [
        ("mysql://crm@localhost/crm", ConfigurationValueError.databaseScheme("mysql://crm@localhost/crm")),
        ("crm.sqlite", .databaseScheme("crm.sqlite")),
        ("sqlite://", .sqlitePath("sqlite://")),
        ("sqlite:///var/lib/crm/", .sqlitePath("sqlite:///var/lib/crm/")),
        ("postgres:///crm", .postgresHost("postgres:///crm")),
        ("postgres://crm@localhost", .postgresDatabase("postgres://crm@localhost")),
        ("postgres://crm:s3cret@localhost/crm", .passwordInURL),
        ("postgres://crm@localhost/crm?sslmode=always", .postgresOption("sslmode", "always")),
        ("postgres://crm@localhost/crm?pool=9", .postgresOption("pool", "9")),
        ("postgres://crm@localhost/crm?password_env=1PASS", .environmentVariableName("1PASS")),
    ])
    func refusedDatabases(_ text: String, _ error: ConfigurationValueError) {
        #expect(throws: error) { try DatabaseLocation(parsing: text, relativeTo: Self.base) }
        #expect(!error.message.text(in: .fa).isEmpty && error.message.text(in: .fa) != error.message.text(in: .en))
    }

    @Test func listenAddresses() throws {
        #expect(try ListenAddress(parsing: "127.0.0.1:8080") == ListenAddress(host: "127.0.0.1", port: 8080))
        #expect(try ListenAddress(parsing: ":80") == ListenAddress(host: "0.0.0.0", port: 80))
        #expect(try ListenAddress(parsing: "[::1]:8443") == ListenAddress(host: "::1", port: 8443))
        #expect(ListenAddress(host: "::1", port: 8443).description == "[::1]:8443")
        for bad in ["8080", "localhost:0", "localhost:70000", "::1:8080", "localhost:http"] {
            #expect(throws: ConfigurationValueError.listenAddress(bad)) { try ListenAddress(parsing: bad) }
        }
    }

    @Test func environmentVariableNames() {
        #expect(EnvironmentVariable.isValidName("CRM_DATABASE_PASSWORD"))
        #expect(EnvironmentVariable.isValidName("_x1"))
        #expect(!EnvironmentVariable.isValidName("1X"))
        #expect(!EnvironmentVariable.isValidName("A-B"))
        #expect(!EnvironmentVariable.isValidName(""))
    }
}
