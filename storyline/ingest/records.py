"""Readers for plain text and JSON / JSONL records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..models import Skipped
from .detect import decode_text
from .drafts import Draft, RawInput, ReadResult

KNOWN_FIELDS = ("id", "url", "outlet", "title", "published", "text", "html", "author", "language", "source")


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
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            # A JSONL file whose first record spans the whole head is also sniffed as JSON.
            if text.lstrip().startswith("{") and "\n" in text.strip():
                yield from read_json(raw, lines=True)
                return
            yield Skipped(raw.name, f"malformed JSON at line {exc.lineno}: {exc.msg}")
            return
        records = doc if isinstance(doc, list) else [doc]
        for i, rec in enumerate(records, 1):
            yield from _record(rec, f"{raw.name}#{i}", raw.name)
        return
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        label = f"{raw.name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(label, f"malformed JSON line: {exc.msg} at column {exc.colno}")
            continue
        yield from _record(rec, label, raw.name)


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
                rec = json.loads(text)
            except json.JSONDecodeError as exc:
                yield Skipped(label, f"malformed JSON line: {exc.msg} at column {exc.colno}")
                continue
            yield from _record(rec, label, path)


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


def _record(rec: Any, label: str, file_name: str) -> Iterator[ReadResult]:
    if not isinstance(rec, dict):
        yield Skipped(label, "a record must be a JSON object with a `text` or `html` field")
        return
    text, html = rec.get("text"), rec.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        yield Skipped(label, "the record has no `text` or `html`; nothing to analyse", extra=rec)
        return
    extra = {k: v for k, v in rec.items() if k not in KNOWN_FIELDS}
    if rec.get("id") is not None:
        extra["record_id"] = str(rec["id"])
    draft = Draft(
        source=str(rec.get("source") or label),
        original=text if isinstance(text, str) and text.strip() else "",
        fmt="json",
        title=_str(rec.get("title")),
        outlet=_str(rec.get("outlet")),
        published=_str(rec.get("published")),
        author=_str(rec.get("author")),
        url=_str(rec.get("url")),
        language=_str(rec.get("language")),
        extra=extra,
        raw_html=html if isinstance(html, str) and not draft_has_text(text) else None,
    )
    yield draft


def draft_has_text(text: Any) -> bool:
    return isinstance(text, str) and bool(text.strip())


def _str(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None
