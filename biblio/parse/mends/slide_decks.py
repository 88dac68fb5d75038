"""Mend of a slide deck's description after its title and year, as ABNT lists write it (and Spanish and French
lists after them): ``Requisitos (Aula 15). 2022. Apresentação de Power Point. 46 slides. color.``, ``Título.
2019. 25 slides. Apresentação em PowerPoint.``, ``Título. 2021. Presentación de PowerPoint. 30 diapositivas.``
The model reads the description as a second title run into the first; the kind of presentation is the genre,
the count of slides and their colour a note."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.dates import ACCESS_LEAD
from biblio.parse.spans import Span

_KIND = (
    r"(?:Apresenta[çc][ãa]o|Presentaci[óo]n|Pr[ée]sentation)(?:\s+(?:de|do|da|em|en|in))?\s+"
    r"(?:slides|diapositiv[ae]s|Power\s?Point|Prezi|Keynote|Impress|Google\s+Slides)"
)
_COUNT = (
    r"\d{1,4}\s+(?:slides|diapositiv[ae]s|l[âa]minas|transpar[êe]ncias)"
    r"(?:\s*[.,]\s*(?:color|colorido|p&b|couleur))?"
)
# the kind then the count, or the count then the kind, each closed by a full stop or a comma
_DECK = lazy_pattern(
    rf"(?<=[.,]\s)(?:(?P<kind>{_KIND})(?:\s*[.,]\s*(?P<count>{_COUNT}))?"
    rf"|(?P<count2>{_COUNT})\s*[.,]\s*(?P<kind2>{_KIND}))(?=\s*[.,;]|\s*$)",
    re.I,
)
_CLOSING_YEAR = lazy_pattern(r"\.\s+(?P<year>(?:1[5-9]\d\d|20\d\d)[.,]?)\s*$")
_ACCESS = lazy_pattern(rf"\W*(?:{ACCESS_LEAD})", re.I)
_OTHER_FIELDS = frozenset(["author", "date", "accessed", "url", "doi"])


@needs(labels=["title"], words=["present", "slides", "diapositiv"])
def slide_deck_description(spans: list[Span], text: str) -> list[Span]:
    """``Título. 2022. Apresentação de Power Point. 46 slides. color.`` with the description read into the title
    (or as a note): the kind of presentation is the genre, the count of slides a note."""
    m = _DECK.search(text)
    if m is None:
        return spans
    a, z = m.start(), m.end()
    inside = [s for s in spans if s.start < z and a < s.end]
    if not inside or any(s.label in _OTHER_FIELDS for s in inside):
        return spans
    kind, count = ("kind", "count") if m.group("kind") else ("kind2", "count2")
    confidence = inside[0].confidence
    new = [Span("genre", m.group(kind), m.start(kind), m.end(kind), confidence)]
    if m.group(count):
        new.append(Span("note", m.group(count), m.start(count), m.end(count), confidence))
    mended = replaced(spans, text, a, z, sorted(new, key=lambda s: s.start))
    if not any(s.label == "title" for s in mended):
        return spans  # the description is all the title there is
    return _year_closing_title(mended, text)


def _year_closing_title(spans: list[Span], text: str) -> list[Span]:
    """ABNT's year between the title and the description, read into the title, where no date is read: the date."""
    if any(s.label == "date" and not _ACCESS.match(s.text) for s in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label == "title" and (y := _CLOSING_YEAR.search(s.text)) and s.text[: y.start()].strip():
            return divided(spans, k, y.start() + 1, y.start("year"), "title", "date")
    return spans
