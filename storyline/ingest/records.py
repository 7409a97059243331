"""Readers for plain text and JSON / JSONL records."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..models import Skipped
from .detect import decode_text
from .drafts import Draft, RawInput, ReadResult

KNOWN_FIELDS = ("id", "url", "outlet", "title", "published", "text", "html", "author", "language", "source")
EXPORT_FIELDS = ("original", "stored", "version", "previous_id", "story", "syndication_group", "record_id", "extra")
"""What ``storyline export`` writes besides :data:`KNOWN_FIELDS`: a record with ``original`` is read from it (the text
as first ingested, which every offset indexes; ``text`` is its cleaned text), and ``stored`` restores the article;
``story`` and ``syndication_group`` are where clustering put it (recomputed), ``record_id`` and ``extra`` the input
record's own id and other fields (kept)."""

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "published": (
        "date",
        "published_at",
        "publishedAt",
        "pubDate",
        "pub_date",
        "publish_date",
        "date_publish",
        "publication_date",
        "datePublished",
    ),
    "title": ("headline",),
    "text": ("body", "maintext", "content", "article_text", "full_text"),
    "outlet": ("publisher", "site_name", "siteName", "source_name", "source_domain"),
    "author": ("authors", "byline", "creator"),
    "url": ("link", "canonical_url"),
    "language": ("lang",),
}
"""Other names records give a field (news APIs, scrapers, news-please), read when the field itself is absent: a
record's ``date`` is its publication date."""


def canonical_fields(rec: dict[str, Any]) -> dict[str, Any]:
    """``rec`` with each field of :data:`KNOWN_FIELDS` it lacks taken from the first other name it gives (see
    :data:`FIELD_NAMES`); the field so read is no longer an extra field. Empty values do not count."""
    out = dict(rec)
    for field, names in FIELD_NAMES.items():
        if _given(out.get(field)):
            continue
        for name in names:
            if _given(out.get(name)):
                out[field] = out.pop(name)
                break
    return out


def _given(v: Any) -> bool:
    return v is not None and not (isinstance(v, str) and not v.strip()) and v != [] and v != {}


def read_text(raw: RawInput) -> Iterator[ReadResult]:
    text = decode_text(raw.data)
    if text is None:
        yield Skipped(raw.name, "not text: the bytes are neither UTF-8 nor a text encoding; convert it to UTF-8")
        return
    if not text.strip():
        yield Skipped(raw.name, "the input is empty")
        return
    yield Draft(source=raw.name, original=text, fmt="text", url=raw.url)


def read_json(raw: RawInput, *, lines: bool) -> Iterator[ReadResult]:
    """JSON (an object or a list of objects) or JSONL (one object a line)."""
    text = decode_text(raw.data)
    if text is None:
        yield Skipped(raw.name, "not UTF-8 JSON; convert it to UTF-8")
        return
    if not lines:
        try:
            doc = _loads(text)
        except ValueError as exc:
            if not isinstance(exc, json.JSONDecodeError):
                yield Skipped(raw.name, f"unreadable JSON: {exc}")
                return
            # A JSONL file whose first record spans the whole head is also sniffed as JSON.
            if text.lstrip().startswith("{") and "\n" in text.strip():
                yield from read_json(raw, lines=True)
                return
            yield Skipped(raw.name, f"malformed JSON at line {exc.lineno}: {_msg(exc)}")
            return
        records = doc if isinstance(doc, list) else _nested_articles(doc) or [doc]
        if not records:
            yield Skipped(raw.name, "the input holds no records (an empty JSON list)")
            return
        for i, rec in enumerate(records, 1):
            yield from record_drafts(rec, f"{raw.name}#{i}", raw.name)
        return
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        label = f"{raw.name}:{lineno}"
        try:
            rec = _loads(line.rstrip("\r"))
        except ValueError as exc:
            yield Skipped(label, _bad_line(exc))
            continue
        yield from record_drafts(rec, label, raw.name)


DOCUMENT_REASON = (
    "a PDF, PostScript or RTF document: its text cannot be read as it stands; extract the text first"
    " (pdftotext, or save it as text or HTML) and ingest that"
)


def read_csv(raw: RawInput) -> Iterator[ReadResult]:
    """A CSV (or TSV) table of records with a header row: each row is a record with the same fields as a JSONL line
    (``text`` or ``html``, ``id``, ``title``, ``outlet``, ``published``...; a header's case aside), any other column is
    kept; an empty cell is no value. Each row is named by the file and the line it starts on."""
    text = decode_text(raw.data)
    if text is None:
        yield Skipped(raw.name, "not UTF-8 CSV; convert it to UTF-8")
        return
    rows = csv_records(text)
    if rows is None:
        yield from read_text(raw)
        return
    count = 0
    for line, rec in rows:
        count += 1
        label = f"{raw.name}:{line}"
        if isinstance(rec, str):
            yield Skipped(label, rec)
        else:
            yield from record_drafts(rec, label, raw.name)
    if not count:
        yield Skipped(raw.name, "the CSV file holds a header row and no records")


def csv_records(text: str) -> Iterator[tuple[int, dict[str, str] | str]] | None:
    """The rows of a CSV/TSV table of records (see :func:`read_csv`), each with the line it starts on, as a record
    (header names of known fields in their usual case, empty cells left out) or, for a row that cannot be read, the
    reason; None when ``text`` opens with no header row of records."""
    import csv

    from .detect import csv_header

    text = text.lstrip("\ufeff")
    found = csv_header(text)
    if found is None:
        return None
    delimiter, names = found
    known = {n.lower(): n for n in (*KNOWN_FIELDS, *(a for alts in FIELD_NAMES.values() for a in alts))}
    header = [known.get(n.lower(), n) for n in names]
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))

    def rows() -> Iterator[tuple[int, dict[str, str] | str]]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        start = 1
        try:
            next(reader)  # the header row
            start = reader.line_num + 1
            for row in reader:
                line, start = start, reader.line_num + 1
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) != len(header):
                    yield line, f"the row has {len(row)} cells and the header {len(header)}; check the quoting"
                    continue
                yield line, {k: v for k, v in zip(header, row, strict=True) if v.strip()}
        except csv.Error as exc:
            yield start, f"unreadable CSV: {exc}"

    return rows()


def _loads(text: str) -> Any:
    """JSON from ``text``, a leading byte-order mark ignored; ValueError (JSONDecodeError among them) when it cannot
    be read: malformed, a number of thousands of digits, nesting too deep."""
    try:
        return json.loads(text.removeprefix("\ufeff"))
    except RecursionError as exc:
        raise ValueError("the JSON is nested too deeply to read") from exc


def _bad_line(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        if exc.msg.startswith("Unterminated string"):
            return (
                f"malformed JSON line: unterminated string: the text value that opens at column {exc.colno} has no"
                " closing quote (the line is cut off, or a quote inside the text is not escaped)"
            )
        if not exc.doc[exc.pos :].strip():
            return f"malformed JSON line: the line ends before its record does (at column {exc.colno}): it is cut off"
        return f"malformed JSON line: {_msg(exc)} at column {exc.colno}"
    return f"unreadable JSON line: {exc}"


ARTICLE_LISTS = ("articles", "items", "records", "results", "data", "entries", "stories")
"""Fields of a JSON object that hold its records ({"status": "ok", "articles": [...]}, as news APIs answer)."""


def _nested_articles(doc: Any) -> list[Any] | None:
    """The records of an object that wraps them in a list field, when it has no text of its own."""
    if not isinstance(doc, dict) or draft_has_text(doc.get("text")) or draft_has_text(doc.get("html")):
        return None
    for key in ARTICLE_LISTS:
        value = doc.get(key)
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            return value
    return None


def read_jsonl_file(path: str, *, max_bytes: int) -> Iterator[ReadResult]:
    """A JSONL file streamed line by line: memory stays flat whatever its size; each line is capped."""
    try:
        fh = Path(path).open("rb")  # noqa: SIM115 (closed by the with below)
    except OSError as exc:
        yield Skipped(path, f"cannot read the file: {exc.strerror or exc}")
        return
    with fh:
        for lineno, line in enumerate(_capped_lines(fh, max_bytes), 1):
            label = f"{path}:{lineno}"
            if line is None:
                yield Skipped(label, f"the line is over the {max_bytes}-byte limit (--max-mb)")
                continue
            if not line.strip():
                continue
            text = decode_text(line)
            if text is None:
                yield Skipped(label, "not UTF-8 JSON; convert it to UTF-8")
                continue
            try:
                rec = _loads(text.rstrip("\r\n"))  # the line's own end is no part of its record
            except ValueError as exc:
                yield Skipped(label, _bad_line(exc))
                continue
            yield from record_drafts(rec, label, path)


def _capped_lines(fh: Any, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of ``fh``; None for a line longer than ``max_bytes`` (read past without keeping it)."""
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = fh.readline(1024 * 1024)
            yield None
            continue
        yield line


def record_drafts(rec: Any, label: str, file_name: str) -> Iterator[ReadResult]:
    """The draft of one record (a JSON object's fields), or why it cannot be used; ``label`` names it in a skip."""
    if not isinstance(rec, dict):
        yield Skipped(label, "a record must be a JSON object with a `text` or `html` field")
        return
    rec = canonical_fields(rec)
    text, html = rec.get("text"), rec.get("html")
    exported = rec.get("original") if draft_has_text(rec.get("original")) else None
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()) and not exported:
        yield Skipped(label, _no_text(text, html), extra=rec)
        return
    stored = _stored(rec) if exported else None
    extra = {k: v for k, v in rec.items() if k not in KNOWN_FIELDS and not (exported and k in EXPORT_FIELDS)}
    if exported and isinstance(rec.get("extra"), dict):  # an edited export keeps the record's own fields
        extra = {**rec["extra"], **extra}
    if rec.get("id") is not None and stored is None:
        extra["record_id"] = str(rec["id"])
    draft = Draft(
        source=str(rec.get("source") or label),
        original=exported or (text if isinstance(text, str) and text.strip() else ""),
        fmt="json",
        title=_str(rec.get("title")),
        outlet=_str(rec.get("outlet")),
        published=_str(rec.get("published")),
        author=_str(rec.get("author")),
        url=_str(rec.get("url")),
        language=_str(rec.get("language")),
        extra=extra,
        raw_html=html if isinstance(html, str) and not draft_has_text(text) and not exported else None,
        stored=stored,
    )
    yield draft


def _stored(rec: dict[str, Any]) -> dict[str, Any] | None:
    """What an exported record gives to restore its article as stored: its id, cleaned text and ``stored`` fields."""
    stored = rec.get("stored")
    if not isinstance(stored, dict) or not isinstance(rec.get("text"), str) or not isinstance(rec.get("id"), str):
        return None
    fields = {k: rec.get(k) for k in RESTORED_FIELDS if rec.get(k) is None or isinstance(rec.get(k), str)}
    return {
        **stored,
        "id": rec["id"],
        "text": rec["text"],
        "version": rec.get("version"),
        "previous_id": rec.get("previous_id"),
        "fields": fields,
    }


RESTORED_FIELDS = ("title", "outlet", "published", "author", "language")
"""An exported record's fields restored exactly as written (an empty title stays empty, not None)."""


def _no_text(text: Any, html: Any) -> str:
    """Why a record gives nothing to analyse: its `text` (or `html`) field is there but empty or blank, or neither
    field is there (or neither holds a string)."""
    present = [name for name, v in (("text", text), ("html", html)) if isinstance(v, str)]
    if present:
        fields = " and ".join(f"`{n}`" for n in present)
        return f"the record's {fields} {'is' if len(present) == 1 else 'are'} empty; nothing to analyse"
    return "the record has no `text` or `html`; nothing to analyse"


def draft_has_text(text: Any) -> bool:
    return isinstance(text, str) and bool(text.strip())


def _str(v: Any) -> str | None:
    """A metadata field as text: a string, a number, or a list of them (authors) joined; a person or an outlet given as
    an object by its ``name``; a list of one value is that value. None for anything else."""
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, dict):
        return _str(v.get("name") or v.get("@value") or v.get("value"))
    if isinstance(v, list):
        parts = [p for p in (_str(x) for x in v) if p]
        return ", ".join(dict.fromkeys(parts)) or None
    if isinstance(v, float) and v != v:  # NaN
        return None
    s = str(v).strip()
    return s or None


def _msg(exc: json.JSONDecodeError) -> str:
    """The decoder's message without its dangling "at" ("Invalid control character at"): the caller says where."""
    return exc.msg.removesuffix(" at")
