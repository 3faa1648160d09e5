#!/usr/bin/env python3
"""Near-duplicate detection, evaluated through `dyad analyze`.

Usage: eval/dedup_eval.py [build/dyad] [--strict] [--recall-floor R] [--dist]

1. ScrapingHub suite: every article appears three ways (whole page text,
   gold body, trafilatura body). Each record is written to a temporary folder
   as <id>__<variant>.txt and the folder analysed; documents are grouped by
   `duplicate_of`. Prints pairwise precision and recall: pairs of documents in
   one group vs the truth "same article id" (91 x 3 pairwise truth pairs).
2. Seeds: 000 and 001 are one article (either may name the other); 003 and 004
   are different articles and must not pair with anything.

--dist also prints the exact shingle similarity (5-word shingles of the clean
texts that dyad returns, tokenised like src/dedup/shingles.cc) of the true
pairs and of the closest false pairs: the distributions behind the threshold
(the signatures estimate these values).

--strict exits 1 when the seeds are wrong, precision < 1.0 or recall is
below the floor.
"""
import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
SUITE = os.path.join(SHARED, "suites", "scrapinghub")
SEEDS = os.path.join(SHARED, "seeds")
VARIANTS = [("page", "pages.jsonl", "text"), ("gold", "gold.jsonl", "body"),
            ("trafilatura", "trafilatura.jsonl", "body")]
RECALL_FLOOR = 0.95


def analyze(dyad, path):
    out = subprocess.run([dyad, "analyze", path, "--json", "--with-text", "-q"],
                         capture_output=True, text=True, check=False)
    if out.returncode not in (0,) and not out.stdout.strip():
        sys.exit(f"dyad analyze failed ({out.returncode}): {out.stderr[:500]}")
    return json.loads(out.stdout)["documents"]


def groups(docs):
    """doc id -> group root (the kept copy)."""
    parent = {d["id"]: d.get("duplicate_of") or d["id"] for d in docs}

    def root(i):
        seen = set()
        while parent.get(i, i) != i and i not in seen:
            seen.add(i)
            i = parent[i]
        return i
    return {i: root(i) for i in parent}


def tokens(s):
    out, cur = [], []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch == "\\" and i + 1 < n and s[i + 1] in "ntr":
            i += 2
            if cur:
                out.append("".join(cur))
                cur = []
            continue
        if ch.isalnum():
            cur.append(ch.lower())
        elif cur:
            out.append("".join(cur))
            cur = []
        i += 1
    if cur:
        out.append("".join(cur))
    return out


def shingles(s, k=5):
    t = tokens(s)
    if not t:
        return set()
    if len(t) < k:
        return {tuple(t)}
    return {tuple(t[i:i + k]) for i in range(len(t) - k + 1)}


def similarity(a, b):
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / len(a | b), inter / min(len(a), len(b))


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * (len(xs) - 1) + 0.5))] if xs else float("nan")


def eval_suite(dyad, show_dist, order):
    records = {}
    for rank, (variant, fname, key) in enumerate(VARIANTS):
        with open(os.path.join(SUITE, fname), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                # "article": the three copies of an article side by side (gold,
                # page, trafilatura); "pages-first": every page before any body,
                # so the chrome-carrying copy is the one kept.
                prefix = f"{rank}_" if order == "pages-first" else ""
                records[f"{prefix}{r['id']}__{variant}"] = r[key]
    with tempfile.TemporaryDirectory(prefix="dyad-dedup-") as tmp:
        for name, text in records.items():
            with open(os.path.join(tmp, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
        docs = analyze(dyad, tmp)
    root = groups(docs)
    ids = sorted(root)
    article = {i: i.split("__")[0].split("_")[-1] for i in ids}
    tp = fp = fn = 0
    false_pairs, missed = [], []
    for a, b in itertools.combinations(ids, 2):
        same_truth = article[a] == article[b]
        same_group = root[a] == root[b]
        if same_group and same_truth:
            tp += 1
        elif same_group:
            fp += 1
            false_pairs.append((a, b))
        elif same_truth:
            fn += 1
            missed.append((a, b))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"scrapinghub ({order} order): {len(docs)} documents, {tp + fn} true pairs: "
          f"precision {precision:.4f} ({tp}/{tp + fp})  recall {recall:.4f} ({tp}/{tp + fn})")
    for a, b in false_pairs[:10]:
        print(f"  false pair: {a} ~ {b}")
    for a, b in missed[:20]:
        print(f"  missed:     {a} ~ {b}")
    if show_dist:
        sh = {d["id"]: shingles(d.get("text", "")) for d in docs}
        true_c, true_j, false_c = [], [], []
        closest = []
        for a, b in itertools.combinations(ids, 2):
            j, c = similarity(sh[a], sh[b])
            if article[a] == article[b]:
                true_c.append(c)
                true_j.append(j)
            else:
                false_c.append(c)
                closest.append((c, j, a, b))
        closest.sort(reverse=True)
        print("  exact shingle containment (smaller in larger) of clean texts:")
        print("    true pairs : min %.3f  p1 %.3f  p5 %.3f  median %.3f" %
              (min(true_c), pct(true_c, .01), pct(true_c, .05), pct(true_c, .5)))
        print("    true pairs Jaccard: min %.3f  p5 %.3f  median %.3f" %
              (min(true_j), pct(true_j, .05), pct(true_j, .5)))
        print("    false pairs: max %.3f  p99.99 %.3f  (%d pairs)" %
              (max(false_c), pct(false_c, .9999), len(false_c)))
        for c, j, a, b in closest[:5]:
            print(f"    closest false: C={c:.3f} J={j:.3f} {a} ~ {b}")
        lows = sorted((similarity(sh[a], sh[b])[1], a, b)
                      for a, b in itertools.combinations(ids, 2) if article[a] == article[b])
        for c, a, b in lows[:5]:
            print(f"    lowest true:   C={c:.3f} {a} ~ {b}")
    return precision, recall


def eval_seeds(dyad):
    if not os.path.isdir(SEEDS):
        print("seeds: absent, skipped")
        return True
    docs = analyze(dyad, SEEDS)
    links = [(d["id"][:3], (d.get("duplicate_of") or "")[:3]) for d in docs if d.get("duplicate_of")]
    ok = sorted(tuple(sorted(p)) for p in links) == [("000", "001")]
    print(f"seeds: duplicate links {links or 'none'} -> {'OK' if ok else 'WRONG'} "
          f"(expected the one pair 000~001)")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dyad", nargs="?", default=os.path.join(HERE, "..", "build", "dyad"))
    ap.add_argument("--strict", action="store_true")
    ap.add_argument("--recall-floor", type=float, default=RECALL_FLOOR)
    ap.add_argument("--dist", action="store_true", help="print similarity distributions")
    ap.add_argument("--order", choices=["article", "pages-first", "both"], default="both",
                    help="file order of the copies (which copy is seen first and kept)")
    args = ap.parse_args()
    seeds_ok = eval_seeds(args.dyad)
    orders = ["article", "pages-first"] if args.order == "both" else [args.order]
    results = [eval_suite(args.dyad, args.dist and i == 0, o) for i, o in enumerate(orders)]
    precision = min(p for p, _ in results)
    recall = min(r for _, r in results)
    if args.strict and (not seeds_ok or precision < 1.0 or recall < args.recall_floor):
        print(f"FAIL (strict: seeds OK, precision 1.0, recall >= {args.recall_floor})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
