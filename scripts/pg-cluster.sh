#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the store tests: initdb into a
# temporary directory, a Unix socket only (no TCP), no fsync.
#   pg-cluster.sh start STATE   starts one; STATE gets its URL, STATE.dir its directory
#   pg-cluster.sh stop STATE    stops it and removes the directory
#   pg-cluster.sh run CMD...    runs CMD with DYAD_PG_URL set, stopping the cluster after (also on failure)
# initdb refuses to run as root: as root the cluster runs as the `postgres`
# user (else `nobody`). Fails loudly when the server binaries are missing.
set -euo pipefail

die() { echo "pg-cluster: $*" >&2; exit 1; }

bindir() {
  local d
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [[ -x $d/initdb && -x $d/pg_ctl ]] && { echo "$d"; return; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return; }
  die "PostgreSQL server binaries (initdb, pg_ctl) not found: install postgresql-15 (bash scripts/install-deps.sh)"
}

# Runs a command as the cluster's owner.
as_owner() {
  if [[ $(id -u) -ne 0 ]]; then "$@"; return; fi
  runuser -u "$OWNER" -- "$@"
}

owner() {
  if [[ $(id -u) -ne 0 ]]; then id -un
  elif id postgres >/dev/null 2>&1; then echo postgres
  else echo nobody; fi
}

stop() {
  local state=$1 dir
  [[ -f $state.dir ]] || return 0
  dir=$(cat "$state.dir")
  OWNER=$(owner)
  if [[ -d $dir/data ]]; then
    as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  rm -f "$state" "$state.dir"
}

start() {
  local state=$1 bin dir
  bin=$(bindir)
  stop "$state"  # a cluster left by an interrupted run
  OWNER=$(owner)
  dir=$(mktemp -d /tmp/dyad-pg.XXXXXX)
  echo "$dir" > "$state.dir"
  chmod 700 "$dir"
  [[ $(id -u) -ne 0 ]] || chown "$OWNER" "$dir"
  if ! as_owner "$bin/initdb" -D "$dir/data" -A trust -U dyad -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 &&
     ! as_owner "$bin/initdb" -D "$dir/data" -A trust -U dyad -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    stop "$state"
    die "initdb failed"
  fi
  if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
       -o "-k $dir -c listen_addresses= -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
       start >/dev/null; then
    cat "$dir/server.log" >&2 || true
    stop "$state"
    die "the server did not start"
  fi
  echo "postgresql://dyad@/postgres?host=$dir" > "$state"
}

case ${1:-} in
  start) [[ $# -eq 2 ]] || die "usage: $0 start STATE"; start "$2" ;;
  stop) [[ $# -eq 2 ]] || die "usage: $0 stop STATE"; stop "$2" ;;
  run)
    shift
    [[ $# -ge 1 ]] || die "usage: $0 run CMD..."
    state=$(mktemp -u /tmp/dyad-pg-state.XXXXXX)
    trap 'stop "$state"' EXIT INT TERM
    start "$state"
    DYAD_PG_URL=$(cat "$state") "$@"
    ;;
  *) die "usage: $0 start STATE | stop STATE | run CMD..." ;;
esac
