"""The Python binding: the same contract as the CLI, DataFrames with fixed
dtypes, threads, bad input, and reading a store."""
import io
import json
import os
import threading

import pandas as pd
import pytest

import dyad
from conftest import run_dyad


def cli_json(*paths):
    return json.loads(run_dyad("analyze", *paths, "--json", "--quiet").stdout)


def test_analyze_files_is_the_cli_contract(seeds):
    assert dyad.analyze_files([seeds]) == cli_json(seeds)


def test_analyze_texts_gives_the_cli_facts(seeds):
    names = sorted(os.listdir(seeds))
    paths = [os.path.join(seeds, n) for n in names]
    texts = [open(p, "rb").read() for p in paths]
    ids = [os.path.splitext(n)[0] for n in names]
    got = dyad.analyze(texts, ids=ids)
    want = cli_json(*paths)
    for d in want["documents"]:
        d["path"] = d["id"]  # a text has no file: its path is its id
    assert got == want
    assert len(got["events"]) > 0


def test_with_text_and_single_text():
    r = dyad.analyze("Russia criticised Ukraine on Monday. France praised Germany.", with_text=True)
    assert len(r["documents"]) == 1
    assert "France praised Germany" in r["documents"][0]["text"]


def test_frames_columns_and_dtypes(seeds):
    f = dyad.frames(dyad.analyze_files([seeds]))
    assert set(f) == {"documents", "actors", "events", "quotes", "timeline"}
    ev = f["events"]
    assert list(ev.columns[:13]) == ["id", "date", "source", "source_name", "target", "target_name", "code",
                                      "root", "quad_class", "goldstein", "doc", "modality", "text"]
    assert ev["goldstein"].dtype == "float64" and ev["quad_class"].dtype == "int64" and ev["start"].dtype == "int64"
    assert ev["code"].dtype == object and len(ev) > 0
    assert list(ev["id"]) == list(range(1, len(ev) + 1))
    docs = f["documents"]
    assert docs["word_count"].dtype == "int64" and docs["stated_word_count"].dtype == "Int64"
    assert docs.loc[docs["id"].str.startswith("000"), "authors"].iloc[0].count(";") >= 1
    assert f["actors"]["mentions"].dtype == "int64" and f["quotes"]["start"].dtype == "int64"
    # An empty result: the same columns and dtypes.
    empty = dyad.frames(dyad.analyze("Nothing happens here at all."))
    for name, frame in f.items():
        assert list(empty[name].columns) == list(frame.columns)
        assert list(empty[name].dtypes) == list(frame.dtypes)


def test_threads_share_one_engine(seeds):
    engine = dyad.Engine()
    texts = [open(os.path.join(seeds, n), "rb").read() for n in sorted(os.listdir(seeds))]
    want = [engine.analyze(t) for t in texts]
    got = [None] * 8
    errors = []

    def work(k):
        try:
            got[k] = engine.analyze(texts[k % len(texts)])
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    assert all(got[k] == want[k % len(texts)] for k in range(8))


def test_bad_input_names_the_problem(tmp_path):
    with pytest.raises(TypeError, match="int"):
        dyad.analyze(42)
    with pytest.raises(TypeError, match="text 1"):
        dyad.analyze(["fine text.", 3.5])
    with pytest.raises(dyad.DyadInputError, match=r"text 0 \(id 'b'\): .*binary"):
        dyad.analyze(b"\x00\x01\x02 not text", ids=["b"])
    with pytest.raises(dyad.DyadInputError, match="text 1"):
        dyad.analyze(["Russia met China.", ""])
    with pytest.raises(TypeError, match="unknown option 'wiht_text'"):
        dyad.analyze("text", wiht_text=True)
    with pytest.raises(ValueError, match="2 ids for 1 texts"):
        dyad.analyze("text", ids=["a", "b"])
    missing = str(tmp_path / "missing.txt")
    with pytest.raises(dyad.DyadInputError, match="missing.txt"):
        dyad.analyze_files([missing])
    good = tmp_path / "good.txt"
    good.write_text("France praised Germany on Monday.")
    with pytest.warns(UserWarning, match="missing.txt"):
        r = dyad.analyze_files([missing, str(good)], errors="warn")
    assert [d["id"] for d in r["documents"]] == ["good"]
    with pytest.raises(ValueError, match="nope.actors.txt"):
        dyad.Engine(actors=[str(tmp_path / "nope.actors.txt")])
    with pytest.raises(FileNotFoundError, match="nothere.sqlite"):
        dyad.open(tmp_path / "nothere.sqlite")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all" * 40)
    with pytest.raises(dyad.StoreError, match="junk.sqlite"):
        dyad.open(junk).events()
    with pytest.raises(TypeError, match="dyad.frames"):
        dyad.frames([1, 2])


def test_open_reads_the_store_as_export_does(seeds, tmp_path):
    db = str(tmp_path / "s.sqlite")
    run_dyad("ingest", seeds, "--db", db, "--quiet")
    store = dyad.open(db)
    for what, frame in (("events", store.events()), ("dyads", store.dyads()), ("network", store.network())):
        csv = run_dyad("export", "--db", db, "--what", what, "--format", "csv").stdout
        want = pd.read_csv(io.StringIO(csv), keep_default_na=False, dtype=str)
        assert list(frame.columns) == list(want.columns), what
        assert len(frame) == len(want) > 0, what
        for col in frame.columns:
            if frame[col].dtype == "float64":
                assert frame[col].round(4).tolist() == want[col].astype(float).round(4).tolist(), (what, col)
            else:
                assert frame[col].astype(str).tolist() == want[col].astype(str).tolist(), (what, col)
    assert store.sql("SELECT count(*) AS n FROM documents")["n"][0] == len(os.listdir(seeds))
    assert list(store.nodes().columns) == ["id", "name", "degree", "centrality", "hedging", "events"]
