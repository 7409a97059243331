"""`storyline cluster FILE` reads records as `storyline run` stores them (cleaned, the first line as headline), so the
two cluster alike. Invented texts only."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.cluster import cluster_records, update_stories
from storyline.cluster.stories import article_placements
from storyline.ingest import ingest
from storyline.store import Store

JUNK = (
    "\n\nShare this article on Facebook\n\nSign up for our morning newsletter\n\nAdvertisement"
    "\n\nRead more from the Harbor Ledger"
)
FERRY = (
    "Ferry service to Osk Island resumes after storm repairs\n\nThe Osk Island ferry sailed again on Tuesday after "
    "crews repaired the pier that a storm damaged last month, harbour master Lene Toft said. Islanders had relied on a "
    "water taxi for three weeks."
)
BAKERY = (
    "Corlund bakery wins regional bread prize\n\nA family bakery in Corlund won the regional rye bread prize on "
    "Tuesday, judges said. Owner Piet Anvers said the recipe came from his grandmother."
)
FERRY_2 = (
    "Osk Island ferry back on its route\n\nHarbour master Lene Toft said the Osk Island ferry made its first crossing "
    "in three weeks on Tuesday, after the storm-damaged pier was repaired."
)


def _records() -> list[dict[str, str]]:
    texts = {"ferry": FERRY, "bakery": BAKERY, "ferry2": FERRY_2}
    return [{"id": k, "text": t + JUNK, "published": "2027-05-04", "outlet": f"Outlet {k}"} for k, t in texts.items()]


def test_page_junk_two_texts_share_joins_nothing() -> None:
    """Two unrelated reports of one site, each ending with its share buttons and newsletter line: read raw, those lines
    were most of what they shared and joined them; ingest drops them as page chrome, and so does clustering a file."""
    labels = cluster_records(_records())
    assert labels["ferry"] == labels["ferry2"] != labels["bakery"]


def test_a_file_and_the_store_make_the_same_stories(tmp_path: Path) -> None:
    recs = _records()
    path = tmp_path / "recs.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest(store, [str(path)])
        update_stories(store)
        rid = {r[0]: json.loads(r[1])["record_id"] for r in store.conn.execute("SELECT id, extra FROM articles")}
        stored = {rid[a]: p["story"] for a, p in article_placements(store).items()}
    labels = cluster_records(recs)
    assert {frozenset(k for k in labels if labels[k] == v) for v in labels.values()} == {
        frozenset(k for k in stored if stored[k] == v) for v in stored.values()
    }
