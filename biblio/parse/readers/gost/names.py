"""Names as GOST writes them: the heading ``Фамилия, И. О.`` (or ``Фамилия И. О.``) before the title,
and the statement of responsibility after ``/`` with initials first (``И. О. Фамилия, …, и др.``)."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.records.model import Name

# one initial: a capital, perhaps one small letter (Дж., Ch.), a full stop; hyphenated pairs (Ж.-П.);
# "Jr." is a suffix, not an initial
INITIALS = r"(?:(?!(?:Jr|Sr)\.)[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ]?\.\s?-?)+"
FAMILY = r"[^\W\d_][\w'’-]*"
_PARTICLE = r"(?:de|da|del|della|van|von|der|den|du|la|le|ten|ter)"
_SUFFIX = r"(?:Jr|Sr)"
# "Oliveira, R.L.S. de.", "Baker, G.A. Jr.", "Welsh, C.", "Korolkova A. V.": the heading and the title after it
HEADING = lazy_pattern(
    rf"^(?P<family>{FAMILY}(?:\s{FAMILY})?),?\s+(?P<given>{INITIALS})"
    rf"(?:\s*(?P<particle>{_PARTICLE})\.?|\s*(?P<suffix>{_SUFFIX})\.?)?(?P<sep>,\s+|\s+)(?=\S)"
)
# "Э. Моуэт. Title": initials first, then the family name and a full stop
HEADING_GIVEN_FIRST = lazy_pattern(rf"^(?P<given>{INITIALS})\s*(?P<family>{FAMILY})\.\s+(?=\S)")
# "Pethuru Raj; Jeeva S. Chelladhurai; Vinod Singh. Title": full names divided by semicolons
HEADING_LIST = lazy_pattern(r"^(?P<names>[^;]+?(?:;\s*[^;]+?)+?)(?<=[^\W\d_][a-zа-яёіїєґ'’])\.\s+(?=\S)")
# "Васильев В.А. и др. Title": others hidden after the heading
_HEADING_ET_AL = lazy_pattern(r"^(?:и\s+др\.|та\s+ін\.|et\s+al\.)\s+", re.I)
_ET_AL = lazy_pattern(r",?\s*(?:\[\s*и\s+др\.?\s*\]|и\s+др\.?|та\s+ін\.?|\[\s*та\s+ін\.?\s*\]|et\s+al\.?)\s*$", re.I)
_GIVEN_FIRST = lazy_pattern(rf"^(?P<given>{INITIALS})\s*(?P<family>.+)$")
_FULL_NAME = lazy_pattern(r"^(?P<given>(?:[^\W\d_][\w'’.-]*\s+)+)(?P<family>[^\W\d_][\w'’-]*)$")
_TRAILING_SUFFIX = lazy_pattern(rf"\s+(?P<suffix>{_SUFFIX})\.?$")


def heading(text: str) -> tuple[list[Name], str] | None:
    """The heading's name and the text after it, or None when the text opens with no GOST heading."""
    found = _heading(text)
    if found is None:
        return None
    name, rest = found
    return name, _HEADING_ET_AL.sub("", rest)


def _heading(text: str) -> tuple[list[Name], str] | None:
    if m := HEADING.match(text):
        found: list[Name] = []
        while m:  # GOST R 7.0.5 heads with up to three names: "Иванов И. И., Петров П. П. Title"
            name: Name = {"family": m.group("family"), "given": m.group("given").strip()}
            if m.group("particle"):
                name["family"] = f"{m.group('particle')} {name['family']}"
            if m.group("suffix"):
                name["suffix"] = m.group("suffix") + "."
            found.append(name)
            text = text[m.end() :]
            m = HEADING.match(text) if "," in m.group("sep") else None
        return found, text
    if m := HEADING_GIVEN_FIRST.match(text):
        return [{"family": m.group("family"), "given": m.group("given").strip()}], text[m.end() :]
    if m := HEADING_LIST.match(text):
        listed = [full_name(part) for part in m.group("names").split(";")]
        if all(listed):
            return [n for n in listed if n], text[m.end() :]
    return None


def full_name(text: str) -> Name | None:
    """``Jeeva S. Chelladhurai``: given names then the family name."""
    m = _FULL_NAME.match(text.strip())
    return {"family": m.group("family"), "given": m.group("given").strip()} if m else None


_FAMILY_WRITTEN = lazy_pattern(rf"(?:{_PARTICLE}\s)?{FAMILY}(?:\s{_SUFFIX}\.?)?")


def responsibility(text: str) -> list[Name] | None:
    """The names of a statement of responsibility (``А.С. Анучин, Ф. Бриз, и др.``), or None when a part
    of it is no name written initials first."""
    out: list[Name] = []
    for part in _ET_AL.sub("", text.strip(" .")).split(","):
        part = _ET_AL.sub("", part.strip())
        if not part:
            continue
        m = _GIVEN_FIRST.match(part)
        if m is None or not _FAMILY_WRITTEN.fullmatch(m.group("family").strip()):
            return None
        name: Name = {"family": m.group("family").strip(), "given": m.group("given").strip()}
        if s := _TRAILING_SUFFIX.search(name["family"]):
            name["family"] = name["family"][: s.start()]
            name["suffix"] = s.group("suffix") + "."
        out.append(name)
    return out or None
