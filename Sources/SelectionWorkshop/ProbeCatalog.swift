import Foundation
import Localization

/// The smoke-test probes the reference CRM knows how to run (`reference-crm/probes.yaml`): what each one
/// proves and the parameters it takes. A requirement names one in `verify: {probe: NAME, with: {…}}`; the
/// list grows as the reference CRM learns new probes.
public struct ProbeCatalog: Sendable, Hashable {
    public var probes: [Probe]

    public init(probes: [Probe]) {
        self.probes = probes
    }

    public func probe(_ id: Probe.ID) -> Probe? {
        probes.first { $0.id == id }
    }
}

public struct Probe: Sendable, Hashable {
    public typealias ID = Identifier<Probe>

    public struct Parameter: Sendable, Hashable {
        /// What a parameter's value must look like.
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case number
            case yesNo = "yes-no"
            case text
        }

        public var name: String
        public var kind: Kind
        public var description: LocalizedText

        public init(name: String, kind: Kind, description: LocalizedText) {
            self.name = name
            self.kind = kind
            self.description = description
        }

        /// `true` when `value`, as written under `with:`, is of this parameter's kind.
        public func accepts(_ value: String) -> Bool {
            switch kind {
            case .text: true
            case .number: Double(PersianDigits.toLatin(value).trimmingCharacters(in: .whitespaces)) != nil
            case .yesNo: ["yes", "no", "true", "false"].contains(value.lowercased())
            }
        }
    }

    public var origin: FieldOrigin
    public var id: ID
    public var description: LocalizedText
    public var parameters: [Parameter] = []

    public init(origin: FieldOrigin, id: ID, description: LocalizedText, parameters: [Parameter] = []) {
        self.origin = origin
        self.id = id
        self.description = description
        self.parameters = parameters
    }

    public func parameter(named name: String) -> Parameter? {
        parameters.first { $0.name == name }
    }
}

extension Probe.Parameter.Kind {
    public var name: LocalizedText {
        switch self {
        case .number: LocalizedText(fa: "عدد", en: "a number")
        case .yesNo: LocalizedText(fa: "بله یا خیر (yes/no)", en: "yes or no")
        case .text: LocalizedText(fa: "متن", en: "a text")
        }
    }
}
