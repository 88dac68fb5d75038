"""Mend of an RFC's series numbers read as a journal's: the RFC Editor's style ``Sheffer, Y., Holz, R., and
P. Saint-Andre, "Title", BCP 195, RFC 7525, DOI 10.17487/RFC7525, May 2015, <https://…>.`` The RFC's
number (and the BCP, STD or FYI it belongs to) names the document, no journal, volume or pages; the DOI
the style writes after them is the DOI."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_NUMBERS = lazy_pattern(
    r"(?P<series>(?:\b(?:BCP|STD|FYI)\s+\d{1,4}\s*,\s*)?\bRFC\s+\d{1,5})\b"
    r"(?:\s*,\s*(?P<doi>DOI\s+10\.\d{4,9}/[^\s,]+))?"
)
# what the model reads the numbers into (IEEE's "IETF, RFC 9110, Jun. 2022": the publisher and the date)
_READ_AS = frozenset(["journal", "container-title", "volume", "issue", "pages", "note", "publisher", "date"])


@needs(any_label=("journal", "container-title", "volume", "pages", "publisher"), marks=["RFC "])
def rfc_numbers_apart(spans: list[Span], text: str) -> list[Span]:
    """``*Title*, BCP 195, RFC 7525,DOI 10.17487/RFC7525,`` read as a journal, a volume and pages (or
    ``IETF, RFC 9110, Jun. 2022`` read into the publisher and the date): the series numbers are a note, the
    DOI after them the DOI."""
    for m in _NUMBERS.finditer(text):
        a, z = m.start("series"), m.end()
        inside = [s for s in spans if s.start < z and s.end > a]
        if not inside or any(s.label not in _READ_AS for s in inside):
            continue
        if all(s.label == "note" for s in inside):
            return spans
        conf = min(s.confidence for s in inside)
        new = [Span("note", m["series"], a, m.end("series"), conf)]
        if m["doi"]:
            new.append(Span("doi", m["doi"], m.start("doi"), m.end("doi"), conf))
        return _body_after(replaced(spans, text, a, z, new), z)
    return spans


# the body that issued the RFC, named after its numbers: "RFC 4301, IETF, December 2005."
_BODY = lazy_pattern(r"[\s,]*[A-Z][\w&.-]*(?:\s+[A-Z(][\w&.()-]*){0,6}[\s,.]*")


def _body_after(spans: list[Span], end: int) -> list[Span]:
    """The work's name read after the numbers is the body that issued them, the RFC's publisher."""
    for k, s in enumerate(spans):
        if s.start >= end and s.label in ("journal", "container-title") and _BODY.fullmatch(s.text):
            return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
        if s.start >= end:
            break
    return spans


# an RFC cited title first, with no quotes: "Postel, J. Transmission Control Protocol, RFC 793, September 1981." —
# the names (inverted with initials, or initials first), the title, the series numbers and the month and year
_NAME = r"(?:[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?,\s(?:[A-Z]\.\s?){1,3}|(?:[A-Z]\.\s?){1,3}[A-Z][\w'\u2019-]+)"
_TITLE_FIRST = lazy_pattern(
    rf"^(?:(?P<names>{_NAME}(?:,\s(?:(?:and|&)\s)?{_NAME})*(?:,?\s(?:and|&)\s{_NAME})?(?:,?\set\sal\.)?)\.?\s+)?"
    r"(?P<title>[A-Z][^\"\u201c\u201d]{2,200}?)[,.]\s+(?P<series>(?:(?:BCP|STD|FYI)\s+\d{1,4},\s*)?RFC\s?\d{1,5}),\s*"
    r"(?P<date>(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d)(?=[.,]?(?:\s|$))"
)


@needs(marks=["RFC"])
def rfc_title_first(spans: list[Span], text: str) -> list[Span]:
    """``Fielding, R., et al. Hypertext Transfer Protocol -- HTTP/1.1, RFC 2616, June 1999.`` read with the title cut
    at its dash or run into the names: an RFC cited title first, with no quotes, names its authors, its title, its
    series numbers (a note) and its date, in that order."""
    m = _TITLE_FIRST.match(text)
    if m is None or not spans:
        return spans
    conf = min(s.confidence for s in spans if s.start < m.end())
    new = [Span("author", m["names"], m.start("names"), m.end("names"), conf)] if m["names"] else []
    new += [
        Span("title", m["title"], m.start("title"), m.end("title"), conf),
        Span("note", m["series"], m.start("series"), m.end("series"), conf),
        Span("date", m["date"], m.start("date"), m.end("date"), conf),
    ]
    return replaced(spans, text, 0, m.end(), new)


# an RFC cited by its number first, then its quoted title and its authors: "RFC 1034, "DOMAIN NAMES - CONCEPTS AND
# FACILITIES", P. Mockapetris." (a source file's comment lists the RFCs it follows so, with no year)
_NUMBER_FIRST = lazy_pattern(
    r"^(?P<series>(?:RFC|BCP|STD|FYI)\s?\d{1,5}),\s+[\"\u201c](?P<title>[^\"\u201c\u201d]{8,300}?)[,.]?[\"\u201d]"
    rf"(?:,\s+(?P<names>{_NAME}|(?:[A-Z]\.\s?){{1,3}}[A-Z][\w'\u2019-]+(?:,?\s(?:and|&)\s(?:[A-Z]\.\s?){{1,3}}"
    r"[A-Z][\w'\u2019-]+)?))?\.?\s*$"
)


@needs(marks=["RFC", "BCP", "STD", "FYI"])
def rfc_number_first(spans: list[Span], text: str) -> list[Span]:
    """``RFC 1034, "DOMAIN NAMES - CONCEPTS AND FACILITIES", P. Mockapetris.`` read with the number run into the
    title or the title's capitals taken for names: an RFC cited by its number, its quoted title and its authors
    names them in that order (the number a note)."""
    m = _NUMBER_FIRST.match(text)
    if m is None or not spans:
        return spans
    conf = min(s.confidence for s in spans)
    new = [Span("note", m["series"], m.start("series"), m.end("series"), conf),
           Span("title", m["title"], m.start("title"), m.end("title"), conf)]
    if m["names"]:
        new.append(Span("author", m["names"], m.start("names"), m.end("names"), conf))
    return replaced(spans, text, 0, m.end(), new)
