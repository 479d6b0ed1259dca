import Foundation
import PropertyBased
import ReferenceCRM
import Testing

@Suite("Record ids (ULIDs)")
struct RecordIDTests {
    enum Contact {}

    struct SplitMix64: RandomNumberGenerator, Sendable {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The ULID specification's example: `ulid(1469918176385)` begins `01ARYZ6S41`.
    @Test func theSpecificationsExample() async throws {
        let id = try #require(RecordID<Contact>(rawValue: "01aryz6s41tsv4rrffq69g5fav"))
        #expect(id.rawValue == "01ARYZ6S41TSV4RRFFQ69G5FAV")
        #expect(abs(id.createdAt.timeIntervalSince1970 - 1_469_918_176.385) < 1e-6)
        let generator = ULIDGenerator(now: { Date(timeIntervalSince1970: 1_469_918_176.385) }, random: SplitMix64(state: 9))
        let made: RecordID<Contact> = await generator.next()
        #expect(made.rawValue.hasPrefix("01ARYZ6S41"))
    }

    @Test(arguments: [
        "", "01ARZ3NDEKTSV4RRFFQ69G5FA", "01ARZ3NDEKTSV4RRFFQ69G5FAVX", "01ARZ3NDEKTSV4RRFFQ69G5FAI",
        "01ARZ3NDEKTSV4RRFFQ69G5FAU", "81ARZ3NDEKTSV4RRFFQ69G5FAV", "01ARZ3NDEK-SV4RRFFQ69G5FAV",
    ])
    func refused(_ text: String) {
        #expect(RecordID<Contact>(rawValue: text) == nil)
    }

    /// Ids made in one millisecond count up by one, so they keep their order.
    @Test func sameMillisecondCountsUp() async throws {
        let generator = ULIDGenerator(now: { Date(timeIntervalSince1970: 1_764_000_000.123) }, random: SplitMix64(state: 1))
        var ids: [RecordID<Contact>] = []
        for _ in 0..<50 { ids.append(await generator.next()) }
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == 50)
        #expect(ids.allSatisfy { $0.createdAt == Date(timeIntervalSince1970: 1_764_000_000.123) })
        #expect(ids.allSatisfy { $0.rawValue.prefix(10) == ids[0].rawValue.prefix(10) })
        // The random part counts up by exactly one: the value of the last two characters, modulo 32².
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        let tails = ids.map { id in id.rawValue.suffix(2).reduce(0) { $0 * 32 + alphabet.firstIndex(of: $1)! } }
        #expect(zip(tails, tails.dropFirst()).allSatisfy { ($1 - $0 + 1024) % 1024 == 1 })
    }

    /// Ids made at later milliseconds sort later, whatever their random part, and tell when they were made.
    @Test func idsSortByTime() async {
        await propertyCheck(
            count: 200, input: Gen.int64(in: 0...4_000_000_000_000), Gen.int64(in: 1...1_000_000), Gen.uint64()
        ) { start, gap, seed in
            let times = [start, start + gap]
            var ids: [RecordID<Contact>] = []
            for (index, milliseconds) in times.enumerated() {
                let generator = ULIDGenerator(
                    now: { Date(timeIntervalSince1970: Double(milliseconds) / 1000) },
                    random: SplitMix64(state: seed &+ UInt64(index)))
                ids.append(await generator.next())
            }
            #expect(ids[0] < ids[1])
            for (id, milliseconds) in zip(ids, times) {
                #expect(abs(id.createdAt.timeIntervalSince1970 * 1000 - Double(milliseconds)) < 0.5)
                #expect(RecordID<Contact>(rawValue: id.rawValue.lowercased()) == id)
            }
        }
    }

    @Test func codableAsText() throws {
        let id = try #require(RecordID<Contact>(rawValue: "01ARZ3NDEKTSV4RRFFQ69G5FAV"))
        let data = try JSONEncoder().encode([id])
        #expect(String(decoding: data, as: UTF8.self) == #"["01ARZ3NDEKTSV4RRFFQ69G5FAV"]"#)
        #expect(try JSONDecoder().decode([RecordID<Contact>].self, from: data) == [id])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([RecordID<Contact>].self, from: Data(#"["x"]"#.utf8)) }
    }
}
