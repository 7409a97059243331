from __future__ import annotations

import dataclasses

import pytest

from storyline.dedupe import find_duplicates, syndication_groups
from storyline.ingest import build_article
from storyline.ingest.drafts import Draft
from storyline.models import Article

BODY = (
    "The harbour authority of Velmont said on Thursday that the old grain pier would close for repairs in "
    "March, after divers found cracks in three of its concrete piles, and that ferries would use the north quay "
    "until the work was finished late in the summer, a spokeswoman for the authority told reporters."
)


def _article(text: str, source: str) -> Article:
    art = build_article(Draft(source=source, original=text, fmt="text"))
    assert isinstance(art, Article)
    return art


def test_hundred_copies_form_one_group_of_exact_links():
    one = _article(f"Pier closes\n\n{BODY}", "copy.txt")
    arts = [dataclasses.replace(one, id=f"c{i:03d}") for i in range(100)] + [one]  # the same id twice too
    links = find_duplicates(arts)
    assert links and all(lk.kind == "exact" and lk.similarity == 1.0 for lk in links)
    groups = syndication_groups(links, [a.id for a in arts])
    assert len(groups) == 1 and len(groups[0]) == 101


def test_light_edit_is_a_near_copy_and_unrelated_text_is_not_linked():
    a = _article(f"Pier closes\n\n{BODY}", "a.txt")
    b = _article("Pier closes\n\n" + BODY.replace("Thursday", "Friday"), "b.txt")
    c = _article(
        "Library\n\nThe city library will open on Sundays from next month, the council said, after a petition signed "
        "by four thousand readers asked for longer hours and a quiet room for students during exam season.",
        "c.txt",
    )
    links = find_duplicates([a, b, c])
    assert [(lk.kind, {lk.a, lk.b}) for lk in links] == [("near", {a.id, b.id})]
    assert syndication_groups(links, [a.id, b.id, c.id]) == sorted([sorted([a.id, b.id]), [c.id]])


def test_articles_without_text_are_ignored_and_thresholds_checked():
    empty = Article(id="e", source="e.txt", original="", text="")
    assert find_duplicates([empty, empty]) == []
    with pytest.raises(ValueError):
        find_duplicates([], threshold=0.0)


def test_one_public_statement_quoted_by_two_outlets_is_no_copy_but_a_wire_paragraph_is():
    statement = (
        "“The mayor’s careless view of the harbour could make both our towns poorer - it risks driving away the "
        "fishing fleets and plays into the hands of the developers,” Ines Vale said"
    )
    own_a = "The Velmont council met for four hours on Monday and voted on the budget, the roads and the school."
    own_b = "Farmers in the valley have waited two years for the new bridge, and the river rose again this spring."
    a = _article(f"Vale hits back\n\n{own_a}\n\n{statement}.\n\nThe vote is due in May.", "a.txt")
    b = _article(f"Harbour row\n\n{own_b}\n\nVale rejected the offer on Tuesday. {statement} in a statement.", "b.txt")
    assert find_duplicates([a, b]) == []  # the same quotation, each outlet's own words around it
    wire = (
        "Vale rejected the mayor's offer on Tuesday at a meeting of the harbour board in Velmont, where she has sat "
        f"for nine years. {statement} in a statement."
    )
    c = _article(f"Harbour row\n\n{own_b}\n\n{wire}", "c.txt")
    d = _article(f"Vale says no\n\n{own_a}\n\n{wire}", "d.txt")
    assert [lk.kind for lk in find_duplicates([c, d])] == ["passage"]  # the wire's own words, copied
