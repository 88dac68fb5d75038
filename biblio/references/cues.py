"""Surface cues that a line or paragraph is a bibliographic reference.

Shared by the section finder (is this run of paragraphs a reference list?) and
the splitter (does this line start a new reference?). The cues are deliberately
shallow: they look at how a reference *starts* (an author-ish name, a list
marker) and at a few tell-tale tokens (a year, a DOI, a URL); parsing proper is
the parser's job.
"""

from __future__ import annotations

import re
from typing import Literal

from biblio.documents.wikitext import CITE
from biblio.parse.readers import korean_books
from biblio.references.bibtex_entries import is_entry

BlockKind = Literal["strong", "weak", "url", "prose"]

# Upper-case letters: ASCII, Latin-1, Latin Extended-A (both cases there), Greek, Cyrillic.
_UP = r"A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩА-ЯЁ"
_NAME = rf"[{_UP}][\w'’\-]+"
_PARTICLE = r"(?:(?:van|von|de|der|den|del|della|di|da|du|dos|le|la|al|el|bin|ibn|ten|ter)\s+)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_AND = r"(?:and|&|et|und|y)"
# A month named before the year in a date: "(Apr 28, 2006)", "(October 2008)", "(Nov, 2010)".
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")  # between the last two names: English, French, German, Spanish

# A list marker at the start of a line: [1], [Smi20], [a], (1), 1., 1), or a bullet.
# Numbers are 1-3 digits so a wrapped line starting "2020. Title" is not a marker;
# "*Title*" is not a bullet because a bullet must be followed by white space. Text copied from
# Wikipedia has "^" back-links, kept with the marker.
MARKER = re.compile(
    r"^(?P<marker>(?:"
    r"\[\^(?P<foot>[^\]\s]{1,40})\]:"  # a Markdown footnote definition
    # citeproc's entry id as a link label, as pandoc escapes it turning references into link definitions:
    # "\[#ref-chomsky-73\]: Chomsky, N. 1973. …"
    r"|\\?\[#(?P<anchor>ref-[^\]\s\\]{1,60})\\?\]:"
    # Markdown converters escape a bracket or a number's stop that opens a paragraph: "\[1\]", "12\."
    r"|\\?\[(?P<bracket>\d{1,4}|[A-Za-z][\w+.:\-]{0,20}(?<=\d)[a-z]?|[a-z]"  # [1], [Smi20], a letter: [a]
    r"|[A-Za-z](?=[\w+.:/\-]*[A-Z])[\w+.:/\-]{1,24})\\?\]"  # a standard's labels: [ISO/IEC9241-11], [NIST-Privacy]
    # "[1]: Author …" (a docstring's label, as Markdown writes a link's)
    r"(?:(?:(?<=\d\])|(?<=\d\\\])):(?=[ \t]+(?!<?https?://)\S))?"
    r"|\((?P<paren>\d{1,4})\)"
    r"|(?P<num>\d{1,3})\\?[.)]"
    r"|(?P<dashed>\d{1,3})[ \t]+[-–—](?=[ \t])"  # "12 - C. L. Liu and …", a plain-text list's numbering
    # Wikipedia's back-links: "^ a b c", lettered from "a" (a particle is no letter of them: "^ de la Briandais")
    r"|[\^↑](?:[ \t]+Jump[ \t]+up(?:[ \t]+to)?:?)?(?:[ \t]+a(?=[ \t])(?:[ \t]+[a-z]{1,2}(?=[ \t]))*)?"
    r"(?:[ \t]+\d{1,3}\.\d{1,3}(?=[ \t]))*"  # other wikis number them after the note's number: "↑ 1.0 1.1 1.2"
    r"|Jump[ \t]+up[ \t]+[\^↑]"  # the older skin's single back-link, copied as text: "Jump up ^ Smith, J. …"
    r"|[-*+•◦▪‣·–]"
    r")"
    # Wikipedia back-links after the number: "1. ^ a b", another wiki's "1. ↑ 1.0 1.1"
    r"(?:[ \t]+[\^↑](?:[ \t]+Jump[ \t]+up(?:[ \t]+to)?:?)?(?:[ \t]+a(?=[ \t])(?:[ \t]+[a-z]{1,2}(?=[ \t]))*)?"
    r"(?:[ \t]+\d{1,3}\.\d{1,3}(?=[ \t]))*)?"
    r")[ \t]+(?=\S)"
)

_YEAR_TOKEN = re.compile(rf"(?<![\d])(?:{_YEAR}[a-z]?(?!\d)|n\.\s?d\.)", re.IGNORECASE)
# a conference's acronym with the year's last two digits: "PLDI'95", "ICSE '04"
_ACRONYM_YEAR = re.compile(r"(?<![\w'’])[A-Z]{2,}\s?['’]\d\d(?![\d'’])")
_DOI = re.compile(r"\b10\.\d{4,9}/\S+")
_URL = re.compile(r"(?:https?://|ftp://|www\.)\S+", re.IGNORECASE)

# Author-ish starts.
# Smith, J. / Smith, John / van Dijk, T. / Smith, J, and … (an initial without its period)
_SURNAME_COMMA = re.compile(rf"^{_PARTICLE}*{_NAME}(?:\s{_NAME})?,\s+(?:[{_UP}]\.|[{_UP}](?=,\s)|{_NAME}|&)")
_INITIALS_FIRST = re.compile(rf"^[{_UP}]\.(?:\s?[{_UP}]\.)*\s+{_PARTICLE}*{_NAME}")  # J. R. Smith
# Crossref's unstructured form: initials without stops before the family name and its comma ("D Adam, Title., …")
_BARE_INITIALS_FIRST = re.compile(rf"^[{_UP}]{{1,2}}\s+{_PARTICLE}*{_NAME},\s")
# surnames alone joined by "&" before a comma, as computing's short references write them: "Cooper & Torczon, …",
# "Knoop, Rüthing & Steffen, …"
_SURNAMES_AMPERSAND = re.compile(rf"^{_NAME}(?:,\s{_NAME}){{0,5}},?\s&\s{_NAME},\s")
_VANCOUVER = re.compile(rf"^{_PARTICLE}*{_NAME}\s+[{_UP}]{{1,3}}(?:[,.]|\s+(?:and|&)\s)")  # Smith JR, Doe A.
# "Human Rights Watch. (2024" / "*Title*. (2020)" / "World Health Organization (2019)."
# A year in parentheses with a cited page ("Wehling (1977, p.171) destaca …", "(2005: 12)") is an in-text
# citation in a sentence, not a reference's date.
_CITED_PAGE = r"(?!\s*,\s*(?:pp?\.|págs?\.|pgs?\.)\s*\d|\s*:\s*\d)"
_NAME_THEN_PAREN_YEAR = re.compile(
    rf"^(?P<who>[^()\n]{{2,150}}?)\s*\(\s*(?:{_YEAR}[a-z]?(?!\d){_CITED_PAGE}|n\.\s?d\.|in press|forthcoming"
    rf"|{_MONTH}\.?,?\s+(?:\d{{1,2}},?\s+)?{_YEAR}\)|\d{{1,2}}\s+{_MONTH}\.?,?\s+{_YEAR}\))",
    re.IGNORECASE,
)
# Words separated by white space or commas; every separator is non-empty, so no backtracking blow-up.
_CAPITALISED_WORD = rf"[*_]*[{_UP}][\w'’.\-]*[*_]*"
_CAPITALISED_WORDS = re.compile(rf"^{_CAPITALISED_WORD}(?:[\s,]+(?:{_CAPITALISED_WORD}|&|and|of|the|for))*$")
# "Org Name. *Title*" / "Name. “Title”": a short name sentence followed by a marked-up title.
# "Marc Shapiro and Susan Horwitz." / "Raymond Williams, “Culture…”" / "Alexander Vrchoticky. Modula/R…"
_FULL_NAME = re.compile(
    rf"^{_NAME}(?:\s+[{_UP}]\.)*(?:\s+{_PARTICLE}*{_NAME}){{1,2}}(?:,|\.|\s+{_AND}\s|\s+et\s+al\.)"
)
# BibTeX plainnat's and IEEE's full names, listed: "Leonardo Enzo Brito da Silva, Islam Elnabarawy, and" (a long
# first name that _FULL_NAME leaves alone unless a second full name follows it)
_FULL_NAME_LIST = re.compile(
    rf"^{_NAME}(?:\s+(?:[{_UP}]\.|{_PARTICLE}*{_NAME})){{1,4}},\s+{_NAME}(?:\s+[{_UP}]\.)*\s+{_PARTICLE}*{_NAME}"
    rf"(?:,|\.|\s+{_AND}\s|\s*$)"
)
# A note's names then its title: "Homer, *The Odyssey*", "Smith et al., “Things,”", "Bouza, ed., *World*".
_NAMES_COMMA_TITLE = re.compile(
    rf"^{_PARTICLE}*{_NAME}(?:\s+{_PARTICLE}*{_NAME}){{0,3}}(?:\s+et\s+al\.)?,"
    rf"\s+(?:(?:eds?|trans|comp)\.,\s+)?(?:[*_](?=\S)|[\"“‘])"
)
# "United States Census Bureau. 2000." (author-date without parentheses)
_NAME_THEN_DOT_YEAR = re.compile(rf"^[{_UP}][^.\n]{{1,120}}\.\s+\(?{_YEAR}[a-z]?[.):,]")
# A short author-year citation given with the work's address, a README's compact bibliography: "Cock et al.,
# 2009. https://www.ncbi.nlm.nih.gov/pubmed/19304878.", "Chan & Lowe, 2019. https://…"
_SHORT_CITATION_WITH_ADDRESS = re.compile(
    rf"^{_PARTICLE}*{_NAME}(?:\s+{_AND}\s+{_PARTICLE}*{_NAME}|\s+et\s+al\.)?,?\s+\(?{_YEAR}[a-z]?\)?[.,:]?\s+"
    r"(?:https?://|www\.|doi:)"
)
# "Matplotlib. The Matplotlib development team. 2018. https://matplotlib.org/": a title first, then its parts as
# sentences, the year a sentence of its own and the address closing it (prose gives its year inside a sentence)
_PARTS_THEN_YEAR_THEN_ADDRESS = re.compile(
    r"^[^.\s][^.\n]{1,200}\.(?:\s+[^.\s][^.\n]{1,150}\.)+\s+(?:1[6-9]|20)\d\d[a-z]?\.\s+<?https?://\S+$")
_NAME_THEN_TITLE = re.compile(rf"^[{_UP}][^.\n]{{1,80}}\.\s+(?:[*_]\S|[\"“‘'])")
# A title first: "*Title*. (2020)", "“Title.” *Site*" (a whole line in italics is an aside, not a title;
# a journal then its volume, "*Journal*, *5*(53), 2018.", is a wrapped entry's second part, but a book then its
# edition, "*Title*, 2ª ed.", "*Title*, 2nd ed.", is a title first).
_TITLE_START = re.compile(
    r"^(?![*_][^*_\n]+[*_],\s+[*_]?\d(?!\d*(?:[ªº]|(?:st|nd|rd|th|e|a)?\.?\s+(?:ed\b|edn\b|edition|éd|Aufl))))"
    r"(?:[*_](?=\S)[^*_\n]+[*_]|[\"“‘«][^\"”’»\n]{2,200}[\"”’»])[*_]?[.,:;]?\s+\S"
)

# "[Wikipedia QR-Code](https://…) abgerufen am 15. Januar 2023", "[Title](https://…), retrieved 2020-01-02"
_LINK_THEN_ACCESSED = re.compile(
    r"^\[[^\]\n]{2,300}\]\(\s*<?https?://[^)\s]+\)\s*[,.;:–-]?\s*\(?(?:abgerufen|aufgerufen|zugegriffen|retrieved|"
    r"accessed|consulté|consultado|consultato|visited|geraadpleegd|hämtad)\b", re.IGNORECASE)
# German and Scandinavian styles: "Bill Yenne: *Inside Boeing*", "Boeing: [707 Commercial Transport](…)"
_NAME_COLON_TITLE = re.compile(rf"^[{_UP}][^:.\n]{{1,80}}:\s+(?:[*_](?=\S)|[\"“„«‘]|\[(?!\^))")
# Chinese: "王夢鷗：《禮記校證》", "見宋‧楊時：《龜山集》", "徐信義：〈張炎的詞學批評〉":
# a name, a colon, a marked title
# a court decision: "Brown v. Board of Education, 347 U.S. 483", "Donoghue v Stevenson [1932] AC 562"
_CASE_CITATION = re.compile(
    rf"^[*_]?[{_UP}][^\n]{{0,150}}?\s(?:v\.?|vs\.)\s[^\n]{{1,150}}?"
    rf"(?:,\s+\d{{1,4}}\s+[{_UP}][\w.' ]{{0,24}}?\s\d{{1,6}}\b|\s[\[(]{_YEAR}[\])]\s+(?:\d{{1,4}}\s+)?[{_UP}])"
)
_CITATION_TEMPLATE = re.compile(rf"^\s*(?:<ref[^>]*>\s*)?(?:{CITE.pattern})", re.IGNORECASE)
_CJK_NAME_THEN_TITLE = re.compile(r"^(?:見\s*)?[\u3400-\u9fff][\u3400-\u9fff‧・·、 ]{0,30}[：:]\s*[《〈]")
# a book named by its title in Chinese book marks, first or alone ("《Python 网络爬虫实战》")
BOOK_MARKED_TITLE = re.compile(r"《[^《》\n]{1,120}》[。.]?")
# Harvard as Australian style guides write it: a body's name (two or more capitalised words), its year with no
# mark between, a comma and the title in italics ("ANU Information Technology Services 2023, *Residential Hall …*",
# "Australian Bureau of Statistics 2021, *Census of …*, ABS, Canberra."); not a month before the year
_BODY_YEAR_COMMA_TITLE = re.compile(
    rf"^(?!.*\b{_MONTH}\s+{_YEAR},)[{_UP}][\w'’&.-]*(?:\s+(?:[{_UP}][\w'’&.-]*|&|and|of|for|the)){{1,8}}\s+{_YEAR},"
    r"\s+[*_](?=\S)"
)
# "Y. Shiozawa, “Subtropical Convex Geometry …,” draft paper": initials and a family name, then a quoted title
# that closes after its comma (IEEE's and MLA's mark): an unpublished work needs no year to be a reference.
_INITIALS_THEN_QUOTED_TITLE = re.compile(
    rf"^(?:[{_UP}]\.\s?(?:-?[{_UP}]\.\s?)*\s?[{_UP}][\w'’-]+(?:,\s+|\s+and\s+))+[\"“][^\"”]{{12,300}}[,.?!][\"”]"
)
# "RFC 1034, "DOMAIN NAMES - CONCEPTS AND FACILITIES", P. Mockapetris.": a standard cited by its series and number,
# then its quoted title (a source's comment lists the RFCs it follows so, often with no year)
_STANDARD_THEN_QUOTED_TITLE = re.compile(r"^(?:RFC|BCP|STD|FYI)\s?\d{1,5},\s+[\"“](?=[A-Z])")
_QUOTE_CLOSED = re.compile(r"[^\"”]{8,300}[\"”]")
# "RFC 959 – File Transfer Protocol (FTP)": a standard by its series and number, a dash, then its title
_STANDARD_DASH_TITLE = re.compile(r"^(?:RFC|BCP|STD|FYI)\s?\d{1,5}\s+[–—-]\s+[A-Z][^\n]{2,200}$")

# "———." / "---," at the start: the previous entry's authors (Chicago), so the entry starts like a reference.
DITTO = re.compile(r"^(?:[—―–]{2,}|-{2,}|_{3,}|\\?-\\?-\\?-+)\s*[.,]\s*")

_URL_ONLY = re.compile(
    r"^(?:(?:retrieved|available|accessed|url|doi|online|link|source)\b[^<\n]{0,40}?[:\s]\s*)?"
    r"<?\s*(?:https?://|www\.|doi:\s*|10\.\d{4,9}/)\S*\s*>?[.,;]?$"
    r"|^\[[^\]\n]*\]\(\s*(?:https?://|www\.)[^)\s]*\)[.,;]?$",
    re.IGNORECASE,
)

# A line ending in a comma, a dash, or a word that needs the next ("of", and the articles and prepositions of
# French, Spanish, Italian, Portuguese and German: "Universidad Autónoma de" / "Nuevo León, 2013.").
_CONTINUES = re.compile(
    r"(?:[,;:&(\[/–—-]|\b(?:and|in|of|the|eds?\.|In:|pp\.|vol\.|de|del|della|dei|des|du|la|le|les|el|los|las"
    r"|et|y|und|der|die|das|von|für|pour|para|por|sur|dans|en|con|di|do|da|dos|em|à))$",
    re.IGNORECASE,
)

_URL_AT_END = re.compile(r"(?:https?://|www\.)\S*/>?$", re.IGNORECASE)

_FRAME_RULE = re.compile(r"[=\-─━═]{8,}")
MAX_REFERENCE_CHARS = 1500  # a longer paragraph is prose, not one reference
_SAMPLE_LINES = 100


# a list's number inside the italics that open the entry, as a converted citation generator's list writes it
# ("_1. cs.wikipedia.org: MySQL_ [online]. …"): the number is the marker, the italics go on after it
_MARKER_IN_EMPHASIS = re.compile(
    r"^(?P<mark>[*_])(?P<num>\d{1,3})\.[ \t]+(?=[^\s*_])(?=[^*_\n]*[^\s*_](?P=mark)(?!\w))"
)


def strip_marker(line: str) -> tuple[str, str | None, str | None]:
    """(rest of the line, the marker as written, the number or label it carries)."""
    m = MARKER.match(line)
    if not m:
        if line[:1] in "*_" and (e := _MARKER_IN_EMPHASIS.match(line)) is not None:
            return e["mark"] + line[e.end():], f"{e['num']}.", e["num"]
        return line, None, None
    number = (m.group("foot") or m.group("bracket") or m.group("paren") or m.group("num") or m.group("dashed")
              or m.group("anchor"))
    return line[m.end():], m.group("marker"), number


def has_year(text: str) -> bool:
    return _YEAR_TOKEN.search(text) is not None or (
        ("'" in text or "’" in text) and _ACRONYM_YEAR.search(text) is not None)


def has_doi_or_url(text: str) -> bool:
    return _DOI.search(text) is not None or _URL.search(text) is not None


_LINK_ONLY = re.compile(r"\[[^\]\n]{2,}\]\((?:https?|ftp)://[^)\s]+\)")


def links_one_a_line(lines: list[str]) -> bool:
    """Is each of two or more lines only a Markdown link to a work, and nothing else (``[Title](address)``, as a
    wiki's "References" lists its pages)?"""
    return len(lines) >= 2 and all(_LINK_ONLY.fullmatch(line.strip().rstrip(" .")) is not None for line in lines)


def is_url_only(text: str) -> bool:
    """A line or paragraph holding only a URL or DOI (it belongs to the reference before it)."""
    return _URL_ONLY.match(text.strip()) is not None


def authorish_start(text: str) -> bool:
    """Does the text start like a reference: a name, a name list, or a title-first entry?"""
    text = text.lstrip()
    if DITTO.match(text) and len(text) > 12:
        return True
    if (_SURNAME_COMMA.match(text) or _INITIALS_FIRST.match(text) or _VANCOUVER.match(text)
            or _BARE_INITIALS_FIRST.match(text) or ("&" in text[:120] and _SURNAMES_AMPERSAND.match(text))):
        return True
    if _CITATION_TEMPLATE.match(text):
        return True
    if _NAME_THEN_TITLE.match(text) or _TITLE_START.match(text) or _NAME_THEN_DOT_YEAR.match(text):
        return True
    if _FULL_NAME.match(text) or _FULL_NAME_LIST.match(text) or _NAMES_COMMA_TITLE.match(text) \
            or _CJK_NAME_THEN_TITLE.match(text) or _NAME_COLON_TITLE.match(text) or _LINK_THEN_ACCESSED.match(text) \
            or _CASE_CITATION.match(text) or (text[:1] in "RBSF" and _STANDARD_THEN_QUOTED_TITLE.match(text)) \
            or (("*" in text or "_" in text) and _BODY_YEAR_COMMA_TITLE.match(text)) \
            or (text[:1] == "《" and BOOK_MARKED_TITLE.match(text)):
        return True
    if " / " in text and korean_books.read(text) is not None:
        return True  # a Korean book record: "Title / Names 저 / Translator 역 / Publisher / 2015년"
    m = _NAME_THEN_PAREN_YEAR.match(text)
    if m:
        who = m.group("who").strip()
        # "Org. (2020" or a name made of capitalised words; not "We follow Smith (2020)".
        return who.endswith(".") or _CAPITALISED_WORDS.match(who) is not None
    return False


def is_reference(text: str) -> bool:
    """A strong cue: this line or paragraph (joined) is a whole reference."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_REFERENCE_CHARS:
        return False
    rest, marker, number = strip_marker(text)
    if _DOI.search(rest) or is_entry(rest) or is_citation_template(rest):  # a reference by its form
        return True
    year = has_year(rest)
    if number is not None and year:
        return True
    if rest[:1] in "*_[" and (key := _KEY_LABEL.match(rest)) is not None:
        rest = rest[key.end():]  # the entry's key before it, as a list of keyed entries shows it
    if _LINK_THEN_ACCESSED.match(rest):
        return True  # a web source: its title linked to its address, then the date it was read
    if _CJK_NAME_THEN_TITLE.match(rest):
        return True  # the title marks are the style's own: no year needed (a classic: "卷2")
    if _INITIALS_THEN_QUOTED_TITLE.match(rest):
        return True
    if rest[:1] in "RBSF" and (((standard := _STANDARD_THEN_QUOTED_TITLE.match(rest)) is not None
                                 and _QUOTE_CLOSED.match(rest, standard.end()))
                                or _STANDARD_DASH_TITLE.match(rest) is not None):
        return True
    if ("://" in rest or "doi:" in rest or "www." in rest) and (
            _SHORT_CITATION_WITH_ADDRESS.match(rest) or _PARTS_THEN_YEAR_THEN_ADDRESS.match(rest)):
        return True
    return authorish_start(rest) and (year or _URL.search(rest) is not None)


# A key of several words opening an entry, bold or not: "**[Barnes et al. 02]** Barnes, J. and …" (a list keyed
# as a book's chapters key their sources), or the entry's number after a bullet, as pandoc writes a numbered list
# converted from Word or LaTeX ("-   [1] BROŽ, Pavel, …"); a link's words ("[Title](…)") are no key, nor a task
# list's box ("- [x] …").
_KEY_LABEL = re.compile(
    r"^(?:\*\*\[[^\[\]\n]{2,40}\]\*\*|__\[[^\[\]\n]{2,40}\]__|\[[^\[\]\n]{2,40}\]|\[\d\])[ \t]+(?=\S)")


def is_citation_template(text: str) -> bool:
    """Wikipedia's ``{{cite journal |…}}`` or ``{{Citation |…}}`` (in a ``<ref>`` or not), closed or not."""
    return _CITATION_TEMPLATE.match(text) is not None


def starts_reference(line: str) -> bool:
    """Could this line be the first line of a reference (inside a list with no blank lines)?"""
    rest, marker, number = strip_marker(line.strip())
    return number is not None or authorish_start(rest)


def continues(line: str) -> bool:
    """Does the line end mid-reference (so the next line is its continuation)?

    A URL ending in ``/`` ends its reference: it is a complete address, not a dangling slash.
    """
    line = line.rstrip()
    if line.endswith("/") and _URL_AT_END.search(line):
        return False
    return _CONTINUES.search(line) is not None


def _marked_address(line: str) -> bool:
    """A list item that is only an address ("↑ https://…"): a web source cited by its address alone."""
    rest, marker, _ = strip_marker(line.strip())
    return marker is not None and not rest.startswith("[") and is_url_only(rest)


_SUB_ITEM_BULLETS = frozenset("-*+•")


def _wrapped_items(lines: list[str]) -> list[str]:
    """The items of a block that is a list whose items wrap (each marked at the margin, its further lines indented
    under it), joined; none when it opens with no item, no item wraps, or many lines at the margin are no item's."""
    items: list[list[str]] = []
    lazy = 0  # unmarked lines at the margin, each going on with the item above (Markdown's lazy continuation)
    margin = -1  # the items' own indentation: none, or the few spaces a text rendering puts before each number
    for line in lines:
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        if not items:
            if indent > 3 or strip_marker(line.strip())[1] is None:
                return []
            margin = indent
        # an indented list's numbers stand right-aligned ("   9." over "  10."): its items start at any of those few
        at_margin = indent == margin or (margin > 0 and indent <= 3)
        marker = strip_marker(line.strip())[1]
        # a bullet indented under an item opens a sub-item, an item of its own (a group's name over its works)
        if marker is not None and (at_margin or (indent > margin and marker in _SUB_ITEM_BULLETS)):
            items.append([line.strip()])
            continue
        # (an address alone at the margin is the item's link, as lists typed by hand put it under the item)
        lazy += at_margin and not is_url_only(line.strip())
        items[-1].append(line.strip())
    if len(items) < 2 or all(len(item) == 1 for item in items) or 4 * lazy > len(items):
        return []
    return [" ".join(item) for item in items]


def _hanging_items(lines: list[str]) -> list[str]:
    """The entries of a block laid out with hanging indents and no markers, joined: each entry's first line at the
    block's margin, its further lines indented deeper (a source's comment: ``//   Click & Paleczny, "A Simple …"``
    over ``//     (sea of nodes), …``); none when no entry wraps or a line stands left of the first."""
    texts = [line.expandtabs(4) for line in lines if line.strip() and not _FRAME_RULE.match(line.strip())]
    items: list[list[str]] = []
    margin = len(texts[0]) - len(texts[0].lstrip()) if texts else 0
    for line in texts:
        indent = len(line) - len(line.lstrip())
        if indent < margin:
            return []
        if indent == margin:
            items.append([line.strip()])
        else:
            items[-1].append(line.strip())
    if len(items) < 2 or len(items) == len(texts):
        return []
    return [" ".join(item) for item in items]


def classify_block(lines: list[str]) -> BlockKind:
    """What a paragraph (its lines, without blank lines) looks like.

    strong: one or more whole references; url: only a URL/DOI; weak: could be a
    reference without a year (a name or a list marker at the start); prose: none.
    """
    # a rule of "=", "-" or box-drawing lines framing a source's comment header is no text of the paragraph
    stripped = [line.strip() for line in lines if line.strip() and not _FRAME_RULE.match(line.strip())]
    if not stripped:
        return "prose"
    joined = " ".join(stripped[:_SAMPLE_LINES])
    if is_url_only(joined):
        return "url"
    if is_reference(joined):
        return "strong"
    sample = stripped[:_SAMPLE_LINES]  # a long block is judged by its start, to stay fast on huge input
    if len(sample) > 1 and sum(is_reference(line) or _marked_address(line) for line in sample) * 2 >= len(sample):
        return "strong"  # a one-per-line list too long to read as one reference
    items = _wrapped_items(lines[:_SAMPLE_LINES]) or _hanging_items(lines[:_SAMPLE_LINES])
    if len(items) > 1 and sum(is_reference(item) for item in items) * 2 >= len(items):
        # a tight list whose items run over lines (pandoc's wrapped "#." or "1." items, or entries with no
        # marker set off by their hanging indents)
        return "strong"
    if len(joined) <= 500 and starts_reference(stripped[0]) and any(c in joined for c in ".,"):
        return "weak"
    return "prose"
