"""News articles listed by their headline, the outlet and the day they appeared, then their address, as a reader's
collection of articles lists them: ``Where My Climate Doubts Began to Melt, NYT, Oct/28/2022, [link](https://…).``,
``Coping With Extreme Heat/ NYT, Apr/18/2023, …``, ``Can We Put a Price Tag on Nature? NYT, Jan/17/2023, …``,
``Heat Waves Hit Europe, The Guardian, July 12, 2023, https://…``; the outlet may be left out
(``Beijing Is Tackling Its Air Pollution Problem. Why Can’t New Delhi? Nov/22/2022, …``).

``read(text) -> Reading | None`` is the structured-reader interface (readers/base.py). The headline runs to the comma
(or slash, or its own question mark or full stop) before the outlet, a few capitalised words with no digit closed by
a comma before the date; the date is the month (a word), the day and the year, written ``Oct/28/2022``,
``July 12, 2023`` or ``12 July 2023``; the address closes the entry. No author: the sequence model reads the outlet,
or the headline's first words, as the author. The whole reference must have that shape (and no other style's names,
bracketed year or quoted title), so the reader is taken before the sequence model's (``EXCLUSIVE`` in
``biblio.parse.readers``).

Fields touched: ``type`` (``article-newspaper``; ``webpage`` with no outlet or with a body in its place, then the
``publisher``), ``title``, ``container-title``, ``issued``, ``URL``.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import month_number
from biblio.parse.normalisers.names import INSTITUTION_KIND, known_given_word
from biblio.parse.readers.base import Reading, marked_reading
from biblio.records.model import Item

__all__ = ["NAME", "read"]

NAME = "title-outlet-date"
BASE_CONFIDENCE = 0.9

_YEAR = r"(?P<year>(?:19|20)\d\d)"
# the date closing the head, then the address: "Oct/28/2022", "March/03/2023", "July 12, 2023", "12 July 2023"
_TAIL = lazy_pattern(
    r"^(?P<head>\S.*?)\s*(?:(?P<smonth>[A-Z][a-z]{2,8})/(?P<sday>\d{1,2})/" + _YEAR
    + r"|(?P<wmonth>[A-Z][a-z]{2,8})\.? (?P<wday>\d{1,2}), (?P<wyear>(?:19|20)\d\d)"
    r"|(?P<dday>\d{1,2}) (?P<dmonth>[A-Z][a-z]{2,8})\.? (?P<dyear>(?:19|20)\d\d)),\s+(?P<url>https?://\S+?)\.?$"
)
# the outlet after the headline: one to four capitalised words or capitals ("NYT", "The Guardian", "BBC News"),
# after the headline's comma or slash, or after its own closing mark
_OUTLET = lazy_pattern(
    r"^(?P<title>\S.*?\S)(?:,|\s*/|(?<=[?!.]))\s+(?P<outlet>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|the|and|&)){0,3})$"
)
# another style's names, year in brackets, quoted title or locators in the head: not this form
_OTHER_STYLE = lazy_pattern(
    r"\((?:1[5-9]|20)\d\d|\(n\.\s?d\.\)|[\"“”«»*_\[\]]|\b(?:[Vv]ol|pp|[Nn]o)\.\s?\d|^[A-Z][\w'’-]+,\s+[A-Z]\.|"
    r"\b(?:Retrieved|Accessed|accessed|Available|In)\b"
)
# a person's name opening the head ("Julia Evans. Title …", "Julia Evans, Title …")
_PERSON_HEAD = lazy_pattern(r"^(?P<given>[A-Z][a-z]+)(?: [A-Z]\.)? [A-Z][\w'’-]+[.,] ")
# a body's word: a body's name opening the head ("World Health Organization. Heat and health. WHO, …") is its
# author's (not this form); standing as the outlet ("…, City of Boston, June 3, 2022, …"), its page's publisher
_BODY_WORD = lazy_pattern(
    rf"\b(?:{INSTITUTION_KIND}|Organi[sz]ations?\b|Centers\b|Administration\b|Authority\b|Government\b|"
    r"City of\b|County\b)"
)
# the end of the head's first sentence or comma part
_PART_END = lazy_pattern(r",|\.\s")
# a short first sentence before the headline, the date in words: MLA's author ("Chrome Security Team. Title. 30 July
# 2026, https://…", "0xkato. Title. …"), not a headline's own sentence ("… Air Pollution Problem. Why Can’t New Delhi?")
_AUTHOR_SENTENCE = lazy_pattern(r"^(?:\S+\s){0,3}\S*[^\W\d_]{2}\.\s+[A-Z0-9]")
_MIN_TITLE_WORDS = 3
_MAX_OUTLET_CHARS = 40


def read(text: str) -> Reading | None:
    """The reading of ``Headline, Outlet, Mon/D/YYYY, address``, or None for "not my style"."""
    if "http" not in text:
        return None
    joined = " ".join(text.split())
    if ", http" not in joined:  # the date's comma before the address, which the pattern needs
        return None
    m = _TAIL.match(joined)
    if m is None:
        return None
    month_word = m["smonth"] or m["wmonth"] or m["dmonth"]
    month = month_number(month_word)
    day = int(m["sday"] or m["wday"] or m["dday"])
    if month is None or not 1 <= day <= 31:
        return None
    head = m["head"]
    if _OTHER_STYLE.search(head) or ((p := _PERSON_HEAD.match(head)) is not None and known_given_word(p["given"])):
        return None
    item: Item = {}
    title = head
    if head.endswith(","):
        o = _OUTLET.match(head[:-1].rstrip())
        if o is None or len(o["outlet"]) > _MAX_OUTLET_CHARS:
            return None
        # a body after the title publishes its own page ("Flood plan, City of Leeds, …"); an outlet holds an article
        item["publisher" if _BODY_WORD.search(o["outlet"]) else "container-title"] = o["outlet"]
        title = o["title"]
    title = title.rstrip(" ,/")
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1]
    # a name or a body's name opening the headline ("Smith, Heat waves, …", "Ministry of Health, …",
    # "World Health Organization. Heat and health")
    first = title.split(",", 1)[0].split()
    if len(title.split()) < _MIN_TITLE_WORDS or len(first) < _MIN_TITLE_WORDS:
        return None
    if _BODY_WORD.search(_PART_END.split(title, maxsplit=1)[0]):
        return None
    if m["smonth"] is None and _AUTHOR_SENTENCE.match(title):
        return None  # (MLA writes the day in words; a collection's "Mar/24/2023" is no MLA entry)
    item["type"] = "article-newspaper" if "container-title" in item else "webpage"
    item["title"] = title
    year = int(m["year"] or m["wyear"] or m["dyear"])
    item["issued"] = {"date-parts": [[year, month, day]]}
    item["URL"] = m["url"]
    return marked_reading(item, NAME, BASE_CONFIDENCE)
