"""Mends of a web or news outlet's name after a quoted title: ``S. Lawson, "Ten Ways …", PCWorld, 6 Apr.
2012;`` with the outlet read as a second author (names come before the title, and a person named after it
has a role word), and ``“Title,” Marketing91, January 30, 2020,`` with the digits glued to the name read as a
volume (a volume is set apart from its journal by a space or a mark)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a title span closed by its quote: '"Ten Ways …",' / '“Title,”'
_QUOTE_CLOSED = lazy_pattern(r"[\"\u201d][,.]?\s*$|,[\"\u201d]\s*$")
# one name alone, no list: no comma inside, no "and", no "&"
_ONE_PART = lazy_pattern(r"^[^,;&]+?,?\s*$")
_LIST_WORD = lazy_pattern(r"\band\b")
# a word's lower-case end, no abbreviation's capital ("Phys. Rev. D12" is a journal's series and volume)
_WORD_END = lazy_pattern(r"[a-z]{2}$")


@needs(labels=("title", "author", "date"))
def outlet_after_quoted_title(spans: list[Span], text: str) -> list[Span]:
    """``"Title", | PCWorld, | 6 Apr. 2012;`` with the outlet read as an author: it is the container."""
    for k in range(1, len(spans) - 1):
        title, s, date = spans[k - 1], spans[k], spans[k + 1]
        if s.label != "author" or title.label != "title" or date.label != "date" or k < 2:
            continue
        if spans[k - 2].label != "author" or not _QUOTE_CLOSED.search(title.text):
            continue
        if not _ONE_PART.match(s.text) or _LIST_WORD.search(s.text):
            continue
        return [*spans[:k], Span("container-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=("journal", "volume"))
def digits_glued_to_outlet(spans: list[Span], text: str) -> list[Span]:
    """``Marketing | 91,`` with no space between: the digits end the outlet's name, no volume."""
    for k in range(len(spans) - 1):
        j, v = spans[k], spans[k + 1]
        if j.label != "journal" or v.label != "volume" or v.start != j.end or not _WORD_END.search(j.text):
            continue
        if not v.text.rstrip(" ,.;").isdigit() or {"issue", "pages"} & {t.label for t in spans}:
            continue
        joined = Span("journal", text[j.start : v.end], j.start, v.end, min(j.confidence, v.confidence))
        return [*spans[:k], joined, *spans[k + 2 :]]
    return spans


# an outlet's name: one part of a few capitalised words, no digits, no list
_OUTLET = lazy_pattern(r"^[^\W\d_][^\d,;:()\[\]\"“”]{0,50}?[.,]?\s*$")
# what may follow the outlet: its address and the access note
_AFTER_OUTLET = frozenset({"url", "accessed", "doi"})


@needs(labels=("title", "date"))
def outlet_after_date(spans: list[Span], text: str) -> list[Span]:
    """MLA's ``“Title”, 8 Jan. 2021, Polygon. https://…`` with the outlet after the date read as a second
    title: the site or periodical named after the date is the container."""
    for k in range(2, len(spans)):
        title, date, s = spans[k - 2], spans[k - 1], spans[k]
        if s.label != "title" or date.label != "date" or title.label != "title":
            continue
        if not _QUOTE_CLOSED.search(title.text) or not _OUTLET.match(s.text) or len(s.text.split()) > 5:
            continue
        if _LIST_WORD.search(s.text) or any(t.label not in _AFTER_OUTLET for t in spans[k + 1 :]):
            continue
        return [*spans[:k], Span("container-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# the quoted title, then words run into its span after the quote: ``“Title”, Open Source Security``
_SITE_AFTER_QUOTE = lazy_pattern(r"^(?P<title>[\"“][^\"“”]+(?:,[\"”]|[\"”],))\s+(?P<site>[A-Z][^\"“”,;]*?)\s*,?\s*$")
_ENDS = ("url", "doi", "date", "accessed")


@needs(labels=("title",), marks=("”", '"'))
def site_run_into_quoted_title(spans: list[Span], text: str) -> list[Span]:
    """``“Title”, Open Source Security | Podcast, | URL`` with the site's words read into the title (its last word
    as a medium): the words between the closing quote and the link are the site, the container."""
    for k, s in enumerate(spans):
        if s.label != "title" or (m := _SITE_AFTER_QUOTE.match(s.text)) is None:
            continue
        rest = spans[k + 1 :]
        end = s.start + m.end("site")
        if rest and rest[0].label in ("medium", "genre", "publisher") and len(rest[0].text.split()) == 1:
            end = rest[0].start + len(rest[0].text.rstrip(" ,;."))
            rest = rest[1:]
        if rest and rest[0].label not in _ENDS or not _WORD_END.search(text[:end]):
            continue
        site_from = s.start + m.start("site")
        new = [
            Span("title", m["title"], s.start, s.start + m.end("title"), s.confidence),
            Span("container-title", text[site_from:end], site_from, end, s.confidence),
        ]
        return [*spans[:k], *new, *rest]
    return spans


# Wikipedia's older hand-written news citation: the writer in natural order, then the outlet, then the quoted title
# ("Dean Takahashi, VentureBeat. \" Title.\"", "Dylan McGrath, *EE Times*, \" Title \".")
_WRITER_THEN_OUTLET = lazy_pattern(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,2}),\s+"
    r"(?P<outlet>\*[^*]{2,60}\*|(?:The\s+)?[A-Z][\w&'’.-]+(?:\s+[A-Z][\w&'’.-]+){0,3}?)\s*[.,]?\s*$"
)


@needs(labels=["author", "title"], marks=('"', "“"))
def outlet_after_writer(spans: list[Span], text: str) -> list[Span]:
    """``Dean Takahashi, VentureBeat. " Title."`` or ``Dylan McGrath, *EE Times*, " Title ".`` read as two
    authors: after a writer named in natural order, an outlet in italics, of one word or opening on "The" is the
    container the article appeared in."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "title":
        return spans
    a = spans[0]
    m = _WRITER_THEN_OUTLET.match(a.text)
    if m is None or spans[1].text.lstrip()[:1] not in ('"', "“"):
        return spans
    outlet = m.group("outlet")
    if not (outlet.startswith(("*", "The ")) or " " not in outlet.strip(" .,")):
        return spans
    if len(outlet.strip("*. ,")) < 3:
        return spans  # "Merino Recalde, D.": a family name in two words, then the initial
    z = a.start + m.end("name")
    o0, o1 = a.start + m.start("outlet"), a.start + m.end("outlet")
    return [
        Span("author", text[a.start : z], a.start, z, a.confidence),
        Span("container-title", text[o0:o1], o0, o1, a.confidence),
        *spans[1:],
    ]
