"""pandas DataFrames of an analysis (`frames`) and of a store (`open`).

Column names follow `dyad export` (src/cli/export.cc) and `dyad analyze
--csv`; every frame has the same columns and dtypes whether it has rows or
not, so code written on one result runs on the next.
"""
import os

import pandas as pd

from . import _core

# Column -> dtype of each frame of `frames(result)`. "str" columns are object
# dtype holding str or None.
DOCUMENT_COLUMNS = {
    "id": "str", "path": "str", "title": "str", "authors": "str", "published": "str", "source": "str",
    "dateline": "str", "word_count": "int64", "language": "str", "duplicate_of": "str", "format": "str",
    "url": "str", "hash": "str", "stated_word_count": "Int64",
}
ACTOR_COLUMNS = {"code": "str", "name": "str", "kind": "str", "country": "str", "mentions": "int64"}
EVENT_COLUMNS = {
    "id": "int64", "date": "str", "source": "str", "source_name": "str", "target": "str", "target_name": "str",
    "code": "str", "root": "str", "quad_class": "int64", "goldstein": "float64", "doc": "str",
    "modality": "str", "text": "str", "event_name": "str", "quad": "str", "location": "str",
    "start": "int64", "end": "int64", "verb_start": "int64", "verb_end": "int64",
    "date_kind": "str", "plover_type": "str", "plover_mode": "str",
}
QUOTE_COLUMNS = {
    "doc": "str", "text": "str", "kind": "str", "speaker": "str", "speaker_actor": "str", "attribution": "str",
    "start": "int64", "end": "int64", "type": "str", "speaker_start": "Int64", "speaker_end": "Int64",
    "verb": "str",
}
TIMELINE_COLUMNS = {
    "date": "str", "end_date": "str", "text": "str", "kind": "str", "doc": "str", "start": "int64", "end": "int64",
}


def _frame(rows, columns):
    data = {name: [row.get(name) for row in rows] for name in columns}
    df = pd.DataFrame(data, columns=list(columns))
    for name, dtype in columns.items():
        df[name] = df[name].astype(object if dtype == "str" else dtype)
    return df


def frames(result):
    """DataFrames of a result of dyad.analyze: documents, actors, events, quotes, timeline.

    documents.authors is "; "-joined (as `dyad analyze --csv`); events.id
    numbers the events from 1 in result order (a store's ids differ).
    """
    if not isinstance(result, dict) or "documents" not in result:
        raise TypeError("dyad.frames: expected the dict returned by dyad.analyze, not "
                        f"{type(result).__name__}")
    docs = [dict(d, authors="; ".join(d.get("authors") or [])) for d in result["documents"]]
    events = [dict(e, id=i + 1, plover_type=(e.get("plover") or {}).get("type"),
                   plover_mode=(e.get("plover") or {}).get("mode"))
              for i, e in enumerate(result.get("events", []))]
    return {
        "documents": _frame(docs, DOCUMENT_COLUMNS),
        "actors": _frame(result.get("actors", []), ACTOR_COLUMNS),
        "events": _frame(events, EVENT_COLUMNS),
        "quotes": _frame(result.get("quotes", []), QUOTE_COLUMNS),
        "timeline": _frame(result.get("timeline", []), TIMELINE_COLUMNS),
    }


class Store:
    """A store written by `dyad ingest` (or merged by `dyad merge`), read-only.

    Dates are YYYY[-MM[-DD]] strings; from_/to bound the window (inclusive).
    """

    def __init__(self, path):
        path = os.fspath(path)
        if not os.path.isfile(path):
            raise FileNotFoundError(f"dyad.open: {path}: no such store file")
        self.path = path

    def _table(self, what, from_="", to="", granularity="month", rollup=False, min_events=1):
        cols = _core.store_table(self.path, what, from_ or "", to or "", granularity, bool(rollup), int(min_events))
        return pd.DataFrame(cols, columns=list(cols))

    def events(self, from_=None, to=None):
        """Events of kept documents, the columns of `dyad export --what events`."""
        return self._table("events", from_, to)

    def dyads(self, granularity="month", rollup=False, from_=None, to=None):
        """Dyad series per period (`dyad export --what dyads`)."""
        return self._table("dyads", from_, to, granularity=granularity, rollup=rollup)

    def network(self, rollup=False, min_events=1, from_=None, to=None):
        """Edges of the network (`dyad export --what network`)."""
        return self._table("network", from_, to, rollup=rollup, min_events=min_events)

    def nodes(self, rollup=False, min_events=1, from_=None, to=None):
        """Nodes of the network: degree, centrality, hedging, events."""
        return self._table("nodes", from_, to, rollup=rollup, min_events=min_events)

    def sql(self, query, params=()):
        """Any read query on the store's tables (see src/store/schema.h) as a DataFrame."""
        import sqlite3
        with sqlite3.connect(f"file:{self.path}?mode=ro", uri=True) as con:
            return pd.read_sql_query(query, con, params=params)

    def __repr__(self):
        return f"dyad.Store({self.path!r})"


def open(db):  # noqa: A001  (dyad.open, as the issue names it)
    """The store at `db` (an SQLite file) for DataFrames of events, dyads and the network."""
    return Store(db)
