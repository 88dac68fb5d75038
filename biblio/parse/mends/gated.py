"""Mends run only where a reading holds the labels they mend: one look at the labels serves several
mends, so a reference none of them can apply to costs a set and a few subset tests.

A mend says beside itself what it needs (``@needs(...)``): labels that must be read, labels that must not,
marks the text must hold. ``run_mends`` looks at those facts before calling it: the label needs once per set
of labels read (``Plan.open_for``), the marks and words per reference; a mend with no declaration always
runs. A declaration only skips calls that would change nothing (``tests/parse/test_mend_needs.py`` checks it
on the gold sets)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import NamedTuple, TypeVar

from biblio.parse.spans import Span

Mend = Callable[[list[Span], str], list[Span]]


# the last list asked about and its labels, as one tuple read and replaced whole (no torn pair across threads)
_NONE: tuple[list[Span], frozenset[str]] = ([], frozenset())
_last = [_NONE]


def labels_of(spans: list[Span]) -> frozenset[str]:
    """The labels read in ``spans``. A mend that changes nothing returns the list it was given, and no
    mend changes a list in place, so the set is kept for the last list asked about: most mends of a
    reference see the same list and share one look at it."""
    kept = _last[0]
    if kept[0] is spans:
        return kept[1]
    labels = frozenset([s.label for s in spans])
    _last[0] = (spans, labels)
    return labels


def forget_labels() -> None:
    """Drop the kept set: a list is only known unchanged within one pass of the mends."""
    _last[0] = _NONE


class Needs(NamedTuple):
    """What a mend needs to change anything; empty parts ask nothing."""

    labels: frozenset[str] = frozenset()  # all read
    any_label: frozenset[str] = frozenset()  # one of them read
    without: frozenset[str] = frozenset()  # none of them read
    marks: tuple[str, ...] = ()  # the text holds one of them
    words: tuple[str, ...] = ()  # the lower-cased text may hold one of them (``may_hold``)


NO_NEEDS = Needs()
M = TypeVar("M", bound=Mend)


def needs(
    *,
    labels: Iterable[str] = (),
    any_label: Iterable[str] = (),
    without: Iterable[str] = (),
    marks: Iterable[str] = (),
    words: Iterable[str] = (),
) -> Callable[[M], M]:
    """Declare what the mend needs to change anything: each part a necessary condition, never a choice."""
    if isinstance(marks, str) or isinstance(words, str):
        # (a string would be read as its characters: ``"ISBN"`` four marks of one letter each)
        raise TypeError("the marks and words a mend needs are a sequence of strings, not one string")
    if any(w != w.lower() for w in words):
        # (the words are looked for in the lower-cased text: a capital one would never be found, its mend never run)
        raise ValueError(f"the words a mend needs are lower-case: {[w for w in words if w != w.lower()]}")
    declared = Needs(frozenset(labels), frozenset(any_label), frozenset(without), tuple(marks), tuple(words))

    def declare(mend: M) -> M:
        setattr(mend, "needs", declared)  # noqa: B010 (an attribute mypy does not know functions carry)
        return mend

    return declare


def needs_of(mend: Mend) -> Needs:
    """The mend's declared needs (none declared: it always runs)."""
    found = getattr(mend, "needs", NO_NEEDS)
    return found if isinstance(found, Needs) else NO_NEEDS


def gated(name: str, *mends: tuple[frozenset[str], Mend]) -> Mend:
    """One mend that applies each of ``mends`` in order where its labels are all read."""
    steps = Plan(_step(one, labels) for labels, one in mends)

    def run(spans: list[Span], text: str) -> list[Span]:
        return run_mends(steps, spans, text)

    run.__name__ = run.__qualname__ = name
    setattr(run, "steps", steps)  # noqa: B010 (its parts, for a plan that runs them one by one)
    return run


Step = tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...], Mend]
# a step whose label needs a set of labels meets: its place in the plan, its one mark (or its several marks),
# its words, its mend; one mark is tested in the loop itself, with no call
_Open = tuple[int, str, tuple[str, ...], tuple[str, ...], Mend]
# Sets of labels a plan keeps its open steps for; some 500 sets in 3,000 references, a few a reference after.
_OPEN_LIMIT = 4096


class Plan(tuple[Step, ...]):
    """Steps in order, which keep, per set of labels read, the steps whose label needs that set meets: the
    labels rarely change within a pass (a mend changes about one reading in five), and a set met once is
    met again, so a pass tests most steps' labels in one dictionary look-up."""

    def open_for(self, labels: frozenset[str]) -> tuple[_Open, ...]:
        """The steps whose label needs ``labels`` meets, in order."""
        table: dict[frozenset[str], tuple[_Open, ...]] = self.__dict__.setdefault("_open", {})
        found = table.get(labels)
        if found is None:
            if len(table) >= _OPEN_LIMIT:
                table.clear()
            found = table[labels] = self._index().open_for(labels)
        return found

    def _index(self) -> _Index:
        index: _Index | None = self.__dict__.get("_by_label")
        if index is None:
            index = self.__dict__["_by_label"] = _Index(self)
        return index


class _Index:
    """A plan's steps by the labels their needs name, so that the steps a new set of labels opens are found with
    a few unions of sets of places, not a test of every step (some 650; a new set is met every few references)."""

    def __init__(self, steps: tuple[Step, ...]) -> None:
        self.entries: tuple[_Open, ...] = tuple(
            (i, marks[0] if len(marks) == 1 else "", marks if len(marks) > 1 else (), words, one)
            for i, (_need, _any, _without, marks, words, one) in enumerate(steps)
        )
        self.places = range(len(steps))
        self.every = frozenset(self.places)
        self.needing: dict[str, set[int]] = {}  # a label: the steps that need it read
        self.barred: dict[str, set[int]] = {}  # a label: the steps that need it not read
        self.one_of: dict[str, set[int]] = {}  # a label: the steps one of whose labels it is
        self.choosing: set[int] = set()  # the steps that need one of their labels read
        for i, (need, any_label, without, *_rest) in enumerate(steps):
            for label in need:
                self.needing.setdefault(label, set()).add(i)
            for label in without:
                self.barred.setdefault(label, set()).add(i)
            for label in any_label:
                self.one_of.setdefault(label, set()).add(i)
            if any_label:
                self.choosing.add(i)

    def open_for(self, labels: frozenset[str]) -> tuple[_Open, ...]:
        chosen: set[int] = set()
        for label in labels:
            chosen |= self.one_of.get(label, _NO_PLACES)
        shut = self.choosing - chosen
        for label, places in self.needing.items():
            if label not in labels:
                shut |= places
        for label in labels:
            shut |= self.barred.get(label, _NO_PLACES)
        opened = sorted(self.every - shut)
        if len(opened) < 2:
            return tuple(self.entries[i] for i in opened)
        return itemgetter(*opened)(self.entries)  # type: ignore[no-any-return]


_NO_PLACES: frozenset[int] = frozenset()


def _step(mend: Mend, labels: frozenset[str] = frozenset()) -> Step:
    own = needs_of(mend)
    return (own.labels | labels, own.any_label, own.without, own.marks, own.words, mend)


def plan(mends: Iterable[Mend]) -> Plan:
    """The mends in order with their needs, a group's parts laid out in its place."""
    steps: list[Step] = []
    for one in mends:
        parts = getattr(one, "steps", None)
        steps.extend(parts if parts is not None else [_step(one)])
    return Plan(steps)


def may_apply(step: Step, spans: list[Span], text: str) -> bool:
    """Whether ``run_mends`` calls the step's mend on ``spans`` (for checking a declaration)."""
    called: list[bool] = []

    def probe(spans: list[Span], text: str) -> list[Span]:
        called.append(True)
        return spans

    run_mends(Plan([(step[0], step[1], step[2], step[3], step[4], probe)]), spans, text)
    return bool(called)


def run_mends(steps: Plan, spans: list[Span], text: str) -> list[Span]:
    """Apply each step's mend in order, skipping those whose needs the reading and text lack (the tests
    written out in the loop: it runs some 80 times a reference)."""
    seen = one_spaced(text)  # the marks and words are looked for here, the mends read ``text``
    low = seen.lower()
    folds = _folds(text)
    labels = labels_of(spans)
    for i, mark, marks, words, one in steps.open_for(labels):
        if (
            mark and mark not in seen
            or marks and not holds_any(seen, marks)
            or words and not folds and not holds_any(low, words)
        ):
            continue
        mended = one(spans, text)
        if mended is not spans:
            if labels_of(mended) != labels:  # other steps open: go on with those after this one
                return _run_after(steps, i, mended, text, seen, low, folds)
            spans = mended
    return spans


def _run_after(steps: Plan, done: int, spans: list[Span], text: str, seen: str, low: str, folds: bool) -> list[Span]:
    """``run_mends`` from the step after the ``done``-th, for a reading whose labels have just changed."""
    labels = labels_of(spans)
    for i, mark, marks, words, one in steps.open_for(labels):
        if (
            i <= done
            or mark and mark not in seen
            or marks and not holds_any(seen, marks)
            or words and not folds and not holds_any(low, words)
        ):
            continue
        mended = one(spans, text)
        if mended is not spans:
            if labels_of(mended) != labels:
                return _run_after(steps, i, mended, text, seen, low, folds)
            spans = mended
    return spans


# two spaces, or a whitespace other than the space: a run the marks' single space stands for
_LOOSE_SPACE = re.compile(r"[^\S ]|  ")
_SPACE_RUN = re.compile(r"\s+")


def one_spaced(text: str) -> str:
    """``text`` with each run of whitespace read as one space, for the marks' test: a mark's space stands for its
    pattern's ``\\s+``, which a tab, a line break or two spaces (``Karvinen, T. 2022.  Title.``) meet as well, so
    the gate is never stricter than the pattern. Every whitespace but the space is unprintable: most texts are
    passed by two cheap tests, with no pattern run."""
    if "  " not in text and text.isprintable() or _LOOSE_SPACE.search(text) is None:
        return text
    return _SPACE_RUN.sub(" ", text)


def holds_any(text: str, marks: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``marks``: a loop, cheaper than any() over a generator, for the
    first look a mend makes on every reference."""
    for m in marks:  # noqa: SIM110 (the loop is the point: any() over a generator costs more)
        if m in text:
            return True
    return False


# the letters a case-blind pattern also matches to an ASCII letter: long s, Kelvin sign, dotless and dotted I
_FOLDS_TO_ASCII = re.compile("[\u017f\u212a\u0131\u0130]")


def may_hold(text: str, *words: str) -> bool:
    """Whether a case-blind pattern each of whose matches holds one of ``words`` (lower-case ASCII) may
    match ``text``: False only where it cannot, a cheap test before the pattern."""
    return holds_any(text.lower(), words) or _folds(text)


def _folds(text: str) -> bool:
    return not text.isascii() and _FOLDS_TO_ASCII.search(text) is not None
