"""Direction controls in an outlet's text (a right-to-left override around a word) do not turn the words a page
shows around: the stored text and the citation keep them, every rendering leaves them out (invented text)."""

from __future__ import annotations

from brief_helpers import make_article
from test_brief import BODY_B, _brief

from storyline.brief.render import render_html, render_markdown

ODD = "Residents of Marrow Bay called the flooding a disaster \u202eevil\u202c and asked the council for help."


def test_a_brief_shows_overridden_words_as_written_and_keeps_them_in_the_json() -> None:
    a = make_article("a", "Marrow Bay floods", ODD, outlet="Bay Echo")
    brief = _brief([a, make_article("b", "Budget", BODY_B)])
    said = [s["text"] for s in brief["summary"] if "evil" in s["text"]]
    assert said and all("\u202e" in t for t in said)  # the brief's data is the text as the outlet wrote it
    for page in (render_html(brief), render_markdown(brief)):
        assert "evil" in page
        assert not any(ch in page for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_web_templates_leave_direction_controls_out_and_markup_as_markup() -> None:
    from markupsafe import Markup

    from storyline.web.pages import templates

    tpl = templates().from_string("{{ plain }}|{{ marked }}|{{ number }}")
    out = tpl.render(plain="a <b> \u2067evil\u2069 \u202dx", marked=Markup("<mark>\u202eevil\u202c</mark>"), number=3)
    assert out == "a &lt;b&gt; evil x|<mark>evil</mark>|3"
