"""Whose words a quote is when its sentence names others: the speaker of a trailing cue, not a person the words are
about ('Nothing the premier said "...," the senator said'); the one asked, not the interviewer, answering right after
a question put in a clause of time; a whisper reported by a journalist; two people who speak together; a person the
tagger took for a body named again by surname; "and he" joined to a clause whose subject is named (invented text)."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles
from storyline.extract.attribution import RawQuote
from storyline.extract.cues import Cue
from storyline.extract.entities import NameMention
from storyline.extract.marks import find_segments
from storyline.extract.pipeline import article_from_text
from storyline.extract.speakers import resolve_speakers

pytestmark = pytest.mark.slow


def _quotes_of(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0].quotes


def _resolve(text: str, names: list[tuple[str, str]], speaker: str) -> str | None:
    """The name a direct quote's speaker phrase resolves to, with the tagger's labels given (as test_speaker_refs)."""
    mentions = [NameMention(text.index(w), text.index(w) + len(w), label, w, w) for w, label in names]
    s, v, c = text.index(speaker), text.index(" said") + 1, text.index('"')
    cue = Cue(v, v + 4, "say", (s, s + len(speaker)), (s, s + len(speaker)), speaker.split()[-1], None, (0, len(text)))
    quote = RawQuote("direct", (c, len(text) - 1), cue, [(c, len(text) - 1)])
    ((_q, _span, who),) = resolve_speakers(text, [quote], mentions, find_segments(text))
    return who


def _who(quotes, words: str):  # type: ignore[no-untyped-def]
    return [q.speaker_entity for q in quotes if words in q.content.text]


def test_a_trailing_cue_speaks_not_the_person_a_gap_clause_names() -> None:
    text = (
        "Senators fault premier's address.\n\n"
        "Premier Dana Wick spoke to the nation on Sunday about the floods in the Ostrava valley.\n\n"
        "Sen. Pavel Orlov, interviewed on Channel 9 after the broadcast, said Wick had ignored the river towns. "
        'Nothing the premier said "will calm people\'s nerves," the Eastmark senator said.\n'
    )
    assert _who(_quotes_of(text), "calm people") == ["Pavel Orlov"]
    # guard: a gap clause whose noun is the subject of the words stays the minister's report
    plan = "Ferry plan dropped.\n\nThe plan the minister said would cut costs was dropped on Friday, officials said.\n"
    assert any(q.speaker is not None and q.speaker.text == "the minister" for q in _quotes_of(plan))


def test_the_one_asked_answers_a_question_put_in_a_clause_of_time() -> None:
    text = (
        "Speaker holds back support.\n\n"
        "Speaker Oskar Brandt said on Thursday that he will not endorse Ivo Holm for now.\n\n"
        "\"I can't give my backing yet,\" Brandt told Channel 4's Milo Kessler.\n\n"
        "Brandt also sounded unsure when Kessler asked whether the party could keep its majority this autumn.\n\n"
        '"Nobody can forecast this year. So you campaign as if every seat is at risk," he said.\n'
    )
    assert _who(_quotes_of(text), "Nobody can forecast") == ["Oskar Brandt"]
    # guard: the asker who opens the sentence answers his own question
    own = (
        "Budget vote nears.\n\n"
        "Finance Minister Lena Varga spoke to reporters in Brellin on Monday.\n\n"
        "Varga asked whether the budget would pass the assembly this week. "
        '"It will not, and everyone in this building knows it," she said.\n'
    )
    assert _who(_quotes_of(own), "everyone in this building") == ["Lena Varga"]


def test_a_whisper_a_journalist_reported_is_the_whisperers() -> None:
    text = (
        "Lisk stays in the contest.\n\n"
        "Ena Lisk promised on Tuesday night to keep campaigning.\n\n"
        "As supporters applauded Lisk in Varos on Tuesday night, The Daily Post's Remy Cole reported, her husband "
        'whispered to her: "They have not given up on you."\n'
    )
    (q,) = [q for q in _quotes_of(text) if "given up" in q.content.text]
    assert q.speaker is not None and q.speaker.text == "her husband"
    assert q.speaker_entity is None or "Cole" not in q.speaker_entity
    # guard: "whispers" as a noun reports nothing
    rumour = "Rumours in Varos.\n\nWhispers of a merger spread through the Varos office on Monday.\n"
    assert _quotes_of(rumour) == []


def test_two_people_named_as_one_speaker_are_both_the_speaker() -> None:
    text = (
        "Holm and Brandt hold talks.\n\n"
        'Ivo Holm and Speaker Oskar Brandt put out a joint statement calling the talks "a real start on mending '
        'fences."\n\n'
        '"The speaker is running out of patience," Mila Orr and Jan Veltz wrote in the Capitol Page.\n'
    )
    quotes = _quotes_of(text)
    assert _who(quotes, "mending fences") == ["Ivo Holm and Oskar Brandt"]
    assert _who(quotes, "running out of patience") == ["Mila Orr and Jan Veltz"]
    # guards: a title the tagger took for a name is no second speaker; one person and a common noun is that person
    titled = [("Ivo Holm", "PERSON"), ("Assembly Speaker", "PERSON"), ("Oskar Brandt", "PERSON")]
    text2 = 'Ivo Holm and Assembly Speaker Oskar Brandt said: "We will meet again."\n'
    assert _resolve(text2, titled, "Ivo Holm and Assembly Speaker Oskar Brandt") == "Ivo Holm"
    aides = "Holm's team speaks.\n\nIvo Holm and his aides said the talks would resume on Monday in Varos.\n"
    assert _who(_quotes_of(aides), "talks would resume") == ["Ivo Holm"]


def test_a_surname_again_is_the_person_a_body_name_ends_with() -> None:
    text = (
        "Experts react to Skyla fix.\n\n"
        "\u201cThe flaw had been public for a week,\u201d Qelix CTO Marten Oslo said in an e-mailed note.\n\n"
        "Oslo said the browser lacks an update tool.\n"
    )
    assert _who(_quotes_of(text), "update tool") == ["Marten Oslo"]


def test_he_joined_by_and_to_a_named_subject_is_that_subject() -> None:
    text = (
        "Holm stumbles over soldier's parents.\n\n"
        "Ivo Holm stumbled on Sunday amid criticism from the parents of a soldier killed in the Vesk valley.\n\n"
        "The clash between the parents, Karel and Mira Dvor, and Mr. Holm has become a turning point in the race: "
        "Mr. Holm has slipped in the polls since, and he has repeatedly answered that the Dvor "
        "family's criticism was a string of harsh words.\n"
    )
    assert _who(_quotes_of(text), "harsh words") == ["Ivo Holm"]
    # guard: a pronoun of the other gender is not that subject
    other = text.replace("and he has repeatedly", "and she has repeatedly").replace(
        "Karel and Mira Dvor", "Mira and Karel Dvor"
    )
    assert _who(_quotes_of(other), "harsh words") != ["Ivo Holm"]
