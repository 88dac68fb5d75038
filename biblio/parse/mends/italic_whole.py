"""Mend of a part cited in its whole in the Australian Government Style Manual's form (RMIT Harvard): ``Neal M
(2019) 'Damascus Securities Exchange', *A dictionary of business …*, Oxford University Press, doi:…`` or ``Smail S
(presenter) (9 December 2021) 'Title' [radio program], *The world today*, ABC, Melbourne.``

After the part's quoted title (and the bracketed kind of work) the whole it belongs to, set in italics, comes
between commas; the model reads the italics into the title, with the bracket. Such an italic run after a quoted
title is the container, the bracket's words the genre.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "'Title' [radio program], *The world today*," or "'Title', *A dictionary of …*,": the quoted part, an optional
# bracket, then the italic whole alone
_PART_IN_WHOLE = lazy_pattern(
    r"^['‘](?P<title>[^'‘’]+(?:['’]\w[^'‘’]*)*)['’],?\s+(?:\[(?P<genre>[^\[\]]{2,40})\],?\s+)?"
    r"\*(?P<whole>[^*]{2,200})\*[,.]?$"
)
_CONTAINERS = frozenset(["journal", "container-title"])


@needs(labels=("title",), marks=("*",))
def italic_whole_after_quoted_title(spans: list[Span], text: str) -> list[Span]:
    """``'Part', [kind], *Whole*, Publisher`` with the whole read into the title: the whole is the container."""
    if any(s.label in _CONTAINERS for s in spans):
        return spans
    for k, s in enumerate(spans):
        m = _PART_IN_WHOLE.match(s.text.strip()) if s.label == "title" else None
        if m is None:
            continue
        at = s.start + (len(s.text) - len(s.text.lstrip()))
        new = [Span("title", m.group("title"), at + m.start("title"), at + m.end("title"), s.confidence)]
        if m.group("genre"):
            new.append(Span("genre", m.group("genre"), at + m.start("genre"), at + m.end("genre"), s.confidence))
        new.append(Span("container-title", m.group("whole"), at + m.start("whole"), at + m.end("whole"), s.confidence))
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans
