"""The parser's fast paths give what the plain forms they replace give (round speed18: the output must not change).

- ``Plan.open_for`` finds the steps a set of labels opens through an index by label: the same steps, in order, as
  testing each step's needs.
- The needs-review signals that looked for a record's number with a pattern compiled from it now use fixed
  patterns and ``str.find``: the same verdicts on texts made of the pieces those patterns care about.
"""

from __future__ import annotations

import random
import re

from biblio.parse.mends import _STEPS
from biblio.parse.mends.gated import Plan, Step
from biblio.parse.review.misplaced import _ACCESS_PHRASE, _LINK, _year_only_noted
from biblio.parse.review.stray_parts import _holds_number, _link_label_as_number, _locator_as_length


def _naive_open(steps: tuple[Step, ...], labels: frozenset[str]) -> tuple[object, ...]:
    return tuple(
        (i, marks[0] if len(marks) == 1 else "", marks if len(marks) > 1 else (), words, one)
        for i, (need, any_label, without, marks, words, one) in enumerate(steps)
        if (not need or need <= labels)
        and not (any_label and any_label.isdisjoint(labels) or without and not without.isdisjoint(labels))
    )


def test_open_steps_by_label_index() -> None:
    steps = _STEPS
    named = sorted({label for need, any_label, without, *_ in steps for label in need | any_label | without})
    universe = [*named, "label-no-step-names"]
    rng = random.Random(18)
    index = Plan(steps)  # a plan of its own: its table starts empty
    for labels in [frozenset(), frozenset(universe)] + [
        frozenset(rng.sample(universe, rng.randint(0, len(universe)))) for _ in range(200)
    ]:
        found = index.open_for(labels)
        assert type(found) is tuple
        assert found == _naive_open(steps, labels)


def test_open_steps_of_a_one_step_plan() -> None:
    step = next(s for s in _STEPS if s[0] and s[2])  # labels needed and labels barred
    plan = Plan([step])
    need, without = step[0], step[2]
    assert plan.open_for(frozenset(need)) == _naive_open((step,), frozenset(need))
    assert plan.open_for(frozenset(need | without)) == ()
    assert plan.open_for(frozenset()) == ()


_LENGTH_AFTER = r"\s*(?:pp\b|pages\b|p\.|S\.|Seiten\b)(?!\.?\s*[\d(])"
_LINK_LABEL = re.compile(r"(?<![\w/.-])([^\W\d_]{2,12})\s*:\s*<?(?:https?://|www\.)")


def _locator_as_length_compiled(item: dict[str, object], source: str) -> bool:
    for var in ("volume", "issue"):
        value = str(item.get(var) or "")
        if not value.isdigit():
            continue
        alone = r"(?<![\w.])" + re.escape(value)
        if len(re.findall(alone + r"(?!\w)", source)) == 1 and re.search(alone + _LENGTH_AFTER, source):
            return True
    return False


def _link_label_compiled(item: dict[str, object], source: str) -> bool:
    labels = {m.group(1).lower() for m in _LINK_LABEL.finditer(source)}
    numbers = ("volume", "issue", "page", "edition")
    return bool(labels) and any(str(item.get(var, "")).strip().lower() in labels for var in numbers)


def _year_only_noted_plain(year: str, source: str) -> bool:
    plain = _LINK.sub(" ", source)
    return year in plain and year not in _ACCESS_PHRASE.sub(" ", plain)


def test_number_signals_agree_with_compiled_patterns() -> None:
    pieces = ["12", "3", "1631", "pp", "pages", "p.", "S.", "Seiten", " ", ".", " (", "a", "x12", " 12pp", "12.",
              "\u0663", "\u00b2", "_", ",", "(3 pp.)", "open", ": ", "https://x.org", "PDF", "\u2163", "-",
              "1-2", " open: https://x.org"]  # fmt: skip
    rng = random.Random(18)
    fired = [0, 0, 0]
    for _ in range(6_000):
        source = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        item: dict[str, object] = {
            "volume": rng.choice(["12", "3", "1631", "\u0663", "\u00b2", "", "a1", "open", " Open "]),
            "issue": rng.choice(["5", "12", None, "\u2163"]),
            "page": rng.choice(["", "pdf", "1"]),
        }
        number = rng.choice(["1", "12", "1-2", "\u0663", "3-\u0663"])
        expected = [
            _locator_as_length_compiled(item, source),
            _link_label_compiled(item, source),
            bool(re.search(r"(?<!\d)" + re.escape(number) + r"(?!\d)", source)),
        ]
        assert [
            _locator_as_length(item, source),
            _link_label_as_number(item, source),
            _holds_number(source, number),
        ] == expected, (item, source, number)
        fired = [f + e for f, e in zip(fired, expected, strict=True)]
    assert all(fired)  # each verdict both ways


def test_access_year_signal_agrees_with_plain_form() -> None:
    pieces = ["2019", " ", "Accessed", "ACCESSED", "Consult\u00e9", "zugegriffen", "Zugriff am", "last visited",
              "Retrieved", "https://x.org/2019", "www.a.b", ". ", "(", ")", "2020", "\u017f", "\u212a", "\u0131",
              "viewed", "acesso em", "Geraadpleegd op", "recuperado el", "March 3, 2019"]  # fmt: skip
    rng = random.Random(18)
    fired = 0
    for _ in range(6_000):
        source = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        year = rng.choice(["2019", "2020"])
        expected = _year_only_noted_plain(year, source)
        assert _year_only_noted(year, source) == expected, (year, source)
        fired += expected
    assert fired
