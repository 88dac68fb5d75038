"""Mends of an imprint written place first: ``Lille, MESHS, 2021`` read as one place or publisher."""

from __future__ import annotations

import re

from biblio.parse.mends.common import divided
from biblio.parse.mends.publishers import _PUBLISHER_WORD as PUBLISHER_WORD
from biblio.parse.normalisers.names import has_org_word
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_FIRST_COMMA = re.compile(r"\s*,\s+")
# publishers' words of the Romance languages beside the shared list: "Presses Universitaires de …"
_PRESS_WORD = re.compile(r"(?i)\b(?:presses|universitaires?|editora|edi[çc][õo]es|ediciones|editore|editrice)\b")
_ACRONYM = re.compile(r"[A-Z]{3,}")
# a short capitalised name: "Louvain La Neuve", "Cham", "Reading, Mass."
_SHORT_NAME = re.compile(r"^[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+){0,2}$")


def place_before_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Lille, MESHS,`` read as the place, or ``Louvain La Neuve, Presses Universitaires de Louvain,``
    read as the publisher, where the other was not read: a known place before the comma and a name
    that is no place after it, or a short name before a publisher's name, are place and publisher."""
    labels = {s.label for s in spans}
    if "location" in labels and "publisher" in labels:
        return spans
    for k, s in enumerate(spans):
        if s.label not in ("location", "publisher") or (m := _FIRST_COMMA.search(s.text)) is None:
            continue
        head, tail = s.text[: m.start()], s.text[m.end() :].strip(" ,.;:")
        if not tail or "," in tail or not tail[:1].isupper():
            continue
        if ":" in tail:
            continue
        named = PUBLISHER_WORD.search(tail) or _PRESS_WORD.search(tail)
        if s.label == "location" and is_place(head) and (named or _ACRONYM.fullmatch(tail)) and not is_place(s.text):
            return divided(spans, k, m.start(), m.end(), "location", "publisher")
        if (
            s.label == "publisher"
            and (is_place(head) or _SHORT_NAME.match(head) and not has_org_word(head))
            and named
            and not PUBLISHER_WORD.search(head)
        ):
            return divided(spans, k, m.start(), m.end(), "location", "publisher")
    return spans
