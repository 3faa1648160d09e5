#!/usr/bin/env python3
"""Scores Dyad's events on the PLOVER gold-standard records (CAMEO manual sentences).

Each record of <shared>/suites/plover-gsr/records.jsonl is written as a JSON
Lines document {"id", "text", "published" = the record's date} and fed to
`dyad analyze FILE --json` with Dyad's own dictionaries. A record counts as
found when one of the events of its document has
  - a CAMEO root that fits the record's PLOVER type (ROOTS below), and
  - a source that belongs to one of the gold sources' countries (no gold
    source: any source), and
  - a target that belongs to one of the gold targets' countries (gold target
    empty, missing or not a list of actors: any target or none).
An actor code belongs to the country of its first three letters and to the
country its entry in the `actors` array names ("TALIBAN" -> AFG); the gold's
class codes IGO and NGO take the actors whose kind is igo / ngo (from the
`actors` array or data/actors/organisations.txt).
Prints the score overall, per PLOVER type and for the first and the second
half of the file separately (the held-out half of the suite is scored the same
way). Also prints two diagnostics: records with an event of the right type
(actors ignored) and records with any event at all.

usage: eval/plover_eval.py [build/dyad] [--shared ../shared] [--min X] [--verbose]
  --min X     exit 1 when the overall score is below X (0..1)
  --verbose   list every miss with the events Dyad produced for it
  --diagnose  with --verbose: also run each missed record alone and list the
              actors Dyad recognised in it (slow: one run per miss); tells
              actor-recognition misses from coding misses
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# PLOVER 0.5 event type -> the CAMEO root categories it covers.
ROOTS = {
    "AGREE": {"03"},        # express intent to cooperate
    "CONSULT": {"04"},      # consult, visit, host, mediate, negotiate
    "SUPPORT": {"05"},      # diplomatic cooperation: praise, defend, recognise, forgive, sign
    "COOPERATE": {"06"},    # material cooperation
    "AID": {"07"},          # provide aid
    "CONCEDE": {"08"},      # yield: ease restrictions, release, accede to demands
    "RETREAT": {"08"},      # yield militarily: ceasefire, withdraw, demobilise, receive inspectors
    "INVESTIGATE": {"09"},
    "DEMAND": {"10"},
    "DISAPPROVE": {"11"},   # criticise, accuse, complain, sue
    "REJECT": {"12"},
    "THREATEN": {"13"},
    "PROTEST": {"14"},
    "MOBILIZE": {"15"},     # exhibit force posture
    "SANCTION": {"16"},     # reduce relations, sanctions, expel
    "COERCE": {"17"},
    "ASSAULT": {"18", "20"},  # unconventional violence, mass violence
    "FIGHT": {"19", "20"},    # conventional military force
}


def actor_codes(v):
    """Gold actor list -> set of three-letter codes; None means 'any'."""
    if not isinstance(v, list):
        return None
    codes = {a.get("code", "")[:3].upper() for a in v if isinstance(a, dict) and a.get("code")}
    return codes or None


def org_kinds():
    """Organisation code -> kind ("igo", "ngo", ...) from data/actors/organisations.txt."""
    kinds = {}
    path = os.path.join(REPO, "data", "actors", "organisations.txt")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            f = [x.strip() for x in line.split("|")]
            if len(f) >= 2 and not line.startswith("#"):
                kinds.setdefault(f[0], f[1].lower())
    return kinds


class Countries:
    """Which gold country codes (and IGO/NGO) an event's actor code stands for."""

    def __init__(self, actors):
        self.kinds = org_kinds()
        self.info = {}
        for a in actors:
            if a.get("code"):
                i = self.info.setdefault(a["code"], set())
                if a.get("country"):
                    i.add(a["country"][:3].upper())
                if (a.get("kind") or "").lower() in ("igo", "ngo"):
                    i.add(a["kind"].upper())

    def of(self, code):
        if not code:
            return set()
        s = {code[:3].upper()} | self.info.get(code, set())
        kind = self.kinds.get(code)
        if kind in ("igo", "ngo"):
            s.add(kind.upper())
        return s


def fits(rec, ev, countries):
    roots = ROOTS.get(rec["event"], set())
    if (ev.get("code") or "")[:2] not in roots:
        return False
    src, tgt = actor_codes(rec.get("source")), actor_codes(rec.get("target"))
    if src is not None and not (countries.of(ev.get("source")) & src):
        return False
    if tgt is not None and not (countries.of(ev.get("target")) & tgt):
        return False
    return True


def run_dyad(dyad, records):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "plover.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps({"id": r["id"], "text": r["text"], "published": r.get("date")}) + "\n")
        out = subprocess.run([dyad, "analyze", path, "--json", "-q"], capture_output=True, text=True)
        if out.returncode != 0:
            sys.stderr.write(out.stderr)
            sys.exit(f"plover: {dyad} analyze failed with exit code {out.returncode}")
        data = json.loads(out.stdout)
    # Map document ids back to record ids (the JSON Lines id; fall back to order).
    ids = {r["id"] for r in records}
    by_doc = {}
    docs = data.get("documents", [])
    alias = {}
    for k, d in enumerate(docs):
        did = d.get("id")
        alias[did] = did if did in ids else (records[k]["id"] if k < len(records) else did)
    for e in data.get("events", []):
        by_doc.setdefault(alias.get(e.get("doc"), e.get("doc")), []).append(e)
    return by_doc, Countries(data.get("actors", []))


def recognised_actors(dyad, rec):
    """The actors Dyad finds in one record alone, as 'CODE(name)' (None: no code)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "one.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps({"id": rec["id"], "text": rec["text"], "published": rec.get("date")}) + "\n")
        out = subprocess.run([dyad, "analyze", path, "--json", "-q"], capture_output=True, text=True)
    if out.returncode != 0:
        return "(dyad failed)"
    acts = json.loads(out.stdout).get("actors", [])
    return " ".join(f"{a.get('code')}({a.get('name')})" for a in acts) or "(none)"


def score(records, ok):
    n = len(records)
    k = sum(1 for r in records if ok[r["id"]])
    return k, n, (k / n if n else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dyad", nargs="?", default=os.path.join(REPO, "build", "dyad"))
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    ap.add_argument("--min", type=float, default=0.0)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--diagnose", action="store_true")
    args = ap.parse_args()

    path = os.path.join(args.shared, "suites", "plover-gsr", "records.jsonl")
    records = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    by_doc, countries = run_dyad(args.dyad, records)

    ok, typed, any_ev = {}, {}, {}
    for r in records:
        evs = by_doc.get(r["id"], [])
        ok[r["id"]] = any(fits(r, e, countries) for e in evs)
        typed[r["id"]] = any((e.get("code") or "")[:2] in ROOTS.get(r["event"], set()) for e in evs)
        any_ev[r["id"]] = bool(evs)

    k, n, s = score(records, ok)
    half = len(records) // 2
    k1, n1, s1 = score(records[:half], ok)
    k2, n2, s2 = score(records[half:], ok)
    kt, _, st = score(records, typed)
    ka, _, sa = score(records, any_ev)
    print(f"plover: {s:.3f} ({k}/{n}) type and both actors right")
    print(f"plover first half: {s1:.3f} ({k1}/{n1})  second half: {s2:.3f} ({k2}/{n2})")
    print(f"diagnostics: right type, actors ignored {st:.3f} ({kt}/{n}); any event {sa:.3f} ({ka}/{n})")
    types = sorted({r["event"] for r in records})
    for t in types:
        rs = [r for r in records if r["event"] == t]
        kk, nn, ss = score(rs, ok)
        print(f"  {t:<12} {ss:.2f} ({kk}/{nn})")
    if args.verbose:
        for r in records:
            if ok[r["id"]]:
                continue
            gs = ",".join(sorted(actor_codes(r.get("source")) or {"*"}))
            gt = ",".join(sorted(actor_codes(r.get("target")) or {"*"}))
            print(f"MISS {r['id']} want {r['event']}~{'/'.join(sorted(ROOTS.get(r['event'], [])))} {gs}->{gt}")
            print(f"     {r['text'].strip()}")
            for e in by_doc.get(r["id"], []):
                print(f"     got {e.get('source')}->{e.get('target')} {e.get('code')} ({e.get('modality', '')})")
            if args.diagnose:
                print(f"     actors: {recognised_actors(args.dyad, r)}")
    sys.exit(0 if s >= args.min else 1)


if __name__ == "__main__":
    main()
