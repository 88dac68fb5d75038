"""What a mend declares it needs (``@needs``) only ever skips a call that would change nothing.

``run_mends`` looks at the labels read and the marks of the text before calling a mend; a declaration
that asked for more than the mend needs would lose a repair silently. Each declaration is checked
here on real references: every mend is run whatever its needs, and where they said "skip" it must
have returned the reading unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from biblio.parse.mends import MENDS, mend
from biblio.parse.mends.gated import (
    NO_NEEDS,
    Mend,
    Plan,
    forget_labels,
    gated,
    may_apply,
    needs,
    needs_of,
    plan,
    run_mends,
)
from biblio.parse.mends.worded_dates import _WORDED, _worded_month, names_a_month
from biblio.parse.model.labeller import default_labeller
from biblio.parse.spans import Span

from .span_cases import spans_of

_GOLD = Path(__file__).resolve().parents[1] / "data" / "parse"


@cache
def _every_gold_text() -> tuple[str, ...]:
    """Every gold text of every set, in the sets' order (read once for the module's tests)."""
    texts: list[str] = []
    for path in sorted(_GOLD.glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return tuple(texts)


def _gold_texts(count: int) -> list[str]:
    """``count`` gold texts spread evenly over every set (a fixed number: the test's time does not grow with the
    sets)."""
    texts = _every_gold_text()
    step = max(1.0, len(texts) / count)
    return [" ".join(t.split()) for t in (texts[int(i * step)] for i in range(min(count, len(texts)))) if t.strip()]


@pytest.fixture(scope="module")
def readings() -> dict[str, tuple[Span, ...]]:
    """The labeller's reading of each of the 900 texts the declarations are checked on (read once: the 450 texts
    of the whole-pass test are among them)."""
    reader = default_labeller()
    return {text: tuple(reader.read(text).spans) for text in _gold_texts(900)}


def _reading(readings: dict[str, tuple[Span, ...]], text: str) -> list[Span]:
    """A fresh list of the text's reading (no test sees a list another test's mends were given)."""
    found = readings.get(text)
    return list(found) if found is not None else default_labeller().read(text).spans


def _noting() -> Mend:
    """A new mend (each declaration is set on its function) that adds a note it was called."""

    def note(spans: list[Span], text: str) -> list[Span]:
        return [*spans, Span("note", "seen", 0, 0)]

    return note


def _callers(steps: Plan) -> Callable[[list[Span], str], frozenset[int]]:
    """The places of the steps ``run_mends`` calls on a reading: the steps' own needs over a probe that notes its
    place and changes nothing, so one pass asks every step's gate (as ``may_apply`` asks one)."""
    called: set[int] = set()

    def probe(place: int) -> Mend:
        def noted(spans: list[Span], text: str) -> list[Span]:
            called.add(place)
            return spans

        return noted

    probing = Plan([(*step[:5], probe(i)) for i, step in enumerate(steps)])

    def calls(spans: list[Span], text: str) -> frozenset[int]:
        called.clear()
        run_mends(probing, spans, text)
        return frozenset(called)

    return calls


def test_the_probe_of_every_step_asks_what_may_apply_asks(readings: dict[str, tuple[Span, ...]]) -> None:
    steps = plan(MENDS)
    calls = _callers(steps)
    for text in _gold_texts(900)[::45]:
        spans = _reading(readings, text)
        forget_labels()
        assert calls(spans, text) == {i for i, step in enumerate(steps) if may_apply(step, spans, text)}, text


@pytest.mark.parametrize("part", range(3))  # three parts (a failure names the third of the texts it is in)
def test_a_skipped_mend_would_have_changed_nothing_on_the_gold_sets(
    part: int, readings: dict[str, tuple[Span, ...]]
) -> None:
    steps = plan(MENDS)
    calls = _callers(steps)
    skipped = 0
    # (900 texts spread over every set and style, enough to meet each mend's gate)
    for text in _gold_texts(900)[part::3]:
        spans = _reading(readings, text)
        forget_labels()
        runs = calls(spans, text)  # asked again whenever a mend gives a new reading
        for i, step in enumerate(steps):
            mended = step[5](spans, text)
            if i not in runs:
                skipped += 1
                assert mended == spans, (step[5].__name__, text)
            if mended is not spans:
                spans = mended
                runs = calls(spans, text)
    assert skipped > 0


def test_the_plan_keeps_the_order_of_mends_with_each_group_in_its_place() -> None:
    names = [step[5].__name__ for step in plan(MENDS)]
    assert len(names) == len(set(names))
    for one in MENDS:
        parts = getattr(one, "steps", None)
        if parts is None:
            assert one.__name__ in names
        else:
            inner = [p[5].__name__ for p in parts]
            first = names.index(inner[0])
            assert names[first : first + len(inner)] == inner


def test_a_mend_with_no_declaration_always_runs() -> None:
    text = "Smith, J. A title."
    spans = spans_of(text, ("author", "Smith, J."), ("title", "A title."))
    note = _noting()
    assert needs_of(note) == NO_NEEDS
    assert run_mends(plan([note]), spans, text)[-1].text == "seen"
    assert run_mends(plan([note]), [], "")[-1].text == "seen"


@pytest.mark.parametrize(
    ("declared", "runs"),
    [
        ({"labels": ["title"]}, True),
        ({"labels": ["title", "journal"]}, False),
        ({"any_label": ["journal", "author"]}, True),
        ({"any_label": ["journal", "pages"]}, False),
        ({"without": ["editor"]}, True),
        ({"without": ["author"]}, False),
        ({"marks": ["A t"]}, True),
        ({"marks": "*_"}, False),
        ({"words": ["a title"]}, True),
        ({"words": ["journal"]}, False),
        ({"labels": ["title"], "marks": ":"}, False),
    ],
)
def test_each_part_of_a_declaration_is_a_condition_the_reading_or_text_must_meet(
    declared: dict[str, object], runs: bool
) -> None:
    text = "Smith, J. A title."
    spans = spans_of(text, ("author", "Smith, J."), ("title", "A title."))
    one = needs(**declared)(_noting())  # type: ignore[arg-type]
    assert may_apply(plan([one])[0], spans, text) is runs
    assert (len(run_mends(plan([one]), spans, text)) == 3) is runs


def test_a_case_blind_word_lets_through_the_letters_that_fold_onto_ascii() -> None:
    one = needs(words=["in:"])(_noting())
    text = "\u0130n: Zeitschrift, 22 (2013)."  # dotted capital I: a case-blind pattern reads it as "i"
    assert may_apply(plan([one])[0], spans_of(text, ("journal", "\u0130n: Zeitschrift,")), text)


def test_a_group_joins_its_labels_to_what_each_part_declares() -> None:
    part = needs(marks=":")(_noting())
    group = gated("group", (frozenset(["title"]), part))
    text = "Smith, J. A title: more."
    spans = spans_of(text, ("author", "Smith, J."), ("title", "A title: more."))
    assert group(spans, text)[-1].text == "seen"
    assert group(spans[:1], text) == spans[:1]  # no title
    assert group(spans, "Smith, J. A title.") == spans  # no colon
    assert plan([group])[0][0] == frozenset(["title"])


def test_mend_runs_the_declared_mends_to_the_same_reading_as_calling_each(
    readings: dict[str, tuple[Span, ...]]
) -> None:
    for text in _gold_texts(450):
        spans = _reading(readings, text)
        forget_labels()
        each = spans
        for one in MENDS:
            each = one(each, text)
        assert mend(spans, text) == each


@pytest.mark.parametrize(
    "text",
    [
        "Stockholm, 12 décembre 1960.",
        "*DoRANum*, 21 FÉVRIER 2017",
        "(janeiro de 2020)",
        "Lancet, MAY 2002;3",
        "Arquivo.pt, dezembro 2021",
        "Smith, J. 2001. Title. Journal 3: 1-4.",
    ],
)
def test_the_month_look_lets_through_every_text_whose_pattern_finds_a_month(text: str) -> None:
    found = any(_worded_month(m["month"]) for m in _WORDED.finditer(text))
    assert names_a_month(text) or not found


def test_the_month_look_agrees_with_the_pattern_on_the_gold_sets() -> None:
    for text in _gold_texts(9000):
        if any(_worded_month(m["month"]) for m in _WORDED.finditer(text)):
            assert names_a_month(text), text
