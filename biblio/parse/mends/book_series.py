"""Mends of a book's series read as its container: Chicago's ``Coles, Stuart. *An Introduction to …*.
Springer Series in Statistics. London: Springer London, 2001.`` A work named ``… Series …`` (or ``Lecture
Notes in …``) between the title and the imprint, with no ``In`` before it, is the series; so is the name MLA
sets after a book's publisher and year (``Cambridge UP, 2000. Cambridge Studies in African and Caribbean
Literature 8.``)."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.mends.society_series import SERIES_CLOSING
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# the words that name a series of books
_SERIES_WORDS = lazy_pattern(r"\b(?:Series|Lecture\s+Notes|Monographs|(?:Lectures|Texts|Books)\s+(?:in|on)\s+[A-Z])")
_IN = lazy_pattern(r"(?i)^\s*in\b")
_IMPRINT = frozenset(["location", "publisher"])


@needs(labels=["title", "container-title"], any_label=_IMPRINT)
def series_read_as_container(spans: list[Span], text: str) -> list[Span]:
    """``Title. | Springer Series in Statistics. | London: | Springer London,`` with the series read as the
    container: between the title and the imprint, a name of a series is the collection's title."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label != "container-title" or spans[k - 1].label != "title" or spans[k + 1].label not in _IMPRINT:
            continue
        if not _SERIES_WORDS.search(s.text) or _IN.match(s.text) or _IN.match(text[spans[k - 1].end : s.start]):
            return spans
        return [*spans[:k], Span("collection-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a series' number closing the name, no year: "Corpus Christianorum Continuatio Mediaevalis CCCM 91A"
_IN_WORD = lazy_pattern(r"(?i)(?:^|[\s.,;])in\b")
_CLOSING_NUMBER = lazy_pattern(r"\s(?!1[5-9]\d\d\b|20\d\d\b)\d{1,4}[A-Z]?[\s.,;]*$")


@needs(labels=["title", "editor", "container-title"], any_label=_IMPRINT)
def numbered_series_after_editors(spans: list[Span], text: str) -> list[Span]:
    """``*Liber divinorum operum*. A. Derolez and P. Dronke eds., Corpus Christianorum … CCCM 92 (Turnhout:
    Brepols, 1996)`` with the numbered series read as the container: an edition's editors follow its title,
    and a name with a number after them, with no ``In`` and the imprint next, is the series (a chapter names
    its book before the book's editors)."""
    for k in range(2, len(spans) - 1):
        s = spans[k]
        if s.label != "container-title" or spans[k - 1].label != "editor" or spans[k - 2].label != "title":
            continue
        if spans[k + 1].label not in _IMPRINT or not _CLOSING_NUMBER.search(s.text) or _IN.match(s.text):
            return spans
        if _IN_WORD.search(text[spans[k - 2].end : spans[k - 1].end]):
            return spans  # "Title. In: Wallach H, … (eds) Advances in …": the editors of the book the chapter is in
        return [*spans[:k], Span("collection-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


_SERIES_NUMBER = lazy_pattern(r"\d{1,4}[A-Z]?[.,;]?")


@needs(labels=["title", "editor", "journal", "volume"], any_label=_IMPRINT)
def numbered_series_read_as_journal(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``*I libri della famiglia*. Edited by …. Nuova universale Einaudi 102. Torino: Giulio Einaudi,
    1994.`` with the numbered series read as a journal and its volume: after an edition's editors, a name and a
    bare number with the imprint next are the book's series."""
    for k in range(2, len(spans) - 2):
        s, number = spans[k], spans[k + 1]
        if s.label != "journal" or number.label != "volume" or spans[k - 1].label != "editor":
            continue
        if spans[k - 2].label != "title" or spans[k + 2].label not in _IMPRINT:
            return spans
        if not _SERIES_NUMBER.fullmatch(number.text.strip()) or _IN_WORD.search(text[spans[k - 2].end : s.start]):
            return spans
        return [*spans[:k], Span("collection-title", text[s.start : number.end], s.start, number.end), *spans[k + 2 :]]
    return spans


_NUMBERS = frozenset(["volume", "issue", "date"])
_BOOK_MARKS = frozenset(["location", "publisher", "container-title", "journal", "editor"])


@needs(labels=["title", "collection-title", "volume", "pages"], without=["location", "publisher", "journal"])
def journal_read_as_series(spans: list[Span], text: str) -> list[Span]:
    """``"Title", Proceedings of the Missisquoi Historical Society, 20 (1990) 10-24.`` with the journal read as a
    series: a name no series word marks, right after the title and followed only by a volume, the date and
    the pages, in a reading with no imprint or container, is the journal."""
    if any(s.label in _BOOK_MARKS for s in spans):
        return spans
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label != "collection-title" or spans[k - 1].label != "title":
            continue
        if _SERIES_WORDS.search(s.text) or SERIES_CLOSING.search(s.text.rstrip()):
            continue
        after = [x.label for x in spans[k + 1 :]]
        if after[:1] != ["volume"] or "pages" not in after or any(a not in _NUMBERS | {"pages"} for a in after):
            return spans
        return [*spans[:k], Span("journal", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# the last sentence of a title span, a series' name in title case: "The International Critical Commentary.",
# "Oxford Mathematical Monographs.", "Graduate Texts in Mathematics."
_SERIES_SENTENCE = lazy_pattern(
    r"(?<=[^\W\d_]{2})[.?!]\s+(?P<series>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|in|on|and|for|the|&)){0,8}"
    r"\s+(?:Series|Monographs|Commentary|Lecture\s+Notes(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?"
    r"|Texts\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|Series\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))\.?\s*$"
)


# SBL's and Chicago's numbered series as the title's last sentence before "Place:": "Arbeiten zur Geschichte des
# antiken Judentums und des Urchristentums 32.", "Studies in Biblical Literature 12." (not a year)
_NUMBERED_SERIES_SENTENCE = lazy_pattern(
    r"(?<=[^\W\d_]{2})[.?!]\s+(?P<series>[A-Z][\w'’&-]*(?:\s+[^\W\d_][\w'’&-]*){0,11}?(?:\s+[A-Z][\w'’&-]*)?"
    r"\s+(?!1[5-9]\d\d\b|20\d\d\b)\d{1,4})\.?\s*$"
)
# a part of the book, not a series: "Part 2.", "Vol. 3", "Band 2", "Book 4"
_PART_WORD = lazy_pattern(r"(?i)^(?:part|vol|volume|book|band|teil|tome|tomo|no|number|chapter|act|issue)\b")


@needs(labels=["title"], any_label=_IMPRINT, without=["collection-title", "container-title", "journal"])
def series_sentence_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``Title. | The International Critical Commentary. T&T Clark,`` or ``Title. Oxford Mathematical Monographs. |
    Oxford University Press,`` (or a numbered series before the place, ``Title. Arbeiten zur Geschichte … 32. |
    Leiden:``) with the series read into the book's title: the title's last sentence, a series' name in title case
    right before the imprint, is the collection's title."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "title" or spans[k + 1].label not in _IMPRINT:
            continue
        m = _SERIES_SENTENCE.search(s.text)
        if m is None and spans[k + 1].label == "location" and "*" not in s.text and "_" not in s.text:
            # (an italic title closes on its own mark: what follows it may be more than the series)
            m = _NUMBERED_SERIES_SENTENCE.search(s.text)
            if m is not None and (
                _PART_WORD.match(m["series"])
                or not m["series"].rsplit(None, 2)[-2][:1].isupper()
                or len(s.text[: m.start()].split()) < 2
            ):
                return spans
        if m is None or _IN.match(m["series"]):
            return spans
        a = m.start("series")
        head = s.text[: m.start() + 1]
        series = Span("collection-title", s.text[a:], s.start + a, s.end, s.confidence)
        return [*spans[:k], Span("title", head, s.start, s.start + len(head), s.confidence), series, *spans[k + 1 :]]
    return spans


# a name in title case that ends on the word: "SAGE QASS Series.", "Quantitative Applications Series"
_SERIES_NAME = lazy_pattern(r"^\s*[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|in|on|and|for|the|&)){0,8}\s+Series\.?\s*$")


@needs(labels=["title", "publisher"], without=["location", "collection-title"], words=["series"])
def series_read_as_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Title. SAGE QASS Series.`` with the series read as the publisher: a body that names itself
    ``… Series`` (and no place or second publisher beside it) is the collection's title, not the imprint."""
    found = [k for k, s in enumerate(spans) if s.label == "publisher"]
    if len(found) != 1 or not _SERIES_NAME.match(spans[found[0]].text):
        return spans
    k = found[0]
    s = spans[k]
    return [*spans[:k], Span("collection-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]


_VOL_WORD = lazy_pattern(r"^\s*(?:Vol|vol|Volume|volume)\.?\s*\d")


@needs(labels=["title", "volume"], any_label=_IMPRINT)
def series_volume_before_imprint(spans: list[Span], text: str) -> list[Span]:
    """The physics book ``Title, 3rd ed., Course of Theoretical Physics Vol. 3 (Pergamon, Oxford, 1977).`` with the
    series read as a journal: a name followed by its ``Vol. 3`` and then the book's imprint, with no ``In``
    before it, is the series the book belongs to."""
    for k in range(1, len(spans) - 2):
        s, vol, nxt = spans[k], spans[k + 1], spans[k + 2]
        if s.label not in ("journal", "container-title") or vol.label != "volume" or nxt.label not in _IMPRINT:
            continue
        if spans[k - 1].label not in ("title", "edition") or not _VOL_WORD.match(vol.text) or _IN.match(s.text):
            return spans
        if not text[vol.end : nxt.start + 1].strip().startswith("("):
            return spans  # the imprint in the bracket closing the book, as physics styles write it
        return [*spans[:k], Span("collection-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=["publisher", "date"])
def series_after_imprint_year(spans: list[Span], text: str) -> list[Span]:
    """MLA 9's ``Crossing Press, 2007. Crossing Press Feminist Series.`` with the series read as a second
    publisher: a name of a series that closes the entry after the imprint's year is the collection's title."""
    last = len(spans) - 1
    while last >= 0 and spans[last].label == "url":
        last -= 1
    if last < 2 or spans[last].label != "publisher" or spans[last - 1].label != "date":
        return spans
    s = spans[last]
    if not _SERIES_WORDS.search(s.text) or not any(o.label == "publisher" for o in spans[: last - 1]):
        return spans
    lead = len(s.text) - len(s.text.lstrip(" .,;"))
    a = s.start + lead
    return [*spans[:last], Span("collection-title", text[a : s.end], a, s.end, s.confidence), *spans[last + 1 :]]


# a European list's numbered series after the imprint's year, maybe the pages cited after it: ", Monographien zur
# Geschichte des Mittelalters, Band 38.", ", Spektator Cahiers, 3, p. 13-33.", ", Berliner historische Studien, Bd. 10.
# Ordensstudien IV."
_NUMBERED_SERIES_TAIL = lazy_pattern(
    r"(?P<series>[A-ZÀ-Þ][^\d;:()\[\]*]{2,150}?,\s*(?:(?:Band|Bd\.|nr\.|no\.|vol\.|deel|afl\.)\s*)?"
    r"(?:\d{1,4}|[IVXLC]{1,6})(?:\.\s+[A-ZÀ-Þ][^\d;:()]{2,60}?)?)"
    r"(?:,\s*(?P<pages>(?:pp?|S|blz)\.\s*\d{1,5}(?:\s*[-\u2013]\s*\d{1,5})?))?\.?\s*"
)
_IMPRINT_BEFORE_YEAR = frozenset(["location", "publisher"])
_BOOK_TITLES = frozenset(["title", "container-title"])


@needs(labels=["date"], any_label=_IMPRINT_BEFORE_YEAR)
def numbered_series_after_year(spans: list[Span], text: str) -> list[Span]:
    """A Dutch or German list's ``*Title*. Stuttgart, 1994, Monographien zur Geschichte des Mittelalters, Band 38.``
    with the series read as a journal and its volume (a publisher, a note or a title): after the imprint's town (or
    publisher) and year, a name and its number closing the entry are the book's series."""
    d = next((i for i, s in enumerate(spans) if s.label == "date"), -1)
    if d < 2 or d == len(spans) - 1 or spans[d - 1].label not in _IMPRINT_BEFORE_YEAR:
        return spans
    if not any(s.label in _BOOK_TITLES for s in spans[: d - 1]) or ")" in spans[d].text or "(" in spans[d - 1].text:
        return spans  # (a note's bracketed imprint: "(New York: Wiley, 1998), Net Library e-book, 52." cites a page)
    a = spans[d].end
    if spans[d].text.rstrip().endswith(","):
        a = spans[d + 1].start
    elif text[a:].lstrip().startswith(","):
        a = text.index(",", a) + 1
        a += len(text[a:]) - len(text[a:].lstrip())
    else:
        return spans
    if (m := _NUMBERED_SERIES_TAIL.fullmatch(text, a)) is None or " in:" in text[a:].lower():
        return spans
    z = a + len(m["series"])
    out = [Span("collection-title", m["series"], a, z, spans[d + 1].confidence)]
    if m["pages"]:
        out.append(Span("pages", m["pages"], m.start("pages"), m.end("pages"), spans[-1].confidence))
    return [*spans[: d + 1], *out]


_TRAILING = frozenset(["url", "doi", "note", "accessed"])
# a series' own number: "8.", not a report's "800-88 Rev. 1"
_PLAIN_NUMBER = lazy_pattern(r"^\s*\d{1,4}\s*[.,]?\s*$")


@needs(labels=["title", "publisher", "date", "journal"], without=["container-title", "pages", "issue"])
def series_after_book_imprint(spans: list[Span], text: str) -> list[Span]:
    """MLA's ``Title. Cambridge UP, 2000. | Cambridge Studies in African and Caribbean Literature | 8.`` read as a
    journal and its volume: after a book's publisher and year, a closing name is the book's series (its number
    stays the volume, as ``volume 8 of Series`` gives)."""
    body = [s for s in spans if s.label not in _TRAILING]
    k = next((i for i, s in enumerate(body) if s.label == "journal"), -1)
    if k < 3 or body[k - 1].label != "date" or body[k - 2].label != "publisher":
        return spans
    if any(s.label != "volume" or not _PLAIN_NUMBER.match(s.text) for s in body[k + 1 :]):
        return spans
    j = spans.index(body[k])
    s = spans[j]
    if any(c.isdigit() for c in s.text):
        return spans  # "NIST Special Publication 800-88 Rev. | 1.": a report's number (normalisers.report_series)
    return [*spans[:j], Span("collection-title", s.text, s.start, s.end, s.confidence), *spans[j + 1 :]]


# "Dover Books on Mathematics. Dover Publications Inc.,": the series' sentence, then the publisher's name (or,
# after a comma, a name with a publisher's word: "… Report Series B, University of Helsinki,")
_SERIES_THEN_PUBLISHER = lazy_pattern(r"(?P<series>[A-Z][^.;:]*[^\W\d_]{2})\.\s+(?P<publisher>[A-Z].*)")
_SERIES_COMMA_PUBLISHER = lazy_pattern(r"(?P<series>[A-Z][^.,;:]*\w)\s*,\s+(?P<publisher>[A-Z][^.,;:]*[\w.],?)")
_PUBLISHER_WORD = lazy_pattern(r"\b(?:University|Press|Publishers?|Publishing|Publications|Verlag|Institute)\b")
_BEFORE_IMPRINT = frozenset(["title", "pages"])


@needs(labels=["publisher"], any_label=_BEFORE_IMPRINT)
def series_sentence_opens_publisher(spans: list[Span], text: str) -> list[Span]:
    """The plain style's ``Stochastic Processes. | Dover Books on Mathematics. Dover Publications Inc., 2015.`` (and
    ``…, pages 14–15. | Department of Computer Science Series of Publications B, University of Helsinki, 2017.``)
    with the series read into the publisher: after the title or the pages, a part naming a series before the
    publisher's name is the collection's title."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "publisher" or spans[k - 1].label not in _BEFORE_IMPRINT:
            continue
        body = s.text.rstrip()
        m = _SERIES_THEN_PUBLISHER.fullmatch(body)
        if m is None:
            m = _SERIES_COMMA_PUBLISHER.fullmatch(body)
            if m is not None and not _PUBLISHER_WORD.search(m["publisher"]):
                return spans
        if m is None or not _SERIES_WORDS.search(m["series"]) or _SERIES_WORDS.search(m["publisher"]):
            return spans
        a, z = s.start + m.end("series"), s.start + m.start("publisher")
        return [
            *spans[:k],
            Span("collection-title", text[s.start : a], s.start, a, s.confidence),
            Span("publisher", text[z : s.end], z, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


_TITLES = frozenset(["title", "container-title"])
# a sentence and the town after it in one place span: "Intersections. Leiden:", the series closing before the town
_SENTENCE_THEN_TOWN = lazy_pattern(
    r"^(?P<series>[A-Z][^\d.:;,]*[^\W\d_]{3})\.\s+(?P<town>[A-Z][^.:;,\d]*?)\s*[:,]?\s*$"
)


@needs(labels=["location", "publisher"])
def series_sentence_before_town(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``In *Book*, edited by …, Vol. 56. Intersections. Leiden: Brill, 2018.`` with the series read
    into the place: a sentence before a known town, itself no town, in the place right before the publisher,
    is the series' name (CMOS sets it after the book and before the facts of publication)."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "location" or spans[k + 1].label != "publisher":
            continue
        m = _SENTENCE_THEN_TOWN.match(s.text)
        if m is None or not is_place(m.group("town")) or is_place(m.group("series")):
            return spans
        a, z = m.span("town")
        # (a work has a title before any series: with none read, the sentence is the book's own, "Sejarah Indonesia")
        label = "collection-title" if any(x.label in _TITLES for x in spans) else "title"
        series = Span(label, s.text[: m.end("series")], s.start, s.start + m.end("series"), s.confidence)
        town = Span("location", s.text[a:], s.start + a, s.end, s.confidence)
        return [*spans[:k], series, town, *spans[k + 1 :]]
    return spans


# a series of books named by its own word, its number after it or none: "Loeb Classical Library 18.", "Studies in
# Semitic Languages 12.", "Loeb Classical Library."
_NUMBERED_SERIES = lazy_pattern(
    r"^\s*(?:[A-Z][\w'’-]*\s+){1,6}(?:Library|Series|Studies|Texts|Classics|Monographs|Collection)(?:\s+(?P<number>\d{1,4}))?\.?\s*$"
)
_VOLUMES = lazy_pattern(r"\b\d{1,3}\s*vols?\.?\s*$", re.I)


@needs(labels=["edition"], any_label=_IMPRINT)
def numbered_series_read_as_edition(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``Edited and translated by G. P. Goold. Loeb Classical Library 18. Cambridge, MA: …`` (or ``4 vols.
    Loeb Classical Library. Cambridge, MA: …``) with the series and its number read as the edition: no edition is
    named by a series' words."""
    for k, s in enumerate(spans):
        if s.label != "edition" or (m := _NUMBERED_SERIES.match(s.text)) is None:
            continue
        # (unnumbered, only after the count of volumes, "4 vols. Loeb Classical Library.": the labelled data read
        # the series after a translator's name as the edition)
        if m["number"] is None and _VOLUMES.search(text, 0, s.start) is None:
            continue
        return [*spans[:k], Span("collection-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# Chicago's book editors after the book's title: "edited by Francis P. Dinneen."
_EDITED_BY = lazy_pattern(r"\s*(?:edited|ed\.)\s+by\s")
# a numbered series, then the publisher, in one span: "Linguistics Today 12. John Benjamins."
_NUMBERED_THEN_PUBLISHER = lazy_pattern(
    r"(?P<series>[A-Z][^.;:]*?\s(?!1[5-9]\d\d\b|20\d\d\b)\d{1,4}[A-Z]?)\.\s+(?P<publisher>[A-Z][^.;:]*\.?\s*)"
)


@needs(labels=["container-title", "editor"], any_label=_IMPRINT)
def chapter_series_after_book_editors(spans: list[Span], text: str) -> list[Span]:
    """Chicago's chapter ``In *Book*, edited by Francis P. Dinneen. Monograph Series on Languages and Linguistics
    19. Georgetown University Press.`` with the numbered series joined to the book or run into the publisher:
    a sentence naming a series (or closing on its number) after the book's editors is the collection's title."""
    for k in range(1, len(spans) - 1):
        e, s = spans[k], spans[k + 1]
        if e.label != "editor" or spans[k - 1].label != "container-title" or not _EDITED_BY.match(e.text):
            continue
        if s.label == "container-title" and k + 2 < len(spans) and spans[k + 2].label in _IMPRINT:
            if not (_CLOSING_NUMBER.search(s.text) or _SERIES_WORDS.search(s.text)) or _IN.match(s.text):
                return spans
            return [*spans[: k + 1], Span("collection-title", s.text, s.start, s.end, s.confidence), *spans[k + 2 :]]
        if s.label == "publisher" and (m := _NUMBERED_THEN_PUBLISHER.fullmatch(s.text)) is not None:
            a, z = s.start + m.end("series"), s.start + m.start("publisher")
            return [
                *spans[: k + 1],
                Span("collection-title", text[s.start : a], s.start, a, s.confidence),
                Span("publisher", text[z : s.end], z, s.end, s.confidence),
                *spans[k + 2 :],
            ]
        return spans
    return spans
