"""Rewrite a hand-written paper's citations and reference list into another style.

The paper's citations are linked to its reference list (``intext``), written as pandoc
citations (``[@key, p. 4]``, narrative ``@key``; a cited note becomes a citation where its
marker stood), and rendered again with ``cite``.  References never cited stay in the
bibliography (pandoc's ``nocite``).  ``to_pandoc`` stops half-way: the paper in pandoc's
syntax and its records, for pandoc, Quarto or R Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from biblio.papers.check import Linked, link_document
from biblio.papers.cite import splice
from biblio.papers.intext import Cite, InText, names_before
from biblio.papers.linking import fold, lead_name, link_note, name_words
from biblio.papers.pandoc_syntax import label_terms
from biblio.records.keys import with_ids
from biblio.records.model import Item, source_text

_PUNCT = ".,;:!?"


@dataclass
class Pandoc:
    document: str  # the paper with pandoc citations and an empty reference section
    records: list[Item]  # every reference of the list, each with its citation key as id
    uncited: list[str] = field(default_factory=list)  # keys of references never cited
    warnings: list[str] = field(default_factory=list)


def _terms() -> dict[str, tuple[str, str]]:
    return {name: forms["short"] for name, forms in label_terms().items() if "short" in forms}


def _locator(cite: Cite, terms: dict[str, tuple[str, str]]) -> str:
    """``p. 4``, ``pp. 60–62``, ``chap. 3``: the locator with its label's short term."""
    single, multiple = terms.get(cite.label or "page", ("", ""))
    label = multiple if re.search(r"[-\u2013,&]", cite.locator) else single
    return f"{label} {cite.locator}" if label else cite.locator


def _cite_text(cite: Cite, key: str, terms: dict[str, tuple[str, str]], suppress: bool = False) -> str:
    s = ("-" if suppress else "") + "@" + key
    if cite.locator:
        s += ", " + _locator(cite, terms)
    return f"{cite.prefix} {s}" if cite.prefix else s


def _mapped(linked: Linked, given: list[Item] | None) -> list[Item]:
    """The records citations point to: the document's own, or the given ones matched to its entries."""
    if given is None:
        return linked.records
    out: list[Item] = []
    for entry in linked.records:
        source = source_text(entry)
        k = link_note(source, given)
        out.append(given[k] if k is not None else entry)
    return out


def to_pandoc(text: str, name: str = "input", records: list[Item] | None = None,
              keep_names: bool = False) -> Pandoc:
    """The paper with pandoc citations in place of its hand-written ones, and its records."""
    linked = link_document(text, name)
    targets = with_ids([dict(r) for r in _mapped(linked, records)])  # type: ignore[misc]
    keys = [str(r["id"]) for r in targets]
    terms = _terms()
    edits: list[tuple[int, int, str]] = []
    warnings: list[str] = []
    cited: set[int] = set()
    for c in linked.citations:
        if any(x.record is None for x in c.cites):
            warnings.append(f"line {c.line}: {' '.join(c.text.split())[:60]} matches no reference; left as written")
            continue
        cited.update(x.record for x in c.cites if x.record is not None)
        edits.extend(_rewrite(text, c, keys, terms, targets, keep_names))
    # the reference list itself is written again by the style (the heading stays)
    start, end = linked.section
    edits.append((start, end, "\n"))
    document = re.sub(r"\n{3,}", "\n\n", splice(text, edits))
    uncited = [keys[k] for k in range(len(keys)) if k not in cited]
    return Pandoc(document, targets, uncited, warnings)


def with_nocite(document: str, keys: list[str]) -> str:
    """The document with pandoc's ``nocite`` metadata for ``keys`` (references never cited)."""
    if not keys:
        return document
    field_text = "nocite: |\n  " + ", ".join("@" + k for k in keys) + "\n"
    if document.startswith("---\n"):
        return "---\n" + field_text + document[4:]
    return "---\n" + field_text + "---\n\n" + document


def _rewrite(text: str, c: InText, keys: list[str], terms: dict[str, tuple[str, str]],
             records: list[Item], keep_names: bool = False) -> list[tuple[int, int, str]]:
    """The edits that turn one linked citation (every cite has a record) into pandoc's syntax.
    With ``keep_names`` (a numeric target, which prints no names) the names of a narrative
    citation stay in the text before an ordinary citation: ``Smith and Lee [@smith2020]``."""
    refs = [x.record for x in c.cites if x.record is not None]
    parts = [_cite_text(x, keys[r], terms) for x, r in zip(c.cites, refs, strict=True)]
    head = c.cites[0]
    loc = f" [{_locator(head, terms)}]" if head.locator else ""
    if c.kind == "numeric-narrative" and not head.prefix:
        return [(c.start, c.end, f"@{keys[refs[0]]}{loc}")]
    if c.kind == "narrative" and keep_names:
        names = text[c.start:c.end].split("(")[0].rstrip()
        return [(c.start, c.end, f"{names} [" + "; ".join(parts) + "]")]
    if c.kind == "narrative":
        rest = [_cite_text(x, keys[r], terms, suppress=True) for x, r in zip(c.cites[1:], refs[1:], strict=True)]
        return [(c.start, c.end, f"@{keys[refs[0]]}{loc}" + (" [" + "; ".join(rest) + "]" if rest else ""))]
    if c.kind != "note":
        space = " " if c.kind == "superscript" and c.start and not text[c.start - 1].isspace() else ""
        return [(c.start, c.end, space + "[" + "; ".join(parts) + "]")]
    assert c.note is not None
    a, b = c.note
    while b < len(text) and text[b] == "\n":
        b += 1
    edits: list[tuple[int, int, str]] = [(a, b, "")]
    # a note right after the author's name is a narrative citation ("Haddad[^4] argues")
    begin, names = names_before(text, c.start)
    if names and len(refs) == 1 and lead_name(records[refs[0]]) in fold(names).split():
        words = name_words(records[refs[0]])
        for w in re.finditer(r"\S+", text[begin:c.start]):  # "As Nguyen and Okafor": "As" stays
            if fold(w.group(0)) in words:
                begin += w.start()
                break
        if keep_names:
            edits.append((c.start, c.end, " [" + "; ".join(parts) + "]"))
        else:
            edits.append((begin, c.end, f"@{keys[refs[0]]}{loc}"))
        return edits
    # a note after punctuation: the citation goes before the punctuation
    cite = " [" + "; ".join(parts) + "]"
    if c.start > 0 and text[c.start - 1] in _PUNCT:
        edits.append((c.start - 1, c.end, cite + text[c.start - 1]))
    else:
        edits.append((c.start, c.end, cite))
    return edits


def restyle(text: str, style: str, name: str = "input", fmt: str = "markdown",
            records: list[Item] | None = None, locale: str | None = None) -> tuple[str, Pandoc]:
    """The paper with its citations and reference list in ``style``."""
    from biblio.papers.cite import cite_document, style_class
    from biblio.styles import style_xml

    pandoc = to_pandoc(text, name, records, keep_names=style_class(style_xml(style)) == "numeric")
    rendered = cite_document(pandoc.document, pandoc.records, style, fmt, locale, nocite=pandoc.uncited)
    pandoc.warnings.extend(rendered.warnings)
    return rendered.document, pandoc


def bibliography_file(records: list[Item], path: str) -> str:
    """The records as the file ``path`` names: ``.json`` CSL-JSON, ``.bib`` biblatex, ``.bibtex`` BibTeX."""
    from biblio.api import export
    from biblio.errors import UsageError

    for ext, to in ((".json", "csl-json"), (".bib", "biblatex"), (".bibtex", "bibtex"), (".ris", "ris")):
        if path.lower().endswith(ext):
            return export(records, to)
    raise UsageError(f"--bibliography-out {path}: name a .json (CSL-JSON), .bib (biblatex), .bibtex or .ris file")
