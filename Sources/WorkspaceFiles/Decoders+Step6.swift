import Localization
import ProcessCatalog
import SelectionWorkshop

// Mapping of `plan.yaml`, `charters/*.yaml` and `crm-setup.yaml` onto the domain.

extension FileReader {
    func decodePlan(_ root: Value) -> ImplementationPlan {
        var plan = ImplementationPlan()
        guard let file = root.mapping() else { return plan }
        defer { file.finish() }
        readVersion(file)
        if let kickoffValue = file.optional("kickoff"), let k = kickoffValue.mapping() {
            var kickoff = ImplementationPlan.Kickoff(origin: kickoffValue.origin)
            kickoff.date = k.optional("date")?.date()
            kickoff.attendees = k.optional("attendees")?.ids(Person.self) ?? []
            k.finish()
            plan.kickoff = kickoff
        }
        if let contact = file.optional("contact") {
            plan.contact = contact.id(Person.self)
            plan.contactOrigin = contact.origin
        }
        plan.goLive = file.optional("go_live")?.date()
        plan.modificationBudget = file.optional("modification_budget")?.money()
        plan.communication = file.optional("communication")?.text()
        plan.reviewMeetings = file.optional("review_meetings")?.duration()
        plan.tasks =
            file.optional("tasks")?.list { item in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let id = m.required("id")?.id(PlanTask.self)
                let title = m.required("title")?.text()
                let owner = m.optional("owner")?.id(Person.self)
                let start = m.optional("start")?.date()
                let due = m.optional("due")?.date()
                let dependsOn = m.optional("depends_on")?.ids(PlanTask.self) ?? []
                let milestone = m.optional("milestone")?.bool() ?? false
                guard let id else { return nil }
                var task = PlanTask(origin: item.origin, id: id, title: title ?? LocalizedText())
                task.owner = owner
                task.start = start
                task.due = due
                task.dependsOn = dependsOn
                task.milestone = milestone
                return task
            } ?? []
        plan.training =
            file.optional("training")?.list { item in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let level = m.required("level")?.choice(ComputerSkill.self)
                let audience = m.optional("audience")?.list { $0.id(Person.self)?.rawValue } ?? []
                let method = m.optional("method")?.text()
                let hours = m.optional("hours")?.double(in: 0...10_000)
                guard let level else { return nil }
                var training = TrainingPlan(origin: item.origin, level: level)
                training.audience = audience
                training.method = method
                training.hours = hours
                return training
            } ?? []
        plan.tests =
            file.optional("tests")?.list { item in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let id = m.required("id")?.id(PreLaunchTest.self)
                let component = m.required("component")?.text()
                let fictitious = m.optional("fictitious_data")?.bool() ?? false
                let description = m.optional("description")?.text()
                guard let id, let component else { return nil }
                var test = PreLaunchTest(origin: item.origin, id: id, component: component)
                test.fictitiousData = fictitious
                test.description = description
                return test
            } ?? []
        plan.dataMigration =
            file.optional("data_migration")?.list { item in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let id = m.required("id")?.id(DataMigration.self)
                let source = m.required("source")?.text()
                let owner = m.optional("owner")?.id(Person.self)
                let data = m.optional("data")?.list { $0.string() } ?? []
                let tested = m.optional("tested_before_go_live")?.bool() ?? false
                guard let id, let source else { return nil }
                var migration = DataMigration(origin: item.origin, id: id, source: source)
                migration.owner = owner
                migration.data = data
                migration.testedBeforeGoLive = tested
                return migration
            } ?? []
        plan.evaluation =
            file.optional("evaluation")?.list { item in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let id = m.required("id")?.id(EvaluationCheckpoint.self)
                let after = m.optional("after_go_live")?.duration()
                let date = m.optional("date")?.date()
                let criteria = m.optional("criteria")?.list { $0.text() } ?? []
                let inform = m.optional("inform")?.list { $0.string() } ?? []
                guard let id else { return nil }
                var checkpoint = EvaluationCheckpoint(origin: item.origin, id: id)
                checkpoint.afterGoLive = after
                checkpoint.date = date
                checkpoint.criteria = criteria
                checkpoint.inform = inform
                return checkpoint
            } ?? []
        return plan
    }

    /// A charter is read even when required fields are missing, so that validation can name each one.
    func decodeCharter(_ root: Value) -> CharterFile? {
        guard let file = root.mapping() else { return nil }
        defer { file.finish() }
        readVersion(file)
        // Without a readable id the charter is still read through, so every other problem is reported.
        let id = file.required("id")?.id(CharterFile.self).map { CharterID($0.rawValue) }
        var missing: [String] = []
        func single(_ key: String) -> LocalizedText {
            if let text = file.optional(key)?.text() { return text }
            missing.append(key)
            return LocalizedText()
        }
        func many(_ key: String) -> [LocalizedText] {
            let items = file.optional(key)?.list { $0.text() } ?? []
            if items.isEmpty { missing.append(key) }
            return items
        }
        let apqc = file.optional("apqc")?.string()
        let title = single("title")
        let goal = single("goal")
        let indicators = many("performance_indicators")
        let owner = single("owner")
        let executors = many("executors")
        let scope = single("scope")
        let rules = many("rules_and_regulations")
        let systems = many("information_systems")
        let distribution =
            file.optional("distribution")?.list { item -> ProcessCharter.CopyDistribution? in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let unit = m.required("unit")?.text()
                let documents = m.optional("documents")?.list { $0.text() } ?? []
                guard let unit else { return nil }
                return ProcessCharter.CopyDistribution(unit: unit, documents: documents)
            } ?? []
        if distribution.isEmpty { missing.append("distribution") }
        let records = single("record_keeping")
        let duration = file.optional("approximate_duration")?.duration()
        if duration == nil { missing.append("approximate_duration") }
        let steps =
            file.optional("steps")?.list { item -> ProcessCharter.Step? in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let name = m.required("name")?.text()
                let performer = m.required("performer")?.text()
                let stepDuration = m.optional("duration")?.duration()
                guard let name, let performer else { return nil }
                return ProcessCharter.Step(name: name, performer: performer, expectedDuration: stepDuration)
            } ?? []
        let charter = ProcessCharter(
            id: id ?? CharterID(""), apqcProcess: apqc, title: title, goal: goal, performanceIndicators: indicators, owner: owner,
            executors: executors, scope: scope, rulesAndRegulations: rules, informationSystems: systems,
            distribution: distribution, recordKeeping: records,
            approximateDuration: duration ?? DurationRange(minutes: 0),
            description: file.optional("description")?.text(),
            inputs: file.optional("inputs")?.list { $0.text() } ?? [],
            outputs: file.optional("outputs")?.list { $0.text() } ?? [],
            documents: file.optional("documents")?.list { $0.text() } ?? [],
            steps: steps)
        return id.map { _ in CharterFile(origin: root.origin, charter: charter, missingFields: missing) }
    }

    func decodeCRMSetup(_ root: Value) -> CRMSetup? {
        guard let file = root.mapping() else { return nil }
        defer { file.finish() }
        readVersion(file)
        var setup = CRMSetup(origin: root.origin)
        setup.locales = file.optional("locales")?.list { $0.language() } ?? []
        setup.defaultLocale = file.optional("default_locale")?.language()
        setup.calendar = file.optional("calendar")?.choice(CalendarKind.self)
        setup.baseCurrency = file.optional("base_currency")?.currencyCode()
        setup.acceptedCurrencies = file.optional("accepted_currencies")?.list { $0.currencyCode() } ?? []
        if let hoursValue = file.optional("working_hours"), let h = hoursValue.mapping() {
            var hours = WorkingHours(origin: hoursValue.origin)
            hours.days = h.optional("days")?.list { $0.choice(WorkingHours.Weekday.self) } ?? []
            hours.start = h.optional("start")?.timeOfDay()
            hours.end = h.optional("end")?.timeOfDay()
            hours.timeZone = h.optional("time_zone")?.string()
            h.finish()
            setup.workingHours = hours
        }
        if let c = file.optional("call_center")?.mapping() {
            var center = CallCenterSetup()
            center.skills =
                c.optional("skills")?.list { item in
                    guard let m = item.mapping() else { return nil }
                    defer { m.finish() }
                    let id = m.required("id")?.id(CallCenterSetup.Skill.self)
                    let name = m.required("name")?.text()
                    guard let id else { return nil }
                    return CallCenterSetup.Skill(origin: item.origin, id: id, name: name ?? LocalizedText())
                } ?? []
            center.callTypes =
                c.optional("call_types")?.list { item in
                    guard let m = item.mapping() else { return nil }
                    defer { m.finish() }
                    let id = m.required("id")?.id(CallCenterSetup.CallType.self)
                    let name = m.required("name")?.text()
                    let skill = m.optional("skill")?.id(CallCenterSetup.Skill.self)
                    guard let id else { return nil }
                    return CallCenterSetup.CallType(origin: item.origin, id: id, name: name ?? LocalizedText(), skill: skill)
                } ?? []
            center.ivr =
                c.optional("ivr")?.list { item in
                    guard let m = item.mapping() else { return nil }
                    defer { m.finish() }
                    let key = m.required("key")?.string()
                    let label = m.required("label")?.text()
                    let callType = m.optional("call_type")?.id(CallCenterSetup.CallType.self)
                    let message = m.optional("message")?.text()
                    guard let key, let label else { return nil }
                    var option = CallCenterSetup.IVROption(origin: item.origin, key: key, label: label)
                    option.callType = callType
                    option.message = message
                    return option
                } ?? []
            if let levelValue = c.optional("service_level"), let s = levelValue.mapping() {
                let percent = s.required("percent")?.double(in: 0...100)
                let within = s.required("within_seconds")?.double(in: 1...86_400)
                s.finish()
                if let percent, let within {
                    center.serviceLevel = .init(origin: levelValue.origin, percent: percent, withinSeconds: within)
                }
            }
            center.expectedCallsPerHour = c.optional("expected_calls_per_hour")?.double(in: 0...1_000_000)
            center.averageHandleTimeSeconds = c.optional("average_handle_time_seconds")?.double(in: 0...86_400)
            c.finish()
            setup.callCenter = center
        }
        if let f = file.optional("sales_funnel")?.mapping() {
            var funnel = SalesFunnelSetup()
            funnel.stages =
                f.optional("stages")?.list { item in
                    guard let m = item.mapping() else { return nil }
                    defer { m.finish() }
                    let id = m.required("id")?.id(SalesFunnelSetup.Stage.self)
                    let name = m.required("name")?.text()
                    let probability = m.required("probability")?.double(in: 0...1)
                    guard let id, let name, let probability else { return nil }
                    return SalesFunnelSetup.Stage(origin: item.origin, id: id, name: name, probability: probability)
                } ?? []
            funnel.lossReasons = f.optional("loss_reasons")?.list { $0.id(SalesFunnelSetup.self)?.rawValue } ?? []
            f.finish()
            setup.salesFunnel = funnel
        }
        if let l = file.optional("lead_scoring")?.mapping() {
            setup.leadScoring =
                l.optional("factors")?.list { item in
                    guard let m = item.mapping() else { return nil }
                    defer { m.finish() }
                    let id = m.required("id")?.id(LeadScoringFactor.self)
                    let name = m.required("name")?.text()
                    let points = m.required("points")?.double(in: -1000...1000)
                    guard let id, let name, let points else { return nil }
                    return LeadScoringFactor(origin: item.origin, id: id, name: name, points: points)
                } ?? []
            l.finish()
        }
        if let cases = file.optional("cases")?.mapping() {
            setup.casePriorities =
                cases.optional("priorities")?.list { item in
                    guard let m = item.mapping() else { return nil }
                    defer { m.finish() }
                    let id = m.required("id")?.id(CasePriority.self)
                    let name = m.required("name")?.text()
                    let first = m.optional("first_response")?.duration()
                    let resolution = m.optional("resolution")?.duration()
                    guard let id, let name else { return nil }
                    var priority = CasePriority(origin: item.origin, id: id, name: name)
                    priority.firstResponse = first
                    priority.resolution = resolution
                    return priority
                } ?? []
            cases.finish()
        }
        return setup
    }
}

extension Value {
    /// `HH:MM` on a 24-hour clock, as minutes after midnight.
    func timeOfDay() -> Int? {
        guard let raw = string() else { return nil }
        let parts = PersianDigits.toLatin(raw).split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2, parts[1].count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]),
            (0...24).contains(hours), (0...59).contains(minutes), hours * 60 + minutes <= 1440
        {
            return hours * 60 + minutes
        }
        reader.error(
            "invalid-time", at: self,
            en: "\"\(InputText.shown(raw))\" is not a time of day", fa: "«\(InputText.shown(raw))» ساعت معتبری نیست",
            fixEn: "write HH:MM on a 24-hour clock, quoted, e.g. \"08:30\"",
            fixFa: "به شکل HH:MM در ساعت ۲۴ ساعته و داخل گیومه بنویسید، مثلاً \"08:30\"")
        return nil
    }
}
