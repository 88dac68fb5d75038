"""Records as biblio parses real reference text (benchmarks/export_sweep.py), in each export format.

Each record is kept here as the parser made it from the text quoted beside it, so that these tests
hold the writers to the messy forms parsing gives (no title, only a URL, a book with a page range, a
web page with a catalogue, a URL's query) whatever the parser later makes of that text.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from biblio.formats import csljson, ris
from biblio.formats.bibtex import dumps, loads
from tests.formats.test_latex_toolchain import _compile_classic

# "58. PyTorch-ignite documentation. https://pytorch.org/ignite/ (2020)." (natsci_real): only an address.
URL_ONLY: dict[str, Any] = {
    "id": "anon2020",
    "type": "webpage",
    "issued": {"date-parts": [[2020]]},
    "URL": "https://pytorch.org/ignite/",
    "citation-number": "58",
}
# "[CodePy] CodePy Homepage: http://mathema.tician.de/software/codepy" (physics_cs_real): no title, no date.
NO_TITLE: dict[str, Any] = {
    "id": "anonnda",
    "type": "webpage",
    "medium": "CodePy Homepage",
    "URL": "http://mathema.tician.de/software/codepy",
    "citation-label": "CodePy",
}
# "[2] W.-K. Chen, *Linear Networks and Systems*. Belmont, CA: Wadsworth, 1993, pp. 123–135." (IEEE guide)
BOOK_PAGES: dict[str, Any] = {
    "id": "chen1993linear",
    "type": "book",
    "author": [{"family": "Chen", "given": "W.-K."}],
    "title": "Linear Networks and Systems",
    "publisher": "Wadsworth",
    "publisher-place": "Belmont, CA",
    "issued": {"date-parts": [[1993]]},
    "page": "123-135",
    "citation-number": "2",
}

# "Legislative Services Branch. 2020. *Copyright Act (R.S.C., 1985, c. C-42)*. R.S.C., 1985, c. C-42. Vol. C–42.
# https://laws-lois.justice.gc.ca/eng/acts/c-42/page-9.html." (real-chin-licence.md): a web page with a source.
WEB_SOURCE: dict[str, Any] = {
    "id": "legislativeservicesbranch2020copyright",
    "type": "webpage",
    "author": [{"literal": "Legislative Services Branch"}],
    "translator": [{"literal": "c. C-42). R.S.C."}, {"literal": "1985"}, {"literal": "c. C-42"}],
    "title": "Copyright Act",
    "issued": {"date-parts": [[2020]]},
    "URL": "https://laws-lois.justice.gc.ca/eng/acts/c-42/page-9.html",
    "source": "(R.S.C., 1985",
}

# "Art & Architecture Thesaurus. 2019a. « Call Numbers. » Art & Architecture Thesaurus Online Full Record
# Display. 2019. http://www.getty.edu/vow/AATFullDisplay?find=call+number&logic=AND&note=&english=N&prev_page=1
# &subjectid=300311706" (real-chin-bibliography.md): a query whose ``&note`` HTML reads as ``¬e``.
QUERY_URL: dict[str, Any] = {
    "id": "artarchitecturethesaurus2019call",
    "type": "webpage",
    "author": [{"literal": "Art & Architecture Thesaurus"}],
    "title": "Call Numbers",
    "container-title": "Art & Architecture Thesaurus Online Full Record Display",
    "issued": {"date-parts": [[2019]]},
    "URL": "http://www.getty.edu/vow/AATFullDisplay?find=call+number&logic=AND&note=&english=N&prev_page=1"
    "&subjectid=300311706",
}


def test_an_entry_with_no_author_and_no_title_still_sorts_in_classic_bibtex(tmp_path: Path) -> None:
    bib = dumps([URL_ONLY, NO_TITLE], "bibtex")
    assert "key = {pytorch.org/ignite/}," in bib and "key = {CodePy Homepage}," in bib
    built = _compile_classic(tmp_path, bib)
    output = (built / "bibtex.out").read_text() + (built / "doc.blg").read_text()
    assert "Warning--" not in output, output
    assert [item["URL"] for item in loads(bib)] == [URL_ONLY["URL"], NO_TITLE["URL"]]  # the key is not data


def test_a_books_pages_go_to_extra_in_ris_for_zotero() -> None:
    # Zotero's RIS import reads a book's SP as its number of pages, and drops a range.
    lines = ris.dumps([BOOK_PAGES], for_zotero=True).splitlines()
    assert "M2  - page: 123-135" in lines
    assert not any(line.startswith(("SP ", "EP ")) for line in lines)
    assert "SP  - 123" in ris.dumps([BOOK_PAGES]).splitlines()  # other programs read SP as its first page
    (back,) = ris.loads(ris.dumps([BOOK_PAGES], for_zotero=True))
    assert back["page"] == "123-135" and back["type"] == "book"


def test_a_web_pages_catalogue_goes_to_extra_for_zotero() -> None:
    # Zotero's web page has no archive, catalogue (CSL source) or call number: its CSL-JSON import dropped it.
    (record,) = json.loads(csljson.dumps([WEB_SOURCE], for_zotero=True))
    assert "source" not in record and record["note"] == "source: (R.S.C., 1985"
    lines = ris.dumps([WEB_SOURCE], for_zotero=True).splitlines()
    assert "M2  - source: (R.S.C., 1985" in lines and not any(line.startswith("DP ") for line in lines)
    (back,) = ris.loads("\n".join(lines))
    assert back["source"] == WEB_SOURCE["source"]


def test_an_ampersand_html_reads_without_semicolon_is_escaped_in_ris() -> None:
    # Zotero's RIS import reads its values as HTML, where "&note" is "¬e" and "&sect" is "§".
    (url,) = [line[6:] for line in ris.dumps([QUERY_URL]).splitlines() if line.startswith("UR  - ")]
    assert "&amp;note=" in url and "&logic=" in url  # only the & that would read as an entity
    assert html.unescape(url) == QUERY_URL["URL"]
    (back,) = ris.loads(ris.dumps([QUERY_URL]))
    assert back["URL"] == QUERY_URL["URL"] and back["author"] == QUERY_URL["author"]
