import Foundation
import Localization
import ProcessCatalog
import SelectionWorkshop

/// A process charter as a printable one-page document, in Markdown or HTML (right to left in Persian).
public struct CharterDocument: Sendable {
    public var charter: ProcessCharter
    public var language: Language
    /// The APQC process's name, when the charter links one and the catalog knows it.
    public var apqcName: String?

    public init(charter: ProcessCharter, language: Language, apqcName: String? = nil) {
        self.charter = charter
        self.language = language
        self.apqcName = apqcName
    }

    /// The eleven fields and the optional ones that are present, as label and lines of text, in order.
    var rows: [(label: String, lines: [String])] {
        func label(_ key: String) -> String {
            let name = CharterField.name(of: key).text(in: language)
            return name.prefix(1).uppercased() + name.dropFirst()
        }
        func one(_ key: String, _ text: LocalizedText?) -> (String, [String])? {
            guard let text, !text.languages.isEmpty else { return nil }
            return (label(key), [text.text(in: language)])
        }
        func many(_ key: String, _ texts: [LocalizedText]) -> (String, [String])? {
            texts.isEmpty ? nil : (label(key), texts.map { $0.text(in: language) })
        }
        let distribution = charter.distribution.map { copy in
            let documents = copy.documents.map { $0.text(in: language) }.joined(separator: language == .fa ? "، " : ", ")
            return copy.unit.text(in: language) + (documents.isEmpty ? "" : ": \(documents)")
        }
        let candidates: [(String, [String])?] = [
            one("goal", charter.goal),
            many("performance_indicators", charter.performanceIndicators),
            one("owner", charter.owner),
            many("executors", charter.executors),
            one("scope", charter.scope),
            many("rules_and_regulations", charter.rulesAndRegulations),
            many("information_systems", charter.informationSystems),
            distribution.isEmpty ? nil : (label("distribution"), distribution),
            one("record_keeping", charter.recordKeeping),
            (label("approximate_duration"), [charter.approximateDuration.text(in: language)]),
            one("description", charter.description),
            many("inputs", charter.inputs),
            many("outputs", charter.outputs),
            many("documents", charter.documents),
        ]
        return candidates.compactMap { $0 }.map { (label: $0.0, lines: $0.1) }
    }

    var heading: String { charter.title.text(in: language) }

    var subtitle: String {
        let kind = language == .fa ? "شناسنامه فرآیند" : "Process charter"
        guard let apqc = charter.apqcProcess else { return kind }
        return "\(kind) · APQC \(apqc)" + (apqcName.map { " — \($0)" } ?? "")
    }

    var stepHeaders: [String] {
        language == .fa ? ["#", "گام", "انجام‌دهنده", "مدت"] : ["#", "Step", "Performed by", "Duration"]
    }

    var stepRows: [[String]] {
        charter.steps.enumerated().map { index, step in
            [
                PersianDigits.digits(String(index + 1), for: language), step.name.text(in: language),
                step.performer.text(in: language), step.expectedDuration?.text(in: language) ?? "",
            ]
        }
    }

    // MARK: Markdown

    public var markdown: String {
        func cell(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        var lines = ["# \(heading)", "", "_\(subtitle)_", ""]
        let header = language == .fa ? ["بخش", "شرح"] : ["Field", "Content"]
        lines.append("| \(header[0]) | \(header[1]) |")
        lines.append("| --- | --- |")
        for row in rows {
            lines.append("| \(cell(row.label)) | \(row.lines.map(cell).joined(separator: "<br>")) |")
        }
        if !stepRows.isEmpty {
            lines += ["", "## " + (language == .fa ? "گام‌ها" : "Steps"), ""]
            lines.append("| " + stepHeaders.joined(separator: " | ") + " |")
            lines.append("| " + stepHeaders.map { _ in "---" }.joined(separator: " | ") + " |")
            for row in stepRows { lines.append("| " + row.map(cell).joined(separator: " | ") + " |") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: HTML

    /// A complete, self-contained page sized for one printed A4 sheet.
    public var html: String {
        let escape = HTMLText.escape
        var body = "<header><h1>\(escape(heading))</h1><p class=\"subtitle\">\(escape(subtitle))</p></header>\n"
        body += "<table class=\"fields\">\n"
        for row in rows {
            let content =
                row.lines.count == 1
                ? escape(row.lines[0]) : "<ul>" + row.lines.map { "<li>\(escape($0))</li>" }.joined() + "</ul>"
            body += "<tr><th scope=\"row\">\(escape(row.label))</th><td>\(content)</td></tr>\n"
        }
        body += "</table>\n"
        if !stepRows.isEmpty {
            body += "<h2>\(escape(language == .fa ? "گام‌ها" : "Steps"))</h2>\n<table class=\"steps\">\n<tr>"
            body += stepHeaders.map { "<th scope=\"col\">\(escape($0))</th>" }.joined() + "</tr>\n"
            for row in stepRows { body += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n" }
            body += "</table>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)" dir="\(language.direction)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(heading))</title>
            <style>
            @page { size: A4; margin: 14mm; }
            body { font-family: Vazirmatn, Tahoma, "Noto Sans Arabic", "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111; max-width: 190mm; margin: 0 auto; }
            h1 { font-size: 17pt; margin: 0 0 2pt; } h2 { font-size: 12.5pt; margin: 12pt 0 4pt; }
            .subtitle { color: #555; margin: 0 0 8pt; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #bbb; padding: 3pt 6pt; vertical-align: top; text-align: start; }
            .fields th { width: 28%; background: #f2f2f2; font-weight: 600; }
            .steps th { background: #f2f2f2; }
            ul { margin: 0; padding-inline-start: 14pt; }
            @media print { body { max-width: none; } tr { break-inside: avoid; } }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }
}

/// Escaping for HTML text and attribute values.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
