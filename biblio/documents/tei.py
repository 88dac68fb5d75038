"""TEI XML (digital editions, humanities journals, pandoc's ``-t tei``) rewritten as the HTML it stands for.

TEI nests ``<div>`` divisions, each opened by a ``<head>``: a head becomes a heading of its nesting's level.
``<p>``, ``<list>``/``<item>`` and the bibliography's ``<listBibl>`` of ``<bibl>`` entries become HTML's
paragraphs and lists, ``<hi rend="italic">`` (or ``rendition="simple:italic"``), ``<emph>`` and a title
inside an entry italics, ``<quote>``/``<q>`` curved quotes, ``<ref target>`` links. A ``<note>`` is written
where it is called; the printed page puts it at the foot, so the notes are gathered, numbered, in a "Notes"
division after the text. The ``<teiHeader>`` (the file's description, not its text) is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_ROOT = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<\?[^>]*>\s*|<!--(?:[^-]|-(?!->))*-->\s*)*<TEI\b")
_OPEN_END = re.compile(r"\b[^>]*>")
_CLOSE_END = re.compile(r"\s*>")
_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)([^<>]*?)(/?)>")
_TARGET = re.compile(r"""\btarget\s*=\s*(["'])(.*?)\1""")
_ITALIC = re.compile(r"""\b(?:rend|rendition)\s*=\s*(["'])[^"']*italic""")
_SAME = {"p": "p", "ab": "p", "list": "ul", "item": "li", "listBibl": "ul", "bibl": "li", "biblStruct": "li",
         "emph": "em", "foreign": "em", "lg": "p", "l": "span", "table": "table", "row": "tr", "cell": "td",
         "cit": "blockquote"}


def is_tei(text: str) -> bool:
    """An XML document whose root is TEI's."""
    return _ROOT.match(text[:5000]) is not None


def tei_html(text: str) -> str:
    """The HTML a TEI document stands for (see the module's docstring)."""
    text = _without_instructions(text)  # the XML declaration and processing instructions: no text
    # the header's lines are kept as blank ones, so that a line named on stderr is the document's
    text = _replace_elements(text, "teiHeader", lambda inner, whole: "\n" * whole.count("\n"))
    notes: list[str] = []

    def call(inner: str, whole: str) -> str:
        notes.append(inner)
        return f"<sup>{len(notes)}</sup>" + "\n" * whole.count("\n")

    text = _replace_elements(text, "note", call)
    out: list[str] = []
    depth = 0
    italic: list[bool] = []  # for each open <hi>: is it italics?
    entries = 0  # inside a bibliography entry, whose <title> is the work's
    position = 0
    for match in _TAG.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        closing, name, attributes, empty = match.groups()
        name = name.rsplit(":", 1)[-1]
        if empty:
            continue
        if name == "div":
            depth += -1 if closing else 1
        elif name == "head":
            out.append(f"</h{min(depth + 1, 6)}>" if closing else f"<h{min(depth + 1, 6)}>")
        elif name == "hi":
            if closing:
                out.append("</em>" if italic and italic.pop() else "")
            else:
                italic.append(_ITALIC.search(attributes) is not None)
                out.append("<em>" if italic[-1] else "")
        elif name == "title" and entries:
            out.append("</em>" if closing else "<em>")
        elif name in ("quote", "q"):
            out.append("”" if closing else "“")
        elif name == "ref":
            target = _TARGET.search(attributes)
            out.append("</a>" if closing else f'<a href="{target.group(2) if target else ""}">')
        elif name in _SAME:
            if name in ("bibl", "biblStruct"):
                entries += -1 if closing else 1
            out.append(f"<{closing}{_SAME[name]}>")
    out.append(text[position:])
    body = "".join(out)
    if notes:
        items = "".join(f"<li>{tei_html(note)}</li>" for note in notes)
        body += f"\n<h2>Notes</h2><ol>{items}</ol>\n"
    return body


# Elements and instructions are found with str.find, each character looked at a bounded number of times: a
# pattern such as "<note\b[^>]*>(.*?)</note>" scans to the end of the text from every unclosed "<note", which
# a hostile file of thousands of them turns into minutes.


def _replace_elements(text: str, name: str, replace: Callable[[str, str], str]) -> str:
    """Each ``<name …>inner</name>`` (the first close after its opening) replaced by replace(inner, whole)."""
    out: list[str] = []
    position = 0
    next_gt = -1
    while True:
        start = text.find(f"<{name}", position)
        if start < 0:
            break
        opened = _OPEN_END.match(text, start + len(name) + 1)
        if not opened:
            # "<notes>" is no <note>; with no ">" at all after it, no element can open later either
            if next_gt < start:
                next_gt = text.find(">", start)
            if next_gt < 0:
                break
            out.append(text[position : start + 1])
            position = start + 1
            continue
        close = text.find(f"</{name}", opened.end())
        closed = None
        while close >= 0:
            closed = _CLOSE_END.match(text, close + len(name) + 2)
            if closed:
                break
            close = text.find(f"</{name}", close + 1)
        if close < 0 or not closed:
            break  # no close after this opening, nor after any later one
        out.append(text[position:start])
        out.append(replace(text[opened.end() : close], text[start : closed.end()]))
        position = closed.end()
    out.append(text[position:])
    return "".join(out)


def _without_instructions(text: str) -> str:
    """The text without its ``<?…?>`` (no ">" inside one)."""
    out: list[str] = []
    position = 0
    while True:
        start = text.find("<?", position)
        end = text.find(">", start) if start >= 0 else -1
        if end < 0:
            break
        if end - start >= 3 and text[end - 1] == "?":
            out.append(text[position:start])
        else:
            out.append(text[position : end + 1])  # every "<?" before this ">" fails alike
        position = end + 1
    out.append(text[position:])
    return "".join(out)
