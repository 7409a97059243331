"""A different case before the same court and judge, the next day, is another story (invented text).

Five reports of a disputed harbour-master vote in Qelmarin (the count, a court-ordered recount by the Qelmarin
District Court, Judge Anselm Vorrat) and one report of the same court and judge hearing a challenge to the port's
dredging contract the next day: the same place, the same people, close dates, but another happening.
"""

from __future__ import annotations

import json
from pathlib import Path

from storyline.cluster import cluster_records, list_stories, update_stories
from storyline.cluster.batch import doc_texts
from storyline.cluster.occasion import unshared_events
from storyline.ingest import ingest

VOTE = [
    {
        "id": "v1",
        "published": "2031-03-02",
        "title": "Qelmarin harbour-master vote: early results",
        "text": "Challenger Odila Brennhof leads harbour master Caspar Lindqvar by 51.2% to 48.8%, according to early"
        " results from the Qelmarin Port Electoral Board. Lindqvar has not conceded.",
    },
    {
        "id": "v2",
        "published": "2031-03-03",
        "title": "Qelmarin vote margin narrows to 310 ballots",
        "text": "The Qelmarin Port Electoral Board on Monday revised the count in the harbour-master vote, cutting"
        " Odila Brennhof's lead over Caspar Lindqvar to 310 ballots. Brennhof alleged ballot tampering at the"
        " Nordkai polling station.",
    },
    {
        "id": "v3",
        "published": "2031-03-04",
        "title": "Court orders partial recount",
        "text": "The Qelmarin District Court on Tuesday ordered a partial recount of 4,000 ballots cast at Nordkai,"
        " granting a petition filed by Caspar Lindqvar's campaign. Judge Anselm Vorrat said the recount must be"
        " completed by Friday.",
    },
    {
        "id": "v4",
        "published": "2031-03-04",
        "title": "Judge orders recount at Nordkai polling station",
        "text": "Judge Anselm Vorrat of the Qelmarin District Court on Tuesday ordered a partial recount of 4,000"
        ' ballots cast at Nordkai, the polling station at the centre of the disputed harbour-master vote. "The'
        ' court is not deciding who won," Vorrat said.',
    },
    {
        "id": "v5",
        "published": "2031-03-06",
        "title": "Recount ends: Brennhof wins by 288 ballots",
        "text": "The recount of ballots cast at Nordkai ended on Thursday and confirmed Odila Brennhof as the next"
        " harbour master of Qelmarin. Brennhof's final margin is 288 ballots, the Qelmarin Port Electoral Board"
        " said.",
    },
]

DREDGING = {
    "id": "x-dredge",
    "published": "2031-03-05",
    "title": "Court hears challenge to Qelmarin dredging contract",
    "text": "The Qelmarin District Court on Wednesday began hearing a challenge to the port's dredging contract"
    " brought by the Qelmarin Fishermen's Guild.\n\nThe guild says the port authority awarded 19 million crowns for"
    " deepening the eastern channel without a required environmental survey.\n\nJudge Anselm Vorrat said he would"
    " rule on the case within a month. The port's lawyer, Tilde Marsk, told the court the survey had been filed"
    ' late.\n\n"The contract was signed lawfully and will be defended," Marsk said.',
}

OPINION = {
    "id": "v-opinion",
    "published": "2031-03-05",
    "title": "Opinion: Qelmarin deserves a clean count",
    "text": "Whoever wins the recount at Nordkai, Qelmarin's harbour-master vote has shown how fragile trust in a"
    " count can be. Caspar Lindqvar's campaign was right to ask for the ballots to be checked, and Odila"
    " Brennhof was right to accept it. The Port Electoral Board should publish every tally sheet, and the"
    " harbour master who takes office should promise observers at every polling station next time.",
}


def test_a_different_case_before_the_same_court_is_a_story_of_its_own() -> None:
    labels = cluster_records([*VOTE, DREDGING])
    vote = {labels[r["id"]] for r in VOTE}
    assert len(vote) == 1
    assert labels["x-dredge"] not in vote


def test_unshared_events_names_the_other_case_only() -> None:
    recs = [*VOTE, DREDGING, OPINION]
    docs = doc_texts([(r["title"], r["text"]) for r in recs])
    assert unshared_events(docs) == [len(VOTE)]


def test_an_opinion_piece_on_the_count_stays_in_its_story() -> None:
    labels = cluster_records([*VOTE, OPINION])
    assert len({labels[r["id"]] for r in [*VOTE, OPINION]}) == 1


def test_a_brief_sharing_no_word_is_not_split() -> None:
    """A line with fewer than a dozen words of its own tells too little to be read as another happening."""
    brief = {
        "id": "v-brief",
        "published": "2031-03-04",
        "title": "Qelmarin: Vorrat sets Friday deadline",
        "text": "Judge Anselm Vorrat set Friday as the deadline, his clerk Mirto Haske told reporters.",
    }
    recs = [*VOTE, brief]
    docs = doc_texts([(r["title"], r["text"]) for r in recs])
    assert len(VOTE) not in unshared_events(docs)


def _write(tmp_path: Path, record: dict[str, str]) -> str:
    path = tmp_path / f"{record['id']}.json"
    path.write_text(json.dumps({**record, "outlet": f"Outlet {record['id']}"}), encoding="utf-8")
    return str(path)


def test_a_store_keeps_the_other_case_out_as_it_arrives(store, tmp_path: Path) -> None:
    """The vote's reports clustered first, then the dredging case with the last report: the case joins neither as the
    closest story nor as a follow-up of its days (the same court, judge and port, the day before the last report)."""
    ingest(store, [_write(tmp_path, r) for r in VOTE[:4]])
    update_stories(store)
    ingest(store, [_write(tmp_path, r) for r in (VOTE[4], DREDGING)])
    report = update_stories(store)
    assert sorted(s["article_count"] for s in list_stories(store)) == [1, 5], report


def test_a_store_keeps_the_other_case_out_in_batch(store, tmp_path: Path) -> None:
    ingest(store, [_write(tmp_path, r) for r in (*VOTE, DREDGING)])
    update_stories(store)
    assert sorted(s["article_count"] for s in list_stories(store)) == [1, 5]
