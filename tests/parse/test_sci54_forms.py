"""Forms of tests/data/parse/physcs_real16.jsonl: a Western list as the extraction of a Chinese preprint server
gives it, with full-width commas and brackets (``M.R. Lee，B. Hart， Phys. Rev.D 77, 113017 (2008)``, ``155（2012)``);
APS's erratum in brackets after the year, an e-print's bracket after it or not (``Phys. Rev.D 10,275 (1974)
[Phys.Rev.D 11,703 (1975)].``); LNCS's meeting town and country with no publisher after the pages (``pp. 1-7.
Edinburgh, UK (2003)``) and its press or site named alone after a title (``Title. The Guardian (2018)``,
``Title. GenderIt.org (2019)``); BibTeX plain's book imprint before its edition and year (``Prentice-Hall, Englewood
Cliffs, New Jersey, 1st edition, 1973.``) read into the title; a collaboration's note cited by its number alone
(``CMS Collaboration,CMS-PAS-HIG-16-021.``).  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, assert_read_with_families

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "[4] K.T. Moran，P. Lindqvist， R.Osei and D. Farr， Phys. Rev.D 88, 054012 (2013) [arXiv:1306.1234 [hep-ph]].",
        {"families": ["Moran", "Lindqvist", "Osei", "Farr"], "container-title": "Phys. Rev.D", "page": "054012"},
    ),
    (
        "[9] A.Berti, S. Kwan and T. Ueda, JHEP 1305, 118（2013) [arXiv:1302.5510 [hep-ph]].",
        {"families": ["Berti", "Kwan", "Ueda"], "container-title": "JHEP", "volume": "1305", "page": "118"},
    ),
    (
        "[12] R. Vance and J.L. Okafor,Phys.Rev. Lett.104, 121803 （2010） [arXiv:0912.4410 [hep-ph]].",
        {"container-title": "Phys.Rev. Lett.", "volume": "104", "page": "121803", "issued": {"date-parts": [[2010]]}},
    ),
    (
        "[30] M. Okun and P. Lars,Phys. Rev.D 12,1188 (1975) [Phys.Rev.D 14,602 (1976)].",
        {"container-title": "Phys. Rev.D", "volume": "12", "page": "1188", "issued": {"date-parts": [[1975]]}},
    ),
    (
        "[41]T.Baker et al. [LHCb Collaboration],Eur.Phys.J.C 77,no.3,160 (2017) [Eur.Phys. J. C 77,512 (2017)] "
        "[arXiv:1611.02233 [hep-ex]].",
        {"container-title": "Eur.Phys.J.C", "volume": "77", "issue": "3", "page": "160"},
    ),
    (
        "[52] CMS Collaboration,CMS-PAS-HIG-16-021.",
        {"author": [{"literal": "CMS Collaboration"}], "number": "CMS-PAS-HIG-16-021"},
    ),
    (
        "4. Marsh, P., Oyelaran, T.: Modelling tort liability with ontologies. In: Proceedings of the 2nd Workshop "
        "on Legal Knowledge Systems (LKS 2011), pp. 33-41. Edinburgh, UK (2011)",
        {
            "container-title": "Proceedings of the 2nd Workshop on Legal Knowledge Systems (LKS 2011)",
            "page": "33-41",
            "publisher": None,
            "publisher-place": "Edinburgh, UK",
        },
    ),
    (
        "11. Rinaldi, F., Costa, M.: Norm conflicts in administrative rules. In: Proceedings of the 9th International "
        "Conference on Law and Computation (ICLC17), pp. 88-95. Montreal, Canada (2017)",
        {"publisher": None, "publisher-place": "Montreal, Canada"},
    ),
    (
        "7. Okonjo, T.: Title and abstract of a workshop paper. In: Proceedings of the Workshop on Data Law, "
        "pp. 10-18. Springer, Heidelberg (2016)",
        {"publisher": "Springer", "publisher-place": "Heidelberg"},
    ),
    (
        "15. Abbott, R.: Leaked images and the law: a victim speaks out. The Guardian (2019)",
        {
            "type": "article-newspaper",
            "title": "Leaked images and the law: a victim speaks out",
            "container-title": "The Guardian",
            "publisher": None,
        },
    ),
    (
        "21. Nakamura, Y.: Why we should stop calling it leaked content. Feminism.org (2020)",
        {"type": "webpage", "container-title": "Feminism.org", "publisher": None},
    ),
    (
        "5. Haddad, L.: Foundations of Legal Reasoning. The MIT Press (2012)",
        {"type": "book", "publisher": "The MIT Press", "container-title": None},
    ),
    (
        "Walter H. Press. Methods of Numerical Minimisation. Prentice-Hall, Englewood Cliffs, New Jersey, 2nd edition, "
        "1981.",
        {
            "title": "Methods of Numerical Minimisation",
            "publisher": "Prentice-Hall",
            "publisher-place": "Englewood Cliffs, New Jersey",
            "edition": "2",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_with_families(text, expected) if "families" in expected else assert_read_as(text, expected)
