"""Forms the APA Style site's and school guides' social-media examples print (``guides_real37``): a post by a group
whose name closes on a year (``JSB Class of 2018. (2017, August 31). Don't forget to come [Status update].
Facebook.``), whose own words after the date say the year is the body's, not the work's; and a comment whose
bracket names, at length and with its own full stops, the post it answers (``[Comment on the online forum post I'm
NASA astronaut Scott Tingle. Ask me anything …!]. Reddit.``), its own words all the title."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a group whose name closes on a year: the date is the bracketed one, the post's words after it its title
    (
        "Lincoln High Class of 2019. (2018, May 2). See you all at the reunion picnic [Status update]. Facebook. "
        "https://www.facebook.com/groups/lhs2019/posts/55501",
        {"author": [{"literal": "Lincoln High Class of 2019"}], "issued": {"date-parts": [[2018, 5, 2]]},
         "title": "See you all at the reunion picnic", "genre": "Status update", "container-title": "Facebook"},
    ),
    (
        "Vision 2030. (2021, March 3). Our new projects are now open for public comment [Tweet]. Twitter. "
        "https://twitter.com/vision2030/status/1367000000000000000",
        {"author": [{"literal": "Vision 2030"}], "issued": {"date-parts": [[2021, 3, 3]]},
         "title": "Our new projects are now open for public comment", "genre": "Tweet",
         "container-title": "Twitter"},
    ),
    # a comment whose bracket names the post it answers at length: the comment's words, full stops and all, the title
    (
        "moonwatcher42. (2019, July 20). Wow! I watched the landing with my grandfather fifty years ago and I still "
        "remember [Comment on the online forum post I am an Apollo flight controller. Ask me anything about the "
        "landing!]. Reddit. https://www.reddit.com/r/IAmA/comments/abc123/comment/def456/",
        {"author": [{"literal": "moonwatcher42"}], "issued": {"date-parts": [[2019, 7, 20]]},
         "title": "Wow! I watched the landing with my grandfather fifty years ago and I still remember",
         "container-title": "Reddit", "publisher": None},
    ),
    (
        "Okafor, N. (2020, June 1). Great point. But what about rural schools? They [Comment on the video Why online "
        "learning works. Part one of our series on schools]. YouTube. https://www.youtube.com/watch?v=abcdEFGH123",
        {"author": [{"family": "Okafor", "given": "N."}], "issued": {"date-parts": [[2020, 6, 1]]},
         "title": "Great point. But what about rural schools? They", "container-title": "YouTube"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide66_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
