import Foundation
import Localization
import SelectionWorkshop

// How the report writes words, numbers, amounts, dates, people and the questionnaires' choices.

extension SelectionReport {
    /// An amount of `currency` the way every crmkit report writes it: IRR in tomans in Persian (the unit people
    /// price things in) and in rials in English, other currencies with their minor digits. `crmkit scorecard`
    /// writes its amounts through this too.
    public static func amount(_ minorUnits: Int64, currency code: String, in language: Language) -> String {
        guard let currency = try? Currency(code: code) else {
            return LocalizedNumber.format(minorUnits, in: language) + " " + code
        }
        return Money(amountMinorUnits: minorUnits, currency: currency).formatted(
            in: language, unit: currency == .irr && language == .fa ? .toman : .rial)
    }

    var fa: Bool { language == .fa }

    func word(_ english: String, _ persian: String) -> String { fa ? persian : english }

    /// crmkit's own bilingual words (questionnaire labels, check names, reasons), which are always in the
    /// report's language and so never isolated.
    func words(_ text: LocalizedText?) -> String { text?.text(in: language) ?? "" }

    /// Workspace text in the report's language, isolated when it runs the other way (see `isolated(_:)`).
    func text(_ text: LocalizedText?) -> String { isolated(text?.text(in: language) ?? "") }

    /// `text` wrapped in Unicode's directional isolates when it runs against the report's language — a Latin
    /// product name in a Persian report, a Persian note in an English one — so that its brackets and
    /// punctuation stay on its own side (in Markdown as in HTML and SVG). A text runs the way most of its words
    /// start (`client-server پذیرفتنی نیست` is Persian), a tie going to its first word; text that runs with the
    /// report is returned as it is.
    func isolated(_ text: String) -> String {
        func rightToLeft(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF: true
            default: false
            }
        }
        let firsts = text.split(whereSeparator: \.isWhitespace).compactMap {
            $0.unicodeScalars.first(where: \.properties.isAlphabetic)
        }
        guard let first = firsts.first else { return text }
        let persian = firsts.count(where: rightToLeft)
        let latin = firsts.count - persian
        let runsRightToLeft = persian == latin ? rightToLeft(first) : persian > latin
        guard runsRightToLeft != language.isRightToLeft else { return text }
        return (runsRightToLeft ? "\u{2067}" : "\u{2066}") + text + "\u{2069}"
    }

    /// Items joined the way the language lists them.
    func joined(_ items: [String]) -> String { items.joined(separator: fa ? "، " : ", ") }

    func yesNo(_ value: Bool?) -> String {
        switch value {
        case true?: word("yes", "بله")
        case false?: word("no", "خیر")
        case nil: word("not decided", "تعیین نشده")
        }
    }

    // MARK: Numbers

    func number(_ value: Double, digits: Int = 2) -> String {
        SVGChart.number(value, fractionDigits: digits, in: language)
    }

    func integer(_ value: Int) -> String { LocalizedNumber.format(Int64(value), in: language) }

    /// `fraction` as a percentage: `18.6%`, `۱۸٫۶٪`.
    func percent(_ fraction: Double, digits: Int = 1) -> String {
        number(fraction * 100, digits: digits) + word("%", "٪")
    }

    var currencyCode: String { workspace.project?.project.currency ?? "IRR" }

    func money(_ minorUnits: Int64) -> String { Self.amount(minorUnits, currency: currencyCode, in: language) }

    func money(_ money: Money) -> String { Self.amount(money.amountMinorUnits, currency: money.currency.code, in: language) }

    /// A rough amount for a chart's axis: `60 billion rial`, `۶ میلیارد تومان`; the tables carry exact ones.
    static func roughAmount(_ minorUnits: Double, currency code: String, in language: Language) -> String {
        let tomans = code == "IRR" && language == .fa
        let value = tomans ? minorUnits / Double(Money.rialsPerToman) : minorUnits
        let unit = code == "IRR" ? (tomans ? RialDisplayUnit.toman : .rial).name(in: language) : code
        let steps: [(Double, String, String)] = [
            (1e12, "trillion", "هزار میلیارد"), (1e9, "billion", "میلیارد"), (1e6, "million", "میلیون"),
        ]
        for (size, english, persian) in steps where abs(value) >= size {
            let scaled = value / size
            let digits = abs(scaled.rounded() - scaled) < 0.05 ? 0 : 1
            return SVGChart.number(scaled, fractionDigits: digits, in: language) + " "
                + (language == .fa ? persian : english) + " " + unit
        }
        return SVGChart.number(value, fractionDigits: 0, in: language) + " " + unit
    }

    // MARK: Dates

    /// The calendar the workspace writes its dates in: `project.calendar`, else each date's own.
    var calendar: CalendarKind? { workspace.project?.project.calendar }

    /// A day in the workspace's calendar with the month's name: `۱ بهمن ۱۴۰۵`, `1 Bahman 1405`.
    func date(_ date: LocalDate?) -> String {
        guard let date else { return "" }
        return date.converted(to: calendar ?? date.kind).formatted(.long, in: language)
    }

    // MARK: Names

    /// A person's name: a core-team member, a stakeholder, or a consultant candidate (who may attend meetings).
    func person(_ id: String) -> String {
        if let member = workspace.project?.coreTeam.first(where: { $0.id.rawValue == id }) { return text(member.name) }
        if let stakeholder = workspace.stakeholders.stakeholders.first(where: { $0.id.rawValue == id }) {
            return text(stakeholder.name)
        }
        if let candidate = workspace.consultants.candidates.first(where: { $0.id.rawValue == id }) {
            return text(candidate.name)
        }
        return id
    }

    func person(_ id: Identifier<Person>?) -> String { id.map { person($0.rawValue) } ?? "" }

    func people(_ ids: [Identifier<Person>]) -> String { joined(ids.map { person($0.rawValue) }) }

    func vendorName(_ id: Vendor.ID) -> String {
        workspace.shortlist.vendors.first { $0.id == id }.map { text($0.name) }?.nonEmpty ?? id.rawValue
    }

    func businessUnit(_ id: String?) -> String {
        guard let id else { return "" }
        return workspace.project?.businessUnits.first { $0.id.rawValue == id }.map { text($0.name) } ?? id
    }

    func requirement(_ id: Requirement.ID) -> Requirement? {
        workspace.requirements.requirements.first { $0.id == id }
    }

    /// `R-013 — AVL integration`, or the id alone when the requirement is unknown.
    func requirementTitle(_ id: Requirement.ID) -> String {
        guard let found = requirement(id) else { return id.rawValue }
        return id.rawValue + " — " + text(found.title)
    }

    /// `6.3.4 — Service products`, or the id alone when the catalog's name is not known.
    func apqc(_ id: String?) -> String {
        guard let id, !id.isEmpty else { return "" }
        let number = PersianDigits.digits(id, for: language)
        return context.apqcNames[id].map { number + " — " + text($0) } ?? number
    }

    // MARK: The questionnaires' words

    /// The question that fills `path` (`project.yaml:diagnostics.cost_of_mistakes`), as it was asked.
    func question(_ path: String) -> String? {
        questions[path].map { words($0.text) }?.nonEmpty
    }

    /// The label of the choice `value` of the question that fills `path`, or `value` itself.
    func choice(_ path: String, _ value: String) -> String {
        questions[path]?.choices.first { $0.value == value }.map { words($0.label) }?.nonEmpty ?? value
    }

    func priority(_ priority: MoSCoWPriority) -> String {
        choice("requirements.yaml:requirements[].priority", priority.rawValue)
    }

    func claim(_ level: CoverageClaim.Level) -> String {
        choice("vendors/*.yaml:coverage[].claim", level.rawValue)
    }

    func skill(_ skill: ComputerSkill?) -> String {
        skill.map { choice("stakeholders.yaml:stakeholders[].computer_skill", $0.rawValue) } ?? ""
    }
}
