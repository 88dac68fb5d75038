"""Hostile text is read at once: patterns that backtracked through every split of a long run match one way."""

from __future__ import annotations

import time

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import strip_roles
from biblio.parse.normalisers.pages import page_value
from biblio.parse.readers.apa import parse_apa


def _seconds(call: object, *args: object) -> float:
    # CPU seconds of this process, not wall time: a busy machine does not fail the test, a backtracking pattern does
    started = time.process_time()
    call(*args)  # type: ignore[operator]
    return time.process_time() - started


def test_a_long_run_of_hyphened_numbers_is_a_page_value_at_once() -> None:
    # each "1" could end the first page, the second or neither: tried every way before, seconds
    text = "1-" * 250
    assert _seconds(page_value, text) < 0.5
    assert page_value(text) == text  # the value as before, read one way


def test_pages_before_a_word_still_end_before_it() -> None:
    assert page_value("461-464. MR0468014") == "461-464"
    assert page_value("40 - 56 réédité") == "40-56"
    assert page_value("12-15 pp.") == "12-15"


def test_a_title_of_many_commas_is_no_periodical_tried_at_every_comma() -> None:
    # "Title, 1, 1, …, 1abc": the periodical pattern was tried at every comma, and from every
    # character there, before the end showed no locator could close it
    text = "Smith, J. (2020). Title, " + "1, " * 300 + "1abc"
    assert _seconds(parse_apa, text) < 0.5
    assert _seconds(parse_reference, text) < 1.0


def test_a_periodical_after_a_run_on_title_is_still_cut() -> None:
    item = parse_apa("Smith, J. (2020). Title of the work, Journal of Things, 20(3), 131-158.")
    assert item is not None
    assert item.get("container-title") == "Journal of Things"
    assert item.get("page") == "131-158"


def test_a_long_run_of_commas_or_spaces_in_names_is_read_at_once() -> None:
    # the role and "et al." patterns were tried at every character of the run, and split it two ways
    for text in ("In " + "," * 3990 + "\u00a7", "Smith, J. et al" + " " * 3980 + "x"):
        assert _seconds(strip_roles, text) < 0.5


def test_role_words_and_et_al_still_go() -> None:
    assert strip_roles("Smith, J., & Lee, K. (Eds.)") == "Smith, J., & Lee, K."
    assert strip_roles("Smith, J., et al.") == "Smith, J."
    assert strip_roles("Smith, J. [et al.]") == "Smith, J."


def test_a_long_comma_less_run_of_names_is_read_at_once() -> None:
    from biblio.parse.mends.title_in_names import people_list

    started = time.process_time()
    assert not people_list(" ".join(["Ann Lee"] * 300) + " x")  # the pattern took 1.4 s at 24 names
    assert people_list(", ".join(["Ann B. Lee"] * 300) + ", and C. D. Ray,")
    assert time.process_time() - started < 0.5


def test_people_list_reads_names_as_the_mend_expects() -> None:
    from biblio.parse.mends.title_in_names import people_list

    assert people_list("Mary Jones, and Bob Lee,")
    assert people_list("A. B. Lee and C. Ray.")
    assert people_list("A.-B. Lee, and & Cy Ray")  # two joining words before the last name only
    assert not people_list("and & Cy Ray")
    assert not people_list("Beyond Left and Right: The Future")
    assert people_list("A. B. C. Lee")  # one run of initials is one given name
    assert not people_list("A.  B.  C. Lee")  # two spaces part them: three given names are too many


def test_a_long_name_list_that_is_no_din_author_element_is_rejected_at_once() -> None:
    from biblio.parse.mends.colon_names import names_before_colon

    # natural-order names, "et al.", a title and a colon only in "arXiv:": every split of the commas into
    # "Family, Given" or "Given Family" was tried before the title's full stop showed it was no name list
    names = "Paulius Micikevicius, Sharan Narang, Boris Ginsburg, " + "Michael Housnsburg, " * 24
    text = names + "Oleksii Kuchaiev, et al. Mixed precision training. arXiv preprint arXiv:1710.03740, 2017."
    assert names_before_colon(text) is None
    assert _seconds(parse_reference, text) < 1.0
    din = names_before_colon("Müller, Hans; Schmidt, Peter (Hg.): Lyrik nach 1990. Berlin: De Gruyter 2014.")
    assert din is not None and din["names"] == "Müller, Hans; Schmidt, Peter" and din["role"]
