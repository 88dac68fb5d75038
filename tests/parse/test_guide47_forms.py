"""Forms the style guides' own APA 7 and Chicago examples print (``guides_real18``): an archived item in a named
collection with its box and repository, a picture described by its kind, a title that ends on its own exclamation,
a data set's study number and release or a catalogue number after the title, front-matter pages in roman
numerals, a page's "Last modified" date, a musical work's opus number, Scandinavian "I" before a reference work
and Danish access notes."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    # APA's archival item: the collection, the box in brackets and the repository are no journal, issue or publisher
    (
        "Harris, L. (1902, March 3). [Letter from Lawren Harris to his brother]. Lawren Harris fonds (Box 4, File 2). "
        "University of Toronto Library Special Collections, Toronto, Canada.",
        {"collection-title": "Lawren Harris fonds", "archive_location": "Box 4, File 2",
         "archive": "University of Toronto Library Special Collections", "archive-place": "Toronto, Canada",
         "container-title": None, "issue": None, "publisher": None, "publisher-place": None},
    ),
    (
        "Okafor, B. (1961). Market day in Onitsha [Watercolour sketch]. Ben Enwonwu Papers (Box 7). "
        "National Museum Archives, Lagos, Nigeria.",
        {"title": "Market day in Onitsha", "collection-title": "Ben Enwonwu Papers", "archive_location": "Box 7",
         "container-title": None, "issue": None, "publisher": None, "type": "graphic"},
    ),
    # an archived letter's title closing on the day it names: no journal's volume and page
    (
        "Hart, J. (1898, May 14). Letter to her sister, Ellen Hart Bell, May 14, 1898. Hart Family Collection "
        "(3.01.002, COLL-201). Archives & Special Collections, Queen Elizabeth II Library, Memorial University "
        "Libraries, St. John’s, NL.",
        {"title": "Letter to her sister, Ellen Hart Bell, May 14, 1898", "collection-title": "Hart Family Collection",
         "container-title": None, "volume": None},
    ),
    # a poster qualified as a printed picture is no conference's poster; its title keeps its exclamations
    (
        "Buy war bonds! Buy them now! (n.d.). [Propaganda poster]. Wartime Ephemera Collection (WE-0042). "
        "Provincial Archives of Alberta, Edmonton, Canada.",
        {"title": "Buy war bonds! Buy them now!", "type": "graphic", "event-title": None,
         "collection-title": "Wartime Ephemera Collection"},
    ),
    # a data archive's study number and release with a comma; an agency's catalogue number after "no:"
    (
        "Rivera, P., & Chen, L. (2004). Survey of rural school transport in Ohio (ICPSR 4412, Version V2) [Data set]. "
        "ICPSR.",
        {"title": "Survey of rural school transport in Ohio", "number": "ICPSR 4412", "version": "V2",
         "publisher": "ICPSR"},
    ),
    (
        "Australian Institute of Health and Welfare. (2020). Cancer data in Australia (Cat. no: CAN 122).",
        {"title": "Cancer data in Australia", "number": "CAN 122", "note": None},
    ),
    # an editorial's front-matter pages in small roman numerals
    (
        "Lee, M. (2021). Editorial: Learning analytics at scale. Journal of Learning Analytics, 8(1), i-iv. "
        "https://doi.org/10.18608/jla.2021.7541",
        {"container-title": "Journal of Learning Analytics", "volume": "8", "issue": "1", "page": "i-iv"},
    ),
    # Chicago's page "Last modified" with no other date: when it was written
    (
        'Royal Society. "History of the Society." Last modified March 3, 2019. https://royalsociety.org/about-us/history/.',
        {"title": "History of the Society", "issued": {"date-parts": [[2019, 3, 3]]}},
    ),
    (
        '"Ada Lovelace." In Wikipedia. Last modified June 12, 2014. http://en.wikipedia.org/wiki/Ada_Lovelace.',
        {"title": "Ada Lovelace", "container-title": "Wikipedia", "issued": {"date-parts": [[2014, 6, 12]]}},
    ),
    # a musical work's opus number stays in its title
    (
        "Brahms, Johannes. Piano Quintet in F Minor, Op. 34. Edited by Hans Gál. London: Dover, 1986.",
        {"title": "Piano Quintet in F Minor, Op. 34", "publisher": "Dover", "publisher-place": "London"},
    ),
    # Scandinavian APA's "I" before a reference work, the Danish access note
    (
        "Lund, K. (u.å.). H.C. Andersen. I Den Store Danske. Lokaliseret d. 12/3-2023 fra "
        "https://denstoredanske.lex.dk/H.C._Andersen",
        {"title": "H.C. Andersen", "container-title": "Den Store Danske", "accessed": {"date-parts": [[2023, 3, 12]]},
         "publisher": None},
    ),
    (
        "Cambridge University Press. (2022). Doomscrolling. I Cambridge Dictionary. "
        "https://dictionary.cambridge.org/dictionary/english/doomscrolling",
        {"title": "Doomscrolling", "container-title": "Cambridge Dictionary"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_guide_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # a movement's abbreviated word read as a person's family name
        '1. Franz Schubert, Mvt. II, "Andante con moto," Piano Trio in E-flat Major, (Kassel: Bärenreiter, 2004), 31.',
        # the previous entry's author written as dashes, the title's words read as a name
        "———. No Doubt, We All Agree. Boston: Beacon Press, 2014.",
    ],
)
def test_held_form_is_flagged(text: str) -> None:
    assert needs_review(text)
