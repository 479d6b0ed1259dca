import Foundation
import Localization
import SelectionWorkshop

extension WorkspaceEditor {
    /// The order of a vendor's keys in `shortlist.yaml`, so that a new `reason:` lands after `status:`.
    static let vendorKeys = ["id", "name", "product", "website", "status", "reason", "checks"]

    /// Marks each vendor out of the shortlist with its reason, as one edit of `shortlist.yaml`: the reason is
    /// set before the status, the file is checked with both, and it is written once — so it never holds
    /// `status: out` without a reason, and a refused or failed edit leaves it as it was.
    /// - Parameter vendors: vendors as read from the workspace (their origins say where they are).
    /// - Returns: the new warnings at those vendors.
    @discardableResult
    public static func markOut(
        _ vendors: [(vendor: Vendor, reason: String)], at directory: URL
    ) throws(Failure) -> [Diagnostic] {
        var changes: [Change] = []
        for (vendor, reason) in vendors {
            let record = vendor.origin.path.map { component -> YAMLPathStep in
                switch component {
                case .key(let key): .key(key)
                case .index(let index): .index(index)
                }
            }
            changes.append(Change(.text(reason), at: record + [.key("reason")], in: vendor.origin.file))
            changes.append(Change(.text(Vendor.Status.out.rawValue), at: record + [.key("status")], in: vendor.origin.file))
        }
        return try apply(changes, at: directory) { _, path in
            path == [.key("vendors"), .index(0)] ? vendorKeys : []
        }.warnings
    }
}
