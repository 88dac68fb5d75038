"""Page spans -> ``page``.

Fields touched: ``page``.

``pp. 45–67`` -> ``45-67``, ``p. 5`` -> ``5``, ``S. 12-14`` -> ``12-14``, ``pp. 63ff.`` -> ``63ff``, an
article number (``e0123456``, ``Article 094516``, ``Art. no. 12``) -> ``e0123456``
/ ``094516``.  Ranges are kept as written (``165-76`` is not expanded) with a
hyphen, the usual CSL-JSON form.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.markup import plain
from biblio.parse.text import clean_space, fold_dashes

FIELDS = ("page",)

_PREFIX = lazy_pattern(
    # German's "Sp." (Spalte): a lexicon's columns, cited as its pages are ("Lexikon des Mittelalters 4, Sp. 2123");
    # Czech's, Slovak's and the South Slavic languages' "str." (strana, stranica); English "cols." of an encyclopedia
    # ("Vol. 6, cols. 744-56"); Dutch "kol." (kolom) and "blz." (bladzijde); a note's "esp." (especially) before the
    # pages it points to ("(Routledge, 2007), esp. 250–53")
    r"^(?:esp\.|pages?\b|pgs?\b\.?|pp?\b\s*\.?|seiten\b|seite\b|ss?\.|sp\.|cols?\.|kol\.|blz\.|с\.|стр\.|str\.|art(?:icle)?\.?\s*(?:no\.?|number|nr\.?|id)?\.?|"
    r"article|paper|no\.|elocation(?:-id)?:?|e-?locator:?)\s*:?\s*(?=\w)",
    re.I,
)
# IEEE's chapter in a book: "ch. 9, sec. 2, pp. 276-281" places the pages within the chapter and section it names
_CHAPTER_LOCATORS = lazy_pattern(r"^(?:ch(?:ap)?\.\s*\w+,\s*)(?:sec(?:t)?\.\s*[\w.]+,\s*)?(?=pp?\.)", re.I)
_IDENTIFIER = lazy_pattern(r"\s*(?:https?://|www\.|doi\s*:|10\.\d{4,9}/)", re.I)
# (not "f"/"ff", "and following": the page as written keeps them, as the labelled data do: "63ff", "143 f")
_SUFFIX = lazy_pattern(r"\s*(?:pp|pages?|p|s|seiten|sider|sidor|págs?)\.?$", re.I)  # (a count's word: "241 Seiten")
# "461-464. MR0468014", "40-56 réédité": a page or range, then a word that is no page's (a catalogue
# number, a note): the pages end before it ("4 and 6", "72-73 and 75-77" close on a page of their list, "53 to 70"
# on its range's last page).
# Each part runs to its word's last digit one way (a lookahead read back, atomic): tried at every digit,
# "1-1-1-…" without a word after backtracks for seconds.
_WORDS_AFTER = lazy_pattern(
    r"^((?=([^\s,;]*\d))\2[^\s,;]*?(?:\s*-\s*(?=([^\s,;]*\d))\3[^\s,;]*?)?)[.,;]?\s+"
    r"(?!(?:pp|pages?|p|s|ff?|seiten|sider|sidor)\b|and\s+\d+(?:\s*-\s*\d+)?[.,;]?$|to\s+\d+[.,;]?$)[^\W\d_]{2,}.*$",
    re.I,
)


# a count of pages and what comes with the book: "417 p. + mapă", "xii, 318 pp. + 2 maps"
_ACCOMPANYING = lazy_pattern(r"^([^+]*\d[^+]*?(?:pp?|pages|S)\.?)\s*\+\s*(\S.*)$")
# the AMS's "083501, 13 pp." and IOP's "082001 (7pp)": an article number, then how many pages the article has
_PAGE_COUNT = lazy_pattern(
    r"^([^\s,;()]*\d[^\s,;()]*)(?:,\s*\d{1,4}\s*(?:pp|pages)\.?|\s*\(\s*\d{1,4}\s*(?:pp|pages)\.?\s*\)?)$", re.I
)
# a report's code, its letters first, then its count of pages: "SR90-23, 2 pp.", "CWP-657, 14 pp."
_CODE_COUNT = lazy_pattern(r"^([A-Z]{2,}[\w/-]*\d[\w/-]*),\s*(\d{1,4})\s*(?:pp|pages)\.?$")
# the ACM's "20, 3 (2023), 26 pages.": how many pages the article has, with no page of it (its page, as the
# labelled data store a work's count)
_COUNT_ALONE = lazy_pattern(r"^(\d{1,4})\s+pages$", re.I)
# a short count with its word run on: "58p", "8pp"
_COUNT_RUN_ON = lazy_pattern(r"(\d{1,2})(?:pp?|pages)")
_DIGIT = lazy_pattern(r"\d")
_HYPHENS = lazy_pattern(r"\s*-+\s*")
_COMMA = lazy_pattern(r"\s*,\s*")
_PAGE_CHARACTER = lazy_pattern(r"[\dIVXLCivxlc]")
_LABEL = lazy_pattern(r"^(?:pp?\.|pages?|S\.|С\.|стр\.)\s*", re.I)  # (and Cyrillic "с.", "стр.")


_FIRST_PAGE = lazy_pattern(r"[A-Za-z]?(\d+)")
# a note's locators after the page: a catalogue's entry, a figure, a plate, an inventory number ("p. 32, n. 13",
# "pp. 306-308, scheda 790", "S. 271, Bild 10", "254, fig.2"): no page's, the page ends before them
_LOCATOR_AFTER = lazy_pattern(
    r"^(?P<page>[^,]*\d[^,]*(?:,\s*(?:S\.|p\.)?\s*\d[\d-]*)?),\s*"
    r"(?:n|nr|no|nos|fig|figs|figg|tav|tavv|pl|pls|ill|abb|bild|scheda|cat|kat|inv)\b\.?\s*[\dIVXLC].*$",
    re.I,
)
# a range, then the page cited within it: "253-261, 254", "257-273, S. 271", a Chicago note's "29-38; 37"
_RANGE_THEN_CITED = lazy_pattern(r"^(\d+)-(\d+)[,;]\s*(?:S\.|p\.)?\s*(\d+)(?:-(\d+))?$")
# a page range whose numbers carry thousands separators: "15,057-15,072"
_THOUSANDS_RANGE = lazy_pattern(r"\d{1,3},\d{3}-\d{1,3},\d{3}[.,;:]?")


def number_is_issue(number: str, pages: str) -> bool:
    """Whether ``number``, set between a volume and ``pages`` (``Book History 1: 1, 3``, ``153: 4, 399-587``),
    is the issue: a short bare number below the first page, or one past the end of a range (a page list runs upward,
    so Japanese journals' ``66, 550, 193-200`` cannot be the pages 550 and 193-200); a year is neither."""
    if not number.isdigit() or len(number) > 4:
        return False
    m = _FIRST_PAGE.match(pages)
    if len(number) <= 3 and m is not None and int(number) < int(m[1]):
        return True
    if 1500 <= int(number) < 2100:
        return False
    ends = range_ends(pages)
    return ends is not None and ends[0] <= ends[1] < int(number)


# a range of two numbers, whatever stands around them ("1058-59", "pp. 27–1")
_RANGE_NUMBERS = lazy_pattern(r"^\D*(\d+)\s*[-\u2013]+\s*(\d+)\D*$")


def range_ends(page: str) -> tuple[int, int] | None:
    """A page range's first and last page, its end read in full (``1058-59``: 1058 and 1059); None for no range."""
    m = _RANGE_NUMBERS.match(page)
    if not m:
        return None
    start, end = m.group(1), m.group(2)
    if len(end) < len(start):
        end = start[: len(start) - len(end)] + end
    return int(start), int(end)


def runs_backwards(page: str) -> bool:
    """Whether a page range runs backwards once its end is read in full (``1058-59`` runs forwards, ``109-058`` and
    ``1556-07`` backwards)."""
    ends = range_ends(page)
    return ends is not None and ends[1] < ends[0]


def clean_pages(p: str) -> str:
    """``pp. 45–67`` -> ``45-67``: dashes folded, the label dropped."""
    p = fold_dashes(clean_space(p))
    p = _LABEL.sub("", p)
    p = _HYPHENS.sub("-", p)
    return p.strip(" .,") if _THOUSANDS_RANGE.fullmatch(p) else _COMMA.sub(", ", p).strip(" .,")


def page_value(text: str) -> str | None:
    """The ``page`` value of a labelled pages span, or None when it holds no page."""
    return page_and_words(text)[0]


def _page_text(text: str) -> str:
    """The span's text up to an identifier read into it (``45-67, https://doi.org/…``), its chapter's locators and
    its wrapping punctuation off."""
    s = _IDENTIFIER.split(fold_dashes(plain(text)), maxsplit=1)[0]
    # (a profile page's middle dot before the month may close the span: "259-294 · January 2005")
    return _CHAPTER_LOCATORS.sub("", s.strip(" .,;:()[]\u00b7"))


def count_alone(text: str) -> str | None:
    """The ACM's count of the article's pages (``36 pages``) where a pages span holds only that, else None."""
    s = _page_text(text)
    return s if _COUNT_ALONE.match(s) else None


def page_and_words(text: str) -> tuple[str | None, str]:
    """The ``page`` value of a labelled pages span (None when it holds no page), and the words read into the span
    after the pages (``57, EBSCOhost.``: the database the copy was read in), which no field holds. The ACM's count
    of the pages with no page (``26 pages``) is the page, ``26``."""
    s = _page_text(text)
    if count := _COUNT_ALONE.match(s):
        return count[1], ""  # without the link read into the span after it
    if count := _COUNT_RUN_ON.fullmatch(s):
        return count[1], ""  # "58p": too short for the suffix's test below
    prev = None
    while prev != s:
        prev = s
        s = _PREFIX.sub("", s).strip(" .,;:()[]")
    words = ""
    if "+" in s and (extra := _ACCOMPANYING.match(s)) is not None:
        s, words = extra[1], extra[2]  # "417 p. + mapă": what comes with the book, no page
    if (after := _WORDS_AFTER.match(s)) is not None:
        words, s = s[after.end(1) :].strip(" .,;:"), after[1]
    if "," in s and (located := _LOCATOR_AFTER.match(s)) is not None:
        words, s = s[located.end("page") :].strip(" .,;:"), located["page"]
    if ("," in s or ";" in s) and (cited := _RANGE_THEN_CITED.match(fold_dashes(s))) is not None:
        first, last = range_ends(f"{cited[1]}-{cited[2]}") or (0, 0)
        at = int(cited[3])
        if first <= at <= last and (cited[4] is None or int(cited[4]) <= last):
            s = f"{cited[1]}-{cited[2]}"  # the cited page lies in the range: the range is the work's
    if "pp" in (low := s.lower()) or "page" in low:  # (what the pattern needs: most pages have neither)
        if (coded := _CODE_COUNT.match(s)) is not None:
            return coded[2], coded[1]  # "SR90-23, 2 pp.": a report's code, then its count of pages
        s = _PAGE_COUNT.sub(r"\1", s)
    s = _SUFFIX.sub("", s) if _DIGIT.search(s[:-3] or "") else s
    if s.count("(") > s.count(")"):
        s += ")"  # "13035(R)": the closing bracket of a mark the page holds, stripped above
    s = _HYPHENS.sub("-", s)
    # (a range with thousands separators, AGU's "15,057-15,072", keeps its commas as written)
    s = s.strip(" .,;:") if _THOUSANDS_RANGE.fullmatch(s) else _COMMA.sub(", ", s).strip(" .,;:")
    return (s, words) if _PAGE_CHARACTER.search(s) else (None, words)

