"""Chicago's whole recordings and exhibition catalogues (CMOS 17 14.276, 14.250), a nested quoted title and an
access date after a chapter's facts. Each reference is written for this test in the guides' forms."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_recording_performers_and_session_date_before_its_label() -> None:
    item = parse_reference(
        "Brahms, Johannes. *Cello Sonata No. 1*. With Lena Ostrova (cello) and Paul Weir (piano). "
        "Recorded March 3, 1962. Testament SBT 1118, 1998. Compact disc."
    )
    assert item["author"] == [{"family": "Brahms", "given": "Johannes"}]
    assert item["title"] == "Cello Sonata No. 1"
    assert item["publisher"] == "Testament"
    assert item["issued"] == {"date-parts": [[1998]]}
    assert not {"container-title", "volume", "page", "editor"} & item.keys()


def test_author_date_recording_keeps_its_year() -> None:
    item = parse_reference(
        "Brahms, Johannes. 1962. *Cello Sonata No. 1*. With Lena Ostrova (cello) and the Vienna Players, conducted "
        "by Karl Hahn. Recorded March 3, 1962. Testament SBT 1118, 1998. CD."
    )
    assert item["publisher"] == "Testament"
    assert item["issued"] == {"date-parts": [[1962]]}
    assert not {"container-title", "publisher-place"} & item.keys()


def test_exhibition_catalogue_note_is_no_publisher() -> None:
    item = parse_reference(
        "Ward, Helen, and Tom Price, eds. 2019. *Salt and Stone: New Work 2019.* Leeds: Northern Arts 1994 Ltd. "
        "Published in conjunction with an exhibition of the same title, held at the Corn Exchange, 3 Mar-9 Jun 2019."
    )
    assert [n["family"] for n in item["editor"]] == ["Ward", "Price"]
    assert item["title"] == "Salt and Stone: New Work 2019"
    assert item["publisher"] == "Northern Arts 1994 Ltd"
    assert item["publisher-place"] == "Leeds"
    assert "container-title" not in item


def test_untitled_exhibition_catalogue() -> None:
    item = parse_reference(
        "*Paper Cities: Fifty Years of Drawing*. 2016. Sydney: Harbour Gallery, 2016. Published in conjunction "
        "with the exhibition of the same title, held at Harbour Gallery, 2 Apr-1 Jul 2016."
    )
    assert item["title"] == "Paper Cities: Fifty Years of Drawing"
    assert item["publisher"] == "Harbour Gallery"
    assert "held" not in item["publisher"]


def test_straight_quoted_title_holding_a_curly_quoted_title() -> None:
    item = parse_reference(
        'Lane, Mia (@mialane). 2022. "“Low Tide” by Ruth Kell—shortlisted for this year’s Wynne Prize". '
        "Instagram photo, June 2, 2022. https://www.instagram.com/p/Cexample1/."
    )
    assert item["title"] == "“Low Tide” by Ruth Kell—shortlisted for this year’s Wynne Prize"
    assert "container-title" not in item


def test_accessed_date_and_database_after_a_chapter() -> None:
    item = parse_reference(
        '"Burrawang." 2019. In *Dharawal to English Dictionary*, edited by Anne Wood and Peter Hale, 41. '
        "Canberra: Aboriginal Studies Press. Accessed May 5, 2022. ProQuest Ebook Central."
    )
    assert item["container-title"] == "Dharawal to English Dictionary"
    assert item["publisher"] == "Aboriginal Studies Press"
    assert item["accessed"] == {"date-parts": [[2022, 5, 5]]}
