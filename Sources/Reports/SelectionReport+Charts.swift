import Localization
import Scoring
import SelectionWorkshop

// The HTML report's charts, built from the analysis with the report's words and numbers.

extension SelectionReport {
    /// The weighted totals, the recommended vendor emphasised and the knocked-out ones hatched.
    var totalsChart: ReportBlock? {
        guard analysis.weightedSum != nil || !analysis.knockOuts.isEmpty else { return nil }
        var bars: [SVGChart.Bars.Bar] = []
        if let sum = analysis.weightedSum {
            for index in sum.ranking.order {
                let vendor = analysis.ranked[index]
                bars.append(
                    SVGChart.Bars.Bar(
                        label: vendorName(vendor), value: sum.scores[index],
                        state: vendor == analysis.recommended ? .recommended : .plain))
            }
        }
        for knockOut in analysis.knockOuts {
            bars.append(
                SVGChart.Bars.Bar(
                    label: vendorName(knockOut.vendor), value: nil,
                    state: .knockedOut(reason: knockOut.reasons.map(words).joined(separator: fa ? "؛ " : "; "))))
        }
        let title = fa ? "جمع وزنی امتیازها روی مقیاس \(scaleText)" : "Weighted totals on the \(scaleText) scale"
        let chart = SVGChart.Bars(
            title: title,
            summary: analysis.recommended.map {
                fa ? "تأمین‌کننده پیشنهادی: \(vendorName($0))." : "Recommended vendor: \(vendorName($0))."
            },
            bars: bars, scaleMax: analysis.scale.upperBound, fractionDigits: 2, language: language)
        return .chart(
            svg: chart.svg,
            caption: title
                + word(
                    ". The recommended vendor is outlined; knocked-out vendors are hatched.",
                    ". تأمین‌کننده پیشنهادی پررنگ است و حذف‌شده‌ها هاشورخورده‌اند."))
    }

    /// Every ranked vendor's consensus scores on every criterion, cost criteria reversed so that outwards is
    /// better everywhere.
    var radarChart: ReportBlock? {
        guard !analysis.ranked.isEmpty, !analysis.leaves.isEmpty else { return nil }
        let scale = analysis.scale
        let title = word("Scores by criterion", "امتیاز هر معیار")
        let chart = SVGChart.Radar(
            title: title,
            summary: word(
                "The evaluators' consensus; cost criteria are reversed, so further out is better on every axis.",
                "امتیاز توافقی ارزیابان؛ معیار هزینه معکوس شده است، پس روی هر محور دورتر از مرکز بهتر است."),
            criteria: analysis.leaves.map(leafName),
            series: analysis.ranked.map { vendor in
                SVGChart.Radar.Series(
                    label: vendorName(vendor),
                    values: analysis.leaves.map { leaf in
                        analysis.consensus[vendor]?[leaf.id].map {
                            leaf.direction == .cost ? scale.lowerBound + scale.upperBound - $0 : $0
                        }
                    })
            },
            scale: scale, fractionDigits: 2, language: language)
        return .chart(
            svg: chart.svg,
            caption: title + word(" (cost reversed: further out is cheaper)", " (هزینه معکوس: دورتر یعنی ارزان‌تر)"))
    }

    /// The evaluators' spread (population standard deviation) per criterion and vendor.
    var spreadChart: ReportBlock? {
        guard !analysis.agreement.isEmpty else { return nil }
        let cells = Dictionary(
            analysis.agreement.map { ("\($0.vendor.rawValue)|\($0.criterion.rawValue)", $0.spread.populationStandardDeviation) },
            uniquingKeysWith: { first, _ in first })
        let threshold = disagreementThreshold
        let title = word("How far the evaluators disagree (standard deviation)", "اختلاف نظر ارزیابان (انحراف معیار)")
        let chart = SVGChart.HeatMap(
            title: title,
            summary: fa
                ? "خانه‌های با انحراف معیار بیش از \(number(threshold)) کادر دارند."
                : "Cells with a standard deviation above \(number(threshold)) are outlined.",
            rowLabels: analysis.leaves.map { text($0.name) }, columnLabels: analysis.ranked.map(vendorName),
            values: analysis.leaves.map { leaf in
                analysis.ranked.map { cells["\($0.rawValue)|\(leaf.id.rawValue)"] }
            },
            threshold: threshold, range: 0...((analysis.scale.upperBound - analysis.scale.lowerBound) / 2), fractionDigits: 2,
            language: language)
        return .chart(svg: chart.svg, caption: title)
    }

    /// The winner's margin over the runner-up with each weight lowered and raised by the swing.
    var tornadoChart: ReportBlock? {
        guard let report = analysis.sensitivity, let margin = report.winnerMargin else { return nil }
        let swing = percent(report.swing, digits: 0)
        let title = word("The winner's lead when one weight moves", "فاصله برنده با نفر دوم وقتی یک وزن تغییر می‌کند")
        let chart = SVGChart.Tornado(
            title: title,
            summary: fa
                ? "هر وزن \(swing) کم و زیاد می‌شود؛ میله‌ای که از صفر بگذرد یعنی همان تغییر برنده را عوض می‌کند."
                : "Each weight is lowered and raised by \(swing); a bar that crosses zero means that change alone changes the winner.",
            rows: report.criteria.map { item in
                SVGChart.Tornado.Row(
                    label: analysis.leaves.indices.contains(item.criterion) ? text(analysis.leaves[item.criterion].name) : "",
                    atLow: item.tornado.lowMargin, atHigh: item.tornado.highMargin)
            },
            centre: margin, centreLabel: word("lead today", "فاصله امروز"),
            reference: SVGChart.Tornado.Reference(value: 0, label: word("winner changes", "برنده عوض می‌شود")),
            lowLegend: word("weight lowered by ", "وزن ") + swing + word("", " کمتر"),
            highLegend: word("weight raised by ", "وزن ") + swing + word("", " بیشتر"),
            fractionDigits: 3, language: language)
        return .chart(svg: chart.svg, caption: title)
    }

    /// Each vendor's cumulative cost of ownership by year, with the budget line.
    var costChart: ReportBlock {
        let code = currencyCode
        let language = language
        let budget = workspace.project?.project.budget.flatMap { $0.currency.code == code ? Double($0.amountMinorUnits) : nil }
        let title = word("Cumulative cost of ownership by year", "هزینه انباشته مالکیت به تفکیک سال")
        let chart = SVGChart.CostOverYears(
            title: title,
            summary: budget.map { _ in word("The dashed line is the budget.", "خط‌چین بودجه است.") },
            series: analysis.costs.map { cost in
                SVGChart.CostOverYears.Series(
                    label: vendorName(cost.vendor), cumulativeCosts: cost.ownership.years.map { Double($0.cumulativeCost) })
            },
            budget: budget, language: language,
            formatMoney: { SelectionReport.roughAmount($0, currency: code, in: language) })
        return .chart(svg: chart.svg, caption: title)
    }
}
