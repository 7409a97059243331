"""Ingest: inputs -> drafts -> cleaned articles -> the store, committed in small batches."""

from __future__ import annotations

import dataclasses
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..clean import clean_text, lone_paragraph
from ..clean.language import detect_language, normalise_language
from ..clean.text import byline_author
from ..clean.walls import consent_wall
from ..models import Article, Skipped, TextMap, content_hash, make_article_id
from ..settings import IngestOptions
from ..store.sqlite import Store
from .detect import UTF16_BOMS, sniff
from .drafts import Draft, RawInput, ReadResult, read_published
from .records import DOCUMENT_REASON, read_csv, read_json, read_jsonl_file, read_text, record_drafts
from .sources import InputNames, expand_inputs, input_names, is_url, read_local, store_files

if TYPE_CHECKING:
    import httpx

    from .fetch import Fetcher

EXIT_OK, EXIT_FAILED, EXIT_PARTIAL = 0, 1, 3
"""Exit codes: all ingested; failed (nothing could be done); some inputs skipped."""

Progress = Callable[[str], None]


@dataclass
class IngestReport:
    """What one ingest run did. ``skipped`` lists every input that could not be used, with why."""

    run_id: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    notes: list[dict[str, str]] = field(default_factory=list)
    """Articles stored with a caveat the operator should see (:func:`stored_caveats`): ``{input, article, kind,
    note}``; kind ``partial`` (only part of the text was had: a feed's summary for a page that could not be fetched)
    makes the run partial, kind ``date`` (a publication date not read, or far in the future) is a warning, kind ``file``
    (a local file ingested before with a text this one is no edit of: stored as another article) too."""
    duplicates: list[dict[str, str]] = field(default_factory=list)
    """Inputs whose text an article of another record already has (:func:`duplicate_of`, :func:`same_outlet_copy`):
    ``{input, article, same_as, why}``; ``article`` is the id the input is stored under (``same_as`` itself when it was
    stored once)."""

    @property
    def exit_code(self) -> int:
        stored = self.counts["added"] + self.counts["unchanged"] + self.counts["version"] + self.counts["duplicate"]
        if not self.skipped:
            return EXIT_PARTIAL if self.partial else EXIT_OK
        return EXIT_PARTIAL if stored else EXIT_FAILED

    @property
    def partial(self) -> int:
        """Articles stored with part of their text only."""
        return sum(n["kind"] == "partial" for n in self.notes)

    def to_json(self) -> dict[str, Any]:
        return {
            "run": self.run_id,
            "added": self.counts["added"],
            "unchanged": self.counts["unchanged"],
            "new_versions": self.counts["version"],
            "not_english": self.counts["not_english"],
            "partial": self.partial,
            "skipped": [{"input": s.input, "reason": s.reason} for s in self.skipped],
            "notes": self.notes,
            "duplicates": self.duplicates,
            "exit_code": self.exit_code,
        }


def nothing_to_read(names: list[str]) -> IngestReport | None:
    """The report of a run none of whose inputs names anything to read (missing paths, empty folders, patterns that
    match no file), made without opening a store, so that a mistyped path leaves no empty store behind; None when
    one input may hold articles (a file, a URL, standard input)."""
    skipped: list[Skipped] = []
    for item in expand_inputs(list(names)):
        if not isinstance(item, Skipped):
            return None
        skipped.append(item)
    return IngestReport(run_id=0, skipped=skipped)


def read_raw(raw: RawInput, *, options: IngestOptions, fetcher: Fetcher | None = None) -> Iterator[ReadResult]:
    """Drafts from one raw input, whatever its format (recognised by its content)."""
    yield from read_as(sniff(raw.data, raw.name), raw, options=options, fetcher=fetcher)


def read_as(fmt: str, raw: RawInput, *, options: IngestOptions, fetcher: Fetcher | None = None) -> Iterator[ReadResult]:
    """Drafts from one raw input read as ``fmt``."""
    if fmt == "binary":
        yield Skipped(raw.name, "binary data, not an article, page, feed, JSON or WARC file")
    elif fmt == "document":
        yield Skipped(raw.name, DOCUMENT_REASON)
    elif fmt == "csv":
        yield from read_csv(raw)
    elif fmt == "json" or fmt == "jsonl":
        yield from read_json(raw, lines=fmt == "jsonl")
    elif fmt == "text":
        yield from read_text(raw)
    else:
        from . import formats

        yield from formats.read_format(fmt, raw, options=options, fetcher=fetcher)


def _fields(draft: Draft) -> dict[str, Any]:
    """A draft's metadata and its record's own fields: what ``--by`` may name, for an input that is skipped."""
    told = ("title", "outlet", "published", "author", "url", "language")
    return {**{k: getattr(draft, k) for k in told}, **draft.extra}


WALL_REASON = "a consent or paywall page, no article text"
"""Why a page that is only a cookie-consent or subscription wall is skipped (:mod:`storyline.clean.walls`)."""


def build_article(draft: Draft) -> Article | Skipped:
    """Clean a draft into an article (HTML drafts are extracted first)."""
    if draft.stored is not None and (art := restored(draft)) is not None:
        return art
    record_text = draft.fmt == "json" and draft.raw_html is None  # a record's own text: no page around it
    if draft.raw_html is not None and not draft.original.strip():
        from .html import extract_html

        got = extract_html(draft.raw_html, url=draft.url, source=draft.source)
        if isinstance(got, Skipped):
            return got
        draft = _merge(draft, got)
    if not draft.original.strip():
        return Skipped(draft.source, "no article text found", extra=_fields(draft))
    cleaned = clean_text(draft.original, title=draft.title)
    if not cleaned.text.strip() and draft.title is None:
        cleaned = clean_text(draft.original, title="")  # a lone paragraph and no title: it is the text, no headline
    if not cleaned.text.strip() and record_text:
        cleaned = lone_paragraph(draft.original, title=cleaned.title) or cleaned
    if not cleaned.text.strip():
        return Skipped(draft.source, "nothing left after removing page junk", extra=_fields(draft))
    if consent_wall(draft.original, cleaned.text):
        return Skipped(draft.source, WALL_REASON, extra=_fields(draft))
    chash = content_hash(draft.original)
    language = normalise_language(draft.language) or detect_language(cleaned.text)
    published, unread = read_published(draft.published)
    extra = {**draft.extra, "published_unread": {"value": draft.published, "why": unread}} if unread else draft.extra
    if not (draft.published or "").strip() and cleaned.byline_date:
        published, unread = _line_date(cleaned.byline_date, cleaned.text)  # the date of the text's own date line
        extra = {**extra, "published_unread": {"value": cleaned.byline_date, "why": unread}} if unread else extra
    if published is None and not (draft.published or "").strip():
        from ..extract.dates import dateline_dated

        published = dateline_dated(cleaned.text)  # "PELLHAM, 5 May 2026 (Agency) -": the day the report was filed
    art = Article(
        id=make_article_id(draft.url, chash),
        source=draft.source,
        original=draft.original,
        text=cleaned.text,
        textmap=cleaned.textmap,
        title=cleaned.title,
        title_span=cleaned.title_span,
        outlet=draft.outlet or cleaned.signoff_outlet or cleaned.byline_outlet or _wire_of(cleaned.text),
        published=published,
        author=draft.author or byline_author(cleaned.byline),
        url=draft.url,
        language=language,
        content_hash=chash,
        fmt=draft.fmt,
        extra=extra,
    )
    if language and not language.startswith("en"):
        art.skip_reason = f"language is {language!r}; the analysis stages handle English only"
    return art


def restored(draft: Draft) -> Article | None:
    """The article an exported record (``storyline export``) describes, as it was stored: the same id, cleaned text,
    offsets map, headline span and fields, so that ingesting an export gives back the store's articles (a syndicated
    copy whose cleaned text is the wire's is no duplicate: its original differs) and every offset of an earlier brief
    still points where it did. None when the record no longer matches itself (its id is not that of its url and
    original, or its map does not give its text): it is then cleaned as any record."""
    st = draft.stored or {}
    chash = content_hash(draft.original)
    if st.get("id") != make_article_id(draft.url, chash) or not isinstance(st.get("text"), str):
        return None
    try:
        textmap = TextMap.from_json(st.get("textmap") or [])
        span = st.get("title_span")
        title_span = (int(span[0]), int(span[1])) if span else None
        extra = dict(st.get("extra") or {})
    except (TypeError, ValueError, IndexError):
        return None
    if textmap.render(draft.original) != st["text"] or (
        title_span and not 0 <= title_span[0] <= title_span[1] <= len(draft.original)
    ):
        return None
    version, previous = st.get("version"), st.get("previous_id")
    given = {k: getattr(draft, k) for k in ("title", "outlet", "published", "author", "language")}
    given |= st.get("fields") or {}  # as exported: "" stays "", not None
    return Article(
        id=st["id"],
        source=draft.source,
        original=draft.original,
        text=st["text"],
        textmap=textmap,
        title=given["title"],
        title_span=title_span,
        outlet=given["outlet"],
        published=given["published"],
        author=given["author"],
        url=draft.url,
        language=given["language"],
        content_hash=chash,
        fmt=str(st.get("fmt") or draft.fmt),
        extra=extra,
        version=version if isinstance(version, int) and version > 0 else 1,
        previous_id=previous if isinstance(previous, str) else None,
        skip_reason=st.get("skip_reason") if isinstance(st.get("skip_reason"), str) else None,
    )


def _line_date(written: str, text: str) -> tuple[str | None, str | None]:
    """``(ISO date or None, why it was not read)`` of the date a text's own byline or date line gives. In figures,
    day and month are told apart by the figures ("17/11/2026"), else by how the article writes its other dates
    (:func:`storyline.extract.dates.numeric_order`: a date in figures with a day over 12, or "7 March 2026" written
    day first); "05/03/2026" and nothing else to tell is not read."""
    from ..clean.text import figures_date

    readings = {order: figures_date(written, order) for order in ("dmy", "mdy")}
    if readings["dmy"] is None and readings["mdy"] is None:
        return read_published(_UNSPACED.sub(r"\1", _SPACED_MERIDIEM.sub(r"\1\2", written)))[0], None
    if (day := figures_date(written)) is not None:
        return day, None
    from ..extract.dates import numeric_order

    if (order := numeric_order(text, None)[0]) is not None:
        return readings[order], None
    return None, f"day and month cannot be told apart: {written!r} may be {readings['dmy']} or {readings['mdy']}"


_UNSPACED = re.compile(r"(?<=\d)[ \t]?([:/])[ \t]?(?=\d)")
_SPACED_MERIDIEM = re.compile(r"\b([ap])\.[ \t]?(m)\.?", re.I)
"""A date line's time as tokenised corpora write it ("9: 39 AM", "12: 00 a. m. MST"): read as "9:39 AM", "12:00 am"."""


FUTURE_SLACK_DAYS = 2
"""A publication date more than this many days after today is reported: time zones aside, no article is
published in the future, so such a date is a typo or a wrong field."""


def stored_caveats(art: Article) -> list[dict[str, str]]:
    """What the operator should know about an article stored as it is: ``{kind, note}`` for text that is only a
    feed's summary because its page could not be fetched, and for a publication date not read or in the future."""
    extra = art.extra or {}
    out = []
    if reason := extra.get("page_not_fetched"):
        out.append(
            {
                "kind": "partial",
                "note": f"page {art.url or '(no link)'} not fetched ({reason}): stored the feed's summary only",
            }
        )
    if isinstance(unread := extra.get("published_unread"), dict):
        out.append({"kind": "date", "note": f"publication date not read ({unread.get('why')}): stored without one"})
    latest = (datetime.now(UTC) + timedelta(days=FUTURE_SLACK_DAYS)).date()
    if art.published and (day := _day_of(art.published)) is not None and day > latest:
        out.append({"kind": "date", "note": f"publication date {art.published} is in the future: check it"})
    return out


def _day_of(published: str) -> date | None:
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _wire_of(text: str) -> str | None:
    """The wire a dateline credits ("FELLHOLM (Meridian Wire) —"), the outlet of a text that names no other."""
    from ..extract.attribution import credited_wire

    return credited_wire(text)


def _merge(given: Draft, found: Draft) -> Draft:
    """Metadata given with the record wins over what the page says."""
    found.source = given.source
    found.fmt = given.fmt
    for name in ("title", "outlet", "published", "author", "url", "language"):
        if getattr(given, name):
            setattr(found, name, getattr(given, name))
    found.extra = {**found.extra, **given.extra}
    return found


def iter_drafts(
    names: Iterable[str],
    *,
    options: IngestOptions,
    client: httpx.Client | None = None,
    own: frozenset[Path] = frozenset(),
) -> Iterator[ReadResult]:
    """Drafts (or skips) from every input named, but the ``own`` files (the store's); URLs are fetched with
    ``client`` when given."""
    from .fetch import Fetcher

    with Fetcher(options=options, client=client) as fetcher:
        yield from _drafts(names, options=options, fetcher=fetcher, own=own)


def _drafts(
    names: Iterable[str], *, options: IngestOptions, fetcher: Fetcher, own: frozenset[Path] = frozenset()
) -> Iterator[ReadResult]:
    for found in _read_inputs(names, options=options, fetcher=fetcher, own=own):
        yield valid_text(found)


LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(item: ReadResult) -> ReadResult:
    """The draft or skip with every lone surrogate replaced by U+FFFD, one character for one: a file name that is
    not UTF-8 ("caf\\xe9.txt", read as "caf\\udce9") or an escaped half of an emoji in a JSON record ("\\ud83d")
    cannot be stored, hashed or printed as it is."""
    changes: dict[str, Any] = {
        f.name: LONE_SURROGATE.sub("\ufffd", value)
        for f in dataclasses.fields(item)
        if isinstance(value := getattr(item, f.name), str) and LONE_SURROGATE.search(value)
    }
    extra = getattr(item, "extra", None)
    if isinstance(extra, dict) and any(isinstance(v, str) and LONE_SURROGATE.search(v) for v in extra.values()):
        changes["extra"] = {k: LONE_SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for k, v in extra.items()}
    return dataclasses.replace(item, **changes) if changes else item  # type: ignore[arg-type]


def _read_inputs(
    names: Iterable[str], *, options: IngestOptions, fetcher: Fetcher, own: frozenset[Path] = frozenset()
) -> Iterator[ReadResult]:
    for item in expand_inputs(list(names), own=own):
        if isinstance(item, Skipped):
            yield item
            continue
        if is_url(item):
            from .fetch import read_url_input

            try:
                yield from read_url_input(item, options=options, fetcher=fetcher)
            except Exception as exc:  # a fetch bug must not stop the run
                yield Skipped(item, f"could not fetch: {type(exc).__name__}: {exc}")
            continue
        if _streams_as_jsonl(item):
            yield from read_jsonl_file(item, max_bytes=options.max_bytes)
            continue
        raw = read_local(item, options)
        if isinstance(raw, Skipped):
            yield raw
            continue
        try:
            for found in read_raw(raw, options=options, fetcher=fetcher):
                yield _with_file(found, item, raw) if options.file_versions else found
        except Exception as exc:  # a reader bug must not stop the run
            yield Skipped(raw.name, f"could not read: {type(exc).__name__}: {exc}")


WHOLE_FILE_FORMATS = ("text", "html")
"""Formats of a local file that is one article (not records, feed entries or a WARC's pages): its versions are the
file's versions (see :meth:`storyline.store.sqlite.Store.add_article`)."""


def _with_file(found: ReadResult, name: str, raw: RawInput) -> ReadResult:
    """A draft that is a whole local file, with the file's absolute path in ``extra.file`` (an edited file ingested
    again is a new version of its article, as a page at the same URL is); standard input has no path."""
    if not isinstance(found, Draft) or name == "-" or found.url or found.source != raw.name:
        return found
    if found.fmt not in WHOLE_FILE_FORMATS:
        return found
    return dataclasses.replace(found, extra={**found.extra, "file": str(Path(name).resolve())})


def ingest(
    store: Store,
    names: InputNames,
    *,
    options: IngestOptions | None = None,
    progress: Progress | None = None,
    client: httpx.Client | None = None,
) -> IngestReport:
    """Ingest every input named; articles are committed whole in small batches (``batch_size`` items or
    ``batch_seconds``), so a crash loses at most the open batch and a re-run finishes the job.

    ``names`` is a list of paths, folders, globs, URLs or "-" (standard input); a single str or Path is one name.
    ``client`` (an httpx.Client) fetches the URLs; by default one is made under ``options``' limits.
    """
    options = options or IngestOptions()
    names = input_names(names)
    report = IngestReport(run_id=store.start_run(names))
    items = iter_drafts(names, options=options, client=client, own=store_files(store.path))
    return _ingest_items(store, report, items, options=options, progress=progress)


def ingest_records(
    store: Store,
    records: Iterable[Mapping[str, Any] | str],
    *,
    options: IngestOptions | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest articles a program holds in memory, without writing a file. Each item is a record, a dict with the
    fields of a JSON Lines record (``text`` or ``html``, and ``title``, ``outlet``, ``published``, ``author``,
    ``url``, ``language``, ``id``, other fields kept), or a str read as a file holding it would be (an article's
    plain text, or a page's HTML). Stored as :func:`ingest` stores files: an article already stored is
    ``unchanged``, a new text at a known URL a new version, a copy of another record's text a duplicate; committed
    in batches; an item that cannot be used is in the report's ``skipped`` (named ``<record N>``, N from 1, or by
    its ``source`` field), not raised. An article's ``source`` is the record's ``source`` field, else
    ``"<memory>"``."""
    options = options or IngestOptions()
    report = IngestReport(run_id=store.start_run([MEMORY_SOURCE]))
    return _ingest_items(store, report, _memory_drafts(records, options), options=options, progress=progress)


def _memory_drafts(records: Iterable[Mapping[str, Any] | str], options: IngestOptions) -> Iterator[ReadResult]:
    if isinstance(records, (str, Mapping)):
        records = [records]  # one record or text, not its characters or keys
    for i, rec in enumerate(records, 1):
        label = f"<record {i}>"
        if isinstance(rec, Mapping):
            found: Iterable[ReadResult] = record_drafts(dict(rec), label, label)
        elif isinstance(rec, str):
            data = LONE_SURROGATE.sub("\ufffd", rec).encode("utf-8")
            if not data.strip():
                yield Skipped(label, "the input is empty")
                continue
            if len(data) > options.max_bytes:
                yield Skipped(label, f"input is over the {options.max_bytes}-byte limit (max_bytes)")
                continue
            found = read_raw(RawInput(name=label, data=data), options=options)
        else:
            yield Skipped(label, f"a {type(rec).__name__}: give a dict (a record's fields) or a str (an article)")
            continue
        try:
            for item in found:
                if isinstance(item, Draft) and item.source == label:
                    # the article's source is memory, wherever it was in the list: the same text given again
                    # later is the same article (unchanged), not another record's copy of it
                    item = dataclasses.replace(item, source=MEMORY_SOURCE)
                yield valid_text(item)
        except Exception as exc:  # a reader bug must not stop the run
            yield Skipped(label, f"could not read: {type(exc).__name__}: {exc}")


MEMORY_SOURCE = "<memory>"
"""The ``source`` of an article :func:`ingest_records` stored from a record with no ``source`` field or a text."""


def _ingest_items(
    store: Store,
    report: IngestReport,
    items: Iterable[ReadResult],
    *,
    options: IngestOptions,
    progress: Progress | None,
) -> IngestReport:
    from .parallel import build_ordered, default_workers

    pairs = ((item, None if isinstance(item, Skipped) else _already_stored(store, item)) for item in items)
    workers = options.workers or default_workers()
    with _Batches(store, size=options.batch_size, seconds=options.batch_seconds) as batches:
        for (item, known), built in build_ordered(pairs, _to_build, _safe_build, workers=workers, heavy=_is_page):
            batches.write()
            _store_one(store, report, item, known, built)
            batches.tick()
            if progress:
                progress(item.input if isinstance(item, Skipped) else item.source)
    store.finish_run(report.run_id, report.counts)
    return report


def _to_build(pair: tuple[ReadResult, str | None]) -> Draft | None:
    item, known = pair
    return None if known or isinstance(item, Skipped) else item


def _is_page(draft: Draft) -> bool:
    """HTML still to extract: the expensive step, worth a worker process."""
    return draft.raw_html is not None


def _store_one(
    store: Store, report: IngestReport, item: ReadResult, known: str | None, built: Article | Skipped | None
) -> None:
    if known:
        report.article_ids.append(known)
        if isinstance(item, Draft) and (dup := duplicate_of(store, item, known)):
            report.duplicates.append(dup)  # another record's text: stored once, not "unchanged"
            report.counts["duplicate"] += 1
        else:
            report.counts["unchanged"] += 1
        return
    if isinstance(item, Skipped):
        result: Article | Skipped = item
    elif built is None:  # cannot happen: every draft not known is built
        result = Skipped(item.source, "internal error: the article was not built; re-run the ingest")
    else:
        result = built
    if isinstance(result, Skipped) and result.note:  # left out on purpose (hidden files): said, not a skip
        report.notes.append({"input": result.input, "article": "", "kind": "left out", "note": result.reason})
        return
    if isinstance(result, Skipped):
        report.skipped.append(result)
        report.counts["skipped"] += 1
        store.log_skipped(report.run_id, result.input, result.reason)
        return
    outcome: str = store.add_article(result)
    if outcome == "unchanged" and isinstance(item, Draft):
        # a page whose extracted text another input already gave (an outlet's copy of a wire file): the same
        # duplicate rule as a text known before it was built, judged on the page's own headline and outlet
        read = dataclasses.replace(item, title=item.title or result.title, outlet=item.outlet or result.outlet)
        if dup := duplicate_of(store, read, result.id):
            report.duplicates.append(dup)
            outcome = "duplicate"
    report.counts[outcome] += 1
    if result.skip_reason:
        report.counts["not_english"] += 1
    report.article_ids.append(result.id)
    if outcome in ("added", "version"):
        report.notes += [{"input": result.source, "article": result.id} | c for c in stored_caveats(result)]
    if outcome == "added" and (other := _other_text_of_file(store, result)) is not None:
        note = (
            f"{result.source} was ingested before with other text ({other.id}"
            f"{f' {chr(34)}{other.title}{chr(34)}' if other.title else ''}): not an edit of it, stored as another article"
        )
        report.notes.append({"input": result.source, "article": result.id, "kind": "file", "note": note})
    if outcome == "added" and isinstance(item, Draft) and (dup := same_outlet_copy(store, item, result)):
        report.duplicates.append(dup)


def _other_text_of_file(store: Store, article: Article) -> Article | None:
    """The article last read from the same local file as ``article`` (just added as a new article, not a version of
    it: another text saved under the file's name), or None."""
    from ..store.sqlite import file_of

    path = file_of(article)
    if path is None:
        return None
    row = store.conn.execute(
        "SELECT id FROM articles WHERE json_extract(extra, '$.file') = ? AND id != ? AND url IS NULL"
        " ORDER BY rowid DESC LIMIT 1",
        (path, article.id),
    ).fetchone()
    return store.get_article(row[0]) if row is not None else None


def duplicate_of(store: Store, draft: Draft, known: str) -> dict[str, str] | None:
    """How ``draft``, whose text the store already has as ``known``, duplicates another record's article, or None. The
    same text of another record (another headline, record id or file) is stored once when neither gives a URL; the
    same record, page or article read again is no duplicate."""
    row = store.conn.execute(
        "SELECT id, source, title, outlet, url, extra FROM articles WHERE id = ?", (known,)
    ).fetchone()
    if row is None or row["url"] is not None or draft.url is not None:
        return None  # with a URL: the same page again
    record = str((draft.extra or {}).get("record_id") or "")
    try:
        stored_record = str((json.loads(row["extra"] or "{}") or {}).get("record_id") or "")
    except (ValueError, AttributeError):
        stored_record = ""
    if stored_record == record and (record or row["source"] == draft.source):
        return None  # the same record or file again
    if draft.title and row["title"] == draft.title and (draft.outlet or None) == (row["outlet"] or None):
        return None  # the same article from another file
    why = f"the same text as {_named(row)}, under another headline, outlet or record; stored once"
    return {"input": _input_name(draft), "article": known, "same_as": row["id"], "why": why}


def same_outlet_copy(store: Store, draft: Draft, article: Article) -> dict[str, str] | None:
    """The earlier article of the same outlet with the same text as ``article``, just added from ``draft`` (another
    URL or headline: stored as another article, which a brief cites once), as a duplicate entry; or None. The same
    text from another outlet is a syndicated copy: not reported."""
    other = store.conn.execute(
        "SELECT id, source, title, outlet FROM articles WHERE content_hash = ? AND id != ?"
        " AND coalesce(outlet, '') = coalesce(?, '') ORDER BY rowid LIMIT 1",
        (article.content_hash, article.id, article.outlet),
    ).fetchone()
    if other is None:
        return None
    why = f"the same text as {_named(other)}, from the same outlet under another URL or headline; a brief cites it once"
    return {"input": _input_name(draft), "article": article.id, "same_as": other["id"], "why": why}


def _named(row: Any) -> str:
    title = f' "{row["title"]}"' if row["title"] else ""
    return f"{row['id']}{title} ({row['outlet'] or row['source']})"


def _input_name(draft: Draft) -> str:
    record = (draft.extra or {}).get("record_id")
    return f"{draft.source} (record {record})" if record and str(record) not in draft.source else draft.source


def _streams_as_jsonl(name: str) -> bool:
    """A local JSONL file is read line by line (any size, flat memory) instead of whole."""
    if name == "-":
        return False
    try:
        with open(name, "rb") as fh:
            head = fh.read(256 * 1024)
    except OSError:
        return False
    return not head.startswith(UTF16_BOMS) and sniff(head, name) == "jsonl"


def _already_stored(store: Store, draft: Draft) -> str | None:
    """The id of this exact draft when it is stored already (a re-run skips cleaning it again)."""
    if draft.raw_html is not None or not draft.original.strip():
        return None
    art_id = make_article_id(draft.url, content_hash(draft.original))
    row = store.conn.execute("SELECT 1 FROM articles WHERE id = ?", (art_id,)).fetchone()
    return art_id if row else None


class _Batches:
    """Commit every ``size`` items or ``seconds``, whichever comes first.

    Each article is written whole inside a batch transaction, so a crash loses at most the open batch
    (never half an article) and a re-run adds exactly what is missing. The batch opens at its first
    write, so reading inputs does not hold the store's write lock while nothing is pending.
    """

    def __init__(self, store: Store, *, size: int, seconds: float) -> None:
        self.store, self.size, self.seconds = store, max(1, size), seconds
        self._cm: Any = None
        self._n, self._since = 0, 0.0

    def __enter__(self) -> _Batches:
        return self

    def write(self) -> None:
        """Called before each write: opens a batch when none is open."""
        if self._cm is None:
            self._cm = self.store.batch()
            self._cm.__enter__()
            self._n, self._since = 0, time.monotonic()

    def tick(self) -> None:
        """Called after each item: commits a full or old batch."""
        if self._cm is None:
            return
        self._n += 1
        if self._n >= self.size or time.monotonic() - self._since >= self.seconds:
            self._close(None, None, None)

    def _close(self, *exc: Any) -> None:
        cm, self._cm = self._cm, None
        if cm is not None:
            cm.__exit__(*exc)

    def __exit__(self, *exc: Any) -> None:
        self._close(*exc)


def _safe_build(draft: Draft) -> Article | Skipped:
    try:
        return build_article(draft)
    except Exception as exc:
        return Skipped(draft.source, f"could not clean: {type(exc).__name__}: {exc}")
