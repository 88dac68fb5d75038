"""RIS written the way Zotero reads it, and read back through the same tables."""

from __future__ import annotations

import pytest

from biblio.errors import MalformedInput
from biblio.formats import ris

NEWS = {
    "id": "guardian2024childhoods", "type": "article-newspaper",
    "author": [{"literal": "The Guardian"}, {"family": "Smith", "given": "J. A.", "suffix": "Jr."}],
    "title": "The childhoods lost", "container-title": "The Guardian",
    "issued": {"date-parts": [[2024, 7, 31]]}, "accessed": {"date-parts": [[2025, 1, 2]]},
    "page": "45-67", "URL": "https://www.theguardian.com/x_y", "DOI": "10.1000/abc",
}


def test_writes_zotero_conventions() -> None:
    text = ris.dumps([NEWS])
    lines = text.strip().splitlines()
    assert lines[0] == "TY  - NEWS"  # Zotero keeps the newspaper type from RIS
    assert "AU  - The Guardian" in lines  # no comma: a single-field (organisation) name
    assert "AU  - Smith, J. A., Jr." in lines
    assert "DA  - 2024/07/31/" in lines and "PY  - 2024" in lines  # full date, not the year alone
    assert "T2  - The Guardian" in lines  # T2, not JO (read as an abbreviation)
    assert "Y2  - 2025/01/02/" in lines
    assert "SP  - 45" in lines and "EP  - 67" in lines
    assert lines[-1].rstrip() == "ER  -"


def test_round_trip_keeps_every_mapped_field() -> None:
    (back,) = ris.loads(ris.dumps([NEWS]))
    back.pop("custom")
    assert back == NEWS


def test_a_cases_reporter_is_a2_both_ways() -> None:
    # Zotero's RIS import takes a CASE's reporter from A2 (T2 has no field there); A2 is no editor of a case
    case = {"type": "legal_case", "id": "wik", "title": "Wik Peoples v. Queensland", "container-title": "CLR",
            "volume": "187", "page": "1", "issued": {"date-parts": [[1996]]}}
    for for_zotero in (False, True):
        text = ris.dumps([case], for_zotero=for_zotero)
        assert "A2  - CLR" in text.splitlines() and "T2  - CLR" not in text
        (back,) = ris.loads(text)
        assert back["container-title"] == "CLR" and "editor" not in back


def test_values_never_span_lines() -> None:
    text = ris.dumps([{"type": "book", "title": "Line one\nER  - injected"}])
    assert [line for line in text.splitlines() if line.startswith("ER")] == ["ER  - "]
    assert ris.loads(text)[0]["title"] == "Line one ER  - injected"


def test_partial_dates_and_unknown_tags() -> None:
    (item,) = ris.loads("TY  - JOUR\nTI  - T\nPY  - 2019///\nZZ  - kept\nER  - \n")
    assert item["issued"] == {"date-parts": [[2019]]}
    assert item["custom"]["biblio"]["ris-extra"] == ["ZZ  - kept"]


@pytest.mark.parametrize("text", ["", "hello\n", "TI  - no type first\nER  - \n"])
def test_malformed(text: str) -> None:
    with pytest.raises(MalformedInput):
        ris.loads(text)


def test_fields_without_a_ris_tag_are_kept_as_notes() -> None:
    text = ris.dumps([{"type": "book", "title": "T", "status": "in press", "composer": [{"family": "Bach",
                                                                                         "given": "J. S."}]}])
    assert "N1  - status: in press" in text and "N1  - composer: Bach || J. S." in text
    (back,) = ris.loads(text)
    assert back["status"] == "in press" and back["composer"] == [{"family": "Bach", "given": "J. S."}]


def test_for_zotero_writes_html_so_a_titles_markup_arrives_as_markup() -> None:
    # Zotero's RIS import reads each tag but N1, RN and AB as HTML: a raw <i> would be stripped.
    item = {"id": "a", "type": "article-journal", "title": "<i>Homo</i> R&D &amp; a < b",
            "container-title": "J & K", "URL": "https://x.org/?a=1&b=2", "note": "<b>bold</b>"}
    text = ris.dumps([item], for_zotero=True)
    assert "TI  - &lt;i&gt;Homo&lt;/i&gt; R&amp;D &amp;amp; a &lt; b" in text
    assert "UR  - https://x.org/?a=1&amp;b=2" in text
    assert "T2  - J &amp; K" in text and "<b>bold</b>" in text  # N1 is not read as HTML
    (back,) = ris.loads(text)
    assert {k: v for k, v in back.items() if k != "custom"} == item
    assert ris.loads(ris.dumps([item]))[0]["title"] == item["title"]  # written as text for other programs
