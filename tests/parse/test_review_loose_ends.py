"""Needs-review: values cut at the wrong mark, whose loose end shows it, read from the wrong references no flag marked
on the gold sets (``score.FORCED_BY_LOOSE_END``, ``review/loose_ends.py``, checked on the final record; round flag19).
Each wrong record is the one the code of the day read from the text, beside the right record of the same text, which
the check leaves alone."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference
from biblio.parse.review.loose_ends import loose_end_signals
from biblio.parse.review.score import FORCED_BY_LOOSE_END
from biblio.parse.review.signals import misread_shape
from biblio.records.model import Item, flags

_SOON = (
    'Winnie Soon, "Vocable Code, *MAI: Feminism and Visual Culture* 2 (November 10, 2018), '
    "<https://maifeminism.com/vocable-code/>."
)
_ALMLOF = (
    "(4) Almlöf, J.; Gropen, O. Relativistic Effects in Chemistry. In *Reviews in Computational Chemistry*; "
    "Lipkowitz, K. B., Boyd, D. B., Eds.; VCH: New York, 1996; Vol. 8, pp 206–210."
)
_KNUTH = (
    "[11] Donald E. Knuth. Axioms and Hulls. In Donald E. Knuth, editor, Axioms and Hulls, Lecture Notes in Computer "
    "Science, pages 1–98. Springer, Berlin, Heidelberg, 1992."
)
_SMITH = (
    'Smith, Aroha. "Synthetic Reactions and Strategies." *Principles of Organic Chemistry*, edited by Brian A. '
    "Brown. Wilton, 2056, pp. 245-69."
)
_AVENTURA = (
    "Rodríguez Gómez, Sergio. Aventura (v2.4.1). CC BY-NC-SA 4.0. 2022. "
    "https://github.com/srsergiorodriguez/aventura/releases/tag/v2.4.1."
)


@pytest.mark.parametrize(
    ("signal", "wrong", "right", "text"),
    [
        # the quote opening the title read as the title, the rest run into the container (disc_real3)
        (
            "value:no-word",
            {"title": '"', "container-title": "Vocable Code, MAI: Feminism and Visual Culture 2"},
            {"title": "Vocable Code", "container-title": "MAI: Feminism and Visual Culture", "volume": "2"},
            _SOON,
        ),
        # ACS's chapter: the container's "In" read into the title (guides_typed18)
        (
            "title:closes-on-in",
            {"title": "Relativistic Effects in Chemistry. In", "container-title": "Reviews in Computational Chemistry"},
            {"title": "Relativistic Effects in Chemistry", "container-title": "Reviews in Computational Chemistry"},
            _ALMLOF,
        ),
        # the author read over the sentence's end, the title's first word as the family name (disc_real2)
        (
            "name:family-after-stop",
            {"author": [{"family": "Axioms", "given": "Donald E. Knuth."}, {"family": "Hulls"}]},
            {"author": [{"family": "Knuth", "given": "Donald E."}], "title": "Axioms and Hulls"},
            _KNUTH,
        ),
        # MLA's editor read over the sentence's end into the publisher's name (guides_real4)
        (
            "name:family-after-stop",
            {"editor": [{"family": "Wilton", "given": "Brian A. Brown."}]},
            {"editor": [{"family": "Brown", "given": "Brian A."}], "publisher": "Wilton"},
            _SMITH,
        ),
        # a software's licence kept in its title (latin_real)
        (
            "value:holds-licence",
            {"title": "Aventura (v2.4.1). CC BY-NC-SA 4.0"},
            {"title": "Aventura"},
            _AVENTURA,
        ),
    ],
)
def test_a_loose_end_is_forced(signal: str, wrong: Item, right: Item, text: str) -> None:
    assert signal in FORCED_BY_LOOSE_END
    assert signal in loose_end_signals(wrong, text)
    assert misread_shape(wrong, text, scored=True)
    assert not loose_end_signals(right, text)


@pytest.mark.parametrize("text", [_SOON, _SMITH, _AVENTURA])
def test_the_misread_references_are_flagged(text: str) -> None:
    item = read_reference(text)
    assert loose_end_signals(item, text)
    assert "needs-review" in flags(item)


def test_an_italic_book_after_in_is_read_apart() -> None:
    # the italic book after "In" is now read as the container, the title no longer runs into it
    item = read_reference(_ALMLOF)
    assert item["title"] == "Relativistic Effects in Chemistry"
    assert item["container-title"] == "Reviews in Computational Chemistry"
    assert not loose_end_signals(item, _ALMLOF)


def test_a_lone_author_before_the_title_is_read_right() -> None:
    """LIPIcs' ``[11] Donald E. Knuth. Axioms and Hulls. …``, once misread (and flagged), now gives its author and
    title (``given_names.lone_name_opens_title``), with no loose end left."""
    item = read_reference(_KNUTH)
    assert item.get("author") == [{"family": "Knuth", "given": "Donald E."}]
    assert item.get("title") == "Axioms and Hulls"
    assert not loose_end_signals(item, _KNUTH)


@pytest.mark.parametrize(
    ("item", "text"),
    [
        # a given name in Chicago's inverted order, the family name before it
        (
            {"editor": [{"family": "Crowell", "given": "S. Galt."}]},
            "Crowell, S. Galt. and Malpas, J. (eds.), 2007, Transcendental Heidegger, Stanford: Stanford University "
            "Press.",
        ),
        # "CC0" named in a title is no licence statement
        (
            {"title": "Good data practices: Removing barriers to data reuse with CC0 licensing"},
            "*Good data practices: Removing barriers to data reuse with CC0 licensing*. (2023, May 30) Dryad.",
        ),
        # a title closing on "in" of its own
        ({"title": "Logging in"}, "Smith, J. (2020). Logging in. Acme."),
    ],
)
def test_right_values_stay_clear(item: Item, text: str) -> None:
    assert not loose_end_signals(item, text)


@pytest.mark.parametrize(
    "text",
    [
        "Knuth, D. E. (1997). *The art of computer programming* (3rd ed., Vol. 1). Addison-Wesley.",
        "Almlöf, J.; Gropen, O. Relativistic Effects in Chemistry. *Rev. Comput. Chem.* **1996**, *8*, 206–210.",
    ],
)
def test_clean_references_stay_unflagged(text: str) -> None:
    item = read_reference(text)
    assert not loose_end_signals(item, text)
    assert "needs-review" not in flags(item)
