"""Mend of Nature's chapter and proceedings form: ``Jones, A. B. in Handbook of Things (eds Smith, C. & Brown,
D.) 45–67 (Springer, 2019).``, ``Silver, D. et al. in Proc. 35th International Conference on Machine Learning
(eds Dy, J. & Krause, A.) 4480–4489 (PMLR, 2018).``

Nature's styles name the book after ``in``, its editors in brackets with ``ed``/``eds`` and no full stops,
then the pages, then publisher and year in brackets. The labeller, used to a chapter's ``(Eds.)`` after the
names, runs the book's title into the editors' bracket or the pages into the book. After ``in``, that whole
tail has one reading: book, editors, pages, imprint.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_TAIL = lazy_pattern(
    r"(?:^|(?<=[\s.]))[Ii]n\s+(?P<book>[^()]+?)(?:\s+Vol\.\s+(?P<volume>\w+))?\s+\(eds?\.?\s+(?P<editors>[^()]+)\)\s+"
    r"(?P<pages>(?:pp?\.\s*)?[A-Za-z]?\d+(?:\s*[–-]\s*[A-Za-z]?\d+)?)\s+"
    r"\((?P<publisher>[^(),]+(?:,\s*[^(),\d]+)*),\s+(?P<date>\d{4}[a-z]?)\)\.?\s*$"
)
# Nature's lower-case "in" opening the sentence after the title (or "et al."): the editors and the pages may be
# absent, and a DOI or address may close the entry after the imprint
_AFTER_STOP = lazy_pattern(
    r"(?<=\.\s)in\s+(?P<book>[^()]+?)(?:\s+Vol\.\s+(?P<volume>\w+))?(?:\s+\(eds?\.?\s+(?P<editors>[^()]+)\))?"
    r"(?:\s+(?P<pages>(?:pp?\.\s*)?[A-Za-z]?\d+(?:\s*[–-]\s*[A-Za-z]?\d+)?))?\s+"
    r"\((?P<publisher>[^(),]+(?:,\s*[^(),\d]+)*),\s+(?P<date>\d{4}[a-z]?)\)(?=\.?(?:\s+(?:doi:\s*|https?://)\S+)?\s*$)"
)
# the same after a capital "In" (Nature's proceedings as some journals print them, "In Proc. 2019 Conference of …
# 4171–4186 (ACL, 2019)."): only with the pages between the book and the imprint, which no other style writes so
_CAPITAL_IN = lazy_pattern(
    r"(?<=\.\s)In\s+(?P<book>[^()]+?)\s+(?P<pages>[A-Za-z]?\d+\s*[–-]\s*[A-Za-z]?\d+)\s+"
    r"\((?P<publisher>[^():,]+(?:,\s*[^():,\d]+)*),\s+(?P<date>\d{4}[a-z]?)\)(?=\.?(?:\s+(?:doi:\s*|https?://)\S+)?\s*$)"
)
# the imprint's year closing its bracket, which each of the three forms needs: one cheap search before them
_IMPRINT_CLOSE = lazy_pattern(r",\s+\d{4}[a-z]?\)")
_INITIALS = lazy_pattern(r"(?:[A-Z]\.\s?-?){1,3}")
_LABELS = (("container-title", "book"), ("volume", "volume"), ("editor", "editors"), ("pages", "pages"),
           ("publisher", "publisher"), ("date", "date"))


@needs(marks=("(",))
def nature_chapter_tail(spans: list[Span], text: str) -> list[Span]:
    """After ``in``, Nature's ``Book (eds Names) pages (Publisher, Year).`` is the book, its editors, the pages and
    the imprint."""
    if not _IMPRINT_CLOSE.search(text):
        return spans
    m = _AFTER_STOP.search(text) or _CAPITAL_IN.search(text)
    end = m.end() if m is not None else len(text)  # what follows the imprint (a DOI) keeps its reading
    m = m or _TAIL.search(text)
    if m is None or not spans or m.start() <= spans[0].start:
        return spans
    conf = min(s.confidence for s in spans if s.end > m.start())
    found = m.groupdict()
    new = [Span(label, m[group], *m.span(group), conf) for label, group in _LABELS if found.get(group)]
    mended = replaced(spans, text, m.start(), end, new)
    k = mended.index(new[0]) - 1  # the span before "in": the last author's initials read apart ("…, J. in")
    if k >= 1 and mended[k].label in ("container-title", "journal") and all(s.label != "title" for s in mended):
        # the chapter's own title, read as a second container before the book
        before = mended[k]
        title = Span("title", before.text, before.start, before.end, before.confidence)
        mended = [*mended[:k], title, *mended[k + 1 :]]
    if k >= 1 and mended[k - 1].label == "author" and _INITIALS.fullmatch(mended[k].text.strip()):
        a, z = mended[k - 1].start, mended[k].end
        mended = [*mended[: k - 1], Span("author", text[a:z], a, z, conf), *mended[k + 1 :]]
    return mended
