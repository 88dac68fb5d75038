# ruff: noqa: E501  (long reference strings in the case table)
"""biblio.parse.parse_reference on APA 7 references written for these tests.

Each case lists the exact CSL fields expected; the parser may add nothing
bibliographic beyond them (custom, note and flags aside).
"""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.records.model import flags

P = "family"
G = "given"


def n(family: str, given: str, **extra: str) -> dict[str, str]:
    return {P: family, G: given, **extra}


def d(*parts: int) -> dict[str, Any]:
    return {"date-parts": [list(parts)]}


CASES: list[tuple[str, dict[str, Any]]] = [
    # ---- journal articles
    (
        "Grady, J. S., Her, M., Moreno, G., Perez, C., & Yelinek, J. (2019). Emotions in storybooks: A comparison "
        "of storybooks that represent ethnic and racial groups in the United States. *Psychology of Popular Media "
        "Culture*, *8*(3), 207–217. https://doi.org/10.1037/ppm0000185",
        {
            "type": "article-journal",
            "author": [
                n("Grady", "J. S."),
                n("Her", "M."),
                n("Moreno", "G."),
                n("Perez", "C."),
                n("Yelinek", "J."),
            ],
            "issued": d(2019),
            "title": "Emotions in storybooks: A comparison of storybooks that represent ethnic and "
            "racial groups in the United States",
            "container-title": "Psychology of Popular Media Culture",
            "volume": "8",
            "issue": "3",
            "page": "207-217",
            "DOI": "10.1037/ppm0000185",
        },
    ),
    (
        "Jerrentrup, A., Mueller, T., Glowalla, U., Herder, M., Henrichs, N., Neubauer, A., & Schaefer, J. R. "
        "(2018). Teaching medicine with the help of \u201cDr. House.\u201d *PLoS ONE*, *13*(3), Article e0193972. "
        "https://doi.org/10.1371/journal.pone.0193972",
        {
            "type": "article-journal",
            "issued": d(2018),
            "title": "Teaching medicine with the help of \u201cDr. House.\u201d",
            "container-title": "PLoS ONE",
            "volume": "13",
            "issue": "3",
            "page": "e0193972",  # an article number goes in page (record conventions)
            "DOI": "10.1371/journal.pone.0193972",
        },
    ),
    (
        "Chernoff, H. (1952). A measure of asymptotic efficiency for tests of a hypothesis. Annals of "
        "Mathematical Statistics, 23, 493-509.",
        {
            "type": "article-journal",
            "author": [n("Chernoff", "H.")],
            "issued": d(1952),
            "title": "A measure of asymptotic efficiency for tests of a hypothesis",
            "container-title": "Annals of Mathematical Statistics",
            "volume": "23",
            "page": "493-509",
        },
    ),
    (
        "Fox, A. M. (in press). Children's reasoning about fairness. *Developmental Science*.",
        {
            "type": "article-journal",
            "author": [n("Fox", "A. M.")],
            "status": "in press",
            "title": "Children's reasoning about fairness",
            "container-title": "Developmental Science",
        },
    ),
    (
        "Lee, K. (2020, Spring). Quiet corners of the archive. *Library Quarterly*, 90(2), 101\u2013118.",
        {
            "type": "article-journal",
            "author": [n("Lee", "K.")],
            "issued": {"date-parts": [[2020]], "season": 1},
            "title": "Quiet corners of the archive",
            "container-title": "Library Quarterly",
            "volume": "90",
            "issue": "2",
            "page": "101-118",
        },
    ),
    (
        "Bandura, A. (2001a). Social cognitive theory: An agentic perspective. *Annual Review of Psychology*, "
        "*52*, 1\u201326.",
        {
            "type": "article-journal",
            "author": [n("Bandura", "A.")],
            "issued": d(2001),
            "title": "Social cognitive theory: An agentic perspective",
            "container-title": "Annual Review of Psychology",
            "volume": "52",
            "page": "1-26",
        },
    ),
    (
        "van der Berg, J., & de Vries, P. (2015). Why do students drop out? *Higher Education*, 70(1), 1-15.",
        {
            "type": "article-journal",
            "author": [
                n("Berg", "J.", **{"non-dropping-particle": "van der"}),
                n("Vries", "P.", **{"non-dropping-particle": "de"}),
            ],
            "issued": d(2015),
            "title": "Why do students drop out?",
            "container-title": "Higher Education",
            "volume": "70",
            "issue": "1",
            "page": "1-15",
        },
    ),
    (
        "King, M. L., Jr. (1963). Letter from Birmingham jail. *The Atlantic Monthly*, 212(2), 78\u201388.",
        {
            "type": "article-journal",
            "author": [n("King", "M. L.", suffix="Jr.")],
            "issued": d(1963),
            "title": "Letter from Birmingham jail",
            "container-title": "The Atlantic Monthly",
            "volume": "212",
            "issue": "2",
            "page": "78-88",
        },
    ),
    (
        "Sartre, J.-P., & Beauvoir, S. (1960). Notes on freedom. *Les Temps Modernes*, 15, 1\u201320.",
        {
            "type": "article-journal",
            "author": [n("Sartre", "J.-P."), n("Beauvoir", "S.")],
            "issued": d(1960),
            "title": "Notes on freedom",
            "container-title": "Les Temps Modernes",
            "volume": "15",
            "page": "1-20",
        },
    ),
    (
        "Vogels, A. G. C., Crone, M. R., & Reijneveld, S. A. (2009). Comparing three short questionnaires. "
        "BMC Public Health, 9, 48.",
        {
            "type": "article-journal",
            "issued": d(2009),
            "title": "Comparing three short questionnaires",
            "container-title": "BMC Public Health",
            "volume": "9",
            "page": "48",
        },
    ),
    # ---- books
    (
        "Jackson, L. M. (2019). *The psychology of prejudice: From attitudes to social action* (2nd ed.). "
        "American Psychological Association. https://doi.org/10.1037/0000168-000",
        {
            "type": "book",
            "author": [n("Jackson", "L. M.")],
            "issued": d(2019),
            "title": "The psychology of prejudice: From attitudes to social action",
            "edition": "2",
            "publisher": "American Psychological Association",
            "DOI": "10.1037/0000168-000",
        },
    ),
    (
        "Kamenetz, A. (2010). Edupunks, edupreneurs, and the coming transformation of higher education. "
        "White River Junction, VT: Chelsea Green.",
        {
            "type": "book",
            "author": [n("Kamenetz", "A.")],
            "issued": d(2010),
            "title": "Edupunks, edupreneurs, and the coming transformation of higher education",
            "publisher-place": "White River Junction, VT",
            "publisher": "Chelsea Green",
        },
    ),
    (
        "Kesharwani, P. (Ed.). (2020). *Nanotechnology based approaches for tuberculosis treatment*. "
        "Academic Press.",
        {
            "type": "book",
            "editor": [n("Kesharwani", "P.")],
            "issued": d(2020),
            "title": "Nanotechnology based approaches for tuberculosis treatment",
            "publisher": "Academic Press",
        },
    ),
    (
        "Hygum, E., & Pedersen, P. M. (Eds.). (2010). *Early childhood education: Values and practices in Denmark*. "
        "Hans Reitzels Forlag.",
        {
            "type": "book",
            "editor": [n("Hygum", "E."), n("Pedersen", "P. M.")],
            "issued": d(2010),
            "title": "Early childhood education: Values and practices in Denmark",
            "publisher": "Hans Reitzels Forlag",
        },
    ),
    (
        "Piaget, J. (1969). *The psychology of the child* (H. Weaver, Trans.; 2nd ed.). Basic Books.",
        {
            "type": "book",
            "author": [n("Piaget", "J.")],
            "issued": d(1969),
            "title": "The psychology of the child",
            "translator": [n("Weaver", "H.")],
            "edition": "2",
            "publisher": "Basic Books",
        },
    ),
    (
        "Laplace, P.-S. (1951). *A philosophical essay on probabilities* (F. W. Truscott & F. L. Emory, Trans.). "
        "Dover Publications.",
        {
            "type": "book",
            "author": [n("Laplace", "P.-S.")],
            "issued": d(1951),
            "title": "A philosophical essay on probabilities",
            "translator": [n("Truscott", "F. W."), n("Emory", "F. L.")],
            "publisher": "Dover Publications",
        },
    ),
    (
        "Amodeo, J. (2001). *The authentic heart: An eightfold path to midlife love*. Wiley.",
        {
            "type": "book",
            "author": [n("Amodeo", "J.")],
            "issued": d(2001),
            "title": "The authentic heart: An eightfold path to midlife love",
            "publisher": "Wiley",
        },
    ),
    (
        "Fitzgerald, F. S. (1925). _The great Gatsby_. Scribner.",
        {
            "type": "book",
            "author": [n("Fitzgerald", "F. S.")],
            "issued": d(1925),
            "title": "The great Gatsby",
            "publisher": "Scribner",
        },
    ),
    # ---- chapters
    (
        "Dillard, J. P. (2020). Currents in the study of persuasion. In M. B. Oliver, A. A. Raney, & J. Bryant "
        "(Eds.), *Media effects: Advances in theory and research* (4th ed., pp. 115\u2013129). Routledge.",
        {
            "type": "chapter",
            "author": [n("Dillard", "J. P.")],
            "issued": d(2020),
            "title": "Currents in the study of persuasion",
            "editor": [n("Oliver", "M. B."), n("Raney", "A. A."), n("Bryant", "J.")],
            "container-title": "Media effects: Advances in theory and research",
            "edition": "4",
            "page": "115-129",
            "publisher": "Routledge",
        },
    ),
    (
        "Antunes, S. (2000). Self-concept and client-centered therapy. In J. Marques-Teixeira & S. Antunes (Eds.), "
        "Client-centered and experiential psychotherapy (pp. 89-98). Lind a Velha: Vale & Vale.",
        {
            "type": "chapter",
            "author": [n("Antunes", "S.")],
            "issued": d(2000),
            "title": "Self-concept and client-centered therapy",
            "editor": [n("Marques-Teixeira", "J."), n("Antunes", "S.")],
            "container-title": "Client-centered and experiential psychotherapy",
            "page": "89-98",
            "publisher-place": "Lind a Velha",
            "publisher": "Vale & Vale",
        },
    ),
    (
        "Aron, L. (2013). Analytic impasse. In L. Aron & A. Harris (Ed.), *Relational psychoanalysis* "
        "(Vol. 4, pp. 5\u201330). Routledge.",
        {
            "type": "chapter",
            "author": [n("Aron", "L.")],
            "issued": d(2013),
            "title": "Analytic impasse",
            "editor": [n("Aron", "L."), n("Harris", "A.")],
            "container-title": "Relational psychoanalysis",
            "volume": "4",
            "page": "5-30",
            "publisher": "Routledge",
        },
    ),
    # ---- reports
    (
        "World Health Organization. (2018). *Global status report on road safety 2018*. "
        "https://www.who.int/publications/i/item/9789241565684",
        {
            "type": "report",
            "author": [{"literal": "World Health Organization"}],
            "issued": d(2018),
            "title": "Global status report on road safety 2018",
            "URL": "https://www.who.int/publications/i/item/9789241565684",
        },
    ),
    (
        "National Cancer Institute. (2019). *Taking time: Support for people with cancer* (NIH Publication "
        "No. 18-2059). U.S. Department of Health and Human Services, National Institutes of Health.",
        {
            "type": "report",
            "author": [{"literal": "National Cancer Institute"}],
            "issued": d(2019),
            "title": "Taking time: Support for people with cancer",
            "genre": "NIH Publication",
            "number": "18-2059",
            "publisher": "U.S. Department of Health and Human Services, National Institutes of Health",
        },
    ),
    (
        "Smith, A. (2017). *Urban water demand* (Report No. 12). Water Research Foundation.",
        {
            "type": "report",
            "author": [n("Smith", "A.")],
            "issued": d(2017),
            "title": "Urban water demand",
            "genre": "Report",
            "number": "12",
            "publisher": "Water Research Foundation",
        },
    ),
    # ---- theses
    (
        "Hutcheson, V. H. (2012). *Dealing with dual differences: Social coping strategies of gifted and "
        "lesbian, gay, bisexual, transgender, and queer adolescents* [Master\u2019s thesis, The College of William "
        "& Mary]. William & Mary Digital Archive. https://digitalarchive.wm.edu/handle/10288/16594",
        {
            "type": "thesis",
            "author": [n("Hutcheson", "V. H.")],
            "issued": d(2012),
            "title": "Dealing with dual differences: Social coping strategies of gifted and lesbian, gay, bisexual, "
            "transgender, and queer adolescents",
            "genre": "Master\u2019s thesis",
            "publisher": "The College of William & Mary",
            "URL": "https://digitalarchive.wm.edu/handle/10288/16594",
        },
    ),
    (
        "Zambrano-Vazquez, L. (2016). *The interaction of state and trait worry on response monitoring* "
        "[Doctoral dissertation, University of Arizona]. UA Campus Repository.",
        {
            "type": "thesis",
            "author": [n("Zambrano-Vazquez", "L.")],
            "issued": d(2016),
            "title": "The interaction of state and trait worry on response monitoring",
            "genre": "Doctoral dissertation",
            "publisher": "University of Arizona",
        },
    ),
    (
        "Shih, S. (2014). Towards optimal rhythm (Unpublished doctoral dissertation). Stanford University.",
        {
            "type": "thesis",
            "author": [n("Shih", "S.")],
            "issued": d(2014),
            "title": "Towards optimal rhythm",
            "genre": "Unpublished doctoral dissertation",
            "publisher": "Stanford University",
        },
    ),
    # ---- conference papers
    (
        "Evans, A. C., Jr., Garbarino, J., Bocanegra, E., Kinscherff, R. T., & M\u00e1rquez-Greene, N. "
        "(2019, August 8\u201311). *Gun violence: An event on the power of community* [Conference presentation]. "
        "APA 2019 Convention, Chicago, IL, United States. https://convention.apa.org/2019-video",
        {
            "type": "paper-conference",
            "issued": {"date-parts": [[2019, 8, 8], [2019, 8, 11]]},
            "title": "Gun violence: An event on the power of community",
            "genre": "Conference presentation",
            "URL": "https://convention.apa.org/2019-video",
        },
    ),
    (
        "Romero, C., Paunesku, D., & Dweck, C. (2011). Brainology in the classroom. Paper presented at the "
        "Society for Research in Child Development Biennial Meeting, Montreal, Canada.",
        {
            "type": "paper-conference",
            "author": [n("Romero", "C."), n("Paunesku", "D."), n("Dweck", "C.")],
            "issued": d(2011),
            "title": "Brainology in the classroom",
            "genre": "Paper",
            "event-title": "Society for Research in Child Development Biennial Meeting",
            "event-place": "Montreal, Canada",
        },
    ),
    # ---- newspapers and magazines
    (
        "Carey, B. (2019, March 22). Can we get better at forgetting? *The New York Times*. "
        "https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html",
        {
            "type": "article-newspaper",
            "author": [n("Carey", "B.")],
            "issued": d(2019, 3, 22),
            "title": "Can we get better at forgetting?",
            "container-title": "The New York Times",
            "URL": "https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html",
        },
    ),
    (
        "Schaefer, N. K., & Shapiro, B. (2019, September 6). New middle chapter in the story of human evolution. "
        "*Science*, *365*(6457), 981\u2013982. https://doi.org/10.1126/science.aay3550",
        {
            "type": "article-journal",
            "issued": d(2019, 9, 6),
            "container-title": "Science",
            "volume": "365",
            "issue": "6457",
            "page": "981-982",
            "DOI": "10.1126/science.aay3550",
        },
    ),
    (
        "Bustillos, M. (2013, March 19). On video games and storytelling: An interview with Tom Bissell. "
        "*The New Yorker*.",
        {
            "type": "article-magazine",
            "author": [n("Bustillos", "M.")],
            "issued": d(2013, 3, 19),
            "title": "On video games and storytelling: An interview with Tom Bissell",
            "container-title": "The New Yorker",
        },
    ),
    (
        "Gidwani, R. (1993, February 11). Board of trustees increases tuition. *Old Gold and Black*, 76(19), "
        "pp. 1, 5.",
        {
            "type": "article-journal",
            "issued": d(1993, 2, 11),
            "container-title": "Old Gold and Black",
            "volume": "76",
            "issue": "19",
            "page": "1, 5",
        },
    ),
    # ---- webpages
    (
        "Centers for Disease Control and Prevention. (n.d.). *People at increased risk*. Retrieved July 31, 2024, "
        "from https://www.cdc.gov/coronavirus/2019-ncov/need-extra-precautions/index.html",
        {
            "type": "webpage",
            "author": [{"literal": "Centers for Disease Control and Prevention"}],
            "title": "People at increased risk",
            "accessed": d(2024, 7, 31),
            "URL": "https://www.cdc.gov/coronavirus/2019-ncov/need-extra-precautions/index.html",
        },
    ),
    (
        "Bologna, C. (2019, October 31). *Why some people with anxiety love watching horror movies*. HuffPost. "
        "https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e",
        {
            "type": "webpage",
            "author": [n("Bologna", "C.")],
            "issued": d(2019, 10, 31),
            "title": "Why some people with anxiety love watching horror movies",
            "container-title": "HuffPost",  # the site named after the title
            "URL": "https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e",
        },
    ),
    (
        "Human Rights Watch. (2024, July 31). *Pakistan: Respect rights*. "
        "<https://www.hrw.org/news/2024/07/31/pakistan>",
        {
            "type": "webpage",
            "author": [{"literal": "Human Rights Watch"}],
            "issued": d(2024, 7, 31),
            "title": "Pakistan: Respect rights",
            "URL": "https://www.hrw.org/news/2024/07/31/pakistan",
        },
    ),
    # ---- datasets, software, media
    (
        "O\u2019Donohue, W. (2017). *Content analysis of undergraduate psychology textbooks* (ICPSR 21600; "
        "Version V1) [Data set]. ICPSR. https://doi.org/10.3886/ICPSR36966.v1",
        {
            "type": "dataset",
            "author": [n("O\u2019Donohue", "W.")],
            "issued": d(2017),
            "title": "Content analysis of undergraduate psychology textbooks",
            "number": "ICPSR 21600",
            "medium": "Data set",
            "publisher": "ICPSR",
            "DOI": "10.3886/ICPSR36966.v1",
        },
    ),
    (
        "Borenstein, M. (2014). *Comprehensive meta-analysis* (Version 3.3) [Computer software]. Biostat.",
        {
            "type": "software",
            "author": [n("Borenstein", "M.")],
            "issued": d(2014),
            "title": "Comprehensive meta-analysis",
            "medium": "Computer software",
            "publisher": "Biostat",
        },
    ),
    (
        "Fogarty, M. (2016, September 30). *How to use the subjunctive* [Video]. YouTube. "
        "https://youtu.be/sqfyh3JSQAk",
        {
            "type": "motion_picture",
            "author": [n("Fogarty", "M.")],
            "issued": d(2016, 9, 30),
            "title": "How to use the subjunctive",
            "medium": "Video",
            "container-title": "YouTube",
            "URL": "https://youtu.be/sqfyh3JSQAk",
        },
    ),
    (
        "Nolan, C. (Director). (2010). *Inception* [Film]. Warner Bros.",
        {
            "type": "motion_picture",
            "director": [n("Nolan", "C.")],
            "issued": d(2010),
            "title": "Inception",
            "medium": "Film",
            "publisher": "Warner Bros",
        },
    ),
    (
        "U.S. Census Bureau. (2020, March 2). *Census Bureau releases estimates* [Press release]. "
        "https://www.census.gov/newsroom/press-releases/2020/estimates.html",
        {
            "type": "report",
            "author": [{"literal": "U.S. Census Bureau"}],
            "issued": d(2020, 3, 2),
            "title": "Census Bureau releases estimates",
            "genre": "Press release",
            "URL": "https://www.census.gov/newsroom/press-releases/2020/estimates.html",
        },
    ),
    # ---- 21+ authors with ellipsis
    (
        "Kalnay, E., Kanamitsu, M., Kistler, R., Collins, W., Deaven, D., Gandin, L., Iredell, M., Saha, S., "
        "White, G., Woollen, J., Zhu, Y., Chelliah, M., Ebisuzaki, W., Higgins, W., Janowiak, J., Mo, K. C., "
        "Ropelewski, C., Wang, J., Leetmaa, A., . . . Joseph, D. (1996). The NCEP/NCAR 40-year reanalysis "
        "project. *Bulletin of the American Meteorological Society*, *77*(3), 437\u2013471.",
        {
            "type": "article-journal",
            "issued": d(1996),
            "title": "The NCEP/NCAR 40-year reanalysis project",
            "container-title": "Bulletin of the American Meteorological Society",
            "volume": "77",
            "issue": "3",
            "page": "437-471",
        },
    ),
    # ---- non-APA shapes the parser still handles
    (
        "Wilquet V, Van de Casteele M. The role of the codon first letter in genomic GC content. "
        "Res Microbiol (1999) 150:21-32.",
        {
            "type": "article-journal",
            "author": [n("Wilquet", "V"), n("Van de Casteele", "M.")],
            "issued": d(1999),
            "title": "The role of the codon first letter in genomic GC content",
            "container-title": "Res Microbiol",
            "volume": "150",
            "page": "21-32",
        },
    ),
    (
        "Smith, John. 2011. The long road home. Journal of Roads 12 (3): 45-67.",
        {
            "type": "article-journal",
            "author": [n("Smith", "John")],
            "issued": d(2011),
            "title": "The long road home",
            "container-title": "Journal of Roads",
            "volume": "12",
            "issue": "3",
            "page": "45-67",
        },
    ),
]

BIBLIOGRAPHIC = {
    "author",
    "editor",
    "translator",
    "director",
    "title",
    "container-title",
    "issued",
    "volume",
    "issue",
    "page",
    "number",
    "publisher",
    "publisher-place",
    "edition",
    "DOI",
    "URL",
    "accessed",
    "status",
    "genre",
    "medium",
    "event-title",
    "event-place",
}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_apa_reference(text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    assert item["custom"]["biblio"]["source"] == text
    assert "id" not in item
    for key, value in expected.items():
        assert item.get(key) == value, (key, item.get(key))
    # nothing invented: when authors are listed, no other bibliographic field appears
    if "author" in expected:
        extra = {k for k in item if k in BIBLIOGRAPHIC} - set(expected)
        assert not extra, {k: item[k] for k in extra}


def test_case_count() -> None:
    assert len(CASES) >= 40


def test_year_suffix_kept_in_custom() -> None:
    item = parse_reference("Bandura, A. (2001a). Title of work. *Journal*, 1, 1-2.")
    assert item["issued"] == {"date-parts": [[2001]]}
    assert item["custom"]["biblio"]["year-suffix"] == "a"


def test_no_date_has_no_issued() -> None:
    item = parse_reference(
        "Amnesty International. (n.d.). *Human rights in Pakistan*. https://www.amnesty.org/x"
    )
    assert "issued" not in item


def test_twenty_one_authors_keep_last_and_flag_nothing() -> None:
    text = CASES[[c[0][:6] for c in CASES].index("Kalnay")][0]
    item = parse_reference(text)
    assert len(item["author"]) == 20
    assert item["author"][-1] == n("Joseph", "D.")
    assert flags(item) == []


def test_remainder_goes_to_note_and_flag() -> None:
    item = parse_reference("Doe, J. (2020). *A book*. Big Press. Extra 12 unplaced text 34.")
    assert item["title"] == "A book"
    assert item["publisher"] == "Big Press"
    assert "unparsed-remainder" in flags(item)
    assert item["note"] == item["custom"]["biblio"]["remainder"]
    assert "Extra 12 unplaced text 34" in item["note"]


def test_text_without_structure_is_kept_and_flagged() -> None:
    # the trained model reads any text as some field; what matters is that it is kept and flagged
    text = "lorem ipsum dolor sit amet"
    item = parse_reference(text)
    assert item["custom"]["biblio"]["source"] == text
    assert "needs-review" in flags(item)
    assert text in (item.get("title"), item.get("note"))


def test_fallback_keeps_only_safe_fields() -> None:
    text = "A. Author, Some title, Some Journal 5 (2003) 1-10, doi:10.1000/xyz123."
    item = parse_reference(text)
    assert item["DOI"] == "10.1000/xyz123"
    assert item["custom"]["biblio"]["source"] == text
    assert "title" not in item or item["title"]


def test_thesis_database_is_the_archive_not_dropped() -> None:
    item = parse_reference("Zhang, A. (2017). *Title of a thesis* [Doctoral dissertation, University of "
                           "Somewhere]. ProQuest Dissertations and Theses Global.")
    assert item["type"] == "thesis"
    assert item["publisher"] == "University of Somewhere"
    assert item["archive"] == "ProQuest Dissertations and Theses Global"
