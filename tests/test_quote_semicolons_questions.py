"""Reports split by a semicolon, a question put to someone, "the prime minister" beside another minister, and one
statement translated in other verbs: invented texts only."""

from __future__ import annotations

import numpy as np

from storyline.brief.quotes import link_wordings
from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text
from tests.test_quote_variants import _row


def _quotes_of(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0].quotes


def _rows(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker_entity or (q.speaker.text if q.speaker else None), q.content.text) for q in _quotes_of(text)]


def test_two_reports_joined_by_a_semicolon_keep_their_own_words() -> None:
    text = (
        "Thousands marched in Dorvik on Thursday against the harbour law.\n\n"
        "Organisers said 20,000 people marched on Thursday; police said about 6,000.\n\n"
        "Organisers of the first march claimed that 15,000 people had joined it on Monday; police put the figure at "
        "about 4,000.\n"
    )
    rows = _rows(text)
    police = [t for who, t in rows if who == "police"]
    assert police == ["about 6,000"]  # not the organisers' clause before the semicolon
    claim = [t for who, t in rows if t.startswith("that 15,000")]
    assert claim == ["that 15,000 people had joined it on Monday"]  # not the police figure after it
    assert not any("Organisers said" in t for _, t in rows)


def test_a_question_put_to_someone_unnamed_is_not_their_words() -> None:
    text = (
        "Harbour Minister Ilse Vantor held a press conference in Dorvik on Thursday.\n\n"
        "At the press conference, Harbour Minister Ilse Vantor was asked whether the ministry would publish its "
        "dredging orders each year.\n\n"
        '"Yes, every year, and to the council first," she replied.\n'
    )
    rows = _rows(text)
    assert not any(t.startswith("whether") for _, t in rows)
    assert any(who == "Ilse Vantor" and "every year" in t for who, t in rows)
    # asked by someone the sentence names: that one's question
    named = text.replace("was asked whether", "was asked by Odo Brenn of Radio Dorvik whether")
    asked = [(who, t) for who, t in _rows(named) if t.startswith("whether")]
    assert asked and all(who != "Ilse Vantor" for who, _ in asked)


def test_the_prime_minister_is_not_another_minister_named_in_the_article() -> None:
    text = (
        "The Dorvik council passed the harbour law on Wednesday with a majority of nine.\n\n"
        'Councillor Petra Lund said the prime minister had told her the law was "a shield, not a sword".\n\n'
        "Harbour Minister Ilse Vantor said the law would take effect on 1 March.\n"
    )
    rows = _rows(text)
    inner = [who for who, t in rows if t.startswith("the law was")]
    assert inner and "Ilse Vantor" not in inner
    # the minister of the same office is still found by the plain title
    same = text.replace("the prime minister had told her", "the harbour minister had told her")
    inner = [who for who, t in _rows(same) if t.startswith("the law was")]
    assert inner == ["Ilse Vantor"]


def _cosine(value: float):  # type: ignore[no-untyped-def]
    """An encoder giving two texts this cosine."""

    def encode(texts: list[str], **_: object) -> np.ndarray:
        out = np.zeros((len(texts), 2), dtype=np.float32)
        for k in range(len(texts)):
            out[k] = [1.0, 0.0] if k == 0 else [value, (1 - value**2) ** 0.5]
        return out

    return encode


def test_one_statement_translated_in_other_verbs_is_one_row_when_close_in_meaning() -> None:
    a = '"I sign this law because the Council has spoken, and the Council is the voice of the people,"'
    b = '"I am signing this law because the Council has decided, and the Council speaks for the people,"'
    # half the content words in common (council, law, people): one row if the meaning is very close
    assert len(link_wordings([_row("x", "Emil Varko", a), _row("y", "Emil Varko", b)], _cosine(0.9))) == 1
    # only fairly close: that share of words is not enough
    assert len(link_wordings([_row("x", "Emil Varko", a), _row("y", "Emil Varko", b)], _cosine(0.75))) == 2


def test_the_name_set_off_after_a_description_of_whom_someone_supports_is_the_speaker() -> None:
    text = (
        "Senator Mara Velk has won over many pastors in the province.\n\n"
        "One pastor supporting Ms. Velk, Elias Wendt of Grace Chapel in Marlow, said he had made more than 150 "
        "phone calls to other pastors.\n"
    )
    [q] = [q for q in _quotes_of(text) if "phone calls" in q.content.text]
    assert q.speaker_entity != "Mara Velk"
    assert q.speaker is not None and q.speaker.text.startswith("Elias Wendt")


def test_said_of_someone_is_no_quote_and_one_who_agreed_says_the_quotation_after() -> None:
    text = (
        "Senator Mara Velk relies on a network of volunteers.\n\n"
        "Bruno Lasz, the Velk campaign's state director, said the network was growing.\n\n"
        "''Part of my job is to say: 'Hey, she is for real,''' Mr. Lasz said of Ms. Velk.\n\n"
        'State University\'s Hanne Brost agreed. "Voters are running out of time to find an alternative to Velk."\n'
    )
    rows = _rows(text)
    assert not any(t.startswith("of Ms.") for _, t in rows)
    [who] = [who for who, t in rows if "running out of time" in t]
    assert who == "Hanne Brost"
    # said of someone with the quotation after it: the speaker's words still
    after = 'Senate leader Odo Varn spoke on Tuesday.\n\nVarn said of Speaker Ilse Brandt, "I gather she still wants more."\n'
    assert any(who == "Odo Varn" and "I gather" in t for who, t in _rows(after))


def test_described_as_and_declared_him_the_victor_are_no_speech() -> None:
    text = (
        "Danner, Velk and Holm, the candidates most often described as outsiders, took a combined 61 percent of the "
        "vote.\n\n"
        "Rolf Danner thanked his supporters in Marlow on Tuesday night, shortly after news outlets declared him the "
        "victor in the Vestria primary.\n"
    )
    rows = _rows(text)
    assert not any(t.startswith("as outsiders") for _, t in rows)
    assert not any(t.startswith("him the victor") for _, t in rows)
    # a report of words after the same verbs still is one
    said = "News outlets declared that the count was over, and the board described the vote as clean and fair.\n"
    assert any("the count was over" in t for _, t in _rows(said))


def test_the_answer_to_an_unnamed_askers_question_is_the_one_asked() -> None:
    text = (
        "Senator Ivo Marsk spoke to voters in Dunmore on Tuesday.\n\n"
        "A reporter asked Marsk whether he would stay in the race until the convention. He replied: "
        '"I am in this until the last vote is counted."\n'
    )
    [q] = [q for q in _quotes_of(text) if "last vote" in q.content.text]
    assert q.speaker_entity == "Ivo Marsk"
