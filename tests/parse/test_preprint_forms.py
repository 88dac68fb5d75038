"""Preprints as CS, ML and physics lists cite them: the arXiv identifier is the record's ``number`` (Zotero's
archive ID), the record a CSL ``article`` (Zotero's preprint), and a new-style number that opens with what
looks like a year (``2005.14165``) is never read as the date and the page."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference
from biblio.parse.mends.physics_numbers import arxiv_id_whole
from biblio.parse.normalisers.identifiers import eprint_apart
from biblio.parse.spans import Span
from biblio.records.model import UNCERTAIN_TYPE, flags


@pytest.mark.parametrize(
    ("text", "year", "number"),
    [
        # Google Scholar's MLA
        (
            'Brown, T. B., et al. "Language Models are Few-Shot Learners." arXiv preprint arXiv:2005.14165 (2020).',
            2020,
            "arXiv:2005.14165",
        ),
        # ACL's natbib
        (
            "Diederik P Kingma and Jimmy Ba. 2014. Adam: A method for stochastic optimization. arXiv preprint "
            "arXiv:1412.6980.",
            2014,
            "arXiv:1412.6980",
        ),
        # IEEE
        (
            '[12] T. Brown et al., "Language models are few-shot learners," arXiv:2005.14165, 2020.',
            2020,
            "arXiv:2005.14165",
        ),
        # APA-like
        (
            "Touvron, H., Lavril, T., & Izacard, G. (2023). LLaMA: Open and efficient foundation language models. "
            "arXiv:2302.13971.",
            2023,
            "arXiv:2302.13971",
        ),
        # physics, old-style number with its class
        (
            "G. Aad et al. (ATLAS Collaboration), Observation of a new particle, arXiv:1207.7214 [hep-ex] (2012).",
            2012,
            "arXiv:1207.7214 [hep-ex]",
        ),
    ],
)
def test_arxiv_preprint_is_an_article_with_its_number(text: str, year: int, number: str) -> None:
    item = read_reference(text)
    assert item["type"] == "article"
    assert item["number"] == number
    assert item["issued"]["date-parts"][0][0] == year
    assert "page" not in item and "container-title" not in item and "publisher" not in item
    assert UNCERTAIN_TYPE not in flags(item)
    assert "arXiv" not in item.get("note", "")


def test_google_scholar_words_are_the_genre() -> None:
    item = read_reference(
        "Devlin, J., Chang, M.-W., Lee, K., & Toutanova, K. (2018). BERT: Pre-training of deep bidirectional "
        "transformers for language understanding. arXiv preprint arXiv:1810.04805."
    )
    assert item["genre"] == "arXiv preprint"
    assert "note" not in item


def test_nature_preprint_at_an_address() -> None:
    item = read_reference(
        "Touvron, H. et al. LLaMA: open and efficient foundation language models. Preprint at "
        "https://arxiv.org/abs/2302.13971 (2023)."
    )
    assert item["type"] == "article"
    assert item["genre"] == "Preprint"
    assert item["URL"] == "https://arxiv.org/abs/2302.13971"


def test_published_article_keeps_its_arxiv_number_in_the_note() -> None:
    item = read_reference("[4] M. Z. Hasan and C. L. Kane, Rev. Mod. Phys. 82, 3045 (2010), arXiv:1002.3895.")
    assert item["type"] == "article-journal"
    assert item["container-title"] == "Rev. Mod. Phys."
    assert item["page"] == "3045"
    assert "number" not in item
    assert "1002.3895" in item["note"]


def test_identifier_read_in_pieces_becomes_one_note() -> None:
    text = "T. Brown. Title. arXiv:2005.14165 (2020)."
    a = text.index("arXiv")
    spans = [
        Span("author", "T. Brown.", 0, 9),
        Span("title", "Title.", 10, 16),
        Span("note", "arXiv:", a, a + 6),
        Span("date", "2005.", a + 6, a + 11),
        Span("pages", "14165", a + 11, a + 16),
        Span("date", "(2020).", a + 17, len(text)),
    ]
    mended = arxiv_id_whole(spans, text)
    assert [(s.label, s.text) for s in mended[2:]] == [("note", "arXiv:2005.14165"), ("date", "(2020).")]
    whole = [Span("note", "arXiv:2005.14165", a, a + 16)]
    assert arxiv_id_whole(whole, text) is whole


def test_eprint_apart_leaves_other_notes() -> None:
    item = {"type": "document", "title": "T", "note": "arXiv:2101.00001; talk given at the workshop"}
    eprint_apart(item)
    assert item["number"] == "arXiv:2101.00001"
    assert item["note"] == "talk given at the workshop"
    book = {"type": "book", "title": "T", "note": "arXiv:2101.00001"}
    eprint_apart(book)
    assert "number" not in book


def test_preprint_server_read_as_the_container_is_a_preprint() -> None:
    item = read_reference(
        "Smith, J. et al. Single-cell atlas of the human brain. Preprint at bioRxiv "
        "https://doi.org/10.1101/2020.01.01.123456 (2020)."
    )
    assert item["type"] == "article"
    assert item["DOI"] == "10.1101/2020.01.01.123456"
    assert UNCERTAIN_TYPE not in flags(item)


def test_dblp_corr_number_is_the_arxiv_number() -> None:
    item = read_reference(
        "Kaiming He, Xiangyu Zhang, Shaoqing Ren, and Jian Sun. Deep residual learning for image recognition. "
        "*CoRR*, abs/1512.03385, 2015."
    )
    assert item["type"] == "article"
    assert item["number"] == "arXiv:1512.03385"
    assert item["genre"] == "CoRR"
    assert "container-title" not in item and "note" not in item
