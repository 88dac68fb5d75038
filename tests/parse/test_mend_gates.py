"""The cheap tests some mends make before their patterns let every form those patterns find through.

A mend that looks for a word or a mark first asks whether the text holds it at all; the answer must
never be "no" where the pattern would match, whatever the case and the letters that case-blind
patterns fold onto ASCII (long s, the Kelvin sign, dotless and dotted I).
"""

from __future__ import annotations

import re

from biblio.parse.mends.aas_numbers import comma_numbers_apart
from biblio.parse.mends.appearing import to_appear_in
from biblio.parse.mends.caps_names import capitals_before_colon
from biblio.parse.mends.colon_names import imprint_closing_entry
from biblio.parse.mends.contributors import contribution_after_title
from biblio.parse.mends.editors import editors_apart
from biblio.parse.mends.gated import forget_labels, gated, labels_of, may_hold
from biblio.parse.mends.heft import heft_is_issue, volume_before_year
from biblio.parse.mends.other_editions import other_edition_apart
from biblio.parse.mends.pages_in_book import pages_in_book
from biblio.parse.spans import Span

from .span_cases import spans_of

_WORDS = ("transl", "version", "in:")
_PATTERN = re.compile(r"transl|version|in:", re.I)
_TEXTS = [
    "",
    "Smith, J. (2001). A title. Journal, 3(2), 1-4.",
    "Conference VERSION in STOC'12.",
    "Tranſlated in Math. Notes 5 (1969).",  # long s: re.I reads it as s
    "Inverſion; \u212aelvin; In: Journal",
    "\u0130n: Zeitschrift, 22 (2013).",  # dotted capital I
    "\u0131n: Zeitschrift, 22 (2013).",  # dotless i
    "Müller, K.: Ein Titel. Berlin 2001.",
    "Ordinary words only, 1999.",
]


def _labelled(spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in spans]


def test_may_hold_is_never_false_where_a_case_blind_pattern_matches() -> None:
    for text in _TEXTS:
        if _PATTERN.search(text):
            assert may_hold(text, *_WORDS), text


def test_may_hold_is_false_on_plain_text_without_the_words() -> None:
    assert not may_hold("Smith, J. (2001). A title. Journal, 3(2), 1-4.", *_WORDS)
    assert not may_hold("Müller, K. Ein Titel. Berlin 2001.", *_WORDS)


def test_other_edition_in_capitals_and_with_a_long_s_is_still_found() -> None:
    for words in ("CONFERENCE VERSION IN", "Tranſlated in"):
        text = f"A. Author, Title. J. Math. 5 (2009), 1–9. {words} SODA'08."
        spans = spans_of(
            text,
            ("author", "A. Author,"),
            ("title", "Title."),
            ("journal", "J. Math."),
            ("volume", "5"),
            ("date", "(2009),"),
            ("pages", f"1–9. {words} SODA'08."),
        )
        mended = _labelled(other_edition_apart(spans, text))
        assert mended[5] == ("pages", "1–9"), words
        assert mended[6][0] == "note"


def test_forthcoming_in_passes_the_word_test() -> None:
    text = "A. Author, Title. Forthcoming in Acta Arithmetica, 2019."
    spans = spans_of(
        text, ("author", "A. Author,"), ("title", "Title. Forthcoming in Acta Arithmetica,"), ("date", "2019.")
    )
    assert _labelled(to_appear_in(spans, text))[1:3] == [("title", "Title."), ("journal", "Acta Arithmetica")]


def test_hrsg_von_passes_the_role_word_test() -> None:
    text = "Müller, A.: Ein Buch. Hrsg. von Karl Meier. Berlin 2001."
    spans = spans_of(text, ("author", "Müller, A.:"), ("title", "Ein Buch. Hrsg. von Karl Meier."), ("date", "2001."))
    assert ("editor", "Hrsg. von Karl Meier.") in _labelled(editors_apart(spans, text))


def test_a_contribution_in_english_passes_the_word_test() -> None:
    text = "Lee, A. A Book. With a foreword by Ann Lee."
    spans = spans_of(text, ("author", "Lee, A."), ("title", "A Book. With a foreword by Ann Lee."))
    assert _labelled(contribution_after_title(spans, text))[1] == ("title", "A Book.")


def test_abbreviated_heft_passes_the_word_test() -> None:
    text = "Meier, K.: Titel. In: Zeitschrift, 2013, H. 3, S. 1–9."
    spans = spans_of(text, ("author", "Meier, K.:"), ("title", "Titel."), ("journal", "In: Zeitschrift, 2013, H. 3,"))
    assert ("issue", "H. 3") in _labelled(heft_is_issue(spans, text))


def test_in_colon_in_capitals_passes_the_word_test() -> None:
    text = "Meier, K.: Titel. IN: Zeitschrift, 22 (2013)."
    spans = spans_of(
        text,
        ("author", "Meier, K.:"),
        ("title", "Titel."),
        ("journal", "IN: Zeitschrift,"),
        ("pages", "22"),
        ("date", "(2013)."),
    )
    assert ("volume", "22") in _labelled(volume_before_year(spans, text))


def test_pages_in_a_book_with_underscores_pass_the_italics_test() -> None:
    text = "Doe, J. 1991. “Title.” Pp. 1–38 in _The Book_, edited by W. W. Powell. Chicago: Press."
    spans = spans_of(
        text, ("author", "Doe, J."), ("date", "1991."), ("title", "“Title.”"), ("note", "Pp. 1–38 in _The Book_,")
    )
    mended = _labelled(pages_in_book(spans, text))
    assert ("pages", "Pp. 1–38") in mended
    assert ("container-title", "The Book") in mended


def test_names_in_capitals_without_a_colon_are_left_as_read() -> None:
    text = "THOMAS M. LIGGETT, Interacting Particle Systems. Springer, 1985."
    spans = spans_of(text, ("author", "THOMAS M."), ("title", "LIGGETT, Interacting Particle Systems."))
    assert capitals_before_colon(spans, text) is spans


def test_labels_of_is_kept_for_the_same_list_and_asked_anew_for_another() -> None:
    text = "Smith, J. (2001). A title. Journal, 3(2), 1-4."
    spans = spans_of(text, ("author", "Smith, J."), ("date", "(2001)."), ("title", "A title."))
    forget_labels()
    first = labels_of(spans)
    assert first == {"author", "date", "title"} and labels_of(spans) is first
    other = [*spans, Span("journal", "Journal,", 27, 35)]
    assert labels_of(other) == {"author", "date", "title", "journal"}
    forget_labels()
    assert labels_of(spans) == first and labels_of(spans) is not first


def test_a_gated_group_sees_the_labels_an_earlier_mend_of_it_reads() -> None:
    def to_journal(spans: list[Span], text: str) -> list[Span]:
        return [Span("journal", s.text, s.start, s.end) if s.label == "title" else s for s in spans]

    def seen(spans: list[Span], text: str) -> list[Span]:
        return [*spans, Span("note", "seen", 0, 0)]

    group = gated("group", (frozenset(["title"]), to_journal), (frozenset(["journal"]), seen))
    text = "Smith, J. A title."
    spans = spans_of(text, ("author", "Smith, J."), ("title", "A title."))
    assert _labelled(group(spans, text)) == [("author", "Smith, J."), ("journal", "A title."), ("note", "seen")]
    assert group([spans[0]], text) == [spans[0]]


def test_a_din_imprint_after_names_in_natural_order_is_still_found() -> None:
    # no comma before the colon: only the natural-order names' test can let it through
    text = "Laura Untner: Briefkultur. Bad Honnef: Bock 2001."
    spans = spans_of(text, ("author", "Laura Untner:"), ("title", "Briefkultur. Bad Honnef: Bock 2001."))
    assert _labelled(imprint_closing_entry(spans, text))[2:] == [
        ("location", "Bad Honnef"),
        ("publisher", "Bock"),
        ("date", "2001"),
    ]


def test_aas_numbers_are_divided_and_a_volume_with_no_date_before_it_left() -> None:
    text = "Smith, J. 2012, Proc. SPIE, 8442, 84422N"
    read = spans_of(
        text, ("author", "Smith, J."), ("date", "2012,"), ("journal", "Proc. SPIE,"), ("pages", "8442, 84422N")
    )
    assert _labelled(comma_numbers_apart(read, text))[-2:] == [("volume", "8442"), ("pages", "84422N")]
    no_date = spans_of(text, ("author", "Smith, J."), ("title", "2012, Proc. SPIE,"), ("volume", "8442,"))
    assert comma_numbers_apart(no_date, text) == no_date
