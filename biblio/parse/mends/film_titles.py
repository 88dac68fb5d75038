"""Mend of a film cited title first: Harvard's ``Batman (1989). Burton, Tim USA: Warner Bros. [film].``
(or ``Title (1989) Directed by Tim Burton. [Film]. USA: Warner Bros.``), with the film's title read as
its author and the director's name as the title or the place."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the medium in square brackets that marks the reference as a film's
_FILM_MARK = lazy_pattern(r"\[(?:[Ff]ilm|[Mm]otion [Pp]icture|[Ff]eature [Ff]ilm)\]\.?")
# the title, then the year in brackets, opening the reference
_TITLE_YEAR = lazy_pattern(r"^\s*(?P<title>[^\W\d_][^()\[\]]*?)\s*\((?P<year>1[89]\d\d|20\d\d)\)\.?\s+")
# the director, "Directed by Given Family." or "Family, Given" (a given name or initials), then the
# country of production and the studio "USA: Warner Bros."
_DIRECTOR = (
    r"(?:[Dd]irected by\s+(?P<named>[^.\[]+?)\.|(?P<inverted>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?,\s+"
    r"(?:(?:[A-Z]\.\s?)+|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)))"
)
_REST = lazy_pattern(
    rf"{_DIRECTOR}\s*(?:\[[^\]]+\]\.?\s*)?(?P<place>[A-Z][\w .]*?):\s*(?P<studio>[^:\[]+?)\.?\s*(?:\[[^\]]+\]\.?)?\s*$"
)


def film_title_first(text: str) -> bool:
    """Whether ``text`` is a film's reference in this title-first form (APA names the director first, so
    its reader leaves this form to the mend)."""
    if "[" not in text or (mark := _FILM_MARK.search(text)) is None or (head := _TITLE_YEAR.match(text)) is None:
        return False
    return mark.start() > head.end() and _REST.match(text, head.end()) is not None


@needs(marks=("[film]", "[Film]", "icture]"))
def film_title_opens(spans: list[Span], text: str) -> list[Span]:
    """A film's reference marked ``[film]`` that opens on its title and year in brackets: the title, the
    year, the director, the country of production and the studio, whatever the labeller read there."""
    mark = _FILM_MARK.search(text)
    head = _TITLE_YEAR.match(text) if mark else None
    if mark is None or head is None:
        return spans
    rest = _REST.match(text, head.end())
    if rest is None:
        return spans
    conf = min((s.confidence for s in spans), default=1.0)

    def span(label: str, group: str, m: re.Match[str]) -> Span:
        return Span(label, m.group(group), m.start(group), m.end(group), conf)

    # the director's span keeps its "Directed by", which the names' normaliser reads as the role
    a, z = (rest.start(), rest.end("named")) if rest.group("named") else (rest.start("inverted"), rest.end("inverted"))
    y0, y1 = head.start("year") - 1, head.end("year") + 1
    out = [span("title", "title", head), Span("date", text[y0:y1], y0, y1, conf)]
    out.append(Span("director", text[a:z], a, z, conf))
    out.append(span("location", "place", rest))
    out.append(span("publisher", "studio", rest))
    out.append(Span("medium", mark.group(0), mark.start(), mark.end(), conf))
    return sorted(out, key=lambda s: s.start)
