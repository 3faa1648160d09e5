#!/usr/bin/env python3
"""Writes data/lang/content_nouns.txt: the nouns that take a "that" clause
stating their content ("the claim that ...", "the fear that ..."), read from
the English-EWT treebank (train and dev). A noun is kept when the treebank
attaches a "that" clause to it as a complement (acl with the mark "that")
more often than as a relative clause (acl:relcl introduced by "that").

Usage: scripts/content_nouns.py ../shared/suites/ud-ewt > data/lang/content_nouns.txt
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


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/suites/ud-ewt"
    complement, relative = collections.Counter(), collections.Counter()
    for part in ("train", "dev"):
        count(f"{root}/en_ewt-ud-{part}.conllu", complement, relative)
    print("# Nouns that take a \"that\" clause stating their content (\"the claim that")
    print("# ...\", \"the fear that ...\"), read from the UD English-EWT treebank (train and")
    print("# dev) by scripts/content_nouns.py: attached as a complement more often than")
    print("# as a relative clause. Lemmas, lower case, one per line.")
    for w in sorted(w for w in complement if complement[w] > relative[w]):
        print(w)


if __name__ == "__main__":
    main()
