"""Who said it: a participle after "X added" is X's; the writer's own "I"; aides to two people; a description the
article gives one person ("the Norland senator"); "he" after a sentence about a described person (invented text)."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _quotes_of(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0].quotes


def _speaker_of(text: str, words: str) -> str | None:
    (q,) = [q for q in _quotes_of(text) if words in q.content.text]
    return q.speaker_entity


def test_a_participle_after_the_verb_that_frames_a_quotation_is_that_speakers() -> None:
    text = (
        "Holm says director overstepped\n\n"
        "Ivo Holm said the director had acted as judge and jury.\n\n"
        'Oskar Brandt cannot say that "from his perspective," Holm added, saying it should be "up to the prosecutor '
        'to move forward or not."\n'
    )
    assert _speaker_of(text, "up to the prosecutor") == "Ivo Holm"


def test_a_participle_after_words_reported_stays_the_main_speakers() -> None:
    # the verb before the participle is inside the words Lenz reports: the participle is still Lenz's
    admitted = (
        "Board under fire\n\n"
        "Mara Lenz said the harbour board had admitted its error, saying the fees would be paid back by June.\n"
    )
    assert _speaker_of(admitted, "fees would be paid back") == "Mara Lenz"
    adopted = (
        "Accord criticised\n\n"
        "Mara Lenz criticised the accord adopted in Brell last week, saying it would cost the port its ferry trade.\n"
    )
    assert _speaker_of(adopted, "ferry trade") == "Mara Lenz"


def test_the_writers_own_i_is_not_the_source_quoted_before() -> None:
    text = (
        "Long campaigns are good for voters\n\n"
        "''We found zero relationship. It's a complete random mess,'' the hiring chief of Brightsoft, Lara Bock, "
        "told the Ledger in 2024.\n\n"
        "Maybe voters should not put much weight on what they see in interviews with candidates. I argue that "
        "speeches and debates fit the same pattern, in that they are performances.\n"
    )
    assert _speaker_of(text, "speeches and debates") is None
    column = (
        "Why long campaigns help\n\n"
        "Voters learn a great deal from long campaigns, the economist Piet Harlan argues in a new book.\n\n"
        '"It is a stress test," Harlan told the Courier. "I think voters see who cracks."\n\n'
        "I think he is right, and I suspect that most readers would agree with him after this year.\n"
    )
    assert _speaker_of(column, "he is right") is None
    assert _speaker_of(column, "voters see who cracks") == "Piet Harlan"  # his own "I", inside his quotation


def test_an_i_after_a_colon_is_the_one_whose_statement_follows() -> None:
    text = (
        "Mayor steps down\n\n"
        "Lena Okafor resigned as mayor of Brindle on Friday. In a statement, she said:\n\n"
        "I believe the town is in good hands and I expect the accounts to be approved in May.\n"
    )
    assert _speaker_of(text, "the town is in good hands") == "Lena Okafor"


def test_aides_to_two_people_are_neither_of_them() -> None:
    text = (
        "Governors shift their message\n\n"
        "Aides to Gov. Aldo Brun of Dell, a former prosecutor, and Gov. Rina Koss of Varos, who had a long career in "
        "the assembly, said their stump speeches would focus even more on security.\n"
    )
    assert _speaker_of(text, "stump speeches") is None
    both = "Ferry strike spreads\n\nA lawyer for Pia Roth and Karl Emsen said the contract had never been signed.\n"
    assert _speaker_of(both, "contract had never been signed") is None


def test_two_named_speakers_and_an_aide_named_in_apposition_stay_named() -> None:
    text = (
        "Ferry strike spreads\n\n"
        "Tomas Vell and Ana Lind of the dockers' union said the strike would go on until Friday.\n\n"
        "An aide to Gov. Pia Roth, Karl Emsen, said the budget would be cut.\n"
    )
    assert _speaker_of(text, "strike would go on") == "Tomas Vell and Ana Lind"
    assert _speaker_of(text, "budget would be cut") == "Karl Emsen"


_WIN = '"This was a win for every family that works two jobs," {who} said at a rally in Brenholt.\n'


def test_a_description_the_article_gives_one_person_is_that_person() -> None:
    titled = (
        "Velt wins Norland primary\n\n"
        "Sen. Dario Velt of Norland won the primary on Tuesday, beating Gov. Ana Kress of Ostmark by nine points.\n\n"
        "Kress congratulated her rival and said the party would unite before the autumn.\n\n"
    ) + _WIN.format(who="the Norland senator")
    assert _speaker_of(titled, "every family") == "Dario Velt"  # not Kress, the governor named just before
    apposed = (
        "Velt wins Norland primary\n\n"
        "Dario Velt, a self-described green populist, won the primary on Tuesday, beating Ana Kress by nine "
        "points.\n\n"
        "Kress congratulated her rival and said the party would unite before the autumn.\n\n"
    ) + _WIN.format(who="the self-described green populist")
    assert _speaker_of(apposed, "every family") == "Dario Velt"
    tagged = (
        "Velt wins Norland primary\n\n"
        "Sen. Dario Velt (I-Nrl.) won the primary on Tuesday, beating Gov. Ana Kress (R-Ost.) by nine points.\n\n"
        "Kress congratulated her rival and said the party would unite before the autumn.\n\n"
    ) + _WIN.format(who="the Norland senator")
    assert _speaker_of(tagged, "every family") == "Dario Velt"


def test_a_description_that_fits_two_people_is_no_guess() -> None:
    two = (
        "Norland senators split on port bill\n\n"
        "Sen. Dario Velt of Norland and Sen. Ola Brink of Norland voted against each other on the bill on Tuesday.\n\n"
        "Gov. Ana Kress of Ostmark said the bill would pass in the spring.\n\n"
    ) + _WIN.format(who="the Norland senator")
    assert _speaker_of(two, "every family") is None
    # of the two, the one the sentence before is about
    told = (
        "Norland senators split on port bill\n\n"
        "Sen. Dario Velt of Norland and Sen. Ola Brink of Norland voted against each other on the bill on Tuesday.\n\n"
        "Brink spoke first and said the bill would pass in the spring.\n\n"
    ) + _WIN.format(who="the Norland senator")
    assert _speaker_of(told, "every family") == "Ola Brink"


def test_he_after_a_sentence_about_a_described_person_is_not_someone_named_in_passing() -> None:
    text = (
        "Velt quits the race\n\n"
        "Dario Velt spoke over jeers from the crowd as he congratulated Norland primary winner Paul Brenner. Velt "
        "offered the crowd a sober view of the state of politics on Tuesday as he ended his bid for the leadership.\n\n"
        "The Norland senator sought to calm his supporters, and took a heckler in stride, saying the man would "
        '"not get hurt" at his rally, a swipe at the recent scuffles at some of Brenner\'s rallies.\n\n'
        'He said that he would offer "a prayer" for the eventual party nominee but did not suggest it would be '
        "Brenner, who has a wide lead over Ola Brink and Tomas Kell.\n"
    )
    assert _speaker_of(text, "a prayer") == "Dario Velt"


def test_a_text_introduced_before_a_name_is_no_description_of_that_person() -> None:
    text = (
        "Velt to speak at the congress\n\n"
        "Dario Velt has backed the party's nominee since May.\n\n"
        "According to the initial schedule published Thursday, Velt is scheduled to speak next Thursday night, along "
        "with the singer Mia Lorne and Gov. Ana Kress.\n"
    )
    assert _speaker_of(text, "scheduled to speak") is None
