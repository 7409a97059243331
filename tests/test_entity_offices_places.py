"""Offices before names, towns that share a name with a person or a fire, places after "residents of" and "above",
a name an article says a person goes by, a state's abbreviation beside an association, a company's tool, a caption's
slash, a man's generation, a people named after its country, a dateline's place: invented text."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.entities import _office_head
from storyline.extract.pipeline import article_from_text
from storyline.extract.resolve import _consistent_labels
from storyline.models import Mention, Span

pytestmark = pytest.mark.slow


def _entities(*texts: str):  # type: ignore[no-untyped-def]
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    return resolve_entities(arts, extract_articles(arts))


def _head(text: str) -> str:
    return text.split("\n\n", 3)[-1]


def test_an_office_or_occupation_before_a_name_is_a_role() -> None:
    """ "Fire Chief", "Meteorologist", "Firefighter" before a full name are roles, as "Governor" is: the names are
    the people's own."""
    text = (
        "Crews hold the line\n\nHalden Gazette\n\n11 August 2026\n\n"
        '"We have 200 firefighters out," Fire Chief Hanne Vollmer said.\n\n'
        "Meteorologist Greta van Hollen of the Weather Office warned that strong winds were expected.\n\n"
        "Firefighter Jens Ollander, 31, said his crew had worked all night.\n\n"
        "Governor Aldo Ferrant said the region would ask for funds."
    )
    people = {e.name: e for e in _entities(text) if e.type == "PERSON"}
    assert {"Hanne Vollmer", "Greta van Hollen", "Jens Ollander", "Aldo Ferrant"} <= set(people)
    assert "Fire Chief" in people["Hanne Vollmer"].roles
    assert "Meteorologist" in people["Greta van Hollen"].roles
    assert "Firefighter" in people["Jens Ollander"].roles
    assert not [n for n in people if n.startswith(("Fire", "Meteorologist"))]


@pytest.mark.parametrize(
    ("words", "cut"),
    [
        ("Fire Chief Hanne Vollmer", 2),
        ("Meteorologist Greta van Hollen", 1),
        ("Surveyor Anton Reisz", 1),
        ("Mary Judge Carlsen", 0),  # a given name first: no title
        ("John Major", 0),  # two words: a name is never cut to one word
        ("Bishop Tutu", 0),
        ("Olivier De Brandt", 0),  # particles after the first word: the first word is the given name
        ("Forester Ilse Marr", 0),  # a surname the census knows: maybe a name
        ("Baker Tom Rusk", 0),
    ],
)
def test_office_heads_cut_no_real_names(words: str, cut: int) -> None:
    assert _office_head(words.split()) == cut


def test_a_town_named_like_a_person_stays_the_town() -> None:
    """ "the town of Tollum" and '"Tollum can go home,"' are the town; Ansgar Tollum has his one mention."""
    text = (
        "Tollum order lifted\n\nHalden Gazette\n\n12 August 2026\n\n"
        "The evacuation order for the town of Tollum was lifted at noon on Wednesday.\n\n"
        '"Tollum can go home," Governor Aldo Ferrant said.\n\n'
        "Ansgar Tollum, chief executive of Vennick Power, said the company was cooperating with investigators."
    )
    ents = {e.name: e for e in _entities(text)}
    assert ents["Tollum"].type == "GPE"
    assert len(ents["Tollum"].mentions) == 3  # the headline's too
    assert len(ents["Ansgar Tollum"].mentions) == 1


def test_a_fire_named_after_its_town_is_no_person_and_the_town_is_a_place() -> None:
    text = (
        "Fire crosses ridge road\n\nHalden Gazette\n\n13 August 2026\n\n"
        "KARVIK - The winds arrived on Thursday, driving the Karvik Fire north across the ridge road before crews "
        "stopped it above Ostrel.\n\n"
        "Gusts reached 70 km/h at Karvik in the early afternoon. About 300 residents of Karvik and the hamlet of "
        "Ostrel were evacuated."
    )
    ents = {e.name: e for e in _entities(text)}
    assert ents["Karvik Fire"].type != "PERSON"
    assert ents["Karvik"].type == "GPE"
    assert len(ents["Karvik"].mentions) >= 2  # the dateline and "residents of Karvik"
    assert "The" not in ents


def test_a_place_after_residents_of_and_above_is_a_place() -> None:
    a = (
        "Wildfire forces 300 from homes\n\nKeld Post\n\n9 August 2026\n\n"
        "About 300 residents of Vorsund were evacuated as the flames moved down the ridge."
    )
    b = (
        "Crews hold line\n\nLund Courier\n\n13 August 2026\n\n"
        "Firefighter Jens Ollander said his crew had spent the night cutting breaks above Hallby. The fire jumped "
        "the road but crews held the northern line above Hallby. A man died in his home in Hallby."
    )
    ents = {e.name: e for e in _entities(a, b)}
    assert ents["Vorsund"].type == "GPE"
    assert ents["Hallby"].type in {"GPE", "LOC"}


def test_a_name_known_as_is_the_same_person_in_every_report() -> None:
    """ "Katarina Velt, known as Kat" in one report and "Kat Velt" in another: one woman."""
    a = (
        "Student found dead\n\nCoast Ledger\n\n3 March 2027\n\nThe body of Katarina Velt, 20, was found in "
        "Dunmoor on Sunday.\n\nFriends of Katarina Velt, known as Kat, described her as a bright student."
    )
    b = (
        "Student found dead\n\nDaily Beacon\n\n3 March 2027\n\nThe body of Kat Velt, 20, was found in Dunmoor on "
        "Sunday.\n\nKat Velt was a student at Orlen University."
    )
    people = [e for e in _entities(a, b) if e.type == "PERSON" or "Kat" in e.name]
    velt = [e for e in people if "Velt" in e.name or e.name == "Kat"]
    assert len(velt) == 1
    assert len(velt[0].mentions) == 5


def test_a_states_abbreviation_is_no_associations_initials() -> None:
    a = (
        "Clinic opens\n\nGulf Ledger\n\n2 May 2027\n\nA clinic opened in Tarn Bay, Ala., on Monday.\n\n"
        "With support from the American Lighting Association, an exhibition opened at the clinic."
    )
    ents = {e.name: e for e in _entities(a)}
    assert "Ala." not in ents["American Lighting Association"].variants
    assert ents["American Lighting Association"].type == "ORG"


def test_a_companys_tool_is_not_its_name() -> None:
    """ "the urgent Telmark Fix It solution" beside "Telmark said": the company Telmark speaks, no "Telmark Fix"
    person."""
    a = (
        "Telmark releases fix for Skyglass bug\n\nTech Ledger\n\n18 September 2031\n\n"
        "Telmark has released a temporary patch to fix a zero-day vulnerability in its Skyglass web browser.\n\n"
        "The Telmark Fix It patch applies only to 32-bit versions of Skyglass.\n\n"
        "Attackers could set up websites designed to exploit the flaw, Telmark said."
    )
    b = (
        "Telmark rushes urgent fix for Skyglass\n\nValley Post\n\n18 September 2031\n\n"
        "Apply the urgent Telmark Fix It solution to protect Skyglass from exploits.\n\n"
        "Telmark said the attacks were limited to Skyglass 8 and 9.\n\n"
        "The Telmark Fix It tool is not a replacement for scheduled updates, Telmark said."
    )
    ents = _entities(a, b)
    assert not [e for e in ents if e.type == "PERSON" and e.name.startswith("Telmark")]
    assert not [e for e in ents if e.name.endswith("applies")]
    assert any(e.name == "Telmark" and e.type == "ORG" for e in ents)


def test_a_captions_slash_ends_the_name() -> None:
    text = (
        "Trial goes on\n\nChannel 4 News\n\n4 June 2027\n\nJurors heard testimony on Tuesday in the trial of "
        "Jarek Fell.\n\n"
        "Nils Ardane/Fell's Attorney: \"I'm not going to comment on the testimony as we're proceeding.\""
    )
    names = {e.name for e in _entities(text)}
    assert "Nils Ardane" in names
    assert not [n for n in names if "/" in n]


def test_a_mans_generation_leaves_him_a_person() -> None:
    text = (
        "Crime boss dies\n\nTide Courier\n\n4 June 2027\n\n"
        "Dario Velli, the crime boss, died on Monday in a prison hospital in Tarvik.\n\n"
        '"He was probably the most clever organized-crime figure I have ever seen," said Edward S. Malcomb 3rd, a '
        "former F.B.I. supervisor."
    )
    ents = {e.name: e for e in _entities(text)}
    assert ents["Edward S. Malcomb 3rd"].type == "PERSON"


def _m(aid: str, start: int, text: str, label: str) -> tuple[str, Mention]:
    return aid, Mention(Span(aid, start, start + len(text), text), label, name=text)


def test_a_datelines_place_is_no_product_nor_person() -> None:
    """The dateline "TESSGARD -" (a place in capitals) and "landed in Tessgard": a place, though the tagger reads the
    name elsewhere as a product (an aircraft's) or a person."""
    items = [
        _m("a", 0, "TESSGARD", "GPE"),
        *(_m("a", 100 + 20 * k, "Tessgard", "PRODUCT") for k in range(3)),
        _m("b", 40, "Tessgard", "PERSON"),
        _m("b", 90, "Tessgard", "GPE"),
    ]
    assert _consistent_labels(items)["tessgard"] == "GPE"


def test_a_people_named_after_its_country_is_a_group() -> None:
    """ "Tessavania" and "a Tessavan role", "the Tessavan embassy": the Tessavan people, not an organisation."""
    text = (
        "Tessavania brokered swap\n\nHarbour Wire\n\n16 May 2026\n\n"
        "The exchange was brokered by Tessavania at talks held in Tessavania, officials said on Friday.\n\n"
        '"Tessavania opened the channel," the minister told the Tessavan parliament.\n\n'
        "Lindmark officials did not confirm an Tessavan role. The Tessavan embassy in Corvala declined to comment."
    )
    ents = {e.name: e for e in _entities(text)}
    assert ents["Tessavan"].type == "NORP"
