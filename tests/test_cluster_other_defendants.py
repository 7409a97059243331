"""Two verdicts of one kind, told in the same words, are two stories when each is about a person the other never
names (stop 49: a tester's corruption trial; invented texts)."""

from __future__ import annotations

from collections import Counter

from storyline.cluster import cluster_records

GOVERNOR = [
    (
        "Lorvik governor Anton Mereš jailed for seven years over harbour fund",
        "TALMOR (Norland Wire) - Anton Mereš, the governor of Lorvik province, was found guilty on Monday of"
        " embezzling 3.6 million crowns meant for the Salde harbour and sentenced to seven years in prison by the Talmor"
        " District Court. Judge Ivana Kosk also ordered Mereš, 61, to pay a fine of 200,000 crowns. Four co-defendants"
        " received shorter terms. Mereš's lawyer Olaf Brenn said his client would appeal. Mereš has governed Lorvik"
        " since 2016.",
    ),
    (
        "Governor Mereš gets seven years for harbour fund theft",
        "The Talmor District Court on Monday sentenced Lorvik governor Anton Mereš to seven years in prison for"
        " stealing 3.6 million crowns from the Salde harbour fund. Judge Ivana Kosk said Mereš had treated public money"
        " as his own. Prosecutor Dana Vell said the verdict showed nobody in Lorvik was above the law. Mereš denied"
        " wrongdoing and will appeal, his lawyer said.",
    ),
    (
        "Mereš convicted: seven years for Salde harbour millions",
        "Anton Mereš, governor of Lorvik, was convicted on Monday of embezzling 3.6 million crowns from the Salde"
        " harbour fund. The Talmor District Court gave him seven years in prison and a fine of 200,000 crowns. Four"
        " co-defendants were also convicted. Mereš said through his lawyer Olaf Brenn that he would appeal the verdict.",
    ),
    (
        "Lorvik reacts to Mereš verdict",
        "Residents of Lorvik greeted the verdict against governor Anton Mereš with relief on Monday. The Talmor District"
        " Court jailed Mereš for seven years over the Salde harbour fund. Opposition leader Rina Haas said Lorvik needed"
        " a new start. Mereš's deputy Kai Vorn will run the province until an election.",
    ),
]
OTHER_CASE = (
    "Pension fund fraudster Gustav Lind gets five years",
    "The Talmor District Court on Monday sentenced businessman Gustav Lind to five years in prison for defrauding a"
    " dockworkers' pension fund of 2.2 million crowns. Judge Pavel Orsk ordered Lind, 52, to repay the money and pay a"
    " fine of 60,000 crowns. Lind's lawyer said he would study the verdict before deciding whether to appeal. About 1,800"
    " pensioners lost savings when the Talmor Dockworkers' Pension Fund collapsed in 2022.",
)
OTHER_GOVERNOR = (
    "Eskar governor Berit Hallan gets six years for bribery",
    "The Eskar Regional Court on Wednesday sentenced Berit Hallan, the governor of Eskar province, to six years in"
    " prison for taking bribes worth 700,000 crowns from road builders. Judge Tomas Reiner also fined Hallan 90,000"
    " crowns. Hallan's lawyer said she would appeal within 14 days. It was the second corruption verdict against a"
    " Norland governor this week.",
)


def _records(items: list[tuple[str, str]], day: str = "2026-04-13") -> list[dict[str, str]]:
    return [{"id": f"r{n}", "title": t, "text": x, "published": day} for n, (t, x) in enumerate(items)]


def test_the_same_courts_verdict_in_another_case_is_another_story() -> None:
    """The businessman's verdict, the same day in the same court, told in the same words (sentenced, years in prison,
    fine, appeal), names neither the governor nor his province: a story of its own, in a batch of two and beside the
    governor's four reports."""
    two = cluster_records(_records([GOVERNOR[0], OTHER_CASE]))
    assert two["r0"] != two["r1"]
    five = cluster_records(_records([*GOVERNOR, OTHER_CASE]))
    assert len({five[f"r{n}"] for n in range(4)}) == 1
    assert five["r4"] != five["r0"]


def test_another_governors_verdict_is_another_story_and_reports_of_one_verdict_stay_one() -> None:
    got = cluster_records(_records([GOVERNOR[0], OTHER_GOVERNOR]))
    assert got["r0"] != got["r1"]
    # guards: two reports of one verdict, told from two angles (the court, the province), are one story
    pair = cluster_records(_records([GOVERNOR[0], GOVERNOR[3]]))
    assert pair["r0"] == pair["r1"]
    together = cluster_records(_records([*GOVERNOR, OTHER_GOVERNOR]))
    assert Counter(together.values()).most_common(1)[0][1] == 4
