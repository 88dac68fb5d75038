"""Dates: CSL-JSON date parsing (date-parts, raw, literal) and date rendering."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .locale import NS, Locale
from .numbers import ordinal
from .output import Span
from .style import Date, DatePart, _common

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
for _k, _v in list(_MONTHS.items()):
    _MONTHS[_k[:3]] = _v
_MONTHS["sept"] = 9
_SEASONS = {"spring": 13, "summer": 14, "autumn": 15, "fall": 15, "winter": 16}


@dataclass
class DateValue:
    start: tuple[int, int, int]  # year, month, day (0 = missing); month 13-16 = season
    end: tuple[int, int, int] | None = None
    literal: str = ""
    season: str = ""
    circa: bool = False
    open_end: bool = False  # a range with an empty end ("1987-")

    @property
    def year(self) -> int:
        return self.start[0]


def _to_int(x: object) -> int:
    try:
        return int(str(x).strip())
    except (TypeError, ValueError):
        return 0


def _triple(parts: list) -> tuple[int, int, int]:
    vals = [_to_int(p) for p in parts[:3]] + [0, 0, 0]
    return vals[0], vals[1], vals[2]


def _season_month(t: tuple[int, int, int]) -> tuple[int, int, int]:
    """CSL-JSON seasons are months 21-24 (older data: 13-16); like citeproc-js any month
    13-24 is a season, and out-of-range months are dropped."""
    m = t[1]
    if 13 <= m <= 24:
        return (t[0], 13 + (m - 13) % 4, t[2])
    if m < 0 or m > 24:
        return (t[0], 0, t[2])
    return t


def _parse_one(s: str) -> tuple[int, int, int] | None:
    s = s.strip()
    if not s:
        return None
    m = re.fullmatch(r"(-?\d{1,4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?", s)
    if m:
        return _to_int(m.group(1)), _to_int(m.group(2)), _to_int(m.group(3))
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", s)
    if m:
        return _to_int(m.group(3)), _to_int(m.group(1)), _to_int(m.group(2))
    words = re.findall(r"[A-Za-z]+|\d+", s)
    y = mo = d = 0
    for w in words:
        lw = w.lower()
        if w.isdigit():
            if len(w) >= 3 or (y == 0 and int(w) > 31):
                y = int(w)
            elif d == 0:
                d = int(w)
            else:
                y = int(w)
        elif lw[:4] in _MONTHS or lw[:3] in _MONTHS:
            mo = _MONTHS.get(lw[:4], _MONTHS.get(lw[:3], 0))
        elif lw in _SEASONS:
            mo = _SEASONS[lw]
    if y == 0:
        return None
    return y, mo, d


def parse_date(value: object) -> DateValue | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = {"raw": value}
    if not isinstance(value, dict):
        return None
    circa = bool(value.get("circa"))
    season = str(value.get("season", "") or "")
    parts = value.get("date-parts")
    if parts and isinstance(parts, list) and parts[0] and parts[0][0] not in (None, ""):
        start = _triple(parts[0])
        end = _triple(parts[1]) if len(parts) > 1 and parts[1] else None
        open_end = False
        if end is not None and end[0] == 0 and end[1] == 0 and end[2] == 0:
            end = None
            open_end = True
        start = _season_month(start)
        if end is not None:
            end = _season_month(end)
        if start[0] == 0 and not value.get("literal"):
            return None
        if end == start:
            end = None
        return DateValue(start, end, season=season, circa=circa, open_end=open_end)
    raw = value.get("raw")
    if raw:
        raw = str(raw)
        halves = re.split(r"\s*(?:/|\s[-\u2013]\s|\u2013)\s*", raw) if not re.fullmatch(
            r"\d{1,2}/\d{1,2}/\d{4}", raw) else [raw]
        if len(halves) == 2:
            a, b = _parse_one(halves[0]), _parse_one(halves[1])
            if a and b:
                return DateValue(a, b if b != a else None, season=season, circa=circa)
        one = _parse_one(raw)
        if one:
            return DateValue(one, season=season, circa=circa)
        return DateValue((0, 0, 0), literal=raw)
    lit = value.get("literal")
    if lit:
        return DateValue((0, 0, 0), literal=str(lit))
    return None


def sort_key(d: DateValue | None, parts: frozenset[str] | None = None) -> str:
    """A sortable string; ``parts`` limits it to the date-parts a macro renders."""
    if d is None:
        return ""
    if d.literal and not d.start[0]:
        return ""
    y, m, dd = d.start
    if parts is not None:
        m = m if "month" in parts else 0
        dd = dd if "day" in parts else 0
    m = m if m <= 12 else 0
    s = f"{y + 10000:05d}{m:02d}{dd:02d}"
    if d.end:
        y2, m2, d2 = d.end
        s += f"{y2 + 10000:05d}{min(m2, 12) if m2 <= 12 else 0:02d}{d2:02d}"
    return s


# ------------------------------------------------------------------ rendering
_ORDER = {"year": 0, "month": 1, "day": 2}


def localized_parts(el: Date, loc: Locale) -> tuple[list[DatePart], str, tuple, str, str]:
    """Date-parts of a localized date format, with the element's overrides applied."""
    fmt_el = loc.dates.get(el.form)
    parts: list[DatePart] = []
    delim = ""
    if fmt_el is None:
        return parts, delim, (), "", ""
    delim = fmt_el.get("delimiter", "")
    wanted = set(el.date_parts_attr.split("-"))
    overrides = {p.name: p for p in el.parts}
    for p in fmt_el:
        if p.tag != NS + "date-part":
            continue
        name = p.get("name", "")
        if name not in wanted:
            continue
        dp = DatePart(name=name, form=p.get("form", ""), range_delimiter=p.get("range-delimiter"))
        _common(p, dp)
        o = overrides.get(name)
        if o is not None:
            if o.form:
                dp.form = o.form
            if o.range_delimiter is not None:
                dp.range_delimiter = o.range_delimiter
            if o.fmt:
                d = dict(dp.fmt)
                d.update(dict(o.fmt))
                dp.fmt = tuple(d.items())
            if o.text_case:
                dp.text_case = o.text_case
            if o.strip_periods:
                dp.strip_periods = True
            if o.has_prefix:
                dp.prefix = o.prefix
            if o.has_suffix:
                dp.suffix = o.suffix
        parts.append(dp)
    fa = fmt_el.attrib
    return parts, delim, tuple((k, fa[k]) for k in ("font-style", "font-weight") if k in fa), \
        fa.get("prefix", ""), fa.get("suffix", "")


def _part_text(dp: DatePart, val: tuple[int, int, int], loc: Locale, season: str) -> str:
    y, m, d = val
    if dp.name == "year":
        if not y:
            return ""
        s = f"{abs(y) % 100:02d}" if dp.form == "short" else str(abs(y))
        if y < 0:
            s += loc.term("bc") or "BC"
        elif y < 1000:
            s += loc.term("ad") or "AD"
        return s
    if dp.name == "month":
        if not m:
            if season and dp.form not in ("numeric", "numeric-leading-zeros"):
                if season.isdigit() and 1 <= int(season) <= 4:
                    return loc.term(f"season-{int(season):02d}") or ""
                return season
            return ""
        if 13 <= m <= 16:
            return loc.term(f"season-{m - 12:02d}") or ""
        if m > 16:
            return ""
        if dp.form == "numeric":
            return str(m)
        if dp.form == "numeric-leading-zeros":
            return f"{m:02d}"
        s = loc.term(f"month-{m:02d}", "short" if dp.form == "short" else "long") or str(m)
        if dp.strip_periods:
            s = s.replace(".", "")
        return s
    if dp.name == "day":
        if not d or not m or m > 12:
            return ""
        if dp.form == "numeric-leading-zeros":
            return f"{d:02d}"
        if dp.form == "ordinal":
            if loc.limit_day_ordinals and d != 1:
                return str(d)
            gender = ""
            t = loc.term_obj(f"month-{m:02d}")
            if t is not None:
                gender = t.gender
            return ordinal(d, loc, gender)
        return str(d)
    return ""


def _part_span(dp: DatePart, text: str, with_prefix: bool = True, with_suffix: bool = True) -> Span | None:
    if not text:
        return None
    from .output import _SUPER_RE, parse_rich
    from .textcase import apply_case

    node: Span | str = parse_rich(text) if _SUPER_RE.search(text) else text
    if dp.text_case:
        node = apply_case(node, dp.text_case)
    return Span([node], dp.prefix if with_prefix else "", dp.suffix if with_suffix else "", dp.fmt)


def render_date_parts(parts: list[DatePart], dv: DateValue, loc: Locale, delim: str) -> list[Span | str]:
    """Render the parts of a date (or a range) as a list of nodes."""
    present = [p for p in parts if _part_text(p, dv.start, loc, dv.season)]
    if not present and dv.start[0]:
        present = [p for p in parts if p.name == "year"]
    out: list[Span | str] = []
    if dv.end is None or dv.end == dv.start:
        if dv.open_end and present:
            final = present[-1]
            rd = final.range_delimiter if final.range_delimiter is not None else "\u2013"
            nodes = render_date_parts(parts, DateValue(dv.start, None, season=dv.season), loc, delim)
            return nodes + [rd]
        for p in present:
            sp = _part_span(p, _part_text(p, dv.start, loc, dv.season))
            if sp is not None:
                if out and delim:
                    out.append(delim)
                out.append(sp)
        return out
    s, e = dv.start, dv.end
    if s[0] != e[0]:
        diff = "year"
    elif s[1] != e[1]:
        diff = "month"
    else:
        diff = "day"
    lvl = _ORDER[diff]
    ranged = [i for i, p in enumerate(present) if _ORDER[p.name] >= lvl]
    if not ranged:
        return render_date_parts(parts, DateValue(dv.start, None, season=dv.season), loc, delim)
    first, last = ranged[0], ranged[-1]
    rd_part = next((p for p in present if p.name == diff), present[ranged[0]])
    rdelim = rd_part.range_delimiter if rd_part.range_delimiter is not None else "\u2013"
    for i, p in enumerate(present):
        if i < first or i > last:
            sp = _part_span(p, _part_text(p, s, loc, dv.season))
            if sp is not None:
                if out and delim:
                    out.append(delim)
                out.append(sp)
            continue
        if i == first:
            seg_s: list[Span | str] = []
            seg_e: list[Span | str] = []
            for j in range(first, last + 1):
                q = present[j]
                a = _part_span(q, _part_text(q, s, loc, dv.season), True, j != last)
                b = _part_span(q, _part_text(q, e, loc, ""), j != first, True)
                if a is not None:
                    if seg_s and delim:
                        seg_s.append(delim)
                    seg_s.append(a)
                if b is not None:
                    if seg_e and delim:
                        seg_e.append(delim)
                    seg_e.append(b)
            if out and delim:
                out.append(delim)
            out.extend(seg_s)
            out.append(rdelim)
            out.extend(seg_e)
    return out
