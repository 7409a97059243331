"""Stories in the store: incremental updates, stable ids, listing and detail."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import NotFoundError
from ..models import Article
from ..store.sqlite import Store
from .batch import ClusterParams, cluster_texts, doc_text, name_phrases, name_tokens, similarity

Progress = Callable[[str], None]
JOIN_THRESHOLD = 0.30
"""Mean similarity to a story's articles above which a new article joins it (incremental mode)."""


@dataclass
class ClusterReport:
    assigned: int = 0
    new_stories: int = 0
    joined: int = 0
    mode: str = "none"
    skipped: list[dict[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


def story_id_for(article_ids: list[str]) -> str:
    """A story's id derives from its first member, so re-running on the same input keeps ids."""
    return "s" + hashlib.sha256(min(article_ids).encode()).hexdigest()[:10]


def _unassigned(store: Store) -> list[Article]:
    """Latest-version articles that belong to no story (found in SQL, not by loading the store)."""
    rows = store.conn.execute(
        "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles)"
        " AND NOT EXISTS (SELECT 1 FROM articles n WHERE n.previous_id = articles.id) ORDER BY rowid"
    ).fetchall()
    return [store.get_article(r[0]) for r in rows]


def update_stories(
    store: Store, *, params: ClusterParams | None = None, progress: Progress | None = None
) -> ClusterReport:
    """Put every stored article that has no story into one: join an existing story or open new ones."""
    report = ClusterReport()
    fresh = _unassigned(store)
    usable = [a for a in fresh if not a.skip_reason and a.text.strip()]
    report.skipped = [{"article": a.id, "reason": a.skip_reason or "no text"} for a in fresh if a not in usable]
    if not usable:
        return report
    existing = int(store.conn.execute("SELECT count(*) FROM stories").fetchone()[0])
    report.mode = "batch" if existing == 0 else "incremental"
    leftovers = usable if existing == 0 else _join_existing(store, usable, report)
    _open_new(store, leftovers, params, report)
    if progress:
        progress(f"{report.assigned} articles assigned")
    return report


def _join_existing(store: Store, articles: list[Article], report: ClusterReport) -> list[Article]:
    """Candidates via FTS on each new article's rarest names; joins when mean similarity is high."""
    left = []
    for art in articles:
        best, best_sim = _best_story(store, art)
        if best and best_sim >= JOIN_THRESHOLD:
            with store.transaction() as conn:
                conn.execute(
                    "INSERT INTO story_articles(article_id, story_id, similarity, reason) VALUES (?,?,?,?)",
                    (art.id, best, best_sim, "joined an existing story"),
                )
                conn.execute(
                    "INSERT INTO story_events(story_id, kind, article_id, detail) VALUES (?,?,?,?)",
                    (best, "joined", art.id, f"similarity {best_sim:.2f}"),
                )
            _refresh(store, best)
            report.joined += 1
            report.assigned += 1
        else:
            left.append(art)
    return left


CANDIDATE_STORIES = 10
MEMBERS_COMPARED = 8


def _best_story(store: Store, art: Article) -> tuple[str | None, float]:
    """The existing story most similar to ``art`` among those FTS finds through its names."""
    names = [t for t, _ in Counter(name_tokens(doc_text(art.title, art.text[:3000]))).most_common(8)]
    words = [t for t in names if t.isalpha()]
    if not words:
        return None, 0.0
    rows = store.conn.execute(
        "SELECT sa.story_id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
        " JOIN story_articles sa ON sa.article_id = a.id WHERE articles_fts MATCH ? ORDER BY rank LIMIT 200",
        (" OR ".join(f'"{w}"' for w in words),),
    ).fetchall()
    candidates = list(dict.fromkeys(r[0] for r in rows))[:CANDIDATE_STORIES]
    if not candidates:
        return None, 0.0
    owners: list[str] = []
    docs = [doc_text(art.title, art.text)]
    for sid in candidates:
        for m in _member_articles(store, sid, limit=MEMBERS_COMPARED):
            owners.append(sid)
            docs.append(doc_text(m.title, m.text))
    sim = similarity(docs, name_weight=0.5, max_df=1.0)[0, 1:]
    means = {sid: float(sim[[i for i, o in enumerate(owners) if o == sid]].mean()) for sid in candidates}
    best = max(candidates, key=lambda sid: (means[sid], sid))
    return best, means[best]


def _member_articles(store: Store, story_id: str, *, limit: int | None = None) -> list[Article]:
    rows = store.conn.execute(
        "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY article_id LIMIT ?",
        (story_id, -1 if limit is None else limit),
    ).fetchall()
    return [store.get_article(r[0]) for r in rows]


def _open_new(
    store: Store,
    articles: list[Article],
    params: ClusterParams | None,
    report: ClusterReport,
    *,
    previous: dict[str, str] | None = None,
) -> None:
    """Cluster ``articles`` into new stories; with ``previous`` (article -> old story), reuse old ids."""
    groups = _groups(articles, params)
    ids = _ids_by_overlap(groups, previous) if previous else [story_id_for([m.id for m in g]) for g in groups]
    for sid, members in zip(ids, groups, strict=True):
        reason = "alone: no other article reports this event" if len(members) == 1 else "clustered together"
        with store.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO stories(id) VALUES (?)", (sid,))
            conn.executemany(
                "INSERT INTO story_articles(article_id, story_id, similarity, reason) VALUES (?,?,?,?)",
                [(m.id, sid, None, reason) for m in members],
            )
            conn.execute(
                "INSERT INTO story_events(story_id, kind, detail) VALUES (?,?,?)",
                (sid, "created" if not previous else "rebuilt", f"{len(members)} articles"),
            )
        _refresh(store, sid)
        report.new_stories += 1
        report.assigned += len(members)


def _groups(articles: list[Article], params: ClusterParams | None) -> list[list[Article]]:
    articles = sorted(articles, key=lambda a: a.id)
    labels = cluster_texts([doc_text(a.title, a.text) for a in articles], params, dates=[a.published for a in articles])
    groups: dict[int, list[Article]] = {}
    for art, lab in zip(articles, labels, strict=True):
        groups.setdefault(lab, []).append(art)
    return list(groups.values())


def _ids_by_overlap(groups: list[list[Article]], previous: dict[str, str]) -> list[str]:
    """Each new group takes the old story id it shares most articles with (each old id used once)."""
    pairs = Counter((gi, previous[m.id]) for gi, g in enumerate(groups) for m in g if m.id in previous)
    ids: dict[int, str] = {}
    used: set[str] = set()
    for (gi, old), _n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        if gi not in ids and old not in used:
            ids[gi] = old
            used.add(old)
    out = []
    for gi, g in enumerate(groups):
        sid = ids.get(gi) or story_id_for([m.id for m in g])
        while sid in used and ids.get(gi) != sid:
            sid = story_id_for([sid])
        used.add(sid)
        out.append(sid)
    return out


def _refresh(store: Store, story_id: str) -> None:
    """Recompute a story's label, outlets, dates, key entities and syndication groups."""
    from ..dedupe import find_duplicates, syndication_groups

    members = _member_articles(store, story_id)
    links = find_duplicates(members)
    groups = syndication_groups(links, [m.id for m in members])
    by_id = {m.id: m for m in members}
    outlets = sorted({m.display_outlet for m in members})
    independent = len({min(by_id[i].display_outlet for i in g) for g in groups})
    dates = sorted(m.published[:10] for m in members if m.published)
    names = Counter(t for m in members for t in set(name_phrases(doc_text(m.title, m.text[:3000]))))
    meta = {
        "outlets": outlets,
        "independent_outlets": independent,
        "key_entities": [n for n, c in names.most_common(8) if c > 1 or len(members) == 1][:6],
        "syndication_groups": [{"articles": g, "evidence": _evidence(links, g)} for g in groups if len(g) > 1],
    }
    with store.transaction() as conn:
        conn.execute(
            "UPDATE stories SET label = ?, meta = ?, size = ?, first_date = ?, last_date = ?,"
            " version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
            (
                _label(members),
                json.dumps(meta),
                len(members),
                dates[0] if dates else None,
                dates[-1] if dates else None,
                story_id,
            ),
        )


def _evidence(links: list[Any], group: list[str]) -> list[dict[str, Any]]:
    members = set(group)
    return [lk.to_json() for lk in links if lk.a in members and lk.b in members]


def _label(members: list[Article]) -> str:
    """The title closest to all the others (the most central headline)."""
    titles = [m.title or "" for m in members if m.title]
    if not titles:
        return members[0].text[:80]
    if len(titles) <= 2:
        return titles[0]
    sim = similarity(titles, name_weight=0.0, max_df=1.0)
    best = max(range(len(titles)), key=lambda i: (float(sim[i].sum()), -i))
    return titles[best]


def _story_row(row: Any) -> dict[str, Any]:
    meta = json.loads(row["meta"] or "{}")
    return {
        "id": row["id"],
        "label": row["label"],
        "article_count": row["size"],
        "outlets": meta.get("outlets", []),
        "independent_outlets": meta.get("independent_outlets", 0),
        "date_range": [row["first_date"], row["last_date"]],
        "key_entities": meta.get("key_entities", []),
        "version": row["version"],
        "updated_at": row["updated_at"],
    }


def _filters(
    since: str | None, until: str | None, outlet: str | None, entity: str | None, text: str | None
) -> tuple[str, list[Any]]:
    where, args = ["size > 0"], []
    if since:
        where.append("(last_date IS NULL OR last_date >= ?)")
        args.append(since)
    if until:
        where.append("(first_date IS NULL OR first_date <= ?)")
        args.append(until)
    if outlet:
        where.append("meta LIKE ?")
        args.append(f'%"{outlet}"%')
    if entity:
        where.append("lower(meta) LIKE ?")
        args.append(f'%"{entity.lower()}"%')
    if text:
        where.append(
            "id IN (SELECT sa.story_id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " JOIN story_articles sa ON sa.article_id = a.id WHERE articles_fts MATCH ?)"
        )
        args.append(" ".join(f'"{w}"' for w in text.replace('"', " ").split()))
    return " AND ".join(where), args


def list_stories(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    entity: str | None = None,
    text: str | None = None,
    order: str = "newest",
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Stories, newest (by last date, then update) or largest first, filtered."""
    where, args = _filters(since, until, outlet, entity, text)
    by = "size DESC, id" if order == "largest" else "coalesce(last_date, '') DESC, updated_at DESC, id"
    rows = store.conn.execute(
        f"SELECT * FROM stories WHERE {where} ORDER BY {by} LIMIT ? OFFSET ?", [*args, limit, offset]
    ).fetchall()
    return [_story_row(r) for r in rows]


def count_stories(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    entity: str | None = None,
    text: str | None = None,
) -> int:
    where, args = _filters(since, until, outlet, entity, text)
    return int(store.conn.execute(f"SELECT count(*) FROM stories WHERE {where}", args).fetchone()[0])


def get_story(store: Store, story_id: str) -> dict[str, Any]:
    row = store.conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no story {story_id!r}; list them with `storyline stories`")
    out = _story_row(row)
    members = store.conn.execute(
        "SELECT sa.article_id, sa.reason FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
        " WHERE sa.story_id = ? ORDER BY coalesce(a.published, ''), a.rowid",
        (story_id,),
    ).fetchall()
    out["article_ids"] = [m[0] for m in members]
    out["reasons"] = {m[0]: m[1] for m in members}
    out["syndication_groups"] = json.loads(row["meta"] or "{}").get("syndication_groups", [])
    out["events"] = [
        dict(r)
        for r in store.conn.execute(
            "SELECT kind, article_id, detail, at FROM story_events WHERE story_id = ? ORDER BY id", (story_id,)
        )
    ]
    return out


def story_of_article(store: Store, article_id: str) -> str | None:
    row = store.conn.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
    return str(row[0]) if row else None


def stories_for_article(store: Store, article_id: str) -> list[dict[str, Any]]:
    sid = story_of_article(store, article_id)
    return [get_story(store, sid)] if sid else []


def syndication_groups_for(store: Store, article_ids: list[str]) -> list[list[str]]:
    from ..dedupe import find_duplicates, syndication_groups

    arts = [store.get_article(i) for i in article_ids]
    return syndication_groups(find_duplicates(arts), article_ids)


def rebuild_stories(store: Store, *, params: ClusterParams | None = None) -> ClusterReport:
    """Batch re-clustering of the whole store; each new story keeps the id of the old story it
    overlaps most, and articles that moved, stories that split or merged are recorded as events."""
    with store.transaction() as conn:
        old = {r[0]: r[1] for r in conn.execute("SELECT article_id, story_id FROM story_articles")}
        conn.execute("DELETE FROM story_articles")
        conn.execute("UPDATE stories SET size = 0")
    report = ClusterReport(mode="rebuild")
    fresh = _unassigned(store)
    usable = [a for a in fresh if not a.skip_reason and a.text.strip()]
    report.skipped = [{"article": a.id, "reason": a.skip_reason or "no text"} for a in fresh if a not in usable]
    if usable:
        _open_new(store, usable, params, report, previous=old)
    new = {r[0]: r[1] for r in store.conn.execute("SELECT article_id, story_id FROM story_articles")}
    _record_changes(store, old, new)
    return report


def _record_changes(store: Store, old: dict[str, str], new: dict[str, str]) -> None:
    moved = [(a, old[a], s) for a, s in sorted(new.items()) if a in old and old[a] != s]
    parts: dict[str, set[str]] = {}
    sources: dict[str, set[str]] = {}
    for a, s in new.items():
        if a in old:
            parts.setdefault(old[a], set()).add(s)
            sources.setdefault(s, set()).add(old[a])
    rows: list[tuple[str, str, str | None, str]] = [(s, "moved", a, f"from {o}") for a, o, s in moved]
    rows += [(o, "split", None, "into " + ", ".join(sorted(p))) for o, p in sorted(parts.items()) if len(p) > 1]
    rows += [(s, "merged", None, "from " + ", ".join(sorted(p))) for s, p in sorted(sources.items()) if len(p) > 1]
    with store.transaction() as conn:
        conn.executemany("INSERT INTO story_events(story_id, kind, article_id, detail) VALUES (?,?,?,?)", rows)
