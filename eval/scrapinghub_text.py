#!/usr/bin/env python3
"""Main-text extraction score on the ScrapingHub suite (web pages flattened to text).

Runs `dyad analyze --json --with-text` on every page of
../shared/suites/scrapinghub/pages.jsonl and scores each document's clean text
against the gold article body: bag-of-tokens F1 (lower-cased \\w+ runs,
multiset overlap), averaged over pages. Prints the raw visible text and
trafilatura (from the full HTML) as reference points.

    python3 eval/scrapinghub_text.py [build/dyad] [-v] [--min 0.85] [--fold A|B]

Also prints the score of each fold (pages split by id as
../shared/tools/folds.py does); --fold A|B scores one fold only.

Exit status 1 when --min is given and the score is below it (or dyad failed).
"""
import argparse
import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SUITE = os.path.join(os.path.dirname(REPO), "shared", "suites", "scrapinghub")
TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text):
    return collections.Counter(TOKEN.findall((text or "").lower()))


def fold_of(value):
    return "A" if hashlib.sha1(str(value).encode()).digest()[0] % 2 == 0 else "B"


def f1(pred, gold):
    p, g = tokens(pred), tokens(gold)
    if not p and not g:
        return 1.0
    common = sum((p & g).values())
    if common == 0:
        return 0.0
    prec = common / sum(p.values())
    rec = common / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def load(name, field):
    out = {}
    path = os.path.join(SUITE, name)
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                rec = json.loads(line)
                out[rec["id"]] = rec.get(field) or ""
    return out


def run_dyad(dyad, args):
    proc = subprocess.run([dyad, "analyze", *args, "--json", "--with-text", "-q"],
                          capture_output=True, text=True)
    if not proc.stdout.strip():
        return None
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError:
        return None
    return {d.get("id"): d.get("text") or "" for d in data.get("documents", [])}


def dyad_texts(dyad, pages):
    """Clean text per page id: JSON Lines input if the reader keeps the ids,
    else one <id>.txt file per page in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="dyad-scrapinghub-") as tmp:
        jsonl = os.path.join(tmp, "pages.jsonl")
        with open(jsonl, "w", encoding="utf-8") as f:
            for pid, text in pages.items():
                f.write(json.dumps({"id": pid, "text": text}, ensure_ascii=False) + "\n")
        got = run_dyad(dyad, [jsonl])
        if got and all(pid in got for pid in pages):
            return got
        folder = os.path.join(tmp, "pages")
        os.mkdir(folder)
        for pid, text in pages.items():
            with open(os.path.join(folder, pid + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
        return run_dyad(dyad, [folder]) or {}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dyad", nargs="?", default=os.path.join(REPO, "build", "dyad"))
    ap.add_argument("-v", "--verbose", action="store_true", help="per-page F1")
    ap.add_argument("--min", type=float, default=None, help="exit 1 below this F1")
    ap.add_argument("--fold", choices=["A", "B"], default=None, help="score one fold only")
    args = ap.parse_args()

    pages = load("pages.jsonl", "text")
    if args.fold:
        pages = {k: v for k, v in pages.items() if fold_of(k) == args.fold}
    gold = load("gold.jsonl", "body")
    traf = load("trafilatura.jsonl", "body")
    if not traf:
        traf = load("trafilatura.jsonl", "text")
    if not pages or not gold:
        print(f"scrapinghub suite not found under {SUITE}", file=sys.stderr)
        return 1
    if not os.path.exists(args.dyad):
        print(f"dyad binary not found: {args.dyad}", file=sys.stderr)
        return 1
    texts = dyad_texts(args.dyad, pages)
    ids = [pid for pid in pages if pid in gold]
    missing = [pid for pid in ids if pid not in texts]
    scores, raw, ref = [], [], []
    for n, pid in enumerate(ids):
        s = f1(texts.get(pid, ""), gold[pid])
        scores.append(s)
        raw.append(f1(pages[pid], gold[pid]))
        ref.append(f1(traf.get(pid, ""), gold[pid]))
        if args.verbose:
            print(f"{n:3d} {pid[:12]}  dyad {s:.3f}  raw {raw[-1]:.3f}  trafilatura {ref[-1]:.3f}")
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0
    score = mean(scores)
    print(f"scrapinghub main-text F1: {score:.3f} (raw {mean(raw):.3f}, "
          f"trafilatura {mean(ref):.3f}) over {len(ids)} pages")
    if not args.fold:
        for fold in ("A", "B"):
            fs = [s for pid, s in zip(ids, scores) if fold_of(pid) == fold]
            print(f"  fold {fold}: {mean(fs):.3f} over {len(fs)} pages, {sum(1 for x in fs if x < 0.5)} under 0.5")
    if missing:
        print(f"warning: dyad returned no document for {len(missing)} pages", file=sys.stderr)
    if args.min is not None and score < args.min:
        print(f"below the floor {args.min:.3f}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
