"""Forms of AMA reference lists (``ama_real.jsonl``): a title closing with a year (an annual report's name)
before the journal's own ``2023;`` date, and NLM's journal names that carry their place in brackets
(``Cancers (Basel)``). The examples are written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.journal_places import place_in_journal_name
from biblio.parse.mends.years import year_closing_title_before_journal

from .test_assemble import spans_of
from .test_mends_humanities import labelled


def test_year_closing_the_title_before_a_dated_journal() -> None:
    item = parse_reference("1. Ortiz RL, Adeyemi KD. Melanoma statistics, 2021. J Clin Oncol. 2021;39(4):101-118.")
    assert item["title"] == "Melanoma statistics, 2021"
    assert item["container-title"] == "J Clin Oncol"
    assert item["issued"] == {"date-parts": [[2021]]}


def test_year_mend_needs_the_journals_own_date() -> None:
    text = "Ortiz RL. Melanoma statistics, 2021. J Clin Oncol 39, 101."
    spans = spans_of(
        text,
        [
            ("author", "Ortiz RL."),
            ("title", "Melanoma statistics,"),
            ("date", "2021."),
            ("journal", "J Clin Oncol"),
            ("volume", "39,"),
            ("pages", "101."),
        ],
    )
    assert year_closing_title_before_journal(spans, text) == spans


def test_bracketed_place_of_an_nlm_journal_is_its_name() -> None:
    item = parse_reference("Ruiz KH, Lam SB. Exercise and sleep in survivors. Nutrients (Basel). 2021;13(2):412.")
    assert item["container-title"] == "Nutrients (Basel)"
    assert (item["volume"], item["issue"], item["page"]) == ("13", "2", "412")


def test_journal_place_mend_leaves_a_book_imprint() -> None:
    text = "Ruiz KH. Sleep. New York (NY): Springer; 2021."
    spans = spans_of(
        text,
        [
            ("author", "Ruiz KH."),
            ("title", "Sleep."),
            ("location", "New York (NY):"),
            ("publisher", "Springer;"),
            ("date", "2021."),
        ],
    )
    assert labelled(place_in_journal_name(spans, text)) == labelled(spans)
