"""Text helpers shared by the parsing units: markup, spacing, punctuation.

Italics are evidence (an italic span is a title or a container), so instead of
deleting Markdown/HTML emphasis we turn it into two private-use characters,
``IT_OPEN``/``IT_CLOSE``, that survive every later regex and are removed only
when a value is stored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, MutableMapping

from biblio.parse.lazy_patterns import lazy_pattern

# Han ideographs (with extension A and compatibility forms), then kana and hangul: character-class ranges
HAN_LETTERS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_LETTERS = HAN_LETTERS + "\u3040-\u30ff\uac00-\ud7af"
CJK = lazy_pattern(f"[{CJK_LETTERS}]")

IT_OPEN = "\ue000"
IT_CLOSE = "\ue001"
MARKERS = IT_OPEN + IT_CLOSE

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
DASH_CLASS = "[-" + DASHES + "]"
DASH_RE = lazy_pattern("[" + DASHES + "]")

# HTML-ish emphasis some sources carry (JATS <italic>, <i>, <em>).
_HTML_EM = lazy_pattern(r"<\s*(italic|i|em)\s*>(.*?)<\s*/\s*\1\s*>", re.I | re.S)
# Markdown emphasis: an opening run not preceded by a word char, a closing run
# not followed by one; the span may not start or end with a space.
_MD_EM = lazy_pattern(r"(?<![\w*\\])(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_STRAY_EMPH = lazy_pattern(r"(?<![\w*])[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}(?![\w*])")


def leading_bold(work: str, m: re.Match[str]) -> bool:
    """A bold run opening the reference and closed by its full stop (``**UN Women.** June 2020. Title``,
    ``**Smith, J.** (2020).``): a resource list's way of setting off the author, never a title's italics."""
    return m.group(1) in ("**", "__") and not work[: m.start()].strip() and m.group(2).endswith((".", ":"))


def _emphasis(m: re.Match[str]) -> str:
    # a run of marks alone, "576 U.S. ___ (2015)", is a blank to fill, no emphasis
    if not m.group(2).strip("*_"):
        return m.group(0)
    # a bold author-and-date block ("**Smith, J. (2020).** *Title*") is set off, not italic
    return m.group(2) if leading_bold(m.string, m) else IT_OPEN + m.group(2) + IT_CLOSE


def mark_italics(s: str) -> str:
    """Replace ``*x*``, ``_x_``, ``**x**`` and ``<i>x</i>`` by IT_OPEN x IT_CLOSE."""
    # (text without the marks, most of it, skips the searches: each match holds one of them)
    if "<" in s:
        s = _HTML_EM.sub(lambda m: IT_OPEN + m.group(2) + IT_CLOSE, s)
    if "*" in s or "_" in s:
        s = _MD_EM.sub(_emphasis, s)
    return s


def unmark(s: str) -> str:
    return s.replace(IT_OPEN, "").replace(IT_CLOSE, "")


def clean_space(s: str) -> str:
    return " ".join(s.split())


def unbalanced_off(s: str) -> str:
    """An opening bracket with no closing one at the start, or the reverse at the end, removed:
    ``(Philadelphia``, ``Fortress, 1952)`` as the model cuts a bracketed imprint."""
    s = s.strip()
    if s[:1] in "([" and not any(c in s for c in ")]"):
        s = s[1:].lstrip()
    if s[-1:] in ")]" and not any(c in s for c in "(["):
        s = s[:-1].rstrip()
    return s


def strip_value(s: str, keep_end: str = "?!") -> str:
    """A field value: markers removed, spacing collapsed, wrapping quotes and the
    trailing separator (``.``, ``,``, ``:``, ``;``) removed; ``?``/``!`` kept
    because they belong to a title."""
    s = clean_space(unmark(s))
    prev = None
    while s != prev:
        prev = s
        s = s.strip(" ,;:/")
        if s.endswith((" (", " [")):
            s = s[:-2]  # "Title (https://…)": the bracket opened on the address, which is no part of the value
        if s.endswith(".") and not _ends_with_abbrev(s):
            s = s[:-1]
        s = s.strip()
        if len(s) >= 2 and s[0] in '"\u201c\u201e\u00ab' and s[-1] in '"\u201d\u00bb' and _balanced_quotes(s[1:-1]):
            s = s[1:-1].strip()
        elif s[:1] == "\u00ab" and s[-1:] == "\u00bb" and "\u00ab" not in s[1:-1] and "\u00bb" not in s[1:-1]:
            s = s[1:-1].strip()  # «A “casa portuguesa” e …»: guillemets around a title quoting in other marks
        if len(s) >= 2 and s[0] in "'\u2018" and s[-1] in "'\u2019" and _balanced_single(s[1:-1]):
            s = s[1:-1].strip()
        # a quoted title whose closing quote came after the period: "Title."
        if s[-2:] in ('."', ".\u201d", ",\u201d", ',"') and s[:1] in '"\u201c':
            s = s[1:-2].strip()
        if s[:1] in "*_." or s[-1:] in "*_" or s.endswith(("*\n", "_\n")):  # (where a match can stand)
            s = _STRAY_EDGE.sub("", s)
        s = _unpaired_ends(s)
    return s


# an italic mark left alone at an edge ("* (Lecture Notes in Computer Science)") or the period that closed the
# field before (". Modeling task relationships …"); ".NET" keeps its period, ". . . And Ladies of the Club" its ellipsis
_STRAY_EDGE = lazy_pattern(r"^(?:\*+|_+|\.(?=\s+[^.\s\u2026]))\s+|\s+(?:\*+|_+)$")


_PAIRS = {"(": ")", "[": "]"}


def _unpaired_ends(s: str) -> str:
    """A bracket the value does not pair at either end belongs to the text around it: the
    ``(Doctoral dissertation, Princeton University)`` a publisher was cut from, or ``(Boston: …)``."""
    for opening, closing in _PAIRS.items():
        if s.endswith(closing) and s.count(closing) > s.count(opening):
            s = s[:-1].rstrip()
        if s.startswith(opening) and s.count(opening) > s.count(closing):
            s = s[1:].lstrip()
    return s


_ABBREV_END = lazy_pattern(r"(?:\b(?:Inc|Ltd|Co|Jr|Sr|al|Corp|Bros|St|etc|EE\. UU)|(?<![\w.])[A-Z])\.$")


def _ends_with_abbrev(s: str) -> bool:
    # keep the period of "Inc.", "Ltd.", "Co.", "Jr.", "et al.", Spanish "EE. UU." and of initials
    # its matches ("Corp.", "EE. UU.") are at most seven characters long and end the text: only the end is searched
    return bool(_ABBREV_END.search(s, max(0, len(s) - 8)))


_DOUBLE_QUOTE = lazy_pattern('["\u201c\u201d\u201e\u00ab\u00bb]')
_SINGLE_QUOTE_EDGE = lazy_pattern(r"(?:^|\s)['\u2018]|['\u2019](?:\s|$)")


def _balanced_quotes(s: str) -> bool:
    return not _DOUBLE_QUOTE.search(s)


def _balanced_single(s: str) -> bool:
    # "'Title' and 'Other'" must not be unwrapped; inner apostrophes (What's) are fine
    return not _SINGLE_QUOTE_EDGE.search(s)


_WORD_RUN = lazy_pattern(r"\w+")


class WordSet:
    """``re.compile(rf"\\b{words}\\b", flags).search(s)`` for an alternation of whole words (each made
    of word characters only): such a match is always one whole run of word characters, so the runs of
    ``s`` are judged one by one and each run's verdict is kept, bounded (speed: a long alternation
    tried at every word boundary is among the slowest of regexes)."""

    def __init__(self, words: str, flags: int = 0) -> None:
        self.pattern = lazy_pattern(words, flags)
        self._flags = flags
        self._opening: dict[str, list[str]] = {}  # the alternatives a word's first ASCII character may open
        self._anywhere: list[str] = []  # and those that may open on any
        # (inline flags would not stand inside a group: such a pattern is judged whole)
        for alternative in _alternatives(words) if not words.startswith("(?") or words.startswith("(?:") else [words]:
            first = _first_characters(alternative)
            for c in first or ():
                self._opening.setdefault(c, []).append(alternative)
            if first is None:
                self._anywhere.append(alternative)
        self._by_opening: dict[str, re.Pattern[str]] = {}
        self._verdicts = Verdicts(self._judge)

    def _judge(self, word: str) -> bool:
        """Whether the whole word matches the alternation: where its first character is ASCII, only the
        alternatives that can open on it are tried (a long alternation tries each of its words in turn)."""
        first = word[:1].lower()
        if not first.isascii() or not first:
            return self.pattern.fullmatch(word) is not None
        pattern = self._by_opening.get(first)
        if pattern is None:
            alternatives = [*self._opening.get(first, ()), *self._anywhere] or ["(?!)"]
            pattern = self._by_opening[first] = re.compile("(?:" + "|".join(alternatives) + ")", self._flags)
        return pattern.fullmatch(word) is not None

    def __contains__(self, word: str) -> bool:
        """Whether one run of word characters is one of the words."""
        return self._verdicts[word]

    def search(self, s: str) -> bool:
        """Whether any word of ``s`` is one of the words."""
        return any(map(self._verdicts.__getitem__, word_runs(s)))

    def words_in(self, s: str) -> list[str]:
        """The words of ``s`` that are among the words, in order."""
        return list(filter(self._verdicts.__getitem__, word_runs(s)))


def _alternatives(words: str) -> list[str]:
    """The top-level alternatives of a pattern (a group of them wrapping the whole is opened)."""
    if (
        words.startswith("(?:")
        and next((i for i, c, depth in _scan(words) if c == ")" and not depth), -1) == len(words) - 1
    ):
        words = words[3:-1]
    out: list[str] = []
    start = 0
    for i, c, depth in _scan(words):
        if c == "|" and not depth:
            out.append(words[start:i])
            start = i + 1
    out.append(words[start:])
    return out


def _scan(words: str) -> Iterator[tuple[int, str, int]]:
    """Each character of a pattern outside escapes and classes, with the depth of the groups it stands in (a
    bracket at the depth it opens or closes to)."""
    depth, i = 0, 0
    while i < len(words):
        c = words[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(words, i) + 1
            continue
        depth += (c == "(") - (c == ")")
        yield i, c, depth
        i += 1


def _class_end(words: str, i: int) -> int:
    """The index of the ``]`` closing the class opened at ``words[i]``."""
    j = i + 1
    if words[j : j + 1] == "^":
        j += 1
    if words[j : j + 1] == "]":
        j += 1
    while j < len(words) and words[j] != "]":
        j += 2 if words[j] == "\\" else 1
    return j


_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# the letters a case-blind pattern matches to an ASCII letter (long s, Kelvin sign, dotless and dotted I)
_FOLDED = frozenset("\u017f\u212a\u0131\u0130")


def _plain_opening(c: str) -> bool:
    """An ASCII letter or digit, or a character no ASCII one matches."""
    return c.lower() in _PLAIN if c.isascii() else c not in _FOLDED


def _first_characters(alternative: str) -> frozenset[str] | None:
    """The lower-case ASCII characters a match of ``alternative`` can open on, where it opens on a plain letter or
    digit or a class of them, not made optional; None where it may open on anything else."""
    if alternative[:1] == "[":
        end = _class_end(alternative, 0)
        chars, rest = alternative[1:end], alternative[end + 1 :]
        if not chars or chars[0] == "^" or "-" in chars or "\\" in chars:
            return None
    else:
        chars, rest = alternative[:1], alternative[1:]
    if rest[:1] in ("?", "*", "+", "{") or not all(map(_plain_opening, chars)):
        return None
    return frozenset(c.lower() for c in chars if c.isascii())


class Verdicts(dict[str, bool]):
    """Each word's verdict by ``judge``, judged on first sight; at most MAX_KEPT are kept."""

    MAX_KEPT = 50_000

    def __init__(self, judge: Callable[[str], bool]) -> None:
        super().__init__()
        self.judge = judge

    def __missing__(self, word: str) -> bool:
        verdict = self.judge(word)
        if len(self) >= self.MAX_KEPT:
            self.clear()
        self[word] = verdict
        return verdict


_LAST_RUNS: list[tuple[str, tuple[str, ...]]] = [("", ())]


def word_runs(s: str) -> tuple[str, ...]:
    """The runs of word characters of ``s`` (``\\w+``); the last text's are kept, for one text is
    often looked at by several word sets in a row."""
    last, runs = _LAST_RUNS[0]
    if s != last:
        runs = tuple(_WORD_RUN.findall(s))
        _LAST_RUNS[0] = (s, runs)
    return runs


def fold_dashes(s: str) -> str:
    return DASH_RE.sub("-", s)


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def matching_close(s: str, i: int) -> int:
    """Index of the bracket closing the one at ``s[i]``, or -1."""
    pairs = {"(": ")", "[": "]", "{": "}", IT_OPEN: IT_CLOSE}
    open_c = s[i]
    close_c = pairs[open_c]
    depth = 0
    for j in range(i, len(s)):
        if s[j] == open_c:
            depth += 1
        elif s[j] == close_c:
            depth -= 1
            if depth == 0:
                return j
    return -1


# Tokens whose trailing period does not end a sentence.
_ABBREV = {
    "vol",
    "vols",
    "no",
    "nos",
    "pp",
    "p",
    "pg",
    "pgs",
    "ed",
    "eds",
    "rev",
    "trans",
    "transl",
    "comp",  # "ed. and comp. Edward Wakeling": the compiler's role
    "univ",
    "dept",
    "inc",
    "ltd",
    "co",
    "corp",
    "bros",  # "Warner Bros. Television": a firm's name goes on past its "Bros."
    "kungl",  # Swedish "Kungl. Dramatiska Teatern", "Kungl. Vetenskapsakademien": the royal body's name goes on
    "jr",
    "sr",
    "st",
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "vs",
    "etc",
    "al",
    "e.g",
    "i.e",
    "u.s",
    "u.k",
    "e.u",
    "u.n",
    "n.d",
    "cf",
    "fig",
    "ch",
    "chap",
    "sec",
    "suppl",
    "supp",
    "int",
    "natl",
    "nat",
    "j",
    "assoc",
    "soc",
    "proc",
    "conf",
    "symp",
    "ann",
    "rep",
    # a degree before "thesis": "Title. Ph.D. thesis, University." ("M.A." reads as initials)
    "ph.d",
    "d.phil",
}


def sentence_end(s: str, start: int = 0) -> int:
    """Index just past the first sentence boundary at or after ``start``
    (``.``/``?``/``!`` followed by a space, outside brackets, quotes and
    italics), or -1.  Periods after initials and common abbreviations do not count."""
    depth = 0
    in_it = False
    in_dq = False
    n = len(s)
    # only brackets, italics markers, quotes and sentence punctuation change anything: the loop
    # visits those alone (speed)
    for hit in _SENTENCE_CHARS.finditer(s, start):
        i = hit.start()
        c = s[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth = max(0, depth - 1)
        elif c == IT_OPEN:
            in_it = True
        elif c == IT_CLOSE:
            in_it = False
        elif c in '\u201c\u201d"':
            was_open = in_dq
            if c == "\u201c":
                in_dq = True
            elif c == "\u201d":
                in_dq = False
            else:
                in_dq = not in_dq
            # 'the help of "Dr. House." Journal': the period inside the quotes ends the sentence
            if was_open and not in_dq and i > 0 and s[i - 1] in ".?!" and depth == 0 and not in_it:
                if i + 1 >= n:
                    return n
                if s[i + 1] == " ":
                    return i + 1
        elif c in ".?!" and depth == 0 and not in_it and not in_dq:
            j = i + 1
            while j < n and s[j] in "\"'\u201d\u2019" + IT_CLOSE:
                j += 1
            if j >= n:
                return n
            if s[j] == " ":
                # ". . ." (an ellipsis) is not a boundary
                if c == "." and s[j + 1 : j + 2] == ".":
                    continue
                if c == "." and _is_abbrev_before(s, i):
                    continue
                # "¿Qué es una CLI? - Explicación …": a spaced dash after the question goes on with the title
                if c != "." and s[j + 1 : j + 3] in _DASH_GOES_ON:
                    continue
                return j
    return -1


# abbreviations only before a given word: "Tech. rep." ("Georgia Tech. Atlanta" ends a sentence), the degree of
# "D. Phil. thesis", Spanish "EE. UU." (the United States, a publisher's place)
_ABBREV_BEFORE = {"tech": " rep.", "phil": " thes", "ee": " uu."}
_GERMAN_LOCATOR_ABBREV = frozenset(["bd", "bde", "hft"])
# the Nordic words for an edition: Norwegian and Swedish "7. utg.", Swedish "3. uppl.", Danish "2. udg.", Finnish
# "2. painos"
NORDIC_EDITION_WORDS = ("utg", "utgave", "utgåve", "utgåva", "uppl", "upplaga", "udg", "udgave", "painos")
# the word for an edition after its ordinal: German "2. Aufl.", Hungarian "2. kiad.", the Nordic words (four characters
# of it, a short word's full stop counted: "utg.")
_GERMAN_ORDINAL_AFTER = frozenset(["Aufl", "Ausg", "Bear", "kiad", *(f"{word}."[:4] for word in NORDIC_EDITION_WORDS)])
_GERMAN_ROLE_ABBREV = frozenset(["hg", "hrsg", "hgg", "übers", "bearb"])
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())

_DASH_GOES_ON = frozenset(("- ", "\u2013 ", "\u2014 "))
_SENTENCE_CHARS = lazy_pattern('[()\\[\\]{}\ue000\ue001\u201c\u201d".?!]')


# the words that qualify a German town ("an der", "im"), abbreviated, before the river's or region's letters
_PLACE_QUALIFIERS = frozenset(("a", "d", "i"))
_QUALIFIED_TOWN = lazy_pattern(r"(?:d\.\s)?[A-Z\u00c4\u00d6\u00dc][a-z]{0,4}\.?(?=[\s:,;]|$)")
_TOKEN_BEFORE = lazy_pattern(r"[\w.'\u2019-]+$")
_DOTTED_INITIALS = lazy_pattern(r"[A-Z]|(?:[A-Z]\.-?)+[A-Z]")


# abbreviations that stand before a number: an opus, a journal's series
_NUMBER_WORD_ABBREV = frozenset(["op", "ser", "n.s"])
# role words abbreviated in lower case before the names they qualify ("Tr." may end a title's word)
_LOWER_ROLE_ABBREV = frozenset(["tr", "edd"])


def _is_abbrev_before(s: str, i: int) -> bool:
    # the run of token characters ending at i: searched from a little before i first, and from the
    # start only when the run reaches back past that point
    start = max(0, i - 24)
    m = _TOKEN_BEFORE.search(s, start, i)
    if m and m.start() == start and start:
        m = _TOKEN_BEFORE.search(s, 0, i)
    if not m:
        return False
    tok = m.group(0)
    low = tok.lower()
    if low in _ABBREV or (after := _ABBREV_BEFORE.get(low)) and s[i + 1 : i + 1 + len(after)].lower() == after:
        return True
    if tok in _LOWER_ROLE_ABBREV and s[i + 2 : i + 3].isupper():
        return True  # the classicists' "tr. Pamela Morris", "edd. Bogdana Carpenter": a role before its names
    if low in _NUMBER_WORD_ABBREV and s[i + 2 : i + 3].isdigit():
        # a musical work's opus number: "Requiem, Op. 148. Edited by …"; a journal's series before its number or
        # volume: "*AJA*, ser. 2, 30", "*Palladio*, n.s. 17"
        return True
    if low in _GERMAN_LOCATOR_ABBREV and s[i + 2 : i + 3].isdigit():
        return True  # German "Bd. 2", "Hft. 3": the volume's word before its number
    if tok.isdigit() and len(tok) <= 2 and s[i + 2 : i + 6] in _GERMAN_ORDINAL_AFTER:
        return True  # a German ordinal before its edition's word: "2. Aufl.", "3. Auflage"
    if low in _GERMAN_ROLE_ABBREV and s[i + 2 : i + 6] == "von ":
        return True  # "hg. von Giuseppe A. Pastore": the role before its names
    if low in _PLACE_QUALIFIERS and _QUALIFIED_TOWN.match(s, i + 2) and m.start() and s[m.start() - 1] == " ":
        return True  # a German town's "Frankfurt a. M.", "Halle a. d. S.", "Freiburg i. Br."
    day_before = m.start() >= 2 and s[m.start() - 2].isdigit()
    if low in _MONTH_ABBREVIATIONS and s[i + 2 : i + 3].isdigit() and not day_before:
        # MLA's "*Wired*, Sept. 2015," and "Mar. 3, 2020": a month abbreviated before its year or day (after a day,
        # "3 Sept. 2007. www…", the readers take the date whole as it was cut)
        return True
    if tok == "L" and s[i + 2 : i + 3].isupper() and _BINOMIAL_BEFORE.search(s, max(0, m.start() - 60), m.start()):
        return False  # Linnaeus's "L." after a species' name closes the title: "…, Salmo salar L. J Fish Dis"
    # single initial "J." or dotted initials "J.-P." / "U.S"; the letter after an ampersand ends a
    # word such as "R&D" or "AT&T", not an initial
    # (an accented capital alone, "Nielsen, R. Ø. et al.", is an initial too)
    initial = _DOTTED_INITIALS.fullmatch(tok) is not None or len(tok) == 1 and tok.isupper()
    return initial and s[m.start() - 1 : m.start()] != "&"


# a species' Latin name, its genus capitalised and the epithet in lower case, before its authority
_BINOMIAL_BEFORE = lazy_pattern(r"(?<![\w.])[A-Z][a-z]{2,} [a-z]{3,} $")


def sentence_units(s: str, lead: str = "") -> list[str]:
    """``s`` cut at sentence ends; ``lead`` characters are trimmed from the front of each unit,
    and units made only of them are dropped."""
    units: list[str] = []
    while s.strip():
        s = s.lstrip(" " + lead) if lead else s
        end = sentence_end(s)
        if end < 0:
            units.append(s.strip())
            break
        units.append(s[:end].strip())
        s = s[end:]
    return [u for u in units if u.strip(" " + lead)] if lead else units


def drop_pieces(holder: MutableMapping[str, object], key: str, drop: Callable[[str], bool]) -> bool:
    """(In place.) The pieces of ``holder[key]`` (a note or a remainder, its pieces joined by "; ") that ``drop``
    picks taken out, the key with them when none is left; whether any was."""
    value = holder.get(key)
    if not isinstance(value, str):
        return False
    pieces = [p for p in value.split("; ") if p.strip(" .,")]
    kept = [p for p in pieces if not drop(p)]
    if len(kept) == len(pieces):
        return False
    if kept:
        holder[key] = "; ".join(kept)
    else:
        del holder[key]
    return True



def word_char(char: str) -> bool:
    r"""Whether ``char`` is one ``\w`` matches (an empty string: no)."""
    return char.isalnum() or char == "_"


def word_in(text: str, word: str) -> bool:
    r"""``re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)``: ``word`` written in ``text`` with no
    word's character right before or after it, with no pattern compiled for each word."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and word_char(text[at - 1])) and not word_char(text[end : end + 1]):
            return True
        at = text.find(word, at + 1)
    return False


def after_each(source: str, value: str, tail: re.Pattern[str], not_after: str | None = None) -> Iterator[re.Match[str]]:
    r"""The matches of ``tail`` right after each place ``value`` is written in ``source``, first place first: what
    ``re.search(re.escape(value) + tail.pattern, source)`` tries (``tail`` without a top-level ``|``), with no
    pattern compiled for each value (each is met once, and crowds out the shared cache of patterns). With
    ``not_after``, a place right after a word's character or one of ``not_after``'s is skipped
    (``(?<![\w…])``)."""
    at = source.find(value)
    while at >= 0:
        if not_after is None or not at or not (word_char(source[at - 1]) or source[at - 1] in not_after):
            m = tail.match(source, at + len(value))
            if m is not None:
                yield m
        at = source.find(value, at + 1)


# words that name a body, a team or an outlet and are nobody's family name: a person read from an organisation
# ("CBS News" as given CBS, family News; "Berzerk Games", "GCC team", "UN Women"); surnames that are also such
# words (Press, Post, Court, Bank, Commons) are left out
BODY_WORDS = frozenset(
    """news games media group team collaboration consortium society association institute university council
    foundation agency department ministry office committee commission organization organisation corporation company
    inc llc ltd plc gmbh corp network centre center bureau board service services authority federation alliance
    union coalition partnership project initiative programme program women nations limited labs laboratory
    laboratories software systems technologies solutions studies administration wiki blog magazine journal times
    tribune museum library archives archive trust fund forum academy school college hospital clinic community""".split()
)
