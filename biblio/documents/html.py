"""HTML read with lxml: block structure as regular lines, inline markup as Markdown.

Each block (heading, paragraph, list item, definition, block quote) becomes
one line: headings as ATX headings, list items with their marker (``3.`` in
an ordered list, ``-`` otherwise), with blank lines between blocks. Inline
markup goes through :mod:`biblio.documents.inline`. Scripts, styles, code,
tables, figure captions, navigation and comments are not text of the
document and are left out, but for a table of citations (one reference per row,
:mod:`biblio.documents.citation_table`). Each line remembers the source line of its block.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass, field
from html import escape
from urllib.parse import unquote

from lxml import etree
from lxml import html as lxml_html

from biblio.documents.citation_table import citation_columns, row_reference
from biblio.documents.inline import html_inline_to_markdown, markdown_inline, tidy_spaces
from biblio.documents.link_bars import is_service_label

_SKIP = frozenset({
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "code", "pre", "table",
    "figcaption", "caption", "nav", "svg", "math", "button", "form", "select", "textarea", "iframe", "img",
})
_BLOCK = frozenset({
    "p", "div", "li", "dd", "dt", "blockquote", "section", "article", "main", "aside", "header", "footer",
    "ol", "ul", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "body", "html", "figure", "address",
    "details", "summary", "center",
})
# Page furniture around an article (sidebars, site headers and footers), unless it holds footnotes.
_CHROME = frozenset({"aside", "footer", "header"})
# Classes of page furniture inside the text: MediaWiki's "[edit]" links, its print-hidden boxes, navigation
# boxes, categories and the "Retrieved from" line of a saved page; Sphinx's "¶" permalink after a heading;
# docutils' back-references of a note cited more than once ("(1,2)" after its label).
_FURNITURE = frozenset({"mw-editsection", "noprint", "mw-jump-link", "navbox", "catlinks", "printfooter",
                        "headerlink", "backrefs",
                        # hidden by the page's style sheet (an advertisement's box, words for screen readers only)
                        "hide", "hidden", "d-none", "sr-only", "visually-hidden", "u-visually-hidden",
                        # Bootstrap's label beside a link ("DOCUMENTATION", "PDF", a count): no words of the work
                        "badge",
                        # LaTeXML's page foot ("Generated on … by LaTeXML", arXiv's HTML): it would close the list's
                        # last entry
                        "ltx_page_logo"})
# A link to the page's own top ("#", "#top"): a "Back to top" button, whatever its words' language.
_TO_PAGE_TOP = re.compile(r"^#(?:top|page-?top)?$", re.IGNORECASE)
_HEADING = re.compile(r"^h([1-6])$")
_SPACE = re.compile(r"\s+")
_NUMBER_TAG = re.compile(r"\[\d+\]|\d+\.?|\[[A-Za-z][\w+.:-]{0,20}\d[a-z]?\]")  # "[3]", "3.", "[Smith2010]"
_BARE_LABEL = re.compile(r"\[?\(?\d{1,3}[.)]?\]?")
_LINE_BREAK = "\ue002"  # a <br>, kept through white-space folding
# A page's own html, head or body tag inside a fragment (a page pasted into Markdown) only wraps: lxml's
# fragment parser fails on a second body and asserts on a head; the page's <title> is no content.
_BODY_TAG = re.compile(r"<title\b[^>]*>[^<]*</title\s*>|</?(?:html|head|body)(?:\s[^>]*)?/?>", re.IGNORECASE)


@dataclass
class _Out:
    lines: list[str] = field(default_factory=list)
    where: list[int] = field(default_factory=list)  # 1-based source line of each output line

    def block(self, text: str, line: int) -> None:
        """One block; a <br> in it (a line break) starts a new line of the same paragraph."""
        parts = [tidy_spaces(part) for part in text.split("\n")]
        parts = [part for part in parts if part]
        if not parts:
            return
        if self.lines:
            self.lines.append("")
            self.where.append(line)
        self.lines.extend(parts)
        self.where.extend([line] * len(parts))


def _is_furniture(element: etree._Element) -> bool:
    """Page furniture by class, or an element the page does not show (``hidden``, ``aria-hidden="true"``:
    a journal page's closed dialogs and tooltips)."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    return bool(_FURNITURE & set((element.get("class") or "").split()))


def _sidebar(element: etree._Element) -> bool:
    """A page's sidebar set in a ``div`` (``div#aside``, ``div.sidebar``): furniture beside the article, as
    ``aside`` is."""
    return element.get("id") in ("aside", "sidebar") or "sidebar" in (element.get("class") or "").split()


def _to_page_top(element: etree._Element, before: list[str]) -> bool:
    """"Back to top", "Torna su", "Nach oben": a link to the page itself standing alone, no words of a paragraph
    around it (a placeholder link inside a reference keeps its words)."""
    return (element.tag == "a" and _TO_PAGE_TOP.match(element.get("href") or "-") is not None
            and not "".join(before).strip() and not (element.tail or "").strip())


# MathML's token elements: what a reader sees of a formula ("n−3" in a title: <mi>n</mi><mo>−</mo><mn>3</mn>).
_MATH_TOKENS = frozenset({"mi", "mn", "mo", "ms", "mtext"})


def _math_text(element: etree._Element) -> str:
    """The text a MathML formula shows (its tokens, not its TeX annotation), or its ``alttext``."""
    tokens: list[str] = []

    def visit(node: etree._Element) -> None:
        for child in node:
            name = child.tag.rsplit("}", 1)[-1].lower() if isinstance(child.tag, str) else ""
            if name in ("annotation", "annotation-xml"):
                continue
            if name in _MATH_TOKENS:
                tokens.append(child.text_content())
            else:
                visit(child)

    visit(element)
    return escape("".join(tokens) or element.get("alttext") or "")


def _inline(element: etree._Element) -> str:
    """An inline element as HTML text (tags kept for the inline converter), tail excluded."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.rsplit("}", 1)[-1].lower() == "math" and not _is_furniture(element):
        return _math_text(element)  # a formula inside a sentence (a title's "n−3") is part of its words
    if not tag or tag.lower() in _SKIP or _is_furniture(element):
        return ""
    return etree.tostring(_without_furniture(element), encoding="unicode", with_tail=False, method="html")


def _without_furniture(element: etree._Element) -> etree._Element:
    """The element, or a copy of it without the furniture inside it (a link's badge, its words for screen
    readers only), the text after each piece kept."""
    if not any(isinstance(inner.tag, str) and _is_furniture(inner) for inner in element.iterdescendants()):
        return element
    copy = deepcopy(element)
    for inner in [e for e in copy.iterdescendants() if isinstance(e.tag, str) and _is_furniture(e)]:
        parent = inner.getparent()
        if parent is None:
            continue
        if inner.tail:
            before = inner.getprevious()
            if before is not None:
                before.tail = (before.tail or "") + inner.tail
            else:
                parent.text = (parent.text or "") + inner.tail
        parent.remove(inner)
    return copy


def _is_footnotes(element: etree._Element) -> bool:
    """pandoc's, Wikipedia's or a blog's footnote container: its items are footnote definitions."""
    return _is_footnotes_by_name(element) or _compound_footnotes(element)


# A class naming a notes container in a compound word: docutils' (Sphinx 5 on) ``aside.footnote-list``, a
# journal platform's ``ul.articleFootnotes`` (SciELO's notes, and its reference list under its heading).
_FOOTNOTE_CLASS = re.compile(r"^[a-z]*[-_]?(?:foot|end)notes?(?:[-_]list)?$")


def _is_footnotes_by_name(element: etree._Element) -> bool:
    classes = (element.get("class") or "").lower().split()
    return bool({"footnotes", "footnote", "endnotes"} & set(classes)) or element.get("role") == "doc-endnotes"


def _compound_footnotes(element: etree._Element) -> bool:
    classes = (element.get("class") or "").lower().split()
    return any(_FOOTNOTE_CLASS.match(name) for name in classes)


# Classes and roles by which a page marks its reference list (MediaWiki's reflist, CSL's bibliography body,
# DPUB-ARIA's doc-bibliography): such a list is a reference section even where no heading stands over it.
_REFERENCE_LIST_CLASSES = frozenset({"references", "reflist", "bibliography", "csl-bib-body", "references-list"})


def _is_reference_list(element: etree._Element) -> bool:
    """A list marked as references; not a notes list that also carries the mark (SciELO's ``ul.refList`` of
    notes beside its ``ul.refList`` of references)."""
    classes = set((element.get("class") or "").lower().split())
    marked = bool(_REFERENCE_LIST_CLASSES & classes) or element.get("role") == "doc-bibliography"
    return marked and not _is_footnotes(element) and not _one_of_a_run(element)


def _names_other_text(heading: str) -> bool:
    """A Markdown heading that names no reference list: one of the text's."""
    from biblio.references.finder import is_reference_heading

    return not is_reference_heading(heading.lstrip("#").strip())


def _one_of_a_run(element: etree._Element) -> bool:
    """An element beside siblings of its own tag and class: one entry of a list marked entry by entry
    (Frontiers' ``div.References`` around each reference), not the list."""
    mark = (element.tag, element.get("class"))
    return any((near.tag, near.get("class")) == mark
               for near in (element.getprevious(), element.getnext()) if near is not None)


def _walk(element: etree._Element, out: _Out, marker: str | None = None, footnotes: bool = False,
          boxed: bool = False) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    line = element.sourceline or (out.where[-1] if out.where else 1)
    if not boxed and _entry_box(element):
        _boxed_entry(element, out, marker, footnotes, line)
        return
    if not footnotes and _compound_footnotes(element) and not _is_footnotes_by_name(element):
        # a list so classed right under a heading is that heading's list (SciELO's references), not notes
        footnotes = not (out.lines and out.lines[-1].startswith("#"))
    else:
        footnotes = footnotes or _is_footnotes(element)
    heading = _HEADING.match(tag)
    if heading:
        text = markdown_inline(html_inline_to_markdown(_SPACE.sub(" ", _text_of(element))))
        out.block(f"{'#' * int(heading.group(1))} {tidy_spaces(text.replace('*', ''))}", line)
        return
    if tag == "hr":
        out.block("***", line)
        return
    if tag == "p" and "rubric" in (element.get("class") or "").split():
        # docutils' rubric, an informal heading ("References", "Examples" in numpydoc's pages, "Footnotes")
        text = markdown_inline(html_inline_to_markdown(_SPACE.sub(" ", _text_of(element))))
        out.block(f"###### {tidy_spaces(text.replace('*', ''))}", line)
        return
    buffer: list[str] = [element.text or ""]
    buffer_line = line
    prefix = f"{marker} " if marker else ""
    counter = _list_start(element) if tag == "ol" else None

    def flush() -> None:
        nonlocal prefix
        text = markdown_inline(_SPACE.sub(" ", "".join(buffer)))
        if _LINE_BREAK in text:
            text = _broken_parts(text)
        if tidy_spaces(text):
            out.block(prefix + text, buffer_line)
            prefix = ""
        buffer.clear()

    label: str | None = None  # a CSL label column ("[1]") waiting for the entry beside it
    first_block = -1  # the line count once an item's first paragraph is out (its reference's head)
    entry = tag == "li" or _entry_box(element)
    for child in element:
        child_tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if child_tag == "table" and _docutils_note_table(child):
            flush()
            _note_table(child, out, footnotes)
        elif child_tag == "table" and _citation_table(child, out):
            flush()
        elif child_tag == "math":
            buffer.append(_inline(child))
        elif _sidebar(child) and not _is_footnotes(child):
            flush()
            out.block("***", child.sourceline or line)  # the article's text ends beside it: nothing goes on across
        elif (child_tag in _SKIP or not child_tag or (child_tag in _CHROME and not _is_footnotes(child))
              or _is_furniture(child) or _to_page_top(child, buffer)):
            pass  # comments, processing instructions, code, tables, page furniture
        elif child_tag == "p" and out.lines and out.lines[-1] == "***" and _cs1_citation(child) is not None:
            flush()
            _citation_after_list(child, out, child.sourceline or line)
        elif child_tag in ("ul", "ol") and _in_page_links(child):
            pass  # a list of links to places on the page itself: its tabs or table of contents
        elif tag in ("ul", "ol") and child_tag == "a" and child.get("href"):
            # a list whose items are bare links with no <li> (a documentation site's "Further reading" box of
            # list-group links): each link an item of its own
            flush()
            prefix = "- "
            buffer.append(_inline(child))
            flush()
        elif child_tag == "a" and _back_link(child):
            pass  # an arrow back to where the work is cited (HighWire's "↵" before each reference)
        elif tag == "li" and child_tag in ("ul", "ol") and _service_links(child):
            # a publisher's links under the reference (PLOS's "View Article", "PubMed/NCBI", "Google Scholar"):
            # only a link to the work's DOI stays, beside the reference as a link bar inside its line would
            said = "".join(buffer).casefold()
            buffer.extend(f" {doi}" for doi in _doi_links(child) if doi[4:].casefold() not in said)
        elif entry and child_tag in ("p", "div") and out.lines and len(out.lines) == first_block and _link_row(child):
            # the row of service links under a reference boxed with it (Frontiers' "Pubmed Abstract | Pubmed Full
            # Text | CrossRef Full Text"): only its link to the work's DOI stays, after the reference
            flush()
            dois = [doi for doi in _doi_links(child) if doi[4:].casefold() not in out.lines[-1].casefold()]
            out.lines[-1] = " ".join([out.lines[-1], *dois[:1]])
        elif (entry and child_tag == "p" and out.lines and len(out.lines) == first_block
              and _reference_tail(child)):
            # the rest of the item's reference in a paragraph of its own (BMC's "<p>Names: <strong>Title.</strong>
            # <p><em>Lancet</em> 2012, 380:219-229."): the same entry
            flush()
            tail = tidy_spaces(markdown_inline(html_inline_to_markdown(_SPACE.sub(" ", _text_of(child)))))
            out.lines[-1] = f"{out.lines[-1]} {tail}"
        elif child_tag in ("div", "p") and len(list(child.iter("a"))) >= 2 and _link_row(child):
            # a row of service links set in a block of its own inside the reference's box (HighWire's
            # "OpenUrl CrossRef Medline Web of Science"): only its link to the work's DOI stays, after the reference
            flush()
            if out.lines:
                said = out.lines[-1].casefold()
                dois = [doi for doi in _doi_links(child) if doi[4:].casefold() not in said]
                out.lines[-1] = " ".join([out.lines[-1], *dois[:1]])
        elif child_tag in _BLOCK and _is_label_column(child):
            flush()
            label = tidy_spaces(_SPACE.sub(" ", child.text_content())) or None
            if label and child_tag == "dt":  # docutils' key, its brackets drawn by the style sheet
                label = label if label.startswith("[") else f"[{label}]"
                label = label if _NUMBER_TAG.fullmatch(label) else None
                definition = child.getnext()
                if definition is not None and definition.tag == "dd":
                    _join_broken_lines(definition)
        elif child_tag in _BLOCK:
            bare = tidy_spaces(markdown_inline(_SPACE.sub(" ", "".join(buffer)))) if prefix else ""
            if prefix and _BARE_LABEL.fullmatch(bare):
                # an item's number set apart from its text (``<span>1</span><div>text</div>``): its marker
                number = bare.strip("[]().")
                prefix = f"[^{number}]: " if prefix.startswith("[^") else f"{number}. "
                buffer.clear()
            flush()
            if _is_reference_list(child) and not (out.lines and out.lines[-1].startswith("#")
                                                  and not _names_other_text(out.lines[-1])):
                # the list's markup is its heading, unless a heading of its own stands over it (not one of the
                # text's: pandoc sets its list where the source puts it, under the last section's heading)
                out.block("## References", child.sourceline or buffer_line)
            child_marker: str | None = label
            label = None
            if child_tag == "li" and footnotes:
                counter = counter or 1
                child_marker = f"[^{counter}]:"
                counter += 1
            elif child_tag == "li":
                if counter is not None:
                    value = child.get("value")
                    counter = int(value) if value and value.isdigit() else counter
                    child_marker = f"{counter}."
                    counter += 1
                else:
                    child_marker = "-"
            # A list item's text keeps its marker; a block inside the item gets it if the item had none.
            headed = _is_reference_list(child) and bool(out.lines) and out.lines[-1] == "## References"
            before = len(out.lines)
            _walk(child, out, child_marker or (prefix.strip() or None), footnotes)
            if entry and first_block < 0 and len(out.lines) > before:
                first_block = len(out.lines)
            if headed and out.lines[-1] != "***":  # nested list markup (div.reflist > ol.references): one end
                out.block("***", out.where[-1])  # the list ends where its markup does
            prefix = ""
            buffer_line = child.sourceline or buffer_line
        elif child_tag == "br":
            buffer.append(_LINE_BREAK)
        elif _is_item_tag(child):
            marker = _item_tag_marker(child)
            if marker and not tidy_spaces("".join(buffer)):
                prefix = f"{marker} "
        else:
            buffer.append(_inline(child))
        buffer.append(child.tail or "")
    flush()


# A part of a block a <br> ends with no mark of its own, before a part that starts a field: a word, a number, a
# bracket, closing emphasis or quotation marks, then a capital, emphasis or quotation marks (not a bracket:
# "Names<br>(2016)" goes on).
_OPEN_PART_END = re.compile(r"[^\W_]$|[)*_”\"’]$")
_FIELD_START = re.compile(r"^(?:[*_“\"]|[^\W\d_](?<=[A-ZÀ-ÖØ-Þ]))")


def _broken_parts(text: str) -> str:
    """A block's lines, one per <br>: a line break an author set between a reference's parts (manubot's title,
    names and journal lines: "**Deep learning**<br>Yann LeCun, …<br>*Nature* (2015-05-27)") ends a field, so a
    part with no mark of its own gets a full stop when the next starts a field (a capital, emphasis)."""
    parts = text.split(_LINE_BREAK)
    for k in range(len(parts) - 1):
        before, after = parts[k].rstrip(), parts[k + 1].lstrip()
        if (before and after and _OPEN_PART_END.search(before) and _FIELD_START.match(after)
                and "://" not in before.rsplit(None, 1)[-1]):  # an address keeps no stop of the text's
            parts[k] = before + "."
    return "\n".join(parts)


# A class naming references, one of their parts or citations ("References", "elife-reflinks-reflink", "ref-cit-blk").
_REFERENCE_CLASS = re.compile(r"ref|cit|bib", re.IGNORECASE)


def _entry_box(element: etree._Element) -> bool:
    """A box around one reference: one of a run of sibling boxes of one tag and a class naming references
    (Frontiers' ``div.References``, eLife's ``article.elife-reflinks-reflink``)."""
    return (element.tag in ("div", "article") and _REFERENCE_CLASS.search(element.get("class") or "") is not None
            and _one_of_a_run(element))


def _boxed_entry(element: etree._Element, out: _Out, marker: str | None, footnotes: bool, line: int) -> None:
    """One reference however many blocks its box holds (its number, title, names and journal each in a
    ``div`` of their own on eLife's pages): its blocks' lines joined, a bare number first its marker."""
    dois: list[str] = []
    for row in [node for node in element.iter("div", "p", "span") if node is not element and _link_row(node)]:
        if row.getparent() is not None:  # a row inside a row went with it
            dois += _doi_links(row)
            row.drop_tree()  # a row of service links in the box (eLife's "CrossRef PubMed Web of science")
    inner = _Out()
    _walk(element, inner, None, footnotes, boxed=True)
    said = " ".join(inner.lines).casefold()
    inner.lines += [doi for doi in dois[:1] if doi[4:].casefold() not in said]
    parts = [part for part in inner.lines if part]
    if len(parts) > 1 and _BARE_LABEL.fullmatch(parts[0]):
        marker = f"{parts.pop(0).strip('[]().')}."
    if parts:
        # each block a sentence of its own, as the page sets it on a line of its own
        text = "".join(part if k == 0 else (" " if _CLOSED.search(parts[k - 1]) else ". ") + part
                       for k, part in enumerate(parts))
        out.block(f"{marker} {text}" if marker else text, line)


_CLOSED = re.compile(r"[.!?:;,][*_\])]*$")


def _in_page_links(element: etree._Element) -> bool:
    """A list whose every item is one link to a place on the page itself (``href="#…"``)."""
    items = [item for item in element if isinstance(item.tag, str) and item.tag.lower() == "li"]
    if not items:
        return False
    for item in items:
        links = list(item.iter("a"))
        words = tidy_spaces(_SPACE.sub(" ", item.text_content()))
        if len(links) != 1 or not (links[0].get("href") or "").startswith("#") or \
                words != tidy_spaces(_SPACE.sub(" ", links[0].text_content())):
            return False
    return True


def _doi_links(element: etree._Element) -> list[str]:
    """The DOIs `element`'s links resolve (``doi:10.1113/…``, as a reference writes its DOI), a resolver's link or a
    link labelled CrossRef or DOI that passes the DOI to the page's own lookup (HighWire's
    ``/lookup/external-ref?access_num=10.1056/…&link_type=DOI``)."""
    dois: list[str] = []
    for link in element.iter("a"):
        href = link.get("href") or ""
        match = _DOI_RESOLVER.match(href)
        if match is None and tidy_spaces(link.text_content()).casefold() in _DOI_LABELS:
            match = _DOI_PARAMETER.search(unquote(href))
        if match is not None:
            dois.append(f"doi:{unquote(match.group('doi'))}")
    return dois


_DOI_LABELS = frozenset({"crossref", "cross ref", "doi"})
_DOI_PARAMETER = re.compile(r"[?&][\w.-]+=(?P<doi>10\.\d{4,9}/[^&\s]+)")
_BACK_ARROWS = frozenset({"↵", "↩", "↩\ufe0e", "↩\ufe0f", "⤴"})


def _back_link(link: etree._Element) -> bool:
    """A link back to a place on the page whose only words are an arrow."""
    return (link.get("href") or "").startswith("#") and tidy_spaces(link.text_content()) in _BACK_ARROWS


_ROW_SEPARATORS = re.compile(r"[\s|·•]*")


def _link_row(element: etree._Element) -> bool:
    """An element holding nothing but links to indexing or full-text services, between separators."""
    links = list(element.iter("a"))
    if not links or not all(is_service_label(link.text_content()) for link in links):
        return False
    rest = _words_outside_links(element)
    rest = "".join(rest.split("\n"))
    return _ROW_SEPARATORS.fullmatch(rest) is not None


def _words_outside_links(element: etree._Element) -> str:
    """`element`'s text but its links' (a link's words may sit in tags of its own: "<span>FREE </span>Full Text")."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag.lower() != "a":
            parts.append(_words_outside_links(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _service_links(element: etree._Element) -> bool:
    """A list whose every item is a link to an indexing or full-text service."""
    items = [item for item in element if isinstance(item.tag, str) and item.tag.lower() == "li"]
    labels = [tidy_spaces(_SPACE.sub(" ", item.text_content())) for item in items]
    return bool(labels) and all(is_service_label(label) for label in labels)


_DOI_RESOLVER = re.compile(r"^https?://(?:dx\.)?doi\.org/(?P<doi>10\.\d{4,9}/\S+)$", re.IGNORECASE)
# A reference's tail: a journal, a year, a volume and pages, no sentence of words ("*Lancet* 2012, 380:219-229.").
_TAIL_NUMBERS = re.compile(r"\b(?:1[5-9]|20)\d\d\b.*\d|\d+\s*[:(]\s*\d")
_MAX_TAIL = 90


def _reference_tail(paragraph: etree._Element) -> bool:
    text = tidy_spaces(_SPACE.sub(" ", paragraph.text_content()))
    return 0 < len(text) <= _MAX_TAIL and _TAIL_NUMBERS.search(text) is not None


def _cs1_citation(paragraph: etree._Element) -> etree._Element | None:
    """The citation a Wikipedia paragraph holds: MediaWiki's CS1 templates write ``cite.citation``."""
    for cite in paragraph.iter("cite"):
        if "citation" in (cite.get("class") or "").split():
            return cite
    return None


def _citation_after_list(paragraph: etree._Element, out: _Out, line: int) -> None:
    """A paragraph right after a reference list that holds a citation (Wikipedia's attribution templates: "This
    article incorporates text from a publication now in the public domain: "Title". *Work*. …"): the citation is
    an entry of the list, the words around it a paragraph after it."""
    cite = _cs1_citation(paragraph)
    assert cite is not None
    out.block("- " + markdown_inline(html_inline_to_markdown(_SPACE.sub(" ", _text_of(cite)))), line)
    rest = [paragraph.text or ""]
    for child in paragraph:
        if cite not in child.iter():  # the child is neither the citation nor holds it
            rest.append(_inline(child))
        rest.append(child.tail or "")
    words = tidy_spaces(markdown_inline(html_inline_to_markdown(_SPACE.sub(" ", "".join(rest)))))
    if words:
        out.block(words, line)


def _citation_table(table: etree._Element, out: _Out) -> bool:
    """A table of citations (a header naming a title and more): one list item per row. False otherwise."""
    rows = [row for row in table.iter("tr")]
    if len(rows) < 2:
        return False
    cells = [[html_inline_to_markdown(_SPACE.sub(" ", _text_of(cell))).strip()
              for cell in row if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")] for row in rows]
    columns = citation_columns([markdown_inline(cell) for cell in cells[0]])
    if columns is None:
        return False
    for row, row_cells in zip(rows[1:], cells[1:], strict=True):
        text = tidy_spaces(markdown_inline(row_reference(row_cells, columns)))
        if text:
            out.block(f"- {text}", row.sourceline or (out.where[-1] if out.where else 1))
    return True


def _docutils_note_table(table: etree._Element) -> bool:
    """docutils' HTML 4 writer (Sphinx 1, numpydoc pages) sets each citation and footnote as a one-row
    ``table.docutils.citation`` / ``table.docutils.footnote``: a ``td.label`` with the key, a cell with the text."""
    classes = set((table.get("class") or "").split())
    return "docutils" in classes and bool({"citation", "footnote"} & classes)


def _note_table(table: etree._Element, out: _Out, footnotes: bool) -> None:
    for row in table.iter("tr"):
        cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag.lower() == "td"]
        label_cells = [cell for cell in cells if "label" in (cell.get("class") or "").split()]
        texts = [cell for cell in cells if cell not in label_cells]
        if not texts:
            continue
        label = tidy_spaces(_SPACE.sub(" ", label_cells[0].text_content())) if label_cells else ""
        marker = label if _NUMBER_TAG.fullmatch(label) else None
        for cell in texts:
            _walk(cell, out, marker, footnotes)
            marker = None


def _is_label_column(element: etree._Element) -> bool:
    """CSL's label column (``div.csl-left-margin``, by citeproc-js and pandoc): the entry's "[1]"; docutils'
    (Sphinx's up to docutils 0.17) ``dl.citation`` or ``dl.footnote`` whose ``dt.label`` holds the key of the
    ``dd`` beside it; a ``dt`` holding only the number of the ``dd`` after it."""
    classes = (element.get("class") or "").split()
    if "csl-left-margin" in classes:
        return True
    parent = element.getparent()
    if element.tag != "dt" or parent is None:
        return False
    if "label" in classes and bool({"citation", "footnote"} & set((parent.get("class") or "").split())):
        return True
    # LaTeX2HTML's and HeVeA's ``thebibliography``: a term that is only the entry's number ("1", "[2]") with
    # the entry as its definition
    definition = element.getnext()
    return (definition is not None and definition.tag == "dd"
            and _BARE_LABEL.fullmatch(_SPACE.sub("", element.text_content())) is not None)


def _join_broken_lines(entry: etree._Element) -> None:
    """An entry beside its label in a definition list is one reference: the line breaks LaTeX's ``\\newblock``
    becomes (LaTeX2HTML's ``<BR>``) part its blocks, and a block opening "1. principal component analysis, 2. …"
    after one is no list item of its own."""
    for br in list(entry.iter("br")):
        parent = br.getparent()
        if parent is None:
            continue
        spaced = " " + (br.tail or "")
        before = br.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + spaced
        else:
            parent.text = (parent.text or "") + spaced
        parent.remove(br)


def _is_item_tag(element: etree._Element) -> bool:
    """A bibliography item's label beside its text: LaTeXML's (arXiv's HTML, ar5iv) ``span.ltx_tag_bibitem``,
    docutils' and Sphinx's ``span.label`` of a citation or footnote (``[Name2010]``, ``[1]``)."""
    classes = (element.get("class") or "").split()
    if "ltx_tag_bibitem" in classes:
        return True
    parent = element.getparent()
    entry = parent is not None and (parent.get("role") in ("doc-biblioentry", "doc-footnote", "doc-endnote")
                                    or {"citation", "footnote"} & set((parent.get("class") or "").split()))
    # a list item opening with its own number (PLOS's ``<li><span class="label">52.</span>…``, its later site's
    # ``<span class="order">52.</span>``): its marker
    opens_item = (parent is not None and parent.tag == "li" and not (parent.text or "").strip()
                  and parent.index(element) == 0)
    return ("label" in classes and (bool(entry) or opens_item)) or ("order" in classes and opens_item)


def _item_tag_marker(element: etree._Element) -> str | None:
    """A numbered tag ("[1]", "1.") as the item's marker; an author-year tag ("Almgren et al., (2010)")
    repeats the entry's own names and year, so it is no marker and no text."""
    text = tidy_spaces(_SPACE.sub(" ", element.text_content()))
    return text if _NUMBER_TAG.fullmatch(text) else None


def _text_of(element: etree._Element) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _list_start(element: etree._Element) -> int:
    start = element.get("start")
    return int(start) if start and start.lstrip("-").isdigit() else 1


def html_document(text: str) -> tuple[list[str], list[int]]:
    """An HTML document's lines and the source line of each."""
    out = _Out()
    if not text.strip():
        return [], []
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return [], []
    _join_broken_entries(root)
    body = root.find("body")
    _walk(body if body is not None else root, out)
    return out.lines, out.where


# The first line of a hanging-indent entry, as docutils makes it the term of a definition list whose definition
# is the entry's other lines: numbered ("1 - ", "[2]", "3.") or opening with names, and stopped mid-sentence.
_TERM_START = re.compile(r"\s*(?:\[\w{1,12}\]|\d{1,3}\s*[-–.)]|[A-Z][\w'’-]*,\s|(?:[A-Z]\.\s?){1,3}\s*[A-Z])")
_TERM_CUT = re.compile(r"(?:[^\W\d_]|[,;:&-])\s*$")


def _glued(before: str, after: str, broken: bool) -> str:
    return before[:-1] + after if broken else before + " " + after


def _join_broken_entries(root: etree._Element) -> None:
    """A reference list written with hanging indents in reStructuredText reads, in docutils' HTML, as a
    definition list: the entry's first line the term (``<dt>1 - C. L. Liu and J. W. Layland. Scheduling
    algorithms for multiprogram-</dt>``), its other lines the definition. Such a term and its definition are
    one paragraph again."""
    for term in list(root.iter("dt")):
        definition = term.getnext()
        text = term.text_content()
        if (definition is None or definition.tag != "dd" or not _TERM_START.match(text)
                or not _TERM_CUT.search(text)):
            continue
        paragraphs = [child for child in definition if isinstance(child.tag, str)]
        inner = paragraphs[0] if len(paragraphs) == 1 and paragraphs[0].tag == "p" else definition
        joined = etree.Element("p")
        joined.sourceline = term.sourceline  # the entry's document line is its first line's
        joined.text = (term.text or "")
        for child in term:
            joined.append(child)
        rest = (inner.text or "").lstrip()
        # "multiprogram-" / "ming": a word broken at the line's end is one word again
        broken = re.search(r"[a-z]-\s*$", text) is not None and rest[:1].islower()
        if len(joined):
            joined[-1].tail = _glued((joined[-1].tail or "").rstrip(), rest, broken)
        else:
            joined.text = _glued(joined.text.rstrip(), rest, broken)
        for child in list(inner):
            joined.append(child)
        joined.tail = definition.tail
        term.getparent().replace(term, joined)
        definition.getparent().remove(definition)


def html_fragment_lines(text: str) -> list[str]:
    """An HTML block inside Markdown, as lines (one per block, blank lines between)."""
    try:
        fragments = lxml_html.fragments_fromstring(_BODY_TAG.sub("", text))
    except (etree.ParserError, ValueError, AssertionError):  # lxml asserts on what it cannot split
        return [html_inline_to_markdown(text).strip()]
    out = _Out()
    loose: list[str] = []
    terms: etree._Element | None = None  # a definition list's terms and definitions whose list began before
    for fragment in fragments:
        if not isinstance(fragment, str) and isinstance(fragment.tag, str) and fragment.tag.lower() in ("dt", "dd"):
            # read together, as in their list: a term may be the label of the definition after it
            if loose:
                out.block(markdown_inline("".join(loose)), 1)
                loose = []
            if terms is None:
                terms = etree.Element("dl")
                terms.sourceline = fragment.sourceline
            terms.append(fragment)
            continue
        if terms is not None:
            _walk(terms, out)
            terms = None
        if isinstance(fragment, str):
            loose.append(fragment)
        elif isinstance(fragment.tag, str) and fragment.tag.lower() in _BLOCK:
            if loose:
                out.block(markdown_inline("".join(loose)), 1)
                loose = []
            _walk(fragment, out)
            if fragment.tail:
                loose.append(fragment.tail)
        else:
            loose.append(_inline(fragment) + (fragment.tail or ""))
    if terms is not None:
        _walk(terms, out)
    if loose:
        out.block(markdown_inline("".join(loose)), 1)
    return out.lines
