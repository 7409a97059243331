"""Stories in the store: incremental updates, stable ids, listing and detail."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ..errors import NotFoundError, QueryError
from ..extract.attribution import WIRE_CREDIT_WITHIN, independent_sources, outlet_names
from ..extract.dates import DATELINE_DAYS, filed_days
from ..extract.entities import clean_name
from ..models import Article, display_outlet, published_day, unaccented
from ..store.sqlite import Store, date_range_sql, has_words, latest_version, name_match_sql
from .batch import (
    ClusterParams,
    average_link,
    cluster_texts,
    doc_text,
    doc_texts,
    entity_text,
    name_counts,
    name_phrases,
    similarity,
    split_events,
)
from .index import NAME_COUNTS, StoryIndex, add_to_centroid, entity_names, features
from .objects import other_object
from .occasion import (
    FOLLOW_UP_NAMES,
    FOLLOWS_DAYS,
    LONE_CAST,
    OCCASION_DAYS,
    SMALL_STORY,
    another_event,
    follows_story,
    names_cover,
    reads_apart,
    reads_before,
    shared_cast,
    split_occasions,
    unshared_events,
)

Progress = Callable[[str], None]
Steps = Callable[[int, int], None]
"""``step(done, total)``: how far a long stage is (articles placed so far of all to place), for a progress bar."""


@dataclass
class ClusterReport:
    assigned: int = 0
    new_stories: int = 0
    joined: int = 0
    split: int = 0
    """Stories split in two or more because articles of another event had joined them."""
    reindexed: bool = False
    """The story index was rebuilt with the store's frequencies as they are now (see ``StoryIndex.stale``)."""
    mode: str = "none"
    skipped: list[dict[str, str]] = field(default_factory=list)
    kept: int = 0
    """In a rebuild, stories that kept their id (``new_stories`` are those with a new one)."""
    merged: int = 0
    """In a rebuild, stories left without articles (merged into others; ``storyline story ID`` says where)."""
    attached: list[dict[str, str]] = field(default_factory=list)
    """Articles the analysis cannot read (another language) placed in the story whose names they share
    (:func:`attach_unread`): ``{article, story, reason}``. They are in the story's articles and outlets, and its
    brief says they were not analysed; ``skipped`` keeps those that share no story's names."""

    placed: list[dict[str, Any]] = field(default_factory=list)
    """Where each placed article went, in order: ``{article, title, story, action, similarity, reason}`` with
    ``action`` "joined" (an existing story), "new" (a story opened this run), "version" (a new version taking its
    previous version's place) or, in a rebuild, "moved" (``from`` the story it was in) or "placed" (in no story
    before). At most :data:`PLACED_MAX`
    (``placed_omitted`` counts the others: a first run over a large store places every article)."""
    placed_omitted: int = 0
    splits: list[dict[str, Any]] = field(default_factory=list)
    """Stories split because articles of another event had joined them: ``{story, into}``."""
    absorbed: list[dict[str, Any]] = field(default_factory=list)
    """Small stories a grown story took in (:func:`_absorb_small`): ``{story, absorbed, articles}``; the small
    story, left empty, says it was merged into the other."""
    follows: list[dict[str, Any]] = field(default_factory=list)
    """Stories of this run linked to the earlier story they are the sequel of (:func:`_link_sequels`):
    ``{story, follows, cast}``."""

    def place(self, art: Article, story: str, action: str, *, similarity: float | None = None, **more: Any) -> None:
        if len(self.placed) >= PLACED_MAX:
            self.placed_omitted += 1
            return
        sim = None if similarity is None else round(float(similarity), 3)
        row = {"article": art.id, "title": art.title or "", "story": story, "action": action, "similarity": sim}
        self.placed.append({**row, **more})

    def stories_touched(self) -> list[dict[str, Any]]:
        """The placed articles by story, in the order the stories were first reached: ``{story, action, articles}``
        with ``action`` "new" when the story was opened this run, else "joined" ("moved" in a rebuild)."""
        out: dict[str, dict[str, Any]] = {}
        for row in self.placed:
            entry = out.setdefault(row["story"], {"story": row["story"], "action": row["action"], "articles": []})
            if row["action"] == "new":
                entry["action"] = "new"
            entry["articles"].append(row)
        return list(out.values())

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


PLACED_MAX = 500
"""At most this many articles are listed one by one in a :class:`ClusterReport` (``placed``)."""


def story_id_for(article_ids: list[str]) -> str:
    """A story's id derives from its first member, so re-running on the same input keeps ids."""
    return "s" + hashlib.sha256(min(article_ids).encode()).hexdigest()[:10]


def _unassigned(store: Store, *, after: int | None = None) -> list[Article]:
    """Latest-version articles that belong to no story (found in SQL, not by loading the store).

    ``after``: only articles stored after that rowid (those before were placed by an earlier run),
    so an incremental run reads the new rows only.
    """
    rows = store.conn.execute(
        "SELECT id FROM articles WHERE rowid > ?"
        " AND NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = articles.id)"
        f" AND {latest_version()} ORDER BY rowid",
        (after or 0,),
    ).fetchall()
    return [store.get_article(r[0]) for r in rows]


def _out_of_step(store: Store) -> list[str]:
    """Stories whose stored size is not their members' count: a store migration took members out of them (an
    article tagged "EN" that an older version had placed by its names alone is now read as English and placed
    again); their label, outlets and dates are recomputed before any article is placed."""
    rows = store.conn.execute(
        "SELECT s.id FROM stories s JOIN (SELECT story_id, count(*) AS n FROM story_articles GROUP BY story_id) m"
        " ON m.story_id = s.id WHERE s.size != m.n ORDER BY s.id"
    ).fetchall()
    return [str(r[0]) for r in rows]


def waiting_articles(store: Store) -> int:
    """How many stored articles a ``storyline cluster`` run would place now: stored since the last run, in no
    story, analysable (not skipped, with text)."""
    existing = store.conn.execute("SELECT 1 FROM stories LIMIT 1").fetchone() is not None
    index = StoryIndex(store)
    after = (index.last_rowid if existing and index.ready() else None) or 0
    row = store.conn.execute(
        "SELECT count(*) FROM articles WHERE rowid > ? AND skip_reason IS NULL AND trim(text) != ''"
        " AND NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = articles.id)"
        f" AND {latest_version()}",
        (after,),
    ).fetchone()
    return int(row[0])


def update_stories(
    store: Store, *, params: ClusterParams | None = None, progress: Progress | None = None, step: Steps | None = None
) -> ClusterReport:
    """Put every stored article that has no story into one: join an existing story or open new ones.

    The first run clusters in batch and builds the story index (:mod:`storyline.cluster.index`);
    later runs place each new article through the index: its candidate stories are found by its
    strongest terms, it joins the most similar one when close enough, and only that story's rows
    change. Articles that join nothing are clustered among themselves into new stories. ``progress`` is told each
    stage, ``step`` how many articles of the stage are done (the articles placed, the grown stories checked).
    """
    report = ClusterReport()
    params = params or ClusterParams()
    index = StoryIndex(store)
    for sid in _out_of_step(store):
        _refresh(store, sid)
    top = int(store.conn.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0])
    existing = store.conn.execute("SELECT 1 FROM stories LIMIT 1").fetchone() is not None
    fresh = _unassigned(store, after=index.last_rowid if existing and index.ready() else None)
    usable = dated_by_dateline([a for a in fresh if not a.skip_reason and a.text.strip()], _latest_day(store))
    report.skipped = [
        {"article": a.id, "reason": a.skip_reason or "no text"} for a in fresh if a.skip_reason or not a.text.strip()
    ]
    if usable:
        report.mode = "incremental" if existing else "batch"
        if progress:
            progress(f"placing {len(usable)} new articles ({report.mode})")
        if existing:
            if not index.ready():  # a store clustered before the index existed
                index.rebuild()
            # A few new articles commit once; many commit story by story (the store stays writable meanwhile).
            with store.batch() if len(usable) <= ONE_COMMIT_MAX else nullcontext():
                grown: set[str] = set()
                notes: dict[str, str] = {}
                leftovers = _join_existing(store, index, usable, report, params, grown, notes, step=step)
                if progress:
                    progress(f"grouping {len(leftovers)} articles that joined no story")
                _open_new(
                    store, [a for a, _, _ in leftovers.values()], params, report, index=(index, leftovers), notes=notes
                )
                if progress:
                    progress(f"checking {len(grown)} grown stories for a second event")
                for n, sid in enumerate(sorted(grown), 1):
                    _split_if_two_events(store, index, sid, params, report)
                    if step:
                        step(n, len(grown))
                before = index.last_rowid or 0
                grown |= {
                    new for sid in sorted(grown) if (new := _shed_earlier(store, index, sid, before, params, report))
                }
                _absorb_small(store, index, grown, params, report)
                index.set_last_rowid(top)
            if index.stale():
                if progress:
                    progress(f"re-weighting the story index ({index.n_docs} articles)")
                index.rebuild()
                report.reindexed = True
        else:
            _open_new(store, usable, params, report)
            index.rebuild()
    if usable and params.occasion_floor is not None:
        _link_sequels(store, index, [t["story"] for t in report.stories_touched()], params, report)
    waiting = _unplaced_unread(store, {a.id for a in fresh}) if usable else []
    attach_unread(store, index, fresh + waiting, report, params)
    if index.last_rowid != top:
        index.set_last_rowid(top)
    if progress:
        progress(f"{report.assigned} articles assigned")
    return report


JOIN_THRESHOLD = 0.20
"""Cosine of a new article to a story's centroid at or above which it joins the story (flat 0.15-0.25
on ECB+ topics 1-24 added 20% at a time, bench/bench_cluster.py). 0.25 until stop 27, when a follow-up that
reports a finding in new words (0.23 to its story) stayed alone."""
UNDATED_JOIN = 0.40
"""Cosine to a story's centroid at or above which an undated article joins a story of dated articles
(:func:`_dated_apart`). A dated article is kept out of a story of other weeks by its date (``max_gap_days``,
``max_span_days``); an undated one has no date to check, and at :data:`JOIN_THRESHOLD` undated leads of 2017-21 joined
2016 campaign stories one by one at 0.20-0.58, piling into stories of 28 articles (85-101 in a store of 7,640) that
batch kept apart. In that store, three in four such joins were under 0.40 (median 0.31)."""
UNDATED_STORY_JOIN = 0.30
"""The same for a dated article and a story none of whose articles is dated: a 2016 article joined a story
of undated 2017 articles at 0.21 and dated it 2016. Lower than :data:`UNDATED_JOIN`: a dated article cannot pile
years of undated ones into the story, and in ECB+ (dev, a fifth of its articles added one by one) dated reports
joined the undated stories of their event at 0.34 and 0.39."""
NEAR_MISS = 0.10
"""An article that opens a story at least this close to another one is told which, and how close."""
ONE_COMMIT_MAX = 50
LABEL_EXACT_MAX = 30
"""Up to this many articles, a story's label is recomputed when one joins; larger, it stays."""


def _join_existing(
    store: Store,
    index: StoryIndex,
    articles: list[Article],
    report: ClusterReport,
    params: ClusterParams,
    grown: set[str],
    notes: dict[str, str] | None = None,
    *,
    step: Steps | None = None,
) -> dict[str, tuple[Article, dict[str, float], set[str]]]:
    """Each article joins its most similar candidate story (see :mod:`.index`) when close enough;
    the others are returned with their vectors and names (by article id). ``notes`` gets, for an article kept out
    of a story it is close to only by its date, why."""
    left: dict[str, tuple[Article, dict[str, float], set[str]]] = {}
    for n, art in enumerate(articles):
        if step:
            step(n, len(articles))
        if art.previous_id and (replaced := _replace_version(store, index, art)) is not None:
            grown.add(replaced)
            report.place(art, replaced, "version", reason=f"a new version of {art.previous_id}")
            report.joined += 1
            report.assigned += 1
            continue
        with store.transaction():
            counts = features(art.title, art.text)
            vec, df = index.count_document(counts)
            art_names = entity_names(art.title, art.text)
            vetoed: list[tuple[str, float, str]] = []
            undated: list[tuple[str, float]] = []
            best, best_sim, state, apart = _best_story(
                store,
                index,
                art,
                vec,
                params.max_gap_days,
                params.max_span_days,
                df,
                floor=params.occasion_floor,
                vetoed=vetoed,
                undated=undated,
                params=params,
            )
            reason, detail = "joined an existing story", f"similarity {best_sim:.2f}"
            follow = None
            if (best is None or best_sim < JOIN_THRESHOLD) and params.occasion_floor is not None:
                follow = _follow_up_of(store, index, art, vec, df, params)
            if follow is None and best is None and undated and params.occasion_floor is not None:
                follow = _undated_member_of(store, index, art, undated, params)
                if follow is not None:
                    reason = (
                        f"undated, close to the story and naming its cast ({', '.join(sorted(follow[2]))}) as its"
                        " articles do"
                    )
                    detail = f"similarity {follow[1]:.2f}, undated, naming {', '.join(sorted(follow[2]))}"
            elif follow is not None:
                reason = f"a follow-up: within days of the story and naming its cast ({', '.join(sorted(follow[2]))})"
                detail = f"similarity {follow[1]:.2f}, follow-up sharing {', '.join(sorted(follow[2]))}"
            if follow is not None:
                best, best_sim, cast = follow
                state = index.load([best]).get(best) or {"weights": {}, "n": 0, "names": {}}
            elif best is None or best_sim < JOIN_THRESHOLD:
                # a copy of a stored article joins that article's story, however common the story's words have
                # become (a hundred copies of a wire story make its every word frequent, and its centroid faint)
                copied = _story_of_copy(store, art, df, params)
                if copied is None:
                    left[art.id] = (art, vec, art_names)
                    if notes is not None and (why := _kept_out_by_date(store, index, art, vec, apart, params)):
                        notes[art.id] = why
                    elif notes is not None and undated and (best is None or best_sim < undated[0][1]):
                        sid, sim = undated[0]
                        no_date = published_day(art.published) is None
                        notes[art.id] = (
                            f"close to story {sid} (similarity {sim:.2f}), but "
                            + (
                                "it has no date and the story's articles have"
                                if no_date
                                else "it is dated and none of the story's articles is"
                            )
                            + ": with no dates to compare, an article joins such a story only at"
                            f" {UNDATED_JOIN if no_date else UNDATED_STORY_JOIN:.2f} or more, so a new story"
                        )
                    elif notes is not None and vetoed:
                        notes[art.id] = vetoed[0][2]
                    elif notes is not None and best is not None and best_sim >= NEAR_MISS:
                        notes[art.id] = (
                            f"closest to story {best} (similarity {best_sim:.2f}), under the {JOIN_THRESHOLD:.2f} an"
                            " article needs to join a story; `storyline cluster --rebuild` weighs all articles"
                            " together"
                        )
                    continue
                best, original, best_sim = copied
                state = index.load([best]).get(best) or {"weights": {}, "n": 0, "names": {}}
                reason, detail = f"a copy of {original}", f"copy of {original} (text similarity {best_sim:.2f})"
            store.conn.execute(
                "INSERT INTO story_articles(article_id, story_id, similarity, reason) VALUES (?,?,?,?)",
                (art.id, best, best_sim, reason),
            )
            store.conn.execute(
                "INSERT INTO story_events(story_id, kind, article_id, detail) VALUES (?,?,?,?)",
                (best, "joined", art.id, detail),
            )
            weights, norm = add_to_centroid(state["weights"], vec)
            names = Counter(state["names"])
            names.update(art_names)
            names_kept = dict(sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[:NAME_COUNTS])
            index.save(best, weights, norm, state["n"] + 1, names_kept, previous=state["weights"])
            _refresh_joined(store, best, art, names_kept, df)
        grown.add(best)
        report.place(art, best, "joined", similarity=best_sim, reason=reason)
        report.joined += 1
        report.assigned += 1
    if step:
        step(len(articles), len(articles))
    return left


def _replace_version(store: Store, index: StoryIndex, art: Article) -> str | None:
    """A new version of a stored article (same URL, new text: a correction, an update) takes the place of the
    version before it in that version's story, which it leaves; the story records the change. Returns the story, or
    None when the earlier version is in no story."""
    sid = story_of_article(store, art.previous_id or "")
    if sid is None:
        return None
    with store.transaction() as conn:
        index.count_document(features(art.title, art.text))
        conn.execute("DELETE FROM story_articles WHERE article_id = ?", (art.previous_id,))
        conn.execute(
            "INSERT INTO story_articles(article_id, story_id, similarity, reason) VALUES (?,?,?,?)",
            (art.id, sid, None, f"version {art.version} of {art.previous_id} (same URL): it replaces that version"),
        )
        conn.execute(
            "INSERT INTO story_events(story_id, kind, article_id, detail) VALUES (?,?,?,?)",
            (sid, "replaced", art.id, f"version {art.version} replaces {art.previous_id} (same URL, new text)"),
        )
        members = [m for m in _member_articles(store, sid) if not m.skip_reason]
        weights, norm, n, names = index.centroid(members)
        index.save(sid, weights, norm, n, names, previous=(index.load([sid]).get(sid) or {}).get("weights"))
    _refresh(store, sid)
    return sid


def _best_story(
    store: Store,
    index: StoryIndex,
    art: Article,
    vec: dict[str, float],
    gap: int,
    span: int | None = None,
    df: dict[str, int] | None = None,
    *,
    floor: float | None = None,
    vetoed: list[tuple[str, float, str]] | None = None,
    undated: list[tuple[str, float]] | None = None,
    params: ClusterParams | None = None,
) -> tuple[str | None, float, dict[str, Any], list[str]]:
    """The candidate story whose centroid is closest to ``vec`` (stories more than ``max_gap_days``
    before or after the article are not candidates, nor stories it would stretch past ``max_span_days``,
    as in batch), and the candidates its date set aside. With ``floor``, a small story the article is close enough to
    join but that is another occasion with the same cast (:func:`_another_occasion`) is passed over for the next
    closest, and added to ``vetoed`` with its similarity and why. So is a story the article would be a stranger to
    (:func:`_stranger_to`), as batch splits one off. A story mostly
    dated where the article is not, or undated where it is dated, is a candidate only as close as :func:`_dated_apart`
    says; those under it are added to ``undated`` with their similarity, closest first."""
    candidates = index.candidates(vec, df)
    if not candidates:
        return None, 0.0, {}, []
    reach = _within_reach(store, art, candidates, gap, span)
    strict = _dated_apart(store, art, reach)
    best, best_sim, states = _closest(index, vec, reach, strict=strict)
    within = [c for c in reach if _cosine(vec, states.get(c)) >= strict.get(c, 0.0)]
    if undated is not None:
        undated.extend(
            sorted(
                ((c, sim) for c in reach if c in strict and (sim := _cosine(vec, states.get(c))) < strict[c]),
                key=lambda kv: (-kv[1], kv[0]),
            )
        )
    while best is not None and best_sim >= JOIN_THRESHOLD:
        content = _another_occasion(store, index, art, best, floor) if floor is not None else None
        if content is not None:
            why = (
                f"close to story {best} (similarity {best_sim:.2f}), but days from it and sharing little more than its"
                f" names (content words {content:.2f} alike): the same people or places on another occasion, so a new"
                " story"
            )
        elif (alike := _stranger_to(store, art, best, params)) is not None:
            why = (
                f"close to story {best} (similarity {best_sim:.2f}), but about another subject or other parties than its"
                f" articles ({alike:.2f} alike to them): another event, so a new story"
            )
        elif (thing := _other_object(store, art, best)) is not None:
            why = (
                f"close to story {best} (similarity {best_sim:.2f}), but about {thing}, which its articles do not name,"
                " and they about another of its kind: another event, so a new story"
            )
        else:
            break
        if vetoed is not None:
            vetoed.append((best, best_sim, why))
        within = [c for c in within if c != best]  # another occasion or another event: the next closest, if any
        best, best_sim, states = _closest(index, vec, within)
    return best, best_sim, states.get(best, {}) if best else {}, [c for c in candidates if c not in reach]


def _another_occasion(store: Store, index: StoryIndex, art: Article, story_id: str, floor: float) -> float | None:
    """How alike ``art`` is, in its content words, to a story it is days from and reads apart from, or None when it
    is not (a close date, no date, shared words): a small story (under :data:`.occasion.SMALL_STORY` articles) by
    :func:`.occasion.reads_apart`, a larger one by :func:`.occasion.reads_apart` (``large``) against its
    :data:`MEMBERS_NEAR` members nearest the article in date (an airline's fleet order weeks after the eleven reports of
    its runway accident, which name the same airline, chief and airport)."""
    row = store.conn.execute("SELECT size, first_date, last_date FROM stories WHERE id = ?", (story_id,)).fetchone()
    day = published_day(art.published)
    if row is None or day is None or row[1] is None:
        return None
    if min(abs(day - d) for d in (published_day(row[1]), published_day(row[2])) if d is not None) < OCCASION_DAYS:
        return None  # a member is within days of it (the story's first or last day): no member can be days from it
    large = int(row[0]) >= SMALL_STORY
    members = _members_near(store, story_id, art.published) if large else _member_articles(store, story_id)
    return reads_apart(
        doc_text(art.title, art.text),
        day,
        [
            (doc_text(m.title, m.text), published_day(m.published))
            for m in members
            if not m.skip_reason and m.text.strip()
        ],
        lambda keys: index.frequencies(keys),
        index.n_docs,
        floor,
        large=large,
    )


def _stranger_to(store: Store, art: Article, story_id: str, params: ClusterParams | None) -> float | None:
    """The mean similarity of ``art`` to a story's members (its :data:`MEMBERS_NEAR` nearest in date) when it is a
    stranger to the story as :func:`.batch.split_strangers` splits one off in batch by its subject, else None: naming
    :data:`.batch.STRANGER_NAMES` names or more, and about another subject (:func:`.batch.another_subject`) and under
    ``rejoin_threshold`` alike to them, every word counted (another company's trial of a drug for the same condition, a
    week before the story's reports, quoting their cardiologist), or, against :data:`.batch.OWN_SUBJECT_MIN` - 1
    members or more, with a subject of its own (:func:`.batch.own_subject`) and under ``small_topic_threshold``
    alike to them (a mediator's ceasefire talks beside its prisoner swap), or telling another happening than every
    member (:func:`.occasion.unshared_events`: a budget lawsuit before the court of an election's recount). Not by batch's other test (few of the
    story's names, ``STRANGER_COVER``): against the two or three members of a small story it kept a NeuS lead out of
    its story (a Covid tally naming the month and the variant, its story the network and the holiday), NeuS val
    incremental 0.815 -> 0.814.

    A story of one article is a stranger when each of the two is about what the other never names
    (:func:`.batch.apart_subjects`: the names each repeats most), however alike in their words: what two texts alone share tells nothing of which words are the
    story's (another company's heart-drug trial, a story of its own a week before the reports of the trial of the
    story's company, was 0.24 alike to the first of them, which joined it, and the next reports joined them). Batch
    never compares such a pair alone: it clusters the two with the rest of their batch. None for an article that names
    fewer than :data:`.batch.STRANGER_NAMES` names (no member is read then)."""
    import numpy as np

    from .batch import (
        OWN_SUBJECT_MIN,
        STRANGER_NAMES,
        another_subject,
        apart_subjects,
        mid_sentence_names,
        name_tokens,
        own_subject,
        rejoin_name_weight,
    )

    params = params or ClusterParams()
    row = store.conn.execute("SELECT size FROM stories WHERE id = ?", (story_id,)).fetchone()
    doc = doc_text(art.title, art.text)
    if row is None or int(row[0] or 0) < 1 or len(set(name_tokens(doc))) < STRANGER_NAMES:
        return None  # (its names as batch reads them are among these)
    members = _texted_members_near(store, story_id, art.published)
    if not members:
        return None
    docs = [doc, *(doc_text(m.title, m.text) for m in members)]
    inside = mid_sentence_names(docs)
    names = [{t for t in name_tokens(d) if t in inside} for d in docs]
    used = [name_counts(d, inside) for d in docs]
    if len(names[0]) < STRANGER_NAMES:
        return None
    if len(members) == 1:
        bar = 1.0 if apart_subjects(used[0], used[1]) else 0.0
    elif params.occasion_floor is not None and 0 in unshared_events(docs, floor=params.occasion_floor):
        bar = 1.0  # tells another happening than every member, whatever its names (:func:`.occasion.unshared_events`)
    elif another_subject(used[0], used[1:]):
        bar = params.rejoin_threshold
    elif len(docs) >= OWN_SUBJECT_MIN and own_subject(used[0], used[1:]):
        bar = params.small_topic_threshold
    elif params.occasion_floor is not None and len(docs) < SMALL_STORY and another_event(0, docs, art.title):
        bar = 1.0  # another event of some of its cast, whatever its words (:func:`.occasion.another_event`)
    else:
        return None
    if bar <= 0.0:
        return None
    mean = float(np.mean(similarity(docs, name_weight=rejoin_name_weight(docs, params), max_df=1.0)[0, 1:]))
    return mean if mean < bar or len(members) == 1 else None


def _other_object(store: Store, art: Article, story_id: str) -> str | None:
    """The named object (a bill, a treaty) ``art`` is about when a story's articles (its :data:`MEMBERS_NEAR` nearest
    in date) are about another of the same kind, as batch splits them (:func:`.objects.split_objects`), else None."""
    from .objects import named_objects

    doc = doc_text(art.title, art.text)
    if not named_objects(doc):
        return None
    members = _texted_members_near(store, story_id, art.published)
    return other_object(doc, [doc_text(m.title, m.text) for m in members])


MEMBERS_NEAR = 30
"""Members of a large story read to tell whether an article is another occasion or a follow-up of it: those nearest
the article in date (the work per article stays bounded)."""


def _members_near(store: Store, story_id: str, published: str | None) -> list[Article]:
    """Up to :data:`MEMBERS_NEAR` members of a story, those nearest ``published`` in date first (ties by id)."""
    rows = store.conn.execute(
        "SELECT sa.article_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ?"
        " ORDER BY a.published IS NULL, abs(julianday(a.published) - julianday(?)), sa.article_id LIMIT ?",
        (story_id, published, MEMBERS_NEAR),
    ).fetchall()
    return [store.get_article(r[0]) for r in rows]


def _texted_members_near(store: Store, story_id: str, published: str | None) -> list[Article]:
    """:func:`_members_near` less the members that were skipped or have no text: those a comparison can read."""
    return [m for m in _members_near(store, story_id, published) if not m.skip_reason and m.text.strip()]


FOLLOW_UP_JOIN = 0.10
"""Cosine to a story's centroid at which an article under :data:`JOIN_THRESHOLD` still joins it as a follow-up of the
same occasion: within :data:`.occasion.OCCASION_DAYS` days of it and sharing its cast (:func:`_follow_up_of`). As
:data:`NEAR_MISS`, the closeness at which an article is told which story it nearly joined."""
FOLLOW_UP_TRIED = 3
"""Closest candidate stories checked for a follow-up (each reads up to :data:`MEMBERS_NEAR` members)."""


def _follow_up_of(
    store: Store, index: StoryIndex, art: Article, vec: dict[str, float], df: dict[str, int], params: ClusterParams
) -> tuple[str, float, set[str]] | None:
    """The story ``art`` follows up, with its cosine and the names they share, when it is under the join threshold:
    a report of the same event told from another angle on its next days (the investigation, the passengers'
    accounts, revised figures) shares its cast and little of its wording. As batch does (:func:`.occasion.join_follow_ups`):
    the story is within days of it (under :data:`.occasion.OCCASION_DAYS` from its first or last day, or between
    them), at least :data:`FOLLOW_UP_JOIN` alike, and shares :data:`.occasion.FOLLOW_UP_NAMES` names of its own with
    it (:func:`.occasion.shared_cast`, over the members nearest in date; a name's frequency is the store's); and the
    article names most of the names those members all name (:func:`.occasion.names_cover`); and it is no other event of
    some of a small story's cast (:func:`.occasion.another_event`: a mediator's other talks, the same days) and tells
    no other happening than all of them (:func:`.occasion.unshared_events`). None for an undated article, or when half or more of those members are undated."""

    day = published_day(art.published)
    if day is None:
        return None
    candidates = _within_reach(store, art, index.candidates(vec, df), params.max_gap_days, params.max_span_days)
    states = index.load(candidates)
    scored = sorted(
        (
            (sum(x * st["weights"].get(t, 0.0) for t, x in vec.items()) / st["norm"], sid)
            for sid, st in states.items()
            if st
        ),
        key=lambda kv: (-kv[0], kv[1]),
    )
    for sim, sid in scored[:FOLLOW_UP_TRIED]:
        if sim < FOLLOW_UP_JOIN:
            break
        row = store.conn.execute("SELECT first_date, last_date FROM stories WHERE id = ?", (sid,)).fetchone()
        first, last = (published_day(row[0]), published_day(row[1])) if row else (None, None)
        if first is None or last is None or not first - OCCASION_DAYS < day < last + OCCASION_DAYS:
            continue
        near = _texted_members_near(store, sid, art.published)
        if not near or sum(published_day(m.published) is not None for m in near) * 2 < len(near):
            continue  # half or more undated: its dates say little of when it happened
        docs, names, cast = _cast_shared(index, art, near)
        if (
            len(cast) >= FOLLOW_UP_NAMES
            and cast_sentences(unaccented(f"{art.title or ''}\n{art.text}"), cast) >= CAST_SENTENCES
            and names_cover(set.intersection(*names[1:]), names[0])
            and not (
                params.occasion_floor is not None
                and (
                    (len(docs) < SMALL_STORY and another_event(0, docs, art.title))
                    or 0 in unshared_events(docs, floor=params.occasion_floor)  # the same court, another case
                )
            )
            and other_object(docs[0], docs[1:]) is None  # another bill voted the same week: another story
        ):
            return sid, sim, cast
    return None


def _cast_shared(index: StoryIndex, art: Article, near: list[Article]) -> tuple[list[str], list[set[str]], set[str]]:
    """``art`` and a story's articles ``near`` it as texts, each text's names (:func:`.batch.cast_names`) and the names
    of the story's own cast that ``art`` names (:func:`story_cast`, by how many of the store's stories use each)."""
    from .batch import cast_names

    docs = [doc_text(art.title, art.text), *(doc_text(m.title, m.text) for m in near)]
    names = cast_names(docs)
    counts = index.frequencies("#" + n for n in set().union(*names))
    freq = {n: counts.get("#" + n, 0) for n in set().union(*names)}
    return docs, names, story_cast(names[0], names[1:], freq.__getitem__)


UNDATED_CAST = LONE_CAST
"""Names of a story's own cast (:func:`story_cast`) an undated article names at least to join a dated story under
:data:`UNDATED_JOIN` (:func:`_undated_member_of`), as a text alone joins a story in batch by its cast
(:data:`.occasion.LONE_CAST`)."""


def _undated_member_of(
    store: Store, index: StoryIndex, art: Article, undated: list[tuple[str, float]], params: ClusterParams
) -> tuple[str, float, set[str]] | None:
    """The story an undated ``art`` belongs to though under :data:`UNDATED_JOIN` (``undated``: the dated stories it is
    close to, closest first), with its cosine and the cast they share: the closest, at least :data:`JOIN_THRESHOLD`
    alike, when the article names :data:`UNDATED_CAST` names of the story's own cast (used by two of its articles when
    it has two or more, and mostly by its articles in the store: :func:`story_cast`), most of the names all of them name
    (:func:`.occasion.names_cover`), in :data:`CAST_SENTENCES` sentences, and is no other event or object of theirs. An
    opinion column on a derailment, with no date, a day after the first reports, names the town, the railroad and its
    spokeswoman as they do, and was 0.40 alike to them; what :data:`UNDATED_JOIN` keeps out, a later year's lead on a
    campaign's candidates, names no cast of one story: those names are in many of the store's stories."""

    if not undated or published_day(art.published) is not None:
        return None
    sid, sim = undated[0]
    if sim < JOIN_THRESHOLD:
        return None
    near = _texted_members_near(store, sid, art.published)
    if not near:
        return None
    docs, names, cast = _cast_shared(index, art, near)
    if (
        len(cast) >= UNDATED_CAST
        and names_cover(set.intersection(*names[1:]), names[0])
        and cast_sentences(unaccented(f"{art.title or ''}\n{art.text}"), cast) >= CAST_SENTENCES
        and not (len(docs) < SMALL_STORY and another_event(0, docs, art.title))
        and _stranger_to(store, art, sid, params) is None
        and other_object(docs[0], docs[1:]) is None
    ):
        return sid, sim, cast
    return None


def story_cast(names: set[str], members: list[set[str]], df: Callable[[str], int]) -> set[str]:
    """The names (:func:`.batch.cast_names`) an article shares with a story's ``members`` as its cast
    (:func:`.occasion.shared_cast`, ``df`` the store's count of texts naming each), each named by two of its texts when
    it has two or more: a name one member uses is that member's. In a young store the share test is easily met (a name
    in three of its texts, one of them the member's), and campaign reports of other events (a poll, a rally, a speech of
    the same week) joined a story one by one on a state or a university one of its reports had named."""
    cast = shared_cast([names], members, df)
    return cast if len(members) < 2 else {n for n in cast if sum(n in m for m in members) >= 2}


CAST_SENTENCES = 2
"""Sentences (the headline one of them) of an article that name the cast it shares with a story, at least, for it to
follow the story up: a report of another fire whose one sentence says its brigade "sent no crews to the Kessrin Fire in
the Keld Uplands" names the story's fire and region in passing; an account of the same event names its cast where it
tells what happened and who was there (the operator in one sentence, the line and town in another)."""
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+|\n+")


def cast_sentences(doc: str, cast: set[str]) -> int:
    """How many sentences (split at a full stop, question or exclamation mark, or a line break) of ``doc`` name one of
    ``cast`` (names as :func:`.batch.name_tokens` gives them)."""
    from .batch import name_tokens, own_name

    return sum(1 for part in _SENTENCE_END.split(doc) if cast & {own_name(t) for t in name_tokens(part)})


def _closest(
    index: StoryIndex, vec: dict[str, float], candidates: list[str], *, strict: dict[str, float] | None = None
) -> tuple[str | None, float, dict[str, Any]]:
    """The story among ``candidates`` whose centroid is closest to ``vec`` (ties: the smaller id), its cosine, and
    the candidates' index states. A story in ``strict`` counts only at the cosine given there or closer."""
    strict = strict or {}
    states = index.load(candidates)
    best, best_sim = None, 0.0
    for sid in candidates:
        st = states.get(sid)
        if not st:
            continue
        sim = _cosine(vec, st)
        if sim < strict.get(sid, 0.0):
            continue
        if sim > best_sim or (sim == best_sim and best is not None and sid < best):
            best, best_sim = sid, sim
    return best, best_sim, states


def _cosine(vec: dict[str, float], state: dict[str, Any] | None) -> float:
    """Cosine of an article's vector to a story's centroid (its index state); 0 for a story not indexed."""
    if not state:
        return 0.0
    w = state["weights"]
    return float(sum(x * w.get(t, 0.0) for t, x in vec.items()) / state["norm"])


def _dated_apart(store: Store, art: Article, candidates: list[str]) -> dict[str, float]:
    """The candidate stories whose dating differs from ``art``'s, each with the cosine it needs: for an undated article,
    those with dated articles, at least as many as the undated ones clustered with them (:data:`UNDATED_JOIN`; undated
    articles that joined the story one by one do not count: five 2020 reports on a justice's death that joined a 2016
    story of two dated reports on her would open it to every undated report on the court); for a dated one, those with
    no dated article (:data:`UNDATED_STORY_JOIN`). Neither's date can be checked against the other's. A story grouped
    mostly of undated articles has undated reports of its event, and a story with a dated article has a date to check a
    dated one against: no stricter (ECB+, a fifth added one by one: undated reports joined the stories of their event,
    2 of 8-15 articles dated, at 0.26-0.38; a dated one, 2 of 10 dated, at 0.21)."""
    if not candidates:
        return {}
    rows = store.conn.execute(  # dated articles; undated ones grouped with them (a join has a similarity)
        "SELECT sa.story_id, sum(a.published IS NOT NULL), sum(a.published IS NULL AND sa.similarity IS NULL)"
        " FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
        f" WHERE sa.story_id IN ({','.join('?' * len(candidates))}) GROUP BY sa.story_id",
        candidates,
    ).fetchall()
    if published_day(art.published) is None:
        return {r[0]: UNDATED_JOIN for r in rows if int(r[1]) > 0 and int(r[1]) >= int(r[2])}
    return {r[0]: UNDATED_STORY_JOIN for r in rows if int(r[1]) == 0}


def _not_copies(parts: list[list[Article]]) -> list[list[Article]]:
    """The parts a split would make, with those made mostly of copies (exact or near) of the first part's articles
    folded back into it: copies of a wire story are that story, however their words weigh against one another."""
    from ..dedupe import NEAR_COPY, copy_of

    if len(parts) < 2:
        return parts
    everyone = [m for part in parts for m in part]
    rep = dict(zip((m.id for m in everyone), copy_of([m.text for m in everyone], threshold=NEAR_COPY), strict=True))
    kept_reps = {rep[m.id] for m in parts[0]}
    out = [list(parts[0])]
    for part in parts[1:]:
        if sum(rep[m.id] in kept_reps for m in part) * 2 >= len(part):
            out[0].extend(part)
        else:
            out.append(part)
    return out


def _kept_out_by_date(
    store: Store, index: StoryIndex, art: Article, vec: dict[str, float], apart: list[str], params: ClusterParams
) -> str | None:
    """Why a dated article that joins no story is not in the story it is close to, when only its date keeps it out
    (a follow-up weeks later), or None. ``apart``: the candidate stories its date set aside."""
    if published_day(art.published) is None or not apart:
        return None
    best, sim, _ = _closest(index, vec, apart)
    if best is None or sim < JOIN_THRESHOLD:
        return None
    row = store.conn.execute("SELECT first_date, last_date FROM stories WHERE id = ?", (best,)).fetchone()
    first, last, day = published_day(row[0]), published_day(row[1]), published_day(art.published)
    if first is None or last is None or day is None:
        return None
    days = day - last if day > last else first - day
    return (
        f"close to story {best} (similarity {sim:.2f}), but {days} days {'after' if day > last else 'before'} it: a"
        f" story spans at most {params.max_span_days} days, so a new story"
    )


def _within_reach(store: Store, art: Article, candidates: list[str], gap: int, span: int | None) -> list[str]:
    """The candidate stories ``art`` may join by its date: none more than ``gap`` days before or after it, nor one it
    would stretch past ``span`` days, as in batch (an undated article or story may join any)."""
    day = published_day(art.published)
    if day is None or not candidates:
        return candidates
    q = f"SELECT id, first_date, last_date FROM stories WHERE id IN ({','.join('?' * len(candidates))})"
    spans = {r[0]: (published_day(r[1]), published_day(r[2])) for r in store.conn.execute(q, candidates)}
    return [
        sid
        for sid in candidates
        if (f := spans.get(sid, (None, None))[0]) is None
        or (
            f - gap <= day <= (last := spans[sid][1] or f) + gap
            and (span is None or max(last, day) - min(f, day) <= span)
        )
    ]


FOLLOWS_TRIED = 3
"""Earlier stories, the closest by centroid first, checked for one a story is the sequel of (:func:`_link_sequels`)."""
FOLLOWS_CHECKED = SMALL_STORY
"""Articles a story has at most to be checked again for the story it follows when it grows (:func:`_link_sequels`):
the sequel's first report may not tell when the event happened and its next one does; what a larger story follows was
settled while it grew (and the check reads up to :data:`MEMBERS_NEAR` members of each candidate)."""


def _link_sequels(
    store: Store, index: StoryIndex, stories: list[str], params: ClusterParams, report: ClusterReport
) -> None:
    """Link each story of ``stories`` (opened or grown this run) not yet linked to the earlier story it is the sequel
        of, as batch does (:func:`.occasion.follow_links`; :func:`.occasion.follows_story` with the store's counts of texts
        naming each name and of texts using each word, the members nearest in date; the candidates the closest by centroid
    first, :data:`FOLLOWS_TRIED` of them): an inquiry's
        interim report weeks after a bridge's collapse, kept out of the collapse's story by the days a story may span
        (``max_span_days``), opens a story of its own that follows it. Recorded as events of both stories: ``follows``
        on the later one, ``followed`` on the earlier (``storyline story ID`` shows them, :func:`get_story` gives
        ``follows`` and ``followed_by``)."""
    from .batch import cast_names

    for sid in dict.fromkeys(stories):
        row = store.conn.execute("SELECT first_date, last_date, size FROM stories WHERE id = ?", (sid,)).fetchone()
        first = published_day(row[0]) if row else None
        if first is None or int(row[2]) > FOLLOWS_CHECKED or _follows(store, sid) is not None:
            continue
        state = index.load([sid]).get(sid)
        if not state:
            continue
        vec = {t: w / state["norm"] for t, w in state["weights"].items()}
        candidates = [c for c in index.candidates(vec) if c != sid]
        if not candidates:
            continue
        q = f"SELECT id, first_date, last_date FROM stories WHERE id IN ({','.join('?' * len(candidates))})"
        spans = {r[0]: (published_day(r[1]), published_day(r[2])) for r in store.conn.execute(q, candidates)}
        before = [
            c
            for c, (f, last) in spans.items()
            if f is not None and last is not None and last < first <= last + FOLLOWS_DAYS
        ]
        states = index.load(before)
        scored = sorted(((_cosine(vec, states.get(c)), c) for c in before), key=lambda kv: (-kv[0], kv[1]))
        mine = _texted_members_near(store, sid, row[0])
        for sim, earlier in scored[:FOLLOWS_TRIED]:
            theirs = _texted_members_near(store, earlier, row[0])
            dated = [d for m in theirs if (d := published_day(m.published)) is not None]
            if not mine or not theirs or len(dated) * 2 < len(theirs):
                continue
            docs = [doc_text(m.title, m.text) for m in [*mine, *theirs]]
            names = cast_names(docs)
            counts = Counter(
                {n: c for t, c in index.frequencies("#" + n for n in set().union(*names)).items() if (n := t[1:])}
            )
            span = spans[earlier]
            why: list[str] = []
            cast = follows_story(
                docs[: len(mine)],
                [published_day(m.published) for m in mine],
                docs[len(mine) :],
                span[0] or min(dated),
                span[1] or max(dated),
                names,
                counts.__getitem__,
                index.frequencies,
                index.n_docs,
                why,
            )
            if cast is None:
                continue
            told = ", ".join(sorted(cast))
            with store.transaction() as conn:
                conn.execute(
                    "INSERT INTO story_events(story_id, kind, detail) VALUES (?,?,?)",
                    (sid, "follows", f"story {earlier}: weeks after it, naming its cast ({told}) and {why[0]}"
                     f" (a story spans at most {params.max_span_days} days: a sequel is linked, not joined)"),
                )  # fmt: skip
                conn.execute(
                    "INSERT INTO story_events(story_id, kind, detail) VALUES (?,?,?)",
                    (earlier, "followed", f"by story {sid} (similarity {sim:.2f}, sharing {told})"),
                )
            report.follows.append({"story": sid, "follows": earlier, "cast": sorted(cast), "why": why[0]})
            break


_LINKED = re.compile(r"^(?:by )?story (\S+?)[:\s]")


def _follows(store: Store, story_id: str) -> str | None:
    """The story ``story_id`` is linked to as its sequel (:func:`_link_sequels`), or None; none when a rebuild left
    that story without articles (the sequel is checked again)."""
    row = store.conn.execute(
        "SELECT detail FROM story_events WHERE story_id = ? AND kind = 'follows' ORDER BY id DESC LIMIT 1", (story_id,)
    ).fetchone()
    earlier = m.group(1) if row and (m := _LINKED.match(str(row[0]))) else None
    return earlier if earlier is not None and _has_articles(store, earlier) else None


def related_stories(store: Store, story_id: str) -> list[dict[str, Any]]:
    """The stories linked to ``story_id`` as an event and its sequel (:func:`_link_sequels`), as a brief gives them
    (``related``, docs/brief-schema.md): ``{story, relation, label, date_range, evidence}``, ``relation``
    ``"follows"`` (the earlier story this one is the sequel of) or ``"followed_by"`` (a later one, by date);
    ``evidence`` says why, as the sequel's ``follows`` event does (the cast they share, told when or what happened)."""
    story = get_story(store, story_id)
    pairs = [(e, "follows") for e in [story["follows"]] if e] + [(s, "followed_by") for s in story["followed_by"]]
    out: list[dict[str, Any]] = []
    for other, relation in pairs:
        row = store.conn.execute("SELECT label, first_date, last_date FROM stories WHERE id = ?", (other,)).fetchone()
        later = story_id if relation == "follows" else other
        said = store.conn.execute(
            "SELECT detail FROM story_events WHERE story_id = ? AND kind = 'follows' ORDER BY id DESC LIMIT 1", (later,)
        ).fetchone()
        evidence = str(said[0]).split(": ", 1)[-1] if said else ""  # "weeks after it, naming its cast (...) and ..."
        if relation == "followed_by":
            evidence = evidence.replace("weeks after it,", "weeks after this story,", 1)
        out.append(
            {
                "story": other,
                "relation": relation,
                "label": row[0] if row else None,
                "date_range": [row[1], row[2]] if row else [None, None],
                "evidence": f"{'this story' if relation == 'follows' else 'it'} came {evidence}",
            }
        )
    return sorted(out, key=lambda r: (r["relation"] != "follows", r["date_range"][0] or "", r["story"]))


def _has_articles(store: Store, story_id: str) -> bool:
    return store.conn.execute("SELECT 1 FROM stories WHERE id = ? AND size > 0", (story_id,)).fetchone() is not None


ABSORB_MAX = 2
"""Stories of at most this many articles that a grown story may take in (:func:`_absorb_small`)."""
ABSORB_STORY = 4
"""Articles a story has at least to take a small story in: what it names often is its cast."""
ABSORB_NAMES = 5
"""Names of a story's own a small story's article names, at least, to be absorbed (:func:`_part_of`): its people and
its place (a tabloid's account of a crush named eleven of its story's; a stampede in another city the same days, three:
the police and the wire's name)."""

ABSORB_OTHER_NAMES = 3
"""Names none of a story's articles use (its outlet's own name aside) that a small story's article names, from which
it is about other parties or another place, and not absorbed: a crowd surge at a football ground of the same city the
same day names the city's mayor, police chief and hospital as the crush's story does, and its ground, its clubs and its
chairman (4-6), which the story never names; the tabloid's account of the crush named one (the promoter's first name,
spelled its own way)."""


def _absorb_small(
    store: Store, index: StoryIndex, grown: set[str], params: ClusterParams, report: ClusterReport
) -> None:
    """A story grown this run takes in the small stories (:data:`ABSORB_MAX` articles or fewer) that its new articles
    show are part of it, as a batch run over all of them would: when a day is clustered in batch, an article told in
    words of its own (a tabloid's account of a crush) can join none of the day's stories and open its own; placed day
    by day, that story never changes again, while the next days' reports name the people, the place and the days it
    names. Each of the small story's articles must be dated within the grown story's days (from its first to its last:
    a story dated before it, a preview or an earlier occasion, is not taken) and name :data:`ABSORB_NAMES` names of its own (used by two of its articles or more, and mostly by them in the
    store) in :data:`CAST_SENTENCES` sentences, however few of its words it shares (the tabloid was 0.09-0.12 alike to its
    story, under :data:`FOLLOW_UP_JOIN`); and be no stranger to it nor about another named object (as a joining
    article is checked). Recorded as a rebuild records a merge: the articles moved, the small story merged into it."""
    for gid in sorted(grown):
        row = store.conn.execute("SELECT size, first_date, last_date FROM stories WHERE id = ?", (gid,)).fetchone()
        if row is None or int(row[0]) < ABSORB_STORY or row[1] is None or row[2] is None:
            continue
        first, last = published_day(row[1]), published_day(row[2])
        if first is None or last is None:
            continue
        small = [
            str(r[0])
            for r in store.conn.execute(
                "SELECT id FROM stories WHERE id != ? AND size BETWEEN 1 AND ? AND first_date >= ? AND last_date <= ?"
                " ORDER BY id",
                (gid, ABSORB_MAX, date.fromordinal(first).isoformat(), date.fromordinal(last).isoformat() + "\uffff"),
            )
        ]
        for sid in small:
            if sid in grown:
                continue
            members = _member_articles(store, sid)
            if all(_part_of(store, index, m, gid, first, last, params) for m in members):
                _absorb(store, index, gid, sid, members, report)


def _part_of(
    store: Store, index: StoryIndex, art: Article, story_id: str, first: int, last: int, params: ClusterParams
) -> bool:
    """Whether ``art`` (of a small story) is part of a story of days ``first`` to ``last`` (:func:`_absorb_small`)."""
    from .batch import cast_names

    day = published_day(art.published)
    if art.skip_reason or not art.text.strip() or day is None or not first <= day <= last:
        return False
    near = _texted_members_near(store, story_id, art.published)
    docs = [doc_text(art.title, art.text), *(doc_text(m.title, m.text) for m in near)]
    names = cast_names(docs)
    used = Counter(n for s in names[1:] for n in s)
    df = index.frequencies("#" + n for n in names[0])
    own = {n for n in names[0] if used[n] >= 2 and 2 * (used[n] + 1) >= df.get("#" + n, 0)}
    outlet = set(re.findall(r"\w+", unaccented(art.outlet or "").lower()))
    theirs = {n for n in names[0] if not used[n] and n not in outlet}
    return (
        len(own) >= ABSORB_NAMES
        and len(theirs) < ABSORB_OTHER_NAMES
        and cast_sentences(unaccented(f"{art.title or ''}\n{art.text}"), own) >= CAST_SENTENCES
        and not another_event(0, docs, art.title)
        and _stranger_to(store, art, story_id, params) is None
        and _other_object(store, art, story_id) is None
    )


def _absorb(
    store: Store, index: StoryIndex, story_id: str, small: str, members: list[Article], report: ClusterReport
) -> None:
    """Move the articles of story ``small`` into ``story_id``, recorded as a rebuild records a merge."""
    with store.batch() as conn:
        conn.executemany(
            "UPDATE story_articles SET story_id = ?, similarity = NULL, reason = ? WHERE article_id = ?",
            [(story_id, f"absorbed from {small}: dated within its days and naming its cast", m.id) for m in members],
        )
        conn.execute(
            "INSERT INTO story_events(story_id, kind, detail) VALUES (?,?,?)", (story_id, "merged", f"from {small}")
        )
        whole = [m for m in _member_articles(store, story_id) if not m.skip_reason]
        previous = (index.load([story_id]).get(story_id) or {}).get("weights")
        index.save(story_id, *index.centroid(whole), previous=previous)
        index.drop([small])
    old = {m.id: small for m in members}
    new = {m.id: story_id for m in members}
    _record_changes(store, old, new)
    _retire(store, old, new, {small})
    _refresh(store, story_id)
    came_from: dict[str, Any] = {"from": small, "reason": f"absorbed from {small}"}
    for m in members:
        report.place(m, story_id, "moved", **came_from)
    report.absorbed.append({"story": story_id, "absorbed": small, "articles": [m.id for m in members]})


def _shed_earlier(
    store: Store, index: StoryIndex, story_id: str, before: int, params: ClusterParams, report: ClusterReport
) -> str | None:
    """Split a grown story of one article before this run (stored at or before rowid ``before``) whose article,
    dated before all the others, is no report of their event
    (:func:`.occasion.reads_before`, against the :data:`MEMBERS_NEAR` members nearest it in date; word weights the
    store's): it keeps the story, the others move to a new one, whose id is returned. As batch keeps a text alone
    dated before a story's days out of it (:func:`.occasion.join_follow_ups`). A store that clustered a concert
    cancelled for storms the day it was reported put the reports of a crush at the same promoter's festival, two days
    later, in its story: the first of them, alone on its day, followed the cancellation up by their shared names, and
    the rest joined them."""
    if params.occasion_floor is None:
        return None
    old = store.conn.execute(
        "SELECT sa.article_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
        " WHERE sa.story_id = ? AND a.rowid <= ? LIMIT 2",
        (story_id, before),
    ).fetchall()
    if len(old) != 1:
        return None  # a story of several articles before this run: what it is about was settled then
    members = [m for m in _member_articles(store, story_id) if not m.skip_reason and m.text.strip()]
    dated = sorted((d, m.id) for m in members if (d := published_day(m.published)) is not None)
    if len(members) < SMALL_STORY // 2 or len(dated) * 2 < len(members) or dated[0][0] == dated[1][0]:
        return None  # too few to tell, half undated, or two articles on its first day: no text alone before the rest
    first = next(m for m in members if m.id == dated[0][1])
    if first.id != str(old[0][0]):
        return None
    near = [m for m in _members_near(store, story_id, first.published) if m.id != first.id and not m.skip_reason]
    texts = [doc_text(m.title, m.text) for m in [first, *near] if m.text.strip()]
    days = [published_day(m.published) for m in [first, *near] if m.text.strip()]
    if reads_before(texts, days, index.frequencies, index.n_docs, params.occasion_floor) is None:
        return None
    rest = [m for m in _member_articles(store, story_id) if m.id != first.id]
    with store.batch() as conn:
        new = _split_off(conn, story_id, rest)
        conn.execute(
            "INSERT INTO story_events(story_id, kind, detail) VALUES (?,?,?)",
            (story_id, "split", f"into {new}: its first article, dated before the others, reads apart from them"),
        )
        previous = index.load([story_id]).get(story_id, {}).get("weights")
        index.save(story_id, *index.centroid([first]), previous=previous)
        index.save(new, *index.centroid([m for m in rest if not m.skip_reason]))
    _refresh(store, story_id)
    _refresh(store, new)
    report.new_stories += 1
    report.split += 1
    report.splits.append({"story": story_id, "into": [new]})
    return new


SPLIT_MIN_PART = 6
"""A story grown by joins splits only into events of at least this many articles each."""
SPLIT_GROWTH = 1.25
"""A grown story is checked again for two events once it is this much larger than when last checked."""


def _split_if_two_events(
    store: Store, index: StoryIndex, story_id: str, params: ClusterParams, report: ClusterReport
) -> None:
    """Split a story that articles joined one by one when its members now form two events or more.

    A new article joins the closest story by topic-level similarity, so the first articles of a second
    similar event (another earthquake, another arrest of the same man) join the first one's story. Once
    the story has grown, batch clustering's event stage (IDF local to its members: who, where and when
    decide) is run on it; parts of at least :data:`SPLIT_MIN_PART` articles become stories of their own
    (the largest keeps the id), recorded as a split. Checked again only after the story grows by
    :data:`SPLIT_GROWTH`, so the cost per added article stays small."""
    row = store.conn.execute("SELECT size, meta FROM stories WHERE id = ?", (story_id,)).fetchone()
    size = int(row["size"])
    if size < 2 * SPLIT_MIN_PART or size > params.exact_max or size < SPLIT_GROWTH * _meta(row).get("checked_at", 0):
        return
    members = [m for m in _member_articles(store, story_id) if not m.skip_reason]  # the unread stay where they are
    labels = split_events(
        [doc_text(m.title, m.text) for m in members],
        replace(params, min_event=SPLIT_MIN_PART, fold_min_size=SPLIT_MIN_PART),
    )
    parts = _not_copies(sorted(_by_label(members, labels), key=lambda g: (-len(g), min(m.id for m in g))))
    with store.batch() as conn:  # the moves, the index and the stories' summaries commit together
        ids = [story_id] + [_split_off(conn, story_id, part) for part in parts[1:]]
        if len(ids) > 1:
            conn.execute(
                "INSERT INTO story_events(story_id, kind, detail) VALUES (?,?,?)",
                (story_id, "split", "into " + ", ".join(ids)),
            )
            previous = index.load([story_id]).get(story_id, {}).get("weights")
            for k, (sid, part) in enumerate(zip(ids, parts, strict=True)):
                index.save(sid, *index.centroid(part), previous=previous if k == 0 else None)
                _refresh(store, sid)
        for sid, part in zip(ids, parts, strict=True):
            meta = _meta(conn.execute("SELECT meta FROM stories WHERE id = ?", (sid,)).fetchone())
            conn.execute(
                "UPDATE stories SET meta = ? WHERE id = ?", (json.dumps({**meta, "checked_at": len(part)}), sid)
            )
    report.new_stories += len(ids) - 1
    report.split += len(ids) > 1
    if len(ids) > 1:
        report.splits.append({"story": story_id, "into": ids[1:]})


def _meta(row: Any) -> dict[str, Any]:
    return dict(json.loads(row["meta"] or "{}"))


def _split_off(conn: Any, story_id: str, part: list[Article]) -> str:
    """A new story for ``part``, moved out of ``story_id``; its id."""
    sid = story_id_for([m.id for m in part])
    while conn.execute("SELECT 1 FROM stories WHERE id = ?", (sid,)).fetchone():
        sid = story_id_for([sid])
    conn.execute("INSERT INTO stories(id) VALUES (?)", (sid,))
    conn.executemany(
        "UPDATE story_articles SET story_id = ?, similarity = NULL, reason = ? WHERE article_id = ?",
        [(sid, f"split from {story_id}: another event", m.id) for m in part],
    )
    conn.execute(
        "INSERT INTO story_events(story_id, kind, detail) VALUES (?,?,?)",
        (sid, "created", f"split from {story_id}: {len(part)} articles of another event"),
    )
    return sid


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
    index: tuple[StoryIndex, dict[str, tuple[Article, dict[str, float], set[str]]]] | None = None,
    notes: dict[str, str] | None = None,
) -> None:
    """Cluster ``articles`` into new stories; with ``previous`` (article -> old story), reuse old ids.

    With ``index`` (the story index and each article's vector and names), the new stories are indexed.
    """
    if index is not None and 1 < len(articles) < LOCAL_IDF_MIN:
        groups = _groups_by_vectors(articles, {a.id: index[1][a.id][1] for a in articles}, params)
    else:
        groups = _groups(articles, params) if len(articles) > 1 else [articles] if articles else []
    ids = _ids_by_overlap(groups, previous) if previous else [story_id_for([m.id for m in g]) for g in groups]
    for sid, members in zip(ids, groups, strict=True):
        reason = "alone: no other article reports this event" if len(members) == 1 else "clustered together"
        if len(members) == 1 and notes and members[0].id in notes:
            reason = notes[members[0].id]
        with store.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO stories(id) VALUES (?)", (sid,))
            conn.executemany(
                "INSERT INTO story_articles(article_id, story_id, similarity, reason) VALUES (?,?,?,?)",
                [(m.id, sid, None, reason) for m in members],
            )
            conn.execute(
                "INSERT INTO story_events(story_id, kind, detail) VALUES (?,?,?)",
                (
                    sid,
                    "created" if not previous else "rebuilt",
                    f"{len(members)} article{'s' if len(members) != 1 else ''}",
                ),
            )
            if index is not None:
                idx, vectors = index
                weights: dict[str, float] = {}
                norm = 1.0
                names: Counter[str] = Counter()
                for m in members:
                    weights, norm = add_to_centroid(weights, vectors[m.id][1])
                    names.update(vectors[m.id][2])
                idx.save(sid, weights, norm, len(members), dict(names.most_common(NAME_COUNTS)))
        _refresh(store, sid)
        report.new_stories += 1
        report.assigned += len(members)
        if not previous:  # a rebuild reports the articles that moved (rebuild_stories)
            for m in members:
                report.place(m, sid, "new", reason=reason)


LOCAL_IDF_MIN = 50
"""New articles that joined no story are clustered among themselves in batch (IDF of their own words) only
when there are at least this many; fewer (a day's or an hour's news) are too few to weigh words by, and are
grouped with the store's document frequencies instead, as a new article joins a story."""


def _groups_by_vectors(
    articles: list[Article], vectors: dict[str, dict[str, float]], params: ClusterParams | None = None
) -> list[list[Article]]:
    """Average-link groups of articles whose index vectors (store-wide IDF) are as close as an article must be
    to a story to join it; a group of a few is split where a part is another occasion with the same cast, as in batch
    (``occasion_floor``, :mod:`.occasion`)."""
    import numpy as np

    articles = sorted(articles, key=lambda a: a.id)
    vecs = [vectors[a.id] for a in articles]
    sim = np.array([[sum(w * v.get(t, 0.0) for t, w in u.items()) for v in vecs] for u in vecs])
    labels = average_link(sim, JOIN_THRESHOLD)
    floor = (params or ClusterParams()).occasion_floor
    if floor is not None:
        docs = [doc_text(a.title, a.text) for a in articles]
        labels = split_occasions(docs, labels, [published_day(a.published) for a in articles], floor)
    return _by_label(articles, labels)


def _latest_day(store: Store) -> list[str]:
    """The latest publication day in the store, if any (a year-less dateline is read as the one nearest it)."""
    row = store.conn.execute("SELECT max(substr(published, 1, 10)) FROM articles WHERE published LIKE '____-__-__%'")
    day = row.fetchone()[0]
    return [day] if day and published_day(day) is not None else []


DATELINE_REACH = 14
"""Days before the latest publication day of a batch or store within which a dateline's day with no publication date
is read (:func:`dated_by_dateline`): a wire filed in the feed's last days. Further back, in an archive of many years
(ECB+ in a store, a tenth of its texts dated by a date line), the year a dateline with none would take from its
neighbours is a guess that moved texts out of their events."""


def dated_by_dateline(articles: list[Article], near_days: list[str] | None = None) -> list[Article]:
    """``articles``, those with no publication date but a dateline's day ("BRASK, Aug 10 (Agency) -") dated by it for
    clustering (copies: the stored article keeps ``published`` empty). A wire filed on the 10th is compared by date
    with the papers of the 9th and 10th, as a dated report would be, not held to the higher bar of an undated one. The
    day is read in the year that puts it nearest the latest publication day of ``articles`` and ``near_days`` (the
    store's), and only when it is at most :data:`DATELINE_REACH` days before that day (or
    :data:`~storyline.extract.dates.DATELINE_DAYS` after it); with no publication day at all it stays undated (no
    year is guessed from the day of the run)."""
    known = [d for d in (published_day(a.published) for a in articles) if d is not None]
    known += [d for d in (published_day(x) for x in near_days or []) if d is not None]
    if not known or all(published_day(a.published) is not None for a in articles):
        return articles
    latest = max(known)
    days = filed_days(
        {a.id: (a.text, a.published) for a in articles if published_day(a.published) is None},
        near_days=[date.fromordinal(latest).isoformat()],
        guess=False,
    )
    reach = {a: d for a, d in days.items() if -DATELINE_REACH <= (published_day(d) or 0) - latest <= DATELINE_DAYS}
    return [replace(a, published=reach[a.id]) if a.id in reach else a for a in articles]


def _groups(articles: list[Article], params: ClusterParams | None) -> list[list[Article]]:
    articles = sorted(articles, key=lambda a: a.id)
    dated = {a.id: a.published for a in dated_by_dateline(articles)}
    labels = cluster_texts(
        doc_texts([(a.title, a.text) for a in articles]),
        params,
        dates=[dated[a.id] for a in articles],
        titles=[a.title for a in articles],
    )
    return _by_label(articles, labels)


def _by_label(articles: list[Article], labels: list[int]) -> list[list[Article]]:
    """The articles grouped by their labels, groups in order of first appearance."""
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


def _key_entities(names: Counter[str], size: int) -> list[str]:
    """The six names the most articles use (at least two, unless the story has one article); ties by name, so that
    the same articles give the same list in every run (the order names were counted in is a set's)."""
    ranked = sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))
    return [n for n, c in ranked if c > 1 or size == 1][:6]


def _a_voice(title: str | None, head: str, url: str | None) -> bool:
    """An article is an opinion piece or a page of readers' letters by what a store reads cheaply (its title, the
    first characters of its text as ingested, its URL): labelled so (the brief's
    :func:`storyline.brief.summary.opinion_piece` without the first-person test, which reads the whole text). A voice,
    no source: the story's independent sources are its reports'."""
    from ..brief.summary import opinion_piece, readers_letters

    return readers_letters(head) or opinion_piece(title, head, url, voice=False) is not None


def _refresh(store: Store, story_id: str) -> None:
    """Recompute a story's label, outlets, dates, key entities and syndication groups."""
    from ..dedupe import find_duplicates, syndication_groups

    members = _member_articles(store, story_id)
    links = find_duplicates(members)
    groups = syndication_groups(links, [m.id for m in members])
    outlets = outlet_names(m.display_outlet for m in members)  # "X News" and "X" are one outlet
    group_of = {m: g[0] for g in groups for m in g}
    # counted among the analysed articles, as the brief's independent_sources: an article left unanalysed (another
    # language) is no source, nor is an opinion piece or a page of readers' letters (a voice, see :func:`_a_voice`)
    analysed = [m for m in members if not m.skip_reason]
    heads = {m.id: (m.original or "")[:WIRE_CREDIT_WITHIN] for m in analysed}  # a credit cleaning cut
    reports = [m for m in analysed if not _a_voice(m.title, heads[m.id], m.url)]
    independent = len(set(independent_sources(((m.id, m.outlet, m.text) for m in reports), group_of, heads).values()))
    dates = sorted(m.published[:10] for m in members if m.published)
    read = analysed or members  # another language's title and nouns name nothing
    names = Counter(
        k for m in read for k in {clean_name(t) for t in name_phrases(entity_text(m.title, m.text[:3000]))} if k
    )
    meta = {
        "outlets": outlets,
        "independent_outlets": independent,
        "key_entities": _key_entities(names, len(members)),
        "syndication_groups": [{"articles": g, "evidence": _evidence(links, g)} for g in groups if len(g) > 1],
    }
    with store.transaction() as conn:
        conn.execute(
            "UPDATE stories SET label = ?, meta = ?, size = ?, first_date = ?, last_date = ?,"
            " version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
            (
                _label(read),
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
    return _label_of([m.title or "" for m in members], members[0].text[:80])


def _label_of(titles: list[str], fallback: str) -> str:
    """The most central title, preferring one that states no count (a label is chosen before claims are aligned,
    so it cannot know whether outlets dispute a figure: "14 injured" against "a dozen") and asks no question. A title
    labelled as opinion ("Opinion: ...", "... | Editorial") is no label when a report's title is there: a column argues
    about the story, a label says what happened. First, as for the brief's headline
    (:func:`~storyline.brief.summary.choose_headline`), a title with the fewest of its faults: the outlet's loaded
    words ("... tries a coup by lawsuit"), a writer's advice, a live page's label, a title that tells no event."""
    from ..align.claims import find_figures
    from ..brief.summary import OPINION_TITLE

    titles = [t for t in titles if t]
    if not titles:
        return fallback
    titles = [t for t in titles if not OPINION_TITLE.search(t)] or titles
    # the fewest faults of a headline, which are certain: "two districts" may be no disputed count, "a coup by
    # lawsuit" is one outlet's word
    faults = [_title_faults(t) for t in titles]
    first = [i for i, n in enumerate(faults) if n == min(faults)]
    # not a count, nor a question ("Can Clinton win over minority voters?"): a label says what happened
    pick = [i for i in first if not find_figures(titles[i]) and not titles[i].rstrip().endswith("?")]
    pick = pick or [i for i in first if not find_figures(titles[i])] or first
    if len(titles) <= 2:
        return titles[pick[0]]
    sim = similarity(titles, name_weight=0.0, max_df=1.0)
    return titles[max(pick, key=lambda i: (float(sim[i].sum()), -i))]


def _title_faults(title: str) -> int:
    """How many of the faults that lower a title as the brief's headline ``title`` has (see :func:`_label_of`)."""
    from ..brief.framing import charged_terms
    from ..brief.summary import LIVE_TITLE, _unlabelled, advice, tells_no_event

    live = bool(LIVE_TITLE.match(title)) or _unlabelled(title) != title
    return sum((bool(charged_terms(title)), advice(title) is not None, live, not live and tells_no_event(title)))


def _refresh_joined(store: Store, story_id: str, art: Article, names: dict[str, int], df: dict[str, int]) -> None:
    """A story's summary after ``art`` joined it, from what changed: its outlets, dates, key
    entities (kept counts), syndication (``art`` against the members that share its rarest words)
    and, for small stories, its label. Reads no member's text except copy candidates, and each member's first
    :data:`WIRE_CREDIT_WITHIN` and last 80 characters and first as ingested (a wire's credit)."""
    from ..dedupe import connected_groups, find_duplicates

    row = store.conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
    meta = _meta(row)
    members = store.conn.execute(
        "SELECT a.id, a.outlet, a.source, substr(a.text, 1, ?) || char(10) || substr(a.text, -80), a.skip_reason,"
        " substr(a.original, 1, ?), a.title, a.url FROM story_articles sa"
        " JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? ORDER BY a.id",
        (WIRE_CREDIT_WITHIN, WIRE_CREDIT_WITHIN, story_id),
    ).fetchall()
    size = len(members)
    display = {m[0]: display_outlet(m[1], m[2], m[0]) for m in members}
    old_groups = meta.get("syndication_groups", [])
    evidence = [e for g in old_groups for e in g.get("evidence", [])]
    hits = _copy_candidates(store, story_id, art, df)
    if hits:
        found = find_duplicates([art, *(store.get_article(h) for h in hits)])
        evidence += [lk.to_json() for lk in found if art.id in (lk.a, lk.b) and lk.joins]
    pairs = [(g["articles"][0], x) for g in old_groups for x in g["articles"][1:]]
    pairs += [(e["a"], e["b"]) for e in evidence]
    groups = [kept for g in connected_groups(pairs, display) if (kept := [x for x in g if x in display])]
    group_of = {m: g[0] for g in groups for m in g}
    meta.update(
        outlets=outlet_names(display.values()),
        independent_outlets=len(  # among the analysed articles (see _refresh)
            set(
                independent_sources(
                    ((m[0], m[1], m[3]) for m in members if not m[4] and not _a_voice(m[6], m[5] or "", m[7])),
                    group_of,
                    {m[0]: m[5] or "" for m in members},
                ).values()
            )
        ),
        key_entities=_key_entities(Counter(names), size),
        syndication_groups=[
            {"articles": g, "evidence": sorted((e for e in evidence if e["a"] in g and e["b"] in g), key=_ab)}
            for g in groups
            if len(g) > 1
        ],
    )
    label = row["label"]
    if size <= LABEL_EXACT_MAX:
        titles = store.conn.execute(
            "SELECT a.title FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
            " WHERE sa.story_id = ? AND a.skip_reason IS NULL ORDER BY a.id",
            (story_id,),
        ).fetchall()
        label = _label_of([t[0] or "" for t in titles], art.text[:80])
    day = art.published[:10] if art.published else None
    first = min(x for x in (row["first_date"], day) if x) if (row["first_date"] or day) else None
    last = max(x for x in (row["last_date"], day) if x) if (row["last_date"] or day) else None
    store.conn.execute(
        "UPDATE stories SET label = ?, meta = ?, size = ?, first_date = ?, last_date = ?,"
        " version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
        (label, json.dumps(meta), size, first, last, story_id),
    )


COPY_CANDIDATES = 20


def _ab(link: dict[str, Any]) -> tuple[str, str]:
    return link["a"], link["b"]


def _copy_candidates(store: Store, story_id: str, art: Article, df: dict[str, int]) -> list[str]:
    """Members of the story that may copy ``art``, whole or in a passage: those containing the three
    rarest words of one of its paragraphs (or the four rarest of its text), found with FTS. Words no
    other article has (``df`` 1, e.g. what a copy changed) cannot find a copy and are passed over."""
    from .online import terms

    def rarest(text: str, k: int) -> list[str]:
        return sorted((t for t in terms(text) if df.get(t, 0) > 1), key=lambda t: (df[t], t))[:k]

    clauses = [rarest(art.text, 4)]
    clauses += [rarest(p, 3) for p in art.text.split("\n\n") if len(p.split()) >= 25][:8]
    query = " OR ".join("(" + " AND ".join(f'"{w}"' for w in c) + ")" for c in clauses if c)
    if not query:
        return []
    rows = store.conn.execute(
        "SELECT a.id FROM articles a JOIN story_articles sa ON sa.article_id = a.id"
        " WHERE a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 500)"
        " AND sa.story_id = ? AND a.id != ? ORDER BY a.id LIMIT ?",
        (query, story_id, art.id, COPY_CANDIDATES),
    ).fetchall()
    return [r[0] for r in rows]


def _story_of_copy(
    store: Store, art: Article, df: dict[str, int], params: ClusterParams
) -> tuple[str, str, float] | None:
    """The story of a stored article that ``art`` copies whole (exact or near, as syndication is found), with that
    article and the text similarity, or None. Candidates are the stored articles holding the four rarest words of
    ``art`` that others share (FTS), in stories its date lets it join (a copy published weeks later is a story of
    its own, as in batch)."""
    from ..dedupe import NEAR_COPY, copy_similarity
    from .online import terms

    words = sorted((t for t in terms(art.text) if df.get(t, 0) > 1), key=lambda t: (df[t], t))[:4]
    if not words:
        return None
    rows = store.conn.execute(
        "SELECT a.id, sa.story_id FROM articles a JOIN story_articles sa ON sa.article_id = a.id"
        " WHERE a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 500)"
        " AND a.id != ? ORDER BY a.id LIMIT ?",
        (" AND ".join(f'"{w}"' for w in words), art.id, COPY_CANDIDATES),
    ).fetchall()
    reach = set(_within_reach(store, art, sorted({r[1] for r in rows}), params.max_gap_days, params.max_span_days))
    scored = [(copy_similarity(art.text, store.get_article(i).text), i, sid) for i, sid in rows if sid in reach]
    sim, original, sid = max(scored, key=lambda x: (x[0], x[1]), default=(0.0, "", ""))
    return (sid, original, sim) if sim >= NEAR_COPY else None


def story_labels(store: Store, story_ids: list[str]) -> dict[str, str]:
    """The labels of these stories, by id (those with none left out)."""
    if not story_ids:
        return {}
    rows = store.conn.execute(
        f"SELECT id, label FROM stories WHERE id IN ({','.join('?' * len(story_ids))})", story_ids
    ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows if r[1]}


def _story_row(row: Any) -> dict[str, Any]:
    meta = _meta(row)
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


def check_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """A filter's date range as given, or a QueryError that says what to type (a date that is none, since > until)."""
    since, until = _check_date("since", since), _check_date("until", until)
    if since and until and since[: len(until)] > until:
        raise QueryError(f"since ({since}) is after until ({until}); swap them")
    return since, until


def _check_date(name: str, value: str | None) -> str | None:
    """A filter date as given (YYYY, YYYY-MM or YYYY-MM-DD), or a QueryError that says what to type."""
    from datetime import date

    if not value:
        return None
    value = value.strip()
    ok = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    try:
        if ok:
            date(int(ok.group(1)), int(ok.group(2) or 1), int(ok.group(3) or 1))
    except ValueError:
        ok = None
    if not ok:
        raise QueryError(f"{name} must be a date like 2026-03-04 (or 2026-03, or 2026), not {value!r}")
    return value


def _filters(
    since: str | None,
    until: str | None,
    outlet: str | None,
    entity: str | None,
    text: str | None,
    store: Store | None = None,
    language: str | None = None,
) -> tuple[str, list[Any]]:
    where: list[str] = ["size > 0"]
    args: list[Any] = []
    if language and language.strip():  # stories with an article in this language ("fr", "French", "FR")
        from ..clean.language import normalise_language

        where.append(
            "id IN (SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
            " WHERE a.language = ?)"
        )
        args.append(normalise_language(language.strip()) or language.strip())
    since, until = check_range(since, until)
    # a date range holds the stories known to fall in it: an undated story is in none
    dated, dates = date_range_sql("first_date", "last_date", since, until)
    where += dated
    args += dates
    # an outlet or an entity is matched by its name or a run of its whole words, case and accents aside
    # ("tidewater" finds "Tidewater Courier"), in the story's own lists, never as a pattern
    if outlet and outlet.strip():
        where.append("EXISTS (SELECT 1 FROM json_each(stories.meta, '$.outlets') WHERE names_match(value, ?))")
        args.append(outlet.strip())
    if entity and entity.strip():
        # a key entity of the story, or any person, organisation or place its articles name (once extracted)
        name = clean_name(entity)
        folded = store is not None and store.name_folds  # the stored folded names, compared in SQL
        by_name, name_args = name_match_sql("name", name, folded=folded)
        by_text, text_args = name_match_sql("text", name, folded=folded)
        where.append(
            "(EXISTS (SELECT 1 FROM json_each(stories.meta, '$.key_entities') WHERE names_match(value, ?))"
            " OR id IN (SELECT sa.story_id FROM story_articles sa WHERE sa.article_id IN"
            f" (SELECT article_id FROM mentions WHERE {by_name} OR {by_text})))"
        )
        args += [name, *name_args, *text_args]
    # blank (an empty form box): no filter; text with no letter or digit ('"', "--") matches no word, and is said so
    # as `search` says it, rather than read as no filter (every story listed as if each matched)
    if text and text.strip() and not has_words(text):
        raise QueryError(
            f"the text filter {text!r} has no words to look for; type one or more words, or leave it empty"
        )
    words = [w for w in re.sub(r'["\x00]', " ", text or "").split() if w]
    phrase = store.phrase_match(text) if store is not None and text else None
    if phrase:  # '"Ever Given"': the phrase, as `search` reads it, not its words anywhere
        where.append(
            "id IN (SELECT sa.story_id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " JOIN story_articles sa ON sa.article_id = a.id WHERE articles_fts MATCH ?)"
        )
        args.append(phrase)
    elif words:
        where.append(
            "id IN (SELECT sa.story_id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " JOIN story_articles sa ON sa.article_id = a.id WHERE articles_fts MATCH ?)"
        )
        # as `search` reads the words: accents aside, a name's other spellings ("Havrylenko" finds "Gavrilenko")
        args.append(store.text_match(" ".join(words)) if store is not None else " ".join(f'"{w}"' for w in words))
    return " AND ".join(where), args


STORY_ORDERS = ("newest", "largest")
"""The orders :func:`list_stories` lists in."""


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
    language: str | None = None,
) -> list[dict[str, Any]]:
    """Stories, newest (by last date, then update) or largest first (``order`` "newest" or "largest"), filtered
    (a QueryError for a filter, order, limit or offset that is none)."""
    from ..store.sqlite import check_page

    if order not in STORY_ORDERS:
        raise QueryError(f"order must be one of {', '.join(STORY_ORDERS)}, not {order!r}")
    check_page(limit, offset)
    where, args = _filters(since, until, outlet, entity, text, store, language)
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
    language: str | None = None,
) -> int:
    where, args = _filters(since, until, outlet, entity, text, store, language)
    return int(store.conn.execute(f"SELECT count(*) FROM stories WHERE {where}", args).fetchone()[0])


def get_story(store: Store, story_id: str) -> dict[str, Any]:
    """One story as :func:`list_stories` gives it, with its members: ``article_ids`` (by date), ``reasons`` (why
    each is in it), ``syndication_groups``, ``events`` (joins, moves, splits) and, for a story a rebuild emptied,
    ``merged_into``. A NotFoundError for an unknown id (saying so when it is an article's)."""
    row = store.conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
    if row is None:
        held = story_of_article(store, story_id)
        if held is not None:  # an article's id given for its story's
            raise NotFoundError(
                f"{story_id!r} is an article, not a story; its story is {held}: `storyline story {held}`"
            )
        raise NotFoundError(f"no story {story_id!r}; list them with `storyline stories`")
    out = _story_row(row)
    members = store.conn.execute(
        "SELECT sa.article_id, sa.reason FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
        " WHERE sa.story_id = ? ORDER BY coalesce(a.published, ''), a.rowid",
        (story_id,),
    ).fetchall()
    if "merged_into" in (meta := _meta(row)):
        out["merged_into"] = meta["merged_into"]  # a story a rebuild emptied: where its articles went
    out["article_ids"] = [m[0] for m in members]
    out["reasons"] = {m[0]: m[1] for m in members}
    out["syndication_groups"] = _meta(row).get("syndication_groups", [])
    out["events"] = [
        dict(r)
        for r in store.conn.execute(
            "SELECT kind, article_id, detail, at FROM story_events WHERE story_id = ? ORDER BY id", (story_id,)
        )
    ]
    out["follows"] = _follows(store, story_id)  # the earlier story this one is the sequel of (weeks later)
    linked = {m.group(1) for e in out["events"] if e["kind"] == "followed" and (m := _LINKED.match(e["detail"] or ""))}
    # still its sequels (a rebuild may have emptied one, or linked it elsewhere)
    out["followed_by"] = sorted(later for later in linked if _follows(store, later) == story_id)
    return out


PLACEMENTS_BY_ID = 500
"""Up to this many articles, :func:`article_placements` reads only their rows and their stories (a page of a list);
more, the whole table in one pass."""


def _rows_of(store: Store, select: str, key: str, ids: list[str] | None) -> list[Any]:
    """The rows of ``select`` whose ``key`` is one of ``ids`` (up to :data:`PLACEMENTS_BY_ID`), else all of them."""
    if ids is not None and len(ids) <= PLACEMENTS_BY_ID:
        return store.conn.execute(f"{select} WHERE {key} IN ({','.join('?' * len(ids))})", ids).fetchall()
    return store.conn.execute(select).fetchall()


def article_placements(store: Store, article_ids: list[str] | None = None) -> dict[str, dict[str, str]]:
    """Article id -> its ``story`` and ``syndication_group`` (the smallest article id of the copies of its text in
    the story, as a brief names the group; its own id when nothing copies it), for every article in a story, or for
    those of ``article_ids``: the whole store's article -> story table in one pass."""
    out: dict[str, dict[str, str]] = {}
    for aid, sid in _rows_of(store, "SELECT article_id, story_id FROM story_articles", "article_id", article_ids):
        out[aid] = {"story": sid, "syndication_group": aid}
    stories = None if article_ids is None else sorted({v["story"] for v in out.values()})
    metas = _rows_of(store, "SELECT id, meta FROM stories", "id", stories)
    for sid, meta in metas:
        for group in _meta({"meta": meta}).get("syndication_groups", []):
            members = [str(m) for m in (group.get("articles", []) if isinstance(group, dict) else group)]
            head = min(members, default=None)
            for m in members:
                if m in out and out[m]["story"] == sid and head is not None:
                    out[m]["syndication_group"] = head
    return out


def story_of_article(store: Store, article_id: str) -> str | None:
    """The id of the story the article is in; None when it is in none (not clustered yet, or an earlier version of
    an article a later version replaced: the latest version is the one in a story)."""
    row = store.conn.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
    return str(row[0]) if row else None


def stories_for_article(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The stories the article is in (one at most), as :func:`get_story` gives them."""
    sid = story_of_article(store, article_id)
    return [get_story(store, sid)] if sid else []


UNREAD_MIN_NAMES = 2
"""Distinct names (capitalised words and acronyms, not years) an article in another language must share with a story
to be placed in it. Names are what a text in another language writes as an English one does ("Harrowmere",
"Kellbrook", "OVHA"); its other words are not comparable, and one shared name is a town, not a story."""
UNREAD_SHARE = 0.5
"""The part of the article's names (weighted by their rarity) the story must hold. A German report of a flood names
the dam, the town and the engineer, all in the flood story; a German page that happens to name "Microsoft" and
"Windows" (or "Berlin" and "Deutschland") names a dozen other things the store knows too. On 74 German pages from
trafilatura's evaluation set added to a store of ECB+ (all on other events), the pages placed without this test named
2-4 of a story's names among 6-29 it knew (12-33 %); the flood report three of three."""
UNREAD_MARGIN = 1.5
"""How much more of the names' weight the best story must share than the next one: a town's name shared by its
flood story and its council story places the article in neither unless the flood's own names are there too."""


def unread_names(index: StoryIndex, art: Article) -> dict[str, float]:
    """The names of ``art`` (an article the analysis cannot read) that some clustered article also names, each with
    its inverse document frequency in the story index (``#name`` terms, floor :data:`IDF_MIN_DOCS` articles)."""
    import math

    from ..extract.entities import HONORIFICS
    from .batch import name_tokens
    from .index import IDF_MIN_DOCS

    # not years, nor a title before a name ("Dr. Ilse Marten" in any story naming a doctor): no name of the story
    found = {
        t
        for t in name_tokens(doc_text(art.title, art.text))
        if (not t.startswith("y") or not t[1:].isdigit()) and t not in HONORIFICS
    }
    df = index.frequencies("#" + t for t in found)
    n = max(index.n_docs, IDF_MIN_DOCS)
    return {k: math.log((n + 1) / (d + 1)) + 1.0 for k, d in df.items() if d > 0}


def shared_names_told(text: str, weights: dict[str, float], most: int = 6) -> str:
    """The shared name tokens ``weights`` (lower-case, with their weights) as the names ``text`` writes them: runs of
    capitalised words all of which are shared ("Mirela Danu", "Ostrel Mining Company", not "Company, Mining, Mirela"),
    the weightiest first, each token told once, a sentence's spelling before a dateline's capitals."""
    phrases: dict[str, tuple[float, str]] = {}
    for run in re.finditer(r"[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)*", text):
        words = run.group().split()
        part: list[str] = []
        for word in [*words, ""]:
            if word and word.lower() in weights:
                part.append(word)
                continue
            if part:
                key = " ".join(part).lower()
                if key not in phrases or (phrases[key][1].isupper() and not " ".join(part).isupper()):
                    phrases[key] = (sum(weights[w.lower()] for w in part), " ".join(part))
                part = []
    told: list[str] = []
    covered: set[str] = set()
    for key, (_, phrase) in sorted(phrases.items(), key=lambda kv: (-kv[1][0], kv[0])):
        tokens = set(key.split())
        if tokens <= covered:
            continue
        told.append(phrase)
        covered |= tokens
    told += [w for w in sorted(weights, key=lambda w: (-weights[w], w)) if w not in covered]  # not in a run
    return ", ".join(told[:most])


UNREAD_RETRY = 100
"""Articles in another language left in no story by earlier runs that a run with new articles tries again (the most
recent first): the report of a story in another language often arrives before the story's first English one."""


def _unplaced_unread(store: Store, seen: set[str]) -> list[Article]:
    rows = store.conn.execute(
        "SELECT id FROM articles WHERE skip_reason IS NOT NULL AND trim(text) != ''"
        " AND NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = articles.id)"
        f" AND {latest_version()} ORDER BY rowid DESC LIMIT ?",
        (UNREAD_RETRY + len(seen),),
    ).fetchall()
    return [store.get_article(r[0]) for r in rows if r[0] not in seen][:UNREAD_RETRY]


def _of_its_days(store: Store, day: int, story_id: str) -> bool:
    """Whether a story's dates (first to last) come within :data:`.occasion.OCCASION_DAYS` of ``day``: an undated
    story might."""
    row = store.conn.execute("SELECT first_date, last_date FROM stories WHERE id = ?", (story_id,)).fetchone()
    first, last = (published_day(row[0]), published_day(row[1])) if row else (None, None)
    return first is None or last is None or first - OCCASION_DAYS < day < last + OCCASION_DAYS


def _rivals_by_date(
    store: Store, art: Article, scored: list[tuple[float, str, list[str]]]
) -> list[tuple[float, str, list[str]]]:
    """The stories after the best of ``scored`` that it must outweigh (:data:`UNREAD_MARGIN`) for ``art`` to be placed
    in it. When ``art`` is dated and the best story is of its days, a story days from it is the same cast on another
    occasion (an airline's route launch twelve days before its runway accident names the airline, its chief, its
    airport and its spokesman as a French report of the accident does) and no rival."""
    day = published_day(art.published)
    rivals = scored[1:]
    if day is None or not rivals or not _of_its_days(store, day, scored[0][1]):
        return rivals
    return [r for r in rivals if _of_its_days(store, day, r[1])]


def attach_unread(
    store: Store, index: StoryIndex, articles: list[Article], report: ClusterReport, params: ClusterParams
) -> None:
    """Place each article of ``articles`` that the analysis cannot read (a ``skip_reason``: another language; not an
    empty one) in the story whose names it shares: at least :data:`UNREAD_MIN_NAMES` of them among the story's
    strongest terms, :data:`UNREAD_SHARE` of the weight of the names the store knows it by,
    :data:`UNREAD_MARGIN` times the weight the next story shares (:func:`_rivals_by_date`: of its days, when the
    best is), the story within the article's reach by date. The article stays unanalysed (no claims, quotes or entities; the brief notes it), but the story
    lists it and its outlet: a German report of the flood is coverage of the flood. Those placed leave
    ``report.skipped`` for ``report.attached``."""
    unread = [a for a in articles if a.skip_reason and a.text.strip()]
    if not unread or not index.ready():
        return
    placed: set[str] = set()
    for art in unread:
        names = unread_names(index, art)
        if len(names) < UNREAD_MIN_NAMES:
            continue
        candidates = _within_reach(
            store, art, index.candidates(names, limit=5), params.max_gap_days, params.max_span_days
        )
        scored: list[tuple[float, str, list[str]]] = []
        for sid, state in index.load(candidates).items():
            shared = sorted(k for k in names if k in state["weights"])
            scored.append((sum(names[k] for k in shared), sid, shared))
        scored.sort(key=lambda x: (-x[0], x[1]))
        if not scored or len(scored[0][2]) < UNREAD_MIN_NAMES or scored[0][0] < UNREAD_SHARE * sum(names.values()):
            continue
        rivals = _rivals_by_date(store, art, scored)
        if rivals and scored[0][0] < UNREAD_MARGIN * rivals[0][0]:
            continue
        _, sid, shared = scored[0]
        told = shared_names_told(doc_text(art.title, art.text), {k[1:]: names[k] for k in shared})
        reason = f"not analysed ({art.skip_reason}); placed by the names it shares: {told}"
        with store.transaction() as conn:
            conn.execute(
                "INSERT INTO story_articles(article_id, story_id, similarity, reason) VALUES (?,?,?,?)",
                (art.id, sid, None, reason),
            )
            conn.execute(
                "INSERT INTO story_events(story_id, kind, article_id, detail) VALUES (?,?,?,?)",
                (sid, "joined", art.id, f"names shared: {told}"),
            )
        _refresh(store, sid)
        placed.add(art.id)
        report.attached.append({"article": art.id, "story": sid, "reason": reason})
    report.skipped = [s for s in report.skipped if s["article"] not in placed]


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
    report.skipped = [
        {"article": a.id, "reason": a.skip_reason or "no text"} for a in fresh if a.skip_reason or not a.text.strip()
    ]
    if usable:
        _open_new(store, usable, params, report, previous=old)
    new = {r[0]: r[1] for r in store.conn.execute("SELECT article_id, story_id FROM story_articles")}
    _record_changes(store, old, new)
    for art in usable:
        if old.get(art.id) != new.get(art.id) and new.get(art.id):
            report.place(art, new[art.id], "moved" if old.get(art.id) else "placed", **{"from": old.get(art.id)})
    before, after = set(old.values()), set(new.values())
    report.kept = len(before & after)
    report.new_stories = len(after - before)
    report.merged = len((before - after) & set(old.values()))
    every = {r[0] for r in store.conn.execute("SELECT id FROM stories")}
    _retire(store, old, new, every - after)
    index = StoryIndex(store)
    index.rebuild()
    index.set_last_rowid(int(store.conn.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0]))
    params = params or ClusterParams()
    if usable and params.occasion_floor is not None:  # every story, as each was checked when it was opened or grew
        live = [str(r[0]) for r in store.conn.execute("SELECT id FROM stories WHERE size > 0 ORDER BY first_date, id")]
        _link_sequels(store, index, live, params, report)
    attach_unread(store, index, fresh, report, params)
    return report


def _retire(store: Store, old: dict[str, str], new: dict[str, str], gone: set[str]) -> None:
    """Stories a rebuild left without articles: each says where most of its articles went ("merged into ...", also
    in its ``merged_into``), and claims no outlet, date or copy any more."""
    rows: list[tuple[str, str, str | None, str]] = []
    with store.transaction() as conn:
        for sid in sorted(gone):
            went = Counter(new[a] for a, o in old.items() if o == sid and a in new)
            target = min(went, key=lambda t: (-went[t], t)) if went else None
            meta = {"outlets": [], "independent_outlets": 0, "key_entities": [], "syndication_groups": []}
            if target is not None:
                meta["merged_into"] = target
                rows.append((sid, "merged", None, f"into {target}"))
            conn.execute(
                "UPDATE stories SET meta = ?, size = 0, first_date = NULL, last_date = NULL, version = version + 1,"
                " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
                (json.dumps(meta), sid),
            )
        conn.executemany("INSERT INTO story_events(story_id, kind, article_id, detail) VALUES (?,?,?,?)", rows)


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
