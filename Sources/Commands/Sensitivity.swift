import ArgumentParser
import Foundation
import Localization
import Scoring

extension CRMKit {
    struct Sensitivity: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show how far each criterion's weight can move before the winner changes.",
            discussion: """
                Reads the same decision-matrix file as `crmkit rank` and, for every criterion, moves its weight \
                alone from 0 to 1 while the other weights are rescaled proportionally (so all still sum to 1), as \
                in Triantaphyllou & Sánchez (1997). It reports:

                  stable from–to     the weights of this criterion for which the winner stays the winner
                  min change         the smallest absolute change of the weight that changes the winner
                  new winner         who leads just beyond that change (none: no weight from 0 to 1 does)

                The most sensitive criterion is the one needing the smallest change; TS97's relative measure \
                (the change as a percentage of the weight) is reported too, and can name another criterion. \
                The tornado shows the winner's margin over the runner-up with each weight lowered and raised by \
                --swing percent: a bar crossing zero means that swing alone changes the winner.

                The weighted sum is linear in each weight, so its thresholds are exact (closed form); TOPSIS is \
                searched on a fine grid and refined by bisection. When the other weights are all 0 they share the \
                rest equally.

                Examples:
                  crmkit sensitivity matrix.yaml
                  crmkit sensitivity matrix.yaml --normalization minmax --format json
                  crmkit sensitivity matrix.yaml --method topsis --swing 50 --lang fa

                Exit status: 0 when the analysis ran; 1 when FILE has a mistake (each reported as \
                FILE:LINE:COLUMN with a fix) or the normalization cannot take a value; 2 when FILE cannot be read.

                نشان می‌دهد وزن هر معیار تا کجا می‌تواند تغییر کند پیش از آنکه برنده عوض شود، همراه با نمودار گردبادی.
                """)

        @OptionGroup var input: DecisionMatrixOptions

        @Option(help: "How far each weight swings in the tornado, in percent of the weight (default 25).")
        var swing: Double = 25

        func validate() throws {
            guard swing > 0, swing <= 100 else {
                throw ValidationError("--swing must be a percentage above 0 and at most 100, such as 25")
            }
        }

        func run() async throws {
            let language = input.lang
            let (document, matrix) = try DecisionMatrixInput.load(input.file, language: language)
            let normalization = input.normalization ?? input.method.defaultNormalization
            let report = try DecisionMatrixInput.sensitivity(
                input.method, normalization, matrix, document, swing: swing / 100, language: language)
            let output = SensitivityOutput(matrix: matrix, report: report, language: language)
            switch input.format {
            case .table: Console.out(output.table)
            case .json: Console.out(try output.json())
            case .csv: Console.out(output.csv)
            case .md: Console.out(output.markdown)
            }
        }
    }
}

/// `crmkit sensitivity`'s result in each output format.
struct SensitivityOutput {
    let matrix: DecisionMatrix
    let report: SensitivityReport
    let language: Language

    private var fa: Bool { language == .fa }
    private var names: [String] { matrix.alternatives }

    private func number(_ x: Double, _ digits: Int = 4) -> String {
        ScoreText.decimal(x, digits, language)
    }

    private func signed(_ x: Double) -> String {
        (x > 0 ? "+" : "") + number(x)
    }

    private var heading: String {
        let winner = names[report.winner]
        let method = ScoreText.methodName(report.result.method, language)
        let conventions = ScoreText.conventions(report.result, matrix, language)
        var text = fa ? "برنده: \(winner)" : "Winner: \(winner)"
        if let margin = report.winnerMargin {
            text += fa ? " (فاصله با نفر دوم \(number(margin)))" : " (margin over the runner-up \(number(margin)))"
        }
        text += "\n" + method + (fa ? "، " : ", ") + conventions
        if !report.tiedWithWinner.isEmpty {
            let tied = report.tiedWithWinner.map { names[$0] }.joined(separator: fa ? "، " : ", ")
            text +=
                fa
                ? "\nهم‌امتیاز با برنده: \(tied) — کوچک‌ترین تغییر وزن برنده را عوض می‌کند"
                : "\nTied with the winner: \(tied) — the smallest change of weight can change the winner"
        }
        return text
    }

    private func direction(_ item: WeightSensitivity) -> String {
        guard let flip = item.nearestFlip else { return "" }
        return flip.weight < item.weight ? " ↓" : " ↑"
    }

    var table: String {
        var rows = [
            fa
                ? ["معیار", "وزن", "بازه پایداری", "کمترین تغییر", "برنده تازه"]
                : ["criterion", "weight", "stable from–to", "min change", "new winner"]
        ]
        for item in report.criteria {
            rows.append([
                matrix.criteria[item.criterion].name, number(item.weight),
                "\(number(item.stableFrom)) – \(number(item.stableTo))",
                item.minChangeToFlip.map { number($0) + direction(item) } ?? "—",
                item.newWinner.map { names[$0] } ?? (fa ? "پایدار" : "robust"),
            ])
        }
        var lines = [
            heading,
            fa
                ? "هر بار وزن یک معیار جابه‌جا می‌شود و وزن‌های دیگر به همان نسبت بازمقیاس می‌شوند:"
                : "Each weight moved alone, the others rescaled proportionally:",
            "",
        ]
        lines += ScoreText.columns(rows)
        lines.append("")
        lines.append(summary)
        lines.append("")
        lines += tornado
        return lines.joined(separator: "\n")
    }

    private var summary: String {
        guard let k = report.mostSensitive, let change = report.criteria[k].minChangeToFlip else {
            return fa
                ? "هیچ تغییری در وزن یک معیار به‌تنهایی برنده را عوض نمی‌کند."
                : "No change of a single weight changes the winner."
        }
        var text =
            fa
            ? "حساس‌ترین معیار: \(matrix.criteria[k].name) — تغییری به اندازه \(number(change)) در وزنش برنده را عوض می‌کند."
            : "Most sensitive: \(matrix.criteria[k].name) — a change of \(number(change)) in its weight changes the winner."
        if let p = report.mostSensitiveByPercent, let percent = report.criteria[p].percentChange {
            text +=
                fa
                ? " معیار بحرانی به سنجه نسبی TS97: \(matrix.criteria[p].name) (\(number(abs(percent), 1))٪ وزنش)."
                : " TS97's relative critical criterion: \(matrix.criteria[p].name) (\(number(abs(percent), 1)) % of its weight)."
        }
        return text
    }

    /// A text tornado: one row per criterion, widest first, on a shared axis of the winner's margin.
    private var tornado: [String] {
        let percent = number(report.swing * 100, 0)
        var lines = [
            fa
                ? "نمودار گردبادی — فاصله برنده با نفر دوم وقتی هر وزن \(percent)٪ کم یا زیاد شود:"
                : "Tornado — the winner's margin over the runner-up with each weight lowered or raised by \(percent) %:"
        ]
        guard let base = report.winnerMargin else {
            lines.append(fa ? "فقط یک گزینه هست؛ چیزی برای مقایسه نیست." : "There is only one alternative; nothing to compare.")
            return lines
        }
        let bars = report.criteria.sorted { $0.tornado.width > $1.tornado.width }
        var margins: [Double] = [base, 0]
        for bar in bars {
            if let margin = bar.tornado.lowMargin { margins.append(margin) }
            if let margin = bar.tornado.highMargin { margins.append(margin) }
        }
        let low = margins.min() ?? 0
        let high = margins.max() ?? 0
        let width = 40
        func cell(_ x: Double) -> Int {
            guard high > low else { return width / 2 }
            let fraction = (x - low) / (high - low)
            return Int((fraction * Double(width - 1)).rounded())
        }
        var rows: [[String]] = []
        for item in bars {
            guard let lowMargin = item.tornado.lowMargin, let highMargin = item.tornado.highMargin else { continue }
            var chart = [Character](repeating: " ", count: width)
            let center = cell(base)
            for (margin, mark) in [(lowMargin, Character("░")), (highMargin, Character("█"))] {
                let end = cell(margin)
                for index in min(center, end)...max(center, end) { chart[index] = mark }
            }
            let zero = cell(0)
            if chart[zero] == " " { chart[zero] = "┊" }
            chart[center] = "│"
            rows.append([
                matrix.criteria[item.criterion].name,
                "\(number(item.tornado.lowWeight, 3))–\(number(item.tornado.highWeight, 3))",
                String(chart),
                "\(signed(lowMargin)) / \(signed(highMargin))",
            ])
        }
        lines += ScoreText.columns(rows)
        lines.append(
            fa
                ? "░ وزن کمتر  █ وزن بیشتر  │ فاصله کنونی  ┊ صفر: آن سو برنده می‌بازد"
                : "░ weight lowered  █ weight raised  │ margin now  ┊ zero: beyond it the winner loses")
        return lines
    }

    func json() throws -> String {
        struct Flip: Encodable {
            var weight: Double
            var newWinner: String
        }
        struct Tornado: Encodable {
            var lowWeight: Double
            var lowMargin: Nullable<Double>
            var highWeight: Double
            var highMargin: Nullable<Double>
        }
        struct Criterion: Encodable {
            var name: String
            var weight: Double
            var stableFrom: Double
            var stableTo: Double
            var minChangeToFlip: Nullable<Double>
            var newWinner: Nullable<String>
            var percentChange: Nullable<Double>
            var below: Nullable<Flip>
            var above: Nullable<Flip>
            var tornado: Tornado
        }
        struct Document: Encodable {
            var winner: String
            var tiedWithWinner: [String]
            var winnerMargin: Nullable<Double>
            var method: String
            var normalization: String
            var weightsRenormalized = true
            var givenWeightSum: Double
            var model = "weight k set to t in [0, 1], the other weights rescaled proportionally to sum 1 - t"
            var swing: Double
            var mostSensitive: Nullable<String>
            var mostSensitiveByPercent: Nullable<String>
            var criteria: [Criterion]
        }
        let criterionNames = matrix.criteria.map(\.name)
        func flip(_ flip: WeightSensitivity.Flip?) -> Nullable<Flip> {
            Nullable(flip.map { Flip(weight: $0.weight, newWinner: names[$0.newWinner]) })
        }
        let document = Document(
            winner: names[report.winner], tiedWithWinner: report.tiedWithWinner.map { names[$0] },
            winnerMargin: Nullable(report.winnerMargin), method: report.result.method.rawValue,
            normalization: report.result.normalization.rawValue, givenWeightSum: matrix.givenWeightTotal,
            swing: report.swing,
            mostSensitive: Nullable(report.mostSensitive.map { criterionNames[$0] }),
            mostSensitiveByPercent: Nullable(report.mostSensitiveByPercent.map { criterionNames[$0] }),
            criteria: report.criteria.map { item in
                Criterion(
                    name: criterionNames[item.criterion], weight: item.weight, stableFrom: item.stableFrom,
                    stableTo: item.stableTo, minChangeToFlip: Nullable(item.minChangeToFlip),
                    newWinner: Nullable(item.newWinner.map { names[$0] }), percentChange: Nullable(item.percentChange),
                    below: flip(item.below), above: flip(item.above),
                    tornado: Tornado(
                        lowWeight: item.tornado.lowWeight, lowMargin: Nullable(item.tornado.lowMargin),
                        highWeight: item.tornado.highWeight, highMargin: Nullable(item.tornado.highMargin)))
            })
        return try Console.jsonText(document)
    }

    var csv: String {
        var lines = [
            "criterion,weight,stable_from,stable_to,min_change_to_flip,new_winner,percent_change,low_weight,low_margin,high_weight,high_margin"
        ]
        for item in report.criteria {
            lines.append(
                [
                    ScoreText.csv(matrix.criteria[item.criterion].name), ScoreText.csv(item.weight),
                    ScoreText.csv(item.stableFrom), ScoreText.csv(item.stableTo), ScoreText.csv(item.minChangeToFlip),
                    ScoreText.csv(item.newWinner.map { names[$0] } ?? ""), ScoreText.csv(item.percentChange),
                    ScoreText.csv(item.tornado.lowWeight), ScoreText.csv(item.tornado.lowMargin),
                    ScoreText.csv(item.tornado.highWeight), ScoreText.csv(item.tornado.highMargin),
                ].joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    var markdown: String {
        var lines = [
            heading.replacingOccurrences(of: "\n", with: "  \n") + ".", "",
            fa
                ? "| معیار | وزن | بازه پایداری | کمترین تغییر | برنده تازه |"
                : "| criterion | weight | stable from–to | min change | new winner |",
            "|---|---:|---|---:|---|",
        ]
        for item in report.criteria {
            let change = item.minChangeToFlip.map { number($0) + direction(item) } ?? "—"
            let winner = item.newWinner.map { ScoreText.markdown(names[$0]) } ?? (fa ? "پایدار" : "robust")
            lines.append(
                "| \(ScoreText.markdown(matrix.criteria[item.criterion].name)) | \(number(item.weight)) | \(number(item.stableFrom)) – \(number(item.stableTo)) | \(change) | \(winner) |"
            )
        }
        lines.append("")
        lines.append(summary)
        return lines.joined(separator: "\n")
    }
}
