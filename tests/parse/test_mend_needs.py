"""What a mend declares it needs (``@needs``) only ever skips a call that would change nothing.

``run_mends`` looks at the labels read and the marks of the text before calling a mend; a declaration
that asked for more than the mend needs would lose a repair silently. Each declaration is checked
here on real references: every mend is run whatever its needs, and where they said "skip" it must
have returned the reading unchanged.
"""

from __future__ import annotations

import heapq
import importlib
import json
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pytest

from biblio.parse.mends import MENDS, mend
from biblio.parse.mends.gated import (
    NO_NEEDS,
    Mend,
    Plan,
    _folds,
    forget_labels,
    gated,
    labels_of,
    may_apply,
    needs,
    needs_of,
    one_spaced,
    plan,
    run_mends,
)
from biblio.parse.mends.worded_dates import _WORDED, _worded_month, names_a_month
from biblio.parse.model.labeller import default_labeller
from biblio.parse.spans import Span

from .span_cases import spans_of

_GATED = importlib.import_module("biblio.parse.mends.gated")  # (the package's ``gated`` is the function)
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


class _Parts:
    """Each part of each step's declaration (a label it needs, one it must not see, its labels one of which it
    needs, its marks, its words) as a number, and each part again as the only part a reading fails (the reading meets
    the rest of the declaration: where a declaration asking too much would show first)."""

    def __init__(self, steps: Plan) -> None:
        self.step_of: list[int] = []
        self.needing: dict[str, set[int]] = {}
        self.barred: dict[str, set[int]] = {}
        self.one_of: dict[str, set[int]] = {}
        self.marked: dict[str, set[int]] = {}
        self.worded: dict[str, set[int]] = {}
        self.choosing: set[int] = set()
        self.marking: set[int] = set()
        self.wording: set[int] = set()
        for i, (need, any_label, without, marks, words, _mend) in enumerate(steps):
            for label in need:
                self.needing.setdefault(label, set()).add(self._new(i))
            for label in without:
                self.barred.setdefault(label, set()).add(self._new(i))
            for kind, ids, found in (
                (self.choosing, self.one_of, any_label),
                (self.marking, self.marked, marks),
                (self.wording, self.worded, words),
            ):
                if found:
                    part = self._new(i)
                    kind.add(part)
                    for key in found:
                        ids.setdefault(key, set()).add(part)
        self._by_labels: dict[frozenset[str], _Failed] = {}

    def _new(self, step: int) -> int:
        self.step_of.append(step)
        return len(self.step_of) - 1

    def failed(self, read: set[frozenset[str]], text: str) -> set[int]:
        """The parts the readings of ``text`` whose sets of labels are ``read`` fail (each step's gate asks the same:
        ``gated.run_mends``), and those one of them fails alone (numbered after the parts)."""
        by_text = self._text_parts(text)
        out = set(by_text.parts)
        count = len(self.step_of)
        for labels in read:
            by_labels = self._by_labels.get(labels) or self._by_labels.setdefault(labels, self._label_parts(labels))
            out |= by_labels.parts
            out.update(by_labels.alone[step] + count for step in by_labels.alone.keys() - by_text.steps)
            out.update(by_text.alone[step] + count for step in by_text.alone.keys() - by_labels.steps)
        return out

    def _label_parts(self, labels: frozenset[str]) -> _Failed:
        out: set[int] = set()
        for label, ids in self.needing.items():
            if label not in labels:
                out |= ids
        met: set[int] = set()
        for label in labels:
            out |= self.barred.get(label, set())
            met |= self.one_of.get(label, set())
        return self._failed(out | (self.choosing - met))

    def _text_parts(self, text: str) -> _Failed:
        seen = one_spaced(text)
        out = self.marking - self._held(self.marked, seen)
        if not _folds(text):
            out |= self.wording - self._held(self.worded, seen.lower())
        return self._failed(out)

    def _failed(self, parts: set[int]) -> _Failed:
        failing = Counter(map(self.step_of.__getitem__, parts))
        return _Failed(parts, set(failing), {self.step_of[p]: p for p in parts if failing[self.step_of[p]] == 1})

    @staticmethod
    def _held(parts: dict[str, set[int]], text: str) -> set[int]:
        held: set[int] = set()
        for mark, ids in parts.items():
            if mark in text:
                held |= ids
        return held


class _Failed(NamedTuple):
    """The parts a reading's labels (or a text's marks and words) fail, their steps, and the steps failing one part
    of them with that part."""

    parts: set[int]
    steps: set[int]
    alone: dict[int, int]


def _labels_read(spans: list[Span], text: str) -> tuple[list[Span], set[frozenset[str]]]:
    """The reading ``mend`` gives, and the sets of labels of the text's reading and of each reading its mends give
    (every new reading's labels are looked at, ``gated.labels_of``, to find the steps they open)."""
    found: set[frozenset[str]] = set()

    def noted(spans: list[Span]) -> frozenset[str]:
        labels = labels_of(spans)
        found.add(labels)
        return labels

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_GATED, "labels_of", noted)
        mended = mend(spans, text)
    return mended, found


@pytest.fixture(scope="module")
def mended(readings: dict[str, tuple[Span, ...]]) -> dict[str, tuple[list[Span], set[frozenset[str]]]]:
    """Each of the 900 texts' reading as ``mend`` leaves it, and the labels of every reading met on the way: one pass
    of the mends a text, which the covering choice (the labels) and the whole-pass test (the reading) both read."""
    return {text: _labels_read(_reading(readings, text), text) for text in readings}


def _covering(mended: dict[str, tuple[list[Span], set[frozenset[str]]]], texts: list[str]) -> list[str]:
    """Texts among ``texts`` whose readings (each as read, and as each mend leaves it) fail every declared part that
    any of them fails, and every part any of them fails alone (greedy, the most new parts first, ties in the texts'
    order), in the texts' order."""
    parts = _Parts(plan(MENDS))
    failed = {text: parts.failed(mended[text][1], text) for text in texts}
    left = set().union(*failed.values())
    queue = [(-len(failed[text]), at, text) for at, text in enumerate(texts)]
    heapq.heapify(queue)
    chosen: set[str] = set()
    while left and queue:
        _gain, at, text = heapq.heappop(queue)
        gain = len(failed[text] & left)
        if queue and gain < -queue[0][0]:  # fewer new parts than it had: back in its place
            heapq.heappush(queue, (-gain, at, text))
        elif gain:
            chosen.add(text)
            left -= failed[text]
    return [text for text in texts if text in chosen]


@pytest.fixture(scope="module")
def covering(mended: dict[str, tuple[list[Span], set[frozenset[str]]]]) -> list[str]:
    """The texts of the 900 whose readings fail every part of the declarations that the 900's fail, and every part
    they fail alone (some 120)."""
    return _covering(mended, _gold_texts(900))


@pytest.mark.parametrize("part", range(3))  # three parts (a failure names the third of the texts it is in)
def test_a_skipped_mend_would_have_changed_nothing_on_the_gold_sets(
    part: int, readings: dict[str, tuple[Span, ...]], covering: list[str]
) -> None:
    steps = plan(MENDS)
    calls = _callers(steps)
    skipped = 0
    # (the 900 texts spread over every set and style meet each mend's gate; the texts among them that fail each part
    # of each declaration, and each part alone, that any of them fails are the ones a declaration asking too much
    # would show on: every mend is run on each of their readings)
    for text in covering[part::3]:
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
        ({"marks": ["*", "_"]}, False),
        ({"words": ["a title"]}, True),
        ({"words": ["journal"]}, False),
        ({"labels": ["title"], "marks": [":"]}, False),
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
    part = needs(marks=[":"])(_noting())
    group = gated("group", (frozenset(["title"]), part))
    text = "Smith, J. A title: more."
    spans = spans_of(text, ("author", "Smith, J."), ("title", "A title: more."))
    assert group(spans, text)[-1].text == "seen"
    assert group(spans[:1], text) == spans[:1]  # no title
    assert group(spans, "Smith, J. A title.") == spans  # no colon
    assert plan([group])[0][0] == frozenset(["title"])


def test_mend_runs_the_declared_mends_to_the_same_reading_as_calling_each(
    readings: dict[str, tuple[Span, ...]], mended: dict[str, tuple[list[Span], set[frozenset[str]]]]
) -> None:
    texts = _gold_texts(450)
    assert set(texts) <= set(mended)  # (the 450 are among the 900, whose reading ``mend`` gave is kept)
    for text in texts:
        each = _reading(readings, text)
        forget_labels()
        for one in MENDS:
            each = one(each, text)
        assert mended[text][0] == each


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
