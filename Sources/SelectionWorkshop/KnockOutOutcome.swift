import Localization

extension KnockOutCheck {
    /// What the knock-out checks say about one vendor of the long list.
    public enum Outcome: Sendable, Hashable {
        /// Nothing to compare: the vendor has no `checks:`, or the shortlist no `needs:`.
        case unchecked
        case passed
        case failed([Failure])

        public var failures: [Failure] {
            if case .failed(let failures) = self { failures } else { [] }
        }
    }

    public static func outcome(of vendor: Vendor, in shortlist: ShortlistFile) -> Outcome {
        guard let needs = shortlist.needs, let checks = vendor.checks else { return .unchecked }
        let failures = failures(of: checks, against: needs)
        return failures.isEmpty ? .passed : .failed(failures)
    }

    /// The reason kept on a vendor that is marked out for `failures`: each failed check's name and detail.
    public static func reason(for failures: [Failure], in language: Language) -> String {
        let items = failures.map { "\($0.name.text(in: language)) (\($0.detail.text(in: language)))" }
        return switch language {
        case .fa: "بررسی‌های حذفی را رد کرد: " + items.joined(separator: "؛ ")
        case .en: "failed the knock-out checks: " + items.joined(separator: "; ")
        }
    }
}
