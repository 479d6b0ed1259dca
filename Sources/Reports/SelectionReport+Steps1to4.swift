import Localization
import SelectionWorkshop

// Steps 1 to 4: goals and current processes, stakeholders, consultant, shortlist and knock-outs.

extension SelectionReport {
    var goalsSection: ReportSection {
        let file = workspace.project
        var blocks: [ReportBlock] = [.heading(word("Goals", "اهداف"), level: 3)]
        let goals = file?.goals ?? []
        if goals.isEmpty {
            blocks.append(.note(word("No goals are recorded yet.", "هنوز هدفی ثبت نشده است.")))
        } else {
            blocks.append(
                .table(
                    ReportTable(
                        headers: ["#", word("Goal", "هدف"), word("How it is measured", "سنجه")], numericColumns: [0],
                        cells: goals.enumerated().map {
                            [integer($0.offset + 1), text($0.element.text), text($0.element.measure)]
                        })))
        }

        let team = file?.coreTeam ?? []
        blocks.append(.heading(word("Core team", "تیم اصلی"), level: 3))
        if team.isEmpty {
            blocks.append(.note(word("No core team is recorded yet.", "هنوز تیم اصلی ثبت نشده است.")))
        } else {
            blocks.append(
                .table(
                    ReportTable(
                        headers: [
                            word("Name", "نام"), word("Business unit", "واحد"), word("Role", "نقش"),
                            word("Project lead", "رهبر پروژه"),
                        ],
                        cells: team.map {
                            [
                                text($0.name), businessUnit($0.businessUnit?.rawValue), text($0.role),
                                $0.lead ? word("yes", "بله") : "",
                            ]
                        })))
        }

        blocks.append(.heading(word("Current processes reviewed", "فرآیندهای کنونی بررسی‌شده"), level: 3))
        let processes = file?.currentProcesses ?? []
        if processes.isEmpty {
            blocks.append(.note(word("No current process is reviewed yet.", "هنوز فرآیند کنونی‌ای بررسی نشده است.")))
        }
        for process in processes {
            blocks.append(.heading(text(process.name), level: 4))
            var facts: [ReportFact] = []
            if process.businessUnit != nil {
                facts.append(ReportFact(word("Business unit", "واحد"), businessUnit(process.businessUnit?.rawValue)))
            }
            if process.apqc != nil { facts.append(ReportFact(word("APQC process", "فرآیند APQC"), apqc(process.apqc))) }
            if !process.documentedBy.isEmpty {
                facts.append(ReportFact(word("Documented by", "مستندکنندگان"), people(process.documentedBy)))
            }
            if !facts.isEmpty { blocks.append(.facts(facts)) }
            blocks += labelledList(word("What works", "آنچه کار می‌کند"), process.works.map(text))
            blocks += labelledList(word("What does not work", "آنچه کار نمی‌کند"), process.doesNotWork.map(text))
        }

        blocks.append(.heading(word("The six diagnostic questions", "شش پرسش تشخیصی"), level: 3))
        blocks.append(
            .facts(
                DiagnosticQuestion.allCases.map { key in
                    let asked = question("project.yaml:diagnostics.\(key.rawValue)") ?? key.rawValue
                    let answer = file?.diagnostics[key].map(text)?.nonEmpty ?? word("not answered yet", "هنوز پاسخ داده نشده")
                    return ReportFact(asked, answer)
                }))

        blocks.append(.heading(word("Intangible benefits", "فایده‌های غیرملموس"), level: 3))
        let benefits = file?.intangibleBenefits ?? []
        if benefits.isEmpty {
            blocks.append(.note(word("No intangible benefit is recorded yet.", "هنوز فایده غیرملموسی ثبت نشده است.")))
        } else {
            blocks.append(
                .list(
                    benefits.map { benefit in
                        let label = choice("project.yaml:intangible_benefits[].benefit", benefit.benefit.rawValue)
                        let note = text(benefit.note)
                        return [.strong(label)] + (note.isEmpty ? [] : [.text(" — " + note)])
                    }))
        }
        return ReportSection(
            id: "goals", step: 1, title: word("Goals and current processes", "اهداف و فرآیندهای کنونی"), blocks: blocks)
    }

    /// A bold label and a list under it; nothing when the list is empty.
    func labelledList(_ label: String, _ items: [String]) -> [ReportBlock] {
        items.isEmpty ? [] : [.paragraph([.strong(label)]), .list(items.map { [.text($0)] })]
    }

    var stakeholdersSection: ReportSection {
        var blocks: [ReportBlock] = []
        let people = workspace.stakeholders.stakeholders
        for group in StakeholderGroup.allCases {
            let members = people.filter { $0.group == group }
            blocks.append(
                .heading(choice("stakeholders.yaml:stakeholders[].group", group.rawValue).nonEmpty ?? words(group.name), level: 3)
            )
            if members.isEmpty {
                blocks.append(.note(word("Nobody in this group yet.", "هنوز کسی در این گروه نیست.")))
                continue
            }
            blocks.append(
                .table(
                    ReportTable(
                        headers: [
                            word("Name", "نام"), word("Role", "نقش"), word("Unit", "واحد"),
                            word("Inside or outside", "درون یا بیرون سازمان"), word("Computer skill", "مهارت رایانه"),
                            word("Evaluator", "ارزیاب"),
                        ],
                        cells: members.map { member in
                            [
                                text(member.name), text(member.role), businessUnit(member.unit),
                                member.isInternal ? word("inside", "درون سازمان") : word("outside", "بیرون سازمان"),
                                skill(member.computerSkill), member.evaluator ? word("yes", "بله") : "",
                            ]
                        })))
        }

        let interviews = workspace.stakeholders.interviews
        let customers = Set(people.filter { $0.group == .systemCustomers }.map(\.id))
        blocks.append(
            .heading(
                interviews.allSatisfy({ customers.contains($0.stakeholder) })
                    ? word("Interviews with system customers", "مصاحبه با مشتریان سیستم")
                    : word("Stakeholder interviews", "مصاحبه با ذی‌نفعان"), level: 3))
        if interviews.isEmpty {
            blocks.append(.note(word("No interview is recorded yet.", "هنوز مصاحبه‌ای ثبت نشده است.")))
        }
        for interview in interviews {
            let stakeholder = people.first { $0.id == interview.stakeholder }
            let role = text(stakeholder?.role)
            blocks.append(.heading(person(interview.stakeholder) + (role.isEmpty ? "" : " — " + role), level: 4))
            var facts: [ReportFact] = []
            if interview.date != nil { facts.append(ReportFact(word("Date", "تاریخ"), date(interview.date))) }
            if interview.interviewer != nil {
                facts.append(ReportFact(word("Interviewer", "مصاحبه‌گر"), person(interview.interviewer)))
            }
            if !facts.isEmpty { blocks.append(.facts(facts)) }
            blocks += labelledList(word("Data used", "داده‌هایی که به کار می‌برد"), interview.dataUsed.map(text))
            blocks += labelledList(word("Data needed", "داده‌هایی که لازم دارد"), interview.dataNeeded.map(text))
            blocks += labelledList(word("Reports needed", "گزارش‌هایی که لازم دارد"), interview.reportsNeeded.map(text))
            blocks += labelledList(word("Reports missing today", "گزارش‌هایی که امروز نیست"), interview.reportsMissing.map(text))
            if let notes = interview.notes.map(text)?.nonEmpty {
                blocks.append(.paragraph([.strong(word("Notes:", "یادداشت:")), .text(" " + notes)]))
            }
            blocks += labelledList(
                word("Requirements it led to", "نیازمندی‌هایی که از آن آمد"),
                interview.requirements.map { id in
                    requirementTitle(id) + (requirement(id).map { " — " + priority($0.priority) } ?? "")
                })
        }
        return ReportSection(id: "stakeholders", step: 2, title: word("Stakeholders", "ذی‌نفعان"), blocks: blocks)
    }

    var consultantSection: ReportSection {
        let file = workspace.consultants
        var blocks: [ReportBlock] = [
            .facts(
                [ReportFact(word("Is a consultant needed?", "به مشاور نیاز هست؟"), yesNo(file.needed))]
                    + (file.rolesNeeded.isEmpty
                        ? []
                        : [
                            ReportFact(
                                word("For", "برای"),
                                joined(file.rolesNeeded.map { choice("consultants.yaml:roles_needed", $0.rawValue) }))
                        ]))
        ]
        blocks.append(.heading(word("Candidates", "نامزدها"), level: 3))
        if file.candidates.isEmpty {
            blocks.append(.note(word("No candidate is recorded yet.", "هنوز نامزدی ثبت نشده است.")))
        } else {
            blocks.append(
                .table(
                    ReportTable(
                        headers: [
                            word("Candidate", "نامزد"), word("Also a vendor", "خود تأمین‌کننده است"), word("Roles", "نقش‌ها"),
                            word("Daily rate", "نرخ روزانه"), word("References", "سوابق"), word("Notes", "یادداشت"),
                        ], numericColumns: [3],
                        cells: file.candidates.map { candidate in
                            [
                                text(candidate.name), candidate.vendor.map(vendorName) ?? "",
                                joined(candidate.roles.map { choice("consultants.yaml:candidates[].roles", $0.rawValue) }),
                                candidate.dailyRate.map(money) ?? "", joined(candidate.references.map(text)),
                                text(candidate.notes),
                            ]
                        })))
        }
        blocks.append(.heading(word("The choice", "انتخاب"), level: 3))
        if let choice = file.choice {
            let name = file.candidates.first { $0.id == choice.candidate }.map { text($0.name) } ?? choice.candidate.rawValue
            var facts = [ReportFact(word("Chosen", "انتخاب‌شده"), inline: [.strong(name)])]
            if let reason = choice.reason.map(text)?.nonEmpty { facts.append(ReportFact(word("Why", "دلیل"), reason)) }
            if choice.decided != nil { facts.append(ReportFact(word("Decided on", "تاریخ تصمیم"), date(choice.decided))) }
            blocks.append(.facts(facts))
        } else {
            blocks.append(
                .note(
                    file.needed == false
                        ? word("The team decided it needs no consultant.", "تیم تصمیم گرفت به مشاور نیاز ندارد.")
                        : word("No consultant is chosen yet.", "هنوز مشاوری انتخاب نشده است.")))
        }
        return ReportSection(id: "consultant", step: 3, title: word("Consultant", "مشاور"), blocks: blocks)
    }

    var shortlistSection: ReportSection {
        let file = workspace.shortlist
        var blocks: [ReportBlock] = [
            .heading(word("What every vendor must offer", "آنچه هر تأمین‌کننده باید داشته باشد"), level: 3)
        ]
        if let needs = file.needs {
            func list(_ items: [String]) -> String { items.isEmpty ? "—" : joined(items) }
            blocks.append(
                .facts([
                    ReportFact(word("Reachable from anywhere", "دسترسی از هر جا"), yesNo(needs.reachableAnywhere)),
                    ReportFact(word("Back-office integration", "یکپارچگی با پشت‌صحنه"), yesNo(needs.backOfficeIntegration)),
                    ReportFact(word("Integrations", "یکپارچگی‌ها"), list(needs.integrations)),
                    ReportFact(word("Countries", "کشورها"), list(needs.countries)),
                    ReportFact(word("Currencies", "ارزها"), list(needs.currencies)),
                    ReportFact(word("Languages", "زبان‌ها"), list(needs.languages)),
                    ReportFact(
                        word("Architectures", "معماری‌ها"),
                        list(needs.architectures.map { choice("shortlist.yaml:needs.architectures", $0.rawValue) })),
                    ReportFact(
                        word("Deployment options", "گزینه‌های استقرار"),
                        list(needs.deployments.map { choice("shortlist.yaml:needs.deployments", $0.rawValue) })),
                ]))
        } else {
            blocks.append(.note(word("The needs are not recorded yet.", "هنوز نیازها ثبت نشده است.")))
        }

        blocks.append(.heading(word("Vendors and knock-out checks", "تأمین‌کنندگان و بررسی‌های حذفی"), level: 3))
        if file.vendors.isEmpty {
            blocks.append(.note(word("No vendor is on the list yet.", "هنوز تأمین‌کننده‌ای در فهرست نیست.")))
        } else {
            blocks.append(
                .table(
                    ReportTable(
                        headers: [
                            word("Vendor", "تأمین‌کننده"), word("Product", "محصول"), word("Status", "وضعیت"),
                            word("Knock-out checks", "بررسی‌های حذفی"),
                        ],
                        rows: file.vendors.map { vendor in
                            let checks: String =
                                switch KnockOutCheck.outcome(of: vendor, in: file) {
                                case .unchecked: word("not checked", "بررسی نشده")
                                case .passed: word("all passed", "همه را گذراند")
                                case .failed(let failures):
                                    word("failed: ", "رد شد: ")
                                        + failures.map { "\(words($0.name)) (\(words($0.detail)))" }.joined(
                                            separator: fa ? "؛ " : "; ")
                                }
                            return ReportTable.Row(
                                cells: [
                                    text(vendor.name), text(vendor.product),
                                    choice("shortlist.yaml:vendors[].status", vendor.status.rawValue), checks,
                                ], style: vendor.status == .out ? .out : .plain)
                        })))
        }

        let out = file.vendors.filter { $0.status == .out }
        if !out.isEmpty {
            blocks.append(.heading(word("Why vendors are out", "چرا کنار گذاشته شدند"), level: 3))
            blocks.append(
                .list(
                    out.map { vendor in
                        let failures = KnockOutCheck.outcome(of: vendor, in: file).failures
                        let reason =
                            vendor.reason.map(text)?.nonEmpty
                            ?? (failures.isEmpty
                                ? word("no reason recorded", "دلیلی ثبت نشده")
                                : KnockOutCheck.reason(for: failures, in: language))
                        return [.strong(text(vendor.name)), .text(": " + reason)]
                    }))
        }
        return ReportSection(
            id: "shortlist", step: 4, title: word("Shortlist and knock-outs", "فهرست کوتاه و حذف‌ها"), blocks: blocks)
    }
}
