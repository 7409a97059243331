from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
from brief_helpers import HashEmbedder, make_article

from storyline.align import align, embed_claims, split_claims
from storyline.align.claims import Claim, Figure, find_figures, modality
from storyline.models import Article, ArticleExtraction, Span


def _claims(articles):
    ext = {a.id: ArticleExtraction(a.id, sentences=_sentences(a)) for a in articles}
    return split_claims(articles, ext)


def _sentences(a):
    out, pos = [], a.original.index("\n\n") + 2
    for part in a.original[pos:].split(". "):
        end = pos + len(part) + (1 if not part.endswith(".") else 0)
        out.append((pos, min(end, len(a.original))))
        pos += len(part) + 2
    return out


def test_figures_units_and_spelling() -> None:
    figs = find_figures("a 24-month period and 40,000 workers, two sides")
    keys = {(f.value, f.unit, f.spelled) for f in figs}
    assert (24.0, "month", False) in keys
    assert (40000.0, "worker", False) in keys
    assert (2.0, "side", True) in keys


def test_a_count_of_a_compound_noun_counts_its_head() -> None:
    def units(text: str) -> list[tuple[float, str]]:
        return [(f.value, f.unit) for f in find_figures(text)]

    assert units("halting all 38 city routes") == units("All 38 routes run by the operator") == [(38.0, "route")]
    assert units("about 900 bus drivers belong to it") == [(900.0, "driver")]
    assert units("3 police officers were hurt") == [(3.0, "officer")]  # not a count of "police" like 3 police cars
    assert units("14 passengers were hurt") == [(14.0, "passenger")]  # a plural word is the unit itself
    assert units("The 1 driver says so") == [(1.0, "driver")]  # one: the singular word is the noun counted
    assert [u for _, u in units("knocked out in the 11th rounds")] != ["round"]  # an ordinal counts no rounds
    # a model code is no count ("AK 47", "F 16"); the model is what is counted, whatever the noun after it
    assert units("recovered 12 AK 47 guns") == [(12.0, "ak")]
    assert units("seized 7 AK-47 rifles") == units("seized 7 AK - 47 rifles") == [(7.0, "ak")]
    assert units("Six AK 47 rifles were seized") == units("six AK - 47 rifles were seized") == [(6.0, "ak")]
    assert _figure_topics("Police recovered 12 AK 47 guns.", "Police recovered 3 machine guns.") == []
    assert _figure_topics("Police found 3 hunting rifles.", "Police found 5 assault rifles.") == []  # two kinds
    assert _figure_topics("The pirates had two speed boats.", "The pirates had three boats.") == ["boat: 2 vs 3"]


def test_a_name_is_no_unit_and_a_noun_left_out_is_the_one_before() -> None:
    def units(text: str) -> list[tuple[float, str]]:
        return [(f.value, f.unit) for f in find_figures(text)]

    # the noun left out of a list is the one the figure before counts; the name after "and" counts nothing
    assert units("Ada Lund has 370 delegates, Carl Brandt has 163 and Mia Holt has 63.") == [
        (370.0, "delegate"),
        (163.0, "delegate"),
        (63.0, "delegate"),
    ]
    assert units("Holt won 65 in North Vale.") == [(65.0, "")]
    assert units("The ferry carried 40 passengers, and 12 were hurt.")[1] == (12.0, "were")  # a verb: as before
    # a name's number ("Week 11") and a number after an ordinal are no elided counts
    assert units("Of his 11 goals, eight came after Week 11.") == [(11.0, "goal"), (11.0, ""), (8.0, "came")]
    assert units("She lives on 117th Street, aged 59.")[1] == (59.0, "")
    # a count named before its figure
    assert units("The filing put the number of jobs it plans to cut at 3,100, spread across plants.") == [
        (3100.0, "job")
    ]
    assert units("The number of total refugees rose to 85,000.") == [(85000.0, "refugee")]
    assert units("The number of voters at 7 polling stations rose.") == [(7.0, "station")]


def test_a_conversion_in_brackets_is_the_same_amount() -> None:
    figs = find_figures("Damage was estimated at $US1 million ($1.52 million), police said.")
    assert [(f.value, f.unit) for f in figs] == [(1e6, "million")]
    figs = find_figures("He walked 12 miles (19 km) home with 3 friends.")
    assert [(f.value, f.unit) for f in figs] == [(12.0, "mile"), (3.0, "friend")]


def test_a_scale_word_multiplies_the_figure() -> None:
    [big] = find_figures("The doses will cover 300 million people by the summer.")
    [small] = find_figures("The doses will cover 300 people by the summer.")
    assert (big.value, big.unit, big.shown) == (3e8, "people", "300 million")
    assert not big.agrees(small) and not small.agrees(big)
    a, b = (find_figures(f"Claims rose to {x} million last week.")[0] for x in ("6.8", "6.9"))
    assert not a.agrees(b)  # one decimal each: they round apart
    c, d = (find_figures(f"A ${x} trillion package passed.")[0] for x in ("1.37", "1.4"))
    assert c.agrees(d)  # "1.4 trillion" allows 1.37 trillion
    low, high = find_figures("The club offered $140- $150 million over seven years.")[:2]
    assert (low.value, high.value) == (1.4e8, 1.5e8)  # a range's first number shares the scale of its second


def test_modality() -> None:
    assert modality("There should be a 24 month period.") == "demanded"
    assert modality("The resolution requires a 24-month period.") == "asserted"
    assert modality("The plant may close next year.") == "hedged"
    # with the reported spans known, a modal is a demand only in someone's words, not in the outlet's own
    text = "Nebenzia stressed there should be a 24 month period."
    assert modality(text, [(text.index("there"), len(text) - 1)]) == "demanded"
    assert modality("To secure the nomination, a candidate must win 1,237 delegates.", []) == "prescribed"
    assert modality("Pupils should be kept the usual 6 feet apart.", []) == "prescribed"  # a rule, no one's demand
    assert modality("The mayor's goal of housing 300 families.", []) == "demanded"
    assert modality("The port plans to send 4 million doses.", []) == "asserted"  # a plan is told like "will send"
    # a proposal or an offer on the table is told like a fact; someone who proposes a figure demands it
    assert modality("The weakest offer is a proposal worth $140 million.", []) == "asserted"
    assert modality("The Orioles offered Vale a deal worth $140 million.", []) == "asserted"
    assert modality("Democrats unveiled their proposed $1.9 trillion package.", []) == "asserted"
    assert modality("The envoy proposed a 24-month period.", []) == "demanded"
    assert modality("Vale's push for a $1.9 trillion bill took a step forward.", []) == "asserted"
    assert modality("The envoy demanded a 24 month period.", []) == "demanded"  # the verb reports the demand


def test_corroborated_single_source_and_syndication_counts_once() -> None:
    a = make_article("a1", "T", "The mayor opened the new bridge over the river on Monday. Cats are nice.")
    b = make_article("b1", "T", "On Monday the mayor opened the new bridge over the river. Dogs bark loudly today.")
    c = make_article("c1", "T", "The mayor opened the new bridge over the river on Monday. Birds sing.")
    claims = _claims([a, b, c])
    vecs = embed_claims(claims, embedder=HashEmbedder())
    al = align(claims, vecs, groups={"a1": "g1", "b1": "g2", "c1": "g1"})
    bridge = [f for f in al.facts if "bridge" in f.representative.text]
    assert len(bridge) == 1
    assert {c.article for c in bridge[0].claims} == {"a1", "b1", "c1"}
    assert bridge[0].status == "corroborated"
    assert bridge[0].independent_sources == 2  # a1 and c1 are one syndication group
    single = [f for f in al.facts if "Dogs" in f.representative.text]
    assert single and single[0].status == "single-source" and single[0].independent_sources == 1


def test_numbers_in_words_are_read_whole() -> None:
    def read(text: str) -> list[tuple[float, str]]:
        return [(f.value, f.unit) for f in find_figures(text)]

    # one number, not 100 and "twelve passengers"
    assert read("A ferry carrying one hundred and twelve passengers and four crew ran aground.") == [
        (112, "passenger"),
        (4, "crew"),
    ]
    assert read("Two thousand three hundred people signed it.") == [(2300, "people")]
    # a share in words is a share, not a count of "thirds"
    assert read("It stopped two-thirds of the way along the quay.") == [(200 / 3, "%")]
    (dozen,) = find_figures("A dozen trucks were sent.")
    assert (dozen.value, dozen.unit, dozen.kind) == (12, "truck", "about")
    (ten,) = find_figures("ten trucks")
    assert dozen.agrees(find_figures("12 trucks")[0]) and not dozen.agrees(ten)


def test_a_number_in_words_agrees_with_it_in_digits() -> None:
    a = make_article("a", "T", "A ferry carrying one hundred and twelve passengers ran aground off Tessel Point.")
    b = make_article("b", "T", "A ferry carrying 112 passengers ran aground off Tessel Point on Monday.")
    claims = _claims([a, b])
    al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
    assert not al.conflicts


def test_more_people_of_a_role_than_people_is_a_conflict() -> None:
    a = make_article("a", "T", "Nine people were injured when the ferry Tessel Star hit the pier at Orneby on Monday.")
    b = make_article(
        "b", "T", "Nine people were injured when the ferry Tessel Star struck the pier at Orneby on Monday."
    )
    c = make_article(
        "c", "T", "Fourteen passengers were injured when the ferry Tessel Star hit the pier at Orneby on Monday."
    )
    claims = _claims([a, b, c])
    al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
    [conflict] = [x for x in al.conflicts if x.kind == "figure"]
    assert conflict.topic == "people: 9 vs 14 passengers"
    assert {s.article for s in conflict.sides} == {"a", "b", "c"}
    # fewer passengers than people hurt: the others may be crew or on the pier, no disagreement
    d = make_article(
        "d", "T", "Four passengers were injured when the ferry Tessel Star hit the pier at Orneby on Monday."
    )
    claims = _claims([a, b, d])
    assert not align(claims, embed_claims(claims, embedder=HashEmbedder())).conflicts


def test_counts_of_one_noun_for_different_outcomes_do_not_conflict() -> None:
    a = make_article(
        "a", "T", "Fourteen passengers were injured when the ferry Tessel Star hit the pier at Orneby on Monday."
    )
    b = make_article(
        "b",
        "T",
        "The operator revised the number of passengers on board the ferry Tessel Star to 226, down from the 230 first "
        "announced, after it hit the pier at Orneby on Monday.",
    )
    c = make_article(
        "c", "T", "The ferry Tessel Star was carrying 230 passengers when it hit the pier at Orneby on Monday."
    )
    claims = _claims([a, b, c])
    al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
    # the number on board is revised; the injured are another count of passengers, no side of it
    [conflict] = [x for x in al.conflicts if x.kind == "figure"]
    assert conflict.topic == "passenger: 226 vs 230"
    assert {s.article for s in conflict.sides} == {"b", "c"}


def test_conflicting_figures_and_presentation() -> None:
    a = make_article("a", "T", "The storm killed 12 people in the coastal town on Sunday night.")
    b = make_article("b", "T", "The storm killed 15 people in the coastal town on Sunday night.")
    c = make_article("c", "T", "Officials said there should be a 30 day pause for the coastal town workers.")
    d = make_article("d", "T", "The agreement sets a 30-day pause for the coastal town workers, officials said.")
    claims = _claims([a, b, c, d])
    al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
    kinds = {(c.kind, frozenset(s.article for s in c.sides)) for c in al.conflicts}
    assert ("figure", frozenset({"a", "b"})) in kinds
    assert ("presentation", frozenset({"c", "d"})) in kinds
    storm = next(f for f in al.facts if "storm" in f.representative.text)
    assert storm.status == "conflicting"
    topic = next(c.topic for c in al.conflicts if c.kind == "figure")
    assert "12" in topic and "15" in topic


def test_a_demand_is_about_the_figure_it_comes_before() -> None:
    from storyline.align.align import _pair_conflicts
    from storyline.align.claims import Claim

    def claim(article: str, text: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, figures=tuple(find_figures(text)), modality=modality(text))

    stated = claim("b", "Ivo Marsh, 27, was found hiding in a house near the harbour.")
    wanted = claim("a", "Police named the suspect as Ivo Marsh, 27, a parolee wanted on suspicion of assault.")
    assert wanted.modality == "demanded" and _pair_conflicts(wanted, stated, 0.9) == []
    demand = claim("c", "The envoy said there should be a 24 month period for the workers.")
    rule = claim("d", "The resolution sets a 24 month period for the workers.")
    assert [x.kind for x in _pair_conflicts(demand, rule, 0.9)] == ["presentation"]
    ready = claim("g", "The ferry line said it stands ready to help in moving 40 thousand passengers in 30 days.")
    assert _pair_conflicts(claim("h", "The council wants to move 40 thousand passengers in 30 days."), ready, 0.9) == []
    by_date = claim("e", "The operator said service should be restored by December 31.")
    assert _pair_conflicts(by_date, claim("f", "Service will not be fully restored before 31 December."), 0.9) == []
    # a need met: the figure sits in a relative clause on what the sentence provides
    met = claim(
        "i", "The maker will deliver the number of doses that the minister said he needs to cover 300 million people."
    )
    bought = claim("j", "The ministry has bought enough doses to cover 300 million people by July.")
    assert met.modality == "demanded" and _pair_conflicts(met, bought, 0.9) == []
    said = claim("k", "Engineers said on Tuesday that the road should stay closed for a 30 day period.")
    assert [
        x.kind for x in _pair_conflicts(said, claim("l", "The city requires a 30 day closure of the road."), 0.9)
    ] == ["presentation"]


def test_same_figures_are_not_a_conflict() -> None:
    a = make_article("a", "T", "The storm killed 12 people in the coastal town on Sunday night.")
    b = make_article("b", "T", "On Sunday night the storm killed 12 people in the coastal town.")
    claims = _claims([a, b])
    al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
    assert al.conflicts == []


def test_bounds_and_estimates_agree_with_exact_figures() -> None:
    a = make_article("a", "T", "The ferry was carrying 212 passengers from the island harbour that night.")
    b = make_article("b", "T", "The ferry was carrying more than 200 passengers from the island harbour that night.")
    c = make_article("c", "T", "The ferry was carrying fewer than 150 passengers from the island harbour that night.")
    claims = _claims([a, b, c])
    al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
    pairs = {frozenset(s.article for s in x.sides) for x in al.conflicts if x.kind == "figure"}
    assert frozenset({"a", "b"}) not in pairs  # 212 is more than 200
    assert frozenset({"a", "c"}) in pairs and frozenset({"b", "c"}) in pairs
    topic = next(x.topic for x in al.conflicts if frozenset(s.article for s in x.sides) == {"b", "c"})
    assert "more than 200" in topic and "fewer than 150" in topic
    # a bound on a small count leaves room for two more; "roughly" before a currency sign is an estimate
    (two,), (three,) = find_figures("at least two ladder trucks"), find_figures("three ladder trucks")
    assert two.qualifier == "at least" and two.overlaps(three)
    (rough,), (exact,) = find_figures("roughly $22 million a season"), find_figures("$23 million a season")
    assert rough.overlaps(exact) and not find_figures("seven AK-47 rifles and an F-16")[1:]
    figs = {f.value: f for f in find_figures("about 40 trucks and up to 9 boats and 12 cars")}
    assert (figs[40].low, figs[40].high) == (36.0, 44.0)
    assert (figs[9].low, figs[9].high) == (0.0, 9.0) and figs[12].qualifier == ""


def test_weekday_and_calendar_dates_that_agree_are_not_a_conflict() -> None:
    from storyline.align.align import _dates_disagree

    assert not _dates_disagree(("tuesday",), ("2026-04-14", "2026-04-15"))  # 14 April 2026 was a Tuesday
    assert not _dates_disagree(("2026-04",), ("2026-04-15",))
    assert not _dates_disagree(("earlier this year",), ("2026-04-15",))  # nothing to compare
    assert _dates_disagree(("tuesday",), ("2026-04-15",))
    assert _dates_disagree(("2026-04-14",), ("2026-04-16",))
    assert _dates_disagree(("thursday",), ("friday",))
    # a part of the day does not hide the day; late one day and early the next is one night
    assert _dates_disagree(("early Thursday",), ("early Tuesday",))
    assert _dates_disagree(("late Friday",), ("Thursday",)) and _dates_disagree(("early Thursday",), ("Friday",))
    assert not _dates_disagree(("late Tuesday",), ("early Wednesday",))
    assert not _dates_disagree(("early Sunday",), ("late Saturday",))
    # a night's news dated the next day: "asked late Monday night" / "filed on Tuesday"
    assert not _dates_disagree(("late Monday night",), ("Tuesday",)) and not _dates_disagree(
        ("Thursday",), ("early Friday",)
    )
    # a weekday says nothing against a year or a month: "a 2012 car crash" / "checked in on Thursday"
    assert not _dates_disagree(("2012",), ("thursday",)) and not _dates_disagree(("2026-04",), ("friday",))


def test_a_weekday_in_another_time_zone_does_not_date_the_claim() -> None:
    from storyline.models import DateMention

    a = make_article("d", "T", "She died at 6:41pm PST on Thursday (0241 GMT Friday) in a hospital.")
    at = {w: a.original.index(w) for w in ("Thursday", "Friday", "She died")}
    dates = [DateMention(Span("d", at[w], at[w] + len(w), w), None, True) for w in ("Thursday", "Friday")]
    ext = ArticleExtraction("d", sentences=[(at["She died"], len(a.original))], dates=dates)
    (c,) = split_claims([a], {"d": ext})
    assert c.dates == ("thursday",)


def test_omissions_per_outlet() -> None:
    shared = "The central bank raised interest rates by half a point on Thursday"
    arts = [make_article(x, "T", f"{shared}. Unrelated remark number {x} here.") for x in ("a", "b", "c")]
    arts.append(make_article("d", "T", "Completely different words about gardening and tomatoes."))
    claims = _claims(arts)
    al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
    assert "d" in al.omissions
    assert all(k == "d" for k in al.omissions)


def test_embeddings_are_stored_once(store) -> None:
    a = make_article("a", "T", "One sentence here. Another sentence there.")
    store_claims = _claims([a])
    emb = HashEmbedder()
    first = embed_claims(store_claims, store=store, embedder=emb)
    second = embed_claims(store_claims, store=store, embedder=emb)
    assert emb.calls == 1
    assert np.allclose(first, second, atol=1e-2)
    rows = store.conn.execute("SELECT count(*) FROM sentence_embeddings").fetchone()[0]
    assert rows == len(store_claims)


def test_an_opening_quote_left_at_a_sentence_end_moves_to_the_quote() -> None:
    text = 'Harbour talks\n\nVarga said the captain radioed a fault. "We treat it as a failure," she said. Then more.'
    a = make_article("q", "Harbour talks", text[len("Harbour talks\n\n") :])
    body = a.original.index("Varga")
    cut = a.original.index('"We') + 1  # a splitter that ends the first sentence after the quote mark
    spans = [(body, cut), (cut, a.original.index(" Then")), (a.original.index("Then"), len(a.original))]
    claims = split_claims([a], {a.id: ArticleExtraction(a.id, sentences=spans)})
    assert [c.text for c in claims] == [
        "Varga said the captain radioed a fault.",
        '"We treat it as a failure," she said.',
        "Then more.",
    ]
    assert all(a.original[c.start : c.end] == c.text for c in claims)
    # an opening bracket likewise: "... on Saturday. (" is no fact's text
    text = "Harbour talks\n\nThe ferry won eight of nine runs. (The total includes a charter.) Then more."
    a = make_article("b", "Harbour talks", text[len("Harbour talks\n\n") :])
    cut = a.original.index("(The") + 1
    spans = [(a.original.index("The ferry"), cut), (cut, a.original.index(" Then"))]
    claims = split_claims([a], {a.id: ArticleExtraction(a.id, sentences=spans)})
    assert [c.text for c in claims] == ["The ferry won eight of nine runs.", "(The total includes a charter.)"]


def test_negation_conflicts_only_when_the_negation_bears_on_the_other_claim() -> None:
    from storyline.align.align import _negates
    from storyline.align.claims import Claim

    def claim(text: str) -> Claim:
        from storyline.align.claims import NEGATION

        return Claim(0, "x", 0, len(text), text, 0, negated=bool(NEGATION.search(text)))

    assert _negates(
        claim("The council did not close the coast road on Monday."),
        claim("The council closed the coast road on Monday."),
    )
    assert not _negates(
        claim("Chief Verrin said 60 firefighters had been deployed and that nobody was injured."),
        claim("Chief Verrin said 60 firefighters fought the blaze for six hours."),
    )


def test_the_date_of_a_statement_is_not_the_date_of_the_event() -> None:
    from storyline.models import DateMention

    text = "The warehouse burned down on Monday night, the fire chief said on Tuesday."
    a = make_article("d", "T", text)
    at = {w: a.original.index(w) for w in ("Monday night", "Tuesday", "fire chief")}
    dates = [
        DateMention(Span("d", at["Monday night"], at["Monday night"] + 12, "Monday night"), "2026-02-02", True),
        DateMention(Span("d", at["Tuesday"], at["Tuesday"] + 7, "Tuesday"), "2026-02-03", True),
    ]
    start = a.original.index("The warehouse")
    ext = ArticleExtraction("d", sentences=[(start, len(a.original))], dates=dates)
    (c,) = split_claims([a], {"d": ext})
    assert c.dates == ("2026-02-02",)


def test_one_disagreement_between_several_outlets_is_one_conflict() -> None:
    a = make_article("a", "T", "Fire chief Aldo Verrin said 60 firefighters fought the blaze at the timber warehouse.")
    b = make_article(
        "b", "T", "Fire chief Aldo Verrin said 60 firefighters fought the blaze at the timber warehouse yard."
    )
    c = make_article(
        "c", "T", "Fire chief Aldo Verrin said about 45 firefighters fought the blaze at the timber warehouse."
    )
    claims = _claims([a, b, c])
    al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
    figures = [x for x in al.conflicts if x.kind == "figure"]
    assert len(figures) == 1, [(x.topic, [s.article for s in x.sides]) for x in figures]
    assert sorted(s.article for s in figures[0].sides) == ["a", "b", "c"]
    assert figures[0].topic == "firefighter: about 45 vs 60"  # by value, not as text


def test_a_source_that_reports_the_same_figure_in_other_words_has_not_left_it_out() -> None:
    shared = "The ferry ran aground on Tuesday and 14 passengers were injured in the accident"
    arts = [make_article(x, "T", f"{shared}. Unrelated remark number {x} here.") for x in ("a", "b", "c")]
    arts.append(make_article("d", "T", "The harbour authority said 14 passengers were hurt. Tomatoes grow well."))
    arts.append(make_article("e", "T", "Completely different words about gardening and tomatoes."))
    claims = _claims(arts)
    al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
    ferry = next(i for i, f in enumerate(al.facts) if "ferry" in f.claims[0].text)
    assert ferry in al.omissions["e"]  # says nothing of it
    assert ferry not in al.omissions.get("d", [])  # the same count of the same thing, in another sentence


def test_a_source_that_tells_a_fact_across_its_own_sentences_has_not_left_it_out() -> None:
    from storyline.align.align import Fact, omissions

    said = "Judge Vale rejected the council's request to block the harbour documents on Monday."
    fact_claims = [Claim(k, x, 0, len(said), said, 0) for k, x in enumerate("abc")]
    fact = Fact(fact_claims, 3, "corroborated", fact_claims[0])
    own = [
        Claim(3, "d", 0, 30, "Judge Vale sided against the council.", 0),
        Claim(4, "d", 31, 90, "Its bid to block the harbour documents was rejected.", 1),
        Claim(5, "e", 0, 40, "Completely different words about gardening and tomatoes.", 0),
    ]
    groups = {x: x for x in "abcde"}
    out = omissions([fact], groups, fact_claims + own, None)
    assert out == {"e": [0]}  # d told it in two sentences of its own words; e said nothing of it
    # a fact two outlets word differently: its core is what both say
    two = [
        Claim(0, "a", 0, 80, "Judge Vale rejected the council's request to block the harbour documents.", 0),
        Claim(1, "b", 0, 80, "A judge, Vale, on Monday turned down the council's bid to block harbour documents.", 0),
    ]
    two.append(Claim(2, "c", 0, 70, "Vale, the judge, rejected the council's bid to block harbour documents.", 0))
    fact2 = Fact(two, 3, "corroborated", two[0])
    groups2 = {x: x for x in "abcde"}
    assert omissions([fact2], groups2, two + own, None) == {"e": [0]}


def test_an_omission_is_a_fact_most_sources_report() -> None:
    from storyline.align.align import Fact, omissions

    said = "The harbour board approved the new ferry terminal on Monday."
    other = Claim(9, "d", 0, 50, "Completely different words about gardening and tomatoes.", 0)
    two = [Claim(k, x, 0, len(said), said, 0) for k, x in enumerate("ab")]
    groups = {x: x for x in "abcd"}
    # two of four sources are not most of them: neither c nor d has left out what the other half reports
    assert omissions([Fact(two, 2, "corroborated", two[0])], groups, [*two, other], None) == {}
    three = [Claim(k, x, 0, len(said), said, 0) for k, x in enumerate("abc")]
    assert omissions([Fact(three, 3, "corroborated", three[0])], groups, [*three, other], None) == {"d": [0]}
    # a fact the sources disagree about is a conflict, not something d left out
    assert omissions([Fact(three, 3, "conflicting", three[0])], groups, [*three, other], None) == {}


def test_a_fact_elsewhere_that_states_a_disputed_figure_is_conflicting_too() -> None:
    a = make_article(
        "a", "T", "The storm killed 12 people in the coastal town on Sunday night. The mayor thanked 40 volunteers."
    )
    b = make_article(
        "b", "T", "The storm killed 15 people in the coastal town on Sunday night. The mayor thanked 40 volunteers."
    )
    c = make_article("c", "T", "Rescuers counted 15 people dead after the harbour wall gave way in the storm.")
    claims = _claims([a, b, c])
    al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
    figure = next(k for k, x in enumerate(al.conflicts) if x.kind == "figure")
    assert (15.0, "people") in al.conflicts[figure].disputed
    harbour = next(f for f in al.facts if any("harbour" in c.text for c in f.claims))
    assert figure in harbour.conflicts and harbour.status == "conflicting"
    thanks = next(f for f in al.facts if "volunteers" in f.representative.text)
    assert thanks.status == "corroborated" and not thanks.conflicts


def test_a_corroborated_fact_names_the_figures_only_one_source_gives() -> None:
    from storyline.align.align import single_source_figures

    a = make_article("a", "T", "The captain radioed a steering fault about four minutes before the ferry ran aground.")
    b = make_article("b", "T", "The captain radioed a steering fault minutes before the ferry ran aground on Tuesday.")
    c = make_article("c", "T", "The captain radioed a steering fault 4 minutes before the ferry ran aground at dusk.")
    claims = _claims([a, b])
    al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
    fact = next(f for f in al.facts if f.independent_sources == 2)
    fact.representative = next(x for x in fact.claims if x.article == "a")
    assert [(f.value, f.unit) for f in single_source_figures(fact, al.groups)] == [(4.0, "minute")]
    claims = _claims([a, c])
    al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
    fact = next(f for f in al.facts if f.independent_sources == 2)
    assert single_source_figures(fact, al.groups) == []  # "about four" and "4" agree


def test_a_share_only_one_source_gives_is_a_single_source_detail() -> None:
    from storyline.align.align import single_source_figures

    a = make_article(
        "a",
        "T",
        "Dizziness affected 5.2 percent of patients on the tablet, against 3.1 percent on placebo, "
        "and 0.8 percent stopped taking it.",
    )
    b = make_article(
        "b", "T", "Dizziness affected 5.2 percent of patients on the tablet, compared with 3.1 percent on placebo."
    )
    claims = _claims([a, b])
    al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
    fact = next(f for f in al.facts if f.independent_sources == 2)
    fact.representative = next(x for x in fact.claims if x.article == "a")
    assert [(f.value, f.unit) for f in single_source_figures(fact, al.groups)] == [(0.8, "%")]
    fact.representative = next(x for x in fact.claims if x.article == "b")
    assert single_source_figures(fact, al.groups) == []  # 5.2 and 3.1 percent: both give them


def test_one_finding_with_the_same_two_figures_in_other_words_is_one_fact() -> None:
    a = make_article(
        "a",
        "T",
        "The Tarrow council opened a new bridge. Among the tablet's users, 12 percent had a stroke within a year, "
        "against 15 percent of the others, the clinic said.",
    )
    later = "Fenwick Labs sold its plant. In the study, the yearly stroke rate fell from {} percent to 12.0 percent."
    b = make_article("b", "T", later.format(15))
    c = make_article("c", "T", later.format(19))

    def joined(other: Article) -> bool:
        claims = _claims([a, other])
        al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
        return any({x.article for x in f.claims} == {"a", other.id} for f in al.facts)

    assert joined(b)
    assert not joined(c)  # 12 and 19 percent: another finding


def test_close_in_meaning_with_nothing_distinctive_in_common_is_not_one_fact() -> None:
    from storyline.align.align import LINK, pair_scores
    from storyline.align.claims import Claim

    texts = [
        "Both sides believe the tests broke rules.",
        "Both capitals may request mediation.",
        "The missile tests broke the council rules, the ministry said on Monday.",
    ]
    claims = [Claim(index=i, article=f"a{i}", start=0, end=len(t), text=t, position=0) for i, t in enumerate(texts)]
    cos = 0.66  # above LINK on meaning alone
    v = np.array([[1.0, 0.0], [cos, np.sqrt(1 - cos**2)], [cos, -np.sqrt(1 - cos**2)]])
    scores = pair_scores(claims, v)
    # one shared word ("both"), no shared name, figure or date: the same topic only
    assert scores[0, 1] < LINK
    assert scores[0, 2] >= LINK  # the same words: the same fact


def test_a_wire_dateline_is_not_part_of_the_claim() -> None:
    a = make_article("a", "T", "KESSLING (Harbour Wire Service) - Fourteen people were hurt when the ferry grounded.")
    first = _claims([a])[0]
    assert first.text == "Fourteen people were hurt when the ferry grounded."
    for lead in ("(KWS) - ", "Kessling (KWS)", "(KWS)"):
        b = make_article("b", "T", lead + "Fourteen people were hurt when the ferry grounded.")
        assert _claims([b])[0].text == "Fourteen people were hurt when the ferry grounded.", lead
    live = make_article("l", "T", "09:12 Pickets are at the gates.\n\n3.05pm - Shares rose 4% to 9.65 crowns.")
    body = live.original.index("09:12")
    cut = live.original.index("\n\n3.05")
    ext = {live.id: ArticleExtraction(live.id, sentences=[(body, cut), (cut + 2, len(live.original))])}
    assert [c.text for c in split_claims([live], ext)] == [
        "Pickets are at the gates.",
        "Shares rose 4% to 9.65 crowns.",
    ]
    c = make_article("c", "T", "Ada Brisk (R-Kessling) Friday said fourteen people were hurt.")
    assert _claims([c])[0].text.startswith("Ada Brisk")  # a party and state, not a wire
    assert a.original[first.start : first.end] == first.text


def test_scores_clock_times_and_parts_are_not_counts_that_conflict() -> None:
    assert find_figures("a 20 - 13 win and a 31-24 victory, a 9-5 season") == []
    assert [f.unit for f in find_figures("kick-off at 11 PM")] == [""]
    assert [f.unit for f in find_figures("34 passes")] == ["pass"]
    part = find_figures("he completed his first 17 passes")[0]
    whole = find_figures("he completed 34 passes")[0]
    assert part.low <= whole.high and whole.low <= part.high  # a part is no disagreement with the whole
    (total,), (games,) = find_figures("in a combined 157 games"), find_figures("in 54 games with the Angels")
    assert total.overlaps(games) and not find_figures("in 157 games")[0].overlaps(games)


def test_figures_of_different_people_or_of_a_crowded_unit_need_more_to_conflict() -> None:
    from storyline.align.align import CROWDED, _pair_conflicts
    from storyline.align.claims import Claim

    def claim(article: str, text: str, people: frozenset[str] = frozenset()) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, figures=tuple(find_figures(text)), people=people)

    a = claim("a", "Charles rushed for 226 yards.", frozenset({"Charles"}))
    b = claim("b", "Hillis rushed for 101 yards.", frozenset({"Hillis"}))
    assert _pair_conflicts(a, b, 0.9) == []  # two players, two figures
    texas = Claim(
        0, "t", 0, 20, "Cruz polled 9% in Texas.", 0, figures=tuple(find_figures("9%")), places=frozenset({"tx"})
    )
    iowa = Claim(
        0, "i", 0, 20, "Cruz polled 23% in Iowa.", 0, figures=tuple(find_figures("23%")), places=frozenset({"ia"})
    )
    assert _pair_conflicts(texas, iowa, 0.9) == []  # two states, two figures
    orioles, red_sox = (
        Claim(0, k, 0, 40, t, 0, figures=tuple(find_figures(t)), orgs=frozenset({k}))
        for k, t in (
            ("orioles", "The Orioles offered a 7-year deal."),
            ("red sox", "The Red Sox offered an 8-year deal."),
        )
    )
    assert _pair_conflicts(orioles, red_sox, 0.9) == []  # two teams' offers
    said = Claim(0, "x", 0, 40, "The club offered a 8-year deal.", 0, figures=tuple(find_figures("a 8-year deal")))
    assert [x.kind for x in _pair_conflicts(orioles, said, 0.9)] == ["figure"]  # no other organisation named
    c = claim("c", "Charles rushed for 101 yards.", frozenset({"Charles"}))
    assert [x.kind for x in _pair_conflicts(a, c, 0.7)] == ["figure"]
    line1 = claim("x", "He ran for 189 yards, caught 4 passes and scored 2 touchdowns.")
    line2 = claim("y", "He ran for 498 yards, caught 17 passes and scored 8 touchdowns.")
    assert _pair_conflicts(line1, line2, 0.9) == []  # two lines of statistics, not one told two ways
    line3 = claim("z", "He ran for 498 yards, caught 4 passes and scored 2 touchdowns.")
    assert [x.kind for x in _pair_conflicts(line1, line3, 0.9)] == ["figure"]
    crowded = frozenset({"yard"})  # the story gives >= CROWDED different values in yards
    assert CROWDED >= 5
    assert _pair_conflicts(a, c, 0.7, crowded=crowded) == []
    assert [x.kind for x in _pair_conflicts(a, c, 0.85, crowded=crowded)] == ["figure"]


def test_a_sentence_opening_with_he_gives_the_figures_of_the_person_named_before_it() -> None:
    from storyline.align.align import _pair_conflicts
    from storyline.models import Mention

    def person(a, name: str) -> Mention:
        start = a.original.index(name)
        return Mention(Span(a.id, start, start + len(name), name), "PERSON", entity=name.lower())

    a = make_article("a", "T", "Thomas missed the rest of the season. He had 793 yards and six touchdowns")
    b = make_article("b", "T", "Bush missed the rest of the season. He had 269 yards and two touchdowns")
    c = make_article("c", "T", "He had 500 yards and six touchdowns. Nobody else is named here")
    ext = {x.id: ArticleExtraction(x.id, sentences=_sentences(x)) for x in (a, b, c)}
    ext["a"].mentions.append(person(a, "Thomas"))
    ext["b"].mentions.append(person(b, "Bush"))
    claims = {(cl.article, cl.position): cl for cl in split_claims([a, b, c], ext)}
    ha, hb, hc = claims[("a", 1)], claims[("b", 1)], claims[("c", 0)]
    assert ha.people == {"thomas"} and hb.people == {"bush"}
    assert hc.people == frozenset()  # nobody named before it: who "he" is stays open
    assert _pair_conflicts(ha, hb, 0.9) == []  # two players' seasons, not a disagreement
    assert [x.kind for x in _pair_conflicts(ha, hc, 0.9)] == ["figure"]


def test_sentences_about_people_they_do_not_name_are_one_fact_only_when_those_people_are_one() -> None:
    """ "He did not have a weapon" after Orsen in one article, after Vance in another (two shootings one story reports):
    two facts, however alike. After Orsen in both (named "Pell Orsen" and "Orsen", two entities), one fact."""
    from storyline.align.align import FACT_LINK, pair_matrices
    from storyline.models import Mention

    def person(a, name: str, key: str) -> Mention:
        start = a.original.index(name)
        return Mention(Span(a.id, start, start + len(name), name), "PERSON", entity=key, name=name)

    arts = [
        make_article(
            "a", "T", "Police in Tarrow shot Pell Orsen on Friday. He did not have a weapon on him at the time"
        ),
        make_article("b", "T", "Police in Kessling shot Dario Vance on Monday. He did not have a weapon on him then"),
        make_article("c", "T", "Officers in Tarrow shot Orsen on Friday. He did not have a weapon on him at that time"),
    ]
    ext = {x.id: ArticleExtraction(x.id, sentences=_sentences(x)) for x in arts}
    ext["a"].mentions.append(person(arts[0], "Pell Orsen", "e1"))
    ext["b"].mentions.append(person(arts[1], "Dario Vance", "e2"))
    ext["c"].mentions.append(person(arts[2], "Orsen", "e3"))  # resolved as another entity: the surname decides
    claims = [c for c in split_claims(arts, ext) if c.position == 1]
    assert [c.told for c in claims] == ["orsen", "vance", "orsen"]
    _, link = pair_matrices(claims, np.array([[1.0, 0.0, 0.0], [0.97, 0.243, 0.0], [0.97, -0.243, 0.0]]))
    assert link[0, 2] >= FACT_LINK  # Orsen in both
    assert link[0, 1] == 0.0 and link[1, 2] == 0.0  # Orsen's shooting and Vance's


def test_a_date_that_names_a_thing_does_not_date_the_claim() -> None:
    from storyline.models import DateMention

    a = make_article(
        "a",
        "T",
        "Jackson was arrested on Tuesday and will play in Sunday's playoff game. She was hit by a gray 2013 Toyota "
        "Camry. They lost on Friday before Saturday night’s game. A 2013 gray Camry hit her in 2013",
    )
    ext = ArticleExtraction("a", sentences=_sentences(a))
    for word in ("Tuesday", "Sunday", "Friday", "Saturday"):
        start = a.original.index(word)
        ext.dates.append(DateMention(Span("a", start, start + len(word), word), None, True))
    first, second, third, fourth = split_claims([a], {"a": ext})
    assert first.dates == ("tuesday",)  # not "sunday": the game's day, not the arrest's
    assert second.dates == ()  # a model year is no date
    assert third.dates == ("friday",)
    assert fourth.dates == ("2013",)  # the second 2013 dates the event


def test_a_negation_under_a_condition_is_no_denial() -> None:
    from storyline.align.align import _pair_conflicts
    from storyline.align.claims import NEGATION, Claim

    def claim(article: str, text: str) -> Claim:
        return Claim(
            0, article, 0, len(text), text, 0, entities=frozenset({"bush"}), negated=bool(NEGATION.search(text))
        )

    stated = claim("a", "The Saints placed Bush on injured reserve on Wednesday.")
    denied = claim("b", "The Saints did not place Bush on injured reserve on Wednesday.")
    conditional = claim(
        "c", "The Saints would not have placed Bush on injured reserve if they were still in contention."
    )
    assert [x.kind for x in _pair_conflicts(stated, denied, 0.9)] == ["negation"]
    assert _pair_conflicts(stated, conditional, 0.9) == []
    # a plan against what happened: the Saints may well not have done what they were to do
    planned = claim("d", "The Saints will place Bush on injured reserve on Wednesday.")
    assert _pair_conflicts(planned, denied, 0.9) == []


def test_different_dates_for_the_same_event_conflict_but_sentences_with_several_dates_do_not() -> None:
    a = make_article("a", "T", "The ferry Marisol Grey ran aground off Kessling Point on Tuesday, 14 April 2026.")
    b = make_article("b", "T", "The ferry Marisol Grey ran aground off Kessling Point on Wednesday, 15 April 2026.")
    ext = {x.id: ArticleExtraction(x.id, sentences=_sentences(x)) for x in (a, b)}
    claims = split_claims([a, b], ext)
    for c, day in zip(claims, ("2026-04-14", "2026-04-15"), strict=True):
        c.dates = (day,)
        c.entities = frozenset({"marisol"})
    al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
    assert [c.kind for c in al.conflicts] == ["date"]
    # a sentence giving two dates is not one event's date, unless the parse dates the same act ("ran aground") on one
    # day in each sentence: "on Wednesday, 15 April 2026" still disputes "on Tuesday, 14 April 2026"
    claims[1].dates = ("2026-04-15", "1999")
    al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
    assert [c.kind for c in al.conflicts] == ["date"]
    claims[1].dates = ("2026-04", "1999")  # no day of the act to compare: a month and a year
    al = align(claims, embed_claims(claims, embedder=HashEmbedder()))
    assert [c.kind for c in al.conflicts] == []


def test_clock_readings_phone_numbers_and_parts_of_a_total() -> None:
    assert find_figures("updated at 18: 50 IST") == []
    assert find_figures("call police on 0845 125 2222") == []
    assert [(f.value, f.unit) for f in find_figures("in 2008 14 people died")] == [(14.0, "people")]
    part, total = find_figures("he completed 28 of 41 passes")
    assert (part.unit, total.unit) == ("pass", "pass") and part.high == float("inf")


def test_side_remarks_and_not_until_are_no_denial() -> None:
    from storyline.align.align import _negates
    from storyline.align.claims import NEGATION, Claim

    def claim(text: str) -> Claim:
        return Claim(0, "x", 0, len(text), text, 0, negated=bool(NEGATION.search(text)))

    stated = claim("Palin stopped by the church on Saturday.")
    assert not _negates(
        claim("Ms. Palin, who was not at the church at the time, stopped by the church on Saturday."), stated
    )
    assert not _negates(claim("It's not Saturday, but Palin stopped by the church."), stated)
    assert not _negates(claim("It wasn't until Saturday that Palin stopped by the church."), stated)
    assert _negates(claim("Palin did not stop by the church on Saturday."), stated)
    assert NEGATION.search("I cant speak for the first death")


def test_concessions_questions_idioms_and_unsaid_things_are_no_denial() -> None:
    from storyline.align.align import _negates
    from storyline.align.claims import NEGATION, Claim

    def claim(text: str) -> Claim:
        return Claim(0, "x", 0, len(text), text, 0, negated=bool(NEGATION.search(text)))

    stars = claim("The main stars, Ada Lind and Pia Roos, are all signed on for the rest of the films.")
    assert not _negates(claim("While Vale wasn't signed on to more films, the stars are all signed on."), stars)
    assert not _negates(claim("Despite reports that Vale would not be signed on, the stars are."), stars)
    assert not _negates(
        claim("Vale will not be paid; the studio may hire another director."), claim("Will the studio pay Vale?")
    )
    assert not _negates(claim("Ada Lind, none more so than on set, is signed on for the films."), stars)
    bullets = claim("The autopsy showed that seven bullets entered Gray's body.")
    assert not _negates(claim("The autopsy did not specify which of the seven bullets entered Gray's body."), bullets)
    # the names alone are not what is denied: "not a guarantee that Ada Lind ..." / "Ada Lind's future"
    assert not _negates(claim("It is not a guarantee that Ada Lind and Pia Roos will be back."), stars)
    assert _negates(claim("The main stars are not signed on for the rest of the films."), stars)


def test_a_clock_time_is_not_a_year() -> None:
    a = make_article("a", "T", "The blaze broke out on the roof at about 2045 GMT and spread fast.")
    assert _claims([a])[0].dates == ()


def _pair(texts: list[str], cos: float, names: list[dict[str, str]] | None = None) -> tuple[list, np.ndarray]:
    """Claims of different articles whose embeddings are ``cos`` apart (first against each other one)."""
    from storyline.align.claims import Claim

    claims = [
        Claim(index=i, article=f"a{i}", start=0, end=len(t), text=t, position=0, names=(names or [{}] * len(texts))[i])
        for i, t in enumerate(texts)
    ]
    rows = [[1.0, 0.0, 0.0]] + [[cos, np.sqrt(1 - cos**2) * (-1) ** k, 0.0] for k in range(len(texts) - 1)]
    return claims, np.array(rows)


def test_the_same_fact_needs_its_words_not_only_its_topic() -> None:
    """Two sentences about the same people and topic are close in meaning whatever they claim; a second source
    states the claim in the same distinctive words. Only the paraphrase is one fact with the first."""
    from storyline.align.align import FACT_LINK, pair_matrices

    texts = [
        "Gaetz sought blanket pre-emptive pardons for himself and allies in Congress.",
        "Trump issued a statement defending Gaetz, a political ally under investigation.",
        "Gaetz asked White House aides for blanket pre-emptive pardons, the newspaper reported.",
    ]
    claims, v = _pair(texts, 0.68)
    _, link = pair_matrices(claims, v)
    assert link[0, 1] < FACT_LINK  # same man, same topic, another claim
    assert link[0, 2] >= FACT_LINK  # "blanket pre-emptive pardons": the same claim
    facts = align(claims, v).facts
    together = [f for f in facts if len(f.claims) > 1]
    assert [sorted(c.article for c in f.claims) for f in together] == [["a0", "a2"]]


def test_shared_names_weigh_less_than_shared_claims_and_far_pairs_need_meaning() -> None:
    from storyline.align.align import pair_matrices

    texts = [
        "Sofie Lindqvist of Halvard Timber said the company would rebuild.",
        "Sofie Lindqvist of Halvard Timber estimated the damage at 2.5 million euros.",
        "Firefighters kept the blaze from a fuel depot.",  # words in every sentence weigh nothing (IDF)
    ]
    names = [{"p": "Sofie Lindqvist", "o": "Halvard Timber"}] * 2 + [{}]
    light, plain = pair_matrices(*_pair(texts, 0.6, names))[1], pair_matrices(*_pair(texts, 0.6))[1]
    assert light[0, 1] < plain[0, 1]  # the shared words are the names: half their weight
    far = pair_matrices(*_pair(["Both are in hospital.", "Both were taken to hospital.", "Smoke rose."], 0.4))[1]
    assert abs(far[0, 1] - 0.4) < 1e-6  # under the floor, shared words add nothing


def test_the_same_person_and_title_alone_are_who_not_what() -> None:
    from storyline.align.align import pair_matrices, who_words
    from storyline.align.claims import Claim

    texts = [
        "Its managing director, Sofie Lindqvist, estimated the damage at 2.5 million euros.",
        "Halvard Timber's managing director Sofie Lindqvist said the company would rebuild.",
        "Managing director Sofie Lindqvist put the damage at 2.5 million euros.",
        "Smoke rose over the docks.",
    ]
    claims = [
        Claim(
            index=k, article=f"a{k}", start=0, end=len(t), text=t, position=0,
            people=frozenset({"p"}) if k < 3 else frozenset(), names={"p": "Sofie Lindqvist"} if k < 3 else {},
        )
        for k, t in enumerate(texts)
    ]  # fmt: skip
    assert who_words(claims[0]) == {"sofie", "lindqvist", "managing", "director"}
    v = _pair(texts, 0.6)[1]
    _, link = pair_matrices(claims, v)
    assert abs(link[0, 1] - 0.6) < 1e-6  # only who in common: the shared words add nothing
    assert link[0, 2] > 0.6 + 0.3  # "damage", "2.5 million euros": the same claim


def test_the_names_most_sources_give_are_where_not_what() -> None:
    """Two sentences that share only the hospital and the town every source of the story names report two things (when
    the first infant was admitted / where all were treated): the link is their meaning alone. A name only some sources
    give ("Kestrel Ward") is what a claim is about, and ties the sentences that share it."""
    from storyline.align.align import common_names, pair_matrices
    from storyline.align.claims import Claim

    hospital, town, ward = "St. Aldric Children's Hospital", "Orlesk", "Kestrel Ward"
    rows = [
        ("The first infant was taken to the Kestrel Ward of St. Aldric Children's Hospital in Orlesk.", 3),
        ("All of them were treated at St. Aldric Children's Hospital in Orlesk.", 2),
        ("Two infants are still on the Kestrel Ward, St. Aldric Children's Hospital in Orlesk said.", 3),
        ("Brisvale Nutrition recalled three batches of formula made in Orlesk.", 1),
    ]
    claims = [
        Claim(index=k, article=f"a{k}", start=0, end=len(t), text=t, position=0,
              names=dict(list({"h": hospital, "o": town, "w": ward}.items())[:n]) if n > 1 else {"o": town})
        for k, (t, n) in enumerate(rows)
    ]  # fmt: skip
    claims[2].names.update({"w": ward})
    common = common_names(claims)
    assert {"orlesk", "aldric", "hospital"} <= common and "kestrel" not in common
    v = _pair([t for t, _ in rows], 0.68)[1]
    _, link = pair_matrices(claims, v)
    assert abs(link[0, 1] - 0.68) < 1e-6  # only the story's common names in common: meaning alone
    assert link[0, 2] > 0.68 + 0.1  # "Kestrel Ward", which half the sources do not name
    # the same two sentences in a story whose other sources name neither the hospital nor the town: a named thing
    # of their own, which ties them
    others = [Claim(index=4 + k, article=f"b{k}", start=0, end=10, text="Rain fell.", position=0) for k in range(3)]
    _, wider = pair_matrices(claims[:2] + others, _pair([t for t, _ in rows[:2]] + ["Rain fell."] * 3, 0.68)[1])
    assert wider[0, 1] > 0.68 + 0.1


def test_function_words_are_no_content_words() -> None:
    from storyline.align.align import content_terms

    assert content_terms("The road was closed until Friday and this has gone") == {"road", "closed", "friday", "gone"}
    # accents folded: one outlet's "Šimon Kovář" is another's "Simon Kovar"
    assert content_terms("Dr Šimon Kovář said") == content_terms("Dr Simon Kovar said") == {"simon", "kovar"}


def test_two_quotations_are_one_statement_only_in_the_same_words() -> None:
    from storyline.align.align import FACT_LINK, pair_matrices
    from storyline.align.claims import Claim

    texts = [
        '"I think making a deal would be in the interests of Israel," Trump told the network.',
        '"A lot will have to do with Israel and whether Israel wants to make the deal."',
        '"Making a deal would be in the interests of Israel," he said.',
        "Fog closed the harbour for the day.",
    ]
    quoted = [0.8, 1.0, 0.8, 0.0]
    claims = [
        Claim(index=k, article=f"a{k}", start=0, end=len(t), text=t, position=0, quoted=q)
        for k, (t, q) in enumerate(zip(texts, quoted, strict=True))
    ]
    v = _pair(texts, 0.74)[1]
    _, link = pair_matrices(claims, v)
    assert link[0, 1] < FACT_LINK  # two statements on one subject
    assert link[0, 2] >= FACT_LINK  # the same words quoted by another outlet


def test_a_sentence_of_names_only_states_no_fact() -> None:
    from storyline.align.align import pair_matrices

    texts = ["Marco Rubio (1.)", "Marco Rubio.", "Rubio won the Minnesota caucuses."]
    names = [{"p": "Marco Rubio"}, {"p": "Marco Rubio"}, {"p": "Rubio", "g": "Minnesota"}]
    claims, v = _pair(texts, 0.95, names)
    _, link = pair_matrices(claims, v)
    assert link[0, 1] == 0.0 and link[0, 2] == 0.0


def test_large_stories_need_more_evidence_for_one_fact() -> None:
    from storyline.align.align import FACT_LINK, LINK, fact_threshold

    assert fact_threshold(30) == FACT_LINK
    assert LINK < fact_threshold(3) < fact_threshold(30) < fact_threshold(300) <= 0.9
    # the same pair of sentences: one fact in a short story, not in a long one
    claims, v = _pair(["A ferry grounded.", "The ferry ran aground."], 0.0)
    link = np.array([[0.0, 0.8], [0.8, 0.0]])
    from storyline.align.align import _cluster

    assert _cluster(claims, link, fact_threshold(20)) == [[0, 1]]
    assert _cluster(claims, link, fact_threshold(600)) == [[0], [1]]


def test_a_sentence_inside_a_quotation_attributed_elsewhere_is_not_the_outlets_claim() -> None:
    from storyline.models import Quote

    body = (
        'The expert was upbeat. "Moscow wants a deal. Russia would benefit in this case," Korneev said. '
        '"Talks matter," he added. The talks begin in May.'
    )
    a = make_article("a", "Talks", body)
    ext = ArticleExtraction(a.id, sentences=_sentences(a))
    t = a.original

    def span(s: str) -> Span:
        i = t.index(s)
        return Span("a", i, i + len(s), s)

    ext.quotes = [
        Quote("a", "direct", span("Moscow wants a deal. Russia would benefit in this case,"), span("Korneev"), "K"),
        Quote("a", "direct", span("Talks matter,"), span("he"), "K", cue=span("added")),
    ]
    claims = {c.text.strip(): c for c in split_claims([a], {"a": ext})}
    got = {k: c.attributed for k, c in claims.items()}
    assert got['"Moscow wants a deal.'] is False  # Korneev's words; his name is in the next sentence
    assert got['Russia would benefit in this case," Korneev said.'] is True
    assert got['"Talks matter," he added.'] is True
    assert got["The talks begin in May."] is True and got["The expert was upbeat."] is True
    # the two halves of Korneev's quotation do not pair their quotation marks when shown alone
    assert [k for k, c in claims.items() if not c.whole] == [
        '"Moscow wants a deal.',
        'Russia would benefit in this case," Korneev said.',
    ]


def test_a_fact_is_shown_in_a_wording_that_names_its_speaker_and_pairs_its_quotation_marks() -> None:
    from dataclasses import replace

    texts = [
        "You cannot become a mediator between two countries on your own will.",
        '"You cannot become a mediator between two countries on your own will," Peskov said.',
    ]
    claims, v = _pair(texts, 0.95)
    claims[0] = replace(claims[0], quoted=1.0, attributed=False)  # Peskov is named in the next sentence
    for order in (claims, claims[::-1]):
        facts = [f for f in align(list(order), v if order is claims else v[::-1]).facts if len(f.claims) > 1]
        assert len(facts) == 1 and facts[0].representative.text == texts[1]
    # both name the speaker; one is the second half of a quotation begun in the sentence before it
    claims[0] = replace(claims[0], attributed=True, whole=False)
    claims[1] = replace(claims[1], whole=True)
    for order in (claims, claims[::-1]):
        facts = [f for f in align(list(order), v if order is claims else v[::-1]).facts if len(f.claims) > 1]
        assert len(facts) == 1 and facts[0].representative.text == texts[1]
    claims[0], claims[1] = replace(claims[0], whole=True), replace(claims[1], whole=False)
    facts = [f for f in align(claims, v).facts if len(f.claims) > 1]
    assert facts[0].representative.text == texts[0]


def _named_claims(texts: dict[str, str], names: tuple[tuple[str, str], ...]) -> dict[str, Claim]:
    """One claim per text (article id -> text), with a mention at each occurrence of the names (name, label) not
    inside an earlier one."""
    from storyline.models import Mention

    arts = [make_article(k, "T", t) for k, t in texts.items()]
    ext = {x.id: ArticleExtraction(x.id, sentences=_sentences(x)) for x in arts}
    for x in arts:
        for name, label in names:
            for start in (m.start() for m in re.finditer(name, x.original)):
                if not any(m.span.start <= start < m.span.end for m in ext[x.id].mentions):
                    ext[x.id].mentions.append(Mention(Span(x.id, start, start + len(name), name), label, entity=name))
    return {cl.article: cl for cl in split_claims(arts, ext)}


def test_figures_are_compared_holder_with_holder() -> None:
    from storyline.align.align import _pair_conflicts

    texts = {
        "a": "Danny Green scored 14 points, while Ty Lawson posted 15 points",
        "b": "Ty Lawson added 16 points for the Tar Heels, and Danny Green had 14",
        "c": "Jamaal Charles rushed for 226 yards while Peyton Hillis added 101 yards",
        "d": "RB Peyton Hillis rushed for 101 yards in the Chiefs' game and the Chiefs finished with 352 yards",
        "e": "Hillis ran for 226 yards for the Chiefs",
    }
    names = (
        ("Danny Green", "PERSON"),
        ("Ty Lawson", "PERSON"),
        ("Jamaal Charles", "PERSON"),
        ("Peyton Hillis", "PERSON"),
        ("Hillis", "ORG"),  # the tagger's label differs: the last word of the name still matches
        ("Chiefs", "ORG"),
    )
    claims = _named_claims(texts, names)
    (lawson,) = _pair_conflicts(claims["a"], claims["b"], 0.9)
    assert lawson.topic == "point: 15 vs 16"  # Lawson's points; Green's 14 agree
    assert _pair_conflicts(claims["c"], claims["d"], 0.9) == []  # Charles's 226 yards, Hillis's 101, the team's 352
    assert claims["d"].holder(claims["d"].figures[-1]) == "chiefs"  # not "the Chiefs' game"
    assert [x.topic for x in _pair_conflicts(claims["d"], claims["e"], 0.9)] == ["yard: 101 vs 226"]


def _figure_topics(x: str, y: str) -> list[str]:
    """The topics of the conflicts between two sentences of two articles, read with their figures only."""
    from storyline.align.align import _pair_conflicts

    a, b = (Claim(0, k, 0, len(t), t, 0, figures=tuple(find_figures(t))) for k, t in (("a", x), ("b", y)))
    return [c.topic for c in _pair_conflicts(a, b, 0.95)]


def test_rates_totals_other_things_and_numbers_told_loosely_do_not_conflict() -> None:
    conflicts = _figure_topics
    assert conflicts("He will earn $25 million a season.", "He will earn $161 million.") == []
    assert conflicts("He will earn $25 million a season.", "He will earn $23 million a season.") == [
        "dollar: 23 million a season vs 25 million a season"
    ]
    assert conflicts("Victims rose by 50% daily.", "Victims rose by 20% in the week.") == []
    assert conflicts("He has averaged more than 30 home runs.", "He hit at least 100 home runs.") == []
    assert conflicts("It evacuated some 420 passengers and crew.", "It flew its 246 passengers out.") == []
    assert conflicts("It evacuated 420 passengers and 30 crew.", "It flew its 246 passengers out.") != []
    assert conflicts("Bush missed 4 games.", "Bush played in 10 games, but sat out 4 straight.") == []
    assert conflicts("She finished 30 days of rehab and has a 90 - day stay.", "She must serve 90 days.") == []
    assert conflicts("Thomas missed 10 of the Saints ' 16 games.", "Thomas missed 10 games.") == []
    assert conflicts("Police seized 7 rifles and 2 other rifles.", "Police seized 7 rifles.") == []
    figs = find_figures("Of 23 pirates, 11 are Yemeni; they held 22 Yemeni fishermen and 5 Republican senators.")
    assert {f.unit for f in figs} >= {"pirate", "fishermen", "senator"}
    assert conflicts("Police seized 7 rifles.", "Police seized 12 rifles.") == ["rifle: 7 vs 12"]  # by value: 7 first
    # a gap between two counts says nothing against either count
    assert conflicts("Vale is 439 delegates short of the nomination.", "Vale had captured 1,944 delegates.") == []
    assert conflicts("Vale leads by 200 delegates.", "Vale has won 1,100 delegates.") == []
    # two polls' margins of error are no dispute; a day of the month is no count
    margin = "The poll has a margin of error of plus or minus {} percentage points."
    assert conflicts(margin.format(3), margin.format(3.5)) == []
    assert conflicts("Of 1,590 votes at the March 12 county convention, 1128 went to Vale.", "Vale won 1 county.") == []


def test_a_receiver_is_not_the_holder_and_two_periods_are_two_counts() -> None:
    from storyline.align.align import _pair_conflicts

    texts = {
        "a": "The Red Sox made an offer, and the Orioles offered Teixeira 7 years.",
        "b": "The Red Sox offered Teixeira 8 years, the Orioles said.",
        "c": "The Orioles offered Teixeira 7 years.",
        "d": "The Orioles offered Teixeira 8 years.",
    }
    claims = _named_claims(texts, (("Red Sox", "ORG"), ("Orioles", "ORG"), ("Teixeira", "PERSON")))
    assert claims["a"].holder(claims["a"].figures[0]) == "orioles"  # the giver, not Teixeira who receives
    assert _pair_conflicts(claims["a"], claims["b"], 0.95) == []  # the Orioles' 7 years, the Red Sox's 8
    assert [c.topic for c in _pair_conflicts(claims["c"], claims["d"], 0.95)] == ["year: 7 vs 8"]
    paid = {
        "e": "Ross was paid $3 million to direct the film.",
        "f": "Now that The Hunger Games is a hit with more than $363 million, Ross may return.",
    }
    claims = _named_claims(paid, (("Ross", "PERSON"), ("The Hunger Games", "LAW")))  # the tagger's label
    assert _pair_conflicts(claims["e"], claims["f"], 0.95) == []  # Ross's pay, the film's takings

    conflicts = _figure_topics
    assert conflicts("He has 14 touchdowns this season.", "He had 12 touchdowns in 2008.") == []
    assert conflicts("He had 9 catches in his last two games.", "He had 4 catches since Week 11.") == []
    assert conflicts("He has 14 touchdowns this season.", "He has 12 touchdowns this season.") != []
    assert conflicts("He has 14 touchdowns this season.", "He has 12 touchdowns.") != []  # one period: one count
    # a count over part of a period (a run of a game, since a date) is a part of the whole's count
    assert conflicts("He had 5 points during a pivotal 15 - 2 run.", "He scored 23 points.") == []
    assert conflicts("He was arrested 3 times since October.", "He was arrested 4 times.") == []
    assert conflicts("He scored 11 points in the second half.", "He scored 3 points during the 15-2 run.") == []
    assert conflicts("Those 10 points tied the record.", "He scored 23 points.") == []  # the points told before
    assert conflicts("He was hurt in an overtime loss, then missed 9 games.", "He missed 10 games.") != []
    assert conflicts("He was hurt in the attack, half of his 9 men died.", "He lost 10 men.") != []


def test_counts_of_one_kind_do_not_meet_counts_of_another() -> None:
    conflicts = _figure_topics
    assert conflicts("He caught 8 passes for 66 yards.", "He finished with 404 yards rushing.") == []
    assert conflicts("He scored 6 touchdowns on offense.", "He had 4 touchdowns receiving.") == []
    assert conflicts("He had 66 receiving yards.", "He had 404 rushing yards.") == []
    assert conflicts("He had 300 rushing yards.", "He had 404 rushing yards.") == ["yard: 300 rushing vs 404 rushing"]
    (rushing,) = find_figures("He had 404 rushing yards")
    assert (rushing.unit, rushing.measure) == ("yard", "rushing")


def test_a_denial_bears_on_the_word_it_negates_first() -> None:
    from storyline.align.align import _negates
    from storyline.align.claims import NEGATION

    def claim(text: str) -> Claim:
        return Claim(0, "x", 0, len(text), text, 0, negated=bool(NEGATION.search(text)))

    court = claim("Vale has checked into a clinic to begin a 90-day court-ordered stint.")
    unsanctioned = (
        "Vale checked in on Thursday, but the clinic has not been officially sanctioned by the court that ordered it."
    )
    assert not _negates(claim(unsanctioned), court)
    scored = claim("Manning completed 29 of 34 passes for 364 yards.")
    assert not _negates(claim("But he wasn't a match for Manning, who completed 29 of 34 for 364 yards."), scored)
    released = claim("Results from the blood-alcohol test were released Wednesday.")
    assert _negates(claim("Results of the blood-alcohol test have not been released."), released)


def test_dates_told_anyway_or_unresolved_do_not_conflict() -> None:
    from storyline.align.align import _pair_conflicts
    from storyline.align.claims import _STATEMENT_DATE

    def dated(article: str, text: str, *dates: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, entities=frozenset({"Vale"}), dates=dates)

    def kinds(a: Claim, b: Claim) -> list[str]:
        return [c.kind for c in _pair_conflicts(a, b, 0.95)]

    emmy = dated("a", "Vale won an Emmy for hosting in 2005.", "2005")
    assert kinds(emmy, dated("b", "Vale hosted the 2004 and 2005 awards, winning an Emmy.", "2004")) == []
    patch = dated("a", "As promised Tuesday, Vale today issued a patch.", "tuesday", "today")
    assert kinds(patch, dated("b", "Vale issued a patch on Wednesday.", "wednesday")) == []
    won = dated(
        "a", "Vale won on Tuesday, where she had lost eight years earlier.", "2016-02-09", "eight years earlier"
    )
    assert kinds(won, dated("b", "Vale won in the state she lost eight years ago.", "2008")) == []
    ended = dated("a", "Vale ended her career in 1957.", "1957")
    assert kinds(ended, dated("b", "By 1958, Vale's career had ended.", "1958")) == ["date"]
    assert _STATEMENT_DATE.search("coach Sean Payton said at practice on ")  # when it was said


def test_rounded_figures_a_date_named_by_numbers_and_a_weekday_told_anyway() -> None:
    conflicts = _figure_topics
    # "$1.4 trillion" is "$1.37 trillion" rounded; 6.8 and 6.9 million are not one number rounded two ways
    assert conflicts("The House passed a $1.37 trillion package.", "The House passed a $1.4 trillion package.") == []
    assert conflicts("Claims were revised to 6.9 million.", "Claims were revised to 6.8 million.") != []
    assert conflicts("Vale shot 12 people, killing two.", "Two people died in the Vale shooting.") == []
    assert not [
        f for f in find_figures("A report ties 9/11 hijackers to the plot, open 24/7.") if f.value in (9, 11, 24, 7)
    ]
    from storyline.align.align import _pair_conflicts

    def dated(article: str, text: str, *dates: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, entities=frozenset({"Vale"}), dates=dates)

    plan = dated("c", "Vale on Thursday will try to force a vote on the port.", "thursday")
    done = dated("d", "The council blocked Vale on Wednesday from forcing a vote on the port.", "wednesday")
    assert [c.kind for c in _pair_conflicts(plan, done, 0.95)] == []  # a plan and what happened: two moments
    said = dated("b", "Vale said Sunday the port had reopened on Wednesday.", "wednesday")  # "Sunday" not read
    assert [
        c.kind for c in _pair_conflicts(dated("a", "Vale on Sunday said the port would reopen.", "sunday"), said, 0.95)
    ] == []


def test_dates_of_two_different_actions_do_not_conflict() -> None:
    """The date must be said of the same action in both sentences: the ramming on Tuesday and the charge on
    Thursday are two moments of one story, the ramming on Tuesday and on Wednesday a dispute."""
    from storyline.align.align import _pair_conflicts
    from storyline.align.claims import Claim

    def claim(article: str, text: str, day: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, entities=frozenset({"dray"}), dates=(day,))

    rammed = claim(
        "a", "On Tuesday night, the pilot Ansel Dray rammed the ferry quay at Kessling, injuring two.", "tuesday"
    )
    charged = claim(
        "b", "Ansel Dray on Thursday was charged with endangering shipping after the ramming at Kessling.", "thursday"
    )
    rammed_again = claim("c", "The pilot Ansel Dray rammed the ferry quay at Kessling on Wednesday.", "wednesday")
    assert _pair_conflicts(rammed, charged, 0.9) == []
    assert [c.kind for c in _pair_conflicts(rammed, rammed_again, 0.9)] == ["date"]


def test_a_date_dispute_is_one_conflict_and_plans_as_a_noun_tell_nothing_to_come() -> None:
    from storyline.align.align import Conflict, _tells_future, find_conflicts, outvoted, same_side

    texts = [
        ("a", "Bus drivers in Vellmoor walked off the job on Monday in a dispute over plans to cut night routes.", "monday"),
        ("b", "Bus drivers in Vellmoor walked off the job on Tuesday in a row over cuts to night routes.", "2026-03-10"),
        ("c", "Bus drivers in Vellmoor walked off the job on Monday after talks over night routes collapsed.", "2026-03-09"),
    ]  # fmt: skip
    claims = [
        Claim(k, art, 0, len(t), t, 0, entities=frozenset({"vellmoor"}), dates=(day,))
        for k, (art, t, day) in enumerate(texts)
    ]
    scores = np.full((3, 3), 0.9) - np.eye(3) * 0.9
    groups = {"a": "a", "b": "b", "c": "c"}
    found = find_conflicts(claims, scores, groups)
    assert [(c.kind, c.topic, len(c.sides)) for c in found] == [("date", "date: 2026-03-09 vs 2026-03-10", 3)]
    assert same_side(found[0], claims[0], claims[2]) and not same_side(found[0], claims[0], claims[1])
    assert outvoted(found, groups) == {id(claims[1])}  # Tuesday, one outlet against two
    assert not _tells_future(texts[0][1])  # "a dispute over plans to cut": a noun
    assert _tells_future("The city plans to cut night routes on Monday.")
    assert outvoted([Conflict("date", "t", claims[:2])], groups) == set()  # one against one: a tie


def test_shares_of_two_groups_do_not_conflict() -> None:
    conflicts = _figure_topics
    assert (
        conflicts(
            "Among senior staff, 36 percent are people of color, according to the campaign.",
            "At least 60 percent of the staff is white, the campaign said.",
        )
        == []
    )
    assert conflicts("Women are 36 percent of the staff.", "Women make up 46 percent of the staff.") != []
    assert conflicts("Clinton leads with 45 percent.", "Clinton has 41 percent support.") != []  # one says nothing


def test_a_forecast_does_not_dispute_a_reported_figure() -> None:
    conflicts = _figure_topics
    reported = "Non-government employers added 102,000 jobs, according to a report from ADP."
    assert conflicts("Economists expect to see 165,000 jobs were added in June.", reported) == []
    assert conflicts("Analysts polled by Reuters had forecast 180,000 jobs.", reported) == []
    # two forecasts, or two reports, of one figure still disagree
    assert conflicts("Economists expect 165,000 jobs.", "Economists expect 120,000 jobs.") == [
        "job: 120,000 vs 165,000"
    ]
    assert conflicts("Employers added 165,000 jobs.", reported) == ["job: 102,000 vs 165,000"]
    # an earlier version's figure is not what the current one is said to be
    passed = "House Democrats pushed through a $2.2 trillion stimulus plan on Thursday."
    assert conflicts("The bill, a slimmed down version of the initial $3.4 trillion act, passed.", passed) == []
    assert conflicts("The House passed a $3.4 trillion stimulus plan on Thursday.", passed) != []
    # an estimate is a report of a figure, not a forecast
    assert conflicts("An estimated 300 people died.", "Officials said 250 people died.") != []


def test_rounded_bounded_and_differently_spent_figures_do_not_conflict() -> None:
    conflicts = _figure_topics
    # a whole number may be a rounded one; 22 and 23 people are still two counts
    assert conflicts("The vaccine was 94 percent effective.", "The vaccine had an efficacy rate of 94.1%.") == []
    assert conflicts("Vale signed a $2 trillion stimulus package.", "Vale signed a $2.2 trillion package.") == []
    assert (
        conflicts("Ellzey beat Wright 53 percent to 47 percent.", "Ellzey won 53 percent, Wright 46.7 percent.") == []
    )
    assert conflicts("The blast killed 22 people.", "The blast killed 23 people.") != []
    # bounds: "beyond 24 hours" allows 27; "as much as $4 trillion" allows 3
    assert conflicts("A debate that lasted beyond 24 hours ended.", "A 27 hour session ended.") == []
    assert conflicts("A plan of as much as $4 trillion is weighed.", "A $3 trillion plan is weighed.") == []
    # a budget and the deficits it would bring are two sums; two budgets of one president are one
    deficits = "Vale on Friday proposed a budget that would entrench deficits in excess of $1 trillion for a decade."
    assert conflicts(deficits, "Vale on Friday released his massive $6 trillion budget for fiscal 2022.") == []
    assert conflicts("Vale released his $1 trillion budget.", "Vale released his massive $6 trillion budget.") != []
    # three years and four months are 40 months; a noun after "the" is not what a number counts
    assert conflicts("Stone was sentenced to three years and four months.", "Stone was sentenced to 40 months.") == []
    assert conflicts("Stone was sentenced to three years and four months.", "Stone was sentenced to 30 months.") != []
    assert [f.unit for f in find_figures("claims dropped from 787,000 the week before")] == [""]
    # a number grouped by a thin or zero-width space is one number
    assert [f.value for f in find_figures("Officials said 40\u202f000 people fled.")] == [40000]
    assert conflicts("Officials said 40\u200b000 people fled.", "Officials said 40,000 people fled.") == []
    # a tokenised corpus's "120, 000" is one round figure, not 120 and a count of 0; a list of numbers stays a list
    assert [(f.value, f.unit) for f in find_figures("Qeshm, home to 120, 000 people, shook.")] == [(120000, "people")]
    assert conflicts("The quake killed at least 10 people.", "The island is home to 120, 000 people.") == []
    assert [f.value for f in find_figures("Rooms 101, 102 and 103 flooded.")] == [101, 102, 103]
    assert [f.value for f in find_figures("Qeshm lies 1, 150 kilometers from Tehran.")] == [1150]
    # days spent on two things; the same sum of money told of another noun; a running count at two dates
    assert conflicts("The Senate begins up to 2 days of questioning.", "After 5 days of opening arguments.") == []
    assert conflicts("Senators had 2 days of talks.", "Senators had 5 days of talks.") != []
    settled = "Accusers reached a $25 million payout deal as part of a larger $47 million settlement."
    assert conflicts("Weinstein reached a $25 million settlement.", settled) == []


def test_a_running_count_at_two_dates_and_a_denial_said_as_against_do_not_conflict() -> None:
    from storyline.align.align import _pair_conflicts

    def dated(article: str, text: str, *dates: str) -> Claim:
        figures = tuple(find_figures(text))
        return Claim(0, article, 0, len(text), text, 0, entities=frozenset({"Kessling"}), dates=dates, figures=figures)

    now = dated("a", "Kessling has reported at least 400,000 deaths as of Tuesday, the tracker shows.", "2021-01-19")
    then = dated("b", "Kessling reached 300,000 reported deaths on Dec. 17, the tracker shows.", "2020-12-17")
    assert [c.kind for c in _pair_conflicts(now, then, 0.95)] == []
    same_day = dated("c", "Kessling has reported 300,000 deaths as of Tuesday, the tracker shows.", "2021-01-19")
    assert [c.kind for c in _pair_conflicts(now, same_day, 0.95)] == ["figure"]

    def negated(article: str, text: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, entities=frozenset({"Marsh"}), negated=True)

    must_not = negated("a", "Ivo Marsh must not be extradited to Kessling because of the risk to his health.")
    won = Claim(0, "b", 0, 70, "Ivo Marsh won his battle against being extradited to Kessling on Monday.", 0,
                entities=frozenset({"Marsh"}))  # fmt: skip
    assert [c.kind for c in _pair_conflicts(must_not, won, 0.95)] == []
    must = Claim(0, "c", 0, 80, "A judge ruled that Ivo Marsh must be extradited to Kessling because of the charges.",
                 0, entities=frozenset({"Marsh"}))  # fmt: skip
    assert [c.kind for c in _pair_conflicts(must_not, must, 0.95)] == ["negation"]
    from storyline.align.claims import NEGATION

    assert NEGATION.search("Ivo Marsh cannot be legally extradited")  # as negated as "must not be"


def test_a_date_of_another_action_or_the_end_of_a_period_is_no_dispute() -> None:
    from storyline.align.align import _pair_conflicts
    from storyline.align.claims import _BOUND_BEFORE

    def claim(article: str, text: str, day: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, entities=frozenset({"Kessling"}), dates=(day,))

    unveil = claim("a", "The Kessling council on Monday will unveil its long-awaited harbour plan.", "monday")
    revealed = claim("b", "The Kessling council will unveil a harbour plan, an official revealed Sunday.", "sunday")
    assert [c.kind for c in _pair_conflicts(unveil, revealed, 0.9)] == []
    unveiled = claim("c", "The Kessling council will unveil its long-awaited harbour plan on Tuesday.", "tuesday")
    assert [c.kind for c in _pair_conflicts(unveil, unveiled, 0.9)] == ["date"]
    ended = claim("d", "Kessling ended its harbour toll in 1957 after the strike.", "1957")
    vanished = claim("e", "By 1958, the strike had faded from view and Kessling's harbour toll ended.", "1958")
    assert [c.kind for c in _pair_conflicts(ended, vanished, 0.9)] == ["date"]  # one sentence's ending, two years
    assert _BOUND_BEFORE.search("suspending some visas until ")  # the end of a period, not the event's date


def test_dates_in_sentences_without_a_verb_do_not_hang_the_conflict_search() -> None:
    import threading

    from storyline.align.align import _same_action

    # a date under a verbless root ("Heavy rain on Tuesday."): the climb to its verb must stop at the root
    done: list[bool] = []
    worker = threading.Thread(
        target=lambda: done.append(_same_action("Heavy rain on Tuesday.", "Heavy rain on Wednesday.")), daemon=True
    )
    worker.start()
    worker.join(120)
    assert done == [True]  # neither date hangs on a verb: nothing is ruled out


def test_the_day_of_an_event_invited_to_is_not_the_day_of_the_invitation() -> None:
    from storyline.align.align import _same_action

    goal = "Mayor Ada Lind has invited the harbour council to a briefing Wednesday on the grounding."
    invited = "Mayor Ada Lind on Tuesday invited the harbour council to a briefing on the grounding."
    assert not _same_action(goal, invited)  # Wednesday's briefing, Tuesday's invitation
    assert _same_action("Mayor Ada Lind invited the harbour council on Wednesday.", invited)


def test_a_session_held_one_day_and_met_in_another_is_one_event() -> None:
    from storyline.align.align import _same_action

    held = "The town council will hold an emergency session on Friday to review the evacuation, the clerk said."
    met = "The town council will meet in emergency session on Thursday to discuss the evacuation, the clerk said."
    assert _same_action(held, met) and _same_action("The council will hold a meeting on Friday.", met)
    # not what a verb does to a thing: closing and reopening one road are two events
    assert not _same_action("Police closed the harbour road on Monday.", "Police reopened the harbour road on Tuesday.")


def test_running_counts_at_two_moments_and_sentences_with_two_dates_do_not_conflict() -> None:
    from storyline.align.align import _pair_conflicts

    def claim(article: str, text: str, dates: tuple[str, ...]) -> Claim:
        figures = tuple(find_figures(text))
        return Claim(0, article, 0, len(text), text, 0, entities=frozenset({"kessling"}), dates=dates, figures=figures)

    def kinds(a: Claim, b: Claim) -> list[str]:
        return [x.kind for x in _pair_conflicts(a, b, 0.9)]

    reached = claim("a", "Kessling reached 300 reported claims on Dec. 17, the harbour tracker shows.", ("dec. 17",))
    as_of = claim(
        "b", "Kessling has at least 400 reported claims as of Tuesday, the harbour tracker shows.", ("tuesday",)
    )
    assert kinds(reached, as_of) == []  # a running count on two days
    same_day = claim(
        "b", "Kessling has at least 400 reported claims as of Dec. 17, the harbour tracker shows.", ("dec. 17",)
    )
    assert kinds(reached, same_day) == ["figure"]
    raised = "The Kessling Trust raised $46 million in the three months that ended Dec. 31, beating its 2020 record."
    quarter = "The Kessling Trust raised $46 million in the fourth quarter of 2019."
    two_dates = claim("a", raised, ("the three months that ended dec. 31", "2020"))
    assert kinds(two_dates, claim("b", quarter, ("2019",))) == []  # which of its dates is the raising's?
    assert kinds(claim("a", raised, ("2020",)), claim("b", quarter, ("2019",))) == ["date"]


def test_a_denied_accusation_is_no_conflict_with_the_accusation_reported() -> None:
    from storyline.align.align import _negates
    from storyline.align.claims import NEGATION

    def claim(text: str) -> Claim:
        return Claim(0, "x", 0, len(text), text, 0, negated=bool(NEGATION.search(text)))

    denial = claim("Captain Vale on Friday denied that he struck the ferry pilot during the inquiry.")
    asked = claim(
        "Captain Vale was asked about the pilot's accusation that he struck the ferry pilot during the inquiry."
    )
    assert not _negates(denial, asked)
    assert _negates(denial, claim("Captain Vale struck the ferry pilot during the inquiry, the harbour police said."))
    # an accusation the sentence makes of something else does not make its statement an allegation
    assert _negates(
        denial, claim("Captain Vale struck the ferry pilot during the inquiry, accusing the harbour of delays.")
    )


def test_a_figure_needed_is_no_count_held_and_the_whole_of_a_share_is_not_demanded() -> None:
    from storyline.align.align import _pair_conflicts

    def claim(article: str, text: str) -> Claim:
        figures = tuple(find_figures(text))
        return Claim(0, article, 0, len(text), text, 0, figures=figures, modality=modality(text))

    def kinds(a: Claim, b: Claim) -> list[str]:
        return [x.kind for x in _pair_conflicts(a, b, 0.9)]

    stake = claim("a", "There are 384 pledged delegates at stake in the Harbour League primaries on Tuesday.")
    need = claim("b", "Either candidate would need 2,383 delegates to win the Harbour League primaries.")
    assert kinds(stake, need) == []  # a threshold and a count at stake
    assert kinds(stake, claim("b", "There are 412 pledged delegates at stake in the Harbour League primaries.")) == [
        "figure"
    ]
    demand = claim("a", "Ada Lind must win 58 percent of the 1,237 outstanding delegates in the Harbour League.")
    rule = claim("b", "It takes 1,237 delegates to win the Harbour League nomination.")
    assert demand.modality == "demanded" and kinds(demand, rule) == []  # 58 percent is demanded, not the 1,237
    wanted = claim("a", "Ada Lind must win 1,237 delegates in the Harbour League, her rival said.")
    assert kinds(wanted, claim("b", "Ada Lind won 1,237 delegates in the Harbour League.")) == ["presentation"]
    # a part told with its whole: the whole and a larger count say nothing against it, another part does
    part = claim("a", "The Harbour Party had won 157 of 338 seats in the Kessling assembly.")
    assert kinds(part, claim("b", "The Harbour Party took 156 seats in the Kessling assembly.")) == ["figure"]
    assert kinds(part, claim("b", "The Harbour Party won 157 seats in the Kessling assembly.")) == []
    assert kinds(part, claim("b", "The Harbour Party ran in all 338 seats in the Kessling assembly.")) == []
    assert kinds(part, claim("b", "The Harbour Party had won 156 of 338 seats in the Kessling assembly.")) == ["figure"]
    passes = claim("a", "Ivo Marsh completed 29 of 34 passes for 364 yards as the Gulls won.")
    assert (
        kinds(passes, claim("b", "Ivo Marsh went 29-of-34 after completing his first 17 passes as the Gulls won."))
        == []
    )
    from storyline.align.claims import NEGATION

    assert not NEGATION.search("The Gulls secured the No. 5 seed.") and NEGATION.search("No one came.")


def test_dates_disagree_in_near_identical_sentences_that_name_nothing() -> None:
    from storyline.align.align import _pair_conflicts

    def claim(article: str, text: str, day: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, dates=(day,))

    friday = claim("a", "The council said the harbour would reopen on Friday.", "2026-03-06")
    saturday = claim("b", "The council said the harbour would reopen on Saturday.", "2026-03-07")
    assert [x.kind for x in _pair_conflicts(friday, saturday, 0.95)] == ["date"]
    assert _pair_conflicts(friday, saturday, 0.75) == []  # only alike in part: nothing tells it is the same reopening
    # two copies' publication stamps, or lines holding little besides a date, are no event
    stamps = [claim(x, f"Published: July {d}, 2004 11:32 AM", f"2004-07-{d}") for x, d in (("a", 28), ("b", 29))]
    assert _pair_conflicts(*stamps, 0.95) == []
    short = [
        claim(x, f"Late news on {d}.", day)
        for x, d, day in (("a", "Friday", "2026-03-06"), ("b", "Saturday", "2026-03-07"))
    ]
    assert _pair_conflicts(*short, 0.95) == []


def test_a_facts_wording_is_central_among_independent_sources_not_among_copies() -> None:
    import numpy as np

    from storyline.align.align import _representative

    class _C:
        attributed = whole = True

        def __init__(self, article: str) -> None:
            self.article = article

    # three copies of a wire sentence (w1-w3), and two outlets whose sentences say nearly the same as each other
    claims = [_C("w1"), _C("w2"), _C("w3"), _C("a"), _C("b")]
    groups = {"w1": "wire", "w2": "wire", "w3": "wire", "a": "a", "b": "b"}
    scores = np.array(
        [
            [1.0, 1.0, 1.0, 0.6, 0.6],
            [1.0, 1.0, 1.0, 0.6, 0.6],
            [1.0, 1.0, 1.0, 0.6, 0.6],
            [0.6, 0.6, 0.6, 1.0, 0.9],
            [0.6, 0.6, 0.6, 0.9, 1.0],
        ]
    )
    assert _representative([0, 1, 2, 3, 4], claims, scores, groups) in (3, 4)  # copies once: a or b is central


def test_an_unnamed_persons_age_is_no_count_to_dispute() -> None:
    import importlib

    from storyline.align.claims import find_figures

    align_module = importlib.import_module("storyline.align.align")

    class _C:
        def __init__(self, text: str) -> None:
            self.text, self.start, self.figures = text, 0, find_figures(text)

    someone = _C("Gaetz, who is accused of a relationship with a 17-year-old, has denied it.")
    named = _C("At the event, the 38-year-old Gaetz dismissed the allegations.")
    assert [align_module._unnamed_age(someone, f) for f in someone.figures] == [True]
    assert [align_module._unnamed_age(named, f) for f in named.figures] == [False]
    assert align_module._contradicted(named, someone, list(named.figures), list(someone.figures)) == ([], [])


def test_different_findings_and_different_speakers_words_are_no_fact_together() -> None:
    """Alike words are not one fact when the figures cannot be the same thing's (another person's share, or one
    of the many values of a poll story), nor when two quotations are different people's: counted as one fact,
    they would corroborate something no two sources say."""
    from dataclasses import replace

    from storyline.align.align import CROWDED, FACT_LINK, _other_claims, pair_matrices

    texts = [
        "The Lakemoor poll found 41 percent of young voters would choose Varga.",
        "The Lakemoor poll found 56 percent of young voters would choose Olsen.",
        "The Lakemoor poll found that 41 percent of young voters would choose Varga.",
        "In the Lakemoor poll, Varga was second at 12 percent among young voters.",
    ]
    claims, v = _pair(texts, 0.74)
    people = [{"varga"}, {"olsen"}, {"varga"}, {"varga"}]
    claims = [
        replace(c, figures=tuple(find_figures(c.text)), people=frozenset(p))
        for c, p in zip(claims, people, strict=True)
    ]
    # the story gives many shares: a poll story
    extra = [
        Claim(
            10 + k,
            f"b{k}",
            0,
            20,
            f"Turnout was {k + 60} percent.",
            0,
            figures=tuple(find_figures(f"{k + 60} percent")),
        )
        for k in range(CROWDED)
    ]
    _, link = pair_matrices(claims + extra, np.vstack([v, np.tile([0.0, 0.0, 1.0], (CROWDED, 1))]))
    assert link[0, 2] >= FACT_LINK  # the same finding
    assert link[0, 1] == 0.0  # another candidate's share
    assert link[0, 3] == 0.0  # the same candidate, another finding of a poll story

    said = [
        "“I am not ready to support the harbour plan,” Varga said.",
        "“I am not ready to support the harbour plan yet,” Olsen said.",
        "“I am just not ready to support the harbour plan,” Varga said on Monday.",
        "“We are not ready to back this dredging budget,” Olsen said.",
        "“In full view of the town, I am not ready to support the harbour plan,” Olsen said.",
    ]
    quotes, w = _pair(said, 0.9)
    who = ["Anna Varga", "Per Olsen", "Varga", "Per Olsen", "Per Olsen"]
    quotes = [replace(c, quoted=0.9, speakers=frozenset({s})) for c, s in zip(quotes, who, strict=True)]
    _, link = pair_matrices(quotes, w)
    assert link[0, 2] >= FACT_LINK  # "Varga" is Anna Varga
    assert link[0, 3] == 0.0  # Olsen's words are not Varga's
    # Varga's words credited to Olsen in another outlet are one statement (an attribution issue), not two
    assert not _other_claims(quotes[0], quotes[4]) and _other_claims(quotes[0], quotes[3])


def test_an_age_beside_a_demand_is_no_demanded_figure() -> None:
    from storyline.align.align import _pair_conflicts

    def claim(article: str, text: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, figures=tuple(find_figures(text)), modality=modality(text))

    said = "“We want more people in the streets to demand their rights,” said 32-year-old protester Ivo Marsh."
    other = "“The violence we use is small beside the banks’ violence,” said 32-year-old protester Ivo Marsh."
    assert claim("a", said).modality == "demanded"
    assert _pair_conflicts(claim("a", said), claim("b", other), 0.9) == []


def test_a_plan_and_what_happened_on_another_day_are_no_fact_together() -> None:
    """ "Varga on Monday toured the docks with Olsen" and "Varga and Olsen will tour the docks in September": two
    events. The same plan told twice, or a plan and its day, stay one fact; so do two sentences whose dates are not
    only a plan's ("The vote began on Tuesday and will end in a nomination")."""
    from dataclasses import replace

    from storyline.align.align import FACT_LINK, pair_matrices

    texts = [
        "Mayor Varga on Monday toured the Lakemoor docks with Olsen for the first time.",
        "Mayor Varga and Olsen will tour the Lakemoor docks in September, the campaign said.",
        "Mayor Varga and Olsen will tour the Lakemoor docks in September, aides said.",
        "Mayor Varga toured the Lakemoor docks with Olsen on Monday for the first time.",
    ]
    claims, _ = _pair(texts, 0.8)
    v = np.tile([0.8, 0.6, 0.0], (len(texts), 1))  # all alike in meaning
    dates = [("2016-08-15",), ("2016-09",), ("2016-09",), ("2016-08-15",)]
    ahead = [(), ("2016-09",), ("2016-09",), ()]
    claims = [replace(c, dates=d, planned_dates=p) for c, d, p in zip(claims, dates, ahead, strict=True)]
    _, link = pair_matrices(claims, v)
    assert link[0, 1] == 0.0 and link[3, 2] == 0.0  # a past tour and a planned one
    assert link[1, 2] >= FACT_LINK and link[0, 3] >= FACT_LINK
    claims[1] = replace(claims[1], planned_dates=())  # "will" about something else: a date of what happened
    _, link = pair_matrices(claims, v)
    assert link[0, 1] > 0.0


def test_two_times_of_day_hours_apart_are_two_moments() -> None:
    from storyline.align.align import _other_claims, _other_hours, clock_minutes

    assert clock_minutes("shortly before 4 a.m. Wednesday, at 9:30 pm, at noon, 12 a.m.") == [240, 1290, 720, 0]
    out = "Firefighters had the blaze out shortly before 4 a.m. Wednesday, the fire service said."
    started = "The blaze broke out shortly after 9 p.m. at the depot, according to the fire service."
    assert _other_hours(out, started) and not _other_hours(started, "The fire started at about 9:45 p.m.")
    assert not _other_hours("The blaze broke out at 11:30 p.m.", "It began shortly after midnight.")  # 30 minutes
    assert not _other_hours(out, "The blaze was out by Wednesday.")  # one time of day: nothing to compare
    a, b = (Claim(0, k, 0, len(t), t, 0) for k, t in (("a", out), ("b", started)))
    assert _other_claims(a, b)


def test_a_negation_conflicts_topic_is_the_act_in_dispute_not_the_place() -> None:
    """A denial and an admission that share only the town the plant is in: the topic names what was denied and admitted
    (the skipped check), not "Orlesk"; so does a plain negation ("did not close the road")."""
    from storyline.align.align import NEGATION, _pair_conflicts

    def claim(article: str, text: str) -> Claim:
        return Claim(
            0, article, 0, len(text), text, 0, entities=frozenset({"orlesk"}), names={"orlesk": "Orlesk"},
            negated=bool(NEGATION.search(text)),
        )  # fmt: skip

    denied = claim("a", "Tavren denied that staff at the Orlesk plant had skipped a sterilisation check on the line.")
    admitted = claim("b", "Tavren Foods admitted that staff at the Orlesk plant had skipped a sterilisation check.")
    [conflict] = _pair_conflicts(denied, admitted, 0.8, one_fact=True)
    assert conflict.kind == "negation" and conflict.topic == "skipped sterilisation check"
    shut = claim("c", "The Orlesk council did not close the harbour road on Monday.")
    closed = claim("d", "The Orlesk council closed the harbour road on Monday.")
    assert [c.topic for c in _pair_conflicts(shut, closed, 0.9, one_fact=True)] == ["close harbour road"]


def test_sources_aligned_as_one_fact_may_deny_each_other_without_a_shared_tagged_name() -> None:
    from storyline.align.align import NEGATION, _pair_conflicts

    def claim(article: str, text: str, dates: tuple[str, ...] = ()) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, dates=dates, negated=bool(NEGATION.search(text)))

    denied, admitted = claim("a", "Corvane denied any wrongdoing."), claim("b", "Corvane admitted wrongdoing.")
    assert not _pair_conflicts(denied, admitted, 0.85)  # no name the tagger saw in both
    assert [c.kind for c in _pair_conflicts(denied, admitted, 0.85, one_fact=True)] == ["negation"]
    # a negation needs nearly the same sentence; a denial of what the other says was admitted does not
    assert [c.detail for c in _pair_conflicts(denied, admitted, 0.7, one_fact=True)] == [
        "denied in one outlet, admitted in the other"
    ]
    shut, closed = claim("a", "Corvane did not shut the plant."), claim("b", "Corvane shut the plant in May.")
    assert _pair_conflicts(shut, closed, 0.85, one_fact=True) and not _pair_conflicts(shut, closed, 0.7, one_fact=True)
    third = claim("c", "The court held a first hearing on March 3.", ("2025-03-03",))
    tenth = claim("d", "The court held its first hearing on March 10.", ("2025-03-10",))
    # the same sentence as a tokenised corpus writes it negates nothing: both are negated
    said = claim("e", "The office said the case hadn't been submitted.")
    spaced = claim("f", "The office said the case hadn ’ t been submitted.")
    assert said.negated and spaced.negated and not _pair_conflicts(said, spaced, 0.99, one_fact=True)
    # dates get no such waiver: publication stamps aligned as one fact ("Posted: May 24" / "May 23") are no dispute
    assert not _pair_conflicts(third, tenth, 0.69, one_fact=True)


def test_sources_of_one_fact_that_count_the_same_action_differently_conflict_however_far_apart() -> None:
    from storyline.align.align import _pair_conflicts

    def claim(article: str, text: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, figures=tuple(find_figures(text)))

    cut = claim("a", "Separately, the company confirmed it would cut 3,400 jobs by the end of the year.")
    plans = claim("b", "The company also plans to cut 3,100 jobs, and managers insist the matters are unrelated.")
    assert not _pair_conflicts(cut, plans, 0.51)  # far apart in meaning: no dispute found
    assert [c.topic for c in _pair_conflicts(cut, plans, 0.51, one_fact=True)] == ["job: 3,100 vs 3,400"]
    points = claim("c", "The Jaguars led for three quarters, but 17 unanswered points in the fourth did them in.")
    down = claim("d", "The Colts entered the final quarter 10 points down.")
    assert not _pair_conflicts(points, down, 0.51, one_fact=True)  # what the points count differs


def _figure_claims(texts: list[tuple[str, str]]) -> list[Claim]:
    return [Claim(k, art, 0, len(t), t, 0, figures=tuple(find_figures(t))) for k, (art, t) in enumerate(texts)]


def test_figures_of_sentences_linked_as_one_fact_disagree_though_clustered_apart() -> None:
    """A fact holds one sentence an article: an article that gives both figures keeps them in two facts. Their
    sentences still disagree when the link evidence alone would make them one fact; not when it would not."""
    from storyline.align.align import find_conflicts

    claims = _figure_claims([("a", "Corvane said it would cut 3,400 jobs."), ("b", "Corvane plans to cut 3,100 jobs.")])
    scores = np.array([[0.0, 0.85], [0.85, 0.0]])
    groups = {"a": "a", "b": "b"}
    apart = {id(claims[0]): 0, id(claims[1]): 1}
    assert find_conflicts(claims, scores, groups, fact_of=apart) == []
    linked = np.array([[False, True], [True, False]])
    found = find_conflicts(claims, scores, groups, fact_of=apart, linked=linked)
    assert [(c.kind, c.topic) for c in found] == [("figure", "job: 3,100 vs 3,400")]
    assert find_conflicts(claims, scores, groups, fact_of=apart, linked=~linked) == []
    # linked but nearly the same only from SURE, and counting for the same verb: "a four-time all-star" / "a five-time
    # defensive honoree", "hit 13 homers" / "a 30-homer season" stay apart
    assert find_conflicts(claims, scores * 0.9, groups, fact_of=apart, linked=linked) == []
    other = _figure_claims([("a", "Corvane said it would cut 3,400 jobs."), ("b", "Corvane has created 3,100 jobs.")])
    assert find_conflicts(other, scores, groups, fact_of={id(other[0]): 0, id(other[1]): 1}, linked=linked) == []


def test_a_revised_figure_joins_the_figures_it_revises() -> None:
    """ "Fewer than first reported" revises a larger figure of its unit, however differently the sentences put it; the
    revision is the position a reader is told to take, and a smaller figure is no earlier one."""
    from storyline.align.align import find_conflicts, outvoted, revised_position

    claims = _figure_claims(
        [
            ("a", "Corvane said it would cut 3,400 jobs by the end of 2026."),
            ("b", "The filing put the number of jobs Corvane plans to cut at 3,100."),
            ("c", "The company now says 2,900 jobs will go, fewer than first reported."),
            ("d", "Only 2,000 jobs are at the plant in Lyon."),
        ]
    )
    scores = np.full((4, 4), 0.45) - np.eye(4) * 0.45
    scores[0, 1] = scores[1, 0] = 0.8
    groups = {k: k for k in "abcd"}
    fact_of = {id(c): k for k, c in enumerate(claims)}
    linked = scores >= 0.8
    found = find_conflicts(claims, scores, groups, fact_of=fact_of, linked=linked)
    assert [(c.kind, c.topic) for c in found] == [("figure", "job: 2,900 vs 3,100 vs 3,400")]
    assert revised_position(found[0]) == [claims[2]]
    assert outvoted(found, groups) == {id(claims[0]), id(claims[1])}
    # alone, the revision opens a dispute with the closest larger figure of each source; too far apart, none
    found = find_conflicts(claims, scores, groups, fact_of=fact_of)
    assert [(c.topic, len(c.sides)) for c in found] == [("job: 2,900 vs 3,100 vs 3,400", 3)]
    low = np.where(scores > 0.5, scores, 0.3)
    assert find_conflicts(claims, low, groups, fact_of=fact_of) == []


def test_a_source_that_revises_its_own_earlier_figure_takes_the_side_of_its_revision() -> None:
    """One side per source: when an outlet's earlier report of the old figure is found before its later revision,
    the revision is its side all the same (and wins), whatever the order of the sentences."""
    from storyline.align.align import find_conflicts, revised_position

    texts = [
        ("k1", "Eight hikers were rescued from Mount Quillan, the Dunmere Mountain Rescue said."),
        ("t", "Twelve hikers were rescued from Mount Quillan, the Dunmere Mountain Rescue said."),
        ("w", "Eight hikers were rescued from Mount Quillan, according to the Dunmere Mountain Rescue."),
        (
            "k2",
            "The Dunmere Mountain Rescue revised the number of hikers rescued from Mount Quillan to twelve, up from"
            " the eight first reported.",
        ),
    ]
    groups = {"k1": "k", "k2": "k", "t": "t", "w": "w"}
    for order in (texts, texts[::-1]):
        claims = _figure_claims(order)
        n = len(claims)
        scores = np.full((n, n), 0.8) - np.eye(n) * 0.8
        found = find_conflicts(claims, scores, groups, fact_of={id(c): 0 for c in claims})
        (conflict,) = [c for c in found if c.kind == "figure"]
        sides = {c.article for c in conflict.sides}
        assert sides == {"k2", "t", "w"}
        assert {c.article for c in revised_position(conflict)} == {"k2", "t"}


def test_a_name_after_of_says_whose_the_person_is_not_whose_the_figure_is() -> None:
    """The figures of "Halasz of the Civic Alliance" and of "the finance director of the Kestrel Grain Cooperative"
    are the person's: their sentences disagree with another outlet's figure for that person."""
    from storyline.align.claims import _not_holder

    text = "Teodora Halasz of the Civic Alliance won 48,212 votes."
    assert _not_holder(text, 0, text.index("Civic"), text.index(" won"))
    assert not _not_holder(text, 0, 0, text.index(" of"))
    text = "The finance director of the Kestrel Grain Cooperative got six years."
    assert _not_holder(text, 0, text.index("Kestrel"), text.index(" got"))
    text = "The Bank of Lindmark lent 40 million."  # a name with "of" in it holds its figure
    assert not _not_holder(text, 0, 0, text.index(" lent"))


def test_a_denial_against_an_admission_of_the_same_thing() -> None:
    from storyline.align.align import denied_and_admitted

    def claim(article: str, text: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0)

    denied = claim("a", "Dahl, who denied the embezzlement charge throughout the trial, showed no reaction.")
    assert denied_and_admitted(denied, claim("b", "Dahl admitted the embezzlement charge, the court heard."))
    assert denied_and_admitted(
        claim("a", "Tamsin denied that any ballot boxes had arrived with broken seals."),
        claim("b", "Messeling acknowledged that three ballot boxes had arrived with broken seals."),
    )
    assert not denied_and_admitted(denied, claim("b", "Dahl did not admit the embezzlement charge."))
    assert not denied_and_admitted(denied, claim("b", "Dahl admitted taking a loan."))  # another thing admitted
    both = claim("b", "Dahl admitted the embezzlement charge but denied fraud.")
    assert not denied_and_admitted(denied, both)


def test_one_event_told_in_other_verbs_on_other_days() -> None:
    """ "Sentenced on Tuesday" and "jailed on Wednesday" in nearly the same sentence date one event differently; the
    main verbs differ, so only a near-identical pair is read that way."""
    from storyline.align.align import _dates_on_root, _pair_conflicts

    a_text = "Ilse Varga was sentenced to six years in prison by the Orne court on Tuesday for taking 3 million crowns."
    b_text = "Ilse Varga was jailed for six years by the Orne court on Wednesday for taking 3 million crowns."
    assert _dates_on_root(a_text) and _dates_on_root(b_text)
    assert not _dates_on_root("The court said on Tuesday that Ilse Varga would be jailed.")  # a date of saying
    a, b = (
        Claim(0, k, 0, len(t), t, 0, entities=frozenset({"varga"}), dates=(d,))
        for k, t, d in (("a", a_text, "2026-03-10"), ("b", b_text, "2026-03-11"))
    )
    assert [c.kind for c in _pair_conflicts(a, b, 0.97)] == ["date"]
    assert _pair_conflicts(a, b, 0.9) == []


def test_two_names_for_one_organisation_in_one_fact() -> None:
    from storyline.align.align import _pair_conflicts

    def claim(article: str, text: str, org: str, place: str = "") -> Claim:
        orgs, names = frozenset({org}), {org: org, **({place: place} if place else {})}
        places = frozenset({place} if place else ())
        return Claim(0, article, 0, len(text), text, 0, orgs=orgs, places=places, names=names)

    kestrel = claim(
        "a", "The finance director of the Kestrel Grain Cooperative was jailed.", "Kestrel Grain Cooperative"
    )
    falcon = claim("b", "The finance director of the Falcon Grain Cooperative was jailed.", "Falcon Grain Cooperative")
    found = _pair_conflicts(kestrel, falcon, 0.93, one_fact=True)
    assert [(c.kind, c.topic) for c in found] == [
        ("name", "name: Falcon Grain Cooperative vs Kestrel Grain Cooperative")
    ]
    assert _pair_conflicts(kestrel, falcon, 0.93) == []  # not told as one fact
    court = claim("b", "The finance director of the Orne District Court was jailed.", "Orne District Court")
    assert _pair_conflicts(kestrel, court, 0.93, one_fact=True) == []  # two kinds of thing, not two names of one


def test_the_figures_a_revision_gives_are_not_those_it_revises() -> None:
    from storyline.align.align import revision_figures

    def figures(text: str) -> list[float]:
        return [
            f.value for f in revision_figures(Claim(0, "a", 0, len(text), text, 0, figures=tuple(find_figures(text))))
        ]

    assert figures("The recount put her lead at 311 votes, down from the 1,040 first announced.") == [311.0]
    assert figures("The March numbers were revised to be not as bad as the 8.7% initially reported.") == []
    assert figures("The company now says 2,900 jobs will go, fewer than first reported.") == [2900.0]
    assert figures("Her lead is 311 votes.") == []  # no revision


def test_an_amount_is_counted_in_its_currency_however_it_is_written() -> None:
    def keys(text: str) -> list[tuple[float, str]]:
        return [(f.value, f.unit) for f in find_figures(text)]

    fine = [(2400000.0, "euro")]
    assert keys("a fine of €2.4 million") == keys("fined her 2,400,000 euros") == keys("a 2.4m euros fine") == fine
    assert keys("a €2.4m fine") == fine
    assert keys("$3bn in loans") == keys("3 billion dollars in loans") == [(3e9, "dollar")]
    assert keys("a 100m sprint") == [(100.0, "metre")]  # a distance: no currency, no scale
    assert _figure_topics("She was fined €2.4 million.", "She was fined 2,400,000 euros.") == []
    assert _figure_topics("She was fined €2.4 million.", "She was fined £2.4 million.") == []  # two currencies


def test_a_figure_conflict_lists_every_source_of_its_facts_that_gives_one_of_its_figures() -> None:
    from storyline.align.align import Conflict, Fact, _fill_sides, outvoted

    claims = _figure_claims(
        [
            ("a", "Dalgaard was jailed for defrauding the harbour works with 312 forged invoices."),
            ("b", "Dalgaard billed the harbour works for work never done through 321 invoices."),
            ("c", "Dalgaard was jailed for a scheme of 312 false invoices against the harbour works."),
            ("d", "Dalgaard was jailed for 40 invoices and 312 letters."),  # another count of invoices
        ]
    )
    groups = {k: k for k in "abcd"}
    fact = Fact(claims, 4, "corroborated", claims[0], 1.0)
    conflict = Conflict(
        "figure", "invoice: 312 vs 321", claims[:2], "", frozenset({(312.0, "invoice"), (321.0, "invoice")})
    )
    assert outvoted([conflict], groups) == set()  # one against one
    _fill_sides([fact], [conflict], groups)
    assert conflict.sides == claims[:3]
    assert outvoted([conflict], groups) == {id(claims[1])}  # two against one


def test_a_figure_is_the_named_subjects_not_the_name_before_it() -> None:
    """ "Artino complemented Echenique inside by scoring 14 points": Artino's points, though Echenique is named last
    before them; two outlets giving Artino 14 points and Echenique 11 do not disagree."""
    from storyline.align.align import _holder, _pair_conflicts

    def claim(article: str, text: str, names: list[str]) -> Claim:
        holders = tuple((text.index(n), n.split()[-1].lower()) for n in names)
        return Claim(0, article, 0, len(text), text, 0, figures=tuple(find_figures(text)), holders=holders)

    both = claim("a", "Ola Artino scored 14 points and Gus Echenique had 11 points.", ["Ola Artino", "Gus Echenique"])
    one = claim("b", "Artino complemented Echenique inside by scoring 14 points.", ["Artino", "Echenique"])
    assert [_holder(both, f) for f in both.figures] == ["artino", "echenique"]
    assert [_holder(one, f) for f in one.figures] == ["artino"]
    assert _pair_conflicts(both, one, 0.9) == []
    other = claim("b", "Artino complemented Echenique inside by scoring 16 points.", ["Artino", "Echenique"])
    assert [c.topic for c in _pair_conflicts(both, other, 0.9)] == ["point: 14 vs 16"]
    tally = claim("c", "Ada Holt took 48,122 votes to Ivo Brenn's 47,172.", ["Ada Holt", "Ivo Brenn"])
    assert [_holder(tally, f) for f in tally.figures] == ["holt", "brenn"]  # an owner's figure is the owner's
    billed = claim("d", "Ada Holt billed the Harbour Works for work that was never done through 321 invoices.", [])
    billed = replace(billed, holders=((0, "holt"), (billed.text.index("Harbour"), "works")))
    assert [_holder(billed, f) for f in billed.figures] == [None]  # "that" was never done: whose, not said
    acting = claim("e", "Lindmark hit back at Ada Holt by imposing tariffs on $60bn of goods.", ["Ada Holt"])
    assert [_holder(acting, f) for f in acting.figures] == ["lindmark"]  # a place acting, not Holt
    rushing = claim("f", "Ada Holt will finish the year with 404 yards rushing.", ["Ada Holt"])
    assert [_holder(rushing, f) for f in rushing.figures] == ["holt"]  # the figure is no subject of its own
    he = claim("g", "Against Ivo Brenn he improves to 58 wins.", ["Ivo Brenn"])
    assert [_holder(he, f) for f in he.figures] == ["brenn"]  # "he": the name before, as the sentence gives no other


def test_a_quotation_of_several_sentences_closed_by_its_attribution_is_one_claim() -> None:
    from storyline.models import Quote

    def span(a, s: str) -> Span:  # type: ignore[no-untyped-def]
        i = a.original.index(s)
        return Span(a.id, i, i + len(s), s)

    body = (
        'Ilse Varga lost the vote on Monday. "This is no defeat. It is a pause," Varga told supporters. '
        'The count ends in May. Brekke said: "We won. We will govern."'
    )
    a = make_article("a", "Vote", body)
    ext = ArticleExtraction(a.id, sentences=_sentences(a))
    ext.quotes = [
        Quote("a", "direct", span(a, '"This is no defeat. It is a pause,"'), span(a, "Varga"), "V", span(a, "told")),
        Quote("a", "direct", span(a, '"We won. We will govern."'), span(a, "Brekke"), "Brekke", span(a, "said")),
    ]
    assert [c.text for c in split_claims([a], {"a": ext})] == [
        "Ilse Varga lost the vote on Monday.",
        '"This is no defeat. It is a pause," Varga told supporters.',  # not a claim opening inside the quotation
        "The count ends in May.",
        'Brekke said: "We won. We will govern."',  # an attribution before a quotation closed in its paragraph
    ]
    # the splitter left the narration and the quotation's first words together: the narration stays on its own
    b = make_article("b", "Vote", 'Turnout was low. "I think it is over. We lost," Varga said.')
    t = b.original
    cuts = [t.index("Turnout"), t.index("it is over"), t.index("We lost"), len(t)]
    ext = ArticleExtraction(b.id, sentences=list(zip(cuts, cuts[1:], strict=False)))
    ext.quotes = [
        Quote("b", "direct", span(b, '"I think it is over. We lost,"'), span(b, "Varga"), "V", span(b, "said"))
    ]
    assert [c.text for c in split_claims([b], {"b": ext})] == [
        "Turnout was low.",
        '"I think it is over. We lost," Varga said.',
    ]


def test_an_answer_no_is_no_negation() -> None:
    from storyline.align.claims import NEGATION

    assert not NEGATION.search("“No, I meant he’s the founder of the party,” Holt responded.")
    assert not NEGATION.search("No! he said.")
    assert NEGATION.search("There is no evidence.") and NEGATION.search("No one came.")


def test_a_total_of_is_the_count_itself_and_a_combined_count_a_sum() -> None:
    from storyline.align.claims import find_figures

    (total,), (count,) = find_figures("A total of 37 patients were infected"), find_figures("sickened 27 patients")
    assert not total.overlaps(count) and total.measure == ""
    (combined,), (part,) = find_figures("in a combined 157 games"), find_figures("in 54 games with the Angels")
    assert combined.overlaps(part)


def test_a_revision_in_other_words_settles_the_conflict_of_both_its_figures() -> None:
    """ "The number of cases has risen to 41, up from 27" counts cases, the conflict it settles patients ("sickened 27
    patients" / "Forty-one patients have been infected"): it joins that conflict by its two values, and the sides that
    give 41 take the revised position with it."""
    from storyline.align.align import find_conflicts, outvoted, revised_position

    claims = _figure_claims(
        [
            ("a", "An outbreak at Fenwick Hospital has sickened 27 patients, the department said on Monday."),
            ("b", "The number of cases at Fenwick Hospital has risen to 41, up from 27 reported on Monday."),
            ("c", "Forty-one patients have now been infected in the outbreak at Fenwick Hospital."),
        ]
    )
    scores = np.full((3, 3), 0.85) - np.eye(3) * 0.85
    groups = {k: k for k in "abc"}
    one_fact = {id(c): 0 for c in claims}
    found = find_conflicts(claims, scores, groups, fact_of=one_fact)
    assert [(c.kind, c.topic) for c in found] == [("figure", "patient: 27 vs 41")]
    assert {x.article for x in found[0].sides} == {"a", "b", "c"}
    assert {x.article for x in revised_position(found[0])} == {"b", "c"}
    assert outvoted(found, groups) == {id(claims[0])}
    down = _figure_claims([*((c.article, c.text) for c in claims[:2]), ("c", "Forty-one patients were infected.")])
    down[1] = _figure_claims([("b", "The number of cases has fallen to 41, down from 27 reported on Monday.")])[0]
    assert all(not revised_position(c) for c in find_conflicts(down, scores, groups, fact_of=one_fact))


def test_counts_of_one_noun_for_different_verbs_are_compared_verb_with_verb() -> None:
    from storyline.align.align import find_conflicts

    claims = _figure_claims(
        [
            ("a", "Two patients with listeria have died at Fenwick Hospital, officials said on Tuesday."),
            ("b", "Forty-one patients have been infected at Fenwick Hospital, and 3 patients have died."),
        ]
    )
    scores = np.array([[0.0, 0.8], [0.8, 0.0]])
    found = find_conflicts(claims, scores, {"a": "a", "b": "b"}, fact_of={id(c): 0 for c in claims})
    assert [(c.kind, c.topic) for c in found] == [("figure", "patient: 2 vs 3")]
    # no verb in common: the sick with the sick, whatever the verb, not with the dead
    claims[0] = _figure_claims([("a", "An outbreak at Fenwick Hospital has sickened 27 patients, officials said.")])[0]
    found = find_conflicts(claims, scores, {"a": "a", "b": "b"}, fact_of={id(c): 0 for c in claims})
    assert [(c.kind, c.topic) for c in found] == [("figure", "patient: 27 vs 41")]


def test_opposite_outcomes_of_one_thing_are_a_negation_conflict() -> None:
    """ "Had passed a hygiene inspection" / "failed a hygiene inspection": the positions are the outcomes, a denial of
    the failure stands with the pass, and different subjects or things decided are no conflict."""
    from storyline.align.align import Conflict, _position, opposite_outcomes

    def claim(article: str, text: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0)

    passed = claim("a", "The company said its kitchen had passed a city hygiene inspection in March.")
    failed = claim("b", "Records show that the caterer's kitchen failed a hygiene inspection in March.")
    found = opposite_outcomes(passed, failed)
    assert found is not None and found[0] == (passed, failed) and found[1] == ("passed", "failed")
    conflict = Conflict("negation", "kitchen", [passed, failed], opposed=found[2])
    denial = Claim(0, "c", 0, 60, "The caterer denied that its kitchen had failed an inspection.", 0, negated=True)
    assert _position(conflict, passed) == _position(conflict, denial) != _position(conflict, failed)
    assert opposite_outcomes(passed, claim("b", "The caterer's van failed a hygiene inspection.")) is None  # van
    assert opposite_outcomes(passed, claim("b", "The kitchen failed a fire safety test.")) is None  # another thing
    assert opposite_outcomes(passed, claim("b", "The kitchen failed to report the inspection.")) is None
    assert opposite_outcomes(claim("a", "The Colts won the game."), claim("b", "The Titans lost the game.")) is None


def test_two_sentences_that_quote_different_words_are_two_statements() -> None:
    """The same speaker and frame ("Priya Lomax, whose father is on Ward 7, said") around different quotations is no
    corroboration; the same quotation in other frames is."""
    from storyline.align.align import pair_matrices, quoted_terms

    assert quoted_terms('Lomax said: "They treated us like nuisances.') == {"treated", "like", "nuisance"}
    assert quoted_terms('Nobody listened to the nurses," she said.') == {"nobody", "listened", "nurse"}
    texts = [
        ("a", '"Staff kept telling us it was just a stomach bug," said Priya Lomax, whose father is on Ward 7.'),
        ("b", 'Priya Lomax, whose father is on Ward 7, said: "They treated us like nuisances for weeks."'),
        ("c", 'Priya Lomax, whose father is on Ward 7, told reporters: "Staff kept telling us it was a stomach bug."'),
    ]
    claims = [Claim(k, art, 0, len(t), t, 0) for k, (art, t) in enumerate(texts)]
    vectors = np.full((3, 8), 1.0 / np.sqrt(8))  # alike in meaning: only the words tell them apart
    _scores, link = pair_matrices(claims, vectors)
    assert link[0, 1] == 0.0 and link[1, 2] == 0.0
    assert link[0, 2] > 0.9
    # what one outlet quotes, the other may give in its own words beside another quotation: one statement
    texts = [
        ("a", "The foundation would not address “that person,” saying it was focused on “ending senseless gun violence.”"),
        ("b", 'Tracy Marsh said the foundation is focusing on ending senseless gun violence and "helping families who'
         ' lost loved ones."'),
    ]  # fmt: skip
    claims = [Claim(k, art, 0, len(t), t, 0) for k, (art, t) in enumerate(texts)]
    assert pair_matrices(claims, vectors[:2])[1][0, 1] > 0.9


def test_a_negation_takes_the_other_sources_of_the_fact_it_denies_as_sides() -> None:
    from storyline.align.align import Conflict, Fact, _fill_sides

    def claim(k: int, article: str, text: str, negated: bool = False) -> Claim:
        return Claim(k, article, 0, len(text), text, 0, negated=negated)

    denial = claim(0, "a", "The caterer denied that its kitchen had failed an inspection.", negated=True)
    records = claim(1, "b", "City records show that the caterer's kitchen failed a hygiene inspection.")
    tabloid = claim(2, "c", "The sandwiches came from the caterer, whose kitchen failed a hygiene inspection.")
    unsure = claim(3, "d", "It is not known whether the kitchen failed an inspection.", negated=True)
    facts = [Fact([denial], 1, "single-source", denial), Fact([records, tabloid, unsure], 3, "corroborated", records)]
    conflict = Conflict("negation", "caterer", [denial, records])
    _fill_sides(facts, [conflict], {k: k for k in "abcd"})
    assert conflict.sides == [denial, records, tabloid]  # not the negated sentence of the fact


def test_a_count_of_some_of_a_group_counts_the_group_noun() -> None:
    units = {(f.value, f.unit) for f in find_figures("The union said 2,300 of its members had joined the strike.")}
    assert units == {(2300.0, "member")}
    assert {(f.value, f.unit) for f in find_figures("Three of the league teams withdrew.")} == {(3.0, "team")}


def test_a_refusal_of_a_thing_denies_no_one_and_a_refusal_to_act_does() -> None:
    from storyline.align.align import _negates
    from storyline.align.claims import NEGATION

    def claim(text: str) -> Claim:
        return Claim(0, "x", 0, len(text), text, 0, negated=bool(NEGATION.search(text)))

    launched = claim("Pell Motors launched a hostile bid for Ostra Valves on Monday.")
    assert not _negates(claim("The board of Ostra Valves rejected the hostile bid from Pell Motors."), launched)
    assert _negates(
        claim("The council refused to close the coast road on Monday."),
        claim("The council closed the coast road on Monday."),
    )


def test_a_name_given_in_part_is_the_same_name_and_acts_of_other_days_are_two_events() -> None:
    from storyline.align.align import _acts_of_other_days, _named_apart

    def claim(text: str, orgs: dict[str, str], dates: tuple[str, ...] = ()) -> Claim:
        return Claim(0, "x", 0, len(text), text, 0, orgs=frozenset(orgs), names=orgs, dates=dates)

    whole = claim("Pell Motors bid 8.20 crowns for Ostra Valves.", {"e1": "Ostra Valves"})
    assert not _named_apart(whole, claim("Pell Motors offers 9.10 crowns for each Ostra share.", {"e2": "Ostra"}))
    assert _named_apart(whole, claim("Dunmore Fittings offered 9.10 crowns.", {"e3": "Dunmore Fittings"}))
    bid = claim("Pell Motors launched a hostile bid on Monday.", {}, ("2026-05-11",))
    rejected = claim("The board rejected the hostile bid on Wednesday.", {}, ("2026-05-13",))
    assert _acts_of_other_days(bid, rejected)
    assert not _acts_of_other_days(bid, claim("Pell Motors launched its bid on Tuesday.", {}, ("2026-05-12",)))
    raised = claim("Pell Motors raised its offer to 9.50 crowns a share on Tuesday.", {}, ("2026-05-12",))
    rejected_raised = claim("The board rejected Pell Motors' raised offer on Wednesday.", {}, ("2026-05-13",))
    assert _acts_of_other_days(raised, rejected_raised)  # "the raised offer" describes the offer: no act of raising


def test_times_spent_in_two_roles_are_two_times() -> None:
    from storyline.align.align import _contradicted

    def claim(text: str) -> Claim:
        return Claim(0, "x", 0, len(text), text, 0, figures=tuple(find_figures(text)))

    a = claim("He returns after seven seasons as an assistant coach.")
    b = claim("He arrives after three seasons as head coach of the Portland club.")
    assert [f.modifier for f in a.figures + b.figures] == ["as assistant coach", "as head coach"]
    assert _contradicted(a, b, list(a.figures), list(b.figures)) == ([], [])
    c = claim("He returns after three seasons as an assistant coach.")
    assert _contradicted(a, c, list(a.figures), list(c.figures))[0]


def test_sentences_copied_between_sources_count_once_but_a_quotation_quoted_alike_is_no_copy() -> None:
    from storyline.align.align import copied_units

    def claim(k: int, article: str, text: str, quoted: float = 0.0) -> Claim:
        return Claim(k, article, 0, len(text), text, 0, quoted=quoted)

    copied = "The offer values the Lindholm valve maker at 1.2 billion euros including its debt and pensions."
    also = "Pell Motors already owns seven percent of the shares of Ostra Valves."
    claims = [
        claim(0, "wire", copied),
        claim(1, "paper", copied),
        claim(2, "wire", "And I am just not quite there yet on the offer, as the board sees it today.", 1.0),
        claim(3, "paper", "And I am just not quite there yet on the offer, as the board sees it today.", 1.0),
        claim(4, "wire", also),
        claim(5, "paper", also),
    ]
    units = copied_units(claims, {"wire": "wire", "paper": "paper"})
    assert units.get(id(claims[0])) == units.get(id(claims[1])) == "paper"
    assert id(claims[2]) not in units and id(claims[3]) not in units


def test_a_correction_note_is_no_claim_and_the_brief_notes_it() -> None:
    """ "An earlier version of this article said ..." retracts the outlet's own words: neither the retracted statement
    nor the rest of its paragraph is a claim; other paragraphs are, and so is a government report's earlier version."""
    from storyline.align.claims import correction_notes

    body = (
        "The Lorne weir was finished in 1958.\n\n"
        "An earlier version of this article said the Lorne weir was finished in 1962. It was finished in 1958.\n\n"
        "The original version of the report, released in May, said four gates had failed."
    )

    def claims(a):
        start = a.original.index("\n\n") + 2
        spans = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^.]+\.", a.original[start:])]
        return [c.text for c in split_claims([a], {a.id: ArticleExtraction(a.id, sentences=spans)})]

    a = make_article("a", "Weir inquiry", body)
    texts = claims(a)
    assert texts == [
        "The Lorne weir was finished in 1958.",
        "The original version of the report, released in May, said four gates had failed.",
    ]
    ((s, e),) = correction_notes(a)
    assert a.original[s:e].startswith("An earlier version") and a.original[s:e].endswith("finished in 1958.")
    b = make_article("b", "Weir", "The weir was finished in 1958. Correction: it opened in 1960, not 1962.")
    assert claims(b) == ["The weir was finished in 1958."]


def test_one_holder_named_two_ways_compares_its_figures() -> None:
    from storyline.align.align import _contradicted

    def claim(text: str, name: str, word: str) -> Claim:
        return Claim(
            0, "x", 0, len(text), text, 0, figures=tuple(find_figures(text)), orgs=frozenset({"e"}),
            entities=frozenset({"e"}), holders=((text.index(name) + len(name) - len(word), word.lower()),),
            names={"e": name},
        )  # fmt: skip

    short = claim("The Greens took 41 seats of the 120 in the Varnholm assembly.", "Greens", "Greens")
    full = claim("Mayor Ekdahl's Green Party had won 42 of 120 seats.", "Mayor Ekdahl's Green Party", "Party")

    def seats(c: Claim) -> list[Figure]:
        return [f for f in c.figures if f.unit == "seat"]

    xs, ys = _contradicted(short, full, seats(short), seats(full))
    assert [f.value for f in xs] == [41.0] and [f.value for f in ys] == [42.0]
    other = claim("The Farmers League had won 42 of 120 seats.", "Farmers League", "League")
    assert _contradicted(short, other, seats(short), seats(other)) == ([], [])  # two holders


def test_a_part_of_a_whole_is_its_own_number_against_a_loose_count() -> None:
    from storyline.align.align import _counted_otherwise

    part = Claim(0, "x", 0, 30, "won 42 of 120 seats", 0, figures=tuple(find_figures("won 42 of 120 seats")))
    loose = "took 41 seats of the 120 in the assembly"
    other = Claim(0, "y", 0, len(loose), loose, 0, figures=tuple(find_figures(loose)))
    parts = [f for f in part.figures if f.whole]
    assert parts and not _counted_otherwise(parts, other)  # 42 is not "the 120"
    same = "took 42 of the 120 places, 42 seats"
    assert _counted_otherwise(parts, Claim(0, "z", 0, len(same), same, 0, figures=tuple(find_figures(same))))


def test_the_other_side_of_a_conflict_is_no_source_of_the_fact() -> None:
    from storyline.align.align import Conflict, Fact, _against

    def claim(article: str, text: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, figures=tuple(find_figures(text)))

    wire = claim("a", "The union said 2,300 of its members had joined the strike.")
    echo = claim("b", "Some 2,300 members of the union have joined the strike.")
    radio = claim("c", "About 3,000 members of the union are taking part.")
    conflict = Conflict("figure", "member", [wire, radio], disputed=frozenset({(2300.0, "member"), (3000.0, "member")}))
    conflict.sides.append(echo)
    fact = Fact([wire, echo, radio], 3, "conflicting", wire, conflicts=[0])
    assert _against(fact, [conflict]) == {id(radio)}
    # a conflict the fact's wording takes no side in says nothing of its sources
    assert _against(Fact([wire, echo, radio], 3, "conflicting", claim("d", "The strike began."), conflicts=[0]),
                    [conflict]) == set()  # fmt: skip


def test_a_description_or_credit_in_common_is_no_claim_in_common() -> None:
    """Two sentences that share only who they credit and how they describe a name state two claims: the link is their
    meaning alone, as for sentences that share only people and titles."""
    from storyline.align.align import frame_words, pair_matrices

    appos = frame_words("Vera Holm, the port's chief pilot, told reporters that the crane had toppled.")
    assert {"port'", "chief", "pilot", "reporter"} <= appos and "crane" not in appos and "toppled" not in appos
    rel = frame_words("The tide rose at about 4 a.m., according to the Lorne Harbour Board, which runs the port.")
    assert {"lorne", "harbour", "board", "run", "port"} <= rel and "tide" not in rel
    texts = [
        "The pier gave way at about 4 a.m., according to the Lorne Harbour Board, which runs the port.",
        "The Lorne Harbour Board, which bought the port in 1988, said it was helping the inquiry.",
        "Cranes were moved inland on Sunday.",
    ]
    claims, v = _pair(texts, 0.64)
    link = pair_matrices(claims, v)[1]
    assert abs(link[0, 1] - 0.64) < 1e-6  # the board and "the port" in both, nothing of what each claims
    same = ["The pier gave way at about 4 a.m., the board said.", "The board said the pier gave way at 4 a.m."]
    claims, v = _pair([*same, texts[2]], 0.64)
    assert pair_matrices(claims, v)[1][0, 1] > 0.7  # "pier gave way": the claim's own words


def test_acts_told_at_other_times_are_two_claims_even_when_reported() -> None:
    from storyline.align.align import _acts_of_other_days

    def claim(text: str, dates: tuple[str, ...]) -> Claim:
        return Claim(0, "x", 0, len(text), text, 0, dates=dates)

    raised = claim("Governor Ilse Brandt said the dyke had been raised in 2019.", ("2019",))
    inspected = claim('"The dyke was inspected in January and passed," Ilse Brandt told reporters.', ("2026-01",))
    assert _acts_of_other_days(raised, inspected)
    # one time holds the other: maybe one act told twice
    assert not _acts_of_other_days(raised, claim("The dyke was inspected in March 2019.", ("2019-03",)))
    assert not _acts_of_other_days(raised, claim("Brandt said the dyke was raised in 2018.", ("2018",)))  # same act
    # two years on main verbs stay comparable: one release told with two years is a date conflict
    shown = claim("The ferry was also celebrated in the 2006 harbour documentary.", ("2006",))
    assert not _acts_of_other_days(shown, claim("In 2005, Orne Films released the harbour documentary.", ("2005",)))
    # a toll told day by day is an update (a conflict with its revision), not two unrelated acts
    died = "Four people died on Monday when the dyke broke."
    climbed = "The number of dead climbed to nine on Tuesday, officials said."
    three = Claim(0, "x", 0, len(died), died, 0, dates=("2026-05-11",), figures=tuple(find_figures(died)))
    nine = Claim(0, "y", 0, len(climbed), climbed, 0, dates=("2026-05-12",), figures=tuple(find_figures(climbed)))
    assert not _acts_of_other_days(three, nine)
    assert _acts_of_other_days(three, claim("The army reopened the road on Tuesday, officials said.", ("2026-05-12",)))


def test_a_toll_in_words_is_a_count_and_a_side_of_its_conflict() -> None:
    from storyline.align.claims import find_figures

    text = "The number of dead from the flood climbed to seven on Tuesday, officials said."
    [fig] = find_figures(text)
    assert (fig.value, fig.unit, text[fig.start : fig.end]) == (7.0, "people", "seven")


def test_a_scale_words_noun_may_be_a_modifier_so_millions_and_digits_of_one_count_disagree() -> None:
    """ "1.2 million patient records" counts records, as "120,000 patient records" does: a tenfold difference in one
    count is a figure conflict, whichever way each is written."""
    from storyline.align.align import _pair_conflicts

    million = find_figures("The attackers stole about 1.2 million patient records, the agency said.")
    digits = find_figures("The attackers stole 120,000 patient records.")
    assert [(f.unit, f.modifier) for f in million] == [("record", "patient")] == [(f.unit, f.modifier) for f in digits]
    a = Claim(0, "a", 0, 10, "The attackers stole about 1.2 million patient records.", 0, figures=tuple(million))
    b = Claim(0, "b", 0, 10, "The attackers stole 120,000 patient records.", 0, figures=tuple(digits))
    assert [c.topic for c in _pair_conflicts(a, b, 0.8, one_fact=True)] == ["record: 120,000 vs about 1.2 million"]
    # a scale written short before a noun is no modifier of it: "4.5m dollars" are dollars, as "$4.5 million" are
    assert [(f.unit, f.modifier) for f in find_figures("The group demanded 4.5m dollars.")] == [("dollar", "")]


def test_a_range_agrees_with_a_figure_inside_it_and_not_with_one_outside() -> None:
    from storyline.align.align import _pair_conflicts

    def claim(article: str, text: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, figures=tuple(find_figures(text)), modality=modality(text))

    ranged = claim("a", "Between 300 and 400 outpatient appointments scheduled for Monday have been cancelled.")
    inside = claim("b", "About 350 outpatient appointments scheduled for Monday were cancelled.")
    outside = claim("c", "About 600 outpatient appointments scheduled for Monday were cancelled.")
    assert [f.floor for f in ranged.figures if f.unit == "appointment"] == [300.0]
    assert not _pair_conflicts(ranged, inside, 0.9, one_fact=True)
    assert [c.topic for c in _pair_conflicts(ranged, outside, 0.9, one_fact=True)] == [
        "appointment: 300 to 400 vs about 600"
    ]
    # "from 300 to 400" is a change, not a range: 400 stays a count of its own
    assert not any(f.floor for f in find_figures("Cancellations rose from 300 to 400 appointments."))
    # two counts of one noun for two acts: the second borrows no noun ("injuring 80" counts no one killed)
    assert [f.unit for f in find_figures("The quake killed 10 people and injured 80.")] == ["people", ""]
    assert not find_figures("A magnitude 6 quake can cause severe damage.")


def test_a_hedged_time_of_day_still_conflicts_with_another_time_of_the_same_statement() -> None:
    from storyline.align.align import _retimed

    assert _retimed(
        "The attack was detected at 3:40 a.m. on Saturday, the group said.",
        "The attack was detected at around 6 a.m. on Saturday.",
    ) == ("3:40 a.m.", "6 a.m.")
    # the start and the end of a fire differ in other words too
    assert not _retimed(
        "The fire broke out shortly after 9 p.m. near the docks.",
        "Firefighters had the blaze out shortly before 4 a.m. near the docks.",
    )


def test_a_denial_of_an_act_disputes_an_outlet_that_states_the_act() -> None:
    from storyline.align.align import NEGATION, _pair_conflicts

    def claim(article: str, text: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, negated=bool(NEGATION.search(text)), modality=modality(text))

    denial = claim("a", "Grevland denied stealing customer files from Ostmark Bank, saying it only locked the servers.")
    stated = claim("b", "The Grevland gang stole customer files from Ostmark Bank before locking its servers.")
    accused = claim("c", "Grevland is accused of stealing customer files from Ostmark Bank.")
    hedged = claim("d", "The Grevland gang may have stolen customer files from Ostmark Bank.")
    assert [c.detail for c in _pair_conflicts(denial, stated, 0.6, one_fact=True)] == [
        "denied in one outlet, stated as done in the other"
    ]
    assert not _pair_conflicts(denial, accused, 0.6, one_fact=True)
    assert not _pair_conflicts(denial, hedged, 0.6, one_fact=True)
    # "no longer" negates what follows it
    stopped = claim("e", "Ambulances are no longer being diverted to Harlow Infirmary.")
    diverted = claim("f", "Ambulances are being diverted to Harlow Infirmary.")
    assert [c.kind for c in _pair_conflicts(stopped, diverted, 0.9, one_fact=True)] == ["negation"]


def test_one_fact_whose_dates_hang_on_the_same_act_may_disagree_on_the_day() -> None:
    from storyline.align.align import _pair_conflicts

    def claim(article: str, text: str, dates: tuple[str, ...]) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, dates=dates)

    saturday = claim("a", "The breach was detected early Saturday.", ("2026-02-28",))
    sunday = claim("b", "The intrusion was detected on Sunday night, according to server logs.", ("2026-03-01",))
    assert [c.kind for c in _pair_conflicts(saturday, sunday, 0.55, one_fact=True)] == ["date"]
    assert not _pair_conflicts(saturday, sunday, 0.55)  # not aligned as one fact: nothing says it is one event
    stamp = claim("c", "Posted: February 27, 2026", ("2026-02-27",))
    assert not _pair_conflicts(saturday, stamp, 0.55, one_fact=True)


def test_announcing_one_thing_on_two_days_is_a_date_dispute_a_saying_frame_is_not() -> None:
    """ "Dunmore Foods announced the results on Thursday" / "Dunmore Foods today announced its survey results" (dated
    Wednesday), aligned as one fact: the announcing of the results, one act, on two days. A verb of saying with no thing
    as its object ("said on Wednesday that ...", "said in a statement on Thursday") is a frame, which another day may
    repeat: no dispute."""
    from storyline.align.align import _pair_conflicts

    def claim(article: str, text: str, dates: tuple[str, ...]) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, dates=dates)

    thursday = claim(
        "a", "Dunmore Foods announced the results on Thursday, saying 900 shoppers had been asked.", ("2026-05-14",)
    )
    today = claim(
        "b", "Dunmore Foods today announced positive survey results from its study of 912 shoppers.", ("2026-05-13",)
    )
    assert [c.kind for c in _pair_conflicts(thursday, today, 0.6, one_fact=True)] == ["date"]
    framed = claim("c", "Dunmore Foods said on Wednesday that 912 shoppers had been asked.", ("2026-05-13",))
    stated = claim("d", "Dunmore Foods said in a statement on Thursday that 900 shoppers were asked.", ("2026-05-14",))
    assert not _pair_conflicts(framed, stated, 0.6, one_fact=True)
    assert not _pair_conflicts(thursday, framed, 0.6, one_fact=True)  # the results announced / a frame


def test_a_year_of_another_clauses_verb_is_not_the_date_of_the_act() -> None:
    """ "Founded in the 1930's by Renner, who died in 1962": the decade is no date, and 1962 dates the death, not the
    founding; against "founded in 1931" there is no date conflict. Two years of the founding disagree."""
    from storyline.align.align import _pair_conflicts

    def claim(article: str, text: str, dates: tuple[str, ...]) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, entities=frozenset({"renner", "dunmore"}), dates=dates)

    decade = claim(
        "a",
        "The Dunmore mill was founded in the 1930's by Aldo Renner, who moved to Kelmar and who died in 1962.",
        ("1962",),
    )
    founded = claim("b", "The Dunmore mill was founded in 1931 by the miller Aldo Renner.", ("1931",))
    other_year = claim("c", "The Dunmore mill was founded in 1934 by the miller Aldo Renner.", ("1934",))
    assert not _pair_conflicts(decade, founded, 0.8, one_fact=True)
    assert [c.kind for c in _pair_conflicts(other_year, founded, 0.8, one_fact=True)] == ["date"]


def test_a_share_recovered_told_day_by_day_is_progress_and_the_latest_is_taken() -> None:
    from storyline.align.align import find_conflicts, outvoted, revised_position

    claims = _figure_claims(
        [
            ("a", "About a third of the clinic's terminals had been restored by Sunday evening."),
            ("b", "Harlow Clinics said on Monday that 70 percent of its terminals had been restored."),
            ("c", "Harlow Clinics said on Tuesday that nearly all of its terminals had been restored."),
        ]
    )
    scores = np.full((3, 3), 0.6) - np.eye(3) * 0.6
    groups = {k: k for k in "abc"}
    found = find_conflicts(claims, scores, groups, fact_of={id(c): k for k, c in enumerate(claims)})
    assert [(c.kind, c.topic) for c in found] == [("figure", "%: about a third vs 70 vs nearly all")]
    assert revised_position(found[0]) == [claims[2]]
    assert outvoted(found, groups) == {id(claims[0]), id(claims[1])}
    # a share in words is never a plain figure: outside a recovery it disputes nothing
    assert not any(f.plain for f in find_figures("Half of the voters backed the plan."))


def test_a_figure_conflict_takes_every_source_that_gives_a_disputed_figure_for_the_same_act() -> None:
    """ "$4.5 million" from three outlets against "$2 million" from one: the two outlets whose sentences were aligned
    as a fact apart from the pair compared take the $4.5 million side, so it is three sources against one."""
    from storyline.align.align import Conflict, Fact, _fill_sides, outvoted

    claims = _figure_claims(
        [
            ("a", "The gang behind the attack on Harlow Clinics demanded $2 million."),
            ("b", "The group had demanded US$4.5 million from Harlow Clinics."),
            ("c", "A criminal group calling itself Grevland demanded a ransom of $4.5 million."),
            ("d", "The hackers, a group known as Grevland, demanded 4.5m dollars."),
            ("e", "Harlow Clinics has a budget of $4.5 million for new scanners."),
        ]
    )
    scores = np.full((5, 5), 0.45) - np.eye(5) * 0.45
    scores[0, 1] = scores[1, 0] = 0.83
    scores[4, :] = scores[:, 4] = 0.5  # close enough, but the figure counts for another verb
    conflict = Conflict(
        "figure", "dollar: 2 million vs 4.5 million", claims[:2], "", frozenset({(2e6, "dollar"), (4.5e6, "dollar")})
    )
    facts = [
        Fact(claims[:2], 2, "", claims[0]),
        Fact(claims[2:4], 2, "", claims[2]),
        Fact(claims[4:], 1, "", claims[4]),
    ]
    groups = {k: k for k in "abcde"}
    _fill_sides(facts, [conflict], groups, scores, {id(c): k for k, c in enumerate(claims)})
    assert [x.article for x in conflict.sides] == ["a", "b", "c", "d"]
    assert outvoted([conflict], groups) == {id(claims[0])}


def test_a_change_or_two_alternatives_are_no_range() -> None:
    """ "rose by about 1 million to 9.3 million" is a change, "$2,000 or $4,000 for a couple" two amounts: neither is
    one figure with a floor (NeuS: the 1 million and the 2,000 had vanished into a range)."""
    rose = find_figures("Openings rose by about 1 million to 9.3 million in April.")
    assert [f.value for f in rose] == [1e6, 9.3e6] and not any(f.floor for f in rose)
    either = find_figures("Raise the payment to $2,000 or $4,000 for a couple.")
    assert [f.value for f in either] == [2000.0, 4000.0] and not any(f.floor for f in either)


def test_no_date_or_denial_conflict_from_a_year_naming_a_thing_another_dated_verb_or_a_charge() -> None:
    """What the first ECB+ run of the one-fact date waiver and the denial reading got wrong, in invented words."""
    from storyline.align.align import NEGATION, _pair_conflicts

    def claim(article: str, text: str, dates: tuple[str, ...] = ()) -> Claim:
        negated = bool(NEGATION.search(text))
        return Claim(0, article, 0, len(text), text, 0, dates=dates, negated=negated, modality=modality(text))

    book = claim("a", "The informant became known in Harlan and Voss's 1974 book.", ("1974",))
    film = claim("b", "Millions knew the informant only from the 1976 film.", ("1976",))
    assert not _pair_conflicts(book, film, 0.6, one_fact=True)
    founded = claim("c", "The club was founded in the 1930s by Edda Marl, who died in 1962.", ("1962",))
    again = claim("d", "He joined the club founded in 1931 by Edda Marl.", ("1931",))
    assert not _pair_conflicts(founded, again, 0.6, one_fact=True)
    denied = claim("e", "A man has denied arson following a fire at a Wexcombe bakery early on Sunday.")
    charged = claim("f", "A man has been charged on suspicion of arson following a fire that gutted a Wexcombe bakery.")
    assert not _pair_conflicts(denied, charged, 0.6, one_fact=True)


def test_a_recovery_told_in_other_words_is_still_progress_and_nearly_all_needs_no_of() -> None:
    """ "back online" and "have been restored" tell one recovery: the share that grows is an update, the earlier report
    no source of the later; "Nearly all terminals" is the share "nearly all of the terminals" is. A fire contained is
    another kind of recovery than terminals restored."""
    from storyline.align.align import find_conflicts, recovery_kind, revised_position

    assert [(f.value, f.fraction) for f in find_figures("Nearly all terminals have been restored.")] == [(100.0, True)]
    assert not find_figures("Nearly all is well.")  # no plural noun counted
    claims = _figure_claims(
        [
            ("a", "Harlow Clinics says 60 percent of its terminals are back online."),
            ("b", "Nearly all terminals have been restored, Harlow Clinics said on Wednesday."),
        ]
    )
    scores = np.array([[0.0, 0.7], [0.7, 0.0]])
    groups = {"a": "a", "b": "b"}
    found = find_conflicts(claims, scores, groups, fact_of={id(c): 0 for c in claims})
    assert [(c.kind, c.topic) for c in found] == [("figure", "%: 60 vs nearly all")]
    assert revised_position(found[0]) == [claims[1]]
    assert recovery_kind("back  online") == recovery_kind("restored") != recovery_kind("contained")


def test_one_act_dated_two_ways_is_weighed_without_its_date_words() -> None:
    """ "The breach was detected at 4:10 a.m. on Friday" / "The intrusion was detected on Thursday night, according to
    server logs": one act on two days. The words of the dates are what the date conflict compares; left in, they kept
    the pair under the fact threshold and the disagreement unseen. Two acts of two days are still apart."""
    from storyline.align.align import date_dispute, fact_threshold, pair_matrices

    def claim(k: int, article: str, text: str, dates: tuple[str, ...] = ()) -> Claim:
        return Claim(k, article, 0, len(text), text, 0, dates=dates)

    friday = claim(0, "a", "The breach was detected at 4:10 a.m. on Friday, the company said.", ("2026-02-27",))
    thursday = claim(
        1, "b", "The intrusion was detected on Thursday night, according to server logs shown to us.", ("2026-02-26",)
    )
    other_act = claim(2, "c", "The company restored its payroll servers on Thursday night.", ("2026-02-26",))
    fillers = [
        claim(3 + k, "d", text)
        for k, text in enumerate(["Ferries resumed service.", "The mayor opened a library.", "Rain fell all week."])
    ]
    assert date_dispute(friday, thursday)
    assert not date_dispute(friday, other_act)  # detected / restored: two acts
    lund = replace(claim(6, "a", "Ada Lund was arrested on Monday.", ("2026-02-23",)), people=frozenset({"p1"}))
    brandt = replace(claim(7, "b", "Carl Brandt was arrested on Tuesday.", ("2026-02-24",)), people=frozenset({"p2"}))
    lund, brandt = replace(lund, names={"p1": "Ada Lund"}), replace(brandt, names={"p2": "Carl Brandt"})
    assert not date_dispute(lund, brandt)  # two people: two arrests
    assert date_dispute(replace(brandt, people=frozenset(), names={}), replace(lund, people=frozenset(), names={}))
    claims = [friday, thursday, other_act, *fillers]
    vectors = np.eye(len(claims), dtype=np.float32)
    vectors[1] = 0.6 * vectors[0] + 0.8 * vectors[1]  # cosine 0.6 with the Friday sentence
    vectors[2] = 0.6 * vectors[0] + 0.8 * vectors[2]
    _, link = pair_matrices(claims, vectors)
    assert link[0, 1] >= fact_threshold(len(claims)) > link[0, 2]


def test_an_omission_counts_sources_telling_the_fact_inside_other_sentences_and_a_fact_most_sides_take() -> None:
    """Two outlets' "Ambulances are being diverted to Mill Hospital in Dorne" and a third's long sentence ending "...,
    and ambulances were diverted to Mill Hospital in Dorne": three of five sources report it, so a source that says
    nothing of it leaves it out. A fact conflicting with one outlet's "no longer" still does, when most sources take
    its wording: the outlet on the other side left nothing out, the silent one did."""
    from storyline.align.align import Conflict, Fact, omissions

    def claim(k: int, article: str, text: str, negated: bool = False) -> Claim:
        return Claim(k, article, 0, len(text), text, 0, negated=negated)

    told = "Ambulances are being diverted to Mill Hospital in Dorne."
    claims = [
        claim(0, "a", told),
        claim(1, "b", told.replace("are being", "were")),
        claim(
            2, "c", "The storm closed roads across the valley, and ambulances were diverted to Mill Hospital in Dorne."
        ),
        claim(3, "d", "Schools stay shut in Dorne."),
        claim(4, "e", "The storm felled trees in Dorne."),
    ]
    groups = {k: k for k in "abcde"}
    scores = np.zeros((5, 5))
    fact = Fact(claims[:2], 2, "corroborated", claims[0])
    others = [Fact([c], 1, "single-source", c) for c in claims[2:]]
    assert omissions([fact, *others], groups, claims, scores) == {"d": [0], "e": [0]}
    assert omissions([fact, *others], groups) == {}  # without the sentences: two of five are not most
    # d says it stopped: a negation conflict that three sources (a, b, and c telling it inside its sentence) outvote
    stopped = claim(3, "d", "Ambulances are no longer being diverted to Mill Hospital in Dorne.", negated=True)
    claims[3] = stopped
    three = Fact([claims[0], claims[1], claims[2]], 3, "conflicting", claims[0], conflicts=[0])
    conflict = Conflict("negation", "Mill Hospital", [stopped, claims[0], claims[1]])
    rest = [Fact([c], 1, "single-source", c) for c in claims[3:]]
    assert omissions([three, *rest], groups, claims, scores, [conflict]) == {"e": [0]}
    assert omissions([three, *rest], groups, claims, scores) == {}  # the conflict unknown: no omission


def test_the_same_toll_in_other_words_is_one_fact_however_far_apart_the_rest() -> None:
    """ "..., flooding the valley and killing three people, the fire service said" / "Three people died in the flood":
    the same toll, one fact the short sentence tells part of. Not another toll, another kind of outcome, other
    people named, nor a toll dated to another year."""
    from storyline.align.align import fact_threshold, pair_matrices, same_toll, toll

    def claim(k: int, article: str, text: str, dates: tuple[str, ...] = ()) -> Claim:
        return Claim(k, article, 0, len(text), text, 0, dates=dates, figures=tuple(find_figures(text)))

    long = claim(0, "a", "The Orla dam broke on Tuesday, flooding the valley and killing three people, officials said.")
    short = claim(1, "b", "Three people died in the flood, the fire service said.")
    assert toll(long) == toll(short) == (3.0, "people", "death")
    assert same_toll(long, short)
    assert not same_toll(long, claim(2, "c", "Four people died in the flood."))
    assert not same_toll(long, claim(3, "c", "Three people were injured in the flood."))
    earlier = claim(4, "c", "A flood killed three people in 2019.", ("2019",))
    dated = claim(5, "a", "The dam broke in March 2026, killing three people.", ("2026-03",))
    assert not same_toll(dated, earlier)
    fillers = [claim(6 + k, "d", t) for k, t in enumerate(["Ferries resumed.", "The mayor spoke.", "Rain fell."])]
    claims = [long, short, *fillers]
    vectors = np.eye(len(claims), dtype=np.float32)
    vectors[1] = 0.3 * vectors[0] + np.sqrt(1 - 0.09) * vectors[1]  # far apart in meaning
    _, link = pair_matrices(claims, vectors)
    assert link[0, 1] >= fact_threshold(len(claims))


def test_the_displaced_are_a_toll_told_in_other_words() -> None:
    """ "About 3,400 people have been evacuated from Velden and nearby farms since the flood began on Monday, the county
    said" / "About 3,400 people have left their homes since Monday": one count of the displaced, one fact however
    far apart in meaning. Not those who left a building, nor another count."""
    from storyline.align.align import fact_threshold, pair_matrices, toll

    def claim(k: int, article: str, text: str) -> Claim:
        return Claim(k, article, 0, len(text), text, 0, figures=tuple(find_figures(text)))

    long = claim(
        0,
        "a",
        "About 3,400 people have been evacuated from Velden and nearby farms since the flood began on Monday, "
        "the county said.",
    )
    short = claim(1, "b", "About 3,400 people have left their homes since Monday.")
    assert toll(long) == toll(short) == (3400.0, "people", "evacuation")
    assert toll(claim(2, "c", "About 3,400 people have left the stadium since Monday.")) is None
    assert toll(claim(3, "c", "About 2,900 people have fled their homes since Monday.")) != toll(long)
    fillers = [claim(4 + k, "d", t) for k, t in enumerate(["Ferries resumed.", "The mayor spoke.", "Rain fell."])]
    claims = [long, short, *fillers]
    vectors = np.eye(len(claims), dtype=np.float32)
    vectors[1] = 0.35 * vectors[0] + np.sqrt(1 - 0.35**2) * vectors[1]  # far apart in meaning
    _, link = pair_matrices(claims, vectors)
    assert link[0, 1] >= fact_threshold(len(claims))


def test_an_act_dated_by_its_noun_after_a_verb_of_doing_it_may_disagree_on_the_day() -> None:
    """ "ordered the recall of the tins on Friday" and "recalled the tins on Saturday" date one recall: a date
    conflict. "Recalled" here is no verb of saying (she recalled that ...): it has goods as its object. Seeking an
    arrest is not arresting."""
    from storyline.align.align import _same_action

    saturday = "Pellwick Foods recalled four batches of its oat biscuits on Saturday, 6 June, after glass was found."
    friday = (
        "Pellwick Foods ordered the recall of four batches of oat biscuits on Friday, 5 June, after glass was found."
    )
    assert _same_action(saturday, friday) and _same_action(friday, saturday)
    recounted = "Mara Kollen recalled on Friday that the biscuits had been sold in Dunmere."
    assert not _same_action(saturday, recounted)
    sought = "Police sought the arrest of the Dunmere baker on Friday."
    arrested = "The Dunmere baker was arrested on Saturday."
    assert not _same_action(sought, arrested)


def test_a_sentence_that_revises_a_count_in_words_disagrees_with_the_earlier_count() -> None:
    """ "revised the number of lambs lost ... to twelve, up from the eight first reported": the count is of lambs
    (named before it, and after "up from the"), twelve is the revised figure and the earlier eight agrees with
    no one who still says eight."""
    from storyline.align.align import find_conflicts, revised_position

    revising = (
        "The Dunmere farmers' union on Friday revised the number of lambs lost in the Kelm valley floods to twelve, "
        "up from the eight first reported."
    )
    assert sorted((f.value, f.unit) for f in find_figures(revising)) == [(8.0, "lamb"), (12.0, "lamb")]
    claims = _figure_claims(
        [("a", "Eight lambs were lost in the Kelm valley floods, the farmers' union said."), ("b", revising)]
    )
    scores = np.array([[0.0, 0.8], [0.8, 0.0]])
    found = find_conflicts(claims, scores, {"a": "a", "b": "b"}, fact_of={id(claims[0]): 0, id(claims[1]): 0})
    assert [(c.kind, c.topic) for c in found] == [("figure", "lamb: 8 vs 12")]
    assert revised_position(found[0]) == [claims[1]]


def test_a_revision_that_names_its_earlier_figure_revises_no_other_sum() -> None:
    """ "revised its estimate of the cost ... to 1.4 billion crowns, up from 900 million crowns": the report it revises
    gave 900 million (or a figure between the two), so another outlet's annual profit of 310 million crowns is another
    sum, not the earlier figure; two outlets telling the same revision agree. A report of the 900 million still is."""
    from storyline.align.align import find_conflicts, revised_position

    profit = "Osterby Savings Bank reported a net profit of 310 million crowns for last year, up 6 percent."
    revising = (
        "The treasury on Monday revised its estimate of the cost of rescuing Osterby Savings Bank to 1.4 billion"
        " crowns, up from 900 million crowns given last week."
    )
    retold = (
        "The cost of rescuing Osterby Savings Bank, revised on Monday to 1.4 billion crowns from 900 million crowns,"
    )
    retold += " will be met from reserves, the treasury said."
    claims = _figure_claims([("a", profit), ("b", revising), ("c", retold)])
    scores = np.full((3, 3), 0.65) - np.eye(3) * 0.65
    groups = {"a": "a", "b": "b", "c": "c"}
    fact_of = {id(claims[0]): 0, id(claims[1]): 1, id(claims[2]): 1}
    assert [c for c in find_conflicts(claims, scores, groups, fact_of=fact_of) if c.kind == "figure"] == []
    earlier = "The treasury put the cost of rescuing Osterby Savings Bank at 900 million crowns last week."
    claims = _figure_claims([("a", profit), ("b", revising), ("d", earlier)])
    fact_of = {id(claims[0]): 0, id(claims[1]): 1, id(claims[2]): 2}
    groups = {"a": "a", "b": "b", "d": "d"}
    (conflict,) = [c for c in find_conflicts(claims, scores, groups, fact_of=fact_of) if c.kind == "figure"]
    assert {c.article for c in conflict.sides} == {"b", "d"}
    assert revised_position(conflict) == [claims[1]]


def test_a_count_revised_upward_against_the_one_it_first_reported() -> None:
    """ "17 workers were trapped ..., revising upward the 14 it first reported": a revision (its 14 counts workers,
    the earlier report's figure, not a unit "it"), which disputes the 14 of the earlier reports however far apart the
    sentences are as facts, and wins."""
    from storyline.align.align import REVISED, find_conflicts, outvoted, revised_position, revision_figures

    revising = (
        "Vessa Build said on Thursday that 17 workers were trapped in the Orlan rail tunnel, revising upward the 14 it"
        " first reported after counting the shift rota."
    )
    assert sorted((f.value, f.unit) for f in find_figures(revising)) == [(14.0, "worker"), (17.0, "worker")]
    claims = _figure_claims(
        [
            ("a", "Fourteen workers were trapped when part of the Orlan rail tunnel roof fell on Wednesday."),
            ("b", "Relatives waited at the Orlan site as rescuers tried to reach 14 workers trapped in the tunnel."),
            ("c", revising),
        ]
    )
    assert [f.value for f in revision_figures(claims[2])] == [17.0]
    scores = np.array([[0.0, 0.8, 0.7], [0.8, 0.0, 0.68], [0.7, 0.68, 0.0]])
    groups = {k: k for k in "abc"}
    apart = {id(claims[0]): 0, id(claims[1]): 0, id(claims[2]): 1}  # the revision is a fact of its own
    (conflict,) = find_conflicts(claims, scores, groups, fact_of=apart)
    assert (conflict.kind, conflict.topic) == ("figure", "worker: 14 vs 17")
    assert revised_position(conflict) == [claims[2]]
    assert outvoted([conflict], groups) == {id(claims[0]), id(claims[1])}
    # downward too, and only against a larger earlier figure
    assert REVISED.search("The agency revised downward the 40 it first reported.")
    lower = _figure_claims([("a", claims[0].text), ("c", revising.replace("upward", "downward"))])
    assert find_conflicts(lower, scores[::2, ::2], groups, fact_of={id(lower[0]): 0, id(lower[1]): 1}) == []


def test_a_count_of_men_is_the_count_of_the_workers_another_outlet_gives() -> None:
    """ "to reach 9 men trapped" / "At least 12 workers were trapped": the men are the workers, and 9 is fewer than
    at least 12. A count of men beside a count of women is some of the people, and a larger count of men than of
    workers may take in others: no dispute."""
    from storyline.align.align import find_conflicts, positions

    def found(*texts: str) -> list[tuple[str, str]]:
        claims = _figure_claims([(chr(97 + k), t) for k, t in enumerate(texts)])
        n = len(claims)
        scores = np.full((n, n), 0.8) - np.eye(n) * 0.8
        groups = {c.article: c.article for c in claims}
        return [(c.kind, c.topic) for c in find_conflicts(claims, scores, groups, fact_of={id(c): 0 for c in claims})]

    men = "Rescuers worked through the night to reach 9 men trapped in the Orlan rail tunnel."
    workers = "At least 12 workers were trapped in the Orlan rail tunnel, the contractor said."
    assert found(men, workers) == [("figure", "worker: 9 vs at least 12")]
    assert found("Rescuers tried to reach 9 men and 3 women trapped in the Orlan rail tunnel.", workers) == []
    assert found("Rescuers tried to reach 14 men trapped in the Orlan rail tunnel.", workers) == []
    # "9 men" and "9 workers" are one position of the dispute
    claims = _figure_claims([("a", men), ("b", workers), ("c", "Nine workers were trapped in the Orlan rail tunnel.")])
    scores = np.full((3, 3), 0.8) - np.eye(3) * 0.8
    (conflict,) = find_conflicts(claims, scores, {k: k for k in "abc"}, fact_of={id(c): 0 for c in claims})
    assert sorted(len(p) for p in positions(conflict)) == [1, 2]


def test_those_trapped_and_those_brought_out_alive_are_two_counts() -> None:
    """ "At least 12 workers were trapped" / "brought 8 workers to the surface alive": what happened to them differs
    (trapped, rescued), so the figures do not disagree and the sentences state no fact together."""
    from storyline.align.align import _other_claims, find_conflicts

    claims = _figure_claims(
        [
            ("a", "At least 12 workers were trapped in the Orlan rail tunnel, the contractor said."),
            ("b", "Rescuers at the Orlan rail tunnel brought 8 workers to the surface alive on Saturday."),
        ]
    )
    scores = np.array([[0.0, 0.8], [0.8, 0.0]])
    assert find_conflicts(claims, scores, {"a": "a", "b": "b"}, fact_of={id(claims[0]): 0, id(claims[1]): 0}) == []
    assert _other_claims(*claims)
    # the same outcome in other words still disputes: trapped against trapped
    trapped = _figure_claims([("a", claims[0].text), ("b", "Rescuers were trying to reach 8 workers trapped there.")])
    assert find_conflicts(trapped, scores, {"a": "a", "b": "b"}, fact_of={id(c): 0 for c in trapped}) != []
    assert not _other_claims(*trapped)


def test_one_act_in_two_words_dated_on_two_days_in_sentences_otherwise_the_same() -> None:
    """ "trapped after the roof gave way late on Tuesday" / "trapped after part of the roof collapsed early on
    Wednesday": the dated verbs differ (gave way, collapsed) but both hang under the same act, "trapped", in sentences
    nearly the same (pair score from SURE): a date disagreement. Under different acts, or less alike, none."""
    from storyline.align.align import _acts_above_dates, _pair_conflicts

    a_text = (
        "Nine workers were trapped after a tunnel roof gave way at the Orlan depot late on Tuesday, the union said."
    )
    b_text = (
        "Nine workers were trapped after part of a tunnel roof collapsed at the Orlan depot early on Wednesday,"
        " the contractor said."
    )
    assert _acts_above_dates(a_text) == _acts_above_dates(b_text) == frozenset({"trap"})
    a, b = (
        Claim(0, k, 0, len(t), t, 0, entities=frozenset({"orlan"}), dates=(d,))
        for k, t, d in (("a", a_text, "2026-03-10"), ("b", b_text, "2026-03-11"))
    )
    assert [c.kind for c in _pair_conflicts(a, b, 0.85, one_fact=True)] == ["date"]
    assert _pair_conflicts(a, b, 0.75, one_fact=True) == []
    said = "The contractor said on Wednesday that nine workers were trapped in the Orlan depot."
    assert _acts_above_dates(said) == frozenset()  # a date of saying hangs under no act


def test_a_figure_one_source_gives_in_passing_does_not_make_its_fact_conflicting() -> None:
    """A denial two outlets report, one of them adding the disputed count in passing ("..., trapping 27 miners"),
    lists the count's conflict but stays what its sources agree on; a fact worded by a side of the conflict, or most
    of whose claims are in it, is conflicting."""
    from storyline.align.align import Conflict, Fact, _link_conflicts
    from storyline.align.claims import Claim

    def claim(k: int, article: str, text: str) -> Claim:
        return Claim(k, article, 0, len(text), text, 0)

    a = claim(0, "a", "Twenty-three miners were trapped after the roof of the Orm pit fell in.")
    b = claim(1, "b", "The operator said 27 miners were trapped, revising the count it first gave.")
    deny = claim(2, "c", "The operator denied that it had ignored warnings about the roof.")
    passing = claim(
        3, "b", "The operator rejected claims it ignored warnings about the roof, which fell trapping 27 miners."
    )
    count = Fact([a, b], 2, "corroborated", a)
    denial = Fact([deny, passing], 2, "corroborated", deny)
    again = claim(4, "d", "The roof fell in, trapping 27 miners, and the operator denied ignoring warnings about it.")
    other = claim(5, "e", "The operator denied ignoring any warning about the roof of the pit.")
    worded = Fact([again, other], 2, "corroborated", again)
    disputed = frozenset({(23.0, "miner"), (27.0, "miner")})
    conflict = Conflict("figure", "miner: 23 vs 27", [a, b, passing, again], disputed=disputed)
    _link_conflicts([count, denial, worded], [conflict])
    assert count.status == "conflicting" and count.conflicts == [0]
    assert denial.status == "corroborated" and denial.conflicts == [0]
    assert worded.status == "conflicting"


def test_a_revision_and_an_outlet_that_only_gives_its_figure_take_one_position() -> None:
    """ "17 workers were trapped ..., revising upward the 14 it first reported" says 17, not 14 and 17: an outlet's
    "trapping 17 workers" is on its side (one position, no disagreement between them), and the earlier reports of
    14 the other."""
    from storyline.align.align import find_conflicts, positions, revised_position, same_side

    revising = (
        "Vessa Build said on Thursday that 17 workers were trapped in the Orlan rail tunnel, revising upward the 14 it"
        " first reported after counting the shift rota."
    )
    claims = _figure_claims(
        [
            ("a", "Fourteen workers were trapped when part of the Orlan rail tunnel roof fell on Wednesday."),
            ("b", "Relatives waited at the Orlan site as rescuers tried to reach 14 workers trapped in the tunnel."),
            ("c", revising),
            (
                "d",
                "Vessa Build denied on Thursday that it had ignored cracks in the Orlan rail tunnel, trapping 17 workers.",
            ),
        ]
    )
    scores = np.array([[0.0, 0.8, 0.7, 0.6], [0.8, 0.0, 0.68, 0.6], [0.7, 0.68, 0.0, 0.7], [0.6, 0.6, 0.7, 0.0]])
    groups = {k: k for k in "abcd"}
    fact_of = {id(claims[0]): 0, id(claims[1]): 0, id(claims[2]): 1, id(claims[3]): 1}
    (conflict,) = find_conflicts(claims, scores, groups, fact_of=fact_of)
    if not any(s is claims[3] for s in conflict.sides):
        conflict.sides.append(claims[3])
    assert same_side(conflict, claims[2], claims[3])
    assert not same_side(conflict, claims[2], claims[0])
    assert sorted(sorted(x.article for x in p) for p in positions(conflict)) == [["a", "b"], ["c", "d"]]
    assert {x.article for x in revised_position(conflict)} == {"c", "d"}


def test_a_name_described_in_a_frame_and_the_day_tie_no_claim() -> None:
    """Words in common that say who (a station named in the other's apposition), where (the town every source names)
    or when (the day) are no claim in common: the link is the two sentences' meaning alone."""
    from storyline.align.align import pair_matrices
    from storyline.align.claims import Claim

    def claim(k: int, text: str, names: dict[str, str], people: set[str]) -> Claim:
        return Claim(index=k, article=f"a{k}", start=0, end=len(text), text=text, position=0, names=names,
                     people=frozenset(people))  # fmt: skip

    station = {"s": "Korva Coast Guard Station", "p": "Petra Lund"}
    texts = [
        "The head of the Korva Coast Guard Station, Petra Lund, gave a briefing to relatives at the quay.",
        "Petra Lund, head of the Korva Coast Guard Station, said divers had reached the hull of the ferry.",
        "Divers reached the hull of the ferry, Petra Lund said.",
        "Rain fell on the quay.",
    ]
    claims = [claim(k, t, station if k < 2 else {"p": "Petra Lund"}, {"p"}) for k, t in enumerate(texts)]
    link = pair_matrices(claims, _pair(texts, 0.6)[1])[1]
    assert abs(link[0, 1] - 0.6) < 1e-6  # the station and its head, nothing of what each claims
    town = {"p": "Anton Reede", "t": "Marrow"}
    texts = [
        "Transport minister Anton Reede announced an inquiry and is due in Marrow on Tuesday.",
        "Transport minister Anton Reede arrived in Marrow on Tuesday and met relatives at the quay.",
        "Anton Reede ordered an inquiry into the sinking, the ministry in Marrow said.",
    ]
    claims = [claim(k, t, town, {"p"}) for k, t in enumerate(texts)]
    link = pair_matrices(claims, _pair(texts, 0.6)[1])[1]
    assert abs(link[0, 1] - 0.6) < 1e-6  # the minister, the town every source names, the day
    assert link[0, 2] > 0.6 + 0.05  # "inquiry": the claim


def test_the_words_both_sentences_of_a_two_sentence_story_share_are_evidence() -> None:
    """In a story of two sentences every word they share is in every sentence; it is still all the evidence there is
    that they tell one thing: "14 men trapped" by a rockfall underground at Dunmore and "at least 17 workers were
    trapped underground" there are one count told two ways, a figure conflict."""
    from storyline.align.align import fact_threshold, pair_matrices

    texts = [
        "Relatives waited at the Dunmore quarry gates as rescuers worked to reach 14 men trapped by a rockfall deep"
        " underground before dawn.",
        "At least 17 quarry workers were trapped underground by a rockfall at Dunmore before dawn, rescuers said.",
    ]
    claims = [
        Claim(index=k, article=f"a{k}", start=0, end=len(t), text=t, position=0, names={"d": "Dunmore"},
              places=frozenset({"d"}), figures=tuple(find_figures(t)))
        for k, t in enumerate(texts)
    ]  # fmt: skip
    v = _pair(texts, 0.6)[1]
    assert pair_matrices(claims, v)[1][0, 1] >= fact_threshold(2)
    al = align(claims, v)
    assert [len(f.claims) for f in al.facts] == [2]
    assert [(c.kind, {s.article for s in c.sides}) for c in al.conflicts] == [("figure", {"a0", "a1"})]


def test_a_word_every_sentence_uses_is_evidence_only_in_a_story_of_two() -> None:
    # two sentences: the words both use are all there is; three or more: a word of every sentence is the subject
    from storyline.align.align import _idf

    assert _idf([{"trapped", "roof"}, {"trapped", "miners"}])["trapped"] > 0
    assert _idf([{"trump", "reactions"}, {"trump", "democrats"}, {"trump", "shutdown"}])["trump"] == 0


def test_a_forecast_and_the_outcome_are_two_facts() -> None:
    """What a sentence foresees ("is expected to vote", "plans to vote") and what another says happened ("approved the
    inquiry by 61 votes to 40") are a prediction and an event: not one fact, however alike. A decision told with
    "will" is no forecast, and two forecasts or two outcomes are compared as before."""
    from storyline.align.align import _forecast_and_outcome, _other_claims

    def claim(article: str, text: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0)

    expected = claim("a", "The Veldmark assembly is expected to vote on Thursday on whether to open an inquiry.")
    planned = claim("a", "The Veldmark assembly plans to vote on Thursday on whether to open an inquiry.")
    approved = claim("b", "The Veldmark assembly approved the inquiry by 61 votes to 40.")
    was_approved = claim("b", "The inquiry was approved by the Veldmark assembly, its speaker said.")
    assert _forecast_and_outcome(expected, approved) and _other_claims(expected, approved)
    assert _forecast_and_outcome(planned, approved) and _forecast_and_outcome(was_approved, expected)
    # a decision to come, and its announcement in the past tense: one fact
    will_lead = claim("a", "Orla Fenn will lead the Veldmark port authority until March.")
    named = claim("b", "Orla Fenn was named head of the Veldmark port authority until March.")
    assert not _forecast_and_outcome(will_lead, named)
    # two forecasts, and a plan told as planned in the past tense ("said it planned to"): no outcome
    likely = claim("b", "The Veldmark assembly is likely to vote on Thursday on the inquiry.")
    said_planned = claim("b", "The speaker said the Veldmark assembly planned to vote on the inquiry on Thursday.")
    assert not _forecast_and_outcome(expected, likely) and not _forecast_and_outcome(expected, said_planned)
    # an act foreseen as it is then done is one fact: only a decision foreseen leaves its outcome open
    ordered = claim("b", "The Veldmark port authority has ordered pilots to stop using the old channel.")
    to_order = claim("a", "Port officials are expected on Monday to order pilots to stop using the old channel.")
    assert not _forecast_and_outcome(ordered, to_order)
    # a sentence that tells a toll and foresees no rise tells no outcome against a forecast
    not_rising = claim("b", "Officials said 12 people had died and the toll was not expected to rise.")
    assert not _forecast_and_outcome(expected, not_rising)


def test_it_of_the_thing_named_before_on_the_same_day_is_one_fact() -> None:
    """ "It will begin on June 9." says of the inquiry the sentence before names what another outlet says of "The inquiry":
    the same day, planned in both, is one fact though the words in common are only the date's. The same day of another
    subject, or a day planned against one done, is not."""
    from storyline.align.align import _pronoun_pairs, fact_threshold, pair_matrices

    def claim(k: int, article: str, start: int, text: str, day: str = "", planned: bool = True) -> Claim:
        dates = (day,) if day else ()
        return Claim(k, article, start, start + len(text), text, k, dates=dates, planned_dates=dates if planned else ())

    claims = [
        claim(0, "a", 0, "The Ostrava harbour council approved the inquiry by 9 votes to 4."),
        claim(1, "a", 70, "It will begin on June 9.", "2027-06-09"),
        claim(2, "b", 0, "The inquiry will open on 9 June, and the harbour master has been called.", "2027-06-09"),
        claim(3, "c", 0, "The minister will travel to Ostrava on 9 June.", "2027-06-09"),
        claim(4, "d", 0, "The inquiry opened on 9 June, the council said.", "2027-06-09", planned=False),
    ]
    assert _pronoun_pairs(claims) == [(2, 1)]
    vectors = np.eye(5, 6, dtype=np.float32)
    vectors[1] = np.array([0.45, 0.0, 0.89, 0.0, 0.0, 0.0], dtype=np.float32)  # cosine 0.45 with sentence 2 only
    vectors[2] = np.array([0.0, 0.0, 1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    vectors[1] /= np.linalg.norm(vectors[1])
    _, link = pair_matrices(claims, vectors, {c.article: c.article for c in claims})
    assert link[1, 2] >= fact_threshold(len(claims)) > link[1, 3]


def test_a_count_of_what_a_place_owns_counts_the_owned_things() -> None:
    """ "all 12 of the county's seats" counts seats, not the county: a sentence about another county's "awards 9 seats"
    gives figures of one unit, none in common, so the two can be told apart."""
    assert [(f.value, f.unit) for f in find_figures("That gives her all 12 of the county's seats.")] == [(12.0, "seat")]
    assert [(f.value, f.unit) for f in find_figures("Four of the town's boats stayed in port.")] == [(4.0, "boat")]
    assert [(f.value, f.unit) for f in find_figures("Nine of its members left.")] == [(9.0, "member")]
