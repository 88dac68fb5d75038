"""Mend of Chicago's entry for a work of art (CMOS 14.235): ``Tomlin, Bradley Walker. French Literature. ca. 1930.
Oil on canvas, 20 1/16 x 24 1/8 in. (51 x 61.3 cm). Harn Museum of Art, Gainesville, FL.``

The artist, the work's title, the year it was made, then its medium and size and the museum that holds it: the
labeller reads the size's numbers as a volume and pages and the medium or the museum as a journal. The sentence
after the year names the medium (``Photograph``, ``Oil on canvas``) or gives the size (``27 1/16 x 19 5/16 in.``);
what follows it locates the work, a note.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_SEASONS_MONTHS = rf"Spring|Summer|Fall|Autumn|Winter|{ENGLISH_MONTH}"
# the title, the year the work was made (``ca. 1930``, ``1470s``, ``Spring 1942``, ``December 1984``), the rest
_TITLE_YEAR = lazy_pattern(
    r"\s*(?P<title>[^\W\d_][^.]{0,200}?)\.\s+"
    rf"(?P<date>(?:ca?\.\s*)?(?:(?:{_SEASONS_MONTHS})\s+)?1\d{{3}}s?)\.\s+(?P<rest>\S.*)$"
)
# a medium opening the sentence after the year, or a size anywhere in it (``33.5 × 43.5 × 19 cm``)
_MEDIUM = lazy_pattern(
    r"^(?:Photograph|Oil|Tempera|Watercolou?r|Acrylic|Gouache|Pastel|Charcoal|Ink|Pencil|Graphite|Bronze|Marble|"
    r"Fresco|Lithograph|Woodcut|Etching|Engraving|Gelatin silver print|Albumen print|Mixed media)\b"
)
# (the unit may follow each number: "143.5 cm × 81.4 cm")
_SIZE = lazy_pattern(
    r"\d+(?:\.\d+|\s\d+/\d+)?\s*(?:(?:in|cm|mm)\.?\s*)?[x×]\s*\d+(?:\.\d+|\s\d+/\d+)?[^.]*?\b(?:in|cm|mm)\b"
)
_SENTENCE_END = lazy_pattern(r"\.(?:\s+|$)")
# the artist inverted, to the full stop after the given names (not an initial's): "Tomlin, Bradley Walker."
_ARTIST = lazy_pattern(r"[^\W\d_][^,.]{0,60},\s+(?:[^\W\d_]\.\s?)*[^\W\d_][^,.]*?[^\W\d_]{2}\.")


def _span_maker(spans: list[Span], text: str) -> Callable[[str, int, int], Span]:
    """A maker of spans of ``text`` at the least confidence of ``spans``."""
    conf = min(s.confidence for s in spans)
    return lambda label, a, z: Span(label, text[a:z], a, z, conf)


def _medium_sentence(
    spans: list[Span], text: str, head: re.Pattern[str]
) -> tuple[re.Match[str], re.Match[str], int] | None:
    """The artist, the match of ``head`` after it (title and year, either order) and where the medium's sentence
    after them ends, or None where the entry is no artwork's (no medium word opens that sentence, no size in it)."""
    artist = _ARTIST.match(text)
    if not spans or spans[0].label != "author" or artist is None:
        return None
    m = head.match(text, artist.end())
    if m is None:
        return None
    rest = m.group("rest")
    # the medium's sentence ends at the first full stop after its size ("27 3/16 in. (68.7-69 x 49 cm).")
    size = _SIZE.search(rest)
    if not (_MEDIUM.match(rest) or (size and size.start() < 120)):
        return None
    after = _SENTENCE_END.search(rest, size.end() if size else 0)
    while after and rest[after.end() : after.end() + 1] == "(":
        after = _SENTENCE_END.search(rest, after.end())
    return artist, m, m.start("rest") + (after.start() if after else len(rest))


@needs(labels=("author",), words=("x", "×", "photograph", "oil", "tempera", "bronze", "marble", "print"))
def artwork_after_year(spans: list[Span], text: str) -> list[Span]:
    """The artist, the title and the year read as such, or the title run on into the year and the medium's sentence
    read as a journal with a volume and pages: the medium and size, and the museum after them, are notes."""
    found = _medium_sentence(spans, text, _TITLE_YEAR)
    if found is None:
        return spans
    artist, m, cut = found
    span = _span_maker(spans, text)

    new = [span("title", *m.span("title")), span("date", *m.span("date")), span("medium", m.start("rest"), cut)]
    if cut + 1 < len(text.rstrip()):
        new.append(span("note", cut + 1, len(text.rstrip())))
    return [span("author", 0, artist.end()), *new]


# Chicago's author-date entry, the year after the artist: ``Redon, Odilon. 1883. The Teeth (Les Dents). Charcoal
# and chalk on paper, 20 1/8 x 14 1/2" (51.1 x 36.8 cm). New York: Museum of Modern Art. URL``; the title is closed
# by its full stop before the medium's sentence, a bracketed part inside it (``(Les Dents)``) kept
_YEAR_TITLE = lazy_pattern(
    r"\s*(?P<date>(?:ca?\.\s*)?1\d{3}s?)\.\s+(?P<title>[^\W\d_](?:[^.()]|\([^()]{1,60}\))"
    r"{0,200}?)\.\s+(?P<rest>\S.*)$"
)
# the museum after the medium, its town first as a publisher's place is: "New York: Museum of Modern Art."
_PLACE_MUSEUM = lazy_pattern(r"(?P<place>[A-Z][^.:]{1,40}):\s+(?P<museum>[A-Z][^.:]{2,80}?)\.(?:\s+|$)")
_URL = lazy_pattern(r"https?://\S+")


@needs(labels=("author",), words=("x", "×", "photograph", "oil", "tempera", "bronze", "marble", "print", "paper"))
def artwork_dated_first(spans: list[Span], text: str) -> list[Span]:
    """The title run on into the medium's sentence of an author-date artwork: the medium and size apart, the museum
    named with its town the publisher and its place, what else follows a note, the address kept."""
    found = _medium_sentence(spans, text, _YEAR_TITLE)
    if found is None:
        return spans
    artist, m, cut = found
    span = _span_maker(spans, text)

    new = [
        span("author", 0, artist.end()),
        span("date", *m.span("date")),
        span("title", *m.span("title")),
        span("medium", m.start("rest"), cut),
    ]
    end = len(text.rstrip())
    url = _URL.search(text, cut)
    tail_end = url.start() if url else end
    start = cut + 1
    while start < tail_end and text[start] == " ":
        start += 1
    if start < tail_end:
        pm = _PLACE_MUSEUM.match(text, start)
        if pm and pm.end() >= tail_end - 1:
            new += [span("location", *pm.span("place")), span("publisher", *pm.span("museum"))]
        else:
            new.append(span("note", start, len(text[:tail_end].rstrip(" ."))))
    if url:
        new.append(span("url", url.start(), url.end()))
    return new


__all__ = ["artwork_after_year", "artwork_dated_first"]

