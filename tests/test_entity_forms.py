"""How a story writes a company's, a drug's and a person's names: a nationality is no short name of an airline, a
drug maker's trade word makes a company, a brand a product, a dateline's place no part of the company after it, a
ticker-like short form in brackets the company's, a town of the company's name its own place, a name cut after its
particle whole, a study led no office: invented text."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _entities(*texts: str):  # type: ignore[no-untyped-def]
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    return resolve_entities(arts, extract_articles(arts))


def _by_name(ents):  # type: ignore[no-untyped-def]
    return {e.name: e for e in ents}


def test_a_nationality_is_no_short_name_of_an_airline() -> None:
    """ "Canadian Airlines" in one article, "Most Canadians" and "Canadian voters" in another: two entities."""
    one = "Airline cancels flights\n\nTallow Post\n\nCanadian Airlines cancelled 200 flights on Tuesday, the company said."
    two = (
        "Poll on vaccines\n\nOrrin Courier\n\nMost Canadians say they would take a vaccine, a poll found on "
        "Wednesday. Canadian voters were split on the economy, the pollster said."
    )
    ents = _by_name(_entities(one, two))
    airline = ents["Canadian Airlines"]
    assert airline.type == "ORG"
    assert {m.span.article for m in airline.mentions} == {"a0"}
    assert not {v.lower() for v in airline.variants} & {"canadian", "canadians"}


def test_a_drug_makers_trade_word_makes_a_company_and_its_short_name() -> None:
    """ "Tessaly Pharma" and "Vestin Pharma" are companies, not a group or people; "Vestin" alone is the company."""
    text = (
        "Licensing deal\n\nTallow Post\n\nVestin Pharma said on Tuesday that its heart drug reduced hospital stays. "
        "Its licensing agreement with Tessaly Pharma covers sales outside Europe. Vestin said the deal was worth 40 "
        "million euros."
    )
    ents = _by_name(_entities(text))
    assert ents["Tessaly Pharma"].type == "ORG"
    company = ents["Vestin Pharma"]
    assert company.type == "ORG"
    assert "Vestin" in company.variants


def test_a_brand_is_a_product() -> None:
    """ "will be sold under the brand name Norvexa", "to be sold as Norvexa": a product, not a place."""
    one = (
        "Drug approved\n\nTallow Post\n\nBrundle Biopharma said its kidney drug met its goal. If approved, the drug "
        "will be sold under the brand name Norvexa in Europe."
    )
    two = "Rival drug\n\nOrrin Courier\n\nThe rival drug from Brundle Biopharma will be sold as Norvexa if approved."
    ents = _by_name(_entities(one, two))
    assert ents["Norvexa"].type == "PRODUCT"
    assert len(ents["Norvexa"].mentions) == 2


def test_a_datelines_place_is_no_part_of_the_company_after_it() -> None:
    """ "PELLHAM, Ostland - Pellham Therapeutics reported": the company's name starts after the dash, and the
    dateline's place is a place."""
    text = (
        "Revenue rises\n\nPELLHAM, Ostland - Pellham Therapeutics reported third-quarter revenue of 312 million crowns "
        "on Thursday, up 9 percent from a year earlier.\n\nNet profit fell to 41 million crowns, the company said."
    )
    ents = _entities(text)
    names = {e.name: e.type for e in ents}
    assert names.get("Pellham Therapeutics") == "ORG"
    assert not any("-" in n or "Ostland " in n for n in names)
    start = text.index("Pellham Therapeutics")
    company = next(e for e in ents if e.name == "Pellham Therapeutics")
    assert [(m.span.start, m.span.end) for m in company.mentions] == [(start, start + len("Pellham Therapeutics"))]
    assert names.get("Pellham") in {None, "GPE"}


def test_a_company_its_ticker_and_its_home_town() -> None:
    """ "Pellham Therapeutics (PTX)" defines "PTX"; the name written again is a mention; "based in Pellham, Ostland"
    and "in Pellham, a town of 30,000" are the town (Ostland a country), and "Pellham's shares" the company."""
    one = (
        "Trial results\n\nTallow Post\n\nPellham Therapeutics (PTX) today announced positive results from its trial.\n\n"
        "PTX submitted an application for approval to the regulator last month.\n\nPellham Therapeutics is a drug "
        "company based in Pellham, Ostland, and employs 1,400 people."
    )
    two = (
        "Drug meets goal\n\nOrrin Courier\n\nPellham Therapeutics said its heart drug met its goal. The company has its "
        "research site in Pellham, a town of 30,000 people."
    )
    three = (
        "Shares soar\n\nBrisk Gazette\n\nPellham's shares rose 18 percent on Monday after the trial result.\n\n"
        "Pellham said it would keep its research staff in the town."
    )
    ents = _entities(one, two, three)
    company = next(e for e in ents if e.name == "Pellham Therapeutics")
    assert company.type == "ORG"
    assert "PTX" in company.variants
    spans = {(m.span.article, m.span.start) for m in company.mentions}
    assert ("a0", one.index("Pellham Therapeutics is")) in spans
    assert ("a0", one.index("PTX submitted")) in spans
    assert ("a2", three.index("Pellham's")) in spans
    towns = [e for e in ents if e.name == "Pellham" and e.type == "GPE"]
    assert len(towns) == 1
    assert {(m.span.article, m.span.start) for m in towns[0].mentions} == {
        ("a0", one.index("Pellham, Ostland")),
        ("a1", two.index("Pellham, a town")),
    }
    assert _by_name(ents)["Ostland"].type == "GPE"


def test_a_name_cut_after_its_particle_is_whole_and_a_study_led_is_no_office() -> None:
    """ "Prof Jana van der Kolk of the University of Brisvale": one person with the whole surname in both articles,
    the title not in the name; "who led the study" gives her no "former head" role."""
    one = (
        "Study results\n\nTallow Post\n\nThe drug met its goal. The study was led by Prof Jana van der Kolk of the "
        "University of Brisvale."
    )
    two = (
        'Drug meets goal\n\nOrrin Courier\n\n"It is a clear result," Prof Jana van der Kolk, who led the study at the '
        "University of Brisvale, said in an interview."
    )
    people = [e for e in _entities(one, two) if e.type == "PERSON" and "Courier" not in e.name]
    assert [e.name for e in people] == ["Jana van der Kolk"]
    assert {m.span.text for m in people[0].mentions} == {"Jana van der Kolk"}
    assert {m.span.article for m in people[0].mentions} == {"a0", "a1"}
    assert not any("former" in r for r in people[0].roles)
