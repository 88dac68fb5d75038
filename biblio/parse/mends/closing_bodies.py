"""Mends of a document's body named between its plain title and the year, as engineering and security
notes cite reports and white papers: ``B. Weis, IEEE 802 Privacy Threat Analysis, Cisco Systems, 2016; URL``,
``L. Neely, Mobile Threat Protection, SANS Institute, 2016; URL``.

With no quotes or italics around the title and no volume, issue or pages, the name alone between the title
and the year is the body that issued the document: its publisher, not a journal, a place or a second author.
(A quoted title names an article or a page, and the name after it is its site or journal.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import links_start
from biblio.parse.mends.gated import needs
from biblio.parse.mends.publisher_first import firm_sentence_start
from biblio.parse.normalisers.names import has_org_word
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_YEAR_ALONE = lazy_pattern(r"^(?:[A-Z][a-z]{2,8}\.?\s+)?(?:1[89]|20)\d\d[;,.]?\s*$")
# no stop inside: "Nat. Commun.," is a journal cut short
_BODY = lazy_pattern(r"^[,\s]*(?P<body>[A-Z][^\d,;:()\"“”*.]{1,80}?)\s*,\s*$")
# the title's last comma part, when it names a body: "Title, Bluetooth Special Interest Group,"
_LAST_PART = lazy_pattern(r",\s+(?P<body>[A-Z][^\d,;:()\"“”*.]{1,80}?)\s*,\s*$")
# the title's last two comma parts, a body and its town: "Title, University of Nevada, Las Vegas,"
_BODY_TOWN = lazy_pattern(
    r",\s+(?P<body>(?=[A-Z])[^\d,;:()\"“”*.]{0,60}?\b(?:University|College|Institute)\b[^\d,;:()\"“”*.]{0,60}?,\s+"
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s*,\s*$"
)
# a meeting's or a periodical's name, or a place, is no body that issued a document
_NOT_BODY = lazy_pattern(
    r"^(?:in|en|dans|im)\b|\b(?:conference|proceedings|symposium|workshop|journal|review|transactions|letters)\b", re.I
)
# the first author's name and "et al" before the title's comma, as hand-written medical lists cite a paper
_ET_AL_COMMA = lazy_pattern(r"^[A-Z][\w'’-]+\s+et\s+al\.?\s*,\s*$")
_HOLDERS = frozenset(["journal", "container-title", "location", "author"])
_AFTER = frozenset(["url", "accessed", "doi"])
_NUMBERS = ("volume", "issue", "pages", "publisher", "editor")


@needs(labels=["title", "date"], without=_NUMBERS)
def body_before_year(spans: list[Span], text: str) -> list[Span]:
    """``Title, Cisco Systems, 2016; URL`` with the body read as a journal, a place or an author, or run into
    the title: the name between the plain title and the year is the publisher."""
    k = next((i for i, s in enumerate(spans) if s.label == "title"), None)
    if k is None or spans[k].text.lstrip()[:1] in "\"“”*'‘":
        return spans
    rest = spans[k + 1 :]
    # set off by commas: after a full stop ("Title. ACM Computing Surveys, 1990.") a journal may have no volume
    if rest and rest[0].label in _HOLDERS and (m := _BODY.match(rest[0].text)) is not None:
        if not text[: rest[0].start + m.start("body")].rstrip().endswith(","):
            return spans
        body, date, tail = rest[0], rest[1:2], rest[2:]
        if _NOT_BODY.search(m.group("body")) or is_place(m.group("body")):
            return spans
        if body.label == "journal" and k > 0 and _ET_AL_COMMA.search(spans[k - 1].text):
            return spans  # "Stanaway et al, Title, Lancet, July 2016.": a paper's names cut short, then its journal
        if body.label == "location" and not has_org_word(m.group("body")):  # "Merida", "UK": a place after all
            return spans
        if not date or date[0].label != "date" or not _YEAR_ALONE.match(date[0].text):
            return spans
        if any(s.label not in _AFTER for s in tail):
            return spans
        a = body.start + m.start("body")
        publisher = Span("publisher", m.group("body"), a, a + len(m.group("body")), body.confidence)
        return [*spans[: k + 1], publisher, *rest[1:]]
    title = spans[k]
    if not rest or rest[0].label != "date" or not _YEAR_ALONE.match(rest[0].text):
        return spans
    if any(s.label not in _AFTER for s in rest[1:]) or (m := _LAST_PART.search(title.text)) is None:
        return spans
    if not has_org_word(m.group("body")) and (two := _BODY_TOWN.search(title.text)) is not None:
        m = two  # "Title, University of Nevada, Las Vegas,": the body named with its town
    if not has_org_word(m.group("body")) or _NOT_BODY.search(m.group("body")):
        return spans
    cut, a = m.start(), title.start + m.start("body")
    if (firm := firm_sentence_start(title.text)) is not None and firm < m.start("body"):
        # MLA's "Title. Farrar, Straus and Giroux, 2011.": the firm's name is the title's last sentence whole
        cut = len(title.text[:firm].rstrip())
        a = title.start + firm
    firm_name = text[a : title.start + m.end("body")]
    return [
        *spans[:k],
        replace(title, text=title.text[:cut], end=title.start + cut),
        Span("publisher", firm_name, a, a + len(firm_name), title.confidence),
        *rest,
    ]


@needs(labels=["author", "title", "date"], without=_NUMBERS)
def et_al_journal_in_title(spans: list[Span], text: str) -> list[Span]:
    """``Stanaway et al, | Title of the paper, Lancet, | July 2016. | Available at: …`` with the journal run into the
    title before a link or an access date: after a paper's names cut to ``Family et al,`` the title's last comma part,
    a name with no body's word, is its journal (the labeller reads it so with nothing after the date)."""
    end = links_start(spans)
    if end == len(spans) or end < 3 or spans[end - 1].label != "date" or spans[end - 2].label != "title":
        return spans
    title, names = spans[end - 2], spans[end - 3]
    if names.label != "author" or not _ET_AL_COMMA.search(names.text) or not _YEAR_ALONE.match(spans[end - 1].text):
        return spans
    if (m := _LAST_PART.search(title.text)) is None or has_org_word(m.group("body")) or is_place(m.group("body")):
        return spans
    name = m.group("body")
    if len(name.split()) > 5 or not all(w[:1].isupper() for w in name.split()):
        return spans
    cut, a = m.start(), title.start + m.start("body")
    return [
        *spans[: end - 2],
        replace(title, text=title.text[:cut], end=title.start + cut),
        Span("journal", name, a, a + len(name), title.confidence),
        *spans[end - 1 :],
    ]


# the closing word of a body that issues documents (a firm, an agency, a union), never of an outlet's name
ISSUER_END = lazy_pattern(
    r"\b(?:group|corporation|company|inc|llc|ltd|plc|gmbh|corp|agency|union|foundation|association|council|"
    r"commission|organi[sz]ation|authority|federation|alliance|aisbl|bureau|ministry|service)\.?$",
    re.I,
)
# a news agency is an outlet ("Philippine News Agency"); a digit marks an event's or a title's words
_NEWS_OR_DIGIT = lazy_pattern(r"\bnews\b|\d", re.I)
# what may stand between the body and its link: nothing, or Harvard's "Available at:"
_LINK_LEAD = lazy_pattern(r"^[\s.,;]*(?:(?:\[online\]|available\s+(?:at|from))[\s.,:]*)*$", re.I)


def issuing_body(name: str) -> bool:
    """Whether ``name`` closes in a firm's or an agency's word (``Elia Group``, ``International Energy Agency``),
    no meeting's, periodical's or news agency's name and no digit (``… at the 57th Session of the UN Statistical
    Commission`` names an event): a body that issues documents, not a site that holds them."""
    return ISSUER_END.search(name) is not None and _NOT_BODY.search(name) is None and not _NEWS_OR_DIGIT.search(name)


@needs(labels=["title", "date", "url"], without=(*_NUMBERS, "accessed"))
def body_before_link(spans: list[Span], text: str) -> list[Span]:
    """``Title. (2018). Elia Group. https://…`` with the body read as a journal: in a report's or a program's
    reference with no volume, pages or access date, the plain name between the title (or its bracketed kind,
    ``[Python]``) and the link that closes in a firm's or an agency's word is its publisher."""
    end = links_start(spans)
    if end == len(spans) or end < 2 or any(s.label == "accessed" or s.label in _NUMBERS for s in spans):
        return spans  # (as the declaration says: an access date or a number read leaves the reading as it is)
    body = spans[end - 1]
    if body.label not in ("journal", "container-title") or body.text.lstrip()[:1] in "\"“”*'‘_[(":
        return spans
    k = end - 2
    kind = k > 0 and spans[k - 1].label == "title" and spans[k].text.lstrip()[:1] == "["
    if spans[k].label != "title" and not kind:
        return spans
    if not _LINK_LEAD.match(text[body.end : spans[end].start]):
        return spans
    name = body.text.strip().rstrip(".,;")
    if not issuing_body(name):
        return spans
    a = body.start + body.text.find(name)
    return [*spans[: end - 1], Span("publisher", name, a, a + len(name), body.confidence), *spans[end:]]
