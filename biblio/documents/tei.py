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

_ROOT = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<\?[^>]*>\s*|<!--(?:[^-]|-(?!->))*-->\s*)*<TEI\b")
_HEADER = re.compile(r"<teiHeader\b.*?</teiHeader\s*>", re.DOTALL)
_NOTE = re.compile(r"<note\b[^>]*>(.*?)</note\s*>", re.DOTALL)
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
    text = re.sub(r"<\?[^>]*\?>", "", text)  # the XML declaration and processing instructions: no text
    text = _HEADER.sub(lambda m: "\n" * m.group(0).count("\n"), text)  # lines kept: the document's
    notes: list[str] = []

    def call(match: re.Match[str]) -> str:
        notes.append(match.group(1))
        return f"<sup>{len(notes)}</sup>" + "\n" * match.group(0).count("\n")

    text = _NOTE.sub(call, text)
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
