"""What each page and its API twin show, built from the library's public functions.

Pages and the JSON API call exactly these functions, so they can never disagree.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import tempfile
import time
from collections import Counter, OrderedDict
from collections.abc import Iterator
from pathlib import Path
from threading import Event, Lock, Thread, current_thread
from typing import Any

from ..errors import NotFoundError, QueryError
from ..models import Article
from ..store.sqlite import Store
from .lib import find, lib
from .marks import article_paragraphs, safe_url

ORDERS = ("newest", "largest")


def page(items: list[Any], *, total: int | None, limit: int, offset: int) -> dict[str, Any]:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


# -- stories --------------------------------------------------------------------------------------
def stories_page(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    entity: str | None = None,
    text: str | None = None,
    order: str = "newest",
    limit: int = 20,
    offset: int = 0,
    language: str | None = None,
) -> dict[str, Any]:
    """One page of stories with the total that match the filters."""
    list_stories = lib("list_stories")
    if order not in ORDERS:
        raise QueryError(f"unknown order {order!r}; use one of {', '.join(ORDERS)}")
    filters = {"since": since, "until": until, "outlet": outlet, "entity": entity, "text": text or None}
    if language:
        filters["language"] = language
    items = list_stories(store, **filters, order=order, limit=limit, offset=offset)
    total = _count_stories(store, filters, order, got=len(items), limit=limit, offset=offset)
    names = sorted({str(o) for story in items for o in story.get("outlets") or []})
    real = _real_outlets(store, names)
    for story in items:
        story["conflicts"] = _cached_conflicts(store, str(story["id"]))
        story["known_outlets"] = [o for o in story.get("outlets") or [] if o in real]
    return page(items, total=total, limit=limit, offset=offset)


def _real_outlets(store: Store, names: list[str]) -> set[str]:
    """Which of these names are outlets named by articles (not a file name shown for want of one)."""
    if not names:
        return set()
    marks = ",".join("?" * len(names))
    rows = store.conn.execute(f"SELECT DISTINCT outlet FROM articles WHERE outlet IN ({marks})", names)
    return {str(r[0]) for r in rows}


def _count_stories(store: Store, filters: dict[str, Any], order: str, *, got: int, limit: int, offset: int) -> int:
    """The total matching: exact from the page when it is the last one, else from a count."""
    if got < limit and (got or not offset):
        return offset + got
    counter = find("count_stories")
    if counter is not None:
        return int(counter(store, **filters))
    return len(lib("list_stories")(store, **filters, order=order, limit=1_000_000, offset=0))


def _cached_conflicts(store: Store, story_id: str) -> int | None:
    """How many conflicts the story's stored brief has (None when no brief was made yet)."""
    brief = _BRIEFS.peek(f"{store.path}\x00{story_id}")
    if brief is None:
        try:
            row = store.conn.execute("SELECT brief FROM briefs WHERE story = ?", (story_id,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        brief = json.loads(row[0])
    return len(brief.get("conflicts") or [])


# -- story: the brief -----------------------------------------------------------------------------
class LRU:
    """A small thread-safe least-recently-used map."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[str, Any] = OrderedDict()
        self._lock = Lock()

    def get(self, key: str) -> Any:
        with self._lock:
            if key not in self._data:
                return None
            self._data.move_to_end(key)
            return self._data[key]

    def put(self, key: str, value: Any) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


class _BriefCache:
    """In-process LRU of briefs keyed by story id and story version (its article ids)."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._data: OrderedDict[str, tuple[str, dict[str, Any]]] = OrderedDict()
        self._lock = Lock()

    def get(self, story_id: str, version: str) -> dict[str, Any] | None:
        with self._lock:
            hit = self._data.get(story_id)
            if hit is None or hit[0] != version:
                return None
            self._data.move_to_end(story_id)
            return hit[1]

    def peek(self, story_id: str) -> dict[str, Any] | None:
        with self._lock:
            hit = self._data.get(story_id)
            return hit[1] if hit else None

    def put(self, story_id: str, version: str, brief: dict[str, Any]) -> None:
        with self._lock:
            self._data[story_id] = (version, brief)
            self._data.move_to_end(story_id)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


_BRIEFS = _BriefCache()


def story_version(story: dict[str, Any]) -> str:
    """Changes whenever the story's members (or its version number, where the stage keeps one) change."""
    ids = sorted(str(a) for a in story.get("article_ids") or [])
    basis = "\n".join([str(story.get("version", "")), *ids])
    return hashlib.sha1(basis.encode()).hexdigest()[:16]


def story_brief(store: Store, story_id: str) -> dict[str, Any]:
    """``{"story": get_story(...), "brief": brief_for_story(...)}``; briefs are cached per story version. A brief the
    story page is making in the background (:data:`BUILDS`) is waited for, not made a second time."""
    BUILDS.wait(store.path, story_id)
    story = lib("get_story")(store, story_id)
    version = f"{story_version(story)}:{_saved_brief_row(store, story_id)}"  # a brief made again is read again
    key = f"{store.path}\x00{story_id}"
    cached = _BRIEFS.get(key, version)
    if cached is not None:
        from ..pipeline import with_related

        # the stories linked to it as they are now: a sequel clustered later links it without a new version of its
        # articles. A brief read from the store or made now carries them already (saved_brief, brief_story).
        brief = with_related(store, cached)
    else:
        stored = _stored_brief(store, story_id, story)
        if stored is None:
            with build_lock(store.path, story_id):
                # another server process (``serve --workers 2``) may have made it while this one waited for the lock
                stored = _stored_brief(store, story_id, story) or lib("brief_for_story")(store, story_id)
        brief = stored
    _BRIEFS.put(key, version, brief)
    return {"story": story, "brief": brief}


@contextlib.contextmanager
def build_lock(db: Path, story_id: str) -> Iterator[None]:
    """Held while this process makes the brief of ``story_id`` of store ``db``: a second server process asking for
    the same story's brief waits here, then reads the brief the first one saved instead of making it again. A lock
    file per (store, story) in the temporary folder, locked with ``flock`` (released by the system if the process
    dies); where ``flock`` does not exist (Windows), no lock: each process makes the brief at most once."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    key = hashlib.sha1(f"{Path(db).resolve()}\x00{story_id}".encode()).hexdigest()[:20]
    folder = Path(tempfile.gettempdir()) / "storyline-brief-locks"
    try:
        folder.mkdir(exist_ok=True)
        handle = open(folder / f"{key}.lock", "a+b")  # noqa: SIM115 - held open while the brief is made
    except OSError:  # no writable temporary folder: build without the lock
        yield
        return
    with handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def brief_ready(store: Store, story_id: str) -> bool:
    """Whether :func:`story_brief` answers at once: the brief of the story's current articles is in memory or saved in
    the store (a brief made the first time analyses every article: tens of seconds for a large story)."""
    story = lib("get_story")(store, story_id)
    version = f"{story_version(story)}:{_saved_brief_row(store, story_id)}"
    return (
        _BRIEFS.get(f"{store.path}\x00{story_id}", version) is not None
        or _stored_brief(store, story_id, story) is not None
    )


class BriefBuild:
    """A brief being made in a thread of its own, for a story page that does not wait for it."""

    def __init__(self, db: Path, story_id: str) -> None:
        self.db, self.story_id = db, story_id
        self.started = time.monotonic()
        self.done = Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with Store(self.db) as store:
                story_brief(store, self.story_id)  # saved in the store: every server process reads it from there
        except BaseException as exc:  # shown to the page that asks next
            self.error = exc
        finally:
            BUILDS.finished(self)
            self.done.set()

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started


class _Builds:
    """The briefs being made in the background, one build per story at a time (see :func:`start`)."""

    def __init__(self) -> None:
        self._lock = Lock()
        self._running: dict[tuple[str, str], BriefBuild] = {}
        self._failed: dict[tuple[str, str], BriefBuild] = {}

    def start(self, db: Path, story_id: str) -> BriefBuild:
        """The running build of the story's brief, started now when none runs. A build that failed is handed back
        once (its error for the page to show); the next call starts a new one."""
        key = (str(db), story_id)
        with self._lock:
            if (failed := self._failed.pop(key, None)) is not None:
                return failed
            build = self._running.get(key)
            if build is None:
                build = self._running[key] = BriefBuild(db, story_id)
                Thread(target=build.run, name=f"brief-{story_id}", daemon=True).start()
            return build

    def finished(self, build: BriefBuild) -> None:
        key = (str(build.db), build.story_id)
        with self._lock:
            if self._running.get(key) is build:
                del self._running[key]
            if build.error is not None:
                self._failed[key] = build

    def shown(self, build: BriefBuild) -> None:
        """A failed build's error was shown: the next page starts a new build."""
        with self._lock:
            if self._failed.get(key := (str(build.db), build.story_id)) is build:
                del self._failed[key]

    def running(self, db: Path, story_id: str) -> BriefBuild | None:
        with self._lock:
            return self._running.get((str(db), story_id))

    def wait(self, db: Path, story_id: str) -> None:
        """Wait for a build of the story's brief running in another thread (none: return at once)."""
        build = self.running(db, story_id)
        if build is not None and current_thread().name != f"brief-{story_id}":
            build.done.wait()


BUILDS = _Builds()


def _saved_brief_row(store: Store, story_id: str) -> int | None:
    """The row of the story's saved brief: saving a brief again (``storyline brief ID``) replaces the row, so a
    server that is running shows the new brief, not the one it read before."""
    try:
        row = store.conn.execute("SELECT rowid FROM briefs WHERE story = ?", (story_id,)).fetchone()
    except sqlite3.Error:
        return None
    return int(row[0]) if row else None


def _stored_brief(store: Store, story_id: str, story: dict[str, Any]) -> dict[str, Any] | None:
    """The brief saved in the store when it is current (:func:`storyline.pipeline.saved_brief`, the rule the CLI and
    the library use too), made with whatever options ``storyline run`` was given."""
    from ..pipeline import saved_brief

    return saved_brief(store, story_id, [str(a) for a in story.get("article_ids") or []], any_options=True)


def citation_panels(store: Store, brief: dict[str, Any], *, limit: int = 12) -> dict[str, Any]:
    """Number every summary citation and render each cited article with its cited spans marked."""
    sentences = []
    spans: dict[str, list[tuple[int, int, str, str]]] = {}
    for i, sent in enumerate(brief.get("summary") or []):
        cites = []
        for j, c in enumerate(sent.get("citations") or []):
            key = f"c{i}-{j}"
            art = str(c.get("article"))
            cites.append({**c, "key": key, "n": f"{i + 1}.{j + 1}"})
            spans.setdefault(art, []).append((int(c.get("start", 0)), int(c.get("end", 0)), "cite", key))
        sentences.append(
            {
                "text": sent.get("text", ""),
                "citations": cites,
                "conflicts": sent.get("conflicts") or [],
                "cut": bool(sent.get("cut")),
            }
        )
    articles = []
    for art_id, art_spans in list(spans.items())[:limit]:
        try:
            cited = store.get_article(art_id)
        except NotFoundError:
            continue
        articles.append({"meta": article_meta(cited), "paragraphs": article_paragraphs(cited, art_spans)})
    return {"sentences": sentences, "articles": articles}


# -- articles ---------------------------------------------------------------------------------------
UNLISTED_NOTE = "`unlisted_facts`"
"""The brief's note on the facts it leaves out of ``facts`` names this field (for a reader of the JSON)."""


def reader_notes(brief: dict[str, Any]) -> list[str]:
    """The brief's notes as the story page says them to an editor: the note on the facts not listed (written for a
    reader of the JSON, in its field names) said in words, from the facts themselves; the others as they are."""
    unlisted = [u for u in brief.get("unlisted_facts") or [] if isinstance(u, dict)]
    out = []
    for note in brief.get("notes") or []:
        if UNLISTED_NOTE not in str(note) or not unlisted:
            out.append(str(note))
            continue
        reasons = Counter(str(u.get("why") or "no reason given") for u in unlisted)
        single = all(r.startswith("single-source, ") for r in reasons)
        kinds = "; ".join(f"{n} {r.removeprefix('single-source, ') if single else r}" for r, n in reasons.most_common())
        what = "single-source fact" if single else "fact"
        n = len(unlisted)
        out.append(
            f"{n} more {what}{'' if n == 1 else 's'} {'is' if n == 1 else 'are'} not listed among the facts above: "
            f"{kinds}. {'It is' if n == 1 else 'They are'} under “Facts not listed”."
        )
    return out


def sources_by_outlet(sources: list[Any], outlet_of: dict[str, str]) -> list[tuple[str, list[Any]]]:
    """A fact's sources as ``(outlet, its passages)``, each outlet once, in the order it first appears: an outlet
    whose several articles (or sentences) say the fact is one name with a link per passage, not a name repeated."""
    groups: dict[str, list[Any]] = {}
    for s in sources or []:
        article = s.get("article") if isinstance(s, dict) else s
        groups.setdefault(outlet_of.get(str(article), str(article)), []).append(s)
    return list(groups.items())


def analysed_count(store: Store, article_ids: list[str]) -> int:
    """How many of the articles have their extraction (entities, quotes, dates) stored already."""
    if not article_ids:
        return 0
    marks = ",".join("?" * len(article_ids))
    try:
        row = store.conn.execute(f"SELECT count(*) FROM extractions WHERE article_id IN ({marks})", article_ids)
        return int(row.fetchone()[0])
    except sqlite3.Error:
        return 0


def article_meta(art: Article) -> dict[str, Any]:
    return {
        "id": art.id,
        "title": art.title,
        "outlet": art.outlet,
        "display_outlet": art.display_outlet,
        "published": art.published,
        "author": art.author,
        "url": art.url,
        "safe_url": safe_url(art.url),
        "language": art.language,
        "source": art.source,
        "version": art.version,
        "skip_reason": art.skip_reason,
    }


def article_view(store: Store, article_id: str, *, highlight: tuple[int, int] | None = None) -> dict[str, Any]:
    """An article's metadata; its text with entities, quotes, passages its stories' briefs cite and the
    asked-for span marked; the stories it is in and the outlets that carry the same text."""
    art = store.get_article(article_id)
    extraction = _extraction(store, article_id)
    briefs = briefs_with(store, article_id)
    spans: list[tuple[int, int, str, str]] = []
    for m in extraction.get("mentions", []):
        spans.append((m["start"], m["end"], "entity", ""))
    for q in extraction.get("quotes", []):
        spans.append((q["start"], q["end"], "quote", ""))
    spans += [(s, e, "cited", "") for s, e in cited_spans(briefs, article_id)]
    if highlight is not None:
        start, end = highlight
        if start > end:
            raise QueryError(f"start ({start}) is after end ({end}); give the span's start first")
        if start == end:
            raise QueryError(f"the span {start}-{end} is empty (start = end); give an end after the start")
        if not (0 <= start < end <= len(art.original)):
            raise QueryError(f"span {start}-{end} is outside the article (0-{len(art.original)})")
        spans.append((start, end, "cite", "hl"))
    marked = {"start": start, "end": end, "text": art.original[start:end]} if highlight is not None else None
    return {
        "article": article_meta(art),
        "text": art.text,
        "original": art.original,
        **({"highlight": marked} if marked else {}),
        "paragraphs": article_paragraphs(art, spans),
        "entities": extraction.get("entities", []),
        "quotes": extraction.get("quotes", []),
        "copies": article_copies(store, article_id, briefs),
        "stories": _article_stories(store, article_id, briefs),
    }


def briefs_with(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The stored briefs whose story includes the article."""
    try:
        rows = store.conn.execute("SELECT brief FROM briefs WHERE instr(articles, ?) > 0", (f'"{article_id}"',))
        return [json.loads(r[0]) for r in rows]
    except sqlite3.Error:
        return []


def cited_spans(briefs: list[dict[str, Any]], article_id: str) -> list[tuple[int, int]]:
    """Spans of the article that the briefs cite: summary citations, fact sources, conflict sides."""
    found: set[tuple[int, int]] = set()
    for b in briefs:
        items = [c for s in b.get("summary") or [] for c in s.get("citations") or []]
        items += [src for f in b.get("facts") or [] for src in f.get("sources") or [] if isinstance(src, dict)]
        items += [side for c in b.get("conflicts") or [] for side in c.get("sides") or []]
        for it in items:
            if str(it.get("article")) == article_id and isinstance(it.get("start"), int):
                found.add((int(it["start"]), int(it["end"])))
    return sorted(found)


def _extraction(store: Store, article_id: str) -> dict[str, Any]:
    """Mentions and quotes of one article, in original offsets (empty before extraction has run)."""
    loader = find("load_extractions")
    if loader is None:
        return {}
    found = loader(store, [article_id])
    ex = found.get(article_id) if isinstance(found, dict) else (found[0] if found else None)
    if ex is None:
        return {}
    mentions = [{**m.span.to_json(), "label": m.label, "entity": m.entity} for m in getattr(ex, "mentions", [])]
    quotes = [
        {
            **q.content.to_json(),
            "kind": q.kind,
            "speaker": q.speaker_entity or (q.speaker.text if q.speaker else None),
            "cue": q.cue.text if q.cue else None,
            "parts": [p.to_json() for p in q.parts],
        }
        for q in getattr(ex, "quotes", [])
    ]
    counts = Counter(m["entity"] or m["text"] for m in mentions)
    spellings: dict[str, Counter[str]] = {}
    for m in mentions:
        spellings.setdefault(m["entity"] or m["text"], Counter())[m["text"]] += 1
    names = entity_names(store, [m["entity"] for m in mentions if m["entity"]])
    entities = [
        {"key": k, "name": names.get(k) or spellings[k].most_common(1)[0][0], "spelling": spellings[k].most_common(1)[0][0],
         "mentions": c}
        for k, c in counts.most_common()
    ]  # fmt: skip
    return {"mentions": mentions, "quotes": quotes, "entities": entities}


def entity_names(store: Store, keys: list[str]) -> dict[str, str]:
    """The canonical names of the store's entities with these keys (the name ``/api/entities/KEY`` gives): an
    article's entities are named so, not by the spelling one article uses ("Hask" for "Mira Hask")."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    try:
        rows = store.conn.execute(
            f"SELECT key, name FROM entities WHERE key IN ({','.join('?' * len(wanted))})", wanted
        ).fetchall()
    except sqlite3.OperationalError:
        return {}
    return {str(r[0]): str(r[1]) for r in rows}


def _article_stories(store: Store, article_id: str, briefs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    finder = find("stories_for_article")
    if finder is not None:
        return list(finder(store, article_id))
    out = []
    for b in briefs:
        headline = b.get("headline")
        label = headline.get("text") if isinstance(headline, dict) else headline
        out.append({"id": b.get("story"), "label": label})
    return out


def article_copies(store: Store, article_id: str, briefs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Other articles with the same text (its syndication group in the story's brief)."""
    members: list[str] = []
    for b in briefs:
        for group in b.get("sources") or []:
            ids = [str(i) for i in group.get("articles") or []] if isinstance(group, dict) else []
            if article_id in ids:
                members += [i for i in ids if i != article_id and i not in members]
    return [_copy_meta(store, m) for m in members]


def _copy_meta(store: Store, article_id: str) -> dict[str, Any]:
    try:
        return article_meta(store.get_article(article_id))
    except NotFoundError:
        return {"id": article_id}


# -- search -----------------------------------------------------------------------------------------
def search_page(
    store: Store, query: str, *, limit: int = 20, offset: int = 0, language: str | None = None
) -> dict[str, Any]:
    """Articles matching a full-text query (FTS5 syntax or plain words), in ``language`` only when given (a code or
    a name: "fr", "French", "FR"); a bad query is a QueryError."""
    if not query.strip():
        raise QueryError("empty search query; type one or more words")
    language = search_language(language)
    items = store.search(query, limit=limit, offset=offset, language=language)
    ids = [str(it["id"]) for it in items]
    stories = (
        dict(
            store.conn.execute(
                f"SELECT article_id, story_id FROM story_articles WHERE article_id IN ({','.join('?' * len(ids))})", ids
            ).fetchall()
        )
        if ids
        else {}
    )
    for it in items:  # the story each hit belongs to (None until it is clustered)
        it["story"] = stories.get(str(it["id"]))
    return page(items, total=store.count_matches(query, language=language), limit=limit, offset=offset)


def search_language(language: str | None) -> str | None:
    """The code articles store for a language as a user types it ("French", "FR", "fr": "fr"); None for none."""
    from ..clean.language import normalise_language

    if language is None or not language.strip():
        return None
    return normalise_language(language.strip()) or language.strip()


_SEARCHES = LRU(1024)
"""Search results by query, page and the store's newest article (any ingest makes a new key)."""


def search_key(store: Store, query: str, *, limit: int = 20, offset: int = 0, language: str | None = None) -> str:
    """The cache key of a search: the store, its newest article (any ingest makes a new key), the page
    and the query."""
    newest = store.conn.execute("SELECT max(rowid) FROM articles").fetchone()[0]
    try:  # a new entity list (`entities`, `run`) changes what a name's search finds: its other spellings
        spellings = store.conn.execute("SELECT max(rowid) FROM entity_spellings").fetchone()[0]
    except sqlite3.OperationalError:
        spellings = None
    told = search_language(language) or ""
    return f"{store.path}\x00{newest}\x00{spellings}\x00{limit}\x00{offset}\x00{told}\x00{query}"


def cached_search(
    store: Store,
    query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    key: str | None = None,
    language: str | None = None,
) -> tuple[dict[str, Any], bool]:
    """:func:`search_page` through a small result cache (``key``: its :func:`search_key`, when the caller
    has it already); also says whether it was a cache hit."""
    key = key or search_key(store, query, limit=limit, offset=offset, language=language)
    hit = _SEARCHES.get(key)
    if hit is not None:
        return hit, True
    result = search_page(store, query, limit=limit, offset=offset, language=language)
    _SEARCHES.put(key, result)
    return result, False
