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
    related_stories,
    stories_for_article,
    story_labels,
    story_of_article,
    syndication_groups_for,
    update_stories,
    waiting_articles,
)


def cluster_records(
    records: Sequence[dict[str, Any]], *, params: ClusterParams | None = None, follows: dict[str, str] | None = None
) -> dict[str, str]:
    """Story label for each record id (records: id, title, text, published, as ingest reads them, other names of a
    field too: ``date`` for ``published``; order does not matter).

    A record with no text is a story of its own (``"untexted:<id>"``): nothing to compare it on. ``follows``, when
    given, gets each story that is the sequel of an earlier one (weeks later, past the days a story may span) and that
    story (:func:`.occasion.follow_links`).
    """
    from ..extract.dates import filed_days
    from ..ingest.records import canonical_fields
    from ..models import published_day

    recs = sorted((_as_stored(canonical_fields(r)) for r in records), key=lambda r: str(r.get("id")))
    usable = [r for r in recs if str(r.get("text") or "").strip() or str(r.get("title") or "").strip()]
    texts = [str(r.get("text") or "") + (f"\n\n{r[DATE_LINE]}" if r.get(DATE_LINE) else "") for r in usable]
    filed = filed_days(
        {str(n): (text, r.get("published")) for n, (text, r) in enumerate(zip(texts, usable, strict=True))}, guess=False
    )
    links: dict[int, int] | None = {} if follows is not None else None
    labels = cluster_texts(
        doc_texts([(r.get("title"), text) for text, r in zip(texts, usable, strict=True)]),
        params,
        dates=[
            r.get("published") if published_day(r.get("published")) is not None else filed.get(str(n))
            for n, r in enumerate(usable)
        ],
        titles=[r.get("title") for r in usable],
        follows=links,
    )
    out = {str(r.get("id")): f"story-{lab}" for r, lab in zip(usable, labels, strict=True)}
    if follows is not None and links:
        follows.update({f"story-{b}": f"story-{a}" for b, a in links.items()})
    for r in recs:
        out.setdefault(str(r.get("id")), f"untexted:{r.get('id')}")
    return out


def _as_stored(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` with its title and text as ingest stores them (:func:`~storyline.clean.clean_text`): page junk out,
    and a text's first line read as its headline when the record gives no title. ``storyline run`` clusters the
    stored articles; without this a file of records with the headline on the text's first line (PolNeAR) was
    clustered with no title, and 94 of its 743 stories differed from the store's."""
    from ..clean import clean_text, lone_paragraph

    text = str(record.get("text") or "")
    if not text.strip():
        return record
    title = record.get("title")
    title = str(title) if isinstance(title, str) and title.strip() else None
    cleaned = clean_text(text, title=title)
    if not cleaned.text.strip() and title is None:
        cleaned = clean_text(text, title="")
    if not cleaned.text.strip():
        cleaned = lone_paragraph(text, title=cleaned.title) or cleaned
    if not cleaned.text.strip():
        return record
    out = {**record, "title": cleaned.title, "text": cleaned.text}
    return {**out, DATE_LINE: cleaned.byline_date} if cleaned.byline_date else out


DATE_LINE = "_date_line"
"""Where :func:`_as_stored` keeps the date line that cleaning cut from a record's text ("Published May 03, 2013"):
clustering reads it with the text, as when: ECB+ records give no other date, and read without it ECB+ dev fell
0.952 -> 0.948 and unseen 0.940 -> 0.931 (stop 48, which cleaned the records; with it, 0.947 and 0.940)."""


def _language(record: dict[str, Any]) -> str | None:
    """The record's language as given, else as its text reads (None when too short to tell)."""
    from ..clean.language import detect_language

    given = record.get("language")
    if isinstance(given, str) and given.strip():
        return given.strip().lower()
    return detect_language(str(record.get("text") or ""))


def explain_records(
    records: Sequence[dict[str, Any]], labels: dict[str, str], follows: dict[str, str] | None = None
) -> list[dict[str, str]]:
    """One ``{"id", "story", "reason"}`` row per record (sorted by id): why it is where it is; with ``follows`` (see
    :func:`cluster_records`), the rows of a story that is an earlier one's sequel say which (``"follows"``)."""
    from ..ingest.records import canonical_fields

    records = [canonical_fields(r) for r in records]
    sizes = Counter(labels.values())
    bodies: dict[str, set[str]] = {}
    same_body: Counter[tuple[str, str]] = Counter()
    for r in records:
        body = " ".join(str(r.get("text") or "").split())
        bodies.setdefault(labels[str(r.get("id"))], set()).add(body)
        same_body[labels[str(r.get("id"))], body] += 1
    near = _near_copies(records, labels)
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
            if near.get(rid):
                n = near[rid]
                reason += f", {n} of them {'a near copy' if n == 1 else 'near copies'} (the same text edited)"
        if not has_text and not story.startswith("untexted:"):
            reason += " (no text: compared on its title only)"
        if not r.get("published"):
            reason += "; no date given (not needed to cluster)"
        language = _language(r)
        if not is_english(language):
            reason += (
                f"; language {language!r}: clustered on the words and names it shares (a store would not analyse it)"
            )
        row = {"id": rid, "story": story, "reason": reason}
        if follows and story in follows:
            row["follows"] = follows[story]
            row["reason"] += (
                f"; follows {follows[story]}: weeks after it, naming its cast and telling when or what it happened (a story"
                f" spans at most {ClusterParams().max_span_days} days, so a sequel is linked, not joined)"
            )
        rows.append(row)
    return rows


COMMON_SHINGLE = 50
"""Records of a story from which a shared 5-word run is the story's common wording (a formula, a boilerplate line),
not evidence of copying: skipped when counting what two records share, which keeps the count linear."""


def _near_copies(records: Sequence[dict[str, Any]], labels: dict[str, str]) -> dict[str, int]:
    """For each record, how many other records of its story are near copies of it, not the same text: the wire story
    edited (a dateline changed, a paragraph cut or added), as the brief's syndication groups take them: word 5-shingles
    alike by :data:`~storyline.dedupe.NEAR_COPY` (Jaccard), or one side's own words (outside quotations) found in the
    other by :data:`~storyline.dedupe.PASSAGE_COPY`."""
    from ..dedupe import NEAR_COPY, PASSAGE_COPY, _jaccard, _own_shingles, _shingles

    by_story: dict[str, list[tuple[str, str]]] = {}
    for r in records:
        body = " ".join(str(r.get("text") or "").split())
        if body:
            by_story.setdefault(labels[str(r.get("id"))], []).append((str(r.get("id")), body))
    out: dict[str, int] = {}
    for members in by_story.values():
        if len(members) < 2:
            continue
        whole = [_shingles(b) for _, b in members]
        own = [_own_shingles(b) for _, b in members]
        postings: dict[str, list[int]] = {}
        for k, sh in enumerate(own):
            for s in sh:
                postings.setdefault(s, []).append(k)
        for i, (rid, body) in enumerate(members):
            shared: Counter[int] = Counter()
            for s in own[i]:
                if len(postings[s]) <= COMMON_SHINGLE:
                    shared.update(j for j in postings[s] if j != i)
            n = 0
            for j, c in shared.items():
                if members[j][1] == body or len(own[i]) < 2 or len(own[j]) < 2:
                    continue  # the same text (counted as such), or a line or two: too little to call a copy
                if _jaccard(whole[i], whole[j]) >= NEAR_COPY or max(c / len(own[i]), c / len(own[j])) >= PASSAGE_COPY:
                    n += 1
            if n:
                out[rid] = n
    return out


__all__ = [
    "ClusterParams",
    "explain_records",
    "ClusterReport",
    "cluster_records",
    "cluster_texts",
    "count_stories",
    "get_story",
    "related_stories",
    "list_stories",
    "story_labels",
    "rebuild_stories",
    "stories_for_article",
    "story_of_article",
    "syndication_groups_for",
    "update_stories",
    "waiting_articles",
]
