"""The IEEE reader: each form of IEEE references, and "not my style"."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.readers.ieee import ieee_shaped, read

CASES: list[tuple[str, dict[str, Any]]] = [
    (  # journal, with month and DOI
        '[2] K. He, X. Zhang, and J. Sun, "Spatial pyramid pooling," *IEEE Trans. Pattern Anal. Mach. Intell.*, '
        "vol. 37, no. 9, pp. 1904–1916, Sep. 2015, doi: 10.1109/TPAMI.2015.2389824.",
        {
            "type": "article-journal",
            "author": [
                {"family": "He", "given": "K."},
                {"family": "Zhang", "given": "X."},
                {"family": "Sun", "given": "J."},
            ],
            "title": "Spatial pyramid pooling",
            "container-title": "IEEE Trans. Pattern Anal. Mach. Intell.",
            "volume": "37",
            "issue": "9",
            "page": "1904-1916",
            "issued": {"date-parts": [[2015, 9]]},
            "DOI": "10.1109/TPAMI.2015.2389824",
        },
    ),
    (  # journal without italics, curly quotes
        "[3] J. U. Duncombe, “Infrared navigation—Part I,” IEEE Trans. Electron Devices, vol. ED-11, "
        "pp. 34–39, Jan. 1959.",
        {"type": "article-journal", "container-title": "IEEE Trans. Electron Devices", "volume": "ED-11"},
    ),
    (  # conference with its place
        '[3] J. Deng and L.-J. Li, "ImageNet: A database," in *Proc. IEEE Conf. Comput. Vis. Pattern Recognit.*, '
        "Miami, FL, USA, 2009, pp. 248–255.",
        {
            "type": "paper-conference",
            "author": [{"family": "Deng", "given": "J."}, {"family": "Li", "given": "L.-J."}],
            "container-title": "Proc. IEEE Conf. Comput. Vis. Pattern Recognit.",
            "publisher-place": "Miami, FL, USA",
            "page": "248-255",
        },
    ),
    (  # chapter: editor, edition, place: publisher
        '[5] G. O. Young, "Synthetic structure of industrial plastics," in *Plastics*, vol. 3, J. Peters, Ed., '
        "2nd ed. New York, NY, USA: McGraw-Hill, 1964, pp. 15–64.",
        {
            "type": "chapter",
            "editor": [{"family": "Peters", "given": "J."}],
            "edition": "2",
            "publisher-place": "New York, NY, USA",
            "publisher": "McGraw-Hill",
            "issued": {"date-parts": [[1964]]},
        },
    ),
    (  # book
        "[4] S. Haykin, *Neural Networks and Learning Machines*, 3rd ed. Upper Saddle River, NJ, USA: Pearson, 2009.",
        {"type": "book", "title": "Neural Networks and Learning Machines", "edition": "3", "publisher": "Pearson"},
    ),
    (  # online, organisation as author, access date
        '[6] European Space Agency, "Sentinel-2 user handbook," 2015. [Online]. Available: '
        "https://sentinel.esa.int/handbook Accessed: Mar. 8, 2016.",
        {
            "type": "webpage",
            "author": [{"literal": "European Space Agency"}],
            "URL": "https://sentinel.esa.int/handbook",
            "accessed": {"date-parts": [[2016, 3, 8]]},
        },
    ),
    (  # technical report: institution, its place, number
        '[7] R. Okafor and M. Tan, "Energy-aware scheduling," Dept. Comput. Sci., Univ. of Toronto, Toronto, ON, '
        "Canada, Tech. Rep. CSRG-612, 2019.",
        {
            "type": "report",
            "publisher": "Dept. Comput. Sci., Univ. of Toronto",
            "publisher-place": "Toronto, ON, Canada",
            "number": "CSRG-612",
        },
    ),
    (  # thesis
        '[8] L. Moreau, "Low-power analog front ends," Ph.D. dissertation, Dept. Elect. Eng., Stanford Univ., '
        "Stanford, CA, USA, 2017.",
        {"type": "thesis", "genre": "Ph.D. dissertation", "publisher-place": "Stanford, CA, USA"},
    ),
    (  # standard, no author
        "[12] *IEEE Standard for Floating-Point Arithmetic*, IEEE Std 754-2019, 2019.",
        {"type": "standard", "number": "IEEE Std 754-2019", "issued": {"date-parts": [[2019]]}},
    ),
    (  # et al. in italics
        '[9] A. Vaswani *et al.*, "Attention is all you need," in *Adv. Neural Inf. Process. Syst.*, vol. 30, 2017, '
        "pp. 5998–6008.",
        {"author": [{"family": "Vaswani", "given": "A."}], "volume": "30"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ieee_forms(text: str, expected: dict[str, Any]) -> None:
    reading = read(text)
    assert reading is not None and reading.reader == "ieee"
    assert reading.confidence >= 0.9 and not reading.misread
    for key, value in expected.items():
        assert reading.item.get(key) == value, key


@pytest.mark.parametrize(
    "text",
    [
        # MLA: a period before the quoted title, full given names
        'Goldman, Anne. "Questions of Transport." *The Georgia Review*, vol. 64, no. 1, 2010, pp. 69–88.',
        # full given names before the title
        'Wendy Wang and Kim Parker, "Record Share of Americans," Washington D.C.: Pew Research Center, 2014.',
        # a colon that does not separate a place from a publisher
        "R. A. Rescorla, *A theory of conditioning*, Classical conditioning II: Current research, vol. 2, 1972.",
        # a person's full name is no organisation
        "Allen Downey, *Think Stats*, 2nd edition, O'Reilly Media, October 2014.",
        # units no IEEE form has: text left unread means another style
        'A. B. Last, "Title," *Journal*, vol. 1, a note nobody writes, 2019.',
        "[9] N. W. Ashcroft and N. D. Mermin, *Solid State Physics* (Holt, Rinehart and Winston, New York, 1976).",
        # LNCS
        "Lamport, L.: Time, clocks. Commun. ACM 21(7), 558–565 (1978)",
        # names inverted, a journal's numbers inside its unit
        "Boulluec, A.le., “Remarques sur Justin,” Studia patristica 12 (1975), pp. 328-31.",
    ],
)
def test_not_my_style(text: str) -> None:
    assert read(text) is None


def test_precheck_is_cheap_and_declines_most_text() -> None:
    assert not ieee_shaped("Smith, J. A. (2020). Learning to cite. Journal of Tools, 12(3), 45–67.")
    assert ieee_shaped('A. B. Last, "Title," *Journal*, vol. 1, 2019.')


def test_chooser_takes_the_ieee_reading() -> None:
    item = parse_reference(
        '[8] L. Moreau, "Low-power analog front ends," Ph.D. dissertation, Dept. Elect. Eng., Stanford Univ., '
        "Stanford, CA, USA, 2017."
    )
    assert item["custom"]["biblio"]["reader"] == "ieee"
    assert item["publisher"] == "Dept. Elect. Eng., Stanford Univ."
