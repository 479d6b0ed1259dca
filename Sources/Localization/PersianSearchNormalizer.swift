import Foundation

/// Folds the many ways one Persian (or English) word can be typed into one form, so search finds it.
///
/// Text reaches crmkit from Persian keyboards, Arabic keyboards (ي, ك), PDFs (presentation forms), and
/// people who add vowel marks or skip the half-space. `normalize(_:)` makes:
/// - ي ى ئ → ی, ك → ک, ة ۀ → ه, ؤ → و, and أ إ ٱ **and آ** → ا;
/// - Arabic diacritics (fatha … sukun, tanwin, shadda, hamza and madda above, superscript alef U+0670)
///   and tatweel (U+0640) disappear, as do Latin accents (é → e);
/// - format characters disappear: ZWNJ (U+200C), ZWJ (U+200D), bidi marks, zero-width space, soft hyphen;
/// - Persian and Arabic-Indic digits become Latin; Latin text is lower-cased; Arabic presentation forms and
///   other compatibility characters take their plain form (NFKD); runs of whitespace become one space.
///
/// Choices:
/// - **آ folds to ا.** Users routinely type «امریکا» for «آمریکا» and «اب» for «آب»; a search that misses
///   those is worse than the rare extra hit. (Decomposed input, ا + U+0653, folds the same way.)
/// - **ZWNJ is nothing**, so «می‌روم» normalizes to «میروم». The half-space is just as often typed as a
///   space («می روم»); `normalize` keeps that space (it is a word boundary), but `matches(query:in:)` and
///   `searchKey(_:)` also ignore spaces, so all three spellings find each other. The cost is that a query
///   may match across words ("sales force" finds "Salesforce"), which for search is a feature.
public enum PersianSearchNormalizer {
    /// `text` with letter forms, digits, case and spacing folded as described on the type.
    public static func normalize(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            guard let kept = fold(scalar) else { continue }
            if pendingSpace {
                folded.append(" ")
                pendingSpace = false
            }
            folded.append(kept)
        }
        return String(folded).precomposedStringWithCanonicalMapping.lowercased()
    }

    /// The form two texts are compared in: `normalize(_:)` without any spaces.
    public static func searchKey(_ text: String) -> String {
        normalize(text).filter { $0 != " " }
    }

    /// `true` when `query`, folded, occurs in `text`, folded, ignoring spaces. An empty query matches everything.
    public static func matches(query: String, in text: String) -> Bool {
        let key = searchKey(query)
        return key.isEmpty || searchKey(text).contains(key)
    }

    /// The scalar `scalar` folds to, or `nil` when it is dropped.
    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if let digit = PersianDigits.value(of: scalar) {
            return Unicode.Scalar(PersianDigits.latinZero + UInt32(digit))
        }
        if let letter = letterFolds[scalar] { return letter }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return nil
        default: break
        }
        return scalar == "\u{0640}" ? nil : scalar  // tatweel, a letter-spacing stroke, is a modifier letter
    }

    /// Letters after NFKD decomposition: hamza and madda are marks by then (أ is ا + U+0654), so only the
    /// letters that do not decompose are listed.
    private static let letterFolds: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{064A}": "\u{06CC}",  // ARABIC LETTER YEH → FARSI YEH
        "\u{0649}": "\u{06CC}",  // ALEF MAKSURA → FARSI YEH
        "\u{0643}": "\u{06A9}",  // ARABIC LETTER KAF → KEHEH
        "\u{06AA}": "\u{06A9}",  // SWASH KAF → KEHEH
        "\u{0629}": "\u{0647}",  // TEH MARBUTA → HEH
        "\u{06D5}": "\u{0647}",  // AE, what ۀ (U+06C0) decomposes to → HEH
        "\u{06C1}": "\u{0647}",  // HEH GOAL → HEH
        "\u{06BE}": "\u{0647}",  // HEH DOACHASHMEE → HEH
        "\u{0671}": "\u{0627}",  // ALEF WASLA → ALEF
    ]
}
