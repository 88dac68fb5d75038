"""Splitting a reference section into reference strings."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from biblio.references.cues import strip_marker
from biblio.references.splitter import RawReference, split_references

REF1 = "Smith, J. (2020). *A book about things*. Press."
REF2 = "Doe, A., & Roe, R. (2019). An article. *Journal of Stuff*, *3*(2), 1–9."
REF3 = "World Health Organization. (2018). *Global report*. WHO."


def texts(section: str) -> list[str]:
    return [ref.text for ref in split_references(section)]


def test_blank_line_paragraphs() -> None:
    refs = split_references(f"{REF1}\n\n{REF2}\n\n\n{REF3}\n")
    assert [r.text for r in refs] == [REF1, REF2, REF3]
    assert [r.line for r in refs] == [1, 3, 6]
    assert all(r.number is None and r.marker is None for r in refs)


def test_one_per_line() -> None:
    assert texts(f"{REF1}\n{REF2}\n{REF3}") == [REF1, REF2, REF3]


@pytest.mark.parametrize("style, numbers", [
    ("{n}. ", ["1", "2", "3"]),
    ("{n}) ", ["1", "2", "3"]),
    ("[{n}] ", ["1", "2", "3"]),
    ("({n}) ", ["1", "2", "3"]),
    ("  {n}. ", ["1", "2", "3"]),
])
@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_numbered_lists(style: str, numbers: list[str], separator: str) -> None:
    section = separator.join(style.format(n=n) + ref for n, ref in zip(numbers, [REF1, REF2, REF3], strict=True))
    refs = split_references(section)
    assert [r.text for r in refs] == [REF1, REF2, REF3]
    assert [r.number for r in refs] == numbers
    assert refs[0].marker == style.strip().format(n=1)


def test_alpha_labels() -> None:
    refs = split_references(f"[Smi20] {REF1}\n[DR19] {REF2}")
    assert [(r.number, r.text) for r in refs] == [("Smi20", REF1), ("DR19", REF2)]


@pytest.mark.parametrize("bullet", ["-", "*", "+", "•"])
def test_bullets(bullet: str) -> None:
    refs = split_references(f"{bullet} {REF1}\n{bullet} {REF2}")
    assert [r.text for r in refs] == [REF1, REF2]
    assert [r.marker for r in refs] == [bullet, bullet] and refs[0].number is None


def test_italic_title_at_line_start_is_not_a_bullet() -> None:
    ref = "*The Chicago Manual of Style*. (2017). 17th ed. University of Chicago Press."
    refs = split_references(ref)
    assert [r.text for r in refs] == [ref] and refs[0].marker is None


def test_hanging_indent() -> None:
    section = (
        "Smith, J. (2020). A very long title that goes on\n"
        "    and on. *Journal*, 1, 2–3.\n"
        "Doe, A. (2019). Another title\n"
        "    continued here.\n"
    )
    assert texts(section) == [
        "Smith, J. (2020). A very long title that goes on and on. *Journal*, 1, 2–3.",
        "Doe, A. (2019). Another title continued here.",
    ]


def test_hard_wrapped_paragraph_is_one_reference() -> None:
    section = (
        "Smith, J., & Doe, A. (2020). A very long title that\n"
        "wraps onto the next line. In\n"
        "Jones, B. (Ed.), *Handbook of things* (pp. 1–9). Press."
    )
    assert texts(section) == [" ".join(section.split("\n"))]


def test_numbered_list_with_wrapped_items() -> None:
    section = "1. Smith, J. (2020). A long title\n   that wraps.\n2. Doe, A. (2019). Short.\n"
    refs = split_references(section)
    assert [r.text for r in refs] == ["Smith, J. (2020). A long title that wraps.", "Doe, A. (2019). Short."]
    assert [r.line for r in refs] == [1, 3]


def test_loose_list_continuation_paragraph() -> None:
    section = "1. Smith, J. (2020). Title.\n\n   An annotation about it.\n\n2. Doe, A. (2019). Short.\n"
    assert texts(section) == ["Smith, J. (2020). Title. An annotation about it.", "Doe, A. (2019). Short."]


def test_hyphenated_url_break_joins_without_space() -> None:
    section = "Smith, J. (2020). Title. https://example.org/a-very-long-\npath-name\n"
    assert texts(section) == ["Smith, J. (2020). Title. https://example.org/a-very-long-path-name"]


def test_url_broken_after_a_slash() -> None:
    section = (
        "Doe, A. (2019). Title. https://doi.org/10.1000/\n    abc-def\n\n"
        "Roe, B. (2018). T. https://x.org/\nAccessed 2020."
    )
    assert texts(section) == [
        "Doe, A. (2019). Title. https://doi.org/10.1000/abc-def",
        "Roe, B. (2018). T. https://x.org/ Accessed 2020.",
    ]
    # a second address on the next line is no rest of the first
    assert texts("Doe, A. (2011). Title. doi:10.1002/jcc.21787.\n   https://www.mdanalysis.org\n") == [
        "Doe, A. (2011). Title. doi:10.1002/jcc.21787. https://www.mdanalysis.org"]


def test_wikipedia_back_links_go_with_the_marker() -> None:
    refs = split_references("1. ^ Smith, John (2020). Things.\n2. ^ a b Doe, Jane (2019). Stuff.")
    assert [(r.number, r.marker, r.text) for r in refs] == [
        ("1", "1. ^", "Smith, John (2020). Things."), ("2", "2. ^ a b", "Doe, Jane (2019). Stuff.")]


def test_mla_list_with_a_title_first_entry() -> None:
    section = (
        "Achebe, Chinua. *Things Fall Apart*. Anchor Books, 1994.\n"
        "Morrison, Toni. *Beloved*. Knopf, 1987.\n"
        '"The Wikipedia Article." *Wikipedia*, Wikimedia Foundation, 1 Jan. 2020, en.wikipedia.org/wiki/X.'
    )
    assert texts(section) == section.split("\n")


@pytest.mark.parametrize("url", [
    "<https://example.org/a>", "https://doi.org/10.1000/xyz", "doi:10.1000/xyz", "10.1000/xyz",
    "Retrieved from https://example.org/a", "Available at: <https://example.org/a>",
    "[https://example.org/a](https://example.org/a)",
])
def test_url_only_paragraph_belongs_to_the_reference_before(url: str) -> None:
    assert texts(f"{REF1}\n\n{url}\n\n{REF2}") == [f"{REF1} {url}", REF2]


def test_url_only_line_belongs_to_the_reference_above() -> None:
    assert texts(f"{REF1}\nhttps://example.org/a\n{REF2}") == [f"{REF1} https://example.org/a", REF2]


def test_a_list_of_bare_dois_stays_apart() -> None:
    assert texts("https://doi.org/10.1/a\n\nhttps://doi.org/10.1/b\n") == [
        "https://doi.org/10.1/a", "https://doi.org/10.1/b"]


def test_url_does_not_attach_across_a_heading() -> None:
    refs = split_references(f"{REF1}\n\n## Web\n\n<https://example.org/a>\n")
    assert [r.text for r in refs] == [REF1, "<https://example.org/a>"]
    assert refs[1].group == "Web"


def test_groups() -> None:
    section = (
        f"### Primary sources\n\n{REF1}\n\n**Secondary sources**\n\n{REF2}\n\n"
        f"Online sources:\n\n{REF3}\n\nReports\n-------\n\n{REF1}\n\nGovernment Documents\n\n{REF2}"
    )
    refs = split_references(section)
    assert [(r.group, r.text) for r in refs] == [
        ("Primary sources", REF1), ("Secondary sources", REF2), ("Online sources", REF3), ("Reports", REF1),
        ("Government Documents", REF2)]


def test_a_label_at_the_end_is_kept_as_text() -> None:
    assert texts(f"{REF1}\n\nOnline Sources") == [REF1, "Online Sources"]


def test_rules_are_separators() -> None:
    assert texts(f"{REF1}\n\n---\n\n{REF2}") == [REF1, REF2]


def test_quote_markers_and_trailing_breaks_are_stripped() -> None:
    assert texts(f"> {REF1}  \n>\n> {REF2}") == [REF1, REF2]


def test_emphasis_and_inner_whitespace() -> None:
    assert texts("Smith,   J.\t(2020).   _A title_.") == ["Smith, J. (2020). _A title_."]


def test_empty() -> None:
    assert split_references("") == []
    assert split_references("\n  \n\n") == []


def test_returns_dataclasses() -> None:
    (ref,) = split_references("[7] " + REF1)
    assert ref == RawReference(text=REF1, number="7", line=1, marker="[7]", group=None)


# --- Nothing is lost -------------------------------------------------------------------------

def _chars(text: str) -> str:
    # A hyphen that only marked a line break ("infor-" + "mation") is dropped on purpose, and so is Wikipedia's
    # back-link mark opening an entry ("^ a b Title", "^\x850": no reference starts with "^").
    return re.sub(r"[\s\-^↑]+", "", text)


def _output_chars(refs: list[RawReference]) -> str:
    return "".join(_chars((r.marker or "") + r.text) for r in refs)


# Lines the splitter treats as structure rather than reference text (tested above, not here):
# headings, rules, setext underlines, quote markers, one-line group labels (emphasised, ending
# in a colon, or bare words), and a list label alone on its line ("12.", "[3]": the number pdftotext
# leaves in the margin, joined to the entry after it or, in a column of labels, dropped).
_STRUCTURE = re.compile(
    r"^\s*(?:#|>|[-*_=]{3}|[-=]+\s*$)|^\s*[*_].*[*_]:?\s*$|:\s*$|^\s*[^\W\d_](?:[^\W\d_]|[\s&'’-])*$"
    r"|^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,3}[.)])\s*$"
)

_WORD = st.text(alphabet="abcXYZ019.,;:()[]*_-–/<>&'\"", min_size=1, max_size=8)
_LINE = st.builds(
    lambda indent, marker, words: indent + marker + " ".join(words),
    st.sampled_from(["", "", "  ", "    ", "\t"]),
    st.sampled_from(["", "", "", "1. ", "12) ", "[3] ", "(4) ", "- ", "* ", "• ", "[Ab12] "]),
    st.lists(_WORD, min_size=1, max_size=8),
)


def _heads_a_group(lines: list[str], i: int, groups: set[str]) -> bool:
    """The line is a bullet naming a group: its words name one, and the next line with words is indented under it
    (a sub-item whose words happen to equal the group's name is no heading)."""
    if strip_marker(lines[i].strip())[0].rstrip(":：").strip() not in groups:
        return False
    head = lines[i].expandtabs(4)  # a tab indents as the splitter counts it
    after = next((line for line in lines[i + 1 :] if line.strip()), "").expandtabs(4)
    return len(after) - len(after.lstrip()) > len(head) - len(head.lstrip())


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(_LINE, st.just(""), st.just("https://doi.org/10.1/x-"), st.just("<https://x.org/a>")),
                max_size=25))
@example(["0", "", "- ;", "  1. 0", "https://doi.org/10.1/x-"])
@example(["- ;", "  1. ;", "https://doi.org/10.1/x-"])
@example([":: :::::: :<", ":: :::::: :<"])
@example(["  - ;", "\t1. 0", "https://doi.org/10.1/x-"])
@example(["Some words here twice", "Some words here twice"])
def test_nothing_is_lost(lines: list[str]) -> None:
    lines = [line for line in lines if not _STRUCTURE.search(line)]
    section = "\n".join(lines)
    refs = split_references(section)
    # a bullet naming the sub-items under it ("- Official documentation" over "  1. …") is kept as their group
    groups = {r.group for r in refs if r.group}
    heads = [i for i in range(len(lines)) if _heads_a_group(lines, i, groups)]
    kept = [line for i, line in enumerate(lines) if i not in heads]
    # a line naming the work the entry under it names again is that entry's caption, kept as its group
    named = {strip_marker(lines[i].strip())[0].rstrip(":：").strip() for i in heads}
    captions = "".join(_chars((r.group if r.group and r.group not in named else "") + (r.marker or "") + r.text)
                       for r in refs)
    assert captions == _chars("\n".join(kept))
    assert all(r.text.strip() == r.text and r.text for r in refs)
    assert [r.line for r in refs] == sorted(r.line for r in refs)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
@example("0.")
@example("^\x850")
def test_nothing_is_lost_in_arbitrary_text(section: str) -> None:
    lines = re.split(r"\r\n|\r|\n", section)
    section = "\n".join(line for line in lines if not _STRUCTURE.search(line))
    assert _output_chars(split_references(section)) == _chars(section)


def test_a_label_alone_on_its_line_joins_the_entry_after_it_and_a_column_of_labels_is_dropped() -> None:
    one = split_references("12.\n\nSmith, J. (2020). Title. Journal, 1, 2.")
    assert [(r.marker, r.number, r.text) for r in one] == [("12.", "12", "Smith, J. (2020). Title. Journal, 1, 2.")]
    column = split_references("[1]\n\n[2]\n\nSmith, J. (2020). Title. Journal, 1, 2.\n\nDoe, A. (2019). Other. J, 3.")
    assert [r.text[:6] for r in column] == ["Smith,", "Doe, A"]


def test_one_dated_entry_a_line_with_no_names_is_a_list() -> None:
    # treaties cited by their title, one a line, each closed by its full stop and dated: no hard-wrapped entry
    section = (
        "Paris Agreement, Dec. 12, 2015, T.I.A.S. No. 16-1104.\n"
        "Vienna Convention on the Law of Treaties, May 23, 1969, 1155 U.N.T.S. 331.\n"
        "International Covenant on Civil and Political Rights, Dec. 16, 1966, 999 U.N.T.S. 171.\n"
        "Convention on the Rights of the Child, Nov. 20, 1989, 1577 U.N.T.S. 3.\n"
    )
    assert texts(section) == [line for line in section.splitlines()]


def test_an_entry_written_an_element_a_line_stays_whole() -> None:
    section = "Smith, John.\nThe Title of the Book.\nNew York: Penguin, 2010.\n"
    assert texts(section) == ["Smith, John. The Title of the Book. New York: Penguin, 2010."]
