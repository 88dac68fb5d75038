"""Mend of a title closing on a year, ``Artificial Intelligence Index Report 2024. Technical report, Stanford …,
2024.``: the labeller reads the title's year as the date (and the title before it as a journal), though the
reference is dated again after it. A bare year right after the title's last word, where a later date is read,
closes the title; so does one after a title that a bracketed date before it dates."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_BARE_YEAR = lazy_pattern(r"(?:1[89]|20)\d\d\.")
_HEADS = frozenset(["title", "journal"])


@needs(labels=["date"], any_label=_HEADS)
def year_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``Index Report | 2024. | Technical report, …, | 2024.`` with the title's year read as a first date: the
    title runs through its year (a journal read in its place, with no title read, is the title)."""
    dates = [k for k, s in enumerate(spans) if s.label == "date"]
    if len(dates) < 2:
        return spans
    k = dates[0]
    if len(dates) == 2 and spans[k].text.lstrip().startswith("(") and spans[dates[1] - 1].label == "title":
        # Harvard's ``ACNielsen (2005) Television Facts 2004.``: dated in brackets before the title, the year
        # after the title's last word is the title's
        k, dates = dates[1], [dates[1], len(spans)]
    if k == 0 or (head := spans[k - 1]).label not in _HEADS or not _BARE_YEAR.fullmatch(spans[k].text.strip()):
        return spans
    if head.label == "journal" and any(s.label == "title" for s in spans):
        return spans
    if text[head.end : spans[k].start].strip() or head.text.rstrip()[-1:] in ".,;:?!)\"”":
        return spans
    if any(s.label in ("volume", "issue", "pages") for s in spans[k + 1 : dates[1]]):
        return spans  # a journal's year before its numbers ("Journal 2021. 24, 1340"): the date indeed
    year = spans[k]
    return [
        *spans[: k - 1],
        Span("title", text[head.start : year.end], head.start, year.end, min(head.confidence, year.confidence)),
        *spans[k + 1 :],
    ]


# a body's name closed by its stop, then the first words of a title closed by a comma: "Statistics Canada. Deaths,"
_BODY_THEN_TITLE = lazy_pattern(r"(?P<body>[A-Z][^.,]*?[^\W\d_]{2})\.\s+(?P<title>[A-Z][^.]*,)\s*")


@needs(labels=["author", "date", "title"])
def year_closing_release_title(spans: list[Span], text: str) -> list[Span]:
    """Vancouver's ``Statistics Canada. Deaths, 2020. The Daily 2022.`` (a release titled with the year it counts,
    then its outlet and the year it came out) with the title's first words read into the body and its year as a
    date: the title runs through its year, the outlet after it is the container."""
    if len(spans) != 4 or [s.label for s in spans] != ["author", "date", "title", "date"]:
        return spans
    body, year, outlet, date = spans
    m = _BODY_THEN_TITLE.fullmatch(body.text)
    if m is None or not _BARE_YEAR.fullmatch(year.text.strip()) or not _BARE_YEAR.fullmatch(date.text.strip()):
        return spans
    if text[body.end : year.start].strip() or text[outlet.end : date.start].strip():
        return spans  # (the outlet and its year with nothing between: "The Daily 2022.")
    a = body.start + m.start("title")
    return [
        Span("author", text[body.start : body.start + m.end("body") + 1], body.start, body.start + m.end("body") + 1),
        Span("title", text[a : year.end], a, year.end, year.confidence),
        Span("container-title", outlet.text, outlet.start, outlet.end, outlet.confidence),
        date,
    ]


_BRACKETED_YEAR = lazy_pattern(r"\((?:1[89]|20)\d\d\)")
_TITLE_RUN = frozenset(["title", "journal", "volume", "genre", "date", "publisher", "translator", "note"])
_RUN_STOPS = frozenset(".,;:")


@needs(labels=["date", "url"], marks=("(",))
def bracketed_year_inside_title(spans: list[Span], text: str) -> list[Span]:
    """A web entry set with no stops, ``GAim4A (2022c) Resident Evil 2 (2019) Full Transcript https://…``, with the
    year in the title's brackets (a remake's, a release's) read as a second date and the words around it as a
    journal, a volume or a genre: the words from the bracketed date to the address are the title."""
    dates = [k for k, s in enumerate(spans) if s.label == "date"]
    if len(dates) != 2 or dates[0] == 0 or dates[1] - dates[0] < 2:
        return spans
    a, b = dates
    if not spans[a].text.lstrip().startswith("(") or not _BRACKETED_YEAR.fullmatch(spans[b].text.strip()):
        return spans
    u = next((k for k in range(b + 1, len(spans)) if spans[k].label == "url"), None)
    if u is None or u == b + 1 or any(s.label not in _TITLE_RUN for s in spans[a + 1 : u]):
        return spans
    start, end = spans[a + 1].start, spans[u - 1].end
    run = text[start:end].rstrip()
    if any(c in _RUN_STOPS for c in run):
        return spans  # (a stop or a comma between the parts: a title and its container, read as written)
    title = Span("title", run, start, start + len(run), min(s.confidence for s in spans[a + 1 : u]))
    return [*spans[: a + 1], title, *spans[u:]]
