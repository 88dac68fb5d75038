"""Mend of a journal's number followed by its year after a comma, as French, Italian and Spanish
references write them: ``Revue des pays de l’Ouest, n°11, 1895, pp. 623-630.``, ``Carnets de
géographes, no. 1, 2010``. The labeller reads ``n°11, 1895,`` as one issue (or ``vol. 4, 2002,`` as one
volume); the year then lands in the note and the record has no date."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced, spans_over
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# "n°11, 1895,", "no. 5, 2009", "vol. 4, 2002.": a number (with its word) then a year after a comma
_NUMBER_THEN_YEAR = lazy_pattern(
    r"^(?P<number>[^,]*?\d[\w/\u2013-]*)\s*,\s*(?P<year>(?:1[5-9]|20)\d\d)(?![\d/\u2013-])[.,;:]?\s*$"
)
_YEAR_ALONE = lazy_pattern(r"\s*(?:1[5-9]|20)\d\d\s*")


@needs(any_label=("issue", "volume"), without=["date"], marks=(",",))
def year_after_number(spans: list[Span], text: str) -> list[Span]:
    """``n°11, 1895,`` read as one issue (``vol. 4, 2002,`` as one volume) with no date read: the year after
    the comma is the date."""
    if "date" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label not in ("issue", "volume") or (m := _NUMBER_THEN_YEAR.match(s.text)) is None:
            continue
        if _YEAR_ALONE.fullmatch(m["number"].lstrip("nNoº°. ")):
            continue  # "2009, 2010": two years, not a number and its year
        z = s.start + m.end("number")
        number = Span(s.label, m["number"], s.start, z, s.confidence)
        date = Span("date", s.text[m.start("year") :], s.start + m.start("year"), s.end, s.confidence)
        return [*spans[:k], number, date, *spans[k + 1 :]]
    return spans



# a named issue in brackets run into the volume, then the date: "(POPL), January 2024.", "(OOPSLA2), October 2025."
# (the ACM's PACM journals name their issues after the meeting)
_NAMED_ISSUE_THEN_DATE = lazy_pattern(
    r"\((?P<issue>[A-Z]{3,8}\d?)\)[,.]?\s+(?P<date>(?:[A-Z][a-z]+\.?\s+)?(?:1[5-9]|20)\d\d)(?![\w-])"
)
# what the model reads the bracket and its date as
_AFTER_VOLUME = frozenset(["date", "issue", "author", "note", "pages"])


@needs(labels=("volume", "date"), marks=(")",))
def named_issue_read_into_date(spans: list[Span], text: str) -> list[Span]:
    """The ACM's ``Proc. ACM Program. Lang., 8 | (POPL), January 2024.`` with the issue named in brackets after the
    volume read into the date (or as names): the letters run into the volume are the issue."""
    for v in spans:
        if v.label != "volume" or (m := _NAMED_ISSUE_THEN_DATE.match(text, v.end)) is None:
            continue
        inside = spans_over(spans, m.start(), m.end(), _AFTER_VOLUME)
        if not inside or inside[-1].label != "date":
            return spans
        conf = inside[-1].confidence
        new = [Span(lab, m[lab], m.start(lab), m.end(lab), conf) for lab in ("issue", "date")]
        return replaced(spans, text, m.start(), m.end(), new)
    return spans
