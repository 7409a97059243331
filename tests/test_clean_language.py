"""Language detection: foreign text is recognised, English (even name-heavy) is never set aside."""

from __future__ import annotations

import pytest

from storyline.clean.language import detect_language, english_share, is_english

FOREIGN = {
    "de": "Die Regierung hat am Dienstag neue Sanktionen gegen das Nachbarland beschlossen, sagte ein Sprecher.",
    "fr": "Le gouvernement a annoncé mardi de nouvelles sanctions contre le pays voisin, selon un porte-parole.",
    "es": "El gobierno anunció el martes nuevas sanciones contra el país vecino, según un portavoz oficial.",
    "it": "Il governo ha annunciato martedì nuove sanzioni contro il paese vicino, secondo un portavoce.",
    "pl": "Rząd ogłosił we wtorek nowe sankcje wobec sąsiedniego kraju. To jest ważne, a to nie.",
    "nl": "De regering heeft dinsdag nieuwe sancties tegen het buurland aangekondigd, zei een woordvoerder.",
    "pt": "O governo anunciou na terça-feira novas sanções contra o país vizinho, segundo um porta-voz.",
    "ru": "Правительство во вторник объявило о новых санкциях против соседней страны, сообщил представитель.",
    "ar": "أعلنت الحكومة يوم الثلاثاء فرض عقوبات جديدة على الدولة المجاورة.",
    "zh": "政府周二宣布对邻国实施新的制裁措施。",
    "ja": "政府は火曜日、隣国に対する新たな制裁を発表した。",
}

ENGLISH = [
    "Police said the man was arrested on Tuesday.",
    "Dmitry Volkan, Ilse Marquardt and Kim Jong Sik met Ri Pyong Chol in Pyongyang on Monday.",
    "Obama, Biden to campaign for Clinton in September.",
    "Published on Friday, 27 September 2013",
]


@pytest.mark.parametrize(("code", "text"), sorted(FOREIGN.items()))
def test_foreign_short_texts(code: str, text: str) -> None:
    assert detect_language(text) == code
    assert not is_english(detect_language(text))


def test_foreign_long_text_with_an_english_opening() -> None:
    text = "Subscribe to our newsletter.\n\n" + (FOREIGN["de"] + " ") * 200
    assert detect_language(text) == "de"


@pytest.mark.parametrize("text", ENGLISH)
def test_english_is_never_marked_foreign(text: str) -> None:
    assert is_english(detect_language(text))


def test_long_english() -> None:
    text = (
        "The council said on Monday that it would review the budget after residents complained about "
        "the cost of the new bridge, which has doubled since the project was approved. "
    ) * 40
    assert detect_language(text) == "en"
    assert english_share(text) > 0.15


@pytest.mark.parametrize("text", ["", "   ", "Nuove sanzioni.", "2024-01-01 10:00", "OK"])
def test_too_short_to_tell(text: str) -> None:
    assert detect_language(text) is None


def test_english_corpora_are_english(shared) -> None:  # type: ignore[no-untyped-def]
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "data/polnear/train/text").glob("*.txt"))[:150]]
    marked = [t[:60] for t in texts if not is_english(detect_language(t))]
    assert not marked, marked


def test_a_language_given_as_a_code_in_any_case_or_as_a_name_is_its_code() -> None:
    from storyline.clean.language import normalise_language

    for given in ("en", "EN", "En-gb", "en_US", "eng", "English", "ENGLISH", " english "):
        assert normalise_language(given) == "en", given
    assert normalise_language("German") == "de" and normalise_language("DE-at") == "de"
    assert normalise_language("Deutsch") == "de" and normalise_language("français") == "fr"
    assert normalise_language("") is None and normalise_language(None) is None
    assert normalise_language("Quenyan-ish") == "Quenyan-ish"  # unread: kept as given, not taken for English


def test_a_record_marked_english_by_name_or_capital_code_is_analysed(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from storyline.ingest import ingest

    text = "The harbour board in Quillport voted on Tuesday to close the old ferry pier for repairs, a spokesman said."
    path = tmp_path / "langs.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": i, "language": lang, "text": text + f" Item {i}."}) + "\n"
            for i, lang in enumerate(["EN", "English", "en-GB"])
        )
    )
    report = ingest(store, [str(path)])
    assert report.counts["added"] == 3 and report.counts["not_english"] == 0
    assert {a.language for a in store.iter_articles()} == {"en"}
