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
