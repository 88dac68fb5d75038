"""Mends of particle physicists' references: a collaboration in brackets after ``et al.`` read as a title
(``G. Aad et al. (ATLAS), J. High Energy Phys. 08 (2020) 080.``) or into it (``B. P. Abbott et al. (LIGO
Scientific and Virgo Collaborations), GW170817: …``), and the Proceedings of Science's own
``PoS(LATTICE2019)123`` and INSPIRE's ``PoS ICRC2023 (2023) 1173`` read as a journal, a year and a page."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_WORKS = frozenset(["journal", "container-title"])


# "(ATLAS)," / "(Particle Data Group)": a group's name alone in brackets
_BRACKETED_GROUP = lazy_pattern(r"^\s*\((?P<group>[^()]{2,40})\)\s*,?\s*$")


@needs(labels=["author", "title"], any_label=["journal", "container-title"], marks=("et al",))
def bracketed_group_read_as_title(spans: list[Span], text: str) -> list[Span]:
    """``G. Aad et al. (ATLAS), J. High Energy Phys. …`` with the collaboration's bracket read as the title: a
    bracketed name alone after the names that close on ``et al.``, right before the journal, is a note."""
    for k in range(1, len(spans) - 1):
        names, s, work = spans[k - 1], spans[k], spans[k + 1]
        if s.label != "title" or names.label != "author" or work.label not in _WORKS:
            continue
        if not names.text.rstrip(" ,").endswith("et al.") or not _BRACKETED_GROUP.match(s.text):
            continue
        return [*spans[:k], Span("note", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "(Virgo and LIGO Scientific Collaborations), " / "(Particle Data Group), ": a group's bracket opening the title
_GROUP_OPENS = lazy_pattern(
    r"^\s*\((?:[^()]{0,60}\s)?(?:[Cc]ollaborations?|Group|Consortium|Team)\)\s*,\s*(?=\S)"
)


@needs(labels=["author", "title"], marks=("et al",))
def bracketed_group_opens_title(spans: list[Span], text: str) -> list[Span]:
    """APS's ``B. P. Abbott et al. (LIGO Scientific and Virgo Collaborations), GW170817: Title, Phys. Rev. Lett.``
    with the collaborations' bracket read into the title: the bracket after the names that close on ``et al.``
    is a note, the title begins after its comma."""
    for k in range(1, len(spans)):
        names, s = spans[k - 1], spans[k]
        if s.label != "title" or names.label != "author" or not names.text.rstrip(" ,").endswith("et al."):
            continue
        m = _GROUP_OPENS.match(s.text)
        if m is None:
            return spans
        z = s.start + m.end()
        b = s.start + len(s.text[: m.end()].rstrip(" ,"))
        note = Span("note", text[s.start : b], s.start, b, s.confidence)
        return [*spans[:k], note, Span("title", text[z : s.end], z, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# the Proceedings of Science's own citation: "PoS(LATTICE2019)123", "PoS (ICHEP2020) 045"
_POS = lazy_pattern(r"\b(?P<journal>PoS)\s*\(\s*(?P<volume>[A-Za-z][\w-]*?\d{4}[A-Za-z]?)\s*\)\s*(?P<page>\d{1,4})\b")
# INSPIRE's form of it: "PoS ICRC2023 (2023) 1173", the meeting's volume, the year in brackets and the page
_POS_INSPIRE = lazy_pattern(
    r"\b(?P<journal>PoS)\s+(?P<volume>[A-Za-z][\w-]*?\d{4}[A-Za-z]?)\s*(?P<date>\(\s*\d{4}\s*\))\s*(?P<page>\d{1,4})\b"
)


@needs(marks=("PoS",))
def pos_citation(spans: list[Span], text: str) -> list[Span]:
    """``PoS(LATTICE2019)123`` read as a journal ``PoS(``, a year and a page (INSPIRE's ``PoS ICRC2023 (2023)
    1173`` as a journal ``PoS ICRC`` and a date): the journal, the meeting's volume (the year) and the page."""
    m = _POS.search(text)
    inspire = m is None and "(" in text and (m := _POS_INSPIRE.search(text)) is not None
    if m is None or not spans or m.start() <= spans[0].start:
        return spans
    parts = ("journal", "volume", "date", "page") if inspire else ("journal", "volume", "page")
    wanted = [("pages" if g == "page" else g, *m.span(g)) for g in parts]
    inside = [s for s in spans if s.end > m.start() and s.start < m.end()]
    if [(s.label, s.start, s.end) for s in inside] == wanted:
        return spans
    conf = min((s.confidence for s in inside), default=spans[0].confidence)
    return replaced(spans, text, m.start(), m.end(), [Span(label, text[a:z], a, z, conf) for label, a, z in wanted])


# "J. Knowles, J. Chem. Phys.": a name's last initial and family name with its comma, then the journal
_NAME_REST = lazy_pattern(r"^[A-Z]\.\s(?P<family>[A-Z][\w'\u2019]+(?:-[A-Z][\w'\u2019]+)?),\s+(?=[A-Z])")
_CLOSING_INITIAL = lazy_pattern(r"(?:^|[\s.])[A-Z]\.$")


@needs(labels=["author"], any_label=["journal", "container-title"])
def name_rest_opens_journal(spans: list[Span], text: str) -> list[Span]:
    """APS's and AIP's ``…, and P. J. Knowles, J. Chem. Phys. **85**, 1469`` with the last name's second initial
    and family name read into the journal, whose abbreviation opens on the same initial: names that end on an
    initial go on to the family name and its comma (no journal's name opens on ``J. Knowles,``)."""
    for k in range(1, len(spans)):
        names, work = spans[k - 1], spans[k]
        if names.label != "author" or work.label not in _WORKS or text[names.end : work.start].strip():
            continue
        m = _NAME_REST.match(work.text)
        if m is None or not _CLOSING_INITIAL.search(names.text.rstrip()):
            continue
        end = work.start + m.end("family")
        cut = work.start + m.end()
        merged = Span("author", text[names.start : end], names.start, end, names.confidence)
        journal = Span(work.label, text[cut : work.end], cut, work.end, work.confidence)
        return [*spans[: k - 1], merged, journal, *spans[k + 1 :]]
    return spans


# "C. Shannon, Bell": a name, its comma, then a capitalised word (no initial) that opens the journal's name
_WORD_AFTER_NAME = lazy_pattern(r",\s+(?P<word>[A-Z][a-z]{2,})\s*$")
# "Bell System Technical Journal": a journal's name spelled out, each word capitalised (or a small joining word)
_SPELLED_NAME = lazy_pattern(r"[A-Z][a-z]+(?:\s(?:[A-Z][a-z]+|of|and|the|for|in|&))*")


@needs(labels=["author", "title", "journal", "volume"])
def spelled_journal_read_as_title(spans: list[Span], text: str) -> list[Span]:
    """APS's title-less ``C. Shannon, Bell System Technical Journal 27, 379-423 (1948).`` with the journal's first
    words read into the names or as a title: the capitalised words from the names' last comma to the volume are the
    journal (the form prints no title, and a title would close on its comma)."""
    for k in range(1, len(spans) - 2):
        names, title, journal, volume = spans[k - 1], spans[k], spans[k + 1], spans[k + 2]
        if names.label != "author" or title.label != "title" or journal.label != "journal" or volume.label != "volume":
            continue
        if text[title.end : journal.start].strip() or text[journal.end : volume.start].strip():
            return spans
        m = _WORD_AFTER_NAME.search(names.text)
        if m is not None and not text[names.end : title.start].strip():
            a, cut = names.start + m.start("word"), names.start + m.start() + 1  # the names keep their comma
        elif m is None and text[names.end : title.start].strip() == ",":
            a, cut = title.start, names.end
        else:
            return spans
        if not _SPELLED_NAME.fullmatch(text[a : journal.end]):
            return spans
        head = Span("author", text[names.start : cut], names.start, cut, names.confidence)
        whole = Span("journal", text[a : journal.end], a, journal.end, journal.confidence)
        return [*spans[: k - 1], head, whole, *spans[k + 2 :]]
    return spans
