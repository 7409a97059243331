"""Who can speak and what was said (invented text): a thing or a happening does not speak ("The patch underscores
...", "The danger led ... “in a record six days.”", "The hearing turned into a “war of the experts,”": the quoted
words are kept with no speaker), nor does
"responded to reports of smoke" report words; a colon after what a comment was on opens the words said; a participle
after a quotation is the outlet's narration, no part of the words; a speaker's mention stops at
the name before a relative clause and before the occasion; "the 31-year-old" is the person just named; an epithet is
not the person the words are about; a title inside a name tagged as a body is not the speaker's name; "she" right
after "his sister when" is the sister."""

from __future__ import annotations

import pytest
from brief_helpers import article_ledger

pytestmark = pytest.mark.slow

HEAD = "Kessling harbour news\n\nBy Staff Writer | 9 March 2027\n\n"


def _rows(*sentences: str) -> list[tuple[str | None, str | None, str | None, str]]:
    """(speaker, mention text, cue, quote text) of every row of a one-paragraph-per-sentence article."""
    return article_ledger(HEAD, *sentences)


def test_things_and_happenings_do_not_speak() -> None:
    rows = _rows(
        "Vantor issued an emergency update for its Skyla browser. The patch is an unusual step for Vantor and "
        "underscores how serious the hole is.",
        "The danger led Vantor to rally engineers on three continents to ship a fix “in a record six days.”",
        "Police and firefighters responded to reports of smoke at its office, according to the county attorney's "
        "office.",
        "The hearing turned into a “war of the experts,” with witnesses on both sides.",
    )
    assert [(s, c) for s, _m, c, _t in rows if s or c] == [("the county attorney's office", "according to")]
    # the quoted words stay, whoever said them: the danger and the hearing did not
    assert {t for s, _m, c, t in rows if not s and not c} == {"“in a record six days.”", "“war of the experts,”"}


def test_speakers_that_can_speak_still_do() -> None:
    """Guards: a body, a person and a plural group with the same verbs; "responded to the claim that"."""
    rows = _rows(
        "The ministry underscored that the harbour would stay open through the winter.",
        "Mayor Tova Linn responded to the claim that the ferry was unsafe by calling it the safest in the bay.",
        "The union suggested that the pier could collapse within a decade.",
        "Fishermen turned on the council, calling the plan “a slow death for the harbour.”",
    )
    got = [(s, c) for s, _m, c, _t in rows]
    assert ("The ministry", "underscored") in got
    assert ("The union", "suggested") in got
    assert any(s == "Tova Linn" and c == "responded" for s, c in got)
    assert any(t == "“a slow death for the harbour.”" for _s, _m, _c, t in rows)


def test_what_follows_the_colon_and_the_narration_after_a_quotation() -> None:
    rows = _rows(
        "Commissioner Ray Tolland commented on Varn in a briefing:  We are glad the inquiry has named Mr. Varn.",
        'Ona Fell said she heard a man shout, "He has a gun, " sending her and her son into a corner shop.',
    )
    texts = {t: (s, c) for s, _m, c, t in rows}
    assert texts["We are glad the inquiry has named Mr. Varn"] == ("Ray Tolland", "commented")
    assert not any("sending her" in t for t in texts)
    assert any(t.endswith('"He has a gun, "') for t in texts)


def test_participle_guards() -> None:
    """Guards: a quotation opening on an -ing word is no end; "adding" after a quotation is a cue of its own."""
    rows = _rows(
        'Ona Fell said "going home is not an option" for her family this winter.',
        'Ona Fell said she was "stunned," adding that the council had never called her.',
    )
    assert [
        t for _s, _m, _c, t in _rows("Dan Orrick said he had asked his “people” to “look into” paying the fees.")
    ] == ["he had asked his “people” to “look into” paying the fees"]
    assert [t for _s, _m, _c, t in rows] == [
        '"going home is not an option" for her family this winter',
        'she was "stunned,"',
        "that the council had never called her",
    ]


def test_colon_guards() -> None:
    """Guards: "said:" keeps its words; a time with a colon is no label."""
    rows = _rows(
        "Ray Tolland said: We will reopen the pier on Friday.",
        "Ray Tolland said the ferry left at 10:30 a.m. with forty people on board.",
    )
    assert [t for _s, _m, _c, t in rows] == [
        "We will reopen the pier on Friday",
        "the ferry left at 10:30 a.m. with forty people on board",
    ]


def test_mention_stops_at_the_name_and_before_the_occasion() -> None:
    rows = _rows(
        "Golfer Ivo Tarrant was made an honorary life member of the Coastal Tour on Tuesday.  “My skin is tingling "
        "just thinking about it,” said the 31-year-old on the night before the Harbor Open in Lystrand.",
        "Peter Dunmore was made a life member as well.  “Being a life member is something I will treasure,” added "
        "Dunmore who joins two countrymen on the list.",
    )
    assert [(m, c) for _s, m, c, _t in rows] == [("the 31-year-old", "said"), ("Dunmore", "added")]
    assert rows[0][0] is not None and rows[0][0].endswith("Ivo Tarrant")
    assert rows[1][0] == "Peter Dunmore"


def test_mention_guards() -> None:
    """Guards: an unnamed person a relative clause tells apart keeps the clause; a place after a title stays."""
    rows = _rows(
        "“The pier will close,” said the Democrat who knows about the plan.",
        "“The pier will close,” said the mayor of Kessling.",
        "More than 6 in 10 Republicans who attended the meeting said they would vote again.",
    )
    assert [m for _s, m, _c, _t in rows] == [
        "the Democrat who knows about the plan",
        "the mayor of Kessling",
        "More than 6 in 10 Republicans who attended the meeting",
    ]


def test_epithet_is_not_whom_the_words_are_about() -> None:
    rows = _rows(
        "Mara Quell is “the panel's top pick” for the post, a role that would make the TV host the nation's chief "
        "doctor, said the Democrat who knows about the search. Quell has not commented."
    )
    assert [s for s, _m, _c, t in rows if "top pick" in t] == ["the Democrat who knows about the search"]


def test_epithet_guard_person_named_before() -> None:
    """Guard: the person named in the sentence before the quotation is still the one the epithet stands for."""
    rows = _rows(
        "Senator Mara Quell spoke at the harbour on Monday.",
        "“The pier must stay open,” said the Democrat.",
    )
    assert [s for s, _m, _c, _t in rows] == ["Mara Quell"]


def test_title_inside_a_body_name_and_the_sister() -> None:
    rows = _rows(
        "“The flaw had been public for a week,” Qelix CTO Marten Oslo said in an e-mailed note.",
        "Ona Fell had won restraining orders against Dan Orrick in 2005. Court papers also show an arrest in which "
        "Orrick was charged with assault on his sister when she accused him of taking her guitar.",
    )
    got = {c: (s, m) for s, m, c, _t in rows}
    assert got["said"] == ("Marten Oslo", "Qelix CTO Marten Oslo")
    assert got["accused"][0] != "Ona Fell"
    assert got["accused"][1] == "his sister"


def test_pronoun_guard_relative_clause_on_a_name() -> None:
    """Guard: "whose sister died ..., said she": the named woman, the sister only in a clause on her."""
    rows = _rows("Mara Quell, whose sister died in 2009, said she would sell the ferry company.")
    assert [s for s, _m, _c, _t in rows] == ["Mara Quell"]


def test_a_crowd_speaks_and_its_echo_is_no_part_of_the_speakers_words() -> None:
    # an audience, a crowd, a congregation are people: their echo is theirs, and the narration between two
    # quotations is never inside either
    rows = _rows(
        "Mayor Lina Orr ended her list of towns by saying “Never again.” The audience gathered in the Kessling town "
        "hall followed her by softly echoing “never again.”",
    )
    texts = [t for _s, _m, _c, t in rows]
    assert "“Never again.”" in texts or "Never again." in texts
    assert not any("gathered" in t for t in texts)
    assert any(s is not None and "audience" in (m or "").lower() for s, m, _c, t in rows if "never again" in t)


def test_a_courts_opinion_speaks_for_its_judges() -> None:
    rows = _rows(
        "The Kessling bench struck down the order. “The question is not whether the mayor acted wisely but whether "
        "she acted lawfully,” the majority opinion read in part.",
    )
    assert any(m and "opinion" in m for _s, m, _c, t in rows if "acted lawfully" in t)


def test_an_owners_rival_named_after_initials_is_the_speaker() -> None:
    # "<owner>'s DUP primary rival Sen. <name> said <owner> is ...": the rival speaks, with either apostrophe
    for ap in ("'", "\u2019"):
        rows = _rows(
            "Ilona Varga, who leads the Dunmore party contest, declined on Sunday to criticise the militia.",
            f"At a rally on Monday, Varga{ap}s DUP primary rival Sen. Tomas Heller (D-Ost.) said Varga is “finished "
            "as a candidate.”",
        )
        assert [s for s, _m, _c, t in rows if "finished" in t] == ["Tomas Heller"]
