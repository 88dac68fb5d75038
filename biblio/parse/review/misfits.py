"""Needs-review signals of values that do not fit their field, and of readings in doubt at their edges.

Each function returns named numbers (absent means 0) for ``signals.py``:

- ``shift_signals``: how likely a boundary between two fields lies one token over (the runner-up
  label the boundary suggests, ``labeller.boundary_shifts``): most misreadings move one boundary;
- ``mend_signals``: how much of the reading the mends relabelled (a rule's reading, which the
  model's marginals say nothing about);
- ``form_signals``: locators in a form no style writes them in (a page holding a dot or a word, an
  issue holding a bracket or a year, a volume holding punctuation), and a person's name holding
  lower-case words other than particles;
- ``edge_signals``: the first and last parts of a title and the last part of a container read,
  by the word table (``lexicon.py``), as another field's (a title ending in its publisher, a
  container ending in a place, a title opening with a name).
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.model.labeller import Reading
from biblio.parse.review.lexicon import CLASSES, field_logs
from biblio.parse.text import unmark
from biblio.records.model import Item

_NAME_VARS = ("author", "editor", "translator")
_TITLE, _CONTAINER = CLASSES.index("title"), CLASSES.index("container-title")


def shift_signals(reading: Reading) -> dict[str, float]:
    """The likeliest shift of any boundary, and the share of boundaries likely (over 0.2) to shift."""
    shifts = reading.shifts
    if not shifts:
        return {}
    return {
        "shift:max": max(shifts),
        "shift:doubtful": sum(x > 0.2 for x in shifts) / len(shifts),
    }


def mend_signals(reading: Reading) -> dict[str, float]:
    """The share of tokens the mends relabelled."""
    if not reading.relabelled or not reading.tokens:
        return {}
    return {"mend:relabelled": reading.relabelled / len(reading.tokens), "mend:any": 1.0}


# one page or article number: a short prefix (S, e, L, A), digits, a letter after; or roman numerals
_PAGE_ONE = r"(?:[A-Za-z]{1,2}\s?)?\d+[a-z]?|[ivxlcdmIVXLCDM]+"
_PLAIN_PAGE = lazy_pattern(
    rf"^(?:(?:pp?|S|pages?)\.?\s*)?(?:{_PAGE_ONE})(?:\s*[-\u2013\u2014]+\s*(?:{_PAGE_ONE}))?"
    rf"(?:\s*[,;&]\s*(?:{_PAGE_ONE})(?:\s*[-\u2013\u2014]+\s*(?:{_PAGE_ONE}))?)*\s*(?:ff?\.?)?$"
)
_BRACKET = lazy_pattern(r"[()\[\]{}]")
_YEAR = lazy_pattern(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")
_ODD_VOLUME = lazy_pattern(r"[^\w\s.\-\u2013/]")
_LOWER_WORD = lazy_pattern(r"(?<![\w'\u2019-])[a-z\u00df-\u00ff]{3,}\b")
# family-name particles written in lower case in several languages
_PARTICLES = frozenset(
    "van von der den del della dei degli des dos das ter ten zu zur bin ibn binti les auf vom".split()
)


def form_signals(item: Item) -> dict[str, float]:
    """Locators in forms no style writes, and person's names with lower-case words that are no particles."""
    ev: dict[str, float] = {}
    page = str(item.get("page", "")).strip()
    if page:
        ev["form:page"] = float(not _PLAIN_PAGE.match(page))
    issue = str(item.get("issue", ""))
    if issue:
        ev["form:issue"] = float(bool(_BRACKET.search(issue) or _YEAR.search(issue)))
    volume = str(item.get("volume", ""))
    if volume:
        ev["form:volume"] = float(bool(_ODD_VOLUME.search(volume)))
    lower = 0
    for var in _NAME_VARS:
        for name in item.get(var, ()):
            if isinstance(name, dict) and "literal" not in name:
                words = _LOWER_WORD.findall(f"{name.get('given', '')} {name.get('family', '')}")
                lower += any(w not in _PARTICLES for w in words)
    if lower:
        ev["form:name-lower-word"] = 1.0
    return ev


# "[.,;:]\s+|\s+[-\u2013\u2014]\s+", opening on one class of characters (the regex engine skips to one)
_PARTS = lazy_pattern(r"[.,;:\s](?:(?<=[.,;:])\s+|(?<=\s)\s*[-\u2013\u2014]\s+)")


def _rivalry(part: str, own: int) -> float:
    """How much better ``part``'s words fit another field of the word table than field ``own``."""
    logs = field_logs(part)
    if logs is None:
        return 0.0
    return max(0.0, max(logs[:own] + logs[own + 1 :]) - logs[own])


def edge_signals(item: Item) -> dict[str, float]:
    """The word table's rivalry for a title's first and last parts and a container's last part
    (parts split at punctuation followed by a space; a value of one part is not weighed)."""
    ev: dict[str, float] = {}
    for var, own, ends in (("title", _TITLE, ("start", "end")), ("container-title", _CONTAINER, ("end",))):
        parts = [p for p in _PARTS.split(unmark(str(item.get(var, "")))) if p.strip()]
        if len(parts) < 2:
            continue
        for end in ends:
            rival = _rivalry(parts[0] if end == "start" else parts[-1], own)
            if rival:
                ev[f"edge:{'container' if own == _CONTAINER else 'title'}-{end}"] = rival
    return ev
