"""Mends of a proceedings' title as the ACL's and the ACM's BibTeX styles print it.

The ACL Anthology names each volume of a meeting's proceedings in its title: ``Proceedings of the
2019 Conference …: Human Language Technologies, Volume 1 (Long and Short Papers)`` or ``Proceedings
of the 54th Annual Meeting … (Volume 1: Long Papers)``; the ACM writes ``Proceedings of the 26th
International Conference … - Volume 2``. That part is the book's name, not a volume number of the
paper. The ACM's BibTeX also prints the meeting's short name and year (its ``series``) after the
title: ``Proceedings of … World Wide Web, WWW ’10, page 421–430``, which the labelled data keeps in
the proceedings' title.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# (USENIX names its meetings after itself: "USENIX Security 2020, August 12-14, 2020")
_MEETING = lazy_pattern(r"(?i)\b(?:proc|proceedings|conference|workshop|symposium|congress|meeting|usenix)\b")
# ", Volume 1 (Long Papers)", " (Volume 2: Short Papers)", " - Volume 2", or ", Volume 2" closing the italics (the
# ACM's "*Proceedings of the 29th … Systems, Volume 2*")
_PART = lazy_pattern(
    r",\s+Volume\s+\d+\s+\([^()]{2,60}\)|\s+\(Volume\s+\d+:\s+[^()]{2,60}\)|\s+-\s+Volume\s+\d+\b"
    r"|,\s+Volume\s+\d+(?=[*_])"
)
# ", WWW ’10", ", NIPS’13", ", KDD '08" followed by a comma
_SERIES = lazy_pattern(r",\s+[A-Z][A-Za-z0-9-]*[A-Z0-9]\s?[’']\d{2}(?=,)")
_LEAD = lazy_pattern(r"[\s,.;:)]*")


def _rest(s: Span, text: str, z: int) -> Span | None:
    """What of ``s`` lies after offset ``z``, its opening punctuation dropped (``None`` if nothing)."""
    lead = _LEAD.match(text, max(z, s.start))
    a = lead.end() if lead else z
    if a >= s.end or not text[a : s.end].strip(" ,.;:"):
        return None
    return Span(s.label, text[a : s.end], a, s.end, s.confidence)


def _recut(spans: list[Span], text: str, k: int, z: int) -> list[Span]:
    """``spans`` with the container ``spans[k]`` running to offset ``z``: spans reaching into
    ``[spans[k].end, z)`` keep only what lies after ``z``."""
    c = spans[k]
    new = Span(c.label, text[c.start : z], c.start, z, c.confidence)
    after = [_rest(s, text, z) if s.start < z else s for s in spans[k + 1 :]]
    return [*spans[:k], new, *(s for s in after if s is not None)]


def _proceedings(spans: list[Span]) -> int | None:
    for k, s in enumerate(spans):
        if s.label in ("container-title", "journal") and _MEETING.search(s.text):
            return k
    return None


@needs(marks=["Volume "])
def part_in_proceedings_title(spans: list[Span], text: str) -> list[Span]:
    """``…, Volume 1 (Long and Short Papers),``, ``(Volume 1: Long Papers)`` or an italic title's closing ``,
    Volume 2*`` after a proceedings' title read as its volume (or a series and a date): the named part is the
    title's end."""
    if "Volume " not in text or (k := _proceedings(spans)) is None:
        return spans
    c = spans[k]
    base = c.start + len(c.text.rstrip(" ,-("))
    if (m := _PART.match(text, base)) is None:
        return spans
    return _recut(spans, text, k, m.end())


@needs(marks=["’", "'"])
def series_after_proceedings(spans: list[Span], text: str) -> list[Span]:
    """``Proceedings of …, NLPIR4DL ’09, page 54–61`` with the meeting's short name and year cut
    from the title and read into the pages: the label closes the title, the pages begin after it."""
    if "’" not in text and "'" not in text or (k := _proceedings(spans)) is None:
        return spans
    c = spans[k]
    m = _SERIES.search(text, c.start)
    if m is None or m.start() > c.end + 1 or m.end() <= c.end:
        return spans
    return _recut(spans, text, k, m.end())


# DBLP's meeting place and dates closing a proceedings' title: ", Barcelona, Spain, October 23-25, 2013",
# ", May 4-6, 1992, Victoria, British Columbia, Canada" (a meeting held online: the days alone, "USENIX Security
# 2021, August 11-13, 2021"), then ", Proceedings, Part II", ", Revised Papers" or ", Volume 2: Short Papers"
# (a full stop only inside a word, "D.C", or closing the part: "USA. IEEE Computer Society" is two fields); the
# italics closing it may be Markdown's underscore, with the space a conversion leaves before the comma ("2018_ ,")
_PLACE_WORD = r"[A-Z][\w'’-]*(?:\.[\w'’-]+)*"
_PLACE_PART = rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}\.?"
_PLACE = rf"{_PLACE_PART}(?:,(?:[*_]\s?)?\s+{_PLACE_PART}){{0,3}}"
# (or the month alone, "Barcelona, Spain, December, 2020")
_DAYS = rf"{ENGLISH_MONTH}(?:\s+\d{{1,2}}(?:\s*[-\u2013]\s*(?:{ENGLISH_MONTH}\s+)?\d{{1,2}})?)?,\s+(?:1[6-9]|20)\d\d"
# DBLP's older titles give the days first, then the place and ", Proceedings": "(FCCM 2004), 20-23 April 2004,
# Napa, CA, USA, Proceedings"
_DAYS_FIRST = (
    rf"\d{{1,2}}(?:\s*[-\u2013]\s*\d{{1,2}})?\s+{ENGLISH_MONTH}\s+(?:1[6-9]|20)\d\d,\s+{_PLACE}(?=,\s+Proceedings\b)"
)
_YEAR = lazy_pattern(r"\b(?:1[6-9]|20)\d\d\b")
_YEAR_GAP = lazy_pattern(r"[\s,*_)]*(?:(?:1[6-9]|20)\d\d)?[\s,*_)]*")
# (day-first days without that "Proceedings" are not DBLP's: MDPI's ", Muscat, Oman, 19–21 December 2017;" and
# Copernicus's ", 19–24 June 2016, Grand Rapids, MI, USA," name the meeting's place apart from the title)
_MEETING_TAIL = lazy_pattern(
    rf",(?:[*_]\s?)?\s+(?:{_PLACE},(?:[*_]\s?)?\s+{_DAYS}|{_DAYS}(?:,\s+{_PLACE})?|{_DAYS_FIRST})"
    r"(?:,\s+(?:(?:Conference|Workshop)\s+Track\s+)?Proceedings(?:,\s+Part\s+[IVX]{1,4}|\s+\d{1,2})?"
    r"|,\s+Revised\s+(?:Selected\s+)?Papers"
    # the ACL volume's name: ", Volume 2: Short Papers", ", Volume 1 (Long and Short Papers)"
    r"|,\s+Volume\s+\d{1,2}(?::\s+[A-Z][A-Za-z ]{0,40}?Papers|\s+\([A-Z][A-Za-z ]{0,40}?Papers\)))?(?:[*_]\s?)?"
    # the title ends there, the sentence with it: ". ACM, 313–326", "*. Pages", " (Lecture Notes …", or
    # BibTeX's ", pages 385–388." and ", volume 14154 of …"; a year after a comma is the paper's (RePEc's
    # "…, Washington, D.C., June 20-21, 1996, 1997." names the meeting apart)
    r"(?=(?:[*_]\s?)?[.;](?:\s|$)|(?:[*_]\s?)?\s*$|(?:[*_]\s?)?\s\(|(?:[*_]\s?)?,\s+(?:pages|pp\.|volume|vol\.)\s"
    r"|(?:[*_]\s?)?,\s+\(|\s+Pp\.\s"
    # the other styles' parts after it: APA's pages, the year before the pages, the publisher before the year
    r"|(?:[*_]\s?)?,\s+[A-Za-z]?\d{1,6}\s*[-\u2013]\s*[A-Za-z]?\d{1,6}\b"
    r"|(?:[*_]\s?)?,\s+(?:1[6-9]|20)\d\d,\s+(?:pp?\.\s*)?\d"
    r"|(?:[*_]\s?)?,\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3}[,;]\s+(?:1[6-9]|20)\d\d\b)"
)


@needs(labels=["date"], any_label=["container-title", "journal"])
def meeting_place_and_dates_in_title(spans: list[Span], text: str) -> list[Span]:
    """DBLP's (and the ACM Reference Format's) ``In Proceedings of …, IMC 2013, Barcelona, Spain, | October
    23-25, 2013. ACM, 313–326.`` with the meeting's place and days read as a place and a date: DBLP names
    them in the proceedings' title, so they stay there where the reference states its year elsewhere."""
    if (k := _proceedings(spans)) is None:
        return spans
    c = spans[k]
    for m in _MEETING_TAIL.finditer(text, c.start):
        # (the meeting's year after its short name may have been cut from the title: "STOC | 2009, Bethesda")
        if m.start() > c.end and not _YEAR_GAP.fullmatch(text, c.end, m.start()):
            return spans
        if m.end() <= c.end:
            continue
        # the paper's year stated elsewhere: before the container, or after the meeting's days
        if not any(s.label == "date" and (s.end <= c.start or _YEAR.search(text, max(s.start, m.end()), s.end))
                   for s in spans):
            return spans
        return _recut(spans, text, k, m.end())
    return spans


# APS's ", in Proceedings of …" (or ", in Proc. …") after the paper's title
_IN_PROCEEDINGS = lazy_pattern(r",\s+in\s+(?=Proc(?:eedings|\.)\s)")


# the Russian journals' English editions (Pleiades) name the proceedings after a comma alone, abbreviated: "Title,
# Proc. 9th Int. Vacuum Congr. …, Madrid, 1983, pp. 344-350."
# (or name the meeting itself, perhaps by its number in roman figures: "Title, XII Int. Conf. on …, Kyiv, 1997, p. 86.")
# (or, in an Elsevier numbered list, after the title's full stop: "Title. Proc., 11th International conference on …,
# vol. 1. Stallion Press; 2004. p. 32–56.")
_BARE_PROC = lazy_pattern(
    r",\s+(?=Proc\.\s+(?:\d{1,2}(?:st|nd|rd|th)\s+|of\s+|[A-Z])|(?:[IVXL]{1,7}\s+)?Int\.\s+(?:Conf|Symp|Congr)\.\s)"
    r"|(?<=[a-z])\.\s+(?=Proc\.,\s+\d{1,2}(?:st|nd|rd|th)\s)"
)
# what the model may read between the proceedings' name and the meeting's town: the name's tail as a publisher
_NAME_TAIL_MISREADS = frozenset(["publisher", "note", "container-title", "journal"])


@needs(labels=["title"], without=["container-title", "journal"], words=["proc", "int. "])
def proceedings_in_title(spans: list[Span], text: str) -> list[Span]:
    """APS's ``Linear imperfections, in Proceedings of CAS-CERN Accelerator School, …`` read as one title: the
    proceedings after ``, in`` are the container. Pleiades's ``Title, Proc. 9th Int. Vacuum Congr. …, Madrid,
    1983, pp. 344-350.`` (no ``in``) likewise, where the paper's pages follow."""
    paged = any(s.label == "pages" for s in spans)
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        m = _IN_PROCEEDINGS.search(s.text) or (_BARE_PROC.search(s.text) if paged else None)
        if m is None or len(s.text[: m.start()].split()) < 2:
            continue
        a, z, j = s.start + m.end(), s.end, k + 1
        if not m.group(0).lstrip(", ").startswith("in"):
            # "Proc. 3rd Int. Conf. | on Thin Films, | Kraków,": the name runs on to the meeting's town or the year
            while j + 1 < len(spans) and spans[j].label in _NAME_TAIL_MISREADS and spans[j + 1].label in (
                "location", "date", *_NAME_TAIL_MISREADS
            ):
                z, j = spans[j].end, j + 1
        return [
            *spans[:k],
            Span("title", text[s.start : s.start + m.start()], s.start, s.start + m.start(), s.confidence),
            Span("container-title", text[a:z], a, z, s.confidence),
            *spans[j:],
        ]
    return spans


# APS's and AIP's "in Proceedings of …, Paris, 2002 (EPS-IGA and CERN, Geneva, 2002), pp. 1184–1186": the
# meeting's place (and year) between the proceedings' title and its bracketed imprint (or its house and year
# alone, "Santa Fe, NM, USA (IEEE, 1994)": a house's own town is printed inside the bracket)
_MEETING_BEFORE_IMPRINT = lazy_pattern(
    rf"[\s,]*(?P<meeting>{_PLACE}(?:,\s+(?:1[6-9]|20)\d\d)?)\s*"
    r"(?=\([^()]{2,80}?,\s+(?:[^()]{2,60}?,\s+)?(?:1[6-9]|20)\d\d\))"
)


@needs(any_label=["container-title", "journal"], marks=["("])
def meeting_place_before_bracketed_imprint(spans: list[Span], text: str) -> list[Span]:
    """APS's ``in Proceedings of the 8th European Particle Accelerator Conference, | Paris, 2002 | (EPS-IGA and
    CERN, Geneva, 2002)`` with the meeting's place and year read as a second place and date: they name the
    meeting in the proceedings' title; the bracket holds the publisher's place and year."""
    if (k := _proceedings(spans)) is None:
        return spans
    c = spans[k]
    m = _MEETING_BEFORE_IMPRINT.match(text, c.end)
    if m is None or text[c.end : m.start("meeting")].strip() not in ("", ","):
        return spans
    return _recut(spans, text, k, m.end("meeting"))


# JMIR's "In: Proceedings of …. 2015 Presented at: Meeting; Feb 12 - 13, 2015; Place."
_YEAR_THEN_MEETING = lazy_pattern(r"\.\s+(?P<year>(?:1[6-9]|20)\d\d)\s+(?P<meeting>Presented\s+at\s*:)")
_IDENTIFIERS = frozenset(["doi", "url"])


@needs(labels=["container-title"], words=["presented at"])
def meeting_after_proceedings(spans: list[Span], text: str) -> list[Span]:
    """JMIR's ``In: Proceedings of the 2020 IEEE Region 10 Symposium. 2020 Presented at: …; Jun 5-7, 2020;
    Dhaka, Bangladesh.`` read as one container and a place: the year after the proceedings' title is the
    date, and the meeting that follows, with its days and place, is a note."""
    for k, s in enumerate(spans):
        m = _YEAR_THEN_MEETING.search(s.text) if s.label == "container-title" else None
        if m is None:
            continue
        end = next((j for j in range(k + 1, len(spans)) if spans[j].label in _IDENTIFIERS), len(spans))
        tail = spans[k + 1 : end]
        last = tail[-1].end if tail else s.end
        y, z, b = s.start + m.start("year"), s.start + m.end("year"), s.start + m.start("meeting")
        parts = [
            Span("container-title", text[s.start : s.start + m.start()], s.start, s.start + m.start(), s.confidence),
            Span("date", text[y:z], y, z, s.confidence),
            Span("note", text[b:last], b, last, min([s.confidence, *(t.confidence for t in tail)])),
        ]
        return [*spans[:k], *parts, *spans[end:]]
    return spans


# NeurIPS's proceedings print their number in the title, the meeting's short name after it in brackets
_NEURIPS = lazy_pattern(r"Advances\s+in\s+Neural\s+Information\s+Processing\s+Systems[.,]?\s*$")
_BARE_NUMBER = lazy_pattern(r"^\s*\d{1,2}\s*[.,]?\s*$")
_SHORT_NAME = lazy_pattern(r"^\s*\((?:NIPS|NeurIPS)[^()]{0,12}\)\s*[.,]?\s*$")


@needs(labels=["volume"], any_label=["container-title", "journal"], marks=["Neural Information"])
def neurips_number_in_title(spans: list[Span], text: str) -> list[Span]:
    """``Advances in Neural Information Processing Systems | 5 | (NIPS*92),`` with the title's number read as
    the volume and the meeting's short name as the issue: both are the title's, as the book prints it (read
    as a container or, after an APA-like title, as a journal)."""
    for k in range(len(spans) - 1):
        s, v = spans[k], spans[k + 1]
        if s.label not in ("container-title", "journal") or v.label != "volume" or not _NEURIPS.search(s.text):
            continue
        if not _BARE_NUMBER.match(v.text) or text[s.end : v.start].strip():
            return spans
        z = k + 2
        if z < len(spans) and _SHORT_NAME.match(spans[z].text) and not text[v.end : spans[z].start].strip():
            z += 1
        last = spans[z - 1]
        if z == k + 2 and s.label == "journal":
            return spans  # a journal's name and number alone: Scholar's ``Advances in … Systems 30 (2017)``
        return [
            *spans[:k],
            Span("container-title", text[s.start : last.end], s.start, last.end, s.confidence),
            *spans[z:],
        ]
    return spans


# IEEE's "in Proc." (or "In Proceedings of") alone, the rest of the meeting's name read as a journal
_PROC_WORD_ALONE = lazy_pattern(r"\s*[Ii]n:?\s+(?:Proc\.|Proceedings(?:\s+of(?:\s+the)?)?)\s*")


@needs(labels=["container-title", "journal"], words=["proc"])
def proceedings_word_alone(spans: list[Span], text: str) -> list[Span]:
    """IEEE's ``in Proc. | IEEE Int. Conf. Syst., Man, Cybern. (SMC), Oct. 2017,`` with the proceedings' word
    read alone as the container and the meeting's name as a journal: the two are one proceedings' title."""
    for k in range(len(spans) - 1):
        s, j = spans[k], spans[k + 1]
        if s.label != "container-title" or j.label != "journal" or text[s.end : j.start].strip():
            continue
        if _PROC_WORD_ALONE.fullmatch(text, s.start, s.end) is None:
            return spans
        work = Span("container-title", text[s.start : j.end], s.start, j.end, min(s.confidence, j.confidence))
        return [*spans[:k], work, *spans[k + 2 :]]
    return spans


# IEEE's abbreviated proceedings ("in Proc. IEEE Int. Conf.") and its abbreviated words alone ("Robot. Automat.,")
_PROC_OPENING = lazy_pattern(r"(?:[Ii]n\s+)?Proc\.\s.*\.")
_ABBREVIATIONS = lazy_pattern(r"[A-Z][a-z]{0,11}\.(?:\s+[A-Z][a-z]{0,11}\.){0,5}\s*,?")


@needs(labels=["container-title", "publisher"], words=["proc"])
def abbreviations_after_proceedings(spans: list[Span], text: str) -> list[Span]:
    """IEEE's ``in Proc. IEEE Int. Conf. Robot. Automat., 2003, pp. 842–849.`` with the proceedings' last
    abbreviated words read as a publisher: abbreviations alone right after an abbreviated proceedings' name, before
    the year, go on with the name (a publisher's name is no run of abbreviations)."""
    for k in range(len(spans) - 2):
        s, j, after = spans[k], spans[k + 1], spans[k + 2]
        if s.label != "container-title" or j.label != "publisher" or after.label != "date":
            continue
        if text[s.end : j.start].strip() or not _PROC_OPENING.fullmatch(s.text.rstrip(" ,")):
            continue
        if _ABBREVIATIONS.fullmatch(j.text.strip()) is None:
            return spans
        work = Span("container-title", text[s.start : j.end], s.start, j.end, min(s.confidence, j.confidence))
        return [*spans[:k], work, *spans[k + 2 :]]
    return spans


# a meeting's name in title case: "European Design Automation Conference", "13th International Conference on
# Pattern Recognition", "International Astronautical Federation - 58th International Astronautical Congress 2007"
_NAME_WORD = r"(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][\w'’&/.-]*|of|on|and|for|the|in|[-–])"
_NAME_RUN = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,14}}"
# (not a body named after one: "Library of Congress")
_MEETING_NAME = lazy_pattern(
    r"(?<!\bof\s)(?<!\bof\sthe\s)\b(?:Conference|Congress|Symposium|Workshop|Colloquium|Meeting)\b"
)
# the comma before the run of title-case words that closes a span (a year, then a volume number, may follow)
_CLOSING_NAME = lazy_pattern(
    rf",\s+(?P<name>(?:\d{{1,3}}(?:st|nd|rd|th)|[A-Z][\w'’&/.-]*)(?:\s+{_NAME_WORD}){{0,14}}(?:\s+(?:1[6-9]|20)\d\d)?)"
    r"(?:\s+(?P<volume>\d{1,3}))?\s*[,.]?\s*$"
)
_BARE_NAME = lazy_pattern(rf"^\s*(?P<name>{_NAME_RUN})\s*[,.;]?\s*$")


def _title_head(head: str) -> bool:
    """Whether the words before the meeting's name may be a paper's whole title: some words, with a lower-case
    word among them (a title-case run alone may be the meeting's own name, cut at its comma)."""
    words = head.split()
    return len(words) >= 4 and any(w[:1].islower() for w in words)


@needs(any_label=["title", "container-title", "journal"], marks=[", "])
def meeting_after_title_comma(spans: list[Span], text: str) -> list[Span]:
    """``Title, European Design Automation | Conference, pages 23``, ``Title, 13th International Conference on
    Pattern Recognition 3 803-7`` read whole as the container, or ``Title, … Astronautical Congress 2007 | ,`` with
    the meeting read into the title: where no other container was read, the title-case name of a conference,
    congress, symposium or workshop after the title's last comma is the container (a number after it, its
    volume)."""
    holders = [k for k, s in enumerate(spans) if s.label in ("container-title", "journal")]
    titles = [k for k, s in enumerate(spans) if s.label == "title"]
    if len(holders) > 1 or len(titles) > 1:
        return spans
    if titles:
        k = titles[0]
        s = spans[k]
        nxt = holders[0] if holders else None
        if nxt is not None and nxt != k + 1:
            return spans
        bare = _BARE_NAME.match(spans[nxt].text) if nxt is not None else None
        if nxt is not None and bare is None and spans[nxt].text.strip(" ,.;:"):
            return spans  # a container of its own follows
        z = spans[nxt].end if bare is not None and nxt is not None else s.end
        first, last = k, (nxt if bare is not None and nxt is not None else k)
    elif holders:
        k = holders[0]
        s = spans[k]
        z = s.end
        first = last = k
    else:
        return spans
    stretch = text[s.start : z]
    m = _CLOSING_NAME.search(stretch)
    if m is None or not _MEETING_NAME.search(m.group("name")) or not _title_head(stretch[: m.start()]):
        return spans
    if m.group("volume") and any(x.label == "volume" for x in spans):
        return spans
    a, na, nz = s.start + m.start(), s.start + m.start("name"), s.start + m.end("name")
    new = [Span("title", text[s.start : a], s.start, a, s.confidence), Span("container-title", text[na:nz], na, nz)]
    if m.group("volume"):
        va, vz = s.start + m.start("volume"), s.start + m.end("volume")
        new.append(Span("volume", text[va:vz], va, vz))
    rest = [x for x in spans[last + 1 :]]
    if last == k and k + 1 < len(spans) and spans[k + 1].label in ("container-title", "journal"):
        rest = rest[1:]  # the bare punctuation read as the container
    return [*spans[:first], *new, *rest]


# a meeting named by its number in roman figures ("VIII Int. Conf. on …", "XII All-Union Symp. on …") with the
# numeral read as the title's last word
_NUMERAL_CLOSING_TITLE = lazy_pattern(r",\s+(?P<numeral>[IVXL]{1,7})\s*$")
_MEETING_OPENING = lazy_pattern(r"(?:Int\.|International|All-Union|All-Russia|Conf\.|Symp\.|Workshop|Congr\.)\s")


@needs(labels=["title"], any_label=["container-title", "journal"])
def meeting_numeral_closing_title(spans: list[Span], text: str) -> list[Span]:
    """Pleiades's ``Title, VIII Int. Conf. on Crystal Chemistry …, Lviv, 2002, p. 120.`` with the meeting's
    number read as the title's last word: it opens the meeting's name."""
    for k, s in enumerate(spans[:-1]):
        c = spans[k + 1]
        if s.label != "title" or c.label not in ("container-title", "journal") or not _MEETING_OPENING.match(c.text):
            continue
        m = _NUMERAL_CLOSING_TITLE.search(s.text)
        if m is None or text[s.end : c.start].strip():
            continue
        a = s.start + m.start("numeral")
        title = Span("title", text[s.start : s.start + m.start()], s.start, s.start + m.start(), s.confidence)
        return [*spans[:k], title, Span(c.label, text[a : c.end], a, c.end, c.confidence), *spans[k + 2 :]]
    return spans
