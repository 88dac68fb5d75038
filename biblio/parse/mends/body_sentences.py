"""Mend of a body's name, one sentence opening the reference, read into the title: ``Canadian Centre on Substance Use
and Addiction. Opioids. Available at: https://…``
(``Public Health Ontario. Drinking Water Testing – Private Citizen. Retrieved from https://…``).

A web page or report cited by the body that wrote it, with no date between them and only its address after, gives
the model no mark where the author ends: it reads the body and the title as one title. A sentence that is a body's
name by its shape (a few capitalised words, the kind of body, then capitalised words or "of", "on", "for", "and",
"the") is the author.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.mends.role_phrases import ROLE_PHRASE
from biblio.parse.spans import Span

_WORD = r"[A-Z][\w'’-]*"
# a body's name: up to four capitalised words, the kind of body, then its matter
_BODY = lazy_pattern(
    rf"(?:The\s+)?(?:{_WORD}\s+){{0,4}}"
    r"(?:Centre|Center|Institute|Organi[sz]ation|Agency|Ministry|Department|Association|Society|Council"
    r"|Commission|Foundation|Bureau|Authority|Coalition|Alliance|Federation"
    # a public-health body named by its country or province ("Public Health Ontario", "Public Health Scotland")
    r"|Public\s+Health(?=\s+[A-Z]))"
    rf"(?:\s+(?:of|on|for|and|the|&|{_WORD}))*"
    # a Spanish or Portuguese body's name, its kind first ("Organización Panamericana de la Salud", "Ministerio de
    # Salud", "Instituto Nacional de Estatística"), then capitalised words and the small words joining them
    r"|(?:Organizaci[óo]n|Organiza[çc][ãa]o|Ministerio|Minist[ée]rio|Instituto|Secretar[íi]a|Consejo|Conselho"
    r"|Comisi[óo]n|Comiss[ãa]o|Fundaci[óo]n|Funda[çc][ãa]o|Asociaci[óo]n|Associa[çc][ãa]o|Agencia|Ag[êe]ncia"
    r"|Superintendencia|Subsecretar[íi]a)"
    rf"(?:\s+(?:de|del|la|las|los|y|e|para|da|do|das|dos|{_WORD}))*"
)
# what may follow the title in the form: its address and the date it was read
_LINK_PARTS = frozenset(["url", "accessed", "medium", "other"])
# the body's closing stop, before the title's capital
_STOP = lazy_pattern(r"\.\s+(?=[A-Z\"“‘'])")


@needs(any_label=("title", "container-title"), without=("author", "editor"))
def body_sentence_opens_title(spans: list[Span], text: str) -> list[Span]:
    """``Canadian Centre on Substance Use and Addiction. | Opioids. Available at: …`` read as one title: the body's
    name before the first stop is the author."""
    if not spans or text[: spans[0].start].strip():
        return spans
    # the body and the title read as one title, or, with no title read, as one container
    if spans[0].label != "title" and (spans[0].label != "container-title" or any(s.label == "title" for s in spans)):
        return spans
    if any(s.label not in _LINK_PARTS for s in spans[1:]):
        return spans  # more read after the title: the model's reading of it is weighed by the review as it is
    title = spans[0]
    stop = _STOP.search(title.text)
    if stop is None or not title.text[stop.end() :].strip(" .") or not _BODY.fullmatch(title.text[: stop.start()]):
        return spans
    z = title.start + stop.start()
    rest = title.start + stop.end()
    return [
        Span("author", text[title.start : z + 1], title.start, z + 1, title.confidence),
        Span("title", text[rest : title.end], rest, title.end, title.confidence),
        *spans[1:],
    ]


# a word of a title: the title span read after the names holds none ("." alone)
_ANY_WORD = lazy_pattern(r"[^\W_]", 0)
# a name's last word ends a person's: an initial ("Smith, J. A.") or one word ("Plato")
_INITIAL_END = lazy_pattern(r"(?:^|[\s.])[^\W\d_]\.?$", 0)


# English role phrases opening a sentence of names ("Edited by …")
_ROLE_OPENINGS = ("edited by", "ed. by", "translated by", "compiled by")
# what may follow a book's title at once: its edition or its imprint
_AFTER_BOOK_TITLE = frozenset(["edition", "location", "publisher"])


@needs(labels=("author",))
def title_read_into_body(spans: list[Span], text: str) -> list[Span]:
    """``JAMA Network. AMA Manual of Style. 11th ed. New York: …`` with the body's name and the title read as one
    author, and no title read (or the title's closing stop alone): the author's last sentence is the title, where
    the name before it is a body's (two words or more, no comma, no initial) and the edition or imprint follows."""
    k = next((i for i, s in enumerate(spans) if s.label == "author"), -1)
    if k < 0 or k + 1 >= len(spans):
        return spans
    nxt = spans[k + 1]
    if nxt.label == "title":
        if _ANY_WORD.search(nxt.text):
            return spans
        end = nxt.end
    elif nxt.label in _AFTER_BOOK_TITLE and not any(s.label == "title" for s in spans):
        end = 0
    else:
        return spans
    author = spans[k]
    stop = _STOP.search(author.text)
    if stop is None:
        return spans
    head, tail = author.text[: stop.start()], author.text[stop.end() :]
    if "," in head or len(head.split()) < 2 or _INITIAL_END.search(head) or len(tail.split()) < 2:
        return spans
    if ROLE_PHRASE.match(tail) or tail.lower().startswith(_ROLE_OPENINGS):
        return spans  # "Livro do Desassossego. Editado por Richard Zenith.": a title, then its editor
    z, rest = author.start + stop.start(), author.start + stop.end()
    end = end or author.end
    return [
        *spans[:k],
        Span("author", text[author.start : z + 1], author.start, z + 1, author.confidence),
        Span("title", text[rest:end], rest, end, author.confidence),
        *spans[k + (2 if end > author.end else 1) :],
    ]
