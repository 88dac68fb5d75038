"""Names set in capitals, where the labeller, reading capitals as it reads acronyms, ends them early or runs
them on into the title.

- Theory of Computing's ``THOMAS M. LIGGETT: *Interacting Particle Systems*.``: names in small capitals
  closed by a colon before the title; the colon after a run of capitals says where the names end.
- ABNT NBR 6023 (as French styles) sets the family name in capitals and abbreviates the given names to
  initials: ``SOUZA, R. Leitura em rede. São Paulo: Ática, 2010.``; the initials close the name, and on a
  short title whose words read like names ("Leitura e cidade") a lowercase word among those words (not a
  particle) shows where the title begins.
- The older French library form ``AÏM (Olivier) et BILLIET (Stéphane). - *Titre*. - Paris : Dunod, 2015.`` (``WINKIN
  (Yves), dir.``): each family name in capitals with its given name after it in brackets, read as one body, cut at
  a bracket or run into the title.
"""

from __future__ import annotations

import re

from biblio.parse.connectors import loss
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.names import CAPS_FIRST_LIST, bracketed_given_head, caps_first_list, known_given
from biblio.parse.spans import Span

# "COLIN MCDIARMID:", "RICHARD A. HOLLEY AND THOMAS M. LIGGETT:", "É. TARDOS, J. KLEINBERG, AND D. KEMPE:"
_CAPS_NAMES = lazy_pattern(
    r"^(?P<names>(?:[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019.-]*,?\s+){1,40}"
    r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]*[A-Z\u00c0-\u00de])\s*:\s+(?=\S)"
)
_PERSON_LABELS = frozenset(["author", "editor"])
# a word that makes names editors or translators inside their own span: "(org.)", "(Ed.)", "coord."
_TRAILING_EDITION = lazy_pattern(r"\s\d{1,2}\s?[.ª]?\s?(?:ed|edn)\.?\s*$")
_ROLE_LABELS = frozenset(("author", "editor", "translator", "director", "producer", "interviewer"))
# the separator closing an area of the older French form: "… ?_ - Paris"
_AREA_DASH = lazy_pattern(r"\s-\s*$")
_ROLE_WORD = lazy_pattern(r"\b(?:eds?|orgs?|coords?|dir|trad|trans|edited|hrsg)\b\.?", re.I)


@needs(marks=[":"])
def capitals_before_colon(spans: list[Span], text: str) -> list[Span]:
    """Names in capitals opening the reference and closed by a colon are the authors; the text after
    the colon keeps the labels the model gave it."""
    if ":" not in text:
        return spans
    m = _CAPS_NAMES.match(text)
    if m is None or len(m.group("names").split()) < 2 or not spans:
        return spans
    a, z = m.span("names")
    first = spans[0]
    if first.start > a or first.label not in _PERSON_LABELS and first.label != "title":
        return spans
    if first.label == "author" and first.end == z:
        return spans
    names = Span("author", text[a:z], a, z, first.confidence)
    rest: list[Span] = []
    for s in spans:
        if s.end <= m.end():
            continue
        if s.start < m.end():
            s = Span(s.label, text[m.end() : s.end], m.end(), s.end, s.confidence)
        rest.append(s)
    if rest and rest[0].label in _PERSON_LABELS and not any(s.label == "title" for s in rest):
        rest[:1] = _title_before_editors(rest[0])
    return [names, *rest]


# "Concentration. In MICHEL HABIB, …, editors,": the chapter's title, then its book's editors
_TITLE_IN = lazy_pattern(r"^(?P<title>.+?[.?!])\s+In\s+(?=\S)")


def _title_before_editors(s: Span) -> list[Span]:
    """A names span left after the colon that opens with a title and ``In``: the title, then the
    editors after ``In``."""
    m = _TITLE_IN.match(s.text)
    if m is None:
        return [s]
    title = Span("title", m.group("title"), s.start, s.start + m.end("title"), s.confidence)
    editors = Span("editor", s.text[m.end() :], s.start + m.end(), s.end, s.confidence)
    return [title, editors]


_CAPS = r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]+"
_INITIALS = r"[A-Z\u00c0-\u00de]\.(?:\s?-?[A-Z\u00c0-\u00de]\.)*"
# given names written out, closed by their full stop: "Maria.", "João da.", "Ana Paula R."
_GIVEN = (
    r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:\s(?:[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+|[A-Z\u00c0-\u00de]\.|d[aeo]s?))*\."
)
_NAME = rf"{_CAPS}(?:\s{_CAPS})*,\s(?:{_INITIALS}|{_GIVEN})"
# "SOUZA, R.", "MORAES, J. C.; PINTO, A.", "SOUZA, Maria." — then the title's first word, capitalised
_NAMES_THEN_WORDS = lazy_pattern(
    rf"^\s*(?P<names>{_NAME}(?:;\s{_NAME})*)\s+(?P<title>[A-Z\u00c0-\u00de][a-z\u00df-\u00ff].*)$"
)
_PARTICLES = frozenset(["de", "da", "do", "dos", "das", "del", "e", "y", "van", "von", "der", "la", "le"])
_LOWER_WORD = lazy_pattern(r"(?<![\w-])[a-z\u00df-\u00ff]+(?![\w-])")


@needs(any_label=["author", "editor"], without=["title"])
def caps_names_end(spans: list[Span], text: str) -> list[Span]:
    """``SOUZA, R. Leitura em rede.`` (or ``SOUZA, Maria. Educação e tecnologia.``) read as the names, no title
    read: the names end at the initials or the given names' full stop, and the words after them, holding a
    lowercase word, are the title. (Read as editors with the edition, ``… constitucional. 10. ed.``, names with
    no role word of their own are the authors.)"""
    if not spans or spans[0].label not in _PERSON_LABELS or not spans[0].text.lstrip()[:2].isupper():
        return spans
    if spans[0].label == "editor" and _ROLE_WORD.search(_TRAILING_EDITION.sub("", spans[0].text)):
        return spans
    if "title" in labels_of(spans):
        return spans
    s = spans[0]
    m = _NAMES_THEN_WORDS.match(s.text)
    if m is None or not any(w not in _PARTICLES for w in _LOWER_WORD.findall(m.group("title"))):
        return spans
    z, a = s.start + m.end("names"), s.start + m.start("title")
    names = Span("author", text[s.start : z], s.start, z, s.confidence)
    title = Span("title", text[a : s.end], a, s.end, s.confidence)
    return [names, title, *spans[1:]]


# ISO 690's list of full names divided by semicolons: "GRAHAM, Dorothy; VAN VEENENDAAL, Erik; EVANS, Isabel."
_NAME_WORD = r"[^\W\d_][\w'\u2019-]*"
_SEMICOLON_NAMES = lazy_pattern(
    rf"^(?P<names>(?:{_NAME_WORD}(?:\s{_NAME_WORD})*,\s{_NAME_WORD}(?:\s{_NAME_WORD})*;\s)+"
    rf"{_NAME_WORD}(?:\s{_NAME_WORD})*,\s{_NAME_WORD}(?:\s{_NAME_WORD})*)\.\s+(?=\S)"
)


def _capitals_then_given(name: str) -> bool:
    """``VAN VEENENDAAL, Erik``: the family name in capitals, then given names that are not."""
    family, _, given = name.partition(", ")
    return family.replace(" ", "").isupper() and given[:1].isupper() and not given.replace(" ", "").isupper()


@needs(marks=[";"])
def semicolon_names_end(spans: list[Span], text: str) -> list[Span]:
    """``GRAHAM, Dorothy; VAN VEENENDAAL, Erik; EVANS, Isabel. Title.`` with the last given name read
    into the title: names in capitals with their full given names, divided by semicolons, end at the
    full stop after the last given name."""
    if ";" not in text or not text[:2].isupper():
        return spans
    m = _SEMICOLON_NAMES.match(text)
    if m is None or not all(_capitals_then_given(n) for n in m.group("names").split("; ")):
        return spans
    a, z = m.span("names")
    names = Span("author", text[a:z], a, z, spans[0].confidence if spans else 1.0)
    return replaced(spans, text, a, m.end(), [names])


@needs(labels=["author", "title"])
def caps_names_run_into_title(spans: list[Span], text: str) -> list[Span]:
    """``KAHNEMAN, D. Thinking, | fast and slow.`` with the title's first words read into the names: after the
    family name in capitals and its initials (or given names and their stop), the words are the title's."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "title":
        return spans
    s, t = spans[0], spans[1]
    if not s.text.lstrip()[:2].isupper() or text[s.end : t.start].strip():
        return spans
    m = _NAMES_THEN_WORDS.match(s.text)
    if m is None or ";" in m.group("title") or known_given(m.group("title").split()[0].strip(",.")):
        return spans
    z, a = s.start + m.end("names"), s.start + m.start("title")
    names = Span("author", text[s.start : z], s.start, z, s.confidence)
    title = Span("title", text[a : t.end], a, t.end, min(s.confidence, t.confidence))
    return [names, title, *spans[2:]]


# ABNT's one name in full: "CASTRO, Jaelson. Requisitos Não-Funcionais, 2014." (given names of two letters or
# more, so that the full stop is no initial's)
_FULL_GIVEN = r"[^\W\d_][^\W\d_]+(?:[-'\u2019][^\W\d_]+)*"
_ONE_CAPS_NAME = lazy_pattern(
    rf"^(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD})*,\s{_FULL_GIVEN}(?:\s{_FULL_GIVEN}){{0,3}})\.\s+(?P<title>[^\W\d_]\S*)"
)


@needs(labels=["author"], without=["title"])
def one_caps_name_then_title(spans: list[Span], text: str) -> list[Span]:
    """``CASTRO, Jaelson. Requisitos Não-Funcionais, 2014.`` read as one author's span: after ABNT's family
    name in capitals and the full given names' stop, the words up to the date are the title."""
    if not spans or spans[0].label != "author" or not text[:2].isupper():
        return spans
    s = spans[0]
    m = _ONE_CAPS_NAME.match(s.text)
    if m is None or not _capitals_then_given(m["name"]) or ";" in s.text:
        return spans
    z, a = s.start + m.end("name"), s.start + m.start("title")
    if not loss(text[a : s.end]) or _capitals_then_given(text[a : s.end].split(". ")[0]):
        return spans  # no words after the names, or a second name of the same shape
    return [
        Span("author", text[s.start : z], s.start, z, s.confidence),
        Span("title", text[a : s.end], a, s.end, s.confidence),
        *spans[1:],
    ]


# ABNT's body named in capitals before the title of a page it publishes (``W3SCHOOLS. SQL Stored Procedures.
# Disponível em: …``): one word of capitals (digits among them), its full stop, then the title's words
_CAPS_BODY_OPENING = lazy_pattern(
    r"^(?P<body>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de0-9&-]{1,})\.\s+(?=\S.*[a-z\u00df-\u00ff])"
)
_ABNT_WEB_MARKS = ("Disponível em", "Acesso em")


@needs(labels=["title"], without=["author", "editor"], marks=_ABNT_WEB_MARKS)
def caps_body_opening_title(spans: list[Span], text: str) -> list[Span]:
    """``W3SCHOOLS. SQL Stored Procedures. Disponível em: …`` read as one title, and no author read: ABNT's body
    in capitals before its page's title is the author (ABNT's page alone: its "Disponível em" or "Acesso em")."""
    if not spans or spans[0].label != "title" or not text[:1].isupper():
        return spans
    if not any(mark in text for mark in _ABNT_WEB_MARKS):
        return spans
    s = spans[0]
    m = _CAPS_BODY_OPENING.match(s.text)
    if m is None or not s.text[m.end() :].strip(" ."):
        return spans
    z = s.start + m.end("body") + 1
    return [
        Span("author", text[s.start : z], s.start, z, s.confidence),
        Span("title", text[s.start + m.end() : s.end], s.start + m.end(), s.end, s.confidence),
        *spans[1:],
    ]


# the French and Italian list's names, the family in capitals before the given names with no comma between:
# "DÉCULTOT Elisabeth,", "BECK Herbert et BOL Peter Cornelis (dir.),", "HANSSON Ulf R.,"
_CAPS_FIRST_OPENING = lazy_pattern(
    rf"^(?P<names>{CAPS_FIRST_LIST})(?:\s\((?:dir|éd|eds?|hrsg|hg|coord|orgs?|a cura di)\.?\))?,\s+(?=\S)"
)


def caps_first_names_close(text: str, before: int) -> bool:
    """Whether ``text`` opens with names in the capitals-first form closed by a comma before ``before``."""
    if not text[:1].isupper() or not text[1:2].isupper():
        return False
    m = _CAPS_FIRST_OPENING.match(text)
    return m is not None and m.end() <= before and caps_first_list(m.group("names")) is not None


@needs(any_label=_PERSON_LABELS)
def caps_first_names_end_at_comma(spans: list[Span], text: str) -> list[Span]:
    """French and Italian lists' ``DÉCULTOT Elisabeth, Johann Joachim Winckelmann: enquête …`` with the title's first
    words read as more names: family names in capitals, each before its given names, close at the comma after
    them (or after their ``(dir.)``); the words after it open the title."""
    if not spans or spans[0].label not in _PERSON_LABELS:
        return spans
    m = _CAPS_FIRST_OPENING.match(text)
    if m is None or caps_first_list(m.group("names")) is None:
        return spans
    first, z = spans[0], m.end()
    if first.start != 0 or first.end <= z:
        return spans
    cut = len(text[:z].rstrip())
    head = Span(first.label, text[:cut], 0, cut, first.confidence)
    rest = spans[1:]
    if rest and rest[0].label == "title" and not text[first.end : rest[0].start].strip():
        title = Span("title", text[z : rest[0].end], z, rest[0].end, rest[0].confidence)
        return [head, title, *rest[1:]]
    return [head, Span("title", text[z : first.end], z, first.end, first.confidence), *rest]


@needs(marks=["("])
def bracketed_given_opening(spans: list[Span], text: str) -> list[Span]:
    """``NOM (Prénom) et NOM (Prénom).`` opening the reference: the names up to their full stop are the authors
    (the editors after ``dir.``); the spans after them keep their labels, cut where the names end."""
    if not spans or spans[0].start > 0 or (head := bracketed_given_head(text)) is None:
        return spans
    end, editors = head
    out = [Span("editor" if editors else "author", text[:end], 0, end, spans[0].confidence)]
    for s in spans:
        if s.end <= end:
            continue
        start, stop = max(s.start, end), s.end
        # (the areas' ``. -`` separators belong to no field: a span opens after one and closes before one)
        start += len(text[start:stop]) - len(text[start:stop].lstrip(" -"))
        if _AREA_DASH.search(text, start, stop):
            stop = start + len(text[start:stop].rstrip(" -"))
        if start >= stop:
            continue
        # (the names end at their full stop: a role's label run on past it is the title's, which comes next)
        label = "title" if len(out) == 1 and s.label in _ROLE_LABELS else s.label
        if (label, start, stop) != (s.label, s.start, s.end):
            s = Span(label, text[start:stop], start, stop, s.confidence)
        out.append(s)
    return out
