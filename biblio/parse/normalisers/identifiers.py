"""DOI, URL and ISBN spans -> ``DOI``, ``URL``, ``ISBN``; PubMed numbers left in a note -> ``PMID``, ``PMCID``;
a preprint's arXiv identifier -> ``number``.

Fields touched: ``DOI``, ``URL``, ``ISBN``, ``PMID``, ``PMCID``, ``number``, ``genre``, ``type``, ``note``.

A DOI is stored bare (``10.1000/xyz``) whether written ``doi:10...``,
``https://doi.org/10...`` or as a Markdown link to doi.org.  A URL is stored
exactly as written, without the angle brackets or the sentence's final period.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from biblio.entities import unescape
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.records.model import UNCERTAIN_TYPE, UNPARSED_REMAINDER, Item, drop_flag

FIELDS = ("DOI", "URL", "ISBN", "PMID", "PMCID", "number", "genre", "type")

# (an old Wiley SICI DOI holds a bracketed part: "10.1002/(SICI)1097-4571(199507)46:6<400::AID-ASI2>3.0.CO;2-Y")
_DOI = lazy_pattern(r"10\.\d{3,9}/(?:[^\s\"<>\]\[]|<[^\s\"<>]*>)+")
# a library's proxy of doi.org, EZproxy writing the host with hyphens before its own: "doi-org.proxy.library.….ca"
DOI_PROXY_HOST = r"(?:dx-)?doi-org\.[a-z0-9-]+(?:\.[a-z0-9-]+)+"
# (publishers' own resolvers of a DOI, "doi.wiley.com/10.…", "dx.plos.org/10.…", the ACM's "doi.acm.org/10.…",
# and a library's proxy of doi.org link the DOI alike; a guide's slip repeats the scheme's "://" after the host,
# "https://doi.org://10.…", or leaves the host out, "https://10.1080/…")
_DOI_LINK = lazy_pattern(
    rf"^(?:(?:https?://)?(?:(?:dx\.|www\.)?doi\.org|doi\.wiley\.com|dx\.plos\.org|doi\.acm\.org|{DOI_PROXY_HOST})(?::/)?/"
    r"|https?://(?=10\.\d{4,9}/))",
    re.I,
)
# full-width punctuation is never part of an address (a URL writes it percent-encoded)
_URL = lazy_pattern(r"(?:(?:https?|ftp)://|www\.)[^\s<>\"\]\[，。；、（）《》「」『』【】]+", re.I)
_MD_TARGET = lazy_pattern(r"\]\(\s*<?([^()\s<>]+(?:\([^()\s]*\))?[^()\s<>]*)>?\s*\)")
_ISBN = lazy_pattern(r"(?:97[89][-\s]?)?(?:\d[-\s]?){9}[\dXx]")
# (a Markdown code span's backtick closes an address written as code: "url: `https://doi.org/…`.")
_TRAIL = ".,;:>*_`"
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
    if "%2F" in s or "%2f" in s:
        s = unquote(s)  # a link that writes the DOI's slash percent-encoded: "https://doi.org/10.14722%2Fndss…"
    m = _DOI.search(s)
    if not m:
        return None
    # PDF text runs the next field on: "10.1103/PhysRevD.93.094512.URL", "10.1103/X.96.181602,hep"
    # (a quotation closed after the DOI is no part of it: 'DOI: 10.1111/joes.12618”.')
    return _tail(_tail(_RUN_ON.sub("", m.group(0))).rstrip('"\u201d\u2019'))


def is_doi_link(url: str) -> bool:
    return bool(_DOI_LINK.match(url)) and bool(_DOI.search(unquote(url) if "%2" in url else url))


def is_resolver_root(url: str) -> bool:
    """A DOI resolver's address with no DOI after it (``https://doi.org/``)."""
    return bool(_DOI_LINK.fullmatch(url.rstrip(".")))


_BROKEN_SCHEME = lazy_pattern(r"\b(https?|ftp)\s*:\s*//\s*", re.I)
_HOST_PATH = lazy_pattern(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,}/\S*", re.I)
# where an address ends though no space follows it: "…html)(accessed …", "…net(30/01/2015)", "…aspx(2019. 8. 1.",
# a second address after a semicolon ("…/abs/0908.1674v1;http://…/pdf/…"), or the next field after a file's name
# ("…report-1247.pdf,NACA")
# the access date's bracket glued to the address ("…/beijing-declaration[Accessed 2025.05.08]")
GLUED_ACCESS = r"[(\[]\s*(?:accessed|retrieved|viewed|consulted)"
_URL_END = lazy_pattern(
    rf"\)\(|{GLUED_ACCESS}|\((?=\s|$|(?:1[5-9]|20)\d\d[./\s]|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})"
    r"|;(?=(?:https?|ftp)://|www\.)|(?<=\.pdf|\.htm|\.php|\.asp)[,;](?=[^\W\d_])|(?<=html|aspx)[,;](?=[^\W\d_])",
    re.I,
)
# a web address as references write it, with its scheme or (MLA 9's ``en.wikipedia.org/wiki/…``) without
ADDRESS = lazy_pattern(f"{_URL.pattern}|{_HOST_PATH.pattern}", re.I)
# a span that is one address alone may name a two-part host (MLA 9's ``medium.com/@bob/tips``)
_LONE_HOST_PATH = lazy_pattern(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*", re.I)
# or a host alone, its domain in lower case (German ``Verfügbar unter: unece.org``)
_LONE_HOST = lazy_pattern(r"(?i:[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*)\.[a-z]{2,6}")


def url_value(text: str) -> str | None:
    """The first URL of a span, exactly as written; None when there is none."""
    # PDF text breaks "https://" apart: "https ://", "http: //"
    s = _BROKEN_SCHEME.sub(r"\1://", _targets(text))
    m = _URL.search(s)
    if not m:
        # "Available at: example.org/page": a host with a path
        m = _HOST_PATH.search(s) or _LONE_HOST_PATH.fullmatch(s.strip()) or _LONE_HOST.fullmatch(s.strip())
        if not m:
            return None
    url = _tail(_URL_END.split(m.group(0), maxsplit=1)[0])
    # "Retrieved from: 'https://…'": an address quoted whole ends before its closing quote (one it does not open)
    end = url[-1:]
    if end == "'" and url.count("'") % 2 or end in _CLOSING_QUOTES and url.count(end) > url.count(_CLOSING_QUOTES[end]):
        url = _tail(url[:-1])
    return url or None


_CLOSING_QUOTES = {"\u2019": "\u2018", "\u201d": "\u201c"}


def web_addresses(text: str) -> list[str]:
    """Every address of a span with its scheme (or ``www.``), as ``url_value`` would give each."""
    s = _BROKEN_SCHEME.sub(r"\1://", _targets(text))
    return [u for m in _URL.finditer(s) if (u := _tail(_URL_END.split(m.group(0), maxsplit=1)[0]))]


_BARE_HOST = lazy_pattern(r"^(?:(?:https?|ftp)://)?[\w.-]+\.[a-z]{2,}/?$", re.I)


def bare_host(url: str) -> bool:
    """``www.qualitative-research.net``: a site's name, no page of it."""
    return bool(_BARE_HOST.match(url))


def isbn_value(text: str) -> str | None:
    m = _ISBN.search(text)
    return m.group(0).strip() if m else None


# "PMID: 18260783", "PMCID: PMC6850630", "PMID 30000000": PubMed's numbers as biomedical references print them;
# "DOI 10.1038/13810" among them, as French Wikipedia's citations print it ("(ISSN …, PMID …, DOI 10.…, lire en ligne)")
# (a DOI written as a Markdown link's words ends at the bracket, and the link's target goes with it:
# "[doi:10.1553/x](doi.org/10.1553/x)")
_PUBMED = lazy_pattern(
    r"\b(PMCID|PMID)\s*:?\s*((?:PMC)?\d{4,9})\b|\b(DOI)\s*:?\s*(10\.\d{3,9}/[^\s,;\[\]]+)(?:\]\([^()\s]*\))?", re.I
)
_SEPARATORS = " .,;"


def pubmed_ids_apart(item: Item) -> None:
    """PubMed numbers and a DOI a reader left in ``note`` become ``PMID``/``PMCID``/``DOI`` (Zotero keeps them
    as such), so the note holds only what no variable holds."""
    note = item.get("note")
    if not isinstance(note, str) or ("PM" not in note.upper() and "DOI" not in note.upper()):
        return
    rest = note
    for m in _PUBMED.finditer(note):
        if m.group(3):
            var, value = "DOI", _tail(m.group(4))
        else:
            var, value = m.group(1).upper(), m.group(2).upper()
        if var == "PMCID" and not value.startswith("PMC"):
            value = "PMC" + value
        if var == "PMID" and value.startswith("PMC"):
            continue  # a PMC number under the wrong name: left as written
        if item.setdefault(var, value) != value:
            continue  # another number under the same name: the note keeps this one
        rest = rest.replace(m.group(0), " ", 1)
    _note_left(item, note, rest, _PUBMED)


# an arXiv identifier, new style (YYMM.NNNNN, from 2007) or old (archive/YYMMNNN), with its version and the
# subject class arXiv's listings add: "arXiv:2005.14165", "arXiv: 1701.08527v2", "arXiv:hep-th/9711200 [hep-th]"
ARXIV_ID = lazy_pattern(
    r"\barXiv\s?:\s?(?:\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?(?:\s?\[[a-z][\w.-]*\])?", re.I
)
# DBLP's "CoRR, abs/1512.03385": the Computing Research Repository, arXiv's computer-science section
CORR_ID = lazy_pattern(r"\bCoRR\b[\W_]*abs/(\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z.-]*/\d{7})", re.I)
# what a preprint's note says of it beside the identifier: "arXiv preprint", "Preprint", "e-print"
_PREPRINT_WORDS = lazy_pattern(r"(?:arxiv\s+)?(?:pre-?print|e-?prints?)(?:\s+at)?|CoRR", re.I)


_SPACED_COLON = lazy_pattern(r"\s?:\s?")


def eprint_apart(item: Item) -> None:
    """A preprint's arXiv identifier left in ``note`` becomes its ``number`` (Zotero's archive ID of a
    preprint) and the record a CSL ``article``; ``arXiv preprint`` beside it is the genre. A work with a
    container (a journal article that also cites its preprint) keeps the identifier in its note."""
    note = item.get("note")
    if not isinstance(note, str) or {"container-title", "number"} & set(item):
        return
    if item.get("type") not in ("document", "article") or not ("rxiv" in note.lower() or "abs/" in note):
        return
    if m := ARXIV_ID.search(note):
        item["number"] = _SPACED_COLON.sub(":", m.group(0), count=1)
        rest = note[: m.start()] + " " + note[m.end() :]
    elif m := CORR_ID.search(note):
        item["number"] = f"arXiv:{m.group(1)}"  # DBLP's name of arXiv and the number arXiv gave the paper
        rest = note[: m.start()] + " CoRR " + note[m.end() :]
    else:
        return
    item["type"] = "article"
    drop_flag(item, UNCERTAIN_TYPE)
    words = _PREPRINT_WORDS.fullmatch(rest.strip(_SEPARATORS))
    if words and "genre" not in item:
        item["genre"] = words.group(0)
        rest = ""
    _note_left(item, note, rest, ARXIV_ID if m.re.pattern == ARXIV_ID.pattern else CORR_ID)


# Google Scholar's "arXiv preprint" alone before the paper's address, with no identifier after it
_ARXIV_PREPRINT = lazy_pattern(r"arxiv\s+(?:pre-?print|e-?prints?)", re.I)


def preprint_words_apart(item: Item) -> None:
    """``Title. arXiv preprint https://arxiv.org/pdf/….pdf`` with the words before the address read as the publisher:
    they say what the work is (its genre, as ``eprint_apart`` keeps them beside an identifier), no one published it."""
    publisher = item.get("publisher")
    if isinstance(publisher, str) and "genre" not in item and _ARXIV_PREPRINT.fullmatch(publisher):
        item["genre"] = item.pop("publisher")


_REPEATED_COMMAS = lazy_pattern(r"\s*,(?:\s*,)+")


def _note_left(item: Item, note: str, rest: str, taken: re.Pattern[str]) -> None:
    """``note`` becomes ``rest``, what is left of it once values were taken out; and when the text no field
    held (``remainder``) was only such values, that flag goes too."""
    if rest == note:
        return
    rest = _REPEATED_COMMAS.sub(",", rest)  # a value taken from a list leaves its comma
    parts = [p.strip(_SEPARATORS) for p in rest.split(";")]
    rest = "; ".join(p for p in parts if p)
    if rest:
        item["note"] = rest
    else:
        del item["note"]
    data = item.get("custom", {}).get("biblio", {})
    left = data.get("remainder")
    if isinstance(left, str) and not taken.sub("", left).strip(_SEPARATORS):
        del data["remainder"]  # the text no field held was only these numbers
        drop_flag(item, UNPARSED_REMAINDER)


# a MathSciNet review's number, as the Annals and other statistics journals close a reference: "MR0595165"
_MATH_REVIEWS = lazy_pattern(r"MR\s?\d{5,7}")


def math_reviews_number_apart(item: Item) -> None:
    """(In place.) ``… Wiley, New York. MR0595165`` with the MathSciNet number read as a report's number: the number
    names the work's review, an identifier kept in the note, and the published work with its imprint stays a book."""
    number = item.get("number")
    if not isinstance(number, str) or not number.startswith("MR") or not _MATH_REVIEWS.fullmatch(number.strip()):
        return
    del item["number"]
    item["note"] = f"{item['note']}; {number.strip()}" if item.get("note") else number.strip()
    if item.get("type") == "report" and "publisher" in item and "genre" not in item and "container-title" not in item:
        item["type"] = "book"
