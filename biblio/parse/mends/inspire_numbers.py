"""Mends of INSPIRE's form of high-energy physics references, ``Names, Title, Journal 87 (2008) 371``:
the journal after the title's last comma, then the volume, the year in brackets and the page."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
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
