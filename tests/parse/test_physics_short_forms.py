"""Physics reference forms read wrong before: INSPIRE's lists with an erratum or the title's first words after the
names, IOP's editions and title-less journals, and the short form a software manual's bibliography
writes (``(Key) Family, Family, Journal, volume, page (year).``): family names alone, a parenthesised key."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "a parenthesised key naming the first author is a label, not a name",
        "(Kelchner) Kelchner, Plimpton, Hamilton, Phys Rev B, 58, 11085 (1998).",
        {
            "citation-label": "Kelchner",
            "author": [{"family": "Kelchner"}, {"family": "Plimpton"}, {"family": "Hamilton"}],
            "container-title": "Phys Rev B",
        },
    ),
    (
        "a coded parenthesised key before names written initials first",
        "(QEq2) T. Shan, A. Thompson, S. Plimpton, J. Chem. Phys. 140, 114102 (2014).",
        {"citation-label": "QEq2", "author": [{"family": "Shan", "given": "T."}, {"family": "Thompson", "given": "A."},
                                               {"family": "Plimpton", "given": "S."}]},
    ),
    (
        "the title's capitalised first words after the last name written initials first open the title",
        "[9] B. Grinstein and M. Trott, Higgs Boson Couplings Beyond the Standard Model, Phys. Rev. D 76 (2007) "
        "073002 [arXiv:0704.1505] [INSPIRE].",
        {
            "author": [{"family": "Grinstein", "given": "B."}, {"family": "Trott", "given": "M."}],
            "title": "Higgs Boson Couplings Beyond the Standard Model",
        },
    ),
    (
        "an erratum in brackets is a note: the page before it is the article's",
        "[6] CMS collaboration, A portrait of the Higgs boson by the CMS experiment ten years after the discovery, "
        "Nature 607 (2022) 60 [Erratum ibid. 623 (2023) E4] [arXiv:2207.00043] [INSPIRE].",
        {"page": "60", "volume": "607", "container-title": "Nature"},
    ),
    (
        "JHEP's number after a title with a question mark is the journal's, not a second name list",
        "[15] C. Zhang et al., O new physics, where art thou? A global search in the top sector, JHEP 02 (2020) 131 "
        "[arXiv:1910.03606] [INSPIRE].",
        {"author": [{"family": "Zhang", "given": "C."}], "container-title": "JHEP", "issue": "02", "page": "131"},
    ),
    (
        "IOP's edition written 'edn' before the bracketed publisher",
        "[38] Griffiths D J 2017 Introduction to Electrodynamics 4th edn (Cambridge University Press)",
        {"edition": "4", "title": "Introduction to Electrodynamics"},
    ),
    (
        "IOP's title-less article in a journal opening on 'Acta' with abbreviations written without stops",
        "[15] Nowak K 2011 Acta Phys Slovaca 61 1–20",
        {"container-title": "Acta Phys Slovaca", "volume": "61", "page": "1-20"},
    ),
    (
        "a page range written with LaTeX's double hyphen",
        "Wilmer, Babaei, Boone, J Chem Theory Comput, 15, 5579--5587 (2019).",
        {"page": "5579-5587", "volume": "15"},
    ),
    (
        "a Rapid Communication's '(R)' glued to the page before a comma",
        "Fily, Y. and Marchetti, M. C. Phys. Rev. E, 84, 040301(R), 2011.",
        {"page": "040301(R)", "volume": "84"},
    ),
    (
        "an even list of family names alone before a title-less journal",
        "(Stuart) Stuart, Tutein, Harrison, Ng, J Chem Phys, 112, 6472 (2000).",
        {"author": [{"family": "Stuart"}, {"family": "Tutein"}, {"family": "Harrison"}, {"family": "Ng"}]},
    ),
    (
        "five family names alone, one with its particle",
        "(Oostenbrink) Oostenbrink, Villa, Mark, van Gunsteren, Daura, J Comput Chem, 25, 1656 (2004).",
        {
            "author": [
                {"family": "Oostenbrink"},
                {"family": "Villa"},
                {"family": "Mark"},
                {"family": "Gunsteren", "non-dropping-particle": "van"},
                {"family": "Daura"},
            ]
        },
    ),
    (
        "three family names alone, the last with its suffix",
        "(Foloppe) Foloppe, Nilsson, MacKerell Jr., J Comput Chem, 22, 61 (2001).",
        {"author": [{"family": "Foloppe"}, {"family": "Nilsson"}, {"family": "MacKerell", "suffix": "Jr"}]},
    ),
    (
        "a family name alone with its suffix after 'and' is a person",
        "(Mayo) Mayo and Goddard III, J Phys Chem, 94, 8897 (1990).",
        {"author": [{"family": "Mayo"}, {"family": "Goddard", "suffix": "III"}]},
    ),
    (
        "a journal's acronym closing the family names before its numbers",
        "(Kolafa) Kolafa, Perram, Lisal, JCTC, 13, 2340 (2017).",
        {"author": [{"family": "Kolafa"}, {"family": "Perram"}, {"family": "Lisal"}], "container-title": "JCTC"},
    ),
    (
        "one family name alone before the journal",
        "(Flekkoy) Flekkoy, Europhys Lett, 52(3): 271-276 (2000).",
        {"author": [{"family": "Flekkoy"}], "container-title": "Europhys Lett", "volume": "52"},
    ),
    (
        "an inverted person with a known given name before a title-less journal stays one person",
        "Smith, John, Phys Rev B, 29, 6443 (1984).",
        {"author": [{"family": "Smith", "given": "John"}]},
    ),
    (
        "an inverted person before an italic journal stays one person (two words may be one person)",
        "Klein, Rudolf. *Österreichische Musikzeitschrift* 5 (1972): 301-302.",
        {"author": [{"family": "Klein", "given": "Rudolf"}]},
    ),
    (
        "a bracketed phrase whose first word only opens the first name is no key",
        "(In press) Inoue, K., Title of a paper on plasmas. Phys. Plasmas 12, 4 (2005).",
        {"citation-label": None},
    ),
    (
        "a bracketed description that does not name an author is no key",
        "(Anonymous) Report on the state of the art in plasma physics. Nucl Fusion 12, 4 (1972).",
        {"citation-label": None},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_physics_short_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for key, value in expected.items():
        assert item.get(key) == value, (why, key, item)
