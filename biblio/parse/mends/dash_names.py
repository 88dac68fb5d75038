"""Mends of names set off from the title by a dash, as hand-written lists (Wikipedia's further reading
among them) write a book: ``Shun'ichi Amari - *Differential-geometrical methods in statistics*, Lecture notes
in statistics, Springer-Verlag, Berlin, 1985.``, ``R. E. Kass and P. W. Vos - *Geometrical Foundations …*,``,
``B. Rhodes, J. Goerzen – *Foundations of Python Network Programming*, Apress, 2014``,
and as data portals cite a data set after its producer: ``Ember - Yearly Electricity Data (2025).``.
The names end at the dash, and what follows it is the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import emphasis_runs
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import dashed_natural_names, has_org_name_word
from biblio.parse.spans import Span

# the dash between the names and the italic title: a spaced hyphen or dash
_DASH = lazy_pattern(r"\s+[-\u2013\u2014]\s+$")
# what the model reads the names, the dash and the title into
_OPENING = frozenset(["author", "editor", "title", "journal", "container-title"])
_NAMES = frozenset(["author", "editor"])
# names each written initials first, parted by commas: "B. Rhodes, J. Goerzen – *Title*" (a Romanian course list)
_INITIALS_FIRST_LIST = lazy_pattern(r"(?:[A-Z]\.\s?)+[A-Z][\w'’-]+(?:,\s+(?:[A-Z]\.\s?)+[A-Z][\w'’-]+)+")
_WORKS = frozenset(["journal", "container-title"])


@needs(labels=["author"], marks=(" - ", " \u2013 ", " \u2014 "))
def names_before_dash(spans: list[Span], text: str) -> list[Span]:
    """``Amari - | *Title*`` with the dash read into the names, or ``Kass and P. W. | Vos - *Title*, Series``
    with the last name and the title read as a container: the names run to the dash, the italic run after
    it is the title (a container the model read from it keeps what follows the run)."""
    runs = emphasis_runs(text)
    if not spans or spans[0].label != "author" or not runs:
        return spans
    run = runs[0]
    dash = _DASH.search(text, 0, run.start)
    if dash is None or run.text_start - run.start != 1:
        return spans
    if "," in text[spans[0].end : dash.start()] and not _INITIALS_FIRST_LIST.fullmatch(text, spans[0].start,
                                                                                      dash.start()):
        return spans
    head = [s for s in spans if s.start < run.start]
    if any(s.label not in _OPENING for s in head):
        return spans
    a = spans[0].start
    conf = min(s.confidence for s in head)
    names = Span("author", text[a : dash.start()], a, dash.start(), conf)
    if names.text == spans[0].text and spans[0].end <= dash.start():
        return spans  # read apart already
    out = [names]
    straddling = head[-1]
    if straddling.end > run.start:
        has_title = any(s.label == "title" for s in spans if s is not straddling)
        label = "title" if straddling.label in _WORKS and not has_title else straddling.label
        out.append(Span(label, text[run.start : run.end], run.start, run.end, straddling.confidence))
        if straddling.end > run.end:
            out.append(Span(straddling.label, text[run.end : straddling.end], run.end, straddling.end, conf))
    return [*out, *(s for s in spans if s.start >= run.start)]


# a producer's name: capitalised words (``U.S.``), a bracketed abbreviation (``(CSO)``, ``(USDA/ERS)``) and the
# short words that link a body's name; no digit, comma or mark of a title
# (a full stop only inside an abbreviation, "U.S.": "WHO. WHO Global Task Force …" is a name, then a title)
_CAPITALISED = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][^\W\d_]*(?:['\u2019&/-][^\W\d_]+)*)"
_NAME_WORD = rf"(?:{_CAPITALISED}|\([A-Z][^\W\d_]*(?:[/&.-][^\W\d_]+)*\)|of|and|for|the|on|de|du|des|der|la|le)"
# (initials after the dash open another person's name: "E.J. Bakker – F. Fabbricotti, ‘Title’" lists persons)
PRODUCER_NAME = rf"{_CAPITALISED}(?:\s+{_NAME_WORD}){{0,11}}"
_PRODUCER = lazy_pattern(rf"(?P<name>{PRODUCER_NAME})\s+[-\u2013\u2014]\s+(?=[A-Z0-9])(?![A-Z]\.)")
# APA's title in the author's place, closed by its full stop before the date: ``Forecaster — DNV GL. (n.d.).``
_ELEMENT_BEFORE_DATE = lazy_pattern(r"[^()]*?\.\s+\((?:n\.\s?d\.|[12]\d{3})")


_TITLE_MARK = lazy_pattern(r"[*_\"\u201c\u2018]")
# the words after the dash are all there is before a closing link (or the end): no date, imprint or site
_PAGE_TITLE_ALONE = lazy_pattern(r"[^.,;:()\[\]<>]+?\s*(?:<?https?://\S+?>?\s*)?$")


@needs(marks=(" - ", " \u2013 ", " \u2014 "))
def producer_before_dash(spans: list[Span], text: str) -> list[Span]:
    """``Ember - Yearly Electricity Data (2025).``, ``IRENA – Renewable Power Generation Costs in 2025. International
    Renewable Energy Agency, Abu Dhabi (2026).``, ``Central Statistics Office (CSO) Ireland – Data Centers Metered
    Electricity Consumption (2025)``: a data portal's citation of a data set or report after its producer, read as
    one title (or with the name cut): the name before the dash is the author, what follows it the title. A page's
    title as the browser shows it, closed by its full stop before APA's date (``Forecaster — DNV GL. (n.d.).``), is
    left as it was, as is any title in quotes or italics."""
    m = _PRODUCER.match(text)
    if m is None or not spans or spans[0].start != 0 or _TITLE_MARK.search(text[: m.end() + 1]):
        return spans
    name_end, t0 = m.end("name"), m.end()
    # a body's name by its words, or a short one ("Ember", "IRENA"): "Draft Standard for Information Technology —
    # Portable Operating System Interface" is a standard's title
    if len(m.group("name").split()) > 2 and not has_org_name_word(m.group("name")):
        return spans
    head = [s for s in spans if s.start < t0]
    if any(s.label not in _OPENING for s in head) or any(s.label == "author" for s in spans if s.start >= t0):
        return spans
    t1 = max(s.end for s in head)
    if _ELEMENT_BEFORE_DATE.match(text, t0):
        return spans
    if head[0].label in _NAMES and dashed_natural_names(head[0].text) is not None:
        return spans  # persons parted by dashes, "Franca Faletti - Renato Meucci (a cura di)": no producer
    conf = min(s.confidence for s in head)
    if _PAGE_TITLE_ALONE.match(text, t0) and not has_org_name_word(m.group("name")):
        # a wiki's or tracker's page title before its link, "ArcGIS Portal — Categories https://…": the words
        # before the dash name a product or a space, no producer; the whole is the title
        if len(head) == 1 and head[0].label == "title" and head[0].end == t1:
            return spans
        return [Span("title", text[:t1], 0, t1, conf), *(s for s in spans if s.start >= t1)]
    if t1 <= t0:  # the names read apart with the dash in them ("IRENA –"): the dash is no part of them
        if head[0].label != "author" or head[0].end == name_end:
            return spans
        return [Span("author", text[:name_end], 0, name_end, conf), *spans[1:]]
    out = [Span("author", text[:name_end], 0, name_end, conf), Span("title", text[t0:t1], t0, t1, conf)]
    return [*out, *(s for s in spans if s.start >= t1)]
