#!/usr/bin/env python3
"""Runs `dyad simulate --json` on every KTAB reference case in
../shared/suites/ktab and compares with expected.json: the number of states,
every position of every state (to the 0.01 grid of the logs: within 0.005),
the win probabilities and fractional changes (within 5.1e-5).
Prints per case the largest deviations; --min-cases N fails below N cases
reproduced exactly."""
import argparse
import json
import os
import subprocess
import sys
import time


def compare(case, exp, got):
    """Returns (ok, max position deviation, max probability deviation, note)."""
    actors = exp["actors"]
    states = [got["initial_positions"]] + [t["positions"] for t in got["turns"]]
    probs = [got["initial_win_probabilities"]] + [t["win_probabilities"] for t in got["turns"]]
    notes = []
    if len(states) != exp["num_states"]:
        notes.append(f"{len(states)} states, expected {exp['num_states']}")
    dpos = dprob = 0.0
    for s in range(min(len(states), exp["num_states"])):
        for i, a in enumerate(actors):
            for k, v in enumerate(exp["positions_by_state"][s][i]):
                dpos = max(dpos, abs(states[s][a][k] - v))
            dprob = max(dprob, abs(probs[s][a] - exp["win_prob_by_state"][a][s]))
    dfrac = 0.0
    for t, v in enumerate(exp["fractional_change_by_turn"][: len(got["turns"])]):
        dfrac = max(dfrac, abs(got["turns"][t]["fractional_change"] - v))
    if dpos > 0.005:
        notes.append(f"position off by {dpos:.4f}")
    if dprob > 5.1e-5:
        notes.append(f"win probability off by {dprob:.6f}")
    if dfrac > 5.1e-5:
        notes.append(f"fractional change off by {dfrac:.6f}")
    return not notes, dpos, dprob, "; ".join(notes)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dyad", nargs="?", default="build/dyad")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--min-cases", type=int, default=0)
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    ktab = os.path.join(a.shared, "suites", "ktab")
    if not os.path.isdir(ktab):
        print(f"sim_eval: {ktab} not found; skipped")
        return 0
    exp = json.load(open(os.path.join(ktab, "expected.json")))
    cases = [(n, c, []) for n, c in exp["cases"].items()]
    turns = os.path.join(ktab, "expected_turns.json")
    for n, c in exp["nondeterministic_cases"].items():
        cases.append((n, c, ["--replay", f"{turns}#{n}"]))
    passed = 0
    worst = 0.0
    for name, c, extra in cases:
        if a.only and name != a.only:
            continue
        t0 = time.time()
        p = subprocess.run([a.dyad, "simulate", os.path.join(ktab, c["input"]), "--json"] + extra,
                           capture_output=True, text=True, timeout=600)
        dt = time.time() - t0
        if p.returncode != 0:
            print(f"{name:22s} FAILED to run: {p.stderr.strip()[:200]}")
            continue
        ok, dpos, dprob, note = compare(name, c, json.loads(p.stdout))
        worst = max(worst, dpos)
        passed += ok
        print(f"{name:22s} {'ok  ' if ok else 'DIFF'} states {c['num_states']:3d}  "
              f"max |dpos| {dpos:.4f}  max |dprob| {dprob:.6f}  {dt:6.2f}s  {note}")
    total = len(cases) if not a.only else 1
    print(f"ktab cases reproduced: {passed}/{total} (max position deviation {worst:.4f})")
    return 0 if passed >= a.min_cases else 1


if __name__ == "__main__":
    sys.exit(main())
