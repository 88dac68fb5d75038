"""Mends of the French book reference's parts set apart by commas after its title (``Titre…, t. IV, éd. de
Georges Martin, Paris, Imprimerie royale, 1855.`` and ``Titre, Paris, Hachette, 1873-1874, t. III.``): the tome
and the editor named after ``éd. de`` are read into the title, the publisher or a note."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_NAME = r"[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?"
# ", t. IV," or ", éd. de Pierre Clément," between the title and the place
_TOME_PART = lazy_pattern(r",\s+(?P<part>t\.\s?(?:[IVXLC]{1,7}|\d{1,3}))(?=\s*,\s)")
_EDITOR_PART = lazy_pattern(rf",\s+(?P<part>éd\.\s+(?:de|par)\s+{_NAME}(?:\s+{_NAME}){{1,3}})(?=\s*,\s)")
# the imprint closed by the tome: ", Hachette, 1873-1874, t. III."
_CLOSING_TOME = lazy_pattern(
    r",\s+(?P<publisher>[A-ZÀ-Ý][^,;:()]{1,60}?),\s+(?P<date>(?:1[5-9]|20)\d\d(?:\s?[-\u2013]\s?\d{2,4})?),\s+"
    r"(?P<volume>t\.\s?(?:[IVXLC]{1,7}|\d{1,3}))\.?\s*$"
)


def _label_at(spans: list[Span], at: int) -> str | None:
    return next((s.label for s in spans if s.start <= at < s.end), None)


@needs(marks=[", t.", ", éd."])  # (as its parts are written: not every "Int. " or "Dept. ")
def tome_and_editor_after_title(spans: list[Span], text: str) -> list[Span]:
    """``Correspondance…, t. | IV, éd. de Georges-Bernard Depping, | Paris,`` with the tome and the editor read into
    the title or the publisher: between the title and the place, ``t. IV`` is the volume and the names after
    ``éd. de`` (or ``éd. par``) the editors."""
    out = spans
    for pattern, label in ((_TOME_PART, "volume"), (_EDITOR_PART, "editor")):
        m = pattern.search(text)
        if m is None or m.start() == 0:
            continue
        a, z = m.span("part")
        if _label_at(out, a) not in ("title", "publisher", "note") or not any(
            s.label == "title" and s.start < m.start() for s in out
        ):
            continue
        within = [s for s in out if s.start < z and a < s.end]
        out = replaced(out, text, a, z, [Span(label, text[a:z], a, z, within[0].confidence)])
    return out


@needs(labels=["location"], marks=[", t. "])
def tome_closing_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Paris, | L. Hachette, 1873-1874, t. III.`` with the publisher, the year and the tome after the place read as
    one note or volume: after the place, they are the publisher, the date and the volume."""
    m = _CLOSING_TOME.search(text)
    if m is None:
        return spans
    place = next((s for s in spans if s.label == "location" and s.end <= m.start("publisher")), None)
    if (
        place is None
        or text[place.end : m.start("publisher")].strip(" ,")
        or _label_at(spans, m.start("date")) == "date"
    ):
        return spans
    confidence = place.confidence
    new = [Span(label, m[label], *m.span(label), confidence) for label in ("publisher", "date", "volume")]
    return replaced(spans, text, m.start("publisher"), m.end("volume"), new)
