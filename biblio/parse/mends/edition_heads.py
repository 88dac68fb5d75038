"""Mends of an edition statement read into the imprint after it: ``[Online]. 94th ed. Boca Raton, Fla.:``
(Harvard) with the whole statement read with the place or publisher, MLA 9's ``Translated by Ruth Gale,
2nd ed., Anglia UP,`` with the ordinal read among the contributors and ``ed.`` with the publisher, and
``*Title*, 1989. 2nd ed. Oxford:`` with the statement read as a note. (The ordinal read as the edition and
``ed.`` with the imprint is ``edition_title.edition_word_apart``'s.)

An edition statement ends at its ``ed.``/``edn``: what follows is the place or the publisher.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.edition_title import _EDITION_WORD_HEAD as EDITION_WORD_HEAD
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.edition import EDITION
from biblio.parse.spans import Span

# a whole statement at the head: "94th ed. ", "Revised ed., ", "2nd edn, ", "Second Edition. "
_STATEMENT = lazy_pattern(
    r"^\s*(?P<ed>(?:\d{1,3}(?:st|nd|rd|th)|rev(?:ised|\.)|new|enlarged"
    r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:ed|edn|edition)\b\.?)\s*[,.]?\s+(?=\S)",
    re.I,
)
_IMPRINT = frozenset(["publisher", "location"])
_CONTRIBUTORS = frozenset(["editor", "translator"])
# "Translated by Ruth Gale, 2nd" — MLA's contributors, then the edition's ordinal
_TRAILING_ORDINAL = lazy_pattern(r",\s*(?P<ordinal>\d{1,3}(?:st|nd|rd|th))\s*$")


def _ordinal_start(before: Span) -> int | None:
    """Where the edition's ordinal that ends the contributors' span begins, if it ends with one."""
    if before.label not in _CONTRIBUTORS or (m := _TRAILING_ORDINAL.search(before.text)) is None:
        return None
    return before.start + m.start("ordinal")


@needs(any_label=("note", *_IMPRINT))
def edition_opens_imprint(spans: list[Span], text: str) -> list[Span]:
    """The edition statement at the head of a place or publisher span goes to the edition."""
    for k, s in enumerate(spans):
        if s.label == "note" and EDITION.match(s.text.strip(" *.,;")):
            return [*spans[:k], Span("edition", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
        if s.label not in _IMPRINT:
            continue
        before = spans[k - 1] if k else None
        if before is not None and (m := EDITION_WORD_HEAD.match(s.text)) is not None and (a := _ordinal_start(before)):
            # MLA's "Translated by Ruth Gale, 2nd ed.,": the ordinal read as the last of the contributors
            kept = Span(before.label, text[before.start : a], before.start, a, before.confidence)
            ed_end = s.start + m.end("word")
            edition = Span("edition", text[a:ed_end], a, ed_end, before.confidence)
            rest = Span(s.label, s.text[m.end() :], s.start + m.end(), s.end, s.confidence)
            return [*spans[: k - 1], kept, edition, rest, *spans[k + 1 :]]
        if (m := _STATEMENT.match(s.text)) is not None and not any(x.label == "edition" for x in spans):
            a, z = m.start("ed"), m.end("ed")
            edition = Span("edition", s.text[a:z], s.start + a, s.start + z, s.confidence)
            rest = Span(s.label, s.text[m.end() :], s.start + m.end(), s.end, s.confidence)
            return [*spans[:k], edition, rest, *spans[k + 1 :]]
    return spans
