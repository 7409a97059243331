"""Speakers, dates, datelines, bylines, charged terms and key entities: invented texts only."""

from __future__ import annotations

from storyline.clean import clean_text
from storyline.extract import extract_articles
from storyline.extract.attribution import wire_credit
from storyline.extract.dates import find_dates, resolve_date
from storyline.extract.pipeline import article_from_text


def _quotes_of(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0].quotes


def _speaker_of(text: str, needle: str) -> str | None:
    [q] = [q for q in _quotes_of(text) if needle in q.content.text]
    return q.speaker_entity


def test_a_speaker_the_tagger_missed_is_named_by_the_title_after_the_name() -> None:
    text = (
        "Hackers shut down the computers of the Darnow hospital group on Saturday.\n\n"
        "Oleksandr Demchyn, deputy director of the NCRA, said the agency had seen the gang target clinics before. "
        '"They pick victims who cannot afford to wait," he said.\n'
    )
    assert _speaker_of(text, "cannot afford") == "Oleksandr Demchyn"
    assert _speaker_of(text, "target clinics") == "Oleksandr Demchyn"


def test_a_day_that_opens_the_sentence_is_no_part_of_the_speaker_mention() -> None:
    text = (
        "On Monday Tessry Holdings told investors its gout pill cut flare-ups by a third.\n\n"
        "On Tuesday the mayor of Varrow said the plant would reopen within weeks.\n\n"
        "Monday Brennock Mills confirmed that the two plants would merge next year.\n\n"
        "May Ostrow said the two plants would merge next year, citing costs.\n"
    )
    mentions = {q.speaker.text for q in _quotes_of(text) if q.speaker is not None}
    assert {"Tessry Holdings", "the mayor of Varrow", "Brennock Mills", "May Ostrow"} <= mentions
    assert not any("Monday" in m or "Tuesday" in m for m in mentions)
    from storyline.extract.cues import _after_time

    assert _after_time([]) == []  # a cue with no word before it (a sentence that opens on a quotation)


def test_a_quote_credited_in_the_next_sentence_is_not_the_last_sources() -> None:
    text = (
        "A person familiar with the inquiry said the intruders had used a stolen vendor password.\n\n"
        '"Nobody should assume the files are gone for good." That was the warning on Monday from the agency\'s '
        "deputy director, Aleksandr Demchin, who urged patients to watch for fake calls.\n"
    )
    assert _speaker_of(text, "gone for good") == "Aleksandr Demchin"


def test_a_correction_notes_earlier_version_is_no_speaker() -> None:
    text = (
        "The intruders stole about 1.2 million patient files, the Darnow Resilience Agency said.\n\n"
        "This article has been updated to correct the number of files. An earlier version said 12 million files "
        "had been stolen.\n"
    )
    assert not [q for q in _quotes_of(text) if "12 million" in q.content.text]


def test_an_expectation_in_the_present_tense_dates_a_weekday_forward() -> None:
    tue = "2026-03-03"
    assert resolve_date("Friday", published=tue, before="The group expects all clinics to reopen on ")[0] == (
        "2026-03-06"
    )
    assert resolve_date("Friday", published=tue, before="The clinics reopened on ")[0] == "2026-02-27"


def test_last_weekend_is_the_weekend_before_the_publication_week() -> None:
    iso, relative, why = resolve_date("last weekend", published="2026-03-03")  # a Tuesday
    assert (iso, relative) == ("2026", True) and why is not None and "2026-02-28 to 2026-03-01" in why
    assert resolve_date("last weekend", published="2026-04-15")[0] == "2026-04"  # 11-12 April
    assert resolve_date("this weekend", published="2026-04-15")[0] is None  # the one past or the one coming


def test_a_season_or_part_of_a_year_told_from_the_publication_date_is_its_year() -> None:
    iso, relative, why = resolve_date("next spring", published="2026-11-03")
    assert (iso, relative) == ("2027", True) and why is not None and "2027-03 to 2027-05" in why
    assert resolve_date("by next spring", published="2026-11-03")[0] == "2027"
    assert resolve_date("next spring", published="2026-01-15")[0] == "2026"  # the coming one
    assert resolve_date("next spring", published="2026-04-15")[0] == "2027"  # in spring: the one after it
    assert resolve_date("this autumn", published="2026-11-03")[0] == "2026"
    assert resolve_date("last summer", published="2026-04-15")[0] == "2025"
    winter = resolve_date("this winter", published="2026-11-03")
    assert winter[0] == "2027" and "2026-12 to 2027-02" in str(winter[2])
    assert resolve_date("last winter", published="2026-01-15")[0] == "2025"  # the one before the present one
    part = resolve_date("early next year", published="2026-11-03")
    assert part[:2] == ("2027", True) and "part of the year" in str(part[2])
    assert resolve_date("next spring")[0] is None  # no publication date: nothing to count from
    assert resolve_date("the spring", published="2026-11-03")[0] is None  # which one, the text does not say
    text = "Patients in Tessry could be getting the pill by next spring, the Morrow Ledger understands."
    at = text.index("next spring")
    found = find_dates(text, [(at, at + len("next spring"), "DATE")], published="2026-11-03")
    assert [(text[s:e], iso) for s, e, iso, *_ in found] == [("next spring", "2027")]


def test_a_release_label_beside_a_date_gives_the_texts_date() -> None:
    res = clean_text(
        "Darnow Health statement on cyber incident\n\nPRESS RELEASE | March 1, 2026\n\n"
        "Darnow Health detected a cyber incident affecting its IT systems early on Saturday 28 February.\n"
    )
    assert res.byline_date == "March 1, 2026"
    assert "PRESS RELEASE" not in res.text


def test_a_dateline_with_accented_capitals_credits_its_wire() -> None:
    text = "TOLVÉRA, March 1 (Meridian Press) - A ransomware attack has shut down computer systems at a hospital group."
    assert wire_credit(text) == "meridian press"


def test_a_staff_byline_names_the_outlet_not_an_author() -> None:
    res = clean_text(
        "Hackers force hospitals onto paper records\n\nBy Valley Courier staff | March 1, 2026\n\n"
        "A ransomware attack has shut down computer systems at Darnow Health, the regional hospital group said.\n\n"
        "The attack was detected on Saturday, the group said.\n\nValley Courier\n"
    )
    assert res.byline is None
    assert res.byline_outlet == "Valley Courier"
    assert res.signoff_outlet == "Valley Courier"


def test_captivity_said_of_things_is_charged_of_people_it_is_not() -> None:
    from storyline.brief.framing import charged_terms

    terms = [t["term"] for t in charged_terms("Hospitals held hostage by digital extortionists.")]
    assert "held hostage" in terms and "digital extortionists" in terms
    assert not charged_terms("Gunmen held 30 people hostage at the bank.")
    assert not charged_terms("Two aid workers were held hostage for a year.")


def test_live_blog_update_stamps_are_kept_and_dated() -> None:
    from storyline.ingest.html import extract_html

    html = (
        "<html><head><title>Live: hospital cyber attack</title></head><body><article><h1>Live</h1>"
        '<div class="update"><time>Mon 2 Mar 2026 17:45</time><p>Darnow Health says 70 percent of its systems '
        "are back online after the attack.</p></div>"
        '<div class="update"><time>Sun 1 Mar 2026 19:30</time><p>About a third of the group\'s systems have been '
        "restored, the hospital group says.</p></div></article></body></html>"
    )
    draft = extract_html(html, url=None, source="live.html")
    text = getattr(draft, "original", "")
    assert "Mon 2 Mar 2026 17:45" in text and "Sun 1 Mar 2026 19:30" in text
    at = text.index("Mon 2 Mar")
    found = find_dates(text, [(text.index("2026", at), text.index("2026", at) + 4, "DATE")], published="2026-03-02")
    assert found[0][0] == at and found[0][2] == "2026-03-02"


def test_a_key_entity_read_without_the_names_first_word_takes_the_entitys_name() -> None:
    from storyline.pipeline import canonical_key_entities

    entities = [{"name": "Tolvéra Health Partners"}, {"name": "St. Brannock Hospital"}, {"name": "Kelbrook"}]
    keys = canonical_key_entities(["Brannock Hospital", "Health Partners", "Kelbrook"], entities)
    assert keys == ["St. Brannock Hospital", "Tolvéra Health Partners", "Kelbrook"]
    two = [{"name": "Darnow Police Department"}, {"name": "Velin Police Department"}]
    assert canonical_key_entities(["Police Department"], two) == ["Police Department"]  # which one: left as it is


def test_a_live_blog_stamp_is_neither_the_quote_nor_its_speaker() -> None:
    from storyline.brief.quotes import _stamp_at

    text = "Sun 1 Mar 2026 19:30 — Darnow Health says a third of its systems are back.\n\n13:20 Pell Motors said so."
    assert text[_stamp_at(text, 0, 45) or 0 :].startswith("Darnow Health says")
    at = text.index("13:20")
    assert text[_stamp_at(text, at, len(text)) or 0 :].startswith("Pell Motors")
    assert _stamp_at(text, text.index("Darnow"), 45) is None  # not at a paragraph's start


def test_a_part_of_a_month_in_words_is_the_month() -> None:
    for phrase in ("the middle of October", "the end of October", "mid-October", "the start of October"):
        assert resolve_date(phrase, published="2026-11-20")[0] == "2026-10", phrase


def test_a_day_number_the_tagger_left_out_before_its_month_dates_the_day() -> None:
    text = "Kessel Water shut the east gate on Friday, 13 March, after the leak was found."
    month = text.index("March")
    found = find_dates(text, [(month, month + len("March"), "DATE")], published="2026-03-16")
    assert [(text[s:e], iso) for s, e, iso, _rel, _why in found] == [("13 March", "2026-03-13")]
    text = "Version 2.13 March release notes were published."  # no day: a figure glued to another
    month = text.index("March")
    found = find_dates(text, [(month, month + len("March"), "DATE")], published="2026-03-16")
    assert [text[s:e] for s, e, *_ in found] == ["March"]


def test_a_weekday_and_its_date_make_one_timeline_entry() -> None:
    import dataclasses

    from brief_helpers import HashEmbedder

    from storyline.brief import build_brief

    art = article_from_text(
        "Dam gate shut\n\nKessel Water shut the east gate of the Kessel dam on Friday, 13 March, after engineers "
        "found a leak in its wall.\n\nThe reservoir has been lowered since the middle of February.\n",
        "dam.txt",
    )
    art = dataclasses.replace(art, published="2026-03-14")
    brief = build_brief(
        [art], dict(zip([art.id], extract_articles([art]), strict=True)), [], story="s", embedder=HashEmbedder()
    )
    dates = sorted(t["date"] for t in brief["timeline"] if t["date"])
    assert dates == ["2026-02", "2026-03-13"], brief["timeline"]


def test_calling_someone_a_quotation_is_the_callers_and_he_is_the_titled_name() -> None:
    """ "... when he formally announced his running mate, calling X "my partner ..."": announcing a running mate
    says nothing, and the parse makes the quotation a sentence of its own; the words are the caller's, the subject of
    the clause "calling" hangs on. "Dunmark Governor and Senate candidate Anders Holm says he ...": "he" is
    Holm, not "Senate", which only says whose candidate he is."""
    text = (
        "Mayor picks partner\n\n"
        "Dunmark Mayor Oskar Lindqvist tweaked his now-familiar campaign promise Saturday when he formally announced "
        'his running mate, calling Tessel councillor Mia Brandt "my partner in this campaign and in the town hall ... '
        'to make Dunmark safe again."\n\n'
        "Dunmark Governor and Senate candidate Anders Holm says he is asking the Dunmark Department of Public Safety "
        "to investigate elections offices in Tessel and Marrow counties, questioning whether they were trying to "
        "inflate the Green vote."
    )
    [ex] = extract_articles([article_from_text(text, "t.txt")])
    [partner] = [q for q in ex.quotes if "my partner" in q.content.text]
    assert partner.kind == "direct" and partner.cue is not None and partner.cue.text == "calling"
    assert partner.speaker_entity == "Oskar Lindqvist"
    [asking] = [q for q in ex.quotes if q.cue is not None and q.cue.text == "asking"]
    assert asking.speaker_entity == "Anders Holm"
