import Foundation
import Localization
import SelectionWorkshop

extension SelectionReport {
    /// The report as Markdown: the same sections, tables and lists as the HTML page, without the charts.
    public var markdown: String {
        var lines = ["# " + Self.markdownEscape(title), "", "_" + Self.markdownEscape(kind) + "_", ""]
        lines += Self.markdown(.facts(coverFacts))
        lines += ["", Self.markdown(inline: verdict), ""]
        lines.append("## " + Self.markdownEscape(contentsTitle))
        lines.append("")
        for (index, section) in sections.enumerated() {
            // Markdown numbers a list only with Latin digits; Persian numbers go in a bulleted list.
            lines.append(
                fa
                    ? "- " + Self.markdownEscape(sectionHeading(section, number: index + 1))
                    : "\(index + 1). " + Self.markdownEscape(section.title))
        }
        for (index, section) in sections.enumerated() {
            if lines.last != "" { lines.append("") }
            lines += ["## " + Self.markdownEscape(sectionHeading(section, number: index + 1)), ""]
            if let step = section.step { lines += ["_" + stepLabel(step) + "_", ""] }
            for block in section.blocks {
                let rendered = Self.markdown(block)
                guard !rendered.isEmpty else { continue }
                lines += rendered + [""]
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    static func markdown(_ block: ReportBlock) -> [String] {
        switch block {
        case .heading(let text, let level):
            return [String(repeating: "#", count: min(max(level, 3), 6)) + " " + markdownEscape(text)]
        case .paragraph(let inline):
            return [markdown(inline: inline)]
        case .note(let text):
            return ["_" + markdownEscape(text) + "_"]
        case .list(let items):
            return items.map { "- " + markdown(inline: $0) }
        case .facts(let facts):
            return facts.map { "- " + strong(label($0.label)) + " " + markdown(inline: $0.value) }
        case .table(let table):
            return markdown(table)
        case .chart:
            return []
        case .callout(let blocks):
            return blocks.flatMap { markdown($0) + [""] }.dropLast().map { $0.isEmpty ? ">" : "> " + $0 }
        }
    }

    static func markdown(_ table: ReportTable) -> [String] {
        func cell(_ text: String, bold: Bool) -> String { bold ? strong(text) : markdownEscape(text) }
        var lines = ["| " + table.headers.map { cell($0, bold: false) }.joined(separator: " | ") + " |"]
        lines.append(
            "| " + table.headers.indices.map { table.numericColumns.contains($0) ? "---:" : "---" }.joined(separator: " | ")
                + " |")
        for row in table.rows {
            let cells = table.headers.indices.map { row.cells.indices.contains($0) ? row.cells[$0] : "" }
            lines.append("| " + cells.map { cell($0, bold: row.style == .recommended) }.joined(separator: " | ") + " |")
        }
        return lines
    }

    static func markdown(inline: [ReportInline]) -> String {
        inline.map { part in
            switch part {
            case .text(let text): markdownEscape(text)
            case .strong(let text): strong(text)
            }
        }.joined()
    }

    /// A fact's label with a colon, unless it is a question.
    static func label(_ text: String) -> String {
        text.hasSuffix("?") || text.hasSuffix("؟") || text.hasSuffix(":") ? text : text + ":"
    }

    /// Bold text; spaces at either end go outside the asterisks, where CommonMark needs them.
    static func strong(_ text: String) -> String {
        let core = text.trimmingCharacters(in: .whitespaces)
        guard !core.isEmpty else { return text }
        let leading = String(text.prefix { $0 == " " })
        let trailing = String(text.reversed().prefix { $0 == " " })
        return leading + "**" + markdownEscape(core) + "**" + trailing
    }

    /// Workspace text as literal Markdown: the characters that would start markup (emphasis, links, code, HTML,
    /// table cells) are escaped with a backslash, and line breaks become spaces so a text stays in its cell or
    /// list item.
    static func markdownEscape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        var atLineStart = true
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&": result += "\\" + String(character)
            case "#" where atLineStart: result += "\\#"
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
            atLineStart = false
        }
        return result
    }
}
