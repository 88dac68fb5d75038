"""Mends of a web page's note that gives the site and then its date in brackets, as OpenStax's
endnotes write them: ``Name, “Title,” SkuLocal (November 12, 2018), accessed June 13, 2022, URL.`` or
``“What Is Social Class?” (n.d.), accessed March 7, 2022, URL.``

The labeller reads the site and the bracket into the title, a journal cut at the month, or the access
note. After the closing quote, the words up to the bracketed date are the site (the container), and the
bracket is the date of the page.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the quote closing the title, the site (none before "(n.d.)"), the bracketed date and what sets it off
_SITE_DATE = lazy_pattern(
    r"[”\"]\s*(?:(?P<site>[^\W\d_][^()“”\"]{0,80}?)\s+)?"
    rf"(?P<date>\((?:{ENGLISH_MONTH}\s+\d{{1,2}},\s+(?:1[89]|20)\d\d|n\.\s?d\.)\))(?=[,.;]|$)"
)


@needs(labels=["title"], marks=("”", '"'))
def site_before_bracket_date(spans: list[Span], text: str) -> list[Span]:
    """``“Title,” SkuLocal (November 12, 2018), accessed …`` with the site read into the title, a journal or
    the access note: the words between the quote and the bracketed date are the container, the bracket the
    date."""
    m = _SITE_DATE.search(text)
    if m is None:
        return spans
    title = next((s for s in spans if s.label == "title"), None)
    if title is None or not title.start < m.start() + 1 <= title.end + 1:
        return spans
    a = m.start() + 1  # the quote stays with the title
    new = [Span("title", text[title.start : a], title.start, a, title.confidence)]
    if m.group("site"):
        new.append(Span("container-title", m.group("site"), m.start("site"), m.end("site"), title.confidence))
    new.append(Span("date", m.group("date"), m.start("date"), m.end("date"), title.confidence))
    return replaced(spans, text, title.start, m.end(), new)
