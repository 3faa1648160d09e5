#!/usr/bin/env python3
"""Writes data/lang/content_nouns.txt: the nouns that take a "that" clause
stating their content ("the claim that ...", "the fear that ..."), read from
the English-EWT treebank (train and dev). A noun is kept when the treebank
attaches a "that" clause to it as a complement (acl with the mark "that")
more often than as a relative clause (acl:relcl introduced by "that").

Usage: scripts/content_nouns.py ../shared/suites/ud-ewt > data/lang/content_nouns.txt
       scripts/content_nouns.py ../shared/suites/ud-ewt --check data/lang/content_nouns.txt
         (exit 1 when the file is not what the treebank gives)
"""
import collections
import sys


def sentences(path):
    sent = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if sent:
                yield sent
            sent = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                sent.append(cols)
    if sent:
        yield sent


def count(path, complement, relative):
    for sent in sentences(path):
        by_id = {t[0]: t for t in sent}
        for t in sent:
            head = by_id.get(t[6])
            if head is None or head[3] != "NOUN":
                continue
            that = [x for x in sent if x[6] == t[0] and x[2].lower() == "that"]
            if not that:
                continue
            if t[7] == "acl" and that[0][7] == "mark":
                complement[head[2].lower()] += 1
            elif t[7] == "acl:relcl":
                relative[head[2].lower()] += 1


HEADER = [
    "# Nouns that take a \"that\" clause stating their content (\"the claim that",
    "# ...\", \"the fear that ...\"), read from the UD English-EWT treebank (train and",
    "# dev) by scripts/content_nouns.py: attached as a complement more often than",
    "# as a relative clause. Lemmas, lower case, one per line.",
]


def main():
    args = sys.argv[1:]
    root = args[0] if args and not args[0].startswith("--") else "../shared/suites/ud-ewt"
    complement, relative = collections.Counter(), collections.Counter()
    for part in ("train", "dev"):
        count(f"{root}/en_ewt-ud-{part}.conllu", complement, relative)
    lines = HEADER + sorted(w for w in complement if complement[w] > relative[w])
    if "--check" in args:
        path = args[args.index("--check") + 1]
        with open(path, encoding="utf-8") as f:
            stored = f.read().splitlines()
        if stored != lines:
            print(f"{path}: differs from what the treebank gives; rerun scripts/content_nouns.py", file=sys.stderr)
            sys.exit(1)
        print(f"{path}: {len(lines) - len(HEADER)} nouns, as the treebank gives")
        return
    print("\n".join(lines))


if __name__ == "__main__":
    main()
