"""Mends of German journal numbering: ``Heft 6`` / ``H. 3`` names the issue, ``18/4 (2014)`` the
volume, the issue and the year."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, may_hold, needs
from biblio.parse.spans import Span

# "Heft 6", ", H. 3", ", H. 3/4": the issue of a German journal ("H." only after a comma: "Thorpe, W. H. 1940."
# is a name's initial and a year)
_HEFT = lazy_pattern(r"(?<![\w.])(?:Heft\s*|(?<=,\s)H\.\s*)\d{1,3}(?:\s*/\s*\d{1,3})?(?![\d/])")


@needs(without=["issue"], marks=("Heft", "H."))
def heft_is_issue(spans: list[Span], text: str) -> list[Span]:
    """``1999 Heft 6. “Title.”`` or ``*BuB; 66, 2013 Heft 2*`` with ``Heft`` read into the date, the
    title or the journal: the word and its number are the issue."""
    if "Heft" not in text and "H." not in text or "issue" in labels_of(spans) or (m := _HEFT.search(text)) is None:
        return spans
    a, z = m.span()
    if not any(s.start < z and a < s.end for s in spans):
        return spans
    out: list[Span] = []
    placed = False
    for s in spans:
        if s.end <= a or s.start >= z:
            out.append(s)
            continue
        if s.start < a and text[s.start : a].strip():
            out.append(Span(s.label, text[s.start : a], s.start, a, s.confidence))
        if not placed:
            out.append(Span("issue", text[a:z], a, z, s.confidence))
            placed = True
        after = text[z : s.end]
        if s.end > z and after.strip(" .,;:"):
            b = s.end - len(after.lstrip(" .,;:"))  # the part after the issue opens at its first word
            out.append(Span(s.label, text[b : s.end], b, s.end, s.confidence))
    return out


# "18/4 (2014)," read as one issue: the issue after the volume's slash, then the year in brackets
_ISSUE_THEN_YEAR = lazy_pattern(
    r"^(?P<slash>\s*/\s*)?(?P<issue>\d{1,4})\s*(?P<date>\(\s*(?:1[5-9]\d\d|20\d\d)\s*\))[,.;:]?\s*$"
)


@needs(labels=["issue"], without=["date"])
def year_after_issue(spans: list[Span], text: str) -> list[Span]:
    """``Journal of … 18/4 (2014), S. 415–436.`` with ``/4 (2014),`` read as the issue: the bracketed
    year after the issue is the date."""
    if "date" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "issue" or (m := _ISSUE_THEN_YEAR.match(s.text)) is None:
            continue
        issue = Span("issue", m["issue"], s.start + m.start("issue"), s.start + m.end("issue"), s.confidence)
        date = Span("date", m["date"], s.start + m.start("date"), s.start + m.end("date"), s.confidence)
        return [*spans[:k], issue, date, *spans[k + 1 :]]
    return spans


# "LIBREAS. Library Ideas, 22 (2013)." a bare number between the journal and the bracketed year
_BARE_NUMBER = lazy_pattern(r"^\s*\d{1,4}\s*,?\s*$")
# the German "In:" before the journal ("Synthesis, 706 (1977)" with none is a page before the year)
_IN_COLON = lazy_pattern(r"^(?:\S*\s)?In:\s", re.I)
_BRACKETED_YEAR = lazy_pattern(r"^\s*\(\s*(?:1[5-9]\d\d|20\d\d)\s*\)")


@needs(labels=("pages", "date"), any_label=("journal", "container-title"), without=["volume"], words=["in:"])
def volume_before_year(spans: list[Span], text: str) -> list[Span]:
    """``In: Journal, 22 (2013).`` with ``22`` read as the pages: after ``In:``, a bare number between the
    journal and its bracketed year is the volume."""
    if not may_hold(text, "in:") or "volume" in labels_of(spans):
        return spans
    for k in range(1, len(spans) - 1):
        prev, s, nxt = spans[k - 1], spans[k], spans[k + 1]
        if (
            s.label == "pages"
            and prev.label in ("journal", "container-title")
            and _IN_COLON.match(text[max(0, prev.start - 4) : prev.end].lstrip(" .")) is not None
            and nxt.label == "date"
            and _BARE_NUMBER.match(s.text)
            and _BRACKETED_YEAR.match(nxt.text)
            and not any(o.label == "pages" for o in spans[k + 1 :])
        ):
            return [*spans[:k], Span("volume", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "Zeitschrift für Pädagogik 4/2005," "Soziale Welt 1/1993": the issue and its year after a slash, as German
# journals number an issue within its year (never "34/35", a double issue, nor "12/2005/3")
_ISSUE_SLASH_YEAR = lazy_pattern(r"(?<![\d/.])(?P<issue>\d{1,2})\s*/\s*(?P<year>(?:1[6-9]|20)\d\d)(?P<end>[,.;:]?\s*)$")


@needs(any_label=("journal", "container-title", "volume", "date"), marks=("/",))
def issue_slash_year(spans: list[Span], text: str) -> list[Span]:
    """``In: Zeitschrift für Pädagogik 4/2005, S. 12-30.`` with ``4/2005`` read as the volume, into the journal
    (no date read) or as the date right after the journal: the number before the slash is the issue, the year
    after it the date."""
    if "/" not in text:
        return spans
    dated = "date" in labels_of(spans)
    for k, s in enumerate(spans):
        if s.label not in ("date" if dated else ("journal", "container-title", "volume")):
            continue
        if (m := _ISSUE_SLASH_YEAR.search(s.text)) is None:
            continue
        if s.label == "date" and (m.start() > 0 or k == 0 or spans[k - 1].label not in ("journal", "container-title")):
            continue  # a date of its own ("3/2005" alone, a month) is left as read
        if s.label in ("journal", "container-title") and (m.start() == 0 or not s.text[m.start() - 1].isspace()):
            continue  # the journal's name must stand before the number
        a = s.start + m.start("issue")
        new = [
            Span("issue", m["issue"], a, a + len(m["issue"]), s.confidence),
            Span("date", m["year"], s.start + m.start("year"), s.start + m.end("year"), s.confidence),
        ]
        name = s.text[: m.start()].rstrip()
        head = [Span(s.label, name, s.start, s.start + len(name), s.confidence)] if name.strip() else []
        return [*spans[:k], *head, *new, *spans[k + 1 :]]
    return spans


# "In: WISTA Wirtschaft und Statistik. Ausgabe 6/2019, Seite 87 ff.": "Ausgabe" (issue) read into the journal's
# name, its number (``6/``, ``3+4/``) as the volume or the pages before the year
_AUSGABE_CLOSING = lazy_pattern(r"[.,]?\s+(?P<word>Ausgabe)\s*$")
_ISSUE_NUMBER = lazy_pattern(r"^\s*(?P<n>\d{1,3}(?:\s*[+\-\u2013]\s*\d{1,3})?)\s*/?\s*$")


# the whole numbering run into the journal's span: "Journal. Ausgabe 1+2/2020, Seite 8 ff."
_AUSGABE_RUN_IN = lazy_pattern(
    r"[.,]\s+(?P<issue>Ausgabe\s+\d{1,3}(?:\s*[+\-\u2013]\s*\d{1,3})?)\s*/\s*(?P<year>(?:1[6-9]|20)\d\d)"
    r"(?:\s*,\s*(?P<pages>Seiten?\s+\d{1,5}(?:\s*[-\u2013]\s*\d{1,5})?(?:\s*ff?\.)?))?\s*[.,;]?\s*$"
)


@needs(any_label=("journal", "container-title"), marks=("Ausgabe",))
def ausgabe_is_issue(spans: list[Span], text: str) -> list[Span]:
    """``Journal. Ausgabe 6/2019`` with ``Ausgabe`` read into the journal and ``6/`` as the volume or pages, or
    the whole numbering (``Ausgabe 1+2/2020, Seite 8 ff.``) read into the journal: the word names the issue, so
    it leaves the journal's name; the number before the year is the issue, ``Seite`` the page."""
    dated = "date" in labels_of(spans)
    for k, s in enumerate(spans):
        if s.label not in ("journal", "container-title"):
            continue
        if not dated and (r := _AUSGABE_RUN_IN.search(s.text)) is not None and r.start() > 0:
            o = s.start
            parts = [Span(s.label, s.text[: r.start()], o, o + r.start(), s.confidence)]
            for name, label in (("issue", "issue"), ("year", "date"), ("pages", "pages")):
                if r[name]:
                    parts.append(Span(label, r[name], o + r.start(name), o + r.end(name), s.confidence))
            return [*spans[:k], *parts, *spans[k + 1 :]]
        if k + 1 == len(spans) or (m := _AUSGABE_CLOSING.search(s.text)) is None:
            continue
        nxt = spans[k + 1]
        kept = Span(s.label, s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        a = s.start + m.start("word")  # the word stays with its number (the issue's normaliser drops it)
        n = _ISSUE_NUMBER.match(nxt.text)
        if nxt.label == "issue":
            z = nxt.end
        elif nxt.label in ("volume", "pages") and n is not None and k + 2 < len(spans) and spans[k + 2].label == "date":
            z = nxt.start + n.end("n")
        else:
            continue
        return [*spans[:k], kept, Span("issue", text[a:z], a, z, nxt.confidence), *spans[k + 2 :]]
    return spans


# "Seite 14 ff.", "Seiten 3-9": the German word for page before its number, a segment of its own
_SEITE = lazy_pattern(r"^\s*Seiten?\s+\d{1,5}(?:\s*[-\u2013]\s*\d{1,5})?(?:\s*ff?\.)?\s*[.,;]?\s*$")


@needs(without=["pages"], marks=("Seite",))
def seite_is_pages(spans: list[Span], text: str) -> list[Span]:
    """``…, Seite 14 ff. [Zugriff am …]`` with the segment ``Seite 14 ff.`` read as a title or a note after
    the journal: it is the page."""
    for k, s in enumerate(spans):
        if k and s.label in ("title", "note", "publisher", "location") and _SEITE.match(s.text):
            return [*spans[:k], Span("pages", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
