"""CSL style XML -> compiled, typed element tree (parsed once)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree as ET

from .locale import NS

FORMAT_ATTRS = ("font-style", "font-variant", "font-weight", "text-decoration", "vertical-align")


@dataclass
class Element:
    prefix: str = ""
    suffix: str = ""
    fmt: tuple[tuple[str, str], ...] = ()
    display: str = ""
    text_case: str = ""
    strip_periods: bool = False
    quotes: bool = False
    bare: bool = True  # no affixes, formatting, quotes, display, case or strip-periods


@dataclass
class Text(Element):
    variable: str = ""
    macro: str = ""
    term: str = ""
    value: str | None = None
    form: str = "long"
    plural: bool = False


@dataclass
class Number(Element):
    variable: str = ""
    form: str = "numeric"


@dataclass
class Label(Element):
    variable: str = ""
    form: str = "long"
    plural: str = "contextual"


@dataclass
class DatePart(Element):
    name: str = ""
    form: str = ""
    range_delimiter: str | None = None
    has_prefix: bool = False
    has_suffix: bool = False


@dataclass
class Date(Element):
    variable: str = ""
    form: str = ""  # "", "text" or "numeric" (localized)
    date_parts_attr: str = "year-month-day"
    parts: list[DatePart] = field(default_factory=list)
    delimiter: str = ""


@dataclass
class Name(Element):
    attrs: dict[str, str] = field(default_factory=dict)
    parts: dict[str, Element] = field(default_factory=dict)  # "given"/"family" -> formatting


@dataclass
class EtAl(Element):
    term: str = "et-al"


@dataclass
class Names(Element):
    variables: list[str] = field(default_factory=list)
    name: Name | None = None
    et_al: EtAl | None = None
    label: Label | None = None
    label_first: bool = False
    substitute: list[Element] | None = None
    delimiter: str | None = None


@dataclass
class Group(Element):
    children: list[Element] = field(default_factory=list)
    delimiter: str = ""


@dataclass
class Condition:
    match: str = "all"
    tests: list[tuple[str, list[str]]] = field(default_factory=list)
    fn: Any = None  # compiled test, set on first use by elements.evaluate


@dataclass
class Choose(Element):
    branches: list[tuple[Condition | None, list[Element]]] = field(default_factory=list)


@dataclass
class SortKey:
    variable: str = ""
    macro: str = ""
    ascending: bool = True
    names_min: int | None = None
    names_use_first: int | None = None
    names_use_last: bool | None = None


@dataclass
class Layout:
    elements: list[Element]
    prefix: str = ""
    suffix: str = ""
    fmt: tuple[tuple[str, str], ...] = ()
    delimiter: str = ""
    locale: str = ""


@dataclass
class Section:
    layouts: list[Layout]
    attrs: dict[str, str]
    sort: list[SortKey]

    def layout_for(self, lang: str) -> Layout:
        """Pick the layout whose locale attribute matches the item language (CSL-M)."""
        if lang:
            base = lang.split("-")[0]
            for lay in self.layouts:
                if lay.locale and any(x == lang or x.split("-")[0] == base for x in lay.locale.split()):
                    return lay
        for lay in self.layouts:
            if not lay.locale:
                return lay
        return self.layouts[-1]


@dataclass
class StyleDef:
    attrs: dict[str, str]
    macros: dict[str, list[Element]]
    citation: Section | None
    bibliography: Section | None
    locales: list[ET.Element]

    @property
    def is_note(self) -> bool:
        return self.attrs.get("class") == "note"


def _tag(el: ET.Element) -> str:
    t = el.tag
    if not isinstance(t, str):
        return ""
    return t[len(NS):] if t.startswith(NS) else t.split("}")[-1]


def _common(el: ET.Element, obj: Element) -> None:
    a = el.attrib
    obj.prefix = a.get("prefix", "")
    obj.suffix = a.get("suffix", "")
    obj.fmt = tuple((k, a[k]) for k in FORMAT_ATTRS if k in a)
    obj.display = a.get("display", "")
    obj.text_case = a.get("text-case", "")
    obj.strip_periods = a.get("strip-periods") == "true"
    obj.quotes = a.get("quotes") == "true"
    obj.bare = not (obj.prefix or obj.suffix or obj.fmt or obj.display or obj.text_case or obj.strip_periods
                    or obj.quotes)


def _parse_condition(el: ET.Element) -> Condition:
    c = Condition(match=el.get("match", "all"))
    for k, v in el.attrib.items():
        if k == "match":
            continue
        c.tests.append((k, v.split()))
    return c


def parse_element(el: ET.Element) -> Element | None:
    tag = _tag(el)
    a = el.attrib
    obj: Element
    if tag == "text":
        obj = Text(
            variable=a.get("variable", ""),
            macro=a.get("macro", ""),
            term=a.get("term", ""),
            value=a.get("value"),
            form=a.get("form", "long"),
            plural=a.get("plural") == "true",
        )
    elif tag == "number":
        obj = Number(variable=a.get("variable", ""), form=a.get("form", "numeric"))
    elif tag == "label":
        obj = Label(variable=a.get("variable", ""), form=a.get("form", "long"), plural=a.get("plural", "contextual"))
    elif tag == "date":
        d = Date(
            variable=a.get("variable", ""),
            form=a.get("form", ""),
            date_parts_attr=a.get("date-parts", "year-month-day"),
            delimiter=a.get("delimiter", ""),
        )
        for p in el:
            if _tag(p) == "date-part":
                d.parts.append(parse_date_part(p))
        obj = d
    elif tag == "names":
        n = Names(variables=a.get("variable", "").split(), delimiter=a.get("delimiter"))
        seen_name = False
        for ch in el:
            ct = _tag(ch)
            if ct == "name":
                n.name = parse_name(ch)
                seen_name = True
            elif ct == "et-al":
                e = EtAl(term=ch.get("term", "et-al"))
                _common(ch, e)
                n.et_al = e
            elif ct == "label":
                lab = parse_element(ch)
                assert isinstance(lab, Label)
                n.label = lab
                n.label_first = not seen_name
            elif ct == "substitute":
                n.substitute = [x for x in (parse_element(c) for c in ch) if x is not None]
        if not seen_name:
            n.label_first = False  # with no name element the label follows the names (citeproc-js)
        obj = n
    elif tag == "group":
        obj = Group(children=parse_children(el), delimiter=a.get("delimiter", ""))
    elif tag == "choose":
        ch_obj = Choose()
        for br in el:
            bt = _tag(br)
            if bt in ("if", "else-if"):
                ch_obj.branches.append((_parse_condition(br), parse_children(br)))
            elif bt == "else":
                ch_obj.branches.append((None, parse_children(br)))
        obj = ch_obj
    else:
        return None
    _common(el, obj)
    if isinstance(obj, Group) and "delimiter" in a:
        obj.delimiter = a["delimiter"]
    return obj


def parse_date_part(p: ET.Element) -> DatePart:
    dp = DatePart(name=p.get("name", ""), form=p.get("form", ""), range_delimiter=p.get("range-delimiter"))
    _common(p, dp)
    dp.has_prefix = "prefix" in p.attrib
    dp.has_suffix = "suffix" in p.attrib
    return dp


def parse_name(el: ET.Element) -> Name:
    n = Name(attrs=dict(el.attrib))
    _common(el, n)
    for ch in el:
        if _tag(ch) == "name-part":
            np = Element()
            _common(ch, np)
            n.parts[ch.get("name", "")] = np
    return n


def parse_children(el: ET.Element) -> list[Element]:
    return [x for x in (parse_element(c) for c in el) if x is not None]


def _section(el: ET.Element | None) -> Section | None:
    if el is None:
        return None
    layouts: list[Layout] = []
    sort: list[SortKey] = []
    for ch in el:
        t = _tag(ch)
        if t == "layout":
            a = ch.attrib
            layouts.append(
                Layout(
                    elements=parse_children(ch),
                    prefix=a.get("prefix", ""),
                    suffix=a.get("suffix", ""),
                    fmt=tuple((k, a[k]) for k in FORMAT_ATTRS if k in a),
                    delimiter=a.get("delimiter", ""),
                    locale=a.get("locale", ""),
                )
            )
        elif t == "sort":
            for k in ch:
                if _tag(k) != "key":
                    continue
                ka = k.attrib
                sort.append(
                    SortKey(
                        variable=ka.get("variable", ""),
                        macro=ka.get("macro", ""),
                        ascending=ka.get("sort", "ascending") != "descending",
                        names_min=int(ka["names-min"]) if "names-min" in ka else None,
                        names_use_first=int(ka["names-use-first"]) if "names-use-first" in ka else None,
                        names_use_last=(ka["names-use-last"] == "true") if "names-use-last" in ka else None,
                    )
                )
    if not layouts:
        layouts.append(Layout(elements=[]))
    return Section(layouts=layouts, attrs=dict(el.attrib), sort=sort)


def parse_style(xml: str | bytes) -> StyleDef:
    data = xml.encode("utf-8") if isinstance(xml, str) else xml
    root = ET.fromstring(data)
    macros: dict[str, list[Element]] = {}
    citation = bibliography = None
    locales: list[ET.Element] = []
    for ch in root:
        t = _tag(ch)
        if t == "macro":
            macros[ch.get("name", "")] = parse_children(ch)
        elif t == "citation":
            citation = _section(ch)
        elif t == "bibliography":
            bibliography = _section(ch)
        elif t == "locale":
            locales.append(ch)
    return StyleDef(attrs=dict(root.attrib), macros=macros, citation=citation, bibliography=bibliography,
                    locales=locales)
