"""Mends of MLA 9's imprint: ``Publisher, Year`` with no place, and ``edited by Name, Publisher,``.

MLA 9 names no place of publication: the name between the title (or its contributors) and the year
is the publisher. The model, used to ``Place: Publisher`` and ``Place, Year``, reads a lone name
there as the place (``Houghton, 1963``, ``Vintage, 1990``), splits a name joined by "and" into place
and publisher (``Little | and Sons, 1998``), and reads the publisher after ``edited by Name,`` among
the editors. MLA lists three or more contributors with a comma before the last "and"; a list without
it ends at its first comma.
"""

from __future__ import annotations

import re
from dataclasses import replace

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided, emphasis_runs, span_within
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.mends.publishers import PUBLISHER_WORD
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_JOINED = lazy_pattern(r"^\s*(?:and|&)\s+\S", re.I)
# MLA's university presses: "Indiana UP", "U of Tennessee P", "East Tennessee State P"
_PRESS = lazy_pattern(r"(?:\bU\s+of\b.*|\bU?P)\s*[.,]?\s*$")
_ROLE = lazy_pattern(r"^\s*(?:edited|translated)\s+by\s+", re.I)
_SERIAL_AND = lazy_pattern(r",\s+(?:and|&)\s+", re.I)
_FIRST_COMMA = lazy_pattern(r",\s+")
_NAME = lazy_pattern(r"^[A-Z]")


@needs(labels=("location", "publisher"))
def joined_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Little | and Sons,`` read as place and publisher: a publisher's name does not open with
    "and", so the place before it is the name's beginning."""
    for k in range(1, len(spans)):
        prev, s = spans[k - 1], spans[k]
        if prev.label == "location" and s.label == "publisher" and _JOINED.match(s.text) and ":" not in prev.text:
            joined = Span("publisher", text[prev.start : s.end], prev.start, s.end, min(prev.confidence, s.confidence))
            return [*spans[: k - 1], joined, *spans[k + 1 :]]
    return spans


@needs(labels=("location", "date"), without=["publisher"])
def publisher_without_place(spans: list[Span], text: str) -> list[Span]:
    """``Houghton, 1963.`` read as the place, no publisher read: a name and a comma right before the
    year, no place and not after a colon, is the publisher where it has a publisher's word, joins two
    imprints with a slash (``Bedford / St. Martin's``) or follows MLA's contributors ("Edited by Leon Edel,
    Houghton, 1963", with or without an edition between)."""
    labels = {s.label for s in spans}
    if "publisher" in labels or "location" not in labels or "date" not in labels:
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "location" or nxt.label != "date" or ":" in s.text or not s.text.rstrip().endswith(","):
            continue  # MLA sets a comma between the publisher and the year
        name = s.text.strip(" ,.")
        if not _NAME.match(name) or is_place(name):
            continue
        if PUBLISHER_WORD.search(name) or _PRESS.search(name) or " / " in name or _after_contributors(spans, k):
            return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# the title's last sentence: a stop after a word of two letters or more (not an initial, not "Vol."), then a short
# capitalised name running to the comma before the year
_LAST_SENTENCE = lazy_pattern(
    r"(?<![\s.][A-Z])(?<!\bVol)(?<!\bNo)(?<!\bEd)(?<!\bed)(?<!\bSt)\.\s+"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|the|de|&)){0,5})\s*,\s*$"
)
_NOT_BEFORE_IMPRINT = frozenset(["publisher", "location", "container-title", "volume", "issue", "pages", "editor"])


@needs(labels=["date"], any_label=("title", "journal"), without=_NOT_BEFORE_IMPRINT)
def publisher_after_title_stop(spans: list[Span], text: str) -> list[Span]:
    """MLA 9's and the Chicago note's ``Title. Biblioteca Ayacucho, 1977.`` read as one title (or journal): the
    short name after the title's last stop, set with a comma right before the year, is the publisher."""
    if any(s.label in _NOT_BEFORE_IMPRINT for s in spans):
        return spans  # a journal's numbers or an imprint read elsewhere
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in ("title", "journal") or nxt.label != "date" or text[s.end : nxt.start].strip():
            continue
        if (m := _LAST_SENTENCE.search(s.text)) is None or not s.text[: m.start()].strip():
            return spans
        if s.label == "journal" and any(t.label == "title" for t in spans):
            return spans
        cut, at = s.start + m.start(), s.start + m.start("name")
        title = Span("title", text[s.start : cut + 1], s.start, cut + 1, s.confidence)
        return [*spans[:k], title, Span("publisher", text[at : s.end], at, s.end, s.confidence), *spans[k + 1 :]]
    return spans


_CONTRIBUTORS = frozenset(["editor", "translator", "director"])
# MLA 9 writes the role out ("Edited by", "Translated by"); "ed." and "trans." are Chicago's, whose
# imprint may be a lone place ("trans. Gerald M. Browne. Grand Rapids, 2002.")
_MLA_ROLE = lazy_pattern(r"^\s*(?:edited|translated|directed|performance)\s+by\b", re.I)


def _mla_contributors(span: Span) -> bool:
    return span.label in _CONTRIBUTORS and _MLA_ROLE.match(span.text) is not None


def _after_contributors(spans: list[Span], k: int) -> bool:
    """Whether MLA's contributors come right before span ``k``, or before the edition right before it
    (``edited by …, 11th ed., Bedford / St. Martin's, 2017``)."""
    j = k - 1 if k > 0 and spans[k - 1].label != "edition" else k - 2
    return j >= 0 and _mla_contributors(spans[j])


_CONTAINERS = frozenset(["journal", "container-title"])
_AFTER_ITALICS = lazy_pattern(r"\*?\s*[,.]\s+(?=[A-Z])")
_NUMBERING = lazy_pattern(
    r"(?i)\b(?:vol|ed|edn|edited|translated|season|episode|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec"
    r"|january|february|march|april|june|july|august|september|october|november|december"
    r"|spring|summer|fall|autumn|winter)\b\.?|\d"
)


@needs(any_label=_CONTAINERS, without=["publisher"], marks=["*"])
def publisher_after_container(spans: list[Span], text: str) -> list[Span]:
    """``*Essays on the Atlantic*, U of Nebraska P, | 2010`` read as one container, no publisher read:
    the container's title ends with its italics, and a name after them with no number, right before
    the date or the address, is the publisher."""
    if "*" not in text or "publisher" in labels_of(spans):
        return spans
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label not in _CONTAINERS or spans[k + 1].label not in ("date", "url"):
            continue
        for run in emphasis_runs(text):
            if not s.start <= run.text_end < s.end:
                continue
            lead = _AFTER_ITALICS.match(text, run.text_end)
            if lead is None or lead.end() >= s.end:
                continue
            rest = text[lead.end() : s.end].strip(" ,.")
            if rest and not _NUMBERING.search(rest):
                return divided(spans, k, run.text_end - s.start, lead.end() - s.start, s.label, "publisher")
    return spans


@needs(any_label=("editor", "translator"), words=["edited by", "translated by"])
def editors_end_at_comma(spans: list[Span], text: str) -> list[Span]:
    """``edited by Jax Ridley, East Tennessee State P,`` read as editors, no publisher read: without
    MLA's comma before the last "and", the names end at the first comma and the publisher follows. A name
    read as the publisher after the year is then the series MLA 9 closes with (``Simon & Schuster, 2012.
    Folger Shakespeare Library.``)."""
    for k, s in enumerate(spans):
        if s.label not in ("editor", "translator") or (role := _ROLE.match(s.text)) is None:
            continue
        if any(x.label == "publisher" for x in spans[: k + 2]):
            return spans
        if k + 1 < len(spans) and spans[k + 1].label == "author" and _JOINED.match(spans[k + 1].text):
            # "Translated by Constance Borde | and Sheila Malovany-Chevallier, Alfred A. Knopf,": the second
            # name, read as an author, continues the list
            nxt = spans[k + 1]
            s = Span(s.label, text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
            spans = [*spans[:k], s, *spans[k + 2 :]]
        body = s.text[role.end() :]
        cut = _FIRST_COMMA.search(body)
        if cut is None or _SERIAL_AND.search(body) or not _NAME.match(body[cut.end() :]):
            continue
        if k + 1 >= len(spans) or spans[k + 1].label != "date":
            continue
        a, z = role.end() + cut.start(), role.end() + cut.end()
        series = [x if x.label != "publisher" else Span("collection-title", x.text, x.start, x.end, x.confidence)
                  for x in spans[k + 2 :]]
        return divided([*spans[: k + 2], *series], k, a, z, s.label, "publisher")
    return spans


# the title quoted, as MLA sets a part of a larger work (an entry, an article, a page)
_QUOTED_TITLE = lazy_pattern(r"^\s*[\"“‘'«].*[\"”’'»][.,]?\s*$")
_SENTENCE_THEN_NAME = lazy_pattern(r"(?<=[^\W\d_]{2})\.\s+(?=[A-Z])")


@needs(labels=("title", "publisher"), without=("container-title", "journal"))
def container_before_publisher(spans: list[Span], text: str) -> list[Span]:
    """MLA's ``“Metaphor.” Oxford English Dictionary. Oxford University Press, 1992.`` with the work the quoted
    part is in read into the publisher: before the sentence naming the publisher, it is the container."""
    for k in range(1, len(spans)):
        t, s = spans[k - 1], spans[k]
        if s.label != "publisher" or t.label != "title" or not _QUOTED_TITLE.match(t.text):
            continue
        cuts = list(_SENTENCE_THEN_NAME.finditer(s.text))
        if not cuts:  # MLA 9's "Notes of a Native Son, Beacon Press, 1955,": the two set off by a comma
            cuts = list(_FIRST_COMMA.finditer(s.text.rstrip(" ,.")))
            if len(cuts) != 1 or is_place(s.text[: cuts[0].start()]) or len(s.text[: cuts[0].start()].split()) < 2:
                return spans
            return _container_then_publisher(spans, k, cuts[0].start(), cuts[0].end())
        if len(cuts) != 1:
            return spans
        return _container_then_publisher(spans, k, cuts[0].start() + 1, cuts[0].end())
    return spans


def _container_then_publisher(spans: list[Span], k: int, a: int, z: int) -> list[Span]:
    """The publisher span ``spans[k]`` cut at ``a``-``z`` into the container and the publisher, where only the words
    after the cut name a publisher."""
    text = spans[k].text
    head, tail = text[:a], text[z:]
    if PUBLISHER_WORD.search(head) or not (PUBLISHER_WORD.search(tail) or _PRESS.search(tail)):
        return spans
    return divided(spans, k, a, z, "container-title", "publisher")


# "Multilingual Learners and Academic Literacies, Abingdon-on-Thames: Routledge,": a book, then its imprint
BOOK_THEN_IMPRINT = lazy_pattern(r"^(?P<book>[^,:;]{3,}?),\s+(?P<place>[^,:;]{2,40}?)\s*:\s*(?P<pub>\S.*)$")


@needs(labels=("title", "publisher"), without=("container-title", "journal", "location"))
def book_before_imprint(spans: list[Span], text: str) -> list[Span]:
    """``“Title.” Book, Abingdon-on-Thames: Routledge, pp. 117–44.`` (a chapter in an MLA-like list) with the
    book read into the publisher: before a known place and its colon, the words are the book the part is in."""
    for k in range(1, len(spans)):
        t, s = spans[k - 1], spans[k]
        if s.label != "publisher" or t.label != "title" or not _QUOTED_TITLE.match(t.text):
            continue
        m = BOOK_THEN_IMPRINT.match(s.text)
        if m is None or not is_place(m.group("place")):
            return spans
        parts = [("container-title", "book"), ("location", "place"), ("publisher", "pub")]
        mended = [Span(label, m.group(g), s.start + m.start(g), s.start + m.end(g), s.confidence) for label, g in parts]
        return [*spans[:k], *mended, *spans[k + 1 :]]
    return spans


@needs(labels=["date"], any_label=_CONTAINERS, without=["publisher"], words=["edited by", "translated by"])
def publisher_after_contributors(spans: list[Span], text: str) -> list[Span]:
    """MLA 9's ``“Title.” NASA’s Journey to Mars: Videos, | edited by Sarah Loff, | National Aeronautics and Space
    Administration, | 30 July 2015,`` with the publisher read as a second container: after the container (or a
    second title after the quoted one: the container) and its contributors, a name right before the date is
    the publisher."""
    if "publisher" in labels_of(spans):
        return spans
    for k in range(2, len(spans) - 1):
        s, work = spans[k], spans[k - 2]
        if (
            s.label not in _CONTAINERS
            or spans[k + 1].label != "date"
            or not _mla_contributors(spans[k - 1])
            or _NUMBERING.search(s.text)
        ):
            continue
        publisher = Span("publisher", s.text, s.start, s.end, s.confidence)
        if work.label in _CONTAINERS:
            return [*spans[:k], publisher, *spans[k + 1 :]]
        quoted_before = k >= 3 and spans[k - 3].label == "title" and _QUOTED_TITLE.match(spans[k - 3].text)
        if work.label == "title" and quoted_before:
            container = Span("container-title", work.text, work.start, work.end, work.confidence)
            return [*spans[: k - 2], container, spans[k - 1], publisher, *spans[k + 1 :]]
    return spans


# a volume's marker read alone, its designation opening the next span: MLA 9's "8th ed., vol. E, W. W. Norton,"
_MARKER_ALONE = lazy_pattern(r"^\s*(?:vols?|Bd|t|tome|tomo)\.\s*$", re.I)
_DESIGNATION = lazy_pattern(r"^\s*(?:[A-Z]{1,2}|[IVXLC]{1,6}|\d{1,4}[A-Za-z]?)\s*,(?=\s+\S)")


@needs(labels=["volume"])
def volume_after_marker(spans: list[Span], text: str) -> list[Span]:
    """``vol. | E, W. W. Norton,`` with the volume's letter read into the publisher: what follows a lone
    ``vol.`` up to its comma is the volume."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "volume" or not _MARKER_ALONE.match(s.text) or (m := _DESIGNATION.match(nxt.text)) is None:
            continue
        z = nxt.start + m.end()
        volume = Span("volume", text[s.start : z], s.start, z, min(s.confidence, nxt.confidence))
        rest = span_within(nxt, text, z, nxt.end)
        return [*spans[:k], volume, *([rest] if rest is not None else []), *spans[k + 2 :]]
    return spans


# MLA 9's book read in a database: "Title. Publisher, Year. Database, URL." (the second container, where the copy
# was read, before its address)
_IMPRINT_THEN_DATABASE = lazy_pattern(
    r"(?P<title>[^\W\d_].{1,300}?[^\W\d_?!][.?!])\s+(?P<pub>[A-Z][^.,;:()]{1,60}),\s+"
    r"(?P<year>(?:1[5-9]|20)\d\d)\.\s+(?P<db>[A-Z][^.,;:()]{1,50}),?\s*"
)
_IMPRINT_HELD = frozenset(["title", "date", "publisher", "note"])


@needs(labels=("title", "url"), without=("container-title", "journal", "location", "volume", "pages"))
def database_after_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Darwin, Charles. On the Origin of Species. John Murray, 1859. Google Books, books.google.com/…`` with
    the publisher read into the title and the database as the publisher: the title, the publisher, the year, and
    the database kept as a note."""
    t = next((k for k, s in enumerate(spans) if s.label == "title"), None)
    u = next((k for k, s in enumerate(spans) if s.label == "url"), None)
    if t is None or u is None or u <= t or any(s.label not in _IMPRINT_HELD for s in spans[t:u]):
        return spans
    m = _IMPRINT_THEN_DATABASE.fullmatch(text, spans[t].start, spans[u].start)
    if m is None:
        return spans
    c = min(s.confidence for s in spans[t:u])
    parts = [("title", "title"), ("publisher", "pub"), ("date", "year"), ("note", "db")]
    new = [Span(label, m[g], *m.span(g), c) for label, g in parts]
    if [(s.label, s.start, s.end) for s in spans[t:u]] == [(s.label, s.start, s.end) for s in new]:
        return spans
    return [*spans[:t], *new, *spans[u:]]


@needs(labels=("publisher", "date", "url"))
def database_read_as_second_publisher(spans: list[Span], text: str) -> list[Span]:
    """MLA 9's ``Loeb-Harvard UP, 1920. Perseus Digital Library, www.perseus…`` with the database read as a second
    publisher after the year: where the copy was read, a note."""
    for k in range(2, len(spans) - 1):
        p0, d, p1, u = spans[k - 2], spans[k - 1], spans[k], spans[k + 1]
        if (p0.label, d.label, p1.label, u.label) != ("publisher", "date", "publisher", "url"):
            continue
        if not d.text.rstrip().endswith(".") or not p1.text.rstrip().endswith(","):
            return spans
        return [*spans[:k], replace(p1, label="note"), *spans[k + 1 :]]
    return spans


# MLA 7's "Ed. Molly Meijer Wertheimer. Columbia: University of South Carolina Press," after the book: the editors'
# sentence (initials inside it), then a town, a colon and the publisher (or the span's end)
_EDITORS_THEN_IMPRINT = lazy_pattern(
    r"^(?P<ed>(?:Eds?\.|Edited\s+by)\s+(?:[A-Z]\.\s*|[^.:;\d])+?\.)\s+(?P<place>[A-Z][^.:;\d]{1,60}?)\s*:\s*(?=[A-Z]|$)"
)
# a town's one to three capitalised words, and a state's or country's after a comma ("Columbia", "Ann Arbor, MI")
_TOWN_WORDS = lazy_pattern(r"^[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,2}(?:,\s[A-Z][\w.]+)?$")
_IMPRINT_PARTS = frozenset(["publisher", "location", "editor"])


@needs(any_label=_IMPRINT_PARTS, words=["ed.", "eds.", "edited by"])
def editors_opening_imprint(spans: list[Span], text: str) -> list[Span]:
    """``*Book*. Ed. Name. Place: Publisher, 1997.`` read whole as the publisher, or ``Ed. Name. Place:`` as the
    place or the editors: the editors' sentence is the editors, the town before the colon the place."""
    for k, s in enumerate(spans):
        if s.label not in _IMPRINT_PARTS or (m := _EDITORS_THEN_IMPRINT.match(s.text)) is None:
            continue
        if not (is_place(m.group("place")) or _TOWN_WORDS.match(m.group("place"))):
            return spans
        ed = m.group("ed")
        a, b = s.start + m.start("place"), s.start + m.end()
        parts = [
            Span("editor", ed, s.start, s.start + len(ed), s.confidence),
            Span("location", text[a:b].rstrip(), a, a + len(text[a:b].rstrip()), s.confidence),
            Span("publisher", text[b : s.end], b, s.end, s.confidence),
        ]
        return [*spans[:k], *(p for p in parts if p.text.strip()), *spans[k + 1 :]]
    return spans


_QUOTED = lazy_pattern(r"^\s*[\"“]")
_BARE_YEAR = lazy_pattern(r"^\s*(?:1[5-9]\d\d|20\d\d),\s*$")
_MLA_PAGES = lazy_pattern(r"^\s*pp?\.\s*\d")
# a publisher's short name: one to three capitalised words ("HarperCollins", "Vintage Books", "Oxford UP")
_SHORT_NAME = lazy_pattern(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")


@needs(labels=("title", "date", "pages"), any_label=_CONTAINERS, without=("publisher", "volume", "issue"))
def publisher_after_plain_container(spans: list[Span], text: str) -> list[Span]:
    """MLA's ``"Sweat." The Complete Stories, HarperCollins, 1995, pp. 73-85.`` copied without italics, read as
    one journal: a journal in MLA has its ``vol.``, a magazine its date, so a short name after the container's
    comma, right before a bare year and the pages, is the book's publisher."""
    for k in range(1, len(spans) - 2):
        s, title = spans[k], spans[k - 1]
        if s.label not in _CONTAINERS or title.label != "title" or not _QUOTED.match(title.text):
            continue
        if spans[k + 1].label != "date" or not _BARE_YEAR.match(spans[k + 1].text):
            return spans
        if spans[k + 2].label != "pages" or not _MLA_PAGES.match(spans[k + 2].text):
            return spans
        head, comma, tail = s.text.rstrip().rstrip(",").rpartition(", ")
        name = tail.strip(" .")
        if not comma or not head.strip() or _NUMBERING.search(name) or is_place(name):
            return spans
        if not _SHORT_NAME.fullmatch(name) and not PUBLISHER_WORD.search(name) and not _PRESS.search(name):
            return spans
        return divided(spans, k, len(head), len(head) + len(comma), "container-title", "publisher")
    return spans
