"""Forms of computer-science, biomedical and web lists: Springer's ``et al (eds)`` and Vancouver's ``editors.``
after the editors' names, a Vancouver title opening with an acronym and a colon, MLA 9's address without its
scheme."""

from __future__ import annotations

from biblio.parse import read_reference


def test_springer_editors_role_split_from_its_bracket() -> None:
    item = read_reference(
        "Paszke A, Gross S, Massa F, et al (2019) PyTorch: An imperative style, high-performance deep learning "
        "library. In: Wallach H, Larochelle H, Beygelzimer A, et al (eds) Advances in Neural Information "
        "Processing Systems 32. Curran Associates, Inc., pp 8024–8035"
    )
    assert [e["family"] for e in item["editor"]] == ["Wallach", "Larochelle", "Beygelzimer"]
    assert item["container-title"] == "Advances in Neural Information Processing Systems 32"
    assert item["type"] == "chapter"


def test_mla_address_without_its_scheme_is_whole() -> None:
    item = read_reference(
        '"Climate change." Wikipedia, Wikimedia Foundation, 3 Mar. 2023, en.wikipedia.org/wiki/Climate_change.'
    )
    assert item["URL"] == "en.wikipedia.org/wiki/Climate_change"
    assert item["issued"] == {"date-parts": [[2023, 3, 3]]}
    assert "source" not in item and "note" not in item


def test_vancouver_chapter_title_head_and_editors_role() -> None:
    item = read_reference(
        "Lopez P. GROBID: combining automatic bibliographic data recognition and term extraction for scholarship "
        "publications. In: Agosti M, Borbinha J, editors. Research and Advanced Technology for Digital Libraries. "
        "Berlin: Springer; 2009. p. 473–4."
    )
    assert item["author"] == [{"family": "Lopez", "given": "P."}]
    assert item["title"].startswith("GROBID: combining")
    assert [e["family"] for e in item["editor"]] == ["Agosti", "Borbinha"]
    assert item["container-title"] == "Research and Advanced Technology for Digital Libraries"


def test_natural_order_name_before_a_colon_stays_a_name() -> None:
    item = read_reference(
        "Linton C. Freeman: A set of measures of centrality based on betweenness. Sociometry 40, 35 (1977)."
    )
    assert item["author"] == [{"family": "Freeman", "given": "Linton C."}]
    assert item["title"] == "A set of measures of centrality based on betweenness"
