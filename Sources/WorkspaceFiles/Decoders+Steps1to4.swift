import Localization
import SelectionWorkshop

// Mapping of `project.yaml`, `stakeholders.yaml`, `consultants.yaml` and `shortlist.yaml` onto the domain.
// Key names are those of docs/workspace-format.md; each mapping ends with `finish()` so unknown keys are
// reported. A record whose id could be read is kept even when another of its fields is wrong (that field
// is reported and takes a neutral stand-in), so that one mistake does not also surface as "unknown id" in
// every file that refers to the record. A workspace with any error is not used for anything but reports.

extension FileReader {
    /// The workspace's language and currency, read from `project.yaml` before anything else so that plain
    /// strings and bare amounts everywhere else are interpreted the same way.
    func decodeProjectFile(_ root: Value) -> ProjectFile? {
        guard let file = root.mapping() else { return nil }
        defer { file.finish() }
        readVersion(file)
        // A missing or broken `project:` is reported and stood in for, so the rest of the file is still read.
        let projectValue = file.required("project")
        var project = Project(
            origin: projectValue?.origin ?? root.origin.appending("project"), name: LocalizedText(),
            languages: [language], currency: currency?.code ?? "IRR")
        if let fields = projectValue?.mapping() {
            project.languages = fields.required("languages")?.list { $0.language() } ?? [language]
            project.currency = fields.required("currency")?.currencyCode() ?? project.currency
            project.name = fields.required("name")?.text() ?? LocalizedText()
            project.organization = fields.optional("organization")?.text()
            project.industry = fields.optional("industry")?.text()
            project.calendar = fields.optional("calendar")?.choice(CalendarKind.self)
            project.budget = fields.optional("budget")?.money()
            project.horizonYears = fields.optional("horizon_years")?.int(in: 1...50)
            project.discountRate = fields.optional("discount_rate")?.double(in: 0...0.999_999)
            project.users = fields.optional("users")?.int(in: 1...1_000_000)
            project.priceEscalation = fields.optional("price_escalation")?.double(in: 0...10)
            project.started = fields.optional("started")?.date()
            fields.finish()
        }

        var result = ProjectFile(project: project)
        result.businessUnits =
            file.optional("business_units")?.list { item in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let id = m.required("id")?.id(BusinessUnit.self)
                let name = m.required("name")?.text()
                guard let id else { return nil }
                return BusinessUnit(origin: item.origin, id: id, name: name ?? LocalizedText())
            } ?? []
        result.coreTeam =
            file.optional("core_team")?.list { item in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let id = m.required("id")?.id(Person.self)
                let name = m.required("name")?.text()
                let unit = m.optional("business_unit")?.id(BusinessUnit.self)
                let role = m.optional("role")?.text()
                let lead = m.optional("lead")?.bool() ?? false
                let contact = m.optional("contact")?.string()
                guard let id else { return nil }
                var member = CoreTeamMember(
                    origin: item.origin, id: id, name: name ?? LocalizedText(), businessUnit: unit, lead: lead)
                member.role = role
                member.contact = contact
                return member
            } ?? []
        result.goals =
            file.optional("goals")?.list { item in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let id = m.required("id")?.id(Goal.self)
                let text = m.required("text")?.text()
                let measure = m.optional("measure")?.text()
                guard let id, let text else { return nil }
                return Goal(origin: item.origin, id: id, text: text, measure: measure)
            } ?? []
        result.currentProcesses =
            file.optional("current_processes")?.list { item in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let id = m.required("id")?.id(CurrentProcess.self)
                let name = m.required("name")?.text()
                let unit = m.optional("business_unit")?.id(BusinessUnit.self)
                let apqc = m.optional("apqc")?.string()
                let documentedBy = m.optional("documented_by")?.ids(Person.self) ?? []
                let works = m.optional("works")?.list { $0.text() } ?? []
                let doesNotWork = m.optional("does_not_work")?.list { $0.text() } ?? []
                guard let id, let name else { return nil }
                var process = CurrentProcess(origin: item.origin, id: id, name: name)
                process.businessUnit = unit
                process.apqc = apqc
                process.documentedBy = documentedBy
                process.works = works
                process.doesNotWork = doesNotWork
                return process
            } ?? []
        if let diagnostics = file.optional("diagnostics")?.mapping() {
            for question in DiagnosticQuestion.allCases {
                if let answer = diagnostics.optional(question.rawValue)?.text() {
                    result.diagnostics[question] = answer
                }
            }
            diagnostics.finish()
        }
        result.intangibleBenefits =
            file.optional("intangible_benefits")?.list { item in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let benefit = m.required("benefit")?.choice(IntangibleBenefit.Kind.self)
                let note = m.optional("note")?.text()
                guard let benefit else { return nil }
                return IntangibleBenefit(origin: item.origin, benefit: benefit, note: note)
            } ?? []
        return result
    }

    func decodeStakeholderFile(_ root: Value) -> StakeholderFile {
        var result = StakeholderFile()
        guard let file = root.mapping() else { return result }
        defer { file.finish() }
        readVersion(file)
        result.stakeholders =
            file.optional("stakeholders")?.list { item in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let id = m.required("id")?.id(Person.self)
                let name = m.required("name")?.text()
                let group = m.required("group")?.choice(StakeholderGroup.self)
                let role = m.optional("role")?.text()
                let unit = m.optional("unit")?.string()
                let isInternal = m.optional("internal")?.bool()
                let contact = m.optional("contact")?.string()
                let skill = m.optional("computer_skill")?.choice(ComputerSkill.self)
                let evaluator = m.optional("evaluator")?.bool()
                guard let id else { return nil }
                var person = Stakeholder(origin: item.origin, id: id, name: name ?? LocalizedText(), group: group ?? .systemUsers)
                person.role = role
                person.unit = unit
                person.isInternal = isInternal ?? true
                person.contact = contact
                person.computerSkill = skill
                person.evaluator = evaluator ?? false
                return person
            } ?? []
        result.interviews =
            file.optional("interviews")?.list { item in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let id = m.required("id")?.id(Interview.self)
                let stakeholder = m.required("stakeholder")?.id(Person.self)
                let date = m.optional("date")?.date()
                let interviewer = m.optional("interviewer")?.id(Person.self)
                let dataUsed = m.optional("data_used")?.list { $0.text() } ?? []
                let dataNeeded = m.optional("data_needed")?.list { $0.text() } ?? []
                let reportsNeeded = m.optional("reports_needed")?.list { $0.text() } ?? []
                let reportsMissing = m.optional("reports_missing")?.list { $0.text() } ?? []
                let notes = m.optional("notes")?.text()
                let requirements = m.optional("requirements")?.ids(Requirement.self) ?? []
                guard let id, let stakeholder else { return nil }
                var interview = Interview(origin: item.origin, id: id, stakeholder: stakeholder)
                interview.date = date
                interview.interviewer = interviewer
                interview.dataUsed = dataUsed
                interview.dataNeeded = dataNeeded
                interview.reportsNeeded = reportsNeeded
                interview.reportsMissing = reportsMissing
                interview.notes = notes
                interview.requirements = requirements
                return interview
            } ?? []
        return result
    }

    func decodeConsultantFile(_ root: Value) -> ConsultantFile {
        var result = ConsultantFile()
        guard let file = root.mapping() else { return result }
        defer { file.finish() }
        readVersion(file)
        result.needed = file.optional("needed")?.bool()
        result.rolesNeeded = file.optional("roles_needed")?.list { $0.choice(ConsultantRole.self) } ?? []
        result.candidates =
            file.optional("candidates")?.list { item in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let id = m.required("id")?.id(ConsultantCandidate.self)
                let name = m.required("name")?.text()
                let vendor = m.optional("vendor")?.id(Vendor.self)
                let roles = m.optional("roles")?.list { $0.choice(ConsultantRole.self) } ?? []
                let rate = m.optional("daily_rate")?.money()
                let references = m.optional("references")?.list { $0.text() } ?? []
                let notes = m.optional("notes")?.text()
                guard let id else { return nil }
                var candidate = ConsultantCandidate(origin: item.origin, id: id, name: name ?? LocalizedText())
                candidate.vendor = vendor
                candidate.roles = roles
                candidate.dailyRate = rate
                candidate.references = references
                candidate.notes = notes
                return candidate
            } ?? []
        if let choiceValue = file.optional("choice"), let m = choiceValue.mapping() {
            let candidate = m.required("candidate")?.id(ConsultantCandidate.self)
            let reason = m.optional("reason")?.text()
            let decided = m.optional("decided")?.date()
            m.finish()
            if let candidate {
                var choice = ConsultantChoice(origin: choiceValue.origin, candidate: candidate)
                choice.reason = reason
                choice.decided = decided
                result.choice = choice
            }
        }
        return result
    }

    func decodeShortlistFile(_ root: Value) -> ShortlistFile {
        var result = ShortlistFile()
        guard let file = root.mapping() else { return result }
        defer { file.finish() }
        readVersion(file)
        if let needsValue = file.optional("needs"), let m = needsValue.mapping() {
            var needs = ShortlistNeeds(origin: needsValue.origin)
            needs.reachableAnywhere = m.optional("reachable_anywhere")?.bool()
            needs.backOfficeIntegration = m.optional("back_office_integration")?.bool()
            needs.integrations = m.optional("integrations")?.list { $0.string() } ?? []
            needs.countries = m.optional("countries")?.list { $0.countryCode() } ?? []
            needs.currencies = m.optional("currencies")?.list { $0.currencyCode() } ?? []
            needs.languages = m.optional("languages")?.list { $0.string() } ?? []
            needs.architectures = m.optional("architectures")?.list { $0.choice(Architecture.self) } ?? []
            needs.deployments = m.optional("deployments")?.list { $0.choice(Deployment.self) } ?? []
            m.finish()
            result.needs = needs
        }
        result.vendors =
            file.optional("vendors")?.list { item in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let id = m.required("id")?.id(Vendor.self)
                let name = m.required("name")?.text()
                let product = m.optional("product")?.text()
                let website = m.optional("website")?.string()
                let status = m.required("status")?.choice(Vendor.Status.self)
                let reason = m.optional("reason")?.text()
                var checks: VendorChecks?
                if let checksValue = m.optional("checks"), let c = checksValue.mapping() {
                    var read = VendorChecks(origin: checksValue.origin)
                    read.reachableAnywhere = c.optional("reachable_anywhere")?.checkAnswer()
                    read.backOfficeIntegration = c.optional("back_office_integration")?.checkAnswer()
                    read.integrations = c.optional("integrations")?.list { $0.string() } ?? []
                    read.countries = c.optional("countries")?.list { $0.countryCode() } ?? []
                    read.currencies = c.optional("currencies")?.list { $0.currencyCode() } ?? []
                    read.languages = c.optional("languages")?.list { $0.string() } ?? []
                    read.architecture = c.optional("architecture")?.choice(Architecture.self)
                    read.deployments = c.optional("deployments")?.list { $0.choice(Deployment.self) } ?? []
                    c.finish()
                    checks = read
                }
                guard let id else { return nil }
                var vendor = Vendor(origin: item.origin, id: id, name: name ?? LocalizedText(), status: status ?? .longList)
                vendor.product = product
                vendor.website = website
                vendor.reason = reason
                vendor.checks = checks
                return vendor
            } ?? []
        return result
    }

    /// Every file starts with `version: 1`.
    func readVersion(_ file: MappingValue) {
        guard let value = file.required("version") else { return }
        guard let version = value.int() else { return }
        if !WorkspaceFormat.knownVersions.contains(version) {
            error(
                "unknown-version", at: value,
                en: "version \(version) of the workspace format is not known to this crmkit",
                fa: "نسخه \(version) قالب فضای کار برای این نسخه از crmkit ناشناخته است",
                fixEn: "use version: 1, or upgrade crmkit", fixFa: "version: 1 بنویسید یا crmkit را به‌روز کنید")
        }
    }
}

/// Facts about the workspace format itself.
public enum WorkspaceFormat {
    public static let knownVersions: Set<Int> = [1]
    public static let currentVersion = 1
}

extension Value {
    /// `yes`, `no` or `unknown` — YAML's `true`/`false` are accepted for the first two.
    func checkAnswer() -> CheckAnswer? {
        if case .scalar(let text, _) = node.content, !isNull {
            switch text.lowercased() {
            case "true", "yes": return .yes
            case "false", "no": return .no
            default: break
            }
        }
        return choice(CheckAnswer.self)
    }

    /// An ISO 3166 alpha-2 country code such as `IR`.
    func countryCode() -> String? {
        guard let text = string() else { return nil }
        guard text.unicodeScalars.count == 2, text.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            reader.error(
                "invalid-country", at: self,
                en: "\"\(InputText.shown(text))\" is not an ISO 3166 country code",
                fa: "«\(InputText.shown(text))» کد کشور ISO 3166 نیست",
                fixEn: "write two capital letters, e.g. IR, AE, DE", fixFa: "دو حرف بزرگ لاتین بنویسید، مثلاً IR یا AE")
            return nil
        }
        return text
    }
}
