"""The parts of a reference and the features counted from its end (biblio/parse/features/parts.py),
and the far words of position.py, on references in two styles."""

from __future__ import annotations

from collections.abc import Callable

from biblio.parse.features import _word_entry, parts, position
from biblio.parse.tokens import Token, tokenize

CHICAGO = 'Lee, Kim. "A Model of Things." *The Review* 12, no. 4 (1991): 100-120.'
APA = "Smith, J. (2001). A study of things. *Journal of Stuff*, 12(3), 1-10."


Group = Callable[[list[list[str]], list[Token], list[str], list[bool]], None]


def _feats(text: str, group: Group) -> dict[str, list[str]]:
    """Each word's features from one group (the first occurrence of a word)."""
    tokens = tokenize(text)
    entries = [_word_entry(t.norm, t.kind) for t in tokens]
    out: list[list[str]] = [[] for _ in tokens]
    group(out, tokens, [e[5] for e in entries], [e[6] for e in entries])
    by_word: dict[str, list[str]] = {}
    for tok, feats in zip(tokens, out, strict=True):
        by_word.setdefault(tok.norm, feats)
    return by_word


def _wide(out: list[list[str]], tokens: list[Token], cases: list[str], _years: list[bool]) -> None:
    position.add_wide(out, tokens, cases)


def test_parts_end_at_full_stops_and_where_italics_or_quotes_change() -> None:
    tokens = tokenize(APA)
    words = [" ".join(t.norm for t in tokens[a:b]) for a, b in parts.bounds(tokens)]
    assert words == ["Smith , J . ( 2001 ).", "A study of things .", "Journal of Stuff ,", "12 ( 3 ), 1-10 ."]
    # the initial's stop does not end a part; a quoted title and an italic journal are parts of their own
    tokens = tokenize(CHICAGO)
    words = [" ".join(t.norm for t in tokens[a:b]) for a, b in parts.bounds(tokens)]
    assert 'A Model of Things ."' in words and "The Review" in words


def test_stops_are_counted_from_the_end_without_the_final_one() -> None:
    f = _feats(APA, parts.add_from_end)
    assert "se=2" in f["Smith"] and "se=1" in f["study"] and "se=0" in f["Journal"] and "se=0" in f["12"]
    assert "se=1|x" in f["study"]
    # what follows: the title has italics and a number after it, the journal only numbers
    assert {"beforeitalic", "beforenum"} <= set(f["study"]) and "beforeyear" not in f["study"]
    assert "beforeyear" in f["Smith"] and "beforeitalic" not in f["Journal"]


def test_a_token_knows_its_part() -> None:
    f = _feats(APA, parts.add_blocks)
    assert {"p:first", "p:year", "p:digit", "pi=0", "pe=3"} <= set(f["Smith"])
    assert {"pl=3-5", "pi=1", "pe=2"} <= set(f["study"]) and "p:digit" not in f["study"]
    assert {"p:it", "pe=1"} <= set(f["Journal"]) and {"p:last", "pe=0"} <= set(f["12"])
    assert "p:quo" in _feats(CHICAGO, parts.add_blocks)["Model"]


def test_far_words_and_the_previous_word_with_the_case_class() -> None:
    f = _feats(APA, _wide)
    assert "-3w=a" in f["things"] and "+3w=things" in f["A"] and "-1w=of|X" in f["Stuff"]
    assert "bos|X" in f["Smith"]


def test_position_features_hold_the_groups_the_model_was_trained_with() -> None:
    tokens = tokenize(CHICAGO)
    cases = [position.case_class(t.norm, t.kind) for t in tokens]
    placed = position.features(tokens, cases, [False] * len(tokens))
    assert len(placed) == len(tokens)
    assert all(any(f.startswith("se=") for f in p) for p in placed) == ("end" in position.GROUPS)
    assert all(any(f.startswith("pl=") for f in p) for p in placed) == ("part" in position.GROUPS)
    assert any(f.startswith("+3w=") for f in placed[0]) == ("wide" in position.GROUPS)
