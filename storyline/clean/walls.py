"""A page that is only a consent or paywall wall ("We value your privacy ... Accept all / Reject all", "Subscribe to
continue reading"): what a crawler gets instead of the article, with no article text.

A page is such a wall when it holds one of the phrases such walls are made of (:data:`WALL_PHRASES`) and its cleaned
text has no sentence of a report: every sentence addresses the reader ("we", "our partners", "your device"), speaks
of cookies, consent, devices or subscriptions (:data:`WALL_WORDS`), asks the reader to do something ("Get unlimited
access ..."), or is a button's label ("Accept all", "Manage settings"). A report names someone or something and tells what happened in the third person, so one such sentence
keeps the page an article: a report about cookie rules ("The Data Board fined Blorp Media on Tuesday ..."), a report
with a consent banner left in, a short news brief with no wall phrase at all.
"""

from __future__ import annotations

import re

WALL_PHRASES = re.compile(
    r"\b(?:we|this (?:site|website)|our (?:site|website)s?)(?: and our (?:\d+ )?(?:partners|vendors))? uses? cookies\b"
    r"|\bwe and our (?:\d+ )?(?:partners|vendors)\b"
    r"|\bwe value your privacy\b|\bbefore you continue\b"
    r"|^[ \t]*(?:accept|reject|refuse|decline|allow) all(?: cookies)?[ \t]*$"
    r"|\bmanage (?:cookie |privacy )?(?:settings|preferences|options|choices)\b"
    r"|\b(?:subscribe|sign in|log in|register)(?: now| today)? to (?:continue|keep) reading\b"
    r"|\bto continue reading,? (?:subscribe|sign in|log in|register)\b"
    r"|\b(?:this (?:article|story|content|page) is )?(?:only )?(?:available )?(?:only )?(?:to|for) subscribers only\b"
    r"|\b(?:this|the) (?:article|story|content) is (?:only )?(?:available )?(?:only )?(?:to|for) (?:paying )?"
    r"(?:subscribers|members)\b"
    r"|\balready (?:a )?subscriber\b"
    r"|\byou(?: have|'ve|’ve) reached (?:your|the) (?:limit|free article limit|monthly limit)\b",
    re.IGNORECASE | re.MULTILINE,
)
"""Phrases a consent wall or a paywall is made of; a report quoting one ("the banner read 'We use cookies'") still has
sentences of its own, so the phrase alone never makes a page a wall."""

WALL_WORDS = frozenset(
    {
        "cookie", "cookies", "consent", "privacy", "partners", "vendors", "device", "devices", "browser", "personalised",
        "personalized", "personalise", "personalize", "advertising", "ads", "advertisers", "subscribe", "subscriber",
        "subscribers", "subscription", "subscriptions", "paywall", "account", "settings", "preferences", "tracking"
    }
)  # fmt: skip
"""Words of a wall's sentences ("Vendors may store and access information on a device")."""

READER = frozenset({"we", "us", "our", "ours", "you", "your", "yours"})
"""Words that address the reader, as a wall does and a report (outside quotes) seldom does."""

ASKING = re.compile(
    r"^\W*(?:get|subscribe|sign|log|join|enjoy|unlock|click|tap|choose|select|accept|reject|manage|continue|register|"
    r"create)\b",
    re.IGNORECASE,
)
"""A sentence that asks the reader to do something ("Get unlimited access ...", "Select 'More options' ...")."""

REPORTING = re.compile(r"\b(?:said|says|told|according to|announced|reported|fined|ruled)\b", re.IGNORECASE)
"""A sentence that reports ("the board said", "the court ruled") is a report's, whatever its words."""

SENTENCE_WORDS = 5
"""A report's sentence has at least this many words."""

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’)]*|$)", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def consent_wall(original: str, cleaned: str) -> bool:
    """``original`` (the page's text) holds a wall's phrase and ``cleaned`` (what cleaning kept of it) has no
    sentence of a report (see the module's docstring)."""
    if not WALL_PHRASES.search(original):
        return False
    return not any(_reports(m.group().strip()) for m in _SENTENCE.finditer(cleaned))


def _reports(sentence: str) -> bool:
    """``sentence`` reads as a report's: a whole sentence that tells something in the third person, or reports."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    if len(words) < SENTENCE_WORDS or not re.search(r"[.!?][\"”’)]*$", sentence):
        return False  # a label ("Accept all", "Manage settings") or a list item ("Track outages and abuse")
    if REPORTING.search(sentence):
        return True
    if ASKING.match(sentence):
        return False
    return not any(w in READER or w in WALL_WORDS for w in words)
