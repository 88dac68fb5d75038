"""Mends of an edition written as a numeral and the word, as Portuguese and Spanish styles do:
ABNT's ``31. ed. São Paulo: Paz e Terra``, ``5ª ed.``, ``2.ª ed.``, ``1ª. ed.``, ``3a edição``, Greek ``8η έκδ.``.
The labeller reads the numeral into the title and ``ed.`` into the place; the statement is one edition."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced, span_parts, stretch_as_one
from biblio.parse.mends.gated import holds_any, needs
from biblio.parse.normalisers.edition import ROMANCE_ORDINALS, SPANISH_ORDINAL_ENDS
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# a numeral of one to three digits with a full stop or an ordinal mark, then the word
# (Spanish ordinals written with their last letters, as Latin American lists do: "4ta. Ed.", "3ra. ed.", "2da.
# edición", "1er. ed."; and a numeral glued to the word: "23ed.")
_NUMBERED_EDITION = lazy_pattern(
    r"(?<![\w.])\d{1,3}(?:\.\s?[ªºa]?|[ªº]\.?|\s?a\.?|(?:" + SPANISH_ORDINAL_ENDS + r"|er)\.?\s|(?=ed\.))\s?"
    r"(?:ed\.|edição|edicão|edición|edic\.|éd\.)(?=[\s,.;]|$)",
    re.I,
)


# French, Italian and Dutch: "2e éd.", "2ᵉ édition", "2a edizione", "3e druk", "2de druk", "4de uitgave",
# "Troisième édition", "terza edizione"
_WORDED_EDITION = lazy_pattern(
    r"(?<![\w.])(?:\d{1,3}(?:e|ème|eme|ᵉ|nde|de|ste|a)\s?|(?:" + "|".join(ROMANCE_ORDINALS) + r")\s+)"
    r"(?:éd\.|édition|ed\.|edizione|druk|uitgave)(?=[\s,.;)]|$)",
    re.I,
)
# German: "16. Aufl.", "3. Auflage", "2., überarb. u. erw. Aufl.", "2. vollständig überarbeitete Auflage", the
# numbered revision "2. Bearb."; Hungarian "2. kiadás", "3. kiad."
_GERMAN_EDITION = lazy_pattern(
    r"(?<![\w.])\d{1,3}\.,?\s?(?:[^\W\d_]+\.?,?\s){0,4}?(?:Aufl\.|Auflage|(?<=\d\.\s)(?:Bearb\.|kiadás|kiad\.))"
    r"(?=[\s,.;]|$)",
    re.I,
)
# Greek: "8η έκδ.", "2η έκδοση", "3η εκδ."
_GREEK_EDITION = lazy_pattern(r"(?<![\w.])\d{1,3}\s?(?:η|ή|ης)\s?(?:[έε]κδ\.|[έε]κδοση|[έε]κδοσις)(?=[\s,.;]|$)", re.I)
_EDITION_HINTS = (".ed", ". ed", "ª", "º", "a ed", "a.ed", "a. ed", "aed", ".éd", ". éd", "er ed")  # a cheap first look
_GLUED_HINTS = tuple(f"{d}ed." for d in range(10))  # "23ed."
_WORDED_HINTS = ("éd", "edizione", "druk", "uitgave")


_NUMBERED_WORDS = ("aufl", "bearb.", "kiad")
_GREEK_HINTS = ("έκδ", "εκδ")


@needs(words=(*_EDITION_HINTS, *_GLUED_HINTS, *_WORDED_HINTS, *_NUMBERED_WORDS, *_GREEK_HINTS))
def numbered_edition(spans: list[Span], text: str) -> list[Span]:
    """``31. ed.`` (``2e éd.``, ``Troisième édition``, ``seconda edizione``, ``16. Aufl.``, ``8η έκδ.``) read across the
    title's end and the place's head, or as a series: the statement is the edition, and the spans around it
    keep what is theirs."""
    low = text.lower()
    m = _NUMBERED_EDITION.search(text) if holds_any(low, _EDITION_HINTS) or holds_any(low, _GLUED_HINTS) else None
    if m is None and holds_any(low, _WORDED_HINTS):
        m = _WORDED_EDITION.search(text)
    if m is None and holds_any(low, _NUMBERED_WORDS):
        m = _GERMAN_EDITION.search(text)
    if m is None and holds_any(low, _GREEK_HINTS):
        m = _GREEK_EDITION.search(text)
    if m is None:
        return spans
    a, z = m.span()
    inside = [s for s in spans if s.start < z and s.end > a]
    if not inside or all(s.label == "edition" for s in inside):
        return spans
    new = replaced(spans, text, a, z, [Span("edition", text[a:z], a, z, min(s.confidence for s in inside))])
    if any(s.label == "editor" and s.end > z for s in inside):
        new = _imprint_after_edition(new, text, z)
    elif any(s.label == "title" and s.start < a and s.end > z for s in inside):
        new = _house_after_edition(new, text, z)
    new = _title_before_edition(new, a)
    # a bracketed statement read as a span of its own leaves only its brackets: "(4de druk)."
    return [s for s in new if any(c.isalnum() for c in s.text)]


# the imprint after the edition's word: "Rio de Janeiro: Forense Universitária,"
_PLACE_COLON_PUBLISHER = lazy_pattern(
    r"(?P<place>[^\W\d_][^:;,()\d]{1,40}?)\s?:\s+(?P<publisher>[^:;()]{2,80}?)[,.]?\s*"
)


# the imprint's sentences after the edition, its last the town: "Ediciones. Fundación Claudio Gay. Santiago de Chile."
_HOUSE_DOT_PLACE = lazy_pattern(r"(?P<publisher>[^\W\d_].{1,100}?)[.,]\s+(?P<place>[^\W\d_][^.,;:()\d]{1,40}?)\.?")


def _imprint_after_edition(spans: list[Span], text: str, z: int) -> list[Span]:
    """ABNT's ``10. ed. Rio de Janeiro: Forense Universitária, 2007.`` read as one editor's span from the word
    ``ed.``: with the edition parted from it, the rest is the place and the publisher (``Place: House``, or
    Chilean ``House. Place.``)."""
    for k, s in enumerate(spans):
        if s.label != "editor" or s.start < z or text[z : s.start].strip():
            continue
        m = _PLACE_COLON_PUBLISHER.fullmatch(s.text)
        if m is not None:
            parts = span_parts(s, m, (("location", "place"), ("publisher", "publisher")))
            return [*spans[:k], *parts, *spans[k + 1 :]]
        m = _HOUSE_DOT_PLACE.fullmatch(s.text)
        if m is None or not is_place(m.group("place")):
            return spans
        parts = span_parts(s, m, (("publisher", "publisher"), ("location", "place")))
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


def _title_before_edition(spans: list[Span], a: int) -> list[Span]:
    """``Name. 2005. Title. 5ta ed. House.`` with the title read as a note: where no title is read, the sentence
    just before the edition is the title."""
    if any(s.label == "title" for s in spans):
        return spans
    k = next((k for k, s in enumerate(spans) if s.label == "edition" and s.start == a), 0)
    if k == 0 or spans[k - 1].label != "note" or spans[k - 2 if k > 1 else 0].label not in ("date", "author"):
        return spans
    s = spans[k - 1]
    return [*spans[: k - 1], Span("title", s.text, s.start, s.end, s.confidence), *spans[k:]]


def _house_after_edition(spans: list[Span], text: str, z: int) -> list[Span]:
    """``Title. 23ed. Instituto de Estudos Avançados. São Paulo.`` with the edition inside the title's span: what
    follows the edition there, before the town read as the place (or as the only publisher), is the house."""
    for k, s in enumerate(spans[:-1]):
        if s.start < z or s.label != "title" or text[z : s.start].strip():
            continue
        after = spans[k + 1]
        if text[s.end : after.start].strip() or sum(p.label == "publisher" for p in spans) > (
            after.label == "publisher"
        ):
            return spans
        if after.label == "publisher" and is_place(after.text):
            after = Span("location", after.text, after.start, after.end, after.confidence)  # "…, SP, Brasil."
        if after.label != "location":
            return spans
        return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), after, *spans[k + 2 :]]
    return spans


# Spanish and Portuguese reprints counted like editions: "1a. reimp.", "3ª reimpresión", "2.ª reimpr.", "4a reimpressão"
_NUMBERED_REPRINT = lazy_pattern(
    r"(?<![\w.])\d{1,3}(?:\.\s?[ªºa]?|[ªº]|\s?a\.?)\s?(?:reimp\.|reimpr\.|reimpresión|reimpressão)(?=[\s,.;]|$)", re.I
)


@needs(words=("reimp",))
def numbered_reprint(spans: list[Span], text: str) -> list[Span]:
    """``_Title_, 1a. reimp., edición … de Name.`` (``3ª reimpresión``) read into the title or as a container: a
    reprint's count is a note on the printing, no part of the spans around it (nor an edition: the text of the
    edition it reprints is unchanged)."""
    m = _NUMBERED_REPRINT.search(text)
    if m is None:
        return spans
    mended = stretch_as_one(spans, text, m.start(), m.end(), "note")
    return spans if mended is None else mended
