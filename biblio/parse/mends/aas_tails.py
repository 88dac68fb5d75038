"""Astronomy's compact journal reference: names, the year, then ``Journal, volume, page`` and nothing else.

The AAS journals, A&A and MNRAS print an article without its title: ``Croes, G. A. 1958, OR, 6, 791``,
``Lorenz, R. D., Turtle, E. P., et al. 2018, JHATD, 34, 14``, ``Gaztañaga E., Sravan Kumar K., 2024,
J. Cosmology Astropart. Phys., 2024, 001``. The labeller, trained on references with titles, reads a short
bibcode abbreviation (``JGRE``, ``Icar``) into the names, the date or a note, a page that looks like a year
(``P&SS, 55, 1990``) as a second date, and a year that is the volume (JCAP's ``2024``) as one; the APA
reader takes the tail for a title. The text's own commas mark the fields: after the year, a name without
digits, then two numbers.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import before_links, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "…, 2011, ApJS, 193, 29" / "… 2021b, GeoRL, 48, e94244" / "… 2023, Advances in Astronomy, 2023, 1"
# closing the reference: the journal starts with a letter and holds no digit or comma ("in Titan, ed." and
# "arXiv:…" are no journals); the page may carry a letter (L20, A33, e044)
AAS_TAIL = lazy_pattern(
    r"(?:^|(?<=[\s,]))(?P<year>(?:1[6-9]|20)\d\d[a-z]?)\s*,\s*"
    r"(?P<journal>(?!(?i:in|eds?|pp?)[\s.]|(?i:arxiv))[^\W\d_][^,\d]{0,79}?)"
    r"\s*,\s*(?P<volume>\d{1,5})\s*,\s*(?P<page>[A-Za-z]?\d{1,9}[A-Za-z]?)\s*\.?\s*$"
)
_PARTS = (("year", "date"), ("journal", "journal"), ("volume", "volume"), ("page", "pages"))


# what follows the second last comma of a text ``AAS_TAIL`` matches (the journal, volume and page hold no
# comma): read first, since the pattern, opening on a look behind, is tried at every character
_VOLUME_PAGE_CLOSE = lazy_pattern(r"\s*\d{1,5}\s*,\s*[A-Za-z]?\d{1,9}[A-Za-z]?\s*\.?\s*")


def aas_tail(text: str) -> re.Match[str] | None:
    """The compact ``YEAR, Journal, volume, page`` closing ``text``, if it closes it."""
    if not text[-1:].isalnum() and not text.endswith("."):
        return None
    last = text.rfind(",")
    if last < 0 or not _VOLUME_PAGE_CLOSE.fullmatch(text, text.rfind(",", 0, last) + 1):
        return None
    return AAS_TAIL.search(text)


# the DOI the AAS journals print after the page: "…, 2018, JCAP, 2018, 031, doi:10.1088/1475-7516/2018/04/031"
_DOI_CLOSE = lazy_pattern(r",\s*doi:\s*10\.\d{4,9}/\S+\s*$")


@needs(labels=["author"])
def journal_tail_after_names(spans: list[Span], text: str) -> list[Span]:
    """``Hörst, S. M. 2017, JGRE, 122, 432`` read with the journal in the names, the date or a note, or a
    page or volume read as a year: after names alone, the year, journal, volume and page by their commas
    (and a closing ``doi:…``, read as the DOI, kept)."""
    # (a DOI, an address or an access date may close it)
    end = len(before_links(spans, text).rstrip(" ,;"))
    if end == len(text) and "doi:" in text and (d := _DOI_CLOSE.search(text)) is not None:
        end = d.start()
        if [s.label for s in spans if s.start >= end] != ["doi"]:
            return spans
    m = aas_tail(text[:end])
    if m is None or not _names_alone_before(spans, text, m.start()):
        return spans
    return _read_as(spans, text, m, _PARTS, end)


# "…, 2014, in Titan, ed. I. Müller-Wodarg (Cambridge: Cambridge Univ. Press), 122", "…, 2018, in 42nd COSPAR
# Scientific Assembly (Pasadena, CA), B5.2-43-18", "…, 2008, ICAPS'08: Proc. … (New York: ACM), 107"
_BOOK_TAIL = lazy_pattern(
    r"(?:^|(?<=[\s,]))(?P<year>(?:1[6-9]|20)\d\d[a-z]?)\s*,\s*(?:in\s+)?(?P<book>(?!in\s)[^\W_][^()]*?)"
    r"(?:,\s*eds?\.\s+(?P<editors>[^()]+?))?\s*\((?P<place>[^():]+?)(?::\s*(?P<publisher>[^()]+?))?\)"
    r"\s*,\s*(?P<page>[A-Za-z]?\d[\w.-]*)\s*\.?\s*$"
)
# what follows the last comma of a text ``_BOOK_TAIL`` matches, after the bracket (the page holds no comma)
_PAGE_CLOSE = lazy_pattern(r"\s*[A-Za-z]?\d[\w.-]*\s*\.?\s*")
# what says the work before the bracket is a book's part or a meeting's, not a book cited with a page
_PART_OF = lazy_pattern(r"(?i)^in\s|\b(?:proc|conf|symp|meeting|workshop|assembly|congress|colloq)")
_BOOK_PARTS = (
    ("year", "date"),
    ("book", "container-title"),
    ("editors", "editor"),
    ("place", "location"),
    ("publisher", "publisher"),
    ("page", "pages"),
)


@needs(labels=["author"], marks=["("])
def book_tail_after_names(spans: list[Span], text: str) -> list[Span]:
    """The AAS journals' chapter or meeting paper without a title, ``2014, in Titan, ed. I. Müller-Wodarg
    (Cambridge: Cambridge Univ. Press), 122``, read with the book as an editor or the title, or the meeting as a
    note: after names alone, the book (after ``in``), its editors (after ``ed.``), the place and publisher in
    the brackets and the page."""
    core = before_links(spans, text).rstrip()  # (an address or an access date may close it)
    last = core.rfind(",")
    if last < 0 or not _PAGE_CLOSE.fullmatch(core, last + 1) or not core[:last].rstrip().endswith(")"):
        return spans
    m = _BOOK_TAIL.search(core)
    if m is None or not _names_alone_before(spans, text, m.start()):
        return spans
    if m.group("editors") is None and not _PART_OF.search(core[m.end("year") :].lstrip(" ,")):
        return spans
    return _read_as(spans, text, m, _BOOK_PARTS, len(core))


def _names_alone_before(spans: list[Span], text: str, a: int) -> bool:
    """Names, and nothing else, read before offset ``a``: a title there is another style's reference."""
    if not text[:a].strip(" ,"):
        return False
    return not any(s.label != "author" for s in spans if s.start < a and text[s.start : min(s.end, a)].strip(" ,"))


def _read_as(
    spans: list[Span], text: str, m: re.Match[str], parts: tuple[tuple[str, str], ...], end: int | None = None
) -> list[Span]:
    """``spans`` with the match's groups (those found) read as the labels ``parts`` give them, up to ``end``
    (the text's end unless given)."""
    a = m.start()
    z = len(text) if end is None else end
    conf = min(s.confidence for s in spans)
    new = [Span(label, m.group(g), m.start(g), m.end(g), conf) for g, label in parts if m.group(g) is not None]
    if [(s.label, s.start) for s in spans if s.end > a and s.start < z] == [(s.label, s.start) for s in new]:
        return spans
    return replaced(spans, text, a, z, new)


# a publication list's compact reference with the title last (often as the link): "…, 2009, MNRAS, 398, 1117,
# Recovering the intrinsic shape of early-type galaxies", "…, 2022, A&A, On the robustness of …" (no volume
# yet: the journal is then one abbreviation); the title holds no comma and at least four words
_TITLED_TAIL = lazy_pattern(
    r"(?:^|(?<=[\s,]))(?P<year>(?:1[6-9]|20)\d\d[a-z]?)\s*,\s*"
    r"(?:(?P<journal>(?!(?i:in|eds?|pp?)[\s.]|(?i:arxiv))[^\W\d_][^,\d]{0,79}?)\s*,\s*(?P<volume>\d{1,5})\s*,\s*"
    r"(?P<page>[A-Za-z]?\d{1,9}[A-Za-z]?)|(?P<abbrev>[A-Z][A-Za-z&]{0,7}))"
    r"\s*,\s*(?P<title>[A-Z][^,]*?(?:\s+[^\s,]+){3,}?)\s*\.?\s*$"
)
_TITLED_PARTS = (
    ("year", "date"),
    ("journal", "journal"),
    ("abbrev", "journal"),
    ("volume", "volume"),
    ("page", "pages"),
    ("title", "title"),
)


@needs(labels=["author"])
def titled_tail_after_names(spans: list[Span], text: str) -> list[Span]:
    """A publication list's ``van den Bosch R. C. E., van de Ven G., 2009, MNRAS, 398, 1117, Recovering …``
    with the closing title read as a note or run into the page or the journal: after names alone, the year,
    journal, volume and page by their commas, and the title last."""
    # (the title follows the text's last comma, holding none, and opens on a capital: a look before the pattern)
    last = text.rfind(",")
    if last < 0 or not "A" <= text[last + 1 :].lstrip()[:1] <= "Z":
        return spans
    m = _TITLED_TAIL.search(text)
    if m is None or not _names_alone_before(spans, text, m.start()):
        return spans
    return _read_as(spans, text, m, _TITLED_PARTS)
