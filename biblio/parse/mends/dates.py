"""Mends of dates: ``18.10.2017`` read as a volume and an issue; Chicago's ``*Journal* (June 2019): 1``
with the bracketed date read as an access date."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import border_moved, divided, replaced, stretch_as_one
from biblio.parse.mends.gated import holds_any, labels_of, needs
from biblio.parse.normalisers.dates import ACCESS_LEAD, ENGLISH_MONTH, MONTHS, NO_DATE, NO_DATE_FORMS, month_number
from biblio.parse.spans import Span

# day.month.year as German and other European references write it
_DOTTED_DATE = lazy_pattern(r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:1[5-9]\d\d|20\d\d)(?![\d.]\d)")
_NUMBERS = frozenset(["volume", "issue", "pages"])


@needs(any_label=_NUMBERS)
def dotted_date(spans: list[Span], text: str) -> list[Span]:
    """``Royal Society, 18.10.2017, S. 12`` with ``18`` read as the volume and ``.10.2017`` as the
    issue: two touching spans of numbers that hold a dotted day, month and year are the date."""
    # (the touching spans first, no look through the whole text: they are rare, and hold the date's pattern)
    if labels_of(spans).isdisjoint(_NUMBERS):
        return spans
    for k in range(len(spans) - 1):
        a, b = spans[k], spans[k + 1]
        # only where two spans of numbers touch (``18`` then ``.10.2017``), and only there
        if a.label not in _NUMBERS or b.label not in _NUMBERS or a.end != b.start or b.text[:1] != ".":
            continue
        m = _DOTTED_DATE.match(text, a.start)
        if m is None or m.end() > b.end:
            continue
        z = b.end
        date = Span("date", text[a.start : z], a.start, z, min(a.confidence, b.confidence))
        return [*spans[:k], date, *spans[k + 2 :]]
    return spans


# a date in brackets and nothing else: "(June 2019):", "(23 December 2015)", "(2014),"
_BRACKETED_DATE = lazy_pattern(r"^\s*\([^()]*\b(?:1[5-9]\d\d|20\d\d)\)[\s.,:;]*$")
_VENUES = frozenset(["journal", "container-title"])
# what stands before a journal's date in Chicago's form: the journal, or its volume and issue after it
_BEFORE_JOURNAL_DATE = _VENUES | {"volume", "issue"}


@needs(labels=["accessed"], any_label=_VENUES, without=["date"])
def bracketed_date_is_issued(spans: list[Span], text: str) -> list[Span]:
    """Chicago's note ``*Journal* (June 2019): 1`` (or ``*Journal* 6, no. 9 (21 October 2018): 1165–85``)
    with the bracketed date read as an access date: no word announces an access there, and no other date
    was read, so it is the date of publication."""
    if "date" in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        s, before = spans[k], spans[k - 1]
        if s.label != "accessed" or before.label not in _BEFORE_JOURNAL_DATE or not _BRACKETED_DATE.match(s.text):
            continue
        if before.label not in _VENUES and not any(x.label in _VENUES for x in spans[:k]):
            continue
        if _ACCESS_NOTE.search(text, 0, s.start):
            return spans
        return [*spans[:k], Span("date", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# French, Italian and Dutch access notes: "consulté le 1er avril 2022", "page consultée le",
# "consultato il 3 marzo 2021", "ultimo accesso: 5 maggio 2020", "geraadpleegd op 12 mei 2019"; a
# phrase no title uses, so it is the note even where read into the title before it
_ROMANCE_ACCESS = lazy_pattern(
    r"(?:(?:page|pagina)\s+)?(?:[Cc]onsult[ée]e?\s+le|[Cc]onsultat[oa]\s+il|[Uu]ltim[oa]\s+(?:accesso|consultazione)"
    r"(?:\s+il)?\s*:?|[Gg]eraadpleegd(?:\s+op)?\s*:?|[Bb]ezocht\s+op)(?:\s+(?=\d)|\s*$)"
)
# a cheap first look for these notes and for a page's update note
_ACCESS_HINTS = ("onsult", "ccesso", "eraadpleegd", "ezocht")
_UPDATE_HINTS = ("jour le", "ggiornat", "ijgewerkt", "ublié", "aru le")
# ASA's and Chicago's access note: "Retrieved March 5, 2020 (URL)", "Accessed June 1, 2019.", IEEE's "Accessed:
# Jan. 12, 2024.", a Chicago
# note's ", accessed October 5, 2011."; ABNT's and
# Spanish styles' "Acesso em: 3 out. 2020.", "Consultado el 5 de marzo de 2021", "Cited: Jan. 9, 2011."
# (a preposition or a colon after the Romance word: "Recuperado de URL" announces an address, no date)
_ACCESS_NOTE = lazy_pattern(
    r"(?:^|(?<=[\s.,;]))(?:(?:Retrieved|Accessed|(?<=,\s)accessed)(?:\s+(?:on|from))?:?(?:\s+(?=[^\W\d_])|\s*$)"
    r"|(?:Acesso|Acessado|Accedido|Consultado|Recuperado|Cited)(?:\s+(?:em|el|en|on)\s*:?|\s*:)(?:\s*(?=\w)|\s*$))"
)
_FIELDS_OF_WORDS = frozenset(["publisher", "location", "journal", "container-title", "note"])
_MONTH = lazy_pattern(ENGLISH_MONTH)
_DATES = frozenset(["date", "accessed"])


@needs(any_label=_DATES)
def access_date_apart(spans: list[Span], text: str) -> list[Span]:
    """``Washington, DC: Pew Research Center. Retrieved March 5, | 2020 (`` with the access note's
    month and day read into the publisher (or ``Retrieved`` alone read as one): from its word on, the
    note is the access date."""
    romance = holds_any(text, _ACCESS_HINTS)
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if nxt.label not in _DATES:
            continue
        if s.label in _FIELDS_OF_WORDS:
            m = _ACCESS_NOTE.search(s.text) or (_ROMANCE_ACCESS.search(s.text) if romance else None)
        elif s.label == "title" and romance:
            m = _ROMANCE_ACCESS.search(s.text)
        else:
            continue
        rest = s.text[m.end() :].strip() if m is not None else ""
        if m is None or (m.start() == 0 and rest and not _MONTH.fullmatch(rest)):
            continue  # (IEEE's "Accessed: Jan | . 12, 2024.": the month cut from its day)
        a = s.start + m.end()
        while a < nxt.end and text[a].isspace():
            a += 1  # the word closed its span: the date opens the next
        accessed = Span("accessed", text[a : nxt.end], a, nxt.end, min(s.confidence, nxt.confidence))
        if m.start() == 0:  # the span is the access word alone ("*Site*. | Retrieved | February 12, 2012")
            return [*spans[:k], accessed, *spans[k + 2 :]]
        if not s.text[: m.start()].strip(" .,;:"):  # only the full stop before the note
            return [*spans[:k], accessed, *spans[k + 2 :]]
        head = Span(s.label, s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        return [*spans[:k], head, accessed, *spans[k + 2 :]]
    return spans


# any word that announces an access, in the languages of the notes ("Retrieved", "consultato il", "アクセス日")
_ANY_ACCESS_WORD = lazy_pattern(rf"\b(?:{ACCESS_LEAD})\b", re.I)
# a whole date with its month in a word: "19 marzo 2016", "7 novembre 2017.", "31 October 2020"
_WORDED_DAY_MONTH_YEAR = lazy_pattern(r"(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]+)\.?\s+(?:1[5-9]\d\d|20\d\d)[.,;]?")


@needs(labels=["accessed", "url"], without=["date"])
def unannounced_access_before_link(spans: list[Span], text: str) -> list[Span]:
    """An Italian web list's ``Scalaenne, *Title*, 19 marzo 2016. https://…`` with the post's date read as an
    access date: no word announces an access before it, and the address follows it, so it is the work's date."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "accessed" or spans[k + 1].label != "url":
            continue
        m = _WORDED_DAY_MONTH_YEAR.fullmatch(s.text.strip())
        if m is None or month_number(m["month"]) is None or _ANY_ACCESS_WORD.search(text, 0, s.end):
            return spans
        return [*spans[:k], Span("date", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a Chicago note's access date after the date it runs on from: "February 11, 2011, accessed May 12, 2013,"
_ACCESS_IN_DATE = lazy_pattern(r",\s+accessed\s+(?=[^\W\d_])")
# an article's page cited between the year and the access note: "(2012): 7"
_PAGE_AFTER_YEAR = lazy_pattern(r"^(?P<date>.*?(?:1[5-9]\d\d|20\d\d)\)?:)\s*(?P<page>\d[\d\u2013-]*)\s*$")


@needs(labels=["date"], marks=["accessed"])
def access_in_date(spans: list[Span], text: str) -> list[Span]:
    """A Chicago note's ``February 11, 2011, accessed May 12, 2013,`` (or an article's ``(2012): 7,
    accessed October 28, 2013,``) read as one date: after ``accessed`` is the access date, and a page
    after the year's colon is the page cited."""
    if "accessed" not in text:
        return spans
    for k, s in enumerate(spans):
        m = _ACCESS_IN_DATE.search(s.text) if s.label == "date" else None
        if m is None or not s.text[: m.start()].strip(" .,;:("):
            continue
        a = s.start + m.end()
        parts = [Span("accessed", text[a : s.end], a, s.end, s.confidence)]
        head = s.text[: m.start()]
        page = _PAGE_AFTER_YEAR.match(head)
        if page is None:
            parts.insert(0, Span("date", head, s.start, s.start + len(head), s.confidence))
        else:
            p, z = s.start + page.start("page"), s.start + page.end("page")
            d = s.start + page.end("date")
            parts[:0] = [
                Span("date", text[s.start : d], s.start, d, s.confidence),
                Span("pages", text[p:z], p, z, s.confidence),
            ]
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans


# the date an access note closes a span with: "3 mars 2021", "1er avril 2022", "12 mei 2019", "2022", and
# APA's word announcing the address after it ("Geraadpleegd op 5 juni 2020, van https://…")
_CLOSING_DATE = lazy_pattern(
    r"\s*(?:\d{1,2}(?:er)?\.?\s+[^\W\d_]+\.?\s+|\d{1,2}-[^\W\d_]+\.?-)?(?:1[5-9]\d\d|20\d\d)"
    r"(?:,\s+(?:van|da|de|from))?[\s.,;]*$"
)


def _note_closing_span(spans: list[Span], text: str, note: re.Pattern[str], label: str) -> list[Span]:
    """The first span of words that ``note`` and a date close, divided: the words keep their label, the
    date after the note takes ``label``."""
    for k, s in enumerate(spans):
        if s.label not in _FIELDS_OF_WORDS and s.label != "title":
            continue
        m = note.search(s.text)
        if m is None or not s.text[: m.start()].strip(" .,;:") or not _CLOSING_DATE.fullmatch(s.text, m.end()):
            continue
        return divided(spans, k, m.start(), m.end(), s.label, label)
    return spans


@needs(marks=_ACCESS_HINTS)
def access_note_closes_span(spans: list[Span], text: str) -> list[Span]:
    """``*Blog des archives*, consulté le 3 mars 2021,`` read as one container (or publisher, or title):
    the French, Italian or Dutch access note and its date close the span, and are the access date."""
    if not holds_any(text, _ACCESS_HINTS):
        return spans
    return _note_closing_span(spans, text, _ROMANCE_ACCESS, "accessed")


# "mis à jour le 19 septembre 2021" (as typed, "mis á jour"), "aggiornato il", "bijgewerkt op": the
# date a web page was last changed, the only date it states
_UPDATE_NOTE = lazy_pattern(
    r"(?:(?<=[\s.,;(])|^)(?:mis\s+[àá]\s+jour\s+le|aggiornat[oa]\s+il|bijgewerkt\s+op|publiée?\s+(?:le|en)|"
    r"paru\s+le)\s+(?=\d)",
    re.I,
)


@needs(marks=_UPDATE_HINTS, without=["date"])
def update_note_is_date(spans: list[Span], text: str) -> list[Span]:
    """``Wikipédia, mis à jour le 19 septembre 2021,`` read as one container, and no other date read:
    the date of the page's last change is the date it was published in that state."""
    if not holds_any(text, _UPDATE_HINTS) or "date" in labels_of(spans):
        return spans
    return _note_closing_span(spans, text, _UPDATE_NOTE, "date")


# Zotero's French day, month and year joined by hyphens ("25-août-2015", "02-déc-2018"), alone or after a comma or
# "publié le" closing a span: the month's name makes it a date wherever it stands
_HYPHENED_DATE = lazy_pattern(r"(?<![\w-])\d{1,2}-(?P<month>[^\W\d_]{3,9})\.?-(?:1[5-9]\d\d|20\d\d)(?![\w-])")
_BEFORE_HYPHENED = lazy_pattern(r"(?:^|,\s*|\s(?=publi|paru|le\s))(?:(?:publi[ée]e?|paru)\s+)?(?:le\s+)?$", re.I)
_NOT_READ_AS_DATE = frozenset(["url", "accessed", "date", "author", "editor"])


@needs(marks=("-",))
def hyphened_date_closes_span(spans: list[Span], text: str) -> list[Span]:
    """``Savvas Tjortjoglou, 25-août-2015.`` read into the site or the title, ``publié le 12-juin-2019`` or a bare
    ``14-mars-2017.`` read as a note or pages, and no other date read: the hyphened day, month and year are the
    date (a lone ``publié`` read as the date is the note's word, no date)."""
    if any(s.label == "date" and any(c.isdigit() for c in s.text) for s in spans):
        return spans
    m = _HYPHENED_DATE.search(text)
    if m is None or month_number(m.group("month")) is None:
        return spans
    for k, s in enumerate(spans):
        if not s.start <= m.start() < s.end:
            continue
        if s.label in _NOT_READ_AS_DATE or text[m.end() : s.end].strip(" .,;:"):
            return spans
        before = _BEFORE_HYPHENED.search(text[s.start : m.start()])
        if before is None:
            return spans
        date = Span("date", text[m.start() : s.end], m.start(), s.end, s.confidence)
        kept = [x for x in spans[:k] if x.label != "date"]
        head = text[s.start : s.start + before.start()]
        if head.strip(" .,;:"):
            kept.append(Span(s.label, head, s.start, s.start + before.start(), s.confidence))
        return [*kept, date, *spans[k + 1 :]]
    return spans


# a report's or page's "Revised May 2008", "Updated 12 March 2020", "last updated June 2, 2019" closing a span of
# words: the date of the text as cited, where it states no other
_ENGLISH_UPDATE = lazy_pattern(
    r"(?:(?<=[\s.,;(])|^)(?:[Ll]ast\s+)?(?:[Rr]evised|[Uu]pdated)\s+(?=\d|[A-Z][a-z]{2,8}\.?\s+\d)"
)


@needs(marks=("evised", "pdated"), without=["date"])
def revision_note_is_date(spans: list[Span], text: str) -> list[Span]:
    """NREL's ``NREL/TP-581-43156, Revised May 2008.`` read as one note, and no other date read: the date of the
    revision cited is the date (``update_note_is_date`` in English)."""
    if "date" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label not in _FIELDS_OF_WORDS:
            continue
        m = _ENGLISH_UPDATE.search(s.text)
        if m is None or not s.text[: m.start()].strip(" .,;:") or not _ENGLISH_DATE.fullmatch(s.text, m.end()):
            continue
        return divided(spans, k, m.start(), m.end(), s.label, "date")
    return spans


# "May 2008", "12 March 2020", "June 2, 2019", "2018"
_ENGLISH_DATE = lazy_pattern(
    r"\s*(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2},\s+)?(?:1[5-9]\d\d|20\d\d)[\s.,;]*$"
)


# APA's "(n.d.)" after a title that stands in the author's place: "Energy Identification Codes (EICs). (n.d.).";
# Cite Them Right's with no stop before it, "Create Accessible Documents (no date)."
_CLOSING_NO_DATE = lazy_pattern(rf"(?:\.\s*|\s)(?P<date>\(\s*(?:{NO_DATE_FORMS})\s*\)[.,]?)\s*$", re.I)


@needs(labels=("title",), marks=("(",))
def no_date_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``Energy Identification Codes (EICs). (n.d.).`` read as one title, no date read: the bracketed no-date
    mark after the title's full stop holds the date's place (and a title that closes on a bracket no longer
    keeps it)."""
    if "date" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label == "title" and (m := _CLOSING_NO_DATE.search(s.text)) and s.text[: m.start()].strip():
            cut = m.start() + 1 if s.text[m.start()] == "." else m.start()
            return divided(spans, k, cut, m.start("date"), "title", "date")
    return spans


# the AAA's "N.d." after the head with no bracket: "Create Accessible Documents N.d. https://…", "…, and I.
# McCulloch N.d. Title." (Australian Harvard's "Smith, J n.d., Title")
_ACCESS_WORDS = ("accessed", "retrieved", "viewed", "cited")
_BARE_NO_DATE = lazy_pattern(r"(?<=[^\W\d_])\s+(?P<date>[Nn]\.\s?d\.)[,]?\s*$")
_INNER_NO_DATE = lazy_pattern(r"(?<=[^\W\d_]\.)\s+(?P<date>N\.\s?d\.)\s+(?=[^\W\d_])")
# (or bracketed, as South African Harvard writes its sine anno: "Department of Health. [s.a.]. *Title*.")
_OPENING_NO_DATE = lazy_pattern(r"\s*(?P<date>N\.\s?d\.|\[\s*(?:n\.\s?d|s\.\s?a)\.\s*\]\.?)\s+(?=\*?[^\W\d_])")


@needs(any_label=("title", "author"), marks=("N.d.", "n.d.", "N. d.", "n. d.", "[s.a.]", "[s. a.]"))
def bare_no_date_closing_head(spans: list[Span], text: str) -> list[Span]:
    """``Create Accessible Documents N.d.`` read as one title (``… McCulloch N.d.`` as one author span), no date
    read but the access date: the unbracketed no-date mark closing the reference's head holds the date's place."""
    if any(s.label == "date" and not s.text.lstrip().lower().startswith(_ACCESS_WORDS) for s in spans):
        return spans
    for k, s in enumerate(spans[:2]):
        if s.label in ("title", "author") and (m := _BARE_NO_DATE.search(s.text)):
            return divided(spans, k, m.start(), m.start("date"), s.label, "date")
        if k and s.label == "title" and spans[k - 1].label == "author" and (m := _OPENING_NO_DATE.match(s.text)):
            # after initials the mark opens the title: "Kroeber, A. L. | N.d. Yurok Myths."
            return divided(spans, k, m.end("date"), m.end(), "date", "title")
        if s.label == "author" and "title" not in labels_of(spans) and (m := _INNER_NO_DATE.search(s.text)):
            # the title read into the names after the mark: "Kroeber, A. L. N.d. Yurok Myths." (the AAA's capital N)
            n, a, z = s.start + m.start(), s.start + m.start("date"), s.start + m.end("date")
            t = s.start + m.end()
            return [
                *spans[:k],
                Span("author", text[s.start : n], s.start, n, s.confidence),
                Span("date", text[a:z], a, z, s.confidence),
                Span("title", text[t : s.end], t, s.end, s.confidence),
                *spans[k + 1 :],
            ]
    return spans


# the ACM's no-date in brackets after a body's name: "Western Digital. [n. d.]. Zenfs. Retrieved …" (South African
# Harvard's sine anno: "Unsplash. [s.a.]. *Title*. [Online].")
_ACM_NO_DATE = lazy_pattern(
    r"^(?P<name>[^\W\d_][^.\[\]]{0,60}?\.)\s+(?P<date>\[\s*(?:n\.\s?d|s\.\s?a)\.\s*\])\.\s+(?=\S)"
)


@needs(labels=("title",), without=("author", "date"), marks=("[n. d.]", "[n.d.]", "[s.a.]", "[s. a.]"))
def acm_no_date_after_name(spans: list[Span], text: str) -> list[Span]:
    """The ACM's ``Western Digital. [n. d.]. Zenfs. Retrieved …`` read as one title: the name before the bracketed
    no-date mark is the author (a body, for the most part), the words after it the title."""
    if not spans or spans[0].label != "title" or (m := _ACM_NO_DATE.match(spans[0].text)) is None:
        return spans
    s = spans[0]
    a, n, t = s.start, s.start + m.end("name"), s.start + m.end()
    d, e = s.start + m.start("date"), s.start + m.end("date")
    new = [Span("author", text[a:n], a, n, s.confidence), Span("date", text[d:e], d, e, s.confidence)]
    return [*new, Span("title", text[t : s.end], t, s.end, s.confidence), *spans[1:]]


_WORDS_NOT_DATES = frozenset(["container-title", "journal", "publisher", "location", "note", "collection-title"])


@needs(without=["date"])
def no_date_words_are_date(spans: list[Span], text: str) -> list[Span]:
    """``« Titre », sans date, consulté le …`` with ``sans date`` (``s. d.``, ``senza data``, ``z.j.``) read as
    a container, a publisher or a note: the words say the work has no date, and hold the date's place."""
    if "date" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label in _WORDS_NOT_DATES and NO_DATE.match(s.text.strip(" ,;:()[]")):
            return [*spans[:k], Span("date", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# the no-date mark after the town's (or the publisher's) comma, closing the imprint: "London, n.d.", "Wien, o.J."
_IMPRINT_NO_DATE = lazy_pattern(r",\s*(?P<date>n\.\s?d\.?|o\.\s?J\.?|s\.\s?d\.?)\s*$")


@needs(any_label=("location", "publisher"), without=["date"], marks=("n.d", "n. d", "o.J", "o. J", "s.d", "s. d"))
def no_date_closing_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Phaidon Verlag, Wien, n.d.`` with the no-date mark read into the town: the mark holds the date's place."""
    k = len(spans) - 1
    s = spans[k] if spans else None
    if s is None or s.label not in ("location", "publisher") or (m := _IMPRINT_NO_DATE.search(s.text)) is None:
        return spans
    if not s.text[: m.start()].strip():
        return spans
    return divided(spans, k, m.start() + 1, m.start("date"), s.label, "date")


# ISO 690's access note in brackets: "[consulta: 3 mayo 2020]", "[citado 5 jun. 2019]", "[accessed 2020-03-03]",
# ČSN ISO 690's "[cit. 2023-05-23]"
_BRACKETED_ACCESS = lazy_pattern(
    r"\[\s*(?:consulta|consultado|citado|cited|accessed|acesso\s+em|acedido|cit\.|citováno|dostęp)(?:\b|(?<=\.))"
    r"[^\[\]]{0,12}?\d[^\[\]]{0,40}\]",
    re.I,
)


@needs(without=["accessed"], marks=["["])
def bracketed_access_apart(spans: list[Span], text: str) -> list[Span]:
    """``Madrid: CSIC, 2015 [consulta: 3 mayo 2020].`` with the bracketed access note read into a note,
    the date or the publisher: the brackets hold the access date."""
    if "[" not in text or "accessed" in labels_of(spans):
        return spans
    m = _BRACKETED_ACCESS.search(text)
    if m is None:
        return spans
    return replaced(spans, text, m.start(), m.end(), [Span("accessed", m.group(0), m.start(), m.end())])


# NLM's copyright date of a homepage or book: "c2000-01", "c2002", "©2015"
_COPYRIGHT = lazy_pattern(r"\s*[c©]\s?(?:1[6-9]|20)\d\d(?:-\d\d(?:\d\d)?)?[.;,]?\s*")


# ABNT's copyright year opening what follows it, "c2012. xvi, 926 p." or "c2019. E-book.": the book's count of
# pages or its format after the year; ISO 690's Czech or Slovak count in "s." (strana), German's in "S." (Seiten):
# "Berlin: Springer, c2004, xvi, 391 s."
_COPYRIGHT_LEAD = lazy_pattern(r"[c©]\s?(?:1[6-9]|20)\d\d[.,](?=\s)")
_AFTER_COPYRIGHT = lazy_pattern(
    r"\s+(?:(?P<medium>e-?book\.?)|(?P<pages>(?:[xivlc]+,\s*)?\d+(?:,\s*\[\d+\])?\s*(?:p\.?|s\.)))\s*$", re.I
)


@needs(labels=["pages"], without=["date"])
def copyright_date_is_date(spans: list[Span], text: str) -> list[Span]:
    """NLM's ``Association of Cancer Online Resources, Inc.; c2000-01 [updated …]`` with the copyright date read
    as the pages: it is the date of the work; ABNT's ``c2012. xvi, 926 p.`` and ``c2019. E-book.`` read as one
    span of pages: the year opens it, the count of pages or the book's format follows."""
    for k, s in enumerate(spans):
        if s.label != "pages":
            continue
        if _COPYRIGHT.fullmatch(s.text):
            return [*spans[:k], Span("date", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
        lead = _COPYRIGHT_LEAD.match(s.text)
        if lead is None or (rest := _AFTER_COPYRIGHT.match(s.text, lead.end())) is None:
            continue
        cut, b = s.start + lead.end(), s.start + rest.start("medium" if rest["medium"] else "pages")
        tail = Span("medium" if rest["medium"] else "pages", text[b : s.end], b, s.end, s.confidence)
        return [*spans[:k], Span("date", text[s.start : cut], s.start, cut, s.confidence), tail, *spans[k + 1 :]]
    return spans


# NLM's "2002 Aug" with its day cut off into the next span: "12;Sect. A:2 (col. 4)."
_YEAR_MONTH = lazy_pattern(rf"^\s*(?:1[6-9]|20)\d\d\s+{ENGLISH_MONTH}\s*$")
_DAY_LEAD = lazy_pattern(r"^\s*(?:0?[1-9]|[12]\d|3[01])(?=[;:,.]|\s*$)")


@needs(labels=["date"])
def day_cut_from_year_month(spans: list[Span], text: str) -> list[Span]:
    """NLM's newspaper ``The Washington Post. | 2002 Aug | 12;Sect. A:2 (col. 4).`` with the day read into the
    section: the number straight after a year and month is its day."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "date" or not _YEAR_MONTH.match(s.text) or (m := _DAY_LEAD.match(nxt.text)) is None:
            continue
        z = nxt.start + m.end()
        return replaced(spans, text, s.start, z, [Span("date", text[s.start : z], s.start, z, s.confidence)])
    return spans


# a day and month closing a site's or periodical's span before a date span of the year alone: MLA's and DHQ's
# "Joel on Software, 11 Nov. | 2002." with the date cut at the month's stop
_DAY_MONTH_CLOSING = lazy_pattern(
    rf",\s+(?P<dm>(?:0?[1-9]|[12]\d|3[01])\s+{ENGLISH_MONTH}|{ENGLISH_MONTH}\s+(?:0?[1-9]|[12]\d|3[01]),?)\s*$"
)
_YEAR_ALONE = lazy_pattern(r"^\s*(?:1[6-9]|20)\d\d[.,]?\s*$")
_SITES = frozenset(["container-title", "journal", "publisher"])


@needs(labels=["date"], any_label=_SITES)
def day_month_before_year(spans: list[Span], text: str) -> list[Span]:
    """``“Title” [weblog entry], Joel on Software, 11 Nov. 2002.`` with the day and month read into the site: they
    open the date whose year follows."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in _SITES or nxt.label != "date" or not _YEAR_ALONE.match(nxt.text):
            continue
        m = _DAY_MONTH_CLOSING.search(s.text)
        if m is None:
            continue
        a = s.start + m.start("dm")
        return [
            *spans[:k],
            Span(s.label, text[s.start : s.start + m.start()], s.start, s.start + m.start(), s.confidence),
            Span("date", text[a : nxt.end], a, nxt.end, nxt.confidence),
            *spans[k + 2 :],
        ]
    return spans


# Chicago's news item, "2013. “Title.” January 24. Accessed through: https://…": the month and day alone
# (or a meeting's days opening the bracket that names its town: "(September 26-28, Portland, OR)")
_MONTH_DAY = lazy_pattern(
    rf"^\s*(?:\(\s*)?{ENGLISH_MONTH}\s+(?:0?[1-9]|[12]\d|3[01])(?:\s*[-\u2013]\s*(?:0?[1-9]|[12]\d|3[01]))?\s*[.,]?\s*$"
)
_A_YEAR = lazy_pattern(r"\b(?:1[5-9]|20)\d\d\b")


@needs(labels=["date", "publisher"])
def month_day_read_as_publisher(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``Scruggs, Greg. 2013. “Title.” | January 24.`` (or ACM's meeting ``Proceedings of … | (September
    26-28, | Portland, OR), NY, 1988``) with the month and day of the dated year read as the publisher: they are the
    date's."""
    if not any(s.label == "date" and _A_YEAR.search(s.text) for s in spans):
        return spans
    for k, s in enumerate(spans):
        if s.label == "publisher" and _MONTH_DAY.match(s.text):
            return [*spans[:k], Span("date", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# BibTeX's month as a number before the year, natbib's "…, 12 2023." ("month = 12"): the month, then the year
_MONTH_NUMBER = lazy_pattern(r"(?:0?[1-9]|1[0-2])")
_YEAR_OPENS = lazy_pattern(r"(?:1[5-9]\d\d|20\d\d)[a-z]?\b")
# after a journal's volume, only a month written with two digits ("4, 02 2018"), or one after the page range
# ("4:109–128, 01 2018", "11:2837–2854, 10 2010"), is no page
_PADDED_MONTH = lazy_pattern(r"0[1-9]")
_MONTH_AFTER_PAGES = lazy_pattern(r"\d\s*[-–—]\s*\d+(?P<comma>,)\s*(?P<month>0[1-9]|1[0-2])\s*")


@needs(labels=["pages", "date"])
def month_number_before_year(spans: list[Span], text: str) -> list[Span]:
    """natbib's ``A framework for few-shot language model evaluation, 12 2023.`` with the month ``12`` read as the
    pages: a lone number up to 12 right before the year, where nothing else of a journal or a book's pages was
    read, is the month; after a journal's volume (``Annual Review of Linguistics, 4, 02 2018.``, ``4:109–128, 01
    2018.``) two digits of a month are, alone or after the page range."""
    numbered = not labels_of(spans).isdisjoint(("volume", "issue"))
    for k in range(len(spans) - 1):
        s, d = spans[k], spans[k + 1]
        if s.label != "pages" or d.label != "date":
            continue
        if text[s.end : d.start].strip() or not _YEAR_OPENS.match(d.text) or sum(x.label == "pages" for x in spans) > 1:
            return spans
        conf = min(s.confidence, d.confidence)
        lone = s.text.strip()
        if _MONTH_NUMBER.fullmatch(lone) and (not numbered or _PADDED_MONTH.fullmatch(lone)):
            return [*spans[:k], Span("date", text[s.start : d.end], s.start, d.end, conf), *spans[k + 2 :]]
        m = _MONTH_AFTER_PAGES.search(s.text) if numbered else None
        if m is None or m.end() != len(s.text):
            return spans
        a, c = s.start + m.start("month"), s.start + m.end("comma")
        pages = Span("pages", text[s.start : c], s.start, c, s.confidence)
        return [*spans[:k], pages, Span("date", text[a : d.end], a, d.end, conf), *spans[k + 2 :]]
    return spans


# a year spanning two (a fiscal or academic year) cut at its slash: "1977/" then "78." read as the title
_SLASHED_YEAR_CUT = lazy_pattern(r"\s*(?:1[5-9]\d\d|20\d\d)/\s*$")
_SECOND_YEAR = lazy_pattern(r"\s*\d{2}(?:\d{2})?\.?\s*$")
# the second year running on into capitalised words with no stop: "2020/" then "21 National Cost Collection for the
# NHS." (a fiscal year opening the title, AMA's report named by its year)
_SECOND_YEAR_OPENS_TITLE = lazy_pattern(r"\d{2}(?:\d{2})?\s+[A-Z]")


# the two years whole, with no stop after them, straight before the title's words: "2019/20 Dental Workforce Survey"
_SLASHED_YEARS = lazy_pattern(r"(?:1[5-9]\d\d|20\d\d)/\d{2}(?:\d{2})?")


@needs(labels=["date", "title"], marks=["/"])
def slashed_year_apart(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``U.S. Federal Energy Regulatory Commission. 1977/78. Annual report of …`` with the date cut at its
    slash and ``78.`` read as the title: the two years are the date, and the title the span after them; AMA's
    ``National Health Service. 2020/21 National Cost Collection for the NHS.``, the second year running on into the
    title's words (or the two years read whole as the date, no stop between them and the words): the two years open
    the title."""
    for k in range(len(spans) - 1):
        d, t = spans[k], spans[k + 1]
        if d.label != "date" or t.label != "title":
            continue
        gap = text[d.end : t.start]
        if _SLASHED_YEARS.fullmatch(d.text) and gap and not gap.strip() and t.text[:1].isupper():
            title = Span("title", text[d.start : t.end], d.start, t.end, min(d.confidence, t.confidence))
            return [*spans[:k], title, *spans[k + 2 :]]
        if not _SLASHED_YEAR_CUT.fullmatch(d.text):
            continue
        if text[d.end : t.start].strip():
            return spans
        if _SECOND_YEAR_OPENS_TITLE.match(t.text):
            title = Span("title", text[d.start : t.end], d.start, t.end, min(d.confidence, t.confidence))
            return [*spans[:k], title, *spans[k + 2 :]]
        if not _SECOND_YEAR.fullmatch(t.text):
            return spans
        date = Span("date", text[d.start : t.end], d.start, t.end, min(d.confidence, t.confidence))
        rest = spans[k + 2 :]
        if rest and rest[0].label in ("journal", "container-title") and not any(s.label == "title" for s in rest):
            rest = [Span("title", rest[0].text, rest[0].start, rest[0].end, rest[0].confidence), *rest[1:]]
        return [*spans[:k], date, *rest]
    return spans


# "28 08 2014": a German word processor's IEEE date, day and month in digits with spaces, cut before the year
_DAY_MONTH_DIGITS = lazy_pattern(r"^\s*(?:0?[1-9]|[12]\d|3[01])\s(?:0[1-9]|1[0-2])\s*$")
_YEAR_ALONE_SPACED = lazy_pattern(r"^\s*(?:1[6-9]|20)\d\d\s*[.,]?\s*$")


@needs(labels=["date"], without=["volume", "issue"])
def digits_day_month_before_year(spans: list[Span], text: str) -> list[Span]:
    """``"Title," 28 08 2014.`` with ``28 08`` read as the pages and the year alone as the date: a day and a month
    in two digits, a space apart, straight before the year are the date's."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if (
            s.label in ("pages", "note")
            and nxt.label == "date"
            and _DAY_MONTH_DIGITS.match(s.text)
            and _YEAR_ALONE_SPACED.match(nxt.text)
            and not text[s.end : nxt.start].strip()
        ):
            whole = Span("date", text[s.start : nxt.end], s.start, nxt.end, nxt.confidence)
            return [*spans[:k], whole, *spans[k + 2 :]]
    return spans


# Portuguese and Spanish dates typed with "de": "25 de ago. de 2025", "Publicado em 06 de ago. de 2015"
_DE_DATE = lazy_pattern(
    r"(?:\b(?:Publicado|Publicada)\s+(?:em|el|en)\s+)?\b(?P<day>\d{1,2})\s+de\s+(?P<month>[^\W\d_]{3,10})\.?\s+de\s+"
    r"(?:1[6-9]|20)\d\d\b\.?",
    re.I,
)
_ACCESS_BEFORE = lazy_pattern(rf"(?:{ACCESS_LEAD})\s*:?\s*$", re.I)
# a legal act's own date, part of its title: "Lei n.º 6001, de 19 de dezembro de 1973"
_ACT_DATE_BEFORE = lazy_pattern(r"\bde\s+$", re.I)


@needs(marks=(" de ",))
def de_date_whole(spans: list[Span], text: str) -> list[Span]:
    """``Canal Vitor Maia. Publicado em 25 de ago. | de | 2025.`` cut at the month's stop, or ``LinkedIn, 2 de fev.
    de 2024`` read into the title: a day, ``de``, a month and ``de`` before the year are one date (the access date
    after ``Acesso em:`` is left to the access mends, a law's ``Lei n.º 6001, de 19 de dezembro de 1973`` to its
    title)."""
    for m in _DE_DATE.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        if m["month"].lower() not in MONTHS or _ACCESS_BEFORE.search(before) or _ACT_DATE_BEFORE.search(before):
            continue
        if (out := stretch_as_one(spans, text, *m.span(), "date")) is not None:
            return out
    return spans


# "circa" before the year, closing the span before the date: "Skira, Mailand, ca", "Milano, c."
_CIRCA_CLOSING = lazy_pattern(r"(?:^|[\s,])(?P<circa>ca\.?|circa|c\.)\s*$")


@needs(labels=["date"], words=("ca", "circa", "c"))
def circa_before_year_read_apart(spans: list[Span], text: str) -> list[Span]:
    """``Skira, Mailand, ca 2001.`` with ``ca`` (circa) read into the place or the publisher before the date: the
    word is the date's."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if nxt.label != "date" or s.label == "date" or not nxt.text.lstrip()[:1].isdigit():
            continue
        m = _CIRCA_CLOSING.search(s.text)
        if m is None or not s.text[: m.start("circa")].strip(" ,"):
            continue
        cut = s.start + m.start("circa")
        end = s.start + len(s.text[: m.start("circa")].rstrip())
        return border_moved(spans, text, k, end, cut)
    return spans
