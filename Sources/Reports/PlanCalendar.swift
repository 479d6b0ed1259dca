import Foundation
import Localization
import ProcessCatalog
import SelectionWorkshop

/// The implementation plan's dates as an iCalendar file (RFC 5545): the kick-off, the milestones of the
/// work plan, go-live, and the checkpoints of the continuous evaluation — for the team's calendars.
public struct PlanCalendar: Sendable {
    public var plan: ImplementationPlan
    public var projectName: String
    public var language: Language
    /// The time the file is made (its `DTSTAMP`); fixed by tests so output is reproducible.
    public var generated: Date

    public init(plan: ImplementationPlan, projectName: String, language: Language, generated: Date = Date()) {
        self.plan = plan
        self.projectName = projectName
        self.language = language
        self.generated = generated
    }

    /// One all-day event.
    public struct Event: Sendable, Hashable {
        public var uid: String
        public var day: LocalDate
        public var summary: String
        public var description: String?
    }

    /// The events, in date order.
    public var events: [Event] {
        let fa = language == .fa
        var events: [Event] = []
        if let date = plan.kickoff?.date {
            events.append(
                Event(uid: "kickoff", day: date, summary: fa ? "جلسه آغاز پروژه CRM" : "CRM project kick-off", description: nil))
        }
        for task in plan.tasks where task.milestone {
            guard let due = task.due ?? task.start else { continue }
            events.append(
                Event(
                    uid: "task-\(task.id)", day: due,
                    summary: (fa ? "نقطه عطف: " : "Milestone: ") + task.title.text(in: language),
                    description: nil))
        }
        if let goLive = plan.goLive {
            events.append(Event(uid: "go-live", day: goLive, summary: fa ? "راه‌اندازی CRM" : "CRM go-live", description: nil))
        }
        for checkpoint in plan.evaluation {
            let day: LocalDate?
            if let date = checkpoint.date {
                day = date
            } else if let goLive = plan.goLive, let after = checkpoint.afterGoLive {
                day = Self.day(goLive, plusMinutes: after.minimumMinutes)
            } else {
                day = nil
            }
            guard let day else { continue }
            let criteria = checkpoint.criteria.map { $0.text(in: language) }
            events.append(
                Event(
                    uid: "evaluation-\(checkpoint.id)", day: day,
                    summary: (fa ? "ارزیابی CRM: " : "CRM evaluation: ") + checkpoint.id.rawValue,
                    description: criteria.isEmpty
                        ? nil : (fa ? "معیارها: " : "Criteria: ") + criteria.joined(separator: fa ? "، " : ", ")))
        }
        return events.sorted { $0.day != $1.day ? $0.day < $1.day : $0.uid < $1.uid }
    }

    /// The `.ics` text, with CRLF line ends and lines folded at 75 octets.
    public var ics: String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//crmkit//implementation plan//\(language.rawValue.uppercased())",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:\(Self.escape(projectName))",
        ]
        let stamp = Self.timestamp(generated)
        for event in events {
            let start = event.day.converted(to: .gregorian)
            let end = Self.day(event.day, plusMinutes: 1440).converted(to: .gregorian)
            lines += [
                "BEGIN:VEVENT",
                "UID:\(event.uid)@\(Self.slug(projectName))-\(Self.fingerprint(projectName)).crmkit",
                "DTSTAMP:\(stamp)",
                "DTSTART;VALUE=DATE:\(Self.compact(start))",
                "DTEND;VALUE=DATE:\(Self.compact(end))",
                "SUMMARY:\(Self.escape(event.summary))",
            ]
            if let description = event.description { lines.append("DESCRIPTION:\(Self.escape(description))") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    static func day(_ day: LocalDate, plusMinutes minutes: Int) -> LocalDate {
        let calendar = CalendarKind.gregorian.calendar()
        let start = day.startOfDay()
        let later = calendar.date(byAdding: .day, value: minutes / 1440, to: start) ?? start
        return LocalDate(later, kind: day.kind)
    }

    static func compact(_ day: LocalDate) -> String {
        String(format: "%04d%02d%02d", day.year, day.month, day.day)
    }

    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", c.year ?? 1970, c.month ?? 1, c.day ?? 1, c.hour ?? 0, c.minute ?? 0,
            c.second ?? 0)
    }

    /// RFC 5545 TEXT escaping.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\\n")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a character.
    static func fold(_ line: String) -> String {
        var result = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                result += "\r\n "
                octets = 1
            }
            result.append(character)
            octets += size
        }
        return result
    }

    /// A short stable hash of the project name (FNV-1a), so two projects whose names slug alike — Persian
    /// names have no Latin letters — still get distinct event ids.
    static func fingerprint(_ text: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return String(hash, radix: 16)
    }

    static func slug(_ text: String) -> String {
        let allowed = text.lowercased().unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "-"
        }
        let slug = String(allowed).split(separator: "-").joined(separator: "-")
        return slug.isEmpty ? "workspace" : slug
    }
}
