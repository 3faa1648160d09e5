#!/usr/bin/env bash
# Store back ends side by side on a generated corpus (bench/make_corpus.py):
# `dyad ingest` throughput, store size per MB of text, and the p95 latency of
# a mix of API requests through `dyad serve`, on SQLite and on PostgreSQL (a
# throw-away cluster from scripts/pg-cluster.sh).
#   bash bench/store_backends.sh [BUILD]   (N=articles, default 2000; JOBS=-j;
#   BACKENDS=sqlite,postgresql)
set -euo pipefail
BUILD=$(realpath "${1:-build}")
N=${N:-2000}
JOBS=${JOBS:-2}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/make_corpus.py "$work/corpus" -n "$N" >/dev/null
bytes=$(du -sb "$work/corpus" | cut -f1)
echo "corpus: $N articles, $((bytes / 1000000)) MB"

ingest() {  # $1 = --db value
  local t0 t1
  t0=$(date +%s.%N)
  "$BUILD/dyad" ingest "$work/corpus" --db "$1" -j "$JOBS" --quiet
  t1=$(date +%s.%N)
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'  ingest: {s:.1f} s = {int(sys.argv[3])/s:.0f} docs/s, {int(sys.argv[4])/1e6/s:.2f} MB/s')" "$t0" "$t1" "$N" "$bytes"
}

p95() {  # $1 = --db value, $2 = port
  "$BUILD/dyad" serve --db "$1" --port "$2" --threads 2 >/dev/null 2>&1 &
  local pid=$!
  python3 - "$2" <<'P'
import json, sys, time, urllib.request
base = f"http://127.0.0.1:{sys.argv[1]}"
for _ in range(100):
    try:
        urllib.request.urlopen(base + "/api/health"); break
    except Exception:
        time.sleep(0.1)
get = lambda p: json.load(urllib.request.urlopen(base + p))
actors = [a["code"] for a in get("/api/actors?limit=10")["actors"]]
docs = [h["id"] for h in get("/api/search?limit=10")["hits"]]
paths = ["/api/stats", "/api/search?q=talks", "/api/search?q=minister%20AND%20agreed", "/api/network",
         "/api/network?rollup=1", "/api/timeline", "/api/search"]
paths += [f"/api/actors/{a}" for a in actors] + [f"/api/documents/{d}" for d in docs]
paths += [f"/api/dyads/{actors[0]}/{a}?granularity=month" for a in actors[1:5]]
times, by_endpoint = [], {}
endpoint = lambda p: "/".join(p.split("?")[0].split("/")[:3]) + ("?q" if "?q=" in p else "?rollup" if "rollup" in p else "")
for _ in range(5):
    for p in paths:
        t = time.perf_counter()
        urllib.request.urlopen(base + p).read()
        times.append(time.perf_counter() - t)
        by_endpoint.setdefault(endpoint(p), []).append(times[-1])
times.sort()
print(f"  API: {len(times)} requests, median {times[len(times)//2]*1000:.1f} ms, p95 {times[int(len(times)*0.95)]*1000:.1f} ms")
for e, ts in sorted(by_endpoint.items()):
    ts.sort()
    print(f"    {e:<20} {len(ts):>3} requests, median {ts[len(ts)//2]*1000:7.1f} ms, p95 {ts[min(len(ts)-1, int(len(ts)*0.95))]*1000:7.1f} ms")
P
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

if [[ ${BACKENDS:-sqlite,postgresql} == *sqlite* ]]; then
echo "SQLite:"
ingest "$work/b.sqlite"
sqlite3 "$work/b.sqlite" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null 2>&1 || true
size=$(du -cb "$work"/b.sqlite* | tail -1 | cut -f1)
echo "  size: $((size / 1000000)) MB = $(python3 -c "print(f'{$size/$bytes:.2f}')") x the corpus"
p95 "$work/b.sqlite" 18731
fi
[[ ${BACKENDS:-sqlite,postgresql} == *postgresql* ]] || exit 0

echo "PostgreSQL:"
bash scripts/pg-cluster.sh run bash -c '
  set -euo pipefail
  url=${DYAD_PG_URL/\/postgres?/\/bench?}
  psql -q "$DYAD_PG_URL" -c "CREATE DATABASE bench"
  '"$(declare -f ingest p95)"'
  BUILD='"$BUILD"' N='"$N"' JOBS='"$JOBS"' work='"$work"' bytes='"$bytes"'
  ingest "$url"
  size=$(psql -tA "$url" -c "SELECT pg_database_size(current_database())")
  echo "  size: $((size / 1000000)) MB = $(python3 -c "print(f\"{$size/$bytes:.2f}\")") x the corpus (whole database)"
  p95 "$url" 18732
'
