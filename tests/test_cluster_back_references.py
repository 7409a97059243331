"""A sequel that never tells when the event happened but names it ("after the derailment that forced 1,200 from their
homes", "over the Orrinford spill") is linked to the event's story, in batch, in a store fed day by day and by
``storyline cluster --rebuild`` (which makes the links the incremental path makes, and keeps them across runs).
Invented reports only (tests/data/derailment_back_references.jsonl): a Kessel & Thorne Railway derailment in Orrinford
(e1-e4, three days); a council vote and a state fine six weeks later (s1, s2); look-alikes: another railway's
derailment in another state (x1) and a flood in Orrinford two months on, with the same fire chief and railway (f1, f2)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storyline.cluster import cluster_records, get_story, rebuild_stories, update_stories
from storyline.ingest import ingest
from storyline.store import Store

DATA = Path(__file__).parent / "data" / "derailment_back_references.jsonl"
RECORDS: list[dict[str, Any]] = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
EVENT = ["e1", "e2", "e3", "e4"]
SEQUEL = ["s1", "s2"]
OTHERS = ["x1", "f1", "f2"]


def test_batch_links_a_sequel_that_names_the_event_without_its_date() -> None:
    follows: dict[str, str] = {}
    labels = cluster_records(RECORDS, follows=follows)
    event = labels["e1"]
    assert {labels[r] for r in EVENT} == {event}
    assert all(follows.get(labels[r]) == event for r in SEQUEL)  # the council vote and the fine follow the derailment
    assert not {labels[r] for r in OTHERS} & set(follows)  # another derailment elsewhere, the same town's flood: no
    assert event not in follows


def _story_of(store: Store) -> dict[str, str]:
    title_of = {r["title"]: r["id"] for r in RECORDS}
    rows = store.conn.execute(
        "SELECT a.title, sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
    ).fetchall()
    return {title_of[str(t)]: str(s) for t, s in rows}


def _links(store: Store) -> dict[str, str | None]:
    story = _story_of(store)
    return {r: get_story(store, story[r])["follows"] for r in RECORDS_IDS}


RECORDS_IDS = [str(r["id"]) for r in RECORDS]


def _ingest(store: Store, tmp_path: Path, records: list[dict[str, Any]], name: str) -> None:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    ingest(store, [str(path)])


def _assert_linked(store: Store) -> None:
    story = _story_of(store)
    event = story["e1"]
    links = _links(store)
    assert all(links[r] == event for r in SEQUEL), links
    assert all(links[r] is None for r in [*EVENT, *OTHERS]), links
    assert set(get_story(store, event)["followed_by"]) == {story[r] for r in SEQUEL}


def test_store_fed_day_by_day_links_it_too(tmp_path: Path) -> None:
    store = Store(tmp_path / "days.db")
    with store:
        for day in sorted({r["published"] for r in RECORDS}):
            _ingest(store, tmp_path, [r for r in RECORDS if r["published"] == day], day)
            update_stories(store)
        _assert_linked(store)
        rebuild_stories(store)  # the links stay as they were
        _assert_linked(store)


def test_rebuild_links_as_the_incremental_path_does_and_keeps_the_links(tmp_path: Path) -> None:
    """A store whose stories are remade by a rebuild (none linked before: ingested without clustering, then rebuilt)
    links the sequel; a second rebuild keeps the same links, each recorded once."""
    store = Store(tmp_path / "rebuild.db")
    with store:
        _ingest(store, tmp_path, RECORDS, "all")
        rebuild_stories(store)
        _assert_linked(store)
        first = _links(store)
        rebuild_stories(store)
        assert _links(store) == first
        sequel = _story_of(store)["s1"]
        assert sum(e["kind"] == "follows" for e in get_story(store, sequel)["events"]) == 1


def test_a_sequel_names_the_event_it_follows() -> None:
    from storyline.cluster.occasion import names_the_event

    earlier = [str(r["text"]) for r in RECORDS if r["id"] in EVENT]
    cast = {"orrinford", "kessel", "thorne", "ormond", "varga", "ostra"}
    told = [
        "The council met after last month's derailment in Orrinford.",
        "Orrinford still counts the cost of the March 10 spill.",
        "Orrinford's council voted after the derailment that forced 1,200 from their homes.",
        "Regulators fined Kessel & Thorne over the Orrinford spill.",
    ]
    for text in told:
        assert names_the_event(text, earlier, cast), text
    untold = [
        "Orrinford's flood filled basements; the flood closed the line.",  # another kind of event: no verb of the event's
        "Kessel & Thorne said the company would appeal and the river was clean.",  # nouns of no happening
        "A train derailed near Upper Keddle after the derailment of a grain train.",  # none of the cast
        "The derailment in Orrinford was reported by a single wire.",  # ... a derailment, but one report's verb only
    ]
    assert not names_the_event(untold[0], earlier, cast)
    assert not names_the_event(untold[1], earlier, cast)
    assert not names_the_event(untold[2], earlier, cast)
    assert not names_the_event(untold[3], earlier[:1], cast)
    assert names_the_event("It was caused by the Kessel & Thorne freight train derailment.", earlier, cast) == (
        "the Kessel & Thorne freight train derailment"
    )
    assert names_the_event(told[0], earlier, cast) == "last month's derailment in Orrinford"  # the words, as evidence
    reported = ["A Kessel train derailed, officials reported.", "The train derailed; it was reported at noon."]
    assert not names_the_event("Orrinford councillors read the report on Monday.", reported, cast)  # no event's noun
    assert names_the_event("Orrinford councillors met after the derailment.", reported, cast)


def test_rebuild_links_a_sequel_that_tells_the_date(tmp_path: Path) -> None:
    """The bridge's inquiry report, charges and new crossing ("last month's collapse", "on May 6"): a rebuild of a store
    never clustered before links their story to the collapse's, as the incremental path does."""
    bridge = [json.loads(line) for line in (DATA.parent / "bridge_follow_ups.jsonl").read_text("utf-8").splitlines()]
    store = Store(tmp_path / "bridge.db")
    with store:
        _ingest(store, tmp_path, bridge, "bridge")
        rebuild_stories(store)
        title_of = {r["title"]: r["id"] for r in bridge}
        rows = store.conn.execute(
            "SELECT a.title, sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
        ).fetchall()
        story = {title_of[str(t)]: str(s) for t, s in rows}
        assert get_story(store, story["b06"])["follows"] == story["b01"]
        assert get_story(store, story["b01"])["followed_by"] == [story["b06"]]
        assert get_story(store, story["x01"])["follows"] is None and get_story(store, story["g01"])["follows"] is None


def test_the_night_before_the_first_reports_is_the_events_day() -> None:
    """A derailment late on March 3 is first reported on March 4: a sequel's "on March 3" tells when it happened; two
    days before the first reports is another day (guard)."""
    from datetime import date

    from storyline.cluster.occasion import refers_back

    first, last = date(2026, 3, 4).toordinal(), date(2026, 3, 6).toordinal()
    later = date(2026, 4, 7).toordinal()
    assert refers_back("the derailment in Callowford on March 3", later, first, last)
    assert not refers_back("a crossing inspected on March 2", later, first, last)


CHARGE = (
    "Prosecutor Hanne Voss on Friday charged a Kessel & Thorne Railway track manager with negligence over the"
    " Orrinford derailment{when}, saying he had signed off a worn rail joint the week before.\n\nThe charge carries a"
    " prison term of up to three years. Kessel & Thorne spokesperson Yelena Varga said the railway would stand by its"
    " employee, and Voss said the Ostra River case was still open."
)


def _charged(when: str) -> tuple[dict[str, str], dict[str, str]]:
    record = {
        "id": "c1",
        "published": "2026-04-17",
        "title": "Prosecutor charges Kessel & Thorne track manager",
        "text": CHARGE.format(when=when),
    }
    follows: dict[str, str] = {}
    labels = cluster_records([*(r for r in RECORDS if r["id"] in EVENT), record], follows=follows)
    return labels, follows


def test_a_sequel_that_names_the_event_and_its_month_follows_it_in_few_common_words() -> None:
    """Charges five weeks on tell the charges in their own words (0.04 alike to the derailment's reports): naming the
    event ("the Orrinford derailment") and when it was ("in March") together link them."""
    labels, follows = _charged(" in March")
    assert labels["c1"] != labels["e1"] and follows == {labels["c1"]: labels["e1"]}


def test_naming_the_event_alone_still_needs_more_words_in_common() -> None:
    labels, follows = _charged("")
    assert labels["c1"] != labels["e1"] and follows == {}
