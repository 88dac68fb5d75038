"""A mend's declared marks and words are sequences of strings: a string given whole would be read as its
characters (``marks="ISBN"`` a mark of each letter), a gate that lets nearly every reference pass."""

from __future__ import annotations

import ast
import inspect
import textwrap

import pytest

from biblio.parse.mends import MENDS
from biblio.parse.mends.gated import Mend, needs, plan


def _declared_strings(one: Mend) -> list[str]:
    """The ``marks`` and ``words`` of the mend's ``@needs`` given as one string (a literal or a name bound to one)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(one)))
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        for call in node.decorator_list:
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "needs"):
                continue
            for kw in call.keywords:
                if kw.arg not in ("marks", "words"):
                    continue
                value = kw.value
                if isinstance(value, ast.Constant):
                    given = value.value
                elif isinstance(value, ast.Name):
                    given = one.__globals__.get(value.id)
                else:
                    continue
                if isinstance(given, str):
                    found.append(f"{one.__name__}: {kw.arg}={given!r}")
    return found


def test_no_mend_declares_its_marks_or_words_as_one_string() -> None:
    steps = plan(MENDS)
    assert len(steps) > 100
    found = [line for step in steps for line in _declared_strings(step[5])]
    assert found == []


def test_needs_rejects_one_string_given_for_the_marks_or_words() -> None:
    with pytest.raises(TypeError):
        needs(marks="ISBN")
    with pytest.raises(TypeError):
        needs(words="online")
    assert needs(marks=["ISBN"], words=("online",))
