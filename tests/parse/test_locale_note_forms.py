"""Chicago notes rendered in Turkish (CSL's tr-TR terms): the issue written ``sy`` (sayı) where English writes
``no.``, the list's ``ve`` after a serial comma before a name in natural order, and ``vd.`` (ve diğerleri, "et
al.") closing the names.  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

from biblio.parse import read_reference
from biblio.parse.normalisers.names import names_from_span


def _families(item: dict[str, Any]) -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get("author", [])]


def test_turkish_issue_after_volume() -> None:
    item = read_reference(
        "Ayşe Yılmaz, Mehmet Demir, ve Ali Kaya, “Kıyı ekosistemlerinde uzun dönemli değişimler”, "
        "Ekoloji Dergisi 14, sy 3 (2018): 211-229."
    )
    assert item["container-title"] == "Ekoloji Dergisi"
    assert (item["volume"], item["issue"], item["page"]) == ("14", "3", "211-229")
    assert _families(item) == ["Yılmaz", "Demir", "Kaya"]


def test_turkish_issue_before_article_number() -> None:
    item = read_reference(
        "Hasan Öztürk, Elif Şahin, Murat Aydın, vd., “Göl sedimentlerinde polen kayıtları”, "
        "Quaternary Science Reviews 120, sy 2 (2016): e12345, https://doi.org/10.1016/j.quascirev.2016.01.002."
    )
    assert (item["container-title"], item["volume"], item["issue"]) == ("Quaternary Science Reviews", "120", "2")
    assert item["page"] == "e12345"
    assert _families(item) == ["Öztürk", "Şahin", "Aydın"]


def test_turkish_et_al_and_conjunction_in_names() -> None:
    assert [n["family"] for n in names_from_span("Hasan Öztürk, Elif Şahin, Murat Aydın, vd.,")] == [
        "Öztürk",
        "Şahin",
        "Aydın",
    ]
    assert names_from_span("Ayşe Yılmaz, Mehmet Demir, ve Ali Kaya,")[-1] == {"family": "Kaya", "given": "Ali"}
