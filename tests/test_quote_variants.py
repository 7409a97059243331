"""One speaker's statement in two outlets' words (two translations) is one ledger row; a title before a name the tagger
cut; a quoted piece inside a report nested in another report is the inner speaker's (invented text)."""

from __future__ import annotations

import re

import numpy as np
import pytest

from storyline.brief.quotes import link_wordings
from tests.brief_helpers import HashEmbedder, ledger_row, make_article

_row = ledger_row


class _Meaning(HashEmbedder):
    """Hashing vectors over words folded to one word per meaning: a model that knows "trade" and "bargain" mean the
    same here (as a translation's two wordings do)."""

    SAME = {"trade": "bargain", "compassion": "mercy", "from": "out", "republic": "", "of": ""}

    def encode(self, texts: list[str], **kw: object) -> np.ndarray:
        folded = [" ".join(self.SAME.get(w, w) for w in re.findall(r"\w+", t.lower())) for t in texts]
        return super().encode(folded, **kw)


class _AllAlike:
    """Every text the same vector: only the words decide."""

    def encode(self, texts: list[str], **_: object) -> np.ndarray:
        return np.ones((len(texts), 4), dtype=np.float32) / 2.0


FIRST = '"The Republic of Dravonia does not bargain with human lives. We acted out of mercy, and we expect mercy in return."'
SECOND = '"Dravonia does not trade in human lives. We acted from compassion, and we expect compassion in return."'


def test_two_translations_of_one_statement_are_one_row_with_the_other_wording_a_variant() -> None:
    copy = {**_row("c", "Teodor Valko", SECOND), "exact": True, "other_speaker": False}
    rows = [_row("a", "Teodor Valko", FIRST), {**_row("b", "Teodor Valko", SECOND), "also_in": [copy]}]
    out = link_wordings(rows, _Meaning().encode)
    assert len(out) == 1
    assert [(o["article"], o["text"], o["exact"]) for o in out[0]["also_in"]] == [
        ("b", SECOND, False),
        ("c", SECOND, False),
    ]
    assert all(o["other_speaker"] is False and o["speaker"] == "Teodor Valko" for o in out[0]["also_in"])


def test_one_speakers_two_statements_on_one_topic_stay_two_rows() -> None:
    alike = _AllAlike().encode  # close in meaning whatever they say: the words must tell
    # two statements about one exchange: two content words in common
    other = '"The exchange was hard won, and Dravonia paid no ransom for any of the prisoners."'
    assert len(link_wordings([_row("a", "Teodor Valko", FIRST), _row("b", "Teodor Valko", other)], alike)) == 2
    # the same words with other figures, or negated, are two statements
    six = '"We freed six prisoners at Harrow Field and we expect six in return."'
    eight = '"We freed eight prisoners at Harrow Field and we expect eight in return."'
    assert len(link_wordings([_row("a", "Teodor Valko", six), _row("b", "Teodor Valko", eight)], alike)) == 2
    did = '"We acted out of mercy and we expect mercy from Pellish courts in return."'
    did_not = '"We acted out of mercy and we do not expect mercy from Pellish courts in return."'
    assert len(link_wordings([_row("a", "Teodor Valko", did), _row("b", "Teodor Valko", did_not)], alike)) == 2
    # two speakers, an unnamed description, an indirect report, or one article's two quotations: two rows
    assert len(link_wordings([_row("a", "Teodor Valko", FIRST), _row("b", "Ana Brisk", SECOND)], alike)) == 2
    assert (
        len(link_wordings([_row("a", "a senior official", FIRST), _row("b", "a senior official", SECOND)], alike)) == 2
    )
    assert (
        len(link_wordings([_row("a", "Teodor Valko", FIRST), _row("b", "Teodor Valko", SECOND, "indirect")], alike))
        == 2
    )
    assert (
        len(link_wordings([_row("a", "Teodor Valko", FIRST), _row("a", "Teodor Valko", SECOND, start=400)], alike)) == 2
    )
    # far apart in meaning: two rows whatever the words
    far = lambda texts: np.eye(len(texts), dtype=np.float32)  # noqa: E731
    assert len(link_wordings([_row("a", "Teodor Valko", FIRST), _row("b", "Teodor Valko", SECOND)], far)) == 2


@pytest.mark.slow
def test_a_brief_lists_two_outlets_translations_of_a_leaders_address_once() -> None:
    from storyline.brief.build import build_brief
    from storyline.extract.pipeline import extract_articles

    a = make_article(
        "a",
        "Reporter freed in exchange",
        "Pellish reporter Lise Brask was freed late on Thursday in an exchange at Harrow Field.\n\n"
        f"Dravonian President Teodor Valko said in a televised address: {FIRST}\n",
        outlet="Harrow Wire",
    )
    b = make_article(
        "b",
        "President pardons reporter",
        "President Teodor Valko has pardoned the Pellish reporter Lise Brask.\n\n"
        f"In a televised address, the President said: {SECOND}\n",
        outlet="Dravonia Today",
    )
    arts = [a, b]
    extractions = {x.id: e for x, e in zip(arts, extract_articles(arts), strict=True)}
    brief = build_brief(arts, extractions, [], story="s1", embedder=_Meaning())
    rows = [r for r in brief["quotes"] if "human lives" in r["text"]]
    assert len(rows) == 1
    assert [(o["article"], o["exact"]) for o in rows[0]["also_in"]] == [("b", False)]


@pytest.mark.slow
def test_the_speaker_is_the_name_after_a_title_whose_given_name_the_tagger_left_out() -> None:
    from storyline.extract.attribution import RawQuote
    from storyline.extract.cues import Cue
    from storyline.extract.entities import NameMention
    from storyline.extract.marks import find_segments
    from storyline.extract.speakers import resolve_speakers

    text = "The exchange was brokered by Kelmark, Kelmark Foreign Minister Odile de Varenne said on Friday.\n"
    # the tagger's labels as such a sentence got them: the title's first word a person, the given name untagged
    tagged = [("Kelmark Foreign", "PERSON"), ("de Varenne", "PERSON")]
    mentions = []
    for word, label in tagged:
        at = text.index(word)
        mentions.append(NameMention(at, at + len(word), label, word, word))
    s = text.index("Kelmark Foreign")
    e = text.index(" said")
    v = e + 1
    cue = Cue(v, v + 4, "say", (s, e), (s, e), "Varenne", None, (0, len(text)))
    quote = RawQuote("indirect", (0, text.index(", Kelmark Foreign")), cue, [])
    ((_q, _span, who),) = resolve_speakers(text, [quote], mentions, find_segments(text))
    assert who == "de Varenne"


@pytest.mark.slow
def test_a_quoted_piece_inside_a_nested_report_is_the_inner_speakers_words() -> None:
    from storyline.extract import extract_articles
    from storyline.extract.pipeline import article_from_text

    text = (
        "Brask says she never lost hope\n\nThe Pellish Courier\n17 May 2026\n\n"
        "Lise Brask said on Sunday that she had never lost hope during her months in prison.\n\n"
        'She said that guards had told her she was "a chip in a larger game" and that she would never go home.\n'
    )
    ex = extract_articles([article_from_text(text, "t.txt")])[0]
    piece = text.index('"a chip')
    holding = [q for q in ex.quotes if q.content.start <= piece < q.content.end]
    inner = [q for q in holding if q.speaker is not None and q.speaker.text == "guards"]
    outer = [q for q in holding if q.speaker is not None and q.speaker.text == "She"]
    assert inner and outer
    assert [p.text for p in inner[0].parts] == ['"a chip in a larger game"']
    assert not any(p.start <= piece < p.end for p in outer[0].parts)
    # a report nested in the same speaker's ("he had told the committee ..."), or a verb of what someone is only
    # expected to say ("expects the minister to announce"): the piece stays the outer speaker's
    same = (
        'Oren Maslak said on Sunday that he had told the committee the plan was "a chip in a larger game" and more.\n'
    )
    assert _widest_parts(same, '"a chip') == ['"a chip in a larger game"']
    expected = (
        'Lise Brask said on Sunday that she expects the justice minister to announce a "full and open review" of '
        "her case.\n"
    )
    assert _widest_parts(expected, '"full') == ['"full and open review"']


def _widest_parts(body: str, opening: str) -> list[str]:
    """The quoted pieces of the widest quote holding the piece that opens with ``opening``."""
    from storyline.extract import extract_articles
    from storyline.extract.pipeline import article_from_text

    text = "Brask wants review\n\nThe Pellish Courier\n17 May 2026\n\n" + body
    ex = extract_articles([article_from_text(text, "v.txt")])[0]
    piece = text.index(opening)
    holding = sorted(
        (q for q in ex.quotes if q.content.start <= piece < q.content.end),
        key=lambda q: q.content.end - q.content.start,
    )
    return [p.text for p in holding[-1].parts] if holding else []
