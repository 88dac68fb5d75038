"""Mends of a Turkish book's edition and volume between its title and its imprint.

Turkish lists (Zotero's ASA and Chicago in Turkish, APA in Turkish) write the edition as ``6.Baskı``, ``2. Baskı``
or ``1. bs.`` and the volume as ``C. I`` or ``C. I-II`` (``cilt``), each a sentence of its own after the title:
``Trabzon’da Sağlık. C. II. Ankara: …``, ``Politikası(1913-1918). 6.Baskı. İstanbul: İletişim Yayınları.``. Read
into the title, the place or the publisher, they are the edition and the volume.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import holds_any, needs
from biblio.parse.spans import Span

_MARKS = ("Baskı", "bs.", "Bs.", "C. ")  # a cheap first look
# after a sentence's stop: "6.Baskı", "2. Baskı", "1. bs."; "C. I", "C. I-II", "C. 3"
_EDITION = lazy_pattern(r"(?<=[.)”]\s)(?P<part>\d{1,2}\.\s?(?:Baskı|[Bb]s\.))(?=[\s.,]|$)")
_VOLUME = lazy_pattern(r"(?<=[.)”]\s)C\.\s(?P<part>[IVXLC]{1,6}(?:\s?-\s?[IVXLC]{1,6})?|\d{1,2})(?=\.\s|\.?$)")
_HOLDERS = frozenset(["title", "location", "publisher", "note", "container-title"])


@needs(marks=_MARKS)
def turkish_edition_volume(spans: list[Span], text: str) -> list[Span]:
    """``Trabzon Tarihi (…). 2.Baskı. Trabzon: Serander.`` or ``Trabzon’da Sağlık. C. II. Ankara: …`` with the
    edition or the volume read into the title, the place or the publisher: the edition and the volume."""
    if not holds_any(text, _MARKS):
        return spans
    for pattern, label in ((_EDITION, "edition"), (_VOLUME, "volume")):
        if label in (s.label for s in spans):
            continue
        m = pattern.search(text)
        if m is None:
            continue
        a, z = m.span("part")
        inside = [s for s in spans if s.start < z and a < s.end]
        if not inside or any(s.label not in _HOLDERS for s in inside):
            continue
        spans = replaced(spans, text, m.start(), z, [Span(label, text[a:z], a, z, inside[0].confidence)])
    return spans
