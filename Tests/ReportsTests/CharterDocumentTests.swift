import Foundation
import Localization
import ProcessCatalog
import Reports
import SelectionWorkshop
import Testing

/// The seeds' roadside-assistance charter, in both languages.
func roadsideAssistance() -> ProcessCharter {
    func text(_ fa: String, _ en: String) -> LocalizedText { LocalizedText(fa: fa, en: en) }
    return ProcessCharter(
        id: CharterID("roadside-assistance"), apqcProcess: "6.3.4",
        title: text("امداد خودرو", "Roadside assistance"),
        goal: text("خدمت بیرون از تعمیرگاه برای خودروهای از کار افتاده", "Service outside the repair shop for broken-down cars"),
        performanceIndicators: [text("زمان رساندن خدمت به مشترک", "Time to deliver service to subscribers")],
        owner: text("مدیر مرکز تماس / واحد امداد / واحد حمل", "Call center manager / assistance unit / transport unit"),
        executors: [text("کارکنان مرکز تماس", "Call center staff"), text("کارکنان امداد", "Assistance staff")],
        scope: text("مالکان خودروهای معیوب در سراسر کشور", "Owners of faulty cars nationwide"),
        rulesAndRegulations: [text("دستورالعمل‌های سازمان امداد", "The assistance organization's instructions")],
        informationSystems: [text("اپلیکیشن شرکت", "Company app"), text("GPS/AVL", "GPS/AVL")],
        distribution: [.init(unit: text("مرکز تماس", "Call center"), documents: [text("فرم پذیرش", "Reception form")])],
        recordKeeping: text("واحد پذیرش (مرکز تماس)", "Reception unit (call center)"),
        approximateDuration: DurationRange(minimumMinutes: 60, maximumMinutes: 180),
        steps: [
            .init(
                name: text("پذیرش تماس", "Answer the call"), performer: text("کارشناس مرکز تماس", "Call center agent"),
                expectedDuration: DurationRange(minutes: 5)),
            .init(name: text("اعزام امدادگر", "Dispatch a technician"), performer: text("اعزام", "Dispatcher")),
            .init(
                name: text("تعمیر در محل <یا> یدک‌کشی & \"تحویل\"", "Repair on the spot <or> tow & \"deliver\""),
                performer: text("امدادگر", "Technician"), expectedDuration: DurationRange(minimumMinutes: 30, maximumMinutes: 120)
            ),
        ])
}

@Suite("Charter documents")
struct CharterDocumentTests {
    @Test("the Markdown page names all eleven fields, in each language", arguments: Language.allCases)
    func markdownFields(_ language: Language) {
        let markdown = CharterDocument(charter: roadsideAssistance(), language: language).markdown
        #expect(markdown.hasPrefix("# " + roadsideAssistance().title.text(in: language)))
        for key in CharterFile.requiredFields where key != "title" {
            let label = CharterField.name(of: key).text(in: language)
            #expect(markdown.lowercased().contains(label.lowercased()), "\(key) missing in \(language)")
        }
        #expect(markdown.contains("APQC 6.3.4"))
        // Three steps, one table row each.
        #expect(
            markdown.split(separator: "\n").count { $0.hasPrefix("| ") && $0.contains(language == .fa ? "۳ |" : "| 3 |") } == 1)
    }

    @Test("the Persian page is right to left; the English one left to right")
    func direction() {
        let persian = CharterDocument(charter: roadsideAssistance(), language: .fa).html
        #expect(persian.contains("<html lang=\"fa\" dir=\"rtl\">"))
        #expect(persian.contains("امداد خودرو"))
        #expect(persian.contains("۱ تا ۳ ساعت"))
        let english = CharterDocument(charter: roadsideAssistance(), language: .en).html
        #expect(english.contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(english.contains("1–3 hours"))
        #expect(english.contains("@page { size: A4"))
    }

    @Test("text from the charter is escaped in HTML")
    func escaping() {
        let html = CharterDocument(charter: roadsideAssistance(), language: .en).html
        #expect(html.contains("Repair on the spot &lt;or&gt; tow &amp; &quot;deliver&quot;"))
        #expect(!html.contains("<or>"))
    }

    @Test(
        "durations read as people say them",
        arguments: [
            (5, 5, "5 minutes", "۵ دقیقه"), (60, 180, "1–3 hours", "۱ تا ۳ ساعت"), (60, 60, "1 hour", "۱ ساعت"),
            (30, 90, "30–90 minutes", "۳۰ تا ۹۰ دقیقه"), (1440, 2880, "1–2 days", "۱ تا ۲ روز"),
        ])
    func durations(_ low: Int, _ high: Int, _ english: String, _ persian: String) {
        let range = DurationRange(minimumMinutes: low, maximumMinutes: high)
        #expect(range.text(in: .en) == english)
        #expect(range.text(in: .fa) == persian)
    }
}
