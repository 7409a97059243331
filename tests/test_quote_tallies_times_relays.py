"""Quote cues and speakers (invented text): a count "reported" as a running tally or ranked against others is no one's
words; the time of a participle inside the speaker's phrase stays in it ("according to the schedule published
Thursday, ..."); a report nested in another's ("A said B had told her P") names who relays it (``via``)."""

from __future__ import annotations

import json

import pytest

from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text

HEAD = "Fever in Norvania\n\nBy Ode Brask | Pellwick Times | 12 March 2026\n\n"


def _rows(*paragraphs: str) -> list[tuple[str | None, str, str]]:
    """(speaker mention, cue, content) of every quote of a one-paragraph-per-item article."""
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    [ex] = extract_articles([article_from_text(text, "t.txt")])
    return [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else "", q.content.text) for q in ex.quotes]


@pytest.mark.slow
def test_a_count_reported_as_a_tally_or_a_ranking_is_no_quote() -> None:
    for line in (
        "(Harbor News) Norvania is reporting more fever cases than any country in the region, with the toll "
        "Saturday climbing to at least 4,210.",
        "The health ministry is reporting 312 new cases a day.",
        "Norvania reported more fever deaths than any other country in the region on Tuesday.",
    ):
        assert [r for r in _rows(line) if r[1].startswith("report")] == [], line


@pytest.mark.slow
def test_a_report_of_a_clause_a_plain_count_or_a_thing_stays_a_quote() -> None:
    """Guards: "reported that ..." (a clause, also in the progressive), a count told once ("reported 312 new cases on
    Friday", as PolNeAR marks it), "reported no arrests", a quotation after "is reporting", a finding that is no
    count ("is reporting a steady fall in cases")."""
    for line, content in (
        ("The health ministry reported that 312 new cases had been found on Friday.", "312 new cases had been found"),
        ("The health ministry is reporting that 312 new cases were found on Friday.", "312 new cases were found"),
        ("The health ministry reported 312 new cases on Friday.", "312 new cases"),
        ("Police in Norvania reported no arrests.", "no arrests"),
        ('The health ministry is reporting "a steady fall" in cases.', "a steady fall"),
        ("The health ministry of Norvania is reporting a steady fall in cases.", "a steady fall in cases"),
    ):
        rows = [r for r in _rows(line) if r[1].startswith("report")]
        assert len(rows) == 1 and content in rows[0][2], (line, rows)


@pytest.mark.slow
def test_the_time_of_a_participle_in_the_speakers_phrase_stays_out_of_the_words() -> None:
    rows = _rows(
        "According to the initial schedule published Thursday, Orrin Vale is scheduled to speak next Thursday "
        "night, along with Tessa Brann."
    )
    [(who, _cue, words)] = rows
    assert who is not None and who.endswith("published Thursday"), rows
    assert words.startswith("Orrin Vale is scheduled"), rows
    # guard: the time of the main verb the parse hangs on the subject's phrase is still cut from it
    timed = _rows(
        "The latest claim comes after a former aide to Mayor Brandt earlier Monday ripped his explanation Sunday of "
        '"playful" banter with his staff, saying he is failing to take responsibility for harassing her.'
    )
    assert [who for who, cue, _ in timed if cue == "saying"] == ["a former aide to Mayor Brandt"], timed


def _brief(body: str) -> dict:  # type: ignore[type-arg]
    """The JSON brief of one invented article (real extraction), and its Markdown and HTML ledgers."""
    from storyline.brief import BriefOptions, build_brief, render_html, render_markdown
    from tests.brief_helpers import HashEmbedder, make_article

    art = make_article("a", "Quist denies leak", body, outlet="Pellwick Times")
    [ex] = extract_articles([art])
    brief = build_brief([art], {"a": ex}, [], story="s1", embedder=HashEmbedder(), options=BriefOptions())
    md, html = render_markdown(brief), render_html(brief)
    out: dict = json.loads(json.dumps(brief))  # type: ignore[type-arg]
    out["md"] = md[md.index("## Quotes") : md.index("## Timeline")]
    out["html"] = html[html.index("<h2>Quotes") :]
    return out


@pytest.mark.slow
def test_a_report_nested_in_anothers_names_who_relays_it_in_json_and_ledgers() -> None:
    from storyline.brief import SCHEMA_VERSION

    body = (
        "Harlan Quist, a former foreign minister of Ostrava, said on Tuesday that he had never discussed Durnish "
        "raids with Petra Lindqvall. Ms. Lindqvall said in a leaked recording that Mr. Quist had told her that "
        "Durnland had struck Velorian depots at least 90 times."
    )
    brief = _brief(body)
    assert SCHEMA_VERSION == "1.19" and brief["schema"] == "1.19"
    rows = {(q["speaker"], q["cue"]): q for q in brief["quotes"]}
    told = rows[("Harlan Quist", "told")]
    assert "struck Velorian depots" in told["text"]
    via = told["via"]
    assert via is not None and via["speaker"] == "Petra Lindqvall"
    mention = via["speaker_mention"]
    original = "Quist denies leak\n\n" + body
    assert original[mention["start"] : mention["end"]] == mention["text"] == "Ms. Lindqvall"
    # first-hand reports name no one relaying them: her own report, and his denial
    assert rows[("Petra Lindqvall", "said")]["via"] is None
    assert rows[("Harlan Quist", "said")]["via"] is None
    assert "**Harlan Quist** (via Petra Lindqvall) (indirect" in brief["md"]
    assert "<b>Harlan Quist</b> (via Petra Lindqvall) (indirect" in brief["html"]
    assert brief["md"].count("(via ") == 1


@pytest.mark.slow
def test_a_speakers_own_nested_report_and_a_report_beside_another_name_no_relay() -> None:
    """Guards: "she said she had told the board ..." (her own words twice), two reports side by side, and one after
    "while" that the parse may hang inside the first's words."""
    body = (
        "Petra Lindqvall said she had told the board that the depots were safe. "
        "Harlan Quist said the raids never happened, and Ostrava's navy said its ships stayed in port. "
        "Quist suggested that anyone who hides the logs cannot lead, while Lindqvall said that the logs were "
        "too secret for the board."
    )
    brief = _brief(body)
    assert brief["quotes"] and all(q["via"] is None for q in brief["quotes"]), brief["quotes"]
    assert "(via " not in brief["md"]


@pytest.mark.slow
def test_the_words_of_the_verb_before_a_cue_are_no_part_of_the_speaker() -> None:
    rows = _rows(
        'Norvania\'s health ministry is reporting "a steady fall" in cases.',
        '"We will not move," Tessa Orrin has said.',
        'Tessa Orrin has been saying "no deal" for weeks.',
    )
    assert [who for who, _c, _t in rows] == ["Norvania's health ministry", "Tessa Orrin", "Tessa Orrin"], rows
    # guards: a speaker after the cue, a role before the name
    rows = _rows('"The talks are over," said Orrin.', 'Mayor Tessa Orrin said "no deal" on Monday.')
    assert [who for who, _c, _t in rows] == ["Orrin", "Mayor Tessa Orrin"], rows


@pytest.mark.slow
def test_an_addressee_with_a_shows_title_and_a_that_left_alone_are_no_words() -> None:
    rows = _rows(
        'Senator Ida Brek told Harbor TV\'s "Morning Desk" on Wednesday that the council had not invited her to '
        "the talks.",
        "The Norvanian envoy said in the recording, reported by the Pellwick Ledger on Sunday, that Mayor Ivo Sarn had "
        "informed him that the depots were struck 90 times.",
    )
    told = [t for _w, cue, t in rows if cue == "told"]
    assert told == ["the council had not invited her to the talks"], rows
    assert [t for _w, cue, t in rows if cue == "reported"] == [], rows  # not "on Sunday, that"
    # guards: a plain addressee, a clause that opens with "that"
    rows = _rows(
        "Senator Ida Brek told reporters on Wednesday that the council had not invited her.",
        "Senator Ida Brek said that the council had not invited her.",
    )
    assert [t.removeprefix("that ") for _w, _c, t in rows] == ["the council had not invited her"] * 2, rows
