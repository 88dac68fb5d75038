"""Mends of a report's number read into its publisher: ``Paris: UNESCO, (PGI-93/WS/22).``,
``London: TSO (Cm. 6041).`` (Harvard after BS 5605 closes a report's imprint with its number in
brackets). A bracket of a code with digits that closes the publisher is no part of its name.
Or the number and the institution after it read as a note: ``Technical Report 92-43, University
of Colorado.``, or natbib's ``Technical report, National Bureau of Economic Research, 2006.`` read as a
journal."""

from __future__ import annotations

import re
from collections.abc import Iterator

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import SENTENCE_BREAK, replaced
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.names import has_org_name_word, has_org_word
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_NUMBER = lazy_pattern(r"\s*,?\s*(?P<number>\((?=[^()]*\d)[^()\s][^()]{0,29}\))\s*[.,]?\s*$")


@needs(labels=["publisher"], marks=["("])
def number_after_publisher(spans: list[Span], text: str) -> list[Span]:
    """``UNESCO, (PGI-93/WS/22).`` read as the publisher: the bracketed code goes into a note."""
    if "(" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label != "publisher" or (m := _NUMBER.search(s.text)) is None or not s.text[: m.start()].strip():
            continue
        a, z = m.start("number"), m.end("number")
        head = Span("publisher", s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        number = Span("note", s.text[a:z], s.start + a, s.start + z, s.confidence)
        return [*spans[:k], head, number, *spans[k + 1 :]]
    return spans


# "Technical Report", "Tech. Rep.", "Working Paper", "Memo": a series a report's number belongs to
_REPORT_GENRE = lazy_pattern(r"(?i)\b(?:report|rep\.|memo(?:randum)?|paper)\s*[.,]?\s*$")
# "92-43, University of Colorado." / "TR93-3, Department of …" / "No. 331, Federal Reserve Bank of New York":
# a code with a digit (after "No."), a comma, a name
_BODY_ALONE = lazy_pattern(r"^[\s,]*[A-Z\u00c0-\u00de]")
# "Technical Report TR-97/239," / "Tech. Rep.": the kind of report, with or without its number
_REPORT_KIND = lazy_pattern(r"(?i)\btech(?:-\s*)?(?:nical\s+|\.\s*)rep(?:ort|\.)")
_DIGIT = lazy_pattern(r"\d")
# (an institution's name may open on an accented capital: "185242, École Polytechnique Fédérale de Lausanne")
_NUMBER_THEN_NAME = lazy_pattern(
    r"^\s*(?P<number>(?:[Nn]o\.\s*|#)?[^\s,]*\d[^\s,]*)\s*,\s*(?P<name>[A-Z\u00c0-\u00de])"
)


# an institution named by its letters alone: "Technical report, MIT, July 2012."
_ACRONYM = lazy_pattern(r"\s*[A-Z]{2,6}\s*[,.]?\s*")



def _after_report_kind(spans: list[Span], label: str, kind: re.Pattern[str]) -> Iterator[tuple[int, Span, Span]]:
    """Each span of ``label`` right after a genre that names a report's kind, while no publisher is read."""
    if "publisher" in labels_of(spans):
        return
    for k in range(1, len(spans)):
        genre, s = spans[k - 1], spans[k]
        if genre.label == "genre" and s.label == label and kind.search(genre.text):
            yield k, genre, s


@needs(labels=("genre", "note"), without=["publisher"])
def number_and_institution(spans: list[Span], text: str) -> list[Span]:
    """``Technical Report 92-43, University of Colorado.`` with ``92-43, University of Colorado`` read as
    a note: the number belongs to the report's series (the genre) and the institution that issued it is
    the publisher, up to the sentence that ends it (``To appear in …`` stays a note). With no number, a
    note that names a body (``Technical report, Deutsches Institut für …``) is the publisher."""
    for k, genre, s in _after_report_kind(spans, "note", _REPORT_GENRE):
        if (m := _NUMBER_THEN_NAME.match(s.text)) is not None:
            a, end = m.start("name"), m.end("number")
        elif (
            not text[genre.end : s.start].strip(" ,")
            and _BODY_ALONE.match(s.text)
            and (has_org_word(s.text) or _ACRONYM.fullmatch(s.text))
        ):
            if _DIGIT.search(s.text.split(",", 1)[0]):
                return spans  # "Technical Report | TU Wien rr-02-92, …": a code the model did not read apart
            # "Technical report, | Deutsches Institut …": a body named right after the kind of report
            a = end = len(s.text) - len(s.text.lstrip(" ,"))
        else:
            return spans
        cut = SENTENCE_BREAK.search(s.text, a)
        z = cut.start() + 1 if cut else len(s.text)
        out = [
            Span("genre", text[genre.start : s.start + end], genre.start, s.start + end, genre.confidence),
            Span("publisher", s.text[a:z], s.start + a, s.start + z, s.confidence),
        ]
        if cut:
            out.append(Span("note", s.text[cut.end() :], s.start + cut.end(), s.end, s.confidence))
        return [*spans[: k - 1], *out, *spans[k + 1 :]]
    return spans


# a body's series of reports, perhaps with the letters of its instrument or programme: Icarus's "Instrument Science
# Report STIS", "Technical Memorandum", "Working Paper"
_REPORT_SERIES = lazy_pattern(r"\b(?:Report|Memorandum|Memo|Paper)\s*(?:[A-Z]{2,8})?\s*[.,]?\s*$")
# the number, its comma, a body's name up to the comma before the place
_NUMBER_THEN_BODY = lazy_pattern(r"^\s*(?P<number>[^\s,]*\d[^\s,]*)\s*,\s*(?P<name>[A-Z][^,.;:]{1,80}?)\s*,?\s*$")


@needs(labels=("journal", "note", "location"), without=["publisher"])
def report_series_read_as_journal(spans: list[Span], text: str) -> list[Span]:
    """Icarus's ``Instrument Science Report STIS 2006-01, STScI, Baltimore.`` with the series read as a journal and
    the number and the body as a note: the series and its number are the report's genre, the body the publisher."""
    for k in range(len(spans) - 2):
        series, s, place = spans[k], spans[k + 1], spans[k + 2]
        if series.label != "journal" or s.label != "note" or place.label != "location":
            continue
        if text[series.end : s.start].strip() or not _REPORT_SERIES.search(series.text):
            return spans
        m = _NUMBER_THEN_BODY.match(s.text)
        if m is None:
            return spans
        end, a, z = s.start + m.end("number"), s.start + m.start("name"), s.start + m.end("name")
        genre = Span("genre", text[series.start : end], series.start, end, series.confidence)
        return [*spans[:k], genre, Span("publisher", text[a:z], a, z, s.confidence), *spans[k + 2 :]]
    return spans


# natbib's and BibTeX plain's "Technical report, Institution," / "Tech. Rep. TR-12, Dept. of …,": the report's
# kind (and number), then the institution that issued it
_REPORT_AS_JOURNAL = lazy_pattern(
    r"^\s*(?P<genre>(?:technical|tech\.)\s+(?:report|rep\.)(?:\s+(?:no\.\s*)?[^\s,]*\d[^\s,]*)?)\s*,\s*"
    r"(?P<name>[A-Z].*?)[\s,.;]*$",
    re.I,
)
_WORKS = frozenset(["journal", "container-title"])


@needs(any_label=_WORKS, without=["publisher"], words=["tech"])
def report_read_as_journal(spans: list[Span], text: str) -> list[Span]:
    """``Technical report, National Bureau of Economic Research,`` read as a journal: the words name the
    kind of report (the genre) and the institution that issued it (the publisher)."""
    if "publisher" in labels_of(spans) or labels_of(spans).isdisjoint(_WORKS):
        return spans
    for k, s in enumerate(spans):
        if s.label not in _WORKS or (m := _REPORT_AS_JOURNAL.match(s.text)) is None:
            continue
        a, z = m.start("name"), m.end("name")
        genre = Span("genre", s.text[: m.end("genre")], s.start, s.start + m.end("genre"), s.confidence)
        body = Span("publisher", s.text[a:z], s.start + a, s.start + z, s.confidence)
        return [*spans[:k], genre, body, *spans[k + 1 :]]
    return spans


# a laboratory's or agency's report code: capitals and digits in hyphened parts ("LA-UR-14-20441", "NREL-TP-5000")
_REPORT_CODE = lazy_pattern(r"^\s*(?P<number>[A-Z]{1,8}(?:[-/][A-Z0-9]+){1,5})\s*,\s*(?P<name>[A-Z][^,.;:]*?)\s*,?\s*$")
# a series' letters, a space and the number, with its revision (NIST's "SP 800-121 rev. 1"), then the body
# that issued it and perhaps the year: the IEEE Computer Society's "Title, SP 800-163, National Institute …, 2012."
_SERIES_CODE = lazy_pattern(
    r"^\s*(?P<number>[A-Z]{1,8}\s\d+(?:[-/.][A-Z0-9]+){1,3}(?:\s+rev\.\s*\d+)?)\s*,\s*"
    r"(?P<name>[A-Z][^,.;:]*?)\s*(?:,\s*(?P<year>(?:1[89]|20)\d\d)\s*)?[,.;]?\s*$"
)


_CODE_ALONE = lazy_pattern(r"^\s*[A-Z]{1,8}(?:[-/][A-Z0-9]+){1,5}\s*,?\s*$")


# the same number closing the title span: "Guidelines for … (WLANs), SP 800-163,"
_CODE_CLOSING = lazy_pattern(r",\s*(?P<number>[A-Z]{1,8}\s\d+(?:[-/.][A-Z0-9]+){1,3}(?:\s+rev\.\s*\d+)?)\s*,?\s*$")


@needs(labels=("title",), any_label=("publisher", "journal"))
def code_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``Title, SP 800-163, | National Institute of Standards and Technology,`` with the series' number read
    into the title: the number is a note, the body after it (read as a journal) the publisher."""
    for k in range(len(spans) - 1):
        t, body = spans[k], spans[k + 1]
        if t.label != "title" or body.label not in ("publisher", "journal"):
            continue
        # (the title's closing number first: the body's words are the dearer look)
        if (m := _CODE_CLOSING.search(t.text)) is None or not t.text[: m.start()].strip():
            continue
        if not has_org_name_word(body.text):
            continue
        a, z = m.start("number"), m.end("number")
        return [
            *spans[:k],
            Span("title", t.text[: m.start()], t.start, t.start + m.start(), t.confidence),
            Span("note", t.text[a:z], t.start + a, t.start + z, t.confidence),
            Span("publisher", body.text, body.start, body.end, body.confidence),
            *spans[k + 2 :],
        ]
    return spans


def _series_code(s: Span) -> list[Span] | None:
    """The number, the body and the year of ``SP 800-163, National Institute of Standards and Technology,
    2012``; None unless the body has a word that names an organisation."""
    m = _SERIES_CODE.match(s.text)
    if m is None or not has_org_name_word(m["name"]):
        return None
    parts = [("note", "number"), ("publisher", "name")] + ([("date", "year")] if m["year"] else [])
    return [Span(label, m[g], s.start + m.start(g), s.start + m.end(g), s.confidence) for label, g in parts]


def _institution_before_place(code: Span, place: Span) -> list[Span] | None:
    """``SAND-19-03311, | Sandia National Laboratories, Albuquerque, NM.``: after a coded number, a place
    span opening with a body's name holds the publisher, then the place."""
    if place.label != "location" or not _CODE_ALONE.match(code.text) or not any(c.isdigit() for c in code.text):
        return None
    cut = place.text.find(", ")
    if cut <= 0 or not has_org_word(place.text[:cut]):
        return None
    a = cut + 2
    return [
        Span("publisher", place.text[:cut], place.start, place.start + cut, place.confidence),
        Span("location", place.text[a:], place.start + a, place.end, place.confidence),
    ]


@needs(labels=("title",), any_label=("note", "journal"), without=["publisher"])
def coded_number_and_institution(spans: list[Span], text: str) -> list[Span]:
    """``"Title". LA-UR-11-04999, Los Alamos National Laboratory, Los Alamos, NM.`` with the code and the
    laboratory read as one note: the coded number stays the note, the name after it is the publisher.
    ``Title, SP 800-121 rev. 1, National Institute of Standards and Technology, 2012`` read as a note or a
    journal: the series' number is the note, the body the publisher, the year the date."""
    if "publisher" in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label in ("note", "journal") and spans[k - 1].label == "title" and (split := _series_code(s)):
            return [*spans[:k], *split, *spans[k + 1 :]]
        if s.label != "note" or spans[k - 1].label != "title":
            continue
        if k + 1 < len(spans) and (split := _institution_before_place(s, spans[k + 1])) is not None:
            return [*spans[: k + 1], *split, *spans[k + 2 :]]
        m = _REPORT_CODE.match(s.text)
        if m is None or not any(c.isdigit() for c in m["number"]):
            continue
        a, z = m.start("name"), m.end("name")
        number = Span("note", m["number"], s.start + m.start("number"), s.start + m.end("number"), s.confidence)
        return [
            *spans[:k],
            number,
            Span("publisher", s.text[a:z], s.start + a, s.start + z, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


@needs(labels=("location", "publisher"))
def place_opens_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Los Alamos | National Laboratory, Los Alamos, NM``: a place read just before a publisher with
    nothing but a space between them opens the publisher's name (an imprint puts a colon or a comma
    after its place); the place stated after the name stays."""
    for k in range(len(spans) - 1):
        place, pub = spans[k], spans[k + 1]
        if place.label != "location" or pub.label != "publisher" or place.text[-1:] in ",:;.)":
            continue
        if text[place.end : pub.start] != " " or not any(s.label == "location" for s in spans[k + 2 :]):
            continue
        joined = Span(
            "publisher", text[place.start : pub.end], place.start, pub.end, min(place.confidence, pub.confidence)
        )
        return [*spans[:k], joined, *spans[k + 2 :]]
    return spans


# APS's "Los Alamos National Laboratory Report No. LA-UR-92-3407, 1992 (unpublished).": the body that issued
# the report, the words "Report No." and its code, up to the comma or bracket that closes them
_BODY_REPORT_NUMBER = lazy_pattern(
    r"(?:^|(?<=,)\s+)(?P<body>[A-Z][^\W\d_][^,;:()\d]*?)\s+(?P<genre>(?:Technical\s+)?Report\s+No\.\s*"
    r"[A-Z0-9][^,;()]*?)\s*(?=[,(]|$)"
)


# what the model reads the body before "Report No." into when the reference opens on it: the names or a title
_OPENING = frozenset(["author", "editor", "title", "journal", "container-title"])


@needs(marks=["Report No"])
def body_report_number(spans: list[Span], text: str) -> list[Span]:
    """APS's ``Sandia National Laboratories Report No. SAND93-0227, 1993`` read as names, a title and a
    journal: the body before ``Report No.`` is the publisher, the words from ``Report No.`` the genre."""
    if "Report No" not in text:
        return spans
    for m in _BODY_REPORT_NUMBER.finditer(text):
        if not has_org_name_word(m.group("body")):
            continue
        a, z = m.start("body"), m.end("genre")
        inside = [x for x in spans if x.start < z and x.end > a]
        if any(x.start < a and x.label not in _OPENING for x in inside):
            continue  # "… thesis, …. Published as University of Toronto, Department … Report No. 131.": a note's
        conf = min((x.confidence for x in inside), default=0.5)
        new = [
            Span("publisher", m.group("body"), a, m.end("body"), conf),
            Span("genre", m.group("genre"), m.start("genre"), z, conf),
        ]
        return replaced(spans, text, a, z, new)
    return spans


@needs(labels=("genre", "location"), without=["publisher"])
def institution_opens_place(spans: list[Span], text: str) -> list[Span]:
    """``Technical Report TR-97/239, EPFL, Lausanne, Switzerland, 1997.`` with the institution read into the
    place: after a report's kind and number, the letters of a body before a known town are its publisher."""
    for k, _genre, s in _after_report_kind(spans, "location", _REPORT_KIND):
        cut = s.text.find(", ")
        if cut <= 0 or not _ACRONYM.fullmatch(s.text[:cut]) or not is_place(s.text[cut + 2 :].strip(" ,.")):
            return spans
        a = cut + 2
        return [
            *spans[:k],
            Span("publisher", s.text[:cut], s.start, s.start + cut, s.confidence),
            Span("location", s.text[a:], s.start + a, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


@needs(labels=("publisher", "issue"))
def report_series_read_as_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Title. Stanford Research Institute Long-Range Planning Report No. 329. Menlo Park, California: Stanford
    Research Institute, 1967.`` with the report's series read as a first publisher: a name closed by "Report" or
    "Paper" before its number, where the imprint names the publisher after it, is the report's kind."""
    for k in range(len(spans) - 1):
        s, number = spans[k], spans[k + 1]
        if s.label != "publisher" or number.label != "issue" or not _REPORT_GENRE.search(s.text):
            continue
        if not _DIGIT.search(number.text) or text[s.end : number.start].strip():
            continue
        if not any(x.label == "publisher" for x in spans[k + 2 :]):
            return spans
        return [*spans[:k], Span("genre", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# natbib's "Title. Technical Report NIST AI 100-1, Institution, 2023.": the report's kind and number closing the title
# (or Elsevier's "Title. Hadley Centre Technical Note 24, Met Office, …": a body's technical notes)
_KIND_NUMBER = (
    r"(?<=[.?!])\s+(?P<genre>(?:[A-Z][\w-]*\s+){0,3}(?:Technical|Tech\.)\s+(?:Report|Rep\.|Note)\s+"
    r"(?=[^,]*\d)[^,\s][^,]{0,29}?)\s*,\s*"
)
_KIND_NUMBER_CLOSES = lazy_pattern(_KIND_NUMBER + "$")
# the same with the body that issued it before the town: "… Technical Note 44, Met Office, | Bracknell, UK"
_KIND_NUMBER_BODY_CLOSES = lazy_pattern(_KIND_NUMBER + r"(?P<name>[A-Z][^,.;:]{1,80}?)\s*,\s*$")


@needs(labels=("title", "publisher"), marks=("Report ", "Rep. ", "Note "))
def report_number_closing_title(spans: list[Span], text: str) -> list[Span]:
    """natbib's ``Title. Technical Report NIST AI 100-1, National Institute of …, 2023.`` with the report's kind and
    number read into the title: the sentence after the title's full stop, before the institution, is the genre."""
    return genre_closing_title(spans, text, _KIND_NUMBER_CLOSES)


def genre_closing_title(spans: list[Span], text: str, pattern: re.Pattern[str]) -> list[Span]:
    """``spans`` with the title read before the publisher cut where ``pattern`` finds the kind of report closing it,
    its ``genre`` group the genre."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "title" or spans[k + 1].label != "publisher":
            continue
        m = pattern.search(s.text)
        if m is None:
            return spans
        a, b = s.start + m.start("genre"), s.start + m.end("genre")
        title = Span("title", text[s.start : s.start + m.start()], s.start, s.start + m.start(), s.confidence)
        return [*spans[:k], title, Span("genre", text[a:b], a, b, s.confidence), *spans[k + 1 :]]
    return spans


# the Russian journals' English editions (Pleiades) cite an institute's preprint as "Preprint of NIIEFA, Leningrad,
# 1979, no. P-B-0440." (or "Preprint of Inst. for Theoretical and Experimental Physics, Moscow, …")
_PREPRINT_OF = lazy_pattern(
    r"^(?P<genre>Preprint)\s+of\s+(?P<name>[A-Z][^,;]{1,80}?)"
    r"(?:,\s*(?P<town>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?))?\s*,?\s*$"
)
_TOWN_WORDS = lazy_pattern(r"^[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?\s*,?$")
_PREPRINT_NUMBER = lazy_pattern(r"^\s*(?P<number>[Nn]o\.\s*[^\s,]*\d[^\s,]*)\s*\.?\s*$")


@needs(any_label=("journal", "title", "container-title"), labels=["date"], words=["preprint of"])
def preprint_of_institute(spans: list[Span], text: str) -> list[Span]:
    """Pleiades's ``Popov, A.V., Preprint of NIIEFA, Leningrad, 1979, no. P-B-0440.`` with ``Preprint of NIIEFA``
    read as the title or a journal and its town as the publisher: the word is the kind of document, the institute
    its publisher, the town its place, and the number after the year the preprint's number."""
    for k, s in enumerate(spans[:-1]):
        if s.label not in ("journal", "title", "container-title") or (m := _PREPRINT_OF.match(s.text)) is None:
            continue
        a, z = s.start + m.start("name"), s.start + m.end("name")
        out = [
            Span("genre", text[s.start : s.start + m.end("genre")], s.start, s.start + m.end("genre"), s.confidence),
            Span("publisher", text[a:z], a, z, s.confidence),
        ]
        if m.group("town") is not None:
            ta = s.start + m.start("town")
            out.append(Span("location", text[ta : s.end], ta, s.end, s.confidence))
            k_date = k + 1
        else:
            place = spans[k + 1]
            if place.label not in ("location", "publisher") or not _TOWN_WORDS.match(place.text):
                return spans
            out.append(Span("location", place.text, place.start, place.end, place.confidence))
            k_date = k + 2
        if k_date >= len(spans) or spans[k_date].label != "date":
            return spans
        rest = spans[k_date + 1 :]
        if len(rest) == 1 and (n := _PREPRINT_NUMBER.match(rest[0].text)) is not None:
            r = rest[0]
            rest = [Span("note", r.text[n.start("number") : n.end("number")], r.start + n.start("number"),
                         r.start + n.end("number"), r.confidence)]
        return [*spans[:k], *out, spans[k_date], *rest]
    return spans


# Elsevier's "Hadley Centre Technical Note 24, Met Office, Bracknell, UK, 16 pp.": a body's series of reports and
# its number, the body that issued it, then its town (and country)
_SERIES_NUMBER_BODY_PLACE = lazy_pattern(
    r"^(?P<genre>[A-Z][^,]*?\b(?:Report|Note|Memorandum|Paper|Bulletin)\s+(?:No\.\s*)?[^\s,]*\d[^\s,]*)\s*,\s*"
    r"(?P<name>[A-Z][^,.;:]{1,80}?)\s*,\s*(?P<place>[A-Z][^.;:]*?)[\s,]*$"
)


@needs(labels=["publisher"], marks=[","])
def report_series_opening_imprint(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's ``Title. Hadley Centre Technical Note 24, Met Office, Bracknell, UK, 16 pp.`` read as one publisher:
    the series of reports and its number are the genre, the body after them the publisher, the rest its town."""
    for k, s in enumerate(spans):
        if s.label != "publisher":
            continue
        m = _SERIES_NUMBER_BODY_PLACE.match(s.text)
        if m is None or not is_place(m["place"]):
            return spans
        return [
            *spans[:k],
            *(Span(label, m[group], s.start + m.start(group), s.start + m.end(group), s.confidence)
              for label, group in (("genre", "genre"), ("publisher", "name"), ("location", "place"))),
            *spans[k + 1 :],
        ]
    return spans


@needs(labels=("title", "location"), without=["publisher"], marks=("Report ", "Rep. ", "Note "))
def report_number_and_body_closing_title(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's ``Title. Hadley Centre Technical Note 44, Met Office, Bracknell, UK, 21 pp.`` with the report's kind,
    number and issuing body read into the title before the town: the kind and number are the genre, the body the
    publisher."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "title" or spans[k + 1].label != "location":
            continue
        m = _KIND_NUMBER_BODY_CLOSES.search(s.text)
        if m is None:
            return spans
        title = Span("title", text[s.start : s.start + m.start()], s.start, s.start + m.start(), s.confidence)
        parts = [Span(label, m[group], s.start + m.start(group), s.start + m.end(group), s.confidence)
                 for label, group in (("genre", "genre"), ("publisher", "name"))]
        return [*spans[:k], title, *parts, *spans[k + 1 :]]
    return spans
