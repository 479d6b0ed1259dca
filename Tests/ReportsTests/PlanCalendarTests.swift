import Foundation
import Localization
import ProcessCatalog
import Reports
import SelectionWorkshop
import Testing

@Suite("The implementation plan as a calendar")
struct PlanCalendarTests {
    static func plan() throws -> ImplementationPlan {
        let origin = FieldOrigin(file: "plan.yaml")
        var plan = ImplementationPlan()
        var kickoff = ImplementationPlan.Kickoff(origin: origin)
        kickoff.date = try LocalDate(year: 1405, month: 11, day: 1, kind: .jalali)
        plan.kickoff = kickoff
        plan.goLive = try LocalDate(year: 2027, month: 5, day: 22, kind: .gregorian)
        var milestone = PlanTask(
            origin: origin, id: PlanTask.ID("uat"),
            title: LocalizedText(fa: "پایان آزمون پذیرش; مرحله, یک", en: "Acceptance tests done; phase, one"))
        milestone.milestone = true
        milestone.due = try LocalDate(year: 1406, month: 2, day: 10, kind: .jalali)
        var ordinary = PlanTask(origin: origin, id: PlanTask.ID("install"), title: LocalizedText(en: "Install"))
        ordinary.due = try LocalDate(year: 2027, month: 2, day: 1, kind: .gregorian)
        plan.tasks = [ordinary, milestone]
        var month = EvaluationCheckpoint(origin: origin, id: EvaluationCheckpoint.ID("one-month"))
        month.afterGoLive = DurationRange(minutes: 30 * 1440)
        month.criteria = [LocalizedText(en: "response time"), LocalizedText(en: "user satisfaction")]
        var undated = EvaluationCheckpoint(origin: origin, id: EvaluationCheckpoint.ID("someday"))
        undated.criteria = []
        plan.evaluation = [month, undated]
        return plan
    }

    static let stamp = Date(timeIntervalSince1970: 1_795_000_000)

    @Test("kick-off, milestones, go-live and checkpoints become dated events, in order")
    func events() throws {
        let calendar = PlanCalendar(plan: try Self.plan(), projectName: "Sepehr", language: .en, generated: Self.stamp)
        #expect(calendar.events.map(\.uid) == ["kickoff", "task-uat", "go-live", "evaluation-one-month"])
        let ics = calendar.ics
        // 1 Bahman 1405 is 21 January 2027; 10 Ordibehesht 1406 is 30 April 2027; go-live + 30 days is 21 June.
        #expect(ics.contains("DTSTART;VALUE=DATE:20270121\r\nDTEND;VALUE=DATE:20270122"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20270430"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20270522"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20270621"))
        #expect(ics.contains("SUMMARY:Milestone: Acceptance tests done\\; phase\\, one"))
        #expect(ics.contains("DESCRIPTION:Criteria: response time\\, user satisfaction"))
        #expect(!ics.contains("Install"))
    }

    @Test("the file keeps the iCalendar rules: CRLF, folded lines, balanced blocks, a stable stamp")
    func format() throws {
        let ics = PlanCalendar(
            plan: try Self.plan(), projectName: "انتخاب CRM امداد خودرو سپهر با نامی بلند برای آزمون تا شکستن خطوط",
            language: .fa, generated: Self.stamp
        ).ics
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "a line is longer than 75 octets")
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(lines.count { $0 == "BEGIN:VEVENT" } == 4)
        #expect(lines.count { $0 == "END:VEVENT" } == 4)
        #expect(ics.contains("DTSTAMP:20261118T110640Z"))
        // Unfolded, the long name comes back whole.
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("X-WR-CALNAME:انتخاب CRM امداد خودرو سپهر با نامی بلند برای آزمون تا شکستن خطوط"))
        #expect(unfolded.contains("SUMMARY:جلسه آغاز پروژه CRM"))
    }

    @Test("two projects with Persian names get different event ids")
    func distinctUIDs() throws {
        let a = PlanCalendar(plan: try Self.plan(), projectName: "پروژه الف", language: .fa, generated: Self.stamp).ics
        let b = PlanCalendar(plan: try Self.plan(), projectName: "پروژه ب", language: .fa, generated: Self.stamp).ics
        let uid = { (ics: String) in ics.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:kickoff") } }
        #expect(uid(a) != nil && uid(a) != uid(b))
    }
}
