import Localization

extension WorkspaceValidator {
    mutating func checkProject() {
        guard let file = workspace.project else { return }
        let project = file.project
        if project.languages.isEmpty {
            diagnostics.append(
                .error(
                    "no-language", at: project.origin.appending("languages"),
                    en: "the project names no language", fa: "هیچ زبانی برای پروژه تعیین نشده است",
                    fixEn: "write languages: [fa, en] — the first is the workspace language",
                    fixFa: "بنویسید languages: [fa, en] — اولی زبان فضای کار است"))
        }
        if Set(project.languages).count != project.languages.count {
            diagnostics.append(
                .error(
                    "repeated-language", at: project.origin.appending("languages"),
                    en: "a language is listed twice", fa: "زبانی دو بار آمده است",
                    fixEn: "list each language once", fixFa: "هر زبان را یک بار بنویسید"))
        }
        if let budget = file.project.budget, budget.currency.code != project.currency {
            diagnostics.append(
                .warning(
                    "budget-currency", at: project.origin.appending("budget"),
                    en: "the budget is in \(budget.currency.code) but the project compares amounts in \(project.currency)",
                    fa: "بودجه به \(budget.currency.code) است اما پروژه مبالغ را به \(project.currency) مقایسه می‌کند",
                    fixEn: "state the budget in \(project.currency)", fixFa: "بودجه را به \(project.currency) بنویسید"))
        }

        let unitWord = LocalizedText(fa: "واحد سازمانی", en: "business unit")
        checkUnique(file.businessUnits.map { ($0.id, $0.origin) }, kind: unitWord)
        checkUnique(file.coreTeam.map { ($0.id, $0.origin) }, kind: LocalizedText(fa: "عضو تیم اصلی", en: "core team member"))
        checkUnique(file.goals.map { ($0.id, $0.origin) }, kind: LocalizedText(fa: "هدف", en: "goal"))
        checkUnique(
            file.currentProcesses.map { ($0.id, $0.origin) }, kind: LocalizedText(fa: "فرآیند فعلی", en: "current process"))

        let units = Set(file.businessUnits.map(\.id))
        for member in file.coreTeam {
            if let unit = member.businessUnit {
                checkReference(
                    unit, at: member.origin.appending("business_unit"), among: units, kind: unitWord,
                    whereToAdd: "business_units in project.yaml")
            }
        }
        // A project lead per business unit: two are a contradiction, none is a gap.
        let leadsByUnit = Dictionary(grouping: file.coreTeam.filter(\.lead)) { $0.businessUnit }
        for unit in file.businessUnits {
            let leads = leadsByUnit[unit.id] ?? []
            if leads.count > 1 {
                diagnostics.append(
                    .error(
                        "two-leads", at: leads[1].origin.appending("lead"),
                        en:
                            "business unit \"\(unit.id)\" has \(leads.count) project leads (\(leads.map(\.id.rawValue).joined(separator: ", ")))",
                        fa:
                            "واحد «\(unit.id)» \(leads.count) راهبر پروژه دارد (\(leads.map(\.id.rawValue).joined(separator: "، ")))",
                        fixEn: "keep lead: true on one member of the unit", fixFa: "فقط برای یک عضو این واحد lead: true بگذارید"))
            } else if leads.isEmpty, !file.coreTeam.isEmpty {
                diagnostics.append(
                    .warning(
                        "no-lead", at: unit.origin,
                        en: "business unit \"\(unit.id)\" has no project lead in the core team",
                        fa: "واحد «\(unit.id)» در تیم اصلی راهبر پروژه ندارد",
                        fixEn: "add a core team member with business_unit: \(unit.id) and lead: true",
                        fixFa: "عضوی با business_unit: \(unit.id) و lead: true به تیم اصلی بیفزایید"))
            }
        }
        for process in file.currentProcesses {
            if let unit = process.businessUnit {
                checkReference(
                    unit, at: process.origin.appending("business_unit"), among: units, kind: unitWord,
                    whereToAdd: "business_units in project.yaml")
            }
            for (index, person) in process.documentedBy.enumerated() {
                checkPerson(person, at: process.origin.appending("documented_by", index))
            }
            checkAPQC(process.apqc, at: process.origin.appending("apqc"))
        }
    }

    mutating func checkStakeholders() {
        let file = workspace.stakeholders
        checkUnique(file.stakeholders.map { ($0.id, $0.origin) }, kind: LocalizedText(fa: "ذی‌نفع", en: "stakeholder"))
        checkUnique(file.interviews.map { ($0.id, $0.origin) }, kind: LocalizedText(fa: "مصاحبه", en: "interview"))
        let stakeholderIDs = Set(file.stakeholders.map(\.id))
        for interview in file.interviews {
            checkReference(
                interview.stakeholder, at: interview.origin.appending("stakeholder"), among: stakeholderIDs,
                kind: LocalizedText(fa: "ذی‌نفع", en: "stakeholder"), whereToAdd: "stakeholders.yaml")
            if let interviewer = interview.interviewer {
                checkPerson(interviewer, at: interview.origin.appending("interviewer"))
            }
            for (index, requirement) in interview.requirements.enumerated() {
                checkReference(
                    requirement, at: interview.origin.appending("requirements", index), among: requirementIDs,
                    kind: LocalizedText(fa: "نیازمندی", en: "requirement"), whereToAdd: "requirements.yaml")
            }
        }
    }

    mutating func checkConsultants() {
        let file = workspace.consultants
        let candidateWord = LocalizedText(fa: "مشاور نامزد", en: "consultant candidate")
        checkUnique(file.candidates.map { ($0.id, $0.origin) }, kind: candidateWord)
        for candidate in file.candidates {
            if let vendor = candidate.vendor {
                checkReference(
                    vendor, at: candidate.origin.appending("vendor"), among: vendorIDs,
                    kind: LocalizedText(fa: "تأمین‌کننده", en: "vendor"), whereToAdd: "the vendors of shortlist.yaml")
            }
        }
        if let choice = file.choice {
            checkReference(
                choice.candidate, at: choice.origin.appending("candidate"), among: Set(file.candidates.map(\.id)),
                kind: candidateWord, whereToAdd: "candidates in consultants.yaml")
        }
    }

    mutating func checkShortlist() {
        let file = workspace.shortlist
        checkUnique(file.vendors.map { ($0.id, $0.origin) }, kind: LocalizedText(fa: "تأمین‌کننده", en: "vendor"))
        for vendor in file.vendors {
            if vendor.status == .out, vendor.reason == nil {
                diagnostics.append(
                    .error(
                        "out-without-reason", at: vendor.origin.appending("status"),
                        en: "vendor \"\(vendor.id)\" is out of the shortlist but no reason is kept",
                        fa: "تأمین‌کننده «\(vendor.id)» از فهرست کوتاه خارج شده اما دلیلی ثبت نشده است",
                        fixEn: "add reason: saying which check it failed", fixFa: "reason: را با نام بررسیِ ردشده بیفزایید"))
            }
            if vendor.status == .shortlisted, let needs = file.needs, let checks = vendor.checks {
                for failure in KnockOutCheck.failures(of: checks, against: needs) {
                    diagnostics.append(
                        .warning(
                            "knock-out-failed", at: checks.origin.appending(failure.field),
                            en:
                                "shortlisted vendor \"\(vendor.id)\" fails the \(failure.name.text(in: .en)) check: \(failure.detail.text(in: .en))",
                            fa:
                                "تأمین‌کننده «\(vendor.id)» در فهرست کوتاه است اما بررسی «\(failure.name.text(in: .fa))» را رد می‌کند: \(failure.detail.text(in: .fa))",
                            fixEn: "set status: out with a reason, or correct the check",
                            fixFa: "status: out را با دلیل بنویسید یا نتیجه بررسی را اصلاح کنید"))
                }
            }
        }
    }
}

/// The knock-out checks of step 4: what a vendor offers against what the organization needs.
public enum KnockOutCheck {
    public struct Failure: Sendable, Hashable {
        /// The key under `checks:` that failed.
        public var field: String
        public var name: LocalizedText
        public var detail: LocalizedText
    }

    public static func failures(of checks: VendorChecks, against needs: ShortlistNeeds) -> [Failure] {
        var failures: [Failure] = []
        if needs.reachableAnywhere == true, checks.reachableAnywhere == .no {
            failures.append(
                Failure(
                    field: "reachable_anywhere", name: LocalizedText(fa: "دسترسی از هر جا", en: "reachable from anywhere"),
                    detail: LocalizedText(fa: "از راه دور در دسترس نیست", en: "not reachable from remote sites")))
        }
        if needs.backOfficeIntegration == true, checks.backOfficeIntegration == .no {
            failures.append(
                Failure(
                    field: "back_office_integration",
                    name: LocalizedText(fa: "یکپارچگی با پشت‌صحنه", en: "back-office integration"),
                    detail: LocalizedText(
                        fa: "با حسابداری و مالی یکپارچه نمی‌شود", en: "does not integrate with accounting/finance")))
        }
        let lists: [(String, LocalizedText, [String], [String])] = [
            (
                "integrations", LocalizedText(fa: "گستره یکپارچگی", en: "integration breadth"), needs.integrations,
                checks.integrations
            ),
            ("countries", LocalizedText(fa: "کشورهای پشتیبانی‌شده", en: "countries supported"), needs.countries, checks.countries),
            ("currencies", LocalizedText(fa: "ارزها", en: "currencies"), needs.currencies, checks.currencies),
            ("languages", LocalizedText(fa: "زبان‌ها", en: "languages"), needs.languages, checks.languages),
        ]
        for (field, name, needed, offered) in lists {
            let offered = Set(offered)
            let missing = needed.filter { !offered.contains($0) }
            if !missing.isEmpty {
                failures.append(
                    Failure(
                        field: field, name: name,
                        detail: LocalizedText(
                            fa: "ندارد: \(missing.joined(separator: "، "))", en: "missing \(missing.joined(separator: ", "))")))
            }
        }
        if !needs.architectures.isEmpty, let architecture = checks.architecture, !needs.architectures.contains(architecture) {
            failures.append(
                Failure(
                    field: "architecture", name: LocalizedText(fa: "معماری", en: "architecture"),
                    detail: LocalizedText(
                        fa: "\(architecture.rawValue) پذیرفتنی نیست", en: "\(architecture.rawValue) is not acceptable")))
        }
        if !needs.deployments.isEmpty, !checks.deployments.isEmpty,
            !checks.deployments.contains(where: needs.deployments.contains)
        {
            failures.append(
                Failure(
                    field: "deployments", name: LocalizedText(fa: "گزینه استقرار", en: "deployment option"),
                    detail: LocalizedText(fa: "هیچ گزینه استقرار پذیرفتنی ندارد", en: "offers no acceptable deployment option")))
        }
        return failures
    }
}
