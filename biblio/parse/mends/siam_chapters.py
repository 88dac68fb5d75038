"""Mend of SIAM's chapter form: ``[3] M. Bern and D. Eppstein, Title, in Computing in Euclidean Geometry,
D.-Z. Du and F. Hwang, eds., World Scientific, Singapore, 1992, pp. 23–90.``

SIAM (and the AMS's ``amsplain``) name the book after ``in``, then its editors given first with ``eds.`` (or
``ed.``) after them, then the imprint, the year and the pages. The labeller runs the editors into the book,
or the book into the chapter's title. The words ``in`` and ``eds.,`` leave one reading: book, editors."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import PARTICLE_WORD
from biblio.parse.spans import Span

_INITIALS = r"[A-Z][a-z]?\.(?:\s?-?[A-Z][a-z]?\.)*"
_FAMILY = rf"(?:{PARTICLE_WORD}\s+)*[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?"
_NAME = rf"{_INITIALS}\s?{_FAMILY}"
# ", in Book[, Vol. II], I. Name and I. Name, eds.," (a book opening on initials is the editors, MHRA's
# "in J. Stillwell and A. Dennett, eds., Book")
_IN_BOOK_EDITORS = lazy_pattern(
    rf",\s+(?P<in>in)\s+(?P<book>(?!{_INITIALS}\s)[A-Z].+?)(?:,\s+(?P<volume>[Vv]ol\.\s+\w+))?,\s+"
    rf"(?P<editors>{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME})*),\s+eds?\.,"
)
_LABELS = (("container-title", "book"), ("volume", "volume"), ("editor", "editors"))
_RUN_ON = frozenset(["title", "journal", "container-title", "collection-title", "editor"])
_SERIES_VOLUME = lazy_pattern(r"\s*(?:vol\.|volume)\s", re.I)


@needs(labels=["title"], marks=(" ed.,", " eds.,"))
def book_then_editors(spans: list[Span], text: str) -> list[Span]:
    """SIAM's ``…, in Book, I. Name and I. Name, eds., Publisher, …`` read with the editors in the book or the
    book in the title: the book (and its volume) and the editors."""
    m = _IN_BOOK_EDITORS.search(text)
    if m is None:
        return spans
    title = next(s for s in spans if s.label == "title")
    if title.start >= m.start():
        return spans
    wanted = [(label, *m.span(group)) for label, group in _LABELS if m.start(group) >= 0]
    inside = [s for s in spans if s.end > m.start("book") and s.start < m.end("editors")]
    if [(s.label, s.start, s.end) for s in inside if s.label != "other"] == wanted:
        return spans
    conf = min(s.confidence for s in inside) if inside else title.confidence
    new = [Span("other", "in", m.start("in"), m.end("in"), conf)]
    new += [Span(label, text[a:z], a, z, conf) for label, a, z in wanted]
    out = replaced(spans, text, m.start(), m.end(), new)
    k = out.index(new[-1]) + 1
    reach = max((x.end for x in inside), default=0)
    if k < len(out) and out[k].label in _RUN_ON and out[k].start < reach and not _SERIES_VOLUME.match(out[k].text):
        # the book's span ran on past ``eds.,`` into the imprint: what follows the editors is the publisher
        rest = out[k]
        out[k] = Span("publisher", rest.text, rest.start, rest.end, rest.confidence)
    return out
