"""Labelled segments for a reference that has only its fields: biblio's gold sets.

The gold sets (``tests/data/parse/*.jsonl``) give each reference's text and its CSL fields, written by
hand, but no labelled segments, which the sequence labeller trains on. Every value the gold states is
in its text (``tests/parse/test_gold_sets.py``), so each can be found there: this module assigns each
character of the text the variable whose value it spells, and ``labels.segments`` turns that into the
segments the training data carries. Values are placed most distinctive first (links, titles, containers,
publishers and places), then names and dates, numbers last, each on the first place no other value holds; a
reference with a value that finds no free place is skipped rather than guessed.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.normalisers.dates import MONTHS
from biblio.parse.text import ascii_fold
from biblio.parse.training.labels import segments

# placed in this order: long, distinctive values before the short ones they may contain
_STRINGS = (
    "URL",
    "DOI",
    "title",
    "container-title",
    "collection-title",
    "event-title",
    "publisher",
    "publisher-place",
    "event-place",
    "genre",
    "number",
    "note",
)
_NAMES = ("author", "editor", "translator", "director")
_NUMBERS = ("page", "volume", "issue", "edition")
# a short number is placed nearest the value it is written beside (a volume after its journal)
_BESIDE = {"page": "container-title", "volume": "container-title", "issue": "volume"}
_DATES = ("issued", "accessed")
# what may join two names of one list (`, `, ` and `, ` & `, `; `, `, et `, ` y `, ` und `)
_NAME_JOIN = re.compile(r"[\s,;&]*(?:(?:and|und|et|y|e|i|och|og|en|a|és|ve|и|та)\b[\s,]*)?", re.I)
# a list's closing `et al.` and an editor's or translator's role word belong to its run
_ET_AL = re.compile(r"[\s,]*(?:et\.? al(?:ii|ia)?\.?|u\. ?a\.|e\. ?a\.|i in\.|и др\.|y otros|and others)", re.I)
_ROLE_AFTER = re.compile(
    r"[\s,]*[(\[]?(?:eds?|hrsg|hg|hgg|red|dir|dirs|coords?|orgs?|comps?|trans|transl|tr|trad|a cura di)\.?[)\]]?",
    re.I,
)
_ROLE_BEFORE = re.compile(
    r"(?:edited|translated|compiled|ed\.|eds\.|trans\.|tr\.|trad\.|hrsg\.|hg\.|red\.)\s*(?:by|von|par|de|por|v\.)?\s*$",
    re.I,
)
_DATE_PART = re.compile(r"\d{1,2}(?:st|nd|rd|th|er|\.)?|[^\W\d_]{3,12}\.?", re.U)
_DATE_GAP = re.compile(r"[\s,./\-–]{0,3}")
_INITIAL = re.compile(r"[^\W\d_][\w'’-]*\.?", re.U)


def _lower(text: str) -> str:
    """Lower case, character for character (``İ`` lowers to two characters: kept as it is)."""
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


def _index(text: str) -> tuple[str, list[int]]:
    """The text lower-cased with Markdown's emphasis marks dropped, and each kept character's place."""
    kept: list[int] = []
    chars: list[str] = []
    for i, c in enumerate(text):
        if c == "*":
            continue
        if c == "_" and not (
            0 < i < len(text) - 1
            and (text[i - 1].isalnum() or text[i - 1] == "/")
            and (text[i + 1].isalnum() or text[i + 1] == "/")
        ):
            continue
        kept.append(i)
        chars.append(_lower(c))
    return "".join(chars), kept


class _Placer:
    def __init__(self, text: str) -> None:
        self.text = text
        self.norm, self.pos = _index(text)
        self.owner: list[str | None] = [None] * len(text)

    def free(self, start: int, end: int) -> bool:
        return all(self.owner[k] is None for k in range(start, end))

    def find(self, value: str, bounded: bool) -> list[tuple[int, int]]:
        """Places (in the text) where ``value`` is written, none of whose characters another value holds."""
        needle = _lower(value.replace("*", ""))
        out: list[tuple[int, int]] = []
        at = self.norm.find(needle)
        while at >= 0 and needle:
            end = at + len(needle)
            ok = not bounded or (
                (at == 0 or not self.norm[at - 1].isalnum()) and (end == len(self.norm) or not self.norm[end].isalnum())
            )
            start, stop = self.pos[at], self.pos[end - 1] + 1
            if ok and self.free(start, stop):
                out.append((start, stop))
            at = self.norm.find(needle, at + 1)
        return out

    def take(self, start: int, end: int, variable: str) -> None:
        # what no other value holds, and the spaces inside this one, are this value's
        for k in range(start, end):
            if self.owner[k] is None or self.text[k].isspace():
                self.owner[k] = variable

    def place(self, value: str, variable: str, beside: str | None = None) -> bool:
        spots = self.find(value, bounded=len(value) <= 6 or value[:1].isdigit())
        if not spots:
            return False
        near = [k for k, v in enumerate(self.owner) if v == beside] if beside else []
        if near and len(spots) > 1:
            spots.sort(key=lambda spot: min(abs(spot[0] - near[-1]), abs(spot[1] - near[0])))
        self.take(*spots[0], variable)
        return True


def _name_spot(placer: _Placer, name: dict[str, str], given_first: bool | None) -> tuple[int, int, bool] | None:
    """Where one person or body is written: its family name (or literal) widened over its given names, and
    whether the given names stood first. ``given_first`` is the list's order where its first name showed it."""
    core = name.get("literal") or name.get("family")
    if not core:
        return None
    spots = placer.find(core, bounded=True)
    if not spots:
        return None
    start, end = spots[0]
    first = bool(given_first)
    given = name.get("given", "")
    if given:
        words = [w.rstrip(".").lower() for w in re.split(r"[\s.]+", given) if w.strip(".")]
        # the given names stand right before the family (`J. P. Smith`) or after it (`Smith, J. P.`)
        after, got_after = _widen(placer, end, words, forward=True)
        before, got_before = _widen(placer, start, words, forward=False)
        whole_after, whole_before = got_after == len(words), got_before == len(words)
        if whole_before and (not whole_after or given_first) or (got_before > got_after and not whole_after):
            start, first = before, True
        elif got_after:
            end, first = after, False
    for part in ("non-dropping-particle", "dropping-particle"):
        particle = name.get(part)
        if particle:
            left = placer.text.rfind(particle, max(0, start - len(particle) - 2), start)
            if left >= 0 and placer.free(left, start):
                start = left
            else:
                right = placer.text.find(particle, end, end + len(particle) + 4)
                if right >= 0 and placer.free(end, right + len(particle)):
                    end = right + len(particle)
    return start, end, first


def _widen(placer: _Placer, edge: int, words: list[str], forward: bool) -> tuple[int, int]:
    """The edge moved over the given names' words (each an initial or the whole word) next to it."""
    text = placer.text
    if forward:
        m = re.match(r"[\s,]*", text[edge:])
        k = edge + (m.end() if m else 0)
        got = 0
        reach = edge
        while k < len(text) and got < len(words):
            w = _INITIAL.match(text, k)
            if not w or not placer.free(w.start(), w.end()):
                break
            if not _is_given(w.group(), words):
                break
            got += 1
            reach = w.end()
            m = re.match(r"[\s-]*", text[reach:])
            k = reach + (m.end() if m else 0)
        return (reach if got else edge), got
    k = edge
    got = 0
    reach = edge
    while got < len(words):
        m = re.search(r"([^\W\d_][\w'’-]*\.?)[\s-]*$", text[max(0, k - 40) : k])
        if not m:
            break
        start = max(0, k - 40) + m.start(1)
        end = max(0, k - 40) + m.end(1)
        if not placer.free(start, end):
            break
        if not _is_given(m.group(1), words):
            break
        got += 1
        reach = start
        k = start
    return (reach if got else edge), got


def _is_given(written: str, words: list[str]) -> bool:
    """Whether a written word is one of the given names, whole or as its initial (``J.`` for ``John``)."""
    word = written.rstrip(".").lower()
    return any(word == g or g.startswith(word) or word.replace("-", "") == g.replace("-", "") for g in words)


def _place_names(placer: _Placer, variable: str, names: list[dict[str, str]]) -> bool:
    spots: list[tuple[int, int]] = []
    given_first: bool | None = None
    for name in names:
        spot = _name_spot(placer, name, given_first)
        if spot is None:
            return False
        start, end, first = spot
        if given_first is None and name.get("given"):
            given_first = bool(first)
        placer.take(start, end, variable)
        spots.append((start, end))
    spots.sort()
    # one run for the list, with the words that join its names (as the labelled sets mark it)
    for (_, e1), (s2, _) in zip(spots, spots[1:], strict=False):
        gap = placer.text[e1:s2]
        if s2 > e1 and _NAME_JOIN.fullmatch(gap) and placer.free(e1, s2):
            placer.take(e1, s2, variable)
    opening, last = spots[0][0], spots[-1][1]
    m = _ET_AL.match(placer.text, last)
    if m and m.end() > last and placer.free(last, m.end()):
        placer.take(last, m.end(), variable)
        last = m.end()
    if variable != "author":
        m = _ROLE_AFTER.match(placer.text, last)
        if m and m.end() > last and placer.free(last, m.end()):
            placer.take(last, m.end(), variable)
        b = _ROLE_BEFORE.search(placer.text, max(0, opening - 30), opening)
        if b and placer.free(b.start(), opening):
            placer.take(b.start(), opening, variable)
    return True


def _place_date(placer: _Placer, variable: str, date: dict[str, Any]) -> bool:
    """The year, widened over the month and day written beside it (`3 May 2020`, `2020, May 3`, `3.5.2020`)."""
    parts = date.get("date-parts", [[]])[0]
    if not parts:
        return True
    spots = placer.find(str(parts[0]), bounded=True)
    if not spots:
        return False
    start, end = spots[0]
    if len(parts) > 1:
        text = placer.text
        for _ in range(2):
            gap = _DATE_GAP.match(text, end)
            word = _DATE_PART.match(text, gap.end()) if gap else None
            if word and _is_date_word(word.group()) and placer.free(end, word.end()):
                end = word.end()
            else:
                break
        for _ in range(2):
            m = re.search(r"([^\W_]{1,12}\.?)[\s,./\-–]{0,3}$", text[max(0, start - 20) : start])
            if not m:
                break
            s = max(0, start - 20) + m.start(1)
            if _is_date_word(m.group(1)) and placer.free(s, start):
                start = s
            else:
                break
    placer.take(start, end, variable)
    return True


def _is_date_word(word: str) -> bool:
    bare = word.rstrip(".")
    for suffix in ("st", "nd", "rd", "th", "er"):
        if bare[: -len(suffix)].isdigit() and bare.endswith(suffix):
            bare = bare[: -len(suffix)]
    if bare.isdigit():
        return 1 <= int(bare) <= 31
    return ascii_fold(bare.lower()) in MONTHS


def gold_segments(record: dict[str, Any]) -> list[list[str]] | None:
    """The record's labelled segments, or None when a value of its gold finds no free place in its text."""
    text = record["text"]
    fields = record["fields"]
    placer = _Placer(text)
    for variable in _STRINGS:
        value = fields.get(variable)
        if isinstance(value, str) and not placer.place(value, variable):
            return None
    for variable in _NAMES:
        names = fields.get(variable)
        if names and not _place_names(placer, variable, names):
            return None
    for variable in _DATES:
        date = fields.get(variable)
        if date and not _place_date(placer, variable, date):
            return None
    for variable in _NUMBERS:
        value = fields.get(variable)
        placed = not isinstance(value, str) or placer.place(value, variable, _BESIDE.get(variable))
        # an edition written as a word (`Second edition`) is stored as its number: left to the text between
        if not placed and variable != "edition":
            return None
    return segments(text, list(placer.owner), fields)
