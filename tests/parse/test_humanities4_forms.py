"""Forms of the humanities bibliographies and notes of ``humanities_real4`` (English Wikipedia's hand-written
lists of classics, Byzantine history and historiography), each a convention of notes or of a style."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference


def _families(item: dict[str, Any], role: str = "author") -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get(role, [])]


@pytest.mark.parametrize(
    ("text", "families", "year", "page"),
    [
        ("Croke 1987.", ["Croke"], 1987, None),
        ("Jaillant (2013)", ["Jaillant"], 2013, None),
        ("Murray, pp. 266–267.", ["Murray"], None, "266-267"),
        ("Smith and Jones 2004, 12.", ["Smith", "Jones"], 2004, "12"),
    ],
)
def test_short_author_date_note(text: str, families: list[str], year: int | None, page: str | None) -> None:
    # an author-date note's short form: the surnames, then the year or the page cited
    item = parse_reference(text)
    assert _families(item) == families
    assert "title" not in item and "container-title" not in item
    assert (item.get("issued") or {}).get("date-parts", [[None]])[0][0] == year
    assert item.get("page") == page


@pytest.mark.parametrize(
    ("text", "editors", "title"),
    [
        (
            "*The English Essays of Edward Gibbon*, ed. Patricia Craddock (Oxford: Clarendon Press, 1972); hb: .",
            ["Craddock"],
            "The English Essays of Edward Gibbon",
        ),
        (
            "*Miscellanea Gibboniana*, eds. G.R. de Beer, L. Junod, G.A. Bonnard (Lausanne: Librairie de "
            "l'Université, 1952).",
            ["Beer", "Junod", "Bonnard"],
            "Miscellanea Gibboniana",
        ),
    ],
)
def test_editors_after_an_italic_title(text: str, editors: list[str], title: str) -> None:
    # a note of an edition: the title, the role word and the editors' names, then the bracketed imprint
    item = parse_reference(text)
    assert _families(item, "editor") == editors
    assert "translator" not in item and "author" not in item
    assert item.get("title") == title


@pytest.mark.parametrize(
    ("text", "container"),
    [
        (
            'Womersley, David. "Gibbon, Edward (1737–1794)". In the *Oxford Dictionary of National Biography*, eds. '
            "H.C.G. Matthew and Brian Harrison. Oxford: Oxford University Press, 2004. Vol. 22, 8–18.",
            "Oxford Dictionary of National Biography",
        ),
        (
            'Levine, Joseph M., "Edward Gibbon and the Quarrel between the Ancients and the Moderns," in Levine, '
            "*Humanism and History: origins of modern English historiography* (Ithaca, NY: Cornell University Press, "
            "1987).",
            "Humanism and History: origins of modern English historiography",
        ),
        ('Womersley, David. "Introduction," in Womersley, *Decline and Fall*, vol. 1, xi–cvi.', "Decline and Fall"),
    ],
)
def test_words_before_an_italic_container(text: str, container: str) -> None:
    # the italic run names the container; "the" or the author's surname before it are the note's words
    assert parse_reference(text).get("container-title") == container


def test_site_a_work_is_read_at() -> None:
    # "Online at X": the site is the container of a work that has none, and never its publisher
    item = parse_reference(
        "Gibbon, Edward. *Memoirs of My Life and Writings*. Online at Gutenberg. Retrieved 20 November 2009."
    )
    assert item.get("container-title") == "Gutenberg"
    item = parse_reference(
        'Pocock, J. G. A. "Classical and Civil History: The Transformation of Humanism". *Cromohs* 1 (1996). Online '
        "at the Università degli Studi di Firenze. Retrieved 20 November 2009."
    )
    assert (item.get("container-title"), item.get("publisher")) == ("Cromohs", None)


def test_issue_before_a_dated_bracket() -> None:
    # Chicago's "24:22 (14 November 2002)": volume and issue, then the issue's date; no pages
    item = parse_reference(
        "Pocock, J. G. A. \"The Ironist\". Review of David Womersley's *The Watchmen of the Holy City*. *London "
        "Review of Books* 24:22 (14 November 2002). Online at the London Review of Books (subscribers only). "
        "Retrieved 20 November 2009."
    )
    assert (item.get("volume"), item.get("issue"), item.get("page"), item.get("publisher")) == ("24", "22", None, None)


@pytest.mark.parametrize(
    ("text", "place", "year"),
    [
        ("N. G. Wilson (ed.) *Herodoti Historiae. Tomvs prior: Libros I–IV continens.* (Oxford 2015)", "Oxford", 2015),
        ("H. B. Rosén (ed.) *Herodoti Historiae. Vol. I: Libros I–IV continens.* (Leipzig 1987)", "Leipzig", 1987),
    ],
)
def test_town_and_year_in_one_bracket(text: str, place: str, year: int) -> None:
    # a classicist's imprint of an edition: the town and the year in one bracket, no publisher
    item = parse_reference(text)
    assert (item.get("publisher-place"), item["issued"]["date-parts"][0][0], item.get("note")) == (place, year, None)


def test_count_of_volumes_after_an_italic_title() -> None:
    # "*Title*, 2 vols., ed. X": the count closes no part of the title
    item = parse_reference(
        "*The Private Letters of Edward Gibbon*, 2 vols., ed. Rowland E. Prothero (London: J. Murray, 1896)."
    )
    assert (item.get("title"), item.get("volume")) == ("The Private Letters of Edward Gibbon", "2")


def test_years_a_multivolume_work_came_out_over() -> None:
    # "Leipzig: Teubner, 1962–64.": after the publisher, the years are the date, never pages
    item = parse_reference("Haury, J. *Procopii Caesariensis opera omnia*. Leipzig: Teubner, 1962–64.")
    assert (item["issued"]["date-parts"][0][0], item.get("page")) == (1962, None)


@pytest.mark.parametrize(
    "text",
    [
        "*Gibbon's Journey from Geneva to Rome*, ed. G.A. Bonnard (London: Thomas Nelson and Sons, 1961). journal.",
        "Procopius, *The Secret History*, translated by G. A. Williamson. Harmondsworth: Penguin Books, 1966. A "
        "readable and accessible English translation of the *Anecdota*.",
    ],
)
def test_remark_after_a_books_imprint(text: str) -> None:
    # an annotated list's remark after the publisher and year is no container and no page
    item = parse_reference(text)
    assert (item.get("container-title"), item.get("page")) == (None, None)
    assert item.get("note")


def test_italic_book_before_its_year_and_page() -> None:
    # a note's "Name, *Title*, year, p. N": a book cited by its page, not a journal
    item = parse_reference("T. James Luce, *The Greek Historians*, 2002, p. 26.")
    assert (item.get("title"), item.get("container-title"), item.get("page")) == ("The Greek Historians", None, "26")


def test_first_year_then_the_reprints() -> None:
    # "Publisher, 1940, repr. 1980.": the work's date is the first year, the reprint a note
    item = parse_reference(
        "Keynes, Geoffrey, ed. *The Library of Edward Gibbon*. 2nd ed. Godalming, England: St. Paul's "
        "Bibliographies, 1940, repr. 1980."
    )
    assert (item["issued"]["date-parts"][0][0], item.get("publisher")) == (1940, "St. Paul's Bibliographies")


def test_names_without_a_mark_before_the_italic_title() -> None:
    # "A. D. Godley *Title : … : Books 1–2*": the names end where the italics open; the run is one title
    item = parse_reference(
        "A. D. Godley *Herodotus : The Persian Wars : Volume I : Books 1–2* (Cambridge, Massachusetts 1920)"
    )
    assert _families(item) == ["Godley"]
    assert item.get("title") == "Herodotus : The Persian Wars : Volume I : Books 1–2"
    assert "page" not in item and "container-title" not in item


def test_and_following_pages_kept_as_written() -> None:
    # "pp. 75ff": the page with its "and following", as the labelled data keep it
    item = parse_reference(
        "F. W. Moorman, 'English Place Names and the Teutonic Sagas,'in Oliver Elton (ed.), *English Association "
        "Essays and Studies,* vol. 5 (Oxford: Clarendon, 1914) pp. 75ff"
    )
    assert item.get("page") == "75ff"


def test_each_name_with_its_own_role() -> None:
    # "A (ed.), and B (trans.)": the brackets give each name its role
    item = parse_reference(
        "Strassler, Robert B., (ed.), and Purvis, Andrea L. (trans.), *The Landmark Herodotus,* Pantheon, 2007."
    )
    assert (_families(item, "editor"), _families(item, "translator")) == (["Strassler"], ["Purvis"])


def test_jstor_citation_over_an_article() -> None:
    # JSTOR's "Title Author: Names, Journal, Vol. N, No. M (date), pp. X-Y", copied with its lines joined
    item = parse_reference(
        "Hannibal at New Carthage: Polybius 3. 15 and the Power of Irrationality Author: A. M. Eckstein, Classical "
        "Philology, Vol. 84, No. 1 (January 1989), pp. 3-4"
    )
    assert item.get("title") == "Hannibal at New Carthage: Polybius 3. 15 and the Power of Irrationality"
    assert (_families(item), item.get("container-title")) == (["Eckstein"], "Classical Philology")
    assert (item.get("volume"), item.get("issue"), item.get("page")) == ("84", "1", "3-4")


def test_role_after_et_al_without_its_comma() -> None:
    # Chicago's "Bowersock, G.W., et al. eds.": the role word closes the names after "et al." too
    item = parse_reference(
        "Bowersock, G.W., *et al*. eds. *Edward Gibbon and the Decline and Fall of the Roman Empire*. Cambridge, MA: "
        "Harvard University Press, 1977."
    )
    assert (_families(item, "editor"), item.get("author")) == (["Bowersock"], None)


def test_place_and_publisher_read_as_one_place() -> None:
    # "Washington, D.C: Dumbarton Oaks,": the colon parts the place from the publisher
    item = parse_reference(
        "Kaldellis, Anthony: *Prokopios’ Vandal War: Thematic Trajectories and Hidden Transcripts*, in: S. T. Stevens "
        "& J. Conant, eds., *North Africa under Byzantium and Early Islam*, Washington, D.C: Dumbarton Oaks, 2016, "
        "13-21."
    )
    assert (item.get("publisher-place"), item.get("publisher")) == ("Washington, D.C", "Dumbarton Oaks")
