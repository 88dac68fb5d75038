"""The USGS's journal article, ``Title: Journal name, v. 54, no. 11, p. 1593-1600.`` (the Survey's own
reference lists and the many documents that follow its style), read as one title before the volume.

The journal stands after a colon with no mark of its own, often in lower case (``Photogrammetric
engineering and remote sensing``), and the labeller read it as the title's subtitle. With ``v.`` before
the volume and a page range after ``p.``, the title's last colon parts the title from the journal."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_VOLUME = lazy_pattern(r"^v\.\s*\d")
_PAGE_RANGE = lazy_pattern(r"^p\.\s*\d+\s*[-\u2013]\s*\d+")
_MAX_JOURNAL_WORDS = 12


@needs(labels=["title", "volume", "pages"], without=["journal", "container-title"], marks=(": ",))
def journal_after_colon(spans: list[Span], text: str) -> list[Span]:
    """``Title: Journal, v. 54, no. 11, p. 1593-1600.`` read as one title: the words after its last colon
    are the journal."""
    k = next((i for i, s in enumerate(spans[:-1]) if s.label == "title" and spans[i + 1].label == "volume"), None)
    if k is None or not _VOLUME.match(spans[k + 1].text):
        return spans
    if not any(s.label == "pages" and _PAGE_RANGE.match(s.text) for s in spans[k + 2 :]):
        return spans
    title = spans[k].text
    cut = title.rfind(": ")
    journal = title[cut + 2 :].strip(" ,")
    if cut <= 0 or not journal or len(journal.split()) > _MAX_JOURNAL_WORDS:
        return spans
    return divided(spans, k, cut + 1, cut + 2, "title", "journal")
