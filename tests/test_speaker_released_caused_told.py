"""Who speaks in a participle or an infinitive whose parse climbs to the wrong subject: a memo released as the polls
closed "stating" (the memo, not the polls); a win that "led her to declare" (her, not the win); someone who "had been
told" something (not the one told). Guards keep the cases that must not change (invented text)."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _quotes_of(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0].quotes


def _rows(text: str, words: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.text if q.speaker else None, q.speaker_entity) for q in _quotes_of(text) if words in q.content.text
    ]


def test_a_participle_after_a_clause_of_time_speaks_for_the_text_released() -> None:
    text = (
        "Lorna Vask lost the Orrin primary on Tuesday night.\n\n"
        "Two hours earlier, a Vask campaign memo was released as the polls closed stating that the defeat was "
        '"long expected."'
    )
    rows = _rows(text, "long expected")
    assert rows and all(speaker is not None and "memo" in speaker for speaker, _ in rows)
    assert not any(speaker == "the polls" for speaker, _ in rows)


def test_a_participle_after_a_clause_of_time_with_no_text_released_stays_its_subject() -> None:
    # guard: the main clause puts out no text, so the one in the clause of time says it
    text = "Pell Dorin waited in the hall as Mira Santov left saying that she would return on Friday."
    rows = _rows(text, "would return")
    assert rows and all(who == "Mira Santov" for _, who in rows)


def test_the_object_of_a_causing_verb_speaks_in_the_infinitive() -> None:
    text = (
        "Ivo Brandel took the Keswater primary, while Marta Rook dealt a heavy blow to Tomas Ulm with a surprisingly "
        "wide win that led her to declare that the nomination was within reach."
    )
    rows = _rows(text, "within reach")
    assert rows and all(speaker == "her" and who == "Marta Rook" for speaker, who in rows)
    assert not any(speaker and "win" in speaker for speaker, _ in rows)


def test_a_cause_still_to_come_or_of_no_telling_gives_no_words_to_its_object() -> None:
    # guards (PolNeAR shapes): the cause is still to come, or what it brings about is no telling of anything
    cases = [
        ("The results of Tuesday's votes will force Sen. Ivo Brandel to acknowledge a hard reality -- it's time for "
         "Plan B.", "hard reality", "Ivo Brandel"),
        ("The first question forced Ivo Brandel to again respond to Marta Rook's charges that the town would suffer "
         "with him as mayor.", "would suffer", "Ivo Brandel"),
        ("Tomas Ulm has been in the news again, which prompted his wife Marta Rook to ask for a separation.",
         "separation", "Marta Rook"),
    ]  # fmt: skip
    for text, words, person in cases:
        assert not any(who == person for _, who in _rows(text, words)), (text, _rows(text, words))


def test_the_subject_of_a_plain_infinitive_still_speaks() -> None:
    # guard: no object between the verb and the infinitive; the subject wants to say it and is the speaker
    text = "Nadia Rook wanted to declare that the nomination was within reach."
    rows = _rows(text, "within reach")
    assert rows and all(who == "Nadia Rook" for _, who in rows)


def test_one_who_had_been_told_is_not_the_speaker() -> None:
    text = (
        "Rook wins Keswater narrowly.\n\n"
        "Tomas Ulm had been told just before Tuesday's count that he would probably lose narrowly. "
        "Rook's team knew it was close."
    )
    assert not any(who == "Tomas Ulm" for _, who in _rows(text, "lose narrowly"))


def test_one_named_after_by_told_it() -> None:
    # the passive names who told it: that one speaks, not the one told
    text = "Tomas Ulm had been told by Ivo Brandel on Monday that he would probably lose narrowly."
    rows = _rows(text, "lose narrowly")
    assert rows and all(who == "Ivo Brandel" for _, who in rows)


def test_a_subject_the_parse_loses_is_still_guessed_for_an_active_cue() -> None:
    # guard: an active cue whose subject the parse misses still takes the person before it
    text = "Tomas Ulm, the long-serving and often combative chair of the Keswater council, said that the vote was fair."
    rows = _rows(text, "vote was fair")
    assert rows and all(who == "Tomas Ulm" for _, who in rows)
