"""Needs-review: readings no flag marked on the calibration split and the gold sets. A title closing on the imprint the
record lacks (a town's abbreviation and the year, as Slavic lists write it; a town and the author's own name after
its colon), a title joined across the head's bracketed date, a volume's Roman number opening the place, a value of
two commas with nothing between them where the text writes none, a double issue before the page's own mark. Each
check fires on the wrong reading and stays quiet on the legitimate form it resembles; where the parser reads a text of
the form that way, the text's reading is flagged."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.review.loose_ends import loose_end_signals
from biblio.parse.review.misjoined import misjoined_signals
from biblio.parse.review.run_ons import run_on_signals
from biblio.parse.review.score import (
    FORCED,
    FORCED_BY_LOOSE_END,
    FORCED_BY_MISJOINED,
    FORCED_BY_RUN_ON,
    FORCED_BY_STRAY_PART,
)
from biblio.parse.review.signals import value_signals
from biblio.parse.review.stray_parts import stray_signals

from .form_cases import needs_review


def fired(record: dict[str, Any], text: str) -> dict[str, float]:
    """The signals of the checks this round added or widened that fire on ``record`` read from ``text``."""
    return {
        **run_on_signals(record, text),
        **misjoined_signals(record, text),
        **loose_end_signals(record, text),
        **stray_signals(record, text),
        **value_signals(record),
    }


# (the text, the record a reading made of it, the check that names the wrong reading)
SILENT_WRONGS: list[tuple[str, dict[str, Any], str]] = [
    # a Slavic imprint, the town's abbreviation and the year, left closing the title
    (
        "Петров, Иван. 1981. Очерки по истории края. Статьи и материалы. Л., 1979. Вопросы истории, 12 (4). 33 - 41.",
        {
            "author": [{"family": "Петров", "given": "Иван"}],
            "title": "Очерки по истории края. Статьи и материалы. Л., 1979",
            "container-title": "Вопросы истории",
            "volume": "12",
        },
        "title:closes-on-imprint",
    ),
    # a body's report whose imprint names the body again: the town and the body run into the title
    (
        "WRC. (2011). Annual Water Quality Survey Report Adelaide: WRC.",
        {"author": [{"literal": "WRC"}], "title": "Annual Water Quality Survey Report Adelaide: WRC"},
        "title:closes-on-imprint",
    ),
    # a body's name and its bracketed year read into the title of a record of no author
    (
        "Sœurs de la Charité de Québec. (1902). Histoire de la fondation et des premières années. Québec, imprimerie.",
        {"title": "Sœurs de la Charité de Québec. Histoire de la fondation et des premières années"},
        "title:joined-across-date",
    ),
    # a volume's Roman number read as the first part of the place
    (
        "Lang 1961: Paul Lang, Geschichte der Musik , IV, Bern-München, Francke, 1961.",
        {
            "author": [{"family": "Lang", "given": "Paul"}],
            "title": "Geschichte der Musik",
            "publisher": "Francke",
            "publisher-place": "IV, Bern-München",
        },
        "place:locator-word",
    ),
    # the editors between the book's title and its series read apart, the container joined over their place
    (
        "Anselmus. \"De veritate\". En *Opera omnia*, editado por Franciscus Schmitt, Editio Critica. Roma, 1940.",
        {"title": "De veritate", "container-title": "Opera omnia, , Editio Critica", "editor": [{"family": "Schmitt"}]},
        "value:empty-part",
    ),
    # a double issue before the page's own mark read into the page
    (
        "Rossi 1971: Paolo Rossi, Lettera a un amico, in «Il Ponte», 14-15, pp. 88-97.",
        {"title": "Lettera a un amico", "container-title": "Il Ponte", "page": "14-15, pp. 88-97"},
        "page:holds-locator",
    ),
]
# (the text, the right record of a near form, the check that must stay quiet on it)
LOOK_ALIKES: list[tuple[str, dict[str, Any], str]] = [
    # a title that closes on a span of years after a comma
    (
        "Foucault, Michel. 2008. The Birth of Biopolitics: Lectures at the Collège de France, 1978. Palgrave.",
        {
            "author": [{"family": "Foucault", "given": "Michel"}],
            "title": "The Birth of Biopolitics: Lectures at the Collège de France, 1978",
            "publisher": "Palgrave",
        },
        "title:closes-on-imprint",
    ),
    # a title's subtitle after a colon that names the author's body, the publisher read apart
    (
        "WRC. (2011). Water in the City: WRC. Adelaide: WRC Press.",
        {
            "author": [{"literal": "WRC"}],
            "title": "Water in the City: WRC",
            "publisher": "WRC Press",
            "publisher-place": "Adelaide",
        },
        "title:closes-on-imprint",
    ),
    # a title's two sentences with no date between them in the text
    (
        "Sœurs de la Charité. Histoire de la fondation (1902). Québec, imprimerie.",
        {"title": "Sœurs de la Charité. Histoire de la fondation", "issued": {"date-parts": [[1902]]}},
        "title:joined-across-date",
    ),
    # a town whose name is made of a Roman numeral's letters
    (
        "Puig, Joan. Història de la plana. Vic, Barcelona: Eumo, 1990.",
        {
            "author": [{"family": "Puig", "given": "Joan"}],
            "title": "Història de la plana",
            "publisher": "Eumo",
            "publisher-place": "Vic, Barcelona",
        },
        "place:locator-word",
    ),
    # a text that writes two commas with nothing between them itself
    (
        "Arblaster, Paul (ed.) *Tyndale's Testament*, Brepols, , 2002, p. 28.",
        {"title": "Tyndale's Testament", "publisher": "Brepols, , 2002"},
        "value:empty-part",
    ),
    # two page ranges after one mark
    (
        "Rossi, Paolo. Lettera a un amico. Il Ponte 7, pp. 14-15, 88-97.",
        {"title": "Lettera a un amico", "container-title": "Il Ponte", "volume": "7", "page": "14-15, 88-97"},
        "page:holds-locator",
    ),
]
# the texts the parser reads in the wrong form named: their reading is flagged
READ_WRONG = ["GS2. (2006). EPC Network Regional Pilot Project Report Sydney: GS2."]


@pytest.mark.parametrize(
    ("text", "record", "check", "fires"),
    [(*c, True) for c in SILENT_WRONGS] + [(*c, False) for c in LOOK_ALIKES],
)
def test_check_fires_on_the_wrong_form_alone(text: str, record: dict[str, Any], check: str, fires: bool) -> None:
    assert check in FORCED + FORCED_BY_MISJOINED + FORCED_BY_RUN_ON + FORCED_BY_LOOSE_END + FORCED_BY_STRAY_PART
    assert bool(fired(record, text).get(check)) is fires


@pytest.mark.parametrize("text", READ_WRONG)
def test_the_wrong_reading_is_flagged(text: str) -> None:
    assert needs_review(text)


def test_every_check_has_its_cases() -> None:
    assert {c for _, _, c in SILENT_WRONGS} == {c for _, _, c in LOOK_ALIKES}
