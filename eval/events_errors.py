#!/usr/bin/env python3
"""Lists why Dyad's events on the hand-coded ScrapingHub articles are wrong, one fold at a time.

For every Dyad event that does not match a gold event (time-aware level a) and every gold
event no Dyad event matches, prints its sentence and the nearest reason:
  false events:  no-gold-in-sentence | root | source | target | time
  missed events: no-event-in-sentence | root | source | target | time
(each reason is the first criterion that fails against the closest candidate in the
same sentence, in the scorer's order: sentence, root, source, target, time). Ends with a
count per reason. Uses <shared>/tools/score_events.py for matching, so the reasons
agree with the scores eval/events_eval.py prints.

usage: eval/events_errors.py [build/dyad] [--shared ../shared] [--fold A] [--dyad-json OUT.json]
                             [--only false|missed] [--quiet] [--extra ARG ...]
  --dyad-json  score this `dyad analyze --json` output instead of running dyad
  --quiet      print only the counts
"""
import argparse
import collections
import importlib.util
import json
import os
import subprocess
import sys
import tempfile


def load_scorer(shared):
    path = os.path.join(shared, "tools", "score_events.py")
    spec = importlib.util.spec_from_file_location("score_events", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def fold_gold(shared, fold):
    folds_py = os.path.join(shared, "tools", "folds.py")
    gold_path = os.path.join(shared, "gold", "scrapinghub-events.jsonl")
    out = subprocess.run([sys.executable, folds_py, gold_path, fold], capture_output=True, text=True, check=True)
    return [json.loads(x) for x in out.stdout.splitlines() if x.strip()]


def run_dyad(dyad, shared, gold, tmp, extra):
    bodies = {}
    for line in open(os.path.join(shared, "suites", "scrapinghub", "gold.jsonl"), encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            bodies[r["id"]] = r["body"]
    dpath = os.path.join(tmp, "docs.jsonl")
    with open(dpath, "w", encoding="utf-8") as f:
        for d in sorted({g["doc"] for g in gold}):
            f.write(json.dumps({"id": d, "text": bodies[d]}, ensure_ascii=False) + "\n")
    opath = os.path.join(tmp, "dyad.json")
    with open(opath, "w", encoding="utf-8") as f:
        subprocess.run([dyad, "analyze", dpath, "--json"] + extra, stdout=f, check=True, timeout=600)
    return opath


def reason(se, g, d, doc_years):
    """First scorer criterion that fails between gold g and Dyad event d (None: they match)."""
    if g["doc"] != d["doc"] or not se.same_sentence(g["sent_text"], d.get("text", "")):
        return "sentence"
    if d["root"] not in {g["root"]} | set(g.get("alt_roots") or []):
        return "root"
    srcs = [g["source"]] + list(g.get("src_alt") or [])
    tgts = [g["target"]] + list(g.get("tgt_alt") or [])
    fwd_s, fwd_t = se.any_entity(srcs, d.get("source")), se.any_entity(tgts, d.get("target"))
    if g.get("sym") and not (fwd_s and fwd_t):
        if se.any_entity(tgts, d.get("source")) and se.any_entity(srcs, d.get("target")):
            fwd_s = fwd_t = True
    if not fwd_s:
        return "source"
    if not fwd_t:
        return "target"
    if not se.time_ok(g, d, doc_years.get(g["doc"])):
        return "time"
    return None


ORDER = ["root", "source", "target", "time"]


def closest(se, item, others, doc_years, item_is_gold):
    """The latest-failing criterion against any candidate in the same sentence, and that candidate."""
    best, best_rank = None, -1
    for o in others:
        g, d = (item, o) if item_is_gold else (o, item)
        r = reason(se, g, d, doc_years)
        if r == "sentence":
            continue
        rank = ORDER.index(r) if r else len(ORDER)
        if rank > best_rank:
            best, best_rank = (r, o), rank
    return best


def show_event(d):
    return "%s -> %s %s [%s] mod=%s date=%s pat=%s" % (
        d.get("source"), d.get("target"), d.get("code"), d.get("verb_text", ""), d.get("modality"),
        d.get("date"), d.get("pattern"))


def show_gold(g):
    return "%s(%s) -> %s(%s) %s [%s] mod=%s date=%s time=%s" % (
        g["source"], g.get("source_text"), g["target"], g.get("target_text"), g["code"], g.get("trigger"),
        g.get("modality"), g.get("date"), g.get("time"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dyad", nargs="?", default="build/dyad")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--fold", choices=["A", "B"], default="A")
    ap.add_argument("--dyad-json", default=None)
    ap.add_argument("--only", choices=["false", "missed"], default=None)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--extra", action="append", default=[])
    a = ap.parse_args()

    se = load_scorer(a.shared)
    gold_raw = fold_gold(a.shared, a.fold)
    tmp = tempfile.mkdtemp(prefix="dyad-errors-")
    gpath = os.path.join(tmp, "gold.jsonl")
    with open(gpath, "w", encoding="utf-8") as f:
        for g in gold_raw:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    gold = se.load_gold(gpath)
    doc_years = se.dev_doc_years(gold, 2019)
    opath = a.dyad_json or run_dyad(a.dyad, a.shared, gold, tmp, a.extra)
    dyad, _ = se.load_dyad(opath)
    texts = {}
    for d in dyad:
        texts.setdefault(d["doc"], None)
    raw = json.load(open(opath, encoding="utf-8"))
    docs_text = {}
    for d in dyad:
        vs, ve = d.get("verb_start"), d.get("verb_end")
        if vs is not None and d.get("start") is not None and d.get("text"):
            b = d["text"].encode("utf-8")  # offsets are bytes of the document
            d["verb_text"] = b[vs - d["start"]:ve - d["start"]].decode("utf-8", "replace")
    del raw, docs_text, texts

    _, dy, gd, matches = se.score(dyad, gold, doc_years)
    m = matches[("time-aware", "a")]
    twins = se.sym_twins(dy, gd, m, "a")
    matched_gold = set(m.values())
    counts = {"false": collections.Counter(), "missed": collections.Counter()}
    lines = []
    if a.only != "missed":
        for i, d in enumerate(dy):
            if i in m or i in twins:
                continue
            c = closest(se, d, gd, doc_years, item_is_gold=False)
            why = "no-gold-in-sentence" if c is None else (c[0] or "duplicate")
            counts["false"][why] += 1
            lines.append("FALSE  %-20s %s\n       %s\n%s" % (
                why, show_event(d), d.get("text", "")[:300],
                "       gold: %s\n" % show_gold(c[1]) if c else ""))
    if a.only != "false":
        for j, g in enumerate(gd):
            if j in matched_gold:
                continue
            c = closest(se, g, dy, doc_years, item_is_gold=True)
            why = "no-event-in-sentence" if c is None else (c[0] or "taken")
            counts["missed"][why] += 1
            lines.append("MISSED %-20s %s\n       %s\n%s" % (
                why, show_gold(g), g["sent_text"][:300],
                "       dyad: %s\n" % show_event(c[1]) if c else ""))
    if not a.quiet:
        for line in lines:
            print(line)
    print("fold %s: gold %d, dyad %d, matched %d (+%d symmetric twins)" % (a.fold, len(gd), len(dy), len(m), len(twins)))
    for kind in ("false", "missed"):
        if counts[kind]:
            print("%-7s %s" % (kind, ", ".join("%s %d" % kv for kv in counts[kind].most_common())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
