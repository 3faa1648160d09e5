#!/usr/bin/env python3
"""Scores Dyad's events on the seed articles against ../shared/gold/relations.json.

Runs `dyad analyze <shared>/seeds --json` and, for each gold relation, looks
for an event of that document whose source actor belongs to the gold
`source` group, whose target belongs to the gold `target` group and whose
CAMEO root (first two digits of the code) is one of the gold `roots`.

Actor groups, as the gold file's note says: a country group (RUS, USA, AFG,
TJK, ...; USR is the Soviet Union) holds every actor code that starts with
that three-letter code; TALIBAN holds every actor whose code or name names
the Taliban (such an actor is counted in TALIBAN only, not in a country group).

Documents: gold `doc` is the three-digit prefix of the seed file name
("000" = 000_<hash>.txt); Dyad's document whose id or path starts with it is
that document, and a document Dyad marks as a duplicate of it (the same
article from another archive) counts as the same document.

Prints `relations: found/total` and each miss with the events Dyad produced
between the two groups in that document; --min-recall X exits 1 below X.

usage: eval/relations_eval.py [build/dyad] [--shared ../shared] [--min-recall X] [--verbose]
"""
import argparse
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def doc_key(d):
    """The three-digit seed prefix of a document ("000"), else its id."""
    for v in (d.get("id") or "", os.path.basename(d.get("path") or "")):
        if len(v) >= 3 and v[:3].isdigit():
            return v[:3]
    return d.get("id")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dyad", nargs="?", default=os.path.join(REPO, "build", "dyad"))
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    ap.add_argument("--min-recall", type=float, default=0.0)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    gold = json.load(open(os.path.join(args.shared, "gold", "relations.json"), encoding="utf-8"))["relations"]
    out = subprocess.run([args.dyad, "analyze", os.path.join(args.shared, "seeds"), "--json", "-q"],
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        sys.exit(f"relations: {args.dyad} analyze failed with exit code {out.returncode}")
    data = json.loads(out.stdout)

    # Document id -> gold key, duplicates folded onto their original.
    key_of = {d.get("id"): doc_key(d) for d in data.get("documents", [])}
    for d in data.get("documents", []):
        if d.get("duplicate_of") in key_of:
            key_of[d["id"]] = key_of[d["duplicate_of"]]
    names = {a.get("code"): a.get("name") or "" for a in data.get("actors", [])}

    def is_taliban(code):
        return "TALIBAN" in (code or "").upper() or "taliban" in names.get(code, "").lower()

    def in_group(code, group):
        if not code:
            return False
        if group == "TALIBAN":
            return is_taliban(code)
        return code.upper().startswith(group) and not is_taliban(code)

    events = {}
    for e in data.get("events", []):
        events.setdefault(key_of.get(e.get("doc"), e.get("doc")), []).append(e)

    found = 0
    for g in gold:
        evs = events.get(g["doc"], [])
        hit = next((e for e in evs if in_group(e.get("source"), g["source"]) and in_group(e.get("target"), g["target"])
                    and (e.get("code") or "")[:2] in g["roots"]), None)
        if hit:
            found += 1
            if args.verbose:
                print(f"  found {g['doc']} {g['source']}->{g['target']} {'/'.join(g['roots'])}: {g['what']}")
                print(f"        {hit.get('source')}->{hit.get('target')} {hit.get('code')}: {hit.get('text', '')[:160]}")
            continue
        print(f"  missed {g['doc']} {g['source']}->{g['target']} {'/'.join(g['roots'])}: {g['what']}")
        pair = [e for e in evs if (in_group(e.get("source"), g["source"]) and in_group(e.get("target"), g["target"]))
                or (in_group(e.get("source"), g["target"]) and in_group(e.get("target"), g["source"]))]
        for e in pair[:6]:
            print(f"        got {e.get('source')}->{e.get('target')} {e.get('code')}: {(e.get('text') or '')[:140]}")
    total = len(gold)
    recall = found / total if total else 1.0
    print(f"relations: {found}/{total} found (recall {recall:.3f}); {sum(len(v) for v in events.values())} events")
    sys.exit(0 if recall >= args.min_recall else 1)


if __name__ == "__main__":
    main()
