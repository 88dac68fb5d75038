"""Mend of Durant's comma form, ``ABBOTT, F., The Common People of Ancient Rome, N. Y., 1911.``: the title, the town
and its state's dotted abbreviation, and the year, each closed by a comma. The model takes the title's last word,
a capitalised one before the comma, for the town (``Rome, N. Y.``); where the title runs up to that word with no
mark between and the town's comma part is a dotted state, the word closes the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.abbreviated_towns import SHORT_TOWNS
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_TITLES = frozenset(["title", "container-title"])
# a dotted state after the town's comma ("N. Y.", "Mass.", "Pa."), maybe the comma before the year
_STATE = lazy_pattern(r"(?:[A-Z]\.\s?){1,3},?|[A-Z][a-z]{1,4}\.,?")
_YEAR = lazy_pattern(r"(?:1[5-9]\d\d|20\d\d)\b")


@needs(labels=("location", "date"), marks=(".,",))
def word_before_state_read_as_town(spans: list[Span], text: str) -> list[Span]:
    """``…, The Common People of Ancient | Rome, N. Y., 1911.``: the capitalised word before the town's dotted state,
    with no mark between it and the title, closes the title; the state alone is the town."""
    for k in range(1, len(spans) - 1):
        title, town, date = spans[k - 1], spans[k], spans[k + 1]
        if town.label != "location" or title.label not in _TITLES or date.label != "date":
            continue
        if text[title.end : town.start].strip() or title.text[-1:] in ",;:" or not _YEAR.match(date.text):
            return spans
        comma = town.text.find(", ")
        if comma < 0 or not town.text[:1].isupper() or not town.text[:comma].isalpha():
            return spans
        if _STATE.fullmatch(town.text[comma + 2 :].rstrip()) is None:
            return spans
        if title.start < 2 or text[: title.start].rstrip()[-1:] != ",":
            return spans  # the comma form only: the names close on a comma before the title
        cut = town.start + comma
        state = town.start + comma + 2
        new_title = Span(title.label, text[title.start : cut], title.start, cut, title.confidence)
        new_town = Span("location", text[state : town.end], state, town.end, town.confidence)
        return [*spans[: k - 1], new_title, new_town, *spans[k + 1 :]]
    return spans


# Durant's whole form with a translator: the author in capitals (maybe his initials), the title, "tr." and the
# translator's names, the town (maybe with its dotted state, or the state alone), the year
_CAPS_AUTHOR = r"[A-Z][A-Z'\u2019-]+(?:\s[A-Z][A-Z'\u2019-]+){0,2}(?:,\s(?:[A-Z]\.\s?){1,3})?"
_TR_NAME = r"(?:[A-Z]\.\s?|[A-Z][^\W\d_]+\s){0,3}[A-Z][^\W\d_]+"
_TOWN = r"[A-Z][^\W\d_]+(?:,\s(?:[A-Z]\.\s?){1,3})?|(?:[A-Z]\.\s?){1,3}"
_TRANSLATED = lazy_pattern(
    rf"(?P<author>{_CAPS_AUTHOR}),\s(?P<title>[^\d]+?),\s(?P<tr>tr\.\s{_TR_NAME}(?:\s(?:and|&)\s{_TR_NAME})?),\s"
    rf"(?P<town>{_TOWN}),\s(?P<year>1[5-9]\d\d|20\d\d)\b"
)


@needs(marks=(", tr. ",))
def translated_comma_form(spans: list[Span], text: str) -> list[Span]:
    """Durant's ``APULEIUS, The Golden Ass, tr. W. Adlington, N. Y., 1927.`` read as one run of names: the author in
    capitals, the title, the translator after ``tr.``, the town and the year, each closed by a comma."""
    m = _TRANSLATED.match(text)
    if m is None or " tr. " in m["title"]:
        return spans
    labels = (("author", "author"), ("title", "title"), ("translator", "tr"), ("location", "town"), ("date", "year"))
    if all(any(s.label == label and s.start == m.start(g) for s in spans) for label, g in labels):
        return spans
    conf = min((s.confidence for s in spans if s.start < m.end()), default=1.0)
    new = [Span(label, m[g], m.start(g), m.end(g), conf) for label, g in labels]
    before = [s for s in spans if s.end <= m.start()]
    after = [s for s in spans if s.start >= m.end()]
    return [*before, *new, *after]


# the comma form's head: the authors in capitals, each maybe with initials, a second joined by "and" (its family
# written in capitals or not: "SHOTWELL, J., and Loomis, L.,"), then the comma before the title
_INITIALS = r"(?:[A-Z]\.\s?){1,3}"
_CAPS_NAMES = lazy_pattern(
    rf"(?P<names>{_CAPS_AUTHOR}(?:,?\s(?:and|&)\s(?:{_CAPS_AUTHOR}|[A-Z][^\W\d_]+,\s{_INITIALS}))?),\s(?=\S)"
)
# the same head in normal case, each name a family and its initials ("Collingwood, R., and Myres, N.,"): APA's and
# MLA's inverted names close on a bracket or a stop, never on a comma before the title
_FAMILY_INITIALS = rf"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?,\s{_INITIALS}"
_NORMAL_NAMES = lazy_pattern(rf"(?P<names>{_FAMILY_INITIALS}(?:,?\s(?:and|&)\s{_FAMILY_INITIALS})?),\s(?=[A-Z])")
# what opens the imprint after the title: a role or a volume, a series of classics, a publisher's words, a year,
# the no-date mark
_IMPRINT_OPENS = lazy_pattern(
    r"(?:tr\.|trans\.|ed\.|Vol\.|Loeb\b|(?:1[5-9]|20)\d\d|n\.\s?d\.)|[^,]*\b(?:U\.\s?P\.|Press|Verlag)(?:,|\.?$)"
)
# a dotted state or a town's short form standing as the place ("N. Y.", "Mass.", "Phila.")
_DOTTED_PLACE = lazy_pattern(rf"(?:[A-Z]\.\s?){{1,3}}|(?:{SHORT_TOWNS})\.")
# the work named in capitals is followed by its town or its volume, never by a year
_PLACE_OR_VOLUME = lazy_pattern(r"[A-Z][^\W\d_]*\.?(?:\s|$)|[A-Z]\.|Vol\.")
_BARE_INITIALS = lazy_pattern(_INITIALS)
_STATE_INITIALS = lazy_pattern(r"N\.\s?Y\.|D\.\s?C\.")
# a word then a stop inside the part after the names: ABNT's given name ("CASTRO, Jaelson. Requisitos …")
_WORD_STOP = lazy_pattern(r"[^\W\d_]{3,}\.\s")


def _town_and_state(text: str) -> bool:
    """Whether ``text`` is a capitalised town and its dotted state after a comma (``Troy, N. Y.``)."""
    town, comma, state = text.partition(", ")
    return bool(comma) and town.isalpha() and town.istitle() and _DOTTED_PLACE.fullmatch(state) is not None


def _opens_imprint(parts: list[str], i: int) -> bool:
    """Whether the comma part ``parts[i]`` opens the imprint: a town (maybe with its state), a dotted place, or
    the imprint's other openings."""
    part = parts[i].strip()
    if _IMPRINT_OPENS.match(part) or _DOTTED_PLACE.fullmatch(part):
        return True
    town = part.rstrip(".")
    if is_place(town) or i + 1 < len(parts) and is_place(f"{town}, {parts[i + 1].strip().rstrip('.')}"):
        return True
    # a town the list of places lacks, known by its dotted state and the year after it ("Troy, N. Y., 1905")
    return (
        i + 2 < len(parts)
        and _town_and_state(f"{town}, {parts[i + 1].strip()}")
        and _YEAR.match(parts[i + 2]) is not None
    )


# what the model takes a title after names in normal case for: one more name, an editor's, or a journal's
_MISREAD = frozenset(["author", "editor", "title", "journal", "container-title"])


def _title_misread(spans: list[Span], text: str, a: int, z: int) -> bool:
    """Whether the comma part from ``a`` to ``z``, a title of more than one word, was read into an author's name
    or its title's span opens elsewhere (on the last initial: ``Rose, H. | J., Greek Mythology``)."""
    if " " not in text[a:z] or any(s.label == "title" and s.start == a for s in spans):
        return False
    return any(s.label in _MISREAD and s.start < z and s.end > a for s in spans)


@needs(marks=(", ",))
def caps_comma_form(spans: list[Span], text: str) -> list[Span]:
    """Older bibliographies' comma form, ``COLLINGWOOD, R., and MYRES, N., Roman Britain, Oxford, 1937.``,
    ``MARTIAL, Epigrams, Loeb Library. 2V.``: the names in capitals, the title a comma part of its own, then the
    imprint. With no title between, the capitals name the work (``CAMBRIDGE ANCIENT HISTORY, N. Y., 1924f.``)."""
    caps = text[:2].isupper()
    m = _CAPS_NAMES.match(text) if caps else _NORMAL_NAMES.match(text) if text[1:2].islower() else None
    if m is None:
        return spans
    names = m["names"]
    parts = text[m.end() :].split(", ")
    conf = spans[0].confidence if spans else 1.0
    if not caps and not _title_misread(spans, text, m.end(), m.end() + len(parts[0])):
        return spans  # in normal case only a misread title is mended
    if _opens_imprint(parts, 0):
        if not caps:
            return spans
        work, comma, state = names.partition(", ")
        placed = comma or _PLACE_OR_VOLUME.match(parts[0]) and not _IMPRINT_OPENS.match(parts[0])
        if not placed and not (parts[0].startswith("Vol.") and len(parts) > 1 and is_place(parts[1].strip(" ."))):
            # (a body's name before its year, "WIKIPEDIA CONTRIBUTORS, 2019.", is its author; "CLINICAL CHEMISTRY,
            # Vol. 34, No. 9, 1988" a journal's volume, no book's before its town)
            return spans
        if " " not in work or " and " in names or comma and not _STATE_INITIALS.fullmatch(state):
            return spans
        # "CAMBRIDGE ANCIENT HISTORY, N. Y., 1924f.": the state's letters after the work are no initials
        new = [Span("title", work, 0, len(work), conf)]
        if comma:
            new.append(Span("location", state, len(work) + 2, m.end("names"), conf))
        z = m.end() - 1
    else:
        title = parts[0]
        if len(parts) < 2 or not _opens_imprint(parts, 1) or any(c.isdigit() for c in title):
            return spans
        if not caps and _BARE_INITIALS.fullmatch(parts[1].strip()) and not _STATE_INITIALS.fullmatch(parts[1].strip()):
            return spans  # APA's list of names: "Fereidouni, Z., Sabet Sarvestani, R., …" (a family of two words)
        if parts[1][:1].isdigit() or parts[1].startswith(("tr.", "trans.", "ed.")):
            return spans  # ISO 690's "TOLSTOY, Leo, 1998.": the given name, then the year (a role: mends of its own)
        if title[:2].isupper() or '"' in title or "\u201c" in title:
            return spans  # "SANFORD, JOHN T. \"Title\". Journal, Vol. 71": the given names in capitals, a quoted title
        if not any(c.islower() for c in title) or _WORD_STOP.search(title):
            return spans
        if "(" in title:
            return spans  # AIP's "OECD, Title (OECD Publishing, Paris, 2022).": the imprint's bracket, no comma form
        a, z = m.end(), m.end() + len(title)
        new = [Span("author", names, 0, m.end("names"), conf), Span("title", title, a, z, conf)]
    if all(any(s.label == n.label and s.start == n.start and s.end == n.end for s in spans) for n in new):
        return spans
    out = replaced(spans, text, 0, z + 1, new)
    k = len(new)
    if k < len(out) and out[k].label in ("author", "editor", "edition", "date"):
        # what the names ran on into after the title: the series of classics, the publisher
        s = out[k]
        kind = "collection-title" if s.text.startswith("Loeb") else "publisher" if _IMPRINT_OPENS.match(s.text) else ""
        if not kind and s.label == "author" and _town_and_state(s.text.rstrip(" ,")):
            kind = "location"  # "Troy, N. Y.," read as one more name
        if kind and not s.text.startswith(("tr.", "trans.", "ed.")) and not s.text[:1].isdigit():
            out[k] = Span(kind, s.text, s.start, s.end, s.confidence)
    return out
