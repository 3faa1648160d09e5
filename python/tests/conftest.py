"""Shared set-up of the Python tests: the built package (build/python) on the
path, the `dyad` binary and ../shared. Run with `make python-test` or
`PYTHONPATH=build/python /usr/bin/python3 -m pytest python/tests`."""
import os
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BUILD = os.path.abspath(os.environ.get("DYAD_BUILD", os.path.join(ROOT, "build")))
SHARED = os.path.abspath(os.environ.get("DYAD_SHARED", os.path.join(ROOT, "..", "shared")))
DYAD = os.path.join(BUILD, "dyad")
SEEDS = os.path.join(SHARED, "seeds")

sys.path.insert(0, os.path.join(BUILD, "python"))

# Without the compiled module (no pybind11-dev at build time) nothing is
# collected and `make python-test` reports it (pytest exit 5).
_package = os.path.join(BUILD, "python", "dyad")
if not os.path.isdir(_package) or not any(f.startswith("_core") for f in os.listdir(_package)):
    collect_ignore_glob = ["test_*.py"]


def run_dyad(*args, check=True):
    return subprocess.run([DYAD, *args], capture_output=True, text=True, timeout=300, check=check)


@pytest.fixture(scope="session")
def seeds():
    if not os.path.isdir(SEEDS):
        pytest.skip(f"{SEEDS} not found")
    return SEEDS


@pytest.fixture(scope="session")
def corpus(tmp_path_factory, seeds):
    """A few dozen generated articles plus the seeds, the duplicate pair of the
    seeds split so that its copies fall in different partitions."""
    out = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_corpus.py"), str(out), "-n", "30"],
                   check=True, timeout=120, capture_output=True)
    names = sorted(os.listdir(seeds))
    later = out / "zz"
    later.mkdir()
    for i, name in enumerate(names):
        shutil.copy(os.path.join(seeds, name), (later if i == 1 else out) / name)
    return str(out)
