"""The parts of a reference and the features counted from its end (biblio/parse/features/parts.py),
and the far words of position.py, on references in two styles."""

from __future__ import annotations

from biblio.parse.features import parts, position, sequence_features
from biblio.parse.tokens import tokenize

CHICAGO = 'Lee, Kim. "A Model of Things." *The Review* 12, no. 4 (1991): 100-120.'
APA = "Smith, J. (2001). A study of things. *Journal of Stuff*, 12(3), 1-10."


def _feats(text: str) -> dict[str, list[str]]:
    """Each word's features (the first occurrence of a word)."""
    out: dict[str, list[str]] = {}
    for tok, feats in zip(tokenize(text), sequence_features(tokenize(text)), strict=True):
        out.setdefault(tok.norm, feats)
    return out


def test_parts_end_at_full_stops_and_where_italics_or_quotes_change() -> None:
    tokens = tokenize(APA)
    words = [" ".join(t.norm for t in tokens[a:b]) for a, b in parts.bounds(tokens)]
    assert words == ["Smith , J . ( 2001 ).", "A study of things .", "Journal of Stuff ,", "12 ( 3 ), 1-10 ."]
    # the initial's stop does not end a part; a quoted title and an italic journal are parts of their own
    tokens = tokenize(CHICAGO)
    words = [" ".join(t.norm for t in tokens[a:b]) for a, b in parts.bounds(tokens)]
    assert 'A Model of Things ."' in words and "The Review" in words


def test_stops_are_counted_from_the_end_without_the_final_one() -> None:
    f = _feats(APA)
    assert "se=2" in f["Smith"] and "se=1" in f["study"] and "se=0" in f["Journal"] and "se=0" in f["12"]
    assert "se=1|x" in f["study"]
    # what follows: the title has italics and a number after it, the journal only numbers
    assert {"beforeitalic", "beforenum"} <= set(f["study"]) and "beforeyear" not in f["study"]
    assert "beforeyear" in f["Smith"] and "beforeitalic" not in f["Journal"]


def test_a_token_knows_its_part() -> None:
    f = _feats(APA)
    assert {"p:first", "p:year", "p:digit", "pi=0", "pe=3"} <= set(f["Smith"])
    assert {"pl=3-5", "pi=1", "pe=2"} <= set(f["study"]) and "p:digit" not in f["study"]
    assert {"p:it", "pe=1"} <= set(f["Journal"]) and {"p:last", "pe=0"} <= set(f["12"])
    assert "p:quo" in _feats(CHICAGO)["Model"]


def test_far_words_and_the_previous_word_with_the_case_class() -> None:
    f = _feats(APA)
    assert "-3w=a" in f["things"] and "+3w=things" in f["A"] and "-1w=of|X" in f["Stuff"]
    assert "bos|X" in f["Smith"]


def test_position_features_take_the_same_arguments_and_cover_every_token() -> None:
    tokens = tokenize(CHICAGO)
    placed = position.features(tokens, [position.case_class(t.norm, t.kind) for t in tokens], [False] * len(tokens))
    assert len(placed) == len(tokens) and all(any(f.startswith("se=") for f in p) for p in placed)
