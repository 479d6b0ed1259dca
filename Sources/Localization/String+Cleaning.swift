extension String {
    /// `self` without Unicode format characters (LRM, RLM, ALM, ZWNJ, ZWJ, BOM, ...). They are invisible, and
    /// text copied from right-to-left interfaces (or printed by Foundation for `fa_IR`) carries them around
    /// numbers and dates.
    var removingFormatCharacters: String {
        String(unicodeScalars.filter { $0.properties.generalCategory != .format })
    }

    /// `self` without leading and trailing whitespace.
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
