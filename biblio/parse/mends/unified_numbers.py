"""The Unified Style Sheet for Linguistics' journal numbers: ``*Linguistic Inquiry* 20. 219–251.`` and
``*Language* 59(3). 514–528.``, the volume (and issue) closed by a full stop before the pages.  The model
reads the volume and the pages as one pages span, which the pages' normaliser cannot take apart."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "20. 219–251." / "59(3). 514–528": a volume, an issue perhaps, a full stop, a page range or a page
_VOLUME_DOT_PAGES = lazy_pattern(
    r"^\s*(?P<volume>\d{1,4})(?:\s*\((?P<issue>[\w/-]{1,9})\))?\.\s+"
    r"(?P<pages>[A-Za-z]?\d+(?:\s*[-\u2013\u2014]\s*[A-Za-z]?\d+)?)\s*\.?\s*$"
)


@needs(labels=["journal", "pages"], without=["volume"])
def volume_dot_pages(spans: list[Span], text: str) -> list[Span]:
    """A pages span ``20. 219–251.`` straight after the journal, with no volume read: the volume (and
    issue) and the pages as spans of their own."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "pages" or spans[k - 1].label != "journal":
            continue
        m = _VOLUME_DOT_PAGES.match(s.text)
        if m is None:
            return spans
        parts = []
        for group, label in (("volume", "volume"), ("issue", "issue"), ("pages", "pages")):
            if m.group(group) is not None:
                a, z = m.span(group)
                if label == "pages":
                    z = len(s.text)
                parts.append(Span(label, s.text[a:z], s.start + a, s.start + z, s.confidence))
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans
