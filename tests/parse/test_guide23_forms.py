"""Forms the APA guides print for works a platform or a preprint server carries, typed by hand, each with the
fields it must give: every case was read wrong before the rule it names."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "APA's video with no address: the platform after the bracketed kind carries it, no publisher",
        "Science Friday. (2019, March 3). How octopuses taste with their arms [Video]. YouTube.",
        {"container-title": "YouTube", "title": "How octopuses taste with their arms"},
    ),
    (
        "APA's video with an italic title and no address: the platform is the container",
        "Ortega, L. [lortega]. (2021, May 9). *Tiling a bathroom floor in one afternoon* [Video]. Vimeo.",
        {"container-title": "Vimeo"},
    ),
    (
        "APA's preprint in plain type: the server is the container, not the publisher",
        "Ahmed, N., & Kowalski, T. (2022). Screen time and sleep onset in young adults. PsyArXiv. "
        "https://doi.org/10.31234/osf.io/xk2p9",
        {"container-title": "PsyArXiv", "DOI": "10.31234/osf.io/xk2p9"},
    ),
    (
        "APA's preprint with an italic title: the server is the container",
        "Brandt, H. (2021). *Rent burden and school mobility*. SocArXiv. https://doi.org/10.31235/osf.io/7hq3c",
        {"container-title": "SocArXiv", "title": "Rent burden and school mobility"},
    ),
    (
        "Chicago's short note with a serial comma before 'and': the last surname is a name of its own",
        "12. Ortiz, Park, and Lindgren, “Tidal Wetlands,” 44.",
        {"author": [{"family": "Ortiz"}, {"family": "Park"}, {"family": "Lindgren"}], "page": "44"},
    ),
    (
        "Chicago's short note with the title in Markdown's underscore italics: the title and the page cited",
        "4. Dunmore and Quayle, _Salt Roads_, 58.",
        {"author": [{"family": "Dunmore"}, {"family": "Quayle"}], "title": "Salt Roads", "page": "58"},
    ),
    (
        "APA's court decision not yet paged, the page a run of underscores: a blank, no italics",
        "Trump v. Hawaii, 585 U.S. ___ (2018).",
        {"type": "legal_case", "title": "Trump v. Hawaii", "container-title": "U.S.", "volume": "585"},
    ),
    (
        "APA's post: its first words stand as the title across their full stops, up to the bracketed kind",
        "Rivera, M. [@mrivera]. (2021, June 2). Field season is over in Winnipeg. Thanks to everyone who helped "
        "with the transects [Image attached] [Post]. X. https://x.com/mrivera/status/1400000000000000001",
        {
            "title": "Field season is over in Winnipeg. Thanks to everyone who helped with the transects",
            "container-title": "X",
        },
    ),
    (
        "APA's TV episode with two writers before one plural role: the writers are the authors, the director apart",
        "Okafor, N., Lind, P. (Writers), & Brandt, S. (Director). (2019, March 3). The long night (Season 2, Episode "
        "5) [TV series episode]. In N. Okafor (Executive Producer), *Harbour town*. Tidewater Films.",
        {"author": [{"family": "Okafor", "given": "N."}, {"family": "Lind", "given": "P."}],
         "director": [{"family": "Brandt", "given": "S."}]},
    ),
    (
        "a studio's 'Bros.' closes no sentence: the firm's name runs on",
        "Ruiz, T. (Writer), & Hale, M. (Director). (2015, May 1). Salt (Season 1, Episode 3) [TV series episode]. In "
        "T. Ruiz (Executive Producer), *Coastline*. Warner Bros. Television.",
        {"publisher": "Warner Bros. Television", "container-title": "Coastline"},
    ),
    (
        "Chicago's newspaper note closing on a database a house names ('LexisNexis Academic'): no publisher",
        "6. Dana Whitfield, “Harbor Cleanup Stalls Again,” *Boston Globe*, March 2, 2014, LexisNexis Academic.",
        {"container-title": "Boston Globe", "publisher": None, "archive": "LexisNexis Academic"},
    ),
    (
        "Chicago's book note: the page cited after the facts' bracket, then the database it was read in",
        "3. Lena Ortiz, _The Chicago Guide to Grant-Writing_ (Chicago: University of Chicago Press, 2018), 64, "
        "ProQuest Ebrary.",
        {"page": "64", "volume": None, "publisher": "University of Chicago Press"},
    ),
    (
        "Chicago's book note: the page cited read with the facts' year, the database as a second publisher",
        "2. Paul Hendry, _The Oxford Guide to Data-Cleaning_ (Oxford: Oxford University Press, 2019), 15, ProQuest "
        "Ebrary.",
        {"page": "15", "publisher": "Oxford University Press"},
    ),
    (
        "APA's report whose number follows a long name of its series: the bracket leaves the title",
        "Ortega, R. L. (2004, June). Curfews and youth crime (Bureau of Justice Statistics Special Report Series "
        "Brief No. 12). Office of Justice Programs.",
        {"title": "Curfews and youth crime", "number": "12", "publisher": "Office of Justice Programs"},
    ),
    (
        "Chicago's film under its director with the title's italics lost: the words before the year are the title",
        "Okoro, Ada, dir. Harbour of Salt. 2012; Lagos: Tidewater Films, 2014. DVD.",
        {"title": "Harbour of Salt", "director": [{"family": "Okoro", "given": "Ada"}], "author": None},
    ),
    (
        "Chicago's note for a TV episode: the series is the container, the quoted words the episode's title",
        "4. Northern Waters, season 2, episode 5, “The Long Tide,” directed by Maria Lund, aired March 3, 2018, on "
        "SVT1.",
        {
            "container-title": "Northern Waters",
            "title": "The Long Tide",
            "director": [{"family": "Lund", "given": "Maria"}],
            "author": None,
        },
    ),
    (
        "Chicago's note for a post: the handle after the name is no family name, the platform and kind no container",
        "2. Lena Marsh (@lenamarsh), “First frost on the allotment this morning,” Instagram photo, November 3, 2019, "
        "https://www.instagram.com/p/Bx1FrostQ/.",
        {"author": [{"family": "Marsh", "given": "Lena"}], "genre": "Instagram photo", "container-title": None},
    ),
    (
        "Chicago's short note citing a chapter and document, no page: the locator is a note, no edition or publisher",
        "3. Okafor and Lind, *Harbour Records*, chap. 2, doc. 7.",
        {"title": "Harbour Records", "note": "chap. 2, doc. 7", "publisher": None, "edition": None},
    ),
    (
        "APA's post whose words hold a link: the link is one of its words, the address at the end the post's own",
        "Okafor, T. [@tokafor]. (2022, May 4). New paper out today on river sediment in the Niger delta: "
        "https://bit.ly/3xRivr [Tweet]. Twitter. https://twitter.com/tokafor/status/1521900000000000000",
        {
            "title": "New paper out today on river sediment in the Niger delta: https://bit.ly/3xRivr",
            "URL": "https://twitter.com/tokafor/status/1521900000000000000",
            "container-title": "Twitter",
        },
    ),
    (
        "APA's translation in plain type with no full stop after the translator's bracket: the title ends there",
        "Lindqvist, E. (2003). The salt harbour (J. Tate, Trans.) Harbour House Press. (Original work published 1971)",
        {
            "title": "The salt harbour",
            "publisher": "Harbour House Press",
            "translator": [{"family": "Tate", "given": "J."}],
        },
    ),
    (
        "Chicago's note for a scene, its quoted title before the film's plain one: the scene is the title, the film "
        "the container",
        "3. “The Night Ferry”, Harbour of Salt, directed by Ada Okoro (2012; Lagos: Tidewater Films, 2014), DVD.",
        {
            "title": "The Night Ferry",
            "container-title": "Harbour of Salt",
            "director": [{"family": "Okoro", "given": "Ada"}],
        },
    ),
]


@pytest.mark.parametrize("why,text,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_guide23_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
