"""FictionBook 2 e-books (``.fb2``): sections with titles, and the notes in a ``<body name="notes">``.

An FB2 book is XML: ``<section>`` divisions whose ``<title>`` holds paragraphs, ``<p>`` paragraphs with
``<emphasis>``, ``<strong>`` and ``<a l:href>`` links, and its notes each a ``<section id="n1">`` (a number as
title, then the note) in a second body named "notes". ``fb2_html`` gives the HTML it stands for: a title a
heading of its section's depth, the notes a "Notes" heading over a numbered list, the description (the
book's metadata) no text.
"""

from __future__ import annotations

import re

__all__ = ["fb2_html", "is_fb2"]

_ROOT = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<FictionBook\b", re.DOTALL)
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)([^>]*?)(/?)>")
_DECLARATION = re.compile(r"<\?xml[^>]*\?>")
_DESCRIPTION = re.compile(r"<description\b.*?</description>", re.DOTALL)
_HREF = re.compile(r"""\bl:href\s*=\s*["']([^"']*)["']""")
_INLINE = {"emphasis": "em", "strong": "strong", "sup": "sup", "sub": "sub", "code": "code",
           "strikethrough": "s"}


def is_fb2(text: str) -> bool:
    return _ROOT.match(text[:5000]) is not None


def fb2_html(text: str) -> str:
    """The HTML the book stands for; its lines are the book's."""
    text = _DESCRIPTION.sub(lambda m: "\n" * m.group().count("\n"), _DECLARATION.sub("", text))
    out: list[str] = []
    depth = 0  # sections open
    notes = False  # inside the notes body
    in_title = False
    note_title = False  # a note's number, shown by the list
    position = 0
    for m in _TAG.finditer(text):
        out.append(text[position : m.start()] if not note_title else "")
        position = m.end()
        closing, name, attributes, empty = m.group(1) == "/", m.group(2), m.group(3), m.group(4) == "/"
        if name == "body":
            if closing:
                out.append("</ol>" if notes else "")
                notes = False
            else:
                notes = 'name="notes"' in attributes
                out.append("<h1>Notes</h1><ol>" if notes else "")
        elif name == "section":
            depth += -1 if closing else 1
            if notes:
                out.append("</li>" if closing else "<li>")
        elif name == "title":
            in_title = not closing
            note_title = notes and depth > 0 and not closing
            if not notes:
                level = min(6, max(1, depth + 1))
                out.append(f"</h{level}>" if closing else f"<h{level}>")
        elif name == "p":
            out.append("" if in_title else "</p>" if closing else "<p>")
        elif name in _INLINE:
            out.append(f"</{_INLINE[name]}>" if closing else f"<{_INLINE[name]}>")
        elif name == "a":
            href = _HREF.search(attributes)
            out.append("</a>" if closing else f'<a href="{href.group(1)}">' if href else "<a>")
        elif name in ("empty-line", "br") or empty:
            out.append("<br>")
    out.append(text[position:])
    return "".join(out)
