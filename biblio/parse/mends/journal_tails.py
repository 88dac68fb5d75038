"""Mends of a journal named in the last sentence before its numbers, as Google Scholar's "Cite" box
prints it from its metadata (journal names in lower case, no abbreviation marks):

- Vancouver: ``Title. nature. 2015 May 28;521(7553):436-44.`` or ``Title. Advances in neural information
  processing systems. 2017;30.``, with the journal read into the title or the date, the day as the volume;
- Harvard: ``Names, 2017. Title. Advances in neural information processing systems, 30.`` or ``Title. the
  Journal of machine Learning research, 12, pp.2825-2830.``, with the volume read as the page or the journal
  into the title; Elsevier's Harvard ``Names, 1993. Title. Journal Name 68, 118.``, the volume after the name.

In both the numbers close the reference, and the sentence just before them is the journal's name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced, written_out
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a month as NLM abbreviates it (Scholar's Vancouver and its other forms write it so)
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))?"
# NLM's date: the year, then its month and day where known ("2015 May 28")
NLM_DATE = rf"(?:1[6-9]|20)\d\d(?:\s+{MONTH}(?:\s+[0-3]?\d)?)?"
# the journal: one sentence of words after the title's full stop (no stop, colon or semicolon inside it)
_JOURNAL = r"(?<=[.?!])\s+(?P<journal>[^\W\d_][^.;:?!()]*?)"
# Vancouver's journal may hold a subtitle after a colon and a space ("Caracteres: estudios culturales …"):
# its sentence still ends at the stop before the date
_NLM_JOURNAL = r"(?<=[.?!])\s+(?P<journal>[^\W\d_][^.;:?!()]*?(?::\s[^.;:?!()]+?)?)"
_ISSUE = r"(?:\s*\((?P<issue>[^()\s][^()]{0,11})\))?"
_RANGE = r"[A-Za-z]?\d{1,6}(?:\s*[-\u2013]\s*[A-Za-z]?\d{1,6})?"
# what may follow the numbers: nothing, or the identifiers NLM sets after them
_END = r"(?=\.?\s*(?:$|doi\b|DOI\b|https?://|PMID\b))"
# "nature. 2015 May 28;521(7553):436-44" / "Econometrica. 1979 Mar;47(2):263-91" / "… systems. 2017;30"
# (a supplement after the volume with no bracket: "Trials. 2017;18 Suppl 3:280.")
_VANCOUVER = lazy_pattern(
    _NLM_JOURNAL + r"\.\s+(?P<date>" + NLM_DATE + r")\s*;\s*"
    r"(?P<volume>\d{1,5}[A-Za-z]?)" + _ISSUE + r"(?:\s+(?P<supplement>Suppl\.?(?:\s?\d{1,3}|\s?[A-Z])?))?"
    rf"(?:\s*:\s*(?P<pages>{_RANGE}))?" + _END
)
# Harvard as Scholar prints it: "Names, 2017. Title." opens the reference
HARVARD_HEAD = lazy_pattern(r"^[^()\d]{2,}?,\s(?:1[5-9]|20)\d\d[a-z]?\.\s")
# "systems, 30." / "research, 12, pp.2825-2830." / "medicine, 2(8), p.e124."
_HARVARD = lazy_pattern(
    _JOURNAL + r",\s+(?P<volume>\d{1,5}[A-Za-z]?)" + _ISSUE + rf"(?:,\s+(?P<pages>pp?\.\s?{_RANGE}))?" + _END
)
_YEAR = lazy_pattern(r"(?:1[5-9]|20)\d\d")
_VOLUME_CLOSING = lazy_pattern(r"\s(\d{1,5}[A-Za-z]?)$")
_VENUES = ("journal", "container-title")
_AROUND = " .,;:()"


def _numbers_read(spans: list[Span], m: re.Match[str], groups: list[tuple[str, int, int]] | None = None) -> list[Span]:
    """``spans`` with the journal and its numbers found by ``m`` (or at ``groups``' offsets) read as such; a
    journal span the model began earlier (``Proc Natl Acad Sci`` with its stops) keeps its beginning."""
    if groups is None:
        groups = [("issue" if g == "supplement" else g, m.start(g), m.end(g))
                  for g in ("journal", "date", "volume", "issue", "supplement", "pages")
                  if g in m.re.groupindex and m.group(g)]
    a, z = m.start("journal"), m.end()
    j_end = groups[0][2]
    title_at = -1
    for s in spans:
        if (
            s.label in _VENUES
            and s.start < a < s.end
            and not any(t.label == "title" and t.start >= s.start for t in spans)
        ):
            if written_out(m.string[s.start : a].rstrip(" .")) and not any(t.label == "title" for t in spans):
                title_at = s.start  # "Machine Learning For Medical Imaging. Radiology.": a title, then the journal
            else:
                a = s.start
    new = [Span("journal", m.string[a:j_end], a, j_end)]
    new += [Span(label, m.string[i:j], i, j) for label, i, j in groups[1:]]
    mended = read_anew(spans, m.string, a, z, new)
    if title_at < 0:
        return mended
    return [replace(t, label="title") if t.start == title_at and t.end <= a else t for t in mended]


def read_anew(spans: list[Span], text: str, a: int, z: int, new: list[Span]) -> list[Span]:
    """``spans`` with ``text[a:z]`` read as ``new`` (``common.replaced``); the list given back unchanged
    when it already held the same values, so that the model's own spans (and confidences) stay."""
    # a new span keeps the model's doubt over its text: the least confidence of the spans it was read from
    held = [
        replace(n, confidence=min([s.confidence for s in spans if s.start < n.end and n.start < s.end], default=1.0))
        for n in new
    ]
    mended = replaced(spans, text, a, z, held)
    return spans if _values(spans) == _values(mended) else mended


def _values(spans: list[Span]) -> list[tuple[str, str]]:
    """Each span's label and its text without the punctuation around it: what the record is built from."""
    return [(s.label, s.text.strip(_AROUND)) for s in spans if s.text.strip(_AROUND)]


@needs(marks=[";"])
def journal_before_nlm_numbers(spans: list[Span], text: str) -> list[Span]:
    """Vancouver's ``Title. nature. 2015 May 28;521(7553):436-44.`` with the journal read into the title
    or the date: the sentence before the date is the journal, the date runs to its day, then the volume,
    the issue in brackets and the pages after the colon."""
    if ";" not in text or (m := _VANCOUVER.search(text)) is None:
        return spans
    return _numbers_read(spans, m)


# an article's identifier that opens on letters, in place of the pages after Vancouver's date: BJGP Open's
# "2021;5(2):BJGPO.2021.0011", an online-first "Eur Heart J. 2025;ehaf555" (no volume yet)
_VANCOUVER_ID = lazy_pattern(
    _NLM_JOURNAL + r"\.\s+(?P<date>" + NLM_DATE + r")\s*;\s*"
    r"(?:(?P<volume>\d{1,5}[A-Za-z]?)" + _ISSUE + r"\s*:\s*)?"
    r"(?P<pages>[A-Za-z]{2,8}\.?\d+(?:\.\d+)*)" + _END
)


@needs(marks=(";",))
def journal_before_nlm_article_id(spans: list[Span], text: str) -> list[Span]:
    """Vancouver's ``Title. BJGP Open. 2021;5(2):BJGPO.2021.0011.`` or ``Eur Heart J. 2025;ehaf555.`` with the
    identifier's letters read as a name or a date: the journal, the date, the numbers and the whole identifier."""
    if ";" not in text or (m := _VANCOUVER_ID.search(text)) is None:
        return spans
    return _numbers_read(spans, m)


@needs(marks=[","])
def journal_before_harvard_numbers(spans: list[Span], text: str) -> list[Span]:
    """Harvard's ``Names, 2017. Title. Journal name, 30.`` (or ``…, 12(3), pp.1-9.``) with the volume read
    as the page or the journal into the title: the sentence before the numbers is the journal."""
    if not HARVARD_HEAD.match(text) or (m := _HARVARD.search(text)) is None:
        return spans
    if _YEAR.fullmatch(m.group("volume")) and not (m.group("issue") or m.group("pages")):
        return spans  # "Publisher, 2011.": a book's imprint and year
    vol = _VOLUME_CLOSING.search(m.group("journal"))
    if vol and not (m.group("issue") or m.group("pages")):
        # Elsevier Harvard's "Journal Name 68, 118.": the volume after the name, then the page
        j = m.start("journal")
        groups = [("journal", j, j + vol.start()), ("volume", j + vol.start(1), j + vol.end(1)),
                  ("pages", m.start("volume"), m.end("volume"))]
        return _numbers_read(spans, m, groups)
    return _numbers_read(spans, m)
