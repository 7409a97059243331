"""Quotes printed as transcript lines, answers to a question someone else asked, quotations typed with two
apostrophes, and places named after people: invented texts only."""

from __future__ import annotations

from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text


def _quotes_of(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0].quotes


def test_a_verb_joined_after_a_quotation_speaks_for_the_subject_not_the_conjunction() -> None:
    text = (
        "The bombing in Korsa killed nine people on Friday.\n\n"
        "Chancellor Ulla Brandt of Velmark condemned ''such a cowardly attack'' and declared a determination to "
        "''keep our open, tolerant way of life.''\n\n"
        "''We will not back down,'' Chancellor Ulla Brandt said.\n\n"
        "Her deputy said he didn't know the 'real' reason, and the party's whip was silent.\n"
    )
    quotes = _quotes_of(text)
    assert all(q.speaker is None or q.speaker.text.split()[0].lower() != "and" for q in quotes)
    [q] = [q for q in quotes if "tolerant way of life" in q.content.text]
    assert q.speaker_entity == "Ulla Brandt"
    [q] = [q for q in quotes if "back down" in q.content.text]
    assert q.speaker_entity == "Ulla Brandt" and q.content.text == "''We will not back down,''"
    # guards: an apostrophe in "didn't", a possessive and a single-quoted word make no quotation of their own
    [q] = [q for q in quotes if "real" in q.content.text]
    assert q.kind == "indirect" and q.speaker is not None and q.speaker.text == "Her deputy"


def test_a_place_named_after_a_person_is_no_speaker() -> None:
    text = (
        "The shooting in Korsa left nine people dead on Sunday.\n\n"
        "Speaking to reporters at the Velmark House Karl J. Brenner briefing room on Sunday, the president urged calm.\n\n"
        "He did not mention the border plan. But it was clearly on his mind as he called on Velmarkers not to "
        '"give in to fear or turn on each other."\n\n'
        "At the Kovac Center, Mayor Ivo Kovac said the shelter was full.\n\n"
        "Karl Brenner left the room in tears and said he would speak later.\n"
    )
    quotes = _quotes_of(text)
    [q] = [q for q in quotes if "give in to fear" in q.content.text]
    assert q.speaker_entity != "Karl J. Brenner"
    # guards: the person himself, named as a speaker, and a mayor named like the centre
    [q] = [q for q in quotes if "speak later" in q.content.text]
    assert q.speaker_entity == "Karl Brenner"
    [q] = [q for q in quotes if "shelter was full" in q.content.text]
    assert q.speaker_entity == "Ivo Kovac"


def test_the_answer_to_a_question_is_not_the_askers() -> None:
    text = (
        "The Ostra ministry of transport has come under fire over the delayed rail link.\n\n"
        "Asked by Hal Denver of Radio Ostra whether the line would open this year, the minister said the works were "
        "on schedule.\n\n"
        "Hal Denver asked whether the budget had doubled. The minister said the figures were not final.\n"
    )
    quotes = _quotes_of(text)
    for words in ("works were on schedule", "figures were not final"):
        [q] = [q for q in quotes if words in q.content.text]
        assert q.speaker is not None and q.speaker.text.lower() == "the minister"
        assert q.speaker_entity != "Hal Denver"
    # guards: the question stays the asker's, and an answerer named in the sentence is that person
    [q] = [q for q in quotes if "budget had doubled" in q.content.text]
    assert q.speaker_entity == "Hal Denver"
    named = text.replace("the minister said the works", "Transport Minister Vesna Olak said the works")
    [q] = [q for q in _quotes_of(named) if "works were on schedule" in q.content.text]
    assert q.speaker_entity == "Vesna Olak"


def test_an_interviews_answers_are_not_the_interviewers() -> None:
    intro = "Radio Ostra's Hal Denver spoke to the transport minister on Monday about the delayed rail link.\n\n"
    turns = (
        "Q: Will the line open this year?\n\n"
        "A: We are on schedule and I expect trains by December.\n\n"
        "Q: Has the budget doubled?\n\n"
        "A: The figures are not final and I will not guess.\n"
    )
    answers = [q for q in _quotes_of(intro + turns) if q.content.text.startswith(("We are", "The figures"))]
    assert len(answers) == 2 and all(q.speaker_entity != "Hal Denver" for q in answers)
    # guard: the interviewee the introduction names answers
    named = "In an interview with Radio Ostra's Hal Denver, Transport Minister Vesna Olak defended the rail link.\n\n"
    answers = [q for q in _quotes_of(named + turns) if q.content.text.startswith(("We are", "The figures"))]
    assert len(answers) == 2 and all(q.speaker_entity == "Vesna Olak" for q in answers)


FLOOR = (
    "The Varnholm assembly sat late on Tuesday over the housing bill.\n\n"
    "Speaker Anton Reif opened the debate at 9 p.m. and Mirela Dostal, an opposition member, rose first.\n\n"
    "Mirela Dostal: This law shames every one of us.\n\n"
    "Speaker Anton Reif: Order. The member will sit.\n\n"
    "Mirela Dostal: I will not sit while families sleep in their cars.\n\n"
    "The vote was held at 10:45 and the bill passed 61 to 40.\n\n"
    "Dostal had one demand: resign.\n\n"
    "What happens next: The bill goes to the upper chamber in March.\n\n"
    "Note: This article was updated with the final vote count.\n\n"
    "Correction: An earlier version gave the wrong date for the vote.\n\n"
    "Editor's note: Mirela Dostal writes a column for this paper.\n"
)


def test_the_lines_of_a_floor_debate_are_quotes_of_their_labels() -> None:
    quotes = _quotes_of(FLOOR)
    lines = [q for q in quotes if q.cue is not None and q.cue.text == ":"]
    assert [(q.speaker_entity, q.content.text) for q in lines] == [
        ("Mirela Dostal", "This law shames every one of us."),
        ("Anton Reif", "Order. The member will sit."),
        ("Mirela Dostal", "I will not sit while families sleep in their cars."),
    ]
    assert all(q.kind == "direct" for q in lines)
    # guards: a notice, a heading, a time and a colon inside a sentence make no quote
    for words in ("updated with", "upper chamber", "wrong date", "writes a column", "resign", "61 to 40"):
        assert not [q for q in quotes if words in q.content.text], words


def test_labels_that_name_no_person_are_no_transcript() -> None:
    text = (
        "The Varnholm budget in brief\n\n"
        "Housing: The fund grows by a tenth next year.\n\n"
        "Transport: Two new rail lines open in Korsa.\n\n"
        "Schools: Every teacher gets a bonus.\n"
    )
    assert not [q for q in _quotes_of(text) if q.cue is not None and q.cue.text == ":"]
    # nor is one line of a person's a transcript, nor a list giving each person one line
    one = text + "\nMirela Dostal: The budget is a fraud.\n"
    assert not [q for q in _quotes_of(one) if "budget is a fraud" in q.content.text]
    needs = (
        "What each party leader needs on Sunday\n\n"
        "Mirela Dostal: Win in a walk.\n\n"
        "Anton Reif: Hold the centre.\n\n"
        "Ulla Brandt: Finish second.\n"
    )
    assert not [q for q in _quotes_of(needs) if q.cue is not None and q.cue.text == ":"]


def test_a_broadcast_transcript_in_quotation_marks_gives_each_line_to_its_speaker() -> None:
    text = (
        'On Sunday\'s broadcast of "Ostra Tonight," host Jonas Keller pressed Finance Minister Anton Reif on the budget.'
        "\n\nPartial transcript as follows:\n\n"
        '"KELLER: Will taxes go up next year?\n\n'
        '"REIF: No. We have a plan and we will keep to it.\n\n'
        '"Nobody in this government wants higher taxes.\n\n'
        '"(CROSSTALK.)\n\n'
        '"KELLER: Then who pays for the rail link?\n\n'
        '"REIF: The link pays for itself within ten years.\n'
    )
    lines = [(q.speaker_entity, q.content.text) for q in _quotes_of(text) if q.cue is not None and q.cue.text == ":"]
    assert lines == [
        ("Jonas Keller", "Will taxes go up next year?"),
        ("Anton Reif", 'No. We have a plan and we will keep to it.\n\n"Nobody in this government wants higher taxes.'),
        ("Jonas Keller", "Then who pays for the rail link?"),
        ("Anton Reif", "The link pays for itself within ten years."),
    ]


def test_she_who_answers_a_question_put_by_someone_is_not_the_asker() -> None:
    text = (
        "The statement conflicted with what Ilse Varga told Radio Ostra before her speech on Monday. Asked by Hal "
        'Denver whether she had practised the speech, she said, "I read it once over, and that was all."\n'
    )
    [q] = [q for q in _quotes_of(text) if "read it once over" in q.content.text]
    assert q.speaker_entity == "Ilse Varga"
