import Foundation
import Localization

/// How one deployment of the reference CRM is set up: what `crm.yaml` says, as values.
///
/// Nothing of the CRM is generated as code: `crmkit generate` writes a `crm.yaml` from the selection workspace,
/// an IT team edits it, and `crmkit serve --config crm.yaml` runs the one server with it. Every field has a
/// default (`CRMConfiguration.standard`), which `reference-crm/crm.default.yaml` writes out with comments.
/// Secrets never sit here: only the names of the environment variables that hold them.
public struct CRMConfiguration: Sendable, Hashable {
    /// The organization's name, shown in page titles and exports.
    public var organization: LocalizedText
    /// The languages of the interface; each user picks one, the first page uses `defaultLocale`.
    public var locales: [Language]
    public var defaultLocale: Language
    /// How dates are shown and entered: Jalali for Iranian teams, Gregorian otherwise. Stored dates are UTC.
    public var calendar: CalendarKind
    /// Where days begin and end for due dates, reports and service levels: the time zone of `workingHours`, kept
    /// in one place so the two cannot disagree.
    public var timeZone: TimeZone {
        get { workingHours.timeZone }
        set { workingHours = workingHours.with(timeZone: newValue) }
    }
    /// Amounts are reported in this currency; deals may be in any of `acceptedCurrencies` (which includes it).
    public var baseCurrency: Currency
    public var acceptedCurrencies: [Currency]
    /// The modules switched on; accounts, contacts, activities and users are always on.
    public var modules: Set<CRMModule>
    /// What each role is called in this organization (the permissions of a role are fixed: `CRMRole`).
    public var roleNames: [CRMRole: LocalizedText]
    public var database: DatabaseLocation
    public var listen: ListenAddress
    /// The environment variable holding the key that signs session cookies (32 bytes or more, base64).
    public var sessionKeyVariable: String
    /// The stages of the sales pipeline, in order, with the probability of winning a deal that stands there.
    public var pipeline: [PipelineStage]
    /// Fields an organization adds to its records, shown on forms, lists, imports and exports.
    public var customFields: [CustomField]
    /// When the service desk works, its holidays and its time zone: what service levels count in.
    public var workingHours: WorkingHours = .iranianOffice
    /// First-response and resolution targets per case priority.
    public var serviceLevels: ServiceLevelTargets = .standard

    /// The settings of a new deployment: Persian first, Jalali dates, Tehran time, rials, every module, a
    /// SQLite file beside `crm.yaml`, listening on loopback only, an Iranian office week (Saturday–Wednesday
    /// 08:00–16:00, Thursday 08:00–13:00) and the standard service levels.
    public static func standard(relativeTo base: URL) -> CRMConfiguration {
        CRMConfiguration(
            organization: LocalizedText(fa: "سازمان ما", en: "Our organization"), locales: [.fa, .en], defaultLocale: .fa,
            calendar: .jalali, timeZone: .tehran, baseCurrency: .irr, acceptedCurrencies: [.irr],
            modules: Set(CRMModule.allCases), roleNames: [:],
            database: .sqlite(path: base.appendingPathComponent("crm.sqlite").standardizedFileURL.path),
            listen: ListenAddress(host: "127.0.0.1", port: 8080), sessionKeyVariable: "CRM_SESSION_KEY",
            pipeline: PipelineStage.standard, customFields: [])
    }

    public init(
        organization: LocalizedText, locales: [Language], defaultLocale: Language, calendar: CalendarKind,
        timeZone: TimeZone, baseCurrency: Currency, acceptedCurrencies: [Currency], modules: Set<CRMModule>,
        roleNames: [CRMRole: LocalizedText], database: DatabaseLocation, listen: ListenAddress,
        sessionKeyVariable: String, pipeline: [PipelineStage], customFields: [CustomField]
    ) {
        self.organization = organization
        self.locales = locales
        self.defaultLocale = defaultLocale
        self.calendar = calendar
        self.workingHours = WorkingHours.iranianOffice.with(timeZone: timeZone)
        self.baseCurrency = baseCurrency
        self.acceptedCurrencies = acceptedCurrencies
        self.modules = modules
        self.roleNames = roleNames
        self.database = database
        self.listen = listen
        self.sessionKeyVariable = sessionKeyVariable
        self.pipeline = pipeline
        self.customFields = customFields
    }

    /// What makes this configuration unusable, each at the key it concerns (`pipeline[2].probability`); empty
    /// when it can run.
    public var problems: [ConfigurationProblem] {
        var problems: [ConfigurationProblem] = []
        func problem(_ key: String, fa: String, en: String) {
            problems.append(ConfigurationProblem(key: key, message: LocalizedText(fa: fa, en: en)))
        }
        if locales.isEmpty {
            problem("locales", fa: "دست‌کم یک زبان لازم است: [fa, en]", en: "at least one locale is needed: [fa, en]")
        } else if !locales.contains(defaultLocale) {
            problem(
                "default_locale", fa: "زبان پیش‌فرض «\(defaultLocale.rawValue)» در locales نیست",
                en: "the default locale \"\(defaultLocale.rawValue)\" is not one of the locales")
        }
        if Set(locales).count != locales.count {
            problem("locales", fa: "زبانی دو بار آمده است", en: "a locale is listed twice")
        }
        if !acceptedCurrencies.contains(baseCurrency) {
            problem(
                "currency.accepted", fa: "ارز پایه \(baseCurrency.code) باید در ارزهای پذیرفته باشد",
                en: "the base currency \(baseCurrency.code) must be one of the accepted currencies")
        }
        if !EnvironmentVariable.isValidName(sessionKeyVariable) {
            problem(
                "secrets.session_key_env", fa: "«\(sessionKeyVariable)» نام متغیر محیطی نیست",
                en: "\"\(sessionKeyVariable)\" is not an environment variable name")
        }
        if modules.contains(.opportunities) {
            problems += PipelineStage.problems(of: pipeline)
        }
        problems += CustomField.problems(of: customFields, modules: modules)
        return problems
    }
}

/// A problem of a `crm.yaml`, at the dotted key it concerns.
public struct ConfigurationProblem: Sendable, Hashable {
    public var key: String
    public var message: LocalizedText

    public init(key: String, message: LocalizedText) {
        self.key = key
        self.message = message
    }
}

/// The parts of the CRM a deployment may switch off.
public enum CRMModule: String, Sendable, Hashable, CaseIterable, Codable {
    case leads
    case opportunities
    case cases
    case campaigns
    case documents
    case knowledgeBase = "knowledge-base"
    case callCenter = "call-center"
    case processCatalog = "process-catalog"
}

/// The roles of the reference CRM, one for each stakeholder group of the selection: what a role may do is
/// fixed here, so that it can be reasoned about and tested; an organization only names them.
public enum CRMRole: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// System users: works their own and their team's customers, cases, calls and tasks.
    case agent
    /// System managers: sees and reassigns the team's work, the queues and the service levels.
    case supervisor
    /// System integrators: users, configuration, imports and exports, API tokens.
    case administrator
    /// System customers: reads records and reports, changes nothing.
    case reportViewer = "report-viewer"
    /// System sponsors: dashboards and reports across the organization.
    case executive

    public var name: LocalizedText {
        switch self {
        case .agent: LocalizedText(fa: "کارشناس", en: "Agent")
        case .supervisor: LocalizedText(fa: "سرپرست", en: "Supervisor")
        case .administrator: LocalizedText(fa: "مدیر سامانه", en: "Administrator")
        case .reportViewer: LocalizedText(fa: "بیننده گزارش", en: "Report viewer")
        case .executive: LocalizedText(fa: "مدیر ارشد", en: "Executive")
        }
    }

    public static func < (lhs: CRMRole, rhs: CRMRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One stage of the sales pipeline.
public struct PipelineStage: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        case open, won, lost
    }

    public var id: String
    public var name: LocalizedText
    /// The chance of winning a deal at this stage, 0…1: 1 for won, 0 for lost.
    public var probability: Double
    public var outcome: Outcome

    public init(id: String, name: LocalizedText, probability: Double, outcome: Outcome = .open) {
        self.id = id
        self.name = name
        self.probability = probability
        self.outcome = outcome
    }

    /// A pipeline of the seeds' sales funnel: qualification to negotiation, then won or lost.
    public static let standard: [PipelineStage] = [
        PipelineStage(id: "qualification", name: LocalizedText(fa: "ارزیابی اولیه", en: "Qualification"), probability: 0.1),
        PipelineStage(id: "needs-analysis", name: LocalizedText(fa: "نیازسنجی", en: "Needs analysis"), probability: 0.25),
        PipelineStage(id: "proposal", name: LocalizedText(fa: "پیشنهاد", en: "Proposal"), probability: 0.5),
        PipelineStage(id: "negotiation", name: LocalizedText(fa: "مذاکره", en: "Negotiation"), probability: 0.75),
        PipelineStage(id: "won", name: LocalizedText(fa: "برنده", en: "Won"), probability: 1, outcome: .won),
        PipelineStage(id: "lost", name: LocalizedText(fa: "از دست رفته", en: "Lost"), probability: 0, outcome: .lost),
    ]

    /// Ids unique; probabilities within 0…1 and not falling along the open stages; exactly one won stage at 1
    /// and one lost stage at 0, after the open ones.
    static func problems(of stages: [PipelineStage]) -> [ConfigurationProblem] {
        var problems: [ConfigurationProblem] = []
        func problem(_ key: String, fa: String, en: String) {
            problems.append(ConfigurationProblem(key: key, message: LocalizedText(fa: fa, en: en)))
        }
        var seen: Set<String> = []
        var lastOpen = 0.0
        var closedSeen = false
        for (index, stage) in stages.enumerated() {
            let key = "pipeline[\(index)]"
            if !seen.insert(stage.id).inserted {
                problem("\(key).id", fa: "مرحله «\(stage.id)» دو بار آمده است", en: "stage \"\(stage.id)\" is listed twice")
            }
            guard (0...1).contains(stage.probability) else {
                problem(
                    "\(key).probability", fa: "احتمال باید از ۰ تا ۱ باشد (مثلاً 0.25)",
                    en: "the probability must be from 0 to 1 (e.g. 0.25)")
                continue
            }
            switch stage.outcome {
            case .open:
                if closedSeen {
                    problem(
                        key, fa: "مرحله باز «\(stage.id)» پس از مرحله‌های برنده/باخته آمده است؛ آن را بالاتر ببرید",
                        en: "open stage \"\(stage.id)\" comes after the won/lost stages; move it up")
                }
                if stage.probability < lastOpen {
                    problem(
                        "\(key).probability",
                        fa: "احتمال «\(stage.id)» از مرحله پیش از آن کمتر است؛ احتمال در طول قیف کم نمی‌شود",
                        en:
                            "\"\(stage.id)\" has a lower probability than the stage before it; it must not fall along the pipeline"
                    )
                }
                lastOpen = stage.probability
            case .won, .lost:
                closedSeen = true
                let expected: Double = stage.outcome == .won ? 1 : 0
                if stage.probability != expected {
                    problem(
                        "\(key).probability", fa: "احتمال مرحله «\(stage.id)» باید \(expected == 1 ? "۱" : "۰") باشد",
                        en: "the \(stage.outcome.rawValue) stage \"\(stage.id)\" must have probability \(Int(expected))")
                }
            }
        }
        for outcome in [PipelineStage.Outcome.won, .lost] where stages.filter({ $0.outcome == outcome }).count != 1 {
            problem(
                "pipeline", fa: "قیف باید دقیقاً یک مرحله «\(outcome.rawValue)» داشته باشد",
                en: "the pipeline needs exactly one \(outcome.rawValue) stage")
        }
        if !stages.contains(where: { $0.outcome == .open }) {
            problem("pipeline", fa: "قیف دست‌کم یک مرحله باز لازم دارد", en: "the pipeline needs at least one open stage")
        }
        return problems
    }
}

/// A field an organization adds to one kind of record (`custom_fields:` in `crm.yaml`).
public struct CustomField: Sendable, Hashable {
    public enum Record: String, Sendable, Hashable, CaseIterable {
        case account, contact, lead, opportunity, `case`

        /// The module a record belongs to; `nil` for those always on.
        var module: CRMModule? {
            switch self {
            case .account, .contact: nil
            case .lead: .leads
            case .opportunity: .opportunities
            case .case: .cases
            }
        }
    }

    public enum Kind: Sendable, Hashable {
        case text, number, date, yesNo
        /// One of the choices given, by id.
        case choice([Choice])
    }

    public struct Choice: Sendable, Hashable {
        public var id: String
        public var name: LocalizedText

        public init(id: String, name: LocalizedText) {
            self.id = id
            self.name = name
        }
    }

    public var record: Record
    /// Latin letters, digits, `_` and `-`: the column name in exports and the key in the API.
    public var id: String
    public var name: LocalizedText
    public var kind: Kind
    public var required: Bool

    public init(record: Record, id: String, name: LocalizedText, kind: Kind, required: Bool = false) {
        self.record = record
        self.id = id
        self.name = name
        self.kind = kind
        self.required = required
    }

    static func problems(of fields: [CustomField], modules: Set<CRMModule>) -> [ConfigurationProblem] {
        var problems: [ConfigurationProblem] = []
        var seen: Set<String> = []
        for (index, field) in fields.enumerated() {
            let key = "custom_fields[\(index)]"
            func problem(_ suffix: String, fa: String, en: String) {
                problems.append(
                    ConfigurationProblem(key: key + suffix, message: LocalizedText(fa: fa, en: en)))
            }
            if !isValidID(field.id) {
                problem(
                    ".id", fa: "«\(field.id)» شناسه معتبری نیست؛ حروف کوچک لاتین، رقم، _ و - (مثلاً national_id)",
                    en: "\"\(field.id)\" is not a valid id; use lower-case Latin letters, digits, _ and - (e.g. national_id)")
            }
            if !seen.insert("\(field.record.rawValue)/\(field.id)").inserted {
                problem(
                    ".id", fa: "فیلد «\(field.id)» برای \(field.record.rawValue) دو بار آمده است",
                    en: "field \"\(field.id)\" is defined twice for \(field.record.rawValue)")
            }
            if let module = field.record.module, !modules.contains(module) {
                problem(
                    ".record", fa: "ماژول \(module.rawValue) خاموش است؛ این فیلد جایی نمایش داده نمی‌شود",
                    en: "the \(module.rawValue) module is off, so this field would show nowhere")
            }
            if case .choice(let choices) = field.kind {
                if choices.isEmpty {
                    problem(".choices", fa: "گزینه‌ای تعریف نشده است", en: "no choices are given")
                }
                if Set(choices.map(\.id)).count != choices.count {
                    problem(".choices", fa: "گزینه‌ای دو بار آمده است", en: "a choice is listed twice")
                }
            }
        }
        return problems
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first), id.unicodeScalars.count <= 40 else {
            return false
        }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }
}
