"""A title's one-word head read as the last name of a list of ``I. Family`` names (``mends/colon_heads``)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
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


@pytest.mark.parametrize(
    ("text", "families", "title"),
    [
        # LAPACK's and SIAM's "Initials Family and Initials Family: Title": the last family name read into the title
        ("J. Demmel and K. Veselic: Jacobi method is more accurate than QR.", ["Demmel", "Veselic"],
         "Jacobi method is more accurate than QR"),
        ("Z. Drmac and K. Veselic: New fast and accurate Jacobi SVD algorithm I. SIAM J. Matrix Anal. Appl. Vol. 35, "
         "No. 2 (2008), pp. 1322-1342.", ["Drmac", "Veselic"], "New fast and accurate Jacobi SVD algorithm I"),
    ],
)
def test_family_name_after_the_last_initial_closes_the_names(text: str, families: list[str], title: str) -> None:
    item = parse_reference(text)
    # (a title closing on a roman numeral keeps its full stop, as an initial would: left as it is)
    assert [a.get("family") for a in item["author"]] == families and item["title"].rstrip(".") == title
