"""ArticleExtraction <-> JSON (the store keeps one JSON document per article)."""

from __future__ import annotations

from typing import Any

from ..models import ArticleExtraction, DateMention, Mention, Quantity, Quote, Span


def span_json(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else {"start": s.start, "end": s.end, "text": s.text}


def _span(aid: str, d: dict[str, Any] | None) -> Span | None:
    return None if d is None else Span(aid, int(d["start"]), int(d["end"]), str(d["text"]))


def _req(aid: str, d: dict[str, Any]) -> Span:
    return Span(aid, int(d["start"]), int(d["end"]), str(d["text"]))


def quote_json(q: Quote) -> dict[str, Any]:
    """The quote as the CLI and the API show it (offsets into the article's original text)."""
    return {
        "kind": q.kind,
        "speaker": span_json(q.speaker),
        "speaker_entity": q.speaker_entity,
        "cue": span_json(q.cue),
        "content": span_json(q.content),
    }


def to_json(ex: ArticleExtraction) -> dict[str, Any]:
    return {
        "article": ex.article,
        "skipped": ex.skipped,
        "sentences": [list(s) for s in ex.sentences],
        "mentions": [
            {**(span_json(m.span) or {}), "label": m.label, "entity": m.entity, "name": m.name, "role": m.role}
            for m in ex.mentions
        ],
        "quotes": [quote_json(q) | {"parts": [span_json(p) for p in q.parts]} for q in ex.quotes],
        "quantities": [{**(span_json(x.span) or {}), "value": x.value, "unit": x.unit} for x in ex.quantities],
        "dates": [
            {**(span_json(d.span) or {}), "date": d.date, "relative": d.relative, "reason": d.reason} for d in ex.dates
        ],
    }


def from_json(d: dict[str, Any]) -> ArticleExtraction:
    aid = str(d["article"])
    ex = ArticleExtraction(aid, [(int(a), int(b)) for a, b in d.get("sentences", [])])
    ex.skipped = d.get("skipped")
    ex.mentions = [
        Mention(_req(aid, m), m["label"], m.get("entity"), m.get("name"), m.get("role")) for m in d.get("mentions", [])
    ]
    ex.quotes = [
        Quote(
            aid,
            q["kind"],
            _req(aid, q["content"]),
            _span(aid, q.get("speaker")),
            q.get("speaker_entity"),
            _span(aid, q.get("cue")),
            tuple(_req(aid, p) for p in q.get("parts", [])),
        )
        for q in d.get("quotes", [])
    ]
    ex.quantities = [Quantity(_req(aid, x), x.get("value"), x.get("unit")) for x in d.get("quantities", [])]
    ex.dates = [
        DateMention(_req(aid, x), x.get("date"), bool(x.get("relative")), x.get("reason")) for x in d.get("dates", [])
    ]
    return ex
