import Foundation
import Localization
import SelectionWorkshop

/// A pairwise-comparison file as read for `crmkit weights ahp` (and written by `crmkit weights elicit`), with
/// where each entry stands in the file, so that a structural problem found later — a broken reciprocal, a
/// diagonal that is not 1 — is still named by its line and column:
///
/// ```yaml
/// # a_ij: how many times the row item matters more than the column item (Saaty's 1–9 scale)
/// items: [functional, technical, vendor, cost]
/// matrix:
///   - [1,   3,   5,   2]
///   - [1/3, 1,   3,   ~]      # ~: no judgment (filled by the completion)
///   - [1/5, 1/3, 1,   1/2]
///   - [1/2, ~,   2,   1]
/// ```
///
/// Entries are numbers or fractions (`"1/3"`, Persian digits too); `~` marks a missing judgment, and one side
/// of a pair is enough: a pair given above the diagonal and `~` below takes the reciprocal.
public struct PairwiseDocument: Sendable {
    /// The file's name as given, for messages.
    public let file: String
    public let items: [String]
    /// The matrix as written, `nil` for `~`; rows may have the wrong length (the matrix check reports it).
    public let rows: [[Double?]]
    public let itemsLocation: SourceLocation
    public let matrixLocation: SourceLocation
    public let rowLocations: [SourceLocation]
    /// Where each entry stands, row by row.
    public let entryLocations: [[SourceLocation]]

    /// Where the entry at `row`, `column` stands, or its row, or the matrix when the file has no such entry.
    public func location(row: Int, column: Int? = nil) -> SourceLocation {
        guard rowLocations.indices.contains(row) else { return matrixLocation }
        guard let column, entryLocations[row].indices.contains(column) else { return rowLocations[row] }
        return entryLocations[row][column]
    }

    /// The text of a pairwise file for `items` and `cells` (each entry already written as a number or a
    /// fraction; `nil` for a missing judgment), with the orientation stated in a comment. Columns are aligned.
    public static func yaml(items: [String], cells: [[String?]], comment: String? = nil) -> String {
        let written = cells.map { $0.map { $0 ?? "~" } }
        let widths = (0..<items.count).map { column in written.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        var text = "# a_ij: how many times the row item matters more than the column item (Saaty's 1–9 scale)\n"
        if let comment { text += comment.split(separator: "\n").map { "# \($0)\n" }.joined() }
        text += "version: 1\n"
        text += "items: [" + items.map { IdentifierSyntax.isValid($0) ? $0 : YAMLText.quoted($0) }.joined(separator: ", ") + "]\n"
        text += "matrix:\n"
        for row in written {
            let padded = row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : (cell + ",").padding(toLength: widths[column] + 1, withPad: " ", startingAt: 0)
            }
            text += "  - [" + padded.joined(separator: " ") + "]\n"
        }
        return text
    }
}

/// Reads a pairwise file with every problem found, each at its line and column.
public enum PairwiseFileReader {
    /// The document and every problem found. The document is there whenever its items and its matrix could be
    /// read, even with errors in some entries (those entries are NaN), so that the matrix's structure can still
    /// be checked and every problem reported at once; a document read with errors is only ever reported on.
    public static func read(_ data: Data, file: String) -> (PairwiseDocument?, [Diagnostic]) {
        FileReader.readStandalone(
            data, file: file,
            emptyFix: (
                "write items: [...] and matrix: with one row per item",
                "items: [...] و matrix: را با یک سطر برای هر مورد بنویسید"
            )
        ) { reader, root in reader.decodePairwiseDocument(root) }
    }
}

extension FileReader {
    func decodePairwiseDocument(_ root: Value) -> PairwiseDocument? {
        guard let file = root.mapping() else { return nil }
        defer { file.finish() }
        _ = file.optional("version")?.int(in: 1...1)
        let itemsValue = file.required("items")
        let items = itemsValue.flatMap { decodePairwiseItems($0) }
        guard let matrixValue = file.required("matrix"), let rowValues = matrixValue.list() else { return nil }
        if rowValues.isEmpty {
            error(
                "empty-list", at: matrixValue, en: "\"matrix\" has no rows", fa: "«matrix» هیچ سطری ندارد",
                fixEn: "write one row per item, e.g. - [1, 3, 1/5]", fixFa: "برای هر مورد یک سطر بنویسید، مثلاً - [1, 3, 1/5]")
        }
        var rows: [[Double?]] = []
        var entryLocations: [[SourceLocation]] = []
        for rowValue in rowValues {
            let cells = rowValue.list() ?? []
            rows.append(cells.map { $0.isNull ? nil : (judgment($0) ?? .nan) })
            entryLocations.append(cells.map(\.node.location))
        }
        guard let items, let itemsValue else { return nil }
        return PairwiseDocument(
            file: self.file, items: items, rows: rows, itemsLocation: itemsValue.node.location,
            matrixLocation: matrixValue.node.location, rowLocations: rowValues.map(\.node.location),
            entryLocations: entryLocations)
    }

    /// One entry: a number or a fraction such as `1/3`, in Latin or Persian digits; `nil` (reported) otherwise.
    /// Whether it is positive is the matrix check's to say.
    private func judgment(_ value: Value) -> Double? {
        if case .scalar(let raw, _) = value.node.content {
            let text = PersianDigits.toLatin(raw).replacingOccurrences(of: "÷", with: "/").trimmingCharacters(in: .whitespaces)
            let parts = text.split(separator: "/", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if parts.count == 1, let number = Double(parts[0]), number.isFinite { return number }
            if parts.count == 2, let numerator = Double(parts[0]), let denominator = Double(parts[1]), denominator != 0,
                numerator.isFinite, denominator.isFinite
            {
                return numerator / denominator
            }
        }
        let shown: (en: String, fa: String) =
            if case .scalar(let raw, _) = value.node.content {
                ("\"\(InputText.shown(raw))\"", "«\(InputText.shown(raw))»")
            } else {
                (value.node.kind.english, value.node.kind.persian)
            }
        error(
            "invalid-judgment", at: value, en: "\(shown.en) is not a judgment", fa: "\(shown.fa) یک قضاوت نیست",
            fixEn: "write a number from Saaty's scale (1–9), a fraction such as 1/3, or ~ for no judgment",
            fixFa: "عددی از مقیاس ساعتی (۱ تا ۹)، کسری مانند 1/3 یا ~ برای «بدون قضاوت» بنویسید")
        return nil
    }

    /// The items' names, unique and non-empty; `nil` (with the problems reported) otherwise.
    private func decodePairwiseItems(_ value: Value) -> [String]? {
        guard let list = value.list() else { return nil }
        if list.isEmpty {
            error(
                "empty-list", at: value, en: "\"items\" is empty", fa: "«items» خالی است",
                fixEn: "list the items to compare, e.g. items: [functional, technical, cost]",
                fixFa: "مواردی را که مقایسه می‌شوند بنویسید، مثلاً items: [functional, technical, cost]")
            return nil
        }
        var names: [String] = []
        var seen: Set<String> = []
        for item in list {
            guard let name = item.string() else { continue }
            if name.allSatisfy(\.isWhitespace) {
                error(
                    "empty-text", at: item, en: "an item has an empty name", fa: "نام یکی از موردها خالی است",
                    fixEn: "write the item's name", fixFa: "نام مورد را بنویسید")
            } else if !seen.insert(name).inserted {
                error(
                    "duplicate-name", at: item, en: "item \"\(InputText.shown(name))\" is listed twice",
                    fa: "مورد «\(InputText.shown(name))» دو بار آمده است",
                    fixEn: "list each item once; the rows and columns follow this order",
                    fixFa: "هر مورد را یک بار بنویسید؛ سطرها و ستون‌ها به همین ترتیب می‌آیند")
            } else {
                names.append(name)
            }
        }
        return names.count == list.count ? names : nil
    }
}
