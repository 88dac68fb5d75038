"""``Title. To appear in Acta Arithmetica, 2019.``: a work accepted but not yet out.

Mathematics and computer-science lists cite a paper that is accepted with ``To appear in`` and the
journal or book it will appear in.  The model reads the status and the journal into the title, or the
status into the journal's name; the status words go into no field and the journal is the container.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_WORKS = frozenset(["journal", "container-title"])
# ". To appear in " closing a title, or "To appear in " opening a journal's span
_STATUS = lazy_pattern(r"(?:^|(?<=[.,;])\s*)\s*(?:[Tt]o\s+appear|[Ff]orthcoming)\s+in\b\s*")


@needs(marks=("appear", "orthcoming"))
def to_appear_in(spans: list[Span], text: str) -> list[Span]:
    """``Title. To appear in Journal,`` read as one title, or ``To appear in Journal`` as the journal:
    the title ends before the status, and the journal runs from after ``in``."""
    if "appear" not in text and "orthcoming" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label not in _WORKS and s.label not in ("title", "note"):
            continue
        m = _STATUS.search(s.text)
        if m is None:
            continue
        journal = s.text[m.end() :].rstrip(" ,;")
        if not journal:
            return _status_before_work(spans, k, m.start())
        a = s.start + m.end()
        found = Span("journal" if s.label == "title" else s.label, journal, a, a + len(journal), s.confidence)
        if s.label == "note":
            continue
        if s.label != "title":
            return [*spans[:k], found, *spans[k + 1 :]] if m.start() == 0 else spans
        head = s.text[: m.start()]
        if not head.strip(" .,;") or any(x.label in _WORKS for x in spans):
            return spans
        title = Span("title", head, s.start, s.start + len(head), s.confidence)
        return [*spans[:k], title, found, *spans[k + 1 :]]
    return spans


def _status_before_work(spans: list[Span], k: int, status: int) -> list[Span]:
    """``Title. To appear in`` | ``Journal,``: the words before the status are the title (where no
    other span is) and the next span, whatever it was read as, the journal."""
    s = spans[k]
    head = s.text[:status]
    nxt = spans[k + 1] if k + 1 < len(spans) else None
    others = [x for x in spans if x.label == "title" and x is not s and x is not nxt]
    if nxt is None or nxt.label not in _WORKS | {"title"} or others or not head.strip(" .,;"):
        return spans
    title = Span("title", head, s.start, s.start + len(head), s.confidence)
    journal = Span("journal", nxt.text, nxt.start, nxt.end, nxt.confidence)
    return [*spans[:k], title, journal, *spans[k + 2 :]]
