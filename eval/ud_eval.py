#!/usr/bin/env python3
"""Scores Dyad's tagger and dependency parser on Universal Dependencies
English-EWT with the gold words (`dyad annotate FILE --format conllu
--gold-tokens`): UPOS and XPOS accuracy, UAS, LAS (full label, subtype
included) and LAS on the universal part of the label (as CoNLL 2018 scores
it), over every word, punctuation included. The floors apply to the test part;
the dev part (used to tune) is printed beside it.

usage: ud_eval.py [--dyad build/dyad] [--shared ../shared] [--min-upos 0.95] [--min-uas 0.8] [--min-las 0.8]
Exits 1 when a figure on the test part falls below its floor."""
import argparse
import os
import subprocess
import sys


def words(text):
    """Sentences as lists of (id, form, upos, xpos, head, deprel) for word lines."""
    sents, cur = [], []
    for line in text.splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        if line.startswith("#"):
            continue
        c = line.split("\t")
        if len(c) != 10 or "-" in c[0] or "." in c[0]:
            continue
        cur.append((c[0], c[1], c[3], c[4], c[6], c[7]))
    if cur:
        sents.append(cur)
    return sents


def score(gold, pred):
    n = upos = xpos = uas = las = lasu = 0
    if len(gold) != len(pred):
        raise SystemExit(f"ud_eval: {len(gold)} gold sentences but {len(pred)} parsed")
    for g, p in zip(gold, pred):
        if [w[1] for w in g] != [w[1] for w in p]:
            raise SystemExit("ud_eval: the parsed words differ from the gold words")
        for gw, pw in zip(g, p):
            n += 1
            upos += gw[2] == pw[2]
            xpos += gw[3] == pw[3]
            head = gw[4] == pw[4]
            uas += head
            las += head and gw[5] == pw[5]
            lasu += head and gw[5].split(":")[0] == pw[5].split(":")[0]
    n = max(n, 1)
    return {"words": n, "UPOS": upos / n, "XPOS": xpos / n, "UAS": uas / n, "LAS": las / n, "LAS-universal": lasu / n}


def run(dyad, path):
    out = subprocess.run([dyad, "annotate", path, "--format", "conllu", "--gold-tokens"], capture_output=True,
                         text=True, timeout=600)
    if out.returncode != 0:
        raise SystemExit(f"ud_eval: dyad failed on {path}: {out.stderr.strip()}")
    return words(out.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--dyad", default=os.path.join(here, "..", "build", "dyad"))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--min-upos", type=float)
    ap.add_argument("--min-xpos", type=float)
    ap.add_argument("--min-uas", type=float)
    ap.add_argument("--min-las", type=float)
    a = ap.parse_args()
    tb = os.path.join(a.shared, "suites", "ud-ewt")
    results = {}
    for part in ("dev", "test"):
        path = os.path.join(tb, f"en_ewt-ud-{part}.conllu")
        gold = words(open(path, encoding="utf-8").read())
        results[part] = r = score(gold, run(a.dyad, path))
        print(f"EWT {part:4s} (gold words, {r['words']} words): UPOS {r['UPOS']:.4f}  XPOS {r['XPOS']:.4f}  "
              f"UAS {r['UAS']:.4f}  LAS {r['LAS']:.4f}  LAS-universal {r['LAS-universal']:.4f}")
    t = results["test"]
    bad = []
    for key, floor in (("UPOS", a.min_upos), ("XPOS", a.min_xpos), ("UAS", a.min_uas), ("LAS", a.min_las)):
        if floor is not None and t[key] < floor:
            bad.append(f"{key} {t[key]:.4f} < {floor}")
    if bad:
        print("ud_eval: below floor on test: " + "; ".join(bad))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
