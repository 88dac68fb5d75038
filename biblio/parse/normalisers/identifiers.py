"""DOI, URL and ISBN spans -> ``DOI``, ``URL``, ``ISBN``; PubMed numbers left in a note -> ``PMID``, ``PMCID``.

Fields touched: ``DOI``, ``URL``, ``ISBN``, ``PMID``, ``PMCID``, ``note``.

A DOI is stored bare (``10.1000/xyz``) whether written ``doi:10...``,
``https://doi.org/10...`` or as a Markdown link to doi.org.  A URL is stored
exactly as written, without the angle brackets or the sentence's final period.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from biblio.entities import unescape
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.records.model import UNPARSED_REMAINDER, Item, drop_flag

FIELDS = ("DOI", "URL", "ISBN", "PMID", "PMCID")

# (an old Wiley SICI DOI holds a bracketed part: "10.1002/(SICI)1097-4571(199507)46:6<400::AID-ASI2>3.0.CO;2-Y")
_DOI = lazy_pattern(r"10\.\d{3,9}/(?:[^\s\"<>\]\[]|<[^\s\"<>]*>)+")
_DOI_LINK = lazy_pattern(r"^(?:https?://)?(?:dx\.|www\.)?doi\.org/", re.I)
# full-width punctuation is never part of an address (a URL writes it percent-encoded)
_URL = lazy_pattern(r"(?:(?:https?|ftp)://|www\.)[^\s<>\"\]\[，。；、（）《》「」『』【】]+", re.I)
_MD_TARGET = lazy_pattern(r"\]\(\s*<?([^()\s<>]+(?:\([^()\s]*\))?[^()\s<>]*)>?\s*\)")
_ISBN = lazy_pattern(r"(?:97[89][-\s]?)?(?:\d[-\s]?){9}[\dXx]")
_TRAIL = ".,;:>*_"
# PDF text breaks a DOI after its prefix ("10.1021/ es0343000"): no DOI ends with its slash
_BROKEN_DOI = lazy_pattern(r"(10\.\d{3,9}/)\s+(?=[^\s\"<>\]\[])")


def _tail(v: str) -> str:
    v = v.rstrip(_TRAIL)
    # an unbalanced closing bracket belongs to the sentence, not the identifier
    while v[-1:] in ")]" and v.count("(") + v.count("[") < v.count(")") + v.count("]"):
        v = v[:-1].rstrip(_TRAIL)
    return v


def _targets(text: str) -> str:
    """``[text](target)`` -> ``target``: the link's address is the identifier (and a DOI broken
    after its prefix is joined)."""
    return _BROKEN_DOI.sub(r"\1", _MD_TARGET.sub(lambda m: "] " + m.group(1) + " ", unescape(text)))


_RUN_ON = lazy_pattern(r"(?:\.URL|,[^\W\d_].*)$")


def doi_value(text: str) -> str | None:
    """The bare DOI in a span, or None."""
    s = _targets(text)
    m = _DOI.search(s)
    if not m:
        return None
    # PDF text runs the next field on: "10.1103/PhysRevD.93.094512.URL", "10.1103/X.96.181602,hep"
    doi = _tail(_RUN_ON.sub("", m.group(0)))
    if "%2F" in doi or "%2f" in doi:
        doi = unquote(doi)
    return doi


def is_doi_link(url: str) -> bool:
    return bool(_DOI_LINK.match(url)) and bool(_DOI.search(url))


_BROKEN_SCHEME = lazy_pattern(r"\b(https?|ftp)\s*:\s*//\s*", re.I)
_HOST_PATH = lazy_pattern(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,}/\S*", re.I)
_URL_END = lazy_pattern(r"\)\(|[(\[]\s*(?:accessed|retrieved|viewed|consulted)", re.I)


def url_value(text: str) -> str | None:
    """The first URL of a span, exactly as written; None when there is none."""
    # PDF text breaks "https://" apart: "https ://", "http: //"
    s = _BROKEN_SCHEME.sub(r"\1://", _targets(text))
    m = _URL.search(s)
    if not m:
        # "Available at: example.org/page": a host with a path
        m = _HOST_PATH.search(s)
        if not m:
            return None
    url = _URL_END.split(m.group(0), maxsplit=1)[0]
    return _tail(url) or None


def isbn_value(text: str) -> str | None:
    m = _ISBN.search(text)
    return m.group(0).strip() if m else None


# "PMID: 18260783", "PMCID: PMC6850630", "PMID 30000000": PubMed's numbers as biomedical references print them
_PUBMED = lazy_pattern(r"\b(PMCID|PMID)\s*:?\s*((?:PMC)?\d{4,9})\b", re.I)
_SEPARATORS = " .,;"


def pubmed_ids_apart(item: Item) -> None:
    """PubMed numbers a reader left in ``note`` become ``PMID``/``PMCID`` (Zotero keeps them as such), so
    the note holds only what no variable holds."""
    note = item.get("note")
    if not isinstance(note, str) or "PM" not in note.upper():
        return
    rest = note
    for m in _PUBMED.finditer(note):
        var = m.group(1).upper()
        value = m.group(2).upper()
        if var == "PMCID" and not value.startswith("PMC"):
            value = "PMC" + value
        if var == "PMID" and value.startswith("PMC"):
            continue  # a PMC number under the wrong name: left as written
        if item.setdefault(var, value) != value:
            continue  # another number under the same name: the note keeps this one
        rest = rest.replace(m.group(0), " ", 1)
    if rest == note:
        return
    parts = [p.strip(_SEPARATORS) for p in rest.split(";")]
    rest = "; ".join(p for p in parts if p)
    if rest:
        item["note"] = rest
    else:
        del item["note"]
    data = item.get("custom", {}).get("biblio", {})
    left = data.get("remainder")
    if isinstance(left, str) and not _PUBMED.sub("", left).strip(_SEPARATORS):
        del data["remainder"]  # the text no field held was only these numbers
        drop_flag(item, UNPARSED_REMAINDER)
