"""Tokens keep offsets and read markup into attributes, whatever the spacing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.parse.tokens import BRACKET, ITALIC, LINK, PAREN, QUOTED, tokenize


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_offsets_and_punctuation() -> None:
    text = "Smith, J. (2020). Title. Journal, 12(3), 45–67."
    toks = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert words(text) == [
        "Smith",
        ",",
        "J",
        ".",
        "(",
        "2020",
        ").",
        "Title",
        ".",
        "Journal",
        ",",
        "12",
        "(",
        "3",
        "),",
        "45–67",
        ".",
    ]
    assert toks[5].attrs & PAREN and not toks[0].attrs & PAREN


def test_spaces_around_punctuation_give_the_same_words() -> None:
    plain = [t.norm for t in tokenize("Smith, J. Title. Journal, 12(3), 45-67.")]
    spaced = [t.norm for t in tokenize("Smith , J . Title . Journal , 12 ( 3 ) , 45-67 .")]
    assert [w for w in plain if w.isalnum()] == [w for w in spaced if w.isalnum()]
    assert tokenize("Smith , J")[1].space_before is True


def test_markdown_italics_are_an_attribute_and_markers_no_token() -> None:
    toks = tokenize("Doe, J. (2019). *The book of things*. Press.")
    assert "*" not in "".join(t.text for t in toks)
    italic = [t.text for t in toks if t.attrs & ITALIC]
    assert italic == ["The", "book", "of", "things"]
    assert [t.text for t in tokenize("_Nature_, 12")][0] == "Nature"
    assert tokenize("<i>Nature</i>, 12")[0].attrs & ITALIC


def test_underscores_inside_a_word_join_it() -> None:
    # an identifier ("lab_notes_2019") is one word; underscores around words still mark italics
    assert words("owner/lab_notes_2019: Raw data") == ["owner", "/", "lab_notes_2019", ":", "Raw", "data"]
    toks = tokenize("_Journal of Things_, 3")
    assert [t.text for t in toks if t.attrs & ITALIC] == ["Journal", "of", "Things"]
    assert words("a _ b") == ["a", "_", "b"]


def test_links_and_angle_urls() -> None:
    text = "Doe, J. [Online report](https://example.org/a(b)). <https://x.org/y>."
    toks = tokenize(text)
    urls = [t for t in toks if t.kind == "url"]
    assert [u.text for u in urls] == ["https://example.org/a(b)", "https://x.org/y"]
    assert all(u.attrs & LINK for u in urls)
    assert [t.text for t in toks if t.attrs & LINK and t.kind == "word"] == ["Online", "report"]


def test_quotes_and_brackets_mark_what_they_enclose() -> None:
    toks = tokenize('Doe, "A title," in [Proc.] 2001')
    assert [t.text for t in toks if t.attrs & QUOTED and t.kind == "word"] == ["A", "title"]
    assert toks[2].kind == "open"
    assert [t.text for t in toks if t.attrs & BRACKET] == ["Proc", ".]"]


def test_text_as_pdfs_produce_it() -> None:
    toks = tokenize("The grav- ity of ﬁelds, AT&amp;T, Cell72: 85")
    norms = [t.norm for t in toks]
    assert "gravity" in norms and "fields" in norms and "&" in norms
    assert toks[1].text == "grav- ity"
    assert norms[-4:] == ["Cell", "72", ":", "85"]


def test_urls_and_dois_lose_sentence_punctuation() -> None:
    toks = tokenize("See https://doi.org/10.1000/x.y. And 10.1103/PhysRevX.5.011024, ok")
    assert [t.text for t in toks if t.kind in ("url", "doi")] == [
        "https://doi.org/10.1000/x.y",
        "10.1103/PhysRevX.5.011024",
    ]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="<"), max_size=120))
def test_every_character_is_kept(text: str) -> None:
    toks = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:], strict=False))
    covered = {i for t in toks for i in range(t.start, t.end)}
    missing = [c for i, c in enumerate(text) if i not in covered and not c.isspace()]
    # only markup markers (italic stars and underscores, link brackets) may stay out of every token
    assert all(c in "*_[]()" for c in missing), missing
