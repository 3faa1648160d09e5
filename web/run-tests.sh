#!/usr/bin/env bash
# Web terminal tests: install the npm packages (offline-friendly), build the front end, then run the
# browser test (Chromium via playwright-core) and the load test against `dyad serve` on loopback.
# Usage: web/run-tests.sh [path/to/dyad]   (default: build/dyad). Needs: apt-get install chromium
# Screenshots: build/artifacts/web/*.png
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
dyad="$(realpath "${1:-$repo/build/dyad}")"
[ -x "$dyad" ] || { echo "web/run-tests.sh: no dyad binary at $dyad" >&2; exit 2; }
chromium="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] || { echo "web/run-tests.sh: no Chromium at $chromium (apt-get install -y chromium)" >&2; exit 2; }
command -v npm >/dev/null || { echo "web/run-tests.sh: npm not found (apt-get install -y nodejs npm)" >&2; exit 2; }
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' ||
  { echo "web/run-tests.sh: Node.js $(node --version) is too old: Vite needs 20.19 or newer" >&2; exit 2; }

cd "$here"
npm ci --prefer-offline --no-audit --no-fund --loglevel=error
npm run --silent build
status=0
CHROMIUM="$chromium" node tests/e2e.mjs --dyad "$dyad" --out "$repo/build/artifacts/web" || status=1
CHROMIUM="$chromium" node tests/e2e-sim.mjs --dyad "$dyad" --out "$repo/build/artifacts/web" || status=1
node tests/load.mjs --dyad "$dyad" --requests "${DYAD_WEB_LOAD_REQUESTS:-1500}" --concurrency 8 --max-p95 100 || status=1
exit $status
