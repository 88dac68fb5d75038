"""An ancient author named alone in capitals, the title, then ``Ed.``/``Trans.`` and the names (``HOMER. Odyssey.
Ed. J. Smith. Oxford: Clarendon Press, 1920.``); MLA's book with no town before its house (``Reinwardt, Caspar
Georg Carl. Title. Frederik Muller, 1858.``). Each form reads the same with a link or an access date after it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, needs_review

LINK = " https://example.org/page"
ACCESS = " Available at: https://example.org (Accessed: 3 May 2021)."
PAGE_ACCESS = " Available at: https://example.org/page (Accessed: 3 May 2023)."


def with_links(cases: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    """Each case as written, then with a closing link, then with an access note (to a site or a page)."""
    return [(t + tail, fields) for t, fields in cases for tail in ("", LINK, ACCESS, PAGE_ACCESS)]


CAPS_AUTHOR_ROLE: list[tuple[str, dict[str, Any]]] = [
    (
        "HOMER. Odyssey. Ed. J. Smith. Oxford: Clarendon Press, 1920.",
        {
            "author": [{"literal": "HOMER"}],
            "title": "Odyssey",
            "editor": [{"family": "Smith", "given": "J."}],
            "publisher": "Clarendon Press",
            "publisher-place": "Oxford",
        },
    ),
    (
        "PLINY. Letters. Trans. B. Radice. Harmondsworth: Penguin, 1963.",
        {
            "author": [{"literal": "PLINY"}],
            "title": "Letters",
            "translator": [{"family": "Radice", "given": "B."}],
            "publisher": "Penguin",
            "publisher-place": "Harmondsworth",
        },
    ),
    (
        "CICERO. De officiis. Ed. M. Winterbottom. Oxford: OUP, 1994.",
        {
            "author": [{"literal": "CICERO"}],
            "title": "De officiis",
            "editor": [{"family": "Winterbottom", "given": "M."}],
            "publisher": "OUP",
            "issued": {"date-parts": [[1994]]},
        },
    ),
    (
        "AULUS GELLIUS. Attic Nights. Trans. J. C. Rolfe. Cambridge, MA: Harvard University Press, 1927.",
        {
            "author": [{"literal": "AULUS GELLIUS"}],
            "title": "Attic Nights",
            "translator": [{"family": "Rolfe", "given": "J. C."}],
            "publisher": "Harvard University Press",
        },
    ),
    (
        "OVID. Metamorphoses. Trans. A. D. Melville and E. J. Kenney. Oxford: Oxford University Press, 1986.",
        {
            "author": [{"literal": "OVID"}],
            "title": "Metamorphoses",
            "translator": [{"family": "Melville", "given": "A. D."}, {"family": "Kenney", "given": "E. J."}],
        },
    ),
    (
        "SOPHOCLES. Antigone. Ed. Mark Griffith. Cambridge: Cambridge University Press, 1999.",
        {
            "author": [{"literal": "SOPHOCLES"}],
            "title": "Antigone",
            "editor": [{"family": "Griffith", "given": "Mark"}],
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), with_links(CAPS_AUTHOR_ROLE))
def test_caps_author_then_role(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


PLACELESS_BOOKS: list[tuple[str, dict[str, Any]]] = [
    (
        "Reinwardt, Caspar Georg Carl. Reis naar het oostelijk gedeelte van den Indischen archipel. Frederik Muller, "
        "1858.",
        {
            "author": [{"family": "Reinwardt", "given": "Caspar Georg Carl"}],
            "title": "Reis naar het oostelijk gedeelte van den Indischen archipel",
            "publisher": "Frederik Muller",
            "issued": {"date-parts": [[1858]]},
        },
    ),
    (
        "Junghuhn, Franz Wilhelm. Java, deszelfs gedaante, bekleeding en inwendige structuur. Gebroeders van "
        "Kesteren, 1853.",
        {
            "author": [{"family": "Junghuhn", "given": "Franz Wilhelm"}],
            "title": "Java, deszelfs gedaante, bekleeding en inwendige structuur",
            "publisher": "Gebroeders van Kesteren",
        },
    ),
    (
        "Crawfurd, John. History of the Indian Archipelago. Archibald Constable, 1820.",
        {"title": "History of the Indian Archipelago", "publisher": "Archibald Constable", "container-title": None},
    ),
    (
        "Raffles, Thomas Stamford. The History of Java. John Murray, 1817.",
        {
            "author": [{"family": "Raffles", "given": "Thomas Stamford"}],
            "title": "The History of Java",
            "publisher": "John Murray",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), with_links(PLACELESS_BOOKS))
def test_placeless_book(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


ET_AL_COMMAS: list[tuple[str, dict[str, Any]]] = [
    (
        "Zhou et al, Title of paper, Lancet, March 2020.",
        {
            "author": [{"family": "Zhou"}],
            "title": "Title of paper",
            "container-title": "Lancet",
            "issued": {"date-parts": [[2020, 3]]},
        },
    ),
    (
        "Lim et al, Title, Heart, May 2019.",
        {
            "author": [{"family": "Lim"}],
            "title": "Title",
            "container-title": "Heart",
            "publisher-place": None,
            "issued": {"date-parts": [[2019, 5]]},
        },
    ),
    (
        "Smith et al, Outcomes of hepatitis C treatment in older adults, Hepatology, June 2018.",
        {
            "title": "Outcomes of hepatitis C treatment in older adults",
            "container-title": "Hepatology",
            "publisher": None,
            "type": "article-journal",
        },
    ),
    (
        "Van der Meer et al, Association between sustained virological response and all-cause mortality, JAMA, "
        "December 2012.",
        {
            "title": "Association between sustained virological response and all-cause mortality",
            "container-title": "JAMA",
            "issued": {"date-parts": [[2012, 12]]},
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), with_links(ET_AL_COMMAS))
def test_et_al_comma_journal(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


ROMANCE_SERIAL_AND: list[tuple[str, dict[str, Any]]] = [
    (
        "López Guzmán, Rafael J., Ana Ruiz Gutiérrez, y José Manuel Rodríguez Domingo. Historia del arte en "
        "Andalucía. Sevilla: Universidad de Sevilla, 2005.",
        {"author": [{"family": "López Guzmán", "given": "Rafael J."}, {"family": "Ruiz Gutiérrez", "given": "Ana"},
                    {"family": "Rodríguez Domingo", "given": "José Manuel"}]},
    ),
    (
        "Silva Costa, João, Maria Santos Pereira, e Ana Lima Rocha. Arquitetura e cidade. Lisboa: Caleidoscópio, "
        "2010.",
        {"author": [{"family": "Silva Costa", "given": "João"}, {"family": "Pereira", "given": "Maria Santos"},
                    {"family": "Rocha", "given": "Ana Lima"}]},
    ),
    (
        "Dupont Martin, Jean, Pierre Durand, et Marie Lefèvre. Histoire de la ville. Paris: Seuil, 2001.",
        {"author": [{"family": "Dupont Martin", "given": "Jean"}, {"family": "Durand", "given": "Pierre"},
                    {"family": "Lefèvre", "given": "Marie"}]},
    ),
    (
        "Morales de los Rios Filho, Adolfo. Grandjean de Montigny e a evolução da arte brasileira. Rio de Janeiro: A "
        "Noite, 1941.",
        {"author": [{"family": "Morales de los Rios Filho", "given": "Adolfo"}]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), with_links(ROMANCE_SERIAL_AND))
def test_romance_serial_and(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


MEETING_DAYS_TOWN: list[tuple[str, dict[str, Any]]] = [
    (
        "Proceedings of the 12th Workshop on X, 1-2 November, Groningen, pp. 45-52.",
        {"type": "paper-conference", "container-title": "Proceedings of the 12th Workshop on X",
         "publisher-place": "Groningen", "page": "45-52"},
    ),
    (
        'Smith, J. (2015), "Parsing Dutch compounds", Proceedings of the 12th Workshop on Computational Linguistics, '
        "1-2 November, Groningen, pp. 45-52.",
        {"container-title": "Proceedings of the 12th Workshop on Computational Linguistics",
         "publisher-place": "Groningen", "source": None, "page": "45-52"},
    ),
    (
        'Jones, A. and Brown, K. (2018), "Teams in transition", Proceedings of the 25th EurOMA Conference, 24-26 '
        "June, Budapest, pp. 112-120.",
        {"container-title": "Proceedings of the 25th EurOMA Conference", "publisher-place": "Budapest"},
    ),
    (
        'Lee, H. (2017), "Service design in hospitals", Proceedings of the 24th International Annual EurOMA '
        "Conference, 1-5 July, Edinburgh.",
        {"container-title": "Proceedings of the 24th International Annual EurOMA Conference",
         "publisher-place": "Edinburgh"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), with_links(MEETING_DAYS_TOWN))
def test_meeting_days_and_town(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


HARVARD_BOOKS_WITH_LINK: list[tuple[str, dict[str, Any]]] = [
    (
        "Schneider, Z, Whitehead, D & Elliott, D 2007, *Nursing and midwifery research*, 3rd edn, Mosby, Sydney.",
        {"author": [{"family": "Schneider", "given": "Z"}, {"family": "Whitehead", "given": "D"},
                    {"family": "Elliott", "given": "D"}], "editor": None, "publisher": "Mosby"},
    ),
    (
        "Gerrish, K & Lacey, A 2010, *The research process in nursing*, 6th edn, Wiley-Blackwell, Oxford.",
        {"author": [{"family": "Gerrish", "given": "K"}, {"family": "Lacey", "given": "A"}], "editor": None},
    ),
    (
        "Polit, DF & Beck, CT 2017, *Nursing research: generating and assessing evidence for nursing practice*, 10th "
        "edn, Wolters Kluwer, Philadelphia.",
        {"author": [{"family": "Polit", "given": "DF"}, {"family": "Beck", "given": "CT"}], "editor": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), with_links(HARVARD_BOOKS_WITH_LINK))
def test_harvard_book_names_with_link(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Android Knowledge. n.d. Login and Signup using Firebase Realtime Database in Android Studio | Kotlin "
        "[Online]. Available at: https://www.youtube.com/watch?v=MhLkezKsHbY [Accessed On 8 June 2024].",
        "[52] S. Khan, et al., Investigating the barriers of blockchain technology integrated food supply chain: a BWM "
        "approach, Benchmark.: Int. J. 30 (3) (2023) 713 - 735.",
        "J. Smith, et al., Supply chain risk in small firms, Benchmark.: Int. J. 25 (4) (2018) 1-20.",
    ],
)
def test_silent_wrongs_flagged(text: str) -> None:
    # a body's two words read as a person, a title closing on the journal's first word: flagged for review
    assert needs_review(text)
