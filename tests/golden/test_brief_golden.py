"""Golden-file test: the briefs of examples/ (stories as the pipeline clusters them), projected to what a
reader checks (headline, summary, facts with status, conflicts, quotes, syndication). On a difference the
test prints a unified diff; regenerate with ``STORYLINE_UPDATE_GOLDEN=1 pytest tests/golden``."""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GOLDEN = Path(__file__).resolve().parent / "examples.json"


def project(brief: dict[str, Any]) -> dict[str, Any]:
    """The parts of a brief a golden file pins down, with article ids replaced by source file names."""
    name = {a["id"]: os.path.basename(str(a["source"])) for a in brief["articles"]}
    return {
        "headline": (brief.get("headline") or {}).get("text"),
        "articles": sorted(name.values()),
        "summary": [s["text"] for s in brief["summary"]],
        "facts": [
            [
                f["status"],
                f["independent_sources"],
                f["same_wording_sources"],
                f["text"],
                sorted(
                    name[s["article"]] + ("" if s["wording"] == "same" else " (other wording)") for s in f["sources"]
                ),
            ]
            for f in brief.get("facts", [])
            if f["status"] != "single-source"
        ],
        "conflicts": [
            [c["kind"], c["topic"], sorted(name[s["article"]] for s in c["sides"])] for c in brief.get("conflicts", [])
        ],
        "quotes": sorted(
            [q["speaker"], q["kind"], q["text"], name[q["article"]], sorted(name[o["article"]] for o in q["also_in"])]
            for q in brief.get("quotes", [])
            if q["kind"] == "direct"
        ),
        "syndication": sorted(
            sorted(name[i] for i in s["articles"]) for s in brief.get("sources", []) if len(s["articles"]) > 1
        ),
    }


@pytest.fixture(scope="module")
def example_briefs(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    if not any(EXAMPLES.glob("*.txt")) and not any(EXAMPLES.glob("*.html")):
        pytest.skip("examples/ has no articles yet")
    from storyline.pipeline import run_pipeline
    from storyline.store import Store

    tmp = tmp_path_factory.mktemp("golden")
    inputs = [
        str(p) for p in sorted(EXAMPLES.iterdir()) if p.is_file() and p.name not in ("README.md", "expected.json")
    ]
    with Store(tmp / "g.db") as store:
        run_pipeline(store, inputs, None)
        rows = store.conn.execute("SELECT brief FROM briefs ORDER BY story").fetchall()
    return [json.loads(r[0]) for r in rows]


@pytest.mark.slow
def test_example_briefs_match_golden(example_briefs: list[dict[str, Any]], update_golden: bool) -> None:
    got = sorted((project(b) for b in example_briefs), key=lambda p: p["articles"])
    text = json.dumps(got, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if update_golden or not GOLDEN.exists():
        GOLDEN.write_text(text, encoding="utf-8")
        if not update_golden:
            pytest.skip(f"wrote a new golden file {GOLDEN.name}; review it and commit it")
        return
    want = GOLDEN.read_text(encoding="utf-8")
    if text != want:
        diff = "".join(difflib.unified_diff(want.splitlines(True), text.splitlines(True), "golden", "now", n=2))
        pytest.fail("the example briefs changed (STORYLINE_UPDATE_GOLDEN=1 to accept):\n" + diff[:20000])


INPUTS = Path(__file__).resolve().parent / "inputs"
GOLDEN_INPUTS = Path(__file__).resolve().parent / "lorwick.json"


@pytest.fixture(scope="module")
def lorwick() -> dict[str, Any]:
    from storyline.pipeline import briefs_from_inputs

    return next(briefs_from_inputs([str(p) for p in sorted(INPUTS.glob("*.txt"))]))


def _by_file(brief: dict[str, Any]) -> dict[str, str]:
    return {a["id"]: os.path.basename(str(a["source"])) for a in brief["articles"]}


@pytest.mark.slow
def test_designed_items_come_out(lorwick: dict[str, Any]) -> None:
    """The invented Lorwick story (tests/golden/inputs) was written with these items in it."""
    name = _by_file(lorwick)
    conflicts = {(c["kind"], frozenset(name[s["article"]] for s in c["sides"])) for c in lorwick["conflicts"]}
    assert ("figure", frozenset({"harbor-times.txt", "valley-post.txt"})) in conflicts  # 12 vs 15 evacuated
    presentation = [c for c in lorwick["conflicts"] if c["kind"] == "presentation"]
    assert len(presentation) == 1 and "30" in presentation[0]["topic"]  # demanded vs council rule; wire copy once
    petrov = [q for q in lorwick["quotes"] if q["kind"] == "direct" and "Petrov" in str(q["speaker"])]
    assert petrov and all(any(not o["exact"] for o in q["also_in"]) for q in petrov)  # wording variants
    groups = {
        a["syndication_group"]
        for a in lorwick["articles"]
        if name[a["id"]] in ("coast-wire.txt", "northern-ledger.txt")
    }
    assert len(groups) == 1  # the wire copy is one source
    closed = [f for f in lorwick["facts"] if "closed on Monday" in f["text"] or "closure of the Eske" in f["text"]]
    assert closed and closed[0]["status"] == "corroborated"
    group = {a["id"]: a["syndication_group"] for a in lorwick["articles"]}
    conflict_sides = {c["id"]: {group[s["article"]] for s in c["sides"]} for c in lorwick["conflicts"]}
    for s in lorwick["summary"]:
        cited = {name[c["article"]] for c in s["citations"]}
        if "15 people" in s["text"]:
            assert "harbor-times.txt" not in cited  # it says 12: never cited as support
        own = group[s["citations"][0]["article"]]
        for cid in s["conflicts"]:  # the other side of a dispute is never cited as support
            others = conflict_sides[cid] - {own}
            assert not others & {group[c["article"]] for c in s["citations"][1:]}


@pytest.mark.slow
def test_lorwick_brief_matches_golden(lorwick: dict[str, Any], update_golden: bool) -> None:
    text = json.dumps(project(lorwick), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if update_golden or not GOLDEN_INPUTS.exists():
        GOLDEN_INPUTS.write_text(text, encoding="utf-8")
        if not update_golden:
            pytest.skip(f"wrote a new golden file {GOLDEN_INPUTS.name}; review it and commit it")
        return
    want = GOLDEN_INPUTS.read_text(encoding="utf-8")
    if text != want:
        diff = "".join(difflib.unified_diff(want.splitlines(True), text.splitlines(True), "golden", "now", n=2))
        pytest.fail("the Lorwick brief changed (STORYLINE_UPDATE_GOLDEN=1 to accept):\n" + diff[:20000])


EXPECTED = json.loads((ROOT / "tests" / "examples_expected.json").read_text(encoding="utf-8"))


def _key(a: dict[str, Any]) -> str:
    """How examples_expected.json names an article: record id, feed entry URL, or file name."""
    if a.get("record_id"):
        return str(a["record_id"])
    if a.get("url") and "northshoreradio" in str(a["url"]):
        return str(a["url"])
    return os.path.basename(str(a["source"]).split("#")[0].split(":")[0])


@pytest.mark.slow
def test_designed_conflicts_of_the_examples_come_out(example_briefs: list[dict[str, Any]]) -> None:
    """Every conflict written into examples/ (docs/examples.md) is found, with the sides it was written with."""
    by_story = {name: next(b for b in example_briefs if members[0] in {_key(a) for a in b["articles"]})
                for name, members in EXPECTED["stories"].items()}  # fmt: skip
    for want in EXPECTED["conflicts"]:
        brief = by_story[want["story"]]
        key = {a["id"]: _key(a) for a in brief["articles"]}
        found = brief["conflicts"]
        if "values" in want:  # a figure conflict: its topic names both figures
            assert any(c["kind"] == "figure" and all(v in c["topic"] for v in want["values"]) for c in found), want
        elif want["kind"] == "attribution":
            got = [c for c in found if c["kind"] == "attribution"]
            assert len(got) == 1, got  # "has agreed" / "has not agreed" is no second dispute over a speaker
            speakers: dict[str, list[str]] = {}
            for side in got[0]["sides"]:
                speakers.setdefault(side["speaker"], []).append(key[side["article"]])
            assert {k: sorted(v) for k, v in speakers.items()} == {k: sorted(v) for k, v in want["speakers"].items()}
        elif want["kind"] == "date":
            got = [c for c in found if c["kind"] == "date"]
            assert len(got) == 1, got  # one dispute with a side per article, not one per pair of articles
            for day, articles in want["sides"].items():
                sides = {key[s["article"]] for s in got[0]["sides"] if day in s["text"]}
                assert sides == set(articles), (day, sides)
        else:
            got = [c for c in found if c["kind"] == want["kind"]]
            assert [sorted(key[s["article"]] for s in c["sides"]) for c in got] == [sorted(want["sides"])]


@pytest.mark.slow
def test_a_disputed_speaker_or_day_is_told_as_most_outlets_tell_it(example_briefs: list[dict[str, Any]]) -> None:
    brief = next(b for b in example_briefs if "courier-0310" in {_key(a) for a in b["articles"]})
    key = {a["id"]: _key(a) for a in brief["articles"]}
    attribution = next(c["id"] for c in brief["conflicts"] if c["kind"] == "attribution")
    words = [f for f in brief["facts"] if "every chance to keep the buses running" in f["text"]]
    assert len(words) == 1 and words[0]["status"] == "conflicting" and attribution in words[0]["conflicts"]
    assert "Holt" in words[0]["text"]  # two outlets say Holt, one Strand
    walkout = [s for s in brief["summary"] if "walked off the job" in s["text"]]
    assert walkout and "Monday" in walkout[0]["text"]  # two outlets say Monday, one Tuesday
    for s in brief["summary"]:
        if "every chance" in s["text"]:
            assert "courier-0310" not in {key[c["article"]] for c in s["citations"]}  # it gives the words to Strand
            assert attribution in s["conflicts"]
    row = next(q for q in brief["quotes"] if "every chance" in q["text"] and q["kind"] == "direct")
    assert row["speaker"] == "Maren Holt"
    # whichever copy is the row, each other copy is marked by whether it gives the words to another speaker
    speaker = {"courier-0310": "Pavel Strand", "northline-5521": "Maren Holt", "strike_echo.txt": "Maren Holt"}
    assert {key[o["article"]]: o["other_speaker"] for o in row["also_in"]} == {
        k: who != row["speaker"] for k, who in speaker.items() if k != key[row["article"]]
    }


def test_every_fact_a_brief_refers_to_is_listed(example_briefs: list[dict[str, Any]], lorwick: dict[str, Any]) -> None:
    for brief in [*example_briefs, lorwick]:
        listed = {f["id"] for f in brief["facts"]}
        named = {t["fact"] for t in brief["timeline"] if t["fact"]} | {
            f for o in brief["omissions"] for f in o["facts"]
        }
        assert named <= listed, (brief["story"], sorted(named - listed))
