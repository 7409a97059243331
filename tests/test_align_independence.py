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
