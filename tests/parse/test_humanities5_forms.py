"""Forms of the humanities bibliographies and notes of ``humanities_real5`` (English Wikipedia's hand-written
lists on Spinoza, Caravaggio, Monteverdi and Hildegard of Bingen), each a convention of notes or of a style."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference


def _family(name: dict[str, Any]) -> str:
    return " ".join(p for p in (name.get("non-dropping-particle"), name.get("family") or name.get("literal")) if p)


def _fields(item: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in keys:
        value = item.get(key)
        if key in ("author", "editor") and value is not None:
            value = [_family(n) for n in value]
        elif key == "issued" and value is not None:
            value = value["date-parts"][0][0]
        out[key] = value
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a book's publisher right before the year, after the italic title and a comma
        (
            "Helen Langdon, *Caravaggio: A Life*, Farrar, Straus and Giroux, 1999 (original UK edition 1998)",
            {"title": "Caravaggio: A Life", "publisher": "Farrar, Straus and Giroux", "container-title": None},
        ),
        # ... but a proceedings' name there is the container
        (
            "J. Langford, and T. Zhang, *The epoch-greedy algorithm for multi-armed bandits with side information*, "
            "Advances in neural information processing systems (2008).",
            {"container-title": "Advances in neural information processing systems", "publisher": None},
        ),
        # an author-date book's publisher of several words alone after the title, no place
        (
            "Gullan-Whur, Margaret, 1998. *Within Reason: A Life of Spinoza*. Jonathan Cape.",
            {"publisher": "Jonathan Cape", "publisher-place": None},
        ),
        # Wikipedia's anchor of a short citation before the entry it names
        (
            "Nadler 2006: Nadler, Steven, *Spinoza's Ethics: An Introduction*, 2006 (Cambridge University Press, "
            "Cambridge England, ).",
            {"author": ["Nadler"], "title": "Spinoza's Ethics: An Introduction", "issued": 2006},
        ),
        # a person with a Dutch particle in natural order
        (
            "Ralf van Bühren, *Caravaggio’s ‘Seven Works of Mercy’ in Naples*, 2017.",
            {"author": ["van Bühren"], "title": "Caravaggio’s ‘Seven Works of Mercy’ in Naples"},
        ),
        # the place and the publisher parted by a comma after the title
        (
            "Andrew Graham-Dixon, *Caravaggio: A Life Sacred and Profane*, London, Allen Lane, 2009.",
            {"publisher-place": "London", "publisher": "Allen Lane"},
        ),
        # an author-date short note of an undated work
        ("Lockwood (n.d.)", {"author": ["Lockwood"], "issued": None, "title": None}),
        ("Walker and Alm (n.d.)", {"author": ["Walker", "Alm"], "editor": None, "issued": None}),
        # a book note's list of pages after the imprint is no volume
        (
            "Bennett, Judith M. and C. Warren Hollister. *Medieval Europe: A Short History*. New York: McGraw-Hill, "
            "2006. 289, 317.",
            {"volume": None, "page": "289, 317", "publisher": "McGraw-Hill"},
        ),
        # an italic book and its imprint "Place: Publisher." closing the entry
        (
            "Matheron, Alexandre, 1969. *Individu et communauté chez Spinoza*, Paris: Minuit.",
            {"title": "Individu et communauté chez Spinoza", "container-title": None, "publisher": "Minuit"},
        ),
        # a firm named by its founder's initials
        (
            "Stewart, Matthew, *The Courtier and the Heretic* (W.W. Norton & Company, 2006), p. 106.",
            {"publisher": "W.W. Norton & Company", "publisher-place": None, "page": "106"},
        ),
        # a chapter or a section cited is no page and no volume
        (
            'Charles Hartshorne and William Reese, "Philosophers Speak of God," Humanity Books, 1953 ch. 4',
            {"page": None, "publisher": "Humanity Books", "issued": 1953},
        ),
        (
            "Frank Thilly, *A History of Philosophy*, § 47, Holt & Co., New York, 1914",
            {"volume": None, "title": "A History of Philosophy", "note": "§ 47"},
        ),
        # an edition's numbered series after its editors is no container
        (
            "*Liber divinorum operum*. A. Derolez and P. Dronke eds., Corpus Christianorum Continuatio Mediaevalis "
            "CCCM 92 (Turnhout: Brepols, 1996)",
            {"editor": ["Derolez", "Dronke"], "container-title": None, "publisher": "Brepols"},
        ),
    ],
)
def test_humanities_form(text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    assert _fields(item, list(expected)) == expected
