"""A dateline with no "By" under the headline ("Pellwick Live | 12 March 2026"): outlet and date read, the line no
timeline event, a live blog's time stamps dated on its day; a page that is only a consent or paywall wall is skipped.
Invented texts, outlets, people and places only."""

from __future__ import annotations

import pytest
from brief_helpers import HashEmbedder

from storyline.brief import build_brief
from storyline.clean import clean_text
from storyline.extract import extract_articles
from storyline.ingest.drafts import Draft
from storyline.ingest.pipeline import build_article
from storyline.models import Article, Skipped

HEADLINE = "Cheese talks resume in Brenn"
BODY = (
    "Talks between Tarnland and Ostmark resumed in Brenn on Tuesday over the tariff on cheese, officials said.\n\n"
    "The two delegations met for four hours at the Palace Hotel and agreed to meet again.\n"
)


def _text(line: str, body: str = BODY) -> str:
    return f"{HEADLINE}\n\n{line}\n\n{body}"


def _article(text: str, name: str = "t.txt") -> Article:
    art = build_article(Draft(source=name, original=text, fmt="text"))
    assert not isinstance(art, Skipped), art
    return art


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Pellwick Live | 12 March 2026", "2026-03-12"),
        ("Pellwick Live - 12 Mar 2026", "2026-03-12"),
        ("12 March 2026 | Pellwick Live", "2026-03-12"),
        ("Pellwick Live · Updated 12 March 2026 14:05", "2026-03-12"),
    ],
)
def test_an_outlet_and_date_line_without_by_gives_both(line: str, published: str) -> None:
    res = clean_text(_text(line))
    assert res.byline_outlet == "Pellwick Live"
    assert line not in res.text and res.text.startswith("Talks between Tarnland")
    art = _article(_text(line))
    assert art.outlet == "Pellwick Live" and art.published == published


def test_an_update_line_alone_gives_the_date() -> None:
    art = _article(_text("Updated 12 Nov 2026 14:05"))
    assert art.published == "2026-11-12" and art.outlet is None


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Tomas Grell | 12 March 2026", BODY),  # a given name: an author's line
        ("Ode Brask | 12 March 2026", BODY + "\nThe deal is close, Brask said.\n"),  # the text uses the surname alone
        ("Quarry News | 12 March 2026", BODY),  # a section's heading as much as an outlet's
    ],
)
def test_a_person_and_a_date_give_the_date_but_no_outlet(line: str, body: str) -> None:
    art = _article(_text(line, body))
    assert art.outlet is None and art.published == "2026-03-12"
    assert line not in art.text


def test_a_sentence_with_a_bar_is_no_dateline() -> None:
    line = "Tariffs fell to 10 percent | the ministry said on 12 March 2026"
    res = clean_text(_text(line))
    assert res.byline_outlet is None and res.byline_date is None and line in res.text


def test_a_name_and_date_line_further_down_the_text_is_not_read() -> None:
    text = f"{HEADLINE}\n\n{BODY}\nPellwick Live | 12 March 2026\n\nThe ministers will meet again next week.\n"
    res = clean_text(text)
    assert res.byline_outlet is None and res.byline_date is None


def _brief_of(*arts: Article) -> dict:  # type: ignore[type-arg]
    extractions = {a.id: e for a, e in zip(arts, extract_articles(list(arts)), strict=True)}
    return build_brief(list(arts), extractions, [], story="s1", embedder=HashEmbedder())


LIVE = (
    "LIVE: Brenn cheese talks - deal day\n\n"
    "Pellwick Live | 12 March 2026\n\n"
    "09:12 - The Ostmark delegation has arrived at the Palace Hotel. Trade minister S. Vorn did not stop to speak.\n\n"
    "14:05 - DEAL ANNOUNCED. Tarnland will cut its tariff on Ostmark cheese to 10 percent from next month.\n\n"
    "16:30 - Ostmark's farmers' union said the cut came too late for the winter season.\n"
)


def test_a_live_blog_under_an_outlet_dateline_is_dated_and_its_times_are_of_that_day() -> None:
    art = _article(LIVE, "live.txt")
    assert art.outlet == "Pellwick Live" and art.published == "2026-03-12"
    timeline = _brief_of(art)["timeline"]
    assert not any("Pellwick Live" in t["event"] or t["expression"] == "March 2026" for t in timeline), timeline
    by_expression = {t["expression"]: t for t in timeline}
    assert by_expression["next month"]["date"] == "2026-04"
    for stamp in ("09:12", "14:05", "16:30"):
        assert by_expression[stamp]["date"] == "2026-03-12", timeline
        t = by_expression[stamp]
        assert art.original[t["start"] : t["end"]] == stamp and t["end"] <= t["event_start"]


def test_a_programme_of_times_or_a_lone_time_is_not_dated_as_a_live_blog() -> None:
    programme = (
        "Brenn trade fair opens\n\nPellwick Live | 12 March 2026\n\n"
        "The trade fair in Brenn opens on Friday with a cheese market, the organisers said.\n\n"
        "10:00 - Opening address by the mayor\n\n14:00 - Cheese market\n\n18:30 - Closing concert\n"
    )
    lone = (
        "Ferry delayed\n\nPellwick Live | 12 March 2026\n\n"
        "The Brenn ferry was delayed by fog on Thursday, the operator said.\n\n"
        "07:45 - The first crossing left an hour late, with 40 passengers aboard.\n"
    )
    for text in (programme, lone):
        art = _article(text)
        timeline = _brief_of(art)["timeline"]
        assert not any(":" in t["expression"] and t["date"] == "2026-03-12" for t in timeline), timeline


CONSENT_PAGE = (
    "<!doctype html><html><head><title>Before you continue</title></head><body>"
    '<div class="consent"><h2>We value your privacy</h2><p>We and our 87 partners use cookies to store and access '
    "information on your device.</p><button>Accept all</button> <button>Reject all</button> "
    '<a href="/settings">Manage settings</a></div></body></html>'
)
CONSENT_LIST = (
    "Before you continue to Brenn Search\n\n"
    "We use cookies and data to\n\nDeliver and maintain our services\n\nTrack outages and protect against spam\n\n"
    "Measure audience engagement and site statistics to understand how our services are used\n\n"
    "If you choose to Accept all, we will also use cookies and data to show you personalised ads.\n\n"
    "Vendors may store and access information on a device.\n\nReject all\n\nAccept all\n\nMore options\n"
)
PAYWALL = (
    "Cheese talks: what the deal means\n\n"
    "This article is only available to subscribers.\n\n"
    "Subscribe to continue reading. Get unlimited access to the Pellwick Times for 2 crowns a week.\n\n"
    "Already a subscriber? Sign in\n"
)


def test_a_consent_or_paywall_page_is_skipped_with_its_reason(tmp_path, store) -> None:  # type: ignore[no-untyped-def]
    from storyline.ingest import ingest
    from storyline.settings import IngestOptions

    html = build_article(Draft(source="wall.html", original="", fmt="html", raw_html=CONSENT_PAGE))
    assert isinstance(html, Skipped) and html.reason == "a consent or paywall page, no article text"
    for text in (CONSENT_LIST, PAYWALL):
        got = build_article(Draft(source="wall.txt", original=text, fmt="text"))
        assert isinstance(got, Skipped) and "consent or paywall" in got.reason, got
    (tmp_path / "wall.html").write_text(CONSENT_PAGE)
    (tmp_path / "talks.txt").write_text(_text("Pellwick Live | 12 March 2026"))
    report = ingest(store, [str(tmp_path / "wall.html"), str(tmp_path / "talks.txt")], options=IngestOptions(workers=1))
    assert report.counts["added"] == 1 and [s.reason for s in report.skipped] == [html.reason]
    assert report.exit_code == 3


COOKIE_REPORT = (
    "Data board fines Blorp Media over cookie banners\n\n"
    "The Tarnland Data Board fined Blorp Media 2 million crowns on Tuesday for setting advertising cookies before "
    "visitors had given their consent.\n\n"
    'Its banner read "We and our partners use cookies" but offered no button to reject all of them, the board said.\n\n'
    "Blorp Media will appeal.\n"
)
BANNER_LEFT_IN = (
    "Ostmark cuts cheese tariff\n\n"
    "We use cookies to improve your experience. Accept all\n\n"
    "Ostmark will cut its tariff on Tarnland cheese to 10 percent from April, the trade ministry in Brenn said.\n"
)
BRIEF = "Ferry delayed\n\nThe Brenn ferry left an hour late on Thursday because of fog.\n"


@pytest.mark.parametrize("text", [COOKIE_REPORT, BANNER_LEFT_IN, BRIEF])
def test_a_report_about_cookies_with_a_banner_left_in_or_a_short_brief_is_kept(text: str) -> None:
    art = _article(text)
    assert art.text.strip()
