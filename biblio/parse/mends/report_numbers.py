"""Mends of a report's number read into its publisher: ``Paris: UNESCO, (PGI-93/WS/22).``,
``London: TSO (Cm. 6041).`` (Harvard after BS 5605 closes a report's imprint with its number in
brackets). A bracket of a code with digits that closes the publisher is no part of its name.
Or the number and the institution after it read as a note: ``Technical Report 92-43, University
of Colorado.``"""

from __future__ import annotations

import re

from biblio.parse.mends.common import SENTENCE_BREAK
from biblio.parse.mends.gated import labels_of
from biblio.parse.spans import Span

_NUMBER = re.compile(r"\s*,?\s*(?P<number>\((?=[^()]*\d)[^()\s][^()]{0,29}\))\s*[.,]?\s*$")


def number_after_publisher(spans: list[Span], text: str) -> list[Span]:
    """``UNESCO, (PGI-93/WS/22).`` read as the publisher: the bracketed code goes into a note."""
    if "(" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label != "publisher" or (m := _NUMBER.search(s.text)) is None or not s.text[: m.start()].strip():
            continue
        a, z = m.start("number"), m.end("number")
        head = Span("publisher", s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        number = Span("note", s.text[a:z], s.start + a, s.start + z, s.confidence)
        return [*spans[:k], head, number, *spans[k + 1 :]]
    return spans


# "Technical Report", "Tech. Rep.", "Working Paper", "Memo": a series a report's number belongs to
_REPORT_GENRE = re.compile(r"(?i)\b(?:report|rep\.|memo(?:randum)?|paper)\s*[.,]?\s*$")
# "92-43, University of Colorado." / "TR93-3, Department of …": a code with a digit, a comma, a name
_NUMBER_THEN_NAME = re.compile(r"^\s*(?P<number>(?:no\.\s*|#)?[^\s,]*\d[^\s,]*)\s*,\s*(?P<name>[A-Z])")


def number_and_institution(spans: list[Span], text: str) -> list[Span]:
    """``Technical Report 92-43, University of Colorado.`` with ``92-43, University of Colorado`` read as
    a note: the number belongs to the report's series (the genre) and the institution that issued it is
    the publisher, up to the sentence that ends it (``To appear in …`` stays a note)."""
    if "publisher" in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        genre, s = spans[k - 1], spans[k]
        if genre.label != "genre" or s.label != "note" or not _REPORT_GENRE.search(genre.text):
            continue
        if (m := _NUMBER_THEN_NAME.match(s.text)) is None:
            return spans
        a = m.start("name")
        end = m.end("number")
        cut = SENTENCE_BREAK.search(s.text, a)
        z = cut.start() + 1 if cut else len(s.text)
        out = [
            Span("genre", text[genre.start : s.start + end], genre.start, s.start + end, genre.confidence),
            Span("publisher", s.text[a:z], s.start + a, s.start + z, s.confidence),
        ]
        if cut:
            out.append(Span("note", s.text[cut.end() :], s.start + cut.end(), s.end, s.confidence))
        return [*spans[: k - 1], *out, *spans[k + 1 :]]
    return spans
