"""Dates: absolute ones read as they are, relative ones resolved against the publication date.

Without a publication date a relative expression ("Tuesday", "earlier this year") stays unresolved,
with the reason; an absolute date without a year ("November 29") is resolved only with an anchor.
dateparser does the reading (``RELATIVE_BASE`` = the publication date).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import lru_cache

from .lexicon import LATIN_CAPITALS

DATE_LABELS = {"DATE", "TIME"}
RELATIVE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|"
    r"this|last|next|ago|earlier|later|recent|recently|past|coming|current|previous|weekend|morning|evening|night)\b",
    re.I,
)
YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
AGE = re.compile(r"\byears?\s*-?\s*old\b", re.I)
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_NUM_WORD = (
    r"(?:\d+[- ]\d/\d|\d+[ \t]?[½¼¾]|\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    rf"sixteen|seventeen|eighteen|nineteen|{_TENS}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"hundreds? of|thousands? of|several|few|many|some|a few|a couple of)"
)
NOT_A_DATE = [
    (
        re.compile(
            rf"^(?:(?:about|around|some|nearly|almost|over|more than|less than|at least|up to|roughly|the|another|"
            rf"the (?:past|last|next|first)|just|only|a|an)\s+)*{_NUM_WORD}[- ](?:more |full |straight |long )?"
            r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|century|centuries)(?:-long|-old)?"
            r"(?:\s+period|\s*['’])?$",
            re.I,
        ),
        "a duration, not a date",
    ),
    (
        re.compile(
            r"^(?:(?:for|in|over|the|recent|past|many|several|a few|some)\s+)*(?:decades|years|months|weeks|days|hours|minutes|seconds)$",
            re.I,
        ),
        "a duration, not a date",
    ),
    (
        re.compile(
            r"^(?:a |an |the )?[\w’']+(?:-[\w’']+)*-(?:minute|hour|day|week|month|year|term|time|night)(?:-old|-long)?$",
            re.I,
        ),
        "a modifier (last-minute, long-term), not a date",
    ),
    (re.compile(r"^(?:every|each|daily|weekly|monthly|annually|nightly)\b", re.I), "a frequency, not a date"),
    (
        re.compile(rf"^(?:the\s+)?(?:next|last|past|previous|first|final)\s+{_NUM_WORD}$", re.I),
        "a count (the next two, the last 10), not a date",
    ),
    (
        re.compile(r"^(?:the\s+)?(?:year|month|week|day|decade|century)$|^(?:these|those)\s+days$", re.I),
        "a word for a period, not a date",  # "Person of the Year", "this year's" cut short, "these days"
    ),
    (
        re.compile(
            r"^(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?:(?:1[5-9]|20)\d0|['’]\d0)['’]?s$|^(?:the\s+)?(?:(?:early|mid|late)[- ]?)?"
            r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$",
            re.I,
        ),
        "a decade, not a date",
    ),
    (
        re.compile(
            r"^(?:(?:shortly|just|soon|around|about|at|by|after|past|before|until|in|during)\s+)*(?:after\s+|before\s+)?"
            r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:o'clock\s+)?(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)|"
            r"\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|h|hrs|hours|o'clock)?"
            r"(?:\s*(?:local time|GMT|UTC|[ECMP][SD]T|ET|PT))?|[0-2]\d[0-5]\d\s*(?:GMT|UTC|hrs|hours)|midnight|noon|midday|dawn|dusk|"
            r"(?:(?:an?|one|the|that)\s+)?(?:(?:late|early)[- ]?)?(?:morning|afternoon|evening|night|overnight))$",
            re.I,
        ),
        "a time of day, not a date",
    ),
]
"""Expressions spaCy tags DATE/TIME that place nothing on a calendar: kept, with the reason, off the timeline."""
CALENDAR = re.compile(
    r"\b(?:days?|weeks?|months?|years?|decades?|century|centuries|seasons?|quarters?|spring|summer|autumn|fall|winter|"
    r"christmas|easter|holidays?|now|ago|\d{1,2}(?:st|nd|rd|th))\b|\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b|\b\d{4}-\d\d",
    re.I,
)
"""Words that make an expression a date or a period besides weekdays, months and years ("the 5th", "1/20", "this
fall"); without any, spaCy's DATE is a number ("from 18 to 21", the ages)."""
VAGUE = re.compile(r"\b(?:earlier|later|recent|recently|past|coming|current|the next)\b", re.I)
"""A period told from a point the text does not fix ("the next month": within it, from when?)."""
TRAILING = re.compile(r"\s*(?:over|during|in|for|within)?\s*the\s+(?:last|past)\s+(?:year|month|week|decade)\s*", re.I)
"""The twelve months (four weeks, ...) up to the publication date: "he's spent the last year disparaging" is a
stretch of time, not the day a year before (dateparser's reading), nor last calendar year."""
DateFound = tuple[int, int, str | None, bool, str | None]
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(
    r"^(?:(?:late|early|earlier|later)\s+)?(?:(?:on|by|until|till|from|since|before|after|into|in|during)\s+)?"
    r"(?:(?:late|early)\s+|the\s+(?:(?:early|small|wee)\s+hours|morning|afternoon|evening|night)\s+of\s+"
    r"|an?\s+(?:[a-z]+\s+)?(?:night|day|evening)\s+)?"
    r"(?:(last|this|next|coming|past|this\s+past)\s+)?"
    rf"({'|'.join(WEEKDAYS)})(?:['’]s)?"
    r"(?:\s+(?:morning|afternoon|evening|night|noon|midday)(?:['’]s)?)?$",
    re.I,
)
"""A weekday, with the words that place it in the day ("early Thursday", "later Thursday", "into the early hours of
Thursday", "a good night Tuesday", "Monday night's blast") or among the weeks ("last Sunday's debate", "this past Monday"): "earlier" and "later" order an event
within that day, they do not make it vague."""
FUTURE_CUES = re.compile(
    r"(?:\b(?:will|shall|would(?!-)|\w+['’]ll|(?:must|can)(?!\s+have\b)|until|till|next|scheduled|expect(?:s|ed|ing)?|plans?\s+to|planned|"
    r"going to|set to|slated|starting|begins?|resumes?|(?:is|are|was|were) to|(?:is|are) due\b(?!\s+to\s+(?:(?:the|a|an|its|his|her|their|our|this|that|these|those)\b|(?-i:[A-Z\d])))|ahead of|heading into|(?:in )?the run-up to|(?:planning|preparing|preparations?)\s+for|invit(?:ed|es|ing)\s[^.!?]{0,60}\bto\s+(?!a\b|an\b|the\b)[a-z]+)\b"
    r"|\b(?:ends|starts|(?:re)?opens|closes|holds(?=\s+(?:a|an|the|its|their|his|her|our)\b)|meets|(?:re)?convenes|concludes|"
    r"expires|arrives|takes\s+place|kicks\s+off|wraps\s+up)\b"
    r"(?=(?:\s+(?!(?:after|since|following|from|than)\b)[^\s.!?]+){0,4}\s*$)"
    r"|\bupcoming\s+(?:\S+\s+){0,2}|,[ \t]*to[ \t]+be\b|\bif\b(?=\s+\S+\s)"
    r"|\b(?:should|ought\s+to|needs?\s+to|ha(?:ve|s)\s+to)\b(?!\s+(?:have|had)\b)[^.!?]{0,80}"
    r"\b(?:before|by|no\s+later\s+than)(?:\s+the\s+end\s+of)?\s*$)[^.!?]{0,80}$",
    re.I,
)
"""Words before a bare weekday that point forward ("suspended until Thursday", "will meet on Friday", "is due in
Veldra on Tuesday" (not "due to the storm"), "ahead of
Tuesday's primary", "Ryan will
meet with presumptive Republican presidential nominee Donald Trump on Thursday", "We’ll be meeting on Friday", "is to
take effect by 6 p.m. Monday", "has invited Donald Trump to meet ... on Thursday", "claims can be made from
Monday", "must win in November", "expects the clinics to reopen on Friday": an expectation in the present tense as
well as the participle); an act scheduled, in the present tense ("our tour ends on Monday", "the programme starts Wednesday", "which also holds its own
vote Tuesday", "the court reconvenes Friday", as "begins" and "resumes"), a few words before the date and not
"after" it ("holds a lead after Tuesday's vote" looks back), "holds" only with an object that a determiner opens ("holds
a caucus on Saturday", not "holds unusual fascination this winter"); not "must have"; not "should", which looks back as often: "should also get a boost
from the win Tuesday"). Not "to be" after a verb's object:
"prompted buildings to be evacuated Thursday" was past; not "a would-be candidate"; "upcoming" only a few words
before ("the upcoming Monday vote", not "the upcoming election, called Friday"); "slated for Wednesday"; ", to be" after a
comma ("an address, to be delivered Wednesday"); a condition
("if the senator wins the caucuses Monday"), not "if" right before the date ("if Monday's vote is a guide"). A verb in the past tense between the
cue and the date undoes it (see ``_future``). A deadline in an instruction or an obligation ("No one should return
before Friday", "residents need to leave by Monday", not "should have left by Monday"): "should" alone looks back
as often, but "should ... before/by" a day sets a limit still to come."""
IRREGULAR_PAST = (
    r"(?:said|told|spent|met|made|went|came|gave|took|won|lost|had|did|saw|began|wrote|spoke|sent|left|drew|held|led|"
    r"ran|kept|found|brought|fell|stood|paid|sold|bought|built|struck|chose|grew|threw|broke)\b"
)
"""Verbs in the past tense that do not end in "-ed" ("first drew big crowds", "held 1,611 delegates"); not those
written as their present ("beat", "cut", "put")."""
PAST_VERB = re.compile(
    r"(?<!\bwill have )(?<!['’]ll have )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bget )(?<!\bgot )(?<!\bstay )(?<!\bremain )(?<!\bis )(?<!\bare )"
    r"(?:\b(?!(?:scheduled|expected|planned|invited|"
    r"need|needed|followed|speed|seed|feed|breed|bleed|red|bed|wed|shed|hundred|indeed|[a-z]*ceed)\b)(?<!-)[a-z]{2,}ed\b"
    rf"|\b{IRREGULAR_PAST})"
)
"""A verb in the past tense ("called Friday", "the woman he spent Monday embracing"), not the future perfect ("we will
have met 90,000 voters"), nor a participle after "be"
("will be delivered Wednesday", "will stay closed on Thursday", "can be made from Monday", "if a mayor is elected in
November"), nor "succeed", "proceed", "exceed", nor an adjective of a compound ("her much-touted plan")."""
PAST_MONTH = re.compile(
    r"\b(?:since|ago)\b[^.!?]{0,40}$"
    rf"|(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bbe )\b(?:[a-z]{{2,}}ed\b|{IRREGULAR_PAST})\s+(?:(?!to\b)\w+\s+){{0,3}}(?:in|on)\s*$",
    re.I,
)
"""Wording before a month without a year that tells a past one ("Since announcing in October", "was revealed in
March", "first described the wall in December", "first drew big farm crowds in March"); not an adjective ("a contested convention in July") nor "be"
("could be concluded in October")."""


BEFORE_AN_EVENT = re.compile(
    r"\b(?:ahead of|heading into|(?:in )?the run-up to|(?:planning|preparing|preparations?)\s+for)\b", re.I
)
"""Future cues that look forward from the sentence's own time, which may be past ("ahead of the Jan. 6 attack"): they
date a weekday forward, but do not make what follows a plan (see ``brief.build.planned``); so does the preparation
for an event ("the planning for Thursday's meeting", but "spent Monday preparing for Tuesday's debate" in a past
told: see :func:`_from_a_past`)."""


def _future(before: str) -> bool:
    """The wording before a date points forward (see :data:`FUTURE_CUES`): a cue with no verb in the past tense
    between it and the date ("until the company corrected its figure to 27 on Tuesday" tells a past act). Any cue
    counts, not only the first: "The board will meet, Vale said, and will vote on Friday". A cue that looks forward
    from a past the sentence tells is none (see :func:`_from_a_past`)."""
    window = before[-CUE_WINDOW:]
    at = 0
    while (cue := FUTURE_CUES.search(window, at)) is not None:
        head = re.match(r"\w+(?:['’]\w+)?", cue.group(0))  # the cue word itself ("scheduled") is no past verb
        after = cue.start() + (head.end() if head else 0)
        if not (PAST_VERB.search(window, after) or _WAS.search(window, after) or _from_a_past(window, cue.start())):
            return True
        at = cue.start() + 1
    return False


_DETERMINER_BEFORE = re.compile(r"\b(?:his|her|their|its|our|my|your|the)[ \t]+$", re.I)


def _from_a_past(window: str, at: int) -> bool:
    """The forward cue at ``window[at:]`` looks forward from a past its own clause tells, not from the article's day:
    "ahead of", "heading into" after a verb in the past tense ("Kost held 1,611 delegates heading into Tuesday's
    primaries": the primaries the day before a Wednesday paper), or the noun "plans" under one ("switched his plans
    to campaign in Orsk on Thursday"). Not the present perfect ("has won 1,611 delegates heading into"), nor the verb
    "plans to", nor "plans" with no determiner ("announced plans to open a plant in March")."""
    noun = _DETERMINER_BEFORE.search(window, 0, at) if re.match(r"plans?\b", window[at:]) else None
    if not (BEFORE_AN_EVENT.match(window, at) or noun is not None):
        return False
    return _told_in_past(_CLAUSE_BREAK.split(window[: noun.start() if noun else at])[-1])


def _ahead_of_a_past(before: str) -> bool:
    """``before`` (the words before a weekday) holds a forward cue that looks forward from a past (see
    :func:`_from_a_past`): the day lies near that past, on either side of the article's day."""
    window = before[-CUE_WINDOW:]
    return any(_from_a_past(window, m.start()) for m in FUTURE_CUES.finditer(window))


_WAS = re.compile(r"\b(?:was|were)\b(?!\s+to\b)")
"""Past tense after a forward cue: "you can be forgiven for not knowing that there was a debate Saturday"."""


def _told_in_past(text: str) -> bool:
    """A verb in the past tense in ``text``, not a present perfect ("has found herself in a tight race")."""
    return any(not _PERFECT.search(text, 0, m.start()) for m in PAST_VERB.finditer(text))


PLANNED_CUES = re.compile(
    r"\b(?:won['’]t|potential|possible|proposed|hopes? to|aims? to|intends? to|seeks? to|vows? to|could|might|"
    r"may(?! \d)|planning to|plans? for)\b[^.!?]{0,80}$"
)
"""Wording besides :data:`FUTURE_CUES` that tells a date as planned or possible ("won't seek a fifth term in 2021",
"a potential run for president in 2024"); case-sensitive, so that the month May is not "may"."""
CUE_WINDOW = 100
"""How much of the sentence before a date is read for a future cue."""


@lru_cache(maxsize=4096)
def _parse(phrase: str, base: str | None) -> str | None:
    import dateparser

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base[:10])
    try:
        dt = dateparser.parse(phrase, languages=["en"], settings=settings)  # type: ignore[arg-type]
    except (ValueError, OverflowError, TypeError):
        return None
    return dt.date().isoformat() if dt else None


@lru_cache(maxsize=1)
def warm_up() -> None:
    """dateparser compiles its language data on first use: do it once per process, before forking."""
    _parse("Tuesday", "2020-01-01")


def _base(published: str | None) -> str | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published[:10]).date().isoformat()
    except ValueError:
        return None


def _weekday(phrase: str, base: str, *, future: bool, nearest: bool = False) -> str | None:
    """A weekday name in news: the most recent such day up to the publication day itself ("said on
    Wednesday" in Wednesday's paper is that day), or the next one when ``future`` or "next" says so; with ``nearest``
    (a day ahead of a past the sentence tells: "held 1,611 delegates heading into Tuesday's primaries"), the one
    nearer the publication day, on either side (the day before a Wednesday paper, the day after a Monday one)."""
    from datetime import timedelta

    m = _WEEKDAY.match(phrase.strip())
    if not m:
        return None
    which, day = (m.group(1) or "").lower().split()[-1:] or [""], WEEKDAYS.index(m.group(2).lower())
    which = which[0]  # "this past Monday": the past one
    anchor = datetime.fromisoformat(base).date()
    back = (anchor.weekday() - day) % 7
    if which in ("next", "coming") or (future and which not in ("last", "past")):
        ahead = (day - anchor.weekday()) % 7
        if which == "next" and ahead < 2:
            ahead += 7
        return (anchor + timedelta(days=ahead)).isoformat()
    if which in ("last", "past") and back == 0:
        back = 7
    if nearest and not which and (day - anchor.weekday()) % 7 < back:
        return (anchor + timedelta(days=(day - anchor.weekday()) % 7)).isoformat()
    return (anchor - timedelta(days=back)).isoformat()


MONTH_NAME = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    re.I,
)


_DEICTIC = re.compile(RELATIVE.pattern.replace("|weekend|morning|evening|night", ""), re.I)
"""The words of :data:`RELATIVE` that fix a time from the moment of writing (not "night", "weekend" alone)."""
_PROBE_DAY = "2000-06-15"
"""Any day: an expression without an anchor that reads as no date even from this one is no relative date."""
_NO_DATE_EVEN_ANCHORED = (
    "not a calendar date",
    "a duration",
    "a time of day",
    "a modifier",
    "a frequency",
    "a word for",
)
_SPACED_HYPHEN = re.compile(r"(?<=\w)[ \t]+-[ \t]+(?=[A-Za-z])")
"""A hyphen set apart by spaces between a word and a word ("12 - year", "five - year", "long - term"), as tokenised
corpora write compounds: read as the compound, so that a duration so written is no date."""
_ISO_DAY = re.compile(r"\s*(?:on\s+)?(\d{4}-\d\d-\d\d)\s*", re.I)


def resolve_date(phrase: str, *, published: str | None = None, before: str = "") -> tuple[str | None, bool, str | None]:
    """``(iso date or None, relative?, reason)`` for one date expression: the reason says why it is unresolved,
    or why a relative period is given only as a month or a year ("last week": a week, not a day); ``before``
    is the text just before it in its sentence (future wording there moves a weekday forward)."""
    base = _base(published)
    if written := _ISO_DAY.fullmatch(phrase):
        # "on 2026-03-02": the date as written (dateparser reads it as a range of days in the publication month)
        try:
            return date.fromisoformat(written.group(1)).isoformat(), False, None
        except ValueError:
            return None, False, "not a calendar date"
    if span := _YEAR_SPAN.fullmatch(phrase):
        if int(span.group(4)) > int(span.group(3)):
            return span.group(1), False, f"a span of years ({span.group(0).strip()}), given as its first year"
        if "-" in span.group(0) and 1 <= int(span.group(4)) <= 12:
            return f"{span.group(1)}-{span.group(4)}", False, None  # "2007-05": May 2007 (dateparser adds a day)
    phrase = _PART_OF_MONTH.sub("", phrase)  # "mid-March 2020": March 2020
    if whole := _WEEKDAY_FULL_DATE.fullmatch(phrase):
        phrase = whole.group(1)  # "Saturday 8 June 2030", "Monday, July 13, 2029": the date is written whole
    relative = bool(RELATIVE.search(phrase)) or not YEAR.search(phrase)
    joined = _SPACED_HYPHEN.sub("-", phrase.strip())  # "a 12 - year sentence", as tokenised text writes "12-year"
    for rx, reason in NOT_A_DATE:
        if rx.match(phrase.strip()) or rx.match(joined):
            return None, False, reason
    if not (RELATIVE.search(phrase) or MONTH_NAME.search(phrase) or YEAR.search(phrase) or CALENDAR.search(phrase)):
        return None, False, "no calendar word: a number, not a date"  # "from 18 to 21" (ages), "21"
    if relative and base is None:
        probe, still, why = resolve_date(phrase, published=_PROBE_DAY, before=before)
        if probe is None and (why or "").startswith(_NO_DATE_EVEN_ANCHORED):
            return None, still, why  # "the second quarter", "three quarters": no date with any anchor either
        return None, True, "relative date and the article has no publication date to anchor it"
    if base and (coarse := _coarse(phrase.strip(), base)):
        return coarse
    if base and (of_year := _MONTH_OF_YEAR.fullmatch(phrase)):
        year = int(base[:4]) + {"this": 0, "last": -1, "next": 1}[of_year.group(2).lower()]
        return f"{year:04d}-{MONTHS[of_year.group(1)[:3].lower()]:02d}", True, None
    if TRAILING.fullmatch(phrase):
        return None, True, "a period up to the publication date, not a date"
    if base and _WEEKDAY.match(phrase.strip()):
        future = _future(before)
        return _weekday(phrase, base, future=future, nearest=not future and _ahead_of_a_past(before)), True, None
    if base and (day := _EARLIER_DAY.fullmatch(phrase)):
        phrase = day.group(1)  # "earlier today", "later this morning": that day
    if VAGUE.search(phrase):
        if re.search(r"\bthis year\b", phrase, re.I) and base:
            return base[:4], True, "a period within the publication year"
        return None, True, "vague relative period"
    period = re.fullmatch(r"\s*(this|last|next)\s+(year|month)\s*", phrase, re.I)
    if period and base:
        step = {"this": 0, "last": -1, "next": 1}[period.group(1).lower()]
        year, month = int(base[:4]), int(base[5:7])
        if period.group(2).lower() == "year":
            return str(year + step), True, None
        month += step
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return f"{year:04d}-{month:02d}", True, None
    if re.fullmatch(r"\s*(?:this|today's)\s+(?:morning|afternoon|evening)\s*|\s*tonight\s*", phrase, re.I) and base:
        return base, True, None
    if ratio := re.fullmatch(r"\s*\d{1,3}\s+in\s+((?:1[5-9]|20)\d\d)\s*", phrase):
        return ratio.group(1), False, None  # "(1 in) 10 in 2000": the year, not 10 October
    if not relative and (bare := _BARE_YEAR.fullmatch(phrase)):
        return bare.group(1), False, None  # "2008", "in 2008", "about 2008": the year, not December of it
    if (lone := _DAY_AND_YEAR.fullmatch(phrase)) and not MONTH_NAME.search(phrase):
        # "FeaturedFebruary 6, 2016": the month is glued to the word before it; dateparser would make the 6 a month
        return lone.group(1), False, "a day without its month: the year only"
    iso = _parse(_DAY_RANGE.sub(r"\1", phrase), base)
    in_year = YEAR.search(phrase)
    if iso is None and in_year and not re.search(r"\d", YEAR.sub("", phrase)):
        return in_year.group(1), False, None  # "mid-2024", "the 2024 season": the year is what can be read
    if iso is None and (inner := _FULL_DATE.search(phrase)):
        iso = _parse(inner.group(0), base)  # "Oscar Sunday, March 2, 2014": the date inside the name
    if iso is None:
        # "minus-20", "34 AM ET", "daytime": no calendar word at all, so nothing the timeline should list
        # "a still night", "a weekend", "that night": a part of a day or week that no word fixes is no date, nor
        # a relative one to anchor
        calendar = bool(_DEICTIC.search(phrase) or MONTH_NAME.search(phrase))
        return None, relative and calendar, "not a calendar date that can be read"
    no_day = not re.search(r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)", YEAR.sub("", phrase))
    if base and not in_year:
        if abs(int(iso[:4]) - int(base[:4])) > 1:
            return None, relative, "not a calendar date that can be read"  # "44th day", "thirty-eight years"
        if MONTH_NAME.search(phrase):
            future = _future(before)
            past = not future and bool(PAST_MONTH.search(before))
            iso = _nearest_year(iso[:8] + "01" if no_day else iso, base, future=future, past=past)
    if no_day and (not relative or MONTH_NAME.search(phrase)):
        iso = iso[:7]  # a month ("in February", "March 2024"), not a day
    return iso, relative, None


_EARLIER_DAY = re.compile(
    r"\s*(?:earlier|later|early|late)\s+(today|tonight|yesterday|last\s+night|this\s+(?:morning|afternoon|evening))\s*",
    re.I,
)
"""A day with "earlier" or "later" (or "early", "late"), which only order an event within it ("later today", "early
this morning", "late yesterday")."""
_MONTH_OF_YEAR = re.compile(
    r"\s*(?:(?:in|by|since|from|until|till|during|before|after|around|early|late|mid)[- ]+)?("
    + MONTH_NAME.pattern[2:-2]
    + r")\.?\s+(?:of\s+)?(this|last|next)\s+year\s*",
    re.I,
)
"""A month of the year before or after the publication year, or of that year ("March last year", "in June of next
year"): that month of that year (dateparser reads none of them)."""
_WEEK = re.compile(r"(?:(earlier|later|early|late)\s+)?(last|this|next)\s+week(?:['’]s)?", re.I)
"""A calendar week told from the publication date ("next week", "early last week", "later this week"): see
:func:`_week`."""
_WEEKEND = re.compile(r"(?:the\s+)?(last|past)\s+weekend(?:['’]s)?", re.I)
"""The weekend before the publication day: "last weekend" is the Saturday and Sunday before the publication week (on
a Saturday or Sunday too: that weekend would be "this weekend"). Two days, so given like "last week" at the precision
they share. "this weekend" is left alone: it is the one just past as often as the coming one, and tense does not tell
("This weekend, Sanders complained ..." in a Tuesday paper; "Starting this weekend, his wife has joined him" in a
Monday one), nor is "next weekend" read: writers mean the coming one or the one after it."""
_SEASON_OF = re.compile(
    r"(?:(?:by|in|until|till|from|during|over|through|before|after|around|since)\s+)?"
    r"(?:(?:early|late|mid)[- ]|the\s+(?:start|beginning|end|middle)\s+of\s+)?"
    r"(this|last|next|coming|past)\s+(spring|summer|autumn|fall|winter)(?:['’]s)?",
    re.I,
)
_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
"""A season of the publication date's year told from it ("next spring", "by this autumn", "last winter's"): its three
months as meteorologists count them in the northern hemisphere (spring March to May, winter December to February);
the first month of each."""
_PART_OF_YEAR = re.compile(
    r"(?:(?:by|in|until|till|from|during|before|after|around|since)\s+)?"
    r"((?:early|late|mid)[- ]?|the\s+(?:start|beginning|end|middle|first\s+half|second\s+half)\s+of\s+)"
    r"(this|last|next)\s+year",
    re.I,
)
"""A part of a year told from the publication date: "early next year", "by the end of this year"."""
_AGO = re.compile(rf"({_NUM_WORD})\s+(weeks?|months?|years?)\s+ago", re.I)
_AGO_THIS = re.compile(
    rf"(?:about\s+|some\s+|nearly\s+)?({_NUM_WORD})\s+years?\s+ago\s+(this\s+month|this\s+week|today)", re.I
)
"""Years back from the publication date's month or day ("eight years ago this month", "ten years ago today")."""
_MONTH_TOLD = re.compile(
    r"(?:(?:in|by|since|from|until|till|during|before|after|around|of|early|late|mid)[- ]+)?"
    r"(this\s+past|this\s+coming|this|last|next|coming|past)\s+(" + MONTH_NAME.pattern[2:-2] + r")\.?"
    r"(?:[ \t]+(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)?(?:['’]s)?",
    re.I,
)
"""A month (or a day of one) told from the publication date ("last September", "this November", "next March", "this
past July", "next Nov. 8"): "this" the one of the publication year, "last" (and "past") the last one before the
publication month (day), "next" (and "coming") the first one after it."""
_PART_OF_MONTH_TOLD = re.compile(
    r"(?:(?:by|in|until|till|from|during|before|after|around|since)\s+)?"
    r"((?:early|mid|late|earlier|later)[- ]?|the\s+(?:start|beginning|end|middle|first\s+half|second\s+half|"
    r"(?:first|second|third|fourth|last|final)\s+(?:week|weekend|days?))\s+of\s+)"
    r"(this|last|next)\s+month",
    re.I,
)
"""A part of a month told from the publication date ("late last month", "earlier this month", "the end of next
month"): that month."""
_UNIT_DAYS = {"week": 7, "month": 30.44, "year": 365.25}


def _coarse(phrase: str, base: str) -> tuple[str | None, bool, str | None] | None:
    """A relative period that is not a day, at the precision it has: "last week" is the calendar week before
    the publication week, given as its month (or year) with the week in ``reason``; "three weeks ago" and "a
    month ago" are a month, "two years ago" a year. dateparser makes each of them a day."""
    from datetime import date, timedelta

    from .numbers import parse_value

    anchor = date.fromisoformat(base)
    if week := _WEEK.fullmatch(phrase):
        return _week(week, anchor)
    if _WEEKEND.fullmatch(phrase):
        monday = anchor - timedelta(days=anchor.weekday())
        saturday = monday - timedelta(days=2)
        sunday = saturday + timedelta(days=1)
        told = f"a weekend ({saturday.isoformat()} to {sunday.isoformat()}), not a day"
        if saturday.month == sunday.month:
            return f"{saturday.year:04d}-{saturday.month:02d}", True, told
        return (str(saturday.year) if saturday.year == sunday.year else None), True, told
    if season := _SEASON_OF.fullmatch(phrase):
        return _season(season.group(1).lower(), season.group(2).lower(), anchor)
    if part := _PART_OF_YEAR.fullmatch(phrase):
        year = anchor.year + {"this": 0, "last": -1, "next": 1}[part.group(2).lower()]
        told = " ".join(part.group(0).split())
        return str(year), True, f"{told}: a part of the year, given as the year"
    if month := _MONTH_TOLD.fullmatch(phrase):
        which, number = month.group(1).lower().split()[-1], MONTHS[month.group(2)[:3].lower()]
        of_month = int(month.group(3)) if month.group(3) else 0
        named, now = (number, of_month), (anchor.month, anchor.day if of_month else 0)
        year = anchor.year
        if which in ("last", "past") and named >= now:
            year -= 1
        elif which in ("next", "coming") and named <= now:
            year += 1
        if not of_month:
            return f"{year:04d}-{number:02d}", True, None
        try:
            return date(year, number, of_month).isoformat(), True, None
        except ValueError:
            return None, True, "not a calendar date that can be read"
    if part := _PART_OF_MONTH_TOLD.fullmatch(phrase):
        step = {"this": 0, "last": -1, "next": 1}[part.group(2).lower()]
        year, number = anchor.year + (anchor.month - 1 + step) // 12, (anchor.month - 1 + step) % 12 + 1
        told = " ".join(part.group(0).split())
        return f"{year:04d}-{number:02d}", True, f"{told}: a part of the month, given as the month"
    if back := _AGO_THIS.fullmatch(phrase):
        count = 1.0 if back.group(1).lower() in {"a", "an", "one"} else parse_value(back.group(1))
        if count is None or count != int(count):
            return None
        year, told = anchor.year - int(count), " ".join(back.group(0).split())
        if back.group(2).lower() == "today":
            day = (
                anchor.replace(year=year, day=28)
                if (anchor.month, anchor.day) == (2, 29)
                else anchor.replace(year=year)
            )
            return day.isoformat(), True, None
        monday = anchor - timedelta(days=anchor.weekday())
        if back.group(2).lower().endswith("week") and monday.month != (monday + timedelta(days=6)).month:
            return str(year), True, f"{told}: a week of {year}, given as the year"
        return f"{year:04d}-{anchor.month:02d}", True, f"{told}: a month, not a day"
    if ago := _AGO.fullmatch(phrase):
        count = 1.0 if ago.group(1).lower() in {"a", "an", "one"} else parse_value(ago.group(1))
        unit = ago.group(2).lower().rstrip("s")
        if count is None or count != int(count) or (unit == "week" and count < 2):
            return None  # "a week ago" is a day; "several months ago" stays vague
        if unit == "year":
            return str(anchor.year - int(count)), True, f"about {ago.group(0)}: a year, not a day"
        when = anchor - timedelta(days=round(count * _UNIT_DAYS[unit]))
        slack = timedelta(days=3 if unit == "week" else 7)  # "about": the month only when all of it is in one
        low, high = when - slack, when + slack
        if (low.year, low.month) == (high.year, high.month):
            return f"{when.year:04d}-{when.month:02d}", True, f"about {ago.group(0)}: a month, not a day"
        return (str(when.year) if low.year == high.year else None), True, f"about {ago.group(0)}, not a day"
    return None


def _week(week: re.Match[str], anchor: date) -> tuple[str | None, bool, str]:
    """The calendar week (Monday to Sunday) before, of or after ``anchor``'s, or the part of it the words tell: "early"
    its first three days, "late" its last four; "earlier this week" the days before ``anchor``, "later this week" the
    days after it. The reason names the week by its Monday ("the week of 2026-11-16") with the days, so that a reader
    of the timeline sees which week, while the date stays at the precision those days share (their month, else their
    year, else none): a day would read as the day of the event and clash with other reports' days in that week."""
    part, which = (week.group(1) or "").lower(), week.group(2).lower()
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks={"last": -1, "this": 0, "next": 1}[which])
    first, last = monday, monday + timedelta(days=6)
    if part in ("earlier", "later") and which == "this":
        first, last = (monday, anchor - timedelta(days=1)) if part == "earlier" else (anchor + timedelta(days=1), last)
        first, last = (first, last) if first <= last else (monday, monday + timedelta(days=6))
    elif part:
        first, last = (
            (first, first + timedelta(days=2)) if part.startswith("earl") else (first + timedelta(days=3), last)
        )
    of = "the week" if (first, last) == (monday, monday + timedelta(days=6)) else f"{part} in the week"
    told = f"{of} of {monday.isoformat()} ({first.isoformat()} to {last.isoformat()}), not a day"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}", True, told
    return (str(first.year) if first.year == last.year else None), True, told


def _season(which: str, name: str, anchor: date) -> tuple[str | None, bool, str | None]:
    """The season ``name`` that "this", "next" or "last" (or "coming", "past") ``which`` points to from ``anchor``:
    "this" the one the date is in, else the one that starts in its year; "next" (and "coming") the first that starts
    after it, "last" (and "past") the last that ended before it. Given as the year that holds most of its months,
    with the months in the reason (see :data:`_SEASON_MONTHS`)."""

    def months(year: int) -> tuple[date, date]:  # first day of its first month, last day of its last
        first = date(year, _SEASON_MONTHS[name], 1)
        y, m = (year + 1, 3) if first.month == 12 else (year, first.month + 3)
        return first, date(y, m, 1) - timedelta(days=1)

    starts = [months(y) for y in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1)]
    if which in ("next", "coming"):
        first, last = next(s for s in starts if s[0] > anchor)
    elif which in ("last", "past"):
        first, last = [s for s in starts if s[1] < anchor][-1]
    else:
        first, last = next((s for s in starts if s[0] <= anchor <= s[1]), months(anchor.year))
    year = last.year if first.month == 12 else first.year  # a winter: two of its months are in the later year
    span = f"{first.isoformat()[:7]} to {last.isoformat()[:7]}"
    given = "given as its year" if first.year == last.year else "given as the year of two of its months"
    return str(year), True, f"{which} {name}: a season ({span}), {given}"


_BARE_YEAR = re.compile(
    r"\s*(?:(?:in|by|since|from|until|till|during|of|before|after|around|about|circa|early|late|mid)\s+)?"
    r"(1[5-9]\d\d|20\d\d)\s*",
    re.I,
)
_YEAR_SPAN = re.compile(r"\s*(?:the\s+|of\s+|in\s+|from\s+)?((1[5-9]|20)(\d\d))\s*[-–/]\s*(?:\2)?(\d\d)\s*")
"""Two years joined ("2007-09", "2019-2020", "2011/12"): a span of years, not September 2007."""
_PART_OF_MONTH = re.compile(
    r"\b(?:the\s+)?(?:early|mid|late|(?:end|beginning|start|middle|(?:first|second)\s+half|"
    r"(?:first|second|third|fourth|last|final)\s+(?:week|weekend|days?))\s+of)[- ]+(?=" + MONTH_NAME.pattern[2:] + ")",
    re.I,
)
"""A part of a month ("mid-March", "the middle of October", "the end of May", "the first week of March", "the second
half of February"): the month is what can be read."""
_FULL_DATE = re.compile(MONTH_NAME.pattern + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:1[5-9]\d\d|20\d\d)\b", re.I)
_WEEKDAY_FULL_DATE = re.compile(
    rf"\s*(?:on\s+)?(?:{'|'.join(WEEKDAYS)}),?\s+("
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_NAME.pattern[2:] + r"\.?,?\s+(?:1[5-9]|20)\d\d"
    r"|" + MONTH_NAME.pattern[2:] + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:1[5-9]|20)\d\d)\b[\s\d]*",
    re.I,
)
"""A weekday before a whole date with its year ("Saturday 8 June 2030", "Monday, July 13, 2029", "Tuesday, Dec. 20
2025 12" with the hour of a date line): one date, needing no anchor; the weekday makes it no relative date."""
_DAY_RANGE = re.compile(r"\b(\d{1,2})\s*[-–]\s*\d{1,2}\b(?![\d:])")
"""A range of days ("July 18-21"): its first day (dateparser reads "21" as the year 1921)."""
AHEAD_DAYS = 122
"""A month and day without a year within this many days after the publication date is the coming one."""
FORWARD_DAYS = 305
"""The same when the wording points forward, up to ten months ahead: "the key to winning the presidency in November"
in a January or February article is the coming November (PolNeAR: three such in the 60 stories); the publication
month itself and the one or two before it stay the last ones ("must file their February reports" in March, "later
in March" in a March article)."""


def _nearest_year(iso: str, base: str, *, future: bool, past: bool = False) -> str:
    """The year of a month and day written without one ("Nov. 8", "Feb. 1"): the coming one when it is less
    than four months ahead of the publication date (ten, :data:`FORWARD_DAYS`, when the wording points forward;
    never when it tells the past: "Since announcing in October"), else the last one.
    dateparser, told to prefer the past, puts "Nov. 8" in a July 2016 article in 2015."""
    from datetime import date

    anchor = date.fromisoformat(base)
    month, day = int(iso[5:7]), int(iso[8:10])

    def on(year: int) -> date:
        return date(year, month, min(day, 28) if month == 2 else day)  # a 29 February: its 28th

    ahead = next(d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := on(y)) >= anchor)
    days = (ahead - anchor).days
    near = days <= AHEAD_DAYS and not (past and days > 0)
    chosen = ahead if near or (future and days <= FORWARD_DAYS) else on(ahead.year - 1)
    return chosen.isoformat()


_DAY_AND_YEAR = re.compile(r"\s*\d{1,2}(?:st|nd|rd|th)?,?\s+((?:1[5-9]|20)\d\d)\s*")
"""A day (or month) number and a year, no month name: "6, 2016"."""
_MONTH_BEFORE = re.compile(
    r"(jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\.?\s*$",
    re.I,
)
"""A month name just before a day and year the tagger took without it, glued to the word before ("FeaturedFebruary")
or not."""
_DAY_MONTH_BEFORE = re.compile(
    r"(?:\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?[ \t]+)?\b\d{1,2}[ \t]+"
    + MONTH_NAME.pattern[2:]
    + r"\.?,?[ \t]+$",
    re.I,
)
"""A day and month written before a year that the tagger took alone ("Mon 2 Mar 2026 17:45", a live blog's stamp)."""
NINE_ELEVEN = re.compile(r"(?:Sept?\.?|September)\s+11(?:th)?\b", re.I)
_ATTACKS_AFTER = re.compile(r"(?:['’]s)?,?\s+(?:\d{4}\s+)?(?:terror(?:ist)?\s+)?(?:attacks?|hijack\w*)\b", re.I)
"""After "Sept. 11": the attacks of 2001 ("the Sept. 11 attacks", "September 11th terrorist attacks"), not a day of the
publication year."""


def find_dates(text: str, ents: list[tuple[int, int, str]], *, published: str | None = None) -> list[DateFound]:
    """``(start, end, iso, relative, reason)`` for every DATE/TIME expression; relative ones from the day the
    article's dateline gives, if it is within a few days of ``published`` ("Dec. 14 (UPI) -" in a paper dated the
    13th: its "Monday" is the 14th's), else from ``published``; with no publication date, from the dateline's day
    alone when the dateline or the record gives its year (see :func:`dateline_alone`), their reason saying so. A
    dateline with no year ("MUMBAI, Nov 11 -") anchors nothing: its year would be the run's, a guess that put an
    archived wire's "September" fifteen years off and in conflict with the story's dated reports of it."""
    found = _find_dates(text, ents, published=published)
    return _in_another_zone(text, _either_day(text, _appositions(text, _dateline_days(text, found))))


def _find_dates(text: str, ents: list[tuple[int, int, str]], *, published: str | None) -> list[DateFound]:
    if (filed := dateline_alone(text, published, guess=False)) is not None:
        found = _read_dates(text, ents, filed[0])
        by_dateline = f"the dateline's day, {filed[0]}, as the article has no publication date ({filed[1]})"
        return [
            (s, e, iso, rel, _deadline_told(text[s:e], by_dateline))
            if why == DEADLINE and iso
            else (s, e, iso, rel, by_dateline if iso and rel and why is None else why)
            for s, e, iso, rel, why in found
        ]
    day = dateline_day(text, published)
    anchor = day or published
    found = _read_dates(text, ents, anchor)
    if anchor is None:
        return found
    told = f"the dateline's day, {anchor}" if day else f"the publication date, {_base(anchor)}"
    return [
        (s, e, iso, rel, _deadline_told(text[s:e], told))
        if why == DEADLINE and iso
        else (s, e, iso, rel, _counted(text[s:e], iso, anchor, told) if iso and rel and why is None else why)
        for s, e, iso, rel, why in found
    ]


DEADLINE = "a deadline"
"""The reason :func:`_read_dates` gives a duration read as a deadline (see :func:`_deadline`), told in full by
:func:`_deadline_told` once the day it is counted from is known."""


def _deadline_told(expression: str, told: str) -> str:
    return f"{' '.join(expression.split())}: a deadline, counted forward from {told}"


def _dateline_days(text: str, found: list[DateFound], *, within: int = 400) -> list[DateFound]:
    """``found`` with each date inside a dateline opening a line near the top ("KESSLING/VELDRA, May 15 (Harbour Wire
    Service) -") undated: the day the report was filed, which anchors the article's relative dates, is no event of
    its own and no entry on the timeline."""
    lines = [
        (m.end(), line.end())
        for m in re.finditer(r"(?m)^[ \t]*", text[:within])
        if (line := _DATELINE_DAY.match(text, m.end())) is not None
    ]
    if not lines:
        return found
    why = "the dateline's day: when the report was filed, no event"
    return [(s, e, None, False, why) if any(ls <= s and e <= le for ls, le in lines) else (s, e, iso, rel, r)
            for s, e, iso, rel, r in found]  # fmt: skip


def _counted(expression: str, iso: str, anchor: str, told: str) -> str:
    """How a relative date was resolved: counted back or forward from ``told`` (the publication date, the dateline's
    day), or that date itself, compared at the precision the date is given ("next year" -> "2027" of a paper of
    November 2026: forward)."""
    base = _base(anchor) or anchor
    own, at = iso[: len(base)], base[: len(iso)]
    precision = "day" if len(iso) >= 10 else "month" if len(iso) == 7 else "year"
    way = "counted back from" if own < at else "counted forward from" if own > at else f"the same {precision} as"
    return f"{' '.join(expression.split())}: {way} {told}"


def _read_dates(text: str, ents: list[tuple[int, int, str]], anchor: str | None) -> list[DateFound]:
    """Every date expression read from ``anchor`` (the publication date or the dateline's day), reason None when a
    relative one was resolved without more to say (see :func:`_counted`)."""
    out: list[DateFound] = []
    befores: list[str] = []  # the sentence's words before each date, as the tense was read from
    ents = _join_day_month(text, _cut_duration(text, ents))
    numeric = [m for m in NUMERIC_DATE.finditer(text)]
    ents = [x for x in ents if not any(m.start() < x[1] and x[0] < m.end() for m in numeric)]
    ents = sorted(ents + [(m.start(), m.end(), "NUMERIC") for m in numeric])
    order = numeric_order(text, anchor) if numeric else None
    for s, e, label in ents:
        if label == "NUMERIC" and order is not None:
            ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, s - 160), s)]
            befores.append(text[max(ends[-1] if ends else 0, text.rfind("\n", 0, s) + 1, s - 120) : s])
            out.append((s, e, *read_numeric(text[s:e], order, anchor)))
            continue
        if label not in DATE_LABELS:
            continue
        if (hour := _HOUR_AT_END.search(text, s, e)) and _MINUTES.match(text, e) and hour.start() > s:
            e = hour.start()  # "Oct 26, 2011 8: 57 AM": the tagger's date ends with the hour of a time, no month
        if re.fullmatch(r"[\d\s,–-]+", text[s:e]) and not YEAR.search(text[s:e]):
            continue  # "20 - 13", "9-5": a score or a record the tagger read as a date
        if AGE.search(text[s:e]):
            continue  # "59 - year - old": an age, not a date
        term = _TO_TERM.search(text, s, e)
        if term and (_DAY_NAMED.search(text, s, term.start()) or MONTH_NAME.search(text, s, term.start())):
            e = term.start()  # "sentenced on Tuesday (in December) to seven years": the day, then the term it gave
        if "\n\n" in text[s:e] or len(text[s:e].split()) > 12:
            continue  # "8:35 p.m. ... [three paragraphs] ... 8:20 p.m.": a tagger's run-on, no one expression
        if (label_no := _LABEL_NUMBER.match(text, s, e)) and _names_a_thing(text, s):
            s = label_no.end()  # "gallery 7 last month": the gallery's number, then the date ("last month")
        ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, s - 160), s)]
        start = max(ends[-1] if ends else 0, text.rfind("\n", 0, s) + 1, s - 120)
        # words inside a quotation don't set the tense: "he'll be “very competitive” in November" reads "he'll be in"
        before = re.split(r"[\"“”«»]", _QUOTATION.sub(" ", text[start:s]))[-1]
        if _subject_of_future(text, start, s, e):
            before += " will "  # "said that Thursday would test the lines": the day is the subject of a future verb
        elif _hypothetical(before, text[e : (end.start() if (end := _SENTENCE_END.search(text, e)) else len(text))]):
            before += " will "  # "would fare if he won the election on Nov. 8": a condition still to come
        if (event := _event_told_past(text, s, e)) is not None:
            before = text[event:s]  # "will stay closed after the attack on Tuesday": the attack's own words, past
        befores.append(before)
        places = tuple((a, b) for a, b, lab in ents if lab in _PLACE_LABELS)
        if why_not := _not_when(text, s, e, before, places):
            out.append((s, e, None, False, why_not))
            continue
        if NINE_ELEVEN.fullmatch(text[s:e].strip()) and _ATTACKS_AFTER.match(text, e):
            out.append((s, e, "2001-09-11", False, None))  # "the Sept. 11 attacks": the attacks of 2001
            continue
        phrase = text[s:e]
        if _DAY_AND_YEAR.fullmatch(phrase) and (glued := _MONTH_BEFORE.search(text, max(0, s - 12), s)):
            phrase = f"{glued.group(1)} {phrase}"  # "FeaturedFebruary 6, 2016": the month the tagger left out
        if YEAR.match(phrase) and (day_month := _DAY_MONTH_BEFORE.search(text, max(0, s - 24), s)):
            s = day_month.start()  # "Mon 2 Mar 2026 17:45": the day and month the tagger left out of "2026"
            phrase = text[s:e]
        if anchor and (due := _deadline(phrase, before, text[e : e + 40], anchor)):
            out.append((s, e, due, True, DEADLINE))  # "has 14 days to lodge an appeal": the day it runs out
            continue
        iso, rel, why = resolve_date(phrase, published=anchor, before=before)
        bare_month = MONTH_NAME.search(text[s:e]) and not YEAR.search(text[s:e])
        if iso and len(iso) in (7, 10) and anchor and (coming := _month_to_come(text, s, e, before, iso, anchor)):
            iso = coming  # "the November election will pit", "the votes Quist needs in November" in a spring paper
        elif iso and bare_month and anchor and (gone := _month_gone_by(text, s, e, before, iso, anchor)):
            iso = gone  # "The last flood was in February", "In February, a flood hit the town" in a November paper
        if iso and bare_month and (told := _year_told(text, s, anchor)) and told != iso[:4]:
            iso, rel, why = told + iso[4:], True, f"in {told}, the year the text has just told"
        out.append((s, e, iso, rel, why))
    out = _named_days(text, out, anchor)
    return _stamp_days(text, _day_after_day(text, _one_day_a_weekday(text, out, befores, anchor)), anchor)


_HOUR_AT_END = re.compile(r"[ \t,]+(?:at[ \t]+)?\d{1,2}$")
_MINUTES = re.compile(r"[ \t]?[:.][ \t]?[0-5]\d\b")
"""A number closing a date expression right before the minutes of a time ("Oct 26, 2011 8: 57", "March 14, 2031 9.27"):
the hour, cut off so that it is never read as the month or the day."""
_DURATION = re.compile(
    rf"(?:(?P<within>within|in)\s+)?(?:the\s+next\s+)?(?P<count>{_NUM_WORD})[- ](?P<unit>days?|weeks?|months?)", re.I
)
_GIVEN_TIME = re.compile(
    r"\b(?:has|have|will\s+have|gets?|(?:is|are|has\s+been|have\s+been)\s+given)\s+(?:only\s+|just\s+|another\s+)?$",
    re.I,
)
_TO_DO = re.compile(r"[^\S\n]+(?:in\s+which\s+)?to\s+(?-i:[a-z])", re.I)


def _deadline(phrase: str, before: str, after: str, anchor: str) -> str | None:
    """The day (or month) a time limit told as a duration from now runs out: "The defence has 14 days to lodge an
    appeal", "residents are given two weeks to object", "he will appeal within 14 days" (a forward cue before
    "within"), counted from ``anchor`` (the publication date or the dateline's day). None for a duration that sets
    no limit still to come: "the works took 14 days", "he had 14 days to appeal" (past), "within 14 days of the
    crash" (counted from another event), "in 14 days" (a span as often as a wait)."""
    m = _DURATION.fullmatch(phrase.strip())
    base = _base(anchor)
    if m is None or base is None:
        return None
    within = m.group("within") or (re.search(r"\bwithin\s*$", before, re.I) and "within")
    if within:
        if within.lower() != "within" or not _future(before) or re.match(r"\s+(?:of|after|from|since)\b", after):
            return None
    elif not (_GIVEN_TIME.search(before) and _TO_DO.match(after)):
        return None
    from .numbers import parse_value

    word = m.group("count").lower()
    count = 1.0 if word in {"a", "an", "one"} else parse_value(word)
    if count is None or count != int(count) or not 0 < count <= 366:
        return None  # "several days", "a few weeks": no day to count to
    day, unit = date.fromisoformat(base), m.group("unit").lower().rstrip("s")
    if unit == "month":
        months = day.month - 1 + int(count)
        return f"{day.year + months // 12:04d}-{months % 12 + 1:02d}"
    return (day + timedelta(days=int(count) * (7 if unit == "week" else 1))).isoformat()


_ON_TO = re.compile(r"[ \t]*,?[ \t]*(?:and[ \t]+)?(?:on[ \t]+)?(?:into|to|through|until|till|[-–])[ \t]*$", re.I)


def _day_after_day(text: str, found: list[DateFound]) -> list[DateFound]:
    """A weekday that a dated day runs on to in the same sentence ("speeches on Wednesday and into the early hours
    of Thursday", "from Monday to Friday") is the first such day after that one, not the one counted from the
    publication date on its own."""
    out = list(found)
    for k in range(1, len(found)):
        s, e, iso, rel, why = out[k]
        ps, pe, prev, _rel, _why = out[k - 1]
        m = _WEEKDAY.match(text[s:e].strip())
        if not (m and prev and len(prev) == 10 and iso and not m.group(1)):
            continue
        if not (pe <= s and _ON_TO.fullmatch(text, pe, s)):
            continue
        day = date.fromisoformat(prev)
        after = day + timedelta(days=(WEEKDAYS.index(m.group(2).lower()) - day.weekday()) % 7 or 7)
        out[k] = (s, e, after.isoformat(), rel, why)
    return out


_LABEL_NUMBER = re.compile(
    r"(?!(?:1[5-9]|20)\d\d\b)\d{1,4}[A-Za-z]?[ \t]+(?=(?:last|this|next|in|on|at|early|late|earlier|later|yesterday|today|tonight|tomorrow|"
    rf"morning|afternoon|evening|night|overnight|{'|'.join(WEEKDAYS)})\b)",
    re.I,
)
"""A number opening a date expression and followed by a date word, not a month ("7 last month", "7 in the
morning"): a day or an hour only if no noun names it (see :func:`_names_a_thing`)."""
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Za-z][A-Za-z'’-]*)\.?[ \t]+$")
_NOT_A_NAMING_WORD = frozenset(
    {
        "at", "by", "around", "about", "until", "till", "before", "after", "from", "to", "since", "past", "near",
        "nearly", "almost", "approximately", "roughly", "some", "shortly", "just", "and", "or", "between", "on", "in",
        "of", "the", "than", "only", "over", "under", "for", "with", "within", "during", "circa", "also", "still",
        "as", "is", "was", "were", "are", "be", "been", "every", "each", "per", "then", "again", "once", "even",
    }
)  # fmt: skip
"""Words a time of day or a day number may follow ("at 7 in the morning", "by 9 tonight")."""


def _names_a_thing(text: str, s: int) -> bool:
    """The number at ``text[s]`` follows a word that it numbers or counts ("gallery 7", "Level 3", "route 9",
    "shares fell 7 last month"): no day of the month, no hour. Not after a preposition, a month or a weekday."""
    word = _WORD_BEFORE.search(text, max(0, s - 30), s)
    if word is None:
        return False
    w = word.group(1).lower()
    return w not in _NOT_A_NAMING_WORD and not MONTH_NAME.fullmatch(w) and w not in WEEKDAYS


_RESTATES = re.compile(
    rf"(?:{_NUM_WORD}|a|one)\s+(?:days?|nights?|weeks?|months?|years?)\s+(?:earlier|later|before|after|previously)"
    r"|(?:the\s+)?(?:day|night|week)\s+(?:before|after|earlier|later)|(?:the\s+)?(?:previous|following)\s+(?:day|night)"
    r"|that\s+(?:day|night|morning|afternoon|evening)",
    re.I,
)
"""A date told from another one ("two days earlier", "the day before", "that night")."""
_APPOSITION = re.compile(r"[ \t]*(?:,|—|–|--)[ \t]*(?:(?:on|in|at)[ \t]+)?")


def _appositions(text: str, found: list[DateFound]) -> list[DateFound]:
    """A date told from another that it stands beside, set off by a comma or a dash ("on Saturday, two days
    earlier", "two days earlier, on Saturday"), restates that date: it is no date of its own, and no second entry on
    the timeline (an unanchored "two days earlier" would be an undated one)."""
    out = list(found)
    for k in range(len(found) - 1):
        (s1, e1, *_), (s2, e2, *_) = found[k], found[k + 1]
        if not _APPOSITION.fullmatch(text, e1, s2):
            continue
        first, second = _RESTATES.fullmatch(text[s1:e1].strip()), _RESTATES.fullmatch(text[s2:e2].strip())
        if bool(first) == bool(second):
            continue
        other, which = (k, k + 1) if second else (k + 1, k)
        s, e, iso, rel, _why = found[other]
        if iso is None and not rel:
            continue  # beside a time of day or a duration, not a date
        ws, we = found[which][:2]
        out[which] = (ws, we, None, False, f"restates the date beside it (“{text[s:e]}”), not another date")
    return out


_ZONE = r"(?:local[ \t]+time|GMT|UTC|[A-Z]{1,2}[SD]?T|(?:[A-Z][a-z]+[ \t]+){1,2}time)"
_ZONE_GLOSS = re.compile(
    rf"(?P<own>[ \t]+{_ZONE})?[ \t]*(?:,|\(|—|–|--)[ \t]*(?:(?:or|which\s+was|that\s+is|i\.e\.)[ \t]+)?"
    r"(?:(?:early|late)[ \t]+)?(?:(?:on|in|at)[ \t]+)?"
)
_ZONE_AFTER = re.compile(rf"[ \t]+{_ZONE}\b")
"""A time zone after a day that restates another ("(early Friday GMT)")."""


def _in_another_zone(text: str, found: list[DateFound]) -> list[DateFound]:
    """A day followed by the same moment told in another time zone ("at 11.40 p.m. on Thursday local time, early on
    Friday in Kelvania", "late on Thursday local time (early Friday GMT)"): one event, so one date, the first; the
    second, a day before or after it, restates it and is no date of its own (no second entry on the timeline), and
    the first's reason says so. A time zone must be named after the first day ("local time") or the second ("GMT"):
    "on Thursday, on Friday in Veldra" are two days."""
    out = list(found)
    for k in range(len(found) - 1):
        (s1, e1, iso1, rel1, why1), (s2, e2, iso2, _rel2, _why2) = found[k], found[k + 1]
        gloss = _ZONE_GLOSS.fullmatch(text, e1, s2)
        if gloss is None or not (iso1 and iso2 and _DAY_ISO.fullmatch(iso1) and _DAY_ISO.fullmatch(iso2)):
            continue
        if abs((date.fromisoformat(iso2) - date.fromisoformat(iso1)).days) != 1:
            continue
        if not (gloss.group("own") or _ZONE_AFTER.match(text, e2)):
            continue
        told = " ".join(text[s2:e2].split())
        first = " ".join(text[s1:e1].split())
        out[k] = (s1, e1, iso1, rel1, f"{why1 or first}; told also as {told} ({iso2}) in another time zone: one moment")
        out[k + 1] = (s2, e2, None, False, f"the same moment as “{first}” ({iso1}), told in another time zone")
    return out


_OR = re.compile(r"[ \t]+or[ \t]+(?:(?:on|in|at)[ \t]+)?")
_DAY_ISO = re.compile(r"\d{4}-\d\d-\d\d")


def _either_day(text: str, found: list[DateFound]) -> list[DateFound]:
    """Two days joined by "or", the second the day after the first ("late Sunday or early Monday", "on Sunday night
    or Monday morning"): one night or one uncertain day told as two, so one expression over both, dated by its first
    day and marked approximate in its ``reason``; unanchored, one undated expression. Not two days apart ("on
    Monday or Wednesday": two dates), nor days joined by "and"."""
    out: list[DateFound] = []
    k = 0
    while k < len(found):
        cur = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        k += 1
        if nxt is None or not _OR.fullmatch(text, cur[1], nxt[0]):
            out.append(cur)
            continue
        (s1, _e1, iso1, rel1, why1), (_s2, e2, iso2, rel2, _why2) = cur, nxt
        if iso1 and iso2 and _DAY_ISO.fullmatch(iso1) and _DAY_ISO.fullmatch(iso2):
            if (date.fromisoformat(iso2) - date.fromisoformat(iso1)).days != 1:
                out.append(cur)
                continue
            why = f"one night or day told as two ({iso1} to {iso2}): its first day, approximate"
            out.append((s1, e2, iso1, rel1 or rel2, why))
        elif iso1 is None and iso2 is None and rel1 and rel2 and _WEEKDAY_NAME.search(text, s1, e2):
            out.append((s1, e2, None, True, why1))
        else:
            out.append(cur)
            continue
        k += 1
    return out


_DAY_NUMBER_BEFORE = re.compile(r"(?<![\w.,])(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?$", re.I)
"""A day of the month right before a month the tagger took alone ("9 November", "3rd of May"; not the "13" of "2.13")."""
_BARE_MONTH = re.compile(MONTH_NAME.pattern + r"\.?", re.I)
_WEEKDAY_NAME = re.compile(rf"(?:{'|'.join(WEEKDAYS)})", re.I)


_AFTER_COMMA_SPAN = re.compile(
    r",[ \t]+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|many|some|\d+)[ \t]+)?"
    r"(?:days?|weeks?|months?|years?|hours?|decades?)$",
    re.I,
)
"""A length of time after a comma ("3 November, weeks", "3 November, two weeks"): the tagger reads "on 3 November,
weeks before the memo became public" as one date, which then reads as none."""


def _cut_duration(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A DATE (or TIME) that runs past a comma into a length of time ("3 November, weeks before ...", "on Friday
    morning, hours after ...") ends at the comma: the date before it is the date; the length is how long before or
    after something else it was, no date."""
    out = []
    for s, e, label in ents:
        if label in DATE_LABELS and (m := _AFTER_COMMA_SPAN.search(text, s, e)) and m.start() > s:
            e = m.start()
        out.append((s, e, label))
    return out


def _join_day_month(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tagger's pieces of one written date made one expression: "on Monday, 9 November" comes as "Monday"
    (DATE), "9" (a number) and "November" (DATE); read apart, the month would be a month of its own on the timeline
    and "Monday" a second mention of the day. A bare month name with a day number just before it takes the number,
    and a weekday name followed by a comma or a space and a date with a day number takes that date."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in sorted(ents):
        day = _DAY_NUMBER_BEFORE.search(text, max(0, s - 12), s) if _BARE_MONTH.fullmatch(text[s:e]) else None
        if label == "DATE" and day:
            out = [x for x in out if x[1] <= day.start()]  # the number the tagger took as a CARDINAL
            s = day.start()
        if (
            label == "DATE"
            and out
            and out[-1][2] == "DATE"
            and _WEEKDAY_NAME.fullmatch(text[out[-1][0] : out[-1][1]])
            and re.fullmatch(r",?[ \t]+", text[out[-1][1] : s])
            and re.match(
                r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b|" + MONTH_NAME.pattern[2:] + r"\.?\s+\d", text[s:e], re.I
            )
        ):
            s = out.pop()[0]
        out.append((s, e, label))
    return out


NUMERIC_DATE = re.compile(
    r"(?<![\w/.-])(\d{1,2})(?:(/)(\d{1,2})/((?:19|20)\d\d|\d\d)|(\.)(\d{1,2})\.((?:19|20)\d\d))(?![\w/-]|\.\d)"
)
"""A date written in figures, day and month in an order the writer's country sets ("05/03/2026", "5/3/26",
"05.03.2026"; with full stops only with a four-figure year: "version 2.1.12" is no date)."""
_DAY_MONTH_WORDS = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_NAME.pattern[2:], re.I)
_MONTH_DAY_WORDS = re.compile(
    MONTH_NAME.pattern + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d|\s*(?:am|pm|a\.m|p\.m))", re.I
)
NEAR_DAYS = 31
"""How near the publication date one reading of a date in figures must be, the other not, to be the one meant."""


def numeric_order(text: str, published: str | None) -> tuple[str | None, str]:
    """How the article writes a date in figures: ``("dmy" | "mdy" | None, why)``. A date in figures whose first or
    second number is over 12 tells its order ("25/03/2026" is day-first), and so do the dates the article writes
    with a month's name ("7 March 2026" is British usage, day-first; "March 7, 2026" American, month-first); else a
    reading within :data:`NEAR_DAYS` days of the publication date, the other not, is the one meant (see
    :func:`read_numeric`). None when nothing tells."""
    told = [(int(m.group(1)), int(m.group(3) or m.group(6))) for m in NUMERIC_DATE.finditer(text)]
    firsts = {"dmy" if a > 12 else "mdy" for a, b in told if max(a, b) > 12}
    if len(firsts) == 1:
        return firsts.pop(), "as the article's other dates in figures"
    dm, md = len(_DAY_MONTH_WORDS.findall(text)), len(_MONTH_DAY_WORDS.findall(text))
    if dm != md and not firsts:
        return ("dmy" if dm > md else "mdy"), "as the article writes its dates with the month's name"
    return None, ""


def read_numeric(
    phrase: str, order: tuple[str | None, str], published: str | None = None
) -> tuple[str | None, bool, str | None]:
    """``(iso, relative, reason)`` of a date in figures read in ``order`` (from :func:`numeric_order`). When the
    order is not told and both readings are calendar days, the one near the publication date if only one is; else
    only the year, the reason giving both days (the article does not say which)."""
    m = NUMERIC_DATE.fullmatch(phrase)
    if m is None:
        return None, False, "not a calendar date that can be read"
    a, b, y = int(m.group(1)), int(m.group(3) or m.group(6)), m.group(4) or m.group(7)
    year = int(y) if len(y) == 4 else 2000 + int(y) if int(y) <= 50 else 1900 + int(y)

    def day(d: int, mo: int) -> date | None:
        try:
            return date(year, mo, d)
        except ValueError:
            return None

    dmy, mdy = day(a, b), day(b, a)
    how, why = order
    if dmy is None and mdy is None:
        return None, False, "not a calendar date"
    if dmy is None or mdy is None or dmy == mdy:
        iso = (dmy or mdy).isoformat()  # type: ignore[union-attr]
        return iso, False, None
    if how is not None:
        pick = dmy if how == "dmy" else mdy
        return pick.isoformat(), False, f"{'day' if how == 'dmy' else 'month'}-first, {why}"
    if (pub := _base(published)) is not None:
        near = [d for d in (dmy, mdy) if abs((d - date.fromisoformat(pub)).days) <= NEAR_DAYS]
        if len(near) == 1:
            first = "day" if near[0] == dmy else "month"
            return near[0].isoformat(), False, f"{first}-first, the reading near the publication date ({pub})"
    return (
        str(year),
        False,
        f"{phrase} is {dmy.isoformat()} read day-first or {mdy.isoformat()} month-first, and the article does not "
        "tell which: the year only",
    )


_TO_TERM = re.compile(rf"\s+to\s+(?:\d+|{_NUM_WORD})\s+(?:years?|months?|weeks?|days?)\b.*$", re.I)
"""A term after a day in one tagged expression ("Tuesday to seven years" of "sentenced on Tuesday to seven years in
prison")."""
_DAY_NAMED = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)\b", re.I)
_YEARS_AGO = re.compile(rf"\b({_NUM_WORD})\s+years?\s+ago\b", re.I)
_IN_YEAR = re.compile(r"(?:^|(?<=[.!?])[\"”’)]?\s+)(?:(?:but|and|back|so|yet)\s+)?in\s+((?:19|20)\d\d),", re.I | re.M)
"""A sentence opening with its year ("In 2008, Barack Obama's campaign began ...", "But in 2012, the president's
...")."""
_NOW_AGAIN = re.compile(
    r"\b(?:now|today|tonight|currently|this (?:year|month|week|time)|last (?:week|month)|yesterday|tomorrow|"
    r"(?:19|20)\d\d)\b",
    re.I,
)


def _year_told(text: str, s: int, anchor: str | None) -> str | None:
    """The year a month without one belongs to when the text has just told another: a sentence that opens with its
    year ("In 2008, Barack Obama's campaign began airing ads in mid-September": September 2008), or a paragraph that
    counts years back ("Eight years ago, Obama ... won 11 consecutive victories in February. ... contests in Ohio and
    Texas in early March": February and March 2008). Not with another year, "now" or future wording between them.
    A year named elsewhere in the sentence tells nothing ("arrested in 2014 and pleaded guilty in May")."""
    from .numbers import parse_value

    base = _base(anchor)
    if base is None:
        return None
    lo = text.rfind("\n", 0, s) + 1
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, s)]
    opening = list(_IN_YEAR.finditer(text, breaks[-1] - 1 if breaks else lo, s))
    ago = list(_YEARS_AGO.finditer(text, lo, s))
    told = max([*opening, *ago], key=lambda m: m.end(), default=None)
    if told is None or _NOW_AGAIN.search(text, told.end(), s) or FUTURE_CUES.search(text[told.end() : s]):
        return None
    if told in opening:
        return told.group(1)
    count = 1.0 if told.group(1).lower() in {"a", "an", "one"} else parse_value(told.group(1))
    if count is None or count != int(count) or count < 1:
        return None
    return str(int(base[:4]) - int(count))


_PRESENT = re.compile(
    r"\b(?:is|are|am|isn['’]t|aren['’]t|does|do|doesn['’]t|don['’]t|will|won['’]t|would|can|can['’]t|must|"
    r"needs?|wants?|remains?|(?:there|it|that|what|here|he|she)['’]s|\w+['’](?:re|ll))\b",
    re.I,
)
"""A verb in the present or the future ("doesn't translate into an advantage in November", "Then there's November",
"whose votes Quist needs in November", "the November election will pit"): the words :func:`_month_to_come` needs in
the date's clause or after it; "'s" only after a pronoun, not a possessive ("Holm's")."""

_MONTH_AND_DAY = re.compile(
    MONTH_NAME.pattern[2:-2]
    + r"\.?[ \t]+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    r"[ \t]+(?:of[ \t]+)?" + MONTH_NAME.pattern[2:-2] + r"\.?",
    re.I,
)
_SCHEDULED = r"(?:elections?|vote|polls|ballot|referendum|primary|primaries|runoff|run-off|caucus(?:es)?|inauguration)"
_EVENT_BEFORE = re.compile(
    rf"\b{_SCHEDULED}(?:[ \t]+(?:day|date))?[ \t]*(?:,[ \t]*)?(?:on|is|set[ \t]+for)?[ \t]*$", re.I
)
_EVENT_AFTER = re.compile(rf"(?:['’]s)?[ \t]+(?:[a-z]+[ \t]+){{0,2}}{_SCHEDULED}\b", re.I)
"""A vote that a day names ("the election on Nov. 8", "the Nov. 8 runoff", "the Nov. 8 general election"): held on a
date set long before, so a day still to come in the publication year is that one when nothing in the sentence tells
the past (see :func:`_month_to_come`)."""


def _month_to_come(text: str, s: int, e: int, before: str, iso: str, anchor: str) -> str | None:
    """The coming month for a month named alone (``iso``, a year and month, read as the last such month because the
    coming one is more than four months ahead: see :func:`_nearest_year`) in a sentence told in the present or the
    future, with no verb in the past tense in the date's clause before it nor after it in the sentence: "an
    advantage in November", "Then there's November." in a March paper are the coming election's November. A month
    that names a thing ("the November election") only with a future verb ("will pit"): "the November attacks are
    under investigation" looks back. Only a month later in the publication's own year, so that "the January figures
    show" in a March paper stays the one gone by; not "Prices rose in November" (no verb in the present), nor "since
    November" (see :data:`PAST_MONTH`). The same for a month and day ("Election Day is Nov. 8" in a May paper), and
    for the day of a vote with no verb in the present ("the governor's election on Nov. 8", see :data:`_EVENT_BEFORE`);
    not "Holt, who won the election on Nov. 8, ..." (past)."""
    base = _base(anchor)
    word = re.sub(r"^(?:in|by|until|till|during|for|on)\s+|\.$", "", text[s:e].strip(), flags=re.I)
    day = len(iso) == 10 and _MONTH_AND_DAY.fullmatch(word)
    if base is None or not (MONTH_NAME.fullmatch(word) or day):
        return None
    coming = f"{int(iso[:4]) + 1:04d}{iso[4:]}"
    if coming[:4] != base[:4] or coming <= base[: len(coming)] or PAST_MONTH.search(before):
        return None
    clause = _CLAUSE_BREAK.split(before)[-1]
    end = _SENTENCE_END.search(text, e)
    rest = text[e : end.start() if end else len(text)]
    if any(_WAS.search(part) or _told_in_past(part) for part in (clause, rest)):
        return None
    after_a_preposition = word != text[s:e].strip() or re.search(r"\b(?:in|by|until|till|during|for)\s+$", before)
    names_a_thing = not after_a_preposition and re.match(
        r"[ \t]+[a-z]", rest
    )  # "the November election", not "in November or"
    verb = _FUTURE_VERB_ANY if names_a_thing else _PRESENT
    if day and (_EVENT_BEFORE.search(clause) or _EVENT_AFTER.match(rest)):
        return coming  # "the governor's election on Nov. 8", "the Nov. 8 runoff", no verb in the past tense
    return coming if verb.search(clause) or verb.search(rest) else None


_SAME_FORM_PAST = re.compile(
    r"\b(?:a|an)[ \t]+(?:[\w.,-]+[ \t]+){0,4}?(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bcould )(?<!\bmay )"
    r"(?<!\bmight )(?<!\bmust )(?<!\bshould )(?<!\bdid )(?<!\bdoes )(?<!\bnot )"
    r"(?:hit|cut|put|set|shut|beat|cost|hurt|spread|burst|split|struck|let)\b",
    re.I,
)
"""A verb written alike in the past and the present after a subject that "a" opens ("a quake measuring 6.4 hit the
town"): with one subject the present would be "hits", so it is the past; not after "to" or a modal ("a plan to cut")."""


_SENTENCE_STOP = re.compile(r"[.!?][\"”’)]*(?=\s|$)|\n")
"""Where a sentence ends: a stop before a space, not the point of a figure ("a quake of 6.4 hit")."""


_OPENING_PHRASE = re.compile(
    r"[ \t]*(?:in|on|at|after|during|by|before|following|from|since|until|with)\b[^,;:\n\"“”]*", re.I
)
"""A sentence's opening phrase of time or place, up to the date that ends it ("In February", "After a test in January",
"At the first debate in August"): the clause after its comma is the sentence's own and tells its tense."""
_INFINITIVE = re.compile(r"\bto[ \t]+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those)\b)(?-i:[a-z])", re.I)


def _past_before(clause: str) -> bool:
    """The words of a date's clause before it tell the past: a verb in the past tense (not a present perfect), "was",
    or one written alike in both tenses after "a" (:data:`_SAME_FORM_PAST`), with no infinitive between the last of
    them and the date: "threatened to disrupt the convention in July" looks ahead from a past."""
    ends = [m.end() for m in PAST_VERB.finditer(clause) if not _PERFECT.search(clause, 0, m.start())]
    ends += [m.end() for rx in (_WAS, _SAME_FORM_PAST) for m in rx.finditer(clause)]
    return bool(ends) and _INFINITIVE.search(clause, max(ends)) is None


def _month_gone_by(text: str, s: int, e: int, before: str, iso: str, anchor: str) -> str | None:
    """The last such month for a month named alone (or a month and day) after a preposition that
    :func:`_nearest_year` put in the coming months (less than four months ahead) when its sentence tells the past: a
    verb in the past tense in the date's clause before it ("The last flood to reach the valley was in February",
    "Inspectors flagged a leak at the depot in March"), or in the clause after the sentence's opening phrase that the
    month ends ("In February, a flood hit the town"), and no future verb or cue in the sentence. A month in a November
    paper that "was" is February gone by, not the one to come. Not "The board will vote in February", "In February,
    voters head to the polls" (no past tense), "threatened to disrupt the convention in July" (a plan told in the
    past), nor a month that names a thing ("detailed the campaign in the March states")."""
    base = _base(anchor)
    phrase = text[s:e].strip()
    after_a_preposition = re.match(r"(?:in|on|during|since|from|by)\s", phrase, re.I) or re.search(
        r"\b(?:in|on|during|since|from|by)\s+$", before, re.I
    )
    if base is None or not after_a_preposition or iso[: len(base)] <= base[: len(iso)] or _future(before):
        return None
    end = _SENTENCE_STOP.search(text, e)
    rest = text[e : end.start() if end else len(text)]
    clause = _CLAUSE_BREAK.split(before)[-1]
    if _FUTURE_VERB_ANY.search(clause) or _FUTURE_VERB_ANY.search(rest) or PLANNED_CUES.search(before):
        return None
    gone = f"{int(iso[:4]) - 1:04d}{iso[4:]}"
    if _past_before(clause):
        return gone
    if not (_OPENING_PHRASE.fullmatch(before + phrase) and re.match(r"[ \t]*,", rest)):
        return None
    main = next((part for part in _CLAUSE_BREAK.split(rest) if part.strip()), "")
    return gone if _WAS.search(main) or _told_in_past(main) or _SAME_FORM_PAST.search(main) else None


_SENTENCE_END = re.compile(r"[.!?\n]")
_IF_PAST = re.compile(
    rf"\bif[ \t]+(?:[\w'’.-]+[ \t]+){{1,4}}?(?:were|was|(?!(?:need|speed|seed|feed|red|bed|hundred)\b)[a-z]{{2,}}ed|{IRREGULAR_PAST})"
    r"(?![ \t]+(?:to|by)\b)[^.!?,;:]*$",
    re.I,
)
_MODAL = re.compile(r"\b(?:would|could|might)\b(?![ \t]+(?:not[ \t]+)?have\b)|\b\w+['’]d\b(?![ \t]+have\b)", re.I)

_ASKS_IF = re.compile(
    r"\b(?:say|said|says|tell|told|know|knew|ask|asked|asks|wonder\w*|unclear|clear|sure|see|saw|check\w*|confirm\w*)"
    r"[ \t]+$",
    re.I,
)
"""A verb of saying or knowing right before "if": the clause is a question ("would not say if he voted on Tuesday"),
no condition."""


def _hypothetical(before: str, rest: str) -> bool:
    """The date is in a condition told in the past tense beside "would" ("how ties would fare if he won the
    election on Nov. 8", "If she lost on Friday, she would appeal"): a supposition about what is still to come, not
    a day gone by. Not a condition without a modal ("asked if he won on Nov. 8"), nor one of the past ("would have
    resigned if he lost", "if he had won"), nor a question ("would not say if he voted on Nov. 8")."""
    cond = _IF_PAST.search(before)
    if cond is None or re.search(r"\bhad\b", cond.group(0), re.I) or _ASKS_IF.search(before, 0, cond.start()):
        return False
    return bool(_MODAL.search(before, 0, cond.start()) or _MODAL.search(rest))


_FUTURE_VERB_ANY = re.compile(r"\b(?:will|won['’]t|would|\w+['’]ll|going\s+to)\b", re.I)


_PERFECT = re.compile(r"\b(?:has|have|['’]ve)(?:\s+(?:not|never|also|already|\w+ly))?\s+$", re.I)
_WAS = re.compile(r"\b(?:was|were)\b(?!\s+to\b)")


def _told_past(text: str, s: int, e: int) -> bool:
    """A weekday at ``text[s:e]`` told as past by a verb on its line, up to 100 characters before it or 60 after it
    ("who endorsed Mr. Rubio on Tuesday", "On Friday, Mr. Carson endorsed", "were quick to offer condolences on
    Monday"). Not the present perfect, which never goes with a day gone by: in "has complimented the moderator of
    Monday night's debate" the debate is to come."""
    lo, hi = max(text.rfind("\n", 0, s) + 1, s - 100), text.find("\n", e)
    around = (text[lo:s], text[e : min(e + 60, hi if hi >= 0 else len(text))])
    return any(_WAS.search(part) or _told_in_past(part) for part in around)


_NO_NOUN = r"(?!(?:of|in|at|for|by|with|to|from|and|or)\b)"
_EVENT_NOUN_BEFORE = re.compile(
    rf"\b(after|since|following)[ \t]+(?:(?:the|its|their|his|her|this|that)[ \t]+)?(?:{_NO_NOUN}[a-z][\w'’-]*[ \t]+)"
    rf"{{0,2}}?{_NO_NOUN}([a-z]{{3,}})[ \t]+(?:on[ \t]+)?$",
    re.I,
)
"""An event's noun before its weekday, after a preposition that puts the event before the clause's time ("after the
attack on Tuesday", "following the vote Tuesday"); not a noun a preposition ties to it ("after the meeting of the
council on Tuesday": the council met on no day)."""
_EVENT_NOUN_AFTER = re.compile(r"['’]s(?:[ \t]+([a-z][\w-]*))(?:[ \t]+([a-z][\w-]*))?(?:[ \t]+([a-z][\w-]*))?")
"""The words after a weekday's possessive, among them its event's noun ("Sunday's vote", "Monday's deadly blast")."""
_SINCE_BEFORE = re.compile(r"\b(since)[ \t]+$", re.I)
_AFTER_BEFORE = re.compile(r"\b(after|following)[ \t]+$", re.I)


def _event_told_past(text: str, s: int, e: int) -> int | None:
    """Where the words of a past event begin when the bare weekday at ``text[s:e]`` is the day of an event that the
    text tells as having happened, whatever the tense of the clause around it: "since Monday's blast" ("since" tells
    it), or "after the attack on Tuesday", "after Sunday's vote" when the article tells that event (its noun, or the
    verb of it: "attacked", "voted") in a sentence in the past tense with no future verb or cue ("The attack injured
    two nurses"; not "The vote was scheduled for Tuesday"). So "The clinic will stay closed for a week after the attack on Tuesday" in a Thursday paper is the
    Tuesday just past; "will vote on Tuesday", "after the vote on Tuesday" of an article that tells no vote done, are
    ahead. None otherwise."""
    phrase = _WEEKDAY.match(text[s:e].strip())
    if phrase is None or phrase.group(1):
        return None  # "last Tuesday", "next Tuesday": the words say which
    lo = max([m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, s - 160), s)] + [text.rfind("\n", 0, s) + 1])
    before = text[lo:s]
    nouns: tuple[str, ...]
    if (noun := _EVENT_NOUN_BEFORE.search(before)) is not None:
        at, nouns = lo + noun.start(), (noun.group(2),)
    elif (prep := _SINCE_BEFORE.search(before) or _AFTER_BEFORE.search(before)) and (
        owned := _EVENT_NOUN_AFTER.match(text, e if not text[s:e].rstrip().endswith(("'s", "’s")) else e - 2)
    ):
        at, nouns = lo + prep.start(), tuple(w for w in owned.groups() if w)
    else:
        return None
    if text[at:].lower().startswith("since"):
        return at
    hi = _SENTENCE_END.search(text, e)
    for noun_word in nouns:
        told = re.compile(rf"\b{re.escape(noun_word)}(?:s|e?d)?\b", re.I)
        for m in told.finditer(text):
            if lo <= m.start() < (hi.end() if hi else len(text)):
                continue  # the sentence of the weekday itself
            start = max([b.end() for b in _SENTENCE_BREAK.finditer(text, 0, m.start())] + [0])
            stop = _SENTENCE_END.search(text, m.end())
            sentence = text[start : stop.start() if stop else len(text)]
            past = _told_in_past(sentence) or _WAS.search(sentence)
            if past and not (_FUTURE_VERB_ANY.search(sentence) or FUTURE_CUES.search(sentence)):
                return at
    return None


def _one_day_a_weekday(text: str, found: list[DateFound], befores: list[str], anchor: str | None) -> list[DateFound]:
    """A bare weekday that no wording dates ("the moderator of Monday night's first debate", "meet for the first
    of three debates Monday at Hofstra") is the day that another mention of the same weekday in the article is
    dated to by a future cue ("Trump will probably use Monday's encounter"), unless a mention of it is told as past
    (see ``_told_past``): then the article speaks of two such days, and which one a bare mention means is not told.
    ``befores``: the words before each date in its sentence, as :func:`find_dates` read them."""
    if anchor is None:
        return found
    bare: list[tuple[int, str, bool]] = []  # (index, weekday, future by a cue)
    past: dict[str, set[str | None]] = {}  # weekday -> the days its mentions told as past were dated to
    for k, (s, e, iso, _rel, _why) in enumerate(found):
        m = _WEEKDAY.match(text[s:e].strip())
        if iso is None or m is None or m.group(1):
            continue
        day = m.group(2).lower()
        future = _future(befores[k])
        if not future and (_told_past(text, s, e) or _event_told_past(text, s, e) is not None):
            past.setdefault(day, set()).add(iso)
            continue
        bare.append((k, day, future))
    ahead = {day: found[k][2] for k, day, future in bare if future and day not in past}
    out = list(found)
    for k, day, future in bare:
        s, e, _iso, rel, why = found[k]
        if not future and day in ahead:
            out[k] = (s, e, ahead[day], rel, why)
        elif future and len(told := past.get(day, set())) == 1 and _FUTURE_IN_THE_PAST.search(befores[k]):
            out[k] = (s, e, next(iter(told)), rel, why)
    return out


_FUTURE_IN_THE_PAST = re.compile(
    r"\b(?:said|told|announced|promised|pledged|vowed)\b[^.!?]*\bwould\b(?![ \t]+have\b)[^.!?]*$", re.I
)
"""A day ahead of a past saying ("the cities said they would light landmarks on Monday night"): ahead of when it was
said, which the sentence does not date, not of the publication; when the article tells that weekday as past elsewhere
("sent condolences on Monday"), it is that day."""


_MONTH_ABBR = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
STAMP_DAY = (
    r"(?i:(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH_ABBR}|{_MONTH_ABBR}\s+\d{{1,2}},?)\s+\d{{4}},?)"
)
"""The day of a live blog's stamp, before its time ("Sun 1 Mar 2026" of "Sun 1 Mar 2026 19:30 — ", "March 2, 2026" of
"March 2, 2026 17:45 -"), as :func:`storyline.ingest.html.extract_html` keeps an update's ``<time>``."""
STAMP_TIME = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
_DAY_STAMP = re.compile(rf"(?m)^[ \t]*({STAMP_DAY})\s+{STAMP_TIME}(?=\s*[-–—:|]?\s*[A-Z\"“‘'])")
"""A paragraph opening with a dated stamp: the update's day, which the tagger does not always take as a date."""


_TIME_STAMP = re.compile(rf"(?m)^[ \t]*({STAMP_TIME})[ \t]*[-–—:|]?[ \t]*(?=[A-Z\"“‘'])(?P<entry>[^\n]*)")
"""A paragraph opening with a time alone ("09:12 - The delegation has arrived ..."), as a live blog of one day stamps
its entries."""
LIVE_ENTRIES = 2
"""A page stamps at least this many paragraphs with a time alone before they are read as a live blog's entries."""


def _stamp_days(text: str, found: list[DateFound], anchor: str | None) -> list[DateFound]:
    """``found`` with each live blog stamp's day ("Sat 28 Feb 2026 22:15 — We are following reports ...") that no
    expression found already covers: the day the update was written, which dates its entry on the timeline. A stamp
    that is a time alone ("09:12 - The delegation has arrived at the hotel.") is of the day the page is dated, when
    the page is dated to the day and stamps :data:`LIVE_ENTRIES` or more paragraphs so, each a sentence (a programme
    of times, "10:00 - Opening address", is no blog's)."""
    extra: list[DateFound] = []
    for m in _DAY_STAMP.finditer(text):
        s, e = m.start(1), m.end()
        if any(fs < e and s < fe for fs, fe, *_ in found):
            continue
        iso, rel, why = resolve_date(m.group(1).rstrip(","), published=anchor)
        if iso:
            extra.append((s, e, iso, rel, why))
    day = _base(anchor) if anchor and len(anchor) >= 10 else None
    stamps = [m for m in _TIME_STAMP.finditer(text) if re.search(r"[.!?][\"”’)]*\s*$", m.group("entry"))]
    for m in stamps if day and len(stamps) >= LIVE_ENTRIES else ():
        s, e = m.span(1)
        # an undated reading the tagger made of the stamp ("14:05 - DEAL ANNOUNCED") gives way to it
        found = [f for f in found if f[2] is not None or not (f[0] < e and s < f[1])]
        if not any(fs < e and s < fe for fs, fe, *_ in found + extra):
            extra.append((s, e, day, True, f"{m.group(1)}: a live blog's entry, of the day the page is dated, {day}"))
    return sorted(found + extra) if extra else found


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s")
_QUOTATION = re.compile(r"“[^“”\n]*”|\"[^\"\n]*\"")
_DATELINE_DAY = re.compile(
    rf"(?:[{LATIN_CAPITALS}][{LATIN_CAPITALS}a-z\u00df-\u00ff.'’ /-]{{1,40}},[ \t]*(?:[A-Z][\w.]*[ \t]*,[ \t]*)?)?"
    r"(?:(?P<day1>\d{1,2})[ \t]+)?(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.?"
    r"(?(day1)|[ \t]+(?P<day2>\d{1,2}))(?:[ \t]*,?[ \t]+(?P<year>(?:19|20)\d\d))?[ \t]*,?[ \t]*"
    r"(?:\([^()\n]{1,40}\)[ \t]*)?[-–—]"
)
"""A dateline with a month and day, and maybe the year ("HEMPSTEAD, N.Y., Sept. 26 (UPI) —", "Dec 29 (Reuters) -",
"VELDRA, 17 November 2026 -")."""
DATELINE_DAYS = 3
"""How far from the publication date a dateline's day may be and still be the article's own."""


def _dateline_month_day(text: str, within: int) -> tuple[int, int] | None:
    """The month and day of the article's dateline ("VELDRA, Oct 12 (Agency) -"), if it opens a line near the top."""
    told = _dateline_date(text, within)
    return None if told is None else told[1:]


def _dateline_date(text: str, within: int) -> tuple[int | None, int, int] | None:
    """``(year or None, month, day)`` of the article's dateline ("VELDRA, Oct 12 (Agency) -", "VELDRA, 17 November
    2026 -"), if it opens a line near the top."""
    for m in re.finditer(r"(?m)^[ \t]*", text[:within]):
        line = _DATELINE_DAY.match(text, m.end())
        if line is None:
            continue
        month = MONTHS.get(line.group("month")[:3].lower())
        day = int(line.group("day1") or line.group("day2"))
        year = int(line.group("year")) if line.group("year") else None
        return (year, month, day) if month is not None and 1 <= day <= 31 else None
    return None


def dateline_dated(text: str, *, within: int = 400) -> str | None:
    """The day (ISO) of an article's dateline that gives its year ("PELLHAM, 5 May 2026 (Agency) -"): the day the
    report was filed, which stands for its publication date when the record gives none. None when the dateline gives
    no year (its year would be a guess) or there is no dateline."""
    told = _dateline_date(text, within)
    if told is None or told[0] is None:
        return None
    try:
        return date(told[0], told[1], told[2]).isoformat()
    except ValueError:
        return None  # 30 February


def dateline_day(text: str, published: str | None, *, within: int = 400) -> str | None:
    """The day an article's dateline gives (ISO), in the year that puts it nearest ``published``, when that is at
    most :data:`DATELINE_DAYS` away; else None."""
    base = _base(published)
    told = _dateline_month_day(text, within)
    if base is None or told is None:
        return None
    anchor = date.fromisoformat(base)
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        try:
            day = date(year, *told)
        except ValueError:
            return None
        if abs((day - anchor).days) <= DATELINE_DAYS:
            return day.isoformat()
    return None


def dateline_alone(
    text: str, published: str | None, *, today: date | None = None, within: int = 400, guess: bool = True
) -> tuple[str, str] | None:
    """``(ISO day, how its year was chosen)`` of the dateline of an article with no publication date ("VELDRA, Oct 12
    (Agency) -" and nothing else): its year is the one the dateline gives ("VELDRA, 17 November 2026 -"), else the
    one the record gives ("2026", "2026-10"), if any, else the most
    recent such day up to ``today``. A dateline's day is the day the report was filed, so it anchors the article's
    "Monday" and "last month" as a publication date would. None without a dateline, or when the record gives a day;
    with ``guess`` False, None too when neither the dateline nor the record gives the year."""
    if _base(published) is not None or (dated := _dateline_date(text, within)) is None:
        return None
    told = dated[1:]
    year = re.match(r"\s*((?:1[5-9]|20)\d\d)\b", published or "")
    try:
        if dated[0] is not None:
            return date(dated[0], *told).isoformat(), "the dateline gives its year"
        if year:
            return date(int(year.group(1)), *told).isoformat(), "its year from the record"
        if not guess:
            return None
        now = today or date.today()
        day = date(now.year, *told)
        if day > now:
            day = date(now.year - 1, *told)
    except ValueError:
        return None  # 30 February; 29 February outside a leap year
    return day.isoformat(), f"no year given: the most recent {day.day} {day.strftime('%B')}"


def filed_days(
    texts: dict[str, tuple[str, str | None]],
    *,
    today: date | None = None,
    near_days: Iterable[str] = (),
    guess: bool = True,
) -> dict[str, str]:
    """The day (ISO) each article of one story was filed: its publication day, else its dateline's ("TARN, Aug 11
    (Agency) -"). ``texts``: article id -> (text, published). A dateline with no year takes the year the dateline
    gives, the record's, else the one that puts it nearest the story's other days (the publication days and
    ``near_days``, or the first other dateline as :func:`dateline_alone` reads it): a wire of "Aug 11" among papers of
    August 2026 is of 2026, whatever the day of the run. With ``guess`` False a dateline with no year and no other
    day to read one from is left undated (not read as the most recent such day). Articles with neither are left
    out."""
    out = {a: base for a, (_text, published) in texts.items() if (base := _base(published)) is not None}
    undated = {
        a: told for a, (text, published) in texts.items() if a not in out and (told := _dateline_date(text, 400))
    }
    near = sorted([date.fromisoformat(d) for d in out.values()] + [date.fromisoformat(d) for d in near_days])
    for a, (year, month, day) in undated.items():
        text, published = texts[a]
        given = re.match(r"\s*((?:1[5-9]|20)\d\d)\b", published or "")
        if year is None and not given and not near:
            if not guess or (alone := dateline_alone(text, published, today=today)) is None:
                continue
            near = [date.fromisoformat(alone[0])]
        years = (
            [year] if year else [int(given.group(1))] if given else [near[len(near) // 2].year + k for k in (-1, 0, 1)]
        )
        options = []
        for y in years:
            try:
                options.append(date(y, month, day))
            except ValueError:
                continue
        if options:
            out[a] = min(options, key=lambda d: min((abs((d - n).days) for n in near), default=0)).isoformat()
    return out


MONTHS = {
    m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))
}
_YEAR_ONLY = re.compile(r"(?:the\s+)?(?:1[5-9]\d\d|20\d\d)(?:\s*[-–/]\s*\d\d(?:\d\d)?)?")
_DATE_PREPOSITION = re.compile(
    r"\b(?:in|on|by|since|from|until|till|during|before|after|through|to|between|around|about|circa|as of|for)\s*$",
    re.I,
)
_AFTER_A_DATE = frozenset(
    {
        "and", "or", "but", "to", "when", "while", "after", "before", "as", "at", "in", "on", "of", "that",
        "which", "who", "the", "a", "an", "was", "were", "is", "are", "has", "had", "have", "will",
        "would", "saw", "brought", "marked", "became", "began", "ended",
    }
)  # fmt: skip
"""Words that follow a year told as a time ("in 2015 and 2016", "2020 was"): not the noun a year names."""
_NAMED_BY = re.compile(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
_SEASON = re.compile(r"(?:spring|summer|fall|autumn|winter|end|start|beginning|middle|half|quarter)$", re.I)
_RANKED = re.compile(
    r"\b(?:first|last|only|lowest|highest|largest|biggest|smallest|most|least|fewest|worst|best|strongest|weakest|"
    r"sharpest|steepest|fastest|slowest|deadliest|greatest|longest|shortest|hottest|coldest|warmest|wettest|driest|"
    r"busiest|heaviest|oldest|youngest|cheapest|record)\b(?![^.;]*\b(?:has|have|had)\b)[^.;]{0,70}$",
    re.I,
)
"""A ranking before "since" ("the lowest level since", "the first Democrat to run since"), with no perfect tense
after it ("the largest protest has been going on since Monday" dates the protest's start)."""
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
_VERSION_YEAR = re.compile(r"(?:1[5-9]|20)\d\d$")
_BEFORE_A_YEAR = frozenset(
    {"through", "throughout", "early", "late", "mid", "fiscal", "fy", "year", "christmas", "easter", "thanksgiving", "ramadan",
     "hanukkah", "diwali", "eid", "while", "when", "but", "so", "yet", "because", "if", "since", "into", "across", "spring",
     "summer", "autumn", "fall", "winter", "ad", "bc", "ce", "bce", "not", "no", "beyond", "toward", "towards"}
)  # fmt: skip
"""Capitalised words a year may follow at the start of a sentence and still be a date ("Through 2028, ...", "Early
2029 saw ...", "Christmas 2027"), unlike a name's word ("Harrow OS Server 2028")."""
_NAME_YEAR = re.compile(r"[ \t]*(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+)*([A-Z][A-Za-z'’-]*)[ \t]+(?:1[5-9]|20)\d\d[ \t]*")
"""A date expression that is a capitalised word and a year ("Kelvix 2000", "Office 2013"): a name's year if the word
is no month, weekday, season or holiday (see :func:`_names_with_year`)."""


def _names_with_year(w: str) -> bool:
    """The capitalised word ``w`` right before a year makes it part of a name ("Server 2028", "Expo 2030", "Kelvix
    2000"): not a month, weekday, season, holiday or a word a year follows as a date ("Early 2029", "Through 2028"),
    nor a possessive ("Obama's 2008 campaign": whose, not a name)."""
    return (
        w[:1].isupper()
        and not re.search(r"['’]s?$", w)
        and w.lower() not in _NOT_A_NAMING_WORD | _BEFORE_A_YEAR
        and not MONTH_NAME.fullmatch(w)
        and w.lower() not in WEEKDAYS
        and not _SEASON.match(w)
    )


_SINCE = re.compile(r"\bsince\s+(?:(?:early|mid|late)[- ]?)?$|\bsince\s+(?:[\w'’-]+\s+){1,6}(?:in|on)\s+$", re.I)
""""since" right before a date, or a short clause of its own ("since the company listed in 2014")."""
_THAN = re.compile(r"\bthan\b[^,;:]{0,60}$", re.I)


def _not_when(text: str, s: int, e: int, before: str, places: tuple[tuple[int, int], ...] = ()) -> str | None:
    """Why a date expression is not when something in its sentence happened, or None: a year naming a thing
    ("the 2015 rules", "the 1776 Commission", "the Emergency Powers Act of 1945"), or a point of comparison
    ("the lowest level since 2020", "than the 3.8% recorded in February 2020")."""
    phrase = text[s:e]
    if re.fullmatch(r"(?:This|Last) Week", phrase.strip(" \"“”‘’'")) and re.search(
        r"(?:['’]s|[\"“‘'])\s*$", text[max(0, s - 6) : s]
    ):
        return "a programme's name (ABC's “This Week”), not a date"  # a week of the calendar is written "this week"
    if re.fullmatch(r"(?:the\s+)?(?:1[5-9]|20)\d0", phrase) and re.match(r"['’]?s\b", text[e : e + 3]):
        return "a decade, not a date"  # "the 1980’s", cut before its "’s"
    if _YEAR_ONLY.fullmatch(phrase):
        nxt = re.match(r"\s+([A-Za-z][\w'’-]*)", text[e : e + 40])
        named = _NAMED_BY.search(before)
        if (
            nxt
            and not _DATE_PREPOSITION.search(before)
            and nxt.group(1).lower() not in _AFTER_A_DATE
            and not MONTH_NAME.fullmatch(nxt.group(1))
        ):
            return "a year naming a thing (the 2015 rules), not when this happened"
        if named and not MONTH_NAME.fullmatch(named.group(1)) and not _SEASON.match(named.group(1)):
            return "a year naming a thing (the Act of 1945), not when this happened"
        if _VERSION_YEAR.match(phrase) and (name := _WORD_BEFORE.search(text, max(0, s - 30), s)):
            place = any(a <= name.start(1) < b for a, b in places)  # "Carter in Iowa 1976": the place's year
            if not place and _names_with_year(name.group(1)):
                return "a year in a name (Server 2028, Expo 2030), not when this happened"
    if (
        (named_year := _NAME_YEAR.fullmatch(phrase))
        and _names_with_year(named_year.group(1))
        and not any(a <= s + named_year.start(1) < b for a, b in places)
    ):  # the tagger took "Server 2028" whole
        return "a year in a name (Server 2028, Expo 2030), not when this happened"
    since = _SINCE.search(before)
    if (since or phrase.lower().startswith("since ")) and _RANKED.search(before[: since.start() if since else None]):
        return "a point of comparison (the first since 1976), not when this happened"
    if _THAN.search(before):
        return "a point of comparison (than in February 2020), not when this happened"
    if _SPEAKERS_DAY.fullmatch(phrase.strip()) and _quoted_at(text, s):
        return "the speaker's own day, inside a quotation (when it was said is not given), or today in general"
    return None


def _is_named_day(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is a weekday in a day's name ("Super Tuesday"), the name the tagger's or only its weekday."""
    phrase = text[s:e].strip()
    named = _WEEKDAY_NAME_OPENS.match(phrase) and _NAMED_DAY_BEFORE.search(text, max(0, s - 16), s)
    return bool(named or _NAMED_DAY.match(phrase))


_NAMED_DAY_REASON = "a day's name (Super Tuesday, Black Friday), not a weekday near the article"


def _named_days(text: str, found: list[DateFound], anchor: str | None) -> list[DateFound]:
    """Each weekday of a day's name ("Super Tuesday") dated to the day the article writes beside the name ("after
    Super Tuesday on March 3", "March 3, known as Super Tuesday", "the “Super Tuesday” March 3 states"), at any
    mention; else, in a paper of that very weekday, that day (a live report of the day itself); else no date: the
    weekday nearest the article is not the day so named ("four Super Tuesday states" in a February paper)."""
    named = [i for i, (s, e, *_rest) in enumerate(found) if _is_named_day(text, s, e)]
    if not named:
        return found
    written: str | None = None
    for i in named:
        s, e = found[i][0], found[i][1]
        for fs, fe, iso, _rel, _why in found:
            beside = 0 <= fs - e <= 6 or 0 <= s - fe <= 24
            if iso and len(iso) == 10 and beside and _BESIDE_A_NAME.fullmatch(text[e:fs] if fs >= e else text[fe:s]):
                written = iso
    day = _base(anchor)
    out = list(found)
    for i in named:
        s, e, iso, rel, _why = found[i]
        if written:
            out[i] = (s, e, written, True, f"{' '.join(text[s:e].split())}: the day the article writes beside the name")
        elif not (iso and day and iso == day):
            out[i] = (s, e, None, False, _NAMED_DAY_REASON)
    return out


_BESIDE_A_NAME = re.compile(
    r"[\"“”'‘’]?[ \t]*(?:,[ \t]*)?(?:on[ \t]+)?|,?[ \t]+known[ \t]+as[ \t]+[\"“'‘]?(?:Super|Black|Cyber|Bloody|Giving)?[ \t]*",
    re.I,
)
"""What stands between a day's name and the date written beside it ("Super Tuesday on March 3", "“Super Tuesday”
March 3", "March 3, known as Super Tuesday")."""


_SPEAKERS_DAY = re.compile(
    r"(?i:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last (?:night|evening))"
)
"""Days counted from the moment of speaking: inside a quotation they are the speaker's ("our victory tonight", in a
speech the night before the paper; "Quist last night said", in an interview given on Sunday for a Wednesday paper),
or no day at all ("Libya today is chaotic", "segregation tomorrow")."""
_NAMED_DAYS = r"(?-i:Super|Black|Cyber|Bloody|Giving)"
_NAMED_DAY_BEFORE = re.compile(rf"\b{_NAMED_DAYS}[ \t]+[\"“”'‘’]?$")
"""A word that makes a weekday after it a day's name ("Super Tuesday", "the “Super Tuesday” states", "Black Friday"):
a day of its own (the primaries of one March day, the day after a holiday), not the weekday nearest the article; its
day, when the text gives it, is written beside it ("Super Tuesday on March 3")."""
_NAMED_DAY = re.compile(
    rf"(?:(?:on|by|until|till|before|after|since|from)\s+)?[\"“'‘]?{_NAMED_DAYS}\s+[\"“”'‘’]?(?:{'|'.join(WEEKDAYS)})\b",
    re.I,
)
"""The tagger's expression holding the name whole ("after Super Tuesday")."""


_QUOTED_NAME = re.compile(
    r"(?:,[ \t]*)?[\"“](?:[A-Z\d][^\"“”,.!?;\n]{0,60}?)[\"”](?=['’]s\b|[ \t]+(?:on|in|at|by|for|from|to|and|with)\b)"
)
"""A short quotation, capitalised and with no punctuation that ends a saying, followed by a preposition: the title of a
show, a book or a plan named within a clause ("on ABC's \"Morning Table\" on Friday", "his book, “Notes” on Friday"), not a quotation of its own
("\"We will win,\" he said on Friday")."""


def _quoted_at(text: str, pos: int) -> bool:
    """``pos`` is inside quotation marks opened earlier in its paragraph (curly, straight or doubled apostrophes)."""
    seg = text[text.rfind("\n", 0, pos) + 1 : pos]
    if seg.rfind("\u201c") > seg.rfind("\u201d"):
        return True
    return seg.count('"') % 2 == 1 or seg.count("''") % 2 == 1


_UNTIL_THEN = re.compile(
    r"[ \t]*,?[ \t]+(?:when|that)[ \t]+(?:[\w'’.-]+[ \t]+){0,8}?(?:[a-z]{2,}ed|found|held|got|became|came|went|took|"
    r"made|gave|won|lost|said|told|saw|knew|fell|ran|stood|kept|brought|thought|wrote|began|did|had|was|were)\b"
)
"""What happened at the end of a wait ("until 2027, when a jury found him guilty", "not until 2030 that he admitted"):
the date after "until" is then a past one, no plan."""
_FUTURE_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:would(?![ \t]+have\b)|will|(?:is|was)[ \t]+(?:expected|set|due|likely|forecast)[ \t]+to|(?:is|was)[ \t]+going[ \t]+to)\b"
)
"""A future verb right after a date ("Thursday would test every line", "Friday is expected to bring rain")."""
_OPENER = r"(?:^|[,;:(]|\b(?:that|and|but|while|because|so|as|warned|said|says))[ \t]*"
_CLAUSE_OPENS = re.compile(_OPENER + "$", re.I)


_FUTURE_VERB = r"(?:will(?![ \t]+have\b)|(?:is|are)[ \t]+(?:expected|set|scheduled|due|going)[ \t]+to)\b"
_FRONTED_FUTURE = re.compile(rf"[ \t]*,[ \t]+(?:[^\s,.;:!?\"“”]+[ \t]+){{1,6}}?{_FUTURE_VERB}")
"""A date set before its clause, whose verb is future ("On Thursday, Director Orlov will testify")."""
_EVENT_OF_DAY_FUTURE = re.compile(
    r"(?:['’]s)?[ \t]+[a-z]+(?:[ \t]+(?:in|at|on|of|for)(?:(?:[ \t]+[A-Z][\w'’.-]*){1,3}"
    r"|[ \t]+(?:the|a|an|its|their)(?:[ \t]+[a-z][\w'’-]*){1,2}))?[ \t]+"
    r"(?:will[ \t]+(?:be|take[ \t]+place|begin|start|open|focus)\b|(?:is|are)[ \t]+(?:expected|set|scheduled|due)[ \t]+to\b"
    r"|(?:is|are)[ \t]+(?:back[ \t]+on|still[ \t]+on|going[ \t]+ahead)\b)"
)
"""A day's event, then its future ("Monday's debate in Varos will be his first", "Thursday's meeting will focus on"),
or the present tense of an event still to be held ("Kessling's Thursday vote on the harbour is back on", "the Monday
debate is going ahead"): not "was back on", which may tell a day gone by."""
_EVENT_OPENS = re.compile(_OPENER + r"(?:(?:[Tt]he|(?:[A-Z][\w.-]*[ \t]+){0,2}[A-Z][\w.-]*['’]s?)[ \t]+)?$")
"""What may open a day's event: a clause's opening (see :data:`_OPENER`), with its article or its owner ("Kessling's
Thursday vote", "the Monday debate")."""
_OPENS_WITH_ON = re.compile(_OPENER + r"(?:on[ \t]+)?$", re.I)
_INSTRUCTION_AFTER = re.compile(
    r"[ \t]+(?:should|must|need[ \t]+to|(?:is|are)[ \t]+(?:advised|asked|urged|told|encouraged)[ \t]+to)\b"
    r"(?![ \t]+(?:not[ \t]+)?(?:have|had)\b)"
)
_FOR_A_DAY = re.compile(r"\b(?:on|for)[ \t]+$", re.I)
"""A day that ends the subject of an instruction ("Patients with appointments on Wednesday should call the
helpline"): the instruction is for a day still to come; not "should have" (a past that went wrong)."""


def _subject_of_future(text: str, sentence_start: int, s: int, e: int) -> bool:
    """The date at ``text[s:e]`` is the subject of a future verb: it opens its clause, with no preposition, and a
    future verb follows ("said that Thursday would test every line"): the date is ahead, and planned. Not "the fire
    that started on Saturday will be investigated" (the date is no subject). So is a date set before its clause
    whose verb is future ("On Thursday, Director Orlov will testify", "Next Monday, the court is set to rule"), a
    day's event told with its future ("while Monday's debate in Varos will be his first"): not "Tuesday's vote will
    shape the race", which may look back at the vote; and a day in the subject of an instruction, with no verb in
    the past tense before it ("Patients with appointments on Wednesday should call", see :data:`_INSTRUCTION_AFTER`)."""
    phrase = text[s:e].strip()
    if not _WEEKDAY_NAME_OPENS.match(phrase):
        return False
    window = text[max(sentence_start, s - 60) : s]
    if _FUTURE_AFTER.match(text, e):
        return bool(_CLAUSE_OPENS.search(window))
    fronted = _FRONTED_FUTURE.match(text, e)
    if fronted and not PAST_VERB.search(fronted.group(0)):
        return bool(_OPENS_WITH_ON.search(window))
    if _INSTRUCTION_AFTER.match(text, e) and _FOR_A_DAY.search(window):
        return not _told_in_past(text[sentence_start:s])  # "Patients who had appointments on Wednesday should call"
    return bool(_EVENT_OF_DAY_FUTURE.match(text, e) and _EVENT_OPENS.search(window))


_DAY_OR_PART = re.compile(r"\d{4}(?:-\d\d){0,2}")
_WEEKDAY_NAME_OPENS = re.compile(rf"(?:(?:this|next|coming)\s+)?(?:{'|'.join(WEEKDAYS)})\b", re.I)
_UNTIL = re.compile(r"\b(?:until|till)\b[^.!?]{0,20}$", re.I)


def planned(
    text: str,
    sentence_start: int,
    at: int,
    end: int | None = None,
    *,
    day: str | None = None,
    published: str | None = None,
) -> bool:
    """The date at ``at`` is told as planned, expected or possible ("will meet on Friday", "a potential run in 2024",
    "remain president until 2036"), from the wording before it in its sentence: not something that happened. With
    the date's ``end``, "until <date>, when <a verb in the past tense>" tells the wait's end as past; with the date
    resolved (``day``) and the article's ``published`` day, so does "until" a date before the article's at the
    date's own precision ("until his death in 1969" of a paper of 2009)."""
    if end is not None and _subject_of_future(text, sentence_start, at, end):
        return True
    if end is not None and _event_told_past(text, at, end) is not None:
        return False  # "will stay closed after the attack on Tuesday": the attack happened
    if end is not None and _TOLD_PAST.search(text, at, end):
        return False  # "until about two weeks ago": a day before the article's, whatever the wording before it
    until = _UNTIL.search(text, max(sentence_start, at - 20), at)
    if until and end is not None and (_UNTIL_THEN.match(text, end) or _UNTIL_THEN_CLAUSE.match(text, end)):
        return False
    if until and day and published and _DAY_OR_PART.fullmatch(day) and day < published[: len(day)]:
        return False
    # not inside a quotation; a title or name quoted within the clause is a word of it ("will take place on
    # ABC's \"Morning Table\" on Friday")
    named = _QUOTED_NAME.sub(" Q ", text[max(sentence_start, at - 2 * CUE_WINDOW) : at])[-CUE_WINDOW:]
    before = re.split(r"[\"“”«»]", named)[-1]
    if (aside := _ASIDE_THEN_DATE.search(before)) is not None:
        before = before[: aside.start()] + " " + aside.group(1)  # "the bill, which the council will debate, on Monday"
    near = " ".join(before.split()[-PLANNED_WORDS:])  # "It may be coincidence that he spoke on a Friday": too far
    near = BEFORE_AN_EVENT.sub(" ", near)  # "ahead of the Jan. 6 attack": no plan
    # a forward cue undone by a past verb after it tells what happened: "until the company corrected its figure to 27
    # on Tuesday" (as :func:`_future`, which dates the weekday)
    if _future(near) or _planned_cue(near):
        return True
    # a forward cue further back, in the same clause as the date, with no verb in the past tense on the way: "a deal
    # that would set up the final vote on the stopgap budget on Thursday"
    clause = _date_clause(BEFORE_AN_EVENT.sub(" ", before))
    return _future(clause) and FAR_CUE.search(clause) is not None


def _planned_cue(before: str) -> bool:
    """A :data:`PLANNED_CUES` word in ``before``, an adjective (:data:`_CUE_ADJECTIVE`) only with no verb in the past
    tense after it: "More than 100 potential
    jurors walked into the courthouse Monday" tells what they did, "a potential run for president in 2024" a plan."""
    for cue in PLANNED_CUES.finditer(before):
        word = _CUE_ADJECTIVE.match(cue.group(0))
        if word is None or not _told_in_past(before[cue.start() + word.end() :]):
            return True
    return False


_CUE_ADJECTIVE = re.compile(r"(?:potential|possible|proposed)\b")
"""The cues of :data:`PLANNED_CUES` that qualify a noun, not a verb: a verb in the past tense after them tells what the
noun did ("potential jurors walked in"); after a verb's cue ("hopes to see the bridge finished") it is a participle."""


_TOLD_PAST = re.compile(r"\b(?:ago|yesterday)\b", re.I)
"""Words that place a date expression before the article's day, whatever the wording before it."""
_UNTIL_THEN_CLAUSE = re.compile(
    r"[ \t]*,[ \t]+(?:[\w'’.-]+[ \t]+){0,4}?"
    r"(?!(?:said|told|added|announced|stated|reported|confirmed|warned|noted|explained|insisted)\b)"
    r"(?:had|was|were|did|[a-z]{2,}ed)\b"
)
"""The clause after "until <date>," told in the past tense ("at least until 1991, Varn had fooled his doctors"): the
wait is over, no plan; not a speaker's verb ("until Monday, officials announced")."""


PLANNED_WORDS = 10
_CLAUSE_BREAK = re.compile(
    r"[;:()\u2013\u2014]|(?<!\d),|,(?!\d)|\b(?:that|which|who|and|but|when|while|because|after|as|since|if|following|heels of)\b"
)
"""What ends a clause before a date: a forward cue before it is another clause's."""
_GOES_ON = re.compile(
    r"(?:(?:and|or)[ \t]+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|he|she|it|they|we|i|you)\b)"
    r"[a-z]+[ \t]+(?:the|a|an|his|her|its|their|our|new)\b|as[ \t]+(?:a|an)\b)"
)
"""Words after a clause break that go on with the same clause: a second verb of one subject ("is expected to leave the
party and start a new one"), "as a/an" ("will hold his first event as a candidate")."""


_AS_AS = re.compile(r"\bas([ \t]+(?:early|soon|late|far|well|much|many|little|recently)[ \t]+)as\b")
"""A comparison ("as early as Wednesday"), no clause break."""
_ASIDE_THEN_DATE = re.compile(
    r",[ \t]+(?:which|who|whom|whose|where|according[ \t]+to)\b[^,;:()\"“”]*,[ \t]*((?:on|in|at|by|until|before)[ \t]*)$"
)
"""An aside between commas, then the preposition of the date ("is expected to consider the bill, which nine committees
approved, on Monday"): the date belongs to the clause before the aside."""


def _date_clause(before: str) -> str:
    """The clause that ``before`` (the words before a date) ends with: cut at the last :data:`_CLAUSE_BREAK` that does
    not go on with the same clause (see :data:`_GOES_ON`), nor at a comparison (:data:`_AS_AS`)."""
    before = _AS_AS.sub(r"AS\1AS", before)
    parts = _CLAUSE_BREAK.split(before)
    breaks = [m.group(0) for m in _CLAUSE_BREAK.finditer(before)]
    clause = parts[-1]
    for brk, part in zip(reversed(breaks), reversed(parts[:-1]), strict=True):
        if not _GOES_ON.match((brk + clause).lstrip(" \t,")):
            break
        clause = part + brk + clause
    return clause


FAR_CUE = re.compile(r"\b(?:will|would|shall|\w+['’]ll|(?:is|are) (?:set|due|scheduled|expected) to)\b", re.I)
"""The forward cues read further back than :data:`PLANNED_WORDS` words, in the date's own clause."""
"""How many words before a date are read for wording that makes it a plan."""


_SPEAKERS_VERB = (
    r"(?:said|told|reported|announced|added|wrote|stated|confirmed|explained|noted|warned|insisted|estimated|"
    r"claimed|tweeted|posted|replied|argued|revealed|disclosed|declared)\b"
)
_BACKGROUND_OPENS = re.compile(
    rf"(?:,|\s[—–]|\s--)[ \t]+(?:(?:which|who|whom|whose)\b|(?:the|an?)[ \t]+(?:(?!(?:and|or)\b)[\w'’-]+[ \t]+){{0,4}}?"
    rf"(?!{_SPEAKERS_VERB})(?:{PAST_VERB.pattern}))"
)
"""What opens a clause that tells a thing's background, after a comma or a dash: a relative clause ("…, which had issued
a bill", "…, who resigned in 2019") or a noun told with a participle ("…, the student sent home in 2018"); not a
list ("ministers of Varos, the Orne and Kessling met"), nor who told it ("Hiring rose, the ministry reported Friday"), nor
"when", which mostly tells the main event's time."""
_BACKGROUND_ENDS = re.compile(
    r",(?![ \t]+(?-i:[A-Z])[\w'’.-]*(?:[ \t]+(?-i:[A-Z])[\w'’.-]*)?[ \t]*(?:[,.!?]|$))|[;()]|[ \t][—–][ \t]|--"
)
"""What ends a background clause: a comma, unless a place's region follows ("in Port Elm, Veldra."); a dash, a
semicolon or a parenthesis."""
_PARTICIPLE_NOUN = re.compile(r"(?:,|\s[—–]|\s--)[ \t]+(?:the|an?)[ \t]")
_OPENING_PHRASE = re.compile(
    r"[\"“'‘(\s]*(?:In|On|At|After|Before|Despite|With|Without|Under|Following|Amid|During|For|By|Within)\b"
    r"(?![^,;:()\"“”—–]*\b(?:is|are|was|were|has|have|had|will|would)\b)[^,;:()\"“”—–]*"
)
"""A phrase opening a sentence before its first comma: a preposition's, with no verb ("In a 4-2 decision along
ideological lines, the court ruled Monday"); what follows the comma is the main clause, not a background."""
_TRAILING_AND = re.compile(r"[ \t]+(?:and|or|but)$")


def background_clause(text: str, start: int, end: int, at: int) -> tuple[int, int] | None:
    """The clause of the sentence ``text[start:end]`` that tells a background and holds the date at ``at`` (see
    :data:`_BACKGROUND_OPENS`): "Voss said Friday that Ostrava paid nothing to Kestria, which billed it for the care
    of Lina Harrow, the student sent home in 2018": 2018 dates the sending home, not what Voss said. Its bounds run
    from its first word to the next comma before a lower-case word, a dash, a semicolon or the sentence's end
    ("…, which dwells on 2019's riot in Port Elm, Veldra."). None when the date lies in no such clause."""
    opens = [m for m in _BACKGROUND_OPENS.finditer(text, start, at) if m.end() <= at or m.start() < at]
    for m in reversed(opens):
        first = m.start() + len(m.group(0)) - len(m.group(0).lstrip(",—–- \t"))
        if first >= at or _BACKGROUND_ENDS.search(text, m.end(), at):
            continue  # the clause ended before the date
        stop = _BACKGROUND_ENDS.search(text, at, end)
        last = stop.start() if stop else end
        while last > first and text[last - 1] in " \t.!?\"”'’":
            last -= 1
        if (tail := _TRAILING_AND.search(text, first, last)) is not None:
            last = tail.start()  # "which holds a March 1 caucus and, like Iowa, ...": no dangling "and"
        if _PARTICIPLE_NOUN.match(text, m.start()) and _told_in_past(text[m.end() : last]):
            return None  # "In addition, a fundraising email sent out on Tuesday warned ...": the main clause's subject
        opening = _OPENING_PHRASE.fullmatch(text, start, m.start())
        if _PARTICIPLE_NOUN.match(text, m.start()) and opening and not _told_in_past(opening.group(0)):
            return (
                None  # "In a 4-2 decision, the court ruled Monday that ...": the main clause, after its opening phrase
            )
        return first, last
    return None
