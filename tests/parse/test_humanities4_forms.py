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


def test_count_of_volumes_after_an_italic_title() -> None:
    # "*Title*, 2 vols., ed. X": the count closes no part of the title
    item = parse_reference(
        "*The Private Letters of Edward Gibbon*, 2 vols., ed. Rowland E. Prothero (London: J. Murray, 1896)."
    )
    assert (item.get("title"), item.get("volume")) == ("The Private Letters of Edward Gibbon", "2")


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


def test_and_following_pages_kept_as_written() -> None:
    # "pp. 75ff": the page with its "and following", as the labelled data keep it
    item = parse_reference(
        "F. W. Moorman, 'English Place Names and the Teutonic Sagas,'in Oliver Elton (ed.), *English Association "
        "Essays and Studies,* vol. 5 (Oxford: Clarendon, 1914) pp. 75ff"
    )
    assert item.get("page") == "75ff"
