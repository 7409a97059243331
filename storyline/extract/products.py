"""A product's other names, as the text itself links them: a code name, a generic name and a brand.

A drug or a model is often named three ways in one story ("KZ-310 (dorvamab)", "dorvamab will be sold as
Pellora"), and the tagger sees few of them: a code of letters and figures is no word it knows, a generic name is
a lower-case word. A name is linked to another only where the text says they are one:

- brackets holding one name right after another: "KZ-310 (dorvamab)";
- "known as", "also called", "code-named": "KZ-310, also known as dorvamab";
- a sale under a name: "KZ-310 will be sold under the brand name Pellora", "Dorvamab, the firm's lead drug, is
  to be marketed as Pellora", "Pellora, the brand name for dorvamab".

Only a product is linked so: a link of sale makes both names products; a plain link (brackets, "known as") links
two names when one of them is a product already, or a code of letters and figures (a model or a compound's
number). Nothing links names the text does not put together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CODE_NAME = r"[A-Z][A-Za-z]{0,4}-\d{2,6}[A-Za-z]?"
"""A code of capitals, a hyphen and figures: a compound's, a model's or a project's number ("KZ-310", "TR-55")."""
_CODE = re.compile(CODE_NAME)
_ONE_NAME = rf"(?<![\w'’-])(?:{CODE_NAME}|[A-Z][a-z]{{3,}}[a-z-]*|[a-z]{{6,}})(?![\w'’-])"
_AUX = r"(?:will|would|is|was|are|were|could|can|may|might|to|had|has|have)"
_SELL = r"(?:sold|marketed|branded|launched|commerciali[sz]ed|licensed)"
_KNOWN = r"(?:known|called|named|code-?named|designated|referred\s+to)"
_APPOSITION = r"(?:,[^,.;:()\n\"“”]{1,80},)?"
"""An apposition between a name and the words that name it again ("Dorvamab, the firm's lead drug, will be ...")."""

_SOLD_AS = re.compile(
    rf"(?P<a>{_ONE_NAME}){_APPOSITION}\s+(?:{_AUX}\s+(?:(?:be|been)\s+)?)?(?:also\s+|first\s+)?{_SELL}\s+"
    rf"(?:as|under\s+(?:the\s+)?(?:(?:brand|trade)[\s-])?name)\s+(?P<b>{_ONE_NAME})"
)
"""A sale under a name, its subject first ("Dorvamab, the firm's lead drug, will be sold as Pellora")."""
_LINKS = (
    (re.compile(rf"(?P<a>{_ONE_NAME})[ \t]*\([ \t]*(?P<b>{_ONE_NAME})[ \t]*\)"), False),
    (
        re.compile(
            rf"(?P<a>{_ONE_NAME}),?\s+(?:(?:also|better|commonly|formerly|previously|now|sometimes)\s+)?{_KNOWN}"
            rf"\s+as\s+(?P<b>{_ONE_NAME})"
        ),
        False,
    ),
    (_SOLD_AS, True),
    (
        re.compile(
            rf"(?P<a>{_ONE_NAME}),?\s+(?:\(\s*)?(?:(?:the|its|a)\s+)?(?:brand|trade|generic)[\s-]name:?\s+"
            rf"(?:(?:of|for)\s+)?(?P<b>{_ONE_NAME})"
        ),
        True,
    ),
)
"""Two names put together by the text, and whether the words sell a product under the second (or the first)."""


_OBJECT_BEFORE = re.compile(r"\b(?:from|by|of|at|for|with|to|in|on|and|or)\s+$", re.I)
"""A preposition before a name: the name is no subject of the words after it ("the drug from Brundle ...")."""


@dataclass(frozen=True)
class Link:
    a: tuple[int, int]
    b: tuple[int, int]
    sale: bool


def _common_word(word: str, text: str) -> bool:
    """A lower-case word the text also writes as a common noun ("an implant", "implants"), or a plural: a thing's
    kind, not its name."""
    if not word.islower():
        return False
    return word.endswith("s") or bool(re.search(rf"\b(?:a|an)\s+{re.escape(word)}\b|\b{re.escape(word)}s\b", text))


def _person(text: str, side: tuple[int, int, str], sale: bool) -> bool:
    """A side of a link that is a person's name: not a one-word "person" a product is sold as ("to be sold as
    Pellora": the tagger reads an invented word as a given name)."""
    return side[2] == "PERSON" and (not sale or " " in text[side[0] : side[1]].strip())


def name_links(text: str, spans: list[tuple[int, int, str]]) -> list[Link]:
    """The places ``text`` links two names as one thing's (see the module docstring). ``spans`` are the article's
    name mentions (start, end, label): a linked word inside one stands for the whole mention; a link with a person
    is none (unless a one-word name something is sold as). Links are returned as written, whether or not a side is a product."""
    ordered = sorted(spans)

    def side(s: int, e: int) -> tuple[int, int, str] | None:
        for ms, me, label in ordered:
            if ms <= s and e <= me:
                return ms, me, label
            if ms < e and s < me:
                return None  # across a mention's edge
            if ms >= e:
                break
        return s, e, ""

    out: list[Link] = []
    for pattern, sale in _LINKS:
        pos = 0
        while (hit := pattern.search(text, pos)) is not None:
            pos = hit.start("b")  # the second name may open the next link ("KZ-310 (dorvamab), sold as Pellora")
            a, b = side(*hit.span("a")), side(*hit.span("b"))
            if a is None or b is None or a[:2] == b[:2] or any(_person(text, x, sale) for x in (a, b)):
                continue
            if any(not label and _common_word(text[s:e], text) for s, e, label in (a, b)):
                continue
            if pattern is _SOLD_AS and (
                _OBJECT_BEFORE.search(text, max(0, a[0] - 12), a[0]) or (a[2] == "ORG" and " " in text[a[0] : a[1]])
            ):
                continue  # "the drug from Brundle Biopharma will be sold as ...": the company sells, the drug is sold
            out.append(Link(a[:2], b[:2], sale))
    return out


def product_names(text: str, spans: list[tuple[int, int, str]]) -> tuple[set[tuple[int, int]], list[Link]]:
    """The spans that name products by the text's links (a link of sale, or a plain link to a product or a code:
    see the module docstring), and the links between them."""
    links = name_links(text, spans)
    products = {(s, e) for s, e, label in spans if label == "PRODUCT"}
    kept: list[Link] = []
    grew = True
    while grew:
        grew = False
        for link in links:
            if link in kept:
                continue
            code = any(_CODE.fullmatch(text[s:e]) for s, e in (link.a, link.b))
            if link.sale or code or link.a in products or link.b in products:
                kept.append(link)
                grew = grew or not {link.a, link.b} <= products
                products |= {link.a, link.b}
    return products, kept
