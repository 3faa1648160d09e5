#!/usr/bin/env bash
# Runs every evaluation against ../shared with the floors CI holds us to.
# Each script prints its figures; a figure under its floor fails the run.
set -euo pipefail
DYAD=${1:-build/dyad}
SHARED=${2:-../shared}
cd "$(dirname "$0")/.."
if [[ ! -d $SHARED/seeds ]]; then
  echo "eval: $SHARED not found; evaluations skipped" >&2
  exit 0
fi
status=0
run() { echo "== $*"; "$@" || status=1; }
for s in eval/*.py; do
  [[ -f $s ]] || continue
  floor_args=$(sed -n 's/^# CI: *//p' "$s" | head -1)
  run python3 "$s" --dyad "$DYAD" --shared "$SHARED" $floor_args
done
exit $status
