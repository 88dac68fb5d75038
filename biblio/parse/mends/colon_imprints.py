"""Mends of ``Place: Publisher`` read whole as the publisher: ``Poole: Bournemouth University.``,
``Boca Raton, Fla.: CRC Press/Taylor and Francis.``, ``Devizes: Wiltshire Record Society.``,
IOP's ``(Boca Raton, FL: CRC Press)``

Harvard (as APA before its 7th edition, and Chicago) writes the place, a colon, then the publisher.
Where no place was read, a publisher span holding one colon, with a short name before it (a city,
perhaps with its state: capitalised words, no digits, no publisher's word) and a name after it, is
the place and the publisher.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided, joined_pair
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.mends.publishers import PUBLISHER_WORD
from biblio.parse.mends.reprints import opens_on_reprint
from biblio.parse.normalisers.dates import ACCESS_LEAD
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_COLON = lazy_pattern(r"\s*:\s+")
# "Poole", "Boca Raton, Fla.", "Cambridge, Mass.", "New York, NY"
# (a Romance particle may join the words: "Ciudad de México", "Rio de Janeiro")
_PLACE_NAME = lazy_pattern(
    r"^[A-Z][\w'.-]*(?:\s+(?:(?:de|del|do|da|di|du|la)\s+)?[A-Z][\w'.-]*){0,2}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?$"
)
_NAME = lazy_pattern(r"^[\"'“]?[A-Z]")


@needs(labels=["publisher"], without=["location"], marks=[":"])
def place_colon_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Poole: Bournemouth University.`` read as the publisher, no place read: the name before the
    colon is the place."""
    if ":" not in text or "location" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "publisher" or s.text.count(":") != 1 or (m := _COLON.search(s.text)) is None:
            continue
        # IOP and the AAS journals set the imprint in brackets: "(Boca Raton, FL: CRC Press)"
        head, tail = s.text[: m.start()].strip().lstrip("("), s.text[m.end() :].strip(" .,;)")
        if _PLACE_NAME.match(head) and not PUBLISHER_WORD.search(head) and _NAME.match(tail):
            return divided(spans, k, m.start(), m.end(), "location", "publisher")
    return spans


@needs(labels=("publisher", "location"), marks=[":"])
def second_publisher_in_place(spans: list[Span], text: str) -> list[Span]:
    """Two publishers after one place, ABNT's and Brazilian Chicago's ``Rio de Janeiro: Relume Dumará:
    FAPERJ`` or ``São Paulo: Pioneira : Ed. da Universidade``, read with the first publisher in the place:
    what follows the place's colon joins the publisher."""
    for k in range(len(spans) - 1):
        place, pub = spans[k], spans[k + 1]
        if place.label != "location" or pub.label != "publisher" or text[place.end : pub.start].strip(" :"):
            continue
        # (the span may hold the colon closing the first publisher: "São Paulo: Pioneira :")
        held = place.text.rstrip(" :")
        if held.count(":") != 1 or (m := _COLON.search(held)) is None:
            return spans
        head, tail = held[: m.start()].strip(), held[m.end() :].strip()
        if not tail or not tail[0].isalpha() or PUBLISHER_WORD.search(head) or is_place(tail):
            return spans
        if not (is_place(head) or _PLACE_NAME.match(head)):
            return spans
        z, a = place.start + m.start(), place.start + m.end()
        return [
            *spans[:k],
            Span("location", text[place.start : z], place.start, z, place.confidence),
            Span("publisher", text[a : pub.end], a, pub.end, pub.confidence),
            *spans[k + 2 :],
        ]
    return spans


# "New York, NY, USA", "Cham, Switzerland", "Sebastopol, CA, USA": capitalised words parted by commas
_PLACE_LIST = lazy_pattern(
    r"^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}(?:,\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}){0,3}$"
)


@needs(labels=("publisher", "location"), marks=[":"])
def publisher_colon_place(spans: list[Span], text: str) -> list[Span]:
    """The ACS's and MDPI's ``Wiley-Interscience: New York, NY, USA, 1982`` (publisher, a colon, then
    the place) read with the colon inside the publisher (``Springer: Cham`` | ``Switzerland``) or
    the place (``O’Reilly Media,`` | ``Inc.: Sebastopol, CA, USA``): the colon divides the two."""
    if ":" not in text:
        return spans
    for k in range(len(spans) - 1):
        pub, place = spans[k], spans[k + 1]
        if pub.label != "publisher" or place.label != "location" or pub.end > place.start:
            continue
        whole = text[pub.start : place.end]
        if whole.count(":") != 1 or (m := _COLON.search(whole)) is None:
            return spans
        colon, after = pub.start + m.start(), pub.start + m.end()
        # (a colon opening the publisher's span leaves no publisher before it: no such imprint)
        if colon <= pub.start or colon == pub.end - 1 or not _PLACE_LIST.match(text[after : place.end].strip(" .,;")):
            return spans
        return [
            *spans[:k],
            Span("publisher", text[pub.start : colon], pub.start, colon, pub.confidence),
            Span("location", text[after : place.end], after, place.end, place.confidence),
            *spans[k + 2 :],
        ]
    return spans


# "…; IntechOpen:" — a semicolon, then a name closed by the imprint's colon
_SEMICOLON_PUBLISHER = lazy_pattern(r";\s+(?P<publisher>[A-Z][^;:]{1,60}?)\s*:\s*$")


@needs(labels=["location"], without=["publisher"], marks=[";"])
def publisher_after_semicolon(spans: list[Span], text: str) -> list[Span]:
    """The ACS's and MDPI's ``In Book Title; IntechOpen: London, UK, 2018`` with the publisher read
    into the book's title: before the place, what follows the title's semicolon is the publisher."""
    if ";" not in text or "publisher" in labels_of(spans):
        return spans
    for k in range(len(spans) - 1):
        s, place = spans[k], spans[k + 1]
        if s.label not in ("container-title", "title", "note") or place.label != "location":
            continue
        m = _SEMICOLON_PUBLISHER.search(s.text)
        if m is None or not _PLACE_LIST.match(place.text.strip(" .,;")):
            continue
        a, z = s.start + m.start("publisher"), s.start + m.end("publisher")
        head = s.start + m.start()
        return [
            *spans[:k],
            Span(s.label, text[s.start : head], s.start, head, s.confidence),
            Span("publisher", text[a:z], a, z, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


@needs(labels=("location", "publisher"), marks=[":"])
def place_runs_past_colon(spans: list[Span], text: str) -> list[Span]:
    """``Santa Fe, NM: Santa | Fe Institute.`` with the place read past the imprint's colon into the
    publisher's first words: the colon divides the two."""
    if ":" not in text:
        return spans
    for k in range(len(spans) - 1):
        place, pub = spans[k], spans[k + 1]
        if place.label != "location" or pub.label != "publisher" or place.text.count(":") != 1:
            continue
        m = _COLON.search(place.text)
        if m is None or not place.text[m.end() :].strip() or text[place.end : pub.start].strip():
            continue
        if not _PLACE_LIST.match(place.text[: m.start()].strip().lstrip("(")):
            continue
        colon, after = place.start + m.start(), place.start + m.end()
        return [
            *spans[:k],
            Span("location", text[place.start : colon], place.start, colon, place.confidence),
            Span("publisher", text[after : pub.end], after, pub.end, pub.confidence),
            *spans[k + 2 :],
        ]
    return spans


@needs(labels=("location", "publisher"), marks=[":"])
def place_stops_short_of_colon(spans: list[Span], text: str) -> list[Span]:
    """AAAI's ``1-15. Punta Cana | , Dominican Republic: Association for Computational Linguistics.`` with the
    place cut at its comma and its country read into the publisher: the place runs to the colon."""
    for k in range(len(spans) - 1):
        place, pub = spans[k], spans[k + 1]
        if place.label != "location" or pub.label != "publisher" or not pub.text.startswith(","):
            continue
        m = _COLON.search(pub.text)
        if m is None or pub.text.count(":") != 1 or text[place.end : pub.start].strip():
            return spans
        colon, after = pub.start + m.start(), pub.start + m.end()
        if not pub.text[m.end() :].strip() or not _PLACE_LIST.match(text[place.start : colon].strip()):
            return spans
        return [
            *spans[:k],
            Span("location", text[place.start : colon], place.start, colon, place.confidence),
            Span("publisher", text[after : pub.end], after, pub.end, pub.confidence),
            *spans[k + 2 :],
        ]
    return spans


_NAME_LABELS = frozenset(["translator", "editor", "author"])
# "C. H. Kerr", "W. W. Norton": a firm named after its founder, by initials and family name
INITIALS_FIRM = lazy_pattern(r"^\s*(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:\s+(?:&|and)\s+\w+\.?)?\s*[,.;]?\s*$")


@needs(labels=["location"], without=["publisher"], marks=[":"])
def initials_publisher_after_place(spans: list[Span], text: str) -> list[Span]:
    """A note's imprint ``(Chicago, IL: C. H. Kerr, [1859] 1911)`` with the publisher, named by a person's
    initials and name, read as a translator: what follows the place's colon is the publisher."""
    for k in range(1, len(spans)):
        place, s = spans[k - 1], spans[k]
        if s.label not in _NAME_LABELS or place.label != "location" or not place.text.rstrip().endswith(":"):
            continue
        if not INITIALS_FIRM.match(s.text):
            continue
        if any(x.label == "title" for x in spans[:k]) and not text[place.end : s.start].strip():
            return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# what may follow a title read as an imprint: its link, nothing
_AFTER_TITLE = frozenset(["url", "doi", "accessed"])


@needs(labels=["location", "publisher"], without=["title", "journal", "container-title"], marks=(":", "("))
def title_read_as_imprint(spans: list[Span], text: str) -> list[Span]:
    """``…, 2024, AutoCodeRover: | Autonomous Program Improvement, | URL`` (a web note's title with its
    subtitle) and APA's ``(2024). Body Mass Index | (BMI). | Retrieved from URL`` (a title closed by its
    abbreviation) read as the place and the publisher, with no title read: where no gazetteer knows the "place"
    and nothing but the link follows, the two are the title."""
    if labels_of(spans) & {"title", "journal", "container-title"}:
        return spans
    for k in range(len(spans) - 1):
        place, pub = spans[k], spans[k + 1]
        if place.label != "location" or pub.label != "publisher":
            continue
        if ":" not in text[place.start : pub.start] and not pub.text.startswith("("):
            continue
        if is_place(place.text) or any(s.label not in _AFTER_TITLE for s in spans[k + 2 :]):
            continue
        title = Span("title", text[place.start : pub.end], place.start, pub.end, min(place.confidence, pub.confidence))
        return [*spans[:k], title, *spans[k + 2 :]]
    return spans


@needs(labels=["location"], without=["publisher"], marks=[":"])
def imprint_in_place(spans: list[Span], text: str) -> list[Span]:
    """``Washington, D.C: Dumbarton Oaks,`` read whole as the place, no publisher read: the colon divides the
    place from the publisher after it."""
    if "publisher" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "location" or s.text.count(":") != 1 or (m := _COLON.search(s.text)) is None:
            continue
        head, tail = s.text[: m.start()].strip().lstrip("("), s.text[m.end() :].strip(" .,;)")
        if _PLACE_LIST.match(head) and _NAME.match(tail) and not is_place(tail):
            return divided(spans, k, m.start(), m.end(), "location", "publisher")
    return spans


_FIRST_COMMA = lazy_pattern(r",\s+")
_DOTTED = lazy_pattern(r"^(?:[A-Z]\.\s?)+[A-Z]?$")  # "D. C", a region's initials


@needs(labels=["location", "date"], without=["publisher"])
def imprint_after_comma(spans: list[Span], text: str) -> list[Span]:
    """``*Title*, London, Allen Lane, 2009.`` read whole as the place, no publisher read: a town the gazetteer
    knows, a comma, then a name that is no place before the year is the publisher (as after a colon)."""
    if "publisher" in labels_of(spans):
        return spans
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "location" or spans[k + 1].label != "date" or ":" in s.text or is_place(s.text):
            continue
        if k == 0 or spans[k - 1].label != "title":
            return spans  # a meeting's "Zurich, Swizerland, 1995" after its proceedings is a place
        if (m := _FIRST_COMMA.search(s.text)) is None:
            return spans
        head, tail = s.text[: m.start()].strip(), s.text[m.end() :].strip(" .,;")
        if is_place(head) and _NAME.match(tail) and not is_place(tail) and "," not in tail and not _DOTTED.match(tail):
            return divided(spans, k, m.start(), m.end(), "location", "publisher")
    return spans


_WORKS_BEFORE_YEAR = frozenset(["title", "journal", "container-title"])


@needs(labels=["title", "date", "publisher", "location"], marks=(";",))
def year_in_title_before_imprint(spans: list[Span], text: str) -> list[Span]:
    """MDPI's report ``Global Status Report on Road Safety 2018; WHO: Geneva, Switzerland, 2018.`` read with the
    title's last words as a journal and its year as the date: a year closed by a semicolon, with the book's
    ``Publisher: Place, Year`` after it, is the title's."""
    dates = [k for k, s in enumerate(spans) if s.label == "date"]
    if len(dates) < 2:
        return spans
    k = dates[0]
    if k < 1 or not spans[k].text.rstrip().endswith(";") or k + 2 >= len(spans):
        return spans
    if [s.label for s in spans[k + 1 : k + 3]] != ["publisher", "location"] or dates[1] != k + 3:
        return spans
    first = k - 1
    while first > 0 and spans[first].label in _WORKS_BEFORE_YEAR - {"title"}:
        first -= 1
    if spans[first].label != "title" or any(s.label not in _WORKS_BEFORE_YEAR for s in spans[first:k]):
        return spans
    z = spans[k].start + len(spans[k].text.rstrip().rstrip(";"))
    title = Span("title", text[spans[first].start : z], spans[first].start, z, spans[first].confidence)
    return [*spans[:first], title, *spans[k + 1 :]]


_BARE_YEAR = lazy_pattern(r"^(?:1[5-9]|20)\d\d\.?$")


@needs(labels=["title", "date", "publisher", "location"])
def year_closing_title_before_place(spans: list[Span], text: str) -> list[Span]:
    """NLM's ``UNICEF. The State of the World's Children 2019. New York: UNICEF; 2019.`` read with the title's
    closing year as the date: a year run on from the title with no mark between (or after a comma: ``Health,
    United States, 2019. Hyattsville, MD: …; 2021.``), before the book's ``Place: Publisher; Year``, is the
    title's."""
    for k in range(1, len(spans) - 3):
        title, year = spans[k - 1], spans[k]
        if title.label != "title" or year.label != "date" or not _BARE_YEAR.match(year.text.strip()):
            continue
        comma = title.text.rstrip().endswith(",")  # "Health, United States, | 2019.": the year after a comma
        if text[title.end : year.start].strip() or not comma and title.text.rstrip()[-1:] in ".,;:!?":
            return spans
        if [s.label for s in spans[k + 1 : k + 3]] not in (["location", "publisher"], ["publisher", "location"]):
            return spans
        if not any(s.label == "date" and (comma or year.text.strip(" .") in s.text) for s in spans[k + 3 :]):
            return spans
        z = year.start + len(year.text.rstrip(" ."))
        return [
            *spans[: k - 1],
            Span("title", text[title.start : z], title.start, z, title.confidence),
            *spans[k + 1 :],
        ]
    return spans


# a short name of a firm closing the reference: "Minuit.", "Random House."
_FIRM = lazy_pattern(r"^[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,4}\s*\.?$")


@needs(labels=["location"], any_label=["journal", "container-title"], without=["publisher", "volume", "issue", "pages"])
def imprint_after_italic_work(spans: list[Span], text: str) -> list[Span]:
    """``1969. *Individu et communauté chez Spinoza*, Paris: Minuit.`` read as a journal, a place and a title: an
    italic work followed only by ``Place: Name.`` is a book, the name after the colon its publisher."""
    if len(spans) < 3 or text[spans[-1].end :].strip(" ."):
        return spans
    work, place, last = spans[-3:]
    if work.label not in ("journal", "container-title") or place.label != "location" or last.label != "title":
        return spans
    if not place.text.rstrip().endswith(":") or not is_place(place.text) or not _FIRM.match(last.text.strip()):
        return spans
    if text[work.start - 1 : work.start] not in ("*", "_") or any(c.isdigit() for c in last.text):
        return spans
    return [
        *spans[:-3],
        Span("title", work.text, work.start, work.end, work.confidence),
        place,
        Span("publisher", last.text, last.start, last.end, last.confidence),
    ]


# the word that opens a journal's name after its short name and a colon: "G-Tech : Jurnal Teknologi Terapan",
# "Dialogia: Revista de …"
_JOURNAL_WORD = r"(?:Jurnal|Journal|Revista|Revue|Rivista|Zeitschrift)\b"
_JOURNAL_OPENING = lazy_pattern(_JOURNAL_WORD)
# a journal's short name before its colon: one word ("G-Tech", "JATI", "Dialogia")
_SHORT_NAME = lazy_pattern(r"[A-Z][\w-]{1,15}")


@needs(
    labels=("location", "publisher"),
    any_label=["volume", "issue", "pages"],
    without=["journal", "container-title"],
    marks=[":"],
)
def journal_read_as_imprint(spans: list[Span], text: str) -> list[Span]:
    """MLA-like ``…, vol. 8, no. 1, 2023, p. 196-208. G-Tech : Jurnal Teknologi Terapan,`` with the journal's
    short name read as a place and its name after the colon as the publisher: an article's numbers are given, no
    journal is read, and a journal's word opens the name, so the two are the journal."""
    for k in range(len(spans) - 1):
        place, pub = spans[k], spans[k + 1]
        if place.label != "location" or pub.label != "publisher" or text[place.end : pub.start].strip(" :"):
            continue
        between = text[place.start : pub.start]
        if ":" not in between or not _JOURNAL_OPENING.match(pub.text.lstrip()):
            continue
        short = place.text.strip(" :")
        if not _SHORT_NAME.fullmatch(short) or is_place(short):
            continue  # ("Paris: Revue des Deux Mondes": a town and its house, not a journal's short name)
        return joined_pair(spans, k, "journal", text)
    return spans


# the journal opening a note: its short name, a colon, its name on a journal's word, then what the note holds after
# a comma ("JATI : Jurnal Mahasiswa Teknik Informatika, diakses pada 2 Mei 2024.")
_JOURNAL_IN_NOTE = lazy_pattern(
    rf"(?P<j>[A-Z][\w-]{{1,15}}\s*:\s*{_JOURNAL_WORD}[^,.;:]{{0,80}}?)\s*(?:[,.]\s*|$)"
)
_ACCESS_TAIL = lazy_pattern(rf"(?:{ACCESS_LEAD})\b", re.I)


@needs(labels=["note"], any_label=["volume", "issue", "pages"], without=["journal", "container-title"], marks=[":"])
def journal_read_as_note(spans: list[Span], text: str) -> list[Span]:
    """The same MLA-like article with ``JATI : Jurnal Mahasiswa Teknik Informatika, diakses pada 2 Mei 2024.`` read
    as one note: the journal, then its access note."""
    for k, s in enumerate(spans):
        if s.label != "note" or (m := _JOURNAL_IN_NOTE.match(s.text)) is None:
            continue
        rest = s.text[m.end() :]
        if rest.strip(" .") and not _ACCESS_TAIL.match(rest):
            return spans
        a = s.start
        new = [Span("journal", m.group("j"), a, a + m.end("j"), s.confidence)]
        if rest.strip(" ."):
            new.append(Span("accessed", rest, a + m.end(), s.end, s.confidence))
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans


# a firm named by its founder's initials, the initials read as the place: "(W.W. | Norton & Company, 2006)"
_INITIALS_ONLY = lazy_pattern(r"^\(?\s*(?:[A-Z]\.\s?){1,3}$")


@needs(labels=["location", "publisher"])
def initials_opening_publisher(spans: list[Span], text: str) -> list[Span]:
    """``(W.W. Norton & Company, 2006)`` read as the place ``W.W`` and the publisher ``Norton & Company``: initials
    alone are no place, but the start of the firm's name."""
    for k in range(len(spans) - 1):
        s, pub = spans[k], spans[k + 1]
        if s.label != "location" or pub.label != "publisher" or not _INITIALS_ONLY.match(s.text.strip()):
            continue
        if text[s.end : pub.start].strip():
            return spans
        a = s.start + len(s.text) - len(s.text.lstrip("( "))
        return [*spans[:k], Span("publisher", text[a : pub.end], a, pub.end, pub.confidence), *spans[k + 2 :]]
    return spans


@needs(labels=["container-title"], without=["publisher", "location", "volume", "issue", "pages"], marks=[":"])
def imprint_read_as_container(spans: list[Span], text: str) -> list[Span]:
    """ABNT's ``Título. 17. ed. Rio de Janeiro: Paz e Terra, 1987.`` with the imprint read as a book holding the
    work: a container of a known place, a colon and a name, with no ``In`` before it and no numbers of a part,
    is the place and the publisher."""
    if any(s.label in ("publisher", "location", "volume", "issue", "pages") for s in spans):
        return spans  # as its declaration says: an imprint or a part's numbers read elsewhere leave the container
    for k, s in enumerate(spans):
        if s.label != "container-title" or s.text.count(":") != 1 or (m := _COLON.search(s.text)) is None:
            continue
        head, tail = s.text[: m.start()].strip(), s.text[m.end() :].strip(" .,;")
        if text[: s.start].rstrip().lower().endswith(("in", "in:", "em:", "en:", "dans")):
            return spans
        if is_place(head) and _NAME.match(tail) and not is_place(tail):
            return divided(spans, k, m.start(), m.end(), "location", "publisher")
        return spans
    return spans


# the last sentence of a title or a book's title: "… a fonológia. Bratislava: Slovenské pedagogické nakladateľstvo."
_IMPRINT_SENTENCE = lazy_pattern(
    r"(?<=[^\W\d_]{2}[.?!])\s+(?P<place>[A-Z\u00c0-\u00de][^\W\d_]+(?:[ -][A-Z\u00c0-\u00de][^\W\d_]+){0,2})\s*:\s+"
    r"(?P<pub>[A-Z\u00c0-\u00de][^:;.()]{1,80}?)[\s.,]*$"
)


@needs(any_label=["title", "container-title"], without=["location", "publisher"], marks=[":"])
def imprint_closing_title(spans: list[Span], text: str) -> list[Span]:
    """ISO 690's ``Fonetika a fonológia. Bratislava: Slovenské pedagogické nakladateľstvo. ISBN …`` with the imprint
    read into the title (or into a chapter's book), no place or publisher read: a closing sentence of a known town,
    a colon and a name is the place and the publisher."""
    for k, s in enumerate(spans):
        if s.label not in ("title", "container-title") or ":" not in s.text:
            continue
        m = _IMPRINT_SENTENCE.search(s.text)
        if m is None or not is_place(m["place"]):
            continue
        if k + 1 < len(spans) and spans[k + 1].text[:1] == "(" and not spans[k + 1].text[1:2].isdigit():
            continue  # "…: Welsh Government, Historic Environment Service (Cadw); 2017.": the bracket is the name's
        a = s.start
        head = Span(s.label, s.text[: m.start()], a, a + m.start(), s.confidence)
        place = Span("location", m["place"], a + m.start("place"), a + m.end("place"), s.confidence)
        pub = Span("publisher", m["pub"], a + m.start("pub"), a + m.end("pub"), s.confidence)
        return [*spans[:k], head, place, pub, *spans[k + 1 :]]
    return spans


# what may close a reference after its imprint: an address and the date it was read
_AFTER_CLOSING_IMPRINT = frozenset(["url", "accessed"])


@needs(labels=["title", "note"], without=("publisher", "location", "journal", "container-title"), marks=[":"])
def closing_note_is_imprint(spans: list[Span], text: str) -> list[Span]:
    """A report's closing ``University of Auckland: Auckland.`` (the publisher, then its town, as New Zealand's
    agencies write it) or ``Auckland: University of Auckland.`` read as a note: a known town on one side of the one
    colon and a body's name on the other are the place and the publisher."""
    for k, s in enumerate(spans):
        if s.label != "note" or k == 0 or any(t.label not in _AFTER_CLOSING_IMPRINT for t in spans[k + 1 :]):
            continue
        if s.text.count(":") != 1 or (m := _COLON.search(s.text)) is None or opens_on_reprint(s.text):
            return spans  # (a later printing's "Reprint, New York: AMS Press, 1993." is no imprint of the work's)
        head, tail = s.text[: m.start()].strip(), s.text[m.end() :].strip(" .,;")
        if is_place(tail) and not is_place(head) and PUBLISHER_WORD.search(head) and _NAME.match(head):
            return divided(spans, k, m.start(), m.end(), "publisher", "location")
        if is_place(head) and not is_place(tail) and PUBLISHER_WORD.search(tail) and _NAME.match(tail):
            return divided(spans, k, m.start(), m.end(), "location", "publisher")
        return spans
    return spans


_YEAR_CLOSING = lazy_pattern(r"^\s*(?:1[5-9]|20)\d\d[a-z]?[.;]?\s*$")


@needs(labels=["title", "location", "date"], any_label=["container-title", "journal"], marks=(";",))
def house_read_as_container(spans: list[Span], text: str) -> list[Span]:
    """MDPI's report ``Global Assessment of Soil Pollution: Report; FAO and UNEP: Rome, Italy, 2021.`` with the
    house read as the container: after a title closed by a semicolon, a name closed by a colon before a place and
    a year is the book's ``Publisher: Place, Year``."""
    for k in range(1, len(spans) - 2):
        s, place, year = spans[k], spans[k + 1], spans[k + 2]
        if s.label not in ("container-title", "journal") or spans[k - 1].label != "title":
            continue
        if not spans[k - 1].text.rstrip().endswith(";") or not s.text.rstrip().endswith(":"):
            return spans
        if place.label != "location" or year.label != "date" or not _YEAR_CLOSING.match(year.text):
            return spans
        if not is_place(place.text.strip(" ,;:")):
            return spans
        return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
