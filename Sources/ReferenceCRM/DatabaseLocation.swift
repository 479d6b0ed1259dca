import Foundation
import Localization

/// Where the reference CRM keeps its data: `database:` in `crm.yaml`.
///
/// - `sqlite:///var/lib/crm/crm.sqlite` — an absolute path after the third slash; `sqlite://crm.sqlite` (two
///   slashes) or `sqlite:crm.sqlite` is relative to the folder of `crm.yaml`, so a deployment folder can move.
///   One file, nothing to install: the default.
/// - `postgres://user@host:5432/crm` (or `postgresql://`) — a PostgreSQL server; the password is never written
///   in the URL (a `crm.yaml` is kept in git) but read from the environment variable named by
///   `?password_env=NAME` (default `CRM_DATABASE_PASSWORD`); `?sslmode=disable|prefer|require|verify-full`.
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresLocation)

    public struct PostgresLocation: Sendable, Hashable {
        public var host: String
        public var port: Int
        public var user: String
        public var database: String
        /// The environment variable that holds the password.
        public var passwordVariable: String
        public var tls: TLSMode

        public init(host: String, port: Int, user: String, database: String, passwordVariable: String, tls: TLSMode) {
            self.host = host
            self.port = port
            self.user = user
            self.database = database
            self.passwordVariable = passwordVariable
            self.tls = tls
        }

        public enum TLSMode: String, Sendable, Hashable, CaseIterable {
            case disable, prefer, require
            case verifyFull = "verify-full"
        }
    }

    /// Reads `text`; a relative SQLite path is resolved against `base` (the folder of `crm.yaml`).
    public init(parsing text: String, relativeTo base: URL) throws(ConfigurationValueError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.firstIndex(of: ":") else { throw .databaseScheme(text) }
        let scheme = trimmed[..<colon].lowercased()
        switch scheme {
        case "sqlite":
            var path = String(trimmed[trimmed.index(after: colon)...])
            if path.hasPrefix("///") {
                path.removeFirst(2)
            } else if path.hasPrefix("//") {
                path.removeFirst(2)
            }
            guard !path.isEmpty, !path.hasSuffix("/") else { throw .sqlitePath(text) }
            let decoded = path.removingPercentEncoding ?? path
            self = .sqlite(
                path: decoded.hasPrefix("/") ? decoded : base.appendingPathComponent(decoded).standardizedFileURL.path)
        case "postgres", "postgresql":
            guard let components = URLComponents(string: trimmed), let host = components.host, !host.isEmpty else {
                throw .postgresHost(text)
            }
            guard components.password == nil else { throw .passwordInURL }
            let database = String(components.path.drop { $0 == "/" })
            guard !database.isEmpty, !database.contains("/") else { throw .postgresDatabase(text) }
            var location = PostgresLocation(
                host: host, port: components.port ?? 5432, user: components.user ?? "crm", database: database,
                passwordVariable: "CRM_DATABASE_PASSWORD", tls: .prefer)
            guard (1...65_535).contains(location.port) else { throw .postgresPort(text) }
            for item in components.queryItems ?? [] {
                switch item.name {
                case "password_env":
                    guard let name = item.value, EnvironmentVariable.isValidName(name) else {
                        throw .environmentVariableName(item.value ?? "")
                    }
                    location.passwordVariable = name
                case "sslmode":
                    guard let value = item.value, let mode = PostgresLocation.TLSMode(rawValue: value) else {
                        throw .postgresOption(item.name, item.value ?? "")
                    }
                    location.tls = mode
                default:
                    throw .postgresOption(item.name, item.value ?? "")
                }
            }
            self = .postgres(location)
        default:
            throw .databaseScheme(text)
        }
    }

    /// The location as a URL again, with no secret in it.
    public var description: String {
        switch self {
        case .sqlite(let path): "sqlite://" + path
        case .postgres(let location):
            "postgres://\(location.user)@\(location.host):\(location.port)/\(location.database)?password_env=\(location.passwordVariable)&sslmode=\(location.tls.rawValue)"
        }
    }
}

/// An environment variable that holds a secret (`crm.yaml` names it; the value never sits in a file).
public enum EnvironmentVariable {
    /// POSIX names: letters, digits and `_`, not starting with a digit.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy {
            ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
        }
    }
}

/// The address `crmkit serve` listens on: `listen:` in `crm.yaml`, `HOST:PORT` (`127.0.0.1:8080`,
/// `[::1]:8080`, `0.0.0.0:80`), or `:PORT` for every address.
public struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    public init(parsing text: String) throws(ConfigurationValueError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.lastIndex(of: ":") else { throw .listenAddress(text) }
        var host = String(trimmed[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") {
            host = String(host.dropFirst().dropLast())
        } else if host.contains(":") {
            throw .listenAddress(text)  // an IPv6 address needs brackets
        }
        guard let port = Int(trimmed[trimmed.index(after: colon)...]), (1...65_535).contains(port) else {
            throw .listenAddress(text)
        }
        self.host = host.isEmpty ? "0.0.0.0" : host
        self.port = port
    }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}

/// A value of `crm.yaml` that cannot be used; each message shows one that can.
public enum ConfigurationValueError: BilingualError, Equatable {
    case databaseScheme(String)
    case sqlitePath(String)
    case postgresHost(String)
    case postgresDatabase(String)
    case postgresPort(String)
    case postgresOption(String, String)
    case passwordInURL
    case environmentVariableName(String)
    case listenAddress(String)

    public var message: LocalizedText {
        switch self {
        case .databaseScheme(let text):
            LocalizedText(
                fa:
                    "«\(text)» نشانی پایگاه داده نیست؛ sqlite:///var/lib/crm/crm.sqlite یا postgres://crm@localhost:5432/crm بنویسید.",
                en:
                    "\"\(text)\" is not a database URL; write sqlite:///var/lib/crm/crm.sqlite or postgres://crm@localhost:5432/crm."
            )
        case .sqlitePath(let text):
            LocalizedText(
                fa: "«\(text)» مسیر فایل SQLite ندارد؛ مثلاً sqlite://crm.sqlite (کنار crm.yaml) بنویسید.",
                en: "\"\(text)\" names no SQLite file; write e.g. sqlite://crm.sqlite (beside crm.yaml).")
        case .postgresHost(let text):
            LocalizedText(
                fa: "«\(text)» میزبان PostgreSQL را نام نمی‌برد؛ مثلاً postgres://crm@db.example.ir:5432/crm بنویسید.",
                en: "\"\(text)\" names no PostgreSQL host; write e.g. postgres://crm@db.example.ir:5432/crm.")
        case .postgresDatabase(let text):
            LocalizedText(
                fa: "«\(text)» نام پایگاه داده را پس از / ندارد؛ مثلاً postgres://crm@localhost/crm.",
                en: "\"\(text)\" has no database name after the /; write e.g. postgres://crm@localhost/crm.")
        case .postgresPort(let text):
            LocalizedText(
                fa: "درگاه در «\(text)» باید از ۱ تا ۶۵۵۳۵ باشد.", en: "The port in \"\(text)\" must be 1 to 65535.")
        case .postgresOption(let name, let value):
            LocalizedText(
                fa:
                    "گزینه «\(name)=\(value)» شناخته نیست؛ گزینه‌ها: password_env=NAME و sslmode=disable|prefer|require|verify-full.",
                en:
                    "\"\(name)=\(value)\" is not an option; the options are password_env=NAME and sslmode=disable|prefer|require|verify-full."
            )
        case .passwordInURL:
            LocalizedText(
                fa:
                    "گذرواژه در نشانی پایگاه داده نوشته شده است؛ crm.yaml در git نگه داشته می‌شود. گذرواژه را در متغیر محیطی CRM_DATABASE_PASSWORD بگذارید.",
                en:
                    "The database URL holds a password, and crm.yaml is kept in git; put the password in the environment variable CRM_DATABASE_PASSWORD instead."
            )
        case .environmentVariableName(let name):
            LocalizedText(
                fa: "«\(name)» نام متغیر محیطی نیست؛ حروف لاتین، رقم و _ بنویسید، مثلاً CRM_DATABASE_PASSWORD.",
                en:
                    "\"\(name)\" is not an environment variable name; use Latin letters, digits and _, e.g. CRM_DATABASE_PASSWORD."
            )
        case .listenAddress(let text):
            LocalizedText(
                fa: "«\(text)» نشانی شنیدن نیست؛ HOST:PORT بنویسید، مثلاً 127.0.0.1:8080 یا [::1]:8080 یا ‎:8080.",
                en: "\"\(text)\" is not a listen address; write HOST:PORT, e.g. 127.0.0.1:8080, [::1]:8080 or :8080.")
        }
    }
}
