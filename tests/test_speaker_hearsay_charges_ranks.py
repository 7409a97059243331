"""Who said it, in sentences a fact-checker found misread: a charge "of falsely claiming" is the accuser's; a reply
brought in by "to which" is not the asker's; the background after "said on Monday," is the outlet's; a participle
under "The claim comes after X slammed ..." is X's; a title of another country or rank is someone else. Invented
text, with the spaCy model."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _quotes_of(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0].quotes


def _rows(text: str) -> list[tuple[str | None, str, str]]:
    return [
        (q.speaker_entity or (q.speaker.text if q.speaker else None), q.cue.text if q.cue else "", q.content.text)
        for q in _quotes_of(text)
    ]


def test_another_countrys_envoy_is_not_the_envoy_named_before() -> None:
    """ "Veloria's envoy says" after "Harlan Quist, the Ostravan climate envoy": two envoys, two countries; the
    Velorian envoy named as such is the one the phrase means."""
    other = (
        "Quist under fire\n\n"
        "Harlan Quist, the Ostravan climate envoy, faces calls to resign over a leaked tape in which Veloria's "
        "envoy says he shared details of the raids.\n"
    )
    assert [s for s, cue, _ in _rows(other) if cue == "says"] != ["Harlan Quist"], _rows(other)
    same = (
        "Quist under fire\n\n"
        "Harlan Quist, the Velorian climate envoy, faces calls to resign over a leaked tape in which Veloria's "
        "envoy says he shared details of the raids.\n"
    )
    assert [s for s, cue, _ in _rows(same) if cue == "says"] == ["Harlan Quist"], _rows(same)


def test_a_charge_of_falsely_claiming_is_the_accusers_words() -> None:
    """ "accusing the network of falsely claiming that ...": what the network is said to have claimed is the
    accuser's allegation, whole, not a quote of the network's; the accuser's words do not stop at "of falsely"."""
    text = (
        "Ballot maker sues\n\n"
        "Brightwave Ballots filed a lawsuit against Channel Nine on Friday, accusing the cable news outlet of "
        "falsely claiming that the ballot company had rigged the 2022 vote to lift its ratings.\n"
    )
    rows = _rows(text)
    assert [s for s, _, c in rows if "rigged the 2022 vote" in c] == ["Brightwave Ballots"], rows
    assert not any(c.rstrip().endswith("of falsely") for _, _, c in rows), rows


def test_a_reply_after_to_which_is_not_the_askers() -> None:
    """ "Host Dana Pell asked when he had last spoken with the premier, to which Mr Osgood replied: “...": the
    question is hers, the reply his only."""
    text = (
        "Osgood interview\n\n"
        "Opposition leader Bram Osgood spoke to Radio Tarn on Sunday. Host Dana Pell asked when he had last spoken "
        "with the premier, to which Mr Osgood replied: \u201cI don\u2019t believe I have spoken with her since she "
        "was sworn in.\n"
    )
    rows = _rows(text)
    pell = [c for s, _, c in rows if s == "Dana Pell"]
    assert pell and not any("I don\u2019t believe" in c for c in pell), rows
    assert any(s == "Bram Osgood" and "I don\u2019t believe" in c for s, _, c in rows), rows


def test_the_background_after_the_time_of_saying_is_the_outlets() -> None:
    """ "X has resigned ..., a palace official said on Monday, after a stormy five months during which ...": the
    official said she resigned; the months of feuding are the outlet's telling. With "that" after the time, the words
    are the clause after the cue as before."""
    text = (
        "Adviser quits\n\n"
        "Dr. Lena Moravec has resigned as special adviser to Premier Tobias Grell, a palace official said on "
        "Monday, after a stormy five months during which she feuded with other members of the flood council.\n"
    )
    [said] = [c for _, cue, c in _rows(text) if cue == "said"]
    assert said.startswith("Dr. Lena Moravec has resigned") and "stormy" not in said, said
    plain = "Ferry row\n\nThe harbour board said on Monday that the ferry would resume service in May.\n"
    got = [c.removeprefix("that ") for _, cue, c in _rows(plain) if cue == "said"]
    assert got == ["the ferry would resume service in May"], got


def test_a_participle_under_a_claim_that_comes_after_speaks_for_the_one_who_acted() -> None:
    """ "The latest claim comes after a former aide ... slammed his account, saying ...": the aide says it, not the
    claim; a main clause that is someone's act keeps its subject as the speaker."""
    text = (
        "Mayor row\n\n"
        "The latest claim comes after a former aide to Mayor Otto Brandt earlier Monday slammed his account of "
        "jokes with staff, saying he is failing to own up to harassing her.\n"
    )
    assert [s for s, cue, _ in _rows(text) if cue == "saying"] == ["a former aide to Mayor Otto Brandt"], _rows(text)
    timed = (  # the time of the verb hung on the aide's phrase is no part of it
        "Mayor row\n\n"
        "The latest claim comes after a former aide to Brandt earlier Monday ripped his explanation Sunday of "
        '"playful" banter with his staff, saying he is failing to take responsibility for harassing her.\n'
    )
    assert [s for s, cue, _ in _rows(timed) if cue == "saying"] == ["a former aide to Brandt"], _rows(timed)
    act = "Council vote\n\nCouncillor Ida Brek walked out after the mayor spoke, saying the vote was rigged.\n"
    assert [s for s, cue, _ in _rows(act) if cue == "saying"] == ["Ida Brek"], _rows(act)


def test_a_deputys_title_is_not_the_holder_of_the_first_rank() -> None:
    """ "the former deputy premier says" after "Premier Voss": the premier is not the deputy premier; a deputy named
    with that title is."""
    text = (
        "Quell enters race\n\n"
        "Mara Quell announced her bid for premier this morning, promising to save the country from Premier Anton "
        'Voss. "We are in a fight for the heart of this republic," the former deputy premier says in a video.\n'
    )
    assert [s for s, cue, _ in _rows(text) if cue == "says"] != ["Anton Voss"], _rows(text)
    deputy = (
        "Budget row\n\n"
        "Deputy Premier Ilse Varga met Premier Anton Voss on Monday. "
        '"The budget will pass," the deputy premier said after the meeting.\n'
    )
    assert [s for s, cue, _ in _rows(deputy) if cue == "said"] == ["Ilse Varga"], _rows(deputy)
