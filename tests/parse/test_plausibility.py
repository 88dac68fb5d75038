"""biblio.parse.plausibility: structural checks of a parsed record."""

from __future__ import annotations

from typing import Any

from biblio.parse.plausibility import (
    broken_value,
    container_in,
    doubts,
    lost_italics,
    nothing_read,
    odd_container,
    odd_name,
    odd_page,
    odd_publisher,
)


def rec(source: str = "", **fields: Any) -> dict[str, Any]:
    return {"type": "book", **fields, "custom": {"biblio": {"source": source, "confidence": 0.99}}}


def test_odd_names() -> None:
    assert odd_name(rec(author=[{"family": "[Kor09] Y. Koren"}]))
    assert odd_name(rec(author=[{"family": "Gates"}, {"family": "[@BillGates]", "given": "B."}]))
    assert odd_name(rec(author=[{"family": "Smith", "given": "A Title Read As A Given Name"}]))
    assert not odd_name(rec(author=[{"family": "Walt", "non-dropping-particle": "van der", "given": "S. J."}]))
    assert not odd_name(rec(author=[{"literal": "World Health Organization (WHO)"}]))


def test_lost_italics() -> None:
    text = "Morrison, Toni. *Beloved*. Alfred A. Knopf, 1987."
    assert lost_italics(rec(text, author=[{"family": "Morrison"}], publisher="Alfred A. Knopf"))
    assert not lost_italics(rec(text, title="Beloved"))
    # a volume italicised with its journal is no loss
    apa = "Santos, F. (2019). Urban heat. *Environmental Health Letters, 9*(1), 12–20."
    assert not lost_italics(rec(apa, title="Urban heat", **{"container-title": "Environmental Health Letters"}))


def test_fields_that_ran_into_others() -> None:
    assert container_in(rec(**{"container-title": "In Proc. IEEE Conf. Comput. Vis."}))
    assert not container_in(rec(**{"container-title": "Industrial Relations"}))
    assert odd_container(rec(**{"container-title": "Nature 2001, vol. 3"}))
    assert odd_publisher(rec(publisher="Springer, Heidelberg (2009)"))
    assert not odd_publisher(rec(publisher="Springer"))
    assert odd_page(rec(page="95-109. Project MUSE"))
    assert not odd_page(rec(page="e0123456"))
    assert not odd_page(rec(page="xi-xiv"))


def test_a_clean_record_passes_every_check_a_broken_one_fails_several() -> None:
    clean = rec("Koren, Y. (2009). Matrix factorization. Computer, 42(8), 30-37.",
                author=[{"family": "Koren", "given": "Y."}], title="Matrix factorization",
                **{"container-title": "Computer"})
    assert doubts(clean) == []
    broken = rec("Hunter, John D. *Matplotlib: A 2D graphics environment.* Computing in science 9 (2007): 90-95.",
                 author=[{"family": "[7] Hunter"}], page="90-95. Project MUSE",
                 **{"container-title": "In Computing in science 2007"})
    assert set(doubts(broken)) >= {"odd-name", "no-title", "lost-italics", "container-in", "odd-page"}


def test_a_bracket_left_open_in_a_value_needs_review() -> None:
    from biblio.parse import parse_reference

    item = parse_reference("Human Rights Watch. (20244). *Pakistan*. <https://www.hrw.org/a>")
    # whatever the reading, a value cut inside a bracket never passes unflagged
    assert not broken_value(item) or "needs-review" in item["custom"]["biblio"].get("flags", [])
    assert broken_value({"title": "20244). Pakistan"})
    assert not broken_value({"title": "Measuring risk (a review)", "publisher": "Press"})


def test_a_reference_that_gives_no_value_needs_review() -> None:
    from biblio.parse import parse_reference

    item = parse_reference("%%% ??? garbage ###")
    # whatever the model makes of it (all of it a label, or a note), garbage never passes unflagged
    assert "needs-review" in item["custom"]["biblio"]["flags"]
    assert nothing_read({"type": "document", "custom": {}})
    assert not nothing_read({"type": "book", "title": "A title"})
