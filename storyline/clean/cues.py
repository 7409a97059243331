"""Lexical cues of web-page chrome: a small vocabulary, not a list of known junk lines.

Two strengths. *Strong* cues are phrases that news prose almost never uses in narration
("follow us", "sign up for", "image courtesy", "skip to main content"); *weak* cues are words
that chrome is made of but prose also uses ("subscribe", "share", "Telegram"). A line is judged
from how many of each it holds relative to its length (see :mod:`storyline.clean.lines`).
"""

from __future__ import annotations

import re

SOCIAL = (
    "facebook|twitter|instagram|telegram|youtube|whatsapp|linkedin|tiktok|pinterest|reddit|"
    "snapchat|tumblr|vk|vkontakte|bluesky|mastodon|flipboard"
)
"""Social networks and feed readers."""

CHROME_WORDS = frozenset(
    [
        "subscribe",
        "subscribed",
        "subscriber",
        "subscribers",
        "subscription",
        "subscriptions",
        "unsubscribe",
        "newsletter",
        "newsletters",
        "follow",
        "share",
        "tweet",
        "email",
        "e-mail",
        "print",
        "cookie",
        "cookies",
        "advertisement",
        "advertising",
        "advert",
        "ads",
        "sponsored",
        "donate",
        "donation",
        "donations",
        "login",
        "signup",
        "sign-up",
        "register",
        "registration",
        "channel",
        "updates",
        "alerts",
        "app",
        "website",
        "inbox",
        "comments",
        "premium",
        "paywall",
        "membership",
        "click",
        "tap",
        "download",
        "author",
        "bio",
        "profile",
        "related",
        "recommended",
        "trending",
        "podcast",
        "gallery",
        "courtesy",
        "credit",
        "credits",
        "caption",
        "copyright",
        "privacy",
        "getty",
        "shutterstock",
    ]
    + SOCIAL.split("|")
)
"""Words page chrome is made of; on their own they may be prose ("shares fell"), so they only count in bulk."""

CONTEXT_WORDS = frozenset(
    [
        "you",
        "your",
        "yours",
        "our",
        "us",
        "we",
        "support",
        "independent",
        "journalism",
        "media",
        "readers",
        "details",
        "sign",
        "log",
        "read",
        "watch",
        "listen",
        "video",
        "videos",
        "photos",
        "site",
        "member",
        "members",
        "comment",
        "rights",
        "reserved",
        "policy",
        "terms",
    ]
)
"""Words that add to the chrome evidence of a line that already has some, never enough alone."""

# (anchor words, phrase): a phrase is only tried on lines holding one of its anchors (cheap on prose).
_STRONG_RULES: list[tuple[str, str]] = [
    # navigation and accessibility
    ("skip jump", r"(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|menu|search|footer|article)"),
    ("top", r"back to top"),
    ("menu navigation", r"(?:main|site) (?:menu|navigation)"),
    # subscription, newsletters, membership, donations
    ("subscribe", r"subscribe (?:now|today|here|for free|to (?:our|the|this|get|receive|continue|keep|read|unlock))"),
    # a subscription offer with its price: "Subscribe for 1 crown a week", "Subscribe from £2 a month"
    ("subscribe", r"subscribe (?:now |today )?(?:for|from) (?:just |only |as little as )?\W?\d"),
    ("continue keep", r"(?:continue|keep) reading (?:with|for free|by subscribing|this (?:article|story))"),
    ("sign", r"sign up (?:for|to|now|here|today)"),
    ("newsletter newsletters", r"(?:our|free|daily|weekly|morning|evening) newsletters?|newsletter sign ?up"),
    ("inbox", r"(?:your|the) inbox"),
    ("readers", r"readers like you"),
    ("deserve", r"you deserve"),
    ("support", r"support (?:us|our|independent|quality|public[- ]interest|fearless|free) "),
    ("member subscriber supporter patron", r"(?:become|be) an? (?:member|subscriber|supporter|patron)"),
    ("donate donation", r"(?:make a )?donat(?:e|ion) (?:now|today|here|to us)"),
    ("already", r"already (?:a )?(?:subscriber|member|have an account)"),
    ("log sign", r"(?:log|sign) in (?:to|with) (?:your|continue|read|comment)"),
    ("account", r"create (?:a |your )?(?:free )?account"),
    ("premium subscriber", r"(?:premium|subscriber[- ]only) (?:article|content|story)"),
    # social
    ("us", r"(?:follow|join|like|find|friend|connect with) us(?: on| at| in)?"),
    ("our", rf"(?:on|in|via) our (?:{SOCIAL})"),
    ("channel page account handle", rf"(?:{SOCIAL}) (?:channel|page|account|handle)s?\b.*\b(?:our|us|you|your)"),
    # "share on" / "share via" only before a network, a mail or the end of the label: "9.50 crowns a share on Tuesday"
    # is prose
    (
        "share",
        rf"share (?:this|the (?:article|story))|share (?:on|via)(?=\s*(?:[:|]|$)|\s+(?:{SOCIAL}|x|e-?mail|sms|messenger)\b)",
    ),
    ("tweet email print", r"(?:tweet|email|print) this"),
    ("copy", r"copy (?:the )?link"),
    ("click tap", r"(?:click|tap) (?:here|to (?:read|see|view|watch|subscribe|continue))"),
    ("app", r"(?:get|download) (?:the|our) (?:\S+ )?app"),
    ("latest", r"get the latest"),
    ("updates", r"real[- ]time updates"),
    ("alerts", r"(?:breaking )?news alerts"),
    ("website site homepage", r"(?:on|visit|to) our (?:website|site|homepage)"),
    # related content
    ("read", r"read (?:more|also|next|the full)|also read|most read"),
    ("related", r"related (?:articles?|stories|news|content|coverage|posts?|topics|reading)"),
    ("see", r"see also"),
    ("author writer story topic section", r"more (?:from|on) (?:this|our|the) (?:author|story|topic|section|writer)"),
    ("stories", r"more stories|(?:top|latest|trending) stories"),
    ("like enjoy interested", r"(?:you|we think you) (?:may|might|will) (?:also )?(?:like|enjoy|be interested)"),
    ("popular viewed shared", r"most (?:popular|viewed|shared)"),
    ("recommended", r"recommended for you"),
    ("miss", r"don['’]?t miss"),
    ("read min mins minute minutes", r"\d+ min(?:ute)?s? read"),
    ("comment comments", r"(?:leave|post|view|show) (?:a |all )?comments?"),
    # cookies, legal, ads
    ("cookies", r"(?:we|this (?:site|website)) uses? cookies|(?:accept|allow|manage|reject) (?:all )?cookies"),
    ("cookie", r"cookie (?:policy|settings|preferences|notice|consent)"),
    ("privacy", r"privacy (?:policy|notice|settings)"),
    ("terms", r"terms (?:of|and) (?:use|service|conditions)"),
    ("rights", r"all rights reserved"),
    ("©", r"©"),
    ("continues", r"(?:story|article) continues (?:below|after)"),
    ("sponsored", r"sponsored (?:content|post|by)"),
    ("advertisement", r"^advertisement$"),
    # picture credits
    ("courtesy credit credits", r"(?:image|photo|picture|photograph|video) (?:courtesy|credits?)"),
    ("by source", r"(?:image|photo|picture|photograph) (?:source|by)"),
    ("getty shutterstock istockphoto alamy unsplash", r"getty images|shutterstock|istockphoto|alamy|unsplash"),
    ("photo images pictures", r"\b(?:ap|afp|reuters|epa|xinhua|pa|ani|ians) (?:photo|images|pictures)\b"),
    ("file", r"file (?:photo|picture|image)"),
    ("illustration", r"photo illustration"),
    # author boxes
    ("author", r"author (?:details|bio|profile|info)"),
    ("author writer contributor", r"about (?:the|this) (?:author|writer|contributor)"),
    ("author writer", r"(?:more|other|all) (?:articles|posts|stories) (?:by|from) (?:this|the) (?:author|writer)"),
    ("posts", r"view all posts"),
    # players, widgets, comment forms
    ("listen", r"listen to (?:this|the) (?:article|story)"),
    ("window tab", r"opens? in (?:a )?new (?:window|tab)"),
    ("click tap", r"(?:click|tap) to (?:share|print|email|open|expand|enlarge)"),
    ("reply", r"leave a reply|cancel reply"),
    ("email", r"your email address will not"),
    ("conversation", r"join the conversation"),
    ("javascript", r"enable javascript|javascript (?:is )?(?:disabled|required)"),
    ("standards", r"our standards"),
    # republishing credits
    (
        "published appeared republished posted",
        r"^(?:this (?:article|story|piece|report|post) )?(?:was |is )?(?:originally |first )?"
        r"(?:published|appeared|republished|posted) (?:by|in|on|here|with permission)\b",
    ),
]
STRONG_RULES: list[tuple[frozenset[str], re.Pattern[str]]] = [
    (frozenset(anchors.split()), re.compile(rx, re.IGNORECASE)) for anchors, rx in _STRONG_RULES
]
_ANCHORS = frozenset(a for anchors, _ in STRONG_RULES for a in anchors)


def strong_count(text: str, lowered: frozenset[str]) -> int:
    """How many strong chrome phrases ``text`` holds (``lowered``: its words, lower-cased)."""
    hits = lowered & _ANCHORS
    if "©" in text:
        hits = hits | {"©"}
    if not hits:
        return 0
    return sum(len(rx.findall(text)) for anchors, rx in STRONG_RULES if anchors & hits)


def weak_counts(lowered_words: list[str]) -> tuple[int, int]:
    """(chrome words, context words) among ``lowered_words``."""
    chrome = sum(1 for w in lowered_words if w in CHROME_WORDS)
    context = sum(1 for w in lowered_words if w in CONTEXT_WORDS)
    return chrome, context


IMPERATIVE_START = re.compile(
    r"^\W{0,3}(?:x\s*)?(?:subscribe|sign up|follow|join|like|share|donate|support|click|tap|download|"
    r"get|read|watch|listen|register|log ?in|skip|visit|check out)\b",
    re.IGNORECASE,
)
"""An imperative addressed to the reader; chrome when the rest of the line holds other cues."""

LEADING_LABEL = re.compile(
    r"^\W{0,2}(?:(?:main |top |header |cover |file )?(?:image|photo|picture|photograph|video|graphic|"
    r"illustration|caption)s?(?: (?:courtesy|credits?|by|source))?|credits?|courtesy|source|"
    r"read (?:more|also)|also read|related|see also|tags?|topics?|filed under|categories|"
    r"watch|listen|advertisement|sponsored|author|written by)(?:\s*[:：|–—]|\s+-\s)",
    re.IGNORECASE,
)
"""A labelled page element: "Image Courtesy: ...", "Read more: ...", "Tags: ...", "ADVERTISEMENT - ..." (a hyphen
between spaces as a dash)."""

UI_LABEL = re.compile(
    r"^\W*(?:sign in|sign up|log ?in|log out|register|subscribe|menu|search|close|open|next|previous|prev|"
    r"back|top|print|e-?mail|share|comments?|advertisement|sponsored|promoted|loading|more|show more|"
    r"load more|see more|view more|expand|collapse|(?:next|previous|prev) (?:article|story|post|page))\W*$",
    re.IGNORECASE,
)
"""A line that is nothing but the label of a button or link."""

BLOCK_HEADER = re.compile(
    r"^\W{0,2}(?:author details|about (?:the|this) (?:author|writer)s?|author bio|related(?: \w+)?|"
    r"read (?:more|also|next)|also read|more (?:stories|from \w+|on this)|you (?:may|might) also like|"
    r"recommended|most (?:read|popular)|comments?|tags?|topics?|share this(?: \w+)?)\W{0,2}$",
    re.IGNORECASE,
)
"""A heading after which a page's trailing block (author box, related links, tags) follows."""

SHARE_TOKENS = frozenset(
    [
        "share",
        "shares",
        "tweet",
        "email",
        "e-mail",
        "print",
        "copy",
        "link",
        "links",
        "save",
        "comment",
        "comments",
        "reply",
        "whatsapp",
        "facebook",
        "twitter",
        "x",
        "instagram",
        "telegram",
        "youtube",
        "linkedin",
        "pinterest",
        "reddit",
        "tiktok",
        "vk",
        "flipboard",
        "messenger",
        "sms",
        "rss",
        "more",
        "close",
        "menu",
        "search",
        "home",
        "login",
        "subscribe",
        "follow",
        "us",
        "on",
        "in",
        "via",
        "and",
        "or",
    ]
)
"""Words a row of share buttons or a social sign-off is made of ("Share  Tweet  Email", "in Instagram")."""

SIGNOFF_CHROME = re.compile(rf"\b(?:{SOCIAL}|subscribe|newsletter|donate|support us|copyright)\b", re.IGNORECASE)
"""Social or subscription words: a closing block holding them is a page's sign-off."""

NAV_SEPARATORS = re.compile(r"\s+[|•·»›>/]\s+|\s*[|•·»›]\s*")

BYLINE = re.compile(r"^(?:by|written by|reporting by|words by)\s+[A-Z][\w.'’-]+(?:,?\s+[\w.'’-]+){0,6}$", re.IGNORECASE)

BYLINE_LEAD = re.compile(r"^(?:written |reporting |words )?by\s+", re.I)

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
CLOCK = (
    r"\d{1,2}(?:[:.]|[ \t]?:[ \t]?)\d{2}(?:[ \t]?:[ \t]?\d{2})?(?:\s*[ap]\.?[ \t]?m\.?)?"
    r"(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2}(?:[ \t]?:[ \t]?\d{1,2})?)?)?"
)
"""A clock time in a date line ("10:42 a.m. EST", "14:05"), as tokenised corpora write it too ("9: 39 AM", "2: 48: 40 PM
ET", "5: 40 p. m. ET", "11: 25 GMT+02: 00")."""
_DATE_LABEL = r"(?:(?:(?:last|first|originally) )?(?:updated|published|posted)(?: on| time)?:?\s+)"
BYLINE_DATE_LABEL = re.compile(rf"^{_DATE_LABEL}", re.IGNORECASE)
BYLINE_DATE = re.compile(
    rf"{_DATE_LABEL}?"
    rf"(?:(?:at\s+)?{CLOCK},?\s+)?"
    rf"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_DAY}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+{_DAY},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:,?\s+(?:at\s+)?{CLOCK})?",
    re.IGNORECASE,
)
"""The date a byline line ends with ("11 May 2026", "Updated March 3, 2024 10:42 a.m. EST", the time first:
"PUBLISHED: 16:05 GMT, 9 June 2026", "Published at 12:45, Wednesday, 12 June 2026"): a whole written date
with its year, never a bare weekday or clock time, so that the line's date can be the article's publication date."""

WRITTEN_DATE = re.compile(
    r"(?:(?:[^\W\d_]{2,}\.?,?\s+)?\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?\s+(?:de\s+)?\d{4}"
    r"|[^\W\d_]{3,}\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s+[^\W\d_]{1,4})?)?"
)
"""The shape of a whole written date in any language ("12. März 2025", "12 mars 2025", "12 de marzo de 2025",
"Mittwoch, 12. März 2025, 14:05 Uhr"): a byline's date when dateparser reads it as a day (English ones are
:data:`BYLINE_DATE`, read without it)."""

RELEASE_LABEL = re.compile(
    r"(?:(?:press|news|media)\s+release|(?:press|official|public)\s+statement|statement|media\s+advisory"
    r"|for\s+immediate\s+release|communiqu[eé]|press\s+notice)",
    re.I,
)
"""The label of an organisation's release heading its date line ("PRESS RELEASE | March 1, 2026", "For immediate
release | 4 May 2026"): it says the date beside it is the release's own, as "Published" does."""

BYLINE_LEAD_OTHER = re.compile(r"^(?:von|par|por|door|av|af)\s+", re.I)
""""By" in other languages' bylines (German "Von", French "Par", Spanish and Portuguese "Por", Dutch "Door", Swedish
and Norwegian "Av", Danish "Af"). Surnames open with some of these words ("Von Trapp"), so such a line is a byline
only beside a written date ("Von Greta Albrecht | 12. März 2025")."""

BYLINE_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[—–-]\s+")
"""What parts of a byline line are set apart by: "By Ann Lee | Tarn Post | 4 May 2026"."""

DATEISH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\b(?:1[89]|20)\d\d\b|\d{1,2}\s?[:/.-]\s?\d{1,2}",
    re.IGNORECASE,
)
"""Date and time lines ("May 03, 2013", "Updated 10:42") are metadata the ingest may use: never tag lines."""

FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "via",
        "&",
        "vs",
        "about",
        "into",
        "over",
        "under",
        "after",
        "before",
    ]
)

NAME_PARTICLES = frozenset({"de", "del", "della", "dello", "di", "da", "do", "dos", "du", "van", "von"})
"""Lower-case particles inside names in other languages ("Diario del Valle", "Corriere della Sera", "Jornal do
Brasil"): like "of" in an English name, they leave a line of capitalised words a name or a heading. Not the German
and Dutch articles ("der", "den", "des", "das", "het"): German capitalises its nouns, so a sentence with them would read as
a heading (trafilatura's German pages lost body lines so)."""


QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“”]*[“”]")
"""Quoted speech: cues inside it are words someone said, not page chrome."""


def unquoted(text: str) -> str:
    """``text`` with quoted passages blanked out."""
    return QUOTED.sub(" ", text)
