#!/usr/bin/env python3
"""Scores Dyad's name finder on the Universal NER annotation of UD English-EWT
(test part; the model is trained on the dev part): the test words are given
to `dyad annotate --format conllu --gold-tokens`, which writes Name=B-PER ...
in the MISC column, and exact-span precision, recall and F1 are computed per
type (PER, ORG, LOC) and over all names, beside a capitalisation baseline
(every run of capitalised words, a sentence's first word only when the next
is capitalised too, all typed LOC, the commonest type of the dev part).

usage: names_eval.py [--dyad build/dyad] [--shared ../shared] [--min-f1 0.6] [--min-type-f1 0.5]
Exits 1 when the F1 over all names, or of any type, is below its floor."""
import argparse
import os
import subprocess
import sys
import tempfile


def read_iob2(path):
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        if line.startswith("#"):
            continue
        c = line.split("\t")
        cur.append((c[1], c[2]))
    if cur:
        sents.append(cur)
    return sents


def spans(labels):
    out, start, typ = set(), None, None
    for i, l in enumerate(labels + ["O"]):
        if start is not None and not (l.startswith("I-") and l[2:] == typ):
            out.add((start, i, typ))
            start = None
        if l.startswith("B-") or (l.startswith("I-") and start is None):
            start, typ = i, l[2:]
    return out


def caps_baseline(forms):
    cap = [bool(f) and f[0].isupper() for f in forms] + [False]
    out, i = set(), 0
    while i < len(forms):
        if cap[i] and not (i == 0 and not cap[1]):
            j = i
            while cap[j]:
                j += 1
            out.add((i, j, "LOC"))
            i = j
        else:
            i += 1
    return out


def prf(gold, pred, typ=None):
    g = {s for s in gold if typ is None or s[3] == typ}
    p = {s for s in pred if typ is None or s[3] == typ}
    ok = len(g & p)
    pr = ok / len(p) if p else 0.0
    rc = ok / len(g) if g else 0.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0), len(g)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--dyad", default=os.path.join(here, "..", "build", "dyad"))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--min-f1", type=float)
    ap.add_argument("--min-type-f1", type=float)
    a = ap.parse_args()
    test = read_iob2(os.path.join(a.shared, "suites", "ud-ewt", "uner", "en_ewt-ud-test.iob2"))
    with tempfile.NamedTemporaryFile("w", suffix=".conllu", delete=False, encoding="utf-8") as f:
        for s in test:
            for i, (form, _) in enumerate(s):
                f.write(f"{i + 1}\t{form}\t_\t_\t_\t_\t_\t_\t_\t_\n")
            f.write("\n")
        tmp = f.name
    try:
        out = subprocess.run([a.dyad, "annotate", tmp, "--format", "conllu", "--gold-tokens"], capture_output=True,
                             text=True, timeout=600)
    finally:
        os.unlink(tmp)
    if out.returncode != 0:
        raise SystemExit(f"names_eval: dyad failed: {out.stderr.strip()}")
    pred_labels, cur = [], []
    for line in out.stdout.splitlines():
        if not line.strip():
            if cur:
                pred_labels.append(cur)
            cur = []
            continue
        if line.startswith("#"):
            continue
        misc = line.split("\t")[9]
        lab = next((m[5:] for m in misc.split("|") if m.startswith("Name=")), "O")
        cur.append(lab)
    if cur:
        pred_labels.append(cur)
    if len(pred_labels) != len(test):
        raise SystemExit(f"names_eval: {len(test)} sentences given, {len(pred_labels)} returned")
    gold, ours, base = set(), set(), set()
    for si, (s, p) in enumerate(zip(test, pred_labels)):
        gold |= {(si,) + x for x in spans([l for _, l in s])}
        ours |= {(si,) + x for x in spans(p)}
        base |= {(si,) + x for x in caps_baseline([w for w, _ in s])}
    failed = False
    print("UNER EWT test, exact spans:        name finder (P / R / F1)   capitalisation baseline (P / R / F1)")
    for typ in (None, "PER", "ORG", "LOC"):
        o, b = prf(gold, ours, typ), prf(gold, base, typ)
        name = typ or "all"
        print(f"  {name:4s} ({o[3]:4d} names)            {o[0]:.3f} / {o[1]:.3f} / {o[2]:.3f}"
              f"          {b[0]:.3f} / {b[1]:.3f} / {b[2]:.3f}")
        floor = a.min_f1 if typ is None else a.min_type_f1
        if floor is not None and o[2] < floor:
            print(f"names_eval: F1 of {name} {o[2]:.3f} below {floor}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
