"""Forms of real physics and computer-science reference lists (``csphys_real.jsonl``): APS's italic
``*et al.*`` and its journal and volume set in one bold run, checked on spans as the model hands them
over and end to end."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.titles import italic_is_no_name, whole_emphasis

from .test_assemble import spans_of
from .test_mends_humanities import labelled as _labelled


def test_italic_et_al_closes_the_names() -> None:
    text = "K. Ito *et al.*, *Phys. Fluids* **12**, 77 (1999)."
    spans = spans_of(
        text,
        [("author", "K. Ito *et al.*,"), ("journal", "*Phys. Fluids*"), ("volume", "**12**,"), ("pages", "77")],
    )
    assert italic_is_no_name(spans, text) == spans
    item = parse_reference("[7] K. Ito *et al.*, *Phys. Fluids* **12**, 77 (1999).")
    assert "title" not in item
    assert [a["family"] for a in item["author"]] == ["Ito"]


def test_an_italic_title_among_names_is_still_a_title() -> None:
    text = "Doug Rohde. *SVDLIBC*. 2005."
    spans = spans_of(text, [("author", "Doug Rohde. *SVDLIBC*."), ("date", "2005.")])
    assert ("title", "*SVDLIBC*.") in _labelled(italic_is_no_name(spans, text))


def test_bold_journal_and_volume_keep_the_volume() -> None:
    text = "A. Bell and C. Dunn, Title of the work, **J. Phys.: Condens. Matter 30**, 125501 (2018)."
    spans = spans_of(
        text,
        [
            ("author", "A. Bell and C. Dunn,"),
            ("title", "Title of the work,"),
            ("journal", "**J. Phys.: Condens. Matter"),
            ("volume", "30**,"),
            ("pages", "125501"),
            ("date", "(2018)."),
        ],
    )
    mended = _labelled(whole_emphasis(spans, text))
    assert ("volume", "30**,") in mended
    item = parse_reference("[3] A. Bell and C. Dunn, Spin waves in thin films, **Phys. Rev. Lett. 99**, 045501 (2007).")
    assert item["container-title"] == "Phys. Rev. Lett."
    assert item["volume"] == "99"
