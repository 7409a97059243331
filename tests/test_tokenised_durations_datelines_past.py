"""Tokenised text ("12 - year", "9: 39 AM", "11 / 02 / 15"): durations written with a spaced hyphen and years in
product names are no dates; date lines with a time date the article; past events after "until" or "potential" are
no plans (invented text)."""

from __future__ import annotations

from storyline.extract.dates import find_dates, planned, resolve_date


def _dates(text: str, tagged: list[tuple[str, str]], published: str | None) -> list[tuple[str, str | None]]:
    ents = []
    for words, label in tagged:
        at = text.index(words)
        ents.append((at, at + len(words), label))
    return [(text[s:e], iso) for s, e, iso, _rel, _why in find_dates(text, ents, published=published)]


def test_a_duration_with_a_spaced_hyphen_is_no_date() -> None:
    """ "a 12 - year sentence", "a five - year term" (a tokenised "12-year") are durations, as "12-year" is: no day
    counted from the publication date. Guards: a span of days and a span of years are still read."""
    for phrase in ("12 - year", "five - year", "a 15 - year", "the two - week"):
        assert resolve_date(phrase, published="2031-12-20")[0] is None, phrase
    assert resolve_date("12-year", published="2031-12-20")[0] is None
    assert (resolve_date("March 3 - 5", published="2031-12-20")[0] or "").endswith("-03-03")
    assert resolve_date("2027 - 29")[0] == "2027"
    text = "Tom Barrow, who died Monday, had been serving a 12 - year sentence handed down in 2019."
    got = _dates(text, [("Monday", "DATE"), ("12 - year", "DATE"), ("2019", "DATE")], "2031-12-20")
    assert dict(got) == {"Monday": "2031-12-15", "12 - year": None, "2019": "2019"}


def test_a_year_in_a_product_name_is_no_date() -> None:
    """ "Kelvix 2000", tagged as one date, names a product: not when anything happened. Guards: a month, a season, a
    holiday and a place before a year still date."""
    text = (
        "Owners of Kelvix 2000 machines should patch now. Sales fell in March 2030. The fair opened in Summer 2029. "
        "Lights went up for Christmas 2028."
    )
    tagged = [("Kelvix 2000", "DATE"), ("March 2030", "DATE"), ("Summer 2029", "DATE"), ("Christmas 2028", "DATE")]
    got = dict(_dates(text, tagged, "2031-01-05"))
    assert got["Kelvix 2000"] is None
    assert got["March 2030"] == "2030-03"
    assert got["Summer 2029"] is not None and got["Summer 2029"].startswith("2029")
    assert got["Christmas 2028"] is not None and got["Christmas 2028"].startswith("2028")


def _article(text: str, title: str = "Jury finds Orrin Vale guilty") -> object:
    from storyline.ingest.drafts import Draft
    from storyline.ingest.pipeline import build_article

    return build_article(Draft(source="a.json", original=text, fmt="json", title=title))


def test_a_date_line_with_a_tokenised_time_dates_the_record() -> None:
    """A record with no date of its own, its text opening with a date line whose time is written as tokenised corpora
    write it ("9: 27 AM", "17: 52 GMT", figures set apart by spaces, two labelled dates on one line), is dated by that
    line; the line is cut from the text (no claim, no timeline entry), and the hour is never read as the month. Guard:
    figures that do not say which is the day, with nothing else to tell, date nothing."""
    from storyline.models import Article

    body = "\n\nA jury on Thursday found Orrin Vale guilty of the Tarnby robbery. He will be sentenced on May 7."
    lines = {
        "Published: March 14, 2031 9: 27 AM": "2031-03-14",
        "Posted Nov 3, 2030 8: 41 AM CDT": "2030-11-03",
        "UPDATED: 17: 52 GMT, 9 March 2031": "2031-03-09",
        "First Posted: 11 / 02 / 30 07: 31 PM ET Updated: 01 / 14 / 31 06: 05 AM ET": "2030-11-02",
        "updated 12 / 19 / 2030 2: 48: 40 PM ET": "2030-12-19",
        "Published: Tuesday, Dec. 20 2030 12: 00 a. m. MST": "2030-12-20",
        "Last updated 15: 48 15 / 09 / 2030": "2030-09-15",
    }
    for line, day in lines.items():
        art = _article(line + body)
        assert isinstance(art, Article), line
        assert (art.published or "")[:10] == day, (line, art.published)
        assert art.text.startswith("A jury"), (line, art.text[:60])
    art = _article("Posted 05 / 03 / 2031 9: 10 AM\n\nA jury found Orrin Vale guilty of the Tarnby robbery.")
    assert isinstance(art, Article) and art.published is None


def test_two_date_lines_make_no_fact_and_thursday_is_read_from_the_line() -> None:
    """Two records dated only by their date lines: their "Thursday" is resolved against the line's day, and the
    lines themselves are no claims (no fact made of two date lines)."""
    from storyline.align.claims import split_claims
    from storyline.models import Article

    one = _article("First Posted: 11 / 02 / 30 07: 31 PM ET\n\nA man has admitted the Tarnby robbery, police said.")
    two = _article("UPDATED: 17: 52 GMT, 9 March 2031\n\nOn Thursday the jury saw the Tarnby robbery on video.")
    assert isinstance(one, Article) and isinstance(two, Article)
    claims = split_claims([one, two], {})
    assert claims and all("GMT" not in c.text and "Posted" not in c.text for c in claims), [c.text for c in claims]
    from storyline.extract.dates import find_dates

    text = two.text
    at = text.index("Thursday")
    got = find_dates(text, [(at, at + len("Thursday"), "DATE")], published=two.published)
    assert [iso for _s, _e, iso, _rel, _why in got] == ["2031-03-06"]


def test_past_events_are_no_plans() -> None:
    """ "potential jurors walked into the courthouse Monday" (an adjective's cue, then a verb in the past tense),
    "until about two weeks ago" (a day before the article's), "at least until 2019, Vale had fooled his doctors" (the
    clause after the date is past), "not until 2023 that he finally and very openly admitted it" are past. Guards: a
    plan after a verb's cue, a future after "until", a speaker's verb after "until <date>," stay planned."""

    def told_planned(text: str, words: str) -> bool:
        at = text.index(words)
        return planned(text, 0, at, at + len(words))

    assert not told_planned("More than 100 potential jurors walked into the Tarnby courthouse Monday.", "Monday")
    assert not told_planned(
        "Her family kept her at a clinic until about two weeks ago, her lawyer said.", "about two weeks ago"
    )
    assert not told_planned("The court ruled that at least until 2019, Vale had fooled his doctors.", "2019")
    assert not told_planned("It was not until 2023 that he finally and very openly admitted the ruse.", "2023")
    assert told_planned("Officials said potential jurors will report to the courthouse Monday.", "Monday")
    assert told_planned("The potential merger could close in March 2031.", "March 2031")
    assert told_planned("Vale hopes to see the bridge finished in 2031.", "2031")
    assert told_planned("Schools stay closed until Monday, officials announced.", "Monday")
    assert told_planned("The court will sit until Friday, officials said.", "Friday")
    assert told_planned("Vale is due to appear in court next week.", "next week")


def test_the_hour_of_a_time_is_never_the_month() -> None:
    """A tagged date that ends with the hour of a time ("26, 2030 8" of "Oct 26, 2030 8: 57 AM") is read without the
    hour: not 26 August. Guard: a date without a time is read as before."""
    text = "Posted Oct 26, 2030 8: 57 AM CDT\n\nA fire broke out at the Kelby mill. It reopened on 3 March 2031."
    at = text.index("26, 2030 8")
    got = find_dates(text, [(at, at + len("26, 2030 8"), "DATE")], published="2031-04-01")
    assert [(text[s:e], iso) for s, e, iso, _rel, _why in got] == [("26, 2030", "2030-10-26")]
    at = text.index("3 March 2031")
    got = find_dates(text, [(at, at + len("3 March 2031"), "DATE")], published="2031-04-01")
    assert [iso for _s, _e, iso, _rel, _why in got] == ["2031-03-03"]


def test_a_date_line_with_its_time_after_a_dash_dates_the_record() -> None:
    """ "August 8, 2030 - 4: 43 pm" alone on the text's first line is its date line (the time a part of its own). Guard:
    a dash line of a date and a name that is no time stays as before."""
    from storyline.clean import clean_text

    got = clean_text("August 8, 2030 - 4: 43 pm\n\nThe fire destroyed the old Kelby dairy.", title="Dairy burns")
    assert got.byline_date == "August 8, 2030" and got.text.startswith("The fire")
    got = clean_text("August 8, 2030 - 4 dead\n\nThe fire destroyed the old Kelby dairy.", title="Dairy burns")
    assert got.byline_date is None


def test_a_month_the_wording_points_forward_to_is_the_coming_one_however_far() -> None:
    # audit5 09: in a late-February article, "plans to ... win the presidency in November" is next November (nine
    # months ahead), not the November before; with no forward wording, the last November still
    before = "Strategists are sketching plans to court moderate voters, saying it is the key to winning the presidency "
    assert resolve_date("November", published="2026-02-27", before=before)[0] == "2026-11"
    assert resolve_date("in November", published="2026-02-27", before="Turnout fell sharply ")[0] == "2025-11"
    assert resolve_date("November", published="2026-02-27", before="The party will hold its vote in ")[0] == "2026-11"


def test_the_publication_month_and_the_one_before_stay_the_last_ones_however_forward() -> None:
    # guards of the rule above: the month of publication, or a month just past, is not next year's
    assert resolve_date("March", published="2026-03-10", before="He can win a series of states later in ")[0] == (
        "2026-03"
    )
    assert resolve_date("February", published="2026-03-20", before="The candidates must file their ")[0] == "2026-02"
