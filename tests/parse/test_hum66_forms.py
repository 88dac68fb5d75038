"""Forms of humanities reference lists (``humanities_real32.jsonl``): an organology catalogue's author-year key set
before the entry with spaces only, a Chicago journal's ``1/4 (June 1958): 214-225``, a web table's italics run on
over the translator's sentence and the Loeb series, French editions and trades after the publisher, a French
translator after a comma, clerics' titles after a name filed family first, and an edition closing an italic title
after a comma. The examples are written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.citation_label import split_label
from biblio.parse.input_text import tidy_input


def test_spaced_author_year_key_before_the_entry_is_a_label() -> None:
    for text, key in (
        ("Merton 1974 Paul Merton. Die Blasinstrumente des Landesmuseums. Graz: Leykam, 1974.", "Merton 1974"),
        ("Rauch 1962b Rauch, Otto. Posaunenbau in Nürnberg. Ph.D. diss., University of Erlangen, 1962.", "Rauch 1962b"),
        ("Lenz & van Dijk 1988 Karl Lenz and Pieter van Dijk. Katalog. Leiden: Brill, 1988.", "Lenz & van Dijk 1988"),
        ("Šimek 2001 Jiří Šimek. Hudební nástroje. Praha: Academia, 2001.", "Šimek 2001"),
    ):
        label = split_label(text)
        assert label is not None and label.value == key
    item = parse_reference("Merton 1974 Paul Merton. Die Blasinstrumente des Landesmuseums. Graz: Leykam, 1974.")
    assert item["author"] == [{"family": "Merton", "given": "Paul"}]
    assert item["title"] == "Die Blasinstrumente des Landesmuseums"


def test_name_and_year_opening_a_title_is_no_key() -> None:
    # the key's name must open the entry as a name, closed by a comma, a full stop or "and"
    for text in (
        "Planck Collaboration 2016 Planck 2015 results. XIII. Cosmological parameters. A&A 594 A13",
        "Weinberg S 1967 Phys. Rev. Lett. 19 1264",
        "Homer 1990 The Iliad, translated by Robert Fagles. New York: Viking.",
    ):
        label = split_label(text)
        assert label is None or label.variable != "citation-label"


def test_volume_slash_issue_before_a_bracketed_date() -> None:
    item = parse_reference(
        'Ortolan, Marie. "Valve Horns in Early Bands." Brass Review 2/4 (June 1961): 33-41.'
    )
    assert (item["volume"], item["issue"]) == ("2", "4")
    natural = parse_reference('Paul Ortolan. "Valve Horns." Brass Review 6/2 (March 1971): 33-41.')
    assert (natural["volume"], natural["issue"]) == ("6", "2")
    # two volumes bound as one keep their slash
    paired = parse_reference('Levy, Ann. "A Study." *Jewish Review* 11/12 (1990–91): 5–30.')
    assert paired["volume"] == "11/12" and "issue" not in paired


def test_italics_run_over_the_translator_close_before_the_role() -> None:
    text = (
        "R. M. Gummere. *Seneca. Epistles, Volume II. Translated by R. M. Gummere. Loeb Classical Library 76.* "
        "Cambridge, MA: Harvard University Press, 1920."
    )
    assert tidy_input(text).startswith("R. M. Gummere. *Seneca. Epistles, Volume II.* Translated by R. M. Gummere.")
    item = parse_reference(text)
    assert item["title"] == "Seneca. Epistles, Volume II"
    assert item["translator"] == [{"family": "Gummere", "given": "R. M."}]
    assert item["collection-title"] == "Loeb Classical Library"
    edited = parse_reference(
        "*Horace. Odes and Epodes. Edited and translated by Niall Rudd. Loeb Classical Library 33.* Cambridge, MA: "
        "Harvard University Press, 2004."
    )
    assert edited["title"] == "Horace. Odes and Epodes"
    assert edited["editor"] == [{"family": "Rudd", "given": "Niall"}]


def test_french_edition_and_trades_after_the_publisher() -> None:
    item = parse_reference(
        "Martin Louis. (1871). Histoire des conciles de Lyon. Librairie Périsse Frères, troisième édition."
    )
    assert item["publisher"] == "Librairie Périsse Frères"
    assert item["edition"] == "3"
    opening = parse_reference("Roux Pierre. (1702). Le Rituel romain. Seconde édition, chez Pierre Roux et Jean Bel.")
    assert opening["publisher"] == "Pierre Roux et Jean Bel"
    assert opening["edition"] == "2"
    trades = parse_reference("Moreau Jean. (1860). Vie de saint Bernard. Adrien Le Clère, imprimeur-libraire.")
    assert trades["publisher"] == "Adrien Le Clère"
    # one trade alone is kept with the firm's name
    kept = parse_reference("Durand, Paul. 1880. *Les moines*. Paris: Hachette et Cie, éditeurs.")
    assert kept["publisher"] == "Hachette et Cie, éditeurs"


def test_french_translator_after_a_comma() -> None:
    item = parse_reference(
        "Morel abbé. (1858). Lettres de saint Jérôme, traduites par M. l'abbé Morel. Louis Vivès, éditeur."
    )
    assert item["title"] == "Lettres de saint Jérôme"
    assert item["translator"] == [{"family": "Morel"}]


def test_cleric_titles_after_a_family_first_name() -> None:
    item = parse_reference("Perrin J. abbé, Lamy abbé. (1890). Manuel de liturgie. Palmé.")
    assert item["author"] == [{"family": "Perrin", "given": "J."}, {"family": "Lamy"}]
    pope = parse_reference("Pie IX pape. (1870). Lettres apostoliques. Imprimerie vaticane.")
    assert pope["author"] == [{"literal": "Pie IX"}]
    bishop = parse_reference("Dupont Henri, Mgr. (1880). Le concile de Trente. Lecoffre.")
    assert bishop["author"] == [{"family": "Dupont", "given": "Henri"}]


def test_edition_closing_an_italic_title_after_a_comma() -> None:
    item = parse_reference(
        "Ferris, Anne. *The Art of Figured Bass, Third Edition*. Boston, MA, USA: Wren Music, 1962."
    )
    assert item["title"] == "The Art of Figured Bass"
    assert item["edition"] == "3"
    numbered = parse_reference("Duval. (1998). Catéchisme de l'Église catholique. Edition 12. http://example.org/cat")
    assert numbered["title"] == "Catéchisme de l'Église catholique"
    assert numbered["edition"] == "12"


def test_bracketed_translator_or_editor_after_the_authors() -> None:
    item = parse_reference("Lindqvist, Sven (tr. Ward, Helen). *Scoring for Brass*. Nordic Editions, 1984.")
    assert item["author"] == [{"family": "Lindqvist", "given": "Sven"}]
    assert item["translator"] == [{"family": "Ward", "given": "Helen"}]
    assert item["title"] == "Scoring for Brass"
    edited = parse_reference(
        "Moss, Anne & Reed, Carl (edited by Hale, Peter). *Studies in Tablature*. Leeds: Fenwick Press, 1999."
    )
    assert edited["author"] == [{"family": "Moss", "given": "Anne"}, {"family": "Reed", "given": "Carl"}]
    assert edited["editor"] == [{"family": "Hale", "given": "Peter"}]


def test_author_named_again_as_translator_is_that_person() -> None:
    item = parse_reference(
        "Helen Marsh. *Ovid. Tristia. Translated by Helen Marsh. Loeb Classical Library 151.* Cambridge, MA: "
        "Harvard University Press, 1924."
    )
    assert item["author"] == [{"family": "Marsh", "given": "Helen"}]
    initials = parse_reference(
        "R.T. Oakes. *Statius. Thebaid. Translated by R. T. Oakes. Loeb Classical Library 207.* Cambridge, MA: "
        "Harvard University Press, 2003."
    )
    assert initials["author"] == [{"family": "Oakes", "given": "R.T."}]


def test_encyclopedia_columns_are_the_pages() -> None:
    item = parse_reference(
        'Hans Weber. "Zink." In Die Musik in Geschichte und Gegenwart. Vol. 14, cols. 1385-97. Kassel: '
        "Bärenreiter, 1968."
    )
    assert item["page"] == "1385-97"


def test_thesis_kind_and_school_after_a_quoted_title() -> None:
    item = parse_reference("Lena Frey. “Historische Posaunen in Bern.” Diplomarbeit, Hochschule der Künste Bern, 2012.")
    assert item["type"] == "thesis"
    assert item["genre"] == "Diplomarbeit"
    assert item["publisher"] == "Hochschule der Künste Bern"
    assert "container-title" not in item
