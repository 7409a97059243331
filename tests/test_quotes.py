"""Quotes and entities with the spaCy model, on invented text; the seeds with ../shared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow

TEXT = (
    "Officials Meet In Geneva\n\n"
    "Maria Lopez, the deputy foreign minister of Freedonia, spoke on Monday. "
    "\u201cWe are ready to talk, but only if both sides want it,\u201d Lopez said. \u201cNobody can force a deal.\u201d\n\n"
    "\u201cThe talks will start soon,\u201d she said, \u201cand they will be long.\u201d\n\n"
    "The minister stressed that the talks must include every party.\n\n"
    "According to Tom Becker, the plan has failed twice before.\n\n"
    "Tom Becker, an analyst at the Institute for Peace Studies, said the deal would cost 40,000 jobs.\n\n"
    "\u00abIt will not work,\u00bb the analyst explained.\n"
)


@pytest.fixture(scope="module")
def extracted():  # type: ignore[no-untyped-def]
    art = article_from_text(TEXT, "t.txt")
    return art, extract_articles([art])[0]


def _quotes_of(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0].quotes


def _quote_with(text: str, needle: str):  # type: ignore[no-untyped-def]
    """The one quote of ``text`` whose content holds ``needle``."""
    [quote] = [q for q in _quotes_of(text) if needle in q.content.text]
    return quote


def _by_content(ex, needle: str):  # type: ignore[no-untyped-def]
    return next(q for q in ex.quotes if needle in q.content.text)


def test_direct_quotes_verbatim_with_speakers(extracted) -> None:  # type: ignore[no-untyped-def]
    art, ex = extracted
    for q in ex.quotes:
        assert art.original[q.content.start : q.content.end] == q.content.text
    first = _by_content(ex, "We are ready")
    assert first.kind == "direct" and first.speaker_entity == "Maria Lopez" and first.cue and first.cue.text == "said"
    assert "Nobody can force" in first.content.text  # the quote after "Lopez said." is the same attribution


def test_split_quote_and_pronoun(extracted) -> None:  # type: ignore[no-untyped-def]
    _art, ex = extracted
    q = _by_content(ex, "The talks will start")
    assert "they will be long" in q.content.text and len(q.parts) == 2
    assert q.speaker and q.speaker.text == "she" and q.speaker_entity == "Maria Lopez"


def test_indirect_speech_and_roles(extracted) -> None:  # type: ignore[no-untyped-def]
    _art, ex = extracted
    q = _by_content(ex, "must include every party")
    assert q.kind == "indirect" and q.cue and q.cue.text == "stressed" and q.speaker_entity == "Maria Lopez"
    acc = _by_content(ex, "has failed twice")
    assert acc.kind == "indirect" and acc.speaker_entity == "Tom Becker"
    guil = _by_content(ex, "It will not work")
    assert guil.kind == "direct" and guil.speaker_entity == "Tom Becker"


def test_mentions_quantities_dates(extracted) -> None:  # type: ignore[no-untyped-def]
    _art, ex = extracted
    lopez = [m for m in ex.mentions if m.name == "Maria Lopez"]
    assert lopez and all(m.label == "PERSON" for m in lopez)
    assert any(m.role and "minister" in m.role for m in lopez)
    assert any(x.value == 40000 and x.unit == "jobs" for x in ex.quantities)
    monday = next(d for d in ex.dates if d.span.text == "Monday")
    assert monday.date is None and monday.relative and monday.reason


def test_skipped_articles_come_back_with_reason() -> None:
    art = article_from_text("Bonjour tout le monde.", "fr.txt")
    art.skip_reason = "not English (fr)"
    ex = extract_articles([art])[0]
    assert ex.skipped == "not English (fr)" and not ex.quotes


def test_quotes_cli_json(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    f = tmp_path / "story.txt"
    f.write_text(TEXT, encoding="utf-8")
    res = CliRunner().invoke(app, ["quotes", str(f), "--json"])
    assert res.exit_code == 0, res.output
    row = json.loads(res.stdout.strip().splitlines()[0])
    assert row["article"] == "story.txt" and row["quotes"]
    for q in row["quotes"]:
        assert TEXT[q["start"] : q["end"]] == q["text"]
        # the brief ledger's fields (its cross-article also_in aside)
        assert set(q) == {"speaker", "speaker_mention", "kind", "text", "article", "start", "end", "cue", "parts"}
    # as the brief's ledger: '"A," Lopez said. "B."' is a row per quotation, '"A," she said, "b."' one row, two parts
    texts = [q["text"] for q in row["quotes"]]
    ready = next(q for q in row["quotes"] if q["text"].startswith("\u201cWe are ready"))
    assert ready["parts"] == [] and "Nobody can force" not in ready["text"]
    assert "\u201cNobody can force a deal.\u201d" in texts
    talks = next(q for q in row["quotes"] if "The talks will start" in q["text"])
    assert [p["text"] for p in talks["parts"]] == [
        "\u201cThe talks will start soon,\u201d",
        "\u201cand they will be long.\u201d",
    ]
    assert all(TEXT[p["start"] : p["end"]] == p["text"] for p in talks["parts"])


def test_seed_entities_and_quotes(shared: Path, tmp_path: Path) -> None:
    from storyline.extract import entity_detail, extract_store, list_entities, quotes_for
    from storyline.ingest import ingest
    from storyline.store import Store

    with Store(tmp_path / "s.db") as store:
        ingest(store, sorted(str(p) for p in (shared / "seeds").glob("*.txt")))
        extract_store(store)
        assert extract_store(store).extracted == 0  # idempotent
        ents = list_entities(store, limit=1000)
        qs = quotes_for(store)
        arts = {a.id: a for a in store.iter_articles()}
        detail = entity_detail(store, "Peskov")
        story = list_entities(store, article_ids=list(arts)[:1], limit=1000)
    assert detail["name"] == "Dmitry Peskov" and detail["spellings"].get("Peskov") and detail["quotes"]
    assert len(detail["articles"]) == 3 and story and all(len(e["articles"]) == 1 for e in story)

    def ent_with(*names: str) -> bool:
        blob = [" ".join([e["name"], *e["variants"]]).lower() for e in ents]
        return any(all(n.lower() in b for n in names) for b in blob)

    assert ent_with("Nebenzia", "Nebezia")
    assert ent_with("Andrey Korneev", "Andrei Korneev")
    assert ent_with("Andrey Baklanov", "Andrei Baklanov")
    people = [e for e in ents if e["type"] == "PERSON"]
    assert not [
        e for e in people if any(w in e["name"].lower() for w in ("vestnik", "instagram", "telegram", "subscribe"))
    ]
    roles = {e["name"]: " ".join(e["roles"]).lower() for e in people}
    assert "spokesman" in roles["Dmitry Peskov"] and "deputy director" in roles["Andrey Korneev"]
    assert "foreign minister" in roles["Sergey Lavrov"] and "ambassador" in roles["Vasilly Nebenzia"]
    for name in (
        "Dmitry Peskov",
        "Sergey Lavrov",
        "Rex Tillerson",
        "Kim Jong Sik",
        "Ri Pyong Chol",
        "Steven Mnuchin",
        "Wang Yi",
    ):
        assert any(e["name"] == name for e in people), name

    def by(name: str) -> list:  # type: ignore[type-arg]
        return [q for q in qs if q.speaker_entity and name.lower() in q.speaker_entity.lower()]

    assert len({q.article for q in by("Peskov")}) >= 2
    assert any("mightier" in q.content.text for q in by("Lavrov"))
    assert any("minimum acceptable" in q.content.text for q in by("Nebenzia"))
    assert any("was not heeded" in q.content.text for q in by("Nebenzia"))
    assert any("Treasury is targeting" in q.content.text for q in by("Mnuchin"))
    assert by("Korneev") and by("Baklanov")
    assert any(q.kind == "indirect" and "24 month" in q.content.text for q in by("Nebenzia"))
    for q in qs:
        assert arts[q.article].original[q.content.start : q.content.end] == q.content.text


def test_entities_cli_over_the_store(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app
    from storyline.ingest import ingest
    from storyline.store import Store

    f = tmp_path / "story.txt"
    f.write_text(TEXT, encoding="utf-8")
    db = tmp_path / "e.db"
    with Store(db) as store:
        ingest(store, [str(f)])
    res = CliRunner().invoke(app, ["entities", "--db", str(db), "--type", "PERSON", "--json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert {"Maria Lopez", "Tom Becker"} <= {r["name"] for r in rows}
    res = CliRunner().invoke(app, ["quotes", "--db", str(db), "--speaker", "Tom Becker", "--json"])
    assert res.exit_code == 0 and "It will not work" in res.stdout


def test_wire_lead_missed_sentence_split_and_group_speakers() -> None:
    text = (
        "Ferry aground\n\n"
        "KESSLING (Harbour Wire Service) - Fourteen people were injured when the ferry Marisol Grey ran aground "
        "near Kessling Point on Tuesday, port officials said.\n\n"
        'Harbour master Ilse Varga said the vessel left the channel shortly after 7 p.m. "The captain reported '
        'a steering fault," Varga told reporters.\n'
    )
    art = article_from_text(text, "w.txt")
    quotes = extract_articles([art])[0].quotes
    lead = next(q for q in quotes if "Fourteen people" in q.content.text)
    assert lead.content.text.startswith("Fourteen people")  # the dateline is where, not what was said
    assert lead.speaker_entity is None  # "port officials" is a group, not the person named before
    said = next(q for q in quotes if "left the channel" in q.content.text)
    assert said.kind == "indirect" and said.speaker_entity == "Ilse Varga"
    assert "captain" not in said.content.text  # the clause ends where the quoted sentence begins
    direct = next(q for q in quotes if q.kind == "direct")
    assert direct.content.text.startswith('"The captain') and direct.speaker_entity == "Ilse Varga"
    for q in quotes:
        assert text[q.content.start : q.content.end] == q.content.text


def test_an_age_marks_a_person_and_a_name_never_spans_lines() -> None:
    text = (
        "Chess open\n\nSixteen-year-old Ilse Brandt won the Lorvik winter chess open on Sunday, beating 80 "
        'players. "I did not expect to win," Brandt said after the final round.\n'
    )
    art = article_from_text(text, "c.txt")
    ex = extract_articles([art])[0]
    people = {m.span.text: m for m in ex.mentions if m.label == "PERSON"}
    assert "Ilse Brandt" in people and "Brandt" in people, [(m.span.text, m.label) for m in ex.mentions]
    assert all("\n" not in m.span.text for m in ex.mentions)
    assert next(q for q in ex.quotes if "expect to win" in q.content.text).speaker_entity == "Ilse Brandt"


def test_verbs_that_do_not_report_speech_make_no_quote() -> None:
    text = (
        "Talks\n\n"
        "The envoy said on Tuesday that talks would resume as tensions continue to grow along the border.\n\n"
        "Kim was a major figure, while Ri was reported to be a key official in the missile programme.\n\n"
        "Both officials were believed to be crucial for the programme, the ministry said.\n\n"
        "Analyst Mara Velk noted that it is still difficult to say whether the statement will lead anywhere.\n\n"
        "The minister declined to say whether the plan had been approved.\n\n"
        "She continued to insist that the bridge was safe.\n"
    )
    quotes = _quotes_of(text)
    speakers = {q.speaker.text for q in quotes if q.speaker}
    assert not speakers & {"tensions", "Ri", "Both officials", "it", "The minister"}, speakers
    # the real reports are kept
    assert any(q.speaker and q.speaker.text == "The envoy" for q in quotes)
    assert any(q.speaker and q.speaker.text == "the ministry" and "Both officials" in q.content.text for q in quotes)
    assert any(q.speaker and q.speaker.text == "She" and q.content.text == "that the bridge was safe" for q in quotes)
    velk = [q for q in quotes if "difficult to say" in q.content.text]
    assert len(velk) == 1 and velk[0].speaker_entity == "Mara Velk"


def test_what_is_cited_is_the_speaker_only_with_as() -> None:
    text = (
        "Talks\n\n"
        "TASS cited Peskov as saying that the talks would go ahead.\n\n"
        "Analyst Ivo Marrek noted that Russia has long experience in mediation, citing the case of 1966, when "
        "Moscow diplomacy settled the conflict.\n"
    )
    quotes = _quotes_of(text)
    assert any(q.speaker_entity == "Peskov" and "talks would go ahead" in q.content.text for q in quotes)
    # "citing the case" quotes no one: the case is what is cited, never a speaker
    assert not [q for q in quotes if q.speaker and "case" in q.speaker.text], quotes
    assert all(q.speaker_entity != "Moscow" for q in quotes)


def test_an_initialism_can_end_a_sentence() -> None:
    text = (
        "Sanctions\n\n"
        "The envoy said the resolution was rushed under pressure from the U.S. In particular, he criticised "
        "the ban on hiring foreign workers.\n\n"
        "The U.S. Treasury said it would act.\n"
    )
    quotes = _quotes_of(text)
    rushed = next(q for q in quotes if "rushed" in q.content.text)
    assert rushed.content.text.endswith("from the U.S.") and "particular" not in rushed.content.text
    assert any(q.speaker and q.speaker.text == "The U.S. Treasury" for q in quotes)  # no cut inside a name


def test_the_subject_of_a_passive_cue_is_not_its_speaker() -> None:
    text = (
        "Fire\n\n"
        "Inspector Karl Nyberg said two people left shortly before the fire was reported at 10.40 p.m.\n\n"
        "Reporters were told that the bridge would close on Friday.\n"
    )
    quotes = _quotes_of(text)
    assert not [q for q in quotes if q.speaker and q.speaker.text in ("the fire", "Reporters")], quotes
    told = next(q for q in quotes if "bridge would close" in q.content.text)
    assert told.speaker is None  # reported, by someone the article does not name


def test_where_something_was_said_is_not_part_of_what_was_said() -> None:
    quotes = _quotes_of(
        "Ferry Halted\n\nNorthsound Lines said in a statement that all services to Orne Island were suspended "
        "until Thursday.\n\nThe mayor told reporters on Monday that the harbour would reopen soon.\n"
    )
    contents = {q.content.text for q in quotes if q.kind == "indirect"}
    assert "all services to Orne Island were suspended until Thursday" in contents
    assert "the harbour would reopen soon" in contents


def test_a_quote_that_reaches_past_its_marks_keeps_the_quoted_piece() -> None:
    quotes = _quotes_of(
        "Envoy Speaks\n\nThe resolution's two-year period for the workers \u201cis the minimum acceptable period "
        "for the logistics,\u201d said Anna Berg, the envoy of Freedonia.\n"
    )
    q = next(q for q in quotes if q.kind == "direct")
    assert q.content.text.startswith("The resolution's")  # the clause, as PolNeAR marks it
    assert [p.text for p in q.parts] == ["\u201cis the minimum acceptable period for the logistics,\u201d"]


def test_an_editors_note_is_no_quote() -> None:
    text = (
        "Mayor backs the tram plan\n\n"
        "The mayor of Velin backed the tram plan on Monday.\n\n"
        "Editor’s note: Ossian Vell has repeatedly misled voters about the cost of the tram.\n\n"
        "Councillor Bea Marr said the plan would cost twice what the mayor claims.\n"
    )
    quotes = _quotes_of(text)
    assert not [q for q in quotes if "misled voters" in q.content.text]
    assert [q for q in quotes if q.speaker and q.speaker.text.endswith("Marr")]


def test_speakers_named_in_apposition_across_paragraphs_and_not_in_a_subject_clause() -> None:
    text = (
        "Vell spoke on Monday.\n\n"
        '"Is Mayor Vell going to resign? He should!" the opposition leader, Bea Marr, wrote on Sunday.\n\n'
        "“ I am so happy to be back for a second year.\n\n"
        "You know what they say - the third time is the charm, ” said Ossian Dray.\n\n"
        'While not everything Vell says is true, Professor Ida Lund said Vell is "telling voters what they want."\n'
    )
    quotes = _quotes_of(text)

    def speaker(needle: str) -> str | None:
        (q,) = [q for q in quotes if needle in q.content.text]
        return q.speaker_entity

    assert speaker("He should!") == "Bea Marr"  # not left without a speaker, nor given to Vell
    # a quotation that runs into the next paragraph and closes there is one quote, of the one who closes it
    assert speaker("so happy to be back") == "Ossian Dray" and speaker("third time") == "Ossian Dray"
    assert speaker("telling voters") == "Ida Lund"
    assert not [q for q in quotes if q.content.text.startswith("is true")]  # "everything Vell says is true"


def test_a_group_or_place_speaks_only_as_the_head_of_the_speaker_phrase() -> None:
    text = (
        "The row went on.\n\n"
        "A former Republican committee staffer said the memo was never sent to the board.\n\n"
        "The State Department said the memo had been sent to the board in March.\n"
    )
    quotes = _quotes_of(text)
    staffer = next(q for q in quotes if "never sent" in q.content.text)
    assert staffer.speaker_entity is None and staffer.speaker is not None
    assert "staffer" in staffer.speaker.text
    state = next(q for q in quotes if "in March" in q.content.text)
    assert state.speaker_entity == "State Department"


def test_a_persons_rep_is_not_that_person_and_a_title_is_no_person() -> None:
    text = (
        "Actress Nora Vale has entered a clinic in Brackwell, her family said.\n\n"
        "“Nora Vale has checked herself into the clinic,” Vale's rep told the magazine.\n\n"
        "“We ask for privacy,” Vale's publicist Ivo Marsh said in a statement.\n\n"
        "“She is resting,” her rep said.\n\n"
        "“He was pretty shaken,” said Sgt. Milo Tarn with the Brackwell Police Department.\n\n"
        "“He tried to help,” said Brackwell Police Sgt. Milo Tarn.\n"
    )
    art = article_from_text(text, "t.txt")
    ex = extract_articles([art])[0]
    assert _by_content(ex, "checked herself").speaker_entity is None  # her rep, not Nora Vale
    assert _by_content(ex, "privacy").speaker_entity == "Ivo Marsh"
    assert _by_content(ex, "resting").speaker_entity is None  # her rep: not Nora Vale, and nobody is named "rep"
    for needle in ("pretty shaken", "tried to help"):
        q = _by_content(ex, needle)
        assert q.speaker_entity == "Milo Tarn" and "Milo Tarn" in q.speaker.text
    people = {m.span.text for m in ex.mentions if m.label == "PERSON"}
    assert not any(name.rstrip(".").endswith("Sgt") for name in people)
    # the owner of the speaker stays the person in focus: a later "she" is the owner
    later = _quotes_of(
        "“We are ready,” Maria Lopez said.\n\nKaren Wells's team said she would travel.\n\nShe said she was fit.\n"
    )
    assert [q.speaker_entity for q in later if "travel" in q.content.text] == [None]  # her team, not Karen Wells
    assert [q.speaker_entity for q in later if "fit" in q.content.text] == ["Karen Wells"]


def test_who_speaks_for_the_person_the_relative_clause_hangs_on() -> None:
    quotes = _quotes_of(
        "The plan was backed by Chairman Ivo Marsh (R-Kess.), who said he would hold hearings in May.\n\n"
        "Many voters, who said they were tired, stayed home.\n"
    )
    assert [q.speaker_entity for q in quotes if "hearings" in q.content.text] == ["Ivo Marsh"]
    assert all(q.speaker_entity is None for q in quotes if "tired" in q.content.text)  # no person named


def test_the_one_quoted_as_saying_is_the_speaker_not_the_words() -> None:
    quotes = _quotes_of(
        "Another agency quoted the governor as saying five people had been treated for injuries.\n\n"
        "TASS cited Ivo Marsh as saying the talks would go on.\n"
    )
    assert [q.content.text for q in quotes] == [
        "five people had been treated for injuries",
        "the talks would go on",
    ]
    assert quotes[1].speaker_entity == "Ivo Marsh"


def test_a_shooting_that_claimed_a_life_said_nothing() -> None:
    quotes = _quotes_of(
        "The shooting outside a Brackwell school claimed the life of Nora Vale. The fire claimed three lives.\n\n"
        "Ivo Marsh claimed the vote was rigged.\n"
    )
    assert [q.content.text for q in quotes] == ["the vote was rigged"]


def test_claims_after_a_preposition_are_not_the_clause_subjects_words() -> None:
    quotes = _quotes_of(
        'A subpoena for the full Vale report has been issued, amid claims the current version "leaves the council '
        'in the dark".\n\nIvo Marsh ended the meeting by saying the port would reopen.\n'
    )
    assert not any(q.speaker and "subpoena" in q.speaker.text for q in quotes)  # a subpoena claims nothing
    assert [q.speaker.text for q in quotes if q.speaker and "reopen" in q.content.text] == [
        "Ivo Marsh"
    ]  # "by saying" does


def test_words_in_quotation_marks_that_name_a_thing_are_no_quote() -> None:
    quotes = _quotes_of(
        "The pro-Vale protest, billed as a harbour rally, drew people wearing “Make Kessling Great Again” hats and "
        "carrying “Thin Blue Line” flags.\n\n"
        "Ivo Marsh praised the crowd: “You are the best port in the north,” he told them.\n"
    )
    assert not any("Great Again" in q.content.text or "Blue Line" in q.content.text for q in quotes)
    assert any("best port" in q.content.text for q in quotes)


def test_a_quotation_after_two_cues_belongs_to_the_nearer_one() -> None:
    quotes = _quotes_of(
        "Host Ivo Marsh asked when he had last met the mayor, to which Mr Vale replied: “I don’t believe I have "
        "seen her since the flood.”\n"
    )
    (q,) = [q for q in quotes if "since the flood" in q.content.text]
    assert q.kind == "direct" and q.speaker is not None and q.speaker.text == "Mr Vale"


def test_a_place_named_with_the_takes_no_role_and_speaks_for_nobody() -> None:
    quotes = _quotes_of(
        "Kessling must brace itself for a missile over its territory if the regime tests a bomb in the Pacific "
        "Ocean, Kessling’s defence minister has said.\n"
    )
    (q,) = [q for q in quotes if "brace itself" in q.content.text]
    assert q.speaker is not None and "defence minister" in q.speaker.text
    assert q.speaker_entity != "Pacific Ocean"


def _speakers(text: str) -> dict[str, str | None]:
    """Each quote's first words -> the name its speaker resolves to."""
    return {" ".join(q.content.text.split()[:3]): q.speaker_entity for q in _quotes_of(text)}


def test_people_named_in_a_clause_or_as_a_modifier_of_the_speaker_are_not_the_speaker() -> None:
    said = _speakers(
        "The woman accusing council leader Pavel Strand of fraud says she will not testify until the police "
        "investigate.\n\n"
        "A lawyer who once sued Ivo Marsh over the harbour, the 40-year-old Lena Voss has said she plans to run "
        "for mayor.\n\n"
        "The Strand administration said it no longer considers the harbour plan a priority.\n"
    )
    assert said.get("she will not") is None  # the woman is not named: not Strand, and not the last one named
    assert "Pavel Strand" not in said.values() and "Ivo Marsh" not in said.values()
    assert said.get("she plans to") == "Lena Voss"  # the name the description was about
    assert said.get("it no longer") is None  # the administration, not Strand himself


def test_an_epithet_a_dateline_and_a_group_in_apposition_speak_for_the_right_one() -> None:
    said = _speakers(
        "KESSLING (Harbour Wire) — The port authority on Monday said it will close the north quay.\n\n"
        "Mayor Lena Voss is moving forward with the plan. The Kessling Republican said Tuesday she has enough "
        "votes on the council to pass it.\n\n"
        "The divers found the wreck near the breakwater at St. Brannock, officials said.\n"
    )
    assert said.get("it will close") is None  # the authority speaks, not the dateline's place
    assert said.get("she has enough") == "Lena Voss"  # (the day of saying is no part of the words)
    assert set(said.values()) <= {None, "Lena Voss"}  # "St. Brannock" is no official


def test_jobs_added_and_claims_filed_are_no_quotes() -> None:
    quotes = _quotes_of(
        "Employers in Kessling added 12,000 jobs in March, according to the harbour board's monthly report.\n\n"
        "Continuing claims for state benefits declined by 3,000 to 51,000 in the week.\n\n"
        "“We are hiring again,” the board's chair added.\n"
    )
    texts = [q.content.text for q in quotes]
    assert any("12,000 jobs" in t for t in texts)  # reported by the harbour board: one quote, its words
    assert not any(t.startswith(("12,000 jobs", "for state benefits")) for t in texts)
    assert any("hiring again" in t for t in texts)  # "added" after a quotation still speaks


def test_a_verb_after_a_quoted_phrase_frames_it_only_when_the_quotation_ends_a_clause() -> None:
    quotes = _quotes_of(
        "The panel pushed back on the agency's conclusion that it is “extremely unlikely” Harbour Fever leaked "
        "from a lab.\n\n"
        "“We will look at every theory,” Lena Voss beamed.\n"
    )
    assert not any("extremely unlikely" in q.content.text for q in quotes)
    (q,) = [q for q in quotes if "every theory" in q.content.text]
    assert q.speaker is not None and q.speaker.text == "Lena Voss"


def test_a_title_stands_for_the_one_who_acts_not_the_one_named_as_an_owner() -> None:
    said = _speakers(
        "Daniel Hart called Lena Voss’s inspectors a “wrecking crew” on Saturday, joining an outcry over the "
        "harbour audit. “So now we find out that the whole Voss crew ignored the rules,” the mayor wrote online.\n"
    )
    assert said.get("“So now we") == "Daniel Hart"


def test_columns_written_a_winner_declared_and_a_schedule_that_continues_are_no_quotes() -> None:
    quotes = _quotes_of(
        "Marsh, who wrote opinion columns for the Kessling Courier, was arrested after he entered the port office.\n\n"
        "Lena Voss said she will leave office if Ivo Marsh is formally declared the winner by the council.\n\n"
        "The station will air parts of the rally during its newscasts, which will continue normally with the "
        "evening show airing live at 6 p.m.\n\n"
        "“We are proud of it,” the station's director said. “It was a good night,” she continued.\n"
    )
    texts = [q.content.text for q in quotes]
    assert not any(t.startswith(("opinion columns", "the winner", "normally")) for t in texts)
    assert any("she will leave office" in t for t in texts)
    assert any("a good night" in t for t in texts)  # next to a quotation, "continued" still speaks


def test_a_title_before_the_next_name_is_that_names() -> None:
    art = article_from_text(
        "T\n\nThere was no evidence against Karim al-Hadi, Kessling Deputy Public Prosecutor Omar al-Rashid announced "
        "in a televised press conference Monday.\n",
        "t.txt",
    )
    ex = extract_articles([art])[0]
    roles = {m.span.text: m.role for m in ex.mentions}
    assert roles.get("Karim al-Hadi") is None  # the prosecutor is al-Rashid, named right after his title
    assert "Prosecutor" in (roles.get("Omar al-Rashid") or "")


def test_according_to_a_source_set_off_reports_the_words_before_it() -> None:
    quotes = _quotes_of(
        "A harbour gang paid port guards to look away, according to a confidential police report, people familiar "
        "with the report said. According to police, the guards were paid twice a month.\n"
    )
    by_speaker = {q.speaker.text: q.content.text for q in quotes if q.speaker}
    assert by_speaker["a confidential police report"].startswith("A harbour gang paid")
    assert by_speaker["police"] == "the guards were paid twice a month"


def test_a_quotation_credited_after_a_dash_is_that_persons() -> None:
    said = _speakers(
        "Voices from the harbour\n\n"
        "“Maybe we can build a wall around the harbour.” \u2015\u00a0Steve Quinlan.\n"
        "“I just hope that this vote gives us the anger to go out and vote.” \u2014 Martha Aguilar\u00a0\n"
    )
    assert said.get("“Maybe we can") == "Steve Quinlan"
    assert said.get("“I just hope") == "Martha Aguilar"


def test_a_party_epithet_stands_for_the_first_person_of_the_sentence_before() -> None:
    said = _speakers(
        "Senator Lena Voss is moving forward on the harbour rules. The Ohio Republican said Tuesday she has "
        "enough votes.\n\n"
        "Daniel Hart met Lena Voss on Monday. The quay was closed for the visit, and nobody asked about it. The "
        "New York businessman said the talks went well.\n"
    )
    assert said.get("she has enough") == "Lena Voss"  # (the day of saying is no part of the words)
    assert said.get("the talks went") is None  # the sentence before names nobody: left unnamed, not a guess


def test_names_around_a_speaker_phrase_that_are_and_are_not_the_speaker() -> None:
    said = _speakers(
        "Lena Voss said the harbour would reopen. The quay was closed for a week. An irritated Voss then said, "
        "“If you have a problem with the harbour, take it up with the council.”\n\n"
        "Mayor Daniel Hart's difficult week got worse on Monday, when the mayor accused the port board of "
        "wasting money.\n\n"
        "A report released by harbour inspector Omar al-Rashid said the quay was unsafe.\n\n"
        "Senator Mary Walsh came to the defense of the quay workers on Tuesday. “They are being sent home. It is "
        "not right,” the Ohio Republican wrote online.\n"
    )
    assert said.get("“If you have") == "Lena Voss"  # "then" qualifies no one: Voss is the speaker
    assert said.get("the port board") == "Daniel Hart"  # an owner who leads the sentence is whom it is about
    assert said.get("the quay was") == "Omar al-Rashid"  # the author of a report released by him
    assert said.get("“They are being") == "Mary Walsh"  # a quotation between is no sentence between


def test_he_and_she_go_to_someone_of_that_gender_when_the_article_tells_it() -> None:
    said = _speakers(
        "Mayor Lena Voss threw her support behind the harbour plan on Monday. She spoke at the quay.\n\n"
        "Port director Daniel Hart said his board welcomed the support. “We can start in May,” he said.\n\n"
        "“The council will vote next week,” she said.\n\n"
        "Anna Brecht, a deputy director, joined them. She said her inspectors were ready.\n\n"
        "“It is the best plan we have had in years,” he said.\n"
    )
    assert said.get("“We can start") == "Daniel Hart"
    assert said.get("“The council will") == "Lena Voss"  # not Hart, whom the article calls "he"
    assert said.get("her inspectors were") == "Anna Brecht"
    assert said.get("“It is the") == "Daniel Hart"  # not Brecht, quoted last: "She said her inspectors"


def test_a_pronoun_after_a_sentence_opening_with_a_name_is_that_person() -> None:
    said = _speakers(
        "Daniel Hart said the quay was unsafe. “We were lucky,” he said.\n\n"
        "Former Mayor Omar Rashid weighed in as well, telling the Kessling Post on Monday, “The quay was fine "
        "when I left,” he said.\n\n"
        "After Lena Voss accused him of neglect, he said, “The books are open.”\n"
    )
    assert said.get("“We were lucky,”") == "Daniel Hart"
    assert said.get("“The quay was") == "Omar Rashid"  # the sentence's own subject, not Hart quoted last
    assert said.get("“The books are") != "Lena Voss"  # "After Lena Voss accused him": not the one who speaks


def test_he_or_she_after_narration_is_the_subject_of_the_sentence_before_not_the_last_name() -> None:
    said = _speakers(
        "Governor Ada Lindqvist criticised the port authority on Tuesday. "
        "“It has failed us again,” she said.\n\n"
        "Oskar Brandt, who has campaigned for Mayor Piet Hallen since he left the council in March, "
        "called the governor's remarks unfair on Wednesday.\n\n"
        "“She knows nothing about the harbour,” he said.\n\n"
        "On the Morning Call radio show, Hallen thanked Brandt for his loyalty.\n\n"
        "“Oskar has been with us from the start,” he said.\n"
    )
    assert said.get("“It has failed") == "Ada Lindqvist"
    assert said.get("“She knows nothing") == "Oskar Brandt"  # not Hallen, named last in a clause of the subject
    assert said.get("“Oskar has been") == "Piet Hallen"  # after an opening phrase; not Brandt, named last


def test_a_campaigns_aide_and_the_vice_president_are_who_they_are() -> None:
    said = _speakers(
        "Lind campaign chairman Piet Hallen said the emails were stolen.\n\n"
        "One Lind campaign source said the count was close.\n\n"
        "Vice President Ada Brekke spoke in Dornholm on Monday. President Omar Rashid sent a letter.\n\n"
        "The port is so badly run, the vice president said, that the town must act.\n"
    )
    assert said.get("the emails were") == "Piet Hallen"  # not Lind, whose campaign he chairs
    assert said.get("the count was") is None  # a source of Lind's campaign is not Lind
    assert said.get("The port is") == "Ada Brekke"  # the vice president, not President Rashid named nearer


def test_a_nominee_by_party_and_rank_is_the_one_the_article_gives_that_role() -> None:
    said = _speakers(
        "Republican presidential nominee Ada Brekke spoke in Dornholm on Monday.\n\n"
        "Democratic vice presidential nominee Omar Rashid toured the harbour on Tuesday.\n\n"
        "The Republican nominee vowed to harshly punish “those who leak port contracts.”\n\n"
        "The Democratic presidential nominee says the ferry fares must fall.\n"
    )
    assert said.get("to harshly punish") == "Ada Brekke"  # not the Democrat named nearer
    # not the vice presidential nominee, nor the Republican one: the article gives no one that role
    assert said.get("the ferry fares") is None


def test_a_title_with_a_place_is_the_person_the_sentence_before_is_about() -> None:
    said = _speakers(
        "One month after meeting Omar Rashid, Pell Oduya still believes the harbour plan is wrong. "
        "“I stand by everything I said,” the Ohio senator told reporters on Thursday.\n\n"
        "Ada Brekke spoke later. The top harbour official said the plan would go ahead.\n"
    )
    assert said.get("“I stand by") == "Pell Oduya"  # the subject after the opening phrase, not Rashid named in it
    assert said.get("the plan would") is None  # no place or party: someone new, not the person named before
    said = _speakers(
        "Ada Brekke says too much is made of the mayor's letters. The Republican vice presidential nominee was "
        "speaking on Friday in Dornholm, hours after Omar Rashid sent three letters. The Ohio governor said the "
        "press is to blame for the fuss.\n"
    )
    # the description before stands for the one who opened the sentence before it, not Rashid named on the way
    assert said.get("the press is") == "Ada Brekke"


def test_he_after_a_new_subject_is_that_subject_not_the_last_speaker() -> None:
    said = _speakers(
        "Jonas Veldt, a councillor who backs Lind, said it would help both of them.\n\n"
        "“It is not do or die,” he said outside the building.\n\n"
        "On the eve of the meeting, Lind eased his tone. Asked on Radio Kessling who leads the party, he said Rashid. "
        "“I would say Omar for the time being,” he said.\n"
    )
    assert said.get("“It is not") == "Jonas Veldt"
    assert said.get("“I would say") == "Lind"  # the subject since Veldt's quote, not Veldt


def test_a_caucus_or_a_foundation_is_a_body_whatever_the_tagger_says() -> None:
    from storyline.extract.entities import _body_name

    # PolNeAR: the tagger's PERSON "American Women Caucus" became the "she" of a quote by the caucus's president
    for name in ("Velmont Women Caucus", "Hallen Family Foundation", "Dornholm Reagan Coalition", "Kessling Network"):
        assert _body_name(name), name
    assert not _body_name("Lena Wims") and not _body_name("Police Chief Dan Smith")


def test_a_pronoun_that_carries_on_a_subject_skips_the_people_it_acts_on() -> None:
    said = _speakers(
        "Marta Kessel appeared to have the most to gain at the harbour debate in Dornholm.\n\n"
        "Piet Hallen said his port would close “for good” if the vote failed. He spoke at the quay.\n\n"
        "Harbour pilots want the council to act before winter.\n\n"
        "She skirted a question from moderator Jonas Veldt about the dredging costs. "
        "She referred to the budget instead.\n\n"
        "“We will not close the port,” she said.\n"
    )
    # Hallen, quoted last, is a man, and Veldt is only the one she skirted
    assert said.get("“We will not") == "Marta Kessel"


def _names(text: str) -> list[tuple[str, str | None]]:
    """Each person mention's words in the text and the full name it resolves to."""
    (ex,) = extract_articles([article_from_text(text, "t.txt")])
    return [(m.span.text, m.name) for m in ex.mentions if m.label == "PERSON"]


def test_a_name_in_a_quoted_headline_is_not_the_persons_full_name() -> None:
    names = dict(
        _names(
            "Speaker Paul Rashid said he was not ready to back the harbour plan.\n\nThe mayor's office sent an "
            "email to supporters stating, “Speaker Paul Rashid Joins Growing List of Conservatives Rebuking Trump as "
            "He Captures GOP Nomination.”\n\nRashid said he would meet the mayor."
        )
    )
    assert names["Paul Rashid"] == "Paul Rashid"  # not "Paul Rashid Joins Growing List"


def test_a_surname_two_relatives_share_goes_to_the_one_the_title_or_the_story_means() -> None:
    couple = _names(
        "Harbour plan splits a household\n\n"
        "Mayor Lena Voss and her husband, Peter Voss, disagree on the harbour plan.\n\n"
        "Mrs. Voss told the council on Monday that she backs the plan. Mr. Voss said he does not.\n\n"
        "Asked about it again, Mrs. Voss said the vote would go ahead.\n"
    )
    said = [name for words, name in couple if words == "Voss"]
    assert said == ["Lena Voss", "Peter Voss", "Lena Voss"]
    family = _names(
        "KESSLING - Daniel Hart opened the new quay on Monday.\n\n"
        "Hart thanked the workers. Hart's eldest daughter, Mila Hart, cut the ribbon and said she was proud.\n\n"
        "Hart said the quay would open to ferries in May.\n"
    )
    assert {name for words, name in family if words.startswith("Hart")} == {"Daniel Hart"}
    relative_first = _names(
        "Hart's eldest daughter, Mila Hart, cut the ribbon on Monday. Mayor Daniel Hart watched from the quay.\n\n"
        "Hart said the quay would open to ferries in May.\n"
    )
    assert [name for words, name in relative_first if words.startswith("Hart")] == ["Daniel Hart", "Daniel Hart"]


def test_a_title_without_a_full_stop_is_not_part_of_the_name() -> None:
    names = _names("Daniel Hart warned Mr Rashid on Monday. Omar Rashid said nothing. Mr Hart left early.\n")
    assert ("Rashid", "Omar Rashid") in names and ("Hart", "Daniel Hart") in names


def test_what_was_not_said_is_no_quote() -> None:
    texts = [
        q.content.text
        for q in _quotes_of(
            "Harbour vote\n\n"
            "The Kessling council has five delegates, two of whom have already pledged their support to Ada Lind. "
            "Two others have not said who they would vote for. Mayor Ivo Marsh did not say whether he will run. "
            "Ivo Marsh pledged that the harbour would reopen. Ada Lind did not say that the plan had failed."
        )
    ]
    assert not any("vote for" in t or "will run" in t for t in texts)
    assert any("harbour would reopen" in t for t in texts)  # a pledge of words is a report
    # what someone did not say is not their words: a ledger row "Ada Lind: that the plan had failed" would state
    # the opposite of the report
    assert not any("plan had failed" in t for t in texts)
    texts = [
        q.content.text
        for q in _quotes_of(
            "Harbour vote\n\nMayor Ivo Marsh does not believe it is possible the harbour will reopen. The ministry "
            "could not confirm that the ferry had sunk. Ada Lind did not respond to requests for comment. Ivo Marsh "
            "said he does not believe the vote was fair."
        )
    ]
    assert texts == ["he does not believe the vote was fair"]  # a denial inside what was said is said
    texts = [
        q.content.text
        for q in _quotes_of(
            "Harbour vote\n\nIvo Marsh told the council on Tuesday that the ferry would run again, saying, "
            '"we are going to run more crossings, not fewer," in reply to the mayor.'
        )
    ]
    assert any("more crossings, not fewer" in t for t in texts)
    # a "not" the parser hangs on the cue from inside the quotation after it ('saying, "more, not less,"') negates
    # nothing; one before the cue does ("did not say")
    from types import SimpleNamespace

    from storyline.extract.cues import _negated

    def tok(i: int, *kids: tuple[str, int]) -> SimpleNamespace:
        return SimpleNamespace(i=i, children=[SimpleNamespace(dep_=d, i=k) for d, k in kids])

    assert _negated(tok(5, ("aux", 3), ("neg", 4))) and not _negated(tok(5, ("neg", 12), ("ccomp", 9)))


def test_jobs_added_and_sources_cited_are_no_quotes() -> None:
    quotes = _quotes_of(
        "Jobs report\n\nThe Harbour Board revised up its August estimate to 93,000 positions added, showing the "
        "strong pace of the summer. The Kessling Echo, citing three people familiar with the talks, reported the deal. "
        '"We are done," added Ada Lind.'
    )
    said = [(q.cue.text if q.cue else None, q.content.text) for q in quotes]
    assert not any("strong pace" in t or "three people" in t for _, t in said), said
    assert ("reported", "the deal") in said and any(cue == "added" for cue, _ in said)


def test_one_member_of_a_party_is_not_the_party() -> None:
    text = (
        "Harbour primary\n\n"
        "The Harbour Party said the count was fair. "
        "“Lind will not collapse in a week,” said a Vermont Republican, who spoke anonymously. "
        "“The race is for second,” added another Vermont Republican. "
        "Republicans said the rules were clear. "
        "More than 6 in 10 Republicans said they were angry."
    )
    ex = extract_articles([article_from_text(text, "t.txt")])[0]
    speakers = {q.content.text: q.speaker_entity for q in ex.quotes}
    unnamed = [t for t in speakers if "collapse" in t or "for second" in t]
    assert unnamed and all(speakers[t] is None for t in unnamed)
    # some members of it speak as the group ("More than 6 in 10 Republicans")
    assert [s for t, s in speakers.items() if "angry" in t] not in ([], [None])
    assert [s for t, s in speakers.items() if "rules were clear" in t] not in ([], [None])  # the party itself


def test_added_jobs_and_a_writers_participle_say_nothing() -> None:
    from storyline.extract.cues import find_cues
    from storyline.nlp import load_spacy

    nlp = load_spacy()

    def cues(text: str) -> list[str]:
        return [text[c.start : c.end] for c in find_cues(nlp(text), 0, text) if c.content]

    assert (
        cues("The economy added 245,000 jobs in May \u2014 barely half what economists expected \u2014 as cases rose.")
        == []
    )
    assert cues("The vote was entirely partisan, underscoring the gap between the two parties.") == []
    assert cues("Lind added that the pier would close.") == ["added"]
    assert cues("The report was released Monday, saying the pier would close.") == ["saying"]


def test_an_exchange_of_quotations_gives_each_its_own_speaker() -> None:
    # "A," said X. "B," said Y.: B is Y's, not the rest of X's quotation; manner verbs report speech too
    text = (
        'Two candidates met in Orrin on Friday. "We will win the valley," exclaimed Dora Quell. '
        '"Never again will you win it," shouted Amos Venn. "Yes, we can," retorted Quell. '
        '"What a wonderful country we have!" interjected Venn.'
    )
    got = {q.content.text.strip('"!,'): q.speaker_entity for q in _quotes_of(text)}
    assert got == {
        "We will win the valley": "Dora Quell",
        "Never again will you win it": "Amos Venn",
        "Yes, we can": "Dora Quell",
        "What a wonderful country we have": "Amos Venn",
    }
    # the same speaker going on after the attribution keeps the words: "A," said X. "B."
    quotes = _quotes_of(
        '"The ship is safe," said harbour master Ilse Varga. "We checked it twice." Varga believes the hull held.'
    )
    first = quotes[0]
    assert first.speaker_entity == "Ilse Varga" and len(first.parts) == 2 and first.content.text.endswith('twice."')
    assert not [q for q in _quotes_of("Protesters shouted at police near the pier on Tuesday night.") if q.kind]


def test_a_surname_the_tagger_missed_is_still_the_person_for_a_pronoun() -> None:
    text = (
        "Mayor Tomas Brekke clashed with Sen. Halvard Ostrin over the harbour levy on Tuesday. "
        'Ostrin criticized the port board and the shipping firms over what he called "a tax on the poor." '
        '"The levy stays," Brekke said.'
    )
    quotes = _quotes_of(text)
    called = next(q for q in quotes if "tax on the poor" in q.content.text)
    assert called.speaker_entity == "Halvard Ostrin"


def test_what_someone_is_saying_judged_by_another_is_not_their_words() -> None:
    text = (
        "Five former port wardens say what he's saying is a bunch of garbage. "
        "What Lind accused him of was theft, the court found. "
        "Ostrin said the levy was fair."
    )
    got = {q.content.text: q.speaker.text if q.speaker else None for q in _quotes_of(text)}
    assert got == {"what he's saying is a bunch of garbage": "Five former port wardens", "the levy was fair": "Ostrin"}


def test_one_blamed_for_saying_is_the_one_who_said_it() -> None:
    text = (
        "Mayor Tomas Brekke attacked Sen. Halvard Ostrin for saying the levy was unfair. "
        "Brekke thanked the wardens for saying they would stay. "
        "Brekke apologized for saying the port was broke."
    )
    got = {q.content.text: q.speaker.text if q.speaker else None for q in _quotes_of(text)}
    assert got == {
        "the levy was unfair": "Sen. Halvard Ostrin",
        "they would stay": "the wardens",
        "the port was broke": "Brekke",
    }


def test_a_correction_note_quotes_no_one() -> None:
    text = (
        "Chlorine gas escaped from a tank in Osterby on Monday.\n\n"
        "Correction: an earlier version of this article said 23 people needed hospital treatment.\n"
    )
    ex = extract_articles([article_from_text(text, "t.txt")])[0]
    assert ex.quotes == [] and all(m.name != "Correction" for m in ex.mentions)


def test_whom_a_spokesman_or_lawyers_speak_for_is_not_the_speaker() -> None:
    text = (
        "Ghislaine Varn was arrested in July. Attorneys for Varn said she would plead not guilty. "
        "A spokesman for Mayor Tomas Brekke said the port would close. The president, Joe Biden, said the plan would work. "
        "According to a summary of his findings released Sunday by Attorney General Hana Stroud, the port was safe. "
        "A longtime adviser to Brekke said the mayor would not resign."
    )
    got = {q.content.text: q.speaker_entity for q in _quotes_of(text)}
    assert got == {
        "she would plead not guilty": None,
        "the port would close": None,
        "the plan would work": "Joe Biden",
        "the port was safe": "Hana Stroud",  # the summary's author
        "the mayor would not resign": None,  # Brekke's adviser, not Brekke
    }


def test_declaring_war_or_an_emergency_reports_no_words() -> None:
    text = (
        "The foreign minister accused Mayor Tomas Brekke of declaring war on the port. "
        "The governor declared a state of emergency on Friday. Governor Ana Lind declared that the port was safe."
    )
    got = [q.content.text for q in _quotes_of(text) if q.cue and q.cue.text.startswith("declar")]
    assert got == ["that the port was safe"] or got == ["the port was safe"]
    quoted = _quotes_of('Mayor Tomas Brekke took to the radio, declaring "the harbour levy is dead!"')
    assert [q.speaker_entity for q in quoted] == ["Tomas Brekke"]
    text = (
        "Mayor Tomas Brekke took to the radio Tuesday to express his anger over the board’s raid of the office of"
        " his lawyer Ana Lind, slamming the move as proof of a “witch-hunt” and declaring"
        " “attorney-client privilege is dead!”"
    )
    assert any("privilege is dead" in q.content.text for q in _quotes_of(text))


def test_narration_between_two_quotations_is_not_quoted() -> None:
    text = (
        "Mayor Tomas Brekke is teasing a levy cut, something that he says \u201chas never been done before.\u201d "
        "It has been done before. Traders have had a rebate since 2019 under the port board\u2019s plan, "
        "\u201cFair Quay,\u201d which Brekke opposes."
    )
    [quote] = [q for q in _quotes_of(text) if "never been done" in q.content.text]
    assert quote.content.text == "\u201chas never been done before.\u201d" and quote.speaker_entity == "Tomas Brekke"


def test_a_group_or_a_new_voice_is_not_the_person_named_with_that_role() -> None:
    """ "Port officials said" is a group and "a harbour official said" a new voice: neither is Ada Brandt, whom the
    article names as a port official; "the port official said" is her."""
    text = (
        "Harbour strike\n\n"
        "Ada Brandt, a senior port official, said the cranes would stop on Monday.\n\n"
        "Port officials said the strike could last a week.\n\n"
        "A harbour official said the talks had failed.\n\n"
        "The port official said she hoped for a deal."
    )
    who = {q.content.text.split()[1]: q.speaker_entity for q in _quotes_of(text)}
    assert who == {"cranes": "Ada Brandt", "strike": None, "talks": None, "hoped": "Ada Brandt"}


def test_a_name_before_a_spokesman_or_an_adviser_is_whom_they_speak_for() -> None:
    """ "Vale spokesman Ivo Marsh said" is Marsh; "former Lind adviser Ada Holm said" is Holm."""
    text = (
        "Harbour vote\n\n"
        "Mayor Ines Vale lost the harbour vote on Monday.\n\n"
        "Vale spokesman Ivo Marsh said the mayor would appeal.\n\n"
        "Former Lind adviser Ada Holm said the result was fair."
    )
    who = {q.content.text.split()[1]: q.speaker_entity for q in _quotes_of(text)}
    assert who == {"mayor": "Ivo Marsh", "result": "Ada Holm"}


def test_a_particle_surname_capitalised_is_the_person_named_in_full() -> None:
    """ "the cleric Yusuf al-Marwani" and later "Footage of Al-Marwani appears. “...,” he says": al-Marwani, not
    the candidate named before."""
    text = (
        "Campaign video\n\n"
        "The video opens with the cleric Yusuf al-Marwani, who was killed in 2011.\n\n"
        "Candidate Piet Holloway then appears in a clip from a rally, to cheers.\n\n"
        "Footage of Al-Marwani again appears. \u201cThe river will turn against you,\u201d he says."
    )
    assert _quote_with(text, "river").speaker_entity == "Yusuf al-Marwani"


def test_a_wire_dateline_is_not_part_of_the_speaker() -> None:
    """ "LORVIK, Kes. (HWS) — Harbour candidate Laura Mitchell says": the speaker is the candidate, and the dateline
    names a place and an agency, no person. "Paris (AFP) – Democrat Helen Carver has ..., saying": the subject is
    Carver, not the place."""
    for lead in ("LORVIK, Kes. (HWS) \u2014 ", "Dec 29 (Harbour Wire) - ", "LORVIK (HWS) - "):
        text = (
            "Mitchell tells 3,000 in Lorvik the port has gone soft.\n\n"
            f"{lead}Harbour candidate Laura Mitchell says she does not visit the docks much anymore because the"
            " port has gone soft.\n\nThe board did not reply."
        )
        ex = extract_articles([article_from_text(text, "t.txt")])[0]
        [quote] = [q for q in ex.quotes if "visit" in q.content.text]
        assert quote.speaker is not None and quote.speaker.text == "Harbour candidate Laura Mitchell", lead
        assert quote.speaker_entity == "Laura Mitchell", lead
        assert {m.span.text for m in ex.mentions if m.label == "PERSON"} <= {"Laura Mitchell", "Mitchell"}, lead
    text = (
        "Carver swipes at Dale over Brexit.\n\nParis (AFP) \u2013 Democrat Helen Carver has taken a swipe at"
        " Republican rival Mark Dale\u2019s stance on Brexit, saying that \u201cbombastic comments\u201d do more harm"
        " than good during such times.\n\nDale has hailed the vote."
    )
    quote = _quote_with(text, "bombastic")
    assert quote.speaker is not None and quote.speaker.text == "Democrat Helen Carver"
    assert quote.speaker_entity == "Helen Carver"
    text = (
        'Rally\n\n(CNN) - President Daniel Roth on Sunday told Lorvik who he believes are "great people." They cheer.'
    )
    assert {q.speaker_entity for q in _quotes_of(text) if "great" in q.content.text} == {"Daniel Roth"}


def test_the_subject_after_an_opening_clause_that_names_no_one_is_he() -> None:
    """ "As speakers all week have done, Roth sought ... attacks on Mitchell. “...,” he said": Roth, the subject, not
    Mitchell, the one named last."""
    text = (
        "Convention\n\n"
        "Daniel Roth accepted the nomination on Thursday. Governor Carl Mitchell did not attend.\n\n"
        "As speakers all week have done, Roth sought to rally the party with attacks on Mitchell.\n\n"
        "\u201cWe cannot afford four more years of this,\u201d he said."
    )
    assert _quote_with(text, "afford").speaker_entity == "Daniel Roth"


def test_to_maintain_a_lead_or_advise_a_client_is_no_speech() -> None:
    """ "Mitchell maintains a commanding lead" and "Roth will continue to advise Mitchell on strategy" report nothing
    said; "Mitchell maintained that the vote was fair" does, and so does advising someone to do something."""
    text = (
        "Harbour poll\n\n"
        "Mayor Laura Mitchell maintains a commanding lead over Daniel Roth among dock workers.\n\n"
        "Carl Weber will continue to advise Mitchell on strategy and other matters.\n\n"
        "Mitchell maintained that the vote was fair.\n\n"
        "Roth caused a stir on Wednesday by advising his supporters in Lorvik to attempt to vote twice."
    )
    said = [q.content.text for q in _quotes_of(text)]
    assert said == ["that the vote was fair", "his supporters in Lorvik to attempt to vote twice"]


def test_an_unnamed_adviser_to_someone_is_neither_them_nor_their_named_aide() -> None:
    """ "a longtime adviser to Roth, who declined to be identified and is not in the Kell camp" is nobody named: not
    Roth, whom the adviser serves, not Kell, named in the relative clause, and not the aide the article names."""
    text = (
        "Campaign shake-up\n\n"
        "Daniel Roth hired Laura Mitchell as his senior adviser on Monday, replacing Carl Kell.\n\n"
        "\u201cHis knowledge is twenty years old,\u201d said a longtime adviser to Roth, who declined to be identified"
        " and is not in the Kell camp.\n\n"
        "\u201cWe are united,\u201d said one Roth adviser."
    )
    who = {q.content.text.split()[0]: q.speaker_entity for q in _quotes_of(text)}
    assert who == {"\u201cHis": None, "\u201cWe": None}


def test_the_one_named_after_said_speaks_not_the_clause_before_it() -> None:
    """ "The promise ... appeals to older dock workers ..., said Carl Weber, a historian": Weber says the promise
    appeals; "“He is trying ...,” he said" after it is Weber too. A headline's "Weber Says Mitchell ..." is Weber's."""
    text = (
        "Harbour vote\n\nLaura Mitchell spoke in Lorvik on Monday.\n"
        "The promise to \u201ctake our port back\u201d and \u201cmake Lorvik great again\u201d appeals to older dock"
        " workers who wish for a return to an era when the harbour was busy, said Carl Weber, a historian at Lorvik"
        " University. \u201cHe is trying to appeal to a sense of loss,\u201d he said."
    )
    quotes = _quotes_of(text)
    [promise] = [q for q in quotes if q.content.text.startswith("The promise")]
    assert promise.speaker is not None and promise.speaker.text.startswith("Carl Weber")
    assert promise.speaker_entity == "Carl Weber"
    assert [q.speaker_entity for q in quotes if "sense of loss" in q.content.text] == ["Carl Weber"]
    text = (
        'Vaccine\n\nThe firm announced Monday that its vaccine works. "Hopefully now we can move on and stop\u201d'
        " the virus, said Laura Mitchell, the firm\u2019s head of vaccine research, reports The Lorvik Journal."
    )
    who = [q.speaker_entity for q in _quotes_of(text)]
    assert "Laura Mitchell" in who and not any("Journal" in (w or "") for w in who), who


def test_which_of_two_subjects_speaks_on_a_given_parse() -> None:
    """On a parse with two subjects: the one right after "..., said" speaks, not one further on ("..., said Laura
    Mitchell, reports The Journal"); a credit in brackets opening the sentence ("(HWS) - Roth told ...") does not."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from storyline.extract.cues import _subject

    words = ["The", "promise", "holds", ",", "said", "Laura", "Mitchell", ",", "reports", "The", "Journal", "."]
    heads = [1, 4, 1, 4, 4, 6, 4, 4, 4, 10, 4, 4]
    deps = ["det", "nsubj", "acl", "punct", "ROOT", "compound", "nsubj", "punct", "dep", "det", "nsubj", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert _subject(doc[4]).text == "Mitchell"
    # "“...,” said Laura Mitchell, the firm's head, reports The Journal": parsed as Mitchell reports, the Journal after
    words = ["stop", "\u201d", ",", "said", "Mitchell", ",", "head", ",", "reports", "The", "Journal", "."]
    heads = [3, 0, 3, 8, 8, 4, 4, 8, 8, 10, 8, 8]
    deps = ["ccomp", "punct", "punct", "parataxis", "nsubj", "punct", "appos", "punct", "ROOT", "det", "nsubj", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert _subject(doc[8]).text == "Mitchell"
    words = ["(", "HWS", ")", "-", "Roth", "told", "voters", "."]
    heads = [1, 5, 1, 5, 5, 5, 5, 5]
    deps = ["punct", "nsubj", "punct", "punct", "nsubj", "ROOT", "dobj", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert _subject(doc[5]).text == "Roth"


def test_someone_close_to_a_person_is_not_that_person() -> None:
    """ "a person close to the Mitchells" and "people close to Mitchell" are nobody named."""
    text = (
        "Harbour vote\n\nLaura Mitchell lost the harbour vote on Monday.\n\n"
        "\u201cShe is very worked up about it,\u201d said a person close to the Mitchells.\n\n"
        "People close to Mitchell said she would not appeal."
    )
    assert [q.speaker_entity for q in _quotes_of(text)] == [None, None]


def test_a_given_name_tells_whom_she_or_he_can_be() -> None:
    """ "Donald" is a man's name: "she said" after "Vane cut the ribbon" is the councillor named before him, though
    the article never says "Mr. Vane" or "he"."""
    from storyline.extract.lexicon import given_name_gender

    assert [given_name_gender(w) for w in ("Donald", "Hillary", "Lindsey", "Kim", "Moon")] == [
        "m",
        "f",
        None,
        None,
        None,
    ]
    text = (
        "New hall\n\nMaria Lund and Mayor Donald Vane opened the harbour hall on Monday. Vane cut the"
        " ribbon.\n\n\u201cWe waited ten years for this,\u201d she said."
    )
    assert _quote_with(text, "ten years").speaker_entity == "Maria Lund"


def test_a_namesake_tagged_as_a_brand_is_a_person() -> None:
    """ "Ivanka Trump" beside "Donald Trump" is a person even where the tagger read her brand: the surname alone
    after her full name ("Trump said") is hers."""
    import re

    from storyline.extract.entities import NameMention, _namesake_of, _Toks

    text = "Maria Lund runs the Ada Lund brand. Ada Lund, who is 30, and her father Carl Lund met at Lund Tower."
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    tk = _Toks(text, tokens)
    persons = [NameMention(text.index("Carl Lund"), text.index("Carl Lund") + 9, "PERSON", "Carl Lund")]
    assert _namesake_of("Ada Lund", persons, tk)
    assert not _namesake_of("Lund Tower", persons, tk) and not _namesake_of("Carl Lund", persons, tk)
    assert not _namesake_of("Ada Brandt", persons, tk)
    text = text.replace(", who is 30,", "")
    tk = _Toks(text, [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)])
    assert not _namesake_of("Ada Lund", persons, tk)  # never written as a person's name


def test_a_named_body_whose_name_ends_in_a_role_word_speaks_for_itself() -> None:
    """ "according to Lorvik Pollster" is the body, not the pollster the article names; "the Lorvik Sun-Times" is the
    paper (its head word "Times" is part of a hyphenated name)."""
    from storyline.extract.speakers import _given_name

    assert _given_name("Marine John Tiegen") is None and _given_name("Donald J. Trump") == "Donald"
    text = (
        "Poll\n\nCarl Weber, a pollster at Vell University, spoke on Monday. An average of 81 percent approve of"
        " the council, according to Lorvik Pollster.\n\n"
        "In Lorvik, organizers added security along the route, the Lorvik Sun-Times reported."
    )
    who = {q.content.text.split()[0]: q.speaker_entity for q in _quotes_of(text)}
    assert who.get("An") == "Lorvik Pollster", who
    assert who.get("In") == "Lorvik Sun-Times", who
    text = "Port\n\nThe pope has no plans to meet the mayor, the Vatican said on Friday."
    assert _quote_with(text, "no plans").speaker_entity == "Vatican"  # a building's name for an institution


def test_a_name_and_a_colon_before_a_quotation_is_its_speaker_a_label_is_not() -> None:
    """ "Lund: “Our goal ...” Roth: “The mission ...”" gives each quotation to the name before its colon; "Update:"
    and "Photo:" are labels, no speakers."""
    text = (
        "Harbour plan\n\nMaria Lund and Daniel Roth both reject the old plan.\n\n"
        "Lund: \u201cOur goal is not to delay the harbour plan, but to rewrite it.\u201d Roth: \u201cThe mission is"
        " to rewrite the plan, not to delay it.\u201d\n\n"
        "Update: \u201cThe council will vote on the plan in March,\u201d a clerk wrote."
    )
    who = {q.content.text[:8]: (q.speaker.text if q.speaker else None, q.speaker_entity) for q in _quotes_of(text)}
    assert who["\u201cOur goa"] == ("Lund", "Maria Lund") and who["\u201cThe mis"] == ("Roth", "Daniel Roth"), who
    assert who["\u201cThe cou"][0] != "Update", who


WHO_HE_OR_SHE_IS = {
    "the_subject_of_what_unnamed_aides_say_is_the_next_she": (
        "New hall\n\nAda Brandt opened the harbour hall on Monday.\n\n"
        "In addition to the hall, aides say Maria Lund also advises Ada Brandt on the budget.\n\n"
        "\u201cEvery family should have a place to meet,\u201d she said at the opening.",
        "place to meet",
        "Maria Lund",
    ),
    "a_person_opening_a_sentence_after_a_role_is_its_subject": (
        "Harbour vote\n\nDaniel Roth spoke in Lorvik on Monday.\n\n"
        "Republican pollster Carl Weber is skeptical Roth can win the harbour vote. But the candidate could try to"
        " change the subject.\n\n"
        "\u201cHis better bet is to talk about jobs,\u201d he said.",
        "better bet",
        "Carl Weber",
    ),
    "a_chain_of_sentences_about_she_reaches_back_past_a_man_named_on_the_way": (
        "Debate\n\nMaria Lund and Kim Vell spoke first.\n\n"
        "Lund appeared to have the most to gain as the Vell administration's record comes under fire.\n\n"
        "She skirted the opening question from moderator Donald Berg, who asked whether the Vell administration"
        " bears blame.\n\n"
        "She also avoided the charged term. She referred to waste but was careful.\n\n"
        "\u201cWe are not at war with the port,\u201d she said.",
        "not at war",
        "Maria Lund",
    ),
    "the_last_speaker_named_only_as_an_object_does_not_keep_the_next_he": (
        "Rally\n\nDaniel Roth and Carl Kell spoke at the rally.\n\n"
        "Kell never named Roth. Instead, he suggested that no one had fought harder for the port.\n\n"
        "Roth, who spoke for an hour, did not mention Kell until a reference to a loan. "
        "\u201cHe did not report the loans,\u201d he said.",
        "report the loans",
        "Daniel Roth",
    ),
    "a_question_put_by_no_one_does_not_hide_the_man_named_before_it": (
        "Port\n\nCarl Weber runs the dock union. \u201cWe will win the vote,\u201d he said.\n\n"
        "Former Mayor Daniel Roth agreed with the union. In an interview that year, he was asked what happened to the"
        " port. \u201cThe port happened. The minute the vote was called, we knew,\u201d he said.",
        "minute the vote",
        "Daniel Roth",
    ),
    "a_surname_that_is_a_title_tells_no_gender": (
        "Tennis\n\nCarl Vell spoke first. \u201cI am ready,\u201d he said.\n\n"
        "Tennis great Tove King remembered the champion. King watched his first final in 1971. King saw him again in"
        " 1999.\n\n\u201cHe always whispered to me before a match,\u201d she said.",
        "whispered",
        "Tove King",
    ),
}
"""Designed cases of who "he" or "she" is: the text, a word of the quotation, the speaker."""


@pytest.mark.parametrize("case", sorted(WHO_HE_OR_SHE_IS))
def test_who_he_or_she_is(case: str) -> None:
    """The subject of what unnamed aides say ("aides say Maria Lund also advises ..."); a person opening a sentence
    after a role ("Republican pollster Carl Weber"); a chain of "She ..." sentences reaching back past a man and a
    qualifier ("the Vell administration"); the last speaker named again only as an object ("did not mention Kell"); a
    question put by no one named ("he was asked what happened") does not hide the man named before it; the surname
    "King" alone is no title telling a man."""
    text, needle, who = WHO_HE_OR_SHE_IS[case]
    assert _quote_with(text, needle).speaker_entity == who


def test_arguing_with_someone_says_nothing_and_the_said_after_it_speaks() -> None:
    """ "Carl Weber, a former port governor who argued with Ms. Lund at the conference, said ... that ...": the
    relative clause reports a quarrel, not words; the quote is what Weber said."""
    text = (
        "Port\n\nThis view has drawn criticism.\n\n"
        "Carl Weber, a former port governor who argued with Ms. Lund at the February conference, said in a recent"
        " interview that the council had told the port to focus on Lorvik."
    )
    quotes = _quotes_of(text)
    assert not any(q.content.text.startswith("with") for q in quotes)
    assert _quote_with(text, "had told the port").speaker_entity == "Carl Weber"


def test_a_quotation_credited_on_the_line_below_is_the_credited_persons() -> None:
    """A fact-check quotes a paragraph and credits it below: "“The port pays zero fees.” / - Lund." is Lund's, not
    the one the paragraph before spoke of."""
    text = (
        "Fact check\n\nMaria Lund and Daniel Roth debated on Monday. Roth praised the council.\n\n"
        "\u201cThe port pays zero fees to the city.\u201d\n\n- Lund.\n\nThis is false: the port paid $3 million."
    )
    quote = _quote_with(text, "zero fees")
    assert quote.speaker is not None and quote.speaker.text == "Lund" and quote.speaker_entity == "Maria Lund"


def test_a_role_in_a_name_a_group_of_roles_and_a_title_written_out() -> None:
    """ "the queen" is "Queen Maren", whose title is part of her name; "Lorvik's mayor and harbour and port ministers
    all urged ..." is a group, not the mayor the article names; "Dock Union Director of Public Affairs Ilse Varga" is
    Varga, not the director named before."""
    text = (
        "Harbour\n\nDaniel Roth, the Lorvik mayor, met Queen Maren on Monday. Carl Weber, the union's director of"
        " finance, was there.\n\n"
        "\u201cWhen I came down, I greeted him and nothing more,\u201d the queen said.\n\n"
        "In 2014, Lorvik's mayor and harbour and port ministers all urged a larger role for the port.\n\n"
        "The union will sit out the vote in public, said Dock Union Director of Public Affairs Ilse Varga."
    )
    assert _quote_with(text, "greeted him").speaker_entity == "Queen Maren"
    assert _quote_with(text, "larger role").speaker_entity is None
    assert _quote_with(text, "sit out the vote").speaker_entity == "Ilse Varga"  # not "Public Affairs Ilse Varga"


def test_whom_a_speaker_phrase_speaks_of_is_not_its_speaker() -> None:
    """ "Of Roth, Weber, who has given money to Lund, said" is Weber; "One pastor supporting Mr. Roth, Carl Weber of
    the Harbour Church, said" is Weber."""
    text = (
        "Port\n\nMaria Lund praised the plan. Of Roth, Weber, who has given money to Lund, said, \u201cHe is flat-out"
        " scary.\u201d\n\nOne pastor supporting Mr. Roth, Carl Weber of the Harbour Church, said he had made 150 calls."
    )
    assert _quote_with(text, "flat-out").speaker_entity == "Carl Weber"
    assert _quote_with(text, "150 calls").speaker_entity == "Carl Weber"


def test_a_couple_named_with_one_surname_are_two_people_and_titles_tell_them_apart() -> None:
    said = _speakers(
        "Tariq and Rania Haddad, whose son Dorin Haddad died at sea, spoke at the harbour vigil on Thursday.\n\n"
        "Mr. Haddad accused the port authority of hiding the inspection reports. "
        "“Nobody has answered our letters,” Mr. Haddad said.\n\n"
        "Ms. Haddad wrote that she had waited three years. “I cannot walk past the pier,” Ms. Haddad said.\n"
    )
    # "Tariq" is Tariq Haddad, not a given name alone; "Mr." is he, not the son named in full; "Ms." is she
    assert said.get("“Nobody has answered") == "Tariq Haddad"
    assert said.get("“I cannot walk") == "Rania Haddad"
    # a surname named alone elsewhere is no given name of the person after "and"
    said = _speakers(
        "Brandt and Carl Lund met on Monday. Brandt said the deal was close. “We are nearly there,” Lund said.\n"
    )
    assert said.get("“We are nearly") == "Carl Lund" and "Brandt Lund" not in said.values()
    # an acronym, a census surname, or a word that is no given name beside one that is, is someone else
    from storyline.extract.entities import NameMention, _shared_surnames

    for text, first in (
        ("JFK and Carl Lund", "JFK"),
        ("Rice and Carl Lund", "Rice"),
        ("Okafor and Susan Lund", "Okafor"),
        ("Vell and Palm Lund", "Vell"),  # "Palm" is a census surname, no given name: "Monterey and Palm Springs"
        ("Tariq and Rania Lund", "Tariq"),
    ):
        ms = [
            NameMention(0, len(first), "PERSON", first),
            NameMention(len(first) + 5, len(text), "PERSON", text[len(first) + 5 :]),
        ]
        found = [m.text for m in _shared_surnames(ms, [ms[1]], text)]
        assert found == (["Tariq Lund"] if first == "Tariq" else []), text


def test_a_full_name_the_tagger_missed_is_found_by_its_surname_tagged_elsewhere() -> None:
    said = _speakers(
        "Lund spent the week in Vell courting pastors. One pastor supporting Mr. Lund, Darran Fenwick of Harvest "
        "Chapel in Kessling, said he had made more than 150 phone calls to other pastors. "
        "“They listen to him,” Mr. Fenwick said.\n"
    )
    # the speaker phrase names Darran Fenwick (untagged), not Lund whom he supports; "Mr. Fenwick" is the same man
    assert said.get("he had made") == "Darran Fenwick"
    assert said.get("“They listen to") == "Darran Fenwick"


def test_she_after_one_person_introduced_without_a_name_is_that_person() -> None:
    said = _speakers(
        "At a forum in Vell, Ada Lund took questions. “We will fix the bridge,” she said. But that changed when one "
        "voter brought up the ferry. She asked Lund about the 40 cancelled crossings. Lund said the ferry would run "
        "again.\n"
    )
    assert said.get("“We will fix") == "Ada Lund"
    assert said.get("Lund about the") is None  # the voter, not the candidate named before her
    # a person named after the unnamed one is who "she" may be
    said = _speakers(
        "At a forum in Vell, Ada Lund took questions. One voter asked Mia Holt about the ferry. She said the "
        "crossings would resume in May.\n"
    )
    assert said.get("the crossings would") == "Mia Holt"


def test_a_question_put_to_the_speaker_is_not_their_quote() -> None:
    text = (
        "Harbour master Ilse Varga said the crane had been checked in April. Asked whether the storm had played a "
        "part, she said the inquiry would look at the weather logs.\n\n"
        "When asked about the cost, Tomas Brekke said nothing had been decided.\n\n"
        "Asked by Nora Feld if the berth would reopen this year, Varga said it would.\n"
    )
    quotes = _quotes_of(text)
    # the questions are no words of the one asked: not hers, not his
    assert not [q for q in quotes if "the storm had played" in q.content.text and q.speaker_entity == "Ilse Varga"]
    assert not [q for q in quotes if "about the cost" in q.content.text]
    assert not [q for q in quotes if q.cue and q.cue.text.lower() == "asked" and q.speaker_entity != "Nora Feld"]
    # the main clauses are still theirs
    assert _quote_with(text, "look at the weather logs").speaker_entity == "Ilse Varga"
    assert _quote_with(text, "nothing had been decided").speaker_entity == "Tomas Brekke"
    # a question whose asker is named is the asker's
    asked = _quote_with(text, "the berth would reopen")
    assert asked.speaker_entity == "Nora Feld" and "Varga said" not in asked.content.text


def test_a_quotation_inside_a_reported_clause_is_that_sentences_speaker_not_the_next_cues() -> None:
    text = (
        "The bridge closed on Friday.\n\n"
        'Ossian Dray, an engineer who surveyed the deck in May, said the cracks he measured were "worrying but '
        'stable." He said he had asked for a second survey in the autumn.\n'
    )
    quotes = _quotes_of(text)
    cracks = _quote_with(text, "worrying but")
    assert cracks.speaker_entity == "Ossian Dray" and cracks.cue is not None and cracks.cue.start < cracks.content.start
    assert cracks.content.text.startswith("the cracks he measured")  # the reported clause holds the quotation
    survey = _quote_with(text, "a second survey")
    assert survey.kind == "indirect" and survey.speaker_entity == "Ossian Dray" and survey.speaker.text == "He"
    assert not [q for q in quotes if "worrying" in q.content.text and q.cue and q.cue.start > q.content.end]
    # a quotation that is a sentence of its own is still the next cue's (the shape the fix keeps)
    lone = _quote_with('The vote was close.\n\n"We lost by nine." She said it was not over.\n', "lost by nine")
    assert lone.speaker and lone.speaker.text == "She"


def test_a_quotation_carried_on_into_the_next_paragraph_is_one_quote() -> None:
    text = (
        "The water board met on Monday.\n\n"
        '"The reservoir is at 40 percent," Ada Lund said. "We are asking households to cut their use until the '
        "autumn rains come.\n\n"
        '"The next reading is due on Friday."\n\n'
        "Farmers said the limits came too late.\n"
    )
    quotes = _quotes_of(text)
    [lund] = [q for q in quotes if "reservoir" in q.content.text or "next reading" in q.content.text]
    assert "autumn rains" in lund.content.text and lund.content.text.endswith('Friday."')
    assert lund.speaker_entity == "Ada Lund" and lund.cue and lund.cue.text == "said" and len(lund.parts) == 3
    # a transcript's label opens a new voice's quotation, not the last one going on
    transcript = (
        'The interview ran long.\n\n"HOST: Will the bridge reopen this year?\n\n'
        '"LUND: We hope so, but the survey comes first," Lund told the station.\n'
    )
    assert not [
        q for q in _quotes_of(transcript) if "Will the bridge" in q.content.text and "We hope" in q.content.text
    ]


def test_a_gerund_used_as_a_noun_is_no_speech_cue() -> None:
    text = (
        "Hallberg Freight admitted breaking the rules on cargo reporting, according to a tribunal ruling released "
        "on Friday."
    )
    quotes = _quotes_of(text)
    assert not [q for q in quotes if q.cue is not None and q.cue.text == "reporting"]
    assert any(q.cue is not None and q.cue.text == "admitted" for q in quotes)


def test_an_act_set_aside_with_rather_than_is_not_the_subjects_speech() -> None:
    text = (
        "Mayor Oda Lindqvist has decided to battle the auditors in court rather than acknowledge the losses and resign."
    )
    assert not [q for q in _quotes_of(text) if q.cue is not None and q.cue.text == "acknowledge"]
    text2 = "The chairman chose silence instead of admitting that the plan had failed."
    assert not [q for q in _quotes_of(text2) if q.cue is not None and q.cue.text == "admitting"]
    said = _quote_with("Mayor Oda Lindqvist said the auditors were wrong rather than resign.", "auditors")
    assert said.cue is not None and said.cue.text == "said"


def test_a_reported_clause_cut_at_the_next_speaker_leaves_the_conjunction_out() -> None:
    text = (
        "Three of the ferry companies said on Friday they were reviewing their leases with the port, and one, "
        "Lorvik Lines, said it would ask for a refund of the harbour fees."
    )
    first = _quote_with(text, "reviewing their leases")
    assert first.content.text.endswith("with the port"), first.content.text
    second = _quote_with(text, "it would ask")
    assert second.content.text.startswith("it would ask")


def test_a_spokesperson_for_a_company_named_after_a_comma_is_that_person() -> None:
    text = "A spokesman for Hallvane, Maren Holt, said the company would appeal against the ruling."
    quote = _quote_with(text, "would appeal")
    assert quote.speaker_entity == "Maren Holt"


def test_an_office_given_in_a_relative_clause_names_its_holder_for_a_later_title() -> None:
    text = (
        "Port agency backs audit\n\n"
        "Ingrid Solberg, who chairs the port agency, said the audit was overdue. "
        '"The ferry company has now admitted what our auditors found," the agency\'s chair said.'
    )
    quote = _quote_with(text, "auditors found")
    assert quote.speaker_entity == "Ingrid Solberg"


def test_she_after_a_quote_is_the_woman_the_sentence_before_opens_with_not_the_man_quoted_last() -> None:
    # neither given name is in the census lists; "she" follows a sentence about the woman, after the man's quote
    said = _speakers(
        "Zofeya Krelnik won the race for mayor of Dunmore by 212 votes.\n\n"
        "\u201cWe want a recount because the margin is too thin,\u201d Ivo Pellanic, the rival's campaign manager, "
        "told reporters.\n\n"
        "Krelnik thanked voters in a short speech. \u201cI will serve every street in Dunmore,\u201d she said.\n"
    )
    assert said.get("\u201cWe want a") == "Ivo Pellanic"
    assert said.get("\u201cI will serve") == "Zofeya Krelnik"


def test_a_relative_clause_on_the_subject_reports_nothing_past_its_own_end() -> None:
    # the main clause after "who denied ..." / "who admitted ..." is narration, not what the defendant said
    for text, main in (
        (
            "Ilsa Varnedal, who denied the fraud charge throughout the two-week trial, showed no reaction as the "
            "verdict was read.",
            "showed no reaction",
        ),
        (
            "Tomas Ekberg, who admitted the bribery charge at trial, was jailed for four years by the Dunmore "
            "District Court on Friday.",
            "was jailed",
        ),
        (
            "The fine imposed by the harbour board, which argued that the ferry company had ignored three warnings, "
            "is the largest in its history.",
            "the largest",
        ),
    ):
        quotes = _quotes_of(text)
        assert quotes, text
        assert not any(main in q.content.text for q in quotes), [q.content.text for q in quotes]
    kept = _quote_with(
        "Pia Lund, who said the bridge was unsafe, resigned from the council on Monday.", "the bridge was unsafe"
    )
    assert kept.content.text == "the bridge was unsafe" and kept.speaker_entity == "Pia Lund"


def test_an_adverbial_clause_before_the_main_clause_reports_only_itself_unless_it_is_an_as_clause() -> None:
    quote = _quote_with(
        "After the mayor admitted using the reserve fund, the council voted to cut her office budget.", "reserve fund"
    )
    assert "council" not in quote.content.text, quote.content.text
    # "As X told Y, ...": what follows is what X told, kept; "As X vowed to ..., ...": "as" is "while", cut
    told = _quote_with(
        "As the harbour master told the Dunmore Gazette, the ferry had been late every day that week.", "Gazette"
    )
    assert told.content.text.endswith("the ferry had been late every day that week"), told.content.text
    vowed = _quote_with(
        "As the ferry captains vowed to sail regardless of the storm warnings, the harbour office closed the pier.",
        "regardless of",
    )
    assert "harbour office" not in vowed.content.text, vowed.content.text


def test_names_describing_whom_a_lawyer_speaks_for_are_not_the_lawyer() -> None:
    # the tagger may take the body in the description for a person; it is the client's description, not the speaker
    text = (
        "The lawyer for Ilsa Varnedal, the former Kestrel Grain Cooperative finance director jailed for six years on "
        "Tuesday, said on Thursday that she would appeal next month."
    )
    quote = _quote_with(text, "would appeal")
    assert quote.speaker_entity not in {"Kestrel Grain Cooperative", "Ilsa Varnedal"}, quote.speaker_entity
    named = _quote_with(
        "The lawyer for Ilsa Varnedal, Tomas Ekberg, said on Thursday that she would appeal next month.", "would appeal"
    )
    assert named.speaker_entity == "Tomas Ekberg"
    example = _quote_with(
        "Some staunch defenders of free trade, like Tomas Ekberg, a senior fellow at the Dunmore Institute for Trade "
        "in Varnholt, acknowledge that the government has failed to help the workers who lost their jobs.",
        "failed to help",
    )
    assert example.speaker_entity == "Tomas Ekberg"  # one named as an example is one of them


def test_a_spokesman_for_a_body_read_without_parsing_is_not_the_body() -> None:
    quote = _quote_with(
        '"The ferry timetable will not change this summer," a spokeswoman for Dunmore Ferries said.', "timetable"
    )
    assert quote.speaker is not None and quote.speaker.text == "a spokeswoman for Dunmore Ferries"
    assert quote.speaker_entity is None  # someone of the company's, not named: not the company


def test_a_clause_opened_by_as_or_when_is_no_part_of_the_speaker() -> None:
    quote = _quote_with(
        "When the mayor said that the pier would reopen in May, the ferry company cancelled its summer timetable.",
        "pier would reopen",
    )
    assert quote.speaker is not None and quote.speaker.text == "the mayor", quote.speaker
    assert "cancelled" not in quote.content.text, quote.content.text
    said = _quote_with(
        "As the mayor said that the pier would reopen in May, the ferry company cancelled its summer timetable.",
        "pier would reopen",
    )
    assert said.speaker is not None and said.speaker.text == "the mayor", said.speaker
    assert "cancelled" not in said.content.text, said.content.text


def test_she_after_a_man_and_another_named_together_is_the_other() -> None:
    """ "Dr Tobias Wren and Margit Oyelaran-Pryce met relatives ... “...,” she said": of the two who are the subject
    together, the one who is not a man (Tobias is a man's name); not the caterer quoted before them (which the tagger takes
    for a person)."""
    said = _speakers(
        "Greyfen Kitchens denied that its kitchen had failed an inspection.\n\n"
        "Dr Tobias Wren and Margit Oyelaran-Pryce met relatives of patients on Wednesday. “We owe these families the"
        " full truth,” she said.\n"
    )
    assert said.get("“We owe these") == "Margit Oyelaran-Pryce"


def test_a_name_beside_a_quotation_that_tells_a_paper_something_is_a_person() -> None:
    """The tagger reads "Nils Brekk" after a closing quotation mark as a work of art; a title tells no newspaper
    anything, so the speaker of "told" is a person. A title in quotation marks stays a title."""
    text = (
        'Ostra Valves rejected a hostile bid from Pell Motors on Monday. "We will not be bought on the cheap," '
        "Nils Brekk told the Lindholm Ledger in an interview."
    )
    (ex,) = extract_articles([article_from_text(text, "t.txt")])
    assert ("Nils Brekk", "PERSON") in {(m.span.text, m.label) for m in ex.mentions}
    from storyline.extract.cues import Cue
    from storyline.extract.entities import NameMention, _speaking_title

    titled = 'He said "Quiet Harbours" tells the story well.'
    start = titled.index("Quiet")
    m = NameMention(start, start + len("Quiet Harbours"), "WORK_OF_ART", "Quiet Harbours")
    cue = Cue(0, 0, "tell", (m.start, m.end), None, "Harbours", None, (0, len(titled)))
    assert not _speaking_title(m, titled, [cue])
    site = "A comparison done on Zero Hedge drew notice. Zero Hedge asked, \u201cWhy now?\u201d"
    start = site.rindex("Zero Hedge")
    m = NameMention(start, start + len("Zero Hedge"), "WORK_OF_ART", "Zero Hedge")
    cue = Cue(0, 0, "ask", (m.start, m.end), None, "Hedge", None, (0, len(site)))
    assert not _speaking_title(m, site, [cue])  # written "on Zero Hedge": a website
    named = site.replace("A comparison done on Zero Hedge", "Zero Hedge spoke first")
    start = named.rindex("Zero Hedge")
    m = NameMention(start, start + len("Zero Hedge"), "WORK_OF_ART", "Zero Hedge")
    cue = Cue(0, 0, "ask", (m.start, m.end), None, "Hedge", None, (0, len(named)))
    assert _speaking_title(m, named, [cue])


def test_a_name_that_modifies_a_bodys_noun_is_not_the_speaker() -> None:
    """ "the Velmark fire service said": the fire service speaks, not someone called Velmark (a place the tagger
    may call a person); "Velmark campaign" stays its person's (see ``_QUALIFIES``)."""
    text = (
        "Families waited in a school hall in Orsby on Thursday.\n\n"
        "Two people died in the storm, the Velmark fire service said."
    )
    q = _quote_with(text, "Two people died")
    assert q.speaker is not None and q.speaker.text.endswith("Velmark fire service")
    assert q.speaker_entity is None or "service" in q.speaker_entity
    named = _quote_with("Tove Velmark said the roads were closed. The bridge is shut, Velmark said.", "bridge")
    assert named.speaker_entity == "Tove Velmark"  # a name at the head of the phrase still speaks
