"""Volume and issue spans -> ``volume``, ``issue``.

Fields touched: ``volume``, ``issue``.

``12(3)``, ``12 (3)``, ``vol. 12, no. 3``, ``Vol. 12 No. 3``, ``12:3``, ``12.3``,
``Bd. 4, H. 2``, ``no. 3``.  A volume span may carry the issue (AnyStyle folds
it in); an issue span carries only the issue.
"""

from __future__ import annotations

import re

from biblio.parse.normalisers.markup import plain
from biblio.parse.text import fold_dashes

FIELDS = ("volume", "issue")

_VOL_WORD = r"(?:vols?|volume|volumes|bd|band|jg|jahrgang|tome|tomo|t|v)\b\.?"
_ISS_WORD = r"(?:nos?|nr|num|number|issue|iss|heft|h|n|fasc|suppl|supplement)\b\.?|n\s*[°º]|#"
_ISSUE = re.compile(rf"(?:^|[\s,;])(?:{_ISS_WORD})\s*(?P<iss>[\w/.-]+(?:\s*-\s*\w+)?)", re.I)
_PAREN = re.compile(r"^(?P<vol>[\w./-]+?)\s*\((?P<iss>[^()]+)\)")
_COLON = re.compile(r"^(?P<vol>\d+)\s*[:.]\s*(?P<iss>\d+(?:-\d+)?)$")
_STRIP = " .,;:"


def _trim(s: str) -> str:
    """Separators and unbalanced brackets off both ends."""
    prev = None
    while prev != s:
        prev = s
        s = s.strip(_STRIP)
        if s[:1] in "([" and not re.search(r"[)\]]", s):
            s = s[1:]
        if s[-1:] in ")]" and not re.search(r"[(\[]", s):
            s = s[:-1]
        if s[:1] == "(" and s[-1:] == ")" and s.count("(") == 1:
            s = s[1:-1]
    return s


def _bare(s: str) -> str:
    return re.sub(r"\s*-\s*", "-", _trim(s))


def volume_issue(text: str) -> tuple[str | None, str | None]:
    """``(volume, issue)`` of a labelled volume span."""
    s = _trim(fold_dashes(plain(text)))
    issue = None
    m = _ISSUE.search(s)
    if m and m.start() > 0 or m and re.match(rf"^(?:{_ISS_WORD})", s, re.I) and re.search(_VOL_WORD, s, re.I):
        issue = _bare(m.group("iss"))
        s = _trim(s[: m.start()])
    elif m:
        # "no. 3" alone: the span names only an issue
        return None, _bare(m.group("iss")) or None
    s = _trim(re.sub(rf"^{_VOL_WORD}\s*", "", s, flags=re.I))
    m = _PAREN.match(s)
    if m:
        return _bare(m.group("vol")) or None, issue or _bare(m.group("iss")) or None
    m = _COLON.match(s)
    if m and issue is None:
        return m.group("vol"), m.group("iss")
    # "12, 3": a volume then an issue without words
    m = re.fullmatch(r"(\d+)\s*,\s*(\d+)", s)
    if m and issue is None:
        return m.group(1), m.group(2)
    return _bare(s) or None, issue


def issue_value(text: str) -> str | None:
    """The issue of a labelled issue span: ``(3)``, ``no. 3``, ``Issue 3``, ``3-4``."""
    s = _trim(fold_dashes(plain(text)))
    s = re.sub(rf"^(?:{_ISS_WORD})\s*", "", s, flags=re.I)
    return _bare(s) or None
