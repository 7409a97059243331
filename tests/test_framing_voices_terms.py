"""Framing on invented text: an outlet's own charged words (multi-word ones, a label in its own voice), a speaker's
side (a party whose name holds a US party's word, a nickname, a leader of a body named for the public), and two
ingest fields (a byline's author without the outlet, an outlet and date line in another language)."""

from __future__ import annotations

from storyline.brief.framing import charged_terms, party, role_kind, voices
from storyline.models import Entity, Quote, Span


def _terms(text: str) -> list[str]:
    return [t["term"] for t in charged_terms(text)]


def test_an_outlets_own_power_grab_authoritarian_law_and_traitors_are_charged() -> None:
    """A partisan outlet's "power grab", "authoritarian" and an op-ed's "remembered as traitors" are its own words;
    the same words reported as someone's judgement ("called the bill authoritarian", "denounced them as traitors")
    are not."""
    assert _terms("Tarnish chamber blocks power grab, for now") == ["power grab"]
    assert _terms("The authoritarian bill would let the ministry read every letter.") == ["authoritarian"]
    oped = "The deputies who back the Orvel law will be remembered as traitors of their own voters."
    assert _terms(oped) == ["traitors"]
    assert _terms("The government's historic reform was held up on Monday.") == ["historic"]
    for plain in (
        "Opposition leader Ima Quell called the bill authoritarian.",
        "She described the plan as reckless.",
        "The protesters denounced the deputies as traitors.",
        "The historic district of Orvel was closed to traffic.",
        "Fuel prices reached a historic high in May.",
        "They branded the deputy a traitor.",
        "Caucus asks to remove ‘Authoritarian’ speaker",  # a headline's scare quotes: someone's word
    ):
        assert _terms(plain) == [], plain
    # "called for", "so-called" report no judgement, and what is denounced is named in the outlet's words
    assert _terms("Ministers called for calm after the catastrophic flood.") == ["catastrophic"]
    assert _terms("Ada Quell was denouncing the Orvel regime.") == ["regime"]
    assert _terms("Critics called the Orvel law a sham.") == ["sham"]  # nobody in particular: the outlet's words
    assert _terms("It’s a disgrace, and it’s authoritarian.") == ["disgrace", "authoritarian"]  # apostrophes
    assert _terms("Investors parse historic jobs report") == ["historic"]  # the adjective alone


def test_a_party_whose_name_holds_democratic_is_no_us_party() -> None:
    assert party(["the leader of the opposition Democratic Alliance of Tarnland"]) is None
    assert party(["the Social Democratic Party leader"]) is None
    assert party(["commander of the Republican Guard"]) is None
    assert party(["a Democratic senator"]) == "Democrat"
    assert party(["chair of the Democratic National Committee"]) == "Democrat"
    assert party(["Republican strategist"]) == "Republican"
    assert party(["a board member of the Republican Jewish Coalition"]) == "Republican"  # a US party's group


def test_a_leader_of_a_body_named_for_the_public_is_not_the_public() -> None:
    assert role_kind(["leader", "leader of the Farmers"]) is None  # a capital: a name's word ("Farmers' Union")
    assert role_kind(["spokeswoman for the residents' association"]) is None
    assert role_kind(["a farmer"]) == "the public"
    assert role_kind(["one of the passengers"]) == "the public"


def test_a_nickname_tagged_as_an_organisation_is_no_affiliation() -> None:
    """ "Premier Oskar Tull, known in the chamber as "the Lockkeeper"": the nickname, typed ORG by a tagger, is not the
    body the premier speaks for; a spokesman "for the Lockkeeper Trust" still speaks for it."""
    text = (
        'Premier Oskar Tull, known in the chamber as "the Lockkeeper" for his patience, said he expected a vote.'
        " Ena Brask, a spokeswoman for the Lockkeeper Trust, said the trust would wait."
    )

    def ent(name: str, type_: str, roles: list[str]) -> Entity:
        return Entity(key=name.lower(), name=name, type=type_, roles=roles, articles=["a"])

    entities = {
        e.name: e
        for e in [
            ent("Oskar Tull", "PERSON", ["Premier"]),
            ent("Lockkeeper", "ORG", []),
            ent("Ena Brask", "PERSON", []),
            ent("Lockkeeper Trust", "ORG", []),
        ]
    }
    first = text.index("Premier")
    mention = text[first : text.index(" for his patience")]
    second = text.index("Ena Brask")
    quotes = [
        Quote(
            article="a",
            kind="indirect",
            content=Span("a", 0, 5, "words"),
            speaker=Span("a", first, first + len(mention), mention),
            speaker_entity="Oskar Tull",
        ),
        Quote(
            article="a",
            kind="indirect",
            content=Span("a", 0, 5, "words"),
            speaker=Span("a", second, text.index(", said the"), text[second : text.index(", said the")]),
            speaker_entity="Ena Brask",
        ),
    ]
    got = {v["speaker"]: (v["affiliation"], v["kind"]) for v in voices("a", quotes, entities)}
    assert got["Oskar Tull"] == (None, None)
    assert got["Ena Brask"][0] == "Lockkeeper Trust"


def test_a_byline_author_leaves_the_outlet_out() -> None:
    from storyline.clean.text import byline_author

    assert byline_author("Ivo Senn, Tarnland Press Agency") == "Ivo Senn"
    assert byline_author("Ivo Senn, Ada Quell") == "Ivo Senn, Ada Quell"  # co-authors stay
    assert byline_author("Ivo Senn") == "Ivo Senn" and byline_author(None) is None


def test_an_author_from_a_byline_with_the_agency_is_the_person() -> None:
    from storyline.ingest import build_article
    from storyline.ingest.drafts import Draft

    text = (
        "Ferry fares frozen for a year\n\nBy Ivo Senn, Tarnland Press Agency | 9 November 2026\n\n"
        "ORVEL (Tarnland Press Agency) - The Orvel ferry board froze fares for a year on Monday after a long debate."
        "\n\nThe board said the fuel levy would stay at two crowns a ticket until next autumn.\n"
    )
    art = build_article(Draft(source="tpa.txt", original=text, fmt="text"))
    assert not hasattr(art, "reason")
    assert art.author == "Ivo Senn" and art.outlet == "Tarnland Press Agency"  # type: ignore[union-attr]
    assert art.published == "2026-11-09"  # type: ignore[union-attr]


def test_an_outlet_and_date_line_in_spanish_gives_both() -> None:
    from storyline.clean import clean_text

    text = (
        "El puerto de Orvel cierra por la tormenta\n\n"
        "La Gaceta del Norte | 14 de marzo de 2026\n\n"
        "El puerto de Orvel cerró el lunes por la tormenta y los transbordadores no saldrán hasta el miércoles.\n\n"
        "El alcalde dijo que los daños en el muelle eran menores de lo que se temía.\n"
    )
    res = clean_text(text)
    assert res.byline_outlet == "La Gaceta del Norte" and res.byline_date == "14 de marzo de 2026"
    assert "Gaceta" not in res.text


def _voice_party(text: str, name: str, mention: str, cue: str) -> str | None:
    at = text.index(mention)
    c = text.index(cue, at)
    q = Quote(
        article="a",
        kind="indirect",
        content=Span("a", 0, at - 2, text[: at - 2]),
        speaker=Span("a", at, at + len(mention), mention),
        speaker_entity=name,
        cue=Span("a", c, c + len(cue), cue),
    )
    ent = Entity(key=name.lower(), name=name, type="PERSON", roles=[], articles=["a"])
    [voice] = voices("a", [q], {name: ent}, text=text)
    return voice["party"]


def test_a_party_epithet_in_the_next_sentence_is_the_speakers_party() -> None:
    """NeuS audit repro 17: "..., Majority Leader Odo Rusk announced. The Vermont Democrat wants ..." names the
    speaker's party; an epithet after a sentence naming someone else after the speaker is that person's."""
    said = (
        "The Kessling assembly will vote as early as Wednesday on a funding bill, Majority Leader Odo Rusk announced."
        " The Vermont Democrat wants to bring up the bill early enough for the lower house to pass it."
    )
    assert _voice_party(said, "Odo Rusk", "Majority Leader Odo Rusk", "announced") == "Democrat"
    other = (
        "The bill will pass, Majority Leader Odo Rusk said after meeting Senator Ann Kell."
        " The Ohio Republican has not said how she will vote."
    )
    assert _voice_party(other, "Odo Rusk", "Majority Leader Odo Rusk", "said") is None
    far = "The bill will pass, Odo Rusk said. Then the Ohio Republican caucus met."
    assert _voice_party(far, "Odo Rusk", "Odo Rusk", "said") is None
    for body in ("The Republican-led chamber", "The Democratic Party", "The Republican caucus", "The Democratic bill"):
        led = f"The bill will pass, Odo Rusk said. {body} has not said how it will vote."
        assert _voice_party(led, "Odo Rusk", "Odo Rusk", "said") is None, body


def _direct_voice_party(text: str, name: str, mention: str, people: dict[str, list[str]]) -> str | None:
    """The party of the voice of the one direct quote of ``text`` ("“...,” MENTION said."), the article naming
    ``people`` (name -> spellings) besides the speaker."""
    close = text.index("”")
    at = text.index(mention, close)
    c = text.index("said", at) if "said" in text[at:] else text.index("added", at)
    cue = text[c : c + (4 if text.startswith("said", c) else 5)]
    opened = text.rindex("“", 0, close)
    q = Quote(
        article="a",
        kind="direct",
        content=Span("a", opened, close + 1, text[opened : close + 1]),
        speaker=Span("a", at, at + len(mention), mention),
        speaker_entity=name,
        cue=Span("a", c, c + len(cue), cue),
    )
    ents = {name: Entity(key=name.lower(), name=name, type="PERSON", roles=[], articles=["a"])}
    for other, spellings in people.items():
        ents[other] = Entity(key=other.lower(), name=other, type="PERSON", variants=spellings, articles=["a"])
    [voice] = voices("a", [q], ents, text=text)
    return voice["party"]


def test_a_party_epithet_after_a_quote_about_someone_else_is_not_the_speakers() -> None:
    """PolNeAR story-25: ""This man is unqualified to be president," he added. The Republican nominee has made a big
    play for ..." gave the Democratic speaker the Republican party: the quoted words speak of another person (the
    rival), whom the epithet names. So does a sentence naming another person of the article."""
    rival = {"Doran Vale": ["Vale"]}
    about = (
        "Vice President Ilse Marrow spoke in Tessbury on Monday.\n\n"
        "“This man is totally unqualified to lead the republic,” Marrow added.\n\n"
        "The Republican nominee has made a big play for the valley."
    )
    assert _direct_voice_party(about, "Ilse Marrow", "Marrow", rival) is None
    named = (
        "“The valley is more anti-Vale than it is for us,” Marrow said.\n\n"
        "The Republican nominee has made a big play for the valley."
    )
    assert _direct_voice_party(named, "Ilse Marrow", "Marrow", rival) is None
    # guards: the speaker's own words in the first person, and a nominee the quote speaks of (no pronoun, no name)
    own = (
        "“I think the burden of unifying the party will fall on our presumptive nominee,” Marrow said.\n\n"
        "The Wisconsin Republican gave the nominee some credit."
    )
    assert _direct_voice_party(own, "Ilse Marrow", "Marrow", rival) == "Republican"
    plain = "“We will win the valley,” Marrow said.\n\nThe Vermont Democrat wants the vote early."
    assert _direct_voice_party(plain, "Ilse Marrow", "Marrow", rival) == "Democrat"
