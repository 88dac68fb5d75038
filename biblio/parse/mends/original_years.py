"""Mend of MLA's original year: ``Lee, Harper. *To Kill a Mockingbird*. 1960. Grand Central Publishing, 2006.``
and ``Whitman, Walt. *Leaves of Grass*. 1892. *Project Gutenberg*, 2010, www.…``: the year standing alone after
the title is when the work first appeared; the edition cited is the name and the year after it (MLA 9, 5.105). The
model reads the first year as the date and the second as a note, or the first into the container."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import closing_part_apart, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.mends.mla_edited_books import MLA_ROLE
from biblio.parse.spans import Span

# the title's closing stop, the year alone, then one name (a publisher or a site) and the later year
_ORIGINAL_THEN_EDITION = lazy_pattern(
    r"(?:[.?!]\*?|\*\.)\s+(?P<orig>(?:1[5-9]|20)\d\d)\.\s+(?P<src>\*?[A-Z][^,.;:()*]{1,80}\*?),\s+"
    r"(?P<year>(?:1[5-9]|20)\d\d)(?=[,.]|\s*$)"
)
# the same year closing the title span, after the title's own stop
_CLOSING_YEAR = lazy_pattern(r"(?:[.?!]\*?|\*\.)\s+(?P<part>(?:1[5-9]|20)\d\d)\.?\s*$")
_YEAR = lazy_pattern(r"\b(?:1[5-9]|20)\d\d\b")
_LONE_YEAR = lazy_pattern(r"\*?(?:1[5-9]|20)\d\d\*?\.?")
# MLA 9 spells the role out after the original year: "1818. Edited by …", "1869. Translated by …"
_MLA_ROLE = lazy_pattern(rf"\s*{MLA_ROLE}\s")
_REPRINT = lazy_pattern(r"(?i)\brep(?:r|rint|rinted)\b")
_LINKS = frozenset(["url", "doi"])
_WORKS = frozenset(["title", "journal", "container-title"])


@needs(any_label=("date", "note"))
def original_year_before_edition(spans: list[Span], text: str) -> list[Span]:
    """``Title. 1960. Grand Central Publishing, 2006.``: the later year is the date, the name before it the
    publisher (the container where an address follows: a site that holds the text), the first year a note."""
    m = _ORIGINAL_THEN_EDITION.search(text)
    if m is None or int(m.group("orig")) >= int(m.group("year")):
        return spans
    if not any(s.label in _WORKS and s.start < m.start() for s in spans):
        return spans
    linked = any(s.label in _LINKS and s.start >= m.end("year") for s in spans)
    new = [
        Span(label, m.group(group), m.start(group), m.end(group))
        for label, group in (
            ("note", "orig"),
            ("container-title" if linked else "publisher", "src"),
            ("date", "year"),
        )
    ]
    mended = replaced(spans, text, m.start("orig"), m.end("year"), new)
    k = mended.index(new[0]) - 1
    if k >= 0 and mended[k].label in _WORKS and "title" not in {s.label for s in mended[:k]}:
        # "*Leaves of Grass*. | 1892.": the work before the original year is the title, not a journal
        mended[k] = Span("title", mended[k].text, mended[k].start, mended[k].end, mended[k].confidence)
    return spans if [(s.label, s.text) for s in mended] == [(s.label, s.text) for s in spans] else mended


@needs(labels=("title", "date"))
def original_year_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``Title. 1792. Edited by Deidre Shauna Lynch, 3rd ed., W. W. Norton, 2009.``: a lone year read into the
    title's end, earlier than the year of the edition cited after it, is when the work first appeared (a note)."""
    k = next((i for i, s in enumerate(spans) if s.label == "title"), -1)
    m = _CLOSING_YEAR.search(spans[k].text) if k >= 0 else None
    if m is None:
        return spans
    orig = int(m.group("part"))
    later = (y for s in spans[k + 1 :] if s.label == "date" for y in _YEAR.findall(s.text))
    if not any(int(y) > orig for y in later):
        return spans
    return closing_part_apart(spans, text, _CLOSING_YEAR, "note")


@needs(labels=("title", "date"))
def original_year_after_title(spans: list[Span], text: str) -> list[Span]:
    """``Title. 1818. Translated by Jean Dupont, Penguin Classics, 2003.``: a lone year straight after the title,
    with the edition cited and its later year after it, is when the work first appeared (a note). A reprint
    (``1962. Reprint, New York: Ballantine, 1994.``) keeps its first year as the date, as Chicago prints it."""
    k = next((i for i, s in enumerate(spans) if s.label == "title"), -1)
    if (
        k < 0
        or k + 2 >= len(spans)
        or spans[k + 1].label != "date"
        or not _LONE_YEAR.fullmatch(spans[k + 1].text.strip())
    ):
        return spans
    if not _MLA_ROLE.match(text, spans[k + 1].end) and spans[k + 2].label not in ("publisher", "location"):
        return spans  # ("1984. Trans. Robert A. Vollrath.": Chicago's abbreviated roles keep the first year the date)
    if _REPRINT.search(text) or spans[k].text.rstrip(" *")[-1:] not in ".?!":
        return spans  # ("Health, United States, | 2019. Hyattsville, MD: …": a year after the title's comma is its own)
    orig = int(_YEAR.findall(spans[k + 1].text)[0])
    later = (y for s in spans[k + 2 :] if s.label == "date" for y in _YEAR.findall(s.text))
    if not any(int(y) > orig for y in later):
        return spans
    first = spans[k + 1]
    end = first.start + len(first.text.rstrip(" .*"))
    start = first.start + len(first.text) - len(first.text.lstrip("*"))
    return [*spans[: k + 1], Span("note", text[start:end], start, end, first.confidence), *spans[k + 2 :]]


# Harvard's and APA's closing note of the first printing: "(Originally published 1861)", "(Original work
# published 1900)", "(First published in 1926)"
_ORIGINAL_NOTE = lazy_pattern(
    r"\(\s*(?:original(?:ly)?\s+(?:work\s+)?published|first\s+published)\s+(?:in\s+)?(?:1[5-9]|20)\d\d\s*\)\.?",
    re.I,
)


@needs(labels=("date",), words=("published",))
def original_publication_note(spans: list[Span], text: str) -> list[Span]:
    """``London: Penguin Classics. (Originally | published 1861).`` with the note's words read into the publisher
    and its year as a second date: the bracket is a note, and the cited edition's year stays the date."""
    m = _ORIGINAL_NOTE.search(text)
    if m is None:
        return spans
    inside = [s for s in spans if s.start < m.end() and s.end > m.start()]
    if len(inside) < 2 or sum(s.label == "date" for s in spans) < 2:
        return spans  # the note read as one span, or its year the only date: not this reading's
    a, z = m.start(), len(text[: m.end()].rstrip())
    return replaced(spans, text, a, z, [Span("note", text[a:z], a, z, min(s.confidence for s in inside))])


# Chicago's closing sentence on the first printing or writing, after the cited edition's date: "Originally published
# 1606.", "Originally published Parma: 1588.", "Originally written c. 1477.", "First published 1992 by Sutton
# Publishing."
_FIRST_PRINTING_SENTENCE = lazy_pattern(
    r"(?<=[.)])\s+(?P<note>(?:Originally|First)\s+(?:published|written|printed|issued|composed)"
    r"(?!\s+online)\b[^()\[\]]{0,120}?)\.?\s*$"
)


@needs(labels=("date",), words=("originally", "first"))
def first_printing_sentence(spans: list[Span], text: str) -> list[Span]:
    """``…, Yale University Press, 1993. | Originally written c. | 1477.`` or ``1999. First | published 1992 by |
    Sutton Publishing.`` with the closing sentence on the first printing read as a publisher, pages or a second
    date: after the date of the edition cited, the sentence is a note."""
    m = _FIRST_PRINTING_SENTENCE.search(text)
    if m is None:
        return spans
    a, z = m.start("note"), m.end("note")
    if not any(s.label == "date" and s.end <= a for s in spans):
        return spans
    inside = [s for s in spans if s.start < z and s.end > a]
    if not inside or len(inside) == 1 and inside[0].label == "note":
        return spans
    return replaced(spans, text, a, z, [Span("note", text[a:z], a, z, min(s.confidence for s in inside))])
