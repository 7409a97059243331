"""Whose words, and which words, a sentence reports (invented text): a spokesperson named after the title ("said
Norvane spokesperson Oda Fenn", "a company spokesperson, Oda Fenn, said"); a comparative or relative
clause round a cue verb ("a smaller gain than the company announced", "the cure one tabloid promised") reports no
words; the one told is no part of what was said ("told the Sentinel the tests showed ..."); a day before the subject is
no part of it; an opening mark the splitter left in the sentence before; an indirect quote's quoted words found in
another outlet's direct quote; a headline that opens with a quotation and says after a colon who says it; and
``storyline quotes PATH --json`` naming speakers as the brief does."""

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
from storyline.models import Article, Quote

pytestmark = pytest.mark.slow

HEAD = "Norvane trial results questioned\n\nBy Staff Writer | 9 March 2027\n\n"
FIRM = "Norvane Biologics said its kidney drug NB-77 met the main goal of its trial.\n\n"


def _article(text: str, source: str = "t.txt") -> Article:
    art = build_article(Draft(source=source, original=text, fmt="text"))
    assert isinstance(art, Article)
    return art


def _quotes(text: str) -> tuple[Article, list[Quote]]:
    art = _article(text)
    return art, extract_articles([art])[0].quotes


def _said(text: str, words: str) -> Quote:
    return next(q for q in _quotes(text)[1] if words in q.content.text)


def test_a_spokesperson_named_after_the_title_is_the_person() -> None:
    after = HEAD + FIRM + '"We always said these were early numbers," said Norvane spokesperson Oda Fenn.\n'
    q = _said(after, "early numbers")
    assert q.speaker is not None and q.speaker.text == "Norvane spokesperson Oda Fenn"
    assert q.speaker_entity == "Oda Fenn"
    apposed = (
        HEAD + FIRM + 'Norvane denied hiding any data. "Every result will be published," a company spokesperson, '
        "Oda Fenn, said.\n"
    )
    q = _said(apposed, "Every result")
    assert q.speaker_entity == "Oda Fenn"


def test_a_comparative_or_relative_clause_round_a_cue_reports_no_words() -> None:
    text = (
        HEAD + FIRM + "The full paper, published on Wednesday in a medical journal, showed a smaller gain than the "
        "company announced two days earlier.\n\n"
        "It is a real effect, but it is not the cure one tabloid promised, and it is certainly no miracle.\n"
    )
    _art, quotes = _quotes(text)
    assert [q.content.text for q in quotes] == ["its kidney drug NB-77 met the main goal of its trial"]


def test_the_one_told_and_the_day_are_no_part_of_what_was_said_or_who_said_it() -> None:
    text = (
        HEAD + 'Corinna Vaszary told the Sentinel the tests showed the drug "can slow kidney failure in thousands of '
        'patients".\n\nOn Monday Norvane Biologics told investors its drug cut hospital stays by a fifth.\n'
    )
    q = _said(text, "the tests showed")
    assert q.content.text.startswith("the tests showed the drug")
    assert q.speaker is not None and q.speaker.text == "Corinna Vaszary"
    q = _said(text, "hospital stays")
    assert q.content.text == "its drug cut hospital stays by a fifth"
    assert q.speaker is not None and q.speaker.text == "Norvane Biologics"


def test_an_opening_mark_left_in_the_sentence_before_opens_a_direct_quote() -> None:
    text = (
        HEAD + "The Kidney Patients Union, which speaks for about 9,000 people, said on Friday that the benefit was "
        'small but real. "We have waited long enough," the union\'s chair, Pavel Ostrander, told the Sentinel.\n'
    )
    q = _said(text, "waited long enough")
    assert (q.kind, q.content.text) == ("direct", '"We have waited long enough,"')
    assert q.speaker_entity == "Pavel Ostrander"


def test_an_indirect_quotes_quoted_words_are_listed_with_another_outlets_direct_quote() -> None:
    told = _article(
        HEAD + 'Corinna Vaszary told the Sentinel the tests showed the drug "can slow kidney failure in thousands of '
        'patients".\n',
        "a.txt",
    )
    release = _article(
        HEAD + '"These tests show that NB-77 can slow kidney failure in thousands of patients," said Corinna Vaszary, '
        "chief executive of Norvane Biologics.\n",
        "b.txt",
    )
    exs = extract_articles([told, release])
    rows = quote_ledger([q for ex in exs for q in ex.quotes], {told.id: told, release.id: release})
    (row,) = [r for r in rows if "kidney failure" in r["text"]]
    (other,) = row["also_in"]
    assert other["exact"] is False and {row["article"], other["article"]} == {told.id, release.id}
    # an article that carries the release's quotation too lists both with the release's row, not a row of its own
    both = _article(told.original + "\n" + release.original[len(HEAD) :], "c.txt")
    exs = extract_articles([release, both])
    rows = quote_ledger([q for ex in exs for q in ex.quotes], {release.id: release, both.id: both})
    (row,) = [r for r in rows if "kidney failure" in r["text"]]
    assert row["article"] == release.id
    assert sorted(o["exact"] for o in row["also_in"]) == [False, True]


HEADLINE = (
    '"We have waited long enough": union urges quick decision on NB-77\n\nBy Staff Writer | 9 March 2027\n\n'
    "The Kidney Patients Union on Thursday urged the regulator to decide quickly on Norvane Biologics' drug.\n\n"
)


def test_a_headline_quotation_followed_by_who_says_it_is_a_direct_quote() -> None:
    art, quotes = _quotes(HEADLINE)
    (q,) = [q for q in quotes if q.content.start == 0]
    assert (q.kind, q.content.text) == ("direct", '"We have waited long enough"')
    assert q.speaker is not None and q.speaker.text == "union" and q.cue is not None and q.cue.text == "urges"
    # the body gives the same words to its chair: the headline's are his
    body = HEADLINE + '"We have waited long enough," said Pavel Ostrander, the union\'s chair.\n'
    _art, quotes = _quotes(body)
    (q,) = [q for q in quotes if q.content.start == 0]
    assert q.speaker_entity == "Pavel Ostrander"
    # a headline of a topic, a colon and no speech verb gives no quote
    topic = HEADLINE.replace("union urges", "union's plea for", 1)
    assert not [q for q in _quotes(topic)[1] if q.content.start == 0]


def test_quotes_of_files_name_speakers_as_the_brief_does(tmp_path: Path) -> None:
    path = tmp_path / "n.txt"
    path.write_text(
        HEAD + FIRM + 'Norvane denied hiding any data. "Every result will be published," a company spokesperson, '
        "Oda Fenn, said.\n\nThe company said the full paper would follow in May.\n",
        encoding="utf-8",
    )
    res = CliRunner().invoke(app, ["quotes", str(path), "--json"])
    assert res.exit_code == 0
    (line,) = res.stdout.splitlines()
    rows = json.loads(line)["quotes"]
    brief = CliRunner().invoke(app, ["brief", "--input", str(path), "--format", "json"])
    ledger = json.loads(brief.stdout)["quotes"]
    # the same rows, each under the name the brief's ledger gives it
    assert [(r["start"], r["speaker"]) for r in rows] == [(r["start"], r["speaker"]) for r in ledger]
    assert {"Oda Fenn", "Norvane Biologics"} <= {r["speaker"] for r in rows}  # "the company" too


def test_the_company_is_the_one_named_last_before_it(tmp_path: Path) -> None:
    """ "A drug from Norvane Biologics cut ..., the company said": Norvane, though a partner company is named further
    on; "the company" before any company is named, or right after two, stays a description."""
    path = tmp_path / "w.txt"
    path.write_text(
        HEAD + "A kidney drug from Norvane Biologics cut hospital stays by a fifth in a large trial, the company said "
        "on Monday.\n\nThe drug will be sold in Aldren by Castell Pharma under a licence. Norvane Biologics and "
        "Castell Pharma signed the deal in May, the company said.\n",
        encoding="utf-8",
    )
    res = CliRunner().invoke(app, ["quotes", str(path), "--json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout.splitlines()[0])["quotes"]
    who = {r["text"][:12]: r["speaker"] for r in rows}
    assert who.get("A kidney dru") == "Norvane Biologics", rows
    assert who.get("Norvane Biol") in (None, "the company"), rows  # two companies named at once: whose?


def test_an_attribution_after_a_dash_is_no_relative_clause_of_the_noun_before() -> None:
    """ "... a new low of the decade — the Statistics Office reported": the parser may hang "reported" on "decade" as a
    relative clause (with no-break spaces round the name, as feeds write them); a dash between them says it is not."""
    text = (
        "Varnholt hiring\n\nThe Varnholt economy added 943,000 jobs in July and the unemployment rate fell to 5.4% — a "
        "new low of the pandemic era — the\xa0Bureau of Farm Statistics\xa0reported Friday. It was the biggest gain.\n"
    )
    art, quotes = _quotes(text)
    assert [q.content.text[:27] for q in quotes if q.kind == "indirect"] == ["The Varnholt economy added "], quotes
