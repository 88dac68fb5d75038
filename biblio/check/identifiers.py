"""Identifiers: DOI syntax, ISBN and ISSN check digits."""

from __future__ import annotations

import re
from typing import Any

from biblio.check.flag import Flag, flag

_DOI = re.compile(r"10\.\d{4,9}/\S+")
_DOI_URL = re.compile(r"https?://(?:dx\.)?doi\.org/(\S*)", re.IGNORECASE)
_DOI_IN_TEXT = re.compile(r"\b(?:doi:\s*|https?://(?:dx\.)?doi\.org/)([^\s<>]*)", re.IGNORECASE)
_ISBN = re.compile(r"\bISBN(?:-1[03])?[:\s]*((?:97[89][-\s]?)?(?:\d[-\s]?){9}[\dXx])\b")
_ISSN = re.compile(r"\b(?:e-?|p-?)?ISSN[:\s]*(\d{4}-?\d{3}[\dXx])\b", re.IGNORECASE)


def doi_valid(doi: str) -> bool:
    """Whether ``doi`` has a DOI's syntax: ``10.`` + a registrant code of 4–9 digits + ``/`` + a suffix."""
    return bool(_DOI.fullmatch(doi.strip().rstrip(".,;")))


def isbn_valid(isbn: str) -> bool:
    """Whether the ISBN-10 or ISBN-13 check digit holds."""
    digits = re.sub(r"[-\s]", "", isbn).upper()
    if len(digits) == 10 and re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        return total % 11 == 0
    if len(digits) == 13 and digits.isdigit():
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits))
        return total % 10 == 0
    return False


def issn_valid(issn: str) -> bool:
    """Whether the ISSN check digit holds."""
    digits = issn.replace("-", "").upper()
    if not re.fullmatch(r"\d{7}[\dX]", digits):
        return False
    total = sum((8 - i) * int(c) for i, c in enumerate(digits[:7]))
    check = (11 - total % 11) % 11
    return digits[7] == ("X" if check == 10 else str(check))


def identifier_flags(item: dict[str, Any], source: str | None) -> list[Flag]:
    """``invalid-doi``, ``invalid-isbn`` and ``invalid-issn`` for the record's fields and its source text."""
    found: list[Flag] = []
    dois = [str(item["DOI"])] if item.get("DOI") else []
    url = str(item.get("URL") or "")
    if (match := _DOI_URL.match(url)) and not item.get("DOI"):
        dois.append(match.group(1))
    if source:
        dois += [m.group(1) for m in _DOI_IN_TEXT.finditer(source)]
    for doi in dict.fromkeys(d.rstrip(".,;") for d in dois):
        if not doi_valid(doi):
            found.append(flag("invalid-doi", f"'{doi}' is not a valid DOI (a DOI is 10.NNNN/suffix)", "DOI"))
    isbns = [str(item["ISBN"])] if item.get("ISBN") else []
    issns = [str(item["ISSN"])] if item.get("ISSN") else []
    if source:
        isbns += [m.group(1) for m in _ISBN.finditer(source)]
        issns += [m.group(1) for m in _ISSN.finditer(source)]
    for isbn in dict.fromkeys(isbns):
        for one in isbn.split(","):
            if one.strip() and not isbn_valid(one):
                found.append(flag("invalid-isbn", f"the check digit of ISBN {one.strip()} fails", "ISBN"))
    for issn in dict.fromkeys(issns):
        for one in issn.split(","):
            if one.strip() and not issn_valid(one.strip()):
                found.append(flag("invalid-issn", f"the check digit of ISSN {one.strip()} fails", "ISSN"))
    return found
