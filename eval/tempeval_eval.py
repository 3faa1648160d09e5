#!/usr/bin/env python3
"""Scores Dyad's time expressions against TempEval-3 platinum TimeML files.

Each .tml file under <shared>/suites/tempeval3/ is read: the TIMEX3 tags of its
TEXT element are stripped (keeping each gold expression's character offsets in
the raw text) and its creation time (DCT) becomes `published`. The documents
are written as JSON Lines ({"id", "text", "published"}) and fed to
`dyad analyze FILE --json --with-text`. Dyad's clean text may differ from the
raw text (boilerplate removal, whitespace), so each extracted timex is mapped
back: the clean text is cut into paragraphs, each paragraph is located in the
raw text in order, and the timex text is then searched near its mapped
position (the nearest occurrence wins).

Reports, over all files: strict span P/R/F1 (same start and end), relaxed
span P/R/F1 (spans overlap), type accuracy over relaxed matches and value
P/R/F1 (relaxed matches whose value equals gold), then per fold (A and B:
the document name hashed as ../shared/tools/folds.py does) the value F1, and
counts of durations and PRESENT_REF, gold against ours (and how many of
ours have the gold value). --fold A|B scores one fold only. --min-f1 X exits
1 when the value F1 is below X (0..100). --verbose lists misses and wrong
values.

usage: eval/tempeval_eval.py [--dyad build/dyad] [--shared ../shared] [--fold A|B] [--min-f1 X] [--verbose]
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_tml(path):
    """Returns (id, dct, raw text, gold list of dicts with start/end/type/value/text)."""
    root = ET.parse(path).getroot()
    doc_id = os.path.splitext(os.path.basename(path))[0]
    dct = None
    d = root.find("DCT")
    if d is not None:
        t = d.find("TIMEX3")
        if t is not None:
            dct = t.get("value")
    text_el = root.find("TEXT")
    parts, gold = [], []
    pos = 0

    def walk(el, top):
        nonlocal pos
        if not top:
            if el.tag == "TIMEX3":
                start = pos
            else:
                start = None
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for ch in el:
            walk(ch, False)
            if ch.tail:
                parts.append(ch.tail)
                pos += len(ch.tail)
        if not top and el.tag == "TIMEX3":
            gold.append({"start": start, "end": pos, "type": el.get("type"), "value": el.get("value")})

    walk(text_el, True)
    raw = "".join(parts)
    for g in gold:
        g["text"] = raw[g["start"]:g["end"]]
    return doc_id, dct, raw, gold


def byte_to_char(s):
    """Map from UTF-8 byte offset to character offset for string s."""
    m = {}
    b = 0
    for i, ch in enumerate(s):
        m[b] = i
        b += len(ch.encode("utf-8"))
    m[b] = len(s)
    return m


def align(clean, raw):
    """Character offset in raw for each paragraph start of clean: list of (clean_start, raw_start)."""
    anchors = []
    cursor = 0
    for m in re.finditer(r"[^\n]+", clean):
        para = m.group(0).strip()
        if not para:
            continue
        key = para[:40]
        at = raw.find(key, cursor)
        if at < 0:
            # normalisation changed the opening: try a shorter word-level key
            words = para.split()
            at = raw.find(" ".join(words[:3]), cursor) if words else -1
        if at >= 0:
            anchors.append((m.start() + (len(m.group(0)) - len(m.group(0).lstrip())), at))
            cursor = at + 1
    return anchors


def map_span(t_start, t_text, anchors, raw):
    guess = t_start
    for cs, rs in anchors:
        if cs <= t_start:
            guess = rs + (t_start - cs)
        else:
            break
    best = None
    for m in re.finditer(re.escape(t_text), raw):
        if best is None or abs(m.start() - guess) < abs(best - guess):
            best = m.start()
    if best is None or abs(best - guess) > 200:
        return None
    return best, best + len(t_text)


def fold_of(name):
    """The fold of a document name, as ../shared/tools/folds.py assigns it."""
    return "A" if hashlib.sha1(str(name).encode()).digest()[0] % 2 == 0 else "B"


def prf(tp_p, n_sys, tp_r, n_gold):
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dyad", default=os.path.join(REPO, "build", "dyad"))
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    ap.add_argument("--suite", default=None, help="folder of .tml files (default <shared>/suites/tempeval3)")
    ap.add_argument("--min-f1", type=float, default=None)
    ap.add_argument("--fold", choices=["A", "B"], default=None, help="score one fold only")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    suite = args.suite or os.path.join(args.shared, "suites", "tempeval3")
    files = sorted(f for f in os.listdir(suite) if f.endswith(".tml"))
    if args.fold:
        files = [f for f in files if fold_of(os.path.splitext(f)[0]) == args.fold]
    if not files:
        print("tempeval: no .tml files in " + suite, file=sys.stderr)
        return 2
    docs = {}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for f in files:
            doc_id, dct, raw, gold = read_tml(os.path.join(suite, f))
            docs[doc_id] = (raw, gold)
            out.write(json.dumps({"id": doc_id, "text": raw, "published": dct}) + "\n")
        jsonl = out.name
    try:
        res = subprocess.run([args.dyad, "analyze", jsonl, "--json", "--with-text", "-q"],
                             capture_output=True, text=True, check=True)
    finally:
        os.unlink(jsonl)
    result = json.loads(res.stdout)
    clean_of = {d["id"]: d.get("text", "") for d in result["documents"]}
    sys_of = {k: [] for k in docs}
    unmapped = 0
    for t in result.get("timex", []):
        doc_id = t["doc"]
        if doc_id not in docs:
            continue
        raw = docs[doc_id][0]
        clean = clean_of.get(doc_id, "")
        b2c = byte_to_char(clean)
        cs = b2c.get(t["start"], None)
        if cs is None:
            unmapped += 1
            continue
        span = map_span(cs, t["text"], align(clean, raw), raw)
        if span is None:
            unmapped += 1
            continue
        sys_of[doc_id].append({"start": span[0], "end": span[1], "type": t["type"], "value": t["value"],
                               "text": t["text"]})

    def score(ids, verbose):
        c = dict(n_sys=0, n_gold=0, strict_s=0, strict_g=0, relax_s=0, relax_g=0, type_ok=0, val_s=0, val_g=0)
        kinds = {"DURATION": [0, 0, 0], "PRESENT_REF": [0, 0, 0]}  # gold, ours, ours with the gold value
        for doc_id in ids:
            raw, gold = docs[doc_id]
            sys_t = sys_of[doc_id]
            c["n_sys"] += len(sys_t)
            c["n_gold"] += len(gold)
            for g in gold:
                if g["type"] == "DURATION":
                    kinds["DURATION"][0] += 1
                if g["value"] == "PRESENT_REF":
                    kinds["PRESENT_REF"][0] += 1
            used = set()
            for g in gold:
                match = None
                for i, s in enumerate(sys_t):
                    if s["start"] < g["end"] and g["start"] < s["end"] and i not in used:
                        match = i
                        break
                if match is None:
                    if verbose:
                        print(f"  MISS {doc_id}: {g['text']!r} {g['type']} {g['value']}")
                    continue
                used.add(match)
                s = sys_t[match]
                c["relax_g"] += 1
                if s["start"] == g["start"] and s["end"] == g["end"]:
                    c["strict_g"] += 1
                if s["type"] == g["type"]:
                    c["type_ok"] += 1
                if s["value"] == g["value"]:
                    c["val_g"] += 1
                elif verbose:
                    print(f"  VALUE {doc_id}: {g['text']!r} gold {g['type']} {g['value']} got {s['text']!r} "
                          f"{s['type']} {s['value']}")
            for s in sys_t:
                for kind, hit in (("DURATION", s["type"] == "DURATION"), ("PRESENT_REF", s["value"] == "PRESENT_REF")):
                    if hit:
                        kinds[kind][1] += 1
                        if any(s["start"] < g["end"] and g["start"] < s["end"] and g["value"] == s["value"]
                               for g in gold):
                            kinds[kind][2] += 1
                hits = [g for g in gold if s["start"] < g["end"] and g["start"] < s["end"]]
                if hits:
                    c["relax_s"] += 1
                    if any(g["start"] == s["start"] and g["end"] == s["end"] for g in hits):
                        c["strict_s"] += 1
                    if any(g["value"] == s["value"] for g in hits):
                        c["val_s"] += 1
                elif verbose:
                    print(f"  EXTRA {doc_id}: {s['text']!r} {s['type']} {s['value']}")
        return c, kinds

    c, kinds = score(list(docs), args.verbose)
    n_sys, n_gold = c["n_sys"], c["n_gold"]
    strict_s, strict_g, relax_s, relax_g = c["strict_s"], c["strict_g"], c["relax_s"], c["relax_g"]
    type_ok, val_s, val_g = c["type_ok"], c["val_s"], c["val_g"]
    sp = prf(strict_s, n_sys, strict_g, n_gold)
    rp = prf(relax_s, n_sys, relax_g, n_gold)
    vp = prf(val_s, n_sys, val_g, n_gold)
    tacc = 100 * type_ok / relax_g if relax_g else 0.0
    print(f"tempeval: {len(files)} documents, {n_gold} gold, {n_sys} extracted, {unmapped} unmapped")
    print(f"strict span   P {sp[0]:.1f}  R {sp[1]:.1f}  F1 {sp[2]:.1f}")
    print(f"relaxed span  P {rp[0]:.1f}  R {rp[1]:.1f}  F1 {rp[2]:.1f}")
    print(f"type accuracy {tacc:.1f}")
    print(f"value         P {vp[0]:.1f}  R {vp[1]:.1f}  F1 {vp[2]:.1f}")
    for kind, (g, o, ok) in kinds.items():
        print(f"{kind:<13} gold {g}  ours {o}  ours right {ok}")
    if not args.fold:
        for fold in ("A", "B"):
            ids = [d for d in docs if fold_of(d) == fold]
            fc, _ = score(ids, False)
            fv = prf(fc["val_s"], fc["n_sys"], fc["val_g"], fc["n_gold"])
            print(f"fold {fold}        {len(ids)} documents, {fc['n_gold']} gold  value F1 {fv[2]:.1f}")
    if args.min_f1 is not None and vp[2] < args.min_f1:
        print(f"tempeval: value F1 {vp[2]:.1f} below {args.min_f1}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
