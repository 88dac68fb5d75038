"""IEEE's source element (everything after the title): comma-separated units, each of one kind.

  journal      ``*Journal*, vol. 12, no. 3, pp. 45–67, Mar. 2019``
  conference   ``in *Proc. Conf.*, City, ST, Country, 2019, pp. 1–8``
  chapter      ``in *Book*, vol. 3, J. Peters, Ed., 2nd ed. City, ST, USA: Publisher, 1964, pp. 15–64``
  book         (italic title) ``2nd ed. City, ST, USA: Publisher, 2019``
  report       ``Dept., Univ., City, ST, Country, Tech. Rep. N, 2019``
  thesis       ``Ph.D. dissertation, Dept., Univ., City, ST, Country, 2017``
  standard     ``IEEE Std 754-2019, 2019``; online ``2015`` (the URL cut out before)
Units no kind claims wait in ``pending``: the place of a conference, the place of a publisher
(``City, ST, USA: Publisher``), the editors before ``Ed.``, the institution and place of a report
or thesis.  ``parse_source`` returns None where the units fit no form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.container import ABBREVIATED_END, container_value
from biblio.parse.normalisers.dates import ENGLISH_MONTH, YEAR, parse_date
from biblio.parse.normalisers.edition import edition_value
from biblio.parse.normalisers.names import has_org_word, parse_names
from biblio.parse.normalisers.pages import clean_pages
from biblio.parse.normalisers.places import is_place
from biblio.parse.readers.apa.source import trade_imprint
from biblio.parse.readers.cs_common import PAGE_RANGE
from biblio.parse.text import IT_CLOSE, IT_OPEN, unmark

_MONTH = ENGLISH_MONTH
_DATE = lazy_pattern(
    rf"^(?:{_MONTH}(?:\s*[-\u2013/]\s*{_MONTH})?\s+(?:\d{{1,2}}(?:\s*[-\u2013]\s*\d{{1,2}})?\s+)?)?{YEAR}$"
)
_MONTH_DAY = lazy_pattern(rf"^{_MONTH}\s+\d{{1,2}}(?:\s*[-\u2013]\s*\d{{1,2}})?$")
_VOLUME = lazy_pattern(r"^vol\.\s*(?P<v>[\w.-]+)$", re.I)
_ISSUE = lazy_pattern(r"^no\.\s*(?P<v>[\w./-]+)$", re.I)
_PAGES = lazy_pattern(rf"^pp?\.\s*(?P<v>{PAGE_RANGE})$")
_ARTICLE = lazy_pattern(r"^(?:Art\.|Article)\s*(?:no\.)?\s*(?P<v>\w[\w.-]*)$", re.I)
# Google Scholar's italic venue of a preprint, "*arXiv preprint arXiv:2311.16867*": no container, the identifier
_ARXIV_VENUE = lazy_pattern(r"(?P<genre>arXiv\s+preprint)\s+(?P<id>arXiv:\s?\d{4}\.\d{4,5}(?:v\d+)?)", re.I)
_EDITION = lazy_pattern(r"^(?P<ed>\d+(?:st|nd|rd|th)|[A-Z][a-z]+)\s+ed(?:\.(?:\s+(?P<more>\S.*))?)?$")
_EDITORS = lazy_pattern(r"^Eds?\.(?:\s+(?P<more>\S.*))?$")
_REPORT = lazy_pattern(r"^(?:[A-Z][\w-]*\s+)?(?:Tech(?:nical|\.)?\s*Rep(?:ort|\.)?|Rep\.)(?:\s+(?P<v>\S.*))?$", re.I)
_THESIS = lazy_pattern(
    r"^(?:Ph\.?\s?D\.?|M\.?\s?S\.?|M\.?\s?Sc\.?|Master's|Doctoral|B\.?\s?S\.?)\s+(?:dissertation|thesis)$", re.I
)
_STANDARD = lazy_pattern(
    r"^(?:IEEE|ISO|IEC|ANSI|ITU-T)\b.*\b(?:Std|Standard|Rec)\.?\s*\S*\d\S*$|^(?:ISO|IEC)(?:/IEC)?\s+\d[\d:.-]*$"
)
_SOFTWARE = lazy_pattern(
    r"^(?:GitHub|GitLab|Bitbucket)\s+repository$|^(?:Software|Computer software|Source code)$", re.I
)
_PLACE_PUBLISHER = lazy_pattern(r"^(?P<place>[^:]+):\s*(?P<pub>\S.*)$")
# a unit that carries on a proceedings' abbreviated name after a comma: IEEE's ``in Proc. 17th Int. Conf. Control,
# Autom. Syst. (ICCAS), Oct. 2017,`` (capitalised and abbreviated words, maybe the meeting's abbreviation in brackets)
_NAME_GOES_ON = lazy_pattern(
    r"^(?:(?:[A-Z][a-z]*\.|[A-Z][\w-]*|and|&|of|on|for|in|the)\s+)*(?:[A-Z][a-z]*\.|[A-Z][\w-]*)"
    r"(?:\s+\([A-Z][\w&/'-]*(?:\s?['\u2019]?\d{2,4})?\))?$"
)
# a book's name in plain type, its closing period and the town of its publisher: "Wiley Encyclopedia of Clinical
# Trials. Hoboken"
_BOOK_THEN_TOWN = lazy_pattern(r"^(?P<book>.+?[a-z)])\.\s+(?P<town>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})$")
# Optica's "in Proc. SPIE 10591 (2018)": the proceedings' volume and its bracketed year closing the unit after "in"
# (IEEE sets neither so)
_VOLUME_YEAR_CLOSING = lazy_pattern(r"(?<=[^\W\d_])\.?\s+(?P<volume>\d{1,5})\s*\((?P<year>(?:1[5-9]|20)\d\d)\)$")
# Science's "in Proceedings of the 56th Symposium (2015), pp. 792–809": the work's year alone in brackets closing
# the unit after "in" (a meeting's own year stands in its name: "(SciPy 2009)")
_YEAR_CLOSING_NAME = lazy_pattern(r"(?<=\S)\s+\((?P<year>(?:1[5-9]|20)\d\d)\)$")
# a name and the year in brackets closing the unit: "Nanyang Technological University (2012)"
_YEAR_BRACKET_CLOSING = lazy_pattern(r"^(?P<rest>[^\d()]*[^\W\d_])\s*\((?P<year>(?:1[5-9]|20)\d\d)\)$")
_STATUS = lazy_pattern(
    r"^(?:to be published|submitted for publication|in press|early access|accepted for publication)$", re.I
)


@dataclass
class Source:
    type: str = "document"
    fields: dict[str, Any] = field(default_factory=dict)
    leftover: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    # the unit read last was the proceedings' name, which the next unit may carry on, and it closed on a period
    open_name: bool = False
    cut_period: bool = False
    # the container after "in" is in plain type: no closing mark tells where its name ends
    plain_book: bool = False


def units(s: str) -> list[str]:
    """``s`` cut at the commas outside brackets and italics, each unit stripped."""
    out, depth, italic, start = [], 0, False, 0
    for i, c in enumerate(s):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c in (IT_OPEN, IT_CLOSE):
            italic = c == IT_OPEN
        elif c == "," and depth == 0 and not italic:
            out.append(s[start:i])
            start = i + 1
    out.append(s[start:])
    return [u.strip(" .") if u.rstrip().endswith(IT_CLOSE + ".") or not _ends_abbrev(u) else u.strip() for u in out]


_ABBREVIATION_END = lazy_pattern(r"(?:\b[A-Z][a-z]{0,5}|\bet al)\.\s*$")


def _ends_abbrev(u: str) -> bool:
    """``Ed.``, ``Univ.``, ``Tech. Rep.``, ``Pattern Recognit.``: a final period that belongs to the word."""
    return bool(_ABBREVIATION_END.search(u)) or bool(ABBREVIATED_END.search(u.strip()))


def _container(u: str, journal: bool) -> str | None:
    """The container as written: a whole italic span keeps its abbreviations' periods."""
    if u.startswith(IT_OPEN) and u.endswith(IT_CLOSE) and u.count(IT_OPEN) == 1:
        return unmark(u).strip(" ,") or None
    return container_value(u, journal=journal)


def _place_and_publisher(pending: list[str], src: Source) -> None:
    """An institution followed by its place (``Dept. X, Univ. Y, City, ST, Country``)."""
    for k in range(min(3, len(pending)), 0, -1):
        if k == len(pending) and has_org_word(pending[0]):
            continue  # "McGill University, Canada": the body is no part of its place
        if is_place(", ".join(pending[-k:])):
            src.fields["publisher-place"] = ", ".join(pending[-k:])
            pending = pending[:-k]
            break
    if pending:
        src.fields["publisher"] = ", ".join(pending)


def _unit(u: str, src: Source, first: bool) -> bool:
    """Read one unit into ``src``; False where it is of no kind IEEE writes here."""
    f = src.fields
    if src.open_name and _name_goes_on(u):
        # the period the units' cut took off the name's last abbreviation ("Power Electron.,") is the name's
        name = str(f["container-title"])
        if src.cut_period and not name.endswith("."):
            name += "."
        f["container-title"] = f"{name}, {unmark(u).strip(' ,')}"
        return True
    src.open_name = False
    if first and u.startswith(("in " + IT_OPEN, "In " + IT_OPEN, "in ", "In ")):
        f["container-title"] = _container(u[3:], False)
        src.type = "paper-conference"
        src.open_name = bool(f["container-title"]) and not u.rstrip().endswith(IT_CLOSE)
        src.plain_book = src.open_name
        if src.open_name and (m := _VOLUME_YEAR_CLOSING.search(str(f["container-title"]))):
            f["container-title"] = f["container-title"][: m.start()]
            f["volume"], f["issued"] = m.group("volume"), {"date-parts": [[int(m.group("year"))]]}
            src.open_name = src.plain_book = False
        elif src.open_name and "issued" not in f and (m := _YEAR_CLOSING_NAME.search(str(f["container-title"]))):
            f["container-title"] = f["container-title"][: m.start()]
            f["issued"] = {"date-parts": [[int(m.group("year"))]]}
            src.open_name = src.plain_book = False
    elif first and u.startswith(IT_OPEN) and u.endswith(IT_CLOSE):
        if preprint := _ARXIV_VENUE.fullmatch(unmark(u).strip(" ,")):
            f["number"], f["genre"] = preprint["id"].replace(" ", ""), preprint["genre"]
            src.type = "article"
            return True
        f["container-title"] = _container(u, True)
        src.type = "article-journal"
    elif _DATE.match(u) or _MONTH_DAY.match(u):
        date = parse_date(u)
        if date is None or not date.issued:
            return False
        f["issued"] = date.issued
    elif m := _VOLUME.match(u):
        f["volume"] = m.group("v")
    elif m := _ISSUE.match(u):
        f["issue"] = m.group("v")
    elif m := _PAGES.match(u):
        f["page"] = clean_pages(m.group("v"))
    elif m := _ARTICLE.match(u):
        f["page"] = m.group("v")  # an article number stands for the pages
    elif m := _EDITION.match(u):
        if (ed := edition_value(m.group("ed") + " ed.")) is None:
            return False
        f["edition"] = ed
        if m.group("more"):
            src.pending.append(m.group("more"))
    elif m := _EDITORS.match(u):
        # "J. Peters, Ed. New York: McGraw-Hill": the place may follow the role in the same unit
        named = _editor_units(src.pending)
        if "volume" in f and 0 < len(named) < len(src.pending):
            # "vol. 3, Polymers of Hexadromicon, J. Peters, Ed.": the volume's own title before the editors
            f["volume-title"] = ", ".join(src.pending[: len(src.pending) - len(named)])
            src.pending = named
        elif src.plain_book and 0 < len(named) < len(src.pending):
            # "in Brainlesion: Glioma, Multiple Sclerosis, Stroke and …, S. Bakas et al., Eds.": the book's name
            # in plain type goes on to the editors
            book = ", ".join(src.pending[: len(src.pending) - len(named)])
            f["container-title"], src.pending = f"{f['container-title']}, {book}", named
        editors = parse_names(", ".join(src.pending))
        if not editors or not src.pending:
            return False
        f["editor"], src.pending = editors, []
        if m.group("more") and not _unit(m.group("more"), src, False):
            return False
    elif m := _PLACE_PUBLISHER.match(u):
        place = ", ".join([*src.pending, m.group("place")])
        if not is_place(place):
            return False
        head = _BOOK_THEN_TOWN.match(str(f.get("container-title", ""))) if src.plain_book else None
        if head and is_place(f"{head['town']}, {place}"):
            # "in Wiley Encyclopedia of Clinical Trials. Hoboken, NJ, USA: Wiley": the book's period, then its town
            f["container-title"], place = head["book"], f"{head['town']}, {place}"
        f["publisher-place"] = place
        f["publisher"], src.pending = m.group("pub"), []
    elif m := _REPORT.match(u):
        src.type = "report"
        if m.group("v"):
            f["number"] = m.group("v")
    elif _THESIS.match(u):
        src.type, f["genre"] = "thesis", u
    elif _STANDARD.match(u):
        src.type, f["number"] = "standard", u
    elif _SOFTWARE.match(u):
        src.type = "software"
    elif _STATUS.match(u):
        f["status"] = u.lower()
    elif "issued" not in f and (m := _YEAR_BRACKET_CLOSING.match(u)):
        # Optica's "Ph.D. thesis, Nanyang Technological University (2012).": the year in brackets closes the entry
        f["issued"] = {"date-parts": [[int(m.group("year"))]]}
        src.pending.append(m.group("rest"))
    else:
        src.pending.append(u)
    return True


# one editor as IEEE writes them, initials first: "J. Peters", "and W.-K. Chen", "et al.", "S. Bakas et al."
_PERSON_UNIT = lazy_pattern(
    r"(?:and\s+)?(?:[A-Z][a-z]?\.\s?-?)+\s?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?:\s+et\s+al\.?)?|et\s+al\.?"
)


def _editor_units(pending: list[str]) -> list[str]:
    """The closing units of ``pending`` that are each one person named initials first."""
    k = len(pending)
    while k > 0 and _PERSON_UNIT.fullmatch(pending[k - 1].strip()):
        k -= 1
    return pending[k:]


def _name_goes_on(u: str) -> bool:
    """Whether ``u`` carries on a proceedings' name cut at a comma (``Autom. Syst. (ICCAS)``): abbreviated or
    capitalised words with an abbreviation's period or the meeting's bracket, and no place (``St. Louis, MO``)."""
    return bool(_NAME_GOES_ON.match(u)) and ("." in u or "(" in u) and not is_place(u)


_STOP_BEFORE_COMMA = lazy_pattern(r"[^,]*?\.\s*,")
_DIGIT = lazy_pattern(r"\d")


def parse_source(rest: str, italic_title: bool, online: bool) -> Source | None:
    """The fields of IEEE's source element, or None where a unit fits no form."""
    src = Source("book" if italic_title else "document")
    s = rest.strip(" ,.")
    for i, u in enumerate(units(s) if s else []):
        if u and not _unit(u, src, i == 0 and not italic_title):
            return None
        if i == 0 and src.open_name:
            src.cut_period = bool(_STOP_BEFORE_COMMA.match(s))
    pending = src.pending
    if pending and src.type in ("report", "thesis"):
        _place_and_publisher(pending, src)
    elif pending and src.type == "paper-conference" and is_place(", ".join(pending)):
        src.fields["publisher-place"] = ", ".join(pending)
    elif (pending and src.type == "document" and len(pending) == 1 and not {"volume", "issue"} & set(src.fields)
          and trade_imprint(unmark(pending[0]))):
        # "Title", The University of Alberta Press, 1975, pp. 106-108: a publisher and the pages cited, a book
        _place_and_publisher([p.strip() for p in unmark(pending[0]).split(",")], src)
        src.type = "book"
    elif pending and src.type == "document" and "container-title" not in src.fields and len(pending) == 1:
        # a journal written without italics: the first unit, before its volume, number and pages
        # a unit with numbers of its own ("Journal 12 (1975)") is written in another style
        if not any(k in src.fields for k in ("volume", "issue", "page")) or _DIGIT.search(pending[0]):
            src.leftover.extend(pending)
        else:
            src.fields["container-title"] = container_value(unmark(pending[0]), journal=True)
            src.type = "article-journal"
    elif pending:
        src.leftover.extend(pending)
    if src.type == "paper-conference" and "publisher" in src.fields:
        src.type = "chapter"
    if src.type == "document" and online:
        src.type = "webpage"
    return src
