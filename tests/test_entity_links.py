"""A story's names for one thing, linked where the text links them, and the types of names a story gives other
evidence for: invented text."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.entities import NameMention, _body_name, _people_by_circle
from storyline.extract.pipeline import article_from_text
from storyline.extract.resolve import _weak_kind

pytestmark = pytest.mark.slow


def _entities(*texts: str):  # type: ignore[no-untyped-def]
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    return resolve_entities(arts, extract_articles(arts)), arts


def _holding(ents, word: str):  # type: ignore[no-untyped-def]
    """The entities with a mention whose text is ``word``."""
    return [e for e in ents if any(m.span.text == word for m in e.mentions)]


def test_a_drugs_code_generic_and_brand_names_are_one_product() -> None:
    """ "TZ-418 (morvatinib)", "TZ-418 will be sold under the brand name Lumora" in one article, "Morvatinib, the
    rival drug ..., will be sold as Lumora" in another: one product, a span for each of the six mentions."""
    one = (
        "Trial results\n\nTallow Post\n\nQuenby Therapeutics today announced results from its trial of TZ-418 "
        "(morvatinib) in 2,300 patients.\n\nIf approved, TZ-418 will be sold under the brand name Lumora.\n\n"
        "Its licensing agreement covers sales of TZ-418 outside Europe."
    )
    two = (
        "Rival drug\n\nOrrin Courier\n\nDelmore Labs said on Tuesday that its own drug cut hospital stays. "
        "Morvatinib, the rival drug from Quenby Therapeutics, will be sold as Lumora if approved. Side effects were "
        "rare in patients on morvatinib, the generic name of TZ-418."
    )
    ents, arts = _entities(one, two)
    drug = _holding(ents, "TZ-418")
    assert len(drug) == 1
    assert drug[0].type == "PRODUCT"
    texts = {a.id: a.original for a in arts}
    spans = sorted((m.span.article, m.span.start) for m in drug[0].mentions)
    assert [texts[a][s : s + 3] for a, s in spans] == ["TZ-", "mor", "TZ-", "Lum", "TZ-", "Mor", "Lum", "mor", "TZ-"]
    assert {"morvatinib", "Lumora"} <= set(drug[0].variants)


def test_names_the_text_does_not_link_stay_apart() -> None:
    """Two codes in one sentence, a common word in brackets after a code, and a person "known as" a nickname: no
    link, and no product made of a common word."""
    text = (
        "Two drugs\n\nTallow Post\n\nQuenby Therapeutics tested TZ-418 (morvatinib) and Delmore Labs tested "
        "DL-90 (sarvolimab) in the same hospitals. Doctors fitted the TZ-418 (implants) in March. Orla Penhale, "
        "known as Mariner, led the study."
    )
    ents, _arts = _entities(text)
    (drug,) = _holding(ents, "TZ-418")
    assert drug in _holding(ents, "morvatinib")
    assert drug not in _holding(ents, "DL-90")
    assert not _holding(ents, "implants")
    assert not [e for e in _holding(ents, "Mariner") if e.type == "PRODUCT"]


def test_a_company_named_after_its_town_by_weaker_words() -> None:
    """A company and the town it is named after, told apart in the story ("based in Tarnby", "Tarnby's shares"):
    "Tarnby also confirmed" is the company in each article alike (it was the town where the article's own words
    gave the town most), "based in Tarnby" the town."""
    one = (
        "Tarnby drug meets goal\n\nTallow Post | 2 March 2027\n\nTARNBY, Velmark, 2 March 2027 - Tarnby Biologics "
        "(TBX) today announced positive results from its trial of a kidney drug.\n\nTarnby also confirmed that its "
        "licensing agreement with Brask Pharma covers sales abroad.\n\nTarnby Biologics is a biopharmaceutical "
        "company based in Tarnby, Velmark, and employs 900 people."
    )
    two = (
        "Tarnby shares jump\n\nOrrin Courier\n\nTARNBY, Velmark, 2 March 2027 - Shares of Tarnby Biologics were set "
        "to open sharply higher on Monday after the Tarnby-based company said its kidney drug had succeeded in a "
        "trial. Tarnby's shares closed up 12 percent.\n\nTarnby also confirmed that its licensing agreement with "
        "Brask Pharma covers sales abroad. Tarnby denied that it had held back any data."
    )
    ents, arts = _entities(one, two)
    texts = {a.id: a.original for a in arts}

    def kind(article: str, before: str, after: str) -> str:
        at = texts[article].index(before + "Tarnby" + after) + len(before)
        (e,) = [e for e in ents for m in e.mentions if m.span.article == article and m.span.start == at]
        return e.type

    assert kind("a0", "\n\n", " also confirmed") == "ORG"
    assert kind("a1", "\n\n", " also confirmed") == "ORG"
    assert kind("a0", "based in ", ",") == "GPE"


def test_weaker_words_for_a_company_or_its_town() -> None:
    """A dateline's place, a home ("Tarnby-based") and a place after "in" are the town; a name that speaks or acts
    as a speaker does ("Tarnby also confirmed", "Tarnby denied") the company; other words neither."""
    text = (
        "TARNBY, Velmark - The Tarnby-based company said its drug worked. Tarnby also confirmed the deal. Tarnby "
        "denied it. Jobs in Tarnby went. Tarnby's shares rose."
    )

    def at(i: int) -> str | None:
        start = [k for k in range(len(text)) if text.startswith(("TARNBY", "Tarnby"), k)][i]
        return _weak_kind(text, start, start + 6)

    assert [at(i) for i in range(6)] == ["GPE", "GPE", "ORG", "ORG", "GPE", None]


def test_a_papers_short_name_is_the_outlet() -> None:
    """ "the Vantor understands" in the Daily Vantor, "told the Ledger" in the Marrow Ledger: the outlet, not a
    product."""
    one = (
        "Pill by spring\n\nDaily Vantor\n\nPatients could be getting the new pill by next spring, the Vantor "
        "understands."
    )
    two = (
        "Trial results\n\nMarrow Ledger\n\nQuenby Therapeutics said its pill met its goal. Orla Penhale told the "
        "Ledger the results were strong."
    )
    arts = [
        replace(article_from_text(t, f"a{i}.txt", article_id=f"a{i}"), outlet=outlet)
        for i, (t, outlet) in enumerate(((one, "Daily Vantor"), (two, "Marrow Ledger")))
    ]
    ents = resolve_entities(arts, extract_articles(arts))
    for word, outlet in (("Vantor", "Daily Vantor"), ("Ledger", "Marrow Ledger")):
        (e,) = _holding(ents, word)
        assert (e.name, e.type) == (outlet, "ORG")


def test_stages_studies_and_a_makers_goods() -> None:
    """ "Phase 3" is no name; "DORA-HF, its Phase 3 trial" and "the DORA-HF trial" a study (an event); "its
    blood-thinner Tarvex" a product."""
    text = (
        "Trial results\n\nTallow Post\n\nQuenby Therapeutics announced results from DORA-HF, its Phase 3 trial of a "
        "kidney drug. The DORA-HF trial enrolled 2,300 patients.\n\nRevenue rose 9 percent, helped by sales of its "
        "blood-thinner Tarvex."
    )
    ents, _arts = _entities(text)
    assert not [e for e in ents if "Phase" in e.name]
    assert {e.type for e in _holding(ents, "DORA-HF")} == {"EVENT"}
    assert {e.type for e in _holding(ents, "Tarvex")} == {"PRODUCT"}


def test_a_lake_a_state_nickname_and_a_faith() -> None:
    """ "toward the Great Sallow Lake" a place (not an event), "The Marrow State is one of 45 states" a place (not an
    organisation), "Judaism" a religious group (no doctrine dropped)."""
    one = (
        "Ship freed\n\nTallow Post\n\nA salvage team was pulling the vessel toward the Great Sallow Lake, a wider "
        "stretch of water in the middle of the canal, where it will be inspected."
    )
    two = (
        "Open carry\n\nOrrin Courier\n\nThe Marrow State is one of 45 states where open carry is legal. Dalton "
        "Ashby spoke at a conference on Judaism and politics."
    )
    ents, _arts = _entities(one, two)
    assert {e.type for e in _holding(ents, "Great Sallow Lake")} == {"LOC"}
    assert {e.type for e in ents if e.name.endswith("Marrow State")} == {"GPE"}
    assert {e.type for e in _holding(ents, "Judaism")} == {"NORP"}


def test_a_newsroom_is_a_body_and_a_surname_with_allies_a_person() -> None:
    """ "Kestrel News" (the tagger's "person" that "reported") is a body's name; a one-word "organisation" that is a
    census surname before "associate" or "ally" is a person ("the latest Pruett associate"), not a word the article
    gives as a company, nor one that is no surname ("a Kremvald ally")."""
    assert _body_name("Kestrel News")
    text = "Ashby is the latest Pruett associate to talk. Orla is a Kremvald ally. Voss allies left. Voss's shareholders agreed."
    ms = [NameMention(m.start(), m.end(), "ORG", m.group(0)) for m in re.finditer(r"Pruett|Kremvald|Voss", text)]
    _people_by_circle(ms, text)
    assert [(m.text, m.label) for m in ms] == [
        ("Pruett", "PERSON"),
        ("Kremvald", "ORG"),
        ("Voss", "ORG"),
        ("Voss", "ORG"),
    ]
