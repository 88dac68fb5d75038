"""DocBook XML (the source of many manuals and handbooks) rewritten as the HTML it stands for.

DocBook nests its divisions (``<appendix>``, ``<chapter>``, ``<sect1>``, ``<section>``,
``<bibliography>``, ``<bibliodiv>``, …) each with a ``<title>``, so a title becomes a heading of the
level its nesting gives. Paragraphs (``<para>``), lists (``<itemizedlist>``, ``<orderedlist>``,
``<listitem>``) and the bibliography's own entries (``<bibliomixed>``, ``<biblioentry>``, one
paragraph each) become HTML's, ``<emphasis>`` and ``<citetitle>`` italics, ``<quote>`` curved quotes,
``<link xlink:href>`` and ``<ulink url>`` links; the other tags are left out and their text kept. A
``<biblioentry>`` holds its parts as elements with no punctuation between them; they are joined as DocBook's
stylesheets print them ("Donald Knuth, Ronald Graham. *Concrete Mathematics*. Addison-Wesley. 1994."). Entities
that only the document's DTD defines (``&unix;``) are kept as written: their text is the DTD's.
"""

from __future__ import annotations

import html.entities
import re

_ROOT = re.compile(
    # (a comment's body never holds "-->", so a run of comments is read one way only: no backtracking blow-up)
    # (a DOCTYPE names DocBook's DTD, or only the root as DocBook 5's, pandoc's among them, write it)
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:[^-]|-(?!->))*-->\s*|<!DOCTYPE[^>]*?docbook[^>]*>\s*"
    r"|<!DOCTYPE\s+(?:article|book|chapter|appendix|section)\s*>\s*)*"
    r"<(?:article|book|chapter|appendix|preface|part|section|sect1|bibliography|refentry|reference)\b",
    re.IGNORECASE | re.DOTALL,
)
_DIVISIONS = frozenset({"book", "part", "article", "chapter", "appendix", "preface", "section", "sect1", "sect2",
                        "sect3", "sect4", "sect5", "simplesect", "bibliography", "bibliodiv", "glossary",
                        "refentry", "refsect1", "refsect2", "refsect3", "reference", "colophon", "dedication"})
_ENTRIES = frozenset({"bibliomixed", "biblioentry"})
_SAME = {"para": "p", "simpara": "p", "formalpara": "p", "itemizedlist": "ul", "orderedlist": "ol",
         "listitem": "li", "programlisting": "pre", "screen": "pre", "literallayout": "pre", "blockquote": "blockquote",
         "variablelist": "ul", "varlistentry": "li", "term": "strong", "citetitle": "em", "foreignphrase": "em",
         "firstterm": "em", "bibliomixed": "p", "biblioentry": "p", "table": "table", "informaltable": "table",
         "row": "tr", "entry": "td", "note": "blockquote", "tip": "blockquote", "warning": "blockquote"}
_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)([^<>]*?)(/?)>")
_HREF = re.compile(r"""(?:xlink:href|url)\s*=\s*(["'])(.*?)\1""")
_ROLE = re.compile(r"""role\s*=\s*(["'])(bold|strong)\1""")
_ENTITY = re.compile(r"&([A-Za-z][\w.-]*);")


def is_docbook(text: str) -> bool:
    """An XML document whose root is a DocBook division, with DocBook's paragraphs or its namespace."""
    head = text[:20000]
    return bool(_ROOT.match(head)) and ("docbook.org" in head or re.search(r"<(?:para|simpara)\b", head) is not None)


def docbook_html(text: str) -> str:
    """The HTML a DocBook document stands for (see the module's docstring)."""
    text = _notes_at_end(text)
    out: list[str] = []
    divisions = 0
    entries = 0  # inside a bibliography entry, whose <title> is the work's, not a heading
    headings: list[str] = []
    position = 0
    parts: list[str] | None = None  # the open elements of a structured <biblioentry>, outermost first
    opened = 0
    for match in _TAG.finditer(text):
        out.append(_entities(text[position:match.start()]))
        position = match.end()
        closing, name, attributes, empty = match.group(1), match.group(2).lower(), match.group(3), match.group(4)
        name = name.rsplit(":", 1)[-1]
        if name in _DIVISIONS:
            if empty:
                continue
            divisions += -1 if closing else 1
            out.append("</section>" if closing else "<section>")
        elif name in _ENTRIES:
            entries += -1 if closing else 1
            if name == "biblioentry" and not closing:
                parts, opened = [], len(out)  # its parts are elements: punctuation is the reader's to add
            elif name == "biblioentry" and parts is not None:
                out[opened:] = [_entry_text("".join(out[opened:]))]
                parts = None
            out.append(f"<{closing}p>")
        elif parts is not None and not empty:
            if name == "title" or name == "citetitle":
                out.append(f"<{closing}em>")
            if not closing:
                parts.append(name)
                continue
            if parts:
                parts.pop()
            if name in _NAME_PARTS:
                out.append(" ")
            elif not parts or parts[-1] in _PART_GROUPS:
                out.append(_NAME_END if name in _NAMES and parts else _PART_END)
        elif name == "title" and not entries:
            if closing:
                out.append(f"</{headings.pop()}>" if headings else "")
            else:
                headings.append(f"h{min(max(divisions, 1), 6)}")
                out.append(f"<{headings[-1]}>")
        elif name == "title" or name == "emphasis":
            strong = name == "emphasis" and _ROLE.search(attributes)
            out.append(f"<{closing}{'strong' if strong else 'em'}>")
        elif name == "quote":
            out.append("”" if closing else "“")
        elif name in ("link", "ulink"):
            href = _HREF.search(attributes)
            out.append("</a>" if closing else (f'<a href="{_entities(href.group(2))}">' if href else "<a>"))
        elif name in _SAME:
            out.append(f"<{closing}{_SAME[name]}>")
    out.append(_entities(text[position:]))
    return "<html><body>\n" + "".join(out) + "\n</body></html>"


# A structured entry's parts (<author>, <title>, <publisher>, <pubdate>, …) joined as DocBook's stylesheets print
# them: parts with ". ", the names of an <authorgroup> with ", ", a name's own parts with a space.
_PART_END, _NAME_END = "\x03", "\x04"
_PART_GROUPS = frozenset({"biblioset", "bibliomset", "authorgroup", "publisher"})
_NAMES = frozenset({"author", "editor", "corpauthor", "othercredit", "orgname"})
_NAME_PARTS = frozenset({"honorific", "firstname", "givenname", "othername", "surname", "lineage"})


# A note written where it is called; the printed page puts it at the foot.
_FOOTNOTE = re.compile(r"<footnote\b[^>]*>(.*?)</footnote\s*>", re.DOTALL)


def _notes_at_end(text: str) -> str:
    """Each ``<footnote>`` left as its number, the notes gathered in a "Notes" division after the document
    (where a notes heading tells the finder they may be prose as well as references)."""
    notes: list[str] = []

    def call(match: re.Match[str]) -> str:
        notes.append(match.group(1))
        return f"<superscript>{len(notes)}</superscript>"

    text = _FOOTNOTE.sub(call, text)
    if not notes:
        return text
    items = "".join(f"<listitem>{note}</listitem>" for note in notes)
    return f"{text}\n<section><title>Notes</title><orderedlist>{items}</orderedlist></section>\n"


def _entry_text(html: str) -> str:
    parts = [part.strip(" ,.\t\n") for part in html.split(_PART_END)]
    joined = ". ".join(part for part in parts if part.strip(_NAME_END + " "))
    names = re.sub(r"\s*" + _NAME_END + r"[\s" + _NAME_END + r"]*", ", ", joined)
    return re.sub(r",\s*\.\s", ". ", names).strip(", ") + "."


def _entities(text: str) -> str:
    """Entities HTML knows kept (``&amp;``); the DTD's own (``&unix;``), whose text only the DTD gives, kept as
    written, so that a title holding one loses no word."""
    return _ENTITY.sub(lambda m: m.group(0) if f"{m.group(1)};" in html.entities.html5 else f"&amp;{m.group(1)};", text)
