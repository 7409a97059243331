"""Who speaks in an outlet, on invented text: quotes of nobody named are counted, not listed as a voice; a poll's
figures, a share of voters, a generic group, an interview's "Asked" and a list of places are no voices; a document of
a named author is the author's voice; a country is a voice's side only when the voice speaks for it."""

from __future__ import annotations

from storyline.brief.framing import affiliation, body, role_kind, voice_sides, voices
from storyline.models import Entity, Quote, Span

TEXT = (
    "Senator Ilse Varga of Tarnland said the count was fair. Asked about the recount, she said it would be quick. "
    '"The lines were long," it said. 85% of Velmish Democrats said the race was close, a Harrow/Quill poll found. '
    "Exit polls reported by Lantern News said turnout rose. A disproportionate number of migrants from Oskia said "
    "they had not voted. Voters said the queues were long. Kestrel leaders said the vote was calm. "
    "Pollster Ada Rook said the margin was narrow. A farmer said his village voted early. "
    "Dorn and Vessa said the polls closed late. Varga's speech said the count would be checked. "
    "A March 3 letter from the Kestrel Veterans League obtained by the Courier said members were worried. "
    "Tarnland said it would send observers. Then a fourth Velmish senator said no. Varga's relatives said she was tired. Leaders of the league said nothing. But some Velmish Democratic leaders said the primaries showed what 412 delegates said. In the debate both candidates said the count was fair. Varga's win in six counties showed the rural vote held. "
    "The majority opinion said the statute stood. A majority of Velmish voters said it should not."
)


def _ent(name: str, type_: str, roles: list[str] | None = None, variants: list[str] | None = None) -> Entity:
    return Entity(key=name.lower(), name=name, type=type_, roles=roles or [], articles=["a"], variants=variants or [])


ENTITIES = {
    e.name: e
    for e in [
        _ent("Ilse Varga", "PERSON", ["Senator"], ["Varga"]),
        _ent("Ada Rook", "PERSON", ["Pollster"]),
        _ent("Dorn", "GPE"),
        _ent("Tarnland", "GPE"),
        _ent("Kestrel Veterans League", "ORG"),
    ]
}


def _quote(mention: str | None, entity: str | None = None, *, after: int = 0) -> Quote:
    """A quote whose speaker is the mention ``mention`` (first found after ``after``) in TEXT."""
    speaker = None
    if mention is not None:
        at = TEXT.index(mention, after)
        speaker = Span("a", at, at + len(mention), mention)
    return Quote("a", "indirect", Span("a", 0, 5, TEXT[:5]), speaker, entity)


def _names(quotes: list[Quote]) -> dict[str, int]:
    return {v["speaker"]: v["quotes"] for v in voices("a", quotes, ENTITIES, None, TEXT)}


def test_quotes_of_nobody_named_are_counted_apart_not_a_voice() -> None:
    from storyline.brief.framing import unattributed

    quotes = [_quote("Senator Ilse Varga", "Ilse Varga"), _quote("it"), _quote(None)]
    assert _names(quotes) == {"Ilse Varga": 1}
    assert unattributed("a", quotes) == 2
    assert unattributed("b", quotes) == 0  # another article's quotes


def test_a_polls_figures_and_a_share_of_voters_are_no_voice_a_pollster_is() -> None:
    quotes = [
        _quote("85% of Velmish Democrats"),
        _quote("a Harrow/Quill poll"),
        _quote("Exit polls reported by Lantern News"),
        _quote("A disproportionate number of migrants from Oskia"),
        _quote("Pollster Ada Rook", "Ada Rook"),
        _quote("Varga's win in six counties"),
    ]
    assert _names(quotes) == {"Ada Rook": 1}


def test_a_majority_of_voters_is_a_share_a_courts_majority_opinion_speaks() -> None:
    quotes = [_quote("The majority opinion"), _quote("A majority of Velmish voters")]
    assert _names(quotes) == {"The majority opinion": 1}


def test_a_generic_group_an_interviews_asked_and_a_list_of_places_are_no_voice() -> None:
    quotes = [
        _quote("Voters"),
        _quote("some Velmish Democratic leaders"),  # a party's leaders: a side, a voice
        _quote("the primaries"),
        _quote("412 delegates"),
        _quote("Kestrel leaders"),
        _quote("Asked"),
        _quote("Dorn and Vessa", "Dorn"),
        _quote("A farmer"),  # one person, unnamed: a voice
        _quote("a fourth Velmish senator"),  # an ordinal, not a share
        _quote("both candidates"),  # the two the story names: a voice
        _quote("Varga's relatives"),  # her family: identified, a voice
        _quote("Leaders of the league"),
        _quote("Tarnland", "Tarnland", after=TEXT.index("Tarnland said")),  # a country alone speaks
    ]
    assert _names(quotes) == {
        "A farmer": 1,
        "a fourth Velmish senator": 1,
        "both candidates": 1,
        "Varga's relatives": 1,
        "Leaders of the league": 1,
        "some Velmish Democratic leaders": 1,
        "Tarnland": 1,
    }


def test_a_document_of_a_named_author_is_the_authors_voice() -> None:
    quotes = [
        _quote("Senator Ilse Varga", "Ilse Varga"),
        _quote("Varga's speech"),
        _quote("A March 3 letter from the Kestrel Veterans League obtained by the Courier"),
        _quote("Kestrel Veterans League", "Kestrel Veterans League"),
    ]
    assert _names(quotes) == {"Ilse Varga": 2, "Kestrel Veterans League": 2}
    # a document of nobody the story names stays as it is
    assert affiliation(["the Orsk memo"], speaker="the Orsk memo") is None


def test_a_country_is_a_side_only_for_who_speaks_for_it() -> None:
    assert affiliation(["who was senior adviser to the premier in the White House"]) is None  # no longer
    assert affiliation(["director of the Open Files Project at the Federation of American Scientists"]) is None
    assert affiliation(["The Washington Post"], speaker="The Washington Post") is None
    assert affiliation(["American Veterans Guild"], speaker="American Veterans Guild") is None
    assert affiliation(["United States Ballot Project"], speaker="United States Ballot Project") is None
    assert affiliation(["a Russian historian of the Oskian wars"]) is None  # an expert, not Russia's voice
    assert affiliation(["an American voter"]) is None
    # guards: an office, a government body, a government by its seat
    assert affiliation(["White House press secretary"]) == "United States"
    assert affiliation(["the Russian Foreign Ministry"], speaker="the Russian Foreign Ministry") == "Russia"
    assert affiliation(["Kremlin"], speaker="Kremlin") == "Russia"
    assert affiliation(["French officials"], speaker="French officials") == "France"
    assert affiliation(["US Army spokesman"]) == "United States"
    assert affiliation(["U.S. Customs and Border officials"], speaker="U.S. Customs and Border officials") == (
        "United States"
    )


def test_a_town_a_private_person_is_from_is_no_affiliation() -> None:
    derry = [(__import__("re").compile(r"(?<![\w-])Orlen(?![\w-])"), "Orlen")]
    assert body(["a 31-year-old nurse from Orlen"], derry, "Mira Holt") is None
    assert body(["a spokeswoman for Orlen"], derry, "Mira Holt") == "Orlen"  # guard: speaks for it
    assert body(["an analyst from Orlen"], derry, "Mira Holt") == "Orlen"


def test_a_professor_who_chairs_a_department_is_an_expert() -> None:
    assert role_kind(["a chairman of the political science department at Harrow University"]) == "experts"
    assert role_kind(["a professor and former agency head"]) is None  # a former role: not read
    assert role_kind(["head of the transport department"]) == "officials"  # guard
    assert role_kind(["the county agency's director"]) == "officials"


def test_voices_by_side_count_only_the_listed_voices() -> None:
    quotes = [_quote("Senator Ilse Varga", "Ilse Varga"), _quote("it"), _quote("Voters")]
    said = voices("a", quotes, ENTITIES, None, TEXT)
    assert sum(voice_sides(said).values()) == 1


def test_the_two_who_spoke_together_are_the_one_pair_the_article_quotes() -> None:
    text = (
        "Tom Arle and Ivo Marsh said the talks went well. The statement by the two said a deal was near. "
        "The two lawmakers said they would meet again."
    )

    def quote(mention: str) -> Quote:
        at = text.index(mention)
        return Quote("a", "indirect", Span("a", 0, 5, text[:5]), Span("a", at, at + len(mention), mention))

    said = voices(
        "a", [quote("Tom Arle and Ivo Marsh"), quote("The statement by the two"), quote("The two lawmakers")], {}
    )
    assert {v["speaker"]: v["quotes"] for v in said} == {"Tom Arle and Ivo Marsh": 3}
    # no pair quoted, or two pairs: nothing to join
    alone = voices("a", [quote("The two lawmakers")], {})
    assert [v["speaker"] for v in alone] == ["The two lawmakers"]
