import ArgumentParser
import Foundation
import Localization
import Scoring
import WorkspaceFiles

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CRMKit.Weights {
    struct Elicit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "elicit",
            abstract: "Ask the pairwise judgments one by one at the terminal and write the matrix file.",
            discussion: """
                Asks each of the n(n−1)/2 pairs of --items once — the first item against each later one — in the \
                chosen language. Answer with Saaty's scale: 3 means the first item of the pair matters 3 times \
                more, 1/3 that the second does, 1 that they are equal; or name the item that matters more, as in \
                "cost 5". Persian digits are fine. As soon as every item is linked to the others by the answers \
                given, the running consistency ratio is shown after each answer (with the judgment most out of \
                line when it passes 0.10), so a judgment can be reconsidered on the spot.

                At the prompt: :skip leaves the pair without a judgment (it is completed later, as long as the \
                items stay connected), :back asks the previous pair again, :help shows the scale, :quit (or \
                Ctrl-D) stops without writing anything.

                At the end the matrix is written atomically to --out (or to standard output) in the format \
                `crmkit weights ahp` reads, and the weights are shown. Without a terminal the command refuses \
                rather than wait for answers that cannot come; write the file by hand instead (see \
                `crmkit weights ahp --help`).

                Examples:
                  crmkit weights elicit --items functional,technical,cost --out criteria.yaml
                  crmkit weights elicit --items "کارکردی,فنی,هزینه" --lang fa --out c.yaml

                Exit status: 0 when the matrix was written; 1 when the session was quit (nothing written) or the \
                file cannot be written; 2 when standard input is not a terminal; 64 when --items is not a list of \
                2 to 15 distinct names.

                مقایسه‌های زوجی را یکی‌یکی در پایانه می‌پرسد، نسبت سازگاری را همان‌جا نشان می‌دهد و در پایان فایل ماتریس را می‌نویسد.
                """)

        @Option(help: "The items to compare, separated by commas (2 to 15).")
        var items: String

        @Option(help: "Write the matrix to this file (default: standard output).", completion: .file(extensions: ["yaml"]))
        var out: String?

        @Option(help: "eigenvector (running CR) or geometric (running GCI).")
        var method: PriorityMethod = .eigenvector

        @Option(help: "The random-index table for the running CR (see `crmkit weights ahp --help`).")
        var randomIndex: RandomIndexTable = .saaty1980

        @Option(help: "Language of the questions: fa or en.")
        var lang: Language = .en

        func run() async throws {
            let fa = lang == .fa
            let names = items.split(whereSeparator: { $0 == "," || $0 == "،" }).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard (2...randomIndex.maximumCount).contains(names.count), !names.contains(where: \.isEmpty),
                Set(names).count == names.count
            else {
                Console.error(
                    fa
                        ? "--items باید ۲ تا \(ScoreText.integer(randomIndex.maximumCount, lang)) نام متمایز باشد که با ویرگول جدا شده‌اند، مثلاً --items functional,technical,cost"
                        : "--items must be 2 to \(randomIndex.maximumCount) distinct names separated by commas, e.g. --items functional,technical,cost"
                )
                throw ExitCode.validationFailure
            }
            guard isatty(STDIN_FILENO) == 1 else {
                Console.error(
                    fa
                        ? "ورودی پایانه نیست و کسی نیست که به مقایسه‌ها پاسخ دهد؛ crmkit weights elicit را در پایانه اجرا کنید یا فایل ماتریس را با دست بنویسید (crmkit weights ahp --help)."
                        : "standard input is not a terminal, so nobody can answer the comparisons; run crmkit weights elicit in a terminal, or write the matrix file by hand (see crmkit weights ahp --help)."
                )
                throw ExitCode(2)
            }
            let options = AHPOptions(method: method, randomIndex: randomIndex)
            var session = PairwiseElicitation(items: names, options: options, language: lang)
            guard let rows = session.run() else {
                Console.error(fa ? "چیزی نوشته نشد." : "Nothing was written.")
                throw ExitCode(1)
            }
            let matrix = try PairwiseMatrix(items: names, entries: rows)
            let result = try PairwiseInput.analyze(matrix, options: options, document: nil, language: lang)
            let cells = rows.map { $0.map { $0.map(PairwiseElicitation.exactText) } }
            let text = PairwiseDocument.yaml(
                items: names, cells: cells, comment: "elicited with crmkit weights elicit; ~ marks a pair left without a judgment"
            )
            try WorkspaceAccess.write(text, to: out, language: lang)
            let summary = AHPOutput(result: result, language: lang, source: out).table
            // The result goes to standard output, unless the matrix itself went there.
            if out == nil { Console.error(summary) } else { Console.out(summary) }
        }
    }
}

/// The questions of `crmkit weights elicit`: each pair once, on standard error, answers from standard input.
struct PairwiseElicitation {
    let items: [String]
    let options: AHPOptions
    let language: Language
    let pairs: [(Int, Int)]
    /// The answer for each pair (row over column), `nil` when not given.
    var answers: [Double?]

    init(items: [String], options: AHPOptions, language: Language) {
        self.items = items
        self.options = options
        self.language = language
        pairs = items.indices.flatMap { i in ((i + 1)..<items.count).map { (i, $0) } }
        answers = Array(repeating: nil, count: pairs.count)
    }

    private var fa: Bool { language == .fa }
    private func say(_ text: String) { Console.error(text) }
    private func digits(_ n: Int) -> String { ScoreText.integer(n, language) }

    /// The full matrix of answers, or `nil` when the person quit.
    mutating func run() -> [[Double?]]? {
        say(
            fa
                ? "مقایسه زوجی \(digits(items.count)) مورد: \(digits(pairs.count)) قضاوت."
                : "Pairwise comparison of \(items.count) items: \(pairs.count) judgments.")
        help()
        var order = Array(pairs.indices)
        var position = 0
        while true {
            if position == order.count {
                let groups = components()
                if groups.count == 1 { break }
                let names = groups.map { "{" + $0.map { items[$0] }.joined(separator: fa ? "، " : ", ") + "}" }
                say(
                    fa
                        ? "این گروه‌ها هرگز با هم مقایسه نشدند: \(names.joined(separator: " و "))؛ دست‌کم به یکی از زوج‌های ردشده میان آن‌ها پاسخ دهید."
                        : "These groups were never compared with each other: \(names.joined(separator: " and ")); answer at least one of the skipped pairs between them."
                )
                let group = Dictionary(
                    uniqueKeysWithValues: groups.enumerated().flatMap { index, members in members.map { ($0, index) } })
                order = pairs.indices.filter { answers[$0] == nil && group[pairs[$0].0] != group[pairs[$0].1] }
                position = 0
                continue
            }
            let k = order[position]
            let (i, j) = pairs[k]
            let counter = "[\(digits(k + 1))/\(digits(pairs.count))]"
            say(fa ? "\n\(counter) \(items[i]) یا \(items[j])؟" : "\n\(counter) \(items[i]) or \(items[j])?")
            if let previous = answers[k] {
                say(
                    fa
                        ? "  پاسخ پیشین: \(describe(previous, i, j)) (Enter: همان)"
                        : "  was: \(describe(previous, i, j)) (Enter keeps it)")
            }
            guard let line = read() else { return nil }
            switch Self.parse(line, first: items[i], second: items[j]) {
            case .quit: return nil
            case .help: help()
            case .back:
                if position > 0 { position -= 1 } else { say(fa ? "  این نخستین زوج است." : "  This is the first pair.") }
            case .skip:
                answers[k] = nil
                position += 1
            case .empty:
                if answers[k] != nil {
                    position += 1
                } else {
                    say(
                        fa
                            ? "  عددی از ۱ تا ۹، «نام عدد» یا :skip بنویسید."
                            : "  Type a number from 1 to 9, \"NAME NUMBER\", or :skip.")
                }
            case .invalid:
                say(
                    fa
                        ? "✘ «\(line)» پاسخ نیست؛ مثلاً 3 (\(items[i]) سه برابر مهم‌تر)، 1/3 یا «\(items[j]) 3» (\(items[j]) سه برابر مهم‌تر)، 1 (هم‌اندازه)."
                        : "✘ \"\(line)\" is not an answer; e.g. 3 (\(items[i]) matters 3 times more), 1/3 or \"\(items[j]) 3\" (\(items[j]) does), 1 (equal)."
                )
            case .outOfScale(let value):
                say(
                    fa
                        ? "✘ \(PersianDigits.toPersian(SaatyScale.text(value))) بیرون از مقیاس ۱/۹ تا ۹ است؛ برای «بی‌نهایت مهم‌تر» ۹ بنویسید."
                        : "✘ \(SaatyScale.text(value)) is outside the scale 1/9…9; for \"extremely more important\" write 9.")
            case .value(let value):
                answers[k] = value
                position += 1
                say("  " + describe(value, i, j))
                if let running = running() { say("  " + running) }
            }
        }
        var rows = [[Double?]](repeating: [Double?](repeating: nil, count: items.count), count: items.count)
        for (k, (i, j)) in pairs.enumerated() {
            rows[i][i] = 1
            rows[j][j] = 1
            guard let value = answers[k] else { continue }
            rows[i][j] = value
            rows[j][i] = 1 / value
        }
        return rows
    }

    private func help() {
        if fa {
            say(
                """
                بگویید کدام یک از دو مورد مهم‌تر است و چقدر: ۱ هم‌اندازه، ۳ کمی، ۵ بسیار، ۷ خیلی بسیار، ۹ بی‌نهایت مهم‌تر (۲، ۴، ۶، ۸ میان آن‌ها).
                  ۳ یا «نامِ مورد اول ۳»: مورد اول سه برابر مهم‌تر است؛ 1/3 یا «نامِ مورد دوم ۳»: مورد دوم.
                  :skip بدون قضاوت · :back زوج پیشین · :help همین راهنما · :quit خروج بدون نوشتن
                """)
        } else {
            say(
                """
                Say which of the two matters more and how much: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely (2, 4, 6, 8 between).
                  3 or "FIRST 3": the first item matters 3 times more; 1/3 or "SECOND 3": the second does.
                  :skip leaves the pair without a judgment · :back the previous pair · :help this again · :quit stop without writing
                """)
        }
    }

    /// "functional over technical: 3" (or the other way round when the second matters more).
    private func describe(_ value: Double, _ i: Int, _ j: Int) -> String {
        let (winner, loser, times) = value >= 1 ? (items[i], items[j], value) : (items[j], items[i], 1 / value)
        let shown = PersianDigits.digits(SaatyScale.text(times), for: language)
        if abs(times - 1) < 1e-12 {
            return fa ? "\(items[i]) و \(items[j]) هم‌اندازه‌اند" : "\(items[i]) and \(items[j]) are equal"
        }
        return fa ? "\(winner) \(shown) برابر مهم‌تر از \(loser)" : "\(winner) matters \(shown) times more than \(loser)"
    }

    /// The items linked by the answers so far, as groups of indices.
    private func components() -> [[Int]] {
        guard let matrix = try? PairwiseMatrix(items: items, entries: partialRows()) else { return [Array(items.indices)] }
        return PairwiseCompletion.components(matrix)
    }

    private func partialRows() -> [[Double?]] {
        var rows = [[Double?]](repeating: [Double?](repeating: nil, count: items.count), count: items.count)
        for (k, (i, j)) in pairs.enumerated() {
            if let value = answers[k] { rows[i][j] = value }
        }
        return rows
    }

    /// "CR so far 0.032 ✔ (≤ 0.10)", once the answers link every item and there are three or more.
    private func running() -> String? {
        guard items.count > 2, let matrix = try? PairwiseMatrix(items: items, entries: partialRows()),
            let result = try? AHP.analyze(matrix, options: options)
        else { return nil }
        let geometric = options.method == .geometric
        let measure = geometric ? "GCI" : "CR"
        let value = geometric ? result.geometricConsistencyIndex : result.consistencyRatio
        let limit = geometric ? result.geometricThreshold : options.threshold
        let shown =
            "\(ScoreText.decimal(value, 3, language)) \(result.isConsistent ? "✔" : "✘") (\(result.isConsistent ? "≤" : ">") \(ScoreText.decimal(limit, 2, language)))"
        var line = fa ? "\(measure) تا این‌جا: \(shown)" : "\(measure) so far: \(shown)"
        if let worst = result.worstJudgments.first {
            let (i, j) = (worst.row, worst.column)
            let said = PersianDigits.digits(SaatyScale.text(worst.current), for: language)
            let implied = ScoreText.decimal(worst.implied, 2, language)
            line +=
                fa
                ? " — ناهمخوان‌ترین: \(items[i]) نسبت به \(items[j]) (گفتید \(said)؛ وزن‌ها \(implied) را نشان می‌دهند)"
                : " — most out of line: \(items[i]) over \(items[j]) (you said \(SaatyScale.text(worst.current)); the weights imply \(implied))"
        }
        return line
    }

    func read() -> String? {
        FileHandle.standardError.write(Data("> ".utf8))
        guard let line = readLine(strippingNewline: true) else {
            say("")
            return nil
        }
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// A judgment for the file, read back to the same number (to rounding): `3`, `1/3`, `2.5`, `1/1.13`. The side
    /// of the pair that is at least 1 is written as a number, the other as `1/` that number, so the two sides stay
    /// reciprocal whatever was typed.
    static func exactText(_ value: Double) -> String {
        let large = max(value, 1 / value)
        let text =
            [SaatyScale.text(large), String(format: "%.6g", large)].first {
                Double($0).map { abs($0 - large) <= 1e-12 * large } ?? false
            } ?? "\(large)"
        return value >= 1 ? text : "1/" + text
    }

    enum Answer: Equatable {
        case value(Double)
        case outOfScale(Double)
        case skip, back, quit, help, empty, invalid
    }

    /// An answer for the pair `first` – `second`: `3`, `1/3`, `"second 3"`, `"3 second"` (Latin or Persian digits;
    /// an item may be named by a prefix that fits only one of the two), or a command.
    static func parse(_ raw: String, first: String, second: String) -> Answer {
        let line = PersianDigits.toLatin(raw).trimmingCharacters(in: .whitespaces)
        switch line.lowercased() {
        case "": return .empty
        case ":q", ":quit", ":exit": return .quit
        case ":b", ":back", "<": return .back
        case ":s", ":skip": return .skip
        case ":h", ":help", "?": return .help
        default: break
        }
        func number(_ text: String) -> Double? {
            let parts = text.replacingOccurrences(of: "÷", with: "/").split(separator: "/", omittingEmptySubsequences: false)
            let values = parts.compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard values.count == parts.count, values.allSatisfy(\.isFinite) else { return nil }
            if values.count == 1 { return values[0] }
            if values.count == 2, values[1] != 0 { return values[0] / values[1] }
            return nil
        }
        func checked(_ value: Double) -> Answer {
            guard value > 0 else { return .invalid }
            return value <= 9 + 1e-9 && value >= 1 / 9 - 1e-9 ? .value(value) : .outOfScale(value)
        }
        if let value = number(line) { return checked(value) }
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2 else { return .invalid }
        let (name, times): (String, Double)
        if let value = number(words[words.count - 1]) {
            (name, times) = (words.dropLast().joined(separator: " "), value)
        } else if let value = number(words[0]) {
            (name, times) = (words.dropFirst().joined(separator: " "), value)
        } else {
            return .invalid
        }
        let key = name.lowercased()
        let matchesFirst = first.lowercased() == key || first.lowercased().hasPrefix(key)
        let matchesSecond = second.lowercased() == key || second.lowercased().hasPrefix(key)
        switch (matchesFirst, matchesSecond) {
        case (true, false): return checked(times)
        case (false, true): return times > 0 ? checked(1 / times) : .invalid
        case (true, true) where first.lowercased() == key: return checked(times)
        case (true, true) where second.lowercased() == key: return times > 0 ? checked(1 / times) : .invalid
        default: return .invalid
        }
    }
}
