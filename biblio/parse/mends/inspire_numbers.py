"""Mends of INSPIRE's form of high-energy physics references, ``Names, Title, Journal 87 (2008) 371``:
the journal after the title's last comma, then the volume, the year in brackets and the page."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.mends.month_issues import MONTH, MONTHLY
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


# INSPIRE's ", in the proceedings of the Snowmass 2021, Seattle, U.S.A., July 17–26 (2022)": its own lower-case
# words before the meeting's name
_IN_PROCEEDINGS = lazy_pattern(r",\s+in the proceedings of (?:the )?(?=\w)")
# what follows the meeting's name: its place, its dates or the year, the links
_AFTER_MEETING = frozenset(["location", "date", "doi", "note", "url", "pages"])


@needs(marks=("in the proceedings of",))
def meeting_after_in_the_proceedings(spans: list[Span], text: str) -> list[Span]:
    """INSPIRE's ``Title, in the proceedings of the Snowmass 2021, Seattle, U.S.A., July 17–26 (2022)`` with the
    meeting read into the title or its words kept in the container: the meeting's name is the container, and the
    place read before its dates is where it met."""
    m = _IN_PROCEEDINGS.search(text)
    if m is None:
        return spans
    a = m.end()
    nxt = next((s for s in spans if s.start >= a), None)
    if nxt is None or nxt.label not in _AFTER_MEETING:
        return spans
    z = nxt.start
    held = text[a:z].rstrip(" ,")
    inside = [s for s in spans if s.start < z and s.end > m.start() + 1]  # (a span closing on the comma: before)
    if not held or any(s.label not in ("title", "container-title") for s in inside):
        return spans
    if any(s.start < m.start() and s.label != "title" for s in inside):
        return spans
    alone = len(inside) == 1 and inside[0].label == "container-title" and inside[0].start == m.start() + 2
    if alone and nxt.label != "location":
        return spans  # read as it stands, no place to set apart
    conf = min(s.confidence for s in inside)
    b = m.start() + 1 + len(text[m.start() + 1 : a]) - len(text[m.start() + 1 : a].lstrip())
    new = [Span("container-title", text[b : a + len(held)], b, a + len(held), conf)]
    k = spans.index(nxt)
    if nxt.label == "location" and k + 1 < len(spans) and spans[k + 1].label == "date":
        spans = [*spans[:k], Span("event-place", nxt.text, nxt.start, nxt.end, nxt.confidence), *spans[k + 1 :]]
    return replaced(spans, text, m.start() + 1, z, new)


# INSPIRE's close, "…, Phys. Rev. D 84 (2011) 105030 [arXiv:…] [INSPIRE].", "…, JHEP **06** (2006) 051 […]": after
# the last comma, the journal, its volume (bold in a Markdown copy), the year in brackets, the page, the links; the
# comma may close a quoted title (", JHEP 1411 (2014) 044") and a PDF's text may run the bracket on ("1105(2011) 031")
_CLOSING_NUMBERS = lazy_pattern(
    r",[\"\u201d]?\s+(?P<journal>\*?[A-Z][^,()\[\]\d]{1,60}?)\s+\*{0,2}(?P<volume>\d{1,5})\*{0,2}\s*"
    r"\((?P<date>(?:1[6-9]|20)\d\d)\)\s+(?P<page>[A-Z]?\d{1,9}[A-Z]?)"
    r"(?P<links>(?:\s*\[(?:[^\[\]]|\[[^\[\]]{0,20}\]){1,80}\])*)\.?\s*$"
)
# a journal's name is no volume's or number's word ("vol. 3 (2001) 45")
_NUMBER_WORD = lazy_pattern(r"^(?:vols?|no|nos|nr|bd|t|tome|band)\.?$", re.I)
_READ_AS_NUMBERS = ("journal", "volume", "date", "pages")
# what the model reads the journal, its numbers and the links as (any other field there: not INSPIRE's close)
_AROUND_NUMBERS = frozenset(
    [
        "title",
        "journal",
        "container-title",
        "volume",
        "issue",
        "date",
        "pages",
        "note",
        "medium",
        "location",
        "publisher",
        "arxiv",
    ]
)
# one of the links after the page: "[arXiv:1801.04279]", "[DOI:10.3847/1538-4365/acae90]", "[INSPIRE]", with the
# arXiv class in brackets of its own "[arXiv:1406.6103 [hep-th]]"
_LINK_BRACKET = lazy_pattern(r"\[(?P<doi>DOI:\s*)?(?:[^\[\]]|\[[^\[\]]{0,20}\])*\]", re.I)


@needs(marks=(") ",))
def journal_numbers_closing(spans: list[Span], text: str) -> list[Span]:
    """INSPIRE's ``Title, AIP Conf. Proc. **1381** (2011) 117 [arXiv:…] [INSPIRE].`` or ``Title, JCAP 06 (2019)
    042 […]`` with the journal read into the title, its volume as the issue or the links into the page: after the
    title's last comma, the journal, the volume, the bracketed year and the page close the reference."""
    m = _CLOSING_NUMBERS.search(text)
    if m is None or _NUMBER_WORD.match(m["journal"].strip("* ")):
        return spans
    a = m.start("journal")
    inside = [s for s in spans if s.end > a]
    if [s.label for s in inside[:4]] == list(_READ_AS_NUMBERS) and inside[3].end <= m.end("page") + 1:
        return spans  # read as it stands
    if any(s.label not in _AROUND_NUMBERS for s in inside):
        return spans
    before = [s for s in spans if s.start < a]
    if not before or before[-1].label not in ("title", "journal", "container-title") and before[-1].end > a:
        return spans
    conf = min(s.confidence for s in inside)
    new = [
        Span(label, m[g], m.start(g), m.end(g), conf)
        for label, g in zip(_READ_AS_NUMBERS, ("journal", "volume", "date", "page"), strict=True)
    ]
    if MONTHLY.fullmatch(m["journal"]) and MONTH.fullmatch(m["volume"]):
        new[1] = Span("issue", m["volume"], m.start("volume"), m.end("volume"), conf)  # JHEP's month (month_issues)
    new[2] = Span("date", text[m.start("date") - 1 : m.end("date") + 1], m.start("date") - 1, m.end("date") + 1, conf)
    for link in _LINK_BRACKET.finditer(text, m.start("links"), m.end("links")):
        label = "doi" if link["doi"] else "note"
        if label == "note" and new[-1].label == "note":
            new[-1] = Span("note", text[new[-1].start : link.end()], new[-1].start, link.end(), conf)
        else:
            new.append(Span(label, link[0], link.start(), link.end(), conf))
    return replaced(spans, text, a, len(text), new)
