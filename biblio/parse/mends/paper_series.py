"""Mend of a working paper's series and number read across a journal and a note, as economics lists
print a paper circulated in an institution's numbered series: ``“Title”, Policy Research Working Paper;
No. 9629. World Bank, Washington, DC.`` read as the journal ``Policy Research Working`` and the note
``Paper; No. 9629. World Bank,``. The series and its number are the collection (``normalisers.paper_series``
keeps the number apart); the name after them, before the place, is the publisher that issued the paper."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.paper_series import SERIES_KIND, is_year
from biblio.parse.normalisers.places import is_place
from biblio.parse.readers.apa.source import PAPER_NUMBER_FORM
from biblio.parse.spans import Span

# after the title's closing mark: the series' capitalised words, "Working Paper" (or Discussion, Staff,
# Occasional), its number with or without "No.", then the issuing body's name up to a comma or the end
_SERIES_NUMBER = lazy_pattern(
    rf"(?<=[.,;”\"’]\s)(?P<series>(?:[A-Z][\w&'-]*\s+){{0,6}}?{SERIES_KIND}\s*[;,]?\s*(?P<no>No\.\s*)?"
    r"(?P<number>(?:[A-Z]{1,4}[-/]?)?\d[\w./-]*?))(?=[.,;]?\s|[.,;]?$)"
)
# the body that issued the paper, named after its number: ". World Bank," or ", National Bureau of Economic
# Research." (a name with no digit, up to a comma or the end)
_BODY = lazy_pattern(r"[.,]\s+(?P<body>[A-Z][^\d.,;:()]{1,60}?)(?=,|\.?$)")
# a further part of the body's name after a comma ("Department of Economics, John Jay College …"), unless a place
_BODY_PART = lazy_pattern(r",\s+(?P<part>[A-Z][^\d.,;:()]{1,60}?)(?=,|\.?$)")
# what the model reads a series into: a periodical or its numbers, a note, a description, a publisher
_HOLDERS = frozenset(
    ["journal", "container-title", "collection-title", "note", "genre", "volume", "issue", "publisher"]
)


@needs(words=["paper", "report", "treaty"])  # the words SERIES_KIND ends in
def series_number_apart(spans: list[Span], text: str) -> list[Span]:
    """``Policy Research Working | Paper; No. 9629. World Bank,`` read as a journal and a note: the
    series with its number is the collection, the body named after it the publisher."""
    m = _SERIES_NUMBER.search(text)
    if m is None or not m["no"] and is_year(m["number"]):
        return spans  # "Working Paper 2014, …": a year, no paper's number
    a, z = m.span("series")
    inside = [s for s in spans if s.start < z and s.end > a]
    if not inside or any(s.label not in _HOLDERS for s in inside):
        return spans
    new = [Span("collection-title", m["series"], a, z, min(s.confidence for s in inside))]
    body = _BODY.match(text, z)
    if body is not None and not any(s.label == "publisher" for s in spans if s.end <= a or s.start >= body.end()):
        b, e = body.span("body")
        while (part := _BODY_PART.match(text, e)) is not None and not is_place(part["part"]):
            e = part.end("part")
        held = [s for s in spans if s.start < e and s.end > b]
        if held and all(s.label in _HOLDERS for s in held) and not is_place(body["body"]):
            new.append(Span("publisher", text[b:e], b, e, min(s.confidence for s in held)))
            z = e
            inside += held
    if all(s.label == "collection-title" for s in inside) and len(new) == 1:
        return spans
    return replaced(spans, text, a, z, new)


# a working paper's kind alone, as the genre: "Working Paper," (JFQA's "Title.” Working Paper, Boston University
# (2006).")
_KIND_ALONE = lazy_pattern(rf"\s*{SERIES_KIND}\s*[.,;]?\s*")
# a body's name that names a school, an institute or a bank, never a town: "Boston University", "Federal Reserve
# Bank of Chicago"
_BODY_WORD = lazy_pattern(r"\b(?:Universit(?:y|ies)|Institute|College|School|Bank|Bureau)\b(?!\s+Park)")


@needs(labels=["genre", "location"], without=["publisher"], words=["paper"])
def paper_issuer_read_as_place(spans: list[Span], text: str) -> list[Span]:
    """JFQA's ``“Title.” Working Paper, Boston University (2006).`` with the university that issued the paper read
    as its place: right after the paper's kind, with no publisher read, a name that names a school, an institute
    or a bank (not a town) is the publisher."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "location" or spans[k - 1].label != "genre":
            continue
        if not _KIND_ALONE.fullmatch(spans[k - 1].text) or not _BODY_WORD.search(s.text) or is_place(s.text):
            return spans
        if any(r.label == "publisher" for r in spans):
            return spans
        return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a title's last words before a UK command or House paper's number, read with it as a series: "English Devolution |
# White Paper. Cm 321." (the number stands after the title's full stop; the words before it close the title)
_WORDS_BEFORE_PAPER_NUMBER = lazy_pattern(
    rf"(?P<words>[A-Z][^.]{{1,80}}?\.)\s+(?P<number>{PAPER_NUMBER_FORM}\.?)(?=\s|$)"
)


@needs(labels=["title"], any_label=["collection-title", "journal", "container-title"], marks=[". C", ". H"])
def paper_number_after_title(spans: list[Span], text: str) -> list[Span]:
    """Harvard's ``Body (2024) English Devolution White Paper. Cm 321. London: HMSO.`` with the title's last words
    and the paper's number read as a journal and its volume (or a series): the words up to the full stop before the
    number are the title's, the number a series' of its own."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label not in ("collection-title", "journal", "container-title"):
            continue
        if text[s.end : nxt.start].strip() or s.text.rstrip()[-1:] in ".?!":
            return spans  # (the title closed before the series: "Title. Series. Cm 321" keeps its series)
        m = _WORDS_BEFORE_PAPER_NUMBER.match(text, nxt.start)
        if m is None:
            return spans
        over = k + 1
        while over + 1 < len(spans) and spans[over + 1].end <= m.end():
            over += 1  # (the number's digits read as a volume)
        if spans[over].end != m.end():
            return spans
        title = Span("title", text[s.start : m.end("words")], s.start, m.end("words"), s.confidence)
        number = Span("collection-title", m["number"], m.start("number"), m.end(), nxt.confidence)
        return [*spans[:k], title, number, *spans[over + 1 :]]
    return spans


# Chicago's, AAA's and MHRA's report in a numbered series: the number after the title's stop, then the series' name
# ("Title. No. 84. EQUINET Discussion Paper Series. EQUINET.", "Title. 09/202. IMF Working Papers. Publisher.",
# "Title, no. 68, OECD Taxation Working Papers (OECD Publishing, 2024)"): the name ends on a paper's kind or "Series";
# a year or a span of years ("…, 1851-2008. Working Papers") closes the title, no number
_NUMBER_THEN_SERIES = lazy_pattern(
    r"(?<=[^\W\d_)\]”\"’]{2})[.,]\s+(?P<number>(?:[Nn]o\.\s*)?(?!(?:1[5-9]|20)\d\d\b)(?:[A-Z]{1,4}[-/])?\d[\d/.-]*[a-z]?)"
    r"[.,:]\s+"
    r"(?P<series>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|on|in|and|for|the|&)){0,8}?"
    rf"\s+(?:{SERIES_KIND}|Series))(?=[.,]\s|\s\(|[.,]?$)"
)
# the body that issued it after the series, up to its year, an address or the end ("… Series. EQUINET.")
_ISSUER = lazy_pattern(r"\.\s+(?P<body>[A-Z][^\d.,;:()]{1,60}?)(?=,\s*\d{4}|\.?\s*$|\.\s+(?:https?://|doi))")
# the spans a title's number and series are misread into, the title's own among them (and a publisher the series'
# name opens: "Nordic Discussion Paper Series. Nordic Fiscal Council.")
_SERIES_HOLDERS = frozenset(
    ["title", "journal", "container-title", "collection-title", "note", "genre", "volume", "issue", "publisher"]
)


@needs(labels=["title"], words=["paper", "series"])
def numbered_series_closing_title(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``Title. No. 84. EQUINET Discussion Paper Series. EQUINET.`` (AAA's ``Title. 68. OECD Taxation
    Working Papers. Paris: …``) with the report's number and series read into the title, a note or a container: the
    number and the series' name after the title's stop are the collection's (the number a note), the body named
    after them, where no publisher is read, the publisher."""
    m = _NUMBER_THEN_SERIES.search(text)
    if m is None:
        return spans
    a, z = m.start(), m.end("series")
    title = next((s for s in spans if s.label == "title"), None)
    if title is None or not title.start < a <= title.end + 1:
        return spans  # (the number follows the work's own title)
    inside = [s for s in spans if s.start < z and s.end > a]
    if any(s.label not in _SERIES_HOLDERS or s.label == "title" and s is not title for s in inside):
        return spans
    conf = min(s.confidence for s in inside) if inside else title.confidence
    new = [
        Span("note", m["number"], m.start("number"), m.end("number"), conf),
        Span("collection-title", m["series"], m.start("series"), z, conf),
    ]
    body = _ISSUER.match(text, z)
    others = [s for s in spans if s.label == "publisher" and s not in inside]
    if body is not None and not others and not is_place(body["body"]):
        b, e = body.span("body")
        held = [s for s in spans if s.start < e and s.end > b]
        if held and all(s.label in _SERIES_HOLDERS for s in held):
            new.append(Span("publisher", body["body"], b, e, min(s.confidence for s in held)))
            z = e
    return replaced(spans, text, a, z, new)
