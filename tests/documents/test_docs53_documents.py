"""Round docs53: slides' reference pages grouped under sub-headings, several "Further reading" lists of links,
links followed by a colon and words on the work, "[n]" lists before the page's closing words, a name before a
link showing its site's address, "[Title](…) by Given Family (Publisher)"."""

from __future__ import annotations

import pytest

from biblio.api import read_document


def _items(text: str, name: str = "notes.md") -> list[dict]:
    return read_document(text, name).items


def _sources(items: list[dict]) -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in items]


_GROUPED_SLIDE = """# Reactive programming

Some words on the talk.

### References

##### Presentations

- Jane Roe - Reactive patterns in practice (slides)

  [github.com/example/reactive-talk](https://github.com/example/reactive-talk)

##### Books

- [Functional Reactive Programming](https://www.manning.com/books/frp) by Stephen Blackheath (Manning)

---

## Questions?
"""


def test_a_sub_heading_over_an_item_whose_link_stands_under_it_groups_the_list() -> None:
    items = _items(_GROUPED_SLIDE)
    assert [s[:12] for s in _sources(items)] == ["Jane Roe - R", "[Functional "]
    assert items[0]["URL"] == "https://github.com/example/reactive-talk"


_TWO_LINK_LISTS = """## Design

Text about arenas.

### Further reading

- [Rust Book — Smart Pointers](https://doc.rust-lang.org/book/ch15-00-smart-pointers.html) — why arenas help
- [typed-arena](https://docs.rs/typed-arena) — crate used in the prototype

---

## Dependencies

No dependencies for the lexer and the parser: they are plain algorithms on data structures.

## References

- [clap](https://docs.rs/clap) — CLI
- [Crafting Interpreters](https://craftinginterpreters.com) — general compiler reference
"""


def test_every_list_of_links_under_a_reference_heading_is_read_not_only_the_last() -> None:
    items = _items(_TWO_LINK_LISTS)
    assert [item["custom"]["biblio"]["section"] for item in items] == [
        "Further reading", "Further reading", "References", "References"]
    assert [item["URL"] for item in items][1:] == [
        "https://docs.rs/typed-arena", "https://docs.rs/clap", "https://craftinginterpreters.com"]


@pytest.mark.parametrize(("line", "title", "remark"), [
    ("[SayCan](https://arxiv.org/abs/2204.01691): language relevance combined with embodied feasibility.",
     "SayCan", "language relevance combined with embodied feasibility."),
    ("[Decomposed Prompting](https://arxiv.org/abs/2210.02406): modular subproblem delegation.",
     "Decomposed Prompting", "modular subproblem delegation."),
])
def test_words_on_a_linked_work_after_a_colon_are_a_remark_not_its_title(line: str, title: str, remark: str) -> None:
    text = f"# Lesson\n\nText.\n\n### Further reading\n\n- {line}\n- {line}\n"
    item = _items(text)[0]
    assert item["title"] == title
    assert item["custom"]["biblio"]["annotation"] == remark


def test_a_capitalised_title_after_a_linked_name_and_colon_is_no_remark() -> None:
    from biblio.references.notes import annotation

    line = "[Knuth](https://example.org/knuth): The Art of Computer Programming, 1968."
    assert annotation(line) == (line, None)


_DISCLAIMER = ("Disclaimer: All data and information provided in this article are for informational purposes only. "
               "The publisher makes no representations as to accuracy, completeness or validity of any information.")
_BRACKETED_THEN_DISCLAIMER = f"""# Markov models

Some closing words of the article.

References:

[1] Seneta, Eugene. (2006). Markov and the creation of Markov Chains.

[2] Rabiner, Lawrence R. 1989. Hidden Markov Models and Selected Applications in Speech Recognition.

{_DISCLAIMER}

Login to Download
"""


def test_the_page_s_words_after_a_bracketed_list_are_no_part_of_its_last_entry() -> None:
    items = _items(_BRACKETED_THEN_DISCLAIMER)
    assert len(items) == 2
    assert _sources(items)[-1].endswith("in Speech Recognition.")


@pytest.mark.parametrize(("line", "title", "url"), [
    ("Refit - [reactiveui.github.io/refit](https://reactiveui.github.io/refit/)", "Refit",
     "https://reactiveui.github.io/refit/"),
    ("Reactive Extensions (Rx) - [reactivex.io](https://reactivex.io/)", "Reactive Extensions (Rx)",
     "https://reactivex.io/"),
    ("Dynamic Data - [github.com/reactivemarbles/DynamicData](https://github.com/reactivemarbles/DynamicData)",
     "Dynamic Data", "https://github.com/reactivemarbles/DynamicData"),
])
def test_a_name_then_a_link_showing_its_address_is_titled_by_the_name(line: str, title: str, url: str) -> None:
    text = f"# Talk\n\n## References\n\n- {line}\n- {line}\n"
    item = _items(text)[0]
    assert (item["title"], item["URL"]) == (title, url)
    assert "container-title" not in item


@pytest.mark.parametrize(("line", "expected"), [
    ("[Rx.NET in Action](https://www.manning.com/books/rx-dot-net-in-action) by Tamir Dresher (Manning)",
     {"title": "Rx.NET in Action", "author": [{"family": "Dresher", "given": "Tamir"}], "publisher": "Manning",
      "URL": "https://www.manning.com/books/rx-dot-net-in-action"}),
    ("[You, I, and ReactiveUI](https://kent-boogaart.com/you-i-and-reactiveui/) by Kent Boogart (self-published)",
     {"title": "You, I, and ReactiveUI", "author": [{"family": "Boogart", "given": "Kent"}],
      "URL": "https://kent-boogaart.com/you-i-and-reactiveui/"}),
])
def test_a_linked_title_by_its_authors_names(line: str, expected: dict) -> None:
    text = f"# Talk\n\n## Books\n\n## References\n\n- {line}\n- {line}\n"
    item = _items(text)[0]
    assert {k: item.get(k) for k in expected} == expected
    assert "publisher" in expected or "publisher" not in item
