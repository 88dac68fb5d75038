"""The parsing units never crash on any text, and the safety net that shields users is tested apart.

The fuzz tests call ``read_reference`` and the units under it directly: a crash
fails them (``parse_reference`` would turn it into an ``unparsed`` record).
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import biblio.parse
from biblio.parse import parse_reference, read_reference
from biblio.parse.assemble import assemble
from biblio.parse.mends import MENDS
from biblio.parse.model.labeller import default_labeller
from biblio.parse.readers.apa import parse_apa
from biblio.parse.tokens import tokenize

# Pieces of real references, so that the fuzzer reaches deep parser paths.
PIECES = st.sampled_from(
    [
        "Smith, J. A.",
        ", ",
        "& ",
        "(2020).",
        "(2020, July 31).",
        "(n.d.).",
        "(in press).",
        "(2020a).",
        "*Title*",
        "*Title.*",
        "_Title_",
        "[Video]",
        "[Doctoral dissertation, Univ]",
        "In ",
        "(Eds.),",
        "(pp. 1–10).",
        "12(3), 45–67.",
        "Article e123.",
        "https://doi.org/10.1000/x",
        "<https://x.org/a>",
        "Retrieved May 1, 2020, from ",
        "New York: Wiley.",
        "(2nd ed.)",
        "van der ",
        "Jr.",
        ". . .",
        "\u2026",
        "\u201c",
        "\u201d",
        "'",
        '"',
        "(",
        ")",
        "[",
        "]",
        "*",
        "_",
        ". ",
        "? ",
        "Title",
        "Journal",
        "Press.",
        "Edited by ",
        ", ed. ",
        "Viewable online at: ",
        "http://x.org/a ",
        "\uc81c17\uad8c ",
        "25;347(4):",
        "U of California P, ",
        "arXiv:2005.14165 ",
        "arXiv preprint ",
        " v. ",
        "347 U.S. 483 ",
        "{{cite journal |",
        "|title=",
        "}}",
        "(eds) ",
        "en.wikipedia.org/wiki/X ",
        "(@handle) ",
    ]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=25).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("(Eds.),(Eds.),Jr.Smith, J. A.")  # a title that was an imprint's bracket alone
@example("(2020).U of California P, Edited by 12(3), 45–67.")  # a journal with one comma and no title
@example("*Title.*<https://x.org/a>(")  # a web source whose last unit is a stray bracket
@example("제17권 _Title_Smith, J. A._Title_, ")  # a title span of blanks before the italic run
@example("§3")  # a span of the section sign alone before its number
def test_units_never_raise(text: str) -> None:
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    reading = default_labeller().read(text)
    assert len(reading.labels) == len(tokens) == len(reading.marginals)
    assert all(0.0 <= m <= 1.0 for m in reading.marginals)
    spans = reading.spans
    for one in MENDS:
        spans = one(spans, text)
        # a mend moves boundaries and labels, never the text: each span is its slice, in order
        assert all(text[s.start : s.end] == s.text and s.start < s.end for s in spans), one.__name__
        assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False)), one.__name__
    assemble(reading.spans, text)
    parse_apa(text)
    if not text.strip():
        return
    item = read_reference(text)
    assert isinstance(item.get("type"), str) and item["type"]
    assert "id" not in item
    data = item["custom"]["biblio"]
    assert 0.0 <= data["confidence"] <= 1.0
    assert "unparsed" not in data.get("flags", []) or not any(k in item for k in ("title", "author"))
    for key, value in item.items():
        if key in ("title", "container-title", "publisher", "note"):
            assert isinstance(value, str) and value.strip(), (key, value)


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_parse_reference_keeps_the_source(text: str) -> None:
    item = parse_reference(text)
    assert item["custom"]["biblio"]["source"] == text
    assert isinstance(item.get("type"), str) and item["type"]


def test_safety_net_turns_a_crash_into_a_flagged_record(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(text: str) -> dict:
        raise RuntimeError("a bug in a parsing unit")

    monkeypatch.setattr(biblio.parse, "read_reference", broken)
    text = "Doe, J. (2020). A title. Journal, 1, 2."
    assert parse_reference(text) == {
        "type": "document",
        "note": text,
        "custom": {"biblio": {"source": text, "flags": ["unparsed", "needs-review"]}},
    }
