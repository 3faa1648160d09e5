#!/usr/bin/env python3
"""Scores document metadata against shared/gold/metadata.json.

Runs `<dyad> analyze <seeds> --json`, matches each document to a gold key by
its file-name prefix ("000_...txt" -> "000") and compares title, authors,
published (a gold list means any of its values), source and dateline.
duplicate_of belongs to the dedup stage and is reported separately (not
counted). Prints per-field results and `metadata: N/M fields correct`;
with --strict exits 1 on any miss.

usage: eval/metadata_eval.py [build/dyad] [--seeds DIR] [--gold FILE] [--strict]
"""
import argparse
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ["title", "authors", "published", "source", "dateline"]


def norm(v):
    if isinstance(v, str):
        return " ".join(v.split())
    if isinstance(v, list):
        return [norm(x) for x in v]
    return v


def matches(field, got, want):
    got, want = norm(got), norm(want)
    if field == "published" and isinstance(want, list):
        return got in want
    if field == "authors":
        return sorted(got or []) == sorted(want or [])
    return got == want


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dyad", nargs="?", default=os.path.join(REPO, "build", "dyad"))
    ap.add_argument("--seeds", default=os.path.join(REPO, "..", "shared", "seeds"))
    ap.add_argument("--gold", default=os.path.join(REPO, "..", "shared", "gold", "metadata.json"))
    ap.add_argument("--strict", action="store_true")
    args = ap.parse_args()

    with open(args.gold, encoding="utf-8") as f:
        gold = {k: v for k, v in json.load(f).items() if not k.startswith("_")}
    run = subprocess.run([args.dyad, "analyze", args.seeds, "--json"], capture_output=True, text=True)
    if run.returncode != 0:
        print(f"dyad failed ({run.returncode}): {run.stderr.strip()[:500]}", file=sys.stderr)
        return 2
    out = json.loads(run.stdout)
    docs = {}
    for d in out.get("documents", []):
        key = os.path.basename(d.get("path", "")).split("_")[0]
        docs[key] = d

    total = correct = 0
    per_field = {f: [0, 0] for f in FIELDS}
    dup_ok = dup_total = 0
    misses = []
    for key in sorted(gold):
        g = gold[key]
        d = docs.get(key)
        for field in FIELDS:
            if field not in g:
                continue
            total += 1
            per_field[field][1] += 1
            got = d.get(field) if d else None
            if d is not None and matches(field, got, g[field]):
                correct += 1
                per_field[field][0] += 1
            else:
                misses.append((key, field, got, g[field]))
        if "duplicate_of" in g:
            dup_total += 1
            got = d.get("duplicate_of") if d else None
            # A dedup id may be the file stem; compare by prefix.
            got_key = got.split("_")[0] if isinstance(got, str) else got
            if d is not None and got_key == g["duplicate_of"]:
                dup_ok += 1

    for field in FIELDS:
        ok, n = per_field[field]
        print(f"  {field:10s} {ok}/{n}")
    for key, field, got, want in misses:
        print(f"  MISS {key} {field}: got {json.dumps(got, ensure_ascii=False)} "
              f"want {json.dumps(want, ensure_ascii=False)}")
    print(f"  (duplicate_of, scored by dedup: {dup_ok}/{dup_total})")
    print(f"metadata: {correct}/{total} fields correct")
    return 1 if args.strict and correct < total else 0


if __name__ == "__main__":
    sys.exit(main())
