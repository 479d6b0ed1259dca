import ReferenceCRM
import Testing

@Suite("Who may do what")
struct AccessPolicyTests {
    typealias Policy = AccessPolicy

    /// Every decision of the table, for the exhaustive checks below.
    static var everyCase: [(Policy.Action, Policy.Resource, Policy.Relation)] {
        Policy.Action.allCases.flatMap { action in
            Policy.Resource.allCases.flatMap { resource in Policy.Relation.allCases.map { (action, resource, $0) } }
        }
    }

    @Test func readersNeverChangeAnything() {
        for role in [CRMRole.reportViewer, .executive] {
            for (action, resource, relation) in Self.everyCase where action != .read && action != .export {
                #expect(!Policy.allows(role, action, resource, relation: relation), "\(role) \(action) \(resource)")
            }
            #expect(Policy.allows(role, .read, .opportunity, relation: .other))
            #expect(Policy.allows(role, .export, .dashboard))
            #expect(!Policy.allows(role, .read, .user))
            #expect(!Policy.allows(role, .read, .apiToken))
        }
    }

    @Test func nobodyWritesTheAuditLog() {
        for role in CRMRole.allCases {
            for action in [Policy.Action.create, .update, .delete, .assign, .import] {
                #expect(!Policy.allows(role, action, .auditLog), "\(role) \(action)")
            }
        }
        #expect(Policy.allows(.administrator, .read, .auditLog))
        #expect(Policy.allows(.supervisor, .read, .auditLog))
        #expect(!Policy.allows(.agent, .read, .auditLog))
    }

    /// Each role may do at least what the one below it may: agent ⊆ supervisor ⊆ administrator.
    @Test func rolesNestFromAgentToAdministrator() {
        for (action, resource, relation) in Self.everyCase {
            if Policy.allows(.agent, action, resource, relation: relation) {
                #expect(Policy.allows(.supervisor, action, resource, relation: relation), "\(action) \(resource) \(relation)")
            }
            if Policy.allows(.supervisor, action, resource, relation: relation) {
                #expect(Policy.allows(.administrator, action, resource, relation: relation), "\(action) \(resource) \(relation)")
            }
        }
    }

    @Test func agentsWorkTheirOwnAndTheirTeamsRecords() {
        #expect(Policy.allows(.agent, .update, .case, relation: .team))
        #expect(!Policy.allows(.agent, .update, .case, relation: .other))
        #expect(Policy.allows(.agent, .read, .contact, relation: .other))  // a caller may be anyone's customer
        #expect(!Policy.allows(.agent, .read, .opportunity, relation: .other))
        #expect(!Policy.allows(.agent, .read, .lead, relation: .other))
        #expect(Policy.allows(.agent, .delete, .activity, relation: .own))
        #expect(!Policy.allows(.agent, .delete, .activity, relation: .team))
        #expect(!Policy.allows(.agent, .delete, .account, relation: .own))
        #expect(Policy.allows(.agent, .assign, .lead, relation: .own))
        #expect(!Policy.allows(.agent, .assign, .lead, relation: .team))
        #expect(!Policy.allows(.agent, .export, .contact))
        #expect(!Policy.allows(.agent, .update, .knowledgeArticle))
        #expect(!Policy.allows(.agent, .read, .user))
    }

    @Test func supervisorsRunTheTeamAndAdministratorsTheSystem() {
        #expect(Policy.allows(.supervisor, .assign, .case, relation: .team))
        #expect(Policy.allows(.supervisor, .export, .contact, relation: .team))
        #expect(!Policy.allows(.supervisor, .update, .case, relation: .other))
        #expect(Policy.allows(.supervisor, .update, .knowledgeArticle))
        #expect(!Policy.allows(.supervisor, .update, .user))
        #expect(!Policy.allows(.supervisor, .create, .apiToken))
        #expect(Policy.allows(.administrator, .create, .user))
        #expect(Policy.allows(.administrator, .import, .contact))
        #expect(Policy.allows(.administrator, .update, .configuration))
        #expect(Policy.allows(.administrator, .delete, .apiToken))
    }

    @Test func ownedResourcesAreTheRecordsWithOwners() {
        #expect(
            Policy.Resource.allCases.filter(\.isOwned) == [.account, .contact, .lead, .opportunity, .activity, .case, .document])
    }
}
