"""Which sentences the summary uses, and which it cites for them: a summary sentence states something that happened
and reads alone (no order to the reader, no fragment, no "he" standing for someone named before it), and every
sentence cited for it says it (not one that shares only who it is about)."""

from __future__ import annotations

import numpy as np
from brief_helpers import HashEmbedder, make_article

from storyline.align.claims import Claim
from storyline.brief import build_brief
from storyline.brief.summary import _covers, advice, no_claim
from storyline.extract import extract_articles


def _brief(*articles):  # type: ignore[no-untyped-def]
    arts = list(articles)
    extractions = {a.id: e for a, e in zip(arts, extract_articles(arts), strict=True)}
    return build_brief(arts, extractions, [], story="s1", embedder=HashEmbedder())


def test_orders_to_the_reader_and_fragments_state_nothing() -> None:
    no = [
        "Readers, start writing to your senators today!",  # an addressee set off by a comma
        "Install the emergency Patchwell update from Orvane to protect your router from attacks.",
        "Don't miss the last weekend of the Harnby fair.",
        "Please give to the Tessaly flood fund.",
        "Residents, please stay away from the river bank.",
        "1 when it ships on 18 October.",  # the tail of "Harrow OS 8. 1": a number heads it
        "While on the stand he told jurors that Ivo Marsh had asked him to lie.",  # "he" is someone named before
        "Speaking to reporters on Monday, she said the dam was safe.",
    ]
    yes = [
        "Stay indoors and keep windows closed, officials urged.",  # the head is "urged"
        "Ivo Marsh did not respond to requests for comment.",  # "did" with a subject
        "Orvane will release the update on Tuesday.",
        "Police urge anyone with information to call the station.",
        "After the hearing, Ivo Marsh said he was innocent.",  # "he" comes after the name
        "In Harnby, they voted to close the mine.",  # a place it may stand for
        "The fire has burned 12,400 hectares.",
        "Next stop: the upper house of parliament.",  # a noun the tagger may take for a verb
    ]
    assert [t for t in no if not no_claim(t)] == []
    assert [t for t in yes if no_claim(t)] == []
    # a name the tagger takes for a verb ("Kestov pushes back") is no order when the sentence names it
    assert no_claim("Kestov pushes back, calling it nonsense.", ["Radomir Kestov"]) is None


def test_an_advocacy_posts_call_to_action_is_no_summary_sentence() -> None:
    """Two reports of a nomination and a campaigner's post that ends with a slogan: the summary gives the nomination,
    never "Voters, start writing to your senators today!"."""
    a = make_article(
        "a",
        "Governor names harbour doctor",
        "Governor Ilse Varga has nominated Dr. Oskar Lind as Tessaly's chief medical officer.\n\n"
        "Dr. Lind founded the Harnby Harbour Clinic in 2004.\n\n"
        "If confirmed, Dr. Lind would lead the region's public health service.",
        outlet="Harnby Courier",
    )
    b = make_article(
        "b",
        "Varga picks Lind",
        "Governor Ilse Varga on Monday nominated Dr. Oskar Lind, the founder of the Harnby Harbour Clinic, as "
        "Tessaly's chief medical officer.\n\nThe clinic was flooded in 2019 and rebuilt.",
        outlet="Tessaly Post",
    )
    c = make_article(
        "c",
        "TUESDAY, MAY 4, 2032",
        "Dr. Oskar Lind has the backing of every nurse in the harbour district.\n\n"
        "The Tessaly senate will vote on the nomination next month.\n\n"
        "Voters, start writing to your senators today!\n\n"
        "Send a short letter to the senate office before the vote on Friday.",
        outlet="lindforhealth.example",
    )
    brief = _brief(a, b, c)
    said = [s["text"] for s in brief["summary"]]
    assert said and not [t for t in said if t.startswith(("Voters", "Send"))]


def _claim(k: int, article: str, text: str, **kw) -> Claim:  # type: ignore[no-untyped-def]
    return Claim(k, article, 0, len(text), text, 1, **kw)


def test_a_sentence_that_shares_only_who_and_their_age_does_not_support_a_summary_sentence() -> None:
    """ "Tomas Holm, 23, had been sectioned after an apparent suicide attempt ..." shares the name, the age and "murder"
    with "Tomas Holm, 23, has been charged with the murder of his mother and sister": 4 of its 7 content words, but
    1 of the 4 that say what happened. It is no citation of it; "charged with the murders of his mother and sister"
    at a hearing is."""
    who = {"people": frozenset({"e1"}), "names": {"e1": "Tomas Holm"}}
    charged = _claim(0, "a", "Tomas Holm, 23, has been charged with the murder of his mother and sister.", **who)
    sectioned = _claim(
        1,
        "b",
        "Tomas Holm, 23, had been sectioned after an apparent suicide attempt in the week before the double murder.",
        **who,
    )
    hearing = _claim(
        2,
        "c",
        "A hearing for Tomas Holm, 23, charged with the murders of his mother and sister, was held on Monday.",
        **who,
    )
    assert not _covers(charged, sectioned, 0.7)
    assert _covers(charged, hearing, 0.7)
    assert _covers(charged, sectioned, 0.9)  # as close in meaning as that: a paraphrase


def test_closeness_in_meaning_is_the_cosine_without_the_bonus_for_shared_names_and_figures() -> None:
    """The pair score adds a bonus for the names and figures two sentences share; a summary sentence's support is
    judged on the sentence embeddings alone: the "sectioned" sentence is not cited for the "charged" one."""
    from storyline.align import Alignment
    from storyline.brief.summary import states

    who = {"people": frozenset({"e1"}), "names": {"e1": "Tomas Holm"}}
    charged = _claim(0, "a", "Tomas Holm, 23, has been charged with the murder of his mother and sister.", **who)
    sectioned = _claim(
        1,
        "b",
        "Tomas Holm, 23, had been sectioned after an apparent suicide attempt in the week before the double murder.",
        **who,
    )
    vectors = np.array([[1.0, 0.0], [0.7, 0.714]], dtype=np.float32)  # cosine 0.7
    scores = np.array([[0.0, 0.86], [0.86, 0.0]], dtype=np.float32)  # cosine plus the name and age bonus
    al = Alignment([charged, sectioned], vectors, scores, {"a": "a", "b": "b"}, [], [], {}, np.zeros(2))
    assert not states(al, 0, sectioned, {id(charged): 0, id(sectioned): 1})


def test_a_fact_is_worded_plainly_when_another_source_says_it_without_the_outlets_loaded_terms() -> None:
    """A state outlet's "pardoned the convicted spy Tomas Brell in a humanitarian gesture" words the fact only when no
    other source says the same plainly; "Ruel, 34, ..." is not the wording when a correction note retracts the 34."""
    from storyline.align import Alignment
    from storyline.align.align import Fact
    from storyline.brief.build import plain_wording

    loaded = _claim(0, "a", "President Ilse Varga pardoned the convicted spy Tomas Brell in a humanitarian gesture.")
    plain = _claim(1, "b", "President Ilse Varga pardoned Tomas Brell on Friday, the presidency said.")
    vectors = np.array([[1.0, 0.0], [0.8, 0.6]], dtype=np.float32)  # cosine 0.8: the same claim

    def alignment(*claims: Claim) -> Alignment:
        n = len(claims)
        fact = Fact(list(claims), n, "corroborated", claims[0])
        groups = {c.article: c.article for c in claims}
        return Alignment(list(claims), vectors[:n], np.zeros((n, n)), groups, [fact], [], {}, np.ones(n))

    al = alignment(loaded, plain)
    plain_wording(al, [])
    assert al.facts[0].representative is plain
    al = alignment(loaded)  # no plain sentence: the wording stays
    plain_wording(al, [])
    assert al.facts[0].representative is loaded

    from storyline.align.claims import find_figures

    told = "Hanna Ruel, 34, a correspondent for the Tessaly Post, was arrested in Drovsk in March."
    wrong = _claim(0, "a", told, figures=tuple(find_figures(told)))
    right = _claim(1, "b", "Hanna Ruel, a correspondent for the Tessaly Post, was arrested in Drovsk in March.")
    al = alignment(wrong, right)
    plain_wording(al, [(frozenset({34.0}), frozenset({"ruel", "age"}))])  # "gave Ruel's age as 34. She is 36."
    assert al.facts[0].representative is right
    al = alignment(wrong, right)
    plain_wording(al, [])
    assert al.facts[0].representative is wrong


def test_the_writers_advice_is_no_summary_sentence_but_a_reported_should_is() -> None:
    """ "Governor Odo Rusk should look at ..." in the writer's own words recommends; it tells nothing that happened
    (NeuS audit repro 16). Someone reported saying what should be done, a forecast, a rule, a condition, "must" and
    "should have" are left as they were."""
    advising = [
        "As he readies a pullout from Ostrova, Governor Odo Rusk should look at what followed Mayor Tova Linn's exit.",
        "The Harnby council ought to publish the audit before the vote.",
        "Voters should ignore the noise and read the plan.",
        "Premier Alva Drost shouldn't take much comfort in the poll.",
    ]
    not_advising = [
        "Mayor Tova Linn said the city should close the harbour road.",  # reported speech: news
        "The city should close the harbour road, Mayor Tova Linn said.",
        "The storm should reach the Kessling coast by Friday.",  # a forecast: nobody to advise
        "Under the new rules, candidates should file their returns by March 3.",  # a rule
        "Those defections would sink the bill, should Governor Rusk follow through with his plan.",  # a condition
        "Under a law signed on Tuesday, candidates must turn over five years of tax returns.",
        "With less than half of the seats, Premier Alva Drost must reach out to the Green party to govern.",
        "Governor Rusk should have waited for the audit.",
        "Students should be kept two metres apart.",
        "How should Governor Rusk handle the pullout?",
    ]
    assert [t for t in advising if not advice(t)] == []
    assert [t for t in not_advising if advice(t)] == []


def test_an_opinion_leads_advice_is_neither_the_headline_nor_a_summary_sentence() -> None:
    """Two reports of a halted aid programme and a column that advises the governor: the summary and the headline
    tell what happened; the reported call of a council member ("said the governor should ...") may stay."""
    col = make_article(
        "col",
        "Rusk should halt the Ostrova aid pullout",
        "As he halts Ostrova aid, Governor Odo Rusk should look at what followed the rushed pullout from Kessling.\n\n"
        "The Kessling pullout left the Ostrova aid office without staff for a year.",
        outlet="Harnby Review",
    )
    a = make_article(
        "a",
        "Rusk halts Ostrova aid",
        "Governor Odo Rusk on Monday halted Ostrova aid spending and ordered the aid office to close.\n\n"
        "Council member Ida Vell said the governor should reopen the aid office before winter.",
        outlet="Ostrova Post",
    )
    b = make_article(
        "b",
        "Ostrova aid office closed",
        "The Ostrova aid office closed on Monday after Governor Odo Rusk halted aid spending.\n\n"
        "Forty staff of the aid office lost their posts.",
        outlet="Kessling Courier",
    )
    brief = _brief(col, a, b)
    said = [s["text"] for s in brief["summary"]]
    assert said and not [t for t in said if "should look at" in t]
    assert "should" not in brief["headline"]["text"]


def test_a_sentence_whose_verb_has_no_subject_is_a_fragment() -> None:
    """A blogger's "Posted it on the site at 2:41 p.m., ..." leaves who posted to the sentence before: no summary
    sentence. A participle that opens a sentence with a subject, or a passive turned round, is whole."""
    assert no_claim("Posted the clip on the Tarrow Wire site at 2:41 p.m., minutes after the hearing ended.")
    assert no_claim("Filed the report at noon and left for Dunmore.")
    for whole in [
        "Killed in the blast were three guards of the Velt depot.",  # "were" is the passive's auxiliary
        "Asked about the tender, Ivo Marsh said nothing.",  # the participle opens; "Marsh" is the subject
        "Born in Harnby, Lena Quist trained as a surgeon.",
        "Posts on the Tarrow Wire site drew 3,000 comments.",  # a noun, not a verb
    ]:
        assert no_claim(whole) is None, whole


def test_the_ministry_with_none_named_before_is_no_summary_sentence() -> None:
    """ "The agency says ..." with no agency named before: alone, the reader cannot tell which. It reads only after a
    summary sentence that names one; "The agency of ...", "The Harbour Agency" or "The agency, Velt Water, ..." say
    which themselves."""
    from storyline.brief.summary import needs_anchor

    for bare in [
        "The agency says Lena Quist will be named next week.",
        "The Ministry said on Monday it would act.",
        "The company said on Tuesday it would cut 400 jobs.",
        "Now the case is back in the spotlight after the Harnby hearing.",
        "The man, 34, was held overnight in Dunmore.",
    ]:
        assert needs_anchor(bare), bare
    anchor = needs_anchor("The agency says Lena Quist will be named next week.")
    assert anchor and anchor.search("The Velt Water Agency named two candidates.")
    assert anchor and not anchor.search("Velt Water named two candidates.")
    for named in [
        "The agency of water and roads says it will act.",
        "The Velt Water Agency says it will act.",
        "The agency, Velt Water, said it would act.",
        "The mandate of the panel expires on Friday.",  # no such noun: "mandate" is not "man"
        "The official death toll rose to 12.",  # an adjective
        "Lena Quist, the television doctor, has been offered the post.",
    ]:
        assert needs_anchor(named) is None, named

    a = make_article(
        "a",
        "Quist offered top doctor post",
        "Lena Quist, the television doctor, has been offered the post of chief medical officer in Velt, the Harnby"
        " Courier reported on Monday.\n\nQuist has not commented on the offer from the regional government.",
        outlet="Harnby Courier",
    )
    b = make_article(
        "b",
        "Quist to be named",
        "The agency says Lena Quist will be named chief medical officer of Velt next week.\n\nQuist, 41, hosts a"
        " weekly health show on Velt One television.",
        outlet="Dunmore Post",
    )
    summary = [s["text"] for s in _brief(a, b)["summary"]]
    assert summary and not [t for t in summary if t.startswith("The agency says")]


def test_a_sentence_of_two_claims_is_cited_only_with_sentences_that_tell_both() -> None:
    """ "Vaskov resigned on Wednesday and filed an appeal on Thursday": a sentence that tells only of the resignation
    is no citation of it (the reader would find half the claim); one that tells both is. A sentence of one clause,
    or with two objects of one verb, is cited as before."""
    from storyline.brief.summary import clause_words, states_each_clause

    who = {"people": frozenset({"e1"}), "names": {"e1": "Pell Vaskov"}}
    both = _claim(0, "a", "Pell Vaskov resigned on Wednesday and filed an appeal on Thursday.", **who)
    half = _claim(1, "b", "Pell Vaskov resigned on Wednesday, the provincial assembly said.", **who)
    whole = _claim(2, "c", "Vaskov, who resigned on Wednesday, lodged an appeal against the ruling on Thursday.", **who)
    assert len(clause_words(both)) == 2
    assert not states_each_clause(both, half)
    assert states_each_clause(both, whole)
    one = _claim(3, "a", "Pell Vaskov resigned as governor of Tarrow on Wednesday.", **who)
    assert clause_words(one) == [] and states_each_clause(one, half)
    objects = _claim(4, "a", "Pell Vaskov won the primary and the general election in Tarrow.", **who)
    assert clause_words(objects) == []  # "and" joins two objects of one verb: one claim

    from storyline.align import Alignment
    from storyline.align.align import Fact
    from storyline.brief.summary import citations

    vectors = np.array([[1.0, 0.0], [0.9, 0.436], [0.9, 0.436]], dtype=np.float32)  # cosine 0.9: close in meaning
    fact = Fact([both, half, whole], 3, "corroborated", both)
    groups = {"a": "a", "b": "b", "c": "c"}
    al = Alignment([both, half, whole], vectors, np.zeros((3, 3)), groups, [fact], [], {}, np.zeros(3))
    assert [c["article"] for c in citations(al, 0)] == ["a", "c"]
