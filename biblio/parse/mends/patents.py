"""Mends of a patent's number and its inventor's role, as Google Scholar's forms print them:
``U.S. Patent No. 6,285,999. 4 Sep. 2001.`` (MLA, APA), ``U.S. Patent 6,285,999, issued September 4,
2001.`` (Chicago, Harvard), Vancouver's ``Page L, inventor; Stanford University, assignee. Title. United
States patent US 6,285,999. 2001 Sep 4.``. The number is no journal, volume or page, and neither the role
words nor the assignee are names of authors."""

from __future__ import annotations

from dataclasses import replace

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import read_anew
from biblio.parse.spans import Span

# "U.S. Patent No. 6,285,999", "United States patent US 6,285,999", "European Patent EP 1234567 B1", the
# RSC's "US Pat., 4073865", "USA Patent 6206324", "UK Patent 2 345 678"
_PATENT_NUMBER = lazy_pattern(
    r"\b(?:U\.\s?S\.|[A-Z]{2,3}|United\s+States|European|[A-Z][a-z]+)\s+(?:[Pp]atent|Pat\.,?)(?:\s+[Aa]pplication)?"
    r"(?:\s+(?:No\.|Number|Nr\.))?\s+(?:[A-Z]{2}\s?)?\d[\d,./]*\d(?:\s?[A-C]\d?)?\b"
    # an application filed and not yet granted, named by its office: "Australian application number 2016222482"
    r"|\b[A-Z][a-z]+\s+application\s+(?:[Nn]o\.|[Nn]umber)\s+\d[\d,./]*\d\b"
)
# "Page L, inventor; Leland Stanford Junior University, assignee." after the inventors' names
_VENUES = ("journal", "container-title")
_ROLES = lazy_pattern(r",\s*inventors?(?:\s*;\s*(?P<assignee>[^;]+?),\s*assignees?)?\s*\.")


@needs(words=["patent", "pat.", "application"])
def patent_number_apart(spans: list[Span], text: str) -> list[Span]:
    """``U.S. Patent No. 6,285,999`` read as a journal with a volume and pages, or as the title: the
    patent's number is a note, and a journal read before it, where no title was read, is the title."""
    if (m := _PATENT_NUMBER.search(text)) is None:
        return spans
    mended = read_anew(spans, text, m.start(), m.end(), [Span("note", m.group(), m.start(), m.end())])
    if any(s.label == "title" for s in mended):
        return mended
    # "Electric lamp. U.S. Patent 223,898." with the title read as the journal the number seemed to belong to
    titled = [replace(s, label="title") if s.label in _VENUES and s.end <= m.start() else s for s in mended]
    if any(s.label == "title" for s in titled):
        return titled
    # Chicago's "1876. Improvement in telegraphy. U.S. Patent 174465A, filed …" read as one note: the
    # sentence right before the number, after the date, is the patent's title
    for k, s in enumerate(titled):
        if (
            s.label == "note"
            and s.end <= m.start()
            and not text[s.end : m.start()].strip()
            and s.text.rstrip().endswith(".")
            and k > 0
            and titled[k - 1].label == "date"
        ):
            return [*titled[:k], replace(s, label="title"), *titled[k + 1 :]]
    return titled


@needs(words=["inventor"])
def inventor_role_apart(spans: list[Span], text: str) -> list[Span]:
    """Vancouver's ``Page L, inventor; Stanford University, assignee.`` read as four names: the inventors
    are the authors; the role words and the assignee go into no name."""
    if (m := _ROLES.search(text)) is None or not any(s.label == "author" and s.end > m.start() for s in spans):
        return spans
    new = [Span("note", m.group("assignee"), m.start("assignee"), m.end("assignee"))] if m.group("assignee") else []
    return read_anew(spans, text, m.start(), m.end(), new)
