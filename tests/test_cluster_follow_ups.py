"""One occasion told over its days, and its cast on other occasions (storyline.cluster.occasion: join_follow_ups,
split_large_occasions; the store's follow-up join and large-story check). Invented reports only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storyline.cluster import ClusterParams, cluster_records, update_stories
from storyline.cluster.batch import doc_text, mid_sentence_names, name_tokens, similarity
from storyline.cluster.occasion import join_follow_ups, shared_cast, split_large_occasions
from storyline.ingest import ingest
from storyline.store import Store

DERAILMENT = [
    (
        "Tram derails in Hollsby, 23 hurt",
        "A Vandra Transit tram left the rails on the Kessel Line curve at Market Square in Hollsby on Monday "
        "evening and 23 passengers were hurt, fire chief Ola Renstad said. The tram tipped onto its side against a "
        "shop front. Four of the injured were taken to Hollsby Infirmary.",
    ),
    (
        "Hollsby tram accident: carriage overturns at Market Square",
        "A tram carriage overturned at Market Square in Hollsby on Monday after leaving the rails on a sharp bend "
        "of the Kessel Line. Vandra Transit said 23 people were injured. Fire chief Ola Renstad said crews cut "
        "open a door to free two passengers trapped inside.",
    ),
    (
        "Passengers hurt as Vandra Transit tram leaves tracks",
        "Twenty-three people were injured when a Vandra Transit tram derailed in Hollsby on Monday night. The "
        "tram was rounding the Market Square curve of the Kessel Line when its front bogie jumped the rails, "
        "witnesses said. Ola Renstad, the fire chief, said the carriage overturned.",
    ),
    (
        "Kessel Line closed after derailment in Hollsby",
        "Vandra Transit closed the Kessel Line through Hollsby after a tram derailed and overturned at Market "
        "Square on Monday, injuring 23 passengers. Replacement buses will run until the track is repaired. Fire "
        "chief Ola Renstad said the injured were treated at the scene and in Hollsby Infirmary.",
    ),
]
FOLLOW_UPS = [
    (
        "Inspectors examine wheels and worn rail after Hollsby accident",
        "Inspectors from the Rail Safety Office began examining the wheels and a worn section of rail on the "
        "Kessel Line in Hollsby, where a Vandra Transit tram came off the track. Chief inspector Marit Lunde said "
        "speed records would be read and the driver interviewed. The inquiry could take months.",
    ),
    (
        "Rail Safety Office opens inquiry into Hollsby tram crash",
        "The Rail Safety Office has opened an inquiry into the Vandra Transit tram crash in Hollsby. Inspector "
        "Marit Lunde said the team had taken a worn section of Kessel Line rail to its laboratory and would study "
        "the driver's speed on the approach to the curve. Vandra Transit said it would cooperate.",
    ),
]
COUNCIL = [
    (
        "Hollsby council approves harbour budget",
        "Hollsby council approved a budget for the harbour front on Monday after a long debate, councillor Ebba "
        "Strom said. The plan pays for a new promenade, benches and lighting along the quay. Opposition members "
        "of the Ostby Party voted against it, saying the money should go to schools.",
    ),
    (
        "Harbour promenade wins council vote in Hollsby",
        "Councillors in Hollsby voted for the harbour promenade budget on Monday. Ebba Strom, who chairs the "
        "finance committee, said the new quay lighting and benches would be built by spring. The Ostby Party "
        "voted against the plan and called for more school spending.",
    ),
]
ACCOUNT = (
    "'We were thrown against the windows': a passenger remembers",
    "Nina Aasen was reading a novel on her way home from a lecture when the Vandra Transit tram lurched. 'We were "
    "thrown against the windows, and then everything went sideways,' the nineteen-year-old student said from her "
    "bed, her left arm in plaster and a bandage across her forehead. She had boarded the Kessel Line in Hollsby ten "
    "minutes earlier with her friend Petra Vold, who escaped with bruises. Strangers pulled them both through a "
    "broken window, and a pharmacist from a nearby shop wrapped her wrist in a scarf until the ambulances came. Her "
    "mother, Grete Aasen, drove through the night from Vesterholm to sit beside her. Nina says she still hears the "
    "scraping of metal when she closes her eyes, but wants to finish her exams in June.",
)
DEPOT = (
    "Vandra Transit opens new tram depot in Hollsby",
    "Vandra Transit opened a new tram depot on the edge of Hollsby on Friday, with space for 40 trams of the Kessel "
    "Line and a workshop for their maintenance. Chief executive Lars Oddvik cut a ribbon with Hollsby's mayor. The "
    "depot cost the company six years of planning and brings 80 jobs to the town, Oddvik said.",
)


def _docs(items: list[tuple[str, str]]) -> list[str]:
    return [doc_text(t, x) for t, x in items]


def _names(docs: list[str]) -> list[set[str]]:
    inside = mid_sentence_names(docs)
    return [{t for t in name_tokens(d) if t in inside} for d in docs]


def _join(days: list[int | None]) -> list[int]:
    docs = _docs(DERAILMENT + FOLLOW_UPS + COUNCIL)
    labels = [0] * 4 + [1] * 2 + [2] * 2
    sim = similarity(docs, name_weight=0.5, max_df=1.0)
    return join_follow_ups(labels, _names(docs), days, sim, join_at=0.12, max_span=14)


def test_follow_ups_on_the_next_days_join_their_event_and_another_event_of_the_town_does_not():
    assert _join([0, 0, 0, 1, 2, 2, 0, 0]) == [0] * 6 + [2] * 2


def test_follow_ups_days_later_or_undated_stay_apart():
    """Days apart the same cast is another occasion (the occasion check's reading); undated, nothing tells when."""
    assert _join([0, 0, 0, 1, 9, 9, 0, 0]) == [0] * 4 + [1] * 2 + [2] * 2
    assert _join([0, 0, 0, 1, None, None, 0, 0]) == [0] * 4 + [1] * 2 + [2] * 2


def test_a_lone_report_naming_a_place_of_the_event_is_no_follow_up():
    """A report of another event that names the event's town (its buses diverted there) shares a name, not the cast
    every report of the event names (the operator, the line)."""
    bus = (
        "Bus crash closes Gransund bridge",
        "A bus operated by Nordal Coaches hit the parapet of the Gransund bridge on Monday, injuring its driver. "
        "Traffic was diverted through Hollsby and Market Square for the evening, police said.",
    )
    docs = _docs(DERAILMENT + [bus])
    sim = similarity(docs, name_weight=0.5, max_df=1.0)
    assert join_follow_ups([0, 0, 0, 0, 1], _names(docs), [0, 0, 0, 1, 0], sim, join_at=0.0) == [0, 0, 0, 0, 1]


def test_shared_cast_counts_names_of_the_two_parts_only():
    these = [{"vandra", "transit", "hollsby"}, {"vandra", "transit", "hollsby", "renstad"}]
    those = [{"vandra", "transit", "hollsby", "lunde"}]
    df = {"vandra": 3, "transit": 3, "hollsby": 9, "renstad": 1, "lunde": 1}
    assert shared_cast(these, those, lambda n: df[n]) == {"vandra", "transit"}  # Hollsby: most of its texts elsewhere


def _large(depot_day: int) -> tuple[list[int], dict[int, int]]:
    docs = _docs(DERAILMENT + DERAILMENT[:2] + FOLLOW_UPS + [DEPOT])
    moved: dict[int, int] = {}
    days = [0, 0, 1, 1, 0, 1, 2, 2, depot_day]
    return split_large_occasions(docs, [0] * len(docs), days, moved=moved), moved


def test_a_large_story_sheds_its_casts_other_occasion_days_away():
    labels, moved = _large(12)
    assert labels == [0] * 8 + [1] and moved == {1: 0}


def test_a_large_story_keeps_a_part_within_days():
    labels, moved = _large(3)
    assert labels == [0] * 9 and not moved


def test_a_report_days_later_in_the_events_words_stays_in_a_large_story():
    later = (
        "Hollsby tram derailment: injured passengers leave hospital",
        "The last of the 23 passengers hurt when a Vandra Transit tram derailed and overturned at Market Square in "
        "Hollsby have left Hollsby Infirmary. The Kessel Line curve where the tram left the rails reopened.",
    )
    docs = _docs(DERAILMENT + DERAILMENT[:2] + FOLLOW_UPS + [later])
    days = [0, 0, 1, 1, 0, 1, 2, 2, 9]
    assert split_large_occasions(docs, [0] * 9, days) == [0] * 9


# A trial reported over its first days and its closing speeches, and the jury's verdict a week after those.
TRIAL = [
    (
        "Jury sees footage of Carrowfield bakery stabbing",
        "Jurors at Harlby Crown Court were shown security camera footage on Monday of the night Ines Marrow was "
        "stabbed outside the Ferrant bakery in Carrowfield. The footage shows a man in a grey hood following her "
        "across the square. Ruben Aldecott, 27, denies murder. Prosecutor Owen Tessaly told the court the knife was "
        "found in a drain two streets away.",
    ),
    (
        "Ruben Aldecott trial opens over Ines Marrow killing",
        "The trial of Ruben Aldecott, accused of murdering Ines Marrow in Carrowfield last spring, opened at Harlby "
        "Crown Court on Monday. Owen Tessaly, prosecuting, said camera footage and a bloodstained hood linked "
        "Aldecott to the stabbing outside the Ferrant bakery. Justice Petra Lindqvist is hearing the case.",
    ),
    (
        "Camera footage played at Carrowfield murder trial",
        "Footage from a security camera above the Ferrant bakery was played to the jury in the Ines Marrow murder "
        "trial at Harlby Crown Court. It shows a hooded figure running from the square seconds after the stabbing, "
        "prosecutor Owen Tessaly said. Ruben Aldecott, of Carrowfield, has pleaded not guilty.",
    ),
    (
        "Baker tells court he heard screams in Carrowfield square",
        "Baker Hugo Ferrant told Harlby Crown Court on Tuesday that he heard screams and ran outside to find Ines "
        "Marrow lying on the pavement. He said he saw a man in a grey hood running towards the canal. Ruben "
        "Aldecott denies murder. He said the hooded man ran past the bakery window seconds after the stabbing.",
    ),
    (
        "Witness describes hooded man at Ines Marrow trial",
        "A witness at the trial of Ruben Aldecott described a hooded man running from Carrowfield square on the night "
        "Ines Marrow was stabbed. Hugo Ferrant, whose bakery faces the square, told Harlby Crown Court he phoned an "
        "ambulance and pressed a towel to her wound. Justice Petra Lindqvist adjourned the case until Wednesday.",
    ),
    (
        "Footage shows hooded man following Ines Marrow, court told",
        "Security camera footage shown at Harlby Crown Court on Tuesday follows a man in a grey hood across "
        "Carrowfield square behind Ines Marrow minutes before she was stabbed outside the Ferrant bakery. Prosecutor "
        "Owen Tessaly said the hood was found near the canal. Ruben Aldecott denies murder.",
    ),
    (
        "Jury retires in Ruben Aldecott murder trial",
        "The jury in the murder trial of Ruben Aldecott retired to consider its verdict on Thursday after closing "
        "speeches at Harlby Crown Court. Justice Petra Lindqvist told jurors they must be sure of his guilt before "
        "convicting him of murdering Ines Marrow. The defence urged them to acquit, saying the evidence was "
        "circumstantial.",
    ),
    (
        "Ines Marrow trial: jurors sent out to consider verdict",
        "Jurors were sent out to consider their verdict in the Ines Marrow murder trial after the judge summed up "
        "the evidence at Harlby Crown Court. Ruben Aldecott, who denies murder, could be convicted of manslaughter "
        "instead, Justice Petra Lindqvist said. Deliberations will continue on Friday.",
    ),
]
VERDICT = (
    "Ruben Aldecott guilty of murdering Ines Marrow",
    "A jury at Harlby Crown Court has convicted Ruben Aldecott of murdering Ines Marrow after four days of "
    "deliberations. Justice Petra Lindqvist thanked the jurors and said Aldecott would be sentenced next month, "
    "warning him that murder carries a life term. Members of the Marrow family wept as the verdict was read.",
)
OTHER_TRIAL = [
    (
        "Dockworker stood trial over Dunmore Quay shooting",
        "Lena Voss, 41, went on trial at Pellbridge Court accused of shooting dockworker Arvid Holm on Dunmore Quay. "
        "Prosecutor Clara Benn said a pistol was found in a warehouse locker. Voss denies murder.",
    ),
    (
        "Dunmore Quay murder trial hears from harbour guard",
        "A harbour guard told Pellbridge Court he heard two shots on Dunmore Quay and found Arvid Holm beside a crane. "
        "Lena Voss, who denies murdering him, watched from the dock. Prosecutor Clara Benn showed the jury the pistol.",
    ),
    (
        "Jury told of pistol in Lena Voss trial",
        "Jurors in the trial of Lena Voss were shown the pistol prosecutors say killed Arvid Holm on Dunmore Quay. "
        "Clara Benn, prosecuting, told Pellbridge Court the gun was bought a week before the shooting.",
    ),
]
TRIAL_DAYS = [0, 0, 0, 1, 1, 1, 3, 3]


def test_a_verdict_a_week_after_reads_like_the_trials_last_days_and_stays():
    """The verdict tells of the jury and the charges, as the closing days do (0.15 alike in content words), less of
    the footage of the first days (0.07, under half of what they share): the case's next report, not another
    occasion."""
    docs = _docs(TRIAL + [VERDICT])
    assert split_large_occasions(docs, [0] * 9, [*TRIAL_DAYS, 10]) == [0] * 9


def test_another_trial_of_other_people_a_week_on_is_another_story():
    """A look-alike: a jury, a prosecutor, a murder charge, the same days as the verdict; other people, another place."""
    recs = [_rec(f"t{i}", x, f"2026-03-{2 + d:02d}") for i, (x, d) in enumerate(zip(TRIAL, TRIAL_DAYS, strict=True))]
    recs.append(_rec("verdict", VERDICT, "2026-03-12"))
    recs += [_rec(f"o{i}", x, "2026-03-11") for i, x in enumerate(OTHER_TRIAL)]
    labels = cluster_records(recs)
    other = {labels[f"o{i}"] for i in range(3)}
    assert len(other) == 1 and not other & {v for k, v in labels.items() if not k.startswith("o")}


def test_the_casts_other_occasion_after_the_trial_still_splits_off():
    """What reads like none of the story's days goes, however it is placed: the baker's shop reopening."""
    reopening = (
        "Ferrant bakery reopens in Carrowfield square",
        "Hugo Ferrant reopened his bakery in Carrowfield square on Saturday with a new oven and a café corner, "
        "selling rye loaves and almond pastries to a queue of neighbours. The shop had been closed for a refit since "
        "the winter.",
    )
    docs = _docs(TRIAL + [VERDICT, reopening])
    days = [*TRIAL_DAYS, 10, 16]
    moved: dict[int, int] = {}
    assert split_large_occasions(docs, [0] * 10, days, moved=moved) == [0] * 9 + [1] and moved == {1: 0}


def test_incremental_verdict_joins_its_trials_story(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        recs = [
            _rec(f"t{i}", x, f"2026-03-{2 + d:02d}") for i, (x, d) in enumerate(zip(TRIAL, TRIAL_DAYS, strict=True))
        ]
        ingest(store, [_write(tmp_path, "trial", recs)])
        update_stories(store)
        assert _story_sizes(store) == [8]
        ingest(store, [_write(tmp_path, "verdict", [_rec("verdict", VERDICT, "2026-03-12")])])
        update_stories(store)
        assert _story_sizes(store) == [9]


def _write(tmp_path: Path, name: str, recs: list[dict[str, Any]]) -> str:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return str(path)


def _rec(key: str, item: tuple[str, str], day: str) -> dict[str, Any]:
    return {"id": key, "url": f"https://example.test/{key}", "title": item[0], "text": item[1], "published": day}


def _story_sizes(store: Store) -> list[int]:
    return sorted(int(r[0]) for r in store.conn.execute("SELECT size FROM stories WHERE size > 0"))


def _event_store(store: Store, tmp_path: Path, params: ClusterParams) -> None:
    recs = [_rec(f"d{i}", x, f"2026-05-{4 + i % 2:02d}") for i, x in enumerate(DERAILMENT + DERAILMENT[:2])]
    recs += [_rec(f"f{i}", x, "2026-05-06") for i, x in enumerate(FOLLOW_UPS)]
    ingest(store, [_write(tmp_path, "event", recs)])
    update_stories(store, params=params)


def test_incremental_same_cast_other_occasion_opens_its_own_story_beside_a_large_one(tmp_path: Path):
    sizes = {}
    for name, params in (("off", ClusterParams(occasion_floor=None)), ("on", ClusterParams())):
        with Store(tmp_path / f"{name}.db") as store:
            _event_store(store, tmp_path, params)
            assert _story_sizes(store) == [8]
            ingest(store, [_write(tmp_path, "depot", [_rec("depot", DEPOT, "2026-05-16")])])
            update_stories(store, params=params)
            sizes[name] = _story_sizes(store)
    assert sizes == {"off": [9], "on": [1, 8]}


def _follow_up_store(
    store: Store, tmp_path: Path, params: ClusterParams, day: str = "2026-05-05"
) -> list[tuple[str, str]]:
    recs = [_rec(f"d{i}", x, "2026-05-04") for i, x in enumerate(DERAILMENT)]
    recs += [_rec(f"c{i}", x, "2026-05-04") for i, x in enumerate(COUNCIL)]
    ingest(store, [_write(tmp_path, "day0", recs)])
    update_stories(store, params=params)
    ingest(store, [_write(tmp_path, "day1", [_rec("f0", ACCOUNT, day)])])
    update_stories(store, params=params)
    rows = store.conn.execute(
        "SELECT sa.story_id, coalesce(sa.reason, '') FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
        " WHERE a.url = 'https://example.test/f0'"
    ).fetchall()
    event = store.conn.execute(
        "SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
        " WHERE a.url = 'https://example.test/d0'"
    ).fetchone()[0]
    return [(str(r[0] == event), str(r[1])) for r in rows]


def test_incremental_follow_up_in_new_words_joins_its_event_by_its_cast_and_days(tmp_path: Path):
    """A passenger's account the day after shares the operator, line and town with the reports and few words."""
    with Store(tmp_path / "off.db") as store:
        assert _follow_up_store(store, tmp_path, ClusterParams(occasion_floor=None))[0][0] == "False"
    with Store(tmp_path / "on.db") as store:
        [(joined, reason)] = _follow_up_store(store, tmp_path, ClusterParams())
    assert joined == "True" and "follow-up" in reason and "vandra" in reason


def test_incremental_article_of_the_cast_days_later_is_no_follow_up(tmp_path: Path):
    with Store(tmp_path / "later.db") as store:
        [(joined, reason)] = _follow_up_store(store, tmp_path, ClusterParams(), day="2026-05-12")
    assert joined == "False" and "follow-up" not in reason


def _account(day: int, reports: list[int], report_days: list[int]) -> list[int]:
    """The account (labelled 1, published on ``day``) beside the four reports (labelled ``reports``), the council
    vote and the depot opening twelve days later."""
    docs = _docs(DERAILMENT + [ACCOUNT] + COUNCIL + [DEPOT])
    sim = similarity(docs, name_weight=0.5, max_df=1.0)
    assert 0.06 <= sim[4, :2].mean() < sim[4, :4].mean() < 0.12  # under what two parts need alike, over half that
    labels = [*reports, 1, 2, 2, 3]
    return join_follow_ups(labels, _names(docs), [*report_days, day, 0, 0, 12], sim, join_at=0.12, max_span=14)


def test_a_lone_account_in_its_own_words_joins_the_story_of_its_days_by_its_cast():
    """A passenger's account the day after names the operator, line and town as the reports do and tells the rest in
    its own words: under what two parts need alike, over what a lone text needs to join a story of its days. Days
    later it stays alone, and beside a story of only two reports of its days (what two texts both name is little to
    go by)."""
    assert _account(1, [0] * 4, [0] * 4) == [0] * 5 + [2, 2, 3]
    assert _account(9, [0] * 4, [0] * 4) == [0] * 4 + [1, 2, 2, 3]
    assert _account(1, [0, 0, 5, 5], [0, 0, 20, 20]) == [0, 0, 5, 5, 1, 2, 2, 3]


GERMAN = (
    "Straßenbahn entgleist in Hollsby",
    "Eine Straßenbahn der Vandra Transit ist am Montagabend in Hollsby auf der Kessel Line entgleist und an einer "
    "Kurve umgekippt. Dreiundzwanzig Fahrgäste wurden verletzt, sagte der Feuerwehrchef Ola Renstad. Die Strecke "
    "bleibt gesperrt, und die Fahrgäste müssen auf Busse umsteigen, bis die Gleise repariert sind.",
)


def _unread_store(store: Store, tmp_path: Path, day: str) -> list[dict[str, Any]]:
    """The depot opening ten days before the derailment, its four reports, and a German report published on ``day``:
    the store does not analyse it, and places it by the names it shares."""
    recs = [_rec("depot", DEPOT, "2026-04-24")] + [_rec(f"d{i}", x, "2026-05-04") for i, x in enumerate(DERAILMENT)]
    ingest(store, [_write(tmp_path, "english", recs)])
    update_stories(store)
    ingest(store, [_write(tmp_path, "german", [_rec("de", GERMAN, day)])])
    return update_stories(store).attached


def test_an_unread_report_of_the_events_days_is_placed_in_it_beside_its_casts_other_occasion(tmp_path: Path):
    """The German report names the operator, the line and the town, as the depot's report does too, and the fire
    chief of the night: by its names alone the derailment is not far enough ahead of the depot to tell. The depot
    opened ten days before the report; the derailment is of its day: it is placed there. Undated, it is not."""
    with Store(tmp_path / "dated.db") as store:
        (placed,) = _unread_store(store, tmp_path, "2026-05-05")
        event = store.conn.execute(
            "SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
            " WHERE a.url = 'https://example.test/d0'"
        ).fetchone()[0]
        assert placed["story"] == event and "Renstad" in placed["reason"]
    with Store(tmp_path / "undated.db") as store:
        assert _unread_store(store, tmp_path, "") == []


OTHER_CRASH = (
    "Bus slides into ditch near Ostby",
    "A Norrvik Coaches bus slid off an icy road into a ditch near Ostby on Tuesday morning, police in the Ostby "
    "district said. Sergeant Lova Hedin said the bus was empty and its driver broke a leg. A crane lifted the bus "
    "out of the ditch by noon. Norrvik Coaches said it would send a spare bus for the afternoon routes. The company "
    "said none of its drivers had been lent to Vandra Transit for the Kessel Line in Hollsby.",
)


def test_incremental_report_naming_the_storys_cast_in_one_passing_sentence_is_no_follow_up(tmp_path: Path):
    """Another accident in another town the next day, whose last sentence names the tram crash's operator, line and
    town: a passing mention, not a follow-up (the account, which names them in two sentences, is one)."""
    with Store(tmp_path / "other.db") as store:
        recs = [_rec(f"d{i}", x, "2026-05-04") for i, x in enumerate(DERAILMENT)]
        recs += [_rec(f"c{i}", x, "2026-05-04") for i, x in enumerate(COUNCIL)]
        ingest(store, [_write(tmp_path, "day0", recs)])
        update_stories(store)
        ingest(store, [_write(tmp_path, "day1", [_rec("bus", OTHER_CRASH, "2026-05-05")])])
        report = update_stories(store)
    [placed] = report.placed
    assert placed["action"] == "new" and "follow-up" not in placed["reason"], (placed["reason"], placed["similarity"])
