"""Structured readers: the common interface and the APA reader's "not my style"."""

from __future__ import annotations

import pytest

from biblio.parse.readers import READERS
from biblio.parse.readers.apa import parse_apa, read
from biblio.parse.readers.apa.conventions import conventions
from biblio.parse.readers.apa.style import not_apa


@pytest.mark.parametrize(
    "text",
    [
        "A. B. Smith, Phys. Rev. Lett. 94, 094516 (2002).",  # a numbered physics style
        "[12] A. B. Smith, Phys. Rev. Lett. 94, 094516 (2002).",
        "Smith, J. A., Some title, Journal of Things 12 (1991) 45-67.",
        "J. Smith, \u201cA title,\u201d IEEE Trans. Things, vol. 12, no. 3, pp. 45\u201367, 2020.",  # IEEE
        "Smith, John. \u201cA Title.\u201d Journal of Things, vol. 12, no. 3, 2020, pp. 45-67.",  # MLA
        # Chicago notes-bibliography
        "Smith, John. \u201cA Title.\u201d Journal of Things 12, no. 3 (2020): 45\u201367.",
        "Smith JA, Jones B. A title. J Things. 2002;12(3):45-67.",  # Vancouver
        "1. Smith JA, Jones B. A title. J Things. 2002 Mar;12(3):45-67.",
        "Kopp, O., Zimmermann, O.: Markdown decision records. In: ZEUS, vol. 2072, pp. 55-62 (2018)",  # LNCS
    ],
)
def test_not_my_style(text: str) -> None:
    assert not_apa(text) is not None
    assert read(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Smith, J. (2020). Title. *Journal*, *12*(3), 45-67. https://doi.org/10.1000/x",
        "Smith, J. (Ed.). (2020). *Book* (2nd ed., Vol. 3). Publisher.",
        "World Health Organization. (2020, March 3). *COVID-19 guidance* [Fact sheet]. https://who.int/x",
        "Smith, J. (2019). Title. In A. Editor (Ed.), *Book* (pp. 1-10). Publisher.",
        "Smith, J. (2020) \u2018A title\u2019, *Journal*, 12(3), pp. 45-67.",  # Harvard
    ],
)
def test_apa_is_read_with_confidence(text: str) -> None:
    reading = read(text)
    assert reading is not None and reading.reader == "apa"
    assert reading.confidence >= 0.8
    assert reading.item == conventions(parse_apa(text))


def test_neighbouring_style_lowers_confidence() -> None:
    apa = read("Smith, J. (2011). The long road home. *Journal of Roads*, *12*(3), 45-67.")
    chicago = read("Smith, John. 2011. The long road home. Journal of Roads 12 (3): 45-67.")
    assert apa is not None and chicago is not None
    assert chicago.item["container-title"] == "Journal of Roads"  # still read right
    assert "chicago-volume" in chicago.doubts and chicago.confidence < apa.confidence


def test_leftover_text_lowers_confidence() -> None:
    clean = read("Smith, J. (2020). *A book*. Publisher.")
    messy = read("Smith, J. (2020). *A book*. Publisher. (((stray))) 12 zz, qq (yy) ww.")
    assert clean is not None and messy is not None
    assert messy.confidence < clean.confidence


def test_registry() -> None:
    names = [name for name, _ in READERS]
    assert names == ["apa", "chicago", "lncs", "ieee"]
    assert READERS[0][1]("Smith, J. (2020). *A book*. Publisher.") is not None
    assert READERS[1][1]("Smith, John. *A Book*. Chicago: Publisher, 2020.") is not None
    assert READERS[2][1]("Smith, J.: A book. Publisher, Place (2020)") is not None
    assert READERS[3][1]('J. Smith, "A paper," *Journal*, vol. 1, pp. 2–3, 2020.') is not None


def test_quoted_title_at_the_very_end_does_not_crash() -> None:
    item = parse_apa('Smith, J. (2020). "A quoted title"')
    assert item is not None and item["title"] == "A quoted title"


@pytest.mark.parametrize(
    ("text", "doubt"),
    [
        # a chapter's pages written after the container (not "(pp. 1-10)"): APA's rules keep them in it
        ("Peot, M. A., & Smith, D. E. (1993). Threat-removal strategies. In Proceedings of the Eleventh "
         "National Conference on Artificial Intelligence, pp. 492-499 Washington, D. C. Morgan Kaufmann.",
         "locator-in-value"),
        # a volume written after the journal's name without a comma
        ("Sordillo, P. P., & Helson, L. (2015). Review: the prolonged QT interval. In Vivo 29, 619-636.",
         "number-after-container"),
    ],
)
def test_a_record_that_holds_what_apa_separates_is_a_misreading(text: str, doubt: str) -> None:
    reading = read(text)
    assert reading is not None and doubt in reading.misread and doubt in reading.doubts
    assert reading.confidence < 0.5


def test_a_date_not_closed_by_a_period_is_a_neighbouring_style() -> None:
    apa = read("Smith, J. (2020). *A book*. Publisher.")
    harvard = read("Smith, J. (2020) *A book*. Publisher.")
    assert apa is not None and harvard is not None
    assert "date-not-closed" in harvard.doubts and "date-not-closed" not in apa.doubts
    assert harvard.confidence < apa.confidence and not apa.misread


def test_a_hyphenated_initial_with_a_spaced_hyphen_stays_one_name() -> None:
    reading = read("Moro, M. -R., & Baubet, T. (2003). *Psychiatrie et migrations*. Masson.")
    assert reading is not None
    assert reading.item["author"] == [{"family": "Moro", "given": "M.-R."}, {"family": "Baubet", "given": "T."}]
