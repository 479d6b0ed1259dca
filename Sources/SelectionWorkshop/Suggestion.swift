/// "Did you mean …?" — the closest known name to a mistyped one.
public enum Suggestion {
    public static let maximumCandidates = 2_000

    /// The candidate with the smallest edit distance to `text`, if it is close enough to be a likely typo
    /// (at most a third of the longer name's length, and at most 3 edits). Long inputs get no suggestion, so
    /// the work stays small whatever a file contains.
    public static func closest(to text: String, among candidates: some Sequence<String>) -> String? {
        let source = Array(text.lowercased().unicodeScalars)
        guard !source.isEmpty, source.count <= 64 else { return nil }
        let unique = Set(candidates)
        // Beyond this many names a suggestion is more noise than help, and costs too much per reference.
        guard unique.count <= maximumCandidates else { return nil }
        var best: (name: String, distance: Int)?
        for candidate in unique.sorted() where candidate != text {
            let target = Array(candidate.lowercased().unicodeScalars)
            guard target.count <= 64 else { continue }
            let limit = min(3, max(1, max(source.count, target.count) / 3))
            // The distance is at least the difference in length: skip what cannot be close enough.
            guard abs(source.count - target.count) <= limit else { continue }
            let distance = editDistance(source, target, limit: limit)
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// Levenshtein distance with one row of memory. With a `limit`, work stops as soon as every entry of a
    /// row exceeds it (the distance can only grow from there) and `limit + 1` is returned.
    static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int? = nil) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            var smallest = row[0]
            for j in 1...b.count {
                let current = row[j]
                row[j] = a[i - 1] == b[j - 1] ? previous : 1 + min(previous, row[j], row[j - 1])
                previous = current
                smallest = min(smallest, row[j])
            }
            if let limit, smallest > limit { return limit + 1 }
        }
        return row[b.count]
    }
}
