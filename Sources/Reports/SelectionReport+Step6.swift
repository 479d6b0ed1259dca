import Localization
import ProcessCatalog
import SelectionWorkshop

// Step 6: the implementation plan and the process charters.

extension SelectionReport {
    var planSection: ReportSection {
        let plan = workspace.plan
        var facts: [ReportFact] = []
        if let kickoff = plan.kickoff {
            facts.append(ReportFact(word("Kick-off", "جلسه آغاز"), kickoff.date.map(date) ?? word("no date yet", "هنوز بی‌تاریخ")))
            if !kickoff.attendees.isEmpty {
                facts.append(ReportFact(word("At the kick-off", "حاضران جلسه آغاز"), people(kickoff.attendees)))
            }
        }
        if let contact = plan.contact {
            facts.append(ReportFact(word("Contact for the consultants", "رابط پاسخ‌گو به مشاوران"), person(contact)))
        }
        if plan.goLive != nil { facts.append(ReportFact(word("Go-live", "راه‌اندازی"), date(plan.goLive))) }
        if let budget = plan.modificationBudget {
            facts.append(ReportFact(word("Budget for changes", "بودجه تغییرات"), money(budget)))
        }
        if let meetings = plan.reviewMeetings {
            facts.append(
                ReportFact(word("Review meetings", "جلسه‌های بازبینی"), word("every ", "هر ") + meetings.text(in: language)))
        }
        if let communication = plan.communication.map(text)?.nonEmpty {
            facts.append(ReportFact(word("Communication", "اطلاع‌رسانی"), communication))
        }
        var blocks: [ReportBlock] = []
        if facts.isEmpty {
            blocks.append(.note(word("The implementation plan is not written yet.", "هنوز برنامه پیاده‌سازی نوشته نشده است.")))
        } else {
            blocks.append(.facts(facts))
        }

        let yes = word("yes", "بله")
        blocks.append(.heading(word("Tasks", "کارها"), level: 3))
        blocks.append(
            table(
                plan.tasks, empty: word("No task yet.", "هنوز کاری نیست."),
                headers: [
                    word("Task", "کار"), word("Owner", "مسئول"), word("Start", "شروع"), word("Due", "پایان"),
                    word("After", "پس از"), word("Milestone", "نقطه عطف"),
                ]
            ) { task in
                let titles = task.dependsOn.map { id in plan.tasks.first { $0.id == id }.map { text($0.title) } ?? id.rawValue }
                return [
                    text(task.title), person(task.owner), date(task.start), date(task.due), joined(titles),
                    task.milestone ? yes : "",
                ]
            })

        blocks.append(.heading(word("Training by computer skill", "آموزش بر پایه مهارت رایانه"), level: 3))
        blocks.append(
            table(
                plan.training, empty: word("No training planned yet.", "هنوز آموزشی برنامه‌ریزی نشده است."),
                headers: [word("Level", "سطح"), word("Who", "چه کسانی"), word("How", "شیوه"), word("Hours", "ساعت")], numeric: [3]
            ) { training in
                [
                    skill(training.level), joined(training.audience.map(audience)), text(training.method),
                    training.hours.map { number($0, digits: $0 == $0.rounded() ? 0 : 1) } ?? "",
                ]
            })

        blocks.append(.heading(word("Tests before launch", "آزمون‌های پیش از راه‌اندازی"), level: 3))
        blocks.append(
            table(
                plan.tests, empty: word("No test planned yet.", "هنوز آزمونی برنامه‌ریزی نشده است."),
                headers: [
                    word("Component", "بخش"), word("Fictitious data", "داده ساختگی"), word("What is tested", "آنچه آزموده می‌شود"),
                ]
            ) { test in
                [text(test.component), test.fictitiousData ? yes : word("no", "خیر"), text(test.description)]
            })

        blocks.append(.heading(word("Data migration", "انتقال داده‌ها"), level: 3))
        blocks.append(
            table(
                plan.dataMigration, empty: word("No data to migrate is listed yet.", "هنوز داده‌ای برای انتقال فهرست نشده است."),
                headers: [
                    word("Source", "منبع"), word("Owner", "مسئول"), word("Data", "داده‌ها"),
                    word("Tested before go-live", "آزموده پیش از راه‌اندازی"),
                ]
            ) { migration in
                [
                    text(migration.source), person(migration.owner), joined(migration.data),
                    migration.testedBeforeGoLive ? yes : word("no", "خیر"),
                ]
            })

        blocks.append(.heading(word("Evaluation checkpoints", "نقطه‌های ارزیابی"), level: 3))
        blocks.append(
            table(
                plan.evaluation, empty: word("No checkpoint yet.", "هنوز نقطه ارزیابی‌ای نیست."),
                headers: [
                    word("Checkpoint", "نقطه ارزیابی"), word("When", "زمان"), word("Criteria", "معیارها"),
                    word("Inform", "آگاه شوند"),
                ]
            ) { checkpoint in
                [
                    checkpoint.id.rawValue, when(checkpoint), joined(checkpoint.criteria.map(text)),
                    joined(checkpoint.inform.map(audience)),
                ]
            })
        return ReportSection(id: "plan", step: 6, title: word("Implementation plan", "برنامه پیاده‌سازی"), blocks: blocks)
    }

    /// A table of `items`, or a note when there are none.
    func table<Item>(
        _ items: [Item], empty: String, headers: [String], numeric: Set<Int> = [], _ cells: (Item) -> [String]
    ) -> ReportBlock {
        items.isEmpty ? .note(empty) : .table(ReportTable(headers: headers, numericColumns: numeric, cells: items.map(cells)))
    }

    /// A stakeholder group, a person, or a word such as `consultant` or `vendor`, as written in plan.yaml.
    func audience(_ value: String) -> String {
        if let group = StakeholderGroup(rawValue: value) { return words(group.name) }
        switch value {
        case "consultant": return word("the consultant", "مشاور")
        case "vendor": return word("the vendor", "تأمین‌کننده")
        default: return person(value)
        }
    }

    /// When a checkpoint falls: its date, or go-live plus its delay (with the date that makes).
    func when(_ checkpoint: EvaluationCheckpoint) -> String {
        if let day = checkpoint.date { return date(day) }
        guard let after = checkpoint.afterGoLive else { return "" }
        let delay = fa ? "\(after.text(in: language)) پس از راه‌اندازی" : "\(after.text(in: language)) after go-live"
        guard let goLive = workspace.plan.goLive else { return delay }
        return delay + " (" + date(PlanCalendar.day(goLive, plusMinutes: after.minimumMinutes)) + ")"
    }

    var chartersSection: ReportSection {
        let charters = workspace.charters
        var blocks: [ReportBlock] = []
        if charters.isEmpty {
            blocks.append(.note(word("No process charter is written yet.", "هنوز شناسنامه فرآیندی نوشته نشده است.")))
        } else {
            blocks.append(
                .table(
                    ReportTable(
                        headers: [
                            word("Charter", "شناسنامه"), word("Goal", "هدف"), word("Owner", "مالک"),
                            word("Duration", "مدت"), word("APQC process", "فرآیند APQC"),
                        ],
                        cells: charters.map { file in
                            let charter = file.charter
                            return [
                                text(charter.title), text(charter.goal), text(charter.owner),
                                charter.approximateDuration.text(in: language), apqc(charter.apqcProcess),
                            ]
                        })))
            blocks.append(
                .note(
                    fa
                        ? "هر شناسنامه کامل، با گام‌هایش، در یک صفحه: crmkit charter export <شناسه> --format html"
                        : "Each full charter, with its steps, on one page: crmkit charter export <id> --format html"))
            let incomplete = charters.filter { !$0.missingFields.isEmpty }
            if !incomplete.isEmpty {
                blocks.append(
                    .list(
                        incomplete.map { file in
                            [
                                .strong(text(file.charter.title)),
                                .text(
                                    word(": still missing ", ": هنوز کم دارد: ")
                                        + joined(file.missingFields.map { CharterField.name(of: $0).text(in: language) })),
                            ]
                        }))
            }
        }
        return ReportSection(id: "charters", step: 6, title: word("Process charters", "شناسنامه‌های فرآیند"), blocks: blocks)
    }
}
