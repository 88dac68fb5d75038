"""A source list's remark on the figures it quotes from a source, after the title's dash and before the address.

Fields touched: ``title``, ``container-title``, ``volume``, ``issue``, ``page``, ``note``, ``type``.

Lists of sources behind a report's figures write ``Body (2024): „Title" – Rang 22/190 URL`` or, unquoted, ``Body
(2025): Title 2024 – Erneuerbare ~59% URL``: the remark after the dash holds the figures taken from the source and
runs straight on to the address, with no full stop. A reading may take it for a journal and its numbers or keep it
in the title; it is a note. After an unquoted title the remark must hold a statistic's mark, as a title's own dash
is common."""

from __future__ import annotations

import re
from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.records.model import source_text

FIELDS = ("title", "container-title", "volume", "issue", "page", "note", "type")

# the dash after the title's closing quote, or after an unquoted title the reading cut there
_DASH_AFTER = lazy_pattern(r"(?P<quote>[\"”“])?\s+[–—]\s+(?=\S)")
# a spaced dash inside the title as read
_DASH_INSIDE = lazy_pattern(r"\s[–—]\s+(?=\S)")
_STATISTIC_MARKS = frozenset("%~€$≈")
_READ_AS = ("container-title", "volume", "issue", "page", "note")


def figures_after_title_dash(item: dict[str, Any]) -> None:
    """(In place.) ``„Title" – Rang 22/190 URL`` (``Title 2024 – Erneuerbare ~59% URL``) with the remark after the
    dash read as a journal and its numbers or into the title: the remark is a note (see the module's note)."""
    title, url = item.get("title"), item.get("URL")
    if not isinstance(title, str) or not isinstance(url, str) or not title:
        return
    source = source_text(item)
    if "–" not in source and "—" not in source:
        return
    title = title.rstrip(" –—")  # (a reading that kept the dash: "Title –")
    at, u = source.find(title), source.rfind(url)
    if at < 0 or u <= at + len(title):
        return
    inside: re.Match[str] | None = None
    m = _DASH_AFTER.match(source, at + len(title))
    if m is not None:
        a = m.end()
    else:
        dashes = list(_DASH_INSIDE.finditer(title))
        if not dashes:
            return
        inside = dashes[-1]  # the last: a title's own dashes come before the remark's
        a = at + inside.end()
    remark = source[a:u].rstrip()
    quoted = m is not None and m["quote"] is not None
    if not remark or remark[-1] in ".,;:<([" or not any(c.isdigit() for c in remark):
        # (a full stop before the address closes a sentence: APA's site or a title's own words; a comma or a colon
        # runs on to it: a site and its date, IEEE's "vol. 5, 2020. [Online]. Available:")
        return
    if not quoted and not any(c in _STATISTIC_MARKS for c in remark):
        return
    item["title"] = title[: inside.start()].rstrip() if inside is not None else title
    for field in _READ_AS:
        value = item.get(field)
        if isinstance(value, str) and value.strip(" –—") and value.strip(" –—") in remark:
            del item[field]
    note = item.get("note")
    item["note"] = f"{note}; {remark}" if isinstance(note, str) and note else remark
    if item.get("type") == "article-journal" and "container-title" not in item:
        item["type"] = "webpage"
