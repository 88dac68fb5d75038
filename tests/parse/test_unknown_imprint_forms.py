"""The unknown imprint's marks in every form the mend reads: ``[B. m.]``, ``[B.m.]``, ``S. n.``, ``z. p.`` (a space
between the letters, either case of the first) reach the mend, which takes them out of the field they were read
into; the gate skips only a text with none of them."""

from __future__ import annotations

import pytest

from biblio.parse.mends.gated import plan, run_mends
from biblio.parse.mends.unknown_imprint import unknown_imprint_apart

from .span_cases import spans_of

_STEPS = plan([unknown_imprint_apart])


@pytest.mark.parametrize(
    ("text", "title", "kept"),
    [
        ("Novák, Jan. Dějiny města. [B. m.] 2005.", "Dějiny města. [B. m.]", "Dějiny města"),
        ("Novák, Jan. Dějiny města. [B.m.] 2005.", "Dějiny města. [B.m.]", "Dějiny města"),
        ("Novák, Jan. Dějiny města. [b. n.] 2005.", "Dějiny města. [b. n.]", "Dějiny města"),
        ("Dupont, Pierre. Histoire de la ville. S. n. 1905.", "Histoire de la ville. S. n.", "Histoire de la ville"),
        ("Jansen, Piet. Geschiedenis van de stad. z. p. 1905.", "Geschiedenis van de stad. z. p.",
         "Geschiedenis van de stad"),
        ("Smith, John. A History of the Town. N. p. 1905.", "A History of the Town. N. p.", "A History of the Town"),
    ],
)
def test_spaced_or_capital_marks_leave_the_title(text: str, title: str, kept: str) -> None:
    spans = spans_of(text, ("author", text.split(". ")[0] + "."), ("title", title), ("date", "2005." if "2005" in text
                                                                                        else "1905."))
    out = run_mends(_STEPS, spans, text)
    assert [(s.label, s.text) for s in out if s.label == "title"] == [("title", kept)]


def test_a_text_without_the_marks_is_skipped() -> None:
    text = "Novák, Jan. Dějiny města. Brno 2005."
    spans = spans_of(text, ("author", "Novák, Jan."), ("title", "Dějiny města. Brno"), ("date", "2005."))
    assert run_mends(_STEPS, spans, text) is spans
