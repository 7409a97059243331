"""A decimal point that tokenised copy set apart from its digits ("$3. 4 million", "7. 15pm", a magnitude of
"6. 2") is no sentence end: every sentence splitter keeps the number whole, so that no sentence (nor a summary
sentence or fact made of it) starts with the tail of a number. A number that ends a sentence before a year, a
score or a number with a point of its own still ends it."""

from __future__ import annotations

WHOLE = [
    "Raiders took gems worth $3. 4 million from a shop in Orlavik on Friday, a police source said.",
    "The alarm sounded at 7. 15pm, when the guards had left.",
    "The quake had a magnitude of 6. 2 and shook the port of Tessel.",
    "The smugglers were paid about (Kr17. 25bn) in all.",
]
CUT = [
    ("The fund was set up in 1994.", "2008 was its worst year."),
    ("The match ended 4-1.", "12 fans were arrested."),
    ("Output grew 3.2.", "9 plants closed."),
    ("The ferry left at 10:45.", "30 people were aboard."),
]
AFTER = "Nobody was hurt."


def _split(texts: list[str]) -> list[tuple[str, list[list[str]]]]:
    """Each text cut by the extraction, fallback and repeat splitters, as sentences."""
    from storyline.align.claims import fallback_sentences
    from storyline.clean.dupes import sentences
    from storyline.extract import extract_articles
    from storyline.extract.pipeline import article_from_text

    arts = [article_from_text(text, f"d{k}.txt") for k, text in enumerate(texts)]
    out = []
    for text, art, x in zip(texts, arts, extract_articles(arts), strict=True):
        cuts = [
            [text[a:b] for a, b in x.sentences],
            [art.original[a:b].strip() for a, b in fallback_sentences(art)],
            [text[a:b] for a, b in sentences(text)],
        ]
        out.append((text, cuts))
    return out


def test_every_splitter_keeps_a_number_with_a_spaced_decimal_point_in_one_sentence() -> None:
    for (_text, cuts), whole in zip(_split([w + " " + AFTER for w in WHOLE]), WHOLE, strict=True):
        assert cuts == [[whole, AFTER]] * 3


def test_a_number_that_ends_a_sentence_before_a_year_a_score_or_a_decimal_still_ends_it() -> None:
    for (_text, cuts), pair in zip(_split([" ".join(p) for p in CUT]), CUT, strict=True):
        assert cuts == [list(pair)] * 3


def test_no_claim_starts_with_the_tail_of_a_number() -> None:
    from storyline.align import split_claims
    from storyline.extract import extract_articles
    from storyline.extract.pipeline import article_from_text

    arts = [article_from_text(text, f"c{k}.txt", article_id=f"c{k}") for k, text in enumerate(WHOLE)]
    exts = {x.article: x for x in extract_articles(arts)}
    claims = split_claims(arts, exts)
    assert sorted(c.text for c in claims) == sorted(WHOLE)
