"""The timeline: a year told in a background clause dates that clause, not the sentence's main event; a plan is read
through a quoted title and across a second verb of the same clause (stop 54: NeuS audit 7, repros 13 and 14;
invented text)."""

from __future__ import annotations

import pytest
from brief_helpers import HashEmbedder, make_article

from storyline.extract.dates import planned


def _planned(text: str, day: str) -> bool:
    at = text.index(day)
    return planned(text, 0, at, at + len(day))


def _aside(text: str, day: str) -> str | None:
    from storyline.extract.dates import background_clause

    got = background_clause(text, 0, len(text), text.index(day))
    return text[got[0] : got[1]] if got else None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('Her first television interview will take place on Channel 4\'s "Morning Table" on Friday.', "Friday"),
        (
            "The launch will coincide with the release of his book, “Tides: Notes from the Orne Delta” on Friday.",
            "Friday",
        ),
        (
            "Ivo Sand, a former mayoral candidate, is expected to abandon the Green Party and start a new party this fall.",
            "this fall",
        ),
        ("She will hold her first event as a candidate at a dock hall in the old port of Varos on Monday.", "Monday"),
        (
            "The Orne budget committee is expected to consider the levy bill, which nine committees approved, on Monday.",
            "Monday",
        ),
        ("The Senate of Orne will hold a final vote on the stopgap bill as early as Sept. 30.", "Sept. 30"),
        ("Senator Orla Venn is set to release her much-touted “Blue Harbour Deal” on Thursday.", "Thursday"),
    ],
)
def test_a_plan_reads_through_a_quoted_title_a_second_verb_and_an_aside(text: str, day: str) -> None:
    assert _planned(text, day)


@pytest.mark.parametrize(
    "text",
    [
        '"We will win this seat in Varos," the candidate told reporters at the hall on Friday.',
        "The ministers will meet in Varos, and officials signed the accord at the old town hall on Friday.",
        "The council is expected to vote on the plan soon, and the mayor opened the new bridge on Friday.",
        "The board will resign and the ferry company collapsed into administration at the harbour on Friday.",
        "She served as a senator and later as a minister in the cabinet of the Orne republic on Friday.",
        "The committee approved the levy bill, which the council will debate next spring, on Friday.",
        "Lawmakers in Orne passed the budget as early as Friday, which surprised the markets.",
    ],
)
def test_a_cue_of_a_quotation_or_another_clause_still_plans_nothing(text: str) -> None:
    assert not _planned(text, "Friday")


def test_a_year_of_a_background_clause_dates_that_clause() -> None:
    bill = (
        "Premier Voss said Friday that Ostrava did not pay any money to Kestria, which had issued a $3 million bill "
        "for the care of Lina Harrow, the student sent home from Kestria in 2018."
    )
    assert _aside(bill, "2018") == "the student sent home from Kestria in 2018"
    assert _aside(bill, "Friday") is None
    video = "The former deputy premier says in a video released today, which dwells on 2019's riot in Port Elm, Veldra."
    assert _aside(video, "2019") == "which dwells on 2019's riot in Port Elm, Veldra"
    assert _aside("Orlen, who resigned in 2019, said on Friday that he would run.", "2019") == "who resigned in 2019"
    host = (
        "Speaking to Radio Orne Monday in Varos, which is set to host the second contest Tuesday, Voss called Kell "
        '"a bright, charming leader".'
    )
    assert _aside(host, "Tuesday") == "which is set to host the second contest Tuesday"
    lot = "In Orne, for instance, which holds a March 1 caucus and, like Varos, awards seats by lot, staff are busy."
    assert _aside(lot, "March 1") == "which holds a March 1 caucus"
    # guards: the main clause's subject, a list, who told it, the main clause's own date, "when"
    assert (
        _aside("In addition, a fundraising email sent out by Kell on Tuesday night warned of a fight.", "Tuesday")
        is None
    )
    assert _aside("Ministers of Varos, the Orne and Kessling met in 2019.", "2019") is None
    assert _aside("Hiring rose in July, the Labour Ministry reported Friday.", "Friday") is None
    assert _aside("Ostrava opened the bridge on Friday, which had cost 3 million crowns.", "Friday") is None
    assert _aside("The fire started on Saturday, when a candle tipped over in 2019.", "2019") is None


def test_the_timeline_entry_of_a_background_year_is_its_clause() -> None:
    from storyline.brief.build import build_brief
    from storyline.models import ArticleExtraction, DateMention, Span

    body = (
        "Premier Voss said Friday that Ostrava did not pay any money to Kestria, which had issued a bill for the "
        "care of Lina Harrow, the student sent home from Kestria in 2018."
    )
    a = make_article("a", "Voss: nothing paid", body)
    a.published = "2026-05-16"
    start = a.original.index("Premier")
    dates = [
        DateMention(Span("a", at, at + len(w), w), iso, rel)
        for w, iso, rel in (("Friday", "2026-05-15", True), ("2018", "2018", False))
        for at in [a.original.index(w)]
    ]
    ext = ArticleExtraction("a", sentences=[(start, len(a.original))], dates=dates)
    brief = build_brief([a], {"a": ext}, [], story="s1", embedder=HashEmbedder())
    rows = {t["expression"]: t for t in brief["timeline"]}
    assert rows["2018"]["event"] == "the student sent home from Kestria in 2018", rows["2018"]
    assert a.original[rows["2018"]["event_start"] : rows["2018"]["event_end"]] == rows["2018"]["event"]
    assert rows["2018"]["fact"] is None
    assert rows["Friday"]["event"].startswith("Premier Voss said Friday")
