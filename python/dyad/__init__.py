"""Dyad from Python: the engine's analysis as Python objects and DataFrames.

    import dyad
    result = dyad.analyze(["Russia accused Ukraine of shelling ...", "..."])
    frames = dyad.frames(result)           # documents, actors, events, quotes, timeline
    frames["events"].groupby("code").size()

    engine = dyad.Engine(actors=["Phoenix.Countries.actors.txt"])   # loaded once
    result = engine.analyze_files(["articles/"])

    store = dyad.open("news.sqlite")       # a store written by `dyad ingest`
    store.events(), store.dyads(), store.network()

`analyze` returns the contract of `dyad analyze --json` (../shared/DESIGN.md):
a dict with documents, actors, quotes, events, timeline and timex. The
C++ engine runs with the GIL released, so threads calling it run in parallel.
"""
import threading
import warnings

from . import _core
from .frames import frames, open, Store  # noqa: F401  (re-exported)

__all__ = ["Engine", "analyze", "analyze_files", "frames", "open", "Store", "DyadInputError", "StoreError"]

StoreError = _core.StoreError


class DyadInputError(ValueError):
    """Input Dyad could not read; `problems` lists (text or file, message)."""

    def __init__(self, problems):
        self.problems = list(problems)
        shown = "; ".join(f"{where}: {msg}" for where, msg in self.problems[:5])
        more = f" (and {len(self.problems) - 5} more)" if len(self.problems) > 5 else ""
        super().__init__(f"dyad: cannot read {shown}{more}")


_ENGINE_OPTIONS = ("actors", "agents", "verbs", "default_actors", "default_verbs")
_CALL_OPTIONS = ("with_text", "jobs", "ids", "errors")


def _str_list(name, value):
    if value is None:
        return []
    if isinstance(value, (str, bytes)) or hasattr(value, "__fspath__"):
        value = [value]
    try:
        items = list(value)
    except TypeError:
        raise TypeError(f"dyad: {name} must be a path or a list of paths, not {type(value).__name__}") from None
    out = []
    for item in items:
        if hasattr(item, "__fspath__"):
            item = item.__fspath__()
        if not isinstance(item, str):
            raise TypeError(f"dyad: {name} must hold paths (str), found {type(item).__name__}")
        out.append(item)
    return out


def _check_errors_option(errors):
    if errors not in ("raise", "warn", "ignore"):
        raise ValueError(f"dyad: errors must be 'raise', 'warn' or 'ignore', not {errors!r}")


def _report(problems, errors):
    if not problems or errors == "ignore":
        return
    if errors == "raise":
        raise DyadInputError(problems)
    for where, msg in problems:
        warnings.warn(f"dyad: {where}: {msg}", stacklevel=3)


def _texts(text_or_texts):
    single = isinstance(text_or_texts, (str, bytes))
    if single:
        items = [text_or_texts]
    else:
        try:
            items = list(text_or_texts)
        except TypeError:
            raise TypeError("dyad.analyze: expected a text (str or bytes) or a list of texts, not "
                            f"{type(text_or_texts).__name__}") from None
    out = []
    for i, t in enumerate(items):
        if isinstance(t, str):
            out.append(t.encode("utf-8", "surrogatepass"))
        elif isinstance(t, (bytes, bytearray, memoryview)):
            out.append(bytes(t))
        else:
            raise TypeError(f"dyad.analyze: text {i} is a {type(t).__name__}, expected str or bytes")
    return out


class Engine:
    """Dictionaries and model loaded once, for repeated calls (thread-safe).

    actors, agents, verbs: TABARI/PETRARCH dictionary files used beside Dyad's
    own (as `dyad analyze --actors/--agents/--verbs`); default_actors=False or
    default_verbs=False uses only those files.
    """

    def __init__(self, actors=None, agents=None, verbs=None, default_actors=True, default_verbs=True):
        try:
            self._core = _core.Engine(_str_list("actors", actors), _str_list("agents", agents),
                                      _str_list("verbs", verbs), bool(default_actors), bool(default_verbs))
        except ValueError as e:
            raise ValueError(f"dyad: {e}") from None

    def analyze(self, text_or_texts, with_text=False, jobs=1, ids=None, errors="raise"):
        """The contract (dict) of one text or a list of texts (str or bytes).

        ids: one id per text (default "1", "2", ...). An empty or binary text
        raises DyadInputError naming it (errors="warn" or "ignore" leaves it out).
        """
        _check_errors_option(errors)
        texts = _texts(text_or_texts)
        if ids is None:
            ids = [str(i + 1) for i in range(len(texts))]
        else:
            ids = [ids] if isinstance(ids, str) else [str(i) for i in ids]
            if len(ids) != len(texts):
                raise ValueError(f"dyad.analyze: {len(ids)} ids for {len(texts)} texts")
        result, problems = self._core.analyze_texts(texts, ids, bool(with_text), int(jobs))
        _report(problems, errors)
        return result

    def analyze_files(self, paths, with_text=False, jobs=1, errors="raise"):
        """The contract of files and folders, identical to `dyad analyze PATHS --json`.

        A file that cannot be read raises DyadInputError naming it once all
        others are read (errors="warn" warns and returns the rest).
        """
        _check_errors_option(errors)
        result, problems = self._core.analyze_files(_str_list("paths", paths), bool(with_text), int(jobs))
        _report(problems, errors)
        return result

    def ingest(self, paths, db, jobs=1, refresh_model=True):
        """Stores files and folders in the SQLite store `db`, as `dyad ingest`; returns counts."""
        return self._core.ingest(_str_list("paths", paths), str(db), int(jobs), bool(refresh_model))


_default = None
_default_lock = threading.Lock()


def _default_engine():
    global _default
    with _default_lock:
        if _default is None:
            _default = Engine()
        return _default


def _split_options(name, options, allowed):
    unknown = sorted(set(options) - set(allowed) - set(_ENGINE_OPTIONS))
    if unknown:
        raise TypeError(f"dyad.{name}: unknown option {unknown[0]!r} (options: "
                        f"{', '.join(allowed + _ENGINE_OPTIONS)})")
    engine_opts = {k: v for k, v in options.items() if k in _ENGINE_OPTIONS}
    call_opts = {k: v for k, v in options.items() if k in allowed}
    engine = Engine(**engine_opts) if engine_opts else _default_engine()
    return engine, call_opts


def analyze(text_or_texts, **options):
    """The contract of one text or a list of texts; see Engine.analyze and Engine.

    Options: with_text, jobs, ids, errors, and the Engine's dictionary options
    (which build a new Engine for this call; keep an Engine for repeated calls).
    """
    engine, call = _split_options("analyze", options, _CALL_OPTIONS)
    return engine.analyze(text_or_texts, **call)


def analyze_files(paths, **options):
    """The contract of files and folders (as `dyad analyze PATHS --json`); see Engine."""
    engine, call = _split_options("analyze_files", options, ("with_text", "jobs", "errors"))
    return engine.analyze_files(paths, **call)
