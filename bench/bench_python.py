#!/usr/bin/env python3
"""Figures of the Python module and the Dask runner (docs/python.md).

  PYTHONPATH=build/python /usr/bin/python3 bench/bench_python.py [-n 200] [--workers 1 2]

1. Binding overhead: `dyad analyze CORPUS --json` (the C++ engine, dictionary
   load included) against the same in Python (`dyad.Engine()` +
   `analyze_files`, the contract built as Python objects), best of --repeat.
2. Dask: documents/s of `dyad.dask.ingest` on a LocalCluster of 1 and 2 worker
   processes (cluster start excluded; engine load, partitions and the serial
   merge included), with the merge's share.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)


def main():  # workers are spawned processes that import this file: no work at import
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-n", type=int, default=200, help="articles in the generated corpus")
    p.add_argument("--build", default=os.path.join(root, "build"))
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    p.add_argument("--partition-size", type=int, default=25)
    a = p.parse_args()
    sys.path.insert(0, os.path.join(a.build, "python"))
    import dyad  # noqa: E402
    import dyad.dask  # noqa: E402

    work = tempfile.mkdtemp(prefix="dyad-bench-")
    corpus = os.path.join(work, "corpus")
    subprocess.run([sys.executable, os.path.join(here, "make_corpus.py"), corpus, "-n", str(a.n)], check=True)


    def best(fn):
        times = []
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)


    cli = best(lambda: subprocess.run([os.path.join(a.build, "dyad"), "analyze", corpus, "--json", "--quiet"],
                                      stdout=subprocess.DEVNULL, check=True))
    py = best(lambda: dyad.Engine().analyze_files([corpus]))
    print(f"binding: {a.n} docs: CLI analyze --json {cli:.2f} s, Python Engine()+analyze_files {py:.2f} s "
          f"-> overhead {100 * (py - cli) / cli:+.1f}%")
    engine = dyad.Engine()
    warm = best(lambda: engine.analyze_files([corpus]))
    print(f"binding: with the Engine kept (dictionaries loaded once): {warm:.2f} s = {a.n / warm:.0f} docs/s")

    from distributed import Client, LocalCluster  # noqa: E402

    for w in a.workers:
        with LocalCluster(n_workers=w, threads_per_worker=1, processes=True, dashboard_address=":0") as c, \
                Client(c) as client:
            out = os.path.join(work, f"dask{w}")
            t0 = time.perf_counter()
            s = dyad.dask.ingest([corpus], out=out, client=client, partition_size=a.partition_size, progress=False,
                                 log=lambda *x, **k: None)
            t = time.perf_counter() - t0
            print(f"dask: {w} worker(s): {s['documents']} docs in {t:.2f} s = {s['documents'] / t:.1f} docs/s "
                  f"(partitions {s['process_seconds']:.2f} s, serial merge {s['merge_seconds']:.2f} s = "
                  f"{100 * s['merge_seconds'] / t:.0f}%)")
    t0 = time.perf_counter()
    subprocess.run([os.path.join(a.build, "dyad"), "ingest", corpus, "--db", os.path.join(work, "one.sqlite"), "-q"],
                   check=True)
    t = time.perf_counter() - t0
    print(f"reference: dyad ingest -j 1: {a.n / t:.1f} docs/s")
    subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main()
