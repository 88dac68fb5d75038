"""Forms of reference lists outside publishing (realworld26): UK neutral citations with the High Court's division
and the paragraphs a note points to, specifications cited with their standards body's status (W3C, OASIS), a
standard's designation opening the reference, an RFC's number before its authors, a linked bulletin's file
format and its issuing body's publication number, initials set off by commas, a report's date written again to
close its title, a bracketed edition and imprint left as a note, a journal's part after its volume, a meeting's
ordinal cut off its name, a note's short form of a document (``DLUHC, NPPF, pp. 71-72.``), Google Scholar's
proceedings of a series, a proceedings' name cut before its year, and the Unicode Consortium's numbered reports."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Catesby Estates Ltd. V. Steer [2018] EWCA Civ 1697, paras. 25 and 26.",
        {"type": "legal_case", "title": "Catesby Estates Ltd. V. Steer", "container-title": "EWCA Civ", "page": "1697"},
    ),
    (
        "Bedford Borough Council v Secretary of State for Communities and Local Government [2013] EWHC 2847 "
        "(Admin), para. 25.",
        {
            "type": "legal_case",
            "title": "Bedford Borough Council v Secretary of State for Communities and Local Government",
            "container-title": "EWHC",
            "page": "2847",
            "author": None,
        },
    ),
    (
        "R (Forge Field Society) v Sevenoaks District Council [2014] EWHC 1895 (Admin).",
        {"title": "R (Forge Field Society) v Sevenoaks District Council", "page": "1895", "author": None},
    ),
    (
        "Barnwell Manor Wind Energy Ltd v (1) East Northamptonshire DC & Others [2014] EWCA Civ 137. para. 24.",
        {"title": "Barnwell Manor Wind Energy Ltd v (1) East Northamptonshire DC & Others", "page": "137"},
    ),
    (
        "[XSLT] XSL Transformations (XSLT) Version 1.0, W3C Recommendation 16 November 1999, "
        "https://www.w3.org/TR/xslt/",
        {"title": "XSL Transformations (XSLT) Version 1.0", "genre": "W3C Recommendation", "author": None},
    ),
    (
        "[XML] Bray, Tim, et.al. eds, Extensible Markup Language (XML) 1.0 (Fifth Edition), W3C Recommendation 26 "
        "November 2008, https://www.w3.org/TR/2008/REC-xml-20081126/",
        {
            "editor": [{"family": "Bray", "given": "Tim"}],
            "title": "Extensible Markup Language (XML) 1.0",
            "edition": "5",
            "publisher": None,
        },
    ),
    (
        "[CMF] Martin J. Dürst et al, eds., Character Model for the World Wide Web 1.0: Fundamentals, W3C "
        "Recommendation 15 February 2005, https://www.w3.org/TR/2005/REC-charmod-20050215/",
        {
            "title": "Character Model for the World Wide Web 1.0: Fundamentals",
            "issued": {"date-parts": [[2005, 2, 15]]},
        },
    ),
    (
        "[Hier] XACML v3.0 Hierarchical Resource Profile Version 1.0. 11 March 2010. Committee Specification Draft "
        "03. https://docs.oasis-open.org/xacml/3.0/xacml-3.0-hierarchical-v1-spec-cd-03-en.html",
        {"title": "XACML v3.0 Hierarchical Resource Profile Version 1.0", "genre": "Committee Specification Draft 03"},
    ),
    (
        "[XACMLv1.0] OASIS Standard, Extensible access control markup language (XACML) Version 1.0. 18 February "
        "2003, https://www.oasis-open.org/committees/download.php/2406/oasis-xacml-1.0.pdf",
        {"title": "Extensible access control markup language (XACML) Version 1.0", "author": None},
    ),
    (
        "[ACAL] Attribute-Centric Authorization Language (ACAL) Version 1.0. Edited by Steven Legg and Cyril "
        "Dangerville. 17 February 2026. OASIS Committee Specification Draft 01.",
        {
            "title": "Attribute-Centric Authorization Language (ACAL) Version 1.0",
            "editor": [{"family": "Legg", "given": "Steven"}, {"family": "Dangerville", "given": "Cyril"}],
        },
    ),
    (
        "[CM] Character Model for the World Wide Web: String Matching W3C Working Group Note 11 August 2021, "
        "https://www.w3.org/TR/charmod-norm/, World Wide Web Consortium.",
        {"title": "Character Model for the World Wide Web: String Matching", "publisher": "World Wide Web Consortium"},
    ),
    (
        "[ISO10181-3] ISO/IEC 10181-3:1996 Information technology – Open Systems Interconnection -- Security "
        "frameworks for open systems: Access control framework.",
        {
            "author": None,
            "title": "Information technology – Open Systems Interconnection -- Security frameworks for open systems: "
            "Access control framework",
            "issued": {"date-parts": [[1996]]},
        },
    ),
    (
        "[Schematron] ISO/IEC 19757-3:2025, Information technology — Document Schema Definition Languages (DSDL) - "
        "Part 3: Rule-based validation using Schematron, Edition 4, September 2025. Online: "
        "https://www.iso.org/standard/85625.html.",
        {
            "author": None,
            "title": "Information technology — Document Schema Definition Languages (DSDL) - Part 3: Rule-based "
            "validation using Schematron",
            "edition": "4",
        },
    ),
    (
        "2. BS 4142: 2014 + A1: 2019: 'Method for rating and assessing industrial and commercial sound'.",
        {
            "title": "Method for rating and assessing industrial and commercial sound",
            "issued": {"date-parts": [[2019]]},
        },
    ),
    (
        '3. BS 8233: 2014, "Guidance on Sound Insulation and Noise Reduction for Buildings", BSI.',
        {"publisher": "BSI", "container-title": None, "number": "BS 8233: 2014"},
    ),
    (
        "5. ISO 9613-2: 1996, 'Acoustics - Attenuation of Sound during Propogation Outdoors - Part 2'.",
        {"container-title": None, "volume": None, "number": "ISO 9613-2: 1996"},
    ),
    (
        "[RFC2396] RFC 2396, Berners-Lee T, Fielding R, Masinter L, Uniform Resource Identifiers (URI): Generic "
        "Syntax, https://www.ietf.org/rfc/rfc2396.txt",
        {
            "author": [
                {"family": "Berners-Lee", "given": "T"},
                {"family": "Fielding", "given": "R"},
                {"family": "Masinter", "given": "L"},
            ],
            "number": "RFC 2396",
        },
    ),
    (
        "Corriher, V., T. Provin, and L. Redmon. 2010. [Hay Production in Texas]"
        "(http://soiltesting.tamu.edu/publications/E-273.pdf) [PDF]. Texas A&M AgriLife Extension, E-273. "
        "Retrieved June 19, 2018.",
        {"title": "Hay Production in Texas", "publisher": "Texas A&M AgriLife Extension", "number": "E-273"},
    ),
    (
        "Ball, D.M., M. Collins, and M.W. Wolf. 2001. [Understanding Forage Quality]"
        "(http://pss.uvm.edu/pdpforage/Materials/ForageQuality/Understanding_Forage_Quality_Ball.pdf) [PDF]. "
        "American Farm Bureau Federation Publication 1-01, Park Ridge, IL, via National Forage Testing Association. "
        "Retrieved June 19, 2018.",
        {"publisher": "American Farm Bureau Federation", "publisher-place": "Park Ridge, IL", "number": "1-01"},
    ),
    (
        "Putnam, D. 2003. [Recommended Principles for Proper Hay Sampling]"
        "(https://wolfe.ca.uky.edu/files/principals_for_proper_hay_testing.pdf) [PDF]. University of California, "
        "Davis, via National Forage Testing Association. Retrieved June 19, 2018.",
        {"title": "Recommended Principles for Proper Hay Sampling", "publisher": "University of California, Davis"},
    ),
    (
        "[Hinton94] Hinton, H, M, Lee, E, S, The Compatibility of Policies, Proceedings 2nd ACM Conference on "
        "Computer and Communications Security, Nov 1994, Fairfax, Virginia, USA.",
        {"author": [{"family": "Hinton", "given": "H M"}, {"family": "Lee", "given": "E S"}]},
    ),
    (
        "Trafford Council. (2014). The Downs Conservation Area Conservation Area Appraisal, October 2014.",
        {"title": "The Downs Conservation Area Conservation Area Appraisal", "issued": {"date-parts": [[2014, 10]]}},
    ),
    (
        "Australian Bureau of Statistics. 2012. *Australian Social Trends, December 2012*. Cat. no. 4102.0.",
        {"title": "Australian Social Trends, December 2012"},
    ),
    (
        "Miura F, Wallinga J (2022). “Estimated incubation period for monkeypox cases confirmed in the Netherlands, "
        "May 2022.” _Eurosurveillance_. doi:10.2807/1560-7917.ES.2022.27.24.2200448",
        {"title": "Estimated incubation period for monkeypox cases confirmed in the Netherlands, May 2022"},
    ),
    (
        "Collins, J. (ed.) (2016). Bat Surveys for Professional Ecologists: Good Practice Guidelines. (3rd ed.) The "
        "Bat Conservation Trust, London.",
        {"edition": "3", "publisher": "The Bat Conservation Trust", "publisher-place": "London"},
    ),
    (
        "[Sloman94] Sloman, M. Policy Driven Management for Distributed Systems. Journal of Network and Systems "
        "Management, Volume 2, part 4. Plenum Press. 1994.",
        {"volume": "2", "issue": "4"},
    ),
    (
        "[RBAC] David Ferraiolo and Richard Kuhn, Role-Based Access Controls, 15th National Computer Security "
        "Conference, 1992.",
        {"title": "Role-Based Access Controls", "container-title": "15th National Computer Security Conference"},
    ),
    (
        "DLUHC, NPPF, pp. 71-72.",
        {"author": [{"literal": "DLUHC"}], "title": "NPPF", "page": "71-72"},
    ),
    (
        "Historic England, GPA:3, pp. 8, 11.",
        {"author": [{"literal": "Historic England"}], "title": "GPA:3", "issue": None},
    ),
    (
        '[Ham2015Decaf] Hamburg, Mike. "Decaf: Eliminating cofactors through point compression." Advances in '
        "Cryptology--CRYPTO 2015: 35th Annual Cryptology Conference, Santa Barbara, CA, USA, August 16-20, 2015, "
        "Proceedings, Part I 35. Springer Berlin Heidelberg, 2015.",
        {
            "container-title": "Advances in Cryptology--CRYPTO 2015: 35th Annual Cryptology Conference, Santa Barbara, "
            "CA, USA, August 16-20, 2015, Proceedings, Part I 35",
            "publisher": "Springer Berlin Heidelberg",
            "publisher-place": None,
        },
    ),
    (
        "[UTR36] Davis, Mark, Suignard, Michel, Unicode Technical Report #36: Unicode Security Considerations, "
        "https://www.unicode.org/reports/tr36/",
        {
            "title": "Unicode Technical Report #36: Unicode Security Considerations",
            "author": [{"family": "Davis", "given": "Mark"}, {"family": "Suignard", "given": "Michel"}],
        },
    ),
    (
        "[Ber2006] D. J. Bernstein. Curve25519: new Diffie-Hellman speed records. Proceedings of PKC 2006, to appear. "
        "Document ID: 4230efdfa673480fc079449d90f322c0. URL: https://cr.yp.to/papers.html#curve25519.",
        {"container-title": "Proceedings of PKC 2006", "issued": {"date-parts": [[2006]]}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
