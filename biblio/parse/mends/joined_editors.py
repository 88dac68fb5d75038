"""Spanish and French catalogue lists: a chapter's editors joined by a conjunction with the first cut off (``…», en
M. L. López Vidriero y P. Cátedra, eds., *Book*`` with ``en M. L. López Vidriero y`` read as a genre); a journal's
town and year in one bracket (``*Journal*, t. V (Paris 1879) 126-129``)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import devotional_given_opening
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# "en"/"in"/"dans" and one person's name (initials or given names, then the family name), closed by the list's
# conjunction: the first of the editors the span after it names
_FIRST_OF_JOINED = lazy_pattern(
    r"(?:(?:in|en|dans|im)\s*:?\s+)?(?P<names>(?:[A-ZÀ-Ý][\w'’.-]*\s+){1,4}[A-ZÀ-Ý][\w'’-]+)\s*,?\s+(?:y|and|et|e|und|&)"
)


@needs(labels=["genre", "editor"])
def first_editor_read_as_genre(spans: list[Span], text: str) -> list[Span]:
    """The genre ``en M. L. López Vidriero y`` straight before the editor ``P. Cátedra, eds.,``: the first
    editor's name, joined to the editors' span."""
    for k in range(len(spans) - 1):
        g, e = spans[k], spans[k + 1]
        if g.label != "genre" or e.label != "editor" or text[g.end : e.start].strip():
            continue
        m = _FIRST_OF_JOINED.fullmatch(g.text.strip())
        if m is None:
            continue
        a = g.start + (len(g.text) - len(g.text.lstrip())) + m.start("names")
        return [*spans[:k], Span("editor", text[a : e.end], a, e.end, e.confidence), *spans[k + 2 :]]
    return spans


# a journal's volume, then its town and year in one bracket, then the pages: "*Archives …*, t. V (Paris 1879)
# 126-129", "*Boletín …*, XXIX (Madrid 1949) 453-509"
_TOWN_YEAR_BRACKET = lazy_pattern(
    r"(?<=[\w.])\s+\((?P<town>[A-ZÀ-Ý][^\W\d_]+(?:\s[A-ZÀ-Ý][^\W\d_]+)?)\s+(?P<year>(?:1[5-9]|20)\d\d)\)"
    r"(?=[\s,:]+\d)"
)


@needs(any_label=["container-title", "journal"], marks=[" ("])
def town_in_journal_year_bracket(spans: list[Span], text: str) -> list[Span]:
    """``*Journal*, t. V (Paris 1879) 126-129`` with the town read as the issue and the year run into the pages:
    the town is a note, the year the date."""
    if (m := _TOWN_YEAR_BRACKET.search(text)) is None or not is_place(m.group("town")):
        return spans
    if any(s.label == "date" and s.start <= m.start("year") < s.end for s in spans):
        return spans
    if not any(s.label in ("container-title", "journal") and s.end <= m.start() for s in spans):
        return spans
    a, z = m.start("town"), m.end("year")
    new = [Span("note", m.group("town"), a, m.end("town")), Span("date", m.group("year"), m.start("year"), z)]
    return replaced(spans, text, m.start() + 1, z + 1, new)



@needs(labels=["author", "title"], marks=[" de"])
def devotional_given_read_as_title(spans: list[Span], text: str) -> list[Span]:
    """``Sánchez Cantón, María del Pilar. *Los libros …*`` with the given name, which closes on a devotion,
    read into the title: it is the inverted author's given name."""
    for k in range(1, len(spans)):
        a, t = spans[k - 1], spans[k]
        if a.label != "author" or t.label != "title" or not a.text.rstrip().endswith(","):
            continue
        lead = len(t.text) - len(t.text.lstrip())
        n = devotional_given_opening(t.text[lead:])
        if not n:
            return spans
        z = t.start + lead + n
        return replaced(spans, text, a.start, z, [Span("author", text[a.start : z], a.start, z, a.confidence)])
    return spans


# a volume's word and number, a comma, then the page cited: "vol. I, 93.", "t. III, 120-125", "vol. 4, 65"
_VOLUME_THEN_PAGE = lazy_pattern(
    r"(?P<volume>(?:vol|t|tomo|Bd)\.\s?(?:[IVXLC]{1,7}|\d{1,4})),\s+(?P<page>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)\.?\s*"
)


@needs(labels=["volume", "date"], marks=[", "])
def page_read_into_volume(spans: list[Span], text: str) -> list[Span]:
    """``(Munich y Leipzig: R. Oldenburg, 1889) vol. I, 93.`` with the page cited after the book's volume read
    into the volume: the number after the comma is the page."""
    for k, s in enumerate(spans):
        if s.label != "volume" or (m := _VOLUME_THEN_PAGE.fullmatch(s.text)) is None:
            continue
        if not any(p.label == "date" for p in spans[:k]):
            continue
        a = s.start
        parts = [
            Span("volume", m.group("volume"), a + m.start("volume"), a + m.end("volume"), s.confidence),
            Span("pages", m.group("page"), a + m.start("page"), a + m.end("page"), s.confidence),
        ]
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


# Spanish lists' number of a journal's issue after its volume, read as one volume: "t. 15, núm. 4, 1963"
_VOLUME_THEN_NUMBER = lazy_pattern(
    r"(?P<volume>(?:(?:t|tomo|vol)\.?\s?)?(?:\d{1,4}|[IVXLC]{1,7})),\s+(?:núm|num)\.?\s?"
    r"(?P<n>\d{1,4}(?:[-/]\d{1,4})?)[\s,.;]*"
)


@needs(labels=["volume"], without=["issue"], marks=["núm"])
def issue_number_read_into_volume(spans: list[Span], text: str) -> list[Span]:
    """``*Acta Salmanticensia*, t. 15, núm. 4, 1963.`` with ``núm. 4`` read into the volume (and then left over):
    the number after ``núm.`` is the issue."""
    for k, s in enumerate(spans):
        if s.label != "volume" or (m := _VOLUME_THEN_NUMBER.fullmatch(s.text)) is None:
            continue
        a = s.start
        parts = [
            Span("volume", m.group("volume"), a + m.start("volume"), a + m.end("volume"), s.confidence),
            Span("issue", m.group("n"), a + m.start("n"), a + m.end("n"), s.confidence),
        ]
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


# a Spanish or Catalan issue's mark and number standing alone between commas (no volume before it): "*Papel
# periódico …*, núm. 19, 17 de junio de 1791, 163.", "…del siglo XVIII\", núm. 22 (2004): 20–31"
_LONE_ISSUE_MARK = lazy_pattern(r"(?<=[,”\"*])\s+(?P<mark>núm\.)\s?(?P<n>\d{1,4})(?=[,\s(])")


@needs(without=["issue"], marks=["núm."])
def lone_issue_mark(spans: list[Span], text: str) -> list[Span]:
    """``*Journal*, núm. 19, 17 de junio de 1791, 163.`` with the mark read into the journal (or as the volume)
    and the number as the day of the date: the number after ``núm.`` is the issue."""
    m = _LONE_ISSUE_MARK.search(text)
    if m is None:
        return spans
    a, z = m.start("mark"), m.end("n")
    inside = [s for s in spans if s.start < z and a < s.end]
    if not inside or any(s.label in ("author", "editor", "pages") for s in inside):
        return spans
    if any(s.start < a and len(s.text[: z - s.start].rstrip()) < len(s.text.rstrip()) for s in inside):
        return spans  # (the mark inside a longer span, not closing it)
    if inside[0].label == "title":
        a = m.start("n")  # (a title run on into the journal keeps the mark: the record's journal is cut later)
    mended = replaced(spans, text, a, z, [Span("issue", m.group("n"), m.start("n"), z, inside[-1].confidence)])
    # (the mark cut from the span it closed: "Papel periódico …, núm" keeps its name)
    return [s for s in mended if s.text.strip(" ,.;:")]
