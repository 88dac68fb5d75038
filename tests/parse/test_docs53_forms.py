"""Round docs53: a web page's title then its site after a bar, the site's name holding a product's number or
followed by a colon before the address (``… | Microsoft 365 Blog: <https://…>``)."""

from __future__ import annotations

import pytest

from tests.parse.form_cases import assert_read_as

_URL = "https://www.microsoft.com/en-us/microsoft-365/blog/2026/06/02/introducing-microsoft-scout/"


@pytest.mark.parametrize(("text", "expected"), [
    (f"Introducing Microsoft Scout: Your always-on personal agent | Microsoft 365 Blog: <{_URL}>",
     {"title": "Introducing Microsoft Scout: Your always-on personal agent", "container-title": "Microsoft 365 Blog",
      "URL": _URL}),
    (f"Introducing Microsoft Scout: Your always-on personal agent | Microsoft Blog: {_URL}",
     {"title": "Introducing Microsoft Scout: Your always-on personal agent", "container-title": "Microsoft Blog",
      "URL": _URL}),
])
def test_a_site_after_a_bar_with_a_number_or_a_colon_is_the_container(text: str, expected: dict) -> None:
    assert_read_as(text, expected)
