"""Central European and Italian lists' role in a bracket after the names: Polish ``Kowalski Jan (red.), Historia
Polski, Warszawa 2005.`` (``(tł.)`` the translator, ``(oprac.)`` who prepared the edition), Italian ``(a cura di)``,
German ``(Hrsg.)``, the bracket after the last name (every name the role's) or after one among others (``Nucera
Salvino, Krupka Paweł (tł.), Minuto Domenico, *Grekanie*``: that person's alone). The model reads the bracket into
the title, the names into a journal or the title into the town; the bracket says where the names end, and the part
after them is the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import GREEK_CAPITALS, known_given_word
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# (Greek "(επιμ.)", "(επιμέλεια)" the editors, "(μτφρ.)" the translator)
_ROLE_BRACKET = lazy_pattern(
    r"\s\((?P<role>red|tł|oprac|a cura di|[Hh]rsg|[Hh]g|επιμ|επιμέλεια|μτφρ)\.?\)(?=,\s)"
)
_TRANSLATING = frozenset(["tł", "μτφρ"])
# a person's name: two or three capitalised words (or initials and a family name), no digit; Latin or Greek
_CAPITAL = f"[A-ZÀ-ŽŁŚŻ{GREEK_CAPITALS}]"
_PERSON = rf"{_CAPITAL}[^\W\d_]*\.?(?:[\s-]{_CAPITAL}[^\W\d_]*\.?){{1,2}}"
_NAMES = lazy_pattern(rf"{_PERSON}(?:,\s{_PERSON}){{0,5}}")
# the title after the names: a comma part (an italic run whole), closed by a comma or a full stop
# (two italic runs a dash joins are one title: "*The Book of the Samurai*—*Hagakure*")
_TITLE_PART = lazy_pattern(r"(?:\*[^*]+\*(?:[\u2014\u2013]\*[^*]+\*)?|[^,.*]+?)(?=,\s|\.\s|\.?$)")
_WORDED = lazy_pattern(r"\w")
_OPENING = frozenset(["author", "editor", "translator", "title", "journal", "container-title", "location", "publisher"])


def _named_after(part: str) -> bool:
    """A name after the bracket: two capitalised words, one a known given name (``Minuto Domenico``; not a title,
    ``Historia Polski``)."""
    words = part.split()
    return len(words) == 2 and all(w[:1].isupper() for w in words) and any(known_given_word(w) for w in words)


@needs(marks=(" (red", " (tł", " (oprac", " (a cura di", " (Hrsg", " (hrsg", " (Hg", " (hg", " (επιμ", " (μτφρ"))
def role_bracket_after_names(spans: list[Span], text: str) -> list[Span]:
    """``Kowalski Jan (red.), Historia Polski, Warszawa 2005.`` with the names read as a journal or the title into
    the town, and ``Nucera Salvino, Krupka Paweł (tł.), Minuto Domenico, *Grekanie*`` read as one run of authors:
    the names before the bracket (or the one before it, where more names follow) are the editors or translators,
    the other names the authors, and the part after them the title."""
    m = _ROLE_BRACKET.search(text)
    if m is None or not spans or spans[0].start != 0 or not _NAMES.fullmatch(text, 0, m.start()):
        return spans
    role = "translator" if m["role"] in _TRANSLATING else "editor"
    after: list[tuple[int, int]] = []  # the names of the list after the bracket
    at = m.end() + 2
    while (comma := text.find(", ", at)) > 0 and _named_after(text[at:comma]):
        after.append((at, comma))
        at = comma + 2
    title = _TITLE_PART.match(text, at)
    # (a span of the bracket's mark alone, "(" read as a date's, is no field)
    if title is None or title.end() == at or any(
        s.label not in _OPENING and _WORDED.search(s.text) for s in spans if s.start < title.end()
    ):
        return spans
    # (a title the model read on past a full stop, "Silber und Salz. Zur Frühzeit …, 1839-1860", keeps its end)
    end = max([title.end(), *(s.end for s in spans if s.label == "title" and s.start < title.end() < s.end)])
    conf = min(s.confidence for s in spans if s.start < end)
    new: list[Span] = []
    if after:  # the bracket names one person's role: the names before it are authors
        one = text.rfind(", ", 0, m.start())
        if one > 0:
            new.append(Span("author", text[:one], 0, one, conf))
        new.append(Span(role, text[one + 2 if one > 0 else 0 : m.end()], one + 2 if one > 0 else 0, m.end(), conf))
        new.extend(Span("author", text[a:z], a, z, conf) for a, z in after)
    else:
        new.append(Span(role, text[: m.end()], 0, m.end(), conf))
    new.append(Span("title", text[title.start() : end], title.start(), end, conf))
    if all(any(s.label == n.label and s.start == n.start and s.end == n.end for s in spans) for n in new):
        return spans
    return replaced(spans, text, 0, end, new)


# a Dutch note's role before the names: "in: (ed.) C. de Backer, *Book*", "in: (red.) M. Spies, *Book*"
_ROLE_ALONE = lazy_pattern(r"^\s*(?:[Ii]n:?\s*)?\((?:eds?|red|hrsg|hg)\.?\)\s*$")
# a particle may open the family name after the initials: "C. de Backer", "W. van Anrooij"
_FRONT_PERSON = r"(?:[A-Z]\.\s?){1,3}(?:(?:de|van|von|der|den|la|le)\s)*[A-ZÀ-Ž][^\W\d_]+(?:-[A-ZÀ-Ž][^\W\d_]+)?"
_FRONT_NAMES = lazy_pattern(rf"^\s*(?P<names>{_FRONT_PERSON}(?:(?:,\s|\s&\s|\sen\s){_FRONT_PERSON}){{0,4}}),\s+(?=\*)")


@needs(labels=["editor", "container-title"], marks=["(ed", "(red", "(hg", "(hrsg"])
def role_before_names_opens_container(spans: list[Span], text: str) -> list[Span]:
    """``in: (ed.) C. de Backer, *Cultuurhistorische caleidoscoop …*`` with the role read as the editor and the
    names into the book's title: the names before the italic book, after their role, are the editors."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "editor" or nxt.label != "container-title" or not _ROLE_ALONE.match(s.text):
            continue
        if (m := _FRONT_NAMES.match(nxt.text)) is None:
            return spans
        b, z = nxt.start + m.start("names"), nxt.start + m.end("names")
        editor = Span("editor", text[b:z], b, z, s.confidence)  # (the role before them in no field)
        a = nxt.start + m.end()
        book = Span("container-title", text[a : nxt.end], a, nxt.end, nxt.confidence)
        return [*spans[:k], editor, book, *spans[k + 2 :]]
    return spans


# Dutch and Flemish lists' role in a bracket after inverted names, closed by a comma before the title: "Jansen, P.
# (vertaling en toelichting), *Title*", "Peeters, J. e.a., (ed.), *Title*", "Rombauts, E., N. de Paepe & M.J.M. de
# Haan (ed), *Title*"; the names' words are capitalised words, initials, particles, "e.a." (et alii), "&" and "en"
# (a run of initials taken whole, possessively: a long run must not be split every way before the match fails)
_NAME_WORD = (
    r"(?:[A-ZÀ-Ž][^\W\d_]*(?:[-'’][A-ZÀ-Ž]?[^\W\d_]*)*\.?|[A-Z]\.(?:\s?-?\s?[A-Z]\.)*+|de|van|der|den|ten|ter|von|le|la|du|"
    r"e\.\s?a\.|&|en|and)"
)
_DUTCH_ROLE_AFTER_NAMES = lazy_pattern(
    rf"^(?P<names>{_NAME_WORD}(?:,?\s{_NAME_WORD}){{1,14}}),?\s\((?P<role>eds?|red|vert|vertaling|vertaald|trans)"
    r"(?:\s(?:en|&)\s[a-z]+)?\.?\)[,.]\s"
)
# (English lists close the bracket with a full stop: "Wilson, W. S. (trans.). *Title*", "Mukoh Takai (trans.).")
_DUTCH_TRANSLATING = frozenset(["vert", "vertaling", "vertaald", "trans"])
_OPENING_OR_DATE = _OPENING | {"date"}
_RUN_ACROSS = frozenset(["journal", "container-title"])
# the title after the bracket set in italics or quotes (a plain part may be more names or a volume's title)
_TITLE_MARKS = frozenset("*_'\"\u2018\u201c")


@needs(marks=(" (ed", " (red", " (vert", " (trans"))
def dutch_role_bracket_after_names(spans: list[Span], text: str) -> list[Span]:
    """``Biesheuvel, I. (vertaling en toelichting), *Title*. Amsterdam, 2001.`` and ``Oostrom, F.P. van, e.a.,
    (ed.), *Title*.`` with the bracket and the names read into the title (or the role word as a date): the names
    before the bracket are the translators (``vert.``, ``vertaling``) or the editors (``ed``, ``red.``), the italic
    or quoted part after it the title; the bracket itself is in no field."""
    m = _DUTCH_ROLE_AFTER_NAMES.match(text)
    if m is None or not spans or spans[0].start != 0:
        return spans
    if "," not in m["names"] and (m["role"] != "trans" or len(m["names"].split()) != 2):
        return spans  # (a translator's two words need no comma: "Mukoh Takai (trans.).")
    if text[m.end() : m.end() + 1] not in _TITLE_MARKS:
        return spans  # (a plain part after the bracket may be more names, "and B (trans.)", or a volume's title)
    title = _TITLE_PART.match(text, m.end())
    # (the bracket's opening may be read as a date of its own)
    if title is None or title.end() == m.end():
        return spans
    if any(s.label not in _OPENING_OR_DATE for s in spans if s.start < title.end()):
        return spans
    end = max([title.end(), *(s.end for s in spans if s.label == "title" and s.start < title.end() < s.end)])
    conf = min(s.confidence for s in spans if s.start < end)
    role = "translator" if m["role"] in _DUTCH_TRANSLATING else "editor"
    if spans[0].label == role and m.end("names") - 1 <= spans[0].end <= title.start():
        return spans  # (the names read with their role already: the title after them keeps its reading)
    new = [
        Span(role, m["names"], 0, m.end("names"), conf),
        Span("title", text[title.start() : end], title.start(), end, conf),
    ]
    if all(any(s.label == n.label and s.start == n.start and s.end == n.end for s in spans) for n in new):
        return spans
    out = replaced(spans, text, 0, end, new)
    # (a journal the model read across the title's end is the book's town where what is left of it is one)
    k = len(new)
    if k < len(out) and out[k].label in _RUN_ACROSS and is_place(out[k].text.strip(" .,:")):
        out[k] = Span("location", out[k].text, out[k].start, out[k].end, out[k].confidence)
    return out
