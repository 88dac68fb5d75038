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


def test_a_linked_title_before_its_blog_or_journal_leaves_the_outlet_apart() -> None:
    blog = parse_reference("Smith, A. 2019. [Why parsers fail](https://example.org/post). *The Parsing Blog*.")
    assert (blog["title"], blog["container-title"]) == ("Why parsers fail", "The Parsing Blog")
    assert blog["URL"] == "https://example.org/post"
    journal = parse_reference("Doe, J. (2020). [A linked title](https://example.org/a). Journal of Things, 3, 1-9.")
    got = (journal["title"], journal["container-title"], journal["volume"])
    assert got == ("A linked title", "Journal of Things", "3")


def test_a_whole_reference_written_as_one_link_reads_as_the_reference_with_its_address() -> None:
    item = parse_reference(
        "[Loken, E. (2019) The replication crisis is good for science. The Conversation]"
        "(https://theconversation.com/the-replication-crisis-is-good-for-science-103736)"
    )
    assert item["author"] == [{"family": "Loken", "given": "E."}]
    assert item["title"] == "The replication crisis is good for science"
    assert item["URL"].endswith("-103736")


def test_two_links_or_a_target_also_written_out_are_left_as_written() -> None:
    from biblio.parse.input_text import tidy_input

    twice = "Doe, J. (2020). [Title](https://example.org/a). https://example.org/a"
    assert tidy_input(twice) == twice
    two = "[Doe, J.](https://example.org/doe) (2020). [Title](https://example.org/a). Journal."
    assert tidy_input(two) == two


def test_an_address_opening_the_reference_before_a_dash_is_its_url() -> None:
    # POD's and plain-text link lists: "L<http://host/path> -- what the page holds"
    from biblio.parse.mends.identifiers import address_read_as_number

    item = parse_reference("http://stomp.codehaus.org/Protocol -- The informal spec for the STOMP protocol")
    assert item["URL"] == "http://stomp.codehaus.org/Protocol"
    assert item["title"] == "The informal spec for the STOMP protocol"
    text = "http://example.org/spec -- A specification"
    spans = [Span("citation-number", text[:26], 0, 26), Span("title", text[27:], 27, len(text))]
    got = [(s.label, s.text) for s in address_read_as_number(spans, text)]
    assert ("url", "http://example.org/spec") in got and ("title", "A specification") in got
    numbered = [Span("citation-number", "12.", 0, 3), Span("title", "Title", 4, 9)]
    assert address_read_as_number(numbered, "12. Title") == numbered
