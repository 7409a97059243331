"""A text with a subject of its own beside a story: batch and a store agree (invented texts)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from storyline.cluster import cluster_records, list_stories, update_stories
from storyline.cluster.batch import ClusterParams, doc_texts, split_strangers
from storyline.ingest import ingest

RELEASE = [
    (
        "Westmark aid worker Pieter Holm freed in exchange brokered by Dalmeria",
        "KORVATH, June 4 (Harbour Wire) - Westmark aid worker Pieter Holm was freed late on Wednesday in an exchange of"
        " six detainees between Westmark and Orlavia at Korvath airport, ending 19 months in an Orlavian jail. Dalmeria,"
        " which brokered the deal, said the handover took 20 minutes. Holm, 41, had been sentenced in Orlavia to 12 years"
        " for smuggling, a charge Westmark called absurd. Westmark Foreign Minister Lene Aasgard thanked Dalmeria and said"
        " Holm was in good health. Among the Orlavians sent home was Viktor Sorn, jailed in Westmark for arms dealing.",
    ),
    (
        "Holm lands in Westmark after prisoner exchange",
        "Pieter Holm landed at Lindby airport on Thursday morning, hours after he was freed in a prisoner exchange between"
        ' Westmark and Orlavia. Holm thanked the Westmark government and the aid group he worked for. "I never stopped'
        ' hoping," Holm told reporters. Foreign Minister Lene Aasgard said Holm would rest for some days. Orlavia said'
        " Holm had been pardoned by its president before the exchange. Viktor Sorn, the Orlavian freed in return, was"
        " greeted by officials in the Orlavian capital.",
    ),
    (
        "Orlavia pardons Holm, sends him home in swap",
        "Orlavia's president pardoned the Westmark national Pieter Holm before he was handed over in Korvath, the Orlavian"
        " foreign ministry said. The ministry said Holm had admitted smuggling and that the pardon was a gesture. Six"
        " detainees were exchanged, among them Viktor Sorn, whom the ministry called a patriot. Holm's employer, the aid"
        " group Bridgewell, said the charges were invented. Orlavia thanked Dalmeria for hosting the exchange.",
    ),
    (
        "Dalmeria hosted Holm exchange after months of talks",
        "Dalmeria's envoy Ilse Brandvik said the exchange that freed Pieter Holm followed eleven months of talks between"
        " Westmark and Orlavia, which no longer speak to each other. Brandvik travelled to Lindby and to the Orlavian"
        " capital eight times. Holm and five others were exchanged at Korvath airport on Wednesday night. A Dalmerian"
        " official said the talks nearly failed over Viktor Sorn. Holm's release was welcomed by Westmark's parliament.",
    ),
    (
        "Dalmeria hosts midnight exchange that freed Westmark aid worker",
        "KORVATH - Two planes stood side by side at Korvath airport late on Wednesday as Dalmerian officials oversaw an"
        " exchange of six detainees between Westmark and Orlavia, ending months of mediation by Dalmeria. The handover"
        " took 20 minutes, the Dalmerian foreign ministry said. Dalmeria's envoy, Ilse Brandvik, said her country was"
        ' "proud to be a bridge" between two governments. Brandvik travelled to Lindby eight times since January.'
        " Among those freed was the Westmark aid worker Pieter Holm.",
    ),
    (
        "Aasgard to visit Dalmeria to thank it for Holm exchange",
        "Westmark Foreign Minister Lene Aasgard will travel to Dalmeria next week to thank the Dalmerian government for"
        " its part in the exchange that freed Pieter Holm, the ministry said on Friday. Aasgard is due to meet Dalmeria's"
        " envoy Ilse Brandvik in Korvath on Tuesday. A ministry spokesman said the visit was not linked to any new talks.",
    ),
    (
        "Westmark denies paying for Holm's release",
        "The Westmark government said on Thursday that it paid no money for the release of Pieter Holm. Minister Lene"
        " Aasgard said Holm was freed in an exchange of detainees and nothing else. An Orlavian newspaper had said"
        " Westmark paid a ransom. Holm, freed at Korvath airport, is due to speak to parliament next month. Aasgard"
        " thanked Dalmeria again.",
    ),
]
FAMILY = (
    '"He is home": Holm family in tears',
    "For 19 months Ruth Holm kept her son's bicycle by the gate of her house in Sandvik. On Thursday she finally put it"
    ' away. "He is home, and that is all I wanted," Ruth Holm, the mother of Pieter Holm, said as she left for the'
    " airport. His brother, Karel Holm, said the family heard of the exchange from a call after midnight."
    ' "I did not believe it until I heard him," Karel Holm said. Neighbours in Sandvik hung flags from their windows.',
)
TALKS = (
    "Dalmeria hosts water talks between Essany and Tirnova",
    "KORVATH - Delegations from Essany and Tirnova met in Korvath on Thursday for talks on sharing the Malva river,"
    " mediated by Dalmeria, the first meeting of the two neighbours since their dispute over the dam began in March."
    " Dalmeria's envoy Ilse Brandvik said Essany and Tirnova had agreed to keep the sluices open while talks went on."
    ' "Nobody leaves until the water flows," Brandvik said. Essany negotiator Mirek Sabo said his side wanted monitors'
    " at the dam; Tirnova's delegation, led by General Ada Vorn, said it would accept monitors only from Dalmeria. The"
    " talks resume on Monday.",
)


def _records() -> list[dict[str, str]]:
    recs = [{"id": f"r{i}", "title": t, "text": x, "published": "2027-06-04"} for i, (t, x) in enumerate(RELEASE)]
    recs.append({"id": "family", "title": FAMILY[0], "text": FAMILY[1], "published": "2027-06-05"})
    recs.append({"id": "talks", "title": TALKS[0], "text": TALKS[1], "published": "2027-06-05"})
    return recs


def test_the_mediators_other_talks_are_split_off_and_the_familys_piece_stays() -> None:
    """A mediator's water talks between two other countries, in the city where it hosted the exchange and through the
    same envoy, the same days: even when clustering put all seven texts in one story (the talks share the mediator, the
    city and the envoy, and the event stage folds a fragment into a large event), they are split off. Their title's
    two countries are named by no report of the exchange, and they never name the freed man every report repeats. The
    family's piece repeats names no report uses (the mother, the brother, their town) but names him: it stays."""
    recs = sorted(_records(), key=lambda r: r["id"])
    docs = doc_texts([(r["title"], r["text"]) for r in recs])
    labels = split_strangers(docs, [0] * len(docs), ClusterParams())
    at = {r["id"]: k for k, r in enumerate(recs)}
    assert labels[at["talks"]] != labels[at["r0"]]
    assert len({labels[at[r["id"]]] for r in recs if r["id"] != "talks"}) == 1


def test_batch_keeps_the_talks_apart_and_the_family_piece_in_the_story() -> None:
    labels = cluster_records(_records())
    assert len({labels[f"r{i}"] for i in range(len(RELEASE))} | {labels["family"]}) == 1
    assert labels["talks"] != labels["r0"]


def test_own_subject_wants_a_name_of_its_own_and_none_the_story_repeats_most() -> None:
    from storyline.cluster.batch import own_subject

    story = [Counter(holm=4, westmark=2, korvath=1), Counter(holm=3, dalmeria=2, korvath=2), Counter(holm=2, sorn=1)]
    assert own_subject(Counter(essany=3, tirnova=3, dalmeria=3, korvath=2), story)
    # the family's piece repeats names of its own, but names the man the story is about
    assert not own_subject(Counter(ruth=2, karel=2, sandvik=2, holm=5), story)
    # no name of its own repeated: nothing says it is about something else
    assert not own_subject(Counter(dalmeria=3, korvath=2, essany=1), story)


def _write(tmp_path: Path, rid: str, title: str, text: str, day: str) -> str:
    path = tmp_path / f"{rid}.json"
    record = {"title": title, "text": f"{title}\n\n{text}", "published": day, "outlet": f"Outlet {rid}"}
    path.write_text(json.dumps(record), encoding="utf-8")
    return str(path)


def test_a_store_keeps_the_talks_out_of_the_exchange_story(store, tmp_path: Path) -> None:
    """The talks arriving after the exchange's reports are in the store: a new story, as batch splits them off."""
    paths = [_write(tmp_path, r["id"], r["title"], r["text"], r["published"]) for r in _records()]
    ingest(store, paths[: len(RELEASE) + 1])
    update_stories(store)
    ingest(store, paths[len(RELEASE) + 1 :])
    update_stories(store)
    sizes = sorted(s["article_count"] for s in list_stories(store))
    assert sizes == [1, len(RELEASE) + 1], sizes
