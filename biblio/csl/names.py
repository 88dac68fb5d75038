"""Personal and institutional names: parsing particles, initials, ordering, lists."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .output import Span, parse_rich
from .style import Element
from .textcase import apply_case


@dataclass(frozen=True)
class NameParts:
    family: str = ""
    given: str = ""
    dropping: str = ""
    non_dropping: str = ""
    suffix: str = ""
    comma_suffix: bool = False
    static_ordering: bool = False
    literal: str = ""

    @property
    def is_person(self) -> bool:
        return not self.literal and bool(self.given or self.family)


# lowercase words (van, de la, v.d., 't) before the family name are particles
_PARTICLE_FAMILY = re.compile(
    r"^((?:(?:[a-z\u00e0-\u00ff][\w\u00e0-\u00ff.]*|['\u2019][a-z]+)['\u2019]?\s+|[a-z]{1,3}['\u2019-])+)(.+)$")
_PARTICLE_GIVEN = re.compile(r"^(.+?)\s+((?:[a-z\u00e0-\u00ff][\w\u00e0-\u00ff]*['\u2019]?\s*)+)$")
_NON_LATIN = re.compile(r"[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\s]+$")


def _s(v: object) -> str:
    return "" if v is None else str(v)


def parse_name(d: dict) -> NameParts:
    if "literal" in d and d.get("literal"):
        return NameParts(literal=_s(d["literal"]))
    family = _s(d.get("family")).strip()
    given = _s(d.get("given")).strip()
    dp = _s(d.get("dropping-particle")).strip()
    ndp = _s(d.get("non-dropping-particle")).strip()
    suffix = _s(d.get("suffix")).strip()
    parse = d.get("parse-names", True) not in (False, "false")
    if parse and not ndp and family and not family.startswith('"'):
        m = _PARTICLE_FAMILY.match(family)
        if m and m.group(2).strip():
            ndp = m.group(1).strip()
            family = m.group(2).strip()
            if ndp.endswith(("'", "\u2019")) and m.group(1).endswith(" "):
                ndp += " "  # de' Frinkle keeps its space
    elif family.startswith('"') and family.endswith('"'):
        family = family[1:-1]
    if parse and not dp and given:
        m = _PARTICLE_GIVEN.match(given)
        if m:
            given, dp = m.group(1).strip(), m.group(2).strip()
    comma_suffix = bool(d.get("comma-suffix"))
    if parse and not suffix and given and ",!" in given:
        given, _, suffix = (x.strip() for x in given.partition(",!"))
        comma_suffix = True
    if parse and not suffix and given and "," in given:
        g, _, sfx = given.partition(",")
        if sfx.strip() in ("Jr.", "Sr.", "Jr", "Sr", "III", "II", "IV"):
            given, suffix = g.strip(), sfx.strip()
    if not family and not given:
        return NameParts(literal="")
    return NameParts(
        family=family,
        given=given,
        dropping=dp,
        non_dropping=ndp,
        suffix=suffix,
        comma_suffix=comma_suffix,
        static_ordering=bool(d.get("static-ordering")),
    )


def _join(*parts: str) -> str:
    out = ""
    for p in parts:
        if not p:
            continue
        if out and not out.endswith(("'", "\u2019", "-", "\u00a0")):
            out += " "
        out += p
    return out


@lru_cache(maxsize=4096)
def initialize(given: str, with_: str, initialize_all: bool = True, hyphen: bool = True) -> str:
    """Initials of a given name (``John Ronald`` -> ``J. R.`` with ``. ``).

    A token ending in a period is an abbreviation and kept whole (``Ph.`` -> ``Ph.``);
    with ``initialize_all`` false only single letters are treated as initials.
    """
    tokens: list[tuple[str, str, bool]] = []  # kind, text, joined to the previous by a hyphen
    if not hyphen:
        given = given.replace("-", " ")  # citeproc-js: the parts become separate names (Min-jun -> M jun)
    for w in re.split(r"\s+|(?<=\.)(?=[^\s.-])", given.strip()):
        if not w:
            continue
        for k, sub in enumerate(w.split("-")):
            core = sub.rstrip(".")
            if not core:
                continue
            if sub.endswith(".") or (len(core) == 1 and core.isalpha() and core.isupper()):
                tokens.append(("init", core, k > 0))
            elif initialize_all and k > 0 and core[0].islower():
                continue  # Min-jun -> M. (citeproc-js drops lowercase hyphenated parts)
            elif initialize_all and (core[0].isupper() or not core[0].isalpha()):
                # a digraph initial (TSerendorjiin -> Ts.) keeps both letters
                two = len(core) > 2 and core[1].isupper() and core[2].islower()
                tokens.append(("init", core[0] + core[1].lower() if two else core[0], k > 0))
            else:
                tokens.append(("full", sub, k > 0))
    res = ""
    for idx, (kind, txt, hyph) in enumerate(tokens):
        if idx > 0:
            prev = tokens[idx - 1][0]
            if hyph:
                res = res.rstrip() + ("-" if hyphen or kind == "full" or prev == "full" else "")
            elif prev == "init":
                if kind == "full" and not res.endswith(" "):
                    res += " "
            else:
                res += " "
        res += txt + (with_ if kind == "init" else "")
    return res.rstrip()


_TAGGED = re.compile(r"^<(b|i|sc|sup|sub)>(.*)</\1>$")


def _initialize_marked(given: str, o: NameOpts) -> str:
    """Initials of a given name with markup (``<b>John</b> Quiggly`` -> ``<b>J.</b> Q.``): each
    initial keeps its word's tags (citeproc-js)."""
    words = re.split(r"\s+|-", given.strip())
    tags = [_TAGGED.match(w) for w in words]
    bare = re.sub(r"</?(?:b|i|sc|sup|sub)>", "", given)
    res = initialize(bare, o.initialize_with or "", o.initialize, o.hyphen)
    parts = re.split(r"(\s+|-)", res)
    inits = parts[::2]
    if len(inits) != len(words):
        return res
    for k, m in enumerate(tags):
        if m is not None:
            inits[k] = f"<{m.group(1)}>{inits[k].strip()}</{m.group(1)}>"
    parts[::2] = inits
    return "".join(parts)


@dataclass(frozen=True)
class NameOpts:
    and_: str = ""  # "", "text", "symbol"
    delimiter: str = ", "
    dpl: str = "contextual"
    dpea: str = "contextual"
    et_al_min: int = 0
    et_al_use_first: int = 0
    et_al_sub_min: int = 0
    et_al_sub_use_first: int = 0
    et_al_use_last: bool = False
    form: str = "long"
    initialize: bool = True
    initialize_with: str | None = None
    naso: str = ""  # "", "first", "all"
    sort_sep: str = ", "
    demote: str = "display-and-sort"
    hyphen: bool = True


def _int(v: str | None, default: int = 0) -> int:
    try:
        return int(v) if v is not None else default
    except ValueError:
        return default


def make_opts(a: dict[str, str]) -> NameOpts:
    sub_min = _int(a.get("et-al-subsequent-min"), _int(a.get("et-al-min")))
    # an absent et-al-use-first (-1) disables truncation; an explicit 0 suppresses the list
    sub_first = _int(a.get("et-al-subsequent-use-first"), _int(a.get("et-al-use-first"), -1))
    return NameOpts(
        and_=a.get("and", ""),
        delimiter=a.get("delimiter", a.get("name-delimiter", ", ")),
        dpl=a.get("delimiter-precedes-last", "contextual"),
        dpea=a.get("delimiter-precedes-et-al", "contextual"),
        et_al_min=_int(a.get("et-al-min")),
        et_al_use_first=_int(a.get("et-al-use-first"), -1),
        et_al_sub_min=sub_min,
        et_al_sub_use_first=sub_first,
        et_al_use_last=a.get("et-al-use-last") == "true",
        form=a.get("form", a.get("name-form", "long")),
        initialize=a.get("initialize", "true") != "false",
        initialize_with=a.get("initialize-with"),
        naso=a.get("name-as-sort-order", ""),
        sort_sep=a.get("sort-separator", ", "),
        demote=a.get("demote-non-dropping-particle", "display-and-sort"),
        hyphen=a.get("initialize-with-hyphen", "true") != "false",
    )


def _fmt_part(text: str, el: Element | None, english: bool = True) -> Span | str:
    """One name part with the name-part's text-case and formatting (no affixes)."""
    node = parse_rich(text.replace("'", "\u2019")) if text else text
    if el is None or not text:
        return node
    if el.text_case:
        node = apply_case(node, el.text_case, english)
    if el.fmt:
        return Span([node], fmt=el.fmt)
    return node


def _block(items: list[Span | str], el: Element | None) -> Span | str:
    """Join name pieces with spaces (none after an apostrophe or hyphen) and add affixes."""
    from .output import plain

    out: list[Span | str] = []
    last = ""
    for it in items:
        t = plain(it)
        if not t:
            continue
        if out and not last.endswith(("'", "\u2019", "-", "\u00a0", " ")):
            out.append(" ")
        out.append(it)
        last = t
    if el is not None and (el.prefix or el.suffix) and out:
        return Span(out, el.prefix, el.suffix)
    return Span(out) if len(out) != 1 else out[0]


def format_name(
    n: NameParts,
    o: NameOpts,
    inverted: bool,
    given_level: int | None = None,
    parts: dict[str, Element] | None = None,
) -> Span | str:
    """Render one name.  given_level: None = style's choice, 1 = initials, 2 = full."""
    parts = parts or {}
    fam_el, giv_el = parts.get("family"), parts.get("given")
    if not n.is_person:
        lit = n.literal or n.family
        return _block([_fmt_part(lit, fam_el)], fam_el)
    form = o.form
    if given_level is not None and given_level >= 1 and form == "short":
        form = "long"
    given = n.given
    if not n.family:
        return _block([_fmt_part(given, giv_el)], giv_el)
    suffix = n.suffix
    if suffix and o.initialize_with is not None:
        # the suffix's periods follow the style's initials (citeproc-js): Jr. -> Jr with initialize-with=""
        suffix = initialize(suffix, o.initialize_with, False, o.hyphen) or suffix
    # names that are only initials keep the style's spelling of initials even when expanded
    if o.initialize_with is not None and given and (
            given_level != 2 or initialize(given, ".", False) == initialize(given, ".", True)):
        given = _initialize_marked(given, o) if "<" in given else \
            initialize(given, o.initialize_with, o.initialize, o.hyphen)
    non_latin = bool(_CJK.match(n.family + n.given))
    fam = _fmt_part(n.family, fam_el)
    ndp = _fmt_part(n.non_dropping, fam_el)
    if form == "short":
        if non_latin:
            return _block([fam], fam_el)
        return _block([ndp, fam], fam_el)
    if non_latin:
        return Span([_block([fam], fam_el), _block([_fmt_part(n.given, giv_el)], giv_el)])
    giv = _fmt_part(given, giv_el)
    dp = _fmt_part(n.dropping, giv_el)
    if not inverted:
        fam_block = _block([dp, ndp, fam], None)
        if suffix:
            fam_block = Span([fam_block, ", " if n.comma_suffix else " ", suffix])
        if fam_el is not None and (fam_el.prefix or fam_el.suffix):
            fam_block = Span([fam_block], fam_el.prefix, fam_el.suffix)
        return _block([_block([giv], giv_el), fam_block], None)
    sep = o.sort_sep
    if o.demote == "display-and-sort":
        head = _block([fam], fam_el)
        tail = _block([giv, dp, ndp], giv_el)
    else:
        head = _block([ndp, fam], fam_el)
        tail = _block([giv, dp], giv_el)
    pieces: list[Span | str] = [head]
    from .output import has_text

    if has_text(tail):
        pieces.extend([sep, tail])
    if suffix:
        pieces.extend([sep, suffix])
    return Span(pieces)


# citeproc-js separates the family name from the rest by a symbol that the collation does not
# ignore and that sorts before letters (Dale|Zippy before Dalebout|Arnie)
SORT_SEP = "|"
_APOS_ONE = re.compile("['\u2019]")


def sort_key_name(n: NameParts, o: NameOpts) -> str:
    if not n.is_person:
        return n.literal or n.family
    if o.form == "short":
        return _join(n.non_dropping, n.family) if o.demote == "never" else n.family
    given = n.given
    if o.initialize_with is not None and given:
        given = initialize(given, o.initialize_with, o.initialize, o.hyphen)
    # particles lose their first apostrophe and join with plain spaces (d'Wander -> d Wander)
    ndp = _APOS_ONE.sub("", n.non_dropping, count=1)
    dp = _APOS_ONE.sub("", n.dropping, count=1)
    if o.demote == "never":
        fam = " ".join(x for x in (ndp, n.family, dp) if x)
        rest = given
    else:
        fam = n.family
        rest = " ".join(x for x in (given, dp, ndp) if x)
    key = fam + SORT_SEP + rest if rest else fam
    return f"{key} {n.suffix}" if n.suffix else key
