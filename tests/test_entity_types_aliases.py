"""Entity names, types and merges the words of a name or its article tell, whatever the tagger read: a possessive
ends a name ("[Orrin Vasko’s] Super Tuesday finish"), "the Dunmores" (a family) is none of them, a name cut at a
hyphen goes on ("Mar-a-Lago"), a day's name ("Super" of "Super Tuesday"), a time zone and a title's word ("secretary
of State") are no entities, a legislature is an organisation, a belt a region, "X State" a group's organisation, a
people's plural a group, a state's nickname a place, "Let" no given name, a name before a title no person of a list;
an office sought or imagined and a title's plural are no one's role: invented text."""

from __future__ import annotations

import re

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.entities import repair_mentions
from storyline.extract.pipeline import article_from_text
from storyline.models import Entity

pytestmark = pytest.mark.slow


def _entities(*texts: str) -> list[Entity]:
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    return resolve_entities(arts, extract_articles(arts))


def _tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]


def _at(text: str, phrase: str, label: str) -> tuple[int, int, str]:
    i = text.index(phrase)
    return i, i + len(phrase), label


def _repaired(text: str, *ents: tuple[int, int, str]) -> dict[str, str]:
    return {m.text: m.label for m in repair_mentions(text, list(ents), _tokens(text), [])}


def test_a_possessive_ends_a_name() -> None:
    """ "expectations for Orrin Vasko’s Super Tuesday finish": the name ends at the possessive; no person "Orrin
    Vasko’s Super" holding the candidate's mentions."""
    ents = _entities(
        "Pell also is setting high expectations for Orrin Vasko’s Super Tuesday finish. Vasko is doing well but not "
        "likely to win all 90 delegates. Orrin Vasko said he was pleased."
    )
    assert not any("Super" in e.name or any("Super" in v for v in e.variants) for e in ents)
    vasko = [e for e in ents if e.name == "Orrin Vasko"]
    assert len(vasko) == 1 and vasko[0].type == "PERSON" and len(vasko[0].mentions) == 3


def test_a_name_goes_on_over_its_own_words() -> None:
    """Guard: a name the tagger cut still grows over its own capitalised words before any possessive ("Anton Wil
    Vale"), and a possessive in another name's mention leaves the rest alone."""
    ents = _entities("The board said Anton Wil Vale would speak. Vale’s aide said Vale was ready.")
    names = {e.name: e for e in ents}
    assert "Anton Wil Vale" in names and names["Anton Wil Vale"].type == "PERSON"
    assert not any("aide" in e.name for e in ents)


TYPES = (
    "The Dunmores arrived in Calder. Hillary Dunmore thanked the crowd. Dunmore said the Dunmores love Calder.\n\n"
    "Voters met at Trump’s sprawling Mar-a-Lago club on Tuesday.\n\n"
    "Vasko won Super Tuesday. Polls closed at 8 p.m. (all times Eastern Standard Time). Vasko needs a strong Super "
    "Tuesday showing.\n\n"
    "Democrats are performing poorly in the Rust Belt this year.\n\n"
    "Dunmore leads among Latinos, who will play a big role. Hispanics and Latinos back her."
)


def test_a_family_by_its_plural_is_no_variant_of_one_of_them() -> None:
    """ "the Dunmores" (the couple) is not a spelling of Hillary Dunmore."""
    ents = _entities(TYPES)
    hillary = next(e for e in ents if e.name == "Hillary Dunmore")
    assert "Dunmores" not in hillary.variants and "Dunmore" in hillary.variants


def test_names_cut_or_no_names_and_kinds_the_words_tell() -> None:
    """ "Mar-a-Lago" whole (no person "Mar"); "Super" of "Super Tuesday" and "Eastern Standard Time" no entity; "the
    Rust Belt" a region; "Latinos" a group."""
    types = {e.name: e.type for e in _entities(TYPES)}
    assert "Mar" not in types and types.get("Mar-a-Lago") in {"FAC", "GPE", "LOC"}
    assert "Super" not in types and "Eastern Standard Time" not in types
    assert types.get("Rust Belt") == "LOC"
    assert types.get("Latinos") == "NORP"


def test_guards_a_hyphened_name_a_weekday_and_a_surname_in_s() -> None:
    """Guard: "the Clinton-Sanders race" keeps the two names, "Super" of "Super Bowl" is no day's name, and a surname
    ending in "s" ("Ada Evans", "Evans said") stays a person's."""
    text = (
        "Ada Evans watched the Vasko-Brandt race before the Super Bowl. Evans said Orrin Vasko and Ivo Brandt were "
        "tied. Vasko-era rules still hold, Evans said."
    )
    ents = _entities(text)
    names = {e.name: e for e in ents}
    assert names["Ada Evans"].type == "PERSON" and "Evans" in names["Ada Evans"].variants
    assert not any(e.name.startswith("Vasko-") for e in ents)
    place = _entities('Calder Gov. Ada Rusk said, "I need a Calder-to-English converter." Rusk lives in Calder.')
    assert not any("-to-" in e.name for e in place)


def test_a_legislature_an_organisation_and_a_groups_state_an_organisation() -> None:
    """The tagger's "Congress" as a place is an organisation; its "[Dorvani] State" (a group) is the organisation
    "Dorvani State"."""
    text = "Her bid for Congress failed. Fighters of the Dorvani State fled."
    got = _repaired(text, _at(text, "Congress", "GPE"), _at(text, "Dorvani", "NORP"))
    assert got.get("Congress") == "ORG"
    assert got.get("Dorvani State") == "ORG"


def test_a_name_before_a_title_is_no_person_of_a_list() -> None:
    """ "Ivo Brask and [New Harlow] Gov. Ada Rusk": the place the title is of, not a third person, though the tagger
    said so and it follows "and" after a person."""
    text = "Former governor Ivo Brask and New Harlow Gov. Ada Rusk also have spoken."
    got = _repaired(
        text, _at(text, "Ivo Brask", "PERSON"), _at(text, "New Harlow", "PERSON"), _at(text, "Ada Rusk", "PERSON")
    )
    assert got.get("New Harlow") != "PERSON"
    assert got.get("Ivo Brask") == "PERSON" and got.get("Ada Rusk") == "PERSON"


def test_a_guard_a_person_before_a_title_of_his_own() -> None:
    """Guard: "Ivo Brask and Ada Rusk said" keep their person, and so does "Gov. Ada Rusk" after the place."""
    text = "Former governor Ivo Brask and Ada Rusk said they would run. Brask is a Sen. Vale ally."
    got = _repaired(text, _at(text, "Ivo Brask", "PERSON"), _at(text, "Ada Rusk", "PERSON"))
    assert got.get("Ada Rusk") == "PERSON" and got.get("Ivo Brask") == "PERSON"


def test_a_state_nickname_let_and_a_titles_word() -> None:
    """ "in the Granite State" and "in Granite State surveys": a place, both; '"Let Hillary and I sit there"': the
    verb is no given name ("Hillary" is Hillary Dunmore); "the former secretary of State": no entity "State";
    "plain old Gmail": no person."""
    text = (
        "Vasko thanked thousands of volunteers in the Granite State who worked so hard. Despite leads over Dunmore "
        "in Granite State surveys, she had hoped for more.\n\n"
        '"Let Hillary and I sit there and just debate," Vasko said. He would beat the former secretary of State, '
        "Hillary Dunmore, he said. The emails were less secure than plain old Gmail."
    )
    ents = _entities(text)
    types = {e.name: e.type for e in ents}
    assert types.get("Granite State") == "GPE"
    assert not any(e.name.startswith("Let ") for e in ents)
    assert "State" not in types
    assert types.get("Gmail") != "PERSON"


def test_a_groups_state_is_no_place_nickname() -> None:
    """Guard: "the Islamic Dorvan State" (a group's adjective) is no state's nickname."""
    text = "Fighters of the Kelvanic State fled. The Kelvanic State said it would return."
    types = {e.name: e.type for e in _entities(text)}
    assert types.get("Kelvanic State") != "GPE"


ROLES = (
    "Turnout was high because voters were excited about the candidates for president, Jason Velk said.\n\n"
    "Having won the Democratic nomination for president, Hillary Dunmore has emphasized her ties to the party. It is "
    "an agenda a President Dunmore could pass.\n\n"
    "Mid-field candidates Sen. Ivo Brask and Sen. Orrin Vasko have some experience. Candidates Ada Rusk, Ivo Brask "
    "and Tomas Renn also spoke. Brask said he would win.\n\n"
    "Republican presidential candidate Ada Rusk said she would win. Dorvan President Tomas Renn disagreed."
)


def test_an_office_sought_or_imagined_and_a_title_of_many_are_no_ones_role() -> None:
    """ "candidates for president, Jason Velk said", "the nomination for president, Hillary Dunmore", "a President
    Dunmore could": no role "president"; "Mid-field candidates Sen. Ivo Brask": "Sen." (not "field candidates Sen.");
    "Candidates Ada Rusk, Ivo Brask and ...": no role "Candidates"."""
    roles = {e.name: e.roles for e in _entities(ROLES)}
    assert not any("resident" in r for r in roles["Jason Velk"] + roles["Hillary Dunmore"])
    assert roles["Ivo Brask"] == ["Sen."]
    assert "Candidates" not in roles["Ada Rusk"]


def test_a_guard_a_title_held_stays() -> None:
    """Guard: "Republican presidential candidate Ada Rusk", "Dorvan President Tomas Renn" keep their roles."""
    roles = {e.name: e.roles for e in _entities(ROLES)}
    assert "Republican presidential candidate" in roles["Ada Rusk"]
    assert roles["Tomas Renn"] == ["Dorvan President"]
    text = '"We will win," a spokesman, Ivo Brask, said. An adviser, Tomas Renn, said nothing.'
    roles = {e.name: e.roles for e in _entities(text)}
    assert roles.get("Ivo Brask") == ["spokesman"] and roles.get("Tomas Renn") == ["adviser"]
