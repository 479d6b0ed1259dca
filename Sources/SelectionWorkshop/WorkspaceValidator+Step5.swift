import Foundation
import Localization

extension WorkspaceValidator {
    mutating func checkRequirements() {
        let requirements = workspace.requirements.requirements
        checkUnique(requirements.map { ($0.id, $0.origin) }, kind: LocalizedText(fa: "نیازمندی", en: "requirement"))
        for requirement in requirements {
            for (index, source) in requirement.sources.enumerated() {
                checkPerson(source, at: requirement.origin.appending("sources", index))
            }
            checkAPQC(requirement.apqc, at: requirement.origin.appending("apqc"))
            if let verify = requirement.verify { checkProbe(verify) }
        }
    }

    mutating func checkVendorFiles() {
        var seen: [Vendor.ID: FieldOrigin] = [:]
        let vendorWord = LocalizedText(fa: "تأمین‌کننده", en: "vendor")
        for file in workspace.vendors {
            checkFileNamed(file.origin, key: "vendor", id: file.vendor.rawValue)
            checkReference(
                file.vendor, at: file.origin.appending("vendor"), among: vendorIDs, kind: vendorWord,
                whereToAdd: "the vendors of shortlist.yaml")
            if let first = seen[file.vendor] {
                diagnostics.append(
                    .error(
                        "duplicate-vendor-file", at: file.origin.appending("vendor"),
                        en: "vendor \"\(file.vendor)\" already has a file (\(first.file))",
                        fa: "تأمین‌کننده «\(file.vendor)» پیش‌تر فایلی دارد (\(first.file))",
                        fixEn: "merge the two files into one", fixFa: "دو فایل را یکی کنید"))
            }
            seen[file.vendor] = file.origin
            if let interview = file.interview {
                for (index, person) in interview.interviewers.enumerated() {
                    checkPerson(person, at: file.origin.appending("interview").appending("interviewers", index))
                }
                if let costs = interview.costs, let currency = workspace.project?.project.currency {
                    for item in costs.moneyItems where item.amount.currency.code != currency {
                        diagnostics.append(
                            .warning(
                                "cost-currency", at: costs.origin.appending(item.field),
                                en: "\(item.field) is in \(item.amount.currency.code); the project compares costs in \(currency)",
                                fa:
                                    "\(item.field) به \(item.amount.currency.code) است؛ پروژه هزینه‌ها را به \(currency) مقایسه می‌کند",
                                fixEn: "convert it to \(currency) so vendors compare fairly",
                                fixFa: "آن را به \(currency) تبدیل کنید تا مقایسه تأمین‌کنندگان منصفانه باشد"))
                    }
                }
            }
            var claimed: Set<Requirement.ID> = []
            for claim in file.coverage {
                if let cost = claim.cost, let currency = workspace.project?.project.currency, cost.currency.code != currency {
                    diagnostics.append(
                        .warning(
                            "cost-currency", at: claim.origin.appending("cost"),
                            en:
                                "the cost of \(claim.requirement) is in \(cost.currency.code); the project compares costs in \(currency)",
                            fa:
                                "هزینه \(claim.requirement) به \(cost.currency.code) است؛ پروژه هزینه‌ها را به \(currency) مقایسه می‌کند",
                            fixEn: "convert it to \(currency) so vendors compare fairly",
                            fixFa: "آن را به \(currency) تبدیل کنید تا مقایسه تأمین‌کنندگان منصفانه باشد"))
                }
                checkReference(
                    claim.requirement, at: claim.origin.appending("requirement"), among: requirementIDs,
                    kind: LocalizedText(fa: "نیازمندی", en: "requirement"), whereToAdd: "requirements.yaml")
                if !claimed.insert(claim.requirement).inserted {
                    diagnostics.append(
                        .error(
                            "duplicate-claim", at: claim.origin.appending("requirement"),
                            en: "requirement \"\(claim.requirement)\" is claimed twice for this vendor",
                            fa: "برای این تأمین‌کننده دو ادعا درباره نیازمندی «\(claim.requirement)» ثبت شده است",
                            fixEn: "keep one claim per requirement", fixFa: "برای هر نیازمندی یک ادعا نگه دارید"))
                }
            }
        }
    }

    mutating func checkScorecard() {
        guard let scorecard = workspace.scorecard else { return }
        let scale = scorecard.scale
        if !(scale.minimum < scale.maximum) {
            diagnostics.append(
                .error(
                    "scale-range", at: scale.origin.appending("max"),
                    en: "the scale's max (\(scale.maximum.formatted())) is not above its min (\(scale.minimum.formatted()))",
                    fa: "بیشینه مقیاس (\(scale.maximum.formatted())) از کمینه آن (\(scale.minimum.formatted())) بزرگ‌تر نیست",
                    fixEn: "use e.g. min: 0 and max: 5", fixFa: "مثلاً min: 0 و max: 5 بنویسید"))
        }
        if !(scale.step > 0) || !scale.step.isFinite {
            diagnostics.append(
                .error(
                    "scale-step", at: scale.origin.appending("step"),
                    en: "the scale's step must be positive", fa: "گام مقیاس باید مثبت باشد",
                    fixEn: "use step: 1, or 0.5 for half points", fixFa: "step: 1 یا برای نیم‌امتیاز 0.5 بنویسید"))
        }
        var levelValues: Set<Double> = []
        for level in scale.levels {
            if !scale.contains(level.value) {
                diagnostics.append(
                    .error(
                        "level-off-scale", at: level.origin.appending("value"),
                        en:
                            "level \(level.value.formatted()) is not on the scale \(scale.minimum.formatted())…\(scale.maximum.formatted()) in steps of \(scale.step.formatted())",
                        fa:
                            "سطح \(level.value.formatted()) روی مقیاس \(scale.minimum.formatted()) تا \(scale.maximum.formatted()) با گام \(scale.step.formatted()) نیست",
                        fixEn: "use a value on the scale", fixFa: "مقداری روی مقیاس بنویسید"))
            }
            if !levelValues.insert(level.value).inserted {
                diagnostics.append(
                    .error(
                        "duplicate-level", at: level.origin.appending("value"),
                        en: "level \(level.value.formatted()) is described twice",
                        fa: "سطح \(level.value.formatted()) دو بار توصیف شده است",
                        fixEn: "keep one description per level", fixFa: "برای هر سطح یک توصیف نگه دارید"))
            }
        }

        let all = scorecard.allCriteria
        checkUnique(all.map { ($0.id, $0.origin) }, kind: LocalizedText(fa: "معیار", en: "criterion"))
        checkWeights(of: scorecard.criteria, parentName: "the top level", parentNameFa: "سطح بالا")
        for criterion in all where !criterion.children.isEmpty {
            checkWeights(of: criterion.children, parentName: "\"\(criterion.id)\"", parentNameFa: "«\(criterion.id)»")
        }
        checkPairwise(scorecard)
    }

    /// Direct weights of one level: all given or none (equal weights), each positive and finite. They need
    /// not sum to 1: each level is normalized.
    private mutating func checkWeights(of siblings: [Criterion], parentName: String, parentNameFa: String) {
        guard workspace.scorecard?.weighting == .direct else { return }
        let given = siblings.filter { $0.weight != nil }
        if !given.isEmpty, given.count != siblings.count {
            for criterion in siblings where criterion.weight == nil {
                diagnostics.append(
                    .error(
                        "missing-weight", at: criterion.origin.appending("id"),
                        en: "criterion \"\(criterion.id)\" has no weight while its siblings under \(parentName) have",
                        fa: "معیار «\(criterion.id)» وزن ندارد ولی هم‌سطح‌هایش زیر \(parentNameFa) دارند",
                        fixEn: "give it a weight: (or remove the weights of the whole level for equal weights)",
                        fixFa: "برایش weight: بنویسید (یا وزن‌های کل این سطح را برای وزن برابر حذف کنید)"))
            }
        }
        for criterion in given {
            guard let weight = criterion.weight, !(weight > 0 && weight.isFinite) else { continue }
            diagnostics.append(
                .error(
                    "weight-not-positive", at: criterion.origin.appending("weight"),
                    en: "the weight of \"\(criterion.id)\" is \(weight.formatted()); weights must be positive",
                    fa: "وزن «\(criterion.id)» برابر \(weight.formatted()) است؛ وزن باید مثبت باشد",
                    fixEn: "use a positive number; a criterion that should not count belongs out of the tree",
                    fixFa: "عددی مثبت بنویسید؛ معیاری که نباید حساب شود را از درخت حذف کنید"))
        }
    }

    private mutating func checkPairwise(_ scorecard: Scorecard) {
        if scorecard.weighting == .direct {
            if let first = scorecard.pairwise.first {
                diagnostics.append(
                    .warning(
                        "pairwise-ignored", at: first.origin,
                        en: "pairwise matrices are given but weighting is direct, so they are not used",
                        fa: "ماتریس‌های مقایسه زوجی آمده‌اند اما وزن‌دهی direct است، پس به کار نمی‌روند",
                        fixEn: "set weighting: pairwise to use them, or remove them",
                        fixFa: "برای استفاده weighting: pairwise بنویسید یا آن‌ها را حذف کنید"))
            }
            return
        }
        let byID = Dictionary(scorecard.allCriteria.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var covered: Set<String> = []
        for comparison in scorecard.pairwise {
            let parentKey = comparison.parent?.rawValue ?? "root"
            let children: [Criterion]
            if let parent = comparison.parent {
                guard let criterion = byID[parent] else {
                    checkReference(
                        parent, at: comparison.origin.appending("parent"), among: Set(byID.keys),
                        kind: LocalizedText(fa: "معیار", en: "criterion"), whereToAdd: "the criteria of scorecard.yaml")
                    continue
                }
                children = criterion.children
            } else {
                children = scorecard.criteria
            }
            if !covered.insert(parentKey).inserted {
                diagnostics.append(
                    .error(
                        "duplicate-matrix", at: comparison.origin.appending("parent"),
                        en: "\"\(parentKey)\" has two pairwise matrices", fa: "«\(parentKey)» دو ماتریس مقایسه زوجی دارد",
                        fixEn: "keep one", fixFa: "یکی را نگه دارید"))
            }
            let expected = children.map(\.id)
            if Set(comparison.items) != Set(expected) || comparison.items.count != expected.count {
                diagnostics.append(
                    .error(
                        "matrix-items", at: comparison.origin.appending("items"),
                        en:
                            "the items under \"\(parentKey)\" must be exactly its children: \(expected.map(\.rawValue).joined(separator: ", "))",
                        fa:
                            "موارد زیر «\(parentKey)» باید دقیقاً زیرمعیارهای آن باشند: \(expected.map(\.rawValue).joined(separator: "، "))",
                        fixEn: "write items: [\(expected.map(\.rawValue).joined(separator: ", "))]",
                        fixFa: "بنویسید items: [\(expected.map(\.rawValue).joined(separator: ", "))]"))
            }
            checkMatrix(comparison, parentKey: parentKey)
        }
        // Every parent with two or more children needs its comparisons.
        let parents: [(String, [Criterion], FieldOrigin)] =
            [("root", scorecard.criteria, scorecard.origin.appending("criteria"))]
            + scorecard.allCriteria.filter { !$0.children.isEmpty }.map { ($0.id.rawValue, $0.children, $0.origin) }
        for (key, children, origin) in parents where children.count >= 2 && !covered.contains(key) {
            diagnostics.append(
                .error(
                    "missing-matrix", at: origin,
                    en: "weighting is pairwise but \"\(key)\" has no pairwise matrix for its \(children.count) children",
                    fa: "وزن‌دهی زوجی است اما «\(key)» برای \(children.count) زیرمعیارش ماتریس مقایسه ندارد",
                    fixEn: "add to pairwise: a matrix with parent: \(key)",
                    fixFa: "در pairwise: ماتریسی با parent: \(key) بیفزایید"))
        }
    }

    /// Square, positive, ones on the diagonal, and reciprocal: a[j][i] = 1 / a[i][j].
    private mutating func checkMatrix(_ comparison: PairwiseComparison, parentKey: String) {
        let n = comparison.items.count
        let matrixOrigin = comparison.origin.appending("matrix")
        let rows = comparison.matrix
        let square = rows.count == n && rows.allSatisfy { $0.count == n }
        if !square {
            let shape = rows.map { String($0.count) }.joined(separator: ", ")
            // Point at the first row of the wrong length, or at the matrix when rows are missing or extra.
            let badRow = rows.count == n ? rows.firstIndex { $0.count != n } : nil
            diagnostics.append(
                .error(
                    "matrix-not-square", at: badRow.map { matrixOrigin.appending($0) } ?? matrixOrigin,
                    en:
                        "the matrix under \"\(parentKey)\" must be \(n)×\(n) for its \(n) items, but has \(rows.count) rows of lengths [\(shape)]",
                    fa:
                        "ماتریس زیر «\(parentKey)» برای \(n) مورد باید \(n)×\(n) باشد اما \(rows.count) سطر به طول‌های [\(shape)] دارد",
                    fixEn: "write one row per item, each with \(n) entries", fixFa: "برای هر مورد یک سطر با \(n) درایه بنویسید"))
        }
        for (i, row) in rows.enumerated() {
            for (j, value) in row.enumerated() where value > 0 && value.isFinite && (value > 9 + 1e-9 || value < 1 / 9 - 1e-9) {
                diagnostics.append(
                    .warning(
                        "matrix-off-scale", at: matrixOrigin.appending(i).appending(j),
                        en:
                            "entry row \(i + 1), column \(j + 1) under \"\(parentKey)\" is \(Self.ratio(value)), outside Saaty's scale 1/9…9",
                        fa:
                            "درایه سطر \(i + 1)، ستون \(j + 1) زیر «\(parentKey)» برابر \(Self.ratio(value)) است و بیرون از مقیاس ساعتی ۱/۹ تا ۹",
                        fixEn: "judge the pair on the 1–9 scale (9 = extremely more important)",
                        fixFa: "این زوج را روی مقیاس ۱ تا ۹ بسنجید (۹ = بی‌نهایت مهم‌تر)"))
            }
            for (j, value) in row.enumerated() where !(value > 0 && value.isFinite) {
                diagnostics.append(
                    .error(
                        "matrix-not-positive", at: matrixOrigin.appending(i).appending(j),
                        en: "entry row \(i + 1), column \(j + 1) under \"\(parentKey)\" is not a positive number",
                        fa: "درایه سطر \(i + 1)، ستون \(j + 1) زیر «\(parentKey)» عدد مثبت نیست",
                        fixEn: "use Saaty's scale: 1–9 or fractions such as \"1/3\"",
                        fixFa: "از مقیاس ساعتی استفاده کنید: ۱ تا ۹ یا کسرهایی مانند \"1/3\""))
            }
        }
        guard square else { return }
        let names = comparison.items.map(\.rawValue)
        for i in 0..<n {
            if rows[i][i].isFinite, abs(rows[i][i] - 1) > 1e-9 {
                diagnostics.append(
                    .error(
                        "matrix-diagonal", at: matrixOrigin.appending(i).appending(i),
                        en: "\"\(names[i])\" compared with itself must be 1, not \(rows[i][i].formatted())",
                        fa: "مقایسه «\(names[i])» با خودش باید ۱ باشد، نه \(rows[i][i].formatted())",
                        fixEn: "write 1 on the diagonal", fixFa: "روی قطر ۱ بنویسید"))
            }
            for j in (i + 1)..<max(n, i + 1) {
                let a = rows[i][j]
                let b = rows[j][i]
                guard a > 0, b > 0, a.isFinite, b.isFinite else { continue }
                if abs(a * b - 1) > 1e-6 {
                    diagnostics.append(
                        .error(
                            "matrix-not-reciprocal", at: matrixOrigin.appending(j).appending(i),
                            en:
                                "the matrix under \"\(parentKey)\" is not reciprocal: \(names[i]) over \(names[j]) is \(Self.ratio(a)) but \(names[j]) over \(names[i]) is \(Self.ratio(b))",
                            fa:
                                "ماتریس زیر «\(parentKey)» وارون‌پذیر نیست: \(names[i]) نسبت به \(names[j]) برابر \(Self.ratio(a)) است اما \(names[j]) نسبت به \(names[i]) برابر \(Self.ratio(b))",
                            fixEn: "set row \(names[j]), column \(names[i]) to \(Self.ratio(1 / a))",
                            fixFa: "درایه سطر \(names[j])، ستون \(names[i]) را \(Self.ratio(1 / a)) بگذارید"))
                }
            }
        }
    }

    /// A ratio as a person writes it: `3`, `"1/3"`, `2.5`.
    static func ratio(_ value: Double) -> String {
        // Whole numbers and unit fractions as a person writes them; anything huge, tiny or odd as a number.
        if abs(value - value.rounded()) < 1e-9, abs(value) < 1e15, value.rounded() != 0 {
            return String(Int(value.rounded()))
        }
        let inverse = 1 / value
        if inverse.isFinite, abs(inverse - inverse.rounded()) < 1e-9, abs(inverse) < 1e15, inverse.rounded() != 0 {
            return "1/\(Int(inverse.rounded()))"
        }
        return String(format: "%.4g", value)
    }

    /// A vendor a sheet scores must be on the shortlist: unknown is an error, excluded a warning (once per sheet).
    private mutating func checkScoredVendor(
        _ id: Vendor.ID, of sheet: ScoreSheet, vendorsByID: [Vendor.ID: Vendor], reported: inout Set<Vendor.ID>
    ) {
        guard reported.insert(id).inserted else { return }
        let origin = sheet.origin.appending("scores").appending(id.rawValue)
        guard let vendor = vendorsByID[id] else {
            checkReference(
                id, at: origin, among: vendorIDs, kind: LocalizedText(fa: "تأمین‌کننده", en: "vendor"),
                whereToAdd: "the vendors of shortlist.yaml")
            return
        }
        guard vendor.status != .shortlisted else { return }
        diagnostics.append(
            .warning(
                "score-for-excluded-vendor", at: origin,
                en: "vendor \"\(id)\" is not on the shortlist (\(vendor.status.rawValue)); its scores will not count",
                fa: "تأمین‌کننده «\(id)» در فهرست کوتاه نیست (\(vendor.status.rawValue))؛ امتیازهایش حساب نمی‌شود",
                fixEn: "remove its scores, or bring it back to the shortlist",
                fixFa: "امتیازهایش را حذف کنید یا آن را به فهرست کوتاه برگردانید"))
    }

    mutating func checkScoreSheets() {
        var seen: [Identifier<Person>: String] = [:]
        let scorecard = workspace.scorecard
        let leaves = Set((scorecard?.leaves ?? []).map(\.id))
        let allCriteria = Set((scorecard?.allCriteria ?? []).map(\.id))
        let scale = workspace.unreadable.contains(.scoreScale) ? nil : scorecard?.scale
        let hasScorecard = scorecard != nil
        let vendorsByID = Dictionary(workspace.shortlist.vendors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for sheet in workspace.scoreSheets {
            checkFileNamed(sheet.origin, key: "evaluator", id: sheet.evaluator.rawValue)
            checkPerson(sheet.evaluator, at: sheet.origin.appending("evaluator"))
            if let first = seen[sheet.evaluator] {
                diagnostics.append(
                    .error(
                        "duplicate-score-sheet", at: sheet.origin.appending("evaluator"),
                        en: "evaluator \"\(sheet.evaluator)\" already has a score file (\(first))",
                        fa: "ارزیاب «\(sheet.evaluator)» پیش‌تر فایل امتیاز دارد (\(first))",
                        fixEn: "keep one score file per evaluator", fixFa: "برای هر ارزیاب یک فایل امتیاز نگه دارید"))
            }
            seen[sheet.evaluator] = sheet.origin.file
            var reportedVendors: Set<Vendor.ID> = []
            var previousVendor: Vendor.ID?
            // A sheet lists each vendor's scores together, and usually every vendor's criteria in one order: the
            // vendor is checked once per run, and a criterion found to be a leaf at the same place in the run
            // before needs no lookup (comparing two ids is cheaper than hashing one, 360,000 times over).
            var leavesOfRun: [Criterion.ID?] = []
            var leavesOfPreviousRun: [Criterion.ID?] = []
            for score in sheet.scores {
                if score.vendor != previousVendor {
                    previousVendor = score.vendor
                    checkScoredVendor(score.vendor, of: sheet, vendorsByID: vendorsByID, reported: &reportedVendors)
                    swap(&leavesOfRun, &leavesOfPreviousRun)
                    leavesOfRun.removeAll(keepingCapacity: true)
                }
                guard hasScorecard else { continue }
                let place = leavesOfRun.count
                let knownLeaf =
                    place < leavesOfPreviousRun.count && leavesOfPreviousRun[place] == score.criterion
                    || leaves.contains(score.criterion)
                leavesOfRun.append(knownLeaf ? score.criterion : nil)
                if !knownLeaf {
                    if allCriteria.contains(score.criterion) {
                        diagnostics.append(
                            .error(
                                "score-on-parent", at: sheet.origin(of: score),
                                en: "\"\(score.criterion)\" has sub-criteria; scores go on its leaves",
                                fa: "«\(score.criterion)» زیرمعیار دارد؛ امتیاز به زیرمعیارهای آن داده می‌شود",
                                fixEn: "score each of its sub-criteria instead", fixFa: "به جای آن به هر زیرمعیار امتیاز دهید"))
                    } else {
                        checkReference(
                            score.criterion, at: sheet.origin(of: score), among: leaves,
                            kind: LocalizedText(fa: "معیار کارت امتیاز", en: "scorecard criterion"), whereToAdd: "scorecard.yaml")
                    }
                }
                if let scale, !scale.contains(score.value) {
                    diagnostics.append(
                        .error(
                            "score-off-scale", at: sheet.origin(of: score),
                            en:
                                "score \(score.value.formatted()) for \(score.vendor)/\(score.criterion) is not on the scale \(scale.minimum.formatted())…\(scale.maximum.formatted()) in steps of \(scale.step.formatted())",
                            fa:
                                "امتیاز \(score.value.formatted()) برای \(score.vendor)/\(score.criterion) روی مقیاس \(scale.minimum.formatted()) تا \(scale.maximum.formatted()) با گام \(scale.step.formatted()) نیست",
                            fixEn: "use one of the scale's levels", fixFa: "یکی از سطح‌های مقیاس را بنویسید"))
                }
            }
        }
    }
}
