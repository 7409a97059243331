"""A country's office as a bare title speaks for the country the article is of, an official (ents-i12): "President
Ada Vale" in an article about U.S. politics; not an office sought ("running for president"), one left ("former
President"), nor where no country leads the article. A group of unnamed people named by whom they met ("Vale's first
five questioners") is no voice; the owner's own people ("Vale's advisers") are: invented text."""

from __future__ import annotations

from storyline.brief.framing import voices
from storyline.models import Entity, Quote, Span

TEXT = (
    "WASHINGTON - President Ada Vale said the U.S. plan would hold. Vice President Ivo Brask said American troops "
    "would stay. Tomas Orr, who is running for president, said the U.S. plan was weak. Former President Lena Dask "
    "said the plan could work. Foreign Minister Olek Varn said his country agreed. At her news conference, Vale's first five questioners asked about the plan. "
    "Vale's advisers said she was calm. Vale's relatives said she was tired. Vale's confidants said she was fine. Vale's critics said she was wrong."
)


def _ent(name: str, roles: list[str]) -> Entity:
    return Entity(key=name.lower(), name=name, type="PERSON", roles=roles, articles=["a"])


ENTITIES = {
    e.name: e
    for e in [
        _ent("Ada Vale", ["President"]),
        _ent("Ivo Brask", ["Vice President"]),
        _ent("Tomas Orr", ["president"]),
        _ent("Lena Dask", ["former President"]),
        _ent("Olek Varn", ["Foreign Minister"]),
    ]
}


def _quote(mention: str, entity: str | None = None, text: str = TEXT) -> Quote:
    at = text.index(mention)
    return Quote("a", "indirect", Span("a", 0, 5, text[:5]), Span("a", at, at + len(mention), mention), entity)


def _voices(quotes: list[Quote], text: str = TEXT) -> dict[str, dict[str, object]]:
    return {v["speaker"]: v for v in voices("a", quotes, ENTITIES, None, text)}


def test_a_bare_title_of_a_countrys_office_speaks_for_the_articles_country() -> None:
    got = _voices([_quote("President Ada Vale", "Ada Vale"), _quote("Vice President Ivo Brask", "Ivo Brask")])
    assert got["Ada Vale"]["affiliation"] == "United States" and got["Ada Vale"]["kind"] == "officials"
    assert got["Ivo Brask"]["affiliation"] == "United States" and got["Ivo Brask"]["kind"] == "officials"


def test_guard_an_office_sought_or_left_is_no_side() -> None:
    got = _voices(
        [
            _quote("Tomas Orr", "Tomas Orr"),
            _quote("Former President Lena Dask", "Lena Dask"),
            _quote("Foreign Minister Olek Varn", "Olek Varn"),
        ]
    )
    assert got["Tomas Orr"]["affiliation"] is None and got["Lena Dask"]["affiliation"] is None
    assert got["Olek Varn"]["affiliation"] is None  # a minister as often a foreign one: no country guessed
    assert got["Lena Dask"]["kind"] is None


def test_guard_no_country_leads_the_article_no_side() -> None:
    text = (
        "President Ada Vale met Russian and American envoys. The U.S. and Russia agreed. Moscow and Washington said so."
    )
    got = _voices([_quote("President Ada Vale", "Ada Vale", text)], text)
    assert got["Ada Vale"]["affiliation"] is None


def test_the_country_an_article_is_of_leads_its_country_words_three_times_or_more() -> None:
    from storyline.brief.framing import home_country

    assert home_country("The U.S. plan. American troops. U.S. aid. Told us so.") == "United States"
    assert home_country("The U.S. plan told us so.") is None  # "us" is no country; twice is too few


def test_people_named_by_whom_they_met_are_no_voice_the_owners_own_people_are() -> None:
    got = _voices(
        [
            _quote("Vale's first five questioners"),
            _quote("Vale's critics"),
            _quote("Vale's advisers"),
            _quote("Vale's relatives"),
            _quote("Vale's confidants"),
        ]
    )
    assert set(got) == {"Vale's advisers", "Vale's relatives", "Vale's confidants"}


def test_a_former_vice_president_keeps_former_in_the_title_and_speaks_for_no_country() -> None:
    """NeuS g36/g127: "former Vice President Joe Biden" gave the title "Vice President" ("vice" a modifier of the
    title ended it before "former"), an official of the United States in a story years after he left office."""
    from storyline.extract import extract_articles
    from storyline.extract.pipeline import article_from_text

    text = (
        "And while former Vice President Ansel Dorn made some missteps, the Orvel plan held. "
        "The toll was too high, said ex-Vice President Rune Tall. Vice President Ivo Brask said it would hold. "
        "Former Deputy Mayor Ada Linn agreed."
    )
    mentions = extract_articles([article_from_text(text, "t.txt")])[0].mentions
    roles = {m.span.text: m.role for m in mentions if m.label == "PERSON"}
    assert roles["Ansel Dorn"] == "former Vice President" and roles["Rune Tall"] == "ex-Vice President"
    assert roles["Ada Linn"] == "Former Deputy Mayor"
    assert roles["Ivo Brask"] == "Vice President"  # guard: an office held now stays


def test_a_title_also_given_as_a_former_one_is_an_office_left() -> None:
    """One outlet writes "former Vice President Dorn", another the honorific "Vice President Dorn": the office is
    one he left, no side; a then-senator holds no seat now either."""
    ents = {
        **ENTITIES,
        "Ansel Dorn": _ent("Ansel Dorn", ["former Vice President", "Vice President"]),
        "Ida Kors": _ent("Ida Kors", ["Then-Senator"]),
    }
    text = "WASHINGTON - Vice President Ansel Dorn said the U.S. plan would fail. U.S. aid. American troops."
    text += " Then-Senator Ida Kors said the U.S. plan was hers."
    got = {
        v["speaker"]: v
        for v in voices(
            "a",
            [
                _quote("Vice President Ansel Dorn", "Ansel Dorn", text),
                _quote("Then-Senator Ida Kors", "Ida Kors", text),
            ],
            ents,
            None,
            text,
        )
    }
    assert got["Ansel Dorn"]["affiliation"] is None and got["Ansel Dorn"]["kind"] is None
    assert got["Ida Kors"]["affiliation"] is None
    held = {
        v["speaker"]: v for v in voices("a", [_quote("Vice President Ivo Brask", "Ivo Brask")], ENTITIES, None, TEXT)
    }
    assert held["Ivo Brask"]["kind"] == "officials"  # guard: a title given only as held
