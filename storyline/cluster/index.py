"""The store's story index, for placing a new article without re-reading the store.

Kept in the tables of migration 0011 and updated article by article:

- ``story_term_df``: in how many clustered articles each term occurs (words, and ``#name`` for
  capitalised names and years), with the article count in ``story_state``; an article's TF-IDF
  vector reads the frequencies of its own terms only, never global statistics recomputed.
- ``story_vectors``: each story's centroid (sum of its articles' vectors, strongest
  :data:`~storyline.cluster.online.CENTROID_TERMS` terms), its norm and size, and how many of its
  articles name each person/place (for key entities).
- ``story_terms``: an inverted index over each story's :data:`INDEX_TERMS` strongest centroid terms.

A new article's candidates are the stories indexed under its :data:`QUERY_TERMS` strongest terms
(at most :data:`POSTINGS` per term, strongest first); it is compared with the centroids of the best
:data:`CANDIDATES` of them by a partial dot product. Vectors mix word and name TF-IDF the way the
batch similarity does (``name_weight``), each part unit length.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from ..store.sqlite import Store
from .batch import doc_text, entity_text, name_phrases, name_tokens
from .online import CENTROID_TERMS, VECTOR_TERMS, terms, tfidf

INDEX_TERMS = 20
QUERY_TERMS = VECTOR_TERMS
"""Terms of an article asked for in the index: all those of its vector (its :data:`~.online.VECTOR_TERMS` strongest).
A story is indexed under its strongest terms, mostly names (its members name the same people and places, and their
weights add up in its centroid); an article's strongest terms are mostly words of its own. With the article's 12
strongest asked for (until stop 43), a day-3 government release on a bank scandal ("hearing", "parliamentary",
"welcomes", "minister") found no term of the scandal's story, though 0.24-0.28 alike to it (over
:data:`~storyline.cluster.stories.JOIN_THRESHOLD`); the names it shares with it ("Corvel", "State", "Bank") were among
its weaker terms. It opened a story of its own, while batch put it in the scandal's. Each term asked reads at most
:data:`POSTINGS` stories, so the work per article stays bounded."""
POSTINGS = 200
CANDIDATES = 20
NAME_COUNTS = 40
"""Names counted per story for its key entities (the rest are dropped as the story grows)."""
NAME_WEIGHT = 0.5
SHORT_TERMS = 80
"""An article with fewer content words than this (about 140 words: a lead, a brief) is short: its vector gives the
names :data:`SHORT_NAME_WEIGHT`, as batch does for a beat of short texts (``ClusterParams.beat_name_weight``). A lead
names few people, and one member of a beat's cast shared with a story's centroid drew it there. NeuS train (first 1,500
records, every fifth added one at a time; BCubed): 0.778 -> 0.794; ECB+ through the store unchanged."""
SHORT_NAME_WEIGHT = 0.2
IDF_MIN_DOCS = 50
"""Word weights of a store of fewer articles are computed as if it held this many (the others without the word). In
a store of three articles, two on one story, that story's every word is in most of the store: its IDF was near 0
(log(4/3) against log(4/2) for a word of one article), so an article was close to a story only by the words no other
article has. A day-2 article that led with the same fine scored 0.14 against its story (under
:data:`~storyline.cluster.stories.JOIN_THRESHOLD`), 0.58 with the floor; an unrelated one 0.05. As
``LOCAL_IDF_MIN`` in :mod:`.stories`: fewer articles are too few to weigh words by. Larger stores are unchanged."""
REWEIGHT_MAX = 30_000
"""Above this many articles the index is no longer rebuilt as the store doubles: a doubling then changes the
word weights little, and a rebuild takes minutes (197 s at 100,000 articles; ``storyline cluster --rebuild``
re-clusters everything when wanted)."""


def features(title: str | None, text: str) -> Counter[str]:
    """Word counts and ``#name`` counts of one article (title counted twice, as in batch)."""
    doc = doc_text(title, text)
    out = terms(doc)
    out.update("#" + t for t in name_tokens(doc))
    return out


def entity_names(title: str | None, text: str) -> set[str]:
    return set(name_phrases(entity_text(title, text[:3000])))


def vectorise(counts: Counter[str], df: dict[str, int], n_docs: int) -> dict[str, float]:
    """Unit vector: word TF-IDF and name TF-IDF, each unit length, mixed by :data:`NAME_WEIGHT` (a short text's by
    :data:`SHORT_NAME_WEIGHT`). Frequencies of a store under :data:`IDF_MIN_DOCS` articles count as of that many."""
    n_docs = max(n_docs, IDF_MIN_DOCS)
    words = Counter({t: c for t, c in counts.items() if t[0] != "#"})
    names = Counter({t: c for t, c in counts.items() if t[0] == "#"})
    wv, nv = tfidf(words, df, n_docs), tfidf(names, df, n_docs)
    if wv and nv:
        weight = SHORT_NAME_WEIGHT if sum(words.values()) < SHORT_TERMS else NAME_WEIGHT
        a, b = math.sqrt(1.0 - weight), math.sqrt(weight)
        vec = {t: a * w for t, w in wv.items()}
        vec.update((t, b * w) for t, w in nv.items())
    else:  # a part with nothing to compare on does not dilute the other (as in batch)
        vec = wv or nv
    top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:VECTOR_TERMS]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: w / norm for t, w in top}


def add_to_centroid(weights: dict[str, float], vec: dict[str, float]) -> tuple[dict[str, float], float]:
    """``weights + vec`` cut to the strongest :data:`CENTROID_TERMS` terms, and its norm."""
    out = dict(weights)
    for t, w in vec.items():
        out[t] = out.get(t, 0.0) + w
    if len(out) > CENTROID_TERMS:
        out = dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))[:CENTROID_TERMS])
    return out, math.sqrt(sum(w * w for w in out.values())) or 1.0


def top_terms(weights: dict[str, float], k: int = INDEX_TERMS) -> dict[str, float]:
    return dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:k])


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class StoryIndex:
    """Reads and writes the story index of one store (callers hold the transaction)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    # -- state ------------------------------------------------------------------------------
    def _state(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM story_state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _set_state(self, key: str, value: Any) -> None:
        self.conn.execute(
            "INSERT INTO story_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, str(value)),
        )

    def ready(self) -> bool:
        return self._state("n_docs") is not None

    @property
    def n_docs(self) -> int:
        return int(self._state("n_docs") or 0)

    @property
    def last_rowid(self) -> int | None:
        v = self._state("last_rowid")
        return None if v is None else int(v)

    def set_last_rowid(self, rowid: int) -> None:
        with self.store.transaction():
            self._set_state("last_rowid", rowid)

    # -- document frequencies ---------------------------------------------------------------
    def frequencies(self, keys: Iterable[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for part in _chunks(list(keys)):
            q = f"SELECT term, df FROM story_term_df WHERE term IN ({','.join('?' * len(part))})"
            out.update((r[0], int(r[1])) for r in self.conn.execute(q, part))
        return out

    def count_document(self, counts: Counter[str]) -> tuple[dict[str, float], dict[str, int]]:
        """Add one article to the frequencies; its vector, and the frequencies of its terms."""
        keys = sorted(counts)
        self.conn.executemany(
            "INSERT INTO story_term_df(term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1",
            [(k,) for k in keys],
        )
        n = self.n_docs + 1
        self._set_state("n_docs", n)
        df = self.frequencies(keys)
        return vectorise(counts, df, n), df

    # -- candidates -------------------------------------------------------------------------
    def candidates(
        self, vec: dict[str, float], df: dict[str, int] | None = None, *, limit: int = CANDIDATES
    ) -> list[str]:
        """Stories indexed under the vector's strongest terms, best partial dot product first. With ``df`` (the
        terms' frequencies, the article counted), only terms some other article has are asked for: a word new to
        the store (a follow-up's new finding, a new name) is the article's strongest and can find no story."""
        partial: Counter[str] = Counter()
        shared = [t for t in vec if df is None or df.get(t, 0) >= 2]
        for t in sorted(shared, key=lambda k: (-vec[k], k))[:QUERY_TERMS]:
            rows = self.conn.execute(
                "SELECT story_id, weight FROM story_terms WHERE term = ? ORDER BY weight DESC LIMIT ?",
                (t, POSTINGS),
            )
            for sid, w in rows:
                partial[sid] += w * vec[t]
        return [sid for sid, _ in sorted(partial.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]

    def centroid(self, articles: list[Any]) -> tuple[dict[str, float], float, int, dict[str, int]]:
        """``(weights, norm, n, names)`` of a story of ``articles`` (objects with ``title`` and ``text``), from
        the frequencies as they are now: what :meth:`save` takes."""
        counts = [features(a.title, a.text) for a in articles]
        df = self.frequencies({t for c in counts for t in c})
        weights: dict[str, float] = {}
        norm = 1.0
        names: Counter[str] = Counter()
        for a, c in zip(articles, counts, strict=True):
            weights, norm = add_to_centroid(weights, vectorise(c, df, self.n_docs))
            names.update(entity_names(a.title, a.text))
        return weights, norm, len(articles), dict(names.most_common(NAME_COUNTS))

    def load(self, story_ids: list[str]) -> dict[str, dict[str, Any]]:
        out = {}
        for part in _chunks(story_ids):
            q = f"SELECT story_id, vector, norm, n, names FROM story_vectors WHERE story_id IN ({','.join('?' * len(part))})"
            for sid, vector, norm, n, names in self.conn.execute(q, part):
                out[sid] = {"weights": json.loads(vector), "norm": float(norm), "n": int(n), "names": json.loads(names)}
        return out

    # -- writes -----------------------------------------------------------------------------
    def save(
        self,
        story_id: str,
        weights: dict[str, float],
        norm: float,
        n: int,
        names: dict[str, int],
        *,
        previous: dict[str, float] | None = None,
    ) -> None:
        """Write one story's centroid; the inverted index changes only where its top terms did."""
        self.conn.execute(
            "INSERT INTO story_vectors(story_id, vector, norm, n, names) VALUES (?,?,?,?,?)"
            " ON CONFLICT(story_id) DO UPDATE SET vector = excluded.vector, norm = excluded.norm,"
            " n = excluded.n, names = excluded.names",
            (story_id, json.dumps(_rounded(weights)), norm, n, json.dumps(names)),
        )
        new_top = top_terms(weights)
        old_top = top_terms(previous) if previous else {}
        gone = [t for t in old_top if t not in new_top]
        self.conn.executemany("DELETE FROM story_terms WHERE term = ? AND story_id = ?", [(t, story_id) for t in gone])
        self.conn.executemany(
            "INSERT INTO story_terms(term, story_id, weight) VALUES (?,?,?)"
            " ON CONFLICT(term, story_id) DO UPDATE SET weight = excluded.weight",
            [(t, story_id, w / norm) for t, w in new_top.items() if abs(old_top.get(t, -1.0) - w) > 1e-9],
        )

    def drop(self, story_ids: Iterable[str]) -> None:
        ids = [(s,) for s in story_ids]
        self.conn.executemany("DELETE FROM story_terms WHERE story_id = ?", ids)
        self.conn.executemany("DELETE FROM story_vectors WHERE story_id = ?", ids)

    def rebuild(self) -> None:
        """Build the whole index from the stored stories (after batch clustering, or for a store
        clustered before the index existed): one pass for frequencies, one for centroids."""
        members = (
            "SELECT sa.story_id, a.title, a.text FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
            " WHERE a.skip_reason IS NULL"  # an article placed by its names only (another language) weighs no word
        )
        df: Counter[str] = Counter()
        n = 0
        for _sid, title, text in self.conn.execute(members):
            df.update(features(title, text).keys())
            n += 1
        frequencies = dict(df)
        del df
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM story_term_df")
            conn.execute("DELETE FROM story_vectors")
            conn.execute("DELETE FROM story_terms")
            conn.executemany("INSERT INTO story_term_df(term, df) VALUES (?,?)", sorted(frequencies.items()))
            # Story by story, each written when complete: one centroid is held at a time.
            current: str | None = None
            weights: dict[str, float] = {}
            norm, size, names = 1.0, 0, Counter[str]()
            for sid, title, text in conn.execute(members + " ORDER BY sa.story_id"):
                if sid != current:
                    if current is not None:
                        self.save(current, weights, norm, size, dict(names.most_common(NAME_COUNTS)))
                    current, weights, norm, size, names = sid, {}, 1.0, 0, Counter()
                weights, norm = add_to_centroid(weights, vectorise(features(title, text), frequencies, n))
                size += 1
                names.update(entity_names(title, text))
            if current is not None:
                self.save(current, weights, norm, size, dict(names.most_common(NAME_COUNTS)))
            self._set_state("n_docs", n)
            self._set_state("rebuilt_at", n)

    def stale(self) -> bool:
        """True once the store holds twice the articles it held when the index was last built: the weights
        of the vectors then (each article's, as the frequencies were when it was added) have drifted, most of
        all those of a store built from empty one article at a time. Each rebuild reads the whole store, so all
        of them together read about twice the articles it holds. Not above :data:`REWEIGHT_MAX` articles."""
        at = self._state("rebuilt_at")
        if at is None:  # an index built before this was recorded: count from now
            with self.store.transaction():
                self._set_state("rebuilt_at", self.n_docs)
            return False
        return 2 * max(1, int(at)) <= self.n_docs <= REWEIGHT_MAX


def _rounded(weights: dict[str, float]) -> dict[str, float]:
    return {t: round(w, 6) for t, w in weights.items()}
