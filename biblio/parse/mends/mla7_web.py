"""Mend of MLA 7's web page: ``"Title." Site. Publisher, 24 Aug. 2007. Web. 20 Mar. 2013.``, with the marks of
no publisher and no date where the page names neither (``Site. N.p., n.d. Web. 1 Apr. 2013.``).

After the quoted title come the site (its name closed by a full stop), the body that runs it and the date of the
page (closed by a comma between them), the medium ``Web.`` and the date it was read. The model reads the site as an
author or a journal, ``N.p.,`` as the journal, ``n.d. Web. 30 Mar. 2013`` as the date issued, and a site glued to
the title's closing quote (``“Floats, Figures and Captions.”Getting to Grips with LaTeX.``) into the title. A title
whose opening quote was left out (``Honey, I'm Homeless." Orlando Sentinel. N.p., …``) opens the reference.

MLA 7's described work on the web (``Title. Digital image. *Site*. Publisher, 7 Apr. 2016. Web. 17 Dec. 2016.``, or
``Photograph.``, ``Chart.``, ``Map.``) gives, after its own title, the word describing it, then the site, its body
and the dates; the model reads the description into the title and the date read as the date issued.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH, addresses_start
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "24 Aug. 2007", "30 March. 2013" (a stop after a month written whole), "2012"
_DATE = rf"(?:(?:\d{{1,2}}\s+)?{ENGLISH_MONTH}\.?\s+)?\d{{4}}"
# the tail: the body (or N.p.), the page's date (or n.d.), the medium and the date read
_TAIL = lazy_pattern(
    rf",\s*(?P<date>n\.\s?d|{_DATE})\.\s*(?P<medium>Web\.)(?:\s*(?P<read>{_DATE})\.?)?\s*$",
    re.I,
)
_NO_BODY = lazy_pattern(r"^n\.\s?p\.?$", re.I)
_NO_DATE = lazy_pattern(r"^n\.\s?d\.?$", re.I)
# a sentence's end between the site and the body: a stop and a space, or a stop glued to a capital or a quote
# ("Pseudorapidity.CERN"); a domain's stop ("BostonGlobe.com") is none
_STOP = lazy_pattern(r"\s*\.(?:\s+|(?=[A-Z\"“'‘]))")
# the quoted title: opening the reference, or after the author's names closed by a stop
_QUOTED_TITLE = lazy_pattern(r"(?:^|(?<=\.\s))[\"“][^\"“”]{2,300}?[\"”]")
# a title whose opening quote was left out, opening the reference: "Honey, I'm Homeless."
_UNOPENED_TITLE = lazy_pattern(r"^[^\"“”]{2,300}?[.?!][\"”]")
# labels a locator or a name of a work's own gives: another form of reference
_OTHER_FORM = frozenset(["volume", "issue", "pages", "editor", "translator", "doi", "url", "edition"])


def _parts(text: str, a: int, z: int) -> list[tuple[int, int]] | None:
    """The site and the body between ``a`` and ``z`` (one of them, or both), each without its spaces and closing
    stop or colon; None for more parts than two."""
    cuts = [(m.start(), m.end()) for m in _STOP.finditer(text, a, z)]
    if len(cuts) > 1:
        return None
    bounds = [(a, cuts[0][0]), (cuts[0][1], z)] if cuts else [(a, z)]
    out = []
    for b, e in bounds:
        while b < e and text[b] in " .":
            b += 1
        while e > b and text[e - 1] in " .:":
            e -= 1
        if b >= e:
            return None
        out.append((b, e))
    return out


def _before_address(spans: list[Span], text: str) -> tuple[int, int]:
    """The index of the span of the address closing ``spans`` (``len(spans)`` for none), and where the text before
    it ends (``<http://…>``'s bracket left out)."""
    k = addresses_start(spans)
    return k, len(text[: spans[k].start].rstrip(" <")) if k < len(spans) else len(text)


@needs(marks=("Web.",))
def mla7_web_page(spans: list[Span], text: str) -> list[Span]:
    """MLA 7's ``"Title." Site. Publisher, 24 Aug. 2007. Web. 20 Mar. 2013.`` (or ``Site. N.p., n.d. Web. …``)
    with the site read as an author or a journal and the date read as the date issued: the site is the
    container, the body its publisher, the date before ``Web.`` the date issued and the date after it the date
    the page was read; ``N.p.`` and ``n.d.`` say the page names neither and go into no field."""
    k, end = _before_address(spans, text)  # (the address MLA 7 may give after the date read, kept as read)
    tail = _TAIL.search(text, 0, end)
    if tail is None or any(s.label in _OTHER_FORM for s in spans[:k]):
        return spans
    if k < len(spans) and not tail.group("read"):
        return spans  # (MLA 7 gives the address after the date read; "Web. https://… Accessed …" is another form)
    title = _QUOTED_TITLE.search(text, 0, tail.start())
    authors: list[Span] = []
    if title is not None:
        authors = [s for s in spans if s.label == "author" and s.end <= title.start()]
        if text[: title.start()].strip() and not authors:
            return spans  # words before the title no author: another form
    elif (title := _UNOPENED_TITLE.match(text, 0, tail.start())) is None:
        return spans
    parts = _parts(text, title.end(), tail.start())
    if parts is None:
        return spans
    c = min((s.confidence for s in spans), default=1.0)
    a, z = title.span()
    if text[a] not in '"“':
        z -= 1  # the lone closing quote of a title whose opening one was left out
    out = [*authors, Span("title", text[a:z], a, z, c)]
    site, body = (parts[0], parts[1]) if len(parts) == 2 else (parts[0], None)
    if _NO_BODY.match(text[site[0] : site[1]]):
        return spans  # "N.p., n.d." with no site before: nothing to mend
    out.append(Span("container-title", text[site[0] : site[1]], *site, c))
    if body is not None and not _NO_BODY.match(text[body[0] : body[1]] + "."):
        out.append(Span("publisher", text[body[0] : body[1]], *body, c))
    if not _NO_DATE.match(tail.group("date")):
        out.append(Span("date", tail.group("date"), *tail.span("date"), c))
    out.append(Span("medium", tail.group("medium"), *tail.span("medium"), c))
    if tail.group("read"):
        out.append(Span("accessed", tail.group("read"), *tail.span("read"), c))
    return [*out, *spans[k:]]


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
_IMAGE_BODY = lazy_pattern(rf"(?P<body>[^,]{{2,120}}?)(?:,\s*(?P<date>n\.\s?d|{_DATE}))?\.?$")


@needs(marks=("Web.",))
def mla7_described_work(spans: list[Span], text: str) -> list[Span]:
    """``Title. Digital image. *Site*. Publisher, date. Web. 17 Dec. 2016.`` with the description read into the
    title and the date read as the date issued: the title ends before the description, which is the genre; the
    site is the container, the body its publisher, the date after it the date issued, the date after ``Web.``
    the date the page was read."""
    k, end = _before_address(spans, text)
    tail = _WEB_TAIL.search(text, 0, end)
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
        body = _IMAGE_BODY.match(text, b, tail.start())
        if body is None or ". " in body.group("body"):
            return spans
        if not _NO_BODY.match(body.group("body")):
            out.append(Span("publisher", body.group("body"), *body.span("body"), c))
        if body.group("date") and not _NO_DATE.match(body.group("date")):
            out.append(Span("date", body.group("date"), *body.span("date"), c))
    out.append(Span("other", tail.group("medium"), *tail.span("medium"), c))  # the description is the medium
    out.append(Span("accessed", tail.group("read"), *tail.span("read"), c))
    return [*out, *spans[k:]]
