import Localization

extension WorkspaceValidator {
    /// A requirement's probe should be one the reference CRM knows, with parameters it takes. Both are
    /// warnings: the team may name a probe before the reference CRM learns it.
    mutating func checkProbe(_ verify: Verification) {
        guard let probes else { return }
        let knownFix = (
            en: "use a known probe (crmkit requirement probes) or add it to reference-crm/probes.yaml",
            fa: "پروب شناخته‌شده‌ای به کار ببرید (crmkit requirement probes) یا آن را به reference-crm/probes.yaml بیفزایید"
        )
        guard let probe = probes.probe(Probe.ID(verify.probe)) else {
            let hint = suggestion(for: verify.probe, among: probes.probes.map(\.id.rawValue))
            diagnostics.append(
                .warning(
                    "unknown-probe", at: verify.origin.appending("probe"),
                    en: "\"\(verify.probe)\" is not a probe the reference CRM knows",
                    fa: "«\(verify.probe)» پروبی نیست که CRM مرجع بشناسد",
                    fixEn: (hint.map { "did you mean \"\($0)\"? Otherwise " } ?? "") + knownFix.en,
                    fixFa: (hint.map { "منظورتان «\($0)» بود؟ وگرنه " } ?? "") + knownFix.fa))
            return
        }
        let allowed = probe.parameters.map(\.name)
        for (name, value) in verify.parameters.sorted(by: { $0.key < $1.key }) {
            let origin = verify.origin.appending("with").appending(name)
            guard let parameter = probe.parameter(named: name) else {
                let hint = suggestion(for: name, among: allowed)
                let list =
                    allowed.isEmpty
                    ? (en: "it takes none", fa: "پارامتری نمی‌گیرد")
                    : (en: "it takes \(allowed.joined(separator: ", "))", fa: "پارامترهایش: \(allowed.joined(separator: "، "))")
                diagnostics.append(
                    .warning(
                        "unknown-probe-parameter", at: origin,
                        en: "probe \(probe.id) has no parameter \"\(name)\"; \(list.en)",
                        fa: "پروب \(probe.id) پارامتر «\(name)» ندارد؛ \(list.fa)",
                        fixEn: (hint.map { "did you mean \"\($0)\"? Otherwise " } ?? "")
                            + "remove it, or add it to the probe in reference-crm/probes.yaml",
                        fixFa: (hint.map { "منظورتان «\($0)» بود؟ وگرنه " } ?? "")
                            + "آن را حذف کنید یا به این پروب در reference-crm/probes.yaml بیفزایید"))
                continue
            }
            if !parameter.accepts(value) {
                let value = value.count > 40 ? value.prefix(40) + "…" : value
                diagnostics.append(
                    .warning(
                        "probe-parameter-type", at: origin,
                        en: "\(name) of probe \(probe.id) takes \(parameter.kind.name.text(in: .en)), not \"\(value)\"",
                        fa: "پارامتر \(name) پروب \(probe.id) باید \(parameter.kind.name.text(in: .fa)) باشد، نه «\(value)»",
                        fixEn: "write \(parameter.kind.name.text(in: .en)): \(parameter.description.text(in: .en))",
                        fixFa: "\(parameter.kind.name.text(in: .fa)) بنویسید: \(parameter.description.text(in: .fa))"))
            }
        }
    }

    /// The closest of `candidates` to `text`, within the budget of "did you mean" hints.
    private mutating func suggestion(for text: String, among candidates: [String]) -> String? {
        guard suggestionsLeft > 0 else { return nil }
        suggestionsLeft -= 1
        return Suggestion.closest(to: text, among: candidates)
    }
}
