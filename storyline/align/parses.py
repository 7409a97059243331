"""spaCy parses of claim sentences, by text: made in batches, kept in memory, and kept in the store like the sentence
embeddings, so that a story's second brief (another process, a server restarted) parses nothing again.

Alignment reads a sentence's parse alone (its text parsed on its own, not inside its article), and only for the
sentences its tests reach, so the parses are made when first asked for (:meth:`Parses.get`), or beforehand for a
known list (:meth:`Parses.make`, one ``nlp.pipe`` pass, about twice as fast as one call per sentence). A brief with
a store reads the parses saved for its claims first (:func:`stored_parses`) and saves those it made
(:func:`save_parses`). A parse is stored by the hash of its text and the spaCy model (name and version): the same
sentence in two stories is parsed once, and another model parses again.
"""

from __future__ import annotations

import hashlib
import threading
import zlib
from collections import OrderedDict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store.sqlite import Store

MEMORY = 8192
"""Parses kept in memory (least recently used dropped first): a story of several hundred articles reads a few
thousand."""


class Parses:
    """Parses by text: in memory, with the texts parsed here and not yet saved (``fresh``)."""

    def __init__(self, size: int = MEMORY) -> None:
        self.size = size
        self._docs: OrderedDict[str, Any] = OrderedDict()
        self.fresh: dict[str, Any] = {}
        self._lock = threading.RLock()

    def get(self, text: str) -> Any:
        """The parse of ``text`` (made now when not known)."""
        with self._lock:
            doc = self._docs.get(text)
            if doc is not None:
                self._docs.move_to_end(text)
                return doc
        doc = parser()(text)
        self._keep(text, doc, fresh=True)
        return doc

    def make(self, texts: Iterable[str]) -> None:
        """Parse the texts not known yet, in one batch."""
        with self._lock:
            todo = list(dict.fromkeys(t for t in texts if t not in self._docs))
        for text, doc in zip(todo, parser().pipe(todo), strict=True):
            self._keep(text, doc, fresh=True)

    def known(self, text: str) -> bool:
        with self._lock:
            return text in self._docs

    def add(self, docs: dict[str, Any]) -> None:
        """Parses read from the store."""
        for text, doc in docs.items():
            self._keep(text, doc, fresh=False)

    def _keep(self, text: str, doc: Any, *, fresh: bool) -> None:
        with self._lock:
            self._docs[text] = doc
            self._docs.move_to_end(text)
            if fresh:
                self.fresh[text] = doc
            while len(self._docs) > self.size:
                self.fresh.pop(self._docs.popitem(last=False)[0], None)

    def forget(self) -> None:
        """Drop every parse kept in memory (a benchmark's new process)."""
        with self._lock:
            self._docs.clear()
            self.fresh.clear()

    def take_fresh(self) -> dict[str, Any]:
        """The parses made since the last call (to save), forgotten as fresh."""
        with self._lock:
            out, self.fresh = self.fresh, {}
            return out


PARSES = Parses()


def parsed(text: str) -> Any:
    """The spaCy parse of ``text`` taken alone (see :class:`Parses`)."""
    return PARSES.get(text)


_PARSER: list[Any] = []


def parser() -> Any:
    if not _PARSER:
        from ..nlp import load_spacy

        _PARSER.append(load_spacy())
    return _PARSER[0]


def model_name() -> str:
    """The spaCy model a stored parse was made with ("en_core_web_sm 3.8.0")."""
    meta = getattr(parser(), "meta", {}) or {}
    return f"{meta.get('lang', '')}_{meta.get('name', '')} {meta.get('version', '')}"


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def stored_parses(store: Store, texts: Iterable[str]) -> int:
    """Read the stored parses of ``texts`` not in memory into :data:`PARSES`; returns how many were read."""
    from spacy.tokens import Doc

    wanted = {_key(t): t for t in texts if not PARSES.known(t)}
    if not wanted or not _has_table(store):
        return 0
    vocab, model, found = parser().vocab, model_name(), {}
    keys = list(wanted)
    for k in range(0, len(keys), 500):
        chunk = keys[k : k + 500]
        rows = store.conn.execute(
            f"SELECT key, doc FROM sentence_parses WHERE model = ? AND key IN ({','.join('?' * len(chunk))})",
            (model, *chunk),
        )
        for key, blob in rows:
            doc = Doc(vocab).from_bytes(zlib.decompress(blob))
            if doc.text == wanted[key]:
                found[wanted[key]] = doc
    PARSES.add(found)
    return len(found)


def save_parses(store: Store) -> int:
    """Save the parses made since the last save (:meth:`Parses.take_fresh`); returns how many. A read-only store
    (a web worker's handle, ``Store(readonly=True)``) keeps them in memory only."""
    fresh = PARSES.take_fresh()
    if not fresh or store.readonly or not _has_table(store):
        return 0
    model = model_name()
    rows = [(_key(t), model, zlib.compress(doc.to_bytes(exclude=["tensor", "user_data"]))) for t, doc in fresh.items()]
    with store.transaction() as conn:
        conn.executemany("INSERT OR REPLACE INTO sentence_parses (key, model, doc) VALUES (?,?,?)", rows)
    return len(rows)


def _has_table(store: Store) -> bool:
    row = store.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sentence_parses'").fetchone()
    return row is not None
