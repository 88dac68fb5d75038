"""Court decisions as APA, Chicago and the Bluebook cite them (US), and as OSCOLA cites them (UK); US
statutes as APA and the Bluebook cite them (``Clean Air Act, 42 U.S.C. § 7401 (1970).``); UK Acts as OSCOLA cites
them (``Data Protection Act 2018, s 170.``); Canadian statutes as the McGill Guide cites them (``Cannabis Act, S.C.
2018, c. 16.``).

``read(text)`` is the structured-reader interface (readers/base.py). A decision is cited by its name,
``Party v. Party``, then where it is reported: ``347 U.S. 483 (1954)`` (volume, reporter, first page,
the court and year in brackets) or ``[1932] AC 562`` (the year in square brackets first). The whole
reference must have that shape, so the reader is taken before the sequence model's reading
(``EXCLUSIVE`` in ``biblio.parse.readers``), which reads the party names as authors and leaves no title.

Fields touched: ``type`` (``legal_case``), ``title``, ``container-title`` (the reporter), ``volume``,
``page`` (the first page), ``authority`` (the court), ``issued``, ``URL``, ``note`` (a pinpoint page); for a
statute ``type`` (``legislation``), ``title`` (the act's name), ``number`` (its public law's), ``container-title``
(the code or the Statutes at Large), ``volume`` (the code's title or the Statutes' volume), ``section`` or
``page``, ``issued``; a UK or Australian Act's year is its short title's, no ``issued`` of its own.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH
from biblio.parse.normalisers.dates import month_number, parse_date
from biblio.parse.normalisers.names import names_from_span
from biblio.parse.readers.base import Reading, marked_reading
from biblio.parse.readers.legal_texts import TITLE_WORDS, read_text
from biblio.parse.text import mark_italics, unmark
from biblio.records.model import Item

__all__ = ["NAME", "legal_shaped", "read"]

NAME = "legal"
BASE_CONFIDENCE = 0.95

# "Brown v. Board of Education", "Daubert v. Merrell Dow Pharmaceuticals, Inc.", "R v Smith", "Re X": the
# parties, with "v." or "v" between them
_PARTIES = r"(?P<title>\S.*?\s(?:v\.?|vs\.|V\.)\s.+?)"
# "U.S.", "S. Ct.", "F.3d", "F. Supp. 2d", "L. Ed. 2d", "Cal. Rptr. 3d": a reporter's abbreviation; a Canadian
# reporter's series in brackets, "D.L.R. (4th)", "C.R. (5th)"
_REPORTER = r"(?P<reporter>[A-Z][A-Za-z0-9.']*(?:\s(?:[A-Z][A-Za-z0-9.']*|\d[a-z]{1,2}|\(\d[a-z]{1,2}\)))*)"
_QUOTES = lazy_pattern("[\"“«„‘]|(?:^|\\s)'")  # opening quotes: "O’Brien v. Smith" is a name
# the link, bare or after Harvard's "Available at:"
_URL = r"(?:[.,]?\s+(?:Available\s+(?:at|from):?\s+)?(?P<url>https?://\S+?))?"
# after the court and year: the page the note points to ("(2008), p. 3") and the clause that says what the
# decision held ("(2000), which found that …"): a note's words, no field of the decision
_AFTER = r"(?P<after>,\s*(?:(?:p|pp|at)\.?\s*\d+(?:[-–]\d+)?|(?:which|where|in which|holding|finding)\s[^()]+?))?"
# the same decision in other reports: "(1976) 10 ALR 303; (1976) 50 ALJR 720", "255 N.Y. 170, 174 N.E. 441",
# after a neutral citation "[2017] UKSC 5, [2018] AC 61"
_PARALLEL = (
    r"(?P<parallel>(?:[,;]\s*(?:[\[(](?:1[6-9]\d\d|20\d\d)[\])]\s+)?(?:\d{1,4}\s+)?[A-Z][A-Za-z.']*"
    r"(?:\s(?:[A-Z][A-Za-z.']*|\d[a-z]{1,2}|\(\d[a-z]{1,2}\)))*"
    r"\s+\d{1,6})*)"
)
# US: "Brown v. Board of Education, 347 U.S. 483, 495 (1954)." / "…, 43 F.3d 1311 (9th Cir. 1995)."
_US = lazy_pattern(
    rf"{_PARTIES}[,.]\s+(?P<volume>\d{{1,4}})\s+{_REPORTER}\s+(?P<page>\d{{1,6}}(?:-\d{{1,6}})?|_{{2,}})"
    r"(?:,\s*(?P<pin>\d+(?:[-–]\d+)?))?\s*\((?P<court>[^()]*?)\s*(?P<year>1[6-9]\d\d|20\d\d)\)"
    rf"{_AFTER}{_URL}[.\s]*$"
)
# the paragraphs a note points to after a neutral citation: ", para. 25", ", paras. 25 and 26", ". para. 24"
_PARAS = r"(?P<after>[.,]\s*paras?\.?\s*\d{1,4}(?:\s*(?:and|&|[-–,])\s*\d{1,4})*)?"
# UK: "Donoghue v Stevenson [1932] AC 562", "R v Smith [2001] UKHL 1", "Jones v Kaney [2011] 2 AC 398"
_UK = lazy_pattern(
    # (a guide's APA form stops after the name and the year: "Shea v News Ltd. (2015). WASC 1.")
    rf"{_PARTIES}\s*[\[(](?P<year>1[6-9]\d\d|20\d\d)[\])]\.?\s+(?:(?P<volume>\d{{1,4}})\s+)?{_REPORTER}"
    # (the paragraph a note points to before the neutral citation: "[2009] 1 S.C.R. 826 at para. 16, 2009 SCC 25")
    rf"\s+(?P<page>\d{{1,6}})(?:,\s*(?P<pin>\d+(?:[-–]\d+)?)|\s+at\s+(?P<para>paras?\.?\s*\d{{1,4}}))?{_PARALLEL}"
    # OSCOLA's court after the report, "(HL)", or the High Court's division after a neutral citation, "(Admin)"
    r"(?:\s+\((?P<court>HL|PC|CA|EWCA|Ch|QB|KB|Fam|Admin|Comm|TCC|Pat|IPEC|Costs|[A-Z]{2,4})\))?"
    rf"{_PARAS}{_URL}[.\s]*$"
)
# Canada's neutral citation, the year with no brackets and the court's code: "Canada (AG) v Bedford, 2013 SCC 72.",
# "R v Jordan, 2016 SCC 27, [2016] 1 SCR 631." (the court's code is the container, the decision's number the page)
# a report's bracketed year and volume inside a neutral citation's party names: the decision is cited by its report
_REPORTED_FIRST = lazy_pattern(r"\[(?:1[6-9]|20)\d\d\]\s+\d")
_NEUTRAL = lazy_pattern(
    rf"{_PARTIES},\s+(?P<year>1[6-9]\d\d|20\d\d)\s+(?P<reporter>[A-Z]{{2,6}})\s+(?P<page>\d{{1,5}})"
    rf"(?:\s+at\s+para\s+(?P<pin>\d+))?{_PARALLEL}{_URL}[.\s]*$"
)

# "Clean Air Act, 42 U.S.C. § 7401 et seq. (1970).", "Patient Protection and Affordable Care Act, Pub. L. No.
# 111-148, 124 Stat. 119 (2010).": the act's name, the code's title number, the code, the section, the year; an
# executive order in the Federal Register, "Exec. Order No. 13,985, 86 Fed. Reg. 7009 (Jan. 20, 2021)."
_STATUTE = lazy_pattern(
    # (the short title's spelled-out name in brackets: "USA PATRIOT Act (Uniting and … Act)")
    r"(?:(?P<title>[A-Z](?:[^,§()]|,(?=\d{3}\b)|\([^()]{2,200}\))*?),\s+)?(?:Publ?\.\s?L\.\s(?:No\.\s)?(?P<law>\d{2,3}-\d{1,4}),\s+"
    # the law's section before the Statutes: "Pub. L. No. 101-336, Sec. 2, 104 Stat. 328"
    r"(?:(?:§|Sec\.)\s?\d{1,4}[a-z]?,\s+)?)?"
    r"(?:(?P<volume>\d{1,4})\s+(?P<code>U\.\s?S\.\s?C\.(?:\s?A\.)?|C\.\s?F\.\s?R\.|Stat\.|Fed\.\s?Reg\.)"
    # a state's code, which has no title number: "Minn. Stat. §§ 148.171-.285", "Wis. Stat. § 118.40"
    r"|(?P<state>[A-Z][a-z]{1,4}\.(?:\s[A-Z][a-z]{1,4}\.)?\s+Stat\.(?:\s+Ann\.)?)(?=\s+§))\s+"
    # ("§ §2601-2654": the sign doubled with a space, as a guide prints it)
    r"(?:§(?:\s?§)?\s*(?P<section>[\w.()]+(?:\s?[-–]\s?[\w.()]+)*(?:\s+et\s+seq\.)?)|(?P<page>\d{1,3},\d{3}|\d{1,5}))"
    # (the year left out where the Act's name holds it: "FISA Amendments Act of 2008, Pub. L. No. 110-261, 122 Stat.
    # 2436.")
    # (the years a compilation of the Code covers: "3 C.F.R. 586 (1971–1975)", "(1971–1975 Comp.)": the first)
    rf"(?:\s*\((?:(?P<month>{ENGLISH_MONTH})\s+(?P<day>\d{{1,2}}),\s+)?(?P<year>1[6-9]\d\d|20\d\d)"
    r"(?:\s?[-–]\s?(?:1[6-9]\d\d|20\d\d))?(?:\s+Comp\.)?\))?"
    # a rule in the Federal Register and where it goes in the Code: "(to be codified at 40 C.F.R. pt. 60)", a note
    r"(?:\s+\((?P<codified>(?:to\s+be\s+)?codified\s+at\s+[^()]+)\))?"
    # the Bluebook's other place the text is printed, a note: ", reprinted as amended in 3 U.S.C. 301 app. at
    # 404–407 (1994)"
    r"(?:,\s+(?P<reprinted>reprinted\s+(?:as\s+amended\s+)?in\s+[^()]{3,120}\((?:1[6-9]|20)\d\d\)))?"
    rf"{_URL}[.\s]*$"
)

# OSCOLA's Act of Parliament, the year part of its short title: "Human Rights Act 1998", "European Union (Withdrawal)
# Act 2018", "Data Protection Act 2018, s 170.", "Climate Change Act 2008 (c. 27)"; AGLC's with its jurisdiction
# and no comma before the section, "Racial Discrimination Act 1975 (Cth) s 18C."
_JURISDICTION = r"Cth|NSW|Vic|Qld|SA|WA|Tas|NT|ACT|NZ|UK|Imp"
_ACT = lazy_pattern(
    rf"(?P<title>{TITLE_WORDS}"
    # (India's comma before the year, "Information Technology Act, 2000 (India), Section 69.")
    r"\s+Act,?\s+(?P<year>1[2-9]\d\d|20\d\d))(?:\s+\((?P<chapter>c\.?\s?\d{1,3})\)|,\s*(?P<chapter2>c\.\s?\d{1,3}))?"
    rf"(?:\s+\((?P<jurisdiction>{_JURISDICTION}|India|Pakistan|Kenya|Nigeria|Ghana|Uganda|Bangladesh|Sri Lanka)\))?"
    r"(?:(?:,\s*|\s+)(?P<pin>(?:[Ss]ection|[Ss]ec\.|[Ss]s?|sch|pt|art|para)\.?\s*\d{1,4}[\w()]*"
    r"(?:\s*[-–]\s*\d{1,4}[\w()]*)?))?"
    # Harvard's imprint and link after the Act: ". London: The Stationery Office.", ". Available at: URL (Accessed:
    # 5 May 2021)."
    r"(?:\.\s+(?P<place>[A-Z][a-z]+):\s+(?P<publisher>[A-Z][^.:()]{1,60}?))?"
    r"(?:\.?\s+Available\s+(?:at|from):?\s+(?P<url>https?://\S+?)\.?(?:\s+\[?\(?(?:Accessed|accessed|Viewed|viewed)"
    r":?\s+(?P<accessed>[^()\[\]]{4,30})[)\]])?)?"
    # the link alone after the section, as APA's and Chicago's guides add it: "(Cth) S. 40. https://…"
    r"(?:\.?\s+(?P<link>https?://\S+?)\.?)?[.\s]*"
)


# the McGill Guide's Canadian statute, the statutes' volume and year, then the chapter: "Cannabis Act, S.C. 2018,
# c. 16.", "Canada Health Act, R.S.C. 1985, c. C-6.", "Health Protection and Promotion Act, R.S.O. 1990, c. H.7.",
# "Criminal Code, R.S.C. 1985, c. C-46, s. 718.", McGill's ninth edition without stops ("SC 2018, c 16"); as
# agencies' lists write it, the volume or its year left out or moved after the chapter, the government before the
# Act: "Public Health Agency of Canada Act. 2006, c.5.", "Government of Canada: … Act, S.C., c. 5, 2006."
# (or the statutes' name spelled out, as CMOS's examples write it: "Statutes of Canada 2006, c.9.")
_CANADIAN_STATUTES = (
    r"R\.?\s?S\.?\s?[A-Z]{1,3}\.?|S\.?\s?[A-Z]{1,3}\.?|(?:Revised\s+)?Statutes\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
)
_CANADIAN_ACT = lazy_pattern(
    r"(?:(?P<government>Government\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?):\s+)?"
    rf"(?P<title>{TITLE_WORDS}\s+(?:Act|Code))[,.]\s+(?:(?P<statutes>{_CANADIAN_STATUTES})(?:,\s*|\s+))?"
    r"(?:(?P<year>1[89]\d\d|20\d\d),\s*)?(?P<chapter>c\.?\s?[A-Z]?[-.]?\d{1,4}(?:\.\d{1,3})?)"
    r"(?:,\s*(?P<year2>1[89]\d\d|20\d\d))?(?:,\s*(?P<pin>ss?\.?\s*\d{1,4}[\w.()]*))?"
    r"(?:[.,]?\s+(?P<url>https?://\S+?))?[.\s]*"
)


# The Bluebook's congressional hearing, its title naming the committee, the Congress, the page and the year: "Long-term
# sustainability of current defense plans: Hearing before the Committee on the Budget, House of Representatives,
# 111th Cong. 1 (2009).", the witness after it, "(statement of Jane Doe)", and a link; the hearing's serial number
# after its title, "(Serial No. 108-134)", "(S. Hrg. 108-606)"
_HEARING = lazy_pattern(
    r"(?P<title>[^()]{3,300}?:\s+Hearings?\s+(?:[Bb]efore|[Oo]n)\s+[^()]{3,300}?)"
    r"(?:\s+\((?P<serial>(?:Serial|[SH]\.\s?Hrg\.)(?:\s+No\.)?\s+\d{2,3}-\d{1,4})\))?,\s+"
    r"(?P<congress>\d{2,3}(?:st|nd|rd|th|d)\s+Cong\.(?:,?\s+\d(?:st|nd|d)\s+Sess\.)?(?:\s+\d{1,5})?)"
    r"\s+\((?P<year>1[89]\d\d|20\d\d)\)(?:\s+\((?P<witness>(?:statement|testimony)\s+of\s+[^()]+)\))?"
    rf"{_URL}[.\s]*$"
)


def _hearing(m: re.Match[str]) -> Item:
    item: Item = {"type": "hearing", "title": m["title"].strip()}
    item["issued"] = {"date-parts": [[int(m["year"])]]}
    item["note"] = "; ".join(x for x in (m["congress"], m["witness"]) if x)  # the Congress and page, the witness
    if m["serial"]:
        item["number"] = m["serial"].rsplit(None, 1)[1]
    if m["url"]:
        item["URL"] = m["url"]
    return item


# The Bluebook's law review article: "Mark A. Lemley, The Myth of the Sole Inventor, 110 Mich. L. Rev. 709 (2012).",
# "Cass R. Sunstein, Nudging: A Very Short Guide, 37 J. Consumer Pol'y 583, 585 (2014)." (the names in natural
# order, the title, the volume, the review's abbreviated name, the first page and the page cited, the year)
_BLUEBOOK_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}"
_LAW_REVIEW = lazy_pattern(
    rf"(?P<authors>{_BLUEBOOK_NAME}(?:(?:,\s+|,?\s+(?:&|and)\s+){_BLUEBOOK_NAME}){{0,3}}),\s+"
    r"(?P<title>[^()]+?),\s+(?P<volume>\d{1,4})\s+"
    r"(?P<journal>(?=[A-Z])[A-Za-z.'’&\s]*?\b(?:L\.|Rev\.|J\.|Law|Q\.)[A-Za-z.'’&\s]*?)\s+"
    r"(?P<page>\d{1,5})(?:,\s+(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\s+\((?P<year>(?:1[89]|20)\d\d)\)\.?"
)
# the cheap look: a review's abbreviation between a volume and a page before the bracketed year
_REVIEW_SHAPE = lazy_pattern(r"\b(?:L\.|Rev\.|J\.)[^()]*\d\s+\((?:1[89]|20)\d\d\)\.?\s*$")


def _law_review(m: re.Match[str]) -> Item:
    item: Item = {
        "type": "article-journal",
        "author": names_from_span(m["authors"]),
        "title": m["title"].strip(),
        "container-title": m["journal"].strip(),
        "volume": m["volume"],
        "page": m["page"],
        "issued": {"date-parts": [[int(m["year"])]]},
    }
    if m["pin"]:
        item["note"] = m["pin"]  # the page the citation points to, kept as written
    return item


def legal_shaped(text: str) -> bool:
    """A name with ``v.``/``v`` between parties, or a code's or the Statutes' abbreviation: the cheap look
    before the patterns."""
    return (
        (" v" in text or " V. " in text) and (" v. " in text or " v " in text or " vs. " in text or " V. " in text)
        or "U.S.C" in text or "C.F.R" in text or " Stat. " in text or " Fed. Reg. " in text
        or " Act 1" in text or " Act 2" in text or " Act, 1" in text or " Act, 2" in text
        or (" Act," in text or " Act." in text or " Code," in text) and (" c." in text or " c " in text)
        or (" Act, " in text or " Code, " in text) and " (" in text and ("S." in text or "RS" in text)
    )


def _statute(m: re.Match[str]) -> Item:
    item: Item = {"type": "legislation"}
    if m["title"]:
        item["title"] = m["title"].strip()
    if m["law"]:
        item["number"] = m["law"]
    item["container-title"] = m["code"] or m["state"]
    if m["volume"]:
        item["volume"] = m["volume"]
    if m["section"]:  # (the entry's closing stop after a bare section, "§§ 1801-1885c.", is none of it)
        item["section"] = m["section"] if m["section"].endswith("seq.") else m["section"].rstrip(".")
    else:
        item["page"] = m["page"]
    month = month_number(m["month"]) if m["month"] else None
    if m["year"]:
        item["issued"] = {"date-parts": [[int(m["year"]), month, int(m["day"])] if month else [int(m["year"])]]}
    if m["url"]:
        item["URL"] = m["url"]
    if m["codified"] or m["reprinted"]:
        item["note"] = m["codified"] or m["reprinted"]
    return item


# an Act's year in its short title: "… Act of 2008", "… Act 2016"
_NAMED_YEAR = lazy_pattern(r"\bAct,?\s+(?:of\s+)?(?:1[6-9]|20)\d\d\b")
# the section's word before its number: "s", "ss", "S.", "Sec.", "Section"
_SECTION_WORD = lazy_pattern(r"^(?:[Ss]ection|[Ss]ec\.|[Ss]s?)\.?\s*")


def _act(m: re.Match[str]) -> Item:
    # the year is the short title's ("Data Protection Act 2018"): the Act states no date of its own
    item: Item = {"type": "legislation", "title": m["title"]}
    if m["chapter"] or m["chapter2"]:
        item["number"] = m["chapter"] or m["chapter2"]
    if m["publisher"]:
        item["publisher"], item["publisher-place"] = m["publisher"].strip(), m["place"]
    if m["url"] or m["link"]:
        item["URL"] = m["url"] or m["link"]
    if m["accessed"] and (accessed := parse_date(m["accessed"])) is not None and accessed.issued:
        item["accessed"] = accessed.issued
    if m["jurisdiction"]:  # AGLC's "(Cth)": the parliament that made the Act
        item["authority"] = m["jurisdiction"]
    if m["pin"]:
        pin = m["pin"]
        if pin[0] in "sS":  # "s 170", "ss 1-3", a guide's "S. 40", "Section 69": the section
            item["section"] = _SECTION_WORD.sub("", pin)
        else:
            item["note"] = pin
    return item


# the same statute as APA lists adapt it, the year in brackets after the statutes' name and the chapter, if any: "Health
# Professions Act, R.S.A. (2000).", "Indian Act, R.S.C., c. I-5 (1985).", and the link
_CANADIAN_ACT_DATED = lazy_pattern(
    rf"(?P<title>{TITLE_WORDS}\s+(?:Act|Code)),\s+(?P<statutes>R\.?\s?S\.?\s?[A-Z]{{1,3}}\.?|S\.?\s?[A-Z]{{1,3}}\.?)"
    r"(?:,?\s*(?P<chapter>c\.?\s?[A-Z]?[-.]?\d{1,4}(?:[-.]\d{1,3})?))?\s*\((?P<year>1[89]\d\d|20\d\d)\)"
    r"(?:[.,]?\s+(?P<url>https?://\S+?))?[.\s]*"
)


def _canadian_act_dated(m: re.Match[str]) -> Item:
    item: Item = {"type": "legislation", "title": m["title"], "container-title": m["statutes"]}
    if m["chapter"]:
        item["number"] = m["chapter"]
    item["issued"] = {"date-parts": [[int(m["year"])]]}
    if m["url"]:
        item["URL"] = m["url"]
    return item


# A Canadian bill as the McGill Guide cites it, its number first, then its title, the session and Parliament (or
# legislature) and the year: "Bill C-38, An Act to amend the Indian Act, 1st Sess, 44th Parl, 2022 (first reading 14
# December 2022).", as APA lists adapt it with no "Bill" ("C-51, Anti-terrorism Act, 2nd Sess, 41 Parl, 2015, cl
# 5(1)"), what follows the year (the stage, a clause) a note, and the link
_CANADIAN_BILL = lazy_pattern(
    r"(?:Bill\s+(?P<bill>(?:[CS]-)?\d{1,4})|(?P<number>[CS]-\d{1,4})),\s+(?P<title>[A-Z].+?),\s+"
    r"\d{1,2}(?:st|nd|rd|th|d)\s+Sess(?:ion|\.)?,\s+\d{1,2}(?:st|nd|rd|th|d)?\s+(?:Parl|Leg)\.?,\s+"
    r"(?P<year>1[89]\d\d|20\d\d)(?P<tail>[,\s(].*?)?(?:[.,]?\s+(?P<url>https?://\S+?))?[.\s]*"
)


def _canadian_bill(m: re.Match[str]) -> Item:
    item: Item = {"type": "bill", "number": m["bill"] or m["number"], "title": m["title"].strip()}
    item["issued"] = {"date-parts": [[int(m["year"])]]}
    if tail := (m["tail"] or "").strip(" ,."):
        item["note"] = tail  # the stage it reached, the clause cited
    if m["url"]:
        item["URL"] = m["url"]
    return item


# The Bluebook's report of the Government Accountability (formerly General Accounting) Office, its body, its number,
# its title, the page cited and the year: "U.S. Gen. Accounting Office, GAO-02-802, SSA: Enhanced Procedures … 11
# (2002).", "U.S. Gov't Accountability Off., GAO-19-157SP, High-Risk Series (2019).", the older "GAO/HEHS-98-12"
_GAO_REPORT = lazy_pattern(
    r"(?P<body>[A-Z][^,()]{2,80}),\s+(?P<number>GAO(?:/[A-Z]{2,6})?-\d{2}-\d{1,4}[A-Z]{0,3}),\s+"
    r"(?P<title>[A-Z][^()]{2,300}?)(?:,?\s+(?P<pin>\d{1,4}(?:[-–]\d{1,4})?))?\s+\((?P<year>(?:19|20)\d\d)\)"
    rf"{_URL}[.\s]*"
)


def _gao_report(m: re.Match[str]) -> Item:
    item: Item = {"type": "report", "author": [{"literal": m["body"].strip()}], "number": m["number"]}
    item["title"] = m["title"].strip()
    if m["pin"]:
        item["page"] = m["pin"]  # the page cited, as a note's locator is kept
    item["issued"] = {"date-parts": [[int(m["year"])]]}
    if m["url"]:
        item["URL"] = m["url"]
    return item


def _canadian_act(m: re.Match[str]) -> Item | None:
    year = m["year"] or m["year2"]
    if year is None or m["year"] and m["year2"]:
        return None  # a chapter with no year is no statute's citation
    item: Item = {"type": "legislation", "title": m["title"]}
    if m["government"]:
        item["author"] = [{"literal": m["government"]}]
    if m["statutes"]:
        item["container-title"] = m["statutes"]
    item["number"] = m["chapter"]
    item["issued"] = {"date-parts": [[int(year)]]}
    if m["pin"]:
        item["section"] = m["pin"].lstrip("s. ").rstrip(".")
    if m["url"]:
        item["URL"] = m["url"]
    return item


def read(text: str) -> Reading | None:
    """The reading of a court decision's citation, or None for "not my style"."""
    flat = unmark(mark_italics(text)).strip()  # the case name is in italics in most styles
    if (other := read_text(flat)) is not None:
        return marked_reading(other, NAME, BASE_CONFIDENCE)
    # (the review's bracketed year closes the citation: the cheap test first, as most references are not reviews)
    reviewed = flat.rstrip(" .").endswith(")") and " v" not in flat and _REVIEW_SHAPE.search(flat)
    if reviewed and (review := _LAW_REVIEW.fullmatch(flat)) is not None:
        return marked_reading(_law_review(review), NAME, BASE_CONFIDENCE)
    if " Cong." in flat and "earing" in flat and (hearing := _HEARING.fullmatch(flat)) is not None:
        return marked_reading(_hearing(hearing), NAME, BASE_CONFIDENCE)
    if "GAO" in flat and (gao := _GAO_REPORT.fullmatch(flat)) is not None:
        return marked_reading(_gao_report(gao), NAME, BASE_CONFIDENCE)
    if " Sess" in flat and (bill := _CANADIAN_BILL.fullmatch(flat)) is not None:
        return marked_reading(_canadian_bill(bill), NAME, BASE_CONFIDENCE)
    if not legal_shaped(text):
        return None
    statute = _STATUTE.fullmatch(flat)
    # (with no year after it, the Act must name its year: "FISA Amendments Act of 2008, Pub. L. No. 110-261, …")
    if statute is not None and (statute["year"] or _NAMED_YEAR.search(statute["title"] or "")):
        return marked_reading(_statute(statute), NAME, BASE_CONFIDENCE)
    if (act := _ACT.fullmatch(flat)) is not None:
        return marked_reading(_act(act), NAME, BASE_CONFIDENCE)
    if (canadian := _CANADIAN_ACT.fullmatch(flat)) is not None and (statute_item := _canadian_act(canadian)):
        return marked_reading(statute_item, NAME, BASE_CONFIDENCE)
    if (dated := _CANADIAN_ACT_DATED.fullmatch(flat)) is not None:
        return marked_reading(_canadian_act_dated(dated), NAME, BASE_CONFIDENCE)
    m = _US.match(flat) or _NEUTRAL.match(flat)
    if m is None or _REPORTED_FIRST.search(m["title"]):
        # (a neutral citation after the report, "R. v. Nguyen [2009] 1 S.C.R. 826, 2009 SCC 25.", is a parallel one)
        m = _UK.match(flat) or m
    if m is None or _QUOTES.search(m.group("title")):
        return None  # a quoted title is an article's ("Author, 'Title' (2008) Journal 39"), never a case's name
    item: Item = {"type": "legal_case", "title": m.group("title").strip(" ,")}
    item["container-title"] = m.group("reporter").strip()
    if m.groupdict().get("volume"):
        item["volume"] = m.group("volume")
    if not m.group("page").startswith("_"):  # "___ U.S. ___": a decision not yet paged
        item["page"] = m.group("page")
    court = (m.groupdict().get("court") or "").strip(" ,")
    if court:
        item["authority"] = court
    item["issued"] = {"date-parts": [[int(m.group("year"))]]}
    if m.group("url"):
        item["URL"] = m.group("url")
    notes = [f"at {m.group('pin')}"] if m.group("pin") else []  # the page the citation points to: no field
    if m.groupdict().get("para"):
        notes.append(f"at {m['para']}")
    notes += [m[g].lstrip(" ,;.").rstrip(" ,;") for g in ("parallel", "after") if m.groupdict().get(g)]
    if notes:
        item["note"] = "; ".join(notes)
    return marked_reading(item, NAME, BASE_CONFIDENCE)
