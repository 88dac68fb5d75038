"""Mends of MLA's edited or translated book with a short title: ``Austen, Jane. Emma. Edited by Fiona Stafford,
Penguin, 2003.`` or ``Shelley, Mary. Frankenstein. Edited by Paul Hunter, W. W. Norton, 1996.``.

With no italics and a title of one or two words, the model reads the author, the title and the role's names as
one list of editors (the role words inside it), sometimes with the publisher too. The inverted name before the
first full stop is the author, the sentence after it the title, and the role's names run to the comma that
closes them (MLA 9 puts the publisher next); so does the role's span that ran past that comma into the
publisher (``Translated by Emily Wilson, W. W. | Norton, 2018.``)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# MLA 9's roles spelled out: "Edited by", "Translated by"
MLA_ROLE = r"(?:Edited|Translated|Introduced|Selected|Compiled)\s+by"
# "Austen, Jane. | Emma. | Edited by ": an inverted name closed by its stop, a sentence, the role words
# (or Chicago's author named in natural order or by one name: "Leonardo da Vinci.", "Aristotle.", "Anonymous.")
_HEAD = lazy_pattern(
    r"^(?P<author>[^\W\d_][\w'’-]*(?:[ -][^\W\d_][\w'’-]*){0,2},\s+(?:[A-Z]\.\s?)*[A-Z][\w'’-]*"
    r"(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+))*\.?"
    r"|[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|da|de|di|del|van|von|of))*\.)(?<=\.)\s+"
    r"(?P<title>\*?[A-Z0-9][^*]{0,200}?[.?!]\*?)\s+"
    rf"(?P<role>{MLA_ROLE})\s+(?=[A-Z])"
)
# a span opening with the role words
_ROLE_OPENS = lazy_pattern(r"^(?:[Ee]dited|[Tt]ranslated)\s+by\s+(?=[A-Z])")
_ROLES = {"Edited": "editor", "Translated": "translator"}
# a role's span closing on "and": its last name was read into the next span
_OPEN_AND = lazy_pattern(r"\s(?:and|&)\s*$")


def _names_end(text: str, a: int, z: int) -> int:
    """Where the role's names starting at ``a`` end within ``text[:z]``: at the first comma, unless a serial
    list goes on (``A, B, and C,``)."""
    parts = text[a:z].split(",")
    n = 1
    while n < len(parts) and (
        parts[n].lstrip().startswith("and ") or n + 1 < len(parts) and parts[n + 1].lstrip().startswith("and ")
    ):
        n += 1
    return a + len(",".join(parts[:n]))


@needs(any_label=("editor", "translator"), marks=(" by ",))
def names_title_role_in_one(spans: list[Span], text: str) -> list[Span]:
    """``Austen, Jane. Emma. Edited by Fiona Stafford, Penguin,`` read as one list of editors opening the
    reference: the author, the title, the role's names and, after their comma, the publisher."""
    k = 1 if spans[:1] and spans[0].label == "citation-number" else 0
    if k >= len(spans) or spans[k].label not in ("editor", "translator"):
        return spans
    s = spans[k]
    m = _HEAD.match(text, s.start, s.end)
    if m is None:
        return spans
    label = _ROLES.get(m.group("role").split()[0], "note")
    a = m.start("role")
    z = _names_end(text, m.end(), s.end)
    new = [
        Span("author", m.group("author"), m.start("author"), m.end("author"), s.confidence),
        Span("title", m.group("title"), m.start("title"), m.end("title"), s.confidence),
        Span(label, text[a:z], a, z, s.confidence),
    ]
    rest = text[z : s.end].strip(" ,")
    if rest and "publisher" not in labels_of(spans):
        b = text.index(rest, z)
        new.append(Span("publisher", rest, b, b + len(rest), s.confidence))
    elif rest:
        return spans
    return [*spans[:k], *new, *spans[k + 1 :]]


@needs(any_label=("editor", "translator"), marks=(" by ",))
def role_names_into_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Translated by Emily Wilson, W. W. | Norton, 2018.``: a role's span that runs past the comma closing its
    names into the publisher after it; what follows the comma is the publisher's. A role's span that closes on
    ``and`` (``Translated by Constance Borde and | Sheila Malovany-Chevallier, Vintage Books,``) takes the next
    span's words up to its comma."""
    for k, s in enumerate(spans[:-1]):
        nxt = spans[k + 1]
        if s.label not in ("editor", "translator") or nxt.label not in ("publisher", "location"):
            continue
        m = _ROLE_OPENS.match(s.text)
        if m is None:
            continue
        if _OPEN_AND.search(s.text) and (c := nxt.text.find(",")) > 0:
            # "Translated by Constance Borde and | Sheila Malovany-Chevallier, Vintage Books,": the names run on
            z, b = nxt.start + c, nxt.start + c + len(nxt.text[c:]) - len(nxt.text[c:].lstrip(" ,"))
            if b >= nxt.end:
                continue
            return [
                *spans[:k],
                Span(s.label, text[s.start : z], s.start, z, s.confidence),
                Span("publisher", text[b : nxt.end], b, nxt.end, nxt.confidence),
                *spans[k + 2 :],
            ]
        z = _names_end(text, s.start + m.end(), s.end)
        rest = text[z : s.end].lstrip(" ,")
        if not rest or z == s.end or " and " in rest or "," in rest:
            continue  # (more names after the comma, "T. Caelli, A. Amin, R. Duin,": the list goes on)
        b = s.end - len(rest)
        return [
            *spans[:k],
            Span(s.label, text[s.start : z], s.start, z, s.confidence),
            Span("publisher", text[b : nxt.end], b, nxt.end, nxt.confidence),
            *spans[k + 2 :],
        ]
    return spans


@needs(labels=("publisher",), marks=(" by ",))
def role_opens_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Cervantes, Miguel de. *Don Quixote*. | Translated by Edith Grossman, Ecco, | 2003.`` with the role and its
    names read into the publisher: up to the comma closing the names they are the role's, the rest the
    publisher."""
    for k, s in enumerate(spans):
        m = _ROLE_OPENS.match(s.text) if s.label == "publisher" else None
        if m is None:
            continue
        z = _names_end(text, s.start + m.end(), s.end)
        rest = text[z : s.end].lstrip(" ,")
        if not rest.strip(" .,;") or z == s.end:
            continue
        b = s.end - len(rest)
        label = _ROLES[m.group().split()[0].capitalize()]
        return [
            *spans[:k],
            Span(label, text[s.start : z], s.start, z, s.confidence),
            Span("publisher", rest, b, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# MLA 7's abbreviated role before the names: "Ed. Hartmut Walravens.", "Eds. Laurel Brake and Mark W. Turner."
_ABBREVIATED_ROLE_OPENS = lazy_pattern(r"^(?:Eds?|Trans)\.\s+(?=[A-Z][a-z])")
# the names' closing full stop: after a word's small letter, not after an initial ("Mark W. Turner. Palgrave")
_NAMES_CLOSE = lazy_pattern(r"(?<=[a-z])\.\s+(?=[A-Z0-9])")


@needs(any_label=("publisher", "location"), marks=("Ed. ", "Eds. ", "Trans. "))
def abbreviated_role_opens_publisher(spans: list[Span], text: str) -> list[Span]:
    """MLA 7's chapter ``*Book.* | Ed. Hartmut Walravens. K.G. Saur, | 2006.`` with the role and its names read
    into the publisher, or the role's span run on past the names into the publisher's initials (``Ed. Anna Walker.
    K. G. | Saur,``): up to the full stop closing the names they are the editor's (or translator's), the rest
    the publisher."""
    for k, s in enumerate(spans):
        m = _ABBREVIATED_ROLE_OPENS.match(s.text) if s.label in ("publisher", "editor", "translator") else None
        if m is None:
            continue
        # the span the publisher's words end in: this one, or the publisher right after a role's span
        if s.label == "publisher":
            end = k
        elif k + 1 < len(spans) and spans[k + 1].label in ("publisher", "location"):
            end = k + 1  # (the publisher's last word alone reads as a place: "K. G. | Saur,")
        else:
            continue
        close = _NAMES_CLOSE.search(text, s.start + m.end(), s.end)
        z_pub = spans[end].end
        if close is None or not text[close.end() : z_pub].strip(" .,;"):
            continue
        z = close.start() + 1
        label = "translator" if s.text.startswith("Trans") else "editor"
        return [
            *spans[:k],
            Span(label, text[s.start : z], s.start, z, s.confidence),
            Span("publisher", text[close.end() : z_pub], close.end(), z_pub, s.confidence),
            *spans[end + 1 :],
        ]
    return spans
