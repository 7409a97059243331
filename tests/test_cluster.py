from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.cluster import cluster_records, get_story, list_stories, update_stories
from storyline.dedupe import find_duplicates, syndication_groups
from storyline.ingest import build_article, ingest
from storyline.ingest.drafts import Draft
from storyline.models import Article

FIRE = (
    "Fire destroys {place} warehouse",
    "A fire destroyed a timber warehouse in {place} on {day}, fire chief {chief} said. Crews from {place} fought "
    "the blaze for {hours} hours. {chief} said nobody was hurt and the cause of the fire in {place} is unknown.",
)
VOTE = (
    "Council of {place} votes on the harbour budget",
    "The council of {place} approved the harbour budget on {day} after a long debate. Mayor {chief} said the "
    "vote in {place} would fund new quays. Opposition members in {place} called the budget reckless.",
)


def _rec(i: int, tpl: tuple[str, str], **kw: str) -> dict[str, str]:
    return {"id": f"r{i}", "title": tpl[0].format(**kw), "text": tpl[1].format(**kw)}


def _corpus() -> list[dict[str, str]]:
    recs = []
    for i in range(4):
        recs.append(_rec(i, FIRE, place="Brenmoor", day="Monday", chief="Aldo Verrin", hours=str(3 + i)))
    for i in range(4, 8):
        recs.append(_rec(i, FIRE, place="Quillshaw", day="Friday", chief="Mara Tisdane", hours=str(2 + i)))
    for i in range(8, 12):
        recs.append(_rec(i, VOTE, place="Ostrava Bay", day="Tuesday", chief="Pell Oduya", hours="1"))
    return recs


def test_similar_events_are_told_apart_by_who_and_where():
    labels = cluster_records(_corpus())
    groups = {frozenset(k for k, v in labels.items() if v == lab) for lab in labels.values()}
    assert frozenset({"r0", "r1", "r2", "r3"}) in groups
    assert frozenset({"r4", "r5", "r6", "r7"}) in groups
    assert frozenset({"r8", "r9", "r10", "r11"}) in groups


def test_records_without_text_stand_alone():
    recs = [*_corpus(), {"id": "empty", "title": "", "text": ""}]
    labels = cluster_records(recs)
    assert labels["empty"].startswith("untexted:")


def test_single_record_and_many_copies():
    assert len(set(cluster_records([_corpus()[0]]).values())) == 1
    copies = [{**_corpus()[0], "id": f"c{i}"} for i in range(100)]
    assert len(set(cluster_records(copies).values())) == 1


@settings(max_examples=15, deadline=None)
@given(st.permutations(list(range(12))))
def test_input_order_does_not_change_the_result(order):
    recs = _corpus()
    base = cluster_records(recs)
    shuffled = cluster_records([recs[i] for i in order])
    assert shuffled == base
    assert set(shuffled) == {r["id"] for r in recs}  # every article in exactly one story


def _article(text: str, source: str) -> Article:
    art = build_article(Draft(source=source, original=text, fmt="text"))
    assert isinstance(art, Article)
    return art


def test_syndicated_copy_and_shared_passage_are_linked():
    wire = (
        "The regional water authority said on Monday that the reservoir at Kettle Point had fallen to its lowest "
        "level in forty years, and that rationing would begin in the northern districts within two weeks unless "
        "heavy rain arrived before the end of the month, according to the authority's chief engineer."
    )
    a = _article("Reservoir hits record low\n\n" + wire + "\n\nMore follows.", "a.txt")
    b = _article("Water rationing looms\n\n" + wire + "\n\nMore follows.", "b.txt")
    other = (
        "Farmers in the valley met on Tuesday to discuss the drought and the prices of feed, which have doubled "
        "since spring, and asked the ministry for emergency help with transport costs for hay from the south."
    )
    c = _article("Farmers ask for help\n\n" + other + "\n\n" + wire, "c.txt")
    d = _article(
        "Unrelated\n\nThe museum reopened its east wing on Sunday with a show of ship models built by retired "
        "dock workers, and the curator said visitors could handle some of the smaller pieces during weekend tours.",
        "d.txt",
    )
    links = find_duplicates([a, b, c, d])
    kinds = {(lk.a, lk.b): lk.kind for lk in links}
    assert kinds[tuple(sorted((a.id, b.id)))] in {"exact", "near"}
    passage = [lk for lk in links if {lk.a, lk.b} == {a.id, c.id} or {lk.a, lk.b} == {b.id, c.id}]
    assert passage and passage[0].shared
    side = passage[0].shared[0][0]
    art = {a.id: a, b.id: b, c.id: c}[side["article"]]
    assert wire[:40] in art.original[side["start"] : side["end"]]
    groups = syndication_groups(links, [a.id, b.id, c.id, d.id])
    assert [d.id] in groups and any({a.id, b.id} <= set(g) for g in groups)


def test_store_stories_are_incremental_and_stable(store, tmp_path: Path):
    recs = _corpus()
    for r in recs[:8]:
        (tmp_path / f"{r['id']}.txt").write_text(r["title"] + "\n\n" + r["text"], encoding="utf-8")
    ingest(store, [str(tmp_path / f"r{i}.txt") for i in range(8)])
    first = update_stories(store)
    assert first.mode == "batch" and first.new_stories == 2
    ids_before = {s["id"] for s in list_stories(store)}
    r = recs[8]
    (tmp_path / "late.txt").write_text(
        recs[0]["title"] + "\n\n" + recs[0]["text"].replace("3 hours", "five hours"), encoding="utf-8"
    )
    (tmp_path / "vote.txt").write_text(r["title"] + "\n\n" + r["text"], encoding="utf-8")
    ingest(store, [str(tmp_path / "late.txt"), str(tmp_path / "vote.txt")])
    second = update_stories(store)
    assert second.mode == "incremental" and second.joined == 1 and second.new_stories == 1
    after = list_stories(store, order="largest")
    assert ids_before <= {s["id"] for s in after}
    assert after[0]["article_count"] == 5
    story = get_story(store, after[0]["id"])
    assert any(e["kind"] == "joined" for e in story["events"])
    assert update_stories(store).assigned == 0


def test_seeds_form_one_story_without_duplicate_links(shared, store):
    seeds = sorted(str(p) for p in (shared / "seeds").glob("*.txt"))
    ingest(store, seeds)
    update_stories(store)
    stories = list_stories(store)
    assert len(stories) == 1 and stories[0]["article_count"] == 3
    story = get_story(store, stories[0]["id"])
    assert story["syndication_groups"] == [] and stories[0]["independent_outlets"] == 3


def test_cluster_cli_reads_jsonl_without_a_store(tmp_path: Path):
    import json

    from typer.testing import CliRunner

    from storyline.cli import app

    path = tmp_path / "in.jsonl"
    lines = [json.dumps(r) for r in _corpus()] + ["{not json"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["cluster", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {r["id"] for r in rows} == {f"r{i}" for i in range(12)}
    assert len({r["story"] for r in rows}) == 3


@settings(max_examples=10, deadline=None)
@given(st.lists(st.sampled_from(range(12)), min_size=1, max_size=12, unique=True))
def test_same_input_twice_gives_the_same_stories_and_each_article_one_story(picks):
    recs = [_corpus()[i] for i in picks]
    first, second = cluster_records(recs), cluster_records(recs)
    assert first == second
    assert sorted(first) == sorted(r["id"] for r in recs)


def test_identical_headlines_over_different_bodies_are_split_and_reasons_given():
    from storyline.cluster import explain_records

    recs = _corpus()
    for r in recs:
        r["title"] = "Latest news"
    recs.append({"id": "notext", "title": "Latest news", "text": ""})
    labels = cluster_records(recs)
    assert labels["r0"] == labels["r3"] and labels["r0"] != labels["r4"] and labels["r4"] != labels["r8"]
    rows = {r["id"]: r for r in explain_records(recs, labels)}
    assert "no date" in rows["r0"]["reason"] and "title only" in rows["notext"]["reason"]


def test_rebuild_keeps_ids_by_overlap(store, tmp_path: Path):
    from storyline.cluster import rebuild_stories

    recs = _corpus()
    for r in recs:
        (tmp_path / f"{r['id']}.txt").write_text(r["title"] + "\n\n" + r["text"], encoding="utf-8")
    ingest(store, [str(tmp_path / f"{r['id']}.txt") for r in recs])
    update_stories(store)
    before = {s["id"]: s["article_count"] for s in list_stories(store)}
    report = rebuild_stories(store)
    assert report.mode == "rebuild" and report.assigned == store.count_articles()
    assert {s["id"]: s["article_count"] for s in list_stories(store)} == before


def test_near_linear_path_for_large_inputs_gives_the_same_stories():
    from storyline.cluster import ClusterParams

    recs = _corpus()
    exact = cluster_records(recs)
    linear = cluster_records(recs, params=ClusterParams(exact_max=4))
    groups = lambda lab: {frozenset(k for k, v in lab.items() if v == s) for s in lab.values()}  # noqa: E731
    assert groups(linear) == groups(exact)


def test_same_kind_of_event_months_apart_is_another_story():
    recs = [_rec(i, FIRE, place="Brenmoor", day="Monday", chief="Aldo Verrin", hours=str(3 + i)) for i in range(5)]
    for i, r in enumerate(recs):
        r["published"] = f"2026-02-0{3 + i % 2}" if i < 3 else f"2026-09-1{8 + i % 2}"
    recs.append({**_rec(9, FIRE, place="Brenmoor", day="Monday", chief="Aldo Verrin", hours="4"), "published": None})
    labels = cluster_records(recs)
    assert labels["r0"] == labels["r1"] == labels["r2"] == labels["r9"]
    assert labels["r3"] == labels["r4"] != labels["r0"]
