"""A figure changed in a copied paragraph, mixed fractions ("2 1/2 years"), and death tolls told in small words by two
outlets (invented texts)."""

from __future__ import annotations

import dataclasses

import numpy as np
from brief_helpers import HashEmbedder, make_article

from storyline.align.align import _same_tolls, find_conflicts
from storyline.align.claims import Claim, find_figures
from storyline.brief import build_brief


def _claim(k: int, article: str, text: str, day: str | None = None, dates: tuple[str, ...] = ()) -> Claim:
    return Claim(k, article, 0, len(text), text, 0, figures=tuple(find_figures(text)), dates=dates, published=day)


def _figures(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, text[f.start : f.end]) for f in find_figures(text)]


def test_a_whole_number_and_a_fraction_are_one_number() -> None:
    """ "2 1/2 years", "2-1/2 year", "3½ hours" are two and a half years, three and a half hours: one figure (not a
    score "2-1", a phone number or nothing at all); "9/11" stays no count and a fraction over one is no fraction."""
    assert _figures("He was sentenced to 2 1/2 years, with 9 months to serve.") == [
        (2.5, "year", "2 1/2 years"),
        (9.0, "month", "9 months"),
    ]
    assert _figures("He served a 2-1/2 year sentence.") == [(2.5, "year", "2-1/2 year")]
    assert _figures("The talks lasted 3\u00bd hours.") == [(3.5, "hour", "3\u00bd hours")]
    assert _figures("The Corvane bus line marked 9/11 in silence.") == []
    assert [f.value for f in find_figures("They won 20-13 on Sunday.")] == []


def test_exact_figures_agree_only_when_one_may_be_rounded_from_the_other() -> None:
    """ "2 years" and "2 1/2 years" are two terms, though 2 may stand for up to 2.49; "94 percent" and "94.1%" one
    share; "$2 trillion" and "$2.2 trillion" one sum rounded."""
    (two,) = find_figures("He got 2 years.")
    (half,) = find_figures("He got 2 1/2 years.")
    (point,) = find_figures("He got 2.5 years.")
    assert not two.overlaps(half) and not two.overlaps(point) and half.overlaps(point)
    (a,) = find_figures("Turnout was 94 percent.")
    (b,) = find_figures("Turnout was 94.1 percent.")
    assert a.overlaps(b)
    (c,) = find_figures("a budget of $2 trillion")
    (d,) = find_figures("a budget of $2.2 trillion")
    assert c.overlaps(d)


PASSAGE = (
    "Oskar Tamm had been released from the Halden County jail in late 2030 after serving time for an assault.\n\n"
    "Rosa Lind was the victim in that case, and she had asked the court for protection twice.\n\n"
)


def _article(aid: str, outlet: str, body: str, day: str = "2031-01-07"):
    return dataclasses.replace(make_article(aid, "Man held over two deaths", body, outlet=outlet), published=day)


def test_a_figure_changed_in_a_copied_paragraph_is_a_disagreement_between_the_copies() -> None:
    """Two outlets print one wire passage word for word, but one says "2 years" and the other "2 1/2 years": the two
    sentences are a figure conflict between two sources, each its outlet's own (not one copied source whose fact
    counts no source at all), while the sentences copied unchanged stay one copied source."""
    one = _article("a", "Bay Standard", "Oskar Tamm, 35, was arrested on Monday.\n\n" + PASSAGE
                   + "He was sentenced to 2 years, with 9 months to serve in that case.")  # fmt: skip
    two = _article("b", "Valley Times", "The suspect, Oskar Tamm, has a long record.\n\n" + PASSAGE
                   + "He was sentenced to 2 1/2 years, with 9 months to serve in that case.")  # fmt: skip
    brief = build_brief([one, two], {}, [], story="s1", embedder=HashEmbedder())
    figures = [c for c in brief["conflicts"] if c["kind"] == "figure"]
    assert [c["topic"] for c in figures] == ["year: 2 vs 2.5"], brief["conflicts"]
    assert {s["article"] for s in figures[0]["sides"]} == {"a", "b"}
    (fact,) = [f for f in brief["facts"] if "sentenced" in f["text"]]
    assert fact["status"] == "conflicting" and fact["independent_sources"] == 1
    assert not any(s.get("copied") for s in fact["sources"]), fact
    copied = [f for f in brief["facts"] if "Halden County" in f["text"]]
    assert copied and all(s.get("copied") for f in copied for s in f["sources"]), copied


def test_a_death_toll_in_small_words_disputed_by_another_outlet() -> None:
    """ "The death toll rose to two" (a toll: two people) and "three people are dead" in another outlet's sentence
    about something else as well: one count of the dead each, the story's toll, compared however far apart the
    sentences; a count of some more ("another two people died") or of another kind (injured) is not."""
    (toll,) = find_figures("The death toll rose to two, police said.")
    assert (toll.value, toll.unit) == (2.0, "people")
    wire = _claim(0, "w", "The death toll rose to two, police said.", "2031-08-11")
    paper = _claim(
        1, "p", "Now 61 homes have been destroyed, as of Tuesday evening, and three people are dead.", "2031-08-11"
    )
    claims = [wire, paper]
    groups = {"w": "w", "p": "p"}
    assert _same_tolls(claims, groups) == {(0, 1): "people"}
    scores = np.full((2, 2), 0.3) - np.eye(2) * 0.3  # far apart in meaning, in two facts
    found = find_conflicts(claims, scores, groups, fact_of={id(wire): 0, id(paper): 1})
    assert [(c.kind, c.topic) for c in found] == [("figure", "people: 2 vs 3")]
    for text, dates in (
        ("Another two people died in hospital on Tuesday evening, and 61 homes have been destroyed.", ()),
        ("Three people were injured on Tuesday evening, and 61 homes have been destroyed.", ()),
        ("Three people were killed in a crash on the Tarsk road in 2019.", ("2019",)),
    ):
        other = _claim(1, "p", text, "2031-08-11", dates)
        assert _same_tolls([wire, other], groups) == {}, text
    # a toll that says it counts the one who did it is no toll of the victims ("killed three people")
    fair = _claim(0, "w", "The gunman killed three people at the Tarsk fair on Sunday.", "2031-08-11")
    shooter = _claim(1, "p", "Four people were killed (including the shooter) at the Tarsk fair.", "2031-08-11")
    assert _same_tolls([fair, shooter], groups) == {}
    # running tolls of no known day ("climbing to", "have now died"): a dispute or an update, nothing says which
    rising = _claim(0, "w", "The death toll was climbing to at least 41 people, officials said.")
    now = _claim(1, "p", "Officials said 38 people have now died in the floods.")
    assert _same_tolls([rising, now], groups) == {}
    dated = [dataclasses.replace(rising, published="2031-08-11"), dataclasses.replace(now, published="2031-08-11")]
    assert _same_tolls(dated, groups) == {(0, 1): "people"}


def test_the_latest_toll_leads_the_summary_and_the_same_day_dispute_is_named() -> None:
    """A wire of Tuesday (dated by its dateline) says the toll rose to two, a paper of Tuesday says three are dead, a
    paper of Wednesday says three have died: one conflict, told day by day, Wednesday's the latest, the Tuesday
    disagreement named; the summary does not print both tolls."""
    told = [
        ("w", None, "Pellan Press", "MERRO, Aug 11 (Pellan Press) - The death toll rose to two, police said. The fire has destroyed 46 homes."),
        ("a", "2031-08-11", "Merro Gazette", "Residents say they warned the utility. Now 61 homes have been destroyed, as of Tuesday evening, and three people are dead."),
        ("c", "2031-08-12", "Tarn Herald", "The fire has burned on. Three people have died since the fire began."),
    ]  # fmt: skip
    arts = [dataclasses.replace(make_article(k, "Ostrel fire", t, outlet=o), published=d) for k, d, o, t in told]
    brief = build_brief(arts, {}, [], story="s1", embedder=HashEmbedder())
    tolls = [c for c in brief["conflicts"] if c["topic"].startswith("people:")]
    assert [c["topic"] for c in tolls] == ["people: 2 vs 3"], brief["conflicts"]
    assert {s["article"] for s in tolls[0]["sides"]} == {"w", "a", "c"}
    assert "Tarn Herald gives the latest (2031-08-12)" in tolls[0]["detail"], tolls[0]["detail"]
    assert "on 2031-08-11 the reports disagreed (2 vs 3)" in tolls[0]["detail"], tolls[0]["detail"]
    texts = [s["text"] for s in brief["summary"]]
    assert not any("rose to two" in t for t in texts), texts


WIRE = (
    "A goods train left the rails near the Brannock junction on Monday evening, injuring {n} people, the Brannock "
    "rail board said.\n\nSeventeen wagons left the track, spilling gravel across both lines.\n\n"
    "Services between Brannock and Eldmoor were suspended until Friday."
)


def test_copies_of_one_text_that_differ_in_a_figure_disagree() -> None:
    """Two outlets carry one wire text (one syndication group), but one says 31 people were injured and the other
    38: the difference is a conflict between the copies, and the copy that says 31 is no same-words source of the
    fact that says 38 (web7 min/01: no conflict, the 31 listed as "same" wording)."""
    one = _article("a", "Harlow Ledger", WIRE.format(n=31))
    two = _article("b", "Penmark Times", WIRE.format(n=38))
    brief = build_brief([one, two], {}, [], story="s1", groups={"a": "g", "b": "g"}, embedder=HashEmbedder())
    figures = [c for c in brief["conflicts"] if c["kind"] == "figure"]
    assert [c["topic"] for c in figures] == ["people: 31 vs 38"], brief["conflicts"]
    assert {s["article"] for s in figures[0]["sides"]} == {"a", "b"}
    (fact,) = [f for f in brief["facts"] if "injuring" in f["text"]]
    assert fact["status"] == "conflicting" and fact["independent_sources"] == 1, fact
    shown = f"injuring {'31' if fact['sources'][0]['article'] == 'a' else '38'} people"
    assert all(shown in s["text"] for s in fact["sources"]), fact
    # guards: the copies' unchanged sentences stay one source in the same words, with no conflict
    wagons = [f for f in brief["facts"] if "wagons" in f["text"]]
    assert wagons and wagons[0]["conflicts"] == [] and len(wagons[0]["sources"]) == 2, wagons
    same = build_brief(
        [one, _article("b", "Penmark Times", WIRE.format(n=31))],
        {},
        [],
        story="s1",
        groups={"a": "g", "b": "g"},
        embedder=HashEmbedder(),
    )
    assert same["conflicts"] == [], same["conflicts"]
