import Localization

/// A search text as words folded by `PersianSearchNormalizer`, so that "Leads", "leads", «مديريت» (Arabic
/// yeh), «تجزیه وتحلیل» and «تجزیه‌وتحلیل» (with a zero-width non-joiner) find the same names.
struct SearchKey: Sendable, Hashable {
    let words: [String]

    init(_ text: String) {
        words = PersianSearchNormalizer.normalize(text).split(separator: " ").map {
            PersianSearchNormalizer.searchKey(String($0))
        }
    }

    var isEmpty: Bool { words.isEmpty }

    /// `true` when every word appears in the English or the Persian name (not necessarily the same one),
    /// spaces ignored; an empty key matches everything.
    func matches(_ name: LocalizedText) -> Bool {
        let keys = [name.en, name.fa].compactMap { $0 }.map(PersianSearchNormalizer.searchKey)
        return words.allSatisfy { word in keys.contains { $0.contains(word) } }
    }
}
