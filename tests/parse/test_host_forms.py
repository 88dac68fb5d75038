"""A site's host name is no place: ``Title, Linux.com, 2015-04-27.``"""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.normalisers.publisher import host_is_no_place


def test_a_host_read_as_the_place_is_the_pages_site() -> None:
    item = parse_reference("How to Manage Printers in Linux, Linux.com, 2015-04-27.")
    assert item["title"] == "How to Manage Printers in Linux"
    assert item["container-title"] == "Linux.com"
    assert "publisher-place" not in item
    assert item["type"] == "webpage"


def test_a_host_beside_a_container_is_the_publisher_and_beside_both_stays() -> None:
    item: dict[str, Any] = {"type": "paper-conference", "container-title": "Proc. IJCAI"}
    item["publisher-place"] = "ijcai.org"
    host_is_no_place(item)
    assert item["publisher"] == "ijcai.org" and "publisher-place" not in item
    full: dict[str, Any] = {"container-title": "A", "publisher": "B", "publisher-place": "www.example.org"}
    host_is_no_place(full)
    assert full["publisher-place"] == "www.example.org"  # nothing the text gave is lost


def test_a_town_stays_the_place() -> None:
    item: dict[str, Any] = {"type": "book", "publisher": "Penguin", "publisher-place": "St. Louis"}
    host_is_no_place(item)
    assert item["publisher-place"] == "St. Louis"
