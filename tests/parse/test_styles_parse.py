"""Reference styles end to end: ``parse_reference`` (model, chooser, assemble) on one
reference per style, asserting the CSL fields.  The same references, hand-labelled,
test assemble alone in test_styles.py."""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

from biblio.parse import parse_reference

from .test_styles import STYLES, names

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("biblio.parse.chooser") is None,
    reason="needs the trained sequence model and its chooser (biblio.parse.chooser)",
)


@pytest.mark.parametrize(("style", "text", "expected"), [(s[0], s[1], s[3]) for s in STYLES],
                         ids=[s[0] for s in STYLES])
def test_style_end_to_end(style: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    assert names(item) == expected["authors"]
    assert item["issued"]["date-parts"][0][0] == expected["year"]
    for var in ("type", "title", "container-title", "volume", "issue", "page", "DOI"):
        assert item.get(var) == expected.get(var), var
    assert "URL" not in item
    assert item["custom"]["biblio"]["source"] == text


def test_apa_reader_refuses_and_model_reads_physics() -> None:
    item = parse_reference("A. B. Smith, Phys. Rev. Lett. 94, 094516 (2002).")
    assert item["container-title"] == "Phys. Rev. Lett."
    assert (item["volume"], item["page"]) == ("94", "094516")
    assert names(item) == ["Smith"]
