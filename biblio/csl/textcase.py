"""CSL text-case transformations on formatted trees (nocase spans are protected)."""

from __future__ import annotations

import re

from .output import Span

# citeproc-js's list of words kept lowercase in title case (single words only)
STOP_WORDS = frozenset(
    """a according aboard about above across afore after against al along alongside amid amidst among amongst
    an and anenst apropos apud around as aside astride at athwart atop barring before behind below beneath
    beside besides between beyond but by c ca circa d' de despite down during et except for forenenst from
    given in inside into lest like modulo near next nor notwithstanding of off on onto or out over per plus
    pro qua sans since so than the through van thru throughout thruout till to toward towards under underneath
    until unto up upon v. versus via vis-à-vis von vs. with within without yet""".split()
)
STOP_WORDS = STOP_WORDS - {"according"}

_WORD = re.compile(r"[^\s\u2013\u2014/]+", re.UNICODE)
_PART_SEP = re.compile(r"[-.]")


def _collect(node: Span | str, out: list[tuple[str | None, bool]], protected: bool) -> None:
    if isinstance(node, str):
        out.append((node, protected))
        return
    if node.quotes:
        # where a quotation starts; citeproc-js does not capitalize a word right after a single
        # quote, nor the first part of a hyphenated word right after a double quote
        out.append((None, node.quotes in (2, 3)))  # a marker, not a leaf
    p = protected or node.nocase
    for c in node.children:
        _collect(c, out, p)


def _rebuild(node: Span | str, it: list[str]) -> Span | str:
    if isinstance(node, str):
        return it.pop()  # ``it`` holds the new leaves in reverse order
    return Span([_rebuild(c, it) for c in node.children], node.prefix, node.suffix, node.fmt, node.quotes,
                node.display, node.nocase)


def _upper1(c: str) -> str:
    u = c.upper()
    return u if len(u) == 1 else c


def _cap_word(w: str) -> str:
    return _upper1(w[0]) + w[1:] if w else w


def _transform(text: str, mask: list[bool], case: str, starts_quote: frozenset[int] = frozenset()) -> str:
    chars = list(text)

    def setc(i: int, c: str) -> None:
        if not mask[i]:
            chars[i] = c

    if case == "lowercase":
        for i, c in enumerate(chars):
            lc = c.lower()
            if len(lc) == 1:
                setc(i, lc)
    elif case == "uppercase":
        for i, c in enumerate(chars):
            setc(i, _upper1(c))
    elif case == "capitalize-first":
        m = _WORD.search(text)
        if m and not any(c.isupper() for c in m.group()[1:]):
            i = m.start()
            if chars[i].isalpha():
                setc(i, _upper1(chars[i]))
    elif case == "capitalize-all":
        for m in _WORD.finditer(text):
            i = m.start()
            if chars[i].isalpha():
                setc(i, _upper1(chars[i]))
    elif case == "sentence":
        # citeproc-js: everything lowercase except the first letter (nocase spans excepted)
        first = True
        for i, c in enumerate(chars):
            if c.isalpha():
                if first:
                    setc(i, _upper1(c))
                    first = False
                else:
                    lc = c.lower()
                    if len(lc) == 1:
                        setc(i, lc)
    elif case == "title":
        all_upper = False  # citeproc-js keeps all-caps strings (acronyms) as they are
        words = list(_WORD.finditer(text))
        for n, m in enumerate(words):
            w = m.group()
            i = m.start()
            if all_upper:
                for k in range(i, m.end()):
                    lc = chars[k].lower()
                    if len(lc) == 1:
                        setc(k, lc)
                w = w.lower()
            j = i  # the text before the word, trailing whitespace aside
            while j and text[j - 1].isspace():
                j -= 1
            starts = n == 0 or j == 0 or text[j - 1] in ":?!"
            lw = w.lower().strip(".,;:!?\"'()[]\u201c\u201d\u2018\u2019")
            last = n == len(words) - 1
            if (w.lower() in STOP_WORDS or lw in STOP_WORDS) and not starts and not last:
                continue
            # capitalize each hyphen- or period-separated part (Follow-Up, Merriam-Webster.Com)
            pos = i
            if w[0] in "([" and len(w) > 1:
                pos += 1
                w = w[1:]
            for k, part in enumerate(_PART_SEP.split(w)):
                if part and chars[pos].isalpha() and ord(chars[pos]) < 0x250 and \
                        (part[1:].islower() or not any(c.isupper() for c in part[1:])):
                    if k > 0 and (part.lower() in STOP_WORDS or len(part) == 1) and \
                            not (last and pos + len(part) == m.end() and len(part) > 1):
                        pass
                    elif not (k == 0 and not last and n > 0 and (pos in starts_quote or (
                            -1 - pos in starts_quote and "-" in w))):
                        setc(pos, _upper1(chars[pos]))
                pos += len(part) + 1
    return "".join(chars)


def apply_case(node: Span | str, case: str, english: bool = True, lang: str = "") -> Span | str:
    """``lang``: the item's language; Turkish and Azeri uppercase i as İ."""
    if not case or (case == "title" and not english):
        return node
    segs: list[tuple[str | None, bool]] = []
    _collect(node, segs, False)
    if case == "uppercase" and lang[:2].lower() in ("tr", "az"):
        segs = [(s.replace("i", "\u0130") if s is not None and not p else s, p) for s, p in segs]
    text = "".join(s for s, _ in segs if s is not None)
    mask: list[bool] = []
    qstarts: set[int] = set()
    for s, p in segs:
        if s is None:
            qstarts.add(len(mask) if p else -1 - len(mask))
            continue
        mask.extend([p] * len(s))
    new = _transform(text, mask, case, frozenset(qstarts))
    if len(new) != len(text):
        return node
    out: list[str] = []
    pos = 0
    for s, _ in segs:
        if s is not None:
            out.append(new[pos:pos + len(s)])
            pos += len(s)
    if isinstance(node, str):
        return out[0]
    out.reverse()
    return _rebuild(node, out)
