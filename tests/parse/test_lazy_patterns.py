"""A pattern compiled at its first use answers as ``re.compile`` of the same source does, and is compiled once."""

from __future__ import annotations

import re
from pathlib import Path

from biblio.parse.lazy_patterns import lazy_pattern

_SOURCE = r"(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]{3,})"
_TEXTS = ["", "12 décembre 1960, 3 mai", "no date here", "1 Jan 2 Feb"]


def test_nothing_is_compiled_before_the_first_use() -> None:
    rx = lazy_pattern(_SOURCE, re.I)
    assert rx.pattern == _SOURCE  # the source is there for patterns built from it
    assert "_compiled" not in vars(rx)
    rx.search("1 Jan")
    assert isinstance(vars(rx)["_compiled"], re.Pattern)


def test_every_method_answers_as_the_compiled_pattern() -> None:
    lazy, plain = lazy_pattern(_SOURCE, re.I), re.compile(_SOURCE, re.I)
    for text in _TEXTS:
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert lazy.findall(text) == plain.findall(text)
        assert lazy.sub("<date>", text) == plain.sub("<date>", text)
        assert lazy.split(text) == plain.split(text)
        for method in ("search", "match", "fullmatch"):
            got, want = getattr(lazy, method)(text), getattr(plain, method)(text)
            assert (got and got.groupdict()) == (want and want.groupdict())
    assert lazy.groupindex == plain.groupindex and lazy.flags == plain.flags


def test_the_pattern_is_compiled_once() -> None:
    rx = lazy_pattern(r"\d+")
    rx.search("1")
    first = vars(rx)["_compiled"]
    rx.findall("1 2")
    assert vars(rx)["_compiled"] is first
    m = rx.search("a 12")
    assert m is not None and m.re is first  # a match holds the compiled pattern, not the lazy one


def test_no_match_is_asked_whether_its_pattern_is_a_lazy_one() -> None:
    parser = Path(__file__).resolve().parents[2] / "biblio" / "parse"
    found = [
        f"{path.name}:{n}"
        for path in parser.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.re\s+is\b", line)
    ]
    assert not found  # always False for a lazy pattern: compare .pattern instead
