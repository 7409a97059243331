"""Datelines with a region, live-blog stamps, one outlet under two names, `extract` on a text file, entity types and
roles, plain words that are no charged terms, and the facts a brief does not list: invented texts only."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from brief_helpers import HashEmbedder, make_article

from storyline.brief import build_brief
from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text


def _brief_of(*articles):  # type: ignore[no-untyped-def]
    arts = list(articles)
    extractions = {a.id: e for a, e in zip(arts, extract_articles(arts), strict=True)}
    return build_brief(arts, extractions, [], story="s1", embedder=HashEmbedder())


def _verbatim(brief, arts) -> None:  # type: ignore[no-untyped-def]
    by_id = {a.id: a for a in arts}
    for f in brief["facts"] + brief["unlisted_facts"]:
        for s in f.get("sources", [f]):
            assert by_id[s["article"]].original[s["start"] : s["end"]] == s["text"]


def test_a_dateline_with_a_region_and_a_day_is_no_part_of_the_claim() -> None:
    from storyline.extract.attribution import DATELINE, credited_wire

    lead = "BRESSLAU, Aldenmark, March 11 (Meridian Press) - The gang attacked the Kestrow School District."
    m = DATELINE.match(lead)
    assert m is not None and lead[m.end() :].startswith("The gang")
    assert credited_wire(lead) == "Meridian Press"
    body = (
        "BRESSLAU, Aldenmark, March 11 (Meridian Press) - The ransomware group Greyfin has attacked the Kestrow "
        "School District, shutting down online lessons for 40,000 pupils, the district said on Wednesday.\n\n"
        "The gang demanded $800,000, said district superintendent Joran Falk."
    )
    art = dataclasses.replace(make_article("a", "Gang hits school district", body), published="2026-03-11")
    brief = _brief_of(art)
    assert brief["facts"] and not any(f["text"].startswith("BRESSLAU") for f in brief["facts"])
    assert not any(t["event"].startswith("BRESSLAU") or t["expression"] == "March 11" for t in brief["timeline"])
    _verbatim(brief, [art])


LIVE = (
    "Live: Darnow hospital cyber attack\n\n"
    "Mon 2 Mar 2026 17:45 — Darnow Health Partners says 70 percent of its systems are back online.\n\n"
    "Sun 1 Mar 2026 19:30 — About a third of the group's systems have been restored, the hospital group says.\n\n"
    "Sat 28 Feb 2026 22:15 — We are following reports of a cyber attack at Darnow General Hospital.\n"
)


def test_a_live_blog_stamp_dates_its_entry_and_stays_out_of_the_sentence() -> None:
    art = dataclasses.replace(article_from_text(LIVE, "live.txt"), published="2026-03-02")
    brief = _brief_of(art)
    sentences = [f["text"] for f in brief["facts"] + brief["unlisted_facts"]] + [s["text"] for s in brief["summary"]]
    assert sentences and not any("2026" in s for s in sentences), sentences
    _verbatim(brief, [art])
    dated = {t["date"]: t["event"] for t in brief["timeline"]}
    assert dated.get("2026-02-28", "").startswith("We are following reports")  # the update the tagger left undated
    assert dated.get("2026-03-02", "").startswith("Darnow Health Partners says 70 percent")
    for t in brief["timeline"]:  # the stamp is the expression, the entry starts after it
        assert art.original[t["start"] : t["end"]] == t["expression"] and t["end"] <= t["event_start"]


_DAM_ENTRIES = {
    "07:50": "Good morning. We are following the leak at the Kessel dam, where engineers found water seeping through "
    "the east wall.",
    "12:20": "Kessel Water denied that inspections of the east wall had been skipped last year.",
    "14:05": "Engineer Halla Brede said the water board had lowered the reservoir by a metre.",
    "19:30": "We are closing this live blog for today. Thank you for following.",
}
LIVE_CHROME = "Live: Kessel dam leak\n\n" + "".join(f"Wed 4 Mar 2026 {t} — {e}\n\n" for t, e in _DAM_ENTRIES.items())


def test_a_live_blogs_greeting_and_sign_off_are_no_claim_and_its_stamp_no_voice() -> None:
    art = dataclasses.replace(article_from_text(LIVE_CHROME, "dam.txt"), published="2026-03-04")
    brief = _brief_of(art)
    said = [f["text"] for f in brief["facts"] + brief["unlisted_facts"]]
    assert any(s.startswith("We are following the leak") for s in said)
    for chrome in ("Good morning.", "We are closing this live blog", "Thank you for following."):
        assert not any(s.startswith(chrome) for s in said), said
        assert not any(t["event"].startswith(chrome) for t in brief["timeline"]), brief["timeline"]
    events = {t["start"]: t["event"] for t in brief["timeline"]}
    first = LIVE_CHROME.index("Wed 4 Mar 2026 07:50")
    assert events.get(first, "").startswith("We are following the leak")  # the entry's first claim, not its greeting
    for t in brief["timeline"]:
        assert all(x["article"] != t["article"] for x in t["also_in"])  # never the entry's own article
    voices = [v["speaker"] for f in brief["framing"] for v in f["voices"]]
    assert voices and not any("2026" in v for v in voices), voices
    _verbatim(brief, [art])


def test_live_blog_housekeeping_is_a_whole_sentence_only() -> None:
    from storyline.align.claims import LIVE_HOUSEKEEPING

    for chrome in ("Good morning.", "Thanks for reading!", "We're wrapping up our live coverage for tonight."):
        assert LIVE_HOUSEKEEPING.fullmatch(chrome), chrome
    for claim in (
        "Good morning, Kessel, the mayor told the crowd before the dam was evacuated.",
        "We are closing the dam's east gate, the engineer said.",
        "The board thanked residents for following the evacuation orders.",
    ):
        assert not LIVE_HOUSEKEEPING.fullmatch(claim), claim


def test_a_generic_suffix_does_not_make_another_outlet() -> None:
    from storyline.extract.attribution import independent_sources, outlet_names, source_name

    assert source_name("Northgate Radio News") == source_name("Northgate Radio") == "northgate radio"
    assert source_name("Tarn Post Online") == source_name("tarnpost.com".replace("tarnpost", "Tarn Post"))
    assert source_name("Northgate TV") != source_name("Northgate Radio")  # a medium names another newsroom
    assert source_name("Daily News") == "daily news"  # no name left without the suffix
    assert outlet_names(["Northgate Radio News", "Northgate Radio News", "Northgate Radio", "Kessel Ledger"]) == [
        "Kessel Ledger",
        "Northgate Radio News",
    ]
    members = [("a", "Northgate Radio News", "Schools reopen."), ("b", "Northgate Radio", "Pupils return.")]
    assert len(set(independent_sources(members, {}).values())) == 1


def test_a_sign_off_name_with_a_particle_of_another_language_is_the_outlet() -> None:
    from storyline.clean import clean_text

    text = (
        "Piratas informáticos exigen un rescate a los hospitales de Darnow\n\n"
        "Por Lucía Ferrán, Diario del Valle | 2 de marzo de 2026\n\n"
        "El grupo exigió un rescate de 4,5 millones de dólares tras el ataque informático del sábado, según la "
        "agencia nacional.\n\n"
        "Los atacantes robaron alrededor de 1,2 millones de historiales médicos de los pacientes.\n\n"
        "Diario del Valle\n"
    )
    assert clean_text(text).signoff_outlet == "Diario del Valle"


def test_the_extract_command_reads_a_plain_text_article(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    path = tmp_path / "wire.txt"
    path.write_text(
        "Flood closes Kessel bridge\n\nBy Ann Lee, Kessel Ledger | March 4, 2026\n\n"
        "The river rose two metres overnight and the council closed the Kessel bridge on Tuesday, officials said.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    got = json.loads(result.stdout)
    assert got["title"] == "Flood closes Kessel bridge" and got["text"].startswith("The river rose")


def test_outlets_are_organisations_and_a_local_bodys_town_a_place() -> None:
    from storyline.extract.resolve import resolve_entities

    a = article_from_text(
        "Schools offline\n\nThe ransomware gang demanded $2 million, according to a note seen by the Harlow Ledger.\n\n"
        "The Varnby School District said lessons were suspended. Schools in Varnby will reopen next week.\n",
        "a.txt",
    )
    entities = resolve_entities([], extract_articles([a]), outlets=["Harlow Ledger"])
    types = {e.name: e.type for e in entities}
    assert types.get("Harlow Ledger") == "ORG"
    assert types.get("Varnby") in ("GPE", "LOC"), types


def test_a_title_with_a_noun_in_ing_is_the_whole_title() -> None:
    a = article_from_text(
        "Wards cope\n\nThe chief nursing officer, Tomasz Reinholt, told the Tribune that staff were coping.\n\n"
        "A man attacking police officer Jon Bay was arrested on Monday.\n",
        "a.txt",
    )
    roles = {m.name: m.role for m in extract_articles([a])[0].mentions if m.label == "PERSON"}
    assert roles.get("Tomasz Reinholt") == "chief nursing officer"
    assert roles.get("Jon Bay") == "police officer"  # "attacking" is the man's act, no part of the title


def test_a_speaker_named_with_the_body_they_speak_for_is_that_person() -> None:
    from storyline.extract.resolve import resolve_entities

    a = article_from_text(
        "Agency warns\n\nOleksandr Demchyn, deputy director of the NCRA, said the agency was investigating.\n",
        "a.txt",
    )
    b = article_from_text(
        "Gang profile\n\nThe gang has hit clinics in three countries this year.\n\n"
        'Oleksandr Demchyn of the NCRA has called the gang "one of the most aggressive groups we track".\n',
        "b.txt",
    )
    ex = extract_articles([a, b])
    resolve_entities([a, b], ex)
    [q] = [q for q in ex[1].quotes if "aggressive" in q.content.text]
    assert q.speaker_entity == "Oleksandr Demchyn"


def test_the_attackers_and_a_denial_of_stealing_are_no_charged_terms() -> None:
    from storyline.brief.framing import charged_terms

    assert not charged_terms("The attackers stole about 1.2 million patient records.")
    assert not charged_terms("The gang denies stealing patient data.")
    assert [t["term"] for t in charged_terms("The negligent board ignored warnings.")]  # a judgement still is


def test_every_fact_id_is_listed_or_unlisted_with_why() -> None:
    body = (
        "The Darnow hospital group said 350 appointments were cancelled on Monday after the attack.\n\n"
        "Patients were told to bring their own medication lists to any appointment that goes ahead.\n\n"
        "It is unclear.\n"
    )
    art = dataclasses.replace(
        make_article("a", "Hospital attack", body, outlet="Kessel Ledger"), published="2026-03-02"
    )
    brief = _brief_of(art)
    ids = [f["id"] for f in brief["facts"]] + [u["id"] for u in brief["unlisted_facts"]]
    assert len(ids) == len(set(ids))
    assert sorted(int(i[1:]) for i in ids) == list(range(len(ids)))  # no id left unexplained
    [told] = [u for u in brief["unlisted_facts"] if "medication lists" in u["text"]]
    assert told["why"] == "single-source, with no figure, date or name"
    assert art.original[told["start"] : told["end"]] == told["text"]
    assert any("unlisted_facts" in n for n in brief["notes"])


def test_a_single_source_sentence_with_a_lot_code_is_listed() -> None:
    """A lot or product code ("KV-2210") is a detail as particular as a figure: its single-source sentence is a listed
    fact, not unlisted as "with no figure, date or name" (a code is neither an entity nor a figure)."""
    body = (
        "The Darnow hospital group said 350 appointments were cancelled on Monday after the attack.\n\n"
        "The affected kettles carry the lot numbers KV-2210, KV-2211 and KV-2214.\n\n"
        "patients were told to bring their own medication lists to any appointment that goes ahead.\n"
    )
    art = dataclasses.replace(
        make_article("a", "Hospital attack", body, outlet="Kessel Ledger"), published="2026-03-02"
    )
    brief = _brief_of(art)
    assert any("KV-2210" in f["text"] for f in brief["facts"])
    assert not any("KV-2210" in u["text"] for u in brief["unlisted_facts"])
    assert any("medication lists" in u["text"] for u in brief["unlisted_facts"])


def test_every_sentence_of_an_unlisted_fact_of_one_source_is_in_the_list() -> None:
    """Two articles of one outlet whose sentences are one fact of that one source: the fact is unlisted, and its
    sentence in the second article is given with it (``also``), not left out of both lists."""
    first = "The company denied that it had hidden the audit of the plant from the inspectors."
    second = "The company denied that it had hidden the audit of the plant from the inspectors at all."
    a = dataclasses.replace(make_article("a", "Plant", first, outlet="Kessel Ledger"), published="2026-03-02")
    b = dataclasses.replace(make_article("b", "Plant again", second, outlet="Kessel Ledger"), published="2026-03-04")
    brief = _brief_of(a, b)
    told = [(s["article"], s["text"]) for f in brief["facts"] for s in f["sources"]]
    for u in brief["unlisted_facts"]:
        told += [(u["article"], u["text"])] + [(s["article"], s["text"]) for s in u.get("also", [])]
    assert ("a", first) in told and ("b", second) in told
    _verbatim(
        {"facts": [], "unlisted_facts": [x for u in brief["unlisted_facts"] for x in [u, *u.get("also", [])]]}, [a, b]
    )
