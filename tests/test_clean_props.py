"""Property tests: whatever the input, the cleaned text maps back to the original exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean import clean_text
from storyline.models import SEGMENT_JOINER

# Lines mixing prose, headings, chrome and odd characters, so every rule of the cleaner fires.
LINE_POOL = [
    "The council met on Monday and agreed the budget after a long debate.",
    "The council met on Monday and agreed to the budget after a long debate.",
    '"We will not back down," the mayor said.',
    "It rained.",
    "Harbour News",
    "Subscribe to our newsletter",
    "Follow us on Twitter",
    "Image Courtesy: Lena Ortiz",
    "Share  Tweet  Email",
    "Read more: Budget row deepens",
    "By Ada Lim",
    "About the author",
    "Skip to main content",
    "Home | News | Sport",
    "© 2024 The Valley Post",
    "  indented line with spaces  ",
    "Ünïcödé ẞtraße — “quoted” ‘text’ … 日本語の文。",
    "\t",
    "",
]

line = st.one_of(st.sampled_from(LINE_POOL), st.text(max_size=80))
separator = st.sampled_from(["\n", "\n\n", "\r\n", "\n \n", " \n"])
documents = st.lists(st.tuples(line, separator), max_size=25).map(lambda parts: "".join(a + b for a, b in parts))


def _check(original: str, title: str | None) -> None:
    res = clean_text(original, title=title)
    pieces = []
    prev_end = 0
    pos = 0
    for seg in res.textmap.segments:
        assert seg.length > 0
        assert seg.orig_start >= 0 and seg.orig_start + seg.length <= len(original)
        assert seg.orig_start >= prev_end, "pieces are in order and do not overlap"
        assert seg.clean_start == pos
        piece = original[seg.orig_start : seg.orig_start + seg.length]
        assert res.text[seg.clean_start : seg.clean_start + seg.length] == piece
        pieces.append(piece)
        prev_end = seg.orig_start + seg.length
        pos += seg.length + len(SEGMENT_JOINER)
    assert res.text == SEGMENT_JOINER.join(pieces)
    if res.title_span is not None:
        s, e = res.title_span
        assert original[s:e] == res.title
    for s, e, reason in res.removed:
        assert 0 <= s < e <= len(original) and reason


@settings(max_examples=300, deadline=None)
@given(documents, st.one_of(st.none(), st.sampled_from(["Harbour News", "The council met"])))
def test_every_piece_maps_back_verbatim(original: str, title: str | None) -> None:
    _check(original, title)


@settings(max_examples=200, deadline=None)
@given(documents, st.data())
def test_any_clean_span_inside_a_piece_maps_to_the_same_text(original: str, data: st.DataObject) -> None:
    res = clean_text(original)
    if not res.textmap.segments:
        assert res.text == ""
        return
    seg = data.draw(st.sampled_from(res.textmap.segments))
    a = data.draw(st.integers(0, seg.length))
    b = data.draw(st.integers(a, seg.length))
    s, e = res.textmap.span_to_original(seg.clean_start + a, seg.clean_start + b)
    assert original[s:e] == res.text[seg.clean_start + a : seg.clean_start + b]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes(original: str) -> None:
    _check(original, None)
