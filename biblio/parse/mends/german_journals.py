"""Mends of the German humanities form ``Name, Vorname: Titel, in: Zeitschrift 38 (1966), S. 3-27.``, whose
parts the model reads across the ``in:`` mark when a journal's name runs into its numbers."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import group_spans, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# ", in: Zeitschrift 38 (1966), S. 3-27" (``17/3 (1977)``, ``23 (1966-1967)``) and a newspaper's
# ", in: Zeitung vom 30.6.1972": the journal's name holds no digit, so its numbers close it
_IN_JOURNAL = lazy_pattern(
    r"[,.]\s*in:\s+(?P<journal>[^\W\d][^\d():;]*?)\s+"
    r"(?:(?P<volume>\d{1,4})(?:/(?P<issue>\d{1,3}))?\s+(?P<date>\((?:1[5-9]|20)\d\d(?:\s*[-–/]\s*\d{2,4})?\)),\s+"
    r"(?P<pages>S\.\s+[\dIVXLCivxlc]+(?:\s*[-–]\s*\d+)?)"
    r"|(?P<news>vom\s+\d{1,2}\.\s?\d{1,2}\.\s?(?:1[5-9]|20)\d\d)"
    # a magazine's or a newsletter's issue of the year: "Im grünen Ring 4/2014, S. 5" (a count past twelve, "132/2014",
    # is a volume: normalisers.volume.number_over_year)
    r"|(?P<issue2>[1-9]|1[0-2])/(?P<date2>(?:1[5-9]|20)\d\d),\s+(?P<pages2>S\.\s*\d+(?:\s*[-–]\s*\d+)?))"
    r"(?=[.,;]?(?:\s|$))"
)
_PARTS = (("journal", "journal"), ("volume", "volume"), ("issue", "issue"), ("date", "date"), ("pages", "pages"),
          ("date", "news"), ("issue", "issue2"), ("date", "date2"), ("pages", "pages2"))
# one author's name, family and given names, closing on its comma: "Sutter, Claudia,"
_ONE_NAME_COMMA = lazy_pattern(r"[^\W\d][^,;:()]*,\s*[^\W\d][^,;:()]*,")


@needs(marks=("in:",))
def journal_after_in_colon(spans: list[Span], text: str) -> list[Span]:
    """``Riedel, Friedrich W.: Zur Geschichte …, in: Acta musicologica 38 (1966), S. 3-27.`` read with ``in`` in
    the title, the title in the journal or the volume in the pages: after the author's colon (or the comma after
    one inverted name, ``Sutter, Claudia, Aus dem Stadtarchiv, in: Im grünen Ring 3/2013, S. 6-7.``, or from the start
    of an unsigned piece), the words up to ``, in:`` are the title, and the journal, its volume (and issue), the
    year and the pages follow in that order (a newspaper's date after ``vom``)."""
    if (m := _IN_JOURNAL.search(text)) is None:
        return spans
    head = [s for s in spans if s.start < m.start()]
    if not head:
        return spans
    if head[0].label == "author":  # the author's name closes on its colon (on its comma, one name inverted)
        named = head[0].text.rstrip()
        if not (named.endswith(":") or _ONE_NAME_COMMA.fullmatch(named)) or head[0].end > m.start():
            return spans
        start = head[0].end
    elif head[0].start > 0 or any(s.label in ("author", "editor") for s in spans):
        return spans
    else:  # an unsigned piece opens on its title
        start = 0
    start += len(text[start:]) - len(text[start:].lstrip())
    if m.start() - start < 3:
        return spans
    title = Span("title", text[start : m.start()], start, m.start())
    return replaced(spans, text, start, m.end(), [title, *group_spans(m, _PARTS)])


# a German book's imprint closing its title: "…, Wolfenbüttel 1982 (= Wolfenbütteler Forschungen 15)," — the town
# (one or two capitalised words), the year and the series after "="
_PLACE_YEAR_CLOSES = lazy_pattern(
    r",\s+(?P<place>[A-ZÄÖÜ][^\W\d]+(?:[/-][A-ZÄÖÜ][^\W\d]+)?)\s+(?P<date>(?:1[5-9]|20)\d\d)"
    r"(?:\s+\(=\s*(?P<series>[^()=]+?)\))?[,.]?\s*$"
)


# the town alone, when the year was read apart: "…, Tutzing | 1984, | S. 15-35."
_PLACE_CLOSES = lazy_pattern(r",\s+(?P<place>[A-ZÄÖÜ][^\W\d]+(?:[/-][A-ZÄÖÜ][^\W\d]+)?)(?P<date>)(?P<series>)[,.]?\s*$")


def _german_pages_follow(spans: list[Span], k: int) -> bool:
    """Whether German pages (``S. 57-66``) open the span at ``k``, or follow a date there."""
    if k < len(spans) and spans[k].label == "date":
        k += 1
    return k < len(spans) and spans[k].label == "pages" and spans[k].text.startswith("S. ")


@needs(labels=["container-title", "pages"], marks=("S. ",))
def place_year_closing_book(spans: list[Span], text: str) -> list[Span]:
    """``in: Feder, Georg (Hrsg.): Quellenforschung …, Wolfenbüttel 1982 (= Wolfenbütteler Forschungen 15), S. 57-66.``
    with the town, the year and the series read into the book: before ``S.`` and the pages, the words after the
    book's last comma are its place and year (and, after ``=``, its series)."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "container-title" or not _german_pages_follow(spans, k + 1):
            continue
        pattern = _PLACE_YEAR_CLOSES if nxt.label == "pages" else _PLACE_CLOSES
        if (m := pattern.search(s.text)) is None or len(s.text[: m.start()].split()) < 2:
            return spans
        parts = [Span("container-title", s.text[: m.start()], s.start, s.start + m.start(), s.confidence)]
        for label, group in (("location", "place"), ("date", "date"), ("collection-title", "series")):
            if m.group(group):
                a, z = s.start + m.start(group), s.start + m.end(group)
                parts.append(Span(label, text[a:z], a, z, s.confidence))
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


# German's note and bibliography hand with the book in italics and its editors after "hrsg. v.": ``Name, Vorname:
# „Titel“, in: *Buch*, hrsg. v. Vorname Name und Vorname Name, Verlag: Ort 1993, S. 249–293`` (words about the book,
# ``akt. und erw. Neuausgabe``, ``2. Aufl.``, between its parts), or a journal's number and year with its issue's
# theme, ``in: *Zeitschrift* 175 (2007): Thema, hrsg. v. Vorname Name, S. 112–115.``
# (a name's words hold no separator of the list, "/", ";" or "und": one way only to read a list, no backtracking)
_NAME_WORD = r"[^\s,:;/„“”\"*_()\d]+"
_NAME_PART = rf"[^\W\d]{_NAME_WORD}?(?:\s(?!und\b){_NAME_WORD}){{0,5}}"
_NAME = rf"{_NAME_PART},\s+{_NAME_PART}"
_EDITED_IN_ITALICS = lazy_pattern(
    rf"^(?P<author>{_NAME}(?:\s*(?:;|/|\bund\b)\s*{_NAME})*):\s+"
    r"(?P<title>„[^„“”]{2,300}[“”]|“[^“”]{2,300}”)[,.]?\s+in:\s+"
    r"(?:\*(?P<book>[^*]{2,300})\*|_(?P<book2>[^_]{2,300})_)"
    r"(?:\s+(?P<volume>\d{1,4})\s+\((?P<year1>(?:1[5-9]|20)\d\d)\)(?::\s+(?P<theme>[^,:;]{2,80}))?)?"
    r"(?P<before>(?:,\s+[^,:;]{2,60}?)*?),\s+(?P<editors>(?:hrsg|hg)\.\s+v(?:on|\.)\s+[^,:;\d]{3,200}?)"
    r"(?P<after>(?:,\s+[^,:;]{2,40}?)*?),\s+"
    r"(?:(?P<first>[^,:;\d]{2,60}?):\s+(?P<second>[^,:;\d]{2,60}?)\s+(?P<year2>(?:1[5-9]|20)\d\d),\s+)?"
    r"(?P<pages>S\.\s+\d+(?:\s*[-–]\s*\d+)?)\.?$"
)
_AUFLAGE = lazy_pattern(r"\d{1,2}\.\s*(?:Aufl\.?|Auflage)")
_PIECE = lazy_pattern(r"[^,\s][^,]*[^,\s]")


def _pieces(m: re.Match[str], group: str) -> list[Span]:
    """The comma-parted words in ``group``: an edition's ``2. Aufl.``, anything else a note."""
    base = m.start(group)
    return [
        Span("edition" if _AUFLAGE.fullmatch(p[0]) else "note", p[0], base + p.start(), base + p.end())
        for p in _PIECE.finditer(m.group(group))
    ]


def _part(m: re.Match[str], label: str, group: str) -> Span:
    return Span(label, m.group(group), m.start(group), m.end(group))


@needs(marks=("hrsg. v", "hg. v"))
def edited_book_in_italics(spans: list[Span], text: str) -> list[Span]:
    """``Name, Vorname: „Titel“, in: *Buch*, hrsg. v. Vorname Name, Verlag: Ort 1993, S. 249–293`` with the book read
    into its editors, the editors into the imprint or the journal's issue theme into the editors: the whole read
    from the form (the imprint's two names told apart by which is a known town, left to the model when neither or
    both is)."""
    if "in: " not in text or (m := _EDITED_IN_ITALICS.match(text.rstrip())) is None:
        return spans
    book = "book" if m.group("book") is not None else "book2"
    journal = m.group("volume") is not None
    held = "journal" if journal else "container-title"
    out = [_part(m, "author", "author"), _part(m, "title", "title"), _part(m, held, book)]
    if journal:
        if m.group("year2") is not None:
            return spans  # (a journal's issue with a book's imprint: not this form)
        out += group_spans(m, (("volume", "volume"), ("date", "year1"), ("note", "theme")))
    out += [*_pieces(m, "before"), _part(m, "editor", "editors"), *_pieces(m, "after")]
    if m.group("year2") is not None:
        first = is_place(m.group("first"))
        if first == is_place(m.group("second")):
            return spans
        place, firm = ("first", "second") if first else ("second", "first")
        imprint = sorted([_part(m, "publisher", firm), _part(m, "location", place)], key=lambda s: s.start)
        out += [*imprint, _part(m, "date", "year2")]
    elif not journal:
        return spans  # (a book with no imprint: the model's reading stands)
    out.append(_part(m, "pages", "pages"))
    if [(s.label, s.text) for s in out] == [(s.label, s.text) for s in spans]:
        return spans
    return out
