"""Which sentences a fact counts as its sources: a quotation, a denial, a report of another day."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from brief_helpers import make_article

from storyline.align import split_claims
from storyline.align.align import (
    _after_report,
    _once_more,
    _only_as_a_time,
    _other_claims,
    _other_denials,
    content_terms,
    fact_threshold,
    pair_matrices,
)
from storyline.align.claims import Claim
from storyline.models import ArticleExtraction


def _links(claims: list[Claim]) -> np.ndarray:
    """The link evidence of claims all alike in meaning (cosine 1): only the words and the rules tell them apart."""
    vectors = np.full((len(claims), 8), 1.0 / np.sqrt(8))
    return pair_matrices(claims, vectors, {c.article: c.article for c in claims})[1]


def test_a_quotation_is_no_source_of_a_narrated_claim_it_does_not_state() -> None:
    """A chief executive's quotation about a drug shares the drug, the disease and "patients" with an outlet's own "was
    tested in about six thousand patients": close in meaning, but the quotation says nothing of the trial. An outlet
    that tells in its own words what he said is a source of his quotation."""
    tested = "The pill, known as VR-88, was tested in about six thousand patients with kidney disease over two years."
    said = (
        '"These results show that VR-88 can change the course of kidney disease for millions of patients," said Tomas'
        " Arvid, chief executive of Orlen Biotech."
    )
    told = (
        "Tomas Arvid said the results showed VR-88 could change the course of kidney disease for millions of patients."
    )
    claims = [
        Claim(0, "a", 0, len(tested), tested, 0),
        Claim(1, "b", 0, len(said), said, 0, quoted=0.62, speakers=frozenset({"Tomas Arvid"})),
        Claim(2, "c", 0, len(told), told, 0, speakers=frozenset({"Tomas Arvid"})),
    ]
    link = _links(claims)
    floor = fact_threshold(len(claims))
    assert link[0, 1] == 0.0
    assert link[1, 2] >= floor
    # a narration that credits the speaker may tell his words in its own: compared on its words as before
    fired = "Arvid fired back, saying the pill could change how the disease is treated."
    claims[2] = Claim(2, "c", 0, len(fired), fired, 0)
    assert _links(claims)[1, 2] > 0.0


def test_a_quotation_that_shares_only_its_speakers_description_is_another_claim() -> None:
    """'"It is a clear result," Prof Ida Brun, who led the trial at the University of Kestwick, said' shares with "The
    trial was led by Prof Ida Brun of the University of Kestwick" only the words that say who speaks: her claim is what
    she said. An outlet that gives her words without quotation marks states her claim."""
    led = "The trial was led by Prof Ida Brun of the University of Kestwick."
    quoted = (
        '"It is a clear result," Prof Ida Brun, who led the trial at the University of Kestwick, said in an interview.'
    )
    called = "Prof Ida Brun, who led the trial, called it a clear result."
    claims = [
        Claim(0, "a", 0, len(led), led, 0),
        Claim(1, "b", 0, len(quoted), quoted, 0, quoted=0.2, speakers=frozenset({"Ida Brun"})),
        Claim(2, "c", 0, len(called), called, 0),
    ]
    link = _links(claims)
    assert link[0, 1] == 0.0
    assert link[1, 2] >= fact_threshold(len(claims))


def test_two_denials_of_different_things_are_two_claims() -> None:
    """What is denied is the claim: one company denying two different things in two articles states two facts; the same
    denial in other words is one."""
    data = "Orlen denied that it had hidden any safety data."
    price = "Orlen denied a report that it planned to charge 7,000 crowns a year for the pill."
    again = "Orlen denies hiding safety data from the regulators."
    assert _other_denials(data, price)
    assert not _other_denials(data, again)
    claims = [Claim(k, art, 0, len(t), t, 0) for k, (art, t) in enumerate([("a", data), ("b", price), ("c", again)])]
    link = _links(claims)
    assert link[0, 1] == 0.0
    assert link[0, 2] >= fact_threshold(len(claims))


def test_a_day_given_only_as_the_time_of_another_act_is_no_source() -> None:
    """A party that asks a court to stop a levy "before it comes into force on 3 March 2031" names the day the treasurer
    gives, to say when it wants the levy stopped: two claims of two speakers, not one fact. The same act timed by the
    same clause in both is one."""
    treasurer = "Treasurer Wilma Oduya said the harbour levy would come into force on 3 March 2031."
    party = "The Green Bloc asks the tribunal to halt the harbour levy before it comes into force on 3 March 2031."
    other = "The Green Bloc wants the tribunal to halt the harbour levy before it comes into force on 3 March 2031."
    claims = [
        Claim(k, art, 0, len(t), t, 0) for k, (art, t) in enumerate([("a", treasurer), ("b", party), ("c", other)])
    ]
    terms = [content_terms(c.text) for c in claims]
    assert _only_as_a_time(claims[0], claims[1], terms[0], terms[1], frozenset())
    assert _only_as_a_time(claims[1], claims[0], terms[1], terms[0], frozenset())
    assert not _only_as_a_time(claims[1], claims[2], terms[1], terms[2], frozenset())
    # "after" tells the act done: the sentence is a source of it
    went = "The Green Bloc went to the tribunal after the harbour levy came into force on 3 March 2031."
    done = "The harbour levy came into force on 3 March 2031, the treasurer said."
    late = [Claim(3, "d", 0, len(went), went, 0), Claim(4, "e", 0, len(done), done, 0)]
    assert not _only_as_a_time(late[0], late[1], content_terms(went), content_terms(done), frozenset())
    link = _links(claims)
    assert link[0, 1] == 0.0
    assert link[1, 2] >= fact_threshold(len(claims))


def test_an_act_told_once_more_is_no_source_of_the_first() -> None:
    """ "Agreed to talk again in the coming weeks" is a second round of talks, after the one another outlet announces
    for Tuesday: no source of it. Two outlets that both tell the repeat are one fact, and a talk held "again" is the one
    another outlet tells without the word."""
    first = "The mayor's office said Tomas Rell will talk with Dara Okoye on Tuesday."
    repeat = "Rell and Okoye agreed to talk again in the coming weeks about the harbour."
    also = "Rell and Okoye will talk again in the coming weeks about the harbour, aides said."
    done = "Rell again talked with Okoye on Tuesday about the harbour."
    claims = [Claim(k, art, 0, len(t), t, 0) for k, (art, t) in enumerate([("a", first), ("b", repeat), ("c", also)])]
    assert _once_more(claims[1], claims[0])
    assert not _once_more(claims[1], claims[2])
    assert not _once_more(claims[0], claims[1])
    # an act done "again" is the one another outlet tells without the word
    assert not _once_more(Claim(3, "d", 0, len(done), done, 0), claims[0])
    link = _links(claims)
    assert link[0, 1] == 0.0
    assert link[1, 2] >= fact_threshold(len(claims))


def test_a_report_published_before_a_day_tells_nothing_of_that_day() -> None:
    """An article of 2 March cannot report what another dates on 3 March, done (not planned): the critics of the first
    day are no source of the full paper published on the next. An article of that day or later can; so can one that
    foresaw it."""

    def claim(k: int, article: str, text: str, published: str, day: str = "", planned: bool = False) -> Claim:
        dates = (day,) if day else ()
        return Claim(
            k, article, 0, len(text), text, 0, dates=dates, planned_dates=dates if planned else (), published=published
        )

    doubts = claim(0, "a", "Specialists questioned how Orlen presented the results of its kidney trial.", "2027-03-02")
    paper = claim(
        1, "b", "The full results of Orlen's kidney trial, published on Wednesday, showed a smaller benefit.",
        "2027-03-04", "2027-03-03",
    )  # fmt: skip
    later = claim(2, "c", "Specialists questioned the full results of Orlen's kidney trial.", "2027-03-04")
    foreseen = claim(
        3, "d", "The full results of Orlen's kidney trial will be published on Wednesday.", "2027-03-02", "2027-03-03",
        planned=True,
    )  # fmt: skip
    assert _after_report(doubts, paper) and _after_report(paper, doubts) and _other_claims(doubts, paper)
    assert not _after_report(later, paper)
    assert not _after_report(foreseen, doubts)  # a plan is told before its day
    link = _links([doubts, paper, later])
    assert link[0, 1] == 0.0 and link[1, 2] > 0.0
    # a day after the sentence's own article's is still to come, whatever the verb: no day it tells
    nominee = claim(
        4, "e", "The nominee for the March 9 vote later said he had been joking.", "2027-03-02", "2027-03-09"
    )
    joked = claim(5, "f", "The nominee later said his remarks were a joke.", "2027-03-04")
    assert not _after_report(nominee, joked)


def test_a_claim_knows_the_day_its_article_was_published() -> None:
    a = replace(make_article("a1", "T", "Orlen denied the report."), published="2027-03-02T09:30:00")
    b = replace(make_article("b1", "T", "Orlen denied the report."), published="not a date")
    ext = {x.id: ArticleExtraction(x.id, sentences=[(3, len(x.original))]) for x in (a, b)}
    claims = split_claims([a, b], ext)
    assert [c.published for c in claims] == ["2027-03-02", None]


def _brief_of(*articles):  # type: ignore[no-untyped-def]
    from brief_helpers import HashEmbedder

    from storyline.brief import build_brief
    from storyline.extract import extract_articles

    arts = list(articles)
    extractions = {a.id: e for a, e in zip(arts, extract_articles(arts), strict=True)}
    return build_brief(arts, extractions, [], story="s1", embedder=HashEmbedder())


def _article(aid: str, body: str, outlet: str, day: str):  # type: ignore[no-untyped-def]
    return replace(make_article(aid, "Orlen pill", body, outlet=outlet), published=day)


def test_a_quotation_and_who_says_it_is_unlisted_like_a_longer_one() -> None:
    """'"No price has been set," spokesperson Vera Lund said.' is under half quotation by its characters, yet all it
    states besides the quotation is who says it: unlisted as mostly quotation, like the longer quotation beside it."""
    body = (
        "Orlen Biotech said its kidney pill VR-88 met the main goal of its trial in 2,400 patients.\n\n"
        '"All safety data will be in the paper, in full," a company spokesperson, Vera Lund, said.\n\n'
        '"No price has been set," spokesperson Vera Lund said.\n'
    )
    brief = _brief_of(_article("a", body, "Kessel Ledger", "2027-03-02"))
    why = {u["text"][:20]: u["why"] for u in brief["unlisted_facts"]}
    assert why.get('"No price has been s') == why.get('"All safety data wil') == "single-source, mostly quotation"
    assert not any(f["text"].startswith('"No price') for f in brief["facts"])


def test_a_sentence_on_the_other_side_of_its_facts_conflict_is_in_the_fact_entry() -> None:
    """Two outlets say the shares rose 18 percent, a third 23 percent: the 23 percent sentence is a side of the conflict
    and no source of the fact worded "18 percent"; it is still in the fact's entry (``against``), not left out of both
    lists."""
    arts = [
        _article(
            "a", "Orlen's shares rose 18 percent on Monday after the trial results.", "Kessel Ledger", "2027-03-02"
        ),
        _article("b", "Orlen's shares rose 18 percent on Monday after the trial results.", "Varn Post", "2027-03-02"),
        _article("c", "Orlen's shares rose 23 percent on Monday after the trial results.", "Daily Tern", "2027-03-02"),
    ]
    brief = _brief_of(*arts)
    [fact] = [f for f in brief["facts"] if "shares" in f["text"]]
    assert "18 percent" in fact["text"] and fact["conflicts"]
    assert [(s["article"], s["text"][:30]) for s in fact["against"]] == [("c", "Orlen's shares rose 23 percent")]
    assert "c" not in [s["article"] for s in fact["sources"]]


def test_an_unlisted_fact_of_one_source_has_no_figure_in_any_of_its_sentences() -> None:
    """A fact of one outlet's two articles, one of them with a figure: listed (its figure is a detail worth a fact), not
    unlisted as "with no figure, date or name"."""
    first = "The company denied that it had hidden the audit of the plant from the inspectors."
    second = "The company denied that it had hidden the audit of the plant from the 12 inspectors."
    brief = _brief_of(
        _article("a", first, "Kessel Ledger", "2027-03-02"), _article("b", second, "Kessel Ledger", "2027-03-04")
    )
    for u in brief["unlisted_facts"]:
        if u["why"] == "single-source, with no figure, date or name":
            assert not any("12" in s["text"] for s in [u, *u.get("also", [])])
    told = [s["text"] for f in brief["facts"] for s in f["sources"]]
    assert second in told


def test_a_short_sentence_with_a_figure_is_a_claim() -> None:
    """An obituary's "He was 77." in three outlets: a clause with a figure, however short, is a fact three sources give
    (the age a reader checks first). A short line with a figure and no verb ("Part 2.") states nothing."""
    leads = [
        "Ivo Marsh died on Monday in a hospital in Tarrow, his family said.",
        "Former Orne harbour master Ivo Marsh has died, his family said on Tuesday.",
        "Ivo Marsh, who ran the port of Orne for two decades, died in hospital on Monday.",
    ]
    outlets = ["Kessel Ledger", "Varn Post", "Daily Tern"]
    arts = [
        _article(aid, f"{lead}\n\nHe was 77.\n\nPart 2.\n", outlet, "2027-03-02")
        for aid, lead, outlet in zip("abc", leads, outlets, strict=True)
    ]
    brief = _brief_of(*arts)
    [age] = [f for f in brief["facts"] if f["text"] == "He was 77."]
    assert age["independent_sources"] == 3
    assert not any(f["text"] == "Part 2." for f in brief["facts"])


def test_a_hearing_named_by_its_day_after_another_report_is_no_source_of_it() -> None:
    """ "No plea was entered at yesterday's hearing" (published 13 June: the hearing of 12 June) is no source of "No
    pleas were entered and a bail hearing was set for Wednesday" of an article of 10 June, which could not report it:
    two hearings. The day of the hearing is no date of the sentence's event for a date conflict."""
    from storyline.extract import extract_articles

    first = _article(
        "a",
        "Ada Voss, 31, was remanded by Kelby magistrates on Monday.\n\n"
        "No pleas were entered and a bail hearing was set for Wednesday at Orne Crown Court.\n",
        "Kessel Ledger",
        "2031-06-10",
    )
    later = _article(
        "b",
        "A trial date has been set in the case of Ada Voss, 31, at Orne Crown Court.\n\n"
        "No application for bail was made at yesterday's hearing and no plea was entered.\n",
        "Varn Post",
        "2031-06-13",
    )
    arts = [first, later]
    extractions = {a.id: e for a, e in zip(arts, extract_articles(arts), strict=True)}
    claims = split_claims(arts, extractions)
    pleas = next(c for c in claims if c.text.startswith("No pleas"))
    hearing = next(c for c in claims if c.text.startswith("No application"))
    assert hearing.named_days == ("2031-06-12",) and not hearing.dates
    assert _after_report(hearing, pleas)
    assert _links([pleas, hearing])[0, 1] == 0.0
