"""Mends of a thesis's imprint: the degree, the university and the year in one pair of brackets."""

from __future__ import annotations

import re
from dataclasses import replace

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import holds_any, needs
from biblio.parse.spans import Span

# The kind of degree work, in the languages whose references biblio reads; Chicago writes it in the
# brackets that hold the university and year: "(PhD diss., Yale University, 2010)",
# "(Tesis doctoral, Universidad de Granada, 2017)", "(Dissertação de mestrado, Universidade …, 2023)".
_DEGREE = (
    # (MHRA's "(unpublished doctoral thesis, University of Oxford, 2005)", "(unpublished D. Phil. thesis, …)")
    r"(?:unpublished\s+)?(?:(?:ph\.?\s?d\.?|[dm]\.?\s?phil\.?|doctoral|master['\u2019]?s|m\.?a\.?|m\.?sc?\.?)\s+"
    r"(?:diss\.|dissertation|thesis)|thesis|dissertation|diss\b\.?)"
    r"|tesis(?:\s+(?:doctoral|de\s+(?:maestr[ií]a|licenciatura|grado|m[aá]ster|doctorado)))?"
    r"|trabajo\s+(?:de\s+)?fin\s+de\s+(?:m[aá]ster|grado)"
    r"|tese\s+de\s+(?:doutorado|doutoramento|mestrado)|disserta[çc][ãa]o(?:\s+de\s+mestrado)?"
    r"|th[eè]se(?:\s+de\s+doctorat)?|m[ée]moire\s+de\s+(?:master|ma[iî]trise|dea)"
    r"|dissertation|masterarbeit|magisterarbeit|diplomarbeit|doktorarbeit|habilitationsschrift"
    r"|tesi\s+di\s+(?:laurea|dottorato)"
)
# "(Degree, University, 2017b)." whole, or "(Degree, University," with the year read apart
_WITH_YEAR = lazy_pattern(
    rf"^\(\s*(?P<genre>{_DEGREE})\s*,\s*(?P<school>[^()]+?)\s*,\s*(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)\s*\)[.,]?",
    re.I,
)
_NO_YEAR = lazy_pattern(rf"^\(\s*(?P<genre>{_DEGREE})\s*,\s*(?P<school>[^()]+?)\s*,?\s*$", re.I)
# APA 7's "[Doctoral dissertation, University of Michigan]", "[Tesis de doctorado, Universidad …]"
_SQUARE = lazy_pattern(rf"^\[\s*(?P<genre>{_DEGREE})\s*,\s*(?P<school>[^\[\]]+?)\s*\]", re.I)
_HOLDERS = frozenset(["note", "publisher", "other", "location", "genre"])


@needs(any_label=_HOLDERS, marks=["(", "["])
def degree_in_brackets(spans: list[Span], text: str) -> list[Span]:
    """``(Tesis doctoral, University of Nebraska - Lincoln, 2017b).`` read as one note or publisher:
    the degree is the genre, the university the publisher, the year the date; APA 7's square
    brackets hold the degree and the university alone."""
    if "(" not in text and "[" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label not in _HOLDERS or s.text[:1] not in "([":
            continue
        if s.text.startswith("["):
            if (sq := _SQUARE.match(s.text)) is None:
                continue
            return [*spans[:k], *_degree_and_school(s, sq), *_rest(s, sq.end()), *spans[k + 1 :]]
        m = _WITH_YEAR.match(s.text)
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if m is None and nxt is not None and nxt.label in _HOLDERS and _DEGREE_OPENS_BRACKET.match(s.text):
            # "(PhD diss., | University of Chicago, 2017), 45.": the brackets read as the genre and a note
            whole = Span(nxt.label, text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
            if (joined := _WITH_YEAR.match(whole.text)) is not None:
                after = _rest(whole, joined.end())
                rest = [replace(r, label="pages") if _CITED_PAGE.fullmatch(r.text) else r for r in after]
                parts = [*_degree_and_school(whole, joined), _year(whole, joined), *rest]
                return [*spans[:k], *parts, *spans[k + 2 :]]
        if m is None:
            m = _NO_YEAR.match(s.text)
            if m is None or k + 1 >= len(spans) or spans[k + 1].label != "date":
                continue
        parts = _degree_and_school(s, m)
        if "year" in m.groupdict():
            parts += [_year(s, m), *_rest(s, m.end())]
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


# the note's cited page after the brackets: ", 45."
_CITED_PAGE = lazy_pattern(r"\W*\d{1,5}(?:\s*[-\u2013]\s*\d{1,5})?\W*")


def _year(s: Span, m: re.Match[str]) -> Span:
    """The year closing the brackets a match inside span ``s`` found, as the date."""
    return Span("date", s.text[m.start("year") : m.end()], s.start + m.start("year"), s.start + m.end(), s.confidence)


def _degree_and_school(s: Span, m: re.Match[str]) -> list[Span]:
    """The degree (genre) and the university (publisher) a match inside span ``s`` found."""
    a, z = s.start + m.start("school"), s.start + m.end("school")
    return [
        Span("genre", m.group("genre"), s.start + m.start("genre"), s.start + m.end("genre"), s.confidence),
        Span("publisher", m.group("school"), a, z, s.confidence),
    ]


def _rest(s: Span, at: int) -> list[Span]:
    """What span ``s`` holds after offset ``at`` (in its text), keeping its label, if anything."""
    return [Span(s.label, s.text[at:], s.start + at, s.end, s.confidence)] if s.text[at:].strip(" .,;") else []


# Harvard's "Thesis (M.A.). Queen's University, Belfast." and "Unpublished MA dissertation. University of Bristol.",
# MLA's "Dissertation, Boston University,",
# Chicago's "Tesis de maestría, Universidad …," and ABNT's "Tese (Doutorado em Educação) – Universidade …"
_DEGREE_HEAD = lazy_pattern(
    r"^\s*(?P<genre>(?:(?:unpublished\s+)?(?:(?:ph\.?\s?d\.?|doctoral|master['\u2019]?s|m\.?a\.?|m\.?sc?\.?)\s+)?"
    rf"(?:thesis|dissertation)|{_DEGREE}|tese|monografia)(?:\s*\([^()]{{1,60}}\))?)\s*(?:[.,]|\s[-\u2013\u2014])\s+(?=[A-Z])",
    re.I,
)


@needs(any_label=("publisher", "location"))
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


# ABNT's academic work: "210 f. Tese (Doutorado em Educação) – Faculdade de Educação, Universidade de
# São Paulo, São Paulo, 2015." — the leaves, the degree with its field, a dash, the school (its parts
# behind commas), the place and the year of the defence
_ABNT_DEGREE = lazy_pattern(
    r"(?:(?P<extent>\d+\s?(?:f|p)\.)\s+)?"
    r"(?P<genre>(?:Tese|Disserta[çc][ãa]o|Monografia|Trabalho\s+de\s+[Cc]onclus[ãa]o\s+de\s+[Cc]urso)"
    r"\s*\([^()]{1,80}\))\s*[-\u2013\u2014]\s*"
    r"(?P<school>[^,.;]+(?:,\s*[^,.;]+)*?),\s*(?P<place>[^,.;\d]+),\s*(?P<year>(?:1[5-9]\d\d|20\d\d))\.?"
)


_ABNT_DEGREE_WORDS = ("Tese", "Disserta", "Monografia", "Trabalho")  # a cheap first look


@needs(marks=_ABNT_DEGREE_WORDS)
def abnt_degree_note(spans: list[Span], text: str) -> list[Span]:
    """ABNT's ``Tese (Doutorado em Educação) – Universidade …, São Paulo, 2015.`` read as names or a
    place: the degree is the genre, the school the publisher, then the place and the year."""
    if not holds_any(text, _ABNT_DEGREE_WORDS):
        return spans
    m = _ABNT_DEGREE.search(text)
    return spans if m is None else _degree_read(spans, text, m, m.end(), ("date", (m.start("year"), m.end())))


def _degree_read(
    spans: list[Span], text: str, m: re.Match[str], end: int, *more: tuple[str, tuple[int, int]]
) -> list[Span]:
    """``spans`` with ``text[m.start():end]`` read as the degree (the genre), the school (the publisher) and the
    town (the place) that ``m`` found, and ``more``; unchanged where a genre span already holds the degree."""
    if any(s.label == "genre" and s.start <= m.start("genre") < s.end for s in spans):
        return spans
    parts = (("genre", m.span("genre")), ("publisher", m.span("school")), ("location", m.span("place")), *more)
    return replaced(spans, text, m.start(), end, [Span(label, text[a:z], a, z) for label, (a, z) in parts])


# "(master’s thesis," alone: the degree opening Chicago's brackets, the school read apart
_DEGREE_OPENS_BRACKET = lazy_pattern(rf"^\(\s*(?:{_DEGREE})\s*,\s*$", re.I)


@needs(labels=["genre"])
def school_after_degree(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``(master’s thesis, California State College, Fullerton, 1967)`` with the degree read
    as the genre and the school, its campus after a comma, as a place: what lies between the degree
    and the year is the school, the publisher."""
    for k in range(len(spans) - 2):
        if spans[k].label != "genre" or not _DEGREE_OPENS_BRACKET.match(spans[k].text):
            continue
        z = next((j for j in range(k + 1, len(spans)) if spans[j].label not in ("location", "publisher")), None)
        if (
            z is None
            or z == k + 1
            or spans[z].label != "date"
            or not any(s.label == "location" for s in spans[k + 1 : z])
        ):
            return spans
        a, e = spans[k + 1].start, spans[z - 1].end
        school = Span("publisher", text[a:e], a, e, min(s.confidence for s in spans[k + 1 : z]))
        return [*spans[: k + 1], school, *spans[z:]]
    return spans


# MLA 9's "Title. 2003. University of California, PhD dissertation." (and its "Diss."): after the year, the school,
# a comma, then the kind of work closing the reference
_SCHOOL_THEN_DEGREE = lazy_pattern(
    r"^\s*(?P<school>[^\W\d_][^,()]{2,80}?)\s*,\s*"
    r"(?P<genre>(?:(?:ph\.?\s?d\.?|doctoral|master['\u2019]?s|m\.?a\.?|m\.?sc?\.?)\s+)?(?:diss\.?|dissertation|thesis))\s*\.?\s*$",
    re.I,
)
_AFTER_DEGREE = frozenset(["url", "doi"])


@needs(labels=["date"], words=("diss", "thesis"))  # (the closing degree's word)
def school_before_degree(spans: list[Span], text: str) -> list[Span]:
    """MLA 9's ``2003. University of California, PhD dissertation.`` with the school read as a note or a place,
    or the degree read into the publisher: what lies between the year and the closing degree is the school,
    the thesis's publisher."""
    dates = [k for k, s in enumerate(spans) if s.label == "date"]
    if not dates:
        return spans
    a = spans[dates[-1]].end
    z = next((s.start for s in spans[dates[-1] + 1 :] if s.label in _AFTER_DEGREE), len(text))
    if any(s.label == "publisher" and not a <= s.start < z for s in spans):
        return spans  # a publisher read elsewhere: the stretch is no school
    if (m := _SCHOOL_THEN_DEGREE.match(text[a:z])) is None:
        return spans
    conf = min((s.confidence for s in spans[dates[-1] + 1 :] if s.start < z), default=1.0)
    school = Span("publisher", m.group("school"), a + m.start("school"), a + m.end("school"), conf)
    genre = Span("genre", m.group("genre"), a + m.start("genre"), a + m.end("genre"), conf)
    return replaced(spans, text, a, a + m.end(), [school, genre])


# a degree whose dotted letters the model cut apart: "D. Gottesman, Ph.D. thesis, California Institute …"
_DOTTED_DEGREE = lazy_pattern(
    r"(?<![\w.])(?:Ph|M\.\s?Sc|M\.\s?A|D\.\s?Phil|Sc)\.\s?D?\.?\s+(?:thesis|dissertation|diss\.)(?![\w])"
)


@needs(marks=(" thesis", " dissertation", " diss."))  # (the degree's word: rarer than its letters)
def dotted_degree_apart(spans: list[Span], text: str) -> list[Span]:
    """APS's ``D. Gottesman, Ph.D. thesis, California Institute of Technology, 1997`` with ``Ph.`` read into the
    names (or a title) and ``D. thesis`` apart: the dotted degree and its word are the genre, whole."""
    m = _DOTTED_DEGREE.search(text)
    if m is None:
        return spans
    a, z = m.span()
    if any(t.start <= a and z <= t.end and t.label == "genre" for t in spans):
        return spans
    if not any(t.start < a < t.end or t.start < z < t.end or a <= t.start < z for t in spans):
        return spans
    c = min((t.confidence for t in spans if t.end > a and t.start < z), default=1.0)
    return replaced(spans, text, a, z, [Span("genre", text[a:z], a, z, c)])


# Turkish author-date lists (Zotero's ASA and Chicago in Turkish) close a thesis on its degree, its school (its
# institute and department after commas or none) and the town: "“Title”. Yüksek Lisans Tezi, Karadeniz Teknik
# Üniversitesi Sosyal Bilimler Enstitüsü, Trabzon.", "Doktora Tezi, Atatürk Üniversitesi, …, Erzurum."
_TEZI_WORDS = ("Tezi", "tezi")  # a cheap first look
_CLOSING_TEZI = lazy_pattern(
    r"(?<=[.”\"]\s)(?P<genre>(?:Yüksek\s+Lisans|Doktora|Doktara|Sanatta\s+Yeterlik)\s+[Tt]ezi)\s*,\s+"
    r"(?P<school>[^()\[\]]{3,200}?)\s*,\s+(?P<place>[^\W\d_][^\W\d_ -]+(?:-[^\W\d_]+)?)\s*\.?\s*$"
)


@needs(marks=_TEZI_WORDS)
def turkish_degree_closing(spans: list[Span], text: str) -> list[Span]:
    """``“Title”. Yüksek Lisans Tezi, Karadeniz Teknik Üniversitesi, Trabzon.`` read as names, a container or a
    publisher with its town: the degree is the genre, the school the publisher and the last word the town."""
    if not holds_any(text, _TEZI_WORDS) or (m := _CLOSING_TEZI.search(text)) is None:
        return spans
    return _degree_read(spans, text, m, len(text))
