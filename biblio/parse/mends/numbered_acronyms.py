"""Mend of a title that opens with a body's letters and a number, ``B. Weis, IEEE 802 Privacy Threat
Analysis, Cisco Systems, 2016;``, with the letters read as a last author: a standard's or a series'
designation (``IEEE 802``, ``ISO 9001``, ``RFC 2616``) is written letters, a space, a number; no name is
followed by a bare number with no mark between them, so the letters open the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_NAMES = ("author", "editor")
# the names' last comma part is a body's letters alone: "…, IEEE" (no closing mark)
_LETTERS_CLOSING = lazy_pattern(r",\s*(?P<letters>[A-Z]{2,6}(?:/[A-Z]{2,6})?)$")
# the title after them opens with the designation's number: "802 Privacy …", "9001:2015 Quality …"
_NUMBER_OPENS = lazy_pattern(r"^\d+(?:[.:-]\d+)*[a-z]?\s+[A-Za-z]")


@needs(labels=("title",), any_label=_NAMES)
def designation_opens_title(spans: list[Span], text: str) -> list[Span]:
    """``B. Weis, IEEE | 802 Privacy Threat Analysis``: the letters go to the title."""
    for k in range(len(spans) - 1):
        names, title = spans[k], spans[k + 1]
        if names.label not in _NAMES or title.label != "title" or text[names.end : title.start] != " ":
            continue
        m = _LETTERS_CLOSING.search(names.text)
        if m is None or not _NUMBER_OPENS.match(title.text):
            continue
        cut, a = names.start + m.start(), names.start + m.start("letters")
        head = Span(names.label, text[names.start : cut], names.start, cut, names.confidence)
        moved = Span("title", text[a : title.end], a, title.end, min(names.confidence, title.confidence))
        return [*spans[:k], head, moved, *spans[k + 2 :]]
    return spans


# the names close on an initial, then a word in capitals that a colon follows in the text: "…, AND TOUTANOVA, K.
# BERT" before ": Pre-training of …" (the initials after a comma: an inverted name's, not Theory of Computing's
# "THOMAS M. LIGGETT:", a name given first)
_ACRONYM_AFTER_INITIAL = lazy_pattern(r",\s*[A-Z]\.(?:\s?-?[A-Z]\.)*\s+(?P<acronym>[A-Z][A-Z0-9-]{1,15})$")


@needs(labels=("title",), any_label=_NAMES, marks=(":",))
def acronym_head_after_initial(spans: list[Span], text: str) -> list[Span]:
    """acm.bst's ``… AND TOUTANOVA, K. BERT: Pre-training of deep bidirectional transformers …`` with the title's
    acronym read as more of the last name: a word in capitals after the last initial, with the colon after it
    that opens the title's rest, is the title's head."""
    for k in range(len(spans) - 1):
        names, title = spans[k], spans[k + 1]
        if names.label not in _NAMES or title.label != "title":
            continue
        m = _ACRONYM_AFTER_INITIAL.search(names.text)
        if m is None or not text[names.end : title.start].strip().startswith(":"):
            continue
        a = names.start + m.start("acronym")
        cut = names.start + len(names.text[: m.start("acronym")].rstrip())
        head = Span(names.label, text[names.start : cut], names.start, cut, names.confidence)
        moved = Span("title", text[a : title.end], a, title.end, min(names.confidence, title.confidence))
        return [*spans[:k], head, moved, *spans[k + 2 :]]
    return spans
