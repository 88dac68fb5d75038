"""Mend of a standard's or a page's revision number read as a journal and its volume, or as the edition:
``Web Content Accessibility Guidelines (WCAG) 2.1, Revision 35.``, ``… Specification, Version 3.00, Revision 6.``"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the word for a revision alone (its number read apart) or with its number
_REVISION_WORD = lazy_pattern(r"(?:Revision|Rev\.|Version|Ver\.)[,.]?")
_REVISION = lazy_pattern(r"(?:Revision|Rev\.|Version|Ver\.)\s*\d+(?:\.\d+)*[a-z]?[,.]?")
_NUMBER = lazy_pattern(r"\d+(?:\.\d+)*[a-z]?[,.]?")


@needs(labels=("title",), any_label=("journal", "container-title", "edition"), marks=("Rev", "Ver"))
def revision_closes_title(spans: list[Span], text: str) -> list[Span]:
    """A title closed by its comma, then ``Revision 35`` read as a journal ``Revision`` and its volume, or as the
    edition: as the gold standards' titles keep their ``Version 1.0``, the revision closes the title."""
    for k in range(1, len(spans)):
        t, s = spans[k - 1], spans[k]
        if t.label != "title" or not t.text.rstrip().endswith(","):
            continue
        if s.label == "edition" and _REVISION.fullmatch(s.text.strip()):
            last = k
        elif (
            s.label in ("journal", "container-title")
            and _REVISION_WORD.fullmatch(s.text.strip())
            and k + 1 < len(spans)
            and spans[k + 1].label == "volume"
            and _NUMBER.fullmatch(spans[k + 1].text.strip())
        ):
            last = k + 1
        else:
            continue
        end = spans[last]
        z = end.start + len(end.text.rstrip().rstrip(",."))
        return [*spans[: k - 1], Span("title", text[t.start : z], t.start, z, t.confidence), *spans[last + 1 :]]
    return spans
