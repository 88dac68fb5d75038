"""Mends of a series named beside the book: in brackets after the year, or after the italic title."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import WORD, WORK_TITLES, divided, emphasis_runs, roman_continues, subtitle_follows
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_CLOSES = lazy_pattern(r"\)\s*[,.;:]?\s*$")
# a series names itself so; Harvard's "*Title*, Frank Cass, London." names the publisher before its place
_SERIES_WORD = lazy_pattern(r"\b(?:Series|Lecture\s+Notes|Monographs|Studies|Texts|Library|Reports?|Papers)\b")
_DIGIT = lazy_pattern(r"\d")
# a series' words closed by its number (``Inventare und kleinere Schriften … 5.``): one sentence, whose only
# digits are the number
_NUMBERED_SERIES = lazy_pattern(r"[\s.,;:]*[^\W\d][^\d.]*?\s\d{1,4}[.,]?\s*")
# ", OECD Public Governance Reviews," / ", Best Practices in Development Co-operation," / ", OECD/G20 Base Erosion
# and Profit Shifting Project,": a capitalised name, no figures, that a series word opens or closes, as the plain
# title's last part before the imprint
_SERIES_NOUN = r"(?:Series|Reviews|Studies|Papers|Reports|Project|Monographs|Handbooks|Guidelines|Best\s+Practices)"
_SMALL = r"(?:and|of|in|on|for|the|to|de|des|du|la|le|et|&)"
_CAP = r"[A-Z][\w/’'-]*"
_PLAIN_SERIES = lazy_pattern(
    rf",\s+(?P<series>(?:{_SERIES_NOUN}|{_CAP})(?:\s+(?:{_CAP}|{_SMALL}))*?(?:\s+{_SERIES_NOUN})?)\s*,?\s*$"
)
# a number standing on its own: a numbered series is another mend's ("G20" is a name)
_NUMBER = lazy_pattern(r"\b\d")
_OPENS_OR_CLOSES = lazy_pattern(rf"^{_SERIES_NOUN}\b|\b{_SERIES_NOUN}$")


@needs(any_label=WORK_TITLES, marks=["("])
def series_after_year(spans: list[Span], text: str) -> list[Span]:
    """``Wiesbaden 2018 (Soziales Gedächtnis …), S. 143–168`` with the series read as a second
    container or title: a work's name in the brackets that open after the year is the series."""
    if "(" not in text:
        return spans
    for k in range(1, len(spans)):
        prev, s = spans[k - 1], spans[k]
        if (
            s.label in WORK_TITLES
            and prev.label in ("date", "location")
            and prev.text.rstrip().endswith("(")
            and _CLOSES.search(s.text)
            and "(" not in s.text
            and any(o.label in WORK_TITLES for o in spans[: k - 1])
        ):
            z = s.start + s.text.rindex(")")  # the series ends inside its brackets
            return [*spans[:k], Span("collection-title", text[s.start : z], s.start, z, s.confidence), *spans[k + 1 :]]
    return spans


@needs(marks=["*", "_", "<"])
def series_after_italics(spans: list[Span], text: str) -> list[Span]:
    """``*Inference and Disputed Authorship*, Addison-Wesley Series in … (Reading, Mass.: …)`` read
    as one work: a work span that opens an emphasis run and runs on past it, up to the imprint, holds
    the italic title and then the series.  A colon after the run opens a subtitle, no series; a short name
    with no series word before a comma and the place is Harvard's publisher (``*Title*, Frank Cass, London.``);
    a bracket after the run describes the work (``*Migrant mother* [Photograph]. Museum of Modern Art,``).
    Roman words straight after the run, with no mark between, are still the title. The series may close on its
    number (``*Findbuch …* Inventare und kleinere Schriften … 5. Wolfenbüttel:``), its only digits."""
    for run in emphasis_runs(text):
        if subtitle_follows(run, text):
            continue
        for k in range(len(spans) - 1):
            s, nxt = spans[k], spans[k + 1]
            if (
                s.label in ("journal", "container-title", "title")
                and nxt.label in ("location", "publisher")
                and s.start <= run.text_start
                and not text[s.start : run.start].strip()
                and run.end < s.end
                and (not _DIGIT.search(text[run.end : s.end]) or _NUMBERED_SERIES.fullmatch(text[run.end : s.end]))
                and not roman_continues(run, text)
                and len(WORD.findall(text[run.end : s.end])) >= 2
            ):
                lead = len(text[run.end : s.end]) - len(text[run.end : s.end].lstrip(" ,.;:"))
                a = run.end + lead
                tail = text[a : s.end]
                if tail.startswith("[") and "]" in tail:
                    return _described_work(spans, k, run.end, a, text)
                harvard = (
                    nxt.label == "location"
                    and tail.rstrip().endswith(",")
                    and not nxt.text.lstrip().startswith("(")
                    and len(WORD.findall(tail)) <= 4
                    and not _SERIES_WORD.search(tail)
                )
                return [
                    *spans[:k],
                    Span(s.label, text[s.start : run.end], s.start, run.end, s.confidence),
                    Span("publisher" if harvard else "collection-title", tail, a, s.end, s.confidence),
                    *spans[k + 1 :],
                ]
    return spans


def _described_work(spans: list[Span], k: int, run_end: int, a: int, text: str) -> list[Span]:
    """APA's ``*Migrant mother* [Photograph]. Museum of Modern Art,`` read as one work span: the italic title,
    the bracket's description of the work (its medium), and after it who holds or issued it."""
    s = spans[k]
    close = text.index("]", a) + 1
    new = [Span(s.label, text[s.start : run_end], s.start, run_end, s.confidence)]
    new.append(Span("medium", text[a:close], a, close, s.confidence))
    b = close + len(text[close : s.end]) - len(text[close : s.end].lstrip(" ,.;:"))
    if text[b : s.end].strip(" ,.;:"):
        new.append(Span("publisher", text[b : s.end], b, s.end, s.confidence))
    return [*spans[:k], *new, *spans[k + 1 :]]


def closing_series(title: str) -> re.Match[str] | None:
    """The series closing a plain title before its imprint (``Title: Subtitle, OECD Public Governance Reviews,``):
    a capitalised last part with no number of its own that a series word opens or closes (group ``series``). A
    short part before it is a list the title names (``Methods, Tools and Case Studies``), not a title of its own."""
    m = _PLAIN_SERIES.search(title)
    if m is None or _NUMBER.search(m.group("series")) or not _OPENS_OR_CLOSES.search(m.group("series")):
        return None
    head = title[: m.start()]
    if len(WORD.findall(head)) < 4 or len(WORD.findall(head.rsplit(",", 1)[-1])) < 3:
        return None
    return m if len(WORD.findall(m.group("series"))) >= 2 else None


@needs(labels=("title", "publisher"), without=("container-title", "journal"))
def series_closing_plain_title(spans: list[Span], text: str) -> list[Span]:
    """``Title: Subtitle, OECD Public Governance Reviews, OECD Publishing, Paris`` with the series read into the
    title: the title's last part before the publisher, when ``closing_series`` reads it so, is the series."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label != "publisher":
            continue
        m = closing_series(s.text)
        if m is None:
            return spans
        a, z = s.start + m.start("series"), s.start + m.end("series")
        cut = s.start + m.start()
        return [
            *spans[:k],
            Span("title", text[s.start : cut], s.start, cut, s.confidence),
            Span("collection-title", text[a:z], a, z, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# the lower-case word that opens the rest of a name cut short ("… series of mono-graphs | and advanced texts.")
_CONTINUES = lazy_pattern(r"^(?:and|of|in|on|for|&)\s+[^\W\d_]")


@needs(labels=["collection-title", "title"])
def series_cut_before_and(spans: list[Span], text: str) -> list[Span]:
    """``Title. Canadian Mathematical Society series of mono-graphs | and advanced texts. Wiley`` with the series
    cut at a line's hyphenated word and its end read as more title: a second title opening on ``and`` (``of``,
    ``for``) right after the series, with no stop between, is the series' end."""
    for k in range(1, len(spans)):
        prev, s = spans[k - 1], spans[k]
        if prev.label != "collection-title" or s.label != "title" or not _CONTINUES.match(s.text):
            continue
        if text[prev.end : s.start].strip() or prev.text.rstrip()[-1:] in ".,;:!?)" or k < 2:
            return spans
        if not any(x.label == "title" for x in spans[: k - 1]):
            return spans  # the only title: "Series of | and …" read whole would leave no title
        confidence = min(prev.confidence, s.confidence)
        joined = Span("collection-title", text[prev.start : s.end], prev.start, s.end, confidence)
        return [*spans[: k - 1], joined, *spans[k + 1 :]]
    return spans


# a series' number closing its name: "Lecture Notes in Computer Science 3089," (not a year: "… Series 2004")
_SERIES_NUMBER = lazy_pattern(r"(?<=[^\W\d_]{2})\s+(?P<number>\d{1,5})\s*[,.;]?\s*$")
_YEARLIKE = lazy_pattern(r"^(?:1[5-9]|20)\d\d$")
# the series whose numbers are cited as volumes: mathematics' and computing's numbered lecture notes and texts
# ("volume 3089 of Lecture Notes in Computer Science"); a humanities series keeps its number with its name
# ("Memoirs from the California Academy of Sciences 20", "Routledge Studies in Anthropology 14")
_VOLUMED_SERIES = lazy_pattern(
    r"\b(?:Lecture\s+Notes?|Notes\s+in|Computer|Computing|Mathemat\w*|Math\.|Informatics|Physics|Statistics|LNCS|LNAI|LNM)\b",
    re.I,
)
_NUMBER_BEFORE_YEAR = lazy_pattern(r"^\s*(?P<number>\d{1,5})\s*,\s*(?=(?:1[5-9]|20)\d\d\b)")


@needs(labels=["collection-title"], without=["volume"])
def number_closing_series(spans: list[Span], text: str) -> list[Span]:
    """``Springer-Verlag; Lecture Notes in Computer Science 3089, 2004.`` with the volume read into the series'
    name (or into the date after it): the number closing the name is the volume in the series (as ``volume 3089
    of Lecture Notes …`` gives it)."""
    for k, s in enumerate(spans):
        if s.label != "collection-title":
            continue
        if not _VOLUMED_SERIES.search(s.text):
            return spans
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        lead = _NUMBER_BEFORE_YEAR.match(nxt.text) if nxt is not None and nxt.label == "date" else None
        if nxt is not None and lead is not None and not text[s.end : nxt.start].strip():
            # "Lecture Notes in Computer Science | 4189, 2006." with the number read into the date
            a, z = nxt.start + lead.start("number"), nxt.start + lead.end("number")
            if _YEARLIKE.match(lead.group("number")):
                return spans
            date = Span("date", text[nxt.start + lead.end() : nxt.end], nxt.start + lead.end(), nxt.end, nxt.confidence)
            return [*spans[: k + 1], Span("volume", text[a:z], a, z, nxt.confidence), date, *spans[k + 2 :]]
        if (m := _SERIES_NUMBER.search(s.text)) is None:
            continue
        if _YEARLIKE.match(m.group("number")) or len(WORD.findall(s.text[: m.start()])) < 2:
            return spans
        if text[: s.start].rstrip().endswith("(") or s.text.rstrip().endswith(")"):
            return spans  # German's closing "(Reihe 44)" keeps its number with the series' name
        a, z = s.start + m.start("number"), s.start + m.end("number")
        return [
            *spans[:k],
            Span("collection-title", text[s.start : s.start + m.start()], s.start, s.start + m.start(), s.confidence),
            Span("volume", text[a:z], a, z, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# the series' name after the book's title and a comma: "FluidMechanics, Course of Theoretical Physics"
_TITLE_THEN_SERIES = lazy_pattern(
    r"^(?P<title>[^,]*[^\W\d_][^,]*),\s+(?P<series>(?:Course|Series|Lecture\s+Notes|Library|Studies|Monographs|Texts)\b"
    r"[^,]*|[^,]*\b(?:Series|Course|Library|Monographs)\b[^,]*)$"
)


@needs(labels=["collection-title"], without=["title", "container-title", "journal"])
def title_in_series(spans: list[Span], text: str) -> list[Span]:
    """``Landau L.D., Lifshitz E.M., 1959, Fluid Mechanics, Course of Theoretical Physics Vol. 6.`` with the book's
    title read into its series, no title read: the words before the series' comma are the title."""
    for k, s in enumerate(spans):
        if s.label != "collection-title" or (m := _TITLE_THEN_SERIES.match(s.text.rstrip(" ,."))) is None:
            continue
        if not m["title"].strip() or len(WORD.findall(m["series"])) < 2:
            return spans
        return divided(spans, k, m.end("title"), m.start("series"), "title", "collection-title")
    return spans
