"""Mend of a name whose particle the model takes for more names: MHRA's ``Saussure, Ferdinand de, Cours de
linguistique générale (Paris: Payot, 1916)``, ``Coetsem, Frans van, A General and Unified Theory …``, or a Chicago
note's ``Charles de Gaulle, Mémoires de guerre (Paris: Plon, 1954)``.

The particle after the given names (``de``, ``van``, ``von der``) is a small word in lower case; the model,
which has seen it open family names, reads the title after it as more names. A family name, a comma, the given
names and the particle, then a comma, make one whole inverted name (so do given names, the particle and the family
name in natural order): what follows is the title, unless more names are joined on (``and``, ``&``, ``et al.``).
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import PARTICLE_WORD, has_org_name_word, known_given
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# "Saussure, Ferdinand de, " / "Gabelentz, Georg von der, " opening the reference, or a note's natural order,
# "Ferdinand de Saussure, " / "Charles de Gaulle, "
_INVERTED_WITH_PARTICLE = lazy_pattern(
    rf"(?:[A-Z][\w'’-]+,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}(?:\s+{PARTICLE_WORD})+"
    rf"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}(?:\s+{PARTICLE_WORD})+\s+[A-Z][\w'’-]+),\s+(?!and\s|&|[A-Z]\.)(?=\S)"
)
# (an initial after the comma is a given name: "Prados de la Escosura, L.", "D. van den Bekerom, E. Pannier")
# more names after the first: "…, Jean Monnet, and Robert Schuman,", or hidden by Dutch "e.a." (et alii)
_MORE_NAMES = lazy_pattern(r"\s(?:and|&)\s|\bet\s+al\b|\be\.\s?a\.")
# the imprint's bracket the names ran into: "Cours De Linguistique Générale (Payot,"
_BRACKET = lazy_pattern(r"\s\(")


@needs(any_label=("author", "editor"), marks=(",",))
def particle_closes_inverted_name(spans: list[Span], text: str) -> list[Span]:
    """``Saussure, Ferdinand de, Cours De Linguistique Générale (Payot,`` read as names: the name ends at the
    comma after its particle (or its family name after the particle); the rest is the title (and the publisher its
    bracket opens)."""
    # (the names may still be read as editors, which a later mend makes the authors: "Charles de Gaulle, …")
    if not spans or spans[0].label not in ("author", "editor") or (m := _INVERTED_WITH_PARTICLE.match(text)) is None:
        return spans
    first, cut = spans[0], m.end()
    if first.start != 0 or first.end <= cut or _MORE_NAMES.search(text, cut, first.end):
        return spans
    after = text[cut : first.end].split()
    if known_given(after[0].strip(",")):
        return spans  # "Histoire de Djibouti, Philippe Oberlé": a person after the comma
    natural = "," not in text[:cut].rstrip().rstrip(",")
    if natural and len(after) <= 2 and after[-1].endswith(".") and all(w[:1].isupper() for w in after):
        return spans  # "Amador de los Ríos, José.": the given name after the family's particles closes the names
    names = Span(first.label, text[first.start : cut], first.start, cut, first.confidence)
    rest = spans[1:]
    if rest and rest[0].label == "title":
        title = Span("title", text[cut : rest[0].end], cut, rest[0].end, min(first.confidence, rest[0].confidence))
        return [names, title, *rest[1:]]
    if any(s.label == "title" for s in rest):
        return spans
    b = _BRACKET.search(text, cut, first.end)
    if b is None:
        return [names, Span("title", text[cut : first.end], cut, first.end, first.confidence), *rest]
    title = Span("title", text[cut : b.start()], cut, b.start(), first.confidence)
    if not text[b.end() : first.end].strip(" ,"):
        return [names, title, *rest]  # "Mémoires de guerre (" before the imprint's place
    publisher = Span("publisher", text[b.end() : first.end], b.end(), first.end, first.confidence)
    return [names, title, publisher, *rest]


# "Morales de los Rios Filho, Adolfo. " / "Amador de los Ríos, José María. " opening the reference: a family name
# joined by its particles (a "Filho", "Neto", "Júnior" may close it), the comma, given names, the full stop
_FAMILY_WITH_PARTICLE = lazy_pattern(
    rf"[A-ZÀ-Þ][\w'’-]+(?:\s+{PARTICLE_WORD})+\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?"
    r",\s+[A-ZÀ-Þ][\w'’-]+(?:\s+(?:[A-ZÀ-Þ][\w'’-]+|[A-Z]\.)){0,2}\.\s+(?=[A-ZÀ-Þ\"“*])"
)


# the natural order's "Helena Quaresma do Amaral, " (given names, a particle, the family) before a capital
_NATURAL_WITH_PARTICLE = lazy_pattern(
    rf"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){{0,2}}(?:\s+{PARTICLE_WORD})+\s+[A-ZÀ-Þ][\w'’-]+,\s+(?=[A-ZÀ-Þ])"
)


def _natural_with_particle(text: str) -> re.Match[str] | None:
    """The natural-order name with a particle opening ``text``: no body's name (``Instituto do Ambiente``), no place's
    (``Rio de Janeiro``)."""
    m = _NATURAL_WITH_PARTICLE.match(text)
    if m is None:
        return None
    name = m.group().rstrip(", ")
    return None if has_org_name_word(name) or is_place(name) or is_place(name.rsplit(None, 1)[-1]) else m


@needs(labels=("title",), without=("author", "editor"), marks=(",",))
def particle_family_opens_title(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``Morales de los Rios Filho, Adolfo. Teoria e filosofia da arquitetura. Rio de Janeiro:`` read
    whole as the title, no names read: the family name with its particles, the comma and the given names closed
    by a full stop are the author; so is a name in natural order, a particle before its family, closed by a comma
    (``Helena Quaresma do Amaral, A cidade e o rio, Lisboa``)."""
    if (
        not spans
        or spans[0].label != "title"
        or spans[0].start != 0
        or (m := _FAMILY_WITH_PARTICLE.match(text) or _natural_with_particle(text)) is None
    ):
        return spans
    first, cut = spans[0], m.end()
    if any(s.label in ("author", "editor") for s in spans) or first.end <= cut + 3:
        return spans
    if is_place(text[text.index(",") + 1 : cut]):
        return spans  # "Casa de la Moneda, Lima.": a body and its town
    names = Span("author", text[:cut].rstrip(), 0, len(text[:cut].rstrip()), first.confidence)
    return [names, Span("title", text[cut : first.end], cut, first.end, first.confidence), *spans[1:]]
