"""Dates told in two time zones, months told from the publication year, a day before a length of time or a prison
term, datelines naming two places, a done event beside its forecast, feed titles with a section, a record's title
repeated in its text (invented text)."""

from __future__ import annotations

from brief_helpers import HashEmbedder, make_article

from storyline.extract.dates import find_dates


def _dates(text: str, tagged: list[tuple[str, str]], published: str) -> list[tuple[str, str | None, str | None]]:
    ents = []
    for words, label in tagged:
        at = text.index(words)
        ents.append((at, at + len(words), label))
    return [(text[s:e], iso, why) for s, e, iso, _rel, why in find_dates(text, ents, published=published)]


def test_one_moment_told_in_two_time_zones_is_one_date() -> None:
    """ "at 11.40 p.m. on Thursday local time, early on Friday in Norvale": the same moment, so the second day is no
    date of its own and the first says it was told twice; two days after a comma without a time zone stay two."""
    text = (
        "The hostages were exchanged at Vell airport at 11.40 p.m. on Thursday local time, early on Friday in Norvale."
    )
    got = _dates(text, [("11.40 p.m.", "TIME"), ("Thursday", "DATE"), ("Friday", "DATE")], "2026-05-16")
    assert [(w, iso) for w, iso, _ in got] == [("11.40 p.m.", None), ("Thursday", "2026-05-14"), ("Friday", None)]
    assert "another time zone" in (got[1][2] or "") and "Friday" in (got[1][2] or "")
    assert "the same moment as “Thursday”" in (got[2][2] or "")
    wire = "The envoy was freed late on Thursday local time (early Friday GMT) at Vell airport."
    got = _dates(wire, [("Thursday", "DATE"), ("early Friday", "DATE")], "2026-05-15")
    assert [(w, iso) for w, iso, _ in got] == [("Thursday", "2026-05-14"), ("early Friday", None)]
    two = "The talks opened on Thursday, on Friday in Norvale the deal was signed."
    got = _dates(two, [("Thursday", "DATE"), ("Friday", "DATE")], "2026-05-16")
    assert [(w, iso) for w, iso, _ in got] == [("Thursday", "2026-05-14"), ("Friday", "2026-05-15")]


def test_a_day_before_hours_or_a_prison_term_and_a_month_of_last_year() -> None:
    """ "on Friday morning, hours after" in a Friday paper is that Friday ("hours" is no part of the date, even when
    the tagger reads it as a TIME); "sentenced in December to 16 years" is December; "in March last year" is March of
    the year before the publication."""
    text = "Relatives gathered at Tarnby pier on Friday morning, hours after the news spread."
    got = _dates(text, [("Friday morning, hours", "TIME")], "2026-05-15")
    assert [(w, iso) for w, iso, _ in got] == [("Friday morning", "2026-05-15")]
    text = "Orlen was arrested in Vell and sentenced in December to 16 years in a labour camp."
    got = _dates(text, [("December to 16 years", "DATE")], "2026-05-15")
    assert [(w, iso) for w, iso, _ in got] == [("December", "2025-12")]
    text = "Orlen was caught in March last year and will be tried in June of next year."
    got = _dates(text, [("March last year", "DATE"), ("June of next year", "DATE")], "2026-05-15")
    assert [(w, iso) for w, iso, _ in got] == [("March last year", "2025-03"), ("June of next year", "2027-06")]


def test_a_dateline_naming_two_places_credits_its_wire_and_its_day_is_no_event() -> None:
    """ "KESSLING/VELDRA, May 15 (Harbour Wire Service) -": a dateline filed from two places; its wire is the
    outlet, its day no date of the timeline, and a sentence (a claim) starts after it."""
    from storyline.align.claims import split_claims
    from storyline.extract.attribution import credited_wire
    from storyline.ingest.drafts import Draft
    from storyline.ingest.pipeline import build_article
    from storyline.models import Article

    text = (
        "Ferry crew freed\n\nKESSLING/VELDRA, May 15 (Harbour Wire Service) - Nine ferry crew were freed at Veldra "
        "port on Thursday, officials said.\n\nThe crew will fly home on Saturday.\n"
    )
    assert credited_wire(text) == "Harbour Wire Service"
    got = _dates(text, [("May 15", "DATE"), ("Thursday", "DATE")], "2026-05-15")
    assert got[0][:2] == ("May 15", None) and "dateline" in (got[0][2] or "")
    assert got[1][:2] == ("Thursday", "2026-05-14")
    art = build_article(Draft(source="w.txt", original=text, fmt="text"))
    assert isinstance(art, Article) and art.outlet == "Harbour Wire Service"
    claims = split_claims([art], {})
    assert claims[0].text.startswith("Nine ferry crew"), claims[0].text


def test_a_done_event_is_not_folded_into_its_forecast_on_the_timeline() -> None:
    """ "is expected to dock on Friday afternoon" (a morning report) and "docked on Friday afternoon" (a later one):
    the plan stays planned and the docking that happened is an entry of its own, not an also_in of the plan."""
    from storyline.brief.build import build_brief
    from storyline.models import ArticleExtraction, DateMention, Span

    a = make_article("a", "Ferry due", "The ferry Aldra is expected to dock at Tarnby pier on Friday afternoon.")
    b = make_article("b", "Ferry in", "The ferry Aldra docked at Tarnby pier on Friday afternoon.")
    exts = {}
    for art in (a, b):
        start = art.original.index("The ferry")
        at = art.original.index("Friday")
        exts[art.id] = ArticleExtraction(
            art.id,
            sentences=[(start, len(art.original))],
            dates=[DateMention(Span(art.id, at, at + 6, "Friday"), "2026-05-15", True)],
        )
    a.published = b.published = "2026-05-15"
    brief = build_brief([a, b], exts, [], story="s1", embedder=HashEmbedder())
    friday = [(t["article"], t["planned"], [x["article"] for x in t["also_in"]]) for t in brief["timeline"]]
    assert sorted(friday) == [("a", True, []), ("b", False, [])], brief["timeline"]


def test_a_feed_title_with_a_section_and_an_author_that_is_the_outlet() -> None:
    """ "Tarn Public Radio - News" on tpr.example is Tarn Public Radio (the host gives its initials; "News" is a
    section); an entry's author that is the outlet's own name is no person."""
    from storyline.ingest.feed import feed_outlet

    assert feed_outlet("Tarn Public Radio - News", "https://tpr.example/news") == "Tarn Public Radio"
    assert feed_outlet("Tarn Public Radio - Harbour", "https://radio.example/") == "Tarn Public Radio - Harbour"
    assert feed_outlet("Tarnwick Courier - Latest news", "https://courier.example/") == "Tarnwick Courier"
    from storyline.ingest.drafts import RawInput
    from storyline.ingest.pipeline import read_raw
    from storyline.settings import IngestOptions

    item = (
        "<item><title>Ferry pier closed</title><link>https://tpr.example/news/pier</link>"
        "<pubDate>Sat, 16 May 2026 09:30:00 +0200</pubDate><author>desk@tpr.example (Tarn Public Radio)</author>"
        "<description>The Tarnby ferry pier closed on Friday after a storm damaged its ramp. Repairs will take a "
        "week, the harbour office said, and ferries will use the old quay until then. Traders said the closure "
        "came at the worst time of the year, with the summer timetable due to start.</description></item>"
    )
    data = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Tarn Public Radio - News</title>'
        f"<link>https://tpr.example/news</link>{item}</channel></rss>"
    ).encode()
    (got,) = list(read_raw(RawInput("tpr.xml", data), options=IngestOptions(fetch_pages=False)))
    assert got.outlet == "Tarn Public Radio" and got.author is None  # type: ignore[union-attr]


def test_a_records_title_repeated_as_its_first_line_is_its_headline_in_the_text() -> None:
    """A JSON record whose text opens with its title: the title is cited where the text holds it."""
    from storyline.clean.text import clean_text

    title = 'Orlen: "I never stopped hoping"'
    text = f'{title}\n\nAnna Orlen said on Sunday that she never lost hope.\n\n"I never stopped hoping," Orlen said.'
    got = clean_text(text, title=title)
    assert got.title == title and got.title_span == (0, len(title))
    assert not got.text.startswith("Orlen:")
    later = clean_text(f"Anna Orlen spoke on Sunday.\n\n{title}\n\nShe thanked her family.", title=title)
    assert later.title_span is None  # a repeat further down is no headline
