"""Mend of the database a copy was read in and its provider, as Australian Harvard names them after the day
viewed: ``…, pp. 1-9, viewed 2 April 2009, Academic Search Complete database, EBSCOHost, doi:…``, and of the
town of the archive a Chicago note's manuscript is kept in: ``…, Box 3, Folder 9, Wilson fonds, Dalhousie
University Archives, Halifax, Nova Scotia.``

The labeller reads the database (the archive) as a note and its provider (its town) as a place. Both say where
the copy was found: one note, and no place of publication.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_DATABASE_END = lazy_pattern(r"\bdatabase\s*[,;]?\s*$", re.I)
# a manuscript's box and folder, and the archive that keeps it closing the note before the town
_BOX_FOLDER = lazy_pattern(r"\b[Bb]ox\s+\d+\w*,\s+[Ff]older\s+\d")
_ARCHIVE_END = lazy_pattern(r"\b(?:Archives|Library|Libraries|Special Collections|Museum)\s*[,;]?\s*$")


def _where_kept(note: str, text: str) -> bool:
    """Whether the note closes on the database a copy was read in, or on the archive keeping a boxed manuscript."""
    return bool(_DATABASE_END.search(note) or _ARCHIVE_END.search(note) and _BOX_FOLDER.search(text))


@needs(labels=("note", "location"), without=("publisher",))
def provider_after_database(spans: list[Span], text: str) -> list[Span]:
    """``Academic Search Complete database, EBSCOHost,`` (``Dalhousie University Archives, Halifax,``) read as a
    note and a place: the provider (the town) joins the note."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "note" or nxt.label != "location" or not _where_kept(s.text, text):
            continue
        if any(x.label not in ("url", "doi", "note", "accessed") for x in spans[k + 2 :]):
            continue  # the place of an imprint still to come
        joined = Span("note", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
        return [*spans[:k], joined, *spans[k + 2 :]]
    return spans


# the archive or database a periodical's copy was read in, closing a note: "Time Magazine Archive.",
# "Historical Newspapers Database."
_ARCHIVE_NAME = lazy_pattern(r"^[A-Z][\w'’&. -]{0,60}\b(?:Archives?|Database)\.?\s*$")
# the cited page after a date's colon: "7 October 1966: 58."
_DATE_COLON_PAGE = lazy_pattern(r"^(?P<date>.*?\d{4})\s*:\s*(?P<page>\d+(?:\s*[-–]\s*\d+)?)\.?\s*$")


@needs(labels=("journal", "date"))
def archive_after_periodical_date(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``“Two New Nations,” Time, 7 October 1966: 58. Time Magazine Archive.`` with the archive the
    magazine was read in taken for a second journal (and the page into the date): a note, and the page."""
    labels = [s.label for s in spans]
    k = len(spans) - 1
    while k > 0 and labels[k] in ("url", "accessed"):
        k -= 1
    # the date just before the archive, or the date and the page ("12 March 1951: | 44. | Life Magazine Archive.")
    d = k - 2 if k >= 2 and labels[k - 1] == "pages" else k - 1
    if d < 1 or labels[k] != "journal" or labels[d] != "date":
        return spans
    if not any(x in ("journal", "source") for x in labels[:d]):
        return spans
    archive, date = spans[k], spans[k - 1]
    if not _ARCHIVE_NAME.match(archive.text):
        return spans
    note = Span("note", archive.text, archive.start, archive.end, archive.confidence)
    head: list[Span] = [date]
    if d == k - 1 and (m := _DATE_COLON_PAGE.match(date.text)) is not None:
        a, z = date.start + m.start("page"), date.start + m.end("page")
        head = [
            Span("date", m.group("date"), date.start, date.start + m.end("date"), date.confidence),
            Span("pages", text[a:z], a, z, date.confidence),
        ]
    lead = spans[: k - 1]
    if "journal" not in labels[:d] and labels[d - 1] == "source":
        # "“The Long Winter,” | Life, | 12 March 1951": the periodical before the date, once the archive is no journal
        outlet = lead[d - 1]
        lead = [*lead[: d - 1], Span("journal", outlet.text, outlet.start, outlet.end, outlet.confidence), *lead[d:]]
    return [*lead, *head, note, *spans[k + 1 :]]
