"""Mend of Word's Vancouver source block with the volume left empty: ``PROSPERO. 2017;: p. CRD42017078712.``

Word's citation tool prints a journal article's block as ``2012; 73(2): p. 192-201.``; with no volume it keeps
the semicolon and the colon (``2018;: p. 1-11.``). After them ``p.`` opens the pages, or the article's or the
record's number; the name before the year is the journal, even one with no journal's look (a registry read as a
publisher).
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "2017;: p. CRD42017078712." closing the reference: the date with its semicolon, the empty volume's colon, the pages
_EMPTY_VOLUME = lazy_pattern(
    r"(?P<date>\b(?:1[6-9]|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+[0-3]?\d)?)?\s*;)\s*:\s*"
    r"(?P<pages>p\.\s*[A-Za-z]{0,4}\d[\w\u2010-\u2014-]*)\.?\s*$"
)
# what a journal's name was read as, between the title and the date
_READ_AS_JOURNAL = frozenset(["publisher", "note", "location"])
# the title's last sentence, a stopless name: "…: a systematic review. PROSPERO."
_LAST_SENTENCE = lazy_pattern(r".*[^\s.]\.\s+(?=[A-Z][^.]{1,80}\.?\s*$)", re.S)


@needs(marks=(";:", "; :"))
def empty_volume_block(spans: list[Span], text: str) -> list[Span]:
    """Word's ``Title. PROSPERO. 2017;: p. CRD42017078712.`` with the number read as a note after an empty page
    span and the registry read as the publisher: ``p.`` and its number are the pages, the name before the year
    the journal."""
    m = _EMPTY_VOLUME.search(text)
    if m is None:
        return spans
    a, z = m.start("date"), m.end("pages")
    holder = next((s for s in spans if s.start <= a < s.end), None)
    if holder is None or holder.label != "date":
        return spans
    c = min((s.confidence for s in spans if s.start < z and s.end > a), default=holder.confidence)
    new = [Span("date", m.group("date"), *m.span("date"), c), Span("pages", m.group("pages"), *m.span("pages"), c)]
    out = replaced(spans, text, a, z, new)
    k = out.index(new[0])
    if k >= 2 and out[k - 1].label in _READ_AS_JOURNAL and out[k - 2].label == "title":
        s = out[k - 1]
        out[k - 1] = Span("journal", s.text, s.start, s.end, s.confidence)
    elif (
        k >= 1
        and out[k - 1].label == "title"
        and not any(x.label in ("journal", "container-title") for x in out)
        and (cut := _LAST_SENTENCE.match(out[k - 1].text)) is not None
    ):
        # the journal read into the title: its last sentence
        return divided(out, k - 1, len(cut.group(0).rstrip()), cut.end(), "title", "journal")
    return out
