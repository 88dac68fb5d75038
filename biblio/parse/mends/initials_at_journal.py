"""Mends of an initial read on the wrong side of the border between the names and a title-less journal, in the
compact physics form ``Names, Journal volume, page (year)``:

- ``S. Lehtola J. Chem. Theory Comput. 15, 1593 (2019)``, a list written with no comma before the journal:
  the ``J.`` of ``J. Chem.`` read as an initial closing the names. In a list of names written initials first
  (``W. M. Skiff``) a name never ends on an initial, so it opens the journal.
- ``…, and M. J. Frisch J. Chem. Phys. 109, …``, the same with the names cut after the last initials: the rest
  of the name up to the journal's own initial closes the names.
- ``Besalú, E., Bofill, J., Theor Chem Acc 100, …``, a list of inverted names: the last name's initial read
  as the journal's first word. An inverted name is its family name, a comma and its initials, so the initial
  closes the names. So in the ACS's ``Sundberg, R. | J. *Advanced Organic Chemistry*;`` or ``de Paula, | J.
  *Physical Chemistry*``: the initials before the italics, which open the journal's own name, close the names;
  and in its title-less ``…; Cheng, | J. X. Sci. Adv. 2023,`` or ``…; Lan, | Z. Appl. Spectrosc.``: the last
  family name's initials, read as the journal's first words, close the names.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import border_moved
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_JOURNALS = ("journal", "container-title")
# the last name of a list written initials first, then an initial of its own: "W. M. Skiff J."
_INITIALS_FIRST_THEN_INITIAL = lazy_pattern(
    r"(?:^|,|\band\b)\s*(?:[A-Z]\.[\s-]*)+[A-Z][\w'\u2019-]+\s+(?P<initial>[A-Z]\.)\s*$"
)
# a list written initials first whose last name lost its family name to the journal: "…, and M." then
# "J. Frisch J. Chem. Phys."
_INITIALS_ALONE = lazy_pattern(r"(?:^|,|\band\b)\s*(?:[A-Z]\.[\s-]*)+$")
_REST_OF_NAME = lazy_pattern(r"(?:[A-Z]\.[\s-]*)*[A-Z][a-z][\w'\u2019-]*(?=\s+[A-Z]\.?\s)")
# an inverted list whose last family name waits for its initials: "Besalú, E., Bofill,"
_INVERTED_WAITING = lazy_pattern(r"[\w'\u2019-]+,\s*(?:[A-Z]\.\s*)+,\s*[A-Z][\w'\u2019-]+,\s*$")
# the initials opening the journal, then the comma that closes them: "J.,"
_INITIALS_THEN_COMMA = lazy_pattern(r"\s*(?:[A-Z]\.\s*)+,\s*")
# an inverted list ("Carey, F. A.; …") whose last name waits for its initials or has only some: "de Paula," /
# "Sundberg, R."
_INVERTED_OPEN = lazy_pattern(r"^\s*[^\W\d_][\w'\u2019-]*,\s*[A-Z]\..*[\w'\u2019-]+,\s*(?:[A-Z]\.\s*)*$")
# the initials before the italics that open the journal's own name: "J. *Advanced"
_INITIALS_THEN_ITALICS = lazy_pattern(r"\s*(?:[A-Z]\.\s*)+(?=\*[^\W\d_])")
# a semicolon list of inverted names whose last family name has no initials: "Lan, L.; Cheng,"
_SEMICOLON_WAITING = lazy_pattern(r";\s*[^\W\d_][\w'\u2019-]*(?:\s[^\W\d_][\w'\u2019-]*)?,\s*$")
# the initials opening the journal, before a word of its own: "J. X. Sci." / "J.-X. Sci." / "Z. Appl."
_INITIALS_THEN_WORD = lazy_pattern(r"\s*(?P<run>(?:[A-Z]\.(?:-[A-Z]\.)?\s*)+?)(?P<last>J\.\s+)?(?=[A-Z][a-z])")


def _next_journal(spans: list[Span], text: str, i: int) -> Span | None:
    if i + 1 >= len(spans):
        return None
    nxt = spans[i + 1]
    if nxt.label not in _JOURNALS or text[spans[i].end : nxt.start].strip():
        return None
    return nxt


@needs(labels=["author"], any_label=_JOURNALS)
def initial_opens_journal(spans: list[Span], text: str) -> list[Span]:
    """``S. Lehtola J. | Chem. Theory Comput.``: the initial after the last name opens the journal."""
    for i, s in enumerate(spans):
        if s.label != "author":
            continue
        journal = _next_journal(spans, text, i)
        m = _INITIALS_FIRST_THEN_INITIAL.search(s.text)
        if journal is None or m is None:
            continue
        cut = s.start + m.start("initial")
        return border_moved(spans, text, i, len(text[:cut].rstrip()), cut)
    return spans


# a family name and its comma opening the journal's span: the lone initial's own name ("…, L. | Hevesi, Anal.")
_FAMILY_THEN_COMMA = lazy_pattern(r"[A-Z][a-z][\w'\u2019-]*\s*,")
# a list written initials first whose last part, after its comma, is one initial alone: "…, J.-Y. Shen, J."
_NAME_THEN_LONE_INITIAL = lazy_pattern(
    r"(?:[A-Z]\.[\s-]*)+[A-Z][a-z][\w'\u2019-]*(?P<comma>,)\s*(?P<initial>[A-Z]\.)\s*$"
)


@needs(labels=["author"], any_label=_JOURNALS)
def lone_initial_opens_journal(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's title-less ``X.-S. Zhao, …, J.-Y. Shen, J. | Nucl. Mater. 415 (2011) 13.``: in a list of names
    written initials first, a part that is one initial alone names no one; it opens the journal (``J. Nucl.``)."""
    for i, s in enumerate(spans):
        if s.label != "author" or not _INITIALS_FIRST_LIST.match(s.text):
            continue
        journal = _next_journal(spans, text, i)
        m = _NAME_THEN_LONE_INITIAL.search(s.text)
        if journal is None or m is None or not journal.text[:1].isupper():
            continue
        if _FAMILY_THEN_LAST_NAMES.match(text, journal.start) or _FAMILY_THEN_COMMA.match(journal.text):
            continue  # the RSC's "…, L. | Hevesi and J. Remacle, Anal. Biochem.": the initial's family name follows
        return border_moved(spans, text, i, s.start + m.start("comma"), s.start + m.start("initial"))
    return spans


@needs(labels=["author"], any_label=_JOURNALS)
def name_run_into_journal(spans: list[Span], text: str) -> list[Span]:
    """``…, and M. | J. Frisch J. Chem. Phys.``: the rest of the last name, up to the journal's own initial,
    closes the names."""
    for i, s in enumerate(spans):
        if s.label != "author" or not _INITIALS_ALONE.search(s.text):
            continue
        journal = _next_journal(spans, text, i)
        m = _REST_OF_NAME.match(text, journal.start) if journal is not None else None
        if journal is None or m is None:
            continue
        rest = m.end() + len(text[m.end() : journal.end]) - len(text[m.end() : journal.end].lstrip())
        return border_moved(spans, text, i, len(text[: m.end()].rstrip()), rest)
    return spans


@needs(labels=["author"], any_label=_JOURNALS)
def initials_close_inverted_names(spans: list[Span], text: str) -> list[Span]:
    """``Besalú, E., Bofill, | J., Theor Chem Acc`` or ``Sundberg, R. | J. *Advanced Organic Chemistry*``: the
    initials opening the journal, before its comma or its italics, close the names."""
    for i, s in enumerate(spans):
        if s.label != "author":
            continue
        journal = _next_journal(spans, text, i)
        if journal is None or not _INVERTED_WAITING.search(s.text):
            continue
        m = _INITIALS_THEN_COMMA.match(text, journal.start)
        if m is None or m.end() >= journal.end:
            continue
        return border_moved(spans, text, i, len(text[: m.end()].rstrip(" ,")), m.end())
    for i, s in enumerate(spans):
        journal = _next_journal(spans, text, i) if s.label == "author" else None
        if journal is None or not _INVERTED_OPEN.search(s.text):
            continue
        m = _INITIALS_THEN_ITALICS.match(text, journal.start)
        if m is None or m.end() >= journal.end:
            continue
        return border_moved(spans, text, i, len(text[: m.end()].rstrip()), m.end())
    for i, s in enumerate(spans):
        journal = _next_journal(spans, text, i) if s.label == "author" else None
        if journal is None or not _SEMICOLON_WAITING.search(s.text):
            continue
        # "J. X. J. Phys.": a closing "J." after other initials opens the journal ("J. Phys. Chem.")
        m = _INITIALS_THEN_WORD.match(text, journal.start)
        if m is None or m.end("run") >= journal.end:
            continue
        return border_moved(spans, text, i, len(text[: m.end("run")].rstrip()), m.end("run"))
    return spans


# a list written initials first: its first name opens on an initial ("N. Zammatteo, …")
_INITIALS_FIRST_LIST = lazy_pattern(r"\s*(?:[A-Z]\.[\s-]*)+[A-Z][a-z]")
# the family name the last initials wait for, then the names after it up to the one after "and", and the comma
# before the journal: "Hevesi and J. Remacle," / "Hevesi, K. Lee and J. Remacle,"
_FAMILY_THEN_LAST_NAMES = lazy_pattern(
    r"[A-Z][a-z][\w'\u2019-]*(?:,\s*(?:[A-Z]\.[\s-]*)+[A-Z][a-z][\w'\u2019-]*)*,?\s+and\s+"
    r"(?:[A-Z]\.[\s-]*)+[A-Z][a-z][\w'\u2019-]*(?=,\s*\S)"
)


@needs(labels=["author"], any_label=_JOURNALS, words=(" and ",))
def last_names_run_into_journal(spans: list[Span], text: str) -> list[Span]:
    """The RSC's ``N. Zammatteo, …, L. | Hevesi and J. Remacle, Anal. Biochem., 2000,`` with the names cut after an
    initial and the rest read into the journal: in a list written initials first, the family name after the last
    initials and the names up to the one after "and" close the names."""
    for i, s in enumerate(spans):
        if s.label != "author" or not _INITIALS_FIRST_LIST.match(s.text) or not _INITIALS_ALONE.search(s.text):
            continue
        journal = _next_journal(spans, text, i)
        m = _FAMILY_THEN_LAST_NAMES.match(text, journal.start) if journal is not None else None
        if journal is None or m is None or m.end() >= journal.end:
            continue
        rest = m.end() + 1
        rest += len(text[rest : journal.end]) - len(text[rest : journal.end].lstrip())
        return border_moved(spans, text, i, m.end(), rest)
    return spans
