"""Speakers of quotes that the article gives by a description, a label or a title it repeats, and quotations whose
sentences are broken onto lines of their own: invented texts only."""

from __future__ import annotations

from storyline.extract import extract_articles
from storyline.extract.marks import find_segments
from storyline.extract.pipeline import article_from_text


def _quotes_of(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0].quotes


def test_she_said_after_a_relative_is_the_relative_not_the_dead_woman() -> None:
    text = (
        "A man was being questioned on Sunday over the death of his mother in Oskeby.\n\n"
        "Police found the body of Hedda Lorne, 61, at her home on Saturday morning.\n\n"
        "According to a relative, her son had been unwell for some time.\n\n"
        "'He has had a very hard year, but he is no monster,' she said.\n"
    )
    [q] = [q for q in _quotes_of(text) if "very hard year" in q.content.text]
    assert q.speaker_entity == "a relative"
    # a voice the article tells is of the other gender is not the relative's ("a brother" and "she")
    other = text.replace("According to a relative", "According to a brother")
    [q] = [q for q in _quotes_of(other) if "very hard year" in q.content.text]
    assert q.speaker_entity is None
    # nor "him" after someone else is brought in ("One officer dared him to say ...")
    later = text + "\nOne officer dared him to say that the house had been empty all week.\n"
    [q] = [q for q in _quotes_of(later) if "empty all week" in q.content.text]
    assert q.speaker_entity != "a relative"


def test_the_president_again_is_not_the_nominee_named_on_the_way() -> None:
    text = (
        "The President announced his nominee for Chief Medical Officer, Dr. Ilse Varga, today at the Palace.\n\n"
        "Dr. Varga founded the Tolvik Rural Clinic in 1990.\n\n"
        "The President emphasized this experience in his remarks, chronicling her work in the hills.\n"
    )
    [q] = [q for q in _quotes_of(text) if "this experience" in q.content.text]
    assert q.speaker_entity != "Ilse Varga"
    assert q.speaker is not None and q.speaker.text == "The President"


def test_a_bodys_president_is_not_the_head_of_state() -> None:
    text = (
        "President Aurel Dantes has nominated Dr. Ilse Varga as Chief Medical Officer.\n\n"
        "It was confirmed days later when the guild's national president announced Dr. Varga had joined in 1990.\n"
    )
    [q] = [q for q in _quotes_of(text) if "had joined" in q.content.text]
    assert q.speaker_entity != "Aurel Dantes"


def test_a_team_and_a_position_before_a_name_name_the_player() -> None:
    text = (
        "The Harbor Lions beat the Velden Rovers 31-24 on Thursday night.\n\n"
        '"Tavi Brun is a good quarterback," Velden Rovers safety Rafe Nolan said.\n'
    )
    [q] = [q for q in _quotes_of(text) if "good quarterback" in q.content.text]
    assert q.speaker_entity == "Rafe Nolan"


def test_a_speakers_label_with_a_role_after_a_slash_names_the_speaker() -> None:
    text = (
        "Jurors heard testimony on Tuesday in the trial of Dario Venn.\n\n"
        'Marek Holloway/Venn\'s Attorney: "I will not comment on the testimony while the trial goes on."\n\n'
        'Budget: "A line in a table, no one\'s words."\n'
    )
    quotes = _quotes_of(text)
    [q] = [q for q in quotes if "will not comment" in q.content.text]
    assert q.speaker_entity == "Marek Holloway"
    assert q.speaker is not None and q.speaker.text == "Marek Holloway"
    assert q.cue is not None and q.cue.text == ":"
    assert not [q for q in quotes if "no one's words" in q.content.text and q.speaker_entity]


def test_a_quotation_broken_onto_lines_runs_over_the_line_with_no_mark() -> None:
    text = (
        "The bodies of Hanne Brisk, 58, and her daughter Mira Brisk, 20, were found at their home on Saturday.\n\n"
        "A close friend of the family said: \"I can't believe it.\n\n"
        "We were so close that Mira thought of my mum as a second mum.\n\n"
        '"Jens was a good kid, never one to get into trouble."\n'
    )
    segs = find_segments(text)
    mum = text.index("second mum")
    assert any(s.start < mum < s.end for s in segs)
    quotes = _quotes_of(text)
    assert not [q for q in quotes if q.speaker_entity == "Mira Brisk"]
    [q] = [q for q in quotes if "good kid" in q.content.text]
    assert q.speaker is not None and q.speaker.text == "A close friend of the family"
    # a paragraph of the writer's after a quotation left open by a slip stays narration
    slip = (
        'The mayor said: "We will rebuild the bridge.\n\n'
        "The council met again on Friday to count the cost.\n\n"
        '"It will take a year," the engineer said.\n'
    )
    cost = slip.index("count the cost")
    assert not any(s.start < cost < s.end for s in find_segments(slip))


def test_an_article_with_a_subtitle_and_a_colon_is_no_speaker() -> None:
    text = (
        "The guild's magazine profiled Dr. Ilse Varga in May.\n\n"
        'An article with the subtitle: "Walking the Hill Roads" followed her on her rounds.\n'
    )
    assert not [q for q in _quotes_of(text) if q.speaker is not None and q.speaker.text == "An"]


def test_he_after_a_persons_unnamed_friend_is_not_that_person() -> None:
    text = (
        "Dario Varn, 19, is on trial for the killing of a girl in Tolvik.\n\n"
        "Once the trial resumed, Varn's 16-year-old best friend took the stand and talked about the gun.\n\n"
        'He said the gun was known on the street as "the Hammer."\n'
    )
    [q] = [q for q in _quotes_of(text) if "known on the street" in q.content.text]
    assert q.speaker_entity != "Dario Varn"
    # the friend named after the noun is the one
    named = text.replace("best friend took", "best friend, Tomas Brek, took")
    [q] = [q for q in _quotes_of(named) if "known on the street" in q.content.text]
    assert q.speaker_entity == "Tomas Brek"
    # nor when the name follows the noun ("Varn's son Tomas Brek")
    son = text.replace("16-year-old best friend took", "son Tomas Brek took")
    [q] = [q for q in _quotes_of(son) if "known on the street" in q.content.text]
    assert q.speaker_entity == "Tomas Brek"


def test_a_single_quoted_tribute_broken_onto_lines_is_one_quotation() -> None:
    text = (
        "One friend, who asked not to be named, said: 'He idolised his mum and his sister.\n\n"
        "He wasn't one for trouble, and Jens's friends knew it.\n\n"
        "He was a good kid, never one to go out and get into trouble.'\n\n"
        "Police said the house was empty.\n"
    )
    kid = text.index("good kid")
    assert any(s.start < kid < s.end and s.style == "single" for s in find_segments(text))
    [q] = [q for q in _quotes_of(text) if "good kid" in q.content.text]
    assert q.speaker is not None and q.speaker.text == "One friend"
    # not closed by a paragraph of its own: the opening mark stays alone
    open_only = text.replace("into trouble.'", "into trouble.")
    assert not any(s.start < open_only.index("good kid") < s.end for s in find_segments(open_only))
