import ArgumentParser
import Foundation
import Localization
import SelectionWorkshop
import WorkspaceFiles

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CRMKit {
    struct Workshop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Walk the team through the six selection steps, question by question.",
            discussion: """
                Shows where the team stands, then asks every question not asked before whose field is still \
                empty, in the workspace language, with its help text, choices and default. Each answer is \
                checked against the workspace rules on the spot (a refused answer is asked again, with the \
                reason) and saved at once, atomically: quit at any moment and run the command again to carry on \
                where the walk stopped (the questions asked are kept in .crmkit/workshop.yaml). --revisit asks \
                everything again, with the current answers as defaults, to change answers or add records.

                At the prompt: Enter takes the default (or skips when there is none), :skip skips, :back goes to \
                the previous question, :help shows the help again, :quit (or Ctrl-D) stops. Lists take items \
                separated by commas; choices take their value, their number or their label.

                --answers FILE runs the same walk from a YAML file of answers, for scripted and repeatable \
                workshops (format: docs/workspace-format.md, example: docs/workshop-answers.example.yaml; \
                --keys shows each question's key). Without a terminal and without --answers the command \
                refuses rather than wait for input that cannot come.

                Exit status: 0 when the walk ended or was quit, 1 when an answers file held a refused or \
                unknown answer (nothing after it is written), 2 when the folder is not a workspace or there is \
                no terminal.

                کارگاه شش‌گامی را پرسش به پرسش پیش می‌برد؛ هر پاسخ بی‌درنگ ذخیره می‌شود و اجرای دوباره از همان‌جا ادامه می‌دهد.

                Examples:
                  crmkit workshop sepehr-crm
                  crmkit workshop sepehr-crm --step 2
                  crmkit workshop sepehr-crm --answers answers.yaml
                """)

        @OptionGroup var workspace: WorkspaceOptions

        @Option(help: "Walk only this step (1–6).")
        var step: Int?

        @OptionGroup var walk: WalkOptions

        func run() async throws {
            if let step, !(1...6).contains(step) {
                let language = walk.lang ?? (try? WorkspaceAccess.load(workspace.directory, lang: nil).1) ?? .en
                Console.error(
                    language == .fa ? "--step باید عددی از ۱ تا ۶ باشد" : "--step must be between 1 and 6")
                throw ExitCode.validationFailure
            }
            try WorkshopSession(
                folder: workspace.directory, options: walk,
                command: "crmkit workshop \(workspace.directory)\(step.map { " --step \($0)" } ?? "")"
            ).run(scope: .steps(step.map { [$0] } ?? Array(1...6)))
        }
    }
}

/// The options of every walk (`workshop`, `interview`, `score`).
struct WalkOptions: ParsableArguments {
    @Option(help: "Take the answers from this YAML file instead of the keyboard.", completion: .file())
    var answers: String?

    @Flag(help: "Show each question's key in an answers file (to write one for --answers).")
    var keys = false

    @Flag(help: "Ask every question again, answered or skipped, with its answer as the default.")
    var revisit = false

    @Option(help: "table for people, json for scripts (the summary at the end).")
    var format: OutputFormat = .table

    @Option(help: "Language of the questions: fa or en (default: the workspace language).")
    var lang: Language?
}

/// What `workshop`, `interview` and `score` share: a walk over part of the questionnaires, answered at a
/// terminal or from an answers file, and a summary at the end.
struct WorkshopSession {
    var folder: String
    var lang: Language?
    var answers: String?
    var keys: Bool
    var revisit: Bool = false
    var format: OutputFormat
    /// How to run the same command again, for the "to carry on" hint.
    var command: String

    init(folder: String, options: WalkOptions, command: String) {
        self.folder = folder
        self.lang = options.lang
        self.answers = options.answers
        self.keys = options.keys
        self.revisit = options.revisit
        self.format = options.format
        self.command = command
    }

    func run(scope: WorkshopWalk.Scope, check: (LoadedWorkspace, Language) throws -> Void = { _, _ in }) throws {
        let (loaded, language) = try WorkspaceAccess.load(folder, lang: lang)
        try check(loaded, language)
        let directory = loaded.directory
        guard answers != nil || isatty(STDIN_FILENO) == 1 else {
            Console.error(
                language == .fa
                    ? "ورودی پایانه نیست و کسی نیست که به پرسش‌ها پاسخ دهد؛ \(command) را در پایانه اجرا کنید یا پاسخ‌ها را با --answers FILE بدهید."
                    : "standard input is not a terminal, so nobody can answer the questions; run \(command) in a terminal, or give the answers with --answers FILE."
            )
            throw ExitCode(2)
        }
        let questionnaires: [Questionnaire]
        do {
            questionnaires = try BundledTemplates.questionnaires()
        } catch {
            Console.error(error.description(in: language))
            throw ExitCode(2)
        }
        if let problem = WorkshopJournal.problem(in: directory, shownAs: folder) {
            Console.error(problem.description(in: language))
            throw ExitCode(1)
        }
        let walk = WorkshopWalk(directory: directory, scope: scope, questionnaires: questionnaires, language: language)
        var runner = WorkshopRunner(walk: walk, revisit: revisit)
        let outcome: WorkshopRunner.Outcome
        if let answers {
            var file: WorkshopAnswersFile
            do {
                file = try WorkshopAnswersFile(contentsOf: URL(fileURLWithPath: answers))
            } catch {
                Console.error(error.description(in: language))
                throw ExitCode(1)
            }
            let unknown = file.unknownQuestionIDs(known: WorkshopWalk.answerNames(questionnaires))
            guard unknown.isEmpty else {
                Console.error(WorkshopAnswersFile.Failure.unknownQuestions(file: answers, unknown).description(in: language))
                throw ExitCode(1)
            }
            // A progress line on a terminal only; scripts and logs get nothing but the result.
            let showProgress = isatty(STDERR_FILENO) == 1
            if showProgress {
                file.progress = { number, total in
                    FileHandle.standardError.write(Data("\r\u{1B}[K[\(number)/\(total)]".utf8))
                }
            }
            outcome = runner.run(with: &file, maximumRefusals: 1)
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            if case .refused(let key, let problem) = outcome {
                let failure = WorkshopAnswersFile.Failure.refused(
                    file: answers, location: file.location(of: key), key: key.joined(separator: " › "), problem: problem)
                Console.error(failure.description(in: language))
                throw ExitCode(1)
            }
            for (key, location, kept) in file.ignored(by: runner) {
                let place = "\(answers):\(location.line):\(location.column)"
                let message: String =
                    switch (language, kept.isEmpty) {
                    case (.fa, false):
                        "\(place): هشدار: پاسخ \(key) به کار نرفت، چون این پرسش پیش‌تر پاسخ گرفته است (مقدار فعلی: «\(kept)»)؛ برای تغییرش --revisit بدهید"
                    case (.fa, true):
                        "\(place): هشدار: پاسخ \(key) به کار نرفت، چون این پرسش پیش‌تر رد شده است؛ برای پاسخ دادن به آن --revisit بدهید"
                    case (_, false):
                        "\(place): warning: the answer \(key) was not used because the question was answered before (it keeps \"\(kept)\"); give --revisit to change it"
                    case (_, true):
                        "\(place): warning: the answer \(key) was not used because the question was skipped before; give --revisit to answer it"
                    }
                Console.error(message)
            }
            let unused = file.unused(seen: runner.seenKeys, in: scope)
            if !unused.isEmpty {
                Console.error(WorkshopAnswersFile.Failure.unused(file: answers, unused).description(in: language))
                throw ExitCode(1)
            }
        } else {
            var terminal = TerminalResponder(language: language, color: Terminal.colorAllowed, showKeys: keys)
            if case .steps = scope { terminal.greet(WorkshopProgress(loaded.workspace), directory: folder) }
            outcome = runner.run(with: &terminal)
            terminal.finish()
        }
        try summarize(outcome, directory: directory, language: language)
    }

    private func summarize(_ outcome: WorkshopRunner.Outcome, directory: URL, language: Language) throws {
        let fa = language == .fa
        let progress = (try? WorkspaceLoader.load(from: directory)).map { WorkshopProgress($0.workspace) }
        let answered: Int
        let finished: Bool
        switch outcome {
        case .finished(let count): (answered, finished) = (count, true)
        case .quit(let count): (answered, finished) = (count, false)
        case .refused: (answered, finished) = (0, false)
        }
        switch format {
        case .json:
            struct Summary: Encodable {
                var finished: Bool
                var answered: Int
                var completedSteps: [Int]
            }
            Console.out(
                try Console.jsonText(
                    Summary(
                        finished: finished, answered: answered,
                        completedSteps: progress?.steps.filter(\.isComplete).map(\.step) ?? [])))
        case .table:
            let digits = { (n: Int) in PersianDigits.digits(String(n), for: language) }
            let complete = progress?.completedSteps ?? 0
            var line =
                fa
                ? "\(digits(answered)) پاسخ ذخیره شد؛ \(digits(complete)) گام از ۶ کامل است."
                : "\(answered) answer\(answered == 1 ? "" : "s") saved; \(complete) of 6 steps complete."
            if !finished {
                let again = command + (revisit ? " --revisit" : "")
                line += fa ? " برای ادامه: \(again)" : " To carry on: \(again)"
            }
            Console.out(line)
        }
    }
}

/// The person at the keyboard: each question with its help, choices and default on standard error, the
/// answer read from standard input one line at a time.
struct TerminalResponder: WorkshopResponder {
    let language: Language
    let color: Bool
    let showKeys: Bool
    var lastEvaluator: String?
    var lastContext: String?

    init(language: Language, color: Bool, showKeys: Bool) {
        self.language = language
        self.color = color
        self.showKeys = showKeys
    }

    func say(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    func style(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Clears the last evaluator's scores off the screen when the walk ends.
    func finish() {
        if lastEvaluator != nil { clearScreen() }
    }

    func greet(_ progress: WorkshopProgress, directory: String) {
        let fa = language == .fa
        let digits = { (n: Int) in PersianDigits.digits(String(n), for: language) }
        say(
            style(
                fa ? "کارگاه انتخاب CRM — \(directory)" : "CRM selection workshop — \(directory)", "1"))
        for step in progress.steps {
            say("  \(step.isComplete ? "✔" : "·") \(digits(step.step)) \(step.title.text(in: language))")
        }
        say(
            style(
                fa
                    ? "Enter: پیش‌فرض · :skip رد کردن · :back بازگشت · :help راهنما · :quit خروج (پاسخ‌ها ذخیره شده‌اند)"
                    : "Enter: default · :skip · :back · :help · :quit (every answer is already saved)", "2"))
    }

    mutating func show(_ text: LocalizedText, step: Int?) {
        // A new step after score sheets: clear the last evaluator's scores before the step's title.
        if step != nil, lastEvaluator != nil {
            clearScreen()
            lastEvaluator = nil
        }
        let shown = text.text(in: language)
        guard !shown.isEmpty else { return }
        if step != nil {
            say("\n" + style("━━ \(shown) ━━", "1;36"))
        } else {
            say(style(shown, "2"))
        }
    }

    mutating func respond(to slot: WorkshopSlot, number: Int, of total: Int, problem: LocalizedText?) -> WorkshopResponse {
        let language = self.language
        let fa = language == .fa
        let digits = { (n: Int) in PersianDigits.digits(String(n), for: language) }
        if let problem { say(style("✘ " + problem.text(in: language), "31")) }
        if slot.evaluator != lastEvaluator {
            // Scores are private: the screen is cleared when the keyboard changes hands, so nobody scrolls
            // back to another evaluator's scores.
            if lastEvaluator != nil { clearScreen() }
            lastEvaluator = slot.evaluator
            if let evaluator = slot.evaluator {
                say(
                    style(
                        fa
                            ? "\nصفحه‌کلید را به ارزیاب «\(evaluator)» بدهید؛ امتیاز ارزیابان دیگر نشان داده نمی‌شود. هر گاه آماده بود، Enter را بزند."
                            : "\nHand the keyboard to evaluator \(evaluator); other evaluators' scores are not shown. Press Enter when ready.",
                        "1;33"))
                guard let line = read() else { return .quit }
                if let command = Self.command(line), command != .skip { return command }
                clearScreen()
            }
        }
        let context = slot.context?.text(in: language)
        let counter = "[\(digits(number))/\(digits(total))]"
        switch slot.kind {
        case .another(let group, let count):
            let noun = context ?? group
            let question =
                count == 0
                ? (fa ? "\(noun) ثبت شود؟ [ب/خ]" : "Add \(Self.article(noun)) \(noun)? [y/n]")
                : (fa ? "\(noun) دیگری هم هست؟ (\(digits(count)) ثبت شده) [ب/خ]" : "Add another \(noun)? (\(count) so far) [y/n]")
            say("\n\(style(counter, "2")) \(style(question, "1"))")
            if showKeys { say(style("  key: " + slot.answerKey.joined(separator: " › "), "2")) }
            guard let line = read() else { return .quit }
            if let command = Self.command(line) { return command == .skip ? .answer(.text("no")) : command }
            return .answer(.text(line.isEmpty ? "no" : line))
        case .question(let question):
            if problem == nil {
                if let context, context != lastContext { say("\n" + style(context, "36")) }
                lastContext = context
                say("\n\(style(counter, "2")) \(style(question.text.text(in: language), "1"))\(question.required ? " *" : "")")
                if showKeys { say(style("  key: " + slot.answerKey.joined(separator: " › "), "2")) }
                let help = question.help.text(in: language)
                if !help.isEmpty { say(style("  " + help, "2")) }
                // A scale's levels are picked by their value (0–5); other choices by number, value or label.
                let byValue = question.type == .number
                for (index, choice) in question.choices.enumerated() {
                    let pick = byValue ? PersianDigits.digits(choice.value, for: language) : digits(index + 1)
                    say("  \(pick)) \(choice.label.text(in: language))\(byValue ? "" : "  [\(choice.value)]")")
                }
                if !slot.people.isEmpty {
                    let names = slot.people.map { "\($0.value) (\($0.label.text(in: language)))" }
                    say(style((fa ? "  افراد: " : "  people: ") + names.joined(separator: fa ? "، " : ", "), "2"))
                }
            }
            var shownDefault = (Self.text(slot.current) ?? question.defaultAnswer).flatMap { $0.isEmpty ? nil : $0 }
            if question.type == .yesNo, let flag = shownDefault.map({ WorkshopRunner.yesNo(.text($0)) }) ?? nil {
                shownDefault = flag ? (fa ? "ب" : "y") : (fa ? "خ" : "n")
            }
            if question.type == .yesNo, problem == nil { say(style(fa ? "  [ب/خ]" : "  [y/n]", "2")) }
            if let shownDefault {
                say(style(fa ? "  پیش‌فرض: \(shownDefault)" : "  default: \(shownDefault)", "2"))
            }
            while true {
                guard let line = read() else { return .quit }
                if line == ":help" || line == "?" {
                    say(style("  " + question.help.text(in: language), "2"))
                    continue
                }
                if let command = Self.command(line) { return command }
                if line.isEmpty {
                    if let shownDefault { return .answer(.text(shownDefault)) }
                    return .skip
                }
                return .answer(.text(line))
            }
        }
    }

    /// "a" or "an" before an English noun.
    static func article(_ noun: String) -> String {
        guard let first = noun.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }

    /// Clears the screen and its scroll-back, on a terminal only.
    func clearScreen() {
        guard isatty(STDERR_FILENO) == 1 else { return }
        FileHandle.standardError.write(Data("\u{1B}[H\u{1B}[2J\u{1B}[3J".utf8))
    }

    static func command(_ line: String) -> WorkshopResponse? {
        switch line {
        case ":q", ":quit", ":exit": .quit
        case ":b", ":back", "<": .back
        case ":s", ":skip": .skip
        default: nil
        }
    }

    static func text(_ value: YAMLValue?) -> String? {
        switch value {
        case .text(let text), .number(let text): text
        case .flag(let flag): flag ? "yes" : "no"
        case .list(let items): items.compactMap { text($0) }.joined(separator: ", ")
        default: nil
        }
    }

    func read() -> String? {
        FileHandle.standardError.write(Data("> ".utf8))
        guard let line = readLine(strippingNewline: true) else {
            say("")
            return nil
        }
        return line.trimmingCharacters(in: .whitespaces)
    }
}

enum Terminal {
    /// Colours only on a terminal, and never when NO_COLOR is set.
    static var colorAllowed: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}
