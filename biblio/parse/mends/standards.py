"""Mend of a standard's designation opening a reference, as MDPI and the ACS write a standard:
``ISO 527-1; Title. ISO: Geneva, Switzerland, 2012.``, ``ASTM D790-10; Title; …``, ``E1049-17; Title.``
The designation is the standard's number: no author, journal or date. So is a federal standard's series and
number after the title, cryptobib's ``Title. FIPS 202, 2015.``, which the model reads as a journal and its
volume."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced, span_within, spans_over
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import read_anew
from biblio.parse.normalisers.venues import VENUE_ACRONYMS
from biblio.parse.spans import Span

# a body's letters (``ISO``, ``EN ISO``, ``ASTM``, ``IEC``, ``DIN``, ``ISO/IEC``), then the standard's
# number with its parts and its year (``527-1``, ``D790-10``, ``E8/E8M-22``, ``61400-1:2019``), then the semicolon
# (or a colon before a quoted title);
# a letter somewhere (a bare number is no designation)
_NUMBER = r"[A-Z]{0,2}\d{1,6}[A-Z]?"
_DESIGNATION = lazy_pattern(
    rf"\s*(?=[^;]*[A-Z])(?:[A-Z]{{2,6}}(?:/[A-Z]{{2,6}})?\s){{0,2}}{_NUMBER}(?:/{_NUMBER})?(?:[-.]\d+)*(?::\d{{4}})?"
    # (or ETSI's and 3GPP's colon before the quoted title: 'ISO/IEC 23090-6: "Immersive media metrics".')
    r"\s*(?:;|:(?=\s*[\"\u201c]))"
)
_OPENING_LABELS = ("author", "journal", "date", "note", "title", "editor")


@needs(marks=[";", ": \"", ": \u201c"])
def designation_opens_standard(spans: list[Span], text: str) -> list[Span]:
    """``ISO 527-1; Title.`` with the designation read as an author, a journal or a date: it is a note
    (the standard's number), and the title starts after the semicolon."""
    m = _DESIGNATION.match(text)
    if m is None or not spans:
        return spans
    end = m.end() - 1  # the semicolon is no part of the number
    inside = [s for s in spans if s.start < end]
    if not inside or any(s.label not in _OPENING_LABELS for s in inside):
        return spans
    if [s.label for s in inside] == ["note"] and inside[0].end <= m.end():
        return spans
    start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    note = Span("note", text[start:end], start, end, min(s.confidence for s in inside))
    last = inside[-1]
    if last.end <= m.end():
        return [note, *spans[len(inside) :]]
    # the span that runs on past the semicolon (the title, read from inside the designation) starts after it
    cut = Span(last.label, text[m.end() : last.end], m.end(), last.end, last.confidence)
    return [note, cut, *spans[len(inside) :]]


# a standard's designation as a sentence of its own after the title (Chicago, Harvard): "*Title*. AS 1666.1-2009.",
# "AS/NZS ISO 19101.2:2019.", "BS EN 1991-1-4:2005." - the body's letters, then a number with its parts and year
_YEAR_NUMBER = lazy_pattern(r"(?:19|20)\d\d")
_DESIGNATION_SENTENCE = lazy_pattern(
    r"(?<=[.*\u201d\"]\s)(?P<d>(?:[A-Z]{2,6}(?:/[A-Z]{2,6})?\s){1,3}[A-Z]?\d{1,6}(?:[.-]\d+)*(?::\d{4})?)\.(?=\s|$)"
)
# IEEE's designation after the quoted title, closed by a comma ("Title," FIPS PUB 180-4, Aug. 2015.), or after the
# quote and its comma as RFCs and specifications cite ('"Title", NIST SP 800-132, December 2010.'): two groups of
# letters or a number in parts ("JAMA 45," is a journal and its volume), or a series named in words
# ("ITU-T Recommendation V.42", "Federal Information Processing Standards Publication 197")
_DESIGNATION_AFTER_QUOTE = lazy_pattern(
    r"(?:(?<=,[\u201d\"]\s)|(?<=[\u201d\"],\s))"
    r"(?P<d>(?:[A-Z]{2,6}\s){2,3}[A-Z]?\d{1,6}(?:[.-]\d+)*|[A-Z]{2,6}\s[A-Z]?\d{1,6}(?:[.-]\d+)+"
    r"|ITU-[TR]\sRecommendation\s[A-Z]\.\d{1,4}(?:\.\d+)?|Federal\sInformation\sProcessing\sStandards?\sPublication\s\d{1,4})"
    r",(?=\s)"
)
_NUMBERED_LABELS = frozenset(["journal", "container-title", "volume", "pages", "issue", "note", "publisher", "date"])


_READ_AS_PERIODICAL = ("journal", "container-title", "pages", "volume")


def _meeting_and_year(designation: str) -> bool:
    """``KDD 2017``: a computing meeting's acronym and its year, no standard's designation."""
    words = designation.split()
    return len(words) == 2 and words[0] in VENUE_ACRONYMS and _YEAR_NUMBER.fullmatch(words[1]) is not None


@needs(labels=["title"], any_label=_READ_AS_PERIODICAL)
def designation_after_title(spans: list[Span], text: str) -> list[Span]:
    """``Standards Australia. 2009. *Wire-Rope Slings*. AS 1666.1-2009. Sydney: SAI Global.`` with the
    designation read as a journal (``AS``) and its pages, or IEEE's ``"Title," FIPS PUB 180-4, Aug. 2015.``: the
    designation is the standard's number, a note."""
    if not any(s.label in _READ_AS_PERIODICAL for s in spans):
        return spans  # (a recording's label number, "Parlophone. PCS 7027.", read as a publisher and a note: no part)
    read = spans
    m = _DESIGNATION_SENTENCE.search(text)
    if m is None and (m := _DESIGNATION_AFTER_QUOTE.search(text)) is not None:
        # the quoted title read on into the designation after it ends at its closing quote
        q = m.start()
        read = [
            cut if s.label == "title" and s.start < q < s.end and (cut := span_within(s, text, s.start, q)) else s
            for s in spans
        ]
    if m is None:
        return spans
    a, z = m.start("d"), m.end("d")
    if not spans_over(read, a, z, _NUMBERED_LABELS) or _meeting_and_year(m.group("d")):
        return spans
    if not any(s.start >= m.start() for s in read if s.label == "title") and any(
        s.label == "title" and s.end <= a for s in read
    ):
        return read_anew(read, text, a, z, [Span("note", text[a:z], a, z)])
    return spans


# the series of federal and national standards a number follows ("FIPS 202", "FIPS PUB 186-4", "NIST SP 800-38D")
_STANDARD_SERIES = lazy_pattern(r"\s*(?:FIPS(?:\s+PUBS?)?|NIST\s+(?:SP|IR)|NISTIR|ANSI|BSI)\s*")
_SERIES_NUMBER = lazy_pattern(r"\s*\d{1,5}(?:[-.]\d{1,5}[A-Z]?)*[A-Z]?\s*[,.]?\s*")


@needs(labels=["journal", "volume"])
def standard_series_as_journal(spans: list[Span], text: str) -> list[Span]:
    """``Title. FIPS 202, 2015.`` read as the journal ``FIPS`` and its volume: the series and number are
    the standard's number."""
    for k in range(len(spans) - 1):
        j, v = spans[k], spans[k + 1]
        if (
            j.label == "journal"
            and v.label == "volume"
            and _STANDARD_SERIES.fullmatch(j.text)
            and _SERIES_NUMBER.fullmatch(v.text)
            and not text[j.end : v.start].strip()
        ):
            z = j.start + len(text[j.start : v.end].rstrip(" ,."))
            return [*spans[:k], Span("note", text[j.start : z], j.start, z, j.confidence), *spans[k + 2 :]]
    return spans


# a telecommunications specification's number, 3GPP's "TS 38.214" or "TR 38.901" and ETSI's "TS 123 501", with
# its body before it and its version after it ("3GPP TS 38.214 v17.6.0", "TS 38.214, v17.6.0")
_SPEC_NUMBER = lazy_pattern(
    r"(?<![\w.])(?:(?:3GPP|ETSI)\s+)?T[SR]\s+(?:\d{2}\.\d{3}|\d{3}\s\d{3})(?:-\d{1,2})?(?![\w.])"
    r"(?:\s*,?\s*[vV]\s?\d{1,2}(?:\.\d{1,2}){1,2}(?![\w.]))?"
)
# a section cited within it: "§5.1.2", "§ 7.3"
_SECTION_SIGN = lazy_pattern(r"§\s?\d+(?:\.\d+)*")
# the body that issues it opening the reference: "3GPP, …", "ETSI. …"
_SPEC_BODY = lazy_pattern(r"(?:3GPP|ETSI)(?=[,.]\s)")
# the series a 3GPP title opens with, before its semicolon: "NR;", "5G;", "LTE;"
_SERIES_HEAD = lazy_pattern(r",?\s*(?P<head>[A-Z0-9][\w-]{0,5});\s")
_QUOTED = lazy_pattern(r"[\"\u201c][^\"\u201c\u201d]{3,}[\"\u201d]")
_SPEC_MISREAD = frozenset(["volume", "issue", "pages", "journal", "container-title", "publisher", "date"])


@needs(marks=("TS ", "TR "))
def specification_numbers(spans: list[Span], text: str) -> list[Span]:
    """3GPP's ``3GPP TS 38.214 v17.6.0, "NR; Physical layer procedures for data," Jun. 2023 — §5.1.2.`` with the
    number, its version and the section read as a volume, an issue and pages: they are the specification's
    number and the place cited in it (notes); a quoted title is the title whole, "NR;" and all."""
    m = _SPEC_NUMBER.search(text)
    if m is None or not spans_over(spans, m.start(), m.end(), _SPEC_MISREAD | {"note", "title"}):
        return spans
    marks = [(m.start(), m.end(), "note")]
    if (q := _QUOTED.search(text)) is not None:
        marks.append((q.start(), q.end(), "title"))
    if (b := _SPEC_BODY.match(text)) is not None and not (q is not None and q.start() < b.end()):
        marks.append((b.start(), b.end(), "author"))
    marks += [(s.start(), s.end(), "note") for s in _SECTION_SIGN.finditer(text)]
    read = spans
    for a, z, label in sorted(marks):
        read = replaced(read, text, a, z, [Span(label, text[a:z], a, z)])
    read = [s for s in read if s.label not in _SPEC_MISREAD or s.label == "date" or s.text.strip(" ,.;:—–-")]
    if q is None and (h := _SERIES_HEAD.match(text, m.end())) is not None:
        # the unquoted title after the number, its head ("…, NR; Physical layer …") read apart from it or the
        # whole read as a note: the title runs to the next field
        a = h.start("head")
        t = next((s for s in read if s.label == "title" and s.end > a), None)
        z = t.end if t is not None else next((s.start for s in read if s.start > a and s.label != "note"), 0)
        z = a + len(text[a:z].rstrip(" ,."))
        if z > h.end() and (t is None or not text[h.end("head") : t.start].strip(" ;")):
            read = replaced(read, text, a, z, [Span("title", text[a:z], a, z)])
    return read_anew(spans, text, 0, len(text), read)
