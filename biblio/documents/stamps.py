"""Publishers' page stamps in text taken from a PDF: lines a download or a proof prints on every page.

A journal's PDF, read as text, carries on each page a download stamp (Oxford's "Downloaded from https://… by
guest on 13 November 2025", SAGE's "… by guest on May 3, 2016", JSTOR's "This content downloaded from … on …"
over "All use subject to https://about.jstor.org/terms", Taylor & Francis's "Downloaded by [University …] at
05:12 25 March 2016"); an article in press carries its citation request ("Please cite this article in press
as: …") and a running head with placeholders for its volume and pages ("S. Oppl / Information & Management xxx
(2016) xxx–xxx"); a page's head may end in its number ("… Vol. 50, No. 3 PAGE 12 OF 12"), and a converter may
mark the page ("## Page 13"). Inside a reference list they would join the entry they fall in (or read as one more
reference): such a line is blanked, the line count kept.
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
_CUES = ("ownloaded", "cite this article", "xxx", " OF ", "jstor.org/terms", "Page ")
# A converter's mark of a new page ("## Page 13", as a PDF-to-Markdown script writes it).
_PAGE_MARK = re.compile(r"^#{1,6}\s*Page \d{1,4}\s*$")
_PAGE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
_FOOT_LINES = 4  # a page's foot above its stamp: the page number, the running head, the journal's short name
_MAX_FOOT_LINE = 100


def drop_page_stamps(lines: list[str]) -> list[str]:
    """`lines` with every publisher's page stamp blanked (the line count kept), and the page's foot above a
    stamp from its page number on ("345" / "Title . doi:…" / "MBE" / "Downloaded from …")."""
    if not any(cue in line for line in lines for cue in _CUES):
        return lines
    out = list(lines)
    for i, line in enumerate(lines):
        if not line or not (_STAMP.search(line) or _PAGE_MARK.match(line)):
            continue
        out[i] = ""
        for k in range(i - 1, max(-1, i - 1 - _FOOT_LINES), -1):
            if len(lines[k]) > _MAX_FOOT_LINE or not lines[k].strip():
                break
            if _PAGE_NUMBER.match(lines[k]):
                out[k:i] = [""] * (i - k)
                break
    return out
