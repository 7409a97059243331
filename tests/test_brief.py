from __future__ import annotations

import dataclasses
import json
import re

import numpy as np
import pytest
from brief_helpers import HashEmbedder, make_article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.align.claims import Claim
from storyline.brief import BriefOptions, SummaryOptions, build_brief, render_html, render_markdown
from storyline.models import Article, ArticleExtraction, Quote, Span

BODY_A = (
    'The council approved the new budget on Tuesday after a long debate. "We have done our job," '
    "Mayor Jane Roe said. The budget adds 40 teachers to city schools."
)
BODY_B = (
    "The city council approved the new budget on Tuesday after a long debate. The plan adds 45 teachers "
    'to city schools. "We have done our job," said Jane Roe, the mayor.'
)


def _ext(article, quote_text, speaker, mention=None):
    start = article.original.index(quote_text)
    said_by = mention or speaker
    at = article.original.index(said_by, start + len(quote_text))
    q = Quote(
        article.id,
        "direct",
        Span(article.id, start, start + len(quote_text), quote_text),
        Span(article.id, at, at + len(said_by), said_by),
        speaker_entity=speaker,
    )
    return ArticleExtraction(article.id, quotes=[q])


def _brief(articles, extractions=None, **kw):
    return build_brief(articles, extractions or {}, [], story="s1", embedder=HashEmbedder(), **kw)


def check_guarantees(brief, articles) -> None:
    by_id = {a.id: a for a in articles}
    for sent in brief["summary"]:
        assert sent["citations"], sent
        for c in sent["citations"]:
            text = by_id[c["article"]].original
            assert 0 <= c["start"] < c["end"] <= len(text)
        own = sent["citations"][0]
        assert by_id[own["article"]].original[own["start"] : own["end"]] == sent["text"]
    for q in brief.get("quotes", []):
        assert by_id[q["article"]].original[q["start"] : q["end"]] == q["text"]
    for f in brief.get("facts", []):
        for s in f["sources"]:
            assert by_id[s["article"]].original[s["start"] : s["end"]] == s["text"]
            assert s["wording"] in ("same", "other")
        # the fact's own sentence is in its own words; no more sources in them than sources
        assert any(s["wording"] == "same" and s["text"] == f["text"] for s in f["sources"]), f
        assert 1 <= f["same_wording_sources"] <= f["independent_sources"] or not f["independent_sources"], f
    for t in brief.get("timeline", []):  # every entry is an event told in a sentence of its article
        assert by_id[t["article"]].original[t["event_start"] : t["event_end"]] == t["event"], t
        assert t["event_start"] <= t["start"] < t["end"] <= t["event_end"], t
    for c in brief.get("conflicts", []):
        for s in c["sides"]:
            assert by_id[s["article"]].original[s["start"] : s["end"]] == s["text"]
    for f in brief.get("framing", []):
        cited = f["headline"]["citation"]
        if cited and cited["start"] is not None:
            assert by_id[f["article"]].original[cited["start"] : cited["end"]].strip() == f["headline"]["text"]
        for t in f["charged_terms"]:
            assert len(t.get("spans", [])) <= t["count"]
            for s in t.get("spans", []):
                assert s["article"] == f["article"]
                assert " ".join(by_id[s["article"]].original[s["start"] : s["end"]].lower().split()) == t["term"]
    for e in brief.get("entities", []):
        assert len(e["spans"]) == e["mentions"] and {s["article"] for s in e["spans"]} <= set(e["articles"])
        for s in e["spans"]:
            assert by_id[s["article"]].original[s["start"] : s["end"]].strip(), e


def test_brief_sections_and_guarantees() -> None:
    a = make_article("a", "Council passes budget", BODY_A, outlet="Daily A")
    b = make_article("b", "Budget approved by city council", BODY_B, outlet="B News")
    ext = {"a": _ext(a, '"We have done our job,"', "Jane Roe"), "b": _ext(b, '"We have done our job,"', "Jane Roe")}
    brief = _brief([a, b], ext)
    for key in ("schema", "story", "headline", "articles", "summary", "entities", "quotes", "facts", "conflicts"):
        assert key in brief
    assert {"timeline", "framing", "sources", "omissions"} <= set(brief)
    check_guarantees(brief, [a, b])
    assert brief["quotes"][0]["also_in"] and brief["quotes"][0]["also_in"][0]["exact"]
    assert any(c["kind"] == "figure" and "40" in c["topic"] and "45" in c["topic"] for c in brief["conflicts"])
    assert {f["article"] for f in brief["framing"]} == {"a", "b"}
    json.dumps(brief)
    disputed = [f for f in brief["facts"] if f["status"] == "conflicting"]
    assert disputed and all(f["conflicts"] for f in disputed)
    md, html = render_markdown(brief), render_html(brief)
    assert all(f["voices_by_side"] == {"other": 1} for f in brief["framing"])  # Jane Roe: no party or country
    assert md.count("- Quotes by side: other 1\n") == 2 and "Quotes by side: other 1" in html
    for f in disputed:  # a reader sees which conflict makes a fact conflicting
        assert f"| {f['id']} | conflicting (see {', '.join(f['conflicts'])}) |" in md
        links = ", ".join(f'<a href="#{c}">{c}</a>' for c in f["conflicts"])
        assert f"conflicting ({f['independent_sources']}), see {links}" in html  # a link to the conflict
        assert all(f'id="{c}"' in html for c in f["conflicts"])


def test_markdown_and_html_show_sources_in_other_words() -> None:
    a = make_article("a", "Council passes budget", BODY_A, outlet="Daily A")
    b = make_article("b", "Budget approved by city council", BODY_B, outlet="B News")
    ext = {"a": _ext(a, '"We have done our job,"', "Jane Roe"), "b": _ext(b, '"We have done our job,"', "Jane Roe")}
    brief = _brief([a, b], ext)
    fact = next(f for f in brief["facts"] if len(f["sources"]) > 1)
    fact["same_wording_sources"], fact["independent_sources"] = 1, 2
    fact["sources"][-1]["wording"] = "other"
    md, html = render_markdown(brief), render_html(brief)
    assert "| 2 (1 in the same words) |" in md and md.count("(other wording)") == 1
    assert "(2; 1 in the same words)" in html and html.count("(other wording)") == 1


def test_markdown_framing_gives_each_item_its_own_line_whatever_the_tone_of_quoted_words() -> None:
    a = make_article("a", "Council passes budget", BODY_A, outlet="Daily A")
    b = make_article("b", "Budget approved by city council", BODY_B, outlet="B News")
    brief = _brief([a, b], {"a": _ext(a, '"We have done our job,"', "Jane Roe")})
    for quotes_tone in (None, {"compound": 0.5}):
        for f in brief["framing"]:
            f["quotes_tone"] = quotes_tone
        lines = render_markdown(brief).splitlines()
        tone = [x for x in lines if x.startswith("- Tone")]
        assert len(tone) == 2 and not any("- Loaded" in x for x in tone), tone
        assert sum(x.startswith("- Loaded or intense wording:") for x in lines) == 2


def test_a_figure_conflict_between_articles_days_apart_says_the_count_may_have_changed() -> None:
    from dataclasses import replace

    a = make_article("a", "Council passes budget", BODY_A, outlet="Daily A")
    b = make_article("b", "Budget approved by city council", BODY_B, outlet="B News")
    same_day = _brief([replace(a, published="2026-03-03"), replace(b, published="2026-03-03")])
    later = _brief([replace(a, published="2026-03-03"), replace(b, published="2026-03-06T09:00:00")])
    details = [[c["detail"] for c in x["conflicts"] if c["kind"] == "figure"] for x in (same_day, later)]
    assert details[0] and not any("apart" in d for d in details[0])
    assert details[1] and all("published 3 days apart" in d for d in details[1])
    # a third outlet gives 40 the day B gives 45: the outlets disagree on one day, whatever A said days before
    c = make_article("c", "Budget passes", BODY_A.replace("council", "city council"), outlet="C Post")
    dated = [replace(a, published="2026-03-03"), replace(b, published="2026-03-06"), replace(c, published="2026-03-06")]
    details = [c["detail"] for c in _brief(dated)["conflicts"] if c["kind"] == "figure"]
    assert details and not any("apart" in d for d in details)


def test_two_articles_of_one_outlet_are_one_source() -> None:
    from storyline.brief.build import independent_sources

    a = make_article("a", "Council passes budget", BODY_A, outlet="Daily A")
    a2 = make_article("a2", "Budget passed", BODY_B, outlet="daily a ")  # the same outlet, a later story
    brief = _brief([a, a2])
    assert not [f for f in brief["facts"] if f["status"] != "single-source" or f["independent_sources"] > 1]
    # the two teacher counts come from one outlet: no disagreement between outlets
    assert not [c for c in brief["conflicts"] if c["kind"] == "figure"]
    # B News's own words (a word-for-word copy of Daily A's sentences would be Daily A's report again)
    own = BODY_B.replace("after a long debate", "after hours of debate").replace("The plan adds", "It adds")
    b = make_article("b", "Budget approved by city council", own, outlet="B News")
    brief = _brief([a, a2, b])
    budget = [f for f in brief["facts"] if "approved the new budget" in f["text"]]
    assert budget and budget[0]["independent_sources"] == 2 and budget[0]["status"] == "corroborated"
    assert brief["independent_sources"] == 2 and not brief["omissions"]  # the story's sources: two, not three
    assert "an omission needs at least three independent sources, and this story has 2." in render_markdown(brief)
    # syndication joins outlets; an unknown outlet is nobody else's
    c, d = make_article("c", "T", BODY_A), make_article("d", "T", BODY_A)
    units = independent_sources([a, b, c, d, a2], {"b": "c", "c": "c"})
    assert units["a"] == units["a2"] != units["b"] == units["c"] != units["d"]


def test_an_outlets_edited_copy_of_a_wire_story_is_the_wires_report() -> None:
    from storyline.brief.build import independent_sources
    from storyline.extract.attribution import wire_credit

    wire = make_article(
        "w", "Grain silo fire", "ARDSTAD (Nordic Wire) - A fire destroyed a grain silo.", outlet="Nordic Wire"
    )
    edited = make_article(
        "e", "Silo burns", "ARDSTAD (Nordic Wire) — Firefighters fought a blaze at a silo.", outlet="Post"
    )
    ap = make_article("p", "Fire", "OSLO (AP) - A silo burned.", outlet="Herald")
    ap2 = make_article("q", "Fire", "A silo burned, the Associated Press reported.", outlet="The Associated Press")
    own = make_article("o", "Fire", "ARDSTAD - Our reporter saw the silo burn.", outlet="Ardstad Times")
    post = make_article("r", "Silo", "Our reporter saw the silo burn.", outlet="Post")
    units = independent_sources([wire, edited, ap, ap2, own, post], {})
    assert units["w"] == units["e"] and units["p"] == units["q"]  # credited to the wire: the wire's report
    assert len({units["w"], units["p"], units["o"], units["r"]}) == 4  # an outlet's own reporting is its own
    assert (
        wire_credit("He said (quietly) - no") is None and wire_credit("Title\n\nLONDON (Reuters) - Shares") == "reuters"
    )
    upi = "united press international"
    assert wire_credit("HEMPSTEAD, N.Y., Sept. 26 (UPI) — Donald") == wire_credit("Dec 29 (UPI) - A") == upi
    assert wire_credit("Sen. Ada Lind (D-Calif.) - she said") is None and wire_credit("Ada Lind (R) - NY") is None
    assert wire_credit("Photo (Getty Images) - Firefighters at the silo") is None  # a caption's credit
    # a wire named alone on the last line; not a writer's name there
    assert wire_credit("The silo burned for a day.\n\n- Reuters.") == "reuters"
    assert wire_credit("The silo burned for a day.\n\n- Ada Lind.") is None


def test_summary_respects_word_budget() -> None:
    a = make_article("a", "T", BODY_A)
    b = make_article("b", "T", BODY_B)
    options = BriefOptions(summary=SummaryOptions(max_words=15))
    brief = _brief([a, b], options=options)
    words = sum(len(s["text"].split()) for s in brief["summary"])
    assert 0 < words <= 15


def test_the_writers_first_person_is_no_summary_sentence() -> None:
    body_a = (
        "The Kessling ferry sank on Monday near the harbour mouth. We asked three captains what went wrong that night."
    )
    body_b = "The Kessling ferry sank on Monday near the harbour mouth, the coastguard said. Nine crew were rescued."
    brief = _brief([make_article("a", "T", body_a), make_article("b", "T", body_b)])
    texts = [s["text"] for s in brief["summary"]]
    assert texts and not any("We asked" in t for t in texts)
    from storyline.brief.framing import QUOTED
    from storyline.brief.summary import WRITER

    def writer(t: str) -> bool:
        return bool(WRITER.search(QUOTED.sub(" ", t)))

    assert writer("My new therapist seemed wise.") and writer("As is our practice, we do not rate debates.")
    assert not writer('The US said "we will act" after World War I ended.')
    assert not writer("Sen. Ada Brisk (I-Lorr.) voted no.")
    cut = 'Crowds unfurled banners with slogans like "Nobody wins in Kessling.'
    body_c = cut + ' They were done," a marcher said. The Kessling ferry sank on Monday near the harbour mouth.'
    brief = _brief([make_article("c", "T", body_c), make_article("b", "T", body_b)])
    assert not any(s["text"] == cut for s in brief["summary"])  # its quotation marks do not pair


def test_attribution_conflict_from_the_quote_ledger() -> None:
    a = make_article("a", "T", 'Officials met. "The deal is dead and buried for now," Smith said.')
    b = make_article("b", "T", 'Officials met. "The deal is dead and buried for now," Jones said.')
    ext = {
        "a": _ext(a, '"The deal is dead and buried for now,"', "Smith"),
        "b": _ext(b, '"The deal is dead and buried for now,"', "Jones"),
    }
    brief = _brief([a, b], ext)
    assert any(c["kind"] == "attribution" for c in brief["conflicts"])
    # a speaker we found through a pronoun is our reading, not what the outlet wrote: no conflict claimed
    c = make_article("c", "T", 'Officials met. "The deal is dead and buried for now," he said.')
    ext["c"] = _ext(c, '"The deal is dead and buried for now,"', "Jones", mention="he")
    brief = _brief([a, c], {"a": ext["a"], "c": ext["c"]})
    assert not any(x["kind"] == "attribution" for x in brief["conflicts"])
    # one man named with his nickname two ways, resolved to his surname in one article, his first name in the other
    words = '"The disk in my neck was bothering me before,"'
    d = make_article("d", "T", f"Officials met. {words} said Adam \u201cPacman\u201d Jones.")
    e = make_article("e", "T", f"Officials met. {words} said Adam (Pacman) Jones.")
    pair = {
        "d": _ext(d, words, "Jones", mention="Adam \u201cPacman\u201d Jones"),
        "e": _ext(e, words, "Adam", mention="Adam (Pacman) Jones"),
    }
    brief = _brief([d, e], pair)
    assert not any(x["kind"] == "attribution" for x in brief["conflicts"])
    assert not any(o["other_speaker"] for q in brief["quotes"] for o in q["also_in"])


def test_a_statement_and_its_negation_are_not_one_quotation() -> None:
    from storyline.brief.quotes import quote_ledger
    from storyline.models import Quote

    said = "The council has agreed to return to talks with the union"
    a = make_article("a", "T", f"T\n\n{said}, councillor Ruth Ellacott said.")
    b = make_article("b", "T", "T\n\nThe council has not agreed to return to talks with the union, Dario Fenn said.")
    c = make_article("c", "T", f"T\n\n{said}, Dario Fenn said on the radio.")
    rows = quote_ledger(
        [
            Quote(x.id, "indirect", _spans_in(x)(t), _spans_in(x)(who), who)
            for x, t, who in (
                (a, said, "Ruth Ellacott"),
                (b, "The council has not agreed to return to talks with the union", "Dario Fenn"),
                (c, said, "Dario Fenn"),
            )
        ],
        {"a": a, "b": b, "c": c},
    )
    assert [r["article"] for r in rows] == ["a", "b"]  # b's words deny a's: a row of its own, not a variant
    assert [(o["article"], o["other_speaker"]) for o in rows[0]["also_in"]] == [("c", True)]  # c names Fenn
    # a negation in words only one wording goes on with is no denial of what both say
    d = make_article("d", "T", f"T\n\n{said} and has no further comment, Dario Fenn said.")
    e = make_article("e", "T", f"T\n\n{said}, Dario Fenn said.")
    rows = quote_ledger(
        [
            Quote(x.id, "indirect", _spans_in(x)(t), _spans_in(x)("Dario Fenn"), "Dario Fenn")
            for x, t in ((d, f"{said} and has no further comment"), (e, said))
        ],
        {"d": d, "e": e},
    )
    assert [(r["article"], [o["article"] for o in r["also_in"]]) for r in rows] == [("d", ["e"])]


def test_a_split_quotation_and_an_excerpt_that_stops_before_a_figure_are_the_same_words() -> None:
    from storyline.brief.quotes import quote_ledger
    from storyline.models import Quote

    first, second = "\u201cThe harbour has lost a keeper of rare skill,\u201d", "\u201cWe mourn him.\u201d"
    a = make_article("a", "T", f"T\n\n{first} Mayor Jane Roe said in a statement. {second}")
    b = make_article(
        "b", "T", "T\n\n\u201cThe harbour has lost a keeper of rare skill. We mourn him,\u201d Jane Roe said."
    )
    sa, sb = _spans_in(a), _spans_in(b)
    split = Quote("a", "direct", sa(f"{first} Mayor Jane Roe said in a statement. {second}"), sa("Jane Roe"), "Jane Roe",
                  parts=(sa(first), sa(second)))  # fmt: skip
    whole = Quote("b", "direct", sb("\u201cThe harbour has lost a keeper of rare skill. We mourn him,\u201d"), sb("Jane Roe"),
                  "Jane Roe")  # fmt: skip
    rows = quote_ledger([split, whole], {"a": a, "b": b})
    # the split quote is two quotations (the narration between closes a sentence), two rows: the first lists b
    assert [(r["article"], [o["article"] for o in r["also_in"]]) for r in rows] == [("a", ["b"]), ("a", [])]
    # an excerpt that stops before a figure the longer quotation goes on to is still its words; other figures are not
    long_ = "\u201cNo money was paid for the crew, not two million crowns, not anything else. The bill was 1.8 billion.\u201d"
    short = "\u201cNo money was paid for the crew, not two million crowns, not anything else,\u201d"
    other = "\u201cNo money was paid for the crew, not three million crowns, not anything else,\u201d"
    c, d, e = (
        make_article(x, "T", f"T\n\n{t} the minister said.") for x, t in (("c", long_), ("d", short), ("e", other))
    )
    quotes = [Quote(x.id, "direct", _spans_in(x)(t), _spans_in(x)("the minister"), "Ivo Marsh")
              for x, t in ((c, long_), (d, short), (e, other))]  # fmt: skip
    rows = quote_ledger(quotes, {"c": c, "d": d, "e": e})
    assert [(r["article"], [o["article"] for o in r["also_in"]]) for r in rows] == [("c", ["d"]), ("e", [])]
    # a writer's bracketed insertion is not the speaker's words
    plain = "\u201cI spoke with President Vask about the harbour,\u201d"
    marked = "\u201cI spoke with [Norland's] President [Orlen] Vask about the harbour,\u201d"
    f, g = (make_article(x, "T", f"T\n\n{t} the minister said.") for x, t in (("f", plain), ("g", marked)))
    quotes = [Quote(x.id, "direct", _spans_in(x)(t), _spans_in(x)("the minister"), "Ivo Marsh")
              for x, t in ((f, plain), (g, marked))]  # fmt: skip
    rows = quote_ledger(quotes, {"f": f, "g": g})
    assert [(r["article"], [o["article"] for o in r["also_in"]]) for r in rows] == [("f", ["g"])]


def test_a_split_quotation_of_two_statements_is_two_quotations_in_the_ledger() -> None:
    from storyline.brief.quotes import attribution_conflicts, quote_ledger
    from storyline.models import Quote

    first, second = '"We shall not sell the yard for a song,"', '"The bid badly undervalues Kessling and its crews."'
    wire = make_article("w", "T", 'T\n\n"This bid badly undervalues Kessling and its crews," Ada Brenn said.')
    paper = make_article("p", "T", f"T\n\n{first} Ada Brenn told the Courier in an interview. {second}")
    radio = make_article("r", "T", f"T\n\n{first} said the board chairman Olav Tind.")
    sw, sp, sr = _spans_in(wire), _spans_in(paper), _spans_in(radio)
    quotes = [
        Quote("w", "direct", sw('"This bid badly undervalues Kessling and its crews,"'), sw("Ada Brenn"), "Ada Brenn"),
        Quote("p", "direct", sp(f"{first} Ada Brenn told the Courier in an interview. {second}"), sp("Ada Brenn"),
              "Ada Brenn", parts=(sp(first), sp(second))),
        Quote("r", "direct", sr(first), sr("Olav Tind"), "Olav Tind"),
    ]  # fmt: skip
    rows = quote_ledger(quotes, {"w": wire, "p": paper, "r": radio})
    # the wire's row lists the paper's second piece only; the paper's first statement keeps a row, where the radio
    # gives it to another man
    got = [(r["article"], [(o["article"], o["text"], o["other_speaker"]) for o in r["also_in"]]) for r in rows]
    assert got == [("w", [("p", second, False)]), ("p", [("r", first, True)])]
    (conflict,) = attribution_conflicts(rows)
    assert {s["speaker"] for s in conflict["sides"]} == {"Ada Brenn", "Olav Tind"}
    assert {s["text"] for s in conflict["sides"]} == {first}  # the disputed piece, not the paper's other statement
    # one outlet's text published twice is one side
    again = dict(rows[1], also_in=[*rows[1]["also_in"], dict(rows[1]["also_in"][0], article="r2")])
    (twice,) = attribution_conflicts([rows[0], again], sources={"r2": "r"})
    assert [s["article"] for s in twice["sides"]] == ["p", "r"]
    # one statement cut by its attribution ("We shall," she said, "not sell") stays one quotation, a variant
    one = make_article("o", "T", '"We shall," Ada Brenn said, "not sell the yard for a song at any price."')
    so = _spans_in(one)
    whole = Quote("o", "direct", so(one.original[: one.original.rindex('"') + 1]), so("Ada Brenn"), "Ada Brenn",
                  parts=(so('"We shall,"'), so('"not sell the yard for a song at any price."')))  # fmt: skip
    rows = quote_ledger([quotes[2], whole], {"r": radio, "o": one})
    assert [(r["article"], [o["article"] for o in r["also_in"]]) for r in rows] == [("r", ["o"])]


def test_articles_of_one_outlet_are_numbered_where_they_are_cited() -> None:
    a = make_article("a", "Council passes budget", BODY_A, outlet="Daily A")
    a2 = make_article("a2", "Budget passed", BODY_B, outlet="Daily A")
    b = make_article("b", "Budget approved by city council", BODY_B, outlet="B News")
    brief = _brief([a, a2, b])
    md, html = render_markdown(brief), render_html(brief)
    for text in (md, html):
        assert "Daily A (1)" in text and "Daily A (2)" in text and "B News (1)" not in text
    assert "- Daily A (2) (`a2`): Budget passed" in md


def test_renderers_escape_hostile_text() -> None:
    evil = 'The <script>alert("x")</script> council met on Tuesday and approved the budget for schools.'
    a = make_article("a", "<img src=x onerror=alert(1)>", evil)
    b = make_article("b", "Budget", BODY_B)
    brief = _brief([a, b])
    html = render_html(brief)
    assert "<script>" not in html and "<img" not in html
    md = render_markdown(brief)
    assert "<script>" not in md


def test_reported_words_that_are_a_quotation_are_not_quoted_twice() -> None:
    brief = _brief([make_article("a", "Council passes budget", BODY_A), make_article("b", "Budget", BODY_B)])
    q = {"speaker": "Jane Roe", "kind": "indirect", "cue": "said", "article": "a", "start": 3, "end": 25, "parts": []}
    q["also_in"] = []
    brief["quotes"] = [{**q, "text": "“the best budget yet,”"}, {**q, "text": "the vote was fair"}]
    for text in (render_markdown(brief), render_html(brief)):
        assert "“the best budget yet,”" in text and "““" not in text
        assert "“the vote was fair”" in text


sentence = st.lists(
    st.sampled_from(["alpha", "beta", "gamma", "delta", "council", "budget", "vote", "city", "mayor", "12", "40"]),
    min_size=3,
    max_size=12,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(sentence, min_size=1, max_size=5), min_size=1, max_size=4), st.integers(5, 60))
def test_guarantees_hold_on_any_text(bodies, budget) -> None:
    articles = []
    for k, sents in enumerate(bodies):
        body = " ".join(" ".join(ws).capitalize() + "." for ws in sents)
        articles.append(make_article(f"x{k}", f"Title {k}", body))
    brief = _brief(articles, options=BriefOptions(summary=SummaryOptions(max_words=budget, min_words=1)))
    check_guarantees(brief, articles)
    assert sum(len(s["text"].split()) for s in brief["summary"]) <= budget


def test_timeline_gives_one_entry_per_date_and_fact() -> None:
    from storyline.models import DateMention

    a = make_article("a", "Budget", BODY_A)
    b = make_article("b", "Budget", BODY_B)
    c = make_article("c", "Schools", "Schools will get new desks on Friday, the district said in a statement.")
    exts = {}
    for art, sentences in ((a, BODY_A.split(". ")), (b, BODY_B.split(". ")), (c, [c.text])):
        spans, pos = [], art.original.index(sentences[0])
        for sent in sentences:
            start = art.original.index(sent, pos)
            spans.append((start, start + len(sent) + (0 if sent.endswith(".") else 1)))
            pos = start + len(sent)
        dates = []
        for word, iso in (("Tuesday", "2026-03-03"), ("Friday", "2026-03-06")):
            if word in art.original:
                i = art.original.index(word)
                dates.append(DateMention(Span(art.id, i, i + len(word), word), iso, True))
        exts[art.id] = ArticleExtraction(art.id, sentences=spans, dates=dates)
    brief = _brief([a, b, c], exts)
    timeline = brief["timeline"]
    tuesday = [t for t in timeline if t["date"] == "2026-03-03"]
    assert len(tuesday) == 1, timeline  # the same fact in two outlets: one entry
    assert {tuesday[0]["article"]} | {o["article"] for o in tuesday[0]["also_in"]} == {"a", "b"}
    for t in timeline:
        for where in [t, *t["also_in"]]:
            text = {"a": a, "b": b, "c": c}[where["article"]].original
            assert text[where["start"] : where["end"]] == (where.get("expression") or t["expression"])
    assert [t["date"] for t in timeline] == ["2026-03-03", "2026-03-06"]


def test_the_quote_ledger_has_one_row_per_quote_however_many_outlets_carry_it() -> None:
    words = '"We have done our job and the budget is fair,"'
    arts = [make_article(x, "T", f"The council met. {words} Mayor Jane Roe said.") for x in ("a", "b", "c")]
    brief = _brief(arts, {a.id: _ext(a, words, "Jane Roe") for a in arts})
    rows = [q for q in brief["quotes"] if "done our job" in q["text"]]
    assert len(rows) == 1, rows
    assert sorted(o["article"] for o in rows[0]["also_in"]) == ["b", "c"] and rows[0]["article"] == "a"
    assert all(o["exact"] for o in rows[0]["also_in"])


def test_one_quotation_with_a_number_written_two_ways_is_one_row() -> None:
    """ "eleven thousand farmers" in one outlet, "11,000 farmers" in another: one quotation, the second a variant;
    "twelve thousand" is another statement."""
    rows = {}
    for other in ("11,000", "12,000"):
        texts = {"a": "eleven thousand", "b": other}
        arts, ext = [], {}
        for x, n in texts.items():
            words = f'"She abused the trust of {n} farmers for her own comfort,"'
            art = make_article(x, "T", f"The court ruled. {words} Judge Ada Roe said.")
            arts.append(art)
            ext[art.id] = _ext(art, words, "Ada Roe")
        rows[other] = [q for q in _brief(arts, ext)["quotes"] if "abused the trust" in q["text"]]
    assert len(rows["11,000"]) == 1 and [o["exact"] for o in rows["11,000"][0]["also_in"]] == [False]
    assert len(rows["12,000"]) == 2


def _spans_in(art):  # type: ignore[no-untyped-def]
    """A maker of spans of ``art`` by the text they hold (its first occurrence)."""
    from storyline.models import Span

    def span(piece: str) -> Span:
        s = art.original.index(piece)
        return Span(art.id, s, s + len(piece), piece)

    return span


def test_a_quote_inside_another_by_the_same_speaker_is_shown_once() -> None:
    from storyline.brief.quotes import quote_ledger
    from storyline.models import Quote

    text = "T\n\nHe said he urged the council to cut the rates before the vote, the mayor's office said."
    art = make_article("a", "T", text)
    span = _spans_in(art)

    outer = Quote(
        "a", "indirect", span("he urged the council to cut the rates before the vote"), span("He"), "Ada Brenn"
    )
    inner = Quote("a", "indirect", span("to cut the rates before the vote"), span("he"), "Ada Brenn")
    other = Quote("a", "indirect", span("cut the rates before the vote"), span("the mayor's office"), None)
    rows = quote_ledger([outer, inner, other], {"a": art})
    assert [r["text"] for r in rows] == [outer.content.text, other.content.text]


def test_framing_lists_a_word_once_and_says_why() -> None:
    from storyline.brief.framing import _merge_terms, charged_terms, distinctive_terms

    texts = {
        "a": "The crackdown was draconian. The crackdown went on. Critics called the crackdown a sham.",
        "b": "Police cleared the square on Monday. Traders reopened their stalls.",
    }
    loaded = charged_terms(texts["a"])
    own = distinctive_terms(texts)["a"]
    assert any(t["term"] == "crackdown" for t in own)  # also repeated only by this outlet
    merged = _merge_terms(loaded, own)
    terms = [t["term"] for t in merged]
    assert terms.count("crackdown") == 1 and "sham" in terms
    assert {t["why"] for t in merged} <= {"loaded or intense wording", "over-represented in this outlet"}
    # with the sentences' offsets, each use is a span in the article
    from storyline.brief.framing import charged_in

    sents = [(m.group(0), m.start()) for m in re.finditer(r"[^.]+\.", texts["a"])]
    (sham,) = [t for t in charged_in(sents, article="a") if t["term"] == "sham"]
    assert [texts["a"][s["start"] : s["end"]] for s in sham["spans"]] == ["sham"]


def test_body_words_of_health_news_are_plain_and_its_hype_is_charged() -> None:
    from storyline.brief.framing import charged_terms, distinctive_terms

    def terms(text: str) -> list[str]:
        return [t["term"] for t in charged_terms(text)]

    # the organ (VADER rates "heart" for love): a heart pill, smaller hearts, patients who suffer heart failure
    plain = "The Pellam heart pill showed smaller hearts and a good heart rhythm in patients who suffer heart failure."
    assert terms(plain) == []
    assert distinctive_terms({"a": "The heart drug. Their hearts. The heart unit.", "b": "The pill works."}) == {
        "a": [],
        "b": [],
    }
    # the hype of health reporting, in the outlet's own words; a quotation mark is not part of the word
    hype = (
        "'Marvel' pill: a breakthrough drug from Tessry could be a cure for gout. Its maker called it a wonder drug. "
        "Shares in the company rocketed 40 percent."
    )
    # ('Marvel' in scare quotes is someone's word, not the outlet's: audit5 repro 15)
    assert terms(hype) == ["breakthrough", "cure", "wonder drug", "rocketed"]
    assert terms(hype.replace("'Marvel'", "Marvel")) == ["marvel", "breakthrough", "cure", "wonder drug", "rocketed"]
    # hype denied or still sought is not hype
    denied = "It is certainly no cure, and not the miracle one paper promised. The search for a cure goes on."
    assert terms(denied + " There was no breakthrough in the Brennock talks.") == []
    sought = "Doctors at Vessany still do not know how to cure it, and none of those breakthroughs reached the clinic."
    assert terms(sought) == []
    assert charged_terms("The workers' union met.") == []


def test_plain_news_words_are_neither_charged_nor_an_outlets_own_words() -> None:
    from storyline.brief.framing import charged_terms, distinctive_terms

    terms = [t["term"] for t in charged_terms("Nine crew tested positive and the travel ban does not apply. A sham.")]
    assert terms == ["sham"]
    named = "He had a heart attack. Aid is at the heart of the peace deal, and of freedom of speech. Joy, they sing."
    assert [t["term"] for t in charged_terms(named)] == ["joy"]  # the names of things; the cry is a word
    # praise VADER rates mildly is no loading by its rating alone: "peace" 2.5 (a plea), "happy" 2.7
    assert charged_terms("Peace, they beg. Supporters were happy with the sophisticated count.") == []
    # peace as the thing kept, made or brokered is what the talks are about, not the outlet's wording
    kept = "Can Ostrevia Keep Peace Between Dalmar and Vessa? Envoys hope to restore the peace and broker peace soon."
    assert charged_terms(kept) == []
    texts = {
        "a": "The port does reopen. It does not close. The ferry does run.",
        "b": "Traders came back on Monday. The market opened.",
    }
    assert "does" not in [t["term"] for t in distinctive_terms(texts)["a"]]
    # words VADER rates mildly, or that news uses for plain facts, are not an outlet's own framing either
    texts = {
        "a": "The party met its supporters. The party asked supporters for support. Two were killed, and two killed.",
        "b": "Traders came back on Monday. The market opened.",
    }
    assert distinctive_terms(texts)["a"] == []


def test_overlapping_charged_phrases_are_one_term() -> None:
    from storyline.brief.framing import charged_terms

    terms = [
        t["term"]
        for t in charged_terms("They warned of a full-scale nuclear war and an exchange of confrontational rhetoric.")
    ]
    assert "full-scale nuclear war" in terms and "full-scale" not in terms
    assert sum("confrontational" in t for t in terms) == 1, terms


def test_a_split_direct_quote_shows_its_pieces_not_the_narration_between() -> None:
    from storyline.brief.quotes import quote_ledger
    from storyline.models import Quote

    text = (
        'T\n\n"The captain reported a fault," Ada Brenn told reporters at the quay. "We are treating it as a failure."'
    )
    art = make_article("a", "T", text)
    t = art.original
    span = _spans_in(art)

    first, second = '"The captain reported a fault,"', '"We are treating it as a failure."'
    whole = t[t.index(first) : t.index(second) + len(second)]
    q = Quote("a", "direct", span(whole), span("Ada Brenn"), "Ada Brenn", parts=(span(first), span(second)))
    # two quotations (the narration between closes a sentence): a row each, its own words, no narration
    rows = quote_ledger([q], {"a": art})
    assert [(r["text"], r["parts"]) for r in rows] == [(first, []), (second, [])] and whole
    for r in rows:
        assert t[r["start"] : r["end"]] == r["text"]


def test_a_reported_statement_whose_speaker_is_not_named_is_not_in_the_ledger() -> None:
    from storyline.brief.quotes import quote_ledger
    from storyline.models import Quote

    text = 'T\n\nThey believe the ferry was overloaded. Ada Brenn said the ferry was late. "It sank," someone wrote.'
    art = make_article("a", "T", text)
    span = _spans_in(art)

    quotes = [
        Quote("a", "indirect", span("the ferry was overloaded"), span("They"), None),
        Quote("a", "indirect", span("the ferry was late"), span("Ada Brenn"), "Ada Brenn"),
        Quote("a", "direct", span('"It sank,"'), span("someone"), None),
    ]
    assert [r["text"] for r in quote_ledger(quotes, {"a": art})] == ["the ferry was late", '"It sank,"']


def test_a_speaker_named_by_surname_is_listed_under_the_storys_name_for_them() -> None:
    """ "Mr. Kessel" and "Kessel" in articles that never name him in full are John Kessel, the one Kessel of the story;
    "Mrs. Varga" is not Per Varga, and a surname two people share stays as written."""
    from storyline.brief.build import _one_name_a_speaker, _speaker_names
    from storyline.models import Entity

    entities = [
        Entity("k", "John Kessel", "PERSON", variants=["John R. Kessel"]),
        Entity("v", "Per Varga", "PERSON"),
        Entity("l1", "Ada Lind", "PERSON"),
        Entity("l2", "Bo Lind", "PERSON"),
        Entity("p", "Kessel Partners", "ORG"),
    ]
    said = ["Mr. Kessel", "Kessel", "John R. Kessel", "Mrs. Varga", "Lind", "Gov. Kessel", "the mayor", None]
    rows = [{"speaker": s, "also_in": [{"speaker": s}]} for s in said]
    got = [r["speaker"] for r in _one_name_a_speaker(rows, _speaker_names(entities))]
    assert got == ["John Kessel"] * 3 + ["Mrs. Varga", "Lind", "John Kessel", "the mayor", None]
    assert [r["also_in"][0]["speaker"] for r in rows] == got


def test_some_of_a_group_speak_for_themselves_not_for_the_group() -> None:
    """ "Some Democrats said" resolved to the Democratic Party: the ledger shows "Some Democrats"."""
    from storyline.brief.quotes import speaker_name
    from storyline.models import Quote

    text = "T\n\nSome Democrats said the pier must close. Democrats said the vote was fair."
    art = make_article("a", "T", text)
    span = _spans_in(art)
    some = Quote("a", "indirect", span("the pier must close"), span("Some Democrats"), "Democratic Party")
    at = text.index("Democrats said the vote")
    whole = Span("a", at, at + len("Democrats"), "Democrats")
    all_ = Quote("a", "indirect", span("the vote was fair"), whole, "Democratic Party")
    assert speaker_name(some) == "Some Democrats" and speaker_name(all_) == "Democratic Party"


def test_the_headline_does_not_state_a_figure_the_outlets_dispute() -> None:
    from types import SimpleNamespace

    import numpy as np

    from storyline.align.align import Conflict
    from storyline.align.claims import Claim, find_figures
    from storyline.brief.summary import choose_headline

    arts = [
        make_article("a", "Ferry accident: 14 injured off Kessling Point", "Fourteen were hurt."),
        make_article("b", "Steering fault eyed in ferry grounding", "Twelve were hurt."),
    ]
    sides = [
        Claim(0, "a", 0, 18, "14 passengers hurt", 0, figures=find_figures("14 passengers hurt")),
        Claim(0, "b", 0, 18, "12 passengers hurt", 0, figures=find_figures("12 passengers hurt")),
    ]
    vectors = np.array([[1.0, 0.0], [0.8, 0.6]])
    titles = np.array([[1.0, 0.0], [0.8, 0.6]])  # the first title is the closer to what the story says
    calm = SimpleNamespace(vectors=vectors, groups={"a": "a", "b": "b"}, conflicts=[])
    assert choose_headline(arts, titles, calm)["text"].startswith("Ferry accident")  # type: ignore[arg-type, index]
    disputed = SimpleNamespace(**{**vars(calm), "conflicts": [Conflict("figure", "passenger: 12 vs 14", sides)]})
    assert choose_headline(arts, titles, disputed)["text"].startswith("Steering fault")  # type: ignore[arg-type, index]


def test_plain_report_words_are_not_charged_and_loaded_ones_are() -> None:
    from storyline.brief.framing import charged_terms

    terms = {
        t["term"]
        for t in charged_terms("Nobody was hurt. Three were killed. Critics blamed its decrepit, neglected fleet.")
    }
    assert not terms & {"hurt", "killed"}
    assert {"decrepit", "neglected"} <= {w for t in terms for w in t.split()}
    # words that judge motives: "greedy corporate raiders", "a predatory offer", "asset-stripping"
    motives = "Greedy corporate raiders made a predatory offer, and asset-stripping will follow. The Raiders won."
    words = {w for t in charged_terms(motives) for w in t["term"].split()}
    assert {"greedy", "raiders", "predatory", "asset-stripping"} <= words
    assert len([t for t in charged_terms(motives) if "raiders" in t["term"]]) == 1  # the team is a name
    assert not charged_terms("He was listed as a sexual predator in 2004.")  # a legal term (NeuS val)


def test_an_accusation_in_the_outlets_voice_is_charged_a_reported_one_and_a_plain_failure_are_not() -> None:
    from storyline.brief.framing import charged_terms

    def terms(text: str) -> list[str]:
        return [t["term"] for t in charged_terms(text)]

    own = "The weir did not fail by accident. The board ignored warnings for years, and that is criminal negligence."
    assert terms(own) == ["ignored warnings", "criminal negligence"]  # "fail": a plain verb
    assert terms("The sluice failed on Monday and the talks fail again; the failure is under review.") == []
    assert terms("This review is a whitewash.") == ["whitewash"]
    # a charge, a denial, a finding, a lawsuit: the report of an accusation, not the outlet's
    for reported in (
        "The manager was charged with criminal negligence on Friday.",
        "The board denied any cover-up.",
        "Police found no evidence of misconduct.",
        "She was accused of ignoring warnings.",
        "A negligence lawsuit was filed in May.",
    ):
        assert terms(reported) == [], reported


def test_names_routine_praise_and_quoted_words_are_not_the_outlets_charged_terms() -> None:
    from storyline.brief.framing import charged_terms

    text = (
        "The Supreme Court ruled before Super Tuesday, and a super PAC paid for the best seats. "
        'She called it "a disgraceful sham" on Monday. Critics said the reckless plan was a fiasco.'
    )
    terms = {w for t in charged_terms(text) for w in t["term"].split()}
    assert not terms & {"supreme", "super", "best", "disgraceful", "sham"}, terms
    assert {"reckless", "fiasco"} <= terms


def test_a_headline_in_capitals_or_title_case_is_read_for_charged_words() -> None:
    """Capitals that are a headline's style ("DEADLY SANDWICH SCANDAL", "Hospital Bosses' Shameful Cover-Up") are no
    names; acronyms and a capitalised name inside a sentence still are. Every term carries its spans, empty when the
    text has no offsets."""
    from storyline.brief.framing import charged_terms

    def terms(text: str) -> set[str]:
        return {w for t in charged_terms(text) for w in t["term"].split()}

    assert "scandal" in terms("DEADLY SANDWICH SCANDAL: bosses stay silent")
    assert "shameful" in terms("Hospital Bosses' Shameful Cover-Up Exposed")
    assert {t["term"] for t in charged_terms("Mayor Hails Brilliant Plan As Aides Don’t Panic")} == {
        "brilliant",
        "panic",
    }
    assert not terms("The Scandal Club met on Tuesday in the town hall.")
    assert all(t["spans"] == [] for t in charged_terms("A negligent, cut-price caterer"))
    assert {"negligent", "cut-price"} <= terms("A negligent, cut-price caterer")


def test_the_outlet_profile_lists_loaded_wording_not_the_outlets_own_story_words() -> None:
    from storyline.web.profiles import OWN_WORDS, outlet_profile

    frame = {
        "article": "a",
        "outlet": "Daily A",
        "tone": {"compound": -0.2},
        "charged_terms": [
            {"term": "draconian", "count": 2, "why": "loaded or intense wording"},
            {"term": "ferry", "count": 3, "why": OWN_WORDS},
        ],
        "voices": [],
    }
    profile = outlet_profile([{"framing": [frame]}], "Daily A", {"a"})
    assert profile["charged_terms"] == [("draconian", 1)]


def test_a_summary_sentence_with_a_count_is_cited_only_to_sentences_that_give_it() -> None:
    from types import SimpleNamespace

    from storyline.align.align import Fact
    from storyline.align.claims import Claim, find_figures
    from storyline.brief.summary import citations

    def claim(article: str, text: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, figures=find_figures(text))

    own = claim("a", "The ferry ran aground on Tuesday, injuring 14 passengers.")
    same = claim("b", "Fourteen people were hurt when the ferry ran aground on Tuesday.")
    vague = claim("c", "Investigators will study the ferry, which ran aground on Tuesday.")
    fact = Fact([own, same, vague], 3, "corroborated", own)
    groups = {"a": "a", "b": "b", "c": "c", "d": "d"}
    al = SimpleNamespace(
        claims=[own, same, vague], facts=[fact], conflicts=[], groups=groups, scores=np.zeros((3, 3)), vectors=np.eye(3)
    )
    cited = [c["article"] for c in citations(al, 0)]  # type: ignore[arg-type]
    assert cited == ["a", "b"]  # "Fourteen" gives the count; the sentence without it does not support it
    # a sentence aligned with it for a clause it shares supports only that part: it is not cited for the whole
    won = claim("a", "Lena Holt won the Kessling primary, a state she represented for eight years in the Senate.")
    polls = claim("b", "Polls put Holt ten points up in Kessling, which she represented.")
    again = claim("c", "Holt won the primary in Kessling, the state she represented in the Senate for eight years.")
    close = claim("d", "Holt, a senator for eight years, carried her old state's vote with ease.")
    fact = Fact([won, polls, again, close], 4, "corroborated", won)
    scores = np.array([[1, 0.7, 0.8, 0.9], [0.7, 1, 0.6, 0.6], [0.8, 0.6, 1, 0.7], [0.9, 0.6, 0.7, 1]])
    # unit vectors with the first row's cosines: "close" says it in other words (0.9), "polls" only part of it (0.7)
    vectors = np.zeros((4, 4))
    vectors[0, 0] = 1.0
    for k in (1, 2, 3):
        vectors[k, 0], vectors[k, k] = scores[0, k], (1 - scores[0, k] ** 2) ** 0.5
    al = SimpleNamespace(
        claims=[won, polls, again, close], facts=[fact], conflicts=[], groups=groups, scores=scores, vectors=vectors
    )
    assert [c["article"] for c in citations(al, 0)] == ["a", "c", "d"]  # type: ignore[arg-type]


def test_an_undated_weekday_joins_the_dated_entry_of_the_same_fact() -> None:
    from types import SimpleNamespace

    from storyline.brief.build import _fold_unanchored

    def row(article: str, date: str | None, fact: str | None, expression: str = "Tuesday") -> dict[str, object]:
        return {
            "date": date,
            "expression": expression,
            "fact": fact,
            "article": article,
            "start": 5,
            "end": 12,
            "event_start": None,
            "also_in": [],
        }

    no_scores = SimpleNamespace(claims=[], scores=None)
    dated, undated, other = row("a", "2026-04-14", "f0"), row("b", None, "f0"), row("c", None, "f3")
    out = _fold_unanchored([dated, undated, other], no_scores)  # type: ignore[arg-type]
    assert out == [dated, other]  # the other fact's weekday stays as it was, unresolved
    assert [x["article"] for x in dated["also_in"]] == ["b"]  # type: ignore[union-attr]
    assert dated["also_in"][0]["undated"] is True  # type: ignore[index]

    # Two undated "Friday"s whose sentences report the same thing (pair score >= CONFLICT) are one entry;
    # a third "Friday" about something else stays apart.
    import numpy as np

    vote_a, vote_b, match = (
        row("a", None, None, "Friday"),
        row("b", None, None, "Friday"),
        row("c", None, None, "Friday"),
    )
    for r, start in ((vote_a, 0), (vote_b, 0), (match, 0)):
        r["event_start"] = start
    claims = [SimpleNamespace(article=x, start=0) for x in "abc"]
    scores = np.array([[0, 0.8, 0.2], [0.8, 0, 0.2], [0.2, 0.2, 0]])
    out = _fold_unanchored([vote_a, vote_b, match], SimpleNamespace(claims=claims, scores=scores))  # type: ignore[arg-type]
    assert out == [vote_a, match] and [x["article"] for x in vote_a["also_in"]] == ["b"]  # type: ignore[union-attr]


def test_sentences_that_lean_on_the_one_before_are_recognised() -> None:
    from storyline.brief.summary import DANGLING

    leaning = [
        "Both were taken to hospital.",
        "Two remain in Saint Aldric Hospital.",
        "Some of them fled.",
        "It sank.",
        "Now, Vale has answered.",
        "As for Vale, he was calm.",
        "The other captains are fibbing.",
        "Instead, he ran.",
        "Vale also has ties to the town.",
        "Chair Ines Vale also spoke.",
        "(Rusk has since left the race.)",
        "Because at the Lorvik Post, they count it twice.",
        "Vale's comments came as the board met.",
        "Mr. Vale said, gripping the lectern with both hands.",
    ]
    standing = ["Two passengers were hurt.", "Most residents left before dawn.", "Thereafter came rain.", "Itala won.",
                "Nowhere was safe.", "The otter colony grew.", "Now the ferries run again.",
                "Because of the storm, the ferry sank.", "The Also Ran party won a seat.",
                "Mr. Vale said the pier would close."]  # fmt: skip
    assert all(DANGLING.match(t) for t in leaning)
    assert not any(DANGLING.match(t) for t in standing)
    from storyline.brief.summary import LEANING_END

    assert LEANING_END.search("Last month, 26 percent said the same.") and LEANING_END.search("Others did so.")
    assert not LEANING_END.search("The same court ruled on Monday.")
    assert LEANING_END.search("The other candidates are just fibbing in it.")
    assert LEANING_END.search("Houses in two villages were also damaged, he added.")
    assert LEANING_END.search("\u201cThis is an all-hands moment,\u201d he said.")  # the comma inside the quotation
    assert not LEANING_END.search("Houses were damaged, the governor said.")
    assert not LEANING_END.search("The board voted on it, 5 to 2.")
    assert LEANING_END.search("Former mayor Ada Holm agreed with the analysis.")
    assert LEANING_END.search("\u201cWell, let me put it this way,\u201d he continued.")
    assert LEANING_END.search("''This guy's shame has no limits,'' he said.")  # a paper's doubled apostrophes


def test_a_sentence_about_someone_it_does_not_name_leans_on_the_one_before() -> None:
    from storyline.align.claims import Claim
    from storyline.brief.summary import _someone_unnamed

    def claim(text: str, people: frozenset[str] = frozenset()) -> Claim:
        return Claim(0, "a", 0, len(text), text, 0, people=people)

    assert _someone_unnamed(claim("Two of the officers are kneeling over him."))
    assert _someone_unnamed(claim("The senator said his bill would pass."))
    assert not _someone_unnamed(claim("Senator Ada Holm said her bill would pass.", frozenset({"Ada Holm"})))
    assert not _someone_unnamed(claim("Dock workers said they would strike."))  # a group, named
    assert not _someone_unnamed(claim("The board said “he is a fine mayor”."))  # inside a quotation


def test_charged_terms_are_intense_words_and_stop_at_punctuation() -> None:
    from storyline.brief.framing import charged_terms

    terms = {t["term"] for t in charged_terms("It was reckless. disgraceful conduct, said the rescue crews.")}
    assert terms == {"reckless", "disgraceful"}  # two phrases, not "reckless disgraceful"; "rescue" is plain
    assert {t["term"] for t in charged_terms("A crisis loomed over the harbour festival.")} == {"crisis"}


def test_a_citation_must_give_the_sentences_figures_bounds_included() -> None:
    from storyline.align.claims import Claim, find_figures
    from storyline.brief.summary import _states

    def c(text: str) -> Claim:
        return Claim(
            index=0, article="x", start=0, end=len(text), text=text, position=0, figures=tuple(find_figures(text))
        )

    four = [f for f in find_figures("the captain radioed a fault about four minutes before") if f.value >= 4]
    assert not _states(c("The captain radioed a fault minutes before the grounding."), four)
    assert _states(c("The captain radioed a fault 4 minutes before the grounding."), four)
    more = find_figures("The ferry was carrying more than 200 passengers.")
    assert _states(c("It had 212 passengers on board."), more)
    assert not _states(c("It had 120 passengers on board."), more)


def test_words_only_one_outlet_repeats_leave_out_names_and_plain_words() -> None:
    from storyline.brief.framing import distinctive_terms

    texts = {
        "a": "Nyberg said the reckless owners ignored warnings. Nyberg said reckless owners, the owners, worked every night, every night.",
        "b": "The owner, Halvard Warnings Ltd, said the warehouse burned.",
        "c": "Police said the warehouse burned overnight.",
    }
    terms = {t["term"] for t in distinctive_terms(texts)["a"]}
    assert "reckless" in terms and "owners" not in terms  # "owners" three times: a topic word, not an evaluation
    assert not terms & {"nyberg", "every", "night", "warnings"}  # a name, plain words, another outlet's word


def test_two_ways_of_naming_one_speaker_are_no_dispute_over_who_said_it() -> None:
    from storyline.brief.quotes import attribution_conflicts, same_speaker

    assert same_speaker("Bob Woodward", "Mr Woodward")
    assert same_speaker("Justice Vincent DelGiudice", "Vincent Del Giudice")
    assert not same_speaker("Peyton Hillis", "Brady Quinn")
    said = "the flaw affects every version of the browser"
    row = {"article": "a", "start": 0, "end": 9, "text": said, "speaker": "Paul Ferguson"}
    other = {"article": "b", "start": 0, "end": 9, "text": said, "speaker": "Trend Micro"}
    ledger = [
        {
            **row,
            "speaker_mention": {"text": "Ferguson"},
            "also_in": [{**other, "speaker_mention": {"text": "Trend Micro"}}],
        }
    ]
    assert attribution_conflicts(ledger, people={"paul ferguson"}) == []  # a company's words read by its spokesman
    assert len(attribution_conflicts(ledger)) == 1
    short = [{**ledger[0], "text": "to requests for comment"}]  # boilerplate anyone writes
    short[0]["also_in"] = [{**ledger[0]["also_in"][0], "text": "to requests for comment"}]
    assert attribution_conflicts(short) == []


def test_one_quotation_under_two_names_is_one_dispute_with_a_side_per_article() -> None:
    from storyline.brief.quotes import attribution_conflicts

    said = "We have read the crane report and we will answer every point of it"

    def row(article: str, speaker: str, others: list[dict[str, object]]) -> dict[str, object]:
        return {"article": article, "start": 5, "end": 50, "text": said, "speaker": speaker,
                "speaker_mention": {"text": speaker}, "also_in": others}  # fmt: skip

    a, b, c, d = (row("a", "Oren Talby", []), row("b", "Oren Talby", []), row("c", "Ilka Marsh", []),
                  row("d", "I. Marsh", []))  # fmt: skip
    # the ledger lists the quotation once per wording, each row with the articles it matched
    ledger = [{**a, "also_in": [b, c]}, {**d, "also_in": [c]}]
    [conflict] = attribution_conflicts(ledger)
    assert conflict["topic"] == "who said it: Oren Talby vs Ilka Marsh"
    assert [(s["article"], s["speaker"]) for s in conflict["sides"]] == [
        ("a", "Oren Talby"), ("b", "Oren Talby"), ("c", "Ilka Marsh"), ("d", "I. Marsh")]  # fmt: skip
    assert attribution_conflicts([{**a, "also_in": [b]}]) == []  # one name, two outlets: no dispute
    # one outlet's two articles naming two people: not outlets disagreeing (the schema's rule for every conflict)
    assert attribution_conflicts([{**a, "also_in": [c]}], sources={"a": "x", "c": "x"}) == []
    assert len(attribution_conflicts([{**a, "also_in": [c]}], sources={"a": "x", "c": "y"})) == 1


def test_a_cue_is_shown_with_its_particle() -> None:
    from storyline.brief.quotes import _cue_text

    a = make_article("a", "T", "The envoy pointed out that the deal had failed twice before.")
    start = a.original.index("pointed")
    content = a.original.index("the deal")
    q = Quote(
        "a",
        "indirect",
        Span("a", content, len(a.original) - 1, a.original[content:-1]),
        cue=Span("a", start, start + 7, "pointed"),
    )
    assert _cue_text(q, a) == "pointed out"
    for text, cue, shown in (
        ("The envoy said on Tuesday that the deal had failed twice.", "said", "said"),
        ("The envoy called on the council to see that the deal is revived.", "called", "called on"),
    ):
        b = make_article("b", "T", text)
        at, content = b.original.index(cue), b.original.index("the deal")
        q = Quote(
            "b", "indirect", Span("b", content, len(text) - 1, text[content:-1]), cue=Span("b", at, at + len(cue), cue)
        )
        assert _cue_text(q, b) == shown, text


def test_headlines_and_datelines_repeated_in_the_text_are_not_summary_sentences() -> None:
    from storyline.align.claims import Claim
    from storyline.brief.summary import _headline

    def c(text: str, position: int = 3) -> Claim:
        return Claim(index=0, article="x", start=0, end=len(text), text=text, position=position)

    assert _headline(c("Obama Administration Restores Endangered Species Act Protections!"))
    assert _headline(c("Mar 4, 2009"))
    assert _headline(c("April 24, 2013 - 4: 45pm", position=9))  # a time stamp closing an article
    assert not _headline(c("The ferry sank at 4:45 pm on Tuesday.", position=9))
    assert _headline(c("Obama overturns Bush endangered species rule", position=0))
    assert not _headline(c("Obama overturned a Bush rule on endangered species on Tuesday.", position=0))
    assert not _headline(c("The administration said the rule would be reviewed", position=4))  # a cut-off lead


def test_an_editors_note_is_no_fact_but_counts_for_framing() -> None:
    note = "Editor’s note: Ossian Vell is a serial liar and a disgraceful bully who has repeatedly misled voters."
    a = make_article("a", "Council passes budget", BODY_A + "\n\n" + note, outlet="Daily A")
    b = make_article("b", "Budget approved by city council", BODY_B, outlet="B News")
    brief = _brief([a, b])
    said = [s["text"] for s in brief["summary"]] + [f["text"] for f in brief["facts"]]
    assert not [t for t in said if "serial liar" in t]
    terms = {t["term"] for f in brief["framing"] if f["article"] == "a" for t in f["charged_terms"]}
    assert any("liar" in t or "disgraceful" in t for t in terms), terms
    # the note's terms carry their spans too, like every other term: as many as their count, at the words
    for t in (t for f in brief["framing"] if f["article"] == "a" for t in f["charged_terms"]):
        assert len(t["spans"]) == t["count"], t
        assert all(a.original[s["start"] : s["end"]].lower() == t["term"] for s in t["spans"]), t


def test_a_page_timestamp_is_no_fact_and_a_repeated_line_is_listed_once() -> None:
    from storyline.brief.build import _timestamp

    assert _timestamp("Friday August 2, 2013 @ 8: 13am PDT") and _timestamp("Posted Dec 23, 2012")
    assert not _timestamp("The fire started on Monday at 11 p.m.")
    stamp = "Posted Dec 23, 2012"
    line = "It takes 2,383 delegates to win the nomination in Ostrava."
    a = make_article("a", "Live: the count", f"{stamp}\n\n{line}\n\nMore votes came in.\n\n{line}", outlet="A")
    b = make_article("b", "The count goes on", f"{stamp}\n\nVoters queued for hours in Ostrava.", outlet="B")
    brief = _brief([a, b])
    texts = [f["text"] for f in brief["facts"]]
    assert stamp not in texts
    assert texts.count(line) <= 1


def test_a_speaker_mention_that_names_nobody_is_shown_as_unattributed() -> None:
    from storyline.brief.quotes import speaker_name

    def quote(mention: str, entity: str | None = None) -> Quote:
        return Quote("a", "direct", Span("a", 0, 5, '"Hi."'), Span("a", 10, 10 + len(mention), mention), entity)

    assert speaker_name(quote("it")) is None and speaker_name(quote("55 percent")) is None
    assert speaker_name(quote("trust")) is None
    for junk in ("for his recently", "it further", "the convention’s", "Nobody", "the notion", "his best response"):
        assert speaker_name(quote(junk)) is None, junk
    assert speaker_name(quote("the report")) == "the report" and speaker_name(quote("Bonar Law")) == "Bonar Law"
    assert speaker_name(quote("people familiar with the matter")) == "people familiar with the matter"
    assert speaker_name(quote("police")) == "police" and speaker_name(quote("critics")) == "critics"  # groups speak
    assert speaker_name(quote("a former committee staffer")) == "a former committee staffer"
    assert speaker_name(quote("he", "Ossian Vell")) == "Ossian Vell"
    a = make_article("a", "T", 'The email arrived. "We will win the vote," it said. Nobody answered.')
    start = a.original.index('"We will')
    end = a.original.index(",", start) + 2
    it = a.original.index("it said")
    ext = {
        "a": ArticleExtraction(
            "a",
            quotes=[Quote("a", "direct", Span("a", start, end, a.original[start:end]), Span("a", it, it + 2, "it"))],
        )
    }
    (q,) = _brief([a], ext)["quotes"]
    assert q["speaker"] is None and q["speaker_mention"]["text"] == "it"


def test_a_document_is_a_source_not_a_voice_and_a_denied_speaker_is_nobody() -> None:
    from storyline.brief.framing import voices
    from storyline.brief.quotes import document_source, speaker_name

    def quote(mention: str, entity: str | None = None) -> Quote:
        return Quote("a", "indirect", Span("a", 0, 5, "x"), Span("a", 10, 10 + len(mention), mention), entity)

    paper = quote("The full paper on the Tessry pill, published on 4 May 2031 in the Varrow Journal of Gout")
    assert speaker_name(paper) == "The full paper" and document_source(paper)
    study = quote("a study by Brennock University researchers on sleep")
    assert speaker_name(study) == "a study by Brennock University researchers" and document_source(study)
    assert speaker_name(quote("not one of them")) is None and speaker_name(quote("none of the papers")) is None
    people = [quote("Ilse Varga, speaking in Tessry"), quote("the report's authors"), quote("a spokesman", "Odo Brin")]
    assert [speaker_name(q) for q in people] == ["Ilse Varga", "the report's authors", "Odo Brin"]
    assert not any(document_source(q) for q in people)
    said = voices("a", [paper, study, *people], {})
    assert [v["speaker"] for v in said] == ["Ilse Varga", "the report's authors", "Odo Brin"]


def test_a_quoted_sentence_whose_speaker_is_named_elsewhere_is_no_summary_sentence() -> None:
    from types import SimpleNamespace

    import numpy as np

    from storyline.align.claims import Claim
    from storyline.brief.summary import SummaryOptions, sentence_scores

    texts = ["Russia would benefit from a deal between the two sides.", "Russia offered to mediate between the sides."]
    claims = [
        Claim(0, "a", 0, len(texts[0]), texts[0], 1, quoted=1.0, attributed=False),
        Claim(1, "b", 0, len(texts[1]), texts[1], 0),
    ]
    al = SimpleNamespace(claims=claims, vectors=np.eye(2), centrality=np.array([1.0, 0.5]), groups={"a": "a", "b": "b"})
    scores = sentence_scores(al, np.zeros((0, 2)), SummaryOptions())  # type: ignore[arg-type]
    assert np.isneginf(scores[0]) and np.isfinite(scores[1])


def test_the_summary_gives_a_disputed_figure_once() -> None:
    from types import SimpleNamespace

    import numpy as np

    from storyline.align.align import Conflict
    from storyline.align.claims import Claim, find_figures
    from storyline.brief.summary import SummaryOptions, choose_sentences

    texts = [
        "The ferry ran aground off Kessling Point on Tuesday, injuring 14 passengers.",
        "Fourteen passengers were injured, two of them seriously, according to the authority.",
        "Rescue crews brought all passengers ashore by midnight.",
        "Twelve passengers were hurt when the ageing ferry hit a sandbar.",
    ]
    claims = [
        Claim(k, "abcd"[k], 0, len(t), t, 0, figures=tuple(find_figures(t))) for k, t in enumerate(texts)
    ]  # fmt: skip
    disputed = frozenset(claims[0].figure_keys() | claims[3].figure_keys())
    assert claims[1].figure_keys() & disputed == {(14.0, "passenger")}  # "Fourteen passengers": the same figure
    conflict = Conflict("figure", "passenger: 12 vs 14", [claims[0], claims[3]], disputed=disputed)
    al = SimpleNamespace(
        claims=claims,
        vectors=np.eye(4),
        scores=np.zeros((4, 4)),
        facts=[],
        conflicts=[conflict],
        groups={},
        beaten=set(),
    )
    chosen = choose_sentences(al, np.array([3.0, 2.0, 1.0, -5.0]), SummaryOptions())  # type: ignore[arg-type]
    assert chosen == [0, 2]  # not the same disputed 14 a second time, nor the other side's 12 (scored low)


def test_a_speaker_mention_is_shown_without_what_it_trails_into_and_a_share_is_no_voice() -> None:
    from types import SimpleNamespace

    from storyline.brief.quotes import speaker_name

    def shown(mention: str) -> str | None:
        return speaker_name(SimpleNamespace(speaker_entity=None, speaker=SimpleNamespace(text=mention)))  # type: ignore[arg-type]

    assert shown("Vale's campaign, which") == "Vale's campaign"
    assert shown("The campaign's statement then") == "The campaign's statement"
    assert shown("port officials") == "port officials"
    assert shown("Both objections, which on their face seemed weak") == "Both objections"
    assert shown("Ivo Marsh, who chairs the board") == "Ivo Marsh"
    for nobody in ("Nearly three in four", "A mere 9 percent", "six in 10 who", "the “kind of problems"):
        assert shown(nobody) is None, nobody
    assert shown("Ivo Marsh's attorney on Tuesday night") == "Ivo Marsh's attorney"
    assert shown("a filing released Friday") == "a filing released Friday"  # not "a filing released"
    # a cut phrase or a piece of a quotation names nobody: "the last of which reported", "... aircraft” to spy"
    for cut in ("the last of which", "the new guidance, but", "busiest aircraft” to spy, and “everyone saw"):
        assert shown(cut) is None, cut


def test_a_country_a_role_is_about_is_not_the_speakers_side() -> None:
    from storyline.brief.framing import affiliation

    assert affiliation(["Kremlin spokesman"]) == "Russia"
    assert affiliation(["the mayor's adviser on Ukraine"]) is None
    assert affiliation(["US ambassador to China"]) == "United States"
    assert affiliation(["Russia's envoy to the UN"]) == "Russia"


def test_voices_carry_their_party_and_an_outlet_its_quotes_by_side() -> None:
    from storyline.brief.framing import party, voice_sides

    assert party(["House Speaker Ivo Marsh (R-Kess.)"]) == "Republican"
    assert party(["Sen. Ada Brisk, D-Lorr."]) == "Democrat"
    assert party(["a Republican strategist", "Democratic donor"]) is None  # one each: not told
    assert party(["harbour master"]) is None
    voices = [
        {"speaker": "Ivo Marsh", "party": "Republican", "affiliation": "United States", "quotes": 3},
        {"speaker": "Ada Brisk", "party": "Democrat", "affiliation": None, "quotes": 1},
        {"speaker": "Kremlin", "party": None, "affiliation": "Russia", "quotes": 2},
        {"speaker": "port officials", "party": None, "affiliation": None, "quotes": 1},
        {"speaker": "unattributed", "party": None, "affiliation": None, "quotes": 4},
    ]
    assert voice_sides(voices) == {"Republican": 3, "Russia": 2, "Democrat": 1, "other": 1}


def test_a_voice_without_party_or_country_is_told_by_its_organisation_then_by_its_kind() -> None:
    from storyline.brief.framing import voice_sides, voices
    from storyline.models import Entity, Quote, Span

    def ent(name: str, type_: str, roles: list[str], articles: list[str]) -> Entity:
        return Entity(key=name.lower(), name=name, type=type_, roles=roles, articles=articles)

    entities = {
        e.name: e
        for e in [
            ent("Orla Penhallow", "PERSON", ["spokeswoman for the Tessory Harbour Board"], ["a", "b"]),
            ent("Tessory Harbour Board", "ORG", [], ["a"]),
            ent("Brin Calloway", "PERSON", ["the presiding judge"], ["a"]),
            ent("Mara Quillon", "PERSON", ["the former chair of the Tessory Harbour Board", "defence lawyer"], ["a"]),
            ent("Ivo Strand", "PERSON", ["a ferry passenger"], ["a"]),
            ent("Nell Arkwright", "PERSON", ["ferry captain"], ["a"]),
        ]
    }

    def quote(article: str, who: str) -> Quote:
        return Quote(article=article, kind="direct", content=Span(article, 0, 5, "words"), speaker_entity=who)

    said = voices("a", [quote("a", n) for n in entities if n != "Tessory Harbour Board"], entities)
    got = {v["speaker"]: (v["affiliation"], v["kind"]) for v in said}
    assert got["Orla Penhallow"] == ("Tessory Harbour Board", None)
    assert got["Brin Calloway"] == (None, "court")
    assert got["Mara Quillon"] == (None, "defence")  # the board is a role she no longer holds
    assert got["Ivo Strand"] == (None, "the public")
    assert got["Nell Arkwright"] == (None, None)
    assert voice_sides(said) == {"Tessory Harbour Board": 1, "court": 1, "defence": 1, "the public": 1, "other": 1}
    # article b never names the board: the spokeswoman's role told elsewhere is not b's side
    assert voices("b", [quote("b", "Orla Penhallow")], entities)[0]["affiliation"] is None


def test_an_attribution_dispute_counts_a_speaker_once_whatever_the_spelling() -> None:
    from storyline.brief.build import _link_attributions

    def side(article: str, speaker: str) -> dict:  # type: ignore[type-arg]
        return {"article": article, "start": 10, "end": 40, "text": "words", "speaker": speaker}

    conflict = {"id": "c0", "sides": [side("a", "Holt"), side("b", "Maren Holt"), side("c", "Pavel Strand")]}
    fact = {
        "text": "words, said Pavel Strand",
        "status": "corroborated",
        "conflicts": [],
        "sources": [
            {"article": "c", "start": 0, "end": 60, "text": "words, said Pavel Strand"},
            {"article": "a", "start": 0, "end": 50, "text": "words, Holt said"},
        ],
    }
    sentence = {
        "text": "words, Holt said",
        "conflicts": [],
        "citations": [{"article": "a", "start": 0, "end": 50}, {"article": "b", "start": 0, "end": 50},
                      {"article": "c", "start": 0, "end": 60}],
    }  # fmt: skip
    _link_attributions([conflict], [fact], [sentence], {"a": "a", "b": "b", "c": "c"})
    assert fact["status"] == "conflicting" and fact["text"] == "words, Holt said"  # Holt twice, Strand once
    assert [c["article"] for c in sentence["citations"]] == ["a", "b"] and sentence["conflicts"] == ["c0"]


def test_long_quotations_are_compared_by_their_opening_and_do_not_hang_the_ledger() -> None:
    import random
    import threading

    from storyline.brief.quotes import quote_ledger
    from storyline.models import Quote

    rng = random.Random(0)
    words = [
        "the",
        "mayor",
        "said",
        "that",
        "plan",
        "would",
        "close",
        "harbour",
        "bridge",
        "road",
        "vote",
        "city",
        "council",
    ]
    long_a = " ".join(rng.choice(words) for _ in range(2000))
    long_b = " ".join(rng.choice(words) for _ in range(2000))
    excerpt = " ".join(long_a.split()[:60])
    texts = {"a": long_a, "b": long_b, "c": excerpt}
    arts = {k: make_article(k, "T", f"T\n\n{t}, Ada Lind said.") for k, t in texts.items()}
    quotes = [
        Quote(k, "indirect", _spans_in(x)(texts[k]), _spans_in(x)("Ada Lind"), "Ada Lind") for k, x in arts.items()
    ]
    rows: list[list[dict]] = []
    worker = threading.Thread(target=lambda: rows.append(quote_ledger(quotes, arts)), daemon=True)
    worker.start()
    worker.join(60)  # before: about two minutes for the one pair of long quotations
    assert rows, "the quote ledger did not finish"
    by_article = {r["article"]: {o["article"] for o in r["also_in"]} for r in rows[0]}
    assert by_article["a"] == {"c"}  # the excerpt is the opening of a's quotation
    assert "b" in by_article  # b's words are others: a row of their own


def test_a_summary_sentence_cut_off_with_its_text_is_marked() -> None:
    # a feed's lead clipped mid-sentence: the sentence is shown as cut, not as a whole statement
    clipped = "The harbour board voted on Tuesday to close the north pier. The board will now study whether the"
    a = make_article("a", "T", clipped)
    b = make_article("b", "T", "The harbour board voted on Tuesday to close the north pier for repairs.")
    brief = _brief([a, b], options=BriefOptions(summary=SummaryOptions(max_words=200)))
    cut = [s for s in brief["summary"] if s["text"].endswith("whether the")]
    whole = [s for s in brief["summary"] if not s["text"].endswith("whether the")]
    assert cut and all(s["cut"] for s in cut) and whole and not any(s["cut"] for s in whole)
    assert "whether the …" in render_markdown(brief) and "whether the …" in render_html(brief)


def test_pieces_of_sentences_inside_a_text_are_no_summary_sentences() -> None:
    # a sentence cut by a line break inside the text, and one the splitter began in lower case
    broken = (
        "Mayor Ada Lind, who has called the pier closure both a scandal and a\n"
        "failure of the harbour board, spoke on Tuesday.\n\n"
        "The board closed the north pier on Monday after divers found cracks in its piles.\n\n"
        "a long-time critic of the board, the union says."
    )
    a = make_article("a", "T", broken)
    b = make_article("b", "T", "The harbour board closed the north pier on Monday after divers found cracked piles.")
    brief = _brief([a, b], options=BriefOptions(summary=SummaryOptions(max_words=200)))
    texts = [s["text"] for s in brief["summary"]]
    assert texts and not any(t.endswith(" a") or t.startswith("a long-time") for t in texts), texts


def test_a_page_of_readers_letters_gives_neither_summary_nor_headline() -> None:
    from storyline.brief.summary import readers_letters

    letters = (
        "Lind must go now.\n\nLETTERS.\n\nThe harbour board closed the north pier because Mayor Lind let it rot for "
        "years, and every voter in Velmont knows it.\n\nAnna Holm.\n\nVelmont.\n\nThe pier closure is the mayor's "
        "fault and nobody else's, and the board should say so.\n\nPer Nyberg."
    )
    assert readers_letters(letters) and not readers_letters("Pier shut.\n\nThe board shut the pier. Letters arrived.")
    a = make_article("a", "Harbour board closes north pier", "The harbour board closed the north pier on Monday.")
    b = make_article("b", "Lind must go now", letters)
    b = dataclasses.replace(b, title="Lind must go now", title_span=(0, len("Lind must go now")))
    brief = _brief([a, b], options=BriefOptions(summary=SummaryOptions(max_words=200)))
    assert brief["summary"] and all(c["article"] == "a" for s in brief["summary"] for c in s["citations"][:1])
    assert brief["headline"]["text"] == "Harbour board closes north pier"
    # ingested as a record, the page's heading is cleaned out of its text: the text as ingested still tells
    from storyline.ingest import build_article
    from storyline.ingest.drafts import Draft

    c = build_article(Draft(source="c.jsonl", original=letters, fmt="json", title="Lind must go now", outlet="Post"))
    assert isinstance(c, Article) and "LETTERS" not in c.text
    brief = _brief([a, dataclasses.replace(c, id="c")], options=BriefOptions(summary=SummaryOptions(max_words=200)))
    assert brief["summary"] and all(cit["article"] == "a" for s in brief["summary"] for cit in s["citations"][:1])
    assert brief["headline"]["text"] == "Harbour board closes north pier"


def test_a_readers_letter_corroborates_nothing() -> None:
    """A letter that repeats the news is no second source for it; an outlet's second report is."""
    news = "The harbour board closed the north pier on Monday after engineers found cracks in its pilings."
    letters = (
        "Pier closure.\n\nLETTERS.\n\nThe harbour board closed the north pier on Monday after engineers found"
        " cracks in its pilings, and Mayor Lind let it rot for years.\n\nAnna Holm.\n\nVelmont."
    )
    a = make_article("a", "Harbour board closes north pier", news)
    b = make_article("b", "Pier closure", letters)
    c = make_article("c", "North pier shut", news.replace("closed", "shut"))
    brief = _brief([a, b], options=BriefOptions(summary=SummaryOptions(max_words=200)))
    assert not [f for f in brief["facts"] if f["status"] == "corroborated"], brief["facts"]
    assert all(f["independent_sources"] >= 1 for f in brief["facts"])
    brief = _brief([a, b, c], options=BriefOptions(summary=SummaryOptions(max_words=200)))
    [fact] = [f for f in brief["facts"] if "pilings" in f["text"]]
    assert fact["status"] == "corroborated" and fact["independent_sources"] == 2
    assert {s["article"] for s in fact["sources"]} >= {"a", "c"}
    assert not [o for o in brief["omissions"] if o["article"] == "b"]


def test_a_date_after_publication_is_planned_whatever_the_wording() -> None:
    from storyline.brief.build import _after_publication

    assert _after_publication("2016-11", "2016-07-18") and _after_publication("2017", "2016-07-18")
    assert _after_publication("2016-07-21", "2016-07-18T09:00:00")
    assert not _after_publication("2016-07", "2016-07-18")  # this month: it may have happened already
    assert not _after_publication("2016-07-18", "2016-07-18") and not _after_publication("2016-02", "2016-07-18")
    assert not _after_publication(None, "2016-07-18") and not _after_publication("2016-11", None)


def test_a_date_told_as_planned_is_marked_on_the_timeline() -> None:
    from storyline.extract.dates import planned

    text = "The board will meet on Friday. A potential run in 2024 was discussed. The pier closed on Monday."
    assert planned(text, 0, text.index("Friday"))
    assert planned(text, text.index("A potential"), text.index("2024"))
    assert not planned(text, text.index("The pier"), text.index("Monday"))
    assert not planned("The vote was held in May 2021.", 0, len("The vote was held in "))
    riot = "He was charged for stirring the crowd ahead of the Jan. 6 riot."
    assert not planned(riot, 0, riot.index("Jan. 6"))  # what comes after a past "ahead of" is no plan


def test_an_outlets_own_words_are_neither_a_speakers_nor_terminology() -> None:
    from storyline.brief.framing import charged_terms, distinctive_terms, framing
    from storyline.models import Quote

    # the name of a thing is no charged wording; the same word used loosely is
    assert charged_terms("He was held in contempt of Congress after disaster relief stalled.") == []
    assert [t["term"] for t in charged_terms("He showed contempt for voters.")] == ["showed contempt"]
    # in a lead of a few sentences, a word used twice is no outlet's own wording; three times, or an
    # evaluative word twice, is
    texts = {
        "a": "The mayor was making a trip. The trip was long. The mayor called it a sham, a sham vote.",
        "b": "Council members met on Monday. Traders reopened their stalls.",
    }
    assert [t["term"] for t in distinctive_terms(texts)["a"]] == ["sham"]
    # what a speaker is reported to have said, in quotation marks or not, is not the outlet's wording
    text = "Vale spoke of the board's sham inquiry. The board met on Monday."
    a = make_article("a", "T", text)
    b = make_article("b", "T", "The board met on Monday and took no vote.")
    start = a.original.index("the board's sham")
    content = Span("a", start, start + len("the board's sham inquiry"), "the board's sham inquiry")
    q = Quote("a", "indirect", content, Span("a", a.original.index("Vale"), a.original.index("Vale") + 4, "Vale"))
    from storyline.align.align import align
    from storyline.align.claims import Claim

    sents = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", a.original)]
    claims = [Claim(k, "a", s, e, a.original[s:e], k) for k, (s, e) in enumerate(sents)]
    al = align(claims, np.eye(len(claims)))
    rows = framing([a, b], al, [q], [], np.zeros((0, 3)), [])
    assert not any("sham" in t["term"] for t in rows[0]["charged_terms"])
    assert any("sham" in t["term"] for t in framing([a, b], al, [], [], np.zeros((0, 3)), [])[0]["charged_terms"])


def test_wording_far_from_a_date_or_inside_a_quotation_makes_no_plan() -> None:
    from storyline.extract.dates import planned

    far = "It may also be mere coincidence that Vale made the announcement about the pier on a Friday night."
    assert not planned(far, 0, far.index("Friday"))
    quoted = "\u201cIt will be revealed in the not too distant future,\u201d Vale wrote on Monday."
    assert not planned(quoted, 0, quoted.index("Monday"))
    assert planned(
        "Vale is expected to meet with the board Tuesday.", 0, len("Vale is expected to meet with the board ")
    )


def test_a_correction_of_a_figure_is_no_support_and_counts_are_told_apart() -> None:
    from storyline.align.align import _counted_otherwise, _far_apart
    from storyline.align.claims import find_figures
    from storyline.brief.summary import _states

    class _C:  # the parts of a claim these rules read
        def __init__(self, text: str) -> None:
            self.text, self.figures = text, find_figures(text)

    first = _C("The leak sent 23 people to hospital and forced the evacuation of about 1,400 households.")
    corrected = _C("The leak sent 17 people to hospital and forced the evacuation of about 1,400 households.")
    assert not _states(corrected, first.figures)  # "17 people" does not support "23 people"
    assert _states(_C("Twenty-three people were taken to hospital."), first.figures)
    moved = _C("About 1,400 people were moved out of their homes.")
    people = [f for f in moved.figures if f.unit == "people"]
    assert _counted_otherwise(people, first)  # the wire gives 1,400 too, as households
    assert _far_apart(people, [f for f in first.figures if f.unit == "people"])
    assert [(f.value, f.unit) for f in find_figures("Twelve buses were destroyed")] == [(12.0, "bus")]
    for words, value in (("Twenty-one", 21.0), ("ninety nine", 99.0), ("Forty-three", 43.0)):
        assert [(f.value, f.unit) for f in find_figures(f"{words} people were hurt")] == [(value, "people")]
    assert find_figures("Twelve buses were destroyed")[0].plain
    assert not find_figures("two people were hurt")[0].plain
    assert find_figures("a dozen passengers were hurt")[0].kind == "about"


def test_a_revised_figure_leads_the_summary_over_the_first_report() -> None:
    first = (
        "A chlorine leak at the Tarvell plant in Osterby sent 23 people to hospital on Monday, the fire service said."
    )
    arts = [
        make_article("a", "Leak in Osterby", first + " Crews sealed the tank by noon.", outlet="Wire"),
        make_article("b", "Osterby leak", first + " Crews sealed the tank by noon.", outlet="Wire copy"),
        make_article(
            "c",
            "Osterby leak: fewer hurt",
            "The fire service said on Wednesday that 17 people had been treated in hospital after the chlorine leak"
            " at the Tarvell plant in Osterby, fewer than first reported.",
            outlet="Ledger",
        ),
    ]
    brief = _brief(arts, groups={"a": "a", "b": "a", "c": "c"})
    assert brief["conflicts"] and "17 vs 23" in brief["conflicts"][0]["topic"]
    assert not any("23 people" in s["text"] for s in brief["summary"])  # neither the wire nor its copy leads
    conflict = brief["conflicts"][0]
    ((span,),) = [conflict["revised_by"]]
    assert span["article"] == "c" and arts[2].original[span["start"] : span["end"]].startswith(
        "The fire service said on"
    )
    assert (
        '("fewer than first reported")' in conflict["detail"]
        and "Ledger gives the figure as revised" in conflict["detail"]
    )
    (fact,) = [f for f in brief["facts"] if "c0" in f["conflicts"]]
    assert "17 people" in fact["text"]  # worded as revised: not the wire's copy, a side of the conflict by its source


@pytest.mark.parametrize("reverse", [False, True])
def test_an_outlet_that_revises_its_own_earlier_figure_is_on_the_side_of_the_revision(reverse: bool) -> None:
    first = "Eight hikers were rescued from Mount Quillan after the storm, the Dunmere Mountain Rescue said."
    revision = (
        "The Dunmere Mountain Rescue on Sunday revised the number of hikers rescued from Mount Quillan after the"
        " storm to twelve, up from the eight first reported."
    )
    night, trail = " Volunteers searched through the night.", " The trail was closed on Friday."
    told = {
        "a": ("Hikers rescued", first + trail, "Kestrel Daily"),
        "b": ("Storm on Quillan", first + night, "Alder Wire"),
        "c": ("Quillan rescue", first + trail, "Tollbay News"),
        "d": ("Twelve hikers rescued", revision + night, "Kestrel Daily"),
    }
    arts = [make_article(k, title, body, outlet=outlet) for k, (title, body, outlet) in told.items()]
    arts = arts[::-1] if reverse else arts
    brief = _brief(arts, groups={"a": "a", "b": "b", "c": "c", "d": "a"})
    (conflict,) = [c for c in brief["conflicts"] if c["kind"] == "figure"]
    assert sorted(re.findall(r"\d+", conflict["topic"])) == ["12", "8"]
    # the outlet's revision is its side, not its earlier report of eight, and it wins
    assert [s["article"] for s in conflict["revised_by"]] == ["d"]
    assert "a" not in {s["article"] for s in conflict["sides"]}
    assert not any(s["text"].startswith("Eight hikers") for s in brief["summary"])
    (fact,) = [f for f in brief["facts"] if conflict["id"] in f["conflicts"]]
    assert "twelve" in fact["text"]


def test_a_topic_word_one_outlet_repeats_is_not_its_framing() -> None:
    from storyline.brief.framing import distinctive_terms

    texts = {
        "a": "The missile flew east. A second missile fell short. Officials called the launch a reckless provocation.",
        "b": "Officials said a launch took place on Monday and that the test ended at noon.",
    }
    assert [t["term"] for t in distinctive_terms(texts)["a"]] == []  # "missile" twice: the topic, not a stance
    texts["a"] += " It was reckless."
    assert [t["term"] for t in distinctive_terms(texts)["a"]] == ["reckless"]


def test_a_headlines_own_words_are_words() -> None:
    from storyline.brief.framing import _headline_words

    title = "Brekke's 'jail' threat: U.S. says 'all options on the table' if Osterby doesn't pay 2nd levy"
    assert _headline_words(title, ["Osterby levy talks stall"]) == [
        "Brekke",
        "jail",
        "threat",
        "U.S.",
        "options",
        "table",
        "pay",
    ]


def test_a_fact_an_outlets_own_headline_states_is_not_left_out() -> None:
    """One entry per outlet that leaves a fact out, with its articles; not one whose headline states it (D: in one of
    its articles' headlines, so its other article has not left it out either)."""
    lead = "Mayor Pell Oduya said all options remain on the table for the harbour levy dispute."
    strike = "Traders closed early on Monday, and the dock workers rallied."
    arts = [
        make_article("a", "Levy talks", lead + " The port board meets on Friday.", outlet="A"),
        # each in its own words: a lead copied word for word would be one source (align.copied_units)
        make_article("b", "Levy row", lead.replace(" said", " says") + " Dock workers rallied outside.", outlet="B"),
        make_article(
            "c",
            "Levy dispute",
            lead.replace("Mayor Pell Oduya", "Pell Oduya, the mayor,") + " Traders closed early.",
            outlet="C",
        ),
        make_article("e1", "Harbour strike", strike, outlet="E"),
        make_article("e2", "Harbour strike, day two", "Dock workers marched to the town hall on Tuesday.", outlet="E"),
        make_article("d1", "Harbour strike", strike, outlet="D"),
        make_article(
            "d2", "All options remain on the table in harbour levy dispute, mayor says", "Traders closed.", outlet="D"
        ),
    ]
    brief = _brief(arts)
    fact = next(f["id"] for f in brief["facts"] if "all options" in f["text"])
    left_out = [o for o in brief["omissions"] if fact in o["facts"]]
    assert [(o["outlet"], o["article"], o["articles"]) for o in left_out] == [("E", "e1", ["e1", "e2"])]


def test_copies_carried_by_two_outlets_leave_a_fact_out_once_under_both_names() -> None:
    from storyline.brief.render import render_markdown
    from storyline.web.profiles import outlet_profile

    brief = {
        "story": "s1",
        "facts": [{"id": "f0", "text": "The pier closed on Monday."}],
        "omissions": [{"article": "d", "articles": ["d", "e"], "outlet": "D", "outlets": ["D", "E"], "facts": ["f0"]}],
        "framing": [],
    }
    voiced = {**brief, "framing": [{"article": "d", "outlet": "D", "voices": [{"speaker": "Ada Lind", "quotes": 2}]}]}
    assert outlet_profile([voiced], "D", {"d"})["voices"] == [("Ada Lind", 2)]  # quoted twice, counted twice
    for outlet in ("D", "E"):  # each outlet's page lists what the copies it carries leave out
        assert [o["text"] for o in outlet_profile([brief], outlet, {"d", "e"})["omissions"]] == [
            "The pier closed on Monday."
        ]
    pier = "The harbour board closed the north pier on Monday after cracks were found."
    market = "Traders sold fish at the market on Saturday. Prices rose."
    arts = [make_article(x, "Pier", pier, outlet=x.upper()) for x in "abc"]
    arts += [make_article(x, "Market day", market, outlet=x.upper()) for x in "de"]
    full = _brief(arts, groups={"d": "d", "e": "d"})  # e copies d
    md = render_markdown(full)
    assert any(o.get("outlets") == ["D", "E"] for o in full["omissions"]), full["omissions"]
    assert "- D and E (2 articles) leave out 1 fact most sources report" in md


def test_a_common_word_the_tagger_took_for_a_name_is_no_entity() -> None:
    from storyline.models import Entity, Mention

    a = make_article("a1", "Buses stop", "Commuters crowded the tram stops. Shoppers stayed away.")
    b = make_article("b1", "Strike", "The strike left commuters to crowd onto trams, Halvard Lines said.")

    def entity(name: str, art: Article, kind: str = "ORG") -> Entity:
        start = art.original.index(name)
        mention = Mention(Span(art.id, start, start + len(name), name), kind)
        return Entity(name.lower(), name, kind, articles=[art.id], mentions=[mention])

    commuters, lines = entity("Commuters", a), entity("Halvard Lines", b)
    shoppers = entity("Shoppers", a)  # capitalised where a sentence opens, but never written in lower case
    brief = build_brief([a, b], {}, [commuters, lines, shoppers], story="s1", embedder=HashEmbedder())
    assert [e["name"] for e in brief["entities"]] == ["Halvard Lines", "Shoppers"]


def test_a_detail_another_outlet_gives_in_a_sentence_of_its_own_is_not_one_outlets_alone() -> None:
    a = make_article(
        "a",
        "Depot fire",
        "More than 80 firefighters fought the depot blaze through the night, the fire service said.",
        outlet="A",
    )
    b = make_article(
        "b", "Fire", "Firefighters fought the depot blaze through the night, the fire service said.", outlet="B"
    )
    c = make_article(
        "c",
        "Blaze",
        "The depot burned for hours. Some 80 firefighters and 20 engines were sent to Quay Road.",
        outlet="C",
    )

    def details(articles: list[Article]) -> list[str]:
        brief = _brief(articles)
        fact = next(f for f in brief["facts"] if "fought the depot blaze" in f["text"])
        assert fact["independent_sources"] == 2
        return [d["text"] for d in fact["single_source_details"]]

    assert details([a, b]) == ["80 firefighters"]
    assert details([a, b, c]) == []  # C gives the 80 firefighters in a sentence of its own


def test_a_detail_only_a_text_and_its_copies_give_names_all_of_them_as_one_source() -> None:
    said = "More than 80 firefighters fought the depot blaze through the night, the fire service said."
    wire = make_article("w", "Depot fire", said, outlet="Varrow Wire")
    copy = make_article("g", "Depot fire", said.replace("More than", "Over"), outlet="Orle Gazette")
    other = make_article(
        "b", "Fire", "Firefighters fought the depot blaze through the night, the fire service said.", outlet="Estuary"
    )
    brief = _brief([wire, copy, other], groups={"w": "w", "g": "w", "b": "b"})
    fact = next(f for f in brief["facts"] if "fought the depot blaze" in f["text"])
    assert [d["text"] for d in fact["single_source_details"]] == ["80 firefighters"]
    assert sorted(fact["single_source_articles"]) == ["g", "w"]  # the wire and its copy: one source, both named
    md, html = render_markdown(brief), render_html(brief)
    names = "Orle Gazette and Varrow Wire" if fact["text"] == copy.text else "Varrow Wire and Orle Gazette"
    assert f"(only {names} (one text and its copies) give: 80 firefighters)" in md, md
    assert f"only {names} (one text and its copies) give" in html
    # guard: one article alone still "gives"
    alone = _brief([wire, other])
    assert "(only Varrow Wire gives: 80 firefighters)" in render_markdown(alone)
    assert next(f for f in alone["facts"] if "fought" in f["text"])["single_source_articles"] == ["w"]


def test_a_detail_is_no_sources_alone_for_the_sentences_that_dispute_it() -> None:
    from storyline.align.align import Fact, single_source_figures
    from storyline.align.claims import find_figures

    def claim(k: int, art: str, text: str) -> Claim:
        return Claim(k, art, 0, len(text), text, 0, figures=tuple(find_figures(text)))

    ours = claim(0, "a", "Chief Ilse Vorn said 1,200 residents had been told to leave their homes.")
    theirs = claim(1, "b", "Chief Ilse Vorn said about 1,500 residents had left their homes.")
    fact = Fact([ours, theirs], 1, "conflicting", ours, against={id(theirs)})
    # the other side of the fact's conflict is no source of it: the fact has one source, no detail of its own
    assert single_source_figures(fact, {"a": "a", "b": "b"}) == []
    agreeing = Fact([ours, theirs], 2, "corroborated", ours)  # guard: a source that gives another figure
    assert [f.value for f in single_source_figures(agreeing, {"a": "a", "b": "b"})] == [1200]


def test_a_document_named_with_the_day_it_came_out_keeps_no_dangling_participle() -> None:
    from storyline.brief.quotes import speaker_name

    def quote(mention: str) -> Quote:
        return Quote("a", "indirect", Span("a", 0, 5, "It won"), Span("a", 10, 10 + len(mention), mention), None)

    assert speaker_name(quote("a tribunal ruling released on Friday")) == "a tribunal ruling"
    assert speaker_name(quote("Ossian Vell's lawyer on Monday")) == "Ossian Vell's lawyer"
    assert speaker_name(quote("the Vellmoor Times")) == "the Vellmoor Times"


def test_pejoratives_vader_lacks_are_charged_and_plain_words_stay_plain() -> None:
    from storyline.brief.framing import charged_terms

    text = "The bungling clerks turned the count into a shambles, and the inquiry was a cover-up. A car was stolen."
    terms = {w for t in charged_terms(text) for w in t["term"].split()}
    assert {"bungling", "shambles", "cover-up"} <= terms, terms
    assert "stolen" not in terms  # a plain report's word


def test_a_headline_and_what_unnamed_critics_say_are_the_outlets_own_wording() -> None:
    from storyline.align.align import align
    from storyline.align.claims import Claim
    from storyline.brief.framing import framing

    body = "Critics say the tally was a disgraceful farce. Pell said the tally was a disgraceful farce. It ended."
    a = make_article("a", "Ballot shambles in Quarrow", body)
    b = make_article("b", "Count ends", "The count ended on Monday.")

    def said(who: str) -> Quote:
        at = a.original.index(who)
        start = a.original.index("the tally", at)
        end = a.original.index(".", start)
        return Quote("a", "indirect", Span("a", start, end, a.original[start:end]), Span("a", at, at + len(who), who))

    body_at = a.original.index(body)
    sents = [(body_at + m.start(), body_at + m.end()) for m in re.finditer(r"[^.]+\.", body)]
    claims = [Claim(k, "a", s, e, a.original[s:e].strip(), k) for k, (s, e) in enumerate(sents)]
    al = align(claims, np.eye(len(claims)))
    rows = framing([a, b], al, [said("Critics"), said("Pell")], [], np.zeros((0, 3)), [])
    terms = {t["term"]: t for t in rows[0]["charged_terms"]}
    at = a.original.index("shambles")
    assert terms["shambles"]["spans"] == [{"article": "a", "start": at, "end": at + 8}]  # the headline's word
    # "Critics say": nobody in particular, the outlet's words; Pell's words are his, not the outlet's
    assert [s["start"] for s in terms["disgraceful farce"]["spans"]] == [a.original.index("disgraceful")]


def test_wire_sentences_copied_into_an_outlets_own_report_corroborate_nothing() -> None:
    """Two paragraphs copied word for word from a wire story into another outlet's own report count as one source
    for their facts (marked ``copied``); the reports stay two sources, and the outlet's own sentence that tells a
    wire fact in other words still corroborates it."""
    copied = (
        "The offer represents a premium of 25 percent to the closing price of Ostra on Friday. "
        "Pell Motors said it already owned seven percent of the shares of Ostra Valves."
    )
    wire = make_article(
        "w",
        "Pell bids for Ostra",
        "Pell Motors launched a hostile bid on Monday for Ostra Valves, offering 8.20 crowns a share. "
        + copied
        + " The board of Ostra rejected the approach within hours.",
        outlet="Meridian Wire",
    )
    own = make_article(
        "o",
        "Ostra chief vows to fight",
        "The chief executive of Ostra, Nils Brekk, vowed on Monday to fight the bid, calling it opportunistic. "
        + copied
        + " Within hours the directors of Ostra turned down the approach from Pell Motors.",
        outlet="Lindholm Ledger",
    )
    brief = _brief([wire, own])
    assert brief["independent_sources"] == 2
    premium = next(f for f in brief["facts"] if "premium of 25 percent" in f["text"])
    assert premium["independent_sources"] == 1 and premium["status"] == "single-source"
    assert len(premium["sources"]) == 2 and all(s.get("copied") for s in premium["sources"])
    board = [f for f in brief["facts"] if "rejected the approach" in f["text"] and len(f["sources"]) == 2]
    assert not board or (board[0]["independent_sources"] == 2 and not any(s.get("copied") for s in board[0]["sources"]))
    check_guarantees(brief, [wire, own])


def test_one_outlets_text_under_two_headlines_is_cited_once() -> None:
    from dataclasses import replace

    body = (
        "Pell Motors launched a hostile bid on Monday for Ostra Valves. About 2,300 workers walked out at the "
        "Lindholm plant, the union said."
    )
    a = make_article("a", "Pell bids for Ostra", body, outlet="Lindholm Ledger")
    dup = replace(make_article("dup", "Ostra board rebuffs Pell", body, outlet="Lindholm Ledger"))
    b = make_article(
        "b",
        "Strike at Ostra",
        "About 2,300 workers walked out at Ostra's Lindholm plant, the union said.",
        outlet="Fjord",
    )
    brief = _brief([a, dup, b], groups={"a": "a", "dup": "a", "b": "b"})
    for sentence in brief["summary"]:
        assert [c["article"] for c in sentence["citations"]].count("dup") + [
            c["article"] for c in sentence["citations"]
        ].count("a") <= 1
    for fact in brief["facts"]:
        assert {s["article"] for s in fact["sources"]} != {"a", "dup"} and len(fact["sources"]) <= 2
    assert any("dup" in n and "same text as a" in n for n in brief["notes"])


def test_one_outlets_text_under_two_headlines_is_one_voice_everywhere() -> None:
    """The copy is listed among the articles as not analysed, with the reason, and nowhere else: not in the quote
    ledger's other outlets, the timeline, the framing, nor as a side of an attribution conflict."""
    from storyline.brief.render import render_markdown, source_labels

    body = (
        'Ostra Valves turned down a bid from Pell Motors on Monday. "We will not be sold on the cheap," '
        "said Ostra chairman Leif Sandvold."
    )
    a = dataclasses.replace(make_article("a", "Ostra rebuffs Pell", body, outlet="Radio Fjord"), published="2026-05-11")
    dup = dataclasses.replace(
        make_article("dup", "Sandvold: not cheaply", body, outlet="Radio Fjord"), published="2026-05-11"
    )
    b = make_article(
        "b",
        "Ostra chief speaks",
        'Ostra Valves turned down a bid from Pell Motors on Monday. "We will not be sold on the cheap," '
        "Nils Brekk told the Kessel Ledger.",
        outlet="Kessel Ledger",
    )
    b = dataclasses.replace(b, published="2026-05-11")
    from storyline.extract.pipeline import extract_articles

    arts = [a, dup, b]
    extractions = {x.id: e for x, e in zip(arts, extract_articles(arts), strict=True)}
    assert any(q.speaker for q in extractions["dup"].quotes)  # the copy has a voice of its own to leave out
    brief = _brief(arts, extractions, groups={"a": "a", "dup": "a", "b": "b"})
    assert brief["quotes"] and brief["timeline"]
    listed = next(x for x in brief["articles"] if x["id"] == "dup")
    assert listed["skipped"] and "same text as a" in listed["skipped"]
    for row in brief["quotes"]:
        assert row["article"] != "dup" and all(o["article"] != "dup" for o in row["also_in"])
    for entry in brief["timeline"]:
        assert entry["article"] != "dup" and all(o["article"] != "dup" for o in entry["also_in"])
    assert all(f["article"] != "dup" for f in brief["framing"])
    for c in brief["conflicts"]:
        assert all(s["article"] != "dup" for s in c["sides"])
    assert source_labels(brief)["a"] == "Radio Fjord"
    assert "Radio Fjord (2)" not in render_markdown(brief)


def test_a_ledger_row_is_one_quotation() -> None:
    """Pieces of a split quote whose narration between them closes a sentence are two quotations, two rows (each
    at its own offsets, the speaker and cue kept); pieces inside one sentence stay one row."""
    from storyline.brief.quotes import quote_ledger
    from storyline.models import Quote

    first, second = '"We shall not sell the yard for a song,"', '"The bid badly undervalues Kessling and its crews."'
    paper = make_article("p", "T", f"T\n\n{first} Ada Brenn told the Courier in an interview. {second}")
    sp = _spans_in(paper)
    split = Quote("p", "direct", sp(f"{first} Ada Brenn told the Courier in an interview. {second}"), sp("Ada Brenn"),
                  "Ada Brenn", cue=sp("told"), parts=(sp(first), sp(second)))  # fmt: skip
    rows = quote_ledger([split], {"p": paper})
    assert [(r["text"], r["speaker"], r["cue"], r["parts"]) for r in rows] == [
        (first, "Ada Brenn", "told", []),
        (second, "Ada Brenn", "told", []),
    ]
    for r in rows:
        assert paper.original[r["start"] : r["end"]] == r["text"]
    one = make_article("o", "T", '"We shall," Ada Brenn said, "not sell the yard for a song at any price."')
    so = _spans_in(one)
    whole = Quote("o", "direct", so(one.original[: one.original.rindex('"') + 1]), so("Ada Brenn"), "Ada Brenn",
                  parts=(so('"We shall,"'), so('"not sell the yard for a song at any price."')))  # fmt: skip
    (row,) = quote_ledger([whole], {"o": one})
    assert len(row["parts"]) == 2 and row["text"] == whole.content.text


def test_a_live_blogs_entry_time_is_not_part_of_a_reported_statement() -> None:
    """ "13:20 Kessel Motors has raised its offer ..., the company said": the ledger's words start at "Kessel"."""
    from storyline.brief.quotes import quote_ledger
    from storyline.models import Quote

    live = make_article(
        "l",
        "Live",
        "09:12 Pickets stood at the gates.\n\n13:20 Kessel Motors has raised its offer to 9.50 crowns a share, "
        "the company said in a statement.",
    )
    sl = _spans_in(live)
    said = Quote("l", "indirect", sl("13:20 Kessel Motors has raised its offer to 9.50 crowns a share"),
                 sl("the company"), "Kessel Motors", cue=sl("said"))  # fmt: skip
    (row,) = quote_ledger([said], {"l": live})
    assert row["text"] == "Kessel Motors has raised its offer to 9.50 crowns a share"
    assert live.original[row["start"] : row["end"]] == row["text"]


def test_a_correction_note_is_kept_out_of_the_brief_and_noted() -> None:
    """The retracted year of a correction is neither a fact, a summary sentence nor a timeline date; ``notes`` points
    to the correction."""
    body = (
        "The Lorne weir was finished in 1958, the river board said.\n\n"
        "An earlier version of this article said the Lorne weir was finished in 1962. It was finished in 1958."
    )
    a = make_article("a", "Weir inquiry", body, outlet="Lorne Gazette")
    brief = _brief([a])
    everything = [f["text"] for f in brief["facts"]] + [s["text"] for s in brief["summary"]]
    everything += [t["event"] for t in brief["timeline"]]
    assert everything and not any("1962" in t or "It was finished" in t for t in everything)
    (note,) = [n for n in brief["notes"] if "corrects itself" in n]
    assert "Lorne Gazette" in note and "finished in 1962" in note


def test_people_counted_under_other_person_nouns_are_one_count() -> None:
    from storyline.align.claims import find_figures
    from storyline.brief.summary import _states

    class _C:  # the parts of a claim these rules read
        def __init__(self, text: str) -> None:
            self.text, self.figures = text, find_figures(text)

    for noun in ("residents", "villagers", "inhabitants", "persons", "people"):
        assert [(f.value, f.unit) for f in find_figures(f"About 4,000 {noun} were evacuated")] == [(4000.0, "people")]
    assert [f.unit for f in find_figures("its 246 passengers were rescued")] == ["passenger"]  # a role stays apart
    # a death toll's number with no noun after it counts people
    assert [(f.value, f.unit) for f in find_figures("The death toll from the Vell flood rose to 7 on Tuesday.")] == [
        (7.0, "people")
    ]
    both = _C("The leak sent 23 people to hospital and forced the evacuation of about 1,400 residents.")
    assert _states(_C("Twenty-three people were taken to hospital."), both.figures)  # the other count is not denied
    assert not _states(_C("The leak sent 17 people to hospital."), both.figures)  # the same count, given otherwise
    arts = [
        make_article(
            "a",
            "Vell dam fails",
            "A spillway at the Orrin Dam failed on Monday, flooding the town of Vell.\n\n"
            "About 4,000 residents were evacuated from low-lying districts of Vell, regional officials said.",
            outlet="Wire",
        ),
        make_article(
            "b",
            "Flood in Vell",
            "Floodwater from the Orrin Dam poured into Vell on Monday after a spillway failed.\n\n"
            "About 1,200 people were evacuated from low-lying districts of Vell, police said.",
            outlet="Gazette",
        ),
    ]
    brief = _brief(arts)
    assert [c["topic"] for c in brief["conflicts"] if c["kind"] == "figure"] == ["people: about 1,200 vs about 4,000"]


def test_a_death_toll_updated_day_by_day_is_revised_not_disputed() -> None:
    texts = [
        ("a", "2025-04-07", "Post", "Three people died in the Orrin Dam flood in Vell, officials said on Monday."),
        ("b", "2025-04-08", "Post", "Seven people have now died in the Orrin Dam flood in Vell, officials said."),
        ("c", "2025-04-08", "Courier", "The death toll in the Orrin Dam flood in Vell rose to 7, officials said."),
        (
            "d",
            "2025-04-09",
            "Herald",
            "At least 11 people are now confirmed dead in the Orrin Dam flood in Vell, officials said.",
        ),
    ]
    arts = []
    for aid, day, outlet, text in texts:
        art = make_article(
            aid, "Orrin Dam flood", text + " Rescuers searched the town of Vell for more victims.", outlet=outlet
        )
        arts.append(dataclasses.replace(art, published=day))
    brief = _brief(arts, groups={"a": "p", "b": "p", "c": "c", "d": "d"})
    figures = [c for c in brief["conflicts"] if c["kind"] == "figure"]
    assert len(figures) == 1  # one evolving toll, not one conflict per pair of outlets
    (conflict,) = figures
    assert [s["article"] for s in conflict["revised_by"]] == ["d"]  # the largest update is the latest
    assert "gives the figure as revised" in conflict["detail"]
    tolls = [s["text"] for s in brief["summary"] if re.search(r"\b(?:died|dead|toll)\b", s["text"])]
    assert tolls and tolls[0].startswith("At least 11 people") and len(tolls) == 1


def test_the_same_statement_at_other_times_of_day_is_a_time_conflict() -> None:
    from storyline.align.align import _retimed

    said = "The spillway gave way at about {}, the dam operator said."
    assert _retimed(said.format("2 a.m."), said.format("11 p.m.")) == ("2 a.m.", "11 p.m.")
    assert _retimed(said.format("2 a.m."), said.format("1:30 a.m.")) is None  # within 90 minutes: one time told roughly
    assert _retimed(said.format("4:30 a.m. local time"), said.format("9 p.m. GMT")) is None  # two zones
    # the start and the end of a fire are two moments, not one statement
    assert _retimed("The fire broke out shortly after 9 p.m.", "Crews had the blaze out shortly before 4 a.m.") is None
    lead = "A spillway at the Orrin Dam failed early on Monday, flooding the town of Vell."
    arts = [
        make_article("a", "Dam fails", lead + "\n\n" + said.format("2 a.m."), outlet="Wire"),
        make_article("b", "Vell flooded", lead + "\n\n" + said.format("11 p.m."), outlet="Gazette"),
    ]
    brief = _brief(arts)
    (conflict,) = [c for c in brief["conflicts"] if c["kind"] == "time"]
    assert conflict["topic"] == "time: 11 p.m. vs 2 a.m." and {s["article"] for s in conflict["sides"]} == {"a", "b"}
    (fact,) = [f for f in brief["facts"] if conflict["id"] in f["conflicts"]]
    assert fact["status"] == "conflicting"


def test_on_an_even_split_the_summary_takes_the_facts_side() -> None:
    from types import SimpleNamespace

    from storyline.align.align import Conflict, Fact
    from storyline.align.claims import Claim
    from storyline.brief.summary import _other_side_of_fact

    tue = Claim(0, "a", 0, 60, "The government ordered the evacuation of Vell on Tuesday.", 0, dates=("2025-04-08",))
    wed = Claim(0, "b", 0, 60, "The government ordered the evacuation of Vell on Wednesday.", 0, dates=("2025-04-09",))
    conflict = Conflict("date", "date: 2025-04-08 vs 2025-04-09", [tue, wed], "different dates for the same event")
    for rep, other in ((tue, wed), (wed, tue)):
        fact = Fact([tue, wed], 2, "conflicting", rep)
        al = SimpleNamespace(conflicts=[conflict], groups={"a": "a", "b": "b"}, facts=[fact])
        assert _other_side_of_fact(al) == {id(other)}  # the summary may not take the side the fact does not
    tue2 = Claim(0, "c", 0, 60, "The government ordered the evacuation of Vell on Tuesday.", 0, dates=("2025-04-08",))
    two = Conflict("date", conflict.topic, [tue, wed, tue2], conflict.detail)
    al = SimpleNamespace(conflicts=[two], groups={"a": "a", "b": "b", "c": "c"}, facts=[Fact([tue, wed], 2, "x", wed)])
    assert _other_side_of_fact(al) == set()  # two sources against one: the outvoted side is left to al.beaten


def test_an_opinion_piece_is_marked_and_corroborates_nothing() -> None:
    """A column labelled as opinion argues: its sentences are no source of a report's facts, no summary sentence, and
    the brief says why it left them out."""
    from storyline.brief.summary import opinion_piece

    assert opinion_piece("Opinion: The pier did not rot by accident", "")
    assert opinion_piece("The pier did not rot by accident | Editorial", "")
    assert opinion_piece(None, "COMMENT\n\nThe pier did not rot by accident.")
    assert opinion_piece("Pier shut", "The pier shut.", "https://example.org/opinion/2026/05/pier")
    assert not opinion_piece("Analysis: why the pier shut", "The pier shut.", "https://example.org/news/pier")
    assert not opinion_piece("Mayor's comment angers harbour board", "Lind commented on the pier on Monday.")
    column = (
        "The north pier did not close by accident. The harbour board closed the north pier on Monday because it let "
        "the pilings rot, and that is negligence."
    )
    news = "The harbour board closed the north pier on Monday after engineers found cracks in its pilings."
    a = make_article("a", "Harbour board closes north pier", news)
    b = dataclasses.replace(make_article("b", "x", column), title="Opinion: A pier left to rot")
    brief = _brief([a, b], options=BriefOptions(summary=SummaryOptions(max_words=200)))
    assert all(s["article"] == "a" for f in brief["facts"] for s in f["sources"]), brief["facts"]
    assert all(c["article"] == "a" for s in brief["summary"] for c in s["citations"]), brief["summary"]
    assert [n for n in brief["notes"] if "article b" in n and "opinion piece" in n], brief["notes"]
    assert {x["id"]: x["kind"] for x in brief["articles"]} == {"a": "report", "b": "opinion"}
    assert "**opinion**: a voice, no source of the facts" in render_markdown(brief)
    assert "<strong>opinion</strong>: a voice" in render_html(brief)


def test_a_summary_sentence_cites_the_sources_on_its_side_of_a_figure_conflict_in_other_facts() -> None:
    """ "demanded US$4.5 million" and "demanded a ransom of $4.5 million" in two facts, both against "$2 million": the
    summary sentence of one cites the other, which gives its figure for the same thing; never the other side."""
    from storyline.align.align import Alignment, Conflict, Fact
    from storyline.align.claims import Claim, find_figures
    from storyline.brief.summary import citations

    texts = [
        ("a", "The gang had demanded US$4.5 million from the clinic."),
        ("b", "A group calling itself Nightjar demanded a ransom of $4.5 million."),
        ("c", "The gang behind the attack on the clinic demanded $2 million."),
    ]
    claims = [Claim(k, art, 0, len(t), t, 0, figures=tuple(find_figures(t))) for k, (art, t) in enumerate(texts)]
    facts = [Fact([c], 1, "single-source", c) for c in claims]
    disputed = frozenset({(2e6, "dollar"), (4.5e6, "dollar")})
    conflict = Conflict("figure", "dollar: 2 million vs 4.5 million", [claims[2], claims[0], claims[1]], "", disputed)
    al = Alignment(claims, np.eye(3), np.zeros((3, 3)), {k: k for k in "abc"}, facts, [conflict], {}, np.ones(3))
    assert [x["article"] for x in citations(al, 0)] == ["a", "b"]
    assert [x["article"] for x in citations(al, 2)] == ["c"]


def test_a_disputed_quotation_is_listed_under_the_speaker_most_outlets_give_it() -> None:
    from storyline.brief.quotes import quote_ledger
    from storyline.models import Quote

    words = '"Every harbour family deserves to know what is in the water,"'
    names = [("a", "Lise Tarnby", "Tidewater Courier"), ("b", "Oskar Venn", "Kessling Post"),
             ("c", "Oskar Venn", "Harbour Radio"), ("d", "Oskar Venn", "The Quay Weekly")]  # fmt: skip
    arts = {aid: make_article(aid, "T", f"T\n\n{words} {who} said.", outlet=outlet) for aid, who, outlet in names}
    quotes = [
        Quote(aid, "direct", _spans_in(arts[aid])(words), _spans_in(arts[aid])(who), who) for aid, who, _o in names
    ]
    for order in (quotes, quotes[::-1], [quotes[1], quotes[0], *quotes[2:]]):
        (row,) = quote_ledger(order, arts)
        assert row["speaker"] == "Oskar Venn"
        assert [(o["speaker"], o["other_speaker"]) for o in row["also_in"] if o["article"] == "a"] == [
            ("Lise Tarnby", True)
        ]
        assert sorted(o["article"] for o in row["also_in"]) == sorted({"a", "b", "c", "d"} - {row["article"]})
    # one outlet against one: the first article's row, as before
    (row,) = quote_ledger(quotes[:2], arts)
    assert row["speaker"] == "Lise Tarnby"


def test_a_denial_and_an_admission_of_one_act_are_two_rows_of_the_ledger() -> None:
    from storyline.brief.quotes import quote_ledger
    from storyline.models import Quote

    act = "that the night crew had switched off the cooler alarm at the quay"
    verbs = {"a": "denied", "b": "admitted", "c": "confirmed", "d": "rejected"}
    arts = {aid: make_article(aid, "T", f"T\n\nGrenholm Seafood Group {verb} {act}.") for aid, verb in verbs.items()}
    quotes = []
    for aid, verb in verbs.items():
        sp = _spans_in(arts[aid])
        quotes.append(Quote(aid, "indirect", sp(act), sp("Grenholm Seafood Group"), "Grenholm Seafood Group", sp(verb)))
    rows = quote_ledger(quotes, arts)
    # the denials are one statement, the admissions another: never a variant of each other
    assert sorted((r["article"], sorted(o["article"] for o in r["also_in"])) for r in rows) == [
        ("a", ["d"]),
        ("b", ["c"]),
    ]


def test_a_speaker_named_by_a_short_form_of_a_company_takes_the_companys_name() -> None:
    from storyline.brief.build import _one_name_a_speaker, _speaker_names
    from storyline.models import Entity

    ents = [
        Entity("e1", "Grenholm Seafood Group", "ORG", variants=["Grenholm"]),
        Entity("e2", "Lise Tarnby", "PERSON", variants=["L. Tarnby"]),
    ]
    rows = [{"speaker": s, "also_in": [{"speaker": "Grenholm"}]} for s in ("Grenholm", "Tarnby", "Grenholm Harbour")]
    got = _one_name_a_speaker(rows, _speaker_names(ents))
    assert [r["speaker"] for r in got] == ["Grenholm Seafood Group", "Lise Tarnby", "Grenholm Harbour"]
    assert got[0]["also_in"][0]["speaker"] == "Grenholm Seafood Group"


def test_one_line_that_independent_reports_share_is_corroborated_and_its_omission_counts() -> None:
    """One plain sentence (a line of a company's statement, 17 words) printed word for word in four outlets' own
    reports, which share nothing else, is a line each took from a common source, not a copy of each other: the fact is
    corroborated by the four, each source marked ``shared_line``; the fifth outlet, which leaves it out, omits a fact
    most sources report; and the summary cites it with the sources the fact counts."""
    line = "Customers can bring the faulty kettles back to any hardware shop for a replacement or their money back."
    own = [
        ("k1", "Kettle recall widens", "Tollmark Appliances recalled its Brio kettles after lids came loose in Dunmere.",
         "Vessen Courier"),
        ("k2", "Brio kettles pulled", "Shops in Kelmar cleared the Brio kettles from their shelves on the advice of "
         "Tollmark.", "Ansel Daily"),
        ("k3", "What Brio owners should do", "Owners of Brio kettles made by Tollmark were told to stop using them.",
         "Marlow Herald"),
        ("k4", "Lids came loose", "Two people in Dunmere were scalded when the lids of their Brio kettles came off.",
         "Orrin Gazette"),
    ]  # fmt: skip
    articles = [make_article(aid, title, body + " " + line, outlet=outlet) for aid, title, body, outlet in own]
    articles.append(
        make_article(
            "k5",
            "Tollmark under pressure",
            "Tollmark Appliances shares fell after the Brio kettle recall in Dunmere. The company makes its kettles "
            "in Kelmar.",
            outlet="Fenwick Post",
        )
    )
    brief = _brief(articles)
    [fact] = [f for f in brief["facts"] if f["text"] == line]
    assert fact["independent_sources"] == 4 and fact["status"] == "corroborated"
    assert sorted(s["article"] for s in fact["sources"]) == ["k1", "k2", "k3", "k4"]
    assert all(s.get("shared_line") and not s.get("copied") for s in fact["sources"])
    assert [o["article"] for o in brief["omissions"] if fact["id"] in o["facts"]] == ["k5"]
    cited = [s for s in brief["summary"] if s["text"] == line]
    assert not cited or len({c["article"] for c in cited[0]["citations"]}) == fact["independent_sources"]
    check_guarantees(brief, articles)


def test_two_lines_shared_by_two_reports_are_a_copy_and_one_line_is_not() -> None:
    """Two sentences of one report printed word for word in another outlet's are a reused wire passage (one source,
    ``copied``); one sentence alone is a shared line (each its own source, ``shared_line``)."""
    from storyline.align.align import copied_units

    def claim(k: int, article: str, text: str) -> Claim:
        return Claim(k, article, 0, len(text), text, 0)

    first = "Customers can bring the faulty kettles back to any hardware shop for a replacement or their money back."
    second = "The recalled kettles were sold between March and June under the Brio name in three countries."
    alone = [claim(0, "a", first), claim(1, "b", first), claim(2, "a", "Lids came loose."), claim(3, "b", "Rain.")]
    lines: set[int] = set()
    assert copied_units(alone, {"a": "a", "b": "b"}, lines) == {}
    assert lines == {id(alone[0]), id(alone[1])}
    two = [claim(0, "a", first), claim(1, "b", first), claim(2, "a", second), claim(3, "b", second)]
    units = copied_units(two, {"a": "a", "b": "b"})
    assert {units[id(c)] for c in two} == {"a"}


def test_words_given_to_he_right_after_his_name_and_to_another_person_are_a_dispute() -> None:
    """One outlet names the speaker and gives the words to "he" in the same paragraph; another gives them to someone
    else by name: a dispute over who said them. A "he" whose paragraph does not name the speaker, or names another
    person after him, is our reading, not the outlet's words: no dispute."""
    from storyline.brief.quotes import attribution_conflicts

    said = "\u201cThe lock gates were never tested after the refit,\u201d"
    post = (
        f"Level rises at Tarnwick.\n\nIvo Rask, head of the boatmen's guild, said the gates had leaked. {said} he said."
    )
    courier = f"Tarnwick lock closed.\n\n{said} said Greta Holm, the lock keeper."
    at_p, at_c = post.index(said), courier.index(said)
    he = post.index(" he said") + 1

    def ledger(text: str) -> list[dict[str, object]]:
        at = text.index(said)
        mention = {"article": "p", "start": text.index(" he said") + 1, "end": text.index(" he said") + 3, "text": "he"}
        row = {"article": "p", "start": at, "end": at + len(said), "text": said, "speaker": "Ivo Rask"}
        other = {"article": "c", "start": at_c, "end": at_c + len(said), "text": said, "speaker": "Greta Holm",
                 "speaker_mention": {"article": "c", "start": courier.index("Greta"), "end": courier.index(", the"),
                                     "text": "Greta Holm"}}  # fmt: skip
        return [{**row, "speaker_mention": mention, "also_in": [other]}]

    people = {"ivo rask", "rask", "greta holm", "holm", "anna berg"}
    assert post[he : he + 2] == "he" and at_p > 0
    [conflict] = attribution_conflicts(ledger(post), people, texts={"p": post, "c": courier})
    assert {(s["article"], s["speaker"]) for s in conflict["sides"]} == {("p", "Ivo Rask"), ("c", "Greta Holm")}
    assert attribution_conflicts(ledger(post), people) == []  # no text to read the paragraph in
    # the name in another paragraph, or another person named between the name and "he": no dispute
    apart = post.replace("had leaked. ", "had leaked.\n\n")
    assert attribution_conflicts(ledger(apart), people, texts={"p": apart, "c": courier}) == []
    between = post.replace("had leaked.", "had leaked, and Anna Berg agreed.")
    assert attribution_conflicts(ledger(between), people, texts={"p": between, "c": courier}) == []
    # the name only in the words said: "Rask ..., he said" names Rask as what is said, not who says it
    inside = f"Tarnwick lock closed.\n\n{said[:1]}Rask{said[4:]} he said."
    words = said[:1] + "Rask" + said[4:]
    row = {"article": "p", "start": inside.index(words), "end": inside.index(words) + len(words), "text": said,
           "speaker": "Ivo Rask", "speaker_mention": {"article": "p", "start": inside.index(" he said") + 1,
                                                      "end": inside.index(" he said") + 3, "text": "he"}}  # fmt: skip
    other = ledger(post)[0]["also_in"]
    assert attribution_conflicts([{**row, "also_in": other}], people, texts={"p": inside, "c": courier}) == []


def test_a_revision_takes_the_summary_place_of_the_report_it_revises() -> None:
    """The revision of a count ("17 workers ..., revising upward the 14 it first reported"), told by one outlet, scores
    as high as the best first report it revises, so the summary states 17 where it would have stated 14; a side that
    only agrees with the revised figure ("trapping 17 workers") keeps its own score."""
    from types import SimpleNamespace

    from storyline.align.align import Conflict
    from storyline.align.claims import Claim, find_figures
    from storyline.brief.summary import _revision_in_place

    texts = [
        ("a", "Fourteen workers were trapped when part of the Orlan rail tunnel roof fell on Wednesday."),
        ("c", "Vessa Build said that 17 workers were trapped in the tunnel, revising upward the 14 it first reported."),
        ("d", "Vessa Build rejected claims that it ignored warnings about the tunnel roof, trapping 17 workers."),
        ("e", "The Orlan line will stay closed for a week."),
    ]
    claims = [Claim(k, a, 0, len(t), t, 0, figures=tuple(find_figures(t))) for k, (a, t) in enumerate(texts)]
    disputed = frozenset({(14.0, "worker"), (17.0, "worker")})
    conflict = Conflict("figure", "worker: 14 vs 17", claims[:3], disputed=disputed)
    scores = np.array([0.9, 0.3, 0.2, 0.6])
    _revision_in_place(SimpleNamespace(claims=claims, conflicts=[conflict]), scores)  # type: ignore[arg-type]
    assert scores.tolist() == pytest.approx([0.9, 0.9, 0.2, 0.6])


def test_the_noun_mine_is_not_the_writer_speaking() -> None:
    """ "Vessa Build said 17 workers were trapped in its Orlan copper mine": a mine, not the first person "mine",
    so the sentence stays a summary candidate; "a friend of mine" is still the writer's own voice."""
    from storyline.brief.framing import QUOTED
    from storyline.brief.summary import WRITER

    def writer(t: str) -> bool:
        return bool(WRITER.search(QUOTED.sub(" ", t)))

    assert not writer("Vessa Build said 17 workers were trapped in its Orlan copper mine, revising its figure.")
    assert not writer("The mine reopened on Friday.")
    assert writer("A friend of mine worked the night shift there.") and writer("The last word is mine.")


def test_a_revision_is_told_as_one_and_only_its_reviser_revises() -> None:
    """Two reports of 14 trapped on one day; the next day the company's "revising upward the 14 it first reported"
    and another outlet's "trapping 17 workers", which revises nothing: one figure conflict whose ``revised_by`` is the
    revising sentence only, whose detail says the reports were a day apart (the 14 superseded, not disputed), and the
    fact of 17 keeps both its sources; the fact of 14 stays worded by a sentence that gives 14, and the markdown
    reads the conflict as a revision."""
    told = [
        (
            "a",
            "2031-05-06",
            "Halden Wire",
            "Fourteen workers were trapped about 300 metres inside the Orlan rail tunnel after part of its roof fell"
            " early on Wednesday, the contractor Vessa Build said. Rescuers began drilling towards the men.",
        ),
        (
            "b",
            "2031-05-06",
            "Pellmar Courier",
            "Relatives gathered at the Orlan rail tunnel on Wednesday as rescuers worked to reach 14 workers trapped"
            " 300 metres inside since the roof fell in the early hours. Rescuers began drilling towards the men.",
        ),
        (
            "c",
            "2031-05-07",
            "Halden Wire",
            "Vessa Build said on Thursday that 17 workers were trapped in the Orlan rail tunnel, revising upward the 14"
            " it first reported after counting the shift rota. The drill reached the men overnight.",
        ),
        (
            "d",
            "2031-05-07",
            "Tarrow Ledger",
            "Vessa Build on Thursday denied claims that it ignored cracks in the roof of the Orlan rail tunnel that"
            " fell, trapping 17 workers. The roof fell early on Wednesday, about 300 metres inside.",
        ),
    ]
    arts = [
        dataclasses.replace(make_article(k, "Orlan tunnel", body, outlet=outlet), published=day)
        for k, day, outlet, body in told
    ]
    brief = _brief(arts, groups={"a": "a", "b": "b", "c": "c", "d": "d"})
    check_guarantees(brief, arts)
    (conflict,) = [c for c in brief["conflicts"] if c["kind"] == "figure"]
    assert "14 vs 17" in conflict["topic"]
    assert {s["article"] for s in conflict["sides"]} == {"a", "b", "c", "d"}
    assert [s["article"] for s in conflict["revised_by"]] == ["c"]  # the Ledger gives 17 but revises nothing
    assert "published 1 day apart" in conflict["detail"] and "superseded, not disputed" in conflict["detail"]
    cid = conflict["id"]
    linked = [f for f in brief["facts"] if cid in f["conflicts"]]
    for fact in linked:  # each worded by a sentence that gives a figure of the conflict
        assert re.search(r"\b(?:14|17|Fourteen)\b", fact["text"]), fact["text"]
    (revised,) = [f for f in linked if "17 workers" in f["text"]]
    assert {s["article"] for s in revised["sources"]} == {"c", "d"}
    assert {x["text"] for s in revised["sources"] for x in s.get("figures", [])} == {"17 workers"}
    superseded = {s["text"] for s in conflict["sides"] if s["article"] in ("a", "b")}
    assert not superseded & {s["text"] for s in brief["summary"]}  # the summary does not state the superseded 14
    assert any("17 workers" in s["text"] for s in brief["summary"]), brief["summary"]
    md = render_markdown(brief)
    assert f"**{cid}: {conflict['topic']}**, a revision" in md
    assert md.count("(revises the earlier figure)") == 1 and "(a figure revised: see" in md
    html = render_html(brief)
    assert html.count("(revises the earlier figure)") == 1 and "(a revision)" in html


def test_a_revision_is_dated_apart_from_the_figures_it_revises_not_from_each_other() -> None:
    """Two earlier counts of one day (14 and "at least 15") and a revision the next day: the revision came a day after
    them, though the two earlier reports were published the same day."""
    from types import SimpleNamespace

    from storyline.brief.build import _days_apart

    days = {"a": "2031-05-06", "b": "2031-05-06T21:00:00Z", "c": "2031-05-07"}
    by_id = {k: dataclasses.replace(make_article(k, "Orlan", "Text.", outlet=k), published=d) for k, d in days.items()}
    sides = [Claim(0, k, 0, 5, "Text.", 0) for k in "abc"]
    conflict = SimpleNamespace(sides=sides)
    assert _days_apart(conflict, by_id, revised=[sides[2]]) == 1
    assert _days_apart(conflict, by_id, revised=[sides[0]]) == 0  # a revision of its own day: no update told by days


def test_a_revision_tells_the_span_of_days_since_the_figure_it_supersedes() -> None:
    """The figure a revision supersedes was told on two days before it (the release of 2 June, a report of 3 June,
    revised on 4 June): the detail gives the span, "1 to 2 days apart", not only the nearest day."""
    from storyline.align.align import Conflict
    from storyline.align.claims import find_figures
    from storyline.brief.build import _conflict_json

    told = [
        ("a", "2031-06-02", "Fenmoor Press", "The Tarrow plant will shed 400 jobs, the company said."),
        ("b", "2031-06-03", "Ostry Gazette", "The Tarrow plant will shed 400 jobs by the end of the year."),
        ("c", "2031-06-04", "Lindell Post", "The Tarrow plant will shed 350 jobs, fewer than first announced."),
    ]
    arts = {
        k: dataclasses.replace(make_article(k, "Tarrow", body, outlet=o), published=day) for k, day, o, body in told
    }
    sides = [Claim(n, k, 0, len(t), t, 0, figures=tuple(find_figures(t))) for n, (k, _d, _o, t) in enumerate(told)]
    disputed = frozenset({(350.0, "job"), (400.0, "job")})
    conflict = Conflict("figure", "job: 350 vs 400", sides, "different figures for the same thing", disputed)
    detail = _conflict_json(0, conflict, arts)["detail"]
    assert "published 1 to 2 days apart: the earlier figure was superseded, not disputed" in detail
    two = Conflict("figure", "job: 350 vs 400", [sides[0], sides[2]], "different figures for the same thing", disputed)
    assert "published 2 days apart: the earlier figure was superseded" in _conflict_json(0, two, arts)["detail"]


def test_a_correction_note_that_gives_both_figures_revises_the_conflict() -> None:
    """ "Brask, 41, ..." (two outlets) against a later "Brask, 43, ..." whose own correction note says "An earlier
    version of this story gave Brask's age as 41. She is 43.": the note is the conflict's revised_by and the detail
    says the figure was corrected (not "may have changed"); a note that gives only one of the figures revises nothing."""
    from storyline.align.align import Conflict
    from storyline.align.claims import find_figures
    from storyline.brief.build import _conflict_json

    note = "Correction: An earlier version of this story gave Brask's age as 41. She is 43."
    told = [
        ("a", "2031-06-02", "Fenmoor Press", "Brask, 41, a photographer, was freed on Monday."),
        ("b", "2031-06-02", "Ostry Gazette", "Brask, 41, a photographer, was freed on Monday."),
        ("c", "2031-06-03", "Lindell Post", "Brask, 43, a photographer, was freed on Monday.\n\n" + note),
    ]
    arts = {
        k: dataclasses.replace(make_article(k, "Brask freed", body, outlet=o), published=day)
        for k, day, o, body in told
    }
    first = [t.split("\n")[0] for _k, _d, _o, t in told]
    sides = [
        Claim(n, k, 0, len(t), t, 0, figures=tuple(find_figures(t)))
        for n, ((k, *_), t) in enumerate(zip(told, first, strict=True))
    ]
    disputed = frozenset({(41.0, "age"), (43.0, "age")})
    conflict = Conflict("figure", "age: 41 vs 43", sides, "different figures for the same thing", disputed)
    out = _conflict_json(0, conflict, arts)
    at = arts["c"].original.index("Correction")
    assert [(r["article"], r["start"]) for r in out["revised_by"]] == [("c", at)]
    assert "Lindell Post corrected the figure in a correction note" in out["detail"]
    assert "may have changed" not in out["detail"]
    other = dataclasses.replace(arts["c"], original=arts["c"].original.replace("as 41", "as Brasc"))
    assert _conflict_json(0, conflict, {**arts, "c": other})["revised_by"] == []


def test_the_labels_and_framings_of_a_prisoner_swap_are_charged_in_the_outlets_voice_and_plain_when_reported() -> None:
    """A state outlet's "the convicted spy", "a humanitarian gesture", "the patriot", "fabricated charges" and an
    op-ed's "hostage", "hostage diplomacy", "pawn", "cynical" take a side; a wire's "spying charges", a reported
    label, a hostage-taking and a spy agency do not."""
    from storyline.brief.framing import charged_terms

    def terms(text: str) -> list[str]:
        return [t["term"] for t in charged_terms(text)]

    state = (
        "President Orlan Vesk has pardoned the convicted Tessan spy Mila Borr in a humanitarian gesture. Among "
        "those sent home is the patriot Ivo Marr, who spent four years in a Tessan jail on fabricated charges."
    )
    assert set(terms(state)) == {"spy", "humanitarian gesture", "patriot", "fabricated"}
    oped = (
        "Mila Borr was never a prisoner released in a goodwill gesture. She was a hostage, and Kardia has shown "
        "again that hostage diplomacy pays. She was a pawn in a cynical game."
    )
    assert set(terms(oped)) == {"hostage", "hostage diplomacy", "pawn", "cynical"}  # the denied gesture is not
    for plain in (
        "Mila Borr, held for a year on spying charges, was freed on Thursday.",
        "Borr was accused of being a spy and denied it.",
        "Gunmen held 30 people hostage in the bank.",
        "Two aid workers were taken hostage in March.",
        "The spy agency declined to comment.",
        "He urged the ministry to spy on the exiles.",
        "The opposition called the trial politically motivated.",
        "She accused his campaign of fabricated attacks.",
        'Interrogators told her she was "a pawn in a bigger game".',
    ):
        assert terms(plain) == [], plain


def test_the_summary_does_not_state_a_figure_an_outlets_correction_retracts() -> None:
    """Two outlets' "Borr, 41, ..." against a third's "Borr, 43, ..." with its note "gave Borr's age as 41. She is
    43.": the summary states 43, not the figure the note retracts (nor, when nothing else is left, falls back on it)."""
    said = "Borr, 41, a reporter for the Kessling Courier, was arrested in Varn in May 2025."
    arts = [
        make_article(
            "a", "Reporter freed", said + " She was freed on Thursday in a swap at Tolla airport.", outlet="A"
        ),
        make_article("b", "Swap at Tolla", said + " She was freed on Thursday in a swap at Tolla airport.", outlet="B"),
        make_article(
            "c",
            "Reporter freed in swap",
            "Borr, 43, a reporter for the Kessling Courier, was arrested in Varn in May 2025. She was freed on "
            "Thursday.\n\nCorrection: An earlier version of this story gave Borr's age as 41. She is 43.",
            outlet="C",
        ),
    ]
    brief = _brief(arts)
    assert brief["summary"] and not any("41" in s["text"] for s in brief["summary"])
    # the corrected figure is told though two outlets gave the one the note corrects
    assert any("Borr, 43" in s["text"] for s in brief["summary"])
    # without the correction the two outlets' wording leads
    arts[2] = make_article("c", "Reporter freed in swap", "She was freed on Thursday in a swap.", outlet="C")
    assert any("Borr, 41" in s["text"] for s in _brief(arts)["summary"])


def test_a_sentence_whose_object_points_back_is_no_summary_sentence() -> None:
    arts = [
        make_article(
            "a",
            "Ransom claim denied",
            "An opposition website in Varn claimed on Saturday that Tessa had paid a ransom for the reporter. "
            "The Tessan foreign ministry spokeswoman Lia Morn again denied it on Sunday.",
            outlet="A",
        ),
        make_article(
            "b",
            "Ministry denies ransom",
            "The Tessan foreign ministry spokeswoman Lia Morn again denied it on Sunday. Talks had lasted months.",
            outlet="B",
        ),
    ]
    assert not any(s["text"].endswith("denied it on Sunday.") for s in _brief(arts)["summary"])
