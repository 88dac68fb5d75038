"""A quoted title whose closing quote the writer left out, before an outlet and a date: the title ends at
the comma before the outlet, and the outlet is the container (nothing is lost, nothing run together)."""

from __future__ import annotations

from biblio.parse import read_reference


def test_straight_quote_left_open_before_outlet_and_day_month_year() -> None:
    r = read_reference(
        "S. Hill, \"Your Smartphone Isn't As Safe As You'd Think, Techradar, 29 Nov. 2013; "
        "www.techradar.com/us/news/phone-and-communications/mobile-phones/your-smartphone-1203510 "
        "[accessed 8/25/2016]"
    )
    assert r["title"] == "Your Smartphone Isn't As Safe As You'd Think"
    assert r["container-title"] == "Techradar"
    assert r["issued"] == {"date-parts": [[2013, 11, 29]]}


def test_curly_quote_left_open_before_outlet_and_bracketed_date() -> None:
    r = read_reference(
        "Shannon Ciricillo, “What Are Millennials Buying: The Gen Y Shopping Guide, The Hub (July 7, 2019), "
        "accessed August 4, 2021, https://thehhub.com/2019/07/07/what-are-millennials-buying/."
    )
    assert r["title"] == "What Are Millennials Buying: The Gen Y Shopping Guide"
    assert r["container-title"] == "The Hub"
