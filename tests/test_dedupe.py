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
