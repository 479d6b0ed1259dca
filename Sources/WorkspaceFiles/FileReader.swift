import Foundation
import Localization
import ProcessCatalog
import SelectionWorkshop

/// Reads one workspace file's YAML tree into domain values, reporting every problem as it goes instead of
/// stopping at the first, and remembering where each value stands in the file.
final class FileReader {
    let file: String
    /// Plain strings are read as text in this language.
    let language: Language
    /// Money written without a currency is in this one.
    let currency: Currency?
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var locations: [FieldOrigin: SourceLocation] = [:]
    /// Parts of the workspace this file should have given but could not (see `Workspace.unreadable`).
    var unreadable: Set<Workspace.Part> = []

    init(file: String, language: Language, currency: Currency?) {
        self.file = file
        self.language = language
        self.currency = currency
    }

    func root(_ node: YAMLNode) -> Value {
        value(node, at: FieldOrigin(file: file))
    }

    func value(_ node: YAMLNode, at origin: FieldOrigin) -> Value {
        locations[origin] = node.location
        return Value(node: node, origin: origin, reader: self)
    }

    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func error(
        _ rule: String, at value: Value, en: String, fa: String, fixEn: String, fixFa: String
    ) {
        report(.error(rule, at: value.origin, location: value.node.location, en: en, fa: fa, fixEn: fixEn, fixFa: fixFa))
    }
}

/// A value in a workspace file, with its origin, ready to be read as the type a field expects.
struct Value {
    let node: YAMLNode
    let origin: FieldOrigin
    let reader: FileReader

    var fieldName: String {
        for component in origin.path.reversed() {
            if case .key(let key) = component { return key }
        }
        return origin.file
    }

    private func wrongType(_ expected: ExpectedKind) {
        let field = origin.keyPath.isEmpty ? origin.file : origin.keyPath
        // A scalar of the wrong kind is quoted back (shortened), anything else is named by its shape.
        var foundEnglish = node.kind.english
        var foundPersian = node.kind.persian
        if case .scalar(let text, _) = node.content, !node.isNull {
            foundEnglish = "\"\(InputText.shown(text))\""
            foundPersian = "«\(InputText.shown(text))»"
        }
        reader.error(
            "wrong-type", at: self,
            en: "\"\(field)\" should be \(expected.english), not \(foundEnglish)",
            fa: "«\(field)» باید \(expected.persian) باشد، نه \(foundPersian)",
            fixEn: expected.exampleEnglish, fixFa: expected.examplePersian)
    }

    // MARK: Structure

    func mapping() -> MappingValue? {
        guard case .mapping(let pairs) = node.content else {
            wrongType(.mapping)
            return nil
        }
        return MappingValue(value: self, pairs: pairs)
    }

    /// The items of a list; `nil` (with a diagnostic) when the value is not a list.
    func list() -> [Value]? {
        guard case .sequence(let items) = node.content else {
            wrongType(.list)
            return nil
        }
        return items.enumerated().map { index, item in reader.value(item, at: origin.appending(index)) }
    }

    /// Reads each item of a list with `read`, dropping those it cannot read (they are reported).
    func list<T>(_ read: (Value) -> T?) -> [T] {
        (list() ?? []).compactMap { $0.isNull ? nil : read($0) }
    }

    var isNull: Bool { node.isNull }

    // MARK: Scalars

    /// The scalar's text, whatever its style; numbers and booleans are accepted as their text.
    func string() -> String? {
        guard case .scalar(let text, _) = node.content, !node.isNull else {
            wrongType(.text)
            return nil
        }
        return text
    }

    /// A non-empty text in one or both languages: a plain string in the workspace language, or `{fa:, en:}`.
    func text() -> LocalizedText? {
        switch node.content {
        case .scalar(let text, _) where !node.isNull:
            guard !text.allSatisfy(\.isWhitespace) else {
                reportEmpty()
                return nil
            }
            return reader.language == .fa ? LocalizedText(fa: text) : LocalizedText(en: text)
        case .mapping:
            guard let fields = mapping() else { return nil }
            let fa = fields.optional("fa")?.string()
            let en = fields.optional("en")?.string()
            fields.finish()
            let text = LocalizedText(fa: fa, en: en)
            guard !text.languages.isEmpty else {
                reportEmpty()
                return nil
            }
            return text
        default:
            wrongType(.localizedText)
            return nil
        }
    }

    private func reportEmpty() {
        reader.error(
            "empty-text", at: self,
            en: "\"\(fieldName)\" is empty", fa: "«\(fieldName)» خالی است",
            fixEn: "write the text, or remove the key", fixFa: "متن را بنویسید یا کلید را حذف کنید")
    }

    func bool() -> Bool? {
        guard case .scalar(let text, _) = node.content, !node.isNull else {
            wrongType(.yesNo)
            return nil
        }
        switch text.lowercased() {
        case "true", "yes", "on", "بله": return true
        case "false", "no", "off", "خیر": return false
        default:
            wrongType(.yesNo)
            return nil
        }
    }

    func double(in range: ClosedRange<Double>? = nil) -> Double? {
        guard case .scalar(let raw, _) = node.content, !node.isNull else {
            wrongType(.number)
            return nil
        }
        // Most numbers are plain ASCII: parse them directly, and only convert Persian digits or drop `_`
        // separators when there are some (this runs once per score of every evaluator).
        let text =
            raw.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "_") })
            ? raw : PersianDigits.toLatin(raw).replacingOccurrences(of: "_", with: "")
        guard let number = Double(text), number.isFinite else {
            wrongType(.number)
            return nil
        }
        if let range, !range.contains(number) {
            outOfRange(number, range)
            return nil
        }
        return number
    }

    func int(in range: ClosedRange<Int>? = nil) -> Int? {
        guard let number = double() else { return nil }  // non-numbers are reported by double()
        guard number == number.rounded() else {
            wrongType(.wholeNumber)
            return nil
        }
        guard abs(number) < 1e15 else {
            outOfRange(number, -1e15...1e15)
            return nil
        }
        let value = Int(number)
        if let range, !range.contains(value) {
            outOfRange(Double(value), ClosedRange(uncheckedBounds: (Double(range.lowerBound), Double(range.upperBound))))
            return nil
        }
        return value
    }

    private func outOfRange(_ number: Double, _ range: ClosedRange<Double>) {
        let shown = number.formatted()
        let low = range.lowerBound.formatted()
        let high = range.upperBound == .greatestFiniteMagnitude ? "∞" : range.upperBound.formatted()
        reader.error(
            "out-of-range", at: self,
            en: "\"\(fieldName)\" is \(shown), outside \(low)…\(high)",
            fa: "«\(fieldName)» برابر \(shown) است و بیرون از بازه \(low) تا \(high)",
            fixEn: "use a value from \(low) to \(high)", fixFa: "مقداری از \(low) تا \(high) بنویسید")
    }

    func id<Kind>(_: Kind.Type = Kind.self) -> Identifier<Kind>? {
        guard let text = string() else { return nil }
        guard IdentifierSyntax.isValid(text) else {
            reader.error(
                "invalid-id", at: self,
                en: "\"\(InputText.shown(text))\" is not a valid id",
                fa: "«\(InputText.shown(text))» شناسه معتبری نیست",
                fixEn:
                    "use Latin letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters (e.g. sales-lead)",
                fixFa:
                    "از حروف لاتین، رقم، «.»، «_» و «-» استفاده کنید، با حرف یا رقم آغاز کنید و حداکثر ۶۴ نویسه (مثلاً sales-lead)"
            )
            return nil
        }
        return Identifier(text)
    }

    func ids<Kind>(_: Kind.Type = Kind.self) -> [Identifier<Kind>] {
        list { $0.id(Kind.self) }
    }

    /// One of a fixed set of words, such as a MoSCoW priority.
    func choice<E: RawRepresentable & CaseIterable>(_: E.Type) -> E? where E.RawValue == String {
        guard let text = string() else { return nil }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map(\.rawValue)
        let suggestion = Suggestion.closest(to: text, among: allowed)
        reader.error(
            "invalid-value", at: self,
            en: "\"\(InputText.shown(text))\" is not one of \(allowed.joined(separator: ", "))",
            fa: "«\(InputText.shown(text))» یکی از این‌ها نیست: \(allowed.joined(separator: "، "))",
            fixEn: suggestion.map { "did you mean \"\($0)\"?" } ?? "write one of \(allowed.joined(separator: " | "))",
            fixFa: suggestion.map { "منظورتان «\($0)» بود؟" } ?? "یکی از این‌ها را بنویسید: \(allowed.joined(separator: " | "))")
        return nil
    }

    func language() -> Language? { choice(Language.self) }

    func currencyCode() -> String? {
        guard let text = string() else { return nil }
        do {
            return try Currency(code: text).code
        } catch {
            reader.error(
                "invalid-currency", at: self,
                en: "\"\(InputText.shown(text))\" is not an ISO 4217 currency code",
                fa: "«\(InputText.shown(text))» کد ارز ISO 4217 نیست",
                fixEn: "write three capital letters, e.g. IRR, USD, EUR", fixFa: "سه حرف بزرگ لاتین بنویسید، مثلاً IRR، USD یا EUR"
            )
            return nil
        }
    }

    func date() -> LocalDate? {
        guard let text = string() else { return nil }
        let reason: LocalizedText?
        switch WorkspaceDate.parse(text) {
        case .success(let day): return day
        case .failure(let error): reason = error.message
        }
        reader.error(
            "invalid-date", at: self,
            en: "\"\(InputText.shown(text))\" is not a date" + (reason.map { ": \($0.text(in: .en))" } ?? ""),
            fa: "«\(InputText.shown(text))» تاریخ معتبری نیست" + (reason.map { ": \($0.text(in: .fa))" } ?? ""),
            fixEn: "write YYYY-MM-DD, e.g. 2026-11-23, or a Jalali date such as 1405-09-02",
            fixFa: "به شکل YYYY-MM-DD بنویسید، مثلاً ۱۴۰۵-۰۹-۰۲ یا 2026-11-23")
        return nil
    }

    func money() -> Money? {
        switch node.content {
        case .mapping:
            // The mapping form is read exactly like the text form, so both accept toman and both refuse more
            // fraction digits than the currency has.
            guard let fields = mapping() else { return nil }
            let amount = fields.required("amount")?.string()
            let unit = fields.optional("currency")?.string()
            fields.finish()
            guard let amount else { return nil }
            return parsedMoney([amount, unit].compactMap { $0 }.joined(separator: " "))
        case .scalar(let text, _) where !node.isNull:
            return parsedMoney(text)
        default:
            wrongType(.money)
            return nil
        }
    }

    private func parsedMoney(_ text: String) -> Money? {
        let money: Money
        do {
            money = try Money(parsing: text, defaultCurrency: reader.currency)
        } catch {
            invalidMoney(text, reason: error.message)
            return nil
        }
        guard !money.isNegative else {
            invalidMoney(text, reason: LocalizedText(fa: "مبلغ منفی است", en: "the amount is negative"))
            return nil
        }
        return money
    }

    private func invalidMoney(_ text: String, reason: LocalizedText? = nil) {
        reader.error(
            "invalid-money", at: self,
            en: "\"\(InputText.shown(text))\" is not an amount of money" + (reason.map { ": \($0.text(in: .en))" } ?? ""),
            fa: "«\(InputText.shown(text))» مبلغ معتبری نیست" + (reason.map { ": \($0.text(in: .fa))" } ?? ""),
            fixEn: "write e.g. \"1,250,000 IRR\", \"125,000 toman\" or {amount: 1250000, currency: IRR}",
            fixFa: "مثلاً «1,250,000 IRR» یا «125,000 toman» یا {amount: 1250000, currency: IRR} بنویسید")
    }

    func duration() -> DurationRange? {
        guard let raw = string() else { return nil }
        if let range = DurationRange(parsing: PersianDigits.toLatin(raw)) { return range }
        reader.error(
            "invalid-duration", at: self,
            en: "\"\(InputText.shown(raw))\" is not a duration", fa: "«\(InputText.shown(raw))» مدت معتبری نیست",
            fixEn: "write e.g. 45m, 2h, 1h30m, 3d or a range 1h-3h",
            fixFa: "مثلاً 45m، 2h، 1h30m، 3d یا بازه‌ای مانند 1h-3h بنویسید")
        return nil
    }
}

/// The keys of one YAML mapping. Every key a reader asks for is remembered, so `finish()` can name the
/// keys nobody asked for — the unknown ones — with the closest known key as a suggestion.
final class MappingValue {
    let value: Value
    private var fields: [String: YAMLPair] = [:]
    private var order: [String] = []
    private var asked: Set<String> = []

    init(value: Value, pairs: [YAMLPair]) {
        self.value = value
        for pair in pairs {
            guard case .scalar(let key, _) = pair.key.content else { continue }
            fields[key] = pair
            order.append(key)
        }
    }

    var keys: [String] { order }

    /// The value of `key`, or `nil` when it is absent or null.
    func optional(_ key: String) -> Value? {
        asked.insert(key)
        guard let pair = fields[key] else { return nil }
        let child = value.reader.value(pair.value, at: value.origin.appending(key))
        return pair.value.isNull ? nil : child
    }

    /// The value of `key`, reporting it as missing when it is absent or null.
    func required(_ key: String) -> Value? {
        if let found = optional(key) { return found }
        value.reader.error(
            "missing-field", at: fields[key].map { value.reader.value($0.value, at: value.origin.appending(key)) } ?? value,
            en: "\"\(InputText.shown(key))\" is missing\(value.origin.keyPath.isEmpty ? "" : " in \(value.origin.keyPath)")",
            fa: "«\(InputText.shown(key))» وارد نشده است\(value.origin.keyPath.isEmpty ? "" : " (در \(value.origin.keyPath))")",
            fixEn: "add \(key): with a value", fixFa: "کلید \(key): را با مقدارش اضافه کنید")
        return nil
    }

    /// Reports every key that was never asked for.
    func finish() {
        for key in order where !asked.contains(key) {
            guard let pair = fields[key] else { continue }
            let suggestion = Suggestion.closest(to: key, among: asked)
            let keyValue = value.reader.value(pair.key, at: value.origin.appending(key))
            value.reader.error(
                "unknown-key", at: keyValue,
                en: "unknown key \"\(InputText.shown(key))\"\(value.origin.keyPath.isEmpty ? "" : " in \(value.origin.keyPath)")",
                fa: "کلید ناشناخته «\(InputText.shown(key))»\(value.origin.keyPath.isEmpty ? "" : " در \(value.origin.keyPath)")",
                fixEn: suggestion.map { "did you mean \"\($0)\"?" }
                    ?? "remove it; the keys allowed here are \(asked.sorted().joined(separator: ", "))",
                fixFa: suggestion.map { "منظورتان «\($0)» بود؟" }
                    ?? "آن را حذف کنید؛ کلیدهای مجاز: \(asked.sorted().joined(separator: "، "))")
        }
    }
}

/// The kinds of value a field can expect, named for error messages.
enum ExpectedKind {
    case mapping, list, text, localizedText, yesNo, number, wholeNumber, money

    var english: String {
        switch self {
        case .mapping: "a mapping of keys"
        case .list: "a list"
        case .text: "a text value"
        case .localizedText: "a text or {fa:, en:}"
        case .yesNo: "yes or no"
        case .number: "a number"
        case .wholeNumber: "a whole number"
        case .money: "an amount of money"
        }
    }

    var persian: String {
        switch self {
        case .mapping: "مجموعه‌ای از کلیدها"
        case .list: "یک فهرست"
        case .text: "یک متن"
        case .localizedText: "یک متن یا {fa:, en:}"
        case .yesNo: "بله یا خیر (yes/no)"
        case .number: "یک عدد"
        case .wholeNumber: "یک عدد صحیح"
        case .money: "یک مبلغ"
        }
    }

    var exampleEnglish: String {
        switch self {
        case .mapping: "write indented key: value lines under it"
        case .list: "write one item per line starting with \"- \", or [a, b]"
        case .text: "write the text on the same line, quoted if it contains \":\""
        case .localizedText: "write a text, or {fa: ..., en: ...}"
        case .yesNo: "write yes or no"
        case .number: "write a number such as 12 or 0.5"
        case .wholeNumber: "write a whole number such as 12"
        case .money: "write e.g. \"1,250,000 IRR\" or {amount: 1250000, currency: IRR}"
        }
    }

    var examplePersian: String {
        switch self {
        case .mapping: "زیر آن سطرهای تورفته key: value بنویسید"
        case .list: "هر مورد را در یک سطر با «- » یا به شکل [a, b] بنویسید"
        case .text: "متن را در همان سطر بنویسید و اگر «:» دارد، آن را در گیومه بگذارید"
        case .localizedText: "یک متن یا {fa: ..., en: ...} بنویسید"
        case .yesNo: "yes یا no بنویسید"
        case .number: "عددی مانند 12 یا 0.5 بنویسید"
        case .wholeNumber: "عدد صحیحی مانند 12 بنویسید"
        case .money: "مثلاً «1,250,000 IRR» یا {amount: 1250000, currency: IRR} بنویسید"
        }
    }
}

extension YAMLValueKind {
    var english: String {
        switch self {
        case .null: "empty"
        case .scalar: "a single value"
        case .list: "a list"
        case .mapping: "a mapping"
        }
    }

    var persian: String {
        switch self {
        case .null: "خالی"
        case .scalar: "یک مقدار تکی"
        case .list: "یک فهرست"
        case .mapping: "مجموعه‌ای از کلیدها"
        }
    }
}

/// Text from a file, made safe to quote in a one-line message: control and direction-changing characters are
/// written as escapes (a newline or a terminal escape would break the `file:line:column:` line that editors
/// and CI read), and long text is shortened.
enum InputText {
    static let maximumLength = 40

    static func shown(_ text: String) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == maximumLength {
                result += "…"
                break
            }
            let isBidiControl = (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
            if scalar.properties.generalCategory == .control || isBidiControl {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return result
    }
}

extension FileReader {
    /// Reads one YAML file that stands on its own (a decision matrix, a pairwise matrix, a questionnaire) with
    /// `decode`: the value (or `nil` when the file has no YAML tree) and every problem found, each at its line
    /// and column. An empty file is reported with `emptyFix` saying what to write.
    static func readStandalone<Decoded>(
        _ data: Data, file: String, emptyFix: (en: String, fa: String),
        decode: (FileReader, Value) -> Decoded?
    ) -> (Decoded?, [Diagnostic]) {
        let (root, issues) = YAMLReader.read(data)
        var diagnostics = issues.map { $0.diagnostic(in: file) }
        guard let root else {
            if diagnostics.isEmpty {
                diagnostics.append(
                    .error(
                        "empty-file", at: FieldOrigin(file: file), location: SourceLocation(line: 1, column: 1),
                        en: "the file is empty", fa: "فایل خالی است", fixEn: emptyFix.en, fixFa: emptyFix.fa))
            }
            return (nil, diagnostics)
        }
        let reader = FileReader(file: file, language: .en, currency: nil)
        let value = decode(reader, reader.root(root))
        return (value, diagnostics + reader.diagnostics)
    }
}
