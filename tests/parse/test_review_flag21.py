"""Needs-review, round flag21: right references the flag marked on marks a field writes inside itself, and two forced
checks read from the gold sets' silent wrongs.

A field's own marks no longer read as doubt (``review/marks.py``): a name list's ``et al.`` whatever mark precedes it
(``F. Arute *et al.*``), the commas of a page list after ``pp.`` or between ranges, an access note run into a page,
volume, issue or date (``789-792. Available online.``), a publisher's abbreviated word (``Univ. Press``), a title's
full stop before the years it names inside its italics (``*Edward Gibbon. 1737–1794*``), the semicolon between two
names of a list, the bracket closing a first edition's year before the reprint's (``[1859] 1911``); a cut after an
author's initial and its comma before a title (``Murtaugh, J. C., Shock metamorphism``) is no odd boundary.  A series'
volume inside the container and a genre's words beside the quoted title (``essay on '…'``, ``…', mimeo``) are forced
(``review/stray_parts.py``)."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference
from biblio.parse.model.labeller import Reading
from biblio.parse.review.marks import mark_signals
from biblio.parse.review.score import FORCED_BY_STRAY_PART
from biblio.parse.review.stray_parts import stray_signals
from biblio.parse.tokens import tokenize
from biblio.records.model import Item


def _reading(text: str, labels: list[str]) -> Reading:
    tokens = tokenize(text)
    assert len(tokens) == len(labels), [t.text for t in tokens]
    return Reading(tokens, labels, [1.0] * len(labels), [], 1.0)


def _flagged(text: str) -> bool:
    return "needs-review" in read_reference(text)["custom"]["biblio"].get("flags", [])


@pytest.mark.parametrize(
    ("text", "labels", "odd"),
    [
        # a name list's "et al." in italics after the last name
        ("F. Arute *et al.*", ["author"] * 6, False),
        # a page list after "pp.", and between two ranges
        ("pp. 4, 583, 677", ["pages"] * 7, False),
        ("70–73,97–98", ["pages"] * 3, False),
        # a volume's comma before the page stays odd, and so does a list opening on no "pp." ("Page 603 13, 603")
        ("2024, 7, 24", ["pages"] * 5, True),
        ("Page 603 13, 603", ["pages"] * 5, True),
        # an access note run into the pages; into a title it stays odd
        ("789-792. Available online", ["pages"] * 4, False),
        ("Deep learning of things. Available online", ["title"] * 7, True),
        # a title's full stop before the years it names inside its italics; in plain type it stays odd
        ("*Edward Gibbon. 1737–1794*", ["title"] * 4, False),
        ("Edward Gibbon. 1737–1794", ["title"] * 4, True),
        # a publisher's abbreviated word; a publisher run over a sentence's full stop stays odd
        ("Oxford Univ. Press", ["publisher"] * 4, False),
        ("Oxford University Press. Available", ["publisher"] * 5, True),
    ],
)
def test_a_fields_own_marks_are_no_odd_mark(text: str, labels: list[str], odd: bool) -> None:
    assert (mark_signals(_reading(text, labels))["marks:odd-inside"] > 0.3) is odd


@pytest.mark.parametrize(
    ("text", "labels", "odd"),
    [
        # a title after an author's initial and its comma, its first word followed by another
        ("Murtaugh, J. C., Shock metamorphism", ["author"] * 6 + ["title"] * 2, False),
        # the comma between two names read as the cut stays odd
        ("Smith, J., Jones, K.", ["author"] * 4 + ["title"] * 4, True),
    ],
)
def test_a_cut_after_an_initials_comma_before_a_title_is_no_odd_boundary(
    text: str, labels: list[str], odd: bool
) -> None:
    assert (mark_signals(_reading(text, labels))["marks:odd-boundary"] > 0.5) is odd


@pytest.mark.parametrize(
    "text",
    [
        # flagged on the cut after the author's initial (the form of calibration's right references flagged on it)
        "Whitcombe, R. T., Impact breccias of the Sudbury structure, Ontario. International Geological Congress, 24th, "
        "Montreal, Canada, pp. 201-208. 1972.",
        # flagged on the italics of "et al." (physics_real8)
        "[4] F. Arute *et al.*, Quantum supremacy using a programmable superconducting processor, Nature **574**, 505 "
        "(2019).",
        # flagged on a page list's commas (humanities_real5)
        "Israel, J. (1998), The Dutch Republic: Its Rise, Greatness, and Fall, 1477–1806, Oxford, Oxford University "
        "Press, pp. 4, 583, 677, 917.",
        # flagged on the access note after the pages (humanities_real8)
        "Tsou, Judy. *Notes* (June 2011): 789-792. Available online.",
        # flagged on the full stop before the years inside the title's italics (humanities_real4)
        "Low, D. M., *Edward Gibbon. 1737–1794* (London: Chatto & Windus, 1937).",
        # flagged on the bracket closing a first edition's year before the reprint's (realworld3)
        "Karl Marx, *A Contribution to the Critique of Political Economy* (Chicago, IL: C. H. Kerr, [1859] 1911), 11.",
        # flagged on the semicolons between the editors' names (humanities_real)
        "Wozniak, Thomas; Nemitz, Jürgen; Rohwedder, Uwe (Hg.): Wikipedia und Geschichtswissenschaft, Berlin/Boston "
        "2015. Online: https://doi.org/10.1515/9783110376357.",
        # flagged on a publisher's abbreviated word (physics_real2)
        "Draine, B. 2010, Physics of the Interstellar and Intergalactic Medium (Princeton, NJ: Princeton Univ. Press)",
    ],
)
def test_right_references_flagged_on_weak_evidence_are_not_flagged(text: str) -> None:
    data = read_reference(text)["custom"]["biblio"]
    assert "needs-review" not in data.get("flags", []), data


def test_a_series_volume_inside_the_container_is_forced() -> None:
    assert "container:holds-series-volume" in FORCED_BY_STRAY_PART
    # sci_real6: the book's number in its series read into the container
    assert _flagged(
        "M. Feurer and F. Hutter. Hyperparameter optimization. In F. Hutter, L. Kotthoff, and J. Vanschoren, editors, "
        "Automated Machine Learning: Methods, Systems, Challenges, volume 5 of The Springer Series on Challenges in "
        "Machine Learning, chapter 1, pages 3–38. Springer, 2019. Available for free at http://automl.org/book."
    )
    item: Item = {"type": "paper-conference", "container-title": "Automated Machine Learning, volume 5 of The Series"}
    assert stray_signals(item, "")["container:holds-series-volume"]


@pytest.mark.parametrize(
    "text",
    [
        # a genre's words before the quoted title (humanities_real6) and after its closing quote (realworld8)
        "Forrest Tyler Stevens, essay on 'Erasmus's 'Tigress': The Language of Friendship, Pleasure, and the "
        "Renaissance Letter', in *Queering the Renaissance*, Duke University Press, 1994",
        "Santamaria Garcia, A. (2005). Las Cuentas nacionales de Cuba, 1960 - 2005', mimeo",
    ],
)
def test_a_genre_beside_the_quoted_title_is_forced(text: str) -> None:
    assert "title:genre-beside-quote" in FORCED_BY_STRAY_PART
    assert _flagged(text)


@pytest.mark.parametrize(
    "title",
    ['A study of "things", revisited', "Erasmus’ letters, revisited", "The essay on method"],
)
def test_a_titles_own_quotes_are_no_genre_beside_them(title: str) -> None:
    assert "title:genre-beside-quote" not in stray_signals({"type": "book", "title": title}, "")


@pytest.mark.parametrize(
    "container",
    [
        # a proceedings' own volume, no series after it
        "Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational "
        "Linguistics: Human Language Technologies, Volume 1 (Long and Short Papers)",
        "Collected Works of Erasmus. Vol. 3: Letters 298 to 445, 1514–1516",
    ],
)
def test_a_containers_own_volume_is_no_series_volume(container: str) -> None:
    assert "container:holds-series-volume" not in stray_signals({"type": "chapter", "container-title": container}, "")


def test_a_clean_reference_stays_unflagged() -> None:
    assert not _flagged(
        "Jacob Devlin, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova. 2019. BERT: Pre-training of deep "
        "bidirectional transformers for language understanding. In Proceedings of the 2019 Conference of the North "
        "American Chapter of the Association for Computational Linguistics: Human Language Technologies, Volume 1 "
        "(Long and Short Papers), pages 4171–4186, Minneapolis, Minnesota. Association for Computational Linguistics."
    )
