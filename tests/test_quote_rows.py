"""Quote rows and their speakers (invented text): a document's mention is its head ("The full review", not the
clauses after it); a document's finding ("The review confirms that ...") is no quote, a document that alleges is; of
two outlets giving the same words, a named person heads the row before a document; a company's short name the
tagger left untagged ("Norvane denied ...") is the company; ``storyline quotes PATH --json`` gives the brief
ledger's rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.brief.quotes import quote_ledger
from storyline.cli import app
from storyline.extract import extract_articles
from storyline.ingest.pipeline import build_article
from storyline.ingest.records import Draft
from storyline.models import Article

pytestmark = pytest.mark.slow

HEAD = "Tarnby ferry inquiry\n\nBy Staff Writer | 9 March 2027\n\n"


def _ledger(*texts: str) -> list[dict]:  # type: ignore[type-arg]
    arts = []
    for k, text in enumerate(texts):
        art = build_article(Draft(source=f"t{k}.txt", original=text, fmt="text"))
        assert isinstance(art, Article)
        arts.append(art)
    found = extract_articles(arts)
    return quote_ledger([q for ex in found for q in ex.quotes], {a.id: a for a in arts})


def test_a_document_is_named_by_its_head_and_its_finding_is_no_quote() -> None:
    found = (
        HEAD + "The full review of the Tarnby ferry accident, published on 3 May 2027 in the Velmar Shipping Gazette, "
        "confirms that the crew had not been trained for a night crossing.\n"
    )
    assert _ledger(found) == []
    polled = HEAD + "Most ferry users want a night service, according to a survey by the Velmar harbour office.\n"
    assert _ledger(polled) == []
    filed = HEAD + "The harbour board paid its contractors twice, according to court filings.\n"
    assert [r["speaker"] for r in _ledger(filed)] == ["court filings"]
    alleged = (
        HEAD + "The audit of the harbour accounts, published on Friday after a year of work, alleges that the "
        "harbour board overpaid its contractors by two million crowns.\n"
    )
    (row,) = _ledger(alleged)
    assert row["speaker"] == "The audit of the harbour accounts"
    mention = row["speaker_mention"]
    assert mention["text"] == "The audit of the harbour accounts"
    assert alleged[mention["start"] : mention["end"]] == mention["text"]


def test_a_named_speaker_heads_the_row_a_document_shares() -> None:
    petition = (
        'Velmar harbour trust sued\n\nThe petition alleges that the harbour trust engaged in "unlawful coordination '
        "with the Orlund mayoral campaign and repeated self-dealing,\" per a statement from the prosecutor's office.\n"
    )
    holt = (
        "Prosecutor sues harbour trust\n\nVelmar prosecutor Dagny Holt sued the harbour trust on Tuesday. Dagny Holt "
        'said the trust had engaged in "unlawful coordination with the Orlund mayoral campaign" over two years.\n'
    )
    rows = _ledger(petition, holt)
    (row,) = [r for r in rows if "Orlund" in r["text"]]
    assert row["speaker"] == "Dagny Holt"
    assert [a["speaker"] for a in row["also_in"]] == ["The petition"]


def test_a_company_short_name_and_the_rows_of_quotes_path(tmp_path: Path) -> None:
    path = tmp_path / "n.txt"
    path.write_text(
        HEAD + "Norvane Biologics said its kidney drug NB-77 met the main goal of its trial.\n\nNorvane denied that it "
        'had held back any data. "Every result will be published," said Oda Fenn, a company spokesperson.\n',
        encoding="utf-8",
    )
    res = CliRunner().invoke(app, ["quotes", str(path), "--json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout.splitlines()[0])["quotes"]
    brief = CliRunner().invoke(app, ["brief", "--input", str(path), "--format", "json"])
    ledger = json.loads(brief.stdout)["quotes"]
    # the ledger's rows, field for field, but the other articles' copies and who relays a nested report (the brief's)
    assert rows == [{k: v for k, v in r.items() if k not in ("also_in", "via")} for r in ledger]
    denied = next(r for r in rows if r["cue"] == "denied")
    assert denied["speaker"] == "Norvane Biologics" and denied["speaker_mention"]["text"] == "Norvane"


def test_a_voice_is_of_the_body_its_role_names_by_a_common_noun() -> None:
    """ "the alliance's chair" is of the one organisation of the article whose name holds "Alliance"; "the company's
    medical officer" of the one company it names; "Prof Edda Lorn, who led the trial at the University of Varnholt,
    said" of the university; a company speaking for itself is a company."""
    from storyline.brief.framing import voices
    from storyline.models import Entity, Quote, Span

    text = (
        "The Kidney Patients Alliance of Velmar welcomed the result. Norvane Biologics said the drug worked. "
        '"We have waited long enough," the alliance\'s chair, Tove Brann, said. "It works," said Ivar Sund, the '
        'company\'s medical officer. "It is a clear result," Prof Edda Lorn, who led the trial at the University of '
        'Varnholt, said. "The board will decide in May," said a person familiar with the alliance\'s review. '
        "Tarnby Shipping Ltd said it would appeal. The Velmar-based company said it would pay."
    )

    def ent(name: str, type_: str, roles: list[str]) -> Entity:
        return Entity(key=name.lower(), name=name, type=type_, roles=roles, articles=["a"])

    entities = {
        e.name: e
        for e in [
            ent("Kidney Patients Alliance of Velmar", "ORG", []),
            ent("Norvane Biologics", "ORG", []),
            ent("University of Varnholt", "ORG", []),
            ent("Tove Brann", "PERSON", ["alliance's chair"]),
            ent("Ivar Sund", "PERSON", ["the company's medical officer"]),
            ent("Edda Lorn", "PERSON", []),
        ]
    }

    def span(words: str, after: int = 0) -> Span:
        at = text.index(words, after)
        return Span("a", at, at + len(words), words)

    lorn = span("Prof Edda Lorn")
    quotes = [
        Quote("a", "indirect", span("the drug worked"), span("Norvane Biologics"), "Norvane Biologics"),
        Quote("a", "direct", span('"We have waited'), span("Tove Brann"), "Tove Brann"),
        Quote("a", "direct", span('"It works,"'), span("Ivar Sund"), "Ivar Sund"),
        Quote("a", "direct", span('"It is a clear'), lorn, "Edda Lorn", span("said", lorn.end)),
        Quote("a", "direct", span('"The board will'), span("a person familiar with the alliance's review")),
        Quote("a", "indirect", span("it would appeal"), span("Tarnby Shipping Ltd")),  # no entity: the tagger missed it
        Quote("a", "indirect", span("it would pay"), span("The Velmar-based company")),
    ]
    got = {v["speaker"]: (v["affiliation"], v["kind"]) for v in voices("a", quotes, entities, None, text)}
    assert got["Tove Brann"][0] == "Kidney Patients Alliance of Velmar"
    assert got["Ivar Sund"][0] == "Norvane Biologics"
    assert got["Edda Lorn"][0] == "University of Varnholt"
    assert got["Norvane Biologics"] == ("Norvane Biologics", "companies")
    assert got["a person familiar with the alliance's review"][0] is None  # not a role of the alliance's
    assert got["Tarnby Shipping Ltd"] == ("Tarnby Shipping Ltd", "companies")
    assert got["The Velmar-based company"] == (None, "companies")  # a description: no company of that name
