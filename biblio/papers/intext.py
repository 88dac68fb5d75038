"""Hand-written citations in a document, each linked to a record of its own reference list.

Three kinds are found: author-date (``(Human Rights Watch, 2024)``, ``Smith and Lee (2020)``,
``(Smith et al., 2020a; Lee, 2019, p. 4)``), numeric (``[3]``, ``[1–3, 7]``, superscripts
``¹²``, ``^3^``, ``<sup>3</sup>``) and notes (footnote markers ``[^1]`` whose text names a
work of the list, and ``Ibid.``).  A citation is linked by the names and year it shows (with
its 2020a/2020b letter), by its number, or by the names and title words of a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from biblio.papers.linking import fold, lead_name, link_author_date, link_note, name_forms, name_words
from biblio.papers.pandoc_syntax import split_locator
from biblio.records.model import Item, source_text

_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?:[a-z](?![\w]))?|n\.\s?d\."
_PAREN = re.compile(r"\(([^()\n]*?(?:" + _YEAR + r")[^()\n]*?)\)")
_PART = re.compile(r"^(?P<pre>(?:(?:see also|see|e\.g\.,?|cf\.|i\.e\.,?|but see|as cited in)\s+)*)"
                   r"(?P<names>[^\d;]*?[A-Z\u00c0-\u024f][^\d;]*?)[,\s]\s*(?P<years>(?:(?:" + _YEAR +
                   r")(?:,\s*|\s+and\s+)?)+)(?P<rest>.*)$", re.S)
_YEARS_ONLY = re.compile(r"^(?P<years>(?:(?:" + _YEAR + r")(?:,\s*)?)+)(?P<rest>(?:[,:]\s*.*)?)$", re.S)
_CONNECT = {"and", "&", "et", "al.", "al", "van", "von", "de", "der", "den", "da", "du", "la", "le", "di", "of",
            "for", "the", "on", "in"}
_LOC = r"(?i:p|pp|ch|chap|sec|fig|para|vol)\.?\s*[\d.\u2013-]*\d"
_NUMERIC = re.compile(r"(?<![\w\]^])\[(\d+(?:\s*[-\u2013,]\s*\d+)*(?:,\s*" + _LOC + r")?)\](?![(\[:])")
_NUMERIC_LABELS = {"p": "page", "pp": "page", "ch": "chapter", "chap": "chapter", "sec": "section", "fig": "figure",
                   "para": "paragraph", "vol": "volume"}
_PREFIX = re.compile(r"\b(see also|see|cf\.|e\.g\.,?)\s+$", re.I)
_MONTHS = ("jan feb mar apr may jun jul aug sep oct nov dec january february march april june july august "
           "september october november december").split()
_SUPER = re.compile(r"(?<=[\w.,;:!?\u201d\"')])(?:\^(\d+(?:[,\u2013-]\d+)*)\^|<sup>(\d+(?:[,\u2013-]\s?\d+)*)</sup>"
                    r"|([\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+(?:[,\u2013-][\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)*))")
_SUPERDIGITS = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "0123456789")
_FOOTREF = re.compile(r"\[\^([^\]\s]+)\](?!:)")
_FOOTDEF = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]*(.*(?:\n(?:[ \t]{2,}|\t).*)*)", re.M)


@dataclass
class Cite:
    """One cited work inside a citation, as written."""

    text: str
    record: int | None = None  # index into the document's records; None: no reference matches
    locator: str = ""
    label: str = ""
    prefix: str = ""


@dataclass
class InText:
    kind: str  # "parenthetical", "narrative", "numeric", "superscript", "note"
    start: int
    end: int
    line: int
    text: str
    cites: list[Cite] = field(default_factory=list)
    note: tuple[int, int] | None = None  # the span of a note's definition


def _split_locator(rest: str) -> tuple[str, str, str]:
    rest = rest.strip()
    if rest.startswith(":"):
        rest = "," + rest[1:]
    label, loc, extra = split_locator(rest) if rest else ("", "", "")
    return label, loc, extra


def names_before(text: str, pos: int) -> tuple[int, str]:
    """The capitalised words (with and, &, et al., particles) that end just before ``pos``."""
    head_start = max(0, pos - 120)
    words = list(re.finditer(r"[^\s(),;]+", text[head_start:pos]))
    keep: list[re.Match[str]] = []
    for m in reversed(words):
        w = m.group(0)
        ends_sentence = w.endswith(".") and w.lower() != "al." and not re.fullmatch(r"[A-Z]\.", w)
        if (w.lower().rstrip(".") in _CONNECT or w[:1].isupper()) and not (ends_sentence and keep):
            keep.insert(0, m)
            continue
        break
    while keep and keep[0].group(0).lower().rstrip(".") in _CONNECT:
        keep.pop(0)
    if not keep:
        return pos, ""
    begin = head_start + keep[0].start()
    return begin, text[begin:pos].strip()


def _trim_names(begin: int, names: str, records: list[Item], abbr: dict[str, str]) -> tuple[int, str]:
    """Leading words that belong to the sentence ("As Smith (2020)") are left out of the citation."""
    for m in re.finditer(r"\S+", names):
        rest = names[m.start():]
        if fold(rest) in abbr or any(fold(rest) in name_forms(it) for it in records):
            return begin + m.start(), rest
    return begin, names


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _abbreviations(text: str) -> dict[str, str]:
    """Group authors' abbreviations a paper declares, ``World Health Organization [WHO]`` → {who: ...}."""
    return {fold(m.group(2)): m.group(1) for m in re.finditer(r"([A-Z][\w'\u2019-]*(?: [\w'\u2019-]+)*?)"
                                                               r" \[([A-Z][A-Za-z&]{1,11})\]", text)}


def _bare(names: str) -> str:
    return re.sub(r"\s*\[[^\]]*\]", "", names)


def author_date(text: str, records: list[Item], skip: tuple[int, int] | None = None) -> list[InText]:
    out: list[InText] = []
    abbr = _abbreviations(text)
    for m in _PAREN.finditer(text):
        if skip and skip[0] <= m.start() < skip[1]:
            continue
        body = m.group(1)
        only = _YEARS_ONLY.match(body.strip())
        if only:  # Smith and Lee (2020, p. 4)
            begin, names = names_before(text, m.start())
            if not names:
                continue
            years = re.findall(_YEAR, only.group("years"))
            begin, names = _trim_names(begin, names, records, abbr)
            label, loc, _extra = _split_locator(only.group("rest"))
            cites = [Cite(f"{names} ({y})", link_author_date(_bare(names), y, records, abbr), loc, label)
                     for y in years]
            out.append(InText("narrative", begin, m.end(), _line(text, begin), text[begin:m.end()], cites))
            continue
        cites = []
        for part in body.split(";"):
            pm = _PART.match(part.strip())
            if not pm:
                cites = []
                break
            names = pm.group("names").strip().rstrip(",")
            years = re.findall(_YEAR, pm.group("years"))
            label, loc, _extra = _split_locator(pm.group("rest"))
            for y in years:
                cites.append(Cite(f"{names}, {y}", link_author_date(_bare(names), y, records, abbr), loc, label,
                                  pm.group("pre").strip()))
        if cites:
            out.append(InText("parenthetical", m.start(), m.end(), _line(text, m.start()), m.group(0), cites))
    return out


def _numbers(spec: str) -> list[int]:
    nums: list[int] = []
    for part in re.split(r"\s*,\s*", spec):
        r = re.match(r"(\d+)\s*[-\u2013]\s*(\d+)$", part)
        if r:
            a, b = int(r.group(1)), int(r.group(2))
            nums.extend(range(a, b + 1) if 0 < b - a < 200 else [a, b])
        elif part.isdigit():
            nums.append(int(part))
    return nums


def _record_numbers(records: list[Item]) -> dict[int, int]:
    by_number: dict[int, int] = {}
    for k, it in enumerate(records):
        label = str(it.get("custom", {}).get("biblio", {}).get("label", ""))
        m = re.search(r"\d+", label)
        by_number[int(m.group(0)) if m else k + 1] = k
    return by_number


def numeric(text: str, records: list[Item], skip: tuple[int, int] | None = None) -> list[InText]:
    by_number = _record_numbers(records)
    out: list[InText] = []
    for m in _NUMERIC.finditer(text):
        if skip and skip[0] <= m.start() < skip[1]:
            continue
        spec = m.group(1)
        loc_m = re.search(r",\s*(" + _LOC + ")$", spec)
        label = loc = ""
        if loc_m:
            word, loc = re.match(r"([A-Za-z]+)\.?\s*(.*)$", loc_m.group(1)).groups()  # type: ignore[union-attr]
            label = _NUMERIC_LABELS.get(word.lower(), "page")
            spec = spec[:loc_m.start()]
        nums = _numbers(spec)
        cites = [Cite(f"[{n}]", by_number.get(n), loc if len(nums) == 1 else "", label) for n in nums]
        start = m.start()
        pre = _PREFIX.search(text, max(0, start - 20), start)
        if pre and cites:  # "see [2]": the prefix belongs to the citation
            cites[0].prefix = pre.group(1)
            start = pre.start()
        before = text[max(0, start - 4):start]
        # a number that opens a sentence, or follows "As", is the subject: "[3] argues"
        kind = "numeric-narrative" if len(cites) == 1 and (re.search(r"(?:^|[.!?]\s|\n\n)$", before) or
                                                            re.search(r"\bAs $", text[max(0, start - 4):start])) \
            else "numeric"
        if len(cites) == 1 and cites[0].record is not None and not cites[0].prefix:
            # "Haddad [3] argues": the names before the number are the cited work's authors
            begin, names = names_before(text, start)
            rec = records[cites[0].record]
            if names and lead_name(rec) in fold(names).split():
                words = name_words(rec) | {"et", "al", "and"}
                for w in re.finditer(r"\S+", text[begin:start]):
                    if fold(w.group(0)) in words:
                        start, kind = begin + w.start(), "numeric-narrative"
                        break
        out.append(InText(kind, start, m.end(), _line(text, start), text[start:m.end()], cites))
    out = _merge_adjacent(text, out, by_number)
    for m in _SUPER.finditer(text):
        if skip and skip[0] <= m.start() < skip[1]:
            continue
        word = re.search(r"(\w*)$", text[max(0, m.start() - 30):m.start()])
        if m.group(3) and word and (word.group(1)[-1:].isdigit() or 0 < len(word.group(1)) < 3):
            continue  # a power or a unit (x², km²), not a citation
        spec = (m.group(1) or m.group(2) or m.group(3) or "").translate(_SUPERDIGITS)
        nums = _numbers(spec)
        cites = [Cite(str(n), by_number.get(n)) for n in nums]
        out.append(InText("superscript", m.start(), m.end(), _line(text, m.start()), m.group(0), cites))
    return out


def _merge_adjacent(text: str, found: list[InText], by_number: dict[int, int]) -> list[InText]:
    """``[3], [4]`` is one citation of two works, ``[1]–[3]`` one of three (IEEE writes them so)."""
    merged: list[InText] = []
    for c in found:
        prev = merged[-1] if merged else None
        gap = text[prev.end:c.start] if prev else ""
        if prev and re.fullmatch(r"\s*[,\u2013-]\s*", gap) and "\n\n" not in gap and not c.cites[0].prefix:
            cites = prev.cites + c.cites
            if gap.strip() in ("\u2013", "-") and prev.cites and c.cites:
                a, b = _numbers(prev.cites[-1].text.strip("[]")), _numbers(c.cites[0].text.strip("[]"))
                if a and b and b[0] - a[-1] < 200:
                    cites = prev.cites + [Cite(f"[{n}]", by_number.get(n)) for n in range(a[-1] + 1, b[0])] + c.cites
            merged[-1] = InText("numeric", prev.start, c.end, prev.line, text[prev.start:c.end], cites)
        else:
            merged.append(c)
    return merged


def _note_locator(cite: str, item: Item | None) -> tuple[str, str]:
    """A note's trailing locator (``…, 112.``, ``…: 4, https://…``), unless it is the record's own pages."""
    s = re.sub(r"[,.]?\s*<?(?:https?://|doi:\s*)\S+\s*$", "", cite.strip()).rstrip(". ")
    m = re.search(r"(?:,|:)[\u201d\u2019\"']?\s*((?:(?:p|pp|chap|sec|para|fig|vol)\.\s*)?[\divxlc]+"
                  r"(?:\s*[-\u2013]\s*[\divxlc]+)?)$", s)
    if not m:
        return "", ""
    before = s[:m.start()].lower().split()
    if len(before) >= 2 and before[-2].rstrip(".") in _MONTHS:  # "March 12, 2024" is a date
        return "", ""
    label, loc, extra = split_locator(", " + m.group(1))
    if extra or not loc:
        return "", ""
    if item is not None:
        pages = str(item.get("page", ""))
        first = re.match(r"\d+", pages)
        if first and re.match(rf"{first.group(0)}\s*[-\u2013]", loc) or loc == pages:
            return "", ""
        source = source_text(item)
        if re.search(r"[-\u2013]", loc) and loc in source:  # the work's own page range
            return "", ""
        if m.group(0).startswith(",") and re.search(r"\b(?:vol|no|ed)\.?\s*$", s[:m.start()]):
            return "", ""
    return label, loc


def notes(text: str, records: list[Item]) -> list[InText]:
    defs = {m.group(1): m for m in _FOOTDEF.finditer(text)}
    out: list[InText] = []
    previous: list[Cite] = []
    for m in _FOOTREF.finditer(text):
        d = defs.get(m.group(1))
        if d is None:
            continue
        body = d.group(2).strip()
        cites: list[Cite] = []
        parts = re.split(r";\s+", body)
        for part in parts:
            if re.match(r"ibid\.?", part.strip(), re.I):
                if len(previous) == 1:
                    _l, loc = _note_locator("x, " + part.strip()[5:].lstrip(", "), None)
                    label = _l if loc else ""
                    cites.append(Cite(part, previous[0].record, loc, label))
                continue
            # a note right after an author's name may leave the name out ("Haddad[^4]")
            k = link_note(part if len(parts) > 1 else names_before(text, m.start())[1] + " " + part, records)
            looks_cited = bool(re.search(r"\b(1[5-9]\d\d|20\d\d)\b|\*[^*]+\*|\u201c|\"", part))
            if k is None and not looks_cited:
                continue
            label, loc = _note_locator(part, records[k] if k is not None else None)
            pre = re.match(r"((?:see also|see|cf\.|e\.g\.,?)\s+)", part, re.I)
            cites.append(Cite(part, k, loc, label, pre.group(1).strip() if pre else ""))
        if cites:
            previous = cites
            out.append(InText("note", m.start(), m.end(), _line(text, m.start()), m.group(0), cites,
                              (d.start(), d.end())))
    return out


def find_citations(text: str, records: list[Item], section: tuple[int, int] | None = None) -> list[InText]:
    """Every hand-written citation outside the reference section, in document order."""
    numbered = any(it.get("custom", {}).get("biblio", {}).get("label") for it in records)
    noted = [c for c in notes(text, records) if not (section and section[0] <= c.start < section[1])]
    inside = [c.note for c in noted if c.note]
    found = author_date(text, records, section)
    if numbered:
        found += numeric(text, records, section)
    # the text of a note that cites is read as a note, not for author-date citations
    found = [c for c in found if not any(a <= c.start < b for a, b in inside)] + noted
    found.sort(key=lambda c: c.start)
    kept: list[InText] = []
    for c in found:  # a narrative citation inside a parenthesis is one citation
        if kept and c.start < kept[-1].end:
            continue
        kept.append(c)
    return kept
