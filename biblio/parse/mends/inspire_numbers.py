"""Mends of INSPIRE's form of high-energy physics references, ``Names, Title, Journal 87 (2008) 371``:
the journal after the title's last comma, then the volume, the year in brackets and the page."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the title's last clause when it is a few capitalised words: the journal ("…, Les Houches")
_LINK = r"(?:of|de|des|du|di|der|für|la|le|for|and|et)"
_JOURNAL_CLAUSE = lazy_pattern(rf",\s+(?P<journal>[A-Z][\w'’-]*\.?(?:\s+(?:{_LINK}\s+)?[A-Z][\w'’-]*\.?){{0,3}})\s*$")
# "(2008) 371": the year in brackets and the page, as INSPIRE sets them after the volume
_YEAR_PAGE = lazy_pattern(r"\s*\(\s*(?:1[6-9]|20)\d\d\s*\)\s*[A-Za-z]?\d")
# "10 (2007)": a volume read into the bracketed year
_VOLUME_YEAR = lazy_pattern(r"(?P<volume>[A-Z]?\d{1,5})\s+(?P<date>\(\s*(?:1[6-9]|20)\d\d\s*\))")


@needs(labels=("title", "volume"), without=("journal", "container-title"), marks=("(",))
def journal_before_bracketed_year(spans: list[Span], text: str) -> list[Span]:
    """``T. Damour and M. Lilley, String theory, gravity and experiment, Les Houches 87 (2008) 371`` with
    the journal read as the title's last clause: a clause of capitalised words right before the volume
    and the bracketed year is the journal."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label != "title" or t.label != "volume" or text[s.end : t.start].strip():
            continue
        m = _JOURNAL_CLAUSE.search(s.text)
        if m is None or not _YEAR_PAGE.match(text, t.end) or len(s.text[: m.start()].split()) < 2:
            return spans
        cut = s.start + m.start()
        a = s.start + m.start("journal")
        title = Span("title", text[s.start : cut + 1], s.start, cut + 1, s.confidence)
        journal = Span("journal", text[a : s.end], a, s.end, s.confidence)
        return [*spans[:k], title, journal, *spans[k + 1 :]]
    return spans


@needs(labels=("journal", "date"), without=("volume",))
def volume_in_bracketed_year(spans: list[Span], text: str) -> list[Span]:
    """``Nonlin. Phenom. Complex Syst. 10 (2007) 347`` with ``10 (2007)`` read as the date: the number
    before the bracketed year, right after the journal, is the volume."""
    for k in range(1, len(spans)):
        s, t = spans[k - 1], spans[k]
        if s.label != "journal" or t.label != "date" or text[s.end : t.start].strip():
            continue
        m = _VOLUME_YEAR.fullmatch(t.text.strip())
        if m is None or m.group("volume") in m.group("date"):
            return spans  # "2015 (2015)": a volume named by its year is left as read
        lead = t.start + len(t.text) - len(t.text.lstrip())
        volume = Span("volume", m.group("volume"), lead + m.start("volume"), lead + m.end("volume"), t.confidence)
        date = Span("date", m.group("date"), lead + m.start("date"), lead + m.end("date"), t.confidence)
        return [*spans[:k], volume, date, *spans[k + 1 :]]
    return spans


# "[Erratum ibid. 612 (2022) E24]", "[Erratum: Phys. Rev. D 80 (2009) 109901]": the erratum's numbers in brackets
_ERRATUM = lazy_pattern(r"\[\s*Erratum\b[^\[\]]*\]")
# "(2022) 52": the bracketed year and the page after it, read as one date
_DATE_PAGE = lazy_pattern(r"(?P<date>\(\s*(?:1[6-9]|20)\d\d\s*\))\s+(?P<page>[A-Za-z]?\d{1,7}[A-Za-z]?)\s*$")


@needs(marks=("Erratum",))
def erratum_bracket_apart(spans: list[Span], text: str) -> list[Span]:
    """INSPIRE's ``Nature 607 (2022) 52 [Erratum ibid. 612 (2022) E24]`` with the erratum's numbers read as the
    article's (its page as the page, the article's page into the date before it): the bracket is a note, and a
    page after the bracketed year before it is the article's."""
    m = _ERRATUM.search(text)
    if m is None:
        return spans
    a, z = m.span()
    inside = [s for s in spans if s.end > a and s.start < z]
    if len(inside) < 2 and all(s.label == "note" for s in inside):
        return spans
    if any(s.start < a or s.end > z and text[z : s.end].strip() for s in inside):
        return spans  # a span running across the bracket's edge: leave the reading as it is
    conf = min((s.confidence for s in inside), default=1.0)
    before = [s for s in spans if s.end <= a]
    after = [s for s in spans if s.start >= z]
    if before and before[-1].label == "date" and not any(s.label == "pages" for s in before):
        d = before[-1]
        dp = _DATE_PAGE.fullmatch(d.text)
        if dp is not None:
            before = [
                *before[:-1],
                Span("date", dp["date"], d.start + dp.start("date"), d.start + dp.end("date"), d.confidence),
                Span("pages", dp["page"], d.start + dp.start("page"), d.start + dp.end("page"), d.confidence),
            ]
    return [*before, Span("note", text[a:z], a, z, conf), *after]


# INSPIRE's closing links: "[arXiv:1906.11283] [INSPIRE].", "[hep-ph/0309300] [INSPIRE]."
_INSPIRE_TAIL = lazy_pattern(r"(?:\[[^\[\]]{1,60}\]\s*)*\[INSPIRE\]\.?\s*$")
_NOT_LINKS = frozenset(["publisher", "location", "journal", "container-title", "collection-title"])


@needs(marks=("[INSPIRE]",), any_label=_NOT_LINKS)
def inspire_link_read_as_imprint(spans: list[Span], text: str) -> list[Span]:
    """INSPIRE's ``… Phys. Rev. D 100 (2019) 103011 [Erratum …] [arXiv:1906.11283] [INSPIRE].`` with the closing
    ``INSPIRE]`` read as a publisher: the links in brackets after the numbers are one note."""
    m = _INSPIRE_TAIL.search(text)
    if m is None:
        return spans
    a = m.start()
    inside = [s for s in spans if s.end > a]
    if not any(s.label in _NOT_LINKS for s in inside) or any(s.start < a for s in inside):
        return spans
    z = len(text.rstrip())
    conf = min(s.confidence for s in inside)
    return [*[s for s in spans if s.end <= a], Span("note", text[a:z], a, z, conf)]


# ", JHEP 02", ", Phys. Lett. B 761": a journal and its number (INSPIRE's volume, or JHEP's issue)
_JOURNAL_NUMBER = lazy_pattern(
    r"^[\s,]*(?P<journal>[A-Z][\w.&:'’-]*(?:\s[A-Z][\w.&:'’-]*){0,5})\s+(?P<number>[A-Z]?\d{1,4})\s*$"
)
_BRACKETED_YEAR = lazy_pattern(r"^\(\s*(?:1[6-9]|20)\d\d\s*\)")


@needs(labels=("author", "title", "date"), marks=("(",))
def journal_number_read_as_names(spans: list[Span], text: str) -> list[Span]:
    """INSPIRE's ``I. Brivio et al., Title?, | JHEP 02 | (2020) 131`` with the journal and its number read as a
    second name list after the title: before the bracketed year, a journal's words and a number are the journal and
    its volume."""
    for k in range(1, len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "author" or spans[k - 1].label != "title" or nxt.label != "date":
            continue
        m = _JOURNAL_NUMBER.match(s.text)
        if m is None or not _BRACKETED_YEAR.match(nxt.text):
            return spans
        j, v = m.span("journal"), m.span("number")
        return [
            *spans[:k],
            Span("journal", m["journal"], s.start + j[0], s.start + j[1], s.confidence),
            Span("volume", m["number"], s.start + v[0], s.start + v[1], s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# INSPIRE's citation key, the collaboration's or first author's name, a colon, the year and two or three letters:
# "Belle-II:2023esi", "ATLAS:2012yve", "Weinberg:1967tq"
_TEXKEY = lazy_pattern(r"(?<![\w/.:-])[A-Za-z][\w.+'-]{0,30}:(?:19|20)\d\d[a-z]{2,3}(?![\w/.:-])")


@needs(marks=(":19", ":20"))
def citation_key_apart(spans: list[Span], text: str) -> list[Span]:
    """``Belle-II:2023esi (2024)`` with the key split into a name and a date (the key's year taken for the
    work's): an INSPIRE key is one note, and the year after it is the date."""
    m = _TEXKEY.search(text)
    if m is None:
        return spans
    a, z = m.span()
    inside = [s for s in spans if s.start < z and a < s.end]
    if not inside or all(s.label == "note" and s.start <= a and z <= s.end for s in inside):
        return spans
    return replaced(spans, text, a, z, [Span("note", text[a:z], a, z, min(s.confidence for s in inside))])
