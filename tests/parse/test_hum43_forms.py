"""Forms of real documents, round hum43: English-language humanities notes and bibliographies (Chicago's notes with
their own lead-in, MHRA's chapter in a book named with its author, Chicago's ``(blog)``, MLA's ``UP`` after a
town's name, MHRA's double issue)."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.review.held_forms import held_form_signals

CASES = [
    # a Chicago note's "See" before a full name
    ("See Mary Beard, “The Public Voice of Women,” London Review of Books 36.6 (2014): 11–14.",
     {"author": [{"family": "Beard", "given": "Mary"}], "title": "The Public Voice of Women"}),
    # a note's own sentence closed by "see" before the work it points to
    ("On the reception of the sonnets, see Helen Vendler, The Art of Shakespeare’s Sonnets (Harvard UP, 1997), 45.",
     {"author": [{"family": "Vendler", "given": "Helen"}], "title": "The Art of Shakespeare’s Sonnets"}),
    ("For a fuller account of the schools, see Anthony Grafton and Lisa Jardine, From Humanism to the Humanities "
     "(Duckworth, 1986), 12–17.",
     {"author": [{"family": "Grafton", "given": "Anthony"}, {"family": "Jardine", "given": "Lisa"}],
      "title": "From Humanism to the Humanities"}),
    # a Chicago note's two names joined by "and" before the title: the bracket is the imprint, not a citation
    ("Anne Carson and Susan Stewart, Decreation and Other Essays (Knopf, 2005).",
     {"author": [{"family": "Carson", "given": "Anne"}, {"family": "Stewart", "given": "Susan"}],
      "title": "Decreation and Other Essays", "publisher": "Knopf"}),
    # MHRA's and Chicago's chapter in a book named with its author after "in": no editor
    ("Kermode, Frank, ‘Introduction’, in William Shakespeare, The Tempest (London: Methuen, 1954), pp. xi–xciii",
     {"editor": None, "container-title": "The Tempest"}),
    ("Smith, Ali, ‘Foreword’, in Muriel Spark and Olivia Manning, Two Novels (London: Virago, 2011), pp. 1–9",
     {"editor": None, "container-title": "Two Novels"}),
    ("Stephen Greenblatt, “General Introduction,” in William Shakespeare, The Norton Shakespeare Based on the Oxford "
     "Edition, ed. Stephen Greenblatt (Cambridge UP, 1997), p. 1.",
     {"editor": [{"family": "Greenblatt", "given": "Stephen"}],
      "container-title": "The Norton Shakespeare Based on the Oxford Edition"}),
    # the book's last word read as its first editor before "ed."
    ("Linda Colley, “Introduction,” in Thomas Paine, The Rights of Man and Common Sense and Other Political Breviary, "
     "ed. Mark Philp (Cambridge UP, 1995 [1791]), p. 9.",
     {"editor": [{"family": "Philp", "given": "Mark"}],
      "container-title": "The Rights of Man and Common Sense and Other Political Breviary"}),
    # Chicago's "(blog)" with its bracket cut off with the comma after it
    ("Jane Smith, “Reading Old Maps,” Map Matters (blog), March 3, 2021, https://mapmatters.example.org/old-maps.",
     {"container-title": "Map Matters"}),
    # MLA's "UP" after a town's name: the press
    ("John Smith, Reading the Atlas, ed. Howard Wainer (Cambridge UP, 2005 [1801]), p. 3.",
     {"publisher": "Cambridge UP", "publisher-place": None}),
    # MHRA's editor before the title, the role set off by commas
    ("Hughes, Ted, ed., A Choice of Shakespeare's Verse (London: Faber and Faber, 1971)",
     {"editor": [{"family": "Hughes", "given": "Ted"}], "title": "A Choice of Shakespeare's Verse"}),
    # MLA's edition written out, then the publisher
    ("Hall, Peter. Shakespeare's Advice to the Players, second edition, Oberon, 2012.",
     {"edition": "2", "publisher": "Oberon"}),
    # MHRA's double issue joined by a slash
    ("Perloff, Marjorie, ‘The Poetics of Indeterminacy’, Chicago Review, 40.2/3 (1994), pp. 101–20",
     {"volume": "40", "issue": "2/3"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hum43_forms(text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


# the forced checks of the round: a wrong reading each names, and a right one it leaves
SIGNAL_CASES = [
    ({"type": "chapter", "title": "Introduction", "container-title": "King Lear",
      "publisher": "The Oxford Shakespeare. Oxford UP"}, "publisher:holds-series", True),
    ({"type": "book", "title": "Four Centuries of Shakespeare",
      "publisher": "Arden Critical Companions. Bloomsbury"}, "publisher:holds-series", True),
    ({"type": "book", "title": "Desert Puma", "publisher": "Hornocker Wildlife Institute. Island Press"},
     "publisher:holds-series", False),
    ({"type": "book", "title": "Desert Puma", "publisher": "Oxford University Press"}, "publisher:holds-series", False),
    ({"type": "chapter", "title": "Chronological Correlations", "author": [{"literal": "Maarten E. R. G. N. Jansen"}]},
     "name:person-as-literal", True),
    ({"type": "report", "title": "Annual Report", "author": [{"literal": "World Health Organization"}]},
     "name:person-as-literal", False),
]


@pytest.mark.parametrize(("item", "signal", "fires"), SIGNAL_CASES)
def test_hum43_forced_checks(item: dict[str, Any], signal: str, fires: bool) -> None:
    assert (signal in held_form_signals(item, "")) is fires
