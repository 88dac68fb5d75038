"""A title's one-word head read as the last name of a list of ``I. Family`` names (``mends/colon_heads``)."""

from __future__ import annotations

import pytest

from biblio.parse.mends.colon_heads import colon_head_in_names
from biblio.parse.spans import Span


def _spans(names: str, title: str) -> tuple[list[Span], str]:
    text = f"{names} {title}"
    a = len(names) + 1
    return [Span("author", names, 0, len(names)), Span("title", title, a, len(text))], text


@pytest.mark.parametrize(
    ("names", "head"),
    [
        ("K. Lindqvist, P. O. Maret, T. Hill, Gridwatch:", "Gridwatch:"),
        ("[4] K. Lindqvist and A. van Dijk, Sim-Net:", "Sim-Net:"),
        ("H. L. Oyelaran, Tides:", "Tides:"),
    ],
)
def test_head_before_colon_opens_title(names: str, head: str) -> None:
    spans, text = _spans(names, "a testbed for urban sensor networks,")
    if names.startswith("["):
        spans[0] = Span("author", names[4:], 4, len(names))
        spans.insert(0, Span("citation-number", "[4]", 0, 3))
    mended = colon_head_in_names(spans, text)
    names_span, title = (s for s in mended if s.label in ("author", "title"))
    assert names_span.text == names.removeprefix("[4] ")[: -len(head) - 2]
    assert title.text.startswith(head)


@pytest.mark.parametrize(
    "names",
    [
        "K. Lindqvist, P. O. Maret, In:",  # the container's mark, no title's head
        "Lindqvist, K., Maret, Gridwatch:",  # names written family first: no list of "I. Family"
        "K. Lindqvist, P. O. Maret, Grid watch:",  # two words
    ],
)
def test_other_names_stay(names: str) -> None:
    spans, text = _spans(names, "a testbed for urban sensor networks,")
    assert colon_head_in_names(spans, text) == spans
