"""Physics and computer-science forms of tests/data/parse/physcs_real7.jsonl: the ACL Anthology's ``…, pages X–Y,
Online. Association for Computational Linguistics.``, DBLP's closing ``PMLR.``, ``JMLR.org, 2014.`` and ``…,
Conference Track Proceedings. OpenReview.net, 2018.``, AAAI's ``Punta Cana, Dominican Republic: Association …``
and its preprints ``2021. Title. CoRR, abs/….`` and ``Title: … GPT-4. arXiv:….``, APS's list closed by ``and``
with a long title in title case after it, ``Advances in neural information processing systems, 30.`` and DBLP's
``…, April 3-7, 2017, Volume 2: Short Papers, pages …``.  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference


def _families(item: dict[str, Any]) -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get("author", [])]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Costa and Li Wei. 2021. Robust parsing of tables. In Proceedings of the 59th Annual Meeting of the "
        "Association for Computational Linguistics, pages 2101–2112, Online. Association for Computational "
        "Linguistics.",
        "Jonas Berg, Mia Holt, and Sara Lind. 2020. Few-shot entity linking with prompts. In Findings of the "
        "Association for Computational Linguistics: EMNLP 2020, pages 88–97, Online. Association for "
        "Computational Linguistics.",
    ],
)
def test_an_online_meeting_is_the_place_before_the_publisher(text: str) -> None:
    item = parse_reference(text)
    assert item.get("publisher-place") == "Online"
    assert item.get("publisher") == "Association for Computational Linguistics"
    assert "note" not in item


@pytest.mark.parametrize(
    ("text", "publisher", "container"),
    [
        (
            "Tom Hale and Ines Roth. 2019. Sparse attention for long inputs. In Proceedings of the 36th International "
            "Conference on Machine Learning, volume 97 of Proceedings of Machine Learning Research, pages 1201–1210. "
            "PMLR.",
            "PMLR",
            "Proceedings of the 36th International Conference on Machine Learning",
        ),
        (
            "7. Ada Quinn and Rui Costa. Kernel methods for graphs. In Proceedings of the Twelfth International "
            "Conference on Artificial Intelligence and Statistics, AISTATS 2009, Clearwater Beach, Florida, USA, "
            "April 16-18, 2009, volume 5 of JMLR Proceedings, pages 300–307. JMLR.org, 2009.",
            "JMLR.org",
            "Proceedings of the Twelfth International Conference on Artificial Intelligence and Statistics, "
            "AISTATS 2009, Clearwater Beach, Florida, USA, April 16-18, 2009",
        ),
        (
            "12. Ana Perez and Tim Wolf. Learning to prune networks. In 5th International Conference on Learning "
            "Representations, ICLR 2017, Toulon, France, April 24-26, 2017, Conference Track Proceedings. "
            "OpenReview.net, 2017.",
            "OpenReview.net",
            "5th International Conference on Learning Representations, ICLR 2017, Toulon, France, April 24-26, "
            "2017, Conference Track Proceedings",
        ),
    ],
)
def test_the_proceedings_publisher_named_by_acronym_or_domain(text: str, publisher: str, container: str) -> None:
    item = parse_reference(text)
    assert item.get("publisher") == publisher
    assert item.get("container-title") == container
    assert "note" not in item


def test_aaai_place_with_its_country_before_the_colon() -> None:
    item = parse_reference(
        "Lund, K.; and Berg, M. 2021. Code-switched intent detection. In Proceedings of the 2nd Workshop on "
        "Multilingual Representation Learning, 33-41. Punta Cana, Dominican Republic: Association for "
        "Computational Linguistics."
    )
    assert item.get("publisher-place") == "Punta Cana, Dominican Republic"
    assert item.get("publisher") == "Association for Computational Linguistics"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Nakano, R.; Hilton, J.; Hesse, C.; Cobbe, K.; Kosaraju, V.; Bavarian, M.; and Lund, K. 2021. Learning "
            "Verifiers for Math Word Problems. CoRR, abs/2110.01234.",
            "Learning Verifiers for Math Word Problems",
        ),
        (
            "Berg, A.; Holm, T.; Lund, K.; Sun, Y.; Park, J.; Kim, S.; Lee, P.; Lee, Y. T.; Li, Y.; Nord, S.; Ito, H.; "
            "Sato, H.; Ruiz, M. T.; and Zhang, Y. 2023. Reasoning about Tables: Early experiments with GPT-4. "
            "arXiv:2304.05678.",
            "Reasoning about Tables: Early experiments with GPT-4",
        ),
    ],
)
def test_aaai_preprint_title_before_its_number(text: str, title: str) -> None:
    item = parse_reference(text)
    assert item.get("title") == title
    assert "container-title" not in item


def test_a_list_closed_by_and_leaves_a_long_title_whole() -> None:
    item = parse_reference(
        "[4] A. Berg, K. Lund, T. Holm and J. K. Park, Giant Spin and Orbital Hall Effects from Band Crossings, "
        "Phys. Rev. B 104, 115401 (2021)."
    )
    assert _families(item) == ["Berg", "Lund", "Holm", "Park"]
    assert item.get("title") == "Giant Spin and Orbital Hall Effects from Band Crossings"


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        (
            "Niki Parmar, Ashish Vaswani, Jakob Uszkoreit, Łukasz Kaiser, Noam Shazeer, Alexander Ku, and Dustin Tran. "
            "2018. Image transformer. Advances in neural information processing systems, 31.",
            "31",
        ),
        (
            "Aidan N Gomez, Mengye Ren, Raquel Urtasun, and Roger B Grosse. 2017. The reversible residual network: "
            "Backpropagation without storing activations. Advances in neural information processing systems, 30.",
            "30",
        ),
    ],
)
def test_a_closing_bare_number_after_the_journal_is_its_volume(text: str, volume: str) -> None:
    item = parse_reference(text)
    assert item.get("container-title") == "Advances in neural information processing systems"
    assert item.get("volume") == volume
    assert "page" not in item


@pytest.mark.parametrize(
    ("text", "container"),
    [
        (
            "Ana Costa and Li Wei. 2018. Parsing tables. In Proceedings of the 56th Annual Meeting of the Association "
            "for Computational Linguistics, ACL 2018, Melbourne, Australia, July 15-20, 2018, Volume 1: Long Papers, "
            "pages 1–10. Association for Computational Linguistics.",
            "Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics, ACL 2018, "
            "Melbourne, Australia, July 15-20, 2018, Volume 1: Long Papers",
        ),
        (
            "7. Mia Holt and Rui Ito. Cross-lingual tagging with few labels. In Proceedings of the 16th Conference of "
            "the European Chapter of the Association for Computational Linguistics, EACL 2021, Online, April 19-23, "
            "2021, Volume 2: Short Papers, pages 101–108. Association for Computational Linguistics, 2021.",
            "Proceedings of the 16th Conference of the European Chapter of the Association for Computational "
            "Linguistics, EACL 2021, Online, April 19-23, 2021, Volume 2: Short Papers",
        ),
    ],
)
def test_dblp_volume_name_after_the_meeting_dates_stays_in_the_proceedings(text: str, container: str) -> None:
    item = parse_reference(text)
    assert item.get("container-title") == container
    assert "editor" not in item
    assert "volume" not in item
