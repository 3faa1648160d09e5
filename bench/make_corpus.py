#!/usr/bin/env python3
"""Generates a benchmark corpus of N news-like articles (plain text files).

Sentences are drawn from the repository's own example corpus (and, when
present, ../shared/seeds, read at run time only), so the text has real news
structure; each article gets a random headline, byline, date and 12-30
sentences in paragraphs. A share of the files is hard-wrapped like a PDF
extraction, a share wrapped like an archive export, so every cleaning path runs.
"""
import argparse
import glob
import os
import random
import re

p = argparse.ArgumentParser(description=__doc__)
p.add_argument("out", help="output folder")
p.add_argument("-n", type=int, default=10000, help="number of articles")
p.add_argument("--seed", type=int, default=7)
a = p.parse_args()

here = os.path.dirname(os.path.abspath(__file__))
sources = glob.glob(os.path.join(here, "..", "examples", "corpus", "*.txt"))
sources += glob.glob(os.path.join(here, "..", "..", "shared", "seeds", "*.txt"))
pool = []
for f in sources:
    text = open(f, encoding="utf-8", errors="replace").read()
    text = re.sub(r"\s+", " ", text)
    pool += [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c\"])", text) if 40 < len(s) < 400]
if len(pool) < 50:
    words = ("the government said on Tuesday that talks with rebels would resume in Geneva after a pause "
             "of three months officials minister envoy border agreement forces troops sanctions").split()
    rng0 = random.Random(1)
    pool = [" ".join(rng0.choice(words) for _ in range(18)).capitalize() + "." for _ in range(500)]

rng = random.Random(a.seed)
vocab = sorted({w for s in pool for w in s.split() if w.isalpha()})


def vary(sentence):
    """Replaces about a third of the words, so that articles share phrases
    about as rarely as real, different articles do."""
    words = sentence.split()
    for k in range(len(words)):
        if rng.random() < 0.33 and words[k].isalpha():
            words[k] = rng.choice(vocab)
    return " ".join(words)


names = ["Jane Doe", "John Roe", "Amira Haddad", "Pavel Orlov", "Li Wen", "Sara Khan", "Tomas Berg"]
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
os.makedirs(a.out, exist_ok=True)
total = 0
for i in range(a.n):
    sents = [vary(x) for x in rng.sample(pool, min(len(pool), rng.randint(12, 30)))]
    paras, cur = [], []
    for s in sents:
        cur.append(s)
        if len(cur) >= rng.randint(1, 4):
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    head = " ".join(rng.sample(pool[i % len(pool)].split(), min(7, len(pool[i % len(pool)].split())))).title()
    date = f"{rng.choice(months)} {rng.randint(1, 28)}, {rng.randint(2010, 2024)}"
    body = "\n\n".join(paras)
    kind = i % 3
    if kind == 0:
        text = f"{head}\n\nBy {rng.choice(names)}\n{date}\n\n{body}\n"
    elif kind == 1:  # PDF-like hard wrap
        wrapped = []
        for para in paras:
            line, lines = "", []
            for w in para.split():
                if len(line) + len(w) + 1 > 95:
                    lines.append(line)
                    line = w
                else:
                    line = (line + " " + w).strip()
            lines.append(line)
            wrapped.append("\n".join(lines))
        text = f"{head}\n\nBy {rng.choice(names).upper()}\n{date}\n\n" + "\n\n".join(wrapped) + "\n"
    else:  # archive export
        esc = "\n".join(paras).replace('"', '\\"')
        text = f'"GENEVA -- {esc}\nWord count: {len(body.split())}\nCopyright Example News {date}"'
    with open(os.path.join(a.out, f"article_{i:05d}.txt"), "w", encoding="utf-8") as fh:
        fh.write(text)
    total += len(text.encode("utf-8"))
print(f"{a.n} articles, {total / 1e6:.1f} MB in {a.out}")
