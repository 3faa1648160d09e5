#!/usr/bin/env bash
# Runs every evaluation against ../shared with the floors CI holds us to.
# Each script prints its figures; a figure under its floor fails the run.
# Floors only ever rise: raise one when Dyad gets better, never lower it.
set -uo pipefail
DYAD=${1:-build/dyad}
SHARED=${2:-../shared}
cd "$(dirname "$0")/.."
if [[ ! -d $SHARED/seeds ]]; then
  echo "eval: $SHARED not found; evaluations skipped" >&2
  exit 0
fi
passed=0
failed=0
run() {
  echo "== $*"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "eval FAILED: $*"; fi
}
# Foundation (issue 2): metadata of the seeds, the duplicate pair, main text of web pages
# (issue 14: 0.943; fold A 0.948, fold B 0.939).
run python3 eval/metadata_eval.py "$DYAD" --strict
run python3 eval/dedup_eval.py "$DYAD" --strict
run python3 eval/scrapinghub_text.py "$DYAD" --min 0.939
# Language core (issue 3): tags and base NPs against the PETRARCH parses.
run python3 eval/lang_eval.py --dyad "$DYAD" --min-tag-acc 0.95 --min-np-f1 0.90
# Syntax (issue 11): the trained tagger and parser on UD English-EWT test, gold words
# (measured UPOS 0.9571, XPOS 0.9519, UAS 0.8678, LAS 0.8385 with round 3's parser; 0.8630 / 0.8322 before).
run python3 eval/ud_eval.py --dyad "$DYAD" --shared "$SHARED" --min-upos 0.955 --min-xpos 0.95 --min-uas 0.866 \
  --min-las 0.837
# The trained tagger's Penn tags on the newswire sample (issue 11; measured 0.9636 with the Penn
# tags settled by the parse, fold A 0.9736, fold B 0.9555 with --fold; rules 0.9600).
run env DYAD_SYNTAX=model python3 eval/lang_eval.py --dyad "$DYAD" --min-tag-acc 0.962 \
  "$SHARED/suites/petrarch2/GigaWord.sample.PETR.xml"
# Names (issue 11): the name finder on Universal NER EWT test, exact spans (trained on dev;
# measured F1 all 0.598, PER 0.681, ORG 0.403, LOC 0.628; capitalisation baseline 0.159).
run python3 eval/names_eval.py --dyad "$DYAD" --shared "$SHARED" --min-f1 0.59 --min-type-f1 0.40
# Actors and quotes (issue 4): quotations of the seeds and their speakers.
# (1.00 each with DYAD_SYNTAX=rules and =model)
run python3 eval/quotes_eval.py --dyad "$DYAD" --shared "$SHARED" --min-recall 0.97 --min-precision 0.97 \
  --min-speaker 0.97 --min-code 0.97
# Quotes in real news (issue 13): the ScrapingHub news bodies, Gender Gap Tracker matching
# (a gold quotation matches the unused prediction covering most of its characters, > 0.3).
# Both folds: F1 0.898 / speaker 0.845 with DYAD_SYNTAX=rules (fold A 0.932 / 0.905, fold B
# 0.865 / 0.780; round 5), 0.896 / 0.828 with =model; floors: the lower setting - 0.01.
# Round 6: 0.905 / 0.855 with =rules (fold A 0.934 / 0.908, fold B 0.875 / 0.798), 0.902 / 0.831
# with =model.
# Round 7: 0.913 / 0.857 with =rules (fold A 0.947 / 0.912, fold B 0.879 / 0.798), 0.909 / 0.831
# with =model.
# Round 8: 0.913 / 0.865 with =rules (fold A 0.947 / 0.925, fold B 0.879 / 0.801), 0.909 / 0.836
# with =model.
# Round 20: 0.936 / 0.875 with =rules (fold A 0.976 / 0.944, fold B 0.896 / 0.799).
run python3 eval/scrapinghub_quotes_eval.py --dyad "$DYAD" --shared "$SHARED" --min-f1 0.930 --min-speaker 0.870
# Time expressions (issues 5, 14): TIMEX3 value F1 with relaxed spans on TempEval-3 platinum
# (91.0: fold A 93.7, fold B 88.6).
run python3 eval/tempeval_eval.py --dyad "$DYAD" --shared "$SHARED" --min-f1 90
# Event dates (issue 14): exact dates of the hand-dated ScrapingHub events, per date_kind
# (0.716 landed; 0.743 on the time branch with reported speech; 0.737 once merged with
# this round's coder, whose event set differs: the floor is the merged figure; 0.732 with
# round 12's coder and durations counted from the main verb, fold A 0.783, fold B 0.683).
run python3 eval/event_dates_eval.py "$DYAD" --shared "$SHARED" --min 0.73
# Event coder (issue 5): the PETRARCH unit-test records, with their own parses and
# with Dyad's language core (PETRARCH1 passes 197 of 279).
run "$DYAD" validate "$SHARED/suites/petrarch2/PETR.UnitTest.records.xml" --parser records --min-pass 253
run "$DYAD" validate "$SHARED/suites/petrarch2/PETR.UnitTest.records.xml" --parser dyad --min-pass 243
# Events on real wire sentences (issue 5): PLOVER records (type ~ CAMEO root and both
# countries right; target 0.70) and the seeds' key relations against gold/relations.json.
run python3 eval/plover_eval.py "$DYAD" --shared "$SHARED" --min 0.72
run python3 eval/relations_eval.py "$DYAD" --shared "$SHARED" --min-recall 1.0
# Bargaining simulation (issue 16): KTAB's SMP reference runs, every state of all 9 cases
# (7 CSV cases, the canonical-order stochastic XML case and the replayed threaded run).
run python3 eval/sim_eval.py "$DYAD" --shared "$SHARED" --min-cases 9
# Events on real news articles (issue 12): the hand-coded ScrapingHub events, each fold
# (time-aware: sentence, CAMEO root, source, target and time right; measured fold A
# P 0.429 R 0.139, fold B P 0.226 R 0.100 once round 12's coder became the default;
# eval/events_errors.py lists why each is wrong; round 29: fold A P 0.603 R 0.232, fold B
# P 0.250 R 0.114).
run python3 eval/events_eval.py "$DYAD" --shared "$SHARED" --min-precision 0.24 --min-recall 0.11
echo "evaluations: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
