"""A run of repeated-author dashes: every entry of the run takes the authors of the entry that opens it. The
example is written for this test."""

from __future__ import annotations

from biblio.api import read_document

_LIST = """# Bibliography

Harlow, Agnes. *Tide Tables of the North Sea*. Hull: Estuary Press, 2011.

———. “Salt Marsh Surveys.” *Coastal Review* 12, no. 3 (2014): 44–61.

———. “Dredging and Its Critics.” *Coastal Review* 13, no. 1 (2015): 5–19.

———. *Harbours of the East Riding*. Hull: Estuary Press, 2016.
"""


def test_every_dash_of_a_run_takes_the_first_entrys_authors() -> None:
    items = read_document(_LIST, "list.md").items
    assert [item.get("title") for item in items] == [
        "Tide Tables of the North Sea", "Salt Marsh Surveys", "Dredging and Its Critics", "Harbours of the East Riding",
    ]
    assert [item.get("author") for item in items] == [[{"family": "Harlow", "given": "Agnes"}]] * 4
