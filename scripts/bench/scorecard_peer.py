"""The peer of `crmkit scorecard` in scripts/bench-scorecard: the same computation with pymcdm and numpy.

    python scorecard_peer.py --json PEER_JSON --out RESULT_JSON     the numbers the generator exported
    python scorecard_peer.py --yaml WORKSPACE --out RESULT_JSON     the workspace's YAML files (PyYAML CSafeLoader)

Computes what `crmkit scorecard` computes for the ranking, following docs/scoring.md:
  - AHP priorities and consistency ratio of every pairwise matrix (pymcdm.weights.subjective.AHP: principal
    eigenvector; pymcdm's CR uses Tummala & Ling's random index, rescaled here to Saaty 1980's as crmkit uses);
  - the leaves' global weights (product of the local weights down the tree, renormalized to 1);
  - the evaluators' mean per vendor and leaf;
  - the weighted sum on the scale, a cost leaf counting as min + max - s (pymcdm.methods.WSM with that
    normalization), and TOPSIS with vector normalization (pymcdm.methods.TOPSIS, whose vector normalization
    of a cost column is 1 - x/|x|, as crmkit's);
  - the one-at-a-time sensitivity of the winner to every leaf's weight (Triantaphyllou & Sanchez 1997, the
    others rescaled proportionally; closed form as crmkit's, vectorized with numpy: pymcdm has no such
    analysis);
  - and the panel checks crmkit's JSON also holds: the disputed cells (population sigma above a fifth of the
    scale), Kendall's W over the evaluators' own rankings, the leave-one-evaluator-out winners, and
    Spearman's rho and Kendall's tau-b between the weighted sum and TOPSIS.
Ties are judged at 12 significant digits, as crmkit does. The result file holds the numbers to compare with
crmkit's JSON and the time spent on imports, reading and computing.
"""

import time

T_START = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import pathlib  # noqa: E402
import warnings  # noqa: E402

import numpy as np  # noqa: E402
from pymcdm import normalizations  # noqa: E402
from pymcdm.methods import TOPSIS, WSM  # noqa: E402
from pymcdm.weights.subjective import AHP  # noqa: E402
from scipy import stats  # noqa: E402

T_IMPORTED = time.perf_counter()

# Saaty (1980), n = 1...15: the table crmkit uses by default.
SAATY_1980 = [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]


def load_json(path):
    data = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    data["scores"] = np.asarray(data["scores"], dtype=float)
    for matrix in data["pairwise"]:
        matrix["matrix"] = np.asarray(matrix["matrix"], dtype=float)
    return data


def load_yaml(root):
    """The same numbers read from the workspace files, as crmkit reads them (every YAML file is parsed)."""
    import yaml

    root = pathlib.Path(root)
    files = {p: yaml.load(p.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) for p in sorted(root.rglob("*.yaml"))}
    scorecard = files[root / "scorecard.yaml"]
    vendors = [v["id"] for v in files[root / "shortlist.yaml"]["vendors"] if v["status"] == "shortlisted"]
    leaves = []

    def walk(criteria, path):
        for criterion in criteria:
            if criterion.get("children"):
                walk(criterion["children"], path + [criterion["id"]])
            else:
                leaves.append({"id": criterion["id"], "path": path + [criterion["id"]],
                               "direction": criterion.get("direction", "benefit")})

    walk(scorecard["criteria"], [])

    def number(value):
        if isinstance(value, str) and "/" in value:
            a, b = value.split("/")
            return float(a) / float(b)
        return float(value)

    pairwise = [{"parent": None if m["parent"] == "root" else m["parent"], "items": m["items"],
                 "matrix": np.array([[number(x) for x in row] for row in m["matrix"]])} for m in scorecard["pairwise"]]
    sheets = [doc for path, doc in files.items() if path.parent == root / "scores"]
    leaf_ids = [leaf["id"] for leaf in leaves]
    scores = np.array([[[float(_score(sheet["scores"][v][leaf])) for leaf in leaf_ids] for v in vendors]
                       for sheet in sheets])
    return {"scale": [scorecard["scale"]["min"], scorecard["scale"]["max"]], "vendors": vendors,
            "evaluators": [sheet["evaluator"] for sheet in sheets], "leaves": leaves, "pairwise": pairwise,
            "scores": scores}


def _score(value):
    return value["score"] if isinstance(value, dict) else value


def tie_key(x):
    """x to 12 significant digits, crmkit's tolerance for ties."""
    return np.array([float(f"{v:.11e}") for v in np.atleast_1d(x)])


def order_of(scores):
    """Indices best first; ties (12 digits) keep the file's order."""
    keys = tie_key(scores)
    return sorted(range(len(scores)), key=lambda i: (-keys[i], i))


def competition_ranks(scores):
    keys = tie_key(scores)
    order = order_of(scores)
    ranks = [0] * len(scores)
    for position, i in enumerate(order):
        prev = order[position - 1] if position else None
        ranks[i] = ranks[prev] if prev is not None and keys[prev] == keys[i] else position + 1
    return ranks


def compute(data):
    lo, hi = data["scale"]
    vendors, evaluators, leaves = data["vendors"], data["evaluators"], data["leaves"]
    timings = {}
    t = time.perf_counter()

    # AHP: every matrix's priorities and CR.
    local, pairwise = {}, []
    for matrix in data["pairwise"]:
        n = len(matrix["items"])
        ahp = AHP(matrix=matrix["matrix"])
        weights = ahp()
        cr = ahp.get_cr() * AHP.RI_M[n - 1] / SAATY_1980[n - 1] if n > 2 else 0.0
        local.update(zip(matrix["items"], weights))
        pairwise.append({"parent": matrix["parent"], "items": matrix["items"], "weights": list(map(float, weights)),
                         "cr": float(cr)})
    # Global weights: the product down the path.
    w = np.array([np.prod([local[node] for node in leaf["path"]]) for leaf in leaves])
    w = w / w.sum()
    timings["ahp_and_weights"] = time.perf_counter() - t
    t = time.perf_counter()

    # The panel's mean.
    scores = data["scores"]  # evaluator x vendor x leaf
    consensus = scores.mean(axis=0)
    cost = np.array([leaf["direction"] == "cost" for leaf in leaves])
    types = np.where(cost, -1, 1)
    timings["mean"] = time.perf_counter() - t
    t = time.perf_counter()

    # Weighted sum on the scale (cost reversed) and TOPSIS (vector normalization).
    def on_scale(x, cost=False):
        return (lo + hi) - x if cost else x

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pymcdm warns about dominant/dominated alternatives
        totals = WSM(on_scale)(consensus, w, types)
        closeness = TOPSIS(normalizations.vector_normalization)(consensus, w, types)
    order = order_of(totals)
    ranks = competition_ranks(totals)
    topsis_ranks = competition_ranks(closeness)
    timings["wsm_topsis"] = time.perf_counter() - t
    t = time.perf_counter()

    # One-at-a-time sensitivity of the winner (closed form): P_i(t) = base_i + t (own_i - base_i).
    r = np.where(cost, lo + hi - consensus, consensus)  # vendor x leaf, on the scale
    winner = order[0]
    total = r @ w
    rest = 1 - w
    own = r.T  # leaf x vendor
    base = (total[None, :] - w[:, None] * own) / rest[:, None]
    slope = own - base
    a = base[:, [winner]] - base
    b = slope[:, [winner]] - slope
    scale = np.maximum(np.maximum(np.abs(base[:, [winner]]), np.abs(base)), np.maximum(np.abs(own[:, [winner]]), np.abs(own)))
    movable = np.abs(b) > 1e-12 * scale
    movable[:, winner] = False
    with np.errstate(divide="ignore", invalid="ignore"):
        crossing = -a / b
    below_t = np.where(movable & (b > 0), np.minimum(crossing, w[:, None]), -np.inf)
    below_t = np.where(below_t > 0, below_t, -np.inf)
    above_t = np.where(movable & (b < 0), np.maximum(crossing, w[:, None]), np.inf)
    above_t = np.where(above_t < 1, above_t, np.inf)
    below_j, above_j = below_t.argmax(axis=1), above_t.argmin(axis=1)
    sensitivity = []
    for k, leaf in enumerate(leaves):
        below = (below_t[k, below_j[k]], below_j[k]) if np.isfinite(below_t[k, below_j[k]]) else None
        above = (above_t[k, above_j[k]], above_j[k]) if np.isfinite(above_t[k, above_j[k]]) else None
        nearest = (below if below and (not above or w[k] - below[0] <= above[0] - w[k]) else above)
        sensitivity.append({"criterion": leaf["id"], "weight": float(w[k]),
                            "stableFrom": float(below[0]) if below else 0.0,
                            "stableTo": float(above[0]) if above else 1.0,
                            "minChangeToFlip": float(abs(nearest[0] - w[k])) if nearest else None,
                            "newWinner": vendors[nearest[1]] if nearest else None})
    timings["sensitivity"] = time.perf_counter() - t
    t = time.perf_counter()

    # The panel: disputed cells, Kendall's W, leave one evaluator out.
    sigma = scores.std(axis=0)  # population
    disputed = [(vendors[i], leaves[k]["id"]) for i, k in zip(*np.nonzero(sigma > (hi - lo) / 5))]
    own_totals = np.where(cost, lo + hi - scores, scores) @ w  # evaluator x vendor
    m, n = own_totals.shape
    keyed = np.array([tie_key(row) for row in own_totals])
    mid = stats.rankdata(-keyed, axis=1)
    sums = mid.sum(axis=0)
    s = ((sums - m * (n + 1) / 2) ** 2).sum()
    ties = sum(float((c ** 3 - c).sum()) for c in (np.unique(row, return_counts=True)[1] for row in keyed))
    kendall_w = min(max(12 * s / (m * m * (n ** 3 - n) - m * ties), 0), 1)
    everyone = set(np.flatnonzero(tie_key(totals) == tie_key(totals).max()))
    without = np.where(cost, lo + hi - (scores.sum(axis=0)[None] - scores) / (m - 1),
                       (scores.sum(axis=0)[None] - scores) / (m - 1)) @ w
    pivotal = [evaluators[e] for e, row in enumerate(without)
               if set(np.flatnonzero(tie_key(row) == tie_key(row).max())) != everyone]
    spearman = float(np.corrcoef(stats.rankdata(-tie_key(totals)), stats.rankdata(-tie_key(closeness)))[0, 1])
    kendall_tau = float(stats.kendalltau(ranks, topsis_ranks).statistic)
    timings["panel"] = time.perf_counter() - t

    return {
        "weights": {leaf["id"]: float(x) for leaf, x in zip(leaves, w)},
        "pairwise": pairwise,
        "ranking": [{"vendor": vendors[i], "rank": ranks[i], "total": float(totals[i]), "topsisRank": topsis_ranks[i],
                     "topsisCloseness": float(closeness[i])} for i in order],
        "sensitivity": sensitivity,
        "disputed": sorted(disputed),
        "kendallW": kendall_w,
        "pivotalEvaluators": pivotal,
        "rankAgreement": {"spearmanRho": spearman, "kendallTauB": kendall_tau},
        "recommended": vendors[winner],
        "timings": timings,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--json")
    source.add_argument("--yaml")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    t = time.perf_counter()
    data = load_json(args.json) if args.json else load_yaml(args.yaml)
    t_loaded = time.perf_counter()
    result = compute(data)
    t_computed = time.perf_counter()
    result["timings"].update({"imports": T_IMPORTED - T_START, "read": t_loaded - t, "compute": t_computed - t_loaded})
    pathlib.Path(args.out).write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    main()
