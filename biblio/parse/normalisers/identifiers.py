"""DOI, URL and ISBN spans -> ``DOI``, ``URL``, ``ISBN``.

Fields touched: ``DOI``, ``URL``, ``ISBN``.

A DOI is stored bare (``10.1000/xyz``) whether written ``doi:10...``,
``https://doi.org/10...`` or as a Markdown link to doi.org.  A URL is stored
exactly as written, without the angle brackets or the sentence's final period.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from biblio.entities import unescape

FIELDS = ("DOI", "URL", "ISBN")

# (an old Wiley SICI DOI holds a bracketed part: "10.1002/(SICI)1097-4571(199507)46:6<400::AID-ASI2>3.0.CO;2-Y")
_DOI = re.compile(r"10\.\d{3,9}/(?:[^\s\"<>\]\[]|<[^\s\"<>]*>)+")
_DOI_LINK = re.compile(r"^(?:https?://)?(?:dx\.|www\.)?doi\.org/", re.I)
# full-width punctuation is never part of an address (a URL writes it percent-encoded)
_URL = re.compile(r"(?:(?:https?|ftp)://|www\.)[^\s<>\"\]\[，。；、（）《》「」『』【】]+", re.I)
_MD_TARGET = re.compile(r"\]\(\s*<?([^()\s<>]+(?:\([^()\s]*\))?[^()\s<>]*)>?\s*\)")
_ISBN = re.compile(r"(?:97[89][-\s]?)?(?:\d[-\s]?){9}[\dXx]")
_TRAIL = ".,;:>*_"
# PDF text breaks a DOI after its prefix ("10.1021/ es0343000"): no DOI ends with its slash
_BROKEN_DOI = re.compile(r"(10\.\d{3,9}/)\s+(?=[^\s\"<>\]\[])")


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


_RUN_ON = re.compile(r"(?:\.URL|,[^\W\d_].*)$")


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


_BROKEN_SCHEME = re.compile(r"\b(https?|ftp)\s*:\s*//\s*", re.I)
_HOST_PATH = re.compile(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,}/\S*", re.I)
_URL_END = re.compile(r"\)\(|[(\[]\s*(?:accessed|retrieved|viewed|consulted)", re.I)


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
