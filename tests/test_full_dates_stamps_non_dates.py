"""Whole dates with their weekday, "PUBLISHED: <time>, <date>" and release lines as the publication date, past events
after "until", a day that is the subject of a future verb, non-dates (game quarters, durations with an apostrophe,
years in product names, "a still night"), and charged words (an inferno, a negated rating) (invented text)."""

from __future__ import annotations

from storyline.extract.dates import find_dates, planned, resolve_date


def _dates(text: str, tagged: list[tuple[str, str]], published: str | None) -> list[tuple[str, str | None, bool]]:
    ents = []
    for words, label in tagged:
        at = text.index(words)
        ents.append((at, at + len(words), label))
    return [(text[s:e], iso, rel) for s, e, iso, rel, _why in find_dates(text, ents, published=published)]


def test_a_whole_date_with_its_weekday_needs_no_anchor() -> None:
    """ "Saturday 8 June 2030", "Monday, July 13, 2029": the weekday is part of a whole date, which is no relative
    date, with or without a publication date; a weekday alone still needs one."""
    assert resolve_date("Saturday 8 June 2030") == ("2030-06-08", False, None)
    assert resolve_date("Monday 10th June 2030") == ("2030-06-10", False, None)
    assert resolve_date("Monday, July 13, 2029")[:2] == ("2029-07-13", False)
    assert resolve_date("Saturday 8 June 2030", published="2030-06-10") == ("2030-06-08", False, None)
    assert resolve_date("Saturday")[:2] == (None, True)


def test_a_published_line_with_its_time_first_or_a_release_line_is_the_publication_date() -> None:
    """ "PUBLISHED: 16:05 GMT, 9 June 2030 | UPDATED: 06:55 GMT, 10 June 2030" and "FOR IMMEDIATE RELEASE July 13,
    2031" date the article when no date is given: its "yesterday" is counted from that day, and the line itself is
    no claim (so no timeline entry)."""
    from storyline.align.claims import split_claims
    from storyline.ingest.drafts import Draft
    from storyline.ingest.pipeline import build_article
    from storyline.models import Article

    text = (
        "Man held over Dunmere deaths\n\nPUBLISHED: 16:05 GMT, 9 June 2030 | UPDATED: 06:55 GMT, 10 June 2030\n\n"
        "A man was yesterday being questioned over the deaths of two women in Dunmere, police said.\n"
    )
    art = build_article(Draft(source="l.txt", original=text, fmt="text"))
    assert isinstance(art, Article) and art.published is not None and art.published[:10] == "2030-06-09"
    claims = split_claims([art], {})
    assert all("PUBLISHED" not in c.text for c in claims), [c.text for c in claims]
    release = (
        "Office of the Press Secretary\n\nFOR IMMEDIATE RELEASE July 13, 2031\n\nPresident Kovar Names Health Chief\n\n"
        "Today, President Aldo Kovar named Dr. Lina Marsk as the chief medical officer of Veldra.\n"
    )
    art = build_article(Draft(source="r.txt", original=release, fmt="text"))
    assert isinstance(art, Article) and art.published is not None and art.published[:10] == "2031-07-13"
    assert all("RELEASE" not in c.text for c in split_claims([art], {}))
    time_first = (
        "Published at 12:45, Wednesday, 12 June 2030\n\nCrews cleared the Kerrow road on Tuesday, police said.\n"
    )
    art = build_article(Draft(source="t.txt", original=time_first, fmt="text"))
    assert isinstance(art, Article) and art.published is not None and art.published[:10] == "2030-06-12"


def test_until_a_date_when_something_happened_is_no_plan() -> None:
    """ "until 2027, when a jury found him guilty", "not until 2030 that he admitted": the end of a wait that is told
    as past; "will stay closed until Friday" is still a plan."""
    for text, date_words in [
        ("His luck held until 2027, when a jury found him guilty of fraud.", "2027"),
        ("It was not until 2030 that Varo admitted in court that he had faked it.", "2030"),
        ("Varo kept up the act until April 2030, when he pleaded guilty to obstruction.", "April 2030"),
    ]:
        at = text.index(date_words)
        assert not planned(text, 0, at, at + len(date_words)), text
    text = "The Kerrow road will stay closed until Friday, when crews finish the repairs."
    at = text.index("Friday")
    assert planned(text, 0, at, at + 6)


def test_a_day_that_is_the_subject_of_a_future_verb_is_the_next_one_and_planned() -> None:
    """ "said on Wednesday that Thursday would test every line" in a Wednesday paper: the coming Thursday, planned;
    "said on Wednesday that crews held the line on Thursday" stays the Thursday before."""
    text = "Chief Ona Brekk said on Wednesday that Thursday would test every line her crews had built."
    got = _dates(text, [("Wednesday", "DATE"), ("Thursday", "DATE")], "2026-08-12")
    assert [(w, iso) for w, iso, _ in got] == [("Wednesday", "2026-08-12"), ("Thursday", "2026-08-13")]
    at = text.index("Thursday")
    assert planned(text, 0, at, at + 8)
    past = "Chief Ona Brekk said on Wednesday that crews held the line on Thursday."
    got = _dates(past, [("Wednesday", "DATE"), ("Thursday", "DATE")], "2026-08-12")
    assert got[1][:2] == ("Thursday", "2026-08-06")
    at = past.index("Thursday")
    assert not planned(past, 0, at, at + 8)
    was = "Chief Ona Brekk noted that Saturday would have been the founder's birthday."
    got = _dates(was, [("Saturday", "DATE")], "2026-08-12")
    assert got[0][:2] == ("Saturday", "2026-08-08")
    no_subject = "The fire that started on Saturday will be investigated by the county."
    got = _dates(no_subject, [("Saturday", "DATE")], "2026-08-12")
    assert got[0][:2] == ("Saturday", "2026-08-08")
    at = no_subject.index("Saturday")
    assert not planned(no_subject, 0, at, at + 8)


def test_late_on_a_weekday_night_is_that_day() -> None:
    """ "started late on Saturday night" in a Monday paper is the Saturday before, as "Saturday" alone is."""
    text = "The Varrow fire, which started late on Saturday night in woodland, has burned 900 hectares."
    got = _dates(text, [("late on Saturday night", "TIME")], "2026-08-10")
    assert got == [("late on Saturday night", "2026-08-08", True)]


def test_game_quarters_durations_and_names_with_a_year_are_no_dates() -> None:
    """Without a publication date, "the second quarter" and "three quarters" are no relative dates waiting for an
    anchor (no anchor would date them); "five years' probation", "2-1/2 years", "just past 2:30 a.m." are a term and
    a time of day; the year of "Harrow OS Server 2028" names a product; "on a still night" is no time of the story.
    None is a timeline date (the timeline keeps only dated or relative expressions)."""
    game = "The Lions led for three quarters and scored in the second quarter."
    got = _dates(game, [("three quarters", "DATE"), ("the second quarter", "DATE")], None)
    assert [(iso, rel) for _w, iso, rel in got] == [(None, False), (None, False)]
    day = "The Lions beat the Rovers on Thursday."
    assert _dates(day, [("Thursday", "DATE")], None) == [("Thursday", None, True)]
    term = "In 2026, Karl Oberg was placed on five years' probation and served 2-1/2 years."
    got = _dates(term, [("2026", "DATE"), ("five years'", "DATE"), ("2-1/2 years", "DATE")], "2031-01-07")
    assert [(iso, rel) for _w, iso, rel in got] == [("2026", False), (None, False), (None, False)]
    assert resolve_date("just past 2:30 a.m.", published="2031-01-07")[:2] == (None, False)
    product = "The flaw affects Skyglass on Harrow OS Server 2028 and Harrow OS Server 2030."
    got = _dates(product, [("2028", "DATE"), ("2030", "DATE")], "2031-09-18")
    assert [iso for _w, iso, _r in got] == [None, None]
    place = "A long shot can catch fire (think Aldo Venn in Kessia 2016)."
    got = _dates(place, [("Kessia", "GPE"), ("2016", "DATE")], "2031-09-18")
    assert [iso for _w, iso, _r in got] == ["2016"]  # a place's year: the contest there that year
    whose = "Her aides ran Venn's 2016 and 2020 campaigns."
    assert _dates(whose, [("2016", "DATE")], "2031-09-18")[0][1] == "2016"  # whose year, no product's
    year = "In 2028 the plant closed, and through 2030 it stood empty."
    got = _dates(year, [("2028", "DATE"), ("2030", "DATE")], "2031-09-18")
    assert [iso for _w, iso, _r in got] == ["2028", "2030"]
    night = '"Lightning does not light two fires on a still night," the investigator said.'
    got = _dates(night, [("a still night", "TIME")], "2026-08-10")
    assert [(iso, rel) for _w, iso, rel in got] == [(None, False)]


def test_an_inferno_is_charged_and_a_denied_rating_is_not() -> None:
    """ "the inferno" for a fire is loaded wording; "the product of negligence, not bad luck" denies "bad", which is
    then no charged word of the outlet; "fire destroys 61 homes" reports what the fire did."""
    from storyline.brief.framing import charged_terms

    terms = {t["term"] for t in charged_terms("The inferno that tore through the uplands is not bad luck.")}
    assert "inferno" in terms and "bad" not in terms, terms
    assert "bad" in {t["term"] for t in charged_terms("It was a bad decision by the board.")}
    assert charged_terms("Varrow fire destroys 61 homes") == []


def test_an_undated_weekday_joins_the_entry_of_its_whole_date() -> None:
    """An undated report's "on Saturday" and another's "on Saturday 8 June 2030" in the same fact are one entry: the
    weekday is that date's, so the undated one joins it under ``also_in`` (marked undated)."""
    from brief_helpers import HashEmbedder, make_article

    from storyline.brief.build import build_brief
    from storyline.models import ArticleExtraction, DateMention, Span

    a = make_article(
        "a", "Two found dead", "Police found two women dead at the Kerrow Street house on Saturday 8 June 2030."
    )
    b = make_article("b", "Women found dead", "Police found two women dead at the Kerrow Street house on Saturday.")
    exts = {}
    for art, words, iso, rel in ((a, "Saturday 8 June 2030", "2030-06-08", False), (b, "Saturday", None, True)):
        at = art.original.index(words)
        start = art.original.index("Police")
        exts[art.id] = ArticleExtraction(
            art.id,
            sentences=[(start, len(art.original))],
            dates=[DateMention(Span(art.id, at, at + len(words), words), iso, rel)],
        )
    brief = build_brief([a, b], exts, [], story="s1", embedder=HashEmbedder())
    rows = [
        (t["article"], t["date"], [(x["article"], x.get("undated")) for x in t["also_in"]]) for t in brief["timeline"]
    ]
    assert rows == [("a", "2030-06-08", [("b", True)])], brief["timeline"]
