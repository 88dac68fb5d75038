"""Mend of a reference that is one phrase alone, as appendices of policies and reading lists name documents by
their title only: ``ICAM Governance Framework``, ``Department of Defense ICAM Reference Design``. The model reads
the phrase as a body's name or a journal, and leaves no title; a reference with nothing else (no
date, no numbers, at most a link) names the work, so the phrase is its title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
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
