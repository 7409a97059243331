"""Quote rows that are no one's words, and a text's words given to whoever issued it: invented texts only."""

from __future__ import annotations

from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text


def _quotes_of(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0].quotes


def test_the_statement_said_is_the_words_of_whoever_the_sentence_before_says_issued_it() -> None:
    text = (
        "Ferries to Oskel island stopped on Monday after a crack was found in the pier.\n\n"
        "Lindmark Shipping said in a statement that its inspectors had checked every vessel. "
        '"We regret the delay to our passengers," the statement said.\n'
    )
    [q] = [q for q in _quotes_of(text) if "regret the delay" in q.content.text]
    assert q.speaker_entity == "Lindmark Shipping"
    # a statement that the sentence before does not tell anyone issued stays the statement's own
    alone = (
        "Ferries to Oskel island stopped on Monday after a crack was found in the pier.\n\n"
        "Lindmark Shipping said its inspectors had checked every vessel. "
        '"We regret the delay to our passengers," the statement said.\n'
    )
    [q] = [q for q in _quotes_of(alone) if "regret the delay" in q.content.text]
    assert q.speaker_entity != "Lindmark Shipping"
    # nor one another text brought in after the quote before
    other = (
        "Ferries to Oskel island stopped on Monday.\n\n"
        "Lindmark Shipping said in a statement that its inspectors had checked every vessel.\n\n"
        "The pier's owners later released a statement of their own. "
        '"We regret the delay to our passengers," the statement said.\n'
    )
    [q] = [q for q in _quotes_of(other) if "regret the delay" in q.content.text]
    assert q.speaker_entity != "Lindmark Shipping"


def test_a_correction_of_our_report_of_a_day_is_no_quote() -> None:
    text = (
        "Harvest Valley Times\n\n"
        "The bridge at Tolvik reopened on Friday. Two lorries crossed it before noon.\n\n"
        "Correction: An earlier version of our report of 9 May said four lorries had crossed the bridge by Thursday "
        "night. The bridge was closed on Thursday.\n"
    )
    assert not [q for q in _quotes_of(text) if "four lorries" in q.content.text]


def test_a_relative_clause_whose_pronoun_is_what_was_said_is_no_quote() -> None:
    text = (
        "OSKEL - The storm that meteorologists had warned of for days reached the harbour on Sunday, tearing roofs "
        "off the fish sheds.\n\n"
        "It was the flood that engineers have predicted since the dyke was built, coming at last.\n\n"
        "It was a plan that officials said would cut the ferry fares by half.\n\n"
        "The dyke was at the centre of a lawsuit in which residents argued that the council had ignored the cracks.\n\n"
        "Six boats were lost in a storm that the harbour master described as “the worst in forty years.”\n"
    )
    quotes = _quotes_of(text)
    assert not [q for q in quotes if "harbour" in q.content.text or "coming at last" in q.content.text]
    # the relative pronoun as the subject of what they said keeps the report
    assert [q for q in quotes if "cut the ferry fares" in q.content.text]
    # "in which" is no object of the verb; "described as" gives what was said
    assert [q for q in quotes if "ignored the cracks" in q.content.text]
    assert [q for q in quotes if "worst in forty years" in q.content.text]


def test_a_charge_made_against_the_one_a_relative_pronoun_names_is_a_report() -> None:
    text = (
        "The senator again attacked Ivo Marchetti, whom she has accused of selling false hopes to dock workers.\n\n"
        "Officials blamed the cleric Aram Vessel, whom the president accuses of plotting the revolt, for the unrest.\n"
    )
    quotes = _quotes_of(text)
    assert [q for q in quotes if "selling false hopes" in q.content.text]
    assert [q for q in quotes if "plotting the revolt" in q.content.text]
