import Foundation
import Localization
import SelectionWorkshop

// Mapping of `requirements.yaml`, `vendors/*.yaml`, `scorecard.yaml` and `scores/*.yaml` onto the domain.

extension FileReader {
    func decodeRequirementFile(_ root: Value) -> RequirementFile {
        var result = RequirementFile()
        guard let file = root.mapping() else { return result }
        defer { file.finish() }
        readVersion(file)
        result.requirements =
            file.optional("requirements")?.list { item in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let id = m.required("id")?.id(Requirement.self)
                let title = m.required("title")?.text()
                let description = m.optional("description")?.text()
                let priority = m.required("priority")?.choice(MoSCoWPriority.self)
                let category = m.required("category")?.choice(RequirementCategory.self)
                let step = m.optional("step")?.int(in: 1...6)
                let sources = m.optional("sources")?.ids(Person.self) ?? []
                let apqc = m.optional("apqc")?.string()
                var verify: Verification?
                if let verifyValue = m.optional("verify"), let v = verifyValue.mapping() {
                    let probe = v.required("probe")?.id(Requirement.self)?.rawValue
                    var parameters: [String: String] = [:]
                    if let with = v.optional("with")?.mapping() {
                        for key in with.keys {
                            if let text = with.optional(key)?.string() { parameters[key] = text }
                        }
                        with.finish()
                    }
                    v.finish()
                    if let probe { verify = Verification(origin: verifyValue.origin, probe: probe, parameters: parameters) }
                }
                guard let id else { return nil }
                var requirement = Requirement(
                    origin: item.origin, id: id, title: title ?? LocalizedText(), priority: priority ?? .could,
                    category: category ?? .other)
                requirement.description = description
                requirement.step = step
                requirement.sources = sources
                requirement.apqc = apqc
                requirement.verify = verify
                return requirement
            } ?? []
        return result
    }

    func decodeVendorFile(_ root: Value) -> VendorFile? {
        guard let file = root.mapping() else { return nil }
        defer { file.finish() }
        readVersion(file)
        // Without a readable vendor id the file is still read through, so every other problem is reported.
        let vendor = file.required("vendor")?.id(Vendor.self)
        var result = VendorFile(origin: root.origin, vendor: vendor ?? Vendor.ID(""))
        if let m = file.optional("profile")?.mapping() {
            var profile = VendorProfile()
            profile.knownInIndustry = m.optional("known_in_industry")?.text()
            profile.yearsInBusiness = m.optional("years_in_business")?.int(in: 0...500)
            profile.productVision = m.optional("product_vision")?.text()
            profile.references = m.optional("references")?.list { $0.text() } ?? []
            m.finish()
            result.profile = profile
        }
        if let m = file.optional("interview")?.mapping() {
            var interview = VendorInterview()
            interview.date = m.optional("date")?.date()
            interview.interviewers = m.optional("interviewers")?.ids(Person.self) ?? []
            if let costsValue = m.optional("costs"), let c = costsValue.mapping() {
                var costs = VendorCosts(origin: costsValue.origin)
                costs.licence = c.optional("licence")?.money()
                costs.customization = c.optional("customization")?.money()
                costs.implementationMonths = c.optional("implementation_months")?.double(in: 0...600)
                costs.annualSupport = c.optional("annual_support")?.money()
                costs.training = c.optional("training")?.money()
                costs.trainingMethod = c.optional("training_method")?.text()
                costs.backOfficeIntegration = c.optional("back_office_integration")?.money()
                costs.subscriptionPerUserMonth = c.optional("subscription_per_user_month")?.money()
                c.finish()
                interview.costs = costs
            }
            if let a = m.optional("answers")?.mapping() {
                for topic in VendorInterviewTopic.allCases {
                    if let answer = a.optional(topic.rawValue)?.text() { interview.answers[topic] = answer }
                }
                a.finish()
            }
            m.finish()
            result.interview = interview
        }
        result.coverage =
            file.optional("coverage")?.list { item in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let requirement = m.required("requirement")?.id(Requirement.self)
                let claim = m.required("claim")?.choice(CoverageClaim.Level.self)
                let note = m.optional("note")?.text()
                let cost = m.optional("cost")?.money()
                guard let requirement, let claim else { return nil }
                var coverage = CoverageClaim(origin: item.origin, requirement: requirement, claim: claim, note: note)
                coverage.cost = cost
                return coverage
            } ?? []
        return vendor == nil ? nil : result
    }

    func decodeScorecard(_ root: Value) -> Scorecard? {
        guard let file = root.mapping() else { return nil }
        defer { file.finish() }
        readVersion(file)
        let name = file.optional("name")?.text()
        let template = file.optional("template")?.string()
        let description = file.optional("description")?.text()
        let scale = file.required("scale").flatMap(decodeScale)
        let weighting = file.optional("weighting")?.choice(Scorecard.Weighting.self) ?? .direct
        let criteria = file.required("criteria")?.list { decodeCriterion($0) } ?? []
        let pairwise = file.optional("pairwise")?.list(decodePairwise) ?? []
        // Without its scale the criteria are still checked; the scores' scale check is skipped.
        if scale == nil { unreadable.insert(.scoreScale) }
        var scorecard = Scorecard(
            origin: root.origin,
            scale: scale ?? ScoreScale(origin: root.origin.appending("scale"), minimum: 0, maximum: 5, step: 1),
            weighting: weighting, criteria: criteria)
        scorecard.name = name
        scorecard.template = template
        scorecard.description = description
        scorecard.pairwise = pairwise
        return scorecard
    }

    private func decodeScale(_ value: Value) -> ScoreScale? {
        guard let m = value.mapping() else { return nil }
        defer { m.finish() }
        let minimum = m.required("min")?.double()
        let maximum = m.required("max")?.double()
        let step = m.optional("step")?.double() ?? 1
        let levels =
            m.optional("levels")?.list { item -> ScoreScale.Level? in
                guard let l = item.mapping() else { return nil }
                defer { l.finish() }
                let levelValue = l.required("value")?.double()
                let label = l.required("label")?.text()
                let anchor = l.optional("anchor")?.text()
                guard let levelValue, let label else { return nil }
                return ScoreScale.Level(origin: item.origin, value: levelValue, label: label, anchor: anchor)
            } ?? []
        guard let minimum, let maximum else { return nil }
        var scale = ScoreScale(origin: value.origin, minimum: minimum, maximum: maximum, step: step)
        scale.levels = levels
        return scale
    }

    /// Criteria nest; the YAML reader already bounds the depth of any file, so this recursion is bounded too.
    private func decodeCriterion(_ item: Value) -> Criterion? {
        guard let m = item.mapping() else { return nil }
        defer { m.finish() }
        let id = m.required("id")?.id(Criterion.self)
        let name = m.required("name")?.text()
        let description = m.optional("description")?.text()
        let weight = m.optional("weight")?.double()
        let direction = m.optional("direction")?.choice(Criterion.Direction.self)
        let children = m.optional("children")?.list { decodeCriterion($0) } ?? []
        guard let id else { return nil }
        var criterion = Criterion(origin: item.origin, id: id, name: name ?? LocalizedText())
        criterion.description = description
        criterion.weight = weight
        criterion.direction = direction ?? .benefit
        criterion.children = children
        return criterion
    }

    private func decodePairwise(_ item: Value) -> PairwiseComparison? {
        guard let m = item.mapping() else { return nil }
        defer { m.finish() }
        let parentText = m.required("parent")?.string()
        let parent: Criterion.ID? =
            parentText == nil || parentText == "root" ? nil : m.optional("parent")?.id(Criterion.self)
        let items = m.required("items")?.ids(Criterion.self) ?? []
        let rows = m.required("matrix")?.list { row -> [Double]? in
            guard let cells = row.list() else { return nil }
            return cells.map { $0.ratio() ?? .nan }
        }
        // A parent that is neither `root` nor a valid id was reported; the matrix is dropped, not taken as root.
        guard parentText != nil, parentText == "root" || parent != nil, let rows else { return nil }
        return PairwiseComparison(origin: item.origin, parent: parent, items: items, matrix: rows)
    }

    func decodeScoreSheet(_ root: Value) -> ScoreSheet? {
        guard let file = root.mapping() else { return nil }
        defer { file.finish() }
        readVersion(file)
        let evaluator = file.required("evaluator")?.id(Person.self)
        var sheet = ScoreSheet(origin: root.origin, evaluator: evaluator ?? Identifier(""))
        sheet.submitted = file.optional("submitted")?.bool() ?? false
        if let byVendor = file.optional("scores")?.mapping() {
            for vendorKey in byVendor.keys {
                guard let vendorValue = byVendor.optional(vendorKey) else { continue }
                guard let byCriterion = vendorValue.mapping() else { continue }
                for criterionKey in byCriterion.keys {
                    guard let scoreValue = byCriterion.optional(criterionKey) else { continue }
                    let score: Double?
                    var note: LocalizedText?
                    if case .mapping = scoreValue.node.content, let s = scoreValue.mapping() {
                        score = s.required("score")?.double()
                        note = s.optional("note")?.text()
                        s.finish()
                    } else {
                        score = scoreValue.double()
                    }
                    guard let score else { continue }
                    sheet.scores.append(
                        .init(vendor: Vendor.ID(vendorKey), criterion: Criterion.ID(criterionKey), value: score, note: note))
                }
                byCriterion.finish()
            }
            byVendor.finish()
        }
        return evaluator == nil ? nil : sheet
    }
}

extension Value {
    /// A positive ratio of a pairwise comparison: a number or a fraction such as `"1/3"`.
    func ratio() -> Double? {
        guard case .scalar(let raw, _) = node.content, !isNull else {
            _ = double()
            return nil
        }
        // Most ratios are plain ASCII (`3`, `1/5`, `0.5`): only convert Persian digits and trim when needed.
        let plain = raw.utf8.allSatisfy { $0 > 0x20 && $0 < 0x80 }
        let text = plain ? raw : PersianDigits.toLatin(raw).trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, let numerator = Double(parts[0]), let denominator = Double(parts[1]), denominator != 0 {
            return numerator / denominator
        }
        return double()
    }
}
