"""Linking what a citation shows (names, year, title words) to a record of a reference list."""

from __future__ import annotations

import re
import unicodedata

from biblio.records.model import Item, source_text


def fold(s: str) -> str:
    """Lower case without accents or punctuation, & as "and": names compare in this form."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower().replace("&", " and ")
    return " ".join(re.sub(r"[^\w\s]", " ", s).split())


def _names(item: Item) -> list[dict]:
    return list(item.get("author") or item.get("editor") or [])


def _family(n: dict) -> str:
    return str(n.get("literal") or " ".join(x for x in (n.get("non-dropping-particle"), n.get("family")) if x))


def name_forms(item: Item) -> set[str]:
    """The folded ways an author-date citation names this record's authors."""
    names = _names(item)
    if not names:
        title = str(item.get("title", ""))
        return {fold(" ".join(title.split()[:k])) for k in range(1, 6)} if title else set()
    fam = [fold(_family(n)) for n in names]
    short = [fold(str(n.get("family") or n.get("literal") or "")) for n in names]
    forms: set[str] = set()
    for f in (fam, short):
        if len(f) == 1:
            forms.add(f[0])
        elif len(f) == 2:
            forms.add(f"{f[0]} and {f[1]}")
        else:
            forms.add(" ".join(f[:-1]) + " and " + f[-1])
        if len(f) >= 2:
            forms.add(f"{f[0]} et al")
    return forms


def _year(item: Item) -> tuple[str, str]:
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    year = str(parts[0][0]) if parts and parts[0] else "nd"
    suffix = str(item.get("custom", {}).get("biblio", {}).get("year-suffix", ""))
    return year, suffix


def link_author_date(names: str, year: str, records: list[Item], abbr: dict[str, str] | None = None) -> int | None:
    """The record cited as ``names`` + ``year`` (``2020a``, ``n.d.``), or None."""
    folded = fold(names)
    words = folded.split()
    m = re.match(r"(\d{4})([a-z]?)$", year.strip())
    y, letter = (m.group(1), m.group(2)) if m else ("nd", "")
    found: list[int] = []
    for start in range(len(words)):  # leading words may belong to the sentence ("As Smith")
        cand = " ".join(words[start:])
        cand = fold(abbr[cand]) if abbr and cand in abbr else cand
        found = [k for k, it in enumerate(records) if cand in name_forms(it) and _year(it)[0] == y]
        if found:
            break
    if not found:
        return None
    if letter:
        lettered = [k for k in found if _year(records[k])[1] == letter]
        if lettered:
            return lettered[0]
        ordered = sorted(found, key=lambda k: fold(str(records[k].get("title", ""))))
        index = ord(letter) - ord("a")
        return ordered[index] if index < len(ordered) else None
    return found[0]


_STOP = {"with", "from", "that", "this", "into", "edited", "press", "university", "journal", "proceedings",
         "http", "https", "accessed"}


def _identity(item: Item) -> set[str]:
    """The significant words of a record's names and title (its source text when it has neither)."""
    names = _names(item)
    text = " ".join(f"{_family(n)} {n.get('given', '')}" for n in names) + " " + str(item.get("title", ""))
    if not names or not item.get("title"):
        text += " " + source_text(item)
    return {w for w in fold(text).split() if len(w) > 3 and w not in _STOP and not w.isdigit()}


def name_words(item: Item) -> set[str]:
    """Every folded word of a record's names (families, given names, initials)."""
    out: set[str] = set()
    for n in _names(item):
        out.update(fold(" ".join(str(v) for v in n.values() if isinstance(v, str))).split())
    if not out:  # an entry biblio could not parse: the words before its title
        source = source_text(item)
        out.update(fold(re.split(r"[\u201c\"*(]", source)[0]).split())
        out -= {"and", "et", "al"}
    return out


def lead_name(item: Item) -> str:
    """The first word of the first author's family name (of the source text when not parsed)."""
    names = _names(item)
    if names:
        words = fold(str(names[0].get("family") or names[0].get("literal") or "")).split()
    else:
        words = fold(source_text(item).split(",")[0]).split()
    return max(words, key=len) if words else ""


def link_note(cite: str, records: list[Item]) -> int | None:
    """The record a note's citation names: the one sharing most name and title words (at least two)."""
    words = set(fold(cite).split())
    scores = sorted(((len(_identity(it) & words), -k) for k, it in enumerate(records)
                     if not lead_name(it) or lead_name(it) in words), reverse=True)
    if not scores or scores[0][0] < 2 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None
    return -scores[0][1]
