"""An ancient author named alone in capitals, the title, then the editor or translator after ``Ed.``/``Trans.``
(MLA's and the classicists' ``HOMER. Odyssey. Ed. J. Smith. Oxford: Clarendon Press, 1920.``, ``PLINY. Letters.
Trans. B. Radice. Harmondsworth: Penguin, 1963.``): the model reads the one word in capitals, the title and the
role word as one run of names. The full stops divide them: the word in capitals is the author, the words up to the
role word the title, the names after it the editor or the translator; the imprint after them keeps its reading."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import known_given_word
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# one name (two words at most, "AULUS GELLIUS") in capitals; a person's inverted name has its comma
_CAPS_ONE = r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]{2,}(?:\s[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]{2,})?"
# an editor's or translator's name: initials or given names, then the family ("J. Smith", "Betty Radice")
_PERSON = (
    r"(?:(?:[A-Z]\.\s?){1,3}|[A-Z][^\W\d_]+\s(?:[A-Z]\.\s)?)(?:(?:de|van|von|le|la)\s)?"
    r"[A-Z][^\W\d_'\u2019-]*(?:[-'\u2019][A-Z]?[^\W\d_]+)?"
)
_ROLES = {
    "Ed.": "editor",
    "Eds.": "editor",
    "Edited by": "editor",
    "Trans.": "translator",
    "Tr.": "translator",
    "Translated by": "translator",
}
_ROLE = "|".join(r.replace(".", r"\.") for r in _ROLES)
_CAPS_ROLE_FORM = lazy_pattern(
    rf"^(?P<author>{_CAPS_ONE})\.\s(?P<title>[^\W\d_][^.]*?[^\s.])\.\s(?P<role>{_ROLE})\s"
    rf"(?P<names>{_PERSON}(?:(?:,\s|,?\s(?:and|&)\s){_PERSON}){{0,3}})\.(?:\s|$)"
)


@needs(marks=("Ed", "Tr"))
def caps_author_then_role(spans: list[Span], text: str) -> list[Span]:
    """``HOMER. Odyssey. Ed. J. Smith. Oxford: …`` read as a run of names: the author in capitals, the title, the
    editor (or the translator) after the role word, each closed by its full stop."""
    if not text[:3].isupper():
        return spans
    m = _CAPS_ROLE_FORM.match(text)
    if m is None:
        return spans
    role = _ROLES[m["role"]]
    conf = min((s.confidence for s in spans if s.start < m.end("names")), default=1.0)
    new = [
        Span("author", m["author"], m.start("author"), m.end("author"), conf),
        Span("title", m["title"], m.start("title"), m.end("title"), conf),
        Span(role, m["names"], m.start("names"), m.end("names"), conf),
    ]
    if all(any(s.label == n.label and s.start == n.start and s.end == n.end for s in spans) for n in new):
        return spans
    return replaced(spans, text, 0, m.end("names") + 1, new)


# an ancient author named by one word ("Appian.", "Ovid."), then the title's sentence(s) and the edition's editor
# named alone with no role word: "The Civil Wars. L. Mendelssohn." (initials or a given name, and the family)
_ONE_WORD_AUTHOR = lazy_pattern(r"[A-Z][^\W\d_]{2,}\.?")
_TITLE_THEN_EDITOR = lazy_pattern(
    r"(?P<title>[^\W\d_].*[^\W\d_]{2}[\])]?)\.\s+"
    r"(?P<name>(?:[A-Z]\.\s?){1,3}[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?|(?P<given>[A-Z][a-z]+)\s[A-Z][^\W\d_]+)\.?"
)


@needs(labels=["author", "title"], without=["editor", "translator"])
def editor_named_after_ancient_title(spans: list[Span], text: str) -> list[Span]:
    """``Appian. The Civil Wars. L. Mendelssohn. Leipzig. Teubner. 1879.`` with the editor's name read into the
    title: after an author named by one word, a title's last sentence that is a person's name alone, right before
    the imprint, is the edition's editor."""
    if len(spans) < 3 or spans[0].label != "author" or spans[1].label != "title":
        return spans
    if spans[2].label not in ("location", "publisher") or not _ONE_WORD_AUTHOR.fullmatch(spans[0].text.strip()):
        return spans
    t = spans[1]
    m = _TITLE_THEN_EDITOR.fullmatch(t.text.rstrip())
    if m is None or m["given"] is not None and not known_given_word(m["given"]):
        return spans
    return divided(spans, 1, m.end("title"), m.start("name"), "title", "editor")


# an edition's editor or translator named after the title, with its role in brackets or none, right before the
# bracketed imprint: "Ovid, Metamorphoses. Hugo Magnus (ed.) (Gotha: Friedr. Andr. Perthes, 1892).", "Caesar, C.
# Julius, Commentarii …. T. Rice Holmes (Oxford: Clarendon Press, 1914)." (the author one word, or a Roman name
# inverted with its praenomen's initial)
_EDITION_PERSON = (
    r"(?:(?:[A-Z]\.\s?){1,3}(?:[A-Z][a-z]+\s)?|[A-Z][a-z]+\s(?:[A-Z]\.\s?){0,2})"
    r"[A-Z][^\W\d_'\u2019-]+(?:-[A-Z][^\W\d_]+)?"
)
_EDITION_ROLES = {"ed": "editor", "eds": "editor", "trans": "translator", "tr": "translator"}
_ROLE_CLOSING = lazy_pattern(r"(?i)\b(?:eds?|trans|transl|tr|comp|rev|intro|repr|vol|no)$")
_EDITED_CLASSIC = lazy_pattern(
    r"(?P<author>[A-Z][^\W\d_]{2,}(?:,\s(?:[A-Z]\.\s?){1,2}(?:[A-Z][^\W\d_]+)?)?),\s"
    r"(?P<title>[^\W\d_][^()\[\]]*?[^\W_\s])\.\s"
    rf"(?P<names>{_EDITION_PERSON})(?:\s\((?P<role>eds?|trans|tr)\.\))?\s"
    r"\((?P<place>[A-Z][^():;,]*):\s(?P<publisher>[A-Z][^():;]*),\s(?P<year>1[5-9]\d\d|20\d\d)\)\.?"
)


@needs(marks=(":",))
def edition_named_before_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Ovid, Metamorphoses. Hugo Magnus (ed.) (Gotha: …, 1892).`` (``(trans.)``, or the editor named with no role
    word) with the author, the title and the editor read as one run of names or the editor into the title: the
    person named alone between the title's full stop and the bracketed imprint is the edition's editor (its
    translator after ``(trans.)``), the words before the title's comma its ancient author."""
    if not text.rstrip(". ").endswith(")"):
        return spans
    m = _EDITED_CLASSIC.fullmatch(text.rstrip())
    if m is None or is_place(m["names"]) or _ROLE_CLOSING.search(m["title"]):
        return spans  # (a role word closing the "title" names its person: "…, Sophist, trans. Harold N. Fowler")
    role = _EDITION_ROLES[m["role"]] if m["role"] else "editor"
    conf = min((s.confidence for s in spans), default=1.0)
    new = [
        Span("author", m["author"], m.start("author"), m.end("author"), conf),
        Span("title", m["title"], m.start("title"), m.end("title"), conf),
        Span(role, m["names"], m.start("names"), m.end("names"), conf),
        Span("location", m["place"], m.start("place"), m.end("place"), conf),
        Span("publisher", m["publisher"], m.start("publisher"), m.end("publisher"), conf),
        Span("date", m["year"], m.start("year"), m.end("year"), conf),
    ]
    if all(any(s.label == n.label and s.start == n.start and s.end == n.end for s in spans) for n in new):
        return spans
    return replaced(spans, text, 0, len(text), new)
