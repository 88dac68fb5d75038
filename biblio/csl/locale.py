"""CSL locales: terms, date formats, options and ordinals, merged per CSL 1.0.2.

Locale files come from the installed citeproc-py package (nothing downloads).
Fallback order for a chosen locale ``de-AT``: style ``<locale xml:lang="de-AT">``,
style ``<locale xml:lang="de">``, style ``<locale>``, file de-AT, file de-DE
(primary dialect), file en-US.  We apply them as overlays in reverse order.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree as ET

NS = "{http://purl.org/net/xbiblio/csl}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@functools.lru_cache(maxsize=1)
def _locales_dir() -> str:
    # Only the data files of citeproc-py are needed: find them without importing it (start-up time).
    spec = importlib.util.find_spec("citeproc")
    if spec is None or spec.origin is None:
        raise RuntimeError("citeproc-py, which ships the CSL locale files, is not installed")
    return os.path.join(os.path.dirname(spec.origin), "data", "locales")


@dataclass
class Term:
    single: str
    multiple: str
    gender: str = ""  # gender of the noun (for gendered ordinals)
    gender_form: str = ""  # for ordinal terms: which gender this variant is for
    match: str = ""  # ordinal match rule


@dataclass
class DatePartSpec:
    name: str
    form: str | None = None
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass
class Locale:
    lang: str = "en-US"
    terms: dict[tuple[str, str], list[Term]] = field(default_factory=dict)
    dates: dict[str, Any] = field(default_factory=dict)  # form -> ET element
    options: dict[str, str] = field(default_factory=dict)

    # ------------------------------------------------------------ lookups
    def term(self, name: str, form: str = "long", plural: bool = False, gender: str = "") -> str | None:
        t = self.term_obj(name, form, gender)
        if t is None:
            return None
        return t.multiple if plural else t.single

    def term_obj(self, name: str, form: str = "long", gender: str = "") -> Term | None:
        for f in _FORM_FALLBACK.get(form, (form, "long")):
            lst = self.terms.get((name, f))
            if lst:
                if gender:
                    for t in lst:
                        if t.gender_form == gender:
                            return t
                for t in lst:
                    if not t.gender_form:
                        return t
                return lst[0]
        return None

    def has_term(self, name: str, form: str = "long") -> bool:
        return self.term_obj(name, form) is not None

    @property
    def punctuation_in_quote(self) -> bool:
        return self.options.get("punctuation-in-quote") == "true"

    @property
    def limit_day_ordinals(self) -> bool:
        return self.options.get("limit-day-ordinals-to-day-1") == "true"

    def quotes(self) -> tuple[str, str, str, str]:
        return (
            self.term("open-quote") or "\u201c",
            self.term("close-quote") or "\u201d",
            self.term("open-inner-quote") or "\u2018",
            self.term("close-inner-quote") or "\u2019",
        )


_FORM_FALLBACK = {
    "long": ("long",),
    "short": ("short", "long"),
    "verb": ("verb", "long"),
    "verb-short": ("verb-short", "verb", "long"),
    "symbol": ("symbol", "short", "long"),
}


def _text(el: ET.Element | None) -> str:
    return "" if el is None or el.text is None else el.text


def overlay(loc: Locale, root: ET.Element) -> None:
    """Merge one ``<locale>`` element into ``loc`` (later overlays win)."""
    for child in root:
        tag = child.tag.replace(NS, "")
        if tag == "style-options":
            loc.options.update(child.attrib)
        elif tag == "date":
            loc.dates[child.get("form", "")] = child
        elif tag == "terms":
            new: dict[tuple[str, str], list[Term]] = {}
            for t in child:
                if t.tag.replace(NS, "") != "term":
                    continue
                name = t.get("name", "")
                form = t.get("form", "long")
                single_el = t.find(NS + "single")
                if single_el is not None:
                    single = _text(single_el)
                    multiple = _text(t.find(NS + "multiple")) if t.find(NS + "multiple") is not None else single
                else:
                    single = multiple = _text(t)
                term = Term(single, multiple, t.get("gender", ""), t.get("gender-form", ""), t.get("match", ""))
                lst = new.setdefault((name, form), [])
                # a later definition of the same gender variant replaces the earlier one
                lst[:] = [x for x in lst if x.gender_form != term.gender_form]
                lst.append(term)
            if any(k[0].startswith("ordinal") for k in new):
                # CSL 1.0.1+: ordinal terms of a locale replace the parent's set as a whole
                for k in [k for k in loc.terms if k[0].startswith("ordinal")]:
                    del loc.terms[k]
            for k, lst in new.items():
                old = loc.terms.get(k, [])
                keep = [x for x in old if all(x.gender_form != n.gender_form for n in lst)]
                # keep gender of noun when the override only sets the text
                for n in lst:
                    if not n.gender:
                        for o in old:
                            if o.gender_form == n.gender_form and o.gender:
                                n.gender = o.gender
                loc.terms[k] = keep + lst


@functools.lru_cache(maxsize=64)
def _locale_file_root(lang: str) -> ET.Element | None:
    path = os.path.join(_locales_dir(), f"locales-{lang}.xml")
    if not os.path.exists(path):
        return None
    return ET.parse(path).getroot()


@functools.lru_cache(maxsize=1)
def _primary_dialects() -> dict[str, str]:
    try:
        with open(os.path.join(_locales_dir(), "locales.json"), encoding="utf-8") as fh:
            data = json.load(fh)
        return dict(data.get("primary-dialects", {}))
    except OSError:
        return {}


def _file_chain(lang: str) -> list[str]:
    """Locale files to apply, most specific last."""
    chain = ["en-US"]
    base = lang.split("-")[0]
    primary = _primary_dialects().get(base)
    if primary and primary not in chain:
        chain.append(primary)
    if "-" not in lang:
        # bare language: any file starting with it if no primary dialect known
        if primary is None:
            for f in sorted(os.listdir(_locales_dir())):
                if f.startswith(f"locales-{base}-") or f == f"locales-{base}.xml":
                    chain.append(f[len("locales-"):-4])
                    break
    elif lang not in chain:
        chain.append(lang)
    if base == lang and _locale_file_root(lang) is not None and lang not in chain:
        chain.append(lang)
    return chain


@functools.lru_cache(maxsize=64)
def _file_locale(lang: str) -> Locale:
    """``lang`` as its locale files give it, before any style's own ``<locale>``: the same for every engine."""
    loc = Locale(lang=lang)
    for name in _file_chain(lang):
        root = _locale_file_root(name)
        if root is not None:
            overlay(loc, root)
    return loc


def build_locale(lang: str, style_locales: list[ET.Element]) -> Locale:
    # a copy of the cached files' locale: an overlay replaces term lists and entries, never edits one in place
    files = _file_locale(lang)
    loc = Locale(lang=lang, terms=dict(files.terms), dates=dict(files.dates), options=dict(files.options))
    base = lang.split("-")[0]
    general = [e for e in style_locales if not e.get(XML_LANG)]
    by_lang = [e for e in style_locales if e.get(XML_LANG) == base and base != lang]
    exact = [e for e in style_locales if e.get(XML_LANG) == lang]
    for e in general + by_lang + exact:
        overlay(loc, e)
    return loc


@functools.lru_cache(maxsize=1)
def available_locales() -> frozenset[str]:
    """The locale tags (``en-US``, ``de-DE``, ...) for which a locale file ships."""
    try:
        names = os.listdir(_locales_dir())
    except OSError:
        return frozenset()
    return frozenset(f[len("locales-"):-len(".xml")] for f in names
                     if f.startswith("locales-") and f.endswith(".xml"))


def locale_known(tag: str) -> bool:
    """True when a locale file exists for ``tag`` or for its language (``de-CH`` via ``de-DE``)."""
    if not tag:
        return False
    tags = available_locales()
    if tag in tags:
        return True
    lang = tag.split("-")[0].lower()
    return any(t.split("-")[0].lower() == lang for t in tags)
