"""Connecting words: what a style writes between fields, and whether left-over text is a loss.

Text that goes into no field is kept (``custom.biblio.remainder``) unless it is made only of
connectors and punctuation ("In", "pp.", "Retrieved from", "Viewable online at:").
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.markup import plain
from biblio.parse.text import strip_value

# Words a style writes between fields ("In", "pp.", "vol.", "Retrieved from"): text
# made only of these and punctuation is no loss when it goes into no field.
CONNECTORS = {
    "in",
    "içinde",  # Turkish "in": "Ss. 453-515 içinde Book"
    "ss",
    "haz",  # Turkish "hazırlayan", the book's editor: "Ayşe Kaya (haz.)"
    "pp",
    "p",
    "pages",
    "page",
    "vol",
    "vols",
    "volume",
    "no",
    "núm",  # Spanish lists' issue word: "t. 15, núm. 4"
    "nos",
    "number",
    "issue",
    "n",
    "v",
    "s",
    "doi",
    "url",
    "uri",  # repositories' "URI: https://…" (a handle's address)
    "isbn",
    "issn",
    "eds",
    "ed",
    "editor",
    "editors",
    "edited",
    "conducted",  # MLA 9's "Interview. Conducted by Rachel Martin."
    "by",
    "and",
    "of",
    "at",
    "from",
    "through",  # "Accessed through: https://…", "available via"
    "via",
    "available",
    "online",
    "retrieved",
    "accessed",
    "posted",  # AMA's "Preprint posted online March 7, 2023"
    "on",
    "last",
    "viewed",
    "see",
    "also",
    "cited",
    "art",
    "article",
    "chapter",
    "ch",
    "part",
    "pt",
    "edd",
    "hrsg",
    "hg",
    "dans",
    "en",
    "im",
    "the",
    "to",
    "appear",
    "seite",
    "band",
    "bd",
    "heft",
    "nr",
    "tome",
    "t",
    "e",
    "electronic",
    "internet",
    "web",
    "print",
    "electronically",
    "epub",
    "pubmed",
    "pmid",
    "pmcid",
    "pubmedcentral",
    "central",
    "ahead",
    "accessibility",
    "verified",
    "dir",
    "editedby",
    "viewable",
    "link",
    "éditeur",
    "éditeurs",
    "collaborations",
    "hrsgg",
    "red",
    "pod",  # Polish "pod red." (edited by)
    # Dutch roles in a bracket after the names: "(vert.)", "(vertaling en toelichting)", "(vertaald en ingeleid)"
    "vert",
    "vertaling",
    "vertaald",
    "toelichting",
    "ingeleid",
    "trans",
    "transl",
    # an honorific after a role word ("ed. Dr. Mustafa al-Dhahabi", "ed. Prof. …") is no part of the name
    "dr",
    "prof",
    # German: "Verfügbar unter:", "Abrufbar unter", "Zugriff am", "abgerufen am", "frei zugänglich unter", "1998ff."
    "verfügbar",
    "unter",
    "abrufbar",
    "zugriff",
    "abgerufen",
    "aufgerufen",
    "zuletzt",
    "am",
    "zugänglich",
    "frei",
    "ff",
    # Czech, Slovak and Polish (ISO 690): "Dostupné z:", "Dostupné na:", "Dostupný z:", "Dostępne w:"
    "dostupné",
    "dostupný",
    "dostupne",
    "dostępne",
    "na",
    # Finnish: "Saatavissa:", "Saatavilla:", "Luettavissa:" (available), "Luettu", "Viitattu", "Katsottu", "Haettu"
    # (read, cited, watched, retrieved)
    "saatavissa",
    "saatavilla",
    "luettavissa",
    "luettu",
    "viitattu",
    "katsottu",
    "haettu",
    # Italian "disponibile (liberamente) qui:" and French ISO 690's "Disponible à l'adresse :"
    "disponibile",
    "disponibili",
    "liberamente",
    "qui",
    "à",
    "l",
    "adresse",
    # Portuguese and Spanish access notes: "Disponível em:", "Acesso em:", "Recuperado de", "Consultado el"
    "disponível",
    "disponivel",
    "disponible",
    "em",
    "acesso",
    "acessado",
    "acceso",
    "accedido",
    "consultado",
    "recuperado",
    "el",
    "de",
    "desde",
    "org",
    "orgs",
    "organização",
    "organizado",
    "por",
    "coordenação",
    "coordinado",
    "compilado",
    "compilación",
    "edición",
    "edicion",
    "edição",
    # the Spanish edition's words before its editor: "Edición crítica de", "Edición corregida y anotada por"
    "corregida",
    "anotada",
    "crítica",
    "revisada",
    # French, Italian and Dutch access notes and role phrases: "consulté le", "page consultée le",
    # "ultimo accesso", "consultato il", "geraadpleegd op", "Sous la direction de", "a cura di"
    "consulté",
    "consultée",
    "le",
    "consultato",
    "consultata",
    "il",
    "ultimo",
    "ultima",
    "accesso",
    "consultazione",
    "geraadpleegd",
    "op",
    "beschikbaar",  # Dutch "Beschikbaar: https://…", "Beschikbaar op: …" (available at)
    "bezocht",
    "sous",
    "la",
    "direction",
    "cura",
    "di",
    "mis",
    "jour",
    "aggiornato",
    "aggiornata",
    "bijgewerkt",
    # Chinese, Japanese and Korean volume/issue/page markers
    "제",
    "권",
    "호",
    "第",
    "页",
    "頁",
    "期",
    "卷",
    "号",
    "號",
    "쪽",
    "집",
    "月号",
    "總第",
    "с",
    # Greek page and volume words ("σελ. 225", "Τόμος Γ’")
    "σελ",
    "σσ",
    "τόμος",
    "τόμ",
    "svazek",  # Czech "svazek 55": the volume's word
    "kol",  # Czech "Kux, Jan a kol.": et al.
    # a newspaper's weekday before its date ("Samstag 5. März 2022")
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    # the author named again as "the same" before a book of theirs: "Title, in Id., Book", "in Ead., Book"
    "id",
    "idem",
    "ead",
    "eadem",
    "iid",
    "eaed",
}
_WORD = lazy_pattern(r"[^\W_]+")


def loss(text: str) -> str | None:
    """The part of unplaced text worth keeping: None when it is only connectors and punctuation."""
    text = plain(text)
    words = _WORD.findall(text.lower())
    # a lone letter is a year suffix ("2011 a") or a list marker
    if not words or all(w in CONNECTORS or len(w) == 1 and w.isalpha() for w in words):
        return None
    return strip_value(text) or None


# an author's dates in their bracket after the name, as histories of the pre-modern world write them: a death, a
# birth, a floruit or the time of writing, in one calendar or two ("Bukhari (d. 256/870)", "(died 1321)", "(fl.
# 1200)", "(writing in 355/966)"): the list's own, no field holds them
NAME_DATE_NOTE = (
    r"\((?:d|b|fl|died|born|writing in)\.?\s?(?:c\.\s?|ca\.\s?)?\d{1,4}(?:\s?[/\u2013-]\s?\d{1,4})?"
    r"(?:\s?(?:CE|AH|AD|BCE))?\)"
)
NAME_DATE = lazy_pattern(NAME_DATE_NOTE)


# a word that announces an address before its colon ("Verfügbar unter: unece.org"); not "online", which a venue's
# statement has ("Published online: iclr.cc"), nor a preposition alone ("Welcome to: example.org" is a title)
ADDRESS_ANNOUNCING = lazy_pattern(
    r"\b(?:unter|available|verf[üu]gbar|abrufbar|disponible|dispon[íi]vel|retrieved|recuperado|url|uri"
    r"|tillg[äa]nglig|tilgjengelig|tilg[æa]ngelig|saatavi(?:ssa|lla)|luettavissa)\b",
    re.I,
)
