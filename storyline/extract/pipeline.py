"""The extraction step: articles -> mentions, quotes, quantities and dates, in original offsets.

spaCy runs in two cheap passes: NER with a rule-based sentence splitter over every article, and the
dependency parser (``tok2vec`` + ``parser`` only) over just the sentences that hold a speech-cue
word (unless a surface rule reads the cue) or a quotation framed by words of their own with no cue
word ("X praised Y: "..."", for the subject that speaks). Everything else is rules over those results.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..clean.dupes import TITLE_END, decimal_point
from ..clean.lines import sentence_lines
from ..models import Article, ArticleExtraction, DateMention, Mention, Quantity, Quote, Span
from . import marks
from .attribution import RawQuote, attributions, interrupted, nested_pieces
from .cues import NAMING_VERBS, SURFACE_WORD, Cue, find_cues, frame_cues, noun_use, surface_cue, without_leading_time
from .dates import find_dates
from .entities import NameMention, is_role, own_outlet, repair_mentions, tagged_text
from .headline import headline_quotes
from .lexicon import PRONOUNS, cue_words
from .numbers import find_quantities
from .speakers import named_places, resolve_speakers, spoken_of_as_people

NER_DISABLE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
PARSE_DISABLE = ("tagger", "attribute_ruler", "lemmatizer", "ner")
TAG_DISABLE = ("parser", "lemmatizer", "ner")
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
Progress = Callable[[int], None]
FRAMED_WORDS = 4


@dataclass
class Analysed:
    """One article's text with what the models said about it (cleaned-text offsets)."""

    article: Article
    sents: list[tuple[int, int]]
    ents: list[tuple[int, int, str]]
    tokens: list[tuple[int, int]]
    segs: list[marks.Segment]
    cues: list[Cue] = field(default_factory=list)
    common_openers: set[tuple[int, int]] = field(default_factory=set)
    """One-word entity spans opening a sentence that the tagger reads as common words ("Turnout was ...")."""
    plural_openers: set[tuple[int, int]] = field(default_factory=set)
    """Those of :attr:`common_openers` the tagger reads as a plural common noun ("Shoppers said ...")."""

    @property
    def quoted(self) -> bytearray:
        mask = bytearray(len(self.article.text))
        for seg in self.segs:
            mask[seg.start : seg.end] = b"\x01" * (seg.end - seg.start)
        return mask


def _models() -> tuple[Any, Any]:
    from ..nlp import load_spacy
    from .dates import warm_up

    warm_up()
    return load_spacy(NER_DISABLE), load_spacy(PARSE_DISABLE)


def _analyse(ner: Any, parser: Any, articles: list[Article], batch_size: int) -> list[Analysed]:
    out: list[Analysed] = []
    openers: list[list[tuple[int, int, int, int]]] = []
    for art, doc in zip(
        articles, ner.pipe((tagged_text(a.text) for a in articles), batch_size=batch_size), strict=True
    ):
        openers.append(_opening_names(doc))
        sents = opening_marks_forward(
            art.text,
            join_titles(art.text, [p for s in doc.sents for p in split_lines(art.text, s.start_char, s.end_char)]),
        )
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        toks = [(i, i + n) for i, n in doc.to_array(["IDX", "LENGTH"]).tolist()] if len(doc) else []
        out.append(Analysed(art, sents, ents, toks, marks.find_segments(art.text)))
    _tag_openers(out, [(i, doc) for i, doc in enumerate(openers) if doc])
    jobs: list[tuple[int, tuple[int, int], bool]] = []
    masks: list[bytearray] = []
    for i, an in enumerate(out):
        quoted = an.quoted
        masks.append(quoted)
        for sent in an.sents:
            if not _needs_parse(an.article.text, sent, quoted):
                if _framed_quote(an.article.text, sent, quoted):
                    jobs.append((i, sent, True))
                continue
            cue = surface_cue(an.article.text, sent, quoted)
            if cue is not None and _unnamed_opening_word(an, cue):
                cue = None  # "Continuing claims for state programs declined": let the parse tell
            if cue is not None:
                an.cues.append(without_leading_time(an.article.text, cue))
            else:
                jobs.append((i, sent, False))
    texts = [out[i].article.text[a:b] for i, (a, b), _f in jobs]
    docs = parser.pipe((tagged_text(t) for t in texts), batch_size=batch_size * 4)
    for (i, (a, b), frame), stext, sdoc in zip(jobs, texts, docs, strict=True):
        found = frame_cues(sdoc, a, b, masks[i]) if frame else find_cues(sdoc, a, stext)
        if not frame and not found and _framed_quote(out[i].article.text, (a, b), masks[i]):
            # no speech after all ("announced his running mate, calling X "my partner ...""): the verb the quotation
            # names an object of
            found = frame_cues(sdoc, a, b, masks[i], naming_only=True)
        if not frame and _calls_quoted(out[i].article.text, (a, b), masks[i]):
            # 'called the proposal "reckless" and said ...': the speech verb's cue, and the words the subject calls
            # something by (a partial quotation its parse alone gives)
            found += [c for c in frame_cues(sdoc, a, b, masks[i]) if c.partial and not _reported(c, found)]
        out[i].cues.extend(without_leading_time(out[i].article.text, c) for c in found)
    return out


OPENING_PUNCT = {"``", "''", '"', "“", "‘", "'", "(", "-", "—", "–", ":"}


def _opening_names(doc: Any) -> list[tuple[int, int, int, int]]:
    """``(sentence start, sentence end, name start, name end)`` of each one-word name that opens its sentence (or
    a quotation or line in it, or the clause after a spaced dash: then the "sentence" starts there): its capital may
    be the sentence's, not a name's."""
    out = []
    for e in doc.ents:
        label = e.label_
        if len(e) >= 3 and _spaced_dash(e[-2]):
            e = doc[e.end - 1 : e.end]  # "[ELMSGARD - Relatives] gathered": a dateline the tagger took into a word
        if len(e) != 1 or label not in ENTITY_LABELS or not e.text[:1].isupper() or e.text.isupper():
            continue
        tok, sent = e[0], e.sent
        # a clause after a spaced dash opens the line's text too ("09:20 — Queues have formed ...")
        start = max((t.i + 1 for t in doc[sent.start : tok.i] if _spaced_dash(t)), default=sent.start)
        before = [t for t in doc[start : tok.i] if t.text not in OPENING_PUNCT and not t.is_space]
        if not before and tok.i + 1 < len(doc) and not doc[tok.i + 1].text[:1].isupper():
            out.append(
                (doc[start].idx if start > sent.start else sent.start_char, sent.end_char, e.start_char, e.end_char)
            )
    return out


def _spaced_dash(tok: Any) -> bool:
    """A dash set apart by spaces ("09:20 — Queues"), not a hyphen inside a word ("anti-Trump")."""
    doc = tok.doc
    spaced_before = tok.i > 0 and (doc[tok.i - 1].whitespace_ or doc[tok.i - 1].is_space)
    return tok.text in {"—", "–", "-", "--"} and bool(tok.whitespace_) and bool(spaced_before)


def _tag_openers(out: list[Analysed], todo: list[tuple[int, list[tuple[int, int, int, int]]]]) -> None:
    """Mark the opening names the tagger reads as common words (a noun, adjective, verb: not a proper noun), each
    in its own sentence: "Turnout was 63.2 percent", "Farmers who had travelled ..."."""
    if not todo:
        return
    from ..nlp import load_spacy

    tagger = load_spacy(TAG_DISABLE)
    jobs = [(i, s, e, a, b) for i, items in todo for s, e, a, b in items]
    texts = [out[i].article.text[s:e] for i, s, e, _a, _b in jobs]
    for (i, s, _e, a, b), doc in zip(jobs, tagger.pipe(texts), strict=True):
        tok = next((t for t in doc if t.idx == a - s and t.idx + len(t) == b - s), None)
        if tok is not None and tok.pos_ in COMMON_POS:
            out[i].common_openers.add((a, b))
            if tok.tag_ == "NNS":
                out[i].plural_openers.add((a, b))


COMMON_POS = {"NOUN", "ADJ", "VERB", "ADV", "ADP", "DET", "PRON", "AUX", "SCONJ", "CCONJ"}


def _unnamed_opening_word(an: Analysed, cue: Cue) -> bool:
    """A cue read without parsing whose speaker is only the sentence's first word, capitalised because it opens
    the sentence, and no name, pronoun or role ("*Continuing* claims for state programs declined")."""
    if cue.speaker is None or cue.speaker[0] != cue.sent[0]:
        return False
    word = an.article.text[cue.speaker[0] : cue.speaker[1]]
    if " " in word or word.lower() in PRONOUNS or is_role(word):
        return False
    return not any(s < cue.speaker[1] and cue.speaker[0] < e for s, e, _label in an.ents)


def _framed_quote(text: str, sent: tuple[int, int], quoted: bytearray) -> bool:
    """A quotation of a few words inside a sentence that has some words of its own around it (with
    no speech verb: the verb that frames it is found by parsing)."""
    s, e = sent
    if not any(quoted[s:e]) or all(quoted[s:e]):
        return False
    words = SURFACE_WORD.findall(text, s, e)
    outside = sum(1 for w in SURFACE_WORD.finditer(text, s, e) if not quoted[w.start()])
    if outside < 2:
        return False
    return len(words) - outside >= FRAMED_WORDS or _calls_quoted(text, sent, quoted)


def _calls_quoted(text: str, sent: tuple[int, int], quoted: bytearray) -> bool:
    """A sentence with a verb of naming outside its quotations, or a quotation right after "as" ("dismissed the
    criticism as "political theatre""): it may call something by quoted words, however few (a partial quotation)."""
    s, e = sent
    if not any(quoted[s:e]):
        return False
    for w in SURFACE_WORD.finditer(text, s, e):
        if quoted[w.start()]:
            continue
        if NAMING_VERBS.fullmatch(w.group(0)):
            return True
        k = w.end()
        while k < e and text[k] in " \t":
            k += 1
        if w.group(0).lower() == "as" and k < e and quoted[k]:
            return True
    return False


def _reported(cue: Cue, found: list[Cue]) -> bool:
    """The frame's quotation lies in what a cue of the sentence reports, or its verb is that cue's: not words of
    their own."""
    a, b = cue.content or (cue.start, cue.end)
    return any(
        c.start == cue.start or (c.content is not None and c.content[0] <= a and b <= c.content[1]) for c in found
    )


def _needs_parse(text: str, sent: tuple[int, int], quoted: bytearray) -> bool:
    """Parse a sentence only if it holds a speech-cue word outside quotation marks."""
    return any(
        not quoted[a] and not noun_use(text, a) and not (text[a].isupper() and a != sent[0])
        for a, _b in cue_words(text, sent[0], sent[1])
    )


_ABBREVIATION_END = re.compile(
    r"\b(?:[A-Z]\.){2,}(?=\s+(?:The|In|But|He|She|It|They|We|This|That|These|Those|A|An|However|Meanwhile|"
    r"There|His|Her|Their|Its|When|While|After|Before|Still|Yet|Instead|Earlier|Later|Last|On|At)\b)"
)
"""An initialism ending a sentence ("... pressure from the U.S. In particular, ..."): the model's splitter
reads the period as the abbreviation's only, but a function word cannot follow "U.S." inside a sentence."""


def split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut at line breaks (a heading or a paragraph end is a boundary; a break inside a sentence, as in
    hard-wrapped copy, is none: :func:`~storyline.clean.lines.sentence_lines`) and after an initialism
    that ends a sentence, spaces trimmed."""
    out = []
    for s, e in sentence_lines(text, start, end):
        cuts = [m.end() for m in _ABBREVIATION_END.finditer(text, s, e)]
        for a, b in zip([s, *cuts], [*cuts, e], strict=True):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
    return out


def opening_marks_forward(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A quotation's opening mark that the splitter left at the end of the sentence before ('... modest but real.
    "' | 'Patients have waited long enough," the chair told ...') moved to the sentence it opens, so that each
    sentence has its own marks (a parse of the second would otherwise read the closing mark as an opening one)."""
    out = list(sents)
    for i in range(len(out) - 1):
        (s, e), (s2, e2) = out[i], out[i + 1]
        m = _TRAILING_OPENER.search(text, s, e)
        if m is None or m.start() <= s or not text[m.end() : s2].isspace() and m.end() != s2:
            continue
        if not text[s2 : s2 + 1].isalnum() and text[s2 : s2 + 1] not in "'‘":
            continue
        cut = m.start()
        while cut > s and text[cut - 1].isspace():
            cut -= 1
        out[i], out[i + 1] = (s, cut), (m.start() + len(m.group(0)) - 1, e2)
    return out


_TRAILING_OPENER = re.compile(r"(?<=[.!?])\s+[\"“]$")


def join_titles(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences the splitter cut after a title ("retired Lt." | "Col." | "Louis Dorfman ..."; "Sen. Ted Cruz
    (R-Tex.)" | "never mentioned ...") or after a quotation ending in "!" or "?" that its attribution follows
    ('"He should resign!"' | 'the nominee, Donald Trump, tweeted.') joined again, when nothing but spaces on
    one line lies between."""
    out: list[tuple[int, int]] = []
    for s, e in sents:
        if (
            out
            and text[out[-1][1] : s] in (" ", "  ", "\xa0")
            and (
                TITLE_END.search(text, out[-1][0], out[-1][1])
                or _attribution_after_quote(text, out[-1], (s, e))
                or _carries_on(text, out[-1], s)
            )
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


_QUOTE_END = re.compile(r"[!?][\"”’»]$")
_NUMBER_SIGN = re.compile(r"\b(?:No|Nos|Nr)\.$")
_CARRIES_ON = re.compile(r"[a-z][a-z]+\b(?!\.)")


def _carries_on(text: str, prev: tuple[int, int], start: int) -> bool:
    """The splitter cut inside a sentence: the next piece goes on in lower case after an abbreviation or a
    quotation ("Sen. Joe Manchin, D-W.Va.," | "and Sen. Lisa Murkowski ..."; chanted “let us in!” | "after they
    were locked out"), or a number follows "No." ("his former No." | "2, Joe Biden, ...") or goes on after a
    decimal point set apart ("worth $2." | "6 million")."""
    if _NUMBER_SIGN.search(text, prev[0], prev[1]) and text[start : start + 1].isdigit():
        return True
    if prev[1] > prev[0] and decimal_point(text, prev[1] - 1):
        return True
    return bool(_CARRIES_ON.match(text, start))


def _attribution_after_quote(text: str, prev: tuple[int, int], sent: tuple[int, int]) -> bool:
    """``sent`` only says who spoke the quotation that ends ``prev``: it starts in lower case or is short,
    holds a speech-cue word and no quotation mark of its own."""
    if not _QUOTE_END.search(text, prev[0], prev[1]):
        return False
    s, e = sent
    piece = text[s:e]
    if any(ch in piece for ch in '"“”«»'):
        return False
    return bool(cue_words(text, s, e)) and (piece[:1].islower() or len(piece.split()) <= 12)


def _span(art: Article, s: int, e: int) -> Span:
    os_, oe = art.textmap.span_to_original(s, e)
    return Span(art.id, os_, oe, art.original[os_:oe])


def _framed(r: RawQuote) -> bool:
    """A one-piece direct quote whose content holds more than three characters outside its marks."""
    if len(r.parts) != 1:
        return False
    (a, b), (s, e) = r.parts[0], r.content
    return (e - s) - (b - a) > 3


def _build(an: Analysed) -> ArticleExtraction:
    art, text = an.article, an.article.text
    segs = an.segs
    raw: list[RawQuote] = attributions(text, segs, marks.paragraphs(text), an.cues)
    names: list[NameMention] = named_places(
        text,
        repair_mentions(
            text, an.ents, an.tokens, an.cues, outlet=art.outlet, common=an.common_openers, plural=an.plural_openers
        ),
    )
    # a quoted piece of a report nested in another speaker's is the inner speaker's words
    resolved = nested_pieces(text, resolve_speakers(text, raw, names, segs))
    names = spoken_of_as_people(names, resolved)  # "Kranz ... himself and Holm. He said": a person, however tagged
    quotes = [
        Quote(
            article=art.id,
            kind=r.kind,
            content=_span(art, *r.content),
            speaker=_span(art, *sp) if sp else None,
            speaker_entity=who,
            cue=_span(art, r.cue.start, r.cue.end) if r.cue else None,
            # the quoted pieces, when the content is more than one quotation ("A," he said, "B") or
            # reaches past its marks into the outlet's words; a reported clause its attribution interrupts
            # ("The good news, Wollen said, is that ...") has its words before and after it
            parts=tuple(_span(art, a, b) for a, b in r.parts)
            if len(r.parts) > 1 or _framed(r)
            else tuple(_span(art, a, b) for a, b in interrupted(text, r, sp)),
        )
        for r, sp, who in resolved
        if not (sp and own_outlet(text[sp[0] : sp[1]], art.outlet))
    ]
    quotes += headline_quotes(
        art, names, quotes
    )  # after the body's: a body row of the same words heads the ledger's row
    mentions = [
        Mention(_span(art, m.start, m.end), m.label, None, m.canonical or None, m.roles[0] if m.roles else None)
        for m in names
    ]
    quantities = [Quantity(_span(art, s, e), v, u) for s, e, v, u in find_quantities(text, an.ents, an.tokens)]
    dates = [
        DateMention(_span(art, s, e), iso, rel, why)
        for s, e, iso, rel, why in find_dates(text, an.ents, published=art.published)
    ]
    sents = [art.textmap.span_to_original(s, e) for s, e in an.sents]
    return ArticleExtraction(art.id, sents, mentions, quotes, quantities, dates)


def _extract_chunk(articles: list[Article], batch_size: int) -> list[ArticleExtraction]:
    ner, parser = _models()
    return [_build(an) for an in _analyse(ner, parser, articles, batch_size)]


def _chunks(items: list[Article], size: int) -> Iterator[list[Article]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def extract_articles(
    articles: Iterable[Article],
    *,
    n_process: int = 1,
    batch_size: int = 16,
    progress: Progress | None = None,
) -> list[ArticleExtraction]:
    """Extract every article; those with a ``skip_reason`` come back empty with ``skipped`` set.

    ``n_process`` > 1 spreads chunks of articles over worker processes (each loads the models once).
    """
    arts = list(articles)
    todo = [a for a in arts if not a.skip_reason and a.text.strip()]
    done: dict[str, ArticleExtraction] = {}
    chunks = list(_chunks(todo, max(1, batch_size // 2)))
    if n_process > 1 and len(chunks) > 1:
        import multiprocessing as mp

        _models()  # load (and warm) once here: forked workers share them

        with mp.get_context("fork").Pool(n_process) as pool:
            results: Iterable[list[ArticleExtraction]] = pool.imap(_chunk_worker, [(c, batch_size) for c in chunks])
            _collect(results, done, progress)
    else:
        _collect((_extract_chunk(c, batch_size) for c in chunks), done, progress)
    out = []
    for a in arts:
        if a.id in done:
            out.append(done[a.id])
        else:
            ex = ArticleExtraction(a.id)
            ex.skipped = a.skip_reason or "no text to analyse"
            out.append(ex)
    return out


def _chunk_worker(job: tuple[list[Article], int]) -> list[ArticleExtraction]:
    return _extract_chunk(*job)


def _collect(
    results: Iterable[list[ArticleExtraction]], done: dict[str, ArticleExtraction], progress: Progress | None
) -> None:
    for chunk in results:
        for ex in chunk:
            done[ex.article] = ex
        if progress:
            progress(len(chunk))


def extract_article(article: Article) -> ArticleExtraction:
    """One article's mentions, quotes, quantities and dates (see :func:`extract_articles`)."""
    return extract_articles([article])[0]


def article_from_text(text: str, name: str, *, article_id: str | None = None) -> Article:
    """A bare article over a whole text (nothing dropped), for analysing a file without a store."""
    from ..models import TextMap

    return Article(id=article_id or name, source=name, original=text, text=text, textmap=TextMap.identity(len(text)))
