#!/usr/bin/env bash
# Store size on a generated corpus (bench/make_corpus.py): `dyad ingest` into
# SQLite, then bytes per table with its indexes (dbstat) and the file against
# the corpus bytes; with BACKENDS=sqlite,postgresql the same for PostgreSQL
# (pg_total_relation_size, throw-away cluster of scripts/pg-cluster.sh).
#   bash bench/store_size.sh [BUILD]   (N=articles, default 600; JOBS=-j;
#   MAX_RATIO=r fails when the SQLite file is over r x the corpus: ctest's
#   store_size test)
set -euo pipefail
BUILD=$(realpath "${1:-build}")
N=${N:-600}
JOBS=${JOBS:-2}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/make_corpus.py "$work/corpus" -n "$N" >/dev/null
bytes=$(find "$work/corpus" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
echo "corpus: $N articles, $bytes bytes"

"$BUILD/dyad" ingest "$work/corpus" --db "$work/s.sqlite" -j "$JOBS" --quiet
python3 - "$work/s.sqlite" "$bytes" "${MAX_RATIO:-}" <<'P'
import sqlite3, sys
path, corpus, limit = sys.argv[1], int(sys.argv[2]), sys.argv[3]
con = sqlite3.connect(path)
con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
owner = {r[0]: r[1] for r in con.execute("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')")}
sizes = {}
for name, size in con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
    table = owner.get(name, name)
    if table.startswith("documents_fts"):
        table = "documents_fts"
    part = "index" if name != table and not name.startswith("documents_fts") else "table"
    sizes.setdefault(table, {"table": 0, "index": 0})[part] += size
total = con.execute("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size").fetchone()[0]
con.close()
print(f"SQLite: {total} bytes = {total / corpus:.2f} x the corpus")
print(f"  {'table':<16}{'rows kB':>9}{'index kB':>10}{'x corpus':>10}")
for t, s in sorted(sizes.items(), key=lambda kv: -(kv[1]["table"] + kv[1]["index"])):
    if s["table"] + s["index"] >= 0.005 * total:
        print(f"  {t:<16}{s['table'] / 1000:>9.0f}{s['index'] / 1000:>10.0f}{(s['table'] + s['index']) / corpus:>10.2f}")
if limit and total / corpus > float(limit):
    sys.exit(f"store_size: the SQLite store is {total / corpus:.2f} x the corpus, over the limit {limit}")
P
[[ ${BACKENDS:-sqlite} == *postgresql* ]] || exit 0

bash scripts/pg-cluster.sh run bash -c '
  set -euo pipefail
  url=${DYAD_PG_URL/\/postgres?/\/size?}
  psql -q "$DYAD_PG_URL" -c "CREATE DATABASE size"
  empty=$(psql -tA "$url" -c "SELECT pg_database_size(current_database())")
  '"$BUILD"'/dyad ingest '"$work"'/corpus --db "$url" -j '"$JOBS"' --quiet
  psql -q "$url" -c "VACUUM ANALYZE" -c "CHECKPOINT"
  size=$(psql -tA "$url" -c "SELECT pg_database_size(current_database())")
  b='"$bytes"'
  echo "PostgreSQL: $size bytes = $(python3 -c "print(f\"{$size/$b:.2f}\")") x the corpus (whole database; $(( (size - empty) )) bytes over an empty one = $(python3 -c "print(f\"{($size-$empty)/$b:.2f}\")") x)"
  psql -tA -F" " "$url" -c "SELECT c.relname, pg_table_size(c.oid) / 1000, pg_indexes_size(c.oid) / 1000,
      round((pg_total_relation_size(c.oid)::numeric / $b), 2) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = '"'"'r'"'"' AND n.nspname = '"'"'public'"'"' AND pg_total_relation_size(c.oid) > 0.005 * $size
      ORDER BY pg_total_relation_size(c.oid) DESC" |
    awk '"'"'BEGIN { printf "  %-16s%9s%10s%10s\n", "table", "rows kB", "index kB", "x corpus" } { printf "  %-16s%9s%10s%10s\n", $1, $2, $3, $4 }'"'"'
'
