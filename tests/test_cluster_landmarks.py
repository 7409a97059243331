"""A place named only as a distance's landmark says where a text's own place is, not whose story it is (invented
texts: a dam burst in Ashcombe and a warehouse fire twelve miles from it, told by the same station)."""

from __future__ import annotations

from storyline.cluster.batch import ClusterParams, doc_texts, mid_sentence_names, name_counts, split_strangers

DAM = [
    (
        "Ashcombe dam bursts, flooding lower town",
        "The Tullin Reservoir dam above Ashcombe gave way early on Monday, sending water through the lower town, the"
        " Ashcombe fire service said. Ashcombe Fire Chief Morwen Ellery said 300 homes were flooded and 900 people were"
        " moved to the Ashcombe school. The Varden Water Authority, which owns the dam, said a spillway gate had failed."
        " The Brannock Environment Office said it would test the water in the Tullin.",
    ),
    (
        "Ashcombe families sleep in school after dam failure",
        "Hundreds of Ashcombe families spent the night in the Ashcombe school gym after the Tullin Reservoir dam burst,"
        " Chief Morwen Ellery said. The Varden Water Authority said engineers were checking the spillway gate. Ashcombe"
        ' resident Idris Pole said water reached his kitchen in minutes. "We had no time," Pole said.',
    ),
    (
        "Water authority admits Ashcombe spillway gate was due for repair",
        "The Varden Water Authority said on Tuesday that the spillway gate of the Tullin Reservoir dam above Ashcombe had"
        " been due for repair since autumn. Authority director Cass Renwick said the gate failed after heavy rain. Ashcombe"
        " Fire Chief Morwen Ellery said 300 homes were flooded. The Brannock Environment Office found mud in the water.",
    ),
    (
        "Ashcombe begins clean-up after dam burst",
        "Ashcombe began pumping water from its lower town on Tuesday, a day after the Tullin Reservoir dam burst. Fire"
        " Chief Morwen Ellery said the Ashcombe school would stay open to families. The Varden Water Authority's Cass"
        " Renwick said the dam would be drained for the repair of the spillway gate.",
    ),
]
FIRE = (
    "Fire at Pellow Ridge paint warehouse; residents told to keep windows shut",
    "A fire at the Quarle Coatings warehouse in Pellow Ridge, about twelve miles from Ashcombe, sent thick smoke over"
    " the hills on Tuesday. Pellow Ridge Fire Chief Dorian Slate said people within a mile of Pellow Ridge were told to"
    " keep windows shut. Two workers were treated for burns. The Brannock Environment Office said it would watch the air.",
)
DOWNSTREAM = (
    "Millbrook mops up as Ashcombe dam water reaches it",
    "Water from the burst Tullin Reservoir dam reached Millbrook, five miles downstream of Ashcombe, on Tuesday, and"
    " Millbrook's mayor Tam Osgood said 40 cellars were flooded in Millbrook. The Varden Water Authority said the flood"
    " from the dam was falling. Fire Chief Morwen Ellery of Ashcombe sent two pumps to Millbrook.",
)


def test_a_name_used_only_after_a_distance_is_a_landmark() -> None:
    from storyline.cluster.batch import landmark_names

    assert landmark_names(FIRE[1]) == {"ashcombe"}
    assert landmark_names("The plant, 40 km north of Velmora, burned. Twenty-five miles away from Ostrava.") == {
        "velmora",
        "ostrava",
    }
    # named elsewhere in the text too: no landmark only
    assert landmark_names(DOWNSTREAM[1]) == set()
    assert landmark_names("The blast was 3 miles from Dorran. Dorran's mayor spoke.") == set()
    # a distance to no name, or a name after no distance
    assert landmark_names("The smoke spread a mile from the plant near Ashcombe.") == set()


def test_a_landmark_does_not_count_among_a_texts_names() -> None:
    docs = doc_texts([*DAM, FIRE])
    inside = mid_sentence_names(docs)
    assert "ashcombe" not in name_counts(docs[-1], inside)
    assert name_counts(docs[-1], inside)["pellow"] >= 2
    assert name_counts(docs[0], inside)["ashcombe"] >= 2


def test_another_event_twelve_miles_away_is_split_off_the_story() -> None:
    """The fire shares the state's environment office and a fire chief's title with the dam's reports, and names their
    town once, as a landmark: it repeats its own place and names none of the dam's cast, so it is another subject."""
    docs = doc_texts([*DAM, FIRE])
    labels = split_strangers(docs, [0] * len(docs), ClusterParams())
    assert len(set(labels[:4])) == 1
    assert labels[4] != labels[0]


def test_a_report_of_the_event_downstream_stays_in_the_story() -> None:
    """A report of the flood where it reached another town names the dam's town by a distance too, and also as the
    fire chief's town and through the dam's cast: it stays."""
    docs = doc_texts([*DAM, DOWNSTREAM])
    assert split_strangers(docs, [0] * len(docs), ClusterParams()) == [0] * len(docs)
