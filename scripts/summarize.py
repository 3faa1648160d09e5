#!/usr/bin/env python3
"""Prints a short table of the documents in `dyad analyze --json` output (stdin)."""
import json
import sys

data = json.load(sys.stdin)
for d in data["documents"]:
    dup = f"  duplicate of {d['duplicate_of']}" if d.get("duplicate_of") else ""
    title = (d.get("title") or "(untitled)")[:60]
    print(f"{d['id'][:28]:28}  {d.get('published') or '----------':10}  {(d.get('source') or '')[:22]:22}  "
          f"{d['word_count']:5} words  {title}{dup}")
print(f"{len(data['documents'])} documents, {sum(1 for d in data['documents'] if d.get('duplicate_of'))} duplicates")
