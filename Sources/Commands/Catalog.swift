import ArgumentParser
import Foundation
import Localization
import ProcessCatalog
import WorkspaceFiles

// `catalog` and its three small subcommands share their options and printing, so they live in this one
// file rather than one file each.

extension CRMKit {
    /// `crmkit catalog`: browse the APQC Process Classification Framework extract that crmkit ships.
    struct Catalog: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "catalog",
            abstract: "Browse the APQC process catalog (categories 3.0 and 6.0) in English and Persian.",
            discussion: """
                crmkit ships an extract of APQC's Process Classification Framework® (PCF), cross-industry \
                release 7.4: category 3.0 "Market and Sell Products and Services" and category 6.0 "Manage \
                Customer Service", levels 1 to 4 (1 category, 2 process group, 3 process, 4 activity), with \
                the Persian names of levels 1 to 3. Process charters and the reference CRM refer to these \
                processes by hierarchy ID (3.5.1) or by APQC element ID (10182).

                Examples:
                  crmkit catalog list --level 2               the ten process groups
                  crmkit catalog list --under 6.2 --lang fa   everything in 6.2, Persian names
                  crmkit catalog show 3.5.1 --lang fa         one process in detail
                  crmkit catalog notice                       APQC's licence and attribution

                کاتالوگ فرآیندهای APQC (دسته‌های ۳ و ۶)؛ با --lang fa نام‌ها به فارسی نمایش داده می‌شوند.
                """,
            subcommands: [List.self, Show.self, Notice.self]
        )
    }
}

extension CRMKit.Catalog {
    /// `--lang` and `--format`, shared by the catalog subcommands.
    struct DisplayOptions: ParsableArguments {
        @Option(
            name: .customLong("lang"),
            help: ArgumentHelp(
                "The language of names and labels: fa (Persian) or en (English).",
                discussion: "Activities (level 4) have no Persian name; they are shown in English.",
                valueName: "fa|en"))
        var language: Language = .en

        @Option(help: ArgumentHelp("table for people, json for scripts.", valueName: "table|json"))
        var format: OutputFormat = .table
    }

    // MARK: - list

    /// `crmkit catalog list`: the elements that pass the filters, one per line.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List catalog elements, filtered by level, parent and name.",
            discussion: """
                Shows each element's hierarchy ID, APQC element ID, level and name, in hierarchy order, \
                indented by level. Filters combine: --level 3 --under 6.2 lists the processes of group 6.2.

                Examples:
                  crmkit catalog list --level 1
                  crmkit catalog list --under 3.5 --level 3
                  crmkit catalog list --search complaint
                  crmkit catalog list --search "مدیریت شکایات" --lang fa --format json

                فهرست عنصرهای کاتالوگ APQC؛ فیلترها با هم ترکیب می‌شوند.
                """
        )

        @OptionGroup var display: DisplayOptions

        @Option(
            help: ArgumentHelp(
                "Only this level: 1 category, 2 process group, 3 process, 4 activity.", valueName: "1-4"))
        var level: Int?

        @Option(
            help: ArgumentHelp(
                "Only the elements below this one, at any depth (e.g. 6.2 or 3.0).", valueName: "hierarchy-id"))
        var under: HierarchyID?

        @Option(
            help: ArgumentHelp(
                "Only elements whose English or Persian name contains every word of this text.",
                discussion: "Case, Arabic/Persian letter forms (ي/ی, ك/ک) and half-spaces are ignored.",
                valueName: "text"))
        var search: String?

        func validate() throws {
            if let level, !(1...4).contains(level) {
                throw ValidationError(
                    display.language == .fa
                        ? "‏--level باید ۱ (دسته)، ۲ (گروه فرآیند)، ۳ (فرآیند) یا ۴ (فعالیت) باشد؛ \(level) داده شد."
                        : "--level must be 1 (category), 2 (process group), 3 (process) or 4 (activity); got \(level).")
            }
        }

        func run() async throws {
            let catalog = try BundledCatalog.load()
            if let under, catalog.element(hierarchyID: under) == nil {
                CatalogOutput.reportUnknown(under.description, in: catalog, language: display.language)
                throw ExitCode(1)
            }
            let elements = catalog.elements(matching: CatalogQuery(level: level, under: under, text: search))
            let output = CatalogOutput(catalog: catalog, language: display.language)
            switch display.format {
            case .table: Console.out(output.listTable(elements))
            case .json: Console.out(try output.listJSON(elements))
            }
        }
    }

    // MARK: - show

    /// `crmkit catalog show ID`: one element with its names, IDs, path, children and Persian-match notes.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one catalog element: names in both languages, IDs, path and children.",
            discussion: """
                ID is a hierarchy ID such as 3.5.1 (a category may be written 3 or 3.0) or an APQC element \
                ID such as 10182; Persian digits work too. Hierarchy IDs can change between PCF releases; \
                element IDs stay the same while an element's meaning does.

                Examples:
                  crmkit catalog show 3.5.1
                  crmkit catalog show 10182 --lang fa
                  crmkit catalog show 6.2.3 --format json

                نمایش یک فرآیند با نام فارسی و انگلیسی، شناسهٔ APQC، مسیر و زیرمجموعه‌ها.
                """
        )

        @Argument(
            help: ArgumentHelp(
                "A hierarchy ID (3.5.1) or an APQC element ID (10182).", valueName: "id"))
        var id: String

        @OptionGroup var display: DisplayOptions

        func run() async throws {
            let catalog = try BundledCatalog.load()
            guard let element = catalog.element(reference: id) else {
                CatalogOutput.reportUnknown(id, in: catalog, language: display.language)
                throw ExitCode(1)
            }
            let output = CatalogOutput(catalog: catalog, language: display.language)
            switch display.format {
            case .table: Console.out(output.detailTable(element))
            case .json: Console.out(try output.detailJSON(element))
            }
        }
    }

    // MARK: - notice

    /// `crmkit catalog notice`: APQC's licence and attribution notice, as the catalog file carries it.
    struct Notice: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print APQC's licence and attribution notice for the process catalog.",
            discussion: """
                The catalog is a derivative work of APQC's Process Classification Framework®; APQC's licence \
                lets anyone use, copy, publish and modify it provided every copy carries this notice. Keep it \
                with anything you publish from the catalog.

                متن مجوز و انتساب APQC؛ این متن باید همراه هر نسخه از کاتالوگ باشد.
                """
        )

        @OptionGroup var display: DisplayOptions

        func run() async throws {
            let catalog = try BundledCatalog.load()
            let output = CatalogOutput(catalog: catalog, language: display.language)
            switch display.format {
            case .table: Console.out(output.noticeText())
            case .json: Console.out(try output.noticeJSON())
            }
        }
    }
}

extension HierarchyID: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

// MARK: - Printing

/// Turns catalog elements into the tables and JSON documents the catalog subcommands print.
private struct CatalogOutput {
    let catalog: APQCCatalog
    let language: Language

    // MARK: Tables

    func listTable(_ elements: [ProcessElement]) -> String {
        guard !elements.isEmpty else {
            return [
                words(en: "No catalog element matches these filters.", fa: "هیچ عنصری با این فیلترها پیدا نشد."),
                words(
                    en: "Try fewer filters, or: crmkit catalog list --level 2",
                    fa: "فیلترها را کم کنید یا: crmkit catalog list --level 2"),
            ].joined(separator: "\n")
        }
        let topLevel = elements.map(\.level).min() ?? 1
        var rows = [
            [
                words(en: "ID", fa: "شناسه"), words(en: "PCF ID", fa: "شناسهٔ PCF"), words(en: "Level", fa: "سطح"),
                words(en: "Name", fa: "نام"),
            ]
        ]
        for element in elements {
            rows.append([
                element.hierarchyID.description, String(element.elementID), number(element.level),
                String(repeating: "  ", count: element.level - topLevel) + element.name.text(in: language),
            ])
        }
        let count = words(en: "\(elements.count) elements", fa: "\(number(elements.count)) عنصر")
        return ([Self.table(rows), "", count] + footer).joined(separator: "\n")
    }

    func detailTable(_ element: ProcessElement) -> String {
        var fields: [(label: String, lines: [String])] = []
        func add(en: String, fa: String, _ lines: [String]) {
            fields.append((words(en: en, fa: fa), lines))
        }

        // The title shows the name in `language`, or in the other language when it has none; the other
        // name, or the absence of one, follows.
        let other: Language = language == .fa ? .en : .fa
        let missing = words(en: "— (none in our source)", fa: "— (در منبع نیامده)")
        if element.name.exactly(language) == nil {
            fields.append((nameLabel(language), [missing]))
        } else {
            fields.append((nameLabel(other), [element.name.exactly(other) ?? missing]))
        }
        add(en: "Hierarchy ID", fa: "شناسهٔ سلسله‌مراتب", [element.hierarchyID.description])
        add(en: "APQC element ID", fa: "شناسهٔ عنصر APQC", [String(element.elementID)])
        add(en: "Level", fa: "سطح", ["\(number(element.level)) · \(levelName(element))"])
        let path = catalog.path(to: element.hierarchyID).map { "\($0.hierarchyID)  \($0.name.text(in: language))" }
        add(en: "Path", fa: "مسیر", path.isEmpty ? [words(en: "— (a category)", fa: "— (یک دسته)")] : path)
        let match = element.persianMatch.map { "\($0.rawValue) — \($0.explanation.text(in: language))" }
        if match != nil || element.persianNote != nil {
            add(en: "Persian match", fa: "تطبیق نام فارسی", [match, element.persianNote].compactMap { $0 })
        }
        if element.formerHierarchyID != nil || element.formerName != nil {
            let version = catalog.metadata.formerVersion ?? "?"
            let former = [element.formerHierarchyID?.description, element.formerName.map { "\"\($0)\"" }]
            add(en: "In PCF \(version)", fa: "در PCF \(version)", [former.compactMap { $0 }.joined(separator: "  ")])
        }
        if let note = element.note {
            add(en: "Note", fa: "یادداشت", [note])
        }
        if element.omittedTaskCount > 0 {
            let count = number(element.omittedTaskCount)
            add(
                en: "Level-5 tasks", fa: "وظیفه‌های سطح ۵",
                [
                    words(
                        en: "\(count) in APQC's PCF, not in this catalog",
                        fa: "\(count) وظیفه در PCF، نه در این کاتالوگ")
                ])
        }
        let children = element.children.map {
            [$0.hierarchyID.description, String($0.elementID), $0.name.text(in: language)]
        }
        add(
            en: "Children (\(children.count))", fa: "زیرمجموعه‌ها (\(number(children.count)))",
            children.isEmpty ? ["—"] : Self.table(children).components(separatedBy: "\n"))

        let labelWidth = fields.map(\.label.count).max() ?? 0
        var lines = ["\(element.hierarchyID)  \(element.name.text(in: language))"]
        for field in fields {
            for (index, line) in field.lines.enumerated() {
                lines.append("  " + Self.padded(index == 0 ? field.label : "", to: labelWidth) + "  " + line)
            }
        }
        return (lines + [""] + footer).joined(separator: "\n")
    }

    func noticeText() -> String {
        var lines: [String] = []
        if language == .fa {
            lines += ["متن مجوز و انتساب APQC، عیناً از فایل کاتالوگ (به انگلیسی):", ""]
        }
        lines.append(catalog.notice)
        lines.append("")
        lines.append(
            "— apqc-pcf.yaml: \(catalog.metadata.framework ?? "APQC PCF") \(catalog.metadata.version)"
                + (catalog.metadata.generatedOn.map { " (\($0))" } ?? ""))
        return lines.joined(separator: "\n")
    }

    /// The attribution APQC's licence asks for, and where to read the whole notice.
    private var footer: [String] {
        [
            catalog.attribution,
            words(
                en: "Full licence and attribution: crmkit catalog notice",
                fa: "متن کامل مجوز و انتساب: crmkit catalog notice"),
        ]
    }

    // MARK: JSON

    func listJSON(_ elements: [ProcessElement]) throws -> String {
        try Self.json(
            ListDocument(
                pcfVersion: catalog.metadata.version, language: language, count: elements.count,
                elements: elements.map(element), notice: catalog.notice))
    }

    func detailJSON(_ element: ProcessElement) throws -> String {
        try Self.json(
            ShowDocument(
                pcfVersion: catalog.metadata.version, language: language, element: self.element(element),
                path: catalog.path(to: element.hierarchyID).map(self.element),
                children: element.children.map(self.element), notice: catalog.notice))
    }

    func noticeJSON() throws -> String {
        try Self.json(NoticeDocument(pcfVersion: catalog.metadata.version, notice: catalog.notice))
    }

    private func element(_ element: ProcessElement) -> ElementDocument {
        let former: ElementDocument.Former? =
            element.formerHierarchyID == nil && element.formerName == nil
            ? nil
            : .init(
                pcfVersion: catalog.metadata.formerVersion, hierarchyID: element.formerHierarchyID?.description,
                name: element.formerName)
        return ElementDocument(
            hierarchyID: element.hierarchyID.description, elementID: element.elementID, level: element.level,
            levelName: levelName(element), name: element.name.text(in: language), nameEN: element.name.exactly(.en),
            nameFA: element.name.exactly(.fa), parentHierarchyID: element.hierarchyID.parent?.description,
            persianMatch: element.persianMatch?.rawValue, persianNote: element.persianNote, note: element.note,
            former: former, omittedTaskCount: element.omittedTaskCount, childCount: element.children.count)
    }

    // MARK: Errors

    /// Says on standard error that `reference` names no element, with the closest ones and where to look.
    static func reportUnknown(_ reference: String, in catalog: APQCCatalog, language: Language) {
        let suggestions = table(
            catalog.suggestions(for: reference).map {
                ["", $0.hierarchyID.description, String($0.elementID), $0.name.text(in: language)]
            })
        var lines = [
            language == .fa
                ? "عنصری با شناسهٔ «\(reference)» در کاتالوگ APQC نیست (دسته‌های ۳ و ۶، سطح ۱ تا ۴)."
                : "No APQC catalog element has the ID '\(reference)' (categories 3.0 and 6.0, levels 1 to 4)."
        ]
        if !suggestions.isEmpty {
            lines.append(language == .fa ? "شاید منظورتان یکی از این‌ها بود:" : "Closest matches:")
            lines.append(suggestions)
        }
        lines.append(
            language == .fa
                ? "همهٔ شناسه‌ها: crmkit catalog list    جست‌وجوی نام: crmkit catalog list --search <متن>"
                : "See every ID with: crmkit catalog list   or search names with: crmkit catalog list --search <text>")
        Console.error(lines.joined(separator: "\n"))
    }

    // MARK: Helpers

    private func words(en: String, fa: String) -> String {
        language == .fa ? fa : en
    }

    /// A count or level in the digits of the output language; identifiers always stay in Latin digits.
    private func number(_ value: Int) -> String {
        PersianDigits.digits(String(value), for: language)
    }

    private func nameLabel(_ nameLanguage: Language) -> String {
        nameLanguage == .fa ? words(en: "Persian name", fa: "نام فارسی") : words(en: "English name", fa: "نام انگلیسی")
    }

    private func levelName(_ element: ProcessElement) -> String {
        element.processLevel?.name.text(in: language) ?? "level \(element.level)"
    }

    /// `text` followed by spaces up to `width` characters. Characters, not UTF-16 units (which
    /// `String.padding(toLength:)` counts, cutting Persian words with vowel marks or half-spaces short), are
    /// what a terminal gives one cell each.
    private static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// Rows with every column but the last padded to its widest cell.
    private static func table(_ rows: [[String]]) -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : padded(cell, to: widths[column])
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    private static func json(_ value: some Encodable) throws -> String {
        try Console.jsonText(value)
    }
}

// MARK: - JSON documents

/// `catalog list --format json`.
private struct ListDocument: Encodable {
    let pcfVersion: String
    let language: Language
    let count: Int
    let elements: [ElementDocument]
    let notice: String

    enum CodingKeys: String, CodingKey {
        case language, count, elements, notice
        case pcfVersion = "pcf_version"
    }
}

/// `catalog show --format json`.
private struct ShowDocument: Encodable {
    let pcfVersion: String
    let language: Language
    let element: ElementDocument
    let path: [ElementDocument]
    let children: [ElementDocument]
    let notice: String

    enum CodingKeys: String, CodingKey {
        case language, element, path, children, notice
        case pcfVersion = "pcf_version"
    }
}

/// `catalog notice --format json`.
private struct NoticeDocument: Encodable {
    let pcfVersion: String
    let notice: String

    enum CodingKeys: String, CodingKey {
        case notice
        case pcfVersion = "pcf_version"
    }
}

/// One element in JSON output. Every key is always present; a missing value is `null`.
private struct ElementDocument: Encodable {
    let hierarchyID: String
    let elementID: Int
    let level: Int
    let levelName: String
    let name: String
    let nameEN: String?
    let nameFA: String?
    let parentHierarchyID: String?
    let persianMatch: String?
    let persianNote: String?
    let note: String?
    let former: Former?
    let omittedTaskCount: Int
    let childCount: Int

    /// Where and how the element was named in the older release the catalog compares with.
    struct Former: Encodable {
        let pcfVersion: String?
        let hierarchyID: String?
        let name: String?

        enum CodingKeys: String, CodingKey {
            case name
            case pcfVersion = "pcf_version"
            case hierarchyID = "hierarchy_id"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(pcfVersion, forKey: .pcfVersion)
            try container.encode(hierarchyID, forKey: .hierarchyID)
            try container.encode(name, forKey: .name)
        }
    }

    enum CodingKeys: String, CodingKey {
        case level, name, note, former
        case hierarchyID = "hierarchy_id"
        case elementID = "element_id"
        case levelName = "level_name"
        case nameEN = "name_en"
        case nameFA = "name_fa"
        case parentHierarchyID = "parent_hierarchy_id"
        case persianMatch = "persian_match"
        case persianNote = "persian_note"
        case omittedTaskCount = "level_5_children_omitted"
        case childCount = "child_count"
    }

    // Written out so that missing values appear as `null` instead of dropping their keys.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(hierarchyID, forKey: .hierarchyID)
        try container.encode(elementID, forKey: .elementID)
        try container.encode(level, forKey: .level)
        try container.encode(levelName, forKey: .levelName)
        try container.encode(name, forKey: .name)
        try container.encode(nameEN, forKey: .nameEN)
        try container.encode(nameFA, forKey: .nameFA)
        try container.encode(parentHierarchyID, forKey: .parentHierarchyID)
        try container.encode(persianMatch, forKey: .persianMatch)
        try container.encode(persianNote, forKey: .persianNote)
        try container.encode(note, forKey: .note)
        try container.encode(former, forKey: .former)
        try container.encode(omittedTaskCount, forKey: .omittedTaskCount)
        try container.encode(childCount, forKey: .childCount)
    }
}
