"""Mends of an editor's or a translator's names written after a book's title, as notes and lists of reference
works write them: ``Eusebius, Life of Constantine, tr. Averil Cameron and Stuart G. Hall (Oxford 1999)``,
``The Oxford Dictionary of Byzantium (ed. Alexander P. Kazhdan)``, ``*The Oxford Dictionary of the Christian
Church*, ed. F. L. Cross (1957).``, read into the title or kept as a note."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import REVIEW_OF, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# one person in natural order (given names or initials, a particle, the family name) and a list of them
_PERSON = (
    r"(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)){0,3}"
    r"\s+(?:(?:de|da|di|du|van|von|der|le|la)\s+)?[A-Z][A-Za-zà-ÿ'’-]*[a-zà-ÿ]"
)
_PERSONS = rf"{_PERSON}(?:,\s+{_PERSON})*(?:,?\s+(?:and|&)\s+{_PERSON})?"
# the role: "ed.", "eds.", "tr.", "trans.", "edited by", "tr. with introduction and notes by", "translated from the
# German [*Original* (1998)] by"
_ROLE = (
    r"(?P<{g}>eds?\.|tr\.|trans\.|(?:tr\.|trans\.|translated|edited)(?:\s+(?:with|from)\s+[^()\[\]\d]{{2,40}}?"
    r"(?:\s+\[[^\[\]]{{2,80}}\])?)?\s+by)"
)
# the roles closing a title: one, or an editor's and then a translator's
_TITLE_ROLES = lazy_pattern(
    r"(?P<sep>,\s*\*?|\s+\()" + _ROLE.format(g="role") + rf"\s+(?P<names>{_PERSONS})"
    r"(?:,\s+" + _ROLE.format(g="role2") + rf"\s+(?P<names2>{_PERSONS}))?(?P<close>\)?)"
    r"(?:,\s+(?P<count>\d{1,3}\s+vols?\.))?[.,]?\s*$"
)
_NOTE_ROLE = lazy_pattern(r"^" + _ROLE.format(g="role") + rf"\s+(?P<names>{_PERSONS})[.,]?\s*$")
_TRANSLATING = ("tr", "trans", "translated")


def _role_label(role: str) -> str:
    return "translator" if role.startswith(_TRANSLATING) else "editor"


@needs(any_label=("title", "container-title"), words=("ed", "eds", "tr", "trans", "translated", "edited"))
def roles_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``Life of Constantine, tr. Averil Cameron and Stuart G. Hall`` or ``The Oxford Dictionary of Byzantium (ed.
    Alexander P. Kazhdan)`` read as one title: the role and the persons after it close the title and name its
    editors or translators."""
    titled = any(s.label == "title" for s in spans)
    for s in spans:
        # (an authorless book's title read as a container, where no other title is read)
        if s.label != "title" and (titled or s.label != "container-title"):
            continue
        if (m := _TITLE_ROLES.search(s.text)) is None or REVIEW_OF.match(s.text):
            continue  # (a review's "Review of *Book*, edited by Name": the reviewed book's editors, in its title)
        if (m.group("sep").strip().startswith("(")) != bool(m.group("close")):
            continue  # a bracket opened and not closed, or closed and never opened
        head = s.text[: m.start()].rstrip(" ,*")
        if len(head) < 3:
            continue
        cut = s.start + len(head)
        new = [Span("title", text[s.start : cut], s.start, cut, s.confidence)]
        for role, names in (("role", "names"), ("role2", "names2")):
            if m.group(names):
                a, z = s.start + m.start(names), s.start + m.end(names)
                new.append(Span(_role_label(m.group(role)), text[a:z], a, z, s.confidence))
        if m.group("count"):  # the count of volumes the title ran on to, read as the title's own was
            a, z = s.start + m.start("count"), s.start + m.end("count")
            new.append(Span("volume", text[a:z], a, z, s.confidence))
        return replaced(spans, text, s.start, s.end, new)
    return spans


@needs(labels=["title", "note"], words=("ed", "eds", "tr", "trans", "translated", "edited"))
def role_note_after_title(spans: list[Span], text: str) -> list[Span]:
    """``*The Oxford Dictionary of the Christian Church*, ed. F. L. Cross (1957).`` with the editor kept as a note:
    a note of a role and persons right after the title names the book's editors or translators."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "note" or spans[k - 1].label != "title" or (m := _NOTE_ROLE.match(s.text)) is None:
            continue
        a, z = s.start + m.start("names"), s.start + m.end("names")
        return [*spans[:k], Span(_role_label(m.group("role")), text[a:z], a, z, s.confidence), *spans[k + 1 :]]
    return spans
