"""Which side of the article's day a weekday lies on when the wording schedules it, the publication date a wire's
dateline gives, and a sentence's opening phrase that is no background (stop 56: audit 9 repro 06, story 19 repros 10
and 13, audit 9's event listed three times; invented text)."""

from __future__ import annotations

import pytest
from brief_helpers import HashEmbedder, make_article
from date_helpers import tagged_dates

from storyline.extract.dates import background_clause
from storyline.ingest.drafts import Draft
from storyline.ingest.pipeline import build_article
from storyline.models import Article, Skipped


def test_a_scheduled_weekday_in_the_present_tense_is_the_coming_one() -> None:
    """Repro 06: in a paper of Monday 2026-03-09, "The official programme starts Wednesday" and "Kessling's Thursday
    vote on the harbour is back on" are the coming Wednesday and Thursday, planned."""
    got = tagged_dates("The official programme starts Wednesday.", ["Wednesday"], "2026-03-09")
    assert got == [("Wednesday", "2026-03-11", True)]
    got = tagged_dates("Kessling's Thursday vote on the harbour is back on.", ["Thursday"], "2026-03-09")
    assert got == [("Thursday", "2026-03-12", True)]


@pytest.mark.parametrize(
    "text",
    [
        "The official programme started Wednesday.",
        "The official programme, Vale said on Wednesday, is new.",
        "A fresh start Wednesday lifted the league.",
        "Kessling's Wednesday vote on the harbour was back on.",
        "The Wednesday vote on the harbour is a test.",
    ],
)
def test_guard_a_past_act_or_no_schedule_stays_the_day_gone_by(text: str) -> None:
    assert tagged_dates(text, ["Wednesday"], "2026-03-09") == [("Wednesday", "2026-03-04", False)]


def test_a_day_in_the_subject_of_an_instruction_is_the_coming_one() -> None:
    """Repro 10: "Patients with appointments on Wednesday should call" in a Tuesday report is the next day."""
    text = "Patients with appointments on Wednesday should call the trust's helpline before travelling."
    assert tagged_dates(text, ["Wednesday"], "2026-05-05") == [("Wednesday", "2026-05-06", True)]
    text = "Anyone travelling on Thursday is advised to check the timetable."
    assert tagged_dates(text, ["Thursday"], "2026-05-05") == [("Thursday", "2026-05-07", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Patients who had appointments on Wednesday should call the helpline.",
        "Patients with appointments on Wednesday should have been told.",
        "The trust said on Wednesday patients should call the helpline.",
    ],
)
def test_guard_a_past_before_the_day_or_should_have_stays_the_day_gone_by(text: str) -> None:
    assert tagged_dates(text, ["Wednesday"], "2026-05-05") == [("Wednesday", "2026-04-29", False)]


def _wire(line: str, published: str | None = None) -> Article:
    body = f"{line} - A ransomware attack shut down the systems of Pellham Care Trust on Tuesday, the trust said.\n"
    art = build_article(
        Draft(source="wire.txt", original=f"Pellham clinics hit\n\n{body}", fmt="text", published=published)
    )
    assert not isinstance(art, Skipped), art
    return art


def test_a_dateline_with_its_year_gives_the_publication_date() -> None:
    """Repro 13: "PELLHAM, 5 May 2026 (Kestrel Wire) -" and no other date: published 2026-05-05."""
    assert _wire("PELLHAM, 5 May 2026 (Kestrel Wire)").published == "2026-05-05"


def test_guard_a_dateline_without_year_or_a_given_date_sets_nothing() -> None:
    assert _wire("PELLHAM, 5 May (Kestrel Wire)").published is None  # the year would be a guess
    assert _wire("PELLHAM, 5 May 2026 (Kestrel Wire)", published="2026-05-06").published == "2026-05-06"


def _aside(text: str, day: str) -> str | None:
    got = background_clause(text, 0, len(text), text.index(day))
    return text[got[0] : got[1]] if got else None


def test_a_main_clause_after_an_opening_phrase_is_no_background() -> None:
    """ "In a 4-2 decision along party lines, the high court ruled Monday that ...": the ruling is the sentence's main
    event, not a background told with a participle."""
    text = "In a 4-2 decision along party lines, the Orne high court ruled Monday that Brenn cannot move the vote."
    assert _aside(text, "Monday") is None
    # guards: a background after a clause with its own verb, or after a second comma
    text = "In 2019 Voss met Lina Harrow, the student sent home from Kestria in 2018."
    assert _aside(text, "2018") == "the student sent home from Kestria in 2018"
    text = "In Varos, police hold Lina Harrow, the student sent home from Kestria in 2018."
    assert _aside(text, "2018") == "the student sent home from Kestria in 2018"


def test_a_ruling_after_an_opening_phrase_is_the_timeline_entry_of_its_fact() -> None:
    """Audit 9: a ruling "on Monday" that three undated reports tell was listed three times: one of them opens its
    sentence with a phrase ("In a 4-2 decision, the court ruled Monday"), read as a background of no fact, so that no
    other report's entry could join it."""
    from storyline.brief.build import build_brief
    from storyline.models import ArticleExtraction, DateMention, Span

    bodies = {
        "a": "In a 4-2 decision along party lines, the Orne high court ruled Monday that Governor Tal Brenn "
        "cannot move the harbour vote to June.",
        "b": "The Orne high court ruled on Monday that Governor Tal Brenn cannot move the harbour vote to June.",
    }
    arts, exts = [], {}
    for aid, body in bodies.items():
        a = make_article(aid, "Harbour vote back on", body, outlet=f"Orne {aid.upper()} Post")
        at = a.original.index("Monday")
        start = a.original.index(body)
        dates = [DateMention(Span(aid, at, at + 6, "Monday"), None, True)]
        arts.append(a)
        exts[aid] = ArticleExtraction(aid, sentences=[(start, len(a.original))], dates=dates)
    brief = build_brief(arts, exts, [], story="s1", embedder=HashEmbedder())
    rows = [t for t in brief["timeline"] if t["expression"] == "Monday"]
    assert len(rows) == 1, rows
    assert {rows[0]["article"], *(x["article"] for x in rows[0]["also_in"])} == {"a", "b"}
    # the entry is the whole sentence's, of its fact: an undated report's entry can then join it (as the fact's, or
    # by how near its sentence is)
    assert rows[0]["fact"] == "f0" and rows[0]["event"] == bodies["a"], rows[0]
