#!/usr/bin/env python3
"""Evaluates the language core (`dyad annotate`) against sentences with Penn
Treebank parses (the PETRARCH suites): tag accuracy against the parses' tags,
base noun-phrase F1 against the lowest NP brackets, and subject / verb /
object agreement for the main clause.

usage: lang_eval.py [--dyad build/dyad] [--min-tag-acc 0.9] [--min-np-f1 0.8] [--fold A|B] [FILE.xml ...]
--fold keeps one of two stable halves of the articles (the Sentence id before its
last "_", hashed as ../shared/tools/folds.py does).
Exits 1 when a floor is given and a file falls below it."""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SUITE = os.path.join(ROOT, "..", "shared", "suites", "petrarch2")
DEFAULT_FILES = ["GigaWord.sample.PETR.xml", "PETR.UnitTest.records.xml"]
PENN = set("CC CD DT EX FW IN JJ JJR JJS LS MD NN NNS NNP NNPS PDT POS PRP PRP$ RB RBR RBS RP SYM TO UH "
           "VB VBD VBG VBN VBP VBZ WDT WP WP$ WRB , . : `` '' -LRB- -RRB- $ #".split())
SURFACE = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}


def fold_of(value):
    return "A" if hashlib.sha1(str(value).encode()).digest()[0] % 2 == 0 else "B"


def read_sentences(path, fold=None):
    text = open(path, encoding="utf-8", errors="replace").read()
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    out = []
    for m in re.finditer(r"<Sentence\b[^>]*>(.*?)</Sentence>", text, flags=re.S):
        body = m.group(1)
        t = re.search(r"<Text>(.*?)</Text>", body, flags=re.S)
        p = re.search(r"<Parse>(.*?)</Parse>", body, flags=re.S)
        if not t or not p:
            continue
        sent = " ".join(t.group(1).split())
        sid = re.search(r'\bid\s*=\s*"([^"]*)"', m.group(0))
        article = sid.group(1).rsplit("_", 1)[0] if sid else ""
        if fold and fold_of(article) != fold:
            continue
        if sent:
            out.append((sent, p.group(1)))
    return out


def parse_tree(s):
    """S-expression -> nested [label, children...]; leaves are (tag, word)."""
    toks = re.findall(r"\(|\)|[^\s()]+", s)
    pos = 0

    def node():
        nonlocal pos
        assert toks[pos] == "("
        pos += 1
        label = ""
        if toks[pos] not in ("(", ")"):
            label = toks[pos]
            pos += 1
        kids = []
        while pos < len(toks) and toks[pos] != ")":
            if toks[pos] == "(":
                kids.append(node())
            else:
                kids.append(toks[pos])
                pos += 1
        pos += 1
        if len(kids) == 1 and isinstance(kids[0], str):
            return ("leaf", label, kids[0])
        return ["node", label, kids]

    return node()


def leaves(n, acc):
    if n[0] == "leaf":
        acc.append(n)
    else:
        for k in n[2]:
            if not isinstance(k, str):
                leaves(k, acc)
    return acc


def align(sent, leafs):
    """Character span of every leaf in the sentence text (None when not found)."""
    spans, pos = [], 0
    for _, tag, word in leafs:
        cands = [SURFACE.get(word, word)]
        if word in ("``", "''"):
            cands = ['"', word, "\u201c", "\u201d", "'"]
        if word in ("`", "'"):
            cands = ["'", "`", "\u2018", "\u2019"]
        if word == "n't":
            cands = ["n't", "n\u2019t"]
        found = None
        p = pos
        while p < len(sent) and sent[p] == " ":
            p += 1
        for c in cands:
            if sent.startswith(c, p):
                found = (p, p + len(c))
                break
        if found is None:
            for c in cands:
                q = sent.find(c, pos, pos + 40)
                if q >= 0:
                    found = (q, q + len(c))
                    break
        spans.append(found)
        if found:
            pos = found[1]
    return spans


def lowest_nps(n, idx, out):
    """Leaf-index ranges of NP nodes with no NP below them. Returns (first, last, has_np)."""
    if n[0] == "leaf":
        return idx, idx + 1, False
    first, cur, has_np = idx, idx, False
    for k in n[2]:
        if isinstance(k, str):
            continue
        _, cur, sub = lowest_nps(k, cur, out)
        has_np = has_np or sub
    is_np = n[1].split("-")[0] == "NP"
    if is_np and not has_np and cur > first:
        out.append((first, cur))
    return first, cur, has_np or is_np


def index_tree(n, idx=0):
    """Annotates every node with its leaf range: returns (node_with_range, next)."""
    if n[0] == "leaf":
        return ("leaf", n[1], n[2], idx, idx + 1), idx + 1
    kids, cur = [], idx
    for k in n[2]:
        if isinstance(k, str):
            continue
        kk, cur = index_tree(k, cur)
        kids.append(kk)
    return ["node", n[1], kids, idx, cur], cur


def label(n):
    return n[1].split("-")[0]


def np_head(n):
    """Head leaf index of an NP: last leaf of its first lowest NP."""
    if n[0] == "leaf":
        return n[3]
    for k in n[2]:
        if k[0] == "node" and label(k) == "NP":
            return np_head(k)
    last = None
    for k in n[2]:
        if k[0] == "leaf" and k[1] != "POS":
            last = k[3]
    return last if last is not None else n[4] - 1


def main_svo(tree):
    """(subject head, verb head, object head) leaf indices of the top clause."""
    t, _ = index_tree(tree)
    s = t
    while s[0] == "node" and label(s) in ("", "ROOT") and len(s[2]) >= 1:
        s = next((k for k in s[2] if k[0] == "node"), s[2][0])
    if s[0] != "node" or label(s) not in ("S", "SINV"):
        return None
    subj = next((k for k in s[2] if k[0] == "node" and label(k) == "NP"), None)
    vp = next((k for k in s[2] if k[0] == "node" and label(k) == "VP"), None)
    if vp is None:
        return None
    verb, obj = None, None
    while True:
        for k in vp[2]:
            if k[0] == "leaf" and (k[1].startswith("VB") or k[1] in ("MD", "AUXP", "AUX", "TO")):
                verb = k[3]
        inner = next((k for k in vp[2] if k[0] == "node" and label(k) == "VP"), None)
        if inner is None:
            break
        vp = inner
    o = next((k for k in vp[2] if k[0] == "node" and label(k) == "NP"), None)
    if o is not None:
        obj = np_head(o)
    return (np_head(subj) if subj is not None else None, verb, obj)


def evaluate(path, dyad, fold=None):
    sents = read_sentences(path, fold)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        offsets, pos = [], 0
        for sent, _ in sents:
            offsets.append(len(sent[:0].encode()) + pos)
            f.write(sent + "\n\n")
            pos += len((sent + "\n\n").encode("utf-8"))
        tmp = f.name
    try:
        out = subprocess.run([dyad, "annotate", "--raw", "--format", "json", tmp], capture_output=True, text=True,
                             check=True).stdout
    finally:
        os.unlink(tmp)
    ann = json.loads(out)
    by_span = {(t["start"], t["end"]): i for i, t in enumerate(ann["tokens"])}
    tok_tag = [t["tag"] for t in ann["tokens"]]
    our_nps = {(ann["tokens"][np["first"]]["start"], ann["tokens"][np["last"] - 1]["end"]) for np in ann["noun_phrases"]}
    vgs, nps = ann["verb_groups"], ann["noun_phrases"]
    main_by_sentence = {}
    for c in ann["clauses"]:
        if c["kind"] == "main" and c["sentence"] not in main_by_sentence:
            main_by_sentence[c["sentence"]] = c
    sent_of_tok = {}
    for si, s in enumerate(ann["sentences"]):
        for i in range(s["first"], s["last"]):
            sent_of_tok[i] = si

    n_tok = n_ok = n_span = 0
    gold_np = pred_np = match_np = 0
    svo = {"subject": [0, 0], "verb": [0, 0], "object": [0, 0]}
    errors = {}
    skipped = 0
    for (sent, parse), base in zip(sents, offsets):
        try:
            tree = parse_tree(parse)
        except (AssertionError, IndexError):
            continue
        lv = leaves(tree, [])
        spans = align(sent, lv)
        if any(sp is None for sp in spans):
            skipped += 1  # the text and its parse disagree (edited text): not scorable
            continue
        # char -> byte offsets in the file
        enc = [len(sent[:i].encode("utf-8")) for i in range(len(sent) + 1)]
        bspans = [(base + enc[s[0]], base + enc[s[1]]) if s else None for s in spans]
        for (_, tag, word), sp in zip(lv, bspans):
            if tag not in PENN:
                continue
            n_tok += 1
            i = by_span.get(sp) if sp else None
            if i is not None:
                n_span += 1
                if tok_tag[i] == tag:
                    n_ok += 1
                else:
                    errors[(word, tag, tok_tag[i])] = errors.get((word, tag, tok_tag[i]), 0) + 1
        gnps = []
        lowest_nps(tree, 0, gnps)
        sent_start, sent_end = base, base + enc[-1]
        gold_set = set()
        for a, b in gnps:
            if bspans[a] and bspans[b - 1]:
                gold_set.add((bspans[a][0], bspans[b - 1][1]))
        pred_set = {np for np in our_nps if sent_start <= np[0] and np[1] <= sent_end}
        gold_np += len(gold_set)
        pred_np += len(pred_set)
        match_np += len(gold_set & pred_set)
        g = main_svo(tree)
        if g is None:
            continue
        first_tok = by_span.get(bspans[0]) if bspans and bspans[0] else None
        si = sent_of_tok.get(first_tok) if first_tok is not None else None
        c = main_by_sentence.get(si) if si is not None else None
        pred = (None, None, None)
        if c is not None:
            head = lambda t: (ann["tokens"][t]["start"], ann["tokens"][t]["end"])
            pred = (head(nps[c["subject"]]["head"]) if c["subject"] >= 0 else None,
                    head(vgs[c["verb"]]["head"]),
                    head(nps[c["object"]]["head"]) if c["object"] >= 0 else None)
        gold = tuple(bspans[x] if x is not None and x < len(bspans) else None for x in g)
        for k, name in enumerate(("subject", "verb", "object")):
            svo[name][1] += 1
            if gold[k] == pred[k]:
                svo[name][0] += 1
    p = match_np / pred_np if pred_np else 0.0
    r = match_np / gold_np if gold_np else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "file": os.path.basename(path), "sentences": len(sents) - skipped, "skipped": skipped, "tokens": n_tok,
        "token_span_match": n_span / n_tok if n_tok else 0.0,
        "tag_accuracy": n_ok / n_tok if n_tok else 0.0,
        "np_precision": p, "np_recall": r, "np_f1": f1,
        "svo": {k: (v[0] / v[1] if v[1] else 0.0) for k, v in svo.items()},
        "svo_sentences": svo["verb"][1],
        "top_errors": sorted(errors.items(), key=lambda kv: -kv[1])[:25],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--dyad", default=os.environ.get("DYAD_BIN", os.path.join(ROOT, "build", "dyad")))
    ap.add_argument("--min-tag-acc", type=float, default=None, help="fail below this tag accuracy (0..1)")
    ap.add_argument("--min-np-f1", type=float, default=None, help="fail below this base-NP F1 (0..1)")
    ap.add_argument("--errors", action="store_true", help="print the most frequent tagging errors")
    ap.add_argument("--json", action="store_true", help="print results as JSON")
    ap.add_argument("--fold", choices=["A", "B"], default=None, help="only this half of the articles")
    args = ap.parse_args()
    files = args.files or [os.path.join(SUITE, f) for f in DEFAULT_FILES]
    files = [f for f in files if os.path.exists(f)]
    if not files:
        print("lang_eval: no suite files found; nothing to evaluate")
        return 0
    failed = False
    results = []
    for f in files:
        r = evaluate(f, args.dyad, args.fold)
        results.append(r)
        if not args.json:
            print(f"{r['file']}: {r['sentences']} sentences ({r['skipped']} skipped: text and parse differ), {r['tokens']} tokens; "
                  f"token spans matched {r['token_span_match']:.3f}; tag accuracy {r['tag_accuracy']:.4f}; "
                  f"base NP P {r['np_precision']:.3f} R {r['np_recall']:.3f} F1 {r['np_f1']:.3f}; "
                  f"main clause agreement over {r['svo_sentences']}: subject {r['svo']['subject']:.3f} "
                  f"verb {r['svo']['verb']:.3f} object {r['svo']['object']:.3f}")
            if args.errors:
                for (w, g, p), n in r["top_errors"]:
                    print(f"    {n:3d}  {w:15s} gold {g:5s} ours {p}")
        if args.min_tag_acc is not None and r["tag_accuracy"] < args.min_tag_acc:
            print(f"lang_eval: {r['file']}: tag accuracy {r['tag_accuracy']:.4f} below {args.min_tag_acc}")
            failed = True
        if args.min_np_f1 is not None and r["np_f1"] < args.min_np_f1:
            print(f"lang_eval: {r['file']}: base NP F1 {r['np_f1']:.3f} below {args.min_np_f1}")
            failed = True
    if args.json:
        print(json.dumps(results, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
