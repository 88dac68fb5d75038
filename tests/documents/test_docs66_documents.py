"""Reference lists a reader finds at once but the cues missed or split wrong: a post's numbered list of bare links
under a heading of no reference word, whose first link has no date in its address (the others have), before or
after the writer's prose footnotes. The examples are written for these tests."""

from __future__ import annotations

from typing import Any

from biblio.api import read_document


def _urls(text: str, name: str) -> list[str]:
    items: list[dict[str, Any]] = list(read_document(text, name).items)
    return [item["URL"] for item in items]


_LINKS = """## Further thoughts

1. https://example.org/talks/statistics-for-everyone
2. https://blog.example.net/2019/01/08/sampling-may-be-harmful/
3. https://blog.example.net/2020/08/24/counting-simulations/
4. https://stats.example.com/2018/10/08/uncertainty-estimates.html
"""


def test_an_undated_first_link_of_a_numbered_list_of_links_is_one_of_them() -> None:
    text = "# A post\n\nSome words of the post about sampling.\n\n" + _LINKS.replace("\n1", "\n\n1").replace(
        "\n2", "\n\n2").replace("\n3", "\n\n3").replace("\n4", "\n\n4")
    assert _urls(text, "post.md")[0] == "https://example.org/talks/statistics-for-everyone"
    assert len(_urls(text, "post.md")) == 4


def test_the_same_list_before_the_writer_s_footnotes() -> None:
    text = ("# A post\n\nSome words of the post.[^1]\n\n"
            + _LINKS.replace("\n2", "\n\n2").replace("\n3", "\n\n3").replace("\n4", "\n\n4")
            + "\n[^1]: is it possible to become one?\n")
    assert _urls(text, "post.md") == ["https://example.org/talks/statistics-for-everyone",
                                      "https://blog.example.net/2019/01/08/sampling-may-be-harmful/",
                                      "https://blog.example.net/2020/08/24/counting-simulations/",
                                      "https://stats.example.com/2018/10/08/uncertainty-estimates.html"]
