"""A post's notes under a bold "References:" label, each an italic title, its authors given name first and the site
its link names (one link broken by a space before its address, one note with no link). The examples are written
for these tests."""

from __future__ import annotations

from typing import Any

from biblio.api import read_document


def _items(text: str, name: str = "post.md") -> list[dict[str, Any]]:
    return list(read_document(text, name).items)


_NOTES = """# A tour of optimal transport

Sinkhorn's algorithm[^sk] scales well, and its entropic form goes back to Schrödinger[^es]. Neural versions
followed[^nn].

**References**:

[^sk]: *Sinkhorn Distances: Lightspeed Computation of Optimal Transport*. Marco Cuturi. [arXiv](https://arxiv.org/abs/1306.0895)
[^nn]: *Learning Generative Models with Sinkhorn Divergences*. Genevay et al. [arXiv] (https://arxiv.org/abs/1706.00292)
[^es]: *Über die Umkehrung der Naturgesetze*. Erwin Schrödinger.
"""


def test_an_italic_title_then_names_is_a_work_in_notes_under_a_reference_label() -> None:
    items = _items(_NOTES)
    assert [item["title"] for item in items] == [
        "Sinkhorn Distances: Lightspeed Computation of Optimal Transport",
        "Learning Generative Models with Sinkhorn Divergences",
        "Über die Umkehrung der Naturgesetze",
    ]


def test_the_names_after_the_title_are_the_authors_and_the_site_the_container() -> None:
    first, second = _items(_NOTES)[:2]
    assert first["author"] == [{"family": "Cuturi", "given": "Marco"}]
    assert first["container-title"] == "arXiv"
    assert first["URL"] == "https://arxiv.org/abs/1306.0895"
    assert second["author"][0]["family"] == "Genevay"
    # a link broken by a space before its address is still the link
    assert second["container-title"] == "arXiv"
    assert second["URL"] == "https://arxiv.org/abs/1706.00292"
