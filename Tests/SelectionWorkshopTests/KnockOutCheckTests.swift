import Localization
import Testing

@testable import SelectionWorkshop

@Suite struct KnockOutCheckTests {
    static let needs: ShortlistNeeds = {
        var needs = ShortlistNeeds(origin: .at("shortlist.yaml", .key("needs")))
        needs.reachableAnywhere = true
        needs.backOfficeIntegration = true
        needs.integrations = ["accounting", "website"]
        needs.countries = ["IR"]
        needs.currencies = ["IRR"]
        needs.languages = ["fa", "en"]
        needs.architectures = [.web]
        needs.deployments = [.cloud, .packaged]
        return needs
    }()

    /// A vendor that offers everything `needs` asks for, and more.
    static let everythingMet: VendorChecks = {
        var checks = VendorChecks(origin: .at("shortlist.yaml", .key("vendors"), .index(0), .key("checks")))
        checks.reachableAnywhere = .yes
        checks.backOfficeIntegration = .yes
        checks.integrations = ["website", "accounting", "telephony"]
        checks.countries = ["IR", "AE"]
        checks.currencies = ["USD", "IRR"]
        checks.languages = ["en", "fa", "ar"]
        checks.architecture = .web
        checks.deployments = [.onPremisesCustom, .cloud]
        return checks
    }()

    @Test func noFailureWhenEveryNeedIsMet() {
        #expect(KnockOutCheck.failures(of: Self.everythingMet, against: Self.needs).isEmpty)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let field: String
        let detail: String
        let change: @Sendable (inout VendorChecks) -> Void
        var testDescription: String { field }
    }

    @Test(arguments: [
        Case(field: "reachable_anywhere", detail: "not reachable") { $0.reachableAnywhere = .no },
        Case(field: "back_office_integration", detail: "accounting/finance") { $0.backOfficeIntegration = .no },
        Case(field: "integrations", detail: "missing accounting") { $0.integrations = ["website"] },
        Case(field: "countries", detail: "missing IR") { $0.countries = ["AE"] },
        Case(field: "currencies", detail: "missing IRR") { $0.currencies = ["USD"] },
        Case(field: "languages", detail: "missing fa") { $0.languages = ["en"] },
        Case(field: "architecture", detail: "client-server is not acceptable") { $0.architecture = .clientServer },
        Case(field: "deployments", detail: "no acceptable deployment") { $0.deployments = [.onPremisesCustom] },
    ])
    func eachUnmetNeedFailsItsOwnCheck(_ example: Case) {
        var checks = Self.everythingMet
        example.change(&checks)
        let failures = KnockOutCheck.failures(of: checks, against: Self.needs)
        #expect(failures.map(\.field) == [example.field])
        let failure = failures.first
        #expect(failure?.detail.text(in: .en).contains(example.detail) == true, "\(String(describing: failure?.detail.en))")
        #expect(failure?.name.isBilingual == true)
        #expect(failure?.detail.isBilingual == true)
    }

    @Test func everyMissingItemIsListed() {
        var checks = Self.everythingMet
        checks.languages = []
        let failure = KnockOutCheck.failures(of: checks, against: Self.needs).first
        #expect(failure?.detail.en == "missing fa, en")
    }

    @Test func unknownAndUnansweredChecksDoNotFail() {
        var checks = Self.everythingMet
        checks.reachableAnywhere = .unknown
        checks.backOfficeIntegration = nil
        checks.architecture = nil
        checks.deployments = []
        #expect(KnockOutCheck.failures(of: checks, against: Self.needs).isEmpty)
    }

    @Test func aNeedNotAskedForCannotFail() {
        var checks = VendorChecks(origin: .at("shortlist.yaml"))
        checks.reachableAnywhere = .no
        checks.backOfficeIntegration = .no
        checks.architecture = .clientServer
        checks.deployments = [.onPremisesCustom]
        var needs = ShortlistNeeds(origin: .at("shortlist.yaml", .key("needs")))
        needs.reachableAnywhere = false
        #expect(KnockOutCheck.failures(of: checks, against: needs).isEmpty)
    }

    @Test func allFailuresAreReportedTogether() {
        let offersNothing = VendorChecks(origin: .at("shortlist.yaml"))
        var checks = offersNothing
        checks.reachableAnywhere = .no
        checks.backOfficeIntegration = .no
        checks.architecture = .clientServer
        checks.deployments = [.onPremisesCustom]
        #expect(
            KnockOutCheck.failures(of: checks, against: Self.needs).map(\.field) == [
                "reachable_anywhere", "back_office_integration", "integrations", "countries", "currencies", "languages",
                "architecture", "deployments",
            ])
    }
}
