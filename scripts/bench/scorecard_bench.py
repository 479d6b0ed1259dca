"""The driver of scripts/bench-scorecard (run it through that script, which builds crmkit and the venv).

    python scorecard_bench.py CRMKIT WORKDIR [--runs 7] [--warmup 1] [--target 0.3]

Generates the workspace (scorecard_workspace.py) in WORKDIR, checks that `crmkit validate` finds no error and
that `crmkit scorecard --format json` exits 0, runs the peer (scorecard_peer.py) on the exported numbers and
on the YAML files, and stops with exit 1 unless the peer's results equal crmkit's (the ranking exactly; weights,
totals, closeness, sensitivity, CRs, Kendall's W to tolerance; the same disputed cells, pivotal evaluators and
recommendation). Then it times every process end to end, interleaved round by round so that a busy machine
slows them all alike, and prints the medians and the ratios.
"""

import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import scorecard_workspace  # noqa: E402


def run(command, capture=False):
    return subprocess.run(command, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                          stderr=subprocess.PIPE if capture else subprocess.DEVNULL, text=capture)


def fail(message):
    print(f"bench-scorecard: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def close(a, b, tolerance):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tolerance * max(1.0, abs(a), abs(b))


def compare(crmkit, peer, label):
    """Every number both compute; returns a list of mismatches (empty when they agree)."""
    problems = []

    def check(ok, what):
        if not ok:
            problems.append(f"{label}: {what}")

    order_c = [row["vendor"] for row in crmkit["ranking"]]
    order_p = [row["vendor"] for row in peer["ranking"]]
    check(order_c == order_p, f"weighted-sum ranking differs:\n  crmkit {order_c}\n  peer   {order_p}")
    rows_p = {row["vendor"]: row for row in peer["ranking"]}
    for row in crmkit["ranking"]:
        other = rows_p.get(row["vendor"])
        if other is None:
            check(False, f"vendor {row['vendor']} is not ranked by the peer")
            continue
        check(row["rank"] == other["rank"], f"{row['vendor']}: rank {row['rank']} vs {other['rank']}")
        check(close(row["total"], other["total"], 1e-9), f"{row['vendor']}: total {row['total']} vs {other['total']}")
        check(row["topsisRank"] == other["topsisRank"],
              f"{row['vendor']}: TOPSIS rank {row['topsisRank']} vs {other['topsisRank']}")
        check(close(row["topsisCloseness"], other["topsisCloseness"], 1e-9),
              f"{row['vendor']}: TOPSIS closeness {row['topsisCloseness']} vs {other['topsisCloseness']}")
    weights_c = {leaf["id"]: leaf["weight"] for leaf in crmkit["weights"]}
    check(weights_c.keys() == peer["weights"].keys(), "the leaves differ")
    bad = [k for k in weights_c if not close(weights_c[k], peer["weights"].get(k), 1e-9)]
    check(not bad, f"global weights differ on {len(bad)} leaves, e.g. {bad[:3]}")
    pairwise_p = {m["parent"]: m for m in peer["pairwise"]}
    for matrix in crmkit["pairwise"]:
        other = pairwise_p.get(matrix.get("parent"))
        if other is None:
            check(False, f"matrix {matrix.get('parent')} missing")
            continue
        check(all(close(a, b, 1e-9) for a, b in zip(matrix["weights"], other["weights"])),
              f"AHP priorities of {matrix.get('parent')} differ")
        check(close(matrix["cr"], other["cr"], 1e-6), f"CR of {matrix.get('parent')}: {matrix['cr']} vs {other['cr']}")
    sensitivity_p = {s["criterion"]: s for s in peer["sensitivity"]}
    bad = []
    for s in crmkit["sensitivity"]:
        other = sensitivity_p.get(s["criterion"], {})
        if not (close(s["stableFrom"], other.get("stableFrom"), 1e-9) and close(s["stableTo"], other.get("stableTo"), 1e-9)
                and close(s.get("minChangeToFlip"), other.get("minChangeToFlip"), 1e-9)
                and s.get("newWinner") == other.get("newWinner")):
            bad.append((s, other))
    check(not bad, f"sensitivity differs on {len(bad)} criteria, e.g. {bad[:1]}")
    disputed_c = sorted((d["vendor"], d["criterion"]) for d in crmkit["disputed"])
    check(disputed_c == [tuple(d) for d in peer["disputed"]], "disputed cells differ")
    check(close(crmkit.get("kendallW"), peer["kendallW"], 1e-9), f"Kendall's W {crmkit.get('kendallW')} vs {peer['kendallW']}")
    check(sorted(crmkit["pivotalEvaluators"]) == sorted(peer["pivotalEvaluators"]), "pivotal evaluators differ")
    for key in ("spearmanRho", "kendallTauB"):
        check(close(crmkit["rankAgreement"][key], peer["rankAgreement"][key], 1e-9),
              f"{key} {crmkit['rankAgreement'][key]} vs {peer['rankAgreement'][key]}")
    check(crmkit.get("recommended") == peer["recommended"],
          f"recommended {crmkit.get('recommended')} vs {peer['recommended']}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("crmkit")
    parser.add_argument("workdir")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--target", type=float, default=0.3)
    parser.add_argument("--vendors", type=int, default=40)
    parser.add_argument("--evaluators", type=int, default=30)
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args()
    crmkit, work = args.crmkit, pathlib.Path(args.workdir)
    python = sys.executable
    peer_script = str(HERE / "scorecard_peer.py")
    ws, peer_input = work / "ws", work / "peer-input.json"

    scorecard_workspace.generate(ws, peer_input, args.vendors, args.evaluators, args.seed)
    files = sorted(ws.rglob("*.yaml"))
    size = sum(f.stat().st_size for f in files)
    print(f"workspace: {args.vendors} vendors x 300 criteria (25 pairwise matrices, 4x4 to 15x15) x "
          f"{args.evaluators} evaluators = {args.vendors * 300 * args.evaluators:,} scores; "
          f"{len(files)} files, {size / 1e6:.1f} MB (seed {args.seed})")

    # Correctness first: a valid workspace, a scorecard that exits 0, and a peer that agrees with it.
    validate = run([crmkit, "validate", str(ws), "--format", "json", "--lang", "en"], capture=True)
    try:
        report = json.loads(validate.stdout)
    except json.JSONDecodeError:
        fail(f"crmkit validate printed no JSON (exit {validate.returncode}): {validate.stderr[:2000]}")
    if validate.returncode != 0 or report["errors"]:
        fail(f"the workspace does not validate (exit {validate.returncode}, {report['errors']} errors):\n"
             + "\n".join(f"  {d['file']}:{d['line']}: {d['message']}" for d in report["diagnostics"][:20]))
    print(f"crmkit validate: {report['errors']} errors, {report['warnings']} warnings in {report['files']} files")
    scorecard = run([crmkit, "scorecard", str(ws), "--format", "json", "--lang", "en"], capture=True)
    if scorecard.returncode != 0:
        fail(f"crmkit scorecard exited {scorecard.returncode}: {scorecard.stderr[:2000]}")
    result = json.loads(scorecard.stdout)
    if result["problems"] or result["knockOuts"] or len(result["ranking"]) != args.vendors:
        fail(f"crmkit scorecard ranked {len(result['ranking'])} of {args.vendors} vendors; "
             f"knock-outs {result['knockOuts']}; problems {result['problems']}")
    consistent = sum(m["consistent"] for m in result["pairwise"])
    print(f"crmkit scorecard: {len(result['ranking'])} vendors ranked, {len(result['weights'])} leaf weights, "
          f"{len(result['pairwise'])} matrices ({consistent} consistent, CR <= "
          f"{max(m['cr'] for m in result['pairwise']):.3f}), {len(result['sensitivity'])} sensitivity rows, "
          f"{len(result['disputed'])} disputed cells; recommended {result['recommended']}, "
          f"robust {result['robust']}; JSON {len(scorecard.stdout) / 1e3:.0f} kB")
    problems = []
    for label, source in (("peer (JSON input)", ["--json", str(peer_input)]), ("peer (YAML input)", ["--yaml", str(ws)])):
        out = work / "peer-result.json"
        peer = run([python, peer_script, *source, "--out", str(out)], capture=True)
        if peer.returncode != 0:
            fail(f"{label} exited {peer.returncode}: {peer.stderr[-2000:]}")
        problems += compare(result, json.loads(out.read_text()), label)
    if problems:
        fail("the peer does not compute what crmkit computes:\n  " + "\n  ".join(problems[:20]))
    print("peer == crmkit: same ranking, TOPSIS ranks, weights, AHP priorities and CRs, sensitivity of all 300 "
          "weights, disputed cells, Kendall's W, pivotal evaluators and recommendation")

    # Timing: every command once per round, rounds interleaved; the first `warmup` rounds are not counted.
    commands = {
        "crmkit --version": [crmkit, "--version"],
        "python -c pass": [python, "-c", "pass"],
        "python: import pymcdm, scipy": [python, "-c", "import numpy, scipy.stats, pymcdm.methods, pymcdm.weights.subjective"],
        "crmkit validate": [crmkit, "validate", str(ws), "--format", "json", "--lang", "en"],
        "crmkit scorecard --format json": [crmkit, "scorecard", str(ws), "--format", "json", "--lang", "en"],
        "peer, JSON input": [python, peer_script, "--json", str(peer_input), "--out", str(work / "t-json.json")],
        "peer, YAML input": [python, peer_script, "--yaml", str(ws), "--out", str(work / "t-yaml.json")],
    }
    times = {name: [] for name in commands}
    inside = {"peer, JSON input": [], "peer, YAML input": []}
    print(f"timing: {args.warmup} warm-up + {args.runs} rounds; load average at start "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    for round_ in range(args.warmup + args.runs):
        for name, command in commands.items():
            start = time.perf_counter()
            completed = run(command)
            elapsed = time.perf_counter() - start
            if completed.returncode != 0:
                fail(f"{name} exited {completed.returncode} while timing")
            if round_ >= args.warmup:
                times[name].append(elapsed)
                if name in inside:
                    timings = json.loads(pathlib.Path(command[-1]).read_text())["timings"]
                    inside[name].append(timings)
    median = {name: statistics.median(values) for name, values in times.items()}

    def ms(x):
        return f"{x * 1000:8.1f} ms"

    print(f"\n{'process (start to exit), median':40} {'median':>11} {'min':>11} {'max':>11}")
    for name, values in times.items():
        print(f"{name:40} {ms(median[name])} {ms(min(values))} {ms(max(values))}")
    print("\ninside the peer's process (median):")
    for name, runs in inside.items():
        parts = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
        print(f"  {name}: imports {ms(parts['imports']).strip()}, reading {ms(parts['read']).strip()}, "
              f"compute {ms(parts['compute']).strip()} (AHP+weights {parts['ahp_and_weights'] * 1000:.1f}, "
              f"mean {parts['mean'] * 1000:.1f}, WSM+TOPSIS {parts['wsm_topsis'] * 1000:.1f}, "
              f"sensitivity {parts['sensitivity'] * 1000:.1f}, panel checks {parts['panel'] * 1000:.1f} ms)")

    sc, va = median["crmkit scorecard --format json"], median["crmkit validate"]
    print("\nratios (medians of this run):")
    print(f"  crmkit scorecard / crmkit --version:            {sc / median['crmkit --version']:7.1f}")
    print(f"  crmkit scorecard / peer, JSON input:            {sc / median['peer, JSON input']:7.2f}")
    print(f"  crmkit scorecard / peer, YAML input:            {sc / median['peer, YAML input']:7.2f}")
    print(f"  peer, JSON input / python -c pass:              {median['peer, JSON input'] / median['python -c pass']:7.1f}")
    print(f"  crmkit validate / crmkit scorecard:             {va / sc:7.2f}  (reading + validating the workspace)")
    print(f"  scorecard - validate (analysis + JSON output):  {(sc - va) * 1000:7.1f} ms")
    verdict = "MET" if sc < args.target else "NOT MET"
    print(f"\ntarget: crmkit scorecard --format json under {args.target} s: {verdict} (median {sc:.3f} s)")


if __name__ == "__main__":
    main()
