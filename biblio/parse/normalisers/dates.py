"""The APA date parenthetical -> CSL date, status, season.

Fields touched: ``issued``, ``status``; ``custom.biblio.year-suffix``.

``(2024)``, ``(2024, July 31)``, ``(2024, July 31–August 2)``, ``(2020, Spring)``,
``(2020a)``, ``(n.d.)``, ``(in press)``, ``(1997/2005)`` (original/reprint: the
later year is the edition's date).  CSL has no year-suffix input variable, so
the letter is kept in custom.biblio.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from biblio.parse.connectors import CONNECTORS
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.text import DASH_CLASS, ascii_fold, clean_space

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "janvier": 1,
    "januar": 1,
    "enero": 1,
    "gennaio": 1,
    "janeiro": 1,
    "february": 2,
    "feb": 2,
    "fevrier": 2,
    "februar": 2,
    "febrero": 2,
    "febbraio": 2,
    "fevereiro": 2,
    "march": 3,
    "mar": 3,
    "mars": 3,
    "marz": 3,
    "maerz": 3,
    "marzo": 3,
    "marco": 3,
    "april": 4,
    "apr": 4,
    "avril": 4,
    "abril": 4,
    "aprile": 4,
    "may": 5,
    "mai": 5,
    "mayo": 5,
    "maggio": 5,
    "maio": 5,
    "june": 6,
    "jun": 6,
    "juin": 6,
    "juni": 6,
    "junio": 6,
    "giugno": 6,
    "junho": 6,
    "july": 7,
    "jul": 7,
    "juillet": 7,
    "juli": 7,
    "julio": 7,
    "luglio": 7,
    "julho": 7,
    "august": 8,
    "aug": 8,
    "aout": 8,
    "agosto": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "septembre": 9,
    "septiembre": 9,
    "settembre": 9,
    "setembro": 9,
    "october": 10,
    "oct": 10,
    "octobre": 10,
    "oktober": 10,
    "octubre": 10,
    "ottobre": 10,
    "outubro": 10,
    "november": 11,
    "nov": 11,
    "novembre": 11,
    "noviembre": 11,
    "novembro": 11,
    "december": 12,
    "dec": 12,
    "decembre": 12,
    "dezember": 12,
    "diciembre": 12,
    "dicembre": 12,
    "dezembro": 12,
    # ABNT's and Spanish styles' three-letter abbreviations: "22 out. 2017", "set./dez. 2019", "ene. 2020"
    "ene": 1,
    "fev": 2,
    "abr": 4,
    "ago": 8,
    "set": 9,
    "out": 10,
    "dez": 12,
    "dic": 12,
    # Dutch months, and the short French and Dutch forms: "12 mei 2019", "3 janv. 2020", "5 mrt. 2018"
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "mei": 5,
    "augustus": 8,
    "janv": 1,
    "fevr": 2,
    "avr": 4,
    "juil": 7,
    "mrt": 3,
    "okt": 10,
}
# Slavic month names as references print them: Russian, Ukrainian, Polish, Czech and Slovak, in the
# genitive of a date ("3 мая 2014", "24 kwietnia 2012", "6. února 2003") and the nominative of a month
_SLAVIC_MONTHS = (
    "января январь січня stycznia styczeń ledna leden januára",
    "февраля февраль лютого lutego luty února únor februára",
    "марта март березня marca marzec března březen",
    "апреля апрель квітня kwietnia kwiecień dubna duben apríla",
    "мая май травня maja maj května květen mája",
    "июня июнь червня czerwca czerwiec června červen júna",
    "июля июль липня lipca lipiec července červenec júla",
    "августа август серпня sierpnia sierpień srpna srpen augusta",
    "сентября сентябрь вересня września wrzesień září septembra",
    "октября октябрь жовтня października październik října říjen októbra",
    "ноября ноябрь листопада listopada listopad listopadu novembra",
    "декабря декабрь грудня grudnia grudzień prosince prosinec decembra",
)
# Indonesian and Malay, Turkish, and Scandinavian month names the lists above lack ("12 Maret 2020",
# "3 Ağustos 2019", "24. desember 2018", "5 augusti 2017")
_OTHER_MONTHS = (
    "ocak",
    "şubat",
    "maret mart",
    "nisan",
    "mayıs",
    "haziran",
    "julai temmuz",
    "agustus ogos ağustos augusti",
    "eylül",
    "ekim",
    "kasım",
    "desember disember aralık",
)
MONTHS.update(
    {
        ascii_fold(w).lower(): n
        for group in (_SLAVIC_MONTHS, _OTHER_MONTHS)
        for n, words in enumerate(group, 1)
        for w in words.split()
    }
)
# The genitives of the Latin-script Slavic months stand lower-case after a day ("12. dubna 2019", "24 kwietnia
# 2012"); capitalised with no day before them the same words are towns and names ("Dubna, 1998", "Augusta, GA")
DAY_BOUND_MONTHS = frozenset(
    ascii_fold(w)
    for w in (
        "ledna února března dubna května června července srpna října listopadu prosince "
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia "
        "januára februára apríla mája júna júla augusta septembra októbra novembra decembra"
    ).split()
)
_DAY_CLOSING = lazy_pattern(r"(?<!\d)\d{1,2}(?:\.|st|nd|rd|th)?\s*$")


def bare_day_bound(word: str, before: str) -> bool:
    """Whether ``word`` is a Slavic month's genitive written capitalised with no day closing ``before`` (the text
    just before it): a town or a name, no month."""
    return word[:1].isupper() and ascii_fold(word).lower() in DAY_BOUND_MONTHS and not _DAY_CLOSING.search(before)


SEASONS: dict[str, int] = {
    "spring": 1,
    "summer": 2,
    "fall": 3,
    "autumn": 3,
    "winter": 4,
    "printemps": 1,
    "ete": 2,
    "automne": 3,
    "hiver": 4,
}
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# an English month written short or whole, as styles print it before a day or a year: "Jan.", "Sept", "March"
ENGLISH_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_YEAR_RE = lazy_pattern(rf"(?<!\d)({YEAR})([a-z])?(?![\d])")
# "n.d.", and the same in French ("s. d.", "sans date"), Italian ("s.d.", "senza data"), Dutch ("z.j.",
# "z.d.", "zonder jaar"), Spanish ("s.f."), German ("o.J."), Scandinavian ("u.å.", uten/utan år; "u.d.", uten/uden
# dato), Indonesian
# and Malay ("t.th.", "t.t.", tanpa tahun), Turkish ("t.y.", tarih yok), Latin's sine anno as South African Harvard
# writes it ("[s.a.]", its closing stop required: "S.A" is a firm's legal form); the slashed "s/f" (sin fecha), "s/d"
# (sem data) and "n/d" as Spanish and Portuguese lists write them
NO_DATE_FORMS = (
    r"n\.\s?d\.?|s\.\s?a\.|s\.\s?f\.?|[sn]/[fd]|o\.\s?[JD]\.?|s\.\s?d\.?|z\.\s?[jd]\.?|u\.\s?[åd]\.?|t\.\s?th\.?|t\.\s?[ty]\.?|"
    r"no date|undated|sans date|senza data|zonder (?:jaar|datum)|tanpa tahun"
)
# APA tells undated works of one author apart with a hyphened letter: "n.d.-a", "s. f.-b", "in press-a"
NO_DATE = lazy_pattern(rf"^(?:{NO_DATE_FORMS})\s*-?([a-z])?$", re.I)
IN_PRESS = lazy_pattern(
    r"^(?:in press|forthcoming|accepted|submitted|under review|in review|in preparation|im druck|sous presse)"
    r"\s*-?([a-z])?$",
    re.I,
)


def years_covered(first: str, last: str) -> bool:
    """Whether ``first-last`` (``1870-1930``, ``1978-79``) reads as the span of years a history covers, not
    as a page range."""
    if not (first.isdigit() and last.isdigit() and len(first) == 4 and len(last) in (2, 4)):
        return False
    end = int(first[:2] + last) if len(last) == 2 else int(last)
    start = int(first)
    # (economic histories span centuries from the Middle Ages, "1270-1870"; no article runs a hundred pages from
    # its thousandth)
    recent = 1500 <= start < end <= 2100 and end - start <= 300
    return recent or start >= 1000 and 100 <= end - start <= 800 and end <= 2100


@dataclass
class DateResult:
    issued: dict[str, Any] | None = None
    status: str | None = None
    year_suffix: str | None = None
    no_date: bool = False


def month_number(word: str) -> int | None:
    return MONTHS.get(ascii_fold(word).lower().rstrip("."))


_MONTH_DAY = lazy_pattern(r"([^\W\d_]+\.?)\s*(\d{1,2})?(?:st|nd|rd|th)?")
# (Spanish and Portuguese join the day and the month with "de": "1 de noviembre")
_DAY_MONTH = lazy_pattern(r"(\d{1,2})(?:st|nd|rd|th)?\.?\s*(?:de\s+)?([^\W\d_]+\.?)")
_RANGE = lazy_pattern(rf"(.+?)\s*(?:/|{DASH_CLASS})\s*(.+)")
_SEASON_WORDS = {k: lazy_pattern(rf"\b{k}\b") for k in SEASONS}
_REPRINT = lazy_pattern(rf"({YEAR})[a-z]?\s*/\s*({YEAR})[a-z]?")
_NO_DATE_WORDS = lazy_pattern(
    r"^(?:n\.\s?d|s\.\s?f|[sn]/[fd]|o\.\s?J|s\.\s?d|z\.\s?[jd])\b\.?|"
    r"^no date|^undated|^sans date|^senza data|^zonder (?:jaar|datum)",
    re.I,
)


def _parts(text: str, year: int) -> list[int] | None:
    """``July 31`` / ``31 July`` / ``July`` -> [year, m, d]; None if not a date."""
    text = text.strip(" ,.")
    if not text:
        return [year]
    m = _MONTH_DAY.fullmatch(text)
    if m and month_number(m.group(1)) and not bare_day_bound(m.group(1), ""):
        mon = month_number(m.group(1))
        assert mon is not None
        return [year, mon] + ([int(m.group(2))] if m.group(2) and 1 <= int(m.group(2)) <= 31 else [])
    m = _DAY_MONTH.fullmatch(text)
    if m and month_number(m.group(2)):
        mon = month_number(m.group(2))
        assert mon is not None
        return [year, mon, int(m.group(1))] if 1 <= int(m.group(1)) <= 31 else [year, mon]
    return None


_YEAR_SPAN = lazy_pattern(rf"({YEAR})([a-z])?\s*(/|{DASH_CLASS})\s*({YEAR})([a-z])?")
_YEAR_FIRST = lazy_pattern(rf"({YEAR})([a-z])?(?:\s*[,.]?\s+(.*))?", re.S)
# the first publication's year in brackets before the edition's: "([1996], 2003)", "([1991] 2002)"
_BRACKETED_FIRST = lazy_pattern(rf"\[({YEAR})\],?\s*({YEAR})([a-z])?")
# (Spanish and Portuguese join the month and the year with "de", "del" or "do": "17 de diciembre del 2020")
_YEAR_LAST = lazy_pattern(rf"(.+?)(?:\s+d[eo]l?)?[,\s]+({YEAR})")


# APA's TV series still running: "(2014–present)", "(2014–)": dated by its first year
_OPEN_SPAN = lazy_pattern(r"((?:1[5-9]|20)\d\d)\s*[-–—]\s*(?:present)?", re.I)


# a page's date given as its last change: "(edited Sep 2020)", "(last updated 2021)"
_CHANGED_LEAD = lazy_pattern(r"^(?:last\s+)?(?:edited|updated|modified|revised)\s+(?=\S)", re.I)


def parse_date(raw: str) -> DateResult | None:
    """Parse the text inside an APA date parenthetical; None when it is not a date."""
    s = _CHANGED_LEAD.sub("", clean_space(raw).strip(" .,"))
    if not s:
        return None
    m = NO_DATE.match(s)
    if m:
        return DateResult(no_date=True, year_suffix=m.group(1))
    m = IN_PRESS.match(s)
    if m:
        status = (s[: m.start(1)] if m.group(1) else s).strip()
        return DateResult(status=status.lower(), year_suffix=m.group(1))
    # "1997/2005" or "1997-1998": a reprint or a span of years
    m = _YEAR_SPAN.fullmatch(s)
    if m:
        y1, y2 = int(m.group(1)), int(m.group(4))
        if m.group(3) == "/":
            return DateResult(issued={"date-parts": [[y2]]}, year_suffix=m.group(5) or m.group(2))
        return DateResult(issued={"date-parts": [[y1], [y2]]}, year_suffix=m.group(5) or m.group(2))
    if (m := _OPEN_SPAN.fullmatch(s)) is not None:
        return DateResult(issued={"date-parts": [[int(m.group(1))]]})
    if s[:1] == "[" and (m := _BRACKETED_FIRST.fullmatch(s)) is not None:
        return DateResult(issued={"date-parts": [[int(m.group(2))]]}, year_suffix=m.group(3))
    m = _YEAR_FIRST.fullmatch(s)
    if not m:
        # "July 31, 2024" / "31 July 2024" (other styles)
        m2 = _YEAR_LAST.fullmatch(s)
        if m2:
            p = _parts(m2.group(1), int(m2.group(2)))
            if p:
                return DateResult(issued={"date-parts": [p]})
        return None
    year = int(m.group(1))
    suffix = m.group(2)
    rest = (m.group(3) or "").strip(" ,.")
    res = DateResult(year_suffix=suffix)
    if not rest:
        res.issued = {"date-parts": [[year]]}
        return res
    season = SEASONS.get(ascii_fold(rest).lower())
    if season:
        res.issued = {"date-parts": [[year]], "season": season}
        return res
    # "July 31-August 2", "July 31-August 2", "September/October", "May 3-5"
    m = _RANGE.fullmatch(rest)
    if m:
        first = _parts(m.group(1), year)
        second_txt = m.group(2)
        if first:
            if _DAY.fullmatch(second_txt) and len(first) == 3:
                second: list[int] | None = [year, first[1], int(second_txt)]
            else:
                second = _parts(second_txt, year)
            if second and second != first:
                if "/" in rest and len(first) == 2:
                    # "September/October": a double issue, dated by its first month
                    res.issued = {"date-parts": [first]}
                else:
                    res.issued = {"date-parts": [first, second]}
                return res
            res.issued = {"date-parts": [first]}
            return res
    p = _parts(rest, year)
    if p:
        res.issued = {"date-parts": [p]}
        return res
    folded_rest = ascii_fold(rest).lower()
    season = next((v for k, v in SEASONS.items() if _SEASON_WORDS[k].search(folded_rest)), None)
    if season:
        res.issued = {"date-parts": [[year]], "season": season}
        return res
    # an unknown qualifier ("2020, Conference edition"): keep the year only
    res.issued = {"date-parts": [[year]]}
    return res


def find_year(s: str) -> int | None:
    m = _YEAR_RE.search(s)
    return int(m.group(1)) if m else None


# ---------------------------------------------------------------- any style

# the words that open a statement of when a work was consulted, in the languages references are written in
# ("Retrieved", "last accessed", biblatex's "visited on", "zuletzt abgerufen am", "Zugriff am", "Aufrufdatum:",
# "consulté le",
# "page consultée le",
# "Consultado el", "Acesso em",
# "Дата обращения:", "dostęp", "cit.", "Geraadpleegd op", "Hentet", "Diakses pada", "Erişim tarihi")
ACCESS_LEAD = (
    r"(?:last\s+)?(?:retrieved|accessed|viewed|consulted|downloaded|visited)|last\s+access(?![a-z])|"
    r"(?:zuletzt\s+)?(?:abgerufen|aufgerufen|zugegriffen)(?:\s+am)?|zugriff(?:\s+am)?|a(?:uf|b)rufdatum|(?:page\s+)?consult[ée]e?(?:\s+le)?|"
    r"(?:recuperado|consultado|accedido)(?:\s+el)?|aces(?:so|sado)\s+em|retirado|geraadpleegd(?:\s+op)?|"
    r"дата\s+обращения|дата\s+звернення|dostęp|cit(?:ováno)?|"
    r"consultat[oa](?:\s+il)?|ultim[oa]\s+(?:accesso|consultazione)(?:\s+il)?|bezocht(?:\s+op)?|"
    # Scandinavian "Hentet", "Hämtad", Norwegian "Åpnet" and "Tilgått", Danish "Tilgået" and "Lokaliseret d.",
    # Swedish "Åtkomst", Indonesian and Malay "Diakses pada", "Diunduh",
    # "Dicapai", Turkish "Erişim tarihi" (and "Erişim adresi", which names where, not when) and "Geliş tarihi"
    # (Wikipedia's Turkish citation templates), Finnish "Luettu", "Viitattu", "Katsottu" (watched) and "Haettu"
    r"hentet|h[äa]mtad|h[äa]mtat|åpnet|tilg[åa]e?t|åtkomst|lokaliseret(?:\s+d\.)?|diakses(?:\s+(?:pada|tanggal))?|diunduh(?:\s+(?:pada|tanggal))?|diambil|dicapai|"
    r"eri[şs]im(?:\s+(?:tarihi|adresi))?|geli[şs]\s+tarihi|luettu|viitattu|katsottu|haettu"
)
# Japanese access notes: "アクセス日: 2025 年 1 月 4 日", "閲覧日:", SIST 02's bracketed "(参照2022-06-30)" (apart from
# ACCESS_LEAD, whose words every pattern built on it closes on a letter of)
CJK_ACCESS_LEAD = r"アクセス日|閲覧日|参照日?"
_ACCESS_WORDS = lazy_pattern(
    rf"\b(?:{ACCESS_LEAD}|cited|accessibility\s+verified)\b\s*(?:on|:|at|el|le|em)?\s*",
    re.I,
)
_ISO = lazy_pattern(rf"(?<!\d)({YEAR})-(\d{{1,2}})(?:-(\d{{1,2}}))?(?!\d)")
# (Danish access notes join the year with a dash: "6/4-2022")
_NUMERIC_DMY = lazy_pattern(rf"(?<!\d)(\d{{1,2}})[./](\d{{1,2}})(?:[./]|(?<=\d/\d|/\d\d)-)({YEAR})(?!\d)")
# day, month and year as numbers a space apart, as a German word processor's IEEE list prints them: "25 10 2023"
_SPACED_DMY = lazy_pattern(rf"(?<![\d.,/])(\d{{1,2}}) (\d{{1,2}}) ({YEAR})(?![\d.,/])")
# the year first with full stops, as some access notes write it: "[Accessed 2025.05.08]"
_DOTTED_YMD = lazy_pattern(rf"(?<![\d.])({YEAR})\.(\d{{1,2}})\.(\d{{1,2}})(?![\d.]|\.\d)")
# a date in the CJK characters for year, month and day, spaced or not: "2025 年 1 月 4 日", "2019年3月"
CJK_DATE = r"(?:1[5-9]\d\d|20\d\d)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
_CJK_YMD = lazy_pattern(rf"({YEAR})\s*年\s*(\d{{1,2}})\s*月(?:\s*(\d{{1,2}})\s*日)?")
# the US slash date with a two-digit year, as access notes print it: "[accessed 8/23/16]"
# (the Finnish and German dotted form too: "[viitattu 13.7.24]")
_NUMERIC_SHORT_YEAR = lazy_pattern(r"(?<!\d)(\d{1,2})([/.])(\d{1,2})\2(\d\d)(?![\d/]|\.\d)")
_MONTH_WORD = lazy_pattern(r"[^\W\d_]+\.?")
_DAY = lazy_pattern(r"(?<![\d])(\d{1,2})(?:st|nd|rd|th)?(?![\d])")


@dataclass
class DateSpan:
    """What a labelled date span states: the work's date, or when it was consulted."""

    issued: dict[str, Any] | None = None
    accessed: dict[str, Any] | None = None
    status: str | None = None
    year_suffix: str | None = None
    no_date: bool = False
    # the month and day before an access note, the year given apart: ASA's "May 3. Retrieved June 2, 2012"
    month_day: list[int] | None = None


def loose_date(s: str) -> dict[str, Any] | None:
    """The first year in ``s`` with the month and day written near it, any order."""
    if "年" in s and (c := _CJK_YMD.search(s)) and 1 <= int(c.group(2)) <= 12:
        cjk = [int(c.group(1)), int(c.group(2))]
        if c.group(3) and 1 <= int(c.group(3)) <= 31:
            cjk.append(int(c.group(3)))
        return {"date-parts": [cjk]}
    m = _ISO.search(s) or _DOTTED_YMD.search(s)
    if m and 1 <= int(m.group(2)) <= 12:
        parts = [int(m.group(1)), int(m.group(2))]
        if m.group(3) and 1 <= int(m.group(3)) <= 31:
            parts.append(int(m.group(3)))
        return {"date-parts": [parts]}
    m = _NUMERIC_DMY.search(s) or _SPACED_DMY.search(s)
    if m and int(m.group(2)) <= 12 and int(m.group(1)) <= 31:
        # 03.03.2020 / 3/3/2020: European day-month-year unless the first number is a month only
        return {"date-parts": [[int(m.group(3)), int(m.group(2)), int(m.group(1))]]}
    if m and int(m.group(1)) <= 12 and int(m.group(2)) <= 31:
        # 8/24/2016: a second number past 12 is the day of a US month/day/year
        return {"date-parts": [[int(m.group(3)), int(m.group(1)), int(m.group(2))]]}
    y = _YEAR_RE.search(s)
    if not y:
        return None
    year = int(y.group(1))
    folded = ascii_fold(s).lower()
    month = None
    mpos = -1
    for w in _MONTH_WORD.finditer(folded):
        word = w.group(0).rstrip(".")
        mo = MONTHS.get(word)
        if mo and not (word == "may" and w.start() > y.start() + 8) and not (
            len(folded) == len(s) and bare_day_bound(s[w.start() : w.end()], s[: w.start()])
        ):
            month, mpos = mo, w.start()
            break
    if month is None:
        season = next((v for k, v in SEASONS.items() if _SEASON_WORDS[k].search(folded)), None)
        if season:
            return {"date-parts": [[year]], "season": season}
        return {"date-parts": [[year]]}
    rest = _YEAR_RE.sub(" ", s)
    day = None
    for d in _DAY.finditer(rest):
        # the day stands next to the month name
        if abs(d.start() - mpos) <= 12 and 1 <= int(d.group(1)) <= 31:
            day = int(d.group(1))
            break
    return {"date-parts": [[year, month] + ([day] if day else [])]}


def _short_year_date(s: str) -> dict[str, Any] | None:
    """``8/23/16`` (or ``13.7.24``) after an access word: month/day/year when the day shows it, else
    day/month/year; the century the web's (a page is read after 1990)."""
    m = _NUMERIC_SHORT_YEAR.search(s)
    if not m:
        return None
    a, b, yy = int(m.group(1)), int(m.group(3)), int(m.group(4))
    year = 1900 + yy if yy >= 90 else 2000 + yy
    if 1 <= a <= 12 and 12 < b <= 31:
        return {"date-parts": [[year, a, b]]}
    if 1 <= b <= 12 and 1 <= a <= 31:
        return {"date-parts": [[year, b, a]]}
    return None


# Chicago's reprint: the original's year in brackets before the year of the edition cited, "(1900) 2006"
_ORIGINAL_FIRST = lazy_pattern(rf"^\(\s*{YEAR}(?:\s*[-\u2013/]\s*{YEAR})?\s*\)\s*({YEAR})([a-z])?$")
# the same in square brackets inside a note's imprint, "(New York: Penguin Books, [1901] 1986)": the span
# may have lost its opening bracket to the publisher's and holds the imprint's closing one
_ORIGINAL_BRACKETED = lazy_pattern(rf"^\[?\s*{YEAR}\s*\]\s*({YEAR})([a-z])?\)?$")


# ACM's date from a numeric BibTeX month: "(4 2013)", "(1 2018)", plainnat's "01 2018": the month's number, then
# the year
_NUMBER_MONTH_YEAR = lazy_pattern(rf"(\d{{1,2}})\s+({YEAR})")


_OUTER_BRACKETS = lazy_pattern(r"^[(\[]\s*|\s*[)\]]$")


def read_date(raw: str) -> DateSpan:
    """A labelled date span in any style: ``1991``, ``(1991a)``, ``March 3, 2020``,
    ``3 March 2020``, ``2020, March 3``, ``Spring 2019``, ``n.d.``, ``in press``,
    ``Retrieved March 3, 2020``, ``[accessed 2020-03-03]``, ``(1900) 2006``, ``[1900] 2006``."""
    s = clean_space(raw).strip(" .,;:")
    if s.startswith("(") and (m := _ORIGINAL_FIRST.match(s)):
        return DateSpan(issued={"date-parts": [[int(m.group(1))]]}, year_suffix=m.group(2))
    if "]" in s and (m := _ORIGINAL_BRACKETED.match(s)):
        return DateSpan(issued={"date-parts": [[int(m.group(1))]]}, year_suffix=m.group(2))
    if s.startswith(("(", "[")) or s.endswith((")", "]", ")\n", "]\n")):
        s = _OUTER_BRACKETS.sub("", s)
    s = s.strip(" .,;:")
    out = DateSpan()
    acc = _ACCESS_WORDS.search(s)
    if acc:
        before, after = s[: acc.start()].strip(" ,;.([]"), s[acc.end() :]
        out.accessed = loose_date(after) or _short_year_date(after)
        if not before:
            return out
        if out.accessed and (md := month_day(_CHANGED_LEAD.sub("", before))) and md[0] > 0:
            out.month_day = md
            return out
        s = before
    if (
        s[:1].isdigit()
        and (nm := _NUMBER_MONTH_YEAR.fullmatch(s))
        # in brackets, or as plainnat writes it unbracketed with two digits ("…, 4:109–128, 01 2018."): "Anales 1
        # 1984 33-44" is a volume and its year
        and (raw.lstrip()[:1] == "(" or len(nm.group(1)) == 2)
        and 1 <= int(nm.group(1)) <= 12
    ):
        out.issued = {"date-parts": [[int(nm.group(2)), int(nm.group(1))]]}
        return out
    d = parse_date(s)
    if d is not None:
        out.issued, out.status, out.year_suffix, out.no_date = d.issued, d.status, d.year_suffix, d.no_date
        if out.issued or out.status or out.no_date:
            # "1997/2005": APA's original/reprint; the first year is the one written first
            m = _REPRINT.fullmatch(s)
            if m:
                out.issued = {"date-parts": [[int(m.group(1))]]}
            return out
    if _NO_DATE_WORDS.match(s):
        out.no_date = True
        return out
    out.issued = loose_date(s)
    ym = _YEAR_RE.search(s)
    if ym and ym.group(2) and out.issued:
        out.year_suffix = ym.group(2)
    return out


def month_day(raw: str) -> list[int] | None:
    """``[month]`` or ``[month, day]`` of a date span without a year (``4 October``, ``Oct. 4``);
    a season (``Spring``) is ``[-season]``."""
    s = clean_space(raw).strip(" .,;:()[]")
    if _YEAR_RE.search(s):
        return None
    p = _parts(s, 0)
    if p and len(p) > 1:
        return p[1:]
    season = SEASONS.get(ascii_fold(s).lower())
    return [-season] if season else None


# words a date span may hold beside its date: a status, a reprint's or an update's word, an unknown date
_DATE_WORDS = frozenset(
    "forthcoming press preparation prep review published accepted submitted revised updated update modified last "
    "original work publication first date released undated sans senza sin fecha sem data circa ca reprint "
    "reprinted rpt "
    # the dates of a patent (CMOS 14.157: "filed September 2, 2016, and issued September 22, 2016")
    "filed issued granted".split()
)
_WORD_RUN = lazy_pattern(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_ACCESS_IN = lazy_pattern(rf"\b(?:{ACCESS_LEAD})\b", re.I)


def words_beside_date(text: str) -> str:
    """The words of a date span that no date reading uses (``(2018): *lobid-organisations* [Software].
    Zugriff am 2018-09-21`` -> ``lobid-organisations Software``), so that none is lost with the span."""
    if not any(c.isalpha() for c in text):
        return ""  # most date spans: "(2019).", "2020, 12-14"
    bare = _ACCESS_IN.sub(" ", text)
    left = [
        w.group(0)
        for w in _WORD_RUN.finditer(bare)
        if len(w.group(0)) > 2
        and w.group(0).lower() not in CONNECTORS
        and w.group(0).lower() not in _DATE_WORDS
        and (
            month_number(w.group(0)) is None
            or bare_day_bound(w.group(0), bare[: w.start()])
        )
        and w.group(0).lower() not in SEASONS
    ]
    return " ".join(left)


# a full date as one piece of a note or an imprint: "17 Jun 2019", "June 11, 2018", "4 July 2018"
_DATE_PIECE = lazy_pattern(
    rf"(?:^|(?<=[,;]) )(?P<date>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+[^\W\d_]{{3,}}\.?|[^\W\d_]{{3,}}\.?\s+\d{{1,2}},?)"
    rf"\s+{YEAR})(?=[,;]\s|\.?$)"
)


def day_of_year_apart(item: dict[str, Any]) -> None:
    """(In place.) Harvard's ``(2019) “Title”, 17 Jun 2019, GitHub repository``: a record dated by the year alone
    whose note or publisher holds, as a piece of its own, a full date of that year is dated by that day, and the
    piece leaves the value."""
    issued = item.get("issued")
    if not isinstance(issued, dict) or "season" in issued:
        return
    parts = issued.get("date-parts")
    if not parts or len(parts) != 1 or len(parts[0]) != 1:
        return
    for var in ("note", "publisher"):
        value = item.get(var)
        if not isinstance(value, str) or not any(c.isdigit() for c in value):
            continue
        for m in _DATE_PIECE.finditer(value):
            day = parse_date(m.group("date"))
            if day is None or not day.issued or len(day.issued["date-parts"]) != 1:
                continue
            found = day.issued["date-parts"][0]
            if len(found) != 3 or found[0] != parts[0][0]:
                continue
            item["issued"] = {"date-parts": [found]}
            rest = (value[: m.start()].rstrip(" ,;") + value[m.end() :].rstrip(".")).strip(" ,;")
            if rest.startswith((", ", "; ")):
                rest = rest[2:]
            if rest:
                item[var] = rest
            else:
                del item[var]
            return


# Harvard's "no date" closing a title that opens the reference, the link's words after it (``Post-hoc (no date)
# Available at: …``)
_NO_DATE_CLOSING = lazy_pattern(rf"\s+\((?:{NO_DATE_FORMS})\)(?:\s+Available\s+(?:at|from))?$", re.I)
# Cite Them Right's undated page opening on the mark in italics (``*(No date)* Title - Site. Available at: …``)
_NO_DATE_OPENING = lazy_pattern(rf"^\*?\((?:{NO_DATE_FORMS})\)\*?\s+(?=\S)", re.I)


def no_date_closing_title(item: dict[str, Any]) -> None:
    """(In place.) A title closing on ``(no date)`` or ``(n.d.)`` (the link's ``Available at`` after it), or opening
    on it (``*(No date)* Title``): the mark of no date, no part of the title."""
    title = item.get("title")
    if not isinstance(title, str) or "(" not in title or "issued" in item:
        return
    if " (" in title and (m := _NO_DATE_CLOSING.search(title)):
        item["title"] = title = title[: m.start()]
    if title[0] in "*(" and (m := _NO_DATE_OPENING.match(title)):
        item["title"] = title[m.end():]
