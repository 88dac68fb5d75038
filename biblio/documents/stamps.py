"""Publishers' page stamps in text taken from a PDF: lines a download or a proof prints on every page.

A journal's PDF, read as text, carries on each page a download stamp (Oxford's "Downloaded from https://… by
guest on 13 November 2025", SAGE's "… by guest on May 3, 2016", JSTOR's "This content downloaded from … on …"
over "All use subject to https://about.jstor.org/terms", Taylor & Francis's "Downloaded by [University …] at
05:12 25 March 2016"); an article in press carries its citation request ("Please cite this article in press
as: …") and a running head with placeholders for its volume and pages ("S. Oppl / Information & Management xxx
(2016) xxx–xxx"); a page's head may end in its number ("… Vol. 50, No. 3 PAGE 12 OF 12"). Inside a reference
list they would join the entry they fall in (or read as one more reference): such a line is blanked, the line
count kept.
"""

from __future__ import annotations

import re

_STAMP = re.compile(
    r"^\s*(?:This content )?downloaded (?:from \S+ (?:by .{1,160}? )?on \S.{3,60}|by \[.{1,160}\] at \S.{3,60})"
    r"(?<![.,;])\s*$"
    r"|^\s*Please cite this article (?:in press )?as\b"
    r"|^\s*All use subject to https?://about\.jstor\.org/terms\s*$"
    r"|\bxxx \(\d{4}\) xxx[–-]xxx\s*$"
    r"|(?-i:^.{0,100}\S\s+PAGE \d{1,4} OF \d{1,4}\s*$)",
    re.IGNORECASE,
)
_CUES = ("ownloaded", "cite this article", "xxx", " OF ", "jstor.org/terms")


def drop_page_stamps(lines: list[str]) -> list[str]:
    """`lines` with every publisher's page stamp blanked (the line count kept)."""
    if not any(cue in line for line in lines for cue in _CUES):
        return lines
    return ["" if line and _STAMP.search(line) else line for line in lines]
