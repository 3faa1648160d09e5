"""`dyad.dask` on a LocalCluster of two worker processes: the merged store
equals a single-process `dyad ingest` of the same files, a rerun skips the
finished partitions, and a worker killed mid-run loses and doubles nothing."""
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

import dyad.dask as dd
from conftest import BUILD, run_dyad

distributed = pytest.importorskip("distributed")

# Tables compared row by row (rowids and event ids included), with their order.
TABLES = {
    "documents": ("SELECT rowid, id, path, format, hash, text, offset_map, title, authors, published, source, "
                  "dateline, url, word_count, language, duplicate_of, merged, boilerplate, signature "
                  "FROM documents ORDER BY rowid"),
    "events": "SELECT * FROM events ORDER BY id",
    "quotes": "SELECT * FROM quotes ORDER BY doc, start, end, speaker",
    "mentions": "SELECT * FROM mentions ORDER BY doc, start, end, code",
    "timex": "SELECT * FROM timex ORDER BY doc, start, end",
    "timeline": "SELECT * FROM timeline ORDER BY doc, start, end",
    "actors": "SELECT * FROM actors ORDER BY code",
    "dyad_days": "SELECT * FROM dyad_days ORDER BY day, source, target",
    "dyad_totals": "SELECT * FROM dyad_totals ORDER BY source, target",
    "totals": "SELECT * FROM totals ORDER BY name",
    "hedging_months": "SELECT * FROM hedging_months ORDER BY rollup, actor, month",
    "fts": "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'government' ORDER BY rowid",
}


def dump(db):
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(q).fetchall() for t, q in TABLES.items()}
    finally:
        con.close()


def quiet(*args, **kwargs):
    pass


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("single") / "single.sqlite")
    run_dyad("ingest", corpus, "--db", db, "--quiet")
    return dump(db)


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        with distributed.Client(c) as client:
            yield client


def test_merged_store_equals_single_ingest(corpus, single, cluster, tmp_path):
    s = dd.ingest([corpus], out=str(tmp_path), client=cluster, partition_size=4, progress=False, log=quiet)
    got = dump(s["store"])
    assert s["partitions"] == 9 and s["skipped"] == 0
    assert s["merge"]["duplicates"] == 1  # the seeds' pair, split over two partitions
    assert len(single["documents"]) == 34 and len(single["events"]) > 50
    for table in TABLES:
        assert got[table] == single[table], table
    # Both workers took part.
    pids = {__import__("json").load(open(p))["worker_pid"] for p in
            [os.path.join(tmp_path, "parts", f) for f in os.listdir(tmp_path / "parts") if f.endswith(".done")]}
    assert len(pids) == 2

    # A rerun does no partition again and leaves the store as it was.
    again = dd.ingest([corpus], out=str(tmp_path), client=cluster, partition_size=4, progress=False, log=quiet)
    assert again["skipped"] == again["partitions"] == 9
    assert again["merge"]["inserted"] == 0 and dump(s["store"]) == got

    # `dyad merge` of the same parts gives the same store; a bad part is named
    # and the others are still merged.
    parts = sorted(str(tmp_path / "parts" / f) for f in os.listdir(tmp_path / "parts") if f.endswith(".sqlite"))
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a store" * 100)
    out = str(tmp_path / "cli.sqlite")
    r = run_dyad("merge", out, parts[0], str(bad), *parts[1:], check=False)
    assert r.returncode == 3 and "bad.sqlite" in r.stderr
    assert dump(out) == got


def test_worker_killed_mid_run(corpus, single, tmp_path):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c, \
            distributed.Client(c) as client:
        pids = list(client.run(os.getpid).values())
        box = {}
        runner = threading.Thread(target=lambda: box.update(s=dd.ingest(
            [corpus], out=str(tmp_path), client=client, partition_size=2, progress=False, log=quiet)))
        runner.start()
        parts = tmp_path / "parts"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (parts.exists() and any(f.endswith(".done") for f in os.listdir(parts))):
            time.sleep(0.05)
        finished_at_kill = sum(f.endswith(".done") for f in os.listdir(parts))
        os.kill(pids[0], signal.SIGKILL)
        assert 1 <= finished_at_kill < 17  # mid-run: partitions were still pending
        runner.join(120)
        assert "s" in box, "the run did not finish"
        done = [f for f in os.listdir(parts) if f.endswith(".done")]
        assert len(done) == box["s"]["partitions"] == 17
    got = dump(box["s"]["store"])
    for table in TABLES:
        assert got[table] == single[table], table


def _square(x, marker):
    # Computed again (after its worker died) it takes a while, so the lost
    # state lasts long enough to be seen.
    if os.path.exists(marker):
        time.sleep(3)
    open(marker, "w").close()
    return x * x


def _fail(x):
    raise ValueError(f"bad input {x}")


def test_collect_waits_for_a_result_lost_with_its_worker(tmp_path):
    # A task finishes, then the worker holding its result dies before the
    # result is gathered: the future turns "lost" and is computed again, and
    # collect counts it as finished, not failed. A task that raises is named.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c, \
            distributed.Client(c) as client:
        pids = client.run(os.getpid)
        ok = client.submit(_square, 7, str(tmp_path / "computed"), key="square-7", pure=False)
        bad = client.submit(_fail, 3, key="fail-3", pure=False)
        distributed.wait([ok, bad])
        holder = next(iter(client.who_has([ok])["square-7"]))
        os.kill(pids[holder], signal.SIGKILL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and ok.status == "finished":
            time.sleep(0.01)
        assert ok.status != "finished"  # the loss reached the client
        results, failed = dd.collect(["ok", "bad"], [ok, bad])
        assert results == [49]
        assert [n for n, _ in failed] == ["bad"] and "bad input 3" in failed[0][1]


def test_command_line(tmp_path, corpus):
    env = dict(os.environ, PYTHONPATH=os.path.join(BUILD, "python"))
    h = subprocess.run([sys.executable, "-m", "dyad.dask", "ingest", "--help"], capture_output=True, text=True,
                       env=env, timeout=60)
    assert h.returncode == 0 and "PostgreSQL" in h.stdout and "--scheduler" in h.stdout
    r = subprocess.run([sys.executable, "-m", "dyad.dask", "ingest", corpus, "--workers", "1", "--db",
                        "postgresql://localhost/dyad"], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 2 and "PostgreSQL" in r.stderr
    # A real run from the command line (tasks must pickle by reference).
    small = tmp_path / "in"
    small.mkdir()
    for name in sorted(os.listdir(corpus))[:3]:
        if os.path.isfile(os.path.join(corpus, name)):
            (small / name).write_bytes(open(os.path.join(corpus, name), "rb").read())
    r = subprocess.run([sys.executable, "-m", "dyad.dask", "ingest", str(small), "--workers", "1", "--out",
                        str(tmp_path / "run"), "--partition-size", "2", "-q"], capture_output=True, text=True,
                       env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "dashboard: http" in r.stderr and "holds 3 documents" in r.stderr
