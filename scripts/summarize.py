#!/usr/bin/env python3
"""Summarises `dyad analyze --json` output (stdin): the documents, the most
mentioned actors, the events (who did what to whom, with modality) and the
timeline."""
import collections
import json
import sys

data = json.load(sys.stdin)
for d in data["documents"]:
    dup = f"  duplicate of {d['duplicate_of']}" if d.get("duplicate_of") else ""
    title = (d.get("title") or "(untitled)")[:60]
    print(f"{d['id'][:28]:28}  {d.get('published') or '----------':10}  {(d.get('source') or '')[:22]:22}  "
          f"{d['word_count']:5} words  {title}{dup}")
print(f"{len(data['documents'])} documents, {sum(1 for d in data['documents'] if d.get('duplicate_of'))} duplicates")

actors = sorted((a for a in data.get("actors", []) if a.get("code")), key=lambda a: -a.get("mentions", 0))
if actors:
    print("\n== most mentioned actors ==")
    for a in actors[:8]:
        print(f"  {a['code']:10} {a['name'][:40]:40} {a.get('mentions', 0):3} mentions")

events = data.get("events", [])
if events:
    quads = collections.Counter(e.get("quad") or "?" for e in events)
    print(f"\n== events: {len(events)} ({', '.join(f'{n} {q}' for q, n in quads.most_common())}) ==")
    # One line per evidence sentence, so the sample shows different facts.
    seen, sample = set(), []
    for e in events:
        if (e["doc"], e["start"]) not in seen:
            seen.add((e["doc"], e["start"]))
            sample.append(e)
    for e in sample[:12]:
        target = e.get("target") or "-"
        print(f"  {e.get('date') or '----------':10}  {e['source']:>8} -> {target:8} {e['code']:5} "
              f"{(e.get('event_name') or '')[:30]:30} [{e['modality']}]")
    print(f"  ({len(sample)} sentences with events; every event and its sentence: dyad analyze --json)")

timeline = data.get("timeline", [])
if timeline:
    print(f"\n== timeline: {len(timeline)} entries ==")
    for t in timeline[:8]:
        end = f"-{t['end_date']}" if t.get("end_date") else ""
        print(f"  {t['date']}{end:6}  {t['text'][:80]}")
