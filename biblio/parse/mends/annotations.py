"""A cataloguer's annotation closing a reference: ``… Kassel: Bärenreiter, 1977. (Compiled using RISM rules)``;
a later printing or a translation in brackets after the imprint: ``…, Venezia, Baglioni, 1655 (quinta edizione
definitiva: Torino, Zavatta, 1670).``, ``…, 1953 (tr. it. a cura di Piero Neonato, *Title*, Firenze, Sansoni, 1984).``

A list of catalogues or editions may say after each entry, in brackets, how the work was made or where its
data went; the sentence names no part of the work cited, so it is a note, read apart before the reference
(the model reads it as a publisher or runs the imprint into the title)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern

# after the reference's full stop, a bracketed sentence that opens on a participle (``Compiled by``,
# ``Reviewed in``); a role's participle names a contributor (``Translated by``, ``Edited by``) and stays
_CLOSING_ANNOTATION = lazy_pattern(
    r"(?<=[.])\s+\((?P<note>(?!(?:Translated|Edited|Illustrated|Introduced|Revised|Abridged)\b)"
    r"[A-Z][a-z]+ed\s+(?:by|in|on|using|with|from|for|after|under|based)\b[^()]*)\)\.?\s*$"
)


# a reader's comment in brackets closing a dated reference, after the publisher: ``… Cambridge University Press.
# (The old gold-standard philosophical biography)``, ``… Press (The new standard biography. First published in
# German in 2020).``: a sentence of prose (see _comment); a bracket that opens on a contributor's role, a kind of
# work, an access date or a series' word is the work's
_CLOSING_COMMENT = lazy_pattern(
    r"(?<=[\w.])\s+\((?P<note>(?!(?:Translated|Edited|Illustrated|Introduced|Revised|Abridged|Reprinted|Paper|Poster"
    r"|Presented|Doctoral|Master|Unpublished|Thesis|Dissertation|Accessed|Retrieved|Available|Cited|Viewed|In\s+press"
    r"|Coll|Collection|Colección|Collana|S[eé]ri[ea]s?|Studi[aeo]s?|Biblio|Materia|Prace|Schriften|Beitr|Quellen|Reihe"
    r"|Monogra|Travaux|Publica|Cahiers|Acta|Forschung|Texts|Library)\w*\b)[A-Z][^()]*(?:\([^()]*\)[^()]*)*)\)\.?\s*$"
)
_SERIES_NUMBER = lazy_pattern(r"[,;]\s*(?:n[o°º]\.?\s*|vol\.\s*)?\d+\s*$")
_COMMENT_WORD = lazy_pattern(r"[^\W\d_][\w'’-]*")
_SECOND_SENTENCE = lazy_pattern(r"[a-z\])*][.!?]\s+[A-Z]")


def _comment(note: str, stopped: bool) -> bool:
    """A bracket's words read as a reader's prose: two sentences of twelve words or more, or (after the
    reference's full stop) five words or more, most of the longer ones in lower case."""
    words = _COMMENT_WORD.findall(note)
    if len(words) < 5 or _SERIES_NUMBER.search(note):
        return False  # (a series' name and number: "(Bibliothèque des Écoles …, 221)")
    if len(words) >= 12 and _SECOND_SENTENCE.search(note):
        return True
    # (the words of four letters or more: a name's "de", "des", "et" are not prose)
    long = [w for w in words if len(w) >= 4]
    return stopped and sum(w[0].islower() for w in long) * 2 > len(long)


# a reader's comment set in italics after the reference's full stop: "… (hämtad 14 september 2026). *(Förklarar
# request-driven serverkod utan egen server.)*"
_ITALIC_COMMENT = lazy_pattern(r"(?<=[.])\s+(?P<mark>[*_])\((?P<note>[^()]+)\)\.?(?P=mark)\.?\s*$")


def annotation_apart(text: str) -> tuple[str, str | None]:
    """(the reference, the annotation) of a reference closing on a cataloguer's annotation or a reader's comment
    in brackets; else (text, None)."""
    if text.rstrip().endswith(("*", "_")):
        m = _ITALIC_COMMENT.search(text)
        if m is None or not _comment(m.group("note"), True) or len(text[: m.start()].split()) < 4:
            return text, None
        return text[: m.start()], m.group("note").strip()
    if not text.rstrip().endswith((")", ").")):
        return text, None
    m = _CLOSING_ANNOTATION.search(text)
    if m is None:
        m = _CLOSING_COMMENT.search(text)
        if (
            m is None
            or not _comment(m.group("note"), text[: m.start()].endswith("."))
            or not _YEAR.search(text, 0, m.start())
        ):
            return text, None
    if len(text[: m.start()].split()) < 4:
        return text, None
    return text[: m.start()], m.group("note").strip()


# a bracket closing the reference that tells of another printing or a translation of the work, in the words of
# Italian, French, Spanish, Portuguese and German lists: ``(tr. it. di …)``, ``(trad. fr. …)``, ``(e. it. a cura
# di …)``, ``(ed. or. *Title*, Town, Publisher, 1943)``, ``(rist. anastatica, …)``, ``(altra ed.: …)``, ``(2° e. …)``,
# ``(quinta edizione …)``, ``(Nachdruck …)``
_LATER_PRINTING = lazy_pattern(
    r"\s\((?P<note>(?:(?:tr|trad|transl)\.\s+(?:it|ted|fr|ingl|ol|sp|esp|cast|port|engl|dt|russ|ital)\.(?=\s)"
    r"|e\.\s+it\.|ed\.\s+(?:it|fr|ted|esp|ingl|or|orig)\.(?=\s)|ed\.\s+original\b|trad\.\s+del\s+original\b"
    r"|rist\.|ristampa\b|altr[ae]\s+ed?\.|nuova\s+ed?\.|\d°\s*ed?\.\s"
    r"|(?:seconda|terza|quarta|quinta|sesta)\s+edizione\b|(?:dt|engl|franz|ital)\.\s+Übers\.|Nachdr(?:uck|\.)|Neudruck\b"
    r"|rééd(?:\.|ition\b)|réimpr(?:\.|ession\b)|reimpr\.|reimpresión\b|reedición\b)[^()]*)\)\.?\s*$"
)
_YEAR = lazy_pattern(r"\b(?:1[5-9]\d\d|20\d\d)\b")
# Spanish lists' reprint inside the imprint's bracket, after the first imprint's year, to the bracket's end
_REPRINT_IN_IMPRINT = lazy_pattern(
    r"(?<=\d{4})\.\s+(?P<note>[Rr]eimpr?\.\s+[^()]*?\d{4})(?=\)\.?\s*$)"
)


# a sentence closing the reference on where the work first appeared, after the imprint's year: Chicago's
# ``… Chicago: Encyclopaedia Britannica, 1968. Originally published in Harper's, (November 1934).``
_FIRST_PRINTING = lazy_pattern(
    r"(?<=\d\.)\s+(?P<note>(?:Originally|First)\s+published\s+(?:in|as|by)\s[^()]*?(?:\([^()]*\))?)\.?\s*$"
)


# a list's siglum for the work closing it after the imprint's year: "… Leipzig: List, 1903. (Eisenberg)", "…, 1981.
# (Sammlung Metzler. Bd. 74). (Raabe/Ruppelt)", "… München: Kindler, 1988-92. (KNLL)"
_CLOSING_SIGLUM = lazy_pattern(
    r"(?:\d{2}|\bff|\])\.?\)?\.\s+\((?P<note>[A-ZÄÖÜ][^\W\d_]*(?:[-/][A-ZÄÖÜ][^\W\d_]*){0,3})\)\.?\s*$"
)
_SIGLUM_WORD = lazy_pattern(r"[^\W\d_]+")


def _siglum_of(note: str, head: str) -> bool:
    """A siglum the reference's words make: the names it repeats (``Raabe/Ruppelt``, ``Brümmer``) or the initials of
    consecutive words of its title in capitals (``KNLL``: Kindlers Neues Literatur Lexikon)."""
    words = _SIGLUM_WORD.findall(head)
    parts = note.replace("/", "-").split("-")
    if all(p in words for p in parts):
        return True
    if not note.isupper() or not 2 <= len(note) <= 6:
        return False
    initials = "".join(w[0] for w in words).upper()
    return note in initials and any(
        words[i][0].isupper() and "".join(w[0] for w in words[i : i + len(note)]) == note for i in range(len(words))
    )


def siglum_apart(text: str) -> tuple[str, str | None]:
    """(the reference, its siglum) of a reference closing on the bracketed siglum a list names the work by, after
    the imprint's year; else (text, None). The siglum is no series: the model reads it as one or as a publisher."""
    if not text.rstrip().endswith((")", ").")):
        return text, None
    m = _CLOSING_SIGLUM.search(text)
    if m is None:
        return text, None
    head = text[: m.start("note") - 1].rstrip()
    if len(head.split()) < 4 or not _siglum_of(m.group("note"), head):
        return text, None
    return head, m.group("note")


def later_printing_apart(text: str) -> tuple[str, str | None]:
    """(the reference, the note) of a reference whose imprint, with its year, is followed by a bracket on another
    printing or a translation of the work, or by a sentence on where it first appeared (a second publisher and
    date the model would take for the work's); else (text, None)."""
    if " published " in text:
        m = _FIRST_PRINTING.search(text)
        if m is not None and len(text[: m.start()].split()) >= 4 and _YEAR.search(text, 0, m.start()):
            return text[: m.start()], m.group("note").strip()
    if not text.rstrip().endswith((")", ").")) or "(" not in text:
        return text, None
    m = _LATER_PRINTING.search(text)
    if m is None and "eimp" in text and (r := _REPRINT_IN_IMPRINT.search(text)) is not None:
        # "(Barcelona: Imp. Viader, 1927. Reimp. Barcelona: Librería Palau, 1959).": the bracket keeps the first
        return text[: r.start()] + text[r.end() :], r.group("note").strip()
    if m is None or len(text[: m.start()].split()) < 4 or not _YEAR.search(text, 0, m.start()):
        return text, None
    head = text[: m.start()].rstrip(" ,;")
    return (head if head.endswith(".") else head + "."), m.group("note").strip()


# Spanish and Italian lists' year of the first edition in brackets straight after the title (``*Curia Philipica*
# [1603]. Nueva impresión. Madrid: …, 1790.``, ``"Informe … generales [1779]". En …``, ``[1ª ed. latina 1418]``),
# with the reprint's statement that may follow it; the model reads both into the title
_TITLE_FIRST_EDITION = lazy_pattern(
    r"(?:(?<=\*)\s+|\s(?=\[[^\]]*\][\"”]))\[(?P<orig>(?:1(?:ª|a|\.ª)\s+ed\.(?:\s+[a-zá-ú]+)?\s+)?1[0-9]\d\d)\]"
    r"(?P<printing>\.\s+(?:Nueva\s+impresión|Reimpresión(?:\s+de\s+la\s+edición\s+de\s+1[5-9]\d\d)?)(?=\.))?"
)


def title_first_edition_apart(text: str) -> tuple[str, str | None]:
    """(the reference, the note) of a reference whose title is followed by its first edition's year in brackets
    (and a reprint's statement), the edition cited dated later; else (text, None)."""
    if "[1" not in text:
        return text, None
    m = _TITLE_FIRST_EDITION.search(text)
    if m is None:
        return text, None
    first = int(m.group("orig")[-4:])
    if not any(int(y) > first for y in _YEAR.findall(text, m.end())):
        return text, None
    note = text[m.start() : m.end()].strip(" .")
    return text[: m.start()] + text[m.end() :], note
