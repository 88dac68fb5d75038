"""Needs-review, round flag52: values joined to their neighbour, or cut from it, at a mark not their own, that no flag
marked (``review/misjoined.py``): the container's first words closing the title, APA's ``Page | Site. (n.d.)`` cut at
its bar, a container opening on ``In`` and an acronym, a given-first name kept whole as a body's among persons, a title
opening on the given name written after the family name, a two-word family name a citation label names cut to its last
word, bare surnames read as one person in a keyed list, a publisher joined to the place by a slash, a publisher holding
a sentence of the genre's or the series' words or a series' name, a report's version closing the title, a volume
closing the container, a given name read as the next person's family name, Vancouver's initials read as a family
name, a publisher of one letter, a bracketed span of years read as the pages. Each stays quiet on the legitimate form
it resembles."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.review.misjoined import misjoined_signals
from biblio.parse.review.score import FORCED_BY_MISJOINED

from .form_cases import needs_review

# (text, the check that names its wrong reading)
SILENT_WRONGS = [
    (
        "Günther C. 2014. A survey of spoofing and counter-measures. Navigation: Journal of The Institute of "
        "Navigation 61(3):159–177 DOI 10.1002/navi.65.",
        "title:holds-container-head",
    ),
    (
        "[20] A. Kharb, V. Saini, Y.K. Jain, S. Dhiman, A review of gait cycle and its parameters, IJCEM "
        "International Journal of Computational Engineering & Management 13 (2011) 78–83.",
        "title:holds-container-head",
    ),
    (
        "Getting Started | Markdown Guide. (n.d.). Retrieved March 19, 2023, from "
        "https://www.markdownguide.org/getting-started/",
        "title:page-title-cut-at-bar",
    ),
    (
        "Headings | Accessible U. (n.d.). Retrieved December 4, 2022, from "
        "https://accessibility.umn.edu/what-you-can-do/start-7-core-skills/headings",
        "title:page-title-cut-at-bar",
    ),
    (
        "[Jiang02] Jiang, Dan-Ning, Lie Lu, Hong-Jiang Zhang, Jian-Hua Tao, and Lian-Hong Cai. *Music type "
        "classification by spectral contrast feature.* In ICME'02. vol. 1, pp. 113-116. IEEE, 2002.",
        "container:opens-on-in-acronym",
    ),
    (
        "Atkinson, J. Maxwell & John Heritage. 1984. Structures of social action: Studies in conversation analysis. "
        "Cambridge: Cambridge University Press.",
        "name:person-kept-whole",
    ),
    (
        "Crick, Francis  Life Itself: Its Origin and Nature (New York: Touchstone Books, 1981)",
        "title:opens-on-given-name",
    ),
    (
        "(Paula Leite2017) Paula Leite, Santos-Florez, and de Koning, Phys Rev E, 96, 32115 (2017).",
        "name:label-names-compound",
    ),
    (
        '[Lucky13] AlFardan, Paterson "Lucky Thirteen: Breaking the TLS and DTLS Record Protocols" '
        "(http://www.isg.rhul.ac.uk/tls/TLStiming.pdf)",
        "name:surnames-as-one-person",
    ),
    (
        "[14] SHINN, Noah; CASSANO, Federico; NARASIMHAN, Karthik et al. *Reflexion: language agents with verbal "
        "reinforcement learning*. Princeton/MIT, 2023.",
        "place:holds-publisher",
    ),
    (
        "Dyer, R. (2009). *Biological data analysis using R.* (Doctoral dissertation, Ph. D thesis. Department of "
        "Biology, Center for the Study of Biological Complexity, Virginia Commonwealth Univ).",
        "publisher:holds-sentence",
    ),
    (
        "Lande, R., Engen, S. and Saether, B. (2003). *Stochastic population dynamics in ecology and conservation*. "
        "Oxford Series in Ecology and Evolution.",
        "publisher:names-series",
    ),
    (
        "Brown, C., Chue Hong, N., Jackson, M. (eds) (2018) Software Deposit and Preservation Policy and Planning "
        "Workshop Report, 1.1, The Software Sustainability Institute and Jisc, 4 July 2018. "
        "doi:10.5281/zenodo.1304912.",
        "title:closes-on-version-number",
    ),
    (
        "Godfrey, A.J.R., Loots, M.T., 2015. Advice From Blind Teachers on How to Teach Statistics to Blind Students. "
        "Journal of Statistics Education 23, 4, pp. 10. https://doi.org/10.1080/10691898.2015.11889746",
        "container:holds-volume",
    ),
    (
        "Brown, Karen, T. “Photojournalism: truth or activism.” Paper presented at the 16th Conference of "
        "Communication Imagery, Sydney, NSW, April 4, 2021.",
        "name:given-read-as-family",
    ),
    (
        "Yang B, Yih SW-t, He X, Gao J, Deng L. 2015. Embedding entities and relations for learning and inference "
        "in knowledge bases. In: Proceedings of the International Conference on Learning Representations (ICLR) 2015.",
        "name:initials-as-family",
    ),
    (
        "(Mattice) Mattice, Suter, Conformational Theory of Large Molecules, Wiley, New York, 1994.",
        "name:surnames-as-one-person",
    ),
    (
        "[USEPA14] United States Environmental Protection Agency. (2014). Systems Measures of Water Distribution "
        "System Resilience. Washington DC: U.S. Environmental Protection Agency. U.S. Environmental Protection Agency "
        "Technical Report, EPA 600/R--14/383, 58p.",
        "publisher:one-letter",
    ),
    (
        "Alighieri, Dante. (1308–1321) 2021. *La divine comédie*. Sous la direction de Carlo Ossola. Traduit par "
        "Jacqueline Risset. Éd. bilingue. Bibliothèque de la Pléiade 659. Paris, FR-IDF : Gallimard.",
        "page:is-bracketed-years",
    ),
]

# (text, the check that stays quiet): USGS's title and journal joined by a colon, a page's title and site apart with
# no date after, journals named "In Vivo" and "In Silico", a body's name among persons, a short note's title after a
# family name, a label naming the first author by family name alone, a given name a list spells out, two towns
LOOK_ALIKES = [
    (
        "Moritz, H., 2000, Geodetic reference system 1980: Journal of Geodesy, v. 74, no. 1, p. 128-133.",
        "title:holds-container-head",
    ),
    ("About Power BI Tenant settings | Microsoft Learn", "title:page-title-cut-at-bar"),
    (
        "Sordillo, P. P., Sordillo, D. C. and Helson, L. (2015) Review: the prolonged QT interval. In Vivo 29, "
        "619-636.",
        "container:opens-on-in-acronym",
    ),
    (
        "Smith, J. & Acme Heritage Trust. 2010. Old houses. London: Batsford.",
        "name:person-kept-whole",
    ),
    ("Ryan, History of Rugby, 85.", "title:opens-on-given-name"),
    (
        "(Allen) Allen and Tildesley, Computer Simulation of Liquids, Clarendon Press, Oxford, 1987.",
        "title:opens-on-given-name",
    ),
    (
        "(Horta Ribeiro 2020) Manoel Horta Ribeiro and Robert West. 2020. Sudden attention shifts on Wikipedia. "
        "In Proceedings of ICWSM.",
        "name:label-names-compound",
    ),
    (
        "(Smith 2019) John Smith and Ann Lee. 2019. A study of things. Journal of Things 3, 1-9.",
        "name:label-names-compound",
    ),
    (
        '[Lucky13] Paterson, Kenneth "Lucky Thirteen: Breaking the TLS and DTLS Record Protocols" '
        "(http://www.isg.rhul.ac.uk/tls/TLStiming.pdf)",
        "name:surnames-as-one-person",
    ),
    (
        "Wozniak, Thomas; Nemitz, Jürgen; Rohwedder, Uwe (Hg.): Wikipedia und Geschichtswissenschaft, Berlin/Boston "
        "2015.",
        "place:holds-publisher",
    ),
    (
        "Hull, D. (1988). Science as a process. Chicago: Univ. Chicago Press.",
        "publisher:holds-sentence",
    ),
    ("Lande, R. (2003). Stochastic population dynamics. Oxford University Press.", "publisher:names-series"),
    (
        "O'Reilly, T. (2005). What is Web 2.0: Design patterns and business models. O'Reilly Media.",
        "title:closes-on-version-number",
    ),
    (
        "[Klamt:1993:799] A. Klamt, and G. Schüürmann J. Chem. Soc., Perkin Trans. 2 5, 799 (1993).",
        "container:holds-volume",
    ),
    (
        "Smith, J. (1990). The war at home. Studies in History 1914-1918, 12, 3-19.",
        "container:holds-volume",
    ),
    ("Martyna, Tuckerman, Tobias, Klein, Mol Phys, 87, 1117.", "name:given-read-as-family"),
    ("Brown, K. T. and Paul, R. A. (2021). Photojournalism. Sydney: NSW Press.", "name:given-read-as-family"),
    ("Al-Khalili, J. (2012). Paradox. London: Bantam.", "name:initials-as-family"),
    ("Smith, J. (2012). Paradox. London: W. W. Norton.", "publisher:one-letter"),
    ("Jones, A. (1999). Long lives. Journal of Ageing 12, 1308-1321.", "page:is-bracketed-years"),
]


def _signals(text: str) -> dict[str, float]:
    return misjoined_signals(read_reference(text), text)


@pytest.mark.parametrize(("text", "check"), SILENT_WRONGS)
def test_silent_wrong_form_is_flagged(text: str, check: str) -> None:
    assert check in FORCED_BY_MISJOINED
    assert _signals(text).get(check)
    assert needs_review(text)


@pytest.mark.parametrize(("text", "check"), LOOK_ALIKES)
def test_legitimate_look_alike_stays_quiet(text: str, check: str) -> None:
    assert not _signals(text).get(check)


# the wrong readings themselves, so that a check keeps naming the form when the parser's reading changes
READINGS: list[tuple[dict[str, Any], str, str]] = [
    (
        {"author": [{"family": "Leite", "given": "Paula"}], "citation-label": "Paula Leite2017"},
        "Paula Leite, Santos-Florez, and de Koning, Phys Rev E, 96, 32115 (2017).",
        "name:label-names-compound",
    ),
    (
        {"author": [{"family": "Ribeiro", "given": "Manoel Horta"}], "citation-label": "Horta Ribeiro et al. 2020"},
        "Manoel Horta Ribeiro, Robert West. 2020. Title.",
        "name:label-names-compound",
    ),
]


@pytest.mark.parametrize(("item", "source", "check"), READINGS)
def test_check_names_the_reading(item: dict[str, Any], source: str, check: str) -> None:
    assert misjoined_signals(item, source).get(check)
    read_right = {**item, "author": [{"family": "Horta Ribeiro", "given": "Manoel"}]}
    assert not misjoined_signals(read_right, source).get(check)
