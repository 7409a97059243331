"""Extraction results in the store: save/load per article, entities, quotes, for every consumer."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import NotFoundError
from ..models import ArticleExtraction, Entity, Quote, Span
from ..store.sqlite import Store, name_match_sql, spelling_forms
from . import serialize
from .resolve import norm

Progress = Callable[[int], None]


@dataclass
class ExtractReport:
    """What one :func:`extract_store` run did."""

    extracted: int = 0
    already: int = 0
    skipped: list[dict[str, str]] = field(default_factory=list)
    entities: int = 0
    quotes: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "extracted": self.extracted,
            "already_extracted": self.already,
            "skipped": self.skipped,
            "entities": self.entities,
            "quotes": self.quotes,
        }


def save_extractions(store: Store, extractions: list[ArticleExtraction]) -> None:
    """Store (or replace) each article's extraction, its quotes and its mentions."""
    with store.transaction() as conn:
        for ex in extractions:
            conn.execute("DELETE FROM quotes WHERE article_id = ?", (ex.article,))
            conn.execute("DELETE FROM mentions WHERE article_id = ?", (ex.article,))
            conn.execute(
                "INSERT OR REPLACE INTO extractions(article_id, data, skipped) VALUES (?,?,?)",
                (ex.article, json.dumps(serialize.to_json(ex), ensure_ascii=False), ex.skipped),
            )
            conn.executemany(
                "INSERT INTO quotes(article_id, kind, start, end, text, speaker_start, speaker_end, speaker_text,"
                " speaker_entity, cue_start, cue_end, cue_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [_quote_row(q) for q in ex.quotes],
            )
            conn.executemany(
                "INSERT INTO mentions(article_id, start, end, text, label, name, role, entity_key) VALUES (?,?,?,?,?,?,?,?)",
                [
                    (ex.article, m.span.start, m.span.end, m.span.text, m.label, m.name, m.role, m.entity)
                    for m in ex.mentions
                ],
            )
            store.fold_names(ex.article)


def _quote_row(q: Quote) -> tuple[Any, ...]:
    sp, cue = q.speaker, q.cue
    return (
        q.article, q.kind, q.content.start, q.content.end, q.content.text,
        sp.start if sp else None, sp.end if sp else None, sp.text if sp else None, q.speaker_entity,
        cue.start if cue else None, cue.end if cue else None, cue.text if cue else None,
    )  # fmt: skip


def load_extractions(store: Store, article_ids: list[str] | None = None) -> list[ArticleExtraction]:
    """Stored extractions of ``article_ids`` (all when None), in the order asked."""
    if article_ids is None:
        rows = store.conn.execute("SELECT data FROM extractions ORDER BY rowid").fetchall()
        return [serialize.from_json(json.loads(r[0])) for r in rows]
    out = []
    for aid in article_ids:
        row = store.conn.execute("SELECT data FROM extractions WHERE article_id = ?", (aid,)).fetchone()
        if row is not None:
            out.append(serialize.from_json(json.loads(row[0])))
    return out


def with_parts(store: Store, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` (rows of the quotes table) with the quoted pieces of split direct quotes, which are kept with the
    article's extraction, not in the table: '"A," she said. "B."' is two quotations, as the brief's ledger reads it."""
    from dataclasses import replace

    parts = {
        (q.article, q.content.start, q.content.end): q.parts
        for ex in load_extractions(store, sorted({q.article for q in quotes if q.kind == "direct"}))
        for q in ex.quotes
        if q.parts
    }
    return [replace(q, parts=parts.get((q.article, q.content.start, q.content.end), q.parts)) for q in quotes]


def _save_entities(store: Store, entities: list[Entity]) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM entities")
        conn.executemany(
            "INSERT OR REPLACE INTO entities(key, name, type, variants, roles, articles, n_mentions) VALUES (?,?,?,?,?,?,?)",
            [
                (
                    e.key,
                    e.name,
                    e.type,
                    json.dumps(e.variants),
                    json.dumps(e.roles),
                    json.dumps(e.articles),
                    len(e.mentions),
                )
                for e in entities
            ],
        )
        # rowids go on from the last fill's, so that a search cache keyed on max(rowid) sees a new entity list
        first = int(conn.execute("SELECT coalesce(max(rowid), 0) FROM entity_spellings").fetchone()[0]) + 1
        conn.execute("DELETE FROM entity_spellings")
        forms = [(form, e.key) for e in entities for form in spelling_forms(e.name, e.variants, e.type)]
        conn.executemany(
            "INSERT INTO entity_spellings(rowid, form, entity_key) VALUES (?, ?, ?)",
            [(first + i, form, key) for i, (form, key) in enumerate(forms)],
        )


def extract_store(
    store: Store,
    *,
    article_ids: list[str] | None = None,
    n_process: int = 1,
    progress: Progress | None = None,
    on_total: Progress | None = None,
) -> ExtractReport:
    """Extract the stored articles not yet extracted (idempotent), then resolve entities across them. ``on_total`` is
    told how many articles are to extract (before any is), ``progress`` how many more are done, as they are."""
    from .pipeline import extract_articles
    from .resolve import resolve_entities

    done = {r[0] for r in store.conn.execute("SELECT article_id FROM extractions")}
    ids = article_ids if article_ids is not None else [a.id for a in store.iter_articles()]
    report = ExtractReport(already=sum(1 for i in ids if i in done))
    todo = [store.get_article(i) for i in ids if i not in done]
    if on_total:
        on_total(len(todo))
    if todo:
        extracted = extract_articles(todo, n_process=n_process, progress=progress)
        report.skipped = [{"article": e.article, "reason": e.skipped} for e in extracted if e.skipped]
        report.extracted = len(extracted) - len(report.skipped)
        save_extractions(store, extracted)
    if todo or not store.conn.execute("SELECT 1 FROM entities LIMIT 1").fetchone() or _spellings_missing(store):
        all_ex = load_extractions(store)
        entities = resolve_entities([], all_ex, outlets=_outlets(store))
        save_extractions(store, all_ex)
        _save_entities(store, entities)
    report.entities = int(store.conn.execute("SELECT count(*) FROM entities").fetchone()[0])
    report.quotes = int(store.conn.execute("SELECT count(*) FROM quotes").fetchone()[0])
    return report


def _outlets(store: Store, article_ids: list[str] | None = None) -> list[str]:
    """The outlets of the stored articles (of ``article_ids`` when given): a name the texts give that is one of them
    ("according to a ransom note seen by the Marrick Ledger") is an organisation, whatever the tagger said."""
    rows = store.conn.execute("SELECT id, outlet FROM articles WHERE outlet IS NOT NULL AND outlet != ''").fetchall()
    wanted = set(article_ids) if article_ids is not None else None
    return sorted({r[1] for r in rows if wanted is None or r[0] in wanted})


def _spellings_missing(store: Store) -> bool:
    """Entities with other spellings but no ``entity_spellings`` rows: a store resolved before that table existed."""
    has_variants = store.conn.execute("SELECT 1 FROM entities WHERE variants != '[]' LIMIT 1").fetchone()
    return bool(has_variants) and not store.conn.execute("SELECT 1 FROM entity_spellings LIMIT 1").fetchone()


def _entity_row(e: Entity) -> dict[str, Any]:
    return {
        "key": e.key,
        "name": e.name,
        "type": e.type,
        "variants": e.variants,
        "roles": e.roles,
        "articles": e.articles,
        "mentions": len(e.mentions),
    }


def list_entities(
    store: Store,
    *,
    article_ids: list[str] | None = None,
    name: str | None = None,
    type: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Entities (name, type, variants, roles, articles, mentions), most mentioned first.

    With ``article_ids`` (a story), entities are resolved across just those articles. Without, the store's entity
    list is read: :func:`extract_store` (``storyline entities``, ``storyline run``) makes it; briefing a story does
    not (its brief has the story's own ``entities``)."""
    from ..store.sqlite import check_page

    check_page(limit, offset)
    if article_ids is not None:
        from .resolve import resolve_entities

        found = load_extractions(store, article_ids)
        rows = [_entity_row(e) for e in resolve_entities([], found, outlets=_outlets(store, article_ids))]
    else:
        cur = store.conn.execute("SELECT * FROM entities ORDER BY n_mentions DESC, name")
        rows = [
            {"key": r["key"], "name": r["name"], "type": r["type"], "variants": json.loads(r["variants"]),
             "roles": json.loads(r["roles"]), "articles": json.loads(r["articles"]), "mentions": r["n_mentions"]}
            for r in cur
        ]  # fmt: skip
    if name:
        rows = [r for r in rows if norm(name) in norm(" | ".join([r["name"], *r["variants"]]))]
    if type:
        rows = [r for r in rows if r["type"] == type.upper()]
    return rows[offset : offset + limit]


def entity_detail(store: Store, name_or_key: str, *, limit: int | None = None, offset: int = 0) -> dict[str, Any]:
    """One entity with its articles, its spellings (with counts) and the quotes attributed to it. With ``limit``, one
    page of its quotes and of its articles (``offset`` skipped, ``limit`` kept), their counts in ``quotes_total`` and
    ``articles_total``: a name in most articles of a store has hundreds of quotes."""
    from ..store.sqlite import check_page

    check_page(limit, offset, none_ok=True)
    row = store.conn.execute(
        "SELECT key FROM entities WHERE key = ? OR lower(name) = lower(?)", (name_or_key, name_or_key)
    ).fetchone()
    if row is None:
        found = list_entities(store, name=name_or_key, limit=1)
        if not found:
            raise NotFoundError(f"no entity {name_or_key!r}; list them with `storyline entities`")
        key = found[0]["key"]
    else:
        key = row["key"]
    r = store.conn.execute("SELECT * FROM entities WHERE key = ?", (key,)).fetchone()
    ent = {"key": r["key"], "name": r["name"], "type": r["type"], "variants": json.loads(r["variants"]),
           "roles": json.loads(r["roles"]), "articles": json.loads(r["articles"]), "mentions": r["n_mentions"]}  # fmt: skip
    spell = store.conn.execute(
        "SELECT text, count(*) FROM mentions WHERE entity_key = ? GROUP BY text ORDER BY 2 DESC", (key,)
    ).fetchall()
    # counted and paged in SQL: a name in most articles of a store has hundreds of quotes, and only a page is shown
    where, args = _speaker_condition(store, ent["name"])
    page = slice(offset, None if limit is None else offset + limit)
    rows = store.conn.execute(
        f"SELECT *, count(*) OVER () AS total FROM quotes WHERE {where} ORDER BY article_id, start LIMIT ? OFFSET ?",
        [*args, -1 if limit is None else limit, offset],
    ).fetchall()
    if rows:
        total = rows[0]["total"]
    else:  # a page past the last: the count alone
        total = store.conn.execute(f"SELECT count(*) FROM quotes WHERE {where}", args).fetchone()[0]
    totals = {"quotes_total": int(total), "articles_total": len(ent["articles"])}
    said = with_parts(store, [_quote_from_row(r) for r in rows])  # split or framed quotes with their pieces
    quotes = [
        serialize.quote_json(q) | {"article": q.article, "parts": [serialize.span_json(p) for p in q.parts]}
        for q in said
    ]
    return (
        ent | {"articles": ent["articles"][page], "spellings": {r[0]: r[1] for r in spell}, "quotes": quotes} | totals
    )


def quotes_for(store: Store, *, article_ids: list[str] | None = None, speaker: str | None = None) -> list[Quote]:
    """Stored quotes, optionally of some articles and/or by one speaker: the name given to the speaker, or one of
    the spellings the articles use for that person, or a run of their whole words, case and accents aside ("Varga",
    "Ilse Vargas" and "ilse varga" all find Ilse Varga's quotes)."""
    sql, args = "SELECT * FROM quotes", []
    clauses = []
    if article_ids is not None:
        clauses.append(f"article_id IN ({','.join('?' * len(article_ids))})")
        args.extend(article_ids)
    if speaker:
        where, speaker_args = _speaker_condition(store, speaker)
        clauses.append(where)
        args += speaker_args
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    rows = store.conn.execute(sql + " ORDER BY article_id, start", args).fetchall()
    return [_quote_from_row(r) for r in rows]


def _speaker_condition(store: Store, speaker: str) -> tuple[str, list[Any]]:
    """The SQL condition (on ``quotes``) and its arguments for the quotes of ``speaker``, as :func:`quotes_for` reads
    it: the speaker's name, one of that person's spellings in the entity list, or a spelling the articles use for
    the person, or a run of their whole words. Compared on the stored folded names when the store has them."""
    # every spelling the store's entity list gives that person ("Aleksandr Demchin" for Oleksandr Demchyn): the
    # quotes of one story carry that story's choice of canonical name, the entity list the store's
    names = list(dict.fromkeys([speaker, *store.entity_spellings(speaker)]))
    by_speaker, speaker_args = name_match_sql("speaker_entity", names, folded=store.name_folds)
    by_text, text_args = name_match_sql("text", names, folded=store.name_folds)
    where = f"({by_speaker} OR speaker_entity IN (SELECT name FROM mentions WHERE label = 'PERSON' AND {by_text}))"
    return where, [*speaker_args, *text_args]


def _quote_from_row(r: Any) -> Quote:
    aid = r["article_id"]

    def sp(prefix: str) -> Span | None:
        if r[prefix + "_start"] is None:
            return None
        return Span(aid, r[prefix + "_start"], r[prefix + "_end"], r[prefix + "_text"])

    return Quote(
        aid, r["kind"], Span(aid, r["start"], r["end"], r["text"]), sp("speaker"), r["speaker_entity"], sp("cue")
    )


def disputed_attributions(store: Store, quotes: list[Quote]) -> dict[tuple[str, int, int], list[dict[str, Any]]]:
    """For each of ``quotes`` whose words another article of its story gives to someone else (the brief's
    ``attribution`` conflict, found the same way over the stored quotes of the story's articles, people's names
    only), the other sides: ``{article, outlet, speaker, start, end, own_start, own_end}`` (``own_*``: the words of
    the asked quote that side disputes). A quote of an article in no story yet (not
    clustered) is compared with nothing."""
    from ..brief.quotes import attribution_conflicts, quote_ledger, same_speaker, speaker_key, speaker_name

    asked = sorted({q.article for q in quotes})
    story_of: dict[str, str] = {}
    for k in range(0, len(asked), 500):  # only the stories of the quotes asked about, not the whole table
        chunk = asked[k : k + 500]
        marks = ",".join("?" * len(chunk))
        story_of.update(
            store.conn.execute(
                f"SELECT article_id, story_id FROM story_articles WHERE article_id IN ({marks})", chunk
            ).fetchall()
        )
    by_story: dict[str, list[Quote]] = {}
    for q in quotes:
        if q.article in story_of:
            by_story.setdefault(story_of[q.article], []).append(q)
    if not by_story:
        return {}
    people = {
        speaker_key(n)
        for r in store.conn.execute("SELECT name, variants FROM entities WHERE type = 'PERSON'")
        for n in (r[0], *json.loads(r[1]))
    }
    out: dict[tuple[str, int, int], list[dict[str, Any]]] = {}
    for st, asked_here in sorted(by_story.items()):
        members = [r[0] for r in store.conn.execute("SELECT article_id FROM story_articles WHERE story_id = ?", (st,))]
        every = with_parts(store, quotes_for(store, article_ids=sorted(members)))  # all its quotes, as the brief reads
        # them, quotations apart
        if len({q.article for q in every}) < 2:
            continue
        articles = {a: store.get_article(a) for a in {q.article for q in every}}
        texts = {k: a.original or a.text for k, a in articles.items()}
        conflicts = attribution_conflicts(quote_ledger(every, articles), people or None, texts=texts)
        for q in asked_here:
            name = speaker_name(q) or ""
            for c in conflicts:
                sides = c["sides"]
                own = [
                    s
                    for s in sides
                    if s["article"] == q.article and s["start"] < q.content.end and q.content.start < s["end"]
                ]
                if not own:
                    continue
                # which words of the quote the conflict is about ("own_start"/"own_end"): a quote of two quotations
                # ('"A," she said. "B."') is disputed only in the one another article gives to someone else
                out.setdefault((q.article, q.content.start, q.content.end), []).extend(
                    {
                        **s,
                        "outlet": articles[s["article"]].display_outlet,
                        "own_start": min(x["start"] for x in own),
                        "own_end": max(x["end"] for x in own),
                    }
                    for s in sides
                    if s["article"] != q.article and not (name and same_speaker(name, s["speaker"]))
                )
    return out
