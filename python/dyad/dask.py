"""Archive-scale ingest on Dask: `python3 -m dyad.dask ingest PATHS... ...`.

The input files are cut into partitions (contiguous runs of the order `dyad
ingest` reads them in). Each partition is one Dask task: in the worker
process it runs the engine (loaded once per worker process) and writes a
partition store, renamed into place when complete, then a done-marker. Failed
tasks are retried (and a worker that dies has its tasks rerun elsewhere); a
rerun skips partitions whose marker exists. The last step merges the
partition stores, in order, into one SQLite store (`dyad merge`); it is the
serial part of the run.

With a PostgreSQL store (--db postgresql://...) there is no serial step:
each task merges its partition into the database as soon as it is written
(one transaction; writers take turns under the store's advisory lock, so no
document is lost or stored twice, and a copy that meets its original across
partitions is linked to whichever was stored first), then writes its
marker. Documents are numbered in the order the partitions finish.

With --scheduler the workers must see the same file system (inputs and
--out) and import this package (PYTHONPATH=build/python).
"""
import argparse
import hashlib
import json
import os
import sys
import threading
import time
import uuid

from . import _core

_ENGINES = {}
_ENGINES_LOCK = threading.Lock()


def _worker_engine(config):
    """The engine for `config` in this process, built on first use."""
    key = json.dumps(config, sort_keys=True)
    with _ENGINES_LOCK:
        engine = _ENGINES.get(key)
        if engine is None:
            from . import Engine
            engine = _ENGINES[key] = Engine(**config)
        return engine


def _write_atomically(path, data):
    tmp = f"{path}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _remove_quietly(*paths):
    for p in paths:
        try:
            os.remove(p)
        except FileNotFoundError:
            pass


def is_server_url(db):
    return db is not None and "://" in str(db)


def run_partition(part_dir, name, files, config, jobs=1, merge_into=None):
    """One task: ingest `files` into PART_DIR/NAME.sqlite unless NAME.done exists.

    Returns the counts (and whether it was skipped). The store is written
    under a temporary name and renamed, then (with `merge_into`, a
    PostgreSQL URL) merged into that store, then the marker written: a task
    killed at any point leaves no half-done partition, and merging a
    partition again changes nothing.
    """
    store = os.path.join(part_dir, name + ".sqlite")
    marker = os.path.join(part_dir, name + ".done")
    if os.path.exists(marker) and os.path.exists(store):
        with open(marker, encoding="utf-8") as f:
            return dict(json.load(f), skipped=True)
    tmp = f"{store}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        counts = _worker_engine(config).ingest(files, tmp, jobs=jobs, refresh_model=False)
        os.replace(tmp, store)
    finally:
        _remove_quietly(tmp, tmp + "-wal", tmp + "-shm")
    counts = dict(counts, errors=[list(e) for e in counts["errors"]], name=name, worker_pid=os.getpid())
    if merge_into is not None:
        counts["merge"] = _core.merge(merge_into, [store], refresh_model=False)
    _write_atomically(marker, json.dumps(counts))
    return dict(counts, skipped=False)


def plan(paths, partition_size):
    """(files, read errors, partitions): partitions are (name, files) in input order.

    A partition's name carries a digest of its file list, so a rerun with the
    same inputs finds its finished partitions and a changed input is redone.
    """
    files, errors = _core.expand_paths([os.fspath(p) for p in paths])
    parts = []
    for i, at in enumerate(range(0, len(files), partition_size)):
        chunk = files[at:at + partition_size]
        digest = hashlib.sha1("\n".join(chunk).encode("utf-8", "surrogateescape")).hexdigest()[:12]
        parts.append((f"part-{i:05d}-{digest}", chunk))
    return files, errors, parts


def _targets(out, db, parts=None):
    """(store, partition folder): --out DIR, --db FILE or --db URL (--parts DIR)."""
    if (out is None) == (db is None):
        raise ValueError("give one of --out DIR or --db FILE|URL")
    if is_server_url(db):
        if not str(db).startswith(("postgresql://", "postgres://")):
            raise ValueError(f"{db}: not a PostgreSQL URL (postgresql://...) or a file")
        if parts is None:
            raise ValueError("a PostgreSQL store needs --parts DIR, a folder (seen by every worker) "
                             "for the partition stores")
        return str(db), str(parts)
    if out is not None:
        return os.path.join(out, "dyad.sqlite"), str(parts or os.path.join(out, "parts"))
    return str(db), str(parts or str(db) + ".parts")


def _dashboard(client):
    link = getattr(client, "dashboard_link", None)
    try:
        import bokeh  # noqa: F401
        return link
    except ImportError:
        # Without Bokeh (not packaged in Debian 12) the scheduler still serves
        # its plain HTML pages on the dashboard port.
        return link.replace("/status", "/info/main/workers.html") if link else None


def collect(names, futures):
    """(results, [(name, error)]) of finished futures, in order.

    Reads each result rather than its status: a result held by a worker that
    dies before it is gathered turns "lost" and is computed again, which
    result() waits for; a task that failed after its retries (or whose
    workers kept dying, KilledWorker) is named with its error.
    """
    results, failed = [], []
    for name, f in zip(names, futures):
        try:
            results.append(f.result())
        except Exception as e:
            failed.append((name, repr(e)))
    return results, failed


def ingest(paths, out=None, db=None, client=None, scheduler=None, workers=2, partition_size=64, retries=2,
           progress=True, log=print, actors=None, agents=None, verbs=None, default_actors=True,
           default_verbs=True, parts=None):
    """Ingests files and folders on Dask and merges the partitions into one store.

    db: an SQLite file or a postgresql:// URL (then `parts`, a folder every
    worker sees, holds the partition stores and each task merges its own).
    client: a distributed.Client to use (else --scheduler ADDR, else a
    LocalCluster of `workers` processes). Returns a summary dict; raises
    RuntimeError naming the partitions that failed after retries (the
    finished ones are kept for the next run; into SQLite nothing is merged).
    """
    from distributed import Client, LocalCluster, wait
    target, part_dir = _targets(out, db, parts)
    server = is_server_url(target)
    os.makedirs(part_dir, exist_ok=True)
    if not server and os.path.dirname(target):
        os.makedirs(os.path.dirname(target), exist_ok=True)
    config = {"actors": list(actors or []), "agents": list(agents or []), "verbs": list(verbs or []),
              "default_actors": default_actors, "default_verbs": default_verbs}
    files, errors, partitions = plan(paths, max(1, int(partition_size)))
    for where, msg in errors:
        log(f"dyad: {where}: {msg}", file=sys.stderr)
    own = client is None
    cluster = None
    if own:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=int(workers), threads_per_worker=1, processes=True,
                                   dashboard_address=":0")
            client = Client(cluster)
    t0 = time.monotonic()
    try:
        log(f"dyad: {len(files)} files in {len(partitions)} partitions on {len(client.scheduler_info()['workers'])} "
            f"workers; dashboard: {_dashboard(client)}", file=sys.stderr)
        run = uuid.uuid4().hex[:8]  # fresh keys: a rerun never gets an earlier run's results from memory
        if server:  # the database exists, with its tables, before the workers write to it
            _core.merge(target, [], refresh_model=False)
        futures = [client.submit(run_partition, part_dir, name, chunk, config, key=f"dyad-{name}-{run}",
                                 pure=False, retries=retries, merge_into=target if server else None)
                   for name, chunk in partitions]
        if progress and futures:
            from distributed import progress as show_progress
            show_progress(futures)
        wait(futures)
        results, failed = collect([name for name, _ in partitions], futures)
        processed = time.monotonic() - t0
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
    if failed:
        raise RuntimeError(f"dyad: {len(failed)} of {len(partitions)} partitions failed after {retries} retries "
                           f"(finished ones are kept; rerun to retry): "
                           + "; ".join(f"{n}: {e}" for n, e in failed[:5]))
    t1 = time.monotonic()
    if server:  # merged by the tasks: the model tables once, and the counts of the tasks' merges
        merged = _core.merge(target, [])
        for key in ("inserted", "replaced", "unchanged", "duplicates"):
            merged[key] = sum(r.get("merge", {}).get(key, 0) for r in results if not r["skipped"])
    else:
        merged = _core.merge(target, [os.path.join(part_dir, name + ".sqlite") for name, _ in partitions])
    merge_s = time.monotonic() - t1
    for r in results:
        for where, msg in r.get("errors", []):
            log(f"dyad: {where}: {msg}", file=sys.stderr)
    summary = {
        "files": len(files), "partitions": len(partitions), "skipped": sum(r["skipped"] for r in results),
        "documents": sum(r["documents"] for r in results), "errors": len(errors) + sum(len(r["errors"]) for r in results),
        "process_seconds": processed, "merge_seconds": merge_s, "store": target, "merge": merged,
    }
    log(f"dyad: {summary['partitions']} partitions ({summary['skipped']} already done), {summary['documents']} "
        f"documents in {processed:.1f} s, merged in {merge_s:.1f} s: {merged['inserted']} new, "
        f"{merged['unchanged']} unchanged, {merged['duplicates']} duplicates across partitions; {target} holds "
        f"{merged['documents']} documents", file=sys.stderr)
    return summary


def main(argv=None):
    p = argparse.ArgumentParser(prog="python3 -m dyad.dask", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    ing = sub.add_parser("ingest", help="ingest files and folders on a Dask cluster into one store",
                         description="Ingest files and folders on a Dask cluster into one SQLite or PostgreSQL "
                                     "store. Example:\n"
                                     "  python3 -m dyad.dask ingest archive/ --workers 2 --out run/\n"
                                     "  python3 -m dyad.dask ingest archive/ --scheduler tcp://10.0.0.5:8786 "
                                     "--db news.sqlite\n"
                                     "  python3 -m dyad.dask ingest archive/ --workers 2 "
                                     "--db postgresql://dbhost/dyad --parts /shared/run/parts",
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    ing.add_argument("paths", nargs="+", help="files or folders (read recursively)")
    where = ing.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://HOST:8786)")
    where.add_argument("--workers", type=int, help="start a local cluster of N worker processes")
    into = ing.add_mutually_exclusive_group(required=True)
    into.add_argument("--out", help="folder for the run: DIR/dyad.sqlite and DIR/parts/")
    into.add_argument("--db", help="SQLite store FILE (partitions in FILE.parts/) or PostgreSQL URL "
                                   "(postgresql://...; give --parts): each task merges its partition itself")
    ing.add_argument("--parts", help="folder for the partition stores (seen by every worker; needed with a "
                                     "PostgreSQL --db)")
    ing.add_argument("--partition-size", type=int, default=64, help="files per partition (default 64)")
    ing.add_argument("--retries", type=int, default=2, help="retries of a failed partition (default 2)")
    ing.add_argument("--actors", action="append", help="TABARI/PETRARCH actor dictionary (repeatable)")
    ing.add_argument("--agents", action="append", help="TABARI/PETRARCH agent dictionary (repeatable)")
    ing.add_argument("--verbs", action="append", help="TABARI/PETRARCH verb dictionary (repeatable)")
    ing.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    a = p.parse_args(argv)
    try:
        _targets(a.out, a.db, a.parts)
    except ValueError as e:
        p.error(str(e))
    try:
        summary = ingest(a.paths, out=a.out, db=a.db, scheduler=a.scheduler, workers=a.workers or 2,
                         partition_size=a.partition_size, retries=a.retries, progress=not a.quiet,
                         actors=a.actors, agents=a.agents, verbs=a.verbs, parts=a.parts)
    except (RuntimeError, OSError) as e:
        print(e, file=sys.stderr)
        return 1
    return 0 if summary["documents"] or summary["merge"]["documents"] else 1


if __name__ == "__main__":
    # Run from the importable module, so tasks are pickled by reference to
    # dyad.dask (workers import it) rather than by value from __main__.
    from dyad.dask import main as _main
    sys.exit(_main())
