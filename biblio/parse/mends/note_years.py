"""Vancouver's preprint ``Title. arXiv preprint arXiv:1312.6114. 2013.`` with the year read into the note that holds
the server and its number: a year standing as a sentence of its own, where no date was read, is the date."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import NLM_DATE
from biblio.parse.normalisers.dates import month_number
from biblio.parse.normalisers.names import has_org_name_word
from biblio.parse.spans import Span

# the year alone (Google Scholar's Vancouver adds the month and day: "2013 Dec 20.") between sentence stops
_YEAR_SENTENCE = lazy_pattern(rf"(?:^|(?<=[.;])\s+)(?P<year>{NLM_DATE}[a-z]?)\.?(?=\s|$)")


@needs(labels=["note"], without=["date"])
def year_sentence_in_note(spans: list[Span], text: str) -> list[Span]:
    """``arXiv preprint arXiv:1312.6114. | 2013.`` read whole as a note, no date read: the year is the date."""
    if any(s.label == "date" for s in spans):
        return spans  # as its declaration says: a date read elsewhere leaves the note whole
    for k, s in enumerate(spans):
        if s.label != "note" or (m := _YEAR_SENTENCE.search(s.text)) is None or not m.start("year"):
            continue
        a, z = s.start + m.start("year"), s.start + m.end("year")
        new = [Span("date", text[a:z], a, z, s.confidence)]
        head = text[s.start : a].strip(" .,;")
        if (
            k
            and spans[k - 1].label == "genre"
            and head
            and has_org_name_word(head)
            and not text[spans[k - 1].end : s.start].strip()
        ):
            # HAL's "[Research Report] Université d’Orléans. 2015.": the body after the report's kind issued it
            b = s.start + len(text[s.start : a]) - len(text[s.start : a].lstrip())
            new.insert(0, Span("publisher", head, b, b + len(head), s.confidence))
            return replaced(spans, text, b, z, new)
        return replaced(spans, text, a, z, new)
    return spans


# a date standing alone as a sentence: "September 2009.", "20 March 2013.", "March 20, 2013."
_MONTH_YEAR = lazy_pattern(
    r"\s*(?:(?P<d1>[0-3]?\d)\.?\s+)?(?P<month>[^\W\d_]{3,}\.?)\s+(?:[0-3]?\d,?\s+)?(?:1[6-9]|20)\d\d[.,;]?\s*"
)


@needs(any_label=["source", "note"], without=["date"])
def month_year_sentence_as_date(spans: list[Span], text: str) -> list[Span]:
    """GOST's ``Title // Meeting. September 2009. P. 80-83.`` with the month and year read as a source (or a
    note), no date read: a sentence that is a month and a year and nothing else is the date."""
    if any(s.label == "date" for s in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label not in ("source", "note") or (m := _MONTH_YEAR.fullmatch(s.text)) is None:
            continue
        if month_number(m.group("month")) is None:
            continue
        return [*spans[:k], Span("date", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
