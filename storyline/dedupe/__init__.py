"""Duplicates and syndication: exact and near copies, and shared wire passages.

Near copies are found with MinHash LSH over word 5-shingles of the whole cleaned text; shared
passages with MinHash LSH over single paragraphs, so a wire paragraph reused inside otherwise
different articles is found too. Copies (exact, near, or articles most of whose text is in shared passages) form a
syndication group, which later counts as one independent source. A shared passage inside otherwise different
articles is evidence only: each article stays a source of its own, and alignment counts the copied sentences once
(``storyline.align.align``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from ..models import Article

_WORD = re.compile(r"\w+", re.UNICODE)
NUM_PERM = 128
NEAR_COPY = 0.6
"""Jaccard of two texts' word 5-shingles from which one is a near copy of the other (``find_duplicates``)."""
PASSAGE_COPY = 0.4
"""Share of an article's word 5-shingles found in the other from which it is a copy of it (one syndication group):
an edited wire story, cut, added to or reworded in places, or a repost of part of it. Below it on both sides, an
outlet's own report that reuses a wire paragraph or two is its own source (its own figures and quotes can disagree
with the wire's). On ECB+'s event of one AP obituary carried by six outlets, the copies that share no whole text have
42 % to 69 % of one side in the other; a designed report that reuses two of its seven paragraphs from the wire has
29 % and 26 %."""


@dataclass(frozen=True)
class DuplicateLink:
    """Two articles that share text. ``kind``: exact, near (whole text) or passage (shared paragraphs)."""

    a: str
    b: str
    kind: str
    similarity: float
    shared: tuple[tuple[dict[str, Any], dict[str, Any]], ...] = field(default=())
    """Pairs of spans ({article, start, end}) in original offsets, one side in each article."""
    joins: bool = True
    """Whether the two articles are copies (one syndication group): always for exact and near copies; for shared
    passages, when one article has at least :data:`PASSAGE_COPY` of its text in the other."""

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "kind": self.kind,
            "similarity": round(self.similarity, 3),
            "shared": [list(p) for p in self.shared],
        }


def _shingles(text: str, n: int = 5) -> set[str]:
    toks = [t.lower() for t in _WORD.findall(text)]
    if len(toks) < n:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1)}


@lru_cache(maxsize=1)
def _permutations() -> tuple[Any, str]:
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=7)
    return m.permutations, m.scheme


def _minhash(sh: set[str]) -> Any:
    from datasketch import MinHash

    # The seed's permutations are made once: making them per MinHash cost more than hashing short texts.
    perms, scheme = _permutations()
    m = MinHash(num_perm=NUM_PERM, seed=7, permutations=perms, scheme=scheme)
    m.update_batch([s.encode("utf-8") for s in sh])
    return m


@lru_cache(maxsize=8)
def _lsh_params(threshold: float) -> tuple[int, int]:
    """Bands and rows for ``threshold``: datasketch finds them by numerical integration (~40 ms), once."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return int(lsh.b), int(lsh.r)


def _lsh(threshold: float) -> Any:
    from datasketch import MinHashLSH

    return MinHashLSH(num_perm=NUM_PERM, params=_lsh_params(threshold))


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _paragraphs(article: Article) -> list[tuple[int, int]]:
    """(start, end) of the cleaned text's paragraphs of at least 25 words, of which at least :data:`OWN_WORDS` are
    outside quotation marks."""
    out, pos = [], 0
    for para in article.text.split("\n\n"):
        if len(para.split()) >= 25 and len(_QUOTATION.sub(" ", para).split()) >= OWN_WORDS:
            out.append((pos, pos + len(para)))
        pos += len(para) + 2
    return out


_QUOTATION = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")
OWN_WORDS = 12
"""Words of its own, outside quotation marks, a paragraph needs to tell a copy: two outlets quoting one public
statement share its words, not each other's."""


def _own_shingles(text: str) -> set[str]:
    """Shingles of a passage's words outside quotation marks: a quotation stands as one token, so that two reports
    of the same statement match only in the words around it."""
    return _shingles(_QUOTATION.sub(" \u201cq\u201d ", text))


def find_duplicates(
    articles: Iterable[Article], *, threshold: float = NEAR_COPY, passage_threshold: float = 0.7
) -> list[DuplicateLink]:
    """Links between articles that copy each other, whole or in passages, with their evidence."""
    if not 0.0 < threshold <= 1.0 or not 0.0 < passage_threshold <= 1.0:
        raise ValueError("threshold and passage_threshold must be in (0.0, 1.0]")
    arts = list({a.id: a for a in articles if a.text.strip()}.values())  # an id given twice counts once
    links: dict[tuple[str, str], DuplicateLink] = {}
    doc_sh = {a.id: _shingles(a.text) for a in arts}
    norm = {a.id: " ".join(a.text.split()) for a in arts}
    if len(arts) < 2:
        return []
    lsh = _lsh(threshold * 0.8)
    for a in sorted(arts, key=lambda x: x.id):
        sh = doc_sh[a.id]
        if not sh:
            continue
        m = _minhash(sh)
        for other in lsh.query(m):
            sim = _jaccard(sh, doc_sh[other])
            if sim >= threshold:
                key = (min(a.id, other), max(a.id, other))
                kind = "exact" if norm[a.id] == norm[other] else "near"
                links[key] = DuplicateLink(key[0], key[1], kind, sim)
        lsh.insert(a.id, m)
    for key, link in _passage_links(arts, passage_threshold).items():
        if key not in links:
            a_sh, b_sh = doc_sh[link.a], doc_sh[link.b]
            common = len(a_sh & b_sh)
            shares = sorted((common / len(a_sh), common / len(b_sh))) if a_sh and b_sh else [0.0, 0.0]
            links[key] = replace(link, joins=shares[1] >= PASSAGE_COPY)
    return sorted(links.values(), key=lambda x: (x.a, x.b))


def _passage_links(arts: list[Article], threshold: float) -> dict[tuple[str, str], DuplicateLink]:
    lsh = _lsh(threshold * 0.8)
    owner: dict[str, tuple[Article, tuple[int, int], set[str]]] = {}
    found: dict[tuple[str, str], list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    sims: dict[tuple[str, str], float] = {}
    for a in sorted(arts, key=lambda x: x.id):
        for i, (s, e) in enumerate(_paragraphs(a)):
            sh = _own_shingles(a.text[s:e])
            m = _minhash(sh)
            for key in lsh.query(m):
                b, (bs, be), bsh = owner[key]
                if b.id == a.id:
                    continue
                sim = _jaccard(sh, bsh)
                if sim < threshold:
                    continue
                pair = (min(a.id, b.id), max(a.id, b.id))
                spans = (_span(a, s, e), _span(b, bs, be)) if a.id < b.id else (_span(b, bs, be), _span(a, s, e))
                found.setdefault(pair, []).append(spans)
                sims[pair] = max(sims.get(pair, 0.0), sim)
            name = f"{a.id}#{i}"
            owner[name] = (a, (s, e), sh)
            lsh.insert(name, m)
    return {p: DuplicateLink(p[0], p[1], "passage", sims[p], tuple(v)) for p, v in found.items()}


def _span(a: Article, s: int, e: int) -> dict[str, Any]:
    os_, oe = a.textmap.span_to_original(s, e)
    return {"article": a.id, "start": os_, "end": oe}


def syndication_groups(links: Iterable[DuplicateLink], ids: Iterable[str] = ()) -> list[list[str]]:
    """Connected groups of articles that copy each other (singletons included for ``ids``); a passage shared by
    otherwise different articles (``joins`` false) groups nothing."""
    return connected_groups(((link.a, link.b) for link in links if link.joins), ids)


def connected_groups(pairs: Iterable[tuple[str, str]], ids: Iterable[str] = ()) -> list[list[str]]:
    """Connected components of ``pairs`` (plus ``ids`` as singletons), each sorted, ordered by first id."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in ids:
        root(i)
    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for x in parent:
        groups.setdefault(root(x), []).append(x)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


__all__ = ["PASSAGE_COPY", "DuplicateLink", "connected_groups", "find_duplicates", "syndication_groups"]


def copy_similarity(a: str, b: str) -> float:
    """Jaccard similarity of two texts' word 5-shingles: 1.0 for the same words, >= :data:`NEAR_COPY` for a near
    copy (a wire story lightly edited)."""
    return _jaccard(_shingles(a), _shingles(b))


def copy_of(texts: Sequence[str], *, threshold: float = 0.8, near: bool = True) -> list[int]:
    """For each text, the index of the first text it copies (itself when it copies none): identical texts (spacing
    aside), and with ``near`` near copies whose word 5-shingles overlap by ``threshold`` (Jaccard) or more, joined
    transitively. Near copies cost a MinHash a text and keep every text's shingles: for thousands, not millions."""
    norm = [" ".join(t.split()) for t in texts]
    first: dict[str, int] = {}
    pairs: list[tuple[int, int]] = []
    lsh = _lsh(threshold * 0.8)
    shingles: dict[int, set[str]] = {}
    for i, t in enumerate(norm):
        if t in first:
            pairs.append((first[t], i))
            continue
        first[t] = i
        if not near:
            continue
        sh = _shingles(t)
        if len(sh) < 2:
            continue  # a line or two: too little to call a copy
        shingles[i] = sh
        m = _minhash(sh)
        pairs.extend((int(j), i) for j in lsh.query(m) if _jaccard(sh, shingles[int(j)]) >= threshold)
        lsh.insert(str(i), m)
    out = list(range(len(texts)))
    for group in connected_groups(((str(a), str(b)) for a, b in pairs)):
        first_of = min(int(x) for x in group)
        for x in group:
            out[int(x)] = first_of
    return out
