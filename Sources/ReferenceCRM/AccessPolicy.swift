/// Who may do what in the reference CRM: one table, checked by every page and every API route, so that a role
/// means the same everywhere and the route tests can walk it (allowed and denied) instead of each route
/// deciding for itself.
///
/// A decision depends on the role, the action, the kind of record and — for the front line — whose record
/// it is: an agent works the records they own and their team's, and reads every customer's history (accounts,
/// contacts, cases, activities — any caller may be anyone's customer) but not other teams' leads, deals and
/// files; a supervisor works the team's records, reassigns them, and reads other teams'; the administrator everything, plus users, configuration, imports and API tokens; the report viewer
/// and the executive read everything and change nothing. The audit log is read by administrators and
/// supervisors and written by no one (the system appends to it). A record nobody owns (an unassigned lead or
/// case in a queue) counts as the team's of whoever looks at it.
public enum AccessPolicy {
    public enum Action: String, Sendable, Hashable, CaseIterable {
        case read, create, update, delete
        /// Give the record to another owner.
        case assign
        /// Download a list as CSV.
        case export
        /// Load records from CSV.
        case `import`
    }

    public enum Resource: String, Sendable, Hashable, CaseIterable {
        case account, contact, lead, opportunity, activity, `case`, campaign, document
        case knowledgeArticle = "knowledge-article"
        case user
        case auditLog = "audit-log"
        case configuration
        case apiToken = "api-token"
        case dashboard

        /// Records that belong to an owner and a team.
        public var isOwned: Bool {
            switch self {
            case .account, .contact, .lead, .opportunity, .activity, .case, .document: true
            default: false
            }
        }
    }

    /// Whose record it is, from the point of view of the person acting.
    public enum Relation: String, Sendable, Hashable, CaseIterable {
        /// They own it.
        case own
        /// Someone in their team owns it, or nobody does yet.
        case team
        /// Someone in another team owns it.
        case other
    }

    /// Whether `role` may do `action` on a record of `resource` standing in `relation` to them (`relation` is
    /// ignored for resources without owners).
    public static func allows(_ role: CRMRole, _ action: Action, _ resource: Resource, relation: Relation = .own) -> Bool {
        switch role {
        case .administrator:
            return resource != .auditLog || action == .read || action == .export
        case .reportViewer, .executive:
            guard action == .read || action == .export else { return false }
            return ![.user, .auditLog, .configuration, .apiToken].contains(resource)
        case .supervisor:
            switch resource {
            case .user, .configuration, .apiToken:
                return action == .read && resource == .user
            case .auditLog:
                return action == .read
            case .dashboard:
                return action == .read || action == .export
            case .knowledgeArticle, .campaign:
                return action != .import
            default:
                // The team's records fully; other teams' only to read.
                if relation == .other { return action == .read }
                return true
            }
        case .agent:
            switch resource {
            case .user, .configuration, .apiToken, .auditLog:
                return false
            case .dashboard:
                return action == .read
            case .knowledgeArticle, .campaign:
                return action == .read
            default:
                switch action {
                case .read:
                    // Anyone may call about anything: the customer's history is open to every agent; the sales
                    // pipeline and files of other teams are not.
                    return relation != .other || [.account, .contact, .case, .activity].contains(resource)
                case .create: return relation != .other
                case .update: return relation != .other
                case .delete: return relation == .own && (resource == .activity || resource == .document)
                case .assign: return relation == .own
                case .export, .import: return false
                }
            }
        }
    }
}
