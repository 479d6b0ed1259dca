import ArgumentParser
import Foundation
import Localization
import Scoring
import SelectionWorkshop
import WorkspaceFiles

extension CRMKit.Weights {
    struct AnalyzeAHP: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ahp",
            abstract: "Weights, λmax and consistency ratio of a pairwise-comparison matrix.",
            discussion: """
                FILE is YAML: the items, then one row per item. Entry a_ij says how many times the row item matters \
                more than the column item, on Saaty's scale (1–9, or fractions such as 1/3 for the other way \
                round); ~ marks a judgment not made, and one side of a pair is enough (~ below the diagonal takes \
                the reciprocal of the entry above it).

                  items: [functional, technical, vendor, cost]
                  matrix:
                    - [1,   3,   5,   2]
                    - [1/3, 1,   3,   ~]
                    - [1/5, 1/3, 1,   1/2]
                    - [1/2, ~,   2,   1]

                The result: each item's weight (summing to 1), λmax, CI = (λmax − n)/(n − 1), the random index RI \
                of the named table and CR = CI/RI (0 for two items), with the verdict — consistent when CR ≤ 0.10. \
                When the judgments are not consistent, the ones to revisit come first, ordered by \
                |ln(a_ij·w_j/w_i)|, each with the value the weights imply and the nearest value on the scale.

                --method eigenvector (default) is Saaty's principal eigenvector; --method geometric is the row \
                geometric mean, judged by the GCI (consistent when ≤ 0.31 for 3 items, 0.35 for 4, 0.37 above). \
                --random-index chooses the RI table: saaty1980 (default), saaty2005, donegan-dodd, tummala-ling \
                or alonso-lamata; every result names it. Missing judgments are filled with the values that make \
                λmax smallest (--completion optimal, Bozóki, Fülöp & Rónyai 2010) or from the logarithmic least \
                squares of the given ones (--completion llsm); the items must stay connected through the \
                judgments made, and the output lists what was filled.

                Examples:
                  crmkit weights ahp criteria.yaml
                  crmkit weights ahp criteria.yaml --random-index donegan-dodd --format json
                  crmkit weights ahp criteria.yaml --method geometric --lang fa

                Exit status: 0 when the weights are computed (also when the judgments are inconsistent — the \
                verdict is in the result); 1 when FILE has a mistake (each reported as FILE:LINE:COLUMN with a fix), \
                its items are not all connected by judgments, or there are more items than the RI table covers \
                (15); 2 when FILE cannot be read.

                وزن موردها، λmax و نسبت سازگاری (CR) یک ماتریس مقایسه زوجی را حساب می‌کند و قضاوت‌هایی را که باید بازبینی شوند نشان می‌دهد.
                """)

        @Argument(help: "The pairwise-comparison YAML file (see above).", completion: .file(extensions: ["yaml", "yml"]))
        var file: String

        @Option(help: "eigenvector (Saaty, judged by CR) or geometric (row geometric mean, judged by GCI).")
        var method: PriorityMethod = .eigenvector

        @Option(help: "The random-index table for CR; every result names the table it used.")
        var randomIndex: RandomIndexTable = .saaty1980

        @Option(help: "How missing judgments (~) are filled: optimal (smallest λmax) or llsm.")
        var completion: CompletionMethod = .optimal

        @Option(help: "table for people, json for scripts, csv for spreadsheets, md for reports.")
        var format: ResultFormat = .table

        @Option(help: "Language of the labels and messages: fa or en.")
        var lang: Language = .en

        func run() async throws {
            let (document, matrix) = try PairwiseInput.load(file, language: lang)
            let options = AHPOptions(method: method, randomIndex: randomIndex, completion: completion)
            let result = try PairwiseInput.analyze(matrix, options: options, document: document, language: lang)
            let output = AHPOutput(result: result, language: lang, source: file)
            switch format {
            case .table: Console.out(output.table)
            case .json: Console.out(try output.json())
            case .csv: Console.out(output.csv)
            case .md: Console.out(output.markdown)
            }
        }
    }
}

/// Reading a pairwise file and analyzing it, with every problem explained at its place in the file.
enum PairwiseInput {
    /// The file read and checked: exit 2 when it cannot be read, 1 (after every problem, on standard error)
    /// when it has mistakes; judgments off Saaty's scale are warned about and kept.
    static func load(_ path: String, language: Language) throws -> (PairwiseDocument, PairwiseMatrix) {
        let data = try InputFile.contents(path, language: language)
        let (read, diagnostics) = PairwiseFileReader.read(data, file: path)
        let readable = !diagnostics.contains { $0.severity == .error }
        guard let document = read else {
            InputFile.report(diagnostics, language: language)
            throw ExitCode(1)
        }
        do {
            let matrix = try PairwiseMatrix(items: document.items, entries: document.rows)
            InputFile.report(diagnostics + offScale(matrix, document), language: language)
            guard readable else { throw ExitCode(1) }
            return (document, matrix)
        } catch let error as PairwiseMatrixError {
            // An entry the reader could not read is NaN here and was reported already.
            let problems = error.problems.filter {
                if case .notPositive(_, _, let value) = $0 { return !value.isNaN }
                return true
            }
            InputFile.report(diagnostics + problems.map { diagnostic($0, document) }, language: language)
            throw ExitCode(1)
        }
    }

    /// The analysis; items that are not connected through judgments, or too many for the RI table, are
    /// explained at the matrix or the items with exit status 1.
    static func analyze(
        _ matrix: PairwiseMatrix, options: AHPOptions, document: PairwiseDocument?, language: Language
    ) throws -> AHPResult {
        do {
            return try AHP.analyze(matrix, options: options)
        } catch {
            let origin = FieldOrigin(file: document?.file ?? "-")
            let (rule, en, fa, fixEn, fixFa, location): (String, String, String, String, String, SourceLocation?) =
                switch error {
                case .disconnected(let groups):
                    (
                        "matrix-disconnected",
                        "the judgments never compare "
                            + groups.map { "{\($0.joined(separator: ", "))}" }.joined(separator: " with "),
                        "قضاوت‌ها هرگز این گروه‌ها را با هم مقایسه نمی‌کنند: "
                            + groups.map { "{\($0.joined(separator: "، "))}" }.joined(separator: " و "),
                        "give at least one judgment between the groups, e.g. \(groups[0][0]) over \(groups[1][0])",
                        "دست‌کم یک قضاوت میان گروه‌ها بدهید، مثلاً \(groups[0][0]) نسبت به \(groups[1][0])",
                        document?.matrixLocation
                    )
                case .tooManyItems(let count, let table):
                    (
                        "matrix-too-large",
                        "\(count) items, but the \(table.citation) random index covers at most \(table.maximumCount)",
                        "\(count) مورد، اما شاخص تصادفی \(table.citation) حداکثر \(table.maximumCount) مورد را پوشش می‌دهد",
                        "group the items into a hierarchy of smaller sets (7 ± 2 items are easiest to judge)",
                        "موردها را در سلسله‌مراتبی از دسته‌های کوچک‌تر بچینید (۷ ± ۲ مورد را آسان‌تر می‌توان سنجید)",
                        document?.itemsLocation
                    )
                case .notConverged:
                    (
                        "not-converged",
                        "the priorities did not converge", "اولویت‌ها همگرا نشدند",
                        "check the judgments for extreme values", "قضاوت‌ها را برای مقدارهای بسیار بزرگ یا کوچک بررسی کنید",
                        document?.matrixLocation
                    )
                }
            Console.error(
                Diagnostic.error(rule, at: origin, location: location, en: en, fa: fa, fixEn: fixEn, fixFa: fixFa)
                    .formatted(in: language))
            throw ExitCode(1)
        }
    }

    private static func offScale(_ matrix: PairwiseMatrix, _ document: PairwiseDocument) -> [Diagnostic] {
        matrix.offScalePairs.map { i, j in
            let (row, column) = document.rows[i][j] == nil ? (j, i) : (i, j)
            let value = SaatyScale.text(matrix[i, j] ?? 1)
            return .warning(
                "matrix-off-scale", at: FieldOrigin(file: document.file), location: document.location(row: row, column: column),
                en:
                    "\(matrix.items[i]) over \(matrix.items[j]) is \(value), outside Saaty's scale 1/9…9; the random index assumes the scale",
                fa:
                    "\(matrix.items[i]) نسبت به \(matrix.items[j]) برابر \(value) است و بیرون از مقیاس ساعتی ۱/۹ تا ۹؛ شاخص تصادفی بر پایه این مقیاس است",
                fixEn: "judge the pair on the 1–9 scale (9 = extremely more important)",
                fixFa: "این زوج را روی مقیاس ۱ تا ۹ بسنجید (۹ = بی‌نهایت مهم‌تر)")
        }
    }

    /// A structural problem of the matrix, at its entry in the file.
    static func diagnostic(_ problem: PairwiseMatrixError.Problem, _ document: PairwiseDocument) -> Diagnostic {
        let items = document.items
        let n = items.count
        let name = { (i: Int) in i < items.count ? items[i] : "#\(i + 1)" }
        let (rule, en, fa, fixEn, fixFa, location): (String, String, String, String, String, SourceLocation) =
            switch problem {
            case .rowCount(let expected, let found):
                (
                    "matrix-not-square",
                    "the matrix has \(found) rows but there are \(expected) items",
                    "ماتریس \(found) سطر دارد اما \(expected) مورد هست",
                    "write one row per item, in the order of items:", "برای هر مورد یک سطر بنویسید، به ترتیب items:",
                    document.matrixLocation
                )
            case .rowLength(let row, let expected, let found):
                (
                    "matrix-not-square",
                    "row \(row + 1) (\(name(row))) has \(found) \(found == 1 ? "entry" : "entries"), not \(expected)",
                    "سطر \(row + 1) (\(name(row))) \(found) درایه دارد، نه \(expected)",
                    "write \(expected) entries, one per item in the order of items: (1 on the diagonal)",
                    "\(expected) درایه بنویسید، یکی برای هر مورد به ترتیب items: (۱ روی قطر)",
                    document.location(row: row)
                )
            case .notPositive(let row, let column, let value):
                (
                    "matrix-not-positive",
                    "\(name(row)) over \(name(column)) is \(value.formatted()), but a judgment must be a positive number",
                    "\(name(row)) نسبت به \(name(column)) برابر \(value.formatted()) است، اما قضاوت باید عددی مثبت باشد",
                    "use Saaty's scale: 1–9, fractions such as 1/3 for the other way round, or ~ for no judgment",
                    "از مقیاس ساعتی استفاده کنید: ۱ تا ۹، کسرهایی مانند 1/3 برای عکس آن، یا ~ برای «بدون قضاوت»",
                    document.location(row: row, column: column)
                )
            case .diagonal(let index, let value):
                (
                    "matrix-diagonal",
                    "\(name(index)) compared with itself must be 1, not \(SaatyScale.text(value))",
                    "مقایسه «\(name(index))» با خودش باید ۱ باشد، نه \(SaatyScale.text(value))",
                    "write 1 (or ~) on the diagonal", "روی قطر ۱ (یا ~) بنویسید", document.location(row: index, column: index)
                )
            case .notReciprocal(let row, let column, let value, let mirror):
                (
                    "matrix-not-reciprocal",
                    "\(name(row)) over \(name(column)) is \(SaatyScale.text(value)), but \(name(column)) over \(name(row)) is \(SaatyScale.text(mirror)); the two must be reciprocal",
                    "\(name(row)) نسبت به \(name(column)) برابر \(SaatyScale.text(value)) است اما \(name(column)) نسبت به \(name(row)) برابر \(SaatyScale.text(mirror))؛ این دو باید وارون هم باشند",
                    "write \(SaatyScale.text(1 / mirror)) here, or ~ to take the reciprocal of the other side",
                    "این‌جا \(SaatyScale.text(1 / mirror)) یا ~ بنویسید تا وارون طرف دیگر به کار رود",
                    document.location(row: row, column: column)
                )
            case .noItems, .duplicateItem, .unknownItem, .selfComparison, .repeatedPair:
                // The reader reports these with their own positions; this is a last guard.
                (
                    "matrix-items",
                    "the items are not a list of \(n) distinct names", "موردها فهرستی از \(n) نام متمایز نیستند",
                    "list each item once", "هر مورد را یک بار بنویسید", document.itemsLocation
                )
            }
        return .error(
            rule, at: FieldOrigin(file: document.file), location: location, en: en, fa: fa, fixEn: fixEn,
            fixFa: fixFa)
    }
}
