"""A date line in figures, an outlet line under the headline, a dateline's full date, an RSS author, and an opinion
column on the timeline: invented texts only."""

from __future__ import annotations

from storyline.ingest.drafts import Draft
from storyline.ingest.pipeline import build_article
from storyline.models import Article


def _article(text: str, name: str = "a.txt") -> Article:
    art = build_article(Draft(source=name, original=text, fmt="text"))
    assert isinstance(art, Article)
    return art


def test_a_date_line_in_figures_is_the_publication_date_when_the_figures_tell_the_day() -> None:
    """ "14/10/2026" under the byline can only be 14 October; "05/03/2026" may be 5 March or 3 May, and is not read."""
    body = (
        "Ferry strike ends after two weeks\n\nBy Vella Harbour Desk\n\n{date}\n\n"
        "KESTOW - The ferry crews returned to work on Wednesday, a day after the union accepted the offer.\n\n"
        "The first crossing left at noon on Wednesday."
    )
    got = _article(body.format(date="14/10/2026"))
    assert got.published == "2026-10-14"
    assert "14/10/2026" not in got.text
    assert _article(body.format(date="2026/10/14")).published == "2026-10-14"
    assert _article(body.format(date="Published 14.10.2026 09:30")).published == "2026-10-14"
    ambiguous = _article(body.format(date="05/03/2026"))
    assert ambiguous.published is None and "05/03/2026" not in ambiguous.text
    assert "2026-03-05 or 2026-05-03" in ambiguous.extra["published_unread"]["why"]
    # the article's other dates tell the order: "on 28/02/2026" is day first; "on 9 March 2026" British usage
    told = body.format(date="05/03/2026") + " The union had first walked out on 28/02/2026."
    assert _article(told).published == "2026-03-05"
    american = body.format(date="05/03/2026") + " The union had first walked out on February 28, 2026."
    assert _article(american).published == "2026-05-03"
    assert _article(body.format(date="31/02/2026")).published is None


def _brief(*arts: Article) -> dict:  # type: ignore[type-arg]
    from brief_helpers import HashEmbedder

    from storyline.brief import build_brief
    from storyline.extract import extract_articles

    extractions = {a.id: e for a, e in zip(arts, extract_articles(list(arts)), strict=True)}
    return build_brief(list(arts), extractions, [], story="s1", embedder=HashEmbedder())


def test_a_dateline_with_its_year_anchors_an_undated_article_and_is_no_entry() -> None:
    """ "KESTOW, 14 October 2026 -" in an article with no publication date gives it (stop 56, story 19 repro 13): its
    "Wednesday" is 14 October, its
    "Tuesday" the 13th, "2 October, weeks before" is 2 October of the dateline's year; the dateline's own date is no
    entry (nor "October 2026" without its day)."""
    text = (
        "Harbour board approves rescue plan\n\n"
        "KESTOW, 14 October 2026 - The harbour board on Wednesday approved a plan to rescue the Vella ferry line.\n\n"
        "Board members say the chair warned the council in writing on 2 October, weeks before the losses became public"
        " on Tuesday."
    )
    art = _article(text)
    assert art.published == "2026-10-14"  # the dateline's day, with its year: the day the report was filed
    rows = {r["expression"]: r for r in _brief(art)["timeline"]}
    assert rows["Wednesday"]["date"] == "2026-10-14", rows["Wednesday"]
    assert rows["Tuesday"]["date"] == "2026-10-13"
    assert rows["2 October"]["date"] == "2026-10-02"
    assert not [e for e in rows if "2026" in e or "weeks" in e]
    same = _article(text.replace("14 October 2026", "October 14, 2026"))
    assert {r["expression"]: r["date"] for r in _brief(same)["timeline"]}["Wednesday"] == "2026-10-14"


def test_an_opinion_column_makes_no_timeline_entry_of_its_own() -> None:
    """A column's "on Tuesday" and "I doubt she would say so today" are its argument, no event: no entry; the
    report's dates are on the timeline."""
    column = _article(
        "Opinion: The ferry line was never safe\n\nThe Kestow Ledger\n14 October 2026\n\nBy Tarja Holm\n\n"
        "In my view, the vote of the harbour board on Tuesday is the least important part of this affair.\n\n"
        'Edda Voss told me last week that the line was "perfectly sound". I doubt she would say so today.',
        "column.txt",
    )
    report = _article(
        "Council orders inquiry into ferry losses\n\nVella Post\n14 October 2026\n\n"
        "KESTOW - The council voted on Wednesday to hold an inquiry into the losses of the Vella ferry line, a day "
        "after the harbour board approved the rescue plan.",
        "report.txt",
    )
    brief = _brief(column, report)
    assert [a["kind"] for a in brief["articles"]] == ["opinion", "report"]
    assert {r["article"] for r in brief["timeline"]} == {report.id}
    assert [r["expression"] for r in brief["timeline"]] == ["Wednesday"]


def test_a_name_line_between_the_headline_and_the_date_is_the_outlet_whatever_its_words() -> None:
    """Headline, a short name, the date (on a line of its own or opening the report's dateline): the name is the
    outlet, with a newspaper word or not ("Kestow Post", "The Kestow Ledger", "Northern Beacon", "Kestow Information
    Office"). A person's name there is no outlet: a given name ("Mira Tolle"), or a surname the text uses alone
    ("Brandholm said"); nor a place the report names ("in New Holm"), nor a name line with no date under it."""
    body = "KESTOW - The ferry crews returned to work on Wednesday after the union accepted the offer.{more}"
    layout = "Ferry strike ends after two weeks\n\n{name}\n14 October 2026\n\n" + body
    for name in ("Kestow Post", "The Kestow Ledger", "Northern Beacon", "Kestow Information Office"):
        got = _article(layout.format(name=name, more=""))
        assert got.outlet == name.removeprefix("The ") and name not in got.text  # "the Kestow Ledger" in a sentence
    assert _article(layout.format(name="The Ledger", more="")).outlet == "The Ledger"  # an article and a paper word
    dateline = (
        "Ferry strike ends after two weeks\n\nKestow Information Office\n\nKESTOW, 14 October 2026 - The crews ..."
    )
    assert _article(dateline.replace("The crews ...", body[9:].format(more=""))).outlet == "Kestow Information Office"
    assert _article(layout.format(name="Mira Tolle", more="")).outlet is None
    surname = "\n\nThe strike cost the line dearly, Brandholm said."
    assert _article(layout.format(name="Osk Brandholm", more=surname)).outlet is None
    place = "\n\nThe first ferry left for New Holm at noon."
    assert _article(layout.format(name="New Holm", more=place)).outlet is None
    named = "\n\nThe Northern Beacon first reported the offer on Monday."
    assert _article(layout.format(name="Northern Beacon", more=named)).outlet == "Northern Beacon"
    undated = "Ferry strike ends after two weeks\n\nNorthern Beacon\n\n" + body.format(more="")
    assert _article(undated).outlet is None
    from storyline.clean import clean_text

    assert clean_text("Ferry strike ends after two weeks\n\nNorthern Beacon").byline_outlet is None  # nothing after


def test_a_one_word_name_line_between_the_headline_and_the_date_is_the_outlet() -> None:
    """Headline, a one-word name ("Vestrabladet"), the date: the name is the outlet, in English and in another
    language. A section's heading ("Analysis", "Exclusive"), a given name or surname ("Ingrid", "Walker"), a place the
    report names again, or a word in capitals is no outlet."""
    body = "The ferry crews of Kestow returned to work on Wednesday after the union accepted the offer.{more}"
    layout = "Ferry strike ends after two weeks\n\n{name}\n14 October 2026\n\n" + body
    got = _article(layout.format(name="Vestrabladet", more=""))
    assert got.outlet == "Vestrabladet" and "Vestrabladet" not in got.text
    german = "Fährstreik nach zwei Wochen beendet\n\nVestrabladet\n14. Oktober 2026\n\nDie Besatzungen der Fähren sind am Mittwoch an die Arbeit zurückgekehrt."
    assert _article(german, "de.txt").outlet == "Vestrabladet"
    for name in ("Analysis", "Exclusive", "Updated", "Ingrid", "Walker", "KESTOW"):
        assert _article(layout.format(name=name, more="")).outlet is None, name
    assert _article(layout.format(name="Kestow", more="")).outlet is None  # the place the report names
    cited = "\n\nVestrabladet said the offer was generous."
    assert _article(layout.format(name="Vestrabladet", more=cited)).outlet is None  # a name the text uses alone
