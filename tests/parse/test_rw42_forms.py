"""Forms of real-world reference lists read right (round rw42, gold set ``realworld21``): MLA 9's web source with no
date, its site read as a producer or an editor, its editors after ``Edited by``; MLA's screen name before ``, and``
and a second name; Harvard's ``no date`` after the names; APA's ``Doi:``, a container's ``(online)`` and a talk's
``Oral presentation presented at``; and the needs-review checks of a presentation's container and two editors read
as one body."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.chooser import default_labeller
from biblio.parse.mends import MENDS
from biblio.parse.review.held_forms import held_form_signals
from biblio.parse.review.score import FORCED_BY_HELD_FORM


def _names(item: dict[str, Any], var: str) -> list[str]:
    return [n.get("family") or n.get("literal") or "" for n in item.get(var) or []]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # MLA 9: a documentation page with no date, the address straight after the italic site
        (
            "“Loops.” _A Tour of Rust_, tourofrust.com/chapter_3/loops. Accessed 4 Oct. 2025.",
            {"title": "Loops", "container-title": "A Tour of Rust", "URL": "tourofrust.com/chapter_3/loops"},
        ),
        (
            "“Slices.” _Package Docs - Go Packages_, pkg.go.dev/slices#Sort. Accessed 2 Nov. 2025.",
            {"container-title": "Package Docs - Go Packages", "URL": "pkg.go.dev/slices#Sort"},
        ),
        # the italic site read as an editor, or the site and its publisher as a producer
        (
            "Okafor, Grace. “What Are HTTP Verbs (GET, PUT, PATCH).” _Apidog_, 14 May 2024, "
            "apidog.com/blog/http-verbs/. Accessed 8 Nov. 2025.",
            {"container-title": "Apidog", "editor": None, "page": None, "URL": "apidog.com/blog/http-verbs/"},
        ),
        (
            "“Delete Keys in a Map in Golang.” _GeeksforGeeks_, GeeksforGeeks, 23 July 2025, "
            "www.geeksforgeeks.org/go-language/delete-keys-in-a-map-in-golang/. Accessed 8 Nov. 2025.",
            {"container-title": "GeeksforGeeks", "publisher": "GeeksforGeeks", "producer": None},
        ),
        # a forum answer's editors after "Edited by", then the site, the date and the address
        (
            "Lund, Per, and kostix. “How to Read a File Line by Line?” Edited by Mara and Tom Kell, _Stack Overflow_, "
            "9 July 2019, stackoverflow.com/questions/8757389/read-a-file-line-by-line. Accessed 3 Nov. 2025.",
            {
                "author": ["Lund", "kostix"],
                "editor": ["Mara", "Kell"],
                "container-title": "Stack Overflow",
                "issued": [2019, 7, 9],
                "URL": "stackoverflow.com/questions/8757389/read-a-file-line-by-line",
            },
        ),
        # MLA: a screen name, ", and" and a second name in natural order: two authors
        (
            "Ravi, and Maria Lopez Vega. “Sorting Maps by Value in Go.” _Stack Overflow_, 2 Jan. 2018, "
            "stackoverflow.com/questions/18695346. Accessed 7 Nov. 2025.",
            {"author": ["Ravi", "Lopez Vega"]},
        ),
        (
            "zerkms, and Ana Silva. “Parse a Date String in Go.” _Stack Overflow_, 4 Mar. 2016, "
            "stackoverflow.com/questions/14106541. Accessed 7 Nov. 2025.",
            {"author": ["zerkms", "Silva"]},
        ),
        # Harvard: "no date" after the names, with a comma or a full stop before it
        (
            "Premier Rugby League, no date. Rules. [online] Available at: https://rugby.example.org/help/rules "
            "[Accessed 08 March 2026]",
            {"author": ["Premier Rugby League"], "title": "Rules", "issued": None},
        ),
        (
            "NHS., no date. Bar and line charts. [online] Available at: https://service.example.nhs.uk/charts "
            "[Accessed 30 April 2026].",
            {"author": ["NHS"], "title": "Bar and line charts", "issued": None},
        ),
        (
            "Ortiz, L., no date. 5 Rules of Clean Data. [online] Available at: https://www.example.com/clean-data "
            "[Accessed 15 March 2026]",
            {"author": ["Ortiz"], "title": "5 Rules of Clean Data", "issued": None},
        ),
        # APA typed by hand: "Doi:" with a capital is the DOI's label, no publisher
        (
            "Hale, M.R., & Ortiz, D.K. (2017). Coping at work: A study of nurses. Journal of Nursing Practice, 12(3), "
            "145-159. Doi: 10.1080/10538712.2017.1579292.",
            {"DOI": "10.1080/10538712.2017.1579292", "publisher": None, "page": "145-159"},
        ),
        # a container's "(online)" or "(Invited)": how it appeared, no issue
        (
            "Reyes, S., & Hale, D.K. (March 2012). Family therapy. Encyclopedia of Counseling (online).",
            {"container-title": "Encyclopedia of Counseling", "issue": None},
        ),
        (
            "Hale, D.K., & Moss, C. (May 2015). Youth justice. Encyclopedia of Criminology (Invited).",
            {"container-title": "Encyclopedia of Criminology", "issue": None},
        ),
        # APA 6's talk: "Oral presentation presented at Meeting, Place." is the event, no publisher
        (
            "Moss, M.R., & Hale, D.K. (2017, March). Resilience in foster youth. Oral presentation presented at "
            "Society for Child Welfare Research, Boston, MA.",
            {"event-title": "Society for Child Welfare Research", "publisher": None, "publisher-place": None},
        ),
        # a Chicago note's “Title,” Site, University, address: the quote closes on a comma, no MLA site and publisher
        (
            "“Rosa Parks Fellowship for Civic Journalism,” School of Media and Journalism, University of Oregon, "
            "http://journalism.uoregon.edu/rosa-parks-fellowship.",
            {
                "container-title": "School of Media and Journalism, University of Oregon",
                "publisher": None,
            },
        ),
    ],
)
def test_real_world_form(text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, want in expected.items():
        if var in ("author", "editor") and want is not None:
            assert _names(item, var) == want, (var, item.get(var))
        elif var == "issued" and want is not None:
            assert item.get("issued", {}).get("date-parts", [[]])[0] == want, item.get("issued")
        else:
            assert item.get(var) == want, (var, item.get(var))


@pytest.mark.parametrize(
    ("signal", "wrong", "right", "text"),
    [
        (
            "container:of-presentation",
            {"title": "Child advocacy", "genre": "Conference session", "container-title": "NYS Conference",
             "publisher-place": "Albany, NY"},
            {"title": "Child advocacy", "genre": "Conference session", "event-title": "NYS Conference",
             "event-place": "Albany, NY"},
            "Hale, D.K. (2020, May). Child advocacy in rural care. [Conference session]. NYS Conference, Albany, NY.",
        ),
        (
            "editor:pair-as-body",
            {"title": "How to Split a String?", "editor": [{"literal": "Carson and Community"}]},
            {"title": "How to Split a String?", "editor": [{"family": "Carson"}, {"family": "Community"}]},
            "Lund, Per. “How to Split a String?” Edited by Carson and Community, _Stack Overflow_, 2 May 2016.",
        ),
    ],
)
def test_held_form_fires_on_the_wrong_record_alone(
    signal: str, wrong: dict[str, Any], right: dict[str, Any], text: str
) -> None:
    assert signal in FORCED_BY_HELD_FORM
    assert signal in held_form_signals(wrong, text)
    assert not held_form_signals(right, text)


def test_a_body_named_by_two_words_as_editor_without_edited_by_does_not_fire() -> None:
    record = {"title": "Annual report", "editor": [{"literal": "Simon and Schuster"}]}
    assert not held_form_signals(record, "Simon and Schuster (Eds.). (2019). Annual report.")


def test_a_colon_opening_the_publishers_span_leaves_the_spans_whole() -> None:
    text = ", https://doi.org/10.1000/xNew York: Wiley._Title_"
    spans = default_labeller().read(text).spans
    for one in MENDS:
        spans = one(spans, text)
        assert all(text[s.start : s.end] == s.text and s.start < s.end for s in spans), one.__name__
