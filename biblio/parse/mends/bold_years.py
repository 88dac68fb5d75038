"""Mends of MDPI's year in bold after the journal, ``*PLoS ONE* **2018**, *13*, e0201987.``: where the
model reads most such years as the date, one after a short journal name (``PLoS ONE``, ``arXiv``) it reads
into the journal, one after a one-word journal (``*Work* **2020**,``) into the title, and a roman journal with a
bracketed word (``Medicine (Baltimore) **2021**,``) as the place."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "*PLoS ONE* **2018**," : the italic journal, then the bold year; a conversion's underscore italics too
# ("_Proc. Inst. Mech. Eng. Part F J. Rail Rapid Transit_ **2000**,"), never an underscore inside a word
_ITALIC_JOURNAL_BOLD_YEAR = lazy_pattern(
    r"(?:(?<!\*)\*(?P<journal>[^*\s][^*]{0,80}?)\*|(?<![\w_])_(?P<underscored>[^_\s][^_]{0,80}?)_)"
    r"\s+\*\*(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\*\*"
)
_VENUES = ("journal", "container-title")
# the title's closing stop before the italic journal ("… social support. *Work* **2020**")
_STOP_BEFORE = lazy_pattern(r"[.?!]\s*$")
# what may follow the bold year that closes a title read on: its comma or stop, or nothing
_YEAR_CLOSES = lazy_pattern(r"\s*[,.;]?\s*$")


def _title_closes_on_journal(spans: list[Span], text: str, a: int, z: int) -> Span | None:
    """The title span that runs on over the italic journal and bold year at ``text[a:z]`` to its end, after
    its own closing stop: the title's words come before."""
    for s in spans:
        if (
            s.label == "title"
            and s.start < a < s.end
            and _STOP_BEFORE.search(text, s.start, a)
            and _YEAR_CLOSES.fullmatch(text, z, s.end)
        ):
            return s
    return None


@needs(marks=["**"], any_label=[*_VENUES, "title"])
def bold_year_after_journal(spans: list[Span], text: str) -> list[Span]:
    """``*PLoS ONE* **2018**,`` (``_PLoS ONE_ **2018**,``) read as one journal, or ``Title. *Work* **2020**,`` read
    on as the title: the italic run is the journal, the bold year the date."""
    for m in _ITALIC_JOURNAL_BOLD_YEAR.finditer(text):
        y = m.start("year")
        in_venue = any(s.label in _VENUES and s.start < y < s.end for s in spans)
        if in_venue or _title_closes_on_journal(spans, text, m.start(), m.end()) is not None:
            name = "journal" if m.group("journal") is not None else "underscored"
            new = [Span("journal", m.group(name), m.start(name), m.end(name))]
            new.append(Span("date", m.group("year"), y, m.end("year")))
            # (a title read on keeps what comes before the run's opening mark)
            return replaced(spans, text, m.start(name) if in_venue else m.start(), m.end("year"), new)
    return spans


# a bold year straight after a roman name: "Madrid, Spain. Medicine (Baltimore) **2021**, 100, e25634."
_BOLD_YEAR = lazy_pattern(r"(?<!\*)\*\*(?:1[5-9]|20)\d\d[a-z]?\*\*")
# the title's closing stop inside the span, after a word (never an initial's), the journal's name after it
_FIRST_STOP = lazy_pattern(r".*?\w\w[.?!]\s+(?=[A-Z])")


_BETWEEN = frozenset(["location", "publisher", "note"])


@needs(marks=["**"], labels=["title"], any_label=_BETWEEN)
def roman_journal_before_bold_year(spans: list[Span], text: str) -> list[Span]:
    """MDPI's ``Title in Madrid, Spain. Medicine (Baltimore) **2021**, 100,`` with the title's last words and the
    roman journal read as the place, the publisher or a note: a bold year is the journal's, never a book's (whose
    year MDPI sets in roman after the imprint), so the name before it is the journal, and what comes before the
    name's sentence stop closes the title."""
    for m in _BOLD_YEAR.finditer(text):
        k = max((i for i, s in enumerate(spans) if s.label == "title" and s.end <= m.start()), default=-1)
        j = next((i for i, s in enumerate(spans) if s.start >= m.start()), len(spans))
        between = spans[k + 1 : j]
        if k < 0 or not between or any(s.label not in _BETWEEN for s in between):
            continue
        title, last = spans[k], between[-1]
        stretch = text[title.end : last.end]
        if text[last.end : m.start()].strip() or "*" in stretch or ":" in stretch or not stretch.strip():
            continue
        lead = len(stretch) - len(stretch.lstrip(" ,"))
        stop = _FIRST_STOP.match(stretch, lead)
        if stop is None:  # the whole stretch is the journal where the title closes on its stop
            if not _STOP_BEFORE.search(title.text) or "," in stretch[lead:]:
                continue  # (a comma in it parts a body from its town: "Report of the Agency, Lisbon")
            a = title.end + lead
            return [
                *spans[: k + 1],
                Span("journal", text[a : last.end], a, last.end, last.confidence),
                *_volume_apart(spans[j:], text),
            ]
        a = title.end + stop.end()
        head = title.end + len(stretch[: stop.end()].rstrip())
        return [
            *spans[:k],
            Span("title", text[title.start : head], title.start, head, title.confidence),
            Span("journal", text[a : last.end], a, last.end, last.confidence),
            *_volume_apart(spans[j:], text),
        ]
    return spans


# "100, e25634." read as the pages after the bold year: MDPI's volume, then the article number or pages
_VOLUME_THEN_PAGES = lazy_pattern(r"(?P<volume>\d{1,4}),\s+(?=\S)")


def _volume_apart(after: list[Span], text: str) -> list[Span]:
    """The spans after the journal, with a volume read into the pages after the date set apart."""
    if (
        len(after) < 2
        or after[0].label != "date"
        or after[1].label != "pages"
        or any(o.label == "volume" for o in after)
    ):
        return after
    pages = after[1]
    m = _VOLUME_THEN_PAGES.match(pages.text)
    if m is None:
        return after
    b = pages.start + m.end()
    volume = Span("volume", m["volume"], pages.start, pages.start + m.end("volume"), pages.confidence)
    return [after[0], volume, Span("pages", text[b : pages.end], b, pages.end, pages.confidence), *after[2:]]
