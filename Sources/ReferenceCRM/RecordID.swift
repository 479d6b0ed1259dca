import Foundation

/// The id of one record of the reference CRM, of one kind (`RecordID<Contact>` is never a `RecordID<Case>`).
///
/// Ids are ULIDs (https://github.com/ulid/spec): 26 characters of Crockford's base 32 — 10 for the
/// millisecond the record was made, 16 for 80 random bits — so they are text in both SQLite and PostgreSQL,
/// safe in URLs, unguessable, and sort in the order records were created. That order is what cursor
/// pagination walks (`?after=ID`), and a new record lands at the end of a list without a second index. Ids
/// made within one millisecond by one generator keep their order too: the random part counts up from the
/// previous one (the spec's monotonic mode).
public struct RecordID<Kind>: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts a ULID in either case (stored in upper case); `nil` for anything else.
    public init?(rawValue: String) {
        let upper = rawValue.uppercased()
        guard upper.utf8.count == 26, upper.utf8.allSatisfy({ ULID.value(of: $0) != nil }),
            let first = upper.utf8.first, first <= UInt8(ascii: "7")  // 48 bits of time: the first character is 0…7
        else { return nil }
        self.rawValue = upper
    }

    init(unchecked rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// The millisecond the id was made.
    public var createdAt: Date {
        let milliseconds = rawValue.utf8.prefix(10).reduce(UInt64(0)) { $0 << 5 | UInt64(ULID.value(of: $1)!) }
        return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    public static func < (lhs: RecordID, rhs: RecordID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = RecordID(rawValue: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not a record id (a 26-character ULID)"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Makes ULIDs: time from a clock, randomness from a generator, both injectable so that tests are exact.
/// One generator per process; it is an actor so that ids made at once still come out in order.
public actor ULIDGenerator {
    private let now: @Sendable () -> Date
    private var random: any RandomNumberGenerator & Sendable
    private var last: (milliseconds: UInt64, random: (high: UInt16, low: UInt64))?

    public init(
        now: @escaping @Sendable () -> Date = { Date() },
        random: any RandomNumberGenerator & Sendable = SystemRandomNumberGenerator()
    ) {
        self.now = now
        self.random = random
    }

    /// A new id, later in order than every id this generator made before.
    public func next<Kind>(_: Kind.Type = Kind.self) -> RecordID<Kind> {
        // To the nearest millisecond: a clock's seconds as a double rarely hold a millisecond exactly.
        var milliseconds = UInt64(max(0, now().timeIntervalSince1970 * 1000).rounded())
        var bits: (high: UInt16, low: UInt64)
        if let last, milliseconds <= last.milliseconds {
            // The same millisecond (or a clock that stepped back): count up from the last id.
            milliseconds = last.milliseconds
            bits = last.random
            bits.low &+= 1
            if bits.low == 0 { bits.high &+= 1 }
            if bits.low == 0, bits.high == 0 { milliseconds += 1 }  // 2⁸⁰ ids in one millisecond: move on
        } else {
            bits = (UInt16(truncatingIfNeeded: random.next()), random.next())
        }
        last = (milliseconds, bits)
        return RecordID(unchecked: ULID.encode(milliseconds: milliseconds, high: bits.high, low: bits.low))
    }
}

enum ULID {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

    static func value(of byte: UInt8) -> UInt8? {
        alphabet.firstIndex(of: byte).map(UInt8.init)
    }

    /// 48 bits of time and 80 random bits (16 high, 64 low) as 26 characters, most significant first.
    static func encode(milliseconds: UInt64, high: UInt16, low: UInt64) -> String {
        var characters = [UInt8](repeating: 0, count: 26)
        var time = milliseconds & 0xFFFF_FFFF_FFFF
        for index in stride(from: 9, through: 0, by: -1) {
            characters[index] = alphabet[Int(time & 31)]
            time >>= 5
        }
        // 80 bits: 16 characters of 5 bits.
        var lowBits = low
        var highBits = UInt64(high)
        for index in stride(from: 25, through: 10, by: -1) {
            characters[index] = alphabet[Int(lowBits & 31)]
            lowBits = lowBits >> 5 | (highBits & 31) << 59
            highBits >>= 5
        }
        return String(decoding: characters, as: UTF8.self)
    }
}
