"""Mend of a title's own closing year read as the date where the reference closes on its date: ``Stanaway et al,
… findings from the Global Burden of Disease Study 2013, Vol 388, 1081-88, Lancet, July 2016.``"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.dates import ENGLISH_MONTH
from biblio.parse.spans import Span

# a bare year and the comma after it, touching the title's last word
_YEAR_COMMA = lazy_pattern(r"(?:1[5-9]|20)\d\d,")
# the date closing the reference: a year, a worded month before it
_CLOSING_DATE = lazy_pattern(rf"(?:(?:{ENGLISH_MONTH})\.?\s+)?(?:1[5-9]|20)\d\d\.?")
_TAIL = frozenset(("url", "doi", "accessed", "other"))


@needs(labels=("title", "date"), any_label=("journal", "container-title"))
def title_year_before_closing_date(spans: list[Span], text: str) -> list[Span]:
    """A year right after the title's last word, with its comma (``Study 2013,``), read as the date, where another
    date closes the reference after the journal (``Lancet, July 2016.``): the year is the title's, the date the
    last one."""
    for k in range(1, len(spans) - 1):
        t, d = spans[k - 1], spans[k]
        if t.label != "title" or d.label != "date":
            continue
        if _YEAR_COMMA.fullmatch(d.text.strip()) is None or t.text.rstrip()[-1:] in ".,;:" or t.end != d.start - 1:
            return spans
        later = [i for i in range(k + 1, len(spans)) if spans[i].label == "date"]
        if len(later) != 1 or _CLOSING_DATE.fullmatch(spans[later[0]].text.strip()) is None:
            return spans
        if any(s.label not in _TAIL for s in spans[later[0] + 1 :]):
            return spans
        if not any(s.label in ("journal", "container-title") for s in spans[k + 1 : later[0]]):
            return spans
        z = d.start + 4
        return [*spans[: k - 1], Span("title", text[t.start : z], t.start, z, t.confidence), *spans[k + 1 :]]
    return spans
