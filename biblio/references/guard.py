"""The last check between a parsed reference and its record: values free of markup.

The parser receives inline Markdown (``*emphasis*``, ``[text](url)``) as
evidence. Whatever of it is left in a field afterwards is removed here: link
text stays, its target goes; emphasis marks, escapes, footnote marks, HTML
tags (except CSL's rich-text ``<i> <b> <sub> <sup>``) and entities go. A
link's web or doi.org target becomes the record's URL or DOI when the link
is the work's address (its text is the URL itself, or lies in the title). The
raw text stays in ``custom.biblio.source`` only.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.documents.inline import MARKDOWN_LINK, REFERENCE_LINK
from biblio.entities import unescape
from biblio.parse.input_text import POINTING_LINK_WORDS, closing_venue_link, without_format_mark
from biblio.parse.mends.site_heads import names_host
from biblio.records.model import Item

_LINK = MARKDOWN_LINK
_REF_LINK = REFERENCE_LINK
_BARE_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\]\[]+[^\s<>\]\[.,;:*_]", re.IGNORECASE)
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^<>\s]+)>")
_FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]+\]")
_EMPHASIS = re.compile(r"(?<![\w*\\])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_STRAY_EMPHASIS = re.compile(r"(?:(?<=\s)|^)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?=[\s.,;:!?)\]]|$)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~\"'])")
_KEPT = re.compile("\ue000(\\d+)\ue001")
_CSL_TAGS = ("i", "b", "sub", "sup")
_TAG = re.compile(r"</?(?P<name>[A-Za-z][\w:-]*)(?:\s[^<>]*)?/?>")
_BACKTICKS = re.compile(r"`+([^`]*)`+")
_SPACES = re.compile(r"\s{2,}")
_DOI_TARGET = re.compile(r"^(?:https?://(?:dx\.|www\.)?doi\.org/|doi:\s*)(10\.\d{4,9}/\S+)$", re.IGNORECASE)
_MARKUP_HINT = re.compile(r"[*_\[\]<>&\\`]")
# Fields that hold an address: no emphasis stripping (underscores belong to URLs).
_ADDRESS_FIELDS = frozenset({"URL", "DOI", "ISBN", "ISSN", "PMID", "PMCID", "id"})
_URL_MARK = re.compile(r"<URL:\s*((?:https?|ftp)://[^\s<>]+)\s*>", re.IGNORECASE)


def clean_value(value: str) -> str:
    """`value` without Markdown or HTML markup (CSL rich-text tags kept)."""
    if not _MARKUP_HINT.search(value):
        return value
    # Escaped characters and web addresses are text: set them aside while markup is removed.
    kept: list[str] = []

    def keep(piece: str) -> str:
        kept.append(piece)
        return f"\ue000{len(kept) - 1}\ue001"

    text = _ESCAPE.sub(lambda m: keep(m.group(1)), value)
    text = _LINK.sub(lambda m: m.group("text") if m.group("text").strip() else keep(m.group("url")), text)
    text = _REF_LINK.sub(lambda m: m.group("text"), text)
    text = _AUTOLINK.sub(lambda m: keep(m.group(1)), text)
    text = _BARE_ADDRESS.sub(lambda m: keep(m.group(0)), text)
    text = _FOOTNOTE_MARK.sub("", text)
    text = _BACKTICKS.sub(r"\1", text)
    for _ in range(3):  # nested emphasis: ***x***, *a **b** c*
        text = _EMPHASIS.sub(r"\2", text)
    text = _STRAY_EMPHASIS.sub("", text)
    text = _TAG.sub(lambda m: m.group(0) if m.group("name").lower() in _CSL_TAGS else "", text)
    text = _KEPT.sub(lambda m: kept[int(m.group(1))], text)
    text = unescape(text)
    text = _SPACES.sub(" ", text).strip()
    # the opening bracket of an autolink whose address went to the URL ("constructive-algebra package <")
    return text[:-1].rstrip() if text.endswith(" <") else text


# What a value must not hold once clean: Markdown emphasis, links, footnote marks, pandoc's span attributes,
# escapes, code, HTML tags
# (CSL's <i> <b> <sub> <sup> aside) and entities. Addresses (URL, DOI) only must be one address each.
_LEFT_MARKUP = re.compile(
    r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)[^_]*(?<=\S)_(?!\w)|\]\(|\]\[|\[\^|\]\{[.#]"
    r"|<(?!/?(?:i|b|sub|sup)>)/?[A-Za-z!]|&(?:[a-z]+|#\d+|#x[0-9a-f]+);|\\[*_\[\]`]|`"
)
_ONE_ADDRESS = re.compile(r"^[^\s<>]+$")
_ONE_DOI = re.compile(r"^10\.\d{4,9}/\S+$")


def markup_left(item: Item) -> list[str]:
    """The values of `item` (its custom data aside) that still hold markup, as "field: value"."""
    found: list[str] = []

    def visit(value: Any, key: str) -> None:
        if isinstance(value, str):
            if key in ("URL", "DOI"):
                # a DOI of the SICI form holds angle brackets of its own ("…11:6<689::AID-ENV439>3.0.CO;2-N")
                bad = not (_ONE_DOI if key == "DOI" else _ONE_ADDRESS).match(value) or "](" in value
            else:
                bad = _LEFT_MARKUP.search(value) is not None
            if bad:
                found.append(f"{key}: {value}")
        elif isinstance(value, list):
            for v in value:
                visit(v, key)
        elif isinstance(value, dict):
            for k, v in value.items():
                visit(v, k)

    for key, value in item.items():
        if key != "custom":
            visit(value, key)
    return found


def _clean(value: Any, key: str = "") -> Any:
    if isinstance(value, str):
        return value if key in _ADDRESS_FIELDS else clean_value(value)
    if isinstance(value, list):
        return [_clean(v, key) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v, k) for k, v in value.items()}
    return value


def unwrap_url_marks(text: str) -> str:
    """``<URL: https://…>`` (the delimiting form of RFC 1738 and RFC 3986, appendix C, which R's
    ``citation()`` prints) as the bare address."""
    return _URL_MARK.sub(r"\1", text) if "<URL:" in text or "<url:" in text else text




def _link_words(m: re.Match[str]) -> str:
    return m.group("text") if m.group("text").strip() else m.group("url")


def _pointing_link(m: re.Match[str]) -> str:
    words = m.group("text").strip()
    return m.group("url") if not words or words.casefold() in POINTING_LINK_WORDS else m.group("text")


def flatten_links(text: str) -> str:
    """Inline links reduced to their text (for a parser that does not read links), or to their address where
    the words only point to it and the reference gives no address of its own (a second address, "(preprint
    [here](…))", stays words)."""
    if "](" not in text:
        return text
    own_address = "://" in _LINK.sub("", text)
    links = list(_LINK.finditer(text))
    last = links[-1] if links else None
    if last is not None and not own_address and closing_venue_link(text[: last.start()], last.group("text"),
                                                                   text[last.end():]):
        # a venue's link after the title's words: the parser reads it as the venue with its address
        head = _LINK.sub(_pointing_link, text[: last.start()])
        return head + text[last.start():]
    return _LINK.sub(_link_words if own_address else _pointing_link, text)


def links_of(text: str) -> list[tuple[str, str]]:
    """The (text, target) of each inline link in a reference, in order."""
    return [(m.group("text"), m.group("url")) for m in _LINK.finditer(text)]


def guard(item: Item, reference: str) -> Item:
    """`item` with markup removed from every field (custom data aside), and its address from a link."""
    cleaned: Item = {k: (v if k == "custom" else _clean(v, k)) for k, v in item.items()}
    for field in ("URL", "DOI"):
        if isinstance(cleaned.get(field), str):
            address = _LINK.sub(lambda m: m.group("url"), cleaned[field]).strip("<> ")
            cleaned[field] = address
    if isinstance(cleaned.get("URL"), str):
        _address_behind_its_text(cleaned, reference)
    if "title" not in cleaned:
        _title_from_leading_link(cleaned, reference)
    if "title" not in cleaned:
        _title_from_linked_field(cleaned, reference)
    if "container-title" not in cleaned and cleaned.get("title"):
        _site_after_link(cleaned, reference)
    if "URL" not in cleaned:
        _address_from_links(cleaned, reference)
    _title_from_whole_link(cleaned, reference)
    _title_from_named_address(cleaned, reference)
    if isinstance(cleaned.get("title"), str) and cleaned["title"].endswith(("—", "–")):
        _site_between_dashes(cleaned)
    if "](" in reference and " by " in reference:
        _linked_title_by_names(cleaned, reference)
    if "URL" not in cleaned and "DOI" not in cleaned:
        _address_of_the_one_link(cleaned, reference)
    return cleaned


def _title_from_linked_field(item: Item, reference: str) -> None:
    """A record with no title whose one link's words the parser put in another field (``Purves, Drew. 2016.
    [Filzbach](https://…).`` read with "Filzbach" as the place): writers link a work's title to the work, so the
    linked words are its title."""
    links = [(clean_value(text).strip(" .,;:"), url) for text, url in links_of(reference)]
    if len(links) != 1 or not links[0][0] or "://" in links[0][0] or _YEAR.search(links[0][0]):
        return
    words = links[0][0]
    for var in ("publisher-place", "publisher", "container-title", "note"):
        if isinstance(item.get(var), str) and clean_value(item[var]).strip(" .,;:") == words:
            del item[var]
            item["title"] = words
            return


def _address_of_the_one_link(item: Item, reference: str) -> None:
    """The one link of an entry whose address nothing else took, wherever it stands (its title read as a name, the
    authors and year linked to the work's page): the address the writer gave. A DOI resolver's link is the DOI's, no
    URL of its own; a name opening the entry linked with no year is its author's page ("[Doe](https://…/Doe). …")."""
    links = [(text, target) for text, target in links_of(reference)
             if target.lower().startswith(("http://", "https://", "ftp://"))]
    if len(links) != 1 or _DOI_IN.search(links[0][1]):
        return
    if reference.lstrip(" *_").startswith("[") and not _YEAR.search(links[0][0]):
        return
    item["URL"] = links[0][1]


def _address_behind_its_text(item: Item, reference: str) -> None:
    """An address shown shortened as a link's text ("[doc.rust-lang.org/book](https://doc.rust-lang.org/book/)"): the
    URL is the link's target, the address exactly, not the words that show it. (A whole address shown, its link to
    an archived copy, stays the address shown.)"""
    for text, url in links_of(reference):
        shown = clean_value(text).strip(" .")
        if shown == item["URL"] and "://" not in shown and url.startswith(("http://", "https://")):
            item["URL"] = url
            return


# "PEP 234, http://…": a few words naming the page, then its address and nothing else
_NAMED_ADDRESS = re.compile(r"^(?P<words>[^\s<>][^<>]{0,80}?),?\s+<?(?:https?|ftp)://\S+$")


def _title_from_named_address(item: Item, reference: str) -> None:
    """``PEP 234, http://python.sf.net/peps/pep-0234.html`` read as a note and an address: the words that name
    the page are its title; so too a site's name before a link showing its address (``LeetCode —
    [leetcode.com](https://leetcode.com)``), the link's target its URL, whatever the parser made of the name and
    the address shown (a title "Refit -" with the dash left on, the shown address a container)."""
    m = _NAME_THEN_SHOWN_ADDRESS.match(reference.strip()) if "](" in reference else None
    if m and "author" not in item and "issued" not in item:
        for var in ("note", "container-title", "publisher"):
            item.pop(var, None)
        item["title"] = clean_value(m.group("words")).strip(" ,.")
        item["URL"] = m.group("url")
        return
    if "title" in item or "container-title" in item or not isinstance(item.get("note"), str):
        return
    m = _NAMED_ADDRESS.match(reference.strip())
    if m and clean_value(m.group("words")).strip(" ,.") == item["note"].strip(" ,."):
        item["title"] = item.pop("note")


# "LeetCode — [leetcode.com](https://leetcode.com)": a name, a dash or colon, a link whose text is an address
_NAME_THEN_SHOWN_ADDRESS = re.compile(
    r"^(?P<words>[^\s\[\]<>][^\[\]<>]{0,60}?)\s+[—–:-]\s+\[(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/[^\]\s]*)?\]"
    r"\((?P<url>https?://[^()\s]+)\)\.?$")


# "[Rx.NET in Action](https://…) by Tamir Dresher (Manning)": a linked title, "by" and the authors' names as
# written (given name first), then perhaps the publisher in brackets
_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_LINK_BY_NAMES = re.compile(
    r"^\[(?P<title>[^\[\]]{2,})\]\((?P<url>https?://[^()\s]+)\)\s+by\s+"
    rf"(?P<names>{_NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*){_NAME})*)(?:\s+\((?P<paren>[^()]{{2,60}})\))?\.?$"
)
_NAMES_APART = re.compile(r",\s*|\s+and\s+|\s*&\s*")


def _linked_title_by_names(item: Item, reference: str) -> None:
    """A reading list's "[Title](address) by Given Family (Publisher)": the link's words are the title (the parser,
    reading "Rx.NET" as a name, cut them up), the names after "by" its authors, a capitalised word in brackets its
    publisher ("(self-published)" stays a note)."""
    m = _LINK_BY_NAMES.match(reference.strip())
    if m is None or "issued" in item:
        return
    for var in ("note", "container-title", "publisher", "publisher-place"):
        item.pop(var, None)
    item["title"] = clean_value(m.group("title")).strip()
    item["URL"] = m.group("url")
    authors: list[dict[str, str]] = []
    for name in _NAMES_APART.split(m.group("names")):
        given, _, family = name.rpartition(" ")
        authors.append({"family": family, "given": given})
    item["author"] = authors
    paren = m.group("paren")
    if paren and paren[:1].isupper():
        item["publisher"] = paren
    elif paren:
        item["note"] = paren


# a reference that is one link and nothing more: "[RFC 7231: Semantics and Content](https://…)."
_WHOLE_LINK = re.compile(r"^\[(?P<text>[^\[\]]+)\]\((?:https?|ftp)://[^()\s]+\)\.?$")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
# what sets a reference's names apart from its title; a link's words with none of it ("Documentation de MinKNOW
# pour le MinION") are a page's name, whatever names the parser read in them
_NAMES_SET_APART = re.compile(r"[,.;:()&]| and ")


def _title_from_whole_link(item: Item, reference: str) -> None:
    """A reference that is nothing but a link to the work, its words no reference (no names, no year), is
    titled by those words whole: the parser cut them at a colon into a title and a publisher or container."""
    m = _WHOLE_LINK.match(reference.strip())
    if not m or _YEAR.search(m.group("text")) or not isinstance(item.get("title"), str):
        return
    text = clean_value(without_format_mark(m.group("text")))
    if "author" in item and not _site_before_dash(item, text) and _NAMES_SET_APART.search(text):
        return  # names set apart from the rest: the link's words are a reference of their own, read as such
    if "issued" in item or "editor" in item:
        return  # a date: the same
    folded = text.casefold()
    if item["title"].casefold() not in folded or (item["title"].casefold() == folded and "author" not in item):
        return
    for var in ("container-title", "publisher", "publisher-place"):
        if isinstance(item.get(var), str) and item[var].casefold() in folded:
            del item[var]
    item.pop("author", None)
    item["title"] = text


# a link's words opening on a name and a spaced dash: "Android Developers — Get started with Health Connect"
_HEAD_DASH = re.compile(r"^(?P<head>[^—–]{2,60}?) (?:[—–]|--) \S")


def _site_before_dash(item: Item, words: str) -> bool:
    """Whether the one author read is the site named before a dash in a whole link's words, the site its address
    points to (``[Android Developers — Get started …](https://developer.android.com/…)``): the page's title as the
    site writes it, no author."""
    head = _HEAD_DASH.match(words)
    url = item.get("URL")
    return (head is not None and isinstance(url, str) and item.get("author") == [{"literal": head.group("head")}]
            and names_host(head.group("head"), url))


# "Title — AOSP — https://…": a page's title and its site set apart by dashes before its address, the dash after
# the site left at the end of the title
_DASHED_SITE = re.compile(r"^(?P<title>\S.*?\S) [—–] (?P<site>[^—–\s][^—–]{0,40}?) [—–]$")


def _site_between_dashes(item: Item) -> None:
    """A title ending in a dash: the site between it and the title is the container (when none is read), the dash
    goes."""
    title = str(item["title"])
    m = _DASHED_SITE.match(title) if "container-title" not in item else None
    if m is not None:
        item["title"], item["container-title"] = m.group("title"), m.group("site")
    else:
        item["title"] = title[:-1].rstrip()


_NAME_COLON = re.compile(r"^([^:\[\]()]{2,80})[:,]\s+(?=\[)")
# ", gitclear.com," after a linked title: the site the page is on
_SITE = re.compile(r"^\s*,\s*((?:[a-z0-9-]+\.)+[a-z]{2,})\s*(?=[,.;]|$)", re.IGNORECASE)


def _site_after_link(item: Item, reference: str) -> None:
    """``[*Developer Survey 2025*](…), stackoverflow.co.``: the site named after a linked title is the
    container (the record conventions' place for a site or outlet)."""
    title = str(item.get("title", "")).casefold()
    for m in _LINK.finditer(reference):
        if clean_value(m.group("text")).casefold() == title:
            site = _SITE.match(reference[m.end():])
            if site:
                item["container-title"] = site.group(1)
            return
_VIA = re.compile(r"^\s*via\s+([^,;]{2,80}?)\s*(?:[,;]|$)", re.IGNORECASE)


def _title_from_leading_link(item: Item, reference: str) -> None:
    """``[Wikipedia QR-Code](https://…) abgerufen am …`` read with no title: the opening link's text is the
    title (the parser, given the text alone, read it as a container, a publisher or a name)."""
    reference = reference.strip()
    named = _NAME_COLON.match(reference)  # "Boeing: [707 Commercial Transport](…) via boeing.com, …"
    m = _LINK.match(reference[named.end():] if named else reference)
    if not m or not m.group("url").lower().startswith(("http://", "https://")):
        return
    if named:
        item.setdefault("author", [{"literal": clean_value(named.group(1))}])
        via = _VIA.match(reference[named.end() + m.end():])
        if via and "container-title" not in item:
            item["container-title"] = clean_value(via.group(1))
    text = clean_value(m.group("text"))
    words = set(re.findall(r"\w+", text.casefold()))
    if not text or not words:
        return
    for var in ("container-title", "publisher"):
        if text.casefold() in str(item.get(var, "")).casefold():  # the link's text, alone or run on
            del item[var]
    names = item.get("author") or []
    parts = {w for n in names if isinstance(n, dict) for v in n.values() for w in re.findall(r"\w+", str(v).casefold())}
    # the names linked to the paper in a physics entry with no title ("[G. Bader and P. Deuflhard](…), Numer. Math.
    # 41 (1983) 373."): the link's words are its authors
    journal_entry = item.get("container-title") and (item.get("volume") or item.get("page"))
    if journal_entry and parts == words - {"and", "et", "al"}:
        return
    if names and parts <= words and not named:
        del item["author"]
    item["title"] = text


# A link named for the form of the work it opens ("[pdf](…)", "[full text](…)", "lire en ligne"): the work's address.
_FORM_LABELS = frozenset({"pdf", "html", "full text", "fulltext", "online", "link", "web", "text", "download",
                          "lire en ligne", "en ligne", "en línea", "online version", "web version"})


_DOI_IN = re.compile(r"\b10\.\d{4,9}/")


def _address_from_links(item: Item, reference: str) -> None:
    title = " ".join(str(item.get(k, "")) for k in ("title", "container-title")).casefold()
    for text, target in links_of(reference):
        label = clean_value(text).casefold()
        if not target.lower().startswith(("http://", "https://", "ftp://", "doi:")):
            continue
        if label in _FORM_LABELS and not _DOI_TARGET.match(target):
            item["URL"] = target
            if isinstance(item.get("note"), str) and clean_value(item["note"]).casefold().strip(" .,;") == label:
                del item["note"]  # the link's name read as a note
            return
        # The link's text is its address, lies in the title, or holds the whole title (a linked entry).
        whole = bool(item.get("title")) and str(item["title"]).casefold() in label
        if label == target.casefold() or (label and label in title) or whole or _DOI_TARGET.match(target):
            doi = _DOI_TARGET.match(target)
            if doi and "DOI" in item:
                continue  # the DOI's own link: no URL of its own
            if doi:
                item["DOI"] = doi.group(1)
            else:
                item["URL"] = target  # a title linked to the publisher's page, beside its DOI
            return
