#!/usr/bin/env python3
"""Lists Dyad's quotation errors on one fold of the ScrapingHub quotes, grouped by cause.

Same data and matching as scrapinghub_quotes_eval.py (Gender Gap Tracker rule).
Each gold quotation that is missed, and each matched quotation whose speaker is
wrong, is put in one class:

  missed/<type>          no prediction covers the quotation
  false/<type>           a prediction that matches no gold quotation
  speaker/none           matched, but Dyad names no speaker
  speaker/pronoun        the gold mention is he/she (a person pronoun not resolved right)
  speaker/org-pronoun    the gold mention is they/it/we (an organisation or group)
  speaker/surname        the gold mention is part of the fuller gold name (surname, first name)
  speaker/alias          an organisation named by another form than its gold name
  speaker/role           the gold mention is a common noun ("the minister", "the company")
  speaker/continued      the gold quotation has no mention of its own (continuation)
  speaker/other          Dyad's speaker mention differs from the gold one

Usage: quotes_errors.py [--dyad build/dyad] [--shared ../shared] [--fold A] [--only CLASS] [-n N]
Prints the count per class, then up to N examples of each.
"""
import argparse
import collections
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PERSON_PRONOUNS = {"he", "she", "him", "her", "i"}
GROUP_PRONOUNS = {"they", "it", "we", "them"}


def load_eval():
    spec = importlib.util.spec_from_file_location("shq", os.path.join(HERE, "scrapinghub_quotes_eval.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def speaker_class(ev, g, p, mention):
    st = (g.get("speaker_text") or "").strip()
    low = st.lower()
    if not p.get("speaker"):
        return "speaker/none"
    if not st:
        return "speaker/continued"
    if low in PERSON_PRONOUNS:
        return "speaker/pronoun"
    if low in GROUP_PRONOUNS:
        return "speaker/org-pronoun"
    gt = ev.name_tokens(g.get("speaker"))
    mt = ev.name_tokens(st)
    if st[:1].islower() or low.startswith(("the ", "a ", "an ")) and not st.split()[1:2] == [] and \
            not any(w[:1].isupper() for w in st.split()[1:]):
        return "speaker/role"
    if mt and gt and mt != gt and all(w in gt for w in mt):
        return "speaker/surname"
    if mt and gt and mt != gt:
        return "speaker/alias"
    return "speaker/other"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dyad", default="build/dyad")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--fold", choices=["A", "B", "all"], default="A")
    ap.add_argument("--only", default="", help="print examples of classes starting with this")
    ap.add_argument("-n", type=int, default=8, help="examples per class")
    args = ap.parse_args()
    ev = load_eval()

    fold_of = ev.load_folds(args.shared)
    import json
    gold = [json.loads(l) for l in open(os.path.join(args.shared, "gold", "scrapinghub-quotes.jsonl"), encoding="utf-8")
            if l.strip()]
    bodies_all = {}
    for l in open(os.path.join(args.shared, "suites", "scrapinghub", "gold.jsonl"), encoding="utf-8"):
        if l.strip():
            r = json.loads(l)
            bodies_all[r["id"]] = r["body"]
    docs = {g["doc"] for g in gold}
    for prefix in ev.no_quote_docs(args.shared):
        docs.update(d for d in bodies_all if d.startswith(prefix))
    docs = {d for d in docs if args.fold == "all" or fold_of(d) == args.fold}
    bodies = {d: bodies_all[d] for d in sorted(docs) if d in bodies_all}
    data = ev.run_dyad(args.dyad, bodies)
    texts = {d["id"]: d.get("text", "") for d in data["documents"]}
    preds = {}
    for q in data["quotes"]:
        text = texts.get(q["doc"], "")
        cm = ev.char_offsets(text)
        q = dict(q)
        q["cb"], q["cs"] = cm.get(q["start"], 0), cm.get(q["end"], 0)
        q["type"] = q.get("type") or q.get("kind")
        raw = text.encode("utf-8")
        s, e = q.get("speaker_start", -1), q.get("speaker_end", -1)
        q["mention"] = raw[s:e].decode("utf-8", "replace") if s is not None and s >= 0 else ""
        preds.setdefault(q["doc"], []).append(q)
    golds = {d: [] for d in bodies}
    for g in gold:
        if g["doc"] not in bodies:
            continue
        text = texts.get(g["doc"], "")
        nt, where = ev.normalised(text)
        g["span"] = ev.locate(text, nt, where, g["text"])
        if g["span"][0] < 0:
            g["span"] = (0, 0)
        golds[g["doc"]].append(g)
    _, details = ev.score(golds, preds)

    classes = collections.defaultdict(list)
    for what, doc, g, p in details:
        if what == "hit":
            continue
        if what == "miss":
            cls = f"missed/{g['type']}"
        elif what == "false":
            cls = f"false/{p['type']}"
        else:
            cls = speaker_class(ev, g, p, p.get("mention", ""))
        classes[cls].append((doc, g, p))
    total = sum(len(v) for v in classes.values())
    print(f"fold {args.fold}: {total} errors")
    for cls, items in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        print(f"  {cls:22s} {len(items)}")
    for cls, items in sorted(classes.items()):
        if args.only and not cls.startswith(args.only):
            continue
        print(f"\n== {cls}")
        for doc, g, p in items[:args.n]:
            line = f"{doc[:8]}"
            if g:
                line += f" gold[{g['type']}] {g['text'][:100]!r} <{g['speaker']}> by {g.get('speaker_text')!r}"
            if p:
                line += f"\n         dyad[{p['type']}] {p['text'][:100]!r} <{p.get('speaker')}> by {p.get('mention')!r}" \
                        f" ({p.get('attribution')}, {p.get('verb')!r})"
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
