"""Forms of Japanese studies reference lists (``humanities_real37.jsonl``): Japanese names romanised in Hepburn and
written family first with no comma beside inverted Western names (``Tanaka Hiroshi, *Title* (Publisher, 1990).``),
a translator's or editors' bracket after the names closed by a full stop or a comma, a chapter's book in italics
straight after its quoted title with its editor in brackets (``*Book* (ed. Name), pp. 39–64.``) and a Japanese
body's romanised name (``… Kenkyūkai``). The examples are written for these tests."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.normalisers.japanese_names import japanese_family_first


def _never_given(word: str) -> bool:
    return False


def test_japanese_author_family_first_in_chicago_list() -> None:
    item = parse_reference("Nakano Toshio, *Edo no mura to machi* (Heibonsha, 1985).")
    assert item["author"] == [{"family": "Nakano", "given": "Toshio"}]
    assert item["title"] == "Edo no mura to machi"
    assert item["publisher"] == "Heibonsha"


def test_two_japanese_authors_family_first() -> None:
    item = parse_reference(
        "Matsumura Yoshiko and Ishida Kenzō, “Mura no kosodate,” *Shakai keizai shigaku* 41, no. 3 (1975)."
    )
    assert item["author"] == [
        {"family": "Matsumura", "given": "Yoshiko"},
        {"family": "Ishida", "given": "Kenzō"},
    ]
    assert item["container-title"] == "Shakai keizai shigaku"


def test_japanese_author_family_first_in_mla_list() -> None:
    item = parse_reference("Yoshikawa Hideaki. *Kinsei no jiin*. Iwanami Shoten, 1998.")
    assert item["author"] == [{"family": "Yoshikawa", "given": "Hideaki"}]
    assert item["publisher"] == "Iwanami Shoten"


@pytest.mark.parametrize(
    ("pair", "family_first"),
    [
        (["Tanaka", "Hiroshi"], True),
        (["Hirai", "Shōko"], True),
        (["Kikuchi", "Kazuo"], True),
        (["Hiroshi", "Tanaka"], False),  # given first, as Western lists write Japanese names
        (["Osamu", "Saito"], False),
        (["Maria", "Moreno"], False),  # Hepburn-shaped, but given first
        (["Sara", "Tomasi"], False),  # "si" is no Hepburn syllable
        (["Marco", "Polo"], False),
        (["Kodama", "Kōta"], False),  # the endings do not tell
    ],
)
def test_which_pairs_read_family_first(pair: list[str], family_first: bool) -> None:
    assert japanese_family_first([pair], _never_given) is family_first


def test_given_first_japanese_name_keeps_its_order() -> None:
    item = parse_reference("Hiroshi Tanaka, *The Village in Edo Japan* (Stanford University Press, 1990).")
    assert item["author"] == [{"family": "Tanaka", "given": "Hiroshi"}]


def test_translator_bracket_closed_by_full_stop() -> None:
    item = parse_reference("Keene, D. (trans.). *Essays in Idleness*. Columbia University Press, 1967.")
    assert item["translator"] == [{"family": "Keene", "given": "D."}]
    assert "author" not in item
    assert item["title"] == "Essays in Idleness"


def test_translator_bracket_after_two_words() -> None:
    item = parse_reference("Donald Keene (trans.). *Essays in Idleness*. Columbia University Press, 1967.")
    assert item["translator"] == [{"family": "Keene", "given": "Donald"}]
    assert item["title"] == "Essays in Idleness"


def test_two_inverted_editors_joined_by_and_before_eds_bracket() -> None:
    item = parse_reference(
        "Kornicki, P. F. and Reader, I. J. (eds), *Shinto in Japan: Roads to Heaven and Earth*, London (1996)"
    )
    assert item["editor"] == [{"family": "Kornicki", "given": "P. F."}, {"family": "Reader", "given": "I. J."}]
    assert "author" not in item
    assert item["publisher-place"] == "London"


def test_italic_book_with_bracketed_editor_after_quoted_title() -> None:
    item = parse_reference(
        "Adams, Mary. “Temple Law in Medieval Kyoto.” *Law in Japanese History* (ed. John Hall), pp. 101–120. "
        "Yale University Press, 1984."
    )
    assert item["title"] == "Temple Law in Medieval Kyoto"
    assert item["container-title"] == "Law in Japanese History"
    assert item["editor"] == [{"family": "Hall", "given": "John"}]
    assert item["page"] == "101-120"
    assert "publisher-place" not in item


def test_romanised_japanese_body_as_editor() -> None:
    item = parse_reference("Nihon Rekishi Kenkyūkai, eds., *Edo jidai shiryō* (Yoshikawa Kōbunkan, 1970).")
    assert item["editor"] == [{"literal": "Nihon Rekishi Kenkyūkai"}]
