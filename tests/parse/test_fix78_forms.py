"""Forms read since round fix78: the Australian Harvard book with initials written without full stops, GOST's
areas typed as spaced hyphens, a family name opening on a capital particle run, and a wiki's page title before
its link. Each case is also read with a closing link."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, read_fields

LINK = " https://example.org/page"


def _person(family: str, given: str | None = None) -> dict[str, str]:
    return {"family": family, "given": given} if given else {"family": family}


HARVARD_BOOKS: list[tuple[str, dict[str, Any]]] = [
    (
        "Borbasi, S, Jackson, D & Langford, RW 2008, *Navigating the maze of nursing research*, 2nd edn, Mosby, "
        "Sydney.",
        {
            "author": [_person("Borbasi", "S"), _person("Jackson", "D"), _person("Langford", "RW")],
            "title": "Navigating the maze of nursing research",
            "issued": {"date-parts": [[2008]]},
            "edition": "2",
            "publisher": "Mosby",
            "publisher-place": "Sydney",
        },
    ),
    (
        "Taylor, B, Kermode, S & Roberts, K 2007, *Research in nursing and health care: evidence for practice*, "
        "3rd edn, Thomson, South Melbourne.",
        {
            "author": [_person("Taylor", "B"), _person("Kermode", "S"), _person("Roberts", "K")],
            "title": "Research in nursing and health care: evidence for practice",
            "edition": "3",
            "publisher": "Thomson",
            "publisher-place": "South Melbourne",
        },
    ),
    (
        "Schneider, Z, Whitehead, D & Elliott, D 2007, *Nursing and midwifery research: methods and appraisal for "
        "evidence-based practice*, 3rd edn, Mosby, Sydney.",
        {
            "author": [_person("Schneider", "Z"), _person("Whitehead", "D"), _person("Elliott", "D")],
            "issued": {"date-parts": [[2007]]},
            "publisher": "Mosby",
            "publisher-place": "Sydney",
        },
    ),
    (
        "Polit, DF & Beck, CT 2017, *Nursing research: generating and assessing evidence for nursing practice*, "
        "10th edn, Wolters Kluwer, Philadelphia.",
        {
            "author": [_person("Polit", "DF"), _person("Beck", "CT")],
            "edition": "10",
            "publisher": "Wolters Kluwer",
            "publisher-place": "Philadelphia",
        },
    ),
    (
        "Storey, KB 2004, *Functional metabolism: regulation and adaptation*, John Wiley & Sons, Hoboken, NJ.",
        {"author": [_person("Storey", "KB")], "publisher": "John Wiley & Sons", "publisher-place": "Hoboken, NJ"},
    ),
    (
        "Smith, J & Lee, KM 2012, *Caring for older people*, Elsevier, Chatswood.",
        {
            "author": [_person("Smith", "J"), _person("Lee", "KM")],
            "title": "Caring for older people",
            "publisher": "Elsevier",
            "publisher-place": "Chatswood",
        },
    ),
]

GOST_HYPHENS: list[tuple[str, dict[str, Any]]] = [
    (
        "Иванов И. И. Название книги. - СПб.: Питер, 2019. - 544 с. - Разделы: история.",
        {
            "author": [_person("Иванов", "И. И.")],
            "title": "Название книги",
            "publisher": "Питер",
            "publisher-place": "СПб.",
            "issued": {"date-parts": [[2019]]},
            "page": "544",
        },
    ),
    (
        "Петров П. П. Основы программирования. - 2-е изд. - М.: Наука, 2015. - 320 с.",
        {
            "title": "Основы программирования",
            "edition": "2",
            "publisher": "Наука",
            "publisher-place": "М.",
            "issued": {"date-parts": [[2015]]},
            "page": "320",
        },
    ),
    (
        "Сидоров А. В. История России / А. В. Сидоров. - М. : Просвещение, 2010. - 256 с.",
        {"title": "История России", "publisher": "Просвещение", "publisher-place": "М.", "page": "256"},
    ),
    (
        "Коваленко О. М. Економіка підприємства. - К.: Либідь, 2008. - 312 с.",
        {"author": [_person("Коваленко", "О. М.")], "publisher": "Либідь", "publisher-place": "К.", "page": "312"},
    ),
]

PARTICLE_RUNS: list[tuple[str, dict[str, Any]]] = [
    (
        "Van der Meer et al, 2015, Title of the paper, Journal of Things, 3(2), 12-20.",
        {"author": [{"family": "Van der Meer"}]},
    ),
    (
        "Van den Berg et al, 2018, Soil moisture and yield, Field Crops Research, 221, 1-10.",
        {"author": [{"family": "Van den Berg"}]},
    ),
    (
        "Von der Heyden et al, 2011, Coastal fishes of the Cape, Marine Biology, 158(4), 755-766.",
        {"author": [{"family": "Von der Heyden"}]},
    ),
]

PAGE_TITLES: list[tuple[str, dict[str, Any]]] = [
    (
        "ArcGIS Portal \u2014 Categories https://enterprise.arcgis.com/en/portal/latest/administer/categories.htm",
        {"author": None, "title": "ArcGIS Portal \u2014 Categories"},
    ),
    (
        "GitHub Actions \u2014 Workflow syntax https://docs.github.com/en/actions/using-workflows/workflow-syntax",
        {"author": None, "title": "GitHub Actions \u2014 Workflow syntax"},
    ),
    (
        "Jenkins Pipeline \u2013 Getting started https://www.jenkins.io/doc/book/pipeline/getting-started/",
        {"author": None, "title": "Jenkins Pipeline \u2013 Getting started"},
    ),
]

CASES = [*HARVARD_BOOKS, *GOST_HYPHENS, *PARTICLE_RUNS, *PAGE_TITLES]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fix78_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), [*HARVARD_BOOKS, *GOST_HYPHENS, *PARTICLE_RUNS])
def test_fix78_form_before_link(text: str, expected: dict[str, Any]) -> None:
    """The same reading with a closing link."""
    read = read_fields(text + LINK)
    assert read.get("URL") == LINK.strip()
    for var, value in expected.items():
        assert read.get(var) == value, (var, read.get(var))


def test_harvard_publisher_run_into_town_left() -> None:
    """With no comma between the publisher and the town, the state alone closes nothing: the model's reading."""
    read = read_fields(
        "Schneider, Z, Whitehead, D & Elliott, D 2007, *Nursing and midwifery research: methods and appraisal for "
        "evidence-based practice*, 3rd edn, Elsevier Australia Marrickville, NSW."
    )
    assert read.get("publisher-place") != "NSW"


def test_producer_before_dataset_title_kept() -> None:
    """A data portal's producer before its data set's title and date stays the author."""
    assert read_fields("Ember - Yearly Electricity Data (2025).").get("author") == [{"family": "Ember"}]


FAMILY_FIRST: list[tuple[str, dict[str, Any]]] = [
    (
        "Kowalski Jan (red.), Historia Polski, Warszawa 2005.",
        {"editor": [_person("Kowalski", "Jan")], "title": "Historia Polski", "publisher-place": "Warszawa"},
    ),
    (
        "Wiśniewski Tomasz (oprac.), Słownik gwar polskich, Kraków 2012.",
        {"editor": [_person("Wiśniewski", "Tomasz")], "title": "Słownik gwar polskich", "author": None},
    ),
    (
        "Bianchi Pietro (a cura di), Storia di Roma antica, Bologna 2001.",
        {"editor": [_person("Bianchi", "Pietro")], "title": "Storia di Roma antica", "publisher-place": "Bologna"},
    ),
    (
        "Nucera Salvino, Krupka Paweł (tł.), Minuto Domenico, *Grekanie*, „Czas Literatury” nr 1/2020 (9), "
        "s. 29-36.",
        {"translator": [_person("Krupka", "Paweł")], "title": "Grekanie"},
    ),
    (
        "Agfa Foto-Historama (Hg.), Silber und Salz. Zur Frühzeit der Photographie im deutschen Sprachraum, "
        "1839-1860, Köln und Heidelberg 1989.",
        {"title": "Silber und Salz. Zur Frühzeit der Photographie im deutschen Sprachraum, 1839-1860"},
    ),
    (
        "Novák Jan, Svoboda Karel: Dějiny Prahy. Praha: Academia, 2010.",
        {"author": [_person("Novák", "Jan"), _person("Svoboda", "Karel")]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FAMILY_FIRST)
def test_fix78_family_first(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
    read = read_fields(text + LINK)
    for var, value in expected.items():
        assert read.get(var) == value, (var, read.get(var))


def test_natural_order_kept() -> None:
    """Names in natural order whose family name is no given name stay as they are, and a family name that is a
    given name (``Suman Jana``) turns no list whose other names close on no given name."""
    assert read_fields("Jan Kowalski, Historia Polski, Warszawa 2005.").get("author") == [
        _person("Kowalski", "Jan")
    ]
    read = read_fields(
        "Suman Jana and Vitaly Shmatikov. 2012. Memento: Learning secrets from process footprints. In 2012 IEEE "
        "Symposium on Security and Privacy. IEEE, 143-157."
    )
    assert read.get("author") == [_person("Jana", "Suman"), _person("Shmatikov", "Vitaly")]
