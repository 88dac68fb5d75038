"""DOI, URL and "Retrieved ... from" -> ``DOI``, ``URL``, ``accessed``.

Fields touched: ``DOI`` (bare, ``10.x/y``), ``URL`` (no angle brackets), ``accessed``.

Runs first: identifiers contain periods, slashes and underscores that would
confuse sentence splitting and italics detection, so they are cut out of the
text before anything else looks at it.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import ACCESS_LEAD, CJK_ACCESS_LEAD, CJK_DATE, loose_date, parse_date
from biblio.parse.normalisers.identifiers import DOI_PROXY_HOST, GLUED_ACCESS
from biblio.parse.readers.apa.title import PLATFORM
from biblio.parse.text import clean_space

_COMMA_STOP = lazy_pattern(r",\.(?=\s)")
_NEXT_SENTENCE = lazy_pattern(r"\s+[A-Z]")
_TRAIL = ".,;:>"
_ANGLE_URL = lazy_pattern(r"<\s*((?:https?|ftp)://[^\s>]+|www\.[^\s>]+|doi:[^\s>]+)\s*>", re.I)
_MD_LINK = lazy_pattern(r"\[([^\]]*)\]\(((?:https?|ftp)://[^)\s]+)\)")
# (a guide's slip repeats the scheme's "://" after the host: "https://doi.org://10.…")
# (or a library's proxy of the resolver: "https://doi-org.proxy.library.carleton.ca/10.…")
_DOI_URL = lazy_pattern(rf"(?:https?://)?(?:(?:dx\.|www\.)?doi\.org|{DOI_PROXY_HOST})(?::/)?/(10\.\d{{3,9}}/\S+)", re.I)
# a DOI pasted after the scheme with no resolver's host: "https://10.1126/science.366.6464.408"
_DOI_AS_HOST = lazy_pattern(r"https?://(10\.\d{4,9}/\S+)", re.I)
# (a list typed by hand capitalises the label at a sentence's start: "Doi: 10.1080/…")
_DOI_LABEL = lazy_pattern(r"\b(?:doi|DOI|Doi)\s*[:=]?\s*(10\.\d{3,9}/\S+)")
_LABEL_BEFORE = lazy_pattern(r"(?:\b(?:doi|DOI|Doi)\s*[:=]?|[\[(<])\s*$")
_DOI_BARE = lazy_pattern(r"(?<![\w/])(10\.\d{4,9}/[^\s\"<>]+)")
_URL = lazy_pattern(rf"(?:(?:https?|ftp)://|www\.)(?:(?!{GLUED_ACCESS})[^\s<>\"])+", re.I)
# (a Japanese note puts a colon after its word and closes the date on its day: "アクセス日: 2025 年 1 月 4 日.")
_RETRIEVED = lazy_pattern(
    rf"\b(?:{ACCESS_LEAD}|{CJK_ACCESS_LEAD})(?:\s+(?:on\s+)?(?P<date>[^()]*?\d{{4}}(?:-\d\d?){{0,2}})|:\s*(?P<cjk>{CJK_DATE}))?"
    r"\s*[.,]?\s*"
    # "from" in the languages of ACCESS_LEAD: Dutch "van", Scandinavian "fra"/"från", Indonesian and Malay
    # "dari"/"daripada" and "melalui" (through)
    r"(?:(?:from|at|de|von|on|sur|em|unter|van|fra|fr[åa]n|dari|daripada|melalui)\b|(?:verfügbar|abrufbar|online)\s+unter)?"
    r"\s*:?\s*$",
    re.I,
)
# APA 6's "Retrieved from Nasdaq website:" (or "Retrieved May 2, 2019, from the CDC website:"): the site is named
# before the address, and it stays in the text as a sentence of its own, where APA 7 writes it ("Title. Nasdaq.")
_FROM_SITE = lazy_pattern(
    r"\bRetrieved(?:\s+(?:on\s+)?(?P<date>[^().:]*?\d{4}))?\s*,?\s+from\s+(?:the\s+)?"
    r"(?P<site>[A-Z][^.:;]*?)(?:\s+(?:website|web\s+site)\s*:?|\s*:)\s*$"
)
# the words announcing the address ("Available at:", Frontiers' "Available online at:", WHO's "Access at :", the
# Swedish, Norwegian and Danish "Tillgänglig:", "Tilgjengelig:", "Tilgængelig:", the Finnish "Saatavissa:",
# "Saatavilla:" and "Luettavissa:")
_AVAILABLE = lazy_pattern(
    r"\b(?:Available\s+(?:online\s+(?:at|from)|at|from|online)|Access(?:ible)?\s+at|Online|UR[LI]|Link|Web|Dispon[íi]vel\s+(?:gratuitamente\s+)?em|Disponible\s+(?:gratuitamente\s+)?(?:en|sur)|Dispon[íi]vel\s+gratuitamente|"
    r"(?:Verfügbar|Abrufbar|Online)\s+unter|En\s+ligne|Tillg[äa]nglig|Tilgjengelig|Tilg[æa]ngelig|Saatavi(?:ssa|lla)|Luettavissa)\s*:?\s*$",
    re.I,
)
# (a reference list's key number may stand between them, as a report's margin key does: "URL [2] (accessed on …)";
# the date alone bracketed after the word: "URL Accessed [2025-11-12]")
_ACCESSED_AFTER = lazy_pattern(
    rf"^\s*(?:\[\d{{1,3}}\]\s*)?,?\s*[\[(]?\s*(?:{ACCESS_LEAD}|{CJK_ACCESS_LEAD})\s*(?:on\s+)?:?\s*\[?"
    r"(?P<date>[^\])]*?\d{4}(?:[-.]\d\d?){0,2}|\d\d?([. /])\d\d?\2\d\d(?!\d))\s*[\])]?\s*\.?",
    re.I,
)


# where the text was cut around an identifier, and the gap such a cut leaves before a mark
_SEAM = "\x00"
_SEAM_GAP = lazy_pattern(r"(?:\s*\x00)+\s*(?=[.,;:])")


def _clean_tail(v: str) -> str:
    # (an address set inside a title's italics ends before the mark closing them: "*Title. https://…/page*.")
    v = v.rstrip(_TRAIL + "*")
    # an unbalanced closing bracket belongs to the sentence, not the URL
    while v.endswith(")") and v.count("(") < v.count(")"):
        v = v[:-1].rstrip(_TRAIL)
    while v.endswith("]") and v.count("[") < v.count("]"):
        v = v[:-1].rstrip(_TRAIL)
    return v


# Spanish and Portuguese: "Recuperado el 5 de marzo de 2022", "Acesso em 3 de maio de 2020"
_DE_DATE = lazy_pattern(r"^(?:el|em)\s+(?=\d)|\s+de(?=\s)", re.I)


# a date in numbers with a two-digit year, as a reference manager's numeric style prints an access date: SAGE
# Harvard's "(accessed 11.20.24)", "(accessed 8 26 14)"
_SHORT_NUMERIC = lazy_pattern(r"(\d\d?)([. /])(\d\d?)\2(\d\d)")


_WORDS_THEN_YEAR = lazy_pattern(r"(.+?),?\s+(\d{4})")


def _accessed(date_text: str) -> dict[str, Any] | None:
    text = _DE_DATE.sub("", clean_space(date_text).strip(" ,."))
    if "年" in text:  # Japanese "2025 年 1 月 4 日": the year first, its month and day after their characters
        return loose_date(text)
    if (short := _SHORT_NUMERIC.fullmatch(text)) is not None:
        # (an access date is of the web's years: "14" is 2014)
        return loose_date(f"{short[1]}.{short[3]}.20{short[4]}")
    m = _WORDS_THEN_YEAR.fullmatch(text)
    if m:
        # "July 31, 2024" -> parse as "2024, July 31"
        d = parse_date(f"{m.group(2)}, {m.group(1)}")
        if d and d.issued:
            return d.issued
    d = parse_date(text)
    if d and d.issued:
        return d.issued
    # written in numbers: "2018-09-12", "12.03.2020"
    return loose_date(text) if any(c in text for c in "-./") else None


# a book's or a serial's number closing the reference after the imprint, as Wikipedia's hand-written lists and
# Harvard lists add it: "Scribner. ISBN 978-0-7432-9695-3", "John Wiley & Sons ISBN 0-471-11315-8 .",
# "(ISBN 978-0821805312)", "ISSN: 1350-7265" (one inside, before an identifier, is left to the reading; one inside
# an address is the address's: "https://urn.fi/URN:ISBN:9789526216751")
_BOOK_NUMBER = lazy_pattern(
    r"[,;]?\s*\(?(?<![:/=])\b(?P<kind>ISBN|ISSN)(?:-1[03])?\s*:?\s*(?P<n>[\dXx](?:[\d\-\u2010\u2013 ]*[\dXx])?)\)?"
    r"\s*(?=[.,;]?\s*$)"
)
# an access date closing the reference with no address after it: Wikipedia's "… Joel on Software. Retrieved
# October 15, 2021."
_ACCESS_CLOSES = lazy_pattern(
    rf"(?:^|(?<=[.,;]))\s*\b(?:{ACCESS_LEAD})\s+(?:on\s+)?(?P<date>[^():/]{{0,25}}?\d{{4}}(?:-\d\d?){{0,2}})\s*\.?\s*$",
    re.I,
)


def _closes_on_digit(text: str) -> bool:
    """Whether ``text`` closes on a digit, a full stop and spaces apart, as every match of ``_ACCESS_CLOSES`` does (a
    cheap test before its search, which tries the note's many words at every character)."""
    end = text.rstrip()
    return (end[:-1].rstrip() if end.endswith(".") else end)[-1:].isdigit()


def _numbers_and_access_apart(text: str, fields: dict[str, Any]) -> str:
    """``text`` without an ISBN or ISSN statement and a closing access note, kept in ``fields``."""
    if "IS" in text:
        for m in reversed(list(_BOOK_NUMBER.finditer(text))):
            fields.setdefault(m["kind"], m["n"].strip())
            text = text[: m.start()] + text[m.end() :]
    closing = _ACCESS_CLOSES.search(text) if _closes_on_digit(text) else None
    if closing and (acc := _accessed(closing["date"])):
        fields.setdefault("accessed", acc)
        text = text[: closing.start()].rstrip()
    return text


def _italic_host(text: str, start: int, value: str) -> bool:
    """Wikipedia's ``"Title". *www.eetimes.com*.``: a host name with no path set in italics between its marks is
    the site's name (the citation's ``website=``), no address of the work."""
    mark = text[start - 1 : start]
    return mark in ("*", "_") and "/" not in value and value.rstrip(_TRAIL).endswith(mark)


def _named_host(text: str, end: int, value: str) -> bool:
    """Harvard's ``[online] www.itu.int. Available at: https://www.itu.int/rec/…``: a bare host name (no scheme,
    no path) that the address after it holds names the site, no address of the work."""
    host = value.rstrip(_TRAIL)
    return "/" not in host and "://" not in host and f"//{host}" in text[end:]


# a link among a post's words (APA 10.15 counts it as one of them): the bracketed kind, the platform and the
# post's own address follow it ("… disabilities: https://b-gat.es/2l3xYV9 [Tweet]. Twitter. https://twitter.com/…")
_LINK_IN_POST = lazy_pattern(
    rf"[^\[\]]{{0,200}}?(?:\s*\[[^\[\]]{{2,60}}\])+\.\s+(?:{PLATFORM})\.\s+(?:https?://|www\.)"
)


def _scheme_before(s: str, at: int) -> int:
    """The length of the ``https://`` or ``http://`` right before ``at`` (0 when none)."""
    for scheme in ("https://", "http://"):
        if s[max(0, at - len(scheme)) : at].lower() == scheme:
            return len(scheme)
    return 0


_DOI_PREFIXED = lazy_pattern(r"doi:\s*(10\.\S+)", re.I)
_CLOSING_BRACKET = lazy_pattern(r"\s*[)\]>]")
_TRAILING_MARKS = lazy_pattern(r"([.,;:])(?:\s*[.,;:])+\s*$")


_OPENING_BRACKET_END = lazy_pattern(r"[(\[<]\s*$")


def extract_identifiers(text: str) -> tuple[str, dict[str, Any]]:
    """Cut DOI/URL/retrieval statements out of ``text``; return (rest, fields)."""
    fields: dict[str, Any] = {}
    text = _numbers_and_access_apart(text, fields)
    s = _MD_LINK.sub(lambda m: m.group(2) if m.group(1).strip() in ("", m.group(2)) else m.group(0), text)
    # Work on a list of (start, end, kind, value) spans found left to right.
    spans: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def add(a: int, b: int, kind: str, value: str) -> None:
        spans.append((a, b, kind, value))
        taken.append((a, b))

    for m in _ANGLE_URL.finditer(s):
        add(m.start(), m.end(), "url", m.group(1))
    # A regex is run only where the text holds what it needs (speed: most references have no
    # identifier): every DOI pattern needs "10.", a URL "://" or "www." (of any case).
    doi = "10." in s
    low = s.lower()
    if doi:
        # "doi.org/" of any case; U+0130 and U+0131 also match "i" under re.I
        by_link = "doi.org/" in low or "doi-org." in low or "\u0130" in s or "\u0131" in s
        for rx in (_DOI_URL, _DOI_LABEL) if by_link else (_DOI_LABEL,):
            for m in rx.finditer(s):
                # a guide's slip keeps the old label in the resolver's place: "https://doi:10.1037/…"
                a = m.start() - _scheme_before(s, m.start())
                if free(a, m.end()):
                    add(a, m.end(), "doi", m.group(1))
    if "://" in s or "www." in low:
        for m in _URL.finditer(s):
            if _LINK_IN_POST.match(s, m.end()):
                continue  # the post's words hold it
            if (
                free(m.start(), m.end())
                and not _italic_host(s, m.start(), m.group(0))
                and not _named_host(s, m.end(), m.group(0))
            ):
                add(m.start(), m.end(), "url", m.group(0))
    if doi:
        for m in _DOI_BARE.finditer(s):
            if free(m.start(), m.end()):
                add(m.start(), m.end(), "doi", m.group(1))
    if not spans:
        return text, fields
    spans.sort()
    out: list[str] = []
    pos = 0
    extra_urls: list[str] = []
    for a, b, kind, value in spans:
        before = s[pos:a]
        value = raw = value.strip()
        dm = _DOI_URL.fullmatch(value) or _DOI_PREFIXED.fullmatch(value)
        if dm is None and kind == "url" and "://10." in value:
            dm = _DOI_AS_HOST.fullmatch(value)
        if kind == "url" and dm:
            kind, value = "doi", dm.group(1)
        value = _clean_tail(value)
        # the lead-in phrase belongs to the identifier
        rm = _RETRIEVED.search(before)
        # (the site may be named without the word: "Retrieved from United States Census Bureau: URL")
        if rm is None and ("website" in before or "Retrieved" in before) and (sm := _FROM_SITE.search(before)):
            if sm.group("date") and (acc := _accessed(sm.group("date"))):
                fields.setdefault("accessed", acc)
            before = f"{before[: sm.start()]}{sm.group('site')}. "
        elif rm:
            if rm.group("date") or rm.group("cjk"):
                acc = _accessed(rm.group("date") or rm.group("cjk"))
                if acc:
                    fields.setdefault("accessed", acc)
            before = before[: rm.start()]
        else:
            am = _AVAILABLE.search(before)
            if am:
                before = before[: am.start()]
        before = _LABEL_BEFORE.sub("", before)
        out.append(before)
        if kind == "doi":
            if "DOI" not in fields:
                fields["DOI"] = value
        elif "URL" not in fields:
            fields["URL"] = value
        else:
            extra_urls.append(value)
        pos = b
        # "(accessed 3 May 2020)" after the URL
        am2 = _ACCESSED_AFTER.match(s[pos:])
        if am2:
            acc = _accessed(am2.group("date"))
            if acc:
                fields.setdefault("accessed", acc)
                pos += am2.end()
        # a closing bracket of "(doi:...)" / "[URL]"
        cm = _CLOSING_BRACKET.match(s[pos:])
        if cm and _OPENING_BRACKET_END.search(s[:a]):
            pos += cm.end()
        elif kind == "url" and raw[-1:] == "." and before.rstrip()[-1:] == "," and _NEXT_SENTENCE.match(s, pos):
            out.append(".")  # the link's stop closed the part: "*Radar*, http://…. O'Reilly, 2006."
    out.append(s[pos:])
    # a cut identifier leaves a gap before the mark that follows it ("*Title* https://… . 2006"), closed
    # here; a space the text itself sets before a mark stays (French "*Titre : sous-titre*")
    rest = clean_space(_SEAM.join(out))
    rest = clean_space(_SEAM_GAP.sub("", rest).replace(_SEAM, " "))
    rest = _TRAILING_MARKS.sub(r"\1", rest).strip()
    if ",." in rest:
        # the link cut from between a comma and a stop ("*Radar*, http://…. O'Reilly, 2006."): the stop ends the part
        rest = _COMMA_STOP.sub(".", rest)
    if extra_urls:
        rest = (rest + " " + " ".join(extra_urls)).strip()
    return rest, fields
