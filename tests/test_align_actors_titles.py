"""A fact is corroborated only when the sources tell the same thing of the same actor: an opening "He" is the person
before it, titles say who and not what, and a supposed case or another roster of match-ups is another claim."""

from __future__ import annotations

from brief_helpers import STORY_FILLER, make_article, named_claim, story_link

from storyline.align.align import fact_threshold, supposes, who_words
from storyline.align.claims import Claim, split_claims
from storyline.models import ArticleExtraction, Mention, Quote, Span

PEOPLE = {
    "Nell Orr": "p1", "Orr": "p1", "Piet Vance": "p2", "Vance": "p2", "Ivo Lund": "p3", "Lund": "p3",
    "Ana Hale": "p4", "Hale": "p4", "Tom Brand": "p5", "Brand": "p5",
}  # fmt: skip
PLACES = {"Kelby": "g1", "Dorsa": "g2", "Modra": "g3", "Sarrow": "g4", "Tessa": "g5"}


def _claim(k: int, text: str, article: str | None = None) -> Claim:
    """The claim of ``text`` with the people and places the tagger would find in it."""
    return named_claim(k, text, {**PEOPLE, **PLACES}, article)


def _link(claims: list[Claim], cos: float) -> float:
    """The link evidence of the first two ``claims``, whose cosine is ``cos``, in a story of ~100 sentences."""
    return story_link(claims, cos)


def _floor(claims: int = 2) -> float:
    return fact_threshold(claims + STORY_FILLER)


def _split(aid: str, sentences: list[str], quotes: list[Quote] = ()) -> list[Claim]:  # type: ignore[assignment]
    """The claims of an article of ``sentences``, with the people of :data:`PEOPLE` tagged as the tagger would."""
    article = make_article(aid, "T", " ".join(sentences))
    body = article.original
    ext = ArticleExtraction(aid, sentences=[(body.index(s), body.index(s) + len(s)) for s in sentences])
    for name in ("Nell Orr", "Piet Vance", "Ivo Lund", "Ana Hale"):
        start = body.find(name)
        while start >= 0:
            ext.mentions.append(
                Mention(Span(aid, start, start + len(name), name), "PERSON", entity=PEOPLE[name], name=name)
            )
            start = body.find(name, start + 1)
    ext.quotes.extend(quotes)
    return split_claims([article], {aid: ext})


def test_an_opening_he_who_names_another_acts_for_the_person_before_him() -> None:
    """audit (story-02): "Cruz lost Tuesday's contests - in Florida to Trump and Ohio to Kasich" and "He [Trump] crushed
    in Michigan and Illinois ... and lost to Kasich in the state where Kasich is the governor" share "lost" and "Kasich",
    but tell what two people did. "He" is the person the article named before it, though the sentence names Kasich; one
    who acts in the other sentence and is not named by it is another actor."""
    lost = _claim(
        0, "Piet Vance lost Tuesday's contests, in Kelby to Nell Orr and Dorsa to the state's governor, Ivo Lund."
    )
    prior = "So far, Nell Orr has been landing blows in the north."
    (_, he) = _split("b", [prior, "He crushed in Sarrow and Modra, won Tessa and lost to Lund in the state where Lund is "
                           "the governor."])  # fmt: skip
    assert he.he == "orr"
    he = _claim(1, he.text)
    he.he = "orr"
    assert _link([lost, he], 0.64) < _floor()
    # guards: "He" of the same person as the other's subject; one result told from its two sides
    (_, same) = _split("c", ["Piet Vance campaigned in the north all week.", "He lost to Lund in the state where Lund "
                             "is the governor."])  # fmt: skip
    assert same.he == "vance"
    same = _claim(1, same.text)
    same.he = "vance"
    assert _link([lost, same], 0.64) >= _floor()
    sides = [_claim(0, "Nell Orr beat Piet Vance in the Kelby caucuses."), _claim(1, "Vance lost Kelby to Nell Orr.")]
    assert _link(sides, 0.84) >= _floor()


def test_he_of_a_quotation_is_its_speaker() -> None:
    """ "He said ..." whose quotation the resolver gives to Lund is Lund's, whoever the article named last before."""
    sentences = ["Ivo Lund met Nell Orr in Kelby.", 'He said: "Vance lost Dorsa."']
    body = make_article("q", "T", " ".join(sentences)).original
    start = body.index("He said")
    content = body.index("Vance lost")
    quote = Quote("q", "direct", Span("q", content, content + 16, "Vance lost Dorsa"), Span("q", start, start + 2, "He"),
                  "Ivo Lund")  # fmt: skip
    (_, said) = _split("q", sentences, [quote])
    assert said.he == "lund"
    # no quotation: the person named last before it
    (_, told) = _split("r", ["Ivo Lund met Nell Orr in Kelby.", "He said Vance lost Dorsa, after talks with Lund."])
    assert told.he == "orr"


def test_titles_say_who_not_what() -> None:
    """audit (story-00): "The caucuses were closely divided between former secretary of State Clinton and Vermont Sen.
    Sanders" and "Sen. Sanders maintained his double-digit lead over former secretary of state Clinton" share only who
    they are about and their titles ("Sen.", "secretary of State", "former"): two claims (a result, a poll). So are
    "sobering news for Gov. Christie, Gov. Kasich and former Florida governor Bush" and "Bush, Kasich and Christie
    collected just 7 percent". Guard: one result of a senator, told with his title or without, stays one fact."""
    divided = _claim(0, "The Kelby caucuses were closely divided between former secretary of State Nell Orr and Dorsa "
                        "Sen. Piet Vance.")  # fmt: skip
    lead = _claim(
        1, "In the Modra race, Sen. Piet Vance kept his double-digit lead over former secretary of state Nell Orr."
    )
    assert {"sen", "former", "secretary", "state"} <= who_words(divided) & who_words(lead)
    assert _link([divided, lead], 0.62) < _floor()
    news = _claim(
        0, "That could be sober news for such rivals as Dorsa Gov. Ivo Lund and former Modra governor Ana Hale."
    )
    got = _claim(1, "Together, former Modra governor Ana Hale and Dorsa Gov. Ivo Lund collected just 7 percent.")
    assert _link([news, got], 0.62) < _floor()
    # guard: what they share beside the titles is the claim
    won = _claim(0, "Dorsa Sen. Piet Vance won the Kelby primary by a wide margin.")
    senator = _claim(1, "Piet Vance, the senator from Dorsa, narrowly won the Kelby primary.")
    assert _link([won, senator], 0.62) >= _floor()


def test_a_supposed_case_corroborates_no_report() -> None:
    """audit (story-28): "For instance, suppose that Sen. Rubio secures enough delegates to win the nomination (1,237)
    ..." supposes a case; "Sen. Cruz (who has 231 delegates) must win 58 percent of the 1,237 outstanding delegates"
    tells what is. Guards: "assume" with a subject tells what someone assumes; two reports of the need stay one fact."""
    supposed = _claim(0, "For instance, suppose that Dorsa Sen. Nell Orr secures enough delegates to win the nomination "
                         "(1,237) while Piet Vance is second.")  # fmt: skip
    need = _claim(1, "Sen. Piet Vance (who has 231 delegates) must win 58 percent of the 1,237 delegates to win the "
                     "nomination, while Nell Orr must win 64 percent.")  # fmt: skip
    assert supposes(supposed.text) and not supposes(need.text)
    assert _link([supposed, need], 0.7) < _floor()
    assert not supposes("Aides assume that Orr will win the nomination.")
    assert supposes("What if Orr wins the nomination on the first ballot?")
    other = _claim(0, "Nell Orr must win 64 percent of the remaining 1,237 delegates to win the nomination, while Sen. "
                      "Piet Vance (who has 231 delegates) must win 58 percent.")  # fmt: skip
    assert _link([other, need], 0.7) >= _floor()


def test_match_ups_of_other_pairs_are_other_claims() -> None:
    """audit (story-16): "In head-to-head matchups, Rubio tops Clinton 41-40; Clinton ties Bush ...; Clinton beats Cruz
    42-40" and "In hypothetical match-ups, Clinton would beat Trump and Cruz but lose to Carson or Rubio" are two polls'
    rosters: each names people the other does not. Guard: one roster in other words stays one fact."""
    one = _claim(
        0, "In head-to-head matchups, Orr tops Vance 41-40; Vance ties Ivo Lund at 41-41 and beats Ana Hale 42-40."
    )
    other = _claim(1, "In hypothetical match-ups, Piet Vance would beat Tom Brand and Ana Hale but lose to Nell Orr.")
    assert _link([one, other], 0.7) < _floor()
    same = _claim(1, "In hypothetical match-ups, Piet Vance would beat Ana Hale, tie Ivo Lund and lose to Nell Orr.")
    assert _link([one, same], 0.7) >= _floor()
