import Localization

extension SelectionReport {
    /// The report as one self-contained HTML page: inline CSS and SVG charts, nothing fetched, no script;
    /// `lang` and `dir` on `<html>`; printable on A4, each numbered section starting a new page.
    public var html: String {
        let escape = HTMLText.escape
        var body = "<header class=\"cover\">\n"
        body += "<p class=\"kind\">\(escape(kind))</p>\n<h1>\(escape(title))</h1>\n"
        body += Self.html(.facts(coverFacts))
        body += "<p class=\"verdict\">\(Self.html(inline: verdict))</p>\n"
        body += "<nav class=\"contents\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">\(escape(contentsTitle))</h2>\n<ol>\n"
        for section in sections {
            body += "<li><a href=\"#\(escape(section.id))\">\(escape(section.title))</a></li>\n"
        }
        body += "</ol>\n</nav>\n</header>\n"
        for (index, section) in sections.enumerated() {
            body += "<section class=\"major\" id=\"\(escape(section.id))\">\n"
            if let step = section.step { body += "<p class=\"step\">\(escape(stepLabel(step)))</p>\n" }
            body += "<h2>\(escape(sectionHeading(section, number: index + 1)))</h2>\n"
            for block in section.blocks { body += Self.html(block) }
            body += "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)" dir="\(language.direction)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) — \(escape(kind))</title>
            <style>
            \(Self.css)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    static func html(_ block: ReportBlock) -> String {
        let escape = HTMLText.escape
        switch block {
        case .heading(let text, let level):
            let tag = "h\(min(max(level, 3), 6))"
            return "<\(tag)>\(escape(text))</\(tag)>\n"
        case .paragraph(let inline):
            return "<p>\(html(inline: inline))</p>\n"
        case .note(let text):
            return "<p class=\"note\">\(escape(text))</p>\n"
        case .list(let items):
            return "<ul>\n" + items.map { "<li>\(html(inline: $0))</li>\n" }.joined() + "</ul>\n"
        case .facts(let facts):
            guard !facts.isEmpty else { return "" }
            return "<dl class=\"facts\">\n"
                + facts.map { "<div><dt>\(escape($0.label))</dt><dd>\(html(inline: $0.value))</dd></div>\n" }.joined() + "</dl>\n"
        case .table(let table):
            return html(table)
        case .chart(let svg, let caption):
            return "<figure class=\"chart\">\n\(svg)<figcaption>\(escape(caption))</figcaption>\n</figure>\n"
        case .callout(let blocks):
            return "<div class=\"callout\">\n" + blocks.map(html).joined() + "</div>\n"
        }
    }

    static func html(_ table: ReportTable) -> String {
        let escape = HTMLText.escape
        func numeric(_ column: Int) -> String { table.numericColumns.contains(column) ? " class=\"num\"" : "" }
        var result = "<table>\n<thead><tr>"
        result += table.headers.enumerated().map { "<th scope=\"col\"\(numeric($0.offset))>\(escape($0.element))</th>" }.joined()
        result += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            let style =
                switch row.style {
                case .plain: ""
                case .recommended: " class=\"recommended\""
                case .out: " class=\"out\""
                }
            result += "<tr\(style)>"
            for column in table.headers.indices {
                let text = row.cells.indices.contains(column) ? row.cells[column] : ""
                result += "<td\(numeric(column))>\(escape(text))</td>"
            }
            result += "</tr>\n"
        }
        return result + "</tbody>\n</table>\n"
    }

    static func html(inline: [ReportInline]) -> String {
        inline.map { part in
            switch part {
            case .text(let text): HTMLText.escape(text)
            case .strong(let text): "<strong>" + HTMLText.escape(text) + "</strong>"
            }
        }.joined()
    }

    /// The page's style: A4 with margins, each numbered section on a new page, tables and figures that wrap
    /// rather than overflow (nothing is clipped or scrolled away), logical properties so Persian mirrors.
    static let css = """
        @page { size: A4; margin: 16mm 14mm 18mm; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: Vazirmatn, Tahoma, "Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.5; color: #111; background: #fff; max-width: 182mm; margin: 0 auto; padding: 10mm 6mm; }
        h1 { font-size: 20pt; line-height: 1.25; margin: 2pt 0 10pt; }
        h2 { font-size: 15pt; margin: 0 0 8pt; border-block-end: 2px solid #0072B2; padding-block-end: 3pt; }
        h3 { font-size: 12pt; margin: 14pt 0 5pt; }
        h4 { font-size: 10.5pt; margin: 10pt 0 4pt; }
        p { margin: 4pt 0 6pt; }
        .kind, .step { color: #555; font-size: 9.5pt; margin: 0 0 2pt; text-transform: uppercase; letter-spacing: 0.04em; }
        .note { color: #555; font-style: italic; }
        .verdict { font-size: 12.5pt; margin: 12pt 0; padding: 8pt 10pt; background: #e8f1fb; border-inline-start: 4px solid #0072B2; }
        .callout { margin: 6pt 0 12pt; padding: 8pt 12pt; background: #e8f1fb; border-inline-start: 4px solid #0072B2; }
        .callout ul { list-style: none; padding-inline-start: 0; }
        nav.contents ol { margin: 4pt 0; padding-inline-start: 18pt; }
        :lang(fa) ol { list-style-type: persian; }
        nav.contents a { color: inherit; }
        dl.facts { margin: 4pt 0 8pt; display: grid; grid-template-columns: fit-content(34%) minmax(0, 1fr); column-gap: 10pt; row-gap: 3pt; }
        dl.facts > div { display: contents; }
        dt { font-weight: 600; color: #333; }
        dd { margin: 0; }
        ul { margin: 2pt 0 8pt; padding-inline-start: 16pt; }
        li { margin: 1pt 0; }
        table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; font-size: 9.5pt; }
        th, td { border: 1px solid #bbb; padding: 3pt 5pt; vertical-align: top; text-align: start; overflow-wrap: break-word; }
        th { background: #f0f0f0; font-weight: 600; }
        th.num, td.num { text-align: end; font-variant-numeric: tabular-nums; overflow-wrap: normal; }
        tr.recommended td { background: #e8f1fb; font-weight: 600; }
        tr.out td { color: #555; background: repeating-linear-gradient(135deg, #fff 0 6px, #f1f1f1 6px 12px); }
        figure.chart { margin: 8pt 0 12pt; }
        figure.chart svg { display: block; width: 100%; height: auto; max-height: 150mm; }
        figcaption { font-size: 9pt; color: #444; margin-block-start: 3pt; }
        @media print {
          body { max-width: none; padding: 0; }
          section.major { break-before: page; }
          h2, h3, h4 { break-after: avoid; }
          tr, figure, dl.facts > div, .callout { break-inside: avoid; }
          thead { display: table-header-group; }
          nav.contents a { text-decoration: none; }
        }
        @media screen {
          section.major { margin-block-start: 18mm; padding-block-start: 6mm; border-block-start: 1px solid #ddd; }
        }
        """
}
