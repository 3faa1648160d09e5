#!/usr/bin/env bash
# The whole-pipeline benchmark, then every stage's Google Benchmark.
# Prints throughput (MB/s and documents/s, per core) and peak memory of
# `dyad ingest` over a generated corpus of 10,000 articles, once on one core
# and once with all cores.
set -euo pipefail
BUILD=${1:-build}
N=${N:-10000}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/make_corpus.py "$work/corpus" -n "$N"
bytes=$(du -sb "$work/corpus" | cut -f1)
cores=$(nproc)
measure() {  # $1 = jobs
  rm -f "$work/b.sqlite"*
  local t0 t1 peak
  t0=$(date +%s.%N)
  /usr/bin/env time -f "%M %U %S" -o "$work/peak" "$BUILD/dyad" ingest "$work/corpus" --db "$work/b.sqlite" -j "$1" --quiet
  t1=$(date +%s.%N)
  read -r peak user sys < "$work/peak"
  python3 - "$bytes" "$N" "$t0" "$t1" "$peak" "$1" "$user" "$sys" <<'P'
import sys
b, n, t0, t1, peak, jobs = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
cpu = float(sys.argv[7]) + float(sys.argv[8])
s = t1 - t0
# Per core: throughput over CPU seconds, which a busy machine does not distort.
print(f"pipeline (ingest, -j {jobs}): {n} docs, {b/1e6:.1f} MB in {s:.2f} s wall = {b/1e6/s:.1f} MB/s, "
      f"{n/s:.0f} docs/s; per core (CPU {cpu:.2f} s) {b/1e6/cpu:.1f} MB/s, {n/cpu:.0f} docs/s; "
      f"peak memory {peak/1024:.0f} MB")
P
}
if ! command -v time >/dev/null && [[ ! -x /usr/bin/time ]]; then
  echo "bench: /usr/bin/time not found (apt-get install time)" >&2
fi
measure 1
[[ $cores -gt 1 ]] && measure "$cores"
for b in "$BUILD"/bench_*; do
  [[ -x $b ]] || continue
  echo "== $(basename "$b")"
  "$b" --benchmark_min_time=0.2
done
