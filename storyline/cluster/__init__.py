"""Story clustering: batch (two-stage topic/event) and incremental, over records or the store."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..clean.language import is_english
from .batch import ClusterParams, cluster_texts, doc_texts
from .stories import (
    ClusterReport,
    count_stories,
    get_story,
    list_stories,
    rebuild_stories,
    stories_for_article,
    story_of_article,
    syndication_groups_for,
    update_stories,
    waiting_articles,
)


def cluster_records(records: Sequence[dict[str, Any]], *, params: ClusterParams | None = None) -> dict[str, str]:
    """Story label for each record id (records: id, title, text, published, as ingest reads them, other names of a
    field too: ``date`` for ``published``; order does not matter).

    A record with no text is a story of its own (``"untexted:<id>"``): nothing to compare it on.
    """
    from ..ingest.records import canonical_fields

    recs = sorted((canonical_fields(r) for r in records), key=lambda r: str(r.get("id")))
    usable = [r for r in recs if str(r.get("text") or "").strip() or str(r.get("title") or "").strip()]
    labels = cluster_texts(
        doc_texts([(r.get("title"), r.get("text")) for r in usable]), params, dates=[r.get("published") for r in usable]
    )
    out = {str(r.get("id")): f"story-{lab}" for r, lab in zip(usable, labels, strict=True)}
    for r in recs:
        out.setdefault(str(r.get("id")), f"untexted:{r.get('id')}")
    return out


def _language(record: dict[str, Any]) -> str | None:
    """The record's language as given, else as its text reads (None when too short to tell)."""
    from ..clean.language import detect_language

    given = record.get("language")
    if isinstance(given, str) and given.strip():
        return given.strip().lower()
    return detect_language(str(record.get("text") or ""))


def explain_records(records: Sequence[dict[str, Any]], labels: dict[str, str]) -> list[dict[str, str]]:
    """One ``{"id", "story", "reason"}`` row per record (sorted by id): why it is where it is."""
    from ..ingest.records import canonical_fields

    records = [canonical_fields(r) for r in records]
    sizes = Counter(labels.values())
    bodies: dict[str, set[str]] = {}
    same_body: Counter[tuple[str, str]] = Counter()
    for r in records:
        body = " ".join(str(r.get("text") or "").split())
        bodies.setdefault(labels[str(r.get("id"))], set()).add(body)
        same_body[labels[str(r.get("id"))], body] += 1
    rows = []
    for r in sorted(records, key=lambda x: str(x.get("id"))):
        rid = str(r.get("id"))
        story = labels[rid]
        has_text = bool(str(r.get("text") or "").strip())
        if story.startswith("untexted:"):
            reason = "no title and no text: nothing to compare, a story of its own"
        elif sizes[story] == 1:
            reason = "alone: no other article is close enough"
        elif len(bodies[story]) == 1 and has_text:
            reason = f"same text as the {sizes[story] - 1} other article(s) of its story"
        else:
            reason = f"clustered with {sizes[story] - 1} other article(s)"
            copies = same_body[story, " ".join(str(r.get("text") or "").split())] - 1
            if copies and has_text:
                reason += f", {copies} of them the same text"
        if not has_text and not story.startswith("untexted:"):
            reason += " (no text: compared on its title only)"
        if not r.get("published"):
            reason += "; no date given (not needed to cluster)"
        language = _language(r)
        if not is_english(language):
            reason += (
                f"; language {language!r}: clustered on the words and names it shares (a store would not analyse it)"
            )
        rows.append({"id": rid, "story": story, "reason": reason})
    return rows


__all__ = [
    "ClusterParams",
    "explain_records",
    "ClusterReport",
    "cluster_records",
    "cluster_texts",
    "count_stories",
    "get_story",
    "list_stories",
    "rebuild_stories",
    "stories_for_article",
    "story_of_article",
    "syndication_groups_for",
    "update_stories",
    "waiting_articles",
]
