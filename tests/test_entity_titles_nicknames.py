"""A minister named after a country's adjective and a portfolio, a particle surname, a nickname in quotation marks, a
compound title, a people's adjective and its country, a bare ministry beside two countries' ministries, a dateline
the tagger took into a name, and key entities read with titles: invented text."""

from __future__ import annotations

import pytest

from storyline.cluster.batch import _without_title, name_phrases
from storyline.extract import extract_articles, resolve_entities
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _entities(*texts: str):  # type: ignore[no-untyped-def]
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    return resolve_entities(arts, extract_articles(arts))


def test_a_minister_after_a_countrys_adjective_and_portfolio_is_one_person() -> None:
    """ "Tessaran Foreign Minister Lucia de Morny said": one person Lucia de Morny, her title the role, "de Morny" and
    "Morny" her variants; neither "Tessaran Foreign" nor "Tessaran diplomats" is a person."""
    text = (
        "Tessaran diplomacy behind deal, minister says\n\nTessaran Courier\n\n16 May 2026\n\n"
        "The exchange of prisoners between Corvala and Lindmark on Thursday was brokered by Tessara, Tessaran "
        "Foreign Minister Lucia de Morny said on Friday, crediting months of quiet work by Tessaran diplomats.\n\n"
        '"Tessara opened the channel, and Tessara kept it open when others had given up," de Morny told the '
        "Tessaran parliament.\n\nOssenby provided the airport and the aircraft, de Morny said."
    )
    ents = _entities(text)
    people = {e.name: e for e in ents if e.type == "PERSON"}
    assert "Lucia de Morny" in people
    minister = people["Lucia de Morny"]
    assert any("Foreign Minister" in r for r in minister.roles)
    assert {text[m.span.start : m.span.end] for m in minister.mentions} >= {"Lucia de Morny", "de Morny"}
    assert not {"Tessaran Foreign", "Tessaran diplomats"} & set(people)
    assert not [n for n in people if "Morny" in n and n != "Lucia de Morny"]


def test_a_nickname_in_quotation_marks_is_no_one_else() -> None:
    text = (
        "Prisoners returned\n\nHarbour Wire\n\n15 May 2026\n\nAmong those returned to Corvala was Pavel Korinek, "
        'known as "the Ferryman", who was serving a life sentence in Lindmark.\n\nKorinek was flown home on Friday.'
    )
    names = {e.name for e in _entities(text)}
    assert "Pavel Korinek" in names
    assert not [n for n in names if "Ferryman" in n]


def test_a_compound_title_is_the_whole_role() -> None:
    text = (
        "Our reporter is free\n\nThe Harbour Ledger\n\n15 May 2026\n\nThe Harbour Ledger's reporter Greta Lind was "
        "released on Thursday.\n\nThe Harbour Ledger's editor-in-chief, Tove Brandt, said in a statement that the "
        "paper was relieved."
    )
    editor = {e.name: e for e in _entities(text)}["Tove Brandt"]
    assert any("editor-in-chief" in r for r in editor.roles)
    assert "chief" not in editor.roles


def test_a_peoples_adjective_and_its_country_are_no_people() -> None:
    """ "a Corvalan dissident", "the Corvalan prisoners": a people; "returned to Corvala": its country."""
    text = (
        "Prisoners returned\n\nHarbour Wire\n\n15 May 2026\n\nAmong those returned to Corvala was Pavel Korinek, "
        "who was serving a life sentence in Lindmark for the killing of a Corvalan dissident in 2021.\n\n"
        "The Corvalan prisoners were flown home on Friday."
    )
    ents = _entities(text)
    kinds = {e.name: e.type for e in ents}
    assert kinds.get("Corvalan") == "NORP"
    assert kinds.get("Corvala") == "GPE"


def test_a_bare_foreign_ministry_joins_only_the_one_ministry_it_can_be() -> None:
    """Beside "Foreign Ministry of Corvala" and "Lindmark Foreign Ministry" a bare "Foreign Ministry" may be either:
    it joins neither. Beside the first alone it is that ministry."""
    one = (
        "Ministries comment\n\nCorvala Today\n\n15 May 2026\n\nOn Friday the Foreign Ministry of Corvala said in a "
        "statement that the exchange was fair.\n\nA spokeswoman for the Lindmark Foreign Ministry denied that a ransom had "
        "been paid."
    )
    two = (
        "Minister to travel\n\nLindmark Radio\n\n16 May 2026\n\nThe minister will travel to Ossenby next week, the "
        "Foreign Ministry said on Saturday."
    )
    ents = _entities(one, two)
    corvala = {e.name: e for e in ents}["Foreign Ministry of Corvala"]
    assert {m.span.article for m in corvala.mentions} == {"a0"}
    alone = (
        "Ministry comments\n\nCorvala Today\n\n15 May 2026\n\nOn Friday the Foreign Ministry of Corvala said in a "
        "statement that the exchange was fair."
    )
    ents = _entities(alone, two)
    corvala = {e.name: e for e in ents}["Foreign Ministry of Corvala"]
    assert {m.span.article for m in corvala.mentions} == {"a0", "a1"}


def test_a_word_after_a_dateline_opens_its_sentence() -> None:
    """The tagger's "[KESTLAND - Relatives] gathered at ...": the word after the dateline's dash opens the sentence,
    its capital the sentence's (checked as a common word, as "Relatives gathered" alone would be)."""
    from spacy.tokens import Span

    from storyline.extract.pipeline import NER_DISABLE, _opening_names
    from storyline.nlp import load_spacy

    text = "KESTLAND - Relatives gathered at the main airport on Friday morning."
    doc = load_spacy(NER_DISABLE)(text)
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    start = text.index("Relatives")
    assert [(a, b) for _s, _e, a, b in _opening_names(doc)] == [(start, start + len("Relatives"))]


def test_key_entities_read_without_a_title_after_a_countrys_adjective() -> None:
    for titled, name in (
        ("Tessaran Foreign Minister Edvin Moll", "Edvin Moll"),
        ("Corvalan President Radko Vesel", "Radko Vesel"),
        ("Colonel Amira Voss", "Amira Voss"),
    ):
        assert " ".join(_without_title(titled.split())) == name
    for kept in ("Secretary of State Lena Holt", "Tessaran Foreign Minister", "White House Chief Of Staff Ian Rudd"):
        assert _without_title(kept.split()) == kept.split()
    text = "Tessaran Foreign Minister Edvin Moll met Corvalan President Radko Vesel on Monday."
    assert {"Edvin Moll", "Radko Vesel"} <= set(name_phrases(text))


def test_a_dateline_place_is_no_product() -> None:
    """The tagger's product "Elmsgard" of "landed in Elmsgard", told three times, beside the dateline "ELMSGARD"
    (a place): one place."""
    from storyline.extract.resolve import _entity
    from storyline.models import Mention, Span

    members = [("a0", Mention(Span("a0", 0, 8, "ELMSGARD"), "GPE"))] + [
        (f"a{i}", Mention(Span(f"a{i}", 40, 48, "Elmsgard"), "PRODUCT")) for i in (1, 2, 3)
    ]
    assert _entity(members, ["Elmsgard"] * 4).type == "GPE"
    alone = [(f"a{i}", Mention(Span(f"a{i}", 40, 48, "Elmsgard"), "PRODUCT")) for i in (1, 2, 3)]
    assert _entity(alone, ["Elmsgard"] * 3).type == "PRODUCT"
