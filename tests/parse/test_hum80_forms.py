"""Forms of humanities notes and French bibliographies: a Chicago note's journal numbers ``114, 454 (2001): 447-63``
(the number after the volume's comma the issue, the pages after the year's colon); the French book's tome and
editor set apart by commas after its title (``Titre…, t. IV, éd. de Georges Martin, Paris,``); the French
imprint closed by its tome (``Paris, Hachette, 1873-1874, t. III.``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a Chicago note's journal: volume, comma, issue, bracketed year, colon, pages
    (
        'Maria Lind, "Harbour Songs of the North Sea" *Journal of Coastal Folklore* 117, 452 (2003): 311-29',
        {"container-title": "Journal of Coastal Folklore", "volume": "117", "issue": "452", "page": "311-29"},
    ),
    (
        'H. Ortega, B. Lim, and D. K. Shah, "A Lattice Model for Archive Retrieval," *Bulletin of the Archive'
        " Society* 21, 14 (1981): 402-17.",
        {"container-title": "Bulletin of the Archive Society", "volume": "21", "issue": "14", "page": "402-17"},
    ),
    # neighbours that stay as they are: Chicago's "no.", APA's brackets, a number with no year after it
    (
        'Maria Lind, "Harbour Songs," *Journal of Coastal Folklore* 117, no. 4 (2003): 311-29.',
        {"volume": "117", "issue": "4", "page": "311-29"},
    ),
    (
        "Lind, M. (2003). Harbour songs. *Journal of Coastal Folklore*, 117(4), 311-329.",
        {"volume": "117", "issue": "4", "page": "311-329"},
    ),
    # a series' number before the volume: the number after the comma is the volume, no issue
    (
        'Lind, Maria. "Harbour Songs." *Journal of Coastal Folklore*, ser. 2, 41 (1931): 12-19.',
        {"volume": "41", "issue": None, "page": "12-19"},
    ),
    # the French book's tome and editor between its title and its place
    (
        "Registre des délibérations du bureau de la ville de Nantes…, t. III, éd. de Paul-Henri Garnier, Nantes,"
        " Imprimerie municipale, 1894.",
        {
            "title": "Registre des délibérations du bureau de la ville de Nantes…",
            "volume": "III",
            "editor": [{"family": "Garnier", "given": "Paul-Henri"}],
            "publisher-place": "Nantes",
            "publisher": "Imprimerie municipale",
        },
    ),
    (
        "Recueil des ordonnances des ducs de Lorraine concernant les forêts…, éd. de Louis Perrin, Nancy, 1760.",
        {
            "title": "Recueil des ordonnances des ducs de Lorraine concernant les forêts…",
            "editor": [{"family": "Perrin", "given": "Louis"}],
            "publisher-place": "Nancy",
        },
    ),
    (
        "Marc Dubois, Les ports de Bretagne, t. II, Rennes, Presses universitaires de Rennes, 2004.",
        {"title": "Les ports de Bretagne", "volume": "II", "publisher-place": "Rennes"},
    ),
    # the French imprint closed by its tome
    (
        "Roux, Étienne, Dictionnaire des usages de la Provence, Paris, J. Barile, 1851-1853, t. II.",
        {"title": "Dictionnaire des usages de la Provence", "publisher": "J. Barile", "volume": "II", "note": None},
    ),
    (
        "Garnier, Paul, Traité des eaux et forêts, Lyon, P. Rigaud, 1784, t. 2.",
        {"title": "Traité des eaux et forêts", "publisher": "P. Rigaud", "volume": "2", "note": None},
    ),
    # neighbours that stay as they are: a tome already read, a page after the year
    (
        "Dubois, Marc, Histoire de la marine, Paris, Fayard, 1990, t. 2.",
        {"title": "Histoire de la marine", "publisher": "Fayard", "volume": "2"},
    ),
    (
        "Roche, Daniel, La France des Lumières, Paris, Fayard, 1993, p. 45.",
        {"title": "La France des Lumières", "publisher": "Fayard", "volume": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hum80_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
