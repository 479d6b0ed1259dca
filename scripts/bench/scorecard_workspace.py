"""The synthetic workspace of scripts/bench-scorecard, and the same numbers as JSON for the peer.

    python3 scorecard_workspace.py DIR PEER_JSON [--vendors 40] [--evaluators 30] [--seed 20261123]

Writes a complete, valid workspace (docs/workspace-format.md) to DIR: 40 shortlisted vendors, a criteria tree
of 4 groups x 5 categories x 15 leaves = 300 leaves weighted by `weighting: pairwise` (one 4x4, four 5x5 and
twenty 15x15 matrices, each built from random "true" priorities rounded to Saaty's scale, with a tenth of the
judgments moved one step further, so most are consistent and some are not), one `direction: cost` leaf per
category, 30 evaluators (`evaluator: true`) who each score every vendor on every leaf, 30 requirements and a
vendor file per vendor (costs and a claim for every requirement; no must-have is `none`, so nobody is knocked
out). PEER_JSON holds exactly the numbers crmkit reads from those files: the matrices, the tree, the
directions, the scale and every score, for a peer library to compute the same things from.

Deterministic: the same seed gives the same bytes. Standard library only.
"""

import argparse
import json
import math
import pathlib
import random

GROUPS, CATEGORIES, LEAVES = 4, 5, 15
SAATY = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9]
SAATY_TEXT = ["1/9", "1/8", "1/7", "1/6", "1/5", "1/4", "1/3", "1/2", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
PRIORITIES = ["must", "should", "should", "could", "could", "wont"]
CATEGORIES_OF_REQUIREMENTS = ["call-center", "sales", "service", "marketing", "process", "reports", "integration",
                              "security", "usability", "data-migration"]


def pairwise_matrix(rng, n):
    """An n x n reciprocal matrix on Saaty's scale, as indices into SAATY (8 = 1)."""
    truth = [rng.uniform(1, 6) for _ in range(n)]
    index = [[8] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            ratio = math.log(truth[i] / truth[j])
            k = min(range(len(SAATY)), key=lambda s: abs(math.log(SAATY[s]) - ratio))
            if rng.random() < 0.1:  # a judgment a step off, as people give them
                k = min(max(k + rng.choice([-1, 1]), 0), len(SAATY) - 1)
            index[i][j] = k
            index[j][i] = len(SAATY) - 1 - k
    return index


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def generate(root, peer_json, vendors_count=40, evaluators_count=30, seed=20261123):
    rng = random.Random(seed)
    root = pathlib.Path(root)
    vendors = [f"v{i:02d}" for i in range(1, vendors_count + 1)]
    evaluators = [f"e{i:02d}" for i in range(1, evaluators_count + 1)]

    write(root / "project.yaml", """version: 1
project:
  name: {en: Benchmark CRM selection}
  organization: Benchmark Co.
  languages: [en]
  currency: IRR
  calendar: gregorian
  budget: {amount: 60000000000, currency: IRR}
  horizon_years: 5
  discount_rate: 0.2
  users: 60
  price_escalation: 0.25
  started: 2026-11-01
""")

    lines = ["version: 1", "stakeholders:"]
    kinds = ["system-users", "system-managers", "system-integrators", "system-customers", "system-sponsors"]
    for n, evaluator in enumerate(evaluators):
        lines += [f"  - id: {evaluator}", f"    name: Evaluator {evaluator[1:]}", f"    group: {kinds[n % 5]}",
                  "    internal: true", "    evaluator: true"]
    write(root / "stakeholders.yaml", "\n".join(lines) + "\n")

    lines = ["version: 1", "vendors:"]
    for vendor in vendors:
        lines += [f"  - id: {vendor}", f"    name: Vendor {vendor[1:]}", "    status: shortlisted"]
    write(root / "shortlist.yaml", "\n".join(lines) + "\n")

    requirements = [f"R-{i:03d}" for i in range(1, 31)]
    priority = {r: PRIORITIES[i % len(PRIORITIES)] for i, r in enumerate(requirements)}
    lines = ["version: 1", "requirements:"]
    for i, r in enumerate(requirements):
        lines += [f"  - id: {r}", f"    title: {{en: Benchmark requirement {i + 1}}}", f"    priority: {priority[r]}",
                  f"    category: {CATEGORIES_OF_REQUIREMENTS[i % len(CATEGORIES_OF_REQUIREMENTS)]}"]
    write(root / "requirements.yaml", "\n".join(lines) + "\n")

    for vendor in vendors:
        lines = ["version: 1", f"vendor: {vendor}", "interview:", "  costs:",
                 f"    licence: {{amount: {rng.randrange(0, 200) * 100_000_000}, currency: IRR}}",
                 f"    customization: {{amount: {rng.randrange(10, 100) * 100_000_000}, currency: IRR}}",
                 f"    implementation_months: {rng.randrange(2, 12)}",
                 f"    annual_support: {{amount: {rng.randrange(0, 50) * 100_000_000}, currency: IRR}}",
                 f"    training: {{amount: {rng.randrange(1, 20) * 100_000_000}, currency: IRR}}",
                 f"    back_office_integration: {{amount: {rng.randrange(5, 30) * 100_000_000}, currency: IRR}}",
                 f"    subscription_per_user_month: {{amount: {rng.randrange(0, 10) * 1_000_000}, currency: IRR}}",
                 "coverage:"]
        for r in requirements:
            claims = ["full", "partial", "roadmap", "custom"] + ([] if priority[r] == "must" else ["none"])
            claim = rng.choice(claims)
            lines += [f"  - requirement: {r}", f"    claim: {claim}"]
            if claim == "custom":
                lines.append(f"    cost: {{amount: {rng.randrange(1, 30) * 100_000_000}, currency: IRR}}")
        write(root / "vendors" / f"{vendor}.yaml", "\n".join(lines) + "\n")

    # The criteria tree and its matrices.
    group_ids = [f"g{g}" for g in range(1, GROUPS + 1)]
    criteria = ["version: 1", "name: {en: Benchmark scorecard}", "scale:", "  min: 0", "  max: 5", "  step: 1",
                "  levels:"]
    for value, label in enumerate(["Absent", "Poor", "Weak", "Acceptable", "Good", "Excellent"]):
        criteria.append(f"    - {{value: {value}, label: {{en: {label}}}}}")
    criteria += ["weighting: pairwise", "criteria:"]
    leaves = []  # (id, [group, category, leaf], direction)
    children = {None: group_ids}
    for g in group_ids:
        criteria += [f"  - id: {g}", f"    name: {{en: Group {g[1:]}}}", "    children:"]
        categories = [f"{g}-c{c}" for c in range(1, CATEGORIES + 1)]
        children[g] = categories
        for c in categories:
            criteria += [f"      - id: {c}", f"        name: {{en: Category {c}}}", "        children:"]
            ids = [f"{c}-l{leaf:02d}" for leaf in range(1, LEAVES + 1)]
            children[c] = ids
            for n, leaf in enumerate(ids):
                direction = "cost" if n == LEAVES - 1 else "benefit"
                criteria += [f"          - id: {leaf}", f"            name: {{en: Leaf {leaf}}}"]
                if direction == "cost":
                    criteria.append("            direction: cost")
                leaves.append((leaf, [g, c, leaf], direction))
    criteria.append("pairwise:")
    pairwise = []
    for parent, items in children.items():
        index = pairwise_matrix(rng, len(items))
        criteria += [f"  - parent: {parent or 'root'}", f"    items: [{', '.join(items)}]", "    matrix:"]
        for row in index:
            criteria.append("      - [" + ", ".join(
                SAATY_TEXT[k] if "/" not in SAATY_TEXT[k] else f'"{SAATY_TEXT[k]}"' for k in row) + "]")
        pairwise.append({"parent": parent, "items": items,
                         "matrix": [[(1.0 / int(SAATY_TEXT[k][2:]) if "/" in SAATY_TEXT[k] else float(SAATY_TEXT[k]))
                                     for k in row] for row in index]})
    write(root / "scorecard.yaml", "\n".join(criteria) + "\n")

    # Scores: a vendor's strength, the cell's own level, the evaluator's leniency and noise, rounded and
    # clipped to 0-5. A cost leaf is scored as "how expensive" like any other leaf.
    strength = {v: rng.gauss(0, 0.35) for v in vendors}
    level = {(v, leaf[0]): rng.gauss(2.6, 0.9) + strength[v] for v in vendors for leaf in leaves}
    scores = []
    for evaluator in evaluators:
        leniency = rng.gauss(0, 0.25)
        sheet = []
        lines = ["version: 1", f"evaluator: {evaluator}", "submitted: true", "scores:"]
        for v in vendors:
            lines.append(f"  {v}:")
            row = []
            for leaf in leaves:
                score = min(5, max(0, round(level[(v, leaf[0])] + leniency + rng.gauss(0, 0.6))))
                row.append(score)
                lines.append(f"    {leaf[0]}: {score}")
            sheet.append(row)
        scores.append(sheet)
        write(root / "scores" / f"{evaluator}.yaml", "\n".join(lines) + "\n")

    peer = {
        "scale": [0, 5],
        "vendors": vendors,
        "evaluators": evaluators,
        "leaves": [{"id": leaf, "path": path, "direction": direction} for leaf, path, direction in leaves],
        "pairwise": pairwise,
        "scores": scores,  # [evaluator][vendor][leaf]
    }
    pathlib.Path(peer_json).write_text(json.dumps(peer, separators=(",", ":")), encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("peer_json")
    parser.add_argument("--vendors", type=int, default=40)
    parser.add_argument("--evaluators", type=int, default=30)
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args()
    generate(args.dir, args.peer_json, args.vendors, args.evaluators, args.seed)


if __name__ == "__main__":
    main()
