import Foundation
import Localization
import Scoring

/// An AHP result in each output format of `crmkit weights ahp` (keys of the JSON in docs/cli-json.md).
struct AHPOutput {
    let result: AHPResult
    let language: Language
    /// The file the judgments came from, named in the heading; `nil` for judgments just elicited.
    var source: String?

    private var fa: Bool { language == .fa }
    private var items: [String] { result.items }
    private func decimal(_ x: Double, _ digits: Int = 4) -> String { ScoreText.decimal(x, digits, language) }
    private func ratio(_ x: Double) -> String { PersianDigits.digits(SaatyScale.text(x), for: language) }

    private var methodName: String {
        switch (result.options.method, fa) {
        case (.eigenvector, false): "eigenvector method"
        case (.eigenvector, true): "روش بردار ویژه"
        case (.geometric, false): "row geometric mean"
        case (.geometric, true): "روش میانگین هندسی سطرها"
        }
    }

    /// "AHP weights — eigenvector method, a_ij = row over column (criteria.yaml)".
    var heading: String {
        let file = source.map { " (\($0))" } ?? ""
        return fa
            ? "وزن‌های AHP — \(methodName)، a_ij = سطر نسبت به ستون\(file)"
            : "AHP weights — \(methodName), a_ij = row over column\(file)"
    }

    /// "λmax 4.0710 · CI 0.0237 · CR 0.0263 (random index 0.90, Saaty 1980)" and, for the geometric mean, the GCI.
    var measures: String {
        let table = result.options.randomIndex.citation
        var line =
            "λmax \(decimal(result.lambdaMax)) · CI \(decimal(result.consistencyIndex)) · CR \(decimal(result.consistencyRatio)) "
            + (fa
                ? "(شاخص تصادفی \(decimal(result.randomIndex, 2)) از جدول \(table))"
                : "(random index \(decimal(result.randomIndex, 2)), \(table))")
        if result.options.method == .geometric {
            line += " · GCI \(decimal(result.geometricConsistencyIndex))"
        }
        return line
    }

    /// The verdict in words.
    var verdict: String {
        let n = items.count
        if n == 1 { return fa ? "✔ تنها یک مورد هست و همه وزن از آن اوست." : "✔ A single item takes the whole weight." }
        if n == 2 { return fa ? "✔ دو مورد همیشه سازگارند (CR = ۰)." : "✔ Two items are always consistent (CR = 0)." }
        let (measure, value, limit): (String, Double, Double) =
            result.options.method == .geometric
            ? ("GCI", result.geometricConsistencyIndex, result.geometricThreshold)
            : ("CR", result.consistencyRatio, result.options.threshold)
        let shown = "\(measure) \(decimal(value, 3))"
        let bound = decimal(limit, 2)
        if result.isConsistent {
            return fa
                ? "✔ سازگار: \(shown) ≤ \(bound)؛ قضاوت‌ها به اندازه کافی با هم جورند."
                : "✔ Consistent: \(shown) ≤ \(bound); the judgments hang together well enough."
        }
        return fa
            ? "✘ ناسازگار: \(shown) > \(bound)؛ پیش از به‌کاربردن وزن‌ها این قضاوت‌ها را بازبینی کنید:"
            : "✘ Not consistent: \(shown) > \(bound); revisit these judgments before using the weights:"
    }

    /// "neighborhood over condition: 6 now; the weights imply 1.13 (on the scale: 1)".
    func revisit(_ judgment: JudgmentError) -> String {
        let pair =
            fa
            ? "\(items[judgment.row]) نسبت به \(items[judgment.column])"
            : "\(items[judgment.row]) over \(items[judgment.column])"
        return fa
            ? "\(pair): اکنون \(ratio(judgment.current))؛ وزن‌ها \(decimal(judgment.implied, 2)) را نشان می‌دهند (روی مقیاس: \(ratio(judgment.suggested)))"
            : "\(pair): \(SaatyScale.text(judgment.current)) now; the weights imply \(decimal(judgment.implied, 2)) (on the scale: \(SaatyScale.text(judgment.suggested)))"
    }

    /// The lines about filled judgments, if any.
    var filledLines: [String] {
        guard !result.filled.isEmpty else { return [] }
        let how =
            switch (result.options.completion, fa) {
            case (.optimal, false): "the values that make λmax smallest"
            case (.optimal, true): "مقدارهایی که λmax را کمینه می‌کنند"
            case (.llsm, false): "logarithmic least squares of the given judgments"
            case (.llsm, true): "کمترین مربعات لگاریتمی قضاوت‌های داده‌شده"
            }
        let entries = result.filled.map {
            fa
                ? "\(items[$0.row]) نسبت به \(items[$0.column]) = \(decimal($0.value))"
                : "\(items[$0.row]) over \(items[$0.column]) = \(decimal($0.value))"
        }
        return [
            fa
                ? "قضاوت‌های ناداده با \(how) پر شدند: \(entries.joined(separator: "، "))"
                : "Judgments not given were filled with \(how): \(entries.joined(separator: ", "))"
        ]
    }

    /// How many judgments to show in a table or a report; the JSON has them all.
    static let revisitShown = 3

    var table: String {
        let top = result.weights.max() ?? 1
        let rows = items.indices.map { i in
            [
                "  " + items[i], decimal(result.weights[i]), ScoreText.bar(result.weights[i] / top, width: 30),
                decimal(result.weights[i] * 100, 1) + "%",
            ]
        }
        var lines = [heading, ""]
        // The bar column is padded like the others, so the percentages line up after it.
        lines += ScoreText.columns(
            rows.map { row in [row[0], row[1], row[2].padding(toLength: 30, withPad: " ", startingAt: 0), row[3]] })
        lines += ["", measures, verdict]
        lines += result.worstJudgments.prefix(Self.revisitShown).map { "  " + revisit($0) }
        lines += filledLines
        return lines.joined(separator: "\n")
    }

    var csv: String {
        (["item,weight"] + items.indices.map { "\(ScoreText.csv(items[$0])),\(result.weights[$0])" }).joined(separator: "\n")
    }

    var markdown: String {
        var lines = [
            "**\(heading)**", "",
            fa ? "| مورد | وزن | درصد |" : "| item | weight | percent |",
            "|---|---:|---:|",
        ]
        for i in items.indices {
            lines.append(
                "| \(ScoreText.markdown(items[i])) | \(decimal(result.weights[i])) | \(decimal(result.weights[i] * 100, 1))% |")
        }
        lines += ["", measures + ".", "", verdict]
        if !result.worstJudgments.isEmpty {
            lines.append("")
            lines += result.worstJudgments.prefix(Self.revisitShown).map { "- " + ScoreText.markdown(revisit($0)) }
        }
        if !filledLines.isEmpty { lines += [""] + filledLines }
        return lines.joined(separator: "\n")
    }

    func json() throws -> String {
        struct Judgment: Encodable {
            var row: String
            var column: String
            var current: Double
            var implied: Double
            var suggested: Double
            var logError: Double
        }
        struct Filled: Encodable {
            var row: String
            var column: String
            var value: Double
        }
        struct Document: Encodable {
            var items: [String]
            var weights: [String: Double]
            var lambdaMax: Double
            var ci: Double
            var cr: Double
            var randomIndex: Double
            var consistent: Bool
            var worstJudgments: [Judgment]
            var method: String
            var randomIndexTable: String
            var randomIndexSource: String
            var threshold: Double
            var gci: Double
            var gciThreshold: Double
            var consistencyMeasure: String
            var orientation = "a_ij = how many times the row item matters more than the column item"
            var completion: Nullable<String>
            var completed: [Filled]
        }
        let document = Document(
            items: items, weights: Dictionary(uniqueKeysWithValues: zip(items, result.weights)),
            lambdaMax: result.lambdaMax, ci: result.consistencyIndex, cr: result.consistencyRatio,
            randomIndex: result.randomIndex, consistent: result.isConsistent,
            worstJudgments: result.worstJudgments.map {
                Judgment(
                    row: items[$0.row], column: items[$0.column], current: $0.current, implied: $0.implied,
                    suggested: $0.suggested, logError: $0.logError)
            },
            method: result.options.method.rawValue, randomIndexTable: result.options.randomIndex.rawValue,
            randomIndexSource: result.options.randomIndex.citation,
            threshold: result.options.method == .geometric ? result.geometricThreshold : result.options.threshold,
            gci: result.geometricConsistencyIndex, gciThreshold: result.geometricThreshold,
            consistencyMeasure: result.options.method == .geometric ? "gci" : "cr",
            completion: Nullable(result.filled.isEmpty ? nil : result.options.completion.rawValue),
            completed: result.filled.map { Filled(row: items[$0.row], column: items[$0.column], value: $0.value) })
        return try Console.jsonText(document)
    }
}
