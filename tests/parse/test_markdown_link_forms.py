"""Markdown links in a reference: a linked title keeps its words, a link named ``PDF`` gives its target."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.linked_titles import link_text_is_title
from biblio.parse.spans import Span


def test_a_title_written_as_a_link_is_the_title_and_its_target_the_url() -> None:
    item = parse_reference("Doe, J. (2020). [A linked title](https://example.org/a). Journal, 1, 2–3.")
    assert item["title"] == "A linked title"
    assert item["URL"] == "https://example.org/a"
    assert item["container-title"] == "Journal"


def test_the_mend_divides_only_a_url_span_holding_the_link_words() -> None:
    text = "Doe, J. (2020). [A linked title](https://example.org/a). Journal."
    a = text.index("A linked")
    spans = [
        Span("author", "Doe, J.", 0, 7),
        Span("url", text[a : text.index(". Journal")], a, text.index(". Journal")),
    ]
    got = [(s.label, s.text) for s in link_text_is_title(spans, text)]
    assert ("title", "A linked title") in got and ("url", "https://example.org/a") in got
    bare = "Doe, J. (2020). Title. [https://example.org/a](https://example.org/a)."
    b = bare.index("https")
    kept = [Span("author", "Doe, J.", 0, 7), Span("url", bare[b:-1], b, len(bare) - 1)]
    assert link_text_is_title(kept, bare) == kept  # a link whose words are its address names no title


def test_a_link_named_pdf_or_full_text_gives_its_target_and_no_field_holds_the_word() -> None:
    for word in ("PDF", "Full text"):
        item = parse_reference(f"Doe, J. (2020). Title. Journal, 1, 2–3. [{word}](https://example.org/a.pdf)")
        assert item["URL"] == "https://example.org/a.pdf"
        assert all(word not in str(v) for k, v in item.items() if k not in ("custom", "URL"))
