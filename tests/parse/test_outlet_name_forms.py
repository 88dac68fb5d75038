"""A web or news outlet after a quoted title is the container: not a second author, and the digits glued to
its name (``Marketing91``) are no volume."""

from __future__ import annotations

from biblio.parse import read_reference


def test_outlet_after_quoted_title_is_no_author() -> None:
    r = read_reference(
        'S. Lawson, "Ten Ways Your Smartphone Knows Where you Are", PCWorld, 6 Apr. 2012; '
        "www.pcworld.com/article/253354/ten_ways_your_smartphone_knows_where_you_are.html [accessed 8/25/2016]"
    )
    assert [a.get("family") for a in r["author"]] == ["Lawson"]
    assert r["container-title"] == "PCWorld"


def test_digits_glued_to_outlet_name_are_no_volume() -> None:
    r = read_reference(
        "Hitesh Bhasin, “Vals: Values Attitude Lifestyle,” Marketing91, January 30, 2020, "
        "https://www.marketing91.com/vals-values-attitude-lifestyle/."
    )
    assert r["container-title"] == "Marketing91"
    assert "volume" not in r
