"""Acts of the European Union cited by their Official Journal reference, as the Journal's own footnotes,
EUR-Lex's "cite as" line and OSCOLA print them:

- ``Regulation (EC) No 765/2008 of the European Parliament and of the Council of 9 July 2008 setting out … (OJ L 218,
  13.8.2008, p. 30).`` and, since the Journal's 2023 form, ``(OJ L, 2023/2854, 22.12.2023, ELI: http://data.europa.eu/…)``;
- ``Council Directive 85/374/EEC of 25 July 1985 on …, OJ L 210, 7.8.1985, p. 29–33``;
- OSCOLA's ``Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on … [2016] OJ
  L119/1``;
- a Commission document by its number, with no Journal: ``Commission Decision of 24.1.2024 establishing the
  European Artificial Intelligence Office C(2024) 390.``, ``European Commission, Proposal for a Regulation …
  COM(2021) 206 final``.

``read(text)`` is the structured-reader interface (readers/base.py). The act's kind opens the reference and its
full title runs to the Journal's reference; the sequence model, trained on other styles, reads the kind as an author
and the act's numbers as volumes and issues, so the reader is taken before it (``EXCLUSIVE`` in
``biblio.parse.readers``).

Fields touched: ``type`` (``legislation``), ``title`` (the act's title, its short name in brackets included),
``container-title`` (the Journal's series, ``OJ L``), ``volume`` (the Journal's issue), ``page`` (as written),
``number`` (the act's number), ``issued`` (the act's date, else the Journal's), ``URL`` (the ELI link).
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH
from biblio.parse.normalisers.dates import month_number
from biblio.parse.readers.base import Reading, marked_reading
from biblio.parse.text import mark_italics, unmark
from biblio.records.model import Item

__all__ = ["NAME", "eu_act_shaped", "read"]

NAME = "eu_legislation"
BASE_CONFIDENCE = 0.95

# "Regulation (EU) 2016/679", "Council Directive 85/374/EEC", "Commission Implementing Decision (EU) 2022/2191",
# "Decision No 768/2008/EC", "Council Framework Decision 2002/584/JHA", "Commission Recommendation of 6 May 2003"
_KIND = (
    r"(?:(?:Council|Commission|European\s+Parliament)\s+)?(?:(?:Implementing|Delegated)\s+)?"
    r"(?:Regulation|Directive|Decision|Framework\s+Decision|Recommendation)"
)
_KIND_WORDS = lazy_pattern(_KIND)
_KINDS = ("Regulation", "Directive", "Decision", "Recommendation", "Proposal", "Communication", "Paper")
_NUMBER = lazy_pattern(r"\s(?:\((?:EU|EC|EEC|Euratom)\)\s)?(?:No\.?\s)?(?P<number>\d{1,4}/\d{1,4}(?:/[A-Z]{2,6})?)\b")
# the act's own date in its title: "of 27 April 2016", "of 24.1.2024"
_ACT_DATE = lazy_pattern(
    rf"\bof\s+(?:(?P<day>\d{{1,2}})\s+(?P<month>{ENGLISH_MONTH})\s+(?P<year>1[89]\d\d|20\d\d)"
    r"|(?P<nday>\d{1,2})\.(?P<nmonth>\d{1,2})\.(?P<nyear>1[89]\d\d|20\d\d))\b"
)
# "(OJ L 218, 13.8.2008, p. 30)", "OJ L 119, 4.5.2016, p. 1–88", "(OJ L, 2023/2854, 22.12.2023, ELI: http://…)"
_OFFICIAL = lazy_pattern(
    rf"(?P<title>{_KIND}\b.*?)(?:\s*\(|,\s+|\.\s+)OJ\s(?P<series>[LC])(?:\s(?P<issue>\d{{1,4}})|,\s\d{{4}}/\d{{1,5}}),\s*"
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?:,\s*p\.\s*(?P<page>\d+(?:\s?[-–]\s?\d+)?))?"
    r"(?:,\s*ELI:\s*(?P<url>https?://\S+?))?\)?[.\s]*"
)
# OSCOLA: "… [2016] OJ L119/1", with a pinpoint article after it ("…, art 5"); the year left out: "… OJ L 119/1."
_OSCOLA = lazy_pattern(
    rf"(?P<title>{_KIND}\b.*?)[.,]?\s+(?:\[(?P<year>\d{{4}})\]\s+)?OJ\s?(?P<series>[LC])\s?(?P<issue>\d{{1,4}})/(?P<page>\d+)"
    r"(?:,\s*(?:art|arts|Art|para|recital)\.?\s+\S+(?:\s*[-–]\s*\S+)?)?[.\s]*"
)

# APA 7's form, the bodies first and the Journal as a periodical with the series in its volume: "European Parliament
# & Council of the European Union. (2016). *Regulation (EU) 2016/679 … (General Data Protection Regulation)*.
# Official Journal of the European Union, L119, 1–88."
_APA = lazy_pattern(
    r"(?P<authors>[A-Z][^().]*?)\.\s+\((?P<year>\d{4})(?:,[^()]*)?\)\.\s+"
    rf"(?P<title>{_KIND}\b.*?)[.,]\s+(?P<journal>Official\s+Journal\s+of\s+the\s+European\s+(?:Union|Communities)[.,]|OJ)"
    # since 2023 the Journal has no issues: "L 2024/1689", the act's own number
    r"\s*(?:(?P<series>[LC],?\s\d{4}/\d{1,5})"
    r"|(?P<issue>[LC]\s?\d{1,4})(?:(?:,\s*|/)(?:pp?\.\s*)?(?P<page>\d+(?:\s?[-–]\s?\d+)?))?)"
    r"(?:[.,]?\s+(?P<url>https?://\S+?))?[.\s]*"
)
# between the bodies: "&", and "and" or a comma only before a body's name ("Department of Health and Social Care")
_AND = lazy_pattern(r"\s*,?\s+&\s+|(?:\s*,?\s+and\s+|,\s+)(?=(?:the\s+)?(?:European|Council|Commission)\b)")

# a Commission document cited by its number, no Journal: "Commission Decision of 24.1.2024 establishing … C(2024) 390.",
# "European Commission, Proposal for a Regulation … (Artificial Intelligence Act) …, COM(2021) 206 final"
_DOCUMENT = lazy_pattern(
    r"(?:(?P<author>European\s+Commission|Council\s+of\s+the\s+European\s+Union|European\s+Parliament),\s+)?"
    rf"(?P<title>(?:{_KIND}|Proposal\s+for\s+an?\s|Communication\s+from\s|White\s+Paper\s|Green\s+Paper\s)\b.*?)"
    r",?\s+(?P<number>(?:COM|C|SWD|JOIN|SEC)\s?\((?P<year>\d{4})\)\s?\d{1,5}(?:\s+final)?(?:/\d)?)[.\s]*"
)


# the act by its kind, number and title alone, no Journal and no date: "Regulation (EU) 2016/679 of the European
# Parliament and of the Council (General Data Protection Regulation)."
_BARE = lazy_pattern(
    rf"(?P<title>{_KIND}\s+(?:\((?:EU|EC|EEC|Euratom)\)\s+)?(?:No\.?\s)?\d{{1,4}}/\d{{1,4}}(?:/[A-Z]{{2,6}})?"
    r"\s+of\s+the\s+[^\[\]]*?)[.\s]*"
)

_BARE_HEAD = lazy_pattern(rf"{_KIND}\s+(?:No\.?\s)?\d{{1,4}}/\d{{1,4}}\b")


def eu_act_shaped(text: str) -> bool:
    """A Journal's abbreviation and an act's kind: the cheap look before the patterns."""
    if not any(kind in text for kind in _KINDS):
        return False
    return "OJ " in text or ")" in text or _BARE_HEAD.match(text) is not None


def _issued(title: str, published: tuple[int, int, int] | None, year: str | None) -> list[int] | None:
    """The act's date as its title gives it, else the date of the Journal that published it, else the year."""
    if (m := _ACT_DATE.search(title)) is not None:
        if m["year"]:
            month = month_number(m["month"])
            if month is not None:
                return [int(m["year"]), month, int(m["day"])]
        elif 1 <= int(m["nmonth"]) <= 12:
            return [int(m["nyear"]), int(m["nmonth"]), int(m["nday"])]
    if published is not None and 1 <= published[1] <= 12:
        return list(published)
    return [int(year)] if year else None


def read(text: str) -> Reading | None:
    """The reading of an EU act cited by its Official Journal reference, or None for "not my style"."""
    if not eu_act_shaped(text):
        return None
    flat = unmark(mark_italics(text)).strip()
    m = _OFFICIAL.fullmatch(flat) or _OSCOLA.fullmatch(flat)
    if m is None:
        return _apa(flat) or _document(flat) or _bare(flat)
    title = m["title"].strip(" ,.")
    if _KIND_WORDS.fullmatch(title):
        return None  # the kind alone is no act's title
    groups = m.groupdict()
    published = (int(m["year"]), int(m["month"]), int(m["day"])) if groups.get("month") else None
    item: Item = {"type": "legislation", "title": title, "container-title": f"OJ {m['series']}"}
    if m["issue"]:
        item["volume"] = m["issue"]
    if m["page"]:
        item["page"] = m["page"]
    if (number := _NUMBER.search(title[:60])) is not None:
        item["number"] = number["number"]
    if (issued := _issued(title, published, m["year"])) is not None:
        item["issued"] = {"date-parts": [issued]}
    if groups.get("url"):
        item["URL"] = m["url"]
    return marked_reading(item, NAME, BASE_CONFIDENCE)


def _document(flat: str) -> Reading | None:
    """The reading of a Commission document cited by its number (``C(2024) 390``, ``COM(2021) 206 final``)."""
    m = _DOCUMENT.fullmatch(flat)
    if m is None or _KIND_WORDS.fullmatch(m["title"].strip(" ,.")):
        return None
    title = m["title"].strip(" ,.")
    act = _KIND_WORDS.match(title) is not None and _ACT_DATE.search(title) is not None
    item: Item = {"type": "legislation" if act else "document", "title": title}
    if m["author"]:
        item["author"] = [{"literal": m["author"]}]
    item["number"] = m["number"]
    item["issued"] = {"date-parts": [_issued(title, None, m["year"]) or [int(m["year"])]]}
    return marked_reading(item, NAME, BASE_CONFIDENCE)


def _bare(flat: str) -> Reading | None:
    """The reading of an act cited by its kind, number and title alone: the whole is the title."""
    m = _BARE.fullmatch(flat)
    if m is None:
        return None
    title = m["title"].strip(" ,.")
    item: Item = {"type": "legislation", "title": title}
    if (number := _NUMBER.search(title[:60])) is not None:
        item["number"] = number["number"]
    if (issued := _issued(title, None, None)) is not None:
        item["issued"] = {"date-parts": [issued]}
    return marked_reading(item, NAME, BASE_CONFIDENCE)


_SPACES = lazy_pattern(r"\s+")


def _apa(flat: str) -> Reading | None:
    """The reading of an act in APA's form: its bodies the authors, the Journal as written the container and its
    series and issue (``L119``) the volume."""
    m = _APA.fullmatch(flat)
    if m is None:
        return None
    title = m["title"].strip(" ,.")
    item: Item = {
        "type": "legislation",
        "author": [{"literal": body.strip()} for body in _AND.split(m["authors"]) if body.strip()],
        "title": title,
        "container-title": _SPACES.sub(" ", m["journal"]).rstrip(".,"),
    }
    if m["issue"] and m["journal"] == "OJ":  # "OJ L 119/1": the series with the Journal, as the footnote form
        item["container-title"] = f"OJ {m['issue'][0]}"
        item["volume"] = m["issue"][1:].strip()
    elif m["issue"]:
        item["volume"] = m["issue"]
    else:
        item["note"] = m["series"]
    if m["page"]:
        item["page"] = m["page"]
    if (number := _NUMBER.search(title[:60])) is not None:
        item["number"] = number["number"]
    item["issued"] = {"date-parts": [_issued(title, None, m["year"]) or [int(m["year"])]]}
    if m["url"]:
        item["URL"] = m["url"]
    return marked_reading(item, NAME, BASE_CONFIDENCE)
