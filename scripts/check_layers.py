#!/usr/bin/env python3
"""Checks that no folder of src/ includes a header of a higher layer.

The layers are listed in src/layers.txt, lowest first. Every `#include "X/..."`
in src/F/ must name a folder X at or below F, unless the file has a listed
exception. A folder of src/ missing from the list is an error too (a new
stage must say where it stands), and so is an exception no longer used.
Usage: check_layers.py [SRC_DIR]; prints each violation and exits 1 if any.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([A-Za-z0-9_]+)/[^"]+"')


def read_layers(src):
    """The rank of each folder, and the allowed exceptions {(file, folder)}."""
    names, exceptions = [], set()
    with open(os.path.join(src, "layers.txt"), encoding="utf-8") as f:
        for line in f:
            words = line.split("#", 1)[0].split()
            if len(words) == 1:
                names.append(words[0])
            elif len(words) == 3 and words[0] == "exception":
                exceptions.add((words[1], words[2]))
            elif words:
                raise SystemExit(f"src/layers.txt: cannot read line {line.strip()!r}")
    return {name: rank for rank, name in enumerate(names)}, exceptions


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src")
    rank, exceptions = read_layers(src)
    used = set()
    problems = []
    for folder in sorted(os.listdir(src)):
        path = os.path.join(src, folder)
        if not os.path.isdir(path):
            continue
        if folder not in rank:
            problems.append(f"src/{folder}/: not listed in src/layers.txt")
            continue
        for name in sorted(os.listdir(path)):
            if not name.endswith((".h", ".cc")):
                continue
            with open(os.path.join(path, name), encoding="utf-8", errors="replace") as f:
                for number, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if not m or m.group(1) not in rank and not os.path.isdir(os.path.join(src, m.group(1))):
                        continue
                    target = m.group(1)
                    if (f"{folder}/{name}", target) in exceptions:
                        used.add((f"{folder}/{name}", target))
                        continue
                    if target not in rank or rank[target] > rank[folder]:
                        problems.append(f"src/{folder}/{name}:{number}: includes {target}/, a layer above {folder}/")
    for file, target in sorted(exceptions - used):
        problems.append(f"src/layers.txt: exception {file} {target} is no longer needed; remove it")
    for p in problems:
        print(p)
    print(f"layers: {len(problems)} upward include(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
