"""Needs-review, round flag53: readings no flag marked on the newest gold sets (``review/misjoined.py``): a book's
Roman volume closing its title with the series' name run on into the container, a German edition statement the record
holds no edition for, a quoted title closed by a genre's word after its quote, a title in capitals run on over a comma
into words in mixed case. Each stays quiet on the legitimate form it resembles."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference
from biblio.parse.review.misjoined import misjoined_signals
from biblio.parse.review.score import FORCED_BY_MISJOINED

from .form_cases import needs_review

# (text, the check that names its wrong reading)
SILENT_WRONGS = [
    (
        "[9] Fehrs, M. One-equation transition model for airfoil and wing aerodynamics, In Dillmann A. et al. (eds) "
        "New Results in Numerical and Experimental Fluid Mechanics XI. Notes on Numerical Fluid Mechanics and "
        "Multidisciplinary Design, Vol. 136, Springer, Cham, 2018, pp. 199–208.",
        "container:roman-then-series",
    ),
    (
        "Semana. (1951, 30 de junio). Portada de la revista Semana [Portada de revista]. En “Los Eder: la familia más "
        "importante del Valle”, artículo recuperado de https://ladob.info/los-eder-la-familia-mas-importante-del-valle/",
        "value:quote-then-word",
    ),
    (
        "[2] Australian Bureau of Statistics(2010).POPULATION AGEING IN VICTORIA, State and Regional Indicators, "
        "Victoria, vol.1367  [online] available at: https://www.abs.gov.au/AUSSTATS/abs@.nsf/Lookup/1367.2Chapter3Jun"
        "+2010 [Accessed June 14 2020]",
        "title:capitals-run-on",
    ),
]

# (text, the check that stays quiet on it): the legitimate form each wrong reading resembles
LOOK_ALIKES = [
    (
        "Dillmann, A., Heller, G., Krämer, E. (eds) New Results in Numerical and Experimental Fluid Mechanics XI. "
        "Springer, Cham, 2018.",
        "container:roman-then-series",
    ),
    (
        "Schmidt, Hans. Die Geschichte der Stadt. 2. Auflage. Berlin: Springer, 1999.",
        "edition:statement-lost",
    ),
    (
        "Müller, K. (2001). Die Zeitung. Ausgabe 12. Zeitschrift für Medien, 4, 12-20.",
        "edition:statement-lost",
    ),
    (
        "Renson, Roland, ‘De wortels van het korfbalspel’, in: Fred Troost (red.), “…En maakte ik een reis naar "
        "Zweden”. Negen beschouwingen, Amsterdam 1995, 11–40.",
        "value:quote-then-word",
    ),
    (
        "Australian Bureau of Statistics (2010). POPULATION AGEING IN VICTORIA, STATE AND REGIONAL INDICATORS. "
        "Canberra: ABS.",
        "title:capitals-run-on",
    ),
]


@pytest.mark.parametrize(
    ("text", "check", "fires"), [(*c, True) for c in SILENT_WRONGS] + [(*c, False) for c in LOOK_ALIKES]
)
def test_check_fires_on_the_wrong_form_alone(text: str, check: str, fires: bool) -> None:
    assert check in FORCED_BY_MISJOINED
    assert bool(misjoined_signals(read_reference(text), text).get(check)) is fires
    if fires:
        assert needs_review(text)


# round fix68 now reads this edition statement (edition 2); the check fires on the reading that lost it
_SPELLED_EDITION = (
    "Johan van Kalker: Fünf deutsche Klarinettisten des 19. Jahrhunderts. Musikwissenschaftliche Schriften 54. "
    "Zweite überarbeitete und wesentlich vermehrte Ausgabe. München: Katzbichler, 2020."
)


def test_edition_statement_lost_fires_on_the_reading_without_it() -> None:
    item = read_reference(_SPELLED_EDITION)
    assert item.get("edition") == "2"
    assert not misjoined_signals(item, _SPELLED_EDITION).get("edition:statement-lost")
    item.pop("edition")
    assert misjoined_signals(item, _SPELLED_EDITION).get("edition:statement-lost")
