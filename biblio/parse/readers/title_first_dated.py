"""References printed title first, the names in natural order after it, and the source last with a date in ISO
form in brackets before the work's address: ``Deep learning. Yann LeCun, Yoshua Bengio, Geoffrey Hinton. *Nature*
(2015-05-27) https://doi.org/10.1038/nature14539``, perhaps followed by its identifiers (``DOI: 10.1038/… · PMID:
26017442 · PMCID: PMC…``).

``read(text)`` is the structured-reader interface (readers/base.py). This is the form of the reference lists
manubot renders for its manuscripts (a title line, a names line and a source line, one reference per block; the
HTML reader ends each line with a full stop where it had none, ``documents/html``), of a few publishers' "title
first" lists, and of web pages cited by title and date alone. The whole reference must have that shape: the
title, a sentence of names alone (given names first, ``…`` before the last name where names are left out), the
container in emphasis if any, the date in brackets (year, month and day where no names are given) and the
address last, so the reader is taken before the sequence model's reading (``EXCLUSIVE`` in
``biblio.parse.readers``), which reads the title's last words as a given name and the names into the title.

Fields touched: ``type``, ``title``, ``author``, ``container-title``, ``issued``, ``URL``, ``DOI``, ``PMID``,
``PMCID``.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.identifiers import doi_value, is_doi_link
from biblio.parse.normalisers.names import PARTICLE_WORD, parse_person_list
from biblio.parse.readers.base import Reading, marked_reading
from biblio.records.model import Item

__all__ = ["NAME", "looks_like_names", "read", "title_and_names"]

NAME = "title-first-dated"
BASE_CONFIDENCE = 0.9

# a link as the tidied text keeps it: its words stand for it ("DOI: [10.1186/…](https://doi.org/10.1186/…)")
_LINK = lazy_pattern(r"\[([^\[\]]+)\]\((?:https?|ftp)://[^()\s]+\)")
_IDENTIFIERS = lazy_pattern(
    r"\s+DOI:\s*(?P<doi>10\.\d{4,9}/\S+?)(?:\s+·\s+PMID:\s*(?P<pmid>\d+))?(?:\s+·\s+PMCID:\s*(?P<pmcid>PMC\d+))?"
    r"\s*\.?$"
)
_SOURCE = lazy_pattern(
    r"(?:\s*\*(?P<container>[^*]+)\*)?\s*\((?P<date>(?:1[5-9]|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)\)"
    r"\s*(?P<url>https?://\S+?)\.?$"
)
# one name in natural order: capitalised words and initials, particles inside, no digits ("Quoc V. Le",
# "Héctor Corrada Bravo", "Ahmad Al Badawi", "JIE TAN")
_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][^\W\d_]*(?:['’.-][^\W\d_]+)*)"
_NAME = rf"{_WORD}(?:\s+(?:{_WORD}|{PARTICLE_WORD}))*"
_NAMES = lazy_pattern(rf"^{_NAME}(?:,\s+{_NAME})*(?:,\s+…\s+{_NAME})?$")
_SENTENCE_END = lazy_pattern(r"[.?!]\s+(?=[A-Z])")
_INITIAL_END = lazy_pattern(r"(?:^|\s)[A-Z]\.$")


def looks_like_names(text: str) -> bool:
    """Whether ``text`` is a list of names alone, in this reader's sense."""
    return _NAMES.match(text) is not None


def read(text: str) -> Reading | None:
    """The reading of ``Title. Names. *Container* (YYYY-MM-DD) address``, or None for "not my style"."""
    if "(" not in text or "http" not in text:
        return None
    flat = _LINK.sub(r"\1", text.strip())
    item: Item = {}
    ids = _IDENTIFIERS.search(flat)
    if ids is not None:
        flat = flat[: ids.start()]
    source = _SOURCE.search(flat)
    if source is None:
        return None
    head = flat[: source.start()].strip()
    title, names = title_and_names(head, full_date=source.group("date").count("-") == 2)
    if not title:
        return None
    item["title"] = title
    if names:
        item["author"] = names
    container = (source.group("container") or "").strip()
    if container:
        item["container-title"] = container
    item["issued"] = {"date-parts": [[int(part) for part in source.group("date").split("-")]]}
    url = source.group("url")
    if ids is not None:
        item["DOI"] = ids.group("doi").rstrip(".")
        for var in ("pmid", "pmcid"):
            if ids.group(var):
                item[var.upper()] = ids.group(var)
    if is_doi_link(url) and (doi := doi_value(url)):
        item.setdefault("DOI", doi)
    elif not (url.lower().split("://", 1)[-1].startswith(("doi.org/", "dx.doi.org/")) and "DOI" in item):
        item["URL"] = url  # a short DOI's link ("https://doi.org/gddkhn") is the DOI's, given after it
    item["type"] = "article-journal" if container and "DOI" in item else "webpage" if "URL" in item else "document"
    return marked_reading(item, NAME, BASE_CONFIDENCE)


def title_and_names(head: str, full_date: bool) -> tuple[str, list]:
    """The title and the names of the head: the earliest sentence break after which the rest is names alone; a
    head with no names is a title only before a full date (a web page's ``Title(2016-12-15) address``)."""
    for m in _SENTENCE_END.finditer(head):
        title, rest = head[: m.start() + 1], head[m.end():].rstrip(" .")
        # a title of two words or more, not names' initials ("A. Smith, B. Jones, Deep Learning (2016) …")
        if _NAMES.match(rest) and len(title.split()) >= 2 and not _INITIAL_END.search(title):
            names = parse_person_list(rest.replace("… ", ""))
            if names and not any("literal" in n for n in names):
                return title.rstrip(".").strip(), names
    # a bare title: no sentence, no names or container in emphasis, no quoted title with more after it (a talk's
    # ``"Title" **Name** *PyGotham*, (2016-09-25)``)
    if (full_date and not _SENTENCE_END.search(head) and len(head.split()) >= 3
            and not any(mark in head for mark in ('*', '"', "“", "_")) and not head.endswith(",")):
        return head.rstrip("."), []
    return "", []
