"""biblio.parse.tidy: role words, a leading "in", platforms and "Publisher, Place (Year)" on the model's record."""

from __future__ import annotations

from typing import Any

from biblio.parse.spans import Span
from biblio.parse.tidy import tidy


def author_span(text: str) -> list[Span]:
    return [Span("author", text, 0, len(text))]


def names() -> list[dict[str, Any]]:
    return [{"family": "Tulving", "given": "Endel"}]


def test_role_words_make_editors_and_translators() -> None:
    for text in (
        "Tulving, Endel, and Fergus I. M. Craik, eds.",
        "Erll, Astrid (Hg.)",
        "Lanczos, C. (ed)",
        "Hrsg. von Endel Tulving",
    ):
        item = tidy({"author": names()}, author_span(text))
        assert item == {"editor": names()}, text
    assert tidy({"author": names()}, author_span("Tulving, Endel, translator.")) == {"translator": names()}
    assert tidy({"author": names()}, author_span("Edwards, Ed,")) == {"author": names()}
    item = tidy({"editor": names(), "title": "translator. Sir Gawain"}, [])
    assert item == {"translator": names(), "title": "Sir Gawain"}


def test_leading_in_leaves_the_container() -> None:
    assert tidy({"container-title": "in Proc. IEEE Conf."}, [])["container-title"] == "Proc. IEEE Conf."
    assert (
        tidy({"container-title": "In The Making of the American Essay"}, [])["container-title"]
        == "The Making of the American Essay"
    )
    assert tidy({"container-title": "In Vivo"}, [])["container-title"] == "In Vivo"
    # a capital word, then one in lower case: the book's name in another tongue
    assert tidy({"container-title": "In Annales de Normandie"}, [])["container-title"] == "Annales de Normandie"
    assert tidy({"container-title": "In Pamjatniki istorii"}, [])["container-title"] == "Pamjatniki istorii"


def test_platforms_kept_apart() -> None:
    assert tidy({"page": "95-109. Project MUSE"}, []) == {"page": "95-109", "archive": "Project MUSE"}
    assert tidy({"publisher": "Penguin Classics. Kindle"}, []) == {"publisher": "Penguin Classics", "medium": "Kindle"}
    assert tidy({"publisher": "Oxford University Press"}, []) == {"publisher": "Oxford University Press"}


def test_publisher_place_year() -> None:
    item = tidy({"publisher": "Springer, Heidelberg (2009)"}, [])
    assert item == {"publisher": "Springer", "publisher-place": "Heidelberg", "issued": {"date-parts": [[2009]]}}


def test_link_read_into_the_pages() -> None:
    assert tidy({"page": "45-67, https://doi.org/10.1000/abc123"}, []) == {"page": "45-67", "DOI": "10.1000/abc123"}
    assert tidy({"page": "45-67. https://example.org/a"}, []) == {"page": "45-67", "URL": "https://example.org/a"}


def test_italic_title_run_into_the_next_field() -> None:
    def rec(source: str, **fields: Any) -> dict[str, Any]:
        return {**fields, "custom": {"biblio": {"source": source}}}

    src = "Langford, J. *The epoch-greedy algorithm*, Advances in neural information processing systems (2008)."
    item = tidy(rec(src, title="The epoch-greedy algorithm, Advances in neural information processing systems"), [])
    assert item["title"] == "The epoch-greedy algorithm"
    assert item["container-title"] == "Advances in neural information processing systems"
    src = "Hunter, J. D. *Matplotlib: A 2D graphics environment.* Computing in Science 9 (2007): 90-95."
    item = tidy(rec(src, **{"container-title": "Matplotlib: A 2D graphics environment. Computing in Science"}), [])
    assert item["title"] == "Matplotlib: A 2D graphics environment"
    assert item["container-title"] == "Computing in Science"
    # a journal alone in italics, an italic word inside a quoted title: left as they are
    src = "J. Smith, *Phys. Rev. B* 12, 34 (1990)."
    journal = tidy(rec(src, volume="12", page="34", **{"container-title": "Phys. Rev. B"}), [])
    assert journal["container-title"] == "Phys. Rev. B" and "title" not in journal
    src = 'Rutz, C. L. "*King Lear* and Its Folktale Analogues." PhD diss., University of Chicago, 2013.'
    item = tidy(rec(src, title="King Lear and Its Folktale Analogues"), [])
    assert item["title"] == "King Lear and Its Folktale Analogues"


def test_organisation_opening_the_reference() -> None:
    src = 'Yale University. n.d. "About Yale: Yale Facts." Accessed May 1, 2017. https://www.yale.edu/about-yale.'
    item = tidy({"title": 'Yale University. n.d. "About Yale: Yale Facts', "custom": {"biblio": {"source": src}}}, [])
    assert item["author"] == [{"literal": "Yale University"}] and item["title"] == "About Yale: Yale Facts"
    src = "World Health Organization. Global report on diabetes. Geneva: World Health Organization; 2016."
    item = tidy(
        {
            "title": "Global report on diabetes",
            "publisher": "World Health Organization",
            "custom": {"biblio": {"source": src}},
        },
        [],
    )
    assert item["author"] == [{"literal": "World Health Organization"}]
    assert item["publisher"] == "World Health Organization"
    person = {"author": [{"family": "Smith"}], "custom": {"biblio": {"source": "Smith, J. University life."}}}
    assert tidy(person, [])["author"] == [{"family": "Smith"}]


def test_italic_book_title_read_as_container() -> None:
    src = "National Research Council. 2012. *A Framework for Science Education*. Washington, DC: NAP."
    item = tidy({"container-title": "A Framework for Science Education", "custom": {"biblio": {"source": src}}}, [])
    assert item["title"] == "A Framework for Science Education" and "container-title" not in item


def test_a_title_found_by_the_touches_clears_the_no_title_flag() -> None:
    from biblio.parse import read_reference

    text = (
        "T. Koulouri, et al. *Teaching Introductory Programming: A Quantitative Evaluation of Different "
        "Approaches*, Trans. Comput. Educ., 14(4):1---26, December 2014."
    )
    item = read_reference(text)
    assert item["title"].startswith("Teaching Introductory Programming")
    assert "no-title" not in item["custom"]["biblio"].get("flags", [])
