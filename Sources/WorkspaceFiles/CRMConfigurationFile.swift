import Foundation
import Localization
import ProcessCatalog
import ReferenceCRM
import SelectionWorkshop

/// Reads a reference CRM's `crm.yaml` into a `CRMConfiguration`, with every problem at its line and column —
/// wrong types, unknown keys (with a "did you mean"), values that cannot be used, and the configuration's own
/// rules (`CRMConfiguration.problems`). A key left out keeps the standard setting
/// (`reference-crm/crm.default.yaml` writes every one out).
public enum CRMConfigurationFile {
    /// The configuration, or `nil` when the file has an error; `base` is the folder of the file, for relative
    /// SQLite paths.
    public static func read(_ data: Data, file: String, base: URL) -> (CRMConfiguration?, [Diagnostic]) {
        let (configuration, diagnostics) = FileReader.readStandalone(
            data, file: file,
            emptyFix: (
                "start from reference-crm/crm.default.yaml", "از reference-crm/crm.default.yaml آغاز کنید"
            )
        ) { reader, root in reader.decodeCRMConfiguration(root, base: base) }
        return diagnostics.contains { $0.severity == .error } ? (nil, diagnostics) : (configuration, diagnostics)
    }

    /// Reads the file at `url`.
    public static func read(contentsOf url: URL) throws -> (CRMConfiguration?, [Diagnostic]) {
        read(try Data(contentsOf: url), file: url.lastPathComponent, base: url.deletingLastPathComponent())
    }
}

extension FileReader {
    func decodeCRMConfiguration(_ root: Value, base: URL) -> CRMConfiguration? {
        guard let file = root.mapping() else { return nil }
        var configuration = CRMConfiguration.standard(relativeTo: base)
        readVersion(file)
        if let text = file.optional("organization")?.text() { configuration.organization = text }
        if let locales = file.optional("locales")?.list({ $0.language() }) { configuration.locales = locales }
        if let locale = file.optional("default_locale")?.language() { configuration.defaultLocale = locale }
        if let calendar = file.optional("calendar")?.choice(CalendarKind.self) { configuration.calendar = calendar }
        if let value = file.optional("time_zone"), let name = value.string() {
            if let zone = TimeZone(identifier: name) {
                configuration.timeZone = zone
            } else {
                error(
                    "invalid-time-zone", at: value, en: "\"\(InputText.shown(name))\" is not a time zone",
                    fa: "«\(InputText.shown(name))» منطقه زمانی نیست", fixEn: "write an IANA name such as Asia/Tehran",
                    fixFa: "نامی مانند Asia/Tehran بنویسید")
            }
        }
        if let currency = file.optional("currency")?.mapping() {
            if let code = currency.optional("base")?.currencyCode(), let base = try? Currency(code: code) {
                configuration.baseCurrency = base
                configuration.acceptedCurrencies = [base]
            }
            if let codes = currency.optional("accepted")?.list({ $0.currencyCode() }) {
                configuration.acceptedCurrencies = codes.compactMap { try? Currency(code: $0) }
            }
            currency.finish()
        }
        if let modules = file.optional("modules")?.mapping() {
            for module in CRMModule.allCases {
                guard let on = modules.optional(module.rawValue)?.bool() else { continue }
                if on { configuration.modules.insert(module) } else { configuration.modules.remove(module) }
            }
            modules.finish()
        }
        if let roles = file.optional("roles")?.mapping() {
            for role in CRMRole.allCases {
                if let name = roles.optional(role.rawValue)?.text() { configuration.roleNames[role] = name }
            }
            roles.finish()
        }
        if let value = file.optional("database"), let text = value.string() {
            do {
                configuration.database = try DatabaseLocation(parsing: text, relativeTo: base)
            } catch {
                invalidValue("invalid-database", value, error)
            }
        }
        if let value = file.optional("listen"), let text = value.string() {
            do {
                configuration.listen = try ListenAddress(parsing: text)
            } catch {
                invalidValue("invalid-listen-address", value, error)
            }
        }
        if let secrets = file.optional("secrets")?.mapping() {
            if let name = secrets.optional("session_key_env")?.string() { configuration.sessionKeyVariable = name }
            secrets.finish()
        }
        decodeServiceDesk(file, into: &configuration)
        if let stages = file.optional("pipeline")?.list({ decodeStage($0) }) { configuration.pipeline = stages }
        if let fields = file.optional("custom_fields")?.list({ decodeCustomField($0) }) {
            configuration.customFields = fields
        }
        file.finish()
        for problem in configuration.problems {
            let origin = Self.origin(of: problem.key, in: root.origin.file)
            report(
                Diagnostic(
                    .error, rule: "crm-configuration", at: origin, location: nearestLocation(of: origin),
                    message: problem.message,
                    fix: LocalizedText(
                        fa: "نمونه کامل و توضیح هر کلید: reference-crm/crm.default.yaml",
                        en: "every key is shown and explained in reference-crm/crm.default.yaml")))
        }
        return configuration
    }

    /// `working_hours:` (per weekday a list of `HH:MM-HH:MM`, `[]` for closed), `holidays:` (dates, Jalali or
    /// Gregorian) and `service_levels:` (per priority `first_response`, `resolution` and `time`).
    private func decodeServiceDesk(_ file: MappingValue, into configuration: inout CRMConfiguration) {
        let hoursValue = file.optional("working_hours")
        var openings = configuration.workingHours.openings
        if let days = hoursValue?.mapping() {
            for weekday in ReferenceCRM.WorkingHours.Weekday.allCases {
                guard let list = days.optional(weekday.rawValue)?.list({ decodeOpening($0) }) else { continue }
                openings[weekday] = list
            }
            days.finish()
        }
        let holidays = file.optional("holidays")?.list { $0.date() }
        do {
            configuration.workingHours = try ReferenceCRM.WorkingHours(
                openings: openings, timeZone: configuration.timeZone,
                holidays: holidays.map(Set.init) ?? configuration.workingHours.holidays)
        } catch {
            let at = hoursValue.flatMap { $0.mapping()?.optional(error.weekday.rawValue) } ?? hoursValue ?? file.value
            self.error(
                "invalid-working-hours", at: at, en: error.message.text(in: .en), fa: error.message.text(in: .fa),
                fixEn: "write each day's openings as [\"08:00-16:00\"], in order, without overlaps",
                fixFa: "ساعت‌های هر روز را به شکل [\"08:00-16:00\"]، به ترتیب و بدون هم‌پوشانی بنویسید")
        }
        guard let levelsValue = file.optional("service_levels"), let levels = levelsValue.mapping() else { return }
        var targets: [ReferenceCRM.CasePriority: ServiceLevelTarget] = [:]
        for priority in ReferenceCRM.CasePriority.allCases {
            let standard = configuration.serviceLevels[priority]
            guard let m = levels.optional(priority.rawValue)?.mapping() else {
                targets[priority] = standard
                continue
            }
            let firstResponse = m.optional("first_response").flatMap(singleDuration)
            let resolution = m.optional("resolution").flatMap(singleDuration)
            let time = m.optional("time")?.choice(ServiceLevelTimeWord.self)
            m.finish()
            targets[priority] = ServiceLevelTarget(
                firstResponse: firstResponse ?? standard.firstResponse, resolution: resolution ?? standard.resolution,
                time: time?.time ?? standard.time)
        }
        levels.finish()
        do {
            configuration.serviceLevels = try ServiceLevelTargets(
                urgent: targets[.urgent] ?? configuration.serviceLevels.urgent,
                high: targets[.high] ?? configuration.serviceLevels.high,
                normal: targets[.normal] ?? configuration.serviceLevels.normal,
                low: targets[.low] ?? configuration.serviceLevels.low)
        } catch {
            let priority: ReferenceCRM.CasePriority =
                switch error {
                case .notPositive(let priority, _, _), .firstResponseAfterResolution(let priority, _, _): priority
                }
            self.error(
                "invalid-service-level", at: levels.optional(priority.rawValue) ?? levelsValue, en: error.message.text(in: .en),
                fa: error.message.text(in: .fa),
                fixEn:
                    "give each priority a first response no longer than its resolution, e.g. {first_response: 4h, resolution: 16h}",
                fixFa: "برای هر اولویت زمان پاسخ نخست را کوتاه‌تر از زمان حل بنویسید، مثلاً {first_response: 4h, resolution: 16h}")
        }
    }

    /// One duration in hours and minutes (`4h`, `16h`, `1h30m`) in seconds. Days and weeks are refused — is a
    /// day 24 hours or one working day? — and so is a range, as a target is one amount of time.
    private func singleDuration(_ value: Value) -> TimeInterval? {
        if let raw = value.string(), raw.lowercased().contains(where: { $0 == "d" || $0 == "w" }) {
            error(
                "invalid-service-level", at: value, en: "\"\(InputText.shown(raw))\" counts in days or weeks",
                fa: "«\(InputText.shown(raw))» به روز یا هفته است",
                fixEn: "write hours and minutes of the clock the target runs on, e.g. 16h for two working days of 8 hours",
                fixFa: "به ساعت و دقیقه بنویسید، مثلاً 16h برای دو روز کاری هشت‌ساعته")
            return nil
        }
        guard let range = value.duration() else { return nil }
        guard range.minimumMinutes == range.maximumMinutes else {
            error(
                "invalid-service-level", at: value, en: "a service level is one duration, not a range",
                fa: "سطح خدمت یک مدت است، نه یک بازه", fixEn: "write one duration, e.g. 4h or 16h",
                fixFa: "یک مدت بنویسید، مثلاً 4h یا 16h")
            return nil
        }
        return TimeInterval(range.maximumMinutes) * 60
    }

    /// `HH:MM-HH:MM` (`24:00` for midnight at the end), in Latin or Persian digits.
    private func decodeOpening(_ value: Value) -> ReferenceCRM.WorkingHours.Opening? {
        guard let raw = value.string() else { return nil }
        let parts = PersianDigits.toLatin(raw).split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        func minutes(_ text: String) -> Int? {
            let clock = text.split(separator: ":")
            guard clock.count == 2, let hours = Int(clock[0]), let minutes = Int(clock[1]), (0...24).contains(hours),
                (0...59).contains(minutes), hours * 60 + minutes <= 24 * 60
            else { return nil }
            return hours * 60 + minutes
        }
        guard parts.count == 2, let start = minutes(parts[0]), let end = minutes(parts[1]) else {
            error(
                "invalid-opening", at: value, en: "\"\(InputText.shown(raw))\" is not an opening",
                fa: "«\(InputText.shown(raw))» بازه ساعت کاری نیست", fixEn: "write HH:MM-HH:MM, e.g. 08:00-16:00",
                fixFa: "به شکل HH:MM-HH:MM بنویسید، مثلاً 08:00-16:00")
            return nil
        }
        return ReferenceCRM.WorkingHours.Opening(start: start, end: end)
    }

    private func invalidValue(_ rule: String, _ value: Value, _ problem: ConfigurationValueError) {
        error(
            rule, at: value, en: problem.message.text(in: .en), fa: problem.message.text(in: .fa),
            fixEn: "see reference-crm/crm.default.yaml", fixFa: "نمونه: reference-crm/crm.default.yaml")
    }

    private func decodeStage(_ item: Value) -> PipelineStage? {
        guard let m = item.mapping() else { return nil }
        defer { m.finish() }
        let id = m.required("id")?.string()
        let name = m.required("name")?.text()
        let probability = m.required("probability")?.double()
        let outcome = m.optional("outcome")?.choice(PipelineStage.Outcome.self) ?? .open
        guard let id, let name, let probability else { return nil }
        return PipelineStage(id: id, name: name, probability: probability, outcome: outcome)
    }

    private func decodeCustomField(_ item: Value) -> CustomField? {
        guard let m = item.mapping() else { return nil }
        defer { m.finish() }
        let record = m.required("record")?.choice(CustomField.Record.self)
        let id = m.required("id")?.string()
        let name = m.required("name")?.text()
        let type = m.required("type")?.choice(CustomFieldType.self)
        let required = m.optional("required")?.bool() ?? false
        let choices =
            m.optional("choices")?.list { choice -> CustomField.Choice? in
                guard let c = choice.mapping() else { return nil }
                defer { c.finish() }
                guard let id = c.required("id")?.string(), let name = c.required("name")?.text() else { return nil }
                return CustomField.Choice(id: id, name: name)
            } ?? []
        guard let record, let id, let name, let type else { return nil }
        let kind: CustomField.Kind =
            switch type {
            case .text: .text
            case .number: .number
            case .date: .date
            case .yesNo: .yesNo
            case .choice: .choice(choices)
            }
        return CustomField(record: record, id: id, name: name, kind: kind, required: required)
    }

    /// The position of `origin`, or of the nearest enclosing value that has one.
    private func nearestLocation(of origin: FieldOrigin) -> SourceLocation {
        origin.selfAndAncestors.lazy.compactMap { self.locations[$0] }.first ?? SourceLocation(line: 1, column: 1)
    }

    /// The origin of a dotted key such as `pipeline[2].probability`.
    static func origin(of key: String, in file: String) -> FieldOrigin {
        var origin = FieldOrigin(file: file)
        for part in key.split(separator: ".") {
            var name = part
            var indices: [Int] = []
            while let open = name.lastIndex(of: "["), name.hasSuffix("]"),
                let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)])
            {
                indices.insert(index, at: 0)
                name = name[..<open]
            }
            if !name.isEmpty { origin = origin.appending(String(name)) }
            for index in indices { origin = origin.appending(index) }
        }
        return origin
    }
}

/// `time:` of a service level as written in `crm.yaml`.
enum ServiceLevelTimeWord: String, CaseIterable {
    case workingHours = "working-hours"
    case aroundTheClock = "around-the-clock"

    var time: ServiceLevelTime {
        switch self {
        case .workingHours: .workingHours
        case .aroundTheClock: .aroundTheClock
        }
    }
}

/// The `type:` of a custom field as written in `crm.yaml`.
enum CustomFieldType: String, CaseIterable {
    case text, number, date
    case yesNo = "yes-no"
    case choice
}
