"""Mend of the role phrases French, Italian, Spanish, Portuguese and Dutch references write out after a title:
``Sous la direction de Carlo Ossola.``, ``Traduit par Jacqueline Risset.``, ``a cura di M. Rossi,``,
``Editado por Teresa Sobral Cunha.``, ``Traducción de Ana Ruiz.``, ``traduzido por Márcia T. Cavalcanti,``,
``trad. it. di A. Giugliano,``, ``ed. it. a cura di G. Marrone,``,
``onder redactie van J. de Vries,`` (and English's ``revised by …``) read into the title, the container, the
publisher or a series; Dutch ``onder red. van`` and a list of names run into the book's title and the town."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced, stretch_as_one
from biblio.parse.mends.gated import holds_any, needs
from biblio.parse.normalisers.names import PARTICLES
from biblio.parse.spans import Span

# the phrase, and the role it gives the names after it
ROLE_PHRASE = lazy_pattern(
    r"(?:(?<=[\s.,;])|^)(?:(?P<ed>[Ss]ous\s+la\s+dir(?:ection|\.)\s+de|[ÉéEe]dit[ée]\s+par|[Ee]ditad[oa]s?\s+por|(?:ed\.\s+it\.\s+)?[Aa]\s+cura\s+di|"
    r"[Oo]nder\s+redactie\s+van|[Bb]ezorgd\s+door)"
    r"|(?P<tr>[Tt]raduit\s+par|[Tt]raduction\s+par|[Tt]radott[oa]\s+da|[Tt]raduzione\s+di|[Vv]ertaald\s+door|"
    r"[Tt]raduc(?:ido\s+por|ción\s+de)|[Tt]radu(?:zido\s+por|ção\s+de)|"
    # the Italian and French short forms with the language of the translation: "trad. it. di", "fr. trad. par"
    r"(?:[a-z]{2,3}\.\s+)?[Tt]rad\.(?:\s+[a-z]{2,3}\.)?\s+(?:di|par|de))"
    # English roles no field of the record names: the phrase and its names are kept as a note
    r"|(?P<other>[Rr]evised\s+by|[Ii]ntroduced\s+by|(?:[Ww]ith\s+an\s+)?[Ii]ntroduction\s+by|[Ff]oreword\s+by|"
    r"[Ii]llustrated\s+by|[Aa]nnotated\s+by))"
    r"\s+(?=[A-ZÀ-Þ])"
)
# cheap first look
_HINT = (
    "direction de",
    "dir. de",
    "par ",
    "cura di",
    "ditado por",
    "ditada por",
    "redactie",
    "bezorgd",
    "tradott",
    "trad. ",
    "traduzione",
    "vertaald",
    "raduc",
    "raduz",
    "radução",
    "revised by",
    "ntroduced by",
    "ntroduction by",
    "oreword by",
    "llustrated by",
    "nnotated by",
)
# where the names end: a comma or semicolon, or a full stop after a word (not after an initial, nor German "u.")
_NAMES_END = lazy_pattern(r"[,;]|(?<![\s.\-][A-ZÀ-Þ])(?<!^[A-ZÀ-Þ])(?<!\su)\.(?=\s|$)")
# words between names that are no name: "Anne Leroy et Jean Dupuis", "Pieter de Graaf", "A und B"
_JOINERS = frozenset(["et", "e", "en", "and", "und", "u.", "&"])
_NOT_HOSTS = frozenset(["author", "editor", "translator", "director", "producer", "url", "doi", "date"])


def _names_end(text: str, start: int, default: int) -> int | None:
    """Where the names after a role phrase end in ``text`` (from ``start`` to a comma, or a full stop after a word;
    ``default`` with none), or None where the words between are not one to eight names' words."""
    end = _NAMES_END.search(text, start)
    z = end.start() if end else default
    names = text[start:z].split()
    if not 1 <= len(names) <= 8 or not all(w[:1].isupper() or w in _JOINERS or w in PARTICLES for w in names):
        return None
    return z


@needs(marks=_HINT)
def role_phrase_apart(spans: list[Span], text: str) -> list[Span]:
    """``*La divine comédie*. Sous la direction de Carlo Ossola. Traduit par Jacqueline Risset.`` with the
    phrases and names read into the title, a series or the publisher: from the phrase to the names' end
    (a comma, or a full stop after a word) they are the editors (or the translators; English's ``revised by
    C. D. C. Reeve,`` or ``with an introduction by …`` a note, as no field names that role)."""
    if not holds_any(text, _HINT):
        return spans
    for k, s in enumerate(spans):
        if s.label in _NOT_HOSTS:
            continue
        m = ROLE_PHRASE.search(s.text)
        if m is None:
            continue
        # (an English phrase only where the words before it are one plain title: italics or another "by" before
        # it are read by the mends of italic titles and of contributors)
        if m.group("other") and (s.label == "note" or "*" in s.text[: m.start()] or " by " in s.text[: m.start()]):
            continue
        z = _names_end(s.text, m.end(), len(s.text.rstrip()))
        if z is None:
            continue
        role = "editor" if m.group("ed") else "translator" if m.group("tr") else "note"
        a, b = s.start + m.start(), s.start + z
        # ("Title. With an introduction by John Irving, Bantam Classics, 1986.": the name after is the publisher)
        dated = k + 1 < len(spans) and spans[k + 1].label == "date"
        tail = "publisher" if role == "note" and s.label == "title" and s.text[z:z + 1] == "," and dated else s.label
        parts = [
            Span(s.label, s.text[: m.start()], s.start, a, s.confidence),
            Span(role, text[a:b], a, b, s.confidence),
            Span(tail, s.text[z:], b, s.end, s.confidence),
        ]
        kept = [p for p in parts if p.label == role and p.start == a or p.text.strip(" .,;:")]
        return role_phrase_apart([*spans[:k], *kept, *spans[k + 1 :]], text)
    return spans


# French phrases before a book's editors that the model reads into the title or as a translator's: "Texte établi et
# traduit par", "Texte établi par", "actes réunis par", "textes réunis par"
_FRENCH_EDITING = lazy_pattern(
    r"(?<=[\s,.;])(?:[Tt]exte\s+établi(?:\s+et\s+traduit)?|(?:[Aa]ctes|[Tt]extes|[ÉéEe]tudes)\s+réunis)\s+par\s+"
    r"(?=[A-ZÀ-Þ])"
)


@needs(marks=("tabli ", "réunis par"))
def french_editing_phrase_apart(spans: list[Span], text: str) -> list[Span]:
    """``*Archimède IV*, Texte établi et traduit par Charles Mugler, Paris, Les Belles Lettres, 1972.``, ``*Title*,
    actes réunis par Christophe Cusset et Hélène Frangoulis, 2008.`` with the phrase read into the title: from the
    phrase to the names' end they are the editors (``assemble`` gives the names of ``établi et traduit`` to both
    roles)."""
    m = _FRENCH_EDITING.search(text)
    if m is None:
        return spans
    z = _names_end(text, m.end(), len(text.rstrip(" .")))
    if z is None:
        return spans
    return stretch_as_one(spans, text, m.start(), z, "editor") or spans


# Italian and French short forms that name the edition's language: "trad. it. di", "fr. trad. par", "ed. it. a cura
# di"; German's "Hg. von" and "Besorgt von" after the book; the names after them are the translators or the editors
# of the edition cited
_SHORT_PHRASE = lazy_pattern(
    r"(?<=[\s,;])(?:(?P<tr>(?:[a-z]{2,3}\.\s+)?trad\.(?:\s+[a-z]{2,3}\.)?\s+(?:di|par|de))"
    r"|(?P<ed>ed\.\s+it\.\s+a\s+cura\s+di|(?<=\.\s)(?:(?:Hg|Hrsg)\.\s+(?:[Vv]on|v\.)|[Bb]esorgt\s+von|Bearbeitet\s+von)))"
    r"\s+(?=[A-ZÀ-Þ])"
)


@needs(marks=("trad. ", "ed. it. ", "Hg. ", "Hrsg. ", "esorgt von", "Bearbeitet von"))
def short_role_phrase_apart(spans: list[Span], text: str) -> list[Span]:
    """``*Il senso della fine*, trad. it. di G. Montefoschi, Milano, Rizzoli.``, ``In: *Book*. Hg. von Glyn S.
    Burgess und Clara Strijbosch. Brill 2006`` with the phrase and names read across the title and the publisher:
    from the phrase to the names' end (a comma, or a full stop after a word; one to eight capitalised words,
    initials or joiners) they are the translators (the editors after ``ed. it. a cura di`` and ``Hg. von``)."""
    m = _SHORT_PHRASE.search(text)
    if m is None:
        return spans
    z = _names_end(text, m.end(), len(text.rstrip(" .")))
    if z is None:
        return spans
    role = "translator" if m.group("tr") else "editor"
    inside = [s for s in spans if s.start < z and m.start() < s.end]
    if (
        len(inside) == 1
        and inside[0].label in ("editor", "translator")
        and inside[0].start < m.start()
        and (split := _name_and_title_before_phrase(spans, text, inside[0], m.start(), z, role)) is not None
    ):
        return split
    if (
        len(inside) == 1
        and inside[0] is spans[0]
        and inside[0].label == role == "editor"
        and inside[0].start < m.start()
        and not any(s.label == "title" for s in spans)
        and text[: m.start()].rstrip().endswith(".")
    ):
        # "Kindlers Neues Literatur Lexikon. Hg. von Walter Jens. 20 Bde." (a work with no author) read as one run
        # of editors from the start: what stands before the phrase is the work's title
        head, c = text[inside[0].start : m.start()].rstrip(" ."), inside[0].confidence
        new = [
            Span("title", head, inside[0].start, inside[0].start + len(head), c),
            Span(role, text[m.start() : z], m.start(), z, c),
        ]
        return replaced(spans, text, inside[0].start, z, new)
    titled = len(inside) == 1 and inside[0].label == "title" and text.startswith("H", m.start())
    if all(s.label == role for s in inside) or titled:
        # (the names read as the role's already, or "Hg. v." within one title, which the mend of a book edited
        # after its title parts: "*Title*. Hg. v. Heinz Halm. Series.")
        return spans
    out = stretch_as_one(spans, text, m.start(), z, role)
    if out is None:
        return spans
    # ("In: *Book*. Hg. von …" with the book, or its last words, read into the editors: what stands before the phrase
    # is the book)
    k = next((i for i, s in enumerate(out) if s.start == m.start()), 0)
    before = out[k - 1] if k else None
    if role != "editor" or before is None or before.label != "editor":
        return out
    if before.text.startswith("In:"):
        out[k - 1] = Span("container-title", before.text, before.start, before.end, before.confidence)
    elif k >= 2 and (book := out[k - 2]).label == "container-title":
        joined = text[book.start : before.end]
        out[k - 2 : k] = [Span("container-title", joined, book.start, before.end, book.confidence)]
    return out


# a name given name first as a comma part ("Roland Barthes"), and a running word of a title in lower case
_GIVEN_FIRST_PART = lazy_pattern(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3}")
_TITLE_WORD = lazy_pattern(r"(?<!\S)[a-zà-ÿ][\w'’-]{2,}")


def _name_and_title_before_phrase(
    spans: list[Span], text: str, names: Span, a: int, z: int, role: str
) -> list[Span] | None:
    """``Roland Barthes, Saggi critici, ed. it. a cura di G. Marrone, Torino, Einaudi.`` read as one run of editors
    from the name on: before the phrase, one name given name first and one comma part in sentence case are the
    author and the title (a name holds no word in lower case)."""
    head = text[names.start : a].rstrip(" ,")
    parts = head.split(", ")
    if len(parts) != 2 or not _GIVEN_FIRST_PART.fullmatch(parts[0]) or _TITLE_WORD.search(parts[0]):
        return None
    title = parts[1]
    if not title[:1].isupper() or _TITLE_WORD.search(title) is None:
        return None
    author_end = names.start + len(parts[0])
    t0 = text.index(title, author_end)
    k = spans.index(names)
    out = [
        *spans[:k],
        Span("author", text[names.start : author_end], names.start, author_end, names.confidence),
        Span("title", title, t0, t0 + len(title), names.confidence),
        Span(role, text[a:z], a, z, names.confidence),
    ]
    if names.end > z and text[z : names.end].strip(" ,.;"):
        out.append(Span(names.label, text[z : names.end], z, names.end, names.confidence))
    return [*out, *spans[k + 1 :]]


# Dutch "onder red. van" (or "onder redactie van") and a list of names after a book's title, up to the comma before
# the imprint: "…; onder red. van W. van Anrooij, D. Hogenelst & G. Warnar, Amsterdam, …"
_DUTCH_PERSON = (
    r"(?:(?:[A-Z]\.\s?-?){1,4}|[A-Z][a-z]+\s)(?:(?:de|van|der|den|ten|ter|te|het|'t)\s)*[A-ZÀ-Ž][^\W\d_]+"
    r"(?:-[A-ZÀ-Ž][^\W\d_]+)?"
)
_DUTCH_EDITORS = lazy_pattern(
    rf"(?<=[\s;,.])[Oo]nder\s(?:de\s)?red(?:\.|actie)\svan\s{_DUTCH_PERSON}"
    rf"(?:(?:,\s|\s&\s|\sen\s){_DUTCH_PERSON}){{0,7}}(?=[,.]\s|[,.]?$)"
)
# the stretch may be read into a book's title or its place, never into a date, a number or a link
_DUTCH_EDITORS_HOSTS = frozenset(
    ["editor", "container-title", "title", "collection-title", "location", "publisher", "note", "other"]
)


@needs(marks=("nder red",))
def dutch_editors_listed(spans: list[Span], text: str) -> list[Span]:
    """``in: Book; onder red. van W. van Anrooij, D. Hogenelst & G. Warnar, Amsterdam, …`` with the phrase read into
    the book's title and the last names into the town: the phrase and the names after it, up to the comma before
    the imprint, are the editors."""
    m = _DUTCH_EDITORS.search(text)
    if m is None:
        return spans
    a, z = m.span()
    inside = [s for s in spans if s.start < z and a < s.end]
    if not inside or any(s.label not in _DUTCH_EDITORS_HOSTS for s in inside):
        return spans
    if len(inside) == 1 and inside[0].label == "editor" and inside[0].start <= a and z <= inside[0].end:
        return spans
    return replaced(spans, text, a, z, [Span("editor", text[a:z], a, z, min(s.confidence for s in inside))])
