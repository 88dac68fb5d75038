"""Mend of MLA 7's described work on the web: ``Title. Digital image. *Site*. Publisher, 7 Apr. 2016. Web. 17 Dec.
2016.`` (or ``Photograph.``, ``Chart.``, ``Map.``), the body and its date each left out where the page names neither.

After the work's own title comes the word MLA 7 describes an untitled-by-kind work with, then the site that shows
it, the body that runs the site (and the page's date after a comma), the medium ``Web.`` and the date the page was
read. The model reads the description into the title, the site into the title or as an author, and the date read
as the date issued.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_DATE = rf"(?:(?:\d{{1,2}}\s+)?{ENGLISH_MONTH}\.?\s+)?\d{{4}}"
# the title (one sentence) and MLA 7's description of the work after it
_DESCRIBED = lazy_pattern(
    r"(?:^|(?<=\.\s))(?P<title>[^.\"“”*\s][^.\"“”*]{1,200}?)\.\s+"
    r"(?P<desc>(?:Digital|Online) image|Photograph|Screen ?shot|Chart|Map|Infographic|Illustration|Cartoon|Diagram)"
    r"\.\s+"
)
# the medium and the date the page was read, closing the reference
_WEB_TAIL = lazy_pattern(rf"\.\s*(?P<medium>Web\.)\s*(?P<read>{_DATE})\.?\s*$")
# the site: in Markdown's italics, or one sentence
_SITE = lazy_pattern(r"\*(?P<i>[^*]{2,200})\*\.?|(?P<s>[^.*]{2,200})\.")
# the body that runs the site, with the page's date (or n.d.) after a comma
_BODY = lazy_pattern(rf"(?P<body>[^,]{{2,120}}?)(?:,\s*(?P<date>n\.\s?d|{_DATE}))?\.?$")
_NO_BODY = lazy_pattern(r"^n\.\s?p\.?$", re.I)
_NO_DATE = lazy_pattern(r"^n\.\s?d\.?$", re.I)


@needs(marks=("Web.",))
def mla7_described_work(spans: list[Span], text: str) -> list[Span]:
    """``Title. Digital image. *Site*. Publisher, date. Web. 17 Dec. 2016.`` with the description read into the
    title and the date read as the date issued: the title ends before the description, which is the genre; the
    site is the container, the body its publisher, the date after it the date issued, the date after ``Web.``
    the date the page was read."""
    tail = _WEB_TAIL.search(text)
    if tail is None:
        return spans
    described = _DESCRIBED.search(text, 0, tail.start())
    if described is None:
        return spans
    a = described.start("title")
    authors = [s for s in spans if s.label == "author" and s.end <= a]
    if text[:a].strip() and not authors:
        return spans  # words before the title no author: another form
    site = _SITE.match(text, described.end(), tail.start() + 1)
    if site is None:
        return spans
    key = "i" if site.group("i") else "s"
    c = min((s.confidence for s in spans), default=1.0)
    out = [*authors, Span("title", described.group("title"), a, described.end("title"), c)]
    out.append(Span("genre", described.group("desc"), *described.span("desc"), c))
    out.append(Span("container-title", site.group(key), *site.span(key), c))
    b = site.end()
    while b < tail.start() and text[b] in " .":
        b += 1
    if b < tail.start():
        body = _BODY.match(text, b, tail.start())
        if body is None or ". " in body.group("body"):
            return spans
        if not _NO_BODY.match(body.group("body")):
            out.append(Span("publisher", body.group("body"), *body.span("body"), c))
        if body.group("date") and not _NO_DATE.match(body.group("date")):
            out.append(Span("date", body.group("date"), *body.span("date"), c))
    out.append(Span("other", tail.group("medium"), *tail.span("medium"), c))  # the description is the medium
    out.append(Span("accessed", tail.group("read"), *tail.span("read"), c))
    return out
