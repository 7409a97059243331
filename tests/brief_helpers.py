"""Test helpers for the align/brief tests: a deterministic stand-in embedder (no model needed)."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import numpy as np

from storyline.align.align import fact_threshold, pair_matrices
from storyline.align.claims import Claim
from storyline.models import Article, TextMap


class HashEmbedder:
    """Bag-of-words hashing vectors: sentences sharing words are close. Counts encode calls."""

    def __init__(self, dim: int = 384) -> None:
        self.dim = dim
        self.calls = 0
        self.encoded = 0

    def encode(self, texts: list[str], **_: object) -> np.ndarray:
        self.calls += 1
        self.encoded += len(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in re.findall(r"\w+", t.lower()):
                h = int(hashlib.md5(w.encode()).hexdigest()[:8], 16)
                out[i, h % self.dim] += 1.0
            n = np.linalg.norm(out[i])
            out[i] /= n if n else 1.0
        return out


def make_article(aid: str, title: str, body: str, *, outlet: str | None = None) -> Article:
    original = title + "\n\n" + body
    start = len(title) + 2
    return Article(
        id=aid,
        source=f"{aid}.txt",
        original=original,
        text=body,
        textmap=TextMap.from_pieces([(start, len(original))]),
        title=title,
        title_span=(0, len(title)),
        outlet=outlet,
    )


def ledger_row(
    article: str, speaker: str, text: str, kind: str = "direct", start: int = 0, parts: list[str] | None = None
) -> dict[str, object]:
    """A quote ledger row as :func:`storyline.brief.quotes.link_wordings` reads them: ``text`` at ``start`` of
    ``article``, said by ``speaker`` (named at 0), with the quoted ``parts`` of it found in it."""
    return {
        "speaker": speaker,
        "speaker_mention": {"article": article, "start": 0, "end": len(speaker), "text": speaker},
        "kind": kind,
        "text": text,
        "article": article,
        "start": start,
        "end": start + len(text),
        "cue": "said",
        "parts": [
            {"article": article, "start": start + text.index(p), "end": start + text.index(p) + len(p), "text": p}
            for p in parts or []
        ],
        "also_in": [],
    }


def article_ledger(head: str, *sentences: str) -> list[tuple[str | None, str | None, str | None, str]]:
    """(speaker, mention text, cue, quote text) of every quote-ledger row of a plain-text article: ``head`` and then
    one paragraph per sentence. Each speaker mention is checked to be verbatim at its offsets."""
    from storyline.brief.quotes import quote_ledger
    from storyline.extract import extract_articles
    from storyline.ingest.pipeline import build_article
    from storyline.ingest.records import Draft

    text = head + "\n\n".join(sentences) + "\n"
    art = build_article(Draft(source="t.txt", original=text, fmt="text"))
    assert isinstance(art, Article)
    rows = quote_ledger([q for ex in extract_articles([art]) for q in ex.quotes], {art.id: art})
    out = []
    for r in rows:
        m = r["speaker_mention"]
        if m is not None:
            assert text[m["start"] : m["end"]] == m["text"]
        out.append((r["speaker"], m and m["text"], r["cue"], r["text"]))
    return out


def framed_terms(texts: dict[str, tuple[str, str]], titles: dict[str, str] | None = None) -> dict[str, list[str]]:
    """Charged terms per article of ``{id: (outlet, text)}``, each sentence of the text a claim (the framing of a
    story with no quotes, timeline or title vectors); ``titles``: the headlines of some of them, ``{id: title}``."""
    from storyline.align.align import align
    from storyline.align.claims import Claim
    from storyline.brief.framing import framing

    arts = [make_article(k, (titles or {}).get(k, ""), text, outlet=outlet) for k, (outlet, text) in texts.items()]
    claims = []
    for a in arts:
        for s, e in ((m.start(), m.end()) for m in re.compile(r"[^.]+\.").finditer(a.original, len(a.title or ""))):
            claims.append(Claim(len(claims), a.id, s, e, a.original[s:e], len(claims)))
    rows = framing(arts, align(claims, np.eye(len(claims))), [], [], np.zeros((0, 3)), [])
    return {r["article"]: [t["term"] for t in r["charged_terms"]] for r in rows}


def claim_scores(texts: list[str]) -> list[float]:
    """The summary's score of each text as a claim of its own article (one claim an article, equal centrality, no
    lexical weight): what the summary's candidate rules do to a sentence, without a story around it."""
    from types import SimpleNamespace

    from storyline.align.claims import Claim, find_figures
    from storyline.brief.summary import SummaryOptions, sentence_scores

    claims = [Claim(k, f"a{k}", 0, len(t), t, 0, figures=tuple(find_figures(t))) for k, t in enumerate(texts)]
    al = SimpleNamespace(
        claims=claims,
        vectors=np.eye(len(claims)),
        centrality=np.array([0.8] * len(claims)),
        groups={c.article: c.article for c in claims},
    )
    return [float(x) for x in sentence_scores(al, np.zeros((0, 2)), SummaryOptions(lexical=0.0))]  # type: ignore[arg-type]


def paragraphs_extraction(head: str, *paragraphs: str) -> tuple[str, Any]:
    """The text of an article of ``head`` and one paragraph an item (read as a .txt file), and its extraction."""
    from storyline.extract import extract_articles
    from storyline.extract.pipeline import article_from_text

    text = head + "\n\n".join(paragraphs) + "\n"
    [ex] = extract_articles([article_from_text(text, "t.txt")])
    return text, ex


def quote_rows(head: str, *paragraphs: str) -> list[tuple[str | None, str | None, str, str]]:
    """(speaker mention, speaker, cue, content) of every quote of such an article (:func:`paragraphs_extraction`)."""
    ex = paragraphs_extraction(head, *paragraphs)[1]
    return [
        (q.speaker.text if q.speaker else None, q.speaker_entity, q.cue.text if q.cue else "", q.content.text)
        for q in ex.quotes
    ]


STORY_FILLER = 90
"""Sentences of other articles, unlike all the others, that :func:`story_link` adds: a story of ~100 sentences."""


def named_claim(k: int, text: str, names: dict[str, str], article: str | None = None) -> Claim:
    """The claim of ``text`` with the names of ``names`` (name -> entity id: "p" people, "g" places) the tagger would
    find in it, the longest name of an entity first."""
    found = {e: n for n, e in sorted(names.items(), key=lambda x: len(x[0])) if n in text}
    return Claim(
        k,
        article or f"a{k}",
        0,
        len(text),
        text,
        0,
        frozenset(found),
        people=frozenset(e for e in found if e[0] == "p"),
        places=frozenset(e for e in found if e[0] == "g"),
        names=found,
    )


def story_link(claims: list[Claim], cos: float) -> float:
    """The link evidence of the first two ``claims``, whose cosine is ``cos``, in a story of ~100 sentences (the rest
    of ``claims`` and :data:`STORY_FILLER` lines unlike all others)."""
    n = len(claims) + STORY_FILLER
    claims = claims + [Claim(k, f"f{k}", 0, 12, f"Filler line {k}.", 0) for k in range(len(claims), n)]
    gram = np.eye(n)
    gram[0, 1] = gram[1, 0] = cos
    vectors = np.linalg.cholesky(gram + 1e-9 * np.eye(n))
    return float(pair_matrices(claims, vectors, {c.article: c.article for c in claims})[1][0, 1])


def linked_in_story(a: str, b: str, cos: float, names: dict[str, str]) -> bool:
    """Whether ``a`` and ``b`` (of two outlets, cosine ``cos``) are one fact in a story of ~100 sentences."""
    return story_link([named_claim(0, a, names), named_claim(1, b, names)], cos) >= fact_threshold(2 + STORY_FILLER)
