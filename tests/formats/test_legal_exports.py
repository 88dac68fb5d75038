"""What a user gets when parsed legal references are exported: RIS's own types (CASE with the reporter in A2,
STAT with the code in T2 and the section in SE), and in BibTeX and biblatex a @misc whose entrysubtype keeps the
type and whose note keeps the reporter, volume and page, read back whole."""

from __future__ import annotations

import pytest

from biblio.formats import bibtex, ris
from biblio.parse import parse_reference

CASE = "Brown v. Board of Education, 347 U.S. 483 (1954)."
STATUTE = "Endangered Species Act, 16 U.S.C. § 1531 (1973)."
EU_ACT = (
    "Directive 2002/58/EC of the European Parliament and of the Council of 12 July 2002 concerning the processing"
    " of personal data and the protection of privacy in the electronic communications sector (Directive on privacy"
    " and electronic communications) (OJ L 201, 31.7.2002, p. 37)."
)
SCORED = ("type", "title", "container-title", "volume", "page", "section", "issued")


def _parsed(text: str) -> dict[str, object]:
    item = parse_reference(text)
    item.pop("custom", None)
    item["id"] = "k"
    return item


def test_ris_case() -> None:
    lines = ris.dumps([_parsed(CASE)]).splitlines()
    assert {"TY  - CASE", "TI  - Brown v. Board of Education", "A2  - U.S.", "VL  - 347", "SP  - 483"} <= set(lines)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (STATUTE, {"TY  - STAT", "TI  - Endangered Species Act", "T2  - U.S.C.", "VL  - 16", "SE  - 1531"}),
        (EU_ACT, {"TY  - STAT", "T2  - OJ L", "VL  - 201", "SP  - 37", "M1  - 2002/58/EC"}),
    ],
)
def test_ris_statutes(text: str, expected: set[str]) -> None:
    assert expected <= set(ris.dumps([_parsed(text)]).splitlines())


@pytest.mark.parametrize("text", [CASE, STATUTE, EU_ACT])
@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
def test_bibtex_keeps_the_legal_fields(text: str, dialect: str) -> None:
    item = _parsed(text)
    exported = bibtex.dumps([item], dialect)  # type: ignore[arg-type]
    assert "@misc{" in exported and f"entrysubtype = {{{item['type'].replace('_', '-')}}}" in exported
    (back,) = bibtex.loads(exported)
    assert {v: back.get(v) for v in SCORED} == {v: item.get(v) for v in SCORED}
