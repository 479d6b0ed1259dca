import Foundation
import Localization
import SelectionWorkshop

extension WorkspaceEditor {
    /// A requirement to add to `requirements.yaml`, and the interview (if any) it came out of.
    public struct NewRequirement: Sendable {
        public var id: Requirement.ID
        public var title: LocalizedText
        public var description: LocalizedText?
        public var priority: MoSCoWPriority
        public var category: RequirementCategory
        public var step: Int?
        public var sources: [Stakeholder.ID]
        /// The interview whose `requirements:` list gets this requirement's id.
        public var interview: Interview?

        public init(
            id: Requirement.ID, title: LocalizedText, description: LocalizedText? = nil, priority: MoSCoWPriority,
            category: RequirementCategory, step: Int? = nil, sources: [Stakeholder.ID] = [], interview: Interview? = nil
        ) {
            self.id = id
            self.title = title
            self.description = description
            self.priority = priority
            self.category = category
            self.step = step
            self.sources = sources
            self.interview = interview
        }
    }

    /// The order of an interview's keys in `stakeholders.yaml`, so that a new `requirements:` comes last.
    static let interviewKeys = [
        "id", "stakeholder", "date", "interviewer", "data_used", "data_needed", "reports_needed", "reports_missing", "notes",
        "requirements",
    ]

    /// Appends `requirements` to `requirements.yaml` and adds each one's id to its interview's
    /// `requirements:` in `stakeholders.yaml`, as one edit of both files: checked together, and either both
    /// are written or neither. `language` is the workspace language, which plain texts are read in. When the
    /// requirements already there are kept apart by blank lines, so are the new ones. Returns the new warnings
    /// at the added requirements and at the interviews' new links.
    @discardableResult
    public static func add(
        _ requirements: [NewRequirement], language: Language, at directory: URL
    ) throws(Failure) -> [Diagnostic] {
        var changes: [Change] = []
        for requirement in requirements {
            var entries = [
                YAMLEntry("id", .text(requirement.id.rawValue)), YAMLEntry("title", yamlValue(requirement.title, language)),
            ]
            if let description = requirement.description {
                entries.append(YAMLEntry("description", yamlValue(description, language)))
            }
            entries += [
                YAMLEntry("priority", .text(requirement.priority.rawValue)),
                YAMLEntry("category", .text(requirement.category.rawValue)),
            ]
            if let step = requirement.step { entries.append(YAMLEntry("step", .number(String(step)))) }
            if !requirement.sources.isEmpty {
                entries.append(YAMLEntry("sources", .texts(requirement.sources.map(\.rawValue))))
            }
            changes.append(Change(.mapping(entries), at: [.key("requirements"), .append], in: Workspace.FileName.requirements))
        }
        for requirement in requirements {
            guard let interview = requirement.interview, case .index(let index)? = interview.origin.path.last else {
                continue
            }
            changes.append(
                Change(
                    .text(requirement.id.rawValue), at: [.key("interviews"), .index(index), .key("requirements"), .append],
                    in: interview.origin.file))
        }
        return try apply(changes, at: directory) { file, path in
            file == Workspace.FileName.stakeholders && path == [.key("interviews"), .index(0)] ? interviewKeys : []
        }.warnings
    }

    /// A text as the workspace writes it: plain when it is only in the workspace language, else `{fa:, en:}`.
    static func yamlValue(_ text: LocalizedText, _ language: Language) -> YAMLValue {
        if text.languages == [language], let plain = text.exactly(language) { return .text(plain) }
        return .mapping(text.languages.compactMap { lang in text.exactly(lang).map { YAMLEntry(lang.rawValue, .text($0)) } })
    }
}
