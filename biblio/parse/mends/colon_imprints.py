"""Mends of ``Place: Publisher`` read whole as the publisher: ``Poole: Bournemouth University.``,
``Boca Raton, Fla.: CRC Press/Taylor and Francis.``, ``Devizes: Wiltshire Record Society.``,
IOP's ``(Boca Raton, FL: CRC Press)``

Harvard (as APA before its 7th edition, and Chicago) writes the place, a colon, then the publisher.
Where no place was read, a publisher span holding one colon, with a short name before it (a city,
perhaps with its state: capitalised words, no digits, no publisher's word) and a name after it, is
the place and the publisher.
"""

from __future__ import annotations

import re

from biblio.parse.mends.common import divided
from biblio.parse.mends.publishers import _PUBLISHER_WORD as PUBLISHER_WORD
from biblio.parse.spans import Span

_COLON = re.compile(r"\s*:\s+")
# "Poole", "Boca Raton, Fla.", "Cambridge, Mass.", "New York, NY"
# (a Romance particle may join the words: "Ciudad de México", "Rio de Janeiro")
_PLACE_NAME = re.compile(
    r"^[A-Z][\w'.-]*(?:\s+(?:(?:de|del|do|da|di|du|la)\s+)?[A-Z][\w'.-]*){0,2}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?$"
)
_NAME = re.compile(r"^[\"'“]?[A-Z]")


def place_colon_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Poole: Bournemouth University.`` read as the publisher, no place read: the name before the
    colon is the place."""
    if ":" not in text or any(s.label == "location" for s in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "publisher" or s.text.count(":") != 1 or (m := _COLON.search(s.text)) is None:
            continue
        # IOP and the AAS journals set the imprint in brackets: "(Boca Raton, FL: CRC Press)"
        head, tail = s.text[: m.start()].strip().lstrip("("), s.text[m.end() :].strip(" .,;)")
        if _PLACE_NAME.match(head) and not PUBLISHER_WORD.search(head) and _NAME.match(tail):
            return divided(spans, k, m.start(), m.end(), "location", "publisher")
    return spans
