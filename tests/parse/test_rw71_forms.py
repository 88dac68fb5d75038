"""Forms of hand-written reference lists met in realworld49: Google Scholar's MLA copied into a page with the title
as a Markdown link and a second link to the work's preprint closing it (``[BioRxiv](…) (2019): 643478.``,
``[ArXiv](…).``); MLA's one page before a bare address (``12.1 (2019): 93. https://…``); a journal whose volume is
the year, with its issue after a dot (``Journal of High Energy Physics 2019.1 (2019): 93.``) or after the word
(``Journal of Cosmology and Astroparticle Physics, Volume 2019, July 2019.``); a Polish list's bracketed edition
before the publisher (``(Wyd. VI), Publisher, Place 2011.``) and a publisher joined to its imprint by a slash
(``Cengage Learning/Wadsworth, Belmont, CA``); a proceedings' bracketed short name and year before the reference's
year (``… Intelligence (ECAI2016). 2016.``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a second link, to the preprint, after a reference whose title is a link
    (
        "Lindqvist, Anna, and Tomas Berg. [Grain boundary migration in polycrystalline ice.](https://example.org/ice/"
        "2021) Journal of Glaciology 67.4 (2021): 210-222. [BioRxiv](https://www.biorxiv.org/content/10.1101/555555v1)"
        " (2020): 555555.",
        {"title": "Grain boundary migration in polycrystalline ice", "URL": "https://example.org/ice/2021",
         "container-title": "Journal of Glaciology", "volume": "67", "issue": "4", "page": "210-222",
         "issued": {"date-parts": [[2021]]}},
    ),
    (
        "Varga, Eszter, et al. [Sparse attention for long audio sequences.](https://example.org/papers/sparse-audio)"
        " Neural Computation 33.9 (2021): 2401-2430. [ArXiv](https://arxiv.org/abs/2102.04444).",
        {"title": "Sparse attention for long audio sequences", "URL": "https://example.org/papers/sparse-audio",
         "container-title": "Neural Computation", "volume": "33", "issue": "9", "page": "2401-2430", "note": None},
    ),
    # MLA's one page before a bare address: the address is no issue
    (
        "Doe, Jane. A title of the work. Journal of Things 12.1 (2019): 93. https://example.org/x",
        {"container-title": "Journal of Things", "volume": "12", "issue": "1", "page": "93",
         "URL": "https://example.org/x", "note": None},
    ),
    # the year that is the volume, its issue after a dot
    (
        "Moreau, Lucie, et al. Dark photon limits from beam dump data. Journal of High Energy Physics 2020.7 (2020): "
        "114.",
        {"container-title": "Journal of High Energy Physics", "volume": "2020", "issue": "7", "page": "114",
         "issued": {"date-parts": [[2020]]}},
    ),
    # the year that is the volume after the word, the month and year after it
    (
        "Tanaka, H., and R. Ortiz. Neutrino mass bounds from galaxy clustering. Journal of Cosmology and "
        "Astroparticle Physics, Volume 2021, March 2021.",
        {"container-title": "Journal of Cosmology and Astroparticle Physics", "volume": "2021",
         "issued": {"date-parts": [[2021, 3]]}},
    ),
    # the Polish edition in a bracket before the publisher
    (
        "Kowalczyk M., Nowicka A., Psychologia rozwoju człowieka, (Wyd. III), Wydawnictwo Naukowe PWN, Warszawa "
        "2015.",
        {"title": "Psychologia rozwoju człowieka", "edition": "III", "publisher": "Wydawnictwo Naukowe PWN",
         "publisher-place": "Warszawa"},
    ),
    # a publisher and its imprint joined by a slash
    (
        "Nowak T., Pamięć i uwaga w wieku dorosłym, Wyd. 2, Cengage Learning/Wadsworth, Belmont, CA 2014.",
        {"edition": "2", "publisher": "Cengage Learning/Wadsworth", "publisher-place": "Belmont, CA"},
    ),
    (
        "Atkinson R. L., Hilgard E. R., Introduction to psychology, (Wyd. II), Thomson/Wadsworth, Belmont, CA 2003.",
        {"title": "Introduction to psychology", "edition": "II", "publisher": "Thomson/Wadsworth",
         "publisher-place": "Belmont, CA"},
    ),
    # a proceedings' short name and year in a bracket closing its title, the reference's year after it
    (
        "Lindqvist, Anna, et al. Active learning with noisy labels. Proc. of the 21st Europ. Conf. on Artificial "
        "Intelligence (ECAI2014). 2014.",
        {"container-title": "Proc. of the 21st Europ. Conf. on Artificial Intelligence (ECAI2014)",
         "issued": {"date-parts": [[2014]]}, "note": None},
    ),
    (
        "Lindqvist, Anna. Active learning with noisy labels. Proc. of the 30th AAAI Conf. on Artificial Intelligence "
        "(AAAI2016). 2016.",
        {"container-title": "Proc. of the 30th AAAI Conf. on Artificial Intelligence (AAAI2016)",
         "issued": {"date-parts": [[2016]]}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw71_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
