"""Near-linear single-pass clustering over an inverted index of story terms.

Used for the topic stage above the exact-clustering size, and for incremental updates: an
article's candidate stories are those sharing one of its rarest terms, so each article is
compared with a handful of centroids, never with every story.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..models import unaccented

_TOKEN = re.compile(r"[A-Za-z][A-Za-z]+")
TOP_TERMS = 12
CENTROID_TERMS = 150
VECTOR_TERMS = 80
"""A document is compared on its strongest terms only (long documents would otherwise dominate the cost)."""
POSTINGS = 200
"""Stories kept per term in the index (those grown most recently): the work per document stays bounded."""
COMPARED = 60
"""Candidate stories compared by cosine per document (those sharing most of its top terms)."""


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


def terms(text: str) -> Counter[str]:
    """The words of ``text`` (letters read without accents, as :func:`~storyline.cluster.batch.doc_text` does)
    that are not stop words, counted."""
    stop = _stop_words()
    return Counter(t for t in (w.lower() for w in _TOKEN.findall(unaccented(text))) if t not in stop)


@dataclass
class Centroid:
    weights: dict[str, float] = field(default_factory=dict)
    size: int = 0
    norm: float = 1.0
    """Length of ``weights``, kept up to date by :meth:`add` (cosine is the hot loop)."""

    def add(self, vec: dict[str, float]) -> None:
        for t, w in vec.items():
            self.weights[t] = self.weights.get(t, 0.0) + w
        self.size += 1
        if len(self.weights) > CENTROID_TERMS * 2:
            keep = sorted(self.weights.items(), key=lambda kv: -kv[1])[:CENTROID_TERMS]
            self.weights = dict(keep)
        self.norm = math.sqrt(sum(w * w for w in self.weights.values())) or 1.0

    def cosine(self, vec: dict[str, float]) -> float:
        weights = self.weights
        if len(weights) < len(vec):
            dot = sum(w * vec.get(t, 0.0) for t, w in weights.items())
        else:
            dot = sum(w * weights.get(t, 0.0) for t, w in vec.items())
        return dot / self.norm


def tfidf(counts: Counter[str], df: dict[str, int], n_docs: int) -> dict[str, float]:
    """Unit-length sublinear TF-IDF vector of one document."""
    vec = {t: (1 + math.log(c)) * math.log((1 + n_docs) / (1 + df.get(t, 0))) for t, c in counts.items()}
    norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
    return {t: w / norm for t, w in vec.items() if w > 0}


class OnlineClusterer:
    """Assigns documents one at a time to the most similar story centroid, or opens a story."""

    def __init__(self, df: dict[str, int], n_docs: int, *, threshold: float = 0.22) -> None:
        self.df, self.n_docs, self.threshold = df, n_docs, threshold
        self.centroids: list[Centroid] = []
        self.index: dict[str, dict[int, None]] = defaultdict(dict)
        """Term -> the stories (most recently grown last) having it among a document's top terms."""

    def assign(self, text: str) -> tuple[int, float]:
        """(story number, similarity); a new story has similarity 0."""
        return self.assign_terms(terms(text))

    def assign_terms(self, counts: Counter[str]) -> tuple[int, float]:
        """:meth:`assign` for a document already split into term counts."""
        full = tfidf(counts, self.df, self.n_docs)
        ranked = sorted(full, key=lambda t: (-full[t], t))
        top = ranked[:TOP_TERMS]
        vec = {t: full[t] for t in ranked[:VECTOR_TERMS]}
        hits: Counter[int] = Counter()
        for t in top:
            hits.update(self.index[t].keys() if t in self.index else ())
        if len(hits) > COMPARED:  # bounded work per document: those sharing most top terms, newest first
            candidates = [c for c, _ in sorted(hits.items(), key=lambda kv: (-kv[1], -kv[0]))[:COMPARED]]
        else:
            candidates = list(hits)
        best, best_sim = -1, 0.0
        for c in sorted(candidates):
            sim = self.centroids[c].cosine(vec)
            if sim > best_sim:
                best, best_sim = c, sim
        if best < 0 or best_sim < self.threshold:
            self.centroids.append(Centroid())
            best, best_sim = len(self.centroids) - 1, 0.0
        self.centroids[best].add(vec)
        for t in top:
            posting = self.index[t]
            posting.pop(best, None)
            posting[best] = None
            if len(posting) > POSTINGS:
                del posting[next(iter(posting))]  # the story that grew least recently
        return best, best_sim


def document_frequencies(texts: Iterable[str]) -> tuple[dict[str, int], int]:
    return _frequencies(terms(t) for t in texts)


def _frequencies(counts: Iterable[Counter[str]]) -> tuple[dict[str, int], int]:
    df: Counter[str] = Counter()
    n = 0
    for c in counts:
        df.update(c.keys())
        n += 1
    return dict(df), n


def single_pass(docs: Sequence[str], *, threshold: float = 0.22) -> list[int]:
    """Topic labels for ``docs`` in one pass (order as given; callers sort for determinism)."""
    # Tokenised twice rather than holding every document's term counts: memory stays near the input's size.
    df, n = document_frequencies(docs)
    clusterer = OnlineClusterer(df, n, threshold=threshold)
    return [clusterer.assign(d)[0] for d in docs]
