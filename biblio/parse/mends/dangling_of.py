"""A container whose name the model cut after ``of``: ``In Proc. of | PODC, 1997.``, ``Comm. of the | ACM,``,
``Journal of the | Medical Library Association : JMLA.``.

Computer-science lists shorten a venue to ``Proc. of`` and its acronym (``Proc. of PODC``, ``J. of the ACM``,
``Comm. of the ACM``); the model, used to reading a bare acronym before the year as the publisher
(``ACM, 1978``), stops the container at ``of``. A container's name never ends in ``of`` or ``of the``: the
publisher right after it is the rest of the name.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_DANGLING = lazy_pattern(r"\b(?:of|of the)\s*$", re.I)
# an acronym or a short capitalised name, as "PODC", "ACM", "USENIX ATC"
_SHORT_NAME = lazy_pattern(r"^[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}\s*[,.]?\s*$")
# a society's name after "of the", with the abbreviation PubMed gives after a spaced colon: "Journal of the |
# Medical Library Association : JMLA."
_SOCIETY_NAME = lazy_pattern(
    r"^[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|of|and|for|on|in|the|&)){0,6}(?:\s+:\s+[A-Z][A-Za-z]{1,9})?\s*[,.]?\s*$"
)
_OF_THE = lazy_pattern(r"\bof the\s*$", re.I)


@needs(any_label=("container-title", "journal"), labels=("publisher",))
def venue_after_of(spans: list[Span], text: str) -> list[Span]:
    """``Proc. of | PODC,`` read as container and publisher: the short name after a container ending in
    ``of`` is the container's end."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in ("container-title", "journal") or nxt.label != "publisher":
            continue
        if not _DANGLING.search(s.text) or text[s.end : nxt.start].strip():
            continue
        if not (_SHORT_NAME.match(nxt.text) or _OF_THE.search(s.text) and _SOCIETY_NAME.match(nxt.text)):
            continue
        joined = Span(s.label, text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
        return [*spans[:k], joined, *spans[k + 2 :]]
    return spans


# the word closing IEEE Xplore's inverted meeting name ("…, 2015 IEEE 19th International Conference on: IEEE;")
_CLOSING_PREPOSITION = lazy_pattern(r"(?:on|of|for|in)")


@needs(any_label=("container-title", "journal"), labels=("location",))
def preposition_before_colon(spans: list[Span], text: str) -> list[Span]:
    """``Computational Intelligence in Games (CIG), 2013 IEEE Conference on: IEEE;`` with ``on`` read as the town
    before the publisher's colon: a lone lower-case preposition right after the container ends the container's
    name (no town is called ``on``)."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in ("container-title", "journal") or nxt.label != "location":
            continue
        word = nxt.text.rstrip(" :")
        if not _CLOSING_PREPOSITION.fullmatch(word) or text[s.end : nxt.start].strip():
            continue
        end = nxt.start + len(word)
        joined = Span(s.label, text[s.start : end], s.start, end, min(s.confidence, nxt.confidence))
        return [*spans[:k], joined, *spans[k + 2 :]]
    return spans


# a body's name cut before its "of …" ("the Lincoln Institute | of Land Policy."): no source's name opens on "of"
_OPENS_ON_OF = lazy_pattern(r"of\s+(?:the\s+)?[A-Z][^,;:()]*?[.,]?\s*$")


@needs(labels=("publisher",), any_label=("container-title", "journal"), words=["of "])
def publisher_cut_before_of(spans: list[Span], text: str) -> list[Span]:
    """Sage Harvard's ``New York: … and the Lincoln Institute of Land Policy. Available at: …`` read as the publisher
    ``… Lincoln Institute`` and a source ``of Land Policy``: a source opening on a lower-case ``of`` right after the
    publisher, with no mark between, is the rest of the publisher's name."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "publisher" or nxt.label not in ("container-title", "journal"):
            continue
        if text[s.end : nxt.start].strip() or not _OPENS_ON_OF.fullmatch(nxt.text):
            return spans
        joined = Span("publisher", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
        return [*spans[:k], joined, *spans[k + 2 :]]
    return spans
