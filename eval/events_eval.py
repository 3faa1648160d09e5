#!/usr/bin/env python3
"""Scores Dyad's events on real news articles: the hand-coded ScrapingHub events.

The articles named in <shared>/gold/scrapinghub-events.jsonl are taken from
<shared>/suites/scrapinghub/gold.jsonl, written as JSON Lines documents
{"id", "text"} and fed to `dyad analyze FILE --json`. The events are scored
per fold (<shared>/tools/folds.py, whole articles together) with
<shared>/tools/score_events.py, the scorer of the hidden articles:
  - time-aware level a: same sentence, CAMEO root, source and target entities,
    and the right time (background not coded as current) -- the figure the
    issue names;
  - type only (time-blind level c): same sentence and CAMEO root.

usage: eval/events_eval.py [build/dyad] [--shared ../shared] [--min-precision P] [--min-recall R]
                           [--fold A|B] [--keep DIR] [--extra ARG ...]
  --min-precision / --min-recall  exit 1 when a fold's time-aware precision / recall is below
  --fold     score one fold only (default: both, A then B)
  --keep     write the documents, Dyad's output and the unmatched events of each fold there
  --extra    more arguments for `dyad analyze` (e.g. --extra=--verbs=FILE)
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def fold_lines(folds_py, path, fold):
    out = subprocess.run([sys.executable, folds_py, path, fold], capture_output=True, text=True, check=True)
    return [json.loads(x) for x in out.stdout.splitlines() if x.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dyad", nargs="?", default="build/dyad")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--min-precision", type=float, default=None)
    ap.add_argument("--min-recall", type=float, default=None)
    ap.add_argument("--fold", choices=["A", "B"], default=None)
    ap.add_argument("--keep", default=None)
    ap.add_argument("--extra", action="append", default=[])
    a = ap.parse_args()

    gold_path = os.path.join(a.shared, "gold", "scrapinghub-events.jsonl")
    bodies = os.path.join(a.shared, "suites", "scrapinghub", "gold.jsonl")
    folds_py = os.path.join(a.shared, "tools", "folds.py")
    scorer = os.path.join(a.shared, "tools", "score_events.py")
    articles = {}
    for line in open(bodies, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            articles[r["id"]] = r["body"]

    tmp = a.keep or tempfile.mkdtemp(prefix="dyad-events-")
    os.makedirs(tmp, exist_ok=True)
    ok = True
    for fold in ([a.fold] if a.fold else ["A", "B"]):
        gold = fold_lines(folds_py, gold_path, fold)
        docs = sorted({g["doc"] for g in gold})
        missing = [d for d in docs if d not in articles]
        if missing:
            print("events_eval: %d gold articles missing from %s" % (len(missing), bodies), file=sys.stderr)
            return 2
        gpath = os.path.join(tmp, "gold_%s.jsonl" % fold)
        with open(gpath, "w", encoding="utf-8") as f:
            for g in gold:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
        dpath = os.path.join(tmp, "docs_%s.jsonl" % fold)
        with open(dpath, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps({"id": d, "text": articles[d]}, ensure_ascii=False) + "\n")
        opath = os.path.join(tmp, "dyad_%s.json" % fold)
        with open(opath, "w", encoding="utf-8") as f:
            r = subprocess.run([a.dyad, "analyze", dpath, "--json"] + a.extra, stdout=f, stderr=subprocess.PIPE,
                               text=True, timeout=600)
        if r.returncode != 0:
            print("events_eval: dyad analyze failed: %s" % r.stderr[-400:], file=sys.stderr)
            return 2
        rpath = os.path.join(tmp, "report_%s.json" % fold)
        upath = os.path.join(tmp, "unmatched_%s.jsonl" % fold)
        subprocess.run([sys.executable, scorer, "--gold", gpath, "--dyad", opath, "--report", rpath,
                        "--unmatched", upath], capture_output=True, text=True, check=True)
        rep = json.load(open(rpath))["all"]
        aw, tb = rep["time-aware"]["a"], rep["time-blind"]["c"]
        print("fold %s: %d articles, gold %d, dyad %d | time-aware a: P %s R %s F1 %s | type only (c): P %s R %s"
              " | modality class agreement (a) %s"
              % (fold, len(docs), rep["gold_events"], rep["dyad_events"], aw["precision"], aw["recall"], aw["f1"],
                 tb["precision"], tb["recall"], json.load(open(rpath))["all"]["modality_a"]["class"]))
        p, rc = aw["precision"] or 0.0, aw["recall"] or 0.0
        if a.min_precision is not None and p < a.min_precision:
            print("fold %s: precision %.3f below %.3f" % (fold, p, a.min_precision))
            ok = False
        if a.min_recall is not None and rc < a.min_recall:
            print("fold %s: recall %.3f below %.3f" % (fold, rc, a.min_recall))
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
