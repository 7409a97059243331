"""A speaker named by a role the article gave them by name takes part in the attribution check; a filing that argues
is no organisation speaking; a report quoting part of a quotation in other words is its wording variant; a time limit
told as a duration is a deadline on the timeline (invented text)."""

from __future__ import annotations

import pytest

from storyline.brief.quotes import attribution_conflicts, document_source, link_wordings, quote_ledger
from storyline.extract.dates import find_dates
from storyline.models import Article, Quote, Span
from tests.brief_helpers import ledger_row, make_article

WORDS = '"No clerk in Pellmark stands above the ledger,"'


def _span(art: Article, piece: str, *, last: bool = False) -> Span:
    s = art.original.rindex(piece) if last else art.original.index(piece)
    return Span(art.id, s, s + len(piece), piece)


def _two_outlets(tabloid_body: str, speaker: str) -> tuple[list[Quote], dict[str, Article]]:
    """The wire gives the words to the prosecutor by name; the tabloid to ``speaker`` (its last mention), whom the
    speaker resolution made Judge Sina Vald."""
    wire = make_article("w", "Clerk jailed", f"Judge Sina Vald jailed the clerk.\n\n{WORDS} prosecutor Ivo Renk said.")
    tabloid = make_article("t", "Clerk caged", tabloid_body, outlet="Evening Lamp")
    quotes = [
        Quote("w", "direct", _span(wire, WORDS), _span(wire, "prosecutor Ivo Renk"), "Ivo Renk"),
        Quote("t", "direct", _span(tabloid, WORDS), _span(tabloid, speaker, last=True), "Sina Vald"),
    ]
    return quotes, {"w": wire, "t": tabloid}


def _check(quotes: list[Quote], arts: dict[str, Article]) -> tuple[bool, list[dict[str, object]]]:
    rows = quote_ledger(quotes, arts)
    texts = {k: a.original for k, a in arts.items()}
    other = [o["other_speaker"] for r in rows for o in r["also_in"]]
    return any(other), attribution_conflicts(rows, {"sina vald", "ivo renk"}, texts=texts)


@pytest.mark.parametrize(
    "named",
    [
        "Judge Sina Vald read out the sentence.",
        "The clerk was jailed by the judge, Sina Vald, on Friday.",
        "Sina Vald, the presiding judge, read out the sentence.",
    ],
)
def test_a_quote_given_to_the_judge_the_article_named_is_disputed_like_one_given_by_name(named: str) -> None:
    quotes, arts = _two_outlets(f"{named}\n\n{WORDS} the judge thundered.", "the judge")
    other, conflicts = _check(quotes, arts)
    assert other
    (conflict,) = conflicts
    assert conflict["kind"] == "attribution"
    assert {s["speaker"] for s in conflict["sides"]} == {"Ivo Renk", "Sina Vald"}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "body",
    [
        # no judge named: "the judge" is our reading, not the outlet's words
        "The clerk was jailed on Friday.\n\n",
        # two judges named: which one?
        "Judge Sina Vald and Judge Ola Brun heard the case.\n\n",
        # named only after the quote
        "",
    ],
)
def test_a_role_the_article_gives_no_one_or_two_people_by_name_is_no_dispute(body: str) -> None:
    tail = "" if body else "\n\nJudge Sina Vald read out the sentence."
    quotes, arts = _two_outlets(f"{body}{WORDS} the judge thundered.{tail}", "the judge")
    other, conflicts = _check(quotes, arts)
    assert not other and conflicts == []


def test_the_same_person_by_role_and_by_name_is_no_dispute() -> None:
    wire = make_article("w", "Clerk jailed", f"Judge Sina Vald jailed the clerk.\n\n{WORDS} Judge Sina Vald said.")
    tabloid = make_article("t", "Clerk caged", f"Judge Sina Vald read out the sentence.\n\n{WORDS} the judge said.")
    quotes = [
        Quote("w", "direct", _span(wire, WORDS), _span(wire, "Judge Sina Vald", last=True), "Sina Vald"),
        Quote("t", "direct", _span(tabloid, WORDS), _span(tabloid, "the judge", last=True), "Sina Vald"),
    ]
    other, conflicts = _check(quotes, {"w": wire, "t": tabloid})
    assert not other and conflicts == []


@pytest.mark.slow
def test_a_filing_that_argues_is_a_document_not_the_court_its_name_ends_with() -> None:
    from storyline.extract import extract_articles, resolve_entities
    from storyline.extract.pipeline import article_from_text

    texts = {
        "a": "Lawyers for former Pellmark mayor Jorun Vaskel lodged an appeal on Friday, the Court of Appeal said.\n\n"
        "Defence lawyer Siv Orrberg said the appeal argued that the trial judge had ignored the ledgers.",
        # a body called by the noun that heads its name ("Court of Appeal": a court), as by the last word of it
        "b": "The Court of Appeal in Pellmark will hear the case in May. The court said the hearing would be public.",
        "c": "Two barns burned near Osk overnight, the Brenmoor Fire Service said.\n\n"
        "The fire service said the cause was not yet known.",
    }
    arts = [article_from_text(t, f"{k}.txt", article_id=k) for k, t in texts.items()]
    exs = extract_articles(arts)
    resolve_entities(arts, exs)
    by = {(ex.article, q.speaker.text): q for ex in exs for q in ex.quotes if q.speaker is not None}
    argued = by[("a", "the appeal")]
    assert argued.speaker_entity is None and document_source(argued)
    assert by[("a", "Siv Orrberg")].speaker_entity == "Siv Orrberg"
    assert by[("b", "The court")].speaker_entity == "Court of Appeal"
    assert by[("c", "The fire service")].speaker_entity == "Brenmoor Fire Service"


def _row(article: str, text: str, kind: str = "direct", parts: list[str] | None = None) -> dict[str, object]:
    return ledger_row(article, "Sina Vald", text, kind, start=10, parts=parts)


QUOTED = '"treated the town\'s treasury as her own private purse"'
REPORT = f"the clerk {QUOTED} and called the scheme careful"
WHOLE = '"The accused treated the town treasury as her private purse,"'


def _alike(texts: list[str]):  # type: ignore[no-untyped-def]
    import numpy as np

    return np.ones((len(texts), 4), dtype=np.float32) / 2.0


@pytest.mark.parametrize("first", ["quotation", "report"])
def test_a_report_quoting_part_of_a_quotation_in_other_words_is_its_variant(first: str) -> None:
    quotation, report = _row("w", WHOLE), _row("t", REPORT, "indirect", [QUOTED])
    rows = [quotation, report] if first == "quotation" else [report, quotation]
    (row,) = link_wordings(rows, _alike)  # type: ignore[arg-type]
    assert row["article"] == "w" and row["kind"] == "direct"  # the quotation heads the row
    assert [(o["article"], o["text"], o["exact"]) for o in row["also_in"]] == [("t", QUOTED, False)]  # type: ignore[index, union-attr]


def test_a_report_quoting_a_few_words_or_another_speaker_stays_a_row_of_its_own() -> None:
    short = _row("t", 'the clerk "a purse" and more', "indirect", ['"a purse"'])
    assert len(link_wordings([_row("w", WHOLE), short], _alike)) == 2  # type: ignore[arg-type]
    other = {**_row("t", REPORT, "indirect", [QUOTED]), "speaker": "Ivo Renk"}
    assert len(link_wordings([_row("w", WHOLE), other], _alike)) == 2  # type: ignore[arg-type]
    unquoted = _row("t", "the clerk treated the town treasury as her own private purse", "indirect")
    assert len(link_wordings([_row("w", WHOLE), unquoted], _alike)) == 2  # type: ignore[arg-type]


def _dates(text: str, phrase: str) -> tuple[str | None, bool, str | None]:
    at = text.index(phrase)
    ((_s, _e, iso, rel, why),) = find_dates(text, [(at, at + len(phrase), "DATE")], published="2026-03-10")
    return iso, rel, why


@pytest.mark.parametrize(
    ("text", "phrase", "due"),
    [
        ("The defence has 14 days to lodge an appeal.", "14 days", "2026-03-24"),
        ("His lawyer said he would appeal within 14 days.", "14 days", "2026-03-24"),
        ("His lawyer said he would appeal within 14 days.", "within 14 days", "2026-03-24"),
        ("Residents are given two weeks to object to the plan.", "two weeks", "2026-03-24"),
        ("The firm will have six months to sell the mill.", "six months", "2026-09"),
    ],
)
def test_a_time_limit_told_as_a_duration_is_a_deadline_counted_from_publication(
    text: str, phrase: str, due: str
) -> None:
    iso, rel, why = _dates(text, phrase)
    assert (iso, rel) == (due, True)
    assert why is not None and "deadline" in why and "2026-03-10" in why


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The works took 14 days.", "14 days"),
        ("He had 14 days to appeal but did not.", "14 days"),
        ("The clerk was given two weeks to answer.", "two weeks"),
        ("Police said the suspect was arrested within 48 hours.", "48 hours"),
        ("Staff must report a leak within two days of finding it.", "two days"),
        ("He will stay in the cell for 14 days.", "14 days"),
        ("The defence has several days to lodge an appeal.", "several days"),
    ],
)
def test_a_duration_that_sets_no_limit_still_to_come_stays_off_the_timeline(text: str, phrase: str) -> None:
    iso, _rel, why = _dates(text, phrase)
    assert iso is None and why is not None and "duration" in why
