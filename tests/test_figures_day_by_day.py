"""Figures told day by day (hectares burned, homes lost, a share contained): the latest dated figure is the one known
now, the earlier ones updates, not disagreements; a wire dated only by its dateline is dated by it. Invented text."""

from __future__ import annotations

import dataclasses
from datetime import date

from brief_helpers import HashEmbedder, make_article

from storyline.align.align import REVISED, Conflict, revised_position
from storyline.align.claims import Claim, find_figures, split_claims
from storyline.brief import build_brief


def _brief(articles):
    return build_brief(articles, {}, [], story="s1", embedder=HashEmbedder())


def _article(aid: str, day: str | None, outlet: str, body: str):
    return dataclasses.replace(make_article(aid, "Ostrel fire", body, outlet=outlet), published=day)


def _claim(n: int, aid: str, day: str | None, text: str) -> Claim:
    return Claim(n, aid, 0, len(text), text, 0, figures=tuple(find_figures(text)), published=day)


def test_a_wire_dated_only_by_its_dateline_is_filed_that_day_in_the_year_of_the_story() -> None:
    """A wire with no publication date and "MERRO, Sep 3 (Agency) -" was filed on 3 September of the year of the story's
    other articles (not the year of the run); a dateline with its year keeps it; an article with neither is undated."""
    from storyline.extract.dates import filed_days

    texts = {
        "w": ("MERRO, Sep 3 (Pellan Press) - The Ostrel fire has burned 900 hectares.", None),
        "p": ("The Ostrel fire has burned 2,100 hectares.", "2031-09-04"),
        "y": ("MERRO, 2 September 2030 - An earlier fire.", None),
        "n": ("The fire burned on.", None),
    }
    days = filed_days(texts, today=date(2040, 1, 15))
    assert days == {"w": "2031-09-03", "p": "2031-09-04", "y": "2030-09-02"}
    # alone, with no other day to go by: the most recent such day up to the run's
    assert filed_days({"w": texts["w"]}, today=date(2040, 1, 15)) == {"w": "2039-09-03"}
    arts = [_article(k, d, "Pellan Press", t) for k, (t, d) in texts.items() if k in "wp"]
    claims = split_claims(arts, {})
    assert {c.article: c.published for c in claims} == {"w": "2031-09-03", "p": "2031-09-04"}


def test_the_latest_dated_figure_is_the_position_known_now_unless_two_are_told_that_day() -> None:
    """Three days of a containment share: the latest day's is the figure known now, though another report revised the
    first in so many words ("up from 40%") a day before it; two different figures of the latest day: none is."""
    from storyline.align.align import latest_told

    a = _claim(0, "a", "2031-09-02", "The Ostrel fire was 40% contained on Tuesday evening.")
    b = _claim(1, "b", "2031-09-03", "The Ostrel fire was 65% contained on Wednesday, up from 40% a day earlier.")
    c = _claim(2, "c", "2031-09-04", "The Ostrel fire is 80% contained, crews said on Thursday.")
    disputed = frozenset({(40.0, "%"), (65.0, "%"), (80.0, "%")})
    series = Conflict("figure", "%: 40 vs 65 vs 80", [a, b, c], "different figures for the same thing", disputed)
    assert latest_told(series) == [c]
    assert revised_position(series) == [c]
    # without Thursday's report, Wednesday's revision is the latest
    two = Conflict("figure", "%: 40 vs 65", [a, b], "", frozenset({(40.0, "%"), (65.0, "%")}))
    assert revised_position(two) == [b]
    # two figures given on the latest day disagree: no latest
    d = _claim(3, "d", "2031-09-04", "The Ostrel fire is 70% contained, crews said on Thursday.")
    split = Conflict("figure", "%: 40 vs 70 vs 80", [a, c, d], "", disputed | {(70.0, "%")})
    assert latest_told(split) == []
    # a count of a past moment told in the past ("were at the scene"): a later report disputes it, it updates nothing
    f = _claim(5, "f", "2031-09-02", "Crews said 60 firefighters fought the blaze on Monday night.")
    g = _claim(6, "g", "2031-09-03", "About 45 firefighters were at the scene at the height of the blaze on Monday.")
    crews = Conflict(
        "figure", "firefighter: 45 vs 60", [f, g], "", frozenset({(45.0, "firefighter"), (60.0, "firefighter")})
    )
    assert latest_told(crews) == [] and revised_position(crews) == []
    # the present told well before a figure of a second object: "has burned ... hectares and destroyed 52 homes"
    h = _claim(7, "h", "2031-09-01", "The Ostrel fire has destroyed 14 homes, officials said on Monday.")
    k = _claim(
        8, "k", "2031-09-03", "The Ostrel fire has burned 11,800 hectares and destroyed 52 homes, officials said."
    )
    homes = Conflict("figure", "home: 14 vs 52", [h, k], "", frozenset({(14.0, "home"), (52.0, "home")}))
    assert latest_told(homes) == [k]
    # an undated side: nothing to tell the latest by
    e = _claim(4, "e", None, "The Ostrel fire is 85% contained.")
    assert latest_told(Conflict("figure", "%: 40 vs 85", [a, e], "", frozenset({(40.0, "%"), (85.0, "%")}))) == []


def test_replacing_the_figures_given_before_is_a_revision() -> None:
    assert REVISED.search("The service said on Tuesday, replacing the figures it gave on Monday.")
    assert REVISED.search("The agency updated its estimate to 9,800 hectares.")
    assert not REVISED.search("The council is replacing the number of beds it lost.")  # "of": another thing


def test_a_figure_told_day_by_day_is_one_update_series_and_the_summary_gives_the_latest() -> None:
    """A wire dated only by its dateline (Tuesday), two papers of Monday and one of Wednesday: the hectares and the
    share contained are each one conflict told day by day, whose detail names the latest and says the earlier figures
    were superseded (the wire's day counted), and the summary and the fact give Wednesday's figures, though two older
    reports outnumber it."""
    told = [
        ("a", "2031-09-01", "Merro Gazette", "The Ostrel fire has burned 4,500 hectares and is 20% contained, the fire service said on Monday."),
        ("b", "2031-09-01", "Lindell Post", "The Ostrel fire has burned 4,500 hectares and is 20% contained, the fire service said on Monday."),
        ("w", None, "Pellan Press", "MERRO, Sep 2 (Pellan Press) - The Ostrel fire has burned 9,800 hectares and is 40% contained, the fire service said on Tuesday."),
        ("c", "2031-09-03", "Tarn Herald", "The Ostrel fire has burned 11,800 hectares and is 65% contained, the fire service said on Wednesday."),
    ]  # fmt: skip
    arts = [_article(k, d, o, t) for k, d, o, t in told]
    brief = _brief(arts)
    figures = [c for c in brief["conflicts"] if c["kind"] == "figure"]
    by_unit = {c["topic"].split(":")[0]: c for c in figures}
    assert len(figures) == 2, [c["topic"] for c in figures]
    assert by_unit["hectare"]["topic"] == "hectare: 4,500 vs 9,800 vs 11,800"
    assert by_unit["%"]["topic"] == "%: 20 vs 40 vs 65"
    for c in figures:
        assert "a figure told day by day: Tarn Herald gives the latest (2031-09-03)" in c["detail"], c["detail"]
        assert "published 1 to 2 days apart: the earlier figure was superseded, not disputed" in c["detail"]
    texts = [s["text"] for s in brief["summary"]]
    assert any("11,800 hectares" in t for t in texts), texts
    assert not any("4,500 hectares" in t or "9,800 hectares" in t for t in texts), texts
    (fact,) = [f for f in brief["facts"] if "hectares" in f["text"]]
    assert "11,800 hectares" in fact["text"]


def test_figures_of_one_day_are_a_disagreement_inside_the_later_update() -> None:
    """46 homes (wire, dated by its dateline) and 61 homes (a paper of the same day) disagree; 52 the next day is the
    latest: one conflict for the one count (not "46 vs 61" beside "46 vs 52"), told day by day, whose detail names the
    same-day disagreement."""
    told = [
        ("w", None, "Pellan Press", "MERRO, Sep 2 (Pellan Press) - The Ostrel fire has destroyed 46 homes, the fire service said."),
        ("a", "2031-09-02", "Merro Gazette", "The Ostrel fire has destroyed 61 homes, the fire service said."),
        ("c", "2031-09-03", "Tarn Herald", "The Ostrel fire has destroyed 52 homes, the fire service said."),
    ]  # fmt: skip
    brief = _brief([_article(k, d, o, t) for k, d, o, t in told])
    topics = {c["topic"]: c["detail"] for c in brief["conflicts"] if c["kind"] == "figure"}
    assert list(topics) == ["home: 46 vs 52 vs 61"], topics
    detail = topics["home: 46 vs 52 vs 61"]
    assert "day by day: Tarn Herald gives the latest (2031-09-03)" in detail, detail
    assert detail.endswith("; on 2031-09-02 the reports disagreed (46 vs 61)"), detail
    # without the later report, the two figures of one day are a plain disagreement
    brief = _brief([_article(k, d, o, t) for k, d, o, t in told[:2]])
    topics = {c["topic"]: c["detail"] for c in brief["conflicts"] if c["kind"] == "figure"}
    assert topics == {"home: 46 vs 61": "different figures for the same thing"}, topics


def test_an_outlets_earlier_figure_is_no_source_of_its_later_one() -> None:
    """One outlet's "61 homes" (Tuesday) and its own "52 homes" (Wednesday), against a third outlet's 46 of Tuesday:
    the outlet's earlier sentence is no source of the fact worded with 52, nor a summary sentence."""
    told = [
        ("a", "2031-09-02", "Merro Gazette", "Now 61 homes have been destroyed, as of Tuesday evening. Residents say they warned the utility."),
        ("b", "2031-09-03", "Merro Gazette", "The fire has burned on. 52 homes have been destroyed."),
        ("c", "2031-09-02", "Tarn Herald", "The fire has destroyed 46 homes, the fire service said on Tuesday evening."),
    ]  # fmt: skip
    arts = [_article(k, d, o, t) for k, d, o, t in told]
    brief = _brief(arts)
    facts = [f for f in brief["facts"] if "52 homes" in f["text"]]
    assert facts, [f["text"] for f in brief["facts"]]
    for fact in facts:
        assert all("61" not in arts[0].original[s["start"] : s["end"]] for s in fact["sources"] if s["article"] == "a")
    assert not any("61 homes" in s["text"] for s in brief["summary"]), brief["summary"]
