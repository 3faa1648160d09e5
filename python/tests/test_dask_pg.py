"""`dyad.dask` and `dyad merge` writing a PostgreSQL store, in a throw-away
cluster started here through scripts/pg-cluster.sh (stopped and removed at
the end, also when a test fails): two workers merging their partitions at
once store every document once, with the counts and exports of a
single-process SQLite ingest; a rerun changes nothing; `dyad merge` of the
SQLite partitions into PostgreSQL gives the SQLite merge's store."""
import os
import sqlite3
import subprocess
import uuid

import pytest

import dyad.dask as dd
from conftest import ROOT, run_dyad

distributed = pytest.importorskip("distributed")

CLUSTER = os.path.join(ROOT, "scripts", "pg-cluster.sh")


@pytest.fixture(scope="module")
def pg(tmp_path_factory):
    """The URL of a fresh cluster's `postgres` database."""
    state = str(tmp_path_factory.mktemp("pg") / "cluster")
    subprocess.run(["bash", CLUSTER, "start", state], check=True, timeout=120, capture_output=True)
    try:
        with open(state, encoding="utf-8") as f:
            yield f.read().strip()
    finally:
        subprocess.run(["bash", CLUSTER, "stop", state], timeout=120, capture_output=True)


def psql(url, sql):
    r = subprocess.run(["psql", "-tAq", url, "-c", sql], capture_output=True, text=True, timeout=60, check=True)
    return r.stdout.strip()


@pytest.fixture
def database(pg):
    """A new empty database in the cluster."""
    name = "t_" + uuid.uuid4().hex[:10]
    psql(pg, f"CREATE DATABASE {name}")
    return pg.replace("/postgres?", f"/{name}?")


def export(db, what="events"):
    return run_dyad("export", "--db", db, "--what", what, "--format", "csv").stdout


def quiet(*args, **kwargs):
    pass


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("single-pg") / "single.sqlite")
    run_dyad("ingest", corpus, "--db", db, "--quiet")
    return db


def test_workers_merge_into_postgres_at_once(corpus, single, database, pg, tmp_path):
    parts = tmp_path / "parts"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c, \
            distributed.Client(c) as client:
        s = dd.ingest([corpus], db=database, parts=str(parts), client=client, partition_size=4, progress=False,
                      log=quiet)
        assert s["partitions"] == 9 and s["skipped"] == 0
        assert s["merge"]["inserted"] == 34 and s["merge"]["duplicates"] == 1
        # Every document once, the seeds' pair linked one way or the other.
        assert psql(database, "SELECT count(*), count(DISTINCT id), count(DISTINCT hash) FROM documents") == "34|34|34"
        assert psql(database, "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL") == "1"
        assert psql(database, "SELECT value FROM totals WHERE name = 'events'") == \
            psql(database, "SELECT count(*) FROM events WHERE kept = 1")
        ids = psql(database, "SELECT string_agg(id, ',' ORDER BY id) FROM documents")
        con = sqlite3.connect(single)
        assert ids == ",".join(r[0] for r in con.execute("SELECT id FROM documents ORDER BY id"))
        linked = con.execute("SELECT id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL").fetchall()
        con.close()
        # When the pair is linked as one ingest links it (the partitions
        # finished in order), the same events, dyad series and network as one
        # SQLite ingest (events numbered in the order partitions finished, so
        # compared as sets without their numbers); else the other copy's events count.
        if psql(database, "SELECT id || '|' || duplicate_of FROM documents WHERE duplicate_of IS NOT NULL") == \
                "|".join(linked[0]):
            def events(db):  # each line without its event number
                return sorted(line.split(",", 1)[1] for line in export(db).splitlines()[1:])
            assert events(database) == events(single)
            assert export(database, "dyads") == export(single, "dyads")
            assert export(database, "network") == export(single, "network")

        # A rerun does no partition again and changes nothing.
        before = psql(database, "SELECT count(*), sum(events) FROM actors")
        again = dd.ingest([corpus], db=database, parts=str(parts), client=client, partition_size=4,
                          progress=False, log=quiet)
        assert again["skipped"] == again["partitions"] == 9
        assert again["merge"]["documents"] == 34
        assert psql(database, "SELECT count(*), sum(events) FROM actors") == before

    # `dyad merge` of the same partitions, in order, into another database
    # gives exactly the SQLite merge's store.
    files = sorted(str(parts / f) for f in os.listdir(parts) if f.endswith(".sqlite"))
    sqlite_out = str(tmp_path / "merged.sqlite")
    run_dyad("merge", sqlite_out, *files)
    name = "t_" + uuid.uuid4().hex[:10]
    psql(pg, f"CREATE DATABASE {name}")
    other = pg.replace("/postgres?", f"/{name}?")
    r = run_dyad("merge", other, *files, check=False)
    assert r.returncode == 0, r.stderr
    assert "holds 34 documents" in r.stderr
    for what in ("events", "dyads", "network"):
        assert export(other, what) == export(sqlite_out, what), what


def test_command_line_needs_a_parts_folder(corpus, database, tmp_path):
    env = dict(os.environ, PYTHONPATH=os.path.join(os.path.dirname(dd.__file__), ".."))
    r = subprocess.run(["/usr/bin/python3", "-m", "dyad.dask", "ingest", corpus, "--workers", "1", "--db", database],
                       capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 2 and "--parts" in r.stderr
