/// A published table of random indices RI(n): the mean consistency index of random reciprocal matrices on
/// Saaty's scale, by which an AHP consistency index is divided to give the consistency ratio. The tables
/// differ in their simulations, so the same matrix has a different CR under each; every result names the
/// table it used. Values for n = 1…15 as in `shared/research/selection-anchors.md` §2.2.
public enum RandomIndexTable: String, Sendable, Hashable, CaseIterable, Codable {
    /// Saaty, *The Analytic Hierarchy Process*, 1980 — the classic row most spreadsheets and pyDecision use;
    /// crmkit's default.
    case saaty1980
    /// Saaty, *Theory and Applications of the Analytic Network Process*, 2005, p. 31 (AHPy `'saaty'`).
    case saaty2005
    /// Donegan & Dodd, "A note on Saaty's random indexes", Math. Comput. Modelling 15(10), 1991 (AHPy's default).
    case doneganDodd = "donegan-dodd"
    /// Tummala & Ling, 1998 (pymcdm).
    case tummalaLing = "tummala-ling"
    /// Alonso & Lamata, "Consistency in the analytic hierarchy process: a new approach", 2006.
    case alonsoLamata = "alonso-lamata"

    /// RI(n) for n = 1, 2, …; RI is 0 for n ≤ 2, where every reciprocal matrix is consistent.
    public var values: [Double] {
        switch self {
        case .saaty1980: [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]
        case .saaty2005: [0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59]
        case .doneganDodd:
            [0, 0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643, 1.4822, 1.4969]
        case .tummalaLing:
            [0, 0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882, 1.5117, 1.5356, 1.5571, 1.5714, 1.5831]
        case .alonsoLamata:
            [0, 0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713, 1.5838]
        }
    }

    /// The largest n the table covers. Beyond it crmkit refuses rather than extrapolates: no table agrees on
    /// the values, and so many items are better split into a hierarchy anyway.
    public var maximumCount: Int { values.count }

    /// The table as people cite it: "Saaty 1980", "Donegan & Dodd 1991"…
    public var citation: String {
        switch self {
        case .saaty1980: "Saaty 1980"
        case .saaty2005: "Saaty 2005"
        case .doneganDodd: "Donegan & Dodd 1991"
        case .tummalaLing: "Tummala & Ling 1998"
        case .alonsoLamata: "Alonso & Lamata 2006"
        }
    }

    /// RI(`n`), or `nil` when `n` is outside 1…`maximumCount`.
    public func value(for n: Int) -> Double? {
        (1...maximumCount).contains(n) ? values[n - 1] : nil
    }
}
