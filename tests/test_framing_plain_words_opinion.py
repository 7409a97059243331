"""Charged terms: names and plain words of a report are not charged, an opinion column's words of persecution are
(ECB+ audit repro 12, fresh18 repro 11); an outlet's tone is its own voice, its quotes' tone apart."""

from __future__ import annotations

import pytest

from storyline.brief.framing import charged_in, charged_terms, tone_of


def _terms(text: str) -> list[str]:
    return [t["term"] for t in charged_terms(text)]


@pytest.mark.parametrize(
    "text",
    [
        "If the attack code is successful, it pulls more code onto the Kelby server.",
        "In March an anchor dragged the cables after bad weather drove ships to shelter off the coast.",
        "A jury convicted one of two men accused of murdering a Kelby mother.",
        "Another woman took a bullet in her arm before staggering into a doorway.",
        "The Gulls have the league's worst run defense.",
        "It was the worst storm since 1987 on the Orne coast.",
        "Two men were charged with brutally assaulting a Kelby guard.",
    ],
)
def test_plain_words_of_a_report_are_not_charged(text: str) -> None:
    assert _terms(text) == []


def test_a_name_at_a_sentence_start_is_no_charged_word() -> None:
    """'Rob Tenner', and 'Peace' alone as the surname of Denise Peace, open the sentence: a name the story gives."""
    names = frozenset({"Rob", "Tenner", "Denise", "Peace"})
    text = "Rob Tenner of Tenner Group called it fast work. Peace said she now looks after five of the children."
    assert [t["term"] for t in charged_in([(text, 0)], names=names)] == []
    # guard: the same word opening a sentence is charged when no name of the story holds it
    assert [t["term"] for t in charged_in([("Scandal followed in Varna.", 0)], names=names)] != []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The staggering sum of 4 million euros vanished from the Varna fund.", "staggering"),
        ("It was a worst-case fiasco for the Kelby council.", "worst-case fiasco"),
        ("The minister gave a bad answer and a cynical one.", "bad"),
        ("He killed the bill with a murderous glee.", "murderous glee"),
    ],
)
def test_guards_the_outlets_own_judgement_stays_charged(text: str, term: str) -> None:
    assert term in _terms(text)


def test_an_opinion_columns_words_of_persecution_are_charged() -> None:
    """fresh18 repro 11: "scapegoat", "revenge", "rotten", "hounded", "lynching", "political punishment"."""
    text = (
        "Whatever one thinks of Osric Dembek, the verdict in Varna looked less like justice than like revenge. "
        "Now he is the scapegoat for a system that has always been rotten in Varna. "
        "The eight-year sentence is a political punishment. A man hounded for fourteen months by prosecutors "
        "deserves a fair appeal, not a lynching in the press."
    )
    got = _terms(text)
    for word in ("revenge", "scapegoat", "rotten", "political punishment", "hounded", "lynching"):
        assert any(word in t for t in got)
    assert "hounded" in got  # the verb alone, not "man hounded"


@pytest.mark.parametrize(
    "text",
    [
        "Police said the shooting was a revenge attack by a rival gang in Varna.",
        "Inspectors found rotten beams under the Varna bridge deck.",
        "The prosecutor called the governor a scapegoat-seeker and said it was revenge.",
        "Dembek's lawyer described the verdict as a lynching.",
    ],
)
def test_guards_reported_or_literal_uses_are_not_charged(text: str) -> None:
    assert _terms(text) == []


def test_tone_is_the_outlets_own_voice_not_its_quotes() -> None:
    """A calm report quoting an angry speaker: the outlet's tone is its own sentences', the quotes' tone apart."""
    sents = [
        "The Varna City Court sentenced Osric Dembek to eight years on Tuesday.",
        '"This is a disgusting, hateful, evil verdict and a terrible injustice," his wife said outside the court.',
        "The court will hear the appeal in May.",
    ]
    own, quoted = tone_of(sents)
    assert own["compound"] == pytest.approx(0.0, abs=0.05)
    assert quoted is not None and quoted["compound"] < -0.5
    # guard: a text without quotation marks has no quotes' tone, and its own tone is the plain mean
    own2, quoted2 = tone_of([sents[0], sents[2]])
    assert quoted2 is None and own2["compound"] == pytest.approx(0.0, abs=0.05)


def _brief_of(*articles):  # type: ignore[no-untyped-def]
    from brief_helpers import HashEmbedder

    from storyline.brief import build_brief
    from storyline.extract import extract_articles

    arts = list(articles)
    extractions = {a.id: e for a, e in zip(arts, extract_articles(arts), strict=True)}
    return build_brief(arts, extractions, [], story="s1", embedder=HashEmbedder())


def test_the_briefs_framing_gives_the_outlets_own_tone_and_its_quotes_tone_apart() -> None:
    """A calm wire report quoting the convicted's angry wife, and an opinion column in its own loaded words."""
    from brief_helpers import make_article

    wire = make_article(
        "w1",
        "Governor Dembek jailed for eight years",
        "The Varna City Court on Tuesday sentenced Osric Dembek, the governor of Tallin province, to eight years in "
        'prison for embezzling 4.2 million euros.\n\n"This is a disgusting, hateful and evil verdict," his wife Ilse '
        "Dembek said outside the court.\n\nThe court will hear his appeal in May.",
        outlet="Harlow Wire",
    )
    column = make_article(
        "o1",
        "Opinion: Dembek is a scapegoat, not a criminal",
        "Opinion. Whatever one thinks of Dembek, Tuesday's verdict in Varna looked less like justice than like revenge.\n\nNow Dembek is the "
        "scapegoat for a system that has always been rotten in Varna.",
        outlet="Tallin Voice",
    )
    frames = {f["outlet"]: f for f in _brief_of(wire, column)["framing"]}
    own, quoted = frames["Harlow Wire"]["tone"], frames["Harlow Wire"]["quotes_tone"]
    assert quoted is not None and quoted["compound"] < -0.5
    assert own["compound"] > -0.2  # the wife's words are not the wire's
    assert frames["Tallin Voice"]["quotes_tone"] is None
    terms = [t["term"] for t in frames["Tallin Voice"]["charged_terms"]]
    # "Whatever one thinks of Dembek, ... like revenge": what a generic "one" thinks is the column's own wording
    assert "scapegoat" in terms and any("revenge" in t for t in terms) and any("rotten" in t for t in terms)


@pytest.mark.parametrize(
    "text",
    [
        "Worst of all, the Kelby council hid the figures.",
        "Varna Mayor Insults The Flood Victims In The Absolute Worst Way",
    ],
)
def test_guard_the_outlets_own_worst_stays_charged(text: str) -> None:
    assert any("worst" in t for t in _terms(text))
