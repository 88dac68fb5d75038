"""Parse cases of APA 7 forms in Nordic, Dutch, South African and other university guides: a market's edition
(``10th Global ed.``) before an address, a DOI pasted after the scheme with no resolver, a URN address holding an
ISBN, a bracket set as its own sentence after the title (a numbered series, a thesis's description), a university's
campus after its name, a list whose comma after one person's initials was left out, and a UK command paper's
number closing a title that has a comma before its subtitle."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as, read_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kotler, P., & Armstrong, G. (2020). Principles of marketing (18th Global ed.). Pearson."
            " https://ebookcentral.proquest.com/lib/example/detail.action?docID=1234567",
            {"type": "book", "edition": "18", "publisher": "Pearson", "title": "Principles of marketing"},
        ),
        (
            "Lee, K. (2021, May 3). Field notes on coral bleaching. Nature, 593(7857), 12. https://10.1038/d41586-021-01180-2",
            {"DOI": "10.1038/d41586-021-01180-2"},
        ),
        (
            "Virtanen, A. (2019). Teachers' work in Finland. University of Helsinki."
            " https://urn.fi/URN:ISBN:978-951-51-5000-4",
            {"URL": "https://urn.fi/URN:ISBN:978-951-51-5000-4"},
        ),
        (
            "Korhonen, M., & Laine, S. (2020). Doctoral education in the north. (Acta Universitatis Lapponiensis, 402)."
            " University of Lapland. https://urn.fi/URN:ISBN:978-952-337-200-1",
            {
                "type": "book",
                "title": "Doctoral education in the north",
                "collection-title": "Acta Universitatis Lapponiensis",
                "publisher": "University of Lapland",
            },
        ),
        (
            "Mokoena, T. (2016). Leadership in rural schools. (Unpublished master’s dissertation). University of"
            " Limpopo, Turfloop Campus.",
            {
                "type": "thesis",
                "title": "Leadership in rural schools",
                "genre": "Unpublished master’s dissertation",
                "publisher": "University of Limpopo, Turfloop Campus",
            },
        ),
        (
            "Moreno, L. Ortiz, P. & Reyes, T.M. (2018). Teaching history in Chicago schools. Journal of Urban"
            " Education, 12(3), 45-60.",
            {
                "author": [
                    {"family": "Moreno", "given": "L."},
                    {"family": "Ortiz", "given": "P."},
                    {"family": "Reyes", "given": "T.M."},
                ]
            },
        ),
        (
            "Department for Education. (2017). Unlocking talent, fulfilling potential: A plan for improving social"
            " mobility through education (Cm 9541).",
            {
                "title": "Unlocking talent, fulfilling potential: A plan for improving social mobility through"
                " education",
                "number": "Cm 9541",
            },
        ),
    ],
)
def test_guide49_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
    if "URL" in expected:
        assert "ISBN" not in read_fields(text)
