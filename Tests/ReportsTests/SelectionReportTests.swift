import Foundation
import Localization
import ProcessCatalog
import Reports
import SelectionWorkshop
import Testing
import WorkspaceFiles

/// The example workspace of docs/, as the selection report reads it.
enum ExampleWorkspace {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/example-workspace", isDirectory: true)

    static func workspace() throws -> Workspace {
        let loaded = try WorkspaceLoader.load(from: folder)
        try #require(loaded.diagnostics.allSatisfy { $0.severity != .error }, "the example workspace reads cleanly")
        return loaded.workspace
    }

    /// Read once for every test: the bundled files do not change during a run.
    static let questionnaires = Result { try BundledTemplates.questionnaires() }
    static let catalog = Result { try BundledCatalog.load() }

    /// The report of `workspace` (the example's by default) in `language`, with the bundled questionnaires and
    /// APQC names, and a fixed date.
    static func report(_ language: Language, workspace: Workspace? = nil) throws -> SelectionReport {
        let workspace = try workspace ?? self.workspace()
        let catalog = try catalog.get()
        var names: [String: LocalizedText] = [:]
        for reference in workspace.charters.compactMap(\.charter.apqcProcess)
            + (workspace.project?.currentProcesses.compactMap(\.apqc) ?? [])
        {
            names[reference] = catalog.element(reference: reference)?.name
        }
        return SelectionReport(
            workspace: workspace, analysis: ScorecardAnalysis(workspace), language: language,
            context: SelectionReport.Context(
                questionnaires: try questionnaires.get(), apqcNames: names,
                date: try LocalDate(year: 1405, month: 9, day: 20, kind: .jalali)))
    }
}

@Suite("The selection report")
struct SelectionReportTests {
    static let headings: [Language: [String]] = [
        .en: [
            "Goals and current processes", "Stakeholders", "Consultant", "Shortlist and knock-outs", "Vendor interviews",
            "Scorecard", "Costs", "Sensitivity", "Recommendation", "Implementation plan", "Process charters",
        ],
        .fa: [
            "اهداف و فرآیندهای کنونی", "ذی‌نفعان", "مشاور", "فهرست کوتاه و حذف‌ها", "مصاحبه با تأمین‌کنندگان", "کارت امتیاز",
            "هزینه‌ها", "حساسیت", "پیشنهاد", "برنامه پیاده‌سازی", "شناسنامه‌های فرآیند",
        ],
    ]

    /// Parts every report must name, in each language: the sub-headings the steering committee looks for.
    static let parts: [Language: [String]] = [
        .en: [
            "The six diagnostic questions", "Intangible benefits", "Interviews with system customers", "Why vendors are out",
            "Costs quoted", "Requirements covered, by priority", "AHP consistency", "Evaluators", "Leaving one evaluator out",
            "Value for money", "Budget", "Training by computer skill", "Tests before launch", "Data migration",
            "Evaluation checkpoints",
        ],
        .fa: [
            "شش پرسش تشخیصی", "فایده‌های غیرملموس", "مصاحبه با مشتریان سیستم", "چرا کنار گذاشته شدند", "هزینه‌های اعلام‌شده",
            "پوشش نیازمندی‌ها بر پایه اولویت", "سازگاری AHP", "ارزیابان", "کنار گذاشتن یک ارزیاب", "ارزش در برابر هزینه",
            "بودجه", "آموزش بر پایه مهارت رایانه", "آزمون‌های پیش از راه‌اندازی", "انتقال داده‌ها", "نقطه‌های ارزیابی",
        ],
    ]

    @Test("every section is there, numbered and in order, in Markdown and HTML", arguments: Language.allCases)
    func sections(_ language: Language) throws {
        let report = try ExampleWorkspace.report(language)
        let markdown = report.markdown
        let html = report.html
        let headings = try #require(Self.headings[language])
        var previous = markdown.startIndex
        for (index, heading) in headings.enumerated() {
            let number = PersianDigits.digits(String(index + 1), for: language)
            let line = "## \(number). \(heading)\n"
            let found = try #require(markdown.range(of: line), "no \(line) in the \(language) Markdown")
            #expect(found.lowerBound > previous, "\(heading) is out of order")
            previous = found.lowerBound
            #expect(html.contains("<h2>\(number). \(heading)</h2>"), "no \(heading) heading in the \(language) HTML")
        }
        for part in try #require(Self.parts[language]) {
            #expect(markdown.contains(part), "no \(part) in the \(language) Markdown")
            #expect(html.contains(part), "no \(part) in the \(language) HTML")
        }
        // Eleven sections, eleven page breaks when printed; every one reachable from the contents.
        #expect(html.components(separatedBy: "<section class=\"major\"").count == 12)
        for id in [
            "goals", "stakeholders", "consultant", "shortlist", "interviews", "scorecard", "costs", "sensitivity",
            "recommendation", "plan", "charters",
        ] {
            #expect(html.contains("<a href=\"#\(id)\">") && html.contains("id=\"\(id)\""), "\(id) is not linked")
        }
    }

    @Test("the recommended vendor is named, with how robust the choice is")
    func recommendation() throws {
        let english = try ExampleWorkspace.report(.en)
        // The workspace names its vendors in Persian only: in English the name is isolated as right-to-left text.
        let nilgoon = "\u{2067}نیلگون‌افزار\u{2069}"
        #expect(english.html.contains("<p class=\"verdict\">Recommended: <strong>\(nilgoon)</strong> — a robust choice.</p>"))
        #expect(english.markdown.contains("Recommended: **\(nilgoon)** — a robust choice."))
        #expect(english.markdown.contains("✓ TOPSIS ranks \(nilgoon) first too."))
        #expect(english.html.contains("<tr class=\"recommended\"><td class=\"num\">1</td><td>\(nilgoon)</td>"))

        let persian = try ExampleWorkspace.report(.fa)
        #expect(persian.html.contains("<p class=\"verdict\">پیشنهاد: <strong>نیلگون‌افزار</strong> — انتخابی پایدار.</p>"))
        #expect(persian.markdown.contains("پیشنهاد: **نیلگون‌افزار** — انتخابی پایدار."))
    }

    /// Nilgoon: benefit 3.96 for a TCO of 63,359,470,000 rials — 0.062 per billion rials, and, beside amounts in
    /// tomans, 0.625 per billion tomans (ten times as many rials).
    @Test("value for money is counted per the unit the report shows amounts in")
    func valueForMoneyUnit() throws {
        let english = try ExampleWorkspace.report(.en).markdown
        #expect(english.contains("| Benefit per billion rials |"))
        #expect(english.contains("| **63,359,470,000 rial** | **0.062** |"))
        let persian = try ExampleWorkspace.report(.fa).markdown
        #expect(persian.contains("| سود به ازای هر میلیارد تومان |"))
        #expect(persian.contains("| **۶٬۳۳۵٬۹۴۷٬۰۰۰ تومان** | **۰٫۶۲۵** |"))
    }

    @Test("knock-outs show their reasons: step 4's checks and step 5's must-haves", arguments: Language.allCases)
    func knockOuts(_ language: Language) throws {
        let report = try ExampleWorkspace.report(language)
        for text in [report.markdown, report.html] {
            // Step 5: abrak claims `none` for the must-have R-013.
            #expect(
                text.contains(language == .fa ? "نیازمندی ضروری R-013 را پوشش نمی‌دهد" : "does not cover must-have R-013"))
            // Step 4: Northwind is out, with the reason the team wrote, and its failed checks.
            #expect(text.contains("به‌دلیل تحریم‌ها در ایران پشتیبانی و فروش ندارد"))
            #expect(text.contains(language == .fa ? "ندارد: telephony، sms" : "missing telephony, sms"))
        }
        #expect(report.html.contains("<tr class=\"out\">"))
        #expect(report.html.contains(language == .fa ? "(حذف‌شده)" : "(knocked out)"), "the totals chart tags abrak")
    }

    @Test("Persian is right to left, English left to right")
    func direction() throws {
        let persian = try ExampleWorkspace.report(.fa).html
        #expect(persian.hasPrefix("<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\">"))
        #expect(persian.contains("direction=\"rtl\""), "the charts are mirrored")
        #expect(persian.contains("list-style-type: persian"))
        let english = try ExampleWorkspace.report(.en).html
        #expect(english.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"))
        #expect(!english.contains("direction=\"rtl\""), "English charts are not mirrored")
    }

    @Test("numbers in Persian digits in Persian, Latin digits in English; dates in the workspace's Jalali calendar")
    func digitsAndDates() throws {
        let persian = try ExampleWorkspace.report(.fa)
        let english = try ExampleWorkspace.report(.en)
        for text in [persian.markdown, persian.html] {
            #expect(text.contains("۳٫۶۳۹"), "nilgoon's total")
            #expect(text.contains("۶٬۳۳۵٬۹۴۷٬۰۰۰ تومان"), "nilgoon's TCO, in tomans")
            #expect(text.contains("۱ بهمن ۱۴۰۵"), "the kick-off")
            #expect(text.contains("۲۰ آذر ۱۴۰۵"), "the report date")
            #expect(text.contains("۱۰٫۵٪"), "the call-center weight")
            #expect(!text.contains("3.639") && !text.contains("63,359,470,000") && !text.contains(" 1405"))
        }
        for text in [english.markdown, english.html] {
            #expect(text.contains("3.639"))
            #expect(text.contains("63,359,470,000 rial"))
            #expect(text.contains("1 Bahman 1405"))
            #expect(text.contains("10.5%"))
            #expect(!text.contains("۳٫۶۳۹") && !text.contains("۱۴۰۵/") && !text.contains("بهمن ۱۴۰۵"))
        }
    }

    @Test("a Gregorian workspace gets Gregorian dates")
    func gregorian() throws {
        var workspace = try ExampleWorkspace.workspace()
        workspace.project?.project.calendar = .gregorian
        let kickoff = try #require(workspace.plan.kickoff?.date)
        let report = try ExampleWorkspace.report(.en, workspace: workspace).markdown
        #expect(report.contains(kickoff.converted(to: .gregorian).formatted(.long, in: .en)))
        #expect(report.contains("January 2027"))
        #expect(!report.contains("Bahman"))
    }

    @Test("an inconsistent AHP matrix is flagged with the judgments to revisit", arguments: Language.allCases)
    func inconsistentMatrix(_ language: Language) throws {
        var workspace = try ExampleWorkspace.workspace()
        // Functional over technical 9 and technical over vendor 9, yet functional over vendor 1/9: a cycle.
        let index = try #require(workspace.scorecard?.pairwise.firstIndex { $0.parent == nil })
        var root = try #require(workspace.scorecard?.pairwise[index])
        root.matrix[0][1] = 9
        root.matrix[1][0] = 1.0 / 9
        root.matrix[1][2] = 9
        root.matrix[2][1] = 1.0 / 9
        root.matrix[0][2] = 1.0 / 9
        root.matrix[2][0] = 9
        workspace.scorecard?.pairwise[index] = root
        let markdown = try ExampleWorkspace.report(language, workspace: workspace).markdown
        #expect(
            markdown.contains(language == .fa ? "ناسازگار — قضاوت‌ها را بازبینی کنید" : "inconsistent — revisit the judgments"))
        #expect(markdown.contains(language == .fa ? "قضاوت‌هایی برای بازبینی" : "Judgments to revisit"))
        #expect(
            markdown.contains(language == .fa ? "امروز ۱/۹" : "now 1/9")
                || markdown.contains(language == .fa ? "امروز ۹" : "now 9"))
    }

    @Test("the HTML page is self-contained and printable on A4; the Markdown has no charts")
    func selfContained() throws {
        for language in Language.allCases {
            let report = try ExampleWorkspace.report(language)
            let html = report.html
            #expect(html.contains("@page { size: A4;"))
            #expect(html.contains("section.major { break-before: page; }"))
            #expect(html.components(separatedBy: "<svg ").count - 1 == 5, "bars, radar, heat map, tornado, cost by year")
            for absent in ["<script", "<link", "<iframe", " src=", "@import", "url(http"] {
                #expect(!html.lowercased().contains(absent), "\(absent) in the \(language) page")
            }
            #expect(!report.markdown.contains("<svg"))
            #expect(!report.markdown.contains("\n\n\n"))
        }
    }

    @Test("hostile text from the workspace is escaped in HTML and Markdown", arguments: Language.allCases)
    func escaping(_ language: Language) throws {
        var workspace = try ExampleWorkspace.workspace()
        let hostile = "<script>alert(\"x\")</script> & <img src=x onerror='y'> | **bold** [link](javascript:z)"
        let index = try #require(workspace.shortlist.vendors.firstIndex { $0.id.rawValue == "nilgoon" })
        workspace.shortlist.vendors[index].name = LocalizedText(fa: hostile, en: hostile)
        workspace.project?.goals[0].text = LocalizedText(fa: hostile, en: hostile)
        workspace.project?.project.name = LocalizedText(fa: hostile, en: hostile)
        let report = try ExampleWorkspace.report(language, workspace: workspace)

        let html = report.html
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=&#39;y&#39;&gt;"))
        #expect(html.contains("<title>\u{2066}&lt;script&gt;") || html.contains("<title>&lt;script&gt;"))

        let markdown = report.markdown
        #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<"), "an unescaped < in the Markdown")
        #expect(
            markdown.contains(
                "\\<script\\>alert(\"x\")\\</script\\> \\& \\<img src=x onerror='y'\\> \\| \\*\\*bold\\*\\* \\[link\\]"))
        // A table row keeps its columns: the escaped pipe does not split the goal's cell.
        let goalRow = try #require(
            markdown.split(separator: "\n").first { $0.hasPrefix("| ") && $0.contains("alert") && $0.contains("onerror") })
        #expect(goalRow.components(separatedBy: " | ").count == 3)
    }

    @Test("an empty workspace still gives every section, each saying what is missing", arguments: Language.allCases)
    func empty(_ language: Language) throws {
        let workspace = Workspace()
        let report = SelectionReport(workspace: workspace, analysis: ScorecardAnalysis(workspace), language: language)
        for heading in try #require(Self.headings[language]) {
            #expect(report.markdown.contains(heading))
            #expect(report.html.contains(heading))
        }
        #expect(
            report.markdown.contains(
                language == .fa ? "هنوز هیچ تأمین‌کننده‌ای را نمی‌توان پیشنهاد کرد." : "No vendor can be recommended yet."))
        #expect(report.html.contains(language == .fa ? "هنوز کارت امتیازی نیست." : "There is no scorecard yet."))
    }

    @Test("amounts: tomans in Persian, rials in English, other currencies with their code")
    func amounts() {
        #expect(SelectionReport.amount(60_000_000_000, currency: "IRR", in: .fa) == "۶٬۰۰۰٬۰۰۰٬۰۰۰ تومان")
        #expect(SelectionReport.amount(60_000_000_000, currency: "IRR", in: .en) == "60,000,000,000 rial")
        #expect(SelectionReport.amount(1250, currency: "USD", in: .en) == "12.50 USD")
    }
}
