"""Humanities forms of classical editions, philosophy and history notes: APA's ``(trans.)`` after the translator's
name, a series as a sentence of its own before ``Place: Publisher`` in an APA-like list, older Chicago's ``In T. A.
Dorey, ed., *Latin Historians*, 1–38.``, Chicago's ``*Book*. Vol. 1: Volume's Title.``, a note's ``Journal 2 (Aug.
1925), 14.`` and a title closing on a person's initial and name before ``ed.``."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    # the translator's role after the inverted name, and the series before the imprint
    (
        "Oldfather, C. H. (trans.) (1933–1967). *Diodorus of Sicily*. Loeb Classical Library. Cambridge, MA: "
        "Harvard University Press.",
        {
            "translator": [{"family": "Oldfather", "given": "C. H."}],
            "author": None,
            "title": "Diodorus of Sicily",
            "collection-title": "Loeb Classical Library",
            "publisher-place": "Cambridge, MA",
            "publisher": "Harvard University Press",
        },
    ),
    (
        "Lattimore, R. (Trans.). (1951). *The Iliad of Homer*. University of Chicago Press.",
        {"translator": [{"family": "Lattimore", "given": "R."}], "author": None, "title": "The Iliad of Homer"},
    ),
    (
        "Jones, H. L. (trans.) (1917). *The Geography of Strabo*. Loeb Classical Library. London: Heinemann.",
        {"collection-title": "Loeb Classical Library", "publisher-place": "London", "publisher": "Heinemann"},
    ),
    # the editors before the italic book, their role closed by a comma
    (
        'Badian, Ernst. "The Early Historians." In T. A. Dorey, ed., *Latin Historians*, 1–38. London: Routledge, '
        "1966.",
        {"editor": [{"family": "Dorey", "given": "T. A."}], "container-title": "Latin Historians", "page": "1-38"},
    ),
    (
        'Walsh, Peter. "Livy and the Aims of Historia." In J. Smith and A. B. Jones, eds., *Roman Historians*, '
        "20–45. Oxford: Blackwell, 1982.",
        {"container-title": "Roman Historians", "page": "20-45"},
    ),
    # a multivolume book's volume and the volume's own title after it
    (
        "Fowler, Robert L. *Early Greek Mythography*. Vol. 1: Text and Introduction. Oxford: Oxford University "
        "Press, 2000.",
        {"title": "Early Greek Mythography", "volume": "1", "container-title": None},
    ),
    # the bracketed date, then the page after a comma (no day of the month)
    (
        "“Surveyed State Capitol Lands,” Frontier Times 2 (Aug. 1925), 14.",
        {"issued": {"date-parts": [[1925, 8]]}, "page": "14", "volume": "2"},
    ),
    # the year the work first came out, in square brackets after the edition's year
    (
        "Kant, Immanuel. *Prolegomena to Any Future Metaphysics*, trans. Gary Hatfield (Cambridge: Cambridge "
        "University Press, 2004 [1783]), 260.",
        {"issued": {"date-parts": [[2004]]}, "page": "260", "publisher": "Cambridge University Press"},
    ),
    (
        "Hume, David. *A Treatise of Human Nature*, ed. L. A. Selby-Bigge (Oxford: Clarendon Press, 1978 [1739]), 415.",
        {"issued": {"date-parts": [[1978]]}, "page": "415", "editor": [{"family": "Selby-Bigge", "given": "L. A."}]},
    ),
    # a person's initial and name closing the title before the editor's role
    (
        "Walter P. Lane, The Adventures and Recollections of General Walter P. Lane, ed. Jimmy L. Bryan (Dallas, "
        "Texas: Southern Methodist University, 2000), 18.",
        {
            "title": "The Adventures and Recollections of General Walter P. Lane",
            "container-title": None,
            "editor": [{"family": "Bryan", "given": "Jimmy L."}],
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_humanities_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# a wrong reading the review names: a note's untitled book, its title read as a person named "County"
FLAGGED = [
    "Matagorda County Book Committee, Historic Matagorda County, Volume 1 (Houston: D. Armstrong Co., 1986), 667.",
]


@pytest.mark.parametrize("text", FLAGGED, ids=[t[:30] for t in FLAGGED])
def test_silent_wrong_is_flagged(text: str) -> None:
    assert needs_review(text)
