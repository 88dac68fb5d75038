"""Forms misread in real lists, round fix56: bodies read as persons (``Homes Victoria``, ``SJA Trees``, a list of
bodies opening with a brand in small letters), given names the labeller's lexicon does not know in a family-first
list with no initials, an inverted name's comma set off on the wrong side, a family name broken at a line's end, a
German title read as a second author after a natural-order name, and a publisher's initials read as an editor.
The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.chooser import person_for_group
from biblio.records.model import Item
from tests.parse.form_cases import assert_read_as


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Homes Victoria (n.d.). Rental report - quarterly: quarterly median rents by LGA. Victorian Government. "
         "<https://discover.data.vic.gov.au/dataset/rental-report>. Retrieved 29 March 2026.", "Homes Victoria"),
        ("Parks Victoria (n.d.). Visitor guide to the Grampians. Retrieved 2 May 2024, from "
         "https://www.parks.vic.gov.au/", "Parks Victoria"),
        ("Trees Victoria (n.d.). Street tree inventory. Retrieved from https://example.org/trees", "Trees Victoria"),
        ("Homes Victoria (2023). Big housing build: progress report. Victorian Government.", "Homes Victoria"),
        ("SJA Trees (2018) *Arboricultural Implications Report — Parts 1 & 2*. Drawing No: SJA TPP 18158-02.",
         "SJA Trees"),
        ("ABC Trees (2019). Tree survey and constraints plan. Report ref. ABC-TS-19-04.", "ABC Trees"),
    ],
)  # fmt: skip
def test_two_words_held_outside_names_are_a_body(text: str, author: str) -> None:
    assert_read_as(text, {"author": [{"literal": author}]})


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Jeroen Ooms (2021). magick: Advanced graphics and image-processing in R. "
         "https://CRAN.R-project.org/package=magick", {"family": "Ooms", "given": "Jeroen"}),
        ("JK Rowling (1997). Harry Potter and the philosopher's stone. London: Bloomsbury.",
         {"family": "Rowling", "given": "JK"}),
    ],
)  # fmt: skip
def test_a_person_in_natural_order_stays_a_person(text: str, author: dict[str, str]) -> None:
    assert_read_as(text, {"author": [author]})


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("albert, BFI and Arup (2020) *A Screen New Deal*. London: British Film Institute.", ["albert", "BFI", "Arup"]),
        ("albert, BAFTA and BFI (2021). Screen new deal: Transformation plan. London: BAFTA.",
         ["albert", "BAFTA", "BFI"]),
        ("ustwo, NHS and Lloyds (2019). Designing for mental health. London: ustwo.", ["ustwo", "NHS", "Lloyds"]),
    ],
)  # fmt: skip
def test_a_brand_in_small_letters_then_capitals_opens_a_list_of_bodies(text: str, bodies: list[str]) -> None:
    assert_read_as(text, {"author": [{"literal": b} for b in bodies]})


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Tonne, Ingebjørg, Uri, Helene, Johnsen, Lars 2022. Om kjønn og adjektiv: «Trond er så "
         "eksepsjonell/nydelig/skjønn/grønn». Nordlyd. DOI: 10.7557/12.6386",
         [("Tonne", "Ingebjørg"), ("Uri", "Helene"), ("Johnsen", "Lars")]),
        ("Lindqvist, Göran, Ek, Malin, Sjöberg, Mats 2015. Svenska dialekter i förändring. Nordlyd. DOI: "
         "10.7557/12.3001", [("Lindqvist", "Göran"), ("Ek", "Malin"), ("Sjöberg", "Mats")]),
        ("Hansen, Kjersti, Berg, Øystein, Dahl, Sigrid 2019. Norsk grammatikk i skolen. Maal og Minne. 2: 45-70.",
         [("Hansen", "Kjersti"), ("Berg", "Øystein"), ("Dahl", "Sigrid")]),
        ("Virtanen, Pekka, Laine, Riitta, Koskinen, Heikki 2018. Suomen murteet. Virittäjä 122: 11-30.",
         [("Virtanen", "Pekka"), ("Laine", "Riitta"), ("Koskinen", "Heikki")]),
        ("Jensen, Søren, Holm, Mette, Lund, Rasmus 2020. Dansk sprogbrug. Ny forskning i grammatik 27: 5-21.",
         [("Jensen", "Søren"), ("Holm", "Mette"), ("Lund", "Rasmus")]),
        # the last given name read as a field of its own before the year
        ("Hansen, Kjersti, Berg, Øystein, Moe, Trond 2019. Norsk grammatikk. Oslo: Novus.",
         [("Hansen", "Kjersti"), ("Berg", "Øystein"), ("Moe", "Trond")]),
        ("Hansen, Kjersti, Berg, Øystein, Dahl, Sigrid, Moe, Trond 2019. Norsk grammatikk. Oslo: Novus.",
         [("Hansen", "Kjersti"), ("Berg", "Øystein"), ("Dahl", "Sigrid"), ("Moe", "Trond")]),
    ],
)  # fmt: skip
def test_given_names_written_out_after_their_families_pair_with_them(text: str, author: list[Any]) -> None:
    assert_read_as(text, {"author": [{"family": f, "given": g} for f, g in author]})


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        ("BRANCA ,Vittore (1986), « Boccaccio visualizzato », Studi sul Boccaccio, 15,107-120.", "BRANCA", "Vittore"),
        ("ROSSI ,Mario (1990), « La città e il porto », Studi veneziani, 20, 11-30.", "ROSSI", "Mario"),
        ("DUBOIS ,Jean (2001), « Les villes du Nord », Revue du Nord, 83, 7-25.", "DUBOIS", "Jean"),
        ("Branca ,Vittore (1975), « Il Decameron », Lettere italiane, 27, 1-19.", "Branca", "Vittore"),
    ],
)  # fmt: skip
def test_an_inverted_names_comma_set_off_on_the_wrong_side(text: str, family: str, given: str) -> None:
    assert_read_as(text, {"author": [{"family": family, "given": given}]})


@pytest.mark.parametrize(
    ("text", "families", "title"),
    [
        ("2. Jason Cantarella, Elizabeth Denne, and John Mc- Cleary, Transversality in conﬁguration spaces and the "
         "Square Peg Problem, in preparation.", ["Cantarella", "Denne", "McCleary"],
         "Transversality in configuration spaces and the Square Peg Problem"),
        ("4. Richard Schwartz, Sergei Tabachnikov, and Peter Mc- Mullen, Elementary geometry of polygons and the "
         "pentagram map, in preparation.", ["Schwartz", "Tabachnikov", "McMullen"],
         "Elementary geometry of polygons and the pentagram map"),
        ("9. Igor Pak, Robert Kusner, and Dusa Mc- Duff, Symplectic structures on configuration spaces, preprint.",
         ["Pak", "Kusner", "McDuff"], "Symplectic structures on configuration spaces"),
        ("11. Mary Jones and John Mac- Pherson, Intersection homology and perverse sheaves, unpublished notes.",
         ["Jones", "MacPherson"], None),
    ],
)  # fmt: skip
def test_a_family_name_broken_after_its_prefix_at_a_lines_end(text: str, families: list[str], title: Any) -> None:
    item = parse_reference(text)
    assert [n.get("family") for n in item.get("author", [])] == families
    if title is not None:
        assert item.get("title") == title


@pytest.mark.parametrize(
    ("text", "family", "title"),
    [
        ("43. Konrad Zindler, Über konvexe Gebilde, Monatshefte für Mathematik und Physik 31 (1921), 25–56.",
         "Zindler", "Über konvexe Gebilde"),
        ("Wilhelm Süss, Über konvexe Körper, Mathematische Annalen 97 (1927), 1–20.", "Süss", "Über konvexe Körper"),
        ("Hermann Kneser, Über ebene Kurven, Monatshefte für Mathematik und Physik 40 (1933), 81–90.", "Kneser",
         "Über ebene Kurven"),
        ("Gustav Herglotz, Über konvexe Eilinien, Mathematische Zeitschrift 5 (1919), 11–20.", "Herglotz",
         "Über konvexe Eilinien"),
    ],
)  # fmt: skip
def test_a_title_in_small_letters_after_one_author_before_the_journal(text: str, family: str, title: str) -> None:
    item = parse_reference(text)
    assert [n.get("family") for n in item.get("author", [])] == [family]
    assert item.get("title") == title


@pytest.mark.parametrize(
    ("text", "publisher", "town"),
    [
        ("BASSO, Alberto, _Frau Musika. La vita e le opere di J.S. Bach_, Torino, E.D.T. Edizioni di Torino, 1979, "
         "vol. I, 782 p.", "E.D.T. Edizioni di Torino", "Torino"),
        ("BIANCHI, Luigi, _Il teatro d'opera_, Torino, E.D.T. Edizioni di Torino, 1991, 210 p.",
         "E.D.T. Edizioni di Torino", "Torino"),
        ("FERRARI, Paolo, _La musica a Napoli_, Napoli, E.S.I. Edizioni Scientifiche Italiane, 1988, 415 p.",
         "E.S.I. Edizioni Scientifiche Italiane", "Napoli"),
    ],
)  # fmt: skip
def test_a_publishers_dotted_initials_open_its_name(text: str, publisher: str, town: str) -> None:
    assert_read_as(text, {"editor": None, "publisher": publisher, "publisher-place": town})


def test_a_sure_person_of_two_words_held_outside_names_stays_a_body() -> None:
    model: Item = {
        "author": [{"family": "England", "given": "Natural"}],
        "custom": {"biblio": {"field_confidence": {"author": 0.99}}},
    }
    item: Item = {"author": [{"literal": "Natural England"}]}
    person_for_group(item, model)
    assert item["author"] == [{"literal": "Natural England"}]
