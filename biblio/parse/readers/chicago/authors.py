"""Chicago's author element -> ``author`` / ``editor`` / ``translator``.

Chicago inverts the first name only: ``Last, First``, then ``, and First Last`` for a second
and ``, First Last, …, and First Last`` for more.  A family name of several words
(``García Márquez, Gabriel``, ``de Beauvoir, Simone``) is whatever precedes the first comma,
so it is read here rather than guessed by the general name parser.  A role after the names
(``, ed.`` / ``, eds.`` / ``, trans.`` / a film's ``, dir.``) picks the CSL variable.  One unit without a comma that
is no person (``Google``, ``National Research Council``) is an organisation, kept literal.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.names import (
    CHINESE_SYLLABLE,
    COUNTRY_LEAD,
    JOINED_PARTICLES,
    ORG_WORDS,
    PARTICLE_WORD,
    body_abbreviated,
    capitals_family_last,
    family_after_middle_initial,
    firm_and_legal_form,
    has_org_name_word,
    make_person,
    parse_person_list,
    world_conjunctions,
)
from biblio.parse.normalisers.places import is_place
from biblio.parse.review.lexicon import mostly_a_name
from biblio.parse.text import unmark
from biblio.records.model import Name

# (a second role after the first, "trans. and ed.", names the same persons: the first picks the variable)
# (the role after "et al." may go without its comma: "Bowersock, G.W., et al. eds."; Polish's and the Nordic
# languages' "red." after an initial too: "Markowski, A. red. 2004.")
_ROLE = lazy_pattern(
    r"(?:,\s*|(?<=\bal\.)\s+|(?<=\b[A-Z]\.)\s+(?=red\b))"
    r"(?P<role>eds?|editors?|trans|translators?|comp|comps|dirs?|directors?|red)\.?"
    r"(?:\s+(?:and|&)\s+(?:eds?|trans|comp)\.?)?$",
    re.I,
)
_ROLE_VAR = {"e": "editor", "t": "translator", "c": "editor", "d": "director", "r": "editor"}
# the part a broadcast's or podcast's maker had, after the names (CMOS 14.265: "Koenig, Sarah, host.";
# 14.263: "Gilligan, Vince, writer and director."): the names stay its authors, the role word is none of them
_AUTHOR_ROLE = lazy_pattern(
    r",\s*(?:(?:writer|host|presenter|narrator|creator)"
    r"(?:\s+(?:and|&)\s+(?:writer|host|presenter|narrator|creator|director|producer))?"
    r"|(?:co-?)?hosts|presenters)\.?$",
    re.I,
)
# a family name: 1-4 words, particles ("de", "van der") lower case, no digits
_FAMILY = lazy_pattern(
    r"(?:(?:[a-z]{1,3}|d[aeiou]l|van|von|der|den|ten|ter)\s+){0,3}[^\W\d_][\w'\u2019.-]*"
    r"(?:\s+[^\W\d_][\w'\u2019-]*){0,2}"
)
# given names: words and initials ("Geoffrey C.", "R. H.", "Shao-Hsun", "Miguel de")
_GIVEN = lazy_pattern(
    r"(?:[^\W\d_][\w'\u2019-]*\.?|[A-Z]\.(?:-?[A-Z]\.)*)(?:\s+(?:[^\W\d_][\w'\u2019-]*\.?|[A-Z]\."
    r"(?:-?[A-Z]\.)*))*"
)
_CAPITALISED = lazy_pattern(r"(?<!\S)[A-Z\u00c0-\u00de]")
_STOP_IN_GIVEN = lazy_pattern(r"\b[A-Z][a-z]{2,}\.\s+\S+\s+\S")
# an initial, then words holding an English function word: "Cohen, J. Statistical Power Analysis for the …" is
# the initial closing the name and the title after it (a given name's particles are "de", "van", never these)
_TITLE_AFTER_INITIAL = lazy_pattern(r"^[A-Z]\.\s+(?=(?:\S+\s+){2}\S).*\b(?:for|the|of|in|on|with|from|to)\s+\S")
_ETAL = lazy_pattern(r",?\s+et\s+al\.{0,2}$")  # biblatex-acm doubles the stop: "et al.."
_INITIAL_END = lazy_pattern(r"(?<![\w.])[A-Z]\.$")
# a name in natural order after the first: at least two words ("Ken Burns", "F. H. C. Crick")
_NATURAL = lazy_pattern(r"\S+\s+\S.*")
# "and" joins the last name; Chicago rendered in German (CSL's de-DE terms) writes "und"
_CHUNK = lazy_pattern(r",\s*(?:(?:and|und)\s+)?|\s+(?:and|und)\s+")
# Chicago rendered in Spanish, Portuguese, Italian or French writes its serial "and" as "y", "e", "et" after the
# comma ("…, Ana Ruiz Gutiérrez, y José Manuel Rodríguez Domingo"): read as "and" (never "et al")
_ROMANCE_AND = lazy_pattern(r",\s+(?:y|e|et)\s+(?=[A-Z\u00c0-\u00de])")
_CAPS_INITIALS = lazy_pattern(r"[A-Z]{1,3}\.?")
_ORGANISATION = lazy_pattern(r"[^\W\d_][^\d;:\"\u201c\u201d()\[\]]{0,118}")
_BODY_ABBREVIATION = lazy_pattern(r"\s\([A-Z][A-Za-z&]{1,9}\)$")


# "Diederik P. Kingma and Jimmy Ba", "Laurens van der Maaten and Geoffrey E. Hinton": two people, each a few
# capitalised words (the family name maybe opening on lower-case particles), in natural order
_PARTICLES = rf"(?:{PARTICLE_WORD}\s+){{0,3}}"
# (a capital outside ASCII opens a name alike: "Lovro Šubelj", "Łukasz Kaiser")
_CAP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u0400-\u042f"
_PERSON = rf"[{_CAP}][\w.'’-]*(?:\s+{_PARTICLES}[{_CAP}][\w.'’-]*){{1,3}}"
_NATURAL_PAIR = lazy_pattern(rf"{_PERSON}\s+(?:and|&)\s+{_PERSON}")
_HANDLE = lazy_pattern(r"\s*\(@[\w.]{1,30}\)")
# "H. Lee" before "et al.": a person in natural order, not a family name of two words
_INITIALS_LEAD = lazy_pattern(r"(?:[A-Z]\.\s*)+[A-Z][^\W\d_]")


# a stop after a whole word, then a capital: the jurisdiction before its body ("Canada. Parliament.")
_BODY_UNIT = lazy_pattern(r"^[A-Z][^\W\d_]{2,}(?:\s+[A-Z][^\W\d_]+)*\.\s+[A-Z]")
# "Mark A. Hillebrand": a word after a middle initial closes a name in natural order, never a given name
_WORD_AFTER_INITIAL = lazy_pattern(r"\b[A-Z]\.\s+[^\W\d_]{2,}$")


_SUFFIX_ALONE = lazy_pattern(r"(Jr|Sr|II|III|IV)\.?")


_CLOSING_INITIALS = lazy_pattern(r"(?:^|\s)[A-Z]{1,3}$")
_INITIAL_WORD = lazy_pattern(r"\b[A-Z]\.")
_AND_WORD = lazy_pattern(r"\s+(?:and|und|&)\s+")
_SUFFIX_END = lazy_pattern(r"\s+(Jr|Sr|II|III|IV)\.?$")
_COMMA_SUFFIX = lazy_pattern(r"^,\s*(Jr|Sr|II|III|IV)\.?(?=,|$)")


def _inverted_first(s: str) -> tuple[Name, str] | None:
    """``Family, Given`` at the start of ``s`` and what follows it (``, and …``)."""
    parts = s.split(",", 2)
    if len(parts) < 2:
        return None
    family, given = parts[0].strip(), parts[1].strip()
    if len(parts) > 2 and (sx := _SUFFIX_ALONE.fullmatch(given)):
        # "Willson, Jr., Robert F.": the suffix printed between the family and the given name
        after = _inverted_first(f"{family},{parts[2]}")
        if after is None or after[0].get("suffix"):
            return None
        name, rest = after
        name["suffix"] = sx.group(1) + "." * (sx.group(1) in ("Jr", "Sr"))
        return name, rest
    if not _FAMILY.fullmatch(family) or not _GIVEN.fullmatch(given) or given.lower().startswith(("and ", "und ")):
        return None
    if _CLOSING_INITIALS.search(family):
        return None  # Vancouver's "Smith JA, Jones B"
    if len(_CAPITALISED.findall(family)) > 1 and len(given.split()) > 1 and not _INITIAL_WORD.search(given):
        return None  # "Catherine Havasi, Robert Speer, and …": every name in natural order
    if _INITIALS_LEAD.match(family) or len(_CAPITALISED.findall(family)) > 1 and _WORD_AFTER_INITIAL.search(given):
        return None  # "G. Fu, C. Hou, and …", "Ernie Cohen, Mark A. Hillebrand, …": no family opens with an initial
    rest = "," + parts[2] if len(parts) > 2 else ""
    am = _AND_WORD.search(given)
    if am:  # "Dearth, M. A. and R. A. Hites": the second name follows without a comma
        given, rest = given[: am.start()], ", " + given[am.end() :] + rest
    if given.rstrip(".").lower() in ("inc", "ltd", "llc", "co", "corp", "plc"):
        return None
    if _STOP_IN_GIVEN.search(given) or _TITLE_AFTER_INITIAL.search(given):
        return None  # "Wollstonecraft, Mary. A Vindication of the Rights": the stop after a whole name ends the names
    suffix = None
    sm = _SUFFIX_END.search(family)
    if sm:  # "Ward Jr, Joe H."
        family, suffix = family[: sm.start()], sm.group(1)
    m = _COMMA_SUFFIX.match(rest)
    if m and suffix is None:
        suffix, rest = m.group(1) + ("." if m.group(1) in ("Jr", "Sr") else ""), rest[m.end() :]
    return make_person(family, given, suffix), rest


_SYLLABLE = CHINESE_SYLLABLE
# the commonest Chinese family names, in pinyin and in the Wade-Giles and Cantonese spellings older books use
_CHINESE_FAMILIES = (
    "Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang "
    "Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Wei Su Ding Ren Shen Yao Lu Cui "
    "Zhong Tan Fan Qian Kong Mao Fung Fong Chan Wong Cheung Leung Lam Lau Ho Ng Tsang Chu Chow Kwok Yip Hsu Hsieh "
    "Chang Chou Teng Tsai Kuo Yeh Lo Hung Chao Chiang Hsiao Tsao Tseng Ch'en"
).split()
# a Chinese name in its own order, the family first and no comma: "Li Feng", "Fung Yu-lan"
_FAMILY_FIRST = lazy_pattern(
    rf"(?P<family>{'|'.join(_CHINESE_FAMILIES)})\s+(?P<given>[A-Z]{_SYLLABLE}(?:-?{_SYLLABLE}){{0,2}})"
)


def family_first(segment: str) -> list[Name] | None:
    """The person of an author-date element that writes a Chinese name family first with no comma (CMOS 8.14):
    where Chicago inverts every other first name, no comma there means the name's own order."""
    s = unmark(segment).strip(" ,;.")
    m = _FAMILY_FIRST.fullmatch(s)
    return [make_person(m.group("family"), m.group("given"))] if m else None


def _body_and_seat(s: str) -> bool:
    """``Museum of Fine Arts, Boston``: an organisation's name and, after its one comma, the town it sits in."""
    body, _, seat = s.partition(",")
    seat = seat.strip()
    return (
        s.count(",") == 1
        and len(body.split()) >= 2
        and has_org_name_word(body)
        and 0 < len(seat.split()) <= 2
        and all(w[:1].isupper() for w in seat.split())
        and is_place(seat)
    )


_LEADING_COMMA = lazy_pattern(r"^,\s*")


def chicago_names(segment: str) -> tuple[str, list[Name]] | None:
    """(CSL variable, names) of a Chicago author element, or None when it is not one."""
    # a social-media handle after the name is no part of it: "Souza, Pete (@petesouza)."; the list's "and" in
    # another language ("HILBORN, Ray a Marc MANGEL", "Hilborn, Ray, och Marc Mangel") read as "&"
    s = world_conjunctions(_HANDLE.sub("", unmark(segment)).strip(" ,;"))
    etal = _ETAL.search(s)
    if etal:  # "Simon et al." (author-date, shortened): the names before it
        s = s[: etal.start()]
        if _INITIALS_LEAD.match(s):  # "H. Lee et al.": initials, then the family name
            natural = parse_person_list(s)
            if len(natural) == 1 and natural[0].get("given"):
                return "author", natural
        elif _FAMILY.fullmatch(s):
            return "author", [make_person(s)]
    if s.endswith(".") and not _INITIAL_END.search(s):
        s = s[:-1]
    var = "author"
    if ma := _AUTHOR_ROLE.search(s):
        s = s[: ma.start()].strip(" ,")
    m = _ROLE.search(s)
    if m:
        var = _ROLE_VAR[m.group("role")[0].lower()]
        s = s[: m.start()].strip(" ,")
    if not s:
        return None
    if _BODY_UNIT.search(s) and ORG_WORDS.search(s):
        # a government's body under its jurisdiction (CMOS 14.280): "Australia. Department of Agriculture, Fisheries
        # and Forestry": one author, its commas inside the body's name
        return var, [{"literal": s}]
    if firm := firm_and_legal_form(s):
        return var, [{"literal": firm}]
    first = _inverted_first(s)
    if first is None:
        if _body_and_seat(s):
            return var, [{"literal": s}]  # "Museum of Fine Arts, Boston.": a body and its town, one author
        # a body with its abbreviation after it: "Forum on Information Standards in Heritage (FISH)"
        abbr = _BODY_ABBREVIATION.search(s) if s.endswith(")") else None
        body = s[: abbr.start()] if abbr else s
        # (a body with no body's word says it is one by its abbreviation: "Armed Forces Retirement Home (AFRH)")
        unnamed_body = abbr is not None and not ORG_WORDS.search(body) and not body_abbreviated(s)
        if "," in s or not _ORGANISATION.fullmatch(body) or unnamed_body:
            return None
        if abbr:
            return var, [{"literal": s}]
        if _NATURAL_PAIR.fullmatch(s) and not has_org_name_word(s) and not COUNTRY_LEAD.match(s):
            return None  # "Diederik P. Kingma and Jimmy Ba": people in natural order, no Chicago list
        words = s.split()
        # "Martin Luther King III": the generational suffix is no word of the name
        named = words[:-1] if len(words) > 2 and _SUFFIX_ALONE.fullmatch(words[-1]) else words
        if (
            2 <= len(named) <= 3
            and not ORG_WORDS.search(s)
            and not COUNTRY_LEAD.match(s)
            and all(w[:1].isupper() for w in words)
            # "Gehl Architects." is a body; "Василка Радева", "Simon Hettrick", "Dulo DA", "V. T. Paschos" are persons
            and (
                not s.isascii()
                or mostly_a_name(words[0])
                or any(_CAPS_INITIALS.fullmatch(w) for w in words)
                or len(named) == 3
                and named[1] in JOINED_PARTICLES  # "Saunders Mac Lane": a family's particle
            )
        ):
            natural = parse_person_list(s)  # "Василка Радева": one person, in natural order
            if len(natural) == 1 and "literal" not in natural[0]:
                return var, natural
        return var, [{"literal": s}]
    name, rest = first
    rest = rest.strip()
    if not rest:
        return var, [name]
    rest = _LEADING_COMMA.sub("", rest)
    if ", " in rest and (", y " in rest or ", e " in rest or ", et " in rest):
        rest = _ROMANCE_AND.sub(", and ", rest)
    chunks = [c for c in _CHUNK.split(rest) if c.strip()]
    if not all(_NATURAL.fullmatch(c.strip()) or c.strip().lower().startswith("et al") for c in chunks):
        return None  # "Smith, J., Jones, B.": every name inverted is APA's or Harvard's list
    others = [family_after_middle_initial(n) for n in parse_person_list(rest)]
    named = [c.strip() for c in chunks if not c.strip().lower().startswith("et al")]
    if len(named) == len(others):  # every name after the first in natural order: "Hai LE" is no "Hai, L. E."
        others = [capitals_family_last(c) or n for c, n in zip(named, others, strict=True)]
    if not others or any("literal" in n or not n.get("given") for n in others if "et al" not in str(n)):
        return None
    return var, [name] + others
