"""Mend of IEEE's ``PP`` (no volume assigned yet: an early-access article) where BibTeX's plain styles print the
volume, ``IEEE Transactions on …, PP:1–1, 12 2016.`` or ``PP(99):1–1, 2016.``: the placeholder is read into the
journal's name or into the pages; it is the volume (and a bracketed number after it the issue), as IEEE's own
``vol. PP, no. 99`` is read."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_JOURNALS = frozenset(["journal", "container-title"])
# the journal's name closing on ", PP:" before the pages
_JOURNAL_CLOSES_PP = lazy_pattern(r",\s*(?P<pp>PP\s*:)\s*$")
# the pages opening on "PP:" or "PP(99):"
_PAGES_OPEN_PP = lazy_pattern(r"(?P<pp>PP)(?P<issue>\(\d{1,3}\))?\s*:\s*(?=\d)")


@needs(labels=["pages"], any_label=_JOURNALS, marks=["PP"])
def placeholder_volume(spans: list[Span], text: str) -> list[Span]:
    """``Journal, PP:`` then the pages, or the pages ``PP(99):1–1``: ``PP`` is the volume."""
    for k in range(1, len(spans)):
        s, prev = spans[k], spans[k - 1]
        if s.label != "pages":
            continue
        if prev.label in _JOURNALS and text[prev.end : s.start].strip() == "":
            m = _JOURNAL_CLOSES_PP.search(prev.text)
            if m is not None:
                a = prev.start + m.start("pp")
                cut = prev.start + m.start() + 1  # the journal keeps its comma
                journal = Span(prev.label, text[prev.start : cut], prev.start, cut, prev.confidence)
                volume = Span("volume", text[a : prev.end], a, prev.end, prev.confidence)
                return [*spans[: k - 1], journal, volume, *spans[k:]]
        m = _PAGES_OPEN_PP.match(s.text)
        if m is None or prev.label not in _JOURNALS:
            return spans
        volume_end = s.start + m.end("pp")
        parts = [Span("volume", text[s.start : volume_end], s.start, volume_end, s.confidence)]
        if m.group("issue"):
            a, z = s.start + m.start("issue"), s.start + m.end("issue")
            parts.append(Span("issue", text[a:z], a, z, s.confidence))
        rest = s.start + m.end()
        parts.append(Span("pages", text[rest : s.end], rest, s.end, s.confidence))
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans
