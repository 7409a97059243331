"""Mines, pits and the firms that run them are no people (invented text)."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow

TEXT = (
    "Miners trapped at Pemberton\n\nThe Dunmere Courier\n\n"
    "Nine miners were trapped in the Pemberton copper mine on Tuesday after a roof fall, the operator Corrie Coal "
    "said.\n\n"
    "The Pemberton disaster is the worst in the district since four men died at Garrick Pit in 2019.\n\n"
    "Forty miners were evacuated from the Garside colliery last week, said Whitlock Metals, which runs it.\n\n"
    'Analysts at Dalby Brothers said the closure could last a month. "It is a serious setback," said Dalby '
    "mining analyst Orla Finch."
)


def test_mines_pits_and_mining_firms_are_no_people() -> None:
    articles = [article_from_text(TEXT, "m.txt", article_id="m")]
    exs = extract_articles(articles)
    types = {e.name: e.type for e in resolve_entities(articles, exs)}
    people = {name for name, kind in types.items() if kind == "PERSON"}
    assert people == {"Orla Finch"}
    assert types["Garrick Pit"] == "FAC"  # a pit's name
    # a name before "copper mine" or "colliery" is the site's; "Coal", "Metals" end a firm's name
    assert types.get("Pemberton") in {"ORG", "FAC"} and types.get("Garside") in {"ORG", "FAC"}
    assert types["Corrie Coal"] == "ORG" and types["Whitlock Metals"] == "ORG"
    # "Dalby" before a staff title and its holder is the firm Dalby Brothers
    assert "Dalby" not in types and types["Dalby Brothers"] == "ORG"
