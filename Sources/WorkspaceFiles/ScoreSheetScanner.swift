import Foundation
import SelectionWorkshop

/// The fast way through a score sheet (`scores/EVALUATOR.yaml`) in its common shape.
///
/// Score sheets are the one part of a workspace that grows with evaluators × vendors × criteria: 30 evaluators
/// scoring 40 vendors on 300 criteria write 360,000 scores, and reading them through libyaml and the value tree
/// (with a position remembered for every value) costs more than everything the scorecard computes from them.
/// Most sheets are a few top-level keys and two levels of `key: number` lines, so this scanner reads exactly
/// that shape straight from the bytes, and declines — returns `nil` — at the first thing outside it: a quote,
/// a flow collection (`{score: 4, note: …}`), a tab, a multi-line value, an alias, a key the scorecard does not
/// have, a duplicate key, a value that is not a finite number, a missing `evaluator` or `version`, a non-ASCII
/// character outside a comment, or anything libyaml would refuse. A declined file is read the ordinary way,
/// which reports every problem with its line and column; so the scanner never reports anything, and for every
/// file it accepts it gives the same sheet and the same positions as the ordinary reader (a property test
/// checks both on generated sheets, in both shapes).
///
/// Positions of the few values above the scores (the file, `version`, `evaluator`, `submitted`, `scores`, each
/// vendor) go into the ordinary position map; the position of each score is kept in an array beside the
/// sheet's scores, so that no per-score map has to be built unless a diagnostic asks for one
/// (`LoadedWorkspace.located`).
struct ScoreSheetScanner {
    /// What a score sheet may name, resolved once per workspace: the scorecard's leaves (a score on any other
    /// key sends the file to the ordinary reader, whose checks name it) and the shortlist's vendor ids (whose
    /// text the sheet's ids share).
    struct Vocabulary {
        /// Criterion index by its text.
        let criteria: [String: Int]
        let ids: [Criterion.ID]
        /// Each criterion's text as bytes, to confirm a guess without hashing.
        let bytes: [[UInt8]]
        let vendors: [String: Vendor.ID]

        init(criteria: [Criterion.ID], vendors: [Vendor.ID]) {
            var byText: [String: Int] = [:]
            var ids: [Criterion.ID] = []
            for id in criteria where byText[id.rawValue] == nil {
                byText[id.rawValue] = ids.count
                ids.append(id)
            }
            self.criteria = byText
            self.ids = ids
            self.bytes = ids.map { Array($0.rawValue.utf8) }
            self.vendors = Dictionary(vendors.map { ($0.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    struct Result {
        var sheet: ScoreSheet
        /// The positions of the file, its top-level values, `scores` and each vendor's mapping.
        var locations: [FieldOrigin: SourceLocation]
        /// The position of each score's value, in the order of `sheet.scores`.
        var scoreLocations: [SourceLocation]
    }

    /// The sheet in `data`, or `nil` when the file is not in the shape this scanner reads (see the type).
    static func scan(_ data: Data, file: String, vocabulary: Vocabulary, limits: YAMLReadLimits = .standard) -> Result? {
        guard data.count <= limits.maximumBytes else { return nil }
        return data.withUnsafeBytes { bytes in
            var scanner = ScoreSheetScanner(bytes: bytes, file: file, vocabulary: vocabulary, limits: limits)
            return scanner.run()
        }
    }

    private let bytes: UnsafeRawBufferPointer
    private let file: String
    private let vocabulary: Vocabulary
    private let limits: YAMLReadLimits

    private var version: Int?
    private var evaluator: String?
    private var submitted: Bool?
    private var seenTopKeys: Set<String> = []
    private var rootLocation: SourceLocation?
    private var scoresLocation: SourceLocation?
    private var locations: [FieldOrigin: SourceLocation] = [:]
    private var scores: [ScoreSheet.Score] = []
    private var scoreLocations: [SourceLocation] = []
    /// The nodes the ordinary reader would make: the root mapping, and per `key:` line the key and its value
    /// (a scalar, or the mapping under it). Beyond the reader's limit the file is declined, for it to report.
    private var nodes = 1

    private enum Section {
        case top
        /// Under `scores:`, before its first vendor.
        case scores
        /// Under a vendor, with the indent of its vendor keys.
        case vendor(vendorIndent: Int)
    }

    private var section = Section.top
    private var vendor: Vendor.ID?
    private var seenVendors: Set<String> = []
    /// The indent of the current vendor's criteria, set by its first; -1 before it.
    private var criterionIndent = -1
    /// Per criterion index, the number of the vendor block that last scored it: a second score in the same
    /// block is a duplicate key.
    private var scoredIn: [Int]
    private var vendorBlock = 0
    /// The criteria of the current vendor block, and of the one before, in the order written: sheets list
    /// every vendor's criteria in the same order, so the previous block's tells which key to expect.
    private var order: [Int] = []
    private var previousOrder: [Int] = []

    private init(bytes: UnsafeRawBufferPointer, file: String, vocabulary: Vocabulary, limits: YAMLReadLimits) {
        self.bytes = bytes
        self.file = file
        self.vocabulary = vocabulary
        self.limits = limits
        self.scoredIn = [Int](repeating: -1, count: vocabulary.ids.count)
    }

    private mutating func run() -> Result? {
        var start = 0
        var line = 1
        let count = bytes.count
        while start < count {
            var end = start
            while end < count, bytes[end] != 0x0A { end += 1 }
            // A CR before the LF ends the line too, as libyaml reads it; a CR elsewhere is declined below.
            let content = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
            guard self.line(start..<content, number: line) else { return nil }
            start = end + 1
            line += 1
        }
        guard closeVendor(), case .some = rootLocation, let version, let evaluator else { return nil }
        guard WorkspaceFormat.knownVersions.contains(version) else { return nil }
        if case .scores = section { return nil }  // `scores:` with nothing under it is null: the reader skips it
        let origin = FieldOrigin(file: file)
        var sheet = ScoreSheet(origin: origin, evaluator: Identifier(evaluator))
        sheet.submitted = submitted ?? false
        sheet.scores = scores
        locations[origin] = rootLocation
        return Result(sheet: sheet, locations: locations, scoreLocations: scoreLocations)
    }

    /// Reads one line (without its line break); `false` declines the file.
    private mutating func line(_ range: Range<Int>, number: Int) -> Bool {
        var at = range.lowerBound
        while at < range.upperBound, bytes[at] == 0x20 { at += 1 }
        let indent = at - range.lowerBound
        guard at < range.upperBound else { return true }  // blank
        if bytes[at] == UInt8(ascii: "#") { return comment(at + 1..<range.upperBound) }

        // key: [value] [# comment]
        let keyStart = at
        guard Self.isKeyStart(bytes[at]) else { return false }
        at += 1
        while at < range.upperBound, Self.isKeyByte(bytes[at]) { at += 1 }
        let keyEnd = at
        // libyaml gives up on a key more than 1,024 characters long; no id comes near.
        guard keyEnd - keyStart <= IdentifierSyntax.maximumLength else { return false }
        guard at < range.upperBound, bytes[at] == UInt8(ascii: ":") else { return false }
        at += 1
        guard at == range.upperBound || bytes[at] == 0x20 else { return false }
        while at < range.upperBound, bytes[at] == 0x20 { at += 1 }
        var value: Range<Int>?
        if at < range.upperBound, bytes[at] != UInt8(ascii: "#") {
            let valueStart = at
            guard Self.isValueStart(bytes[at], next: at + 1 < range.upperBound ? bytes[at + 1] : 0) else { return false }
            at += 1
            while at < range.upperBound, Self.isValueByte(bytes[at]) { at += 1 }
            value = valueStart..<at
            guard at == range.upperBound || bytes[at] == 0x20 else { return false }
            while at < range.upperBound, bytes[at] == 0x20 { at += 1 }
        }
        if at < range.upperBound {
            // Only a comment may follow, and it was preceded by a space (a `#` right after a key or value
            // was refused above, as YAML would read it as part of the text).
            guard bytes[at] == UInt8(ascii: "#"), comment(at + 1..<range.upperBound) else { return false }
        }
        nodes += 2
        guard nodes <= limits.maximumNodes else { return false }
        let keyLocation = SourceLocation(line: number, column: indent + 1)
        let valueLocation = value.map { SourceLocation(line: number, column: $0.lowerBound - range.lowerBound + 1) }
        return entry(key: keyStart..<keyEnd, at: keyLocation, indent: indent, value: value, valueAt: valueLocation)
    }

    private mutating func entry(
        key: Range<Int>, at keyLocation: SourceLocation, indent: Int, value: Range<Int>?, valueAt: SourceLocation?
    ) -> Bool {
        if indent == 0 {
            guard closeVendor() else { return false }
            if case .scores = section { return false }  // `scores:` left null
            section = .top
            return topLevel(text(key), value: value, at: valueAt, keyAt: keyLocation)
        }
        switch section {
        case .top:
            return false
        case .scores:
            guard value == nil else { return false }
            section = .vendor(vendorIndent: indent)
            return openVendor(text(key), at: keyLocation)
        case .vendor(let vendorIndent):
            if indent == vendorIndent {
                guard value == nil, closeVendor() else { return false }
                return openVendor(text(key), at: keyLocation)
            }
            guard indent > vendorIndent, let value, let valueAt, let vendor else { return false }
            if criterionIndent == -1 {
                criterionIndent = indent
                locations[FieldOrigin(file: file, path: [.key("scores"), .key(vendor.rawValue)])] = keyLocation
            }
            guard indent == criterionIndent, let criterion = criterion(key), scoredIn[criterion] != vendorBlock,
                let score = number(value)
            else { return false }
            scoredIn[criterion] = vendorBlock
            order.append(criterion)
            scores.append(ScoreSheet.Score(vendor: vendor, criterion: vocabulary.ids[criterion], value: score, note: nil))
            scoreLocations.append(valueAt)
            return true
        }
    }

    private mutating func topLevel(_ key: String, value: Range<Int>?, at valueAt: SourceLocation?, keyAt: SourceLocation)
        -> Bool
    {
        guard seenTopKeys.insert(key).inserted else { return false }
        if rootLocation == nil { rootLocation = keyAt }
        let origin = FieldOrigin(file: file, path: [.key(key)])
        switch key {
        case "scores":
            guard value == nil else { return false }
            section = .scores
            return true
        case "version":
            guard let value, let valueAt, let number = number(value), number == number.rounded(), abs(number) < 1e15
            else { return false }
            version = Int(number)
            locations[origin] = valueAt
        case "evaluator":
            guard let value, let valueAt, !isNull(value) else { return false }
            let id = text(value)
            guard IdentifierSyntax.isValid(id) else { return false }
            evaluator = id
            locations[origin] = valueAt
        case "submitted":
            guard let value, let valueAt else { return false }
            switch text(value).lowercased() {
            case "true", "yes", "on": submitted = true
            case "false", "no", "off": submitted = false
            default: return false
            }
            locations[origin] = valueAt
        default:
            return false
        }
        return true
    }

    private mutating func openVendor(_ key: String, at location: SourceLocation) -> Bool {
        guard seenVendors.insert(key).inserted else { return false }
        if scoresLocation == nil {
            scoresLocation = location
            locations[FieldOrigin(file: file, path: [.key("scores")])] = location
        }
        vendor = vocabulary.vendors[key] ?? Vendor.ID(key)
        vendorBlock += 1
        if !order.isEmpty { previousOrder = order }
        order.removeAll(keepingCapacity: true)
        criterionIndent = -1
        return true
    }

    /// Ends the current vendor's block; `false` when it had no criteria (a null the reader would skip).
    private mutating func closeVendor() -> Bool {
        guard vendor != nil else { return true }
        defer { vendor = nil }
        return criterionIndent != -1
    }

    /// The index of the criterion `key` names: the one the previous vendor had at this place when the bytes
    /// match, else looked up by text.
    private func criterion(_ key: Range<Int>) -> Int? {
        if order.count < previousOrder.count {
            let guess = previousOrder[order.count]
            let expected = vocabulary.bytes[guess]
            if expected.count == key.count, zip(expected, key).allSatisfy({ $0 == bytes[$1] }) { return guess }
        }
        return vocabulary.criteria[text(key)]
    }

    // MARK: Bytes

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private func isNull(_ range: Range<Int>) -> Bool {
        ["null", "Null", "NULL"].contains(text(range))
    }

    /// A finite number as `Value.double()` reads it; `nil` for anything else (and for `_` separators, which
    /// the ordinary reader handles).
    private func number(_ range: Range<Int>) -> Double? {
        // Whole numbers of up to 15 digits are exact as doubles: read them without a string.
        if range.count <= 15 {
            var whole = 0
            var digits = true
            for index in range {
                let byte = bytes[index]
                guard byte >= 0x30, byte <= 0x39 else {
                    digits = false
                    break
                }
                whole = whole * 10 + Int(byte - 0x30)
            }
            if digits { return Double(whole) }
        }
        let raw = text(range)
        guard !raw.contains("_"), let number = Double(raw), number.isFinite else { return nil }
        return number
    }

    /// Checks a comment's text as libyaml reads every character of a file: printable, valid UTF-8, and no
    /// character that libyaml takes for a line break.
    private func comment(_ range: Range<Int>) -> Bool {
        var at = range.lowerBound
        while at < range.upperBound {
            let byte = bytes[at]
            if byte < 0x80 {
                guard byte == 0x09 || (byte >= 0x20 && byte != 0x7F) else { return false }
                at += 1
                continue
            }
            // NEL, LS and PS break lines in libyaml; a byte-order mark is left to it too.
            guard let (scalar, length) = Self.decode(bytes, at: at, end: range.upperBound),
                (0xA0...0xD7FF).contains(scalar) || (0xE000...0xFFFD).contains(scalar)
                    || (0x10000...0x10FFFF).contains(scalar),
                scalar != 0x2028, scalar != 0x2029, scalar != 0xFEFF
            else { return false }
            at += length
        }
        return true
    }

    /// The Unicode scalar of the well-formed UTF-8 sequence at `at`, and its length.
    private static func decode(_ bytes: UnsafeRawBufferPointer, at: Int, end: Int) -> (UInt32, Int)? {
        let lead = bytes[at]
        let length: Int
        var scalar: UInt32
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: (length, scalar) = (2, UInt32(lead & 0x1F))
        case 0xE0: (length, scalar, low) = (3, UInt32(lead & 0x0F), 0xA0)
        case 0xED: (length, scalar, high) = (3, UInt32(lead & 0x0F), 0x9F)
        case 0xE1...0xEF: (length, scalar) = (3, UInt32(lead & 0x0F))
        case 0xF0: (length, scalar, low) = (4, UInt32(lead & 0x07), 0x90)
        case 0xF4: (length, scalar, high) = (4, UInt32(lead & 0x07), 0x8F)
        case 0xF1...0xF3: (length, scalar) = (4, UInt32(lead & 0x07))
        default: return nil
        }
        guard at + length <= end else { return nil }
        for offset in 1..<length {
            let byte = bytes[at + offset]
            let range = offset == 1 ? low...high : 0x80...0xBF
            guard range.contains(byte) else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        return (scalar, length)
    }

    /// A key starts with a Latin letter, a digit or `_`: nothing YAML gives a meaning to (`-`, `?`, `&`, `*`,
    /// `!`, quotes, brackets, `%`, `@`, `#`).
    private static func isKeyStart(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "_")
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// A value starts like a key, or with a sign or point before a digit (`-1`, `.5`); a lone `-` would be a
    /// list item.
    private static func isValueStart(_ byte: UInt8, next: UInt8) -> Bool {
        if isKeyStart(byte) { return true }
        let signOrPoint = byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
        return signOrPoint && next >= 0x30 && next <= 0x39
    }

    private static func isValueByte(_ byte: UInt8) -> Bool {
        isKeyByte(byte) || byte == UInt8(ascii: "+")
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
