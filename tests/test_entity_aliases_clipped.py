"""An organisation's other names the text gives ("also known as", ", or NLF,"), its clipped short form after "the"
("the Fed" for "the Federal Reserve") and its governing board's name join it; names that only share a first word, a
company written without "the" and nationalities stay apart. Invented text."""

from __future__ import annotations

import pytest
from brief_helpers import make_article

from storyline.extract import extract_articles, resolve_entities


def _entities(*texts: tuple[str, str, str]) -> dict[str, tuple[str, list[str]]]:
    """Entities of ``(title, outlet, body)`` articles: name -> (type, variants)."""
    arts = [make_article(f"a{i}", title, body, outlet=outlet) for i, (title, outlet, body) in enumerate(texts)]
    return {e.name: (e.type, e.variants) for e in resolve_entities(arts, extract_articles(arts))}


def _together(ents: dict[str, tuple[str, list[str]]], a: str, b: str) -> bool:
    return any({a, b} <= {name, *variants} for name, (_t, variants) in ents.items())


def _type_of(ents: dict[str, tuple[str, list[str]]], name: str) -> str:
    return next(t for n, (t, variants) in ents.items() if name in {n, *variants})


MILITANTS = (
    (
        "Front claims convoy attack",
        "Kestrel Daily",
        "The Sundering Crescent, also known as SCAR or SCIL, claimed an attack on a convoy near Varnholt on Tuesday. "
        "SCAR fighters ambushed the vehicles at dawn, Colonel Brann Oddvik said. Varnholtian officials said Iranian "
        "advisers were not involved.\n\nThe army has fought the Sundering Crescent, also known as SCAR, SCIL and "
        "the Crescent Army, for a decade.",
    ),
    (
        "Second attack near Varnholt",
        "Morrow Times",
        "SCIL said its fighters carried out the attack. The Sundering Crescent has been weakened, Oddvik said. The "
        "Northern Liberation Front, or NLF, said it had no part in it. The NLF has fought the army for a decade.",
    ),
)


@pytest.mark.slow
def test_names_the_text_gives_a_group_are_one_entity() -> None:
    ents = _entities(*MILITANTS)
    assert _together(ents, "Sundering Crescent", "SCAR")
    assert _together(ents, "Sundering Crescent", "SCIL")
    assert _together(ents, "Sundering Crescent", "Crescent Army")
    assert _together(ents, "Northern Liberation Front", "NLF")
    assert _type_of(ents, "Sundering Crescent") == "ORG"
    assert _type_of(ents, "Iranian") == "NORP"  # a nationality stays a group of people


@pytest.mark.slow
def test_a_list_after_an_alias_and_a_choice_between_names_stay_apart() -> None:
    """Guards: "also known as SCAR, and the Kessel Guard": the list goes on after the alias; "Halvard Mining, or
    Tessaly Ore": no short form in capitals; "the Orle Union, called the NLF speech": a verb, no alias."""
    ents = _entities(
        (
            "Fighting in the north",
            "Kestrel Daily",
            "The Sundering Crescent, also known as SCAR, and the Kessel Guard clashed near Varnholt on Tuesday. "
            "Investors may buy Halvard Mining, or Tessaly Ore, analysts said. Ivo Brask, a director of the Orle "
            "Union, called the NLF speech a turning point.",
        )
    )
    assert _together(ents, "Sundering Crescent", "SCAR")
    assert not _together(ents, "Sundering Crescent", "Kessel Guard")
    assert not _together(ents, "Halvard Mining", "Tessaly Ore")
    assert not _together(ents, "Orle Union", "NLF")


BANKS = (
    (
        "Caldera Reserve holds rates",
        "Kestrel Daily",
        "The Caldera Reserve Bank held its benchmark rate at 4 percent on Wednesday. The Federal Reserve also kept "
        "rates on hold, and the Fed signalled two cuts this year. The Federal Reserve Board approved the decision. "
        "The Metropolitan Police said protesters gathered outside. The Met arrested four people.",
    ),
    (
        "Fed holds rates",
        "Morrow Times",
        "The Fed kept its key rate unchanged, and the Caldera Reserve followed. Federal Express said shipping costs "
        "were rising. National Bank shares rose 3 percent while the National Guard was deployed to the port.",
    ),
)


@pytest.mark.slow
def test_a_clipped_name_after_the_and_a_governing_board_join_the_organisation() -> None:
    ents = _entities(*BANKS)
    assert _together(ents, "Federal Reserve", "Fed")
    assert _together(ents, "Federal Reserve", "Federal Reserve Board")
    assert _together(ents, "Metropolitan Police", "Met")
    assert _together(ents, "Caldera Reserve Bank", "Caldera Reserve")


@pytest.mark.slow
def test_a_company_without_the_and_names_sharing_a_first_word_stay_apart() -> None:
    """Guards: "the Fed" is not "Federal Express" (a company, written without "the"), "National Bank" is not "the
    National Guard", and a clipping two names open with ("the Fed" beside "the Federal Reserve" and "the Federation
    Council") joins neither."""
    ents = _entities(*BANKS)
    assert not _together(ents, "Fed", "Federal Express")
    assert not _together(ents, "National Bank", "National Guard")
    two = _entities(
        (
            "Fed and council meet",
            "Kestrel Daily",
            "The Federal Reserve kept rates on hold on Wednesday. The Federation Council met in Varnholt. The Fed "
            "said it would wait.",
        )
    )
    assert "Fed" in two and not _together(two, "Fed", "Federal Reserve")
    assert not _together(two, "Fed", "Federation Council")
