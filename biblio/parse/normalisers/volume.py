"""Volume and issue spans -> ``volume``, ``issue``.

Fields touched: ``volume``, ``issue``.

``12(3)``, ``12 (3)``, ``vol. 12, no. 3``, ``Vol. 12 No. 3``, ``12:3``, ``12.3``,
``Bd. 4, H. 2``, ``no. 3``.  A volume span may carry the issue (AnyStyle folds
it in); an issue span carries only the issue.  Vancouver's ``2010;28(11)``
labelled as one volume span holds the year too: it is the date, not the volume. A daily paper's
``*Chicago Tribune*, 1, 4–6.`` read as a volume gives its pages back (``page``, ``type``).
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.markup import plain
from biblio.parse.text import fold_dashes
from biblio.records.model import UNPARSED_REMAINDER, drop_flag, source_text

FIELDS = ("volume", "issue", "issued")

# (Italian journals number their volumes by the run year, "anno II"; ročník (Czech, Slovak), svazek,
# том / т. (Russian): the volume)
_VOL_WORD = r"(?:vols?|volume|volumes|bd|band|jg|jahrgang|tome|tomo|anno|t|v|roč|ročník|sv|т|том)\b\.?"
# číslo (Czech, Slovak), zeszyt (Polish), вып. (Russian): the issue
_ISS_WORD = r"(?:nos?|nr|num|number|issue|iss|heft|h|n|fasc|suppl|supplement|č|čís|z|вып)\b\.?|n\s*[°ºᵒ]|№|#"
_ISSUE = lazy_pattern(rf"(?:^|[\s,;])(?:{_ISS_WORD})\s*(?::\s*)?(?P<iss>[\w/.-]+(?:\s*-\s*\w+)?)", re.I)
_PAREN = lazy_pattern(r"^(?P<vol>[\w./-]+?)\s*\((?P<iss>[^()]+)(?:\)|$)")
# (a double issue joined by a slash as MHRA writes it: "57.3/4")
_COLON = lazy_pattern(r"^(?P<vol>\d+|[IVXLC]+)\s*[:.]\s*(?P<iss>\d+(?:[-/]\d+)?)$")
_SLASH = lazy_pattern(r"^(?!1[5-9]\d\d/|20\d\d/)(?P<vol>\d{1,4})/(?P<iss>\d{1,2})$")
_STRIP = " .,;:"
_ISS_LEAD = lazy_pattern(rf"^(?:{_ISS_WORD})", re.I)
_VOL_WORD_RE = lazy_pattern(_VOL_WORD, re.I)
_VOL_LEAD = lazy_pattern(rf"^{_VOL_WORD}\s*", re.I)
_ROMAN_ALONE = lazy_pattern(r"[IVXLC]{1,7}")
_VOL_COMMA_ISSUE = lazy_pattern(r"(\d+)\s*,\s*(\d{1,3})")
_FIRST_WORD = lazy_pattern(r"[\w./-]+")
# (APS prints a double volume with its ampersand unspaced: "165&166")
_VOLUME_PAIR = lazy_pattern(r"(?:\d{1,4}|[IVXLC]{1,6})(?:\s+(?:and|&)\s+|&)(?:\d{1,4}|[IVXLC]{1,6})")
_VOL_WORD_AFTER = lazy_pattern(rf"^\.?\s*(?:{_VOL_WORD}|jg\b\.?)", re.I)


def _trim(s: str) -> str:
    """Separators and unbalanced brackets off both ends."""
    prev = None
    while prev != s:
        prev = s
        s = s.strip(_STRIP)
        if s[:1] in "([" and ")" not in s and "]" not in s:
            s = s[1:]
        if s[-1:] in ")]" and "(" not in s and "[" not in s:
            s = s[:-1]
        if s[:1] == "(" and s[-1:] == ")" and s.count("(") == 1:
            s = s[1:-1]
    return s


_SPACED_HYPHEN = lazy_pattern(r"\s*-\s*")
_SPACED_RANGE = lazy_pattern(r"(?<=\d)\s*-\s*(?=\d)")


def _bare(s: str) -> str:
    return _SPACED_HYPHEN.sub("-", _trim(s))


_YEAR_LEAD = lazy_pattern(r"^(1[5-9]\d\d|20\d\d)\s*(?:;|,(?=\s*\d))\s*(?=\w)")


def leading_year(text: str) -> int | None:
    """The year a volume span starts with (Vancouver's ``2010;28(11)``, ACS's ``2012, 70,``): the work's date."""
    m = _YEAR_LEAD.match(_trim(fold_dashes(plain(text))))
    return int(m.group(1)) if m else None


def volume_issue(text: str) -> tuple[str | None, str | None, str]:
    """``(volume, issue, rest)`` of a labelled volume span; ``rest`` is what neither holds."""
    s = _trim(fold_dashes(plain(text)))
    s = _YEAR_LEAD.sub("", s)  # Vancouver "2010;28(11)": the year is the date's
    issue = None
    m = _ISSUE.search(s)
    if m and m.start() > 0 or m and _ISS_LEAD.match(s) and _VOL_WORD_RE.search(s):
        issue = _bare(m.group("iss"))
        rest = s[m.end() :]
        s = _trim(s[: m.start()])
    elif m:
        # "no. 3" alone: the span names only an issue
        return None, _bare(m.group("iss")) or None, _trim(s[m.end() :])
    else:
        rest = ""
    worded = _VOL_LEAD.match(s) is not None
    if not (worded and _ROMAN_ALONE.fullmatch(s)):  # (the volume "V" is no word for one)
        s = _trim(_VOL_LEAD.sub("", s))
    m = _PAREN.match(s)
    if m:
        return _bare(m.group("vol")) or None, issue or _bare(m.group("iss")) or None, _trim(s[m.end() :] + rest)
    m = _COLON.match(s)
    if m and issue is None:
        return m.group("vol"), m.group("iss"), _trim(rest)
    # the OECD's "Vol. 77/2": the volume, a slash, the issue (a year before the slash is a report's number,
    # "2023/001"; consecutive numbers, "3/4", are one double volume; with no "Vol." the slash may join a double
    # volume or a document's number, "EUCO 13/20")
    m = _SLASH.match(s)
    if m and issue is None and int(m.group("iss")) != int(m.group("vol")) + 1 and worded:
        return m.group("vol"), m.group("iss"), _trim(rest)
    # "4, 2": a volume then an issue, as ACM and GROBID's physics references write them
    m = _VOL_COMMA_ISSUE.fullmatch(s)
    if m and issue is None:
        return m.group(1), m.group(2), _trim(rest)
    # two volumes cited together, "vols. 1 and 2", "I & II": both are the volume
    m = _VOLUME_PAIR.fullmatch(s)
    if m and issue is None:
        return m.group(0), None, _trim(rest)
    # the volume is the first word ("2 vols", "97. Jg.", "57, Part A"); the rest is kept apart
    m = _FIRST_WORD.match(s)
    if not m:
        return None, issue, _trim(s + " " + rest)
    vol = m.group(0).rstrip(".")
    tail = _VOL_WORD_AFTER.sub("", s[m.end() :])
    return _bare(vol) or None, issue, _trim(tail + " " + rest)


# (German "Ausgabe 6" names the issue too; Portuguese "n.os 19-20" several)
_ISSUE_LEAD = lazy_pattern(
    r"^(?:n\.\s?os\b\.?|n\s*[°ºᵒ]|nos?|nr|num|number|issue|iss|heft|ausgabe|h|n|fasc|č|čís|z|вып|#)\b\.?\s*(?::\s*)?|^[°º№]\s*",
    re.I,
)
# the issue itself: "3", "3-4", "Suppl. 1", "Spring", "(3)"; what follows (":183-269") is not the issue
# (NLM's part or supplement after the number is the issue's too: "(5 Pt 2)", "(12 Suppl)", "(3 Suppl 2)")
_ISSUE_VALUE = lazy_pattern(
    r"\(?((?:suppl(?:ement)?\.?\s*)?[\w/.-]+?(?:\s(?-i:Pt|Suppl)\.?(?:\s?\d{1,3}|\s[A-Z])?(?=\)|$|[:;,]))?)\)?(?=$|[\s:;,)])",
    re.I,
)


def issue_and_rest(text: str) -> tuple[str | None, str]:
    """``(issue, rest)`` of a labelled issue span: ``(3)``, ``no. 3``, ``n°3``, ``Issue 3``, ``(1):183-269``."""
    s = _trim(fold_dashes(plain(text)))
    prev = None
    while prev != s:
        prev = s
        s = _ISSUE_LEAD.sub("", s)
    # the OECD's "Vol. 45/3" with the slash read into the issue: "/3"
    s = s.removeprefix("/").lstrip()
    if " -" in s or "- " in s:
        s = _SPACED_RANGE.sub("-", s)  # PDF text's "nos .1 -3": one range of issues
    m = _ISSUE_VALUE.match(s)
    if not m:
        return (_bare(s) or None), ""
    return (_bare(m.group(1)) or None), _trim(s[m.end() :])


def issue_value(text: str) -> str | None:
    """The issue of a labelled issue span."""
    return issue_and_rest(text)[0]


# a journal's part after its volume, left as a note: "Volume 2, part 4" read as the volume and "part 4"
# (its pages may follow in the note, German "S." or "pp.": "Pt. 3, S. 732-746"; a note of two parts joins them
# with a semicolon: "Pt; 1")
_PART_NOTE = lazy_pattern(
    r"(?:[Pp]art|[Pp]t[.;])\s*(?P<issue>\d{1,3})"
    r"(?:,\s*(?:S\.|pp?\.)\s*(?P<page>\d{1,5}(?:\s?[-\u2013]\s?\d{1,5})?))?"
)


def part_note_is_issue(item: dict[str, object]) -> None:
    """(In place.) A journal article's volume read and its part left as the note: the part is the issue."""
    note = item.get("note")
    if (
        item.get("type") != "article-journal"
        or not isinstance(note, str)
        or "volume" not in item
        or "issue" in item
        or (m := _PART_NOTE.fullmatch(note.strip(" .,"))) is None
    ):
        return
    if m["page"] and "page" in item:
        return
    del item["note"]
    item["issue"] = m["issue"]
    if m["page"]:
        item["page"] = m["page"]


def _drop_note_part(item: dict[str, Any], parts: list[str], k: int) -> None:
    """(In place.) The note without its ``k``-th part (its parts joined by semicolons), or no note."""
    rest = parts[:k] + parts[k + 1 :]
    if rest:
        item["note"] = "; ".join(rest)
    else:
        del item["note"]


# German pages, "S. 23-36", one part of a note
_GERMAN_PAGES = lazy_pattern(r"S\.\s?(?P<page>\d{1,5}(?:\s?[-\u2013]\s?\d{1,5})?)")


def german_pages_in_note(item: dict[str, object]) -> None:
    """(In place.) German pages left in the note, ``S. 23-36`` after a series' bracket (``(Beihefte zum
    „Euphorion“, H. 41), S. 23-36.``) where the model took the bracket's number for the note: the record's pages
    when it has none."""
    note = item.get("note")
    if "page" in item or not isinstance(note, str) or "S." not in note:
        return
    parts = [p.strip() for p in note.split(";")]
    found = [(k, m) for k, p in enumerate(parts) if (m := _GERMAN_PAGES.fullmatch(p.strip(" .,")))]
    if len(found) != 1:
        return
    k, m = found[0]
    item["page"] = m["page"]
    _drop_note_part(item, parts, k)


# a series' number after its name in the bracket, "(Beihefte zum Euphorion, H. 41)", "(Querelles, Bd. 6)"
_SERIES_NUMBER = lazy_pattern(r"(?:H|Heft|Bd|Band|Nr|No)\.?\s?(?P<no>\d{1,5})")


def series_number_in_note(item: dict[str, Any]) -> None:
    """(In place.) The number of a series read beside it and left in the note (``Winter 2001 (Beihefte zum
    „Euphorion“, H. 41), S. 23-36.``): where the source writes it after the series' name in one bracket, it is
    the series' number."""
    note, series = item.get("note"), item.get("collection-title")
    if not (isinstance(note, str) and isinstance(series, str)) or "collection-number" in item:
        return
    source = source_text(item)
    parts = [p.strip() for p in note.split(";")]
    for k, part in enumerate(parts):
        bare = part.strip(" .,;)\u2013\u2014-")
        m = _SERIES_NUMBER.fullmatch(bare)
        if m is None or f"{series}, {bare}" not in source:
            continue
        item["collection-number"] = m["no"]
        _drop_note_part(item, parts, k)
        data = item.get("custom", {}).get("biblio", {})
        left = data.get("remainder")
        if isinstance(left, str) and left.strip(" .,;)\u2013\u2014-") == bare:
            del data["remainder"]  # the text no field held was the series' number
            drop_flag(item, UNPARSED_REMAINDER)
        return


# a German series' number closing its name after a full stop: "Sammlung Metzler. Bd. 74" (after a comma, "Beiträge
# zum Buchwesen, Band 1", the series' name holds it)
_SERIES_CLOSING_NUMBER = lazy_pattern(
    r"(?P<series>[^\W\d_].*?[^\W\d_])\.\s+(?:H|Heft|Bd|Band|Nr)\.?\s?(?P<no>\d{1,5})"
)


def series_number_closing_series(item: dict[str, Any]) -> None:
    """(In place.) A German list's ``(Sammlung Metzler. Bd. 74)`` read whole as the series: the volume word and
    number closing it are the series' number."""
    series = item.get("collection-title")
    if not isinstance(series, str) or "collection-number" in item or "B" not in series and "H" not in series:
        return
    if (m := _SERIES_CLOSING_NUMBER.fullmatch(series.strip())) is not None:
        item["collection-title"], item["collection-number"] = m["series"], m["no"]


# a series and its number in a bracket closing the publisher's name: "Steiner (Epistemata, H. 7)"; the series'
# words hold no digit and no further bracket
_PUBLISHER_SERIES = lazy_pattern(
    r"(?P<publisher>.*\S)\s+\((?P<series>[^\W\d_][^\d()]{1,80}?),\s+(?:H|Heft|Bd|Band|Nr|No)\.?\s?(?P<no>\d{1,5})\)"
)


def series_bracket_in_publisher(item: dict[str, Any]) -> None:
    """(In place.) A German list's series bracket after the imprint read into the publisher (``Stuttgart: Steiner
    (Epistemata, H. 7).``): the bracket is the series and its number, the publisher what stands before it."""
    publisher = item.get("publisher")
    if not isinstance(publisher, str) or not publisher.endswith(")") or "collection-title" in item:
        return
    if (m := _PUBLISHER_SERIES.fullmatch(publisher)) is None:
        return
    item["publisher"] = m["publisher"]
    item["collection-title"] = m["series"].strip()
    item["collection-number"] = m["no"]


# German journals' volume over the year, "132/2014": a count past twelve is the volume (a smaller one may be the
# year's issue or the volume as some lists store it whole, "4/1973", and is left so); the year may have been taken
# apart already, "45/" before "(1998)" or "33/" before its issue, or the pair left closing the journal's name
_NUMBER_OVER_YEAR = lazy_pattern(r"(?P<n>\d{1,4})\s?/\s?(?P<year>1[5-9]\d\d|20\d\d)?")
_CLOSING_NUMBER_OVER_YEAR = lazy_pattern(r"\s(?P<n>\d{1,4})/(?P<year>1[5-9]\d\d|20\d\d)$")
_ISSUES_A_YEAR = 12


def _issued_year(item: dict[str, object]) -> int | None:
    issued = item.get("issued")
    if not isinstance(issued, dict):
        return None
    parts = issued.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        year = parts[0][0]
        return year if isinstance(year, int) else None
    return None


def number_over_year(item: dict[str, object]) -> None:
    """(In place.) A journal's ``132/2014`` read whole as its volume, or left closing the journal's name: the volume
    and the year apart; a volume ``45/`` whose year or issue was taken apart loses its slash."""
    journal = item.get("container-title")
    if not isinstance(journal, str):
        return
    volume = item.get("volume")
    if isinstance(volume, str):
        if "/" not in volume or (m := _NUMBER_OVER_YEAR.fullmatch(volume.strip())) is None:
            return
    elif volume is None and "issue" not in item and "/" in journal:
        if (m := _CLOSING_NUMBER_OVER_YEAR.search(journal)) is None:
            return
    else:
        return
    have = _issued_year(item)
    if not m["year"]:
        item["volume"] = m["n"]
        return
    year = int(m["year"])
    if int(m["n"]) <= _ISSUES_A_YEAR or have not in (None, year):
        return
    if volume is None:
        item["container-title"] = journal[: m.start()].rstrip(" ,")
    item["volume"] = m["n"]
    if have is None:
        item["issued"] = {"date-parts": [[year]]}


# two volumes bound as one over the two years they cover: "*AJS Review* 7/8 (1982–83)", "49/50 (1995–1996)"
_PAIRED_VOLUMES = lazy_pattern(
    r"(?P<v>\d{1,4})/(?P<w>\d{1,4})\*?\s*\((?P<y>1[5-9]\d\d|20\d\d)\s*[-\u2013/]\s*(?P<z>\d{2,4})\)"
)


def paired_volumes(item: dict[str, object]) -> None:
    """(In place.) A journal's two volumes bound as one, ``7/8 (1982–83)``, read as the volume and its issue: the pair
    is the volume, as the year after the first closes the bracket."""
    volume, issue = item.get("volume"), item.get("issue")
    if not isinstance(volume, str) or not isinstance(issue, str) or not volume.isdigit() or not issue.isdigit():
        return
    if int(issue) != int(volume) + 1:
        return
    source = source_text(item)
    for m in _PAIRED_VOLUMES.finditer(source):
        z, y = m["z"], m["y"]
        if (m["v"], m["w"]) == (volume, issue) and int(z) % 100 == (int(y) + 1) % 100:
            item["volume"] = f"{volume}/{issue}"
            del item["issue"]
            return


# a range of pages: "1–19", "1-23"
_PAGE_RANGE = lazy_pattern(r"(?P<first>\d{1,5})\s*[-–—]\s*(?P<last>\d{1,5})")
# what may follow the range at the reference's end: its full stop
_CLOSING_MARKS = lazy_pattern(r"[\s.]*$")


def range_closing_article_is_pages(item: dict[str, object]) -> None:
    """(In place.) The political scientists' online-first ``“Title.” Politics, Groups, and Identities , 1–19.`` with
    the range after the journal's comma read as the volume: a range of rising numbers that closes an article with no
    pages read is its pages (a journal's volume is one number)."""
    volume = item.get("volume")
    if item.get("type") != "article-journal" or not isinstance(volume, str) or "page" in item or "issue" in item:
        return
    if (m := _PAGE_RANGE.fullmatch(volume.strip())) is None or int(m["first"]) >= int(m["last"]):
        return
    source, written = fold_dashes(source_text(item).rstrip()), fold_dashes(volume.strip())
    at = source.rfind(f", {written}")
    if at < 0 or not _CLOSING_MARKS.fullmatch(source, at + 2 + len(written)):
        return
    item["page"] = item.pop("volume")


def chapter_range_is_pages(item: dict[str, object]) -> None:
    """(In place.) Copernicus's ``…, in: Book, edited by: Holland, H. and Turekian, K., 337–359, Elsevier Ltd., …``
    with the range after the editors read as the volume: a chapter's bare range of rising numbers, no word for a
    volume before it and no pages read, is the chapter's pages."""
    volume = item.get("volume")
    if item.get("type") != "chapter" or not isinstance(volume, str) or "page" in item or "editor" not in item:
        return
    if (m := _PAGE_RANGE.fullmatch(volume.strip())) is None or int(m["first"]) >= int(m["last"]):
        return
    source, written = fold_dashes(source_text(item)), fold_dashes(volume.strip())
    at = source.find(f", {written},")
    if at < 0 or source.find(written, at + 2 + len(written)) >= 0:
        return
    item["page"] = item.pop("volume")


# a daily newspaper's name closing on its kind of paper: "Chicago Tribune", "The Australian", "Daily Mail"
_DAILY_PAPER = lazy_pattern(
    r"(?:^|\s)(?:Times|Post|Herald|Tribune|Guardian|Gazette|Telegraph|Chronicle|Independent|Observer|Inquirer"
    r"|Globe|Australian|Mail|Courier|Examiner|Dispatch)\W*$"
)
_PAPER_PAGE = lazy_pattern(r"[A-Z]?\d{1,3}")
_PAPER_PAGES = lazy_pattern(
    r"[A-Z]?\d{1,3}(?:\s*[-\u2013]\s*[A-Z]?\d{1,3})?(?:,\s*[A-Z]?\d{1,3}(?:\s*[-\u2013]\s*\d{1,3})?)*"
)


def newspaper_pages_read_as_volume(item: dict[str, object]) -> None:
    """(In place.) APA's ``*Chicago Tribune*, 1, 4–6.`` read as volume 1 and pages 4–6 (or ``*The Australian*, 1,
    5.`` as a journal's pages): a daily paper dated by its day numbers no volumes; the numbers after its name are
    the pages it runs on, apart."""
    vol, page = item.get("volume"), item.get("page")
    if not isinstance(page, str) or "issue" in item or item.get("type") not in ("article-journal", "article-newspaper"):
        return
    if vol is None and "," not in page or vol is not None and not (isinstance(vol, str) and _PAPER_PAGE.fullmatch(vol)):
        return
    parts = (item.get("issued") or {}).get("date-parts") or [[]]  # type: ignore[attr-defined]
    if len(parts[0]) < 3 or not _PAPER_PAGES.fullmatch(page):
        return
    if not _DAILY_PAPER.search(plain(str(item.get("container-title", "")))):
        return
    if vol is not None:
        item["page"] = f"{vol}, {page}"
        del item["volume"]
    item["type"] = "article-newspaper"
