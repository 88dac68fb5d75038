"""Forms read right in round docs47: a bracketed label escaped as a Markdown converter writes it ("\\[RFC6238\\]",
"\\[2\\]") is the entry's label, not a name."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_with_families

CASES: list[tuple[str, dict[str, Any]]] = [
    # asciidoctor's bibliography as pandoc writes it in Markdown: the anchor's key escaped
    (
        '\\[RFC6238\\] M’Raihi, D., Machani, S., Pei, M., and J. Rydell, "TOTP: Time-Based One-Time Password '
        'Algorithm", RFC 6238, DOI 10.17487/RFC6238, May 2011, https://www.rfc-editor.org/info/rfc6238.',
        {"citation-label": "RFC6238", "families": ["M’Raihi", "Machani", "Pei", "Rydell"]},
    ),
    (
        "\\[Kor09\\] Korf, R. E. 2009. Multi-way number partitioning. In Proceedings of IJCAI, 538–543.",
        {"citation-label": "Kor09", "families": ["Korf"]},
    ),
    # a number escaped the same way
    (
        "\\[12\\] J. Cohen. Embedded speech recognition applications in mobile phones: Status, trends, and "
        "challenges. In ICASSP 2008, pages 5352-5355, 2008.",
        {"citation-number": "12", "families": ["Cohen"]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_docs47_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_with_families(text, expected)
