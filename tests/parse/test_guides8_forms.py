"""APA 7 forms of the style-guide examples in ``guides_real8``: the cross-reference APA 7 writes after
the link of an AI tool's output that readers cannot retrieve (``URL. See Appendix for …``)."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_appendix_note_after_the_link_is_a_note_not_the_source() -> None:
    item = parse_reference(
        "Anthropic. (2024). *Claude* [Large language model]. https://claude.ai/chats. "
        "See Appendix for prompt used and output generated."
    )
    assert item["author"] == [{"literal": "Anthropic"}]
    assert item["title"] == "Claude"
    assert item["URL"] == "https://claude.ai/chats"
    assert "container-title" not in item and "publisher" not in item
    # nothing the user gave is lost: the remark is kept as the note
    assert item["note"] == "See Appendix for prompt used and output generated"


def test_see_without_a_link_before_it_is_left_to_the_title_and_source() -> None:
    item = parse_reference("Lee, A. (2019). *See the world*. Penguin.")
    assert item["title"] == "See the world"
    assert item["publisher"] == "Penguin"
