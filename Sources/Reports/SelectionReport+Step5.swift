import Localization
import Scoring
import SelectionWorkshop

// Step 5: the vendor interviews, the scorecard, the costs, the sensitivity and the recommendation.

extension SelectionReport {
    // MARK: Interviews

    var interviewsSection: ReportSection {
        var blocks: [ReportBlock] = []
        let shortlisted = workspace.shortlist.vendors.filter { $0.status == .shortlisted }
        if shortlisted.isEmpty {
            blocks.append(.note(word("No vendor is shortlisted yet.", "هنوز تأمین‌کننده‌ای در فهرست کوتاه نیست.")))
        }
        for vendor in shortlisted {
            let file = workspace.vendors.first { $0.vendor == vendor.id }
            let product = text(vendor.product)
            blocks.append(.heading(text(vendor.name) + (product.isEmpty ? "" : " — " + product), level: 3))
            guard let file else {
                blocks.append(.note(word("Not interviewed yet.", "هنوز مصاحبه نشده است.")))
                continue
            }
            var facts: [ReportFact] = []
            if let interview = file.interview {
                if interview.date != nil {
                    facts.append(ReportFact(word("Interviewed on", "تاریخ مصاحبه"), date(interview.date)))
                }
                if !interview.interviewers.isEmpty {
                    facts.append(ReportFact(word("Interviewers", "مصاحبه‌گران"), people(interview.interviewers)))
                }
            }
            if let years = file.profile?.yearsInBusiness {
                facts.append(ReportFact(word("Years in business", "سابقه کار (سال)"), integer(years)))
            }
            if let references = file.profile?.references, !references.isEmpty {
                facts.append(ReportFact(word("References", "مشتریان مرجع"), joined(references.map(text))))
            }
            if !facts.isEmpty { blocks.append(.facts(facts)) }

            blocks.append(.heading(word("Costs quoted", "هزینه‌های اعلام‌شده"), level: 4))
            if let costs = file.interview?.costs {
                blocks.append(.table(costTable(costs)))
            } else {
                blocks.append(.note(word("No costs quoted yet.", "هنوز هزینه‌ای اعلام نشده است.")))
            }

            let answers = VendorInterviewTopic.allCases.compactMap { topic -> ReportFact? in
                guard let answer = file.interview?.answers[topic].map(text)?.nonEmpty else { return nil }
                return ReportFact(topicName(topic), answer)
            }
            blocks.append(.heading(word("Key answers", "پاسخ‌های کلیدی"), level: 4))
            blocks.append(answers.isEmpty ? .note(word("No answers recorded yet.", "هنوز پاسخی ثبت نشده است.")) : .facts(answers))

            blocks.append(.heading(word("Requirements covered, by priority", "پوشش نیازمندی‌ها بر پایه اولویت"), level: 4))
            blocks += coverageBlocks(file)
        }
        return ReportSection(
            id: "interviews", step: 5, title: word("Vendor interviews", "مصاحبه با تأمین‌کنندگان"), blocks: blocks)
    }

    func costTable(_ costs: SelectionWorkshop.VendorCosts) -> ReportTable {
        let notQuoted = word("not quoted", "اعلام نشده")
        let items: [(String, Money?)] = [
            ("licence", costs.licence), ("customization", costs.customization), ("training", costs.training),
            ("back_office_integration", costs.backOfficeIntegration), ("annual_support", costs.annualSupport),
            ("subscription_per_user_month", costs.subscriptionPerUserMonth),
        ]
        var rows = items.map { [costItemName($0.0), $0.1.map(money) ?? notQuoted] }
        rows.append([
            word("Implementation time", "زمان پیاده‌سازی"),
            costs.implementationMonths.map { number($0, digits: $0 == $0.rounded() ? 0 : 1) + word(" months", " ماه") }
                ?? notQuoted,
        ])
        if let method = costs.trainingMethod.map(text)?.nonEmpty { rows.append([word("Training method", "شیوه آموزش"), method]) }
        return ReportTable(headers: [word("Item", "قلم"), word("Amount", "مبلغ")], numericColumns: [1], cells: rows)
    }

    /// A cost item by its key in the vendor's file (`annual_support`).
    func costItemName(_ field: String) -> String {
        switch field {
        case "licence": word("Licence", "مجوز (لایسنس)")
        case "customization": word("Customization", "سفارشی‌سازی")
        case "training": word("Training", "آموزش")
        case "back_office_integration": word("Back-office integration", "یکپارچگی با پشت‌صحنه")
        case "annual_support": word("Annual support", "پشتیبانی سالانه")
        case "subscription_per_user_month": word("Subscription per user and month", "اشتراک هر کاربر در ماه")
        default: field
        }
    }

    func topicName(_ topic: VendorInterviewTopic) -> String {
        switch topic {
        case .usability: word("Usability", "سهولت کاربری")
        case .documentationAndTraining: word("Documentation and training", "مستندات و آموزش")
        case .supportResponseTime: word("Support response time", "زمان پاسخ پشتیبانی")
        case .supportHours: word("Support hours", "ساعات پشتیبانی")
        case .supportPlans: word("Support plans", "طرح‌های پشتیبانی")
        case .customerService: word("Customer service", "امور مشتریان")
        case .reports: word("Reports", "گزارش‌ها")
        case .customization: word("Customization", "سفارشی‌سازی")
        case .ebusiness: word("E-business and integration", "کسب‌وکار الکترونیکی و اتصال")
        case .growth: word("Growth and upgrades", "رشد و ارتقا")
        case .budgetFit: word("Fitting the budget", "تناسب با بودجه")
        }
    }

    /// The vendor's coverage claims counted by MoSCoW priority, and the must- and should-haves it does not fully
    /// cover.
    func coverageBlocks(_ file: VendorFile) -> [ReportBlock] {
        let requirements = workspace.requirements.requirements
        guard !requirements.isEmpty else {
            return [.note(word("No requirements are recorded yet.", "هنوز نیازمندی‌ای ثبت نشده است."))]
        }
        let claims = Dictionary(file.coverage.map { ($0.requirement, $0) }, uniquingKeysWith: { first, _ in first })
        let fit = analysis.fit[file.vendor]
        let levels = CoverageClaim.Level.allCases
        var rows: [[String]] = []
        for moscow in MoSCoWPriority.allCases {
            let ofPriority = requirements.filter { $0.priority == moscow }
            guard !ofPriority.isEmpty else { continue }
            let counts = levels.map { level in ofPriority.count { claims[$0.id]?.claim == level } }
            let unanswered = ofPriority.count { claims[$0.id] == nil }
            let share = fit?.byPriority.first { $0.priority.rawValue == moscow.rawValue }?.fraction
            rows.append(
                [priority(moscow), integer(ofPriority.count)] + counts.map(integer) + [
                    integer(unanswered), share.map { percent($0, digits: 0) } ?? "",
                ])
        }
        var blocks: [ReportBlock] = [
            .table(
                ReportTable(
                    headers: [word("Priority", "اولویت"), word("Requirements", "نیازمندی‌ها")] + levels.map(claim)
                        + [word("Not answered", "بی‌پاسخ"), word("Fit", "تناسب")],
                    numericColumns: Set(1...(levels.count + 3)), cells: rows))
        ]
        let gaps = requirements.filter { $0.priority == .must || $0.priority == .should }.filter { claims[$0.id]?.claim != .full }
        if !gaps.isEmpty {
            blocks.append(
                .paragraph([
                    .strong(
                        word("Must- and should-haves not fully covered", "نیازمندی‌های ضروری و مهمی که کامل پوشش داده نمی‌شوند"))
                ]))
            blocks.append(
                .list(
                    gaps.map { requirement in
                        let found = claims[requirement.id]
                        let level = found.map { claim($0.claim) } ?? word("not answered", "بی‌پاسخ")
                        let note = text(found?.note)
                        return [
                            .strong(requirementTitle(requirement.id)),
                            .text(" — " + priority(requirement.priority) + ": " + level + (note.isEmpty ? "" : " — " + note)),
                        ]
                    }))
        }
        return blocks
    }

    // MARK: Scorecard

    var scaleText: String {
        number(analysis.scale.lowerBound, digits: 0) + "–" + number(analysis.scale.upperBound, digits: 0)
    }

    /// A criterion's name, marked when its score is reversed (a cost: higher means dearer).
    func leafName(_ leaf: ScorecardAnalysis.Leaf) -> String {
        text(leaf.name) + (leaf.direction == .cost ? word(" (reversed)", " (معکوس)") : "")
    }

    var scorecardSection: ReportSection {
        var blocks: [ReportBlock] = []
        guard let scorecard = workspace.scorecard else {
            return ReportSection(
                id: "scorecard", step: 5, title: word("Scorecard", "کارت امتیاز"),
                blocks: [.note(word("There is no scorecard yet.", "هنوز کارت امتیازی نیست."))])
        }
        let consensus =
            analysis.options.consensus == .median
            ? word("the median of the evaluators' scores", "میانه امتیاز ارزیابان")
            : word("the mean of the evaluators' scores", "میانگین امتیاز ارزیابان")
        let weighting =
            scorecard.weighting == .pairwise
            ? word("pairwise comparison (AHP)", "مقایسه زوجی (AHP)") : word("direct points", "امتیاز مستقیم")
        blocks.append(
            .text(
                fa
                    ? "\(text(scorecard.name).nonEmpty.map { "«\($0)»؛ " } ?? "")امتیازها روی مقیاس \(scaleText) است و امتیاز هر معیار، \(consensus) است. وزن‌ها با \(weighting) به دست آمده‌اند. امتیاز معیار هزینه می‌گوید تأمین‌کننده چقدر گران است، پس پیش از جمع معکوس می‌شود. جمع وزنی روی همین مقیاس رتبه‌بندی را می‌سازد و TOPSIS آن را راستی‌آزمایی می‌کند."
                    : "\(text(scorecard.name).nonEmpty.map { "\($0): " } ?? "")scores are on a \(scaleText) scale, and each criterion's score is \(consensus). The weights come from \(weighting). A cost criterion's score says how expensive a vendor is, so it is reversed before it counts. The weighted sum on the same scale ranks the vendors; TOPSIS cross-checks it."
            ))

        blocks.append(.heading(word("Knocked out before scoring", "حذف‌شده پیش از امتیازدهی"), level: 3))
        if analysis.knockOuts.isEmpty {
            blocks.append(.note(word("No shortlisted vendor was knocked out.", "هیچ تأمین‌کننده‌ای از فهرست کوتاه حذف نشد.")))
        } else {
            blocks.append(
                .list(
                    analysis.knockOuts.map { knockOut in
                        [
                            .strong(vendorName(knockOut.vendor)),
                            .text(": " + knockOut.reasons.map(words).joined(separator: fa ? "؛ " : "; ")),
                        ]
                    }))
        }

        blocks.append(.heading(word("Totals", "جمع امتیازها"), level: 3))
        if let bars = totalsChart { blocks.append(bars) }
        blocks.append(.table(totalsTable))
        if let agreement = analysis.rankAgreement {
            let rho = agreement.spearmanRho.map { number($0) } ?? "—"
            let tau = agreement.kendallTauB.map { number($0) } ?? "—"
            blocks.append(
                .text(
                    fa
                        ? "هم‌خوانی رتبه‌بندی TOPSIS با جمع وزنی: ρ اسپیرمن = \(rho)، τ-b کندال = \(tau) (۱ یعنی ترتیب یکسان)."
                        : "Agreement of the TOPSIS ranking with the weighted sum: Spearman's ρ = \(rho), Kendall's τ-b = \(tau) (1 means the same order)."
                ))
        }
        if let radar = radarChart { blocks.append(radar) }

        blocks.append(.heading(word("Criteria weights", "وزن معیارها"), level: 3))
        if analysis.leaves.isEmpty {
            blocks.append(.note(word("The criteria could not be weighed.", "وزن معیارها حساب نشد.")))
        } else {
            blocks.append(
                .table(
                    ReportTable(
                        headers: [word("Criterion", "معیار"), word("Category", "دسته"), word("Weight", "وزن")],
                        numericColumns: [2],
                        cells: analysis.leaves.map { [leafName($0), text($0.categoryName), percent($0.weight)] })))
        }
        if !analysis.pairwise.isEmpty {
            blocks.append(.heading(word("AHP consistency", "سازگاری AHP"), level: 3))
            let names = Dictionary(
                scorecard.allCriteria.map { ($0.id.rawValue, text($0.name)) }, uniquingKeysWith: { first, _ in first })
            blocks.append(
                .table(
                    ReportTable(
                        headers: [
                            word("Comparison", "مقایسه"), word("Consistency ratio (CR)", "نسبت سازگاری (CR)"),
                            word("Random index", "شاخص تصادفی"), word("Verdict", "نتیجه"),
                        ], numericColumns: [1],
                        cells: analysis.pairwise.map { check in
                            [
                                check.parent.map { names[$0.rawValue] ?? $0.rawValue } ?? word("Top level", "سطح بالا"),
                                number(check.result.consistencyRatio, digits: 3), check.result.options.randomIndex.rawValue,
                                check.result.isConsistent
                                    ? word("consistent", "سازگار")
                                    : word("inconsistent — revisit the judgments", "ناسازگار — قضاوت‌ها را بازبینی کنید"),
                            ]
                        })))
            // For an inconsistent matrix, the judgments furthest from what the priorities imply.
            let revisit = analysis.pairwise.flatMap { check in
                check.result.worstJudgments.prefix(3).map { judgment -> [ReportInline] in
                    let row = check.result.items[judgment.row]
                    let column = check.result.items[judgment.column]
                    let pair = (names[row] ?? row) + word(" over ", " بر ") + (names[column] ?? column)
                    let now = PersianDigits.digits(SaatyScale.text(judgment.current), for: language)
                    let suggested = PersianDigits.digits(SaatyScale.text(judgment.suggested), for: language)
                    return [
                        .strong(pair),
                        .text(fa ? ": امروز \(now)، پیشنهاد \(suggested)" : ": now \(now), suggested \(suggested)"),
                    ]
                }
            }
            if !revisit.isEmpty {
                blocks.append(.paragraph([.strong(word("Judgments to revisit", "قضاوت‌هایی برای بازبینی"))]))
                blocks.append(.list(revisit))
            }
        }

        blocks += evaluatorBlocks
        return ReportSection(id: "scorecard", step: 5, title: word("Scorecard", "کارت امتیاز"), blocks: blocks)
    }

    var totalsTable: ReportTable {
        let categories = analysis.leaves.reduce(into: [ScorecardAnalysis.Leaf]()) { found, leaf in
            if !found.contains(where: { $0.category == leaf.category }) { found.append(leaf) }
        }
        var rows: [ReportTable.Row] = []
        if let sum = analysis.weightedSum {
            for index in sum.ranking.order {
                let vendor = analysis.ranked[index]
                let byCategory = categories.map { number(analysis.categoryTotals[vendor]?[$0.category] ?? 0, digits: 2) }
                let topsisRank = analysis.topsis.map { integer($0.ranking.ranks[index]) } ?? ""
                let closeness = analysis.topsis.map { number($0.scores[index], digits: 3) } ?? ""
                let fit = analysis.fit[vendor]?.fraction.map { percent($0, digits: 0) } ?? ""
                rows.append(
                    ReportTable.Row(
                        cells: [integer(sum.ranking.ranks[index]), vendorName(vendor), number(sum.scores[index], digits: 3)]
                            + byCategory + [topsisRank, closeness, fit],
                        style: vendor == analysis.recommended ? .recommended : .plain))
            }
        }
        for knockOut in analysis.knockOuts {
            rows.append(
                ReportTable.Row(
                    cells: [word("out", "حذف"), vendorName(knockOut.vendor), "—"] + categories.map { _ in "" }
                        + ["", "", analysis.fit[knockOut.vendor]?.fraction.map { percent($0, digits: 0) } ?? ""],
                    style: .out))
        }
        let headers =
            [word("Rank", "رتبه"), word("Vendor", "تأمین‌کننده"), word("Total", "جمع")] + categories.map { text($0.categoryName) }
            + [
                word("TOPSIS rank", "رتبه TOPSIS"), word("TOPSIS closeness", "نزدیکی TOPSIS"),
                word("Requirements fit", "تناسب با نیازمندی‌ها"),
            ]
        return ReportTable(headers: headers, numericColumns: Set([0] + Array(2..<headers.count)), rows: rows)
    }

    var evaluatorBlocks: [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(word("Evaluators", "ارزیابان"), level: 3)]
        let evaluators = workspace.scoreSheets.map(\.evaluator)
        if evaluators.isEmpty {
            return blocks + [.note(word("No evaluator has scored yet.", "هنوز ارزیابی امتیاز نداده است."))]
        }
        blocks.append(.facts([ReportFact(word("Scored by", "امتیازدهندگان"), people(evaluators))]))
        if let w = analysis.concordance?.kendallW {
            blocks.append(
                .text(
                    fa
                        ? "هم‌رأیی ارزیابان در ترتیب تأمین‌کنندگان (W کندال): \(number(w.w)) — ۱ یعنی همه یک ترتیب را داده‌اند و ۰ یعنی هیچ توافقی نیست."
                        : "Agreement of the evaluators on the order of the vendors (Kendall's W): \(number(w.w)) — 1 means everyone gave the same order, 0 no agreement at all."
                ))
        }
        let threshold = disagreementThreshold
        if let heatMap = spreadChart { blocks.append(heatMap) }
        let disputed = analysis.agreement.filter(\.isDisputed)
        if disputed.isEmpty {
            blocks.append(
                .note(
                    fa
                        ? "در هیچ خانه‌ای انحراف معیار امتیاز ارزیابان از \(number(threshold)) بیشتر نیست."
                        : "In no cell do the evaluators' scores spread by more than a standard deviation of \(number(threshold))."
                ))
        } else {
            blocks.append(
                .paragraph([
                    .strong(word("Where the evaluators disagree", "جاهایی که ارزیابان هم‌نظر نیستند")),
                    .text(
                        fa ? " (انحراف معیار بیش از \(number(threshold)))" : " (standard deviation above \(number(threshold)))"),
                ]))
            blocks.append(
                .table(
                    ReportTable(
                        headers: [word("Vendor", "تأمین‌کننده"), word("Criterion", "معیار"), word("Scores", "امتیازها"), "σ"],
                        numericColumns: [3],
                        cells: disputed.map { cell in
                            [
                                vendorName(cell.vendor),
                                analysis.leaves.first { $0.id == cell.criterion }.map { text($0.name) }
                                    ?? cell.criterion.rawValue,
                                joined(cell.scores.map { person($0.evaluator.rawValue) + " " + number($0.score, digits: 1) }),
                                number(cell.spread.populationStandardDeviation),
                            ]
                        })))
        }
        if let check = analysis.leaveOneOut {
            blocks.append(.paragraph([.strong(word("Leaving one evaluator out", "کنار گذاشتن یک ارزیاب"))]))
            blocks.append(
                .table(
                    ReportTable(
                        headers: [
                            word("Without", "بدون"), word("Winner", "برنده"), word("Changes the winner", "برنده عوض می‌شود"),
                        ],
                        cells: check.withoutEach.map { without in
                            [
                                person(without.evaluator.rawValue), joined(without.winners.map(vendorName)),
                                without.changesWinner ? word("yes", "بله") : word("no", "خیر"),
                            ]
                        })))
        }
        return blocks
    }

    /// A cell is disputed above this standard deviation (`ScorecardAnalysis.Options`).
    var disagreementThreshold: Double {
        analysis.options.disagreementThreshold ?? (analysis.scale.upperBound - analysis.scale.lowerBound) / 5
    }

    // MARK: Costs

    var costsSection: ReportSection {
        let project = workspace.project?.project
        let horizon = project?.horizonYears ?? 5
        var blocks: [ReportBlock] = []
        let users = integer(project?.users ?? 0)
        let escalation = percent(project?.priceEscalation ?? 0, digits: 0)
        let rate = percent(project?.discountRate ?? 0, digits: 0)
        let years = integer(horizon)
        blocks.append(
            .paragraph([
                .strong(word("Timing:", "زمان‌بندی:")), .text(" "),
                .text(
                    fa
                        ? "هزینه‌های یک‌باره (مجوز، سفارشی‌سازی، آموزش و یکپارچگی با پشت‌صحنه) در آغاز (سال ۰) پرداخت می‌شوند و تنزیل نمی‌شوند؛ پشتیبانی سالانه و اشتراک (هر کاربر در ماه × \(users) کاربر × ۱۲) در پایان هر یک از سال‌های ۱ تا \(years). قیمت‌های تکرارشونده از سال دوم هر سال \(escalation) بالا می‌روند. هزینه کل مالکیت (TCO) جمع تنزیل‌نشده همه سال‌هاست؛ ارزش فعلی هزینه سال t را بر (۱ + r)^t با r = \(rate) تقسیم می‌کند."
                        : "one-time costs (licence, customization, training and back-office integration) are paid at the start (year 0) and are not discounted; annual support and the subscription (per user and month × \(users) users × 12) at the end of each year 1 to \(years). Recurring prices rise by \(escalation) a year from the second year. The total cost of ownership (TCO) adds up every year undiscounted; the present value divides year t's cost by (1 + r)^t with r = \(rate)."
                ),
            ]))
        if analysis.costs.isEmpty {
            blocks.append(.note(word("No vendor has quoted costs yet.", "هنوز هیچ تأمین‌کننده‌ای هزینه اعلام نکرده است.")))
            return ReportSection(id: "costs", step: 5, title: word("Costs", "هزینه‌ها"), blocks: blocks)
        }
        let knockedOut = Set(analysis.knockOuts.map(\.vendor))
        func style(_ vendor: Vendor.ID) -> ReportTable.RowStyle {
            vendor == analysis.recommended ? .recommended : knockedOut.contains(vendor) ? .out : .plain
        }
        blocks.append(
            .table(
                ReportTable(
                    headers: [
                        word("Vendor", "تأمین‌کننده"), word("One-time (year 0)", "یک‌باره (سال ۰)"),
                        word("Recurring, year 1", "تکرارشونده، سال ۱"), fa ? "TCO \(years) ساله" : "\(years)-year TCO",
                        word("Present value", "ارزش فعلی"), word("Not quoted (counted as 0)", "اعلام‌نشده (صفر)"),
                    ], numericColumns: [1, 2, 3, 4],
                    rows: analysis.costs.map { cost in
                        let years = cost.ownership.years
                        return ReportTable.Row(
                            cells: [
                                vendorName(cost.vendor), money(years.first?.cost ?? 0),
                                money(years.count > 1 ? years[1].cost : 0),
                                money(cost.ownership.total), money(cost.ownership.presentValue),
                                joined(cost.missing.map(costItemName)),
                            ], style: style(cost.vendor))
                    })))

        blocks.append(.heading(word("Cumulative cost by year", "هزینه انباشته به تفکیک سال"), level: 3))
        blocks.append(costChart)
        let longest = analysis.costs.map(\.ownership.years.count).max() ?? 0
        blocks.append(
            .table(
                ReportTable(
                    headers: [word("Vendor", "تأمین‌کننده")] + (0..<longest).map { word("Year ", "سال ") + integer($0) },
                    numericColumns: Set(1...max(longest, 1)),
                    rows: analysis.costs.map { cost in
                        ReportTable.Row(
                            cells: [vendorName(cost.vendor)] + cost.ownership.years.map { money($0.cumulativeCost) },
                            style: style(cost.vendor))
                    })))

        blocks.append(.heading(word("Value for money", "ارزش در برابر هزینه"), level: 3))
        let perCost = benefitPerCostUnit
        if let value = analysis.valueForMoney {
            blocks.append(
                .text(
                    fa
                        ? "سود هر تأمین‌کننده جمع وزنی امتیازهایش بدون معیارهای هزینه است (روی مقیاس \(scaleText))، تا هزینه دو بار شمرده نشود. تأمین‌کننده‌ای کارا است که هیچ دیگری با هزینه‌ای نه بیشتر، سودی دست‌کم برابر نداشته باشد و در یکی از این دو بهتر نباشد."
                        : "A vendor's benefit is its weighted score without the cost criteria (on the \(scaleText) scale), so cost is not counted twice. A vendor is efficient when no other one gives at least as much benefit for no more cost and is better on one of the two."
                ))
            blocks.append(
                .table(
                    ReportTable(
                        headers: [
                            word("Vendor", "تأمین‌کننده"), word("Benefit", "سود"), fa ? "TCO" : "TCO",
                            perCost.header, word("Efficient", "کارا"),
                        ], numericColumns: [1, 2, 3],
                        rows: value.options.map { option in
                            ReportTable.Row(
                                cells: [
                                    vendorName(option.vendor), number(option.benefit, digits: 2), money(option.cost),
                                    option.benefitPerCost.map { number($0 * perCost.minorUnits, digits: 3) } ?? "—",
                                    option.isEfficient
                                        ? word("yes", "بله")
                                        : word("no — ", "خیر — ") + word("outdone by ", "بهتر از آن: ")
                                            + joined(option.dominatedBy.map(vendorName)),
                                ], style: style(option.vendor))
                        })))
        } else {
            blocks.append(
                .note(word("Value for money needs a ranking and costs.", "ارزش در برابر هزینه به رتبه‌بندی و هزینه‌ها نیاز دارد.")))
        }

        blocks.append(.heading(word("Budget", "بودجه"), level: 3))
        blocks += budgetBlocks
        return ReportSection(id: "costs", step: 5, title: word("Costs", "هزینه‌ها"), blocks: blocks)
    }

    /// The amount the value-for-money column is counted per, in the unit the report shows amounts in: a
    /// billion tomans in Persian and a billion rials in English for IRR, a million of any other currency.
    var benefitPerCostUnit: (header: String, minorUnits: Double) {
        if currencyCode == "IRR" {
            return fa
                ? ("سود به ازای هر میلیارد تومان", 1e9 * Double(Money.rialsPerToman))
                : ("Benefit per billion rials", 1e9)
        }
        let minorDigits = (try? Currency(code: currencyCode))?.minorUnitDigits ?? 2
        let perMajor = (0..<minorDigits).reduce(1.0) { value, _ in value * 10 }
        return (word("Benefit per million ", "سود به ازای هر میلیون ") + currencyCode, 1e6 * perMajor)
    }

    var budgetBlocks: [ReportBlock] {
        guard let budget = workspace.project?.project.budget else {
            return [.note(word("The project has no budget yet.", "پروژه هنوز بودجه‌ای ندارد."))]
        }
        var blocks: [ReportBlock] = [
            .facts([ReportFact(word("Budget", "بودجه"), money(budget))]),
            .note(
                word(
                    "Vendors are compared with the budget on their undiscounted TCO.",
                    "تأمین‌کنندگان با TCO تنزیل‌نشده‌شان با بودجه مقایسه می‌شوند.")),
        ]
        guard let fit = analysis.budgetFit else {
            return blocks + [.note(word("The budget fit could not be computed.", "تناسب با بودجه حساب نشد."))]
        }
        blocks.append(
            .table(
                ReportTable(
                    headers: [word("Vendor", "تأمین‌کننده"), "TCO", word("Against the budget", "در برابر بودجه")],
                    numericColumns: [1],
                    rows: fit.vendors.map { vendor in
                        ReportTable.Row(
                            cells: [vendorName(vendor.vendor), money(vendor.cost), budgetOutcome(vendor.outcome)],
                            style: vendor.vendor == analysis.recommended ? .recommended : .plain)
                    })))
        return blocks
    }

    func budgetOutcome(_ outcome: BudgetFit<Vendor.ID, Requirement.ID>.Outcome) -> String {
        switch outcome {
        case .withinBudget(let headroom):
            fa ? "در بودجه؛ \(money(headroom)) باقی می‌ماند" : "within budget, \(money(headroom)) to spare"
        case .fitsByDropping(let drop, _, let costAfter):
            fa
                ? "با کنار گذاشتن \(joined(drop.map(\.requirement.rawValue))) در بودجه جا می‌شود (\(money(costAfter)))"
                : "fits if \(joined(drop.map(\.requirement.rawValue))) \(drop.count == 1 ? "is" : "are") dropped (\(money(costAfter)))"
        case .cannotFit(let shortfall):
            fa
                ? "\(money(shortfall)) بیش از بودجه است و کنار گذاشتن نیازمندی‌های غیرضروریِ قیمت‌دار این فاصله را پر نمی‌کند"
                : "over budget by \(money(shortfall)); dropping the priced should, could and won't requirements does not close the gap"
        }
    }

    // MARK: Sensitivity

    var sensitivitySection: ReportSection {
        var blocks: [ReportBlock] = []
        guard let report = analysis.sensitivity else {
            return ReportSection(
                id: "sensitivity", step: 5, title: word("Sensitivity", "حساسیت"),
                blocks: [.note(word("The sensitivity needs a ranking.", "حساسیت به رتبه‌بندی نیاز دارد."))])
        }
        let swing = percent(report.swing, digits: 0)
        blocks.append(
            .text(
                fa
                    ? "وزن هر معیار به‌تنهایی از ۰ تا ۱ جابه‌جا می‌شود و وزن بقیه به همان نسبت تغییر می‌کند تا جمع وزن‌ها ۱ بماند (تریانتافیلو و سانچز ۱۹۹۷). بازه پایداری، وزن‌هایی است که برنده در آن‌ها برنده می‌ماند؛ کمترین تغییر، کوچک‌ترین جابه‌جایی وزن است که برنده را عوض می‌کند. نمودار گردبادی فاصله برنده با نفر دوم را وقتی هر وزن \(swing) کم یا زیاد شود نشان می‌دهد."
                    : "Each criterion's weight is moved alone from 0 to 1 while the other weights are rescaled so that all still sum to 1 (Triantaphyllou and Sánchez 1997). The stability interval holds the weights for which the winner stays the winner; the smallest change is the least move of the weight that changes the winner. The tornado shows the winner's margin over the runner-up when each weight is lowered or raised by \(swing)."
            ))
        if let tornado = tornadoChart { blocks.append(tornado) }
        let items = report.criteria.sorted { ($0.minChangeToFlip ?? .infinity) < ($1.minChangeToFlip ?? .infinity) }
        blocks.append(
            .table(
                ReportTable(
                    headers: [
                        word("Criterion", "معیار"), word("Weight", "وزن"), word("Stable from–to", "بازه پایداری"),
                        word("Smallest change to flip", "کمترین تغییر برای عوض شدن برنده"), word("New winner", "برنده تازه"),
                    ], numericColumns: [1, 2, 3],
                    cells: items.map { item in
                        [
                            analysis.leaves.indices.contains(item.criterion) ? leafName(analysis.leaves[item.criterion]) : "",
                            number(item.weight, digits: 3),
                            number(item.stableFrom, digits: 3) + word(" – ", " تا ") + number(item.stableTo, digits: 3),
                            item.minChangeToFlip.map { number($0, digits: 3) } ?? "—",
                            item.newWinner.map { analysis.ranked.indices.contains($0) ? vendorName(analysis.ranked[$0]) : "" }
                                ?? word("none: robust", "هیچ: پایدار"),
                        ]
                    })))
        if let index = report.mostSensitive, analysis.leaves.indices.contains(index),
            let change = report.criteria[index].minChangeToFlip
        {
            let name = text(analysis.leaves[index].name)
            blocks.append(
                .text(
                    fa
                        ? "حساس‌ترین معیار «\(name)» است: تغییر وزن آن به اندازه \(number(change, digits: 3)) برنده را عوض می‌کند."
                        : "The most sensitive criterion is \(name): a change of its weight by \(number(change, digits: 3)) changes the winner."
                ))
        } else {
            blocks.append(
                .text(
                    word(
                        "No change of a single weight changes the winner.", "هیچ تغییری در یک وزن به‌تنهایی برنده را عوض نمی‌کند."))
            )
        }
        return ReportSection(id: "sensitivity", step: 5, title: word("Sensitivity", "حساسیت"), blocks: blocks)
    }

    // MARK: Recommendation

    /// One sentence naming the recommended vendor and how robust the choice is, for the cover and the section.
    var verdict: [ReportInline] {
        guard let recommended = analysis.recommended, let robustness = analysis.robustness else {
            return [.text(word("No vendor can be recommended yet.", "هنوز هیچ تأمین‌کننده‌ای را نمی‌توان پیشنهاد کرد."))]
        }
        return [
            .text(word("Recommended: ", "پیشنهاد: ")), .strong(vendorName(recommended)),
            .text(
                robustness.isRobust
                    ? word(" — a robust choice.", " — انتخابی پایدار.")
                    : word(
                        " — a fragile choice: go through the checks with the committee.",
                        " — انتخابی شکننده: بررسی‌ها را با کمیته مرور کنید.")),
        ]
    }

    var recommendationSection: ReportSection {
        var inside: [ReportBlock] = [.paragraph(verdict)]
        if let recommended = analysis.recommended, let robustness = analysis.robustness {
            let name = vendorName(recommended)
            let product = workspace.shortlist.vendors.first { $0.id == recommended }.map { text($0.product) } ?? ""
            if !product.isEmpty { inside.append(.text(word("Product: ", "محصول: ") + product)) }
            if let sum = analysis.weightedSum, let first = sum.ranking.order.first {
                var sentence =
                    fa
                    ? "جمع وزنی \(number(sum.scores[first], digits: 3)) از \(number(analysis.scale.upperBound, digits: 0))"
                    : "Weighted total \(number(sum.scores[first], digits: 3)) out of \(number(analysis.scale.upperBound, digits: 0))"
                if let margin = analysis.sensitivity?.winnerMargin, sum.ranking.order.count > 1 {
                    let second = vendorName(analysis.ranked[sum.ranking.order[1]])
                    sentence +=
                        fa
                        ? "، \(number(margin, digits: 3)) امتیاز جلوتر از \(second)."
                        : ", \(number(margin, digits: 3)) points ahead of \(second)."
                } else {
                    sentence += "."
                }
                inside.append(.text(sentence))
            }
            let mark = { (passed: Bool) in passed ? "✓ " : "✗ " }
            let smallest = robustness.smallestWeightChange
            let safe = ScorecardAnalysis.Robustness.smallestSafeWeightChange
            inside.append(
                .list([
                    [
                        .text(
                            mark(robustness.topsisAgrees)
                                + (robustness.topsisAgrees
                                    ? (fa ? "TOPSIS هم \(name) را اول می‌داند." : "TOPSIS ranks \(name) first too.")
                                    : (fa ? "TOPSIS تأمین‌کننده دیگری را اول می‌داند." : "TOPSIS ranks another vendor first.")))
                    ],
                    [
                        .text(
                            mark(robustness.pivotalEvaluators.isEmpty)
                                + (robustness.pivotalEvaluators.isEmpty
                                    ? word(
                                        "No single evaluator decides the winner.", "هیچ ارزیابی به‌تنهایی برنده را تعیین نمی‌کند.")
                                    : (fa
                                        ? "بدون امتیازهای \(people(robustness.pivotalEvaluators)) تأمین‌کننده دیگری برنده می‌شود."
                                        : "Without the scores of \(people(robustness.pivotalEvaluators)) another vendor wins.")))
                    ],
                    [
                        .text(
                            mark((smallest ?? .infinity) >= safe)
                                + (smallest.map { change in
                                    fa
                                        ? "کوچک‌ترین تغییر یک وزن که برنده را عوض می‌کند \(number(change, digits: 3)) است (مرز شکنندگی: \(number(safe)))."
                                        : "The smallest change of one weight that changes the winner is \(number(change, digits: 3)) (fragile below \(number(safe)))."
                                }
                                    ?? word(
                                        "No change of a single weight changes the winner.",
                                        "هیچ تغییری در یک وزن به‌تنهایی برنده را عوض نمی‌کند.")))
                    ],
                ]))
            if let fit = analysis.budgetFit?.vendors.first(where: { $0.vendor == recommended }) {
                inside.append(.paragraph([.strong(word("Budget:", "بودجه:")), .text(" " + budgetOutcome(fit.outcome))]))
            }
        }
        var blocks: [ReportBlock] = [.callout(inside)]
        if !analysis.problems.isEmpty {
            blocks.append(.heading(word("What could not be computed", "آنچه حساب نشد"), level: 3))
            blocks.append(.list(analysis.problems.map { [.text(words($0))] }))
        }
        return ReportSection(id: "recommendation", step: nil, title: word("Recommendation", "پیشنهاد"), blocks: blocks)
    }
}
