"""Forms of humanities reference lists (``humanities_real36.jsonl``): British notes' translations with the place and
year alone in brackets (``Procopius, Secret History, tr. G. A. Williamson (Harmondsworth 1966)``), an editor in
brackets after the title, a reference work's ``*Title*, ed. Name (Year).``, and a work published over years with its
count of volumes after the bracket (``(Paris: 1844-1855), 221 volumes.``). The examples are written for these
tests."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_one_named_author_translator_and_place_year_bracket() -> None:
    item = parse_reference("Procopius, Secret History, tr. G. A. Williamson (Harmondsworth 1966), pp. 71–3.")
    assert item["author"] == [{"family": "Procopius"}]
    assert item["title"] == "Secret History"
    assert item["translator"] == [{"family": "Williamson", "given": "G. A."}]
    assert item["publisher-place"] == "Harmondsworth"
    assert item["issued"] == {"date-parts": [[1966]]}
    assert item["page"] == "71-3"


def test_natural_order_author_translator_and_place_year_bracket() -> None:
    item = parse_reference("Michael Psellos, Chronographia, tr. E. R. A. Sewter (London 1953), pp. 12–14.")
    assert item["author"] == [{"family": "Psellos", "given": "Michael"}]
    assert item["title"] == "Chronographia"
    assert item["translator"] == [{"family": "Sewter", "given": "E. R. A."}]
    assert item["publisher-place"] == "London"
    assert item["issued"] == {"date-parts": [[1953]]}


def test_translators_after_authorless_title() -> None:
    item = parse_reference(
        "The Chronicle of Theophanes Confessor, tr. with introduction and commentary by Cyril Mango and Roger Scott "
        "(Oxford 1997), p. 45."
    )
    assert item["title"] == "The Chronicle of Theophanes Confessor"
    assert item["translator"] == [{"family": "Mango", "given": "Cyril"}, {"family": "Scott", "given": "Roger"}]
    assert item["publisher-place"] == "Oxford"


def test_bracketed_editor_after_title() -> None:
    item = parse_reference("The Cambridge Medieval History (ed. Joan M. Hussey), 2 vols. (Cambridge 1966)")
    assert item["title"] == "The Cambridge Medieval History"
    assert item["editor"] == [{"family": "Hussey", "given": "Joan M."}]
    assert item["publisher-place"] == "Cambridge"


def test_reference_work_with_editor_and_year_only() -> None:
    item = parse_reference("*The Oxford Classical Dictionary*, ed. S. Hornblower and A. Spawforth (1996).")
    assert item["title"] == "The Oxford Classical Dictionary"
    assert item["editor"] == [{"family": "Hornblower", "given": "S."}, {"family": "Spawforth", "given": "A."}]
    assert item["issued"] == {"date-parts": [[1996]]}


def test_years_of_publication_then_count_of_volumes() -> None:
    item = parse_reference("Schwartz, Eduard, ed., *Acta conciliorum oecumenicorum* (Berlin: 1914-1940), 4 volumes.")
    assert item["title"] == "Acta conciliorum oecumenicorum"
    assert item["publisher-place"] == "Berlin"
    assert item["issued"]["date-parts"][0] == [1914]
    item = parse_reference(
        "Harnack, Adolf, *Lehrbuch der Dogmengeschichte* (Tübingen: J. C. B. Mohr, 1909-1910), 3 volumes."
    )
    assert item["publisher"] == "J. C. B. Mohr"
    assert item["issued"]["date-parts"][0] == [1909]


def test_chapter_in_the_authors_own_book() -> None:
    item = parse_reference(
        "Steven Runciman, ‘The Ladies of the Mistra’, in his Mistra: Byzantine Capital of the Peloponnese "
        "(London 1980), 79–93."
    )
    assert item["title"] == "The Ladies of the Mistra"
    assert item["container-title"] == "Mistra: Byzantine Capital of the Peloponnese"
    assert item["publisher-place"] == "London"


def test_authorless_work_published_over_years() -> None:
    item = parse_reference(
        "The Cambridge History of Judaism (Cambridge / New York: Cambridge University Press, 1984-2006)."
    )
    assert item["title"] == "The Cambridge History of Judaism"
    assert item["publisher"] == "Cambridge University Press"
    assert item["publisher-place"] == "Cambridge / New York"
    assert item["issued"]["date-parts"][0] == [1984]


def test_publishers_series_after_title_comma() -> None:
    item = parse_reference(
        "Kazhdan, A., 2006. A History of Byzantine Literature, Blackwell Short Histories. Blackwell, Oxford."
    )
    assert item["title"] == "A History of Byzantine Literature"
    assert item["collection-title"] == "Blackwell Short Histories"
    assert item["publisher"] == "Blackwell"
    item = parse_reference(
        "Henry Chadwick, The Early Church, Penguin History of the Church (London: Penguin Books, 1993)."
    )
    assert item["title"] == "The Early Church"
    assert item["collection-title"] == "Penguin History of the Church"


def test_title_going_on_before_the_facts_bracket() -> None:
    item = parse_reference("Henry Maguire, ed., Byzantine Magic from 600 to 1453 (Dumbarton Oaks, Washington DC 1995).")
    assert item["title"] == "Byzantine Magic from 600 to 1453"
    assert item["publisher-place"] == "Washington DC"


def test_volume_cited_after_the_count_of_volumes() -> None:
    item = parse_reference(
        "Eusebius, Ecclesiastical History, tr. Kirsopp Lake and J. E. L. Oulton, 2 vols. (London 1926), vol. 1, p. 12."
    )
    assert item["volume"] == "1"
    assert item["page"] == "12"


def test_vancouver_editor_without_role_word() -> None:
    item = parse_reference(
        "Nutton V. Galen and medical autobiography. In: Porter R. Patients and practitioners. Cambridge: "
        "Cambridge University Press, 1985;35-52."
    )
    assert item["editor"] == [{"family": "Porter", "given": "R"}]
    assert item["container-title"] == "Patients and practitioners"
