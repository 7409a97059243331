"""Quote extents and cues (invented text): a report that quotes a short phrase and goes on in the writer's words is
no direct quotation and stops before the writer's circumstance (", after reports ..."); verbs that tell no speech
("employers added fewer jobs than expected", "to 101,000 positions added", "tweeted out a photo", "pledged to do")
are no cues; two quotations in a row, the first finishing the writer's sentence, are two; a book's title is no one's
words."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HEAD = "Harbour news from Kestria\n\nBy Ode Brask | Pellwick Times | 12 March 2026\n\n"


def _rows(*paragraphs: str) -> list[tuple[str | None, str, str | None, str]]:
    """(speaker, kind, cue, content) of every quote of a one-paragraph-per-item article."""
    from storyline.extract import extract_articles
    from storyline.extract.pipeline import article_from_text

    text = HEAD + "\n\n".join(paragraphs) + "\n"
    [ex] = extract_articles([article_from_text(text, "t.txt")])
    return [(q.speaker.text if q.speaker else None, q.kind, q.cue.text if q.cue else None, q.content.text)
            for q in ex.quotes]  # fmt: skip


def test_a_short_quoted_phrase_in_a_report_stops_before_the_writers_circumstance() -> None:
    rows = _rows(
        "Premier Voss on Friday said \u201cno ransom\u201d was paid to Kestria for Lina Harrow, after reports that "
        "Ostrava received a $3 million bill from Kestria for the student\u2019s care.",
    )
    assert [(k, c) for _s, k, _cue, c in rows] == [
        ("direct", "\u201cno ransom\u201d was paid to Kestria for Lina Harrow"),
    ]


def test_a_whole_quotation_stays_direct_and_a_clause_without_circumstance_goes_on() -> None:
    """Guards: a quotation alone is direct; a clause it opens goes on when no circumstance of the writer's follows."""
    rows = _rows(
        '"No ransom was paid, not three million, not anything," Voss wrote on Friday.',
        'Mayor Edda Lind said "the ferry" would run to Ostrava for the whole winter season.',
    )
    assert [(s, k, c) for s, k, _cue, c in rows] == [
        ("Voss", "direct", '"No ransom was paid, not three million, not anything,"'),
        ("Mayor Edda Lind", "direct", '"the ferry" would run to Ostrava for the whole winter season'),
    ]


def test_verbs_that_tell_no_speech_are_no_cues() -> None:
    rows = _rows(
        "Kestrian employers added fewer jobs than expected in May and wage gains slowed.",
        "The April gains were revised up as well, to 101,000 positions added, showing the recovery's steady pace.",
        "Dr. Lena Morvik tweeted out a photo of her resignation letter later Monday.",
        "The clinic will vaccinate the harbour workers, as Premier Grell has pledged to do.",
    )
    assert rows == []


def test_speech_with_those_verbs_is_still_reported() -> None:
    """Guards: "added that ...", a tweet's words, a promise of an act, a comparison's words in a clause."""
    rows = _rows(
        "Kestrian employers added that hiring would slow in June.",
        "Dr. Lena Morvik tweeted that she would not stay on.",
        "Premier Grell has pledged to vaccinate every harbour worker by June.",
        "Ilse Varga said the harbour took in fewer ships than expected in May.",
    )
    assert [(s, c) for s, _k, _cue, c in rows] == [
        ("Kestrian employers", "that hiring would slow in June"),
        ("Dr. Lena Morvik", "that she would not stay on"),
        ("Premier Grell", "to vaccinate every harbour worker by June"),
        ("Ilse Varga", "the harbour took in fewer ships than expected in May"),
    ]


def test_two_quotations_in_a_row_are_two_when_the_first_finishes_the_writers_sentence() -> None:
    rows = _rows(
        '"This deserves an inquiry," Sen. Rhea Dorn told Channel 5, adding that Quist has "put our sailors at risk." '
        '"This is something that is serious," Dorn said.',
    )
    assert ("Dorn", "direct", "said", '"This is something that is serious,"') in rows
    assert not any('risk." "This' in c for _s, _k, _cue, c in rows)


def test_one_speakers_quotations_in_a_row_stay_one_quote() -> None:
    """Guard: a quotation that is a whole sentence of its own goes on into the next one the cue closes."""
    rows = _rows('Voters lined up early. "We won the vote." "It was close," Ilse Varga said.')
    assert [(s, k, c) for s, k, _cue, c in rows] == [("Ilse Varga", "direct", '"We won the vote." "It was close,"')]


def test_a_books_title_is_no_quote() -> None:
    rows = _rows(
        'Sand is expected to start the party with the Oct. 5 release of his new book, "Onward: Notes on a Tired '
        'Republic." Sand did not respond to requests for comment.',
    )
    assert rows == []


def test_a_quotation_in_pieces_with_the_writers_words_before_it_stays_direct() -> None:
    """Guard: the ledger shows such a quote's pieces, one row per quoted sentence; it stays direct."""
    rows = _rows(
        'Because of the storm, "the ferry must wait," Ilse Varga said of the crossing. "The harbour is closed."',
    )
    assert [(s, k) for s, k, _cue, _c in rows] == [("Ilse Varga", "direct")]


def test_a_quotation_split_by_its_attribution_stays_direct() -> None:
    """Guard: the ledger shows its quoted pieces."""
    rows = _rows(
        'He has also railed against the ferry company\'s move to Ostrava - "I love that ferry," Varga said, "I will '
        'never ride it again."',
    )
    assert [(s, k) for s, k, _cue, _c in rows] == [("Varga", "direct")]
