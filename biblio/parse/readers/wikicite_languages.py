"""Other Wikipedias' citation templates, as the English ones they stand for.

French ``{{Lien web |titre=… |url=…}}``, ``{{Ouvrage}}``, ``{{Article}}``; German ``{{Literatur |Autor=…
|Titel=…}}``, ``{{Internetquelle}}``; Spanish ``{{Cita web}}``, ``{{Cita libro}}``; Italian, Portuguese and
Dutch likewise. Each names the same fields in its language: ``english(name, params)`` gives the English
template's kind and parameters, so that one reading (wikicite.py) serves all of them. A parameter with no
English counterpart keeps its own name and is kept in the note.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern

__all__ = ["KINDS", "english", "template_names"]

# template name (lower case) -> the English template's kind ("citation": the parameters tell the type)
KINDS: dict[str, str] = {
    # French
    "lien web": "web",
    "article": "journal",
    "ouvrage": "book",
    "chapitre": "book",
    "lien conférence": "conference",
    "lien vidéo": "av media",
    # German
    "literatur": "citation",
    "internetquelle": "web",
    # Spanish
    "cita web": "web",
    "cita libro": "book",
    "cita publicación": "journal",
    "cita noticia": "news",
    "cita conferencia": "conference",
    "cita tesis": "thesis",
    # Italian
    "cita pubblicazione": "journal",
    "cita news": "news",
    # Portuguese
    "citar web": "web",
    "citar livro": "book",
    "citar periódico": "journal",
    "citar jornal": "news",
    # Dutch
    "citeer web": "web",
    "citeer boek": "book",
    "citeer journal": "journal",
}

# parameter (lower case) -> English parameter
_PARAMS: dict[str, str] = {
    # French
    "titre": "title",
    "sous-titre": "subtitle",
    "titre chapitre": "chapter",
    "titre ouvrage": "title",
    "périodique": "journal",
    "site": "website",
    "éditeur": "publisher",
    "lieu": "location",
    "année": "year",
    "mois": "month",
    "jour": "day",
    "consulté le": "access-date",
    "lire en ligne": "url",
    "présentation en ligne": "presentation-url",
    "langue": "language",
    "numéro": "issue",
    "numéro d'édition": "edition",
    "auteur": "author",
    "auteurs": "authors",
    "directeur": "editor",
    "collection": "series",
    "tome": "volume",
    "passage": "cited-page",
    "pages totales": "page-count",
    # German
    "autor": "authors",
    "hrsg": "editors",
    "titel": "title",
    "titelerg": "subtitle",
    "sammelwerk": "journal",
    "werk": "website",
    "band": "volume",
    "nummer": "issue",
    "auflage": "edition",
    "verlag": "publisher",
    "ort": "location",
    "datum": "date",
    "jahr": "year",
    "seiten": "pages",
    "online": "url",
    "abruf": "access-date",
    "sprache": "language",
    "kommentar": "comment",
    # Spanish, Italian, Portuguese, Dutch
    "título": "title",
    "titulo": "title",
    "titolo": "title",
    "apellido": "last",
    "apellidos": "last",
    "nombre": "first",
    "nombres": "first",
    "cognome": "last",
    "nome": "first",
    "autore": "author",
    "último": "last",
    "ultimo": "last",
    "primeiro": "first",
    "obra": "website",
    "sitioweb": "website",
    "sito": "website",
    "revista": "journal",
    "publicación": "journal",
    "rivista": "journal",
    "periódico": "journal",
    "editorial": "publisher",
    "editore": "publisher",
    "editora": "publisher",
    "ubicación": "location",
    "città": "location",
    "local": "location",
    "año": "year",
    "anno": "year",
    "ano": "year",
    "fecha": "date",
    "data": "date",
    "fechaacceso": "access-date",
    "accesso": "access-date",
    "acessodata": "access-date",
    "urlarchivo": "archive-url",
    "fechaarchivo": "archive-date",
    "páginas": "pages",
    "página": "pages",
    "pagine": "pages",
    "volumen": "volume",
    "número": "issue",
    "edición": "edition",
    "idioma": "language",
    "uitgever": "publisher",
    "jaar": "year",
}
# a numbered name parameter: "nom1", "prénom2", "apellido3", "auteur1"
_NUMBERED = lazy_pattern(r"^(nom|prénom|auteur|apellido|nombre|cognome|nome|último|primeiro|autor)(\d+)$")
_NUMBERED_AS = {"nom": "last", "prénom": "first", "auteur": "author", "apellido": "last", "nombre": "first",
                "cognome": "last", "nome": "first", "último": "last", "primeiro": "first", "autor": "author"}
# "2., durchgesehene", "3." (German editions)
_EDITION = lazy_pattern(r"^\s*(\d+)\..*$")
# an edition written into the title: "Unix system administration handbook, 3rd edition"
_TITLE_EDITION = lazy_pattern(r",\s*(\d+)(?:st|nd|rd|th|e|\.)?\s+(?:edition|éd\.?|édition|Auflage|ed\.)\s*$", re.I)
_ONLY_TEMPLATE = lazy_pattern(r"^\s*\{\{[^{}]*\}\}\s*$")
_ET_AL = lazy_pattern(r"\{\{\s*et\s+al\.?\s*\}\}", re.I)


def template_names() -> str:
    """The template names as one alternation for a pattern (longest first)."""
    return "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(KINDS, key=len, reverse=True))


def english(name: str, params: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """The English kind and parameters of a template of another Wikipedia (``name`` lower case)."""
    kind = KINDS[" ".join(name.split())]
    named = dict(params)
    out: list[tuple[str, str]] = []
    for key, value in params:
        value = _ET_AL.sub("et al.", value)
        if _ONLY_TEMPLATE.match(value):
            continue  # a display switch ("lien langue={{en}}")
        numbered = _NUMBERED.match(key)
        english_key = f"{_NUMBERED_AS[numbered[1]]}{numbered[2]}" if numbered else _PARAMS.get(key, key)
        if english_key == "pages" and kind == "book" and name == "ouvrage":
            english_key = "page-count"  # a book's pages: how many it has ("passage" is the page cited)
        if english_key == "presentation-url":
            english_key = "url" if "url" not in named and "lire en ligne" not in named else key
        if english_key in ("month", "day", "subtitle"):
            continue  # joined to the year and the title below
        out.append((english_key, value))
    keys = dict(out)
    if "subtitle" in {_PARAMS.get(k, k) for k in named} and "title" in keys:
        subtitle = next(v for k, v in params if _PARAMS.get(k) == "subtitle")
        out = [(k, f"{v}: {subtitle}" if k == "title" else v) for k, v in out]
    month = next((v for k, v in params if _PARAMS.get(k) == "month"), None)
    if month and "year" in keys and "date" not in keys:
        day = next((v for k, v in params if _PARAMS.get(k) == "day"), "")
        out = [("date" if k == "year" else k, f"{day} {month} {v}".strip() if k == "year" else v) for k, v in out]
    if kind == "citation" and "journal" in keys and "publisher" in keys:  # a contribution to a book
        out = [("chapter" if k == "title" else "title" if k == "journal" else k, v) for k, v in out]
        kind = "book"
    out = [(k, _EDITION.sub(r"\1", v) if k == "edition" else v) for k, v in out]
    titled = dict(out).get("title", "")
    if "edition" not in dict(out) and (edition := _TITLE_EDITION.search(titled)):
        out = [(k, titled[: edition.start()] if k == "title" else v) for k, v in out] + [("edition", edition[1])]
    return kind, out
