"""Mends of MLA 9's containers: a second container after the location, and a book's volume.

MLA names where a work was found as a second container after the first one's location:
``…, 1998, pp. 432-45. *JSTOR*, www.jstor.org/stable/…``. The database is the record's source, not a
second journal. A book published in volumes is cited ``*Title*. Vol. 6, Samford UP, 2012.``: a work
with a volume and a publisher but no issue or pages is a book, not a journal.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH, emphasis_runs, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import has_org_word
from biblio.parse.readers.apa.source import PUBLISHER_WORDS
from biblio.parse.spans import Span

_CONTAINERS = frozenset(["journal", "container-title"])
_VOLUME_WORD = lazy_pattern(r"^\s*Vol\.\s*\d")
_PAGES_WORD = lazy_pattern(r"\s*pp?\.\s*\d")


@needs(labels=["pages"], any_label=_CONTAINERS, marks=["*"])
def database_after_location(spans: list[Span], text: str) -> list[Span]:
    """``pp. 432-45. | *JSTOR*, | www.jstor.org/…`` with the database read as a second journal: an
    italic container after the pages, right before the address, is the source."""
    if "*" not in text:
        return spans
    for k in range(1, len(spans) - 1):
        s, before, after = spans[k], spans[k - 1], spans[k + 1]
        if s.label not in _CONTAINERS or before.label != "pages" or after.label not in ("url", "doi"):
            continue
        if not any(run.text_start <= s.start and s.end <= run.end + 2 for run in emphasis_runs(text)):
            continue
        if sum(x.label in _CONTAINERS for x in spans) < 2:
            continue
        return [*spans[:k], Span("source", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=("publisher", "journal", "volume"), without=("title", "issue", "pages"))
def volume_of_a_book(spans: list[Span], text: str) -> list[Span]:
    """``*A History of …*. | Vol. 6, | Samford UP,`` read as a journal and its volume: with a publisher
    and no issue or pages, the work is a book in volumes, its title the title."""
    labels = [s.label for s in spans]
    if "title" in labels or "publisher" not in labels or {"issue", "pages"} & set(labels):
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label == "journal" and nxt.label == "volume" and _VOLUME_WORD.match(nxt.text):
            return [*spans[:k], Span("title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=["pages", "publisher", "volume"], any_label=_CONTAINERS)
def database_read_as_publisher(spans: list[Span], text: str) -> list[Span]:
    """``…, pp. 700–11. | Taylor and Francis+NEJM, | https://doi.org/…`` with the database MLA names after an
    article's pages read as its publisher: a journal's article has no publisher there, the name is the source."""
    if not any(s.label in _CONTAINERS for s in spans) or not any(s.label == "volume" for s in spans):
        return spans
    for k in range(1, len(spans) - 1):
        s, before, after = spans[k], spans[k - 1], spans[k + 1]
        if s.label != "publisher" or before.label != "pages" or after.label not in ("url", "doi"):
            continue
        if not _PAGES_WORD.match(before.text) or sum(x.label == "publisher" for x in spans) > 1:
            return spans
        return [*spans[:k], Span("source", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# MLA's "Education 3-13, vol. 46,": the words before ", vol." are the journal's name, numbers and all
_NAME_BEFORE_VOL = lazy_pattern(r"(?P<head>[^,]{1,20}?),\s+(?P<vol>vol\.\s*\S.*)", re.S)


@needs(labels=["journal", "volume"], marks=("vol.",))
def journal_number_before_vol(spans: list[Span], text: str) -> list[Span]:
    """``Education | 3-13, vol. 46,`` with the number in the journal's name read into the volume: MLA marks its
    volume with ``vol.``, so what stands before it is the journal's."""
    for k in range(1, len(spans)):
        j, v = spans[k - 1], spans[k]
        if j.label != "journal" or v.label != "volume" or text[j.end : v.start].strip():
            continue
        m = _NAME_BEFORE_VOL.fullmatch(v.text)
        if m is None:
            return spans
        z, a = v.start + m.end("head"), v.start + m.start("vol")
        journal = Span("journal", text[j.start : z], j.start, z, j.confidence)
        return replaced(spans, text, j.start, v.end, [journal, Span("volume", text[a : v.end], a, v.end, v.confidence)])
    return spans


# a month's name alone before MLA's "vol." or "no.": "October, vol. 8," (the art journal), "May, no. 3,"
_MONTH_ALONE = lazy_pattern(rf"^\s*{ENGLISH_MONTH}\s*,\s*$")
_NUMBER_WORD = lazy_pattern(r"^\s*(?:vol|no)\.\s*\d", re.I)


@needs(labels=["title", "date"], any_label=("volume", "issue"), without=_CONTAINERS, marks=(", vol.", ", no."))
def month_named_journal(spans: list[Span], text: str) -> list[Span]:
    """MLA's ``"Title." October, vol. 8, 1979,`` with the journal named like a month read as the month: a month
    alone right after the title, before ``vol.`` or ``no.`` and with the year read later, is the journal."""
    for k in range(1, len(spans) - 2):
        s, nxt = spans[k], spans[k + 1]
        if (
            s.label == "date"
            and spans[k - 1].label == "title"
            and nxt.label in ("volume", "issue")
            and _MONTH_ALONE.match(s.text)
            and _NUMBER_WORD.match(nxt.text)
            and any(x.label == "date" and any(c.isdigit() for c in x.text) for x in spans[k + 2 :])
        ):
            return [*spans[:k], Span("journal", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# the body's words after the italic site, MLA 7's medium perhaps closing them (``National Library of New Zealand.
# Web.``); no digits, colons or brackets: a date, a place's colon or a number is another field
_BODY_AFTER_SITE = lazy_pattern(r"(?P<body>[A-Z][^\d;:()\[\]]*?)(?:\.\s+(?P<medium>Web|Print)\.|[.,])?\s*")


# what follows a site's facts: its date, its address, the date it was read, the medium
_AFTER_SITE = frozenset(["date", "url", "accessed", "genre", "medium"])


@needs(any_label=("title", *_CONTAINERS), marks=["*"])
def body_after_italic_site(spans: list[Span], text: str) -> list[Span]:
    """MLA's web page ``“Title.” *Strategy and Policy.* National Library of New Zealand, 2003. Web.``: the italic
    site and the body that runs it, in plain words after the italics, read as one container. The italic run is
    the container, the words after it the publisher (MLA 7's ``Web.`` closing them the medium). So is a book's
    italic title run on into its publisher before the year (``Brake, Laurel (eds). *Investigating Victorian
    Journalism.* Palgrave, 1990.``): the italic run is the title."""
    for k, s in enumerate(spans):
        after_title = k > 0 and spans[k - 1].label == "title" and s.label in _CONTAINERS
        # a book's: the first title or container read, the year right after it
        book = (
            not after_title
            and s.label in ("title", *_CONTAINERS)
            and k + 1 < len(spans)
            and spans[k + 1].label == "date"
            and not any(x.label in ("title", *_CONTAINERS) for x in spans[:k])
        )
        if not after_title and not book:
            continue
        run = next((r for r in emphasis_runs(text) if r.start <= s.start <= r.text_start and r.end < s.end), None)
        if run is None:
            return spans
        # the italics close a sentence ("*Strategy and Policy.* National …", "*Title*. Palgrave"), and the site's
        # facts end the reference's middle: "*Comput.* Networks 176", "*Assays* VI (…" are one name or a volume
        if "." not in text[run.text_end - 1 : run.end + 1] or text[run.text_end - 3 : run.text_end].count(".") > 1:
            return spans
        if k + 1 < len(spans) and spans[k + 1].label not in _AFTER_SITE:
            return spans
        a = run.end
        while a < s.end and text[a] in " .,":
            a += 1
        m = _BODY_AFTER_SITE.fullmatch(text, a, s.end)
        if m is None or book and m.group("medium"):
            return spans
        if book and not (PUBLISHER_WORDS.search(m.group("body")) or has_org_word(m.group("body"))):
            return spans  # "*ConceptNet 3 …*. Recent Advances in Natural Language Processing, 2007": a meeting
        b = m.end("body") + 1 if m.group("medium") else s.end
        label = "container-title" if after_title else "title"
        parts = [
            Span(label, text[s.start : run.end], s.start, run.end, s.confidence),
            Span("publisher", text[a:b], a, b, s.confidence),
        ]
        if m.group("medium"):
            c, d = m.start("medium"), m.end("medium") + 1
            parts.append(Span("medium", text[c:d], c, d, s.confidence))
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans
