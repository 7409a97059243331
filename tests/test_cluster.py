from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.cluster import cluster_records, get_story, list_stories, rebuild_stories, update_stories
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
    # copies of one article among other stories stay with their story, however many there are
    for n in (3, 12, 40):
        recs = [*_corpus(), *({**_corpus()[0], "id": f"copy{i:02d}"} for i in range(n))]
        labels = cluster_records(recs)
        assert len(set(labels.values())) == 3, (n, labels)
        assert {labels[f"copy{i:02d}"] for i in range(n)} == {labels["r0"]} == {labels[f"r{i}"] for i in range(4)}
    from storyline.cluster import explain_records

    why = {r["id"]: r["reason"] for r in explain_records(recs, labels)}
    # r1 to r3 are r0's text with another number of hours: near copies of it, as the brief's dedupe takes them
    assert why["copy00"].startswith(
        "clustered with 43 other article(s), 40 of them the same text, 3 of them near copies (the same text edited);"
    )
    assert why["r1"].startswith("clustered with 43 other article(s), 43 of them near copies (the same text edited);")
    assert why["r4"].startswith("clustered with 3 other article(s), 3 of them near copies")


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
    # an article's id given for a story's: the error names the article's story
    member = story["article_ids"][0]
    with pytest.raises(Exception, match=f"is an article, not a story; its story is {after[0]['id']}"):
        get_story(store, member)
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
    records = _corpus()
    records[0]["text"] += "\u2028A line separator inside a string is valid JSON."
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + ["{not json"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["cluster", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {r["id"] for r in rows} == {f"r{i}" for i in range(12)}
    assert len({r["story"] for r in rows}) == 3


def test_cluster_cli_reports_every_record_it_cannot_use_and_reads_gzip_and_arrays(tmp_path: Path):
    import gzip
    import json

    from typer.testing import CliRunner

    from storyline.cli import app

    records = _corpus()
    odd = [{"title": "no id", "text": "x"}, ["a", "list"], {**records[1], "text": "another body"}, {"id": "n1", "title": 2025,
           "text": records[2]["text"]}, {"id": "bad", "title": {"a": 1}, "text": "y"},
           {"id": "de", "title": "Feuer in Brenmoor", "text": "Ein Feuer hat am Montag ein Holzlager in Brenmoor "
            "zerstört, sagte der Feuerwehrchef. Die Ursache ist noch nicht bekannt, und niemand wurde verletzt."}]  # fmt: skip
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [*records, *odd]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["cluster", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {r["id"] for r in rows} == {f"r{i}" for i in range(12)} | {"n1", "de"}  # a numeric title is text
    why = {r["id"]: r["reason"] for r in rows}
    assert "language 'de'" in why["de"] and "language" not in why["r0"]
    err = "".join(result.stderr.split())  # the console wraps long lines wherever it likes
    for said in ("in.jsonl:13: no id", "in.jsonl:14: a JSON list", "in.jsonl:15: duplicate id 'r1' (first at line 2)",
                 "in.jsonl:17: title is a JSON dict, not text"):  # fmt: skip
        assert "".join(said.split()) in err, said
    gz = tmp_path / "in.jsonl.gz"
    gz.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in records).encode()))
    array = tmp_path / "in.json"
    array.write_text(json.dumps(records, indent=2), encoding="utf-8")
    for p in (gz, array):
        result = CliRunner().invoke(app, ["cluster", str(p), "--json"])
        assert result.exit_code == 0 and len([x for x in result.stdout.splitlines() if x.startswith("{")]) == 12
    for content, message in ((b"\xff\xfe\x00bad", "is not UTF-8 text"), (b"", "no usable records")):
        (tmp_path / "x.jsonl").write_bytes(content)
        result = CliRunner().invoke(app, ["cluster", str(tmp_path / "x.jsonl"), "--json"])
        assert result.exit_code == 1 and "".join(message.split()) in "".join(result.stderr.split()), result.output


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
    # short items that share nothing but a generic headline are not one story
    short = [
        "The Lindow council votes tonight on the skate park plan that Ada Fenwick put forward in March.",
        "Fishermen in Oskar Bay will protest the new quota rules outside the harbour office, Rune Kallio said.",
        "A ban on lorry parking along Wexley Road in Grenfold comes before councillors this evening.",
    ]
    recs = [{"id": f"s{i}", "title": "Council meeting tonight", "text": t} for i, t in enumerate(short)]
    assert len(set(cluster_records(recs).values())) == 3


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


def test_continuous_coverage_is_cut_into_stories_of_a_few_weeks_at_most():
    from datetime import date, timedelta

    from storyline.cluster import ClusterParams

    recs = [_rec(i, FIRE, place="Brenmoor", day="Monday", chief="Aldo Verrin", hours=str(3 + i)) for i in range(10)]
    for i, r in enumerate(recs):  # an article every 4 days for 36 days: never a 45-day gap
        r["published"] = (date(2026, 3, 1) + timedelta(days=4 * i + (i > 5))).isoformat()
    assert len(set(cluster_records(recs, params=ClusterParams(max_span_days=None)).values())) == 1
    labels = cluster_records(recs)
    stories: dict[str, list[date]] = {}
    for r in recs:
        stories.setdefault(labels[r["id"]], []).append(date.fromisoformat(r["published"]))
    assert len(stories) >= 3
    assert all((max(d) - min(d)).days <= ClusterParams().max_span_days for d in stories.values())
    assert labels["r5"] != labels["r6"]  # cut at the widest gap (5 days, between r5 and r6)


def test_a_late_article_joins_only_a_story_it_keeps_within_the_span(store, tmp_path: Path):
    def jsonl(name: str, rows: list[dict[str, str]]) -> str:
        path = tmp_path / f"{name}.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
        return str(path)

    recs = _corpus()
    for i, r in enumerate(recs):
        r["published"] = f"2026-03-0{1 + i % 3}"
    ingest(store, [jsonl("first", recs)])
    update_stories(store)
    stories = {s["id"] for s in list_stories(store)}
    assert len(stories) == 3
    soon = {**recs[1], "id": "soon", "published": "2026-03-10"}
    soon["text"] += " Investigators from Brenmoor were due on site."
    late = {**recs[2], "id": "late", "published": "2026-03-25"}
    late["text"] += " The warehouse owner in Brenmoor said he would rebuild."
    ingest(store, [jsonl("later", [soon, late])])
    report = update_stories(store)
    assert report.joined == 1  # the 10 March article joined its story; the 25 March one would stretch it
    assert len({s["id"] for s in list_stories(store)}) == 4  # to 24 days: it opened a story of its own
    (new,) = {s["id"] for s in list_stories(store)} - stories
    (why,) = get_story(store, new)["reasons"].values()
    assert why.startswith("close to story ") and "15 days after it: a story spans at most 14 days" in why, why


def _write(tmp_path: Path, name: str, title: str, text: str) -> str:
    path = tmp_path / f"{name}.txt"
    path.write_text(title + "\n\n" + text, encoding="utf-8")
    return str(path)


def _state(store) -> dict[str, tuple]:
    """Per story: its row's version and its index rows (centroid and inverted-index terms)."""
    out = {}
    for sid, version in store.conn.execute("SELECT id, version FROM stories"):
        vec = store.conn.execute("SELECT vector, n FROM story_vectors WHERE story_id = ?", (sid,)).fetchone()
        terms = store.conn.execute("SELECT term, weight FROM story_terms WHERE story_id = ? ORDER BY term", (sid,))
        out[sid] = (version, tuple(vec) if vec else None, tuple(map(tuple, terms)))
    return out


def test_incremental_add_changes_only_the_story_it_joins(store, tmp_path: Path):
    recs = _corpus()
    ingest(store, [_write(tmp_path, r["id"], r["title"], r["text"]) for r in recs])
    update_stories(store)
    before = _state(store)
    n_docs = lambda: int(store.conn.execute("SELECT value FROM story_state WHERE key = 'n_docs'").fetchone()[0])  # noqa: E731
    assert len(before) == 3 and n_docs() == store.conn.execute("SELECT count(*) FROM story_articles").fetchone()[0]
    late = recs[4]["text"].replace("for 6 hours", "for seven hours") + " Investigators from Quillshaw were due on site."
    ingest(store, [_write(tmp_path, "late", recs[4]["title"], late)])
    report = update_stories(store)
    assert report.mode == "incremental" and report.joined == 1 and report.new_stories == 0
    after = _state(store)
    assert set(after) == set(before)  # ids stable, no story made or dropped
    changed = [sid for sid in after if after[sid] != before[sid]]
    quill = store.conn.execute(
        "SELECT story_id FROM story_articles WHERE article_id = ?",
        (store.conn.execute("SELECT id FROM articles WHERE source LIKE '%r4.txt'").fetchone()[0],),
    ).fetchone()[0]
    assert changed == [quill] and after[quill][0] == before[quill][0] + 1 and after[quill][1][1] == 5
    story = get_story(store, quill)
    assert story["article_count"] == 5 and story["events"][-1]["kind"] == "joined"
    # Summary updated from what changed only: the same as recomputing it from every member.
    from storyline.cluster.stories import _refresh

    def row():
        return store.conn.execute("SELECT label, meta, size FROM stories WHERE id = ?", (quill,)).fetchone()

    incremental = row()
    _refresh(store, quill)
    full = row()
    assert incremental["label"] == full["label"] and incremental["size"] == full["size"] == 5
    meta_i, meta_f = json.loads(incremental["meta"]), json.loads(full["meta"])
    for key in ("outlets", "independent_outlets", "syndication_groups"):
        assert meta_i[key] == meta_f[key], key
    assert set(meta_i["key_entities"]) == set(meta_f["key_entities"])
    assert len(meta_i["syndication_groups"][0]["articles"]) == 5  # the near copy joined the wire group
    assert n_docs() == store.conn.execute("SELECT count(*) FROM story_articles").fetchone()[0]


def test_unrelated_article_opens_a_story_and_the_index_is_rebuilt_for_older_stores(store, tmp_path: Path):
    recs = _corpus()
    ingest(store, [_write(tmp_path, r["id"], r["title"], r["text"]) for r in recs[:8]])
    update_stories(store)
    for table in ("story_state", "story_vectors", "story_terms", "story_term_df"):  # as a store made before the index
        store.conn.execute(f"DELETE FROM {table}")
    store.conn.commit()
    before = _state(store)
    ingest(store, [_write(tmp_path, "vote", recs[8]["title"], recs[8]["text"])])
    report = update_stories(store)
    assert report.new_stories == 1 and report.joined == 0
    after = _state(store)
    assert {s: v[0] for s, v in before.items()}.items() <= {s: v[0] for s, v in after.items()}.items()
    assert len(after) == 3 and all(v[1][1] >= 1 for v in after.values())  # every story indexed
    assert update_stories(store).assigned == 0


def test_rebuild_records_a_split_and_a_merge(store, tmp_path: Path):
    from storyline.cluster import rebuild_stories

    recs = _corpus()
    ingest(store, [_write(tmp_path, r["id"], r["title"], r["text"]) for r in recs])
    update_stories(store)
    ids = [s["id"] for s in list_stories(store, order="largest")]
    # One article of the second story on its own, the rest of it put into the first story: the rebuild
    # splits the first story and merges the second one's two parts.
    first = store.conn.execute("SELECT article_id FROM story_articles WHERE story_id = ? LIMIT 1", (ids[1],))
    store.conn.execute("INSERT INTO stories(id) VALUES ('handmade')")
    store.conn.execute("UPDATE story_articles SET story_id = 'handmade' WHERE article_id = ?", (first.fetchone()[0],))
    store.conn.execute("UPDATE story_articles SET story_id = ? WHERE story_id = ?", (ids[0], ids[1]))
    store.conn.commit()
    report = rebuild_stories(store)
    kinds = {(r[0], r[1]) for r in store.conn.execute("SELECT story_id, kind FROM story_events")}
    assert (ids[0], "split") in kinds
    assert any(k == "merged" for _, k in kinds)
    assert len([s for s in list_stories(store) if s["article_count"]]) == 3
    assert report.kept + report.new_stories == 3 and report.kept >= 2
    # a story the rebuild emptied says where its articles went and claims no outlet any more
    gone = [sid for (sid,) in store.conn.execute("SELECT id FROM stories WHERE size = 0")]
    assert gone
    ghosts = [get_story(store, sid) for sid in gone]
    assert all(g["article_count"] == 0 and g["independent_outlets"] == 0 and g["outlets"] == [] for g in ghosts)
    # one article of a story put on its own: the rebuild puts it back, and its story of one says where it went
    big = list_stories(store, order="largest")[0]["id"]
    one = store.conn.execute("SELECT article_id FROM story_articles WHERE story_id = ? LIMIT 1", (big,)).fetchone()[0]
    store.conn.execute("INSERT INTO stories(id, size) VALUES ('alone', 1)")
    store.conn.execute("UPDATE story_articles SET story_id = 'alone' WHERE article_id = ?", (one,))
    store.conn.commit()
    report = rebuild_stories(store)
    alone = get_story(store, "alone")
    assert alone["merged_into"] == big and alone["events"][-1]["detail"] == f"into {big}" and report.new_stories == 0
    assert report.merged == 1  # the rebuild's report counts the story it merged away
    assert "alone" not in {s["id"] for s in list_stories(store)}


def test_key_entities_are_not_read_from_a_title_case_headline() -> None:
    from storyline.cluster.batch import entity_text, name_phrases

    title = "Russia Offers to Mediate Between US and North Korea"
    body = "Kremlin spokesman Dmitry Peskov said Russia was ready to mediate."
    assert "Mediate Between" not in name_phrases(entity_text(title, body))
    assert "Dmitry Peskov" in name_phrases(entity_text(title, body))
    sentence_case = "Russia offers to mediate between the US and North Korea"
    assert "North Korea" in name_phrases(entity_text(sentence_case, body))  # a normal headline is read


def test_story_label_prefers_a_title_that_states_no_count() -> None:
    from storyline.cluster.stories import _label_of

    titles = [
        "Ferry accident: 14 injured off Kessling Point",
        "Ferry runs aground off Kessling Point, a dozen hurt",
        "Ferry runs aground off Kessling Point",
        "Inquiry opened after ferry grounding",
    ]
    assert _label_of(titles, "fallback") == "Ferry runs aground off Kessling Point"
    # When every title states a count, the most central one is still chosen.
    counted = ["Two hurt in ferry grounding", "Three hurt as ferry grounds", "Ferry grounds: 3 hurt off Orne"]
    assert _label_of(counted, "fallback") in counted
    assert _label_of(["12 hurt in grounding", "Ferry grounds in fog"], "x") == "Ferry grounds in fog"


FIRE_LONG = (
    "Fire destroys {place} timber warehouse",
    "A fire destroyed a timber warehouse in {place} on {day}, fire chief {chief} said. Crews from {place} and "
    "{other} fought the blaze for {hours} hours before it was under control. {chief} said nobody was hurt, but "
    "the owner, {owner}, estimated the damage at {cost} million euros. Residents of {place} were told to keep "
    "their windows shut because of the smoke. The cause of the fire in {place} is not yet known, and {owner} "
    "said the company would rebuild the warehouse near the {river} river.",
)


FIRE_A = dict(place="Brenmoor", other="Ostvik", day="Monday", chief="Aldo Verrin", owner="Halvard Timber", river="Lune")
FIRE_B = dict(FIRE_A, place="Quillshaw", day="Friday")  # the same company's other warehouse, four days later


def _fire(tmp_path: Path, key: str, i: int) -> str:
    kw = FIRE_A if key == "a" else FIRE_B
    return _write(tmp_path, f"{key}{i}", FIRE_LONG[0].format(**kw), FIRE_LONG[1].format(hours=3 + i, cost=2 + i, **kw))


def _story_of(store, path: str) -> str:
    return store.conn.execute(
        "SELECT sa.story_id FROM story_articles sa JOIN articles x ON x.id = sa.article_id WHERE x.source = ?", (path,)
    ).fetchone()[0]


def _fires_one_by_one(store, tmp_path: Path, last: int) -> tuple[dict[str, str], int]:
    """Council stories as the store's background, then the first fire's first article, then one article of each
    fire in turn up to ``last``: each file's story when it was placed, and how many stories split."""
    background = [r for r in _corpus() if r["title"].startswith("Council")]
    ingest(store, [_write(tmp_path, r["id"], r["title"], r["text"]) for r in background])
    update_stories(store)
    placed: dict[str, str] = {}
    splits = 0
    for key, i in [("a", 0)] + [(k, i) for i in range(1, last + 1) for k in ("a", "b")]:
        path = _fire(tmp_path, key, i)
        ingest(store, [path])
        splits += update_stories(store).split
        placed[f"{key}{i}"] = _story_of(store, path)
    return placed, splits


def _fire_stories(store) -> dict[str, str]:
    rows = store.conn.execute(
        "SELECT x.source, sa.story_id FROM story_articles sa JOIN articles x ON x.id = sa.article_id"
    )
    return {Path(src).stem: sid for src, sid in rows if Path(src).stem[0] in "ab"}


def test_a_story_joined_by_articles_of_a_second_similar_event_splits_and_records_it(store, tmp_path: Path):
    """Articles added one by one: the second fire's first articles join the first fire's story (the same kind
    of event, the same company); once the story holds enough of both, the event check splits it, the first
    fire keeps its id."""
    placed, splits = _fires_one_by_one(store, tmp_path, 7)
    assert placed["b1"] == placed["a0"]  # the second fire's first article joined the first fire's story
    final = _fire_stories(store)
    assert splits == 1
    assert len(final) == 15 and len(set(final.values())) == 2
    assert {final[f"a{i}"] for i in range(8)} == {placed["a0"]}  # the first fire kept its story and id
    second = {final[f"b{i}"] for i in range(1, 8)}
    assert len(second) == 1 and second != {placed["a0"]}
    events = store.conn.execute("SELECT story_id, kind, detail FROM story_events WHERE kind IN ('split', 'created')")
    kinds = {(sid, kind): detail for sid, kind, detail in events}
    assert (placed["a0"], "split") in kinds and f"split from {placed['a0']}" in kinds[(second.pop(), "created")]
    for sid, n_members in store.conn.execute("SELECT story_id, count(*) FROM story_articles GROUP BY story_id"):
        assert store.conn.execute("SELECT n FROM story_vectors WHERE story_id = ?", (sid,)).fetchone()[0] == n_members
        assert get_story(store, sid)["article_count"] == n_members
    # The history is shown: `storyline story ID` and the story's page.
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from storyline.cli import app
    from storyline.web.app import WebSettings, create_app

    shown = CliRunner().invoke(app, ["story", placed["a0"], "--db", str(store.path)]).output
    assert f"split into {placed['a0']}, {final['b7']}" in shown and "joined" in shown
    web = create_app(WebSettings(db=store.path, worker=False, post_ingest=False))
    with TestClient(web, base_url="http://127.0.0.1") as client:
        page = client.get(f"/stories/{final['b7']}").text
    link = f'<a href="/stories/{placed["a0"]}">{placed["a0"]}</a>'
    assert "<h2>History</h2>" in page and f"split from {link}: 7 articles of another event" in page


TRAM = (
    "Rivelle opens its first tram line",
    "City officials in Rivelle said on Tuesday that the first tram line would open to passengers in April. The line "
    "runs eleven kilometres from the harbour to the university, mayor Ines Carvallo said. Officials said tickets "
    "would cost the same as the bus, and people living near the depot said they welcomed the quieter trams. "
    "Construction of the line began three years ago and cost 240 million euros, city officials said.",
)
TRAM_AGAIN = (
    "Rivelle tram to carry first passengers in April",
    "Rivelle's new tram line, eleven kilometres long, will carry its first passengers in April, mayor Ines Carvallo "
    "announced on Tuesday. The trams will link the harbour with the university. A ticket will cost the same as a bus "
    "fare. The line took three years to build and cost 240 million euros.",
)
JAZZ = (
    "Record crowd at Marrow Bay jazz festival",
    "City officials in Marrow Bay said on Tuesday that the jazz festival drew a record crowd of 41,000 people over "
    "four days. The festival, now in its twentieth year, brought bands from nine countries, organiser Teodor Lusk "
    "said. Officials said hotels in the city were full and people queued for hours at the harbour stage. Next "
    "year's festival will add a second stage near the old market, city officials said.",
)


def test_a_few_new_articles_are_grouped_by_the_stores_word_weights_not_their_own(store, tmp_path: Path):
    """A day's three new articles that join no story: two on one tram line, one on a jazz festival. Weighed only
    against each other, the words the two events share ("city officials said on Tuesday", "people", "harbour")
    would look rare and tie them; the store's frequencies know them as common."""
    recs = _corpus()
    ingest(store, [_write(tmp_path, r["id"], r["title"], r["text"]) for r in recs])
    update_stories(store)
    new = {name: _write(tmp_path, name, *doc) for name, doc in (("tram", TRAM), ("tram2", TRAM_AGAIN), ("jazz", JAZZ))}
    ingest(store, list(new.values()))
    report = update_stories(store)
    assert report.mode == "incremental" and report.joined == 0 and report.new_stories == 2
    story = {
        name: store.conn.execute(
            "SELECT sa.story_id FROM story_articles sa JOIN articles x ON x.id = sa.article_id WHERE x.source = ?",
            (path,),
        ).fetchone()[0]
        for name, path in new.items()
    }
    assert story["tram"] == story["tram2"] != story["jazz"]


def test_a_split_cut_short_leaves_the_story_whole_and_a_later_run_splits_it(store, tmp_path: Path, monkeypatch):
    """A failure in the middle of a split (after the moves, before the summaries), in a run that commits article
    by article: the articles placed before it stay placed, the split writes nothing, the index matches the stories;
    the next join checks the story again and splits it."""
    from storyline.cluster import stories

    _fires_one_by_one(store, tmp_path, 5)
    assert len(set(_fire_stories(store).values())) == 1  # 11 articles: not checked yet
    ingest(store, [_fire(tmp_path, "a", 6), _fire(tmp_path, "b", 6)])

    def power_cut(*args: object, **kwargs: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(stories, "ONE_COMMIT_MAX", 1)  # as with more than 50 new articles
    monkeypatch.setattr(stories, "_refresh", power_cut)
    with pytest.raises(RuntimeError):
        update_stories(store)
    monkeypatch.undo()
    final = _fire_stories(store)
    assert len(final) == 13 and len(set(final.values())) == 1  # both joined; not split
    assert store.conn.execute("SELECT count(*) FROM story_events WHERE kind = 'split'").fetchone()[0] == 0
    for sid, n_members in store.conn.execute("SELECT story_id, count(*) FROM story_articles GROUP BY story_id"):
        assert store.conn.execute("SELECT n FROM story_vectors WHERE story_id = ?", (sid,)).fetchone()[0] == n_members
    ingest(store, [_fire(tmp_path, "b", 7)])
    assert update_stories(store).split == 1
    final = _fire_stories(store)
    assert len(final) == 14 and len(set(final.values())) == 2


def test_the_story_index_is_re_weighted_each_time_the_store_doubles(store, tmp_path: Path):
    """Articles placed one by one from an empty store: the index is rebuilt (every vector weighed with the
    frequencies as they are now) when the store reaches 2, 4, 8 articles, and is then what a fresh rebuild gives."""
    from storyline.cluster.index import StoryIndex

    def index_rows() -> list[tuple]:
        rows = store.conn.execute("SELECT story_id, vector, norm, n FROM story_vectors ORDER BY story_id")
        return [tuple(r) for r in rows]

    recs = _corpus()
    rebuilt = []
    for r in recs[:9]:
        ingest(store, [_write(tmp_path, r["id"], r["title"], r["text"])])
        if update_stories(store).reindexed:
            rebuilt.append(StoryIndex(store).n_docs)
            fresh = index_rows()
            StoryIndex(store).rebuild()
            assert index_rows() == fresh
    assert rebuilt == [2, 4, 8]
    store.conn.execute("DELETE FROM story_state WHERE key = 'rebuilt_at'")  # an index made before this was kept
    store.conn.commit()
    for r in recs[9:]:
        ingest(store, [_write(tmp_path, r["id"], r["title"], r["text"])])
        assert not update_stories(store).reindexed  # counted from 9 articles, not rebuilt at once


def test_a_large_store_is_not_re_weighted_as_it_doubles(monkeypatch):
    from storyline.cluster import index as idx

    class Fake(idx.StoryIndex):
        def __init__(self, n: int, at: int) -> None:
            self.values = {"n_docs": str(n), "rebuilt_at": str(at)}

        def _state(self, key: str) -> str | None:
            return self.values.get(key)

    assert Fake(40, 20).stale() and not Fake(39, 20).stale()
    assert not Fake(idx.REWEIGHT_MAX + 2, idx.REWEIGHT_MAX // 2).stale()


def test_a_key_entity_is_a_name_without_article_or_possessive() -> None:
    from storyline.extract.entities import clean_name as key_name

    assert key_name("The Kessling Harbour Authority") == "Kessling Harbour Authority"
    assert key_name("North Korea's") == "North Korea" and key_name("Lions’") == "Lions"
    assert key_name("Theo Vale") == "Theo Vale"


def test_reading_commands_on_a_missing_store_fail_and_stories_says_what_waits_for_clustering(tmp_path: Path):
    from typer.testing import CliRunner

    from storyline.cli import app

    runner = CliRunner()
    typo = tmp_path / "typo.db"
    for cmd in (["stories"], ["story", "s1"], ["stats"], ["articles"], ["cluster"], ["brief", "s1"]):
        result = runner.invoke(app, [*cmd, "--db", str(typo)])
        assert result.exit_code == 1 and "nostoreat" in "".join(result.stderr.split()), (cmd, result.output)
    assert not typo.exists()  # nothing created under a mistyped name
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in _corpus()) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["ingest", str(path), "--db", db])
    assert "next:`storylinecluster" in "".join(result.stdout.split())  # the console wraps long lines
    result = runner.invoke(app, ["stories", "--db", db, "--json"])
    said = "".join(result.stderr.split())
    assert (
        result.exit_code == 0 and result.stdout == "" and "9storedarticle(s)areinnostory" in said
    )  # 3 copies kept once
    runner.invoke(app, ["cluster", "--db", db])
    result = runner.invoke(app, ["stories", "--db", db, "--json"])
    assert len(result.stdout.splitlines()) == 3 and "no story" not in result.stderr


def test_search_finds_articles_by_any_spelling_with_their_story(tmp_path: Path):
    from typer.testing import CliRunner

    from storyline.cli import app

    runner = CliRunner()
    recs = [
        {"id": "a", "title": "Ward closed", "text": "Dr Šimon Kovář closed the ward on Monday.", "outlet": "Alpha"},
        {"id": "b", "title": "Ward shut", "text": "Dr Simon Kovar shut the ward on Monday.", "outlet": "Beta"},
        {"id": "c", "title": "Bridge works", "text": "The Tarn bridge will lose a lane for repairs.", "outlet": "Beta"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    runner.invoke(app, ["run", str(path), "--db", db, "--out", str(tmp_path / "out")])
    result = runner.invoke(app, ["search", "Kovar", "--db", db, "--json"])
    hits = [json.loads(x) for x in result.stdout.splitlines()]
    assert result.exit_code == 0 and len(hits) == 2 and all(h["story"] for h in hits)
    assert all("⟦" in h["snippet"] for h in hits)  # the matched word marked
    assert "2 of 2 matching" in " ".join(runner.invoke(app, ["search", "Kovář", "--db", db]).stdout.split())
    empty = runner.invoke(app, ["search", "  ", "--db", db])
    assert empty.exit_code == 1 and "empty search query" in empty.stderr


def test_story_filters_fold_case_and_accents_take_part_of_a_name_and_leave_out_undated_stories(store, tmp_path: Path):
    from storyline.store.sqlite import names_match

    assert names_match("Écho de Lérins", "ECHO DE LERINS") and names_match("Nørre Tidende", "NORRE tidende")
    assert names_match("Tidewater Courier", "tidewater") and not names_match("Tidewater Courier", "tide")
    assert not names_match("Tidewater Courier", "%") and not names_match("H_rrowgate", "Harrowgate")
    recs = _corpus()
    outlets = ["Écho de Lérins"] * 4 + ["Tidewater Courier"] * 4 + ["Orne Gazette"] * 4
    for r, outlet in zip(recs, outlets, strict=True):
        r["outlet"] = outlet
        r["published"] = None if outlet == "Orne Gazette" else "2026-04-15"
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    ingest(store, [str(path)])
    update_stories(store)
    assert len(list_stories(store)) == 3
    assert [s["outlets"] for s in list_stories(store, outlet="echo de lerins")] == [["Écho de Lérins"]]
    assert [s["outlets"] for s in list_stories(store, outlet="TIDEWATER")] == [["Tidewater Courier"]]
    # a date range holds the stories known to fall in it, not the one with no date
    assert {tuple(s["outlets"]) for s in list_stories(store, since="2026-04")} == {("Écho de Lérins",),
                                                                                  ("Tidewater Courier",)}  # fmt: skip
    assert list_stories(store, since="2030") == [] and list_stories(store, until="1990") == []
    # an entity is found by any name the story's articles use, a surname alone, without accents
    from storyline.extract import extract_store

    extract_store(store)
    fire = {s["id"] for s in list_stories(store, entity="Aldo Verrin")}
    assert len(fire) == 1 and {s["id"] for s in list_stories(store, entity="verrin")} == fire
    assert {s["id"] for s in list_stories(store, entity="Pell Oduya")} == {
        s["id"] for s in list_stories(store, entity="ODUYA")
    }
    assert list_stories(store, entity="Verr") == []


def test_copies_arriving_in_bursts_join_their_story_and_never_split_it(store, tmp_path: Path):
    from storyline.cluster import story_of_article

    recs = _corpus()
    base = tmp_path / "base.jsonl"
    base.write_text("\n".join(json.dumps({**r, "outlet": f"Own {r['id']}"}) for r in recs) + "\n", encoding="utf-8")
    ingest(store, [str(base)])
    update_stories(store)

    def story_of(outlet: str) -> str | None:
        row = store.conn.execute("SELECT id FROM articles WHERE outlet = ?", (outlet,)).fetchone()
        return story_of_article(store, row[0])

    fire = story_of("Own r0")
    burst = tmp_path / "exact.jsonl"
    burst.write_text(
        "\n".join(
            json.dumps({**recs[0], "id": f"x{i}", "outlet": f"Site {i}", "url": f"https://site{i}.example/fire"})
            for i in range(100)
        )
    )
    edited = tmp_path / "edited.jsonl"
    edited.write_text(
        "\n".join(
            json.dumps(
                {
                    **recs[0],
                    "id": f"e{i}",
                    "outlet": f"Paper {i}",
                    "url": f"https://paper{i}.example/fire",
                    "text": recs[0]["text"].replace("fought", "battled") + f" (Reporting by desk {i})",
                }
            )
            for i in range(100)
        )  # fmt: skip
    )
    for path in (burst, edited):
        ingest(store, [str(path)])
        report = update_stories(store)
        assert report.new_stories == 0 and report.split == 0, report
    assert {story_of(f"{k} {i}") for k in ("Site", "Paper") for i in range(100)} == {fire}
    assert get_story(store, fire)["article_count"] == 204


RAIL = [
    ("Freight train derails near Bellmere junction",
     "Eleven wagons of a freight train left the tracks near Bellmere junction early on Tuesday, the rail operator "
     "Norvale Freight said. Nobody was hurt, but the line between Bellmere and Caskey will stay closed until Friday "
     "while cranes lift the wagons, which carried timber and grain. Inspector Ruth Amsel said a broken rail was the "
     "most likely cause and that the track had last been checked in May."),
    ("Bellmere line shut after derailment",
     "Passengers between Bellmere and Caskey face buses until Friday after a Norvale Freight train came off the rails "
     "on Tuesday morning. The company said eleven of its forty wagons derailed at low speed. Local councillor Tam "
     "Okafor called the closure a blow to commuters and asked why the track had not been replaced, as promised, "
     "two years ago. Rail inspectors were on site all day."),
    ("Broken rail suspected in Bellmere derailment",
     "Investigators are examining a cracked section of track after Tuesday's derailment of a Norvale Freight train "
     "near Bellmere, inspector Ruth Amsel said on Wednesday. The train, hauling timber and grain to the port of "
     "Caskey, lost eleven wagons. Repairs to the line are expected to take until Friday, the operator said, and "
     "freight will be diverted through Holt Cross in the meantime."),
]  # fmt: skip


def test_a_burst_of_edited_copies_does_not_split_its_story_as_another_event(tmp_path: Path):
    from storyline.store import Store

    recs = [*_corpus(), *({"id": f"rail{k}", "title": t, "text": x} for k, (t, x) in enumerate(RAIL))]
    with Store(tmp_path / "s.db") as store:
        base = tmp_path / "base.jsonl"
        base.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
        ingest(store, [str(base)])
        update_stories(store)
        before = len(list_stories(store))
        edited = tmp_path / "edited.jsonl"
        title, text = RAIL[0]
        rows = [
            {"id": f"e{i}", "title": title, "outlet": f"Paper {i}", "url": f"https://paper{i}.example/rail",
             "text": text.replace("early on", ("early on", "on", "before dawn on")[i % 3]) + f" Desk {i % 7}."}
            for i in range(100)
        ]  # fmt: skip
        edited.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
        ingest(store, [str(edited)])
        report = update_stories(store)
        assert report.new_stories == 0 and report.split == 0, report
        assert len(list_stories(store)) == before


LEAK = [
    (
        "Chlorine leak forces evacuation in Osterby",
        "A chlorine leak at the Tarvell Chemicals plant in Osterby forced the evacuation of about 900 residents on "
        "Monday morning, the fire service said. Eleven people were treated in hospital for breathing problems. Crews "
        "sealed the leaking tank by noon and residents were told to keep windows closed.",
    ),
    (
        "Hundreds evacuated after Osterby chemical leak",
        "About 900 people were evacuated from homes near the Tarvell Chemicals plant in Osterby on Monday after "
        "chlorine escaped from a storage tank. The fire service said eleven people needed hospital treatment for "
        "breathing difficulties. The leak was stopped before noon.",
    ),
    (
        "Osterby residents return home after chlorine scare",
        "Residents evacuated after a chlorine leak at the Tarvell Chemicals works in Osterby were allowed home on "
        "Monday evening. Eleven people had been treated in hospital. The fire service said air readings around the "
        "plant were back to normal.",
    ),
    (
        "Council approves Marrowby harbour budget",
        "The council of Marrowby approved the harbour budget on Tuesday after a long debate. Mayor Pell Oduya said "
        "the vote would fund new quays. Opposition members called the budget reckless and asked for an audit of the "
        "quay contracts.",
    ),
    (
        "Fire destroys Ashcombe sawmill",
        "A fire destroyed the sawmill in Ashcombe on Wednesday night, fire chief Aldo Verrin said. Crews fought the "
        "blaze for six hours. Nobody was hurt, and the owner said the business would try to rebuild within a year.",
    ),
]
FOLLOW_UP = (
    "Cracked seal blamed for Osterby leak",
    "A cracked seal on a valve caused Monday's chlorine leak at the Tarvell Chemicals plant in Osterby, which forced "
    "hundreds from their homes, inspectors from the Health and Safety Executive said on Thursday. Inspector Miriam "
    "Osei said the seal should have been replaced during maintenance in July. The company said it accepted the "
    "finding and had postponed production. Prosecutors are considering charges. Eleven people were treated in "
    "hospital after the leak.",
)


def test_a_follow_up_in_new_words_finds_its_story_and_is_told_how_close_it_is(
    store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    # the follow-up's strongest words (seal, valve, Osei) are new to the store: its candidates come from the words
    # it shares with stored articles, and it joins the leak's story; when it is not close enough to join (here a
    # stricter threshold), the reason names the story it is near
    for i, (title, text) in enumerate(LEAK):
        (tmp_path / f"a{i}.txt").write_text(title + "\n\n" + text, encoding="utf-8")
    ingest(store, [str(tmp_path / f"a{i}.txt") for i in range(len(LEAK))])
    update_stories(store)
    leak = next(s["id"] for s in list_stories(store) if s["article_count"] == 3)
    (tmp_path / "f.txt").write_text(FOLLOW_UP[0] + "\n\n" + FOLLOW_UP[1], encoding="utf-8")
    ingest(store, [str(tmp_path / "f.txt")])
    report = update_stories(store)
    assert report.joined == 1 and report.new_stories == 0
    assert next(s for s in list_stories(store) if s["id"] == leak)["article_count"] == 4

    import storyline.cluster.stories as stories
    from storyline.store import Store

    with Store(tmp_path / "strict.db") as strict:
        ingest(strict, [str(tmp_path / f"a{i}.txt") for i in range(len(LEAK))])
        update_stories(strict)
        leak2 = next(s["id"] for s in list_stories(strict) if s["article_count"] == 3)
        ingest(strict, [str(tmp_path / "f.txt")])
        monkeypatch.setattr(stories, "JOIN_THRESHOLD", 0.95)
        assert update_stories(strict).new_stories == 1
        story = next(s for s in list_stories(strict) if s["label"] == FOLLOW_UP[0])
        reason = next(iter(get_story(strict, story["id"])["reasons"].values()))
    assert reason.startswith(f"closest to story {leak2} (similarity 0.")
    assert "under the 0.95" in reason and "`storyline cluster --rebuild`" in reason


POOL = (
    "Brenholm pool closed after chlorine leak",
    "A chlorine leak closed the public swimming pool in Brenholm on Thursday. Three swimmers were treated for breathing "
    "problems, the fire service said.",
)
LEAK_AGAIN = (
    "Chlorine leak at Osterby chemical plant: 900 evacuated",
    "Some 900 residents were evacuated on Monday when chlorine leaked from a tank at the Tarvell Chemicals plant in "
    "Osterby, the fire service said. Eleven people were taken to hospital with breathing problems; the leaking tank "
    "was sealed by noon and people were told to keep windows closed.",
)


@pytest.mark.parametrize("stored_dated", [True, False])
def test_an_article_without_a_date_joins_a_dated_story_only_when_close(store, tmp_path: Path, stored_dated: bool):
    # the stories' dates cannot keep out an article that has none (nor a story of undated articles one that is
    # dated): a chlorine leak in another town (0.25 to the leak's story: it joined at 0.20 before) opens a story of
    # its own, is told why, and leaves the story's dates as they were; another report of the leak itself joins
    day = {"published": "2016-03-07"}
    recs = [
        {"id": f"r{i}", "outlet": f"Outlet {i}", "title": t, "text": x, **(day if stored_dated else {})}
        for i, (t, x) in enumerate(LEAK)
    ]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    ingest(store, [str(tmp_path / "a.jsonl")])
    update_stories(store)
    leak = next(s for s in list_stories(store) if s["article_count"] == 3)
    late = {} if stored_dated else {"published": "2016-03-08"}

    def add(name: str, title: str, text: str) -> Any:
        rec = {"id": name, "outlet": f"Late {name}", "title": title, "text": text, **late}
        (tmp_path / f"{name}.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
        ingest(store, [str(tmp_path / f"{name}.jsonl")])
        return update_stories(store)

    report = add("pool", *POOL)
    assert report.joined == 0 and report.new_stories == 1
    after = next(s for s in list_stories(store) if s["id"] == leak["id"])
    assert after["article_count"] == 3 and after["date_range"] == leak["date_range"]
    alone = next(s for s in list_stories(store) if s["label"] == POOL[0])
    reason = next(iter(get_story(store, alone["id"])["reasons"].values()))
    assert reason.startswith(f"close to story {leak['id']} (similarity 0.2")
    assert ("it has no date" if stored_dated else "it is dated and none of the story's articles is") in reason
    assert ("only at 0.40 or more" if stored_dated else "only at 0.30 or more") in reason
    assert add("again", *LEAK_AGAIN).joined == 1
    # the follow-up in new words (0.34) joins a story of undated reports when dated, not the dated reports' when undated
    assert add("follow", *FOLLOW_UP).joined == (0 if stored_dated else 1)
    assert next(s for s in list_stories(store) if s["id"] == leak["id"])["article_count"] == (4 if stored_dated else 5)


def test_a_new_version_of_an_article_takes_the_place_of_the_old_one_in_its_story(store, tmp_path: Path):
    first, second = LEAK[0][1], LEAK[1][1]
    rec = {"id": "osterby-1", "url": "https://osterby-post.example/leak", "outlet": "Osterby Post", "title": LEAK[0][0]}
    other = {"id": "ledger-1", "url": "https://ledger.example/leak", "outlet": "Ledger", "title": LEAK[1][0]}
    (tmp_path / "mon.jsonl").write_text(
        json.dumps({**rec, "text": first}) + "\n" + json.dumps({**other, "text": second}) + "\n", encoding="utf-8"
    )
    ingest(store, [str(tmp_path / "mon.jsonl")])
    update_stories(store)
    [story] = list_stories(store)
    old_id = next(a for a in get_story(store, story["id"])["article_ids"] if a != _article_id(store, "Ledger"))
    corrected = first.replace("Eleven people", "Nine people") + "\n\nCorrection: an earlier version said eleven."
    (tmp_path / "thu.jsonl").write_text(json.dumps({**rec, "text": corrected}) + "\n", encoding="utf-8")
    ingest(store, [str(tmp_path / "thu.jsonl")])
    report = update_stories(store)
    assert report.new_stories == 0 and report.joined == 1
    after = get_story(store, story["id"])
    assert len(after["article_ids"]) == 2 and old_id not in after["article_ids"]
    replaced = [e for e in after["events"] if e["kind"] == "replaced"]
    assert replaced and old_id in replaced[0]["detail"]
    assert [s["article_count"] for s in list_stories(store)] == [2]
    assert all(hit["id"] != old_id for hit in store.search("chlorine"))


def _article_id(store, outlet: str) -> str:  # type: ignore[no-untyped-def]
    return next(a.id for a in store.iter_articles() if a.outlet == outlet)


def _designed_similarity(monkeypatch: pytest.MonkeyPatch, sim: object) -> list[str]:
    """Docs long enough to be split into events, whose similarity is ``sim`` (a designed matrix)."""
    import storyline.cluster.batch as batch

    monkeypatch.setattr(batch, "similarity", lambda docs, **kw: sim)
    return [" ".join(f"w{i}x{k}" for k in range(50)) for i in range(len(sim))]  # type: ignore[arg-type]


def _stories_in_pairs(n: int) -> object:
    """A similarity matrix of ``n`` articles: stories of three (0.35 within), paired into events of six (0.15 between
    the two stories of a pair), 0.02 otherwise."""
    import numpy as np

    sim = np.full((n, n), 0.02)
    for i in range(n):
        for j in range(n):
            if i // 3 == j // 3:
                sim[i, j] = 1.0 if i == j else 0.35
            elif i // 6 == j // 6:
                sim[i, j] = 0.15
    return sim


def _groups(labels: list[int]) -> list[list[int]]:
    """The articles of each label, sorted."""
    return sorted(sorted(i for i, lab in enumerate(labels) if lab == one) for one in set(labels))


def test_a_beat_of_small_stories_is_split_again_and_a_stray_stays_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Six stories of three articles each on one beat (within 0.35). Stories 0 and 1 are close enough (0.15) for
    the event threshold to join them; the beat's many small events call for the stricter split. Article 18 is close
    to no story (0.08 to story 2): beside events of three it is a story of its own, not a piece of story 2."""
    import numpy as np

    from storyline.cluster.batch import ClusterParams, split_events

    n = 19
    story = [i // 3 for i in range(18)] + [-1]
    sim = np.full((n, n), 0.02)
    for i in range(n):
        for j in range(n):
            if i == j or (story[i] == story[j] and story[i] >= 0):
                sim[i, j] = 1.0 if i == j else 0.35
            elif {story[i], story[j]} == {0, 1}:
                sim[i, j] = 0.15
    sim[18, 6:9] = sim[6:9, 18] = 0.08
    labels = split_events(_designed_similarity(monkeypatch, sim), ClusterParams())
    groups = sorted(sorted(i for i in range(n) if labels[i] == lab) for lab in set(labels))
    assert groups == [[i, i + 1, i + 2] for i in range(0, 18, 3)] + [[18]]


def test_a_beat_is_split_again_on_its_words_more_than_its_cast(monkeypatch: pytest.MonkeyPatch) -> None:
    """Six stories of three short leads each on one beat. With names at their usual weight, stories 0 and 1 (and 2
    and 3) look as close (0.30) as their own articles (0.35): they share the beat's cast. Read with less weight on the
    names (``beat_name_weight``), the pairs fall apart (0.12), and the beat's second split gives six stories. Full
    articles keep the names' usual weight."""
    import numpy as np

    import storyline.cluster.batch as batch
    from storyline.cluster.batch import ClusterParams, split_events

    n = 18
    story = [i // 3 for i in range(n)]

    def matrix(pair: float) -> object:
        sim = np.full((n, n), 0.02)
        for i in range(n):
            for j in range(n):
                if story[i] == story[j]:
                    sim[i, j] = 1.0 if i == j else 0.35
                elif {story[i], story[j]} in ({0, 1}, {2, 3}):
                    sim[i, j] = pair
        return sim

    params = ClusterParams()
    monkeypatch.setattr(
        batch, "similarity", lambda docs, *, name_weight, max_df: matrix(0.12 if name_weight < 0.5 else 0.30)
    )
    docs = [" ".join(f"w{i}x{k}" for k in range(50)) for i in range(n)]
    labels = split_events(docs, params)
    groups = sorted(sorted(i for i in range(n) if labels[i] == lab) for lab in set(labels))
    assert groups == [[i, i + 1, i + 2] for i in range(0, n, 3)]
    same_view = split_events(docs, ClusterParams(beat_name_weight=params.name_weight_event))
    assert len(set(same_view)) == 4  # the names' view alone keeps the pairs together
    long_docs = [" ".join(f"w{i}x{k}" for k in range(params.short_words + 10)) for i in range(n)]
    assert len(set(split_events(long_docs, params))) == 4  # full articles name enough people: names keep their weight


def test_a_beat_of_full_articles_is_split_again_whatever_the_size_of_its_events(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Four events of six long articles, each two stories of three (0.35 within a story, 0.15 between the two): a
    campaign beat where the event threshold joins a primary's preview and its result. Four events make a beat, which
    is split again at 0.7 times the closest-article similarity: eight stories."""

    from storyline.cluster.batch import ClusterParams, split_events

    n = 24
    params = ClusterParams()
    docs = _designed_similarity(monkeypatch, _stories_in_pairs(n))
    docs = [" ".join([d] * (params.short_words // 50 + 1)) for d in docs]  # full articles, not leads
    assert _groups(split_events(docs, params)) == [[i, i + 1, i + 2] for i in range(0, n, 3)]


def test_three_events_of_short_leads_are_a_beat_but_three_of_full_articles_are_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three events of six articles, each two stories of three (0.35 within a story, 0.15 between the two). Short
    leads of one story are close, so a beat of leads breaks into few events at the event threshold: three make a
    beat, split again into six stories. Three events of full articles are not enough (one long event can break into
    three pieces)."""

    from storyline.cluster.batch import ClusterParams, split_events

    n = 18
    params = ClusterParams()
    leads = _designed_similarity(monkeypatch, _stories_in_pairs(n))
    assert _groups(split_events(leads, params)) == [[i, i + 1, i + 2] for i in range(0, n, 3)]
    articles = [" ".join([d] * (params.short_words // 50 + 1)) for d in leads]
    assert _groups(split_events(articles, params)) == [list(range(i, i + 6)) for i in range(0, n, 6)]


def test_a_large_event_with_stray_pieces_keeps_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two events of nine articles each and two short pieces of the first that fall under the event threshold: the
    pieces join it (a large event's strays), and two large events are not a beat of small stories."""
    import numpy as np

    from storyline.cluster.batch import ClusterParams, split_events

    event = [0] * 9 + [1] * 9 + [0, 0]
    n = len(event)
    sim = np.array([[0.25 if event[i] == event[j] else 0.02 for j in range(n)] for i in range(n)])
    sim[18:, :] = sim[:, 18:] = 0.02
    sim[18:, :9] = sim[:9, 18:] = 0.07
    sim[18, 19] = sim[19, 18] = 0.2
    np.fill_diagonal(sim, 1.0)
    labels = split_events(_designed_similarity(monkeypatch, sim), ClusterParams())
    assert [labels[i] == labels[0] for i in range(n)] == [e == 0 for e in event]


@contextmanager
def _fed_store(tmp_path: Path, records: list[dict[str, str]], late: list[dict[str, str]]) -> Iterator[Any]:
    """A store of ``records`` but ``late`` ingested and clustered at once, then each of ``late`` ingested and placed
    on its own, as news arrives."""
    from storyline.store import Store

    path = tmp_path / f"batch{len(late)}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records if r not in late), encoding="utf-8")
    with Store(tmp_path / f"s{len(late)}.db") as s:
        ingest(s, [str(path)])
        update_stories(s)
        for r in late:
            one = tmp_path / "late.jsonl"
            one.write_text(json.dumps(r) + "\n", encoding="utf-8")
            ingest(s, [str(one)])
            update_stories(s)
        yield s


def test_a_story_counts_an_outlets_copy_of_a_wire_story_as_the_wire(store, tmp_path: Path) -> None:
    """Three outlets: the wire, an outlet running the wire's story rewritten under the wire's dateline, and an outlet's
    own reporting. Two independent sources, in batch and when the copy arrives later."""
    lead = "A fire destroyed the Ardstad grain silo on Sunday night, and {}. Firefighters from Ardstad and Velby fought it."
    wire = {"id": "w", "outlet": "Nordic Wire", "title": "Grain silo burns in Ardstad"}
    wire["text"] = "ARDSTAD (Nordic Wire) - " + lead.format("the owner Halvor Grain said no one was hurt")
    copy = {"id": "c", "outlet": "Velby Post", "title": "Ardstad silo destroyed by fire"}
    copy["text"] = "ARDSTAD (Nordic Wire) - " + lead.format("nobody was injured, owner Halvor Grain told the wire")
    own = {"id": "o", "outlet": "Ardstad Times", "title": "Ardstad grain silo lost to fire"}
    own["text"] = (
        lead.format("our reporter saw the roof of the Ardstad silo fall in") + " Halvor Grain said he would rebuild."
    )

    for late in ([], [copy]):
        with _fed_store(tmp_path, [wire, copy, own], late) as s:
            (story,) = list_stories(s)
            assert story["article_count"] == 3 and story["independent_outlets"] == 2, story


def test_a_short_text_gives_its_names_less_weight_in_the_story_index() -> None:
    """A lead names few people: in the index its names carry SHORT_NAME_WEIGHT of the vector, a full article's
    NAME_WEIGHT (the vector's squared weights on names)."""
    from collections import Counter

    from storyline.cluster.index import NAME_WEIGHT, SHORT_NAME_WEIGHT, SHORT_TERMS, vectorise

    def names_share(words: int) -> float:
        counts = Counter({"#varga": 1, "#lorvik": 1, "harbour": words - 1, "strike": 1})  # ``words`` in all
        vec = vectorise(counts, {t: 1 for t in counts}, 10)
        return sum(w * w for t, w in vec.items() if t.startswith("#"))

    assert abs(names_share(SHORT_TERMS - 10) - SHORT_NAME_WEIGHT) < 1e-9
    assert abs(names_share(SHORT_TERMS + 10) - NAME_WEIGHT) < 1e-9


def test_key_entities_keep_a_plural_possessive_inside_a_name() -> None:
    from storyline.cluster.batch import name_phrases

    text = "said Pavel Strand of the Vellmoor Transit Workers' Union. The Workers' pay rose. Ann Lee's Vellmoor home."
    names = name_phrases(text)
    assert "Vellmoor Transit Workers' Union" in names and "Pavel Strand" in names
    assert not any("pay" in n or "Lee's" in n for n in names)


def test_key_entities_are_people_without_their_titles_and_no_dateline() -> None:
    from storyline.cluster.batch import name_phrases

    text = (
        "VELMORA — Fire Chief Alexander Voronin said the blaze was out. Mayor Ingrid Halloway toured Velmora, and "
        "Secretary of State Ann Kerr called. Police Scotland and the FBI sent officers."
    )
    names = name_phrases(text)
    assert {"Alexander Voronin", "Ingrid Halloway", "Police Scotland", "FBI"} <= set(names)
    assert "Secretary of State Ann Kerr" in names  # no name right after the title: kept whole
    assert not any(n in names for n in ("VELMORA", "Fire Chief Alexander Voronin", "Mayor Ingrid Halloway"))


def test_key_entities_keep_a_bodys_name_over_its_and() -> None:
    """story20 repro 14: "the Health and Safety Directorate" is one key, no "Health" and "Safety Directorate"; guard:
    two bodies joined by "and" stay two."""
    from storyline.cluster.batch import name_phrases

    text = (
        "The Harbour and Safety Directorate said it would review the plant. Officers from Tarrow and Marsby Fire "
        "Service came. Kent Police and Vell County Council agreed."
    )
    names = name_phrases(text)
    assert {"Harbour and Safety Directorate", "Tarrow and Marsby Fire Service"} <= set(names)
    assert {"Kent Police", "Vell County Council"} <= set(names)
    assert not {"Harbour", "Safety Directorate", "Marsby Fire Service"} & set(names)


DEPOT = (
    "A fire tore through the Hollis Chemicals depot on Ferry Lane in Dunmere on Monday night, and fire chief Ravi"
    " Okonjo said the blaze was out by dawn."
)
DEPOT_DETAILS = (
    "About 300 residents of the Larchfield estate were evacuated and spent the night in the sports hall.",
    "Nine workers were taken to hospital with breathing problems, and two of them were kept in overnight.",
    "A northerly wind carried the smoke over the empty marshes and away from the houses, crews said.",
    "The primary school on Tanner Street stayed closed on Tuesday while engineers checked its roof.",
    "Environmental officers sampled the air every hour and found no dangerous levels of chlorine.",
)


def test_a_small_batch_keeps_a_report_whose_angle_differs_in_its_story() -> None:
    """Six reports of one fire and an item from another town. Five reports tell two of five details each; the sixth
    tells only what all of them say (the depot, the lane, the chief) and an inspection no other report has. Over
    seven texts a word in more than half of them used to be dropped as common, and with it everything the sixth
    shared with the rest: it stood alone."""
    recs = [
        {
            "id": f"fire{i}",
            "title": f"Depot fire in Dunmere, report {i}",
            "text": " ".join(
                [DEPOT, DEPOT_DETAILS[i], DEPOT_DETAILS[(i + 1) % 5], "Okonjo said the cause is unknown."]
            ),
        }
        for i in range(5)
    ]
    recs.append(
        {
            "id": "fire-inspection",
            "title": "Dunmere depot had failed an inspection",
            "text": DEPOT + " Records seen by this newspaper show that inspectors found blocked exits and leaking drums"
            " at the site in March and gave the owners six weeks to put them right. A follow-up visit had been booked"
            " for June. The owners declined to comment on the findings.",
        }
    )
    recs.append(
        {
            "id": "bridge",
            "title": "Saltby footbridge reopens",
            "text": "The Weaver footbridge in Saltby reopened after two years of repairs, and mayor Ines Arkwright cut"
            " the ribbon. Cyclists and walkers can again cross the river to the station.",
        }
    )
    labels = cluster_records(recs)
    assert len({labels[r["id"]] for r in recs if r["id"] != "bridge"}) == 1
    assert labels["bridge"] != labels["fire0"]


def test_a_few_full_articles_need_more_in_common_than_a_few_leads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two reports of one event (0.40 alike) and a third item of the same town (0.11 to each: the town, its mayor,
    "said"). Full articles share that much by their length alone: the third is a story of its own. Leads that
    close are kept together, as before, and so is a small topic group of a larger batch, which the batch's word
    weights drew together."""
    import numpy as np

    from storyline.cluster.batch import ClusterParams, small_events

    sim = np.array([[1.0, 0.40, 0.11], [0.40, 1.0, 0.11], [0.11, 0.11, 1.0]])
    short = _designed_similarity(monkeypatch, sim)
    long = [" ".join([d] * 4) for d in short]  # 200 words each
    assert _groups(small_events(long, ClusterParams(), whole_batch=True)) == [[0, 1], [2]]
    assert _groups(small_events(short, ClusterParams(), whole_batch=True)) == [[0, 1, 2]]
    assert _groups(small_events(long, ClusterParams())) == [[0, 1, 2]]  # a small topic group of a larger batch


FINE_DAYS = [
    [
        (
            "Regulator fines Brannock Tramworks over hidden door faults",
            "The Estmere Transport Safety Board fined Brannock Tramworks 3.1 million crowns on Monday for failing to "
            "report door faults on its Kestova trams. The board's chair, Odile Varga, said the manufacturer had known "
            "about the faulty door sensors for eight months and told no operator. Brannock Tramworks said it would "
            "appeal against the fine. Chief executive Henrik Salo called the penalty unfair and said no passenger had "
            "been hurt. The board ordered checks on all 240 Kestova trams in service by the end of the month.",
        ),
        (
            "Brannock Tramworks fined 3.1m crowns for concealing door defects",
            "Brannock Tramworks must pay 3.1 million crowns after the Estmere Transport Safety Board found it hid door "
            "sensor defects on Kestova trams from operators, the board said on Monday. Odile Varga, who chairs the "
            "board, said it was the largest penalty the regulator had imposed. Henrik Salo, the chief executive, said "
            "the company would appeal. Operators must inspect every Kestova tram within four weeks.",
        ),
        (
            "Dunwick library to open on Sundays",
            "The public library in Dunwick will open on Sundays from next month, the town's culture committee decided "
            "on Monday. Committee member Jorun Halvik said volunteers would staff the reading rooms in the afternoon. "
            "The library will also lend board games and run a weekly storytelling hour for children.",
        ),
    ],
    [
        (
            "Brannock admits breaking safety rules ahead of appeal",
            "Brannock Tramworks has admitted breaking the rules on reporting door faults, weeks after the Estmere "
            "Transport Safety Board fined it 3.1 million crowns, a court filing showed on Wednesday. The company still "
            "contests the size of the fine. Judge Petra Lunde will hear the appeal in the spring. Board chair Odile "
            "Varga said the admission showed the penalty was justified. Checks on Kestova trams have found faulty door "
            "sensors on 31 of them so far.",
        ),
        (
            "Brannock shares fall after safety fine",
            "Shares in Brannock Tramworks fell 9 percent on Tuesday, the first trading day after the Estmere Transport "
            "Safety Board fined the manufacturer 3.1 million crowns over concealed door faults on its Kestova trams. "
            "Analysts said the fine itself was small but that operators might now hesitate to order new trams. Henrik "
            "Salo told investors the company would appeal and expected no cancelled orders.",
        ),
    ],
    [
        (
            "Brannock's fine is small; its lost trust is not",
            "A fine of 3.1 million crowns will not hurt Brannock Tramworks much. What will hurt is what the Estmere "
            "Transport Safety Board found: that the company knew its Kestova trams had faulty door sensors and told "
            "nobody. Henrik Salo has chosen to fight the regulator rather than own the failure. Operators who bought "
            "Kestova trams will remember that when the next contract comes up, whatever Judge Petra Lunde decides on "
            "the appeal.",
        ),
    ],
]


def test_a_story_fed_day_by_day_into_a_tiny_store_stays_one_story(store, tmp_path: Path) -> None:
    """Articles on one fine arriving over three days (`ingest` + `cluster` each day), with an unrelated item on day
    one: the fine's articles make one story, as a rebuild gives. With three articles in the store, two of them on the
    fine, every word of the fine was in most of the store and weighed near nothing: day two's articles were close to
    the story only by words no other article had (a tester's day-2 report: 0.14, under the 0.20 to join); here one
    article opened a story of its own."""
    for day, docs in enumerate(FINE_DAYS):
        ingest(store, [_write(tmp_path, f"d{day}_{i}", title, text) for i, (title, text) in enumerate(docs)])
        report = update_stories(store)
        assert report.mode == ("batch" if day == 0 else "incremental")
    sizes = sorted(s["article_count"] for s in list_stories(store))
    assert sizes == [1, 5]
    library = next(s for s in list_stories(store) if s["article_count"] == 1)
    assert library["label"] == FINE_DAYS[0][2][0]
    rebuild_stories(store)
    assert sorted(s["article_count"] for s in list_stories(store) if s["article_count"]) == sizes


def test_key_entity_names_keep_their_hyphenated_parts_and_lose_a_title() -> None:
    from storyline.cluster.batch import name_phrases

    text = "Prosecutor Edda Brannvik met Jorun Kallis-Moe and District Attorney Sven Orlo-Tay at Kessling Point."
    names = name_phrases(text)
    assert {"Edda Brannvik", "Jorun Kallis-Moe", "Sven Orlo-Tay", "Kessling Point"} <= set(names), names
    assert "General" not in name_phrases("The Attorney General met Chairman Rep. Ola Brenn.")  # titles, no name


VOTE_CORE = (
    "Maren Dulsky of the Harbour Party leads Ottar Brenvik in the race for governor of Vellmark, the election board"
    " said."
)
VOTE_ANGLES = (
    "Brenvik refused to concede and said his campaign would take the narrow margin to court. His lawyers filed papers"
    " at the provincial court and his supporters gathered outside the capitol with banners.",
    "A hand recount of ballot boxes from the coastal wards began under observers from both parties. The clerks opened"
    " the sealed boxes one by one and tallied every ballot twice before the observers signed.",
)
VOTE_DETAILS = (
    "Turnout was the lowest in twenty years, and several villages reported queues at closing time.",
    "Dulsky thanked volunteers at a rally in the old market hall and promised to govern for everyone.",
    "Board chairman Pieter Asselt said the count had been orderly and that no complaint had been upheld.",
    "Two boxes arrived late because of flooding on the coast road, the police escort said.",
    "Observers counted through the night and paused only at dawn for coffee and bread.",
    "Asselt said the final figure would be published on Friday after the board met.",
    "Teachers who staffed the polling stations were paid a bonus for the long shifts.",
)


def test_a_story_that_is_most_of_a_batch_is_not_split_by_angle() -> None:
    """Seven reports of one disputed count, its cast in every one (three on the loser's court challenge, four on the
    recount), and an unrelated bridge item. Both stages drop the words in more than half (topics) or 70 % (events) of
    their texts, meant for the words two stories share; here they are the count's own words, and what was left split
    the count 3 + 4 by angle, at the topic stage of the batch and at the event stage of the seven alone. With every
    word counted the two parts are far more alike than two events of one topic are: one story, the bridge apart."""
    from storyline.cluster.batch import ClusterParams, doc_texts, split_events

    pairs = [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 6), (6, 3)]
    recs = [
        {
            "id": f"vote{i}",
            "title": f"Vellmark count, report {i}",
            "text": " ".join([VOTE_CORE, VOTE_ANGLES[0 if i < 3 else 1], VOTE_DETAILS[a], VOTE_DETAILS[b]]),
        }
        for i, (a, b) in enumerate(pairs)
    ]
    bridge = {
        "id": "bridge",
        "title": "Ostby footbridge to close for repairs",
        "text": "The Ostby footbridge will close for six weeks while engineers replace its rusted joints, the roads office"
        " said. Cyclists are asked to use the ferry, which will run every ten minutes.",
    }
    labels = cluster_records([*recs, bridge])
    assert len({labels[r["id"]] for r in recs}) == 1
    assert labels["bridge"] != labels["vote0"]
    docs = doc_texts([(r["title"], r["text"]) for r in recs])
    assert len(set(split_events(docs, ClusterParams()))) == 1
    assert len(set(split_events(docs, ClusterParams(rejoin_threshold=1.0)))) == 2  # as before: split by angle


def test_a_word_capitalised_only_where_a_sentence_starts_does_not_keep_two_parts_of_a_story_apart() -> None:
    """Two parts of one count (three reports on the court challenge, each with "Turnout was ...", four on the recount
    without it) are rejoined: "Turnout" is capitalised only because it starts a sentence, so it is no name that one
    part has in every text and the other never uses. A place the first part names inside a sentence still is."""
    from storyline.cluster.batch import ClusterParams, doc_texts, mid_sentence_names, rejoin_events

    texts = [" ".join([VOTE_CORE, VOTE_ANGLES[0], VOTE_DETAILS[0], VOTE_DETAILS[1 + i]]) for i in range(3)] + [
        " ".join([VOTE_CORE, VOTE_ANGLES[1], VOTE_DETAILS[4 + i % 3], VOTE_DETAILS[(5 + i) % 7 or 1]]) for i in range(4)
    ]
    docs = doc_texts([(None, t) for t in texts])
    labels = [0, 0, 0, 1, 1, 1, 1]
    assert "turnout" not in mid_sentence_names(docs) and "asselt" in mid_sentence_names(docs)
    assert len(set(rejoin_events(docs, labels, ClusterParams()))) == 1
    placed = [t.replace("at the provincial court", "at the provincial court in Harrowgate") for t in texts]
    assert len(set(rejoin_events(doc_texts([(None, t) for t in placed]), labels, ClusterParams()))) == 2


def test_clustering_reads_a_name_with_or_without_its_accents_as_one_word() -> None:
    from storyline.cluster.batch import doc_text, name_tokens
    from storyline.cluster.online import terms

    assert "halasz" in name_tokens(doc_text("Hałasz wins", "Teodora Hałasz won."))
    assert terms("Zoë Müller-Hartig and Hałasz") == terms("Zoe Muller-Hartig and Halasz")


def test_a_story_counts_a_wire_its_copy_and_its_later_report_as_one_source(store, tmp_path: Path) -> None:
    """A wire's report, another outlet's copy of it (no dateline of its own) and the wire's report two days later: one
    independent source, as the story's brief counts it, in batch and when the later report joins the story (the
    story's count once took each copy group's first source key: "ardstad post" for the copied report, "nordic wire"
    for the later one, two)."""
    from storyline.brief.build import independent_sources
    from storyline.pipeline import story_articles

    first = (
        "ARDSTAD (Nordic Wire) - A fire destroyed the Ardstad grain silo on Sunday night, the fire service said. "
        "Firefighters from Ardstad and Velby fought the blaze for six hours.\n\nThe owner, Halvor Grain, said nobody "
        "was hurt and that the silo held about 900 tonnes of barley. Police said the cause of the Ardstad fire was "
        "not yet known."
    )
    wire = {"id": "w1", "outlet": "Nordic Wire", "title": "Grain silo burns in Ardstad", "published": "2026-05-11"}
    wire["text"] = first
    copy = {"id": "c", "outlet": "Ardstad Post", "title": "Ardstad silo lost", "published": "2026-05-11"}
    copy["text"] = first.replace("ARDSTAD (Nordic Wire) - ", "") + "\n\nThis report was supplied by Nordic Wire."
    later = {"id": "w2", "outlet": "Nordic Wire", "title": "Ardstad silo fire was arson", "published": "2026-05-13"}
    later["text"] = (
        "ARDSTAD (Nordic Wire) - The fire that destroyed the Ardstad grain silo on Sunday was set on purpose, police "
        "said on Tuesday. The owner, Halvor Grain, said the 900 tonnes of barley in the Ardstad silo were lost."
    )
    for late in ([], [later]):
        with _fed_store(tmp_path, [wire, copy, later], late) as s:
            (story,) = list_stories(s)
            assert story["article_count"] == 3 and [
                len(g["articles"]) for g in get_story(s, story["id"])["syndication_groups"]
            ] == [2], story
            articles, groups = story_articles(s, story["id"])
            assert len(set(independent_sources(articles, groups).values())) == 1
            assert story["independent_outlets"] == 1, story


def test_a_storys_articles_of_unknown_outlets_are_sources_of_their_own(store, tmp_path: Path) -> None:
    """Two text files of one name in two folders, neither naming its outlet, are shown by the same file name, but
    each is a source of its own."""
    texts = [
        FIRE[1].format(place="Brenmoor", day="Monday", chief="Aldo Verrin", hours="3"),
        "Aldo Verrin, the Brenmoor fire chief, said on Monday that the timber warehouse fire in Brenmoor had burned "
        "for three hours before crews put it out. Nobody was hurt in Brenmoor, he said.",
    ]
    for folder, text in zip("ab", texts, strict=True):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "fire.txt").write_text(FIRE[0].format(place="Brenmoor") + "\n\n" + text, encoding="utf-8")
    ingest(store, [str(tmp_path / "a" / "fire.txt"), str(tmp_path / "b" / "fire.txt")])
    update_stories(store)
    (story,) = list_stories(store)
    assert story["article_count"] == 2 and story["outlets"] == ["fire.txt"] and story["independent_outlets"] == 2


WATER_CORE = (
    "A water main burst under Kettle Lane in Dunmarrow early on Sunday, flooding cellars and cutting supply to about"
    " 4,000 homes, the Dunmarrow Water Board (DWB) said."
)
WATER_MORE = (
    "Engineers from the DWB worked through the night to fit a new section of pipe, and director Ansel Quade said supply"
    " should return by Monday evening.",
    "The main was laid in 1962 and had burst twice before, Ansel Quade told reporters at the DWB depot.",
    "Bottled water is being handed out at the Dunmarrow library, and the DWB asked residents to boil tap water.",
    "Shops on Kettle Lane stayed shut, and the DWB said the road would stay closed until the pipe was replaced.",
)
WATER_TABLOID = (
    "Thousands of families were left with dry taps after a rotten water main burst under Kettle Lane on Sunday. Water"
    ' chiefs admitted the pipe had burst twice before. "We were told it was safe," said resident Hollis Barrowby,'
    " whose cellar flooded. Director Ansel Quade said supply should return by Monday evening, and bottled water is"
    " being handed out."
)


def test_one_report_cut_off_alone_rejoins_whatever_names_it_uses_or_leaves_out() -> None:
    """A report an event stage cut off alone (a tabloid's telling of the burst main: it never names the town or the
    water board, and quotes a resident no one else does) rejoins the other four, 0.31 alike on average: one text's
    names are just the names it uses, and a name it leaves out is an omission. Two such reports naming another town
    that the four never use are two texts that agree: they stay apart."""
    from storyline.cluster.batch import ClusterParams, doc_texts, rejoin_events

    four = [" ".join([WATER_CORE, WATER_MORE[i], WATER_MORE[(i + 1) % 4]]) for i in range(4)]
    docs = doc_texts([(None, t) for t in [*four, WATER_TABLOID]])
    assert rejoin_events(docs, [0, 0, 0, 0, 1], ClusterParams()) == [0, 0, 0, 0, 0]
    elsewhere = [
        WATER_TABLOID.replace("under Kettle Lane", "under Mill Row in Carrick Vale"),
        WATER_TABLOID.replace("under Kettle Lane", "in Carrick Vale").replace("Hollis Barrowby", "Ines Tolland"),
    ]
    docs = doc_texts([(None, t) for t in [*four, *elsewhere]])
    assert rejoin_events(docs, [0, 0, 0, 0, 1, 1], ClusterParams()) == [0, 0, 0, 0, 1, 1]


DOCK_CORE = [
    "Brannoch Shipping said on Thursday it would close the Tarvik dry dock at Ullport, where 600 people work.",
    "The dock repairs ferries and fishing trawlers for the whole Ullport coast.",
    "Brannoch chief executive Corwin Aldane said the dock had lost money for five years.",
    "The Dockers' Guild called a strike at the Tarvik yard from Friday, its organiser Maren Solte said.",
    "Solte said the guild would picket the Ullport gates until the closure was withdrawn.",
    "Aldane said some of the work would move to Brannoch's yard in Fenmoor.",
    "Ullport's harbour council said it had not been consulted on the closure.",
    "Shares in Brannoch rose 3% after the announcement.",
    "The dry dock opened in 1952 and was last modernised in 2004.",
    "About 200 contractors also work at the Tarvik site, the guild said.",
]
DOCK_COLUMN = (
    "Brannoch's decision to shut the Tarvik dry dock is a cold-blooded act of corporate vandalism. For seventy years"
    " the yard gave Ullport its pride and its wages, and its owners now repay that loyalty with a balance sheet."
    " Corwin Aldane talks of losses, yet his company found money enough for dividends. The strikers on the picket line"
    " are defending more than jobs: they are defending a town. Ministers should step in before the cranes fall silent."
)


def test_a_column_in_its_own_words_joins_the_story_that_is_most_of_its_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Six reports of one dock closure, an opinion column on it and an unrelated library item of the same town (8
    texts: the two-stage path). The topic stage drops the words in more than half of the texts, here the closure's own
    (the company, the dock, the town, its cast), and the column, told in words of its own, kept nothing in common with
    the reports: a story of its own. With every word counted it is as alike to them as two texts of one story in a
    small batch are, under the 0.20 two groups need to rejoin: a lone text rejoins at the small batch's threshold. The
    library item stays apart."""
    import storyline.cluster.batch as batch

    picks = [(0, 1, 2, 3, 4, 7), (0, 2, 3, 5, 6, 8), (0, 3, 4, 5, 9, 1), (0, 2, 6, 7, 8, 4), (0, 3, 5, 9, 2, 6)]
    picks.append((0, 4, 6, 1, 8, 5))
    recs = [
        {"id": f"dock{i}", "title": f"Tarvik dry dock to close, report {i}", "text": " ".join(DOCK_CORE[j] for j in p)}
        for i, p in enumerate(picks)
    ]
    recs.append({"id": "column", "title": "Comment: Ullport deserves better than this", "text": DOCK_COLUMN})
    library = (
        "Ullport's central library will reopen on Monday after eight months of roof repairs, the harbour council said."
        " The council spent 1.1 million on new slates and gutters. Librarian Edda Morrow said the children's room had"
        " been repainted and the reading room would open late on Thursdays."
    )
    recs.append({"id": "library", "title": "Ullport library to reopen after roof repairs", "text": library})
    labels = cluster_records(recs)
    assert labels["column"] == labels["dock0"]
    assert len({labels[f"dock{i}"] for i in range(6)}) == 1
    assert labels["library"] != labels["dock0"]
    monkeypatch.setattr(batch, "lone_threshold", lambda docs, params: 1.0)  # as before: only rejoin_threshold
    labels = cluster_records(recs)
    assert labels["column"] != labels["dock0"]


def test_the_reason_names_an_edited_copy_as_well_as_the_same_text():
    """A wire story another outlet ran with its dateline changed and a paragraph cut is a near copy: the reason says
    so, as it says "the same text" of a word-for-word copy; an outlet's own report on the story is neither."""
    from storyline.cluster import explain_records

    paragraphs = [
        "A sluice at the Tarnwick weir gave way early on Thursday, sending water across the lower meadows of Ebbsford.",
        "Two farm workers were rescued from the roof of a barn by a county boat crew shortly before dawn on Thursday.",
        "The river authority said the gate had been inspected in the spring and that its engineers were on their way.",
        "Residents of forty houses near the old mill were told to leave and to take shelter at the Ebbsford school.",
    ]
    wire = "EBBSFORD, May 2 (Vale Wire) - " + "\n\n".join(paragraphs)
    records = [
        {"id": "wire", "text": wire},
        {"id": "copy", "text": wire},
        {"id": "edited", "text": "TARNWICK, May 2 (Vale Wire) - " + "\n\n".join(paragraphs[:3])},
        {"id": "own", "text": "Water poured over farmland near Ebbsford after a weir sluice broke before sunrise."},
    ]
    why = {
        r["id"]: r["reason"] for r in explain_records(records, dict.fromkeys(("wire", "copy", "edited", "own"), "s"))
    }
    assert why["edited"].startswith("clustered with 3 other article(s), 2 of them near copies (the same text edited)")
    assert why["wire"].startswith(
        "clustered with 3 other article(s), 1 of them the same text, 1 of them a near copy (the same text edited)"
    )
    assert why["own"].startswith("clustered with 3 other article(s);")


def test_an_article_in_another_language_joins_the_story_whose_names_it_shares(store, tmp_path: Path) -> None:
    """A German report is stored but not analysed. Placed as news arrives, it joins the flood story whose names it
    shares (the dam, the town, the engineer), not the council story that shares only the town; it is listed with
    the story's outlets, never its label, weighs no word in the story index, and a rebuild places it again. One
    that shares only the town with both stories is in no story, and the report says why."""
    flood = [
        (
            "Dam spillway fails above Tarnwick",
            "The spillway of the Gellmoor Dam failed early on Monday, flooding Tarnwick. Engineer Rasmus Ohlberg said the gate had jammed.",
        ),
        (
            "Tarnwick flood: Gellmoor Dam gate jammed",
            "Floodwater from the Gellmoor Dam swept through Tarnwick on Monday after a spillway gate jammed, engineer Rasmus Ohlberg said.",
        ),
        (
            "Hundreds leave Tarnwick as Gellmoor Dam fails",
            "Hundreds of residents left Tarnwick on Monday when the Gellmoor Dam spillway failed; Rasmus Ohlberg, the dam's engineer, blamed a jammed gate.",
        ),
    ]
    council = [
        (
            "Tarnwick council passes budget",
            "Tarnwick's councillors passed the yearly budget after Mayor Ilse Brandvik promised new bus lanes and a larger library.",
        ),
        (
            "Budget vote in Tarnwick",
            "Councillors in Tarnwick approved Mayor Ilse Brandvik's yearly budget, with money for bus lanes and a larger library.",
        ),
    ]
    for batch, items in (("a", flood), ("b", council)):  # the council story opens a day later
        ingest(store, [_write(tmp_path, f"en{batch}{i}", title, text) for i, (title, text) in enumerate(items)])
        update_stories(store)
    stories = {s["id"] for s in list_stories(store)}
    assert len(stories) == 2
    n_docs = store.conn.execute("SELECT value FROM story_state WHERE key = 'n_docs'").fetchone()[0]
    de = _write(
        tmp_path,
        "de",
        "Dammbruch bei Tarnwick",
        "Am Montag ist die Hochwasserentlastung des Gellmoor-Staudamms gebrochen. Der Ingenieur Rasmus Ohlberg sagte,"
        " das Tor sei blockiert gewesen. Hunderte Menschen verließen Tarnwick und suchten Schutz bei Verwandten.",
    )
    town = _write(
        tmp_path,
        "de2",
        "Neues Kino",
        "In Tarnwick hat am Montag ein neues Kino eröffnet. Die Besitzer erwarten viele Gäste aus dem ganzen Tal und"
        " zeigen zum Start alte Filme aus den fünfziger Jahren für alle Familien.",
    )
    ingest(store, [de, town])
    report = update_stories(store)
    (placed,) = report.attached
    flood_story = _story_of(store, str(tmp_path / "ena0.txt"))
    assert placed["story"] == flood_story and "Ohlberg" in placed["reason"] and "Rasmus" in placed["reason"]
    (left,) = report.skipped
    assert "Kino" in (store.get_article(left["article"]).title or "")
    assert {s["id"] for s in list_stories(store)} == stories
    story = get_story(store, flood_story)
    assert placed["article"] in story["article_ids"] and story["article_count"] == 4
    assert not story["label"].startswith("Dammbruch")
    assert store.conn.execute("SELECT value FROM story_state WHERE key = 'n_docs'").fetchone()[0] == n_docs
    # a report that arrived before its story's first English article is placed once that story exists
    early = _write(
        tmp_path,
        "de3",
        "Brücke gesperrt",
        "Die Brücke von Vossmark über die Lenne ist seit Montag gesperrt,"
        " teilte Bauleiterin Hedda Quist mit. Die Pendler aus Vossmark müssen nun den Umweg über Eldring nehmen.",
    )
    ingest(store, [early])
    assert update_stories(store).attached == []
    ingest(
        store,
        [
            _write(
                tmp_path,
                "enc0",
                "Lenne bridge closed at Vossmark",
                "The Lenne bridge at Vossmark has been"
                " closed since Monday, site manager Hedda Quist said; commuters must drive round by Eldring.",
            )
        ],
    )
    (late,) = update_stories(store).attached
    assert "Quist" in late["reason"] and "Vossmark" in late["reason"]
    rebuilt = rebuild_stories(store)
    assert sorted(a["article"] for a in rebuilt.attached) == sorted([placed["article"], late["article"]])
    assert placed["article"] in get_story(store, flood_story)["article_ids"]


def test_a_storys_independent_outlets_count_only_analysed_articles(store, tmp_path: Path) -> None:
    """An article left unanalysed (another language) is no source: the story's count is the brief's, whether the story
    is recomputed or updated as an article joins it."""
    from storyline.brief.build import independent_sources
    from storyline.cluster.stories import _refresh
    from storyline.pipeline import story_articles

    said = [
        "A fire destroyed the Ardstad grain silo on Sunday night, police said. Firefighters from Ardstad and Velby "
        "fought the blaze for six hours before it was out.",
        "Halvor Grain lost 900 tonnes of barley when its Ardstad silo burned down, the company told reporters in Velby "
        "on Monday. Nobody was hurt, it said.",
        "The Ardstad silo fire started in a dryer, investigators believe. Halvor Grain has asked Velby crews for a "
        "report on the blaze.",
        "Farmers near Ardstad fear higher feed prices after the Halvor Grain silo fire, the Velby farmers' union said "
        "on Tuesday.",
    ]
    recs = [
        {"id": "a", "outlet": "Nordic Wire", "title": "Grain silo burns in Ardstad", "text": said[0]},
        {"id": "b", "outlet": "Velby Post", "title": "Halvor Grain loses Ardstad silo", "text": said[1]},
        {"id": "c", "outlet": "Kessel Ledger", "title": "Dryer blamed for Ardstad silo fire", "text": said[2]},
    ]
    with _fed_store(tmp_path, recs, [recs[2]]) as s:
        (story,) = list_stories(s)
        assert story["article_count"] == 3 and story["independent_outlets"] == 3, story
        velby = s.conn.execute("SELECT id FROM articles WHERE outlet = 'Velby Post'").fetchone()[0]
        s.conn.execute("UPDATE articles SET skip_reason = 'language is de' WHERE id = ?", (velby,))
        s.conn.commit()
        _refresh(s, story["id"])
        (story,) = list_stories(s)
        articles, groups = story_articles(s, story["id"])
        brief_count = len({v for k, v in independent_sources(articles, groups).items() if k != velby})
        assert story["independent_outlets"] == brief_count == 2, story
        one = tmp_path / "late2.jsonl"  # a fourth report joins: the count, updated, still leaves the other out
        late = {
            "id": "d",
            "outlet": "Orwick Times",
            "title": "Ardstad silo fire worries farmers",
            "text": said[3],
        }
        one.write_text(json.dumps(late) + "\n", encoding="utf-8")
        ingest(s, [str(one)])
        update_stories(s)
        (story,) = list_stories(s)
        assert story["article_count"] == 4 and story["independent_outlets"] == 3, story


def test_a_title_before_a_name_is_no_name_an_unread_article_shares() -> None:
    """ "Dr." (or "Prof.") in a German report is no name of the story: every story naming a doctor has it."""
    from types import SimpleNamespace

    from storyline.cluster.stories import unread_names
    from storyline.models import Article

    known = {"#dr", "#prof", "#ilse", "#marten", "#orlesk"}
    index = SimpleNamespace(n_docs=50, frequencies=lambda terms: {t: 3 for t in terms if t in known})
    text = "Dr. Ilse Marten und Prof. Jens Adler sagten am Montag in Orlesk, die Proben seien belastet."
    art = Article(id="de", source="de.txt", title="Rückruf in Orlesk", text=text, original=text)
    names = unread_names(index, art)  # type: ignore[arg-type]
    assert set(names) == {"#ilse", "#marten", "#orlesk"}


def test_words_a_headline_capitalises_for_its_style_do_not_keep_two_parts_of_a_story_apart() -> None:
    """The same two parts of one count, the first three with headlines in title case ("Judges Weigh Recount Challenge
    In Asselt"): "Recount" and "Challenge" are capitalised in every text of that part and never in the other's, for
    the headline's style, not as names. The town the headlines name is named in the texts too."""
    from storyline.cluster.batch import ClusterParams, doc_texts, mid_sentence_names, rejoin_events

    texts = [" ".join([VOTE_CORE, VOTE_ANGLES[0], VOTE_DETAILS[0], VOTE_DETAILS[1 + i]]) for i in range(3)] + [
        " ".join([VOTE_CORE, VOTE_ANGLES[1], VOTE_DETAILS[4 + i % 3], VOTE_DETAILS[(5 + i) % 7 or 1]]) for i in range(4)
    ]
    titles = [
        "Court Hears Recount Challenge From Asselt",
        "Judges Weigh Recount Challenge In Asselt",
        "Recount Challenge Goes To Court In Asselt",
    ]
    docs = doc_texts([*zip(titles, texts[:3], strict=True), *((None, t) for t in texts[3:])])
    names = mid_sentence_names(docs)
    assert "recount" not in names and "challenge" not in names and "asselt" in names
    assert len(set(rejoin_events(docs, [0, 0, 0, 1, 1, 1, 1], ClusterParams()))) == 1


def test_an_unread_articles_shared_names_are_told_as_it_writes_them() -> None:
    """The names a German report is placed by are told as whole names, weightiest first ("Ostrel Mining Company",
    "Mirela Danu"), not as loose words in alphabetical order ("Company, Danu, Mining, Mirela"), and a sentence's
    spelling wins over a dateline's capitals."""
    from storyline.cluster.stories import shared_names_told

    text = (
        "HARNSBY (dpa) - Die Ostrel Mining Company meldet 23 Eingeschlossene. Mirela Danu leitet die Rettung.\n\n"
        "In Harnsby warten die Familien. Danu sagte, man arbeite ohne Pause."
    )
    weights = {"ostrel": 3.5, "mining": 1.0, "company": 1.0, "mirela": 2.5, "danu": 2.5, "harnsby": 2.0}
    assert shared_names_told(text, weights) == "Ostrel Mining Company, Mirela Danu, Harnsby"
    assert shared_names_told(text, weights, most=2) == "Ostrel Mining Company, Mirela Danu"
    assert shared_names_told("No capitals here", {"orlesk": 1.0}) == "orlesk"


DREDGING = [
    (
        "Port authority chief accused of hiding dredging overrun",
        "ASKAVIK - The director of the Velmora Port Authority, Tobias Renk, was accused on Monday of hiding a dredging"
        " overrun of 90 million crowns from the port's board. Harbour councillor Lena Gorski said Renk must explain the"
        " overrun. The Velmora Port Authority said its accounts were in order. The transport minister said an audit was"
        " possible.",
    ),
    (
        "Velmora port director faces questions over dredging costs",
        "ASKAVIK - Tobias Renk, director of the Velmora Port Authority, faced questions on Monday after papers showed"
        " that dredging costs had been kept from the board. Councillor Lena Gorski called the overrun a scandal. Renk"
        " declined to comment. Taxpayers deserve transparency, Gorski said.",
    ),
    (
        "Dredging overrun at Velmora port was kept from board, papers show",
        "ASKAVIK - Papers seen by the Askavik Tribune show that the Velmora Port Authority kept a dredging overrun from"
        " its board for a year. Director Tobias Renk signed the contracts. Lena Gorski, a harbour councillor, said the"
        " board had been misled. The ministry said it would cooperate with any inspectors.",
    ),
    (
        "Velmora Port Authority director suspended",
        "ASKAVIK - The board of the Velmora Port Authority suspended its director, Tobias Renk, on Tuesday over the"
        " dredging overrun. Councillor Lena Gorski welcomed the suspension. Renk said he had done nothing wrong."
        " Auditors may be called in, the government said.",
    ),
    (
        "Tobias Renk suspended as dredging row grows",
        "ASKAVIK - Tobias Renk was suspended as director of the Velmora Port Authority on Tuesday. The dredging overrun"
        " of 90 million crowns had been kept from the board, councillor Lena Gorski said. The prime minister said he"
        " would decide on Wednesday.",
    ),
]
AUDIT_RELEASE = (
    "Transport minister welcomes independent audit",
    "ASKAVIK, 19 May - Transport Minister Hedda Vos welcomed on Wednesday the decision to order an independent audit,"
    " saying the ministry would cooperate fully with the auditors and publish every finding.\n\n"
    '"Taxpayers deserve transparency, and the audit will give them transparency," Vos told reporters.\n\n'
    "The auditors will begin work in June. Prime Minister Arne Dalby announced that the government would name new"
    " inspectors next month. The audit covers the Velmora Port Authority and its director, Tobias Renk.",
)


def test_a_late_release_in_words_of_its_own_finds_the_story_its_weaker_terms_share(store, tmp_path: Path) -> None:
    """A day-3 government release on a port scandal leads with its own words (audit, minister, transparency: words
    some stored article uses once), and names the scandal's authority and director once, at the end. Its strongest
    terms are none of the story's indexed ones (the port, the director, the dredging), yet it is close enough to the
    story to join it: it joins it, as a rebuild puts it there, and opens no story of its own."""

    def write(name: str, title: str, text: str, day: str) -> str:
        path = tmp_path / f"{name}.json"
        record = {"title": title, "text": f"{title}\n\n{text}", "published": day, "outlet": f"Outlet {name}"}
        path.write_text(json.dumps(record), encoding="utf-8")
        return str(path)

    ingest(store, [write(f"d{i}", t, x, "2027-05-17" if i < 3 else "2027-05-18") for i, (t, x) in enumerate(DREDGING)])
    assert update_stories(store).new_stories == 1
    ingest(store, [write("late", *AUDIT_RELEASE, "2027-05-19")])
    report = update_stories(store)
    assert (report.joined, report.new_stories) == (1, 0)
    assert [s["article_count"] for s in list_stories(store)] == [6]
    rebuild_stories(store)
    assert [s["article_count"] for s in list_stories(store) if s["article_count"]] == [6]


BANK_MEMO = [
    (
        "Leaked memo shows Halden Savings Bank hid losses",
        "BRENNMARK - A leaked memo shows that Halden Savings Bank hid losses of 600 million crowns from the Ostvik"
        " Financial Authority, its chief executive Irma Solberg knew of them in March, and opposition MP Jonas Falk said"
        " Solberg must go. A senior official at the bank who asked not to be named said the memo was genuine.",
    ),
    (
        "Halden Savings Bank chief under pressure over hidden losses",
        "BRENNMARK - Irma Solberg, chief executive of Halden Savings Bank, came under pressure on Monday after a leaked"
        " memo showed the bank had hidden losses from the Ostvik Financial Authority. Jonas Falk, an opposition MP,"
        " called for an inquiry.",
    ),
    (
        "Regulator to examine Halden Savings Bank memo",
        "BRENNMARK - The Ostvik Financial Authority will examine the leaked memo on losses at Halden Savings Bank, a"
        " spokesman said. Irma Solberg said the bank had followed the rules. MP Jonas Falk said the regulator was late.",
    ),
    (
        "Halden shares fall as Solberg denies cover-up",
        "BRENNMARK - Shares in Halden Savings Bank fell on Monday. Chief executive Irma Solberg denied a cover-up of the"
        " losses the leaked memo describes, and the Ostvik Financial Authority said it had asked for the bank's books."
        " Jonas Falk said the denial was not enough.",
    ),
    (
        "Irma Solberg resigns from Halden Savings Bank",
        "BRENNMARK - Irma Solberg resigned as chief executive of Halden Savings Bank on Tuesday, a day after a leaked"
        " memo showed hidden losses. The Ostvik Financial Authority welcomed the step. Opposition MP Jonas Falk said the"
        " board must follow.",
    ),
]
SCHOOL_MEMO = (
    "Leaked memo shows school repair losses were hidden",
    "BRENNMARK - A leaked memo shows that the education ministry hid repair losses of 90 million crowns at schools in"
    " Alvik, Sandvik and Tromdal from parents, and Education Minister Petra Lunde knew of them in March. Union leader"
    " Karl Dahl called for an inquiry and said Lunde must go. A senior official at the ministry who asked not to be"
    " named said the memo was genuine and the losses had been hidden since the summer.",
)


def test_another_leaked_memo_of_the_same_week_naming_none_of_the_storys_cast_is_a_story_of_its_own() -> None:
    """A ministry's leaked memo on hidden school repairs, the same week and city as five reports of a bank's leaked
    memo on hidden losses, told in the same words (a leaked memo shows, hid losses, knew in March, must go, a senior
    official who asked not to be named): about 0.16 alike to the bank's reports, over the 0.10 a small batch joins at.
    It names a dozen people and places of its own and, of the names most bank reports use (the bank, its chief, the
    regulator, the MP), only the city: a story of its own. The bank's reports stay one story."""
    recs = [
        {"id": f"bank{i}", "title": t, "text": x, "published": f"2027-03-0{3 + i // 3}"}
        for i, (t, x) in enumerate(BANK_MEMO)
    ]
    recs.append({"id": "school", "title": SCHOOL_MEMO[0], "text": SCHOOL_MEMO[1], "published": "2027-03-04"})
    labels = cluster_records(recs)
    assert len({labels[f"bank{i}"] for i in range(len(BANK_MEMO))}) == 1
    assert labels["school"] != labels["bank0"]


@pytest.mark.parametrize("when", ["on Monday", "last Thursday", "in November", "yesterday"])
def test_a_shared_date_word_alone_does_not_join_two_stories(when: str) -> None:
    # a squall in one town and a school vote in another share nothing but when they happened
    recs = [
        {"id": "squall", "text": f"A squall hit the shore {when}, flooding lanes in Marrowick."},
        {"id": "school", "text": f"The board voted {when} to shut the primary school in Delsby, staff said."},
    ]
    stories = cluster_records(recs)
    assert stories["squall"] != stories["school"], stories


BATTERY_TESTS = [
    (
        "Oskerby battery passes crash tests; shares jump",
        "2027-05-10",
        "VENMOUTH, May 10 (NWS) - Oskerby Cells said on Monday its solid-state car battery, the OC-9, passed a year of"
        " crash and fire tests at its plant in Venmouth, sending Oskerby shares up 12 percent. The battery held 92 percent"
        " of its charge after 1,500 cycles, the company said. Oskerby chief executive Hanne Volquist said the OC-9 would"
        " go into vans built by Tessler Trucks next year. Dr Priya Castellane, a battery engineer at the Wendmoor"
        " Institute who was not involved, said the results looked strong but that the company had shared only a summary."
        ' "A summary is not a test report," Castellane said. Oskerby has asked the Dunmark Standards Board to certify the'
        " OC-9. The company plans to open a second line in Venmouth in the autumn, doubling output to 40,000 packs a"
        " year, and to hire 300 workers there. Tessler Trucks, which has ordered packs for its delivery vans, said the"
        " results matched what it had seen in its own road trials near Venmouth.",
    ),
    (
        "Oskerby's OC-9 battery clears safety trials",
        "2027-05-10",
        "Oskerby Cells today announced that its OC-9 solid-state battery passed crash, puncture and fire tests over 12"
        ' months. "The OC-9 is the safest battery we have built," said Hanne Volquist, chief executive of Oskerby Cells.'
        " The OC-9 kept 92 percent of its charge after 1,500 charging cycles. Oskerby will supply the OC-9 to Tessler"
        " Trucks under a deal worth up to 800 million crowns. Oskerby Cells is based in Venmouth, Dunmark, and employs"
        " 2,100 people. The Dunmark Standards Board is reviewing the OC-9."
        " Volquist said the second production line in Venmouth would open in the autumn and double output. Tessler Trucks"
        ' will fit the OC-9 to its delivery vans from next spring. "We are proud of our engineers and grateful to'
        ' Tessler for its trust," Volquist said.',
    ),
    (
        "Experts question Oskerby battery claims",
        "2027-05-11",
        'Engineers have questioned how Oskerby Cells presented the tests of its OC-9 battery. "Ninety-two percent after'
        ' 1,500 cycles is good, but we have not seen the fire data," said Dr Priya Castellane of the Wendmoor Institute.'
        " Hanne Volquist, Oskerby's chief executive, said the full report would be published in June. A person familiar"
        " with the Dunmark Standards Board review said it would want to see every test. Oskerby shares rose 12 percent on"
        " Monday, their biggest gain since the company listed in Venmouth."
        " Tessler Trucks, the OC-9's first buyer, said it would wait for the board before fitting the packs to its vans."
        ' Volquist denied that Oskerby had held back any fire data. "Every test will be in the report," she said.',
    ),
]
RIVAL_BATTERY = (
    "Lunaq battery cell lasts longer in tests",
    "2027-05-03",
    "Lunaq Energy said on Tuesday that its LQ-4 battery cell ran 20 percent longer on one charge in road trials,"
    " though it failed one fire test. The Harrowgate-based company said the LQ-4, made for buses, would be sent to the"
    ' Dunmark Standards Board later this year. "It is a solid result in a crowded field," said Dr Priya Castellane, a'
    ' battery engineer at the Wendmoor Institute. "The question is how it compares with the solid-state cells coming'
    " through.\" Lunaq's chief executive, Tomas Berglind, said Lunaq would seek a partner to build the LQ-4 abroad."
    " Lunaq shares rose 3 percent.",
)


def _battery_records() -> list[dict[str, str]]:
    recs = [{"id": f"oc{i}", "title": t, "published": d, "text": x} for i, (t, d, x) in enumerate(BATTERY_TESTS)]
    title, day, text = RIVAL_BATTERY
    return [*recs, {"id": "rival", "title": title, "published": day, "text": text}]


def test_a_rivals_look_alike_trial_quoting_the_same_expert_is_a_story_of_its_own() -> None:
    """Another company's battery tests a week before three reports of one company's battery tests, told in the same
    words (battery, tests, charge, shares rose, chief executive) and quoting the same engineer, naming the same
    standards board and country: about 0.17 alike to the reports, over the 0.12 a small batch joins at. It is about
    its own company and cell (each named three times or more), which no report names, and never names the company the
    reports are about: a story of its own. One shared expert is no shared event."""
    labels = cluster_records(_battery_records())
    assert len({labels[f"oc{i}"] for i in range(3)}) == 1
    assert labels["rival"] != labels["oc0"]


def test_a_rivals_look_alike_trial_does_not_join_the_story_in_a_store(store, tmp_path: Path) -> None:
    """The same look-alike arriving after the story is in the store: close enough to its centroid to join (0.20 or
    more), but a stranger to its members as batch reads one: a new story, with the reason."""
    paths = []
    for r in _battery_records():
        path = tmp_path / f"{r['id']}.json"
        record = {"title": r["title"], "text": f"{r['title']}\n\n{r['text']}", "published": r["published"]}
        path.write_text(json.dumps({**record, "outlet": f"Outlet {r['id']}"}), encoding="utf-8")
        paths.append(str(path))
    ingest(store, paths[:3])
    assert update_stories(store).new_stories == 1
    ingest(store, paths[3:])
    report = update_stories(store)
    assert (report.joined, report.new_stories) == (0, 1)
    assert sorted(s["article_count"] for s in list_stories(store)) == [1, 3]
    reason = store.conn.execute(
        "SELECT reason FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE a.title = ?",
        (RIVAL_BATTERY[0],),
    ).fetchone()[0]
    assert "another event" in reason, reason


def test_a_rivals_trial_alone_in_the_store_takes_none_of_the_later_reports(store, tmp_path: Path) -> None:
    """The look-alike first, a story of one article, then the three reports one at a time as they are published: each
    was close enough to its centroid to join it (0.20-0.33), and nothing read a story of one article for strangers, so
    the rival's story took all three. The rival and each report are about what the other never names (the rival's
    company and cell; the reports' company, cell and buyer): the reports make a story of their own."""
    recs = _battery_records()
    order = [recs[-1], *recs[:-1]]
    for r in order:
        path = tmp_path / f"{r['id']}.json"
        record = {"title": r["title"], "text": f"{r['title']}\n\n{r['text']}", "published": r["published"]}
        path.write_text(json.dumps({**record, "outlet": f"Outlet {r['id']}"}), encoding="utf-8")
        ingest(store, [str(path)])
        update_stories(store)
    assert sorted(s["article_count"] for s in list_stories(store)) == [1, 3]


def test_another_subject_is_told_by_the_names_each_side_repeats() -> None:
    from collections import Counter

    from storyline.cluster.batch import another_subject

    story = [Counter(oskerby=4, oc=3, venmouth=2, dunmark=1), Counter(oskerby=3, oc=2, wendmoor=1)]
    assert another_subject(Counter(lunaq=4, lq=2, dunmark=1, wendmoor=1), story)
    # a report of the same event from another angle names what the story is about, if only once
    assert not another_subject(Counter(tessler=3, trucks=3, oskerby=1), story)
    # or repeats a name the story uses
    assert not another_subject(Counter(lunaq=3, dunmark=2), story)
    # a text that repeats no name says nothing of what it is about
    assert not another_subject(Counter(lunaq=1, dunmark=1, wendmoor=1), story)


def test_key_entities_are_whole_names_codes_particles_and_apostrophes() -> None:
    from storyline.cluster.batch import name_phrases

    text = (
        "Oskerby Cells said its OC-9 battery passed. Prof Maartje van den Berg and Dr Aoife O'Donnell of the Wendmoor"
        " Institute spoke, as did Dr Ewan McAllister of Tessler Trucks and Ines de la Torre. COVID-19 slowed work."
    )
    names = name_phrases(text)
    assert {"Oskerby Cells", "OC-9", "Maartje van den Berg", "Aoife O'Donnell", "Ewan McAllister"} <= set(names)
    assert "COVID-19" in names and "Ines de la Torre" in names
    assert not any(n in names for n in ("OC", "Maartje", "Aoife", "Ewan McAllister of Tessler Trucks"))


def test_a_possessive_names_its_name_in_the_cast_whatever_the_apostrophe():
    """ "Tarnby's evacuees" names Tarnby as "Tarnby’s evacuees" does in the cast follow-ups share: a feature that names
    the story's town only so (in its headline) shares it with the reports (fresh15: the evacuees feature alone in
    batch); a name's own apostrophe ("Dal'Reno") stays."""
    from storyline.cluster.batch import cast_names, doc_text

    report = doc_text("Ferry fire", "Crews fought the fire in Tarnby harbour, Mirela Dal'Reno said.")
    ascii_, curly = doc_text('"We ran": Tarnby\'s evacuees wait', ""), doc_text('"We ran": Tarnby’s evacuees wait', "")
    assert cast_names([report, ascii_])[1] == cast_names([report, curly])[1] == {"tarnby"}
    assert {"tarnby", "dal'reno"} <= cast_names([report, ascii_])[0]
