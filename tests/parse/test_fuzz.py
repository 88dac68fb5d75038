"""parse_reference never raises and always returns a typed item holding its source."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.parse import parse_reference

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
    ]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=25).map("".join))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_never_raises(text: str) -> None:
    item = parse_reference(text)
    assert isinstance(item, dict) and item
    assert isinstance(item.get("type"), str) and item["type"]
    assert item["custom"]["biblio"]["source"] == text
    assert "id" not in item
    if "unparsed" in item["custom"]["biblio"].get("flags", []):
        assert item == {
            "type": "document",
            "note": text,
            "custom": {"biblio": {"source": text, "flags": ["unparsed"]}},
        }
        return
    for key, value in item.items():
        if key in ("title", "container-title", "publisher", "note"):
            assert isinstance(value, str) and value.strip(), (key, value)
