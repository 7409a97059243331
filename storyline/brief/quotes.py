"""The quote ledger: who said what, in which outlets, with the wording each outlet uses."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

from ..extract.attribution import OPENERS as QUOTE_OPENERS
from ..extract.dates import WEEKDAYS
from ..models import Article, Quote, Span

RARE_PAIRS = 4
"""Each quote is compared with the quotes that share one of its this many rarest pairs of words."""
PARTIAL_MAX = 400
"""How much of the shorter of two quotations is looked for inside the longer one (its opening)."""
MIN_MATCH = 88.0
"""rapidfuzz score from which two quotes are the same words (with variants)."""
MIN_EXCERPT_WORDS = 6
"""Words an excerpt shorter than 30 characters needs before it is taken for part of a longer quotation found in another outlet."""


def _norm(text: str) -> str:
    """Words for comparing quotations: case, punctuation and the writer's bracketed insertions ("[Chinese] President
    Xi") aside."""
    text = re.sub(r"\[[^\]]{0,40}\]", " ", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", re.sub(r"[^\w' ]", " ", text.lower())).strip()


def quote_ledger(quotes: list[Quote], articles: dict[str, Article]) -> list[dict[str, Any]]:
    """One row per quote, verbatim at its offsets, with ``also_in``: the other articles carrying the same
    words (the row is the first article's; each other one is listed once, not given a row of its own).

    An exact copy elsewhere is ``exact: true``; a near copy (different wording) is a variant with its own
    span. Quotes whose text is not verbatim at its offsets are left out (never shown altered).
    """
    from rapidfuzz import fuzz

    kept = listed(quotes, articles)
    # a quotation split by its attribution ("A," the judge said, "B") is compared by its quoted words only
    # and so is an indirect quote by the words it quotes ('told the Ledger the results showed the drug "can change the
    # course of ..."'), when they are long enough to stand for a quotation: the outlet's own words around them are
    # no one's statement
    raws = [
        " ".join(p.text for p in q.parts)
        if q.parts and (q.kind == "direct" or _excerpt_long(_norm(" ".join(p.text for p in q.parts))))
        else q.content.text
        for q in kept
    ]
    norms = [_norm(r) for r in raws]

    pieces = [[_norm(p.text) for p in q.parts] if len(q.parts) >= 2 and q.kind == "direct" else [] for q in kept]
    numbers = [_numbers(r) for r in raws]
    masked = [_norm(_masked(r)) for r in raws]  # the same numbers written two ways ("eleven thousand", "11,000")
    negations = [_negations(n) for n in norms]
    stances = [_stance(q) for q in kept]
    # a headline's quotation is compared with its own article's body too: the same words, listed with the body's row
    where = [(q.article, in_headline(q, articles[q.article])) for q in kept]

    def same(i: int, j: int) -> bool:
        if where[j] == where[i] or len(norms[i]) < 12 or len(norms[j]) < 12:
            return False
        if negations[i] != negations[j] and _negated_apart(norms[i], norms[j]):
            return False  # "has agreed to return to talks" / "has not agreed to return to talks": opposites
        if stances[i] and stances[j] and stances[i] != stances[j]:
            return False  # "X denied that staff had skipped a check" / "X admitted that ...": opposites too
        if numbers[i] == numbers[j] and fuzz.ratio(masked[i], masked[j]) >= MIN_MATCH:
            return True  # not "two firefighters were hurt" / "three ...": different statements
        (short, few), (long_, many) = sorted(((norms[i], numbers[i]), (norms[j], numbers[j])), key=lambda x: len(x[0]))
        if not few <= many:
            return False
        # the opening of a long quotation stands for it: partial_ratio of two long texts takes a minute a pair; an
        # excerpt of it may stop before one of its figures ("not two Million Dollars" of "... 1.8 Billion")
        return _excerpt_long(short) and fuzz.partial_ratio(short[:PARTIAL_MAX], long_, score_cutoff=95) >= 95

    def piece(i: int, j: int) -> int | None:
        """The one piece of ``j``, a quotation split by its attribution, that holds ``i``'s words, when its other
        pieces say something ``i`` does not ('"We will not be bought," Brekk told the Ledger. "The offer undervalues
        Ostra."' against another outlet's "The offer undervalues Ostra"): two quotations, of which ``i`` is one."""
        if len(pieces[j]) < 2 or len(norms[i]) >= len(norms[j]):
            return None
        hits = [k for k, p in enumerate(pieces[j]) if _holds(p, norms[i])]
        if len(hits) != 1:
            return None
        rest = " ".join(p for k, p in enumerate(pieces[j]) if k != hits[0])
        if not _excerpt_long(rest) or _holds(norms[i], rest):
            return None  # "Well," he said, "we will fight": one quotation; or ``i`` says the other pieces too
        return hits[0]

    # only quotes that share one of the rarer pairs of words of either can be the same words: compare
    # those, not every pair (a story of hundreds of articles has thousands of quotes)
    pairs = [set(zip(n.split(), n.split()[1:], strict=False)) for n in norms]
    postings: dict[tuple[str, str], list[int]] = {}
    for k, ps in enumerate(pairs):
        for pair in ps:
            postings.setdefault(pair, []).append(k)
    candidates: list[set[int]] = [set() for _ in kept]
    for k, ps in enumerate(pairs):
        for pair in sorted(ps, key=lambda p: (len(postings[p]), p))[:RARE_PAIRS]:
            for m in postings[pair]:
                candidates[k].add(m)
                candidates[m].add(k)

    def entry(c: int, j: int, span: Span, exact: bool) -> dict[str, Any]:
        other = kept[j]
        return {
            "article": other.article,
            "start": span.start,
            "end": span.end,
            "text": span.text,
            "speaker": speaker_name(other),
            "speaker_mention": mention_json(other),
            "exact": exact,
            "other_speaker": _other_speaker(kept[c], other, _text_of(articles.get(other.article))),
        }

    out = []
    placed: set[int] = set()
    linked: set[tuple[int, int]] = set()  # (j, i): j's piece is listed with i's row, so j's own row leaves i out
    for i, q in enumerate(kept):
        if i in placed:
            continue
        also: list[dict[str, Any]] = []
        whole: list[int] = []  # the quotes listed whole with i's row
        seen_articles = {where[i]}
        # an article's exact copy before its other reports of the same words
        for j in sorted(candidates[i], key=lambda j: (norms[j] != norms[i], j)):
            other = kept[j]
            # an article is listed once, but for an indirect report of the words besides its copy of them (the
            # release's quotation and 'X told the Ledger the results showed the drug "..."' in one article)
            again = where[j] in seen_articles and not (other.kind == "indirect" and norms[j] != norms[i])
            if j == i or j in placed or again or (i, j) in linked or not same(i, j):
                continue
            seen_articles.add(where[j])
            span = other.content
            if (own := piece(i, j)) is not None:  # j keeps a row of its own for its other quotation
                span = other.parts[own]
                linked.add((j, i))
                exact = norms[i] == pieces[j][own]
            else:
                placed.add(j)
                whole.append(j)
                exact = norms[i] == norms[j]
            also.append(entry(i, j, span, exact))
        if (c := _majority_speaker(i, whole, kept, articles)) != i:
            # the row is the words under the name most outlets give them, the first article's under another name
            # listed with it (its order in the input is no reason to head the row)
            rest = [k for k in [i, *whole] if k != c]
            also = [
                a
                for a in also
                if (a["article"], a["start"]) not in {(kept[k].article, kept[k].content.start) for k in whole}
            ]
            also = [entry(c, k, kept[k].content, norms[c] == norms[k]) for k in rest] + also
            q = kept[c]
        out.append(_quote_json(q, also, articles.get(q.article), _relayed_by(q, kept)))
    return out


def _relayed_by(q: Quote, quotes: list[Quote]) -> dict[str, Any] | None:
    """Who relays ``q``, a report nested in another speaker's report of the same article ("Ms. Lindqvall said that
    Mr. Quist had told her that P": Quist's words as she tells them, not as Quist was heard saying them): the speaker
    of the innermost other quote whose words hold ``q``'s cue (or, with no cue, its words), as ``{speaker,
    speaker_mention}``, when ``q``'s speaker opens those words (after a "that"); None when ``q`` is told first-hand, or
    the one relaying is the same speaker or names nobody."""
    if q.speaker is None:
        return None
    held = q.cue if q.cue is not None else q.content
    named_at = q.speaker.start

    def opens_with_speaker(o: Quote) -> bool:
        # "A said (that) B had told her P": B opens A's reported words; not a clause of A's that some other report
        # follows ("Rubio suggested that ..., while Cruz said ...": A's words overrun by the parse)
        lead = o.content.text[: named_at - o.content.start]
        return o.content.start <= named_at and lead.strip().lower() in ("", "that")

    def who(x: Quote) -> str | None:
        return x.speaker_entity or (x.speaker.text.casefold() if x.speaker else None)

    around = [
        o
        for o in quotes
        if o.article == q.article
        and o.speaker is not None
        and o.content.start <= held.start
        and held.end <= o.content.end
        and (o.content.start, o.content.end) != (q.content.start, q.content.end)
        and who(o) != who(q)
        and speaker_name(o)
        and opens_with_speaker(o)
    ]
    if not around:
        return None
    o = min(around, key=lambda x: x.content.end - x.content.start)
    return {"speaker": speaker_name(o), "speaker_mention": mention_json(o)}


VARIANT_COSINE = 0.7
"""Cosine of two quotations' sentence embeddings from which one speaker's two quotations in other words may be one
statement (two translations, two transcriptions): with :data:`VARIANT_SHARED` content words in common."""
VARIANT_SHARED = 3
VARIANT_SHARE = 0.6
"""Share of the shorter quotation's content words the other must hold too (and at least :data:`VARIANT_SHARED`)."""
VARIANT_CLOSE = 0.85
VARIANT_CLOSE_SHARE = 0.4
"""Two quotations this close in meaning need only this share of content words: translations word each verb their own
way ("I sign this law because the Chamber has spoken" / "I am signing this law because the Chamber has decided")."""


def link_wordings(ledger: list[dict[str, Any]], embed: Callable[[list[str]], Any]) -> list[dict[str, Any]]:
    """The rows of the ledger that are one statement of one speaker in other words, as one row: two outlets'
    translations of a leader's address ('"The Republic of Varskova does not bargain with human lives. ..."' /
    '"Varskova does not trade in human lives. ..."'), two transcriptions of one remark. The later row (with its own
    ``also_in``) is listed in the first's ``also_in`` as a wording variant (``exact: false``).

    Only quotations of the same named speaker (the ledger's names, one per person) in different articles, direct or
    a report quoting long enough a part of them (listed as the quotation's variant, by the words it quotes):
    close in meaning (``embed``: texts -> unit vectors; cosine >= :data:`VARIANT_COSINE`), sharing at least
    :data:`VARIANT_SHARED` content words and :data:`VARIANT_SHARE` of the shorter one's, with the same figures and
    negations. One speaker's two statements on one topic ("I think making a deal would be in Israel's interests" /
    "A lot will have to do with Israel ...") share a word or two, and stay two rows."""
    from ..align.align import content_terms

    def words(row: dict[str, Any]) -> str:
        return " ".join(p["text"] for p in row["parts"]) if row["parts"] else row["text"]

    def quoting(row: dict[str, Any]) -> bool:
        """A reported statement that quotes the speaker's words, long enough to stand for a quotation ('Lisk said
        the governor "treated the province's treasury as his own private purse" and ...')."""
        return (
            row["kind"] == "indirect"
            and bool(row["parts"])
            and all(p["text"][:1] in QUOTE_OPENERS for p in row["parts"])  # not a clause its attribution cuts
            and _excerpt_long(_norm(words(row)))
        )

    def named(row: dict[str, Any]) -> bool:
        who = row["speaker"]
        return (
            (row["kind"] == "direct" or quoting(row))
            and bool(who)
            and all(w[:1].isupper() or w in _NAME_JOINERS for w in str(who).split())
            and bool(row["text"])
        )

    rows = [k for k, row in enumerate(ledger) if named(row)]
    terms = {k: content_terms(words(ledger[k])) for k in rows}
    pairs = []
    for a, b in itertools.combinations(rows, 2):
        ra, rb = ledger[a], ledger[b]
        if speaker_key(ra["speaker"]) != speaker_key(rb["speaker"]):
            continue
        if {ra["article"], *(o["article"] for o in ra["also_in"])} & {
            rb["article"],
            *(o["article"] for o in rb["also_in"]),
        }:
            continue  # an article is listed once in a row (its two quotations are two statements)
        shared = len(terms[a] & terms[b])
        if shared < VARIANT_SHARED or shared < VARIANT_CLOSE_SHARE * min(len(terms[a]), len(terms[b])):
            continue
        na, nb = _norm(words(ra)), _norm(words(rb))
        (short, few), (long_, many) = sorted(
            ((na, _numbers(words(ra))), (nb, _numbers(words(rb)))), key=lambda x: len(x[0])
        )
        if not few <= many or (_negations(na) != _negations(nb) and _negated_apart(na, nb)):
            continue
        pairs.append((a, b, shared >= VARIANT_SHARE * min(len(terms[a]), len(terms[b]))))
    if not pairs:
        return ledger
    texts = sorted({words(ledger[k]) for a, b, _ in pairs for k in (a, b)})
    vectors = dict(zip(texts, embed(texts), strict=True))
    gone: set[int] = set()
    for a, b, most in pairs:
        if a in gone or b in gone:
            continue
        if float(vectors[words(ledger[a])] @ vectors[words(ledger[b])]) < (VARIANT_COSINE if most else VARIANT_CLOSE):
            continue
        if quoting(ledger[a]) and not quoting(ledger[b]):
            a, b = b, a  # the quotation heads the row, a report quoting part of it is its variant
        other = ledger[b]
        head = {k: other[k] for k in ("article", "start", "end", "text", "speaker", "speaker_mention")}
        if quoting(other) and len(other["parts"]) == 1:
            head.update({k: other["parts"][0][k] for k in ("start", "end", "text")})  # the words it quotes
        copies = [{**o, "exact": False} for o in other["also_in"]]
        ledger[a]["also_in"] += [{**head, "exact": False, "other_speaker": False}, *copies]
        gone.add(b)
    return [row for k, row in enumerate(ledger) if k not in gone]


_NAME_JOINERS = {
    "of",
    "for",
    "the",
    "and",
    "de",
    "van",
    "von",
    "der",
    "da",
    "del",
    "di",
    "la",
    "le",
    "du",
    "al",
    "el",
    "bin",
}
"""Lower-case words inside a name ("Foreign Ministry of Varskova", "Ines de Valmont"); a speaker with another
lower-case word is a description ("a senior official"), whom two outlets may not mean alike."""


def listed(quotes: list[Quote], articles: dict[str, Article]) -> list[Quote]:
    """The quotes the ledger lists, a quotation each (:func:`quotations`): verbatim at their offsets, voiced
    (:func:`voiced`), no document's finding (:func:`document_finding`), none inside another of the same speaker."""
    return [
        one
        for q in _outermost([q for q in quotes if _verbatim(q, articles) and voiced(q) and not document_finding(q)])
        for one in quotations(q, articles[q.article])
    ]


def ledger_row(q: Quote, article: Article | None = None) -> dict[str, Any]:
    """One quote as a row of the ledger, without the other articles' copies (``also_in``): what `storyline quotes`
    prints for each quotation."""
    row = _quote_json(q, [], article)
    del row["also_in"], row["via"]
    return row


_DENYING = re.compile(r"den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dispute[sd]?|disputing|refute[sd]?|refuting", re.I)
_ADMITTING = re.compile(
    r"admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|confirm(?:s|ed|ing)?|conced(?:e|es|ed|ing)|concession", re.I
)


def _stance(q: Quote) -> str | None:
    """Whether the quote's cue denies what it reports ("denied that ...") or grants it ("admitted", "confirmed"):
    the same words under the two are a denial and an admission, never one statement."""
    cue = q.cue.text if q.cue else ""
    return "deny" if _DENYING.fullmatch(cue) else "admit" if _ADMITTING.fullmatch(cue) else None


def _majority_speaker(i: int, whole: list[int], kept: list[Quote], articles: dict[str, Article]) -> int:
    """Of quote ``i`` and the quotes ``whole`` carrying the same words, the one to head the ledger's row: ``i``
    unless more outlets give the words to another named speaker than to ``i``'s (then the first of theirs)."""
    if not whole or not speaker_name(kept[i]):
        return i
    groups: list[tuple[int, set[str]]] = []  # (first quote, outlets) per speaker
    for k in [i, *whole]:
        who = speaker_name(kept[k])
        if not who:
            continue
        art = articles.get(kept[k].article)
        outlet = (art.outlet if art else None) or kept[k].article
        for first, outlets in groups:
            texts = _text_of(articles.get(kept[k].article)), _text_of(articles.get(kept[first].article))
            if not _other_speaker(kept[first], kept[k], texts[0]) and not _other_speaker(
                kept[k], kept[first], texts[1]
            ):
                outlets.add(outlet)
                break
        else:
            groups.append((k, {outlet}))

    # as many outlets each way: a named person or body heads the row before a document or a description ("Barbara
    # Underwood said the foundation had engaged in "unlawful political coordination"" against "The petition alleges
    # that the foundation engaged in "extensive unlawful political coordination ...""): the one who speaks
    def weight(first: int, outlets: set[str]) -> tuple[int, bool]:
        return len(outlets), kept[first].speaker_entity is not None and not document_source(kept[first])

    best = max(groups, key=lambda g: weight(*g))
    mine = next(weight(first, outlets) for first, outlets in groups if first == i)
    return best[0] if weight(*best) > mine else i


def _one_side_per_source(
    carriers: dict[tuple[str, int, int], dict[str, Any]], rank: dict[tuple[str, int, int], int], sources: dict[str, str]
) -> list[dict[str, Any]]:
    """The sides of an attribution conflict, by speaker: one per source and speaker (an outlet's text published twice
    is cited once)."""
    out, seen = [], set()
    for key, c in sorted(carriers.items(), key=lambda kv: (rank[kv[0]], kv[0])):
        if (rank[key], sources.get(key[0], key[0])) in seen:
            continue
        seen.add((rank[key], sources.get(key[0], key[0])))
        others = [_norm(o["text"]) for k, o in carriers.items() if rank[k] != rank[key]]
        side = _disputed_piece(c, others) or c
        out.append({k: side.get(k, c.get(k)) for k in ("article", "text", "start", "end", "speaker")})
    return out


_SENTENCE_CLOSED = re.compile(r"[A-Za-z].*[.!?][)\]\"\u201d]?\s*$", re.S)
"""Narration between two quoted pieces that is a sentence of its own, closed ('Brekk told the Ledger in an
interview.', or on a programme's title: 'Brekk said on "Harbour Watch."'), not a clause the quotation goes on after
('he said,')."""


_DATED_STAMP = re.compile(
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4},?\s+"
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d\s*[-–—:|]\s*(?=[A-Z\"“‘'])",
    re.I,
)
"""A live blog's stamp with its day ("Sun 1 Mar 2026 19:30 — ", as :func:`storyline.ingest.html.extract_html` keeps an
update's ``<time>``): the page's, not the statement's."""


def unstamped(q: Quote, article: Article) -> Quote:
    """A reported statement that opens a live blog's entry without the entry's time ("13:20 Pell Motors has raised
    its offer ..., the company said" is Pell Motors' raise, not "13:20 Pell Motors ..."): the time is the page's, as
    the facts read it (:data:`storyline.align.claims.LIVE_STAMP`). So is a speaker the entry opens with ("13:20 Pell
    Motors says ...": the speaker is Pell Motors)."""
    from dataclasses import replace

    from ..models import Span

    c = article.original
    content, speaker = q.content, q.speaker
    if not q.parts and (stamp := _stamp_at(c, content.start, content.end)):
        content = Span(q.article, stamp, content.end, c[stamp : content.end])
    if speaker is not None and (stamp := _stamp_at(c, speaker.start, speaker.end)):
        speaker = Span(q.article, stamp, speaker.end, c[stamp : speaker.end])
    elif speaker is not None and q.cue is not None and (stamp := _stamp_at(c, speaker.start, q.cue.start)):
        # the speaker taken was the stamp itself ("12:20 — Kessel Water denied ..."): the words between it and the cue
        whom = c[stamp : q.cue.start].rstrip()
        if speaker.end <= stamp and 0 < len(whom.split()) <= _STAMPED_SUBJECT_WORDS:
            speaker = Span(q.article, stamp, stamp + len(whom), whom)
    return q if (content, speaker) == (q.content, q.speaker) else replace(q, content=content, speaker=speaker)


_STAMPED_SUBJECT_WORDS = 6
"""At most this many words between a live blog's stamp and the cue are the speaker the stamp was taken for."""


def _stamp_at(c: str, s: int, e: int) -> int | None:
    """Where the words after a live blog's stamp opening ``c[s:e]`` at a paragraph's start begin, or None."""
    from ..align.claims import LIVE_STAMP

    if s > 0 and c[s - 1] != "\n":
        return None
    stamp = _DATED_STAMP.match(c, s, e) or LIVE_STAMP.match(c, s, e)
    return stamp.end() if stamp and stamp.end() < e else None


def quotations(q: Quote, article: Article) -> list[Quote]:
    """The quote as the ledger's rows: without a live blog's entry time (:func:`unstamped`), one row per quotation
    (:func:`one_quotation_each`). `storyline quotes FILE` lists the same rows."""
    return one_quotation_each(unstamped(q, article), article)


def one_quotation_each(q: Quote, article: Article) -> list[Quote]:
    """A direct quote split by its attribution, as one quote per quotation: pieces whose narration between them
    closes a sentence ('"We will not be bought," Brekk told the Ledger. "The offer undervalues Ostra."') are two
    quotations, each a row of the ledger with the speaker and cue; pieces inside one sentence ('"Well," he said, "we
    will fight."') stay one quotation. Offsets stay the article's: each quote's text is its pieces' span."""
    from dataclasses import replace

    from ..models import Span

    if q.kind != "direct" or len(q.parts) < 2:
        return [q]
    runs = [[q.parts[0]]]
    for prev, part in zip(q.parts, q.parts[1:], strict=False):
        between = article.original[prev.end : part.start]
        opening = re.search(r"[^\W\d_]", part.text)
        if _SENTENCE_CLOSED.search(between) and opening is not None and opening.group(0).isupper():
            runs.append([part])
        else:
            runs[-1].append(part)
    if len(runs) == 1:
        return [q]
    out = []
    for run in runs:
        start, end = run[0].start, run[-1].end
        content = Span(q.article, start, end, article.original[start:end])
        out.append(replace(q, content=content, parts=tuple(run) if len(run) >= 2 else ()))
    return out


def _disputed_piece(carrier: dict[str, Any], others: list[str]) -> dict[str, Any] | None:
    """The one piece of a quotation split by its attribution that holds the words others give to someone else ('"We
    will not be bought," Brekk told the Ledger. "The offer undervalues Ostra."' against another outlet's Sandvold saying
    "We will not be bought"): the side is that piece, not the other statement and the narration; None otherwise."""
    parts = carrier.get("parts") or []
    if len(parts) < 2:
        return None
    hits = [p for p in parts if any(_holds(_norm(p["text"]), o) or _holds(o, _norm(p["text"])) for o in others)]
    return hits[0] if len(hits) == 1 else None


def _excerpt_long(text: str) -> bool:
    """Long enough (30 characters or :data:`MIN_EXCERPT_WORDS` words) for a piece of a quotation to stand for it."""
    return len(text) >= 30 or len(text.split()) >= MIN_EXCERPT_WORDS


def _holds(long_: str, short: str) -> bool:
    """``long_`` says ``short``'s words (:func:`_norm` forms), with a variant or two: the same text, or its opening
    found inside."""
    from rapidfuzz import fuzz

    if fuzz.ratio(short, long_) >= MIN_MATCH:
        return True
    return len(short) <= len(long_) and fuzz.partial_ratio(short[:PARTIAL_MAX], long_, score_cutoff=95) >= 95


def _masked(text: str) -> str:
    """``text`` with each number it states written as "#" (its counted word kept)."""
    from ..align.claims import _ONES, NUMBER, NUMBER_WORDS

    spelled = "|".join(sorted({*NUMBER_WORDS, *_ONES}, key=len, reverse=True))
    text = re.sub(rf"\b(?:(?:{spelled})\b[\s-]*)+", "# ", text, flags=re.I)
    return NUMBER.sub(lambda m: "#" + (" " + m.group(2) if m.group(2) else ""), text)


_MONTH = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY_OF_MONTH = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})\b|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _numbers(text: str) -> set[str]:
    """The numbers a quote states, by value however written ("two" = "2", "eleven thousand" = "11,000"), its
    years, and its days ("May 7" = "7 May", "Tuesday"): "fell ill on May 7" and "on May 5" are two statements."""
    from ..align.claims import find_figures

    days = {f"{(m[0] or m[3])[:3].lower()}-{int(m[1] or m[2])}" for m in _DAY_OF_MONTH.findall(text)}
    out = days | {f"{f.value:g}" for f in find_figures(_DAY_OF_MONTH.sub(" ", text))}
    out |= {w.lower() for w in _WEEKDAY.findall(text)}
    return out | set(re.findall(r"\b(?:1[89]|20)\d\d\b", text))


NEGATION_WORDS = {"not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "cannot", "without"}


def _negations(text: str) -> int:
    """How many negations a quote holds (in :func:`_norm` form): "not", "never", "hasn't"..."""
    return sum(1 for w in text.split() if w in NEGATION_WORDS or w.endswith("n't"))


def _negated_apart(a: str, b: str) -> bool:
    """One wording negates inside what both say ("has [not] agreed to return"), not in words only one of them
    goes on with ("we will monitor the situation [and have no further comment]")."""
    from difflib import SequenceMatcher

    wa, wb = a.split(), b.split()
    for op, i1, i2, j1, j2 in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op == "equal" or not (i1 > 0 and i2 < len(wa) and j1 > 0 and j2 < len(wb)):
            continue  # the same words, or a head or tail only one wording has
        if _negations(" ".join(wa[i1:i2])) != _negations(" ".join(wb[j1:j2])):
            return True
    return False


def _outermost(quotes: list[Quote]) -> list[Quote]:
    """Leave out a quote lying inside another quote of the same article by the same speaker ("he urged
    them to act" inside "he said he urged them to act"): the reader sees those words once."""
    by_article: dict[str, list[Quote]] = {}
    for q in quotes:
        by_article.setdefault(q.article, []).append(q)

    def who(q: Quote) -> str | None:
        return q.speaker_entity or (q.speaker.text.casefold() if q.speaker else None)

    def inside(q: Quote, o: Quote) -> bool:
        a, b = q.content, o.content
        return b.start <= a.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end)

    return [
        q for q in quotes if who(q) is None or not any(inside(q, o) and who(o) == who(q) for o in by_article[q.article])
    ]


def _verbatim(q: Quote, articles: dict[str, Article]) -> bool:
    art = articles.get(q.article)
    if art is None:
        return False
    c = q.content
    return 0 <= c.start < c.end <= len(art.original) and art.original[c.start : c.end] == c.text


_PARTICLE = re.compile(r"\s+(out|up|on|back|down|off)\b", re.I)
_ON_VERB = re.compile(r"(?:call|went|go|carr|weigh)", re.I)
"""Verbs that take "on" as a particle ("called on", "went on", "weighed in on" aside)."""


def _cue_text(q: Quote, article: Article | None) -> str | None:
    """The cue as a reader says it: with its particle ("pointed out", "summed up")."""
    if q.cue is None:
        return None
    if article is not None and article.original[q.cue.start : q.cue.end] == q.cue.text:
        particle = _PARTICLE.match(article.original, q.cue.end)
        if particle and particle.group(1).lower() == "on" and not _ON_VERB.match(q.cue.text):
            particle = None  # "said on Tuesday", "said on CNN": a preposition; "called on", "went on": a particle
        if particle and (particle.end() <= q.content.start or q.cue.start >= q.content.end):
            return article.original[q.cue.start : particle.end()]
    return q.cue.text


_NO_NAME = re.compile(
    r"^(?:(?i:it|they|he|she|i|we|you|this|that|these|those|which|who|what|and|all|some|many|most|others?|one)|"
    r"[\d.,]+(?:\s+(?:percent|per cent|%))?|(?!police$|staff$)[a-z]+(?<!s))$"
)
"""A speaker mention that names nobody: a pronoun the reading could not resolve ("it", "they"), a count ("55
percent"), a single lower-case word in the singular ("trust"). A plural noun describes a group that speaks
("police", "officials", "critics") and stays."""


_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\s.*$", re.I)
"""A relative clause inside the mention ("Both objections, which on their face seemed weak"): not the name."""
_TRAILING = re.compile(
    r"(?:,?\s+(?:who|which|that)|\s+then|,"
    rf"|(?:\s+(?-i:[a-z]+(?:ed|en)))?\s+on\s+(?:late\s+|early\s+)?(?:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:yesterday|today|tonight|last\s+(?:week|month|night)|earlier|later))$",
    re.I,
)
"""Words a speaker mention trails into ("Clinton's campaign, which", "The campaign's statement then", "Michael
Cohen's attorney on Tuesday night"), with the participle the day hangs on ("a court filing published on Tuesday" is
"a court filing")."""
_BROKEN_END = re.compile(r"\s(?i:of|in|on|at|to|for|with|from|by|and|or|but|the|a|an)$")
"""A mention that ends on a preposition, a conjunction or an article ("the last of" which; "... a mask, but"):
the reading cut a phrase, not a name."""
_SHARE = re.compile(
    r"^(?i:(?:nearly|about|almost|roughly|some|only|just|a mere|more than|less than|fewer than|over|under)\s+)?"
    r"(?:[\d.,]+\s*(?:percent|per cent|%)|(?i:\w+|\d+)\s+in\s+(?i:\w+|\d+))$"
)
"""A share of people ("Nearly three in four", "A mere 9 percent"): a poll's figure, not a voice."""


def cut_quotation(text: str) -> bool:
    """The text holds a piece of a quotation: its marks unbalanced, or closing before they open (a speaker
    mention "surveillance aircraft” to spy on Iran, and “everyone saw"; a sentence 'slogans like "Nobody wins.')."""
    close, open_ = text.find("”"), text.find("“")
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1 or (close >= 0 and close < open_)


def in_headline(q: Quote, article: Article) -> bool:
    """The quote is the headline's (:mod:`storyline.extract.headline`): its words lie in the title's span."""
    span = article.title_span
    return span is not None and span[0] <= q.content.start and q.content.end <= span[1]


def voiced(q: Quote) -> bool:
    """A quote the ledger lists: words in quotation marks, or a reported statement whose speaker is named or
    described. "They believe it worked", "you believe your government": whose words, the reader cannot tell."""
    return q.kind == "direct" or speaker_name(q) is not None


def speaker_name(q: Quote) -> str | None:
    """Who said it, as the ledger shows it: the resolved name, else the mention's own words when they name or
    describe someone ("a former committee staffer"); None when they name nobody (the mention stays in
    ``speaker_mention``)."""
    if q.speaker_entity and not (q.speaker is not None and _PART_OF_A_GROUP.match(q.speaker.text)):
        return q.speaker_entity
    if q.speaker is None:
        return None
    text = _TRAILING.sub("", _RELATIVE_CLAUSE.sub("", _PARTICIPLE_CLAUSE.sub("", " ".join(q.speaker.text.split()))))
    if _NO_NAME.match(text) or _SHARE.match(text) or _BROKEN_END.search(text) or cut_quotation(text):
        return None  # "A mere 9 percent", "the “kind of problems", "the last of": nobody named or described
    if _NOT_A_SPEAKER.match(text) or _ABSTRACT_HEAD.search(text) or _NOBODY.match(text):
        return None  # "for his recently", "it further", "the convention’s", "the notion", "not one of them"
    if (document := _DOCUMENT.fullmatch(text)) is not None:
        return document.group(1) + document.group(2)  # "The full paper on the drug": the paper
    return text


def document_source(q: Quote) -> bool:
    """The words are a document's, not a person's or an organisation's: a paper, a study, a report ("The full paper
    on the drug, published on 4 November in the journal, confirms ..."). It is a source the outlet cites, not a voice
    it carries."""
    if q.speaker_entity or q.speaker is None:
        return False
    name = speaker_name(q)
    return name is not None and _DOCUMENT.fullmatch(name) is not None


_PARTICIPLE_CLAUSE = re.compile(r",\s+(?-i:[a-z]+(?:ed|en|ing))\s.*$")
"""A participle clause inside the mention ("The full paper on the drug, published on 4 November in the journal"):
not the name."""
_NOBODY = re.compile(r"(?i:not\s+(?:one|a\s+single|any)|none|neither|no)(?:\s|$)")
"""A mention that denies anyone spoke: "not one of them", "none of the outlets", "no official"."""
_DOCUMENT = re.compile(
    r"((?:[\w'’-]+\s+){0,4}?(?i:papers?|study|studies|reports?|analys[ie]s|reviews?|surveys?|polls?|audits?|data|"
    r"averages?|tall(?:y|ies)|estimates?|databases?|figures|results|findings|research|articles?|filings?|documents?|records?|journals?|"
    r"appeals?|lawsuits?|suits?|complaints?|motions?|petitions?|indictments?))"
    r"((?:\s+(?i:of|in|from|by|for|at|with)\s.*?)?)"
    r"(?:\s+(?i:on|about|into|over|concerning|regarding)\s.*)?"
)
"""A mention headed by a document: "The full paper on the drug", "a study by Harlow University researchers", "the
audit of the accounts", a filing ("the appeal", "the lawsuit"). ``[1]`` and ``[2]`` are its name: the head, the words
before it and those that say whose it is, not what it is about ("on the drug"). Not one that names who wrote it as its head ("the report's authors",
"researchers")."""


_PART_OF_A_GROUP = re.compile(
    r"(?i:some|many|several|most|few|a few|both|half|more|other|those|these|two|three|four|"
    r"five|\d[\d,]*|a (?:number|handful|majority|minority|group) of)\s+(?:of\s+)?(?:the\s+)?\S"
)
"""A part of a group, or some of its members ("Some Democrats", "Half of Vermont Democrats", "Both Mr. King and
Mr. Ode"): what they said is theirs, not the party's, the whole group's or one member's, so the ledger shows the
mention's words, not the name it resolved to. Not an adjective before a name ("veteran analyst Charlie Cook")."""
_NOT_A_SPEAKER = re.compile(
    r"^(?i:(?:for|of|in|on|at|to|with|from|by|about|as|than|now|and|or)\s"
    r"|(?:it|he|she|they|we|who\S*|nobody|no one|nothing|none)(?:\s+\w+)?$)"
    r"|^.*['’]s?$"
)
"""A mention that cannot be anyone: it starts with a preposition ("for his recently"), is a pronoun with a word after
it ("it further", "He also") or "nobody", or ends on a possessive ("the convention’s")."""
_ABSTRACT_HEAD = re.compile(
    r"^(?!.*\b(?i:with|of|by|for|about|on|in|to|from|at|over|under)\s)"  # "people familiar with the matter" speak
    r".*\b(?:notion|question|law|stakes|response|cost|approach|challenge|environment|victory|attacks?|comments?|"
    r"section|idea|fact|problem|issue|thing|matter|point|reason|inaction|system)(?:,.*)?$"
)
"""A mention whose head is an idea or an event, not a source ("the notion", "federal law", "the stakes, no matter",
"The decisive victory", "His comments"); not a word after a preposition ("people familiar with the matter")."""


def mention_json(q: Quote) -> dict[str, Any] | None:
    """The speaker mention as the ledger shows it: the words that name the speaker, without the clauses
    :func:`speaker_name` leaves out ("The full paper on the drug, published on 4 November in the journal," is "The
    full paper"; "a court filing published on Tuesday" is "a court filing"), at their own offsets."""
    if q.speaker is None:
        return None
    mention = q.speaker
    text = _TRAILING.sub("", _RELATIVE_CLAUSE.sub("", _PARTICIPLE_CLAUSE.sub("", mention.text)))
    if (document := _DOCUMENT.fullmatch(text)) is not None:
        text = document.group(1) + document.group(2)
    text = text.rstrip()
    if not text or not mention.text.startswith(text) or len(text) == len(mention.text):
        return mention.to_json()
    surname = q.speaker_entity.split()[-1] if q.speaker_entity and q.speaker_entity.split() else ""
    if surname and surname in mention.text and surname not in text:
        return mention.to_json()  # "..., including her chief of staff Tina Flournoy": the name is in what is cut
    return Span(mention.article, mention.start, mention.start + len(text), text).to_json()


def document_finding(q: Quote) -> bool:
    """An indirect quote whose speaker is a document and whose cue reports what it found or shows, not what it says:
    "The full paper on the drug confirms that the drug lowers the risk", "the data show", "according to a poll" (a
    measure: data, figures, a poll, a survey, a study, an analysis). The finding is the article's fact with the
    document as its source (the facts carry it); the ledger lists who said what. A document that says something stays:
    "The petition alleges that ...", "the statement said", "according to court documents", "according to reports
    from the Ledger"; so do its words in quotation marks."""
    if q.kind != "indirect" or q.cue is None or q.speaker is None or not document_source(q):
        return False
    cue = " ".join(q.cue.text.lower().split())
    if _FINDING_CUE.fullmatch(cue):
        return True
    name = speaker_name(q) or ""
    head = document.group(1).split()[-1].lower() if (document := _DOCUMENT.fullmatch(name)) else ""
    return cue == "according to" and head in MEASURES


_FINDING_CUE = re.compile(
    r"confirm(?:s|ed|ing)?|show(?:s|ed|n|ing)?|find(?:s|ing)?|found|suggest(?:s|ed|ing)?|indicat(?:e|es|ed|ing)|"
    r"conclud(?:e|es|ed|ing)|estimat(?:e|es|ed|ing)|reveal(?:s|ed|ing)?|predict(?:s|ed|ing)?|report(?:s|ed|ing)?"
)
"""Cues by which a document reports a result rather than says something."""
MEASURES = {
    "data", "figures", "results", "findings", "research", "poll", "polls", "survey", "surveys", "study", "studies",
    "analysis", "analyses", "audit", "audits", "review", "reviews", "average", "averages", "tally", "tallies",
    "estimate", "estimates", "database", "databases",
}  # fmt: skip
"""Documents that measure rather than state: "according to" one of them gives its finding ("according to a rolling
average of surveys", "a tally by the wire", "a database tracking such deaths": figures, no one's words)."""


def _quote_json(
    q: Quote, also: list[dict[str, Any]], article: Article | None = None, via: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "speaker": speaker_name(q),
        "speaker_mention": mention_json(q),
        "kind": q.kind,
        "text": q.content.text,
        "article": q.article,
        "start": q.content.start,
        "end": q.content.end,
        "cue": _cue_text(q, article),
        "parts": [p.to_json() for p in q.parts],
        "also_in": also,
        "via": via,
    }


def _text_of(article: Article | None) -> str | None:
    """An article's text in the offsets of its quotes' spans."""
    return (article.original or article.text) if article is not None else None


def _other_speaker(q: Quote, other: Quote, text: str | None = None) -> bool:
    """The other outlet gives the words to someone else, whom it names ("said Pavel Strand" against "Holt
    said"), at the quote or by a role it gave that person by name (``text``: the other article's text; see
    :func:`_named_by_role`)."""
    a, b = speaker_name(q), speaker_name(other)
    mention = other.speaker.to_json() if other.speaker else None
    if not (a and b and (_named(mention) or _named_by_role(b, mention, text))):
        return False
    words_a = set(_norm(q.speaker.text).split()) if q.speaker else set()
    words_b = set(_norm(other.speaker.text).split()) if other.speaker else set()
    return not _named_alike(a, words_a, b, words_b)


def _named_alike(a: str, said_a: set[str], b: str, said_b: set[str]) -> bool:
    """Speakers ``a`` and ``b``, named in mentions of the words ``said_a`` and ``said_b``, are one person: the same
    name, or a name whose words the other's mention holds ("Adam (Pacman) Jones" resolved to "Adam" in one article,
    "Adam “Pacman” Jones" to "Jones" in another)."""
    return same_speaker(a, b) or set(_norm(a).split()) <= said_b or set(_norm(b).split()) <= said_a


def _named(mention: dict[str, Any] | None) -> bool:
    """The outlet names the speaker at the quote: the mention holds a capitalised word other than the first
    word of a sentence-opening pronoun or role ("Quinn", "Brady Quinn"; not "he", "The quarterback")."""
    if not mention:
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", str(mention.get("text") or ""))
    return any(w[0].isupper() and w.lower() not in _NOT_NAMES for w in words)


_NOT_NAMES = {"he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "his", "her", "their", "this", "that"}


def _named_by_role(speaker: str, mention: dict[str, Any] | None, text: str | None) -> bool:
    """The speaker's mention is a role with "the" ("the judge", "the presiding judge") that the article gave, before
    it, to ``speaker`` by name and to no one else ("Judge Mara Lisk sentenced ...", "prosecutor Ivo Brandt", "the
    judge, Mara Lisk,", "Mara Lisk, the presiding judge"): the outlet gives the words to that person as plainly as by
    name. Not a role the article gives no one by name, nor one it gives two people ("Judge Lisk ... Judge Orm")."""
    from ..extract.lexicon import ROLE_NOUNS

    start, end, said = (mention or {}).get("start"), (mention or {}).get("end"), (mention or {}).get("text")
    if text is None or not isinstance(start, int) or not isinstance(end, int) or text[start:end] != said:
        return False
    role = _THE_ROLE.fullmatch(" ".join(str(said).split()))
    if role is None or role.group("role") not in ROLE_NOUNS:
        return False
    noun = re.escape(role.group("role"))
    before = text[:start]
    names = [m.group("name") for m in re.finditer(rf"(?i:\b{noun}),?[^\S\n]+(?P<name>{_NAME})", before)]
    names += [
        m.group("name")
        for m in re.finditer(rf"(?P<name>{_NAME}),\s+(?i:the|a)\s+(?:[a-z-]+\s+){{0,2}}(?i:{noun})\b", before)
    ]
    return bool(names) and all(same_speaker(n, speaker) for n in names)


_THE_ROLE = re.compile(r"(?i:the)\s+(?:[a-z-]+\s+){0,2}(?P<role>[a-z-]+)")
"""A role with "the" and perhaps words that qualify it, in lower case ("the judge", "the chief prosecutor")."""
_NAME = r"(?-i:[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){0,3})"
"""A name: capitalised words."""


def _named_before(carrier: dict[str, Any], text: str | None, people: set[str] | None) -> bool:
    """The carrier's speaker is "he" or "she", and its paragraph names that speaker before the pronoun with no other
    of the story's ``people`` named in between: 'Teodor Brask, chairman of the union, said inspectors had flagged
    cracks. "These men were sent down a shaft," he said.' The outlet gives the words to Brask as plainly as by
    name; a pronoun further from its name, or whose name is only in the words said ("Rask was warned, he said"), is
    our reading, not the outlet's words."""
    mention = carrier.get("speaker_mention") or {}
    start, end = mention.get("start"), mention.get("end")
    if text is None or start is None or end is None or str(mention.get("text", "")).lower() not in ("he", "she"):
        return False
    if text[start:end] != mention.get("text"):
        return False  # offsets of another text
    # before the quoted words: "Jackson was on probation, he said." names Jackson in what is said, not as its speaker
    said_at = carrier.get("start")
    until = min(start, said_at) if isinstance(said_at, int) and said_at < start else start
    paragraph = _norm(text[text.rfind("\n", 0, start) + 1 : until])
    speaker = carrier.get("speaker") or ""
    forms = {f for f in (_norm(speaker), _surname(speaker)) if f}
    at = max((m.end() for f in forms for m in re.finditer(rf"\b{re.escape(f)}\b", paragraph)), default=-1)
    if at < 0:
        return False
    after = paragraph[at:]
    named = (p for p in people or () if p and p in after and re.search(rf"\b{re.escape(p)}\b", after))
    return not any(not same_speaker(p, speaker) for p in named)


def speaker_key(name: str) -> str:
    """How speakers' names are compared (lower case, no punctuation)."""
    return _norm(name)


def _surname(name: str) -> str:
    from ..extract.entities import HONORIFICS
    from ..extract.lexicon import ROLE_NOUNS

    words = [w for w in _norm(name).split() if w not in HONORIFICS and w not in ROLE_NOUNS]
    return words[-1] if words else ""


def same_speaker(a: str, b: str) -> bool:
    """Two ways of naming one person: "Bob Woodward" / "Mr Woodward", "Vincent DelGiudice" / "Justice
    Vincent Del Giudice"."""
    from rapidfuzz import fuzz

    na, nb = _norm(a), _norm(b)
    if na == nb or na in nb or nb in na:
        return True
    sa, sb = _surname(a), _surname(b)
    if sa and sb and fuzz.ratio(sa, sb) >= 85:
        return True
    flat_a, flat_b = na.replace(" ", ""), nb.replace(" ", "")
    return min(len(flat_a), len(flat_b)) >= 6 and fuzz.partial_ratio(flat_a, flat_b) >= 90


MIN_DISPUTED_WORDS = 5
"""Words a quotation needs before the same words under two names are a dispute over who said them."""


def attribution_conflicts(
    ledger: list[dict[str, Any]],
    people: set[str] | None = None,
    sources: dict[str, str] | None = None,
    texts: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """The same words attributed to different people in different articles: one conflict per quotation, with a
    side for every article that carries it under a name (a team's statement given to its manager by two outlets and
    to another man by two more: one dispute with four sides, not four disputes of two).

    With ``people`` (the names and spellings of the story's people), only people's names count: a company's
    statement read out by its spokesman is one statement, not a dispute over who made it. With ``sources`` (article
    -> independent source), two articles of one source never dispute each other: the names must differ across
    sources. With ``texts`` (article -> its text, in the ledger's offsets), a speaker
    named by "he" or "she" counts as the outlet's words when the paragraph names them right before it
    (:func:`_named_before`), and one named by a role ("the judge") when the article gave that role to them by name
    (:func:`_named_by_role`)."""
    # carriers of one quotation, by (article, start, end): a piece of a split quotation is not the whole of it
    groups: list[dict[tuple[str, int, int], dict[str, Any]]] = []
    for q in ledger:
        if len(re.findall(r"[A-Za-z]+", q["text"])) < MIN_DISPUTED_WORDS:
            continue  # "to requests for comment": words anyone writes, not a statement two people could own
        carriers = {
            (c["article"], c["start"], c["end"]): c
            for c in [q, *q["also_in"]]
            # a speaker found through "he" or "the quarterback" is our reading, not the outlet's words
            if c.get("speaker")
            and (
                _named(c.get("speaker_mention"))
                or _named_before(c, (texts or {}).get(c["article"]), people)
                or _named_by_role(c["speaker"], c.get("speaker_mention"), (texts or {}).get(c["article"]))
            )
            and (people is None or _norm(c["speaker"]) in people)
        }
        joined = [g for g in groups if g.keys() & carriers.keys()]  # the same quotation reached from another row
        merged: dict[tuple[str, int, int], dict[str, Any]] = {}
        for g in joined:
            merged.update(g)
            groups.remove(g)
        # each carrier as first listed (a piece of a split quotation stays that piece), in the order first met
        groups.append({**merged, **{k: c for k, c in carriers.items() if k not in merged}})
    out = []
    for carriers in groups:
        names: list[str] = []  # one spelling per speaker, in order of first appearance
        said: list[set[str]] = []  # the words each speaker is named with, over all the carriers' mentions
        rank: dict[tuple[str, int, int], int] = {}  # each carrier's speaker, as an index into names
        for key, c in carriers.items():
            own = set(_norm(str((c.get("speaker_mention") or {}).get("text") or "")).split())
            k = next((i for i, n in enumerate(names) if _named_alike(c["speaker"], own, n, said[i])), len(names))
            if k == len(names):
                names.append(c["speaker"])
                said.append(set())
            said[k] |= own | set(_norm(c["speaker"]).split())
            rank[key] = k
        if len(names) < 2:
            continue
        src = sources or {}
        if not any(
            rank[a] != rank[b] and src.get(a[0], a[0]) != src.get(b[0], b[0]) for a in carriers for b in carriers
        ):
            continue  # one outlet's articles naming two people: its own inconsistency, not outlets disagreeing
        out.append(
            {
                "kind": "attribution",
                "topic": "who said it: " + " vs ".join(names),
                "detail": "the same words attributed to different people",
                "sides": _one_side_per_source(carriers, rank, src),
            }
        )
    return out
