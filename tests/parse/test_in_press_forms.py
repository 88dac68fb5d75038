"""A journal article's status where its numbers would stand, ``Journal of X, in press.``
(``mends/report_status.status_closes_journal``)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(
    ("text", "journal", "status"),
    [
        (
            "Korven, R. L., Compositional zoning in lunar impact-melt breccias. Geochimica et Cosmochimica Acta, "
            "in press. 1994.",
            "Geochimica et Cosmochimica Acta",
            "in press",
        ),
        (
            "Hale, P. K., Night shifts and sleep quality in nurses. Journal of Advanced Nursing, in press.",
            "Journal of Advanced Nursing",
            "in press",
        ),
        ("Moss, T. The quiet archive. Archival Science, forthcoming.", "Archival Science", "forthcoming"),
    ],
)
def test_status_after_journal(text: str, journal: str, status: str) -> None:
    item = parse_reference(text)
    assert item["container-title"] == journal
    assert item["status"] == status


def test_status_word_inside_a_name_stays() -> None:
    item = parse_reference("Ross, T. Reading habits of adults. Reading Research Quarterly, 31(2), 120-133.")
    assert item["container-title"] == "Reading Research Quarterly"
    assert "status" not in item
