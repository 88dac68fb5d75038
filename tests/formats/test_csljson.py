"""CSL-JSON output is valid against the official schema, whatever the records hold."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio import api
from biblio.formats import csljson


def test_sample_export_validates(csl_validator: Any) -> None:
    items = api.load([])
    for plain in (False, True):
        data = json.loads(csljson.dumps(items, plain_records=plain))
        errors = [e.message for e in csl_validator.iter_errors(data)]
        assert not errors, errors


def test_parsed_references_validate(csl_validator: Any) -> None:
    lines = [
        "Smith, J. A., & Jones, B. (2020). A study. *Journal of Studies*, *12*(3), 45–67. https://doi.org/10.1/x",
        "Ng, K. (2018). *Book title* (2nd ed.). Press.",
        "not a reference at all",
        "",
    ]
    data = json.loads("[" + ",".join(csljson.dumps_line(i) for i in api.parse_lines(lines)) + "]")
    assert not [e.message for e in csl_validator.iter_errors(data)]


def test_conform_keeps_unknown_fields_under_custom() -> None:
    item = csljson.conform({"type": "software-x", "title": "T", "foo": {"a": 1}, "author": "Org Name",
                            "issued": [2020, 5], "volume": ["x"]})
    assert item["type"] == "document"
    assert item["custom"] == {"type": "software-x", "foo": {"a": 1}, "volume": ["x"]}
    assert item["author"] == [{"literal": "Org Name"}]
    assert item["issued"] == {"date-parts": [[2020, 5]]}


def test_loads_rejects_what_is_not_csl_json() -> None:
    import pytest

    from biblio.errors import MalformedInput

    for text in ("{", "[1, 2]", '"a string"'):
        with pytest.raises(MalformedInput):
            csljson.loads(text)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                                       max_size=3), max_leaves=8)
keys = st.sampled_from(["type", "title", "author", "editor", "issued", "accessed", "volume", "custom", "URL",
                        "note", "x-unknown", "id"])


@settings(max_examples=40, deadline=None)  # each example validates against the full schema (~50 ms)
@given(st.dictionaries(keys, json_values, max_size=8))
def test_any_item_conforms_to_the_schema(csl_validator: Any, raw: dict[str, Any]) -> None:
    data = json.loads(csljson.dumps([raw]))
    assert not [e.message for e in csl_validator.iter_errors(data)]


def test_types_zotero_lacks_are_written_as_their_nearest_and_read_back_exactly() -> None:
    item = {"id": "x", "type": "software", "title": "Tool"}
    (written,) = json.loads(csljson.dumps([item]))
    assert written["type"] == "book" and written["custom"]["biblio"]["type"] == "software"
    assert set(csljson.TYPES) - set(csljson.ZOTERO_NEAREST) >= {"webpage", "report", "article-newspaper"}
    (back,) = csljson.loads(json.dumps([written]))
    assert back["type"] == "software"
    assert all(csljson.ZOTERO_NEAREST[t] not in csljson.ZOTERO_NEAREST for t in csljson.ZOTERO_NEAREST)


def test_names_without_a_csl_form_are_kept_as_given() -> None:
    raw = [{"family": "Doe", "x-role": "lead"}, 7]
    item = csljson.conform({"type": "book", "title": "T", "author": raw})
    assert item["author"] == [{"family": "Doe"}]
    assert item["custom"]["author"] == raw


def test_zotero_export_validates_and_reads_back(csl_validator: Any) -> None:
    from pathlib import Path

    items = json.loads((Path(__file__).resolve().parents[1] / "data" / "adversarial.json").read_text("utf-8"))
    data = json.loads(csljson.dumps(items, for_zotero=True))
    assert not [e.message for e in csl_validator.iter_errors(data)]
    back = csljson.loads(json.dumps(data))
    assert [b["type"] for b in back] == [i["type"] for i in items]
