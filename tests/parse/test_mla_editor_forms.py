"""MLA's editors' sentence after the book, ``Book. Ed. P. V. Anderson and C. Miller.``, read across its stops
(``mends/role_sentences``)."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.role_sentences import book_tail_opens_editors, family_after_initial
from biblio.parse.spans import Span


def _families(item: dict) -> list[str]:
    return [a.get("family", "") for a in item.get("editor", [])]


def _span(label: str, text: str, part: str) -> Span:
    a = text.index(part)
    return Span(label, part, a, a + len(part))


def test_family_name_after_initial_ends_the_editors() -> None:
    item = parse_reference(
        'Pratt, Lionel. "Memory and Place." Northern Fiction: Essays in Criticism, History, and Practice. '
        "Ed. M. T. Stone, R. J. Dee, and C. Miller. New York: Norton, 1999. 45-67."
    )
    assert _families(item) == ["Stone", "Dee", "Miller"]
    assert item["publisher-place"] == "New York"


def test_family_after_initial_spans() -> None:
    text = "Ed. M. T. Stone and C. Miller. Farmingdale: Baywood"
    spans = [_span("editor", text, "Ed. M. T. Stone and C."), _span("location", text, "Miller. Farmingdale:")]
    spans.append(_span("publisher", text, "Baywood"))
    out = family_after_initial(spans, text)
    assert [(s.label, s.text) for s in out] == [
        ("editor", "Ed. M. T. Stone and C. Miller."),
        ("location", "Farmingdale:"),
        ("publisher", "Baywood"),
    ]


def test_book_tail_before_role_sentence() -> None:
    text = "Children in Culture Revisited. Ed. Ann Lee. London: Macmillan"
    spans = [_span("journal", text, "Children in Culture"), _span("editor", text, "Revisited. Ed. Ann Lee.")]
    spans.append(_span("location", text, "London:"))
    out = book_tail_opens_editors(spans, text)
    assert [(s.label, s.text) for s in out[:2]] == [
        ("container-title", "Children in Culture Revisited."),
        ("editor", "Ed. Ann Lee."),
    ]


def test_editors_sentence_whole_is_left() -> None:
    text = "Studies in Fiction. Ed. Mary Stone. New York:"
    spans = [_span("container-title", text, "Studies in Fiction."), _span("editor", text, "Ed. Mary Stone.")]
    assert book_tail_opens_editors(spans, text) == spans
    assert family_after_initial(spans, text) == spans
