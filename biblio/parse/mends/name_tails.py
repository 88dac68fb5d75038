"""Mends of name lists whose last words were read into the title: up to a role mark, up to a quoted
title, or up to the year that follows the names (Harvard's ``…, Hicks, A., DEA contributors 2021. Title.``)."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import REVIEW_OF, replaced
from biblio.parse.mends.gated import holds_any, needs
from biblio.parse.mends.updated_dates import DATE_WORD
from biblio.parse.normalisers.names import bare_family, known_given
from biblio.parse.spans import Span

_NAMES = frozenset(["author", "editor"])
# "Daisie (eds): …", "Sheldon (ed.) …": the last words of a name list, then its role
_ROLE_TAIL = lazy_pattern(
    r"^(?P<words>[^\W\d_][^\W\d_ .,'\u2019-]*(?:[ .,'\u2019-]+[^\W\d_]+){0,4}\.?)\s*"
    r"\((?:eds?|editors?|hrsg|hg|dir|coord)\.?\)\s*[:.,]?\s*",
    re.I,
)
# 'Software Citation Working Group, "Software citation principles,"': words, a comma, then the quoted title
_ROLE_MARK = lazy_pattern(r"\((?:eds?|editors?|hrsg|hg|dir|coord)\.?\)", re.I)
_COMMA_QUOTE = lazy_pattern(r",\s*[\"\u201c\u00ab]")
# "DEA Notebooks contributors 2021. Title": a few words (or none), the year and a period, then the title
_YEAR_LEAD = lazy_pattern(
    r"^(?P<words>(?:[^\W\d_][\w'\u2019-]*\s+){0,5}?)(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)\.\s+(?=\S)"
)
_RELEASE_WORD = lazy_pattern(DATE_WORD, re.I)
# (the quote opens words: a straight quote closing the span, ``insulators ,"``, closes the title)
_BEFORE_QUOTE = lazy_pattern(r"^(?P<words>[^\W\d_][^\"\u201c\u00ab,;:()]{0,80}),\s*(?=[\"\u201c\u00ab]\s*[^\W_])")


@needs(any_label=_NAMES, marks=["("])  # (the role's bracket)
def names_through_role(spans: list[Span], text: str) -> list[Span]:
    """A title that opens with the last words of the name list before it and the list's role mark
    (``(eds):``), or a date that does (``Hsing, | P-Y (eds.) 2017.``): those words join the names,
    which are editors."""
    if not _ROLE_MARK.search(text):
        return spans
    for k in range(1, len(spans)):
        s, prev = spans[k], spans[k - 1]
        if s.label not in ("title", "date") or prev.label not in _NAMES:
            continue
        m = _ROLE_TAIL.match(s.text)
        if m is None or not s.text[m.end() :].strip() or s.label == "date" and not _YEAR.match(s.text[m.end() :]):
            continue
        if REVIEW_OF.match(s.text):
            continue  # "Review of Name (ed.) *Book*": the reviewed book's editor, in the review's own title
        z = s.start + m.end()
        names = Span("editor", text[prev.start : z], prev.start, z, prev.confidence)
        rest = Span(s.label, s.text[m.end() :], z, s.end, s.confidence)
        return [*spans[: k - 1], names, rest, *spans[k + 1 :]]
    return spans


_YEAR = lazy_pattern(r"^\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?[.,:]?\s*$")


@needs(labels=["title"], any_label=_NAMES, marks=["\"", "“", "«"])
def names_before_quoted_title(spans: list[Span], text: str) -> list[Span]:
    """A title that holds unquoted words, a comma and then the quoted title, after a name list that
    ends without a period: the words are the list's last name ("and FORCE11 Software Citation Working Group,")."""
    if not holds_any(text, '"\u201c\u00ab'):
        return spans
    for k in range(1, len(spans)):
        s, prev = spans[k], spans[k - 1]
        if s.label != "title" or prev.label not in _NAMES or prev.text.rstrip().endswith("."):
            continue
        m = _BEFORE_QUOTE.match(s.text)
        if m is None or len(m.group("words").split()) > 8:
            continue
        z = s.start + m.end()
        names = Span(prev.label, text[prev.start : z], prev.start, z, prev.confidence)
        title = Span("title", s.text[m.end() :], z, s.end, s.confidence)
        return [*spans[: k - 1], names, title, *spans[k + 1 :]]
    return spans


@needs(labels=["title"], any_label=_NAMES, without=["date"])
def year_after_names(spans: list[Span], text: str) -> list[Span]:
    """Where no date was read, a title after a name list that opens with the year and a period
    (after the list's last words, if any): the words join the names, the year is the date."""
    for s in spans:
        if s.label == "date":
            return spans
    for k in range(1, len(spans)):
        s, prev = spans[k], spans[k - 1]
        if s.label != "title" or prev.label not in _NAMES:
            continue
        m = _YEAR_LEAD.match(s.text)
        if m is None:
            return spans
        a, z = m.start("year"), m.end()
        # SPSS's "IBM Corp. Released 2020.": the word for the release is the date's, no part of the names
        if _RELEASE_WORD.fullmatch(m["words"].strip()):
            a = 0
        parts = [
            Span(prev.label, text[prev.start : s.start + a], prev.start, s.start + a, prev.confidence),
            Span("date", s.text[a:z], s.start + a, s.start + z, s.confidence),
            Span("title", s.text[z:], s.start + z, s.end, s.confidence),
        ]
        return [*spans[: k - 1], *parts, *spans[k + 1 :]]
    return spans


# a group that authors with persons, named last in the list: "…, FORCE11 Software Citation Working Group"
_GROUP_NAME = lazy_pattern(
    r"^[^\W\d_][\w'\u2019&.-]*(?:\s+[\w'\u2019&.-]+){0,8}\s+"
    r"(?:Group|Consortium|Collaboration|Committee|Network|Team|Initiative|Investigators)\W*$"
)


@needs(labels=("note", "date"), any_label=_NAMES)
def group_after_names(spans: list[Span], text: str) -> list[Span]:
    """``Smith AM, Katz DS, Niemeyer KE, | FORCE11 Software Citation Working Group | . 2016.`` with the group
    read as a note: a group named right after the persons and before the date is the last author."""
    for k in range(1, len(spans) - 1):
        names, s, nxt = spans[k - 1], spans[k], spans[k + 1]
        if s.label != "note" or names.label not in _NAMES or nxt.label != "date" or k - 1 != 0:
            continue
        if not names.text.rstrip().endswith((",", ";")) or not _GROUP_NAME.match(s.text.strip()):
            return spans
        whole = Span(names.label, text[names.start : s.end], names.start, s.end, names.confidence)
        return [whole, *spans[k + 1 :]]
    return spans


# "D. Jolliffe" and "E. B. Prydz.": a name with its initials first, a second word allowed in the family name
_INITIALS_FIRST = lazy_pattern(
    r"^[A-ZÀ-Þ]\.(?:\s?-?[A-ZÀ-Þ]\.)*\s?[A-ZÀ-Þ][\w'\u2019-]+(?:\s[A-ZÀ-Þ][\w'\u2019-]+)?[.,]?$"
)
# what the model reads a last name of the list into when the year follows it
_NAME_HOLDERS = frozenset(["journal", "container-title", "title", "publisher", "note"])


@needs(labels=("author", "date"))
def initials_name_before_year(spans: list[Span], text: str) -> list[Span]:
    """``D. Jolliffe, E. B. Prydz. 2017. "Title".`` with the last name read as a journal: between names
    written initials first and the year, one more such name after a comma is the list's."""
    for k in range(len(spans) - 2):
        names, s, date = spans[k], spans[k + 1], spans[k + 2]
        if names.label != "author" or date.label != "date" or s.label not in _NAME_HOLDERS:
            continue
        last = names.text.rsplit(",", 1)[-1].strip(" ,")
        if text[names.end : s.start].strip() not in ("", ",") or "," not in text[names.start : s.start]:
            return spans
        if not (_INITIALS_FIRST.match(last) and _INITIALS_FIRST.match(s.text)):
            return spans
        joined = Span("author", text[names.start : s.end], names.start, s.end, min(names.confidence, s.confidence))
        return [*spans[:k], joined, *spans[k + 2 :]]
    return spans


# "Heidegger, Martin 1963.", "Illies J.1966.": the names' last word, then the year and its stop (or comma)
_YEAR_TAIL = lazy_pattern(r"(?<=[^\W\d_.])\.?\s*(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)\s*[.,:]?\s*$")


@needs(any_label=_NAMES, without=["date"])
def year_closing_names(spans: list[Span], text: str) -> list[Span]:
    """``Heidegger, Martin 1963. | Sein und Zeit.`` (author-date with no bracket or stop before the year, as
    the American Anthropological Association and German lists write it) with the year read into the names
    and no date read: the year closing the name list that opens the reference is the date."""
    if not spans or spans[0].label not in _NAMES or any(s.label == "date" for s in spans):
        return spans
    s = spans[0]
    m = _YEAR_TAIL.search(s.text)
    if m is None or not s.text[: m.start()].strip():
        return spans
    a = m.start("year")
    names = s.text[: m.start()].rstrip() + ("." if s.text[m.start() : a].strip() == "." else "")
    return [
        Span(s.label, names, s.start, s.start + len(names), s.confidence),
        Span("date", s.text[a:], s.start + a, s.end, s.confidence),
        *spans[1:],
    ]


# a name of a list written initials first ("J. Cortázar", "G.E. Uhlenbeck", "and M.-W. Chang"), or what may close
# such a list without being a name of its own
INITIALS_LEAD = lazy_pattern(r"^(?:(?:and|&)\s+)?[A-ZÀ-Þ][a-z]?\.(?:\s?-?[A-ZÀ-Þ][a-z]?\.)*\s?[^\W\d_]")
LIST_CLOSER = lazy_pattern(
    r"^(?:et\s+al\.?|Jr\.?|Sr\.?|I{2,3}|IV|(?:the\s+)?[\w\s-]*(?:Collaboration|Consortium|Group|Team))$", re.I
)
_PARTS = lazy_pattern(r"[^,]+")
_ABBREVIATED = lazy_pattern(r"\b[A-Z][a-z]{0,5}\.(?:\s|$)")
_ANY_INITIAL = lazy_pattern(r"(?<![^\W\d_])[A-Z]\s?\.")
_SOURCE_NUMBERS = frozenset(["journal", "container-title", "volume", "issue", "pages"])
_YEAR_ALONE = lazy_pattern(r"^\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\.?\s*$")


@needs(labels=("author",), without=("title",))
def title_after_initials_names(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's numbered ``J. Cortázar, Hopscotch, Pantheon Books, New York, 1966.`` with the title read as a
    last author and no title read: in a list whose names are written initials first, the first part with no
    initials is no name but the title."""
    k = next((i for i, s in enumerate(spans) if s.label == "author"), -1)
    if k < 0 or any(s.label in ("author", "editor") for s in spans[:k]) or any(s.label == "title" for s in spans):
        return spans
    s = spans[k]
    parts = list(_PARTS.finditer(s.text))
    if not parts or not INITIALS_LEAD.match(parts[0].group().strip()):
        return spans
    if len(parts) == 1 or all(INITIALS_LEAD.match(p.group().strip()) for p in parts[1:]):
        return _title_opens_imprint(spans, k, text)
    if k + 1 < len(spans) and spans[k + 1].label == "date" and any(t.label in _SOURCE_NUMBERS for t in spans[k + 2 :]):
        return spans  # the RSC's "Names, Journal, 2002, 58, 7607": chemistry's lists print no article title
    for i, m in enumerate(parts[1:], 2):
        part = m.group().strip(" .")
        if not part or INITIALS_LEAD.match(part) or LIST_CLOSER.match(part.strip(" .*_")):
            continue
        if _ABBREVIATED.search(part) and any(t.label in _SOURCE_NUMBERS for t in spans[k + 1 :]):
            return spans  # "Phys. Rev. Lett.": a journal's abbreviated name before its numbers, no title
        if _ANY_INITIAL.search(m.group()) or part.startswith(("and ", "& ")):
            return spans  # "and F." of the names cut at the last initial, a torn name ("andC .W .Gardiner")
        if any(INITIALS_LEAD.match(p.group().strip()) for p in parts[i:]):
            return spans  # a name in full amid initials ("Chi-Young Yam")
        a = s.start + m.start() + len(m.group()) - len(m.group().lstrip())
        head = text[s.start : a].rstrip()
        names = Span("author", head, s.start, s.start + len(head), s.confidence)
        rest = [Span("title", text[a : s.end], a, s.end, s.confidence)]
        cut = text.rfind(",", a, s.end - 1)
        if k + 1 < len(spans) and spans[k + 1].label == "location" and cut > a:
            # "Threshold Signals, McGraw–Hill, | New York": before the place, the last part is the publisher
            b = cut + 1 + len(text[cut + 1 : s.end]) - len(text[cut + 1 : s.end].lstrip())
            rest = [
                Span("title", text[a:cut], a, cut, s.confidence),
                Span("publisher", text[b : s.end], b, s.end, s.confidence),
            ]
        return [*spans[:k], names, *rest, *spans[k + 1 :]]
    return spans


_ONE_WORD = lazy_pattern(r"^[^\W\d_][\w'\u2019-]*$")


@needs(labels=("author", "title"))
def title_word_closing_initials_names(spans: list[Span], text: str) -> list[Span]:
    """``C. Benedetti, Decoherence, | non-markovianity and …`` with the title's first word read as a last
    author: in a list written initials first, a last part that is one word with no initials, no ``and``
    before it and no given name of its own opens the title that follows (a last author of such a list
    carries initials, or ``and`` when the list has several names)."""
    found = _initials_names_then_title(spans, text)
    if found is None or not spans[found[0]].text.rstrip().endswith(","):
        return spans
    k, last = found
    word = last.group().strip()
    if not _ONE_WORD.match(word) or LIST_CLOSER.match(word) or known_given(word) or word.isupper():
        return spans
    return _last_part_opens_title(spans, k, last, text)


def _initials_names_then_title(spans: list[Span], text: str) -> tuple[int, re.Match[str]] | None:
    """Where the first name span is an author list written initials first (all its comma parts but the last) with
    the title right after it: its index and its last comma part."""
    k = next((i for i, s in enumerate(spans) if s.label in ("author", "editor")), -1)
    if k < 0 or spans[k].label != "author" or k + 1 >= len(spans) or spans[k + 1].label != "title":
        return None
    s, t = spans[k], spans[k + 1]
    if text[s.end : t.start].strip():
        return None
    parts = list(_PARTS.finditer(s.text))
    if len(parts) < 2 or not all(INITIALS_LEAD.match(p.group().strip()) for p in parts[:-1]):
        return None
    return k, parts[-1]


def _last_part_opens_title(spans: list[Span], k: int, last: re.Match[str], text: str) -> list[Span]:
    """``spans`` with the last comma part ``last`` of the name span ``spans[k]`` moved to the head of the title
    ``spans[k + 1]``."""
    s, t = spans[k], spans[k + 1]
    a = s.start + last.start() + len(last.group()) - len(last.group().lstrip())
    head = text[s.start : a].rstrip()
    names = Span("author", head, s.start, s.start + len(head), s.confidence)
    title = Span("title", text[a : t.end], a, t.end, min(s.confidence, t.confidence))
    return [*spans[:k], names, title, *spans[k + 2 :]]


# the title's first words as the labeller runs them into the names: "Higgs CP", "Larger Higgs", "Mach." (capitalised
# words, one cut short at most, no initials)
_TITLE_WORDS = lazy_pattern(r"^[A-Z\u00c0-\u00de][^\W\d_]+\.?(?:\s+[A-Za-z\u00c0-\u00ff][^\W\d_]*){0,3}$")
# the same after a list closed by "and" and an initialled name ("C. Kim and H. W. Lee, Intrinsic Spin and Orbital
# Hall"): no name can follow, so a longer run of words is the title's
_LONGER_TITLE_WORDS = lazy_pattern(r"^[A-Z\u00c0-\u00de][^\W\d_]+\.?(?:\s+[A-Za-z\u00c0-\u00ff][^\W\d_]*){0,9}$")
# a comma part that closes a list: "C. Kim and H. W. Lee"
_AND_INITIALS = lazy_pattern(r"\sand\s+[A-Z]\.")


@needs(labels=("author", "title"))
def title_words_run_into_initials_names(spans: list[Span], text: str) -> list[Span]:
    """INSPIRE's ``A. Freitas and P. Schwaller, Higgs CP | Properties From Early LHC Data,`` or ``S. Weinberg,
    Larger Higgs | Exchange Terms …`` with the title's first words read into the names, the title running on after
    them with no mark between: in a list written initials first, a last part with no initials that the title goes
    on from is the title's opening (a last author of such a list carries initials and a comma or stop after it)."""
    found = _initials_names_then_title(spans, text)
    if found is None:
        return spans
    k, last = found
    if spans[k].text.rstrip().endswith((",", ";", ":")) or not spans[k + 1].text[:1].isalpha():
        return spans
    words = last.group().strip()
    closed = _AND_INITIALS.search(spans[k].text[: last.start()].rstrip(" ,").rsplit(",", 1)[-1]) is not None
    shape = _LONGER_TITLE_WORDS if closed else _TITLE_WORDS
    if not shape.match(words) or LIST_CLOSER.match(words.rstrip(".")) or _ANY_INITIAL.search(words):
        return spans
    if known_given(words.split()[0].rstrip(".")) and len(words.split()) == 2:
        return spans  # "John Smith": a name in full
    return _last_part_opens_title(spans, k, last, text)


_CLOSING = frozenset(["url", "doi"])


@needs(labels=("author", "title", "date"))
def title_read_as_last_name(spans: list[Span], text: str) -> list[Span]:
    """The RSC's ``L. Tolstoy, Anna Karenina, Project Gutenberg, 1998.`` with the title read as a last name and the
    publisher as the title: in a list written initials first, a last part with no initial, then a short part
    closed by the year alone, are the title and its publisher."""
    if len(spans) < 3 or [s.label for s in spans[:3]] != ["author", "title", "date"]:
        return spans
    s, t, d = spans[:3]
    if any(x.label not in _CLOSING for x in spans[3:]) or not _YEAR_ALONE.match(d.text):
        return spans
    parts = [m for m in _PARTS.finditer(s.text) if m.group().strip(" .")]
    if len(parts) < 2 or not s.text.rstrip().endswith(",") or text[s.end : t.start].strip():
        return spans
    last = parts[-1].group().strip()
    if not all(INITIALS_LEAD.match(p.group().strip()) for p in parts[:-1]) or INITIALS_LEAD.match(last):
        return spans
    if _ANY_INITIAL.search(last) or LIST_CLOSER.match(last) or last.startswith(("and ", "& ")) or last[0].islower():
        return spans
    if len(t.text.split()) > 5 or ":" in t.text or not t.text[:1].isupper():
        return spans
    a = s.start + parts[-1].start() + len(parts[-1].group()) - len(parts[-1].group().lstrip())
    head = text[s.start : a].rstrip()
    return [
        Span("author", head, s.start, s.start + len(head), s.confidence),
        Span("title", text[a : s.end], a, s.end, s.confidence),
        Span("publisher", t.text, t.start, t.end, t.confidence),
        *spans[2:],
    ]


def _title_opens_imprint(spans: list[Span], k: int, text: str) -> list[Span]:
    """``M. Okafor, | Harmattan, Heinemann, London, 1987.`` with the title read into the publisher after the names:
    the publisher's first part, before its comma, is the title."""
    if k + 1 >= len(spans) or spans[k + 1].label != "publisher" or text[spans[k].end : spans[k + 1].start].strip():
        return spans
    s = spans[k + 1]
    cut = s.text.find(",")
    rest = s.text[cut + 1 :].lstrip() if cut > 0 else ""
    if not rest.strip(" ,.") or not s.text[:cut].strip():
        return spans
    a = s.end - len(rest)
    title = Span("title", s.text[:cut], s.start, s.start + cut, s.confidence)
    return [*spans[: k + 1], title, Span("publisher", rest, a, s.end, s.confidence), *spans[k + 2 :]]


# Chicago's note for a web page, read as one name span: "Martin Fowler, "Microservices," martinfowler.com,"
_QUOTED_IN_NAMES = lazy_pattern(
    r"(?P<names>[^\"\u201c\u201d,]{3,60}(?:,\s+(?:and\s+)?[^\"\u201c\u201d,]{3,60}){0,3}?),\s+"
    r"(?P<title>[\"\u201c][^\"\u201c\u201d]{2,300}?[\"\u201d])\s*,?\s*(?P<site>[^\"\u201c\u201d]*?)[\s,.;]*"
)


_NAME_LIST_SEPARATOR = lazy_pattern(r",\s+(?:and\s+)?| and ")


@needs(any_label=_NAMES, without=["title"], marks=["\"", "“"])
def quoted_title_in_names(spans: list[Span], text: str) -> list[Span]:
    """``Martin Fowler, "Microservices," martinfowler.com,`` read as one name span before the date: the
    names, the quoted title, then the site that holds it."""
    if not spans:
        return spans
    s = spans[0]
    if s.label not in _NAMES or (m := _QUOTED_IN_NAMES.fullmatch(text, s.start, s.end)) is None:
        return spans
    if not all(len(n.split()) <= 4 and n[:1].isupper() for n in _NAME_LIST_SEPARATOR.split(m["names"])):
        return spans
    out = [
        Span(s.label, m["names"], *m.span("names"), s.confidence),
        Span("title", m["title"], *m.span("title"), s.confidence),
    ]
    if m["site"].strip():
        out.append(Span("container-title", m["site"], *m.span("site"), s.confidence))
    return [*out, *spans[1:]]


# a journal cited by its acronym or its abbreviated name: "JACS", "EPL", "Scripta Mat."
_JOURNAL_SHORT = lazy_pattern(r"^(?:[A-Z]{2,6}|[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.)+)$")
_NUMBERS_FIRST = lazy_pattern(r"^\s*\d")
# "77 (2007)": a volume before the bracketed year, read as one date
_VOLUME_DATE = lazy_pattern(r"^\s*\d{1,5}\s*\(")


_AND_WORD = lazy_pattern(r"\s+(?:and|&)\s+")


@needs(labels=("author",), without=("journal", "container-title", "title"))
def journal_closing_family_names(spans: list[Span], text: str) -> list[Span]:
    """``Allinger, Yuh, Lii, JACS, | 111 (23), …``, ``Babadi and Ejtehadi, EPL, | 77 (2007) 23002.`` (a software
    manual's short physics form: family names alone, the journal, its numbers) with the journal read into the names
    and no journal read: after family names written alone, an acronym or an abbreviated name right before the
    numbers is the journal."""
    if len(spans) < 2 or spans[0].label != "author":
        return spans
    s, nxt = spans[0], spans[1]
    if not (nxt.label in ("volume", "issue") and _NUMBERS_FIRST.match(nxt.text) or _VOLUME_DATE.match(nxt.text)):
        return spans
    parts = s.text.rstrip(" ,").split(",")
    journal = parts[-1].strip()
    if len(parts) < 2 or not _JOURNAL_SHORT.match(journal):
        return spans
    heads = [w.strip() for p in parts[:-1] for w in _AND_WORD.split(p.strip())]
    if not all(bare_family(w) and not w.isupper() for w in heads):
        return spans
    a = s.start + s.text.rstrip(" ,").rfind(journal)
    head = text[s.start : a].rstrip()
    return [
        Span("author", head, s.start, s.start + len(head), s.confidence),
        Span("journal", text[a : a + len(journal)], a, a + len(journal), s.confidence),
        *spans[1:],
    ]


@needs(labels=("journal",), without=("author", "editor", "title"))
def family_name_opening_journal(spans: list[Span], text: str) -> list[Span]:
    """``Espanol, Europhys Lett, | 40(6): 631-636 (1997).`` (the short physics form with one author named by the
    family name alone) read as one journal opening the reference: the family name before the first comma is the
    author."""
    if len(spans) < 2 or spans[0].label != "journal" or not _NUMBERS_FIRST.match(spans[1].text):
        return spans
    s = spans[0]
    head, sep, rest = s.text.partition(",")
    if not sep or not rest.strip(" ,") or not bare_family(head.strip()) or head.strip().isupper():
        return spans
    a = s.start + len(head) + 1
    b = a + len(rest) - len(rest.lstrip())
    return [
        Span("author", text[s.start : a], s.start, a, s.confidence),
        Span("journal", text[b : s.end], b, s.end, s.confidence),
        *spans[1:],
    ]


# the last name after a list's "and" read into the title: "Stan Wagon, " / "Peter B. Kronheimer, " opening it
_LAST_NAME_OPENS = lazy_pattern(r"(?:[A-Z][a-z\u2019'-]+|[A-Z]\.)(?:\s(?:[A-Z][a-z\u2019'-]+|[A-Z]\.)){1,3}(?=,\s)")
_CLOSING_AND = lazy_pattern(r"\s(?:and|&)\s*$")


@needs(labels=("author", "title"), marks=(" and ", " & "))
def last_name_after_and_opens_title(spans: list[Span], text: str) -> list[Span]:
    """The AMS's ``Victor Klee and Stan Wagon, Old and New Unsolved Problems …`` with the names cut at ``and`` and the
    last name read into the title: the capitalised words up to the comma after a list's closing ``and`` are the last
    name."""
    for k in range(len(spans) - 1):
        a, s = spans[k], spans[k + 1]
        if a.label != "author" or s.label != "title" or not _CLOSING_AND.search(a.text):
            continue
        m = _LAST_NAME_OPENS.match(text, s.start)
        if m is None or m.end() + 2 >= s.end:
            return spans
        z = m.end() + 1  # the comma after the name goes with the names
        names = Span("author", text[a.start : z], a.start, z, a.confidence)
        title = Span("title", text[z + 1 : s.end], z + 1, s.end, s.confidence)
        return [*spans[:k], names, title, *spans[k + 2 :]]
    return spans


# a firm's legal form after the comma that closes its name ("SEZNAM.CZ, a.s.", "ACME, INC."), a word no title opens on
_LEGAL_FORM_AFTER = lazy_pattern(
    r"\s*(?:Inc|INC|LLC|Ltd|LTD|Corp|CORP|GmbH|GMBH|s\.\s?r\.\s?o|a\.\s?s)\.?(?=\s|$)"
)


@needs(labels=("author",), marks=(",",))
def legal_form_after_name(spans: list[Span], text: str) -> list[Span]:
    """``Seznam.cz, a.s. *Mapy.cz* …`` with the name cut at its comma and the legal form read into the title: the
    legal form closes the author, one firm."""
    if not spans or (first := spans[0]).label != "author" or not first.text.rstrip().endswith(","):
        return spans
    m = _LEGAL_FORM_AFTER.match(text, first.end)
    if m is None:
        return spans
    a, z = first.start, m.end()
    return replaced(spans, text, a, z, [Span("author", text[a:z], a, z, first.confidence)])

