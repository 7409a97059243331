"""What is a quote, where its words start and who says them (invented text): adding jobs after a colon, denying
someone a right and answering an order by suing are acts, and "her remarks suggested" is the writer's reading; a
colon's quotation after a leading phrase ("During a press conference with ..., Mayor X had a message: ...") is the
subject's; the day of saying and the one told are no part of the words; a statement "issued ... by" a body is the
body's; "he said" after a person the tagger missed, or after an unnamed office holder, is that person's."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow

HEAD = "Varos county news\n\nBy Staff Writer | 9 March 2027\n\n"


def _quotes(*paragraphs: str) -> list[tuple[str | None, str | None, str | None, str]]:
    """(speaker mention, speaker name, cue, text) of every quote of an article of these paragraphs."""
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    quotes = extract_articles([article_from_text(text, "t.txt")])[0].quotes
    return [(q.speaker and q.speaker.text, q.speaker_entity, q.cue and q.cue.text, q.content.text) for q in quotes]


def test_acts_and_readings_are_no_quotes() -> None:
    assert _quotes("Orle's recovery has stalled: employers added only 12,400 jobs in May.") == []
    assert _quotes("The Kessling school board denied him the right to use the library after hours.") == []
    assert _quotes("Assembly members responded to the governor's order by challenging it in court.") == []
    assert _quotes("Her remarks suggested that there would be no quick end to the dispute.") == []


def test_speech_beside_the_acts_stays() -> None:
    """Guards: a denial of a charge or a claim, an answer by saying, a person who suggests, a report after a colon."""
    assert [r[2:] for r in _quotes("The Kessling school board denied that it had broken the rules.")] == [
        ("denied", "that it had broken the rules")
    ]
    rows = _quotes("Assembly members responded to the governor's order by saying it was unlawful.")
    assert [r[2] for r in rows] == ["responded"]
    rows = _quotes("Her spokesman suggested that there would be no quick end to the dispute.")
    assert [r[2:] for r in rows] == [("suggested", "that there would be no quick end to the dispute")]
    rows = _quotes("The verdict was clear: Councillor Odo Penn said he would appeal.")
    assert [(r[1], r[3]) for r in rows] == [("Odo Penn", "he would appeal")]


def test_a_colon_quotation_after_a_leading_phrase_is_the_subjects() -> None:
    rows = _quotes(
        "During a joint press conference with Keld President Odo Penn, Mayor Ilse Brandt had a message for people "
        "considering crossing to Orle: \u201cDo not come.\u201d"
    )
    assert [(r[0], r[1]) for r in rows] == [("Mayor Ilse Brandt", "Ilse Brandt")]
    rows = _quotes(
        "At his news conference in Orle on Monday, Penn's first questioners ranged from sceptical to hostile: "
        '"Is it time for your plan to change?"'
    )
    assert "Penn's" not in [r[0] for r in rows]
    # guard: no leading phrase
    rows = _quotes("Mayor Ilse Brandt had a message for people considering crossing to Orle: \u201cDo not come.\u201d")
    assert [(r[0], r[1]) for r in rows] == [("Mayor Ilse Brandt", "Ilse Brandt")]


def test_the_day_of_saying_and_the_one_told_are_no_words() -> None:
    rows = _quotes(
        "Councillor Odo Penn said Thursday there could be no vote on the plan before May.",
        'Governor Vera Holm told reporters Penn\'s comments were "very nasty".',
    )
    assert [(r[1], r[3]) for r in rows] == [
        ("Odo Penn", "there could be no vote on the plan before May"),
        ("Vera Holm", 'Penn\'s comments were "very nasty"'),
    ]
    # guards: "that" after the day; the one told after a closing quotation
    rows = _quotes(
        "Councillor Odo Penn said Thursday that there could be no vote on the plan before May.",
        '"The plan is very reckless," Governor Vera Holm told reporters.',
    )
    assert [(r[1], r[3]) for r in rows] == [
        ("Odo Penn", "there could be no vote on the plan before May"),
        ("Vera Holm", '"The plan is very reckless,"'),
    ]


def test_a_statement_issued_by_a_body_is_the_bodys() -> None:
    rows = _quotes(
        "The new rate is 2.5 percent, according to a statement issued after a two-day meeting by the Monetary Policy "
        "Board, the bank's voting arm."
    )
    assert [(r[0], r[3]) for r in rows] == [("the Monetary Policy Board", "The new rate is 2.5 percent")]
    # guard: no issuer named
    rows = _quotes("The new rate is 2.5 percent, according to a statement issued on Friday.")
    assert [r[0] for r in rows] == ["a statement issued"]


def test_he_after_an_untagged_person_or_an_unnamed_office_holder() -> None:
    rows = _quotes(
        "Health Minister Pavel Koscak said on Wednesday that the government would not pay any ransom. The minister "
        "denied that talks were under way. M\u00e5rten Ekdal, the group's IT director, said his team was rebuilding "
        "the servers. He said the group expected its systems to be back by Friday."
    )
    assert [r[1] for r in rows] == ["Pavel Koscak", "Pavel Koscak", "M\u00e5rten Ekdal", "M\u00e5rten Ekdal"]
    rows = _quotes(
        "The trust's IT director told Radio Norland that all systems had been taken offline. "
        '"We do not yet know how they got in," he said.'
    )
    assert [r[1] for r in rows] == [None, "The trust's IT director"]
