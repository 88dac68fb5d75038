"""A reference closing on a web address written with no scheme, as a link's text is pasted from a page:
``Jones (2015). Open science and its advocacy. fosteropenscience.eu``, ``FORCE11, 30 October 2013.
force11.org/datacitationprinciples``, ``*ELife* 5 (7 July 2016). doi.org/10/gbqsng``.

Read into the publisher, a page, the place or the title's tail, a closing host name is the site the work sits
on, its ``container-title`` (beside a container the ``publisher``, as ``publisher.host_is_no_place`` reads a
host taken for a town); a host with a path is the work's own address, the ``URL``. A short DOI's link
(``doi.org/10/gbqsng``) is neither a DOI of the form ``10.NNNN/…`` nor an address of the work's own: it is
kept in the note. A ``www.`` address is read as the URL by the mends already and is left alone.

Fields touched: ``container-title``, ``publisher``, ``URL``, ``note`` and the field the address was read into.
"""

from __future__ import annotations

from typing import Any

from biblio.parse.connectors import ADDRESS_ANNOUNCING
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.identifiers import doi_value, is_doi_link, is_resolver_root
from biblio.parse.text import drop_pieces
from biblio.records.model import UNPARSED_REMAINDER, biblio_data, drop_flag

_TLD = (
    "com|org|net|edu|gov|int|eu|io|info|uk|de|fr|nl|be|at|ch|es|it|se|no|dk|fi|pl|cz|pt|ie|au|nz|ca|us|jp|in|br|"
    "za|cc|me|tv|ai|dev|app"
)
# lower case only: "Linux.com" or "Altera.com" written as a name is the site's name, read as such already
_CLOSING = lazy_pattern(
    rf"(?:^|(?<=[\s(]))(?P<addr>(?P<host>(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+(?:{_TLD}))(?P<path>/[^\s()]*)?)"
    r"[.,;]?\s*$"
)
_SHORT_DOI = lazy_pattern(r"(?:https?://)?(?:dx\.)?doi\.org/10/\w+")
_CLOSING_SHORT_DOI = lazy_pattern(r"\s+(?P<link>(?:https?://)?(?:dx\.)?doi\.org/10/\w+)\.?$")
# where a reading puts such an address
_HOLDERS = ("publisher", "container-title", "page", "publisher-place", "title", "collection-title", "genre", "URL")


def closing_address_apart(item: dict[str, Any], text: str) -> None:
    """(In place.) The address closing ``text`` moved out of the field it was read into, to the site, the URL
    or the note; a short DOI's link read as the URL goes to the note, and the link of the DOI given beside it
    leaves the URL."""
    url = item.get("URL")
    if isinstance(url, str) and _SHORT_DOI.fullmatch(url.rstrip(".")):
        del item["URL"]
        add_note(item, url.rstrip("."))
    elif isinstance(url, str) and is_doi_link(url) and _same_doi(str(item.get("DOI", "")), url):
        del item["URL"]  # a resolver's link to the DOI given beside it ("doi.wiley.com/10.…") is no address of its own
    elif isinstance(url, str) and item.get("DOI") and is_resolver_root(url):
        # the resolver alone, its DOI given apart: pandoc's "https://doi.org/<https://doi.org/10.…>"
        del item["URL"]
    m = _CLOSING.search(text, _last_word_at(text))
    if m is None or m.group("host").startswith("www."):
        return
    addr = m.group("addr").rstrip(".")
    before = text[: m.start()].rstrip()
    if item.get("URL") == addr and before.endswith(":") and ADDRESS_ANNOUNCING.search(before, max(0, len(before) - 30)):
        return  # announced ("Verfügbar unter: unece.org"): the address itself, no site's name
    # (a readings' fields end without the path's closing slash: "oll.libertyfund.org/" read as "… oll.libertyfund.org")
    if _taken_out(item, addr) or (addr.endswith("/") and _taken_out(item, addr.rstrip("/"))):
        _place(item, addr, short_doi=bool(_SHORT_DOI.fullmatch(addr)), path=bool(m.group("path")))


def _last_word_at(text: str) -> int:
    """Where the text's last run of characters other than spaces and "(" opens: the one place ``_CLOSING`` can
    match (its address and the mark after it hold neither), so its search tries no other."""
    body = text.rstrip()
    if not body:
        return 0
    last = body.rsplit(None, 1)[-1]
    return len(body) - len(last) + last.rfind("(") + 1


def short_doi_apart(text: str) -> tuple[str, str | None]:
    """(the text before, the link) of a reference closing on a short DOI's link (Zotero's ``… 876.
    doi.org/10/gbp2wh``), which a reader keeps as a note and reads no further; else (text, None)."""
    m = _CLOSING_SHORT_DOI.search(text)
    return (text, None) if m is None else (text[: m.start()], m.group("link"))


def _taken_out(item: dict[str, Any], addr: str) -> bool:
    """(In place.) Whether ``addr`` was found closing a field (or a part of the note, or the remainder) and cut
    from it; a host cut at one of its dots (``ec.`` closing the title, ``europa.eu`` the publisher) is
    taken out of both."""
    if _out_of_notes(item, addr):
        return True
    for var in _HOLDERS:
        value = item.get(var)
        if not isinstance(value, str):
            continue
        for tail in [addr] + [addr[i + 1 :] for i, c in enumerate(addr) if c == "."]:
            head = addr[: len(addr) - len(tail)].rstrip(".")
            if _ends_with(value, tail) and (not head or any(_cut(item, v, head, dry=True) for v in _HOLDERS)):
                _cut(item, var, tail)
                if head:
                    next(v for v in _HOLDERS if _cut(item, v, head))
                return True
    return False


def _ends_with(value: str, part: str) -> bool:
    body = value.rstrip(" .")
    return body.endswith(part) and (len(body) == len(part) or body[-len(part) - 1] in " .,;:")


def _cut(item: dict[str, Any], var: str, part: str, *, dry: bool = False) -> bool:
    """(In place unless ``dry``.) ``part`` cut from the end of ``item[var]``; whether it closed it."""
    value = item.get(var)
    if not isinstance(value, str) or not _ends_with(value, part):
        return False
    if not dry:
        before = value.rstrip(" .")[: -len(part)].rstrip(" .,;:")
        if before:
            item[var] = before
        else:
            del item[var]
    return True


def _out_of_notes(item: dict[str, Any], addr: str) -> bool:
    """(In place.) ``addr`` taken out of the note and the remainder, where a reading left it whole."""
    if not drop_pieces(item, "note", addr.__eq__):
        return False
    data = biblio_data(item)
    if drop_pieces(data, "remainder", addr.__eq__) and "remainder" not in data:
        drop_flag(item, UNPARSED_REMAINDER)
    return True


def _same_doi(doi: str, link: str) -> bool:
    return doi.lower() == (doi_value(link) or "").lower()


def add_note(item: dict[str, Any], text: str) -> None:
    item["note"] = f"{item['note']}; {text}" if item.get("note") else text


def _place(item: dict[str, Any], addr: str, *, short_doi: bool, path: bool) -> None:
    if short_doi or (path and "URL" in item):
        add_note(item, addr)
    elif path:
        item["URL"] = addr
    elif "container-title" not in item:
        item["container-title"] = addr
    elif "publisher" not in item:
        item["publisher"] = addr
    else:
        add_note(item, addr)
