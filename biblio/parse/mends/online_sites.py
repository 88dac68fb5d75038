"""Mends of the site NLM and AMA name after a web page's or an online periodical's title: NLM's ``Title. Ausmed
[Internet]. 2015 Jun 10. Available from: …`` (or with no medium, ``Title. Our World in Data. 2020. Available
from: …``) and AMA's ``Title. FiveThirtyEight. Published online March 10,
2016. https://…`` (or ``Title. Better Humans. September 1, 2016. https://…``).

The labeller reads the site into the title. In these styles the sentence right before the medium
``[Internet]``, before ``Published online`` or before a full date of publication followed by the address is
the site or periodical the page is in (a book's publisher stands before a semicolon, ``Publisher; 2016``).
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# what opens the date after the site: NLM's medium, AMA's "Published online", a full date
_ONLINE_DATE = lazy_pattern(r"\s*(?:\[Internet\]|Published\s+online\b)", flags=0)
_FULL_DATE = lazy_pattern(rf"\s*{ENGLISH_MONTH}\s+\d{{1,2}},\s+(?:1[89]|20)\d\d\.?\s*$")
# the title's last sentence: a stop after a word (not an initial), then a short capitalised name
_LAST_SENTENCE = lazy_pattern(
    r"(?<=[^\W\d_]{2})[.?!]\s+(?P<site>[A-Z0-9][^.?!:;()\[\]]{0,60}?(?:\s+\S+){0,7}?)[.,]?\s*$"
)
# NLM's web page with no medium: ``Title. Our World in Data. 2020. Available from: https://…``, a year (and month
# and day) alone, then the address the style opens with "Available from"
_YEAR_ALONE = lazy_pattern(r"\s*(?:1[89]|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\.?\s*$")
_AVAILABLE = lazy_pattern(r"\s*Available\s+(?:from|at)\b", flags=0)
# a name that is a publisher's or a body's: a book's or report's imprint, no site
_IMPRINT_WORDS = lazy_pattern(
    r"\b(?:Press|Publish\w*|Publications?|Books|Verlag|Springer|Elsevier|Wiley|Routledge|Inc|Ltd|LLC|University|"
    r"Institute|Society|Council|Association|Organi[sz]ation|Office|Department|Ministry|Agency|Foundation|Centre|"
    r"Center|Bank|Fund|Commission|Board|Corporation)\b|^[A-Z][A-Z&]{1,7}$"
)
_HELD = frozenset(["container-title", "journal", "volume", "issue", "pages", "publisher", "location"])


@needs(labels=("title", "date"), without=_HELD)
def site_before_online_date(spans: list[Span], text: str) -> list[Span]:
    """``Title. Ausmed | [Internet]. 2015 Jun 10.`` or ``Title. FiveThirtyEight. | Published online …`` with the
    site read into the title: the title's last sentence, right before the medium, ``Published online`` or a
    full date the address follows, is the container."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label != "date" or text[s.end : nxt.start].strip():
            continue
        addressed = k + 2 < len(spans) and spans[k + 2].label == "url"
        available = addressed and _AVAILABLE.match(spans[k + 2].text) is not None and _YEAR_ALONE.match(nxt.text)
        if not (_ONLINE_DATE.match(nxt.text) or addressed and _FULL_DATE.match(nxt.text) or available):
            return spans
        return _site_apart(spans, k, text, strict=bool(available))
    return spans


def _site_apart(spans: list[Span], k: int, text: str, *, strict: bool) -> list[Span]:
    """``spans[k]`` (a title, or one work) divided at its last sentence: the title, then the site (or
    ``spans`` unchanged). ``strict`` where nothing but the place tells a site: no publisher's or body's name
    (``Title. Springer. 2018.``) and one sentence (``Author. Title. Site.`` read as one title leaves two)."""
    s = spans[k]
    m = _LAST_SENTENCE.search(s.text)
    if m is None or len(s.text[: m.start()].split()) < 2:
        return spans
    site = m.group("site").strip(" .,")
    if strict and (_IMPRINT_WORDS.search(site) or ". " in site):
        return spans
    cut = s.start + m.start() + 1
    at = s.start + m.start("site")
    title = Span("title", text[s.start : cut], s.start, cut, s.confidence)
    return [*spans[:k], title, Span("container-title", text[at : s.end], at, s.end, s.confidence), *spans[k + 1 :]]


# Nature's closing "(2020)." after the address of a web page
_CLOSING_YEAR = lazy_pattern(r"\s*\(\s*(?:1[89]|20)\d\d\s*\)\.?\s*$")
_WORKS = frozenset(["title", "container-title"])


@needs(any_label=_WORKS, labels=("url", "date"), without=_HELD - {"container-title"})
def site_before_address_and_year(spans: list[Span], text: str) -> list[Span]:
    """Nature's web page, ``Authors. CO₂ emissions. Our World in Data https://… (2020).``, with the title and the
    site read as one work: its last sentence, right before the address the year in brackets closes, is the site."""
    works = [k for k, s in enumerate(spans) if s.label in _WORKS]
    if len(works) != 1 or works[0] + 2 != len(spans) - 1:
        return spans
    k = works[0]
    url, date = spans[k + 1], spans[k + 2]
    if url.label != "url" or date.label != "date" or not _CLOSING_YEAR.fullmatch(date.text):
        return spans
    return _site_apart(spans, k, text, strict=True)


# Harvard's (Cite This For Me) medium after the title: "[online]"
_ONLINE_MARK = lazy_pattern(r"\[\s*online\s*\]", re.I)
# the medium, then the site's name in the same span: "[online] martinfowler.com. "
_MARK_THEN_SITE = lazy_pattern(r"(?P<mark>\[\s*online\s*\])\s+(?P<site>[^\s\[\]()][^\[\]()]{0,60}?)[.,]?\s*", re.I)


@needs(labels=("title", "url"), without=("container-title", "journal"), marks=("online",))
def site_after_online_mark(spans: list[Span], text: str) -> list[Span]:
    """Harvard's ``Title. [online] Site Name. Available at: https://…`` with the site after the medium read as the
    publisher, or with the medium into a note: the name between the medium and the address is the page's site."""
    for k in range(1, len(spans) - 1):
        s, prev = spans[k], spans[k - 1]
        if spans[k + 1].label != "url":
            continue
        after_mark = prev.label == "other" and _ONLINE_MARK.fullmatch(prev.text.strip()) is not None
        after_title = k >= 2 and spans[k - 2].label == "title" and "location" not in labels_of(spans)
        if s.label == "publisher" and after_mark and after_title:
            return [*spans[:k], Span("container-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
        if s.label == "note" and prev.label == "title" and (m := _MARK_THEN_SITE.fullmatch(s.text)):
            a, z = s.start + m.start("site"), s.start + m.end("site")
            mark = Span("other", m.group("mark"), s.start + m.start("mark"), s.start + m.end("mark"), s.confidence)
            return [*spans[:k], mark, Span("container-title", text[a:z], a, z, s.confidence), *spans[k + 1 :]]
        return spans
    return spans


# the lead-in announcing the address, right after the site
_AVAILABLE_AFTER = lazy_pattern(r"[\s.]*Available\s+(?:at|from)\s*:", re.I)


@needs(labels=("title", "url"), without=("container-title", "journal"), marks=(" | ",))
def page_title_after_title(spans: list[Span], text: str) -> list[Span]:
    """A citation generator's ``Title, Title | Site Name. Available at: https://…``, the page's own title (the
    title's words again, ``What is EDR? …, What Is EDR? … | Microsoft Security``) read into the title: it is the
    container."""
    for k, s in enumerate(spans[:-1]):
        if s.label != "title":
            continue
        low = s.text.lower()
        cut = low.find(", " + low[:12], 1) if len(low) >= 16 else -1
        if cut <= 0 or " | " not in s.text[cut:] or not _AVAILABLE_AFTER.match(text, s.end):
            return spans
        at = s.start + cut + 2
        title = Span("title", text[s.start : s.start + cut], s.start, s.start + cut, s.confidence)
        return [*spans[:k], title, Span("container-title", text[at : s.end], at, s.end, s.confidence), *spans[k + 1 :]]
    return spans
