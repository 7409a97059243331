"""Junk entities the tagger makes and the brief's entity list should not show: codes as places, lower-case and
plural common words as people or organisations, an outlet's own short name as a group, a place before a structure
as a person, a company's name as a person's; and a short company name written in an address still merges."""

from __future__ import annotations

import re

from storyline.extract import resolve_entities
from storyline.extract.entities import repair_mentions
from storyline.models import Article, ArticleExtraction, Mention, Span


def _tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]


def _at(text: str, phrase: str, label: str, nth: int = 0) -> tuple[int, int, str]:
    i = [m.start() for m in re.finditer(re.escape(phrase), text)][nth]
    return i, i + len(phrase), label


def _m(aid: str, text: str, start: int, label: str) -> Mention:
    return Mention(Span(aid, start, start + len(text), text), label, None, text, None)


def test_a_code_of_letters_and_figures_is_no_place_and_a_lower_case_word_no_organisation() -> None:
    text = (
        "Six infants who had been fed formula are ill. The lot numbers are QX-2210 and QX-2214. Envoys met in Area 51 "
        "before the G7 summit."
    )
    ents = [
        _at(text, "fed", "ORG"), _at(text, "QX-2210", "GPE"), _at(text, "QX-2214", "NORP"), _at(text, "Area 51", "LOC"),
        _at(text, "G7", "NORP"),
    ]  # fmt: skip
    found = {(m.text, m.label) for m in repair_mentions(text, ents, _tokens(text), [])}
    assert found == {("Area 51", "LOC"), ("G7", "NORP")}  # a group's short name with a figure or two stays


def test_a_plural_common_noun_opening_a_sentence_is_no_person_even_when_it_speaks() -> None:
    from storyline.extract.cues import Cue

    text = "The plant employs 210 people.\nShoppers at the Mill Lane chemist said the shelves were bare."
    at = text.index
    who = (at("Shoppers"), at(" at the"))
    ents = [(*who, "PERSON"), _at(text, "Mill Lane", "FAC")]
    cue = Cue(at("said"), at("said") + 4, "say", who, who, "Shoppers", None, (who[0], len(text)))
    plain = {m.text for m in repair_mentions(text, ents, _tokens(text), [cue], common={who})}
    assert "Shoppers" in plain  # a common word that speaks was a name before: the tagger's plural tells
    found = {m.text for m in repair_mentions(text, ents, _tokens(text), [cue], common={who}, plural={who})}
    assert found == {"Mill Lane"}
    # a surname the census knows stays a person, plural-looking or not
    text2 = text.replace("Shoppers at the Mill Lane chemist", "Williams")
    who2 = (text2.index("Williams"), text2.index("Williams") + 8)
    cue2 = Cue(text2.index("said"), text2.index("said") + 4, "say", who2, who2, "Williams", None, (who2[0], len(text2)))
    kept = repair_mentions(text2, [(*who2, "PERSON")], _tokens(text2), [cue2], common={who2}, plural={who2})
    assert [m.text for m in kept] == ["Williams"]


def test_a_clause_after_a_dash_opens_like_a_sentence() -> None:
    from storyline.extract.pipeline import article_from_text, extract_articles

    text = (
        "Six children are ill, according to the Tarrow Water Board.\n\n"
        "Wed 4 Mar 2026 08:10 — Queues have formed outside chemists in Hollby. Parents were told to wait."
    )
    names = {m.span.text for m in extract_articles([article_from_text(text, "t")])[0].mentions}
    assert "Queues" not in names and "Tarrow Water Board" in names


def test_a_place_before_a_structure_or_harbour_board_is_no_person() -> None:
    text = (
        "The Kettleby swing bridge will stay shut, the Kettleby harbour board said. Ana Vell told the Ostrey council."
    )
    ents = [_at(text, "Kettleby", "PERSON"), _at(text, "Kettleby", "PERSON", 1), _at(text, "Ana Vell", "PERSON")]
    found = [(m.text, m.label) for m in repair_mentions(text, ents, _tokens(text), [])]
    assert found == [("Kettleby", "GPE"), ("Kettleby", "GPE"), ("Ana Vell", "PERSON")]


def test_the_outlets_own_short_name_is_the_outlet_not_a_group() -> None:
    text = '"The line is clean," Vell told the Lumen. The Lumen readers wrote in.'
    ents = [_at(text, "Lumen", "NORP"), _at(text, "Lumen", "NORP", 1)]
    own = [(m.text, m.label) for m in repair_mentions(text, ents, _tokens(text), [], outlet="The Daily Lumen")]
    assert own == [("Lumen", "ORG"), ("Lumen", "NORP")]  # not the adjective before a noun
    other = [(m.text, m.label) for m in repair_mentions(text, ents, _tokens(text), [], outlet="Tarrow Post")]
    assert other == [("Lumen", "NORP"), ("Lumen", "NORP")]


def test_a_person_named_like_a_company_is_the_company() -> None:
    a = ArticleExtraction("a", mentions=[_m("a", "Marrow Line", 0, "PERSON"), _m("a", "Hannah Line", 40, "PERSON")])
    found = {e.name: e.type for e in resolve_entities([], [a])}
    assert found == {"Marrow Line": "ORG", "Hannah Line": "PERSON"}


def test_a_short_company_name_merges_though_an_address_writes_it_in_lower_case() -> None:
    text = "Tessaly Foods recalled its milk. Tessaly said sorry. Contact press@tessaly.example or tessaly.example/help."
    art = Article(id="a", source="a.txt", original=text, text=text)
    a = ArticleExtraction(
        "a", mentions=[_m("a", "Tessaly Foods", 0, "ORG"), _m("a", "Tessaly", text.index("Tessaly said"), "ORG")]
    )
    found = {e.name: e.variants for e in resolve_entities([art], [a])}
    assert found == {"Tessaly Foods": ["Tessaly"]}
    prose = text + " The tessaly is a bird."  # a word the text uses in lower case is an ordinary word: no merge
    art = Article(id="a", source="a.txt", original=prose, text=prose)
    assert len(resolve_entities([art], [a])) == 2


def test_an_entity_keeps_the_article_its_span_keeps() -> None:
    text = "Ana Vell is a columnist for The Quillpost."
    a = ArticleExtraction("a", mentions=[_m("a", "The Quillpost", text.index("The Quillpost"), "ORG")])
    (ent,) = resolve_entities([], [a])
    assert ent.name == "The Quillpost" and ent.mentions[0].span.text == ent.name
