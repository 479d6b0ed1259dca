import ArgumentParser
import Foundation
import Localization
import Reports
import Scoring
import SelectionWorkshop
import WorkspaceFiles

extension CRMKit {
    struct Scorecard: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score the shortlist from the whole workspace: knock-outs, weights, totals, costs, sensitivity.",
            discussion: """
                Runs step 5's numbers on the workspace: must-have requirements a vendor does not cover knock it \
                out first (with the reason); the criteria weights come from scorecard.yaml (direct points, or \
                AHP priorities with each matrix's consistency ratio); the evaluators' scores are combined by \
                their mean (or --consensus median) and cells where they disagree are flagged; the weighted sum \
                on the scorecard's scale ranks the vendors (a cost criterion's score, "how expensive", is \
                reversed), with TOPSIS as a cross-check; the cost of ownership over the project's horizon and \
                its present value, value for money, the budget fit, the sensitivity of the winner to every \
                weight, and the leave-one-evaluator-out check end in a recommendation and how robust it is. \
                Conventions: docs/scoring.md; JSON keys: docs/cli-json.md.

                Exit status: 0 when a vendor is recommended, 1 when none can be (nothing ranked, or the \
                workspace has errors), 2 when the folder is not a workspace.

                کارت امتیاز کل فضای کار را حساب می‌کند: حذف‌ها، وزن‌ها، جمع امتیازها، هزینه مالکیت، حساسیت و پیشنهاد.

                Examples:
                  crmkit scorecard docs/example-workspace
                  crmkit scorecard docs/example-workspace --format json
                  crmkit scorecard sepehr-crm --consensus median --random-index donegan-dodd
                """)

        @OptionGroup var workspace: WorkspaceOptions

        @Option(help: "How the evaluators' scores are combined: mean or median.")
        var consensus: ConsensusRule = .mean

        @Option(help: "The random-index table for AHP consistency ratios.")
        var randomIndex: RandomIndexTable = .saaty1980

        @Option(
            help: """
                Where a cost criterion's value comes from: scores (the evaluators rated how expensive) or \
                ownership (the cost of ownership, on the scale by the templates' budget bands).
                """)
        var costFrom: ScorecardAnalysis.CostSource = .scores

        @Option(help: "Add the requirements fit as a criterion of this global weight (0 < w < 1); others scale by 1 − w.")
        var fitWeight: Double?

        @Option(help: "table for people, json for scripts, csv for spreadsheets, md for reports.")
        var format: ResultFormat = .table

        @Option(help: "Language of the output: fa or en (default: the workspace language).")
        var lang: Language?

        func run() async throws {
            let (loaded, language) = try WorkspaceAccess.loadValid(workspace.directory, lang: lang)
            var options = ScorecardAnalysis.Options()
            options.consensus = consensus
            options.randomIndex = randomIndex
            options.costFrom = costFrom
            if let fitWeight {
                guard fitWeight > 0, fitWeight < 1 else {
                    Console.error(
                        language == .fa
                            ? "--fit-weight باید بین ۰ و ۱ باشد، مثلاً 0.15"
                            : "--fit-weight must lie between 0 and 1, e.g. 0.15")
                    throw ExitCode.validationFailure
                }
                options.fitWeight = fitWeight
            }
            let analysis = ScorecardAnalysis(loaded.workspace, options: options)
            let view = ScorecardView(analysis: analysis, workspace: loaded.workspace, language: language)
            switch format {
            case .json: Console.out(try Console.jsonText(view.document()))
            case .table: Console.out(view.table())
            case .csv: Console.out(view.csv())
            case .md: Console.out(view.markdown())
            }
            if analysis.recommended == nil { throw ExitCode(1) }
        }
    }
}

extension ConsensusRule: ExpressibleByArgument {}
extension ScorecardAnalysis.CostSource: ExpressibleByArgument {}

/// The scorecard analysis as people and scripts read it.
struct ScorecardView {
    let analysis: ScorecardAnalysis
    let workspace: Workspace
    let language: Language

    var fa: Bool { language == .fa }

    func name(of vendor: Vendor.ID) -> String {
        workspace.shortlist.vendors.first { $0.id == vendor }?.name.text(in: language) ?? vendor.rawValue
    }

    func number(_ value: Double, digits: Int = 2) -> String {
        PersianDigits.digits(String(format: "%.\(digits)f", value), for: language)
            .replacingOccurrences(of: fa ? "." : "\u{0}", with: "٫")
    }

    func money(_ minorUnits: Int64) -> String {
        SelectionReport.amount(minorUnits, currency: workspace.project?.project.currency ?? "IRR", in: language)
    }

    // MARK: - JSON

    struct Document: Encodable {
        struct Leaf: Encodable {
            var id: String
            var category: String
            var weight: Double
            var direction: String
        }
        struct Pairwise: Encodable {
            var parent: Nullable<String>
            var items: [String]
            var weights: [Double]
            var cr: Double
            var randomIndexTable: String
            var consistent: Bool
            var worstJudgments: [Judgment]
        }
        struct Judgment: Encodable {
            var row: String
            var column: String
            var current: Double
            var suggested: Double
        }
        struct VendorRow: Encodable {
            var vendor: String
            var rank: Int
            var total: Double
            var topsisRank: Int?
            var topsisCloseness: Double?
            var byCategory: [String: Double]
            var fit: Double?
        }
        struct Cost: Encodable {
            var vendor: String
            var currency: String
            var tco: Int64
            var presentValue: Int64
            var byYear: [Int64]
            var missingItems: [String]
            var efficient: Nullable<Bool>
            var benefitPerMillion: Nullable<Double>
        }
        struct Sensitivity: Encodable {
            var criterion: String
            var weight: Double
            var stableFrom: Double
            var stableTo: Double
            var minChangeToFlip: Nullable<Double>
            var newWinner: Nullable<String>
        }
        struct Disagreement: Encodable {
            var vendor: String
            var criterion: String
            var scores: [String: Double]
            var standardDeviation: Double
            var range: Double
        }
        struct Budget: Encodable {
            var vendor: String
            var outcome: String
            var drop: [String]
            var amount: Int64
        }
        var scale: [Double]
        var consensus: String
        var knockOuts: [String: [String]]
        var weights: [Leaf]
        var pairwise: [Pairwise]
        var ranking: [VendorRow]
        var rankAgreement: [String: Double?]
        var costs: [Cost]
        var budget: [Budget]
        var sensitivity: [Sensitivity]
        var disputed: [Disagreement]
        var kendallW: Nullable<Double>
        var pivotalEvaluators: [String]
        var recommended: Nullable<String>
        var robust: Bool
        var problems: [String]
    }

    /// `true` when the recommendation survives the checks of `ScorecardAnalysis.Robustness`.
    var isRobust: Bool { analysis.robustness?.isRobust ?? false }

    func document() -> Document {
        let ranked = analysis.ranked
        let sum = analysis.weightedSum
        let topsis = analysis.topsis
        let rows: [Document.VendorRow] = ranked.enumerated().map { index, vendor in
            Document.VendorRow(
                vendor: vendor.rawValue, rank: sum?.ranking.ranks[index] ?? 0, total: sum?.scores[index] ?? 0,
                topsisRank: topsis?.ranking.ranks[index], topsisCloseness: topsis?.scores[index],
                byCategory: Dictionary(
                    (analysis.categoryTotals[vendor] ?? [:]).map { ($0.key.rawValue, $0.value) }, uniquingKeysWith: +),
                fit: analysis.fit[vendor]?.score(on: analysis.scale))
        }.sorted { $0.rank < $1.rank }
        let efficiency = Dictionary(
            (analysis.valueForMoney?.options ?? []).map { ($0.vendor, $0) }, uniquingKeysWith: { first, _ in first })
        return Document(
            scale: [analysis.scale.lowerBound, analysis.scale.upperBound], consensus: analysis.options.consensus.rawValue,
            knockOuts: Dictionary(
                analysis.knockOuts.map { ($0.vendor.rawValue, $0.reasons.map { $0.text(in: language) }) },
                uniquingKeysWith: +),
            weights: analysis.leaves.map {
                Document.Leaf(
                    id: $0.id.rawValue, category: $0.category.rawValue, weight: $0.weight, direction: $0.direction.rawValue)
            },
            pairwise: analysis.pairwise.map { check in
                Document.Pairwise(
                    parent: Nullable(check.parent?.rawValue), items: check.result.items, weights: check.result.weights,
                    cr: check.result.consistencyRatio, randomIndexTable: check.result.options.randomIndex.rawValue,
                    consistent: check.result.isConsistent,
                    worstJudgments: check.result.worstJudgments.prefix(3).map { judgment in
                        Document.Judgment(
                            row: check.result.items[judgment.row], column: check.result.items[judgment.column],
                            current: judgment.current, suggested: judgment.suggested)
                    })
            },
            ranking: rows,
            rankAgreement: [
                "spearmanRho": analysis.rankAgreement?.spearmanRho, "kendallTauB": analysis.rankAgreement?.kendallTauB,
            ],
            costs: analysis.costs.map { cost in
                Document.Cost(
                    vendor: cost.vendor.rawValue, currency: workspace.project?.project.currency ?? "IRR",
                    tco: cost.ownership.total, presentValue: cost.ownership.presentValue,
                    byYear: cost.ownership.years.map(\.cumulativeCost), missingItems: cost.missing,
                    efficient: Nullable(efficiency[cost.vendor]?.isEfficient),
                    benefitPerMillion: Nullable(efficiency[cost.vendor]?.benefitPerCost.map { $0 * 1_000_000 }))
            },
            budget: (analysis.budgetFit?.vendors ?? []).map { fit in
                switch fit.outcome {
                case .withinBudget(let headroom):
                    Document.Budget(vendor: fit.vendor.rawValue, outcome: "within", drop: [], amount: headroom)
                case .fitsByDropping(let drop, _, let costAfter):
                    Document.Budget(
                        vendor: fit.vendor.rawValue, outcome: "fits-by-dropping", drop: drop.map(\.requirement.rawValue),
                        amount: costAfter)
                case .cannotFit(let shortfall):
                    Document.Budget(vendor: fit.vendor.rawValue, outcome: "cannot-fit", drop: [], amount: shortfall)
                }
            },
            sensitivity: (analysis.sensitivity?.criteria ?? []).map { item in
                Document.Sensitivity(
                    criterion: analysis.leaves[item.criterion].id.rawValue, weight: item.weight,
                    stableFrom: item.stableFrom, stableTo: item.stableTo, minChangeToFlip: Nullable(item.minChangeToFlip),
                    newWinner: Nullable(item.newWinner.map { ranked[$0].rawValue }))
            },
            disputed: analysis.agreement.filter(\.isDisputed).map { cell in
                Document.Disagreement(
                    vendor: cell.vendor.rawValue, criterion: cell.criterion.rawValue,
                    scores: Dictionary(cell.scores.map { ($0.evaluator.rawValue, $0.score) }, uniquingKeysWith: { a, _ in a }),
                    standardDeviation: cell.spread.populationStandardDeviation, range: cell.spread.range)
            },
            kendallW: Nullable(analysis.concordance?.kendallW?.w),
            pivotalEvaluators: analysis.leaveOneOut?.pivotalEvaluators.map(\.rawValue) ?? [],
            recommended: Nullable(analysis.recommended?.rawValue), robust: isRobust,
            problems: analysis.problems.map { $0.text(in: language) })
    }

    // MARK: - Text

    func bar(_ value: Double, of maximum: Double, width: Int = 24) -> String {
        guard maximum > 0, value.isFinite else { return "" }
        let filled = max(0, min(width, Int((value / maximum * Double(width)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    }

    func table() -> String {
        let document = document()
        var lines: [String] = []
        func heading(_ fa: String, _ en: String) {
            lines.append("")
            lines.append("== " + (self.fa ? fa : en))
        }
        heading("حذف‌شده‌ها", "Knocked out")
        if analysis.knockOuts.isEmpty { lines.append(fa ? "هیچ" : "none") }
        for knockOut in analysis.knockOuts {
            lines.append(
                "✘ \(name(of: knockOut.vendor)): \(knockOut.reasons.map { $0.text(in: language) }.joined(separator: "; "))")
        }
        heading("رتبه‌بندی (جمع وزنی روی مقیاس)", "Ranking (weighted sum on the scale)")
        let top = analysis.scale.upperBound
        for row in document.ranking {
            let vendor = Vendor.ID(rawValue: row.vendor)
            let topsis =
                row.topsisRank.map { fa ? "TOPSIS: \(PersianDigits.digits(String($0), for: language))" : "TOPSIS #\($0)" } ?? ""
            lines.append(
                "\(PersianDigits.digits(String(row.rank), for: language)). \(name(of: vendor))  \(bar(row.total, of: top))  \(number(row.total, digits: 3))  \(topsis)"
            )
        }
        if let agreement = analysis.rankAgreement, let tau = agreement.kendallTauB {
            lines.append(
                fa ? "هم‌خوانی با TOPSIS (τ-b کندال): \(number(tau))" : "agreement with TOPSIS (Kendall's τ-b): \(number(tau))")
        }
        heading("وزن معیارها", "Criteria weights")
        for leaf in analysis.leaves.sorted(by: { $0.weight > $1.weight }) {
            let cost = leaf.direction == .cost ? (fa ? " (هزینه: معکوس)" : " (cost: reversed)") : ""
            lines.append(
                "\(leaf.name.text(in: language))\(cost)  \(bar(leaf.weight, of: analysis.leaves.map(\.weight).max() ?? 1, width: 16))  \(number(leaf.weight * 100, digits: 1))%"
            )
        }
        for check in analysis.pairwise {
            let verdict =
                check.result.isConsistent
                ? (fa ? "سازگار" : "consistent") : (fa ? "ناسازگار — بازبینی کنید" : "inconsistent — revisit")
            lines.append(
                "AHP \(check.parent?.rawValue ?? "root"): CR = \(number(check.result.consistencyRatio, digits: 3)) (\(check.result.options.randomIndex.rawValue)) \(verdict)"
            )
        }
        heading("هزینه مالکیت", "Cost of ownership")
        let horizon = workspace.project?.project.horizonYears ?? 5
        for row in document.costs {
            let missing =
                row.missingItems.isEmpty
                ? "" : (fa ? "  (بی‌مبلغ: " : "  (no amount: ") + row.missingItems.joined(separator: ", ") + ")"
            lines.append(
                "\(name(of: Vendor.ID(rawValue: row.vendor))): "
                    + (fa ? "TCO \(PersianDigits.digits(String(horizon), for: language)) ساله " : "\(horizon)-year TCO ")
                    + money(row.tco) + (fa ? "، ارزش فعلی " : ", present value ") + money(row.presentValue) + missing)
        }
        if !document.budget.isEmpty, analysis.budgetFit?.everyVendorOverBudget == true {
            heading("بودجه", "Budget")
            for fit in document.budget {
                let vendor = name(of: Vendor.ID(rawValue: fit.vendor))
                switch fit.outcome {
                case "fits-by-dropping":
                    lines.append(
                        fa
                            ? "\(vendor): با کنار گذاشتن \(fit.drop.joined(separator: "، ")) در بودجه جا می‌شود"
                            : "\(vendor) fits if \(fit.drop.joined(separator: ", ")) \(fit.drop.count == 1 ? "is" : "are") dropped"
                    )
                case "cannot-fit":
                    lines.append(
                        fa ? "\(vendor): با کنار گذاشتن هیچ نیازمندی‌ای در بودجه جا نمی‌شود" : "\(vendor): no drop can make it fit")
                default:
                    lines.append(fa ? "\(vendor): در بودجه" : "\(vendor): within budget")
                }
            }
        }
        heading("حساسیت برنده به وزن‌ها", "Sensitivity of the winner to each weight")
        let flips = document.sensitivity.filter { $0.minChangeToFlip.value != nil }.sorted {
            $0.minChangeToFlip.value! < $1.minChangeToFlip.value!
        }
        if flips.isEmpty {
            lines.append(fa ? "هیچ تغییر یک‌وزنه‌ای برنده را عوض نمی‌کند" : "no change of a single weight changes the winner")
        }
        for item in flips.prefix(8) {
            let newWinner = item.newWinner.value.map { name(of: Vendor.ID(rawValue: $0)) } ?? ""
            lines.append(
                fa
                    ? "\(item.criterion): وزن \(number(item.weight, digits: 3)) پایدار در [\(number(item.stableFrom, digits: 3))، \(number(item.stableTo, digits: 3))]؛ با تغییر \(number(item.minChangeToFlip.value!, digits: 3)) برنده \(newWinner) می‌شود"
                    : "\(item.criterion): weight \(number(item.weight, digits: 3)) stable in [\(number(item.stableFrom, digits: 3)), \(number(item.stableTo, digits: 3))]; a change of \(number(item.minChangeToFlip.value!, digits: 3)) makes \(newWinner) the winner"
            )
        }
        heading("ارزیابان", "Evaluators")
        if let w = document.kendallW.value {
            lines.append(fa ? "هم‌رأیی در ترتیب (W کندال): \(number(w))" : "agreement on the order (Kendall's W): \(number(w))")
        }
        for cell in document.disputed.prefix(10) {
            lines.append(
                (fa ? "اختلاف: " : "disputed: ")
                    + "\(name(of: Vendor.ID(rawValue: cell.vendor))) / \(cell.criterion)  σ = \(number(cell.standardDeviation))  "
                    + cell.scores.sorted { $0.key < $1.key }.map { "\($0.key) \(number($0.value, digits: 1))" }.joined(
                        separator: ", "))
        }
        if !document.pivotalEvaluators.isEmpty {
            lines.append(
                (fa ? "بدون این ارزیابان برنده عوض می‌شود: " : "without these evaluators the winner changes: ")
                    + document.pivotalEvaluators.joined(separator: ", "))
        }
        heading("پیشنهاد", "Recommendation")
        if let recommended = analysis.recommended {
            lines.append(
                (fa ? "پیشنهاد: \(name(of: recommended)) — " : "Recommended: \(name(of: recommended)) — ")
                    + (isRobust
                        ? (fa ? "پایدار" : "robust")
                        : (fa
                            ? "شکننده؛ بخش‌های بالا را با تیم بررسی کنید" : "fragile; go through the sections above with the team"))
            )
        } else {
            lines.append(fa ? "هیچ تأمین‌کننده‌ای رتبه‌بندی نشد" : "no vendor could be ranked")
        }
        for problem in analysis.problems { lines.append("! " + problem.text(in: language)) }
        return lines.dropFirst().joined(separator: "\n")
    }

    func csv() -> String {
        let document = document()
        var lines = ["rank,vendor,total,topsis_rank,topsis_closeness,tco,present_value"]
        let costs = Dictionary(document.costs.map { ($0.vendor, $0) }, uniquingKeysWith: { a, _ in a })
        for row in document.ranking {
            let cost = costs[row.vendor]
            lines.append(
                [
                    String(row.rank), row.vendor, String(row.total), row.topsisRank.map(String.init) ?? "",
                    row.topsisCloseness.map { String($0) } ?? "", cost.map { String($0.tco) } ?? "",
                    cost.map { String($0.presentValue) } ?? "",
                ].joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    func markdown() -> String {
        let document = document()
        var lines: [String] = []
        lines.append(fa ? "| رتبه | تأمین‌کننده | جمع | TOPSIS |" : "| rank | vendor | total | TOPSIS |")
        lines.append("| ---: | --- | ---: | ---: |")
        for row in document.ranking {
            lines.append(
                "| \(PersianDigits.digits(String(row.rank), for: language)) | \(name(of: Vendor.ID(rawValue: row.vendor))) | \(number(row.total, digits: 3)) | \(row.topsisRank.map { PersianDigits.digits(String($0), for: language) } ?? "") |"
            )
        }
        if let recommended = analysis.recommended {
            lines.append("")
            lines.append(
                (fa ? "**پیشنهاد:** " : "**Recommended:** ") + name(of: recommended)
                    + (isRobust ? (fa ? " (پایدار)" : " (robust)") : (fa ? " (شکننده)" : " (fragile)")))
        }
        return lines.joined(separator: "\n")
    }
}
