"""A gap to a mark told as "needs 67 votes to get to the 1,190", a quotation about a man it does not name, and a count
whose sentence names one member of the group counted (invented texts)."""

from __future__ import annotations

import numpy as np
from brief_helpers import make_article

from storyline.align.align import _named_apart, _pair_conflicts, pair_matrices
from storyline.align.claims import Claim, find_figures, modality, split_claims
from storyline.models import Article, ArticleExtraction, Mention, Span


def _claim(article: str, text: str, people: dict[str, str] | None = None) -> Claim:
    return Claim(
        0,
        article,
        0,
        len(text),
        text,
        0,
        entities=frozenset(people or {}),
        figures=tuple(find_figures(text)),
        modality=modality(text),
        people=frozenset(people or {}),
        names=dict(people or {}),
    )


def _topics(a: Claim, b: Claim) -> list[str]:
    return [c.topic for c in _pair_conflicts(a, b, 0.9, one_fact=True)]


def test_votes_still_needed_to_a_mark_are_a_gap_like_votes_shy_of_it() -> None:
    """ "71 votes shy of the 1,190" and "must still find 67 votes to get to the 1,190": two values of one gap, which
    disagree (they were the one corroborated fact, the plain count saying nothing against the gap)."""
    shy = _claim(
        "a", "With her backers included, Quist remains 71 votes shy of the 1,190 required, the Tallis tally shows."
    )
    find = _claim("b", "Quist must still find 67 votes to get to the 1,190 required.")
    assert [(f.value, f.measure) for f in find.figures if f.unit == "vote"] == [(67.0, "difference")]
    assert _topics(shy, find) == ["vote: margin of 67 vs margin of 71"]
    same = _claim("b", "Quist needs 71 more votes to reach the 1,190 mark.")
    assert _topics(shy, same) == []


def test_what_is_needed_for_a_goal_without_a_figure_stays_a_count() -> None:
    """Guards: the whole number needed ("needs 1,190 votes to take the leadership") and a need towards a goal told in
    words ("needs 3 points to reach the final") are counts, not gaps."""
    (whole,) = find_figures("A candidate needs 1,190 votes to take the Dunmore party leadership.")
    assert whole.measure == ""
    (points,) = find_figures("Harlow need 3 points to reach the final.")
    assert points.measure == ""
    (shy,) = [f for f in find_figures("Heller is 512 votes short of the mark.") if f.unit == "vote"]
    assert shy.measure == "difference"


def _article(aid: str, body: str) -> Article:
    return make_article(aid, "T", body)


def _person(a: Article, name: str, key: str) -> Mention:
    start = a.original.index(name)
    return Mention(Span(a.id, start, start + len(name), name), "PERSON", entity=key, name=name)


def _split(a: Article, sentences: list[str], people: list[tuple[str, str]]) -> list[Claim]:
    ext = ArticleExtraction(a.id, sentences=[(a.original.index(s), a.original.index(s) + len(s)) for s in sentences])
    ext.mentions.extend(_person(a, name, key) for name, key in people)
    return split_claims([a], {a.id: ext})


def test_a_quotation_about_a_man_it_does_not_name_is_about_the_man_named_before() -> None:
    """ "He did not carry a weapon on him" after Sorr (one shooting) and a wife's '"Stop. He has no weapon. Stop."'
    after Amsel (another): each tells whom it is about, and the two are no fact together, however alike."""
    one = _article("a", "Police in Harlow shot Edvin Sorr on Friday. He did not carry a weapon on him at the time.")
    two = _article("b", 'Officers in Tessby shot Karl Amsel on Tuesday. "Stop. He has no weapon. Stop."')
    (_, a) = _split(one, ["Police in Harlow shot Edvin Sorr on Friday.", "He did not carry a weapon on him at the time."],
                    [("Edvin Sorr", "e1")])  # fmt: skip
    (_, b) = _split(two, ["Officers in Tessby shot Karl Amsel on Tuesday.", '"Stop. He has no weapon. Stop."'],
                    [("Karl Amsel", "e2")])  # fmt: skip
    assert (a.told, b.told) == ("sorr", "amsel")
    _, link = pair_matrices([a, b], np.array([[1.0, 0.0], [0.97, 0.243]]))
    assert link[0, 1] == 0.0


def test_he_said_or_a_name_in_the_quotation_tells_no_one_of_it() -> None:
    """Guards: '"We will appeal. He said so," ...' is about no one the quotation names by "He said"; a quotation that
    names its man keeps him; a sentence that only mentions "he" inside, not opening a sentence, is left as it was."""
    art = _article(
        "c",
        'Police shot Karl Amsel on Tuesday. "It was over. He said nothing." '
        '"Stop. Karl has no weapon." Officers said he had a knife.',
    )
    sentences = [
        "Police shot Karl Amsel on Tuesday.",
        '"It was over. He said nothing."',
        '"Stop. Karl has no weapon."',
        "Officers said he had a knife.",
    ]
    ext = ArticleExtraction("c", sentences=[(art.original.index(s), art.original.index(s) + len(s)) for s in sentences])
    ext.mentions.append(_person(art, "Karl Amsel", "e2"))
    start = art.original.index("Karl has")
    ext.mentions.append(Mention(Span("c", start, start + 4, "Karl"), "PERSON", entity="e2", name="Karl Amsel"))
    _, said, named, narrated = split_claims([art], {"c": ext})
    assert said.told == "" and narrated.told == ""
    assert named.told == "" and named.people == {"e2"}


def test_a_member_of_a_counted_group_does_not_set_the_count_apart() -> None:
    """ "sentenced Dembek to eight years ..., and six co-defendants" against "sentenced five co-defendants, including
    Lev Harn": Harn is one of the co-defendants counted, not someone other than Dembek the count is about, so the
    counts disagree. Two sentences about different people still do not."""
    six = _claim(
        "l",
        "The Varna court sentenced Dembek to eight years in prison, and six co-defendants to terms of up to five years.",
        {"p1": "Dembek"},
    )
    five = _claim(
        "t", "The court also sentenced five co-defendants, including former aide Lev Harn.", {"p2": "Lev Harn"}
    )
    among = _claim("w", "Five co-defendants, among them his former aide Lev Harn, were sentenced.", {"p2": "Lev Harn"})
    assert not _named_apart(six, five) and not _named_apart(six, among)
    assert _topics(six, five) == ["co-defendant: 5 vs 6"]
    # guards: a count told of someone else is apart ("Harn and five co-defendants" names Harn as no member)
    other = _claim("t", "The court sentenced Lev Harn and five co-defendants.", {"p2": "Lev Harn"})
    assert _named_apart(six, other)
    assert _named_apart(
        _claim("a", "Sorr had 12 votes.", {"p1": "Sorr"}), _claim("b", "Amsel had 15 votes.", {"p2": "Amsel"})
    )


def _at(k: int, article: str, text: str, start: int = 0) -> Claim:
    return Claim(k, article, start, start + len(text), text, 0, figures=tuple(find_figures(text, start)))


def _conflicts(claims: list[Claim]) -> list[tuple[str, list[str]]]:
    """The story's conflicts, every sentence a fact of its own, no two close in meaning."""
    from storyline.align.align import find_conflicts

    groups = {c.article: c.article for c in claims}
    scores = np.zeros((len(claims), len(claims)))
    found = find_conflicts(claims, scores, groups, fact_of={id(c): k for k, c in enumerate(claims)})
    return [(c.topic, [s.article for s in c.sides]) for c in found]


def test_one_fall_in_turnout_since_one_year_told_with_two_shares_is_a_conflict() -> None:
    """ "Only 214,873 people cast a ballot ... That's down 16 percent from ... 2026" against "215,000 people voted ..., a
    30% decline from ... 2026": one count (rounded alike), one fall against one year, two shares of it. They were no
    fact together (the pointer sentence names nothing) and no conflict."""
    count = _at(0, "h", "Only 214,873 people cast a ballot for either Orr or Vance on Saturday.")
    down = _at(1, "h", "That's down 16 percent from the 255,802 people who came out in 2026 for Orr and Kell.", 71)
    voted = _at(
        2, "u", "In Dunmore, 215,000 people voted in the Alliance primary, a 30% decline from its last one, in 2026."
    )
    assert _conflicts([count, down, voted]) == [("%: 16 vs 30", ["h", "u"])]
    same = _at(1, "h", "In Dunmore, 215,000 people voted, down 30 percent from 2026.")
    assert _conflicts([voted, same]) == []


def test_changes_of_other_counts_years_or_ways_are_not_compared() -> None:
    """Guards: a rise against another year ("403,000 people voted, a 20% increase from 2024"), a change the other way,
    a change of another count and a pointer that opens its article are no conflict."""
    voted = _at(
        0, "u", "In Dunmore, 215,000 people voted in the Alliance primary, a 30% decline from its last one, in 2026."
    )
    other_year = _at(1, "h", "In Dunmore, 215,000 people voted, down 16 percent from 2024.")
    up = _at(1, "h", "In Dunmore, 215,000 people voted, up 16 percent from 2026.")
    other_count = _at(1, "h", "In the Union primary, 403,000 people voted, down 16 percent from 2026.")
    alone = _at(1, "k", "That's down 16 percent from 2026.")
    for other in (other_year, up, other_count, alone):
        # (two counts of people voting may still disagree: "people: 215,000 vs 403,000"; no share of a change does)
        assert [t for t, _sides in _conflicts([voted, other]) if t.startswith("%")] == [], other.text
    same = _at(1, "h", "In Dunmore, 215,000 people voted, down 16 percent from 2026.")
    assert _conflicts([voted, same]) == [("%: 16 vs 30", ["u", "h"])]


def test_two_gaps_in_a_story_crowded_with_counts_of_their_unit_still_disagree() -> None:
    """A story of delegate counts gives many values of "delegate" (totals, pledged, at stake), which keeps apart two
    counts of sentences not nearly the same; it gives few gaps ("71 delegates short of" / "needs 67 delegates to
    reach"), and those two still disagree. Two counts of the crowded unit still do not."""
    from storyline.align.align import _crowded_units

    tallies = [_claim("x", f"Orr has {n} delegates.") for n in (1769, 1501, 547, 46, 2316, 1547)]
    crowded = _crowded_units(tallies)
    assert "delegate" in crowded and "delegate gap" not in crowded
    shy = _claim("a", "Counting her backers, Quist is 71 delegates short of the 2,383 needed to clinch the nomination.")
    needs = _claim("b", "Quist needs 67 delegates to reach the 2,383 needed to win.")
    assert [c.topic for c in _pair_conflicts(shy, needs, 0.6, crowded=crowded, one_fact=True)] == [
        "delegate: margin of 67 vs margin of 71"
    ]
    one, two = _claim("a", "Quist won 71 delegates on Tuesday."), _claim("b", "Quist won 67 delegates in the vote.")
    assert _pair_conflicts(one, two, 0.6, crowded=crowded, one_fact=True) == []
