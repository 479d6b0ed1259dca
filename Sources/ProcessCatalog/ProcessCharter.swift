import Foundation
import Localization

/// A process charter (شناسنامه فرآیند): the one-page identity card of a business process that the
/// implementation team writes with the consultants and the vendor (step 6 of the selection).
///
/// The eleven required fields are those of the source article; the optional ones are the extras it says
/// a charter "sometimes" carries. Texts are `LocalizedText` because a charter is often circulated in both
/// languages; a team writing in one language fills one side.
public struct ProcessCharter: Sendable, Hashable {
    public typealias ID = CharterID

    public var id: ID
    /// The APQC process this charter details, e.g. `6.2.3`, when it maps onto one.
    public var apqcProcess: String?

    // The eleven fields every charter has.
    public var title: LocalizedText
    public var goal: LocalizedText
    public var performanceIndicators: [LocalizedText]
    /// The organizational unit(s) responsible for the process.
    public var owner: LocalizedText
    public var executors: [LocalizedText]
    /// The process's main audience.
    public var scope: LocalizedText
    public var rulesAndRegulations: [LocalizedText]
    public var informationSystems: [LocalizedText]
    /// Which units receive which worksheets and documents.
    public var distribution: [CopyDistribution]
    /// Where the main documents are kept.
    public var recordKeeping: LocalizedText
    public var approximateDuration: DurationRange

    // What a charter sometimes carries as well.
    public var description: LocalizedText?
    public var inputs: [LocalizedText]
    public var outputs: [LocalizedText]
    public var documents: [LocalizedText]
    public var steps: [Step]

    public init(
        id: ID, apqcProcess: String? = nil, title: LocalizedText, goal: LocalizedText,
        performanceIndicators: [LocalizedText], owner: LocalizedText, executors: [LocalizedText],
        scope: LocalizedText, rulesAndRegulations: [LocalizedText], informationSystems: [LocalizedText],
        distribution: [CopyDistribution], recordKeeping: LocalizedText, approximateDuration: DurationRange,
        description: LocalizedText? = nil, inputs: [LocalizedText] = [], outputs: [LocalizedText] = [],
        documents: [LocalizedText] = [], steps: [Step] = []
    ) {
        self.id = id
        self.apqcProcess = apqcProcess
        self.title = title
        self.goal = goal
        self.performanceIndicators = performanceIndicators
        self.owner = owner
        self.executors = executors
        self.scope = scope
        self.rulesAndRegulations = rulesAndRegulations
        self.informationSystems = informationSystems
        self.distribution = distribution
        self.recordKeeping = recordKeeping
        self.approximateDuration = approximateDuration
        self.description = description
        self.inputs = inputs
        self.outputs = outputs
        self.documents = documents
        self.steps = steps
    }

    /// Which unit receives which worksheets and documents.
    public struct CopyDistribution: Sendable, Hashable {
        public var unit: LocalizedText
        public var documents: [LocalizedText]

        public init(unit: LocalizedText, documents: [LocalizedText] = []) {
            self.unit = unit
            self.documents = documents
        }
    }

    /// One step of the process, in order, with the role that performs it.
    public struct Step: Sendable, Hashable {
        public var name: LocalizedText
        public var performer: LocalizedText
        public var expectedDuration: DurationRange?

        public init(name: LocalizedText, performer: LocalizedText, expectedDuration: DurationRange? = nil) {
            self.name = name
            self.performer = performer
            self.expectedDuration = expectedDuration
        }
    }
}

/// A charter's identifier, unique within a workspace (e.g. `roadside-assistance`).
public struct CharterID: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An approximate duration such as "one to three hours", in whole minutes.
public struct DurationRange: Sendable, Hashable {
    public var minimumMinutes: Int
    public var maximumMinutes: Int

    public init(minimumMinutes: Int, maximumMinutes: Int) {
        self.minimumMinutes = minimumMinutes
        self.maximumMinutes = maximumMinutes
    }

    public init(minutes: Int) {
        self.init(minimumMinutes: minutes, maximumMinutes: minutes)
    }

    /// Parses `90m`, `1h`, `1h30m`, `2d` (24-hour days), `2w` or a range of two of them, `1h-3h` or `1h..3h`.
    /// Returns `nil` for anything else, for a negative amount, or for a range whose end lies before its start.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let separators = ["..", "-", "–"]
        for separator in separators {
            let parts = trimmed.components(separatedBy: separator)
            if parts.count == 2 {
                guard let low = Self.minutes(parts[0]), let high = Self.minutes(parts[1]), low <= high else {
                    return nil
                }
                self.init(minimumMinutes: low, maximumMinutes: high)
                return
            }
        }
        guard let single = Self.minutes(trimmed) else { return nil }
        self.init(minutes: single)
    }

    /// The canonical text form, `1h-3h` or `45m`, that `init(parsing:)` reads back.
    public var canonicalText: String {
        minimumMinutes == maximumMinutes
            ? Self.text(minimumMinutes) : "\(Self.text(minimumMinutes))-\(Self.text(maximumMinutes))"
    }

    private static let unitMinutes: [(Character, Int)] = [("w", 10080), ("d", 1440), ("h", 60), ("m", 1)]

    private static func text(_ minutes: Int) -> String {
        if minutes == 0 { return "0m" }
        var rest = minutes
        var result = ""
        for (unit, size) in unitMinutes where rest >= size {
            result += "\(rest / size)\(unit)"
            rest %= size
        }
        return result
    }

    private static func minutes(_ text: String) -> Int? {
        let text = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !text.isEmpty, text.count <= 24 else { return nil }
        var total = 0
        var number = ""
        var lastUnitIndex = -1
        for character in text {
            if let digit = character.wholeNumberValue, character.isASCII {
                number.append(Character(String(digit)))
            } else if let index = unitMinutes.firstIndex(where: { $0.0 == character }) {
                // Units must come in decreasing order (1h30m, not 30m1h) and each once.
                guard let value = Int(number), index > lastUnitIndex else { return nil }
                let (product, overflow) = value.multipliedReportingOverflow(by: unitMinutes[index].1)
                guard !overflow else { return nil }
                let (sum, overflowSum) = total.addingReportingOverflow(product)
                guard !overflowSum else { return nil }
                total = sum
                number = ""
                lastUnitIndex = index
            } else {
                return nil
            }
        }
        guard number.isEmpty, lastUnitIndex >= 0 else { return nil }
        return total
    }
}
