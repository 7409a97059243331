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
