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


WIRE_PARAS = [
    "Pell Motors launched a hostile bid on Monday for Ostra Valves, offering 8.20 crowns a share in a deal that "
    "values the Lindholm maker of pump housings and valves at 900 million crowns, the bidder said in a statement.",
    "The offer represents a premium of 25 percent to the closing price on Friday, and Pell Motors, which is "
    "controlled by the investor Marta Oyelaran, said it already owned seven percent of the shares of the company.",
    "The board of Ostra rejected the approach within hours, saying that the directors had been unanimous and that "
    "the bid undervalued the business, its order book and the skills of the people who worked at the plant.",
    "Workers at the main plant walked out on Monday morning after plans to close the foundry were reported, and "
    "the union said that two thousand three hundred of its members had joined the strike by the afternoon shift.",
]


def test_an_outlets_own_report_reusing_one_wire_paragraph_is_no_copy_of_the_wire():
    """Passage-level reuse is evidence, not a syndication group: the outlet's own report stays its own source."""
    own = [
        "The chief executive of Ostra Valves vowed on Tuesday to fight the offer from Pell Motors, calling it "
        "opportunistic in an interview with the Ledger at the headquarters of the company beside the river.",
        "Pell Motors is offering 9.10 crowns for each share, according to the offer document seen by the Ledger, "
        "which also sets out how the bidder would pay for the deal with new loans from three regional banks.",
        WIRE_PARAS[1],
        "Analysts at the bank Holm and Sten said a higher offer was likely, and the largest pension fund among the "
        "shareholders said it would reject the bid unless the price rose by at least another crown a share.",
    ]
    wire = _article("Pell bids for Ostra\n\n" + "\n\n".join(WIRE_PARAS), "wire.txt")
    ledger = _article("Ostra chief vows to fight\n\n" + "\n\n".join(own), "ledger.txt")
    links = find_duplicates([wire, ledger])
    assert [(lk.kind, lk.joins) for lk in links] == [("passage", False)] and links[0].shared
    assert len(syndication_groups(links, [wire.id, ledger.id])) == 2
    # the wire story edited, one paragraph cut and one added: most of each text is in the other, one group
    edited = _article("Pell bids\n\n" + "\n\n".join(WIRE_PARAS[:3] + [own[3]]), "edited.txt")
    links = find_duplicates([wire, edited])
    assert links and all(lk.joins for lk in links)
    assert syndication_groups(links, [wire.id, edited.id]) == [sorted([wire.id, edited.id])]
    # a repost of the wire's first two paragraphs under a blog's headline is an excerpt: the wire's report
    excerpt = _article("Big news for Ostra\n\n" + "\n\n".join(WIRE_PARAS[:2]), "blog.txt")
    links = find_duplicates([wire, excerpt])
    assert links and all(lk.joins for lk in links)
