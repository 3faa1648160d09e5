#!/usr/bin/env python3
"""Scores the dates Dyad gives events, per date kind, on the hand-dated
events of <shared>/gold/scrapinghub-events.jsonl.

Each article with gold events is fed to `dyad analyze FILE --json` as a JSON
Lines document {"id", "text": the gold body, "published"}. The publication
date is the one Dyad reads from the article's web page (pages.jsonl); when it
reads none, the first full date written in the page's text ("Nov. 19, 2019",
"19 November 2019", "2019-11-19", "11/19/19"): the page header a reader
would look at. A gold event is matched with Dyad's events whose evidence
sentence overlaps the gold sentence (the one with the same CAMEO root first).
The gold `date` is "YYYY[-MM[-DD]]" or null (the event is not dated by the
text).

Reports, for the matched events: how many have exactly the gold date (null
for null counts), and per Dyad date_kind (explicit, inherited, publication,
none) the number of events and how many of them are right. --fold A|B keeps
one fold of the articles (by id, as ../shared/tools/folds.py). --min X exits
1 when the exact share is below X (0..1). --verbose lists wrong dates.

usage: eval/event_dates_eval.py [build/dyad] [--shared ../shared] [--fold A|B] [--min X] [--verbose]
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
DATE_RE = re.compile(
    r"\b(?:(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?P<d1>\d{1,2}),? (?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2}) (?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (?P<y2>\d{4})"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)"
    r"|(?P<m4>\d{1,2})/(?P<d4>\d{1,2})/(?P<y4>\d{2}|\d{4}))\b")


def fold_of(value):
    return "A" if hashlib.sha1(str(value).encode()).digest()[0] % 2 == 0 else "B"


def first_date(text):
    """The first full date written in `text`, as YYYY-MM-DD, or None."""
    for m in DATE_RE.finditer(text):
        if m.group("mon"):
            y, mo, d = int(m.group("y1")), MONTHS[m.group("mon").lower()], int(m.group("d1"))
        elif m.group("mon2"):
            y, mo, d = int(m.group("y2")), MONTHS[m.group("mon2").lower()], int(m.group("d2"))
        elif m.group("y3"):
            y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
        else:
            y, mo, d = int(m.group("y4")), int(m.group("m4")), int(m.group("d4"))
            if y < 100:
                y += 2000
        if 1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def analyze(dyad, lines):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for rec in lines:
            out.write(json.dumps(rec) + "\n")
        path = out.name
    try:
        res = subprocess.run([dyad, "analyze", path, "--json", "--with-text", "-q"],
                             capture_output=True, text=True, check=True)
    finally:
        os.unlink(path)
    return json.loads(res.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dyad", nargs="?", default=os.path.join(REPO, "build", "dyad"))
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    ap.add_argument("--fold", choices=["A", "B"], default=None)
    ap.add_argument("--min", type=float, default=None)
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    gold_path = os.path.join(args.shared, "gold", "scrapinghub-events.jsonl")
    suite = os.path.join(args.shared, "suites", "scrapinghub")
    gold = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    ids = sorted({g["doc"] for g in gold if not args.fold or fold_of(g["doc"]) == args.fold})
    bodies = {}
    for l in open(os.path.join(suite, "gold.jsonl"), encoding="utf-8"):
        r = json.loads(l)
        if r["id"] in ids:
            bodies[r["id"]] = r["body"]
    pages = {}
    for l in open(os.path.join(suite, "pages.jsonl"), encoding="utf-8"):
        r = json.loads(l)
        if r["id"] in ids:
            pages[r["id"]] = r["text"]
    read = analyze(args.dyad, [{"id": i, "text": pages[i]} for i in ids if i in pages])
    published = {d["id"]: d.get("published") for d in read["documents"]}
    for i in ids:
        if not published.get(i):
            published[i] = first_date(pages.get(i, ""))
    result = analyze(args.dyad, [{"id": i, "text": bodies[i], "published": published.get(i)}
                                 for i in ids if i in bodies])
    text_of = {d["id"]: d.get("text", "") for d in result["documents"]}
    events_of = {}
    for e in result["events"]:
        events_of.setdefault(e["doc"], []).append(e)

    kinds = {k: [0, 0] for k in ("explicit", "inherited", "publication", "none")}
    matched = exact = 0
    gold_n = 0
    for g in gold:
        if g["doc"] not in bodies:
            continue
        gold_n += 1
        clean = text_of.get(g["doc"], "").encode("utf-8")
        at = clean.find(g["sentence"].encode("utf-8"))
        if at < 0:
            continue
        lo, hi = at, at + len(g["sentence"].encode("utf-8"))
        cands = [e for e in events_of.get(g["doc"], []) if e["start"] < hi and lo < e["end"]]
        if not cands:
            continue
        root = str(g["code"])[:2]
        cands.sort(key=lambda e: e["code"][:2] != root)
        e = cands[0]
        matched += 1
        kind = e.get("date_kind", "none")
        ok = e.get("date") == g.get("date")
        kinds.setdefault(kind, [0, 0])
        kinds[kind][0] += 1
        if ok:
            exact += 1
            kinds[kind][1] += 1
        elif args.verbose:
            print(f"  DATE {g['doc'][:8]}: gold {g.get('date')} got {e.get('date')} ({kind}): {g['sentence'][:90]!r}")
    share = exact / matched if matched else 0.0
    print(f"event dates: {len(ids)} articles, {gold_n} gold events, {matched} matched by sentence")
    print(f"exact date    {exact}/{matched} = {share:.3f}")
    for k, (n, ok) in kinds.items():
        print(f"  {k:<12} {n:4d} events  {ok:4d} right")
    if args.min is not None and share < args.min:
        print(f"event dates: exact share {share:.3f} below {args.min}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
