"""The main job, as library functions: inputs -> articles -> stories -> extraction -> briefs.

``brief_articles`` briefs given articles as one story; ``briefs_from_inputs`` does it for files without a
store (optionally one brief per value of a record field); ``brief_story`` briefs a stored story;
``run_pipeline`` ingests, clusters, extracts and writes every story's brief as JSON, Markdown and HTML;
``list_articles`` lists stored articles. docs/library.md describes them with the rest of the public API.
Parts of storyline itself that an install does not have (an older one without clustering or extraction)
degrade to the simplest behaviour and say so in the brief's ``notes``. A language model that is not installed
(the English spaCy model, the sentence-embedding model) does not: the call raises ``ModelError`` saying what to
install, since a brief made without them would be silently worse.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Unpack

from .brief.build import SCHEMA_VERSION, BriefOptions, build_brief
from .errors import NotFoundError
from .models import Article, ArticleExtraction, Entity, Skipped, make_article_id, unaccented
from .store.sqlite import ArticleFilters, Store

Progress = Callable[[str], None]

__all__ = [
    "RunReport",
    "brief_articles",
    "brief_story",
    "briefs_from_inputs",
    "count_listed_articles",
    "export_records",
    "list_articles",
    "read_inputs",
    "run_pipeline",
    "save_brief",
]


def extract(articles: list[Article]) -> tuple[dict[str, ArticleExtraction], list[Entity], list[str]]:
    """Extraction and entity resolution for ``articles``; empty (with a note) when unavailable."""
    try:
        from .extract import extract_articles, resolve_entities  # type: ignore[attr-defined]
    except ImportError:
        return {}, [], ["extraction is not available: no entities, quotes or dates"]
    usable = [a for a in articles if not a.skip_reason]
    extractions = list(extract_articles(usable))
    entities = list(resolve_entities(usable, extractions))
    return {e.article: e for e in extractions}, entities, []


def syndication(articles: list[Article]) -> tuple[dict[str, str], list[str]]:
    """Article id -> syndication group for a story's articles (each its own group when unavailable)."""
    try:
        from .dedupe import find_duplicates, syndication_groups  # type: ignore[attr-defined]
    except ImportError:
        note = "syndication detection is not available: only articles with identical cleaned text are grouped"
        return exact_copies(articles), [note]
    return groups_map(syndication_groups(find_duplicates(articles)), [a.id for a in articles]), []


def exact_copies(articles: list[Article]) -> dict[str, str]:
    """Fallback syndication groups: articles whose cleaned text is identical (whitespace aside)."""
    first: dict[str, str] = {}
    out = {}
    for a in articles:
        key = " ".join((a.text or a.original).split())
        out[a.id] = first.setdefault(key, a.id)
    return out


def groups_map(found: Any, ids: list[str]) -> dict[str, str]:
    """Normalise whatever shape syndication groups come in (mapping or list of groups) to id -> group."""
    out = {i: i for i in ids}
    if isinstance(found, dict):
        for k, v in found.items():
            if isinstance(v, list | set | tuple | frozenset):
                for member in v:
                    out[str(member)] = str(k)
            else:
                out[str(k)] = str(v)
        return out
    for group in found or []:
        members = [str(m) for m in (group.get("articles", []) if isinstance(group, dict) else group)]
        if members:
            head = sorted(members)[0]
            for m in members:
                out[m] = head
    return out


def brief_articles(
    articles: list[Article],
    *,
    story: str,
    options: BriefOptions | None = None,
    store: Store | None = None,
    groups: dict[str, str] | None = None,
    extracted: tuple[dict[str, ArticleExtraction], list[Entity], list[str]] | None = None,
) -> dict[str, Any]:
    """The brief of ``articles`` taken as one story, in :func:`intrinsic_order` whatever order they come in."""
    options = options or BriefOptions()
    articles = intrinsic_order(articles)
    notes: list[str] = []
    if extracted is None:
        extracted = extract(articles) if options.sections else ({}, [], [])
    extractions, entities, ext_notes = extracted
    if groups is None:
        groups, syn_notes = syndication(articles)
        notes += syn_notes
    brief = build_brief(articles, extractions, entities, story=story, groups=groups, options=options, store=store)
    brief["notes"] = ext_notes + notes + brief.get("notes", [])
    return brief


def intrinsic_order(articles: list[Article]) -> list[Article]:
    """``articles`` by publication time (undated last), then by article id: the order a brief reads its articles
    in, so that the same articles give the same brief (fact ids, which of two equal sides or copies comes first)
    whatever order they were given or ingested in."""
    return sorted(articles, key=lambda a: (a.published is None, str(a.published or ""), a.id))


def read_inputs(paths: list[str]) -> tuple[list[Article], list[Skipped]]:
    """Articles from files, folders or globs, without a store."""
    from .ingest.pipeline import build_article, iter_drafts
    from .settings import IngestOptions

    articles: list[Article] = []
    skipped: list[Skipped] = []
    seen: dict[str, tuple[str | None, str | None]] = {}
    for item in iter_drafts(paths, options=IngestOptions()):
        got = item if isinstance(item, Skipped) else build_article(item)
        if isinstance(got, Skipped):
            skipped.append(got)
            continue
        who = (got.outlet, (got.extra or {}).get("record_id"))
        if got.id in seen and seen[got.id] == who:
            continue  # the same input read twice
        if got.id in seen:
            # the same text from another outlet or record (a syndicated copy): a report of its own, which the
            # syndication groups count once
            got = replace(got, id=make_article_id("|".join(map(str, who)), got.id))
            if got.id in seen:
                continue
        seen[got.id] = who
        articles.append(got)
    return articles, skipped


def briefs_from_inputs(
    paths: list[str],
    *,
    by: str | None = None,
    options: BriefOptions | None = None,
    progress: Progress | None = None,
    on_skipped: Callable[[Skipped], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """One brief of all the inputs, or one per distinct value of record field ``by`` (in input order). Each brief
    lists the inputs of its story that could not be used (``skipped_inputs``); ``on_skipped`` hears of those that
    belong to no brief (with ``by``: a story all of whose records were unusable)."""
    articles, skipped = read_inputs(paths)
    if not articles:
        reasons = "; ".join(f"{s.input}: {s.reason}" for s in skipped[:5]) or "no inputs"
        raise NotFoundError(f"no article could be read from the inputs ({reasons})")
    if by is None:
        brief = brief_articles(articles, story="input", options=options)
        brief["skipped_inputs"] = [{"input": s.input, "reason": s.reason} for s in skipped]
        yield brief
        return
    stories: dict[str, list[Article]] = {}
    for a in articles:
        value = a.extra.get(by) if a.extra else None
        stories.setdefault(_story_key(value if value is not None else getattr(a, by, None)), []).append(a)
    lost: dict[str, list[Skipped]] = {}
    for s in skipped:
        lost.setdefault(_story_key((s.extra or {}).get(by)), []).append(s)
    for value, members in stories.items():
        if progress:
            progress(value)
        brief = brief_articles(members, story=value or "(no value)", options=options)
        brief["skipped_inputs"] = [{"input": s.input, "reason": s.reason} for s in lost.get(value, [])]
        yield brief
    if on_skipped is not None:
        # inputs of no story's brief: a group all of whose records were unusable, or inputs outside any record
        for value, items in lost.items():
            if value not in stories:
                for s in items:
                    on_skipped(s)


def _story_key(value: Any) -> str:
    """The story a record's ``--by`` value names ("" for none)."""
    return str(value) if value is not None else ""


# -- over the store ----------------------------------------------------------------------------


def story_articles(store: Store, story_id: str) -> tuple[list[Article], dict[str, str]]:
    """A stored story's articles and syndication groups (story ``all`` = every article, when this install
    has no story clustering)."""
    try:
        from .cluster import get_story  # type: ignore[attr-defined]
    except ImportError:
        if story_id != "all":
            raise NotFoundError(
                f"no story {story_id!r}: story clustering is not available in this install; "
                "brief everything with story id `all`, or files with `storyline brief --input`"
            ) from None
        articles = list(store.iter_articles())
        return articles, syndication(articles)[0]
    story = get_story(store, story_id)
    ids = [str(i) for i in story.get("article_ids", [])]
    if not ids and story.get("merged_into"):
        target = story["merged_into"]
        raise NotFoundError(f"story {story_id!r} was merged into {target} by a rebuild: `storyline brief {target}`")
    if not ids:
        raise NotFoundError(f"story {story_id!r} has no articles; list stories with `storyline stories`")
    groups = groups_map(story.get("syndication_groups") or {}, ids)
    return [store.get_article(i) for i in ids], groups


def stored_extractions(
    store: Store, articles: list[Article]
) -> tuple[dict[str, ArticleExtraction], list[Entity], list[str]]:
    """Extractions from the store when extraction saved them, else computed now (and saved when possible)."""
    try:
        from . import extract as ex
    except ImportError:
        return {}, [], ["extraction is not available: no entities, quotes or dates"]
    usable = [a for a in articles if not a.skip_reason]
    found: dict[str, ArticleExtraction] = {}
    load = getattr(ex, "load_extractions", None)
    if load is not None:
        got = load(store, [a.id for a in usable])
        found = dict(got) if isinstance(got, dict) else {e.article: e for e in got}
    missing = [a for a in usable if a.id not in found]
    if missing and hasattr(ex, "extract_articles"):
        fresh = list(ex.extract_articles(missing))
        save = getattr(ex, "save_extractions", None)
        if save is not None and not store.readonly:
            save(store, fresh)
        found.update({e.article: e for e in fresh})
    if not hasattr(ex, "resolve_entities"):
        return found, [], ["entity resolution is not available"]
    entities = list(ex.resolve_entities(usable, [found[a.id] for a in usable if a.id in found]))
    return found, entities, []


def brief_story(
    store: Store,
    story_id: str,
    *,
    options: BriefOptions | None = None,
    name_story: bool = False,
    rebuild: bool = False,
) -> dict[str, Any]:
    """The brief of stored story ``story_id`` (saved in the store's ``briefs`` table; with ``name_story``, its
    headline and entities also name the story in lists: see :func:`save_brief`). Articles not extracted yet are
    extracted now and their extractions saved, as the sentence vectors are; on a store opened read-only
    (``Store(path, readonly=True)``) the brief is computed all the same and nothing is saved.

    The saved brief is returned as it is, without loading a model, when it is current (:func:`saved_brief`: made
    from the story's current articles by this schema version, with these options); ``rebuild=True`` makes it again
    whatever is saved."""
    articles, groups = story_articles(store, story_id)
    if not rebuild and (saved := saved_brief(store, story_id, [a.id for a in articles], options=options)) is not None:
        if name_story and not store.readonly:
            save_brief(store, saved, name_story=True, options=options)
        return saved
    articles = intrinsic_order(articles)  # entities are resolved in this order too
    extracted = stored_extractions(store, articles)
    brief = brief_articles(articles, story=story_id, options=options, store=store, groups=groups, extracted=extracted)
    if not store.readonly and (options is None or set(BriefOptions().sections) <= set(options.sections)):
        # not a brief cut short (--summary-only): the web app shows the saved one
        save_brief(store, brief, name_story=name_story, options=options)
    return with_related(store, brief)  # a read-only store's brief names its related stories too


def with_related(store: Store, brief: dict[str, Any]) -> dict[str, Any]:
    """``brief`` of a stored story with its ``related`` stories as the store links them now
    (:func:`storyline.cluster.related_stories`: the event it follows, its sequels): a sequel clustered after the brief
    was made is linked without making the brief again (its articles did not change)."""
    from .cluster import related_stories

    try:
        related = related_stories(store, str(brief["story"]))
    except NotFoundError:
        related = []
    return {**brief, "related": related}


def _saved_as(options: BriefOptions | None) -> str:
    """What the ``schema`` column of a saved brief holds: the schema version, marked when the brief was made with
    options other than the defaults (another word budget), so that a default brief is never answered with it."""
    return SCHEMA_VERSION if options is None or options == BriefOptions() else f"{SCHEMA_VERSION}+options"


def saved_brief(
    store: Store,
    story_id: str,
    article_ids: list[str] | None = None,
    *,
    options: BriefOptions | None = None,
    any_options: bool = False,
) -> dict[str, Any] | None:
    """The brief saved for story ``story_id`` when it is current, else None. Current: made from exactly the story's
    articles as they are now (``article_ids``; read from the store when not given: an article added, removed or
    replaced by a new version changes them) by this version of the brief schema (:data:`SCHEMA_VERSION`, raised
    whenever what a brief holds changes), with ``options`` (the defaults when None; ``any_options``: whatever
    options it was made with, as the web app shows the brief ``storyline run --max-words N`` saved). The one rule
    the CLI, the library and the web app use to decide whether a saved brief can be shown instead of made again."""
    import sqlite3

    try:
        row = store.conn.execute("SELECT schema, articles, brief FROM briefs WHERE story = ?", (story_id,)).fetchone()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    made_as = str(row[0] or "")
    if made_as.split("+")[0] != SCHEMA_VERSION or (not any_options and made_as != _saved_as(options)):
        return None
    if article_ids is None:
        try:
            article_ids = [a.id for a in story_articles(store, story_id)[0]]
        except NotFoundError:
            return None
    if sorted(str(a) for a in json.loads(row[1])) != sorted(str(a) for a in article_ids):
        return None
    return with_related(store, json.loads(row[2]))  # the links as they are now (a sequel clustered later)


def save_brief(
    store: Store, brief: dict[str, Any], *, name_story: bool = False, options: BriefOptions | None = None
) -> None:
    """Keep the brief. With ``name_story`` (``storyline run``, which briefs every story it clusters), its headline
    becomes the story's label and its entities' names the story's key entities, so that lists name the story as its
    brief does (a label chosen at clustering time cannot know which figures the outlets dispute). A brief made on
    request (``storyline brief ID``, a story's page) changes neither: what ``stories`` lists does not depend on which
    stories someone has read, and two stores built alike list alike."""
    headline = (brief.get("headline") or {}).get("text")
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO briefs (story, schema, articles, brief) VALUES (?,?,?,?)",
            (
                brief["story"],
                brief["schema"] if brief.get("schema") != SCHEMA_VERSION else _saved_as(options),
                json.dumps([a["id"] for a in brief["articles"]]),
                json.dumps(brief, ensure_ascii=False),
            ),
        )
        if not name_story:
            return
        if headline:
            conn.execute(
                "UPDATE stories SET label = ? WHERE id = ? AND label != ?", (headline, brief["story"], headline)
            )
        row = conn.execute("SELECT meta FROM stories WHERE id = ?", (brief["story"],)).fetchone()
        meta = json.loads(row[0]) if row is not None and row[0] else None
        if isinstance(meta, dict) and meta.get("key_entities"):
            keys = canonical_key_entities(meta["key_entities"], brief.get("entities") or [])
            if keys != meta["key_entities"]:
                conn.execute(
                    "UPDATE stories SET meta = ? WHERE id = ?",
                    (json.dumps(meta | {"key_entities": keys}), brief["story"]),
                )


def canonical_key_entities(keys: list[str], entities: list[dict[str, Any]]) -> list[str]:
    """A story's key entities (capitalised names its articles use most, read before extraction) as the names of the
    brief's entities they stand for, so that each names an entity page: a spelling or variant of an entity is its name,
    a name with a title before it ("Curator Ingrid Solvang") the person's, a hyphenated name cut short ("Henrik
    Dalgaard") the whole name, a name of two words or more read without its first ones ("Health Partners" of
    "Tolvéra Health Partners") the one entity's name that ends with it. A key that names no entity ("ICBM") stays as
    it is."""
    from .store.sqlite import fold

    def tail(key: str, name: str) -> bool:  # "curator ingrid solvang" ends with "ingrid solvang"
        return " " in name and f" {key}".endswith(f" {name}")

    def cut(key: str, name: str) -> bool:  # "henrik dalgaard" of "henrik dalgaard-sopel"
        return unaccented(name.casefold()).startswith(unaccented(key.casefold()) + "-")

    out: list[str] = []
    for key in keys:
        k = fold(key)
        forms = [(e, [e["name"], *e.get("variants", [])]) for e in entities if e.get("name")]
        found = next((e["name"] for e, fs in forms if any(fold(f) == k for f in fs)), None)
        found = found or max(
            (e["name"] for e, fs in forms if any(tail(k, fold(f)) for f in fs) or any(cut(key, f) for f in fs)),
            key=len,
            default=None,
        )
        if found is None and " " in k:
            # "Health Partners" of "Tolvéra Health Partners", "Brannock Hospital" of "St. Brannock Hospital": a key
            # read without the name's first word (an accented or abbreviated one), when one entity ends with it
            longer = {e["name"] for e, fs in forms if any(tail(fold(f), k) for f in fs)}
            found = longer.pop() if len(longer) == 1 else None
        name = found or key
        if name not in out:
            out.append(name)
    return out


@dataclass
class RunReport:
    """What ``run_pipeline`` did and where it wrote it."""

    out: Path | None = None
    """Where the brief files were written (None: not written, ``run_pipeline`` was given no ``out``)."""
    ingest: dict[str, Any] = field(default_factory=dict)
    stories: list[dict[str, Any]] = field(default_factory=list)
    index: Path | None = None
    notes: list[str] = field(default_factory=list)
    left_out: list[dict[str, Any]] = field(default_factory=list)
    """Stored articles in no story because they could not be analysed (``{article, outlet, source, title, language,
    reason}``): a text in another language is stored, never briefed, and the run says so rather than drop it."""

    def to_json(self) -> dict[str, Any]:
        return {
            "out": str(self.out) if self.out is not None else None,
            "index": str(self.index) if self.index else None,
            "ingest": self.ingest,
            "stories": self.stories,
            "notes": self.notes,
            "left_out": self.left_out,
        }


def left_out_articles(store: Store) -> list[dict[str, Any]]:
    """The store's articles (as they read now) that are in no story because an analysis stage cannot read them (a
    ``skip_reason``: another language), oldest first, with the reason."""
    from .store.sqlite import latest_version

    rows = store.conn.execute(
        "SELECT id FROM articles WHERE skip_reason IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = articles.id)"
        f" AND {latest_version()} ORDER BY rowid"
    ).fetchall()
    out = []
    for (aid,) in rows:
        a = store.get_article(aid)
        out.append(
            {
                "article": a.id,
                "outlet": a.display_outlet,
                "source": a.source,
                "title": a.title,
                "language": a.language,
                "reason": f"in no story: {a.skip_reason}",
            }
        )
    return out


def cluster_stories(store: Store) -> tuple[list[str], list[str]]:
    """Cluster the store and return the ids of the stories (one story of everything when unavailable)."""
    try:
        from .cluster import list_stories  # type: ignore[attr-defined]
        from .cluster import update_stories as cluster  # type: ignore[attr-defined]
    except ImportError:
        return [], ["story clustering is not available: all inputs are briefed as one story"]
    report = cluster(store)
    notes = []
    for placed in getattr(report, "attached", []):  # another language: in its story, not analysed
        a = store.get_article(placed["article"])
        notes.append(f"{a.id} ({a.display_outlet}, {a.source}) is in story {placed['story']}: {placed['reason']}")
    ids = []
    for s in list_stories(store, limit=100000) if _takes_limit(list_stories) else list_stories(store):
        ids.append(str(s.get("id") if isinstance(s, dict) else getattr(s, "id", s)))
    return ids, notes


def _takes_limit(fn: Callable[..., Any]) -> bool:
    import inspect

    try:
        return "limit" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def run_pipeline(
    store: Store,
    inputs: list[str] | None = None,
    out: Path | None = None,
    *,
    options: BriefOptions | None = None,
    progress: Progress | None = None,
) -> RunReport:
    """Ingest ``inputs`` (if any), cluster stories, extract and brief every story (``progress`` is told what is
    being done, as a line of text).

    With ``out``, each brief is written as JSON, Markdown and HTML, plus an ``index.html``; briefs are
    always saved in the store's ``briefs`` table.
    """
    from .ingest import ingest

    report = RunReport(out=out)
    if inputs:
        report.ingest = ingest(store, inputs).to_json()
    story_ids, report.notes = cluster_stories(store)
    report.left_out = left_out_articles(store)
    _resolve_store_entities(store, report.notes, progress)
    briefs = []
    if not story_ids and not store.count_articles():
        report.notes.append("no articles in the store: nothing to brief")
    for sid in story_ids or (["all"] if store.count_articles() else []):
        if progress:
            progress(f"briefing story {sid[:40]}")
        if story_ids:
            brief = brief_story(store, sid, options=options, name_story=True, rebuild=True)
        else:
            brief = brief_articles(list(store.iter_articles()), story="all", options=options, store=store)
            save_brief(store, brief, options=options)
        briefs.append(brief)
        file = _safe_name(sid) if out is not None else None  # story-ID.json/.md/.html in out, when written
        report.stories.append({"story": sid, "articles": len(brief["articles"]), "file": file})
    if out is not None:
        report.index = write_briefs(briefs, out, left_out=report.left_out)
        gone = _stale_briefs(out, {_safe_name(str(b["story"])) for b in briefs}, lambda sid: _retired(store, sid))
        if gone:
            report.notes.append(
                f"removed the briefs of {len(gone)} stories that no longer exist (merged or emptied): "
                + ", ".join(sorted(gone))
            )
    return report


def _resolve_store_entities(store: Store, notes: list[str], progress: Progress | None = None) -> None:
    """Extract the stored articles not yet extracted and resolve the store's entities, as ``storyline entities``
    does, so that after ``run`` the entity list, ``quotes --speaker`` and searches by any spelling of a name work on
    the store; the briefs then read the saved extractions."""
    try:
        from .extract.store import extract_store
    except ImportError:
        notes.append("extraction is not available: the store's entity list is not filled")
        return
    done = 0

    def counted(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(f"analysing articles: {done} done")

    extract_store(store, progress=counted)


def _retired(store: Store, story_id: str) -> bool:
    """A story of this store that holds no article any more (a rebuild merged it away, or emptied it)."""
    row = store.conn.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone()
    held = store.conn.execute("SELECT 1 FROM story_articles WHERE story_id = ? LIMIT 1", (story_id,)).fetchone()
    return row is not None and held is None


def _stale_briefs(out: Path, live: set[str], retired: Callable[[str], bool]) -> list[str]:
    """Delete the ``story-ID.json|md|html`` files in ``out`` of stories this run did not brief because they no
    longer hold articles (``retired``: a rebuild merged them away); only briefs this tool wrote, of this store's
    stories, are touched (another store's briefs in the same folder stay). Returns the story ids removed."""
    gone = []
    for path in out.glob("story-*.json"):
        stem = path.stem
        if stem in live:
            continue
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(old, dict) or "schema" not in old or _safe_name(str(old.get("story"))) != stem:
            continue  # not a brief this tool wrote
        if not retired(str(old["story"])):
            continue
        for ext in (".json", ".md", ".html"):
            (out / f"{stem}{ext}").unlink(missing_ok=True)
        gone.append(str(old.get("story")))
    return gone


def write_briefs(briefs: list[dict[str, Any]], out: Path, *, left_out: list[dict[str, Any]] | None = None) -> Path:
    """Write every brief as ``story-ID.json|md|html`` and an ``index.html`` linking them (and listing the articles
    ``left_out`` of every story, with why); returns the index."""
    from .brief.render import render_html, render_index, render_markdown

    out.mkdir(parents=True, exist_ok=True)
    for brief in briefs:
        stem = _safe_name(str(brief["story"]))
        (out / f"{stem}.json").write_text(json.dumps(brief, ensure_ascii=False, indent=2), encoding="utf-8")
        (out / f"{stem}.md").write_text(render_markdown(brief), encoding="utf-8")
        (out / f"{stem}.html").write_text(render_html(brief), encoding="utf-8")
    index = out / "index.html"
    index.write_text(render_index(briefs, left_out=left_out), encoding="utf-8")
    return index


def _safe_name(story_id: str) -> str:
    from .brief.render import story_file

    return story_file(story_id)


def export_records(store: Store) -> Iterator[dict[str, Any]]:
    """Every stored article, each version, oldest first, as one export record (see ``storyline export``): its fields,
    cleaned text and original, version chain, what restores it as stored, the input record's own id (``record_id``)
    and other fields (``extra``), and where clustering put it (``story``, ``syndication_group``: null before
    ``storyline cluster`` or for an article in no story)."""
    from .cluster.stories import article_placements

    placed = article_placements(store)
    for a in store.iter_articles(latest_only=False):
        yield {
            "id": a.id,
            "source": a.source,
            "url": a.url,
            "outlet": a.outlet,
            "title": a.title,
            "published": a.published,
            "author": a.author,
            "language": a.language,
            "text": a.text,
            "original": a.original,
            "version": a.version,
            "previous_id": a.previous_id,
            **placement_fields(a, placed),
            "stored": {
                "fmt": a.fmt,
                "textmap": a.textmap.to_json(),
                "title_span": list(a.title_span) if a.title_span else None,
                "extra": a.extra,
                "skip_reason": a.skip_reason,
            },
        }


def placement_fields(article: Article, placed: dict[str, dict[str, str]]) -> dict[str, Any]:
    """An article's ``story``, ``syndication_group`` (from :func:`storyline.cluster.stories.article_placements`),
    ``record_id`` (the input record's own id) and ``extra`` (the record's other fields)."""
    where = placed.get(article.id, {})
    extra = dict(article.extra or {})
    return {
        "story": where.get("story"),
        "syndication_group": where.get("syndication_group"),
        "record_id": extra.pop("record_id", None),
        "extra": extra,
    }


def list_articles(
    store: Store,
    *,
    outlet: str | None = None,
    language: str | None = None,
    since: str | None = None,
    until: str | None = None,
    url: str | None = None,
    record_id: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Stored articles (latest versions, ingest order), filtered, each with its fields and :func:`placement_fields`
    (story, syndication group, the input record's id and other fields): ``storyline articles --json``. Dates as
    ``stories`` takes them (YYYY, YYYY-MM, YYYY-MM-DD; a QueryError otherwise), a language by code or name, ``url``
    the article's URL, ``record_id`` the ``id`` of the input record it came from; ``limit`` None lists all."""
    from .cluster.stories import article_placements
    from .store.sqlite import check_page

    check_page(limit, offset, none_ok=True)
    filters = _article_filters(outlet=outlet, language=language, since=since, until=until, url=url, record_id=record_id)
    arts = list(store.iter_articles(**filters, limit=limit, offset=offset))
    placed = article_placements(store, [a.id for a in arts])
    return [article_fields(a) | placement_fields(a, placed) for a in arts]


def count_listed_articles(store: Store, **filters: Unpack[ArticleFilters]) -> int:
    """How many articles :func:`list_articles` lists with these filters (its keyword arguments but ``limit`` and
    ``offset``), over every page."""
    return store.count_articles(**_article_filters(**filters))


def _article_filters(**filters: Unpack[ArticleFilters]) -> ArticleFilters:
    """The filters of :func:`list_articles` as the store reads them: dates checked (a QueryError otherwise), a
    language name as its code."""
    from .clean.language import normalise_language
    from .cluster.stories import check_range

    since, until = check_range(filters.get("since"), filters.get("until"))
    language = (filters.get("language") or "").strip()
    if language:
        language = normalise_language(language) or language
    return {
        "outlet": filters.get("outlet") or None,
        "language": language or None,
        "since": since,
        "until": until,
        "url": filters.get("url") or None,
        "record_id": filters.get("record_id") or None,
    }


def article_fields(art: Article) -> dict[str, Any]:
    """An article's metadata as ``storyline articles`` lists it."""
    return {
        "id": art.id,
        "source": art.source,
        "url": art.url,
        "outlet": art.outlet,
        "title": art.title,
        "published": art.published,
        "author": art.author,
        "language": art.language,
        "version": art.version,
    }
