"""Build one story's brief (a JSON-ready dict, schema in docs/brief-schema.md) from its articles and
what extraction found in them. Nothing in a brief is written by storyline: every sentence, quote, fact
and conflict side is a span of a source article, cited by (article, start, end) into its original text.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from ..align import Alignment, Claim, Fact, align, embed_claims, split_claims
from ..align.align import (
    PROGRESS,
    REVISED,
    STOPPED,
    figures_by_unit,
    quotation_only,
    revised_position,
    revision_figures,
    same_day_disputes,
    single_source_figures,
)
from ..align.claims import Figure, correction_notes, find_figures
from ..align.parses import save_parses, stored_parses
from ..clean.dupes import normalise
from ..extract.attribution import source_name
from ..extract.dates import MONTH_NAME, WEEKDAYS, background_clause, planned
from ..extract.entities import OPEN_QUOTES, POSSESSIVE
from ..models import Article, ArticleExtraction, Entity, published_day
from .framing import framing
from .quotes import (
    attribution_conflicts,
    link_wordings,
    quote_ledger,
    same_speaker,
    speaker_key,
    unstamped,
    voiced,
)
from .summary import (
    SummaryOptions,
    build_summary,
    choose_headline,
    column_voice,
    decks,
    earlier,
    fact_coverage,
    opinion_piece,
    readers_letters,
    retracted_figures,
    states,
)

if TYPE_CHECKING:
    from ..store.sqlite import Store

SCHEMA_VERSION = "1.19"
SCHEMA_URL = "docs/brief-schema.md"


@dataclass(frozen=True)
class BriefOptions:
    summary: SummaryOptions = field(default_factory=SummaryOptions)
    max_single_source_per_article: int = 5
    max_entities: int = 60
    sections: tuple[str, ...] = ("entities", "quotes", "facts", "conflicts", "timeline", "framing")
    """Sections to compute besides headline and summary (the NeuS benchmark needs none)."""


def prepare(
    articles: list[Article],
    extractions: dict[str, ArticleExtraction],
    *,
    groups: dict[str, str] | None = None,
    store: Store | None = None,
    embedder: Any = None,
    voices: frozenset[str] = frozenset(),
) -> tuple[Alignment, Any]:
    """Claims, their (stored) embeddings and their alignment; plus the title embeddings. ``voices``: readers'
    letters (see :func:`~storyline.align.align`)."""
    claims = split_claims(articles, extractions)
    if store is not None:  # the parses a brief of these articles made before
        stored_parses(store, [c.text for c in claims])
    vectors = embed_claims(claims, store=store, embedder=embedder)
    titles = [_title_claim(a) for a in articles if a.title and not a.skip_reason]
    title_vectors = embed_claims(titles, store=store, embedder=embedder)
    return align(claims, vectors, groups=groups, voices=voices), title_vectors


def independent_sources(articles: list[Article], groups: dict[str, str]) -> dict[str, str]:
    """Article id -> its independent source (:func:`storyline.extract.attribution.independent_sources`)."""
    from ..extract.attribution import independent_sources as units

    return units(((a.id, a.outlet, a.text) for a in articles), groups, {a.id: a.original or "" for a in articles})


def _title_claim(a: Article) -> Claim:
    s, e = a.title_span or (-1, -1)
    return Claim(index=-1, article=a.id, start=s, end=e, text=a.title or "", position=-1)


def build_brief(
    articles: list[Article],
    extractions: dict[str, ArticleExtraction],
    entities: list[Entity],
    *,
    story: str,
    groups: dict[str, str] | None = None,
    options: BriefOptions | None = None,
    store: Store | None = None,
    embedder: Any = None,
) -> dict[str, Any]:
    """The brief of one story. ``groups`` maps article id -> syndication group (default: one each); facts count
    independent sources by :func:`independent_sources` (an outlet, or a group of copies, counts once)."""
    options = options or BriefOptions()
    # a text one outlet published twice (another headline or URL) is one report: the copy is listed among the
    # articles with the reason, and is no second voice in the summary, facts, quotes, timeline or framing
    twice = same_text_copies([a for a in articles if not a.skip_reason])
    usable = [a for a in articles if not a.skip_reason and a.id not in twice]
    syndicated = {a.id: (groups or {}).get(a.id, a.id) for a in articles}
    units = independent_sources(articles, syndicated)
    # readers' opinions, not what happened; the heading is in the text as ingested (cleaning drops it as a line
    # of page furniture)
    letters = [a.id for a in usable if readers_letters(a.original or "") or readers_letters(a.text or "")]
    # an opinion piece argues: its sentences are the outlet's opinion (still in its framing), no story fact
    # (readers' letters argue in the first person too: they stay letters)
    opinions = {
        a.id: why
        for a in usable
        if (why := opinion_piece(a.title, a.original or a.text or "", a.url, voice=a.id not in letters))
    }
    letters += [a for a in opinions if a not in letters]
    # a column under a news label: its sentences score less in the summary, the reports tell the story first
    columns = {a.id: why for a in usable if a.id not in letters and (why := column_voice(a.original or a.text or ""))}
    al, title_vectors = prepare(
        usable, extractions, groups=units, store=store, embedder=embedder, voices=frozenset(letters)
    )
    retracted = retracted_figures(usable)
    plain_wording(al, retracted)
    brief: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "schema_doc": SCHEMA_URL,
        "story": story,
        "related": [],  # a stored story's sequels and the event it follows: filled when read from the store
        "headline": choose_headline(
            usable, title_vectors, al, options.summary, voices=frozenset(letters), coverage=fact_coverage(al)
        ),
        "articles": [
            _article_json(
                a,
                syndicated,
                twice.get(a.id),
                "opinion" if a.id in opinions else "letters" if a.id in letters else "report",
            )
            for a in articles
        ],
        "summary": _mark_cut(
            build_summary(
                al,
                title_vectors,
                options.summary,
                voices=frozenset(letters),
                retracted=retracted,
                corrected=_corrected_sides(al.conflicts, {a.id: a for a in usable}),
                deck=frozenset(decks(usable, al)),
                early=frozenset(earlier(usable, [al.groups.get(a.id, a.id) for a in usable])),
                columns=frozenset(columns),
            ),
            {a.id: a for a in usable},
        ),
    }
    if options.sections:
        _sections(brief, usable, extractions, entities, al, title_vectors, options, embedder=embedder)
    _cite_copies_once(brief, usable, syndicated)
    brief["sources"] = _sources(articles, syndicated)
    # the story's reports: an opinion piece or a letters page is a voice (the notes and the articles' kind say so)
    brief["independent_sources"] = len({units[a.id] for a in usable if a.id not in letters})
    brief["notes"] = (
        _notes(articles, extractions, al)
        + [
            f"article {a.id} ({a.outlet or a.title or a.source}) is an opinion piece: {opinions[a.id]}; its sentences are"
            " no source of a fact, no side of a conflict and no summary sentence"
            for a in usable
            if a.id in opinions
        ]
        + [
            f"article {a.id} ({a.outlet or a.title or a.source}) reads as a column: {columns[a.id]} in its own words;"
            " its sentences score less as summary sentences"
            for a in usable
            if a.id in columns
        ]
        + [
            f"article {a.id} ({a.title or a.source}) is the same text as {twice[a.id].id}"
            f" ({twice[a.id].title or twice[a.id].source}) from the same outlet, {a.outlet}: one report, cited once"
            for a in articles
            if a.id in twice
        ]
    )
    if options.sections and brief.get("unlisted_facts"):
        reasons = Counter(str(u["why"]) for u in brief["unlisted_facts"])
        brief["notes"].append(
            f"{len(brief['unlisted_facts'])} fact(s) of the alignment are not listed in `facts` (its ids skip them) but"
            " in `unlisted_facts`, each with its sentence and why: "
            + "; ".join(f"{n} {reason}" for reason, n in reasons.most_common())
        )
    if options.sections:
        ids = {a.id for a in usable}
        unvoiced = sum(1 for ext in extractions.values() for q in ext.quotes if q.article in ids and not voiced(q))
        if unvoiced:
            brief["notes"].append(
                f"{unvoiced} reported statement(s) whose speaker is not named are not in the quote ledger"
            )
    if store is not None:  # the sentences parsed for this brief, for the next one
        save_parses(store)
    return brief


def plain_wording(al: Alignment, retracted: list[tuple[frozenset[float], frozenset[str]]]) -> None:
    """Word a fact by another of its sentences when its wording gives a figure an outlet's correction note retracts
    ("Ruel, 34, ..." where a note says "gave her age as 34. She is 36.") or the outlet's loaded terms ("pardoned the
    convicted spy ... in a humanitarian gesture") and another source's sentence says the same plainly: one that
    states it (:func:`~storyline.brief.summary.states`), on the same side of its conflicts, without either. The most
    central such sentence words it; with none, the wording stays."""
    from .framing import charged_terms
    from .summary import _states_retracted

    def marked(c: Claim) -> bool:
        return bool(charged_terms(c.text)) or any(_states_retracted(c, v, w) for v, w in retracted)

    position = {id(c): k for k, c in enumerate(al.claims)}
    for f in al.facts:
        rep = f.representative
        if len(f.claims) < 2 or not marked(rep):
            continue
        at = position[id(rep)]
        # a retracted figure is no count to keep: the plain sentence gives the corrected one or none
        counts = not any(_states_retracted(rep, v, w) for v, w in retracted)
        plain = [
            c
            for c in f.claims
            if c is not rep
            and id(c) not in f.against
            and id(c) not in al.beaten
            and not marked(c)
            and states(al, at, c, position, counts=counts)
        ]
        if plain:
            f.representative = max(plain, key=lambda c: float(al.centrality[position[id(c)]]))


def same_text_copies(articles: list[Article]) -> dict[str, Article]:
    """The articles whose text one outlet already published in an earlier article of the list, word for word (the
    same report under another headline or URL, which ingest reports as a duplicate), each mapped to that first
    article. Copies carried by other outlets are not among them: another outlet's copy is its own publication."""
    first: dict[tuple[str, str], Article] = {}
    copies = {}
    for a in articles:
        if (a.outlet or "").strip():
            seen = first.setdefault((source_name(a.outlet or ""), " ".join(a.text.split())), a)
            if seen is not a:
                copies[a.id] = seen
    return copies


def _cite_copies_once(brief: dict[str, Any], articles: list[Article], groups: dict[str, str]) -> None:
    """One citation for a sentence that one outlet published twice in one group of copies (a same-text copy is out
    of the analysis already, :func:`same_text_copies`; this takes the near copies' shared sentences): a summary
    sentence or a fact cites the first of them, not "Outlet (1)" and "Outlet (2)" as if they were two reports.
    Copies carried by other outlets stay cited."""
    by_id = {a.id: a for a in articles}

    def key(span: dict[str, Any]) -> tuple[str, str, str] | None:
        a = by_id.get(span.get("article", ""))
        if a is None or not (a.outlet or "").strip() or span.get("start") is None:
            return None
        return (
            source_name(a.outlet or ""),
            groups.get(a.id, a.id),
            " ".join(a.original[span["start"] : span["end"]].split()),
        )

    def once(spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
        seen: set[tuple[str, str, str]] = set()
        out = []
        for span in spans:
            k = key(span)
            if k is not None and k in seen:
                continue
            if k is not None:
                seen.add(k)
            out.append(span)
        return out

    for sentence in brief.get("summary", []):
        sentence["citations"] = once(sentence["citations"])
    for fact in brief.get("facts", []):
        fact["sources"] = once(fact["sources"])


SENTENCE_END = ".!?\"'\u201d\u2019)]\u2026"


def _mark_cut(summary: list[dict[str, Any]], by_id: dict[str, Article]) -> list[dict[str, Any]]:
    """A summary sentence that ends its article with no full stop was cut off with the text (a lead clipped by the
    feed: "... into whether the oil"): ``cut`` says so, and the Markdown and HTML show an ellipsis after it."""
    for sentence in summary:
        own = sentence["citations"][0]
        art = by_id.get(own["article"])
        if art is not None and own["end"] is not None:
            text = art.original
            ending = text[own["start"] : own["end"]].rstrip()
            sentence["cut"] = not text[own["end"] :].strip() and bool(ending) and ending[-1] not in SENTENCE_END
    return summary


def _sections(
    brief: dict[str, Any],
    articles: list[Article],
    extractions: dict[str, ArticleExtraction],
    entities: list[Entity],
    al: Alignment,
    title_vectors: Any,
    options: BriefOptions,
    *,
    embedder: Any = None,
) -> None:
    by_id = {a.id: a for a in articles}
    # a live blog's stamp is no part of a quote or its speaker ("Tue 10 Nov 2026 11:45 — Brisvale denied ...")
    quotes = [unstamped(q, by_id[q.article]) for ext in extractions.values() for q in ext.quotes if q.article in by_id]
    rename = _speaker_names(entities)
    ledger = _one_name_a_speaker(quote_ledger(quotes, by_id), rename)
    # one speaker's statement in two outlets' words (two translations): one row, the other wording a variant
    ledger = link_wordings(ledger, lambda texts: _embed_texts(texts, embedder))
    conflicts = [_conflict_json(k, c, by_id) for k, c in enumerate(al.conflicts)]
    people = {speaker_key(n) for e in entities if e.type == "PERSON" for n in (e.name, *e.variants)}
    attributed = []
    texts = {a.id: a.original or a.text for a in articles}
    for extra in attribution_conflicts(ledger, people or None, al.groups, texts):  # no people found: no restriction
        attributed.append({"id": f"c{len(conflicts)}", **extra, "revised_by": []})
        conflicts.append(attributed[-1])
    named = [e for e in entities if not _common_word(e, by_id)]
    brief["entities"] = [_entity_json(e) for e in _top_entities(named, options.max_entities)]
    brief["quotes"] = ledger
    unlisted: list[dict[str, Any]] = []
    brief["facts"] = _facts_json(al, options, unlisted)
    brief["unlisted_facts"] = sorted(unlisted, key=lambda u: (u["article"], u["start"]))
    _link_attributions(attributed, brief["facts"], brief["summary"], al.groups)
    brief["conflicts"] = conflicts
    brief["omissions"] = _omissions_json(al, by_id)
    voices = frozenset(a["id"] for a in brief["articles"] if a.get("kind", "report") != "report")
    brief["timeline"] = _timeline(articles, extractions, al, voices=voices)
    _only_listed_facts(brief)
    titled = [a.id for a in articles if a.title]
    # the framing's voices under the ledger's names ("Brisvale" is Brisvale Nutrition in both)
    brief["framing"] = framing(articles, al, quotes, entities, title_vectors, titled, rename=rename)


def _embed_texts(texts: list[str], embedder: Any = None) -> Any:
    """Unit sentence embeddings of ``texts`` (the brief's model, loaded only when asked)."""
    if embedder is None:
        from ..nlp import load_embedder

        embedder = load_embedder()
    return embedder.encode(texts, convert_to_numpy=True, normalize_embeddings=True)


def _one_name_a_speaker(
    ledger: list[dict[str, Any]], rename: Callable[[str | None], str | None]
) -> list[dict[str, Any]]:
    """Each speaker of the ledger under the name the story's entity list gives them (:func:`_speaker_names`)."""
    for row in ledger:
        row["speaker"] = rename(row["speaker"])
        if row.get("via"):
            row["via"]["speaker"] = rename(row["via"]["speaker"])
        for other in row["also_in"]:
            other["speaker"] = rename(other["speaker"])
    return ledger


def _speaker_names(entities: list[Entity]) -> Callable[[str | None], str | None]:
    """A speaker's name as the story's entity list gives it: an article that names someone only by surname ("Mr.
    Kasich", "Rubio") has the quote under that surname, while the entity list has "John Kasich". A form is renamed
    when it is one of a person's variants (or an organisation's: "Brisvale" for Brisvale Nutrition), or a surname
    (bare or after a title) that one person of the story has; not "Mrs. Trump" when the story names only Donald
    Trump."""
    from ..extract.resolve import person_form

    people = [e for e in entities if e.type == "PERSON"]
    names: dict[str, str] = {}
    for e in people:
        for form in (e.name, *e.variants):
            names.setdefault(speaker_key(form), e.name)
    for e in entities:  # "Brisvale" for the company the story names in full, Brisvale Nutrition
        if e.type == "ORG":
            for form in e.variants:
                names.setdefault(speaker_key(form), e.name)
    surnames: dict[str, set[str]] = {}
    for e in people:
        if len(e.name.split()) >= 2:
            surnames.setdefault(speaker_key(e.name.split()[-1]), set()).add(e.name)

    def renamed(name: str | None) -> str | None:
        if not name:
            return name
        if (known := names.get(speaker_key(name))) is not None:
            return known
        words = speaker_key(name).split()
        if len(words) > 2 or (len(words) == 2 and words[0] in {"mrs", "ms", "miss"}):
            return name  # "Mrs. Trump": not the one man of that name the story has
        owners = surnames.get(speaker_key(person_form(name)), set())
        return next(iter(owners)) if len(owners) == 1 else name

    return renamed


def _only_listed_facts(brief: dict[str, Any]) -> None:
    """Omissions and timeline entries name only facts the brief lists (a fact left out of ``facts`` as too short or
    repeated is not referred to)."""
    listed = {f["id"] for f in brief["facts"]}
    for entry in brief["timeline"]:
        if entry.get("fact") not in listed:
            entry["fact"] = None
    for o in brief["omissions"]:
        o["facts"] = [f for f in o["facts"] if f in listed]
    brief["omissions"] = [o for o in brief["omissions"] if o["facts"]]


def _overlaps(span: dict[str, Any], side: dict[str, Any]) -> bool:
    return bool(
        span["article"] == side["article"]
        and span.get("start") is not None
        and span["start"] < side["end"]
        and side["start"] < span["end"]
    )


def _link_attributions(
    attributed: list[dict[str, Any]],
    facts: list[dict[str, Any]],
    summary: list[dict[str, Any]],
    groups: dict[str, str],
) -> None:
    """The same words given to different people is a dispute over who said them: a fact holding one of the
    quotations is conflicting, lists the conflict and is worded as most outlets give it (Holt's words, not
    Strand's, when two outlets say Holt and one Strand); a summary sentence that gives the words to one speaker
    lists it too and never cites, as support, an outlet that gives them to another."""
    for c in attributed:
        backing: dict[str, set[str]] = {}  # each speaker (one spelling) -> the independent sources naming them
        for side in c["sides"]:
            name = next((n for n in backing if same_speaker(n, side["speaker"])), side["speaker"])
            backing.setdefault(name, set()).add(groups.get(side["article"], side["article"]))
        sizes = sorted((len(v) for v in backing.values()), reverse=True)
        leader = max(backing, key=lambda k: len(backing[k])) if sizes[0] > sizes[1] else None
        for fact in facts:
            if not any(_overlaps(src, side) for src in fact["sources"] for side in c["sides"]):
                continue
            fact["status"] = "conflicting"
            if c["id"] not in fact["conflicts"]:
                fact["conflicts"].append(c["id"])
            led = [
                s
                for s in fact["sources"]
                for x in c["sides"]
                if leader and same_speaker(x["speaker"], leader) and _overlaps(s, x)
            ]
            if led and all(s["text"] != fact["text"] for s in led):
                fact["text"] = led[0]["text"]
        for sentence in summary:
            own = next((side for side in c["sides"] if _overlaps(sentence["citations"][0], side)), None)
            if own is None:
                continue
            others = [side for side in c["sides"] if not same_speaker(side["speaker"], own["speaker"])]
            sentence["citations"] = [sentence["citations"][0]] + [
                x for x in sentence["citations"][1:] if not any(_overlaps(x, side) for side in others)
            ]
            if c["id"] not in sentence["conflicts"]:
                sentence["conflicts"].append(c["id"])


def _article_json(
    a: Article, groups: dict[str, str], copy_of: Article | None = None, kind: str = "report"
) -> dict[str, Any]:
    return {
        "id": a.id,
        "source": a.source,
        "title": a.title,
        "outlet": a.display_outlet,
        "outlet_known": bool(a.outlet),
        "url": a.url,
        "published": a.published,
        "syndication_group": groups.get(a.id, a.id),
        "record_id": a.extra.get("record_id") if a.extra else None,
        "skipped": a.skip_reason
        or (f"the same text as {copy_of.id} from the same outlet: one report, cited once" if copy_of else None),
        "kind": kind,
    }


def _possessive(text: str) -> int:
    """How many characters of a possessive ending ("North Korea's", "Jones'") a mention's text has."""
    m = POSSESSIVE.search(text)
    return len(m.group(0)) if m and len(text) > len(m.group(0)) + 1 else 0


def _entity_json(e: Entity) -> dict[str, Any]:
    return {
        "name": e.name,
        "type": e.type,
        "variants": list(e.variants),
        "roles": list(e.roles),
        "articles": list(e.articles),
        "mentions": len(e.mentions),
        "spans": [
            {"article": m.span.article, "start": m.span.start, "end": m.span.end - _possessive(m.span.text)}
            for m in sorted(e.mentions, key=lambda m: (m.span.article, m.span.start))
        ],
    }


def _common_word(e: Entity, by_id: dict[str, Article]) -> bool:
    """A one-word "name" the story writes capitalised only where a sentence opens, and in lower case elsewhere: a
    common word the tagger took for a name ("Commuters crowded the tram stops" beside "leaving commuters to crowd")."""
    if " " in e.name or not e.name.isalpha() or e.name.isupper() or e.type in {"PERSON", "GPE", "LOC"}:
        return False
    for m in e.mentions:
        text = by_id[m.span.article].original if m.span.article in by_id else ""
        if text[m.span.start : m.span.end] != m.span.text or " " in m.span.text:
            return False
        before = text[: m.span.start].rstrip(" \t").rstrip(OPEN_QUOTES).rstrip(" \t")
        if before and before[-1] not in ".!?\n":
            return False  # capitalised inside a sentence: written as a name
    low = re.compile(rf"\b{re.escape(e.name.lower())}\b")
    return any(low.search(a.original) for a in by_id.values())


def _top_entities(entities: list[Entity], limit: int) -> list[Entity]:
    return sorted(entities, key=lambda e: (-len(set(e.articles)), -len(e.mentions), e.name))[:limit]


def _span(c: Claim) -> dict[str, Any]:
    return {"article": c.article, "start": c.start, "end": c.end, "text": c.text}


UNLISTED_WHY = {
    "voice": "only an opinion piece or readers' letters say it",
    "no claim": "too short or only a date line: no claim",
    "repeat": "the same words as a listed fact",
    "plain": "single-source, with no figure, date or name",
    "short": "single-source, under 6 words",
    "quoted": "single-source, mostly quotation",
    "limit": "single-source, beyond the {n} listed for its article",
}
"""Why a fact of the alignment is not in ``facts`` (``unlisted_facts[].why``)."""


def _facts_json(
    al: Alignment, options: BriefOptions, unlisted: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Corroborated and conflicting facts, then the most salient single-source ones per article. The others go to
    ``unlisted``, each with its sentence and why (:data:`UNLISTED_WHY`): a fact's id is its place in the alignment,
    so the ids of ``facts`` have gaps, and every sentence a reader looks for is in one list or the other."""
    ranked = sorted(range(len(al.facts)), key=lambda i: (-al.facts[i].independent_sources, -al.facts[i].centrality))
    out: list[dict[str, Any]] = []
    per_article: dict[str, int] = {}
    story_figures = figures_by_unit(al.claims, al.groups)
    listed: set[str] = set()
    position = {id(c): k for k, c in enumerate(al.claims)}

    def leave(i: int, why: str) -> None:
        if unlisted is not None:
            reason = UNLISTED_WHY[why].format(n=options.max_single_source_per_article)
            rep = al.facts[i].representative
            # the fact's other sentences (another article of the same source): in this list too, with it
            also = [_span(c) for c in al.facts[i].claims if c is not rep]
            unlisted.append({"id": f"f{i}", **_span(rep), "why": reason} | ({"also": also} if also else {}))

    for i in ranked:
        f = al.facts[i]
        if not f.independent_sources:
            leave(i, "voice")
            continue  # only readers' letters say it
        if (f.representative.words < 4 and not _short_claim(f.representative)) or _timestamp(f.representative.text):
            leave(i, "no claim")
            continue  # "Mar 4, 2009", "By Jane Roe", "Friday August 2, 2013 @ 8:13am PDT": no claim
        said = normalise(f.representative.text)
        if said in listed:
            leave(i, "repeat")
            continue  # a live blog repeating its own line ("It takes 2,383 to win."): listed once
        listed.add(said)
        if f.status == "single-source":
            rep = f.representative
            # a fact of one source's two articles is worth listing when either sentence is (a denial with a figure
            # merged with one without): "with no figure, date or name" is then said of none of them
            salient = any(
                bool(c.figures or c.dates or c.entities or CODE.search(c.text))
                and c.words >= 6
                and not quotation_only(c)
                for c in f.claims
            )
            # one sentence copied word for word into several sources' reports is one source, and still a sentence
            # each of them published: listed, so that none of its sentences is left out of both lists
            carried = len({al.groups.get(c.article, c.article) for c in f.claims}) > 1
            n = per_article.get(rep.article, 0)
            if not carried and (not salient or n >= options.max_single_source_per_article):
                plain = "short" if rep.words < 6 else "quoted" if quotation_only(rep) else "plain"
                leave(i, plain if not salient else "limit")
                continue
            per_article[rep.article] = n + int(not carried)
        at = position[id(f.representative)]
        # a count no other source gives is shown as a single-source detail: the claim is still stated
        stating = {id(c) for c in f.claims if id(c) not in f.against and states(al, at, c, position, counts=False)}
        disputed = {key for k in f.conflicts for key in al.conflicts[k].disputed}
        # sentences copied word for word between otherwise independent reports: one source between them
        copied = {
            id(c) for c in f.claims if id(c) in al.copies and sum(al.source(x) == al.source(c) for x in f.claims) > 1
        }
        # the one sentence otherwise independent reports share (a line of a statement each printed): each its own
        # source, the shared wording noted
        lines = {id(c) for c in f.claims if id(c) in al.shared_lines}
        if len({al.source(c) for c in f.claims if id(c) in lines}) < 2:
            lines = set()
        out.append(
            {
                "id": f"f{i}",
                "text": f.representative.text,
                "status": f.status,
                "independent_sources": f.independent_sources,
                "same_wording_sources": min(
                    f.independent_sources, len({al.source(c) for c in f.claims if id(c) in stating})
                ),
                "sources": [
                    (_fact_source(c, disputed) if disputed else _span(c))
                    | {"wording": "same" if id(c) in stating else "other"}
                    | ({"copied": True} if id(c) in copied else {})
                    | ({"shared_line": True} if id(c) in lines else {})
                    for c in f.claims
                    if id(c) not in f.against  # the other side of its conflict: in the conflict, not a source
                ]
                # the clauses of other sources' longer sentences that state it: their spans, each sentence listed as
                # its own fact's
                + [_span(c) | {"wording": "other", "clause": True} for c in f.clauses],
                "conflicts": [f"c{k}" for k in f.conflicts],
            }
            # the fact's sentences on the other side of its conflict: sides of the conflict, no source of the fact,
            # and still in the fact's entry, so that every sentence is in one list or the other
            | ({"against": [_span(c) for c in f.claims if id(c) in f.against]} if f.against else {})
            | _single_source(f, al.groups, story_figures)
        )
    return out


def _single_source(
    f: Fact, groups: dict[str, str], story_figures: dict[str, list[tuple[str, Claim]]]
) -> dict[str, Any]:
    """``single_source_details``: the figures of the fact's wording that no other independent source gives; and, when
    it gives any, ``single_source_articles``: the articles of its one source whose sentences of the fact give them
    too, its wording's first: a wire text and its copies are one source, named as all of them (not as the copy whose
    sentence words the fact)."""
    rep = f.representative
    details = single_source_figures(f, groups, story_figures)
    own = groups.get(rep.article, rep.article)
    giving = [
        c.article
        for c in [rep, *f.claims]
        if groups.get(c.article, c.article) == own
        and id(c) not in f.against
        and all(any(x.agrees(y) for y in c.figures) for x in details)
    ]
    out: dict[str, Any] = {"single_source_details": [_figure_span(rep, x) for x in details]}
    return out | ({"single_source_articles": list(dict.fromkeys(giving))} if details else {})


_STAMP_WORDS = re.compile(
    r"(?i)^(?:posted|published|updated|last|modified|on|at|by|am|pm|a\.m|p\.m|[ecmp][sd]?t|gmt|utc|bst|cet|cest|today)$"
)


CODE = re.compile(r"\b[A-Z]{1,4}-?\d{3,}[A-Z]?\b")
"""A lot, product, flight or case code ("TM-4471", "QF512"): a detail as particular as a name or a figure, though
neither the entity list nor the figures hold it."""


def _short_claim(c: Claim) -> bool:
    """A sentence of a few words that still states something: a clause (a subject and its verb) with a figure, "He was
    77.", "Three died.": an obituary's age, which every outlet gives and a reader checks first. Not "Chapter 3." nor
    "Page 2 of 3" (no verb)."""
    if not c.figures:
        return False
    from ..align.parses import parsed

    doc = parsed(c.text)
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") for t in doc)


def _timestamp(text: str) -> bool:
    """A line that only dates the page ("Friday August 2, 2013 @ 8: 13am PDT", "Posted Dec 23, 2012")."""
    words = [w.rstrip(".") for w in re.findall(r"[A-Za-z][A-Za-z.]*", text)]
    return bool(re.search(r"\d", text)) and all(
        _STAMP_WORDS.match(w) or w.lower() in WEEKDAYS or MONTH_NAME.fullmatch(w) for w in words
    )


def _fact_source(c: Claim, disputed: set[tuple[float, str]]) -> dict[str, Any]:
    """A source of a fact with a figure conflict, with the disputed figures it gives ("12 passengers"): a revision's
    own figure, not the earlier one it names ("27 miners", not "the 23 it first reported")."""
    told = revision_figures(c) or c.figures
    return _span(c) | {"figures": [_figure_span(c, f) for f in told if (f.value, f.unit) in disputed]}


_UNIT_TAIL = re.compile(r"\s+(?:metres?|meters?|miles?|kilometres?|kilometers?|feet|foot|yards?|tonnes?|tons?)\b")
"""The word that completes a unit the figure finder stops early on ("4,000 cubic" + "metres")."""


def _figure_span(claim: Claim, fig: Figure) -> dict[str, Any]:
    s, e = fig.start - claim.start, fig.end - claim.start
    tail = _UNIT_TAIL.match(claim.text, e)
    if tail and fig.unit in ("cubic", "square", "metric", "nautical"):
        e = tail.end()
    return {"article": claim.article, "start": claim.start + s, "end": claim.start + e, "text": claim.text[s:e]}


def _conflict_json(k: int, c: Any, by_id: dict[str, Article]) -> dict[str, Any]:
    detail = c.detail
    # a count, or a state that stopped ("are no longer being diverted"), reported days apart may have changed
    stopped = c.kind == "negation" and any(STOPPED.search(x.text) for x in c.sides)
    days = _days_apart(c, by_id) if c.kind == "figure" or stopped else 0
    # the sides whose own words revise the figure ("revising upward the 23 it first reported"); another outlet that
    # only gives the revised figure ("trapping 27 miners") takes the revised position but revises nothing
    revised = revised_position(c)
    revising = [x for x in revised if REVISED.search(x.text)]
    if revising:
        # a later report that revises the figure ("fewer than first reported"): an update, not a disagreement
        said = next(m.group(0) for m in (REVISED.search(x.text) for x in revising) if m)
        who = sorted({by_id[x.article].display_outlet if x.article in by_id else x.article for x in revising})
        give = f"{', '.join(who)} give{'s' if len(who) == 1 else ''}"
        if PROGRESS.fullmatch(said):
            # "70 percent ... had been restored" / "nearly all ... had been restored": progress, not a dispute
            detail += f'; a share that grows over time: {give} the latest ("{said}")'
        else:
            detail += f'; {give} the figure as revised ("{said}")'
        # "published a day apart": the earlier figures were those known then, superseded rather than disputed (two
        # earlier reports that differ between themselves on one day do not make the revision's day the same)
        if days := _days_apart(c, by_id, revised=revised):
            # the earlier figure may have been told on several days before the revision ("30 percent" in the release
            # of 2 Nov and a report of 3 Nov, revised on 4 Nov): the span, not only the nearest
            widest = _days_apart(c, by_id, revised=revised, widest=True)
            span = f"{days} to {widest} days" if widest > days else f"{days} day{'s' if days > 1 else ''}"
            detail += f"; the articles were published {span} apart: {SUPERSEDED}"
            detail += _earlier_disputes(c, max(str(x.published) for x in revised))
    elif revised and (
        days := _days_apart(c, by_id, revised=revised) or _days_apart(c, by_id, revised=revised, latest=True)
    ):
        # a figure told day by day ("40% contained" on Tuesday, "65%" on Wednesday, "80%" on Thursday): the latest
        # day's is the figure known now, the earlier ones were those known then (see align.latest_told); the reports
        # of that latest day give it, an earlier report of the same figure is one of the earlier ones
        # (a report of the latest figure on the day another was told, "3 dead" and "2 dead" both of Tuesday, "3" again
        # on Wednesday: Wednesday's report gives the latest, a day after the other figure)
        first = not _days_apart(c, by_id, revised=revised)
        latest = _latest_day(revised) if first else revised
        who = sorted({by_id[x.article].display_outlet if x.article in by_id else x.article for x in latest})
        widest = _days_apart(c, by_id, revised=revised, latest=first, widest=True)
        span = f"{days} to {widest} days" if widest > days else f"{days} day{'s' if days > 1 else ''}"
        day = max(str(x.published) for x in latest)
        detail += (
            f"; a figure told day by day: {', '.join(who)} give{'s' if len(who) == 1 else ''} the latest"
            f" ({day}); the articles were published {span} apart: {SUPERSEDED}"
        )
        detail += _earlier_disputes(c, day)
    elif notes := _correcting_notes(c, by_id):
        # an outlet's own correction note names the figure it gave before and the one it gives now ("An earlier
        # version of this story gave Ruel's age as 34. She is 36."): the other figure is the one corrected
        who = sorted({by_id[a].display_outlet for a, _s, _e in notes})
        detail += f"; {', '.join(who)} corrected the figure in a correction note"
    elif days:
        # a count reported days apart (delegates won, registered voters, a death toll) may have changed
        what = "the figure" if c.kind == "figure" else "it"
        detail += f"; the articles were published {days} day{'s' if days > 1 else ''} apart: {what} may have changed"
    elif c.kind == "figure" and len({str(x.published) for x in c.sides}) > 1 and (held := same_day_disputes(c)):
        # estimates told over several days, of which the latest day's still differ (the railroad's 4,000 gallons
        # beside the state's 15,000 on the last day): a dispute still on, not one figure told day by day
        last_day, told = held[-1]
        if last_day == max(str(x.published) for x in c.sides):
            detail += f"; still disputed on {last_day} ({' vs '.join(told)})"
            detail += "".join(f"; {who} gave {before}, then {after}" for who, before, after in _changed_holders(c))
    out = {
        "id": f"c{k}",
        "kind": c.kind,
        "topic": c.topic,
        "detail": detail,
        "sides": [{**_span(s), "presented_as": s.modality} for s in c.sides],
        "revised_by": [{"article": s.article, "start": s.start, "end": s.end} for s in revising]
        or [{"article": a, "start": s, "end": e} for a, s, e in _correcting_notes(c, by_id)],
    }
    if SUPERSEDED in detail and not out["revised_by"]:
        # a figure told day by day, the earlier one superseded: a revision wherever it is marked ("a figure revised:
        # see c0"), not "disputed"
        out["superseded"] = True
    return out


SUPERSEDED = "the earlier figure was superseded, not disputed"


def _changed_holders(c: Any) -> list[tuple[str, str, str]]:
    """(who, the earlier figure with its day, the later one with its day) of each name that every side giving two of
    the figure conflict's figures names, the one figure told only on days before the other: one holder's revision
    inside a dispute ("Calder Environmental Protection Office gave 12,000 (2026-03-05), then 15,000 (2026-03-06)")."""
    by_value: dict[tuple[float, str], list[Any]] = {}
    for side in c.sides:
        for key in side.figure_keys() & c.disputed:
            by_value.setdefault(key, []).append(side)

    def names(side: Any) -> set[str]:
        return {n for n in side.speakers if n} | {side.names.get(e, e) for e in side.orgs | side.people}

    out = []
    for (x, xs), (y, ys) in itertools.combinations(sorted(by_value.items()), 2):
        days_x, days_y = {str(s.published) for s in xs}, {str(s.published) for s in ys}
        if max(days_x) < min(days_y):
            early, late = (x, xs, days_x), (y, ys, days_y)
        elif max(days_y) < min(days_x):
            early, late = (y, ys, days_y), (x, xs, days_x)
        else:
            continue
        held = set.intersection(*(names(s) for s in xs + ys))
        shown = [
            f"{f.qualifier} {f.shown} ({min(days)})".strip()
            for key, sides, days in (early, late)
            for f in sides[0].figures
            if (f.value, f.unit) == key
        ]
        out += [(who, shown[0], shown[1]) for who in sorted(held) if len(shown) == 2]
    return out


def _earlier_disputes(c: Any, day: str) -> str:
    """The disagreements of the days before ``day`` (the latest or revised figure's) inside a figure conflict: two
    figures of one earlier day ("46" and "61" homes of Tuesday, police's four dead and the hospital's five of Sunday)
    were a dispute then, which a later report's figure supersedes but does not undo."""
    return "".join(
        f"; on {earlier} the reports disagreed ({' vs '.join(told)})"
        for earlier, told in same_day_disputes(c)
        if earlier < day
    )


def _corrected_sides(conflicts: list[Any], by_id: dict[str, Article]) -> frozenset[int]:
    """Ids of the sides of figure conflicts that an outlet's own correction note gives as the figure now
    (:func:`_correcting_notes`: "Ruel, 36, ..." beside "An earlier version of this story gave Ruel's age as 34. She is
    36."): what the summary may state though more outlets gave the figure the note corrects."""
    return frozenset(
        id(side)
        for c in conflicts
        for article, _s, _e in _correcting_notes(c, by_id)
        for side in c.sides
        if side.article == article
    )


def _correcting_notes(c: Any, by_id: dict[str, Article]) -> list[tuple[str, int, int]]:
    """The correction notes (article, start, end) of a figure conflict's sides' articles that give both the side's own
    figure and another side's, by value: "An earlier version of this story gave Ruel's age as 34. She is 36." beside
    "Ruel, 36, ..." against others' "Ruel, 34, ...". A note that gives one of them only corrects something else."""
    if c.kind != "figure" or not c.disputed:
        return []
    values = {value for value, _unit in c.disputed}
    out: list[tuple[str, int, int]] = []
    for side in c.sides:
        article = by_id.get(side.article)
        own = {f.value for f in side.figures} & values
        if article is None or article.skip_reason or not own:
            continue
        for s, e in correction_notes(article):
            told = {f.value for f in find_figures(article.original[s:e])}
            if own & told and (told & values) - own and (side.article, s, e) not in out:
                out.append((side.article, s, e))
    return out


def _latest_day(sides: list[Claim]) -> list[Claim]:
    """The sides published on the latest day any of them was (``Claim.published``)."""
    day = max(str(x.published or "") for x in sides)
    return [x for x in sides if str(x.published or "") == day]


def _days_apart(
    c: Any, by_id: dict[str, Article], *, revised: list[Any] | None = None, latest: bool = False, widest: bool = False
) -> int:
    """The fewest days between two dated articles that give different figures in a conflict: 0 when two of them
    were published the same day (a disagreement, not an update), or when fewer than two sides are dated. With
    ``revised`` (the sides of the revised position), only between those and the other sides; ``latest``: between the
    latest day of ``revised`` and the other sides (a figure told day by day, "3 dead" of Tuesday and of Wednesday, "2"
    of Tuesday: Wednesday's is the latest, a day after the other figure). ``widest``: the most days instead."""
    from ..align.align import positions

    def day(x: Any) -> Any:
        # the day its article was published, or filed (a wire dated only by its dateline: see ``Claim.published``)
        return published_day(x.published or (by_id[x.article].published if x.article in by_id else None))

    if revised is not None:
        ids = {id(x) for x in revised}
        told = {day(x) for x in revised}
        if latest and (dated := {d for d in told if d is not None}):
            told = {max(dated)}
        days = [told, {day(x) for x in c.sides if id(x) not in ids}]
    else:
        days = [{day(x) for x in side} for side in positions(c)]
    gaps = [
        abs(a - b)
        for i, one in enumerate(days)
        for other in days[i + 1 :]
        for a in one
        for b in other
        if a is not None and b is not None
    ]
    return max(gaps, default=0) if widest else min(gaps, default=0)


def _omissions_json(al: Alignment, by_id: dict[str, Article]) -> list[dict[str, Any]]:
    """One entry per independent source (an outlet, or articles that copy each other) that leaves facts out:
    ``article`` is its first article, ``articles`` all of them; ``outlet`` the first one's outlet, ``outlets`` all.
    A fact one of its headlines states is not left out (its core words in the title: "'All options are on the
    table'" in the headline)."""
    from ..align.align import CORE_SHARE, _core_words, _event_words

    by_group: dict[str, list[str]] = {}
    for a in al.omissions:
        if a in by_id:
            by_group.setdefault(al.groups.get(a, a), []).append(a)
    out = []
    for members in by_group.values():
        titles = [_event_words(by_id[a].title or "") for a in members]
        kept = []
        for i in al.omissions[members[0]]:
            core = _core_words(al.facts[i])
            if core and any(len(core & title) >= CORE_SHARE * len(core) for title in titles):
                continue
            kept.append(f"f{i}")
        if kept:
            outlets = list(dict.fromkeys(by_id[a].display_outlet for a in members))
            out.append(
                {"article": members[0], "articles": members, "outlet": outlets[0], "outlets": outlets, "facts": kept}
            )
    return out


def _timeline(
    articles: list[Article],
    extractions: dict[str, ArticleExtraction],
    al: Alignment,
    *,
    voices: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """Dated events: each date expression with the sentence it occurs in; relative ones stay marked.

    The same date in sentences that report the same fact (an aligned group, syndicated copies included)
    is one entry, listing every other article that carries it under ``also_in``. An opinion piece or readers'
    letters (``voices``) argue about what happened: their sentences make no entry of their own ("In my view, the
    resignation on Tuesday ...", "I doubt she would say so today"), and are at most ``also_in`` of an entry a report
    makes, as they are no source of a fact."""
    by_article: dict[str, list[Claim]] = {}
    for c in al.claims:
        by_article.setdefault(c.article, []).append(c)
    fact_of = {(c.article, c.start): fi for fi, f in enumerate(al.facts) for c in f.claims}
    rows: list[dict[str, Any]] = []
    merged: dict[tuple[Any, ...], dict[str, Any]] = {}
    for a in sorted(articles, key=lambda a: a.id in voices):  # the reports first: a voice only joins their entries
        ext = extractions.get(a.id)
        for d in ext.dates if ext else []:
            if d.date is None and not d.relative:
                continue  # a duration, a time of day or an unresolvable expression, not an event date
            sent = next((c for c in by_article.get(a.id, []) if c.start <= d.span.start < c.end), None)
            if sent is None and (stamp := _stamp_end(a.original, d.span.start)) is not None:
                # a live blog's stamp ("Sat 28 Feb 2026 22:15 — We are following ..."): it dates the entry it opens, by
                # its first claim (a greeting before it is none: "Good morning.")
                para_end = a.original.find("\n", stamp)
                para_end = len(a.original) if para_end < 0 else para_end
                sent = min(
                    (c for c in by_article.get(a.id, []) if stamp <= c.start < para_end),
                    default=None,
                    key=lambda c: c.start,
                )
            if sent is None:
                continue  # in a dateline ("VELMORA, May 13 (Harrowgate Wire) -"), a caption: the report's day, no event
            fact = fact_of.get((a.id, sent.start))
            where = f"f{fact}" if fact is not None else (a.id, sent.start)
            event = (sent.text, sent.start, sent.end)
            if (aside := background_clause(a.original, sent.start, sent.end, d.span.start)) is not None:
                # the date of a background the sentence gives ("…, the student sent home in 2018"), not of what it
                # reports ("Voss said Friday …"): the entry is that clause's, of no fact (other reports of the fact
                # that give the same date still join it)
                event, fact = (a.original[aside[0] : aside[1]], *aside), None
            plan = planned(
                a.original, event[1], d.span.start, d.span.end, day=d.date, published=a.published
            ) or _after_publication(_first_day({"date": d.date, "reason": d.reason}), a.published)
            # what one report expects ("is expected to land on Friday") and another tells as done ("landed on
            # Friday") are two entries, though aligned as one fact: the plan stays a plan, the landing happened
            key = (d.date or d.span.text.lower(), where, plan)
            if a.id in voices and key not in merged:
                continue  # an opinion piece's or a letter's sentence: no entry of its own
            if key in merged:
                if merged[key]["article"] == a.id or any(x["article"] == a.id for x in merged[key]["also_in"]):
                    continue  # the same article giving the same event's date twice ("18:00 — ... for today"): one
                merged[key]["also_in"].append(
                    {"article": a.id, "start": d.span.start, "end": d.span.end, "expression": d.span.text}
                )
                continue
            row: dict[str, Any] = {
                "date": d.date,
                "expression": d.span.text,
                "relative": d.relative,
                "reason": d.reason,
                "event": event[0],
                "article": a.id,
                "start": d.span.start,
                "end": d.span.end,
                "event_start": event[1],
                "event_end": event[2],
                "fact": f"f{fact}" if fact is not None else None,
                "planned": plan,
                "also_in": [],
            }
            merged[key] = row
            rows.append(row)
    rows = _fold_unanchored(rows, al)
    return sorted(rows, key=lambda r: (r["date"] is None, _first_day(r), r["date"] or "", r["article"], r["start"]))


_SPAN_IN_REASON = re.compile(r"\((\d{4}-\d\d-\d\d) to \d{4}-\d\d-\d\d\)")


def _first_day(row: dict[str, Any]) -> str:
    """Where an entry goes in time order: its date, or for a week or a weekend given only as its month or year
    ("next week": "2026-10", the week of the 12th to the 18th, in ``reason``) the first day of that span, so that it
    follows the days of the month before it ("Sunday", 2026-10-04) instead of leading the month. A month or year
    given alone stays before its days: nothing tells which of them it is."""
    day = row["date"] or ""
    if len(day) < 10 and (span := _SPAN_IN_REASON.search(row.get("reason") or "")) and span.group(1).startswith(day):
        return span.group(1)
    return day


def _stamp_end(text: str, at: int) -> int | None:
    """Where the entry begins when ``at`` lies in a live blog's stamp opening a paragraph
    (:data:`storyline.align.claims.LIVE_STAMP`, which the entry's sentence leaves out), else None."""
    from ..align.claims import LIVE_STAMP

    line = text.rfind("\n", 0, at) + 1
    stamp = LIVE_STAMP.match(text, line)
    return stamp.end() if stamp is not None and at < stamp.end() else None


def _after_publication(day: str | None, published: str | None) -> bool:
    """The date lies after the article's publication at its own precision ("November" in a July paper, 2017 in a 2016
    one, Thursday in a Monday one): it had not happened when the article was written, so it is planned or expected,
    whatever the wording ("Melania Trump is scheduled to speak on the opening night, Monday", "next week"). A week given
    as its month comes as its first day (see :func:`_first_day`): "early next week" in a paper of 12 November is after
    it, though its month is the paper's."""
    if not day or not published or not re.fullmatch(r"\d{4}(?:-\d\d){0,2}", day):
        return False
    return day > str(published)[: len(day)]


def _fold_unanchored(rows: list[dict[str, Any]], al: Alignment) -> list[dict[str, Any]]:
    """A relative date left unresolved in an undated article ("Tuesday") joins the entry of the same
    expression whose sentence reports the same thing (the same fact, or a pair score from
    :data:`~storyline.align.align.CONFLICT`), under ``also_in``: the same event, perhaps dated by another
    outlet."""
    from ..align.align import CONFLICT

    index = {(c.article, c.start): i for i, c in enumerate(al.claims)}

    def same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
        if a["fact"] and a["fact"] == b["fact"]:
            return True
        i, j = index.get((a["article"], a["event_start"])), index.get((b["article"], b["event_start"]))
        return i is not None and j is not None and float(al.scores[i, j]) >= CONFLICT

    def score(a: dict[str, Any], b: dict[str, Any]) -> tuple[bool, float]:
        i, j = index.get((a["article"], a["event_start"])), index.get((b["article"], b["event_start"]))
        return bool(a["fact"] and a["fact"] == b["fact"]), float(
            al.scores[i, j]
        ) if i is not None and j is not None else 0.0

    def holds(entry: dict[str, Any], article: str) -> bool:
        return entry["article"] == article or any(x["article"] == article for x in entry["also_in"])

    out: list[dict[str, Any]] = []
    for r in sorted(rows, key=lambda r: r["date"] is None):  # dated entries first: they take the others in
        into = None
        if r["date"] is None:
            # the entry of the same fact, else the nearest sentence; not one that already cites this article: its
            # other sentence with the same weekday ("on Monday morning", then "on Monday afternoon") is another event
            fits = [
                o
                for o in out
                if _same_expression(o, r["expression"]) and same_event(o, r) and not holds(o, r["article"])
            ]
            into = max(fits, key=lambda o: score(o, r), default=None)
        if into is None:
            out.append(r)
            continue
        # the folded entry gave no date of its own: say so, so that the reader does not take the date of
        # the entry it joins for that outlet's
        own = {"article": r["article"], "start": r["start"], "end": r["end"], "expression": r["expression"]}
        into["also_in"] += [{**x, "undated": True} for x in (own, *r["also_in"])]
    return out


def _same_expression(entry: dict[str, Any], expression: str) -> bool:
    """``expression`` is the entry's own or one that joined it ("Saturday"), or the weekday of its whole date ("Saturday"
    beside "Saturday 8 June 2030", 2030-06-08)."""
    said = {entry["expression"].lower(), *(x["expression"].lower() for x in entry["also_in"])}
    if expression.lower() in said:
        return True
    day = re.fullmatch(rf"(?:on\s+)?({'|'.join(WEEKDAYS)})", expression.strip(), re.I)
    try:
        weekday = date.fromisoformat(entry["date"]).weekday() if entry["date"] and len(entry["date"]) == 10 else None
    except ValueError:
        weekday = None
    return day is not None and weekday == WEEKDAYS.index(day.group(1).lower())


def _sources(articles: list[Article], groups: dict[str, str]) -> list[dict[str, Any]]:
    by: dict[str, list[str]] = {}
    for a in articles:
        by.setdefault(groups.get(a.id, a.id), []).append(a.id)
    outlets = {a.id: a.display_outlet for a in articles}
    return [{"group": g, "articles": ids, "outlets": sorted({outlets[i] for i in ids})} for g, ids in by.items()]


def _notes(articles: list[Article], extractions: dict[str, ArticleExtraction], al: Alignment) -> list[str]:
    notes = [f"{a.display_outlet}: not analysed ({a.skip_reason})" for a in articles if a.skip_reason]
    fallback = sorted({c.article for c in al.claims if c.source == "fallback"})
    if fallback:
        notes.append(f"{len(fallback)} article(s) were not split by extraction; sentences split by the brief stage")
    if not any(a.published for a in articles):
        notes.append("no article has a publication date: relative dates stay relative")
    for a in articles:
        for s, e in [] if a.skip_reason else correction_notes(a):
            notes.append(
                f"{a.display_outlet} ({a.id} {s}-{e}) corrects itself: the correction is kept out of the facts, "
                f"summary and timeline: {a.original[s:e]}"
            )
    return notes
