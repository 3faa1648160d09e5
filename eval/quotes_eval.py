#!/usr/bin/env python3
"""Scores Dyad's quotations against ../shared/gold/quotes.jsonl.

Runs `dyad analyze <shared>/seeds --json --with-text`, finds each gold
quotation's start in its document's clean text and matches the predicted
quotation that starts there (a few bytes of slack for the marks). Prints
detection recall and precision, speaker accuracy and actor-code accuracy;
exits 1 when a figure is under its floor.

A mixed quotation (its `type`) spans the reported clause around its quoted
fragment, so it matches a gold quotation that starts inside it right after a
quotation mark. Gold rows of kind "term" are quoted words that are not speech: predicting
them costs precision. Rows with "term_ok" may be found or not. Indirect
(unmarked) statements are reported apart and not scored.
"""
import argparse
import json
import os
import re
import subprocess
import sys

DETS = {"a", "an", "one", "the"}
TITLES = {"mr.", "mrs.", "ms.", "dr.", "gen.", "president", "mr", "gen"}


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def name_tokens(s):
    toks = [t for t in norm(s or "").lower().replace(",", " ").split() if t not in DETS and t not in TITLES]
    return [t for t in toks if not re.fullmatch(r"[a-z]\.", t)]


def speaker_ok(gold, pred):
    g, p = name_tokens(gold), name_tokens(pred)
    if not g or not p:
        return False
    if g == p:
        return True
    # A named person: same surname and, when both give one, the same first name.
    return g[-1] == p[-1] and (len(g) == 1 or len(p) == 1 or g[0] == p[0])


def code_ok(gold, pred):
    if not gold or not pred:
        return False
    parts = pred.split(":")
    return pred.startswith(gold) or gold in parts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", default="build/dyad")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--min-recall", type=float, default=0.0)
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--min-speaker", type=float, default=0.0)
    ap.add_argument("--min-code", type=float, default=0.0)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    out = subprocess.run([args.dyad, "analyze", os.path.join(args.shared, "seeds"), "--json", "--with-text", "-q"],
                         capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    texts = {d["id"][:3]: d.get("text", "") for d in data["documents"]}
    preds = {}
    for q in data["quotes"]:
        preds.setdefault(q["doc"][:3], []).append(q)
    gold = [json.loads(l) for l in open(os.path.join(args.shared, "gold", "quotes.jsonl")) if l.strip()]

    # Byte offsets: the contract's start/end are bytes of the clean text.
    used = set()
    required = found = 0
    spk_n = spk_ok = code_n = code_c = 0
    misses, wrong = [], []
    matched_pred = {}
    for g in gold:
        doc = g["doc"]
        text = texts.get(doc, "")
        b = text.encode("utf-8")
        i = b.find(g["quote_start"].encode("utf-8"))
        if i < 0:
            i = norm(text).find(norm(g["quote_start"]))
        cand = None
        for k, q in enumerate(preds.get(doc, [])):
            if q.get("kind") == "indirect" or (doc, k) in used:
                continue
            # A mixed quotation spans its reported clause (the contract's convention), so it
            # matches when the quoted words start inside it, in their marks.
            mixed_covers = q.get("type") == "mixed" and i >= 0 and q["start"] <= i < q["end"] and \
                (norm(text.encode("utf-8")[max(0, i - 3):i].decode("utf-8", "ignore")).endswith('"'))
            if (i >= 0 and abs(q["start"] - i) <= 4) or norm(q["text"]).startswith(norm(g["quote_start"])) or mixed_covers:
                cand = k
                break
        is_term = g["kind"] == "term"
        if cand is not None:
            used.add((doc, cand))
            matched_pred[(doc, cand)] = g
        if is_term or g.get("term_ok"):
            if cand is None or is_term:
                continue
        else:
            required += 1
            if cand is None:
                misses.append(g)
                continue
            found += 1
        q = preds[doc][cand]
        spk_n += 1
        if speaker_ok(g["speaker"], q.get("speaker")):
            spk_ok += 1
        else:
            wrong.append((g, q))
        if g.get("speaker_actor"):
            code_n += 1
            code_c += code_ok(g["speaker_actor"], q.get("speaker_actor"))
    direct = [(d, k) for d, qs in preds.items() for k, q in enumerate(qs) if q.get("kind") != "indirect"]
    tp = sum(1 for key in direct if key in matched_pred and matched_pred[key]["kind"] != "term")
    fps = [preds[d][k] for d, k in direct if not (d, k) in matched_pred or matched_pred[(d, k)]["kind"] == "term"]
    indirect = sum(1 for qs in preds.values() for q in qs if q.get("kind") == "indirect")
    recall = found / required if required else 1.0
    precision = tp / (tp + len(fps)) if (tp + len(fps)) else 1.0
    speaker = spk_ok / spk_n if spk_n else 1.0
    code = code_c / code_n if code_n else 1.0
    print(f"quotes: recall {recall:.3f} ({found}/{required})  precision {precision:.3f} ({tp}/{tp + len(fps)})")
    print(f"speaker correct {speaker:.3f} ({spk_ok}/{spk_n})  actor code correct {code:.3f} ({code_c}/{code_n})")
    print(f"indirect statements (not scored): {indirect}")
    if args.verbose or misses or fps or wrong:
        for g in misses:
            print("  missed:", g["doc"], g["quote_start"])
        for q in fps:
            print("  false positive:", q["doc"][:3], q["text"][:60])
        for g, q in wrong:
            print("  wrong speaker:", g["doc"], g["quote_start"][:30], "gold", g["speaker"], "got", q.get("speaker"))
    ok = (recall >= args.min_recall and precision >= args.min_precision and speaker >= args.min_speaker
          and code >= args.min_code)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
