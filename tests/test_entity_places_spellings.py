"""A surname that is also a town's name, read as the town where the words say so, and a person's name in two
transliterations across outlets: invented text."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.entities import _cut_at_of, _place_word_here
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _entities(*texts: str):  # type: ignore[no-untyped-def]
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    return resolve_entities(arts, extract_articles(arts))


def _spans(ents, name: str) -> set[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return {(m.span.article, m.span.start) for e in ents if e.name == name for m in e.mentions}


def test_a_town_sharing_a_spokesmans_surname_is_the_town() -> None:
    """ "Pell Brannock, a spokesman" and "the ferries left Brannock" beside "Brannock International Airport": the town;
    "in Brannock on Monday" in another article: the town too; the spokesman keeps his own two mentions."""
    one = (
        "Ferries resume\n\nQuayside Wire\n\n3 March 2026\n\nFerries resumed on Sunday at Brannock International Airport "
        "in Moravel.\n\nPell Brannock, a spokesman for the Moravel port authority, said the strike was over.\n\n"
        "The first ferries left Brannock shortly after dawn."
    )
    two = (
        "Minister visits port\n\nSalt Coast Radio\n\n4 March 2026\n\nTransport Minister Ilse Varden will meet the "
        "dock workers' leaders in Brannock on Monday.\n\nPort authority spokesman Pell Brannock said the talks "
        "would be short."
    )
    ents = _entities(one, two)
    town = [e for e in ents if e.name == "Brannock"]
    assert [e.type for e in town] == ["GPE"]
    assert {one[s : s + 8] for a, s in _spans(ents, "Brannock") if a == "a0"} == {"Brannock"}
    assert len(_spans(ents, "Brannock")) == 2
    assert len(_spans(ents, "Pell Brannock")) == 2


def test_place_words_read_with_a_possessive_stay_a_person() -> None:
    text = "Trust in Brannock's judgement fell; the ferries left Brannock; the talks in Brannock ended."
    at = [i for i in range(len(text)) if text.startswith("Brannock", i)]
    assert [_place_word_here(text, s, s + 8, set()) for s in at] == [False, False, True]
    assert _place_word_here(text, at[1], at[1] + 8, {"Brannock"})


def test_one_name_in_two_transliterations_is_one_person() -> None:
    """ "Jurij Tschernow" in one outlet, "Yuriy Chernov" in another (j/y, tsch/ch, w/v), no role stated: one person.
    A woman of another given name and the same surname, told in a third article, stays apart."""
    one = (
        "Prisoners returned\n\nDelve Herald\n\n9 April 2026\n\nAmong those flown home on Friday was Jurij "
        "Tschernow, who had served six years in a Keldan prison."
    )
    two = (
        "Exchange completed\n\nRiver Post\n\n9 April 2026\n\nThe prisoners returned under the agreement included "
        "Yuriy Chernov, whom a Keldan court had jailed in 2020."
    )
    three = (
        "Family waits\n\nDelve Herald\n\n10 April 2026\n\nMarta Tschernow said she had not seen her brother "
        "for six years."
    )
    ents = _entities(one, two)
    yuri = [e for e in ents if {"Jurij Tschernow", "Yuriy Chernov"} & {m.span.text for m in e.mentions}]
    assert len(yuri) == 1 and yuri[0].type == "PERSON"
    assert {m.span.text for m in yuri[0].mentions} >= {"Jurij Tschernow", "Yuriy Chernov"}
    both = _entities(one, two, three)
    yuri = [e for e in both if any(m.span.text == "Yuriy Chernov" for m in e.mentions)]
    assert len(yuri) == 1 and not any(m.span.text.startswith("Marta") for m in yuri[0].mentions)


def test_names_cut_after_of_are_whole_and_a_places_people_are_a_group() -> None:
    """ "The Interior Ministry of Pellavia" and "the Republic of Pellavia" whole (the tagger cuts both after "of");
    "the Pellavian state" beside them: Pellavia's people, no person."""
    text = (
        "Envoys return\n\nHarbour Wire\n\n2 June 2026\n\nThe envoys returned to the Republic of Pellavia on "
        'Tuesday night.\n\nThe Interior Ministry of Pellavia said in a statement that the return "shows the '
        'patience of the Pellavian state".'
    )
    ents = _entities(text)
    names = {(e.type, e.name) for e in ents}
    assert any(n.endswith("Republic of Pellavia") and t == "GPE" for t, n in names)
    assert ("ORG", "Interior Ministry of Pellavia") in names
    assert not any(n.endswith(" of") for _t, n in names)
    assert [t for t, n in names if n == "Pellavian"] in ([], ["NORP"])


def test_cut_at_of_joins_only_a_name_cut_after_of() -> None:
    text = "the Republic of Pellavia and Marta of the north"
    rep, pel, marta = text.index("Republic"), text.index("Pellavia"), text.index("Marta")
    end = pel + len("Pellavia")
    assert _cut_at_of(text, [(rep, pel - 1, "GPE"), (pel, end, "GPE")]) == [(rep, end, "GPE")]
    assert _cut_at_of(text, [(rep, pel - 1, "GPE")]) == [(rep, end, "GPE")]
    assert _cut_at_of(text, [(marta, marta + 5, "PERSON")]) == [(marta, marta + 5, "PERSON")]
