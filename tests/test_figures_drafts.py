"""Figures of a draft, of what is in force and of what was agreed (story17, invented texts): a draft's "would have"
figure, the tariff in force and the signed deal's are three quantities, no dispute between outlets; two outlets'
figures for one draft are, also when one quotes the draft and the other tells it in other words."""

from __future__ import annotations

import re

import numpy as np

from storyline.align.align import find_conflicts
from storyline.align.claims import Claim, find_figures

DRAFT = (
    "A leaked draft of the Harrow accord would have cut Pellmark's tariff on Osterlin timber to 20%, officials said."
)
QUOTED = (
    'The draft, dated Friday, states: "The duty on timber from Osterlin shall be lowered to 15 percent from the first '
    'day of the next month."'
)


def _claim(k: int, text: str) -> Claim:
    # the places and accords the sentences name, as the extraction gives them (offset, last word)
    names = ("Osterlin", "Harrow", "Pellmark")
    holders = tuple(sorted((m.start(), m.group(0)) for n in names for m in re.finditer(n, text)))
    return Claim(
        k, f"a{k}", 0, len(text), text, 0, figures=tuple(find_figures(text)), published="2031-04-02", holders=holders
    )


def _topics(texts: list[str], score: float = 0.8, *, one_fact: bool = True, linked: bool = False) -> list[str]:
    claims = [_claim(k, t) for k, t in enumerate(texts)]
    scores = np.full((len(texts), len(texts)), score)
    groups = {c.article: c.article for c in claims}
    # sources of one fact, or each in a fact of its own, linked (or not) by their own evidence
    fact_of = {id(c): 0 if one_fact else k for k, c in enumerate(claims)}
    link = np.full((len(texts), len(texts)), linked)
    return [c.topic for c in find_conflicts(claims, scores, groups, fact_of=fact_of, linked=link)]


def test_a_drafts_figure_is_no_dispute_with_the_figure_in_force_or_the_one_agreed() -> None:
    agreed = "Pellmark will cut its tariff on Osterlin timber to 10 percent from next month."
    in_force = "Talks collapsed on Tuesday over Pellmark's tariff on Osterlin timber, which stands at 25%."
    assert _topics([DRAFT, agreed]) == []
    assert _topics([DRAFT, in_force]) == []
    assert _topics(["The proposed tariff on Osterlin timber was 18 percent.", agreed]) == []
    # guards: two outlets' figures for one draft disagree; so do two figures of the deal, or of the tariff in force
    other_draft = "The leaked draft would have cut Pellmark's tariff on Osterlin timber to 15 percent."
    assert _topics([DRAFT, other_draft]) == ["%: 15 vs 20"]
    assert _topics([agreed, "Pellmark will cut its tariff on Osterlin timber to 12 percent from next month."]) == [
        "%: 10 vs 12"
    ]


def test_a_quoted_drafts_figure_disputes_the_same_draft_told_in_other_words() -> None:
    # the alignment keeps them in two facts (the paraphrase went to another sentence of the quoting article's fact),
    # their link evidence says one fact; whose the figure is is the draft's, not the names of the sentences' subjects
    # ("The duty on timber from Osterlin" / "A leaked draft of the Harrow accord")
    assert _topics([QUOTED, DRAFT], 0.58, one_fact=False, linked=True) == ["%: 15 vs 20"]
    # guards: not linked; or one of them is no draft's figure (the tariff agreed)
    assert _topics([QUOTED, DRAFT], 0.58, one_fact=False, linked=False) == []
    agreed = "Pellmark will cut its tariff on Osterlin timber to 20% from next month, officials said."
    assert _topics([QUOTED, agreed], 0.58, one_fact=False, linked=True) == []


def test_the_other_side_of_a_facts_conflict_is_shown_with_the_fact() -> None:
    """A sentence on the other side of a fact's conflict (the fact's ``against``) is named in the Markdown and HTML
    facts table, beside the fact's sources: no side of a conflict is in no list a reader sees."""
    from brief_helpers import HashEmbedder, make_article

    from storyline.brief import build_brief
    from storyline.brief.render import render_html, render_markdown
    from storyline.pipeline import extract

    told = ["The blaze at the Orvel mill killed 12 people.", "Quillet said it removed 4,000 clips of the blaze."]
    arts = [
        make_article(f"a{k}", "Orvel mill blaze", t, outlet=o)
        for k, (o, t) in enumerate(zip(["Orvel Post", "Daily Quill"], told, strict=True))
    ]
    extractions, entities, _notes = extract(arts)
    brief = build_brief(arts, extractions, entities, story="s1", embedder=HashEmbedder())
    a = {"article": arts[0].id, "start": 0, "end": 44, "text": told[0]}
    fact = brief["facts"][0]
    fact.update(status="conflicting", conflicts=["c0"], against=[a])
    brief["conflicts"] = [
        {"id": "c0", "kind": "figure", "topic": "people: 12 vs 14", "detail": "", "sides": [a], "revised_by": []}
    ]
    assert "the other side (see c0): Orvel Post 0-44" in render_markdown(brief)
    html = render_html(brief)
    assert "the other side (see" in html and "Orvel Post" in html.split("the other side", 1)[1].split("</td>")[0]
    # guard: a fact with no other side says none
    del fact["against"]
    assert "the other side" not in render_markdown(brief)


def _named_claim(
    k: int, text: str, places: tuple[str, ...], others: tuple[str, ...] = (), day: str = "2031-04-02"
) -> Claim:
    # a claim with the places and other names (an adjective of a place, an accord) the extraction gives it
    names = {f"e{n}": n for n in places + others}
    return Claim(
        k,
        f"a{k}",
        0,
        len(text),
        text,
        0,
        figures=tuple(find_figures(text)),
        published=day,
        places=frozenset(f"e{n}" for n in places),
        names=names,
    )


def _apart_topics(claims: list[Claim], score: float = 0.57) -> list[tuple[str, str]]:
    """Conflicts of sentences in two facts that their link evidence does not join (a story of many articles)."""
    scores = np.full((len(claims), len(claims)), score)
    groups = {c.article: c.article for c in claims}
    fact_of = {id(c): k for k, c in enumerate(claims)}
    link = np.full((len(claims), len(claims)), False)
    return [(c.topic, c.detail) for c in find_conflicts(claims, scores, groups, fact_of=fact_of, linked=link)]


QUOTED_IN_FULL = (
    'The draft, dated Friday, states: "The tariff on timber originating in Osterlin shall be lowered to 15 percent '
    'from the first day of the next month."'
)
TOLD = (
    "A leaked draft of the Harrow accord would have cut Pellmark's protectionist tariff on Osterlinian timber to 20%."
)


def test_a_quoted_drafts_figure_disputes_its_paraphrase_that_sets_the_same_thing_unlinked() -> None:
    """In a story of many articles the quoted draft and its paraphrase are not linked (story17: 14 articles, the
    quotation's sentence unlisted as 'mostly quotation'): the two drafted figures still set one thing, the tariff on
    the same timber (told by the place's name in one and its adjective in the other), and disagree."""
    quoted = _named_claim(0, QUOTED_IN_FULL, ("Osterlin",))
    told = _named_claim(1, TOLD, ("Pellmark",), ("Osterlinian", "Harrow"))
    found = _apart_topics([quoted, told])
    assert [t for t, _ in found] == ["%: 15 vs 20"]
    assert "draft" in found[0][1]
    # a shorter naming of the same thing ("the tariff") is the same thing
    later = _named_claim(
        1, "The deal replaces the leaked draft, which officials said would have set the tariff at 20%.", ()
    )
    assert [t for t, _ in _apart_topics([quoted, later])] == ["%: 15 vs 20"]
    # guards: the tariff on another place's timber; a tariff on another good; a levy; the figure agreed, no draft's
    varnish = _named_claim(1, TOLD.replace("Osterlinian", "Varnish"), ("Pellmark",), ("Varnish", "Harrow"))
    assert _apart_topics([quoted, varnish]) == []
    wine = _named_claim(1, TOLD.replace("timber", "wine"), ("Pellmark",), ("Osterlinian", "Harrow"))
    assert _apart_topics([quoted, wine]) == []
    levy = _named_claim(1, TOLD.replace("protectionist tariff on Osterlinian timber", "port levy"), ("Pellmark",))
    assert _apart_topics([quoted, levy]) == []
    agreed = _named_claim(
        1, "Pellmark will cut its tariff on Osterlinian timber to 20% from next month.", ("Pellmark",)
    )
    assert _apart_topics([quoted, agreed]) == []
    # two drafts of different days are not compared unless linked
    dated = _named_claim(
        1, TOLD.replace("would have cut", "dated Monday, would have cut"), ("Pellmark",), ("Osterlinian",)
    )
    dated.dates = ("2031-03-29",)
    quoted.dates = ("2031-03-27",)
    assert _apart_topics([quoted, dated]) == []


def test_a_drafts_figure_told_a_day_later_is_no_revision() -> None:
    """One document's figure is what the document says: a report of the next day ("would have set the tariff at 20%")
    does not supersede the quotation of the day before; the two disagree."""
    from storyline.align.align import Conflict, latest_told

    quoted = _named_claim(0, QUOTED_IN_FULL, ("Osterlin",), day="2031-04-02")
    later = _named_claim(
        1,
        "The deal replaces the leaked draft, which officials said would have set the tariff at 20%.",
        (),
        day="2031-04-03",
    )
    conflict = Conflict("figure", "%: 15 vs 20", [quoted, later], "", frozenset({(15.0, "%"), (20.0, "%")}))
    assert latest_told(conflict) == []
    # guard: a count told as it stands now is still the latest ("has risen to 20 percent")
    now = _named_claim(1, "The tariff on Osterlin timber has now risen to 20 percent.", ("Osterlin",), day="2031-04-03")
    plain = _named_claim(0, "The tariff on Osterlin timber stood at 15 percent.", ("Osterlin",), day="2031-04-02")
    assert latest_told(Conflict("figure", "%: 15 vs 20", [plain, now], "", conflict.disputed)) == [now]


def test_a_fact_that_only_gives_a_disputed_figure_is_not_said_to_be_presented_differently() -> None:
    """A fact that is not conflicting but lists a figure conflict (one of its sources gives a disputed figure in
    passing: "well below the 15 percent in the leaked draft") is pointed to the conflict ("see also c0"), not said to
    be "presented differently", which is what a presentation conflict (demanded vs stated) is."""
    from brief_helpers import HashEmbedder, make_article

    from storyline.brief import build_brief
    from storyline.brief.render import render_html, render_markdown
    from storyline.pipeline import extract

    told = ["The Orvel mill will close in May.", "The Orvel mill is to close in May."]
    arts = [
        make_article(f"a{k}", "Orvel mill", t, outlet=o)
        for k, (o, t) in enumerate(zip(["Orvel Post", "Daily Quill"], told, strict=True))
    ]
    extractions, entities, _notes = extract(arts)
    brief = build_brief(arts, extractions, entities, story="s1", embedder=HashEmbedder())
    side = {"article": arts[0].id, "start": 0, "end": 33, "text": told[0]}
    fact = brief["facts"][0]
    fact.update(status="corroborated", conflicts=["c0"])
    brief["conflicts"] = [
        {"id": "c0", "kind": "figure", "topic": "%: 15 vs 20", "detail": "", "sides": [side], "revised_by": []}
    ]
    for page in (render_markdown(brief), render_html(brief)):
        assert "see also" in page and "presented differently" not in page
    # guard: a presentation conflict is still called so
    brief["conflicts"][0]["kind"] = "presentation"
    for page in (render_markdown(brief), render_html(brief)):
        assert "presented differently" in page and "see also" not in page
