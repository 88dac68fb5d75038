"""Mend of the comma form that Islamic and older oriental studies write, the author with his death date in
brackets, then the title in italics, its editor or translator, the publisher and the town, each closed by a comma:
``Bukhari (d. 256/870), *Sahih*, Dar Ihya' al-turath al-'Arabi, Beirut, n.d.``, ``Ibn Hajar al-'Asqalani (d.
852/1449), *al-Isaba*, ed. 'A. M. al-Bajawi, Cairo. 1970-2.``, ``Tha'labi (d. 427/1035), *al-Kashf wa al-bayan,*
ed. Nazir al-Sa'idi, Beirut, 1422/2002.`` (``—–,`` for the author named above). The model reads the bracketed date
as the year and the name, the title and the editor as one run: the italics bound the title, the role word the
editor, and the comma parts after them are the publisher and the town."""

from __future__ import annotations

from biblio.parse.connectors import NAME_DATE_NOTE
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a death date (Hijri/Gregorian, or one of them), "writing in" a year, or the bare pair, in brackets after the name
_DATE_NOTE = rf"\s?{NAME_DATE_NOTE}|\s?\(\d{{1,4}}/\d{{3,4}}\)"
# the author: a name of a few words, maybe inverted ("al-Alusi, Mahmud"), or the dash for the author named above
# (which the tidied text closes with a full stop)
_NAME = r"[^\W\d_'\u2018\u2019][^\s,()*]*(?:\s[^\s,()*]+){0,5}"
_DASHES = r"[\u2013\u2014-]{2,3}"
_ROLES = {"ed.": "editor", "trans.": "translator", "tr.": "translator"}
_FORM = lazy_pattern(
    rf"^(?:(?P<dash>{_DASHES})[,.]?|(?P<names>{_NAME}(?:,\s{_NAME})?)(?P<note>{_DATE_NOTE}),?)\s"
    r"\*(?P<title>[^*]+?)(?:,\*,?|\*,|\.?\*(?=\s(?:ed|trans|tr)\.\s))\s"
    r"(?:(?P<role>ed\.|trans\.|tr\.)\s(?:(?:Dr|Prof)\.\s)?(?P<who>['\u2018]?[^\W\d_][^,*]*[^,*\s](?:,\s\*?et\sal\*?\.?)?)[,.]\s)?"
    r"(?P<imprint>[^\d*]+?)[,.]\s(?P<year>(?:\d{3,4}/\s?)?\d{4}(?:-\d{1,4})?|n\.\s?d)\.?$"
)
# (the title closed by its comma, inside or after the italics, or by the role word: MLA's "---. *Title*. Publisher,
# 2018." is no comma form)
# a comma part of the imprint: a town or a publisher's name, no more than six words, no role or volume
_PART = lazy_pattern(r"[^\W\d_'\u2018\u2019][^,.;:]*(?:\s[^\s,;:]+){0,5}")


@needs(marks=("*",))
def dated_author_comma_form(spans: list[Span], text: str) -> list[Span]:
    """``Bukhari (d. 256/870), *Sahih*, Dar Ihya' al-turath al-'Arabi, Beirut, n.d.``: the name before its bracketed
    death date, the italic title, the editor after ``ed.`` (the translator after ``trans.``), the publisher and the
    town, and the year (of a Hijri/Gregorian pair, the normaliser takes the Gregorian)."""
    if "(" not in text[:60] and text[:1] not in "\u2013\u2014-":
        return spans
    m = _FORM.match(text)
    if m is None:
        return spans
    parts = m["imprint"].split(", ")
    if len(parts) > 2 or not all(_PART.fullmatch(p) for p in parts):
        return spans
    conf = min((s.confidence for s in spans), default=1.0)
    new: list[Span] = []
    if m["names"]:
        new.append(Span("author", m["names"], m.start("names"), m.end("names"), conf))
        # the death date belongs to the name and no field holds it: kept as the record's note, no text lost
        a = m.start("note") + len(m["note"]) - len(m["note"].lstrip())
        new.append(Span("note", m["note"].lstrip(), a, m.end("note"), conf))
    new.append(Span("title", m["title"], m.start("title"), m.end("title"), conf))
    if m["who"]:
        new.append(Span(_ROLES[m["role"]], m["who"], m.start("who"), m.end("who"), conf))
    a = m.start("imprint")
    if len(parts) == 2:
        new.append(Span("publisher", parts[0], a, a + len(parts[0]), conf))
        a += len(parts[0]) + 2
    new.append(Span("location", parts[-1], a, m.end("imprint"), conf))
    if not m["year"].startswith("n"):
        new.append(Span("date", m["year"], m.start("year"), m.end("year"), conf))
    if all(any(s.label == n.label and s.start == n.start and s.end == n.end for s in spans) for n in new):
        return spans
    return replaced(spans, text, 0, len(text), new)


# the name and its death date opening any reference, closed by a comma or a full stop ("Ibn Khaldun (d. 808/1406).
# The Muqaddimah. Trans. …", "Ibn Sa'd (writing in 355/966), Kitab …")
_NAME_DATE_OPENING = lazy_pattern(rf"^(?P<names>{_NAME}(?:,\s{_NAME})?)\s(?P<note>{NAME_DATE_NOTE})(?=[,.]\s)")


@needs(marks=("(",))
def death_date_after_opening_name(spans: list[Span], text: str) -> list[Span]:
    """``Ibn Khaldun (d. 808/1406). The Muqaddimah. …`` with the name and the death date read into the title (or
    the date as the year): the name is the author, the worded date in brackets after it the record's note."""
    if "(" not in text[:60]:
        return spans
    m = _NAME_DATE_OPENING.match(text)
    if m is None:
        return spans
    a, z = m.start("note"), m.end("note")
    if any(s.label == "note" and s.start == a for s in spans):
        return spans  # (read so already)
    conf = min((s.confidence for s in spans if s.start < z), default=1.0)
    new = [Span("author", m["names"], 0, m.end("names"), conf), Span("note", m["note"], a, z, conf)]
    return replaced(spans, text, 0, z, new)
