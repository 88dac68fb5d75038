"""Markdown read with a CommonMark parser (markdown-it-py and its footnote plugin).

The result is the document's lines, one output line per input line, so line
numbers stay those of the document: headings become ATX headings, paragraphs,
list items and footnote definitions keep their text (list marker or ``[^n]:``
in front, inline markup rewritten by :mod:`biblio.documents.inline`), and
whatever is not text (code, tables, comments, link definitions) becomes
blank lines. The finder and the splitter then read clean, regular lines.

The parser runs chunk by chunk (chunks end at a blank line before an
unindented line, outside fenced code and comments), so its token lists stay
small however long the document is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from biblio.documents.citation_table import citation_columns, row_reference
from biblio.documents.inline import markdown_inline
from biblio.references.cues import MARKER, strip_marker
from biblio.references.finder import in_code_fences, is_reference_heading

_CHUNK_LINES = 400
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_INDENT = re.compile(r"^[ \t]*")
_QUOTE_PREFIX = re.compile(r"^ {0,3}(?:> ?)+")
_FENCED_DIV = re.compile(r"^ {0,3}:{3,}(?:\s*\{[^}]*\}|\s*[\w-]+)?\s*:*\s*$")
_REFS_DIV = re.compile(r"\{[^}]*(?:#refs[\s}]|\.csl-bib-body\b)")
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}\s")
_COMMENT_ONLY = re.compile(r"^\s*(?:<!--.*?-->\s*)+$", re.DOTALL)
_FRONT_MATTER_FENCE = re.compile(r"^(?:---|\.\.\.)\s*$")
_FRONT_MATTER_LINES = 200
# A link reference definition: [label]: <url> "title" (the title may also be in '' or ()).
_LINK_DEFINITION = re.compile(
    r"^ {0,3}\[(?!\^)(?P<label>[^\]]{1,200})\]:[ \t]*<?(?P<url>[^\s>]+)>?"
    r"(?:[ \t]+(?:\"(?P<t1>[^\"]*)\"|'(?P<t2>[^']*)'|\((?P<t3>[^)]*)\)))?[ \t]*$"
)
# A reference link in a list item: [text][label], [label][] or [label] alone.
_REFERENCE_LINK = re.compile(r"(?<![\]!\\])\[(?!\^)(?P<text>[^\[\]\n]+)\](?:\[(?P<label>[^\[\]\n]*)\])?(?![(:\[])")

_parser: MarkdownIt | None = None


def _markdown() -> MarkdownIt:
    global _parser
    if _parser is None:
        md = MarkdownIt("commonmark").use(footnote_plugin).enable("table")
        # footnote_tail moves definitions to the end and drops those nothing refers to;
        # every definition may be a reference, so they stay where they stand.
        md.disable("footnote_tail")
        _parser = md
    return _parser


def _chunks(lines: list[str]) -> Iterator[int]:
    """0-based first lines of the chunks, in order."""
    yield 0
    fence: str | None = None
    in_comment = False
    last = 0
    for i, line in enumerate(lines):
        m = _FENCE.match(line)
        if m:
            fence = None if fence == m.group(1) else (fence or m.group(1))
        if "<!--" in line and "-->" not in line.split("<!--")[-1]:
            in_comment = True
        elif in_comment and "-->" in line:
            in_comment = False
        if (
            i - last >= _CHUNK_LINES and fence is None and not in_comment and i + 1 < len(lines)
            and not line.strip() and lines[i + 1].strip() and not lines[i + 1][0].isspace()
        ):
            last = i + 1
            yield last


# kramdown's attribute lists: after a span ("[[A-130]](refs.md#a){:name="ref-A-130"}") or on a line of their own
# ("{: .note}"); they set attributes, and would be read as text.
_KRAMDOWN_SPAN_IAL = re.compile(r"(?<=[)\]*_`])\{:(?:[^{}\n\"]|\"[^\"\n]*\")*\}")
_KRAMDOWN_BLOCK_IAL = re.compile(r"^\s*\{:(?:[^{}\n\"]|\"[^\"\n]*\")*\}\s*$")
# A list's number glued to the link that is the entry ("[1][Frobenius inner product](https://…)", perhaps inside an
# anchor's span): CommonMark would read the two brackets as one reference link, losing the link's words.
_NUMBER_GLUED_TO_LINK = re.compile(r"^(\s*(?:<span\b[^<>\n]*>\s*)?\\?\[\d{1,4}\\?\])(?=\[[^\]\n]+\]\()")
# A list item that is one link whose ")" the writer forgot, the address closing the line ("* [Title](https://…/"):
# closed, so the link is read, not left as text.
_UNCLOSED_ITEM_LINK = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\[[^\[\]\n]{2,}\]\((?:https?|ftp)://[^\s()]+$")
# LaTeX's text commands in a Markdown line ("… \textit{Journal}, 61(5), pp.458--471. \url{https://…}"): raw TeX
# that pandoc passes to LaTeX, so the line is LaTeX's text (its accents "L\'opez", "B\u{a}dic\u{a}" too).
_LATEX_TEXT_COMMAND = re.compile(r"\\(?:textit|textbf|textsc|textsl|texttt|emph|url|href)\{")
_LEADING = re.compile(r"^\s*(?:(?:[-*+]|\d{1,3}[.)])\s+)?")


def _read_latex_lines(lines: list[str]) -> None:
    """Lines holding LaTeX's text commands as LaTeX prints them, in place; not in a code block or a code span (LaTeX
    or BibTeX shown as code: ``howpublished={\\url{…}}``)."""
    for i, code in enumerate(in_code_fences(lines)):
        if not code and "\\" in lines[i] and "`" not in lines[i] and _LATEX_TEXT_COMMAND.search(lines[i]):
            lines[i] = _latex_line(lines[i])


def _latex_line(line: str) -> str:
    """A Markdown line holding LaTeX's text commands, as the text LaTeX prints (its indent and list marker kept)."""
    from biblio.documents.latex import latex_inline

    lead = _LEADING.match(line)
    start = lead.end() if lead is not None else 0
    return line[:start] + latex_inline(line[start:])


# Word's italics as a converter writes them, closed and reopened inside a run of words, even inside a word:
# "_S__chriftelijke Vaardigheden_ _1__.__3 College 1_": one run of italics ("_Schriftelijke Vaardigheden 1.3 …_")
_ITALIC_OPENS = re.compile(r"(?:^|[\s(\[])_[^\s_]")
_ITALICS_REOPENED = re.compile(r"(?<=[^\s_\\])_( ?)_(?=[^\s_])")


def _joined_italics(line: str) -> str:
    def join(m: re.Match[str]) -> str:
        start = line.rfind(" ", 0, m.start() - 1) + 1
        end = line.find(" ", m.end())
        token = line[start : end if end >= 0 else len(line)]
        if "/" in token or not (m.group(1) or token.lstrip("([").startswith("_")):
            return m.group(0)  # an address's underscores are its own, and a name's ("foo__bar") outside italics
        return m.group(1)

    return _ITALICS_REOPENED.sub(join, line)


def markdown_lines(text: str) -> list[str]:
    """The document's lines with block markup made regular and non-text blocks blanked."""
    # markdown-it also ends a line at a lone CR: as a space it keeps the lines those of the text split at LF.
    text = text.replace("\r\n", "\n").replace("\r", " ")
    # pandoc's fenced divs (":::: {#refs .references}") only wrap blocks: they would glue to the text.
    lines = ["" if _FENCED_DIV.match(line) or _KRAMDOWN_BLOCK_IAL.match(line) else _KRAMDOWN_SPAN_IAL.sub("", line)
             for line in text.split("\n")]
    if "][" in text:
        lines = [_NUMBER_GLUED_TO_LINK.sub(r"\1 ", line) if "][" in line else line for line in lines]
    if "](" in text:
        lines = [_UNCLOSED_ITEM_LINK.sub(r"\g<0>)", line) if "](" in line else line for line in lines]
    if "\\" in text and _LATEX_TEXT_COMMAND.search(text):
        _read_latex_lines(lines)
    if "__" in text or "_ _" in text:
        lines = [_joined_italics(line) if ("__" in line or "_ _" in line) and _ITALIC_OPENS.search(line) else line
                 for line in lines]
    if ":::" in text:
        _mark_reference_divs(text.split("\n"), lines)
    _blank_front_matter(lines)
    definitions = _link_definitions(lines)
    out = [""] * len(lines)
    starts = list(_chunks(lines))
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        chunk = "\n".join(lines[start:end])
        _render(_markdown().parse(chunk), lines, out, start, definitions)
    if definitions:
        _definition_entries(lines, out)
    return out


def _definition_entries(source: list[str], out: list[str]) -> None:
    """Link definitions under a heading naming references (``## References`` over ``[1]: https://… "Title"``) are
    its entries, each where it stands: the label its marker, the title linked to the target (the address alone with
    no title, under a number). A definition that an item of the same section links to (``- [Title][1]``) is that
    item's target and stays out, as do a word's untitled definition (``[ci]: https://…``, a badge's or the prose's
    target) and every definition under any other heading."""
    sections: list[tuple[int, int]] = []  # (first line, end) of each section under a reference heading
    start: int | None = None
    for i, line in enumerate([*out, "# end"]):
        if _ATX_HEADING.match(line):
            if start is not None:
                sections.append((start, i))
            start = i + 1 if is_reference_heading(line.lstrip("#").strip()) else None
    for first, end in sections:
        found = [(i, m) for i in range(first, end) if not out[i].strip() and "]:" in source[i]
                 and (m := _LINK_DEFINITION.match(source[i])) is not None]
        if not found:
            continue
        prose = "\n".join(source[i] for i in range(first, end) if _LINK_DEFINITION.match(source[i]) is None)
        for i, m in found:
            label = m.group("label").strip()
            title = " ".join((m.group("t1") or m.group("t2") or m.group("t3") or "").split())
            if not (title or label.isdigit()) or _uses_label(prose, label):
                continue  # (a word's untitled target, "[ci]: https://…", is a link's, no work's entry)
            url = m.group("url")
            out[i] = f"[{label}] [{title}]({url})" if title else f"[{label}] {url}"


def _uses_label(text: str, label: str) -> bool:
    """Whether a reference link of the text points at the label (``[Title][1]``, ``[1][]``, ``[1]`` before no colon
    or parenthesis)."""
    if "[" not in text:
        return False
    key = _link_label(label)
    return any(_link_label(m.group("label") or m.group("text")) == key for m in _REFERENCE_LINK.finditer(text))


def _mark_reference_divs(source: list[str], lines: list[str]) -> None:
    """pandoc's div of citeproc's references (``::: {#refs .references .csl-bib-body}``) is the list's markup, as
    its HTML is: the references' heading where no heading stands above it, and their end where it closes."""
    open_divs: list[bool] = []  # for each open div: is it the references' div
    for i, line in enumerate(source):
        if not line.lstrip().startswith(":::") or not _FENCED_DIV.match(line):
            continue
        if line.strip().strip(":").strip():  # a div opens
            refs = _REFS_DIV.search(line) is not None and not any(open_divs)
            open_divs.append(refs)
            above = next((prev for prev in reversed(lines[:i]) if prev.strip()), "")
            if refs and not _ATX_HEADING.match(above):
                lines[i] = "## References"
        elif open_divs and open_divs.pop():
            lines[i] = "***"


def _blank_front_matter(lines: list[str]) -> None:
    """YAML front matter (Jekyll, Hugo, pandoc) is metadata: CommonMark would read it as a rule and a heading."""
    if not lines or lines[0].rstrip() != "---":
        return
    for i in range(1, min(len(lines), _FRONT_MATTER_LINES)):
        if _FRONT_MATTER_FENCE.match(lines[i]):
            lines[: i + 1] = [""] * (i + 1)
            return


def _link_label(label: str) -> str:
    return " ".join(label.split()).casefold()


def _link_definitions(lines: list[str]) -> dict[str, tuple[str, str]]:
    """Every link reference definition of the document: label -> (target, title)."""
    found: dict[str, tuple[str, str]] = {}
    for line in lines:
        if "]:" in line:
            m = _LINK_DEFINITION.match(line)
            if m:
                title = m.group("t1") or m.group("t2") or m.group("t3") or ""
                found.setdefault(_link_label(m.group("label")), (m.group("url"), title.strip()))
    return found


def _resolve_reference_links(content: str, definitions: dict[str, tuple[str, str]]) -> str:
    """Reference links of a list item written as inline links to their definitions' targets.

    In a reading list written as link definitions (``- [ab12]`` with ``[ab12]: https://… "Title"``)
    the definition holds the work: its title, when the item gives only the label, and its address.
    """

    def resolve(m: re.Match[str]) -> str:
        text, label = m.group("text"), m.group("label")
        found = definitions.get(_link_label(label or text))
        if found is None:
            return m.group(0)
        url, title = found
        # "[ab12]", "[ab12][]" or "[Short title][ab12]" with the full reference as the definition's title
        shown = title if title and (not label or text.casefold() in title.casefold()) else text
        return f"[{shown}]({url})"

    return _REFERENCE_LINK.sub(resolve, content) if definitions and "[" in content else content


# A cell that is an address alone, bare or as an autolink.
_BARE_ADDRESS = re.compile(r"<?https?://[^\s<>|]+>?")


def _link_rows(rows: list[tuple[int, list[str]]]) -> bool:
    """Is the table two columns, each row a resource's name and its bare address ("Ollama CLI docs |
    https://docs.ollama.com/cli")?"""
    body = [cells for _, cells in rows[1:]]
    return bool(body) and all(
        len(cells) == 2 and cells[0].strip() and "://" not in cells[0]
        and _BARE_ADDRESS.fullmatch(cells[1].strip()) is not None for cells in body)


def _place_table(rows: list[tuple[int, list[str]]], out: list[str], offset: int,
                 definitions: dict[str, tuple[str, str]], under_references: bool = False) -> None:
    """A table of citations gives one list item per row, on the row's line; so does a table of names and their
    addresses under a heading naming references; any other table stays out."""
    if len(rows) < 2:
        return
    if under_references and _link_rows(rows):
        for line, cells in rows[1:]:
            name, address = " ".join(markdown_inline(cells[0]).split()), cells[1].strip().strip("<>")
            out[offset + line] = f"- [{name}]({address})"
        return
    columns = citation_columns([markdown_inline(cell) for cell in rows[0][1]])
    if columns is None:
        return
    for line, cells in rows[1:]:
        text = row_reference([_resolve_reference_links(cell, definitions) for cell in cells], columns)
        if text.strip():
            out[offset + line] = "- " + " ".join(markdown_inline(text).split())


def _render(tokens: list[Token], source: list[str], out: list[str], offset: int,
            definitions: dict[str, tuple[str, str]]) -> None:
    # The marker owed to the next paragraph: a list item's or a footnote's.
    pending: str | None = None
    items: list[int] = []  # paragraphs seen so far in each open list item / footnote
    in_item: list[bool] = []  # for each of those: a list item (not a footnote)?
    ordered: list[tuple[int, str] | None] = []  # open lists: (next number, delimiter) or None for bullets
    table: list[tuple[int, list[str]]] | None = None  # rows of the table being read: (first line, cells)
    headings: dict[int, str] = {}  # the headings over the current line, by level
    heading_level: int | None = None  # the level of a heading whose words come next
    for token in tokens:
        kind = token.type
        if kind == "table_open":
            table = []
            continue
        if table is not None:
            if kind == "tr_open" and token.map:
                table.append((token.map[0], []))
            elif kind == "inline" and table:
                table[-1][1].append(token.content)
            elif kind == "table_close":
                _place_table(table, out, offset, definitions, any(map(is_reference_heading, headings.values())))
                table = None
            continue
        if kind == "inline" and heading_level is not None:
            headings = {level: title for level, title in headings.items() if level < heading_level}
            headings[heading_level] = token.content
            heading_level = None
        if kind == "ordered_list_open":
            start = token.attrGet("start")
            ordered.append((int(start) if isinstance(start, (int, str)) and str(start).isdigit() else 1,
                            token.markup or "."))
        elif kind == "bullet_list_open":
            ordered.append(None)
        elif kind in ("ordered_list_close", "bullet_list_close"):
            ordered.pop()
        elif kind == "list_item_open":
            current = ordered[-1] if ordered else None
            if current is None:
                # an item of a list inside another's item keeps an indent: a sub-item, no item of the outer list
                pending = "  " * min(len(ordered) - 1, 3) + "-"
            else:
                number = int(token.info) if token.info.isdigit() else current[0]
                pending = f"{number}{current[1]}"
                ordered[-1] = (number + 1, current[1])
            items.append(0)
            in_item.append(True)
        elif kind == "footnote_reference_open":
            pending = f"[^{token.meta.get('label', '')}]:"
            items.append(0)
            in_item.append(False)
        elif kind in ("list_item_close", "footnote_reference_close"):
            items.pop()
            in_item.pop()
            pending = None
        elif kind == "heading_open" and token.map:
            pending = "#" * int(token.tag[1])
            heading_level = int(token.tag[1])
        elif kind == "inline" and token.map:
            first = token.map[0]
            content = _resolve_reference_links(token.content, definitions) if in_item and in_item[-1] else token.content
            if "<sup" in content and len(_SUP_NOTE_LINE.findall(content)) >= 2:
                content = _SUP_NOTE_LINE.sub(r"\1\2. ", content)  # notes written "<sup>1</sup> text<br>"
            body = markdown_inline(content).split("\n")
            if pending and pending[:1] in "-0123456789" and "**" in content[:2]:
                body[0] = topic_labelled(content, body[0])
            if pending and pending.startswith("#"):
                out[offset + first] = f"{pending} {' '.join(part.strip() for part in body)}"
                pending = None
                continue
            prefix = ""
            if pending:
                prefix = pending + " "
                pending = None
            elif items and items[-1] > 0:
                prefix = "    "  # a further paragraph of the same list item or footnote
            if items:
                items[-1] += 1
            if len(body) > 1 or body[0].endswith("\\"):
                body = _hard_breaks(body, source, offset + first)
            _place(body, source, out, offset + first, prefix)
        elif kind == "hr" and token.map:
            out[offset + token.map[0]] = "***"
        elif kind == "html_block" and token.map and not _COMMENT_ONLY.match(token.content):
            from biblio.documents.html import html_fragment_lines

            first, last = offset + token.map[0], offset + token.map[1]
            converted = html_fragment_lines(token.content)
            if last - first > 1 and first > 0 and out[first - 1].strip() and any(s.strip() for s in converted):
                # a block tag interrupting a paragraph ("…956–964." / "<p>Wednesday 13th…</p>") starts a block
                # of its own: a blank line keeps its text off the paragraph's last line
                first += 1
            span = max(1, last - first)
            for j, line in enumerate(converted[:span]):
                out[first + j] = line
            if len(converted) > span:
                out[first + span - 1] = " ".join([out[first + span - 1], *converted[span:]]).strip()
        elif kind == "fence" and token.map:
            if pending and pending.startswith("[^") and token.info.strip().lower() in ("csl-json", "json"):
                pending = _csl_fence(token, out, offset, pending)  # a note that is a CSL-JSON item
            else:
                _bibtex_fence(token, out, offset)
        elif kind == "code_block" and token.map:
            # Four-space indentation under a reference heading is usually a hanging indent, not code.
            from biblio.references.cues import classify_block

            body = token.content.rstrip("\n").split("\n")
            if classify_block(body) == "strong":
                _place([markdown_inline(line) for line in body], source, out, offset + token.map[0], "")


def _csl_fence(token: Token, out: list[str], offset: int, marker: str) -> str | None:
    """A footnote whose body is a fenced CSL-JSON item: the note's one line, the item's compact JSON, where the
    block starts; the marker stays owed (returned) when the block is no CSL-JSON."""
    from biblio.references.bibtex_entries import csl_lines

    assert token.map is not None
    items = csl_lines(token.content.split("\n"))
    if not items:
        return marker
    out[offset + token.map[0]] = f"{marker} {' '.join(items)}" if len(items) == 1 else f"{marker} {items[0]}"
    return None


def _bibtex_fence(token: Token, out: list[str], offset: int) -> None:
    """A fenced block of BibTeX entries (a README's citation): each entry as one line where it starts,
    so that it is a reference of the section it stands in; any other code stays out."""
    from biblio.references.bibtex_entries import entry_lines

    assert token.map is not None
    entries = entry_lines(token.content.split("\n"))
    for k, (line, text) in enumerate(entries or []):
        where = offset + token.map[0] + 1 + line
        if k and out[where - 1].strip():
            out[where - 1] = ""
        out[where] = text


# A line opening with a superscript number: a note's own number, as notes are written in HTML
# A list item's topic in bold before its reference, closed by a colon ("**Mamba-2**: Dao & Gu (2024) - "…"",
# "**TractoFlow Paper:** Theaud et al. (2020) "…""): the reference opens on its names, its year in parentheses and
# its marked title after it; or APA's names with initials, then its title unmarked ("**Box Breathing**: Jerath, R. et
# al. (2006). Physiology of …": a bold name before a title, "**Knuth**: Fundamental Algorithms (1968).", is no label).
_TOPIC_LABEL = re.compile(r"^\*\*(?=\S)([^*\n]{1,40}?)(?:\*\*\s*[:：]|[:：]\*\*)\s+")
_NAMES_YEAR = re.compile(r"^[A-Z\u00c0-\u024f][\w'’-]+(?:,?\s+(?:[A-Z\u00c0-\u024f][\w'’.-]*|&|and|et al\.?))*,?\s+"
                         r"\((?:1[5-9]|20)\d\d[a-z]?\)\s*[-–—:.,]?\s*[“\"*_]")
_APA_NAME = r"[A-Z\u00c0-\u024f][\w'’-]+,\s+[A-Z]\.(?:\s?-?[A-Z]\.)*"
_APA_NAMES_YEAR = re.compile(rf"^{_APA_NAME}(?:,?\s+(?:(?:&|and)\s+)?(?:{_APA_NAME}|et al\.))*\s+"
                             r"\((?:1[5-9]|20)\d\d[a-z]?\)[.:]\s+[A-Z\u00c0-\u024f]\w")
TOPIC_MARK = "**"


def topic_labelled(content: str, line: str) -> str:
    """The item's first line with its topic label kept in bold ("**Mamba-2**: Dao & Gu (2024) …"), so that the
    entry can set it apart from the reference; the line as rendered where the item has none."""
    m = _TOPIC_LABEL.match(content)
    if m is None or "," in m.group(1) or not (_NAMES_YEAR.match(content[m.end():])
                                                or _APA_NAMES_YEAR.match(content[m.end():])):
        return line
    label = markdown_inline(m.group(1)).strip()
    if not line.startswith(label):
        return line
    return f"{TOPIC_MARK}{label}{TOPIC_MARK}: {line[len(label):].lstrip(' :：')}"


_SUP_NOTE_LINE = re.compile(r"^([ \t]*)<sup\b[^>]*>\s*(\d{1,4})\s*</sup\s*>[ \t]*", re.IGNORECASE | re.MULTILINE)


# A backslash ending a line is a hard break (CommonMark), no text: "Role: co-PI\" / "Award: …"; one ending a
# paragraph is CommonMark's literal backslash, but written as a break all the same (entries set apart by blank lines,
# each ending "London.\"): no text either
_BACKSLASH_BREAK = re.compile(r"(?<!\\)\\$")


def _hard_breaks(body: list[str], source: list[str], first: int) -> list[str]:
    """Paragraph lines without the backslash that ends a line as a hard break."""
    out = list(body)
    for j in range(len(body)):
        where = first + j
        if where < len(source) and _BACKSLASH_BREAK.search(source[where].rstrip()) and out[j].rstrip().endswith("\\"):
            out[j] = out[j].rstrip()[:-1].rstrip()
    return out


def _place(body: list[str], source: list[str], out: list[str], first: int, prefix: str) -> None:
    """Paragraph lines into `out`, keeping each line's indentation relative to the first line."""
    base = _indent(source[first])
    # a sub-item's marker stands indented: its item's further lines keep to the right of it, as the source has them
    lead = len(prefix) - len(prefix.lstrip(" ")) if prefix.strip() else 0
    for j, line in enumerate(body):
        where = first + j
        if where >= len(out):
            out[-1] = f"{out[-1]} {line.strip()}"
            continue
        extra = max(0, _indent(source[where]) - base) + lead if j else 0
        text = line.strip()
        if j and _made_marker(text, source[where], out[where - 1]):
            out[where - 1], text = _word_forward(out[where - 1], text)
        out[where] = (prefix if j == 0 else "") + " " * extra + text


# A line that ends mid-sentence: a word or a joining mark ("…Applied Mathematics" / "**46**. ISBN …")
_UNFINISHED_END = re.compile(r"(?:[^\W\d_]|[,;:&–—-])$")


def _made_marker(text: str, source_line: str, before: str) -> bool:
    """Whether a paragraph's later line opens with a list marker that only the markup's removal made
    ("**46**. ISBN …" read "46. ISBN …") after a line that does not end: it goes on the entry, no new one."""
    return (
        MARKER.match(text) is not None
        and MARKER.match(_QUOTE_PREFIX.sub("", source_line).strip()) is None
        and _UNFINISHED_END.search(before.rstrip()) is not None
    )


def _word_forward(before: str, text: str) -> tuple[str, str]:
    """The line before without its last word, and the line with that word in front; unchanged when the
    line before is one word."""
    head, _, last = before.rstrip().rpartition(" ")
    if not head.strip() or strip_marker(f"{head.strip()} x")[0] == "x":  # the line before is a marker and a word
        return before, text
    return head, f"{last} {text}"


def _indent(line: str) -> int:
    line = _QUOTE_PREFIX.sub("", line)
    return len(_INDENT.match(line.expandtabs(4)).group(0))  # type: ignore[union-attr]
