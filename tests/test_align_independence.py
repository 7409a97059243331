"""What counts as independent corroboration: one wire's reports on one outlet, differently worded reports of one
result, opinion pieces."""

from __future__ import annotations

import json
from pathlib import Path

from brief_helpers import HashEmbedder

from storyline.brief.build import build_brief, independent_sources
from storyline.pipeline import read_inputs

CREST = "The Ostra River crested at 9.4 metres at Kessling on Tuesday"
WIRE_FIRST = {
    "id": "hd-1",
    "outlet": "Harbor Daily",
    "date": "2031-04-02",
    "title": "River crests at Kessling as towns bail out",
    "text": "River crests at Kessling as towns bail out.\n\nKESSLING, Vell. (Harbour Wire Service) — "
    + CREST
    + ", flooding 300 homes along its banks.\n\nMayor Ilse Drummond said the town's levee held.",
}
# the wire's live page: cleaning cuts its dateline with the "(all times local):" line it opens
WIRE_LIVE = {
    "id": "hd-2",
    "outlet": "Harbor Daily",
    "date": "2031-04-03",
    "title": "The Latest: Kessling flood waters start to fall",
    "text": "The Latest: Kessling flood waters start to fall.\n\nKESSLING, Vell. (Harbour Wire Service) — The Latest on"
    " the flooding along the Ostra River (all times local):\n\n___.\n\n3:40 p.m.\n\n"
    + CREST
    + " and flooded 300 homes along its banks.\n\nCrews began pumping water out of the town's streets on Wednesday.",
}


def _read(tmp_path: Path, *records: dict[str, str]):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    articles, _ = read_inputs([str(path)])
    return articles


def test_one_wires_two_reports_on_one_outlet_are_one_source_when_cleaning_cut_a_dateline(tmp_path: Path) -> None:
    """Harbor Daily runs two Harbour Wire Service reports; cleaning cuts the second's crediting dateline (it opens the
    live page's "(all times local):" line). Both are the wire's: one source, and the crest they both tell is no
    corroborated fact (it was: the first counted as the wire, the second as Harbor Daily)."""
    articles = _read(tmp_path, WIRE_FIRST, WIRE_LIVE)
    assert "Harbour Wire Service" not in articles[1].text  # the credit is only in the text as ingested
    units = independent_sources(articles, {})
    assert units[articles[0].id] == units[articles[1].id]
    brief = build_brief(articles, {}, [], story="s1", embedder=HashEmbedder())
    assert brief["independent_sources"] == 1
    crest = [f for f in brief["facts"] if "crested at 9.4 metres" in f["text"]]
    assert crest and all(f["independent_sources"] == 1 and f["status"] == "single-source" for f in crest)


def test_an_outlets_own_report_and_a_wire_report_it_runs_stay_two_sources(tmp_path: Path) -> None:
    """Guard: Harbor Daily's own reporter and the wire it runs are two newsrooms; an uncredited text of another
    outlet is its own; an outlet's report whose original has no credit is the outlet's."""
    own = {
        "id": "hd-3",
        "outlet": "Harbor Daily",
        "date": "2031-04-03",
        "title": "Kessling counts the cost of the flood",
        "text": "Kessling counts the cost of the flood.\n\nKESSLING — " + CREST + ", and 300 homes were flooded.",
    }
    other = {**own, "id": "vg-1", "outlet": "Vell Gazette", "text": own["text"].replace("KESSLING — ", "")}
    articles = _read(tmp_path, WIRE_FIRST, own, other)
    units = independent_sources(articles, {})
    assert len(set(units.values())) == 3


SILO = [
    "A fire destroyed the Ardstad grain silo on Sunday night, police said. Firefighters from Ardstad and Velby fought"
    " the blaze for six hours before it was out. Halvor Grain said 900 tonnes of barley were lost.",
    "Halvor Grain lost 900 tonnes of barley when its Ardstad silo burned down on Sunday night, the company told"
    " reporters in Velby on Monday. Firefighters from Ardstad and Velby fought the blaze for six hours.",
    "Nobody in Ardstad should be surprised that the Halvor Grain silo burned down on Sunday night. I have warned for"
    " years that the company skimps on its dryers. Firefighters from Ardstad and Velby fought the blaze for six hours,"
    " and 900 tonnes of barley were lost. Halvor Grain must pay for this.",
]


def _silo_story(tmp_path: Path, column_title: str, late: bool):
    from storyline.cluster import list_stories, update_stories
    from storyline.ingest import ingest
    from storyline.pipeline import story_articles
    from storyline.store import Store

    recs = [
        {"id": "a", "outlet": "Nordic Wire", "title": "Grain silo burns in Ardstad", "text": SILO[0]},
        {"id": "b", "outlet": "Velby Post", "title": "Halvor Grain loses Ardstad silo", "text": SILO[1]},
        {"id": "c", "outlet": "Kessel Ledger", "title": column_title, "text": SILO[2]},
    ]
    store = Store(tmp_path / f"s{late}.db")
    batches = [recs[:2], recs[2:]] if late else [recs]
    for k, batch in enumerate(batches):
        path = tmp_path / f"in{late}{k}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in batch), encoding="utf-8")
        ingest(store, [str(path)])
        update_stories(store)
    stories = list_stories(store)
    articles, groups = story_articles(store, stories[0]["id"])
    brief = build_brief(articles, {}, [], story="s", groups=groups, embedder=HashEmbedder())
    store.close()
    return stories, brief


def test_an_opinion_column_is_no_independent_source_of_its_story(tmp_path: Path) -> None:
    """story16 09: the Kessel Ledger's column ("Opinion: ...") repeats the fire and argues; the brief calls it "a
    voice, no source of the facts", so neither the brief's count nor the story list's (in batch, or as the column
    arrives later) counts it: two reports, two independent sources, not three."""
    for late in (False, True):
        stories, brief = _silo_story(tmp_path, "Opinion: Halvor Grain must answer for the Ardstad silo fire", late)
        assert len(stories) == 1 and stories[0]["article_count"] == 3, stories
        assert stories[0]["independent_outlets"] == 2, (late, stories)
        assert brief["independent_sources"] == 2
        assert [a["kind"] for a in brief["articles"] if a["outlet"] == "Kessel Ledger"] == ["opinion"]


def test_a_news_report_with_an_opinion_word_in_its_title_is_a_source() -> None:
    """Guard: a report whose title quotes an opinion ("Union's opinion: ...", not a label) or calls itself an
    analysis is reporting, and counts in the story list (which reads labels, not the first person)."""
    from storyline.cluster.stories import _a_voice

    assert not _a_voice("Analysis: what the Ardstad silo fire means for barley prices", "Analysis: what ...", None)
    assert not _a_voice(
        "Union gives its opinion on silo fire", "Union gives its opinion on silo fire\n\nARDSTAD -", None
    )
    assert not _a_voice("Fire guts Ardstad silo", "Fire guts Ardstad silo\n\nAn opinion column in the Ledger ...", None)
    assert _a_voice("Halvor Grain must answer", "Halvor Grain must answer\n\nOpinion\n\nNobody in Ardstad ...", None)
    assert _a_voice("Halvor Grain must answer", "Halvor Grain must answer", "https://ledger.example/opinion/silo")
    assert _a_voice("Editorial: Halvor Grain must answer", "", None)
