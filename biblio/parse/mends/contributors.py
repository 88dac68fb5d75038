"""Mends of contributor statements: ``Mit einem Beitrag von X.`` / ``With a foreword by X.`` after a title, ``…,
introduction by X`` after the editors."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import known_given
from biblio.parse.spans import Span

# a contribution named after the title, to the span's end: it credits a person, it is no part of the title
_CONTRIBUTION = lazy_pattern(
    r"(?<=[^\W_][.?!])\s+(?:Mit\s+(?:einem|einer)\s+(?:Beitrag|Vorwort|Nachwort|Einleitung|Einführung|Essay)|"
    r"With\s+(?:an?\s+)?(?:foreword|introduction|afterword|preface|essay|contribution)s?)\s+(?:von|by)\s+"
    r"[A-Z][^\W\d_]*\.?(?:\s+[A-Z][^\W\d_]*\.?){0,3}(?:\s+(?:und|and|&)\s+[A-Z][^\W\d_]*\.?(?:\s+[A-Z][^\W\d_]*\.?){0,3})?"
    r"\.?\s*$"
)


@needs(labels=["title"], marks=("Mit", "With"))
def contribution_after_title(spans: list[Span], text: str) -> list[Span]:
    """``Title. Mit einem Beitrag von Michael Kirchner.`` or ``Title. With a foreword by Ann Lee.`` read
    into the title: the statement that credits a contributor goes into no field."""
    if "Mit" not in text and "With" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label != "title" or (m := _CONTRIBUTION.search(s.text)) is None:
            continue
        a = m.start()
        return [*spans[:k], Span("title", s.text[:a], s.start, s.start + a, s.confidence), *spans[k + 1 :]]
    return spans


# a secondary contributor credited after the editors or translators: ", introduction by Ronald G. Witt",
# "; with an introduction by …"
_CREDIT_AFTER_NAMES = lazy_pattern(
    r"[,;]\s*(?:with\s+)?(?:an?\s+)?(?:introduction|foreword|preface|afterword|epilogue)\s+by\s+\S", re.I
)
_NAME_LABELS = frozenset(["editor", "translator"])


@needs(any_label=("editor", "translator"), words=["by"])
def credit_after_names(spans: list[Span], text: str) -> list[Span]:
    """``edited & translated by Susan S. Schearer, introduction by Ronald G. Witt`` read as one list of editors:
    the writer of the introduction edited nothing, and the statement that credits them goes into no field."""
    for k, s in enumerate(spans):
        if s.label not in _NAME_LABELS or (m := _CREDIT_AFTER_NAMES.search(s.text)) is None:
            continue
        a = m.start()
        return [*spans[:k], Span(s.label, s.text[:a], s.start, s.start + a, s.confidence), *spans[k + 1 :]]
    return spans


# Chicago's collaborators after the title, "With Mary Hartnett and Wendy W. Williams." (a bibliography) or ", with
# Mary Hartnett and Wendy W. Williams (" (a note): people named with the author, no authors of the record
_PERSON = r"[A-Z][^\W\d_]*\.?(?:\s+[A-Z][^\W\d_]*\.?){1,3}"
_COLLABORATORS = lazy_pattern(
    rf"(?<=[^\W\d_][.,]) (?P<phrase>[Ww]ith (?:{_PERSON}, )*{_PERSON},? and {_PERSON}|[Ww]ith {_PERSON})"
    r"(?=\. [A-Z]| \()"
)


_INITIAL = lazy_pattern(r"[A-Z]\.")


def collaborators_apart(text: str) -> tuple[str, str | None]:
    """(the text without it, the phrase) of Chicago's collaborators after a title (``My Own Words. With Mary
    Hartnett and Wendy W. Williams. New York: …``), read apart into the note so that the names take no part in the
    reading (the model reads them as more authors); else (text, None)."""
    m = _COLLABORATORS.search(text) if "ith " in text else None
    if m is None:
        return text, None
    first = m.group("phrase").split()[1]
    if not (known_given(first) or _INITIAL.fullmatch(first)):
        return text, None  # "Title. With Love From Paris. New York: …": a sentence of the title, no person
    before = text[: m.start()].rstrip()
    after = text[m.end() :]
    if before.endswith(",") and not after.startswith(" ("):
        return text, None  # "Fyson, Donald, with Laura Winer and …. Title": co-authors in the author's place
    if before.endswith(".") and ". " not in before:
        return text, None  # no title before it
    if after.startswith("."):  # "Title. With … . New York": the phrase's own stop goes with it
        after = after[1:]
    elif before.endswith(","):  # "Title, with … (New York": the title's comma went before it
        before = before[:-1]
    return before + after, m.group("phrase")


# a contributor's role and name in brackets after the authors, before the title: "Karkoschka, Erhard (tr. Koenig,
# Ruth). *Notation in New Music*.", "Bach, J.S. (ed. Palmer, Willard). *Inventions*", "…, Erik (translated
# Borregaard, Andreas). *Handbook*"
_BRACKETED_CONTRIBUTOR = lazy_pattern(
    r"(?<=[^\W\d_][.]|[^\W\d_]{2}) \((?P<role>tr\.|trans\.|transl\.|translated(?: by)?|ed\.|edited by)"
    r" (?P<names>[A-Z][^()*\"“\d]{1,80}?)\)(?=\.\s)"
)
# (no digit among the names, and "edited" only with "by": "CBD (edited Sep 2020). *Title*" dates a page's edit)
_TRANSLATING_ROLES = ("tr", "translated")


def bracketed_contributor_apart(text: str) -> tuple[str, str | None, str | None]:
    """(the text without it, the role, the names) of a translator's or editor's bracket after the authors and
    before the title (``Karkoschka, Erhard (tr. Koenig, Ruth). *Notation in New Music*.``), read apart so that the
    model reads the bracket neither as more authors nor into the title; else (text, None, None)."""
    if " (" not in text[:200] or (m := _BRACKETED_CONTRIBUTOR.search(text, 0, 200)) is None:
        return text, None, None
    if any(mark in text[: m.start()] for mark in ("*", "\u201c", '"', "(")):
        return text, None, None  # after the title or a bracketed year: no bracket of the names
    before, after = text[: m.start()], text[m.end() :]
    if before.endswith("."):
        after = after[1:]  # "J.S. (ed. …)." : the name's own full stop closes it
    role = "translator" if m["role"].startswith(_TRANSLATING_ROLES) else "editor"
    return before + after, role, m["names"]


# a title opening the reference, then its translators after their Czech or Slovak role word, to the comma before the
# imprint: "Epos o Gilgamešovi, přeložil L. Matouš, Praha 1976."
_TRANSLATED_OPENING = lazy_pattern(
    r"^(?P<title>[^,]{2,160}),\s+(?:přeložil[ai]?|preložil[ai]?)\s+(?P<names>[^\d]{2,120}?),\s*$"
)


@needs(any_label=("author", "editor"), words=("přeložil", "preložil"))
def translators_after_opening_title(spans: list[Span], text: str) -> list[Span]:
    """``Epos o Gilgamešovi, přeložil L. Matouš, Praha 1976.`` read as one list of names: the title opens the
    reference, and the names after the role word, to the imprint, are its translators."""
    k = next((i for i, s in enumerate(spans) if s.label in ("location", "publisher", "date")), None)
    if not k or any(s.label not in ("author", "editor", "title") for s in spans[:k]):
        return spans
    head = text[spans[0].start : spans[k].start]
    if (m := _TRANSLATED_OPENING.match(head)) is None:
        return spans
    a, c = spans[0].start, spans[0].confidence
    t, n, z = a + m.end("title"), a + m.start("names"), a + m.end("names")
    return [Span("title", text[a:t], a, t, c), Span("translator", text[n:z], n, z, c), *spans[k:]]
