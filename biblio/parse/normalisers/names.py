"""Name lists -> CSL names.

Fields touched: none directly; returns ``list[Name]`` for author/editor/translator.

APA writes persons inverted (``Family, G. M.``), joined by commas and a final
``&``; a segment without that comma-initials pattern (``Human Rights Watch``,
``The Guardian``) is a group author and becomes ``{"literal": ...}``.  Other
styles' natural-order names (``Arthur C. Wahl``) are accepted inside a list
that is already recognisably personal.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from biblio.parse.features.lexicon import LEXICON
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.arabic_names import arabic_name, compound_family
from biblio.parse.normalisers.given_names import central_given, listed_given
from biblio.parse.normalisers.japanese_names import japanese_family_first
from biblio.parse.normalisers.places import REGIONS, is_place
from biblio.parse.review.lexicon import hardly_a_name, mostly_a_name, row_of
from biblio.parse.text import CJK, HAN_LETTERS, WordSet, after_each, clean_space, unmark
from biblio.records.model import Name

# Lowercase particles that CSL stores as non-dropping-particle.
PARTICLES = {
    "van",
    "von",
    "der",
    "den",
    "de",
    "del",
    "della",
    "delle",
    "di",
    "da",
    "das",
    "do",
    "dos",
    "du",
    "des",
    "la",
    "las",
    "los",
    "le",
    "te",
    "ten",
    "ter",
    "zu",
    "zur",
    "af",
    "av",
    "bin",
    "ibn",
    "al",
    "el",
    "y",
    "e",
    "degli",
    "dei",
    # Italian particles that join a preposition and an article: "dalla Chiesa", "Dal Lago", "Dello Russo"
    "dal",
    "dalla",
    "dalle",
    "dallo",
    "dello",
    "st.",
    "'t",
}
# the particles a family name in natural order opens on, each a word of its own ("Laurens van der Maaten",
# "Diego de las Casas"): for patterns that read a name in running text
PARTICLE_WORD = r"(?:van|von|der|den|de|del|della|di|da|do|dos|das|du|la|le|las|los)"
# a romanised Chinese syllable (pinyin or Wade-Giles): "Li", "Feng", "Fung", "Yu", "lan", "Zhuang", "Hsi"
CHINESE_SYLLABLE = r"(?:zh|ch|sh|ts|hs|[bpmfdtnlgkhjqxzcsryw])?[aeiou\u00fc]{1,3}(?:ng|n|r)?"
_ONE_SYLLABLE = lazy_pattern(rf"[A-Z]{CHINESE_SYLLABLE}")
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "2nd", "3rd"}
# suffixes a family name carries before its comma: Google Scholar's "Nash Jr, J. F.", Copernicus's "Pielke Jr., R.
# A." and "Witt III, E. C." (CSL's suffix, no part of the family name; Vancouver's "JR" are initials)
_FAMILY_SUFFIXES = frozenset(["Jr", "Sr", "Jr.", "Sr.", "II", "III", "IV"])
_DOTTED_SUFFIXES = frozenset(["Jr.", "Sr."])

_ORG_ALTERNATIVES = (
    r"(?:organi[sz]ation|association|institut\w*|committee|watch|department|bureau|council|"
    r"universit\w*|agency|society|group|commission|ministry|office|foundation|cent(?:er|re)|"
    r"international|nations|national|bank|fund|programme|program|services?|board|corporation|"
    r"inc|ltd|llc|corp|gmbh|plc|company|network|team|project|consortium|authority|court|government|parliament|"
    r"forum|alliance|federation|union|league|academy|collaboration|secretariat|senate|congress|"
    r"press|news|times|post|library|museum|school|college|hospital|trust|coalition|party|the|"
    r"of|for|and|on|research|health|world|global|states|kingdom|european|census|statistics|"
    r"administration|institute|system|systems|laboratory|unit|division|"
    # works and bodies that sign reference entries: "Creative Commons", "Free Dictionary"
    r"commons|thesaurus|dictionar\w*|encyclop\w+|heritage|archives|gallery|initiative|"
    # the collective a repository or guide names: "DEA Notebooks contributors", "The Turing Way Community"
    r"contributors|community|developers|authors|"
    # medicine's group authors: "EPIC Investigators", "GBD 2019 Collaborators", "CLAIM Update Panel"
    r"investigators|collaborators|collaborative|trialists|panel|"
    # Portuguese and Spanish bodies: "Conselho Nacional de … e Tecnológico", "Secretaría de Educación Pública"
    r"conselho|consejo|minist[eé]rio|ministerio|secretar[ií]a|universidade?|nacional|federal|funda[cç][aã]o|"
    r"fundaci[oó]n|comiss[aã]o|comisi[oó]n|associa[cç][aã]o|asociaci[oó]n|sociedade?|departamento|centro|"
    r"ag[eê]ncia|organiza[cç][aã]o|organizaci[oó]n|institui[cç][aã]o|instituci[oó]n|biblioteca|museu|museo|"
    r"tribunal|c[aâá]mara|senado|congreso|governo|gobierno|federa[cç][aã]o|federaci[oó]n|servi[cç]o|servicio|"
    r"observat[oó]rio|escola|escuela|faculdade|facultad|coordena[cç][aã]o|prefeitura|ayuntamiento|editora|empresa|"
    # Indonesian and Malay bodies: "Kementerian Kesehatan RI", "Badan Pusat Statistik", "Jabatan Perangkaan"
    r"kementerian|badan|direktorat|lembaga|universitas|yayasan|dewan|komisi|balai|jabatan|"
    # Turkish bodies, inflected: "Millî Eğitim Bakanlığı", "Türkiye İstatistik Kurumu", "Ankara Üniversitesi"
    r"bakanl\w*|[üu]niversite\w*|enstit[üu]\w*|kurumu|kurulu|ba[şs]kanl\w*|m[üu]d[üu]rl\w*|derne\w*|vakf\w*|"
    # Scandinavian and Dutch bodies, often one compound word: "Helsedirektoratet", "Skolverket",
    # "Kunnskapsdepartementet", "Folkhälsomyndigheten", "Socialstyrelsen", "Ministerie van …", "Gemeente …"
    r"\w*direktoratet|\w*departementet|\w*verket|\w*myndigheten|\w*styrelsen|\w*institutet|"
    r"\w*sentralbyr[åa]|\w*centralbyr[åa]n|\w*forbundet|\w*f[öo]rbundet|kommune|kommun|"
    r"ministerie|gemeente|stichting|vereniging|instituut|hogeschool|rijksoverheid|inspectie|"
    # French bodies: "Académie des inscriptions et belles-lettres", "Société nationale des antiquaires de France"
    r"acad[eé]mie|soci[eé]t[eé]|comit[eé]|minist[eè]re|biblioth[eè]que|mus[eé]e|conseil|"
    # German bodies: "Genossenschaft der bildenden Künstler Wiens", "Verein für Kunst und Altertum in Ulm", and a
    # society's or an office's compound name: "Geschichtsverein Eberstadt", "Bundesministerium für Arbeit und
    # Soziales", "Deutsche Rentenversicherung", "Bundesagentur für Arbeit"
    r"genossenschaft|\w*verein|gesellschaft|akademie|stiftung|\w*ministerium|verband|kommission|bibliothek|"
    r"bundes(?:amt|agentur|anstalt|institut|ministerium|verband|regierung|zentrale|netzagentur)\w*|"
    r"\w*versicherung|\w*anstalt|\w*behörde|\w+samt|landesamt|"
    # Japanese bodies romanised: "Heibonsha Chihō Shiryō Sentā", "… Hensan Iinkai", "Keizaishi Kenkyūkai"
    r"sent[āa]|iinkai|kenky[ūu](?:kai|jo|sho)|hensanjo|kank[ōo]kai|gakkai|ky[ōo]kai|hakubutsukan|shiry[ōo]kan)"
)
ORG_WORDS = lazy_pattern(rf"\b{_ORG_ALTERNATIVES}\b", re.I)

_ORG = WordSet(_ORG_ALTERNATIVES, re.I)
# a country's or union's abbreviation opens a body's name, never a person's: "US Customs and Border
# Protection", "UN Women", "US NSA"
COUNTRY_LEAD = lazy_pattern(r"(?:US|U\.S\.|UK|U\.K\.|EU|UN)\s+[A-Z]")
# a body's national branch: "Greenpeace UK", "Oxfam USA", "Volt EU", "Stats NZ" (as initials, "UK", "USA" and
# "NZ" would be a Vancouver name's; "GB" and "US" are too often real initials to tell)
_COUNTRY_CLOSES = lazy_pattern(r"[A-Z][\w'\u2019-]+\s+(?:UK|USA|EU|NZ)\.?")
# a body's acronym before the country of its branch, named in full: "OECCA Maroc", "UNICEF India" (three capitals
# or more, no family name's word: "MARTIN France" is a French list's person, family name in capitals)
_ACRONYM_THEN_COUNTRY = lazy_pattern(r"(?P<acronym>[A-Z]{3,8})\s+(?P<country>[A-Z][a-z]{3,}(?:\s[A-Z][a-z]+)?)\.?")

# a body named by its acronym alone ("IEA", "OECD", "AT&T"): no family name without its given name
_ACRONYM_ALONE = lazy_pattern(r"[A-Z][A-Z&]{1,7}")


def national_body(s: str) -> bool:
    """``US Customs and Border Protection``, ``Greenpeace UK``: a country's or union's abbreviation opening or
    closing the name marks a body; so does a country named in full after an acronym (``UNICEF India``)."""
    if COUNTRY_LEAD.match(s) is not None or _COUNTRY_CLOSES.fullmatch(s) is not None:
        return True
    m = _ACRONYM_THEN_COUNTRY.fullmatch(s)
    return m is not None and m.group("country").lower() in REGIONS and not mostly_a_name(m.group("acronym"))


_FUNCTION = WordSet(r"and|the|of|for|on", re.I)


# the word naming an institution's kind, as a body's name holds it among its first words ("Institute for …",
# "Lyndon B. Johnson School of …")
INSTITUTION_KIND = (
    r"(?:Institute|School|Commission|Council|Committee|Department|Ministry|Agency|Bureau|Office|Directorate|Centre|"
    r"Center|Service|University|Laboratory|Foundation|Association|Society|Archives|Library|Museum)\b"
)


def has_org_word(s: str) -> bool:
    """``ORG_WORDS.search(s)``: a word of ``s`` names a kind of organisation (or is "the", "of" ...)."""
    return _ORG.search(s)


def has_org_name_word(s: str) -> bool:
    """``ORG_WORDS.search(s)`` with the words and/the/of/for/on taken out: an organisation word proper."""
    return any(w not in _FUNCTION for w in _ORG.words_in(s))


_LETTER = r"[^\W\d_]"
# One initial: "J.", "Th.", "J.-P.", "M.-L", "JA" (Vancouver, no dots).
_INITIAL_TOKEN = lazy_pattern(rf"^(?:{_LETTER}{{1,2}}\.(?:-?{_LETTER}\.?)*|{_LETTER}\.?-{_LETTER}\.?|[A-Z]{{1,3}})$")
_ELLIPSIS = lazy_pattern(r"\s*,?\s*(?:\.\s?\.\s?\.|\u2026)\s*,?\s*")
# "Doe JA", "Doe J.A.", "Chacón-Labella J.", "Collins Á": family words, then up to three initials
# (dotted initials may stand a space apart, as hand-typed APA lists write them: "Garrison N. A.")
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
LATIN_CAPITAL = rf"[{_UPPER}]"  # a Latin capital, accented ones too ("Á", "Ö")
GREEK_CAPITALS = "\u0386\u0388-\u038f\u0391-\u03a9"  # the Greek capitals, toned ones too ("Ά", "Ώ"), for a class
# Vancouver initials of a Spanish given name closing on a devotion ("López-Barrera MdC": María del Carmen; "MdlÁ":
# María de los Ángeles), the particle's letters in lower case
_DEVOTION_LETTERS = r"[A-Z]{1,2}dl?[A-ZÁÉÍÓÚ]"
# (a fourth word only where a particle and its article stand inside the family name: "Lasso de la Vega MC",
# "Garcia de la Torre J"; four plain words before capitals are more often a body and its acronym)
_VANCOUVER = lazy_pattern(
    rf"^(?:(?:[^\W\d_][\w'\u2019-]*\s+){{1,3}}|[^\W\d_][\w'\u2019-]*\s+(?:de|da|do|van|von)\s+"
    rf"(?:la|las|los|le|der|den)\s+[^\W\d_][\w'\u2019-]*\s+)"
    rf"(?:(?:{LATIN_CAPITAL}\.?-?|(?<=\.)\s[A-Z]\.?-?){{1,3}}|{_DEVOTION_LETTERS})$"
)
# "J. C. Family", and up to six initials: Sri Lankan and South Indian names carry four or more ("H. M. C. W. B. Herath")
# (a particle's article may stand third: "M. A. Pérez de la Fuente", "J. Pineda de las Infantas")
_INITIALS_FIRST = lazy_pattern(
    r"^(?:[A-Z]\.\s?-?){1,6}\s*(?:[^\W\d_]+\s+){0,2}(?:(?:la|las|los|le|der|den|da|das|do|dos)\s+)?[^\W\d_][\w'\u2019-]+$"
)
# initials with no full stops before the family name, as docstrings and hand-typed lists write them: "NP Jewell",
# "B Gillespie" (two capitals at most: "BBC News" is a body)
_BARE_INITIALS_FIRST = lazy_pattern(r"^[A-Z]{1,2} [A-Z][a-z][\w'\u2019-]+$")
# "et al." (a hand-typed "and et. al." too), "and others" (or "& others", as a reference manager writes a list it
# cut), "u. a." closing a list
# ("etc." in Chinese authors' English lists), and its Indonesian and Malay ("dkk.", "dll."), Turkish ("vd.",
# "ve ark.", "ve diğerleri"), Scandinavian ("m.fl.", "mfl.", "med flere", "og andre"), Dutch ("e.a.", "en anderen"),
# Czech and Slovak ("a kol.", "& kol."), Romance and German ("y otros", "e outros", "e altri", "et autres",
# "und andere", or "&" before the word) forms: the hidden names are not stored (the dotted lower-case ones only in
# lower case, for "E. A." is a name's initials)
# (both start where a run of spaces, commas and semicolons starts, the only place their leftmost match can,
# and read a run of spaces one way: tried inside the run, or split between two runs, a long run of commas
# or spaces cost its length squared)
_ETAL_ANY = lazy_pattern(
    r"(?<![\s,;])[\s,;]*(?:[\[(]\s*)?(?:(?:(?:and|&)\s+)?et\s*\.?\s*al|(?:and|&)\s+others|u\.\s*a|et\s+alii|et\s+coll|etc|dkk|dll|vd|"
    r"ve\s+ark|ve\s+di[ğg]erleri|med\s+flere|og\s+andre|och\s+andra|en\s+anderen|(?:und|&)\s+andere|(?:et|&)\s+autres|(?:y|&)\s+otros|y\s+cols?|(?:e|&)\s+altri|"
    r"(?:e|&)\s+outros|e\s+cols?|i\s+in|(?:a|and|&)\s+(?-i:kol)|и\s+др|(?-i:m\.\s?fl|mfl|e\.\s?a))\b"
    r"(?:\.?\s*[\])])?[\s.,;:]*$",
    re.I,
)
_CONJ = lazy_pattern(r"\s*,?\s*(?:&|\band\b|\bund\b)\s+", re.I)
# what may follow such a closing word to the end (white space as ``\s`` reads it in ASCII text), and the
# words' ends (every closing word of ``_ETAL_ANY``): ASCII text that ends otherwise holds no match, and skips the
# search
_AFTER_ETAL = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f.,;:])"
_ETAL_ENDS = (
    "al",
    "others",
    "a",
    "alii",
    "coll",
    "etc",
    "dkk",
    "dll",
    "vd",
    "ark",
    "erleri",
    "flere",
    "andre",
    "andra",
    "anderen",
    "andere",
    "autres",
    "fl",
    "otros",
    "col",
    "cols",
    "altri",
    "outros",
    "in",
    "kol",
)


def drop_etal(s: str) -> str:
    """``s`` without the "et al." (``_ETAL_ANY``) that closes it, if any."""
    if s.isascii() and not s.rstrip(_AFTER_ETAL).lower().endswith(_ETAL_ENDS):
        return s
    return _ETAL_ANY.sub("", s)


def _conj_split(s: str) -> list[str]:
    """``_CONJ.split(s)``; most parts hold no conjunction and skip the regex ("and", "und" of any case
    hold "nd")."""
    if "&" not in s and "nd" not in s.lower():
        return [s]
    return _CONJ.split(s)


def _upper_start(tok: str) -> bool:
    t = tok.lstrip("'\u2018\u2019(")
    return bool(t) and t[0].isupper()


# Name parts and tokens recur from reference to reference: their verdicts are kept (bounded).
@lru_cache(maxsize=1 << 15)
def _initial_token(t: str) -> bool:
    if t in _DOTTED_SUFFIXES:
        return False  # "Robert D. Van Valin, Jr.": the suffix, not a given name's initials as "Th." is
    # Vancouver's initials outside ASCII ("Kaiser Ł", "Åström KJ") are capitals as much as "JA" is
    return _INITIAL_TOKEN.match(t) is not None or (len(t) <= 3 and t.isalpha() and t.isupper() and not t.isascii())


@lru_cache(maxsize=1 << 15)
def is_initials(s: str) -> bool:
    """``G. M.``, ``J.-P.``, ``V.P.``, ``Th.``: the given-name half of an APA name."""
    toks = s.strip().split()
    if not toks or len(toks) > 5:
        return False
    ok = True
    for t in toks:
        if not _upper_start(t):
            return False
        if _initial_token(t):
            continue
        ok = False
    return ok


def _is_full_given(s: str) -> bool:
    """``Kevin``, ``Glenn T.``, ``Mary-Jane``: a spelled-out given name (1-3 words)."""
    toks = s.strip().split()
    if len(toks) == 1 and toks[0].lower() in SUFFIXES:
        return False  # "King, Jr.": the suffix after a name's comma
    # Portuguese and Spanish given names run longer, with particles ("Diana Maria de Sousa Pinto dos")
    long_romance = len(toks) <= 7 and any(t.islower() and t in PARTICLES for t in toks)
    if not 1 <= len(toks) <= 3 and not long_romance:
        return False
    if has_org_word(s):
        return False
    return all(_upper_start(t) or t.lower() in PARTICLES for t in toks) and not any(
        any(ch.isdigit() for ch in t) for t in toks
    )


def _is_family(s: str, max_words: int = 4) -> bool:
    toks = s.strip().split()
    if not toks or len(toks) > max_words:
        return False
    if any(ch.isdigit() for ch in s):
        return False
    core = [t for t in toks if t.lower() not in PARTICLES]
    if not core or not all(_upper_start(t) or _GLUED_PARTICLE.match(t) for t in core):
        return False
    if len(toks) > 1 and toks[0].lower() in PARTICLES and s.isupper():
        return True  # a family in capitals opening on its particle ("VAN DER POEL"), not initials ("DE Smith")
    return not _initial_token(toks[0]) or len(toks[0]) > 3


# a particle glued to the family's word by an apostrophe, in lower case: "Vatant d’Ollone", "dell'Acqua"
_GLUED_PARTICLE = lazy_pattern(r"(?:d|l|dell|dall|degli|nell|sull|all)['\u2019][A-Z\u00c0-\u00de]")


_CAPITAL_INITIALS = lazy_pattern(r"[A-Z]{1,3}")
_BARE_INITIAL = lazy_pattern(r"[A-Z]")
_DOTTED_INITIAL = lazy_pattern(r"[A-Z]\.")
# four to six capitals with no vowel: a Vancouver name's initials, more than "JA" holds
_LONG_INITIALS = lazy_pattern(r"[B-DF-HJ-NP-TV-Z]{4,6}")
_DEVOTION_INITIALS = lazy_pattern(_DEVOTION_LETTERS)
# given names written short with a stop ("Smith J. Th.", "Anna M. Ch."): never a family after a middle initial
_SHORT_GIVEN = frozenset(
    "Th Ch Ph Chr Fr Wm Jos Jas Geo Chas Edw Thos Benj Hy Jno Joh Wilh Gust Aug Alex Rob Sam Herm Ulr Ferd Heinr "
    "Friedr Ludw".split()
)
# an older German list's "Haller Joh.", "Jordan Herm.", "Heijnen, Joh.": the family name, then the given name
# written short
# (not the short forms that are given names whole, "Alex", "Sam": "Gil, Alex." closes on the list's stop)
_WRITTEN_SHORT = "|".join(sorted(_SHORT_GIVEN - {"Alex", "Rob", "Sam", "Aug", "Gust"}))
_FAMILY_SHORT_GIVEN = lazy_pattern(rf"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?,? (?:{_WRITTEN_SHORT})\.")
_CLOSED_WORD = lazy_pattern(r"[A-Z][a-z]+\.")
_DIGIT = lazy_pattern(r"\d")
# NLM's generational suffix after the initials: "Gilstrap LC 3rd" (no digit of a body's name)
_ORDINAL_SUFFIX = lazy_pattern(r"(?<=[A-Z]) (?:2nd|3rd|4th)$")
# ("; and" before the last name is one separator: "Hunt, Shanda; and Hadley, Hannah")
# (the last name may follow "; and" in any language: "…; e Tibshirani, Rob", "…; y García, A.")
_SEMICOLON = lazy_pattern(r"\s*;\s*(?:and\s+|(?:und|et|e|y|&)\s+(?=[A-Z\u00c0-\u00de]))?")
_VANCOUVER_NAME = lazy_pattern(rf"[A-Z][^\W\d_]+(?:[-'\u2019][^\W\d_]+)?\s+{LATIN_CAPITAL}{{1,3}}")
# a name its bearer writes in lower case, inverted ("hooks, bell", "boyd, d."): a person, not two families
_LOWER_FAMILY = lazy_pattern(r"[a-z\u00df-\u00ff][a-z\u00df-\u00ff'\u2019-]+")
_LOWER_GIVEN = lazy_pattern(r"[a-z\u00df-\u00ff]{2,}|(?:[a-z]\.\s?)+")


def _given_particle(toks: list[str]) -> bool:
    """``Le Hou``, ``Da Pan``, ``Bin Xiao``: a capitalised word that is also a particle, then one Chinese syllable,
    is a given name and a family name in natural order, not a family name opening on its particle (``Van Gogh``)."""
    return (
        len(toks) == 2
        and toks[0].lower() in PARTICLES
        and toks[0][1:].islower()
        and toks[0][:1].isupper()
        and bool(_ONE_SYLLABLE.fullmatch(toks[1]))
    )


def _is_single_family(s: str) -> bool:
    # "Seaborg", "van der Berg", "Ashton-Beaucage", "O'Neil": one surname
    toks = s.strip().split()
    if _given_particle(toks):
        return False
    # "Van Damme" has a particle; the "E" of Vancouver "Darlington E" is an initial
    if len(toks) > 1 and _CAPITAL_INITIALS.fullmatch(toks[-1]):
        return False  # Vancouver "Du A", "Le QV": a family and initials
    # a particle opens a family name: the last word is the family's own ("Minh Le", not "Le" a particle)
    core = [t for t in toks[:-1] if not (t.lower() in PARTICLES and (t[:1].islower() or t[1:].islower()))]
    return not core and _is_family(s)


def _no_suffix(family: str) -> str:
    """``Nash Jr`` without the suffix its family name carries; any other name as it is."""
    head, _, last = family.rpartition(" ")
    return head if head and last in _FAMILY_SUFFIXES else family


# a Dutch particle of two words closing an inverted name's given name ("Titia van der", "K. van den", "J. van 't");
# one word ("Ludwig van", "Miguel de", "John von") is left to the given name, as CSL's dropping particle
_DUTCH_PARTICLE_AFTER = lazy_pattern(r"\s+(van (?:der|den|de|het|'t)|in 't)$")


def make_person(family: str, given: str | None = None, suffix: str | None = None) -> Name:
    """A CSL person; lowercase leading particles go to ``non-dropping-particle``."""
    family = family.strip(" ,")
    name: Name = {}
    toks = family.split()
    if not suffix and (stem := _no_suffix(family)) != family:
        suffix = family[len(stem) :]  # Scholar's "Nash Jr, John F.": the suffix written after the family name
        family, toks = stem, stem.split()
    i = 0
    while i < len(toks) - 1 and toks[i].lower() in PARTICLES and toks[i][:1].islower():
        i += 1
    if i:
        name["family"] = " ".join(toks[i:])
        name["non-dropping-particle"] = " ".join(toks[:i])
    else:
        name["family"] = family
    if given:  # no stop or colon before initials: "1976. R. H. Lathwell" leaves the year's stop before them
        name["given"] = given.strip(" ,").lstrip(".:; ")
        if i == 0 and (m := _DUTCH_PARTICLE_AFTER.search(name["given"])) and m.start():
            # Dutch catalogues' "Werf, Titia van der": the particle printed after the given name is the family's
            name["given"] = name["given"][: m.start()]
            name["non-dropping-particle"] = m.group(1)
    if suffix:
        name["suffix"] = suffix.strip(" ,")
    return name


# a word on a family name's elided particle: "D'Agostino", "Dell'Acqua", "O'Brien" (no given name is written so)
_ELIDED_FAMILY = lazy_pattern(r"(?:D|Dell|Dall|O)['\u2019][A-Z][a-z]+")


def _natural(s: str) -> Name | None:
    """``Arthur C. Wahl`` / ``S. Heald`` / ``Smith JA`` -> a person."""
    toks = s.split()
    if len(toks) < 2:
        return None
    suffix = None
    if len(toks) == 2 and toks[1].endswith(".") and _FAMILY_SHORT_GIVEN.fullmatch(s):
        return make_person(toks[0].rstrip(","), toks[1])
    # Vancouver "Piva SR" / "Curtis JR" are initials; "Jr", "Jr." and "III" are suffixes
    if toks[-1].lower().strip(",") in SUFFIXES and toks[-1].strip(",") not in ("SR", "JR"):
        suffix = toks.pop()
    if (
        len(toks) >= 3
        and _CLOSED_WORD.fullmatch(toks[-1])
        and (
            _BARE_INITIAL.fullmatch(toks[-2])
            or (
                _DOTTED_INITIAL.fullmatch(toks[-2])
                and not _initial_token(toks[0])
                and toks[-1][:-1] not in _SHORT_GIVEN
            )
        )
    ):
        # "Quoc V Le.", "Quoc V. Le.": a middle initial, the family and the list's full stop
        toks[-1] = toks[-1][:-1]
    if (trailing := _particle_after_initials(toks)) is not None:
        return make_person(" ".join(toks[:trailing]), " ".join(toks[trailing:]), suffix)
    # Vancouver-like "Family GA" / "Heidegger M." / "Van de Casteele M"
    k = len(toks)
    if k > 1 and _LONG_INITIALS.fullmatch(toks[-1]) and not toks[-2].isupper():
        k -= 1  # Dutch names' many initials ("van der Heijden BGJMG"): capitals no word or acronym spells
    while k > 1 and (
        _initial_token(toks[k - 1]) and _upper_start(toks[k - 1]) or _DEVOTION_INITIALS.fullmatch(toks[k - 1])
    ):
        k -= 1
    if 0 < k < len(toks) and not _initial_token(toks[0]):
        return make_person(" ".join(toks[:k]), " ".join(toks[k:]), suffix)
    if _initials_two_words(toks):  # "N. P. Chue Hong": two family words
        return make_person(" ".join(toks[-2:]), " ".join(toks[:-2]), suffix)
    if _joined_families(toks):  # "D. Oliveira e Silva", "José Ortega y Gasset": one family name
        return make_person(" ".join(toks[-3:]), " ".join(toks[:-3]), suffix)
    j = len(toks) - 1
    while j > 1 and toks[j - 1].lower() in PARTICLES and toks[j - 1].lower() not in ("e", "y"):
        j -= 1
    j = _particle_start(toks, j)
    if _word_before_particle_after_initials(toks, j):
        j -= 1  # "D. Montes de Oca Zapiain", "A. Dasnières de Veigy": the word before the particle is the family's
    opens = toks[0][:1].islower() or len(toks) == 2 and not _given_particle(toks) or _capital_particle_run(toks)
    if j == 1 and toks[0].lower() in PARTICLES and opens:
        return make_person(" ".join(toks), None, suffix)  # "Van Gogh", "Le Monde": the particle begins the name
    if j == 0:
        return None
    if j == len(toks) - 1 >= 2 and toks[j] in LUSO_GENERATIONAL and _upper_start(toks[j - 1]):
        j -= 1  # "José Geraldo Simões Júnior", "Maria Berthilde Moura Filha": the word before is the family's
    elif j >= 2 and _PATRONYMIC.fullmatch(toks[j - 1]):
        j -= 1  # "Camino Fernández Llamas", "L. Perez Caceres": the patronymic opens a double family name
    elif (
        j == len(toks) - 1 >= 2
        and _iberian_first_family(toks[j - 1])
        and (_iberian_tail(toks, j) or all(_initial_token(t) for t in toks[: j - 1]))
    ):
        # "Gabriel García Márquez", "Juan Moreno Villa": a common Spanish first surname before the last (after
        # initials alone whatever the last: "V. Muñoz Albornoz")
        j -= 1
    elif j == len(toks) - 1 >= 2 and _ACCENTED_PATRONYMIC.fullmatch(toks[j]) and _second_family(toks[:j]):
        j -= 1  # "A. Mena López": after initials, the word before an accented patronymic is the first surname
    elif (
        j == len(toks) - 1 >= 2
        and _ELIDED_FAMILY.fullmatch(toks[j - 1])
        and all(is_initials(t) for t in toks[: j - 1])
    ):
        j -= 1  # "L. D'Agostino McGowan": after initials, a word on an elided particle is a family name's
    elif j >= 2 and toks[j - 1] in _SAINT_WORDS and all(is_initials(t) for t in toks[: j - 1]):
        j -= 1  # "J. San Miguel", "R. Santa Cruz": a saint's name after the initials opens the family name
    elif j >= 3 and (particle := _capital_particle_after_initials(toks, j)) is not None:
        j = particle  # "E. Le Roy Ladurie", "M. De La Cruz": after initials, a capital particle opens the family
    return make_person(" ".join(toks[j:]), " ".join(toks[:j]), suffix)


# the particles a family name opens on written with a capital ("Le Roy Ladurie", "Van der Waals", "Dos Santos")
CAPITAL_PARTICLES = frozenset(
    ["Le", "La", "Les", "De", "Du", "Des", "Van", "Von", "Da", "Di", "Del", "Della", "Dal", "Dos"]
)


def _capital_particle_run(toks: list[str]) -> bool:
    """``Van der Meer``, ``De la Cruz``, ``Von der Heyden``: a capital particle and a lower-case one open a family
    name (no given name opens so)."""
    return len(toks) >= 3 and toks[0] in CAPITAL_PARTICLES and toks[1] in PARTICLES and toks[1][:1].islower()


def _capital_particle_after_initials(toks: list[str], j: int) -> int | None:
    """Where a capital particle after the given initials (and before ``j``, where the family was read to start) is."""
    k = 0
    while k < j and is_initials(toks[k]):
        k += 1
    return k if 0 < k < j - 1 and toks[k] in CAPITAL_PARTICLES else None


def _particle_after_initials(toks: list[str]) -> int | None:
    """Where the given name starts in Elsevier's and INBO's ``Emden H. van``, ``Lei J. van der``, ``Hoen P.A.C.
    ’t``: a family name, its initials, then the particle it drops when inverted (which the given name keeps,
    as in ``Gennep, Arnold van``); None for any other name."""
    p = len(toks)
    while p > 2 and (toks[p - 1] in PARTICLES and toks[p - 1][:1].islower() or toks[p - 1] in ("'t", "’t")):
        p -= 1
    if p == len(toks) or _initial_token(toks[0]):
        return None
    k = p
    while k > 1 and _initial_token(toks[k - 1]) and _upper_start(toks[k - 1]):
        k -= 1
    return k if 0 < k < p else None


# a saint's title that opens Iberian and other family names ("San Miguel", "Santa Cruz", "São Paulo",
# "St. Clair"): no given name after initials
_SAINT_WORDS = frozenset(["San", "Santa", "Santo", "São", "St.", "Saint", "Sainte"])
# Portuguese generational words, part of the family name they close ("Reis Filho", "Simões Júnior", "Moura Neto")
LUSO_GENERATIONAL = frozenset(["Filho", "Filha", "Neto", "Neta", "Júnior", "Sobrinho", "Sobrinha"])
# Spanish patronymic family names ("Fernández", "Sánchez", "Gutierrez", "Pérez"): no given name ends so
# ("Inez" is too short)
_PATRONYMIC = lazy_pattern(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}[eé]z")
# a patronymic written with its accent (``López``, ``Gómez``, ``Fernández``): Spanish, whose people carry two
# surnames
_ACCENTED_PATRONYMIC = lazy_pattern(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]*[áéíóú][a-záéíóúñ]*[eé]z|[A-Z][a-zñ]{2,}éz")
# Spain's and Latin America's commonest first surnames that are no patronymic and no given name: in natural
# order before one more capitalised word they open a double family name
_IBERIAN_FIRST_FAMILY = frozenset(
    "García Garcia Ruiz Díaz Moreno Muñoz Romero Alonso Navarro Torres Ramos Serrano Blanco Molina Morales Ortega "
    "Delgado Castro Ortiz Rubio Marín Iglesias Medina Garrido Cortés Castillo Lozano Guerrero Cano Prieto Calvo "
    "Gallego Herrera Peña Cabrera Vega Fuentes Carrasco Caballero Nieto Aguilar Herrero Montero Hidalgo Durán "
    "Vargas Carmona Crespo Velasco Soler Parra Bravo Gallardo Rojas Guzmán Salazar Mejía Castaño Quintero "
    "Zapata Arango Cárdenas Espinosa Villalobos Mendoza Sandoval Cisneros Ochoa Beltrán Sierra Rivera Restrepo "
    "Montoya Giraldo Osorio Acosta Correa Arias Pardo Duque Londoño Aristizabal Aristizábal".split()
)


# Flemish particles written as one capitalised word (``Vande Moere``, ``Vanden Berghe``, ``Vander Zanden``) and the
# Gaelic ``Mac`` written apart (``Saunders Mac Lane``): they open a family name and close no given name
JOINED_PARTICLES = frozenset(["Vande", "Vanden", "Vander", "Mac"])


def family_word_in_given(given: str, family: str) -> bool:
    """Whether a name read in natural order as ``given`` and ``family`` left its family name's first word closing the
    given name: a Flemish particle written as one word or ``Mac`` (``Andrew Vande`` and ``Moere``), or a capitalised
    word no given-name list knows before a Spanish first surname or an accented patronymic, the given name written out
    (``Catalina Naumis`` and ``Peña``, ``Miguel Ángel Conde`` and ``González``: Spanish people carry two surnames;
    ``María Dolores Sáez``, ``Juan Pablo Alperin`` keep a second given name)."""
    toks = given.split()
    if len(toks) < 2:
        return False
    last = toks[-1]
    if last in JOINED_PARTICLES:
        return True
    return (
        (family in _IBERIAN_FIRST_FAMILY or _ACCENTED_PATRONYMIC.fullmatch(family) is not None)
        and not _initial_token(toks[0])
        and _capitalised_word(last)
        and not _initial_token(last)
        and not _given_word(last)
    )


def _iberian_first_family(word: str) -> bool:
    """A common Spanish first surname, as written or in capitals (``LILIANA GARCIA MENESES``)."""
    return word in _IBERIAN_FIRST_FAMILY or word.isupper() and word.title() in _IBERIAN_FIRST_FAMILY


def _iberian_tail(toks: list[str], j: int) -> bool:
    """Whether the name after a common Spanish first surname reads Spanish too: the last word accented or a
    patronymic or a first surname itself, or a Spanish given name first (not ``Maria Torres Smith``)."""
    last = toks[j]
    return (
        _PATRONYMIC.fullmatch(last) is not None
        or any(c in "áéíóúñÁÉÍÓÚÑ" for c in last)
        or last in _IBERIAN_FIRST_FAMILY
        or unicodedata.normalize("NFKD", toks[0].lower()).encode("ascii", "ignore").decode() in _IBERIAN_GIVEN
    )


def _second_family(given: list[str]) -> bool:
    """Whether the words before an accented patronymic are initials and one capitalised word that is no
    given name (``A. Mena``): that word is the person's first surname."""
    *initials, word = given
    return (
        bool(initials)
        and all(_initial_token(t) for t in initials)
        and _capitalised_word(word)
        and not _initial_token(word)
        and not _given_word(word)
    )


# one initial or several written close, each one letter ("D.", "C.A.", "J.-P."): no title ("Dr.") nor short given name
_LETTER_INITIALS = lazy_pattern(r"[A-Z]\.(?:-?[A-Z]\.)*")


def _initials_two_words(toks: list[str]) -> bool:
    """Two or more initials, then two capitalised words of which the first is no common given name:
    the initials are the whole given name and the family name has two words. (After one initial the
    first word is a given name the person goes by: ``W. Bruce Croft``, ``S. Chris Colbert``.) One initial (or
    INSPIRE's initials written close, ``C.A. Arguelles Delgado``) counts so where the words are a Spanish double
    family name (``D. Aristizabal Sierra``; ``P.S. Bhupal Dev`` goes by his middle name)."""
    k = len(toks) - 2
    return (
        # "C.A. Arguelles Delgado": two initials in one word, a Spanish family ("P.S. Bhupal Dev" goes by his name)
        (
            k > 1
            or k == 1
            and (toks[0].count(".") >= 2 or _LETTER_INITIALS.fullmatch(toks[0]) is not None)
            and any(_iberian_word(t) for t in toks[1:])
        )
        and all(is_initials(t) for t in toks[:k])
        and all(t[:1].isupper() and len(t) > 1 and t.replace("-", "").isalpha() for t in toks[k:])
        and "lx=given" not in LEXICON.get(toks[k].lower(), ())
    )


# German and Dutch particles, which open the family name alone (no word before them is the family's) but for a
# title of nobility, which German names carry as part of the family name (``H.-C. Graf von Bothmer``)
_GERMANIC_PARTICLES = frozenset(["von", "van", "vom", "zu", "zum", "zur", "ten", "ter"])
_NOBILITY_TITLES = frozenset(
    "Graf Gräfin Freiherr Freifrau Freiin Baron Baronin Prinz Prinzessin Fürst Fürstin Herzog Herzogin Ritter Edler "
    "Edle Markgraf Landgraf Reichsgraf".split()
)


def _word_before_particle_after_initials(toks: list[str], j: int) -> bool:
    """Initials, then a capitalised word that is no common given name, then the lowercase particle at ``j``:
    the given name is the initials, and the family name opens with that word (Iberian and French compound
    family names); a given name written out stays the given name's (``J. Carlos de Souza``), as it does before
    a German or Dutch particle, which opens no such compound (``O Anatole von Lilienfeld``)."""
    return (
        2 <= j < len(toks) - 1
        and toks[j][:1].islower()
        and toks[j] in PARTICLES
        and (toks[j] not in _GERMANIC_PARTICLES or toks[j - 1] in _NOBILITY_TITLES)
        and all(is_initials(t) for t in toks[: j - 1])
        and _capitalised_word(toks[j - 1])
        and not is_initials(toks[j - 1])
        and "lx=given" not in LEXICON.get(toks[j - 1].lower(), ())
    )


def family_after_middle_initial(name: Name) -> Name:
    """A person read in natural order as ``given`` ``Gabriel A. Torres`` and ``family`` ``Colón``: a given
    name written out, middle initials, then two capitalised words. Where a list writes every later name in
    natural order (Chicago's ``…, and Gabriel A. Torres Colón``, ``Nelly M. Robles García``), the middle
    initial closes the given name, so both words are the family name; ``name`` itself otherwise."""
    given, family = str(name.get("given") or ""), str(name.get("family") or "")
    toks = given.split()
    if (
        len(toks) >= 3
        and family
        and " " not in family
        and not _initial_token(toks[0])
        and _capitalised_word(toks[0])
        and _initial_token(toks[-2])
        and all(_capitalised_word(t) and t.lower() not in PARTICLES for t in (toks[-1], family))
        and "non-dropping-particle" not in name
    ):
        return {**name, "family": f"{toks[-1]} {family}", "given": " ".join(toks[:-1])}
    return name


def _joined_families(toks: list[str]) -> bool:
    """Portuguese and Spanish family names joined by ``e`` or ``y`` (``OLIVEIRA E SILVA``) after a given
    name: the joined words are one family name, not a given name's end."""
    return (
        len(toks) >= 4
        and toks[-2].lower() in ("e", "y")
        and all(t[:1].isupper() and len(t) > 1 and t.replace("-", "").isalpha() for t in (toks[-3], toks[-1]))
        and not _initial_token(toks[-3])
    )


def _particle_start(toks: list[str], j: int) -> int:
    """Where the family name starts in ``toks`` (found to start at ``j``): at a lowercase particle
    before it that only capitalised words follow ("Felipe da Veiga Leprevost")."""
    for i in range(1, j):
        t = toks[i]
        if (end := _devotional_given_end(toks, i)) is not None:
            return max(j, end)  # "M. del Carmen López-Barrera": the particle belongs to the given name
        if t[:1].islower() and t in PARTICLES and t not in ("e", "y"):
            k = i + 1
            while k < len(toks) - 1 and toks[k][:1].islower() and toks[k] in PARTICLES and toks[k] not in ("e", "y"):
                k += 1  # the particle's article is the family's too: "Ernesto de la Torre Villar"
            rest = toks[k:]
            if all(_capitalised_word(x) or _inner_particle(x, toks[:i]) for x in rest) and _capitalised_word(rest[-1]):
                return i
            break
    return j


# Spanish given names that close on a devotion ("María del Carmen", "M. de los Ángeles", "Ana del Pilar"): the
# particle and the word after it are the given name's, when a family name follows them
_DEVOTIONAL_GIVEN = frozenset(
    [
        "del Carmen",
        "del Pilar",
        "del Mar",
        "del Rosario",
        "del Socorro",
        "del Consuelo",
        "del Rocío",
        "del Rocio",
        "del Sagrario",
        "de los Ángeles",
        "de los Angeles",
        "de los Dolores",
        "de los Remedios",
        "de las Mercedes",
        "de las Nieves",
        "de la Luz",
        "de la Concepción",
        "de Lourdes",
        "de Fátima",
    ]
)


def _devotional_given_end(toks: list[str], i: int) -> int | None:
    """Where the family name starts after a devotional given name's close at ``toks[i]`` (``del Carmen`` in
    ``M. del Carmen López-Barrera``), or None when none is there or no capitalised word follows it."""
    if toks[i] not in ("del", "de"):
        return None
    for k in (i + 2, i + 3):
        if k < len(toks) and " ".join(toks[i:k]) in _DEVOTIONAL_GIVEN:
            return k if _capitalised_word(toks[k]) else None
    return None


def devotional_given_opening(text: str) -> int:
    """The length of the devotional given name opening ``text`` and closed by a full stop (``María del Pilar.
    Los libros …`` gives that of ``María del Pilar``), or 0."""
    toks = text[:60].split(None, 4)
    for n in (3, 4):
        if len(toks) > n and _capitalised_word(toks[0]) and toks[n - 1].endswith("."):
            close = " ".join(toks[1:n])[:-1]
            if close in _DEVOTIONAL_GIVEN:
                return text.index(toks[n - 1]) + len(toks[n - 1]) - 1
    return 0


def _capitalised_word(word: str) -> bool:
    return word[:1].isupper() and len(word) > 1 and word.replace("-", "").isalpha()


def bare_family(part: str) -> bool:
    """A family name written alone in a list of them: ``Haak``, ``van Gunsteren`` (its particles in lower case
    before it), ``MacKerell Jr.``, ``Goddard III`` (its suffix after it)."""
    toks = part.split()
    if len(toks) > 1 and toks[-1] in _FAMILY_SUFFIXES:
        toks = toks[:-1]
    while len(toks) > 1 and toks[0] in PARTICLES and toks[0].islower():
        toks = toks[1:]
    return len(toks) == 1 and _capitalised_word(toks[0])


def _inner_particle(word: str, given: list[str]) -> bool:
    """A particle inside a family name after initials: ``R. R. de Ruyter van Steveninck``."""
    return word in PARTICLES and word not in ("e", "y") and all(is_initials(g) for g in given)


def natural_name(part: str) -> bool:
    """``James J. Wray``, ``Neta A. Bahcall``: given names (or initials), then a spelled-out family name."""
    toks = part.split()
    return (
        2 <= len(toks) <= 4
        and all(_upper_start(t) or t.lower() in PARTICLES for t in toks)
        and not _initial_token(toks[-1])
        and len(toks[-1]) > 1
        and not any(ch.isdigit() for ch in part)
    )


# German "In: Heyer, Peter u.a.: Titel", "In: Biewer, G./Luciak, M.: Titel": names written family first, joined by
# "/", ";" or "und", maybe "u.a." (and others), then a colon before the book: the book's editors with no role word
_INVERTED = (
    r"[A-ZÀ-Þ][\w'-]+(?:\s[A-ZÀ-Þ][\w'-]+)?,\s*(?:[A-ZÀ-Þ][\w'-]+|[A-Z]\.)(?:[\s-]?(?:[A-ZÀ-Þ][\w'-]+|[A-Z]\.)){0,2}"
)
_INVERTED_EDITORS = lazy_pattern(
    rf"(?P<names>{_INVERTED}(?:\s*(?:/|;|\bund\b)\s*{_INVERTED})*(?:\s*(?:u\.\s?a\.|et\s+al\.))?)\s*:\s+(?=[^\W\d_])"
)
# the word classes a person's name may hold: given names, "und", "et al." (initials and "u.a." are not looked up)
_NAME_CLASSES = frozenset(["lx=given", "lx=conj", "lx=etal"])
_NAME_WORDS = lazy_pattern(r"[^\W\d_]{2,}")


def inverted_editors(s: str, pos: int = 0) -> re.Match[str] | None:
    """The German editors ``Heyer, Peter u.a.:`` at ``s[pos:]`` (names, then the colon before the book), or
    ``None``; ``Proceedings, Fifth Conference:`` is no list of names (a word of the parser's lexicon other
    than a given name, or a body's word, is in it), nor is ``Geschichte, Kultur:`` (one name, no known given
    name)."""
    m = _INVERTED_EDITORS.match(s, pos)
    if m is None or has_org_word(m["names"]):
        return None
    names = m["names"]
    if not any(mark in names for mark in ("/", ";", " und ", "a.", "al.")):
        # one name and no "u.a.": its given name must be one (or initials), as "Kultur" in "Geschichte, Kultur:" is not
        given = names.split(",", 1)[1].split()
        if not (known_given(given[0]) or is_initials(given[0])):
            return None
    words = _NAME_WORDS.findall(names.lower())
    return m if all(_NAME_CLASSES.issuperset(LEXICON.get(w, ())) for w in words) else None


# the editors named before their role at the end of a book's element, as many author-date lists print them:
# "In Book, K. Barnes et al. eds., 101-20", "In Book, R. T. Fenwick and L. M. Ortiz, eds."
_ROLE_AFTER_NAMES = lazy_pattern(r",?\s+\(?(?:eds?|editors?)\.?\)?[.,]?\s*$")
# one comma-part of those names, each person with an initial: "K. Barnes et al.", "and L. M. Ortiz", "L. Smith"
_INITIALLED = r"[A-Z][a-z]?\.(?:\s?-?[A-Z][a-z]?\.)*\s?[A-Z][\w'’-]+(?:,?\s+Jr\.)?"
_IN_WORD = lazy_pattern(r"^\s*(?:In:?|in)\s+")
_INITIALLED_PART = lazy_pattern(
    rf"(?:Jr\.?\s+)?(?:(?:and|&)\s+)?{_INITIALLED}(?:\s+(?:and|&)\s+{_INITIALLED})*(?:,?\s+et\s+al\.?)?|Jr\.?"
)


def names_before_role(s: str) -> tuple[int, int] | None:
    """Where initialled names closed by their role word (``Book, K. Barnes et al. eds.``) begin and end in
    ``s``, the book before them; ``None`` where ``s`` does not end so or holds nothing before them."""
    rm = _ROLE_AFTER_NAMES.search(s)
    if rm is None:
        return None
    parts = s[: rm.start()].split(", ")
    k = len(parts)
    while k > 1 and _INITIALLED_PART.fullmatch(parts[k - 1]):
        k -= 1
    if k == len(parts) or parts[k].startswith("Jr"):
        return None
    if k == 1 and _INITIALLED_PART.fullmatch(_IN_WORD.sub("", parts[0], count=1)):
        return None  # "In D.J. Maguire, M.F. Goodchild and D.W. Rhind (eds)": every part is a name
    return len(", ".join(parts[:k])) + 2, rm.start()


# "[,;&]|\band\b", opening on one class of characters (the regex engine skips to one)
_CLOSING_SUFFIX = lazy_pattern(r"(?<=\w)\s+(?:Jr|Sr)\.?$")
_PART_SEPARATOR = lazy_pattern(r"[,;&a](?:(?<=[,;&])|(?<=\ba)nd\b)")
# inverted names joined by "and", "&" or ";", each "Family Words, Given Words" (a family may have two words)
_INVERTED_NAME = r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}, [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2}"
_INVERTED_PAIRS = lazy_pattern(rf"^{_INVERTED_NAME}(?:\s*(?:,?\s*(?:and|&)|;)\s+{_INVERTED_NAME})+$")
# (the family may open on its lower-case particle: "van Aggelen, Astrid", "de Vries, Jan")
_FAMILY_COMMA_GIVEN = lazy_pattern(
    rf"^(?:(?:van|von|de|der|den|du|da|di|del|dos|das|le|la|ten|ter|te)\s+){{0,2}}{_LETTER}[\w'\u2019-]+,\s*{_LETTER}"
)


# a text is often asked twice in a row (names_from_span, then parse_names): the last few are kept
@lru_cache(maxsize=64)
def _vancouver_family(part: str) -> str:
    """The words of ``Lange OF`` or ``Leaver-For A`` an organisation's name could hold: not its
    initials ("OF"), nor the halves of a hyphenated family name ("For")."""
    if not _VANCOUVER.match(part):
        return part
    return " ".join(t for t in part.split()[:-1] if "-" not in t)


# a family name on its Gaelic or Norman prefix: "MacCulloch", "McDonald", "O'Brien", "FitzGerald"
_PREFIXED_FAMILY = lazy_pattern(r"^(?:Mc|Mac|O['\u2019]|Fitz)[A-Z][a-z]+$")


def looks_personal(s: str) -> bool:
    """True when the segment contains the APA ``Family, G.`` pattern (or a
    Vancouver ``Family GA``, or a list of whole natural-order names): evidence
    that it lists persons, not a group."""
    s = clean_space(unmark(s))
    if s.endswith(".") and _FAMILY_SHORT_GIVEN.fullmatch(s):
        return True
    # "J. L. Brown, Jr.", "H. W. Lenstra Jr.": a suffix after its comma is no name of its own, nor one closing it
    suffixed = "Jr" in s or "Sr" in s  # (the suffix's words, which most lists lack: the pattern only where they stand)
    parts = [
        _CLOSING_SUFFIX.sub("", p.strip()) if suffixed else p.strip()
        for p in _PART_SEPARATOR.split(s)
        if p.strip() and p.strip().lower() not in SUFFIXES
    ]
    if any(is_initials(p) for p in parts[1:]):
        return True
    # "James J. Wray, Neta A. Bahcall, Paul Bode": no part is a bare family name or bare initials
    if len(parts) >= 3 and all(natural_name(p) for p in parts) and not has_org_word(s):
        return True
    # two such names, the first opening with a common given name: "Carl Boettiger, Alan Hastings"
    # (not "García Márquez, Gabriel José", one person inverted)
    if (
        len(parts) == 2
        and "lx=given" in LEXICON.get(parts[0].split()[0].lower(), ())
        and all(natural_name(p) for p in parts)
        and not has_org_word(s)
    ):
        return True
    # two such names parted by a semicolon, which no inverted name holds: "Tomás Mier; Larisha Paul"
    if (
        len(parts) == 2
        and ";" in s
        and all(natural_name(p) and not _body_words(p) for p in parts)
        and not has_org_word(s)
    ):
        return True
    # one person inverted with a family of two or three words: "García Márquez, Gabriel José", "Daudinot
    # Founier, Isabel" (Spanish and Portuguese surnames)
    if len(parts) == 2 and _inverted_compound(parts[0], parts[1]) and not has_org_word(s):
        return True
    # "A Rotnitzky and NP Jewell", "B Gillespie": a lone name only with one initial ("US Navy", "UN Women" are bodies)
    if (
        parts
        and all(_BARE_INITIALS_FIRST.match(p) for p in parts)
        and (len(parts) > 1 or parts[0][1] == " ")
        and not has_org_name_word(s)
    ):
        return True
    # "Michael Sweet", "Xu Guo and Wei Pan": one or two natural names (given name, family name), one of them
    # opening with a common given name and none closing on one ("Lemercier Claire" may be inverted)
    if (
        len(parts) <= 2
        and all(len(p.split()) == 2 and natural_name(p) for p in parts)
        and any("lx=given" in LEXICON.get(p.split()[0].lower(), ()) for p in parts)
        and not any("lx=given" in LEXICON.get(p.split()[-1].lower(), ()) for p in parts)
        and not has_org_name_word(s)
    ):
        return True
    # "Diarmaid MacCulloch", "Conor O'Brien": a given name, then a family name on its Gaelic or Norman prefix
    if (
        len(parts) <= 2
        and all(len(p.split()) == 2 and natural_name(p) and _PREFIXED_FAMILY.match(p.split()[1]) for p in parts)
        and not has_org_name_word(s)
    ):
        return True
    # "Ralf van Bühren", "Anna de la Cruz": a common given name, then a family name with its lower-case particles
    if len(parts) <= 2 and all(_particle_family_after_given(p) for p in parts) and not has_org_name_word(s):
        return True
    # Vancouver "Family GA" / natural "J. C. Family" parts (Elsevier's and INBO's "Emden H. van" too: a family
    # name, dotted initials, the particle it drops inverted)
    if parts and all(
        _VANCOUVER.match(p) or _INITIALS_FIRST.match(p) or "." in p and _particle_after_initials(p.split()) is not None
        for p in parts[: min(len(parts), 3)]
    ):
        return not has_org_word(_vancouver_family(parts[0])) or _dotted_initials_named(parts[0])
    # "Cabunoc Mayes, Abigail and McKay, Sheldon" (the cheap tests first)
    if (
        len(parts) >= 4
        and (" and " in s or "&" in s or ";" in s)
        and _INVERTED_PAIRS.match(s)
        and not any(has_org_word(p) for p in parts)
    ):
        return True
    return bool(_FAMILY_COMMA_GIVEN.match(s)) and not has_org_word(s.split(",")[0])


def _particle_family_after_given(part: str) -> bool:
    toks = part.split()
    return (
        3 <= len(toks) <= 5
        # a given name the lexicon knows, or a Dutch or German particle, which no body's name holds ("Banco de
        # España" has the Spanish one)
        and ("lx=given" in LEXICON.get(toks[0].lower(), ()) or toks[1] in ("van", "von", "ten", "ter"))
        and all(t.islower() and t in PARTICLES for t in toks[1:-1])
        and _upper_start(toks[-1])
        and len(toks[-1]) > 1
        and not any(ch.isdigit() or ch == "." for ch in part)
    )


_FINAL_PERIOD = lazy_pattern(r"\.$")
# (an "&" between capitals with no space about it is a firm's initials: "S&P Global", "AT&T Labs")
_GROUPS = lazy_pattern(r"\s*(?:;|(?<![A-Z])&|&(?![A-Z]))\s*")
# "Administration for Children & Families", "Department of Health & Human Services": an "&" joining
# what "for"/"of" governs, a word or two closing the name, is inside one body's name
_GOVERNED_AMPERSAND = lazy_pattern(r"\b(?:for|of)\s+(?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*\s*&\s*[A-Z]")


# "McKinsey & Co.", "Procter & Gamble Co.", "W. Smith & Sons": a firm's name closing on its company word after
# the "&" is one body
_FIRM_AMPERSAND = lazy_pattern(r"&\s*(?:[A-Z][\w'\u2019-]*\s+)?(?:Co|Company|Sons|Partners|Associates|Bros)\.?$")


# a firm's closing word that no family name has: "Revolution Analytics", "Bull Technologies", "Kaspersky Labs"
_FIRM_WORDS = frozenset(["Analytics", "Technologies", "Software", "Solutions", "Consulting", "Labs"])
# given names in natural order, then the family name in capitals (Vietnamese "Hai LE", "Thi Minh LE", French
# "Jean-Pierre DUPONT")
_CAPITALS_FAMILY_LAST = lazy_pattern(r"[A-Z][a-z]+(?:[-\s][A-Z][a-z]+){0,2}\s[A-Z]{2,}")
_LEGAL_FORMS = frozenset(["Inc.", "Inc", "Ltd.", "Ltd", "LLC", "Corp."])
_ACRONYM_OR_WORD = lazy_pattern(r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}")


_FIRM_AMP_LEGAL_FORM = lazy_pattern(r"(?P<body>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*&\s*(?P<form>Inc|Ltd|Corp)\.?")


def firm_and_legal_form(s: str) -> str | None:
    """``RStudio & Inc.``: a firm with its legal form listed as one more name, as R's author lists print
    ``RStudio, Inc.``; the firm's name, else None."""
    m = _FIRM_AMP_LEGAL_FORM.fullmatch(s) if "&" in s else None
    return f"{m['body']}, {m['form']}." if m else None


def _group_split(s: str) -> list[str]:
    """Group authors apart at "&" and ";", keeping an "&" inside one body's name."""
    if "&" in s and ";" not in s and len(s[s.index("&") + 1 :].split()) <= 2 and _GOVERNED_AMPERSAND.search(s):
        return [s]
    if s.count("&") == 1 and ";" not in s and _FIRM_AMPERSAND.search(s):
        return [s]
    return _GROUPS.split(s)


_KEEP_PERIOD = lazy_pattern(r"(?:^|[\s.-])[^\W\d_]\.$|\b(?:Jr|Sr)\.$")
# an emphasis mark standing alone at an edge of the names, its partner lost (``NIST. *Title. 2019.``, the
# italics never closed): markup, not a name
_STRAY_MARK = lazy_pattern(r"^[*_]+\s+|\s+[*_]+$")


def _group_in_vancouver(s: str) -> list[str] | None:
    """A Vancouver list's comma parts where the conjunctions stand inside a group's name (``Lessler J, Reich N,
    New York City Department of Health and Mental Hygiene … Team``): the group stays whole; else None."""
    if ";" in s:
        return None
    parts = [p.strip() for p in s.split(",") if p.strip()]
    joined = [p for p in parts if len(_conj_split(p)) > 1]
    persons = sum(1 for p in parts if _VANCOUVER.match(p) or _VANCOUVER_NAME.fullmatch(p))
    if not joined or persons < 2 or persons + len(joined) < len(parts):
        return None
    # "Darlington E and Brandon M", ", and Milne DB": persons joined, no group
    pieces = [q.strip() for p in joined for q in _conj_split(p) if q.strip()]
    people = (_VANCOUVER.match(q) or _VANCOUVER_NAME.fullmatch(q) for q in pieces)
    if all(has_org_word(p) for p in joined) and not all(people):
        return parts
    return None


# two bodies named by their acronyms and joined by "and" ("WHO and UNICEF", "FAO and WHO", "IEEE and ACM"): no
# person's name is two runs of capitals, nor is one body's name
_ACRONYM_PAIR = lazy_pattern(r"([A-Z][A-Z0-9-]{1,7})\s+and\s+([A-Z][A-Z0-9-]{1,7})")


# "RStudio & Inc.", "IBM, Unicode & Inc.": a firm's legal form listed as one more name closes the body before it
_AMP_LEGAL_FORM = lazy_pattern(r"\s*&\s*(Inc|Ltd|LLC|Corp)\.?(?=\s*$|\s*[,;])")


# "Johnson & Johnson", "Marks & Spencer": two single words joined by "&", no initials, the only names; one firm
# when the word is repeated (no two people share a family name and write none of their given names) or the pair is
# a firm's name that many lists cite as an author or publisher
_AMP_PAIR = lazy_pattern(
    r"([A-Z][\w'’-]+)\s*&\s*([A-Z][\w'’-]+)"
    # a firm's word or legal form closing it ("Ernst & Young LLP", "Smith & Nephew plc") names the firm whatever
    # the pair
    r"(,?\s+(?:LLP|LLC|Inc\.?|Ltd\.?|plc|PLC|AG|GmbH|Group|Company|Co\.|Corporation|Corp\.|Global))?"
)
_AMP_FIRMS = frozenset(
    [
        "abercrombie & fitch", "allen & overy", "allen & unwin", "baker & mckenzie", "bang & olufsen",
        "barnes & noble", "black & decker", "booz & co", "chapman & hall", "chatto & windus",
        "coopers & lybrand", "deloitte & touche", "dolce & gabbana", "dun & bradstreet", "duncker & humblot",
        "ernst & young", "harper & row", "hodder & stoughton", "jones & bartlett", "latham & watkins",
        "marks & spencer", "marsh & mclennan", "morgan & claypool", "procter & gamble", "rowman & littlefield",
        "simon & schuster",
        "smith & nephew", "standard & poor's", "sullivan & cromwell", "sweet & maxwell", "taylor & francis",
        "thames & hudson", "vandenhoeck & ruprecht", "weidenfeld & nicolson", "williams & wilkins",
    ]
)


# "AT&T", "H&M", "P&G": capitals joined by an unspaced "&", one firm's initials
_AMP_INITIALS = lazy_pattern(r"[A-Z]{1,4}&[A-Z]{1,4}(?:\s+[A-Z][\w'’-]*){0,3}")


def ampersand_firm(s: str) -> str | None:
    """``Johnson & Johnson``, ``Ernst & Young``, ``AT&T``: the whole of ``s`` is one firm's name written with "&";
    the name, else None."""
    if "&" not in s:
        return None
    if _AMP_INITIALS.fullmatch(s):
        return s
    m = _AMP_PAIR.fullmatch(s)
    if m is None:
        return None
    first, second, firm = m.groups()
    if firm or first == second or f"{first.lower()} & {second.lower()}" in _AMP_FIRMS:
        return m.group(0)
    return None


# a pope's or monarch's name: one name and its regnal number (``Benedict XVI``, ``Elizabeth II``, ``Pope Pius
# XII``, ``John Paul II``), written alone as the author
_REGNAL = lazy_pattern(
    r"(?P<title>(?:Pope|King|Queen|Emperor|Empress|Tsar|Czar|Saint|St\.)\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?P<number>(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3}))"
)
# the names popes and monarchs reign under: any other word before a Roman numeral may be a family name and its
# initials (Vancouver's ``Ivanov II``), two other words a person and a generation (``John Smith II``); a number of
# one letter is taken for an initial (``Paul I``, ``Tran V``) unless a title names the reign (``King Charles I``)
_REGNAL_NAMES = frozenset(
    "Benedict Pius Leo Gregory John Clement Innocent Urban Boniface Sixtus Paul Alexander Adrian Celestine Honorius"
    " Elizabeth Charles George Henry Edward William Louis James Richard Frederick Philip Ferdinand Wilhelm Peter"
    " Nicholas Catherine Mary Victor Umberto Olav Haakon Harald Gustav Gustaf Christian Juan Felipe Carlos"
    " Alfonso Manuel Sebastian Rama Willem".split()
)
_TITLED_ONE = lazy_pattern(
    r"(?P<title>(?:Pope|King|Queen|Emperor|Empress|Tsar|Czar)\s+)(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?P<number>[IVX])"
)
_DOUBLE_REGNAL = frozenset(["John Paul", "Juan Carlos", "Victor Emmanuel", "Louis Philippe", "Carl Gustaf"])


def _regnal_name(s: str) -> str | None:
    """``Benedict XVI``: a regnal name whole, else None."""
    m = _REGNAL.fullmatch(s) or _TITLED_ONE.fullmatch(s)
    if m is None or not (m["title"] or m["name"] in _REGNAL_NAMES or m["name"] in _DOUBLE_REGNAL):
        return None
    return s


# a body's abbreviation in brackets closing its name ("(DAFF)", "(MTIT)"); no role's ("(ED)")
_ABBREVIATION_CLOSES = lazy_pattern(r"\s\((?!EDS?\)|TRANS\))(?P<short>[A-Z][A-Z&-]{2,9})\)$")


_SPACED_COMMA = lazy_pattern(r"\s+,\s*")


def capitals_family_last(part: str) -> Name | None:
    """A name in natural order with its family name in capitals (``Hai LE``), where the list's other names are in
    natural order too: the capitals are the family name, no initials after one."""
    if not _CAPITALS_FAMILY_LAST.fullmatch(part):
        return None
    given, family = part.rsplit(None, 1)
    return make_person(family, given)


# ABNT's list written with full stops between its names: "CASTILLO, Lisa Earl. PARÉS, Luis Nicolau", "SOUZA,
# Everton S. MARQUES, Guida": a full stop, then a family name in capitals and its comma, opens the next name
_CAPS_FAMILY_COMMA = rf"[{_UPPER}][{_UPPER}'\u2019-]+(?:\s[{_UPPER}][{_UPPER}'\u2019-]+)*,\s"
# (each name its family in capitals, its comma, then given names, initials and particles alone: no list in natural
# order, "WARD, John R., H. JAMES WILLIAMS, …", is read so)
_ABNT_GIVEN_WORD = rf"(?:[{_UPPER}][a-z\u00df-\u00ff'\u2019-]+|[{_UPPER}]\.(?:-?[{_UPPER}]\.)*|d[aeo]s?)"
_ABNT_STOP_NAME = rf"{_CAPS_FAMILY_COMMA}{_ABNT_GIVEN_WORD}(?:\s{_ABNT_GIVEN_WORD})*"
_ABNT_STOP_LIST = lazy_pattern(rf"{_ABNT_STOP_NAME}(?:\.?\s{_ABNT_STOP_NAME})+\.?")
_ABNT_STOP = lazy_pattern(rf"(?:(?<=\b[{_UPPER}])(\.)|(?<=[a-z\u00df-\u00ff])\.)\s+(?={_CAPS_FAMILY_COMMA})")


def abnt_stops_as_semicolons(s: str) -> str:
    """``CASTILLO, Lisa Earl. PARÉS, Luis Nicolau`` -> ``CASTILLO, Lisa Earl; PARÉS, Luis Nicolau`` (an initial
    keeps its full stop: ``SOUZA, Everton S.; MARQUES, Guida``)."""
    if ". " not in s or not _ABNT_STOP_LIST.fullmatch(s):
        return s
    return _ABNT_STOP.sub(lambda m: (m.group(1) or "") + "; ", s)


# one person written family first whose given name closes on its particle (Spanish, Portuguese, Italian, German
# and Dutch lists: "Hevia Bolaños, Juan de", "Saavedra Fajardo, Diego de", "Rodríguez Campomanes, Pedro de")
_GIVEN_PARTICLE_CLOSES = lazy_pattern(
    r"(?P<family>[A-Z\u00c0-\u00de][^\W\d_]+(?:[-\s](?:(?:de|del|la|y|e)\s)?[A-Z\u00c0-\u00de][^\W\d_]+){1,2}),\s+"
    r"(?P<given>[A-Z\u00c0-\u00de][^\W\d_]+(?:\s[A-Z\u00c0-\u00de][^\W\d_]+)?\s(?:de|del|da|do|dos|di|von|van|van\sder))"
)


def _given_particle_closing(s: str) -> list[Name] | None:
    """``Hevia Bolaños, Juan de``: a part closing on a lower-case particle is no name in natural order, so the
    family of two words and the given name with its particle are one person; else None."""
    s = s.rstrip(". ")
    if not s or s[-1] not in "eaoilnrs" or (m := _GIVEN_PARTICLE_CLOSES.fullmatch(s)) is None:
        return None
    return [{"family": m.group("family"), "given": m.group("given")}]


# ASCE's member grade after an author's name ("P. K. Robertson, M.ASCE;", "F.ASCE", "Dist.M.ASCE"): no name
_ASCE_GRADE = lazy_pattern(r",\s*(?:P\.E\.,\s*)?(?:Dist\.\s?|A\.|S\.)?[MF]\.\s?ASCE\b")


def parse_names(s: str) -> list[Name]:
    """Parse a name list; never raises, may return []."""
    s = abnt_stops_as_semicolons(clean_space(unmark(s)).strip(" ,;"))
    if "ASCE" in s:
        s = _ASCE_GRADE.sub("", s)
    if " ," in s:
        s = _SPACED_COMMA.sub(", ", s)  # "BRANCA ,Vittore": the comma set off on the wrong side
    if "&" in s and (firm := ampersand_firm(s.rstrip("."))) is not None:
        return [{"literal": firm}]
    # (the legal form's period, taken with the list's final one, is given back when the firm is joined)
    legal_period = "& " in s and _AMP_LEGAL_FORM.search(s) is not None
    if legal_period:
        s = _AMP_LEGAL_FORM.sub(r", \1.", s)
    if "*" in s or "_" in s:
        s = _STRAY_MARK.sub("", s)
    s = drop_etal(s)
    # (the test's matches are at most three characters long and end the text: only its end is searched)
    if not _KEEP_PERIOD.search(s, max(0, len(s) - 4)) and not _FAMILY_SHORT_GIVEN.fullmatch(s):
        s = _FINAL_PERIOD.sub("", s)
    if not s:
        return []
    if s[-1] in "IVXL" and (regnal := _regnal_name(s)) is not None:
        return [{"literal": regnal}]
    if " and " in s and (acronyms := _ACRONYM_PAIR.fullmatch(s)) is not None:
        return [{"literal": acronyms.group(1)}, {"literal": acronyms.group(2)}]  # "WHO and UNICEF": two bodies
    if "," in s and (company := _COMPANY.fullmatch(s)):
        return [{"literal": company.group(0)}]  # "Docker, Inc": one firm, not two bare family names
    if closed_by_legal_form(s):
        return [{"literal": s}]  # "Safaricom PLC", "IBM Corp": a firm, not a family name and initials
    if (bare := _bare_families(s)) is not None:
        return bare
    if (closing := _given_particle_closing(s)) is not None:
        return closing
    if ", " in s and (body := body_with_acronym(s)) is not None:
        return [{"literal": body}]
    if s[:1].islower() and "," in s and (brands := _lower_brand_list(s)) is not None:
        return brands
    if not looks_personal(s):
        # group author(s): keep each conjunct whole
        chunks = [c.strip(" ,.") for c in _group_split(s) if c.strip(" ,.")]
        return [{"literal": c} for c in chunks]
    s = _ELLIPSIS.sub(", ", s)  # "A, B, ... Z": keep Z, no gap marker in CSL
    parts: list[str] = []
    # the parts that open a name after "and": never the given name of the part before it (MLA's "Dave, and
    # Juan Carlos Garcia", a screen name and a person, is no "Dave, Juan Carlos Garcia")
    after_conj: set[int] = set()
    pieces: list[str] = []
    for chunk in _SEMICOLON.split(s):
        for j, piece in enumerate(_conj_split(chunk)):
            if j and piece.strip(" ,"):
                after_conj.add(len(parts))
            pieces.append(piece)
            parts.extend(p.strip() for p in piece.split(",") if p.strip())
    if len(pieces) > 1 and (grouped := _group_in_vancouver(s)) is not None:
        parts, pieces = grouped, [s]
        after_conj = set()
    # "Cabunoc Mayes, Abigail and McKay, Sheldon": every conjunct one inverted name, so a family of two words
    inverted = len(pieces) > 1 and all(piece.count(",") == 1 for piece in pieces)
    # "Mikkola, Eero; Byholm Leena": one name of a long inverted list with its comma left out keeps the list's
    # order, family name first
    commaless = _commaless_in_inverted(pieces)
    names: list[Name] = []
    # Chicago's list: the first name inverted with its given name spelled out, the others in natural order
    natural_after_first = False
    i = 0
    while i < len(parts):
        p = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) and i + 1 not in after_conj else None
        if nxt is not None and nxt in _LEGAL_FORMS and _ACRONYM_OR_WORD.fullmatch(p):
            firm = f"{p}, {nxt.rstrip('.')}." if legal_period else f"{p}, {nxt}"
            names.append({"literal": firm})  # "…, RStudio, Inc.": one firm
            i += 2
            continue
        if p.lower() in SUFFIXES and names and "suffix" not in names[-1] and "literal" not in names[-1]:
            names[-1]["suffix"] = p  # Vancouver's "Street RL, Jr., Shields CG": the name before it carries it
            i += 1
            continue
        if (
            nxt is not None
            and nxt.lower() in SUFFIXES
            and i + 2 < len(parts)
            and is_initials(parts[i + 2])
            and _is_family(p)
            and not has_org_word(p)
        ):
            names.append(make_person(p, parts[i + 2], nxt))  # "Attrep, Jr, M.": the suffix before the initials
            i += 3
            continue
        if nxt is not None and _LOWER_FAMILY.fullmatch(p) and _LOWER_GIVEN.fullmatch(nxt):
            names.append(make_person(p, nxt))
            i += 2
            continue
        if nxt is not None and i + 2 < len(parts) and _owns_initials(nxt, parts[i + 2]):
            # "Giatman, M., Ernawati, Hidayat, H.": the initials are the next word's, so this word is a whole
            # name (an Indonesian one-word name) and no family with a spelled-out given name
            nxt = None
        if (
            inverted
            and nxt is not None
            and _is_family(p, 3)
            and _is_full_given(nxt)
            and not has_org_word(p)
            or (len(parts) == 2 or i == 0 and 2 in after_conj)
            and nxt is not None
            and _inverted_compound(p, nxt)
        ):
            names.append(make_person(p, nxt))
            i += 2
            continue
        if nxt is not None and is_initials(nxt) and _is_family(p) and not has_org_word(p):
            suffix = None
            if i + 2 < len(parts) and parts[i + 2].lower() in SUFFIXES:
                suffix = parts[i + 2]
                i += 1
            names.append(make_person(p, nxt, suffix))
            i += 2
            continue
        if (
            p != _no_suffix(p)
            and _VANCOUVER_NAME.fullmatch(p)
            and (nxt is not None and _VANCOUVER_NAME.fullmatch(nxt) or i and _VANCOUVER_NAME.fullmatch(parts[i - 1]))
        ):
            # "Ivanov II, Petrov PP": Vancouver's initials after the family name, not a suffix
            family, initials = p.rsplit(None, 1)
            names.append(make_person(family, initials))
            i += 1
            continue
        if (
            nxt is not None
            and _is_single_family(_no_suffix(p))
            and _is_full_given(nxt)
            and not has_org_word(p)
            and not (p != _no_suffix(p) and _VANCOUVER_NAME.fullmatch(nxt))
        ):
            # (a given name holding Vancouver's capitals, "MedvigyD, Wofsy SC, Munger JW", says no such list)
            natural_after_first = i == 0 and len(parts) > 2 and not any(w.isupper() for w in nxt.split())
            names.append(make_person(p, nxt))
            i += 2
            continue
        if is_initials(p) and names and "given" not in names[-1] and "literal" not in names[-1]:
            names[-1]["given"] = p
            i += 1
            continue
        if has_org_word(_vancouver_family(p)) and len(p.split()) >= 2 and not _dotted_initials_named(p):
            names.append({"literal": p})
        elif p in commaless and len(words := p.split()) == 2 and all(_upper_start(w) for w in words):
            names.append(make_person(words[0], words[1]))
        elif natural_after_first and (capitals := capitals_family_last(p)) is not None:
            names.append(capitals)  # "Masojć, Mirosław, Hai LE": no Vancouver initials after a family name
        elif len(words := p.split()) == 2 and words[1] in _FIRM_WORDS:
            names.append({"literal": p})  # "Revolution Analytics & Weston, S.": a firm among the people
        elif len(p.split()) >= 2 and (n := _natural(p)):
            names.append(n)
        else:
            names.append(make_person(p))
        i += 1
    return names


_BODY_ACRONYM = lazy_pattern(r"[A-Z]{3,6}")
# a body's name, then its acronym after a comma, as Word's IEEE sources write a corporate author: "Bundesamt für
# Justiz, BfJ", "International Organization for Standardization, ISO"
_BODY_THEN_ACRONYM = lazy_pattern(r"(?P<body>[^,;()]{6,}?),\s+(?P<acronym>[A-Z][A-Za-z]{1,7})")


# the small words that join a body's name and no person's ("Bundesamt für Justiz", "Office of …")
_BODY_LINKS = frozenset("für fur of for and und zur zum pour para per on the".split())


def body_with_acronym(s: str) -> str | None:
    """``s`` as one body when it reads ``Name, ACRONYM``: two or more words, no person's name, then an acronym
    (two capitals or more) whose letters are all initials of the name's words; else None."""
    m = _BODY_THEN_ACRONYM.fullmatch(s)
    if m is None:
        return None
    acronym = m["acronym"]
    if sum(c.isupper() for c in acronym) < 2:
        return None
    words = m["body"].split()
    if len(words) < 2 or len(acronym) > len(words) or ". " in m["body"] or looks_personal(m["body"]):
        return None  # ("Buzsáki G. Rhythms of the brain. New York, NY": sentences, no body's name)
    if not has_org_name_word(m["body"]) and not any(w in _BODY_LINKS for w in words):
        return None  # "Mary Ann Smith, MAS": a person's name and its initials
    initials = [w[0].lower() for w in words]
    for letter in acronym.lower():
        if letter not in initials:
            return None
        initials.remove(letter)
    return s


def _lower_brand_list(s: str) -> list[Name] | None:
    """``albert, BFI and Arup``: a list opening with one word in small letters (a brand's name; no particle) and,
    after its comma, capitals no person's initials run to (three or more, undotted): a list of bodies."""
    parts = [p.strip() for piece in _conj_split(s) for p in piece.split(",") if p.strip()]
    if len(parts) < 2 or " " in parts[0] or parts[0] in PARTICLES or not _BODY_ACRONYM.fullmatch(parts[1]):
        return None
    return [{"literal": p} for p in parts]


def _commaless_in_inverted(pieces: list[str]) -> frozenset[str]:
    """The pieces with no comma of a list of three or more names, every other one inverted with one comma."""
    bare = [piece.strip() for piece in pieces if "," not in piece]
    if len(pieces) < 3 or len(bare) != 1 or any(piece.count(",") != 1 for piece in pieces if "," in piece):
        return frozenset()
    return frozenset(bare)


_SPELLED_WORD = lazy_pattern(r"[^\W\d_][\w'\u2019-]+")


def _owns_initials(word: str, after: str) -> bool:
    """Whether ``after`` is initials (not a suffix, ``Jr.``) that ``word``, one spelled-out word, takes as its
    given name."""
    one_word = _SPELLED_WORD.fullmatch(word) is not None
    return one_word and is_initials(after) and after.lower().rstrip(".") not in SUFFIXES


def parse_person_list(s: str) -> list[Name]:
    """A name list known to name persons (the editors of ``In X and Y (Eds.)``):
    natural-order names (``Samuel David Epstein and Norbert Hornstein``) are
    accepted even without the inverted ``Family, G.`` evidence."""
    t = drop_etal(clean_space(unmark(s)).strip(" ,;"))
    if not t or looks_personal(t):
        return parse_names(t)
    parts = [
        p.strip(" ,")
        for chunk in _SEMICOLON.split(t)
        for piece in _conj_split(chunk)
        for p in piece.split(",")
        if p.strip(" ,")
    ]
    names: list[Name] = []
    for p in parts:
        toks = p.split()
        if not 2 <= len(toks) <= 5 or _DIGIT.search(p) or has_org_word(p):
            return parse_names(t)
        if not all(_upper_start(x) or x.lower() in PARTICLES for x in toks):
            return parse_names(t)
        n = _natural(p)
        if n is None:
            return parse_names(t)
        names.append(n)
    return names


# ---------------------------------------------------------------- labelled spans (any style)

# Role words a style writes beside the names: "(Ed.)", "eds.", "edited by", "trans.", "Hrsg. v.", Italian "(edd.)"
_ROLE = (
    r"(?:eds?|edd|editors?|editor[ae]s|editor\s+in\s+chief|gen\.\s*eds?|(?:general|series)\s+editors?|hrsgg?|hgg?|coords?|dirs?|directors?|trans|transl|"
    # (Dutch "red.", "eindred." and "samenst.": redactie, eindredactie, samensteller)
    r"translators?|tr|comps?|compilers?|compiladora?|orgs?|red|eindred|samenst|producers?|prods?|illus|narr|"
    # Polish "tł." (tłumacz, translator) and "oprac." (opracował, prepared by)
    r"tł|oprac|"
    r"a\s+cura\s+di|"
    # a recording's makers, as Chicago names them after the names (CMOS 14.265: "Brené Brown, presenter,")
    r"presenters?|narrators?|performers?|conductors?|interviewers?|composers?|hosts?|"
    r"éds?|sous\s+la\s+dir(?:ection)?(?:\s+de)?|(?:ed|eds)\s+by|editor-in-chief|"
    # Slovene, Croatian and Serbian "ur." (urednik, editor): "Fišer, D. & Beißwenger, M. (ur.)."
    r"ur|"
    # Greek "επιμ." or "επιμέλεια" (the editing) and "μτφρ." (the translation)
    r"επιμ|επιμέλεια|μτφρ)"
)
_ROLE_LEAD = lazy_pattern(
    # IOP's "ed E Pavarini and E Koch", Annual Reviews' "ed CE Schaefer, SE Reid": the role in lower case without
    # a full stop, a name after it
    # PDF text glues "In" to the editors: "In :Grigelionis ,B .", "InC. B. Jones, R. C. Shaw, … editors"
    # Italian and French short forms with the language of the edition: "trad. it. di", "fr. trad. par", "ed. it. a
    # cura di"
    r"^(?:(?:[a-z]{2,3}\.\s+)?trad\.(?:\s+[a-z]{2,3}\.)?\s+(?:di|par|de)\s+|ed\.\s+it\.\s+a\s+cura\s+di\s+|"
    r"(?-i:eds?)\s+(?=[A-Z])|(?:in|en|dans|im)(?:\s*:\s*|\s+)(?=\S)|(?-i:In)(?=[A-Z]\.)|(?:(?:eds?|trans|transl|tr|comp)\.\s*(?:and|&)\s*)?"
    r"(?:eds?|éd|hrsg|hg|bearb|beschr|trans|transl|tr|dir|prod|comp|coord|red|orgs?)\.\s*"
    # (Spanish "ed. de Antonio Gallego Morell", French "éd. de Pierre Clément": the "de" before a given name and a
    # family name is the role's)
    r"(?:by|von|(?-i:v)\.|(?-i:de)\s+(?=[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?\s+[A-ZÀ-Ý]))?\s*:?\s*|(?:edited|translated|translation|directed|produced|compiled|introduced|illustrated|"
    r"narrated|written|selected|revised|prepared)\s+(?:(?:and|&)\s+\w+\s+)?by\s+|ed\.?\s+by\s+|by\s+|"
    r"(?:herausgegeben|ediert|übersetzt)\s+von\s+|"
    # French, Italian and Dutch: "Sous la direction de", "Traduit par", "a cura di", "onder redactie van"
    r"(?:sous\s+la\s+dir(?:ection|\.)\s+de|[ée]dit[ée]\s+par|(?:texte\s+)?établi\s+(?:et\s+traduit\s+)?par|"
    r"(?:actes|textes|études)\s+réunis\s+par|a\s+cura\s+di|onder\s+redactie\s+van|bezorgd\s+door|besorgt\s+von|"
    r"tradu(?:it|ction)\s+par|tradott[oa]\s+da|traduzione\s+di|vertaald\s+door)\s+|"
    # Portuguese and Spanish: "Organização de", "Organizado por", "Edición de", "Traducción de"
    r"(?:organizad[oa]|coordenad[oa]|coordinad[oa]|compilad[oa]|editad[oa]|traduzid[oa]|traducid[oa])\s+por\s+|"
    r"(?:organiza[çc][ãa]o|coordena[çc][ãa]o|edi[çc][ãa]o|edici[óo]n|compilaci[óo]n|tradu[çc][ãa]o|traducci[óo]n)"
    r"(?:\s+de)?(?:\s*:)?\s+|"  # (ABNT's "Tradução: Luís Souto Maior": the role closed by a colon)
    r"(?:editors?|éditeurs?|herausgeber|hrsg\.?|edited\s+by)\s*:\s*|"
    # Turkish: "editör M. Öksüz", "çev. M. Kaya", "Hazırlayan A. Demir"
    r"(?:editör(?:ler)?|çev\.|çeviren|hazırlayan(?:lar)?)\s+)",
    re.I,
)
# What parts a role word from the names before it: a comma, or a space where the word is not in capitals;
# Vancouver's initials spell role words in capitals after a family name (``Crandall ED``, ``Welgus HG``,
# ``Schultz TR``), and in the labelled data a capital role word after a bare space always was initials.
ROLE_APART = r"(?:\s*[,;][\s,;]*|\s+(?!(?-i:[A-Z]{2,5}\b)))"
# (starts as _ETAL_ANY's do)
_ROLE_TAIL = lazy_pattern(
    rf"(?<![\s,;])(?:[\s,;]*[(\[]\s*|{ROLE_APART}){_ROLE}\.?(?:\s*(?:and|&|et|und|y|e)\s*{_ROLE}\.?)*\s*[)\]]?\s*[.,:;]*\s*$",
    re.I,
)
# "et", "y", "e" join the last two names in French, Spanish, Italian and Portuguese lists, the last one maybe
# opening on its lower-case particle ("García, M. y de la Fuente, J.", "Silva, A. e da Costa, B.")
_ROMANCE_CONJ = lazy_pattern(
    r"(?<=[\w.,])\s+(?:et|e|y)\s+(?=[A-Z\u00c0-\u00de]|(?:(?:de|del|della|di|da|do|dos|das|du|des|la|le)\s+){1,2}[A-Z\u00c0-\u00de])"
)
# the "e"/"y" inside a family name in natural order: initials, a word, the conjunction, one last word that closes
# the name ("J. A. Campos e Matos, Y. Xenidis", "A. Pérez y López"); an "and" there would leave a name bare of
# initials among names that have them (inverted, "Cayless, Hugh y Viglianti, Raffaele" joins two names)
_INITIALS_THEN_WORD = lazy_pattern(r"(?:^|[\s,;&])(?:[A-Z]\.\s?)+[A-Z\u00c0-\u00de][^\W\d_]+$")
_GIVEN_THEN_WORD = lazy_pattern(
    r"(?:^|,\s+|\s(?:and|&)\s+)[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:-[A-Z][a-z]+)?\s+[A-Z\u00c0-\u00de][^\W\d_]+$"
)
# a list whose first name is written family first: "Cayless, Hugh", "Ortega, J."
_INVERTED_OPENING = lazy_pattern(r"\s*[^\s,]+,\s")
_LAST_WORD_CLOSES = lazy_pattern(
    r"[A-Z\u00c0-\u00de][^\W\d_]*(?:[-'’][^\W\d_]+)*\s*(?:[,;]|$)|[A-Z\u00c0-\u00de][^\W\d_]+(?:[-'’][^\W\d_]+)*\.$"
)


def _romance_and(m: re.Match[str]) -> str:
    """``&`` for the conjunction ``m`` found, unless it joins the two halves of one family name in natural order."""
    s = m.string
    joins_family = m.group().strip() in ("e", "y") and _LAST_WORD_CLOSES.match(s, m.end()) is not None
    if not joins_family:
        return " & "
    if _INITIALS_THEN_WORD.search(s, 0, m.start()):
        return m.group()
    # "José Ortega y Gasset", "…, and Blaise Aguera y Arcas": a given name spelled out and one word, in a list in
    # natural order (not "Cayless, Hugh y Viglianti, Raffaele", inverted)
    natural = _GIVEN_THEN_WORD.search(s, 0, m.start()) is not None and _INVERTED_OPENING.match(s) is None
    return m.group() if natural else " & "
# other languages' "and" before the last name of an inverted list, after the initials' full stop (and
# a serial comma: ``Kaya, M. ve Demir, S.``, ``Qviller, L., og Toft, N.``, ``Jansen, P. en de Vries, K.``):
# Turkish "ve", Swedish "och", Danish and Norwegian "og", Dutch "en", Indonesian and Malay "dan", Catalan "i",
# Czech and Slovak "a" (ISO 690's ``NOVÁK, J. a SVOBODA, P.``)
_WORLD_CONJ = lazy_pattern(
    r"(?:(?<=\.)|(?<=\.,))\s+(?:ve|och|og|en|dan|i|a)\s+"
    r"(?=[A-Z\u00c0-\u00de\u0130\u015e\u00c7]|(?:van|von|de|der|den|ter|te)\s)"
    # names in natural order: the "and" before the next name's initial, maybe after a serial comma ("A. Demir ve
    # B. Yılmaz", Chicago's "S. A. Bhagwat, ve H. J. B. Birks")
    r"|(?<=\w),?\s+(?:ve|och|og|en|dan|i|a)\s+(?=[A-Z\u00c0-\u00de\u0130\u015e\u00c7]\.)"
    # or after a serial comma before a given name spelled out (Chicago notes in Turkish: "Mehmet Demir, ve Ali
    # Kaya"; never Dutch "en", Catalan "i" or Czech "a", words of titles and bodies too)
    r"|(?<=\w),\s+(?:ve|och|og|dan)\s+(?=[A-Z\u00c0-\u00de\u0130\u015e\u00c7][^\W\d_]+\s+[A-Z\u00c0-\u00de\u0130\u015e\u00c7])"
    # or with no comma before the given name and family name that close a list in natural order (Norwegian and
    # Swedish ACL-like lists: "Jason Bolton og Christopher D. Manning")
    r"|(?<=[^\W\d_]{2})\s+(?:og|och)\s+(?=[A-Z\u00c0-\u00de][^\W\d_]+\s+(?:[A-Z]\.\s*)*"
    r"[A-Z\u00c0-\u00de][^\W\d_'\u2019-]+[\s,.;]*$)"
    # or before the next name written family first, a comma after its family name (Indonesian APA: "Santoso, Budi,
    # dan Wijaya, Andi", "Santoso, Budi dan Wijaya, Andi")
    r"|(?<=[^\W\d_]{2}),?\s+(?:ve|och|og|dan)\s+(?=[A-Z\u00c0-\u00de\u0130\u015e\u00c7][^\W\d_'\u2019-]+(?:-[^\W\d_]+)?,\s+[A-Z])"
    # Dutch "en" there only before the given name and family name that close the list, as Dutch Chicago writes it
    # ("Corbey, Raymond, en Karel Weener", "Rinnooy Kan, Justine, en Sheila Reda, red.")
    r"|(?<=\w),\s+en\s+(?=[A-Z\u00c0-\u00de][^\W\d_]+\s+(?:(?:van|de|der|den|ter|te)\s+)*"
    r"[A-Z\u00c0-\u00de][^\W\d_'\u2019-]+(?:[\s,.;]*|,\s*(?-i:red|eds?)\.)$)"
    # ISO 690's natural order after the first name, the family names in capitals ("HILBORN, Ray a Marc MANGEL")
    r"|(?<=\w)\s+a\s+(?=[A-Z\u00c0-\u00de][^\W\d_]+\s+(?:[A-Z]\.\s*)*[A-Z\u00c0-\u00de]{2,}(?:[\s,.;]|$))"
)
_ROMANCE_HINT = lazy_pattern(r"\s(?:et|e|y|ve|och|og|en|dan|i|a)\s")
# Chicago's "with" before a secondary contributor closing a list in natural order ("edited by Chris Jones and
# Bronwyn Matthews with Jennifer Clement"): between a name and a given name and family name that end the list
_WITH_CONJ = lazy_pattern(r"(?<=[^\W\d_]{2}),?\s+with\s+(?=[A-Z][^\W\d_]+(?:\s+[A-Z]\.)*\s+[A-Z][^\W\d_'’-]+[\s,.;]*$)")


# cheap first look: most name spans hold no role word, bracket or et al., and skip the loop below
_ROLE_HINT_WORDS = (
    r"in|en|dans|im|eds?|edd|editors?|editor[ae]s|éds?|hrsgg?|hgg?|herausgeber|éditeurs?|trans|transl|translators?|tr|dirs?|"
    r"directors?|prods?|producers?|comps?|compil\w*|coords?|red|ur|orgs?|illus|narr|cura|sous|by|et|al|edited|"
    r"presenters?|narrators?|performers?|conductors?|interviewers?|composers?|hosts?|"
    r"translated|translation|directed|produced|compiled|introduced|illustrated|narrated|written|selected|revised|"
    r"prepared|herausgegeben|ediert|übersetzt|bearb|beschr|onder|bezorgd|besorgt|vertaald|traduit|traduction|tradott[oa]|traduzione|trad|[ée]dit[ée]|"
    r"organiza\w*|editad[oa]s?|coordena\w*|coordina\w*|edi[çc]\w+|edici\w+|tradu\w+|"
    # other languages' "et al." (``_ETAL_ANY``): Turkish "vd.", Indonesian "dkk.", Scandinavian "m.fl." and "mfl.",
    # Czech "kol."
    r"vd|dkk|dll|kol|ark|di[ğg]erleri|flere|andre|andra|anderen|fl|mfl|editör\w*|çev|çeviren|hazırlayan\w*"
)
_ROLE_HINT = lazy_pattern(rf"[(\[)\]\u201d\"]|\b(?:{_ROLE_HINT_WORDS}|editor-in-chief|and others|u\.\s*a)\b", re.I)
# the same look, word by word ("editor-in-chief" is found by its "editor")
_ROLE_HINT_WORD = WordSet(_ROLE_HINT_WORDS, re.I)
_ROLE_HINT_MARK = lazy_pattern(r"[(\[)\]\u201d\"]|\b(?:and others|u\.\s*a)\b", re.I)


_SPACE_OR_COMMA = lazy_pattern(r"[\s,]")


def language_conjunctions(s: str) -> str:
    """``García, M. y López, J.``, ``Silva, A. e Souza, B.``, ``Dupont, J. et Martin, P.``,
    ``Kaya, M. ve Demir, S.``: the conjunction before the last name written ``&`` (an organisation's
    "e"/"y" stays: no comma, an organisation's word)."""
    # (the conjunction between spaces is the cheaper first look)
    # one word before "with" is a channel's or a band's name ("StatQuest with Josh Starmer"), no first contributor
    if " with " in s and not has_org_name_word(s) and _SPACE_OR_COMMA.search(s.split(" with ", 1)[0].strip()):
        s = _WITH_CONJ.sub(" & ", s)
    # (nor a portfolio's: "Ministerio de Educación, Cultura y Deporte")
    if _ROMANCE_HINT.search(s) and ("," in s or not has_org_word(s)) and not body_of_list(s):
        return _WORLD_CONJ.sub(" & ", _ROMANCE_CONJ.sub(_romance_and, s))
    return s


def world_conjunctions(s: str) -> str:
    """The "and" of ``_WORLD_CONJ``'s languages written ``&``, the Romance ones left (Chicago writes a Spanish
    family name "Agüera y Arcas" whole)."""
    return _WORLD_CONJ.sub(" & ", s) if _ROMANCE_HINT.search(s) else s


# R's contributor roles printed after a name as if its initials: "Alan Genz, F. code by & Adelchi Azzalini, R.
# code by" (R's "Fortran code by", "R code by")
_ROLE_BY = lazy_pattern(r",\s*(?:[A-Z]\.\s*)?(?:[a-z]+\s+){1,3}by\.?(?=\s*(?:[,&;]|$))")


_OPENING_QUOTE = lazy_pattern(r"[\u201c]|\".*\"")
_CLOSING = lazy_pattern(r"[)\]]")
_OPENING = lazy_pattern(r"[(\[]")


def strip_roles(s: str) -> str:
    """The names of a span without the style's role words and ``et al.``."""
    if " by" in s:
        s = _ROLE_BY.sub("", s)
    if not _ROLE_HINT_MARK.search(s) and not _ROLE_HINT_WORD.search(s):
        return s.strip(" ,;:")
    prev = None
    while prev != s:
        prev = s
        if s[:1] == "*":  # a Markdown star the book's italics left before the role: "* eds C. Edmondson"
            s = s.lstrip("* ")
        s = _ROLE_LEAD.sub("", s).strip()
        s = _ROLE_TAIL.sub("", s).strip()
        s = drop_etal(s).strip(" ,;:")
        if s[-1:] in '\u201d"' and not _OPENING_QUOTE.search(s):
            s = s[:-1].strip()
        if s[:1] in "([" and not _CLOSING.search(s):
            s = s[1:].strip()
        if s[-1:] in ")]" and not _OPENING.search(s):
            s = s[:-1].strip()
        if s[:1] == "(" and s[-1:] == ")" and s.count("(") == 1:
            s = s[1:-1].strip()
    return s


_TIDY_HINT = lazy_pattern(r"\s[.,;:)\]]|[,;][^\s,;]|[(\[]\s|\.\s+-|[A-Z]\.[A-Z][a-z]|\w- \w")


# the spacing PDFs leave (see ``_tidy``), in the order they are mended
_SPACE_BEFORE_STOP = lazy_pattern(r"\s+([.,;:)\]])")
_NO_SPACE_AFTER = lazy_pattern(r"([,;])(?=[^\s,;])")
_SPACE_AFTER_OPENING = lazy_pattern(r"([(\[])\s+")
_SPACED_HYPHEN = lazy_pattern(r"(?<=[A-Z]\.)\s+-(?=[A-Z])")
_GLUED_INITIAL = lazy_pattern(r"\b(and|und|et|[A-Z][a-z]{2,}(?=[A-Z]\.\s*[A-Z][a-z]))(?=[A-Z]\.)")
_GLUED_LIST_NUMBER = lazy_pattern(r"^\d{1,3}(?=[A-Z]\.)")
_GLUED_AMPERSAND = lazy_pattern(r"&(?=[A-Z]\.)")
_INITIALS_GLUED = lazy_pattern(r"\b((?:[A-Z]\.)+)(?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff])")
_BROKEN_HYPHEN = lazy_pattern(r"(\w)- (\w)")
# "Mc- Cleary": a family name broken at a line's end after its prefix, which no hyphen ever follows
_BROKEN_PREFIX = lazy_pattern(r"\b(Mc|Mac)- (?=[A-Z])")


def _tidy(s: str) -> str:
    """Spacing as PDFs leave it: ``S . Louis``, ``Wiklind T .,Mobasher B .``."""
    if not _TIDY_HINT.search(s):
        return s
    s = _SPACE_BEFORE_STOP.sub(r"\1", s)
    s = _NO_SPACE_AFTER.sub(r"\1 ", s)
    s = _SPACE_AFTER_OPENING.sub(r"\1", s)
    s = _SPACED_HYPHEN.sub("-", s)  # "J. -P." -> "J.-P."
    # a word glued to the initial after it: "andM.Spannowsky", "ThomasC.Marshall", the list's "73P.Bonderson"
    # (a family name glued to the given name's initial, "PallaF.,", stays: GROBID's labels keep it whole)
    s = _GLUED_INITIAL.sub(r"\1 ", s)
    s = _GLUED_LIST_NUMBER.sub("", s)
    s = _GLUED_AMPERSAND.sub("& ", s)
    s = _INITIALS_GLUED.sub(r"\1 ", s)  # "W.J.Swiatecki"
    if "c- " in s:
        s = _BROKEN_PREFIX.sub(r"\1", s)
    return _BROKEN_HYPHEN.sub(r"\1-\2", s)


_NAME_CONJ = lazy_pattern(r"\s+(?:and|&|et|und)\s+")
_SEPARATOR = lazy_pattern(r"[,;]")
# a name's organisation in brackets, a short name with two capitals at least and no full stop: "David A. Wheeler
# (OpenSSF)" (French notes' "ARNAUD (A.-F.)", "HERBIN (Fr.-R.)" bracket the given name's initials)
_AFFILIATION_BRACKET = lazy_pattern(
    r"(?P<unit>(?:^|(?<=[,;&]\s)|(?<=\band\s))[^,;&()]+?)\s\((?=[^()]*[A-Z][^()]*[A-Z])[A-Za-z][\w&-]{1,15}\)(?=\s*(?:[,;&]|\band\b|$))"
)


# a name's other spelling in square brackets after it, as transliterations differ: "Pafnutii L. Chebyshev
# [Tchebichef]", "A Markov [Markoff]" (the source keeps it; the name is the one written first)
_ALTERNATIVE_SPELLING = lazy_pattern(
    r"(?<=[^\W\d_]{2})\s\[[A-Z\u00c0-\u00de][^\W\d_]+(?:[\s-][A-Z\u00c0-\u00de][^\W\d_]+)?\](?=\s*(?:[,;&]|\band\b|$))"
)


def _abbreviates(unit: str, short: str) -> bool:
    """Whether ``short`` is the abbreviation of the words ``unit``: their initials, or a run of them as long as its
    opening (``Armed Forces Retirement Home (AFRD)`` as printed), never a person's bracketed affiliation."""
    initials = "".join(w[0] for w in unit.split() if w[:1].isalpha()).upper()
    short = short.upper()
    if short == initials:
        return True
    # (the opening letters shared: "AFRH"/"AFRD"; a person's two or three words do not share them with a body)
    lead = 0
    while lead < min(len(short), len(initials)) and short[lead] == initials[lead]:
        lead += 1
    return lead >= 3 and len(unit.split()) >= 3


def _person_affiliation_off(m: re.Match[str]) -> str:
    """The name of ``m`` without its bracketed organisation, where the name is no body's (``World Health
    Organization (WHO)``, ``Médecins sans frontières (MSF)`` keep their own abbreviation)."""
    unit = m.group("unit")
    short = m.group(0)[len(unit) :].strip(" ()")
    return m.group(0) if has_org_word(unit) or _abbreviates(unit, short) else unit


# a body's name and its abbreviation in brackets, the whole of a name span: "Armed Forces Retirement Home (AFRH)"
_BODY_ABBREVIATED = lazy_pattern(
    r"(?P<unit>[A-Z][^\W\d_]+(?:\s+[^\W\d_][\w'’-]*){2,11})\s\((?P<short>[A-Z][A-Za-z&-]{1,11})\)"
)


def body_abbreviated(s: str) -> bool:
    """``Armed Forces Retirement Home (AFRH)``, ``Forum on Information Standards in Heritage (FISH)``: three words
    or more and their abbreviation in brackets name one body (no person's name is followed by its initials)."""
    m = _BODY_ABBREVIATED.fullmatch(s)
    return m is not None and sum(c.isupper() for c in m["short"]) >= 2 and _abbreviates(m["unit"], m["short"])


_LIST_MARKS = lazy_pattern(r"[,;&]")
_NATURAL_PIECES = lazy_pattern(r"(;|,|\s&\s|\s+and\s+|\s+und\s+)")


# the word closing a body's name after its letters, which no family name is: "NCC Group", "ACM Council"
_BODY_HEADS = frozenset(
    "Group Council Committee Institute Association Foundation Agency Ministry Department Commission Consortium"
    " Corporation Society University Network Project Initiative Alliance Federation Secretariat".split()
)


def _initials_named(s: str) -> bool:
    """``E. Post``, ``J. A. Bank and M. Smith``: each name is initials then one word, so persons."""
    parts = [p.split() for p in _NAME_CONJ.split(s) if p.strip()]
    # (a family name opens on a capital: "GCC team" is a body, its letters no initials; so is "NCC Group", letters
    # with no stop before a body's word)
    return all(
        len(t) >= 2
        and all(is_initials(x) for x in t[:-1])
        and t[-1][:1].isupper()
        and not (t[-1] in _BODY_HEADS and not any("." in x for x in t[:-1]))
        for t in parts
    )


def _dotted_initials_named(part: str) -> bool:
    """``M. L. Commons``, ``E. Post``: dotted initials then one word, a person even when the word is also a body's
    (a family name such as Commons, Post, Bank or Court); a country's abbreviation opens a body (``U.S. Congress``)."""
    return (
        "." in part
        and _initials_named(part)
        and not COUNTRY_LEAD.match(part)
        and part.split()[-1] not in _BODY_HEADS
    )


def _initials_particle_name(toks: list[str]) -> bool:
    """``J. P. de Azevedo Peixoto Braga``, ``R. R. de Ruyter van Steveninck``: initials, a lower-case
    particle, then capitalised words (and particles); one person however many words the family name has."""
    i = 0
    while i < len(toks) and is_initials(toks[i]):
        i += 1
    rest = toks[i + 1 :]
    return (
        0 < i < len(toks) - 1
        and toks[i] in PARTICLES
        and all(t[:1].isupper() and t.replace("-", "").isalpha() or _inner_particle(t, toks[:i]) for t in rest)
        and rest[-1][:1].isupper()
    )


def _many_words(toks: list[str]) -> bool:
    """More words than a person's name has, unless initials and a particle open a long family name."""
    return len(toks) > 5 and not _initials_particle_name(toks)


_BRACKETED = lazy_pattern(r"\([^()]*\)")


def _natural_list(s: str) -> list[Name]:
    """Names not in the inverted APA pattern: ``John Smith, Mary Jones, and Bob Lee``,
    MLA ``Smith, John, and Mary Jones``, ``Glotfelty and Fromm``, organisations."""
    # "ACRL Racial and Ethnic Diversity Committee": one body; a comma inside its bracketed abbreviation or
    # original name ("… Benefits Agency (Tandvårds- och läkemedelsförmånsverket, TLV)") parts no names
    if (
        not _SEPARATOR.search(_BRACKETED.sub("", s) if "(" in s else s)
        and has_org_name_word(s)
        and not _initials_named(s)
    ):
        return [{"literal": s}]
    if _body_and_words(s):
        return [{"literal": s}]
    pieces = _NATURAL_PIECES.split(s)
    parts = [p.strip(" ,") for p in pieces[::2]]
    # MLA inverts only the first name, and a comma follows it: "Smith, John, and Mary Jones"
    mla = len(pieces) > 1 and pieces[1] == ","
    parts = [p for p in parts if p]
    if len(parts) == 1 and (has_org_word(s) and not _initials_named(s) or _many_words(s.split()) or _body_words(s)):
        return [{"literal": s}]
    names: list[Name] = []
    i = 0
    while i < len(parts):
        p = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        toks = p.split()
        if (
            has_org_word(p)
            and len(toks) >= 2
            and not _initials_named(p)
            or _many_words(toks)
            or _DIGIT.search(_ORDINAL_SUFFIX.sub("", p))
            or COUNTRY_LEAD.match(p)
        ):
            names.append({"literal": p})
        elif i == 0 and mla and nxt is not None and _is_single_family(_no_suffix(p)) and _is_full_given(nxt):
            names.append(make_person(p, nxt))  # MLA: only the first name is inverted
            i += 1
        elif i == 0 and nxt is not None and not mla and _first_inverted(toks, parts[1:]):
            names.append(make_person(toks[0], toks[1]))  # "Lemercier Claire et Claire Zalc": the comma left out
        elif i == 0 and mla and len(parts) == 2 and nxt is not None and _inverted_compound(p, nxt):
            names.append(make_person(p, nxt))  # "García Márquez, Gabriel": one person, two family words
            i += 1
        elif p.lower() in SUFFIXES and names and "suffix" not in names[-1]:
            names[-1]["suffix"] = p
        elif len(toks) == 2 and toks[1] in _FAMILY_SUFFIXES and _capitalised_word(toks[0]):
            names.append(make_person(p))  # "Rappe and Goddard III": a family name alone with its suffix
        elif caps := _caps_first(toks):
            names.append(caps)
        elif len(toks) == 1:
            body = p.isupper() and len(p) > 3 or _OFFICE_CLOSES.fullmatch(p) is not None  # "Umweltbundesamt"
            names.append({"literal": p} if body else make_person(p))
        elif len(toks) == 2 and (len(parts) == 1 or toks[0].isupper()) and words_of_a_body(*toks):
            names.append({"literal": p})  # (in a list too where its capitals open it: "SIL International, NRSI")
        else:
            names.append(_natural(p) or {"literal": p})
        i += 1
    return names


# the names of a list apart: commas, semicolons and the conjunction
_LIST_PARTS = lazy_pattern(r"\s*[,;]\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
# a role's bracket after one name of a list ("Nucera Salvino, Krupka Paweł (tł.), Minuto Domenico")
_PART_ROLE = lazy_pattern(r"\s*\((?:red|tł|oprac|hrsg|hg|eds?|trans|tr|a cura di)\.?\)$")


# a Chinese name romanised family first, its characters after it: "Tang Kaijian 湯開建", "Ming Xiaoyan 明曉豔"
_ROMANISED_HAN_NAME = lazy_pattern(
    rf"(?P<family>[A-Z][a-zü'’]+)\s+(?P<given>[A-Z][a-zü'’]+(?:-[A-Za-zü'’]+)?)\s+[{HAN_LETTERS}]{{1,6}}"
)


def _romanised_before_characters(s: str) -> list[Name] | None:
    """A list whose Chinese names are romanised family first with their characters after them (``Tang Kaijian
    湯開建``, as Chicago writes them beside the script), among names in natural order (``Ming Xiaoyan 明曉豔 and
    Jean-Paul Wiest``): the romanised names family first, their characters dropped; None where a part reads
    otherwise."""
    names: list[Name] = []
    found = False
    for part in _LIST_PARTS.split(s):
        if not part:
            continue
        if (m := _ROMANISED_HAN_NAME.fullmatch(part)) is not None:
            # family first where the first word is one romanised syllable ("Tang", "Ch'en"); else natural order
            # ("Haruki Murakami 村上春樹")
            if _ONE_SYLLABLE.fullmatch(m["family"].replace("'", "").replace("’", "")):
                names.append(make_person(m["family"], m["given"]))
            else:
                names.append(make_person(m["given"], m["family"]))
            found = True
        elif CJK.search(part) or (person := _natural(part)) is None:
            return None
        else:
            names.append(person)
    return names if found else None


def family_first_pairs(parts: list[str]) -> list[tuple[str, str]]:
    """``Kowalski Jan``, ``Novák Jan, Svoboda Karel``: Polish, Czech, Hungarian and Italian lists write the family
    name first with no comma. Each name two capitalised words (not in capitals; a role's bracket aside), none
    opening on a known given name, every one closing on one, and one of them a common Central European or Italian
    given name the lexicon does not know (``Panke Diana``, ``Suman Jana, Vitaly Shmatikov`` are left as they are):
    the (family, given) pairs; none where the list reads otherwise."""
    words = [(_PART_ROLE.sub("", part) if part.endswith(")") else part).split() for part in parts]
    if japanese_family_first(words, _given_word):
        return [(w[0], w[1]) for w in words]  # "Hayami Akira and Kurosu Satomi": Japanese names, family first
    pairs: list[tuple[str, str]] = []
    for toks in words:
        if len(toks) != 2 or not all(_capitalised_word(t) and not t.isupper() for t in toks):
            return []
        if _given_word(toks[0]) or not _given_word(toks[1]):
            return []
        pairs.append((toks[0], toks[1]))
    return pairs if any(central_given(given) for _, given in pairs) else []


_AND_WORDS = lazy_pattern(r"(?P<body>[^,;&]+?)\s+and\s+(?P<words>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,2})")


def _body_and_words(s: str) -> bool:
    """``Centers for Disease Control and Prevention``, ``Department of Health and Social Care``: a body's name
    whose last words after "and" are ones the labelled references hold (nearly) only outside names, none naming
    a body of its own (``World Bank and International Monetary Fund`` are two) and none a given name."""
    m = _AND_WORDS.fullmatch(s)
    body = m.group("body") if m else ""
    if m is None or len(body.split()) < 2 or not has_org_word(body) or has_org_name_word(m.group("words")):
        return False
    words = m.group("words").split()
    return all(
        (row := row_of(w.lower())) is not None
        and row[0] <= _VOCABULARY_LOG
        and not known_given(w)
        and not mostly_a_name(w)
        for w in words
    )


# given names that are as often family names (Chinese, Arabic): no evidence of the order they stand in
_SHARED_NAMES = frozenset("wei li ming hui jun yan lei jing ying xin hao chen ali hassan omar ahmed".split())


def _plain_given(word: str) -> bool:
    return known_given(word) and word.lower() not in _SHARED_NAMES


def _first_inverted(toks: list[str], rest: list[str]) -> bool:
    """``Lemercier Claire et Claire Zalc``: the first name inverted, as MLA and French notes invert only
    the first, with its comma left out; it is the family then a common given name, and a later name opens
    on a common given name (so the list's other names stand in natural order)."""
    return (
        len(toks) == 2
        and all(t[:1].isupper() and not t.isupper() and t.replace("-", "").isalpha() for t in toks)
        and _plain_given(toks[1])
        and not known_given(toks[0])
        and any(len(w := p.split()) >= 2 and _plain_given(w[0]) for p in rest)
    )


# a word the table of labelled references knows, and never as part of a name
_NO_NAME_LOG = -30
# a word the table knows (nearly) only outside names ("Science", "Online", "Change"; not "Young", "Rose")
_VOCABULARY_LOG = -25
_PREPOSITIONS = frozenset("par pour per para für sur by to".split())
# the country, continent or reach a body's name closes on, which no person's family name is
_BODY_CLOSERS = frozenset(
    "America Australia Canada Europe Africa Asia International Worldwide"
    # a product's documentation and a game's makers: "Kotlin Documentation", "GitHub Docs", "Naughty Dog Studios"
    " Documentation Docs Entertainment Studios"
    # a firm's or a service's trade: "Unilink Education", "London Datastore", "Acme Analytics", "Cognition Labs"
    " Education Datastore Analytics Consulting Technologies Solutions Labs Laboratories".split()
)
# a German office's compound closing its name: "Deutscher Wetterdienst", "Statistisches Landesamt", "Umweltbundesamt"
_OFFICE_CLOSES = lazy_pattern(r"[A-ZÄÖÜ]\w+(?:dienst|amt|anstalt|behörde|ministerium)")


def _body_words(s: str) -> bool:
    """``Paris Time Machine``, ``Universalistes par RENATER``, ``Citizen Science Cost Action``, ``Standards
    Australia Online``: a body named with words, not a person: a lower-case preposition joins the words, or
    two words or more are ones the labelled references hold (nearly) only outside names, and none is a
    given name or a word they hold mostly in names."""
    toks = s.split()
    if len(toks) < 2 or not all(t[:1].isupper() or t in _PREPOSITIONS for t in toks):
        return False
    if any(t in _PREPOSITIONS for t in toks[1:-1]):
        return True
    if toks[-1] in _BODY_CLOSERS and not (known_given(toks[0]) or mostly_a_name(toks[0])):
        return True  # "Green America", "Engineers Australia", "Amnesty International"
    if _OFFICE_CLOSES.fullmatch(toks[-1]) is not None:
        return True
    rows = [row_of(t.lower()) for t in toks]
    if all(row is not None and row[0] < _NO_NAME_LOG for row in rows):
        return True
    vocabulary = 0
    for t, row in zip(toks, rows, strict=True):
        if known_given(t) or mostly_a_name(t):
            return False
        vocabulary += row is not None and row[0] < _VOCABULARY_LOG
    return vocabulary >= 2


def _inverted_compound(family: str, given: str) -> bool:
    """``García Márquez, Gabriel``, ``Vargas Llosa, Mario``: a family name of two or three words (four with its
    particles), a comma, then one given name.  (Two words after the comma may be a second person in natural order,
    ``Carl Boettiger, Alan Hastings``, or in family-first order, ``Goertz Gary, Diehl Paul``.)"""
    ftoks = family.split()
    gtoks = given.split()
    # ("Álvarez Márquez, María del Carmen": a given name closing on a devotion is one given name)
    devotional = 3 <= len(gtoks) <= 4 and _capitalised_word(gtoks[0]) and " ".join(gtoks[1:]) in _DEVOTIONAL_GIVEN
    if 2 <= len(ftoks) <= 5 and ftoks[-1] in LUSO_GENERATIONAL and 1 <= len(gtoks) <= 3 and _is_full_given(given):
        return _upper_start(ftoks[0]) and not has_org_word(family)  # "Reis Filho, Nestor Goulart": one person
    # (four words with their particles: "Amador de los Ríos, José", "Lasso de la Vega, José")
    return (
        (2 <= len(ftoks) <= 3 or len(ftoks) == 4 and any(t in PARTICLES for t in ftoks[1:3]))
        and (
            devotional
            or (len(gtoks) == 1 or len(gtoks) == 2 and _two_given(ftoks[0], gtoks))
            and _is_full_given(given)
        )
        and not any(is_initials(t) for t in ftoks)
        and all(_upper_start(t) or t.lower() in PARTICLES for t in ftoks)
        and not has_org_word(family)
    )


def _two_given(family_head: str, given: list[str]) -> bool:
    """``Rodríguez Aldape, Fernando Manuel``, ``Rodríguez Treviño, Julio César``: two known given names after the
    comma, and none opening the first part (``Carl Boettiger, Alan Hastings``, ``Pritam Deka, Anna
    Jurek-Loughrey`` are two persons)."""
    return all(_given_word(t) for t in given) and not _given_word(family_head)


# common Spanish and Portuguese given names (accents folded), which the lexicon's short list leaves out: a
# compound family name and a compound given name ("Julio César") are the Iberian rule
_IBERIAN_GIVEN = frozenset(
    "julio cesar oscar jesus jose juan carlos luis antonio manuel francisco javier miguel pedro alejandro rafael "
    "fernando ricardo sergio alberto eduardo enrique ignacio andres diego pablo raul ramon victor hector gonzalo "
    "alfonso emilio guillermo gustavo rodrigo ernesto joaquin agustin tomas vicente angel jaime joao paulo rui "
    "tiago catalina isabel lucia teresa pilar dolores beatriz cristina elena marta paula silvia sofia monica "
    "veronica gabriela adriana alicia ines julia clara irene raquel rocio mercedes carmen ana luisa josefa "
    "margarita nuria montserrat lourdes daniela valentina camila mariana fernanda marcela milena alejandra lorena "
    "liliana yolanda viviana carolina eugenia ximena jimena gloria esperanza fabiola luz marina andrea patricia "
    "claudia diana sandra natalia felipe mauricio arturo armando camilo mateo sebastian santiago alfredo augusto "
    "orlando hernan fabian julian adrian cristian ivan leonardo mario ruben hugo josep jordi joan pere xavier "
    "merce".split()
)


def _folded(word: str) -> str:
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


def _given_word(word: str) -> bool:
    folded = _folded(word)
    # (the lexicon spells names without their accents: "María", "Sofía" are "Maria", "Sofia")
    return known_given(word) or folded in _IBERIAN_GIVEN or not word.isascii() and known_given(folded)


def known_given_word(word: str) -> bool:
    """Whether the lexicon, the normalisers' wider list or the Iberian list knows ``word`` as a given name."""
    return _given_word(word)


def words_of_a_body(first: str, last: str) -> bool:
    """``Homes Victoria``, ``SJA Trees``: two words read as a given and a family name that name a body, both words
    the labelled references hold far more often outside names (the first no word the lexicon knows: ``April``;
    ``Deep Patel``, ``Long Ouyang`` are persons), or a body's capitals, three or four, before such a word (``JRR
    Tolkien``'s family is a name's, ``IP Gent`` has two initials)."""
    if len(last) < 4 or len(first) < 3 or not hardly_a_name(last):
        return False  # ("Fermi Ma": a short word may be any name)
    if first.isupper() and 3 <= len(first) <= 4 and first.isalpha():
        return True
    return hardly_a_name(first) and first.lower() not in LEXICON


def known_given(word: str) -> bool:
    """Whether the lexicon, or the normalisers' wider list, knows ``word`` as a given name."""
    return "lx=given" in LEXICON.get(word.lower(), ()) or listed_given(word)


# the French and Italian list's names, the family in capitals before the given names with no comma between:
# "DÉCULTOT Elisabeth", "BECK Herbert et BOL Peter Cornelis", "HANSSON Ulf R."
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff"
_CAPS_FAMILY_FIRST = rf"[{_UPPER}][{_UPPER}'\u2019-]+(?:\s[{_UPPER}][{_UPPER}'\u2019-]+){{0,2}}"
_GIVEN_WORD = rf"(?:[{_UPPER}][{_LOWER}'\u2019-]+|[A-Z]\.)"
_CAPS_FIRST_NAME = rf"{_CAPS_FAMILY_FIRST}\s{_GIVEN_WORD}(?:[\s-]{_GIVEN_WORD}){{0,3}}"
_CAPS_FIRST_JOIN = r"(?:,\s|\s(?:et|and|und|e|y|&)\s)"
CAPS_FIRST_LIST = rf"{_CAPS_FIRST_NAME}(?:{_CAPS_FIRST_JOIN}{_CAPS_FIRST_NAME})*"
_CAPS_FIRST_WHOLE = lazy_pattern(rf"{CAPS_FIRST_LIST}")
_CAPS_FIRST_ONE = lazy_pattern(rf"(?P<family>{_CAPS_FAMILY_FIRST})\s(?P<given>.+)")
_CAPS_FIRST_SPLIT = lazy_pattern(_CAPS_FIRST_JOIN)


def caps_first_list(s: str, *, one: bool = True) -> list[Name] | None:
    """``ARBEID Barbara, BRUNI Stefano et IOZZO Mario``: every name its family in capitals before its given names
    (one of them three letters long or more, so no initials), none a body's or a place's; ``one``: a lone name
    with no initial too."""
    if not _CAPS_FIRST_WHOLE.fullmatch(s) or has_org_word(s):
        return None
    names: list[Name] = []
    for part in _CAPS_FIRST_SPLIT.split(s):
        m = _CAPS_FIRST_ONE.fullmatch(part)
        if m is None or not _caps_first_given(m["given"]):
            return None
        if not any(sum(c.isalpha() for c in w) >= 3 for w in m["family"].split()):
            return None
        names.append(make_person(m["family"], m["given"]))
    if not one and len(names) == 1:
        return None  # (one name alone, "NHS Digital", "RELI Africa", may be a body's: the general path reads it)
    return names


# the older French library form's names, each given name in brackets after the family in capitals (AFNOR Z 44-005's
# lists): "AÏM (Olivier) et BILLIET (Stéphane)", "BARTHES, (Roland)", "d’ALMEIDA (Nicole)", "WINKIN (Yves), dir."
_BRACKETED_FAMILY = rf"(?:[{_LOWER}]{{1,2}}['\u2019]\s?|(?:de|du|des|da|di|van|von|le|la)\s)?{_CAPS_FAMILY_FIRST}"
_BRACKETED_GIVEN = rf"{_GIVEN_WORD}(?:[\s-]{_GIVEN_WORD}){{0,3}}"
_BRACKETED_NAME = rf"{_BRACKETED_FAMILY},?\s?\({_BRACKETED_GIVEN}\)"
_BRACKETED_LIST = (
    rf"(?P<names>{_BRACKETED_NAME}(?:{_CAPS_FIRST_JOIN}{_BRACKETED_NAME})*)(?:,?\s?\(?(?P<role>dir|éd|coord)\.\)?)?"
)
_BRACKETED_ONE = lazy_pattern(rf"(?P<family>{_BRACKETED_FAMILY}),?\s?\((?P<given>{_BRACKETED_GIVEN})\)")
# the names opening a reference, closed by their full stop (not by an APA date's bracket: "WHO (World …). (2020).")
_BRACKETED_HEAD = lazy_pattern(rf"{_BRACKETED_LIST}(?:(?<=\.)|\s?\.)(?=\s+[^\s(]|\s*$)")
_BRACKETED_WHOLE = lazy_pattern(rf"{_BRACKETED_LIST}\.?")


def _bracketed_persons(run: str) -> list[Name] | None:
    """The persons of a run of ``NOM (Prénom)`` names; None where a bracket holds no given name (a place, a body's
    word) or one name alone of two words in capitals has a given name no list knows (``PT PLN (Persero)``, a body
    and its legal form)."""
    found = list(_BRACKETED_ONE.finditer(run))
    if any(not _caps_first_given(m["given"]) or has_org_word(m["given"]) for m in found):
        return None
    if len(found) == 1:
        words = found[0]["family"].split()
        while len(words) > 1 and words[0].lower() in PARTICLES:
            words = words[1:]
        if len(words) > 1 and not known_given(found[0]["given"].split()[0]):
            return None
    return [make_person(m["family"], m["given"]) for m in found] or None


def bracketed_given_names(s: str) -> list[Name] | None:
    """The persons of ``s`` when it is a whole list of ``NOM (Prénom)`` names (with its role word), else None."""
    m = _BRACKETED_WHOLE.fullmatch(s.strip())
    return None if m is None else _bracketed_persons(m["names"])


def bracketed_given_head(text: str) -> tuple[int, bool] | None:
    """Where the ``NOM (Prénom)`` names opening ``text`` end (past their role and full stop), and whether a role
    word makes them editors; None where the text opens otherwise."""
    if "(" not in text[:60] or (m := _BRACKETED_HEAD.match(text)) is None or _bracketed_persons(m["names"]) is None:
        return None
    return m.end(), m["role"] is not None


def _caps_first_given(given: str) -> bool:
    """Given names after a family in capitals: one spelled out (``Thomas W.``, not ``S.`` alone, which makes the
    capitals Vancouver's initials' family), no place or region (``OXFAM Canada``, ``WHO Europe`` are bodies)."""
    if not any(sum(c.islower() for c in w) >= 1 for w in given.split()):
        return False
    return not is_place(given) and given.lower() not in REGIONS


def _caps_first(toks: list[str]) -> Name | None:
    """``PAILLART Isabelle``, ``RAVIS-GIORDANI Georges``: a family in capitals, then the given name."""
    k = 0
    while k < len(toks) and sum(c.isalpha() for c in toks[k]) > 1 and toks[k].isupper() and "." not in toks[k]:
        k += 1
    long_caps = any(sum(c.isalpha() for c in t) >= 4 for t in toks[:k])  # "JA Smith" has initials first
    if 0 < k < len(toks) and long_caps and all(t[:1].isupper() and not t.isupper() for t in toks[k:]):
        return make_person(" ".join(toks[:k]), " ".join(toks[k:]))
    return None


# The three commonest list shapes, read at once (speed); anything else takes the general path.
_W = r"(?![a-z]|(?i:and|ano|und|et)\s)[^\W\d_][\w'\u2019-]+"  # a capitalised word, not a conjunction
_PART = r"(?:(?!and\s|et\s|und\s)[a-z]{1,3}\s){0,2}"  # lowercase particles: "van der", "da"
_FAM2 = rf"(?:{_PART}{_W}(?:\s{_W})?)"  # family first: "Di Carlo, G.", "Van Damme JC"
_FAM1 = rf"(?:{_PART}{_W})"  # family last, natural order: one word ("J. Ignacio Cirac" is given + family)
_INI = r"(?:[A-Z]\.(?:[\s-]?[A-Z]\.){0,3})"
_SEP = r"(?:,\s(?:&\s|(?i:and)\s)?|\s&\s|\s(?i:and)\s)"
# up to three initials; four after a family name in lower case (``Watkins CJCH``), not a word in capitals
_VAN = r"(?:[A-Z]{1,3}|(?<=[a-z\u00df-\u00ff]\s)[A-Z]{4})"
# a Vancouver family: no word of it in capitals, which would be initials ("Jun SP SP")
_VFAM = rf"(?:{_PART}(?![A-Z]+\s){_W}(?:\s(?![A-Z]+\s){_W})?)"
_START = r"(?<![^\s,])"  # an item begins the string or follows a space or comma
_FAST = (
    # APA "Family, I. I., Family, I., & Family, I."
    (
        lazy_pattern(rf"{_START}({_FAM2}),\s({_INI})"),
        lazy_pattern(rf"{_FAM2},\s{_INI}(?:{_SEP}{_FAM2},\s{_INI})*"),
        True,
    ),
    # "I. I. Family, I. Family, and I. Family"
    (
        lazy_pattern(rf"{_START}({_INI})\s?({_FAM1})(?=,|\s&|\sand|$)"),
        lazy_pattern(rf"{_INI}\s?{_FAM1}(?:{_SEP}{_INI}\s?{_FAM1})*"),
        False,
    ),
    # Vancouver "Family IA, Family I" (the list's full stop may close it: "Dayan P.", kept after one initial
    # as the general path keeps it)
    (
        lazy_pattern(rf"{_START}({_VFAM})\s({_VAN}(?:(?<=\s[A-Z])\.)?)\.?(?=,|$)"),
        lazy_pattern(rf"{_VFAM}\s{_VAN}(?:,\s{_VFAM}\s{_VAN})*\.?"),
        True,
    ),
)
_NOT_FAST = lazy_pattern(r"\b(?:Jr|Sr|II|III|IV|etal|et|al)\b")


def _fast_names(s: str) -> list[Name] | None:
    for item, whole, family_first in _FAST:
        if whole.fullmatch(s):
            # (the shape first: most lists have none of these shapes, and these tests cost more)
            if _NOT_FAST.search(s) or has_org_name_word(s):
                return None
            return [make_person(a, b) if family_first else make_person(b, a) for a, b in item.findall(s)]
    return None


# a word of two letters or more, or two such joined by a hyphen ("Ren-Cang Li.": the family closes the name)
_WORD_2 = lazy_pattern(r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})?")
# two-letter abbreviations of given names ("Dupont-Moretti Ch.", "Kovács-Nagy Gy."), never a family name
_GIVEN_ABBREVIATIONS = frozenset("Ch Th Ph St Sz Zs Cs Gy Ly Ny Ty".split())
_ABBREVIATED = lazy_pattern(r"(?:[^\W\d_]{1,2}\.-?)+|Jr\.|Sr\.")
_TWO_LETTER_ABBREVIATION = lazy_pattern(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]\.")
_LETTER_RE = lazy_pattern(r"[^\W\d_]")


# MEDLINE's Vancouver form of Portuguese and Spanish names puts the particle after the initials (``Silva MRF da``,
# ``Sousa DT de``, ``Fernandes R de CP``): the family name stays first, the particle goes with the given name.
_VANCOUVER_PARTICLE = lazy_pattern(
    rf"(?P<family>[{_UPPER}][\w'\u2019-]+(?: [{_UPPER}][\w'\u2019-]+)?) "
    rf"(?P<given>[{_UPPER}]{{1,4}}(?: (?:da|de|do|das|dos|del|di)(?: [{_UPPER}]{{1,3}})?)?)"
)
_PARTICLE_AFTER = lazy_pattern(r" (?:da|de|do|das|dos|del|di)(?: [A-Z\u00c0-\u00de]{1,3})?(?:,|$)")


def _vancouver_particles(s: str) -> list[Name] | None:
    """A Vancouver list in which some name carries its particle after the initials, else None."""
    if not _PARTICLE_AFTER.search(s):
        return None
    parts = s.split(", ")
    matches = [_VANCOUVER_PARTICLE.fullmatch(part) for part in parts]
    if not all(matches) or has_org_name_word(s):
        return None
    return [make_person(m.group("family"), m.group("given")) for m in matches if m]


# a company with its legal form after a comma: "Gurobi Optimization, LLC", "Wolfram Research, Inc." (one body; a
# person's "Smith, L." has initials there)
# a body "of" a list of fields, each of one to three words: "National Academies of Sciences, Engineering, and
# Medicine", "Ministry of Agriculture, Fisheries and Food", "Department of Infrastructure, Transport, Regional
# Development and Communications", under the government it belongs to ("Australia. Department of …"); a British
# department is "for" its list ("Department for Environment, Food and Rural Affairs", "Department for Levelling Up,
# Housing and Communities")
_FIELD = r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
# in Spanish, Portuguese, French and Catalan, "de"/"da"/"do" and "y"/"e"/"et"/"i" ("Ministerio de Educación, Cultura y
# Deporte", "Ministério da Ciência, Tecnologia e Inovação"); in Indonesian and Malay the field follows the body's
# word of its kind with no "of", and "dan" closes the list ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi")
BODY_OF_LIST = lazy_pattern(
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\.\s+)?"
    rf"(?:(?P<body>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,4}}\s+(?:of|for)\s+(?:the\s+)?{_FIELD})"
    rf"(?:,\s+{_FIELD})*,?\s+(?:and|&)\s+{_FIELD}"
    rf"|(?P<romance>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,4}}\s+(?:de|del|da|do|des|du)\s+{_FIELD})"
    rf"(?:,\s+{_FIELD})*\s+(?:y|e|et|i)\s+{_FIELD}"
    r"|(?P<malay>(?:Kementerian|Badan|Direktorat|Lembaga|Dewan|Komisi|Jabatan|Kantor|Dinas|Pusat)"
    rf"\s+{_FIELD})(?:,\s+{_FIELD})*,?\s+dan\s+{_FIELD})"
)
# the words of the languages' "of" (or Indonesian's "and") one of which the cheap test before the pattern looks for
_LIST_WORDS = (" of ", " for ", " de ", " da ", " do ", " del ", " des ", " du ", " dan ")


def body_of_list(s: str) -> bool:
    """``Ministry of Agriculture, Fisheries and Food``, ``Ministerio de Educación, Cultura y Deporte``,
    ``Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi``: a body named by its portfolio, one name whose
    commas and "and" list the fields it answers for (its head word names a kind of body)."""
    if "," not in s and " of " not in s and " for " not in s or not any(w in s for w in _LIST_WORDS):
        return False
    if (m := BODY_OF_LIST.fullmatch(s.rstrip(" ."))) is None:
        return False
    return bool(m["malay"]) or has_org_name_word(m["body"] or m["romance"])


# a firm's name closed by its legal form, no comma: "IBM Corp.", "StataCorp LLC", "Gaussian Inc."
# a company's legal form, which a comma may set after its name ("Center, Inc.", "Publishing Co., Inc.")
LEGAL_FORM = r"(?:Inc|Ltd|LLC|Corp|Co|GmbH|plc|S\.A|AG|B\.V)"
# (a brand may open in lower case: "i-Transport LLP", "eBay Inc."; the Czech and Slovak forms are in lower case:
# "JetBrains s.r.o.", "Seznam.cz a.s.")
# (a legal form that could be a person's initials - "AG", "AB", "S.A.", "B.V." - closes a firm only after two words
# or more: "Barto AG", "Raman B.V." are a family name and initials; "Stadler Bussnang AG", "Equinor ASA" a firm)
_LEGAL_FORM_CLOSES = lazy_pattern(
    r"(?:[A-Z]|[a-z](?=[A-Z-]))[\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4}\s+"
    r"(?:Corp|Inc|Ltd|LLC|LLP|GmbH|plc|PLC|Oyj?|S\.p\.A|SpA|S\.r\.l|s\.\s?r\.\s?o|a\.\s?s)\.?"
    rf"|(?!(?:{'|'.join(sorted(CAPITAL_PARTICLES))})\s)"  # "De Souza AG", "Van Gogh AB": a family name and initials
    r"(?:[A-Z]|[a-z](?=[A-Z-]))[\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){1,4}\s+(?:AG|AB|ASA|S\.A|B\.V|N\.V)\.?"
)
# (in capitals too, as ISO 690 sets a body heading: "FIGMA, INC."; and the Czech and Slovak forms "s.r.o.", "a.s.")
_COMPANY = lazy_pattern(
    r"[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5},\s*"
    r"(?:LLC|L\.L\.C\.|Inc\.?|INC\.?|Ltd\.?|LTD\.?|GmbH|GMBH|Corp\.?|CORP\.?|s\.\s?r\.\s?o\.?|a\.\s?s\.?)"
)


def closed_by_legal_form(text: str) -> bool:
    """``IBM Corp.``, ``StataCorp LLC``, ``JetBrains s.r.o.``: a firm's name closed by its legal form, no comma."""
    s = text.strip().rstrip(",;:")
    return " " in s and "," not in s and _LEGAL_FORM_CLOSES.fullmatch(s) is not None


def company_name(text: str) -> str | None:
    """``Docker, Inc.``, ``FACETWP, LLC``: a firm's name with its legal form after a comma, as written (the legal
    form's own period kept, a list's closing period not), else None."""
    s = clean_space(unmark(text)).strip(" ,;:")
    m = _COMPANY.fullmatch(s) or _COMPANY.fullmatch(s.rstrip("."))
    return m.group(0) if m else None


# a name opening on a possessive or a contraction ("Let's Encrypt", "Women's Aid"): a body or a site, never a person
_POSSESSIVE_OPENING = lazy_pattern(r"[A-Z][a-z]*['’]s(?:\s+[A-Z][\w'’&-]*){1,4}")
# a laboratory named for its artificial intelligence, two words or more before "AI" ("Google Quantum AI"), as the
# only name and closed by a comma: a Vancouver name with the initials "AI" ends its list with a period
_AI_LAB = lazy_pattern(r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){1,3}\s+AI")


# a bracketed word of a body's name (a legal form, an abbreviation: "(Persero)", "(NCLB)"), no initials ("(H.)") nor
# a person's handle ("(@petesouza)")
_BODY_BRACKET = lazy_pattern(r"\([^\W\d_][^\W\d_&'’ -]{2,}\)")
# a body's word in capitals before that bracket ("PT PLN"), where a person's role would follow a name ("Hans Meister
# (Vorsitz)")
_CAPITALS_WORD = lazy_pattern(r"\b[A-Z]{2,}\b")


def body_with_abbreviation(text: str) -> str | None:
    """``Department of Agriculture, Fisheries and Forestry (DAFF)``: a body's name closed by the abbreviation of its
    words on both sides of its comma is one body, its commas its own (an abbreviation of the words before the comma
    alone names the second of two bodies: ``Environmental Protection Agency, United States (EPA)``)."""
    s = clean_space(unmark(text)).strip(" ,;:.")
    closing = _ABBREVIATION_CLOSES.search(s) if s.count("(") == 1 else None
    if closing is None or not has_org_name_word(head := s[: closing.start()]):
        return None
    before, _, after = head.rpartition(",")
    initials = [w[0] for w in _CAPITALISED.findall(before)], [w[0] for w in _CAPITALISED.findall(after)]
    whole = "".join(initials[0] + initials[1])
    at = whole.find(closing.group("short"))
    return s if at >= 0 and at + len(closing.group("short")) > len(initials[0]) else None


_CAPITALISED = lazy_pattern(r"(?<![\w'\u2019])[A-Z][\w'\u2019]*")


def capital_initials(text: str) -> str:
    """The first letters of the capitalised words of ``text`` (``CDCP`` of ``Centers for Disease Control and
    Prevention``): what a body's bracketed short name is made of."""
    return "".join(w[0] for w in _CAPITALISED.findall(text))


def _initialled_body(text: str) -> str | None:
    """``Centers for Disease Control and Prevention (CDC)``: a name with no comma closed by the initials of its own
    capitalised words (all of them, or all but the last), whatever its words, is one body, its "and" its own."""
    s = clean_space(unmark(text)).strip(" ,;:.")
    closing = _ABBREVIATION_CLOSES.search(s) if s.count("(") == 1 and "," not in s else None
    if closing is None:
        return None
    initials = capital_initials(s[: closing.start()])
    short = closing.group("short")
    return s if len(initials) >= 3 and initials.startswith(short) and len(initials) - len(short) <= 1 else None


def _arabic_name(text: str) -> list[Name] | None:
    """A classical Arabic name (``arabic_names``) the span holds alone, its closing marks off."""
    if not any(w in text for w in ("Ibn", "IBN", "Abu", "Ab\u016b", "Umm", " b. ", " ibn ", " bin ", "-")):
        return None
    return arabic_name(clean_space(unmark(text)).strip(" ,;:."))


# a particle in capitals before a family name that is not ("VAN Steen, Maarten", "DE LA Cruz, Ana" of ABNT and older
# lists), opening the span or one of its names, the inverted name closed by its comma
_CAPS_PARTICLE = lazy_pattern(
    r"(?:^|(?<=[;&]\s))(?:VAN|VON|DE|DA|DO|DOS|DAS|DEL|DELLA|DI|DU|LE|LA|DER|DEN|TEN|TER)"
    r"(?:\s(?:LA|LAS|LOS|DER|DEN|DE|VAN|DI))?(?=\s[A-ZÀ-Þ][a-zß-ÿ][^\s,;]*,)"
)


def _caps_particles_kept(text: str) -> list[Name] | None:
    """``VAN Steen, Maarten``: the names read with each particle in capitals before a capitalised family name
    written in lower case (as particles are), then given back as written; None where the text has none."""
    found = [m.group() for m in _CAPS_PARTICLE.finditer(text)]
    if not found:
        return None
    names = names_from_span(_CAPS_PARTICLE.sub(lambda m: m.group().lower(), text))
    written = {p.lower(): p for p in found}
    for n in names:
        particle = n.get("non-dropping-particle")
        if particle in written:
            n["non-dropping-particle"] = written[particle]
    return names


# an inverted list whose names follow one another with no comma after the initials (as e-libraries print them):
# "Mercader Rubio, I. Pérez Esteban, M. D. & Gutiérrez Ángel, N."
_INV_PARTICLE = r"(?:de|del|la|los|das|dos|da|do|du|van|von|der|den)\s+"
_INV_FAMILY = rf"[A-ZÀ-Þ][\w'’-]+(?:\s+(?:{_INV_PARTICLE}){{0,2}}[A-ZÀ-Þ][\w'’-]+){{0,2}}"
_INV_INITIALS = r"(?:[A-ZÀ-Þ]\.\s?){1,3}"
# (each name matched once, atomic: the space after the initials read by them or by the join would try every way of
# a long list before failing on the title a span ran into)
_INV_NAME = rf"(?>{_INV_FAMILY},\s{_INV_INITIALS})"
_INVERTED_UNCOMMAED = lazy_pattern(rf"{_INV_NAME}(?>\s*(?:&|y)?\s*{_INV_NAME})+")
_NEXT_INVERTED = lazy_pattern(rf"(?<=[A-ZÀ-Þ]\.)\s+(?={_INV_FAMILY},\s[A-ZÀ-Þ]\.)")


def names_from_span(text: str) -> list[Name]:
    """The persons or organisations a labelled name span lists, in any style:
    ``Smith, J. A.``, ``J. A. Smith``, ``Smith JA``, ``SMITH, John``,
    ``John Smith and Mary Jones``, ``World Health Organization``."""
    if "(" in text and (bracketed := bracketed_given_names(clean_space(unmark(text)))) is not None:
        return bracketed  # the French "AÏM (Olivier) et BILLIET (Stéphane)"
    if ". " in text and _INVERTED_UNCOMMAED.fullmatch(text.strip(" ;")):
        text = _NEXT_INVERTED.sub(", ", text)  # an e-library's "Mercader Rubio, I. Pérez Esteban, M. D. & …"
    # "Clement VII.": a pope's name whole, its number no initials
    bare = text.strip(" .,;:")
    if len(bare) < 40 and bare[-1:] in ("I", "V", "X") and (regnal := _regnal_name(bare)):
        return [{"literal": regnal}]
    if " " in text and text[:1].isupper() and (kept := _caps_particles_kept(text)) is not None:
        return kept
    if ", " in text and (firm := company_name(text)) is not None:
        return [{"literal": firm}]  # "FIGMA, INC.", "Acme, s.r.o.": one firm, its legal form kept
    if ("von " in text or "van " in text) and (m := _EDITED_BY.search(text)) and not _LISTED.search(text, 0, m.start()):
        text = text[m.end() :]  # "Zum ersten Male hrsg. von Karl Schorbach": the names after the role
    if " u. " in text:
        text = _GERMAN_AND.sub(" und ", text)
    if " - " in text or " \u2013 " in text:
        text = _DASHED_NAMES.sub(", ", text)  # Italian lists' "García M. - Beaumatin E.": two persons
        if (persons := dashed_natural_names(text)) is not None:
            text = ", ".join(persons)  # (the span's label already tells the role)
    if "&" in text and (firm := ampersand_firm(text.strip(" ,;.()"))) is not None:
        return [{"literal": firm}]
    if text.rstrip(" ,;:.").endswith(")") and (body := body_with_abbreviation(text) or _initialled_body(text)):
        return [{"literal": body}]
    if ", " in text and (body := body_with_acronym(clean_space(unmark(text)).strip(" ,;:."))) is not None:
        return [{"literal": body}]
    if ", " in text and text[:1] in _UNIT_OPENINGS and (unit := _unit_of_body(text)) is not None:
        return [{"literal": unit}]
    if (arabic := _arabic_name(text)) is not None:
        return arabic
    names = compound_families(text, families_after_lone_initials(comma_initials_joined(_names_from_span(text))))
    if "al-" in text or "ad-" in text:
        names = [compound_family(n) if "family" in n else n for n in names]
    if (
        len(names) == 1
        and _BODY_BRACKET.fullmatch(family := names[0].get("family", ""))
        and (family[1:-1].isupper() or _CAPITALS_WORD.search(str(names[0].get("given", ""))))
    ):
        # "PT PLN (Persero)": a bracket closing one name is a body's legal form or abbreviation (roles are off by
        # now), never a person's family name
        return [{"literal": clean_space(unmark(text)).strip(" ,;:.")}]
    return [_acronym_closed(n) if "literal" in n else n for n in names]


# a body's unit named before the body (or its town), after a comma: AMA's "Department of Orthodontics and Restorative
# Dentistry, Glenfield Hospital", "Centre for Ecology and Hydrology, Wallingford" (its "and" joins the unit's
# subjects, never two persons)
_UNIT_OF_BODY = lazy_pattern(
    r"(?:Department|Dept\.|School|Faculty|Centre|Center|Division|Institute|Unit|Office|Laboratory|Section|Directorate)"
    r"\s+(?:of|for)\s+[A-Z][^,;()\d.]*?(?P<parents>(?:,\s+[A-Z][^,;()\d]*?){1,2})"
)
_UNIT_OPENINGS = frozenset("DSFCIUOL")
# the body a unit belongs to: an institution's word, or a town
_PARENT_BODY = lazy_pattern(
    r"\b(?:Hospital|University|College|Council|Trust|Institute|Agency|Service|Authority|Ministry|Government|Board|"
    r"Foundation|Society|Association|Centre|Center|Survey|Laboratory|Commission|Clinic|Academy|Museum|Library|NHS)\b"
)


def _unit_of_body(text: str) -> str | None:
    """The whole of ``Department of X and Y, Glenfield Hospital`` when the span names a body's unit and its parent
    body (or town) alone, no person among them."""
    t = clean_space(unmark(text)).strip(" ,;:.")
    if (m := _UNIT_OF_BODY.fullmatch(t)) is None:
        return None
    parents = [p.strip() for p in m["parents"].split(",") if p.strip()]
    if not all(_PARENT_BODY.search(p) or is_place(p) for p in parents):
        return None
    return t


# German's role phrases before an edition's editors, and what leads into them ("Zum ersten Male", "eingeleitet und"),
# and Dutch "onder red. van", "onder redactie van"
_EDITED_BY = lazy_pattern(
    r"\b(?:(?:[Hh]rsg\.|[Hh]g\.|[Hh]erausgegeben|ediert|[Bb]earb\.|[Bb]earbeitet|übersetzt|übers\.)\s+von"
    r"|onder\s+(?:de\s+)?red(?:\.|actie)\s+van)\s+(?=[A-ZÀ-Ý])"
)
_LISTED = lazy_pattern(r"[,;]")
# German's "u." (und) between two names: "Jutta Dick u. Marina Sassenberg"
_GERMAN_AND = lazy_pattern(r"(?<=[^\W\d_]{2})\s+u\.\s+(?=[A-ZÀ-Þ])")
# a spaced dash between two names written "Family I.": the list's separator
_DASHED_NAMES = lazy_pattern(r"(?<=\s[A-Z]\.)\s+[-\u2013]\s+(?=[A-ZÀ-Ý][^\W\d_'’-]+(?:[-'’][^\W\d_]+)?\s+[A-Z]\.)")
_SPACED_DASH = lazy_pattern(r"\s+[-\u2013]\s+")
# one person's name alone: words, initials, hyphens and apostrophes (no comma or slash joining a list or a title)
_NAME_ALONE = lazy_pattern(r"[^\W\d_][\w.'’ -]*")


def _person_alone(part: str) -> bool:
    return _NAME_ALONE.fullmatch(part) is not None and natural_name(part) and not is_initials(part.split()[0])


def dashed_natural_names(text: str) -> list[str] | None:
    """Italian lists' ``Lorenza Mochi Onori - Rossella Vodret (a cura di)``: names in natural order, each its given
    and family names spelled out, parted by spaced dashes (no comma): the persons, roles left out, or None."""
    pieces = _SPACED_DASH.split(strip_roles(text))
    if len(pieces) < 2 or not all(_person_alone(p) for p in pieces):
        return None
    return pieces


_CONJUNCTION_GAP = lazy_pattern(r"\s+([yie])\s+")
_JOINED_CLOSES = lazy_pattern(r",|\s+[A-Z]{1,3}\b")  # Vancouver's "Ramón y Cajal S."


def _joined_by_conjunction(text: str, first: str, second: str) -> re.Match[str] | None:
    r"""The gap (its conjunction group 1) of the first ``re.search(rf"(?<![\w.]){re.escape(first)}\s+([yie])\s+
    {re.escape(second)}(?:,|\s+[A-Z]{{1,3}}\b)", text)``, with no pattern compiled for each name."""
    if second[:1].isspace():  # (where the gap before it could end in two places)
        pattern = rf"(?<![\w.]){re.escape(first)}\s+([yie])\s+{re.escape(second)}(?:,|\s+[A-Z]{{1,3}}\b)"
        return re.search(pattern, text)
    for gap in after_each(text, first, _CONJUNCTION_GAP, not_after="."):
        if text.startswith(second, gap.end()) and _JOINED_CLOSES.match(text, gap.end() + len(second)):
            return gap
    return None


def compound_families(text: str, names: list[Name]) -> list[Name]:
    """Spanish, Catalan and Portuguese family names joined by their ``y``, ``i``, ``e`` (``Ortega y Gasset, J.``,
    ``Ramón y Cajal, S.``, ``Silva e Souza, J.``), read as two names parted by the conjunction: one family name,
    where the first part stands bare (no given name) straight before the conjunction and the second's comma (or
    Vancouver's initials)."""
    if len(names) == 3 and all(set(n) == {"family"} for n in names):
        # "Paz y Melia, Antonio." read as three bare family names: one inverted name, its family joined
        a, b, given = (str(n["family"]) for n in names)
        said = text.strip(" .,;")
        for conj in ("y", "i", "e"):
            if said == f"{a} {conj} {b}, {given}":
                return [{"family": f"{a} {conj} {b}", "given": given}]
    out: list[Name] = []
    for name in names:
        before = out[-1] if out else None
        if (
            before is not None
            and set(before) == {"family"}
            and name.get("given")
            and " " not in str(before["family"])
            and (m := _joined_by_conjunction(text, str(before["family"]), str(name.get("family"))))
        ):
            out[-1] = {**name, "family": f"{before['family']} {m.group(1)} {name['family']}"}
            continue
        out.append(name)
    return out


# a body's name closing on an acronym (``Amnesty International UK.``, ``Médecins Sans Frontières MSF.``): the
# period closes the author part; an acronym written with periods (``U.K.``) keeps its own
_CLOSING_ACRONYM = lazy_pattern(r"(?<=\s[A-Z])[A-Z]{1,4}\.$")


def _acronym_closed(name: Name) -> Name:
    literal = str(name["literal"])
    if literal.endswith(".") and _CLOSING_ACRONYM.search(literal):
        return {**name, "literal": literal[:-1]}
    return name


# the words that open a family name of two words after initials: Arabic's "Ben", "Ibn", "Abu", "El", "Al"
# (``B. Ben Bakir``); a middle name spelled out after initials (``T. Kai Ng``, ``B. Ranjan Majhi``) is a given name's
_FAMILY_OPENERS = frozenset("ben ibn bin abu abd el al".split())
_HYPHENED_FAMILY = lazy_pattern(r"[A-Z\u00c0-\u00de][^\W\d_]+-[A-Z\u00c0-\u00de][^\W\d_]+")


def _iberian_word(word: str) -> bool:
    """A Spanish or Portuguese family word: a common first surname, a patronymic, or accented."""
    return (
        word in _IBERIAN_FIRST_FAMILY
        or _PATRONYMIC.fullmatch(word) is not None
        or any(c in "áéíóúñãõçÁÉÍÓÚÑ" for c in word)
    )


def _iberian_double(family: str) -> bool:
    """``Arguelles Delgado``, ``Garcia-Tabares Valdivieso``: two capitalised family words, one of them Spanish."""
    words = family.split()
    return (
        len(words) == 2
        and all(_capitalised_word(w) and w.lower() not in PARTICLES for w in words)
        and any(_iberian_word(p) for w in words for p in w.split("-"))
    )


def _iberian_pair(name: Name) -> bool:
    """The word spelled out after the initials, or the family after it, is a Spanish family word."""
    return _iberian_word(str(name["given"]).split()[-1]) or _iberian_word(str(name["family"]))


def _initials_then_word(name: Name, any_word: bool = False) -> bool:
    """``A. Garcia-Tabares`` before ``Valdivieso``, ``B. Ben`` before ``Bakir``: initials, then one spelled-out
    word that opens a family name (two capitalised parts joined by a hyphen, or an Arabic opener; any word with
    ``any_word``), before a one-word family."""
    toks = str(name.get("given") or "").split()
    family = str(name.get("family") or "")
    word = toks[-1] if toks else ""
    return (
        len(toks) >= 2
        and all(_initial_token(t) for t in toks[:-1])
        and _capitalised_word(word)
        and not _initial_token(word)
        and (any_word or word.lower() in _FAMILY_OPENERS or _HYPHENED_FAMILY.fullmatch(word) is not None)
        and bool(family)
        and " " not in family
        and "non-dropping-particle" not in name
    )


def comma_initials_joined(names: list[Name]) -> list[Name]:
    """``Hinton, H, M, Lee, E, S``: a person's second initial set off by a comma like the first, read as a person
    named by one letter; it is the next initial of the name before it."""
    if len(names) < 2 or not any(len(str(n.get("family", ""))) == 1 and "given" not in n for n in names):
        return names
    out: list[Name] = []
    for n in names:
        fam = str(n.get("family", ""))
        prev = out[-1] if out else None
        if (
            len(fam) == 1 and fam.isupper() and set(n) == {"family"} and prev is not None
            and len(str(prev.get("family", ""))) > 1 and is_initials(str(prev.get("given", "")))
        ):
            out[-1] = {**prev, "given": f"{prev['given']} {fam}"}
            continue
        out.append(n)
    return out


def families_after_lone_initials(names: list[Name]) -> list[Name]:
    """``…, A. Garcia-Tabares Valdivieso, A. S. Langner, L. Malina, and A. Franchi``, ``…, B. Ben Bakir, …``:
    where a list gives every other person's given names as initials alone, a hyphenated word or an Arabic
    opener spelled out after the initials is no given name but the first word of a two-word family name."""
    persons = [n for n in names if n.get("family") and n.get("given")]
    odd = [n for n in persons if _initials_then_word(n)]
    # a list that shows Spanish double family names after initials ("C.A. Arguelles Delgado", "A. Garcia-Tabares
    # Valdivieso"): a Spanish word spelled out after another's initials opens that one's family name too ("R.
    # Tomas Garcia")
    if odd or any(is_initials(str(n["given"])) and _iberian_double(str(n["family"])) for n in persons):
        odd += [n for n in persons if n not in odd and _initials_then_word(n, any_word=True) and _iberian_pair(n)]
    if not odd:
        return names
    abbreviated = sum(is_initials(str(n["given"])) for n in persons)
    if abbreviated < 2 or 2 * abbreviated < len(persons):
        return names
    out: list[Name] = []
    for n in names:
        if n in odd:
            toks = str(n["given"]).split()
            n = {**n, "family": f"{toks[-1]} {n['family']}", "given": " ".join(toks[:-1])}
        out.append(n)
    return out


# the governments MLA names before their body ("United States, Environmental Protection Agency"), beside the
# countries and regions a place may close on
_GOVERNMENTS = frozenset(["united states", "united kingdom", "great britain", "european union", "new south wales"])


def _government_body(s: str) -> bool:
    """``United States, Environmental Protection Agency``, ``Canada, Department of Finance``, ``United States,
    Congress, Senate``: a government, a comma, then its body (MLA's government author) is one author."""
    gov, _, body = s.partition(", ")
    low = gov.lower().removeprefix("the ")
    if " and " in body:
        return False
    if low in _GOVERNMENTS or low in REGIONS or _LOCAL_GOVERNMENT.fullmatch(gov):
        return has_org_name_word(body.split(",")[0])
    # "Bristol City Council, Planning Department": a body, then one of its divisions (or a division's own unit:
    # "American Library Association, Young Adult Services Division, Services Statement Development Committee")
    units = body.split(", ")
    if len(units) == 1 and _DIVISION_OPENS.match(body) and _BODY_WORDS.fullmatch(gov):
        return True  # "Rete Ferroviaria Italiana, Direzione Tecnica": a body's name of no kind word, then its division
    return len(units) <= 2 and has_org_name_word(gov) and all(_DIVISION.search(u) or _UNIT_OF.match(u) for u in units)


# a division named by its kind first, in English or a Romance language: "Direzione Tecnica", "Dirección General de
# Carreteras", "Direction Technique", "Department of Music" (no one's given name)
_DIVISION_OPENS = lazy_pattern(
    r"(?:Direzione|Dirección|Direção|Direction|Directorate|Department|Departamento|Dipartimento|Département|Division)"
    r"\s+(?:of\s+|for\s+|d[eiu]\s+|des\s+|del\s+)?[A-ZÀ-Ý][^,]*$"
)
# two words or more, each capitalised and none an initial: a body's own name ("Rete Ferroviaria Italiana", "SNCF
# Réseau")
_BODY_WORDS = lazy_pattern(r"[A-ZÀ-Ý][\w'’&-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-ZÀ-Ý][\w'’&-]+)+")


# a town's or a province's government named by its seat: "City of Toronto", "Government of Ontario"
_LOCAL_GOVERNMENT = lazy_pattern(
    r"(?:City|County|Town|Borough|State|Province|Government|Municipality|Region|District|Commonwealth)\s+of\s+"
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
)
# a unit named by what it serves, its kind first: "Office on Women's Health", "National Center for Health Statistics"
_UNIT_OF = lazy_pattern(
    r"(?:[A-Z][\w'’-]*\s+){0,2}(?:Office|Bureau|Cent(?:er|re)s?|Institutes?|Division|Directorate|Agency|Administration)"
    r"\s+(?:of|for|on)\s+[A-Z][^,]*$"
)
# (a numbered one too: "Portfolio Committee No. 2")
_DIVISION = lazy_pattern(
    r"\b(?:Division|Department|Directorate|Branch|Bureau|Section|Unit|Committee|Office|Service|Region)(?:\s+No\.?\s*\d{1,3})?$"
)


def screen_name(s: str) -> str | None:
    """``[Jean-Sébastien Marier].``: APA's screen name alone in its brackets, with no name before it (the
    uploader's own words for themselves), else None."""
    t = s.strip(" .,;:")
    if t[:1] != "[" or t[-1:] != "]" or t.count("[") != 1 or t.count("]") != 1:
        return None
    return t[1:-1].strip() or None


# the Britannica's citing tool names its editors as one author, inverted on the encyclopaedia's name: "Britannica, The
# Editors of Encyclopaedia" (APA's "Britannica, T. Editors of Encyclopaedia")
_BRITANNICA_EDITORS = lazy_pattern(
    r"(?P<family>Britannica),\s+(?P<given>(?:The|T\.)\s+Editors\s+of\s+Encyclop(?:ae|æ|a|e)dia)"
)


# an ORCID iD, bare or as its address
_ORCID = lazy_pattern(r"(?:https?://orcid\.org/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX]")


def _names_from_span(text: str) -> list[Name]:
    from biblio.parse.normalisers.markup import plain

    # plain text comes with its spacing collapsed; an opening bracket at the end is the date's ("Pohl, A. (")
    s = strip_roles(_tidy(plain(text)).strip(" ,;:").rstrip(" ([").rstrip(" ,;:"))
    if ";" in s and "-" in s and _ORCID.search(s):
        # a repository's list names a person's ORCID iD as one of its entries: "Mateu Sagués, Marta;
        # 0000-0002-2978-7201; Saorin, Carme" (an identifier, no one's name)
        s = "; ".join(part for part in s.split(";") if not _ORCID.fullmatch(part.strip()))
    if (alias := screen_name(s)) is not None:
        return [{"literal": alias}]
    if "Editors of" in s and (editors := _BRITANNICA_EDITORS.fullmatch(s)):
        return [make_person(editors["family"], editors["given"])]
    if "*" in s or "_" in s:
        s = _STRAY_MARK.sub("", s)
    s = language_conjunctions(s)
    if " AND " in s and _caps_persons(s):
        s = _CAPS_AND.sub(" and ", s)
    if s[:1] in _BULLETS:
        s = _BULLET.sub("", s)
    if s[:1].isdigit() or s[:1] == "[":
        s = _LIST_NUMBER.sub("", s)
    if s[-1:].isdigit() or s[-2:-1].isdigit():
        s = _RUN_ON_YEAR.sub("", s)
    if "/" in s and "," in s and "//" not in s and not has_org_name_word(s):
        s = _SLASH.sub("; ", s)  # German lists: "Hinz, A. / Rauer, W.", "Risse, Thomas/Lehmkuhl, Ursula"
    elif "/" in s and _SLASHED_SURNAMES.fullmatch(s):
        return [make_person(f) for f in _SLASH.split(s)]  # German notes' editors "Söllner/Mittermaier"
    elif " / " in s and _SLASHED_PAIRS.fullmatch(s) and (slashed := _slashed_pairs(s)):
        return slashed
    if _DIGIT.search(s) and " " in s and _AFFILIATION.search(s):
        s = _AFFILIATION.sub("", s)  # "Ligia C. Gomes1,2,3": affiliation marks (one word is a name: "Force11")
    toks = s.split()
    last = toks[-1] if toks else ""
    # "Youfeng Wu." ends in a family name, "Smith, Th." in an abbreviated given name
    family_last = (
        len(toks) > 1
        and _WORD_2.fullmatch(toks[-2]) is not None
        and ("-" not in toks[-2] or last[:-1] not in _GIVEN_ABBREVIATIONS)
    )
    if (
        last.endswith(".")
        and (not _ABBREVIATED.fullmatch(last) or family_last and _TWO_LETTER_ABBREVIATION.fullmatch(last))
        and not (len(toks) == 2 and _FAMILY_SHORT_GIVEN.fullmatch(s))
    ):
        s = s[:-1]
    if not s or not _LETTER_RE.search(s):
        return []
    if "," in s and (company := _COMPANY.fullmatch(text.strip(" ,;:"))):
        return [{"literal": company.group(0)}]
    if body_of_list(s):
        return [{"literal": s}]  # "Department of Health, Education, and Welfare": one body of several fields
    if _LEGAL_FORM_CLOSES.fullmatch(s):
        return [{"literal": s}]  # "IBM Corp", "StataCorp LLC": a firm, not initials and a family name
    if _AI_LAB.fullmatch(s) and text.rstrip().endswith(","):
        return [{"literal": s}]  # "Google Quantum AI,": a laboratory, not a family name and initials
    if ("'s " in s or "’s " in s) and _POSSESSIVE_OPENING.fullmatch(s):
        return [{"literal": s}]  # "Let's Encrypt", "Tom's Hardware": no given name ends in "'s"
    if national_body(s) and not _LIST_MARKS.search(s) or _ACRONYM_ALONE.fullmatch(s):
        return [{"literal": s}]  # "Greenpeace UK", "IEA": a body
    if "," in s and _government_body(s):
        return [{"literal": s}]
    if ")" in s:
        if body_abbreviated(s):
            return [{"literal": s}]
        s = _AFFILIATION_BRACKET.sub(_person_affiliation_off, s)
    if "]" in s:
        s = _ALTERNATIVE_SPELLING.sub("", s)
    if s[1:2].isupper() and (caps_first := caps_first_list(s, one=False)) is not None:
        return caps_first
    particles = _vancouver_particles(s.rstrip(".")) if " d" in s else None
    if particles:
        return particles
    if " " in s and (closing := _given_particle_closing(s)) is not None:
        return closing
    if ("&" in s or " and " in s) and (pair := _inverted_pair_then_natural(s)) is not None:
        return pair
    if s.count(",") > 2 and (listed := _inverted_then_naturals(s)) is not None:
        return listed
    if first := family_first_pairs(_LIST_PARTS.split(s)):
        return [make_person(family, given) for family, given in first]
    if CJK.search(s) and (romanised := _romanised_before_characters(s)) is not None:
        return romanised
    fast = _fast_names(s)
    if fast is not None:
        return fast
    caps = _caps_inverted(s) if _CAPS_HINT.search(s) else None
    if caps:
        return caps
    pairs = _compound_pairs(s)
    if pairs:
        return pairs
    if (bare := _bare_families(s)) is not None:
        return bare
    if looks_personal(s):
        return parse_names(s)
    return _natural_list(s)


# Chicago's first name inverted, its family of two words, the second name in natural order after the conjunction:
# "Alemany Ferrer, Rafael y Robert Tate", "Delgado Ruiz, Ana & John Smith" (one given word before the conjunction
# is no person's whole name)
_INVERTED_PAIR = lazy_pattern(
    rf"(?P<family>[{_UPPER}][^\W\d_]+(?:-[^\W\d_]+)?\s+[{_UPPER}][^\W\d_]+(?:-[^\W\d_]+)?),\s+"
    rf"(?P<given>[{_UPPER}][^\W\d_]+(?:-[{_UPPER}][^\W\d_]+)?),?\s+(?:&|and)\s+"
    rf"(?P<other>[{_UPPER}][^\W\d_.]+(?:\s+[{_UPPER}]\.)*"
    rf"(?:\s+(?:(?:de|del|da|do|dos|das)\s+(?:(?:la|las|los)\s+)?)?[{_UPPER}][^\W\d_]+(?:-[^\W\d_]+)?){{1,2}})"
)
_IBERIAN_PARTICLES = frozenset(["de", "del", "da", "do", "dos", "das"])


def _inverted_pair_then_natural(s: str) -> list[Name] | None:
    """``Alemany Ferrer, Rafael & Robert Tate``: the inverted first person and the natural second, else None."""
    m = _INVERTED_PAIR.fullmatch(s)
    if m is None or has_org_name_word(s):
        return None
    other = m["other"].split()
    first = make_person(m["family"], m["given"])
    if any(w in _IBERIAN_PARTICLES for w in other[2:]):
        # "Gonzalo Ortíz de Montalván": a particle inside the words after the given name joins a family of two
        return [first, {"family": " ".join(other[1:]), "given": other[0]}]
    if other[1] in _IBERIAN_PARTICLES:
        return [first, make_person(" ".join(other[1:]), other[0])]
    return [first, make_person(other[-1], " ".join(other[:-1]))]


# Chicago's first name inverted with a family of two words, then two names or more in natural order, the last
# after the conjunction: "López Guzmán, Rafael J., Ana Ruiz Gutiérrez, & José Manuel Rodríguez Domingo"
_INVERTED_THEN_NATURALS = lazy_pattern(
    rf"(?P<family>[{_UPPER}][^\W\d_]+(?:-[^\W\d_]+)?\s+[{_UPPER}][^\W\d_]+(?:-[^\W\d_]+)?),\s+"
    # (one given word, maybe initials after it: "Kaiming He, Xiangyu Zhang, …" is every name in natural order)
    rf"(?P<given>[{_UPPER}][^\W\d_]+(?:\s+[{_UPPER}]\.)*|(?:[{_UPPER}]\.\s?)+),\s+"
    rf"(?P<others>(?:[{_UPPER}][^\W\d_,&]*\.?(?:\s+[^\W\d_,&][^\s,&]*){{1,4}},\s+){{1,8}}(?:&|and)\s+"
    rf"[{_UPPER}][^\W\d_,&]*\.?(?:\s+[^\W\d_,&][^\s,&]*){{1,4}})"
)


def _inverted_then_naturals(s: str) -> list[Name] | None:
    """``López Guzmán, Rafael J., Ana Ruiz Gutiérrez, & José Manuel Rodríguez Domingo``: the inverted first person
    and the natural others, else None."""
    m = _INVERTED_THEN_NATURALS.fullmatch(s)
    if m is None or has_org_name_word(s):
        return None
    others = [_natural(p.strip()) for p in _CONJ.sub(", ", m["others"]).split(",") if p.strip()]
    if any(n is None or "literal" in n or not n.get("given") for n in others):
        return None
    return [make_person(m["family"], m["given"]), *(n for n in others if n is not None)]


_BARE_LIST = lazy_pattern(r"(?P<head>[^,&]+(?:,[^,&]+)+?),?\s+(?:and|&)\s+(?P<last>[^,&\s]+)")


def _bare_families(s: str) -> list[Name] | None:
    """``Duarte, Magnolfi, Sølvsten, and Sullivan``, ``Asante, Miike & Yin``: three family names or more, each
    one word, the last after "and" or "&" with no given name after it; read as ``Family, Given`` pairs, the
    conjunction would fall inside a pair (or, of five or more, leave the last person no given name)."""
    m = _BARE_LIST.fullmatch(s) if "," in s and ("&" in s or " and " in s) else None
    if m is None:
        return _odd_families(s)
    words = [w.strip() for w in m["head"].split(",")] + [m["last"]]
    if len(words) < 3 or not all(bare_family(w) for w in words):
        return None
    # five or more: read as pairs, two people would write only a given name between commas and the last none
    # ("Telesford, Joyce, Hayasaka, Burdette, and Laurienti"), so a word that is also a given name is a family here
    if len(words) < 5 and any(known_given(w) for w in words):
        return None
    if len({w.isupper() for w in words}) > 1:
        return None  # "GONCOURT, Edmond et Jules": a family in capitals, then given names
    if has_org_name_word(s):
        return None
    return [make_person(w) for w in words]


def bare_family_list(s: str) -> list[Name] | None:
    """``Martyna, Tuckerman, Tobias, Klein``, ``Liu, Bryantsev, Diallo, Goddard III``: an even count of family
    names alone, four or more, each one word (with its particles or suffix), none where a given name would stand a
    known given name; the caller knows the list is no ``Family, Given`` pairs (a software manual's short physics
    form names the authors by family name and cites no title). Two (``Ackland, Jones``) are left as one person:
    ``Klein, Rudolf`` before a journal is as likely, and the known given names are too few to tell them apart."""
    words = [w.strip() for w in s.strip(" ,;.").split(",")]
    if len(words) < 4 or len(words) % 2 or not all(bare_family(w) for w in words):
        return None
    if any(known_given(w) for w in words[1::2]) or len({w.isupper() for w in words}) > 1 or has_org_name_word(s):
        return None
    return [make_person(w) for w in words]


def _odd_families(s: str) -> list[Name] | None:
    """``Biehl, Meyer, Müller``, ``Le, Tan, Tunstall`` (a software manual's notes name the authors by family name
    alone): an odd number of one-word names, three or more, cannot be ``Family, Given`` pairs, so each is a family
    name, unless a word where a given name would stand is a known given name (``Smith, John, Brown``); so too six
    or more (``Meyer, Somorovsky, Weiss, Schwenk, Schinzel, Tews``): three people or more, each with a given name
    written out and none of them known, is less likely than a list of family names."""
    words = [w.strip() for w in s.split(",")]
    if len(words) < 3 or len(words) == 4 or not all(bare_family(w) for w in words):
        return None
    if any(known_given(w) for w in words[1::2]) or len({w.isupper() for w in words}) > 1 or has_org_name_word(s):
        return None
    return [make_person(w) for w in words]


# ("; and" before the last name, as bepress and Digital Commons cite: "Hunt, Shanda; and Hadley, Hannah")
_PAIR_SEPARATOR = lazy_pattern(r"\s*(?:;(?:\s+and)?|,?\s*&|,?\s+and)\s+")


def _compound_family(family: str) -> bool:
    """``Allés Torrent``, ``del Rio Riande``: two family words besides the particles (Spanish and
    Portuguese surnames)."""
    return sum(t.lower() not in PARTICLES for t in family.split()) >= 2


def _compound_pairs(s: str) -> list[Name] | None:
    """``Allés Torrent, Susanna; del Rio Riande, Gimena, & Calarco, Gabriel`` or ``Cadena López, Aydé,
    Ramos Luna, Lorena Litai, & Rivera González, Gibrán``: every name inverted, some families of two
    words.  Each conjunct (between ``;``, ``&`` or ``and``) holds whole ``Family, Given`` pairs, the last
    one too, which a natural-order list (``Carl Boettiger, Alan Hastings, & Bob Lee``) never does."""
    if "," not in s or (";" not in s and "&" not in s and " and " not in s):
        return None
    conjuncts = [c.strip(" ,") for c in _PAIR_SEPARATOR.split(s)]
    if len(conjuncts) < 2:
        return None
    names: list[Name] = []
    for conjunct in conjuncts:
        parts = [p.strip() for p in conjunct.split(",")]
        if len(parts) % 2:
            return None
        for family, given in zip(parts[::2], parts[1::2], strict=True):
            if not (_is_family(family, 3) and _is_full_given(given)) or is_initials(given):
                return None
            if any(_initial_token(t) for t in family.split()) or has_org_word(family):
                return None
            names.append(make_person(family, given))
    if not any(_compound_family(n.get("family", "")) for n in names):
        return None
    return names


_BULLETS = "\u2022\u00b7\u2013\u2014*- "
_BULLET = lazy_pattern(r"^[\u2022\u00b7\u2013\u2014*\s-]+")  # a list bullet
_LIST_NUMBER = lazy_pattern(r"^(?:\[\d{1,4}\]\s*|\d{1,4}(?:,\s?\d{1,4})*\s*[.)-]\s*)(?=[^\W\d_])")
_RUN_ON_YEAR = lazy_pattern(r"(?<=[^\W\d_]|[.])[,\s]*(?:1[5-9]\d\d|20\d\d)[a-z]?\.?$")  # "Martin1963."
_SLASH = lazy_pattern(r"\s*/\s*")
# surnames alone, joined by slashes, as German notes name two or three editors or authors
_SURNAME = r"[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?"
_SLASHED_SURNAMES = lazy_pattern(rf"{_SURNAME}(?:\s*/\s*{_SURNAME}){{1,3}}")
# two-word names joined by slashes with no comma, "Derschka Harald / Klöckler Jürgen / Zotz Thomas (Hg.)" or
# "Harald Derschka / Jürgen Klöckler", a particle before a family name given first ("Gero von Wilpert / Adolf Gühring")
_PAIR_PARTICLES = r"(?:(?:von|vom|zu|van|de|der|den)\s)*"
_SLASHED_PAIRS = lazy_pattern(
    rf"{_SURNAME}\s{_PAIR_PARTICLES}{_SURNAME}(?:\s/\s{_SURNAME}\s{_PAIR_PARTICLES}{_SURNAME}){{1,3}}"
)


def _slashed_pairs(s: str) -> list[Name]:
    """The names of a slashed list of two-word names, their order told by the given names the lexicon knows:
    family first when more parts close on a known given name than open on one, given first in the reverse case
    or where a particle stands between a part's words; no names when neither tells."""
    pairs = [part.split() for part in _SLASH.split(s)]
    if any(len(p) > 2 for p in pairs):
        return [make_person(" ".join(p[1:]), p[0]) for p in pairs]
    opens = sum(known_given(first) and not known_given(last) for first, last in pairs)
    closes = sum(known_given(last) and not known_given(first) for first, last in pairs)
    if closes == opens:
        return []
    if closes > opens:
        return [make_person(first, last) for first, last in pairs]
    return [make_person(last, first) for first, last in pairs]


_AFFILIATION = lazy_pattern(r"(?<=[a-z\u00df-\u00ff])\d{1,2}(?:,\s?\d{1,2})*(?=[\s,;]|$)")
# "AND" between names set in capitals (small capitals as text gives them) is the conjunction
_CAPS_INITIAL = lazy_pattern(r"\b[A-Z\u00c0-\u00de]\.")
_CAPS_INITIAL_END = lazy_pattern(r"(?:^|[\s.])[A-Z\u00c0-\u00de]\.?$")


def _caps_persons(s: str) -> bool:
    """Names in small capitals joined by "AND" ("E. BANNAI AND R. M. DAMERELL", "JON KLEINBERG, AND
    ÉVA TARDOS", "RONALD GRAHAM AND JOEL SPENCER"), not a body's name in capitals ("SURFACE AND
    INTERFACE ANALYSIS"): a comma or an initial, or two words at least on each side of every "AND".
    Names written family first (``HYLAND J. M. E. AND ONG C. H.L.``, each part closed by initials) are
    left as they are."""
    parts = s.split(" AND ")
    if any(_CAPS_INITIAL_END.search(part.rstrip(" ,;:")) for part in parts):
        return False
    if "," in s or _CAPS_INITIAL.search(s):
        return True
    return all(len(part.split()) >= 2 for part in parts)


_CAPS_AND = lazy_pattern(r"(?<=[A-Z\u00c0-\u00de.,])\s+AND\s+(?=[A-Z\u00c0-\u00de])")
_CAPS_HINT = lazy_pattern(r"[A-Z\u00c0-\u00de]{2}")
_CAPS_FAMILY = lazy_pattern(r"^([A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019 -]*[A-Z\u00c0-\u00de]),\s*([^,;&]+)$")


_CAPS_CHUNKS = lazy_pattern(r"\s*(?:;|&|\band\b|\bet\b|\be\b)\s*")


_CAPS_WORDS = lazy_pattern(r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019 -]*[A-Z\u00c0-\u00de]")


def _caps_pairs(chunk: str) -> list[Name] | None:
    """``VAN DE WALLE, Etienne, RENNE, Elisha P.``: two or more ``FAMILY, Given`` pairs with commas alone
    between them, each family in capitals and each given name not."""
    parts = [p.strip() for p in chunk.split(",")]
    if len(parts) < 4 or len(parts) % 2:
        return None
    names: list[Name] = []
    for family, given in zip(parts[::2], parts[1::2], strict=True):
        if not _CAPS_WORDS.fullmatch(family) or given.isupper() or not (_is_full_given(given) or is_initials(given)):
            return None
        names.append({"family": family, "given": given})
    return names


def _caps_inverted(s: str) -> list[Name] | None:
    """``LE GALL, Jacqueline``; ``DUPONT, Jean; MARTIN, Paul``: capitals mark the family names
    (French and ABNT styles), so a capitalised family is not read as Vancouver initials."""
    chunks = [c.strip(" ,") for c in _CAPS_CHUNKS.split(s) if c.strip(" ,")]
    names: list[Name] = []
    for c in chunks:
        pairs = _caps_pairs(c)
        if pairs:  # "LE GOFF, Jacques, DE LA RONCIÈRE, Charles": the pairs set apart by commas alone
            names.extend(pairs)
            continue
        m = _CAPS_FAMILY.match(c)
        given = m.group(2) if m else ""
        if not m or not (_is_full_given(given) and not given.isupper() or is_initials(given)):
            return None
        names.append({"family": m.group(1).strip(), "given": m.group(2).strip()})
    return names or None
