import Localization

/// What a system customer's interview still has to give the requirements: one draft per missing report or
/// needed data item that no requirement covers yet.
public enum InterviewRequirements {
    /// Where in the interview an item was written.
    public enum Source: String, Sendable, Hashable, CaseIterable {
        case reportsMissing = "reports_missing"
        case dataNeeded = "data_needed"
    }

    /// One item of an interview that is still to become a requirement.
    public struct Draft: Sendable, Hashable {
        public var interview: Interview
        public var source: Source
        public var text: LocalizedText
    }

    /// The items of every interview with `stakeholder`, in the order written (missing reports first), that
    /// no requirement covers. A requirement covers an item when its title or description reads the same
    /// (ignoring letter forms, spaces and half-spaces, digits' script and case) and it is linked from the interview
    /// (`requirements:`) or was asked for by the person interviewed (`sources:`).
    public static func drafts(for stakeholder: Stakeholder.ID, in workspace: Workspace) -> [Draft] {
        let requirements = workspace.requirements.requirements
        var drafts: [Draft] = []
        var seen: Set<String> = []
        for interview in workspace.stakeholders.interviews where interview.stakeholder == stakeholder {
            let linked = Set(interview.requirements)
            let related = requirements.filter { linked.contains($0.id) || $0.sources.contains(stakeholder) }
            let covered = Set(related.flatMap { keys($0.title) + ($0.description.map(keys) ?? []) })
            for (source, items) in [(Source.reportsMissing, interview.reportsMissing), (.dataNeeded, interview.dataNeeded)] {
                for item in items {
                    let itemKeys = keys(item)
                    // An item written twice (in one interview or two) becomes one requirement.
                    guard covered.isDisjoint(with: itemKeys), seen.isDisjoint(with: itemKeys) else { continue }
                    seen.formUnion(itemKeys)
                    drafts.append(Draft(interview: interview, source: source, text: item))
                }
            }
        }
        return drafts
    }

    /// The normalized forms of each language of `text`, for comparing what people typed.
    static func keys(_ text: LocalizedText) -> [String] {
        text.languages.compactMap { text.exactly($0) }.map(PersianSearchNormalizer.searchKey).filter { !$0.isEmpty }
    }
}

/// New requirement ids that follow the pattern a workspace already uses (`R-001` → `R-021`).
public enum RequirementNumbering {
    /// The pattern when a workspace has no numbered requirement yet.
    public static let defaultPrefix = "R-"
    public static let defaultWidth = 3

    /// `count` ids that are not in `existing`, numbered on from the highest number of the most used prefix
    /// (an id's text before its trailing digits), padded with zeros to that prefix's widest number.
    public static func next(_ count: Int, after existing: [Requirement.ID]) -> [Requirement.ID] {
        var byPrefix: [String: (count: Int, highest: Int, width: Int, lastSeen: Int)] = [:]
        for (position, id) in existing.enumerated() {
            let digits = String(id.rawValue.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())
            // Very long digit runs are not counters; they would overflow.
            guard !digits.isEmpty, digits.count <= 9, let number = Int(digits) else { continue }
            let prefix = String(id.rawValue.dropLast(digits.count))
            let known = byPrefix[prefix] ?? (0, 0, 0, 0)
            byPrefix[prefix] = (known.count + 1, max(known.highest, number), max(known.width, digits.count), position)
        }
        let pattern = byPrefix.max { a, b in (a.value.count, a.value.lastSeen) < (b.value.count, b.value.lastSeen) }
        let prefix = pattern?.key ?? defaultPrefix
        let width = pattern?.value.width ?? defaultWidth
        var number = pattern?.value.highest ?? 0
        let taken = Set(existing)
        var ids: [Requirement.ID] = []
        while ids.count < count {
            number += 1
            let digits = String(number)
            let id = Requirement.ID(prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits)
            if !taken.contains(id) { ids.append(id) }
        }
        return ids
    }
}
