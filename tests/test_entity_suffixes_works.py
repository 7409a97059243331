"""A generation's suffix belongs to the name ("Harold Quist, Jr." is not his father), a work's title after "book",
"film", "titled" is no person, a shop's name before "shop" is one business: invented text."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _entities(*texts: str):  # type: ignore[no-untyped-def]
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    return resolve_entities(arts, extract_articles(arts))


def _people(*texts: str) -> dict[str, list[str]]:
    return {e.name: e.variants for e in _entities(*texts) if e.type == "PERSON"}


def test_a_generation_suffix_stays_with_the_name() -> None:
    """ "Harold Quist, Jr.'s new book": one person, Harold Quist Jr., with "Quist Jr." as a variant; no "Harold Quist"
    (his father) and no person "Jr."."""
    text = (
        "Pranksters swap covers\n\nOrrin Courier\n2 March 2027\n\n"
        "A pair of comedians replaced the covers on copies of Harold Quist, Jr.'s new book on Monday. "
        "Quist Jr., 38, released the book last week."
    )
    people = _people(text)
    assert "Harold Quist Jr." in people
    assert not {"Harold Quist", "Jr.", "Quist Jr."} & set(people)
    assert "Quist Jr." in people["Harold Quist Jr."]


def test_the_father_without_the_suffix_is_another_person() -> None:
    """A guard: the son with his suffix and the father named in full without it are two people, in one article and
    across two."""
    one = (
        "Mill heir speaks\n\nOrrin Courier\n2 March 2027\n\n"
        "Harold Quist III released a memoir on Tuesday. He said it was about his father, Harold Quist, who ran the "
        "Varn mill for forty years."
    )
    two = "Mill sold\n\nBrisk Gazette\n3 March 2027\n\nMill owner Harold Quist sold the Varn mill in 1990, his family said."
    people = _people(one, two)
    assert "Harold Quist III" in people and "Harold Quist" in people
    assert "Harold Quist" not in people["Harold Quist III"]


def test_a_book_title_is_a_work_with_no_role() -> None:
    """ "a new book, Unbowed: How ..." and "In Unbowed, the governor's eldest son ...": the title is a work of art
    everywhere in the article, never a person, and has no role ("the governor" is someone else)."""
    text = (
        "Quist Jr. releases Unbowed\n\nOrrin Courier\n2 March 2027\n\n"
        "Harold Quist, Jr., 38, released a new book, Unbowed: How the Coast Feeds on Rain, on Tuesday. "
        "In Unbowed, the governor's eldest son scolds his rivals for their temper. "
        "The film Salt Roads opened in Varn the same night."
    )
    types = {e.name: (e.type, e.roles) for e in _entities(text)}
    assert types.get("Unbowed") == ("WORK_OF_ART", [])
    assert types.get("Salt Roads", ("WORK_OF_ART",))[0] == "WORK_OF_ART"


def test_a_person_after_a_shows_end_stays_a_person() -> None:
    """A guard: "At the end of the show, Kara Voss said" and "the book's author, Ilse Marrow,": people, not titles."""
    text = (
        "Show ends\n\nOrrin Courier\n2 March 2027\n\n"
        "At the end of the show, Kara Voss said the theatre would close. The book's author, Ilse Marrow, said she "
        "was sad. Marrow wrote it in Varn."
    )
    people = _people(text)
    assert "Kara Voss" in people and "Ilse Marrow" in people


def test_a_band_and_a_shop_are_no_people() -> None:
    """ "as the band Saltglass began its set": a group; "at a Kessling Parker and Lowe shop": one business, not the
    people "Kessling Parker" and "Lowe"."""
    text = (
        "Crush at Kellerpark\n\nOrrin Courier\n2 March 2027\n\n"
        "Four people were hurt in Brantholm on Saturday as the band Saltglass began its set, police said. "
        "Earlier, comedians Aldo Fenn and Rika Sato swapped covers at a Kessling Parker and Lowe shop."
    )
    types = {e.name: e.type for e in _entities(text)}
    assert types.get("Saltglass") == "ORG"
    assert types.get("Kessling Parker and Lowe") == "ORG"
    assert not {"Kessling Parker", "Lowe"} & set(types)
    assert types.get("Aldo Fenn") == types.get("Rika Sato") == "PERSON"


def test_an_order_to_a_board_is_the_board() -> None:
    """ "Order to Port Board to pause spending": the body is the Port Board; "Committee to Protect Journalists" (a body
    word before "to") stays whole."""
    one = "Order to Port Board to pause spending fits with governor’s wish for a quick exit."
    two = "The Varn Committee to Protect Journalists said on Monday that the pier was closed."
    names = {e.name for e in _entities(one, two) if e.type == "ORG"}
    assert "Port Board" in names and "Order to Port Board" not in names
    assert "Varn Committee to Protect Journalists" in names


def test_a_promoter_spelt_three_ways_is_one_person_and_his_company_no_person() -> None:
    """Three articles of one crush: "Brightwave Live's director, Tomas Dvoranek", "Promoter Tomasz Dvoranek" (the
    tagger sees no name) and "Tomáš Dvořánek of Brightwave Live": one person with every spelling; the company and the
    band are organisations in the whole story; "Councillor Pieter Amsel asked" is a person with the role."""
    one = (
        "Four dead in Kellerpark crush\n\nMeridian Press Agency\n14 June 2026\n\n"
        "Four people were killed in a crush at the north gate of Kellerpark in Brantholm on Saturday as the band "
        "Saltglass began its set, police said. Brightwave Live's director, Tomas Dvoranek, said the company was "
        "cooperating with police."
    )
    two = (
        "Park horror\n\nDaily Klaxon\n14 June 2026\n\n"
        "Four people died in the Kellerpark crush in Brantholm on Saturday as Saltglass played, police said. "
        "Promoter Tomasz Dvoranek has kept silent."
    )
    three = (
        "Brantholm mourns\n\nValdren Times\n14 June 2026\n\n"
        "Four people died at Kellerpark in Brantholm on Saturday night during the Saltglass set, police said. The "
        "promoter, Tomáš Dvořánek of Brightwave Live, defended the event's planning. Councillor Pieter Amsel asked "
        "why the gate was closed."
    )
    ents = _entities(one, two, three)
    types = {e.name: e.type for e in ents}
    person = next(e for e in ents if "Dvoranek" in e.name or "Dvořánek" in e.name)
    assert {person.name, *person.variants} >= {"Tomas Dvoranek", "Tomasz Dvoranek", "Tomáš Dvořánek"}
    assert set(person.articles) == {"a0", "a1", "a2"}
    assert types.get("Saltglass") == "ORG" and types.get("Brightwave Live") == "ORG"
    amsel = next(e for e in ents if e.name == "Pieter Amsel")
    assert amsel.type == "PERSON" and amsel.roles == ["Councillor"]


def test_a_lone_stranger_of_a_like_name_stays_out() -> None:
    """A guard: a capitalised run like a name the story gives in one article only is no mention of anyone."""
    one = "Vote count\n\nDaily Klaxon\n14 June 2026\n\nTomas Dvoranek said the count would end on Monday."
    two = "Vote count\n\nValdren Times\n14 June 2026\n\nThe Tomasz Dvoranek Trophy was handed out on Monday."
    person = next(e for e in _entities(one, two) if e.name == "Tomas Dvoranek")
    assert person.articles == ["a0"]


_TRANSCRIPT = (
    "Evening Desk: the Kellerpark crush\n\nVarn Radio\n14 June 2026\n\n"
    "LENA HOLT, HOST: Good evening. The crush at Kellerpark left four people dead. With me is the mayor of "
    "Brantholm, Ilse Marrow.\n\n"
    "ILSE MARROW: Thank you, Lena. It is a terrible night for the city.\n\n"
    "LENA HOLT: Was the north gate closed?\n\n"
    "ILSE MARROW: It was, and we will find out why.\n\n"
    "LENA HOLT: Mayor, thank you."
)


def test_a_transcripts_host_is_a_person() -> None:
    """The labels of a broadcast transcript name people: the host "LENA HOLT, HOST:" (no organisation "HOST") with
    her role, and the guest, whose lines are hers."""
    arts = [article_from_text(_TRANSCRIPT, "a0.txt", article_id="a0")]
    exs = extract_articles(arts)
    ents = {e.name: e for e in resolve_entities(arts, exs)}
    assert ents["Lena Holt"].type == "PERSON" and ents["Lena Holt"].roles == ["host"]
    assert "Lena" in ents["Lena Holt"].variants
    assert ents["Ilse Marrow"].type == "PERSON"
    assert not {n for n, e in ents.items() if e.type == "ORG"} & {"HOST", "LENA HOLT", "LENA"}
    speakers = {q.speaker_entity for q in exs[0].quotes}
    assert {"Lena Holt", "Ilse Marrow"} <= speakers


def test_a_list_of_places_is_no_transcript() -> None:
    """A guard: lines opened by two-word labels that each stand once and name no one ("North Gate: closed ...") are
    a list, not people's lines."""
    text = (
        "Gates tonight\n\nVarn Radio\n14 June 2026\n\n"
        "North Gate: Closed from nine for repairs.\n\n"
        "Harbour Lane: Open to walkers only.\n\n"
        "Mill Square: Closed all night."
    )
    people = _people(text)
    assert not {"North Gate", "Harbour Lane", "Mill Square"} & set(people)


def _speakers(text: str) -> list[str | None]:
    arts = [article_from_text(text, "a0.txt", article_id="a0")]
    exs = extract_articles(arts)
    resolve_entities(arts, exs)
    return [q.speaker_entity for q in sorted(exs[0].quotes, key=lambda q: q.content.start)]


def test_a_role_goes_to_no_one_the_text_gives_another_title() -> None:
    """ "Tomas Berg, a spokesman for the city, said ... . The director of the shelter said ...": the director is
    someone else, not the spokesman named last."""
    text = (
        "Beds run short\n\nVarn Radio\n14 June 2026\n\n"
        "Tomas Berg, a spokesman for the city, said the harbour shelter was full on Monday. The director of the "
        "shelter said forty beds would be added by Friday."
    )
    assert _speakers(text) == ["Tomas Berg", None]


def test_a_role_the_text_gives_the_person_named_last_is_theirs() -> None:
    """A guard: "Mayor Ilse Marrow said ... . The mayor said ...": the mayor is Ilse Marrow."""
    text = (
        "Beds run short\n\nVarn Radio\n14 June 2026\n\n"
        "Mayor Ilse Marrow said the harbour shelter was full on Monday. The mayor said forty beds would be added by "
        "Friday."
    )
    assert _speakers(text) == ["Ilse Marrow", "Ilse Marrow"]


def test_an_apposed_title_owned_by_someone_else_is_not_the_persons() -> None:
    """ "Tomas Berg, the governor's eldest son,": no role "the governor" for him; "Ilse Marrow, the city's housing
    director," (a guard) keeps hers."""
    text = (
        "Critics in Varn\n\nVarn Radio\n14 June 2026\n\n"
        "Tomas Berg, the governor's eldest son, scolded his rivals on Monday. Ilse Marrow, the city's housing "
        "director, said the plan was sound."
    )
    roles = {e.name: e.roles for e in _entities(text) if e.type == "PERSON"}
    assert roles["Tomas Berg"] == []
    assert roles["Ilse Marrow"] == ["the city's housing director"]


def test_a_platform_by_what_is_posted_on_it_is_no_work() -> None:
    """ "posted photos on Chirp": a service (an organisation), not a work of
    art nor a person; a person's "account of the night" (a guard) leaves the person a person."""
    text = (
        "Clip removed\n\nVarn Radio\n14 June 2026\n\n"
        "After the launch, comedians Aldo Fenn and Rika Sato swapped covers at a Kessling Parker and Lowe shop and "
        "posted photos on Chirp. Tomas Berg's account of the night was grim, Tomas Berg said."
    )
    types = {e.name: e.type for e in _entities(text)}
    assert types.get("Chirp") == "ORG"
    assert types.get("Tomas Berg") == "PERSON"


def test_a_father_and_son_told_by_other_middle_initials_are_two_people() -> None:
    """Audit6 repro 13: "Anton W. Vale" (the son) and "Anton H.W. Vale" (his father) are two people, and so are
    "Ilse B. Marten" and "Ilse Cora Marten"; a middle initial written in one form only is the same person."""
    text = (
        "Vale brothers split over the race.\n\nFormer premier Anton W. Vale campaigned for his brother Jon Vale in "
        "Modra on Saturday.\n\nTheir father, former premier Anton H.W. Vale, stayed home in Tessby.\n\n"
        "Anton W. Vale told the crowd that Jon Vale would be ready on day one."
    )
    people = _people(text)
    assert "Anton W. Vale" in people and "Anton H.W. Vale" in people, people
    assert "Anton H.W. Vale" not in people["Anton W. Vale"]
    from storyline.extract.resolve import _same_person

    assert not _same_person("Ilse B. Marten", "Ilse Cora Marten")
    assert not _same_person("Dr. Anton H. W. Vale Sr.", "Anton W. Vale Sr.")


def test_a_middle_initial_told_once_or_spelt_out_is_the_same_person() -> None:
    """A guard: the same person with and without a middle initial, and with the middle name written out, stays one."""
    one = (
        "Mill reopens\n\nOrrin Courier\n2 March 2027\n\n"
        "Mill owner Harold T. Quist reopened the Varn mill on Tuesday. Quist said the mill would hire forty people."
    )
    two = "Mill hires\n\nBrisk Gazette\n3 March 2027\n\nHarold Quist, who owns the Varn mill, hired forty people."
    people = _people(one, two)
    assert len([n for n in people if "Quist" in n]) == 1, people
    from storyline.extract.resolve import _same_person

    assert _same_person("Harold T. Quist", "Harold Tobias Quist") and _same_person(
        "Anton H.W. Vale", "Anton H. W. Vale"
    )
    assert _same_person("Pieter van der Berg", "Pieter A. van der Berg")


def test_a_surname_after_mr_is_not_the_one_namesake_whose_given_name_is_known_male() -> None:
    """Audit6 repro 13, its surname half: "Brin Harlow" (a given name that tells no gender) and "Anton Harlow" (a
    man's) share a surname; "Mr. Harlow" may be either, so it is not made a variant of Anton Harlow. Guards: beside
    "Anton Harlow" and "Marta Harlow", "Mr. Harlow" is Anton and "Mrs. Harlow" Marta."""
    text = (
        "Harlow stays in the race\n\nOrrin Courier\n2 March 2027\n\n"
        "Former governor Brin Harlow campaigned in Modra on Saturday. Mr. Harlow and Mr. Kessel will meet in a "
        "debate on Monday. A former aide to Anton Harlow said the crowd was small. Mr. Harlow spoke for an hour."
    )
    people = _people(text)
    assert "Anton Harlow" in people and not {"Harlow", "Mr. Harlow"} & set(people["Anton Harlow"]), people
    guard = (
        "Harlows open a mill\n\nOrrin Courier\n3 March 2027\n\n"
        "Anton Harlow and his wife, Marta Harlow, opened a mill in Tessby on Monday. Mr. Harlow said the mill would "
        "hire forty people. Mrs. Harlow will run it."
    )
    ents = _entities(guard)
    owner = {m.span.text: e.name for e in ents for m in e.mentions if "Harlow" in m.span.text}
    assert "Harlow" in {*next(e.variants for e in ents if e.name == "Anton Harlow")}, ents
    assert "Harlow" in {*next(e.variants for e in ents if e.name == "Marta Harlow")}, owner


def test_mr_beside_mrs_is_the_namesake_whose_given_name_is_a_mans() -> None:
    """A text that writes both "Mr. Arden" and "Mrs. Arden" tells its namesakes apart by gender: "Mr. Arden" is Tom
    Arden (a man's given name), even beside a third "Arden" whose first word tells no gender (PolNeAR: "Mr. Clinton"
    beside "Hillary Clinton" and a heading's "Classic Clinton" is Bill Clinton). Without "Mrs." in the text, "Mr.
    Arden" beside "Tom Arden" and "Brin Arden" may be either (audit6 repro 13)."""
    from storyline.extract.entities import _Namesakes

    three = ["Tom Arden", "Classic Arden", "Greta Arden"]
    assert _Namesakes(three, {}, set(), {}, both_titles=True).pick("m") == "Tom Arden"
    assert _Namesakes(three, {}, set(), {}, both_titles=True).pick("f") == "Greta Arden"
    assert _Namesakes(["Tom Arden", "Brin Arden"], {}, set(), {}).pick("m") is None
