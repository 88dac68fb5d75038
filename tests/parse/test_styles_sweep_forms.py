"""Conventions the styles sweep (benchmarks/styles_sweep.py: real records rendered through 45 styles) showed
biblio reading wrong; each reference here is typed by hand in that style."""

from __future__ import annotations

from biblio.parse import parse_reference


def _families(rec: dict) -> list[str]:
    return [n.get("family") or n.get("literal") or "" for n in rec.get("author", [])]


def test_aaa_year_after_given_name() -> None:
    # AAA: the year in a column of its own after the names, one space apart once copied
    rec = parse_reference("Kant, Immanuel 1997 Groundwork of the Metaphysics of Morals. Cambridge: Cambridge UP.")
    assert _families(rec) == ["Kant"]
    assert rec["issued"]["date-parts"][0][0] == 1997
    assert rec["title"] == "Groundwork of the Metaphysics of Morals"


def test_aaa_year_after_last_family_name() -> None:
    rec = parse_reference("Bell, T., and G. Lock 2000 Topographic Influences on the Ridgeway. Oxford: Archaeopress.")
    assert _families(rec) == ["Bell", "Lock"]
    assert rec["issued"]["date-parts"][0][0] == 2000
    assert rec["title"] == "Topographic Influences on the Ridgeway"


def test_aaa_year_opening_title() -> None:
    rec = parse_reference("Boas, Franz, and George Hunt 1905 Kwakiutl Texts. Leiden: E. J. Brill.")
    assert _families(rec) == ["Boas", "Hunt"]
    assert rec["issued"]["date-parts"][0][0] == 1905
    assert rec["title"] == "Kwakiutl Texts"


def test_group_author_then_bare_year() -> None:
    # AAA's and IOP's group authors: ``Google 2017 Privacy Policy.``
    rec = parse_reference("Google 2017 Privacy Policy. Privacy & Terms. https://www.google.com/policies/privacy/.")
    assert _families(rec) == ["Google"]
    assert rec["issued"]["date-parts"][0][0] == 2017
    rec = parse_reference("[4] NASA 2015 Earth Observatory Annual Review")
    assert _families(rec) == ["NASA"]
    assert rec["issued"]["date-parts"][0][0] == 2015
    assert rec["title"] == "Earth Observatory Annual Review"


def test_apa_volume_then_single_page_or_article_number() -> None:
    # APA (and APA 6) without an issue: ``Journal, 85, 905850103.`` is the volume, then the page or article number
    rec = parse_reference("Moreau, L. (2019). Tokamak edge physics revisited. J. Plasma Phys., 85, 905850103.")
    assert (rec.get("volume"), rec.get("page")) == ("85", "905850103")
    rec = parse_reference("Hale, D. R., & Ortiz, P. (2018). Pseudopotential tables. Comput. Phys. Commun., 226, 39.")
    assert (rec.get("volume"), rec.get("page")) == ("226", "39")


def test_elsevier_harvard_volume_after_journal_then_page() -> None:
    # Elsevier Harvard: ``Journal Name 68, 118.`` is the volume after the name, then the page
    rec = parse_reference("Lindqvist, K., 1994. The rural economy of Iron Age Gotland. Economic Review 68, 118.")
    assert (rec.get("container-title"), rec.get("volume"), rec.get("page")) == ("Economic Review", "68", "118")


def test_mla_publisher_after_title_stop() -> None:
    # MLA 9 (no place): ``Title. Publisher, Year.``; the name after the title's last stop is the publisher
    rec = parse_reference("Brandt, Rod. Railways in the Gilded Age. Grim and Drang, 1988.")
    assert (rec.get("title"), rec.get("publisher")) == ("Railways in the Gilded Age", "Grim and Drang")


def test_harvard_outlet_then_day_and_month_after_quoted_title() -> None:
    # Harvard (Cite Them Right): ``“Title,” Outlet, 1 June. Available at: URL``, the year at the head
    rec = parse_reference(
        "Dunn, K. (2016) “Why shift stress affects nurses,” Ausmed, 12 June. Available at: https://www.ausmed.com/a/."
    )
    assert (rec.get("title"), rec.get("container-title")) == ("Why shift stress affects nurses", "Ausmed")
    assert rec["issued"]["date-parts"][0] == [2016, 6, 12]
    rec = parse_reference(
        "Price, J. (2017) “Reading Maps,” I Love What You Just Drew, 11 February. Available at: http://example.com/m/."
    )
    assert rec.get("container-title") == "I Love What You Just Drew"


def test_mla_school_then_degree_after_year() -> None:
    # MLA 9's thesis: ``Title. Year. University, PhD dissertation.``
    rec = parse_reference("Ortiz, Helen M. Rivers of the Lower Andes. 2001. University of Arizona, dissertation.")
    assert rec.get("publisher") == "University of Arizona"
    rec = parse_reference("Bell, John F. Games of Strategy. 1962. Princeton University, Diss.")
    assert rec.get("publisher") == "Princeton University"


def test_harvard_www_document_page() -> None:
    # Elsevier's Harvard (BS 5605): ``Title [WWW Document]. Site. URL …``; the bracket closes the title
    rec = parse_reference(
        "Okafor, C.N., 2022. Ten Ways to Keep a Sourdough Starter Alive [WWW Document]. The Bread Lab. "
        "URL https://breadlab.example.org/starter-care"
    )
    assert _families(rec) == ["Okafor"]
    assert rec["title"] == "Ten Ways to Keep a Sourdough Starter Alive"
    assert rec.get("container-title") == "The Bread Lab"
    assert rec.get("URL") == "https://breadlab.example.org/starter-care"
    # with no site, and with no author (the year after the bracket)
    rec = parse_reference("Harbour Tides, 2019. Tide Tables for Winter [WWW Document]. URL https://tides.example.net/w")
    assert rec["title"] == "Tide Tables for Winter"
    assert "container-title" not in rec
    rec = parse_reference("Lighthouse Registry [WWW Document], 2016. URL https://lights.example.org/registry")
    assert rec["title"] == "Lighthouse Registry"
    assert rec["issued"]["date-parts"][0][0] == 2016
    assert "author" not in rec and "container-title" not in rec


def test_apa6_retrieved_from_site_website() -> None:
    # APA 6: ``Retrieved from Site website: URL`` names the page's site, as APA 7's ``Title. Site. URL`` does
    rec = parse_reference(
        "Moreno, L. (2018, May 3). How Tidal Power Works. Retrieved from Energy Explained website: "
        "https://energy.example.com/tidal"
    )
    assert rec["title"] == "How Tidal Power Works"
    assert rec.get("container-title") == "Energy Explained"
    assert rec.get("URL") == "https://energy.example.com/tidal"


def test_ieee_chapter_editors_after_book() -> None:
    # IEEE: ``in Book, T. Haddad, Ed., Publisher`` (or ``Eds. City, ST: Publisher``), editors initials first
    rec = parse_reference(
        "[7] R. Osei, “Salt roads of the Sahel,” in Trade Before Empire, K. L. Marsh, Ed., Brill, 2011, pp. 41–66."
    )
    assert rec.get("container-title") == "Trade Before Empire"
    assert [e["family"] for e in rec.get("editor", [])] == ["Marsh"]
    assert rec.get("publisher") == "Brill"
    rec = parse_reference(
        "[8] D. Varga, “Glass in the medieval house,” in Material Lives, J. Ortiz and P. Lind, Eds. "
        "Oxford, U.K.: Clarendon, 2004, pp. 9–30."
    )
    assert rec.get("container-title") == "Material Lives"
    assert [e["family"] for e in rec.get("editor", [])] == ["Ortiz", "Lind"]
    assert (rec.get("publisher"), rec.get("publisher-place")) == ("Clarendon", "Oxford, U.K")


def test_nature_chapter_without_editors_or_pages() -> None:
    # Nature: ``Title. in Book (ed. X) pages (Publisher, Year).`` with the editors or the pages left out, a DOI after
    rec = parse_reference(
        "12. Amadi, K. Rivers of iron. in Atlas of Early Smelting 112–131 (Leiden Univ. Press, 2008)."
    )
    assert rec["title"] == "Rivers of iron"
    assert rec.get("container-title") == "Atlas of Early Smelting"
    assert (rec.get("page"), rec.get("publisher")) == ("112-131", "Leiden Univ. Press")
    rec = parse_reference(
        "13. Novak, J. Weaving as computation. in A Companion to Craft Studies (ed. Berg, T.) "
        "(Routledge, 2019). doi:10.4324/9781315000000.ch2."
    )
    assert rec["title"] == "Weaving as computation"
    assert rec.get("container-title") == "A Companion to Craft Studies"
    assert [e["family"] for e in rec.get("editor", [])] == ["Berg"]
    assert rec.get("DOI") == "10.4324/9781315000000.ch2"


def test_science_chapter_editors_after_book() -> None:
    # Science and PNAS: ``“Title” in Book, J. Ortiz, P. Lind, Eds. (Publisher, Year), pp.`` with no comma in the quotes
    rec = parse_reference(
        "21. D. Varga, “Glass in the medieval house” in Material Lives, J. Ortiz, P. Lind, Eds. "
        "(Clarendon, 2004), pp. 9–30."
    )
    assert rec.get("container-title") == "Material Lives"
    assert [e["family"] for e in rec.get("editor", [])] == ["Ortiz", "Lind"]


def test_elsevier_numbered_title_after_initials_names() -> None:
    # Elsevier's numbered styles: ``J. Cortázar, Hopscotch, Pantheon Books, New York, 1966.``; in a list of names
    # written initials first, the first part with no initials is the title
    rec = parse_reference("[12] M. Okafor, Harmattan, Heinemann, London, 1987.")
    assert _families(rec) == ["Okafor"]
    assert rec["title"] == "Harmattan"
    assert rec.get("publisher") == "Heinemann"
    rec = parse_reference("[4] K.L. Lind, T. Moreau, Salt Marsh Ecology, Academic Press, San Diego, 1999.")
    assert _families(rec) == ["Lind", "Moreau"]
    assert (rec["title"], rec.get("publisher")) == ("Salt Marsh Ecology", "Academic Press")


def test_chicago_software_kind_and_release() -> None:
    # Chicago's software: ``Title. Computer software. Publisher, released.``: the kind is no container, and
    # "released" no part of the publisher
    rec = parse_reference(
        "Okoro, Ada, and Lars Berg. 2022. Tidewatch. Computer software. Norwegian Computing Center, released. "
        "https://github.com/example/tidewatch."
    )
    assert rec["title"] == "Tidewatch"
    assert rec.get("publisher") == "Norwegian Computing Center"
    assert "container-title" not in rec


def test_department_named_by_its_portfolio_list() -> None:
    # a government body named for a list of matters, with commas and "and": one group author, under its government
    rec = parse_reference(
        "Department of Infrastructure, Transport, Regional Development and Communications. (2020). Annual report "
        "2019–20. Canberra: Commonwealth of Australia."
    )
    assert _families(rec) == ["Department of Infrastructure, Transport, Regional Development and Communications"]
    assert rec["title"] == "Annual report 2019–20"
    rec = parse_reference(
        "Australia. Department of Climate Change, Energy, the Environment and Water. Guidelines for the Safe "
        "Handling of Native Seed Stock. 2023. https://www.dcceew.gov.au/seeds"
    )
    assert _families(rec) == ["Australia. Department of Climate Change, Energy, the Environment and Water"]
    assert rec["title"] == "Guidelines for the Safe Handling of Native Seed Stock"
