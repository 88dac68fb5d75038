"""Mend of a name list written initials first whose last family name was read as the title's first word:
``W.H. Wolberg, W.N. Street, and O.L. Mangasarian. Machine learning techniques …`` read as names ending on
``O.L.`` and a title opening on ``Mangasarian.``. No name in such a list ends on its initials, so the capitalised
word and full stop after them are the last family name."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_INITIALS = r"(?:[A-Z]\.\s?-?)+"
# one name of the list: initials, then the family name ("W.N. Street", "K. P. Bennett")
_PERSON = lazy_pattern(rf"{_INITIALS}\s?(?:[a-z]{{1,3}}\s+){{0,2}}[A-Z][\w'\u2019-]+")
# the list's last part, initials alone after a comma or a conjunction
_LAST_INITIALS = lazy_pattern(rf"(?:,|\band\b|&)\s*{_INITIALS}$")
_PART_SEPARATOR = lazy_pattern(r",\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")
# the family name closed by the names' full stop, then the title
_FAMILY_STOP = lazy_pattern(r"[A-Z][\w'\u2019-]+(?=\.\s+\S)")
# the physics form's family name of one or two words closed by its comma: "and S. | Das Sarma, Silicon …"
_FAMILY_COMMA = lazy_pattern(r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?(?=,\s+\S)")


@needs(labels=["author", "title"])
def family_after_last_initials(spans: list[Span], text: str) -> list[Span]:
    """``W.H. Wolberg, W.N. Street, and O.L. | Mangasarian. Machine …`` (or the APS's ``12 R. de Sousa, …, and S. |
    Das Sarma, Silicon …``): the title's first words, to the names' full stop or comma, join the names."""
    k = 1 if spans and spans[0].label == "citation-number" else 0
    if len(spans) < k + 2 or spans[k].label != "author" or spans[k + 1].label != "title":
        return spans
    a, t = spans[k], spans[k + 1]
    names = text[a.start : a.end].rstrip(" ,")
    last = _LAST_INITIALS.search(names)
    if last is None:
        return spans
    parts = [p for p in _PART_SEPARATOR.split(names[: last.start()].strip()) if p]
    if not parts or not all(_PERSON.fullmatch(p) for p in parts):
        return spans
    family = _FAMILY_STOP.match(text, t.start) or _FAMILY_COMMA.match(text, t.start)
    if family is None:
        return spans
    z = family.end()
    rest = z + 1
    while rest < t.end and text[rest] == " ":
        rest += 1
    if rest >= t.end:
        return spans
    return [
        *spans[:k],
        Span("author", text[a.start : z], a.start, z, a.confidence),
        Span("title", text[rest : t.end], rest, t.end, t.confidence),
        *spans[k + 2 :],
    ]
