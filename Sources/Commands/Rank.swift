import ArgumentParser
import Foundation
import Localization
import Scoring
import SelectionWorkshop
import WorkspaceFiles

extension CRMKit {
    struct Rank: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rank alternatives from a decision matrix by weighted sum or TOPSIS.",
            discussion: """
                FILE is a YAML decision matrix: the alternatives, then each criterion with its weight, its type \
                (benefit: more is better; cost: less is better) and one value per alternative, in the \
                alternatives' order. A scale is optional; normalization none needs it to turn a cost criterion \
                round (min + max − value).

                  alternatives: [Sepehr, Abrak, Hamkaran]
                  criteria:
                    - name: functional fit
                      weight: 40
                      type: benefit
                      scale: {min: 1, max: 5}
                      values: [4.2, 3.8, 3.1]
                    - name: support
                      weight: 20
                      type: benefit
                      values: [3, 4, 4]

                Weights may be on any scale; they are renormalized to sum 1, and the result says so. The \
                weighted sum (wsm, the default) adds the weighted values after the normalization you name: none \
                (the values as written — only for values on one scale, such as scorecard scores), minmax \
                ((x−min)/(max−min), cost (max−x)/(max−min); a constant column gives 1), max (x/max, cost min/x), \
                vector (x/‖x‖, cost 1 − x/‖x‖) or sum (x/Σx, cost (1/x)/Σ(1/x)). max, vector and sum refuse \
                negative values, and a zero where they would divide by it, naming the criterion and the value. \
                TOPSIS (--method topsis) ranks by closeness to the ideal, with vector normalization by default \
                (Hwang & Yoon's classic method).

                Every run also ranks with the other method and the same normalization as a cross-check, and \
                reports how far the two orders agree: Spearman's ρ on mid-ranks and Kendall's τ-b (both 1 when \
                the orders are the same). Scores equal to 12 significant digits tie and share a rank (1, 2, 2, 4).

                Examples:
                  crmkit rank matrix.yaml
                  crmkit rank matrix.yaml --normalization minmax --format json
                  crmkit rank matrix.yaml --method topsis --lang fa

                Exit status: 0 when the alternatives are ranked; 1 when FILE has a mistake (each reported as \
                FILE:LINE:COLUMN with a fix) or the normalization cannot take a value; 2 when FILE cannot be read.

                گزینه‌ها را از روی ماتریس تصمیم با مجموع وزنی یا TOPSIS رتبه‌بندی می‌کند؛ وزن‌ها به جمع ۱ بازمقیاس می‌شوند.
                """)

        @OptionGroup var input: DecisionMatrixOptions

        func run() async throws {
            let language = input.lang
            let (document, matrix) = try DecisionMatrixInput.load(input.file, language: language)
            let normalization = input.normalization ?? input.method.defaultNormalization
            let result = try DecisionMatrixInput.evaluate(input.method, normalization, matrix, document, language: language)
            let other: ScoringMethod = input.method == .wsm ? .topsis : .wsm
            let crossCheck = try DecisionMatrixInput.evaluate(other, normalization, matrix, document, language: language)
            let output = RankOutput(
                matrix: matrix, result: result, crossCheck: crossCheck, language: language)
            switch input.format {
            case .table: Console.out(output.table)
            case .json: Console.out(try output.json())
            case .csv: Console.out(output.csv)
            case .md: Console.out(output.markdown)
            }
        }
    }
}

// MARK: What rank and sensitivity share

extension ScoringMethod: ExpressibleByArgument {}
extension Normalization: ExpressibleByArgument {}

/// The decision-matrix file and how to score and print it, for `rank` and `sensitivity`.
struct DecisionMatrixOptions: ParsableArguments {
    @Argument(help: "The decision-matrix YAML file (see the discussion above).", completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    @Option(help: "wsm (weighted sum, the primary score) or topsis.")
    var method: ScoringMethod = .wsm

    @Option(help: "none, minmax, max, vector or sum (default: none for wsm, vector for topsis).")
    var normalization: Normalization?

    @Option(help: "table for people, json for scripts, csv for spreadsheets, md for reports.")
    var format: ResultFormat = .table

    @Option(help: "Language of the labels and messages: fa or en.")
    var lang: Language = .en
}

/// Reading a decision-matrix file and scoring it, with every problem explained at its place in the file.
enum DecisionMatrixInput {
    /// The file read and checked: exit 2 when it cannot be read, 1 (after every problem, on standard error)
    /// when it has mistakes.
    static func load(_ path: String, language: Language) throws -> (DecisionMatrixDocument, DecisionMatrix) {
        let data = try InputFile.contents(path, language: language)
        let (document, diagnostics) = DecisionMatrixFileReader.read(data, file: path)
        InputFile.report(diagnostics, language: language)
        guard let document else { throw ExitCode(1) }
        do {
            let matrix = try DecisionMatrix(
                alternatives: document.alternatives,
                criteria: document.criteria.map {
                    .init(
                        name: $0.name, weight: $0.weight, kind: $0.kind == .cost ? .cost : .benefit, scale: $0.scale,
                        values: $0.values)
                })
            return (document, matrix)
        } catch {
            // The reader reports these with their lines first; this is a last guard.
            Console.error("\(path): error: \(error)")
            throw ExitCode(1)
        }
    }

    /// `method` with `normalization`; a column the normalization cannot take is reported at the value (or the
    /// criterion) in the file, with exit status 1.
    static func evaluate(
        _ method: ScoringMethod, _ normalization: Normalization, _ matrix: DecisionMatrix,
        _ document: DecisionMatrixDocument, language: Language
    ) throws -> MethodResult {
        do {
            return try method.evaluate(matrix, normalization: normalization)
        } catch {
            Console.error(diagnostic(error, document).formatted(in: language))
            throw ExitCode(1)
        }
    }

    /// Sensitivity of `method` with `normalization`, reported like `evaluate`.
    static func sensitivity(
        _ method: ScoringMethod, _ normalization: Normalization, _ matrix: DecisionMatrix,
        _ document: DecisionMatrixDocument, swing: Double, language: Language
    ) throws -> SensitivityReport {
        do {
            return try Sensitivity.analyze(matrix, method: method, normalization: normalization, swing: swing)
        } catch {
            Console.error(diagnostic(error, document).formatted(in: language))
            throw ExitCode(1)
        }
    }

    static func diagnostic(_ error: NormalizationError, _ document: DecisionMatrixDocument) -> Diagnostic {
        let criterion = document.criteria.first { $0.name == error.criterion }
        let location =
            error.alternativeIndex.flatMap { index in
                criterion.flatMap { index < $0.valueLocations.count ? $0.valueLocations[index] : nil }
            } ?? criterion?.location
        let name = error.criterion
        let method = error.normalization.rawValue
        let value = error.value.map { $0.formatted() } ?? ""
        let alternative = error.alternative ?? ""
        let (en, fa, fixEn, fixFa): (String, String, String, String) =
            switch error.reason {
            case .costNeedsScale:
                (
                    "normalization none adds values as written, so it cannot turn cost criterion \"\(name)\" round without its scale",
                    "نرمال‌سازی none مقدارها را همان‌گونه که نوشته شده‌اند جمع می‌زند و بدون مقیاس نمی‌تواند معیار هزینه‌ای «\(name)» را وارونه کند",
                    "add scale: {min: …, max: …} to the criterion (a value v becomes min + max − v), or choose --normalization minmax, max, vector or sum",
                    "به معیار scale: {min: …, max: …} بیفزایید (مقدار v به min + max − v تبدیل می‌شود) یا --normalization minmax، max، vector یا sum را برگزینید"
                )
            case .negativeValue:
                (
                    "normalization \(method) treats values as ratios to zero and cannot take the negative value \(value) of \"\(alternative)\" on \"\(name)\"",
                    "نرمال‌سازی \(method) مقدارها را نسبت به صفر می‌سنجد و مقدار منفی \(value) برای «\(alternative)» در «\(name)» را نمی‌پذیرد",
                    "use --normalization minmax (or none with a scale), or correct the value",
                    "از --normalization minmax (یا none با مقیاس) استفاده کنید یا مقدار را اصلاح کنید"
                )
            case .zeroValue:
                (
                    "normalization \(method) divides by each value of cost criterion \"\(name)\" (\(error.normalization == .max ? "min/x" : "1/x")), and \"\(alternative)\" has 0",
                    "نرمال‌سازی \(method) بر هر مقدار معیار هزینه‌ای «\(name)» تقسیم می‌کند (\(error.normalization == .max ? "min/x" : "1/x")) و مقدار «\(alternative)» صفر است",
                    "use --normalization minmax or vector, or correct the value",
                    "از --normalization minmax یا vector استفاده کنید یا مقدار را اصلاح کنید"
                )
            case .allZero:
                (
                    "criterion \"\(name)\" is 0 for every alternative, and normalization \(method) divides by the column's \(error.normalization == .vector ? "norm" : error.normalization == .sum ? "sum" : "maximum")",
                    "معیار «\(name)» برای همه گزینه‌ها صفر است و نرمال‌سازی \(method) بر \(error.normalization == .vector ? "نُرم" : error.normalization == .sum ? "مجموع" : "بیشینه") ستون تقسیم می‌کند",
                    "remove the criterion (it does not separate the alternatives), or use --normalization minmax",
                    "معیار را حذف کنید (گزینه‌ها را از هم جدا نمی‌کند) یا از --normalization minmax استفاده کنید"
                )
            }
        return .error(
            "normalization-refused", at: FieldOrigin(file: document.file), location: location, en: en, fa: fa,
            fixEn: fixEn, fixFa: fixFa)
    }
}

/// Numbers and small text charts for the scoring commands' tables.
enum ScoreText {
    /// `x` with `digits` decimals, in the digits and decimal separator of `language`.
    static func decimal(_ x: Double, _ digits: Int = 4, _ language: Language) -> String {
        var text = String(format: "%.\(digits)f", x)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { text.removeFirst() }  // not "-0.0000"
        return language == .fa
            ? PersianDigits.toPersian(text).replacingOccurrences(of: ".", with: "٫").replacingOccurrences(of: "-", with: "−")
            : text
    }

    static func integer(_ n: Int, _ language: Language) -> String {
        PersianDigits.digits(String(n), for: language)
    }

    /// A horizontal bar of `fraction` (0…1) of `width` cells, in eighths of a cell.
    static func bar(_ fraction: Double, width: Int) -> String {
        let eighths = Int((max(0, min(1, fraction)) * Double(width * 8)).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        return String(repeating: "█", count: eighths / 8) + partial
    }

    /// Rows of cells padded to line up in columns (by character count), two spaces apart.
    static func columns(_ rows: [[String]]) -> [String] {
        let widths = rows.reduce(into: [Int]()) { widths, row in
            for (index, cell) in row.enumerated() {
                if index < widths.count { widths[index] = max(widths[index], cell.count) } else { widths.append(cell.count) }
            }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ").replacing(/\s+$/, with: "")
        }
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
    static func csv(_ field: String) -> String {
        field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    static func csv(_ number: Double?) -> String {
        number.map { "\($0)" } ?? ""
    }

    /// A Markdown table cell: pipes escaped, line breaks flattened.
    static func markdown(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    static func methodName(_ method: ScoringMethod, _ language: Language) -> String {
        switch (method, language) {
        case (.wsm, .en): "Weighted sum (wsm)"
        case (.wsm, .fa): "مجموع وزنی (wsm)"
        case (.topsis, _): "TOPSIS"
        }
    }

    /// "normalization minmax — weights renormalized to sum 1 (given sum 60)".
    static func conventions(_ result: MethodResult, _ matrix: DecisionMatrix, _ language: Language) -> String {
        let total = matrix.givenWeightTotal.formatted()
        return language == .fa
            ? "نرمال‌سازی \(result.normalization.rawValue) — وزن‌ها به جمع ۱ بازمقیاس شده‌اند (جمع داده‌شده \(PersianDigits.toPersian(total)))"
            : "normalization \(result.normalization.rawValue) — weights renormalized to sum 1 (given sum \(total))"
    }
}

/// A JSON value that is written as `null` when absent (Swift's synthesized `Encodable` leaves the key out).
struct Nullable<Wrapped: Encodable>: Encodable {
    let value: Wrapped?

    init(_ value: Wrapped?) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}

/// `crmkit rank`'s result in each output format.
struct RankOutput {
    let matrix: DecisionMatrix
    let result: MethodResult
    let crossCheck: MethodResult
    let language: Language

    var agreement: RankAgreement { RankAgreement(result.ranking, crossCheck.ranking) }

    var table: String {
        let fa = language == .fa
        let names = matrix.alternatives
        let high = max(0, result.scores.max() ?? 0)
        let low = min(0, result.scores.min() ?? 0)
        var rows = [fa ? ["رتبه", "گزینه", "امتیاز", ""] : ["rank", "alternative", "score", ""]]
        for index in result.ranking.order {
            let fraction = high > low ? (result.scores[index] - low) / (high - low) : 1
            rows.append([
                ScoreText.integer(result.ranking.ranks[index], language), names[index],
                ScoreText.decimal(result.scores[index], 4, language), ScoreText.bar(fraction, width: 30),
            ])
        }
        var lines = [
            ScoreText.methodName(result.method, language) + (fa ? "، " : ", ") + ScoreText.conventions(result, matrix, language),
            "",
        ]
        lines += ScoreText.columns(rows)
        lines.append("")
        let weights = matrix.criteria.indices.map {
            "\(matrix.criteria[$0].name) \(ScoreText.decimal(matrix.weights[$0], 4, language))"
        }
        lines.append((fa ? "وزن‌ها: " : "Weights: ") + weights.joined(separator: fa ? "، " : ", "))
        let order = crossCheck.ranking.order.map { "\(names[$0]) \(ScoreText.integer(crossCheck.ranking.ranks[$0], language))" }
        let rho = agreement.spearmanRho.map { ScoreText.decimal($0, 3, language) } ?? "—"
        let tau = agreement.kendallTauB.map { ScoreText.decimal($0, 3, language) } ?? "—"
        lines.append(
            fa
                ? "وارسی با \(ScoreText.methodName(crossCheck.method, language)) (نرمال‌سازی \(crossCheck.normalization.rawValue)): \(order.joined(separator: "، ")) — ρ اسپیرمن \(rho)، τ-b کندال \(tau)"
                : "Cross-check with \(ScoreText.methodName(crossCheck.method, language)) (normalization \(crossCheck.normalization.rawValue)): \(order.joined(separator: ", ")) — Spearman's ρ \(rho), Kendall's τ-b \(tau)"
        )
        return lines.joined(separator: "\n")
    }

    func json() throws -> String {
        struct Ranked: Encodable {
            var method: String
            var normalization: String
            var scores: [String: Double]
            var ranking: [String]
            var ranks: [String: Int]
        }
        struct Agreement: Encodable {
            var spearmanRho: Nullable<Double>
            var kendallTauB: Nullable<Double>
            var spearman = "Pearson correlation of mid-ranks (ties share their average position)"
            var kendall = "tau-b (tie-corrected)"
        }
        struct Separation: Encodable {
            var ideal: Double
            var antiIdeal: Double
        }
        struct Document: Encodable {
            var method: String
            var normalization: String
            var weights: [String: Double]
            var weightsRenormalized = true
            var givenWeightSum: Double
            var scores: [String: Double]
            var ranking: [String]
            var ranks: [String: Int]
            var ties = "scores equal to 12 significant digits share a competition rank (1, 2, 2, 4)"
            var separations: [String: Separation]?
            var crossCheck: Ranked
            var agreement: Agreement
        }
        let names = matrix.alternatives
        func ranked(_ result: MethodResult) -> Ranked {
            Ranked(
                method: result.method.rawValue, normalization: result.normalization.rawValue,
                scores: Dictionary(uniqueKeysWithValues: zip(names, result.scores)),
                ranking: result.ranking.order.map { names[$0] },
                ranks: Dictionary(uniqueKeysWithValues: zip(names, result.ranking.ranks)))
        }
        let primary = ranked(result)
        let document = Document(
            method: primary.method, normalization: primary.normalization,
            weights: Dictionary(uniqueKeysWithValues: zip(matrix.criteria.map(\.name), matrix.weights)),
            givenWeightSum: matrix.givenWeightTotal, scores: primary.scores, ranking: primary.ranking, ranks: primary.ranks,
            separations: result.separations.map { separations in
                Dictionary(
                    uniqueKeysWithValues: names.indices.map {
                        (names[$0], Separation(ideal: separations.ideal[$0], antiIdeal: separations.antiIdeal[$0]))
                    })
            },
            crossCheck: ranked(crossCheck),
            agreement: Agreement(spearmanRho: Nullable(agreement.spearmanRho), kendallTauB: Nullable(agreement.kendallTauB)))
        return try Console.jsonText(document)
    }

    var csv: String {
        var lines = ["rank,alternative,score,cross_check_rank,cross_check_score"]
        for index in result.ranking.order {
            lines.append(
                [
                    String(result.ranking.ranks[index]), ScoreText.csv(matrix.alternatives[index]),
                    ScoreText.csv(result.scores[index]),
                    String(crossCheck.ranking.ranks[index]), ScoreText.csv(crossCheck.scores[index]),
                ].joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    var markdown: String {
        let fa = language == .fa
        var lines = [
            ScoreText.methodName(result.method, language) + (fa ? "، " : ", ") + ScoreText.conventions(result, matrix, language)
                + ".", "",
            fa
                ? "| رتبه | گزینه | امتیاز | رتبه در \(ScoreText.methodName(crossCheck.method, language)) |"
                : "| rank | alternative | score | \(ScoreText.methodName(crossCheck.method, language)) rank |",
            "|---:|---|---:|---:|",
        ]
        for index in result.ranking.order {
            lines.append(
                "| \(ScoreText.integer(result.ranking.ranks[index], language)) | \(ScoreText.markdown(matrix.alternatives[index])) | \(ScoreText.decimal(result.scores[index], 4, language)) | \(ScoreText.integer(crossCheck.ranking.ranks[index], language)) |"
            )
        }
        let rho = agreement.spearmanRho.map { ScoreText.decimal($0, 3, language) } ?? "—"
        let tau = agreement.kendallTauB.map { ScoreText.decimal($0, 3, language) } ?? "—"
        lines.append("")
        lines.append(
            fa
                ? "هم‌خوانی دو رتبه‌بندی: ρ اسپیرمن \(rho)، τ-b کندال \(tau)."
                : "Agreement of the two rankings: Spearman's ρ \(rho), Kendall's τ-b \(tau).")
        return lines.joined(separator: "\n")
    }
}
