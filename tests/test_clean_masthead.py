"""The outlet a plain text names at its head (storyline.clean.masthead): what must be read and what must not.
Invented texts, outlets and people only."""

from __future__ import annotations

import pytest

from storyline.clean import clean_text
from storyline.clean.masthead import line_outlet, outlet_name
from storyline.ingest.drafts import Draft
from storyline.ingest.pipeline import build_article
from storyline.models import Skipped

HEADLINE = "Harbour board shuts old ferry pier"
BODY = (
    "The harbour board of Brannick voted on Tuesday to close the old ferry pier for repairs, officials said.\n\n"
    "Work is expected to last three months and will cost about 2 million crowns, the board said.\n"
)


def _text(line: str) -> str:
    return f"{HEADLINE}\n\n{line}\n\n{BODY}"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Skyline Daily", "Skyline Daily"),
        ("The Skyline Daily", "Skyline Daily"),
        ("Skyline Daily | 3 March 2026", "Skyline Daily"),
        ("3 March 2026 | Skyline Daily", "Skyline Daily"),
        ("By Mara Quint, Skyline Daily", "Skyline Daily"),
        ("By Mara Quint | Skyline Daily | 3 March 2026", "Skyline Daily"),
        ("Mara Quint | Skyline Daily", "Skyline Daily"),
        ("By Tam Oduya, Kesh Review", "Kesh Review"),
        ("Radio Kestrel", "Radio Kestrel"),
        ("Brannick Radio News", "Brannick Radio News"),
        ("By Mara Quint, Brannick News", "Brannick News"),
        ("Brannick Post Online", "Brannick Post Online"),
    ],
)
def test_an_outlet_under_the_headline_or_in_a_byline_is_read(line: str, outlet: str) -> None:
    res = clean_text(_text(line))
    assert res.title == HEADLINE
    assert res.byline_outlet == outlet
    assert line not in res.text and res.text.startswith("The harbour board of Brannick")
    start = _text(line).index(line)
    assert any(s == start and e == start + len(line) for s, e, _ in res.removed)  # left out, with its span


@pytest.mark.parametrize(
    "line",
    [
        "Mara Quint",  # a person
        "By Mara Quint",
        "By Emily Post",  # a given name and a surname that is also a newspaper word
        "Emily Post",
        "By Jo Amsel, Transport Editor",  # a job title
        "By Jo Amsel, Kellbrook",  # a place
        "Press Secretary",
        "News Editor",
        "Kellbrook, 3 March 2026",  # a dateline
        "3 March 2026",
        "World News",  # a section, no outlet's own word
        "Daily News",
        "Quarry News",  # a section's name as much as an outlet's: "News" names an outlet only in a byline
        "Quarry News | 3 March 2026",
        "Budget Review",  # a heading: "Review" names an outlet only in a byline
        "Harbour Daily Life Returns",
        "Skyline Daily reports that the pier will close for three months.",  # a sentence
        "By Mara Quint, Skyline Daily and Tarn Post",
        "Mara Quint | Skyline Daily | Tarn Post",  # two outlets: which one published it is not told
    ],
)
def test_no_outlet_is_read_from_a_person_place_date_heading_or_sentence(line: str) -> None:
    res = clean_text(_text(line))
    assert res.byline_outlet is None


def test_an_outlet_line_further_down_than_right_under_the_headline_is_not_read() -> None:
    text = f"{HEADLINE}\n\nRepairs to take three months\n\nSkyline Daily\n\n{BODY}"
    assert clean_text(text).byline_outlet is None
    text = f"{HEADLINE}\n\nRepairs to take three months\n\nBy Mara Quint, Skyline Daily\n\n{BODY}"
    assert clean_text(text).byline_outlet == "Skyline Daily"  # a "By" line is a byline wherever it is in the head


def test_a_body_line_naming_an_outlet_is_not_read() -> None:
    text = f"{HEADLINE}\n\n{BODY}\nSkyline Daily\n\nThe board will meet again in June to approve the contract.\n"
    assert clean_text(text).byline_outlet is None


def test_the_ingest_takes_the_outlet_from_the_text_and_a_given_one_wins() -> None:
    text = _text("By Mara Quint | Skyline Daily | 3 March 2026")
    art = build_article(Draft(source="pier.txt", original=text, fmt="text"))
    assert not isinstance(art, Skipped)
    assert art.outlet == "Skyline Daily" and art.published == "2026-03-03" and art.author == "Mara Quint"
    given = build_article(Draft(source="p.json", original=text, fmt="json", outlet="Tarn Post"))
    assert not isinstance(given, Skipped) and given.outlet == "Tarn Post"
    plain = build_article(Draft(source="q.txt", original=_text("Mara Quint"), fmt="text"))
    assert not isinstance(plain, Skipped) and plain.outlet is None


def test_outlet_name_words() -> None:
    assert outlet_name("Kettleby Wire") == "Kettleby Wire"
    assert outlet_name("Kesh Review") is None and outlet_name("Kesh Review", in_byline=True) == "Kesh Review"
    assert outlet_name("Staff Reporter", in_byline=True) is None
    assert outlet_name("Daily Kestrel") == "Daily Kestrel"
    assert outlet_name("Daily Sentinel") is None  # newspaper words only, as "Daily News": missed
    assert outlet_name("Tarn Post 24") is None
    assert line_outlet("Politics | Tarn Post", alone=False) is None  # no byline, and not right under the headline
    assert line_outlet("Politics | Tarn Post", alone=True) == "Tarn Post"


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("Der Hafenbote\n11. März 2026", "Der Hafenbote"),
        ("The Quillpost\n3 March 2026", "The Quillpost"),
        ("Mara Quint\n3 March 2026", None),  # an author's name opens with no article
        ("The Quillpost", None),  # no date line under it: a heading as likely as an outlet
        ("The World\n3 March 2026", None),  # a section's generic words
        ("The Transport Editor\n3 March 2026", None),  # a job title
    ],
)
def test_an_outlet_name_opening_with_an_article_above_the_date_line_is_read(head: str, outlet: str | None) -> None:
    res = clean_text(_text(head))
    assert res.byline_outlet == outlet
    if outlet:
        assert outlet not in res.text and "Brannick" in res.text


def test_the_authors_credit_line_at_the_end_names_the_outlet() -> None:
    credit = "Mara Quint is a columnist for The Quillpost."
    res = clean_text(f"{HEADLINE}\n\nBy Mara Quint\n3 March 2026\n\n{BODY}\n{credit}\n")
    assert res.signoff_outlet == "The Quillpost"
    # someone else's credit, or a credit that is no newsroom job, names no outlet of the text's
    other = clean_text(f"{HEADLINE}\n\nBy Mara Quint\n\n{BODY}\nTam Oduya is a reporter for the Kesh Review.\n")
    assert other.signoff_outlet is None
    job = clean_text(f"{HEADLINE}\n\n{BODY}\nMara Quint is a professor at Brannick University.\n")
    assert job.signoff_outlet is None
