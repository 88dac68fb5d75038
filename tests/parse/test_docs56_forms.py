"""Round docs56: a bracketed author key with a two-digit year or none, a colon after it; an RFC cited by its
number, its quoted title and its author."""

from __future__ import annotations

import pytest

from tests.parse.form_cases import assert_read_as

CASES = [
    ("[Abou-Saleh, et al.]: Abou-Saleh, F., Cheung, K.-H., and Gibbons, J. (2016). Reasoning about probability and "
     "nondeterminism. In POPL workshop on Probabilistic Programming Semantics.",
     {"citation-label": "Abou-Saleh, et al.", "title": "Reasoning about probability and nondeterminism",
      "author": [{"family": "Abou-Saleh", "given": "F."}, {"family": "Cheung", "given": "K.-H."},
                 {"family": "Gibbons", "given": "J."}]}),
    ("[Barnes et al. 02] Barnes, J. and Hutchens, J. (2002). Scripting for undefined circumstances. In AI Game "
     "Programming Wisdom. Charles River Media.",
     {"citation-label": "Barnes et al. 02",
      "author": [{"family": "Barnes", "given": "J."}, {"family": "Hutchens", "given": "J."}]}),
]

RFC_CASES = [
    ('RFC 1034, "DOMAIN NAMES - CONCEPTS AND FACILITIES", P. Mockapetris.',
     {"title": "DOMAIN NAMES - CONCEPTS AND FACILITIES", "author": [{"family": "Mockapetris", "given": "P."}],
      "publisher": None, "note": "RFC 1034"}),
    ('RFC 5155, "DNS Security (DNSSEC) Hashed Authenticated Denial of Existence"',
     {"title": "DNS Security (DNSSEC) Hashed Authenticated Denial of Existence", "note": "RFC 5155"}),
]


@pytest.mark.parametrize(("text", "expected"), RFC_CASES)
def test_an_rfc_cited_by_number_then_quoted_title_names_its_title_and_author(text: str, expected: dict) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_bracketed_author_key_is_no_name_of_the_entry(text: str, expected: dict) -> None:
    assert_read_as(text, expected)
