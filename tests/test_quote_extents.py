"""Where a quote's words start and end (invented text): a quotation closed by a full stop goes on with the speaker
before it, not with the next sentence's speaker who has words of their own; a second report of the same speaker
("and vowed to ...", ", saying ...") ends the first one's clause; the subject before a parenthetical attribution ("A
Varga government, Holm vowed, would ...") is part of the words; a whole quotation set off by a colon or comma takes
none of the outlet's words before or after it; narration after the attribution is no part of the quotation; a
programme told or named in the frame before "that" is no part of the words."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow

HEAD = "Varos harbour news\n\nBy Staff Writer | 9 March 2027\n\n"


def _rows(*paragraphs: str) -> list[tuple[str | None, str, str, list[str]]]:
    """(speaker mention, kind, text, parts) of every quote of an article with these paragraphs."""
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    quotes = extract_articles([article_from_text(text, "t.txt")])[0].quotes
    return [(q.speaker and q.speaker.text, q.kind, q.content.text, [p.text for p in q.parts]) for q in quotes]


def _texts(*paragraphs: str) -> list[str]:
    return [t for _s, _k, t, _p in _rows(*paragraphs)]


def test_a_full_stop_quotation_goes_on_with_the_speaker_before_it() -> None:
    rows = _rows(
        "''We are sailors,'' Mr. Holm said. ''We are not pirates.'' Ms. Varga said: ''The storm that hit us was "
        "terrible.''"
    )
    assert [(s, t) for s, _k, t, _p in rows] == [
        ("Mr. Holm", "''We are sailors,'' Mr. Holm said. ''We are not pirates.''"),
        ("Ms. Varga", "''The storm that hit us was terrible.''"),
    ]
    rows = _rows(
        '"The pier is finished," Holm said. "It shows a lack of care." Varga said both Holm and Brenn are "dreamers."'
    )
    assert rows[0][:3] == ("Holm", "direct", '"The pier is finished," Holm said. "It shows a lack of care."')
    assert rows[1][:3] == ("Varga", "indirect", 'both Holm and Brenn are "dreamers."')


def test_a_full_stop_quotation_before_a_bare_attribution_stays_its_own() -> None:
    """Guards: '"B." Varga said.' and '"B." Varga said on Monday.' are Varga's; a comma-closed one too."""
    assert _rows('"The pier is finished." Varga said.') == [("Varga", "direct", '"The pier is finished."', [])]
    assert [s for s, _k, _t, _p in _rows('"The pier is finished." Varga said in a statement on Monday.')] == ["Varga"]
    assert _rows('"The pier is finished," Varga said, "and the toll is next."')[0][:2] == ("Varga", "direct")


def test_a_second_report_of_the_same_speaker_ends_the_first() -> None:
    assert _texts("Mayor Ilse Varga said the bridge would reopen in May and vowed to fire the contractor.") == [
        "the bridge would reopen in May",
        "to fire the contractor",
    ]
    assert _texts("Holm argued that a toll would keep trucks off the bridge, saying it is all about safety.") == [
        "that a toll would keep trucks off the bridge",
        "it is all about safety",
    ]


def test_words_of_the_reported_clause_stay_whole() -> None:
    """Guards: a second clause with its own subject, a cue inside the clause with its own speaker, an aside."""
    assert _texts("Holm said the pier was closed and the ferry would stop.") == [
        "the pier was closed and the ferry would stop"
    ]
    rows = _rows("Holm said Varga had told him the pier was safe.")
    assert rows[0][2] == "Varga had told him the pier was safe"
    assert _texts("Holm said the pier, and the warnings about it, were old news.") == [
        "the pier, and the warnings about it, were old news"
    ]


def test_the_subject_before_a_parenthetical_attribution_is_part_of_the_words() -> None:
    rows = _rows("A Varga government, Holm vowed, would bring better-paying jobs and repaired bridges.")
    assert rows == [
        (
            "Holm",
            "indirect",
            "A Varga government, Holm vowed, would bring better-paying jobs and repaired bridges",
            ["A Varga government", "would bring better-paying jobs and repaired bridges"],
        )
    ]


def test_one_word_before_a_parenthetical_attribution_is_not_split_off() -> None:
    """Guard: "Now, she said, the ...": the words are what follows (no piece of one word)."""
    assert _texts("Now, Varga said, the sailors and the fishermen don't mix much.") == [
        "the sailors and the fishermen don't mix much"
    ]


def test_a_whole_quotation_set_off_takes_no_outlet_words_after_it() -> None:
    assert _texts(
        'Holm said: "I have said many times that the pier was a mistake," but in fact Holm had voted for the pier '
        "twice."
    ) == ['"I have said many times that the pier was a mistake,"']
    assert _texts(
        "Mayor Brenn weighed in as well, telling the Varos Ledger in an interview on Monday, "
        '"But gosh, they are both fit," he said.'
    ) == ['"But gosh, they are both fit,"']


def test_a_quotation_inside_the_sentence_still_takes_its_sentence_part() -> None:
    """Guards: a partial quotation finishes the reporter's sentence, before or after it."""
    assert _texts('Holm said the pier was "a costly mistake" because the council never asked the sailors.') == [
        'the pier was "a costly mistake" because the council never asked the sailors'
    ]
    assert _texts('Varos could "do some kind of order," Holm said.') == ['Varos could "do some kind of order,"']


def test_narration_after_the_attribution_is_no_part_of_the_quotation() -> None:
    rows = _rows(
        'Varos could "do some kind of order or something -- I do not care if it is legal at this point," said Ilse '
        "Varga, president of the Varos Harbour Association. Holm resisted: "
        '"Mayors do not have the power to close the port."'
    )
    assert [t for _s, _k, t, _p in rows] == [
        'Varos could "do some kind of order or something -- I do not care if it is legal at this point,"',
        '"Mayors do not have the power to close the port."',
    ]
    assert rows[1][0] != "Ilse Varga"


def test_an_apposition_after_the_attribution_keeps_the_quotation_whole() -> None:
    """Guards: the speaker's description between two pieces ('"A," said Varga, a professor at St. Olaf College.
    "B."') and a colon in the cue's own sentence."""
    assert _texts('"We will win," said Ilse Varga, a professor at St. Olaf College. "The port stays open."') == [
        '"We will win," said Ilse Varga, a professor at St. Olaf College. "The port stays open."'
    ]
    assert _texts('Holm said in a statement on Monday: "The port stays open."') == ['"The port stays open."']


def test_a_programme_told_or_named_before_that_is_no_part_of_the_words() -> None:
    assert _texts('"We have to close the port," the mayor told "Harbour Week" after she was asked about it.') == [
        '"We have to close the port,"'
    ]
    assert _texts(
        'Holm said on Channel 5\'s "Harbour Week With Ana Lind" that he would "take a look" at the toll.'
    ) == ['he would "take a look" at the toll']


def test_a_quotation_the_sentence_goes_on_from_keeps_its_words_after() -> None:
    """Guards: a set-off quotation with no punctuation of its own before its close is finished by the sentence
    ('said, "Quist is in a battle with Holm and Brenn" for second place'); an aside attribution with a participle
    after it keeps the whole sentence."""
    assert _texts(
        'Yet another Varos council member said, "Quist is in a battle with Holm and Brenn" for second place.'
    ) == ['"Quist is in a battle with Holm and Brenn" for second place']
    rows = _rows(
        "She had struggled her whole life, Holm explained, recalling the time he visited her at a shelter in Varos."
    )
    assert rows[0][2].startswith("She had struggled her whole life")
