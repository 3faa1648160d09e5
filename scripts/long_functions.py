#!/usr/bin/env python3
"""Lists the functions of src/ longer than a limit (default 150 lines).

A function is a line at brace depth 0 (or inside namespaces only) that opens a
body with '{' and is not a namespace, class, struct, enum or initialiser; its
length runs to the matching '}'. Heuristic, for finding candidates to split.
Usage: long_functions.py [--limit N] [SRC_DIR]
"""
import argparse
import os
import re

SKIP = re.compile(r'^\s*(namespace|class|struct|enum|union|extern)\b|=\s*\{?\s*$|^\s*(static\s+)?const\w*\s.*=')


def functions(path):
    lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
    stack = []  # kinds of open braces: 'ns' or 'other'
    start = None
    name = None
    for i, line in enumerate(lines):
        code = re.sub(r'//.*$|"(\\.|[^"\\])*"|\'(\\.|[^\'\\])*\'', '', line)
        for ch in code:
            if ch == '{':
                if all(k == 'ns' for k in stack) and start is None:
                    head = line if line.strip() != '{' else lines[i - 1]
                    if re.match(r'^\s*namespace\b', head) or re.match(r'^\s*extern\b', head):
                        stack.append('ns')
                        continue
                    if not SKIP.search(head) and '(' in " ".join(lines[max(0, i - 3):i + 1]):
                        start, name = i, head.strip()
                    stack.append('fn' if start is not None else 'other')
                else:
                    stack.append('other')
            elif ch == '}':
                kind = stack.pop() if stack else None
                if kind == 'fn' and all(k == 'ns' for k in stack):
                    yield name, start + 1, i - start + 1
                    start = None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=150)
    ap.add_argument("src", nargs="?", default=os.path.join(os.path.dirname(__file__), "..", "src"))
    a = ap.parse_args()
    rows = []
    for root, _, files in os.walk(a.src):
        for f in files:
            if f.endswith((".cc", ".h")):
                p = os.path.join(root, f)
                for name, line, n in functions(p):
                    if n > a.limit:
                        rows.append((n, os.path.relpath(p, os.path.join(a.src, "..")), line, name))
    for n, p, line, name in sorted(rows, reverse=True):
        print(f"{n:5d}  {p}:{line}  {name[:90]}")


if __name__ == "__main__":
    main()
