"""Entity and outlet pages: what the library knows about one entity, and how one outlet covers stories."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any

from ..errors import NotFoundError
from ..models import OWN_WORDS, display_outlet
from ..store.sqlite import Store, latest_version
from .lib import lib


def entity_view(store: Store, name: str, *, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """The entity's detail (spellings, quotes) from the extraction stage, the stories it appears in,
    and what the stored briefs say about it (their entities and quote ledgers). Every list is one page (``limit``
    items after ``offset``) with its total beside it: ``stories`` (a page with ``total``), the entity's ``quotes``
    (``quotes_total``) and ``articles`` (``articles_total``), and the ``briefs`` naming it (``briefs_total``)."""
    from ..extract.entities import clean_name
    from .views import stories_page

    detail: dict[str, Any] | None = None
    for written in dict.fromkeys([name, clean_name(name)]):  # "The U.S. Supreme Court", "John Ratcliffe's"
        try:
            detail = lib("entity_detail")(store, written, limit=limit, offset=offset)
            break
        except NotFoundError:
            continue
    in_briefs = entity_in_briefs(store, name)
    if detail is None and not in_briefs["stories"] and not stories_page(store, entity=name, limit=1)["items"]:
        # a story's key entity ("ICBM") need not be a name the extraction typed: its stories are still its page
        raise NotFoundError(f"no entity {name!r} in the store or in any brief; entities are linked from story pages")
    page = slice(offset, offset + limit)
    if detail is None:
        detail = {
            "name": name,
            "type": in_briefs["type"],
            "variants": in_briefs["variants"],
            "quotes": in_briefs["quotes"][page],
            "quotes_total": len(in_briefs["quotes"]),
        }
    # a spelling ("Ilse Vargas") finds the stories of the entity the briefs merged it into ("Ilse Varga")
    canonical = in_briefs.get("name") or name
    spelling = canonical.casefold() != name.casefold()
    stories = stories_page(store, entity=name, limit=limit, offset=offset)
    if spelling:
        detail = {**detail, "canonical": canonical}
        if not stories["items"]:
            stories = stories_page(store, entity=canonical, limit=limit, offset=offset)
    if not detail.get("quotes_total") and in_briefs["quotes"]:
        detail = {**detail, "quotes": in_briefs["quotes"][page], "quotes_total": len(in_briefs["quotes"])}
    detail = {**detail, "quotes": _with_outlets(store, detail.get("quotes") or [])}
    briefs = in_briefs["stories"]
    return {"entity": detail, "stories": stories, "briefs": briefs[page], "briefs_total": len(briefs)}


def _with_outlets(store: Store, quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each quote with the outlet (or, without one, the file) of its article, for the reader, and its content span
    carrying that article id so that the quote links to its place in the article. The extraction's quotes keep the
    article beside the span, the briefs' inside it: both shapes come here."""

    def article_of(q: dict[str, Any]) -> str | None:
        content = q.get("content")
        art = (content.get("article") if isinstance(content, dict) else None) or q.get("article")
        return str(art) if art else None

    ids = sorted({a for q in quotes if isinstance(q, dict) and (a := article_of(q))})
    names: dict[str, str] = {}
    if ids:
        rows = store.conn.execute(
            f"SELECT id, outlet, source FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids
        ).fetchall()
        names = {r[0]: display_outlet(r[1], r[2], r[0]) for r in rows}
    out = []
    for q in quotes:
        if not isinstance(q, dict):
            continue
        art = article_of(q)
        content = q.get("content")
        if isinstance(content, dict) and art:
            content = {**content, "article": art}
        out.append({**q, "content": content, "outlet": q.get("outlet") or (names.get(art, art) if art else None)})
    return out


def entity_in_briefs(store: Store, name: str, *, limit: int = 200) -> dict[str, Any]:
    """Stories whose stored brief names the entity (or a spelling of it), its type, spellings and quotes."""
    key = name.casefold()
    try:
        rows = store.conn.execute(
            "SELECT brief FROM briefs WHERE instr(lower(brief), ?) > 0 LIMIT ?", (key, limit)
        ).fetchall()
    except sqlite3.Error:
        rows = []
    stories: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    variants: set[str] = set()
    types: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for row in rows:
        brief = json.loads(row[0])
        ents = [
            e
            for e in brief.get("entities") or []
            if key in {str(v).casefold() for v in [e.get("name"), *(e.get("variants") or [])]}
        ]
        spellings = {key} | {str(v).casefold() for e in ents for v in [e.get("name"), *(e.get("variants") or [])] if v}
        said = [q for q in brief.get("quotes") or [] if str(q.get("speaker") or "").casefold() in spellings]
        names.update(str(e.get("name")) for e in ents if e.get("name"))
        if not ents and not said:
            continue
        headline = brief.get("headline")
        stories.append(
            {"id": brief.get("story"), "label": headline.get("text") if isinstance(headline, dict) else headline}
        )
        for e in ents:
            variants.update(str(v) for v in [e.get("name"), *(e.get("variants") or [])] if v)
            types[str(e.get("type") or "")] += 1
        quotes += [
            {"kind": q.get("kind"), "content": {k: q.get(k) for k in ("article", "start", "end", "text")}} for q in said
        ]
    return {
        "stories": stories,
        "variants": sorted(variants),
        "quotes": quotes,
        "type": types.most_common(1)[0][0] if types else None,
        "name": names.most_common(1)[0][0] if names else None,
    }


def outlet_view(store: Store, name: str, *, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """An outlet's stories, and from their briefs its tone, the voices it quotes and what it leaves out."""
    latest = latest_version()  # a corrected article counts once
    name = outlet_named(store, name)
    row = store.conn.execute(
        f"SELECT count(*), min(published), max(published) FROM articles WHERE outlet = ? AND {latest}", (name,)
    ).fetchone()
    if not row or not row[0]:
        raise NotFoundError(f"no outlet {name!r} in the store; outlets are listed on the stories page")
    from .views import stories_page

    stories = stories_page(store, outlet=name, limit=limit, offset=offset)
    article_ids = {
        r[0] for r in store.conn.execute(f"SELECT id FROM articles WHERE outlet = ? AND {latest}", (name,)).fetchall()
    }
    return {
        "outlet": name,
        "articles": int(row[0]),
        "first": row[1],
        "last": row[2],
        "stories": stories,
        "profile": outlet_profile(_stored_briefs(store, [str(s["id"]) for s in stories["items"]]), name, article_ids),
    }


def outlet_named(store: Store, name: str) -> str:
    """The stored outlet ``name`` stands for, case and accents aside ("tidewater courier" for "Tidewater Courier"),
    or a run of its whole words when it is of one outlet only ("tidewater"); a NotFoundError naming the outlets it
    could be, or saying that it is the file name of an article with no outlet (shown for want of one)."""
    from ..store.sqlite import name_fold, names_match

    if store.conn.execute("SELECT 1 FROM articles WHERE outlet = ? LIMIT 1", (name,)).fetchone():
        return name
    outlets = [str(r[0]) for r in store.conn.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")]
    same = [o for o in outlets if name_fold(o) == name_fold(name)]
    runs = same or [o for o in outlets if names_match(o, name)]
    if len(runs) == 1:
        return runs[0]
    if runs:
        raise NotFoundError(f"{name!r} is part of the names of {len(runs)} outlets: {', '.join(sorted(runs)[:8])}")
    unnamed = store.conn.execute("SELECT id, source FROM articles WHERE outlet IS NULL").fetchall()
    if any(display_outlet(None, r[1], r[0]) == name for r in unnamed):
        raise NotFoundError(f"{name!r} is the file of an article with no outlet (outlet unknown), not an outlet")
    raise NotFoundError(f"no outlet {name!r} in the store; outlets are listed on the stories page")


def _stored_briefs(store: Store, story_ids: list[str]) -> list[dict[str, Any]]:
    """The briefs already made for these stories (an outlet page never triggers new briefs)."""
    if not story_ids:
        return []
    marks = ",".join("?" * len(story_ids))
    try:
        rows = store.conn.execute(f"SELECT brief FROM briefs WHERE story IN ({marks})", story_ids).fetchall()
    except sqlite3.Error:
        return []
    return [json.loads(r[0]) for r in rows]


def outlet_profile(briefs: list[dict[str, Any]], outlet: str, article_ids: set[str]) -> dict[str, Any]:
    """Aggregate the outlet's framing entries and omissions across briefs."""
    tones: list[float] = []
    charged: Counter[str] = Counter()
    voices: Counter[str] = Counter()
    sides: Counter[str] = Counter()
    omitted: list[dict[str, Any]] = []
    for brief in briefs:
        for frame in brief.get("framing") or []:
            if str(frame.get("article")) not in article_ids and frame.get("outlet") != outlet:
                continue
            tone = frame.get("tone")
            value = tone.get("compound") if isinstance(tone, dict) else tone
            if isinstance(value, int | float):
                tones.append(float(value))
            loaded = [
                t for t in frame.get("charged_terms") or [] if not (isinstance(t, dict) and t.get("why") == OWN_WORDS)
            ]
            charged.update(_names(loaded))  # the outlet's own repeated words are per story, not its wording
            for voice in frame.get("voices") or []:  # each voice as often as the outlet quotes it
                if isinstance(voice, dict) and voice.get("speaker"):
                    n = voice.get("quotes")
                    voices[str(voice["speaker"])] += n if isinstance(n, int) and n > 0 else 1
                else:
                    voices.update(_names([voice]))
            by_side = frame.get("voices_by_side")
            if isinstance(by_side, dict):
                sides.update({str(k): int(v) for k, v in by_side.items() if isinstance(v, int)})
        omitted.extend(_omissions(brief, outlet))
    return {
        "briefs": len(briefs),
        "tone": round(sum(tones) / len(tones), 3) if tones else None,
        "charged_terms": charged.most_common(15),
        "voices": voices.most_common(15),
        "voices_by_side": sides.most_common(),
        "omissions": omitted[:30],
    }


def _names(items: Any) -> list[str]:
    out = []
    for item in items or []:
        if isinstance(item, dict):
            item = item.get("term") or item.get("speaker") or item.get("name") or item.get("text")
        if item:
            out.append(str(item))
    return out


def _omissions(brief: dict[str, Any], outlet: str) -> list[dict[str, Any]]:
    """Facts the brief says this outlet leaves out (facts given by id or text), with their story."""
    story = brief.get("story")
    text_of = {f.get("id"): f.get("text") for f in brief.get("facts") or [] if isinstance(f, dict)}
    found = brief.get("omissions") or []
    if isinstance(found, dict):
        found = [{"outlet": k, "facts": v} for k, v in found.items()]
    out = []
    for item in found:
        if not isinstance(item, dict) or outlet not in (item.get("outlets") or [item.get("outlet")]):
            continue  # one source's entry names every outlet that carries its copies (schema 1.9)
        for fact in item.get("facts") or []:
            text = fact.get("text") if isinstance(fact, dict) else text_of.get(fact, str(fact))
            out.append({"story": story, "text": text})
    return out
