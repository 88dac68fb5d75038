"""A meeting's or a preprint server's name read into the wrong field of the whole record.

Fields touched: ``container-title``, ``publisher-place``, ``issue``, ``page``, ``volume``, ``publisher``.

Computer-science lists name a meeting and then its short name in brackets (``Workshop on … Remote Sensing
(WHISPERS), 2016.``): the bracket is the name's, no place and no issue. They repeat the year the author-date
head gave after the venue (``Advances in … Systems (2016).``, ``… (AISTATS) 22, 2019.``, ``… OTML, 2014.``):
that year is no issue, page or volume. Springer's and the ACM's short name with its year's two figures set after
the proceedings' title (``In: Proceedings of … management. CIKM ’14, pp 2039–2041.``) closes that title, as the
labelled data keep it, no note. A preprint server named alone after the title (``Title. ArXiv.``)
holds the work, as ``*arXiv* [Preprint]`` does; it publishes nothing. So does an open platform of journal articles
(``Title. (2015). Redalyc.``, ``SciELO``, ``Dialnet``); named after a journal's numbers, it is where the article
was read, a note.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.hosts import add_note
from biblio.parse.text import after_each
from biblio.records.model import source_text

FIELDS = (
    "container-title",
    "note",
    "publisher-place",
    "issue",
    "page",
    "volume",
    "publisher",
    "title",
    "collection-title",
    "issued",
)

# a meeting's short name: "WHISPERS", "NeurIPS", "AISTATS", "EuroSys" (two capitals or more, letters only; a
# roman number such as "IV" is an issue's)
SHORT_NAME = r"(?=[A-Za-z]{3,10}\b)[A-Z][a-z]*[A-Z][A-Za-z]*"
MEETING_SHORT_NAME = lazy_pattern(SHORT_NAME)
_SHORT_NAME = lazy_pattern(rf"\(\s*(?P<name>{SHORT_NAME})\s*\)")
_ROMAN = lazy_pattern(r"[IVXLCDM]+")
_SERVER = lazy_pattern(r"ar[Xx]iv|bioRxiv|medRxiv|SSRN", re.I)
# Latin America's and Spain's open platforms of journal articles, named after an article as where it was read
_ARTICLE_PLATFORM = lazy_pattern(r"Redalyc|SciELO|Dialnet", re.I)
# Cell's and Nature's "Preprint at bioRxiv.": the words that lead to the server
_PREPRINT_AT = lazy_pattern(r"^Preprint\s+at\s+")


_MAY_SPACE = lazy_pattern(r"\s*")
# "CIKM ’14", "SIGMOD/PODS ’18", "ICML'11": a meeting's short name and its year's two figures
_SHORT_NAME_YEAR = lazy_pattern(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:/[A-Z][A-Za-z]*)?\s?[’']\d\d")
# between the proceedings' title and the short name: its full stop or comma
_TITLE_STOP = lazy_pattern(r"[.,]?\s+")


def short_name_year_closes_venue(item: dict[str, Any]) -> None:
    """(In place.) ``In: Proceedings of … management. CIKM ’14, pp 2039–2041.`` with the short name and its
    year read as a note: written straight after the proceedings' title, it closes that title."""
    venue, note = item.get("container-title"), item.get("note")
    if not isinstance(venue, str) or not isinstance(note, str) or not venue.strip():
        return
    name = note.strip(" .,;")
    if _SHORT_NAME_YEAR.fullmatch(name) is None:
        return
    source = source_text(item)
    for gap in after_each(source, venue, _TITLE_STOP):
        if source.startswith(name, gap.end()):
            item["container-title"] = f"{venue}{gap.group().rstrip()} {name}"
            del item["note"]
            return


def short_name_of_venue(item: dict[str, Any]) -> None:
    """(In place.) ``Workshop on … in Remote Sensing (WHISPERS), 2016.`` with the bracketed short name read as
    the place (or the issue): it closes the meeting's name, as the text prints it right after the name."""
    venue = item.get("container-title")
    if not isinstance(venue, str) or not venue.strip():
        return
    source = source_text(item)
    for var in ("publisher-place", "issue"):
        value = item.get(var)
        if not isinstance(value, str):
            continue
        bracket = value if value.startswith("(") else f"({value})"
        name = _SHORT_NAME.fullmatch(bracket)
        if name is None or _ROMAN.fullmatch(name.group("name")):
            continue
        joined = f"{venue} ({name.group('name')})"
        # re.search(re.escape(venue) + r"\s*" + re.escape(bracket), source), no pattern per venue
        if not any(source.startswith(bracket, gap.end()) for gap in after_each(source, venue, _MAY_SPACE)):
            continue
        item["container-title"] = joined
        del item[var]
        return


def _year(item: dict[str, Any]) -> str:
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    return str(parts[0][0]) if parts and parts[0] and isinstance(parts[0][0], int) else ""


_YEAR_CLOSES = lazy_pattern(r"\)?\s*\.?\s*$")
_BRACKET_OPENS = lazy_pattern(r"\s*\(\s*")
_BRACKET_CLOSES = lazy_pattern(r"\)\s*\.?\s*$")


def _before_year(char: str) -> bool:
    r"""Whether ``char`` is one ``[\s,.(]`` matches."""
    return char.isspace() or char in ",.("


def repeated_year_apart(item: dict[str, Any]) -> None:
    """(In place.) An author-date head's year printed again to close the reference, after the venue (``…
    Processing Systems (2016).``, ``…, (AISTATS) 22, 2019.``, ``…, OTML, 2014.``), read as the issue, the pages
    or the volume: it is the date's. A volume that is a year with pages after it (``JHEP 2020, 123``) is a
    journal's, and is kept, and so is one right before the bracketed year (the APS's ``J. Nanomater. 2017
    (2017).``) and one after its word (``Volume 2019, July 2019.``)."""
    year = _year(item)
    source = source_text(item)
    if not year or source.count(year) < 2:
        return
    # re.search(r"[\s,.(]" + year + r"\)?\s*\.?\s*$", source), no pattern per year
    if not any(
        _before_year(source[gap.start() - len(year) - 1])
        for gap in after_each(source, year, _YEAR_CLOSES)
        if gap.start() > len(year)
    ):
        return
    # re.search(year + r"\s*\(\s*" + year + r"\)\s*\.?\s*$", source)
    if any(
        source.startswith(year, gap.end()) and _BRACKET_CLOSES.match(source, gap.end() + len(year))
        for gap in after_each(source, year, _BRACKET_OPENS)
    ):
        return  # the APS's "J. Nanomater. 2017 (2017).": the volume named by its year, then the year
    for var in ("issue", "page", "volume"):
        if item.get(var) != year:
            continue
        if var == "volume" and ("page" in item or "issue" in item):
            return
        if var == "volume" and (f"Volume {year}" in source or f"Vol. {year}" in source):
            return  # (JCAP's "Journal, Volume 2019, July 2019.": the volume named by its word)
        del item[var]
        return


def server_holds_preprint(item: dict[str, Any]) -> None:
    """(In place.) ``Title. ArXiv.`` (Cell's ``Title. Preprint at bioRxiv.``) with the preprint server read as the
    publisher: it holds the preprint (the container, as ``*arXiv* [Preprint]``), and publishes nothing; a server
    with a place stays as read."""
    server = item.get("publisher")
    if not isinstance(server, str):
        platform_read_as_place(item)
        return
    if "container-title" in item and _ARTICLE_PLATFORM.fullmatch(server.strip()):
        # (the journal's article read in the platform: the platform holds a copy, and publishes nothing)
        add_note(item, server.strip())
        del item["publisher"]
        return
    server = _PREPRINT_AT.sub("", server.strip()) if server.startswith("Preprint") else server.strip()
    if not (_SERVER.fullmatch(server) or _ARTICLE_PLATFORM.fullmatch(server)):
        return
    if "container-title" in item or "publisher-place" in item:
        return
    item["container-title"] = server
    del item["publisher"]


def platform_read_as_place(item: dict[str, Any]) -> None:
    """(In place.) ``Title. (2015). Redalyc.`` with the platform read as the town: it holds the article."""
    place = item.get("publisher-place")
    if isinstance(place, str) and "container-title" not in item and _ARTICLE_PLATFORM.fullmatch(place.strip()):
        item["container-title"] = place.strip()
        del item["publisher-place"]


# computing's meetings known by their acronyms alone ("Title. VLDB, 2009."); bodies that publish under an acronym
# (OECD, RAND, NBER) are no meetings and stay publishers
VENUE_ACRONYMS = frozenset(
    "VLDB PVLDB KDD SIGKDD SIGMOD PODS ICDE CIDR EDBT ICDT CIKM WSDM WWW SIGIR RecSys ICDM SDM ICML NeurIPS NIPS ICLR "
    "AAAI IJCAI UAI AISTATS COLT ECML CVPR ICCV ECCV BMVC ACL EMNLP NAACL EACL COLING CoNLL ICASSP INTERSPEECH CHI "
    "UIST CSCW OSDI SOSP NSDI EuroSys ATC FAST HotCloud HotOS SIGCOMM IMC INFOCOM MobiCom MobiSys SenSys PLDI POPL "
    "OOPSLA ICSE FSE ASE ISSTA STOC FOCS SODA ICALP ISCA ASPLOS HPCA SIGGRAPH MICCAI ICRA IROS CCS NDSS".split()
)


def venue_acronym_as_publisher(item: dict[str, Any]) -> None:
    """(In place.) ``Title. VLDB, 2009.`` with the meeting's acronym read as the publisher: a computing meeting named
    by its acronym alone before the year holds the paper; it publishes nothing."""
    venue = item.get("publisher")
    if not isinstance(venue, str) or venue.strip() not in VENUE_ACRONYMS:
        return
    if (
        "container-title" in item
        or "publisher-place" in item
        or f"{venue.strip()}, {_year(item)}" not in source_text(item)
    ):
        return
    item["container-title"] = venue.strip()
    del item["publisher"]
    if item.get("type") == "book":
        item["type"] = "paper-conference"


# a meeting's name closed by its short name in brackets, as computer-science lists name proceedings: "Proceedings of
# the 36th International Conference on Machine Learning (ICML)", "Advances in Neural … Systems (NIPS)"
_VENUE_CLOSING_TITLE = lazy_pattern(
    r"(?P<title>.{12,}?)(?:,\s+|\s+)(?P<venue>(?:Proceedings\s+of|Advances\s+in|(?:Annual\s+)?International\s+"
    r"(?:Joint\s+)?Conference|Neural\s+Information|(?:Annual\s+)?Conference\s+on|Workshop\s+on|Symposium\s+on)\b"
    rf"[^,()]*\(\s*{SHORT_NAME}\s*\))"
)
# a title's last word that cannot end it: the venue's words are then the title's ("A Survey of Neural …")
_OPEN_END = lazy_pattern(r"\b(?:of|the|in|on|for|and|to|at|a|an|from|with|by|at|about)$", re.I)


def venue_closing_title(item: dict[str, Any]) -> None:
    """(In place.) ``Title Proceedings of the 36th International Conference on Machine Learning (ICML).`` (or
    ``Title, Neural Information Processing Systems (NIPS).``) read as one title, where no full stop parts the title
    from the meeting: a meeting's name closed by its short name in brackets ends the reference as its
    container, never its title's words."""
    title = item.get("title")
    if not isinstance(title, str) or "container-title" in item:
        return
    title = title.strip()
    # (the pattern closes on the short name's bracket: most titles do not, and it tries every word for the venue)
    m = _VENUE_CLOSING_TITLE.fullmatch(title) if title.endswith(")") else None
    if m is None or _OPEN_END.search(m.group("title")):
        return
    item["title"] = m.group("title").rstrip(" ,")
    item["container-title"] = m.group("venue")
    if item.get("type") in (None, "document", "article", "article-journal", "book"):
        item["type"] = "paper-conference"


# a meeting's name as the title's last sentence, no short name after it: "Title. International Conference on
# Learning Representations", "Title. The 2nd Workshop on Neural Parsing"
_MEETING_SENTENCE_CLOSING_TITLE = lazy_pattern(
    r"(?P<title>.{12,}?)\.\s+(?P<venue>(?:The\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:Annual\s+)?"
    r"(?:(?:International|European|Asian|American|National)\s+(?:Joint\s+)?)?(?:Conference|Workshop|Symposium)\s+on"
    r"\s+[^.,;:()\[\]]+)"
)
_MEETING_WORDS = ("Conference on", "Workshop on", "Symposium on")


def meeting_sentence_closing_title(item: dict[str, Any]) -> None:
    """(In place.) ``Title. International Conference on Learning Representations, 2015.`` read as one title: a
    meeting's name (``… Conference on …``, ``Workshop on``, ``Symposium on``) as the title's last sentence, after a
    full stop, is the container that holds the paper."""
    title = item.get("title")
    if not isinstance(title, str) or "container-title" in item or ". " not in title:
        return
    if not any(w in title for w in _MEETING_WORDS):
        return
    m = _MEETING_SENTENCE_CLOSING_TITLE.fullmatch(title.strip())
    if m is None:
        return
    item["title"] = m.group("title")
    item["container-title"] = m.group("venue").strip()
    if item.get("type") in (None, "document", "article", "article-journal", "book"):
        item["type"] = "paper-conference"


_SERIES_NAMES = ("PMLR", "LIPIcs", "CEUR-WS", "EPTCS", "LNCS")
_SERIES_CLOSING_VENUE = lazy_pattern(rf"(?P<venue>.+?)(?P<comma>,?)\s+(?P<series>{'|'.join(_SERIES_NAMES)})")


_SERIES_VOLUME_GAP = lazy_pattern(r"\s+")
# the volume closed by a colon ("PMLR 119:4692") or, in the physics journals' form, by a comma and the page
# ("Proc. ICML, PMLR 97, 5301 (2019)")
_VOLUME_COLON = lazy_pattern(r"\s*:|,\s+\d")
_PAGES_AFTER_COMMA = lazy_pattern(r",\s+(?:pages?|pp?\.)\s")


def _numbered_series(source: str, series: str, volume: str) -> bool:
    r"""``re.search(re.escape(series) + r"\s+" + re.escape(volume) + r"(?:\s*:|,\s+\d)", source)``, with no
    pattern compiled for each series."""
    if volume[:1].isspace():  # (where the gap before it could end in two places)
        return re.search(re.escape(series) + r"\s+" + re.escape(volume) + r"(?:\s*:|,\s+\d)", source) is not None
    return any(
        source.startswith(volume, gap.end()) and _VOLUME_COLON.match(source, gap.end() + len(volume))
        for gap in after_each(source, series, _SERIES_VOLUME_GAP)
    )


def series_closing_venue(item: dict[str, Any]) -> None:
    """(In place.) PMLR's own citation, ``Proceedings of the 37th International Conference on Machine Learning, PMLR
    119:4692-4701, 2020``, with the series read into the proceedings' title: the series' name comes with its volume
    (``PMLR 119:``), and names the series, not the book; LIPIcs' ``In Computer Aided Verification, LNCS, pages
    299–303.`` names the series after a comma, without its volume."""
    venue, volume = item.get("container-title"), item.get("volume")
    if not isinstance(venue, str) or "collection-title" in item:
        return
    venue = venue.strip()
    m = _SERIES_CLOSING_VENUE.fullmatch(venue) if venue.endswith(_SERIES_NAMES) else None  # (a look before it)
    if m is None:
        return
    source, series = source_text(item), m.group("series")
    if isinstance(volume, str):
        if not _numbered_series(source, series, volume):
            return
    elif not m.group("comma") or not any(after_each(source, series, _PAGES_AFTER_COMMA)):
        return
    venue = m.group("venue")
    # a proceedings in a series, no journal: the "In" before it is the style's ("In Formal Methods in …, LNCS")
    item["container-title"] = venue[3:] if venue[:3] == "In " and venue[3:4].isupper() else venue
    item["collection-title"] = m.group("series")


# Google Scholar's MLA for a paper in a series' proceedings: the quoted title, then the proceedings' whole name up to
# its volume's number, then the publisher and the year: '"Title." Advances in Cryptology--CRYPTO 2015: 35th Annual
# Cryptology Conference, Santa Barbara, CA, USA, August 16-20, 2015, Proceedings, Part I 35. Springer Berlin
# Heidelberg, 2015.'
_SCHOLAR_PROCEEDINGS = lazy_pattern(
    r"[.,]?[\"”]\s+(?P<container>[A-Z][^\"“”]{10,300}?,\s+(?:Revised\s+Selected\s+Papers|Proceedings)"
    r"(?:,\s+Part\s+[IVX]+)?(?:\s+\d{1,3})?)\.\s+(?P<publisher>[A-Z][\w&.\s-]{2,60}?),\s+(?P<year>(?:19|20)\d\d)\.?$"
)


def scholar_proceedings(item: dict[str, Any]) -> None:
    """(In place.) The proceedings' name read in pieces (a note, a series, a number, the meeting's town as the place):
    it is the container, whole."""
    source = source_text(item)
    if "Proceedings" not in source and "Selected Papers" not in source:
        return
    m = _SCHOLAR_PROCEEDINGS.search(source)
    if m is None or not isinstance(item.get("title"), str) or item["title"] not in source[: m.start() + 1]:
        return
    container = m["container"]
    read = item.get("container-title")
    if read is not None and not set(str(read).replace(",", " ").split()) <= set(container.replace(",", " ").split()):
        return  # a container of other words than the proceedings' name is another reading's
    for var in ("note", "collection-title", "number", "volume", "issue", "publisher-place"):
        value = item.get(var)
        if isinstance(value, str) and value in container:
            del item[var]
    item["container-title"] = container
    item["publisher"] = m["publisher"].strip()
    item["issued"] = {"date-parts": [[int(m["year"])]]}
    item["type"] = "paper-conference"


# the year closing a meeting's proceedings' name, left opening the note: "Proceedings of PKC 2006, to appear."
_NOTE_YEAR = lazy_pattern(r"(?P<year>(?:19|20)\d\d)\b[,.]?\s*")


def year_cut_off_proceedings(item: dict[str, Any]) -> None:
    """(In place.) The proceedings' name cut before its year, the year left as the note's first word: the year is the
    name's, and the work's date where the record has none."""
    container, note = item.get("container-title"), item.get("note")
    if not isinstance(container, str) or not isinstance(note, str) or "Proceedings" not in container:
        return
    m = _NOTE_YEAR.match(note)
    if m is None or f"{container} {m['year']}" not in source_text(item):
        return
    item["container-title"] = f"{container} {m['year']}"
    rest = note[m.end() :].strip(" ,.")
    if rest:
        item["note"] = rest
    else:
        del item["note"]
    if "issued" not in item:
        item["issued"] = {"date-parts": [[int(m["year"])]]}


# a span of years closed by its last digits ("1941-4", "1791-94") read as the pages, the pages cited after it
_YEARS_AS_PAGES = lazy_pattern(
    r"(?P<year>(?:1[5-9]|20)\d\d)\s*[-\u2013]\s*(?P<end>\d{1,4})(?:\s*,\s*pp?\.\s*(?P<pages>\d+\s*[-\u2013]\s*\d+))?"
)
_YEAR_ANYWHERE = lazy_pattern(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def year_span_read_as_pages(item: dict[str, Any]) -> None:
    """(In place.) ``…, 1941-4, pp. 28-33`` or ``Venezia 1791-4.`` with no date read: the span of years is the
    date (its first year), and only the pages after ``pp.`` are pages."""
    page = item.get("page")
    if "issued" in item or not isinstance(page, str) or (m := _YEARS_AS_PAGES.fullmatch(page.strip())) is None:
        return
    first, end = int(m["year"]), m["end"]
    last = int(str(first)[: 4 - len(end)] + end)
    if not first < last <= first + 99:
        return
    source = source_text(item)
    years = _YEAR_ANYWHERE.findall(source)
    if years != [m["year"]] and not (len(end) == 4 and years == [m["year"], end]):
        return  # another year in the text: the span may be pages indeed
    item["issued"] = {"date-parts": [[first]]}
    if m["pages"]:
        item["page"] = m["pages"]
    else:
        del item["page"]


# the words of a meeting's proceedings
_MEETING_WORD = lazy_pattern(r"\b(?:Proceedings|Conference|Symposium|Workshop|Congress|Meeting)\b", re.I)
# a meeting's short name alone: "CVPR", "ICCV", "NeurIPS"
_SHORT_NAME_ALONE = lazy_pattern(r"[A-Z][A-Za-z]{1,6}[A-Z]")
# bodies that publish proceedings under their short names: the publisher, even after their own meeting's name
_PUBLISHING_BODIES = frozenset("ACM IEEE SIAM AAAI PMLR SPIE AIP IOP IET IFIP USENIX ISCA ELRA ACL AMS".split())


def _initials_hold(short: str, name: str) -> bool:
    """Whether the short name's letters are, in order, the first letters of some of the name's capitalised words
    (``CVPR`` in "… Conference on Computer Vision and Pattern Recognition")."""
    initials = [w[0] for w in name.replace("/", " ").replace("-", " ").split() if w[:1].isupper()]
    at = 0
    for letter in short.upper():
        while at < len(initials) and initials[at] != letter:
            at += 1
        if at == len(initials):
            return False
        at += 1
    return True


def venue_short_name_after_proceedings(item: dict[str, Any]) -> None:
    """(In place.) Elsevier's ``In: Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition.
    CVPR.`` (``… on Computer Vision. ICCV, pp. 9992–10002.``) with the meeting's short name after its proceedings
    read as the publisher: a short name made of the initials of the meeting's own words names the meeting again and
    publishes nothing (a publishing body's short name, ``IEEE``, ``ACM``, stays the publisher)."""
    short, venue = item.get("publisher"), item.get("container-title")
    if not isinstance(short, str) or not isinstance(venue, str) or "publisher-place" in item:
        return
    short = short.strip()
    if short in _PUBLISHING_BODIES or not _SHORT_NAME_ALONE.fullmatch(short) or short in venue.split():
        return
    if len(short) < 3 or not _MEETING_WORD.search(venue) or not _initials_hold(short, venue):
        return
    del item["publisher"]


# a meeting's name closed by the year it met, after a comma: "In: 2021 3rd international conference on …
# (ICAC3N), 2021, pp. 217-222"
_VENUE_YEAR_CLOSES = lazy_pattern(r",\s*((?:19|20)\d\d)\s*$")


def year_closing_venue(item: dict[str, Any]) -> None:
    """(In place.) BMC's ``In: 2021 3rd international conference on … (ICAC3N), 2021, pp. 217-222: IEEE.`` with the
    year after the meeting's name read into it and no date read: the year the proceedings give after a comma is
    the paper's date, no part of the meeting's name."""
    venue = item.get("container-title")
    if "issued" in item or not isinstance(venue, str) or not venue.endswith(tuple("0123456789")):
        return
    m = _VENUE_YEAR_CLOSES.search(venue)
    if m is None or not _MEETING_WORD.search(venue[: m.start()]):
        return
    item["container-title"] = venue[: m.start()].rstrip()
    item["issued"] = {"date-parts": [[int(m.group(1))]]}


# the acronyms above in any case, as lists written by hand spell them ("In Nips", "In Icml")
_VENUE_ACRONYMS_FOLDED = frozenset(a.casefold() for a in VENUE_ACRONYMS)
# "In Nips", "In NeurIPS 2019": the word "In" kept before a meeting's acronym (and its year)
_IN_BEFORE_ACRONYM = lazy_pattern(r"In\s+(?P<venue>(?P<acronym>[A-Za-z]{3,9})(?:\s+(?:19|20)\d\d)?)")
# "NeurIPS 2023.": the acronym and the year it met closing the reference's unit, in the source
_ACRONYM_AND_YEAR = lazy_pattern(r"(?P<acronym>[A-Za-z]{3,9})\s+(?:19|20)\d\d")
_ACRONYM_YEAR_TEXT = r"(?<![\w-]){acronym}\s+(?P<year>(?:19|20)\d\d)(?=\s*[.,;]|\s*$)"


def in_before_venue_acronym(item: dict[str, Any]) -> None:
    """(In place.) ``Title. In Nips, volume 1, pages 2–1, 2007.`` with ``In`` kept in the meeting's name: a known
    meeting's acronym (in any case) after ``In`` is the container alone."""
    venue = item.get("container-title")
    if not isinstance(venue, str) or not venue.startswith("In "):
        return
    m = _IN_BEFORE_ACRONYM.fullmatch(venue.strip())
    if m is not None and m["acronym"].casefold() in _VENUE_ACRONYMS_FOLDED:
        item["container-title"] = m["venue"]
        _meeting_paper(item)


def _meeting_paper(item: dict[str, Any]) -> None:
    """A paper a meeting named by its acronym holds: no journal's article, no book's chapter."""
    if item.get("type") in ("article-journal", "chapter", "document", "book", "webpage"):
        item["type"] = "paper-conference"


def year_after_venue_acronym(item: dict[str, Any]) -> None:
    """(In place.) ``*Title*. NeurIPS 2023. [link](…)`` with the meeting's year cut from its acronym (read as an
    access date, or lost): the meeting named with its year is the container, as written (``NIPS 2011``), and the
    year is the paper's where the record has no other."""
    venue = item.get("container-title")
    note = item.get("note")
    if venue is None and isinstance(note, str) and (held := _ACRONYM_AND_YEAR.fullmatch(note.strip())) is not None:
        venue = held["acronym"]  # (the meeting and its year read as a note, after a link's title or a date)
        if venue.casefold() in _VENUE_ACRONYMS_FOLDED:
            del item["note"]
    if not isinstance(venue, str) or venue.strip().casefold() not in _VENUE_ACRONYMS_FOLDED:
        return
    venue = venue.strip()
    m = re.search(_ACRONYM_YEAR_TEXT.format(acronym=re.escape(venue)), source_text(item))
    if m is None:
        return
    year = int(m["year"])
    issued = _year(item)
    if issued and issued != m["year"]:
        return  # (another year is the paper's: the number may be no year of the meeting's)
    item["container-title"] = f"{venue} {year}"
    if not issued:
        item["issued"] = {"date-parts": [[year]]}
    if item.get("volume") == m["year"]:
        del item["volume"]  # (``NeurIPS 2017, 5998-6008``: the meeting's year before the pages, no volume)
    if (item.get("accessed") or {}).get("date-parts") == [[year]]:
        del item["accessed"]  # (the meeting's year, read as the day the link was seen)
    _meeting_paper(item)


# a meeting's short name and year in the bracket closing its name: "(IR'95)", "(ECAI2016)", "(EWTEC 2015)"
_BRACKETED_SHORT_NAME_YEAR = lazy_pattern(r"\([A-Z][A-Za-z&-]{1,12}\s?(?:['’](?P<yy>\d\d)|(?P<yyyy>(?:19|20)\d\d))\)$")


def year_of_bracketed_short_name(item: dict[str, Any]) -> None:
    """(In place.) ``…, ACM SIGPLAN Workshop on IR (IR'95).`` with no date read: the meeting's year in the bracket
    closing its name is the paper's."""
    venue = item.get("container-title")
    if item.get("issued") or not isinstance(venue, str) or not venue.endswith(")"):
        return
    m = _BRACKETED_SHORT_NAME_YEAR.search(venue)
    if m is None:
        return
    if m["yyyy"]:
        year = int(m["yyyy"])
    else:  # (a two-digit year: this century's up to the current year, the last century's after it)
        yy = int(m["yy"])
        year = 2000 + yy if yy <= date.today().year % 100 else 1900 + yy
    item["issued"] = {"date-parts": [[year]]}


# a publishing body after the periodical's name and a comma: "Computer, IEEE"
_BODY_CLOSING_CONTAINER = lazy_pattern(r"(?P<name>[^,]*[^\W\d_][^,]*),\s+(?P<body>[A-Z]{3,6})")


def publishing_body_closing_container(item: dict[str, Any]) -> None:
    """(In place.) ``Title. Computer, IEEE, 42(8):30–37, 2009.`` with the society that publishes the periodical
    read into its name: a publishing body's acronym after the name's comma is the publisher."""
    venue = item.get("container-title")
    if not isinstance(venue, str) or ", " not in venue or "publisher" in item or "volume" not in item:
        return  # (a periodical's numbers after it: a meeting's "…, USENIX" may be its name's, as the lists write it)
    m = _BODY_CLOSING_CONTAINER.fullmatch(venue.strip())
    if m is None or m["body"] not in _PUBLISHING_BODIES:
        return
    item["container-title"], item["publisher"] = m["name"].strip(), m["body"]


# a proceedings' name closed by a bare number, no year ("Proc. SPIE 3068"), and, after SPIE's number, the volume's
# own title ("Proc. SPIE 3068, Signal Processing, … Target Recognition VI")
_PROCEEDINGS_NUMBER = lazy_pattern(
    r"(?P<name>Proc(?:eedings|\.)\s(?:[^,]*?[^\W\d_])\.?)\s+(?P<volume>(?!1[5-9]\d\d|20\d\d)\d{1,5})"
    r"(?:,\s+(?P<own>[A-Z].*))?"
)
_VOLUME_WORD_CLOSES = lazy_pattern(r"(?i)\b(?:volume|vol)\.?$")
_SPIE_NAME = lazy_pattern(r"Proc(?:eedings|\.)\s+(?:of\s+(?:the\s+)?)?SPIE")
_ROMAN_ALONE = lazy_pattern(r"[IVXL]{1,6}")


def number_closing_proceedings(item: dict[str, Any]) -> None:
    """(In place.) ``Proc. SPIE 3068, Signal Processing, … Recognition VI, 182 (1997)`` with the volume read into the
    proceedings' name: the bare number closing SPIE's name is the volume, and the words after it the volume's title
    (with its numeral, read as an editor's name)."""
    venue = item.get("container-title")
    if not isinstance(venue, str) or venue[:5] not in ("Proc.", "Proce"):
        return
    m = _PROCEEDINGS_NUMBER.fullmatch(venue.strip())
    if m is None or len(m["name"].split()) < 2 or _VOLUME_WORD_CLOSES.search(m["name"]):
        return  # (ACM's "… Machine Learning-Volume 70": the volume named in the proceedings' own title)
    own = m["own"]
    if not _SPIE_NAME.fullmatch(m["name"]):
        return  # (another proceedings' number may be its name's own: "Proc. Advances in … Systems 33")
    if "volume" in item:
        # SPIE's "…, Applications XXV, 210 (May 3, 1999)": the paper's page after the volume's title, read as the
        # volume
        page = str(item["volume"])
        if own is None or "page" in item or f"{venue}, {page}" not in source_text(item):
            return
        item["page"] = page
    if own is not None:
        editors = item.get("editor")
        if isinstance(editors, list) and len(editors) == 1 and isinstance(editors[0], dict):
            numeral = str(editors[0].get("literal") or "")
            if _ROMAN_ALONE.fullmatch(numeral) and f"{own} {numeral}" in source_text(item):
                own = f"{own} {numeral}"
                del item["editor"]
        item["volume-title"] = own
    item["container-title"], item["volume"] = m["name"], m["volume"]
    _meeting_paper(item)
