"""A quotation with no cue after a sentence telling of one person's tweet or statement is that person's (invented
text)."""

from __future__ import annotations

from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text


def _speaker_of(text: str, words: str) -> str | None:
    quotes = extract_articles([article_from_text(text, "t.txt")])[0].quotes
    [q] = [q for q in quotes if words in q.content.text]
    return q.speaker_entity


def test_the_tweet_a_sentence_tells_of_is_its_authors() -> None:
    text = (
        "Candidate Rolf Danner's first tweet on Sunday was a measured comment about the flood in Vestra. "
        '"Really bad flooding in Vestra. Crews are on the way. Stay safe."\n\n'
        "Senator Ona Hale began Sunday with a personally signed tweet that drew no conclusions about the flood. "
        '"Woke up to terrible news from Vestra. My thoughts are with those affected."\n'
    )
    assert _speaker_of(text, "Really bad flooding") == "Rolf Danner"
    assert _speaker_of(text, "Woke up to terrible news") == "Ona Hale"


def test_a_sentence_telling_of_no_written_words_gives_no_speaker() -> None:
    plain = (
        "Rolf Danner toured the flooded streets of Vestra on Sunday morning. "
        '"Really bad flooding in Vestra. Crews are on the way. Stay safe."\n'
    )
    assert _speaker_of(plain, "Really bad flooding") is None
