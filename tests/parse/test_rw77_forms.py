"""Forms of everyday English reference lists met in realworld55: a reader's collection of news articles by headline,
outlet and date (``Headline, NYT, Oct/28/2022, [link](…).``, the outlet after a slash or after the headline's own
question mark, or left out), a show's notes naming a link's author after a spaced dash (``[Title - Name](…)``,
``[Title - by Name](…)``), APA web pages whose title names a library's object before a colon (``p5: Object``) or
whose site is a tool's editor (``The p5.js Web Editor``), and ``GitHub repository.`` after an APA title."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a headline, the outlet and the date written with slashes, the link closing the entry
    (
        "The Lithium Rush, NYT, March/09/2023, [link](https://www.nytimes.com/2023/03/09/climate/lithium.html).",
        {"title": "The Lithium Rush", "container-title": "NYT", "author": None,
         "issued": {"date-parts": [[2023, 3, 9]]}, "URL": "https://www.nytimes.com/2023/03/09/climate/lithium.html"},
    ),
    (
        "Wildfires Made Canada’s Summer 10 Times as Likely, Scientists Say, NYT, Aug/22/2023, "
        "[link](https://www.nytimes.com/2023/08/22/fires.html).",
        {"title": "Wildfires Made Canada’s Summer 10 Times as Likely, Scientists Say", "container-title": "NYT",
         "author": None},
    ),
    (
        "Coping With the Smoke/ NYT, Jun/08/2023, [link](https://www.nytimes.com/2023/06/08/smoke.html).",
        {"title": "Coping With the Smoke", "container-title": "NYT", "author": None,
         "issued": {"date-parts": [[2023, 6, 8]]}},
    ),
    (
        "Why Rivers Are Running Dry/ NYT, June/21/2022, [link](https://www.nytimes.com/2022/06/21/rivers.html).",
        {"title": "Why Rivers Are Running Dry", "container-title": "NYT", "issued": {"date-parts": [[2022, 6, 21]]}},
    ),
    # the date written out, the outlet a name of two words
    (
        "Floods Hit Lagos, BBC News, August 2, 2022, https://www.bbc.com/news/world-africa-1",
        {"title": "Floods Hit Lagos", "container-title": "BBC News", "author": None,
         "issued": {"date-parts": [[2022, 8, 2]]}},
    ),
    (
        "Drought Grips the Horn of Africa, Al Jazeera, 14 March 2023, https://www.aljazeera.com/news/2023/3/14/drought",
        {"title": "Drought Grips the Horn of Africa", "container-title": "Al Jazeera", "author": None,
         "issued": {"date-parts": [[2023, 3, 14]]}},
    ),
    # no outlet: the headline's own question mark or full stop before the date
    (
        "The Ocean Is Warming Faster. Reefs Are Dying. Jul/10/2023, [link](https://www.nytimes.com/2023/07/10/reefs.html).",
        {"title": "The Ocean Is Warming Faster. Reefs Are Dying", "container-title": None, "author": None,
         "issued": {"date-parts": [[2023, 7, 10]]}},
    ),
    # another style's names before the headline stay the author's
    (
        "Smith, John, Heat waves hit Europe, The Guardian, July 12, 2023, https://www.theguardian.com/x",
        {"author": [{"family": "Smith", "given": "John"}]},
    ),
    # a show's notes: the author after a spaced dash in the link's text
    (
        "[The Art of Doing Science - Richard Hamming](https://example.org/art-of-science)",
        {"title": "The Art of Doing Science", "author": [{"family": "Hamming", "given": "Richard"}],
         "URL": "https://example.org/art-of-science"},
    ),
    (
        "[Notes on distributed systems for young bloods - Julia Evans](https://example.org/blog/notes/)",
        {"title": "Notes on distributed systems for young bloods", "author": [{"family": "Evans", "given": "Julia"}]},
    ),
    (
        "[Why teenagers love shared documents - by Taylor Lorenz](https://example.org/technology/2019/docs/)",
        {"title": "Why teenagers love shared documents", "author": [{"family": "Lorenz", "given": "Taylor"}]},
    ),
    # a site after a dash stays no author
    (
        "[Klem tussen balie en beleid - Tweede Kamer](https://www.tweedekamer.nl/files/rapport.pdf)",
        {"title": "Klem tussen balie en beleid", "author": None},
    ),
    # an APA web page: a library's object before a colon, a tool's editor as the site
    (
        "three.js. (n.d.). p3: Scene. three.js. https://threejs.org/docs/scene/",
        {"title": "p3: Scene", "container-title": "three.js", "URL": "https://threejs.org/docs/scene/"},
    ),
    (
        "p5.js. (n.d.). Sound: Oscillator. The p5.js Web Editor. https://editor.p5js.org/p5/sketches/Sound_Oscillator",
        {"title": "Sound: Oscillator", "container-title": "The p5.js Web Editor"},
    ),
    # "GitHub repository." after an APA title is the work's kind
    (
        "Karpathy, A. (2022). nanoGPT. GitHub repository. https://github.com/karpathy/nanoGPT",
        {"title": "nanoGPT", "genre": "GitHub repository", "container-title": None, "publisher": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw77_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
