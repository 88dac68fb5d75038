"""References printed title first, the names after it and the journal with its numbers last, as evidence-based
medicine reading lists and journal clubs give them: ``Blinding in randomised trials: hiding who got what. Schulz
KF, Grimes D. Lancet 2002: 359(9307); 696-700.`` or ``… trial: gold standard or golden calf? T. J. Kaptchuk. J
Clin Epidemiol 2001: 54(6); 541-9.``

``read(text)`` is the structured-reader interface (readers/base.py). The whole reference must have that shape: a
title of two words or more, a sentence of names alone (Vancouver's ``Family AB`` or given names first), a journal
of words alone, the year, the volume with its issue in brackets if any and the pages, and nothing after but the
formats below; the sequence model, trained on author-first styles, reads the initials into the title or the
journal.

A reading list's closing words on the formats it links the article in (``Available in html format or pdf
format``) are kept in the note.

Fields touched: ``type``, ``title``, ``author``, ``container-title``, ``issued``, ``volume``, ``issue``, ``page``,
``note``.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.readers.base import Reading, marked_reading
from biblio.parse.readers.title_first_dated import looks_like_names, title_and_names
from biblio.records.model import Item

__all__ = ["NAME", "read"]

NAME = "title-first-medical"
BASE_CONFIDENCE = 0.9

# ". Lancet 2002: 359(9307); 696-700." / ". Anesthesiology 2001: 95; 1356-61." at the very end
_SOURCE = lazy_pattern(
    r"\.\s+(?P<journal>[A-Z][A-Za-z'’-]*(?:\s+(?:[A-Z][A-Za-z'’-]*|of|and|the|in|&))*)\s+(?P<year>(?:1[89]|20)\d\d)"
    r"\s*[:;]\s*(?P<volume>\d+)(?:\s*\((?P<issue>[\w-]+)\))?\s*[;:]\s*"
    r"(?P<page>[A-Z]{0,2}\d+(?:\s*[-–]\s*[A-Z]{0,2}\d+)?)\.?"
    # the formats a reading list offers the article in, their links' words left ("Available in html format or pdf
    # format", "Available as PDF"): a note
    r"(?:\s+(?P<formats>Available (?:in|as) (?:(?:html|pdf|HTML|PDF|full[- ]text|text)(?: format)?(?:,? or |, )?){1,3})"
    r"\.?)?$"
)
_SENTENCE_END = lazy_pattern(r"[.?!]\s+")


def read(text: str) -> Reading | None:
    """The reading of ``Title. Names. Journal Year: vol(issue); pages.``, or None for "not my style"."""
    if ":" not in text and ";" not in text:
        return None
    flat = text.strip()
    source = _SOURCE.search(flat)
    if source is None:
        return None
    title, names = title_and_names(flat[: source.start() + 1], full_date=False)
    # a title with a sentence of names alone is an author-first entry's (``Smith AB. Hypertension. BMJ 2002;…``,
    # ``Tattersall MH, Butow PN. Title. Lancet Oncol. Jul 2002;3(7): 431-``)
    if not title or not names or any(looks_like_names(part) for part in _SENTENCE_END.split(title)):
        return None
    item: Item = {"type": "article-journal", "title": title, "author": names,
                  "container-title": source.group("journal"),
                  "issued": {"date-parts": [[int(source.group("year"))]]},
                  "volume": source.group("volume"), "page": source.group("page")}
    if source.group("issue"):
        item["issue"] = source.group("issue")
    if source.group("formats"):
        item["note"] = source.group("formats").rstrip(", ")
    return marked_reading(item, NAME, BASE_CONFIDENCE)
