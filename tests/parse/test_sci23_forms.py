"""Forms of physics and computer-science reference lists (``sci_real8.jsonl``): the Royal Society's numbered
``Name AB, Name C. 2019 Title. J. Abbr. 10, 5150. (doi:…)``, the Journal of Fluid Mechanics' small-capital
``NAME, A.B. & NAME, C. 2014 Title. J. Fluid Mech. 742, 171–191.``, SIAM's ``[n] A. Name, Title, J. Abbr., 41
(2019), pp. A365-A379.``, acm.bst's ``NAME, A., AND NAME, B. Title. In WWW (2017), pp. 1–9.``, Wiley-VCH's
``in Book (Eds: A. Name), Publisher, Place 2010, pp. 1–25.`` and the IUCr's ``Name, A. B. (2015). Acta Cryst.
C71, 3–8.`` with no title. The examples are written for these tests, each read wrong before the convention it
names was taught."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "the Royal Society's bracketed DOI after the pages, read as a series",
        "7. Lind P, Okafor N et al. 2021 Closed-loop discovery of polymer electrolytes. Chem. Rev. 121, 4410–4452. "
        "(doi:10.1021/acs.chemrev.1c00311)",
        {"DOI": "10.1021/acs.chemrev.1c00311", "container-title": "Chem. Rev.", "page": "4410-4452"},
    ),
    (
        "the Royal Society's bracketed DOI after an article number",
        "14. Moreau K, Tanaka S. 2020 Robotic sampling of soil microbes. Nat. Commun. 11, 3310. "
        "(doi:10.1038/s41467-020-17110-8)",
        {"DOI": "10.1038/s41467-020-17110-8", "page": "3310"},
    ),
    (
        "the Royal Society's volume and article number after the journal, read as one note",
        "3. Ito M et al. 2021 Autonomous synthesis of layered oxides. Science 374, eabg2245. "
        "(doi:10.1126/science.abg2245)",
        {"volume": "374", "page": "eabg2245", "DOI": "10.1126/science.abg2245"},
    ),
    (
        "the Royal Society's chapter: the bracketed editors after 'eds' read into the book",
        "9. Hale JR. 1987 Rule induction from spectra. In Machine learning in chemistry (eds AB Carter, PQ Dunn), "
        "pp. 45–61. Oxford, UK: Clarendon Press. (doi:10.1016/B978-0-12-345678-9.50004-2)",
        {
            "container-title": "Machine learning in chemistry",
            "editor": [{"family": "Carter", "given": "AB"}, {"family": "Dunn", "given": "PQ"}],
            "page": "45-61",
        },
    ),
    (
        "the Royal Society's chapter with four editors, the book's last words read as an editor",
        "31. Marsh T, Ode K. 2004 Evolved controllers for legged robots. In Evolutionary robotics in practice III "
        "(eds UM Keller, T Yu, R Ross, B Wand), pp. 112–130. Boston, MA, USA: Springer US.",
        {
            "container-title": "Evolutionary robotics in practice III",
            "editor": [
                {"family": "Keller", "given": "UM"},
                {"family": "Yu", "given": "T"},
                {"family": "Ross", "given": "R"},
                {"family": "Wand", "given": "B"},
            ],
        },
    ),
    (
        "the Royal Society's web article: 'See' before the address is no part of the magazine's name",
        "40. Orme D. 2022 How robots run the night shift in chemistry labs. Wired Magazine. See "
        "https://www.wired.com/story/robot-chemists-night-shift (accessed 3 May 2023).",
        {"container-title": "Wired Magazine", "URL": "https://www.wired.com/story/robot-chemists-night-shift"},
    ),
    (
        "the JFM's family in small capitals opening on its particles, read as initials and a family",
        "KRAMER, L.M., VAN DER HOEVEN, J.C. & OSTRAND, P. 2016 Wall friction in rotating pipes. J. Fluid Mech. "
        "801, 112–139.",
        {
            "author": [
                {"family": "KRAMER", "given": "L.M."},
                {"family": "VAN DER HOEVEN", "given": "J.C."},
                {"family": "OSTRAND", "given": "P."},
            ]
        },
    ),
    (
        "the JFM's bracketed issue and article number after the volume, read as a note",
        "NILSSON, R., FIORI, T., SEGAL, A. & ALFREDS, P.H. 2018 Velocity spectra in pipe ﬂow – ﬁrst results. Phil. "
        "Trans. R. Soc. A 376 (2120), 20170212.",
        {"volume": "376", "issue": "2120", "page": "20170212"},
    ),
    (
        "SIAM's chapter: the editors before 'eds.,' read into the book",
        "[4] T. Okuda and R. Vance, Adaptive quadrature on graphs, in Modern Methods in Scientific Computing, "
        "L.-H. Ma and J. Perry, eds., World Scientific, Singapore, 2001, pp. 51–77.",
        {
            "container-title": "Modern Methods in Scientific Computing",
            "editor": [{"family": "Ma", "given": "L.-H."}, {"family": "Perry", "given": "J."}],
            "publisher": "World Scientific",
        },
    ),
    (
        "SIAM's chapter with one editor and 'ed.,', the book's last words read as a note",
        "[9] S. Ferro, Iterated defect correction, in Numerical Treatment of Differential Equations in Applications, "
        "K. L. Brandt, ed., Academic Press, New York, 1978, pp. 15–33.",
        {
            "container-title": "Numerical Treatment of Differential Equations in Applications",
            "editor": [{"family": "Brandt", "given": "K. L."}],
        },
    ),
    (
        "SIAM's 'vol. 46 of Series': the series is no book the work is in",
        "[12] P. Arnold, Structured Eigenvalue Problems in Control, vol. 51 of Lecture Notes in Applied Mathematics "
        "and Engineering, Springer, Berlin, 2008.",
        {"volume": "51", "collection-title": "Lecture Notes in Applied Mathematics and Engineering", "type": "book"},
    ),
    (
        "the JFM's chapter '(ed. A.M. Name & B. Name), pp. …. Publisher.', the book read as a note",
        "HARTMANN, K.L. 1971 Spectra of stratified shear flows. In Turbulence in Geophysical Boundary Layers "
        "(ed. P.R. Owens & J.T. Lind), pp. 201–219. Nauka.",
        {
            "container-title": "Turbulence in Geophysical Boundary Layers",
            "editor": [{"family": "Owens", "given": "P.R."}, {"family": "Lind", "given": "J.T."}],
            "publisher": "Nauka",
        },
    ),
    (
        "the Royal Society's journal written in lower case and its volume, read into the title before the page",
        "21. Mori KT et al. 2023 Robotic search for optimal growth media in regenerative medicine. eLife 12, e81102. "
        "(doi:10.7554/elife.81102)",
        {"container-title": "eLife", "volume": "12", "page": "e81102"},
    ),
    (
        "the JFM's journal opening on a word in full, then abbreviations, its head read into the title",
        "ORR, K. & LEE, M. 2011 Vortex shedding behind porous plates. Fluid Dyn. Res. 43, 015501.",
        {"title": "Vortex shedding behind porous plates", "container-title": "Fluid Dyn. Res."},
    ),
    (
        "the IUCr's reference with no title, the volume with its section's letter read into the journal",
        "Lund, K. P. & Oda, T. (2018). Acta Cryst. E74, 1102–1106.",
        {"container-title": "Acta Cryst", "volume": "E74", "page": "1102-1106", "type": "article-journal"},
    ),
    (
        "the IUCr's section letter stays in the volume, as the IUCr prints it, not in the journal",
        "Berg, S. (2012). Acta Cryst. D68, 33–41.",
        {"container-title": "Acta Cryst", "volume": "D68", "page": "33-41"},
    ),
    (
        "acm.bst's title opening on an acronym and a colon, the acronym read into the last name",
        "[14] PARK, S., KIM, J., AND LEE, H. GRAFT: Graph transformers for sparse recommendation. In WSDM (2021), "
        "pp. 201–209.",
        {
            "author": [
                {"family": "PARK", "given": "S."},
                {"family": "KIM", "given": "J."},
                {"family": "LEE", "given": "H."},
            ],
            "title": "GRAFT: Graph transformers for sparse recommendation",
        },
    ),
    (
        "acm.bst's proceedings named by its acronym after 'In', a name publishing houses share",
        "[8] ORTIZ, M., AND CHEN, L. Graph sampling at web scale. In WWW (2019), pp. 512–521.",
        {"container-title": "WWW", "page": "512-521"},
    ),
    (
        "Wiley-VCH's chapter '(Ed: …), Publisher, Place Year, pp.', the book read as an editor",
        "[7] K. Ito, in Layered Oxide Materials (Ed: R. M. Osei), InTech, Rijeka 2018, pp. 33–58.",
        {
            "container-title": "Layered Oxide Materials",
            "editor": [{"family": "Osei", "given": "R. M."}],
            "publisher": "InTech",
            "publisher-place": "Rijeka",
        },
    ),
    (
        "Wiley-VCH's chapter with two editors after 'Eds:', the role read into a given name",
        "[11] P. Lind, T. Marr, in Handbook of Thin Films (Eds: K. L. Otto, M. Wang), CRC Press, Boca Raton, FL 2012, "
        "p. 21.",
        {"editor": [{"family": "Otto", "given": "K. L."}, {"family": "Wang", "given": "M."}]},
    ),
    (
        "Wiley-VCH's book: the publisher after 'ed.,' read into the edition",
        "[19] D. Vogt, Semiconductor Nanowires, 2nd ed., Wiley-VCH, Weinheim 2014.",
        {"edition": "2", "publisher": "Wiley-VCH", "publisher-place": "Weinheim"},
    ),
    (
        "SIAM's book: the publisher read as a journal and 'third ed.,' after the place as the publisher",
        "[5] T. Ruiz, Matrix splitting methods, Society for Industrial and Applied Mathematics, Philadelphia, PA, "
        "third ed., 2004.",
        {"publisher": "Society for Industrial and Applied Mathematics", "edition": "3", "type": "book"},
    ),
    (
        "a collaboration in brackets after 'et al.', read as the title of a reference that has none",
        "[31] M. Aaboud et al. (CMS), J. High Energy Phys. 11 (2019) 121.",
        {"container-title": "J. High Energy Phys.", "page": "121", "note": "(CMS)"},
    ),
    (
        "the Proceedings of Science's own 'PoS(LATTICE2019)123', its meeting read as a year",
        "[6] K. Ono, T. Wei, and R. Lapp et al., PoS(LATTICE2018)214 (2019).",
        {"container-title": "PoS", "volume": "LATTICE2018", "page": "214", "issued": {"date-parts": [[2019]]}},
    ),
    (
        "the APS's software citation: the team set off by a comma, read into the title",
        "[40] The xarray development team, pydata/xarray: v2023.1.0, Zenodo (2023), doi:10.5281/zenodo.7568093.",
        {"author": [{"literal": "The xarray development team"}], "DOI": "10.5281/zenodo.7568093"},
    ),
    (
        "the APS's software citation by its contributors, read into the title",
        "[41] Cirq contributors, Cirq: A Python framework for NISQ circuits (2022), doi:10.5281/zenodo.4062499.",
        {"author": [{"literal": "Cirq contributors"}], "title": "Cirq: A Python framework for NISQ circuits"},
    ),
    (
        "the Harvard elsarticle's proceedings with its publisher's acronym after the book's full stop",
        "Park, H., 2016. Graph kernels at scale, in: Proceedings of the 2016 Winter Simulation Conference. IEEE, "
        "pp. 11–19.",
        {"container-title": "Proceedings of the 2016 Winter Simulation Conference", "publisher": "IEEE"},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_sci23_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
