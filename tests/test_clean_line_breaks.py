"""A line break inside a sentence (hard-wrapped or pasted copy) is no sentence end; a blank line is (invented text)."""

from __future__ import annotations

import pytest

from storyline.clean import clean_text
from storyline.clean.lines import broken_sentence, sentence_lines
from storyline.extract.pipeline import split_lines
from storyline.models import Article

WRAPPED = (
    "Harbour fire at Dunmere\n\n"
    "A fire destroyed three fishing boats in Dunmere harbour on Sunday night, the coastguard said.\n\n"
    "Mayor Ines Varro, who has described the fire as both an accident and a hate\u00a0\n"
    "crime, said the harbour would reopen on Tuesday.\n\n"
    "Nobody was hurt, the coastguard said."
)
SENTENCE = (
    "Mayor Ines Varro, who has described the fire as both an accident and a hate\u00a0\n"
    "crime, said the harbour would reopen on Tuesday."
)


@pytest.mark.parametrize(
    ("text", "runs_on"),
    [
        ("both an accident and a hate\u00a0\ncrime, said the mayor", True),  # lower case after a plain word
        ("both an accident and a\ncrime of hate", True),
        ("the mayor said the\nHarbour Authority would pay", True),  # an open clause: "the" ends no sentence
        ("Ines Varro, the mayor,\nSaid little", True),  # after a comma
        ("The harbour reopened.\nboats went out", False),  # a sentence ended
        ("both an accident and a\n\ncrime of hate", False),  # a blank line is a paragraph break
        ("Background\nThe harbour was built in 1890.", False),  # a heading over a sentence
        ("Tides\n• low at noon", False),  # a list item
        ('"We will rebuild"\nthe mayor said', False),  # a quotation's end may end a paragraph
        (".bio-text {\n   text-align: left;", False),  # a style sheet left in the text
        ("determined to bring the race to a\nInstead, the senator spoke", False),  # words lost: a new sentence
    ],
)
def test_a_line_break_runs_on_only_inside_a_sentence(text: str, runs_on: bool) -> None:
    cut = text.index("\n")
    end = cut
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    start = cut + 1 + (text[cut + 1 :].startswith("\n"))
    assert broken_sentence(text, end, start) is runs_on


def test_sentence_lines_keep_a_wrapped_sentence_and_cut_paragraphs() -> None:
    pieces = [WRAPPED[s:e].strip() for s, e in sentence_lines(WRAPPED, 0, len(WRAPPED)) if WRAPPED[s:e].strip()]
    assert SENTENCE in pieces
    assert "Harbour fire at Dunmere" in pieces and "Nobody was hurt, the coastguard said." in pieces


def test_the_cleaned_text_keeps_a_wrapped_sentence_whole_with_exact_offsets() -> None:
    cleaned = clean_text(WRAPPED)
    assert SENTENCE in cleaned.text
    s = cleaned.text.index(SENTENCE)
    os_, oe = cleaned.textmap.span_to_original(s, s + len(SENTENCE))
    assert WRAPPED[os_:oe] == SENTENCE
    # the paragraphs stay apart
    assert "\n\nNobody was hurt" in cleaned.text


def test_the_extraction_splitter_does_not_cut_at_a_wrapped_line() -> None:
    cleaned = clean_text(WRAPPED)
    text = cleaned.text
    spans = split_lines(text, 0, len(text))
    assert SENTENCE in [text[s:e] for s, e in spans]


def _article(original: str) -> Article:
    cleaned = clean_text(original)
    return Article(
        id="k1",
        source="k1.txt",
        original=original,
        text=cleaned.text,
        textmap=cleaned.textmap,
        title=cleaned.title,
        title_span=cleaned.title_span,
        outlet="Dunmere Herald",
    )


def test_claims_keep_a_wrapped_sentence_whole() -> None:
    from storyline.align.claims import fallback_sentences
    from storyline.extract import extract_articles

    art = _article(WRAPPED)
    assert SENTENCE in [WRAPPED[s:e].strip() for s, e in fallback_sentences(art)]
    ext = extract_articles([art])[0]
    from storyline.align import split_claims

    texts = [c.text for c in split_claims([art], {art.id: ext})]
    assert SENTENCE in texts
    assert not any(t.endswith("and a hate") or t.startswith("crime,") for t in texts)
