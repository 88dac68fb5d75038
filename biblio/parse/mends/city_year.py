"""Mends of the Italian book imprint ``Editore, Città Anno``: ``Feltrinelli, Milano 2019.``, with the
publisher and the city read as one place (or one publisher), or the publisher read into the italic
title before the city; and ``Torino, Einaudi, Torino 2010``, the city named on both sides of the
publisher, read as one place."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_IMPRINT = frozenset(["location", "publisher"])
# one space and a year, after a word's last letter: the city touching the year (a cheap first look)
_SPACE_YEAR = lazy_pattern(r" (?:1[5-9]|20)\d\d(?!\d)")
# a city, or two joined as Italian imprints join them: "Milano", "Roma-Bari", "Torino/Firenze"
_CITY = lazy_pattern(r"[A-Z][^\W\d_]+(?:'[^\W\d_]+)?(?:\s?[-/]\s?[A-Z][^\W\d_]+){0,2}")


@needs(labels=["date"], any_label=_IMPRINT)
def publisher_then_city_year(spans: list[Span], text: str) -> list[Span]:
    """``il Saggiatore, Milano 2007`` read as one place or one publisher: in the Italian imprint the
    city touches the year (no comma between them) and the publisher stands before it, so the words
    after the comma are the place and those before it the publisher, unless those are a known city
    (``Torino, Einaudi 2010``, the place first)."""
    if not any(m.start() and text[m.start() - 1].isalpha() for m in _SPACE_YEAR.finditer(text)):
        return spans
    # the place (or publisher) that the year follows with no mark between
    k = next(
        (
            k
            for k in range(len(spans) - 1)
            if spans[k + 1].label == "date" and spans[k].label in _IMPRINT and spans[k].end == spans[k + 1].start - 1
        ),
        None,
    )
    if k is None or text[spans[k].end] != " " or sum(s.label in _IMPRINT for s in spans) != 1:
        return spans
    s = spans[k]
    if k > 0 and s.label == "location" and _CITY.fullmatch(s.text.strip()):
        return _publisher_after_italic_title(spans, k, text)
    lead = len(s.text) - len(s.text.lstrip(" *_,.;:"))  # an italic title's closing mark read into the span
    body = s.text.rstrip()
    if body[lead:].count(",") != 1 or body.endswith((",", ".", ":", ";")):
        return spans
    comma = body.index(",", lead)
    head, tail = body[lead:comma].strip(), body[comma + 1 :].strip()
    if not head or not _CITY.fullmatch(tail) or is_place(head) or is_place(body[lead:]):
        return spans  # (a city and its country, "Bruges, Belgium 19-23 August 2019", is one place)
    z = comma + 1 + (len(body[comma + 1 :]) - len(body[comma + 1 :].lstrip()))
    publisher = Span("publisher", s.text[lead:comma], s.start + lead, s.start + comma, s.confidence)
    place = Span("location", s.text[z:], s.start + z, s.end, s.confidence)
    return [*spans[:k], publisher, place, *spans[k + 1 :]]


# the words between an italic title's closing mark and the comma before the city: "*Titolo*, Melampo,"
_AFTER_ITALICS = lazy_pattern(r"[*_],\s+(?P<publisher>[^\W\d_][^*_,]{0,60}?),\s*$")


def _publisher_after_italic_title(spans: list[Span], k: int, text: str) -> list[Span]:
    """``*La convergenza*, Melampo, | Milano | 2010.`` with the publisher read into the italic title: the
    words after the title's closing mark, before the city, are the publisher."""
    prev = spans[k - 1]
    m = _AFTER_ITALICS.search(prev.text)
    if prev.label != "title" or m is None or is_place(m.group("publisher")):
        return spans
    a, z = prev.start + m.start("publisher"), prev.start + m.end("publisher")
    title = Span("title", prev.text[: m.start() + 1], prev.start, prev.start + m.start() + 1, prev.confidence)
    return [*spans[: k - 1], title, Span("publisher", text[a:z], a, z, prev.confidence), *spans[k:]]


# "Torino, Einaudi, Torino": a city, a name, the same city again (the year may follow)
_CITY_TWICE = lazy_pattern(
    r"(?P<city>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?),\s+(?P<name>[^\W\d_][^,;:]{0,60}?),\s+(?P=city)\W*$"
)


@needs(any_label=_IMPRINT)
def city_named_twice(spans: list[Span], text: str) -> list[Span]:
    """``Torino, Einaudi, Torino 2010`` read as one place: the city written before the publisher and
    again beside the year, so the name between the two is the publisher (and the city the place)."""
    for k, s in enumerate(spans):
        if s.label not in _IMPRINT or s.text.count(",") < 2:
            continue
        m = _CITY_TWICE.fullmatch(s.text.rstrip())
        if m is None or not m.group("name")[:1].isupper() or is_place(m.group("name")):
            continue
        a, z = s.start + m.start("name"), s.start + m.end("name") + 1  # the name and its comma
        b = s.start + m.end("city") + 1
        c = z + len(text[z : s.end]) - len(text[z : s.end].lstrip())
        place = Span("location", text[s.start : b], s.start, b, s.confidence)
        again = Span("location", text[c : s.end], c, s.end, s.confidence)
        return [*spans[:k], place, Span("publisher", text[a:z], a, z, s.confidence), again, *spans[k + 1 :]]
    return spans


# a note's imprint of a town and a year in one bracket, no publisher: "(Oxford 2015)", "(Leipzig 1987)"
_TOWN_YEAR = lazy_pattern(r"^\(\s*(?P<town>[A-Z][^\d()]*?[^\W\d_])\.?,?\s+(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\)?[.,;]?$")


@needs(labels=["date"], without=["location", "publisher"])
def town_in_bracketed_year(spans: list[Span], text: str) -> list[Span]:
    """Classicists' ``*Herodoti Historiae*. (Oxford 2015)`` with the town read into the date: a known town
    before the year in the bracket is the place of publication."""
    if {"location", "publisher"} & {s.label for s in spans}:
        return spans
    for k, s in enumerate(spans):
        if s.label != "date" or not s.text.startswith("("):
            continue
        m = _TOWN_YEAR.match(s.text)
        if m is None or not is_place(m.group("town")):
            return spans
        a, z = m.span("town")
        y, e = m.span("year")
        town = Span("location", s.text[a:z], s.start + a, s.start + z, s.confidence)
        year = Span("date", s.text[y:], s.start + y, s.end, s.confidence)
        return [*spans[:k], town, year, *spans[k + 1 :]]
    return spans


# the title's last comma part, one town's name: "…, Poitiers," "…, Clermont-Ferrand"
_TITLE_TOWN = lazy_pattern(r",\s+(?P<town>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*),?\s*$")
# a book's count of pages after its year: "243 p.", "120 pp."
_PAGE_COUNT = lazy_pattern(r"\d+\s*pp?\.?")


@needs(labels=["title", "date"], without=["location", "publisher"])
def town_closing_title(spans: list[Span], text: str) -> list[Span]:
    """The French catalogue's ``Essai sur les monuments du Poitou, Poitiers, 1861, 120 p.`` with the town read into the
    title: a book named with no publisher, its town between the title and the year. The town is a known one, or the
    book's count of pages after the year shows the form."""
    for k in range(len(spans) - 1):
        s, date = spans[k], spans[k + 1]
        if s.label != "title" or date.label != "date":
            continue
        m = _TITLE_TOWN.search(s.text)
        if m is None or m.start() == 0:
            return spans
        after = spans[k + 2] if k + 2 < len(spans) else None
        counted = after is not None and after.label == "pages" and _PAGE_COUNT.fullmatch(after.text.strip(" ,."))
        if not (counted or is_place(m.group("town"))) or after is not None and not counted:
            return spans
        a, z = m.span("town")
        title = Span("title", s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        town = Span("location", s.text[a:z], s.start + a, s.start + z, s.confidence)
        return [*spans[:k], title, town, *spans[k + 1 :]]
    return spans
