"""Mends of addresses: a bare web address run into another field is the URL."""

from __future__ import annotations

import re

from biblio.parse.connectors import ADDRESS_ANNOUNCING, CONNECTORS, loss
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import WORD, replaced
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# not a Markdown link's target (``links`` reads those); trailing sentence punctuation is no part of it
_BARE_URL = lazy_pattern(r"(?<!\]\()(?<![\w/.@])(?:https?://|ftp://|www\.)[^\s<>\"\]\[]+")
_URL_HOLDERS = frozenset(
    [
        "title",
        "journal",
        "container-title",
        "publisher",
        "location",
        "date",
        "accessed",
        "note",
        "author",
        "editor",
        "director",
        "producer",
        "source",  # "Disponível em: https://…" read as a source note
        "medium",  # "[En ligne]. Disponible sur : [https://…]." read as the medium
        "genre",
    ]
)
# a number's label holding only an address (MLA's "12.1 (2019): 93. https://…": the address read as the issue, the
# one page before it as a second volume); one holding a number too is left to the mends of numbers
_NUMBER_LABELS = frozenset(["issue", "volume", "pages"])


@needs(without=("url", "doi"), marks=("http", "www.", "ftp://"))
def address_apart(spans: list[Span], text: str) -> list[Span]:
    """The first bare address inside a title, container, publisher or names, or alone in a number's span, as a
    ``url`` span of its own."""
    if "http" not in text and "www." not in text and "ftp://" not in text:
        return spans
    if not labels_of(spans).isdisjoint(("url", "doi")):
        return spans
    for k, s in enumerate(spans):
        m = _BARE_URL.search(s.text) if s.label in _URL_HOLDERS or s.label in _NUMBER_LABELS else None
        if m is None or (s.label in _NUMBER_LABELS and s.text[: m.start()].strip(" .,;:")):
            continue
        address = m.group(0).rstrip(".,;:")
        if address.endswith(")") and "(" not in address:
            address = address[:-1]
        a, z = m.start(), m.start() + len(address)
        cut = _announcing(s.text[:a])
        parts = [
            Span(s.label, s.text[:cut], s.start, s.start + cut, s.confidence),
            Span("url", address, s.start + a, s.start + z, s.confidence),
            Span(s.label, s.text[z:], s.start + z, s.end, s.confidence),
        ]
        return spans[:k] + [p for p in parts if p.label == "url" or loss(p.text)] + spans[k + 1 :]
    return spans


def _announcing(before: str) -> int:
    """Where the connecting words that announce an address ("Viewable online at:") begin."""
    cut = len(before)
    for w in reversed(list(WORD.finditer(before))):
        if w.group(0).lower() not in CONNECTORS:
            break
        cut = w.start()
    return cut


@needs(labels=["url"])
def address_runs_on(spans: list[Span], text: str) -> list[Span]:
    """``https://commons.wikimedia.org/wiki/File:Royal_Crescent_in_Bath, | England_-_July_2006.jpg``
    with the address cut at a comma: an address runs to the next space, so the spans after the cut
    that lie inside it are the URL's."""
    for k, s in enumerate(spans):
        if s.label != "url" or (m := _BARE_URL.search(s.text)) is None:
            continue
        whole = _BARE_URL.match(text, s.start + m.start())
        if whole is None:
            continue
        z = s.start + m.start() + len(whole.group(0).rstrip(".,;:"))
        if z <= s.end:
            continue
        rest = [x for x in spans[k + 1 :] if x.end > z]
        if rest and rest[0].start < z:
            cut = rest[0]
            rest[0] = Span(cut.label, text[z : cut.end], z, cut.end, cut.confidence)
        return [*spans[:k], Span("url", text[s.start : z], s.start, z, s.confidence), *rest]
    return spans


@needs(labels=["url"], marks=(">",))
def closing_angle_apart(spans: list[Span], text: str) -> list[Span]:
    """ABNT's ``Disponível em: <https://…>. Acesso em: …`` with the angle bracket closing the address (and its full
    stop) read as a field of its own (a publisher ``>``): it is the address's mark, no field's value."""
    for k in range(1, len(spans)):
        s = spans[k]
        if spans[k - 1].label == "url" and s.text.lstrip().startswith(">") and not s.text.strip(" .,;>"):
            return [*spans[:k], *spans[k + 1 :]]
    return spans


# what announces an address: "Available at:", "Verfügbar unter:", "Abrufbar unter", "Online unter", ISO 690's
# "Dostupné z: doi:…" (read as a journal after the journal's own name)
_LEAD_IN_HOLDERS = frozenset(["location", "publisher", "note", "journal", "title", "container-title"])


@needs(any_label=("url", "doi"))
def address_lead_in_apart(spans: list[Span], text: str) -> list[Span]:
    """``Verfügbar unter: https://…`` with the words that only announce the address read as the place
    or the publisher: they go into no field."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label in _LEAD_IN_HOLDERS and nxt.label in ("url", "doi") and loss(s.text) is None:
            return spans[:k] + spans[k + 1 :]
    return spans


_WORDS_OF_LETTERS = lazy_pattern(r"[^\W\d_]{2,}")


@needs(labels=["url"], marks=[":"])
def lead_in_closes_span(spans: list[Span], text: str) -> list[Span]:
    """JMIR's ``Title. World Health Organization. URL: http://…`` with ``URL:`` read into the site's name
    (or ``Available from:`` into a title): the words before the address's colon that only announce it
    go into no field."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if nxt.label != "url" or s.label == "url" or not s.text.rstrip().endswith(":"):
            continue
        head = s.text.rstrip()[:-1]
        cut = _announcing(head)
        if cut < len(head) and _WORDS_OF_LETTERS.search(head[:cut]):
            kept = head[:cut].rstrip()
            return [*spans[:k], Span(s.label, kept, s.start, s.start + len(kept), s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=["url"])
def words_before_address(spans: list[Span], text: str) -> list[Span]:
    """``PyTorch-ignite documentation. https://pytorch.org/ignite/`` read as one URL span: the words before
    the address are no part of it. With no title read they are the title (a web page named, then its
    address); otherwise they stay in a note, so that nothing the reference says is lost."""
    for k, s in enumerate(spans):
        if s.label != "url" or (m := _BARE_URL.search(s.text)) is None or not m.start():
            continue
        cut = _announcing(s.text[: m.start()])
        head = s.text[:cut]
        kept = loss(head)
        if kept is None or not _WORDS_OF_LETTERS.search(kept):
            continue  # a page or number beside the address is read by the mends of locators
        label = "note" if "title" in labels_of(spans) else "title"
        parts = [
            Span(label, head, s.start, s.start + cut, s.confidence),
            Span("url", s.text[m.start() :], s.start + m.start(), s.end, s.confidence),
        ]
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


_ONE_SEGMENT = lazy_pattern(r"^\s*[^\W\d_][^,;:.()]{0,60}\.?\s*$")


@needs(labels=["author", "url"], without=["title"])
def lone_name_before_address(spans: list[Span], text: str) -> list[Span]:
    """JMIR's ``Covidence. URL: https://covidence.org [Accessed 2026-02-05]`` read as an author and an
    address: a reference that names nothing but one segment before its address (and access date) names
    the page, so the segment is its title."""
    kinds = [s.label for s in spans]
    if kinds[:1] != ["author"] or kinds[1:2] != ["url"] or set(kinds[2:]) - {"accessed"}:
        return spans
    name = spans[0]
    if not _ONE_SEGMENT.match(name.text):
        return spans
    return [Span("title", name.text, name.start, name.end, name.confidence), *spans[1:]]


# Chicago's pages closing the date's bracket, then the address: "): 3. https://doi.org/…", "): 131–34. https://…"
_PAGES_BEFORE = lazy_pattern(r"^\s*\)?\s*:\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-\u2013]\s*\d+)?)\.?\s+(?=https?://|www\.)")


@needs(labels=["url"], without=["pages"], marks=[":"])
def pages_before_address(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``(1 April 2012): 3. https://doi.org/…`` with the page after the date's bracket read into
    the address: the number after the colon is the page, the address begins after it."""
    for k, s in enumerate(spans):
        if s.label != "url" or (m := _PAGES_BEFORE.match(s.text)) is None:
            continue
        a, z = m.start("pages"), m.end()
        parts = [
            Span("pages", s.text[a : m.end("pages")], s.start + a, s.start + m.end("pages"), s.confidence),
            Span("url", s.text[z:], s.start + z, s.end, s.confidence),
        ]
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans



# "unece.org", "2011.isiproceedings.org/x": a host name with no scheme and no "www."
_HOST_ONLY = lazy_pattern(r"^\s*(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,6}(?:/\S*)?\s*[.,;]?\s*$", re.I)


# the same closing a span, after the announcing words and their colon
_HOST_CLOSING = lazy_pattern(r":\s+(?P<host>(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,6}(?:/\S*)?)\s*[.,;]?\s*$", re.I)


@needs(without=("url",), marks=(":",))
def host_after_lead_in(spans: list[Span], text: str) -> list[Span]:
    """German ``Verfügbar unter: unece.org`` with the host name (no scheme, no ``www.``) read as a publisher
    or run into a note with its lead-in: after the words that announce an address, a host name is the address."""
    for k, s in enumerate(spans):
        if s.label == "url":
            continue
        head = spans[k - 1].text.rstrip() if k else ""
        if k and head.endswith(":") and _HOST_ONLY.match(s.text):
            before, address = head[:-1], s.text.strip().rstrip(".,;")
            a = s.start + s.text.index(address)
        elif (m := _HOST_CLOSING.search(s.text)) is not None:
            before, address = s.text[: m.start()], m["host"].rstrip(".,;")
            a = s.start + m.start("host")
        else:
            continue
        cut = _announcing(before)
        if cut < len(before.rstrip()) and ADDRESS_ANNOUNCING.search(before, cut):
            return replaced(spans, text, a, a + len(address), [Span("url", address, a, a + len(address), s.confidence)])
    return spans


# "El Peruano. Recuperado de https://…": the phrase that announces the address, with no colon, after the
# sentence that closes the site's name
_LEAD_PHRASE_CLOSING = lazy_pattern(
    r"(?<=[.,])\s+(?:Recuperado\s+de|Retrieved\s+from|Disponible\s+en|Dispon[íi]vel\s+em|Available\s+(?:at|from)"
    r"|Verf[üu]gbar\s+unter|Abrufbar\s+unter|Disponible\s+sur)\s*$",
    re.I,
)


@needs(labels=["url"])
def lead_phrase_closes_span(spans: list[Span], text: str) -> list[Span]:
    """APA's Spanish ``“Title” (2023). El Peruano. Recuperado de https://…`` with ``Recuperado de`` read into
    the site's name before the address: the announcing phrase goes into no field."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if nxt.label != "url" or s.label == "url" or (m := _LEAD_PHRASE_CLOSING.search(s.text)) is None:
            continue
        kept = s.text[: m.start()].rstrip(" .,")
        if _WORDS_OF_LETTERS.search(kept):
            return [*spans[:k], Span(s.label, kept, s.start, s.start + len(kept), s.confidence), *spans[k + 1 :]]
    return spans


# the issue's number (or a double issue's, "7/8") before the address, after "volume:"
_ISSUE_BEFORE_ADDRESS = lazy_pattern(r"(?P<issue>\d{1,3}(?:/\d{1,3})?)\s+(?=(?:https?://|www\.))")


@needs(labels=["volume", "url"], without=["issue"])
def issue_read_into_address(spans: list[Span], text: str) -> list[Span]:
    """D-Lib's ``D-Lib Magazine July/August 2016. 22:7/8 http://…`` with the issue after the volume's colon read
    into the address: the number before the address is the issue."""
    for k in range(len(spans) - 1):
        vol, url = spans[k], spans[k + 1]
        if vol.label != "volume" or url.label != "url" or not vol.text.rstrip().endswith(":"):
            continue
        m = _ISSUE_BEFORE_ADDRESS.match(url.text)
        if m is None:
            return spans
        b, z = url.start + m.end("issue"), url.start + m.end()
        issue = Span("issue", text[url.start : b], url.start, b, url.confidence)
        return [*spans[: k + 1], issue, Span("url", text[z : url.end], z, url.end, url.confidence), *spans[k + 2 :]]
    return spans
