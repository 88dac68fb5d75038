"""Forms earlier rounds found and left: dates that lost their month or day (ACM's numeric month ``(4 2013)``,
Chicago author-date's ``Journal 49 (June): 103916`` and ``*Blog* (blog). September 27.``, ASA's ``*Times*, May 3.
Retrieved …``, Harvard's ``*The Australian*, 31 March``, APA in Spanish ``(2020, 1 de noviembre)``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as


def _on(*parts: int) -> dict[str, Any]:
    return {"date-parts": [list(parts)]}


DATES: list[tuple[str, dict[str, Any]]] = [
    # ACM's date from a numeric BibTeX month
    ("[51] Evgeny Morozov. 2013. The Meme Hustler. The Baffler 22 (4 2013).", {"issued": _on(2013, 4)}),
    (
        "[22] Matthew Lanaro, David P Forrestal, and Maria A Woodruff. 2017. 3D printing complex chocolate objects: "
        "Platform design, optimization and evaluation. J. Food Eng. 215 (1 2017), 13–22.",
        {"issued": _on(2017, 1), "volume": "215", "page": "13-22"},
    ),
    (
        "Jane Roe and Ann Lee. 2019. Learning to rank with sparse features. Commun. ACM 62 (12 2019), 45–52.",
        {"issued": _on(2019, 12), "volume": "62"},
    ),
    # Chicago author-date: the month in the volume's parenthesis, the year after the names
    (
        "Satterfield, Susan. 2016. “Livy and the Pax Deum.” *Classical Philology* 111, no. 2 (April): 165–76.",
        {"issued": _on(2016, 4), "issue": "2", "page": "165-76"},
    ),
    (
        "Wang, Lin, and Peter Hall. 2021. “Heat Islands in Dense Cities.” Sustainable Cities and Society 49 (June): "
        "103916.",
        {"issued": _on(2021, 6), "volume": "49", "page": "103916"},
    ),
    (
        "Granovetter, Mark S. 1973. “The Strength of Weak Ties.” *American Journal of Sociology* 78, no. 6 (May): "
        "1360–80.",
        {"issued": _on(1973, 5), "volume": "78"},
    ),
    # Chicago author-date: a post's or news item's month and day after its site
    (
        "MacKinnon, Rebecca. 2010. “Internet Freedom Is Dead. Long Live Internet Freedom.” RConversation (blog). "
        "September 27.",
        {"issued": _on(2010, 9, 27), "container-title": "RConversation", "archive": None},
    ),
    (
        "Cohen, Noam. 2019. “Why Libraries Matter.” Bits (blog). March 4.",
        {"issued": _on(2019, 3, 4), "archive": None},
    ),
    (
        "González, Susana G. 2014. “Aumenta en México la población indígena: Cepal.” *La Jornada*, July 6.",
        {"issued": _on(2014, 7, 6), "container-title": "La Jornada"},
    ),
    # ASA: the month and day, then the access note in the same span
    (
        "Weber, Bruce. 2001. “Harold Garfinkel, a Common-Sense Sociologist, Dies at 93.” *The New York Times*, "
        "May 3. Retrieved February 10, 2012 (http://www.nytimes.com/2011/05/04/us/04garfinkel.html).",
        {"issued": _on(2001, 5, 3), "accessed": _on(2012, 2, 10)},
    ),
    (
        "Lott, John R. Jr. and Sonya D. Jones. 2008. “How Felons Who Vote Can Tip an Election.” Fox News, October 20. "
        "Retrieved February 10, 2012 (http://www.foxnews.com/story/0,2933,441030,00.html).",
        {"issued": _on(2008, 10, 20), "accessed": _on(2012, 2, 10)},
    ),
    (
        "Mount, Steve. 2010. “Constitutional Topic: Official Language.” *USConstitution.net*, last modified "
        "January 24. Retrieved January 3, 2012 (http://www.usconstitution.net/consttop_lang.html).",
        {"issued": _on(2010, 1, 24), "accessed": _on(2012, 1, 3)},
    ),
    # Harvard: the day and month after the paper, the year after the names
    (
        "Berkovic, N 2009, ‘Handouts may not be sent: tax office seeks quick resolution of High Court challenge’, "
        "*The Australian*, 31 March, p. 5.",
        {"issued": _on(2009, 3, 31), "note": None},
    ),
    (
        "Hammond, P. (2014) 'Chancellor's speech to the Conservative Party conference'. Speech at the Conservative "
        "Party Conference, Birmingham, 1 October.",
        {"issued": _on(2014, 10, 1)},
    ),
    # APA in Spanish and Portuguese: "de" between the day and the month
    (
        "Mozilla. (2025, 11 de julio). *SPA (single-page application)*. MDN Web Docs. "
        "https://developer.mozilla.org/en-US/docs/Glossary/SPA",
        {"issued": _on(2025, 7, 11)},
    ),
    (
        "Ramos, M. (2023, 11 de septiembre). Uso de volúmenes para gestionar datos persistentes con Docker Compose. "
        "Kinsta. https://kinsta.com/es/blog/volumenes-docker-compose/",
        {"issued": _on(2023, 9, 11)},
    ),
    (
        "Silva, J. (2019, 3 de março). Título do artigo. Folha de S.Paulo. https://www.folha.uol.com.br/x",
        {"issued": _on(2019, 3, 3)},
    ),
    # an ordinal day: "(2020, 13th October)"
    (
        "IEA. (2020, 13th October). *Defining energy access: 2020 methodology*. "
        "https://www.iea.org/articles/defining-energy-access-2020-methodology [accessed 7th Jan 2022]",
        {"issued": _on(2020, 10, 13)},
    ),
    (
        "Office for National Statistics. (2021, 2nd March). *Labour market overview, UK: March 2021*. "
        "https://www.ons.gov.uk/x",
        {"issued": _on(2021, 3, 2)},
    ),
    # IEEE from a German word processor: day, month and year as numbers a space apart
    (
        '[3] Cybersecurity & Infrastructure Security Agency, "Secure-by-Design," 25 10 2023. [Online]. Available: '
        "https://www.cisa.gov/resources-tools/resources/secure-by-design. [Zugriff am 24 07 2024].",
        {"issued": _on(2023, 10, 25), "accessed": _on(2024, 7, 24)},
    ),
    (
        '[4] Bundesamt für Sicherheit in der Informationstechnik, "Zero Trust," 26 06 2023. [Online]. Available: '
        "https://www.bsi.bund.de/dok/zero-trust.",
        {"issued": _on(2023, 6, 26)},
    ),
    # Harvard's year in brackets, then the day of that year as a piece of the note or the imprint
    (
        "Bheemagani, Prashanth. (2019) “Build an Alexa Movie Quotes Skill in ASK Java SDK”, 17 Jun 2019, GitHub "
        "repository, https://github.com/alexa/skill-sample-java-movie-quotes-quiz. Accessed 5 Jan 2020.",
        {"issued": _on(2019, 6, 17), "accessed": _on(2020, 1, 5)},
    ),
    (
        "Kelly, Jake and Greg Bulmash. (2020) “Build An Alexa Decision Tree Skill / models / en-US.json”, 5 May 2020, "
        "GitHub repository, https://github.com/alexa/skill-sample-nodejs-decision-tree. Accessed 4 Apr 2021.",
        {"issued": _on(2020, 5, 5)},
    ),
    (
        "Brown, C., Chue Hong, N., Jackson, M. (eds) (2018) Software Deposit and Preservation Policy and Planning "
        "Workshop Report, 1.1, The Software Sustainability Institute and Jisc, 4 July 2018. "
        "doi:10.5281/zenodo.1304912.",
        {"issued": _on(2018, 7, 4), "publisher": "The Software Sustainability Institute and Jisc"},
    ),
    # a patent's day of issue after its filing, the year alone first (CMOS 14.157 author-date)
    (
        "Bell, Alexander Graham. 1876. Improvement in telegraphy. U.S. Patent 174465A, filed February 14, 1876, and "
        "issued March 7, 1876. https://www.google.com/patents/US174465.",
        {"issued": _on(1876, 3, 7), "number": "174465A"},
    ),
    (
        "Cook, Fred C., and William H. Donaldson. 2010. Mega Yacht Mass Tracking System with Articulating Sail Feeder. "
        "US Patent US20100282152A1, filed May 7, 2009, and issued November 11, 2010.",
        {"issued": _on(2010, 11, 11)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_dates_keep_month_and_day(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# a species' authority: Linnaeus's "L." after the Latin name closes the title; "(Krøyer, 1837)" is no date
SPECIES: list[tuple[str, dict[str, Any]]] = [
    (
        "Tucker CS, Sommerville C, Wootten R (2000) The effect of temperature and salinity on the settlement and "
        "survival of copepodids of Lepeophtheirus salmonis (Krøyer, 1837) on Atlantic salmon, Salmo salar L. J Fish "
        "Dis 23: 309−320",
        {
            "title": "The effect of temperature and salinity on the settlement and survival of copepodids of "
            "Lepeophtheirus salmonis (Krøyer, 1837) on Atlantic salmon, Salmo salar L",
            "container-title": "J Fish Dis",
            "issued": _on(2000),
        },
    ),
    (
        "Smith AB (2015) Feeding ecology of the brown trout, Salmo trutta L. Freshw Biol 60: 700–712",
        {"title": "Feeding ecology of the brown trout, Salmo trutta L", "container-title": "Freshw Biol"},
    ),
    (
        "Skilbrei OT, Wennevik V (2006) Survival and growth of sea-ranched cod and the interaction between Atlantic "
        "salmon (Salmo salar L.) and sea lice (Lepeophtheirus salmonis Krøyer, 1837). Aquaculture 254: 12–20",
        {
            "title": "Survival and growth of sea-ranched cod and the interaction between Atlantic salmon (Salmo "
            "salar L.) and sea lice (Lepeophtheirus salmonis Krøyer, 1837)",
            "container-title": "Aquaculture",
            "issued": _on(2006),
        },
    ),
    # an initial "L." after a person's names is still an initial
    (
        "Davis, Gary L. Salmon farming in Norway. Aquaculture 12: 1–10, 2004.",
        {"author": [{"family": "Davis", "given": "Gary L."}], "title": "Salmon farming in Norway"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPECIES)
def test_species_authority_in_title(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# a body shortened with an acronym, read as a family name and Vancouver initials; a person's initials stay
BODIES: list[tuple[str, dict[str, Any]]] = [
    (
        "2. Stats SA (2024). General Household Survey 2023. Pretoria: Statistics South Africa.",
        {"author": [{"literal": "Stats SA"}], "publisher": "Statistics South Africa"},
    ),
    (
        "Stats SA (2023). Quarterly Labour Force Survey: Quarter 4 2023. Pretoria: Statistics South Africa.",
        {"author": [{"literal": "Stats SA"}]},
    ),
    ("Meta AI. (2024). Llama 3.3 Model Card. https://llama.meta.com", {"author": [{"literal": "Meta AI"}]}),
    (
        "Selector AI. (n.d.). Network architects. https://www.selector.ai/network-architects",
        {"author": [{"literal": "Selector AI"}]},
    ),
    (
        "Epoch AI (2024). Notable AI models. https://epoch.ai/data/notable-ai-models",
        {"author": [{"literal": "Epoch AI"}]},
    ),
    (
        "Smith JA (2019). Obesity and diabetes. Lancet 390: 1–10.",
        {"author": [{"family": "Smith", "given": "JA"}]},
    ),
    (
        "Noble WS (2009) A Quick Guide to Organizing Computational Biology Projects. PLoS Comput Biol 5(7): e1000424.",
        {"author": [{"family": "Noble", "given": "WS"}]},
    ),
    (
        "Lab AS. An Introduction To Error Propagation. Lausanne: EPFL; 1998.",
        {"author": [{"family": "Lab", "given": "AS"}]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_acronym_bodies(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# a podcast's or programme's show and episode number after the episode's title
EPISODES: list[tuple[str, dict[str, Any]]] = [
    (
        "Smith, Jane. 2019. “The Long Road Home.” Site Podcast, episode 12. https://example.com/12.",
        {"type": "broadcast", "title": "The Long Road Home", "container-title": "Site Podcast", "number": "12"},
    ),
    (
        "Davis, R. 2018. “The Science of Sleep.” Science Weekly, episode 230. Podcast audio.",
        {"type": "broadcast", "container-title": "Science Weekly", "number": "230", "volume": None},
    ),
    (
        "“Pilot.” Mad Men, season 1, episode 1. AMC, July 19, 2007.",
        {"container-title": "Mad Men", "number": "1", "publisher": "AMC", "issued": _on(2007, 7, 19)},
    ),
    (
        "Brown, K. (2021). Title of the episode. Show Name [Podcast]. Episode 12. https://example.org",
        {"type": "broadcast", "title": "Title of the episode", "container-title": "Show Name", "number": "12"},
    ),
    (
        "Lee, M. (2022, May 3). Learning in public. The Teaching Hour [Podcast]. Episode 7. Spotify.",
        {"title": "Learning in public", "container-title": "The Teaching Hour", "number": "7", "publisher": "Spotify"},
    ),
    (
        "Rao, P. (2020). Why bridges fail. Engineering Minds [Audio podcast]. Episode 31. "
        "https://engineeringminds.example.com/31",
        {"type": "broadcast", "title": "Why bridges fail", "container-title": "Engineering Minds", "number": "31"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), EPISODES)
def test_show_and_episode(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# a Chicago short note: the authors' surnames in a comma list, the short title and the page (a family name that is
# a town's is still a name here)
SHORT_NOTES: list[tuple[str, dict[str, Any]]] = [
    (
        "Florence, Berlin, and Paris, Urban Histories, 7.",
        {"author": [{"family": "Florence"}, {"family": "Berlin"}, {"family": "Paris"}], "title": "Urban Histories"},
    ),
    (
        "Grafton, Most, and Settis, *The Classical Tradition*, 14–15.",
        {"author": [{"family": "Grafton"}, {"family": "Most"}, {"family": "Settis"}], "page": "14-15"},
    ),
    (
        "Berlin, Liberty, Equality and Fraternity, 45.",
        {"author": [{"family": "Berlin"}], "title": "Liberty, Equality and Fraternity", "page": "45"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_NOTES)
def test_short_note_surnames(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_species_opening_the_container_is_forced_to_review() -> None:
    from biblio.parse.review.held_forms import held_form_signals
    from biblio.parse.review.score import FORCED_BY_HELD_FORM

    assert "container:opens-on-species" in FORCED_BY_HELD_FORM
    cut = {"title": "Infestation of sea trout on the coast of Norway", "container-title": "Salmo trutta L. Aquac Res"}
    whole = {"title": "Infestation of sea trout on the coast of Norway, Salmo trutta L", "container-title": "Aquac Res"}
    assert held_form_signals(cut, "").get("container:opens-on-species")
    assert not held_form_signals(whole, "").get("container:opens-on-species")
