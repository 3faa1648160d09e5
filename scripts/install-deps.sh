#!/usr/bin/env bash
# Installs the Debian packages Dyad builds and tests with (see README.md,
# "Dependencies"). Does nothing when they are all present; needs root (or
# sudo) otherwise.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config python3 time
  libicu-dev libsqlite3-dev libpq-dev postgresql libpoppler-cpp-dev libgumbo-dev libxxhash-dev libzstd-dev
  libtbb-dev libfmt-dev nlohmann-json3-dev libcli11-dev libcld2-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libhyperscan-dev libcpp-httplib-dev
  liblingua-en-tagger-perl wordnet-base iso-codes
  chromium fonts-dejavu-core
  python3-dev pybind11-dev python3-pandas python3-pytest python3-dask python3-distributed
  clang libclang-rt-14-dev
)
# The web front end is built with Node.js and npm; a machine that already has
# them (e.g. from NodeSource) keeps its own, others get Debian's.
command -v npm >/dev/null 2>&1 || PACKAGES+=(nodejs npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}" >&2
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root to apt-get install ${missing[*]}" >&2; exit 1; }
  SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
