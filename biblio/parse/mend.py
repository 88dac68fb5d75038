"""Mends of the model's spans where the text's own marks show where a field runs.

Each mend is a small function ``list[Span] -> list[Span]`` applied before assembly:

- ``whole_emphasis``: a title set in italics is one field; the model sometimes ends it before the
  closing mark (``*… de Philippe II*`` read with ``II*`` as an edition).
- ``issue_after_volume``: ``38(8), 19 April 1965`` with ``(8), 19 April 1965`` read as the date.
- ``day_before_volume``: ``2002 Jul 25;347(4)`` with ``25;347`` read as the volume.
- ``university_press``: MLA's ``U of California P`` read as place ``U of California``, publisher ``P``.
- ``journal_after_title``: ``Title. Hippocampus (2000) 10:555-560`` read as one title.
- ``marked_numbers``: Korean ``제17권, 제2호`` and Chinese ``第3卷 第2期`` are volume and issue.
- ``publisher_apart``: ``Blackwell Science, Cambridge, Massachusetts`` read as one place, or
  ``Title. Athena Scientific,`` as one title, where no publisher was read.
- ``editors_apart``: ``Title, ed. Jean-Claude Guy.`` or ``In Book. Edited by X and Y,`` as one field.
- ``book_title``: the one work a reference names read as a container, with no journal's numbers.
- ``title_after_initials``: ``Liaw D. PTEN, a putative …`` with ``PTEN,`` read among the names.
- ``address_apart``: a bare web address the model ran into a title, container or publisher is the
  work's URL; the words that only announced it ("Viewable online at:") go into no field.
"""

from __future__ import annotations

import re

from biblio.parse.connectors import CONNECTORS, loss
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span
from biblio.parse.tokens import EMPHASIS

_WORK_TITLES = frozenset(["title", "journal", "container-title", "collection-title"])
# not a Markdown link's target (``links`` reads those); trailing sentence punctuation is no part of it
_BARE_URL = re.compile(r"(?<!\]\()(?<![\w/.@])(?:https?://|www\.)[^\s<>\"\]\[]+")
_BRACKETED_ISSUE = re.compile(r"^\s*\(\d{1,3}[A-Za-z]?\)")
_ENDS_WITH_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.I)
_DAY_SEMICOLON = re.compile(r"^\s*([0-3]?\d)\s*;\s*(?=\S)")
_PRESS_ABBREVIATION = re.compile(r"^\s*U?P\s*[.,]?\s*$")
_SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{3})[.?!]\s+(?=[A-Z])")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_CJK_BREAK = re.compile(r"(?<=\S)[,，]\s*(?=\S)")
_CJK_MARK_HINT = re.compile("[권호卷期쪽頁页]")
# the number alone is the span: the marks around it are connecting words
_CJK_MARKED = re.compile(
    r"(?:제|第)\s*(?P<n>\d{1,4})\s*(?:(?P<vol>권|卷)|(?P<iss>호|期))"
    r"|(?P<n2>\d{1,5}\s*[-~\u2013]\s*\d{1,5})\s*(?:쪽|頁|页)")
_FIRST_COMMA = re.compile(r",\s+")
_PUBLISHER_WORD = re.compile(
    r"(?i)\b(?:press|publish\w*|publications|verlag|books|inc|ltd|co|corp|company|editions|éditions|edizioni|"
    r"editorial|wiley|springer|elsevier|routledge|sage|blackwell|pearson|mcgraw-hill|addison-wesley|macmillan|"
    r"penguin|norton|sons|gmbh|llc|scientific|university|universität|université|universidad|institute|"
    r"institut|society|association|academic)\b")
# "…, ed. X", "…. Edited by X": the role words and the names after them, to the span's end
_EDITED_BY = re.compile(r"(?<=[^\W\d_])[.,]\s+(?P<role>[Ee]dited\s+by|[Ee]ds?\.(?:\s+by)?)\s+(?=[A-Z])")
_ABBREVIATED_WORD = re.compile(r"\b[A-Z][a-z]{0,5}\.")
_DIGIT_END = re.compile(r"\d\W*$")
_MARKED_TITLE = re.compile(r"[*_<]|\]\(")
_VANCOUVER_END = re.compile(r"^(?:[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)? [A-Z]{1,3}, )+"
                            r"[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)? [A-Z]{1,3}\.\s+(?P<tail>\S.*)$")
_ETAL_TAIL = re.compile(r"(?i)^et\.? al")
_IN_LEAD = re.compile(r"^\W*(?:in|en|dans|im)\b", re.I)
_WORD = re.compile(r"[^\W_]+")
_URL_HOLDERS = frozenset(["title", "journal", "container-title", "publisher", "location"])


def whole_emphasis(spans: list[Span], text: str) -> list[Span]:
    """A title span that opens an emphasis run the next span closes takes the rest of the run."""
    if "*" not in text and "_" not in text and "<" not in text:
        return spans
    out = list(spans)
    for rx in EMPHASIS:
        for m in rx.finditer(text):
            a, z = m.start(2), m.end(2)  # the emphasised text, without its marks
            for k in range(len(out) - 1):
                s, nxt = out[k], out[k + 1]
                if s.label in _WORK_TITLES and s.start <= a < s.end < z <= nxt.end and nxt.label != s.label:
                    out[k] = Span(s.label, text[s.start : z], s.start, z, s.confidence)
                    rest = Span(nxt.label, text[z : nxt.end], z, nxt.end, nxt.confidence)
                    out[k + 1 : k + 2] = [rest] if rest.text.strip() else []
                    break
    return out


def address_apart(spans: list[Span]) -> list[Span]:
    """The first bare address inside a title, container or publisher, as a ``url`` span of its own."""
    if any(s.label in ("url", "doi") for s in spans):
        return spans
    for k, s in enumerate(spans):
        m = _BARE_URL.search(s.text) if s.label in _URL_HOLDERS else None
        if m is None:
            continue
        address = m.group(0).rstrip(".,;:")
        if address.endswith(")") and "(" not in address:
            address = address[:-1]
        a, z = m.start(), m.start() + len(address)
        cut = _announcing(s.text[:a])
        parts = [Span(s.label, s.text[:cut], s.start, s.start + cut, s.confidence),
                 Span("url", address, s.start + a, s.start + z, s.confidence),
                 Span(s.label, s.text[z:], s.start + z, s.end, s.confidence)]
        return spans[:k] + [p for p in parts if p.label == "url" or loss(p.text)] + spans[k + 1 :]
    return spans


def issue_after_volume(spans: list[Span]) -> list[Span]:
    """``38(8), 19 April 1965`` read as volume then date: the bracketed number after the volume is
    its issue (three digits at most, so never a year)."""
    for k in range(1, len(spans)):
        prev, s = spans[k - 1], spans[k]
        if prev.label == "volume" and s.label == "date" and (m := _BRACKETED_ISSUE.match(s.text)):
            z = m.end()
            rest = Span(s.label, s.text[z:], s.start + z, s.end, s.confidence)
            issue = Span("issue", s.text[:z], s.start, s.start + z, s.confidence)
            return spans[:k] + [issue] + ([rest] if rest.text.strip() else []) + spans[k + 1 :]
    return spans


def day_before_volume(spans: list[Span], text: str) -> list[Span]:
    """``2002 Jul 25;347(4)`` read as date ``2002 Jul`` and volume ``25;347``: the number before the
    semicolon is the day of the month the date ends with (Vancouver and PubMed write it so)."""
    for k in range(1, len(spans)):
        prev, s = spans[k - 1], spans[k]
        if prev.label == "date" and s.label == "volume" and _ENDS_WITH_MONTH.search(prev.text):
            m = _DAY_SEMICOLON.match(s.text)
            if m:
                date = Span("date", text[prev.start : s.start + m.end(1)], prev.start, s.start + m.end(1),
                            min(prev.confidence, s.confidence))
                volume = Span("volume", s.text[m.end() :], s.start + m.end(), s.end, s.confidence)
                return spans[: k - 1] + [date, volume] + spans[k + 1 :]
    return spans


def university_press(spans: list[Span], text: str) -> list[Span]:
    """MLA's ``U of California P``: a publisher span of only ``P`` or ``UP`` after a place span is
    the end of the press's name, and the "place" its beginning."""
    for k in range(1, len(spans)):
        prev, s = spans[k - 1], spans[k]
        if prev.label == "location" and s.label == "publisher" and _PRESS_ABBREVIATION.match(s.text):
            return spans[: k - 1] + [Span("publisher", text[prev.start : s.end], prev.start, s.end,
                                          min(prev.confidence, s.confidence))] + spans[k + 1 :]
    return spans


def journal_after_title(spans: list[Span], text: str) -> list[Span]:
    """``Title. Hippocampus (2000) 10:555-560`` read as one title: where the record has numbers of a
    journal but no journal, the title's last sentence, a short name, is the journal."""
    labels = {s.label for s in spans}
    if labels & {"journal", "container-title", "publisher"} or not labels & {"volume", "pages"}:
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label not in ("volume", "pages", "date", "issue"):
            continue
        # titles in Chinese, Japanese or Korean run on to the journal after a comma
        cut = _last(_CJK_BREAK if _CJK.search(s.text) else _SENTENCE_BREAK, s.text)
        if cut is None:
            return spans
        head, tail = s.text[: cut.start() + 1], s.text[cut.end() :]
        words = _WORD.findall(tail)
        short_head = len(_WORD.findall(head)) < 3 and len(_CJK.findall(head)) < 6
        named = any(len(w) >= 4 and not w.isupper() or _CJK.match(w) for w in words)
        if (not 1 <= len(words) <= 8 or short_head or not named or len(_CJK.findall(tail)) > 16
                or tail.rstrip(" ,;:").endswith(("?", "!"))):
            return spans
        z = s.start + cut.end()
        return spans[:k] + [Span("title", head, s.start, s.start + len(head), s.confidence),
                            Span("journal", tail, z, s.end, s.confidence)] + spans[k + 1 :]
    return spans


def marked_numbers(spans: list[Span], text: str) -> list[Span]:
    """Numbers whose marks say what they are (Korean 제17권 volume, 제2호 issue; Chinese 第3卷, 第2期)
    become spans of that label wherever the model put them."""
    if not _CJK_MARK_HINT.search(text):
        return spans
    out = list(spans)
    for m in _CJK_MARKED.finditer(text):
        label = "volume" if m.group("vol") else "issue" if m.group("iss") else "pages"
        a, z = m.span("n") if m.group("n") else m.span("n2")
        for k, s in enumerate(out):
            if s.start <= a and z <= s.end and (s.start, s.end, s.label) != (a, z, label):
                parts = [Span(s.label, text[s.start : a], s.start, a, s.confidence),
                         Span(label, text[a:z], a, z, s.confidence),
                         Span(s.label, text[z : s.end], z, s.end, s.confidence)]
                out[k : k + 1] = [p for p in parts if p.label == label or loss(p.text)]
                break
    return out


def publisher_apart(spans: list[Span], text: str) -> list[Span]:
    """Where no publisher was read: ``Blackwell Science, Cambridge, Massachusetts`` read as one place,
    or ``Title. Athena Scientific Press,`` read as one title, holds the publisher (a name that is no
    place, or one with a publisher's word) before the place or after the title."""
    labels = {s.label for s in spans}
    if labels & {"publisher", "journal", "container-title"}:
        return spans
    for k, s in enumerate(spans):
        if s.label == "location" and (m := _FIRST_COMMA.search(s.text)):
            head, tail = s.text[: m.start()], s.text[m.end() :]
            if _PUBLISHER_WORD.search(head) and not is_place(head) and is_place(tail):
                z = s.start + m.end()
                return spans[:k] + [Span("publisher", head, s.start, s.start + len(head), s.confidence),
                                    Span("location", tail, z, s.end, s.confidence)] + spans[k + 1 :]
        if s.label == "title" and k + 1 < len(spans) and spans[k + 1].label == "date":
            cut = _last(_SENTENCE_BREAK, s.text)
            if cut is None:
                continue
            head, tail = s.text[: cut.start() + 1], s.text[cut.end() :]
            if len(_WORD.findall(tail)) <= 5 and _PUBLISHER_WORD.search(tail) and len(_WORD.findall(head)) >= 3:
                z = s.start + cut.end()
                return spans[:k] + [Span("title", head, s.start, s.start + len(head), s.confidence),
                                    Span("publisher", tail, z, s.end, s.confidence)] + spans[k + 1 :]
    return spans


def _last(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in rx.finditer(text):  # noqa: B007 - the last match is wanted
        pass
    return found


def editors_apart(spans: list[Span], text: str) -> list[Span]:
    """``Title, ed. Jean-Claude Guy.`` or ``In Book. Edited by Pat Easterling and Edith Hall,`` read as
    one title or container: the names after the role words, to the span's end, are the editors."""
    if any(s.label == "editor" for s in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label not in _WORK_TITLES:
            continue
        m = _EDITED_BY.search(s.text)
        if m is None:
            continue
        names = s.text[m.end() :]
        words = names.strip(" .,;:").split()
        if not 1 <= len(words) <= 12 or not all(w[:1].isupper() or w in ("and", "&") for w in words):
            continue
        a = s.start + m.start("role")
        return spans[:k] + [Span(s.label, s.text[: m.start()], s.start, s.start + m.start(), s.confidence),
                            Span("editor", text[a : s.end], a, s.end, s.confidence)] + spans[k + 1 :]
    return spans


def book_title(spans: list[Span]) -> list[Span]:
    """``Davies, W.D., Torah in the Messianic Age (Philadelphia: Fortress, 1952)`` with the one work
    named read as a container: with no title, no "In", and no journal's numbers, it is the title."""
    labels = [s.label for s in spans]
    if "title" in labels or set(labels) & {"volume", "issue", "pages", "editor"}:
        return spans
    works = [k for k, label in enumerate(labels) if label in ("container-title", "journal")]
    if len(works) != 1:
        return spans
    s = spans[works[0]]
    # "In …", and a journal's abbreviated name ("Eur. Phys. J. C71"), are containers still; a span
    # holding a marked title (italics, a link) is divided at its marks after assembly (tidy)
    if (_IN_LEAD.match(s.text) or len(_ABBREVIATED_WORD.findall(s.text)) >= 2 or _DIGIT_END.search(s.text)
            or _MARKED_TITLE.search(s.text)):
        return spans
    return spans[: works[0]] + [Span("title", s.text, s.start, s.end, s.confidence)] + spans[works[0] + 1 :]


def title_after_initials(spans: list[Span], text: str) -> list[Span]:
    """``Liaw D. PTEN, a putative …`` read with ``PTEN,`` among the names: a name list in Vancouver's
    form ("Family AB") ends at the period after its last initials; what follows opens the title."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "author" or nxt.label != "title":
            continue
        m = _VANCOUVER_END.match(s.text)
        if m is None or _ETAL_TAIL.match(m.group("tail")):
            return spans
        a = s.start + m.start("tail")
        return spans[:k] + [Span("author", s.text[: m.start("tail")], s.start, a, s.confidence),
                            Span("title", text[a : nxt.end], a, nxt.end, min(s.confidence, nxt.confidence))
                            ] + spans[k + 2 :]
    return spans


def _announcing(before: str) -> int:
    """Where the connecting words that announce an address ("Viewable online at:") begin."""
    cut = len(before)
    for w in reversed(list(_WORD.finditer(before))):
        if w.group(0).lower() not in CONNECTORS:
            break
        cut = w.start()
    return cut


def mend(spans: list[Span], text: str) -> list[Span]:
    spans = title_after_initials(editors_apart(marked_numbers(spans, text), text), text)
    spans = day_before_volume(issue_after_volume(whole_emphasis(spans, text)), text)
    spans = book_title(journal_after_title(spans, text))
    return address_apart(publisher_apart(university_press(spans, text), text))
