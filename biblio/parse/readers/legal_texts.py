"""Legal texts other than decisions and Acts, as the Bluebook, APA 7, OSCOLA, AGLC and McGill cite them: a
constitution (``U.S. Const. art. I, § 8.``), a congressional report (``H.R. Rep. No. 114-195 (2015).``), a bill
(``S. 1234, 117th Cong. (2021).``), a treaty (``Paris Agreement, Dec. 12, 2015, T.I.A.S. No. 16-1104.``), a UK
statutory instrument (``… Regulations 2018, SI 2018/480.``) and a Canadian statute (``Criminal Code, RSC 1985, c
C-46, s 83.``).

``read_text(flat)`` takes the reference without its italic marks and gives the record, or None when the whole
reference has none of these shapes (``legal.read`` calls it). Fields: ``type`` (``legislation``, ``report``,
``bill``, ``treaty``), ``title`` (only when the text names the work), ``container-title`` (a treaty's series, a
statute's revision), ``volume``, ``page``, ``number`` (the report's, bill's, instrument's or chapter's number),
``genre`` (``H.R. Rep.``), ``chapter-number`` (a bill's Congress, as Zotero's session), ``section``, ``issued``,
``URL``, a statutory instrument's Harvard imprint (``publisher``, ``publisher-place``); a pinpoint (``cl. 3``,
``r 3.4``, ``art 8``) goes to ``note``. An instrument's year is its title's, as an Act's: no ``issued``.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH
from biblio.parse.normalisers.dates import month_number
from biblio.records.model import Item

__all__ = ["TITLE_WORDS", "read_text", "text_shaped"]

_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_URL = r"(?:[.,]?\s+(?P<url>https?://\S+?))?"
# a short title's words: "The Data Protection (Charges and Information) Regulations", "European Union (Withdrawal)"
TITLE_WORDS = (
    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\([A-Z][\w'’ -]*\)|and|of|the|for|on|to|in|with|by|from))*"
)

# "U.S. Const. art. I, § 8, cl. 3.", "U.S. CONST. amend. XIV, § 2.", "Cal. Const. art. I, § 7.", "US Const art I";
# AGLC's "Australian Constitution s 51(xxix)"
_CONST = lazy_pattern(
    # (each word of the title before "Const." closed by its space: an optional space lets a word in capitals be
    # cut every way, and "THE JOURNAL OF BIOLOGICAL CHEMISTRY Vol." took minutes to fail)
    r"(?P<title>(?:[A-Z][A-Za-z.]*\s)*?(?:Const|CONST)\.?|(?:[A-Z][a-z]+\s)?Constitution)\s+"
    r"(?P<section>(?:art|amend|ss?)\.?\s+[IVXLC\d]+[\w()]*"
    r"(?:,\s*§{1,2}\s*\d+\w*)?)(?:,\s*(?P<pin>cl\.\s*\d+))?(?:\s+\((?P<year>" + _YEAR + r")\))?[.\s]*"
)
# "H.R. Rep. No. 114-195 (2015).", "S. Rep. No. 116-50, at 4 (2019).", "Title, H.R. Doc. No. 115-1 (2017)."
_REPORT = lazy_pattern(
    r"(?:(?P<title>[A-Z][^,()]*?),\s+)?(?P<genre>(?:H\.\s?R\.|S\.)\s?(?:Rep|Doc)\.)\s+No\.\s+(?P<number>\d{2,3}-\d{1,4})"
    r"(?:,\s*(?:pt\.\s*\d+|at\s+\d+(?:[-–]\d+)?))*\s+\((?P<year>" + _YEAR + r")\)" + _URL + r"[.\s]*"
)
# "S. 1234, 117th Cong. (2021).", "H.R. 1, 117th Cong. § 2 (2021).", "Equality Act, H.R. 5, 117th Cong. (2021).",
# "H.R.J. Res. 2, 116th Cong. (2019)."; a guide's title closed by a full stop ("Act of 2002. H.R. 5005, 107th
# Cong. (2002).") and a note with no year ("Justice Act of 2009, H.R. 4005, 11th Cong.")
_BILL = lazy_pattern(
    r"(?:(?P<title>[A-Z][^,§()]*?)[,.]\s+)?(?P<number>(?:H\.\s?R\.|S\.|H\.)(?:\s?(?:Con\.|J\.))?(?:\s?Res\.)?\s\d{1,5}),\s+"
    r"(?P<session>\d{1,3}(?:st|nd|rd|th)\sCong\.)(?:\s+§\s*(?P<section>[\w.()]+))?"
    r"(?:\s+\((?:(?:enacted|as passed by[^()]*)\s*)?(?P<year>" + _YEAR + r")\))?(?:\s+\(enacted\))?" + _URL + r"[.\s]*"
)
# a treaty's series: the Treaties and Other International Acts Series, UN Treaty Series, US Treaties, ILM
_SERIES = (
    r"(?P<series>T\.\s?I\.\s?A\.\s?S\.|U\.\s?N\.\s?T\.\s?S\.|U\.\s?S\.\s?T\.|I\.\s?L\.\s?M\.|Stat\.|E\.\s?T\.\s?S\."
    r"|TIAS|UNTS|UST|ILM|ETS|CETS|ATS)"
)
# the same treaty in other series: "21 U.S.T. 483, 729 U.N.T.S. 161" (the first is the record's, the others a note)
_OTHER_SERIES = r"(?P<parallel>(?:,\s+\d{1,5}\s+" + _SERIES.replace("?P<series>", "?:") + r"\s+\d{1,6})*)"
_IN_SERIES = _SERIES + r"\s+(?:No\.\s+(?P<number>\d[\d-]*)|(?P<page>\d{1,6}))" + _OTHER_SERIES
# OSCOLA's short name after the citation, then the article: "999 UNTS 171 (ICCPR) art 14"
_PIN = r"(?:\s+\((?P<short>[A-Z]{2,10})\))?(?:,?\s*\(?(?P<pin>(?:arts?|para|annex)\.?\s*[\w()]+)\)?)?"
# Bluebook: "Paris Agreement, Dec. 12, 2015, T.I.A.S. No. 16-1104.", "North American Free Trade Agreement,
# U.S.-Can.-Mex., Dec. 17, 1992, 32 I.L.M. 289 (1993).", "Convention on the Rights of the Child, Nov. 20, 1989, 1577
# U.N.T.S. 3."
_TREATY_US = lazy_pattern(
    r"(?P<title>[A-Z][^,]*?),\s+(?:[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+,\s+)?"
    rf"(?P<month>{ENGLISH_MONTH})\s+(?P<day>\d{{1,2}}),\s+(?P<year>{_YEAR}),\s+(?:(?P<volume>\d{{1,5}})\s+)?{_IN_SERIES}"
    rf"(?:\s+\({_YEAR}\))?{_PIN}{_URL}[.\s]*"
)
# OSCOLA and AGLC: "Vienna Convention on the Law of Treaties (adopted 23 May 1969, entered into force 27 January
# 1980) 1155 UNTS 331.", "Convention on the Rights of the Child, opened for signature 20 November 1989, 1577 UNTS 3
# (entered into force 2 September 1990) art 3."
_SIGNED = (
    r"(?:adopted|signed|opened for signature|concluded)\s+"
    rf"(?P<day>\d{{1,2}})\s+(?P<month>{ENGLISH_MONTH})\s+(?P<year>{_YEAR})"
)
_IN_FORCE = rf"entered into force\s+\d{{1,2}}\s+{ENGLISH_MONTH}\s+{_YEAR}"
_TREATY_UK = lazy_pattern(
    rf"(?P<title>[A-Z].*?)(?:\s+\(|,\s+){_SIGNED}(?:,\s*{_IN_FORCE})?[),]\s+(?:(?P<volume>\d{{1,5}})\s+)?"
    rf"{_IN_SERIES}(?:\s+\({_IN_FORCE}\))?{_PIN}{_URL}[.\s]*"
)
# OSCOLA's statutory instrument: "The Data Protection (Charges and Information) Regulations 2018, SI 2018/480.",
# "Civil Procedure Rules 1998, SI 1998/3132, r 3.4.", "… Order 2002 (SI 2002/1837)"
# its title may hold its parent Act's year and a number in brackets: "Equality Act 2010 (Commencement No. 4) Order
# 2010", and "etc.": "Building Regulations etc. (Amendment) (England) Regulations 2023"
_SI_TITLE = TITLE_WORDS.replace("|and|", "|\\d{4}|\\([A-Z][\\w'’ .-]*\\)|etc\\.|and|", 1)
_SI = lazy_pattern(
    rf"(?P<title>{_SI_TITLE}\s+(?:Regulations|Order|Rules)\s+(?P<year>{_YEAR}))(?:,\s*|\s+\()"
    r"(?P<number>(?:S\.?\s?S\.?\s?I|S\.?\s?I|S\.?\s?R)\.?\s+\d{4}/\d{1,5})\)?"
    r"(?:,?\s+(?P<pin>(?:rr?|regs?|arts?|paras?|sch)\.?\s*\d[\w.()]*(?:\s*[-–]\s*\d[\w.()]*)?))?"
    # Harvard's imprint after it: "… Regulations 2015 (SI 2015/51). London: The Stationery Office."
    r"(?:\.\s+(?P<place>[A-Z][a-z]+):\s+(?P<publisher>[A-Z][^.:()]{1,60}?))?" + _URL + r"[.\s]*"
)
# McGill's statute: "Criminal Code, RSC 1985, c C-46, s 83.", "Personal Information Protection and Electronic
# Documents Act, SC 2000, c 5." (the revised or annual statutes of Canada or a province, the chapter, the section)
_CANADA = lazy_pattern(
    r"(?P<title>[A-Z][^,]*?),\s+(?P<code>(?:RS|S)(?:C|O|BC|A|Q|NS|NB|M|S|NL|PEI|Y|NWT|Nu)|CQLR)(?:\s+(?P<year>"
    + _YEAR
    + r"),)?\s+(?P<chapter>c\s+[A-Z]*-?\d[\w.]*)"
    + r"(?:,\s*(?:ss?\s+|(?=arts?\s))(?P<section>[\w.()]+(?:\s[\w.()]+)?(?:\s*[-–]\s*[\w.()]+)?))?"
    + _URL
    + r"[.\s]*"
)


_MARKS: tuple[str, ...] = ("Const.", "CONST.", " No. ", " Cong.", "UNTS", "U.N.T.S.", "T.I.A.S.", "I.L.M.", "U.S.T.")
_MARKS += ("Const ", "ETS", "SI ", "S.I. ", "SR ", ", c ", " c ", " Stat. ", "Constitution ")


def text_shaped(text: str) -> bool:
    """The cheap look before the patterns: a mark of one of the forms."""
    return any(mark in text for mark in _MARKS)


def _date(m: re.Match[str]) -> dict[str, list[list[int]]]:
    month = month_number(m["month"]) if m.groupdict().get("month") else None
    if month:
        return {"date-parts": [[int(m["year"]), month, int(m["day"])]]}
    return {"date-parts": [[int(m["year"])]]}


def _fill(item: Item, m: re.Match[str], groups: dict[str, str]) -> Item:
    """The match's groups given as ``{group: variable}``, those that matched; the year as ``issued``."""
    found = m.groupdict()
    for group, var in groups.items():
        if found.get(group):
            value = found[group].strip(" ,")
            # a pinpoint's or chapter's last full stop ends the reference ("c 5.", "r 3.4.")
            value = value.rstrip(".") if var in ("section", "number", "note") else value
            item[var] = f"{item[var]}; {value}" if var == "note" and var in item else value
    if found.get("year"):
        item["issued"] = _date(m)
    if found.get("url"):
        item["URL"] = found["url"]
    return item


_SECTION_SIGN = lazy_pattern(r"^ss?\s+")


def read_text(flat: str) -> Item | None:
    """The record of a constitution, congressional report, bill, treaty, statutory instrument or Canadian
    statute whose citation is the whole of ``flat``, or None."""
    if not text_shaped(flat):
        return None
    if m := _CONST.fullmatch(flat):
        item = _fill({"type": "legislation"}, m, {"title": "title", "section": "section", "pin": "note"})
        item["section"] = _SECTION_SIGN.sub("", item["section"])  # AGLC's "s 51(xxix)", as an Act's section
        return item
    if m := _REPORT.fullmatch(flat):
        return _fill({"type": "report"}, m, {"title": "title", "genre": "genre", "number": "number"})
    if m := _BILL.fullmatch(flat):
        fields = {"title": "title", "number": "number", "session": "chapter-number", "section": "section"}
        return _fill({"type": "bill"}, m, fields)
    if m := _TREATY_US.fullmatch(flat) or _TREATY_UK.fullmatch(flat):
        fields = {"title": "title", "short": "title-short", "series": "container-title", "volume": "volume"}
        fields |= {"number": "number", "page": "page", "pin": "note", "parallel": "note"}
        return _fill({"type": "treaty"}, m, fields)
    if m := _SI.fullmatch(flat):
        fields = {"title": "title", "number": "number", "pin": "note", "publisher": "publisher"}
        fields["place"] = "publisher-place"
        item = _fill({"type": "legislation"}, m, fields)
        del item["issued"]  # the year is its title's, as an Act's: no date of its own
        return item
    if m := _CANADA.fullmatch(flat):
        fields = {"title": "title", "code": "container-title", "chapter": "number", "section": "section"}
        return _fill({"type": "legislation"}, m, fields)
    return None
