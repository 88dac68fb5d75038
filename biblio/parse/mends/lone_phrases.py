"""Mend of a reference that is one phrase alone, as appendices of policies and reading lists name documents by
their title only: ``ICAM Governance Framework``, ``Department of Defense ICAM Reference Design``. The model reads
the phrase as a body's name or a journal, and leaves no title; a reference with nothing else (no
date, no numbers, at most a link) names the work, so the phrase is its title."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.dates import ACCESS_LEAD
from biblio.parse.normalisers.genre import description_type
from biblio.parse.spans import Span

# (a publisher alone stays: "Publication de l'Association des Palynologues …" names who issued a series; so do a
# note and an "In …" container, which fragments of a reference are read as)
_READ_AS = frozenset(["author", "journal"])
# words, capitalised first, no digits: a fragment of pages or numbers is no title
_PHRASE = lazy_pattern(r"[A-Z][^\d,;:]*\s[^\d,;:]*")
_BESIDE = frozenset(["url", "citation-number", "other"])


@needs(without=["title", "date"], any_label=_READ_AS)
def lone_phrase_is_title(spans: list[Span], text: str) -> list[Span]:
    """``ICAM Governance Framework`` read as an author or a journal, nothing else: the title."""
    read = [s for s in spans if s.label not in _BESIDE]
    if len(read) != 1 or read[0].label not in _READ_AS or not _PHRASE.fullmatch(read[0].text.strip(" ,.;")):
        return spans
    s = read[0]
    return [Span("title", s.text, s.start, s.end, s.confidence) if t is s else t for t in spans]


@needs(labels=["genre"], without=["title", "container-title", "journal"])
def unknown_genre_is_title(spans: list[Span], text: str) -> list[Span]:
    """The USGS's ``Torvalds, L., and Hamano, J., 2010, Git web page: accessed …`` with the title read as a
    description of the work, and no title read: words closed by a colon, in no bracket, that name no kind of work
    (``PhD thesis``, ``Press release``) are the title."""
    for k, s in enumerate(spans):
        words = s.text.strip(" ,.:;")
        if s.label != "genre" or len(words.split()) < 2 or not _PHRASE.fullmatch(words):
            continue
        if not text[s.end :].lstrip().startswith(":") and not s.text.rstrip().endswith(":"):
            return spans  # the USGS closes the title with a colon; "ArXiv e-prints" names where a work is
        if any(c in s.text for c in "[]()") or description_type(words) is not None:
            return spans
        return [*spans[:k], Span("title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a sentence's end inside the phrase: it holds more than one element
_SENTENCE_BREAK = lazy_pattern(r"[.?!]\s+\S")
# what may follow the work's words: its address and the date it was read (a date span that opens on the words
# of an access note, ABNT's "Acesso em: 24 mar. 2023.")
_AFTER_NOTE = frozenset(["url", "doi", "accessed"])
_ACCESS_OPENING = lazy_pattern(rf"(?:{ACCESS_LEAD})\b", re.I)


@needs(labels=["author", "date", "note"], without=["title", "container-title", "journal", "publisher"])
def closing_note_is_title(spans: list[Span], text: str) -> list[Span]:
    """A resource list's ``UN Women. June 2020. Women’s unpaid and underpaid work in the times of Covid-19``
    with the words after the date read as a note, and no title, container or publisher read: the author and
    the date open the reference, and the one phrase closing it (before its address, if any) is the title."""
    if len(spans) < 3 or spans[0].label != "author" or spans[1].label != "date" or spans[2].label != "note":
        return spans
    if any(s.label not in _AFTER_NOTE and not (s.label == "date" and _ACCESS_OPENING.match(s.text)) for s in spans[3:]):
        return spans
    s, date = spans[2], spans[1]
    words = s.text.strip(" .,").split()
    # the date a sentence of its own ("June 2020."), the phrase words, no identifier or kind of work ("2015,
    # arXiv:1503.07170", "2026-05, LinkedIn post,")
    if not date.text.rstrip().endswith(".") or len(words) < 3 or not words[0][:1].isalnum() or ":" in words[0]:
        return spans
    if words[0].lower().startswith("arxiv") or description_type(s.text) is not None:
        return spans
    if _SENTENCE_BREAK.search(s.text.strip()):
        return spans  # "Title. In ICLR.": a title and its venue, more than the one phrase
    return [*spans[:2], Span("title", s.text, s.start, s.end, s.confidence), *spans[3:]]


# a named report in sentence case: "Gemini technical report", "Llama 2 technical report" (the kind in lower case after
# the name, as natbib's titles print it; "Tech. Rep." and "Technical Report" alone name only the kind)
_NAMED_REPORT = lazy_pattern(
    r"^(?P<name>[A-Z0-9][\w.+-]*(?:\s+[\w.+-]+){0,4})\s+(?:technical\s+report|system\s+card|model\s+card|white\s+paper)"
    r"[\s,.]*$"
)


@needs(labels=["genre"], without=["title", "container-title", "journal"])
def named_report_is_title(spans: list[Span], text: str) -> list[Span]:
    """natbib's ``Google. Gemini technical report, 2023.`` read as a genre and no title: a name before the report's
    kind in lower case is the report's own title, as ``Llama 2 technical report`` reads."""
    for k, s in enumerate(spans):
        if s.label == "genre" and _NAMED_REPORT.match(s.text.strip()):
            return [*spans[:k], Span("title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
