"""Credit and syndication lines at the end of a copy are no content: no claim, fact, summary or timeline item
(invented text)."""

from __future__ import annotations

import pytest

from storyline.clean import clean_text
from storyline.clean.signoff import credit_line
from storyline.models import Article

BODY = (
    "Rail spill closes Callow river\n\n"
    "A freight train derailed near Callow on Monday, spilling chemicals into the river, officials said.\n\n"
    "Crews from the Tarn Rail Company worked through the night to lift the damaged cars from the bank.\n\n"
    "The Calder water office said it had sent a team to test the river water downstream of the town."
)


@pytest.mark.parametrize(
    ("text", "closing", "credit"),
    [
        ("This report is from Harlow Wire Service.", True, True),
        ("This story was originally published by the Tarn Post and is republished with permission.", True, True),
        ("This article first appeared in The Harbour Gazette.", True, True),
        ("Reporting by Ann Lee in Callow; Editing by Bo Vell", False, True),
        ("Additional reporting by Cy Dunn and Ed Roe.", False, True),
        ("(Additional reporting by Cy Dunn in Tarn, Ed Roe and Al Marr in Callow; Writing by Bo Vell)", False, True),
        # an outlet credited as a whole, by its staff (story19 min/12)
        ("Reporting by Osprey Wire; additional reporting by Callow Ledger staff.", False, True),
        ("Additional reporting by Tarn Post correspondents and Bo Vell.", False, True),
        # guards: body sentences
        ("Reporting by Callow Ledger staff found the river closed for a week.", False, False),
        ("This report is from Harlow Wire Service.", False, False),  # the body goes on after it
        ("This report is from the ministry's own inspectors.", True, False),
        ("Reporting by the Tarn Post found a second leak.", False, False),
        ("The report was written by Harbour Commission staff after the spill.", True, False),
    ],
)
def test_credit_lines(text: str, closing: bool, credit: bool) -> None:
    assert credit_line(text, closing=closing) is credit


def test_a_closing_syndication_credit_and_staff_credit_are_cut_from_the_text() -> None:
    original = BODY + "\n\nThis report is from Harlow Wire Service.\n\nReporting by Ann Lee; Editing by Bo Vell"
    cleaned = clean_text(original)
    assert "Harlow Wire" not in cleaned.text and "Ann Lee" not in cleaned.text
    assert "test the river water downstream of the town." in cleaned.text
    assert {why for _s, _e, why in cleaned.removed} >= {"credit line"}


def test_a_credit_like_sentence_the_body_goes_on_after_stays() -> None:
    original = (
        BODY.replace("\n\nThe Calder", "\n\nThis report is from Harlow Wire Service.\n\nThe Calder")
        + "\n\nInspectors will return on Friday to take more samples from the river."
    )
    cleaned = clean_text(original)
    assert "This report is from Harlow Wire Service." in cleaned.text


def test_a_credit_closing_the_last_paragraph_is_no_claim() -> None:
    from storyline.align import split_claims
    from storyline.extract import extract_articles

    original = BODY + " This report is from Harlow Wire Service."
    cleaned = clean_text(original)
    art = Article(
        id="g1",
        source="g1.txt",
        original=original,
        text=cleaned.text,
        textmap=cleaned.textmap,
        title=cleaned.title,
        title_span=cleaned.title_span,
        outlet="Callow Gazette",
    )
    texts = [c.text for c in split_claims([art], {art.id: extract_articles([art])[0]})]
    assert not any("Harlow Wire" in t for t in texts)
    assert any(t.startswith("The Calder water office said") for t in texts)
