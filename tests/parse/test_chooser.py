"""One record per reference: the model's reading, or the APA reader's where it is the stronger."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.chooser import apa_shaped
from biblio.parse.model.labeller import default_labeller

APA = "Smith, J. A., & Lee, K. (2020). Learning to cite: A field study. *Journal of Scholarly Tools*, *12*(3), 45–67."
IEEE = '[4] J. Smith and K. Lee, "Learning to cite," IEEE Trans. Softw. Eng., vol. 12, no. 3, pp. 45–67, 2020.'
# a year in brackets late in the reference is no APA date
LATE_YEAR = "J. A. Smith, K. Lee, Learning to cite, Journal of Scholarly Tools 12 (2020) 45-67."


def test_apa_shape_is_names_then_a_bracketed_date() -> None:
    labeller = default_labeller()
    assert apa_shaped(labeller.read(APA))
    assert not apa_shaped(labeller.read(IEEE))
    assert not apa_shaped(labeller.read(LATE_YEAR))


def test_each_reading_names_its_reader() -> None:
    assert read_reference(APA)["custom"]["biblio"]["reader"] in ("apa", "model")
    assert read_reference(IEEE)["custom"]["biblio"]["reader"] == "model"
    assert read_reference(LATE_YEAR)["custom"]["biblio"]["reader"] == "model"


def test_late_year_reference_is_not_read_as_apa() -> None:
    item = read_reference(LATE_YEAR)
    assert [n.get("family") for n in item["author"]] == ["Smith", "Lee"]
    assert item["title"] == "Learning to cite"
    assert item["container-title"] == "Journal of Scholarly Tools"
    assert (item["volume"], item["page"]) == ("12", "45-67")
    assert item["issued"] == {"date-parts": [[2020]]}


def test_ieee_reference_is_read_by_the_model() -> None:
    item = read_reference(IEEE)
    assert [n.get("family") for n in item["author"]] == ["Smith", "Lee"]
    assert item["title"] == "Learning to cite"
    assert (item["volume"], item["issue"], item["issued"]) == ("12", "3", {"date-parts": [[2020]]})
    assert item["custom"]["biblio"]["label"] == "4"
