"""What the needs-review score weighs: one number per signal that a reading went wrong.

Three kinds of evidence, each a small function returning named numbers (0-1 or
small counts; absent means 0):

- ``model_signals``: how sure the sequence model is of its labelling (the
  probability of the whole sequence, per token, the lowest and the doubtful
  marginals, labels split into pieces, text it called a note);
- ``field_signals``: per CSL variable, the doubt (1 - confidence) the record
  carries, and the agreement of the model's record with a structured reader's;
- ``record_signals``: the structure of the record against its source (the
  checks of ``plausibility.py``, names with role words, text no field covers,
  types inconsistent with their fields, years far from now or two of them,
  values glued to their neighbours, and the reference's length and shape).

Everything is plain Python; the weights are fitted by
``python -m biblio.parse.training.review``.
"""

from __future__ import annotations

import datetime
import math
import re
from collections import Counter
from typing import Any

from biblio.parse.model.labeller import Reading
from biblio.parse.plausibility import CHECKS, broken_value, nothing_read
from biblio.parse.text import unmark
from biblio.records.model import Item, biblio_data, flags

# the variables the scorers compare (names by family, the date by year)
SCORED = ("author", "editor", "title", "container-title", "issued", "volume", "issue", "page", "publisher",
          "publisher-place", "DOI", "URL", "edition")
_NAME_VARS = ("author", "editor", "translator", "director")
_FIELD_LABELS = {"author", "editor", "title", "journal", "container-title", "date", "volume", "pages",
                 "publisher", "location", "edition", "doi", "url", "collection-title"}
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_WORDS = re.compile(r"[^\W_]+")
# a year opening or closing a value: the date ran into it (a year inside, "World report 2025: X", is a title's own)
_EDGE_YEAR = re.compile(r"^\W*(?:1[5-9]\d\d|20\d\d)\b|\b(?:1[5-9]\d\d|20\d\d)[a-z]?\W*$")
_ROLE = re.compile(r"(?i)^\(?(?:eds?|editors?|edited|hrsg|hg|trans|transl|translated|translator|dir|comp)\.?\)?,?$")
_HTML = re.compile(r"</?\s*[a-zA-Z]+\s*/?>")
# words a style writes between fields, which no field keeps
_CONNECTORS = frozenset(
    "in pp p pg pgs vol vols v no nos nr iss issue issues ed eds edn edition editor editors edited by trans "
    "translated transl and et al the of a an s doi url http https www org com retrieved from available at "
    "accessed online accessed viewed cited n d nd th st rd hrsg hg ff art article number pages page vol "
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december spring summer autumn fall winter press pdf html abstract".split()
)
_ROLE_IN_VALUE = re.compile(r"(?i)\b(?:editors?|eds?\.|edited by|trans\.|translated by|hrsg\.?|hg\.)(?!\w)")
_LINK_IN_VALUE = re.compile(r"(?i)\b(?:arxiv|doi|retrieved|available|accessed|url|https?|www)\b")
# values that swallowed their neighbours: a page range in a title, a volume glued to a journal
# ("Nucl. Phys. B555"), a locator word left at a container's end ("…, pp")
_PAGE_RANGE = re.compile(r"(?<![\w-])\d{1,5}\s*[-\u2013]\s*\d{1,5}(?![\w-])")
_TRAILING_NUMBER = re.compile(r"\d\W*$")
_LOCATOR_IN_TITLE = re.compile(r"(?i)\b(?:pp|vol|no)\.\s*\d")
_LOCATOR_END = re.compile(r"(?i)\b(?:pp?|vol|vols|no|nr|ed|eds)\W*$")
_JOURNAL_TYPES = {"article-journal", "article-magazine", "article-newspaper"}
_TYPES = ("article-journal", "book", "chapter", "paper-conference", "report", "thesis", "webpage")
_THIS_YEAR = datetime.date.today().year


def _squash(x: float, scale: float) -> float:
    """0-1, rising with ``x`` and near 1 from about ``3 * scale`` (counts and lengths on one scale)."""
    return 1.0 - math.exp(-max(0.0, x) / scale)


def model_signals(reading: Reading) -> dict[str, float]:
    m = reading.marginals
    if not m:
        return {"model:empty": 1.0}
    n = len(m)
    logp = math.log(max(reading.sequence_probability, 1e-12))
    pieces = Counter(s.label for s in reading.spans)
    split = sum(1 for label, k in pieces.items() if k > 1 and label in _FIELD_LABELS)
    note = sum(1 for label in reading.labels if label == "note") / n
    low = sorted(m)
    ev = {
        "model:doubt": 1.0 - reading.sequence_probability,
        "model:neg-log-prob": _squash(-logp, 2.0),
        "model:neg-log-prob-per-token": _squash(-logp / n, 0.02),
        "model:min-marginal-doubt": 1.0 - low[0],
        "model:second-marginal-doubt": 1.0 - (low[1] if n > 1 else low[0]),
        "model:doubtful-tokens": sum(x < 0.9 for x in m) / n,
        "model:very-doubtful-tokens": sum(x < 0.6 for x in m) / n,
        "model:doubtful-count": _squash(sum(x < 0.9 for x in m), 2.0),
        "model:split-labels": _squash(split, 1.0),
        "model:note-tokens": note,
        "model:note": float(note > 0),
    }
    ev.update(boundary_signals(reading))
    return ev


# the labels whose tokens' doubt is weighed one by one: the fields most often misread
_WEIGHED_LABELS = ("author", "editor", "title", "journal", "container-title", "publisher", "location", "volume",
                   "pages", "date")


def boundary_signals(reading: Reading) -> dict[str, float]:
    """Doubt where fields meet, and the lowest marginal inside each main field: a misread reference
    mostly has one boundary in the wrong place, which the tokens either side of it are unsure of."""
    labels, m = reading.labels, reading.marginals
    edges = [min(m[i - 1], m[i]) for i in range(1, len(labels)) if labels[i] != labels[i - 1]]
    ev = {
        "boundary:min-doubt": 1.0 - min(edges, default=1.0),
        "boundary:doubtful": sum(x < 0.8 for x in edges) / max(1, len(edges)),
        "boundary:count": _squash(len(edges), 6.0),
    }
    lowest: dict[str, float] = {}
    for label, x in zip(labels, m, strict=True):
        if label in _WEIGHED_LABELS:
            lowest[label] = min(x, lowest.get(label, 1.0))
    for label, x in lowest.items():
        ev["label-doubt:" + label] = 1.0 - x
    return ev


def _comparable(item: Item, var: str) -> Any:
    """A value as a scorer compares it: names by family, a date by year, text folded."""
    v = item.get(var)
    if v in (None, "", []):
        return None
    if var in _NAME_VARS:
        return tuple(fold(n.get("family") or n.get("literal") or n.get("given") or "")
                     for n in v if isinstance(n, dict)) or None
    if var == "issued":
        m = _YEAR.search(str(v))
        return m.group(1) if m else None
    return fold(str(v)) or None


def fold(s: str) -> str:
    """Text as the scorers compare it: unmarked, lower case, words only."""
    return " ".join(_WORDS.findall(unmark(s).lower()))


def field_signals(item: Item, other: Item | None) -> dict[str, float]:
    """Per-variable doubt of the record, and how far it differs from the other reading (if any)."""
    conf = biblio_data(item).get("field_confidence", {})
    ev: dict[str, float] = {}
    doubts = []
    for var in SCORED:
        if var in conf:
            d = 1.0 - float(conf[var])
            ev["field-doubt:" + var] = d
            doubts.append(d)
    ev["field-doubt:max"] = max(doubts, default=0.0)
    ev["field-doubt:sum"] = _squash(sum(doubts), 0.3)
    if other is not None:
        differ = [var for var in SCORED if _comparable(item, var) != _comparable(other, var)]
        ev["agree:both-read"] = 1.0
        ev["agree:differ"] = _squash(len(differ), 1.0)
        for var in differ:
            ev["agree:differ-" + var] = 1.0
    return ev


def uncovered_words(item: Item, source: str) -> list[str]:
    """Words of the source that no field of the record holds (connecting words aside)."""
    held: Counter[str] = Counter()
    for var, value in item.items():
        if var == "custom":
            continue
        if var in _NAME_VARS or var == "citation-label":
            parts = value if isinstance(value, list) else [value]
            for n in parts:
                if isinstance(n, dict):
                    held.update(_WORDS.findall(" ".join(str(x) for x in n.values()).lower()))
                else:
                    held.update(_WORDS.findall(str(n).lower()))
        elif isinstance(value, dict):  # dates
            for part in value.get("date-parts", []):
                held.update(str(x) for x in part)
            held.update(_WORDS.findall(str(value.get("literal", "")).lower()))
        else:
            held.update(_WORDS.findall(str(value).lower()))
    data = biblio_data(item)
    held.update(_WORDS.findall(str(data.get("label", "")).lower()))
    out = []
    for w in _WORDS.findall(_HTML.sub(" ", unmark(source)).lower()):
        if held[w] > 0:
            held[w] -= 1
        elif w not in _CONNECTORS and not (w.isdigit() and len(w) <= 2) and len(w) > 1:
            out.append(w)
    return out


def _names(item: Item) -> list[dict[str, Any]]:
    return [n for var in _NAME_VARS for n in item.get(var, []) if isinstance(n, dict)]


def name_signals(item: Item) -> dict[str, float]:
    names = _names(item)
    role = lowercase = initials_only = long_given = 0
    for n in names:
        words = f"{n.get('given', '')} {n.get('family', '')} {n.get('literal', '')}".split()
        role += any(_ROLE.match(w) for w in words)
        fam = str(n.get("family", ""))
        lowercase += bool(fam) and fam[0].islower() and "non-dropping-particle" not in n and " " not in fam
        initials_only += bool(fam) and len(fam.rstrip(".")) <= 1
        long_given += len(str(n.get("given", "")).split()) > 3
    literal = sum("literal" in n for n in names)
    return {
        "name:role-word": float(role > 0),
        "name:lowercase-family": float(lowercase > 0),
        "name:initial-as-family": float(initials_only > 0),
        "name:long-given": float(long_given > 0),
        "name:literal": float(literal > 0),
        "name:count": _squash(len(names), 4.0),
        "name:none": float(not names),
    }


def value_signals(item: Item) -> dict[str, float]:
    title = unmark(str(item.get("title", "")))
    words = title.split()
    container = str(item.get("container-title", ""))
    publisher = str(item.get("publisher", ""))
    place = str(item.get("publisher-place", ""))
    volume = str(item.get("volume", ""))
    issue = str(item.get("issue", ""))
    values = " | ".join((title, container, publisher))
    return {
        "value:role-word": float(bool(_ROLE_IN_VALUE.search(values))),
        "value:link-word": float(bool(_LINK_IN_VALUE.search(values))),
        "title:short": float(0 < len(words) <= 2),
        "title:long": _squash(max(0, len(words) - 25), 10.0),
        "title:year": float(bool(_EDGE_YEAR.search(title))),
        "title:lowercase-start": float(bool(title) and title[0].islower()),
        "title:locator": float(bool(_LOCATOR_IN_TITLE.search(title))),
        "title:page-range": float(bool(_PAGE_RANGE.search(title))),
        "container:trailing-number": float(bool(_TRAILING_NUMBER.search(container))),
        "container:locator-word": float(bool(_LOCATOR_END.search(container))),
        "title:is-container": float(bool(title) and fold(title) == fold(container)),
        "container:long": _squash(max(0, len(container.split()) - 12), 6.0),
        "publisher:digit": float(any(c.isdigit() for c in publisher)),
        "publisher:long": float(len(publisher.split()) > 7),
        "place:odd": float(any(c.isdigit() for c in place) or len(place.split()) > 4),
        "volume:odd": float(bool(volume) and (len(volume) > 8 or not any(c.isdigit() for c in volume))),
        "issue:odd": float(bool(issue) and len(issue) > 10),
        "page:no-digit": float("page" in item and not any(c.isdigit() for c in str(item["page"]))),
        "page:long": float(len(str(item.get("page", ""))) > 15),
    }


def type_signals(item: Item) -> dict[str, float]:
    kind = str(item.get("type", ""))
    has = set(item)
    ev = {"type:" + t: float(kind == t) for t in _TYPES}
    ev["type:journal-without-container"] = float(kind in _JOURNAL_TYPES and "container-title" not in has)
    ev["type:chapter-without-container"] = float(kind in ("chapter", "paper-conference")
                                                 and "container-title" not in has)
    ev["type:book-with-container"] = float(kind in ("book", "thesis", "report") and "container-title" in has
                                           and bool({"volume", "page"} & has))
    ev["type:journal-with-publisher"] = float(kind in _JOURNAL_TYPES and "publisher" in has)
    ev["type:journal-with-place"] = float(kind in _JOURNAL_TYPES and "publisher-place" in has)
    ev["type:locators-without-container"] = float(bool({"volume", "issue"} & has) and "container-title" not in has
                                                  and kind not in ("book", "report"))
    return ev


# values whose own years ("The 1918 pandemic", a DOI's "2016.1234", an access date) explain a second
# year in the text; a second year no field accounts for is a sign that the date was chosen wrong
_YEAR_HOLDERS = ("title", "container-title", "collection-title", "DOI", "URL", "number", "note",
                 "accessed", "original-date", "event-date")


def year_signals(item: Item, source: str) -> dict[str, float]:
    years = {int(y) for y in _YEAR.findall(source)}
    issued = _comparable(item, "issued")
    held = {int(y) for key in _YEAR_HOLDERS if item.get(key) for y in _YEAR.findall(str(item[key]))}
    unexplained = years - held - ({int(issued)} if issued is not None else set())
    ev = {
        "year:none-in-record": float(issued is None),
        "year:missing": float(issued is None and bool(years)),
        "year:several": float(bool(unexplained) if issued is not None else len(years) > 1),
        "year:not-in-source": float(issued is not None and int(issued) not in years),
    }
    if issued is not None:
        y = int(issued)
        ev["year:future"] = float(y > _THIS_YEAR + 1)
        ev["year:old"] = float(y < 1850)
    return ev


def shape_signals(source: str) -> dict[str, float]:
    # Markup itself is no signal: the labelled data's gold keeps some <italic> tags in its values,
    # so markup would learn that gold's conversion, and users' Markdown italics are no sign of a misreading.
    text = unmark(source)
    return {
        "shape:length": _squash(len(text), 150.0),
        "shape:long": float(len(text) > 400),
        "shape:short": float(len(text) < 40),
        "shape:quotes": float(any(q in source for q in "\u201c\"\u2018")),
        "shape:et-al": float("et al" in text.lower()),
        "shape:no-period": float("." not in text),
    }


def record_signals(item: Item, source: str) -> dict[str, float]:
    ev = {"check:" + name: float(check(item)) for name, check in CHECKS.items()}
    ev["check:broken-value"] = float(broken_value(item))
    ev["check:nothing-read"] = float(nothing_read(item))
    have = set(flags(item))
    for flag in ("unparsed-remainder", "no-author", "uncertain-type", "unparsed"):
        ev["flag:" + flag] = float(flag in have)
    left = uncovered_words(item, source)
    n_words = max(1, len(_WORDS.findall(unmark(source))))
    present = sum(1 for var in SCORED if item.get(var))
    ev["fields:one"] = float(present <= 1)
    ev["fields:count"] = _squash(present, 4.0)
    ev["uncovered:share"] = len(left) / n_words
    ev["uncovered:count"] = _squash(len(left), 2.0)
    ev["uncovered:any"] = float(bool(left))
    for part in (name_signals(item), value_signals(item), type_signals(item), year_signals(item, source),
                 shape_signals(source)):
        ev.update(part)
    return ev


def signals(item: Item, reading: Reading, other: Item | None, reader: str,
            reader_confidence: float | None) -> dict[str, float]:
    """All the evidence about ``item`` (the chosen record): ``reading`` is the model's,
    ``other`` the record of the reading not chosen (None when only one reader ran)."""
    source = str(biblio_data(item).get("source", ""))
    ev = {"bias": 1.0, "reader:structured": float(reader != "model")}
    if reader_confidence is not None:
        ev["reader:confidence-doubt"] = 1.0 - reader_confidence
    ev.update(model_signals(reading))
    ev.update(field_signals(item, other))
    ev.update(record_signals(item, source))
    return {k: v for k, v in ev.items() if v}
