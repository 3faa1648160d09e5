#!/usr/bin/env bash
# Runs the libFuzzer targets built in BUILD (make fuzz / make fuzz-smoke), one
# after the other (one process at a time), each for SECONDS, from the seed
# corpus tests/fuzz/seeds/TARGET plus the regressions and what earlier runs
# found (BUILD/corpus/TARGET, kept between runs of 60 s or more). A crash, a hang over
# FUZZ_TIMEOUT seconds, a memory blow-up or a broken invariant stops that
# target: the input is saved under BUILD/artifacts/TARGET/ and the run fails;
# copy it to tests/fuzz/regressions/TARGET/ once fixed, so the normal test
# build replays it (test_fuzz_regressions).
# First a self-test: a planted crashing input (DYAD_FUZZ_SELFTEST, see
# fuzz_main.cc) must fail a target run, so a crash can never pass unseen.
#
#   tests/fuzz/run.sh BUILD SECONDS [TARGET...]
set -uo pipefail
BUILD=${1:?build dir}
SECONDS_EACH=${2:-60}
shift 2 || true
TARGETS=("$@")
ALL=(text html pdf jsonl records verbs actor_dict analyze conllu sim_csv sim_xml)
[[ ${#TARGETS[@]} -eq 0 ]] && TARGETS=("${ALL[@]}")
TIMEOUT=${FUZZ_TIMEOUT:-10}
cd "$(dirname "$0")/../.."

# Fuzzes target $1 for $2 seconds from its corpora and any extra folders
# ($3...); the exit code is libFuzzer's (0 = nothing found).
run_target() {
  local t=$1 secs=$2
  shift 2
  local bin="$BUILD/fuzz_$t"
  mkdir -p "$BUILD/corpus/$t" "$BUILD/artifacts/$t"
  local max_len=8192
  [[ $t == pdf ]] && max_len=65536
  [[ $t == analyze ]] && max_len=4096
  # Short runs (make fuzz-smoke) start from the seeds and regressions only,
  # in a fresh folder: replaying a corpus grown by long runs would take longer
  # than the run itself.
  local corpus="$BUILD/corpus/$t"
  if [[ $secs -lt 60 ]]; then
    corpus="$BUILD/corpus-smoke/$t"
    rm -rf "$corpus"
    mkdir -p "$corpus"
  fi
  local dirs=("$corpus" "tests/fuzz/seeds/$t")
  [[ -d tests/fuzz/regressions/$t ]] && dirs+=("tests/fuzz/regressions/$t")
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1} \
    "$bin" -max_total_time="$secs" -timeout="$TIMEOUT" -rss_limit_mb=2560 \
    -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$BUILD/artifacts/$t/" \
    "${dirs[@]}" "$@" >"$BUILD/artifacts/$t/last.log" 2>&1
}

for t in "${TARGETS[@]}"; do
  [[ -x $BUILD/fuzz_$t ]] || { echo "fuzz: $BUILD/fuzz_$t not built" >&2; exit 1; }
done

planted=$(mktemp -d)
trap 'rm -rf "$planted"' EXIT
printf 'dyad-fuzz-selftest-crash' >"$planted/crash"
if DYAD_FUZZ_SELFTEST=1 run_target "${TARGETS[0]}" 5 "$planted"; then
  echo "fuzz: self-test FAILED: a planted crash did not fail the run" >&2
  exit 1
fi
rm -f "$BUILD/artifacts/${TARGETS[0]}"/crash-*  # the planted input, found as expected
echo "fuzz: self-test ok (a planted crash fails the run)"

failed=()
for t in "${TARGETS[@]}"; do
  start=$(date +%s)
  run_target "$t" "$SECONDS_EACH"
  rc=$?
  log="$BUILD/artifacts/$t/last.log"
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
  echo "fuzz $t: $(( $(date +%s) - start )) s, ${runs:-?} inputs, ${cov:-cov: ?}, exit $rc"
  if [[ $rc -ne 0 ]]; then
    failed+=("$t")
    grep -E "ERROR|SUMMARY|invariant|Test unit written|deadly signal|timeout" "$log" | head -20
    echo "fuzz $t: full log in $log" >&2
  fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
