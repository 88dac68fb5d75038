"""A BibTeX list typeset in two columns on small pages, as ``pdftotext -layout`` prints it: an entry's label
pushed left of the gutter, entries cut by a column or a page break and going on at the next column's top, the
running head and foot spanning each page, an address broken after "https:"."""

from __future__ import annotations

from pathlib import Path

from biblio.api import Source, records_from
from biblio.documents.reader import read_input
from biblio.formats.problems import Collector

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"


def _items() -> list[dict[str, object]]:
    found, carried = read_input(str(DOCUMENTS / "real-celeritas-report-twocolumn-layout.txt"))
    return records_from(Source(found.name, found.text, carried), notice=Collector())


def _sources() -> list[str]:
    return [str(item["custom"]["biblio"]["source"]) for item in _items()]  # type: ignore[index]


def test_a_label_the_column_pushed_left_of_the_gutter_opens_its_entry() -> None:
    # "    https://www.top500.org/lists/ [4] C. Green, J. Kowalkowski, M. Pa-": "[4]" at the left column's text
    sources = _sources()
    assert sources[0].endswith("URL https://www.top500.org/lists/top500/list/2021/11/.")
    assert sources[3].startswith("C. Green, J. Kowalkowski, M. Paterno")


def test_an_entry_goes_on_at_the_next_columns_top_up_to_the_next_label() -> None:
    sources = _sources()
    assert len(sources) == 9
    assert "https://indico.cern.ch/event/1052654/contributions/4525306/attachments/" in sources[1]
    assert sources[7].endswith("ISBN 978-1-4244-9106-3. doi: 10.1109/NSSMIC.2010.5873849. "
                               "URL http://ieeexplore.ieee.org/document/5873849/.")
    assert sources[8].startswith("R. Lucas, R. Roser")


def test_the_running_head_is_no_part_of_an_entry() -> None:
    assert not any("Celeritas user manual" in source or "Introduction" in source for source in _sources())


def test_an_address_broken_after_its_scheme_is_joined() -> None:
    items = _items()
    assert items[4]["URL"] == "https://lhc-commissioning.web.cern.ch/schedule/LHC-long-term.htm"
