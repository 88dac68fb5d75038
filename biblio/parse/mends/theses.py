"""Mends of a thesis's imprint: the degree, the university and the year in one pair of brackets."""

from __future__ import annotations

import re

from biblio.parse.spans import Span

# The kind of degree work, in the languages whose references biblio reads; Chicago writes it in the
# brackets that hold the university and year: "(PhD diss., Yale University, 2010)",
# "(Tesis doctoral, Universidad de Granada, 2017)", "(Dissertação de mestrado, Universidade …, 2023)".
_DEGREE = (
    r"(?:ph\.?\s?d\.?|doctoral|master['\u2019]?s|m\.?a\.?|m\.?sc?\.?)\s+(?:diss\.|dissertation|thesis)"
    r"|tesis(?:\s+(?:doctoral|de\s+(?:maestr[ií]a|licenciatura|grado|m[aá]ster|doctorado)))?"
    r"|trabajo\s+(?:de\s+)?fin\s+de\s+(?:m[aá]ster|grado)"
    r"|tese\s+de\s+(?:doutorado|doutoramento|mestrado)|disserta[çc][ãa]o(?:\s+de\s+mestrado)?"
    r"|th[eè]se(?:\s+de\s+doctorat)?|m[ée]moire\s+de\s+(?:master|ma[iî]trise|dea)"
    r"|dissertation|masterarbeit|magisterarbeit|diplomarbeit|doktorarbeit|habilitationsschrift"
    r"|tesi\s+di\s+(?:laurea|dottorato)"
)
# "(Degree, University, 2017b)." whole, or "(Degree, University," with the year read apart
_WITH_YEAR = re.compile(
    rf"^\(\s*(?P<genre>{_DEGREE})\s*,\s*(?P<school>[^()]+?)\s*,\s*(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)\s*\)[.,]?",
    re.I,
)
_NO_YEAR = re.compile(rf"^\(\s*(?P<genre>{_DEGREE})\s*,\s*(?P<school>[^()]+?)\s*,?\s*$", re.I)
_HOLDERS = frozenset(["note", "publisher", "other", "location", "genre"])


def degree_in_brackets(spans: list[Span], text: str) -> list[Span]:
    """``(Tesis doctoral, University of Nebraska - Lincoln, 2017b).`` read as one note or publisher:
    the degree is the genre, the university the publisher, the year the date."""
    if "(" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label not in _HOLDERS or not s.text.startswith("("):
            continue
        m = _WITH_YEAR.match(s.text)
        if m is None:
            m = _NO_YEAR.match(s.text)
            if m is None or k + 1 >= len(spans) or spans[k + 1].label != "date":
                continue
        parts = [Span("genre", m.group("genre"), s.start + m.start("genre"), s.start + m.end("genre"), s.confidence)]
        a, z = s.start + m.start("school"), s.start + m.end("school")
        parts.append(Span("publisher", m.group("school"), a, z, s.confidence))
        if "year" in m.groupdict():
            parts.append(
                Span(
                    "date",
                    s.text[m.start("year") : m.end()],
                    s.start + m.start("year"),
                    s.start + m.end(),
                    s.confidence,
                )
            )
            if s.text[m.end() :].strip():
                parts.append(Span(s.label, s.text[m.end() :], s.start + m.end(), s.end, s.confidence))
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


# Harvard's "Thesis (M.A.). Queen's University, Belfast." and MLA's "Dissertation, Boston University,"
_DEGREE_HEAD = re.compile(
    r"^\s*(?P<genre>(?:(?:ph\.?\s?d\.?|doctoral|master['\u2019]?s|m\.?a\.?|m\.?sc?\.?)\s+)?"
    r"(?:thesis|dissertation)(?:\s*\([^()]{1,20}\))?)\s*[.,]\s+(?=[A-Z])",
    re.I,
)


def degree_opens_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Thesis (M.A.). Queen's University,`` read as the publisher: the degree is the genre, the
    university after it the publisher."""
    for k, s in enumerate(spans):
        if s.label not in ("publisher", "location") or (m := _DEGREE_HEAD.match(s.text)) is None:
            continue
        a, z = m.start("genre"), m.end("genre")
        genre = Span("genre", s.text[a:z], s.start + a, s.start + z, s.confidence)
        rest = Span("publisher", s.text[m.end() :], s.start + m.end(), s.end, s.confidence)
        return [*spans[:k], genre, rest, *spans[k + 1 :]]
    return spans
