"""A sequel weeks after an event (an inquiry's interim report, charges, a new crossing) is a story of its own, past the
14 days a story may span, linked to the event's story: in batch (``cluster_records(follows=...)``, `storyline cluster
FILE --json`) and in a store fed day by day (``update_stories``, ``get_story``'s ``follows`` / ``followed_by``).
Invented reports only (tests/data/bridge_follow_ups.jsonl): the Holmbeck Bridge collapse in Carrowmere, five outlets
over three days (b01-b05); three follow-ups five to seven weeks later (b06-b08), one of them on "last month's
collapse"; look-alikes: another town's viaduct collapse the same weeks (x01, x02) and a fair in Carrowmere a month on,
opened by the same mayor and moved away from the closed bridge (g01, g02)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from storyline.cluster import cluster_records, explain_records, get_story, update_stories
from storyline.cluster.occasion import refers_back
from storyline.ingest import ingest
from storyline.store import Store

DATA = Path(__file__).parent / "data" / "bridge_follow_ups.jsonl"
RECORDS: list[dict[str, Any]] = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
EVENT = ["b01", "b02", "b03", "b04", "b05"]
SEQUEL = ["b06", "b07", "b08"]
VIADUCT = ["x01", "x02"]
FAIR = ["g01", "g02"]


def _day(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()


def test_batch_links_the_sequel_to_the_event_and_keeps_the_look_alikes_apart() -> None:
    follows: dict[str, str] = {}
    labels = cluster_records(RECORDS, follows=follows)
    event, sequel = labels["b01"], labels["b06"]
    assert {labels[r] for r in EVENT} == {event}
    assert {labels[r] for r in SEQUEL} == {sequel} and sequel != event  # weeks later: not joined (14-day span)
    assert follows == {sequel: event}  # ... but linked; the viaduct and the fair follow nothing
    assert len({labels[r] for r in VIADUCT} | {labels[r] for r in FAIR} | {event, sequel}) == 4
    rows = {r["id"]: r for r in explain_records(RECORDS, labels, follows)}
    assert rows["b07"]["follows"] == event and "follows" in rows["b07"]["reason"]
    assert "follows" not in rows["x01"] and "follows" not in rows["g01"] and "follows" not in rows["b01"]
    assert cluster_records(RECORDS) == labels  # the labels do not change


def test_batch_without_the_event_links_nothing() -> None:
    follows: dict[str, str] = {}
    cluster_records([r for r in RECORDS if r["id"] not in EVENT], follows=follows)
    assert follows == {}


def _day_by_day(tmp_path: Path) -> Store:
    store = Store(tmp_path / "days.db")
    for day in sorted({r["published"] for r in RECORDS}):
        path = tmp_path / f"{day}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS if r["published"] == day), encoding="utf-8")
        ingest(store, [str(path)])
        update_stories(store)
    return store


def test_store_fed_day_by_day_links_the_sequel_as_batch_does(tmp_path: Path) -> None:
    """The interim report comes alone on its day, five weeks after the collapse: it opens a story that follows the
    collapse's, recorded on both; the charges and the crossing join it; the viaduct and the fair follow nothing."""
    store = _day_by_day(tmp_path)
    with store:
        title_of = {r["title"]: r["id"] for r in RECORDS}
        rows = store.conn.execute(
            "SELECT a.title, sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
        ).fetchall()
        story = {title_of[str(t)]: str(s) for t, s in rows}
        event, sequel = story["b01"], story["b06"]
        assert {story[r] for r in EVENT} == {event}
        assert {story[r] for r in SEQUEL} == {sequel} and sequel != event
        later = get_story(store, sequel)
        assert later["follows"] == event
        assert any(e["kind"] == "follows" and event in e["detail"] for e in later["events"])
        assert get_story(store, event)["followed_by"] == [sequel]
        for other in (story["x01"], story["g01"]):
            assert get_story(store, other)["follows"] is None
            assert get_story(store, other)["followed_by"] == []


def test_a_sequel_tells_when_the_event_happened() -> None:
    first, last = _day("2026-05-06"), _day("2026-05-08")
    told = {
        "the inquiry into last month's collapse": "2026-06-11",
        "two spans fell into the river on May 6": "2026-06-18",
        "the spans fell on 7 May, killing three": "2026-06-18",
        "seven weeks after two of the bridge's spans fell": "2026-06-25",
        "the bridge has been closed since May": "2026-06-25",
    }
    for text, published in told.items():
        assert refers_back(text, _day(published), first, last), text


def test_another_occasion_tells_its_own_days() -> None:
    """Guards: dates that are not the event's, and a month that is the text's own."""
    first, last = _day("2026-05-06"), _day("2026-05-08")
    own = {
        "the fair opens on June 20 in Millrace Park": "2026-06-20",
        "the final report is due in September": "2026-06-25",
        "she was arrested on May 20 outside her home": "2026-06-18",
        "last month's figures were revised": "2026-07-15",  # last month is June: not the event's
        "the council met three days ago": "2026-06-18",
        "in May the council had approved the works": "2026-05-28",  # May is the text's own month
    }
    for text, published in own.items():
        assert not refers_back(text, _day(published), first, last), text


def _arrest(rid: str, outlet: str, published: str, title: str, text: str) -> dict[str, Any]:
    return {"id": rid, "outlet": outlet, "url": f"https://{outlet.lower().replace(' ', '-')}.example/{rid}",
            "published": published, "title": title, "text": text}  # fmt: skip


ARREST = (
    "Orrin Vale, the former treasurer of the Brackwater Rowing Club, was arrested in Brackwater on {day} on suspicion"
    " of {what}, Brackwater police said.\n\nDetective Sergeant Nell Amberley said Vale, 58, was being questioned at"
    " Brackwater central station. {detail}\n\nThe club's chairwoman, Ines Hollow, said the club was cooperating."
)


def test_two_arrests_of_one_man_years_apart_stay_two_stories_and_unlinked() -> None:
    """Guard: the same cast two years apart is the next occasion, not a sequel (past :data:`FOLLOWS_DAYS`), even when
    the later report tells the earlier arrest's month."""
    recs = [
        _arrest("r1", "Brackwater Echo", "2024-03-04", "Former rowing club treasurer arrested",
                ARREST.format(day="Monday", what="fraud", detail="About 40,000 crowns are missing from club accounts.")),
        _arrest("r2", "Tide Gazette", "2024-03-05", "Rowing club treasurer held over missing funds",
                ARREST.format(day="Monday", what="fraud", detail="Police searched his home on Tuesday.")),
        _arrest("r3", "Brackwater Echo", "2026-04-14", "Orrin Vale arrested again",
                ARREST.format(day="Tuesday", what="assault",
                              detail="He was first arrested in March 2024 over missing club funds.")),
        _arrest("r4", "Tide Gazette", "2026-04-15", "Ex-treasurer Vale held after brawl at boathouse",
                ARREST.format(day="Tuesday", what="assault", detail="A rower was treated for a broken nose.")),
    ]  # fmt: skip
    follows: dict[str, str] = {}
    labels = cluster_records(recs, follows=follows)
    assert labels["r1"] == labels["r2"] != labels["r3"] == labels["r4"]
    assert follows == {}


def test_cli_shows_the_link_in_both_paths(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    runner = CliRunner()
    rows = {
        r["id"]: r for r in map(json.loads, runner.invoke(app, ["cluster", str(DATA), "--json"]).stdout.splitlines())
    }
    assert rows["b06"]["follows"] == rows["b01"]["story"] and "follows" not in rows["x02"]
    db = str(tmp_path / "cli.db")
    for day in ("2026-05-06", "2026-06-11"):
        path = tmp_path / f"{day}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS if r["published"] == day), encoding="utf-8")
        assert runner.invoke(app, ["ingest", str(path), "--db", db]).exit_code == 0
        res = runner.invoke(app, ["cluster", "--db", db], env={"COLUMNS": "200"})
    assert " follows " in res.stdout  # the day's run says which story the interim report follows
    report = json.loads(runner.invoke(app, ["cluster", "--db", db, "--json"]).stdout)
    assert report["follows"] == []  # nothing new: no link made twice
    stories = [json.loads(s) for s in runner.invoke(app, ["stories", "--db", db, "--json"]).stdout.splitlines()]
    later = next(s["id"] for s in stories if s["date_range"][0] == "2026-06-11")
    event = next(s["id"] for s in stories if s["date_range"][0] == "2026-05-06")
    shown = runner.invoke(app, ["story", later, "--db", db], env={"COLUMNS": "200"}).stdout
    assert f"follows story {event}" in shown
    assert json.loads(runner.invoke(app, ["story", later, "--db", db, "--json"]).stdout)["follows"] == event
