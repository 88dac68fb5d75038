"""Wikipedia's citation templates: ``{{cite journal |last=Smith |first=J. |title=… |journal=…}}``.

``read(text)`` is the structured-reader interface (readers/base.py). Citation Style 1 and 2 (``{{cite
book}}``, ``{{cite web}}``, ``{{Citation}}``, …) name every field, so the reading is exact and is taken before
the sequence model's (``EXCLUSIVE`` in ``biblio.parse.readers``), which reads the template's markup as text.
Each parameter maps to a CSL variable; a parameter with no variable is kept in ``note`` as ``name: value``,
so nothing the template says is lost. Wiki markup in values (``[[Target|text]]``, ``''italics''``) is read
as the text it shows.
"""

from __future__ import annotations

import re

from biblio.entities import unescape
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import read_date
from biblio.parse.normalisers.names import make_person, names_from_span
from biblio.parse.normalisers.pages import clean_pages
from biblio.parse.readers.base import Reading, marked_reading
from biblio.parse.readers.wikicite_languages import KINDS, english, template_names
from biblio.parse.text import strip_value
from biblio.records.model import Item, Name

__all__ = ["NAME", "read"]

NAME = "wikicite"
BASE_CONFIDENCE = 0.97

_TEMPLATE = lazy_pattern(
    r"^\s*(?:<ref[^>]*>\s*)?(?:\{\{\s*[a-z]{2,3}\s*\}\}\s*)?"  # a language mark before it: "{{en}} {{Lien web …}}"
    r"\{\{\s*(?P<kind>cite\s+[a-z][\w ]*?|citation|" + template_names() + r")\s*\|(?P<body>.*)\}\}"
    r"\s*(?:</ref>)?\s*[.,;]?\s*$",
    re.I | re.S,
)
# the CSL type each template names
_TYPES = {
    "journal": "article-journal",
    "book": "book",
    "web": "webpage",
    "news": "article-newspaper",
    "magazine": "article-magazine",
    "conference": "paper-conference",
    "thesis": "thesis",
    "report": "report",
    "techreport": "report",
    "encyclopedia": "entry-encyclopedia",
    "dictionary": "entry-dictionary",
    "press release": "report",
    "av media": "motion_picture",
    "av media notes": "motion_picture",
    "episode": "broadcast",
    "podcast": "broadcast",
    "interview": "interview",
    "map": "map",
    "arxiv": "article",
    "biorxiv": "article",
    "medrxiv": "article",
    "ssrn": "article",
    "tweet": "post",
    "speech": "speech",
    "patent": "patent",
    "document": "document",
    "mailing list": "post",
    "newsgroup": "post",
    "sign": "document",
    "oeis": "entry-encyclopedia",
}
# parameters that name the work holding this one
_CONTAINERS = (
    "journal",
    "newspaper",
    "magazine",
    "website",
    "work",
    "periodical",
    "encyclopedia",
    "dictionary",
    "book-title",
    "conference",
    "series-title",
    "via-work",
)
# parameter -> CSL variable, for values taken as written
_TEXT = {
    "volume": "volume",
    "issue": "issue",
    "number": "issue",
    "publisher": "publisher",
    "institution": "publisher",
    "location": "publisher-place",
    "place": "publisher-place",
    "publication-place": "publisher-place",
    "edition": "edition",
    "series": "collection-title",
    "doi": "DOI",
    "isbn": "ISBN",
    "issn": "ISSN",
    "pmid": "PMID",
    "url": "URL",
    "language": "language",
    "type": "genre",
    "medium": "medium",
    "degree": "genre",
    "section": "section",
    "version": "version",
    "chapter-url": "URL",
}
# parameters that only shape how Wikipedia shows the citation
_DISPLAY = lazy_pattern(
    r"^(?:.*-link\d*|.*-mask\d*|ref|mode|df|name-list-style|display-\w+|postscript|"
    r"url-status|url-access|doi-access|bibcode-access|.*-format|lay-\w+|quote-page|"
    r"access-date-format|no-pp|author-separator|separator|lastauthoramp)$"
)
_NAME_KEY = lazy_pattern(
    r"^(?:(?P<role>author|editor|translator|interviewer|host|director|contributor)(?P<n1>\d*)-?)?"
    r"(?P<part>last|surname|first|given|author|name)?(?P<n2>\d*)$"
)
_ROLES = {
    None: "author",
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "interviewer": "interviewer",
    "host": "host",
    "director": "director",
    "contributor": "contributor",
}
_LINK = lazy_pattern(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]")
_EXTERNAL = lazy_pattern(r"\[(?:https?:)?//\S+\s+([^\]]+)\]")
_EMPHASIS = lazy_pattern(r"'{2,5}")


def _clean(value: str) -> str:
    """A parameter's value as Wikipedia shows it: links as their text, no emphasis marks, entities read."""
    value = _LINK.sub(r"\1", value.replace("{{!}}", "|"))
    value = _EMPHASIS.sub("", _EXTERNAL.sub(r"\1", value))
    return " ".join(unescape(value).split())


def _params(body: str) -> list[tuple[str, str]]:
    """The ``name=value`` pairs, split at the bars that are not inside ``[[…]]`` or ``{{…}}``."""
    parts: list[str] = []
    depth, start = 0, 0
    for k, ch in enumerate(body):
        if ch in "[{":
            depth += 1
        elif ch in "]}":
            depth = max(0, depth - 1)
        elif ch == "|" and depth == 0:
            parts.append(body[start:k])
            start = k + 1
    parts.append(body[start:])
    out = []
    unnamed = 0
    for part in parts:
        name, eq, value = part.partition("=")
        if not eq:  # a value without a name ("{{Citation|Smith|2020}}"): MediaWiki numbers it, biblio keeps it
            unnamed += 1
            name, value = str(unnamed), part
        if v := _clean(value):
            out.append((name.strip().lower().replace("_", "-"), v))
    return out


def _names(params: list[tuple[str, str]], item: Item, kept: list[str]) -> list[tuple[str, str]]:
    """People and organisations into their roles; the parameters that name no one are returned."""
    people: dict[tuple[str, int], dict[str, str]] = {}
    rest = []
    for name, value in params:
        m = _NAME_KEY.match(name)
        if name in ("vauthors", "veditors", "authors", "people"):
            var = "editor" if name == "veditors" else "author"
            item.setdefault(var, []).extend(names_from_span(value))
        elif m and (m["part"] or m["role"]) and name not in ("name",):
            var = _ROLES[m["role"]]
            n = int(m["n1"] or m["n2"] or 1)
            people.setdefault((var, n), {})[m["part"] or "author"] = value
        else:
            rest.append((name, value))
    for (var, _n), parts in sorted(people.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        found = _persons(parts)
        if found:
            item.setdefault(var, []).extend(found)
        else:
            kept.extend(f"{var}: {v}" for v in parts.values())
    return rest


# a "last" that holds a whole list: "Wilson, R., & Watkins, J. J."
_LIST = lazy_pattern(r",.*(?:&|\band\b|,)")
# or a Vancouver list of two or more, each name its family and capital initials: "Moen MD, Keam SJ"
_VANCOUVER_LIST = lazy_pattern(r"^[^\W\d_][\w'’-]* [A-Z]{1,3}(?:, [^\W\d_][\w'’-]* [A-Z]{1,3})+$")


def _persons(parts: dict[str, str]) -> list[Name]:
    """The one person a numbered name gives, or the list a name parameter was (mis)used to hold."""
    family = parts.get("last") or parts.get("surname")
    given = parts.get("first") or parts.get("given")
    if family and not given and (_LIST.search(family) or _VANCOUVER_LIST.match(family)):
        return names_from_span(family)
    if family:
        return [make_person(family, given) if given else {"family": family}]
    whole = parts.get("author") or parts.get("name")
    if whole:
        return names_from_span(whole) or [{"literal": whole}]
    return []


_ORDINAL_TAIL = lazy_pattern(r"(?i)(\d+)(?:st|nd|rd|th)\b.*")


def _record(kind: str, params: list[tuple[str, str]]) -> Item:
    item: Item = {"type": _TYPES.get(kind, "document")}
    kept: list[str] = []
    rest = dict(_names(params, item, kept))
    title, chapter = rest.pop("title", None), rest.pop("chapter", None) or rest.pop("contribution", None)
    entry = rest.pop("entry", None) or rest.pop("article", None)
    container = next((rest.pop(k) for k in _CONTAINERS if k in rest), None)
    if chapter and title:
        item["title"], item["container-title"] = chapter, title
        if item["type"] == "book":
            item["type"] = "chapter"
    elif entry and (title or container):
        item["title"], item["container-title"] = entry, title or container
    elif title:
        item["title"] = title
        if container:
            item["container-title"] = container
    elif container:
        item["container-title"] = container
    if kind == "citation":
        item["type"] = _citation_type(item, rest)
    if kind == "oeis":  # {{Cite OEIS|sequencenumber=A008275|name=…}}: an entry, titled as Wikipedia shows it
        item.setdefault("container-title", "The On-Line Encyclopedia of Integer Sequences")
        number, name = rest.pop("sequencenumber", None) or rest.pop("a", None), rest.pop("name", None)
        if number:
            item["number"] = number
            item.setdefault("title", f"Sequence {number}" + (f" ({name})" if name else ""))
    pages = rest.pop("pages", None) or rest.pop("page", None) or rest.pop("pp", None) or rest.pop("p", None)
    if pages:
        item["page"] = clean_pages(pages)
    for key, var in _TEXT.items():
        if key in rest and var not in item:
            item[var] = rest.pop(key)
    if item.get("edition"):
        item["edition"] = _ORDINAL_TAIL.sub(r"\1", str(item["edition"]))
    if pmc := rest.pop("pmc", None):
        item["PMCID"] = pmc if pmc.upper().startswith("PMC") else f"PMC{pmc}"
    if arxiv := rest.pop("arxiv", None) or rest.pop("eprint", None):
        item["number"] = f"arXiv:{arxiv}" if not arxiv.lower().startswith("arxiv:") else arxiv
        if "container-title" not in item:
            item["type"] = "article"
    _dates(item, rest, kept)
    kept.extend(
        value if name.isdigit() else f"{name}: {value}" for name, value in rest.items() if not _DISPLAY.match(name)
    )
    if kept:
        item["note"] = "; ".join(kept)
    return item


def _dates(item: Item, rest: dict[str, str], kept: list[str]) -> None:
    for key, var in (
        ("date", "issued"),
        ("year", "issued"),
        ("orig-date", "original-date"),
        ("orig-year", "original-date"),
        ("access-date", "accessed"),
        ("accessdate", "accessed"),
        ("archive-date", None),
        ("publication-date", "issued"),
    ):
        value = rest.pop(key, None)
        if value is None:
            continue
        found = read_date(value)
        date = found.issued or found.accessed
        if var and date and var not in item:
            item[var] = date
        else:
            kept.append(f"{key}: {value}")


def _citation_type(item: Item, rest: dict[str, str]) -> str:
    """``{{Citation}}`` names no type: the parameters it has tell it."""
    if "journal" in rest or "volume" in rest and "container-title" in item:
        return "article-journal"
    if "container-title" in item:
        return "chapter" if "publisher" in rest else "webpage" if "url" in rest else "article-journal"
    return "book" if "publisher" in rest or "isbn" in rest else "webpage" if "url" in rest else "document"


def read(text: str) -> Reading | None:
    """The reading of a citation template, or None for "not my style"."""
    if "{{" not in text:
        return None
    m = _TEMPLATE.match(text)
    if m is None:
        return None
    name = " ".join(m["kind"].lower().split())
    params = _params(m["body"])
    if name in KINDS:
        kind, params = english(name, params)
    else:
        kind = " ".join(name.split()[1:]) if name.startswith("cite") else "citation"
    item = _record(kind, params)
    if isinstance(item.get("title"), str):
        item["title"] = strip_value(item["title"]) or item["title"]  # a title loses its final period
    return marked_reading(item, NAME, BASE_CONFIDENCE)
