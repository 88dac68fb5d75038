"""Forms of Dutch and Czech humanities reference lists (``humanities_real33.jsonl``): a town alone before the year
(``Brussel, 1976.``), Dutch editions in brackets (``(2de druk)``), a journal's issue after its bracketed year
(``31 (1972) 1, kol. 49-52``), Czech names family first with their initials before a colon (``Otto R.: Title``,
``Prosecký J. a kol. :``), a firm named after a person after the town, a role before the editors' names (``in:
(ed.) C. de Backer, *Book*``), and a title's translators after the Czech role word. The examples are written for
these tests."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_town_alone_before_the_year_is_the_place() -> None:
    for text, town in (
        ("Claes, M., *De kloosters van het Waasland. Deel II - Regesten*. Brussel, 1981.", "Brussel"),
        ("Verbeke, R., *De abdij van Ter Doest*. Leuven, 2003, Studia Cisterciensia, 4.", "Leuven"),
        ("Roels, K., *Le roman de Fauvel et ses lecteurs*. Parijs, 1971.", "Parijs"),
        ("Ward J. K.: Religions of the Ancient Levant, Michigan 1998.", "Michigan"),
    ):
        item = parse_reference(text)
        assert item.get("publisher-place") == town, text
        assert "publisher" not in item, text


def test_press_named_for_its_town_stays_the_publisher() -> None:
    item = parse_reference("Miller, Patrick D. *The Religion of Ancient Israel Revisited*. Abingdon, 1999.")
    assert item.get("publisher") == "Abingdon"


def test_dutch_edition_in_brackets() -> None:
    for text, edition in (
        ("Dekker, G., *De cisterciënzers in de Lage Landen*. Amsterdam, 1994. (2de druk).", "2"),
        ("Bakker, H., *Het open huis*. (3de druk). Utrecht, 1986. (Vertaling uit het Engels).", "3"),
        ("Wouters, A. de, *Laatmiddeleeuwse tegels uit Vlaanderen*. Brugge, 1999. (2de uitgave).", "2"),
    ):
        item = parse_reference(text)
        assert item.get("edition") == edition, text
        assert "container-title" not in item and "page" not in item, text


def test_issue_after_the_bracketed_year() -> None:
    for text, issue, page in (
        ("Maes, J., 'Een vos in de marge', in: *Spiegel der Letteren* 12 (1969) 2, kol. 101-114.", "2", "101-114"),
        ("Smet, P. de, 'Boudelo en de graven', in: *Handelingen* 41 (1987) 3, p. 55-70.", "3", "55-70"),
    ):
        item = parse_reference(text)
        assert item.get("issue") == issue, text
        assert item.get("page") == page, text


def test_dutch_column_word_leaves_the_page() -> None:
    item = parse_reference("Lambrecht, K. de, 'Boudewijn', in: *Biographie Nationale* 7 (1880), kol. 311-315.")
    assert item.get("page") == "311-315"


def test_czech_names_family_first_close_at_the_colon() -> None:
    for text, family, title in (
        ("Assmann J.: Egypt. Teologie a zbožnost rané civilizace. Praha 2002.", "Assmann",
         "Egypt. Teologie a zbožnost rané civilizace"),
        ("von Beckerath J. : Handbuch der ägyptischen Königsnamen, München 1984.", "Beckerath",
         "Handbuch der ägyptischen Königsnamen"),
        ("Dvořák M. a kol. : Slovník starověkého Egypta, Praha 2006.", "Dvořák", "Slovník starověkého Egypta"),
    ):
        item = parse_reference(text)
        assert [a.get("family") for a in item.get("author", [])] == [family], text
        assert item.get("title") == title, text


def test_czech_et_al_is_not_a_name() -> None:
    item = parse_reference("Hallo W. W. & kol.: The Context of Scripture, Leiden 1997.")
    assert item["author"] == [{"family": "Hallo", "given": "W. W."}]


def test_firm_named_after_a_person_after_the_town() -> None:
    for text in (
        "K. Meijer, De oudste Reinaertdrukken en hun lezers. Een studie van de vroege receptie, Frankfurt a.M., "
        "Peter Lang, 1988, p. 40-52.",
        "H. Vos, Der Fuchs in der Kunst des Mittelalters, Frankfurt a.M., Peter Lang, 1979.",
    ):
        item = parse_reference(text)
        assert item.get("publisher") == "Peter Lang", text
        assert item.get("publisher-place") == "Frankfurt a.M.", text
        assert len(item["author"]) == 1, text


def test_role_before_the_editors_names() -> None:
    item = parse_reference(
        "Peeters, L., 'Vossen in de marge', in: (ed.) W. van Anrooij, *Ene andre tale. Tekst en uitleg*. "
        "Leiden, 1994, p. 21-40."
    )
    assert item.get("editor") == [{"family": "Anrooij", "non-dropping-particle": "van", "given": "W."}]
    assert item.get("container-title") == "Ene andre tale. Tekst en uitleg"


def test_czech_translators_after_the_opening_title() -> None:
    item = parse_reference("Píseň o Nibelunzích, přeložila M. Černá a J. Beneš, Praha 1990.")
    assert item["title"] == "Píseň o Nibelunzích"
    assert [t["family"] for t in item.get("translator", [])] == ["Černá", "Beneš"]
    assert "author" not in item


def test_numbered_series_after_the_imprint_year() -> None:
    for text in (
        "Weber, K., *Die Grangien der Zisterzienser im Rheinland*. Köln, 1987, Rheinisches Archiv, Band 117.",
        "Dupont, L., *La chanson de geste en Flandre*. Parijs, 1972, Romanica Gandensia, 14.",
        "Keller, H., *Die Laienbrüder von Altenberg*. Berlijn, Duncker & Humblot, 1991, Ordensstudien, Bd. 7.",
    ):
        item = parse_reference(text)
        assert "container-title" not in item and "volume" not in item, text
        assert item.get("publisher-place") in ("Köln", "Parijs", "Berlijn"), text
        assert item.get("collection-title"), text


def test_numbered_series_and_pages_after_a_chapter_imprint_year() -> None:
    item = parse_reference(
        "Mertens, W., 'Reinaert in de school', in: (ed.) J. Goossens, *Vossen en wolven. Studies over dierenepiek*. "
        "Leuven, 1989, Spektator Cahiers, 5, p. 45-61."
    )
    assert item.get("container-title") == "Vossen en wolven. Studies over dierenepiek"
    assert item.get("page") == "45-61"
    assert "volume" not in item


def test_dutch_no_place_mark_is_no_field() -> None:
    for text in (
        "Claes, K., *Het klooster van Zwijveke*. Z.p., 2003.",
        "Pieters, M., *Van hoeve tot abdij. De grangies van Baudeloo*. Z.p., 1996.",
    ):
        item = parse_reference(text)
        assert "container-title" not in item and "page" not in item, text
        assert "publisher-place" not in item and "publisher" not in item, text
        assert item["issued"] == {"date-parts": [[int(text[-5:-1])]]}, text


def test_note_bracketed_imprint_keeps_its_cited_page() -> None:
    item = parse_reference(
        "4. Ann Taylor, Quarrels of the Learned: Six Disputes (Boston: Beacon Press, 2003), Ebrary e-book, 117."
    )
    assert "collection-title" not in item  # (the cited page after the bracket is no series' number)
