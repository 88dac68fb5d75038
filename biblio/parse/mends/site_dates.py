"""Mends of a web page's note that gives the site and then its date in brackets, as OpenStax's
endnotes write them: ``Name, “Title,” SkuLocal (November 12, 2018), accessed June 13, 2022, URL.`` or
``“What Is Social Class?” (n.d.), accessed March 7, 2022, URL.``

The labeller reads the site and the bracket into the title, a journal cut at the month, or the access
note. After the closing quote, the words up to the bracketed date are the site (the container), and the
bracket is the date of the page.

OpenStax's *American Government* writes the day of the visit in brackets after the link that closes the note:
``“Circuit Riding.” *Encyclopedia Britannica*. http://www.britannica.com/topic/circuit-riding (March 1, 2016).``;
a page's own date never follows its link, so that bracket is the access date.
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
    if m is None or "://" in (m.group("site") or ""):
        return spans  # a link before the bracket is no site's name: the bracket dates the visit
    title = next((s for s in spans if s.label == "title"), None)
    if title is None or not title.start < m.start() + 1 <= title.end + 1:
        return spans
    a = m.start() + 1  # the quote stays with the title
    new = [Span("title", text[title.start : a], title.start, a, title.confidence)]
    if m.group("site"):
        new.append(Span("container-title", m.group("site"), m.start("site"), m.end("site"), title.confidence))
    new.append(Span("date", m.group("date"), m.start("date"), m.end("date"), title.confidence))
    return replaced(spans, text, title.start, m.end(), new)


# a full date in brackets, alone after the link and closing the reference: "(March 1, 2016).", "(1 March 2016)"
_VISIT = lazy_pattern(
    rf"\(\s*(?:{ENGLISH_MONTH}\s+\d{{1,2}},\s+|\d{{1,2}}\s+{ENGLISH_MONTH}\s+)(?:1[89]|20)\d\d\s*\)[.\s]*"
)


@needs(labels=["url"], any_label=["date", "note"], marks=("://",))
def bracket_date_after_link(spans: list[Span], text: str) -> list[Span]:
    """``… http://www.fjc.gov/… (March 1, 2016).`` read as the page's date or a note: the bracketed day after
    the link that closes the note is the day of the visit."""
    if len(spans) < 2:
        return spans
    last = spans[-1]
    if last.label not in ("date", "note") or spans[-2].label != "url" or text[last.end :].strip(" ."):
        return spans
    if text[spans[-2].end : last.start].strip() or _VISIT.fullmatch(last.text.strip()) is None:
        return spans
    return [*spans[:-1], Span("accessed", last.text, last.start, last.end, last.confidence)]
