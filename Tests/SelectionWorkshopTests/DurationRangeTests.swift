import ProcessCatalog
import PropertyBased
import Testing

@Suite struct DurationRangeTests {
    @Test(arguments: [
        ("45m", 45, 45),
        ("2h", 120, 120),
        ("1h30m", 90, 90),
        ("3d", 3 * 1440, 3 * 1440),
        ("2w", 2 * 10080, 2 * 10080),
        ("1w2d3h4m", 10080 + 2 * 1440 + 3 * 60 + 4, 10080 + 2 * 1440 + 3 * 60 + 4),
        ("0m", 0, 0),
        ("90m", 90, 90),
        (" 2H ", 120, 120),
        ("1h-3h", 60, 180),
        ("1h..3h", 60, 180),
        ("1h–3h", 60, 180),  // an en dash
        ("1h - 3h", 60, 180),
        ("2h-2h", 120, 120),
        ("30m-1d", 30, 1440),
    ])
    func parses(text: String, minimum: Int, maximum: Int) throws {
        let range = try #require(DurationRange(parsing: text))
        #expect(range.minimumMinutes == minimum)
        #expect(range.maximumMinutes == maximum)
    }

    @Test(arguments: [
        "30m1h",  // units out of order
        "1h1h",  // a unit twice
        "1h-",
        "-1h",
        "",
        "   ",
        "abc",
        "1",  // no unit
        "h",  // no number
        "1h30",  // trailing number
        "1.5h",
        "1h 30m",
        "9999999999999999999d",  // more than Int can hold
        "999999999999999999w",  // fits in Int, overflows once made minutes
        "3h-1h",  // the end before the start
        "1d..1h",
        "1h-2h-3h",
        "1h...3h",
        "۲h",  // Persian digits
    ])
    func rejects(text: String) {
        #expect(DurationRange(parsing: text) == nil)
    }

    @Test(arguments: [
        (DurationRange(minutes: 45), "45m"),
        (DurationRange(minutes: 90), "1h30m"),
        (DurationRange(minutes: 0), "0m"),
        (DurationRange(minutes: 1440 + 1), "1d1m"),
        (DurationRange(minimumMinutes: 60, maximumMinutes: 180), "1h-3h"),
        (DurationRange(minimumMinutes: 10080, maximumMinutes: 2 * 10080 + 1440), "1w-2w1d"),
    ])
    func canonicalText(range: DurationRange, text: String) {
        #expect(range.canonicalText == text)
    }

    @Test func canonicalTextParsesBackToTheSameRange() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max), Gen.int(in: 0...Int.max)) { a, b in
            let range = DurationRange(minimumMinutes: min(a, b), maximumMinutes: max(a, b))
            #expect(DurationRange(parsing: range.canonicalText) == range, "\(range.canonicalText)")
        }
    }

    @Test func canonicalTextOfShortRangesParsesBack() async {
        // Most real durations are minutes to weeks; the full Int range above rarely lands there.
        await propertyCheck(count: 300, input: Gen.int(in: 0...100_000), Gen.int(in: 0...100_000)) { a, b in
            let range = DurationRange(minimumMinutes: min(a, b), maximumMinutes: max(a, b))
            #expect(DurationRange(parsing: range.canonicalText) == range, "\(range.canonicalText)")
        }
    }
}
