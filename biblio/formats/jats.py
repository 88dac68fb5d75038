"""JATS XML articles (PubMed Central, PLOS, eLife, …): the reference list read from its tags.

A JATS article's ``<ref-list>`` holds each reference as ``<mixed-citation>`` (the printed text, tags
around its parts), ``<element-citation>`` or the older ``<nlm-citation>``/``<citation>`` (tags only).
Each ``<ref>`` gives one record, in document order: its parts come from the tags (names, titles,
source, date, volume, issue, pages, publisher, identifiers, links). A citation whose tags cannot be
trusted is parsed from its text like any printed reference: one with no tagged title, source or
name (``publication-type="other"`` prose), or one that repeats a single-valued tag or puts words in
a number's tag (``<volume>Oecologia</volume> <volume>56</volume>``). None is lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from biblio.formats.problems import Report, raise_first
from biblio.records.keys import with_ids
from biblio.records.model import Item, biblio_data

_ROOT = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+article\b[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<article\b",
    re.DOTALL,
)
_PARTS = re.compile(r"<(?:front|back|ref-list)\b")
_CITATIONS = ("mixed-citation", "element-citation", "nlm-citation", "citation")
_TYPES = {
    "journal": "article-journal",
    "book": "book",
    "confproc": "paper-conference",
    "conf-proc": "paper-conference",
    "thesis": "thesis",
    "report": "report",
    "web": "webpage",
    "webpage": "webpage",
    "website": "webpage",
    "software": "software",
    "data": "dataset",
    "dataset": "dataset",
    "database": "dataset",
    "patent": "patent",
    "preprint": "article",
    "newspaper": "article-newspaper",
    "magazine": "article-magazine",
}
_ROLES = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "compiler": "compiler",
    "inventor": "author",
    "guest-editor": "editor",
    "director": "director",
}
# Tags that may stand once in a citation: a second one is a tagging slip, and the text is read instead.
_SINGLE = ("article-title", "chapter-title", "source", "year", "volume", "issue", "fpage")
_DOI = re.compile(r"\b(10\.\d{4,9}/\S+?)[.,;]?$")
_DIGITS = re.compile(r"\d")
_NUMBER_WORD = re.compile(r"^(?:vol(?:ume)?|no|issue)\.?\s+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_ACCESSED = re.compile(r"\b(?:accessed|retrieved|cited|viewed)(?:\s+on)?:?\s+([^.;]*\d{4})", re.IGNORECASE)


def is_jats(text: str) -> bool:
    """Is ``text`` a JATS (or NLM) article: an XML document whose root is ``<article>`` with JATS's
    ``<front>``/``<back>`` parts (an HTML5 ``<article>`` has neither)?"""
    return bool(_ROOT.match(text[:4000])) and _PARTS.search(text) is not None


def loads(text: str, name: str = "input", report: Report = raise_first) -> list[Item]:
    """The records of a JATS article's reference lists, in document order, with ids."""
    return with_ids(list(iter_items(text, name, report)))


def iter_items(text: str, name: str = "input", report: Report = raise_first) -> Iterator[Item]:
    """One record per ``<ref>`` of the article's reference lists (see the module's docstring)."""
    try:
        root = etree.fromstring(
            text.encode("utf-8"),
            etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False),
        )
    except etree.XMLSyntaxError as exc:
        report(f"{name}: not well-formed XML ({exc})")
        return
    if root is None:
        report(f"{name}: not well-formed XML")
        return
    for ref_list in root.iter("ref-list"):
        heading = _text(ref_list.find("title")) or "References"
        for ref in ref_list.findall("ref"):
            item = _ref_item(ref)
            if item is None:
                continue
            data = biblio_data(item)
            data["line"] = ref.sourceline
            data["section"] = heading
            label = _text(ref.find("label"))
            if label:
                data["label"] = label
            yield item


def _ref_item(ref: etree._Element) -> Item | None:
    citation = next((c for tag in _CITATIONS for c in ref.iter(tag)), None)
    if citation is None:
        return None
    printed = _printed(citation)
    if not _trusted(citation):
        from biblio.parse import parse_reference

        return parse_reference(printed) if printed else None
    item = _tagged(citation)
    biblio_data(item)["source"] = printed
    return item


def _trusted(citation: etree._Element) -> bool:
    """Do the tags say what the citation holds? (A title or source, once each, numbers in number tags.)"""
    if (
        citation.find("article-title") is None
        and citation.find("chapter-title") is None
        and citation.find("source") is None
        and citation.find("data-title") is None
    ):
        return False
    if any(len(citation.findall(tag)) > 1 for tag in _SINGLE):
        return False
    return all(_DIGITS.search(_text(citation.find(tag)) or "0") for tag in ("volume", "issue", "year"))


def _tagged(citation: etree._Element) -> Item:
    kind = (citation.get("publication-type") or citation.get("citation-type") or "").lower()
    item: Item = {"type": _TYPES.get(kind, "document")}
    _names(citation, item)
    title = (
        _text(citation.find("article-title"))
        or _text(citation.find("chapter-title"))
        or _text(citation.find("data-title"))
    )
    source = _text(citation.find("source"))
    container = source or _text(citation.find("conf-name"))
    if title:
        item["title"] = _title(title)
        if container:
            item["container-title"] = _title(container)
        if item["type"] == "book" and citation.find("chapter-title") is not None:
            item["type"] = "chapter"
    elif source:
        item["title"] = _title(source)
    _date(citation, item)
    for tag, key in (
        ("volume", "volume"),
        ("issue", "issue"),
        ("publisher-name", "publisher"),
        ("publisher-loc", "publisher-place"),
        ("series", "collection-title"),
        ("conf-loc", "event-place"),
    ):
        value = _text(citation.find(tag))
        if value:
            item[key] = _NUMBER_WORD.sub("", value) if key in ("volume", "issue") else value
    edition = _text(citation.find("edition"))
    if edition:
        digits = re.match(r"\d+", edition)
        item["edition"] = digits.group(0) if digits else edition
    _pages(citation, item)
    _identifiers(citation, item)
    _accessed(citation, item)
    return item


def _names(citation: etree._Element, item: Item) -> None:
    """Names by their group's role; a name standing loose after the title is the container's editor."""
    for group in citation.findall("person-group"):
        role = _ROLES.get((group.get("person-group-type") or "author").lower(), "author")
        item.setdefault(role, []).extend(n for n in map(_name, group) if n)
    seen_title = False
    for child in citation:
        if child.tag in ("article-title", "chapter-title", "source", "data-title"):
            seen_title = True
        name = _name(child) if child.tag in ("name", "string-name", "collab") else None
        if name:
            item.setdefault("editor" if seen_title else "author", []).append(name)


def _name(element: etree._Element) -> dict[str, str] | None:
    if not isinstance(element.tag, str):
        return None
    if element.tag == "collab":
        literal = _text(element)
        return {"literal": literal} if literal else None
    if element.tag not in ("name", "string-name"):
        return None
    family = _text(element.find("surname"))
    if not family:
        literal = _text(element)
        return {"literal": literal} if literal else None
    name = {"family": family}
    for tag, key in (("given-names", "given"), ("prefix", "dropping-particle"), ("suffix", "suffix")):
        value = _text(element.find(tag))
        if value:
            name[key] = value
    return name


def _date(citation: etree._Element, item: Item) -> None:
    year = re.search(r"\d{4}", _text(citation.find("year")) or "")
    if not year:
        return
    parts = [int(year.group(0))]
    month = _text(citation.find("month")) or ""
    day = _text(citation.find("day")) or ""
    if month.isdigit() and 1 <= int(month) <= 12:
        parts.append(int(month))
        if day.isdigit() and 1 <= int(day) <= 31:
            parts.append(int(day))
    item["issued"] = {"date-parts": [parts]}


def _pages(citation: etree._Element, item: Item) -> None:
    first, last = _text(citation.find("fpage")), _text(citation.find("lpage"))
    page = (
        _text(citation.find("page-range"))
        or (f"{first}-{last}" if first and last else first)
        or _text(citation.find("elocation-id"))
    )
    if page:
        item["page"] = page


def _identifiers(citation: etree._Element, item: Item) -> None:
    """DOI, PMID, ISBN from ``pub-id``/``object-id``; a link's DOI or web address from ``ext-link``/``uri``."""
    for element in citation.iter("pub-id", "object-id"):
        kind, value = (element.get("pub-id-type") or "").lower(), _text(element)
        if value and kind in ("doi", "pmid", "pmcid", "isbn"):
            item.setdefault(kind.upper(), value)
    isbn = _text(citation.find("isbn"))
    if isbn:
        item.setdefault("ISBN", isbn)
    for link in citation.iter("ext-link", "uri"):
        target = (link.get("{http://www.w3.org/1999/xlink}href") or _text(link) or "").strip()
        shown = _text(link) or target
        doi = _DOI.search(shown) or _DOI.search(target)
        if (link.get("ext-link-type") or "").lower() == "doi" or (doi and ("doi" in target or shown == doi.group(1))):
            if doi:
                item.setdefault("DOI", doi.group(1))
        elif target.startswith(("http://", "https://", "ftp://")):
            item.setdefault("URL", target)


def _accessed(citation: etree._Element, item: Item) -> None:
    """The date the work was read: ``<date-in-citation content-type="access-date">``, or a comment's
    "Accessed 19 April 2004" ("Retrieved", "Cited", "Viewed")."""
    tagged = next((d for d in citation.iter("date-in-citation") if d.get("content-type") == "access-date"), None)
    said = _ACCESSED.search(" ".join(_text(c) or "" for c in citation.iter("comment")))
    raw = (tagged.get("iso-8601-date") or _text(tagged)) if tagged is not None else (said.group(1) if said else None)
    if raw:
        from biblio.parse.normalisers.dates import loose_date

        date = loose_date(raw)
        if date and len(date["date-parts"][0]) > 1:
            item["accessed"] = {"date-parts": date["date-parts"]}


def _printed(citation: etree._Element) -> str:
    """The citation as a reader sees it: its text, tags dropped; tag-only citations joined by spaces."""
    parts: list[str] = [citation.text or ""]
    for child in citation:
        if isinstance(child.tag, str) and child.tag != "object-id":  # an id for machines, not printed
            parts.append(" ".join(child.itertext()))
        parts.append(child.tail or "")
    return _SPACE.sub(" ", "".join(parts)).strip()


def _title(text: str) -> str:
    """A title without its closing period (a question or exclamation mark stays)."""
    return text[:-1].rstrip() if text.endswith(".") and not text.endswith("..") else text


def _text(element: etree._Element | None) -> str | None:
    if element is None:
        return None
    text = _SPACE.sub(" ", "".join(element.itertext())).strip()
    return text or None
