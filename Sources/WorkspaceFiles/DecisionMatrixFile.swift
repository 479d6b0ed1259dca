import Foundation
import Localization
import SelectionWorkshop

/// A decision-matrix file as read for `crmkit rank` and `crmkit sensitivity`, with where each part stands in
/// the file, so that a problem found later (a value a normalization cannot take) is still named by its line:
///
/// ```yaml
/// alternatives: [Sepehr, Abrak, Hamkaran]
/// criteria:
///   - name: functional fit
///     weight: 40
///     type: benefit            # benefit: more is better; cost: less is better
///     scale: {min: 1, max: 5}  # optional; lets normalization none reverse a cost criterion
///     values: [4.2, 3.8, 3.1]  # one number per alternative, in the alternatives' order
/// ```
public struct DecisionMatrixDocument: Sendable {
    public struct Criterion: Sendable {
        public enum Kind: String, Sendable, CaseIterable {
            case benefit
            case cost
        }

        public let name: String
        public let weight: Double
        public let kind: Kind
        public let scale: ClosedRange<Double>?
        public let values: [Double]
        /// Where the criterion's entry starts.
        public let location: SourceLocation
        /// Where each value stands, in the alternatives' order.
        public let valueLocations: [SourceLocation]
    }

    /// The file's name as given, for messages.
    public let file: String
    public let alternatives: [String]
    public let criteria: [Criterion]
}

/// Reads a decision-matrix file with every problem found, each at its line and column.
public enum DecisionMatrixFileReader {
    /// The document, or `nil` when the file has an error; the diagnostics list every problem.
    public static func read(_ data: Data, file: String) -> (DecisionMatrixDocument?, [Diagnostic]) {
        let (document, diagnostics) = FileReader.readStandalone(
            data, file: file,
            emptyFix: (
                "write alternatives: [...] and criteria: with name, weight, type and values",
                "alternatives: [...] و criteria: را با name، weight، type و values بنویسید"
            )
        ) { reader, root in reader.decodeDecisionMatrix(root) }
        return diagnostics.contains { $0.severity == .error } ? (nil, diagnostics) : (document, diagnostics)
    }
}

extension FileReader {
    func decodeDecisionMatrix(_ root: Value) -> DecisionMatrixDocument? {
        guard let file = root.mapping() else { return nil }
        defer { file.finish() }
        let alternatives = decodeAlternatives(file.required("alternatives"))
        var criteria: [DecisionMatrixDocument.Criterion] = []
        var seen: Set<String> = []
        if let list = file.required("criteria") {
            let items = list.list() ?? []
            if list.list() != nil, items.isEmpty {
                error(
                    "empty-list", at: list, en: "\"criteria\" has no criteria", fa: "«criteria» هیچ معیاری ندارد",
                    fixEn: "add one item per criterion with name, weight, type and values",
                    fixFa: "برای هر معیار یک مورد با name، weight، type و values بنویسید")
            }
            for item in items {
                guard let criterion = decodeCriterion(item, alternatives: alternatives) else { continue }
                guard seen.insert(criterion.name).inserted else {
                    error(
                        "duplicate-name", at: item, en: "criterion \"\(InputText.shown(criterion.name))\" is listed twice",
                        fa: "معیار «\(InputText.shown(criterion.name))» دو بار آمده است",
                        fixEn: "give each criterion its own name, or merge the two",
                        fixFa: "به هر معیار نام جداگانه‌ای بدهید یا آن دو را یکی کنید")
                    continue
                }
                criteria.append(criterion)
            }
            if !criteria.isEmpty, criteria.count == items.count, criteria.allSatisfy({ $0.weight == 0 }) {
                error(
                    "zero-weights", at: list, en: "every criterion has weight 0, so nothing would count",
                    fa: "وزن همه معیارها صفر است و هیچ چیز به حساب نمی‌آید",
                    fixEn: "give at least one criterion a positive weight (weights are renormalized to sum 1)",
                    fixFa: "دست‌کم به یک معیار وزن مثبت بدهید (وزن‌ها طوری بازمقیاس می‌شوند که جمعشان ۱ شود)")
            }
        }
        guard let names = alternatives?.names else { return nil }
        return DecisionMatrixDocument(file: self.file, alternatives: names, criteria: criteria)
    }

    /// The alternatives' names (`nil` when one is wrong) and the length of the list, against which the value
    /// lists are checked either way.
    private func decodeAlternatives(_ value: Value?) -> (names: [String]?, count: Int)? {
        guard let value, let items = value.list() else { return nil }
        if items.isEmpty {
            error(
                "empty-list", at: value, en: "\"alternatives\" is empty", fa: "«alternatives» خالی است",
                fixEn: "list the alternatives to rank, e.g. alternatives: [Sepehr, Abrak]",
                fixFa: "گزینه‌هایی را که باید رتبه‌بندی شوند بنویسید، مثلاً alternatives: [Sepehr, Abrak]")
        }
        var names: [String] = []
        var seen: Set<String> = []
        for item in items {
            guard let name = item.string() else { continue }
            if name.allSatisfy(\.isWhitespace) {
                error(
                    "empty-text", at: item, en: "an alternative has an empty name", fa: "نام یکی از گزینه‌ها خالی است",
                    fixEn: "write the alternative's name", fixFa: "نام گزینه را بنویسید")
            } else if !seen.insert(name).inserted {
                error(
                    "duplicate-name", at: item, en: "alternative \"\(InputText.shown(name))\" is listed twice",
                    fa: "گزینه «\(InputText.shown(name))» دو بار آمده است",
                    fixEn: "list each alternative once; the values follow this order",
                    fixFa: "هر گزینه را یک بار بنویسید؛ مقدارها به همین ترتیب می‌آیند")
            } else {
                names.append(name)
            }
        }
        return (names.count == items.count ? names : nil, items.count)
    }

    private func decodeCriterion(_ item: Value, alternatives: (names: [String]?, count: Int)?)
        -> DecisionMatrixDocument.Criterion?
    {
        guard let fields = item.mapping() else { return nil }
        defer { fields.finish() }
        let nameValue = fields.required("name")
        let name = nameValue?.string()
        if let nameValue, let name, name.allSatisfy(\.isWhitespace) {
            error(
                "empty-text", at: nameValue, en: "a criterion has an empty name", fa: "نام یکی از معیارها خالی است",
                fixEn: "write the criterion's name", fixFa: "نام معیار را بنویسید")
        }
        let shownName = InputText.shown(name ?? "?")
        var weight: Double?
        if let value = fields.required("weight"), let number = value.double() {
            if number < 0 {
                error(
                    "negative-weight", at: value,
                    en: "the weight of \"\(shownName)\" is \(number.formatted()); a weight cannot be negative",
                    fa: "وزن «\(shownName)» برابر \(number.formatted()) است؛ وزن نمی‌تواند منفی باشد",
                    fixEn:
                        "write 0 to leave the criterion out of the score, or a positive number (weights are renormalized to sum 1)",
                    fixFa:
                        "برای کنار گذاشتن معیار 0 و در غیر این صورت عددی مثبت بنویسید (وزن‌ها طوری بازمقیاس می‌شوند که جمعشان ۱ شود)"
                )
            } else {
                weight = number
            }
        }
        let kind = fields.required("type")?.choice(DecisionMatrixDocument.Criterion.Kind.self)
        let scale = fields.optional("scale").flatMap { decodeScale($0, criterion: shownName) }
        let (values, locations) = decodeValues(fields.required("values"), criterion: shownName, alternatives: alternatives)
        if let scale, let values {
            for (index, number) in values.enumerated() where !scale.contains(number) {
                let alternative = alternatives?.names.flatMap { index < $0.count ? $0[index] : nil } ?? "#\(index + 1)"
                report(
                    .error(
                        "outside-scale", at: item.origin.appending("values", index), location: locations[index],
                        en:
                            "\"\(InputText.shown(alternative))\" has \(number.formatted()) on \"\(shownName)\", outside its scale \(scale.lowerBound.formatted())…\(scale.upperBound.formatted())",
                        fa:
                            "مقدار «\(InputText.shown(alternative))» در «\(shownName)» برابر \(number.formatted()) است و بیرون از مقیاس \(scale.lowerBound.formatted()) تا \(scale.upperBound.formatted())",
                        fixEn: "correct the value, or widen the criterion's scale",
                        fixFa: "مقدار را اصلاح کنید یا مقیاس معیار را گسترده‌تر کنید"))
            }
        }
        guard let name, let weight, let kind, let values else { return nil }
        return DecisionMatrixDocument.Criterion(
            name: name, weight: weight, kind: kind, scale: scale, values: values, location: item.node.location,
            valueLocations: locations)
    }

    private func decodeScale(_ value: Value, criterion: String) -> ClosedRange<Double>? {
        guard let fields = value.mapping() else { return nil }
        defer { fields.finish() }
        let low = fields.required("min")?.double()
        let high = fields.required("max")?.double()
        guard let low, let high else { return nil }
        guard low < high else {
            error(
                "invalid-scale", at: value,
                en: "the scale of \"\(criterion)\" runs from \(low.formatted()) to \(high.formatted()); min must be below max",
                fa: "مقیاس «\(criterion)» از \(low.formatted()) تا \(high.formatted()) است؛ min باید کمتر از max باشد",
                fixEn: "write e.g. scale: {min: 1, max: 5}", fixFa: "مثلاً scale: {min: 1, max: 5} بنویسید")
            return nil
        }
        return low...high
    }

    /// One number per alternative; a list of the wrong length is reported at its first extra number, or at
    /// the list when numbers are missing.
    private func decodeValues(_ value: Value?, criterion: String, alternatives: (names: [String]?, count: Int)?)
        -> ([Double]?, [SourceLocation])
    {
        guard let value, let items = value.list() else { return (nil, []) }
        var numbers: [Double] = []
        for item in items {
            guard let number = item.double() else { continue }
            numbers.append(number)
        }
        let locations = items.map(\.node.location)
        if let alternatives, items.count != alternatives.count {
            let names = (alternatives.names ?? []).map(InputText.shown)
            let listed = names.isEmpty ? "" : " (\(names.joined(separator: ", ")))"
            let listedFa = names.isEmpty ? "" : " (\(names.joined(separator: "، ")))"
            error(
                "wrong-length", at: items.count > alternatives.count ? items[alternatives.count] : value,
                en:
                    "\"values\" of \"\(criterion)\" has \(items.count) numbers but there are \(alternatives.count) alternatives\(listed)",
                fa: "«values» در «\(criterion)» \(items.count) عدد دارد اما \(alternatives.count) گزینه هست\(listedFa)",
                fixEn: "write one number per alternative, in the order of \"alternatives\"",
                fixFa: "برای هر گزینه یک عدد بنویسید، به ترتیب «alternatives»")
            return (nil, locations)
        }
        return numbers.count == items.count ? (numbers, locations) : (nil, locations)
    }
}
