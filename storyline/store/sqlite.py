"""The SQLite store: versioned schema, WAL, FTS5, every write in a transaction."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypedDict, TypeVar, Unpack

from ..errors import (
    NewerStoreError,
    NotAStoreError,
    NotFoundError,
    QueryError,
    StoreClosedError,
    StoreDamagedError,
    StoreError,
    StoreLockedError,
    StoreReadOnlyError,
)
from ..models import Article, TextMap

T = TypeVar("T")

DEFAULT_DB = "storyline.db"
AddResult = Literal["added", "unchanged", "version"]


def default_db_path(db: str | os.PathLike[str] | None = None) -> Path:
    """``db`` if given, else ``$STORYLINE_DB``, else ``./storyline.db``."""
    return Path(db or os.environ.get("STORYLINE_DB") or DEFAULT_DB)


def _language_condition(language: str | None) -> tuple[str, tuple[str, ...]]:
    """The SQL condition (on articles ``a``) and its argument for articles in ``language`` (none when not given)."""
    return (" AND a.language = ?", (language,)) if language else ("", ())


def _migrations() -> list[tuple[str, str]]:
    folder = resources.files("storyline.store") / "migrations"
    files = sorted(p.name for p in folder.iterdir() if p.name.endswith(".sql"))
    return [(name, (folder / name).read_text(encoding="utf-8")) for name in files]


def latest_version(alias: str = "articles") -> str:
    """SQL condition on the articles row ``alias``: no later version of it is stored (the article as it reads now)."""
    return f"NOT EXISTS (SELECT 1 FROM articles n WHERE n.previous_id = {alias}.id)"


SEARCH_WINDOW = 500
"""Full-text search ranks the newest this-many matches (see :meth:`Store.search`)."""
SEARCH_BUDGET_S = 2.0
"""A full-text query running longer than this is stopped with a QueryError."""


def fold(text: str) -> str:
    """``text`` for matching what a user types: case and accents aside ("Écho de Lérins" = "echo de lerins"), "ø",
    "æ", "ß" spelled out, punctuation as spaces."""
    from ..models import unaccented

    return " ".join(re.sub(r"[^\w]+", " ", unaccented(text.casefold())).split())


def transliteration_folded(word: str) -> str:
    """A word with the vowel + "e" of a German transliteration read as the vowel ("juergen" -> "jurgen", the form
    :func:`fold` gives "Jürgen"), when it has five letters or more: not "Joe" -> "Jo"."""
    from ..models import umlaut_folded

    return umlaut_folded(word) if len(word) >= 5 else word


NAME_FOLDS = 1 << 16
"""How many names :func:`name_fold` keeps folded: the story and quote filters fold every stored mention's name for
each query (tens of thousands of rows, a few thousand distinct names), and folding is the cost of a look-up."""


@lru_cache(maxsize=NAME_FOLDS)
def name_fold(text: str) -> str:
    """:func:`fold`, each word :func:`transliteration_folded`: the spellings of one name the same ("Jürgen Haßler",
    "Juergen Hassler", "Jurgen Hassler"; entity resolution reads them as one person). Kept for the names folded last
    (:data:`NAME_FOLDS`)."""
    return " ".join(transliteration_folded(w) for w in fold(text).split())


def _sql_name_fold(text: str | None) -> str | None:
    """:func:`name_fold` for SQL (``name_fold``): NULL stays NULL."""
    return name_fold(text) if isinstance(text, str) else None


def names_match(name: str | None, query: str | None) -> int:
    """1 when ``query`` is ``name`` or a run of its whole words, case, accents and spelling aside ("Tidewater" of
    "Tidewater Courier", "Brekke" of "Tomas Brekke", "Jose Muller-Astrom" of "José Müller-Åström", "Juergen Hassler"
    of "Jürgen Haßler"), else 0. Registered in SQLite as ``names_match`` for the story filters."""
    if not name or not query:
        return 0
    n, q = name_fold(name), name_fold(query)
    return int(bool(q) and (n == q or f" {q} " in f" {n} "))


FOLDED_COLUMNS = {"name": "name_folded", "text": "text_folded", "speaker_entity": "speaker_folded"}
"""The stored :func:`name_fold` of a name column (migration 0042: mentions' ``name`` and ``text``, quotes'
``speaker_entity``), indexed."""


def name_match_sql(column: str, queries: str | list[str], *, folded: bool = True) -> tuple[str, list[str]]:
    """An SQL condition and its arguments: the name in ``column`` (a key of :data:`FOLDED_COLUMNS`) matches one of
    ``queries`` as :func:`names_match` reads it (the name or a run of its whole words, case, accents and spelling
    aside). It compares the stored folded column in SQL (``folded``: a store with migration 0042) instead of folding
    every row's name in Python: the distinct folded names that hold a query's words are found over the index, and
    their rows read by the index."""
    asked = [queries] if isinstance(queries, str) else queries
    if not folded:
        if not asked:
            return "0", []
        return "(" + " OR ".join([f"names_match({column}, ?)"] * len(asked)) + ")", list(asked)
    words = list(dict.fromkeys(f" {q} " for x in asked if x and (q := name_fold(x))))
    if not words:
        return "0", []  # as names_match: nothing matches a query with no words
    col = FOLDED_COLUMNS[column]
    table = "quotes" if column == "speaker_entity" else "mentions"
    held = " OR ".join(["instr(' ' || folded || ' ', ?) > 0"] * len(words))
    # the distinct names first (a scan of the index), each compared once; not each row's (a name recurs in a store)
    distinct = f"WITH names AS MATERIALIZED (SELECT DISTINCT {col} AS folded FROM {table})"
    return f"{col} IN ({distinct} SELECT folded FROM names WHERE {held})", words


@lru_cache(maxsize=256)
def language_code(tag: str | None) -> str | None:
    """A language tag as articles store it (``"EN"``, ``"English"``: ``"en"``; see
    :func:`storyline.clean.language.normalise_language`). Registered in SQLite as ``language_code`` for migrations."""
    from ..clean.language import normalise_language

    return normalise_language(tag) if isinstance(tag, str) else tag


def check_page(limit: int | None, offset: int, *, none_ok: bool = False) -> None:
    """A QueryError unless ``limit`` is a whole number of 1 or more (or None, for "all", when ``none_ok``) and
    ``offset`` one of 0 or more: the library refuses what the CLI and the API refuse, rather than read -1 as "all"."""
    if limit is None and none_ok:
        pass
    elif isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        allowed = "a whole number of 1 or more" + (", or None for all" if none_ok else "")
        raise QueryError(f"limit must be {allowed}, not {limit!r}")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise QueryError(f"offset must be a whole number of 0 or more (0: from the first), not {offset!r}")


def store_error(exc: sqlite3.Error, path: object) -> sqlite3.Error:
    """``exc`` as a :class:`StoreError` that says what to do, when it is about the store's file rather than a query
    (locked by another process, opened read-only, not a database, damaged, closed, disk full); else ``exc`` itself.
    The StoreError is also an instance of ``exc``'s sqlite3 class, so code that catches those goes on working."""
    text = str(exc)
    low = text.casefold()
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, sqlite3.ProgrammingError) and "closed database" in low:
        return StoreClosedError(f"the store at {path} is closed; open it again with Store({str(path)!r})")
    if not isinstance(exc, sqlite3.DatabaseError):
        return exc
    if "locked" in low or "busy" in low:
        return StoreLockedError(
            f"the store at {path} is locked by another process writing to it (waited {BUSY_TIMEOUT_S} s); "
            "retry when that process is done"
        )
    if "readonly database" in low:
        return StoreReadOnlyError(
            f"the store at {path} is open read-only and this needs to write to it; open it without readonly=True "
            "(or check that the file and its folder are writable)"
        )
    if "not a database" in low:
        return NotAStoreError(
            f"the store at {path} cannot be read: the file is not a storyline store (not an SQLite database); "
            "check the path (--db, $STORYLINE_DB) or give a path where no file is yet"
        )
    if "malformed" in low or "disk i/o" in low or "disk is full" in low:
        return StoreDamagedError(f"the store at {path} cannot be read or written: {text}; check the disk and file")
    return exc


BUSY_TIMEOUT_S = 30
"""How long a write waits for another process's write to the same store before it fails with a StoreError."""


class _Connection(sqlite3.Connection):
    """A connection whose errors about the store's file (see :func:`store_error`) are StoreErrors."""

    store_path: object = ""

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        try:
            return super().execute(sql, parameters)
        except sqlite3.Error as exc:
            raise store_error(exc, self.store_path) from exc

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        try:
            return super().executemany(sql, parameters)
        except sqlite3.Error as exc:
            raise store_error(exc, self.store_path) from exc

    def executescript(self, script: str, /) -> sqlite3.Cursor:
        try:
            return super().executescript(script)
        except sqlite3.Error as exc:
            raise store_error(exc, self.store_path) from exc

    def commit(self) -> None:
        try:
            super().commit()
        except sqlite3.Error as exc:
            raise store_error(exc, self.store_path) from exc


_ARTICLE_COLUMNS = (
    ("outlet", "outlet"),
    ("language", "language"),
    ("url", "url"),
    ("record_id", "json_extract(extra, '$.record_id')"),
)
"""The equality filters of :class:`ArticleFilters` and the column (or expression) each compares."""


class ArticleFilters(TypedDict, total=False):
    """The filters :meth:`Store.iter_articles` and :meth:`Store.count_articles` take."""

    outlet: str | None
    language: str | None
    since: str | None
    until: str | None
    url: str | None
    record_id: str | None


class Store:
    """An open storyline database. Use as a context manager or call :meth:`close`.

    ``readonly=True`` opens an existing store without writing to it (a web worker's handle): briefs are computed but
    not saved. Errors about the store's file (it is no SQLite file, locked by another writer for longer than 30 s,
    closed, written by a newer storyline) are :class:`~storyline.errors.StoreError` with what to do. A store a newer
    storyline migrated (a migration this install does not know) is refused read-write, since this install would
    write rows the newer one does not expect; read-only it opens, with the unknown migrations in
    :attr:`newer_migrations`."""

    _progress_steps = 20_000
    """SQLite virtual-machine steps between checks of a search's time budget."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> None:
        self.path = default_db_path(path)
        self.readonly = readonly
        self.search_budget_s = SEARCH_BUDGET_S
        self.newer_migrations: list[str] = []
        self._name_folds: bool | None = None
        try:
            if not readonly:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            uri = f"file:{self.path}?mode=ro" if readonly else str(self.path)
            conn = sqlite3.connect(
                uri, uri=readonly, timeout=BUSY_TIMEOUT_S, check_same_thread=False, factory=_Connection
            )
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}; check the path and permissions") from exc
        assert isinstance(conn, _Connection)
        conn.store_path = self.path
        self.conn: sqlite3.Connection = conn
        try:
            self.conn.row_factory = sqlite3.Row
            self.conn.create_function("names_match", 2, names_match, deterministic=True)
            self.conn.create_function("language_code", 1, language_code, deterministic=True)
            self.conn.create_function("name_fold", 1, _sql_name_fold, deterministic=True)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            if readonly:
                self.newer_migrations = self._unknown_migrations()
            else:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self.migrate()
        except BaseException:
            self.conn.close()
            raise

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All writes inside commit together or not at all (inside :meth:`batch`, with the batch)."""
        if getattr(self, "_in_batch", False):
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.rollback()
            raise
        else:
            self.conn.commit()

    @contextmanager
    def batch(self) -> Iterator[sqlite3.Connection]:
        """One transaction for many writes: the ``transaction()`` blocks inside join it, so each
        still commits whole or not at all, and fewer commits make bulk ingest faster. A batch inside a batch
        joins the outer one."""
        if getattr(self, "_in_batch", False):
            yield self.conn
            return
        with self.transaction() as conn:
            self._in_batch = True
            try:
                yield conn
            finally:
                self._in_batch = False

    def migrate(self) -> list[str]:
        """Apply the migrations not yet applied; returns their names."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY,"
            " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"
        )
        done = {r[0] for r in self.conn.execute("SELECT name FROM schema_migrations")}
        if newer := self._unknown_migrations():
            raise NewerStoreError(
                f"the store at {self.path} was written by a newer storyline (migration {', '.join(newer)}, which "
                "this install does not know); upgrade storyline to write to it, or open it read-only "
                "(Store(path, readonly=True)) to read it"
            )
        applied = []
        for name, sql in _migrations():
            if name in done:
                continue
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                for stmt in _split_sql(sql):
                    self.conn.execute(stmt)
                self.conn.execute("INSERT INTO schema_migrations(name) VALUES (?)", (name,))
                self.conn.commit()
            except sqlite3.Error as exc:
                self.conn.rollback()
                raise StoreError(f"migration {name} failed on {self.path}: {exc}") from exc
            applied.append(name)
        return applied

    def _unknown_migrations(self) -> list[str]:
        """The migrations the store records that this install does not have: a newer storyline applied them."""
        try:
            done = {str(r[0]) for r in self.conn.execute("SELECT name FROM schema_migrations")}
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return []  # a store no migration ran on yet
            raise
        return sorted(done - {name for name, _ in _migrations()})

    @property
    def name_folds(self) -> bool:
        """The store keeps its names folded (migration 0042): name filters compare them in SQL. A store opened
        read-only before this install migrated it has not, and its filters fold each name in Python."""
        if self._name_folds is None:
            cols = {r[1] for r in self.conn.execute("PRAGMA table_info(mentions)")}
            self._name_folds = "text_folded" in cols
        return self._name_folds

    def fold_names(self, article_id: str) -> None:
        """Store the folded names of an article's mentions and quotes (see :data:`FOLDED_COLUMNS`), after they are
        saved."""
        self.conn.execute(
            "UPDATE mentions SET name_folded = name_fold(name), text_folded = name_fold(text) WHERE article_id = ?",
            (article_id,),
        )
        self.conn.execute(
            "UPDATE quotes SET speaker_folded = name_fold(speaker_entity) WHERE article_id = ?", (article_id,)
        )

    @property
    def schema_version(self) -> str:
        row = self.conn.execute("SELECT max(name) FROM schema_migrations").fetchone()
        return str(row[0]) if row and row[0] else ""

    # -- articles --------------------------------------------------------------------------
    def add_article(self, article: Article) -> AddResult:
        """Store ``article`` unless the same content is already there.

        Same URL with different text becomes a new version linked to the latest one.
        """
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                return "unchanged"
            result: AddResult = "added"
            if (
                article.previous_id
                and conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.previous_id,)).fetchone()
            ):
                return self._insert(conn, article, "version")  # restored from an export after its earlier version
            article.previous_id, article.version = None, 1
            prev = None
            if article.url:
                prev = conn.execute(
                    "SELECT id, version FROM articles WHERE url = ? ORDER BY version DESC LIMIT 1",
                    (article.url,),
                ).fetchone()
            elif (before := self.file_article(file_of(article))) is not None and same_article(
                before.text, article.text
            ):
                prev = {"id": before.id, "version": before.version}
            if prev:
                article.previous_id, article.version = prev["id"], prev["version"] + 1
                result = "version"
            return self._insert(conn, article, result)

    @staticmethod
    def _insert(conn: sqlite3.Connection, article: Article, result: AddResult) -> AddResult:
        conn.execute(
            "INSERT INTO articles (id, source, url, outlet, title, title_start, title_end, published,"
            " author, language, skip_reason, content_hash, fmt, original, text, textmap, extra, version,"
            " previous_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            _article_row(article),
        )
        return result

    def file_article(self, path: str | None) -> Article | None:
        """The latest version of the article last read from the local file ``path`` (absolute), or None."""
        if not path:
            return None
        row = self.conn.execute(
            "SELECT * FROM articles WHERE json_extract(extra, '$.file') = ? AND url IS NULL"
            f" AND {latest_version()} ORDER BY rowid DESC LIMIT 1",
            (path,),
        ).fetchone()
        return article_from_row(row) if row is not None else None

    def get_article(self, article_id: str) -> Article:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no article {article_id!r}; list them with `storyline articles`")
        return article_from_row(row)

    def iter_articles(
        self,
        *,
        latest_only: bool = True,
        outlet: str | None = None,
        language: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        since: str | None = None,
        until: str | None = None,
        url: str | None = None,
        record_id: str | None = None,
    ) -> Iterator[Article]:
        """Articles in ingest order; by default only the latest version of each URL. ``since``/``until`` (YYYY,
        YYYY-MM or YYYY-MM-DD, checked by the caller) keep the articles published in that range: an undated
        article is in none. ``url`` keeps the article(s) of that URL, ``record_id`` those whose input record had
        that ``id``."""
        where, args = self._article_filters(
            latest_only=latest_only,
            outlet=outlet,
            language=language,
            since=since,
            until=until,
            url=url,
            record_id=record_id,
        )
        sql = f"SELECT * FROM articles {where} ORDER BY rowid LIMIT ? OFFSET ?"
        cur = self.conn.execute(sql, [*args, -1 if limit is None else limit, offset])
        for row in cur:
            yield article_from_row(row)

    def count_articles(self, *, latest_only: bool = True, **filters: Unpack[ArticleFilters]) -> int:
        """How many articles :meth:`iter_articles` gives with the same filters."""
        where, args = self._article_filters(latest_only=latest_only, **filters)
        return int(self.conn.execute(f"SELECT count(*) FROM articles {where}", args).fetchone()[0])

    @staticmethod
    def _article_filters(*, latest_only: bool, **filters: Unpack[ArticleFilters]) -> tuple[str, list[Any]]:
        clauses, args = date_range_sql("published", "published", filters.get("since"), filters.get("until"))
        if latest_only:
            clauses.append(latest_version())
        for key, column in _ARTICLE_COLUMNS:
            if value := filters.get(key):
                # an outlet as the story filters match it: its name or a run of its whole words, case and accents
                # aside ("tidewater" finds "Tidewater Courier")
                clauses.append(f"names_match({column}, ?)" if key == "outlet" else f"{column} = ?")
                args.append(value)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", args

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        offset: int = 0,
        window: int = SEARCH_WINDOW,
        language: str | None = None,
    ) -> list[dict[str, Any]]:
        """Full-text search over titles and cleaned text (FTS5 syntax, or plain words), latest versions only; with
        ``language`` (an ISO 639-1 code, as articles store it), only articles in that language.

        Results are ranked by bm25 among the ``window`` most recently stored matches: a frequent word
        in a large store matches tens of thousands of articles, and ranking all of them would cost
        ~0.1 s a query; the newest matches are also what a news reader looks for.
        """
        check_page(limit, offset)
        window = max(window, offset + limit)
        in_language, extra = _language_condition(language)
        sql = (
            "SELECT a.id, a.title, a.outlet, a.published, snippet(articles_fts, 1, '⟦', '⟧', ' … ', 12) AS snippet"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            f" WHERE articles_fts MATCH ? AND articles_fts.rowid >= ?{in_language}"
            f" AND {latest_version('a')}"
            " ORDER BY rank LIMIT ? OFFSET ?"
        )
        newest = (
            "SELECT articles_fts.rowid FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            f" WHERE articles_fts MATCH ?{in_language} ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET ?"
        )

        def run(fts: str) -> list[dict[str, Any]]:
            floor = self.conn.execute(newest, (fts, *extra, window - 1)).fetchone()
            rows = self.conn.execute(sql, (fts, floor[0] if floor else 0, *extra, limit, offset)).fetchall()
            return [dict(r) for r in rows]

        return self._with_fts(query, run)

    def count_matches(self, query: str, *, language: str | None = None) -> int:
        """How many stored articles match a full-text query (in ``language`` only, when given)."""
        in_language, extra = _language_condition(language)
        sql = (
            "SELECT count(*) FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            f" WHERE articles_fts MATCH ?{in_language}"
        )
        return self._with_fts(query, lambda fts: int(self.conn.execute(sql, (fts, *extra)).fetchone()[0]))

    def _with_fts(self, query: str, run: Callable[[str], T]) -> T:
        """``run`` the query as FTS5 syntax, else (when it does not parse) with its words quoted; a
        QueryError when neither works, or when it runs past :attr:`search_budget_s` (a search runs on
        the web server's event loop, so one query must not hold it up)."""
        if _SHORT_PREFIX.search(query):
            raise QueryError(f"cannot search for {query!r}: a prefix search needs at least 3 letters before *")
        forms = _fts_forms(query)
        if (expanded := self.text_match(query)) not in (forms[0], _quote_fts(query)):
            # plain words that are an entity's name: its other spellings too ("OVHA" finds "Oskel Valley Hydro
            # Authority", "Havrylenko" finds "Gavrilenko")
            forms = [expanded, *forms]
        deadline = time.monotonic() + self.search_budget_s
        self.conn.set_progress_handler(lambda: time.monotonic() > deadline, self._progress_steps)
        try:
            for fts in forms:
                try:
                    return run(fts)
                except sqlite3.OperationalError as exc:
                    if "interrupt" in str(exc):
                        raise QueryError(
                            f"searching for {query!r} took over {self.search_budget_s:g} s and was stopped;"
                            " use rarer words or a phrase"
                        ) from exc
                    error = exc
        finally:
            self.conn.set_progress_handler(None, 0)
        raise QueryError(f"cannot search for {query!r}: {error}; use plain words")

    def entity_spellings(self, query: str) -> list[str]:
        """The other spellings the store's entities give a name ``query`` is, as the words to search for: every
        spelling of an entity one of whose spellings is the query ("OVHA" / "Oskel Valley Hydro Authority"), or,
        for a person's surname, the surnames of the person's other spellings ("Havrylenko" / "Gavrilenko"). At most
        :data:`ENTITY_SPELLINGS` forms, from at most three entities, the most mentioned first; none when the store
        has no entities yet. One index look-up in ``entity_spellings`` (see :func:`spelling_forms`)."""
        q = _spelling_key(query)
        if not q:
            return []
        try:
            rows = self.conn.execute(
                "SELECT DISTINCT e.key, e.name, e.type, e.variants FROM entity_spellings s"
                " JOIN entities e ON e.key = s.entity_key WHERE s.form = ? ORDER BY e.n_mentions DESC, e.key LIMIT 8",
                (q,),
            ).fetchall()
        except sqlite3.OperationalError:
            return []  # a store from before extraction
        whole, surname = [], []
        for r in rows:
            spellings = [f for f in (" ".join(_PLAIN.findall(x)) for x in [r["name"], *json.loads(r["variants"])]) if f]
            if q in {_spelling_key(f) for f in spellings}:
                whole.append(spellings)
            else:  # a person's surname
                surname.append([f.split()[-1] for f in spellings if " " in f])
        # a surname stands for one person only when one person in the store has it: "Havrylenko" finds "Gavrilenko"
        # when Dmytro Havrylenko is the only Havrylenko, not when an Olena Havrylenko is stored too
        groups = whole[:3] + (surname if len(surname) == 1 else [])
        out: dict[str, None] = {}
        for forms in groups:
            for form in forms:
                if _spelling_key(form) != q:
                    out.setdefault(form, None)
        return list(out)[:ENTITY_SPELLINGS]

    def text_match(self, query: str) -> str:
        """The FTS5 expression a plain-words filter (``stories --text``, ``/api/stories?text=``) matches: the words as
        :meth:`search` reads them (accents and transliterated umlauts aside, an entity's other spellings), every word
        quoted otherwise."""
        forms = _fts_forms(query)
        words = forms[0] if len(forms) == 1 else _quote_fts(query)  # "D. Havrylenko": no plain words, a name still
        if other := self.entity_spellings(query):
            return f"({words}) OR " + " OR ".join(f'"{f}"' for f in other)
        return words

    def phrase_match(self, query: str) -> str | None:
        """The FTS5 expression a text filter with phrases in double quotes matches (``'"Ever Given" canal'``): each
        phrase as one phrase, as :meth:`search` reads it, and the other words as :meth:`text_match` reads them, all
        required; None when ``query`` quotes no phrase (its quote marks unbalanced or none)."""
        if query.count('"') < 2 or query.count('"') % 2:
            return None
        phrases = [p for p in (" ".join(_PLAIN.findall(m)) for m in re.findall(r'"([^"]*)"', query)) if p]
        rest = re.sub(r'"[^"]*"', " ", query)
        parts = [f'"{p}"' for p in phrases]
        if has_words(rest):
            parts.append(f"({self.text_match(' '.join(rest.split()))})")
        return " AND ".join(parts) if parts else None

    # -- ingest runs -----------------------------------------------------------------------
    def start_run(self, inputs: list[str]) -> int:
        with self.transaction() as conn:
            cur = conn.execute("INSERT INTO ingest_runs(inputs) VALUES (?)", (json.dumps(inputs),))
            return int(cur.lastrowid or 0)

    def log_skipped(self, run_id: int, input_name: str, reason: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO skipped_inputs(run_id, input, reason) VALUES (?,?,?)",
                (run_id, input_name, reason),
            )

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE ingest_runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), added = ?,"
                " unchanged = ?, versions = ?, skipped = ? WHERE id = ?",
                (
                    counts.get("added", 0),
                    counts.get("unchanged", 0),
                    counts.get("version", 0),
                    counts.get("skipped", 0),
                    run_id,
                ),
            )

    def _languages(self) -> dict[str, int]:
        """Stored articles by language, spellings of one language counted together: a store written before
        ingest normalised languages keeps "EN", "English" and "en" as given, and they are one language."""
        from ..clean.language import normalise_language

        out: dict[str, int] = {}
        for lang, n in self.conn.execute("SELECT language, count(*) FROM articles GROUP BY 1"):
            key = normalise_language(lang) or "unknown"
            out[key] = out.get(key, 0) + int(n)
        return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))

    def stats(self) -> dict[str, Any]:
        q = self.conn.execute
        return {
            "db": str(self.path),
            "schema": self.schema_version,
            "articles": self.count_articles(),
            "versions": int(q("SELECT count(*) FROM articles").fetchone()[0]),
            "outlets": int(q("SELECT count(DISTINCT outlet) FROM articles").fetchone()[0]),
            "no_outlet": int(
                q(f"SELECT count(*) FROM articles WHERE outlet IS NULL AND {latest_version()}").fetchone()[0]
            ),
            "languages": self._languages(),
            "not_analysed": int(q("SELECT count(*) FROM articles WHERE skip_reason IS NOT NULL").fetchone()[0]),
            "ingest_runs": int(q("SELECT count(*) FROM ingest_runs").fetchone()[0]),
            "skipped_inputs": int(q("SELECT count(*) FROM skipped_inputs").fetchone()[0]),
            **self._story_counts(),
        }

    def _story_counts(self) -> dict[str, int]:
        """How many stories the store holds and how many stored articles wait for ``storyline cluster`` (the two
        numbers to check after each batch ingested)."""
        from ..cluster.stories import waiting_articles

        stories = int(self.conn.execute("SELECT count(*) FROM stories WHERE size > 0").fetchone()[0])
        return {"stories": stories, "waiting_for_cluster": waiting_articles(self)}


def date_range_sql(first: str, last: str, since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    """SQL conditions (and their arguments) for rows whose dates (columns ``first`` .. ``last``) reach into the range
    ``since`` .. ``until`` (YYYY, YYYY-MM or YYYY-MM-DD, checked by the caller): "until 2026-04" is all of April; a
    row with no date is in no range."""
    clauses: list[str] = []
    args: list[Any] = []
    if since:
        clauses.append(f"{last} >= ?")
        args.append(since)
    if until:
        clauses.append(f"substr({first}, 1, ?) <= ?")
        args += [len(until), until]
    return clauses, args


def file_of(article: Article) -> str | None:
    """The absolute path of the local file an article was read from whole (``extra.file``), or None."""
    path = (article.extra or {}).get("file")
    return path if isinstance(path, str) and path else None


SAME_ARTICLE = 0.5
"""Two texts are versions of one article when at least this share of the shorter one's word triples is in the other:
an edit (a sentence added, a figure corrected) keeps most of them; another article saved under the same file name
shares almost none."""


def same_article(before: str, after: str) -> bool:
    """Whether ``after`` reads as an edit of ``before`` (see :data:`SAME_ARTICLE`)."""

    def triples(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.casefold())
        return {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))}

    a, b = triples(before), triples(after)
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= SAME_ARTICLE


_SHORT_PREFIX = re.compile(r"(?<!\w)\w{1,2}\*")
"""A prefix of one or two letters ("a*") expands to most of the vocabulary: hundreds of milliseconds."""


_PLAIN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


def _fts_forms(query: str) -> list[str]:
    """The FTS5 queries to try for ``query``, in order. Plain words (no FTS5 syntax) are searched as themselves or
    spelled without accents or with an umlaut written out: "Mueller" finds "Müller" and "Muller", "Sørensen" finds
    "Sorensen" (the index drops the dots of "ü", but keeps "ø"); else the query as FTS5 syntax, then its words
    quoted."""
    words = query.split()
    if words and all(_PLAIN.fullmatch(w) and w not in _OPERATORS for w in words):
        return [" AND ".join(_spellings(w) for w in words)]
    return [query, _quote_fts(query)]


def _spellings(word: str) -> str:
    from ..models import umlauts_spelled, unaccented

    plain = unaccented(word)
    folded = transliteration_folded(plain)
    # the word as typed too ("aeroby", of which "Ærøby" is a spelling), not only as transliteration_folded reads it
    # ("aroby"): its spellings with the Nordic and German letters only
    typed = [f for f in respellings(plain.lower()) if plain != folded and any(c in f for c in "æøœß")]
    forms = dict.fromkeys([word, plain, folded, umlauts_spelled(word), *respellings(folded.lower()), *typed])
    quoted = [f'"{f}"' for f in forms]
    return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"


def _spelling_key(text: str) -> str:
    """A spelling as :meth:`Store.entity_spellings` looks it up: its words in lower case, accents aside."""
    from ..models import unaccented

    return " ".join(_PLAIN.findall(unaccented(text.casefold())))


def spelling_forms(name: str, variants: list[str], type_: str) -> set[str]:
    """The keys under which :meth:`Store.entity_spellings` finds an entity: each spelling's when it has more than one,
    and for a person the surname of each spelling of two words or more (also for a person with one spelling: a
    surname two people share expands to neither one's other spellings)."""
    spellings = [" ".join(_PLAIN.findall(x)) for x in [name, *variants]]
    forms = {_spelling_key(f) for f in spellings if f} if variants else set()
    if type_ == "PERSON":
        forms |= {_spelling_key(f.split()[-1]) for f in spellings if " " in f}
    return forms - {""}


ENTITY_SPELLINGS = 8
"""At most this many spellings of an entity are added to a search for its name (see :meth:`Store.entity_spellings`)."""


RESPELLINGS = 12
"""At most this many other spellings of a word are searched for: each form costs the query a look-up."""


def respellings(word: str) -> list[str]:
    """Other ways an article may spell ``word`` (lower case, as :func:`name_fold` leaves it) that read the same to
    :func:`name_fold`: "ss" as "ß", "o" as "ø", "ae" as "æ" (the inverse of :func:`storyline.models.unaccented`'s
    spelled-out letters, which the full-text index keeps apart), and "u", "o", "a" as "ue", "oe", "ae" (an umlaut
    transliterated, the inverse of :func:`transliteration_folded`): "Hassler" finds "Haßler", "Jurgen" finds
    "Juergen". One change to a spelling, at most :data:`RESPELLINGS` spellings, from the word's start; then, when
    the word has two kinds of spelled-out letters or one twice, the spellings with each kind written as its letter
    everywhere (at most :data:`RESPELLINGS_JOINED`): "Aeroby" finds "Ærøby", "Oksnes Oyvind" each word "Øksnes",
    "Øyvind"."""
    from itertools import combinations

    from ..models import _SPELLED

    written = {v.lower(): chr(k).lower() for k, v in _SPELLED.items()}  # "ss" -> "ß", "o" -> "ø"
    edits = [(i, len(k), v) for k, v in written.items() for i in range(len(word)) if word.startswith(k, i)]
    if len(word) >= 5:  # as transliteration_folded reads them
        edits += [(i, 1, c + "e") for i, c in enumerate(word) if c in "aou" and word[i + 1 : i + 2] != "e"]
    out = [word[:i] + by + word[i + length :] for i, length, by in sorted(edits)[:RESPELLINGS]]
    # the Nordic and German letters, longest first ("oe" before "o"): the others (ł, đ, ı) stand for common letters
    kinds = [(k, v) for k, v in sorted(written.items(), key=lambda kv: -len(kv[0])) if k in word and v in "æøœß"]
    joined: list[str] = []
    for n in range(1, len(kinds) + 1):
        for chosen in combinations(kinds, n):
            form = word
            for k, v in chosen:
                form = form.replace(k, v)
            if form != word and form not in out and form not in joined:
                joined.append(form)
    return out + joined[:RESPELLINGS_JOINED]


RESPELLINGS_JOINED = 4
"""At most this many spellings with several spelled-out letters written as theirs (see :func:`respellings`)."""


def has_words(text: str | None) -> bool:
    """Whether ``text`` holds a letter or a digit: the full-text index reads nothing else, so a query of quote
    marks, dashes or other punctuation only matches no word at all."""
    return any(ch.isalnum() for ch in text or "")


def _quote_fts(query: str) -> str:
    words = [w for w in query.replace('"', " ").split() if w]
    if not has_words(query):
        raise QueryError("empty search query; type one or more words")
    return " ".join(f'"{w}"' for w in words)


def _split_sql(sql: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    out: list[str] = []
    buf: list[str] = []
    for line in sql.splitlines():
        if line.strip().startswith("--") and not buf:
            continue
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            out.append(joined)
            buf = []
    if "\n".join(buf).strip():
        out.append("\n".join(buf))
    return out


def _article_row(a: Article) -> tuple[Any, ...]:
    ts, te = a.title_span or (None, None)
    return (
        a.id,
        a.source,
        a.url,
        a.outlet,
        a.title,
        ts,
        te,
        a.published,
        a.author,
        a.language,
        a.skip_reason,
        a.content_hash,
        a.fmt,
        a.original,
        a.text,
        json.dumps(a.textmap.to_json()),
        json.dumps(a.extra, ensure_ascii=False, default=str),
        a.version,
        a.previous_id,
    )


def article_from_row(row: sqlite3.Row) -> Article:
    span = (row["title_start"], row["title_end"]) if row["title_start"] is not None else None
    return Article(
        id=row["id"],
        source=row["source"],
        original=row["original"],
        text=row["text"],
        textmap=TextMap.from_json(json.loads(row["textmap"])),
        title=row["title"],
        outlet=row["outlet"],
        published=row["published"],
        author=row["author"],
        url=row["url"],
        language=row["language"],
        content_hash=row["content_hash"],
        title_span=span,
        fmt=row["fmt"],
        extra=json.loads(row["extra"] or "{}"),
        version=row["version"],
        previous_id=row["previous_id"],
        skip_reason=row["skip_reason"],
    )
