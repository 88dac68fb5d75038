"""Needs-review, round flag23: a field's form held where that field is not, read from the gold sets' silent wrongs
(``score.FORCED_BY_HELD_FORM``, ``review/held_forms.py``, checked on the final record).  Clearly wrong readings of
typed references in those forms flag; clean references of several styles, and the right record of each form's text,
do not."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.review.held_forms import held_form_signals
from biblio.parse.review.score import FORCED_BY_HELD_FORM


def _flagged(text: str) -> bool:
    return "needs-review" in read_reference(text)["custom"]["biblio"].get("flags", [])


@pytest.mark.parametrize(
    "text",
    [
        # bare surnames before the journal read as one person ("Kittel" and given "Kroemer")
        "(Kittel) Kittel, Kroemer, Phys Rev B, 21, 4412 (1980).",
        # a credit read as the container ("Featuring Tom Ashby"), an interview's credit as the title
        "Moreau, Lina. 2019. “Night Rivers.” Featuring Tom Ashby. Harbour video, 04:12. Accessed May 2, 2021. "
        "https://harbour.example.org/night-rivers.",
        "Rao, Priya. 2008. Interview by author. Chennai, June 5, 2008.",
        # a locator's word read as the container ("Section", volume "1")
        "Nineteenth Amendment, Section 1 (1920)",
        # the editors' role inside the date's bracket, the editors read as authors
        "Smith, A. B., and Jones, C. D. (2015, eds.). *Handbook of Coastal Ecology*. Elsevier.",
        # an editor and the role read into the title
        'Eric Bell (1950). Northwind Press (ed.). "Notes on Prime Gaps" (PDF). *Journal of Number Studies*. **4** (2): '
        "10–20.",
    ],
)
def test_a_wrong_reading_holding_a_fields_form_is_flagged(text: str) -> None:
    assert _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # Chicago author-date, editors of a book
        "Marlowe, Agnes, and Peter J. Quill, eds. 2011. *The Cambridge Companion to Estuaries*. Cambridge: Cambridge "
        "University Press.",
        # physics' compact form, initials before the surnames
        "K. Ishikawa and T. Mori, Phys. Rev. B 84, 045112 (2011).",
        "[9] M. Chen, Y. Liu, and K. Tan, Phys. Lett. B 716, 30 (2012).",
        # Vancouver
        "Lind KR, Patel S. Sleep and memory in adolescents. J Sleep Res. 2015;24(3):211-9.",
        # IEEE
        "[4] J. Doe and R. Roe, “Edge caching for video,” in *Proc. IEEE INFOCOM*, 2019, pp. 10–18.",
        # MLA
        "Hughes, Carla. “Maps of the Interior.” *Geography Today*, vol. 12, no. 3, 2014, pp. 44–59.",
        # Harvard, an institute as the publisher
        "Grant, L. (2016) *Coastal erosion survey*. Plymouth: Institute of Marine Studies.",
        # APA: a title opening on "Section", a dissertation, an edited book, an article
        "Oduya, F. (2020). *Section 8 housing and mobility*. Urban Press.",
        "Ng, W. (2012). *Adaptive meshes in glacier models* [Doctoral dissertation, University of Oslo].",
        "Brennan, T. (Ed.). (2018). *Handbook of river restoration*. Springer.",
        "Patel, R., & Gomez, L. (2021). Remote teaching in rural schools. *Journal of Education Research*, *45*(2), "
        "101–118. https://doi.org/10.1234/jer.2021.045",
        # German humanities, the editor's "(Hg.)" in a chapter
        "Vogel, Karin: Die Stadt im Wandel. In: Müller, Jan (Hg.): Städte und Räume. Berlin: De Gruyter 2019, "
        "S. 33–51.",
        # Chicago notes-bibliography chapter, "edited by" after the book
        "Hale, Simon. 2004. “Ports and Power.” In *Harbours of the North*, edited by Ruth Olsen, 55–78. Oslo: Nordic "
        "Press.",
    ],
)
def test_clean_references_are_not_flagged(text: str) -> None:
    assert not _flagged(text)


_KOVALEV = "[3] A. KOVALEV AND P. IVANOV, Sharp bounds for packings. II. J. Math. Soc. Japan 45 (1993), 311–330."
_NAKAMURA = (
    "Nakamura, Ren, Yuki Sato, and Hana Ito. 2017. Reading trends in regional libraries. In PloS one."
)
_LEE = "Marcus Lee, *Field Notes on Moss* ~ online. Available from http://www.example.ac.uk/moss/notes.html."
_UNICEF = "UNICEF (2021), Child poverty (indicator). doi: 10.1787/2ab3c4d5-en (Accessed on 03 May 2022)"
_ACME = "[12] ACME SYSTEMS, INC, Widget Solver Reference Manual (2019)."
_KELLER = (
    "Keller B. 2019 Neutronics studies for the compact fusion module DEMO Institute of Plasma Physics and Fusion "
    "Technology (IPF) (https://doi.org/10.5445/IR/1000099999)"
)
_WBG = "12. World Bank (WBG) policy note: water and growth in dry regions. Washington: World Bank; 2018."
_NRC = "NRC (2022), Refinery fire shuts down coastal plant, NRC, https://www.nrc.example/news/refinery-fire"
_SAGE = "[8] The SAGE Team, Univ. Lisbon, SAGE toolkit version 1.2, 2021, available from https://sage.example.org/."
_HOLM = "K. Holm. 2021. *Tide Tables Toolkit*. Accessed: 2022-01-05. http://www.example.net/tides/."


@pytest.mark.parametrize(
    ("signal", "wrong", "right", "text"),
    [
        # the title's part number read into the container
        (
            "container:opens-on-part",
            {"title": "Sharp bounds for packings", "container-title": "II. J. Math. Soc. Japan"},
            {"title": "Sharp bounds for packings. II", "container-title": "J. Math. Soc. Japan"},
            _KOVALEV,
        ),
        # the container's "In" and name left in the note
        (
            "note:holds-container",
            {"title": "Reading trends in regional libraries", "note": "In PloS one"},
            {"title": "Reading trends in regional libraries", "container-title": "PloS one"},
            _NAKAMURA,
        ),
        # the medium's word after a tilde, or its bracket, closing the title
        (
            "title:closes-on-medium",
            {"title": "Field Notes on Moss ~ online"},
            {"title": "Field Notes on Moss"},
            _LEE,
        ),
        (
            "title:closes-on-medium",
            {"title": "Child poverty (indicator)"},
            {"title": "Child poverty"},
            _UNICEF,
        ),
        # a document's word read as a person
        (
            "name:document-word",
            {"author": [{"family": "SYSTEMS"}, {"family": "Manual", "given": "Widget Solver Reference"}]},
            {"author": [{"literal": "ACME SYSTEMS, INC"}], "title": "Widget Solver Reference Manual"},
            _ACME,
        ),
        # an institute run into the title
        (
            "title:closes-on-institute",
            {"title": "Neutronics studies for the compact fusion module DEMO Institute of Plasma Physics and Fusion "
             "Technology (IPF"},
            {"title": "Neutronics studies for the compact fusion module DEMO",
             "publisher": "Institute of Plasma Physics and Fusion Technology (IPF)"},
            _KELLER,
        ),
        # the body's acronym read into the title, and the body closing it
        (
            "title:opens-on-acronym",
            {"author": [{"literal": "World Bank"}], "title": "(WBG) policy note: water and growth in dry regions"},
            {"author": [{"literal": "World Bank (WBG)"}], "title": "policy note: water and growth in dry regions"},
            _WBG,
        ),
        (
            "title:closes-on-author",
            {"author": [{"literal": "NRC"}], "title": "Refinery fire shuts down coastal plant, NRC"},
            {
                "author": [{"literal": "NRC"}],
                "title": "Refinery fire shuts down coastal plant",
                "container-title": "NRC",
            },
            _NRC,
        ),
        # a body's abbreviated word read as a person
        (
            "name:document-word",
            {"author": [{"literal": "The SAGE Team"}, {"family": "Univ"}], "title": "Lisbon, SAGE toolkit version 1.2"},
            {
                "author": [{"literal": "The SAGE Team"}],
                "publisher": "Univ. Lisbon",
                "title": "SAGE toolkit version 1.2",
            },
            _SAGE,
        ),
        # the author's name left in the note
        (
            "note:holds-person",
            {"title": "Tide Tables Toolkit", "note": "K. Holm"},
            {"author": [{"family": "Holm", "given": "K."}], "title": "Tide Tables Toolkit"},
            _HOLM,
        ),
    ],
)
def test_each_form_fires_on_the_wrong_record_alone(
    signal: str, wrong: dict[str, Any], right: dict[str, Any], text: str
) -> None:
    assert signal in FORCED_BY_HELD_FORM
    assert signal in held_form_signals(wrong, text)
    assert not held_form_signals(right, text)


@pytest.mark.parametrize(
    ("record", "text"),
    [
        # a press release in the note, a collaboration in it, pages of extracts, a quoted source's imprint
        ({"title": "Chips for all", "note": "Press release"}, ""),
        ({"title": "Cosmological parameters", "note": "Planck Collaboration"}, ""),
        ({"title": "Federalism", "note": "extraits : pp. 6-11"}, ""),
        ({"title": "Sincerity", "note": "Quoted in B. Costello (Cambridge: Harvard University Press, 1981)"}, ""),
        # a word's bracketed head and "Edited by" naming a person in the title
        ({"title": "The Disruptive Comforts of Drag: (Trans)Gender Performances"}, ""),
        ({"title": "The Syllabary Brought by D. G. Messerschmidt and Edited by G. S. Bayer in 1728"}, ""),
        # a project's phase as the container, "Section" inside a longer one
        ({"title": "Multi-Mode Mobility", "container-title": "Phase 1"}, ""),
        ({"title": "Housing", "container-title": "Section on Urban Policy"}, ""),
        # a firm's legal form split off a body's name
        ({"author": [{"literal": "AECOM Technical Services"}, {"family": "Inc"}], "title": "Monitoring Report"}, ""),
        # a thesis' genre and a footnote's mark the title keeps
        ({"title": "Thesis: Multiscale Approach for the Design of Composite Sandwich Elements"}, ""),
        ({"title": "The relation of government to monetary control [1] March 29, 1935"}, ""),
        # a family name in capitals and a given name before the container: a French list's person
        (
            {"author": [{"family": "SEVEGRAND", "given": "Martine"}], "container-title": "L'amour en toutes lettres"},
            "SEVEGRAND, Martine, L'amour en toutes lettres, Albin Michel, 1996, Paris.",
        ),
        # a report's series body after the title's full stop
        ({"title": "Current estimates from the National Health Interview Survey, 1993. National Center for Health "
                   "Statistics"}, ""),
    ],
)
def test_forms_a_right_record_may_hold_do_not_fire(record: dict[str, Any], text: str) -> None:
    assert not held_form_signals(record, text)


def test_every_signal_of_the_module_is_forced() -> None:
    everything: dict[str, Any] = {
        "title": "(ABC) Notes on Site (book), Body",
        "container-title": "Section",
        "publisher": "Featuring A. Person",
        "note": "In Journal of Things; K. Holm",
        "author": [{"family": "Manual", "given": "Reference"}, {"literal": "Body"}],
    }
    fired = held_form_signals(everything, "(2010, eds.)")
    assert fired and set(fired) <= set(FORCED_BY_HELD_FORM)
