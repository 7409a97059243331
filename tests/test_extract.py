"""Extraction without models: quote marks, verb forms, dates, numbers, cross-document entities, the store."""

from __future__ import annotations

import re

from storyline.extract import load_extractions, resolve_entities, save_extractions
from storyline.extract.dates import find_dates, resolve_date
from storyline.extract.lexicon import cue_lemma
from storyline.extract.marks import find_segments
from storyline.extract.numbers import parse_value, read_number_words
from storyline.extract.resolve import acronym, norm
from storyline.models import ArticleExtraction, Mention, Quote, Span


def _quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_segments(text)]


def test_every_quote_style_is_found() -> None:
    text = "A said \"one two\". B said \u201cthree four\u201d. C said \u00abfive six\u00bb. D said 'seven eight'. E said ''nine ten''."
    assert _quoted(text) == [
        '"one two"',
        "\u201cthree four\u201d",
        "\u00abfive six\u00bb",
        "'seven eight'",
        "''nine ten''",
    ]


def test_apostrophes_are_not_quotes() -> None:
    assert _quoted("It's the minister's view that we don't know.") == []
    assert _quoted("He called it a \u2018double freeze\u2019 and didn\u2019t say more.") == [
        "\u2018double freeze\u2019"
    ]
    # an apostrophe for left-out digits or letters opens nothing: "the '90s ... the fans' memories" is no quotation
    assert _quoted("Critics said the '90s were golden, and the fans' memories agree.") == []
    assert _quoted("He said 'rock 'n' roll' is back, and the players' union agreed.") == ["'rock 'n' roll'"]
    assert _quoted("Since '08 the club's fans 'are angry,' he said.") == ["'are angry,'"]
    assert _quoted("'90 percent of them are gone,' he said, and the mayors' group agreed.") == [
        "'90 percent of them are gone,'"
    ]


def test_a_nickname_inside_a_name_is_no_quotation() -> None:
    assert _quoted("Adam \u201cPacman\u201d Jones says \u201cit hurts\u201d.") == ["\u201cit hurts\u201d"]
    assert _quoted("Earvin \"Magic\" Johnson and Thomas 'Tip' O'Neill met.") == []
    assert _quoted("He said \u201cYes\u201d Monday.") == ["\u201cYes\u201d"]  # after a verb: a quotation


def test_quote_running_across_paragraphs_stays_open() -> None:
    text = "\u201cFirst part of the speech\n\n\u201cSecond part of it,\u201d she said."
    segs = find_segments(text)
    assert segs[0].open_end and text[segs[0].start : segs[0].end] == "\u201cFirst part of the speech"
    assert text[segs[1].start : segs[1].end] == "\u201cSecond part of it,\u201d"


def test_speech_verb_forms() -> None:
    assert cue_lemma("said") == "say" and cue_lemma("told") == "tell" and cue_lemma("stressed") == "stress"
    assert cue_lemma("denied") == "deny" and cue_lemma("admitted") == "admit" and cue_lemma("believes") == "believe"
    assert cue_lemma("table") is None


def test_relative_dates_need_an_anchor() -> None:
    iso, rel, why = resolve_date("Tuesday")
    assert iso is None and rel and why and "publication date" in why
    assert resolve_date("Friday", published="2017-12-26")[0] == "2017-12-22"
    assert resolve_date("November 29", published="2017-12-26")[0] == "2017-11-29"
    assert resolve_date("January 1966") == ("1966-01", False, None)
    assert resolve_date("a 24-month")[0] is None
    # a month without a day is a month: no day is made up
    assert resolve_date("in February", published="2026-04-15")[0] == "2026-02"
    assert resolve_date("February 3", published="2026-04-15")[0] == "2026-02-03"
    assert resolve_date("yesterday", published="2026-04-15")[0] == "2026-04-14"


def test_a_sentence_is_not_cut_after_a_title() -> None:
    from storyline.extract.pipeline import join_titles

    text = "It was an insult to retired Lt. Col. Ada Brisk, she said. Sen. Tom Orr (R-Tex.) never named him. Next."
    cut = [(0, 31), (32, 36), (37, 57), (58, 79), (80, 96), (97, 102)]  # as the rule-based splitter cuts it
    assert [text[s:e] for s, e in join_titles(text, cut)] == [
        "It was an insult to retired Lt. Col. Ada Brisk, she said.",
        "Sen. Tom Orr (R-Tex.) never named him.",
        "Next.",
    ]


def test_a_month_and_day_without_a_year_is_the_nearest_plausible_one() -> None:
    # dateparser alone, told to prefer the past, put "Nov. 8" in a July 2016 article in 2015
    assert resolve_date("Nov. 8", published="2016-07-27")[0] == "2016-11-08"
    assert resolve_date("Feb. 1", published="2015-12-20")[0] == "2016-02-01"
    assert resolve_date("Dec. 20", published="2016-01-05")[0] == "2015-12-20"
    assert resolve_date("in November", published="2016-07-27")[0] == "2016-11"
    assert resolve_date("in December", published="2016-07-27")[0] == "2015-12"
    assert resolve_date("December 10", published="2016-07-27", before="the vote will be held on ")[0] == "2016-12-10"
    assert resolve_date("July 18-21", published="2016-07-10")[0] == "2016-07-18"  # not 1921
    for phrase in ("44th day", "thirty-eight years", "four centuries"):
        assert resolve_date(phrase, published="2016-11-08")[0] is None, phrase
    assert resolve_date("August 02, 2013")[0] == "2013-08-02"  # a zero-padded day is a day
    assert resolve_date("Oscar Sunday, March 2, 2014", published="2014-02-20")[0] == "2014-03-02"
    for phrase in ("minus-20", "34 AM ET", "daytime"):  # not dates: off the timeline (neither dated nor relative)
        iso, relative, why = resolve_date(phrase, published="2016-11-08")
        assert iso is None and not relative and why, phrase


def test_weekdays_resolve_to_the_publication_week() -> None:
    wed = "2026-04-15"  # a Wednesday
    assert resolve_date("Wednesday", published=wed, before="the union said on ")[0] == wed  # that same day
    assert resolve_date("Tuesday", published=wed, before="ran aground on ")[0] == "2026-04-14"
    assert resolve_date("Thursday", published=wed, before="crossings are suspended until ")[0] == "2026-04-16"
    assert resolve_date("Friday", published=wed, before="the minister will visit on ")[0] == "2026-04-17"
    assert resolve_date("Friday", published=wed, before="We’ll be meeting on ")[0] == "2026-04-17"  # a curly ’ll
    assert resolve_date("Monday", published=wed, before="it prompted the hall to be evacuated ")[0] == "2026-04-13"
    assert resolve_date("Monday", published=wed, before="the envoy is to arrive on ")[0] == "2026-04-20"
    assert resolve_date("Monday", published=wed, before="the speech delivered on ")[0] == "2026-04-13"
    assert resolve_date("Thursday", published=wed, before="the crew met on ")[0] == "2026-04-09"
    # a state that lasts (stay, remain) and a passive after can / must are no past tense; "was" after a cue is
    assert resolve_date("Thursday", published=wed, before="The school will stay closed on ")[0] == "2026-04-16"
    assert resolve_date("Monday", published=wed, before="Claims can be made at the town hall from ")[0] == "2026-04-20"
    assert resolve_date("Saturday", published=wed, before="you can be forgiven for not knowing there was a debate ")[
        0
    ] == ("2026-04-11")
    assert resolve_date("Monday", published=wed, before="the team must have arrived on ")[0] == "2026-04-13"
    assert resolve_date("last Wednesday", published=wed)[0] == "2026-04-08"
    assert resolve_date("next Monday", published=wed)[0] == "2026-04-20"
    assert resolve_date("Tuesday night", published=wed)[0] == "2026-04-14"
    assert resolve_date("Wednesday", published=wed, before="closed until ")[0] == wed
    assert resolve_date("next Wednesday", published=wed)[0] == "2026-04-22"
    # a future cue far back in a long clause still points forward; a past verb does not
    long_clause = (
        "announced Friday that Ryan will meet with presumptive Republican presidential nominee Donald Trump on "
    )
    assert resolve_date("Thursday", published="2016-05-06", before=long_clause)[0] == "2016-05-12"
    assert (
        resolve_date("Thursday", published="2016-05-06", before="he met the presumptive nominee on ")[0] == "2016-05-05"
    )


def test_the_last_year_is_a_stretch_of_time_not_a_day() -> None:
    for phrase in ("the last year", "the past year", "over the last month", "the past decade"):
        iso, relative, why = resolve_date(phrase, published="2016-05-12")
        assert iso is None and relative and why, phrase
    assert resolve_date("last year", published="2016-05-12")[0] == "2015"  # the calendar year before


def test_expressions_that_are_not_dates_say_so() -> None:
    for phrase in ("about four minutes", "four hours", "every single day", "the night", "shortly after 7 p.m.",
                   "a 24-month period", "last-minute", "decades", "17:06 hours", "13:36 GMT", "1300 GMT",
                   "5:11 p.m. EST"):  # fmt: skip
        iso, rel, why = resolve_date(phrase, published="2026-04-15")
        assert iso is None and not rel and why and "not a date" in why, phrase
    assert resolve_date("mid-2024", published="2026-04-15")[0] == "2024"
    for phrase in ("2008", "in 2008", "about 2008", "late 2008"):  # a year, not a month of it
        assert resolve_date(phrase, published="2026-04-15")[:2] == ("2008", False), phrase
    assert resolve_date("Sixteen-year-old", published="2026-04-15")[0] is None


def test_a_day_with_no_month_and_the_attacks_of_september_11() -> None:
    iso, rel, why = resolve_date("6, 2016", published="2016-02-07")  # "FeaturedFebruary 6, 2016": month glued on
    assert (iso, rel) == ("2016", False) and why and "without its month" in why
    assert resolve_date("Feb. 6, 2016", published="2016-02-07")[0] == "2016-02-06"
    text = "Posted FeaturedFebruary 6, 2016 9:17PM"  # the tagger leaves the glued month out: it is read again
    at = text.index("6, 2016")
    assert find_dates(text, [(at, at + 7, "DATE")], published="2016-02-07")[0][2] == "2016-02-06"
    text = "She praised the first responders of the Sept. 11 attacks. The vote will be on Sept. 11."
    spans = [(m.start(), m.end(), "DATE") for m in re.finditer(r"Sept\. 11", text)]
    assert [d[2] for d in find_dates(text, spans, published="2015-04-14")] == ["2001-09-11", "2015-09-11"]


def test_a_relative_period_is_given_at_its_own_precision() -> None:
    mon = "2016-04-11"  # a Monday
    iso, relative, why = resolve_date("last week", published=mon)
    assert (iso, relative) == ("2016-04", True) and why and "2016-04-04 to 2016-04-10" in why
    assert resolve_date("next week's", published=mon)[0] == "2016-04"
    assert resolve_date("earlier this week", published=mon)[0] == "2016-04"
    # a week across two months is only its year; across two years, no date at all (the reason gives the week)
    assert resolve_date("last week", published="2016-04-05")[0] == "2016"
    iso, _, why = resolve_date("last week", published="2016-01-05")
    assert iso is None and why and "2015-12-28 to 2016-01-03" in why
    assert resolve_date("three weeks ago", published=mon)[0] == "2016-03"
    assert resolve_date("a month ago", published=mon)[0] == "2016-03"
    assert resolve_date("a month ago", published="2016-04-02")[0] == "2016"  # early March or late February
    assert resolve_date("two years ago", published=mon)[0] == "2014"
    assert resolve_date("a week ago", published=mon)[0] == "2016-04-04"  # a day
    assert resolve_date("five days ago", published=mon)[0] == "2016-04-06"
    assert resolve_date("late Monday", published="2016-04-13")[0] == "2016-04-11"
    assert resolve_date("the next month", published=mon)[0] is None  # within a month of when?
    for phrase in ("the 1990s", "the '90s", "the early 2000s", "the sixties"):
        iso, relative, why = resolve_date(phrase, published=mon)
        assert iso is None and not relative and why == "a decade, not a date", phrase


def test_future_words_inside_a_quote_do_not_move_a_weekday_forward() -> None:
    from storyline.extract.dates import find_dates

    text = '"The girders will all be replaced," Mara Olsen told reporters on Monday.'
    at = text.index("Monday")
    assert find_dates(text, [(at, at + 6, "DATE")], published="2031-03-04")[0][2] == "2031-03-03"
    text = "The ferries will run again on Monday."
    at = text.index("Monday")
    assert find_dates(text, [(at, at + 6, "DATE")], published="2031-03-04")[0][2] == "2031-03-10"
    text = "8:35 p.m.\n\nThe count goes on through the night.\n\n8:20 p.m. Polls close."
    assert find_dates(text, [(0, text.index(" Polls"), "TIME")], published="2031-03-04") == []  # a run-on span
    assert resolve_date("last month", published="2026-01-15")[0] == "2025-12"
    assert resolve_date("this morning", published="2026-01-15")[0] == "2026-01-15"


def test_a_bare_weekday_is_the_day_another_mention_of_it_is_dated_to() -> None:
    """In a Friday paper, "Monday night's debate" and "meet ... Monday" tell no tense; "will use Monday's encounter"
    does: all three are the coming Monday. An article that also tells a Monday as past ("said", "were", before or
    after it) speaks of two Mondays: its bare ones stay the last one."""
    from storyline.extract.dates import find_dates

    def days(text: str) -> list[str | None]:
        spans = [(m.start(), m.start() + 6, "DATE") for m in re.finditer("Monday", text)]
        return [d[2] for d in find_dates(text, spans, published="2031-03-07")]

    ahead = (
        "Vale has complimented the moderator of Monday night's first debate, Ines Haller. "
        "Vale and Rusk meet for the first of three debates Monday at Lorvik Hall. "
        "Vale will probably use Monday's encounter to make news."
    )
    assert days(ahead) == ["2031-03-10"] * 3
    assert days(ahead[: ahead.index(" Vale will")]) == ["2031-03-03"] * 2  # nothing dates a Monday forward
    for past in ("On Monday, Mr. Rusk said the rules were unfair. ", "The rules were unveiled on Monday. "):
        assert days(past + ahead) == ["2031-03-03"] * 3 + ["2031-03-10"]


def test_ahead_of_a_weekday_is_the_coming_one_and_a_programme_is_no_week() -> None:
    from storyline.extract.dates import find_dates

    def when(text: str, phrase: str) -> tuple[str | None, str | None]:
        at = text.index(phrase)
        got = find_dates(text, [(at, at + len(phrase), "DATE")], published="2031-03-06")[0]  # a Thursday
        return got[2], got[4]

    assert when("Polls tighten ahead of Tuesday's vote in Lorvik.", "Tuesday")[0] == "2031-03-11"
    assert when("Heading into Saturday's caucus, Vale leads.", "Saturday")[0] == "2031-03-08"
    assert when("Vale told ABC's “This Week” she would run.", "This Week") == (
        None,
        "a programme's name (ABC's “This Week”), not a date",
    )
    assert when("Vale will decide This Week, aides say.", "This Week")[0] is not None  # no programme's quote


def test_a_month_without_a_year_takes_the_year_the_text_has_just_told() -> None:
    """ "Eight years ago, Vale ... won 11 contests in February. ... contests in early March": 2023. A sentence that
    opens with its year dates its months. A year named elsewhere in the sentence, "now", or another paragraph do
    not."""
    from storyline.extract.dates import find_dates

    def months(text: str) -> list[str | None]:
        found = re.finditer(r"(?:early )?(?:February|March|April|May)", text)
        return [d[2] for d in find_dates(text, [(m.start(), m.end(), "DATE") for m in found], published="2031-03-06")]

    back = (
        "Eight years ago, Vale was on the brink of the nomination, having won 11 contests in February. One obstacle"
        " remained: contests in Lorvik in early March.\n\nIn April, Rusk will decide."
    )
    assert months(back) == ["2023-02", "2023-03", "2031-04"]
    assert months("In 2027, Vale began airing ads in May. But in 2029, Rusk spent millions beginning in April.") == [
        "2027-05",
        "2029-04",
    ]
    assert months("Rusk was arrested in 2027 and pleaded guilty in February.") == ["2031-02"]
    assert months("Eight years ago, Vale lost; now she leads in February polls.") == ["2031-02"]


def test_today_inside_a_quotation_is_the_speakers_day_not_the_papers() -> None:
    """ "“Our victory tonight will prompt a response,” she said" in the next morning's paper, or "“Lorvik today is
    chaotic”": no date. Outside quotation marks "tonight" is the paper's day."""
    from storyline.extract.dates import find_dates

    def when(text: str, word: str) -> str | None:
        at = text.index(word)
        found = find_dates(text, [(at, at + len(word), "DATE")], published="2031-03-06")
        return found[0][2] if found else None

    assert when("“Our victory tonight will prompt a response,” Vale said.", "tonight") is None
    assert when('"Lorvik today is chaotic," Rusk said.', "today") is None
    assert when("''You have to vote tomorrow,'' Rusk said.", "tomorrow") is None
    assert when("Vale speaks tonight in Lorvik.", "tonight") == "2031-03-06"


def test_tense_around_a_date_a_dateline_day_a_decade_and_a_ratio() -> None:
    from storyline.extract.dates import find_dates

    def when(text: str, phrase: str, published: str) -> str | None:
        at = text.index(phrase)
        return find_dates(text, [(at, at + len(phrase), "DATE")], published=published)[0][2]

    sun = "2031-03-09"  # a Sunday
    # "upcoming" three words back is no future for "called Friday"; "would-be" is no "would"
    assert when("Vale, her rival in the upcoming council election, called Friday for a vote.", "Friday", sun) == (
        "2031-03-07"
    )
    assert when("The would-be candidate he spent Monday praising was absent.", "Monday", sun) == "2031-03-03"
    # a past verb after a far future cue undoes it; an invitation to meet points forward
    assert when("The board will end its study, the agency reported on Tuesday.", "Tuesday", sun) == "2031-03-04"
    assert when("Mayor Lind has invited Omar Rashid to meet the council on Thursday.", "Thursday", sun) == (
        "2031-03-13"
    )
    # a quotation between the cue and the date does not hide the cue: "he'll be “very competitive” in November"
    assert when("Lind said he’ll be “ready to win” in November.", "November", "2031-05-12") == "2031-11"
    # a month the wording tells is past: last October, not the coming one
    assert when("Since announcing in October that he would retire, Lind has toured.", "October", "2031-08-17") == (
        "2030-10"
    )
    assert when("It was revealed in March that the port had lost money.", "March", "2031-12-16") == "2031-03"
    # a wire's dateline day anchors its weekdays when the paper is dated the day before
    wire = "KESSLING, Dec. 15 (KWS) — A poll released Monday shows Lind ahead."
    assert when(wire, "Monday", "2031-12-14") == "2031-12-15"  # the paper's Sunday, the wire's Monday
    assert when("A poll released Monday shows Lind ahead.", "Monday", "2031-12-14") == "2031-12-08"
    # "the 1980’s" tagged without its "’s" is a decade; "1 in 10 in 2000" is the year 2000
    assert when("After the slump of the 1980’s, the yard closed.", "1980", sun) is None
    assert when("Up from 1 in 10 in 2000.", "10 in 2000", sun) == "2000"


def test_numbers() -> None:
    assert parse_value("40,000") == 40000
    assert parse_value("$5 million") == 5_000_000
    assert parse_value("two") == 2
    assert parse_value("several") is None
    # digits grouped by a space, a thin or no-break space, or split by an invisible character
    assert parse_value("40 000") == parse_value("40\u202f000") == parse_value("40\u200b000") == 40000
    assert parse_value("1\u00a0250\u00a0000 people") == 1_250_000
    assert parse_value("2019 500") == 2019


def test_compound_number_words() -> None:
    def value(text: str) -> float | None:
        read = read_number_words(text)
        return None if read is None else read[0]

    assert value("one hundred and twelve passengers") == 112
    assert value("two thousand three hundred people") == 2300
    assert value("a dozen lorries") == 12 and value("two dozen eggs") == 24
    assert value("twenty-three people") == value("twenty three people") == 23
    assert value("twelve hundred acres") == 1200 and value("one thousand and five") == 1005
    assert value("two million three hundred thousand") == 2_300_000
    # a list or two numbers are not one number: only the opening one is read
    assert value("three four") == 3 and value("nine and ten") == 9
    assert value("three hundred and four hundred") == 300
    assert value("hundred people") is None and value("and seven") is None
    assert read_number_words("one hundred and twelve passengers") == (112, len("one hundred and twelve"))
    assert parse_value("one hundred and twelve") == 112
    assert parse_value("two thousand three hundred") == 2300


def test_names_and_acronyms() -> None:
    assert norm("the U.S.") == norm("US") == "us"
    assert acronym("United Nations Security Council") == "unsc"
    assert acronym("the United States") == "us"
    assert acronym("UN Security Council") == "unsc"


def _m(
    aid: str, text: str, start: int, label: str = "PERSON", name: str | None = None, role: str | None = None
) -> Mention:
    return Mention(Span(aid, start, start + len(text), text), label, None, name or text, role)


def test_initials_two_names_share_stand_for_neither() -> None:
    a = ArticleExtraction("a", mentions=[
        _m("a", "Vox Populi", 0, "ORG"), _m("a", "Veteran's Preference", 20, "ORG"), _m("a", "VP", 50, "ORG"),
        _m("a", "Harbour Wire Service", 60, "ORG"), _m("a", "HWS", 90, "ORG"),
    ])  # fmt: skip
    names = sorted(sorted([e.name, *e.variants]) for e in resolve_entities([], [a]))
    assert ["Vox Populi"] in names and ["Veteran's Preference"] in names and ["VP"] in names
    assert ["HWS", "Harbour Wire Service"] in names
    b = ArticleExtraction(
        "b", mentions=[_m("b", "The Wire", 0, "WORK_OF_ART"), _m("b", "the United States", 20, "GPE")]
    )
    assert sorted(e.name for e in resolve_entities([], [b])) == ["The Wire", "United States"]  # a title keeps "The"


def test_a_name_run_together_and_spaced_is_one_organisation() -> None:
    """'BlackVellum' (which the tagger reads as a person) and 'Black Vellum' (an organisation) are one group's name,
    whatever label each form got; two names that share only letters in another order stay two, as do short ones."""
    a = ArticleExtraction("a", mentions=[_m("a", "BlackVellum", 30, "PERSON"), _m("a", "Ona Lind", 60)])
    b = ArticleExtraction("b", mentions=[_m("b", "Black Vellum", 25, "ORG"), _m("b", "Vellum Black", 70, "ORG")])
    c = ArticleExtraction("c", mentions=[_m("c", "Ka Li", 0, "PERSON"), _m("c", "Kali", 20, "GPE")])
    found = {e.name: (e.type, e.variants) for e in resolve_entities([], [a, b, c])}
    assert found["Black Vellum"] == ("ORG", ["BlackVellum"])
    assert "Vellum Black" in found and found["Ona Lind"][0] == "PERSON"
    assert "Ka Li" in found and "Kali" in found


def test_a_short_form_defined_in_brackets_is_that_organisation() -> None:
    from storyline.models import Article

    text = "The Castorleigh City Health Department (CHD) said on Monday that the CHD had closed a ward. The WFB agreed."
    art = Article(id="a", source="a.txt", original=text, text=text)
    name = "Castorleigh City Health Department"
    a = ArticleExtraction("a", mentions=[
        _m("a", name, 4, "ORG"), _m("a", "CHD", text.index("the CHD") + 4, "ORG"),
        _m("a", "WFB", text.index("WFB"), "ORG"),
    ])  # fmt: skip
    names = sorted(sorted([e.name, *e.variants]) for e in resolve_entities([art], [a]))
    assert names == [["CHD", name], ["WFB"]]
    # a short form whose letters are not the name's initials in order defines nothing
    other = text.replace("(CHD)", "(HCD)").replace("the CHD", "the HCD")
    art = Article(id="a", source="a.txt", original=other, text=other)
    a.mentions[1] = _m("a", "HCD", other.index("the HCD") + 4, "ORG")
    assert len(resolve_entities([art], [a])) == 3


def test_a_description_is_not_the_holder_of_a_second_rank_office() -> None:
    c = ArticleExtraction("c", mentions=[_m("c", "Omar Rashid", 0, role="Democratic vice presidential nominee")])
    said = ["The Democratic presidential nominee", "The Democratic vice presidential nominee"]
    c.quotes = [
        Quote("c", "indirect", Span("c", 100 + 50 * k, 120 + 50 * k, "x" * 20), Span("c", 40 + 50 * k, 40, who), None)
        for k, who in enumerate(said)
    ]
    resolve_entities([], [c])
    assert [q.speaker_entity for q in c.quotes] == [None, "Omar Rashid"]


def test_resolve_merges_spellings_and_keeps_namesakes_apart() -> None:
    a = ArticleExtraction("a", mentions=[
        _m("a", "Andrey Ivanov", 0, role="deputy director"), _m("a", "Ivanov", 20, name="Andrey Ivanov"),
        _m("a", "Andrei Ivanov", 40), _m("a", "U.S.", 60, "GPE"), _m("a", "United Nations Security Council", 70, "ORG"),
    ])  # fmt: skip
    b = ArticleExtraction("b", mentions=[
        _m("b", "Kim Jong Sik", 0), _m("b", "Kim", 20, name="Kim Jong Sik"), _m("b", "the United States", 40, "GPE"),
        _m("b", "UNSC", 60, "ORG"), _m("b", "Kim Jong Un", 80),
    ])  # fmt: skip
    b.quotes = [Quote("b", "direct", Span("b", 100, 110, "x" * 10), Span("b", 20, 23, "Kim"), "Kim Jong Sik")]
    ents = resolve_entities([], [a, b])
    by = {e.name: e for e in ents}
    assert {"Andrei Ivanov", "Ivanov"} <= set(by["Andrey Ivanov"].variants)
    assert by["Andrey Ivanov"].roles == ["deputy director"]
    assert "Kim" in by["Kim Jong Sik"].variants and "Kim" not in by["Kim Jong Un"].variants
    us = next(e for e in ents if "U.S." in [e.name, *e.variants])
    assert "United States" in [us.name, *us.variants]
    un = next(e for e in ents if e.type == "ORG" and "UNSC" in [e.name, *e.variants])
    assert un.name == "United Nations Security Council"
    kim = b.mentions[1]
    assert kim.entity == by["Kim Jong Sik"].key
    assert b.quotes[0].speaker_entity == "Kim Jong Sik"


def test_an_honorific_and_a_surname_and_the_forms_of_a_group_are_one_entity() -> None:
    a = ArticleExtraction("a", mentions=[
        _m("a", "Ossian Vell", 0), _m("a", "Democrats", 20, "NORP"), _m("a", "Democratic", 40, "NORP"),
        _m("a", "Americans", 60, "NORP"),
    ])  # fmt: skip
    b = ArticleExtraction("b", mentions=[
        _m("b", "Mr Vell", 0), _m("b", "Democrat", 20, "NORP"), _m("b", "American", 40, "NORP"),
        _m("b", "Republicans", 60, "NORP"),
    ])  # fmt: skip
    ents = resolve_entities([], [a, b])
    forms = sorted(sorted([e.name, *e.variants]) for e in ents)
    assert ["Mr Vell", "Ossian Vell"] in forms
    assert ["Democrat", "Democratic", "Democrats"] in forms and ["American", "Americans"] in forms
    assert ["Republicans"] in forms


def test_a_middle_initial_and_a_surname_alone_join_the_person_the_story_means() -> None:
    a = ArticleExtraction(
        "a", mentions=[_m("a", "Ossian J. Vell", 0), *[_m("a", "Ossian Vell", 20 * k) for k in (1, 2)]]
    )
    b = ArticleExtraction(
        "b", mentions=[_m("b", "Ossian Vell", 0), _m("b", "Bea Vell", 20), _m("b", "Ossian Vell", 40)]
    )
    c = ArticleExtraction("c", mentions=[_m("c", "Vell", 0)])  # names nobody in full
    d = ArticleExtraction("d", mentions=[_m("d", "Marr", 0), _m("d", "Ada Marr", 10), _m("d", "Ida Marr", 30)])
    ents = resolve_entities([], [a, b, c, d])
    by = {e.name: e for e in ents}
    assert {"Ossian J. Vell", "Vell"} <= set(by["Ossian Vell"].variants)
    assert "Bea Vell" in by  # named twice less often: a person of her own
    assert "Marr" in by  # its own article names two Marrs once each: who is meant stays open


def test_store_roundtrip(store) -> None:  # type: ignore[no-untyped-def]
    from storyline.extract.pipeline import article_from_text

    art = article_from_text("Ann Lee said \u201chello there friends\u201d today.", "x.txt", article_id="a1")
    art.content_hash = "h"
    store.add_article(art)
    ex = ArticleExtraction("a1", mentions=[_m("a1", "Ann Lee", 0)])
    ex.quotes = [
        Quote(
            "a1",
            "direct",
            Span("a1", 13, 34, art.original[13:34]),
            Span("a1", 0, 7, "Ann Lee"),
            "Ann Lee",
            Span("a1", 8, 12, "said"),
        )
    ]
    save_extractions(store, [ex])
    save_extractions(store, [ex])  # replacing is idempotent
    back = load_extractions(store, ["a1"])[0]
    assert back.quotes == ex.quotes and back.mentions == ex.mentions
    from storyline.extract import quotes_for

    assert [q.content.text for q in quotes_for(store, speaker="ann lee")] == ["\u201chello there friends\u201d"]
    assert len(quotes_for(store, speaker="Lee")) == 1  # a run of the name's whole words
    assert quotes_for(store, speaker="Le") == [] and quotes_for(store, speaker="Ann Leeds") == []
    spelled = ArticleExtraction("a1", mentions=[_m("a1", "Ann Lee", 0), _m("a1", "Anne Lee", 40, name="Ann Lee")])
    spelled.quotes = ex.quotes
    save_extractions(store, [spelled])
    assert len(quotes_for(store, speaker="anne lee")) == 1  # a spelling the articles use for her


def _store_quote(store, aid: str, name: str, said: str) -> None:  # type: ignore[no-untyped-def]
    """An article "<name> said <said>." in the store, with its speaker's mention and the quote credited to the name."""
    from storyline.extract.pipeline import article_from_text

    art = article_from_text(f"{name} said {said}.", "x.txt", article_id=aid)
    art.content_hash = aid
    store.add_article(art)
    ex = ArticleExtraction(aid, mentions=[_m(aid, name, 0)])
    start = len(name) + 6
    quote = Span(aid, start, start + len(said), said)
    ex.quotes = [Quote(aid, "direct", quote, Span(aid, 0, len(name), name), name)]
    save_extractions(store, [ex])


def test_a_speakers_quotes_are_found_under_every_spelling_of_the_name(store) -> None:  # type: ignore[no-untyped-def]
    """One person written "Jürgen Haßler" in one article and "Juergen Hassler" in another: each spelling finds both
    articles' quotes, as entity resolution makes them one person; a name of other letters finds none."""
    from storyline.extract import quotes_for

    for aid, name in (("a1", "Jürgen Haßler"), ("a2", "Juergen Hassler")):
        _store_quote(store, aid, name, "\u201cwe will fight this bid\u201d")
    for spelling in ("Jürgen Haßler", "Juergen Hassler", "Jurgen Hassler", "Haßler", "Hassler", "jurgen"):
        assert {q.article for q in quotes_for(store, speaker=spelling)} == {"a1", "a2"}, spelling
    assert quotes_for(store, speaker="Jurgen Hasler") == [] and quotes_for(store, speaker="Jo") == []


def test_a_speakers_quotes_are_found_under_a_transliteration_the_entity_list_holds(store) -> None:  # type: ignore[no-untyped-def]
    """Two outlets write one official's name in two transliterations, which the store's entity list joins ("Oleksandr
    Demchyn", variant "Aleksandr Demchin"): `quotes --speaker` with either spelling, or either surname, finds both
    quotes, though each quote carries its own story's spelling."""
    from storyline.extract import quotes_for
    from storyline.extract.store import _save_entities
    from storyline.models import Entity

    for aid, name in (("a1", "Oleksandr Demchyn"), ("a2", "Aleksandr Demchin")):
        _store_quote(store, aid, name, "\u201cwe will not pay\u201d")
    assert {q.article for q in quotes_for(store, speaker="Aleksandr Demchin")} == {"a2"}  # no entity list yet
    person = Entity("e1", "Oleksandr Demchyn", "PERSON", ["Aleksandr Demchin"], [], ["a1", "a2"], [])
    _save_entities(store, [person])
    for spelling in ("Aleksandr Demchin", "Oleksandr Demchyn", "Demchin", "Demchyn"):
        assert {q.article for q in quotes_for(store, speaker=spelling)} == {"a1", "a2"}, spelling
    assert quotes_for(store, speaker="Oleksandr Demko") == []


def test_a_country_and_its_official_short_form_are_one_entity() -> None:
    a = ArticleExtraction("a", mentions=[_m("a", "North Korea", 0, "GPE"), _m("a", "Pyongyang", 20, "GPE")])
    b = ArticleExtraction("b", mentions=[_m("b", "DPRK", 0, "ORG"), _m("b", "North Korea", 10, "GPE")])
    ents = resolve_entities([], [a, b])
    nk = next(e for e in ents if e.name == "North Korea")
    assert "DPRK" in nk.variants and nk.type == "GPE"
    assert any(e.name == "Pyongyang" for e in ents)  # a capital is a place of its own


def test_a_short_company_name_joins_its_full_name_only_when_unambiguous() -> None:
    a = ArticleExtraction("a", mentions=[_m("a", "Northsound Lines", 0, "ORG"), _m("a", "Northsound", 30, "PRODUCT")])
    b = ArticleExtraction("b", mentions=[_m("b", "Vell Group", 0, "ORG"), _m("b", "Vell Holdings", 20, "ORG")])
    c = ArticleExtraction("c", mentions=[_m("c", "Vell", 0, "ORG"), _m("c", "Kessling", 10, "GPE")])
    d = ArticleExtraction("d", mentions=[_m("d", "Kessling Lines", 0, "ORG")])
    ents = resolve_entities([], [a, b, c, d])
    north = next(e for e in ents if e.name == "Northsound Lines")
    assert north.variants == ["Northsound"] and north.type == "ORG"
    assert any(e.name == "Vell" for e in ents)  # two full names begin with it: left alone
    assert any(e.name == "Kessling" and e.type == "GPE" for e in ents)  # a place is not a company's short name


def test_an_organisation_named_without_its_place_joins_its_full_name() -> None:
    a = ArticleExtraction(
        "a", mentions=[_m("a", "Boston Red Sox", 0, "ORG"), _m("a", "Boston", 40, "GPE"), _m("a", "Times", 60, "ORG")]
    )
    b = ArticleExtraction(
        "b", mentions=[_m("b", "Red Sox", 0, "ORG"), _m("b", "Council", 20, "ORG"), _m("b", "Red Sox", 40, "ORG")]
    )
    c = ArticleExtraction(
        "c",
        mentions=[
            _m("c", "Boston Times", 0, "ORG"), _m("c", "Quincy Times", 20, "ORG"), _m("c", "Quincy", 40, "GPE"),
            _m("c", "Boston City Council", 50, "ORG"),
        ],
    )  # fmt: skip
    ents = resolve_entities([], [a, b, c])
    sox = [e for e in ents if "Red Sox" in (e.name, *e.variants)]
    assert len(sox) == 1 and (sox[0].name, sox[0].variants) == ("Boston Red Sox", ["Red Sox"])  # the fullest name
    assert any(e.name == "Times" and not e.variants for e in ents)  # two full names end with it: left alone
    assert any(e.name == "Council" for e in ents)  # a generic word is no short name


def test_a_partys_branch_named_with_its_place_is_not_the_whole_party() -> None:
    """Audit6 (unreproduced, made up again): "the communications director for the Nordland Democratic Party" names
    the party's branch in Nordland; "Democratic Party officials" elsewhere are the whole party, which keeps its
    "Democrats". A guard: the team "Red Sox" still joins "Nordland Red Sox"."""
    a = ArticleExtraction(
        "a",
        mentions=[
            _m("a", "Democratic Party", 0, "ORG"), _m("a", "Nordland", 40, "GPE"),
            _m("a", "Nordland Democratic Party", 60, "ORG"), _m("a", "Democrats", 100, "NORP"),
            _m("a", "Nordland Red Sox", 130, "ORG"),
        ],
    )  # fmt: skip
    b = ArticleExtraction("b", mentions=[_m("b", "Red Sox", 0, "ORG"), _m("b", "Democratic Party", 20, "ORG")])
    ents = {e.name: e for e in resolve_entities([], [a, b])}
    assert "Nordland Democratic Party" in ents and "Nordland Democratic Party" not in ents["Democratic Party"].variants
    assert "Red Sox" in ents["Nordland Red Sox"].variants, ents


def test_named_craft_and_geographic_names_get_their_type() -> None:
    from storyline.extract.entities import repair_mentions

    text = "The passenger ferry Marisol Grey ran aground off Kessling Point. The Marisol Grey was towed. Lake Orne ..."
    toks = [(m.start(), m.end()) for m in __import__("re").finditer(r"\w+|[^\w\s]", text)]
    ents = [(20, 32, "PERSON"), (49, 63, "ORG"), (69, 81, "PERSON")]
    out = {(m.start, m.label) for m in repair_mentions(text, ents, toks, [])}
    assert (20, "PRODUCT") in out and (49, "LOC") in out
    assert (69, "PRODUCT") in out  # the same name later in the article, without "ferry" before it
    text = "Crews closed Quarry Road near the depot. Ada Lane said the fire was out."
    toks = [(m.start(), m.end()) for m in __import__("re").finditer(r"\w+|[^\w\s]", text)]
    ents = [(13, 24, "PERSON"), (41, 49, "PERSON")]
    out = {(m.start, m.label) for m in repair_mentions(text, ents, toks, [])}
    assert (13, "FAC") in out and (41, "PERSON") in out  # a street; a person named Lane who speaks stays one


def test_an_adverb_opening_a_sentence_is_no_name() -> None:
    """ "Nationally," read as a person by the tagger would be the speaker of the next quotes; "Kelly," is a name."""
    from storyline.extract.entities import repair_mentions

    text = "Nationally, Varga leads Olsen. Kelly, who runs the poll, agreed. Realistically, the race is close."
    toks = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    ents = [(0, 10, "PERSON"), (12, 17, "PERSON"), (31, 36, "PERSON"), (65, 78, "ORG")]
    assert [m.text for m in repair_mentions(text, ents, toks, [])] == ["Varga", "Kelly"]


def test_a_role_after_a_name_may_open_with_former_but_not_follow_a_phrase_it_ends() -> None:
    """ "former" is a stop word, and the title goes on past it; a hyphenated company is part of the title. A name
    that ends an opening phrase ("reported by", "Christie of") has no apposition after its comma."""
    from storyline.extract.entities import _Toks, role_after

    def role(text: str, name: str) -> str | None:
        toks = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
        return role_after(_Toks(text, toks), text.index(name) + len(name))

    assert role("Fiorina, the former Hewlett-Packard CEO who left, spoke.", "Fiorina") == (
        "the former Hewlett-Packard CEO"
    )
    assert role("Ada Brandt, the former mayor of Lorvik, spoke.", "Brandt") == "the former mayor of Lorvik"
    assert role("As reported by Lorvik Post, the former mayor was told.", "Post") is None
    assert role("Gov. Ivo Marsh of Velby, a former prosecutor, spoke.", "Velby") is None


def test_a_speaker_given_by_description_is_the_one_person_with_that_role() -> None:
    a = ArticleExtraction(
        "a",
        mentions=[
            _m("a", "Dmitry Peskov", 0, role="Kremlin spokesman"),
            _m("a", "Ilse Varga", 40, role="head of the rescue service"),
        ],
    )
    desc = Span("a", 120, 148, "The spokesman for the Kremlin")
    org = Span("a", 160, 178, "the rescue service")
    a.quotes = [
        Quote("a", "indirect", Span("a", 200, 230, "x" * 30), desc, None),
        Quote("a", "indirect", Span("a", 240, 270, "y" * 30), org, None),
    ]
    resolve_entities([], [a])
    assert a.quotes[0].speaker_entity == "Dmitry Peskov" and a.quotes[0].speaker == desc
    assert a.quotes[1].speaker_entity is None  # an organisation, not the person who heads it
    c = ArticleExtraction("c", mentions=[_m("c", "Recep Tayyip Erdogan", 0, role="Turkish President")])
    c.quotes = [Quote("c", "indirect", Span("c", 100, 130, "z" * 30), Span("c", 60, 78, "Turkey's president"), None)]
    resolve_entities([], [c])
    assert c.quotes[0].speaker_entity == "Recep Tayyip Erdogan"  # the country's name for its adjective


def test_an_indefinite_description_or_another_outlets_name_is_not_the_speaker() -> None:
    """ "An Orvane Water spokesperson said" names nobody, though another article names the company's spokesperson;
    "the Orvane Water spokesperson" in an article that names nobody is not the person another outlet names."""
    a = ArticleExtraction("a", mentions=[_m("a", "Runa Vik", 0, role="a spokesperson for Orvane Water")])
    b = ArticleExtraction("b")
    b.quotes = [
        Quote("b", "indirect", Span("b", 40, 70, "x" * 30), Span("b", 0, 32, "An Orvane Water spokesperson"), None),
        Quote(
            "b", "indirect", Span("b", 120, 150, "y" * 30), Span("b", 80, 112, "The Orvane Water spokesperson"), None
        ),
    ]
    a.quotes = [
        Quote("a", "indirect", Span("a", 140, 170, "z" * 30), Span("a", 100, 132, "An Orvane Water spokesperson"), None)
    ]
    resolve_entities([], [a, b])
    assert [q.speaker_entity for q in b.quotes] == [None, None]
    assert a.quotes[0].speaker_entity is None  # "an ...": the outlet says it is not naming one


def test_a_described_organisation_is_the_one_named_in_full_and_an_appositive_is_its_name() -> None:
    a = ArticleExtraction(
        "a",
        mentions=[
            _m("a", "Kessling Coastal Rescue Service", 0, "ORG"),
            _m("a", "Halvard Timber", 40, "ORG"),
            _m("a", "Kessling Harbour Authority", 60, "ORG"),
            _m("a", "Orne Port Authority", 90, "ORG"),
            _m("a", "Massachusetts", 120, "GPE"),
        ],
    )

    def said(who: str, at: int) -> Quote:
        return Quote("a", "indirect", Span("a", at + 40, at + 60, "x" * 20), Span("a", at, at + len(who), who), None)

    cases = {
        "the rescue service": "Kessling Coastal Rescue Service",  # the one service whose name ends so
        "the owner, Halvard Timber": "Halvard Timber",  # the name in apposition
        "the authority": None,  # two authorities: which one?
        "a service": None,  # someone new, not the one named before
        "a woman in Worcester, Massachusetts": None,  # a place after the comma is not who spoke
        "an employee of a nearby firm, Halvard Timber": None,  # the firm's name, not the employee's
        "the group": None,  # the Vell Group is named in another article only
    }
    a.quotes = [said(who, 200 + 100 * k) for k, who in enumerate(cases)]
    resolve_entities([], [a, ArticleExtraction("b", mentions=[_m("b", "Vell Group", 0, "ORG")])])
    assert [q.speaker_entity for q in a.quotes] == list(cases.values())
    assert [q.speaker.text for q in a.quotes if q.speaker] == list(cases)  # the description stays the mention


def _repaired(text: str, *tagged: tuple[str, str] | tuple[str, str, int]):  # type: ignore[no-untyped-def]
    """``repair_mentions`` over ``text`` with the tagger's spans given as (phrase, label[, which occurrence])."""
    import re

    from storyline.extract.entities import repair_mentions

    toks = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    ents = []
    for phrase, label, *nth in tagged:
        i = [m.start() for m in re.finditer(re.escape(phrase), text)][nth[0] if nth else 0]
        ents.append((i, i + len(phrase), label))
    return repair_mentions(text, ents, toks, [])


def test_tagger_spans_are_tidied_for_the_entity_list() -> None:
    text = (
        "Anna Berg of the Institute of Asian and African Studies met the Chinese Foreign Minister and the "
        "Kremlin Spokesman, then the Secretary of State, in Quillshaw about this united Korea."
    )
    found = _repaired(
        text, ("Anna Berg", "PERSON"), ("Institute of Asian", "ORG"), ("African Studies", "ORG"),
        ("Chinese Foreign", "NORP"), ("Kremlin Spokesman", "ORG"), ("State", "ORG"), ("Quillshaw", "ORG"),
        ("this united Korea", "GPE"),
    )  # fmt: skip
    out = {(m.text, m.label) for m in found}
    assert ("Institute of Asian and African Studies", "ORG") in out
    assert ("Chinese", "NORP") in out and ("Korea", "GPE") in out and ("Quillshaw", "GPE") in out
    assert not {t for t, _ in out} & {"Kremlin Spokesman", "State", "African Studies", "Chinese Foreign"}


def test_a_lone_unproven_person_after_in_is_a_place_and_a_speaking_body_is_no_person() -> None:
    text = (
        "Bus drivers in Vellmoor walked out. Vellmoor City Transit said it regretted it. "
        "In Lee's view the talks failed, said union secretary Maren Holt, who lives in Holt."
    )
    found = _repaired(
        text, ("Vellmoor", "PERSON"), ("Vellmoor City Transit", "PERSON"), ("Lee", "PERSON"),
        ("Maren Holt", "PERSON"), ("Holt", "PERSON", 1),
    )  # fmt: skip
    out = {(m.start, m.label) for m in found}
    assert (text.index("Vellmoor"), "GPE") in out  # "bus drivers in Vellmoor": nothing says it is a person
    assert (text.index("Vellmoor City Transit"), "ORG") in out  # a body that speaks
    assert (text.index("Lee"), "PERSON") in out  # "in Lee's view": a possessive after "in" is still a person
    assert (text.rindex("Holt"), "PERSON") in out  # a part of a full name the article gives is that person


def test_titles_are_no_organisations_and_a_body_keeps_its_name_without_the_title() -> None:
    text = (
        "House Speaker Paul Ryan met Republican National Committee Chairman Reince Priebus and House Majority "
        "Leader Kevin McCarthy."
    )
    found = _repaired(
        text, ("House Speaker", "ORG"), ("Paul Ryan", "PERSON"), ("Republican National Committee Chairman", "ORG"),
        ("Reince Priebus", "PERSON"), ("House Majority", "ORG"), ("Kevin McCarthy", "PERSON"),
    )  # fmt: skip
    out = {(m.text, m.label) for m in found}
    assert ("Republican National Committee", "ORG") in out
    found = _repaired("He studied at the University of Iowa, said Police Chief Dan Smith.",
                      ("University of Iowa", "PERSON"), ("Police Chief Dan Smith", "PERSON"))  # fmt: skip
    assert {(m.text, m.label) for m in found} >= {("University of Iowa", "ORG")}
    assert not any(m.label == "ORG" and "Smith" in m.text for m in found)  # a title before a name is no body
    assert not {t for t, _ in out} & {"House Speaker", "House Majority", "Republican National Committee Chairman"}


def test_a_role_runs_past_a_plural_apostrophe() -> None:
    import re

    from storyline.extract.entities import _Toks, role_after

    text = "Pavel Strand, chairman of the Vellmoor Transit Workers' Union, said so."
    tk = _Toks(text, [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)])
    assert role_after(tk, len("Pavel Strand")) == "chairman of the Vellmoor Transit Workers' Union"


def test_a_name_the_text_gives_as_a_company_is_no_person() -> None:
    import re

    from storyline.extract.entities import company_context, repair_mentions

    text = (
        "Fire swept through the Castellan Agrochem warehouse. Otto Brannigan, the managing director of Castellan "
        "Agrochem, apologised. Castellan Agrochem said little. Ada Roe, chairman of Ilse Varga's campaign, spoke."
    )
    toks = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    ents = [
        (m.start(), m.end(), "PERSON") for m in re.finditer(r"Castellan\s+Agrochem|Ilse Varga's|Otto Brannigan", text)
    ]
    labels = {(m.text, m.label) for m in repair_mentions(text, ents, toks, [])}
    assert ("Castellan Agrochem", "ORG") in labels and ("Castellan Agrochem", "PERSON") not in labels  # everywhere
    assert ("Otto Brannigan", "PERSON") in labels and ("Ilse Varga's", "PERSON") in labels  # her campaign's chairman
    other = "Blair Effron and Robert Pruzan, the firm's co-founders, spoke."
    assert not company_context(other, other.index("Robert"), other.index(","))


def test_local_offices_before_a_name_are_roles() -> None:
    import re

    from storyline.extract.entities import _Toks, role_before

    for role in ("council clerk", "head teacher", "Fire marshal", "county coroner"):
        text = f"The school will reopen, {role} Owen Marsh said."
        tk = _Toks(text, [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)])
        assert role_before(tk, text.index("Owen")) == role


def test_a_name_in_a_title_case_line_ends_where_the_name_does() -> None:
    import re

    from storyline.extract.entities import repair_mentions

    text = (
        "Marta Quell Address Housing Shortage At Rally\n"
        "Ove Lindahl Took The Stage With Grethe Abu-Sami\n"
        "Brenmoor Tenants Union Calls For Rent Freeze\n"
        "Housing minister Marta Quell spoke to an address in town. Lindahl took questions. "
        "Grethe Abu-Sami was there, and Abu-Sami spoke. She saw the shortage.\n"
        "Jon BaekFlagShareLikeReplyIda Moen 5ptsmoderatorFeatured"
    )
    toks = [(m.start(), m.end()) for m in re.finditer(r"[\w'-]+|[^\w\s]", text)]

    body = text.index("Housing minister")

    def at(phrase: str, label: str, after: int = 0) -> tuple[int, int, str]:
        i = text.index(phrase, after)
        return (i, i + len(phrase), label)

    ents = [
        at("Marta Quell Address Housing Shortage", "PERSON"), at("Ove Lindahl Took", "PERSON"),
        at("Grethe Abu-Sami", "PERSON"), at("Brenmoor Tenants Union", "ORG"),
        at("Marta Quell", "PERSON", body), at("Lindahl", "PERSON", body), at("Grethe Abu-Sami", "PERSON", body),
        at("Jon BaekFlagShareLikeReplyIda Moen", "PERSON"),
    ]  # fmt: skip
    heads = {m.text for m in repair_mentions(text, ents, toks, []) if m.start < body}
    assert "Marta Quell" in heads  # named in running text: the title's words after it go
    assert "Ove Lindahl" in heads  # "took" is a word the article writes in lower case
    assert "Grethe Abu-Sami" in heads  # every word of it is a name the article uses
    assert "Brenmoor Tenants Union" in heads  # an organisation is left whole
    assert not any("FlagShare" in m.text for m in repair_mentions(text, ents, toks, []))


def test_a_short_name_taken_for_a_place_is_the_person_whose_name_it_is_part_of() -> None:
    a = ArticleExtraction("a", mentions=[_m("a", "Ri Pyong Chol", 0), _m("a", "Kim Jong Sik", 20)])
    b = ArticleExtraction(
        "b", mentions=[_m("b", "Ri", 0, "GPE"), _m("b", "Kim Jong Un", 10), _m("b", "Kim", 30, "ORG")]
    )
    ents = resolve_entities([], [a, b])
    assert next(e for e in ents if e.name == "Ri Pyong Chol").variants == ["Ri"]
    assert any(e.name == "Kim" for e in ents)  # two people could be meant: left alone


def test_a_score_is_not_a_date() -> None:
    from storyline.extract.dates import find_dates

    text = "The Colts won 20 - 13 on Sunday."
    ents = [(14, 21, "DATE"), (25, 31, "DATE")]
    found = find_dates(text, ents, published="2012-12-25")
    assert [text[s:e] for s, e, *_ in found] == ["Sunday"]


def test_an_age_is_not_a_date() -> None:
    from storyline.extract.dates import find_dates

    text = "Witnesses say 59 - year - old Raj Chohan was hit."
    start = text.index("59")
    assert find_dates(text, [(start, start + len("59 - year - old"), "DATE")], published="2013-03-03") == []


def test_a_dateline_agency_credit_is_one_organisation() -> None:
    import re

    from storyline.extract.entities import repair_mentions

    text = "KESSLING (Harbour Wire Service) - Fourteen people were hurt, Ilse Varga said."
    toks = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    ents = [(10, 17, "NORP"), (61, 71, "PERSON")]
    out = {(m.text, m.label) for m in repair_mentions(text, ents, toks, [])}
    assert ("Harbour Wire Service", "ORG") in out and ("Harbour", "NORP") not in out


def test_a_word_of_a_title_is_not_a_nationality() -> None:
    import re

    from storyline.extract.entities import repair_mentions

    text = "Harbour master Ilse Varga met the Russian minister."
    toks = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    ents = [(0, 7, "NORP"), (34, 41, "NORP")]
    out = {m.text for m in repair_mentions(text, ents, toks, [])}
    assert "Harbour" not in out and "Russian" in out


def test_a_verb_before_a_title_is_not_part_of_the_role() -> None:
    from storyline.extract import extract_articles
    from storyline.extract.pipeline import article_from_text

    text = (
        "Ardent was charged with battery for grabbing reporter Mira Soll at a rally. "
        "Managing editor Ann Lee said she was shocked. Acting director Bo Park agreed."
    )
    roles = {m.span.text: m.role for m in extract_articles([article_from_text(text, "t.txt")])[0].mentions}
    assert roles["Mira Soll"] == "reporter"
    assert roles["Ann Lee"] == "Managing editor" and roles["Bo Park"] == "Acting director"


def test_a_title_before_a_name_stops_at_a_verb_a_preposition_or_another_name() -> None:
    from storyline.extract import extract_articles
    from storyline.extract.pipeline import article_from_text

    text = (
        "Harbour Gov. Ivo Marsh criticized President Lena Holt on Monday. "
        "He sought the resignation of Premier Tom Orr. Groups backing Senator Ada Brisk met. "
        "Ivo Marsh and Harbour Board Chairman Ken Ruud spoke. Milo Tarn, an adviser to Mrs. Nora Vale, agreed. "
        "Former President Ola Dahl also spoke."
    )
    mentions = extract_articles([article_from_text(text, "t.txt")])[0].mentions
    roles = {m.span.text: m.role for m in mentions if m.label == "PERSON"}
    assert roles["Lena Holt"] == "President" and roles["Tom Orr"] == "Premier" and roles["Ada Brisk"] == "Senator"
    assert roles["Ken Ruud"] == "Harbour Board Chairman"
    assert roles.get("Nora Vale") is None  # she is whom the adviser works for
    assert roles["Ola Dahl"] == "Former President"  # an office held once is no office held now


def test_a_lone_surname_the_tagger_took_for_an_organisation_is_the_person() -> None:
    a = ArticleExtraction("a", mentions=[
        _m("a", "Ivo Marsh", 0), _m("a", "Marsh", 20, "ORG"), _m("a", "Lena Holt", 40), _m("a", "Holt", 60, "ORG"),
        _m("a", "Holt Shipping", 70, "ORG"), _m("a", "GOP", 90, "ORG"), _m("a", "Kessling GOP", 100),
    ])  # fmt: skip
    by = {e.name: e for e in resolve_entities([], [a])}
    assert by["Ivo Marsh"].type == "PERSON" and "Marsh" in by["Ivo Marsh"].variants and "Marsh" not in by
    # "Holt" also heads an organisation's name: it may be the company, and is left to it
    assert "Holt" in by["Holt Shipping"].variants and "Holt" not in by["Lena Holt"].variants
    assert by["GOP"].type == "ORG"  # an acronym, not a surname


def test_a_title_the_tagger_took_into_a_name_is_a_role() -> None:
    from storyline.extract import extract_articles
    from storyline.extract.pipeline import article_from_text

    text = "Speaker Ivo Marsh said the vote would go ahead. Actress Nora Vale has entered a clinic in Brackwell."
    people = {m.span.text: m.role for m in extract_articles([article_from_text(text, "t.txt")])[0].mentions
              if m.label == "PERSON"}  # fmt: skip
    assert people == {"Ivo Marsh": "Speaker", "Nora Vale": "Actress"}


def test_a_surname_before_a_relative_first_named_later_is_not_that_relative() -> None:
    from storyline.extract import extract_articles
    from storyline.extract.pipeline import article_from_text

    text = (
        "Mourners gathered on Sunday.\n\nVane ended her painting career in 1990 after an illness. "
        "Vane's work hangs in Corran.\n\nShe was survived by her brother Tomas Vane, who lives in Corran."
    )
    names = [m.name for m in extract_articles([article_from_text(text, "t.txt")])[0].mentions if m.label == "PERSON"]
    assert names.count("Tomas Vane") == 1 and names.count("Vane") == 2
    # named first, then by surname: the same man
    text = "Tomas Vane, a fisherman, was rescued on Sunday. Vane said the boat had capsized near Corran."
    names = [m.name for m in extract_articles([article_from_text(text, "u.txt")])[0].mentions if m.label == "PERSON"]
    assert names == ["Tomas Vane", "Tomas Vane"]


def test_a_country_the_tagger_once_took_for_a_person_is_the_country_and_the_expert_is_the_one_introduced() -> None:
    from storyline.extract import extract_articles
    from storyline.extract.pipeline import article_from_text

    text = (
        "Finland offered to mediate on Monday. Finland borders both states, and Finland has long traded with them.\n\n"
        "The deputy head of the Council of the Baltic Diplomats Association, Oleg Petrov, noted that talks could start "
        "soon.\n\nAccording to the expert, Finland is interested in preventing negative scenarios."
    )
    (x,) = extract_articles([article_from_text(text, "t.txt")])
    assert {m.label for m in x.mentions if m.span.text == "Finland"} == {"GPE"}
    petrov = next(m for m in x.mentions if m.name == "Oleg Petrov")
    assert petrov.role == "deputy head of the Council of the Baltic Diplomats Association"  # not "Diplomats"
    assert [q.speaker_entity for q in x.quotes] == ["Oleg Petrov", "Oleg Petrov"]


def test_a_sentence_is_not_cut_after_an_abbreviation_or_quotation_it_carries_on_from() -> None:
    from storyline.extract import extract_articles
    from storyline.extract.pipeline import article_from_text

    cases = [
        "He said voting for his former No. 2, Ilse Varga, was necessary.",
        "Dozens of residents chanted \u201clet us in!\u201d after they were locked out of the ferry hall.",
        "Sen. Ivo Marsh, D-W.Va., and Sen. Lena Holt, R-Alaska, wrote a letter on Monday.",
        "Harbour unions, led by Sen. Ivo Marsh (W.Va.), have traded proposals with the port.",
    ]
    for case in cases:
        text = case + " It was close."
        (x,) = extract_articles([article_from_text(text, "t.txt")])
        assert [text[a:b] for a, b in x.sentences] == [case, "It was close."]
    text = "The vote passed. iPhone sales rose."  # a name in lower case still opens a sentence
    (x,) = extract_articles([article_from_text(text, "u.txt")])
    assert len(x.sentences) == 2


def test_a_surname_alone_is_not_the_spouse_named_in_full() -> None:
    from storyline.extract import extract_articles
    from storyline.extract.pipeline import article_from_text
    from storyline.extract.resolve import resolve_entities

    a = article_from_text(
        "President Biden and Vice President Harris marked the day on Monday. Biden and Harris, along with first lady "
        "Jill Biden, stood outside at sundown. Before the ceremony, Biden spoke from the White House.",
        "a.txt",
    )
    b = article_from_text("President Biden said the country would heal. He spoke for six minutes.", "b.txt")
    xs = extract_articles([a, b])
    jill = next(m for m in xs[0].mentions if m.span.text == "Jill Biden")
    assert jill.role == "first lady"
    assert {m.name for m in xs[0].mentions if m.span.text == "Biden"} == {"Biden"}
    people = {e.name: e for e in resolve_entities([a, b], xs) if e.type == "PERSON"}
    assert "Biden" not in people["Jill Biden"].variants and set(people["Biden"].articles) == {a.id, b.id}


def test_a_date_expression_with_no_calendar_word_is_a_number() -> None:
    from storyline.extract.dates import resolve_date

    for published in (None, "2021-03-03"):  # undated articles too: not "a relative date left unanchored"
        iso, relative, reason = resolve_date("from 18 to 21", published=published)
        assert iso is None and not relative and reason and "not a date" in reason
    assert resolve_date("1/20/2021")[0] == "2021-01-20"
    assert resolve_date("Monday", published="2021-03-03")[0] == "2021-03-01"


def test_an_iso_date_in_the_text_is_that_day() -> None:
    assert resolve_date("2026-03-02", published="2026-03-05") == ("2026-03-02", False, None)
    assert resolve_date("on 2025-11-04", published="2026-03-05")[0] == "2025-11-04"
    assert resolve_date("2025-13-45", published="2026-03-05")[:2] == (None, False)  # no such day


def test_a_plan_named_as_a_noun_does_not_put_a_weekday_ahead() -> None:
    def day(before: str) -> str | None:
        return resolve_date("Monday", published="2026-03-05", before=before)[0]  # a Thursday

    assert day("Mayor Dag Pell's bridge plan was rejected on ") == "2026-03-02"
    assert day("The council plans to vote on ") == "2026-03-09"


def test_a_year_naming_a_thing_or_a_comparison_is_not_when_it_happened() -> None:
    def dates(text: str, *phrases: str) -> list[tuple[str, str | None, str | None]]:
        ents = [(text.index(p), text.index(p) + len(p), "DATE") for p in phrases]
        return [(text[s:e], iso, why) for s, e, iso, _rel, why in find_dates(text, ents)]

    rules = dates("The Senate voted to repeal landmark 2015 rules on emissions.", "2015")
    assert rules[0][1] is None and "naming a thing" in (rules[0][2] or "")
    act = dates("Lawmakers said the Emergency Powers Act of 1945 was scuttled.", "1945")
    assert act[0][1] is None
    assert dates("The summer of 2019 was hot, and in 2015 rules changed.", "2019", "2015") == [
        ("2019", "2019", None),
        ("2015", "2015", None),
    ]
    assert dates("2020 was a hard year for the port.", "2020") == [("2020", "2020", None)]
    low = dates("Claims hit their lowest level since mid-March 2020 on Friday.", "mid-March 2020")
    assert low[0][1] is None and "comparison" in (low[0][2] or "")
    than = dates("The rate fell to 5.8%, above the 3.8% recorded in February 2020.", "February 2020")
    assert than[0][1] == "2020-02"  # no comparison word: the month the rate was recorded
    assert dates("It is higher than the 3.8% recorded in February 2020.", "February 2020")[0][1] is None
    # a continuing state since a day dates its start
    assert dates("The largest protest has been going on since 2019.", "2019")[0][1] == "2019"
    # a ranking against a moment told in a clause of its own; a "first" inside that clause ranks nothing
    listed = dates("Shares fell 12%, their steepest fall since the company listed in 2014.", "2014")
    assert listed[0][1] is None and "comparison" in (listed[0][2] or "")
    assert dates("Since the first tunnel was found in 1990, agents have dug.", "1990")[0][1] == "1990"
    # spans of years, a month in ISO form, part of a month, words for a period
    assert resolve_date("2007-09")[0] == "2007" and resolve_date("2019-2020")[0] == "2019"
    assert resolve_date("2007-05")[0] == "2007-05" and resolve_date("mid-March 2020")[0] == "2020-03"
    assert resolve_date("the Year")[0] is None and not resolve_date("the Year")[1]


def test_a_son_and_a_ship_are_not_the_person_they_are_named_after() -> None:
    from storyline.extract.resolve import _same_person

    assert _same_person("Donald J. Trump", "Donald Trump")
    assert not _same_person("Donald Trump Jr.", "Donald Trump")
    assert _same_person("Donald Trump Jr.", "Donald Trump Jr")
    assert not _same_person("USS John S. McCain", "John McCain")


def test_a_title_belongs_to_the_name_it_stands_before_not_to_the_next_in_a_list() -> None:
    from storyline.extract import article_from_text, extract_article, resolve_entities

    text = (
        "Officials sued President Theo Vale and Harbour Board Director Ada Lind on Monday. "
        "He met Marlish President Oren Dask, Kessland and Vellmoor in Sochi."
    )
    art = article_from_text(text, "x", article_id="a1")
    roles = {e.name: e.roles for e in resolve_entities([art], [extract_article(art)])}
    assert roles.get("Theo Vale") == ["President"] and roles.get("Ada Lind") == ["Harbour Board Director"]
    assert not any("Vale" in r or "Dask" in r for name, rs in roles.items() for r in rs), roles


def test_a_glued_credit_and_a_lone_initial_are_no_names() -> None:
    from storyline.extract import article_from_text, extract_article, resolve_entities

    text = "(KNN)Kessland launched a review on Monday, and members, R. and D. alike, backed it."
    art = article_from_text(text, "x", article_id="a1")
    names = {e.name for e in resolve_entities([art], [extract_article(art)])}
    assert not any(")" in n for n in names) and not names & {"R.", "D."}, names


def test_a_given_name_and_its_short_form_are_one_person() -> None:
    from storyline.extract import article_from_text, extract_article, resolve_entities

    a = article_from_text("Attorney General William Barr spoke on Monday about the report.", "a", article_id="a")
    b = article_from_text("Attorney General Bill Barr defended the report on Monday.", "b", article_id="b")
    people = [e for e in resolve_entities([a, b], [extract_article(a), extract_article(b)]) if e.type == "PERSON"]
    assert len(people) == 1 and {people[0].name, *people[0].variants} == {"William Barr", "Bill Barr"}
    from storyline.extract.resolve import _same_person

    assert not _same_person("Bill Barr", "Bob Barr")


def test_a_full_name_tagged_as_an_organisation_is_the_person_its_surname_names() -> None:
    a = ArticleExtraction("a", mentions=[_m("a", "Oren Dask", 0, "ORG"), _m("a", "Harbour Board", 20, "ORG")])
    b = ArticleExtraction(
        "b",
        mentions=[_m("b", "Dask", 0), _m("b", "Dask Harbour Authority", 20, "ORG"), _m("b", "Lumen’s Dask", 50, "ORG")],
    )
    ents = {e.name: e for e in resolve_entities([], [a, b])}
    assert ents["Oren Dask"].type == "PERSON" and "Dask" in ents["Oren Dask"].variants, ents
    assert ents["Dask Harbour Authority"].type == "ORG" and ents["Harbour Board"].type == "ORG"
    assert ents["Lumen’s Dask"].type == "ORG"  # a thing of the company's


def test_a_middle_name_told_once_is_the_same_person() -> None:
    from storyline.extract.resolve import _same_person

    assert _same_person("Betty Mae Page", "Bettie Page") and _same_person("Hillary Rodham Clinton", "Hillary Clinton")
    assert not _same_person("Jack Page", "Bettie Mae Page") and not _same_person("Kim Jong Un", "Kim Jong Sik")


def test_a_full_name_written_again_where_the_tagger_saw_none_is_a_mention() -> None:
    """The tagger may miss a name it found elsewhere in the article ("Ines Vale, the mayor's eldest daughter, ...");
    the full name written again is a mention of that person. Not a "name" the article also writes in lower case."""
    from storyline.extract.entities import NameMention, _Toks, _untagged_full_names

    text = "Ines Vale spoke. Ines Vale, the mayor's daughter, left. Harbour Order passed. Harbour Order is the order."
    first, order = text.index("Ines Vale"), text.index("Harbour Order")
    ms = [
        NameMention(first, first + 9, "PERSON", "Ines Vale"),
        NameMention(order, order + 13, "PERSON", "Harbour Order"),
    ]
    toks = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    got = [(m.start, m.text) for m in _untagged_full_names(ms, _Toks(text, toks))]
    assert got == [(0, "Ines Vale"), (17, "Ines Vale"), (order, "Harbour Order")]


def test_a_building_named_for_someone_is_not_that_person() -> None:
    """ "Roth Tower", tagged a person, is a building: "Roth" alone is not it."""
    text = "Reporter Laura Kell was seen at Roth Tower on Monday. Roth has long attacked Kell."
    found = _repaired(text, ("Laura Kell", "PERSON"), ("Roth Tower", "PERSON"), ("Roth", "PERSON", 1))
    out = {(m.text, m.label, m.canonical) for m in found}
    assert ("Roth Tower", "ORG", "Roth Tower") in out and ("Roth", "PERSON", "Roth") in out


def test_a_headlines_first_word_is_no_given_name_and_a_namesake_read_as_a_brand_is_a_person() -> None:
    """ "Top Lund aide quits": "Top" (written "top" below) is no given name, so "Lund" is Maria Lund, not "Top Lund".
    "Ada Lund", tagged a product (her label), is a person: she shares a surname with Maria Lund and "Ada Lund, who
    runs" writes her as one."""
    text = (
        "Top Lund aide quits\n\nMaria Lund lost her top aide on Monday. Ada Lund, who runs the Ada Lund label,"
        " said the aide had left."
    )
    found = _repaired(
        text, ("Top Lund", "PERSON"), ("Maria Lund", "PERSON"), ("Ada Lund", "PRODUCT"), ("Ada Lund", "PRODUCT", 1)
    )
    assert [(m.text, m.label, m.canonical) for m in found if "Lund" in m.text] == [
        ("Lund", "PERSON", "Maria Lund"),
        ("Maria Lund", "PERSON", "Maria Lund"),
        ("Ada Lund", "PERSON", "Ada Lund"),
        ("Ada Lund", "PERSON", "Ada Lund"),
    ]
    found = _repaired(text.replace(", who runs", " runs"), ("Maria Lund", "PERSON"), ("Ada Lund", "PRODUCT"))
    assert [m.label for m in found if m.text == "Ada Lund"] == ["PRODUCT"]  # never written as a person's


def test_a_name_the_tagger_ran_on_from_a_written_out_title_starts_at_the_given_name() -> None:
    """ "Director of Public Affairs Ilse Varga" is Ilse Varga; "the heirs of William Howard Vell" keep his first name."""
    text = "Dock Union Director of Public Affairs Ilse Varga met the heirs of William Howard Vell in a public hall."
    found = _repaired(text, ("Public Affairs Ilse Varga", "PERSON"), ("William Howard Vell", "PERSON"))
    assert [m.text for m in found if m.label == "PERSON"] == ["Ilse Varga", "William Howard Vell"]


def test_a_names_span_leaves_out_the_punctuation_the_tagger_took_in() -> None:
    """An opening quotation mark with no closing one, a bracket left open, a dash after the name; markup is no name;
    "Despite" opening a paragraph is no given name."""
    text = (
        "Officers of the Federal Harbour Bureau (FHB) met at Brekke Stadium - and read “The Tides of Orne to the crowd."
        ' <tweet datetime="2026 x>\n\nMaren Holt spoke. Despite Maren Holt’s plea, Holt lost.'
    )
    found = _repaired(
        text,
        ("Federal Harbour Bureau (FHB", "ORG"),
        ("Brekke Stadium -", "FAC"),
        ("“The Tides of Orne", "WORK_OF_ART"),
        ('datetime="2026', "GPE"),
        ("Maren Holt", "PERSON"),
        ("Despite Maren Holt", "PERSON"),
    )
    assert [(m.text, m.canonical) for m in found] == [
        ("Federal Harbour Bureau", "Federal Harbour Bureau"),
        ("FHB", "FHB"),  # the short form the text defines is a mention of its own
        ("Brekke Stadium", "Brekke Stadium"),
        ("The Tides of Orne", "The Tides of Orne"),  # a title keeps its "The"
        ("Maren Holt", "Maren Holt"),
        ("Maren Holt", "Maren Holt"),
        ("Holt", "Maren Holt"),
    ]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_a_name_spelled_with_and_without_its_accents_is_one_name() -> None:
    from storyline.extract.resolve import norm
    from storyline.models import unaccented

    assert norm("Judge Maren Sørensen's") == norm("Judge Maren Sorensen") == "judge maren sorensen"
    assert unaccented("José Müller-Åström, Łódź, Straße") == "Jose Muller-Astrom, Lodz, Strasse"


def test_a_surname_with_its_umlaut_spelled_out_is_the_same_person() -> None:
    """ "Zoë Müller-Hartig" and "Zoe Mueller-Hartig" (German transliteration) are one person; the blocking by the
    surname's first letters had put "mul" and "mue" apart, so the two were never compared."""
    from storyline.extract.resolve import _UF, _cluster_people

    names = ["Zoë Müller-Hartig", "Zoe Mueller-Hartig", "Zoe Mahler", "Müller-Hartig"]
    uf = _UF(len(names))
    _cluster_people(list(range(len(names))), names, ["a", "b", "b", "a"], uf)
    assert uf.find(0) == uf.find(1) == uf.find(3) != uf.find(2)


def test_a_person_named_after_a_comma_in_one_tagged_name_is_a_person_of_their_own() -> None:
    """ "A spokesman for [Hallberg, Maren Holt]": the company and the person; "Lorvik, Norway" stays one place."""
    text = "A spokesman for Hallberg, Maren Holt, said the ferries would run. Ships sailed to Lorvik, Norway."
    found = _repaired(text, ("Hallberg, Maren Holt", "ORG"), ("Lorvik, Norway", "GPE"))
    assert [(m.text, m.label) for m in found] == [
        ("Hallberg", "ORG"),
        ("Maren Holt", "PERSON"),
        ("Lorvik, Norway", "GPE"),
    ]


def test_the_office_a_relative_clause_gives_is_a_role() -> None:
    from storyline.extract.entities import role_held

    text = "Maren Holt, who chairs the harbour board, spoke. Ivo Brekke, who said little, left."
    assert role_held(text, text.index(", who chairs")) == "chair of the harbour board"
    assert role_held(text, text.index(", who said")) is None


def test_a_surname_the_tagger_gives_another_type_or_runs_into_a_count_is_the_persons() -> None:
    text = (
        "Officials gave Varosz 12,480 votes. Ilka Varosz thanked Pim Aldersen-Moy. "
        "Aldersen-Moy said the court would hear it. The court heard that Kerr-Vallin moved the funds."
    )
    tagged = _repaired(
        text,
        ("Varosz 12,480", "LAW"),
        ("Ilka Varosz", "PERSON"),
        ("Pim Aldersen-Moy", "PERSON"),
        ("Aldersen-Moy", "WORK_OF_ART", 1),
        ("Kerr", "PERSON"),
    )
    out = {(m.text, m.label, m.canonical) for m in tagged}
    assert ("Varosz", "PERSON", "Ilka Varosz") in out  # no count in the name, and the person's surname
    assert ("Aldersen-Moy", "PERSON", "Pim Aldersen-Moy") in out
    assert any(t == "Kerr-Vallin" and lab == "PERSON" for t, lab, _ in out)  # the hyphenated name whole


def test_a_common_word_opening_a_sentence_is_no_name_and_places_get_their_type() -> None:
    from storyline.extract.entities import repair_mentions

    text = (
        "Attendance was 61 percent. Growers who came from the Brannock valley cheered in Upper Fells. "
        "Pell said the count was fair."
    )
    toks = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    at = text.index
    ents = [
        (0, len("Attendance"), "PERSON"),
        (at("Growers"), at(" who"), "ORG"),
        (at("Brannock"), at(" valley"), "PRODUCT"),
        (at("Upper"), at(". Pell"), "ORG"),
        (at("Pell"), at(" said"), "PERSON"),
    ]
    common = {(0, len("Attendance")), (at("Growers"), at(" who")), (at("Pell"), at(" said"))}
    out = {(m.text, m.label) for m in repair_mentions(text, ents, toks, [], common=common)}
    assert not {t for t, _ in out} & {"Attendance", "Growers"}
    assert ("Brannock", "LOC") in out and ("Upper Fells", "GPE") in out
    # a speaker's name stays a name, whatever the tagger made of its capital (one more vote: the cue)
    from storyline.extract.cues import Cue

    pell = (at("Pell"), at(" said"))
    cue = Cue(at("said"), at("said") + 4, "say", pell, pell, "Pell", None, (pell[0], len(text)))
    out = {(m.text, m.label) for m in repair_mentions(text, ents, toks, [cue], common=common)}
    assert ("Pell", "PERSON") in out


def test_opening_names_the_tagger_reads_as_common_words_are_marked() -> None:
    from storyline.extract.pipeline import article_from_text, extract_articles

    text = "Turnout was 61 percent in the ward.\n\nLinnea Sorvald said the count would be repeated."
    ex = extract_articles([article_from_text(text, "t")])[0]
    names = {m.span.text for m in ex.mentions}
    assert "Turnout" not in names and "Linnea Sorvald" in names


def test_two_names_joined_by_a_hyphen_stay_two_names() -> None:
    from storyline.extract.entities import repair_mentions

    text = "Varga met Olsen on Monday. The Varga-Olsen race is close, and Kerr-Vallin said so."
    toks = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    at = text.index
    ents = [
        (0, 5, "PERSON"),
        (10, 15, "PERSON"),
        (at("Varga-"), at("-Olsen"), "PERSON"),
        (at("Kerr"), at("-V"), "PERSON"),
    ]
    names = [m.text for m in repair_mentions(text, ents, toks, [])]
    assert "Varga-Olsen" not in names and "Kerr-Vallin" in names, names


def test_a_described_speaker_may_name_the_body_a_role_names_only_by_its_noun() -> None:
    # one article: "Edda Rosk, the board's chairwoman", later "the harbour board's chairwoman said"
    b = ArticleExtraction(
        "b",
        mentions=[_m("b", "Edda Rosk", 200, role="the board's chairwoman"), _m("b", "Vellby harbour board", 0, "ORG")],
    )
    desc = Span("b", 40, 67, "the harbour board's chairwoman")
    b.quotes = [Quote("b", "direct", Span("b", 100, 130, "x" * 30), desc, None)]
    resolve_entities([], [b])
    assert b.quotes[0].speaker_entity == "Edda Rosk" and b.quotes[0].speaker == desc
    # two boards in the story: "the board" of her role may be either, and the description stays
    c = ArticleExtraction("c", mentions=[_m("c", "Edda Rosk", 0, role="the board's chairwoman")])
    d = ArticleExtraction(
        "d",
        mentions=[
            _m("d", "Vellby harbour board", 0, "ORG"),
            _m("d", "Orne school board", 30, "ORG"),
            _m("d", "Edda Rosk", 200, role="the board's chairwoman"),
        ],
    )
    d.quotes = [
        Quote("d", "direct", Span("d", 100, 130, "x" * 30), Span("d", 40, 67, "the harbour board's chairwoman"))
    ]
    resolve_entities([], [c, d])
    assert d.quotes[0].speaker_entity is None


def test_a_person_the_tagger_missed_everywhere_is_found_by_a_given_name_and_a_surname_written_alone() -> None:
    text = (
        "Teodora Wrzosek of the Harbour Party won the vote for mayor of Lorvik. Wrzosek thanked voters.\n\n"
        "Virginia Beach hosted the count. Georgia Power Company paid for it.\n\n"
        "Lena Says is a town. Says was quiet."
    )
    found = {(m.text, m.label) for m in _repaired(text, ("Harbour Party", "ORG"), ("Lorvik", "GPE"))}
    assert ("Teodora Wrzosek", "PERSON") in found and ("Wrzosek", "PERSON") in found
    assert not {t for t, _label in found} & {"Virginia Beach", "Georgia Power", "Lena Says"}


def test_a_day_tagged_with_the_term_after_it_is_the_day() -> None:
    from storyline.extract.dates import find_dates

    text = "Ilse Varga was sentenced on Tuesday to seven years in prison."
    at, end = text.index("Tuesday"), text.index(" in prison")
    found = find_dates(text, [(at, end, "DATE")], published="2023-03-15")
    assert [(text[s:e], iso) for s, e, iso, _rel, _why in found] == [("Tuesday", "2023-03-14")]


def test_a_title_that_opens_a_sentence_is_no_part_of_the_name() -> None:
    text = "The museum reopened on Monday. Archivist Maren Tollefsen said the letters were dry. Rector Halvor Brekstad agreed."
    found = {(m.text, m.label, tuple(m.roles)) for m in _repaired(text, ("Archivist Maren Tollefsen", "PERSON"))}
    assert ("Maren Tollefsen", "PERSON", ("Archivist",)) in found
    # a name of three words from a given name, or with no gendered given name second, is left whole
    kept = _repaired("Anna Maria Tollefsen said so. Rector Vell Brekstad agreed.", ("Anna Maria Tollefsen", "PERSON"),
                     ("Rector Vell Brekstad", "PERSON"))  # fmt: skip
    assert {m.text for m in kept} == {"Anna Maria Tollefsen", "Rector Vell Brekstad"}


def test_a_dateline_in_capitals_is_named_as_the_text_writes_it_elsewhere() -> None:
    text = (
        "BRAKSTAD, May 4 (Kettle Wire) - The Brakstad District Court heard the case. Ulla Mork of the Kettle Guild "
        "said so. The KESU envoy agreed, as Kesu members did."
    )
    found = _repaired(
        text, ("BRAKSTAD", "GPE"), ("Brakstad District Court", "ORG"), ("Ulla Mork", "PERSON"), ("KESU", "ORG")
    )
    names = {m.text: m.canonical for m in found}
    assert names["BRAKSTAD"] == "Brakstad"
    assert names["KESU"] == "KESU"  # an acronym in running text stays as written
    # across articles: of spellings used as often, the one in mixed case; the capitals a variant
    a = ArticleExtraction("a", mentions=[_m("a", "BRAKSTAD", 0, "GPE")])
    b = ArticleExtraction("b", mentions=[_m("b", "Brakstad", 0, "GPE")])
    (ent,) = resolve_entities([], [a, b])
    assert ent.name == "Brakstad" and ent.variants == ["BRAKSTAD"]


def test_a_business_named_by_its_trade_is_no_person() -> None:
    from storyline.extract.entities import _body_name

    assert _body_name("Greyfen Kitchens") and _body_name("Osterby Dairies")
    assert not _body_name("Bob Kitchens") and not _body_name("Staff Cheryl Mills")  # a given name: a person
    assert not _body_name("Ilse Varga")


def test_a_word_the_article_writes_in_lower_case_elsewhere_is_no_person() -> None:
    from storyline.extract import article_from_text, extract_articles

    text = (
        "An outbreak of listeria at Fenwick Hospital has sickened 27 patients, the health department said.\n\n"
        "Listeria infection is dangerous for older people and pregnant women.\n\n"
        "Dr Ilse Varga said the ward would stay closed."
    )
    people = {
        m.span.text for m in extract_articles([article_from_text(text, "t.txt")])[0].mentions if m.label == "PERSON"
    }
    assert "Listeria" not in people and "Ilse Varga" in people


def test_a_titled_person_the_tagger_missed_is_found_and_a_saints_institution_is_one_name() -> None:
    from storyline.extract import article_from_text, extract_articles

    text = (
        "Councillor Edith Marchbank, who chairs the finance committee, said the request would be considered in June.\n\n"
        "An outbreak at St Brannoc's General Hospital has sickened 27 patients.\n\n"
        "The monitors on Harbour Road and Queen's Parade are old, the department said."
    )
    found = {(m.span.text, m.label) for m in extract_articles([article_from_text(text, "t.txt")])[0].mentions}
    assert ("Edith Marchbank", "PERSON") in found
    names = {t for t, _label in found}
    assert "St Brannoc's General Hospital" in names and "General Hospital" not in names
    assert {"Harbour Road", "Queen's Parade"} <= names


def test_two_places_sharing_their_last_word_are_not_one_place() -> None:
    from storyline.extract.entities import NameMention, _possessive_places

    text = "Envoys want North and South Veldoria to talk."
    ms = [NameMention(12, 36, "GPE", "North and South Veldoria")]
    assert [(m.text, text[m.start : m.end], m.label) for m in _possessive_places(ms, text)] == [
        ("South Veldoria", "South Veldoria", "GPE")
    ]


def test_an_institutions_possessive_keeps_its_own_name() -> None:
    from storyline.extract.entities import NameMention, _possessive_places

    text = "He studied at New York University's Brennan Center."
    ms = [NameMention(14, 35, "ORG", "New York University's"), NameMention(36, 50, "ORG", "Brennan Center")]
    assert [m.text for m in _possessive_places(ms, text)] == ["New York University's", "Brennan Center"]


def test_a_deals_words_give_a_name_as_a_company() -> None:
    """A share of it, a merger with it, analysts at it, "X, the investor group,", "X, which is controlled by", "X has
    raised its offer": a business however the tagger reads the name; a person's bid, stake or offer is no evidence."""
    from storyline.extract.entities import company_context

    def company(text: str, name: str) -> bool:
        return company_context(text, text.index(name), text.index(name) + len(name))

    assert company("Brisk Lomond agreed on Monday to merge with Orrin Vale.", "Brisk Lomond")
    assert company("Teodor Vass, the investor group, said it owned 9.8% of Brisk Lomond.", "Teodor Vass")
    assert company("Teodor Vass, the investor group, said it owned 9.8% of Brisk Lomond.", "Brisk Lomond")
    assert company("Analysts at Halden Moe said the price was fair.", "Halden Moe")
    assert company("Halden Moe, which is controlled by a bank, said so.", "Halden Moe")
    assert company("Halden Moe has raised its offer to 9 crowns a share.", "Halden Moe")
    assert not company("Ada Roe, the group leader, said so.", "Ada Roe")  # a description of a person
    assert not company("Ada Roe announced her bid for Halden council.", "Ada Roe")
    assert not company("The club made an offer for Ada Roe on Monday.", "Ada Roe")  # a player
    assert not company("Ada Roe said she owned 9.8% of the votes cast.", "Ada Roe")


def test_a_role_less_person_named_like_a_holding_companys_short_form_is_that_company() -> None:
    """ "Calder Vass" in one article, "Calder Vass Industrial Holdings" in another: one company; "Pell Orrin" and
    "Pell Orrin Industrial Holdings" join; a person with a role keeps being a person."""
    a = ArticleExtraction(
        "a", mentions=[_m("a", "Calder Vass Industrial Holdings", 0, "ORG"), _m("a", "Pell Orrin", 40, "ORG")]
    )
    b = ArticleExtraction(
        "b",
        mentions=[
            _m("b", "Calder Vass", 0, "PERSON"), _m("b", "Pell Orrin Industrial Holdings", 20, "ORG"),
            _m("b", "Ada Roe", 60, "PERSON", role="chairwoman"), _m("b", "Ada Roe Holdings", 80, "ORG"),
        ],
    )  # fmt: skip
    ents = {e.name: e for e in resolve_entities([], [a, b])}
    assert ents["Calder Vass Industrial Holdings"].variants == ["Calder Vass"]
    assert ents["Calder Vass Industrial Holdings"].type == "ORG"
    assert ents["Pell Orrin Industrial Holdings"].variants == ["Pell Orrin"]
    assert ents["Ada Roe"].type == "PERSON"  # she is given a role: a person, whatever the company is called


def test_a_short_form_the_tagger_missed_is_a_mention_of_its_body() -> None:
    """ "(FMMW)" defined after the full name, then "FMMW" alone: mentions of the federation; "the FMMW," in an article
    that does not define it is a body's short form; "the AIDS clinic" and a shouted "the END." are not."""
    text = (
        "The Federation of Metal and Machine Workers (FMMW) called a strike. FMMW members walked out on Monday.\n\n"
        "Officials of the NKRB, which runs the AIDS clinic, said this was the END. It was the end of the talks."
    )
    found = _repaired(text, ("The Federation of Metal and Machine Workers", "ORG"))
    assert [(m.text, m.label) for m in found] == [
        ("Federation of Metal and Machine Workers", "ORG"),  # the sentence's "The" is no part of the name
        ("FMMW", "ORG"),
        ("FMMW", "ORG"),
        ("NKRB", "ORG"),
    ]


def test_a_companys_first_word_before_its_officer_is_the_company_not_a_person() -> None:
    from storyline.extract import article_from_text, extract_articles

    text = (
        "The union backed the merger of Salvesen Tools and Dunmore Fittings on Wednesday.\n\n"
        "Dunmore chairman Rasmus Eide said no plants would close."
    )
    ext = extract_articles([article_from_text(text, "t.txt")])[0]
    labels = {m.span.text: m.label for m in ext.mentions}
    assert labels.get("Dunmore") != "PERSON" and labels.get("Rasmus Eide") == "PERSON"
    assert [q.speaker_entity or (q.speaker.text if q.speaker else None) for q in ext.quotes][-1] != "Dunmore"


def _named(article: str, *names: str | tuple[str, str]) -> ArticleExtraction:
    """An extraction of ``article`` mentioning ``names`` (organisations unless given as (name, label)), 40 apart."""
    pairs = [n if isinstance(n, tuple) else (n, "ORG") for n in names]
    return ArticleExtraction(article, mentions=[_m(article, n, 40 * k, label) for k, (n, label) in enumerate(pairs)])


def test_a_company_called_by_its_first_word_is_that_company() -> None:
    """ "Brannock" alone, used as a company, beside "Brannock Fittings": one company. Not a body of what its first word
    names ("Senate" / "Senate Harbour Committee"), nor a word the story gives a person ("Vicente Tarn" beside "Tarn
    News"), nor a word that opens two companies' names."""
    a = _named("a", "Brannock Fittings", "Senate Harbour Committee", "Tarn News", ("Vicente Tarn", "PERSON"),
               "Osk Tools", "Osk Valves")  # fmt: skip
    b = _named("b", "Brannock", "Senate", "Tarn", "Osk")
    ents = {e.name: e for e in resolve_entities([], [a, b])}
    assert ents["Brannock Fittings"].variants == ["Brannock"] and "Brannock" not in ents
    assert "Senate" in ents and ents["Senate Harbour Committee"].variants == []
    assert "Tarn" in ents and ents["Tarn News"].variants == []
    assert "Osk" in ents


def test_a_first_word_joins_only_a_two_word_company_and_never_an_ordinary_word() -> None:
    """ "Yarrow" beside "Yarrow Daily News" is as often the place or college the paper is named after; "Harbour"
    beside "Harbour Freight" is an ordinary word when the story writes "the harbour"; "House" beside "House
    Transport" is the legislature, not a company."""
    from storyline.models import Article

    text = "Boats left the harbour at dawn."
    arts = [Article(id=k, source=f"{k}.txt", original=text, text=text) for k in "ab"]
    a = _named("a", "Yarrow Daily News", "Harbour Freight", "House Transport", "Quell Fittings")
    b = _named("b", "Yarrow", "Harbour", "House", "Quell")
    ents = {e.name: e for e in resolve_entities(arts, [a, b])}
    assert ents["Quell Fittings"].variants == ["Quell"]
    assert {"Yarrow", "Harbour", "House"} <= set(ents)
    assert (
        ents["Yarrow Daily News"].variants == ents["Harbour Freight"].variants == ents["House Transport"].variants == []
    )


def test_a_deadline_in_an_instruction_is_the_coming_day_and_planned() -> None:
    """ "should ... before Friday" in a Wednesday paper sets a limit still to come: the coming Friday, planned. "should"
    alone, or "should have ... by", looks back."""
    from storyline.extract.dates import find_dates, planned

    def when(text: str) -> tuple[str | None, bool]:
        at = text.index("Friday")
        got = find_dates(text, [(at, at + 6, "DATE")], published="2031-03-12")[0]  # a Wednesday
        return got[2], planned(text, 0, at)

    assert when('"Nobody should go back to the lower quays before Friday," the mayor said.') == ("2031-03-14", True)
    assert when("Ferry passengers need to rebook by Friday, the operator said.") == ("2031-03-14", True)
    assert when("The crews should have finished the repairs by Friday, but did not.")[0] == "2031-03-07"
    assert when("The quays should get a boost from the fair on Friday.")[0] == "2031-03-07"


def test_a_name_span_starts_after_its_article_and_a_dam_is_no_title() -> None:
    """ "The Lorne Water Board said" and "the east quay": the span is the name, as mid-sentence; "The Lorne Weir" tagged a
    work of art is a facility; "The Hague" written so mid-sentence keeps its article; a work's title keeps it."""
    text = (
        "The Lorne Water Board said the Lorne Water Board would pay.\n\n"
        "The Lorne Weir was finished in 1958. Envoys met in The Hague. The Hague said no. "
        "He read The Art of the Deal. She watched Mercy Street."
    )
    found = _repaired(
        text, ("The Lorne Water Board", "ORG"), ("Lorne Water Board", "ORG", 1), ("The Lorne Weir", "WORK_OF_ART"),
        ("The Hague", "GPE"), ("The Hague", "GPE", 1), ("The Art of the Deal", "WORK_OF_ART"),
        ("Mercy Street", "WORK_OF_ART"),
    )  # fmt: skip
    got = [(text[m.start : m.end], m.label) for m in found]
    assert got == [
        ("Lorne Water Board", "ORG"),
        ("Lorne Water Board", "ORG"),
        ("Lorne Weir", "FAC"),
        ("The Hague", "GPE"),
        ("The Hague", "GPE"),
        ("The Art of the Deal", "WORK_OF_ART"),
        ("Mercy Street", "WORK_OF_ART"),  # a show's title ending in a street's word
    ]


def test_a_title_the_tagger_took_into_an_organisation_is_a_persons_role() -> None:
    """ "Councillor Brit Haugen" tagged ORG as a whole: the person Brit Haugen, the title her role; a body after a
    title ("Director Bergen Harbour Authority") is left alone."""
    from storyline.extract import article_from_text, extract_articles
    from storyline.extract.entities import _after_role_title

    text = "Vellby councillors approved the budget.\n\nCouncillor Brit Haugen said the library could wait."
    s = text.index("Councillor")
    e = text.index(" said")
    assert _after_role_title(text, s, e, "ORG") == (text.index("Brit"), e, "PERSON")
    body = "Director Bergen Harbour Authority"
    assert _after_role_title(body, 0, len(body), "ORG") == (0, len(body), "ORG")
    ex = extract_articles([article_from_text(text, "t.txt")])[0]
    [ent] = [e for e in resolve_entities([], [ex]) if "Haugen" in e.name]
    assert ent.name == "Brit Haugen" and ent.type == "PERSON"
    assert ex.quotes and ex.quotes[0].speaker_entity == "Brit Haugen"


def test_an_initial_and_a_transliteration_join_one_person_on_strong_evidence() -> None:
    """ "T. Bondarenko" is the story's one Taras Bondarenko; "Oleksiy Hrytsenko" and his Russian spelling "Aleksei
    Gritsenko" with one stated role are one person; with no role in common they stay apart, and an initial two
    people of the surname may stand for stays its own."""
    role = "the head of the Vellby water board"
    a = ArticleExtraction("a", mentions=[_m("a", "Oleksiy Hrytsenko", 0, role=role), _m("a", "Taras Bondarenko", 40)])
    b = ArticleExtraction("b", mentions=[_m("b", "Aleksei Gritsenko", 0, role=role), _m("b", "T. Bondarenko", 40)])
    ents = {e.name: e for e in resolve_entities([], [a, b])}
    assert set(ents["Oleksiy Hrytsenko"].variants) == {"Aleksei Gritsenko"}
    assert set(ents["Taras Bondarenko"].variants) == {"T. Bondarenko"}
    # no role in common: two people
    c = ArticleExtraction("c", mentions=[_m("c", "Oleksiy Hrytsenko", 0, role=role)])
    d = ArticleExtraction("d", mentions=[_m("d", "Aleksei Gritsenko", 0, role="a farmer")])
    assert len(resolve_entities([], [c, d])) == 2
    # two people the initial may stand for: it stays its own
    e = ArticleExtraction("e", mentions=[_m("e", "Taras Bondarenko", 0), _m("e", "Tetiana Bondarenko", 30)])
    f = ArticleExtraction("f", mentions=[_m("f", "T. Bondarenko", 0)])
    assert len(resolve_entities([], [e, f])) == 3


def _labels_repaired(text: str, tagged: list[tuple[str, str]]) -> dict[str, set[str]]:
    """repair_mentions over the tagger's labels given by name (first occurrence of each, then the others in order)."""
    from storyline.extract.entities import repair_mentions

    toks = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    ents, pos = [], {}
    for name, label in tagged:
        s = text.index(name, pos.get(name, 0))
        pos[name] = s + len(name)
        ents.append((s, s + len(name), label))
    out: dict[str, set[str]] = {}
    for m in repair_mentions(text, ents, toks, []):
        out.setdefault(m.text, set()).add(m.label)
    return out


def test_a_settlement_named_after_its_noun_or_a_place_preposition_is_a_place() -> None:
    """'the village of Tarnholm' names a place whatever the tagger read there (NORP, PERSON); so does a one-word
    'group' with no demonym's ending that the article names as such a place; a demonym, or a word the article never
    names as a place ('Democrat leaders of Eskby'), stays a group."""
    text = (
        "The storm cut off the village of Tarnholm and the town of Eskby. Families from Tarnholm slept in a school."
        " Residents of Eskby were told to wait, and Norwegian crews came. Democrat leaders of Eskby met."
    )
    got = _labels_repaired(
        text,
        [
            ("Tarnholm", "NORP"),
            ("Eskby", "PERSON"),
            ("Tarnholm", "NORP"),
            ("Eskby", "NORP"),
            ("Norwegian", "NORP"),
            ("Democrat", "NORP"),
        ],
    )
    assert got["Tarnholm"] == {"GPE"} and got["Eskby"] == {"GPE"}
    assert got["Norwegian"] == {"NORP"} and got["Democrat"] == {"NORP"}


def test_a_local_service_named_by_its_place_and_a_portfolio_before_a_title() -> None:
    """'the Brenvik fire service said': Brenvik is the service's place, no speaker; 'Interior minister Ola Strand':
    'Interior' is part of his title, no organisation (a company before 'chief' stays one)."""
    text = "Two cars were swept away, the Brenvik fire service said. Interior minister Ola Strand and Vardex chief Ana Lie."
    got = _labels_repaired(
        text,
        [
            ("Brenvik", "PERSON"),
            ("Interior", "ORG"),
            ("Ola Strand", "PERSON"),
            ("Vardex", "ORG"),
            ("Ana Lie", "PERSON"),
        ],
    )
    assert got["Brenvik"] == {"GPE"}
    assert "Interior" not in got and got["Ola Strand"] == {"PERSON"} and got["Vardex"] == {"ORG"}


def test_a_place_paired_with_a_place_or_owning_a_town_council_is_a_place() -> None:
    """'in Eskby and Tarnholm', 'districts of Eskby and Tarnholm': the second of two names after a preposition is a
    place when the first is one; 'Tarnholm's town council' is the town's; 'farms near Tarnholm' tagged NORP is the
    place. A person the article gives a role stays a person ('Eskby and Mayor Ann Lie')."""
    text = (
        "Water reached the town of Eskby. Schools in Eskby and Tarnholm closed. Farms near Tarnholm flooded. Crews in"
        " Northern towns waited."
        " Tarnholm's town council met. Talks between Eskby and Mayor Ann Lie went on."
    )
    got = _labels_repaired(
        text,
        [
            ("Eskby", "GPE"),
            ("Eskby", "GPE"),
            ("Tarnholm", "PERSON"),
            ("Tarnholm", "NORP"),
            ("Northern", "NORP"),
            ("Tarnholm", "NORP"),
        ],
    )
    assert got["Tarnholm"] == {"GPE"} and got["Northern"] == {"NORP"}  # "in Northern towns": an adjective
    got = _labels_repaired(text, [("Eskby", "GPE"), ("Eskby", "GPE"), ("Ann Lie", "PERSON")])
    assert got["Ann Lie"] == {"PERSON"}


def test_a_stance_prefix_and_a_broadcasters_party_debate_are_no_names() -> None:
    """'pro-Vardonia lobby': a stance, no mention of the country ('in Vardonia' still is one; a group's
    'Anti-Vardonian' stays the tagger's NORP); 'the KTV Democratic debate': the broadcaster is 'KTV', not 'KTV
    Democratic' ('KTV News' stays whole)."""
    text = (
        "The pro-Vardonia lobby met in Vardonia. Anti-Vardonian groups came to the KTV Democratic debate on KTV News."
    )
    got = _labels_repaired(
        text,
        [
            ("Vardonia", "GPE"),
            ("Vardonia", "GPE"),
            ("Anti-Vardonian", "NORP"),
            ("KTV Democratic", "ORG"),
            ("KTV News", "ORG"),
        ],
    )
    assert got == {"Vardonia": {"GPE"}, "Anti-Vardonian": {"NORP"}, "KTV": {"ORG"}, "KTV News": {"ORG"}}


def test_a_one_word_name_mostly_tagged_a_place_is_a_place_across_articles() -> None:
    """The story's vote decides a one-word name's type: tagged GPE more often than anything else, 'Tarnholm' is a place
    everywhere; a name tagged PERSON more often than a place stays a person; a local paper's name counts as a vote."""
    a = ArticleExtraction("a", mentions=[_m("a", "Tarnholm", 0, label="GPE"), _m("a", "Tarnholm", 40, label="GPE")])
    b = ArticleExtraction("b", mentions=[_m("b", "Tarnholm", 0, label="PERSON"), _m("b", "Tarnholm", 30, label="NORP")])
    c = ArticleExtraction(
        "c", mentions=[_m("c", "Brekke", 0), _m("c", "Brekke", 20), _m("c", "Brekke", 40, label="GPE")]
    )
    ents = {e.name: e for e in resolve_entities([], [a, b, c])}
    assert ents["Tarnholm"].type == "GPE" and {m.label for m in ents["Tarnholm"].mentions} == {"GPE"}
    assert ents["Brekke"].type == "PERSON"
    # a tie (one GPE, one NORP) is decided by a local paper named after the town
    from storyline.models import Article

    def tie() -> list[ArticleExtraction]:  # resolution writes its labels back: a fresh pair for each call
        return [
            ArticleExtraction("d", mentions=[_m("d", "Eskby", 0, label="NORP")]),
            ArticleExtraction("e", mentions=[_m("e", "Eskby", 0, label="GPE")]),
        ]

    paper = Article(id="d", source="mem", original="Eskby", text="Eskby", outlet="Eskby Gazette")
    assert [x.type for x in resolve_entities([], tie())] == ["NORP"]
    assert [x.type for x in resolve_entities([paper], tie()) if x.name == "Eskby"] == ["GPE"]


def test_a_work_of_art_span_read_as_an_outlet_starts_after_the() -> None:
    """'The Vellby Courier has learned' tagged WORK_OF_ART keeps its 'The' in extraction; once the story reads it as
    the outlet (an organisation), the span and the name start after 'The'."""
    from storyline.models import Article

    text = "The Vellby Courier has learned that the gate was repaired."
    art = Article(id="a", source="mem", original=text, text=text, outlet="Vellby Courier")
    ex = ArticleExtraction("a", mentions=[_m("a", "The Vellby Courier", 0, label="WORK_OF_ART")])
    (ent,) = resolve_entities([art], [ex])
    (m,) = ex.mentions
    assert ent.type == "ORG" and ent.name == "Vellby Courier"
    assert (m.span.start, m.span.end, m.span.text) == (4, 18, "Vellby Courier") == (4, 18, text[4:18])


def test_a_role_after_a_name_runs_to_its_comma() -> None:
    """An apposition's title goes on to its comma: through a lower-case "of" phrase ("head of the pit rescue crew",
    was "head") and a capitalised stop word inside a name ("the Orm Valley Mine Safety Board", was cut before
    "Mine"); it still stops where a clause goes on ("since 2019")."""
    import re

    from storyline.extract.entities import _Toks, role_after

    def role(text: str) -> str | None:
        tk = _Toks(text, [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)])
        return role_after(tk, len("Tova Lind"))

    assert role("Tova Lind, head of the pit rescue crew, said so.") == "head of the pit rescue crew"
    assert role("Tova Lind, spokeswoman for the county, said so.") == "spokeswoman for the county"
    assert role("Tova Lind, chair of the Orm Valley Mine Safety Board, said so.") == (
        "chair of the Orm Valley Mine Safety Board"
    )
    assert role("Tova Lind, head of the crew since 2019, said so.") == "head"


def _dates_of(text: str, tagged: list[tuple[str, str]], published: str | None, **kw: object) -> dict[str, tuple]:
    """``find_dates`` over the expressions as a tagger would give them (each phrase's first occurrence after the
    previous one), keyed by the text each expression ends up covering."""
    from storyline.extract.dates import find_dates

    ents, at = [], 0
    for phrase, label in tagged:
        at = text.index(phrase, at)
        ents.append((at, at + len(phrase), label))
        at += len(phrase)
    return {text[s:e]: (iso, rel, why) for s, e, iso, rel, why in find_dates(text, ents, published=published, **kw)}


def test_every_resolved_relative_date_says_how_it_was_resolved() -> None:
    """ "next year" in a paper of 12 March 2031 is 2031 + 1 and says so, as "next autumn" and "last week" do: every
    relative date given a date carries the reason (counted back or forward from the publication date, or the same
    day, month or year), so no resolved entry has a null reason. Absolute dates keep none; unanchored ones keep
    theirs."""
    text = (
        "The Ferrowick mill will reopen next year. Its owner sold the dye works last month. Talks resumed yesterday. "
        "The board meets tomorrow. Output rose this year. The quay opened on 2 May 2029."
    )
    tagged = [("next year", "DATE"), ("last month", "DATE"), ("yesterday", "DATE"), ("tomorrow", "DATE")]
    tagged += [("this year", "DATE"), ("2 May 2029", "DATE")]
    got = _dates_of(text, tagged, "2031-03-12")
    assert got["next year"] == ("2032", True, "next year: counted forward from the publication date, 2031-03-12")
    assert got["last month"][:2] == ("2031-02", True) and "counted back from" in got["last month"][2]
    assert got["yesterday"] == ("2031-03-11", True, "yesterday: counted back from the publication date, 2031-03-12")
    assert got["tomorrow"][0] == "2031-03-13" and "counted forward from" in got["tomorrow"][2]
    assert got["this year"][:2] == ("2031", True) and got["this year"][2]
    assert got["2 May 2029"] == ("2029-05-02", False, None)
    for phrase, (iso, rel, why) in got.items():
        assert not (iso and rel) or why, phrase
    unanchored = _dates_of(text, tagged[:1], None)["next year"]
    assert unanchored[0] is None and "no publication date" in unanchored[2]


def test_a_visit_that_is_due_is_the_coming_day_and_a_past_act_after_until_is_no_plan() -> None:
    """In a Monday paper "is due in Brenholt on Tuesday" is the next day and planned; "due to the flood on Tuesday"
    is a cause, not a plan. "until the mill corrected its count to 14 on Tuesday", in a Thursday paper, told the
    past: the Tuesday just gone, and nothing planned."""
    from storyline.extract.dates import planned

    mon, thu = "2031-03-10", "2031-03-13"
    due = "Harbour minister Ilse Marrow opened a review and is due in Brenholt on Tuesday."
    assert _dates_of(due, [("Tuesday", "DATE")], mon)["Tuesday"][0] == "2031-03-11"
    assert planned(due, 0, due.index("Tuesday"))
    cause = "The ferry was late and the closure is due to the flood on Tuesday."
    assert _dates_of(cause, [("Tuesday", "DATE")], mon)["Tuesday"][0] == "2031-03-04"
    past = "The pickers had counted 12 crates, she said, until the mill corrected its count to 14 on Tuesday."
    assert _dates_of(past, [("Tuesday", "DATE")], thu)["Tuesday"][0] == "2031-03-11"
    assert not planned(past, 0, past.index("Tuesday"))
    # a later cue with no past verb after it still points forward: "..., Marrow said, and will vote on Friday"
    later = "The board will meet, Marrow said, and will vote on Friday."
    assert _dates_of(later, [("Friday", "DATE")], mon)["Friday"][0] == "2031-03-14"
    assert planned(later, 0, later.index("Friday"))


def test_a_number_naming_a_thing_is_no_day_or_hour_of_the_date_after_it() -> None:
    """ "pier 4 last month" is the pier's number and "last month"; "dock 9 in the morning" a dock, then a time of day
    (no entry, and no day before the paper's); "at 9 in the morning" is a time of day too. A number after a
    preposition or a month keeps its reading."""
    text = (
        "Divers searched pier 4 last month. The hull was towed to Dock 9 in the morning. "
        "Tugs left at 9 in the morning. The yard reopened on 4 March."
    )
    got = _dates_of(
        text,
        [("4 last month", "DATE"), ("9 in the morning", "TIME"), ("9 in the morning", "TIME"), ("4 March", "DATE")],
        "2031-03-12",
    )
    assert got["last month"] == ("2031-02", True, "last month: counted back from the publication date, 2031-03-12")
    assert got["in the morning"][0] is None and "time of day" in got["in the morning"][2]
    assert got["9 in the morning"][0] is None and "time of day" in got["9 in the morning"][2]
    assert got["4 March"][0] == "2031-03-04"
    assert "4 last month" not in got and "9 in the morning" in got


def test_a_date_told_from_the_date_beside_it_restates_that_date() -> None:
    """ "on Sunday, three days earlier" and "the day before, on Sunday": one date, Sunday; the relative one restates
    it (no undated second entry). A relative date alone, or beside another relative one, stays as it was."""
    text = "A crack was seen on Sunday, three days earlier. The day before, on Sunday, it rained. Days later it fell."
    got = _dates_of(
        text,
        [("Sunday", "DATE"), ("three days earlier", "DATE"), ("The day before", "DATE"), ("Sunday", "DATE")],
        "2031-03-12",
    )
    assert got["Sunday"] == ("2031-03-09", True, "Sunday: counted back from the publication date, 2031-03-12")
    for told in ("three days earlier", "The day before"):
        iso, rel, why = got[told]
        assert (iso, rel) == (None, False) and why.startswith("restates the date beside it (“Sunday”)")
    alone = _dates_of("A crack was seen three days earlier.", [("three days earlier", "DATE")], "2031-03-12")
    assert alone["three days earlier"][1] is True  # still a relative date, not told from another


def test_a_wire_dateline_anchors_an_article_with_no_publication_date() -> None:
    """ "ORLEK, Mar 9 (Tideway Wire) -" and no publication date: "Sunday" and "Monday" are read from 9 March, in the
    year the record gives ("2031"); the reason says so. With no year in the record either, nothing is anchored (the
    year would be the run's). With a publication date, or without a dateline, nothing changes."""
    text = "ORLEK, Mar 9 (Tideway Wire) - The pier closed on Sunday. The mayor will visit on Monday."
    tagged = [("Mar 9", "DATE"), ("Sunday", "DATE"), ("Monday", "DATE")]
    got = _dates_of(text, tagged, "2031")
    assert got["Sunday"][0] == "2031-03-09" and got["Monday"][0] == "2031-03-10"
    assert (
        "the dateline's day, 2031-03-09, as the article has no publication date (its year from the record)"
        in (got["Sunday"][2])
    )
    assert _dates_of(text, tagged, None)["Sunday"][:2] == (None, True)
    sunday = ("2031-03-09", True, "Sunday: the same day as the dateline's day, 2031-03-09")
    assert _dates_of(text, tagged, "2031-03-09")["Sunday"] == sunday
    bare = text.split(" - ", 1)[1]
    assert _dates_of(bare, tagged[1:], None)["Sunday"][0] is None


def test_a_present_passive_or_succeed_after_a_forward_word_is_no_past_tense() -> None:
    """ "can be overturned if a Lorvik mayor is elected in November" (a March paper) and "Can she succeed in winning
    voters in November?" look forward: November to come, planned. "is elected" is no past tense, nor is "succeed"."""
    from storyline.extract.dates import planned

    text = "The ban can be overturned if a new mayor is elected in November."
    assert _dates_of(text, [("November", "DATE")], "2031-03-10")["November"][0] == "2031-11"
    assert planned(text, 0, text.index("November"))
    ask = "Can she succeed in winning voters in November?"
    assert planned(ask, 0, ask.index("November"))
