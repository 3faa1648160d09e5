#!/usr/bin/env python3
"""Scores Dyad's quotations on real news: ../shared/gold/scrapinghub-quotes.jsonl.

Runs `dyad analyze` on the article bodies of suites/scrapinghub/gold.jsonl that
the gold covers (the annotated news articles, those without any quotation
included), finds each gold quotation in its document's clean text and scores
with the Gender Gap Tracker's rule: a gold quotation matches the unused
prediction that covers most of its characters, when that prediction covers
more than 0.3 of them. Prints precision, recall and F1, and speaker accuracy
(of the matched quotations), over all kinds and per kind (`type`), for fold A,
fold B (tools/folds.py, whole articles) and both. Exits 1 when a figure of
both folds together is under its floor.
"""
import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

DETS = {"a", "an", "one", "the", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"}
KINDS = ("direct", "mixed", "indirect")


def norm_char(c):
    return {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "}.get(c, c)


def normalised(s):
    """s with curly marks straightened and white space collapsed, and a map back to s."""
    out, where = [], []
    for i, c in enumerate(s):
        c = norm_char(c)
        if c.isspace():
            if out and out[-1] == " ":
                continue
            c = " "
        out.append(c)
        where.append(i)
    return "".join(out), where


def locate(text, norm_text, where, needle):
    """Character span of `needle` in `text` ((-1, -1) when absent); the last occurrence
    (pull-quotes and decks repeating a quotation come before it)."""
    i = text.rfind(needle)
    if i >= 0:
        return i, i + len(needle)
    n, _ = normalised(needle.strip())
    j = norm_text.rfind(n)
    if j < 0 or not n:
        return -1, -1
    return where[j], where[j + len(n) - 1] + 1


def name_tokens(s):
    s = re.sub(r"[’'`]s\b", "", (s or "").lower())
    return [t for t in re.split(r"[\s,]+", s) if t and t not in DETS]


def speaker_ok(gold, pred):
    if gold is None:
        return not pred
    g, p = name_tokens(gold), name_tokens(pred)
    if not g or not p:
        return False
    if g == p:
        return True
    # Same last word (surname, head noun) and, when both give more, the same first.
    return g[-1] == p[-1] and (len(g) == 1 or len(p) == 1 or g[0] == p[0])


def load_folds(shared):
    spec = importlib.util.spec_from_file_location("folds", os.path.join(shared, "tools", "folds.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.fold_of


def no_quote_docs(shared):
    """The annotated articles that have no quotation, as the gold README lists them."""
    try:
        readme = open(os.path.join(shared, "gold", "README-scrapinghub.md"), encoding="utf-8").read()
    except OSError:
        return []
    m = re.search(r"have no quotation:(.*?)\.\n", readme, re.S)
    return re.findall(r"[0-9a-f]{8}", m.group(1)) if m else []


def run_dyad(dyad, bodies):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bodies.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for doc, body in bodies.items():
                f.write(json.dumps({"id": doc, "text": body}) + "\n")
        out = subprocess.run([dyad, "analyze", path, "--json", "--with-text", "-q"], capture_output=True,
                             text=True, check=True)
    return json.loads(out.stdout)


def char_offsets(text):
    """Byte offset -> character offset of a UTF-8 text."""
    m = {}
    b = 0
    for i, c in enumerate(text):
        m[b] = i
        b += len(c.encode("utf-8"))
    m[b] = len(text)
    return m


def score(golds, preds):
    """Greedy GGT matching per document; returns per-kind counts."""
    c = {k: {"gold": 0, "pred": 0, "tp_gold": 0, "tp_pred": 0, "spk": 0} for k in KINDS + ("all",)}
    details = []
    for doc, gl in golds.items():
        pl = preds.get(doc, [])
        used = set()
        for p in pl:
            for k in (p["type"], "all"):
                if k in c:
                    c[k]["pred"] += 1
        for g in gl:
            for k in (g["type"], "all"):
                c[k]["gold"] += 1
            gs, ge = g["span"]
            best, best_ov = None, 0
            for i, p in enumerate(pl):
                if i in used:
                    continue
                ov = min(ge, p["cs"]) - max(gs, p["cb"])
                if ov > best_ov:
                    best, best_ov = i, ov
            if best is None or ge <= gs or best_ov / (ge - gs) <= 0.3:
                details.append(("miss", doc, g, None))
                continue
            used.add(best)
            p = pl[best]
            ok = speaker_ok(g["speaker"], p.get("speaker"))
            for k in (g["type"], "all"):
                c[k]["tp_gold"] += 1
                c[k]["spk"] += ok
            for k in (p["type"], "all"):
                if k in c and k != "all":
                    c[k]["tp_pred"] += 1
            c["all"]["tp_pred"] += 0  # counted through tp_gold for "all"
            details.append(("hit" if ok else "speaker", doc, g, p))
        for i, p in enumerate(pl):
            if i not in used:
                details.append(("false", doc, None, p))
    return c, details


def figures(c):
    out = {}
    for k, v in c.items():
        tp_p = v["tp_gold"] if k == "all" else v["tp_pred"]
        p = tp_p / v["pred"] if v["pred"] else 0.0
        r = v["tp_gold"] / v["gold"] if v["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        s = v["spk"] / v["tp_gold"] if v["tp_gold"] else 0.0
        out[k] = {"p": p, "r": r, "f1": f, "speaker": s, "gold": v["gold"], "pred": v["pred"]}
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dyad", default="build/dyad")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--fold", choices=["A", "B", "all"], default=None, help="print the details of one fold")
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--min-speaker", type=float, default=0.0)
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses, false quotations and wrong speakers")
    args = ap.parse_args()

    fold_of = load_folds(args.shared)
    gold = [json.loads(l) for l in open(os.path.join(args.shared, "gold", "scrapinghub-quotes.jsonl"), encoding="utf-8")
            if l.strip()]
    bodies_all = {}
    for l in open(os.path.join(args.shared, "suites", "scrapinghub", "gold.jsonl"), encoding="utf-8"):
        if l.strip():
            r = json.loads(l)
            bodies_all[r["id"]] = r["body"]
    docs = {g["doc"] for g in gold}
    for prefix in no_quote_docs(args.shared):
        docs.update(d for d in bodies_all if d.startswith(prefix))
    bodies = {d: bodies_all[d] for d in sorted(docs) if d in bodies_all}
    data = run_dyad(args.dyad, bodies)
    texts = {d["id"]: d.get("text", "") for d in data["documents"]}

    preds = {}
    for q in data["quotes"]:
        text = texts.get(q["doc"], "")
        cm = char_offsets(text)
        q = dict(q)
        q["cb"], q["cs"] = cm.get(q["start"], 0), cm.get(q["end"], 0)
        q["type"] = q.get("type") or {"partial": "mixed"}.get(q.get("kind"), q.get("kind"))
        preds.setdefault(q["doc"], []).append(q)
    golds, lost = {}, 0
    norm_cache = {}
    for g in gold:
        text = texts.get(g["doc"], "")
        if g["doc"] not in norm_cache:
            norm_cache[g["doc"]] = normalised(text)
        nt, where = norm_cache[g["doc"]]
        g["span"] = locate(text, nt, where, g["text"])
        if g["span"][0] < 0:
            lost += 1
            g["span"] = (0, 0)
        golds.setdefault(g["doc"], []).append(g)
    for d in bodies:
        golds.setdefault(d, [])
    if lost:
        print(f"note: {lost} gold quotations not found in the clean text (counted as misses)")

    result = {}
    for fold in ("A", "B", "all"):
        gsel = {d: v for d, v in golds.items() if fold == "all" or fold_of(d) == fold}
        psel = {d: preds.get(d, []) for d in gsel}
        c, details = score(gsel, psel)
        result[fold] = figures(c)
        print(f"fold {fold}: {len(gsel)} articles")
        for k in ("all",) + KINDS:
            f = result[fold][k]
            print(f"  {k:9s} gold {f['gold']:4d} pred {f['pred']:4d}  P {f['p']:.3f} R {f['r']:.3f} "
                  f"F1 {f['f1']:.3f}  speaker {f['speaker']:.3f}")
        if args.verbose and args.fold == fold:
            for what, doc, g, p in details:
                if what == "hit":
                    continue
                gt = f"[{g['type']}] {g['text'][:110]!r} <{g['speaker']}>" if g else ""
                pt = f"[{p['type']}] {p['text'][:110]!r} <{p.get('speaker')}>" if p else ""
                print(f"{what:8s} {doc[:8]} {gt} || {pt}")
    a = result["all"]["all"]
    ok = a["f1"] >= args.min_f1 and a["speaker"] >= args.min_speaker
    if not ok:
        print(f"FAIL: F1 {a['f1']:.3f} (floor {args.min_f1}), speaker {a['speaker']:.3f} (floor {args.min_speaker})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
